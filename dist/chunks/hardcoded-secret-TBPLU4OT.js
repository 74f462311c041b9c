import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  blockAddress,
  jsonValueOf,
  rangeWithin,
  stringOf
} from "./chunk-DAYPLTKD.js";
import "./chunk-O24M6ZPD.js";
import "./chunk-FDI3CXUN.js";
import "./chunk-4XWRCDWT.js";
import {
  Secret
} from "./chunk-RVCXKKQP.js";
import {
  LEVEL_BY_CONFIDENCE,
  classifySecret,
  findTokens
} from "./chunk-2Q6GDNEB.js";
import "./chunk-GMXNASOB.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/terraform/hardcoded-secret.ts
var hardcoded_secret_default = defineRule({
  meta: {
    id: "terraform/hardcoded-secret",
    artifact: "terraform",
    policy: "no-hardcoded-secrets",
    level: "error",
    securitySeverity: 8.5,
    security: true,
    precision: "high",
    docs: {
      summary: "No literal credentials in Terraform / OpenTofu code or .tfvars",
      rationale: "A password, key or token written in the code is readable by everyone with access to the repository and its history, ends up in CI logs and plan output, and cannot be rotated without a commit. Known token formats are found under any name; other literals only under a name that says secret (password, secret, token, access_key, private_key, client_secret, api_key, \u2026). The level follows the confidence: error for known formats and strong literals, warning or note for weaker ones.",
      remediation: "Read the value from a `sensitive = true` variable set outside the code (TF_VAR_\u2026, a CI secret), from a secret manager data source (`data.aws_secretsmanager_secret_version`, `data.google_secret_manager_secret_version`, `data.azurerm_key_vault_secret`), or generate it (`random_password`). Rotate the exposed credential: it stays in the Git history."
    },
    messages: {
      literal: "hardcoded credential in {{key}} ({{reason}}: {{secret}}); read it from a sensitive variable or a secret manager, and rotate it"
    }
  },
  check(view, ctx) {
    const found = [];
    const file = ctx.file;
    for (const attribute of view.attributes) visitValue(file, attribute.value, attribute.name, `tfvars/${attribute.name}`, found);
    for (const block of view.blocks) visitBlock(file, block, found);
    for (const item of found) {
      ctx.report({
        messageId: "literal",
        data: { key: item.key, reason: item.verdict.reason, secret: new Secret(item.secret) },
        at: item.range,
        key: `${item.path}:${item.verdict.detector}`,
        level: LEVEL_BY_CONFIDENCE[item.verdict.confidence]
      });
    }
  }
});
function visitBlock(file, block, found) {
  const address = blockAddress(block);
  const variableName = block.type === "variable" && !block.parent ? block.labels[0]?.value : void 0;
  const pairName = block.parent ? stringOf(block.body.attribute("name")?.value) : void 0;
  const pairKey = pairName !== void 0 && pairName !== "unknown" && block.body.attribute("value") ? pairName : void 0;
  for (const attribute of block.body.attributes) {
    let key = attribute.name;
    if (variableName !== void 0 && attribute.name === "default") key = variableName;
    if (pairKey !== void 0 && attribute.name === "value") key = pairKey;
    visitValue(file, attribute.value, key, `${address}/${attribute.name}`, found);
  }
  for (const nested of block.body.blocks) visitBlock(file, nested, found);
}
function visitValue(file, value, key, path, found) {
  switch (value.kind) {
    case "string": {
      if (value.json) return visitValue(file, value.json, key, path, found);
      const json = jsonValueOf(file, value);
      if (json?.value) return visitValue(file, json.value, key, path, found);
      return checkString(file, value, key, path, found);
    }
    case "list":
      return value.items.forEach((item, index) => visitValue(file, item, void 0, `${path}[${index}]`, found));
    case "object": {
      const pairName = stringOf(value.entries.find((entry) => entry.key === "name")?.value);
      const pairKey = pairName !== void 0 && pairName !== "unknown" ? pairName : key;
      for (const entry of value.entries) {
        const entryKey = entry.key === "value" && pairKey !== void 0 ? pairKey : entry.key;
        visitValue(file, entry.value, entryKey, `${path}.${entry.key}`, found);
      }
      return;
    }
    case "unknown":
      if (value.json) return visitValue(file, value.json, key, path, found);
      return checkTemplate(file, value.text, value.range, key, path, found);
    default:
      return;
  }
}
function checkString(file, value, key, path, found) {
  const verdict = classifySecret(key === void 0 ? { value: value.value } : { key, value: value.value });
  if (!verdict || isMapKeyReference(key, verdict, value.value)) return;
  found.push({
    verdict,
    key: key ?? "the value",
    range: rangeWithin(file, value, verdict.start, verdict.end),
    secret: value.value.slice(verdict.start, verdict.end),
    path
  });
}
function isMapKeyReference(key, verdict, value) {
  if (key === void 0 || verdict.detector !== "secret-named-key" || !/key$/i.test(key)) return false;
  return /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/.test(value.slice(verdict.start, verdict.end));
}
function checkTemplate(file, text, range, key, path, found) {
  if (!text.startsWith('"') && !text.startsWith("<<")) return;
  for (const verdict of findTokens(text)) {
    const start = range.start.offset + verdict.start;
    found.push({ verdict, key: key ?? "the value", range: file.range(start, range.start.offset + verdict.end), secret: text.slice(verdict.start, verdict.end), path });
  }
}
export {
  hardcoded_secret_default as default
};
