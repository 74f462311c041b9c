import { isDeepStrictEqual } from 'node:util';
import type { PolicyCondition } from '../config/types.js';
import { UNKNOWN } from './paths.js';

/**
 * Whether a condition holds for a value. `present` says whether the path exists. Returns
 * undefined for "cannot tell" (the value is not statically known): never a finding.
 */
export function conditionHolds(condition: PolicyCondition, present: boolean, value: unknown): boolean | undefined {
  if (condition.exists !== undefined) return present === condition.exists;
  if (condition.absent !== undefined) return !present === condition.absent;
  if (!present) return undefined; // other tests apply to values that exist (`exists` checks presence)
  if (value === UNKNOWN) return undefined;
  if ('equals' in condition && !isDeepStrictEqual(value, condition.equals)) return false;
  if ('notEquals' in condition && isDeepStrictEqual(value, condition.notEquals)) return false;
  if (condition.oneOf && !condition.oneOf.some((v) => isDeepStrictEqual(v, value))) return false;
  if (condition.matches !== undefined && !new RegExp(condition.matches).test(String(value))) return false;
  if (condition.notMatches !== undefined && new RegExp(condition.notMatches).test(String(value))) return false;
  const n = typeof value === 'number' ? value : Number(value);
  const numeric = [condition.greaterThan, condition.lessThan, condition.atLeast, condition.atMost].some((x) => x !== undefined);
  if (numeric && Number.isNaN(n)) return false;
  if (condition.greaterThan !== undefined && !(n > condition.greaterThan)) return false;
  if (condition.lessThan !== undefined && !(n < condition.lessThan)) return false;
  if (condition.atLeast !== undefined && !(n >= condition.atLeast)) return false;
  if (condition.atMost !== undefined && !(n <= condition.atMost)) return false;
  return true;
}

/** "must exist", "must equal true", … — for messages. */
export function describeCondition(c: PolicyCondition): string {
  if (c.exists !== undefined) return c.exists ? 'must be set' : 'must not be set';
  if (c.absent !== undefined) return c.absent ? 'must not be set' : 'must be set';
  const parts: string[] = [];
  if ('equals' in c) parts.push(`must equal ${JSON.stringify(c.equals)}`);
  if ('notEquals' in c) parts.push(`must not equal ${JSON.stringify(c.notEquals)}`);
  if (c.oneOf) parts.push(`must be one of ${c.oneOf.map((v) => JSON.stringify(v)).join(', ')}`);
  if (c.matches !== undefined) parts.push(`must match /${c.matches}/`);
  if (c.notMatches !== undefined) parts.push(`must not match /${c.notMatches}/`);
  if (c.greaterThan !== undefined) parts.push(`must be > ${c.greaterThan}`);
  if (c.lessThan !== undefined) parts.push(`must be < ${c.lessThan}`);
  if (c.atLeast !== undefined) parts.push(`must be ≥ ${c.atLeast}`);
  if (c.atMost !== undefined) parts.push(`must be ≤ ${c.atMost}`);
  return parts.join(' and ') || 'must hold';
}
