import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  actionName,
  isPlanAction
} from "./chunk-3KZJGIDG.js";
import {
  inputValues,
  jobCommands,
  jobsBefore,
  literalEnvironment,
  stepEnvEntries
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

// rules/github-actions/apply-without-plan.ts
var apply_without_plan_default = defineRule({
  meta: {
    id: "github-actions/apply-without-plan",
    artifact: "github-actions",
    policy: "no-auto-apply",
    level: "warning",
    securitySeverity: 4,
    precision: "medium",
    docs: {
      summary: "An apply should follow a plan in the same job or in a job it needs",
      rationale: "A reviewed plan is what makes an apply safe: without `terraform plan` (or `tofu plan`, `terragrunt plan`, `pulumi preview`, `cdktf diff`, or a plan action such as `dflook/terraform-plan`) earlier in the same job or in a job it `needs` (directly or transitively), the apply changes whatever the code says today, unseen. Applies already reported by `github-actions/no-auto-apply` are not reported again here.",
      remediation: "Add a plan step (`terraform plan -out=tfplan`), publish it for review, and apply that saved plan in a later job that `needs:` the plan job and is gated by an `environment:`."
    },
    messages: {
      noPlan: "`{{command}}` runs with no plan before it in job `{{job}}` or in the jobs it needs; plan first (`plan -out=tfplan`), review, then apply the saved plan"
    }
  },
  check(view, ctx) {
    const plans = (job) => jobCommands(job).some(({ command }) => isPlanCommand(command)) || job.steps.some((s) => s.uses?.kind === "repository" && isPlanAction(actionName(s.uses.owner, s.uses.repo, s.uses.path), inputValues(s.with)));
    for (const job of view.jobs) {
      if (jobsBefore(view, job).some(plans)) continue;
      let planned = false;
      for (const step of job.steps) {
        if (step.uses?.kind === "repository" && isPlanAction(actionName(step.uses.owner, step.uses.repo, step.uses.path), inputValues(step.with))) planned = true;
        const commands = step.run?.commands ?? [];
        const autoApplied = new Set(findAutoApply(commands, literalEnvironment(stepEnvEntries(view, job, step))).map((hit) => hit.command));
        for (const command of commands) {
          if (isPlanCommand(command)) planned = true;
          if (planned || !hasApply(command) || autoApplied.has(command)) continue;
          const invocation = describeInfraCommand(command);
          ctx.report({
            messageId: "noPlan",
            data: { command: `${invocation.tool} ${invocation.action}`, job: job.id },
            at: ctx.file.range(invocation.verbWord.start, invocation.verbWord.end),
            key: `${job.id}/${invocation.tool} ${invocation.action}`
          });
        }
      }
    }
  }
});
export {
  apply_without_plan_default as default
};
