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

// rules/kubernetes/missing-memory-limit.ts
var missing_memory_limit_default = defineRule({
  meta: {
    id: "kubernetes/missing-memory-limit",
    artifact: "kubernetes",
    policy: "resource-limits",
    level: "error",
    securitySeverity: 4,
    precision: "very-high",
    docs: {
      summary: "Containers must set resources.limits.memory",
      rationale: "Memory is not compressible: a container without a memory limit can grow until the node runs out, and then the kernel OOM-kills processes of other pods too. With a limit, only the container that overran is restarted.",
      remediation: "Set `resources.limits.memory` (e.g. `512Mi`) on every container and init container, sized from observed usage plus headroom.",
      references: ["https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/"]
    },
    messages: {
      missing: 'container "{{container}}" has no resources.limits.memory; set a memory limit so it cannot exhaust the node'
    }
  },
  check(view, ctx) {
    for (const container of view.containers) {
      if (container.partial) continue;
      if (!missingResources(container.role, resourceSettings(container)).includes("limits.memory")) continue;
      ctx.report({ messageId: "missing", data: { container: container.name ?? `#${container.index}` }, at: containerAnchor(ctx.file, container), key: container.key });
    }
  }
});
export {
  missing_memory_limit_default as default
};
