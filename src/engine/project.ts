import type { Finding } from '../core/finding.js';
import type { ProjectFact } from '../core/rule.js';
import { ENGINE_RULES } from './engine-rules.js';
import type { FileResult, LintOptions } from './lint-file.js';
import { draftFinding, draftProjectFinding, fingerprint, type DraftFinding } from './report.js';
import { loadRules } from './rules.js';
import { ruleSettingFor } from '../config/resolve.js';

/**
 * Runs the project checks (rules with `finalize`) over the facts every file recorded. Called
 * once per scan after all files, whichever thread linted them. `only` limits it to one rule
 * (the fixture harness checks a project rule on its own fixtures).
 */
export async function finalizeProject(results: FileResult[], options: LintOptions, only?: string): Promise<Finding[]> {
  const byRule = new Map<string, ProjectFact[]>();
  for (const result of results) {
    for (const fact of result.facts ?? []) {
      if (only !== undefined && fact.ruleId !== only) continue;
      let list = byRule.get(fact.ruleId);
      if (!list) byRule.set(fact.ruleId, (list = []));
      list.push({ path: result.path, data: fact.data });
    }
  }
  const drafts: DraftFinding[] = [];
  for (const [ruleId, facts] of byRule) {
    const rule = (await loadRules(ruleId.slice(0, ruleId.indexOf('/')))).find((r) => r.meta.id === ruleId);
    if (!rule?.finalize) continue;
    // Levels come from config per reported path, as for any finding (CLI --rule last).
    const levelAt = (path: string) => options.ruleLevels?.[ruleId] ?? ruleSettingFor(options.config, ruleId, path, rule.meta.level).level;
    if (options.ruleLevels?.[ruleId] === 'off') continue;
    try {
      rule.finalize(facts, {
        options: rule.meta.options?.defaults ?? {},
        report: (r) => {
          const level = levelAt(r.path);
          if (level !== 'off') drafts.push(draftProjectFinding(rule.meta, r, level !== rule.meta.level ? level : (r.level ?? rule.meta.level)));
        },
      });
    } catch (error) {
      const at = { line: 1, column: 1, offset: 0 };
      const path = facts[0]!.path;
      const { SourceFile } = await import('../core/source.js');
      drafts.push(
        draftFinding(ENGINE_RULES['infralint/internal-error']!, {
          messageId: 'default',
          data: { rule: ruleId, error: error instanceof Error ? error.message : String(error) },
          at: { start: at, end: at },
        }, new SourceFile(path, ''), 'error'),
      );
    }
  }
  return fingerprint(drafts);
}
