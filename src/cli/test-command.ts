import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findConfig, loadConfig } from '../config/load.js';
import { loadCustomRules } from '../engine/rules.js';
import { fixtureFiles, runFixture } from '../testing/harness.js';
import { UsageError } from './options.js';

/**
 * `infralint test <dir>`: runs the policies of `<dir>`'s config over its fixtures
 * (`<dir>/fixtures/<kind>/<rule>/bad*|good*`), with the inline `# expect:` syntax the built-in
 * rules use. Only the custom rules' findings are compared. Returns the exit code.
 */
export async function testPolicies(dir: string, write: (s: string) => void): Promise<number> {
  const root = resolve(dir);
  const configPath = findConfig(root);
  if (!configPath) throw new UsageError(`no .infralint.yaml in ${root} or above: nothing defines the policies to test`);
  const config = await loadConfig(configPath);
  const rules = await loadCustomRules(config, true);
  if (rules.length === 0) throw new UsageError(`${configPath} defines no policies or plugins to test`);
  const fixturesRoot = join(root, 'fixtures');
  if (!existsSync(fixturesRoot)) throw new UsageError(`no fixtures folder at ${fixturesRoot}`);
  const onlyRules = new Set(rules.map((r) => r.meta.id as string));
  let failed = 0;
  const files = fixtureFiles(fixturesRoot);
  for (const file of files) {
    const outcome = await runFixture(fixturesRoot, file, { lint: { config, allowPlugins: true }, onlyRules });
    const ok = outcome.expected.join() === outcome.actual.join() && (outcome.role === 'good' || outcome.expected.length > 0);
    if (ok) {
      write(`✔ ${outcome.path}\n`);
      continue;
    }
    failed++;
    write(`✖ ${outcome.path}\n    expected: ${outcome.expected.join(', ') || '(nothing)'}\n    actual:   ${outcome.actual.join(', ') || '(nothing)'}\n`);
  }
  const untested = [...onlyRules].filter((id) => !files.some((f) => f.includes(`${id.split('/').pop()}`)));
  for (const id of untested) write(`! ${id} has no fixture\n`);
  write(`${files.length - failed} passed, ${failed} failed (${rules.length} rules: ${[...onlyRules].join(', ')})\n`);
  return failed > 0 ? 1 : 0;
}
