import type { HclValue } from './view.js';

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

/** True when no part of the value is `unknown`. */
export function isStatic(value: HclValue): boolean {
  switch (value.kind) {
    case 'unknown':
      return false;
    case 'list':
      return value.items.every(isStatic);
    case 'object':
      return value.entries.every((entry) => isStatic(entry.value));
    default:
      return true;
  }
}

/** The JS value of a static HclValue (later duplicate keys win, as in Terraform objects). */
export function toPlain(value: HclValue): Plain | undefined {
  switch (value.kind) {
    case 'unknown':
      return undefined;
    case 'null':
      return null;
    case 'list':
      return value.items.map((item) => toPlain(item) ?? null);
    case 'object': {
      const result: { [key: string]: Plain } = {};
      for (const entry of value.entries) result[entry.key] = toPlain(entry.value) ?? null;
      return result;
    }
    default:
      return value.value;
  }
}

/**
 * What Terraform's `jsonencode` produces: compact, object keys sorted, and `<`, `>`, `&`,
 * U+2028, U+2029 escaped as Go's encoder does.
 */
export function encodeJson(value: HclValue): string {
  return JSON.stringify(sortKeys(toPlain(value) ?? null)).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function sortKeys(value: Plain): Plain {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: { [key: string]: Plain } = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys(value[key]!);
  return sorted;
}
