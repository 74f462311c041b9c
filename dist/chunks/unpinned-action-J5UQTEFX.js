import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  judgeCiImage
} from "./chunk-W3DM6PBX.js";
import {
  isBranchRef,
  isFullCommitSha,
  usesOf
} from "./chunk-32XVC7QR.js";
import "./chunk-MTZJL5LE.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-27OXTBH3.js";

// rules/github-actions/unpinned-action.ts
var unpinned_action_default = defineRule({
  meta: {
    id: "github-actions/unpinned-action",
    artifact: "github-actions",
    policy: "pinned-actions",
    level: "warning",
    securitySeverity: 5,
    security: true,
    precision: "very-high",
    docs: {
      summary: "Actions and reusable workflows should be pinned to a full commit SHA",
      rationale: "A tag such as `@v4` is a movable pointer: whoever controls the action repository (or steals its credentials, as in the tj-actions/changed-files compromise) can point it at new code that then runs with your secrets and `GITHUB_TOKEN`. Only a full 40-character commit SHA is immutable. Local actions (`./\u2026`) are pinned by your own commit; `docker://` images are pinned by digest. Branch refs are reported by `github-actions/action-on-branch` instead.",
      remediation: "Pin to the commit the tag points at and keep the tag as a comment, e.g. `uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11 # v4.1.1`; let Dependabot or Renovate update the SHA.",
      references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions"]
    },
    messages: {
      tag: "`{{uses}}` is pinned to `{{ref}}`, which can be moved; pin the full 40-character commit SHA (keep the tag in a comment)",
      dockerTag: "`{{uses}}` names the image by tag only; pin it by digest (`@sha256:\u2026`)"
    }
  },
  check(view, ctx) {
    for (const { uses, owner } of usesOf(view)) {
      if (uses.kind === "docker") {
        const verdict = uses.image === void 0 ? void 0 : judgeCiImage(uses.image);
        if (verdict?.pinning !== "tagged" || !verdict.tag || uses.imageOffset === void 0) continue;
        const at = ctx.file.range(uses.imageOffset + verdict.tag.start, uses.imageOffset + verdict.tag.end);
        ctx.report({ messageId: "dockerTag", data: { uses: uses.raw }, at, key: `${owner}:${uses.raw}` });
        continue;
      }
      if (uses.kind !== "repository" || !uses.ref || !uses.refRange) continue;
      if (isFullCommitSha(uses.ref) || isBranchRef(uses.ref)) continue;
      ctx.report({ messageId: "tag", data: { uses: uses.raw, ref: uses.ref }, at: uses.refRange, key: `${owner}:${uses.raw}` });
    }
  }
});
export {
  unpinned_action_default as default
};
