import { isScalar, Scalar, type Node } from 'yaml';
import type { Range, SourceFile } from '../../core/source.js';
import { nodeRange } from './parse.js';

/**
 * The source range of characters `start..end` of a scalar's *value* (e.g. the tag inside
 * `image: nginx:latest`, or a password inside `KEY=secret`). Plain and quoted scalars written
 * without escapes map one to one (quotes skipped); a literal block (`|`) maps line by line.
 * Anything else (escapes, folded blocks) falls back to the whole node, which is still correct,
 * only less narrow.
 */
export function scalarSubrange(file: SourceFile, node: Node, start: number, end: number): Range {
  const whole = nodeRange(file, node);
  if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return whole;
  const value = node.value;
  const [from, to] = node.range;
  const source = file.text.slice(from, to);
  const type = node.type;
  if (type === Scalar.PLAIN && source === value) return file.range(from + start, from + end);
  if ((type === Scalar.QUOTE_DOUBLE || type === Scalar.QUOTE_SINGLE) && source.slice(1, -1) === value) {
    return file.range(from + 1 + start, from + 1 + end);
  }
  if (type === Scalar.BLOCK_LITERAL) {
    const mapped = mapLiteralBlock(source, value, start, end);
    if (mapped) return file.range(from + mapped[0], from + mapped[1]);
  }
  return whole;
}

/** Offsets into a `|` block's source for offsets into its value, when the lines line up. */
function mapLiteralBlock(source: string, value: string, start: number, end: number): [number, number] | undefined {
  const headerEnd = source.indexOf('\n');
  if (headerEnd < 0) return undefined;
  const body = source.slice(headerEnd + 1);
  const indent = /^[ ]*/.exec(body.split('\n').find((l) => l.trim() !== '') ?? '')![0].length;
  // Offsets of every value character's source position, line by line.
  const valueLines = value.split('\n');
  const sourceLines = body.split('\n');
  let valueOffset = 0;
  let sourceOffset = headerEnd + 1;
  const toSource = (v: number): number | undefined => {
    valueOffset = 0;
    sourceOffset = headerEnd + 1;
    for (let i = 0; i < valueLines.length && i < sourceLines.length; i++) {
      const line = valueLines[i]!;
      const src = sourceLines[i]!;
      const skip = src.length >= indent ? indent : src.length;
      if (src.slice(skip) !== line) return undefined;
      if (v <= valueOffset + line.length) return sourceOffset + skip + (v - valueOffset);
      valueOffset += line.length + 1;
      sourceOffset += src.length + 1;
    }
    return undefined;
  };
  const a = toSource(start);
  const b = toSource(end);
  return a === undefined || b === undefined ? undefined : [a, b];
}
