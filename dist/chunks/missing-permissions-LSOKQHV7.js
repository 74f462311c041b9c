import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-27OXTBH3.js";

// rules/github-actions/missing-permissions.ts
var missing_permissions_default = defineRule({
  meta: {
    id: "github-actions/missing-permissions",
    artifact: "github-actions",
    policy: "least-privilege",
    level: "warning",
    securitySeverity: 5,
    security: true,
    precision: "very-high",
    docs: {
      summary: "Workflows should declare least-privilege permissions for GITHUB_TOKEN",
      rationale: "When neither the workflow nor a job sets `permissions:`, the `GITHUB_TOKEN` gets the repository or organisation default, which for older repositories is write access to contents, packages, pull requests and more: any compromised step (a dependency, an action) can push code or publish packages. `permissions: write-all` grants everything explicitly. A workflow is compliant when it sets `permissions:` at the top level, or on every job.",
      remediation: "Add `permissions: { contents: read }` at the top of the workflow and grant more per job only where needed (`id-token: write` for OIDC, `packages: write` to publish).",
      references: ["https://docs.github.com/en/actions/security-for-github-actions/security-guides/automatic-token-authentication#modifying-the-permissions-for-the-github_token"]
    },
    messages: {
      missing: "no top-level `permissions:` and {{jobs}} set none, so GITHUB_TOKEN gets the repository default; add `permissions: { contents: read }` at the top and grant more per job",
      writeAll: "`permissions: write-all` gives GITHUB_TOKEN write access to everything; list only the scopes this {{scope}} needs"
    }
  },
  check(view, ctx) {
    if (view.type !== "workflow") return;
    if (view.permissions?.writeAll) ctx.report({ messageId: "writeAll", data: { scope: "workflow" }, at: view.permissions.writeAll, key: "workflow:write-all" });
    for (const job of view.jobs) {
      if (job.permissions?.writeAll) ctx.report({ messageId: "writeAll", data: { scope: "job" }, at: job.permissions.writeAll, key: `${job.id}:write-all` });
    }
    if (view.permissions || !view.jobsKey) return;
    const without = view.jobs.filter((job) => !job.permissions);
    if (without.length === 0) return;
    const names = without.slice(0, 3).map((job) => `\`${job.id}\``).join(", ") + (without.length > 3 ? ` and ${without.length - 3} more` : "");
    const jobs = without.length === view.jobs.length ? view.jobs.length === 1 ? `its job ${names}` : `its jobs ${names}` : `jobs ${names}`;
    ctx.report({ messageId: "missing", data: { jobs }, at: view.jobsKey, key: "workflow:permissions" });
  }
});
export {
  missing_permissions_default as default
};
