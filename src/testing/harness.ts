import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ARTIFACT_KINDS, type ArtifactKind } from '../core/artifacts.js';
import type { Finding } from '../core/finding.js';
import { lintFile, type LintOptions } from '../engine/lint-file.js';
import { finalizeProject } from '../engine/project.js';
import { formatExpectation, parseExpectations } from './expectations.js';

export interface FixtureOutcome {
  path: string;
  /** `bad*` fixtures must match their expectations exactly; `good*` must produce nothing. */
  role: 'bad' | 'good';
  expected: string[];
  actual: string[];
  findings: Finding[];
}

/** Every `bad*` / `good*` file under a fixtures folder. */
export function fixtureFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/^(bad|good)/.test(name) && !name.endsWith('.md')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/**
 * Lints one fixture and compares findings with its expectations. The artifact kind comes from
 * the first folder under the fixtures root (`fixtures/kubernetes/...`) when that is a kind, so
 * fixtures need no special names; otherwise it is detected as for any scanned file.
 */
export async function runFixture(root: string, file: string, options: { lint?: LintOptions; onlyRules?: Set<string> } = {}): Promise<FixtureOutcome> {
  const rel = relative(root, file).split(sep).join('/');
  const top = rel.split('/')[0] as ArtifactKind;
  const kind = ARTIFACT_KINDS.includes(top) ? top : undefined;
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8');
  const role = /^bad/.test(rel.split('/').pop()!) ? 'bad' : 'good';
  const keep = (ruleId: string) => !options.onlyRules || options.onlyRules.has(ruleId);
  const expected = role === 'bad' ? parseExpectations(text).filter((e) => keep(e.ruleId)).map(formatExpectation).sort() : [];
  const result = await lintFile({ path: rel, bytes, kind }, options.lint);
  // Project checks need the whole scan set; a fixture is checked by the project rule its
  // folder is named after (fixtures/kubernetes/missing-network-policy/ → that rule only).
  const parts = rel.split('/');
  const folderRule = kind && parts.length > 2 ? `${kind}/${parts[1]}` : undefined;
  const all = [...result.findings, ...(folderRule ? await finalizeProject([result], options.lint ?? {}, folderRule) : [])];
  const findings = all.filter((f) => !f.suppression && keep(f.ruleId));
  const actual = findings.map((f) => formatExpectation({ ruleId: f.ruleId, line: f.range.start.line, column: f.range.start.column })).sort();
  return { path: rel, role, expected, actual, findings };
}
