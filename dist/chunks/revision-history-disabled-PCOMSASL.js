import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  asInteger
} from "./chunk-7ZBIQ4JD.js";
import {
  objectKey
} from "./chunk-CDIG7XST.js";
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

// rules/kubernetes/revision-history-disabled.ts
var import_yaml = __toESM(require_dist(), 1);
var KINDS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet", "Rollout"]);
var revision_history_disabled_default = defineRule({
  meta: {
    id: "kubernetes/revision-history-disabled",
    artifact: "kubernetes",
    policy: "rollback",
    level: "warning",
    precision: "very-high",
    docs: {
      summary: "Workloads must keep revision history (revisionHistoryLimit > 0)",
      rationale: "With `revisionHistoryLimit: 0` Kubernetes deletes old ReplicaSets (or ControllerRevisions) as soon as a rollout finishes, so `kubectl rollout undo` cannot roll back a bad release.",
      remediation: "Remove `revisionHistoryLimit` (the default is 10) or set it to a small positive number such as 3.",
      references: ["https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#revision-history-limit"]
    },
    messages: {
      zero: '{{kind}} "{{name}}" sets revisionHistoryLimit: 0, so a bad rollout cannot be undone; keep at least a few revisions (default 10)'
    }
  },
  check(view, ctx) {
    for (const object of view.objects) {
      if (!KINDS.has(object.kind)) continue;
      const value = get(get(object.node, "spec"), "revisionHistoryLimit");
      if (!(0, import_yaml.isScalar)(value) || asInteger(value.value) !== 0) continue;
      ctx.report({ messageId: "zero", data: { kind: object.kind, name: object.name ?? "" }, at: nodeRange(ctx.file, value), key: objectKey(object) });
    }
  }
});
export {
  revision_history_disabled_default as default
};
