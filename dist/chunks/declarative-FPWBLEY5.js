import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  get,
  nodeRange,
  scalarString
} from "./chunk-WYMY3UWM.js";
import {
  require_dist
} from "./chunk-HWBIRAM6.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// src/policies/declarative.ts
var import_yaml = __toESM(require_dist(), 1);

// src/policies/conditions.ts
import { isDeepStrictEqual } from "node:util";

// src/policies/paths.ts
function parsePath(path) {
  const steps = [];
  const re = /"([^"]+)"|\[(\*|\d+)\]|([^.[\]"]+)/g;
  for (const m of path.matchAll(re)) {
    if (m[1] !== void 0) steps.push({ key: m[1] });
    else if (m[2] === "*") steps.push({ every: true });
    else if (m[2] !== void 0) steps.push({ index: Number(m[2]) });
    else steps.push({ key: m[3] });
  }
  return steps;
}
var UNKNOWN = /* @__PURE__ */ Symbol("unknown");
function resolvePath(adapter, root, steps) {
  let current = [{ node: root, owner: root }];
  steps.forEach((step, i) => {
    const next = [];
    for (const r of current) {
      if (!r.node) {
        next.push(r);
        continue;
      }
      if ("every" in step) {
        for (const item of adapter.items(r.node) ?? []) next.push({ node: item, owner: item });
      } else {
        const child = "key" in step ? adapter.child(r.node, step.key) : adapter.items(r.node)?.[step.index];
        next.push(child !== void 0 ? { node: child, owner: r.owner } : { owner: r.node, missing: describeSteps(steps.slice(i)) });
      }
    }
    current = next;
  });
  return current;
}
function describeSteps(steps) {
  return steps.map((s) => "key" in s ? s.key : "every" in s ? "[*]" : `[${s.index}]`).join(".").replace(/\.\[/g, "[");
}

// src/policies/conditions.ts
function conditionHolds(condition, present, value) {
  if (condition.exists !== void 0) return present === condition.exists;
  if (condition.absent !== void 0) return !present === condition.absent;
  if (!present) return void 0;
  if (value === UNKNOWN) return void 0;
  if ("equals" in condition && !isDeepStrictEqual(value, condition.equals)) return false;
  if ("notEquals" in condition && isDeepStrictEqual(value, condition.notEquals)) return false;
  if (condition.oneOf && !condition.oneOf.some((v) => isDeepStrictEqual(v, value))) return false;
  if (condition.matches !== void 0 && !new RegExp(condition.matches).test(String(value))) return false;
  if (condition.notMatches !== void 0 && new RegExp(condition.notMatches).test(String(value))) return false;
  const n = typeof value === "number" ? value : Number(value);
  const numeric = [condition.greaterThan, condition.lessThan, condition.atLeast, condition.atMost].some((x) => x !== void 0);
  if (numeric && Number.isNaN(n)) return false;
  if (condition.greaterThan !== void 0 && !(n > condition.greaterThan)) return false;
  if (condition.lessThan !== void 0 && !(n < condition.lessThan)) return false;
  if (condition.atLeast !== void 0 && !(n >= condition.atLeast)) return false;
  if (condition.atMost !== void 0 && !(n <= condition.atMost)) return false;
  return true;
}
function describeCondition(c) {
  if (c.exists !== void 0) return c.exists ? "must be set" : "must not be set";
  if (c.absent !== void 0) return c.absent ? "must not be set" : "must be set";
  const parts = [];
  if ("equals" in c) parts.push(`must equal ${JSON.stringify(c.equals)}`);
  if ("notEquals" in c) parts.push(`must not equal ${JSON.stringify(c.notEquals)}`);
  if (c.oneOf) parts.push(`must be one of ${c.oneOf.map((v) => JSON.stringify(v)).join(", ")}`);
  if (c.matches !== void 0) parts.push(`must match /${c.matches}/`);
  if (c.notMatches !== void 0) parts.push(`must not match /${c.notMatches}/`);
  if (c.greaterThan !== void 0) parts.push(`must be > ${c.greaterThan}`);
  if (c.lessThan !== void 0) parts.push(`must be < ${c.lessThan}`);
  if (c.atLeast !== void 0) parts.push(`must be \u2265 ${c.atLeast}`);
  if (c.atMost !== void 0) parts.push(`must be \u2264 ${c.atMost}`);
  return parts.join(" and ") || "must hold";
}

// src/policies/declarative.ts
function compilePolicy(policy) {
  const level = policy.level ?? "warning";
  return {
    meta: {
      id: policy.id,
      artifact: policy.artifact,
      policy: policy.policy ?? "custom",
      level,
      securitySeverity: policy.securitySeverity,
      precision: "high",
      docs: {
        summary: policy.summary ?? policy.message,
        rationale: policy.rationale ?? `Custom policy defined in ${policy.source ?? "the configuration"}.`,
        remediation: policy.remediation ?? policy.message
      },
      messages: { failed: policy.message.includes("{{") ? policy.message : `${policy.message} ({{path}} {{expected}})` }
    },
    check(view, ctx) {
      if (policy.artifact === "terraform") checkTerraform(policy, view, ctx);
      else checkYaml(policy, view.yaml, ctx);
    }
  };
}
function evaluate(policy, ctx, c) {
  const where = policy.match?.where ?? [];
  const selected = where.every((w) => resolvePath(c.adapter, c.root, parsePath(w.path)).some((r) => holds(c.adapter, w, r.node)));
  if (!selected) return;
  for (const assertion of policy.assert) {
    for (const r of resolvePath(c.adapter, c.root, parsePath(assertion.path))) {
      if (holds(c.adapter, assertion, r.node) !== false) continue;
      const value = r.node !== void 0 ? c.adapter.value(r.node) : void 0;
      ctx.report({
        messageId: "failed",
        data: { path: assertion.path, expected: describeCondition(assertion), value: value === UNKNOWN || value === void 0 ? "" : JSON.stringify(value) },
        at: r.node !== void 0 ? c.locate(r.node) : c.owner(r.owner),
        key: `${c.key}:${assertion.path}`
      });
    }
  }
}
function holds(adapter, condition, node) {
  const present = node !== void 0 && adapter.value(node) !== null;
  return conditionHolds(condition, present, node === void 0 ? void 0 : adapter.value(node));
}
var yamlAdapter = {
  child: (node, key) => get(node, key) ?? void 0,
  items: (node) => (0, import_yaml.isSeq)(node) ? node.items : void 0,
  value: (node) => (0, import_yaml.isScalar)(node) ? node.value : node.toJSON?.() ?? null
};
function checkYaml(policy, yaml, ctx) {
  for (const doc of yaml?.documents ?? []) {
    const root = doc.contents;
    if (!root || !(0, import_yaml.isMap)(root)) continue;
    const kind = scalarString(get(root, "kind"));
    if (policy.match?.kinds && !(kind && policy.match.kinds.includes(kind))) continue;
    const name = scalarString(get(get(root, "metadata"), "name")) ?? `#${doc.index}`;
    evaluate(policy, ctx, {
      adapter: yamlAdapter,
      root,
      locate: (node) => nodeRange(ctx.file, node),
      owner: (node) => yamlOwnerRange(ctx, node),
      key: `${kind ?? "doc"}/${name}`
    });
  }
}
function yamlOwnerRange(ctx, node) {
  const named = get(node, "name") ?? get(get(node, "metadata"), "name");
  if (named && (0, import_yaml.isScalar)(named)) return nodeRange(ctx.file, named);
  const start = node.range?.[0] ?? 0;
  return ctx.file.range(start, start + 1);
}
var hclAdapter = {
  child(node, key) {
    if ("value" in node) {
      const v = node.value.kind === "unknown" && node.value.json ? node.value.json : node.value;
      const entry = v.kind === "object" ? v.entries.find((e) => e.key === key) : void 0;
      return entry ? { value: entry.value } : void 0;
    }
    const block = "block" in node ? node.block : node.blocks[0];
    const attribute = block.body.attribute(key);
    if (attribute) return { value: attribute.value };
    const nested = block.body.blocksOfType(key);
    if (nested.length === 0) return void 0;
    return nested.length === 1 ? { block: nested[0] } : { blocks: nested };
  },
  items(node) {
    if ("blocks" in node) return node.blocks.map((block) => ({ block }));
    if ("block" in node) return [node];
    return node.value.kind === "list" ? node.value.items.map((value) => ({ value })) : void 0;
  },
  value(node) {
    if (!("value" in node)) return UNKNOWN;
    return plain(node.value);
  }
};
function plain(v) {
  switch (v.kind) {
    case "string":
    case "number":
    case "bool":
      return v.value;
    case "null":
      return null;
    case "list": {
      const items = v.items.map(plain);
      return items.includes(UNKNOWN) ? UNKNOWN : items;
    }
    case "object": {
      const entries = v.entries.map((e) => [e.key, plain(e.value)]);
      return entries.some(([, x]) => x === UNKNOWN) ? UNKNOWN : Object.fromEntries(entries);
    }
    default:
      return UNKNOWN;
  }
}
function checkTerraform(policy, view, ctx) {
  const blockTypes = policy.match?.blockTypes ?? (policy.match?.resourceTypes ? ["resource"] : void 0);
  for (const block of view.blocks) {
    if (blockTypes && !blockTypes.includes(block.type)) continue;
    if (policy.match?.resourceTypes && !policy.match.resourceTypes.includes(block.labels[0]?.value ?? "")) continue;
    evaluate(policy, ctx, {
      adapter: hclAdapter,
      root: { block },
      locate: (node) => "value" in node ? node.value.range : "block" in node ? node.block.header : node.blocks[0].header,
      owner: (node) => "value" in node ? node.value.range : "block" in node ? node.block.header : node.blocks[0].header,
      key: [block.type, ...block.labels.map((l) => l.value)].join(".")
    });
  }
}
export {
  compilePolicy
};
