import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  finalStage
} from "./chunk-LZWHJDSS.js";
import {
  effectiveInstruction,
  rootImageStage
} from "./chunk-OBOOEO5L.js";
import "./chunk-MTZJL5LE.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-27OXTBH3.js";

// rules/dockerfile/run-as-non-root.ts
var run_as_non_root_default = defineRule({
  meta: {
    id: "dockerfile/run-as-non-root",
    artifact: "dockerfile",
    policy: "non-root",
    level: "error",
    securitySeverity: 7,
    security: true,
    precision: "high",
    docs: {
      summary: "The final stage must switch to a non-root USER",
      rationale: "Without a USER the container runs as root (uid 0). A process escaping the container, or a vulnerability in the app, then has root privileges on the files and kernel interfaces it can reach.",
      remediation: "Create an unprivileged user and switch to it at the end of the final stage: `RUN useradd --uid 10001 app` then `USER 10001` (a numeric uid also lets Kubernetes verify runAsNonRoot)."
    },
    messages: {
      missing: "the final stage sets no USER, so the container runs as root; add `USER <non-root uid>` at the end of the stage",
      root: "USER {{user}} makes the final image run as root; switch to a non-root user (e.g. `USER 10001`)",
      missingWindows: "the final stage sets no USER, so this Windows container runs as ContainerAdministrator; add `USER ContainerUser` at the end of the stage",
      rootWindows: "USER {{user}} makes this Windows container run as an administrator; use `USER ContainerUser`"
    }
  },
  check(view, ctx) {
    const stage = finalStage(view);
    if (!stage) return;
    const base = rootImageStage(stage).resolvedImage ?? "";
    const windows = isWindowsImage(base);
    const user = effectiveInstruction(stage, "USER");
    if (!user) {
      if (/nonroot/i.test(base) || base === "") return;
      ctx.report({ messageId: windows ? "missingWindows" : "missing", at: stage.from, key: "final-stage" });
      return;
    }
    const arg = user.args[0];
    if (!arg || arg.value.includes("$")) return;
    const name = arg.value.split(":")[0];
    if (name === "root" || name === "0") {
      ctx.report({ messageId: "root", data: { user: arg.value }, at: arg, key: "final-stage" });
    } else if (windows && /^(ContainerAdministrator|Administrator)$/i.test(name)) {
      ctx.report({ messageId: "rootWindows", data: { user: arg.value }, at: arg, key: "final-stage" });
    }
  }
});
function isWindowsImage(image) {
  return /(^|\/)windows(\/|$)|nanoserver|servercore|windowsservercore|ltsc20\d\d/i.test(image);
}
export {
  run_as_non_root_default as default
};
