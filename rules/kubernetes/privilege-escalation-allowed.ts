import { isScalar } from 'yaml';
import { defineRule } from '../../src/core/rule.js';
import { asBoolean, containerAnchor, isPrivileged } from '../../src/parsers/kubernetes/locate.js';
import { get, nodeRange } from '../../src/parsers/yaml/parse.js';

/** Unless turned off, setuid binaries and file capabilities can raise a process's privileges. */
export default defineRule({
  meta: {
    id: 'kubernetes/privilege-escalation-allowed',
    artifact: 'kubernetes',
    policy: 'least-privilege',
    level: 'warning',
    securitySeverity: 6.0,
    security: true,
    precision: 'high',
    docs: {
      summary: 'Containers should set securityContext.allowPrivilegeEscalation: false',
      rationale:
        'allowPrivilegeEscalation defaults to true: a process can gain more privileges than its parent through setuid binaries (sudo, su, ping) or file capabilities. Setting it to false sets no_new_privs, which blocks that path even when an attacker controls the process.',
      remediation: 'Set `securityContext.allowPrivilegeEscalation: false` on every container (it cannot be set at the pod level).',
      references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted'],
    },
    messages: {
      missing: 'container "{{container}}" does not set securityContext.allowPrivilegeEscalation (it defaults to true); set it to false',
      enabled: 'container "{{container}}" sets allowPrivilegeEscalation: true; set it to false unless a setuid binary is required',
    },
  },
  check(view, ctx) {
    for (const container of view.containers) {
      const value = get(container.securityContext, 'allowPrivilegeEscalation');
      const name = container.name ?? `#${container.index}`;
      if (value === undefined) {
        // A patch fragment may get it from its base; a privileged container is reported as such.
        if (container.partial || isPrivileged(container)) continue;
        ctx.report({ messageId: 'missing', data: { container: name }, at: containerAnchor(ctx.file, container), key: container.key });
      } else if (isScalar(value) && asBoolean(value.value) === true) {
        ctx.report({ messageId: 'enabled', data: { container: name }, at: nodeRange(ctx.file, value), key: container.key });
      }
    }
  },
});
