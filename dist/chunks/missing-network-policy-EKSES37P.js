import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  objectAnchor
} from "./chunk-7ZBIQ4JD.js";
import "./chunk-RQCYYVTH.js";
import "./chunk-MTZJL5LE.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-WYMY3UWM.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/kubernetes/missing-network-policy.ts
var NAMESPACED_POLICIES = /* @__PURE__ */ new Set(["NetworkPolicy", "CiliumNetworkPolicy"]);
var CLUSTER_POLICIES = /* @__PURE__ */ new Set(["GlobalNetworkPolicy", "CiliumClusterwideNetworkPolicy", "AdminNetworkPolicy", "BaselineAdminNetworkPolicy"]);
var UNSET = "";
var missing_network_policy_default = defineRule({
  meta: {
    id: "kubernetes/missing-network-policy",
    artifact: "kubernetes",
    policy: "network-exposure",
    level: "note",
    securitySeverity: 4,
    security: true,
    precision: "medium",
    docs: {
      summary: "Namespaces with workloads should have a NetworkPolicy",
      rationale: "Kubernetes allows all pod-to-pod traffic until a NetworkPolicy selects a pod. A compromised pod can then reach every database and internal API in the cluster. This is a note: the policy may live in files that were not scanned.",
      remediation: "Add a default-deny NetworkPolicy to the namespace (`podSelector: {}`, `policyTypes: [Ingress, Egress]`) and allow the flows each workload needs.",
      references: ["https://kubernetes.io/docs/concepts/services-networking/network-policies/"]
    },
    messages: {
      missing: 'namespace {{namespace}} has {{count}} workload(s) (first: {{kind}} "{{name}}") but no NetworkPolicy in the scanned files; add a default-deny NetworkPolicy'
    }
  },
  check(view, ctx) {
    const facts = { workloads: [], covered: [] };
    for (const object of view.objects) {
      if (NAMESPACED_POLICIES.has(object.kind)) facts.covered.push(object.namespace ?? UNSET);
      else if (CLUSTER_POLICIES.has(object.kind)) facts.covered.push("*");
    }
    for (const pod of view.pods) {
      if (pod.partial) continue;
      const namespace = pod.owner.namespace ?? UNSET;
      facts.workloads.push({ namespace, kind: pod.owner.kind, name: pod.owner.name ?? "", range: objectAnchor(ctx.file, pod.owner) });
    }
    if (facts.workloads.length || facts.covered.length) ctx.fact(facts);
  },
  finalize(facts, ctx) {
    const covered = /* @__PURE__ */ new Set();
    const byNamespace = /* @__PURE__ */ new Map();
    for (const fact of facts) {
      const data = fact.data;
      for (const ns of data.covered) covered.add(ns);
      for (const workload of data.workloads) {
        let list = byNamespace.get(workload.namespace);
        if (!list) byNamespace.set(workload.namespace, list = []);
        list.push({ path: fact.path, workload });
      }
    }
    if (covered.has("*")) return;
    for (const [namespace, workloads] of byNamespace) {
      if (covered.has(namespace)) continue;
      workloads.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.workload.range.start.offset - b.workload.range.start.offset);
      const first = workloads[0];
      ctx.report({
        messageId: "missing",
        data: {
          namespace: namespace === UNSET ? "(unset: the namespace it is applied to)" : `"${namespace}"`,
          kind: first.workload.kind,
          name: first.workload.name,
          count: workloads.length
        },
        path: first.path,
        range: first.workload.range,
        key: `namespace:${namespace}`
      });
    }
  }
});
export {
  missing_network_policy_default as default
};
