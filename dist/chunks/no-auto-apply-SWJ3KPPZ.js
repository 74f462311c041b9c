import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  findAutoApply
} from "./chunk-RQ2BHL45.js";
import "./chunk-G67JDZJW.js";
import "./chunk-X5T3IXJT.js";
import "./chunk-OI5CPLJU.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-27OXTBH3.js";

// rules/dockerfile/no-auto-apply.ts
var no_auto_apply_default = defineRule({
  meta: {
    id: "dockerfile/no-auto-apply",
    artifact: "dockerfile",
    policy: "no-auto-apply",
    level: "error",
    securitySeverity: 6,
    security: true,
    precision: "high",
    docs: {
      summary: "RUN must not apply infrastructure changes without approval",
      rationale: "`terraform apply -auto-approve` (and `tofu`, `terragrunt`, `pulumi up --yes`, `cdktf deploy --auto-approve`) changes real infrastructure with no human looking at the plan. Inside `docker build` it is worse: it runs on every build, with whatever credentials the build has, and its output is buried in build logs.",
      remediation: "Run `terraform plan -out=tfplan` in CI, have a person approve it, and apply that saved plan (`terraform apply tfplan`) in a gated deployment job, not in an image build."
    },
    messages: {
      autoApply: "RUN (on every image build): {{detail}}"
    }
  },
  check(view, ctx) {
    for (const script of view.runScripts) {
      if (!script.shell) continue;
      const stageEnv = Object.fromEntries(
        (script.instruction.stage?.instructions ?? []).filter((i) => i.keyword === "ENV" && i.range.start.offset < script.offset).flatMap((i) => i.properties).filter((p) => p.value).map((p) => [p.name.value, p.value.value])
      );
      for (const hit of findAutoApply(script.shell.commands, stageEnv)) {
        const { start, end } = hit.offending;
        ctx.report({
          messageId: "autoApply",
          data: { detail: hit.message },
          at: ctx.file.range(script.offset + start, script.offset + end),
          key: `${hit.tool} ${hit.action}`
        });
      }
    }
  }
});
export {
  no_auto_apply_default as default
};
