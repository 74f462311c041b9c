import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  Secret
} from "./chunk-RVCXKKQP.js";
import {
  LEVEL_BY_CONFIDENCE,
  findTokens
} from "./chunk-2Q6GDNEB.js";
import "./chunk-GMXNASOB.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-27OXTBH3.js";

// rules/generic/known-secret-format.ts
var known_secret_format_default = defineRule({
  meta: {
    id: "generic/known-secret-format",
    artifact: "generic",
    policy: "no-hardcoded-secrets",
    level: "error",
    securitySeverity: 9,
    security: true,
    precision: "high",
    docs: {
      summary: "No credential in a known token format may be committed",
      rationale: "A key or token in the repository is readable by everyone with access to it, stays in the git history after it is deleted, and is what attackers scan public and leaked repositories for first.",
      remediation: "Revoke and rotate the credential now (deleting it is not enough: it stays in history), then load it at run time from a secret store or CI secret (`${{ secrets.X }}`, a Kubernetes Secret from an external store, `var.x` marked sensitive)."
    },
    messages: {
      token: "{{reason}} committed in clear ({{value}}); revoke and rotate it, then load it from a secret store at run time"
    }
  },
  check(view, ctx) {
    const text = view.file.text;
    for (const match of findTokens(text)) {
      ctx.report({
        messageId: "token",
        data: { reason: match.reason, value: new Secret(text.slice(match.start, match.end)) },
        at: ctx.file.range(match.start, match.end),
        key: match.detector,
        level: LEVEL_BY_CONFIDENCE[match.confidence]
      });
    }
  }
});
export {
  known_secret_format_default as default
};
