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
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/compose/missing-user.ts
var missing_user_default = defineRule({
  meta: {
    id: "compose/missing-user",
    artifact: "compose",
    policy: "non-root",
    level: "note",
    securitySeverity: 3,
    security: true,
    precision: "medium",
    docs: {
      summary: "Services should set a non-root user",
      rationale: "Without `user:` a service runs as the image's USER, which is root for most public images. Stating the user in the Compose file makes it explicit and independent of the image. This is a note because the image may already set a non-root USER.",
      remediation: 'Add `user: "10001:10001"` (or the uid the image documents) to the service.'
    },
    messages: {
      missing: `service {{service}} sets no user, so it runs as the image's USER (root for most images); add user: "<non-root uid>"`
    }
  },
  check(view, ctx) {
    for (const service of view.services) {
      if (get(service.node, "user") !== void 0) continue;
      ctx.report({ messageId: "missing", data: { service: service.name }, at: nodeRange(ctx.file, service.nameNode), key: `service:${service.name}` });
    }
  }
});
export {
  missing_user_default as default
};
