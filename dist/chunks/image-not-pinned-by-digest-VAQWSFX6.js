import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  judgeImage
} from "./chunk-RQCYYVTH.js";
import "./chunk-MTZJL5LE.js";
import {
  scalarSubrange
} from "./chunk-AN6FSRJN.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import {
  get
} from "./chunk-WYMY3UWM.js";
import {
  require_dist
} from "./chunk-HWBIRAM6.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// rules/kubernetes/image-not-pinned-by-digest.ts
var import_yaml = __toESM(require_dist(), 1);
var image_not_pinned_by_digest_default = defineRule({
  meta: {
    id: "kubernetes/image-not-pinned-by-digest",
    artifact: "kubernetes",
    policy: "immutable-images",
    level: "note",
    securitySeverity: 2,
    security: true,
    precision: "very-high",
    docs: {
      summary: "Container images should be pinned by digest",
      rationale: "A tag such as `1.27` can be moved to another image by whoever can push to the repository; a digest (`@sha256:\u2026`) cannot. Digest pinning makes every node run byte-identical images and makes supply-chain tampering visible in review.",
      remediation: "Append the digest of the tag you tested: `image: nginx:1.27.0@sha256:\u2026` (`docker buildx imagetools inspect nginx:1.27.0` prints it). Renovate and Dependabot keep digests up to date."
    },
    messages: {
      tagged: "image {{image}} is pinned by tag only; add its digest (@sha256:\u2026) so the tag cannot move under you"
    }
  },
  check(view, ctx) {
    for (const container of view.containers) {
      const node = get(container.node, "image");
      if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "string") continue;
      const verdict = judgeImage(node.value);
      if (verdict?.pinning !== "tagged" || !verdict.tag) continue;
      ctx.report({ messageId: "tagged", data: { image: node.value }, at: scalarSubrange(ctx.file, node, verdict.tag.start, verdict.tag.end), key: container.key });
    }
  }
});
export {
  image_not_pinned_by_digest_default as default
};
