import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  jobScripts,
  jobVariables,
  jobsBefore
} from "./chunk-4ICK3NPK.js";
import {
  literalEnvironment
} from "./chunk-QHOV6QQY.js";
import "./chunk-5INRTA5U.js";
import "./chunk-VSQOVHO6.js";
import "./chunk-HE76RRAI.js";
import {
  findAutoApply,
  hasApply,
  isPlanCommand
} from "./chunk-RQ2BHL45.js";
import {
  describeInfraCommand
} from "./chunk-G67JDZJW.js";
import "./chunk-X5T3IXJT.js";
import "./chunk-OI5CPLJU.js";
import "./chunk-AN6FSRJN.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-WYMY3UWM.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/gitlab-ci/apply-without-plan.ts
var apply_without_plan_default = defineRule({
  meta: {
    id: "gitlab-ci/apply-without-plan",
    artifact: "gitlab-ci",
    policy: "no-auto-apply",
    level: "warning",
    securitySeverity: 4,
    precision: "medium",
    docs: {
      summary: "An apply should follow a plan in the same job or in a job that runs before it",
      rationale: "Without `terraform plan` (or `tofu plan`, `terragrunt plan`, `pulumi preview`, `cdktf diff`) earlier in the job or in a job that finishes before it (its `needs:`, transitively; without `needs:`, the jobs of earlier stages), nobody could have reviewed what the apply changes. Jobs whose `extends:` names a template from another file are skipped (their scripts are not all known). Applies already reported by `gitlab-ci/no-auto-apply` are not reported again.",
      remediation: "Add a plan job (`terraform plan -out=tfplan`, plan kept as an artifact) in an earlier stage and apply that saved plan in a manual job."
    },
    messages: {
      noPlan: "`{{command}}` runs with no plan before it in job `{{job}}` or in the jobs that run before it; plan first (`plan -out=tfplan`), review, then apply the saved plan"
    }
  },
  check(view, ctx) {
    const plans = (job) => jobScripts(job.effective).some((s) => (s.commands ?? []).some(isPlanCommand));
    const reported = /* @__PURE__ */ new Set();
    for (const job of view.jobs) {
      if (job.hidden || !job.complete || jobsBefore(view, job).some(plans)) continue;
      const commands = jobScripts(job.effective).flatMap((script) => script.commands ?? []);
      const autoApplied = new Set(findAutoApply(commands, literalEnvironment(jobVariables(view, job))).map((hit) => hit.command));
      for (const command of commands) {
        if (isPlanCommand(command)) break;
        if (!hasApply(command) || autoApplied.has(command)) continue;
        const invocation = describeInfraCommand(command);
        if (reported.has(invocation.verbWord.start)) continue;
        reported.add(invocation.verbWord.start);
        ctx.report({
          messageId: "noPlan",
          data: { command: `${invocation.tool} ${invocation.action}`, job: job.name },
          at: ctx.file.range(invocation.verbWord.start, invocation.verbWord.end),
          key: `${job.name}/${invocation.tool} ${invocation.action}`
        });
      }
    }
  }
});
export {
  apply_without_plan_default as default
};
