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

// rules/terraform/missing-resource-requests.ts
var missing_resource_requests_default = defineRule({
  meta: {
    id: "terraform/missing-resource-requests",
    artifact: "terraform",
    policy: "resource-limits",
    level: "warning",
    securitySeverity: 2,
    precision: "high",
    docs: {
      summary: "kubernetes_* containers should set CPU and memory requests",
      rationale: "The scheduler places pods by their requests. Without requests (and without limits, which Kubernetes then uses as requests) it overcommits nodes, and under pressure the pod is among the first evicted (BestEffort or Burstable class).",
      remediation: 'Add `resources { requests = { cpu = "100m", memory = "256Mi" } }` to the container, from its typical usage.',
      references: ["https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"]
    },
    messages: {
      missing: 'container "{{name}}" sets no {{what}} request (and no matching limit for Kubernetes to default it from); add `resources { requests = { {{example}} } }`'
    }
  },
  check(view, ctx) {
    for (const container of kubernetesContainers(view)) {
      const requests = missingResources(container.role, resourceSettings(container)).filter((field) => field.startsWith("requests.")).map((field) => field.slice("requests.".length));
      if (requests.length === 0) continue;
      const example = requests.map((what) => `${what} = "\u2026"`).join(", ");
      ctx.report({ messageId: "missing", data: { name: container.name, what: requests.join(" or "), example }, at: container.block.header, key: container.key });
    }
  }
});
export {
  missing_resource_requests_default as default
};
