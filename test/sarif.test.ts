import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from './helpers.js';

// The official SARIF 2.1.0 schema, as shipped by Microsoft's SARIF multitool.
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/sarif-multitool-linux/sarif-2.1.0.json'), 'utf8'));
const ajv = new Ajv2020.default({ strict: false, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

function sarifOf(dir: string, args: string[] = []) {
  const r = cli(['scan', '.', '--format', 'sarif', '--output', 'out.sarif', ...args], { cwd: dir });
  expect(r.code).not.toBe(2);
  return JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8'));
}

const DOCKERFILE = `FROM golang:1.22 AS build
RUN go build -o /out ./...

FROM alpine:latest
COPY --from=build /out /app
USER root
`;

describe('SARIF output', () => {
  it('validates against the official SARIF 2.1.0 schema and meets code scanning requirements', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE);
    writeFileSync(join(dir, 'broken.Dockerfile'), 'FROM alpine:3.19\nFORM x\n');
    writeFileSync(join(dir, 'Containerfile'), Buffer.from([0, 1, 2]));
    const log = sarifOf(dir, ['--category', 'iac']);
    const ok = validate(log);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(ok).toBe(true);

    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.automationDetails.id).toBe('iac/');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/$/);

    // Rules carry help text, a help URI, security-severity and policy/artifact tags.
    const rule = run.tool.driver.rules.find((r: any) => r.id === 'dockerfile/run-as-non-root');
    expect(rule.help.text).toContain('Fix:');
    expect(rule.help.markdown).toContain('**Why**');
    expect(rule.helpUri).toMatch(/^https:\/\/.+\/rules\/dockerfile\/run-as-non-root\.md$/);
    expect(rule.properties['security-severity']).toBe('7.0');
    expect(rule.properties.tags).toEqual(['dockerfile', 'policy:non-root', 'security']);
    expect(rule.defaultConfiguration.level).toBe('error');
    for (const r of run.tool.driver.rules) expect(r.properties.tags.some((t: string) => t.startsWith('policy:'))).toBe(true);

    // Results: relative URIs, 1-based regions, rule index, infralint's own fingerprints.
    const latest = run.results.find((r: any) => r.ruleId === 'dockerfile/no-latest-image');
    expect(latest.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'Dockerfile', uriBaseId: '%SRCROOT%' },
      region: { startLine: 4, startColumn: 13, endLine: 4, endColumn: 19 },
    });
    expect(run.tool.driver.rules[latest.ruleIndex].id).toBe('dockerfile/no-latest-image');
    expect(latest.partialFingerprints['infralint/v1']).toMatch(/^[0-9a-f]{32}$/);
    for (const r of run.results) {
      const region = r.locations[0].physicalLocation.region;
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(region.startColumn).toBeGreaterThanOrEqual(1);
    }
    expect(run.results.some((r: any) => r.ruleId === 'infralint/parse-error')).toBe(true);
    expect(run.invocations[0].toolExecutionNotifications[0].message.text).toBe('skipped Containerfile: binary file');
  });

  it('is valid with `results: []` when clean', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'README.md'), 'nothing here');
    const log = sarifOf(dir);
    expect(validate(log)).toBe(true);
    expect(log.runs[0].results).toEqual([]);
  });

  it('keeps every partialFingerprints value when lines are inserted above the findings', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE);
    const before = sarifOf(dir).runs[0].results;
    writeFileSync(join(dir, 'Dockerfile'), `\n\n# a new comment\n\n${DOCKERFILE}`);
    const after = sarifOf(dir).runs[0].results;
    expect(after.map((r: any) => r.locations[0].physicalLocation.region.startLine)).toEqual(
      before.map((r: any) => r.locations[0].physicalLocation.region.startLine + 4),
    );
    expect(after.map((r: any) => r.partialFingerprints)).toEqual(before.map((r: any) => r.partialFingerprints));
    expect(new Set(before.map((r: any) => r.partialFingerprints['infralint/v1'])).size).toBe(before.length);
  });
});

describe('SARIF within GitHub limits', () => {
  it('caps 30,000 findings to the 25,000 most severe, says so, and stays under 10 MB gzipped', async () => {
    const { gzipSync } = await import('node:zlib');
    const dir = tempDir();
    // 29,999 stages FROM :latest (errors) + a final stage with a digest note, healthcheck warning and root error.
    const stages = Array.from({ length: 29_999 }, (_, i) => `FROM node:latest AS s${i}`);
    writeFileSync(join(dir, 'Dockerfile'), `${stages.join('\n')}\nFROM alpine:3.19\nUSER root\n`);
    const log = sarifOf(dir);
    const run = log.runs[0];
    expect(log.runs).toHaveLength(1);
    expect(run.results).toHaveLength(25_000);
    expect(run.results.every((r: any) => r.level === 'error')).toBe(true); // the notes and warnings went first
    const note = run.invocations[0].toolExecutionNotifications.find((n: any) => n.message.text.startsWith('results capped'));
    expect(note.message.text).toContain('30002 findings exceed');
    expect(gzipSync(readFileSync(join(dir, 'out.sarif'))).length).toBeLessThan(10_000_000);
    expect(validate(log)).toBe(true);
  }, 120_000);
});
