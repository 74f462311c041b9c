import type { Range, SourceFile } from '../../core/source.js';
import type { HclBlock, HclString, HclValue } from './view.js';

/**
 * Small readers that rules use to ask "what is this value, if it is known?". Each returns
 * undefined when the value is absent or not the asked type, and the string `'unknown'` when only
 * Terraform could tell (a reference, a call): rules treat that as "cannot tell", never a finding.
 */
export type Known<T> = T | 'unknown' | undefined;

export function stringOf(value: HclValue | undefined): Known<string> {
  if (!value) return undefined;
  if (value.kind === 'unknown') return 'unknown';
  if (value.kind === 'string') return value.value;
  if (value.kind === 'number' || value.kind === 'bool') return String(value.value);
  return undefined;
}

/** A number, or a string holding one (`from_port = "22"`, `run_as_user = "1000"`). */
export function numberOf(value: HclValue | undefined): Known<number> {
  if (!value) return undefined;
  if (value.kind === 'unknown') return 'unknown';
  if (value.kind === 'number') return value.value;
  if (value.kind === 'string' && /^\s*-?\d+\s*$/.test(value.value)) return Number(value.value);
  return undefined;
}

/** A bool, or the strings `"true"` / `"false"` (Terraform converts them). */
export function boolOf(value: HclValue | undefined): Known<boolean> {
  if (!value) return undefined;
  if (value.kind === 'unknown') return 'unknown';
  if (value.kind === 'bool') return value.value;
  if (value.kind === 'string' && (value.value === 'true' || value.value === 'false')) return value.value === 'true';
  return undefined;
}

/** The members of a list value (a single value stands for itself). */
export function itemsOf(value: HclValue | undefined): HclValue[] {
  if (!value || value.kind === 'null') return [];
  return value.kind === 'list' ? value.items : [value];
}

/** The value of `key` in an object value; undefined when absent or the value is not an object. */
export function entryOf(value: HclValue | undefined, key: string): HclValue | undefined {
  if (value?.kind !== 'object') return undefined;
  let found: HclValue | undefined;
  for (const entry of value.entries) if (entry.key === key) found = entry.value; // the last one wins, as in Terraform
  return found;
}

/** `resource "type" "name"` blocks of the given types. */
export function resourcesOfType(blocks: HclBlock[], types: ReadonlySet<string> | string): HclBlock[] {
  const wanted = typeof types === 'string' ? new Set([types]) : types;
  return blocks.filter((block) => block.type === 'resource' && wanted.has(block.labels[0]?.value ?? ''));
}

/**
 * The range of characters `start`..`end` of a string value, for pointing at part of it (an image
 * tag, a secret inside a URL). Uses the offset map when the string was written in HCL; a string
 * read from heredoc JSON maps one to one when it has no escapes. Otherwise the whole value.
 */
export function rangeWithin(file: SourceFile, value: HclString, start: number, end: number): Range {
  if (value.offsets) return file.range(value.offsets.toFile(start), end > start ? value.offsets.toFileEnd(end) : value.offsets.toFile(start));
  const text = file.text.slice(value.range.start.offset, value.range.end.offset);
  if (text === JSON.stringify(value.value)) {
    const base = value.range.start.offset + 1;
    return file.range(base + start, base + end);
  }
  return value.range;
}
