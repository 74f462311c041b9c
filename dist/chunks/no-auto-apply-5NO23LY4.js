import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  checkedJobs,
  jobScripts,
  jobVariables
} from "./chunk-4ICK3NPK.js";
import {
  literalEnvironment
} from "./chunk-QHOV6QQY.js";
import "./chunk-5INRTA5U.js";
import "./chunk-VSQOVHO6.js";
import "./chunk-HE76RRAI.js";
import {
  findAutoApply
} from "./chunk-RQ2BHL45.js";
import "./chunk-G67JDZJW.js";
import "./chunk-X5T3IXJT.js";
import "./chunk-OI5CPLJU.js";
import "./chunk-AN6FSRJN.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-WYMY3UWM.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/gitlab-ci/no-auto-apply.ts
var no_auto_apply_default = defineRule({
  meta: {
    id: "gitlab-ci/no-auto-apply",
    artifact: "gitlab-ci",
    policy: "no-auto-apply",
    level: "error",
    securitySeverity: 6,
    security: true,
    precision: "high",
    docs: {
      summary: "CI jobs must not apply infrastructure changes without a reviewed plan",
      rationale: "`terraform apply -auto-approve`, `tofu apply -auto-approve`, non-interactive `terragrunt apply`, `pulumi up --yes` and `cdktf deploy --auto-approve` change real infrastructure without anyone reading the plan. Every `before_script`/`script`/`after_script` line is parsed as shell, in the order the job runs them (inherited through `extends:` and `default:` included), so continuations, `&&` chains, `VAR=\u2026 cmd` prefixes, `export`s and `TF_CLI_ARGS`/`TF_CLI_ARGS_apply` from global or job `variables:` are followed. A finding points where the command is written, once even when several jobs inherit it.",
      remediation: "Run `terraform plan -out=tfplan` in one job and keep the plan as an artifact, then apply it (`terraform apply tfplan`) in a later `when: manual` job bound to a protected environment.",
      references: ["https://docs.gitlab.com/ee/user/infrastructure/iac/"]
    },
    messages: {
      autoApply: "{{detail}}"
    }
  },
  check(view, ctx) {
    const reported = /* @__PURE__ */ new Set();
    for (const job of checkedJobs(view)) {
      const commands = jobScripts(job.effective).flatMap((script) => script.commands ?? []);
      for (const hit of findAutoApply(commands, literalEnvironment(jobVariables(view, job)))) {
        if (reported.has(hit.offending.start)) continue;
        reported.add(hit.offending.start);
        ctx.report({ messageId: "autoApply", data: { detail: hit.message }, at: ctx.file.range(hit.offending.start, hit.offending.end), key: `${job.name}/${hit.tool} ${hit.action}` });
      }
    }
  }
});
export {
  no_auto_apply_default as default
};
