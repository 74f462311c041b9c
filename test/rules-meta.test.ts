import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACT_KINDS } from '../src/core/artifacts.js';
import { POLICIES } from '../src/core/policies.js';
import { renderRuleDoc, renderRulesIndex, withReadmeRuleTable } from '../src/docs/rule-docs.js';
import { allRuleMetas, loadRules } from '../src/engine/rules.js';
// @ts-expect-error: plain ESM script without types
import { renderIndex, ruleFiles } from '../scripts/gen-rule-index.mjs';
import { repoRoot } from './helpers.js';

const metas = await allRuleMetas();
const builtins = metas.filter((m) => !m.id.startsWith('infralint/'));
const shared = join(repoRoot, '..', 'shared', 'POLICIES.md');

describe('rule metadata', () => {
  it('the generated rule index is up to date (run `npm run gen`)', () => {
    expect(readFileSync(join(repoRoot, 'rules', 'index.ts'), 'utf8')).toBe(renderIndex(ruleFiles()));
  });

  it('the generated docs are up to date (run `npm run gen`)', () => {
    for (const meta of metas) {
      expect(readFileSync(join(repoRoot, 'rules', `${meta.id}.md`), 'utf8'), meta.id).toBe(renderRuleDoc(meta, join(repoRoot, 'fixtures')));
    }
    expect(readFileSync(join(repoRoot, 'rules', 'README.md'), 'utf8')).toBe(renderRulesIndex(metas));
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    expect(readme).toContain('<!-- rules:start');
    expect(readme).toBe(withReadmeRuleTable(readme, metas));
  });

  it('policy ids match the product spec', () => {
    if (!existsSync(shared)) return;
    const spec = readFileSync(shared, 'utf8');
    for (const id of Object.keys(POLICIES)) if (id !== 'infralint') expect(spec, id).toContain(`policy:${id}`);
  });

  for (const meta of builtins) {
    describe(meta.id, () => {
      it('id is its path and artifact kind', async () => {
        const [artifact, name] = meta.id.split('/');
        expect(ARTIFACT_KINDS).toContain(artifact);
        expect(meta.artifact).toBe(artifact);
        expect(existsSync(join(repoRoot, 'rules', artifact!, `${name}.ts`))).toBe(true);
        expect((await loadRules(artifact!)).some((r) => r.meta.id === meta.id)).toBe(true);
      });

      it('has a policy, docs, messages and a sane severity', () => {
        expect(Object.keys(POLICIES)).toContain(meta.policy);
        expect(meta.docs.summary.length).toBeGreaterThan(10);
        expect(meta.docs.rationale.length).toBeGreaterThan(30);
        expect(meta.docs.remediation.length).toBeGreaterThan(20);
        expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
        if (meta.securitySeverity !== undefined) {
          expect(meta.securitySeverity).toBeGreaterThanOrEqual(0.1);
          expect(meta.securitySeverity).toBeLessThanOrEqual(10);
        }
      });

      it('has bad and good fixtures', () => {
        const dir = join(repoRoot, 'fixtures', meta.id);
        const files = existsSync(dir) ? readdirSync(dir) : [];
        expect(files.some((f) => f.startsWith('bad')), `${dir} needs a bad* fixture`).toBe(true);
        expect(files.some((f) => f.startsWith('good')), `${dir} needs a good* fixture`).toBe(true);
        const expectsRule = files
          .filter((f) => f.startsWith('bad'))
          .some((f) => readFileSync(join(dir, f), 'utf8').includes(meta.id));
        expect(expectsRule, 'a bad fixture must expect this rule').toBe(true);
      });
    });
  }
});
