/**
 * Paths of declarative policies: `spec.template.spec.containers[*].image`. A segment is a key,
 * `[*]` (every list item) or `[n]` (one item). Keys with dots can be quoted: `metadata.labels."app.kubernetes.io/name"`.
 */
export type PathStep = { key: string } | { index: number } | { every: true };

export function parsePath(path: string): PathStep[] {
  const steps: PathStep[] = [];
  const re = /"([^"]+)"|\[(\*|\d+)\]|([^.[\]"]+)/g;
  for (const m of path.matchAll(re)) {
    if (m[1] !== undefined) steps.push({ key: m[1] });
    else if (m[2] === '*') steps.push({ every: true });
    else if (m[2] !== undefined) steps.push({ index: Number(m[2]) });
    else steps.push({ key: m[3]! });
  }
  return steps;
}

/**
 * How a policy walks one kind of tree (YAML nodes, HCL bodies and values). `value` returns the
 * plain value of a node, or `UNKNOWN` when it cannot be known statically (then no finding).
 */
export interface TreeAdapter<N> {
  child(node: N, key: string): N | undefined;
  items(node: N): N[] | undefined;
  value(node: N): unknown;
}

export const UNKNOWN = Symbol('unknown');

/** A place a path leads to: the node if it exists, else the deepest existing ancestor. */
export interface Resolved<N> {
  node?: N;
  /** The deepest node that exists on the way (the owner to report a missing field on). */
  owner: N;
  /** The part of the path that does not exist, for messages. */
  missing?: string;
}

export function resolvePath<N>(adapter: TreeAdapter<N>, root: N, steps: PathStep[]): Resolved<N>[] {
  let current: Resolved<N>[] = [{ node: root, owner: root }];
  steps.forEach((step, i) => {
    const next: Resolved<N>[] = [];
    for (const r of current) {
      if (!r.node) {
        next.push(r);
        continue;
      }
      if ('every' in step) {
        // Every item must satisfy the rest; an empty or absent list has nothing to check.
        for (const item of adapter.items(r.node) ?? []) next.push({ node: item, owner: item });
      } else {
        const child = 'key' in step ? adapter.child(r.node, step.key) : adapter.items(r.node)?.[step.index];
        next.push(child !== undefined ? { node: child, owner: r.owner } : { owner: r.node, missing: describeSteps(steps.slice(i)) });
      }
    }
    current = next;
  });
  return current;
}

function describeSteps(steps: PathStep[]): string {
  return steps.map((s) => ('key' in s ? s.key : 'every' in s ? '[*]' : `[${s.index}]`)).join('.').replace(/\.\[/g, '[');
}
