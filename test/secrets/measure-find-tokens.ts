/**
 * Measures findTokens throughput (MB/s) over ../shared/corpus-sample, plus a worst case of
 * anchor-dense text. A script, not a test: timings vary between machines.
 *
 *   npx tsc --outDir /tmp/infralint-measure --rootDir . --module nodenext --target es2022 \
 *     --skipLibCheck --types node test/secrets/measure-find-tokens.ts
 *   node /tmp/infralint-measure/test/secrets/measure-find-tokens.js
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findTokens } from '../../src/secrets/index.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function measure(label: string, texts: string[], rounds: number): void {
  const bytes = texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  for (const text of texts) findTokens(text); // warm up the regexes
  let matches = 0;
  const started = performance.now();
  for (let round = 0; round < rounds; round++) for (const text of texts) matches += findTokens(text).length;
  const seconds = (performance.now() - started) / 1000;
  const mbPerSecond = (bytes * rounds) / 1e6 / seconds;
  console.log(`${label}: ${(bytes / 1e6).toFixed(2)} MB x ${rounds}, ${mbPerSecond.toFixed(0)} MB/s, ${matches / rounds} matches`);
}

const corpusDir = process.argv[2] ?? join(process.cwd(), '../shared/corpus-sample');
const corpus = filesUnder(corpusDir).map((path) => readFileSync(path, 'utf8'));
measure(`corpus-sample (${corpus.length} files)`, corpus, 20);

// Worst case: every line holds an anchor (URLs, "sk-", "eyJ", "-----BEGIN ") but no secret.
const dense = Array.from(
  { length: 20000 },
  (_, i) => `- url: https://host${i}.internal:8080/path  # sk-${i} eyJ${i} AKIA${i} -----BEGIN CERTIFICATE-----`,
).join('\n');
measure('anchor-dense text', [dense], 10);
