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

// rules/compose/no-latest-image.ts
var no_latest_image_default = defineRule({
  meta: {
    id: "compose/no-latest-image",
    artifact: "compose",
    policy: "immutable-images",
    level: "error",
    securitySeverity: 5,
    security: true,
    precision: "very-high",
    docs: {
      summary: "Service images must be pinned, not untagged or :latest",
      rationale: "An untagged image means :latest, which changes whenever someone pushes: two `docker compose up` of the same commit can run different code, and a broken or compromised push arrives silently. A service with `build:` is exempt: its `image:` names the image built here.",
      remediation: "Pin a version tag (`image: postgres:16.3`), better a digest (`image: postgres:16.3@sha256:\u2026`).",
      references: ["https://docs.docker.com/reference/compose-file/services/#image"]
    },
    messages: {
      untagged: "service {{service}} uses image {{image}} without a tag, which pulls :latest; pin a version tag or a digest",
      latest: "service {{service}} uses the mutable :latest tag ({{image}}); pin a version tag or a digest"
    }
  },
  check(view, ctx) {
    for (const service of view.services) {
      const node = service.image;
      if (!node || service.builds || typeof node.value !== "string") continue;
      const ref = parseImageRef(node.value);
      if (!ref) continue;
      const pinning = imagePinning(ref);
      if (pinning !== "untagged" && pinning !== "latest") continue;
      const at = pinning === "latest" && ref.tag ? scalarSubrange(ctx.file, node, ref.tag.start, ref.tag.end) : nodeRange(ctx.file, node);
      ctx.report({ messageId: pinning, data: { service: service.name, image: node.value }, at, key: `service:${service.name}` });
    }
  }
});
export {
  no_latest_image_default as default
};
