import { defineRule } from '../../src/core/rule.js';
import { imagePinning, parseImageRef } from '../../src/parsers/image-ref.js';

/** FROM an untagged or `:latest` image: the build changes whenever the tag moves. */
export default defineRule({
  meta: {
    id: 'dockerfile/no-latest-image',
    artifact: 'dockerfile',
    policy: 'immutable-images',
    level: 'error',
    securitySeverity: 5.0,
    security: true,
    precision: 'very-high',
    docs: {
      summary: 'FROM must name a pinned image, not an untagged or :latest one',
      rationale:
        'An untagged image means :latest, and :latest points at whatever was pushed last: two builds of the same commit can get different base images, a broken or compromised push reaches you silently, and a rollback does not roll the base image back.',
      remediation: 'Pin a version tag (`FROM node:20.11-alpine`), better a digest (`FROM node:20.11-alpine@sha256:…`).',
      references: ['https://docs.docker.com/build/building/best-practices/#from'],
    },
    messages: {
      untagged: 'FROM {{image}} has no tag, so it pulls :latest, which changes without notice; pin a version tag or a digest',
      latest: 'FROM {{image}} uses the mutable :latest tag; pin a version tag or a digest (@sha256:…)',
    },
  },
  check(view, ctx) {
    for (const stage of view.stages) {
      const token = stage.image;
      const image = stage.resolvedImage;
      if (!token || image === undefined || stage.baseStage || image.toLowerCase() === 'scratch') continue;
      const ref = parseImageRef(image);
      if (!ref) continue;
      const pinning = imagePinning(ref);
      if (pinning !== 'untagged' && pinning !== 'latest') continue;
      // Point at the tag when it is written literally; at the whole argument when it came from an ARG.
      const literal = image === token.value;
      const at =
        pinning === 'latest' && literal && ref.tag
          ? ctx.file.range(token.range.start.offset + ref.tag.start, token.range.start.offset + ref.tag.end)
          : token;
      ctx.report({ messageId: pinning, data: { image }, at, key: `stage:${stage.index}` });
    }
  },
});
