import { defineRule } from '../../src/core/rule.js';
import { stageImages } from '../../src/checks/dockerfile-stages.js';

/** A version tag can be re-pushed; only a digest names exactly one image. */
export default defineRule({
  meta: {
    id: 'dockerfile/image-not-pinned-by-digest',
    artifact: 'dockerfile',
    policy: 'immutable-images',
    level: 'note',
    securitySeverity: 2.0,
    security: true,
    precision: 'very-high',
    docs: {
      summary: 'FROM images should be pinned by digest',
      rationale:
        'Tags are mutable: `node:20` today and `node:20` next week are different images. A digest is the only reference that cannot change, which makes builds reproducible and supply-chain attacks on the tag visible in review.',
      remediation:
        'Append the digest of the tag you tested (`docker buildx imagetools inspect node:20.11-alpine`) as `FROM node:20.11-alpine@sha256:…`; let Renovate or Dependabot keep it current.',
    },
    messages: {
      tagOnly: 'FROM {{image}} is pinned by tag only; add the digest (@sha256:…) so the base image cannot change under the same tag',
    },
  },
  check(view, ctx) {
    for (const { stage, token, image, pinning, tagRange } of stageImages(view)) {
      if (pinning !== 'tagged') continue;
      ctx.report({ messageId: 'tagOnly', data: { image }, at: tagRange ?? token, key: `stage:${stage.index}` });
    }
  },
});
