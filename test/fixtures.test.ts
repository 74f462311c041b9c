import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureFiles, runFixture } from '../src/testing/harness.js';

// Every fixture under fixtures/: bad* files must produce exactly the findings their
// `# expect:` comments declare (rule, line, column); good* files must produce none.
const root = join(import.meta.dirname, '..', 'fixtures');

describe('fixtures', () => {
  for (const file of fixtureFiles(root)) {
    const name = file.slice(root.length + 1);
    it(name, async () => {
      const outcome = await runFixture(root, file);
      if (outcome.role === 'bad') expect(outcome.expected.length, 'a bad fixture must declare at least one expectation').toBeGreaterThan(0);
      const messages = outcome.findings.map((f) => `${f.ruleId}@${f.range.start.line}:${f.range.start.column} ${f.message}`);
      expect(outcome.actual, messages.join('\n')).toEqual(outcome.expected);
    });
  }
});
