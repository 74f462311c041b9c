import { defineRule } from '../../src/core/rule.js';
import { Secret } from '../../src/core/secret.js';
import { classifySecret, LEVEL_BY_CONFIDENCE } from '../../src/secrets/index.js';

/** ENV and ARG values end up in the image: anyone who can pull it can read them. */
export default defineRule({
  meta: {
    id: 'dockerfile/secret-in-env',
    artifact: 'dockerfile',
    policy: 'no-hardcoded-secrets',
    level: 'error',
    securitySeverity: 8.5,
    security: true,
    precision: 'high',
    docs: {
      summary: 'ENV and ARG must not hold credentials',
      rationale:
        'ENV values are stored in the image configuration and ARG values in its build history (`docker history`), so a credential written there is readable by everyone who can pull the image, forever, and it is also in the repository.',
      remediation:
        'Pass secrets at build time with BuildKit secret mounts (`RUN --mount=type=secret,id=npm_token …`) and at run time through the orchestrator (Kubernetes Secrets, Compose `secrets:`), and rotate the exposed credential.',
      references: ['https://docs.docker.com/build/building/secrets/'],
    },
    messages: {
      secret: '{{keyword}} {{name}} holds a literal credential ({{reason}}: {{value}}); use a BuildKit secret mount or a run-time secret instead, and rotate it',
    },
  },
  check(view, ctx) {
    for (const instruction of view.instructions) {
      if (instruction.keyword !== 'ENV' && instruction.keyword !== 'ARG') continue;
      for (const { name, value } of instruction.properties) {
        if (!value) continue;
        const raw = ctx.file.slice(value.range);
        const verdict = classifySecret({ key: name.value, value: raw });
        if (!verdict) continue;
        const start = value.range.start.offset + verdict.start;
        const end = value.range.start.offset + verdict.end;
        ctx.report({
          messageId: 'secret',
          data: { keyword: instruction.keyword, name: name.value, reason: verdict.reason, value: new Secret(ctx.file.text.slice(start, end)) },
          at: ctx.file.range(start, end),
          key: `${instruction.keyword} ${name.value}`,
          level: LEVEL_BY_CONFIDENCE[verdict.confidence],
        });
      }
    }
  },
});
