import { defineRule } from '../../src/core/rule.js';
import { missingResources } from '../../src/checks/container-policy.js';
import { kubernetesContainers, resourceSettings } from '../../src/checks/terraform-containers.js';

export default defineRule({
  meta: {
    id: 'terraform/missing-cpu-limit',
    artifact: 'terraform',
    policy: 'resource-limits',
    level: 'warning',
    securitySeverity: 3.0,
    precision: 'high',
    docs: {
      summary: 'kubernetes_* containers should set a CPU limit',
      rationale: 'A container without a CPU limit can take every core of its node and slow down the other pods scheduled there.',
      remediation: 'Add `resources { limits = { cpu = "500m" } }` to the container, sized from its observed usage.',
      references: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'],
    },
    messages: {
      missing: 'container "{{name}}" has no CPU limit; add `resources { limits = { cpu = "…" } }`',
    },
  },
  check(view, ctx) {
    for (const container of kubernetesContainers(view)) {
      if (missingResources(container.role, resourceSettings(container)).includes('limits.cpu')) {
        ctx.report({ messageId: 'missing', data: { name: container.name }, at: container.block.header, key: container.key });
      }
    }
  },
});
