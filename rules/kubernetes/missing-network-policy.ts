import type { Range } from '../../src/core/source.js';
import { defineRule } from '../../src/core/rule.js';
import { objectAnchor } from '../../src/parsers/kubernetes/locate.js';

/** What one file tells the project check: its workloads and the namespaces its policies cover. */
interface NetworkPolicyFacts {
  workloads: { namespace: string; kind: string; name: string; range: Range }[];
  /** Namespaces with a NetworkPolicy; '*' for cluster-wide policies. */
  covered: string[];
}

/** Namespaced network policy kinds (Kubernetes, Calico, Cilium) and cluster-wide ones. */
const NAMESPACED_POLICIES = new Set(['NetworkPolicy', 'CiliumNetworkPolicy']);
const CLUSTER_POLICIES = new Set(['GlobalNetworkPolicy', 'CiliumClusterwideNetworkPolicy', 'AdminNetworkPolicy', 'BaselineAdminNetworkPolicy']);

/** Objects without a namespace land in the namespace of the `kubectl apply` context. */
const UNSET = '';

/**
 * A project check: pods in a namespace without any NetworkPolicy accept traffic from every pod
 * in the cluster. Whether a namespace has one can only be told from all scanned files, so each
 * file records its workloads and policies and `finalize` reports once per uncovered namespace.
 */
export default defineRule({
  meta: {
    id: 'kubernetes/missing-network-policy',
    artifact: 'kubernetes',
    policy: 'network-exposure',
    level: 'note',
    securitySeverity: 4.0,
    security: true,
    precision: 'medium',
    docs: {
      summary: 'Namespaces with workloads should have a NetworkPolicy',
      rationale:
        'Kubernetes allows all pod-to-pod traffic until a NetworkPolicy selects a pod. A compromised pod can then reach every database and internal API in the cluster. This is a note: the policy may live in files that were not scanned.',
      remediation: 'Add a default-deny NetworkPolicy to the namespace (`podSelector: {}`, `policyTypes: [Ingress, Egress]`) and allow the flows each workload needs.',
      references: ['https://kubernetes.io/docs/concepts/services-networking/network-policies/'],
    },
    messages: {
      missing: 'namespace {{namespace}} has {{count}} workload(s) (first: {{kind}} "{{name}}") but no NetworkPolicy in the scanned files; add a default-deny NetworkPolicy',
    },
  },
  check(view, ctx) {
    const facts: NetworkPolicyFacts = { workloads: [], covered: [] };
    for (const object of view.objects) {
      if (NAMESPACED_POLICIES.has(object.kind)) facts.covered.push(object.namespace ?? UNSET);
      else if (CLUSTER_POLICIES.has(object.kind)) facts.covered.push('*');
    }
    for (const pod of view.pods) {
      if (pod.partial) continue; // a patch of a workload defined elsewhere
      const namespace = pod.owner.namespace ?? UNSET;
      facts.workloads.push({ namespace, kind: pod.owner.kind, name: pod.owner.name ?? '', range: objectAnchor(ctx.file, pod.owner) });
    }
    if (facts.workloads.length || facts.covered.length) ctx.fact(facts);
  },
  finalize(facts, ctx) {
    const covered = new Set<string>();
    const byNamespace = new Map<string, { path: string; workload: NetworkPolicyFacts['workloads'][number] }[]>();
    for (const fact of facts) {
      const data = fact.data as NetworkPolicyFacts;
      for (const ns of data.covered) covered.add(ns);
      for (const workload of data.workloads) {
        let list = byNamespace.get(workload.namespace);
        if (!list) byNamespace.set(workload.namespace, (list = []));
        list.push({ path: fact.path, workload });
      }
    }
    if (covered.has('*')) return;
    for (const [namespace, workloads] of byNamespace) {
      if (covered.has(namespace)) continue;
      // Report at the first workload in path order, so the finding does not move between runs.
      workloads.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.workload.range.start.offset - b.workload.range.start.offset));
      const first = workloads[0]!;
      ctx.report({
        messageId: 'missing',
        data: {
          namespace: namespace === UNSET ? '(unset: the namespace it is applied to)' : `"${namespace}"`,
          kind: first.workload.kind,
          name: first.workload.name,
          count: workloads.length,
        },
        path: first.path,
        range: first.workload.range,
        key: `namespace:${namespace}`,
      });
    }
  },
});
