import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { DeclarativePolicy, PolicyCondition } from '../config/types.js';
import type { PolicyId } from '../core/policies.js';
import type { AnyRule, RuleContext } from '../core/rule.js';
import type { Range } from '../core/source.js';
import type { HclBlock, HclValue, TerraformView } from '../parsers/terraform/view.js';
import { get, nodeRange, scalarString, type YamlFile } from '../parsers/yaml/parse.js';
import { conditionHolds, describeCondition } from './conditions.js';
import { parsePath, resolvePath, UNKNOWN, type TreeAdapter } from './paths.js';

/**
 * Compiles a declarative YAML policy into a Rule, so it gets positions, suppressions, SARIF
 * metadata and docs exactly like a built-in. YAML kinds walk each document (Kubernetes objects
 * filtered by `match.kinds`); Terraform walks blocks (`match.blockTypes`, `match.resourceTypes`).
 */
export function compilePolicy(policy: DeclarativePolicy): AnyRule {
  const level = policy.level ?? 'warning';
  return {
    meta: {
      id: policy.id as `${string}/${string}` as never,
      artifact: policy.artifact,
      policy: (policy.policy ?? 'custom') as PolicyId,
      level,
      securitySeverity: policy.securitySeverity,
      precision: 'high',
      docs: {
        summary: policy.summary ?? policy.message,
        rationale: policy.rationale ?? `Custom policy defined in ${policy.source ?? 'the configuration'}.`,
        remediation: policy.remediation ?? policy.message,
      },
      messages: { failed: policy.message.includes('{{') ? policy.message : `${policy.message} ({{path}} {{expected}})` },
    },
    check(view: unknown, ctx: RuleContext<string, unknown>) {
      if (policy.artifact === 'terraform') checkTerraform(policy, view as TerraformView, ctx);
      else checkYaml(policy, (view as { yaml?: YamlFile }).yaml, ctx);
    },
  };
}

type Check<N> = { adapter: TreeAdapter<N>; root: N; locate: (node: N) => Range; owner: (node: N) => Range; key: string };

function evaluate<N>(policy: DeclarativePolicy, ctx: RuleContext<string, unknown>, c: Check<N>): void {
  const where = policy.match?.where ?? [];
  const selected = where.every((w) => resolvePath(c.adapter, c.root, parsePath(w.path)).some((r) => holds(c.adapter, w, r.node)));
  if (!selected) return;
  for (const assertion of policy.assert) {
    for (const r of resolvePath(c.adapter, c.root, parsePath(assertion.path))) {
      if (holds(c.adapter, assertion, r.node) !== false) continue;
      const value = r.node !== undefined ? c.adapter.value(r.node) : undefined;
      ctx.report({
        messageId: 'failed',
        data: { path: assertion.path, expected: describeCondition(assertion), value: value === UNKNOWN || value === undefined ? '' : JSON.stringify(value) },
        at: r.node !== undefined ? c.locate(r.node) : c.owner(r.owner),
        key: `${c.key}:${assertion.path}`,
      });
    }
  }
}

function holds<N>(adapter: TreeAdapter<N>, condition: PolicyCondition, node: N | undefined): boolean | undefined {
  const present = node !== undefined && adapter.value(node) !== null;
  return conditionHolds(condition, present, node === undefined ? undefined : adapter.value(node));
}

// --- YAML ---------------------------------------------------------------------------------

const yamlAdapter: TreeAdapter<Node> = {
  child: (node, key) => get(node, key) ?? undefined,
  items: (node) => (isSeq(node) ? (node.items as Node[]) : undefined),
  value: (node) => (isScalar(node) ? node.value : (node as { toJSON?: () => unknown }).toJSON?.() ?? null),
};

function checkYaml(policy: DeclarativePolicy, yaml: YamlFile | undefined, ctx: RuleContext<string, unknown>): void {
  for (const doc of yaml?.documents ?? []) {
    const root = doc.contents;
    if (!root || !isMap(root)) continue;
    const kind = scalarString(get(root, 'kind'));
    if (policy.match?.kinds && !(kind && policy.match.kinds.includes(kind))) continue;
    const name = scalarString(get(get(root, 'metadata'), 'name')) ?? `#${doc.index}`;
    evaluate(policy, ctx, {
      adapter: yamlAdapter,
      root: root as Node,
      locate: (node) => nodeRange(ctx.file, node),
      owner: (node) => yamlOwnerRange(ctx, node),
      key: `${kind ?? 'doc'}/${name}`,
    });
  }
}

/** A missing field is reported on its owner's name (`name:` of a container, `metadata.name`). */
function yamlOwnerRange(ctx: RuleContext<string, unknown>, node: Node): Range {
  const named = get(node, 'name') ?? get(get(node, 'metadata'), 'name');
  if (named && isScalar(named)) return nodeRange(ctx.file, named);
  const start = node.range?.[0] ?? 0;
  return ctx.file.range(start, start + 1);
}

// --- Terraform ------------------------------------------------------------------------------

type HclNode = { block: HclBlock } | { blocks: HclBlock[] } | { value: HclValue };

const hclAdapter: TreeAdapter<HclNode> = {
  child(node, key) {
    if ('value' in node) {
      const v = node.value.kind === 'unknown' && node.value.json ? node.value.json : node.value;
      const entry = v.kind === 'object' ? v.entries.find((e) => e.key === key) : undefined;
      return entry ? { value: entry.value } : undefined;
    }
    const block = 'block' in node ? node.block : node.blocks[0]!;
    const attribute = block.body.attribute(key);
    if (attribute) return { value: attribute.value };
    const nested = block.body.blocksOfType(key);
    if (nested.length === 0) return undefined;
    return nested.length === 1 ? { block: nested[0]! } : { blocks: nested };
  },
  items(node) {
    if ('blocks' in node) return node.blocks.map((block) => ({ block }));
    if ('block' in node) return [node];
    return node.value.kind === 'list' ? node.value.items.map((value) => ({ value })) : undefined;
  },
  value(node) {
    if (!('value' in node)) return UNKNOWN;
    return plain(node.value);
  },
};

function plain(v: HclValue): unknown {
  switch (v.kind) {
    case 'string':
    case 'number':
    case 'bool':
      return v.value;
    case 'null':
      return null;
    case 'list': {
      const items = v.items.map(plain);
      return items.includes(UNKNOWN) ? UNKNOWN : items;
    }
    case 'object': {
      const entries = v.entries.map((e) => [e.key, plain(e.value)] as const);
      return entries.some(([, x]) => x === UNKNOWN) ? UNKNOWN : Object.fromEntries(entries);
    }
    default:
      return UNKNOWN;
  }
}

function checkTerraform(policy: DeclarativePolicy, view: TerraformView, ctx: RuleContext<string, unknown>): void {
  const blockTypes = policy.match?.blockTypes ?? (policy.match?.resourceTypes ? ['resource'] : undefined);
  for (const block of view.blocks) {
    if (blockTypes && !blockTypes.includes(block.type)) continue;
    if (policy.match?.resourceTypes && !policy.match.resourceTypes.includes(block.labels[0]?.value ?? '')) continue;
    evaluate(policy, ctx, {
      adapter: hclAdapter,
      root: { block },
      locate: (node) => ('value' in node ? node.value.range : 'block' in node ? node.block.header : node.blocks[0]!.header),
      owner: (node) => ('value' in node ? node.value.range : 'block' in node ? node.block.header : node.blocks[0]!.header),
      key: [block.type, ...block.labels.map((l) => l.value)].join('.'),
    });
  }
}
