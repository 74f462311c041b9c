import { defineRule } from '../../src/core/rule.js';
import { stageImages } from '../../src/checks/dockerfile-stages.js';

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
    for (const { stage, token, image, pinning, tagRange } of stageImages(view)) {
      if (pinning !== 'untagged' && pinning !== 'latest') continue;
      // Point at the tag when it is written literally; at the whole argument when it came from an ARG.
      const at = pinning === 'latest' && tagRange ? tagRange : token;
      ctx.report({ messageId: pinning, data: { image }, at, key: `stage:${stage.index}` });
    }
  },
});
