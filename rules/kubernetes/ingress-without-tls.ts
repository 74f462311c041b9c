import { isSeq } from 'yaml';
import { defineRule } from '../../src/core/rule.js';
import { objectAnchor } from '../../src/parsers/kubernetes/locate.js';
import { objectKey } from '../../src/parsers/kubernetes/view.js';
import { get } from '../../src/parsers/yaml/parse.js';

/** An Ingress without `tls` serves its hosts over plain HTTP. */
export default defineRule({
  meta: {
    id: 'kubernetes/ingress-without-tls',
    artifact: 'kubernetes',
    policy: 'network-exposure',
    level: 'warning',
    securitySeverity: 5.0,
    security: true,
    precision: 'high',
    docs: {
      summary: 'Ingresses should terminate TLS (spec.tls)',
      rationale:
        'Without `spec.tls` the ingress controller serves the hosts over plain HTTP: credentials, cookies and data cross the network readable and modifiable by anyone on the path.',
      remediation: 'Add `spec.tls` with the hosts and a certificate Secret (cert-manager can issue and renew it).',
      references: ['https://kubernetes.io/docs/concepts/services-networking/ingress/#tls'],
    },
    messages: {
      noTls: 'Ingress "{{name}}" has no spec.tls, so it serves plain HTTP; add spec.tls with a certificate Secret',
    },
  },
  check(view, ctx) {
    for (const object of view.objects) {
      if (object.kind !== 'Ingress') continue;
      const spec = get(object.node, 'spec');
      if (spec === undefined) continue;
      const tls = get(spec, 'tls');
      if (tls !== undefined && !(isSeq(tls) && tls.items.length === 0)) continue;
      ctx.report({ messageId: 'noTls', data: { name: object.name ?? '' }, at: objectAnchor(ctx.file, object), key: objectKey(object) });
    }
  },
});
