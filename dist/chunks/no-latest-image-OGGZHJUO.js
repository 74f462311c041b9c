import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  judgeCiImage
} from "./chunk-W3DM6PBX.js";
import {
  usesOf
} from "./chunk-32XVC7QR.js";
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

// rules/github-actions/no-latest-image.ts
var no_latest_image_default = defineRule({
  meta: {
    id: "github-actions/no-latest-image",
    artifact: "github-actions",
    policy: "immutable-images",
    level: "error",
    securitySeverity: 5,
    security: true,
    precision: "very-high",
    docs: {
      summary: "Job containers, services and docker:// steps must not use untagged or :latest images",
      rationale: "An untagged image means `:latest`, which points at whatever was pushed last: two runs of the same commit can test or deploy with different images, and a compromised push reaches your pipeline silently. Only image references are checked (`jobs.*.container`, `jobs.*.services.*.image`, `uses: docker://\u2026`); words like `runs-on: ubuntu-latest` are runner labels, not images.",
      remediation: "Pin a version tag (`postgres:16.2`), better a digest (`postgres:16.2@sha256:\u2026`)."
    },
    messages: {
      untagged: "{{what}} image `{{image}}` has no tag, so it pulls :latest, which changes without notice; pin a version tag or a digest",
      latest: "{{what}} image `{{image}}` uses the mutable :latest tag; pin a version tag or a digest (@sha256:\u2026)"
    }
  },
  check(view, ctx) {
    const judge = (token, text, startInFile, what, key) => {
      const verdict = judgeCiImage(text);
      if (!verdict || verdict.pinning !== "untagged" && verdict.pinning !== "latest") return;
      const at = verdict.pinning === "latest" && verdict.tag ? ctx.file.range(startInFile(verdict.tag.start), startInFile(verdict.tag.end - 1) + 1) : token;
      ctx.report({ messageId: verdict.pinning, data: { what, image: text }, at, key });
    };
    for (const job of view.jobs) {
      const images = [...job.container ? [job.container] : [], ...job.services];
      for (const use of images) {
        const text = scalarText(ctx.file.text, use.image.node);
        const what = use.role === "container" ? `job \`${job.id}\` container` : `service \`${use.name}\``;
        judge(use.image, text.value, text.toFile, what, `${job.id}/${use.role}:${use.name ?? ""}`);
      }
    }
    for (const { uses, owner } of usesOf(view)) {
      if (uses.kind !== "docker" || uses.image === void 0 || uses.imageOffset === void 0) continue;
      const base = uses.imageOffset;
      judge(uses, uses.image, (o) => base + o, `step \`${uses.raw}\``, `${owner}:docker`);
    }
  }
});
export {
  no_latest_image_default as default
};
