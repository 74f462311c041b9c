import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  kubernetesContainers,
  resourceSettings
} from "./chunk-BBN6UGRQ.js";
import "./chunk-DAYPLTKD.js";
import "./chunk-O24M6ZPD.js";
import {
  missingResources
} from "./chunk-RQCYYVTH.js";
import "./chunk-FDI3CXUN.js";
import "./chunk-MTZJL5LE.js";
import "./chunk-4XWRCDWT.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/terraform/missing-cpu-limit.ts
var missing_cpu_limit_default = defineRule({
  meta: {
    id: "terraform/missing-cpu-limit",
    artifact: "terraform",
    policy: "resource-limits",
    level: "warning",
    securitySeverity: 3,
    precision: "high",
    docs: {
      summary: "kubernetes_* containers should set a CPU limit",
      rationale: "A container without a CPU limit can take every core of its node and slow down the other pods scheduled there.",
      remediation: 'Add `resources { limits = { cpu = "500m" } }` to the container, sized from its observed usage.',
      references: ["https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"]
    },
    messages: {
      missing: 'container "{{name}}" has no CPU limit; add `resources { limits = { cpu = "\u2026" } }`'
    }
  },
  check(view, ctx) {
    for (const container of kubernetesContainers(view)) {
      if (missingResources(container.role, resourceSettings(container)).includes("limits.cpu")) {
        ctx.report({ messageId: "missing", data: { name: container.name }, at: container.block.header, key: container.key });
      }
    }
  }
});
export {
  missing_cpu_limit_default as default
};
