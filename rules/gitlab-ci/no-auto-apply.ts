import { findAutoApply } from '../../src/checks/auto-apply.js';
import { defineRule } from '../../src/core/rule.js';
import { literalEnvironment } from '../../src/parsers/github-actions/scope.js';
import { checkedJobs, jobScripts, jobVariables } from '../../src/parsers/gitlab-ci/view.js';

/** `terraform apply -auto-approve` (and friends) in a GitLab CI script. */
export default defineRule({
  meta: {
    id: 'gitlab-ci/no-auto-apply',
    artifact: 'gitlab-ci',
    policy: 'no-auto-apply',
    level: 'error',
    securitySeverity: 6.0,
    security: true,
    precision: 'high',
    docs: {
      summary: 'CI jobs must not apply infrastructure changes without a reviewed plan',
      rationale:
        '`terraform apply -auto-approve`, `tofu apply -auto-approve`, non-interactive `terragrunt apply`, `pulumi up --yes` and `cdktf deploy --auto-approve` change real infrastructure without anyone reading the plan. Every `before_script`/`script`/`after_script` line is parsed as shell, in the order the job runs them (inherited through `extends:` and `default:` included), so continuations, `&&` chains, `VAR=… cmd` prefixes, `export`s and `TF_CLI_ARGS`/`TF_CLI_ARGS_apply` from global or job `variables:` are followed. A finding points where the command is written, once even when several jobs inherit it.',
      remediation:
        'Run `terraform plan -out=tfplan` in one job and keep the plan as an artifact, then apply it (`terraform apply tfplan`) in a later `when: manual` job bound to a protected environment.',
      references: ['https://docs.gitlab.com/ee/user/infrastructure/iac/'],
    },
    messages: {
      autoApply: '{{detail}}',
    },
  },
  check(view, ctx) {
    const reported = new Set<number>();
    for (const job of checkedJobs(view)) {
      const commands = jobScripts(job.effective).flatMap((script) => script.commands ?? []);
      for (const hit of findAutoApply(commands, literalEnvironment(jobVariables(view, job)))) {
        if (reported.has(hit.offending.start)) continue;
        reported.add(hit.offending.start);
        ctx.report({ messageId: 'autoApply', data: { detail: hit.message }, at: ctx.file.range(hit.offending.start, hit.offending.end), key: `${job.name}/${hit.tool} ${hit.action}` });
      }
    }
  },
});
