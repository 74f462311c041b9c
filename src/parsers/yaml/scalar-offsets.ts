import { isScalar, type Node, type Scalar } from 'yaml';
import type { Range, SourceFile } from '../../core/source.js';
import { nodeRange } from './parse.js';

/**
 * The string value of a YAML scalar together with where each of its characters sits in the
 * file. A `run: |` script's value has its indentation stripped, a `>` script is folded into
 * one line, a double-quoted one has escapes decoded: offsets in the value are not offsets in
 * the file. Shell words found in the value are turned back into file positions with this map.
 */
export interface ScalarText {
  value: string;
  /** False when the value could not be rebuilt from the source; then every offset maps to the scalar's start. */
  exact: boolean;
  /** File offset of the value character at `offset` (`offset === value.length` is the end of the last one). */
  toFile(offset: number): number;
  /** File offsets of the value span [start, end). */
  spanToFile(start: number, end: number): [number, number];
}

/**
 * Builds the map for a scalar node of a document parsed from `text`. The value is rebuilt from
 * the source following the YAML 1.2 folding, indentation and escape rules, then compared with
 * the value the `yaml` package produced: when they differ (an explicit indentation indicator,
 * a tab-indented oddity) the map falls back to the scalar's start instead of guessing.
 */
export function scalarText(text: string, node: Scalar): ScalarText {
  const value = typeof node.value === 'string' ? node.value : String(node.value ?? '');
  const [start, end] = node.range ?? [0, 0];
  const rebuilt = rebuild(text, node.type, start, end);
  const offsets = rebuilt ? alignTrailing(rebuilt, value) : undefined;
  if (!offsets) {
    // Not exact: point at the start of the scalar rather than somewhere wrong.
    return {
      value,
      exact: false,
      toFile: () => start,
      spanToFile: () => [start, start],
    };
  }
  const toFile = (offset: number): number => {
    if (offset < offsets.length) return offsets[Math.max(0, offset)]!;
    return offsets.length > 0 ? offsets[offsets.length - 1]! + 1 : start;
  };
  return {
    value,
    exact: true,
    toFile,
    spanToFile: (s, e) => [toFile(s), e > s ? toFile(e - 1) + 1 : toFile(s)],
  };
}

interface Rebuilt {
  out: string;
  /** File offset of each character of `out`. */
  map: number[];
}

function rebuild(text: string, type: Scalar['type'], start: number, end: number): Rebuilt | undefined {
  switch (type) {
    case 'BLOCK_LITERAL':
    case 'BLOCK_FOLDED':
      return blockScalar(text, start, end, type === 'BLOCK_FOLDED');
    case 'QUOTE_DOUBLE':
      return flowScalar(text, start + 1, end - 1, 'double');
    case 'QUOTE_SINGLE':
      return flowScalar(text, start + 1, end - 1, 'single');
    case 'PLAIN':
      return flowScalar(text, start, end, 'plain');
    default:
      return undefined;
  }
}

/**
 * Block scalars differ from their rebuilt text only in trailing line breaks (chomping `-`/`+`):
 * accept the rebuilt text when the value equals it up to trailing newlines.
 */
function alignTrailing(rebuilt: Rebuilt, value: string): number[] | undefined {
  const { out, map } = rebuilt;
  if (out === value) return map;
  if (out.startsWith(value) && /^\s*$/.test(out.slice(value.length))) return map.slice(0, value.length);
  if (value.startsWith(out) && /^\n*$/.test(value.slice(out.length))) {
    const last = map.length > 0 ? map[map.length - 1]! : 0;
    return [...map, ...Array.from({ length: value.length - out.length }, () => last)];
  }
  return undefined;
}

interface SourceLine {
  /** File offset of the line's first character. */
  start: number;
  /** The line without its line break. */
  text: string;
  /** File offset of its line break (or of the end of the scalar). */
  breakAt: number;
}

function sourceLines(text: string, from: number, to: number): SourceLine[] {
  const lines: SourceLine[] = [];
  let lineStart = from;
  while (lineStart <= to) {
    let newline = text.indexOf('\n', lineStart);
    if (newline < 0 || newline > to) newline = to;
    let lineEnd = newline;
    if (lineEnd > lineStart && text[lineEnd - 1] === '\r') lineEnd--;
    lines.push({ start: lineStart, text: text.slice(lineStart, lineEnd), breakAt: lineEnd });
    if (newline >= to) break;
    lineStart = newline + 1;
  }
  return lines;
}

/** `|` and `>` scalars: lines after the header, with the block's indentation removed. */
function blockScalar(text: string, start: number, end: number, folded: boolean): Rebuilt | undefined {
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd < 0 || headerEnd >= end) return { out: '', map: [] };
  const header = text.slice(start + 1, headerEnd).replace(/\s+#.*$/, '').trim();
  if (/\d/.test(header)) return undefined; // explicit indentation indicator: relative to the parent, not known here
  const lines = sourceLines(text, headerEnd + 1, end);
  if (lines.length > 0 && lines[lines.length - 1]!.text === '' && lines[lines.length - 1]!.start >= end) lines.pop();
  const first = lines.find((line) => line.text.trim() !== '');
  if (!first) return { out: '', map: [] };
  const indent = first.text.length - first.text.trimStart().length;
  const out: string[] = [];
  const map: number[] = [];
  const emit = (chars: string, at: (i: number) => number) => {
    for (let i = 0; i < chars.length; i++) {
      out.push(chars[i]!);
      map.push(at(i));
    }
  };
  const contentOf = (line: SourceLine) => (line.text.length > indent ? line.text.slice(indent) : '');

  if (!folded) {
    for (const line of lines) {
      const content = contentOf(line);
      emit(content, (i) => line.start + indent + i);
      emit('\n', () => line.breakAt);
    }
    return { out: out.join(''), map };
  }

  // Folding: a break between two "normal" lines becomes a space; with empty lines between them
  // each empty line gives one newline; more-indented lines keep their breaks.
  let previous: { breakAt: number; moreIndented: boolean } | undefined;
  let emptyBreaks: number[] = [];
  for (const line of lines) {
    const content = contentOf(line);
    if (content === '') {
      emptyBreaks.push(line.breakAt);
      continue;
    }
    const moreIndented = content[0] === ' ' || content[0] === '\t';
    if (!previous) {
      for (const at of emptyBreaks) emit('\n', () => at);
    } else if (!moreIndented && !previous.moreIndented) {
      if (emptyBreaks.length === 0) emit(' ', () => previous!.breakAt);
      else for (const at of emptyBreaks) emit('\n', () => at);
    } else {
      emit('\n', () => previous!.breakAt);
      for (const at of emptyBreaks) emit('\n', () => at);
    }
    emit(content, (i) => line.start + indent + i);
    previous = { breakAt: line.breakAt, moreIndented };
    emptyBreaks = [];
  }
  if (previous) emit('\n', () => previous!.breakAt);
  for (const at of emptyBreaks) emit('\n', () => at);
  return { out: out.join(''), map };
}

const DOUBLE_QUOTE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};
const HEX_ESCAPE_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };

/**
 * Plain and quoted scalars: line breaks fold (one break → a space, n empty lines → n newlines),
 * leading and trailing blanks of inner lines go, `''` and backslash escapes are decoded.
 */
function flowScalar(text: string, from: number, to: number, style: 'plain' | 'single' | 'double'): Rebuilt | undefined {
  if (to < from) return undefined;
  const lines = sourceLines(text, from, to);
  const out: string[] = [];
  const map: number[] = [];
  let pendingBreak: number | undefined; // where the break after the previous content line sits
  let emptyBreaks: number[] = [];
  let joinWithoutSpace = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const isFirst = n === 0;
    const isLast = n === lines.length - 1;
    let s = 0;
    let e = line.text.length;
    if (!isFirst) while (s < e && (line.text[s] === ' ' || line.text[s] === '\t')) s++;
    let escapedBreak = false;
    if (!isLast) {
      if (style === 'double' && endsWithOddBackslashes(line.text, e)) {
        escapedBreak = true;
        e--; // the backslash itself; blanks before it are content
      } else {
        while (e > s && (line.text[e - 1] === ' ' || line.text[e - 1] === '\t')) e--;
      }
    }
    if (s === e && !isFirst && !isLast) {
      emptyBreaks.push(line.breakAt);
      continue;
    }
    if (pendingBreak !== undefined) {
      if (joinWithoutSpace) {
        for (const at of emptyBreaks) pushChar(out, map, '\n', at);
      } else if (emptyBreaks.length === 0) {
        pushChar(out, map, ' ', pendingBreak);
      } else {
        for (const at of emptyBreaks) pushChar(out, map, '\n', at);
      }
    }
    if (!decodeSegment(line.text, line.start, s, e, style, out, map)) return undefined;
    pendingBreak = line.breakAt;
    joinWithoutSpace = escapedBreak;
    emptyBreaks = [];
  }
  return { out: out.join(''), map };
}

function endsWithOddBackslashes(line: string, end: number): boolean {
  let count = 0;
  for (let i = end - 1; i >= 0 && line[i] === '\\'; i--) count++;
  return count % 2 === 1;
}

function pushChar(out: string[], map: number[], chars: string, at: number): void {
  for (const c of chars) {
    for (let i = 0; i < c.length; i++) {
      out.push(c[i]!);
      map.push(at);
    }
  }
}

function decodeSegment(
  line: string,
  lineStart: number,
  s: number,
  e: number,
  style: 'plain' | 'single' | 'double',
  out: string[],
  map: number[],
): boolean {
  for (let i = s; i < e; i++) {
    const c = line[i]!;
    const at = lineStart + i;
    if (style === 'single' && c === "'" && line[i + 1] === "'") {
      pushChar(out, map, "'", at);
      i++;
    } else if (style === 'double' && c === '\\') {
      const next = line[i + 1];
      if (next === undefined) return false;
      const hexLength = HEX_ESCAPE_LENGTH[next];
      if (hexLength) {
        const hex = line.slice(i + 2, i + 2 + hexLength);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== hexLength) return false;
        pushChar(out, map, String.fromCodePoint(parseInt(hex, 16)), at);
        i += 1 + hexLength;
      } else {
        const decoded = DOUBLE_QUOTE_ESCAPES[next];
        if (decoded === undefined) return false;
        pushChar(out, map, decoded, at);
        i++;
      }
    } else {
      out.push(c);
      map.push(at);
    }
  }
  return true;
}

/**
 * The source range of characters `start..end` of a scalar's value (the tag inside
 * `image: nginx:latest`, a password inside `KEY=secret`). Falls back to the whole node when the
 * value cannot be mapped exactly: still correct, only less narrow.
 */
export function scalarSubrange(file: SourceFile, node: Node, start: number, end: number): Range {
  if (!isScalar(node) || typeof node.value !== 'string') return nodeRange(file, node);
  const map = scalarText(file.text, node);
  if (!map.exact) return nodeRange(file, node);
  const [from, to] = map.spanToFile(start, end);
  return file.range(from, to);
}
