import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  containerAnchor,
  resourceSettings
} from "./chunk-7ZBIQ4JD.js";
import {
  missingResources
} from "./chunk-RQCYYVTH.js";
import "./chunk-MTZJL5LE.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-WYMY3UWM.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/kubernetes/missing-resource-requests.ts
var missing_resource_requests_default = defineRule({
  meta: {
    id: "kubernetes/missing-resource-requests",
    artifact: "kubernetes",
    policy: "resource-limits",
    level: "warning",
    securitySeverity: 2,
    precision: "very-high",
    docs: {
      summary: "Containers should set resources.requests.cpu and resources.requests.memory",
      rationale: "The scheduler places pods by their requests. Without requests (and without limits, which Kubernetes then uses as requests) a pod is BestEffort: it can be packed onto a full node and is the first evicted under pressure.",
      remediation: "Set `resources.requests.cpu` and `resources.requests.memory` to what the container needs in normal operation.",
      references: ["https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"]
    },
    messages: {
      missing: 'container "{{container}}" has no {{fields}} (and no matching limit for Kubernetes to default it from); set the request'
    }
  },
  check(view, ctx) {
    for (const container of view.containers) {
      if (container.partial) continue;
      const missing = missingResources(container.role, resourceSettings(container)).filter((f) => f.startsWith("requests."));
      if (missing.length === 0) continue;
      ctx.report({
        messageId: "missing",
        data: { container: container.name ?? `#${container.index}`, fields: missing.map((f) => `resources.${f}`).join(" and ") },
        at: containerAnchor(ctx.file, container),
        key: container.key
      });
    }
  }
});
export {
  missing_resource_requests_default as default
};
