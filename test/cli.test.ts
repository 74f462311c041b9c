import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, repoRoot, tempDir } from './helpers.js';

const PINNED = 'alpine:3.19@sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945';
const GOOD = `FROM ${PINNED}\nHEALTHCHECK CMD ["true"]\nUSER 10001\n`;
const BAD = 'FROM node:latest\nRUN npm ci\n';

function folder(files: Record<string, string | Buffer>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('exit codes', () => {
  it('0 when nothing reaches --fail-on', () => {
    const dir = folder({ Dockerfile: GOOD });
    const r = cli(['scan', '.'], { cwd: dir });
    expect(r.stdout).toContain('no problems');
    expect(r.code).toBe(0);
  });

  it('1 when a finding is at or above --fail-on', () => {
    const dir = folder({ Dockerfile: BAD });
    const r = cli(['scan', '.'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Dockerfile:1:11  error   FROM node:latest uses the mutable :latest tag');
  });

  it('--fail-on decides which level fails', () => {
    const dir = folder({ Dockerfile: `FROM alpine:3.19\nHEALTHCHECK CMD ["true"]\nUSER 10001\n` }); // one note
    expect(cli(['.'], { cwd: dir }).code).toBe(0);
    expect(cli(['.', '--fail-on', 'warning'], { cwd: dir }).code).toBe(0);
    expect(cli(['.', '--fail-on', 'note'], { cwd: dir }).code).toBe(1);
    expect(cli(['.', '--fail-on', 'none'], { cwd: folder({ Dockerfile: BAD }) }).code).toBe(0);
  });

  it('--max-warnings fails when warnings exceed it', () => {
    const dir = folder({ Dockerfile: `FROM ${PINNED}\nUSER 10001\n` }); // one warning: no HEALTHCHECK
    expect(cli(['.'], { cwd: dir }).code).toBe(0);
    expect(cli(['.', '--max-warnings', '0'], { cwd: dir }).code).toBe(1);
    expect(cli(['.', '--max-warnings', '1'], { cwd: dir }).code).toBe(0);
  });

  it('2 for usage errors: unknown option, bad value, missing path', () => {
    expect(cli(['--bogus']).code).toBe(2);
    const badFormat = cli(['.', '--format', 'xml']);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("unknown --format 'xml'");
    const missing = cli(['scan', 'no/such/dir']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no such file or directory: no/such/dir');
  });
});

describe('bad input', () => {
  it('reports the unparseable file, skips the binary with a notice, checks the valid one, exits 1', () => {
    const dir = folder({
      'broken/Dockerfile': 'FROM alpine:3.19\nFORM x\n',
      'binary/Containerfile': Buffer.from([0x46, 0x52, 0x00, 0x01, 0xff]),
      'app/Dockerfile': BAD,
      'empty/Dockerfile': '',
    });
    const r = cli(['scan', '.', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    const found = report.findings.map((f: any) => `${f.path}:${f.range.start.line}:${f.range.start.column} ${f.ruleId}`);
    expect(found).toEqual([
      'app/Dockerfile:1:1 dockerfile/missing-healthcheck',
      'app/Dockerfile:1:1 dockerfile/run-as-non-root',
      'app/Dockerfile:1:11 dockerfile/no-latest-image',
      'broken/Dockerfile:1:1 dockerfile/missing-healthcheck',
      'broken/Dockerfile:1:1 dockerfile/run-as-non-root',
      'broken/Dockerfile:1:13 dockerfile/image-not-pinned-by-digest',
      'broken/Dockerfile:2:1 infralint/parse-error',
      'empty/Dockerfile:1:1 infralint/parse-error',
    ]);
    expect(report.notices).toEqual([{ level: 'note', path: 'binary/Containerfile', message: 'skipped binary/Containerfile: binary file' }]);
    expect(report.stats.skipped).toEqual({ binary: 1 });
  });

  it('never prints a stack trace for an unreadable file', () => {
    const dir = folder({ Dockerfile: BAD });
    const r = cli(['scan', 'Dockerfile', 'Dockerfile'], { cwd: dir });
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('discovery', () => {
  it('honours .gitignore, skips node_modules and .git, counts what it skips', () => {
    const dir = folder({
      '.gitignore': 'generated/\n*.tmp.Dockerfile\n',
      'generated/Dockerfile': BAD,
      'x.tmp.Dockerfile': BAD,
      'node_modules/pkg/Dockerfile': BAD,
      '.git/Dockerfile': BAD,
      'sub/.gitignore': 'local.Dockerfile\n',
      'sub/local.Dockerfile': BAD,
      'sub/Dockerfile': GOOD,
      'README.md': '# hi\n',
    });
    const r = cli(['.', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(report.findings).toEqual([]);
    expect(report.stats.files).toBe(1);
    // .gitignore, sub/.gitignore and README.md are counted as not infrastructure.
    expect(report.stats.skipped).toEqual({ gitignored: 2, 'not-infrastructure': 3 });
    expect(r.code).toBe(0);
  });

  it('detects Dockerfile names: Dockerfile.*, Dockerfile-*, *.Dockerfile, Containerfile', () => {
    const dir = folder({
      'Dockerfile.prod': BAD,
      'Dockerfile-windows': BAD,
      'api.Dockerfile': BAD,
      Containerfile: BAD,
      'Dockerfile.good': GOOD,
      // Files named after a Dockerfile that are not one: BuildKit's per-Dockerfile ignore file, docs.
      'Dockerfile.dockerignore': 'node_modules\n',
      'Dockerfile-notes.md': '# notes\n',
    });
    const report = JSON.parse(cli(['.', '--format', 'json'], { cwd: dir }).stdout);
    expect(report.stats.byKind).toEqual({ dockerfile: 5 });
    expect(report.stats.skipped).toEqual({ 'not-infrastructure': 2 });
    expect(new Set(report.findings.map((f: any) => f.path))).toEqual(new Set(['Dockerfile.prod', 'Dockerfile-windows', 'api.Dockerfile', 'Containerfile']));
  });

  it('names an explicitly given file that is not infrastructure', () => {
    const dir = folder({ 'notes.txt': 'hello' });
    const r = cli(['notes.txt'], { cwd: dir });
    expect(r.stdout).toContain('skipped notes.txt: not a recognized infrastructure file');
    expect(r.code).toBe(0);
  });
});

describe('stdin', () => {
  it('reads one file from standard input, named by --stdin-filename', () => {
    const r = cli(['scan', '-', '--stdin-filename', 'build/Dockerfile'], { input: BAD });
    expect(r.stdout).toContain('build/Dockerfile:1:11  error   FROM node:latest');
    expect(r.code).toBe(1);
  });

  it('--stdin with --kind', () => {
    const r = cli(['--stdin', '--kind', 'dockerfile', '--format', 'json'], { input: BAD });
    expect(JSON.parse(r.stdout).findings[0].path).toBe('Dockerfile');
  });
});

describe('output', () => {
  it('text output has no colour when not on a terminal', () => {
    const r = cli(['.'], { cwd: folder({ Dockerfile: BAD }), env: { NO_COLOR: '' } });
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('--format github prints workflow commands with exact positions', () => {
    const r = cli(['.', '--format', 'github'], { cwd: folder({ Dockerfile: BAD }) });
    expect(r.stdout).toContain('::error file=Dockerfile,line=1,col=11,endLine=1,endColumn=17,title=dockerfile/no-latest-image::FROM node:latest uses the mutable :latest tag');
  });

  it('--output writes the report to a file', () => {
    const dir = folder({ Dockerfile: BAD });
    const r = cli(['.', '--format', 'json', '--output', 'report.json'], { cwd: dir });
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).findings).toHaveLength(3);
  });

  it('`rules` lists every rule with its policy and level', () => {
    const r = cli(['rules']);
    expect(r.stdout).toMatch(/dockerfile\/no-latest-image\s+error\s+policy:immutable-images/);
    expect(r.stdout).toMatch(/infralint\/parse-error\s+error\s+policy:infralint/);
  });

  it('`explain` prints a rule documentation', () => {
    const r = cli(['explain', 'dockerfile/run-as-non-root']);
    expect(r.stdout).toContain('How to fix:');
    expect(cli(['explain', 'dockerfile/run-as-root']).stderr).toContain('did you mean dockerfile/run-as-non-root');
  });

  it('the README example shows real findings', () => {
    copyFileSync(join(repoRoot, 'fixtures/_examples/web/Dockerfile'), join(tempDir(), 'Dockerfile'));
    const r = cli(['scan', 'fixtures/_examples']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('fixtures/_examples/web/Dockerfile:2:11');
  });

  it('walks into .github/workflows and finds GitLab files pulled in with include: local', () => {
    const r = cli(['scan', 'fixtures/_examples', '--format', 'json']);
    const findings = JSON.parse(r.stdout).findings as { ruleId: string; path: string; range: { start: { line: number; column: number } } }[];
    const at = (f: (typeof findings)[number]) => `${f.ruleId}@${f.path}:${f.range.start.line}:${f.range.start.column}`;
    const all = findings.map(at);
    expect(all).toContain('github-actions/no-auto-apply@fixtures/_examples/.github/workflows/deploy.yml:36:11');
    expect(all).toContain('github-actions/script-injection@fixtures/_examples/.github/workflows/deploy.yml:25:28');
    expect(all).toContain('gitlab-ci/no-latest-image@fixtures/_examples/gitlab/.gitlab-ci.yml:7:10');
    expect(all).toContain('gitlab-ci/no-auto-apply@fixtures/_examples/gitlab/ci/deploy.yml:7:23');
  });
});

describe('formats not checked yet', () => {
  it('says so for Terraform JSON files instead of passing them silently', () => {
    const dir = folder({ 'main.tf.json': '{ "resource": {} }' });
    const r = cli(['.', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(report.notices).toEqual([{ level: 'note', path: 'main.tf.json', message: 'skipped main.tf.json: Terraform JSON syntax (*.tf.json) is not checked yet' }]);
    expect(report.stats.skipped).toEqual({ 'unsupported-kind': 1 });
  });
});

describe('huge and empty files', () => {
  it('skips a file over --max-file-size with a notice, and checks the rest', () => {
    const dir = folder({ 'big/Dockerfile': `FROM node:latest\n${'# padding\n'.repeat(2000)}`, 'app/Dockerfile': BAD, 'empty.yaml': '' });
    const r = cli(['.', '--format', 'json', '--max-file-size', '10000'], { cwd: dir });
    const report = JSON.parse(r.stdout);
    expect(report.notices).toEqual([{ level: 'note', path: 'big/Dockerfile', message: 'skipped big/Dockerfile: 20017 bytes is over the 10000-byte limit (--max-file-size)' }]);
    expect(report.stats.skipped).toEqual({ 'too-large': 1, 'not-infrastructure': 1 });
    expect(new Set(report.findings.map((f: any) => f.path))).toEqual(new Set(['app/Dockerfile']));
    expect(r.code).toBe(1);
  });
});
