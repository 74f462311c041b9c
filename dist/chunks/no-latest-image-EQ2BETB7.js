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
  get,
  nodeRange
} from "./chunk-WYMY3UWM.js";
import {
  require_dist
} from "./chunk-HWBIRAM6.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// rules/kubernetes/no-latest-image.ts
var import_yaml = __toESM(require_dist(), 1);
var no_latest_image_default = defineRule({
  meta: {
    id: "kubernetes/no-latest-image",
    artifact: "kubernetes",
    policy: "immutable-images",
    level: "error",
    securitySeverity: 5,
    security: true,
    precision: "very-high",
    docs: {
      summary: "Container images must be pinned, not untagged or :latest",
      rationale: "An untagged image means :latest, and :latest points at whatever was pushed last: two nodes can run different code for the same pod template, a rollback does not roll the image back, and a broken or compromised push reaches the cluster on the next restart. `imagePullPolicy: Always` does not help: it pulls whatever :latest is now.",
      remediation: "Pin a version tag (`image: nginx:1.27.0`), better a digest (`image: nginx:1.27.0@sha256:\u2026`), in containers, initContainers and ephemeralContainers.",
      references: ["https://kubernetes.io/docs/concepts/containers/images/#image-names"]
    },
    messages: {
      untagged: '{{role}} "{{container}}" uses image {{image}} without a tag, which pulls :latest; pin a version tag or a digest',
      latest: '{{role}} "{{container}}" uses the mutable :latest tag ({{image}}); pin a version tag or a digest (@sha256:\u2026)'
    }
  },
  check(view, ctx) {
    for (const container of view.containers) {
      const node = get(container.node, "image");
      if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "string") continue;
      const verdict = judgeImage(node.value);
      if (verdict?.pinning !== "untagged" && verdict?.pinning !== "latest") continue;
      const at = verdict.tag ? scalarSubrange(ctx.file, node, verdict.tag.start, verdict.tag.end) : nodeRange(ctx.file, node);
      ctx.report({
        messageId: verdict.pinning,
        data: { image: node.value, role: ROLE_NAMES[container.role], container: container.name ?? `#${container.index}` },
        at,
        key: container.key
      });
    }
  }
});
var ROLE_NAMES = { container: "container", init: "init container", ephemeral: "ephemeral container" };
export {
  no_latest_image_default as default
};
