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
