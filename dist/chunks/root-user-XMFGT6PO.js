import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import {
  get,
  nodeRange,
  scalarString
} from "./chunk-WYMY3UWM.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/compose/root-user.ts
var root_user_default = defineRule({
  meta: {
    id: "compose/root-user",
    artifact: "compose",
    policy: "non-root",
    level: "error",
    securitySeverity: 7,
    security: true,
    precision: "very-high",
    docs: {
      summary: "Services must not set user: root (or uid 0)",
      rationale: "An explicit `user: root` overrides a non-root USER of the image: a compromise of the service then has root in the container and an easier path to the host.",
      remediation: 'Set a non-root user (`user: "10001:10001"`) and give it the file permissions it needs.'
    },
    messages: {
      root: 'service {{service}} runs as root (user: {{user}}); set a non-root uid such as "10001"'
    }
  },
  check(view, ctx) {
    for (const service of view.services) {
      const node = get(service.node, "user");
      const user = scalarString(node);
      if (!node || user === void 0) continue;
      const name = user.trim().split(":")[0];
      if (name !== "root" && name !== "0") continue;
      ctx.report({ messageId: "root", data: { service: service.name, user }, at: nodeRange(ctx.file, node), key: `service:${service.name}` });
    }
  }
});
export {
  root_user_default as default
};
