import { fake, randomOf } from './fake-tokens.js';

/**
 * Labelled key/value cases for classifySecret. `secret: true` cases must be reported (recall);
 * `secret: false` cases must not (precision). `part` is the exact secret part when it is not
 * the whole value, `detector` the expected detector when it matters.
 */
export interface ClassifyCase {
  label: string;
  key?: string;
  value: string;
  secret: boolean;
  part?: string;
  detector?: string;
  confidence?: 'high' | 'medium' | 'low';
}

const awsId = fake.awsKeyId();
const awsSecret = fake.awsSecretKey();
const ghToken = fake.github('ghs');
const pgPassword = fake.urlPassword(18);
const azureKey = fake.azureAccountKey();
const connPassword = fake.password(16);
const bearer = fake.hex(40);
const EXAMPLE_AWS_ID = 'AKIAIOSFODNN7' + 'EXAMPLE';
const EXAMPLE_AWS_SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCY' + 'EXAMPLEKEY';
const AZURITE_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1' + 'OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const JWT_IO_SAMPLE =
  Buffer.from('{"alg":"HS256","typ":"JWT"}').toString('base64url') + '.' +
  Buffer.from('{"sub":"1234567890","name":"John Doe","iat":1516239022}').toString('base64url') + '.' +
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';

const secrets: ClassifyCase[] = [
  // AWS
  { label: 'AWS access key id under its usual key', key: 'aws_access_key_id', value: fake.awsKeyId(), secret: true, detector: 'aws-access-key-id' },
  { label: 'AWS access key id in an env var', key: 'AWS_ACCESS_KEY_ID', value: fake.awsKeyId(), secret: true, detector: 'aws-access-key-id' },
  { label: 'AWS temporary key id (ASIA)', key: 'accessKeyId', value: fake.awsKeyId('AS' + 'IA'), secret: true, detector: 'aws-access-key-id' },
  { label: 'AWS access key id with no key', value: fake.awsKeyId(), secret: true, detector: 'aws-access-key-id' },
  { label: 'AWS access key id under a neutral key', key: 'value', value: fake.awsKeyId(), secret: true },
  { label: 'AWS secret key under aws_secret_access_key', key: 'aws_secret_access_key', value: fake.awsSecretKey(), secret: true, detector: 'aws-secret-access-key', confidence: 'high' },
  { label: 'AWS secret key in an env var', key: 'AWS_SECRET_ACCESS_KEY', value: fake.awsSecretKey(), secret: true, detector: 'aws-secret-access-key' },
  { label: 'AWS secret key camelCase', key: 'secretAccessKey', value: fake.awsSecretKey(), secret: true, detector: 'aws-secret-access-key' },
  { label: 'AWS credentials file text', value: `[default]\naws_access_key_id = ${awsId}\naws_secret_access_key = ${awsSecret}\n`, secret: true },
  { label: 'AWS secret key next to its id, no key name', value: `${awsId} ${awsSecret}`, secret: true },
  // Google
  { label: 'GCP service-account JSON', key: 'credentials', value: fake.gcpServiceAccountJson(), secret: true, detector: 'gcp-service-account-key' },
  { label: 'GCP service-account JSON under a neutral key', key: 'sa.json', value: fake.gcpServiceAccountJson(), secret: true, detector: 'gcp-service-account-key' },
  { label: 'Google API key', key: 'GOOGLE_API_KEY', value: fake.googleApiKey(), secret: true, detector: 'gcp-api-key' },
  { label: 'Google API key under a neutral key', key: 'maps', value: fake.googleApiKey(), secret: true, detector: 'gcp-api-key' },
  { label: 'Google API key in a URL query', value: 'https://maps.googleapis.com/maps/api/js?key=' + fake.googleApiKey(), secret: true, detector: 'gcp-api-key' },
  // Azure
  { label: 'Azure storage connection string', key: 'AZURE_STORAGE_CONNECTION_STRING', value: `DefaultEndpointsProtocol=https;AccountName=prodlogs;AccountKey=${azureKey};EndpointSuffix=core.windows.net`, secret: true, part: azureKey, detector: 'azure-storage-account-key' },
  { label: 'Azure storage key alone in a connection string, neutral key', key: 'conn', value: `AccountName=x;AccountKey=${fake.azureAccountKey()}`, secret: true },
  { label: 'Azure Service Bus shared access key', key: 'ServiceBusConnection', value: `Endpoint=sb://bus.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${fake.azureSharedAccessKey()}`, secret: true, detector: 'azure-shared-access-key' },
  // GitHub
  { label: 'GitHub classic PAT', key: 'GH_TOKEN', value: fake.github('ghp'), secret: true, detector: 'github-token' },
  { label: 'GitHub OAuth token', key: 'token', value: fake.github('gho'), secret: true, detector: 'github-token' },
  { label: 'GitHub user-to-server token', key: 'x', value: fake.github('ghu'), secret: true, detector: 'github-token' },
  { label: 'GitHub installation token', value: fake.github('ghs'), secret: true, detector: 'github-token' },
  { label: 'GitHub refresh token', key: 'refresh', value: fake.github('ghr'), secret: true, detector: 'github-token' },
  { label: 'GitHub fine-grained PAT', key: 'GITHUB_PAT', value: fake.githubFineGrained(), secret: true, detector: 'github-token' },
  { label: 'GitHub token inside a clone URL', key: 'repo', value: `https://x-access-token:${ghToken}@github.com/org/repo.git`, secret: true, part: ghToken, detector: 'github-token' },
  // GitLab
  { label: 'GitLab PAT', key: 'GITLAB_TOKEN', value: fake.gitlab(), secret: true, detector: 'gitlab-token' },
  { label: 'GitLab PAT under a neutral key', key: 'value', value: fake.gitlab(), secret: true, detector: 'gitlab-token' },
  { label: 'GitLab deploy token', key: 'deploy', value: fake.gitlab('gl' + 'dt-'), secret: true, detector: 'gitlab-token' },
  { label: 'GitLab runner token', key: 'runner', value: fake.gitlab('gl' + 'rt-'), secret: true, detector: 'gitlab-token' },
  { label: 'GitLab runner registration token', key: 'registration', value: 'GR1348' + '941' + randomOf('abcdefghijkABCDEFGH0123456789', 20), secret: true, detector: 'gitlab-token' },
  // Slack
  { label: 'Slack bot token', key: 'SLACK_BOT_TOKEN', value: fake.slackBot(), secret: true, detector: 'slack-token' },
  { label: 'Slack user token', key: 'slack', value: fake.slackUser(), secret: true, detector: 'slack-token' },
  { label: 'Slack app-level token', key: 'app', value: fake.slackApp(), secret: true, detector: 'slack-token' },
  { label: 'Slack webhook URL', key: 'SLACK_WEBHOOK_URL', value: fake.slackWebhook(), secret: true, detector: 'slack-webhook' },
  { label: 'Slack webhook URL in a curl line', value: `curl -X POST ${fake.slackWebhook()} -d @msg.json`, secret: true, detector: 'slack-webhook' },
  // Payments, registries, AI
  { label: 'Stripe live secret key', key: 'STRIPE_SECRET_KEY', value: fake.stripe('sk'), secret: true, detector: 'stripe-live-key' },
  { label: 'Stripe restricted live key', key: 'stripe', value: fake.stripe('rk'), secret: true, detector: 'stripe-live-key' },
  { label: 'npm token', key: 'NPM_TOKEN', value: fake.npm(), secret: true, detector: 'npm-token' },
  { label: 'npm token in .npmrc line', value: '//registry.npmjs.org/:_authToken=' + fake.npm(), secret: true, detector: 'npm-token' },
  { label: 'OpenAI project key', key: 'OPENAI_API_KEY', value: fake.openaiProject(), secret: true, detector: 'openai-api-key' },
  { label: 'OpenAI legacy key', key: 'openai', value: fake.openaiLegacy(), secret: true, detector: 'openai-api-key' },
  { label: 'OpenAI service-account key', key: 'llm', value: fake.openaiServiceAccount(), secret: true, detector: 'openai-api-key' },
  { label: 'Anthropic key', key: 'ANTHROPIC_API_KEY', value: fake.anthropic(), secret: true, detector: 'anthropic-api-key' },
  { label: 'Anthropic key under a neutral key', key: 'model', value: fake.anthropic(), secret: true, detector: 'anthropic-api-key' },
  // JWT and keys
  { label: 'JWT', key: 'SERVICE_TOKEN', value: fake.jwt(), secret: true, detector: 'jwt' },
  { label: 'JWT under a neutral key', key: 'header', value: fake.jwt({ sub: 'ci', aud: 'api', exp: 1893456000 }), secret: true, detector: 'jwt' },
  { label: 'RSA private key', key: 'tls.key', value: fake.pem(), secret: true, detector: 'private-key-block' },
  { label: 'EC private key', key: 'key', value: fake.pem('EC PRIVATE KEY', 3), secret: true, detector: 'private-key-block' },
  { label: 'PKCS#8 private key', key: 'signing', value: fake.pem('PRIVATE KEY'), secret: true, detector: 'private-key-block' },
  { label: 'OpenSSH private key', key: 'ssh_private_key', value: fake.pem('OPENSSH PRIVATE KEY', 7), secret: true, detector: 'private-key-block' },
  { label: 'encrypted private key (medium)', key: 'key.pem', value: fake.pem('ENCRYPTED PRIVATE KEY'), secret: true, detector: 'private-key-block', confidence: 'medium' },
  { label: 'PGP private key block', key: 'gpg', value: fake.pem('PGP PRIVATE KEY BLOCK', 10), secret: true, detector: 'private-key-block' },
  { label: 'private key with escaped newlines', key: 'PRIVATE_KEY', value: fake.pem().replace(/\n/g, '\\n'), secret: true, detector: 'private-key-block' },
  // URLs
  { label: 'postgres URL with password', key: 'DATABASE_URL', value: `postgres://app:${pgPassword}@db.internal:5432/app`, secret: true, part: pgPassword, detector: 'url-credentials' },
  { label: 'mysql URL with password', key: 'dsn', value: `mysql://root:${fake.urlPassword(14)}@mysql:3306/shop`, secret: true, detector: 'url-credentials' },
  { label: 'mongodb+srv URL with password', key: 'MONGO_URI', value: `mongodb+srv://svc:${fake.urlPassword(24)}@cluster0.abcde.mongodb.net/prod`, secret: true, detector: 'url-credentials' },
  { label: 'redis URL with password only', key: 'REDIS_URL', value: `redis://:${fake.urlPassword(32)}@cache:6379/0`, secret: true, detector: 'url-credentials' },
  { label: 'amqp URL with password', key: 'broker', value: `amqp://rabbit:${fake.urlPassword(12)}@mq/vhost`, secret: true, detector: 'url-credentials' },
  { label: 'https URL with weak password (low)', key: 'registry', value: 'https://deploy:' + 'hunter2' + '@registry.internal/v2/', secret: true, detector: 'url-credentials', confidence: 'low' },
  { label: 'ADO.NET connection string password', key: 'ConnectionStrings__Default', value: `Server=tcp:sql.internal,1433;Database=shop;User ID=app;Password=${connPassword};Encrypt=True;`, secret: true, part: connPassword, detector: 'connection-string-password' },
  { label: 'ODBC-style Pwd', value: `Driver={ODBC Driver 18};Server=db;Uid=sa;Pwd=${fake.password(15)};`, secret: true, detector: 'connection-string-password' },
  // Secret-named keys with literal values
  { label: 'DB_PASSWORD strong literal', key: 'DB_PASSWORD', value: fake.password(24), secret: true, detector: 'secret-named-key' },
  { label: 'MYSQL_ROOT_PASSWORD weak literal (low)', key: 'MYSQL_ROOT_PASSWORD', value: 'admin123', secret: true, confidence: 'low' },
  { label: 'POSTGRES_PASSWORD weak word', key: 'POSTGRES_PASSWORD', value: 'postgres', secret: true },
  { label: 'GF admin password', key: 'GF_SECURITY_ADMIN_PASSWORD', value: 'Tr0ub4dor&3', secret: true },
  { label: 'clientSecret', key: 'clientSecret', value: randomOf('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789~._-', 40), secret: true },
  { label: 'client_secret HCL style', key: 'client_secret', value: fake.password(34), secret: true },
  { label: 'api_key hex', key: 'api_key', value: fake.hex(32), secret: true, confidence: 'medium' },
  { label: 'apiKey', key: 'apiKey', value: fake.base64(32), secret: true },
  { label: 'x-api-key header', key: 'x-api-key', value: fake.hex(40), secret: true },
  { label: 'JWT_SECRET', key: 'JWT_SECRET', value: fake.base64(48), secret: true, confidence: 'high' },
  { label: 'SECRET_KEY_BASE', key: 'SECRET_KEY_BASE', value: fake.hex(128), secret: true },
  { label: 'quoted password literal', key: 'password', value: `"${pgPassword}"`, secret: true, part: pgPassword },
  { label: 'Authorization header with Bearer', key: 'Authorization', value: `Bearer ${bearer}`, secret: true, part: bearer },
  { label: 'encryption_key base64', key: 'encryption_key', value: fake.base64(44), secret: true },
  { label: 'docker config auth', key: 'auth', value: Buffer.from('deploy:' + fake.password(16)).toString('base64'), secret: true },
  { label: 'REDIS_PASSWORD', key: 'REDIS_PASSWORD', value: 's3cr3t-Redis-2024', secret: true },
  { label: 'passphrase', key: 'passphrase', value: 'blue-Horse-93-staple', secret: true },
  { label: 'signingKey', key: 'signingKey', value: fake.base64(40), secret: true },
  { label: 'DB_PASS', key: 'DB_PASS', value: 'Welcome1!', secret: true },
  { label: 'token random', key: 'token', value: fake.hex(48), secret: true },
  { label: 'webhook_secret', key: 'webhook_secret', value: fake.password(30), secret: true },
  { label: 'ADMIN_PWD', key: 'ADMIN_PWD', value: 'P@ssw0rd2024', secret: true },
  { label: 'MYSQLPASSWORD (no separators)', key: 'MYSQLPASSWORD', value: fake.password(16), secret: true },
  { label: 'rabbitmq erlang cookie secret', key: 'RABBITMQ_ERLANG_COOKIE_SECRET', value: fake.hex(20).toUpperCase(), secret: true },
  { label: 'storage account_key', key: 'account_key', value: fake.base64(64), secret: true },
  { label: 'password under a nested path key', key: 'spec.auth.password', value: fake.password(20), secret: true },
  { label: 'UUID under an api key name', key: 'HEROKU_API_KEY', value: '3f2b8c4e-' + '9a1d-4e6b-8f2a-' + fake.hex(12), secret: true },
  { label: 'Basic auth header', key: 'authorization', value: 'Basic ' + Buffer.from('ci:' + fake.password(20)).toString('base64'), secret: true },
];

const notSecrets: ClassifyCase[] = [
  // References
  { label: '${VAR}', key: 'DB_PASSWORD', value: '${DB_PASSWORD}', secret: false },
  { label: '$VAR', key: 'DB_PASSWORD', value: '$DB_PASSWORD', secret: false },
  { label: '$(cmd)', key: 'password', value: '$(cat /run/secrets/db)', secret: false },
  { label: 'GitHub Actions secrets expression', key: 'GITHUB_TOKEN', value: '${{ secrets.GITHUB_TOKEN }}', secret: false },
  { label: 'Helm values template', key: 'password', value: '{{ .Values.auth.password }}', secret: false },
  { label: 'Helm template with pipe', key: 'token', value: '{{ .Values.token | b64enc | quote }}', secret: false },
  { label: 'HCL var', key: 'password', value: 'var.db_password', secret: false },
  { label: 'HCL local', key: 'token', value: 'local.api_token', secret: false },
  { label: 'HCL data source', key: 'secret', value: 'data.aws_ssm_parameter.db.value', secret: false },
  { label: 'HCL resource attribute', key: 'password', value: 'random_password.db.result', secret: false },
  { label: 'HCL interpolation', key: 'connection', value: 'postgres://app:${var.db_password}@db/app', secret: false },
  { label: 'AWS Secrets Manager ARN', key: 'secret', value: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf', secret: false },
  { label: 'GCP Secret Manager name', key: 'api_key', value: 'projects/demo/secrets/api-key/versions/latest', secret: false },
  { label: 'SOPS encrypted value', key: 'password', value: 'ENC[AES256_GCM,data:' + fake.base64(24) + ',iv:' + fake.base64(16) + ',type:str]', secret: false },
  { label: 'vault reference', key: 'DB_PASSWORD', value: 'vault:secret/data/db#password', secret: false },
  { label: 'Windows %VAR%', key: 'PASSWORD', value: '%DB_PASSWORD%', secret: false },
  { label: 'replace-tokens __VAR__', key: 'ApiKey', value: '__API_KEY__', secret: false },
  { label: 'Octopus #{Var}', key: 'Password', value: '#{Database.Password}', secret: false },
  { label: 'Concourse ((var))', key: 'password', value: '((db_password))', secret: false },
  { label: 'Bearer ${TOKEN}', key: 'Authorization', value: 'Bearer ${TOKEN}', secret: false },
  { label: 'URL with ${PASS}', key: 'DATABASE_URL', value: 'postgres://user:${PASS}@host/db', secret: false },
  { label: 'URL with $PASS', key: 'DATABASE_URL', value: 'postgres://user:$PASS@host/db', secret: false },
  { label: 'docker:// image pinned by digest', key: 'uses', value: 'docker://alpine:3.19@sha256:4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945', secret: false },
  { label: 'Connection string with reference', key: 'conn', value: 'Server=db;User ID=sa;Password=${SA_PASSWORD};', secret: false },
  // Placeholders
  { label: '<your-token>', key: 'token', value: '<your-token>', secret: false },
  { label: '<PASSWORD>', key: 'password', value: '<PASSWORD>', secret: false },
  { label: 'changeme', key: 'password', value: 'changeme', secret: false },
  { label: 'change-me', key: 'password', value: 'change-me', secret: false },
  { label: 'password', key: 'password', value: 'password', secret: false },
  { label: 'secret', key: 'client_secret', value: 'secret', secret: false },
  { label: 'example', key: 'api_key', value: 'example', secret: false },
  { label: 'dummy', key: 'token', value: 'dummy', secret: false },
  { label: 'test', key: 'password', value: 'test', secret: false },
  { label: 'xxxx…', key: 'api_key', value: 'xxxxxxxxxxxxxxxx', secret: false },
  { label: '****', key: 'password', value: '********', secret: false },
  { label: 'ellipsis', key: 'token', value: '…', secret: false },
  { label: 'three dots', key: 'token', value: '...', secret: false },
  { label: 'REPLACE_ME', key: 'password', value: 'REPLACE_ME', secret: false },
  { label: 'TODO', key: 'secret', value: 'TODO', secret: false },
  { label: 'none', key: 'password', value: 'none', secret: false },
  { label: 'null', key: 'password', value: 'null', secret: false },
  { label: 'true', key: 'auth', value: 'true', secret: false },
  { label: 'false', key: 'token', value: 'false', secret: false },
  { label: 'empty', key: 'password', value: '', secret: false },
  { label: 'blank', key: 'password', value: '   ', secret: false },
  { label: 'MS SQL documented example password', key: 'SA_PASSWORD', value: 'yourStrong(!)Password', secret: false },
  { label: 'value containing example', key: 'api_key', value: 'my-example-key-123', secret: false },
  { label: 'value containing placeholder', key: 'token', value: 'placeholder-token-value', secret: false },
  { label: 'value containing sample', key: 'secret', value: 'sample_secret_9f8e', secret: false },
  { label: 'value containing your_', key: 'api_key', value: 'your_api_key_here', secret: false },
  { label: 'value containing dummy', key: 'password', value: 'dummyPass42', secret: false },
  { label: 'sequential filler', key: 'token', value: 'abcdefghijklmnop', secret: false },
  { label: 'bracketed placeholder', key: 'password', value: '[PASSWORD]', secret: false },
  { label: 'Bearer <token>', key: 'Authorization', value: 'Bearer <token>', secret: false },
  // Documentation example values of known formats
  { label: 'AWS documented example key id', key: 'aws_access_key_id', value: EXAMPLE_AWS_ID, secret: false },
  { label: 'AWS documented example secret', key: 'aws_secret_access_key', value: EXAMPLE_AWS_SECRET, secret: false },
  { label: 'AWS example pair in a file', value: `aws_access_key_id = ${EXAMPLE_AWS_ID}\naws_secret_access_key = ${EXAMPLE_AWS_SECRET}`, secret: false },
  { label: 'GitHub token of x', key: 'GH_TOKEN', value: 'ghp_' + 'x'.repeat(36), secret: false },
  { label: 'GitHub token of a', key: 'GH_TOKEN', value: 'ghp_' + 'a'.repeat(36), secret: false },
  { label: 'Slack documented webhook', key: 'webhook', value: 'https://hooks.' + 'slack.com/services/T00000000/B00000000/' + 'X'.repeat(24), secret: false },
  { label: 'jwt.io sample token', key: 'token', value: JWT_IO_SAMPLE, secret: false },
  { label: 'Azurite emulator connection string', key: 'AzureWebJobsStorage', value: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${AZURITE_KEY};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`, secret: false },
  { label: 'PEM placeholder', key: 'tls.key', value: '-----BEGIN ' + 'RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----', secret: false },
  { label: 'PEM templated body', key: 'key', value: '-----BEGIN ' + 'PRIVATE KEY-----\n{{ .Values.tls.key }}\n-----END PRIVATE KEY-----', secret: false },
  { label: 'URL with placeholder password', key: 'DATABASE_URL', value: 'postgres://admin:password@localhost:5432/app', secret: false },
  { label: 'URL on example.com', key: 'url', value: 'https://user:' + fake.urlPassword(12) + '@api.example.com/v1', secret: false },
  { label: 'URL without credentials', key: 'url', value: 'https://github.com/org/repo', secret: false },
  { label: 'URL with port only', key: 'MONGO_URL', value: 'mongodb://db:27017/app', secret: false },
  { label: 'ssh URL with user only', key: 'repo', value: 'ssh://git@github.com:22/org/repo.git', secret: false },
  // Non-secret keys holding random-looking values
  { label: 'UUID under request id', key: 'requestId', value: '3f2b8c4e-9a1d-4e6b-8f2a-' + fake.hex(12), secret: false },
  { label: 'UUID under tenant_id', key: 'tenant_id', value: fake.hex(8) + '-' + fake.hex(4) + '-4' + fake.hex(3) + '-8' + fake.hex(3) + '-' + fake.hex(12), secret: false },
  { label: 'UUID under client_id', key: 'client_id', value: fake.hex(8) + '-' + fake.hex(4) + '-4' + fake.hex(3) + '-9' + fake.hex(3) + '-' + fake.hex(12), secret: false },
  { label: 'image digest', key: 'image', value: 'nginx@sha256:' + fake.hex(64), secret: false },
  { label: 'digest field', key: 'digest', value: 'sha256:' + fake.hex(64), secret: false },
  { label: 'git commit sha', key: 'ref', value: fake.hex(40), secret: false },
  { label: 'checksum', key: 'checksum/config', value: fake.hex(64), secret: false },
  { label: 'base64 of a public config', key: 'config.json', value: Buffer.from('{"logLevel":"info","replicas":3}').toString('base64'), secret: false },
  { label: 'base64 certificate-ish blob', key: 'ca.crt', value: fake.base64(120), secret: false },
  { label: 'random id under a neutral key', key: 'build_id', value: fake.base64(40), secret: false },
  { label: 'bare 40-char base64 without an AWS key id', key: 'data', value: fake.awsSecretKey(), secret: false },
  { label: 'Stripe publishable key under a neutral key', key: 'STRIPE_KEY', value: 'pk_live_' + fake.base64(24).replace(/[+/]/g, 'a'), secret: false },
  { label: 'Stripe test key under a neutral key', key: 'stripe', value: 'sk_test_' + fake.hex(24), secret: false },
  { label: 'kubeconfig cert data under a neutral key', key: 'certificate-authority-data', value: fake.base64(200), secret: false },
  // Secret-sounding keys that do not hold secrets
  { label: 'token_url', key: 'token_url', value: 'https://login.internal/oauth2/token', secret: false },
  { label: 'password_policy', key: 'password_policy', value: 'strong', secret: false },
  { label: 'secret_name', key: 'secret_name', value: 'db-creds', secret: false },
  { label: 'db_secret_ref', key: 'db_secret_ref', value: 'prod-db', secret: false },
  { label: 'passwordFile', key: 'passwordFile', value: '/run/secrets/db_password', secret: false },
  { label: 'TOKEN_ENDPOINT', key: 'TOKEN_ENDPOINT', value: 'https://sso.internal/token', secret: false },
  { label: 'keyRef', key: 'keyRef', value: 'kms-signing-key', secret: false },
  { label: 'POSTGRES_PASSWORD_FILE', key: 'POSTGRES_PASSWORD_FILE', value: '/run/secrets/pg', secret: false },
  { label: 'existingSecret', key: 'existingSecret', value: 'release-postgresql', secret: false },
  { label: 'password_length', key: 'password_length', value: '32', secret: false },
  { label: 'token_ttl', key: 'token_ttl', value: '1h', secret: false },
  { label: 'auth_enabled', key: 'auth_enabled', value: 'true', secret: false },
  { label: 'secretName', key: 'secretName', value: 'tls-cert', secret: false },
  { label: 'secret_arn', key: 'secret_arn', value: 'prod/db', secret: false },
  { label: 'public_key', key: 'public_key', value: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + fake.base64(43), secret: false },
  { label: 'auth method word', key: 'auth', value: 'oidc', secret: false },
  { label: 'secrets: inherit', key: 'secrets', value: 'inherit', secret: false },
  { label: 'private_key_id', key: 'private_key_id', value: fake.hex(40), secret: false },
  { label: 'password described in prose', key: 'password_description', value: 'The admin user password', secret: false },
  { label: 'password key naming a k8s Secret', key: 'password', value: 'app-db-credentials', secret: false },
  { label: 'api key path', key: 'api_key', value: 'secrets/api.key', secret: false },
  { label: 'token number', key: 'token', value: '12345', secret: false },
  { label: 'bcrypt hash of a password', key: 'admin.password', value: '$2a$10$' + fake.base64(53).replace(/[+]/g, '.'), secret: false },
  { label: 'auth URL', key: 'AUTH_URL', value: 'https://auth.internal/realms/prod', secret: false },
  { label: 'secretKeyRef key field', key: 'secretKeyRef.key', value: 'password', secret: false },
  { label: 'tokenizer model name', key: 'tokenizer', value: 'cl100k_base', secret: false },
  { label: 'max_tokens number', key: 'max_tokens', value: '4096', secret: false },
  { label: 'HCL iterator traversal', key: 'secret', value: 'env.value.secret', secret: false },
  { label: 'HCL function call', key: 'password', value: 'try(container_registries.value.password, null)', secret: false },
  { label: 'HCL bare identifier equal to the key', key: 'account_key', value: 'account_key', secret: false },
  { label: 'YAML null tilde', key: 'secret', value: '~', secret: false },
  { label: 'empty mapping', key: 'additionalScrapeConfigsSecret', value: '{}', secret: false },
  { label: 'password_hash field', key: 'password_hash', value: fake.hex(64), secret: false },
];

export const CLASSIFY_CASES: readonly ClassifyCase[] = [...secrets, ...notSecrets];
