import { isScalar } from 'yaml';
import { judgeImage } from '../../src/checks/container-policy.js';
import { defineRule } from '../../src/core/rule.js';
import { get } from '../../src/parsers/yaml/parse.js';
import { scalarSubrange } from '../../src/parsers/yaml/scalar-offsets.js';

/** A version tag can be re-pushed; only a digest names exactly one image. */
export default defineRule({
  meta: {
    id: 'kubernetes/image-not-pinned-by-digest',
    artifact: 'kubernetes',
    policy: 'immutable-images',
    level: 'note',
    securitySeverity: 2.0,
    security: true,
    precision: 'very-high',
    docs: {
      summary: 'Container images should be pinned by digest',
      rationale:
        'A tag such as `1.27` can be moved to another image by whoever can push to the repository; a digest (`@sha256:…`) cannot. Digest pinning makes every node run byte-identical images and makes supply-chain tampering visible in review.',
      remediation: 'Append the digest of the tag you tested: `image: nginx:1.27.0@sha256:…` (`docker buildx imagetools inspect nginx:1.27.0` prints it). Renovate and Dependabot keep digests up to date.',
    },
    messages: {
      tagged: 'image {{image}} is pinned by tag only; add its digest (@sha256:…) so the tag cannot move under you',
    },
  },
  check(view, ctx) {
    for (const container of view.containers) {
      const node = get(container.node, 'image');
      if (!isScalar(node) || typeof node.value !== 'string') continue;
      const verdict = judgeImage(node.value);
      if (verdict?.pinning !== 'tagged' || !verdict.tag) continue;
      // Point at the tag: the digest goes right after it.
      ctx.report({ messageId: 'tagged', data: { image: node.value }, at: scalarSubrange(ctx.file, node, verdict.tag.start, verdict.tag.end), key: container.key });
    }
  },
});
