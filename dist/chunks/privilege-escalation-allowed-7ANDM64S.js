import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  asBoolean,
  containerAnchor,
  isPrivileged
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

// rules/kubernetes/privilege-escalation-allowed.ts
var import_yaml = __toESM(require_dist(), 1);
var privilege_escalation_allowed_default = defineRule({
  meta: {
    id: "kubernetes/privilege-escalation-allowed",
    artifact: "kubernetes",
    policy: "least-privilege",
    level: "warning",
    securitySeverity: 6,
    security: true,
    precision: "high",
    docs: {
      summary: "Containers should set securityContext.allowPrivilegeEscalation: false",
      rationale: "allowPrivilegeEscalation defaults to true: a process can gain more privileges than its parent through setuid binaries (sudo, su, ping) or file capabilities. Setting it to false sets no_new_privs, which blocks that path even when an attacker controls the process.",
      remediation: "Set `securityContext.allowPrivilegeEscalation: false` on every container (it cannot be set at the pod level).",
      references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"]
    },
    messages: {
      missing: 'container "{{container}}" does not set securityContext.allowPrivilegeEscalation (it defaults to true); set it to false',
      enabled: 'container "{{container}}" sets allowPrivilegeEscalation: true; set it to false unless a setuid binary is required'
    }
  },
  check(view, ctx) {
    for (const container of view.containers) {
      const value = get(container.securityContext, "allowPrivilegeEscalation");
      const name = container.name ?? `#${container.index}`;
      if (value === void 0) {
        if (container.partial || isPrivileged(container)) continue;
        ctx.report({ messageId: "missing", data: { container: name }, at: containerAnchor(ctx.file, container), key: container.key });
      } else if ((0, import_yaml.isScalar)(value) && asBoolean(value.value) === true) {
        ctx.report({ messageId: "enabled", data: { container: name }, at: nodeRange(ctx.file, value), key: container.key });
      }
    }
  }
});
export {
  privilege_escalation_allowed_default as default
};
