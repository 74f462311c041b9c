import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  asBoolean,
  containerAnchor
} from "./chunk-7ZBIQ4JD.js";
import "./chunk-RQCYYVTH.js";
import "./chunk-MTZJL5LE.js";
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

// rules/kubernetes/writable-root-filesystem.ts
var import_yaml = __toESM(require_dist(), 1);
var writable_root_filesystem_default = defineRule({
  meta: {
    id: "kubernetes/writable-root-filesystem",
    artifact: "kubernetes",
    policy: "least-privilege",
    level: "note",
    securitySeverity: 3,
    security: true,
    precision: "high",
    docs: {
      summary: "Containers should set securityContext.readOnlyRootFilesystem: true",
      rationale: "With a writable root filesystem, a compromised process can download tools, replace binaries or plant persistence inside the container. A read-only root filesystem makes the container immutable at run time; the app writes only to the volumes it mounts.",
      remediation: "Set `securityContext.readOnlyRootFilesystem: true` and mount an `emptyDir` at the paths the app must write (e.g. /tmp)."
    },
    messages: {
      missing: 'container "{{container}}" does not set securityContext.readOnlyRootFilesystem: true; make the root filesystem read-only and mount emptyDir volumes where it writes',
      disabled: 'container "{{container}}" sets readOnlyRootFilesystem: false; make it true and mount emptyDir volumes where it writes'
    }
  },
  check(view, ctx) {
    for (const container of view.containers) {
      const value = get(container.securityContext, "readOnlyRootFilesystem");
      const name = container.name ?? `#${container.index}`;
      if (value === void 0) {
        if (container.partial) continue;
        ctx.report({ messageId: "missing", data: { container: name }, at: containerAnchor(ctx.file, container), key: container.key });
      } else if ((0, import_yaml.isScalar)(value) && asBoolean(value.value) === false) {
        ctx.report({ messageId: "disabled", data: { container: name }, at: nodeRange(ctx.file, value), key: container.key });
      }
    }
  }
});
export {
  writable_root_filesystem_default as default
};
