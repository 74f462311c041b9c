import { describe, expect, it } from 'vitest';
import { isReferenceOrPlaceholder, isSecretName, secretNameKind } from '../../src/secrets/index.js';

describe('isSecretName', () => {
  it.each([
    'password', 'DB_PASSWORD', 'passwd', 'MYSQL_PWD', 'db_pass', 'secret', 'clientSecret', 'client_secret',
    'token', 'GITHUB_TOKEN', 'authToken', 'api_key', 'apiKey', 'APIKey', 'x-api-key', 'apikey', 'access_key',
    'AWS_SECRET_ACCESS_KEY', 'secret_key', 'private_key', 'privateKey', 'auth', 'credentials', 'credential',
    'passphrase', 'MYSQLPASSWORD', 'encryption_key', 'signing-key', 'Authorization', 'SECRET_KEY_BASE',
  ])('%s names a secret', (key) => expect(isSecretName(key)).toBe(true));

  it.each([
    'token_url', 'password_policy', 'secret_name', 'db_secret_ref', 'passwordFile', 'TOKEN_ENDPOINT', 'keyRef',
    'secretKeyRef', 'POSTGRES_PASSWORD_FILE', 'password_path', 'secretName', 'api_key_id', 'ACCESS_KEY_ID',
    'auth_url', 'TOKEN_ENV', 'existingSecret', 'public_key', 'publishableKey', 'key', 'tls.key', 'passwordKey',
    'password_length', 'token_ttl', 'auth_enabled', 'name', 'image', 'tokenizer', 'bypass', 'secrets', 'max_tokens',
  ])('%s does not', (key) => expect(isSecretName(key)).toBe(false));

  it('says which kind of secret a key names', () => {
    expect(secretNameKind('ADMIN_PASSWORD')).toBe('password');
    expect(secretNameKind('auth_token')).toBe('token');
    expect(secretNameKind('client_secret')).toBe('secret');
    expect(secretNameKind('token_secret_password')).toBe('password');
  });
});

describe('isReferenceOrPlaceholder', () => {
  it.each([
    '${VAR}', '$VAR', '$(cat /run/secrets/x)', '${{ secrets.X }}', '{{ .Values.x }}', 'var.x', 'local.x',
    'data.x.y', '<your-token>', '<PASSWORD>', 'changeme', 'change-me', 'password', 'secret', 'example',
    'dummy', 'test', 'xxxxxxxx', '****', '…', 'REPLACE_ME', 'TODO', 'none', 'null', 'true', 'false', '',
    'AKIAIOSFODNN7' + 'EXAMPLE', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY' + 'EXAMPLEKEY', 'my-placeholder',
    'dummy-value', 'sample', 'your_token_here', 'Bearer ${TOKEN}', '%(password)s', 'ENC[AES256_GCM,data:x]',
  ])('%s is a reference or placeholder', (value) => expect(isReferenceOrPlaceholder(value)).toBe(true));

  it.each(['admin123', 'Zq7Wv2Rt9Lp4Kx8N', 'hunter2', 'p4$$w0rd', 'S3cure-Pass!'])('%s is a literal', (value) =>
    expect(isReferenceOrPlaceholder(value)).toBe(false),
  );
});
