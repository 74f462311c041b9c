import { defineRule } from '../../src/core/rule.js';
import { nodeRange } from '../../src/parsers/yaml/parse.js';
import { get } from '../../src/parsers/yaml/parse.js';

/**
 * No `user:` means the image decides. This is a note, not an error: many images set a non-root
 * USER (and `dockerfile/run-as-non-root` checks the ones built here), so root is possible, not
 * certain.
 */
export default defineRule({
  meta: {
    id: 'compose/missing-user',
    artifact: 'compose',
    policy: 'non-root',
    level: 'note',
    securitySeverity: 3.0,
    security: true,
    precision: 'medium',
    docs: {
      summary: 'Services should set a non-root user',
      rationale:
        'Without `user:` a service runs as the image\'s USER, which is root for most public images. Stating the user in the Compose file makes it explicit and independent of the image. This is a note because the image may already set a non-root USER.',
      remediation: 'Add `user: "10001:10001"` (or the uid the image documents) to the service.',
    },
    messages: {
      missing: 'service {{service}} sets no user, so it runs as the image\'s USER (root for most images); add user: "<non-root uid>"',
    },
  },
  check(view, ctx) {
    for (const service of view.services) {
      if (get(service.node, 'user') !== undefined) continue;
      ctx.report({ messageId: 'missing', data: { service: service.name }, at: nodeRange(ctx.file, service.nameNode), key: `service:${service.name}` });
    }
  },
});
