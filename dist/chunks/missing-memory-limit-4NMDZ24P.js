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

// rules/terraform/missing-memory-limit.ts
var missing_memory_limit_default = defineRule({
  meta: {
    id: "terraform/missing-memory-limit",
    artifact: "terraform",
    policy: "resource-limits",
    level: "error",
    securitySeverity: 5,
    precision: "high",
    docs: {
      summary: "kubernetes_* containers must set a memory limit",
      rationale: "A container without a memory limit can use all the memory of its node: one leak then gets other pods evicted or OOM-killed, and a noisy neighbour takes a whole node down with it.",
      remediation: 'Add `resources { limits = { memory = "512Mi" } }` to the container, sized from its observed usage.',
      references: ["https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"]
    },
    messages: {
      missing: 'container "{{name}}" has no memory limit; add `resources { limits = { memory = "\u2026" } }`'
    }
  },
  check(view, ctx) {
    for (const container of kubernetesContainers(view)) {
      if (missingResources(container.role, resourceSettings(container)).includes("limits.memory")) {
        ctx.report({ messageId: "missing", data: { name: container.name }, at: container.block.header, key: container.key });
      }
    }
  }
});
export {
  missing_memory_limit_default as default
};
