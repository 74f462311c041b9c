import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  isManual,
  jobScripts
} from "./chunk-4ICK3NPK.js";
import {
  isDeployCommand
} from "./chunk-MG5MN63A.js";
import "./chunk-G67JDZJW.js";
import "./chunk-X5T3IXJT.js";
import "./chunk-OI5CPLJU.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-27OXTBH3.js";

// rules/gitlab-ci/deploy-without-approval.ts
var deploy_without_approval_default = defineRule({
  meta: {
    id: "gitlab-ci/deploy-without-approval",
    artifact: "gitlab-ci",
    policy: "approval-gates",
    level: "warning",
    securitySeverity: 5,
    security: true,
    precision: "medium",
    docs: {
      summary: "Deploy jobs need a gate: when: manual or an environment that can be protected",
      rationale: "GitLab offers two gates for a deploy: `when: manual` (on the job or in its `rules:`), and protected environments with required approvals, which apply only to jobs that declare `environment:`. A job that deploys (`kubectl apply`, `helm upgrade`, `terraform apply`, `pulumi up`, cloud CLI deploys) with neither runs on every pipeline that reaches it. Whether an environment is protected is a project setting this file cannot show, so a job that declares `environment:` is taken as gated; declare it and protect it. Jobs whose `extends:` names a template from another file are skipped (cannot tell); `environment: { action: stop }` jobs are not deploys.",
      remediation: "Declare the environment (`environment: production`) and protect it with required approvals in Settings \u2192 CI/CD \u2192 Protected environments, or add `when: manual` for a person to start the deploy.",
      references: ["https://docs.gitlab.com/ee/ci/environments/protected_environments.html", "https://docs.gitlab.com/ee/ci/environments/deployment_approvals.html"]
    },
    messages: {
      ungated: "job `{{job}}` deploys (`{{what}}` on line {{line}}) with neither `when: manual` nor an `environment:`; declare the environment and protect it, or make the job manual"
    }
  },
  check(view, ctx) {
    for (const job of view.jobs) {
      if (job.hidden || !job.complete || job.effective.environment || isManual(job.effective)) continue;
      for (const command of jobScripts(job.effective).flatMap((s) => s.commands ?? [])) {
        const deploy = isDeployCommand(command);
        if (!deploy) continue;
        const at = ctx.file.range(command.start, command.end);
        ctx.report({
          messageId: "ungated",
          data: { job: job.name, what: deploy.what, line: at.start.line },
          at: job.key,
          key: `job:${job.name}`,
          related: [{ at, message: `deploys here: ${deploy.what}` }]
        });
        break;
      }
    }
  }
});
export {
  deploy_without_approval_default as default
};
