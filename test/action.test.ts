import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { repoRoot, tempDir } from './helpers.js';

const schema = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@microsoft/sarif-multitool-linux/sarif-2.1.0.json'), 'utf8'));
const ajv = new Ajv2020.default({ strict: false, allErrors: true });
addFormats.default(ajv);
const validateSarif = ajv.compile(schema);

const DOCKERFILE = 'FROM node:latest\nRUN npm ci\nENV DB_PASSWORD=Xq7#mP2vL9wK4tRz\nUSER root\n';

/** Runs the committed bundle as the runner would: INPUT_* variables and GITHUB_* files. */
function runAction(inputs: Record<string, string>, files: Record<string, string> = { 'app/Dockerfile': DOCKERFILE }) {
  const workspace = tempDir('infralint-action-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(workspace, name, '..'), { recursive: true });
    writeFileSync(join(workspace, name), content);
  }
  const output = join(workspace, '..', `${workspace.split('/').pop()}-output`);
  const summary = join(workspace, '..', `${workspace.split('/').pop()}-summary`);
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH!,
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/app',
    GITHUB_SHA: 'abc123',
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  const r = spawnSync(process.execPath, [join(repoRoot, 'dist', 'action.js')], { env, encoding: 'utf8' });
  const outputs = Object.fromEntries(
    [...readFileSync(output, 'utf8').matchAll(/^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]),
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary: readFileSync(summary, 'utf8'), workspace };
}

describe('GitHub Action (dist/action.js)', () => {
  it('writes SARIF, annotations, a summary and outputs, and fails on errors', () => {
    const r = runAction({ paths: 'app', 'fail-on': 'error' });
    expect(r.code).toBe(1);
    expect(r.outputs).toEqual({ 'sarif-file': 'infralint.sarif', findings: '4', errors: '2', warnings: '2' });
    const annotations = r.stdout.split('\n').filter((l) => l.startsWith('::error') || l.startsWith('::warning') || l.startsWith('::notice'));
    expect(annotations).toEqual([
      '::error title=dockerfile/no-latest-image,file=app/Dockerfile,line=1,endLine=1,col=11,endColumn=17::FROM node:latest uses the mutable :latest tag; pin a version tag or a digest (@sha256:…)',
      '::error title=dockerfile/run-as-non-root,file=app/Dockerfile,line=4,endLine=4,col=6,endColumn=10::USER root makes the final image run as root; switch to a non-root user (e.g. `USER 10001`)',
      expect.stringMatching(/^::warning title=dockerfile\/missing-healthcheck,file=app\/Dockerfile,line=1,endLine=1,col=1,endColumn=17::/),
      '::warning title=dockerfile/secret-in-env,file=app/Dockerfile,line=3,endLine=3,col=17,endColumn=33::ENV DB_PASSWORD holds a literal credential (password-named key with a literal value: Xq7#…(16 chars)); use a BuildKit secret mount or a run-time secret instead, and rotate it',
      '::error::infralint: 2 findings at or above error',
    ]);
    expect(r.stdout + r.summary).not.toContain('Xq7#mP2vL9wK4tRz');
    expect(r.summary).toContain('## infralint');
    expect(r.summary).toContain('| `dockerfile/no-latest-image` | 1 | 0 | 0 |');
    expect(r.summary).toContain('[app/Dockerfile:1](https://github.com/acme/app/blob/abc123/app/Dockerfile#L1)');
    const sarif = JSON.parse(readFileSync(join(r.workspace, 'infralint.sarif'), 'utf8'));
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0].results).toHaveLength(4);
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
  });

  it('loads JS policy modules only when allow-plugins is true', () => {
    const files = {
      '.infralint.yaml': 'plugins:\n  - rule.js\n',
      'rule.js': "export default { meta: { id: 'acme/any-from', artifact: 'dockerfile', policy: 'immutable-images', level: 'error', docs: { summary: 's', rationale: 'r', remediation: 'x' }, messages: { m: 'custom rule ran' } }, check(view, ctx) { ctx.report({ messageId: 'm', at: view.stages[0].from }); } };\n",
      Dockerfile: DOCKERFILE,
    };
    const denied = runAction({ 'fail-on': 'none' }, files);
    expect(denied.stdout).not.toContain('custom rule ran');
    const allowed = runAction({ 'fail-on': 'none', 'allow-plugins': 'true' }, files);
    expect(allowed.stdout).toContain('custom rule ran');
  });

  it.each([
    ['error', 1],
    ['warning', 1],
    ['note', 1],
    ['none', 0],
  ])('fail-on %s → exit %i', (failOn, code) => {
    expect(runAction({ paths: 'app', 'fail-on': failOn }).code).toBe(code);
  });

  it('passes on a clean tree, and fail-on warning counts warnings', () => {
    const pinned = 'alpine:3.19@sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945';
    const clean = runAction({ 'fail-on': 'warning' }, { Dockerfile: `FROM ${pinned}\nHEALTHCHECK CMD ["true"]\nUSER 10001\n` });
    expect(clean.code).toBe(0);
    expect(clean.summary).toContain('No findings');
    const warn = runAction({ 'fail-on': 'warning' }, { Dockerfile: `FROM ${pinned}\nUSER 10001\n` });
    expect(warn.code).toBe(1);
    expect(runAction({ 'fail-on': 'error' }, { Dockerfile: `FROM ${pinned}\nUSER 10001\n` }).code).toBe(0);
  });

  it('honours working-directory, category, sarif-file and annotations: false', () => {
    const r = runAction({ 'working-directory': 'app', 'sarif-file': 'out/x.sarif', category: 'iac', annotations: 'false', 'fail-on': 'none' }, { 'app/Dockerfile': DOCKERFILE, 'app/out/.keep': '' });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/^::(error|warning)/m);
    const sarif = JSON.parse(readFileSync(join(r.workspace, 'app', 'out', 'x.sarif'), 'utf8'));
    expect(sarif.runs[0].automationDetails.id).toBe('iac/');
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('Dockerfile');
  });

  it('says in the summary when there are more findings than annotations', () => {
    const many = Array.from({ length: 12 }, (_, i) => `FROM node:latest AS s${i}`).join('\n') + '\nUSER 1\n';
    const r = runAction({ 'fail-on': 'none' }, { Dockerfile: many });
    expect(r.stdout.split('\n').filter((l) => l.startsWith('::error ')).length).toBe(10);
    expect(r.summary).toContain('the 11 most severe findings are annotated, all 13 are in `infralint.sarif`');
  });

  it('the committed bundle is up to date (run `npm run build:action`)', () => {
    const fresh = tempDir('infralint-dist-');
    const r = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build-action.mjs'), fresh], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const list = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length)).sort();
    expect(list(fresh)).toEqual(list(join(repoRoot, 'dist')));
    for (const f of list(fresh)) expect(readFileSync(join(fresh, f), 'utf8') === readFileSync(join(repoRoot, 'dist', f), 'utf8'), f).toBe(true);
  });
});
