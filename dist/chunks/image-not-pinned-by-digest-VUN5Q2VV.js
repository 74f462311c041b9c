import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  stageImages
} from "./chunk-OBOOEO5L.js";
import "./chunk-MTZJL5LE.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-27OXTBH3.js";

// rules/dockerfile/image-not-pinned-by-digest.ts
var image_not_pinned_by_digest_default = defineRule({
  meta: {
    id: "dockerfile/image-not-pinned-by-digest",
    artifact: "dockerfile",
    policy: "immutable-images",
    level: "note",
    securitySeverity: 2,
    security: true,
    precision: "very-high",
    docs: {
      summary: "FROM images should be pinned by digest",
      rationale: "Tags are mutable: `node:20` today and `node:20` next week are different images. A digest is the only reference that cannot change, which makes builds reproducible and supply-chain attacks on the tag visible in review.",
      remediation: "Append the digest of the tag you tested (`docker buildx imagetools inspect node:20.11-alpine`) as `FROM node:20.11-alpine@sha256:\u2026`; let Renovate or Dependabot keep it current."
    },
    messages: {
      tagOnly: "FROM {{image}} is pinned by tag only; add the digest (@sha256:\u2026) so the base image cannot change under the same tag"
    }
  },
  check(view, ctx) {
    for (const { stage, token, image, pinning, tagRange } of stageImages(view)) {
      if (pinning !== "tagged") continue;
      ctx.report({ messageId: "tagOnly", data: { image }, at: tagRange ?? token, key: `stage:${stage.index}` });
    }
  }
});
export {
  image_not_pinned_by_digest_default as default
};
