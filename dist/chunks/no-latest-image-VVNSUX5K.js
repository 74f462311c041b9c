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

// rules/terraform/no-latest-image.ts
var no_latest_image_default = defineRule({
  meta: {
    id: "terraform/no-latest-image",
    artifact: "terraform",
    policy: "immutable-images",
    level: "error",
    securitySeverity: 5,
    security: true,
    precision: "very-high",
    docs: {
      summary: "Container images must be pinned, not untagged or :latest",
      rationale: "An untagged image means :latest, and :latest points at whatever was pushed last: two applies of the same code can run different images, a broken or compromised push reaches production silently, and rolling back the code does not roll back the image.",
      remediation: "Pin a version tag (`nginx:1.27.0`), better a digest (`nginx:1.27.0@sha256:\u2026`). Checked: `docker_container.image`, `docker_image.name` (unless it has a `build` block), the `image` of `kubernetes_*` workload containers, and `image` in ECS `container_definitions` written with `jsonencode(\u2026)` or as heredoc JSON. Images from variables are not judged."
    },
    messages: {
      untagged: "{{owner}} uses image {{image}} with no tag, so it pulls :latest, which changes without notice; pin a version tag or a digest",
      latest: "{{owner}} uses the mutable :latest tag ({{image}}); pin a version tag or a digest (@sha256:\u2026)"
    }
  },
  check(view, ctx) {
    for (const image of terraformImages(view, ctx.file)) {
      const verdict = judgeImage(image.value.value);
      if (verdict?.pinning !== "untagged" && verdict?.pinning !== "latest") continue;
      const at = verdict.tag ? rangeWithin(ctx.file, image.value, verdict.tag.start, verdict.tag.end) : image.value;
      ctx.report({ messageId: verdict.pinning, data: { owner: image.owner, image: image.value.value }, at, key: image.key });
    }
  }
});
export {
  no_latest_image_default as default
};
