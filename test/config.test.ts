import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers.js';

const PINNED = 'alpine:3.19@sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945';
// One note (digest), one warning (healthcheck), two errors (latest, root) in one file.
const DOCKERFILE = 'FROM alpine:3.19\nFROM node:latest\nUSER root\n';

function project(files: Record<string, string>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

function levels(dir: string, args: string[] = []): Record<string, string> {
  const r = cli(['scan', '.', '--format', 'json', ...args], { cwd: dir });
  expect(r.stderr).toBe('');
  return Object.fromEntries(JSON.parse(r.stdout).findings.map((f: any) => [`${f.path} ${f.ruleId}`, f.level]));
}

describe('configuration', () => {
  it('precedence: defaults < extends < file < overrides < --rule', () => {
    const dir = project({
      'Dockerfile': DOCKERFILE,
      'dev/Dockerfile': DOCKERFILE,
      '.infralint.yaml': [
        'extends: strict', // notes become warnings
        'rules:',
        '  dockerfile/missing-healthcheck: note', // file beats extends
        '  dockerfile/no-latest-image: { level: warning }',
        'overrides:',
        '  - files: ["dev/**"]',
        '    rules:',
        '      dockerfile/run-as-non-root: off',
        '      dockerfile/no-latest-image: note',
      ].join('\n'),
    });
    expect(levels(dir)).toEqual({
      'Dockerfile dockerfile/image-not-pinned-by-digest': 'warning',
      'Dockerfile dockerfile/missing-healthcheck': 'note',
      'Dockerfile dockerfile/no-latest-image': 'warning',
      'Dockerfile dockerfile/run-as-non-root': 'error',
      'dev/Dockerfile dockerfile/image-not-pinned-by-digest': 'warning',
      'dev/Dockerfile dockerfile/missing-healthcheck': 'note',
      'dev/Dockerfile dockerfile/no-latest-image': 'note',
    });
    // The command line has the last word.
    expect(levels(dir, ['--rule', 'dockerfile/no-latest-image=error'])['dev/Dockerfile dockerfile/no-latest-image']).toBe('error');
  });

  it('is found by walking up from the scanned path, or given with --config', () => {
    const dir = project({ 'app/Dockerfile': DOCKERFILE, '.infralint.yaml': 'rules:\n  dockerfile/run-as-non-root: off\n', 'other.yaml': 'rules:\n  dockerfile/no-latest-image: off\n' });
    const fromSub = cli(['scan', '.', '--format', 'json'], { cwd: join(dir, 'app') });
    expect(fromSub.stdout).not.toContain('run-as-non-root');
    const explicit = cli(['scan', 'app', '--format', 'json', '--config', 'other.yaml'], { cwd: dir });
    expect(explicit.stdout).toContain('run-as-non-root');
    expect(explicit.stdout).not.toContain('no-latest-image');
  });

  it('ignore globs leave files out and count them', () => {
    const dir = project({ 'vendor/Dockerfile': DOCKERFILE, 'Dockerfile': `FROM ${PINNED}\nHEALTHCHECK CMD ["true"]\nUSER 1\n`, '.infralint.yaml': 'ignore:\n  - vendor/**\n' });
    const r = JSON.parse(cli(['.', '--format', 'json'], { cwd: dir }).stdout);
    expect(r.findings).toEqual([]);
    expect(r.stats.skipped['ignored-by-config']).toBe(1);
  });

  it('schema errors name the key and its line', () => {
    const dir = project({ 'Dockerfile': DOCKERFILE, '.infralint.yaml': 'rules:\n  dockerfile/no-latest-image: loud\nignored: []\n' });
    const r = cli(['.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.infralint.yaml:3:1: ignored: unknown key');
    expect(r.stderr).toMatch(/\.infralint\.yaml:2:\d+: rules\.dockerfile\/no-latest-image: /);
  });

  it('YAML syntax errors give a line', () => {
    const dir = project({ 'Dockerfile': DOCKERFILE, '.infralint.yaml': 'rules:\n  a: [\n' });
    const r = cli(['.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.infralint\.yaml:\d+:\d+: /);
  });

  it('unknown rule ids are an error listing close matches', () => {
    const dir = project({ 'Dockerfile': DOCKERFILE, '.infralint.yaml': 'rules:\n  dockerfile/run-as-nonroot: off\n' });
    const r = cli(['.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown rule 'dockerfile/run-as-nonroot'; did you mean dockerfile/run-as-non-root?");
  });

  it('extends npm packages that ship an infralint.yaml', () => {
    const dir = project({
      'Dockerfile': DOCKERFILE,
      'node_modules/@acme/infralint-policies/package.json': '{ "name": "@acme/infralint-policies", "version": "1.0.0" }',
      'node_modules/@acme/infralint-policies/infralint.yaml': 'rules:\n  dockerfile/run-as-non-root: warning\n',
      '.infralint.yaml': 'extends: ["@acme/infralint-policies"]\n',
    });
    expect(levels(dir)['Dockerfile dockerfile/run-as-non-root']).toBe('warning');
    const missing = project({ 'Dockerfile': DOCKERFILE, '.infralint.yaml': 'extends: nope-not-installed\n' });
    expect(cli(['.'], { cwd: missing }).stderr).toContain("extends 'nope-not-installed', which is neither a preset");
  });

  it('`init` writes a commented starter config that loads as is', () => {
    const dir = project({ 'Dockerfile': DOCKERFILE });
    expect(cli(['init'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, '.infralint.yaml'), 'utf8')).toContain('# infralint-ignore <rule-id>');
    expect(cli(['.'], { cwd: dir }).code).toBe(1); // findings, not a config error
    expect(cli(['init'], { cwd: dir }).code).toBe(2); // never overwrites
  });
});

describe('custom policies', () => {
  it('`infralint test examples/policies` passes', () => {
    const r = cli(['test', 'examples/policies']);
    expect(r.stdout).toContain('4 passed, 0 failed');
    expect(r.code).toBe(0);
  });

  it('custom rules run in scans with positions and SARIF metadata; --no-plugins skips JS modules', () => {
    const dir = project({
      '.infralint.yaml': 'policies:\n  - id: acme/bucket-versioning\n    artifact: terraform\n    match: { resourceTypes: [aws_s3_bucket] }\n    assert:\n      - path: versioning.enabled\n        equals: true\n    message: S3 buckets must enable versioning\nplugins:\n  - rule.js\n',
      'rule.js': "export default { meta: { id: 'acme/no-add', artifact: 'dockerfile', policy: 'immutable-images', level: 'note', docs: { summary: 's', rationale: 'r', remediation: 'x' }, messages: { m: 'no ADD' } }, check(view, ctx) { for (const i of view.instructions) if (i.keyword === 'ADD') ctx.report({ messageId: 'm', at: i.keywordRange }); } };\n",
      'main.tf': 'resource "aws_s3_bucket" "b" {\n  versioning {\n    enabled = false\n  }\n}\n',
      'Dockerfile': `FROM ${PINNED}\nADD x /x\nHEALTHCHECK CMD ["true"]\nUSER 1\n`,
    });
    const findings = JSON.parse(cli(['.', '--format', 'json'], { cwd: dir }).stdout).findings.map((f: any) => `${f.path}:${f.range.start.line}:${f.range.start.column} ${f.ruleId} ${f.message}`);
    expect(findings).toContain('main.tf:3:15 acme/bucket-versioning S3 buckets must enable versioning (versioning.enabled must equal true)');
    expect(findings).toContain('Dockerfile:2:1 acme/no-add no ADD');
    const noPlugins = cli(['.', '--format', 'json', '--no-plugins'], { cwd: dir }).stdout;
    expect(noPlugins).not.toContain('acme/no-add');
    const sarif = JSON.parse(cli(['.', '--format', 'sarif'], { cwd: dir }).stdout);
    expect(sarif.runs[0].tool.driver.rules.map((r: any) => r.id)).toContain('acme/bucket-versioning');
  });
});

describe('rule options', () => {
  it('are validated against the rule schema and reach the rule', () => {
    const rule = "export default { meta: { id: 'acme/max-stages', artifact: 'dockerfile', policy: 'immutable-images', level: 'warning', docs: { summary: 's', rationale: 'r', remediation: 'x' }, messages: { m: 'more than {{max}} stages' }, options: { schema: { type: 'object', additionalProperties: false, properties: { max: { type: 'integer', minimum: 1 } } }, defaults: { max: 5 } } }, check(view, ctx) { if (view.stages.length > ctx.options.max) ctx.report({ messageId: 'm', data: { max: ctx.options.max }, at: view.stages[0].from }); } };\n";
    const base = { 'rule.js': rule, Dockerfile: DOCKERFILE };
    const ok = project({ ...base, '.infralint.yaml': 'plugins: [rule.js]\nrules:\n  acme/max-stages: { level: error, options: { max: 1 } }\n' });
    expect(levels(ok)['Dockerfile acme/max-stages']).toBe('error');
    expect(JSON.parse(cli(['.', '--format', 'json'], { cwd: ok }).stdout).findings.find((f: any) => f.ruleId === 'acme/max-stages').message).toBe('more than 1 stages');
    const bad = project({ ...base, '.infralint.yaml': 'plugins: [rule.js]\nrules:\n  acme/max-stages: { options: { max: 0, other: 1 } }\n' });
    const r = cli(['.'], { cwd: bad });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("rule 'acme/max-stages' options.other: unknown key 'other'");
    expect(r.stderr).toContain("rule 'acme/max-stages' options.max: must be >= 1");
    const builtin = project({ Dockerfile: DOCKERFILE, '.infralint.yaml': 'rules:\n  dockerfile/run-as-non-root: { options: { x: 1 } }\n' });
    expect(cli(['.'], { cwd: builtin }).stderr).toContain("rule 'dockerfile/run-as-non-root' takes no options");
  });
});
