import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers.js';

const PINNED = 'alpine:3.19@sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945';

function scan(files: Record<string, string>, args: string[] = []) {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  const r = cli(['scan', '.', '--format', 'json', ...args], { cwd: dir });
  const report = JSON.parse(r.stdout);
  const show = (f: any) => `${f.path}:${f.range.start.line}:${f.range.start.column} ${f.ruleId}${f.suppression ? ` [suppressed: ${f.suppression.justification}]` : ''}`;
  return { dir, code: r.code, findings: report.findings.map(show) as string[], raw: report.findings };
}

describe('inline suppressions', () => {
  it('Dockerfile: line before, reason kept, finding kept as suppressed', () => {
    const r = scan({
      Dockerfile: `FROM ${PINNED}\nHEALTHCHECK CMD ["true"]\n# infralint-ignore dockerfile/run-as-non-root -- the entrypoint drops privileges with gosu\nUSER root\n`,
    });
    expect(r.findings).toEqual(['Dockerfile:4:6 dockerfile/run-as-non-root [suppressed: the entrypoint drops privileges with gosu]']);
    expect(r.code).toBe(0); // suppressed findings do not fail the scan
  });

  it('file-wide, several ids, until= in the future', () => {
    const r = scan({
      Dockerfile: `# infralint-ignore-file dockerfile/no-latest-image,dockerfile/missing-healthcheck until=2999-01-01 -- legacy image, tracked in OPS-42\nFROM node:latest\nUSER 1\n`,
    });
    expect(r.findings).toEqual([
      'Dockerfile:2:1 dockerfile/missing-healthcheck [suppressed: legacy image, tracked in OPS-42 (until 2999-01-01)]',
      'Dockerfile:2:11 dockerfile/no-latest-image [suppressed: legacy image, tracked in OPS-42 (until 2999-01-01)]',
    ]);
  });

  it('expired, reasonless, unused and unreadable suppressions are findings themselves', () => {
    const r = scan({
      Dockerfile: [
        `FROM node:latest`,
        `# infralint-ignore dockerfile/run-as-non-root until=2020-01-01 -- temporary`,
        `USER root`,
        `# infralint-ignore dockerfile/missing-healthcheck`,
        `HEALTHCHECK NONE`,
        `# infralint-ignore dockerfile/healthcheck-disabled`,
        `HEALTHCHECK NONE`,
        `# infralint-ignore dockerfile/run-as-nonroot -- typo`,
        `RUN true`,
        `# infralint-ignore -- no rule named`,
        `RUN true`,
      ].join('\n'),
    });
    expect(r.findings).toEqual([
      'Dockerfile:1:11 dockerfile/no-latest-image',
      'Dockerfile:2:1 infralint/expired-suppression',
      'Dockerfile:3:6 dockerfile/run-as-non-root',
      'Dockerfile:4:1 infralint/suppression-without-reason',
      'Dockerfile:4:1 infralint/unused-suppression',
      'Dockerfile:6:1 infralint/suppression-without-reason',
      'Dockerfile:7:1 dockerfile/healthcheck-disabled [suppressed: (no reason given)]',
      'Dockerfile:8:1 infralint/unused-suppression',
      'Dockerfile:10:1 infralint/invalid-suppression',
    ]);
    const typo = r.raw.find((f: any) => f.range.start.line === 8);
    expect(typo.message).toContain('unknown rule id, did you mean dockerfile/run-as-non-root?');
  });

  it('HCL: # and // comments, at the end of the line too', () => {
    const config = 'policies:\n  - id: acme/versioning\n    artifact: terraform\n    match: { resourceTypes: [aws_s3_bucket] }\n    assert:\n      - path: versioning.enabled\n        equals: true\n    message: enable versioning\n';
    const r = scan({
      '.infralint.yaml': config,
      'main.tf': [
        'resource "aws_s3_bucket" "a" {',
        '  versioning {',
        '    enabled = false # infralint-ignore acme/versioning -- scratch bucket, emptied nightly',
        '  }',
        '}',
        'resource "aws_s3_bucket" "b" {',
        '  versioning {',
        '    // infralint-ignore acme/versioning -- replicated elsewhere',
        '    enabled = false',
        '  }',
        '}',
        'resource "aws_s3_bucket" "c" {',
        '  versioning {',
        '    enabled = "no" /* a string "# infralint-ignore" is not a comment */',
        '  }',
        '}',
      ].join('\n'),
    });
    expect(r.findings).toEqual([
      'main.tf:3:15 acme/versioning [suppressed: scratch bucket, emptied nightly]',
      'main.tf:9:15 acme/versioning [suppressed: replicated elsewhere]',
      'main.tf:14:15 acme/versioning',
    ]);
  });

  it('SARIF carries suppressions with their justification', () => {
    const r = scan({ Dockerfile: `FROM ${PINNED}\nHEALTHCHECK CMD ["true"]\nUSER root # not a comment in a Dockerfile\n# infralint-ignore dockerfile/run-as-non-root -- needs root for port 80\nUSER root\n` });
    const sarif = JSON.parse(cli(['.', '--format', 'sarif'], { cwd: r.dir }).stdout);
    const result = sarif.runs[0].results.find((x: any) => x.ruleId === 'dockerfile/run-as-non-root');
    expect(result.suppressions).toEqual([{ kind: 'inSource', justification: 'needs root for port 80' }]);
    // Text output hides suppressed findings unless asked.
    expect(cli(['.'], { cwd: r.dir }).stdout).toContain('1 suppressed');
    expect(cli(['.', '--show-suppressed'], { cwd: r.dir }).stdout).toContain('(suppressed: needs root for port 80)');
  });
});

describe('suppressions in YAML kinds', () => {
  const deployment = (annotations: string, podAnnotations = '') => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
${annotations}spec:
  template:
    metadata:
${podAnnotations}      labels: { app: web }
    spec:
      securityContext: { runAsNonRoot: true }
      containers:
        - name: app
          image: registry.example.com/web:1.4.2
          securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: [ALL] } }
          resources: { limits: { cpu: 500m, memory: 256Mi }, requests: { cpu: 100m, memory: 128Mi } }
          readinessProbe: { httpGet: { path: /ready, port: 8080 } }
`;

  it('an infralint.dev/ignore annotation on a Deployment suppresses findings on its container', () => {
    const r = scan({ 'web.yaml': deployment('  annotations:\n    infralint.dev/ignore: "kubernetes/missing-liveness-probe -- batch-like worker, restarts are cheap"\n') }, ['--rule', 'kubernetes/missing-network-policy=off', '--rule', 'kubernetes/image-not-pinned-by-digest=off']);
    expect(r.findings).toEqual(['web.yaml:15:17 kubernetes/missing-liveness-probe [suppressed: batch-like worker, restarts are cheap]']);
  });

  it('…and on the pod template; several exceptions one per line; unused ones are reported', () => {
    const pod = '      annotations:\n        infralint.dev/ignore: |\n          kubernetes/missing-liveness-probe -- sidecar restarts it\n          kubernetes/privileged-container -- not privileged any more\n';
    const r = scan({ 'web.yaml': deployment('', pod) }, ['--rule', 'kubernetes/missing-network-policy=off', '--rule', 'kubernetes/image-not-pinned-by-digest=off']);
    expect(r.findings).toEqual([
      'web.yaml:10:31 infralint/unused-suppression',
      'web.yaml:17:17 kubernetes/missing-liveness-probe [suppressed: sidecar restarts it]',
    ]);
  });

  it('a comment on the line before works in Kubernetes YAML too', () => {
    const text = deployment('').replace('          image: registry', '          # infralint-ignore kubernetes/missing-liveness-probe -- probes live in the mesh\n          image: registry');
    // The missing-probe finding points at the container name (line 13), so the comment must precede that line.
    const moved = text.replace('        - name: app\n          # infralint-ignore kubernetes/missing-liveness-probe -- probes live in the mesh\n', '        # infralint-ignore kubernetes/missing-liveness-probe -- probes live in the mesh\n        - name: app\n');
    const r = scan({ 'web.yaml': moved }, ['--rule', 'kubernetes/missing-network-policy=off', '--rule', 'kubernetes/image-not-pinned-by-digest=off']);
    expect(r.findings).toEqual(['web.yaml:14:17 kubernetes/missing-liveness-probe [suppressed: probes live in the mesh]']);
  });

  it('GitHub Actions: end-of-line comment on a uses: line', () => {
    const workflow = 'on: push\npermissions: { contents: read }\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4 # infralint-ignore github-actions/unpinned-action -- GitHub-owned, tag protected\n';
    const r = scan({ '.github/workflows/ci.yml': workflow });
    expect(r.findings).toEqual(['.github/workflows/ci.yml:7:32 github-actions/unpinned-action [suppressed: GitHub-owned, tag protected]']);
  });
});

describe('declarative policies on YAML kinds', () => {
  it('match Kubernetes kinds, report missing fields on the object name, values on the value', () => {
    const config = [
      'policies:',
      '  - id: acme/team-label',
      '    artifact: kubernetes',
      '    match: { kinds: [Deployment] }',
      '    assert:',
      '      - path: metadata.labels.team',
      '        exists: true',
      '      - path: spec.template.spec.containers[*].image',
      '        matches: "^registry\\\\.example\\\\.com/"',
      '    message: "{{path}} {{expected}}"',
    ].join('\n');
    const manifest = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n        - name: a\n          image: registry.example.com/a:1\n        - name: b\n          image: docker.io/b:1\n';
    const r = scan({ '.infralint.yaml': config, 'web.yaml': manifest });
    const custom = r.raw.filter((f: any) => f.ruleId === 'acme/team-label').map((f: any) => `${f.range.start.line}:${f.range.start.column} ${f.message}`);
    expect(custom).toEqual(['4:9 metadata.labels.team must be set', '12:18 spec.template.spec.containers[*].image must match /^registry\\.example\\.com//']);
  });
});
