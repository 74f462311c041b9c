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

// rules/dockerfile/no-latest-image.ts
var no_latest_image_default = defineRule({
  meta: {
    id: "dockerfile/no-latest-image",
    artifact: "dockerfile",
    policy: "immutable-images",
    level: "error",
    securitySeverity: 5,
    security: true,
    precision: "very-high",
    docs: {
      summary: "FROM must name a pinned image, not an untagged or :latest one",
      rationale: "An untagged image means :latest, and :latest points at whatever was pushed last: two builds of the same commit can get different base images, a broken or compromised push reaches you silently, and a rollback does not roll the base image back.",
      remediation: "Pin a version tag (`FROM node:20.11-alpine`), better a digest (`FROM node:20.11-alpine@sha256:\u2026`).",
      references: ["https://docs.docker.com/build/building/best-practices/#from"]
    },
    messages: {
      untagged: "FROM {{image}} has no tag, so it pulls :latest, which changes without notice; pin a version tag or a digest",
      latest: "FROM {{image}} uses the mutable :latest tag; pin a version tag or a digest (@sha256:\u2026)"
    }
  },
  check(view, ctx) {
    for (const { stage, token, image, pinning, tagRange } of stageImages(view)) {
      if (pinning !== "untagged" && pinning !== "latest") continue;
      const at = pinning === "latest" && tagRange ? tagRange : token;
      ctx.report({ messageId: pinning, data: { image }, at, key: `stage:${stage.index}` });
    }
  }
});
export {
  no_latest_image_default as default
};
