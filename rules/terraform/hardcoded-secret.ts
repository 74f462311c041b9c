import { defineRule } from '../../src/core/rule.js';
import { Secret } from '../../src/core/secret.js';
import type { Range, SourceFile } from '../../src/core/source.js';
import { classifySecret, findTokens, LEVEL_BY_CONFIDENCE, type SecretVerdict } from '../../src/secrets/index.js';
import {
  blockAddress,
  jsonValueOf,
  rangeWithin,
  stringOf,
  type HclBlock,
  type HclString,
  type HclValue,
} from '../../src/parsers/terraform/index.js';


interface Found {
  verdict: SecretVerdict;
  key: string;
  range: Range;
  secret: string;
  path: string;
}

/**
 * Literal credentials anywhere in a .tf, .tofu or .tfvars file: attribute values (resources,
 * `provider` blocks, `locals`, tfvars), `variable` defaults (judged by the variable's name),
 * `{ name = "DB_PASSWORD", value = "…" }` pairs, and JSON in `jsonencode(…)` or heredocs.
 * References (`var.x`, `data.…`, `random_password.p.result`) are unknown values and never judged.
 */
export default defineRule({
  meta: {
    id: 'terraform/hardcoded-secret',
    artifact: 'terraform',
    policy: 'no-hardcoded-secrets',
    level: 'error',
    securitySeverity: 8.5,
    security: true,
    precision: 'high',
    docs: {
      summary: 'No literal credentials in Terraform / OpenTofu code or .tfvars',
      rationale:
        'A password, key or token written in the code is readable by everyone with access to the repository and its history, ends up in CI logs and plan output, and cannot be rotated without a commit. Known token formats are found under any name; other literals only under a name that says secret (password, secret, token, access_key, private_key, client_secret, api_key, …). The level follows the confidence: error for known formats and strong literals, warning or note for weaker ones.',
      remediation:
        'Read the value from a `sensitive = true` variable set outside the code (TF_VAR_…, a CI secret), from a secret manager data source (`data.aws_secretsmanager_secret_version`, `data.google_secret_manager_secret_version`, `data.azurerm_key_vault_secret`), or generate it (`random_password`). Rotate the exposed credential: it stays in the Git history.',
    },
    messages: {
      literal: 'hardcoded credential in {{key}} ({{reason}}: {{secret}}); read it from a sensitive variable or a secret manager, and rotate it',
    },
  },
  check(view, ctx) {
    const found: Found[] = [];
    const file = ctx.file;
    for (const attribute of view.attributes) visitValue(file, attribute.value, attribute.name, `tfvars/${attribute.name}`, found);
    for (const block of view.blocks) visitBlock(file, block, found);
    for (const item of found) {
      ctx.report({
        messageId: 'literal',
        data: { key: item.key, reason: item.verdict.reason, secret: new Secret(item.secret) },
        at: item.range,
        key: `${item.path}:${item.verdict.detector}`,
        level: LEVEL_BY_CONFIDENCE[item.verdict.confidence],
      });
    }
  },
});

function visitBlock(file: SourceFile, block: HclBlock, found: Found[]): void {
  const address = blockAddress(block);
  const variableName = block.type === 'variable' && !block.parent ? block.labels[0]?.value : undefined;
  // `env { name = "DB_PASSWORD" value = "…" }` inside a resource (Kubernetes containers and similar):
  // the name is the key. Top-level blocks (`aws_ssm_parameter`) name themselves, not their value.
  const pairName = block.parent ? stringOf(block.body.attribute('name')?.value) : undefined;
  const pairKey = pairName !== undefined && pairName !== 'unknown' && block.body.attribute('value') ? pairName : undefined;
  for (const attribute of block.body.attributes) {
    let key = attribute.name;
    // A variable's default is judged by the variable's name: `variable "db_password" { default = "…" }`.
    if (variableName !== undefined && attribute.name === 'default') key = variableName;
    if (pairKey !== undefined && attribute.name === 'value') key = pairKey;
    visitValue(file, attribute.value, key, `${address}/${attribute.name}`, found);
  }
  for (const nested of block.body.blocks) visitBlock(file, nested, found);
}

function visitValue(file: SourceFile, value: HclValue, key: string | undefined, path: string, found: Found[]): void {
  switch (value.kind) {
    case 'string': {
      if (value.json) return visitValue(file, value.json, key, path, found);
      const json = jsonValueOf(file, value);
      if (json?.value) return visitValue(file, json.value, key, path, found);
      return checkString(file, value, key, path, found);
    }
    case 'list':
      // A list under a secret-sounding name holds names or permissions (`secret_permissions =
      // ["Get", "List"]`), not credentials: its items are judged on known token formats only.
      return value.items.forEach((item, index) => visitValue(file, item, undefined, `${path}[${index}]`, found));
    case 'object': {
      // `{ name = "DB_PASSWORD", value = "…" }` (ECS environment, Kubernetes env in JSON): the name is the key.
      // Without a `name`, a `value` is named by the object's own key: `admin-password = { value = "…" }`.
      const pairName = stringOf(value.entries.find((entry) => entry.key === 'name')?.value);
      const pairKey = pairName !== undefined && pairName !== 'unknown' ? pairName : key;
      for (const entry of value.entries) {
        const entryKey = entry.key === 'value' && pairKey !== undefined ? pairKey : entry.key;
        visitValue(file, entry.value, entryKey, `${path}.${entry.key}`, found);
      }
      return;
    }
    case 'unknown':
      if (value.json) return visitValue(file, value.json, key, path, found);
      return checkTemplate(file, value.text, value.range, key, path, found);
    default:
      return;
  }
}

/** A literal under a name: known formats anywhere, other literals when the name says secret. */
function checkString(file: SourceFile, value: HclString, key: string | undefined, path: string, found: Found[]): void {
  const verdict = classifySecret(key === undefined ? { value: value.value } : { key, value: value.value });
  if (!verdict || isMapKeyReference(key, verdict, value.value)) return;
  found.push({
    verdict,
    key: key ?? 'the value',
    range: rangeWithin(file, value, verdict.start, verdict.end),
    secret: value.value.slice(verdict.start, verdict.end),
    path,
  });
}

/**
 * Terraform code names map entries by key (`storage_account_key = "diaglogs_region1"` in
 * aztfmod CAF points at another object of the configuration). A `…_key` name holding a
 * lower-case identifier is such a reference; real access keys never look like that.
 */
function isMapKeyReference(key: string | undefined, verdict: SecretVerdict, value: string): boolean {
  if (key === undefined || verdict.detector !== 'secret-named-key' || !/key$/i.test(key)) return false;
  return /^[a-z][a-z0-9]*(?:[_-][a-z0-9]+)*$/.test(value.slice(verdict.start, verdict.end));
}

/**
 * A string with interpolations (`"postgres://app:s3cret@${var.host}/db"`): its literal parts can
 * still hold a known token format. The text is the source text, so offsets map one to one.
 */
function checkTemplate(file: SourceFile, text: string, range: Range, key: string | undefined, path: string, found: Found[]): void {
  if (!text.startsWith('"') && !text.startsWith('<<')) return;
  for (const verdict of findTokens(text)) {
    const start = range.start.offset + verdict.start;
    found.push({ verdict, key: key ?? 'the value', range: file.range(start, range.start.offset + verdict.end), secret: text.slice(verdict.start, verdict.end), path });
  }
}
