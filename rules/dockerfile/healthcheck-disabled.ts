import { defineRule } from '../../src/core/rule.js';
import { effectiveInstruction } from '../../src/checks/dockerfile-stages.js';
import { finalStage } from '../../src/parsers/dockerfile/view.js';

/** `HEALTHCHECK NONE` is an explicit choice, so it is only a note (a separate rule to turn off). */
export default defineRule({
  meta: {
    id: 'dockerfile/healthcheck-disabled',
    artifact: 'dockerfile',
    policy: 'health-probes',
    level: 'note',
    precision: 'high',
    docs: {
      summary: 'HEALTHCHECK NONE disables health checking',
      rationale: '`HEALTHCHECK NONE` turns off any check inherited from the base image. That is fine when an orchestrator probes the container, worth a second look otherwise.',
      remediation: 'Keep it if Kubernetes probes (or another orchestrator) check the container; otherwise declare `HEALTHCHECK CMD …`.',
    },
    messages: {
      disabled: 'HEALTHCHECK NONE disables health checking for this image; make sure the orchestrator probes it',
    },
  },
  check(view, ctx) {
    const stage = finalStage(view);
    const healthcheck = stage && effectiveInstruction(stage, 'HEALTHCHECK');
    const first = healthcheck?.args[0];
    if (healthcheck && first && first.value.toUpperCase() === 'NONE') {
      ctx.report({ messageId: 'disabled', at: healthcheck, key: 'final-stage' });
    }
  },
});
