import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  checkedJobs
} from "./chunk-4ICK3NPK.js";
import {
  judgeCiImage
} from "./chunk-W3DM6PBX.js";
import "./chunk-MTZJL5LE.js";
import {
  scalarText
} from "./chunk-AN6FSRJN.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-WYMY3UWM.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/gitlab-ci/no-latest-image.ts
var no_latest_image_default = defineRule({
  meta: {
    id: "gitlab-ci/no-latest-image",
    artifact: "gitlab-ci",
    policy: "immutable-images",
    level: "error",
    securitySeverity: 5,
    security: true,
    precision: "very-high",
    docs: {
      summary: "Job images and services must not be untagged or :latest",
      rationale: "An untagged image means `:latest`, which points at whatever was pushed last: two pipelines of the same commit can build, test or deploy with different tools, and a compromised push reaches the pipeline silently. Every image a job runs with is judged, whether written on the job, inherited through `extends:` or from `default:` (or top-level `image:`); the finding points where the image is written, once. Variables are read as unknown names, so `$CI_REGISTRY_IMAGE/builder:latest` is still `:latest` while `$BUILD_IMAGE` cannot be judged.",
      remediation: "Pin a version tag (`image: node:20.11-alpine`), better a digest (`node:20.11-alpine@sha256:\u2026`).",
      references: ["https://docs.gitlab.com/ee/ci/yaml/#image"]
    },
    messages: {
      untagged: "{{what}} `{{image}}` has no tag, so it pulls :latest, which changes without notice; pin a version tag or a digest",
      latest: "{{what}} `{{image}}` uses the mutable :latest tag; pin a version tag or a digest (@sha256:\u2026)"
    }
  },
  check(view, ctx) {
    const reported = /* @__PURE__ */ new Set();
    const judge = (use) => {
      const start = use.image.range.start.offset;
      if (reported.has(start)) return;
      reported.add(start);
      const text = scalarText(ctx.file.text, use.image.node);
      const verdict = judgeCiImage(text.value);
      if (!verdict || verdict.pinning !== "untagged" && verdict.pinning !== "latest") return;
      const at = verdict.pinning === "latest" && verdict.tag ? ctx.file.range(...text.spanToFile(verdict.tag.start, verdict.tag.end)) : use.image;
      const what = `${use.role === "image" ? "image" : "service"}${use.writtenIn === "(global)" ? "" : ` of \`${use.writtenIn}\``}`;
      ctx.report({ messageId: verdict.pinning, data: { what, image: text.value }, at, key: `${use.writtenIn}/${use.role}:${text.value}` });
    };
    for (const job of checkedJobs(view)) {
      if (job.effective.image) judge(job.effective.image);
      for (const service of job.effective.services ?? []) judge(service);
    }
  }
});
export {
  no_latest_image_default as default
};
