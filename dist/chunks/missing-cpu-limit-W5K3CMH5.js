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

// rules/kubernetes/missing-cpu-limit.ts
var missing_cpu_limit_default = defineRule({
  meta: {
    id: "kubernetes/missing-cpu-limit",
    artifact: "kubernetes",
    policy: "resource-limits",
    level: "warning",
    securitySeverity: 3,
    precision: "very-high",
    docs: {
      summary: "Containers should set resources.limits.cpu",
      rationale: "A container without a CPU limit can use every idle core of its node; a busy loop or a load spike then slows the other pods there. CPU is throttled rather than killed, so this is less severe than a missing memory limit.",
      remediation: "Set `resources.limits.cpu` (e.g. `500m`) on every container and init container.",
      references: ["https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"]
    },
    messages: {
      missing: 'container "{{container}}" has no resources.limits.cpu; set a CPU limit'
    }
  },
  check(view, ctx) {
    for (const container of view.containers) {
      if (container.partial) continue;
      if (!missingResources(container.role, resourceSettings(container)).includes("limits.cpu")) continue;
      ctx.report({ messageId: "missing", data: { container: container.name ?? `#${container.index}` }, at: containerAnchor(ctx.file, container), key: container.key });
    }
  }
});
export {
  missing_cpu_limit_default as default
};
