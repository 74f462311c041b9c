import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  asBoolean
} from "./chunk-7ZBIQ4JD.js";
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

// rules/kubernetes/privileged-container.ts
var import_yaml = __toESM(require_dist(), 1);
var privileged_container_default = defineRule({
  meta: {
    id: "kubernetes/privileged-container",
    artifact: "kubernetes",
    policy: "least-privilege",
    level: "error",
    securitySeverity: 9,
    security: true,
    precision: "very-high",
    docs: {
      summary: "Containers must not run privileged",
      rationale: "`privileged: true` gives the container every Linux capability and access to all host devices, and lifts seccomp and AppArmor confinement: escaping to the node is trivial.",
      remediation: "Remove `privileged: true`; grant only the specific capability the workload needs (`capabilities.add`) and document why.",
      references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline"]
    },
    messages: {
      privileged: 'container "{{container}}" runs privileged (full access to the node); remove privileged: true and add only the capabilities it needs'
    }
  },
  check(view, ctx) {
    for (const container of view.containers) {
      const value = get(container.securityContext, "privileged");
      if (!(0, import_yaml.isScalar)(value) || asBoolean(value.value) !== true) continue;
      ctx.report({ messageId: "privileged", data: { container: container.name ?? `#${container.index}` }, at: nodeRange(ctx.file, value), key: container.key });
    }
  }
});
export {
  privileged_container_default as default
};
