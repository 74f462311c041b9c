import { describe, expect, it } from 'vitest';
import { classifySecret } from '../../src/secrets/index.js';
import { CLASSIFY_CASES } from './classify-cases.js';

const secretCases = CLASSIFY_CASES.filter((c) => c.secret);
const passCases = CLASSIFY_CASES.filter((c) => !c.secret);
const reported = (c: (typeof CLASSIFY_CASES)[number]) => classifySecret({ key: c.key, value: c.value }) !== undefined;

describe('classifySecret: labelled cases', () => {
  it('has a table of at least 150 cases, both halves well filled', () => {
    expect(CLASSIFY_CASES.length).toBeGreaterThanOrEqual(150);
    expect(secretCases.length).toBeGreaterThanOrEqual(60);
    expect(passCases.length).toBeGreaterThanOrEqual(60);
  });

  it('reaches zero false positives and recall >= 0.95', () => {
    const truePositives = secretCases.filter(reported);
    const falsePositives = passCases.filter(reported);
    const precision = truePositives.length / (truePositives.length + falsePositives.length);
    const recall = truePositives.length / secretCases.length;
    console.log(
      `classifySecret: ${CLASSIFY_CASES.length} cases, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} ` +
        `(${truePositives.length}/${secretCases.length} secrets found, ${falsePositives.length}/${passCases.length} false positives)`,
    );
    const missed = secretCases.filter((c) => !reported(c)).map((c) => c.label);
    if (missed.length > 0) console.log('missed:', missed);
    expect(falsePositives.map((c) => c.label)).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.95);
  });

  it.each(secretCases.map((c) => [c.label, c] as const))('%s', (_label, c) => {
    const verdict = classifySecret({ key: c.key, value: c.value });
    if (!verdict) return; // counted by the recall test above
    expect(verdict.start).toBeGreaterThanOrEqual(0);
    expect(verdict.end).toBeLessThanOrEqual(c.value.length);
    expect(verdict.end).toBeGreaterThan(verdict.start);
    if (c.part !== undefined) expect(c.value.slice(verdict.start, verdict.end)).toBe(c.part);
    if (c.detector !== undefined) expect(verdict.detector).toBe(c.detector);
    if (c.confidence !== undefined) expect(verdict.confidence).toBe(c.confidence);
  });
});

describe('classifySecret: verdict details', () => {
  it('names the secret-named key kind in the reason', () => {
    expect(classifySecret({ key: 'DB_PASSWORD', value: 'admin123' })).toEqual({
      confidence: 'low',
      reason: 'password-named key with a literal value',
      detector: 'secret-named-key',
      start: 0,
      end: 8,
    });
    expect(classifySecret({ key: 'API_TOKEN', value: 'q8Zr2Lx9Vw4Nt7Kp3Hs6Jd1F' })?.reason).toBe(
      'token-named key with a literal value',
    );
    expect(classifySecret({ key: 'client_secret', value: 'q8Zr2Lx9Vw4Nt7Kp3Hs6Jd1F' })?.reason).toBe(
      'secret-named key with a literal value',
    );
  });

  it('grades named literals by entropy and character classes', () => {
    expect(classifySecret({ key: 'password', value: 'admin123' })?.confidence).toBe('low');
    expect(classifySecret({ key: 'password', value: 'Xk2-pR7q9Lm4' })?.confidence).toBe('medium');
    expect(classifySecret({ key: 'password', value: 'Xk2-pR7q9Lm4$Tz8Wv1!Yb6N' })?.confidence).toBe('high');
    expect(classifySecret({ key: 'storage_account_key', value: 'diaglogs_region1' })?.confidence).toBe('low');
  });

  it('points at the password part of a URL', () => {
    const value = 'postgres://app:' + 'Zq7Wv2Rt9Lp4' + '@db.internal/app'; // split: no credential-shaped literal in the repo
    const verdict = classifySecret({ value });
    expect(verdict && value.slice(verdict.start, verdict.end)).toBe('Zq7Wv2Rt9Lp4');
    expect(verdict?.reason).toBe('credentials inside a URL');
  });

  it('skips surrounding blanks and quotes in the offsets', () => {
    const verdict = classifySecret({ key: 'token', value: '  "Zq7Wv2Rt9Lp4Kx8N"  ' });
    expect(verdict).toMatchObject({ start: 3, end: 19 });
  });

  it('reports a known token format under any key, a plain literal only under a secret name', () => {
    expect(classifySecret({ key: 'greeting', value: 'Zq7Wv2Rt9Lp4Kx8N' })).toBeUndefined();
    expect(classifySecret({ value: 'Zq7Wv2Rt9Lp4Kx8N' })).toBeUndefined();
  });
});
