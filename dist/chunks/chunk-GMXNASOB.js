import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/secrets/secret-names.ts
var SECRET_WORDS = /* @__PURE__ */ new Map([
  ["password", "password"],
  ["passwd", "password"],
  ["pwd", "password"],
  ["pass", "password"],
  ["passphrase", "password"],
  ["secret", "secret"],
  ["token", "token"],
  ["apikey", "secret"],
  ["credential", "secret"],
  ["credentials", "secret"],
  ["creds", "secret"],
  ["auth", "secret"],
  ["authorization", "secret"],
  ["bearer", "token"],
  ["sas", "token"]
]);
var SECRET_WORD_ENDINGS = [
  ["password", "password"],
  ["passwd", "password"],
  ["secret", "secret"],
  ["token", "token"],
  ["apikey", "secret"],
  ["accesskey", "secret"],
  ["secretkey", "secret"],
  ["privatekey", "secret"]
];
var KEY_QUALIFIERS = /* @__PURE__ */ new Set([
  "api",
  "access",
  "secret",
  "private",
  "signing",
  "encryption",
  "master",
  "account",
  "shared",
  "app",
  "auth",
  "storage",
  "hmac",
  "session"
]);
var DESCRIBING_LAST_WORDS = /* @__PURE__ */ new Set([
  "file",
  "files",
  "path",
  "paths",
  "dir",
  "name",
  "names",
  "id",
  "ids",
  "url",
  "urls",
  "uri",
  "ref",
  "refs",
  "env",
  "endpoint",
  "endpoints",
  "policy",
  "policies",
  "length",
  "len",
  "size",
  "type",
  "kind",
  "mode",
  "method",
  "enabled",
  "enable",
  "disabled",
  "required",
  "ttl",
  "lifetime",
  "expiry",
  "expires",
  "expiration",
  "version",
  "arn",
  "hash",
  "digest",
  "format",
  "prefix",
  "suffix",
  "field",
  "header",
  "keys",
  "regex",
  "pattern",
  "rotation",
  "count",
  "min",
  "max",
  "duration",
  "timeout",
  "location",
  "source",
  "provider",
  "template",
  "selector",
  "label",
  "labels",
  "annotation",
  "annotations",
  "command",
  "cmd",
  "script",
  "issuer",
  "audience",
  "scope",
  "scopes",
  "store",
  "backend",
  "engine",
  "manager",
  "vault",
  "mount",
  "volume",
  "namespace",
  "parameter",
  "param",
  "output",
  "days",
  "hours",
  "minutes",
  "seconds",
  "at",
  "strength",
  "complexity",
  "history",
  "algorithm",
  "bits",
  "var",
  "variable",
  "key",
  "keyring",
  "secretref",
  "keyref"
]);
var DISQUALIFYING_WORDS = /* @__PURE__ */ new Set(["public", "publishable", "existing", "pub"]);
function keyWords(key) {
  return key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== "");
}
function secretNameKind(key) {
  const words = keyWords(key);
  if (words.length === 0 || words.some((word) => DISQUALIFYING_WORDS.has(word))) return void 0;
  const last = words[words.length - 1];
  if (last === "key" && words.length >= 2 && KEY_QUALIFIERS.has(words[words.length - 2])) return "secret";
  if (DESCRIBING_LAST_WORDS.has(last)) return void 0;
  let kind;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const found = SECRET_WORDS.get(word) ?? SECRET_WORD_ENDINGS.find(([ending]) => word.endsWith(ending))?.[1] ?? (word === "key" && i > 0 && KEY_QUALIFIERS.has(words[i - 1]) ? "secret" : void 0);
    if (found === "password" || found === "token" && kind !== "password" || found && !kind) kind = found;
  }
  return kind;
}
function isSecretName(key) {
  return secretNameKind(key) !== void 0;
}

export {
  keyWords,
  secretNameKind,
  isSecretName
};
