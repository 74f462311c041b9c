import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from './helpers.js';

// The real pre-commit (Debian package; .ci/run installs it) running this repository's hook
// (try-repo copies tracked changes only: commit or `git add` new files before running it)
// through `try-repo`, on a temporary git repository with one bad and one good Dockerfile.
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0;

describe.skipIf(!hasPreCommit)('pre-commit hook', () => {
  const dir = tempDir('infralint-precommit-');
  const home = tempDir('infralint-precommit-home-');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  writeFileSync(join(dir, 'Dockerfile'), 'FROM node:latest\nUSER root\n');
  writeFileSync(join(dir, 'good.Dockerfile'), 'FROM alpine:3.19@sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945\nHEALTHCHECK CMD ["true"]\nUSER 10001\n');
  writeFileSync(join(dir, 'notes.txt'), 'not matched by the hook');
  git('add', '.');

  const run = (files: string[]) =>
    spawnSync('pre-commit', ['try-repo', repoRoot, 'infralint', '--files', ...files], {
      cwd: dir,
      encoding: 'utf8',
      // The hook's npm install may reach the registry: prefer the local npm cache.
      env: { ...process.env, PRE_COMMIT_HOME: home, NO_COLOR: '1', npm_config_prefer_offline: 'true' },
    });
  // An environment install that failed (a registry hiccup) is retried once; a hook failure is not.
  const tryRepo = (...files: string[]) => {
    const first = run(files);
    return /An unexpected error has occurred/.test(first.stdout + first.stderr) ? run(files) : first;
  };

  it('passes on the good Dockerfile (and installs with the system Node, no Node download)', () => {
    const r = tryRepo('good.Dockerfile', 'notes.txt');
    expect(r.stdout + r.stderr).not.toMatch(/nodejs\.org|Downloading node/i);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(/infralint\.+Passed/);
  }, 300_000);

  it('fails on the bad Dockerfile, printing its findings', () => {
    const r = tryRepo('Dockerfile', 'good.Dockerfile');
    expect(r.status, r.stdout + r.stderr).toBe(1);
    expect(r.stdout).toMatch(/infralint\.+Failed/);
    expect(r.stdout).toContain('Dockerfile:1:11  error   FROM node:latest uses the mutable :latest tag');
    expect(r.stdout).not.toContain('good.Dockerfile:');
  }, 300_000);
});
