import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  keyWords,
  secretNameKind
} from "./chunk-GMXNASOB.js";

// src/secrets/placeholders.ts
var INTERPOLATION = [
  /\$\{/,
  // ${VAR}, ${{ secrets.X }}, HCL "${var.x}"
  /\$\(/,
  // $(command)
  /\{\{/,
  // {{ .Values.x }}, Jinja, Go templates
  /%\{/,
  // HCL template directives
  /#\{[^}]*\}/,
  // Ruby / Octopus #{Var}
  /\(\([\w.-]+\)\)/,
  // Concourse ((var))
  /\$[A-Z_][A-Z0-9_]+\b/
  // $UPPER_CASE shell/env variable inside a string
];
var WHOLE_VALUE_REFERENCES = [
  /^\$[A-Za-z_]\w*$/,
  // $var
  /^%[A-Za-z_]\w*%$/,
  // %VAR% (Windows)
  /^__[A-Za-z0-9_]+__$/,
  // __TOKEN__ (replace-tokens tasks)
  /^@@?[A-Za-z0-9_]+@@?$/,
  /^[a-z_][a-z0-9_-]*(?:\.[\w-]+|\[[^\]]*\])+$/,
  // expressions: var.x, each.value.secret, random_password.db.result
  /^[a-z_][\w.]*\(/,
  // function calls: try(x.password, null), lookup(…)
  /^arn:aws[\w-]*:/,
  // AWS ARNs (secretsmanager, ssm, kms)
  /^projects\/[^/]+\/secrets\//,
  // GCP Secret Manager resource names
  /^(?:vault|ref\+\w+|awssm|gcpsm|azkv|sops|ssm|secretsmanager|keyvault):/i,
  /^ENC\[/,
  // SOPS encrypted value
  /^!(?:Ref|Sub|GetAtt|ImportValue|FindInMap)\b/,
  // CloudFormation
  /^%\(\w+\)s$|^%[sdv]$/
  // printf-style slots
];
var PLACEHOLDER_WORDS = /* @__PURE__ */ new Set([
  "changeme",
  "change-me",
  "change_me",
  "changeit",
  "change-it",
  "password",
  "passwd",
  "pass",
  "pwd",
  "secret",
  "secrets",
  "token",
  "apikey",
  "api-key",
  "api_key",
  "key",
  "example",
  "dummy",
  "test",
  "testing",
  "sample",
  "fake",
  "foo",
  "bar",
  "baz",
  "foobar",
  "none",
  "null",
  "nil",
  "undefined",
  "true",
  "false",
  "yes",
  "no",
  "on",
  "off",
  "todo",
  "tbd",
  "fixme",
  "replace_me",
  "replace-me",
  "replaceme",
  "redacted",
  "hidden",
  "masked",
  "placeholder",
  "empty",
  "blank",
  "unset",
  "notset",
  "not-set",
  "default",
  "required",
  "optional",
  "string",
  "value",
  "mysecret",
  "my-secret",
  "mypassword",
  "my-password",
  "secretkey",
  "secret-key",
  "secret_key"
]);
var PLACEHOLDER_MARKERS = [
  "example",
  "placeholder",
  "dummy",
  "sample",
  "your_",
  "your-",
  "changeme",
  "change_me",
  "change-me",
  "replace_me",
  "replace-me",
  "replaceme",
  "redacted",
  "xxxxx",
  "***",
  "\u2026",
  "..."
];
function isReferenceOrPlaceholder(value) {
  const trimmed = stripQuotes(value.trim());
  if (trimmed === "") return true;
  if (INTERPOLATION.some((pattern) => pattern.test(trimmed))) return true;
  if (WHOLE_VALUE_REFERENCES.some((pattern) => pattern.test(trimmed))) return true;
  return isPlaceholder(trimmed);
}
function isPlaceholder(value) {
  const lower = value.toLowerCase();
  if (PLACEHOLDER_WORDS.has(lower)) return true;
  if (PLACEHOLDER_MARKERS.some((marker) => lower.includes(marker))) return true;
  if (/^your/.test(lower)) return true;
  if (/^\[[a-z _-]+\]$/.test(lower)) return true;
  if (/<[\w .:-]+>/.test(lower)) return true;
  return looksFilledIn(value);
}
function looksFilledIn(value) {
  if (value.length < 6) return false;
  if (/^[xX*#.•0_-]+$/.test(value)) return true;
  if (/(.)\1{7}/.test(value)) return true;
  if (new Set(value).size <= 3) return true;
  let steps = 0;
  for (let i = 1; i < value.length; i++) {
    if (value.charCodeAt(i) - value.charCodeAt(i - 1) === 1) steps++;
  }
  return steps / (value.length - 1) >= 0.6;
}
function stripQuotes(value) {
  if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0]) {
    return value.slice(1, -1);
  }
  return value;
}

// src/secrets/strength.ts
function entropyPerChar(value) {
  const counts = /* @__PURE__ */ new Map();
  for (const ch of value) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}
function characterClassCount(value) {
  return Number(/[a-z]/.test(value)) + Number(/[A-Z]/.test(value)) + Number(/[0-9]/.test(value)) + Number(/[^A-Za-z0-9]/.test(value));
}
function literalConfidence(value) {
  if (/^[a-z]+(?:[_-][a-z0-9]+)*$/.test(value)) return "low";
  const length = value.length;
  const entropy = entropyPerChar(value);
  const classes = characterClassCount(value);
  if (length >= 20 && classes >= 3 && entropy >= 3.8 || length >= 32 && entropy >= 4.2) return "high";
  if (length >= 12 && classes >= 2 && entropy >= 3 || length >= 16 && entropy >= 3.5) return "medium";
  return "low";
}

// src/secrets/token-formats.ts
var END = "(?![A-Za-z0-9_-])";
var TOKEN_FORMATS = [
  {
    id: "gcp-service-account-key",
    reason: "GCP service-account private key",
    docs: 'https://cloud.google.com/iam/docs/keys-create-delete (JSON key file: "type": "service_account", "private_key")',
    anchors: ['"private_key"'],
    pattern: /"private_key"\s*:\s*"(?<secret>-----BEGIN PRIVATE KEY-----[^"]{64,}?-----END PRIVATE KEY-----(?:\\n)?)"/dg,
    confidence: "high",
    validate: (secret, _match, text) => text.includes("service_account") && hasKeyMaterial(secret),
    ownPlaceholderCheck: true
  },
  {
    id: "private-key-block",
    reason: "private key block",
    docs: "RFC 7468 (PEM textual encoding); OpenSSH PROTOCOL.key; RFC 4880 (PGP armor)",
    anchors: ["-----BEGIN "],
    // The body stops at the next "-----", so a header without its END line costs no rescans.
    pattern: /-----BEGIN (?<kind>(?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----(?<body>(?:[^-]|-(?!----)){1,20000})-----END \k<kind>-----/dg,
    // A passphrase-protected key leaks less than a clear one.
    confidence: (_secret, match) => match.groups?.kind?.startsWith("ENCRYPTED") || match.groups?.body?.includes("ENCRYPTED") ? "medium" : "high",
    validate: (secret) => hasKeyMaterial(secret),
    ownPlaceholderCheck: true
  },
  {
    id: "aws-access-key-id",
    reason: "AWS access key id",
    docs: "https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids (AKIA long-term, ASIA temporary)",
    anchors: ["AKIA", "ASIA"],
    pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/dg,
    confidence: "high"
  },
  {
    id: "aws-secret-access-key",
    reason: "AWS secret access key",
    docs: "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html (aws_secret_access_key, 40 characters)",
    anchors: /secret_?access_?key/i,
    pattern: /secret_?access_?key["']?\s*[:=]\s*["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/dgi,
    confidence: "high"
  },
  {
    id: "gcp-api-key",
    reason: "Google API key",
    docs: "https://cloud.google.com/docs/authentication/api-keys (keys start with AIza, 39 characters)",
    anchors: ["AIza"],
    pattern: new RegExp(`\\bAIza[0-9A-Za-z_-]{35}${END}`, "dg"),
    confidence: "high"
  },
  {
    id: "azure-storage-account-key",
    reason: "Azure storage account key",
    docs: "https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string (AccountKey=)",
    anchors: ["AccountKey="],
    pattern: /AccountKey=(?<secret>[A-Za-z0-9+/]{40,}={0,2})/dg,
    confidence: "high",
    validate: (secret) => !secret.startsWith(AZURITE_KEY_START)
    // the emulator's published key
  },
  {
    id: "azure-shared-access-key",
    reason: "Azure shared access key",
    docs: "https://learn.microsoft.com/azure/service-bus-messaging/service-bus-sas (SharedAccessKey= in connection strings)",
    anchors: ["SharedAccessKey="],
    pattern: /SharedAccessKey=(?<secret>[A-Za-z0-9+/]{40,}={0,2})/dg,
    confidence: "high"
  },
  {
    id: "github-token",
    reason: (secret) => GITHUB_TOKEN_KINDS[secret.slice(0, 4)] ?? "GitHub personal access token",
    docs: "https://docs.github.com/authentication/keeping-your-account-and-data-secure/about-authentication-to-github#githubs-token-formats",
    anchors: /gh[pousr]_|github_pat_/,
    pattern: new RegExp(`\\b(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})${END}`, "dg"),
    confidence: "high"
  },
  {
    id: "gitlab-token",
    reason: "GitLab token",
    docs: "https://docs.gitlab.com/security/tokens/#token-prefixes",
    anchors: ["gl", "GR1348941"],
    pattern: new RegExp(
      `\\b(?:(?:glpat|gldt|glrt|glptt|gloas|glft|glsoat)-|GR1348941)[A-Za-z0-9_-]{20,}(?:\\.[A-Za-z0-9_-]+)*${END}`,
      "dg"
    ),
    confidence: "high"
  },
  {
    id: "slack-token",
    reason: "Slack token",
    docs: "https://api.slack.com/concepts/token-types (xoxb-, xoxp-, xoxa-, xoxr-, xoxs-, xapp-)",
    anchors: ["xox", "xapp-"],
    pattern: new RegExp(`\\b(?:xox[baprs]-[0-9]+-[0-9A-Za-z-]{8,}|xapp-\\d-[A-Z0-9]+-\\d+-[a-z0-9]{16,})${END}`, "dg"),
    confidence: "high"
  },
  {
    id: "slack-webhook",
    reason: "Slack webhook URL",
    docs: "https://api.slack.com/messaging/webhooks (https://hooks.slack.com/services/T\u2026/B\u2026/\u2026)",
    anchors: ["hooks.slack.com/"],
    pattern: /https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_]+\/[A-Za-z0-9_]+\/[A-Za-z0-9_/]{16,}/dg,
    confidence: "high"
  },
  {
    id: "stripe-live-key",
    reason: (secret) => secret.startsWith("rk_") ? "Stripe live restricted key" : "Stripe live secret key",
    docs: "https://docs.stripe.com/keys (sk_live_ secret keys, rk_live_ restricted keys)",
    anchors: ["k_live_"],
    pattern: /\b[sr]k_live_[A-Za-z0-9]{20,247}\b/dg,
    confidence: "high"
  },
  {
    id: "npm-token",
    reason: "npm access token",
    docs: "https://github.blog/security/vulnerability-research/behind-githubs-new-authentication-token-formats/ (npm_ + 36)",
    anchors: ["npm_"],
    pattern: /\bnpm_[A-Za-z0-9]{36}\b/dg,
    confidence: "high"
  },
  {
    id: "anthropic-api-key",
    reason: "Anthropic API key",
    docs: "https://docs.anthropic.com/en/api/getting-started (keys start with sk-ant-)",
    anchors: ["sk-"],
    pattern: new RegExp(`\\bsk-ant-[a-z]+\\d*-[A-Za-z0-9_-]{32,}${END}`, "dg"),
    confidence: "high"
  },
  {
    id: "openai-api-key",
    reason: "OpenAI API key",
    docs: "https://platform.openai.com/docs/api-reference/authentication (sk-, sk-proj-, sk-svcacct-, sk-admin-)",
    anchors: ["sk-"],
    pattern: new RegExp(`\\bsk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}|[A-Za-z0-9]{48})${END}`, "dg"),
    confidence: "high",
    validate: (secret) => /[A-Z]/.test(secret) && /[a-z]/.test(secret) && /[0-9]/.test(secret)
  },
  {
    id: "jwt",
    reason: "JSON Web Token",
    docs: "RFC 7519 (header.payload.signature, base64url; a JSON header starts with eyJ)",
    anchors: ["eyJ"],
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}/dg,
    confidence: "high",
    validate: (secret) => isSignedJwt(secret)
  },
  {
    id: "url-credentials",
    reason: "credentials inside a URL",
    docs: 'RFC 3986 \xA73.2.1 (userinfo; "user:password" is deprecated)',
    anchors: ["://"],
    pattern: /:\/\/(?<user>[^\s:@/?#'"`<>\\]*):(?<secret>[^\s@/?#'"`<>\\]+)@(?<host>[^\s@/?#'"`<>\\:]+)/dg,
    confidence: (secret) => literalConfidence(secret),
    // `docker://alpine:3.19@sha256:…` is an image pinned by digest, not user:password@host.
    validate: (secret, match, text) => hasScheme(text, match.index) && !/example/i.test(match.groups?.host ?? "") && !/^sha(256|384|512)$/i.test(match.groups?.host ?? "")
  },
  {
    id: "connection-string-password",
    reason: "password inside a connection string",
    docs: "https://learn.microsoft.com/dotnet/framework/data/adonet/connection-string-syntax (Password= / Pwd=)",
    anchors: ["word=", "WORD=", "wd=", "WD="],
    pattern: /(?:^|[;"'\s])(?:Password|password|PASSWORD|Pwd|pwd|PWD)=(?<secret>[^;"'\s]+)/dg,
    confidence: (secret) => literalConfidence(secret),
    validate: (_secret, match, text) => isConnectionString(text, match.index)
  }
];
var GITHUB_TOKEN_KINDS = {
  ghp_: "GitHub personal access token",
  gho_: "GitHub OAuth access token",
  ghu_: "GitHub user-to-server token",
  ghs_: "GitHub App installation token",
  ghr_: "GitHub refresh token"
};
var AZURITE_KEY_START = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1";
function hasKeyMaterial(block) {
  if (/\.\.\.|…|\{\{|\$\{|example/i.test(block)) return false;
  const body = block.replace(/-----[^-]+-----/g, "").replace(/\\[nr]/g, "\n");
  const base64 = body.split("\n").filter((line) => !line.includes(":")).join("").replace(/\s/g, "");
  return /^[A-Za-z0-9+/=]{64,}$/.test(base64) && new Set(base64).size > 16;
}
function isSignedJwt(token) {
  const [header, payload] = token.split(".");
  try {
    const parsedHeader = JSON.parse(Buffer.from(header, "base64url").toString("utf8"));
    const alg = parsedHeader?.alg;
    if (typeof alg !== "string" || alg === "none") return false;
    return !Buffer.from(payload, "base64url").toString("utf8").includes("John Doe");
  } catch {
    return false;
  }
}
function hasScheme(text, index) {
  return /[A-Za-z][A-Za-z0-9+.-]+$/.test(text.slice(Math.max(0, index - 32), index));
}
function isConnectionString(text, index) {
  const lineStart = Math.max(text.lastIndexOf("\n", index) + 1, index - 300);
  const lineEnd = text.indexOf("\n", index);
  const line = text.slice(lineStart, Math.min(lineEnd === -1 ? text.length : lineEnd, index + 300));
  return /(?:server|data source|host|user id|uid|user|username|database|initial catalog)\s*=[^;]*;/i.test(line);
}

// src/secrets/find-tokens.ts
function findTokens(text) {
  const found = [];
  TOKEN_FORMATS.forEach((format, rank) => {
    if (!hasAnchor(format, text)) return;
    for (const match of text.matchAll(format.pattern)) {
      const ranked = toMatch(format, rank, match, text);
      if (ranked) found.push(ranked);
    }
  });
  found.push(...awsSecretKeysNextToKeyIds(text, found));
  return withoutOverlaps(found).map(({ rank: _rank, ...match }) => match);
}
function hasKnownTokenShape(value) {
  return TOKEN_FORMATS.some(
    (format) => hasAnchor(format, value) && value.search(format.pattern) !== -1
  );
}
function hasAnchor(format, text) {
  const anchors = format.anchors;
  return anchors instanceof RegExp ? anchors.test(text) : anchors.some((anchor) => text.includes(anchor));
}
function toMatch(format, rank, match, text) {
  const [start, end] = match.indices?.groups?.secret ?? match.indices[0];
  const secret = text.slice(start, end);
  if (!format.ownPlaceholderCheck && isReferenceOrPlaceholder(secret)) return void 0;
  if (format.validate && !format.validate(secret, match, text)) return void 0;
  const confidence = typeof format.confidence === "function" ? format.confidence(secret, match) : format.confidence;
  const reason = typeof format.reason === "function" ? format.reason(secret) : format.reason;
  return { start, end, reason, detector: format.id, confidence, rank };
}
var AWS_PAIR_WINDOW = 300;
var AWS_SECRET_SHAPE = /(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/g;
function awsSecretKeysNextToKeyIds(text, found) {
  const rank = TOKEN_FORMATS.findIndex((format) => format.id === "aws-secret-access-key");
  const pairs = [];
  for (const keyId of found.filter((match) => match.detector === "aws-access-key-id")) {
    const windowStart = Math.max(0, keyId.start - AWS_PAIR_WINDOW);
    const window = text.slice(windowStart, keyId.end + AWS_PAIR_WINDOW);
    for (const candidate of window.matchAll(AWS_SECRET_SHAPE)) {
      const secret = candidate[0];
      if (characterClassCount(secret) < 3 || isReferenceOrPlaceholder(secret)) continue;
      const start = windowStart + candidate.index;
      pairs.push({
        start,
        end: start + secret.length,
        reason: "AWS secret access key",
        detector: "aws-secret-access-key",
        confidence: "high",
        rank
      });
    }
  }
  return pairs;
}
function withoutOverlaps(matches) {
  const kept = [];
  for (const match of [...matches].sort((a, b) => a.start - b.start || a.rank - b.rank)) {
    const last = kept.at(-1);
    if (!last || match.start >= last.end) kept.push(match);
    else if (match.rank < last.rank) kept[kept.length - 1] = match;
  }
  return kept;
}

// src/secrets/classify.ts
var NAMED_LITERAL_REASONS = {
  password: "password-named key with a literal value",
  token: "token-named key with a literal value",
  secret: "secret-named key with a literal value"
};
function classifySecret(input) {
  const { key, value } = input;
  const tokens = findTokens(value);
  if (tokens.length > 0) return strongest(tokens);
  if (key === void 0) return void 0;
  const kind = secretNameKind(key);
  return kind ? classifyNamedLiteral(key, kind, value) : void 0;
}
function classifyNamedLiteral(key, kind, value) {
  const { start, secret } = literalPart(value);
  if (isReferenceOrPlaceholder(secret) || isNotACredential(secret)) return void 0;
  if (secret.toLowerCase() === key.toLowerCase()) return void 0;
  if (hasKnownTokenShape(secret)) return void 0;
  const end = start + secret.length;
  if (isAwsSecretKeyName(key) && /^[A-Za-z0-9/+]{40}$/.test(secret)) {
    return { confidence: "high", reason: "AWS secret access key", detector: "aws-secret-access-key", start, end };
  }
  if (keyWords(key).join(" ") === "auth" && /^[a-z]+$/.test(secret)) return void 0;
  const confidence = literalConfidence(secret);
  return { confidence, reason: NAMED_LITERAL_REASONS[kind], detector: "secret-named-key", start, end };
}
function literalPart(value) {
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
var NOT_CREDENTIALS = [
  /^[^A-Za-z0-9]*$/,
  // structure, not a value: `{`, `[]`, `~`
  /^[+-]?\d+(?:\.\d+)?$/,
  // numbers
  /^\d+(?:ms|[smhdw])$/,
  // durations: token_ttl-like values under odd names
  /^(?:true|false|yes|no|on|off)$/i,
  // booleans
  /^(?:\/|\.{1,2}\/|~\/|[A-Za-z]:\\|file:)/,
  // file paths
  /^[\w.-]+(?:\/[\w.-]+)*\.(?:pem|key|crt|cer|p12|pfx|json|txt|env|ya?ml|jks|keystore|asc|gpg)$/i,
  /^[a-z][a-z0-9+.-]*:\/\/[^\s@]*$/i,
  // URLs without credentials (with them, findTokens reports)
  /^(?:sha1|sha256|sha384|sha512|md5):[0-9a-f]+$/i,
  // digests
  /^\$(?:2[abxy]?|argon2(?:id|i|d)|[156])\$/,
  // password hashes (bcrypt, argon2, crypt)
  /^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-\S+) /,
  // public keys
  /^[a-z0-9]+(?:-[a-z0-9]+)*-(?:secrets?|credentials?|creds|tokens?|password|passwords|keys?)$/,
  // resource names
  /\S+\s+\S+\s+\S+/,
  // prose: descriptions, not values
  /\n/
  // multi-line blobs (key blocks are found by findTokens)
];
function isNotACredential(value) {
  return NOT_CREDENTIALS.some((pattern) => pattern.test(value));
}
function isAwsSecretKeyName(key) {
  const words = keyWords(key).join(" ");
  return /secret ?access ?key|secretaccesskey|aws secret key/.test(words);
}
var CONFIDENCE_RANK = { high: 3, medium: 2, low: 1 };
function strongest(tokens) {
  return tokens.reduce(
    (best, token) => CONFIDENCE_RANK[token.confidence] > CONFIDENCE_RANK[best.confidence] ? token : best
  );
}

// src/secrets/levels.ts
var LEVEL_BY_CONFIDENCE = { high: "error", medium: "warning", low: "note" };

export {
  isReferenceOrPlaceholder,
  findTokens,
  classifySecret,
  LEVEL_BY_CONFIDENCE
};
