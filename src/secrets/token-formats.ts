import type { Confidence } from './types.js';
import { literalConfidence } from './strength.js';

/**
 * Known credential formats, one entry each. `findTokens` runs an entry's regex only when one of
 * its `anchors` (plain substrings, or one cheap regex where several substrings would cost more)
 * occurs in the text, so a file without any anchor costs a few native substring searches.
 * Anchors with a rare first character are the fastest to search for. Regexes use the `d` flag; a named group `secret` marks the secret
 * part of the match (else the whole match is the secret). Earlier entries win on overlaps.
 */
export interface TokenFormat {
  id: string;
  /** A short phrase for messages; a function when the prefix tells more (`ghp_` vs `ghs_`). */
  reason: string | ((secret: string) => string);
  /** Where the format is documented (kept for maintainers; not printed). */
  docs: string;
  anchors: readonly string[] | RegExp;
  pattern: RegExp;
  confidence: Confidence | ((secret: string, match: RegExpExecArray) => Confidence);
  /** Extra check on a match (checksums, context, known example values). */
  validate?: (secret: string, match: RegExpExecArray, text: string) => boolean;
  /** The format checks placeholders itself (long bodies where generic checks misfire). */
  ownPlaceholderCheck?: boolean;
}

// Word-ish boundaries for token alphabets that include `-` and `_`.
const END = '(?![A-Za-z0-9_-])';

export const TOKEN_FORMATS: readonly TokenFormat[] = [
  {
    id: 'gcp-service-account-key',
    reason: 'GCP service-account private key',
    docs: 'https://cloud.google.com/iam/docs/keys-create-delete (JSON key file: "type": "service_account", "private_key")',
    anchors: ['"private_key"'],
    pattern: /"private_key"\s*:\s*"(?<secret>-----BEGIN PRIVATE KEY-----[^"]{64,}?-----END PRIVATE KEY-----(?:\\n)?)"/dg,
    confidence: 'high',
    validate: (secret, _match, text) => text.includes('service_account') && hasKeyMaterial(secret),
    ownPlaceholderCheck: true,
  },
  {
    id: 'private-key-block',
    reason: 'private key block',
    docs: 'RFC 7468 (PEM textual encoding); OpenSSH PROTOCOL.key; RFC 4880 (PGP armor)',
    anchors: ['-----BEGIN '],
    // The body stops at the next "-----", so a header without its END line costs no rescans.
    pattern: /-----BEGIN (?<kind>(?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----(?<body>(?:[^-]|-(?!----)){1,20000})-----END \k<kind>-----/dg,
    // A passphrase-protected key leaks less than a clear one.
    confidence: (_secret, match) =>
      match.groups?.kind?.startsWith('ENCRYPTED') || match.groups?.body?.includes('ENCRYPTED') ? 'medium' : 'high',
    validate: (secret) => hasKeyMaterial(secret),
    ownPlaceholderCheck: true,
  },
  {
    id: 'aws-access-key-id',
    reason: 'AWS access key id',
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids (AKIA long-term, ASIA temporary)',
    anchors: ['AKIA', 'ASIA'],
    pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/dg,
    confidence: 'high',
  },
  {
    id: 'aws-secret-access-key',
    reason: 'AWS secret access key',
    docs: 'https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html (aws_secret_access_key, 40 characters)',
    anchors: /secret_?access_?key/i,
    pattern: /secret_?access_?key["']?\s*[:=]\s*["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/dgi,
    confidence: 'high',
  },
  {
    id: 'gcp-api-key',
    reason: 'Google API key',
    docs: 'https://cloud.google.com/docs/authentication/api-keys (keys start with AIza, 39 characters)',
    anchors: ['AIza'],
    pattern: new RegExp(`\\bAIza[0-9A-Za-z_-]{35}${END}`, 'dg'),
    confidence: 'high',
  },
  {
    id: 'azure-storage-account-key',
    reason: 'Azure storage account key',
    docs: 'https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string (AccountKey=)',
    anchors: ['AccountKey='],
    pattern: /AccountKey=(?<secret>[A-Za-z0-9+/]{40,}={0,2})/dg,
    confidence: 'high',
    validate: (secret) => !secret.startsWith(AZURITE_KEY_START), // the emulator's published key
  },
  {
    id: 'azure-shared-access-key',
    reason: 'Azure shared access key',
    docs: 'https://learn.microsoft.com/azure/service-bus-messaging/service-bus-sas (SharedAccessKey= in connection strings)',
    anchors: ['SharedAccessKey='],
    pattern: /SharedAccessKey=(?<secret>[A-Za-z0-9+/]{40,}={0,2})/dg,
    confidence: 'high',
  },
  {
    id: 'github-token',
    reason: (secret) => GITHUB_TOKEN_KINDS[secret.slice(0, 4)] ?? 'GitHub personal access token',
    docs: 'https://docs.github.com/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats',
    anchors: /gh[pousr]_|github_pat_/,
    pattern: new RegExp(`\\b(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})${END}`, 'dg'),
    confidence: 'high',
  },
  {
    id: 'gitlab-token',
    reason: 'GitLab token',
    docs: 'https://docs.gitlab.com/security/tokens/#token-prefixes',
    anchors: ['gl', 'GR1348941'],
    pattern: new RegExp(
      `\\b(?:(?:glpat|gldt|glrt|glptt|gloas|glft|glsoat)-|GR1348941)[A-Za-z0-9_-]{20,}(?:\\.[A-Za-z0-9_-]+)*${END}`,
      'dg',
    ),
    confidence: 'high',
  },
  {
    id: 'slack-token',
    reason: 'Slack token',
    docs: 'https://api.slack.com/concepts/token-types (xoxb-, xoxp-, xoxa-, xoxr-, xoxs-, xapp-)',
    anchors: ['xox', 'xapp-'],
    pattern: new RegExp(`\\b(?:xox[baprs]-[0-9]+-[0-9A-Za-z-]{8,}|xapp-\\d-[A-Z0-9]+-\\d+-[a-z0-9]{16,})${END}`, 'dg'),
    confidence: 'high',
  },
  {
    id: 'slack-webhook',
    reason: 'Slack webhook URL',
    docs: 'https://api.slack.com/messaging/webhooks (https://hooks.slack.com/services/T…/B…/…)',
    anchors: ['hooks.slack.com/'],
    pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_]+\/[A-Za-z0-9_]+\/[A-Za-z0-9_/]{16,}/dg,
    confidence: 'high',
  },
  {
    id: 'stripe-live-key',
    reason: (secret) => (secret.startsWith('rk_') ? 'Stripe live restricted key' : 'Stripe live secret key'),
    docs: 'https://docs.stripe.com/keys (sk_live_ secret keys, rk_live_ restricted keys)',
    anchors: ['k_live_'],
    pattern: /\b[sr]k_live_[A-Za-z0-9]{20,247}\b/dg,
    confidence: 'high',
  },
  {
    id: 'npm-token',
    reason: 'npm access token',
    docs: 'https://github.blog/security/vulnerability-research/behind-githubs-new-authentication-token-formats/ (npm_ + 36)',
    anchors: ['npm_'],
    pattern: /\bnpm_[A-Za-z0-9]{36}\b/dg,
    confidence: 'high',
  },
  {
    id: 'anthropic-api-key',
    reason: 'Anthropic API key',
    docs: 'https://docs.anthropic.com/en/api/getting-started (keys start with sk-ant-)',
    anchors: ['sk-'],
    pattern: new RegExp(`\\bsk-ant-[a-z]+\\d*-[A-Za-z0-9_-]{32,}${END}`, 'dg'),
    confidence: 'high',
  },
  {
    id: 'openai-api-key',
    reason: 'OpenAI API key',
    docs: 'https://platform.openai.com/docs/api-reference/authentication (sk-, sk-proj-, sk-svcacct-, sk-admin-)',
    anchors: ['sk-'],
    pattern: new RegExp(`\\bsk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}|[A-Za-z0-9]{48})${END}`, 'dg'),
    confidence: 'high',
    validate: (secret) => /[A-Z]/.test(secret) && /[a-z]/.test(secret) && /[0-9]/.test(secret),
  },
  {
    id: 'jwt',
    reason: 'JSON Web Token',
    docs: 'RFC 7519 (header.payload.signature, base64url; a JSON header starts with eyJ)',
    anchors: ['eyJ'],
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/dg,
    confidence: 'high',
    validate: (secret) => isSignedJwt(secret),
  },
  {
    id: 'url-credentials',
    reason: 'credentials inside a URL',
    docs: 'RFC 3986 §3.2.1 (userinfo; "user:password" is deprecated)',
    anchors: ['://'],
    pattern: /:\/\/(?<user>[^\s:@/?#'"`<>\\]*):(?<secret>[^\s@/?#'"`<>\\]+)@(?<host>[^\s@/?#'"`<>\\:]+)/dg,
    confidence: (secret) => literalConfidence(secret),
    // `docker://alpine:3.19@sha256:…` is an image pinned by digest, not user:password@host.
    validate: (secret, match, text) => hasScheme(text, match.index) && !/example/i.test(match.groups?.host ?? '') && !/^sha(256|384|512)$/i.test(match.groups?.host ?? ''),
  },
  {
    id: 'connection-string-password',
    reason: 'password inside a connection string',
    docs: 'https://learn.microsoft.com/dotnet/framework/data/adonet/connection-string-syntax (Password= / Pwd=)',
    anchors: ['word=', 'WORD=', 'wd=', 'WD='],
    pattern: /(?:^|[;"'\s])(?:Password|password|PASSWORD|Pwd|pwd|PWD)=(?<secret>[^;"'\s]+)/dg,
    confidence: (secret) => literalConfidence(secret),
    validate: (_secret, match, text) => isConnectionString(text, match.index),
  },
];

/** GitHub token prefixes; `github_pat_` (fine-grained) falls back to "personal access token". */
const GITHUB_TOKEN_KINDS: Partial<Record<string, string>> = {
  ghp_: 'GitHub personal access token',
  gho_: 'GitHub OAuth access token',
  ghu_: 'GitHub user-to-server token',
  ghs_: 'GitHub App installation token',
  ghr_: 'GitHub refresh token',
};

const AZURITE_KEY_START = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1'; // public, documented emulator key

/** A real key block carries a long run of base64; placeholders carry "..." or a template. */
function hasKeyMaterial(block: string): boolean {
  if (/\.\.\.|…|\{\{|\$\{|example/i.test(block)) return false;
  const body = block.replace(/-----[^-]+-----/g, '').replace(/\\[nr]/g, '\n');
  const base64 = body
    .split('\n')
    .filter((line) => !line.includes(':')) // Proc-Type:, DEK-Info: headers
    .join('')
    .replace(/\s/g, '');
  return /^[A-Za-z0-9+/=]{64,}$/.test(base64) && new Set(base64).size > 16;
}

/** A JWT whose header decodes to JSON with an algorithm, and not the jwt.io sample. */
function isSignedJwt(token: string): boolean {
  const [header, payload] = token.split('.');
  try {
    const parsedHeader = JSON.parse(Buffer.from(header!, 'base64url').toString('utf8')) as unknown;
    const alg = (parsedHeader as { alg?: unknown } | null)?.alg;
    if (typeof alg !== 'string' || alg === 'none') return false;
    return !Buffer.from(payload!, 'base64url').toString('utf8').includes('John Doe');
  } catch {
    return false;
  }
}

/** `://` at `index` follows a URL scheme such as `postgres` or `mongodb+srv`. */
function hasScheme(text: string, index: number): boolean {
  return /[A-Za-z][A-Za-z0-9+.-]+$/.test(text.slice(Math.max(0, index - 32), index));
}

/** `Password=` is part of a `key=value;` connection string, not a shell flag. */
function isConnectionString(text: string, index: number): boolean {
  // Look at the same line, at most 300 characters each side (minified files have long lines).
  const lineStart = Math.max(text.lastIndexOf('\n', index) + 1, index - 300);
  const lineEnd = text.indexOf('\n', index);
  const line = text.slice(lineStart, Math.min(lineEnd === -1 ? text.length : lineEnd, index + 300));
  return /(?:server|data source|host|user id|uid|user|username|database|initial catalog)\s*=[^;]*;/i.test(line);
}
