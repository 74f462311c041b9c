import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/parsers/github-actions/uses.ts
function usesOf(view) {
  return view.jobs.flatMap((job) => [
    ...job.uses ? [{ uses: job.uses, owner: job.id }] : [],
    ...job.steps.flatMap((step) => step.uses ? [{ uses: step.uses, owner: `${job.id}/${step.index}` }] : [])
  ]);
}
function isFullCommitSha(ref) {
  return /^[0-9a-f]{40}$/i.test(ref);
}
var BRANCHES = /* @__PURE__ */ new Set(["main", "master", "develop", "development", "dev", "trunk", "head"]);
function isBranchRef(ref) {
  return BRANCHES.has(ref.toLowerCase()) || ref.startsWith("refs/heads/");
}

export {
  usesOf,
  isFullCommitSha,
  isBranchRef
};
