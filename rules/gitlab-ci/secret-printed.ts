import { findSecretPrinting } from '../../src/checks/secret-printing.js';
import { defineRule } from '../../src/core/rule.js';
import { checkedJobs, jobScripts, jobVariables } from '../../src/parsers/gitlab-ci/view.js';
import { isSecretName } from '../../src/secrets/index.js';

/** GitLab's own credentials, always secret whatever their name says. */
const PREDEFINED_SECRETS = new Set(['CI_JOB_TOKEN', 'CI_REGISTRY_PASSWORD', 'CI_DEPLOY_PASSWORD', 'CI_JOB_JWT', 'CI_JOB_JWT_V2', 'CI_DEPENDENCY_PROXY_PASSWORD']);
const VARIABLE_USE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g;

/** `echo $DEPLOY_TOKEN`, or `set -x` before a command that uses one. */
export default defineRule({
  meta: {
    id: 'gitlab-ci/secret-printed',
    artifact: 'gitlab-ci',
    policy: 'no-hardcoded-secrets',
    level: 'error',
    securitySeverity: 7.5,
    security: true,
    precision: 'medium',
    docs: {
      summary: 'Scripts must not print secrets to the job log',
      rationale:
        'Masking only hides variables marked masked, and only in their exact form: an echoed token that is not masked, or is transformed, stays in the job log, which every project member (and, for public projects, anyone) can read. Reported: `echo`/`printf` of a variable that holds a credential (GitLab\'s own `CI_JOB_TOKEN`, `CI_REGISTRY_PASSWORD`, … and variables whose name says secret, unless the file gives them a value that is not one), when the output goes to the log, and `set -x` switched on before a command that uses one. Output sent to a file or a pipe (`| docker login --password-stdin`) is not printed.',
      remediation: 'Pass secrets to the commands that need them (`--password-stdin`, environment) instead of echoing them; mark the variables masked; turn tracing off (`set +x`) around commands that use secrets.',
      references: ['https://docs.gitlab.com/ee/ci/variables/#mask-a-cicd-variable'],
    },
    messages: {
      echo: 'this prints `{{secret}}` to the job log; pass it to the command that needs it instead of echoing it',
      xtrace: 'shell tracing is on here and a later command (line {{line}}) uses `{{secret}}`, so the log shows it; turn tracing off (`set +x`) before using secrets',
    },
  },
  check(view, ctx) {
    const reported = new Set<number>();
    for (const job of checkedJobs(view)) {
      // A variable this file sets to a plain value (a URL, a file name) is not a secret, whatever its name.
      const plain = new Set(jobVariables(view, job).filter((v) => v.value && !v.value.value.includes('$')).map((v) => v.name));
      const isSecret = (name: string) => PREDEFINED_SECRETS.has(name) || (isSecretName(name) && !plain.has(name));
      const commands = jobScripts(job.effective).flatMap((s) => s.commands ?? []);
      const hits = findSecretPrinting(commands, {
        text: ctx.file.text,
        secretIn: (_word, text) => {
          for (const match of text.matchAll(VARIABLE_USE)) {
            const name = (match[1] ?? match[2])!;
            if (isSecret(name)) return { secret: `$${name}`, start: match.index, end: match.index + match[0].length };
          }
          return undefined;
        },
      });
      for (const hit of hits) {
        if (reported.has(hit.at.start)) continue;
        reported.add(hit.at.start);
        const line = hit.usedAt ? ctx.file.positionAt(hit.usedAt.start).line : 0;
        ctx.report({ messageId: hit.via, data: { secret: hit.secret, line }, at: ctx.file.range(hit.at.start, hit.at.end), key: `${job.name}:${hit.via}:${hit.secret}` });
      }
    }
  },
});
