import { isScalar } from 'yaml';
import { defineRule } from '../../src/core/rule.js';
import { asBoolean } from '../../src/parsers/kubernetes/locate.js';
import { get, nodeRange } from '../../src/parsers/yaml/parse.js';

/** A privileged container is root on the node: every device, every capability. */
export default defineRule({
  meta: {
    id: 'kubernetes/privileged-container',
    artifact: 'kubernetes',
    policy: 'least-privilege',
    level: 'error',
    securitySeverity: 9.0,
    security: true,
    precision: 'very-high',
    docs: {
      summary: 'Containers must not run privileged',
      rationale:
        '`privileged: true` gives the container every Linux capability and access to all host devices, and lifts seccomp and AppArmor confinement: escaping to the node is trivial.',
      remediation: 'Remove `privileged: true`; grant only the specific capability the workload needs (`capabilities.add`) and document why.',
      references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline'],
    },
    messages: {
      privileged: 'container "{{container}}" runs privileged (full access to the node); remove privileged: true and add only the capabilities it needs',
    },
  },
  check(view, ctx) {
    for (const container of view.containers) {
      const value = get(container.securityContext, 'privileged');
      if (!isScalar(value) || asBoolean(value.value) !== true) continue;
      ctx.report({ messageId: 'privileged', data: { container: container.name ?? `#${container.index}` }, at: nodeRange(ctx.file, value), key: container.key });
    }
  },
});
