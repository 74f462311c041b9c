#!/usr/bin/env node
// Writes rules/<artifact>/<name>.md and rules/README.md from the built rules (run via `npm run gen`).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderRuleDoc, renderRulesIndex, withReadmeRuleTable } from '../build/src/docs/rule-docs.js';
import { allRuleMetas } from '../build/src/engine/rules.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const write = (path, text) => {
  let old;
  try { old = readFileSync(path, 'utf8'); } catch {}
  if (old !== text) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
};
const metas = await allRuleMetas();
for (const meta of metas) write(join(root, 'rules', `${meta.id}.md`), renderRuleDoc(meta, join(root, 'fixtures')));
write(join(root, 'rules', 'README.md'), renderRulesIndex(metas));
write(join(root, 'README.md'), withReadmeRuleTable(readFileSync(join(root, 'README.md'), 'utf8'), metas));
console.log(`rules/*.md: ${metas.length} pages`);
