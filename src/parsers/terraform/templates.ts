import type { Node } from 'web-tree-sitter';
import { OffsetMap } from './offset-map.js';

/** A string known without running Terraform, with the file offset of each of its characters. */
export interface StaticText {
  value: string;
  offsets: OffsetMap;
}

/** Evaluates the expression inside `${ }` to a string, or undefined when it is not static. */
export type InterpolationEvaluator = (expression: Node) => string | undefined;

const QUOTED_SPECIAL = /\\|\$\$\{|%%\{|\n/g;
const HEREDOC_SPECIAL = /\$\$\{|%%\{|\n/g;
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/**
 * The value of a quoted string, string literal or heredoc when it is made only of literals (and
 * interpolations of literals); undefined when it depends on anything else.
 */
export function staticTemplate(node: Node, text: string, evaluate: InterpolationEvaluator): StaticText | undefined {
  const isHeredoc = node.type === 'heredoc_template';
  if (!isHeredoc && isPlainQuoted(node)) {
    // Most strings are `"literal"`: decode between the quotes without listing the node's children
    // (each child read crosses into WASM).
    return decode(text, { start: node.startIndex + 1, end: node.endIndex - 1 }, [], { isHeredoc, indent: 0 }, evaluate);
  }
  const bounds = isHeredoc ? heredocContent(node, text) : quotedContent(node);
  const embedded = node.namedChildren.filter(
    (child): child is Node => child !== null && (child.type === 'template_interpolation' || child.type === 'template_directive'),
  );
  if (embedded.some((child) => child.type === 'template_directive')) return undefined;
  const indent = isHeredoc && isFlushHeredoc(node) ? flushIndent(text, bounds.start, bounds.end, embedded) : 0;
  return decode(text, bounds, embedded, { isHeredoc, indent }, evaluate);
}

/** `""` or `"text"`: the quotes and at most one literal part, no interpolation or directive. */
function isPlainQuoted(node: Node): boolean {
  const count = node.childCount;
  if (count === 2) return true;
  return count === 3 && node.child(1)!.type === 'template_literal';
}

function quotedContent(node: Node): { start: number; end: number } {
  return { start: node.firstChild!.endIndex, end: node.lastChild!.startIndex };
}

/** From the line after `<<EOF` to the start of the line holding the closing marker. */
function heredocContent(node: Node, text: string): { start: number; end: number } {
  const markers = node.namedChildren.filter((child) => child?.type === 'heredoc_identifier');
  const open = markers[0]!;
  const close = markers[markers.length - 1]!;
  const afterOpen = text.indexOf('\n', open.endIndex);
  const start = afterOpen < 0 ? open.endIndex : afterOpen + 1;
  const end = text.lastIndexOf('\n', close.startIndex - 1) + 1;
  return { start, end: Math.max(start, end) };
}

function isFlushHeredoc(node: Node): boolean {
  return node.namedChildren.some((child) => child?.type === 'heredoc_start' && child.text === '<<-');
}

/** `<<-` removes the smallest indentation of the non-blank lines (Terraform counts characters). */
function flushIndent(text: string, start: number, end: number, embedded: Node[]): number {
  let smallest = Infinity;
  let lineStart = start;
  while (lineStart < end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline >= end ? end : newline;
    const insideEmbedded = embedded.some((node) => node.startIndex < lineStart && lineStart < node.endIndex);
    if (!insideEmbedded) {
      let spaces = 0;
      while (lineStart + spaces < lineEnd && /[ \t]/.test(text[lineStart + spaces]!)) spaces++;
      const blank = lineStart + spaces === lineEnd || (spaces === lineEnd - lineStart - 1 && text[lineEnd - 1] === '\r');
      if (!blank) smallest = Math.min(smallest, spaces);
    }
    lineStart = lineEnd + 1;
  }
  return smallest === Infinity ? 0 : smallest;
}

interface DecodeOptions {
  isHeredoc: boolean;
  indent: number;
}

function decode(
  text: string,
  bounds: { start: number; end: number },
  embedded: Node[],
  options: DecodeOptions,
  evaluate: InterpolationEvaluator,
): StaticText | undefined {
  const out = new MappedText();
  const special = new RegExp(options.isHeredoc ? HEREDOC_SPECIAL : QUOTED_SPECIAL);
  let at = bounds.start;
  let next = 0;
  let lineStart = options.indent > 0;
  while (at < bounds.end) {
    const interpolation = embedded[next];
    if (interpolation && at >= interpolation.startIndex) {
      const inner = interpolation.namedChildren.find((child) => child?.type === 'expression');
      const value = inner ? evaluate(inner) : '';
      if (value === undefined) return undefined;
      out.pushReplaced(value, interpolation.startIndex, interpolation.endIndex);
      at = interpolation.endIndex;
      next++;
      lineStart = false;
      continue;
    }
    const limit = interpolation ? Math.min(interpolation.startIndex, bounds.end) : bounds.end;
    if (lineStart) {
      let stripped = 0;
      while (stripped < options.indent && at < limit && (text[at] === ' ' || text[at] === '\t')) at++, stripped++;
      lineStart = false;
      continue;
    }
    special.lastIndex = at;
    const match = special.exec(text);
    const matchAt = match && match.index < limit ? match.index : limit;
    if (matchAt > at) out.pushPlain(text.slice(at, matchAt), at);
    at = matchAt;
    if (!match || match.index >= limit) continue;
    at = decodeSpecial(text, at, out);
    if (match[0] === '\n') lineStart = options.indent > 0;
  }
  return { value: out.toString(), offsets: out.offsets };
}

/** Decodes the escape or newline at `at`; returns the offset after it. */
function decodeSpecial(text: string, at: number, out: MappedText): number {
  const char = text[at]!;
  if (char === '\n') {
    out.pushPlain('\n', at);
    return at + 1;
  }
  if (char === '$' || char === '%') {
    out.pushReplaced(`${char}{`, at, at + 3);
    return at + 3;
  }
  const code = text[at + 1] ?? '';
  const simple = SIMPLE_ESCAPES[code];
  if (simple !== undefined) {
    out.pushReplaced(simple, at, at + 2);
    return at + 2;
  }
  const hexLength = code === 'u' ? 4 : code === 'U' ? 8 : 0;
  const hex = text.slice(at + 2, at + 2 + hexLength);
  if (hexLength > 0 && /^[0-9a-fA-F]+$/.test(hex) && hex.length === hexLength) {
    out.pushReplaced(String.fromCodePoint(parseInt(hex, 16)), at, at + 2 + hexLength);
    return at + 2 + hexLength;
  }
  out.pushPlain(char, at); // not an escape Terraform knows: keep it as written
  return at + 1;
}

/** A string being built together with the map of where its characters came from. */
class MappedText {
  readonly offsets = new OffsetMap();
  private readonly parts: string[] = [];
  private length = 0;
  /** File offset right after the last plain segment, to extend it instead of adding one. */
  private plainUntil = -1;

  /** Appends `part`, written in the file as is at `fileOffset`. */
  pushPlain(part: string, fileOffset: number): void {
    if (part.length === 0) return;
    if (fileOffset !== this.plainUntil) this.offsets.add(this.length, fileOffset);
    this.append(part);
    this.plainUntil = fileOffset + part.length;
  }

  /** Appends `part`, which replaces the file text from `fileStart` to `fileEnd` (an escape, …). */
  pushReplaced(part: string, fileStart: number, fileEnd: number): void {
    if (part.length === 0) return;
    this.offsets.add(this.length, fileStart, fileEnd);
    this.append(part);
    this.plainUntil = -1;
  }

  private append(part: string): void {
    this.parts.push(part);
    this.length += part.length;
  }

  toString(): string {
    return this.parts.join('');
  }
}
