import { missingResources } from '../../src/checks/container-policy.js';
import { defineRule } from '../../src/core/rule.js';
import { containerAnchor, resourceSettings } from '../../src/parsers/kubernetes/locate.js';

/** A container without a memory limit can take a node's memory and get its neighbours killed. */
export default defineRule({
  meta: {
    id: 'kubernetes/missing-memory-limit',
    artifact: 'kubernetes',
    policy: 'resource-limits',
    level: 'error',
    securitySeverity: 4.0,
    precision: 'very-high',
    docs: {
      summary: 'Containers must set resources.limits.memory',
      rationale:
        'Memory is not compressible: a container without a memory limit can grow until the node runs out, and then the kernel OOM-kills processes of other pods too. With a limit, only the container that overran is restarted.',
      remediation: 'Set `resources.limits.memory` (e.g. `512Mi`) on every container and init container, sized from observed usage plus headroom.',
      references: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'],
    },
    messages: {
      missing: 'container "{{container}}" has no resources.limits.memory; set a memory limit so it cannot exhaust the node',
    },
  },
  check(view, ctx) {
    for (const container of view.containers) {
      if (container.partial) continue; // a patch fragment: the base may set it
      if (!missingResources(container.role, resourceSettings(container)).includes('limits.memory')) continue;
      ctx.report({ messageId: 'missing', data: { container: container.name ?? `#${container.index}` }, at: containerAnchor(ctx.file, container), key: container.key });
    }
  },
});
