import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  finalStage
} from "./chunk-LZWHJDSS.js";
import {
  effectiveInstruction
} from "./chunk-OBOOEO5L.js";
import "./chunk-MTZJL5LE.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-27OXTBH3.js";

// rules/dockerfile/healthcheck-disabled.ts
var healthcheck_disabled_default = defineRule({
  meta: {
    id: "dockerfile/healthcheck-disabled",
    artifact: "dockerfile",
    policy: "health-probes",
    level: "note",
    precision: "high",
    docs: {
      summary: "HEALTHCHECK NONE disables health checking",
      rationale: "`HEALTHCHECK NONE` turns off any check inherited from the base image. That is fine when an orchestrator probes the container, worth a second look otherwise.",
      remediation: "Keep it if Kubernetes probes (or another orchestrator) check the container; otherwise declare `HEALTHCHECK CMD \u2026`."
    },
    messages: {
      disabled: "HEALTHCHECK NONE disables health checking for this image; make sure the orchestrator probes it"
    }
  },
  check(view, ctx) {
    const stage = finalStage(view);
    const healthcheck = stage && effectiveInstruction(stage, "HEALTHCHECK");
    const first = healthcheck?.args[0];
    if (healthcheck && first && first.value.toUpperCase() === "NONE") {
      ctx.report({ messageId: "disabled", at: healthcheck, key: "final-stage" });
    }
  }
});
export {
  healthcheck_disabled_default as default
};
