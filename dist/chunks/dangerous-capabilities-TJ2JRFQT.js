import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  DANGEROUS_CAPABILITIES,
  normalizeCapability
} from "./chunk-RQCYYVTH.js";
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

// rules/kubernetes/dangerous-capabilities.ts
var import_yaml = __toESM(require_dist(), 1);
var dangerous_capabilities_default = defineRule({
  meta: {
    id: "kubernetes/dangerous-capabilities",
    artifact: "kubernetes",
    policy: "least-privilege",
    level: "error",
    securitySeverity: 8,
    security: true,
    precision: "very-high",
    docs: {
      summary: "Containers must not add dangerous capabilities (SYS_ADMIN, NET_ADMIN, SYS_PTRACE, ALL, \u2026)",
      rationale: "SYS_ADMIN allows mounting filesystems and most of what root can do; NET_ADMIN reconfigures the node's networking when combined with host networking; SYS_PTRACE reads other processes' memory; SYS_MODULE loads kernel modules; ALL is all of them. Each is a common container-escape path.",
      remediation: "Remove the capability from `capabilities.add`. If the workload really needs it, isolate it (dedicated nodes, a reviewed exception with a suppression comment giving the reason).",
      references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"]
    },
    messages: {
      added: 'container "{{container}}" adds the {{capability}} capability, which gives near-root power over the node; remove it'
    }
  },
  check(view, ctx) {
    for (const container of view.containers) {
      const add = get(get(container.securityContext, "capabilities"), "add");
      if (!(0, import_yaml.isSeq)(add)) continue;
      for (const item of add.items) {
        if (!(0, import_yaml.isScalar)(item) || typeof item.value !== "string") continue;
        const capability = normalizeCapability(item.value);
        if (!DANGEROUS_CAPABILITIES.has(capability)) continue;
        ctx.report({
          messageId: "added",
          data: { container: container.name ?? `#${container.index}`, capability },
          at: nodeRange(ctx.file, item),
          key: `${container.key}/${capability}`
        });
      }
    }
  }
});
export {
  dangerous_capabilities_default as default
};
