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

// rules/dockerfile/missing-healthcheck.ts
var missing_healthcheck_default = defineRule({
  meta: {
    id: "dockerfile/missing-healthcheck",
    artifact: "dockerfile",
    policy: "health-probes",
    level: "warning",
    precision: "medium",
    docs: {
      summary: "The final stage should declare a HEALTHCHECK",
      rationale: 'Without a health check, Docker, Compose and Swarm only know whether the process is alive, not whether it serves: a hung server stays "running" and is never restarted. (Kubernetes ignores HEALTHCHECK and uses probes instead.)',
      remediation: "Add `HEALTHCHECK CMD <command that exits 0 when healthy>` to the final stage, or `HEALTHCHECK NONE` to record that the image is health-checked elsewhere (e.g. by Kubernetes probes)."
    },
    messages: {
      missing: "the final stage has no HEALTHCHECK, so a hung container looks healthy; add `HEALTHCHECK CMD \u2026` (or `HEALTHCHECK NONE` if probes run elsewhere)"
    }
  },
  check(view, ctx) {
    const stage = finalStage(view);
    if (!stage || effectiveInstruction(stage, "HEALTHCHECK")) return;
    ctx.report({ messageId: "missing", at: stage.from, key: "final-stage" });
  }
});
export {
  missing_healthcheck_default as default
};
