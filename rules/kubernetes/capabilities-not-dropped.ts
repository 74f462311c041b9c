import { isScalar, isSeq } from 'yaml';
import { normalizeCapability } from '../../src/checks/container-policy.js';
import { defineRule } from '../../src/core/rule.js';
import { containerAnchor, isPrivileged } from '../../src/parsers/kubernetes/locate.js';
import { get, nodeRange } from '../../src/parsers/yaml/parse.js';

/** Containers start with a default set of capabilities (NET_RAW, CHOWN, SETUID, …) they rarely need. */
export default defineRule({
  meta: {
    id: 'kubernetes/capabilities-not-dropped',
    artifact: 'kubernetes',
    policy: 'least-privilege',
    level: 'note',
    securitySeverity: 3.0,
    security: true,
    precision: 'high',
    docs: {
      summary: 'Containers should drop ALL capabilities and add back only what they need',
      rationale:
        'The container runtime grants a default capability set (NET_RAW, SETUID, CHOWN, DAC_OVERRIDE, …). NET_RAW alone allows ARP and DNS spoofing inside the pod network. Dropping ALL and adding back the few a workload needs removes that attack surface.',
      remediation: 'Set `securityContext.capabilities.drop: [ALL]`, and `add:` only what is needed (e.g. NET_BIND_SERVICE).',
      references: ['https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted'],
    },
    messages: {
      missing: 'container "{{container}}" does not drop capabilities; set securityContext.capabilities.drop: [ALL] and add back only what it needs',
      partial: 'container "{{container}}" drops some capabilities but not ALL; use capabilities.drop: [ALL] and add back only what it needs',
    },
  },
  check(view, ctx) {
    for (const container of view.containers) {
      if (isPrivileged(container)) continue; // privileged gets every capability: reported as such
      const drop = get(get(container.securityContext, 'capabilities'), 'drop');
      const name = container.name ?? `#${container.index}`;
      if (drop === undefined) {
        if (container.partial) continue; // a patch fragment: the base may set it
        ctx.report({ messageId: 'missing', data: { container: name }, at: containerAnchor(ctx.file, container), key: container.key });
        continue;
      }
      if (!isSeq(drop)) continue; // not a literal list: cannot tell
      const names = drop.items.map((i) => (isScalar(i) && typeof i.value === 'string' ? normalizeCapability(i.value) : undefined));
      if (names.includes('ALL') || names.includes(undefined)) continue;
      ctx.report({ messageId: 'partial', data: { container: name }, at: nodeRange(ctx.file, drop), key: container.key });
    }
  },
});
