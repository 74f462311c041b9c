import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  actionName
} from "./chunk-3KZJGIDG.js";
import {
  inputValues,
  literalEnvironment,
  stepEnvEntries
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
import {
  scalarText
} from "./chunk-AN6FSRJN.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-WYMY3UWM.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/github-actions/no-auto-apply.ts
var no_auto_apply_default = defineRule({
  meta: {
    id: "github-actions/no-auto-apply",
    artifact: "github-actions",
    policy: "no-auto-apply",
    level: "error",
    securitySeverity: 6,
    security: true,
    precision: "high",
    docs: {
      summary: "Workflows must not apply infrastructure changes without a reviewed plan",
      rationale: "`terraform apply -auto-approve`, `tofu apply -auto-approve`, non-interactive `terragrunt apply`, `pulumi up --yes` and `cdktf deploy --auto-approve` change real infrastructure without anyone reading the plan. The shell of every `run:` step is parsed, so continuation lines, `&&` chains, `VAR=\u2026 cmd` prefixes, `export`s and `TF_CLI_ARGS`/`TF_CLI_ARGS_apply` set in workflow, job or step `env:` are all followed. Well-known actions configured to apply without review count too: `pulumi/actions` with `command: up`, `dflook/terraform-apply` with `auto_approve: true`, `gruntwork-io/terragrunt-action` whose `tg_command` applies with `-auto-approve`.",
      remediation: "Run `terraform plan -out=tfplan` and let a person review it (a pull-request comment, a job summary), then apply that saved plan (`terraform apply tfplan`) in a job gated by a protected `environment:` with required reviewers.",
      references: ["https://developer.hashicorp.com/terraform/tutorials/automation/automate-terraform", "https://docs.github.com/en/actions/deployment/targeting-different-environments/using-environments-for-deployment"]
    },
    messages: {
      autoApply: "{{detail}}",
      action: "{{action}} {{detail}}: it applies without a reviewed plan; plan in one job, review, and apply the saved plan in a job gated by a protected environment"
    }
  },
  check(view, ctx) {
    for (const job of view.jobs) {
      for (const step of job.steps) {
        if (step.run?.commands) {
          const env = literalEnvironment(stepEnvEntries(view, job, step));
          for (const hit of findAutoApply(step.run.commands, env)) {
            ctx.report({ messageId: "autoApply", data: { detail: hit.message }, at: ctx.file.range(hit.offending.start, hit.offending.end), key: `${job.id}/${hit.tool} ${hit.action}` });
          }
        }
        checkAction(step, job.id, ctx);
      }
    }
  }
});
function checkAction(step, jobId, ctx) {
  const uses = step.uses;
  if (!uses || uses.kind !== "repository") return;
  const name = actionName(uses.owner, uses.repo, uses.path);
  const inputs = inputValues(step.with);
  const input = (key) => step.with.find((i) => i.name === key)?.value;
  const report = (at, detail) => ctx.report({ messageId: "action", data: { action: `\`${[uses.owner, uses.repo, uses.path].filter(Boolean).join("/")}\``, detail }, at, key: `${jobId}/${name}` });
  if (name === "pulumi/actions" && ["up", "update"].includes(inputs.get("command") ?? "")) {
    report(input("command"), "with `command: up`");
  } else if (/^dflook\/(terraform|tofu)-(apply|destroy)$/.test(name) && /^(true|yes|on)$/i.test(inputs.get("auto_approve") ?? "")) {
    report(input("auto_approve"), "with `auto_approve: true`");
  } else if (name === "gruntwork-io/terragrunt-action") {
    const command = input("tg_command");
    if (!command) return;
    const text = scalarText(ctx.file.text, command.node);
    const words = [...text.value.matchAll(/\S+/g)].map((m) => {
      const [start, end] = text.spanToFile(m.index, m.index + m[0].length);
      return { text: m[0], value: m[0], start, end };
    });
    const name0 = { text: "terragrunt", value: "terragrunt", start: command.range.start.offset, end: command.range.start.offset };
    const hits = findAutoApply([{ name: name0, args: words, assignments: [], start: name0.start, end: command.range.end.offset }]);
    for (const hit of hits) report({ range: ctx.file.range(hit.offending.start, hit.offending.end) }, `with \`tg_command: ${text.value.trim()}\``);
  }
}
export {
  no_auto_apply_default as default
};
