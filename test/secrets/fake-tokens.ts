/**
 * Format-valid but fake credentials for tests, built at run time from a seeded generator so
 * that the repository never contains a token-shaped literal (push protection, scanners).
 */

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const DIGITS = '0123456789';
const ALNUM = UPPER + LOWER + DIGITS;
const BASE64 = ALNUM + '+/';

/** mulberry32: tiny, deterministic, good enough to look random. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seededRandom(20241125);

export function randomOf(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(random() * alphabet.length)];
  return out;
}

const b64url = (text: string) => Buffer.from(text).toString('base64url');
const pemBody = (lines: number) =>
  Array.from({ length: lines }, () => randomOf(BASE64, 64)).join('\n');

export const fake = {
  awsKeyId: (prefix = 'AK' + 'IA') => prefix + randomOf(UPPER + DIGITS, 16),
  awsSecretKey: () => randomOf(ALNUM, 18) + '/' + randomOf(ALNUM, 10) + '+' + randomOf(ALNUM, 10),
  googleApiKey: () => 'AI' + 'za' + 'Sy' + randomOf(ALNUM + '_-', 33),
  azureAccountKey: () => Buffer.from(randomOf(ALNUM, 64)).toString('base64').slice(0, 86) + '==',
  azureSharedAccessKey: () => randomOf(BASE64, 43) + '=',
  github: (prefix: 'ghp' | 'gho' | 'ghu' | 'ghs' | 'ghr') => prefix + '_' + randomOf(ALNUM, 36),
  githubFineGrained: () => 'github' + '_pat_' + randomOf(ALNUM, 22) + '_' + randomOf(ALNUM, 59),
  gitlab: (prefix = 'gl' + 'pat-') => prefix + randomOf(ALNUM + '_', 20),
  slackBot: () => 'xo' + 'xb-' + randomOf(DIGITS, 12) + '-' + randomOf(DIGITS, 13) + '-' + randomOf(ALNUM, 24),
  slackUser: () =>
    'xo' + 'xp-' + randomOf(DIGITS, 12) + '-' + randomOf(DIGITS, 12) + '-' + randomOf(DIGITS, 13) + '-' + randomOf(LOWER + DIGITS, 32),
  slackApp: () => 'xa' + 'pp-1-' + randomOf(UPPER + DIGITS, 11) + '-' + randomOf(DIGITS, 13) + '-' + randomOf(LOWER + DIGITS, 64),
  slackWebhook: () =>
    'https://hooks.' + 'slack.com/services/T' + randomOf(UPPER + DIGITS, 8) + '/B' + randomOf(UPPER + DIGITS, 10) + '/' + randomOf(ALNUM, 24),
  stripe: (prefix: 'sk' | 'rk') => prefix + '_li' + 've_' + randomOf(ALNUM, 99),
  npm: () => 'np' + 'm_' + randomOf(ALNUM, 36),
  openaiProject: () => 's' + 'k-proj-' + randomOf(ALNUM + '_-', 156),
  openaiLegacy: () => 's' + 'k-' + randomOf(ALNUM, 20) + 'T3Blbk' + 'FJ' + randomOf(ALNUM, 20),
  openaiServiceAccount: () => 's' + 'k-svcacct-' + randomOf(ALNUM + '_-', 74),
  anthropic: () => 's' + 'k-ant-api03-' + randomOf(ALNUM + '_-', 93) + 'AA',
  jwt: (payload: object = { sub: 'svc-deployer', iat: 1732500000 }) =>
    b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' })) + '.' + b64url(JSON.stringify(payload)) + '.' + randomOf(ALNUM + '_-', 43),
  pem: (kind = 'RSA PRIVATE KEY', lines = 6) =>
    '-----BEGIN ' + kind + '-----\n' + pemBody(lines) + '\n-----END ' + kind + '-----',
  gcpServiceAccountJson: () =>
    JSON.stringify(
      {
        type: 'service_' + 'account',
        project_id: 'demo-project',
        private_key_id: randomOf('0123456789abcdef', 40),
        private_key: fake.pem('PRIVATE KEY', 8) + '\n',
        client_email: 'deployer@demo-project.iam.gserviceaccount.com',
      },
      null,
      2,
    ),
  password: (length = 20) => randomOf(ALNUM + '!#%&*+-=?', length),
  /** Characters allowed unescaped in a URL's userinfo. */
  urlPassword: (length = 20) => randomOf(ALNUM + '-_~!', length),
  hex: (length: number) => randomOf('0123456789abcdef', length),
  base64: (length: number) => randomOf(BASE64, length),
};
