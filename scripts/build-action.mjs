#!/usr/bin/env node
// Bundles the GitHub Action into dist/ (committed: actions run without npm install):
// dist/action.js and dist/worker.js, with the parsers' WebAssembly embedded.
// A test rebuilds into a temporary folder and fails when the committed files are stale.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = process.argv[2] ?? join(root, 'dist');
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;

// Chunk names carry content hashes: start clean so no stale chunk is left behind.
rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { action: 'src/action/index.ts', worker: 'src/action/worker-entry.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  loader: { '.wasm': 'binary' },
  legalComments: 'none',
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require() for Node built-ins.
  banner: {
    js: `import { createRequire as __infralintRequire } from 'node:module';\nconst require = __infralintRequire(import.meta.url);\nglobalThis.INFRALINT_VERSION = ${JSON.stringify(version)};`,
  },
});
