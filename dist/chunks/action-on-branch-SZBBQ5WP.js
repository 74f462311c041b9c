import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  isBranchRef,
  usesOf
} from "./chunk-32XVC7QR.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-27OXTBH3.js";

// rules/github-actions/action-on-branch.ts
var action_on_branch_default = defineRule({
  meta: {
    id: "github-actions/action-on-branch",
    artifact: "github-actions",
    policy: "pinned-actions",
    level: "error",
    securitySeverity: 7,
    security: true,
    precision: "very-high",
    docs: {
      summary: "Actions and reusable workflows must not be referenced by a branch",
      rationale: "A branch ref (`@main`, `@master`, `@develop`, `@dev`, `@trunk`) changes with every push to the action repository: unreviewed code reaches your workflow, with its secrets and token, the next time it runs, and two runs of the same commit can run different actions.",
      remediation: "Pin the action to a full 40-character commit SHA (`uses: owner/repo@<sha> # v1.2.3`) and update it deliberately (Dependabot, Renovate).",
      references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/security-hardening-for-github-actions#using-third-party-actions"]
    },
    messages: {
      branch: "`{{uses}}` follows the branch `{{ref}}`, so any push to it changes what runs here; pin a full 40-character commit SHA"
    }
  },
  check(view, ctx) {
    for (const { uses, owner } of usesOf(view)) {
      if (uses.kind !== "repository" || !uses.ref || !uses.refRange || !isBranchRef(uses.ref)) continue;
      ctx.report({ messageId: "branch", data: { uses: uses.raw, ref: uses.ref }, at: uses.refRange, key: `${owner}:${uses.raw}` });
    }
  }
});
export {
  action_on_branch_default as default
};
