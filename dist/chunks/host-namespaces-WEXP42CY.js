import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  asBoolean
} from "./chunk-7ZBIQ4JD.js";
import {
  objectKey
} from "./chunk-CDIG7XST.js";
import "./chunk-RQCYYVTH.js";
import "./chunk-MTZJL5LE.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import {
  get,
  nodeRange
} from "./chunk-WYMY3UWM.js";
import {
  require_dist
} from "./chunk-HWBIRAM6.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// rules/kubernetes/host-namespaces.ts
var import_yaml = __toESM(require_dist(), 1);
var HOST_FIELDS = {
  hostNetwork: "sees and binds the node's network interfaces",
  hostPID: "sees and signals every process on the node",
  hostIPC: "shares the node's IPC namespace (shared memory of other processes)"
};
var host_namespaces_default = defineRule({
  meta: {
    id: "kubernetes/host-namespaces",
    artifact: "kubernetes",
    policy: "least-privilege",
    level: "error",
    securitySeverity: 8,
    security: true,
    precision: "very-high",
    docs: {
      summary: "Pods must not share the host network, PID or IPC namespace",
      rationale: "hostNetwork lets a pod sniff node traffic and reach services bound to localhost on the node; hostPID lets it see and ptrace every process on the node; hostIPC exposes other processes' shared memory. Each breaks the isolation between the pod and the node.",
      remediation: "Remove hostNetwork/hostPID/hostIPC (or set them to false). Node agents that truly need them belong in a dedicated, reviewed namespace.",
      references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"]
    },
    messages: {
      shared: '{{kind}} "{{name}}" sets {{field}}: true, so its pod {{effect}}; remove it'
    }
  },
  check(view, ctx) {
    for (const pod of view.pods) {
      for (const [field, effect] of Object.entries(HOST_FIELDS)) {
        const value = get(pod.node, field);
        if (!(0, import_yaml.isScalar)(value) || asBoolean(value.value) !== true) continue;
        ctx.report({
          messageId: "shared",
          data: { kind: pod.owner.kind, name: pod.owner.name ?? "", field, effect },
          at: nodeRange(ctx.file, value),
          key: `${objectKey(pod.owner)}/${field}`
        });
      }
    }
  }
});
export {
  host_namespaces_default as default
};
