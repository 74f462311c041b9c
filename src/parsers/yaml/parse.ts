import { isAlias, isMap, isPair, isScalar, isSeq, parseAllDocuments, visit, type Alias, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq, type Scalar } from 'yaml';
import type { Range, SourceFile } from '../../core/source.js';
import type { ParseError } from '../types.js';

/** One `---` document of a YAML stream, kept as `yaml`'s position-preserving tree. */
export interface YamlDocument {
  index: number;
  doc: Document.Parsed;
  contents: Node | null;
  /** True when the parser reported an error inside this document. */
  broken: boolean;
}

export interface YamlFile {
  file: SourceFile;
  documents: YamlDocument[];
  errors: ParseError[];
}

/**
 * Parses every document of a YAML (or JSON) file. Errors are collected per document and never
 * thrown; documents that parsed are still returned so rules can check them. The alias limit of
 * `yaml` stays on (alias bombs do not expand); duplicate keys are checked by us, in linear time.
 */
export function parseYaml(file: SourceFile): YamlFile {
  const errors: ParseError[] = [];
  const documents: YamlDocument[] = [];
  const docs = parseAllDocuments(file.text, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
  const list = Array.isArray(docs) ? docs : [];
  list.forEach((doc, index) => {
    for (const e of doc.errors) {
      errors.push({ message: firstLine(e.message), range: file.range(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)) });
    }
    for (const dup of duplicateKeys(doc.contents)) {
      errors.push({ message: `duplicate key "${String(dup.value)}": later value silently overrides the earlier one`, range: nodeRange(file, dup), ruleId: 'infralint/duplicate-key' });
    }
    // Remember each alias's document so lookups can follow it (the alias limit still applies
    // when values are converted with toJS; here we only follow one level at a time).
    visit(doc, { Alias: (_key, alias) => void aliasDocuments.set(alias, doc) });
    documents.push({ index, doc, contents: doc.contents, broken: doc.errors.length > 0 });
  });
  return { file, documents, errors };
}

function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}

function* duplicateKeys(node: unknown, depth = 0): Generator<Scalar> {
  if (depth > 200) return;
  if (isMap(node)) {
    const seen = new Set<unknown>();
    for (const pair of node.items) {
      if (isScalar(pair.key)) {
        const k = pair.key.value;
        if (k === '<<') continue;
        if (seen.has(k)) yield pair.key;
        seen.add(k);
      }
      yield* duplicateKeys(pair.value, depth + 1);
    }
  } else if (isSeq(node)) {
    for (const item of node.items) yield* duplicateKeys(item, depth + 1);
  }
}

/** The range of a node's value (without trailing comments). */
export function nodeRange(file: SourceFile, node: Node): Range {
  const [start, valueEnd] = node.range ?? [0, 0, 0];
  return file.range(start, valueEnd);
}

/** The key/value pair of `key` in a map, following `<<` merge keys as YAML 1.1 does. */
export function getPair(map: unknown, key: string): Pair<Scalar, Node | null> | undefined {
  if (!isMap(map)) return undefined;
  for (const item of map.items) {
    if (isScalar(item.key) && item.key.value === key) return item as Pair<Scalar, Node | null>;
  }
  for (const item of map.items) {
    if (isScalar(item.key) && item.key.value === '<<') {
      const sources = isSeq(item.value) ? item.value.items : [item.value];
      for (const source of sources) {
        const found = getPair(resolveAlias(source), key);
        if (found) return found;
      }
    }
  }
  return undefined;
}

/** The value node of `key` in a map (aliases resolved), or undefined. */
export function get(map: unknown, key: string): Node | undefined {
  const pair = getPair(map, key);
  return pair ? (resolveAlias(pair.value) ?? undefined) : undefined;
}

/** Follows a path of keys (strings) and indexes (numbers). */
export function getIn(node: unknown, path: (string | number)[]): Node | undefined {
  let current: unknown = resolveAlias(node);
  for (const step of path) {
    if (typeof step === 'number') current = isSeq(current) ? resolveAlias(current.items[step]) : undefined;
    else current = get(current, step);
    if (current === undefined || current === null) return undefined;
  }
  return current as Node;
}

const aliasDocuments = new WeakMap<Alias, Document.Parsed>();

/** Follows `*alias` to its anchored node; other nodes are returned as they are. */
export function resolveAlias(node: unknown): Node | undefined {
  if (isAlias(node)) {
    const doc = aliasDocuments.get(node);
    return doc ? (node.resolve(doc) ?? undefined) : undefined;
  }
  return (node as Node | undefined) ?? undefined;
}

export function asMap(node: unknown): YAMLMap | undefined {
  return isMap(node) ? node : undefined;
}

export function asSeq(node: unknown): YAMLSeq | undefined {
  return isSeq(node) ? node : undefined;
}

/** The scalar value of a node as a string (numbers and booleans stringified), else undefined. */
export function scalarString(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  if (v === null || v === undefined) return undefined;
  return typeof v === 'object' ? undefined : String(v);
}

export function scalarValue(node: unknown): unknown {
  return isScalar(node) ? node.value : undefined;
}

export function pairs(map: unknown): Pair<Scalar, Node | null>[] {
  return isMap(map) ? (map.items.filter((p) => isPair(p) && isScalar(p.key)) as Pair<Scalar, Node | null>[]) : [];
}

export { isMap, isPair, isScalar, isSeq };
