import type { Level } from '../core/rule.js';

/** A problem with how infralint was called: exit code 2, message without a stack trace. */
export class UsageError extends Error {}

export function optionalInt(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} expects a non-negative integer, got '${text}'`);
  return n;
}

/** `--rule id=level` flags, the last word on rule levels. */
export function parseRuleFlags(flags: string[] | undefined): Record<string, Level | 'off'> {
  const out: Record<string, Level | 'off'> = {};
  for (const flag of flags ?? []) {
    const m = /^([^=]+)=(off|error|warning|note)$/.exec(flag);
    if (!m) throw new UsageError(`--rule expects <rule-id>=<off|error|warning|note>, got '${flag}'`);
    out[m[1]!] = m[2] as Level | 'off';
  }
  return out;
}
