import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  imagePinning,
  parseImageRef
} from "./chunk-MTZJL5LE.js";
import {
  scalarSubrange
} from "./chunk-AN6FSRJN.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import {
  nodeRange
} from "./chunk-WYMY3UWM.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/helm/no-latest-image.ts
var no_latest_image_default = defineRule({
  meta: {
    id: "helm/no-latest-image",
    artifact: "helm",
    policy: "immutable-images",
    level: "error",
    securitySeverity: 5,
    security: true,
    precision: "high",
    docs: {
      summary: "Chart values must not default to an untagged or :latest image",
      rationale: "Every install and upgrade of a chart whose values say `tag: latest` pulls whatever was pushed last: releases of the same chart version run different code, and `helm rollback` does not roll the image back.",
      remediation: "Set `image.tag` to a version (or leave it empty so the templates use the chart's appVersion), better add `image.digest`."
    },
    messages: {
      latest: "{{path}} defaults to the mutable :latest tag; set a version tag (or leave it empty to use the chart appVersion)",
      untagged: "{{path}} is {{image}} without a tag, which pulls :latest; pin a version tag or a digest"
    }
  },
  check(view, ctx) {
    for (const image of view.images) {
      if (image.reference && typeof image.reference.value === "string") {
        const ref = parseImageRef(image.reference.value);
        if (!ref) continue;
        const pinning = imagePinning(ref);
        if (pinning === "latest" && ref.tag) {
          ctx.report({ messageId: "latest", data: { path: image.path }, at: scalarSubrange(ctx.file, image.reference, ref.tag.start, ref.tag.end), key: image.path });
        } else if (pinning === "untagged") {
          ctx.report({ messageId: "untagged", data: { path: image.path, image: image.reference.value }, at: nodeRange(ctx.file, image.reference), key: image.path });
        }
      } else if (image.tag && !image.digest && String(image.tag.value ?? "").trim() === "latest") {
        ctx.report({ messageId: "latest", data: { path: `${image.path}.tag` }, at: nodeRange(ctx.file, image.tag), key: image.path });
      }
    }
  }
});
export {
  no_latest_image_default as default
};
