import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  secretInScalar
} from "./chunk-YGUM56TZ.js";
import "./chunk-RVCXKKQP.js";
import {
  classifySecret,
  findTokens
} from "./chunk-2Q6GDNEB.js";
import "./chunk-GMXNASOB.js";
import "./chunk-AN6FSRJN.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-WYMY3UWM.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/github-actions/hardcoded-secret.ts
var hardcoded_secret_default = defineRule({
  meta: {
    id: "github-actions/hardcoded-secret",
    artifact: "github-actions",
    policy: "no-hardcoded-secrets",
    level: "error",
    securitySeverity: 8,
    security: true,
    precision: "high",
    docs: {
      summary: "Workflows must not contain literal credentials",
      rationale: "A workflow file is readable by everyone who can read the repository, forks included, and stays in git history forever. Checked: `env:` at workflow, job and step level, `with:` inputs named like credentials (`password`, `token`, `api_key`, \u2026), `credentials.password` of job and service containers, and known token formats (cloud keys, GitHub/GitLab tokens, private keys, URLs with passwords) anywhere in `run:` scripts. `${{ secrets.X }}` and other expressions are references, not secrets. The level follows the classifier's confidence: error (known format or strong literal), warning, note.",
      remediation: "Rotate the credential, store it as a repository or environment secret, and reference it: `env: { TOKEN: ${{ secrets.TOKEN }} }`.",
      references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions"]
    },
    messages: {
      literal: "{{where}} holds a literal credential ({{reason}}: {{secret}}); store it as a secret and reference `${{ secrets.NAME }}`"
    }
  },
  check(view, ctx) {
    const report = (token, verdict, where, key) => {
      const { at, secret, level } = secretInScalar(ctx.file, token.node, verdict);
      ctx.report({ messageId: "literal", data: { where, reason: verdict.reason, secret }, at, key, level });
    };
    const checkNamed = (name, token, where, key) => {
      if (!token || token.value.includes("${{")) return;
      const verdict = classifySecret({ key: name, value: token.value });
      if (verdict) report(token, verdict, where, key);
    };
    for (const entry of view.env) checkNamed(entry.name, entry.value, `env \`${entry.name}\``, `env:${entry.name}`);
    for (const job of view.jobs) {
      for (const entry of job.env) checkNamed(entry.name, entry.value, `env \`${entry.name}\` of job \`${job.id}\``, `${job.id}/env:${entry.name}`);
      for (const input of job.with) checkNamed(input.name, input.value, `input \`${input.name}\``, `${job.id}/with:${input.name}`);
      for (const use of [...job.container ? [job.container] : [], ...job.services]) {
        checkNamed("password", use.password, `\`credentials.password\` of ${use.role} ${use.name ?? ""}`.trim(), `${job.id}/${use.role}:${use.name ?? ""}/password`);
      }
      for (const step of job.steps) {
        const stepName = `${job.id}/${step.id ?? step.index}`;
        for (const entry of step.env) checkNamed(entry.name, entry.value, `step env \`${entry.name}\``, `${stepName}/env:${entry.name}`);
        for (const input of step.with) checkNamed(input.name, input.value, `input \`${input.name}\``, `${stepName}/with:${input.name}`);
        if (step.run) {
          for (const verdict of findTokens(step.run.text.value)) {
            report({ value: step.run.text.value, node: step.run.node, range: step.run.range }, verdict, "the `run:` script", `${stepName}/run:${verdict.detector}`);
          }
        }
      }
    }
  }
});
export {
  hardcoded_secret_default as default
};
