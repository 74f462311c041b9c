/**
 * Does a key's name say it holds a credential? Keys are split into lower-case words
 * (`DB_PASSWORD`, `clientSecret`, `x-api-key`, `tls.key` → words) and judged on the words.
 */

export type SecretNameKind = 'password' | 'token' | 'secret';

/** Words that alone name a credential. */
const SECRET_WORDS = new Map<string, SecretNameKind>([
  ['password', 'password'], ['passwd', 'password'], ['pwd', 'password'], ['pass', 'password'],
  ['passphrase', 'password'], ['secret', 'secret'], ['token', 'token'], ['apikey', 'secret'],
  ['credential', 'secret'], ['credentials', 'secret'], ['creds', 'secret'], ['auth', 'secret'],
  ['authorization', 'secret'], ['bearer', 'token'], ['sas', 'token'],
]);

/** A word ending like this names a credential too: `MYSQLPASSWORD`, `authtoken`, `secretkey`. */
const SECRET_WORD_ENDINGS: [string, SecretNameKind][] = [
  ['password', 'password'], ['passwd', 'password'], ['secret', 'secret'], ['token', 'token'],
  ['apikey', 'secret'], ['accesskey', 'secret'], ['secretkey', 'secret'], ['privatekey', 'secret'],
];

/** `<word> key` pairs that name a credential (`api_key`, `ACCESS_KEY`, `signingKey`, …). */
const KEY_QUALIFIERS = new Set([
  'api', 'access', 'secret', 'private', 'signing', 'encryption', 'master', 'account', 'shared', 'app',
  'auth', 'storage', 'hmac', 'session',
]);

/**
 * A last word that makes the key describe a secret instead of holding one: `token_url`,
 * `password_policy`, `secret_name`, `passwordFile`, `TOKEN_ENDPOINT`, `keyRef`, …
 */
const DESCRIBING_LAST_WORDS = new Set([
  'file', 'files', 'path', 'paths', 'dir', 'name', 'names', 'id', 'ids', 'url', 'urls', 'uri', 'ref',
  'refs', 'env', 'endpoint', 'endpoints', 'policy', 'policies', 'length', 'len', 'size', 'type', 'kind',
  'mode', 'method', 'enabled', 'enable', 'disabled', 'required', 'ttl', 'lifetime', 'expiry', 'expires',
  'expiration', 'version', 'arn', 'hash', 'digest', 'format', 'prefix', 'suffix', 'field', 'header',
  'keys', 'regex', 'pattern', 'rotation', 'count', 'min', 'max', 'duration', 'timeout', 'location',
  'source', 'provider', 'template', 'selector', 'label', 'labels', 'annotation', 'annotations',
  'command', 'cmd', 'script', 'issuer', 'audience', 'scope', 'scopes', 'store', 'backend', 'engine',
  'manager', 'vault', 'mount', 'volume', 'namespace', 'parameter', 'param', 'output', 'days', 'hours',
  'minutes', 'seconds', 'at', 'strength', 'complexity', 'history', 'algorithm', 'bits', 'var',
  'variable', 'key', 'keyring', 'secretref', 'keyref',
]);

/** Words anywhere in the key that rule it out: public and publishable keys are meant to be seen. */
const DISQUALIFYING_WORDS = new Set(['public', 'publishable', 'existing', 'pub']);

export function keyWords(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2') // clientSecret → client Secret
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2') // APIKey → API Key
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
}

/** What kind of credential the key names, or undefined when it does not name one. */
export function secretNameKind(key: string): SecretNameKind | undefined {
  const words = keyWords(key);
  if (words.length === 0 || words.some((word) => DISQUALIFYING_WORDS.has(word))) return undefined;
  const last = words[words.length - 1]!;
  // `api_key` ends in "key", which alone would be too generic to count.
  if (last === 'key' && words.length >= 2 && KEY_QUALIFIERS.has(words[words.length - 2]!)) return 'secret';
  if (DESCRIBING_LAST_WORDS.has(last)) return undefined;
  let kind: SecretNameKind | undefined;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const found =
      SECRET_WORDS.get(word) ??
      SECRET_WORD_ENDINGS.find(([ending]) => word.endsWith(ending))?.[1] ??
      (word === 'key' && i > 0 && KEY_QUALIFIERS.has(words[i - 1]!) ? 'secret' : undefined);
    // The most specific kind wins for the message: password over token over secret.
    if (found === 'password' || (found === 'token' && kind !== 'password') || (found && !kind)) kind = found;
  }
  return kind;
}

/** True when the key's name says it holds a credential (`DB_PASSWORD`, `client_secret`, `apiKey`). */
export function isSecretName(key: string): boolean {
  return secretNameKind(key) !== undefined;
}
