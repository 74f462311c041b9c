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
  scalarSubrange
} from "./chunk-AN6FSRJN.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import {
  get,
  pairs
} from "./chunk-WYMY3UWM.js";
import {
  require_dist
} from "./chunk-HWBIRAM6.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// rules/compose/hardcoded-secret.ts
var import_yaml = __toESM(require_dist(), 1);
var hardcoded_secret_default = defineRule({
  meta: {
    id: "compose/hardcoded-secret",
    artifact: "compose",
    policy: "no-hardcoded-secrets",
    level: "error",
    securitySeverity: 8.5,
    security: true,
    precision: "high",
    docs: {
      summary: "Service environments must not contain literal credentials",
      rationale: "A password or token written in a Compose file is readable by everyone with the repository and stays in its history. The level follows the classifier's confidence: a known token format or credentials in a URL is an error, a strong literal under a secret-like name a warning, a weak one a note. `${VAR}` references are fine.",
      remediation: "Reference a variable (`DB_PASSWORD: ${DB_PASSWORD}`) set from an untracked `.env` file or the CI secret store, or use Compose `secrets:`. Rotate the committed credential.",
      references: ["https://docs.docker.com/compose/how-tos/use-secrets/"]
    },
    messages: {
      literal: "service {{service}} sets {{name}} to a literal credential ({{reason}}: {{secret}}); use ${{{name}}} from an untracked .env file or Compose secrets"
    }
  },
  check(view, ctx) {
    for (const service of view.services) {
      const env = get(service.node, "environment");
      const entries = [];
      if ((0, import_yaml.isSeq)(env)) {
        for (const item of env.items) {
          if (!(0, import_yaml.isScalar)(item) || typeof item.value !== "string") continue;
          const eq = item.value.indexOf("=");
          if (eq <= 0) continue;
          entries.push({
            name: item.value.slice(0, eq),
            value: item.value.slice(eq + 1),
            at: (start, end) => scalarSubrange(ctx.file, item, eq + 1 + start, eq + 1 + end)
          });
        }
      } else {
        for (const pair of pairs(env)) {
          const value = pair.value;
          if (!(0, import_yaml.isScalar)(value) || typeof value.value !== "string") continue;
          entries.push({ name: String(pair.key.value), value: value.value, at: (start, end) => scalarSubrange(ctx.file, value, start, end) });
        }
      }
      for (const entry of entries) {
        const verdict = classifySecret({ key: entry.name, value: entry.value });
        if (!verdict) continue;
        ctx.report({
          messageId: "literal",
          data: { service: service.name, name: entry.name, reason: verdict.reason, secret: new Secret(entry.value.slice(verdict.start, verdict.end)) },
          at: entry.at(verdict.start, verdict.end),
          key: `service:${service.name}/env:${entry.name}`,
          level: LEVEL_BY_CONFIDENCE[verdict.confidence]
        });
      }
    }
  }
});
export {
  hardcoded_secret_default as default
};
