import { findTokens, hasKnownTokenShape } from './find-tokens.js';
import { isReferenceOrPlaceholder, stripQuotes } from './placeholders.js';
import { keyWords, secretNameKind, type SecretNameKind } from './secret-names.js';
import { literalConfidence } from './strength.js';
import type { Confidence, SecretVerdict } from './types.js';

const NAMED_LITERAL_REASONS: Record<SecretNameKind, string> = {
  password: 'password-named key with a literal value',
  token: 'token-named key with a literal value',
  secret: 'secret-named key with a literal value',
};

/**
 * Is `value` (bound to `key`, when there is one) a hardcoded secret? Known token formats are
 * recognised under any key; other literals only under a key whose name says secret.
 */
export function classifySecret(input: { key?: string; value: string }): SecretVerdict | undefined {
  const { key, value } = input;
  const tokens = findTokens(value);
  if (tokens.length > 0) return strongest(tokens);
  if (key === undefined) return undefined;
  const kind = secretNameKind(key);
  return kind ? classifyNamedLiteral(key, kind, value) : undefined;
}

function classifyNamedLiteral(key: string, kind: SecretNameKind, value: string): SecretVerdict | undefined {
  const { start, secret } = literalPart(value);
  if (isReferenceOrPlaceholder(secret) || isNotACredential(secret)) return undefined;
  if (secret.toLowerCase() === key.toLowerCase()) return undefined; // HCL `account_key = account_key`
  if (hasKnownTokenShape(secret)) return undefined; // a known format that findTokens ruled out
  const end = start + secret.length;
  if (isAwsSecretKeyName(key) && /^[A-Za-z0-9/+]{40}$/.test(secret)) {
    return { confidence: 'high', reason: 'AWS secret access key', detector: 'aws-secret-access-key', start, end };
  }
  // `auth: oidc`, `auth: basic`: a bare word under "auth" names a method, not a credential.
  if (keyWords(key).join(' ') === 'auth' && /^[a-z]+$/.test(secret)) return undefined;
  const confidence: Confidence = literalConfidence(secret);
  return { confidence, reason: NAMED_LITERAL_REASONS[kind], detector: 'secret-named-key', start, end };
}

/** The value without surrounding blanks, quotes and an HTTP auth scheme (`Bearer …`). */
function literalPart(value: string): { start: number; secret: string } {
  const trimmed = value.trim();
  let start = value.indexOf(trimmed);
  let secret = stripQuotes(trimmed);
  if (secret !== trimmed) start += 1;
  const scheme = /^(?:Bearer|Basic|Token|bearer|basic|token)\s+/.exec(secret);
  if (scheme) {
    start += scheme[0].length;
    secret = secret.slice(scheme[0].length);
  }
  return { start, secret };
}

/** Literal shapes that a secret-named key may hold without holding a credential. */
const NOT_CREDENTIALS: readonly RegExp[] = [
  /^[^A-Za-z0-9]*$/, // structure, not a value: `{`, `[]`, `~`
  /^[+-]?\d+(?:\.\d+)?$/, // numbers
  /^\d+(?:ms|[smhdw])$/, // durations: token_ttl-like values under odd names
  /^(?:true|false|yes|no|on|off)$/i, // booleans
  /^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:\\|file:)/, // file paths
  /^[\w.-]+(?:\/[\w.-]+)*\.(?:pem|key|crt|cer|p12|pfx|json|txt|env|ya?ml|jks|keystore|asc|gpg)$/i,
  /^[a-z][a-z0-9+.-]*:\/\/[^\s@]*$/i, // URLs without credentials (with them, findTokens reports)
  /^(?:sha1|sha256|sha384|sha512|md5):[0-9a-f]+$/i, // digests
  /^\$(?:2[abxy]?|argon2(?:id|i|d)|[156])\$/, // password hashes (bcrypt, argon2, crypt)
  /^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-\S+) /, // public keys
  /^[a-z0-9]+(?:-[a-z0-9]+)*-(?:secrets?|credentials?|creds|tokens?|password|passwords|keys?)$/, // resource names
  /\S+\s+\S+\s+\S+/, // prose: descriptions, not values
  /\n/, // multi-line blobs (key blocks are found by findTokens)
];

function isNotACredential(value: string): boolean {
  return NOT_CREDENTIALS.some((pattern) => pattern.test(value));
}

function isAwsSecretKeyName(key: string): boolean {
  const words = keyWords(key).join(' ');
  return /secret ?access ?key|secretaccesskey|aws secret key/.test(words);
}

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 3, medium: 2, low: 1 };

function strongest(tokens: SecretVerdict[]): SecretVerdict {
  return tokens.reduce((best, token) =>
    CONFIDENCE_RANK[token.confidence] > CONFIDENCE_RANK[best.confidence] ? token : best,
  );
}
