import { readFileSync, writeFileSync } from 'node:fs';
import type { Finding } from '../core/finding.js';

/**
 * A baseline records today's findings so a large repository can adopt infralint and fail only
 * on new ones. Entries are keyed by `baselineKey` (rule, file, the finding's identity and its
 * offending text), which survives lines moving and reformatting.
 */
export interface Baseline {
  version: 1;
  tool: 'infralint';
  findings: { ruleId: string; path: string; key: string; message: string }[];
}

export function writeBaseline(path: string, findings: Finding[]): number {
  const entries = findings
    .filter((f) => !f.suppression && f.baselineKey)
    .map((f) => ({ ruleId: f.ruleId, path: f.path, key: f.baselineKey!, message: f.message }));
  const baseline: Baseline = { version: 1, tool: 'infralint', findings: entries };
  writeFileSync(path, `${JSON.stringify(baseline, null, 2)}\n`);
  return entries.length;
}

export function readBaseline(path: string): Baseline {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Baseline;
  if (parsed.tool !== 'infralint' || parsed.version !== 1 || !Array.isArray(parsed.findings)) {
    throw new Error(`${path} is not an infralint baseline (write one with --write-baseline)`);
  }
  return parsed;
}

/** Findings not in the baseline, and how many baseline entries no longer match (fixed). */
export function filterByBaseline(findings: Finding[], baseline: Baseline): { findings: Finding[]; known: number; fixed: number } {
  const keys = new Set(baseline.findings.map((e) => e.key));
  const seen = new Set<string>();
  const fresh: Finding[] = [];
  for (const f of findings) {
    if (f.baselineKey && keys.has(f.baselineKey)) seen.add(f.baselineKey);
    else fresh.push(f);
  }
  return { findings: fresh, known: seen.size, fixed: keys.size - seen.size };
}
