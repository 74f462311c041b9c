import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  findSecretPrinting
} from "./chunk-FS2ZOMUX.js";
import {
  secretVariableNames,
  stepEnvEntries
} from "./chunk-QHOV6QQY.js";
import "./chunk-5INRTA5U.js";
import "./chunk-VSQOVHO6.js";
import {
  contextPaths,
  findExpressions
} from "./chunk-HE76RRAI.js";
import "./chunk-X5T3IXJT.js";
import "./chunk-OI5CPLJU.js";
import "./chunk-AN6FSRJN.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-WYMY3UWM.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/github-actions/secret-printed.ts
var secret_printed_default = defineRule({
  meta: {
    id: "github-actions/secret-printed",
    artifact: "github-actions",
    policy: "no-hardcoded-secrets",
    level: "error",
    securitySeverity: 7.5,
    security: true,
    precision: "high",
    docs: {
      summary: "run: scripts must not print secrets to the job log",
      rationale: "GitHub masks secret values it knows in logs, but masking misses anything transformed (base64, JSON fields, a substring, a multi-line key), and logs are readable by everyone with read access to the repository, for public repositories the world. Reported: `echo`/`printf` of `${{ secrets.* }}` (or of an `env:` variable set from a secret) whose output goes to the log, and shell tracing (`set -x`) switched on before a command that uses a secret. Output sent to a file (`>> $GITHUB_ENV`) or a pipe (`| docker login --password-stdin`) is not printed; `::add-mask::` is the fix, not a leak.",
      remediation: "Pass the secret through `env:` to the command that needs it, never echo it; turn tracing off (`set +x`) around commands that use secrets.",
      references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/using-secrets-in-github-actions#using-secrets-in-a-workflow"]
    },
    messages: {
      echo: "this prints `{{secret}}` to the job log; pass it to the command that needs it through `env:` instead of echoing it",
      xtrace: "shell tracing is on here and a later command (line {{line}}) uses `{{secret}}`, so the log shows it; turn tracing off (`set +x`) before using secrets"
    }
  },
  check(view, ctx) {
    for (const job of view.jobs) {
      for (const step of job.steps) {
        if (!step.run?.commands) continue;
        const secretVariables = secretVariableNames(stepEnvEntries(view, job, step));
        const hits = findSecretPrinting(step.run.commands, {
          text: ctx.file.text,
          secretIn: (_word, text) => {
            for (const expression of findExpressions(text)) {
              const path = contextPaths(expression.body).find((p) => p.path.startsWith("secrets.") || p.path === "github.token");
              if (path) return { secret: path.path, start: expression.start, end: expression.end };
            }
            for (const name of secretVariables) {
              const use = new RegExp(`\\$(?:\\{${name}\\b[^}]*\\}|${name}\\b)`).exec(text);
              if (use) return { secret: `$${name}`, start: use.index, end: use.index + use[0].length };
            }
            return void 0;
          }
        });
        for (const hit of hits) {
          const usedLine = hit.usedAt ? ctx.file.positionAt(hit.usedAt.start).line : 0;
          ctx.report({
            messageId: hit.via,
            data: { secret: hit.secret, line: usedLine },
            at: ctx.file.range(hit.at.start, hit.at.end),
            key: `${job.id}/${step.id ?? step.index}:${hit.via}:${hit.secret}`
          });
        }
      }
    }
  }
});
export {
  secret_printed_default as default
};
