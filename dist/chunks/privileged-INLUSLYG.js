import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
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

// rules/compose/privileged.ts
var import_yaml = __toESM(require_dist(), 1);
var privileged_default = defineRule({
  meta: {
    id: "compose/privileged",
    artifact: "compose",
    policy: "least-privilege",
    level: "error",
    securitySeverity: 9,
    security: true,
    precision: "very-high",
    docs: {
      summary: "Services must not run privileged",
      rationale: "`privileged: true` gives the container all capabilities and host devices and disables its confinement: escaping to the host is trivial.",
      remediation: "Remove `privileged: true`; use `cap_add` for the one capability needed, or `devices:` for one device."
    },
    messages: {
      privileged: "service {{service}} runs privileged (full access to the host); remove privileged: true and add only the capability it needs"
    }
  },
  check(view, ctx) {
    for (const service of view.services) {
      const node = get(service.node, "privileged");
      if (!(0, import_yaml.isScalar)(node) || node.value !== true && node.value !== "true") continue;
      ctx.report({ messageId: "privileged", data: { service: service.name }, at: nodeRange(ctx.file, node), key: `service:${service.name}` });
    }
  }
});
export {
  privileged_default as default
};
