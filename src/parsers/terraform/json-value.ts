import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml';
import type { Range, SourceFile } from '../../core/source.js';
import type { ParseError } from '../types.js';
import type { HclObjectEntry, HclValue } from './view.js';
import type { OffsetMap } from './offset-map.js';

export interface JsonContent {
  /** The JSON as an HclValue whose ranges point into the file. */
  value?: HclValue;
  errors: ParseError[];
}

/**
 * The structured JSON inside an attribute value, with file positions: the literal of
 * `jsonencode(<literal>)`, or the text of a heredoc or string that holds JSON
 * (`container_definitions = <<EOF [...] EOF`). Undefined when the value holds no JSON.
 */
export function jsonValueOf(file: SourceFile, value: HclValue): JsonContent | undefined {
  if ((value.kind === 'string' || value.kind === 'unknown') && value.json) return { value: value.json, errors: [] };
  if (value.kind !== 'string' || !value.offsets || !/^\s*[[{]/.test(value.value)) return undefined;
  return parseMappedJson(file, value.value, value.offsets);
}

function parseMappedJson(file: SourceFile, text: string, offsets: OffsetMap): JsonContent {
  const toRange = (start: number, end: number): Range =>
    file.range(offsets.toFile(start), end > start ? offsets.toFileEnd(end) : offsets.toFile(start));
  // JSON is a subset of YAML 1.2 flow syntax; the yaml package keeps every node's range.
  const document = parseDocument(text, { uniqueKeys: false, schema: 'json', strict: false });
  const errors = document.errors.map((error) => ({
    message: `invalid JSON: ${error.message.split('\n')[0]}`,
    range: toRange(error.pos[0], error.pos[1]),
  }));
  const value = document.contents ? toHclValue(document.contents, toRange) : undefined;
  return value ? { value, errors } : { errors };
}

function toHclValue(node: YamlNode, toRange: (start: number, end: number) => Range): HclValue | undefined {
  const [start, end] = node.range ?? [0, 0];
  const range = toRange(start, end);
  if (isScalar(node)) {
    const value = node.value;
    if (typeof value === 'string') return { kind: 'string', value, range };
    if (typeof value === 'number') return { kind: 'number', value, range };
    if (typeof value === 'boolean') return { kind: 'bool', value, range };
    if (value === null) return { kind: 'null', range };
    return undefined;
  }
  if (isSeq(node)) {
    const items = node.items.flatMap((item) => {
      const converted = item && typeof item === 'object' ? toHclValue(item as YamlNode, toRange) : undefined;
      return converted ? [converted] : [];
    });
    return { kind: 'list', items, range };
  }
  if (isMap(node)) {
    const entries: HclObjectEntry[] = [];
    for (const pair of node.items) {
      if (!isScalar(pair.key) || !pair.value) continue;
      const converted = toHclValue(pair.value as YamlNode, toRange);
      const [keyStart, keyEnd] = pair.key.range ?? [0, 0];
      if (converted) entries.push({ key: String(pair.key.value), keyRange: toRange(keyStart, keyEnd), value: converted });
    }
    return { kind: 'object', entries, range };
  }
  return undefined;
}
