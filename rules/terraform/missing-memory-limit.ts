import { defineRule } from '../../src/core/rule.js';
import { missingResources } from '../../src/checks/container-policy.js';
import { kubernetesContainers, resourceSettings } from '../../src/checks/terraform-containers.js';

export default defineRule({
  meta: {
    id: 'terraform/missing-memory-limit',
    artifact: 'terraform',
    policy: 'resource-limits',
    level: 'error',
    securitySeverity: 5.0,
    precision: 'high',
    docs: {
      summary: 'kubernetes_* containers must set a memory limit',
      rationale:
        'A container without a memory limit can use all the memory of its node: one leak then gets other pods evicted or OOM-killed, and a noisy neighbour takes a whole node down with it.',
      remediation: 'Add `resources { limits = { memory = "512Mi" } }` to the container, sized from its observed usage.',
      references: ['https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/'],
    },
    messages: {
      missing: 'container "{{name}}" has no memory limit; add `resources { limits = { memory = "…" } }`',
    },
  },
  check(view, ctx) {
    for (const container of kubernetesContainers(view)) {
      if (missingResources(container.role, resourceSettings(container)).includes('limits.memory')) {
        ctx.report({ messageId: 'missing', data: { name: container.name }, at: container.block.header, key: container.key });
      }
    }
  },
});
