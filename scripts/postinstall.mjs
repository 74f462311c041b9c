#!/usr/bin/env node
// Builds the CLI after `npm ci` / `npm install` in a checkout of this repository. It is a
// postinstall step (not `prepare`) because `npm pack` runs `prepare` and mixes its output into
// the tarball name pre-commit reads. In an installed package (no src/), there is nothing to do.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(join(root, 'src')) || !existsSync(join(root, 'tsconfig.build.json'))) process.exit(0);
let tsc;
try {
  tsc = join(dirname(createRequire(join(root, 'package.json')).resolve('typescript/package.json')), 'bin', 'tsc');
} catch {
  console.error('infralint: typescript is not installed (npm install --include=dev), so the CLI was not built');
  process.exit(1);
}
const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: ['ignore', 2, 2] });
process.exit(result.status ?? 1);
