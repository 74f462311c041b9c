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

// rules/gitlab-ci/hardcoded-secret.ts
var hardcoded_secret_default = defineRule({
  meta: {
    id: "gitlab-ci/hardcoded-secret",
    artifact: "gitlab-ci",
    policy: "no-hardcoded-secrets",
    level: "error",
    securitySeverity: 8,
    security: true,
    precision: "high",
    docs: {
      summary: "CI files must not contain literal credentials",
      rationale: "The CI file is readable by everyone with access to the repository and stays in git history. Checked: global and job `variables:` (short and `value:` forms) whose name says credential and whose value is a literal, and known token formats (cloud keys, GitLab/GitHub tokens, private keys, URLs with passwords) in variables and scripts. `$VARIABLE` references are not secrets. The level follows the classifier's confidence: error, warning, note.",
      remediation: "Rotate the credential, then define it as a masked and protected CI/CD variable in the project settings (or use an external secrets provider with `secrets:`), and reference it as `$NAME`.",
      references: ["https://docs.gitlab.com/ee/ci/variables/#define-a-cicd-variable-in-the-ui"]
    },
    messages: {
      literal: "{{where}} holds a literal credential ({{reason}}: {{secret}}); make it a masked CI/CD variable and reference `$NAME`"
    }
  },
  check(view, ctx) {
    const report = (token, verdict, where, key) => {
      const { at, secret, level } = secretInScalar(ctx.file, token.node, verdict);
      ctx.report({ messageId: "literal", data: { where, reason: verdict.reason, secret }, at, key, level });
    };
    const variables = [...view.variables.map((v) => ({ v, owner: "" })), ...view.jobs.flatMap((job) => [...job.own.variables?.values() ?? []].map((v) => ({ v, owner: job.name })))];
    for (const { v, owner } of variables) {
      if (!v.value) continue;
      const verdict = classifySecret({ key: v.name, value: v.value.value });
      if (verdict) report(v.value, verdict, `variable \`${v.name}\`${owner ? ` of \`${owner}\`` : ""}`, `${owner}/variables:${v.name}`);
    }
    for (const script of view.scripts) {
      for (const verdict of findTokens(script.text.value)) {
        report({ value: script.text.value, node: script.node, range: script.range }, verdict, "the script", `script:${verdict.detector}:${script.range.start.line}`);
      }
    }
  }
});
export {
  hardcoded_secret_default as default
};
