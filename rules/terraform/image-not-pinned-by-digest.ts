import { judgeImage } from '../../src/checks/container-policy.js';
import { defineRule } from '../../src/core/rule.js';
import { terraformImages } from '../../src/checks/terraform-containers.js';
import { rangeWithin } from '../../src/parsers/terraform/index.js';

/** A version tag can be re-pushed; only a digest names exactly one image. */
export default defineRule({
  meta: {
    id: 'terraform/image-not-pinned-by-digest',
    artifact: 'terraform',
    policy: 'immutable-images',
    level: 'note',
    securitySeverity: 2.0,
    security: true,
    precision: 'very-high',
    docs: {
      summary: 'Container images should be pinned by digest',
      rationale:
        'Tags are mutable: `nginx:1.27` today and `nginx:1.27` next week can be different images. A digest is the only reference that cannot change, which makes deploys reproducible and a swapped image visible in review.',
      remediation:
        'Append the digest of the tag you tested (`docker buildx imagetools inspect nginx:1.27.0`) as `nginx:1.27.0@sha256:…`, and let Renovate or Dependabot keep it current.',
    },
    messages: {
      tagOnly: '{{owner}} pins image {{image}} by tag only; add the digest (@sha256:…) so the image cannot change under the same tag',
    },
  },
  check(view, ctx) {
    for (const image of terraformImages(view, ctx.file)) {
      const verdict = judgeImage(image.value.value);
      if (verdict?.pinning !== 'tagged' || !verdict.tag) continue;
      const at = rangeWithin(ctx.file, image.value, verdict.tag.start, verdict.tag.end);
      ctx.report({ messageId: 'tagOnly', data: { owner: image.owner, image: image.value.value }, at, key: image.key });
    }
  },
});
