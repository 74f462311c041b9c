import { describe, expect, it } from 'vitest';
import { findTokens } from '../../src/secrets/index.js';
import { fake } from './fake-tokens.js';

/** The offsets of `needle` in `text`, as findTokens should report them. */
function spanOf(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  if (start === -1) throw new Error('needle not in text');
  return { start, end: start + needle.length };
}

describe('findTokens', () => {
  it('reports exact offsets of tokens in a YAML file', () => {
    const awsId = fake.awsKeyId();
    const github = fake.github('ghp');
    const text = `env:\n  - name: AWS_ACCESS_KEY_ID\n    value: ${awsId}\n  - name: GH\n    value: "${github}"\n`;
    expect(findTokens(text)).toEqual([
      { ...spanOf(text, awsId), reason: 'AWS access key id', detector: 'aws-access-key-id', confidence: 'high' },
      { ...spanOf(text, github), reason: 'GitHub personal access token', detector: 'github-token', confidence: 'high' },
    ]);
  });

  it('covers a multi-line PEM block from BEGIN to END', () => {
    const pem = fake.pem('RSA PRIVATE KEY', 5);
    const text = `data:\n  key: |\n    ${pem.replace(/\n/g, '\n    ')}\n  other: 1\n`;
    const indentedPem = pem.replace(/\n/g, '\n    ');
    const [match, ...rest] = findTokens(text);
    expect(rest).toEqual([]);
    expect(match).toEqual({ ...spanOf(text, indentedPem), reason: 'private key block', detector: 'private-key-block', confidence: 'high' });
    expect(text.slice(match!.start, match!.end).startsWith('-----BEGIN RSA PRIVATE KEY-----')).toBe(true);
    expect(text.slice(match!.start, match!.end).endsWith('-----END RSA PRIVATE KEY-----')).toBe(true);
  });

  it('finds two key blocks in one file separately', () => {
    const first = fake.pem('EC PRIVATE KEY', 3);
    const second = fake.pem('OPENSSH PRIVATE KEY', 4);
    const text = `a: |\n${first}\nb: |\n${second}\n`;
    expect(findTokens(text).map(({ start, end }) => ({ start, end }))).toEqual([spanOf(text, first), spanOf(text, second)]);
  });

  it('points at the password of a URL with credentials, not the whole URL', () => {
    const password = fake.urlPassword(16);
    const text = `DATABASE_URL=postgres://app:${password}@db.internal:5432/app?sslmode=require\n`;
    expect(findTokens(text)).toEqual([
      { ...spanOf(text, password), reason: 'credentials inside a URL', detector: 'url-credentials', confidence: 'medium' },
    ]);
  });

  it('gives a GitHub token inside a URL one finding, as a GitHub token', () => {
    const token = fake.github('ghs');
    const text = `git clone https://x-access-token:${token}@github.com/org/repo.git`;
    expect(findTokens(text)).toEqual([
      { ...spanOf(text, token), reason: 'GitHub App installation token', detector: 'github-token', confidence: 'high' },
    ]);
  });

  it('pairs an AWS secret key with the access key id next to it', () => {
    const id = fake.awsKeyId();
    const secret = fake.awsSecretKey();
    const text = `credentials:\n  id: ${id}\n  key: ${secret}\n`;
    expect(findTokens(text).map((m) => [m.detector, text.slice(m.start, m.end)])).toEqual([
      ['aws-access-key-id', id],
      ['aws-secret-access-key', secret],
    ]);
  });

  it('finds a GCP service-account key inside its JSON, as one finding', () => {
    const json = fake.gcpServiceAccountJson();
    const matches = findTokens(json);
    expect(matches).toHaveLength(1);
    expect(matches[0]!.detector).toBe('gcp-service-account-key');
    expect(json.slice(matches[0]!.start, matches[0]!.end)).toMatch(/^-----BEGIN PRIVATE KEY-----.*-----END PRIVATE KEY-----\\n$/);
  });

  it('does not flag generic high-entropy strings, hashes or placeholders', () => {
    const text = [
      `checksum: ${fake.hex(64)}`,
      `blob: ${fake.base64(120)}`,
      `secret: ${fake.awsSecretKey()}`, // no access key id anywhere near
      `image: nginx@sha256:${fake.hex(64)}`,
      'url: postgres://user:${DB_PASSWORD}@db/app',
      'url: https://user:$PASS@host/x',
      'token: ghp_' + 'x'.repeat(36),
      'key: AKIAIOSFODNN7' + 'EXAMPLE',
      'ssh: ssh://git@github.com/org/repo',
      'http: http://localhost:8080/health',
    ].join('\n');
    expect(findTokens(text)).toEqual([]);
  });

  it('names the kind of GitHub and Stripe key from its prefix', () => {
    const reasons = (text: string) => findTokens(text).map((m) => m.reason);
    expect(reasons(fake.github('gho'))).toEqual(['GitHub OAuth access token']);
    expect(reasons(fake.githubFineGrained())).toEqual(['GitHub personal access token']);
    expect(reasons(fake.stripe('rk'))).toEqual(['Stripe live restricted key']);
  });

  it('returns matches sorted by offset', () => {
    const text = `${fake.npm()} ${fake.googleApiKey()} ${fake.slackBot()} ${fake.stripe('sk')}`;
    const starts = findTokens(text).map((m) => m.start);
    expect(starts).toHaveLength(4);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
});
