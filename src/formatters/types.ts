import type { RuleMeta } from '../core/rule.js';
import type { ScanResult } from '../engine/scan.js';

export interface FormatContext {
  result: ScanResult;
  /** Metadata of every rule (engine rules included), for SARIF rules[] and help. */
  rules: RuleMeta[];
  toolVersion: string;
  /** Code-scanning category (SARIF automationDetails.id). */
  category: string;
  color: boolean;
  showSuppressed?: boolean;
}

export type Formatter = (ctx: FormatContext) => string;

export const HELP_BASE = 'https://github.com/infralint/infralint/blob/main/rules/';

export function helpUri(ruleId: string): string {
  return `${HELP_BASE}${ruleId}.md`;
}
