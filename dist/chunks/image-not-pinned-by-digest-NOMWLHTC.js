import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  terraformImages
} from "./chunk-BBN6UGRQ.js";
import {
  rangeWithin
} from "./chunk-DAYPLTKD.js";
import "./chunk-O24M6ZPD.js";
import {
  judgeImage
} from "./chunk-RQCYYVTH.js";
import "./chunk-FDI3CXUN.js";
import "./chunk-MTZJL5LE.js";
import "./chunk-4XWRCDWT.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/terraform/image-not-pinned-by-digest.ts
var image_not_pinned_by_digest_default = defineRule({
  meta: {
    id: "terraform/image-not-pinned-by-digest",
    artifact: "terraform",
    policy: "immutable-images",
    level: "note",
    securitySeverity: 2,
    security: true,
    precision: "very-high",
    docs: {
      summary: "Container images should be pinned by digest",
      rationale: "Tags are mutable: `nginx:1.27` today and `nginx:1.27` next week can be different images. A digest is the only reference that cannot change, which makes deploys reproducible and a swapped image visible in review.",
      remediation: "Append the digest of the tag you tested (`docker buildx imagetools inspect nginx:1.27.0`) as `nginx:1.27.0@sha256:\u2026`, and let Renovate or Dependabot keep it current."
    },
    messages: {
      tagOnly: "{{owner}} pins image {{image}} by tag only; add the digest (@sha256:\u2026) so the image cannot change under the same tag"
    }
  },
  check(view, ctx) {
    for (const image of terraformImages(view, ctx.file)) {
      const verdict = judgeImage(image.value.value);
      if (verdict?.pinning !== "tagged" || !verdict.tag) continue;
      const at = rangeWithin(ctx.file, image.value, verdict.tag.start, verdict.tag.end);
      ctx.report({ messageId: "tagOnly", data: { owner: image.owner, image: image.value.value }, at, key: image.key });
    }
  }
});
export {
  image_not_pinned_by_digest_default as default
};
