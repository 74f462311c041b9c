import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers.js';
import { randomOf } from './secrets/fake-tokens.js';

// Fake but format-valid credentials, generated at run time so the repository holds none.
const UPPER_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const secrets = {
  awsKeyId: 'AKIA' + randomOf(UPPER_DIGITS, 16),
  githubToken: 'ghp_' + randomOf(ALNUM, 36),
  password: 'Zr8' + randomOf(ALNUM, 13) + '#q',
  urlPassword: randomOf(ALNUM, 14),
  jwt: ['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9', 'eyJzdWIiOiJ' + randomOf(ALNUM, 24), randomOf(ALNUM, 43)].join('.'),
};

/** A folder of files full of fake secrets, in every artifact kind infralint reads. */
function secretFolder(): string {
  const dir = tempDir();
  const write = (name: string, text: string) => {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  };
  write('Dockerfile', `FROM alpine:3.19\nENV DB_PASSWORD=${secrets.password}\nARG GH=${secrets.githubToken}\nENV DB_URL=postgres://app:${secrets.urlPassword}@db:5432/x\n`);
  write('.env', `AWS_ACCESS_KEY_ID=${secrets.awsKeyId}\nSESSION=${secrets.jwt}\n`);
  write('k8s/deploy.yaml', `apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\nspec:\n  containers:\n    - name: app\n      image: app:1\n      env:\n        - name: DB_PASSWORD\n          value: "${secrets.password}"\n        - name: GH_TOKEN\n          value: ${secrets.githubToken}\n`);
  write('infra/main.tf', `provider "aws" {\n  access_key = "${secrets.awsKeyId}"\n}\nresource "aws_db_instance" "db" {\n  password = "${secrets.password}"\n}\n`);
  write('.github/workflows/ci.yml', `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      API_TOKEN: ${secrets.githubToken}\n    steps:\n      - run: echo hi\n`);
  return dir;
}

describe('masking', () => {
  const dir = secretFolder();
  for (const format of ['text', 'json', 'sarif', 'github']) {
    it(`--format ${format} never contains a raw secret`, () => {
      const r = cli(['scan', '.', '--format', format, '--show-suppressed'], { cwd: dir });
      expect(r.code).toBe(1);
      const output = r.stdout + r.stderr;
      for (const [name, value] of Object.entries(secrets)) expect(output.includes(value), `${name} leaked in ${format}`).toBe(false);
      // …and the secrets were found: masked prefixes and lengths are printed instead.
      expect(output).toContain(`${secrets.githubToken.slice(0, 4)}…(40 chars)`);
    });
  }

  it('--output files are masked too', () => {
    cli(['scan', '.', '--format', 'sarif', '--output', 'out.sarif'], { cwd: dir });
    const sarif = readFileSync(join(dir, 'out.sarif'), 'utf8');
    for (const value of Object.values(secrets)) expect(sarif.includes(value)).toBe(false);
  });

  it('reports each secret once even when two detectors see it', () => {
    const report = JSON.parse(cli(['scan', 'Dockerfile', '.env', '--format', 'json'], { cwd: dir }).stdout);
    const secretFindings = report.findings.filter((f: any) => f.ruleId.endsWith('secret-in-env') || f.ruleId.endsWith('known-secret-format'));
    const where = secretFindings.map((f: any) => `${f.path}:${f.range.start.line}:${f.range.start.column} ${f.ruleId}`);
    expect(where).toEqual([
      '.env:1:19 generic/known-secret-format',
      '.env:2:9 generic/known-secret-format',
      'Dockerfile:2:17 dockerfile/secret-in-env',
      'Dockerfile:3:8 dockerfile/secret-in-env',
      'Dockerfile:4:27 dockerfile/secret-in-env',
    ]);
  });
});
