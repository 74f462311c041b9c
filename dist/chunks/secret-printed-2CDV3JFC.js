import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  checkedJobs,
  jobScripts,
  jobVariables
} from "./chunk-4ICK3NPK.js";
import {
  findSecretPrinting
} from "./chunk-FS2ZOMUX.js";
import "./chunk-X5T3IXJT.js";
import "./chunk-OI5CPLJU.js";
import "./chunk-2Q6GDNEB.js";
import {
  isSecretName
} from "./chunk-GMXNASOB.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-27OXTBH3.js";

// rules/gitlab-ci/secret-printed.ts
var PREDEFINED_SECRETS = /* @__PURE__ */ new Set(["CI_JOB_TOKEN", "CI_REGISTRY_PASSWORD", "CI_DEPLOY_PASSWORD", "CI_JOB_JWT", "CI_JOB_JWT_V2", "CI_DEPENDENCY_PROXY_PASSWORD"]);
var VARIABLE_USE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g;
var secret_printed_default = defineRule({
  meta: {
    id: "gitlab-ci/secret-printed",
    artifact: "gitlab-ci",
    policy: "no-hardcoded-secrets",
    level: "error",
    securitySeverity: 7.5,
    security: true,
    precision: "medium",
    docs: {
      summary: "Scripts must not print secrets to the job log",
      rationale: "Masking only hides variables marked masked, and only in their exact form: an echoed token that is not masked, or is transformed, stays in the job log, which every project member (and, for public projects, anyone) can read. Reported: `echo`/`printf` of a variable that holds a credential (GitLab's own `CI_JOB_TOKEN`, `CI_REGISTRY_PASSWORD`, \u2026 and variables whose name says secret, unless the file gives them a value that is not one), when the output goes to the log, and `set -x` switched on before a command that uses one. Output sent to a file or a pipe (`| docker login --password-stdin`) is not printed.",
      remediation: "Pass secrets to the commands that need them (`--password-stdin`, environment) instead of echoing them; mark the variables masked; turn tracing off (`set +x`) around commands that use secrets.",
      references: ["https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable"]
    },
    messages: {
      echo: "this prints `{{secret}}` to the job log; pass it to the command that needs it instead of echoing it",
      xtrace: "shell tracing is on here and a later command (line {{line}}) uses `{{secret}}`, so the log shows it; turn tracing off (`set +x`) before using secrets"
    }
  },
  check(view, ctx) {
    const reported = /* @__PURE__ */ new Set();
    for (const job of checkedJobs(view)) {
      const plain = new Set(jobVariables(view, job).filter((v) => v.value && !v.value.value.includes("$")).map((v) => v.name));
      const isSecret = (name) => PREDEFINED_SECRETS.has(name) || isSecretName(name) && !plain.has(name);
      const commands = jobScripts(job.effective).flatMap((s) => s.commands ?? []);
      const hits = findSecretPrinting(commands, {
        text: ctx.file.text,
        secretIn: (_word, text) => {
          for (const match of text.matchAll(VARIABLE_USE)) {
            const name = match[1] ?? match[2];
            if (isSecret(name)) return { secret: `$${name}`, start: match.index, end: match.index + match[0].length };
          }
          return void 0;
        }
      });
      for (const hit of hits) {
        if (reported.has(hit.at.start)) continue;
        reported.add(hit.at.start);
        const line = hit.usedAt ? ctx.file.positionAt(hit.usedAt.start).line : 0;
        ctx.report({ messageId: hit.via, data: { secret: hit.secret, line }, at: ctx.file.range(hit.at.start, hit.at.end), key: `${job.name}:${hit.via}:${hit.secret}` });
      }
    }
  }
});
export {
  secret_printed_default as default
};
