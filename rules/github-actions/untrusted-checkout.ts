import { isPullRequestHeadRef, isPullRequestNumber } from '../../src/checks/github-contexts.js';
import { defineRule } from '../../src/core/rule.js';
import { contextPaths, findExpressions } from '../../src/parsers/github-actions/expressions.js';

const PRIVILEGED_TRIGGERS = new Set(['pull_request_target', 'workflow_run']);

/** `pull_request_target` + checkout of the PR head: a fork's code runs with the base repository's secrets. */
export default defineRule({
  meta: {
    id: 'github-actions/untrusted-checkout',
    artifact: 'github-actions',
    policy: 'least-privilege',
    level: 'error',
    securitySeverity: 9.0,
    security: true,
    precision: 'high',
    docs: {
      summary: 'pull_request_target and workflow_run workflows must not check out the pull request head',
      rationale:
        '`pull_request_target` and `workflow_run` run in the context of the base repository, with its secrets and a write token, even for pull requests from forks. Checking out the pull request\'s head (`ref: ${{ github.event.pull_request.head.sha }}`, `head.ref`, `github.head_ref`, `workflow_run.head_sha`) and then building or testing it runs the fork author\'s code with those privileges ("pwn request").',
      remediation:
        'Use the `pull_request` trigger for anything that runs the pull request\'s code; keep `pull_request_target` for jobs that only label or comment, without checking out the head. If results must be published, build in `pull_request` and publish from a separate `workflow_run` job that treats the artifacts as untrusted data.',
      references: ['https://securitylab.github.com/resources/github-actions-preventing-pwn-requests/'],
    },
    messages: {
      headCheckout: 'this `{{trigger}}` workflow checks out the pull request head (`{{context}}`) with the base repository\'s secrets and token; build untrusted code under `pull_request` instead',
    },
  },
  check(view, ctx) {
    const trigger = view.triggers.find((t) => PRIVILEGED_TRIGGERS.has(t.event));
    if (!trigger) return;
    for (const job of view.jobs) {
      for (const step of job.steps) {
        const uses = step.uses;
        if (uses?.kind !== 'repository' || `${uses.owner}/${uses.repo}`.toLowerCase() !== 'actions/checkout') continue;
        for (const input of step.with) {
          if ((input.name !== 'ref' && input.name !== 'repository') || !input.value) continue;
          const paths = findExpressions(input.value.value).flatMap((e) => contextPaths(e.body));
          const head =
            paths.find((p) => isPullRequestHeadRef(p.path)) ??
            // `refs/pull/<number>/merge` (or `/head`) is the pull request's code too.
            (input.name === 'ref' && /refs\/pull\//.test(input.value.value) ? paths.find((p) => isPullRequestNumber(p.path)) : undefined);
          if (!head) continue;
          const context = head.path.endsWith('number') ? `refs/pull/\${{ ${head.path} }}` : head.path;
          ctx.report({ messageId: 'headCheckout', data: { trigger: trigger.event, context }, at: input.value, key: `${job.id}/${step.id ?? step.index}:${input.name}` });
          break;
        }
      }
    }
  },
});
