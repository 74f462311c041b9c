import { isScalar } from 'yaml';
import { defineRule } from '../../src/core/rule.js';
import { get, nodeRange } from '../../src/parsers/yaml/parse.js';

/** A privileged service has every capability and every host device. */
export default defineRule({
  meta: {
    id: 'compose/privileged',
    artifact: 'compose',
    policy: 'least-privilege',
    level: 'error',
    securitySeverity: 9.0,
    security: true,
    precision: 'very-high',
    docs: {
      summary: 'Services must not run privileged',
      rationale: '`privileged: true` gives the container all capabilities and host devices and disables its confinement: escaping to the host is trivial.',
      remediation: 'Remove `privileged: true`; use `cap_add` for the one capability needed, or `devices:` for one device.',
    },
    messages: {
      privileged: 'service {{service}} runs privileged (full access to the host); remove privileged: true and add only the capability it needs',
    },
  },
  check(view, ctx) {
    for (const service of view.services) {
      const node = get(service.node, 'privileged');
      if (!isScalar(node) || (node.value !== true && node.value !== 'true')) continue;
      ctx.report({ messageId: 'privileged', data: { service: service.name }, at: nodeRange(ctx.file, node), key: `service:${service.name}` });
    }
  },
});
