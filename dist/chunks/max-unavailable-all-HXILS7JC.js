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
  getIn,
  nodeRange,
  scalarString
} from "./chunk-WYMY3UWM.js";
import {
  require_dist
} from "./chunk-HWBIRAM6.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// rules/kubernetes/max-unavailable-all.ts
var import_yaml = __toESM(require_dist(), 1);
var max_unavailable_all_default = defineRule({
  meta: {
    id: "kubernetes/max-unavailable-all",
    artifact: "kubernetes",
    policy: "rollback",
    level: "note",
    precision: "high",
    docs: {
      summary: "A Deployment rolling update should not allow all replicas to be unavailable",
      rationale: "With `maxUnavailable` at 100% (or at the replica count) a rolling update may stop every old pod before a new one is ready: a bad release takes the service down completely instead of stalling with the old pods still serving.",
      remediation: "Use a lower `maxUnavailable` (e.g. 25% or 1) with `maxSurge`, so old pods keep serving until new ones are ready.",
      references: ["https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#max-unavailable"]
    },
    messages: {
      all: 'Deployment "{{name}}" allows maxUnavailable {{value}} of {{replicas}} replicas, so a rollout can take every pod down at once; lower it (e.g. 25%)'
    }
  },
  check(view, ctx) {
    for (const object of view.objects) {
      if (object.kind !== "Deployment") continue;
      const value = getIn(object.node, ["spec", "strategy", "rollingUpdate", "maxUnavailable"]);
      if (!(0, import_yaml.isScalar)(value)) continue;
      const text = scalarString(value) ?? "";
      const replicas = asInteger(scalarString(get(get(object.node, "spec"), "replicas")));
      const percent = /^(\d+)%$/.exec(text.trim());
      const all = percent ? Number(percent[1]) >= 100 : replicas !== void 0 && replicas > 0 && (asInteger(text) ?? -1) >= replicas;
      if (!all) continue;
      ctx.report({ messageId: "all", data: { name: object.name ?? "", value: text, replicas: replicas ?? "all" }, at: nodeRange(ctx.file, value), key: objectKey(object) });
    }
  }
});
export {
  max_unavailable_all_default as default
};
