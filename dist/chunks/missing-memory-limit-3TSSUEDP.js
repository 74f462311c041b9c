import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import {
  get,
  getIn,
  nodeRange
} from "./chunk-WYMY3UWM.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/compose/missing-memory-limit.ts
var missing_memory_limit_default = defineRule({
  meta: {
    id: "compose/missing-memory-limit",
    artifact: "compose",
    policy: "resource-limits",
    level: "note",
    precision: "high",
    docs: {
      summary: "Services should set a memory limit",
      rationale: "A service without a memory limit can use all of the host's memory, and the kernel then kills processes of other services. Compose files are often for local development, so this is a note.",
      remediation: "Set `deploy.resources.limits.memory` (e.g. `512M`), or `mem_limit`.",
      references: ["https://docs.docker.com/reference/compose-file/deploy/#resources"]
    },
    messages: {
      missing: "service {{service}} has no memory limit; set deploy.resources.limits.memory (or mem_limit)"
    }
  },
  check(view, ctx) {
    for (const service of view.services) {
      if (get(service.node, "mem_limit") !== void 0) continue;
      if (getIn(service.node, ["deploy", "resources", "limits", "memory"]) !== void 0) continue;
      ctx.report({ messageId: "missing", data: { service: service.name }, at: nodeRange(ctx.file, service.nameNode), key: `service:${service.name}` });
    }
  }
});
export {
  missing_memory_limit_default as default
};
