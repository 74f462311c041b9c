import { missingResources } from '../../src/checks/container-policy.js';
import { defineRule } from '../../src/core/rule.js';
import { containerAnchor, resourceSettings } from '../../src/parsers/kubernetes/locate.js';

/** The scheduler places pods by their requests; without them it is guessing. */
export default defineRule({
  meta: {
    id: 'kubernetes/missing-resource-requests',
    artifact: 'kubernetes',
    policy: 'resource-limits',
    level: 'warning',
    securitySeverity: 2.0,
    precision: 'very-high',
    docs: {
      summary: 'Containers should set resources.requests.cpu and resources.requests.memory',
      rationale:
        'The scheduler places pods by their requests. Without requests (and without limits, which Kubernetes then uses as requests) a pod is BestEffort: it can be packed onto a full node and is the first evicted under pressure.',
      remediation: 'Set `resources.requests.cpu` and `resources.requests.memory` to what the container needs in normal operation.',
      references: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'],
    },
    messages: {
      missing: 'container "{{container}}" has no {{fields}} (and no matching limit for Kubernetes to default it from); set the request',
    },
  },
  check(view, ctx) {
    for (const container of view.containers) {
      if (container.partial) continue; // a patch fragment: the base may set it
      const missing = missingResources(container.role, resourceSettings(container)).filter((f) => f.startsWith('requests.'));
      if (missing.length === 0) continue;
      ctx.report({
        messageId: 'missing',
        data: { container: container.name ?? `#${container.index}`, fields: missing.map((f) => `resources.${f}`).join(' and ') },
        at: containerAnchor(ctx.file, container),
        key: container.key,
      });
    }
  },
});
