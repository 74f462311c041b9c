import type { Level } from './rule.js';
import type { Range } from './source.js';

export interface Suppression {
  kind: 'inSource' | 'external';
  justification: string;
}

/** One problem, after the engine has located and rendered it. Messages are already masked. */
export interface Finding {
  ruleId: string;
  level: Level;
  message: string;
  /** Path relative to the scan root, forward slashes. */
  path: string;
  range: Range;
  /** The masked source line the finding starts on (for snippets). */
  snippet?: string;
  related?: { range: Range; message: string }[];
  /** Stable across unrelated edits above the finding. */
  fingerprint: string;
  /** Stable across line shifts and reformatting too (what baselines record). */
  baselineKey?: string;
  suppression?: Suppression;
}

/** Something the scan wants the user to know that is not a rule finding (skipped files, …). */
export interface Notice {
  level: Level;
  message: string;
  path?: string;
}

export const LEVEL_RANK: Record<Level, number> = { error: 3, warning: 2, note: 1 };

/** Report order: path, line, column, rule. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.range.start.line - b.range.start.line ||
    a.range.start.column - b.range.start.column ||
    a.ruleId.localeCompare(b.ruleId)
  );
}
