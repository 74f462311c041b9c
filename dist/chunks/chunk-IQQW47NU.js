import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  require_dist
} from "./chunk-HWBIRAM6.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// src/config/load.ts
import { readFileSync } from "node:fs";

// src/config/find.ts
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
var CONFIG_NAMES = [".infralint.yaml", ".infralint.yml"];
var ConfigError = class extends Error {
};
function findConfig(dir) {
  let current = resolve(dir);
  for (; ; ) {
    for (const name of CONFIG_NAMES) {
      const candidate = join(current, name);
      if (existsSync(candidate)) return candidate;
    }
    if (existsSync(join(current, ".git"))) return void 0;
    const parent = dirname(current);
    if (parent === current) return void 0;
    current = parent;
  }
}

// src/config/load.ts
var import_yaml = __toESM(require_dist(), 1);
import { createRequire } from "node:module";
import { dirname as dirname2, isAbsolute, join as join2, resolve as resolve2 } from "node:path";

// src/config/schema.ts
var LEVEL = { enum: ["off", "error", "warning", "note"] };
var RULE_SETTING = {
  oneOf: [
    LEVEL,
    {
      type: "object",
      additionalProperties: false,
      properties: { level: LEVEL, options: { type: "object" } }
    }
  ]
};
var RULES = { type: "object", additionalProperties: RULE_SETTING };
var CONDITION = {
  type: "object",
  additionalProperties: false,
  required: ["path"],
  properties: {
    path: { type: "string", minLength: 1 },
    exists: { type: "boolean" },
    absent: { type: "boolean" },
    equals: {},
    notEquals: {},
    matches: { type: "string" },
    notMatches: { type: "string" },
    oneOf: { type: "array" },
    greaterThan: { type: "number" },
    lessThan: { type: "number" },
    atLeast: { type: "number" },
    atMost: { type: "number" }
  }
};
var POLICY_SCHEMA = {
  type: "object",
  additionalProperties: false,
  required: ["id", "artifact", "message", "assert"],
  properties: {
    id: { type: "string", pattern: "^[a-z0-9-]+/[a-z0-9-]+$" },
    artifact: { enum: ["kubernetes", "compose", "terraform", "github-actions", "gitlab-ci", "helm"] },
    level: { enum: ["error", "warning", "note"] },
    policy: { type: "string" },
    securitySeverity: { type: "number", minimum: 0.1, maximum: 10 },
    message: { type: "string", minLength: 1 },
    summary: { type: "string" },
    rationale: { type: "string" },
    remediation: { type: "string" },
    match: {
      type: "object",
      additionalProperties: false,
      properties: {
        kinds: { type: "array", items: { type: "string" } },
        blockTypes: { type: "array", items: { type: "string" } },
        resourceTypes: { type: "array", items: { type: "string" } },
        paths: { type: "array", items: { type: "string" } },
        where: { type: "array", items: CONDITION }
      }
    },
    assert: { type: "array", minItems: 1, items: CONDITION }
  }
};
var CONFIG_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    extends: { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] },
    rules: RULES,
    ignore: { type: "array", items: { type: "string" } },
    overrides: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["files", "rules"],
        properties: { files: { oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }] }, rules: RULES }
      }
    },
    policies: { type: "array", items: { oneOf: [{ type: "string" }, POLICY_SCHEMA] } },
    plugins: { type: "array", items: { type: "string" } }
  }
};

// src/config/load.ts
async function loadConfig(path) {
  const config = { path, baseDir: dirname2(path), rules: {}, ignore: [], overrides: [], policies: [], plugins: [] };
  await applyFile(config, path, /* @__PURE__ */ new Set());
  return config;
}
async function applyFile(config, path, seen) {
  if (seen.has(path)) throw new ConfigError(`${path}: extends itself (through ${[...seen].join(" \u2192 ")})`);
  seen.add(path);
  const raw = await readValidated(path, CONFIG_SCHEMA);
  const dir = dirname2(path);
  for (const base of typeof raw.extends === "string" ? [raw.extends] : raw.extends ?? []) {
    if (base === "recommended") continue;
    if (base === "strict") {
      config.minimumLevel = "warning";
      continue;
    }
    await applyFile(config, resolvePackageConfig(base, dir, path), seen);
  }
  Object.assign(config.rules, normalizeRules(raw.rules));
  config.ignore.push(...raw.ignore ?? []);
  for (const o of raw.overrides ?? []) {
    config.overrides.push({ files: typeof o.files === "string" ? [o.files] : o.files, rules: normalizeRules(o.rules) });
  }
  for (const p of raw.policies ?? []) {
    if (typeof p === "string") config.policies.push(...await readPolicyFile(resolve2(dir, p)));
    else config.policies.push({ ...p, source: path });
  }
  config.plugins.push(...(raw.plugins ?? []).map((p) => isAbsolute(p) ? p : resolve2(dir, p)));
}
function normalizeRules(rules) {
  const out = {};
  for (const [id, setting] of Object.entries(rules ?? {})) out[id] = typeof setting === "string" ? { level: setting } : setting;
  return out;
}
function resolvePackageConfig(name, fromDir, configPath) {
  if (name.startsWith(".") || isAbsolute(name)) return resolve2(fromDir, name);
  const require2 = createRequire(join2(fromDir, "noop.js"));
  let manifest;
  try {
    manifest = require2.resolve(`${name}/package.json`);
  } catch {
    throw new ConfigError(`${configPath}: extends '${name}', which is neither a preset (recommended, strict) nor an installed npm package`);
  }
  const pkg = JSON.parse(readFileSync(manifest, "utf8"));
  return join2(dirname2(manifest), pkg.infralint ?? "infralint.yaml");
}
async function readPolicyFile(path) {
  const raw = await readValidated(path, {
    oneOf: [POLICY_SCHEMA, { type: "object", required: ["policies"], additionalProperties: false, properties: { policies: { type: "array", items: POLICY_SCHEMA } } }]
  });
  const list = "policies" in raw ? raw.policies : [raw];
  return list.map((p) => ({ ...p, source: path }));
}
async function readValidated(path, schema) {
  let text;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new ConfigError(`cannot read ${path}: ${error.message}`);
  }
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const { line, col } = lineCounter.linePos(e.pos[0]);
    throw new ConfigError(`${path}:${line}:${col}: ${e.message.split("\n")[0]}`);
  }
  const value = doc.toJS() ?? {};
  for (const [k, v] of Object.entries(value)) if (v === null) delete value[k];
  const { validator } = await import("./validator-GPGAIFVR.js");
  const errors = validator(schema)(value);
  if (errors.length) {
    const messages = errors.map((e) => {
      const node = nodeAt(doc, e.path);
      const pos = node?.range ? lineCounter.linePos(node.range[0]) : void 0;
      const key = e.path.length ? e.path.join(".") : "(top level)";
      return `${path}${pos ? `:${pos.line}:${pos.col}` : ""}: ${key}: ${e.message}`;
    });
    throw new ConfigError(messages.join("\n"));
  }
  return value;
}
function nodeAt(doc, path) {
  let node = doc.contents;
  for (const step of path) {
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((p) => p.key?.value === step);
      if (pair && step === path[path.length - 1]) return pair.key ?? void 0;
      node = pair?.value;
    } else if ((0, import_yaml.isSeq)(node)) node = node.items[Number(step)];
    else return void 0;
  }
  return node;
}

export {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
};
