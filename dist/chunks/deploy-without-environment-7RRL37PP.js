import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  isDeployCommand
} from "./chunk-MG5MN63A.js";
import {
  actionName,
  isDeployAction,
  startsLocalCluster
} from "./chunk-3KZJGIDG.js";
import {
  inputValues
} from "./chunk-QHOV6QQY.js";
import "./chunk-5INRTA5U.js";
import "./chunk-VSQOVHO6.js";
import "./chunk-HE76RRAI.js";
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

// rules/github-actions/deploy-without-environment.ts
var deploy_without_environment_default = defineRule({
  meta: {
    id: "github-actions/deploy-without-environment",
    artifact: "github-actions",
    policy: "approval-gates",
    level: "warning",
    securitySeverity: 5,
    security: true,
    precision: "high",
    docs: {
      summary: "Jobs that deploy must name an environment so the deploy can be gated",
      rationale: "Required reviewers, wait timers and branch restrictions are properties of a GitHub environment: they only hold a job back when the job says `environment:`. A job that runs `kubectl apply`, `helm upgrade`, `terraform apply`, `pulumi up`, a cloud CLI deploy, or a deploy action (`azure/webapps-deploy`, `aws-actions/amazon-ecs-deploy-task-definition`, `google-github-actions/deploy-cloudrun`, \u2026) without it reaches production the moment it is triggered. A job that first starts a throwaway cluster on the runner (kind, minikube, k3d, microk8s; by action or script) is testing, not deploying, and is not reported.",
      remediation: "Add `environment: production` (or the environment the job deploys to) to the job and configure required reviewers for that environment in the repository settings.",
      references: ["https://docs.github.com/en/actions/deployment/targeting-different-environments/using-environments-for-deployment"]
    },
    messages: {
      noEnvironment: "job `{{job}}` deploys (`{{what}}` on line {{line}}) but has no `environment:`; add one and protect it with required reviewers"
    }
  },
  check(view, ctx) {
    if (view.type !== "workflow") return;
    for (const job of view.jobs) {
      if (job.environment || job.uses) continue;
      const actionOf = (uses) => uses?.kind === "repository" ? actionName(uses.owner, uses.repo, uses.path) : void 0;
      if (job.steps.some((step) => startsLocalCluster(actionOf(step.uses), step.run?.text.value))) continue;
      let found;
      for (const step of job.steps) {
        if (found) break;
        const uses = step.uses;
        const action = actionOf(uses);
        if (uses && action && isDeployAction(action, inputValues(step.with))) {
          found = { what: action, at: uses.range };
          break;
        }
        for (const command of step.run?.commands ?? []) {
          const deploy = isDeployCommand(command);
          if (deploy) {
            found = { what: deploy.what, at: ctx.file.range(command.start, command.end) };
            break;
          }
        }
      }
      if (!found) continue;
      ctx.report({
        messageId: "noEnvironment",
        data: { job: job.id, what: found.what, line: found.at.start.line },
        at: job.key,
        key: `job:${job.id}`,
        related: [{ at: found.at, message: `deploys here: ${found.what}` }]
      });
    }
  }
});
export {
  deploy_without_environment_default as default
};
