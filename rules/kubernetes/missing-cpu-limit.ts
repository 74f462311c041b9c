import { missingResources } from '../../src/checks/container-policy.js';
import { defineRule } from '../../src/core/rule.js';
import { containerAnchor, resourceSettings } from '../../src/parsers/kubernetes/locate.js';

/** Without a CPU limit a container can use every free core of its node. */
export default defineRule({
  meta: {
    id: 'kubernetes/missing-cpu-limit',
    artifact: 'kubernetes',
    policy: 'resource-limits',
    level: 'warning',
    securitySeverity: 3.0,
    precision: 'very-high',
    docs: {
      summary: 'Containers should set resources.limits.cpu',
      rationale:
        'A container without a CPU limit can use every idle core of its node; a busy loop or a load spike then slows the other pods there. CPU is throttled rather than killed, so this is less severe than a missing memory limit.',
      remediation: 'Set `resources.limits.cpu` (e.g. `500m`) on every container and init container.',
      references: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'],
    },
    messages: {
      missing: 'container "{{container}}" has no resources.limits.cpu; set a CPU limit',
    },
  },
  check(view, ctx) {
    for (const container of view.containers) {
      if (container.partial) continue; // a patch fragment: the base may set it
      if (!missingResources(container.role, resourceSettings(container)).includes('limits.cpu')) continue;
      ctx.report({ messageId: 'missing', data: { container: container.name ?? `#${container.index}` }, at: containerAnchor(ctx.file, container), key: container.key });
    }
  },
});
