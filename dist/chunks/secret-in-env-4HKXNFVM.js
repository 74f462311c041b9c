import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  Secret
} from "./chunk-RVCXKKQP.js";
import {
  LEVEL_BY_CONFIDENCE,
  classifySecret
} from "./chunk-2Q6GDNEB.js";
import "./chunk-GMXNASOB.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-27OXTBH3.js";

// rules/dockerfile/secret-in-env.ts
var secret_in_env_default = defineRule({
  meta: {
    id: "dockerfile/secret-in-env",
    artifact: "dockerfile",
    policy: "no-hardcoded-secrets",
    level: "error",
    securitySeverity: 8.5,
    security: true,
    precision: "high",
    docs: {
      summary: "ENV and ARG must not hold credentials",
      rationale: "ENV values are stored in the image configuration and ARG values in its build history (`docker history`), so a credential written there is readable by everyone who can pull the image, forever, and it is also in the repository.",
      remediation: "Pass secrets at build time with BuildKit secret mounts (`RUN --mount=type=secret,id=npm_token \u2026`) and at run time through the orchestrator (Kubernetes Secrets, Compose `secrets:`), and rotate the exposed credential.",
      references: ["https://docs.docker.com/build/building/secrets/"]
    },
    messages: {
      secret: "{{keyword}} {{name}} holds a literal credential ({{reason}}: {{value}}); use a BuildKit secret mount or a run-time secret instead, and rotate it"
    }
  },
  check(view, ctx) {
    for (const instruction of view.instructions) {
      if (instruction.keyword !== "ENV" && instruction.keyword !== "ARG") continue;
      for (const { name, value } of instruction.properties) {
        if (!value) continue;
        const raw = ctx.file.slice(value.range);
        const verdict = classifySecret({ key: name.value, value: raw });
        if (!verdict) continue;
        const start = value.range.start.offset + verdict.start;
        const end = value.range.start.offset + verdict.end;
        ctx.report({
          messageId: "secret",
          data: { keyword: instruction.keyword, name: name.value, reason: verdict.reason, value: new Secret(ctx.file.text.slice(start, end)) },
          at: ctx.file.range(start, end),
          key: `${instruction.keyword} ${name.value}`,
          level: LEVEL_BY_CONFIDENCE[verdict.confidence]
        });
      }
    }
  }
});
export {
  secret_in_env_default as default
};
