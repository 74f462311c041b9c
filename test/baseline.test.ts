import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers.js';

const DOCKERFILE = 'FROM node:latest AS build\nRUN npm ci\n\nFROM alpine:latest\nENV DB_PASSWORD=Xq7#mP2vL9wK4tRz\nUSER root\n';

function json(dir: string, args: string[]) {
  const r = cli(['scan', '.', '--format', 'json', ...args], { cwd: dir });
  return { code: r.code, report: JSON.parse(r.stdout), stderr: r.stderr };
}

describe('baselines', () => {
  it('survive inserted lines and reformatting; a new violation is reported alone', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE);
    const write = cli(['scan', '.', '--write-baseline', 'baseline.json'], { cwd: dir });
    expect(write.code).toBe(0);
    expect(write.stderr).toContain('wrote 5 findings to the baseline');
    expect(readFileSync(join(dir, 'baseline.json'), 'utf8')).not.toContain('Xq7#mP2vL9wK4tRz');

    // Lines inserted, instructions reformatted (case, spacing, quotes): nothing new.
    writeFileSync(
      join(dir, 'Dockerfile'),
      '# syntax=docker/dockerfile:1\n\n# build stage\nfrom   node:latest   as build\nRUN npm ci\n\n\nFROM alpine:latest\nENV DB_PASSWORD="Xq7#mP2vL9wK4tRz"\nUSER   root\n',
    );
    const again = json(dir, ['--baseline', 'baseline.json']);
    expect(again.report.findings).toEqual([]);
    expect(again.code).toBe(0);
    expect(again.report.notices.at(-1).message).toBe('baseline baseline.json: 5 known findings hidden, 0 baseline entries no longer match (fixed)');

    // One new violation: exactly one finding.
    writeFileSync(join(dir, 'Dockerfile'), readFileSync(join(dir, 'Dockerfile'), 'utf8').replace('RUN npm ci', 'RUN npm ci\nENV API_TOKEN=9f8e7d6c5b4a39281706f5e4d3c2b1a0'));
    const fresh = json(dir, ['--baseline', 'baseline.json']);
    expect(fresh.report.findings.map((f: any) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`)).toEqual(['6:15 dockerfile/secret-in-env']);
  });

  it('counts fixed entries', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE);
    cli(['scan', '.', '--write-baseline', 'b.json'], { cwd: dir });
    writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE.replace('USER root', 'USER 10001'));
    expect(json(dir, ['--baseline', 'b.json']).report.notices.at(-1).message).toContain('1 baseline entries no longer match (fixed)');
  });

  it('a missing or foreign baseline is a usage error', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE);
    writeFileSync(join(dir, 'x.json'), '{}');
    expect(cli(['.', '--baseline', 'x.json'], { cwd: dir }).code).toBe(2);
    expect(cli(['.', '--baseline', 'nope.json'], { cwd: dir }).code).toBe(2);
  });
});

describe('--since', () => {
  it('reports only findings on lines changed since the ref (and in new files)', () => {
    const dir = tempDir();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 't');
    writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE);
    git('add', '.');
    git('commit', '-qm', 'base');
    writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE.replace('USER root', 'USER root\nENV API_TOKEN=9f8e7d6c5b4a39281706f5e4d3c2b1a0'));
    writeFileSync(join(dir, 'new.Dockerfile'), 'FROM ubuntu\n');
    const r = json(dir, ['--since', 'HEAD']);
    expect(r.report.findings.map((f: any) => `${f.path}:${f.range.start.line} ${f.ruleId}`)).toEqual([
      'Dockerfile:7 dockerfile/secret-in-env',
      'new.Dockerfile:1 dockerfile/missing-healthcheck',
      'new.Dockerfile:1 dockerfile/run-as-non-root',
      'new.Dockerfile:1 dockerfile/no-latest-image',
    ]);
    expect(cli(['.', '--since', 'no-such-ref'], { cwd: dir }).code).toBe(2);
  });
});

describe('baselines on Kubernetes YAML', () => {
  const manifest = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    spec:
      containers:
        - name: app
          image: nginx:latest
          env:
            - name: DB_PASSWORD
              value: "Xq7#mP2vL9wK4tRz"
        - name: sidecar
          image: envoyproxy/envoy:v1.29.1
`;
  // The same objects after a reformat: flow style, other indentation, quotes, comments and a
  // new document above.
  const reformatted = `# shop web tier
---
apiVersion: v1
kind: ConfigMap
metadata: { name: web-config, namespace: shop }
data: { LOG_LEVEL: info }
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, namespace: shop}
spec:
    template:
        spec:
            containers:
            -   name: app
                image: 'nginx:latest'
                env:
                -   {name: DB_PASSWORD, value: 'Xq7#mP2vL9wK4tRz'}
            -   name: sidecar
                image: "envoyproxy/envoy:v1.29.1"
`;

  it('reformatting and inserting lines reports nothing new; one new violation reports exactly one', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'web.yaml'), manifest);
    const written = cli(['scan', '.', '--write-baseline', 'baseline.json'], { cwd: dir });
    expect(written.code).toBe(0);
    const recorded = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8')).findings.length;
    expect(recorded).toBeGreaterThan(10);

    writeFileSync(join(dir, 'web.yaml'), reformatted);
    const after = json(dir, ['--baseline', 'baseline.json']);
    expect(after.report.findings.map((f: any) => f.ruleId)).toEqual([]);
    expect(after.report.notices.at(-1).message).toBe(`baseline baseline.json: ${recorded} known findings hidden, 0 baseline entries no longer match (fixed)`);

    writeFileSync(join(dir, 'web.yaml'), reformatted.replace("                image: 'nginx:latest'", "                image: 'nginx:latest'\n                securityContext: {privileged: true}"));
    const fresh = json(dir, ['--baseline', 'baseline.json']);
    expect(fresh.report.findings.map((f: any) => `${f.range.start.line}:${f.range.start.column} ${f.ruleId}`)).toEqual(['17:47 kubernetes/privileged-container']);
  });
});
