import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/checks/github-contexts.ts
var UNTRUSTED_CONTEXTS = [
  /^github\.event\.(issue|pull_request|discussion)\.(title|body)$/,
  /^github\.event\.(comment|review|review_comment)\.body$/,
  /^github\.event\.pages\.\*\.page_name$/,
  /^github\.event\.(commits\.\*|head_commit)\.message$/,
  /^github\.event\.(commits\.\*|head_commit)\.(author|committer)\.(email|name)$/,
  /^github\.event\.pull_request\.head\.(ref|label|repo\.default_branch)$/,
  /^github\.event\.workflow_run\.(head_branch|display_title|head_commit\.message|head_commit\.(author|committer)\.(email|name))$/,
  /^github\.event\.workflow_run\.pull_requests\.\*\.head\.ref$/,
  /^github\.head_ref$/
];
function isUntrustedContext(path) {
  return UNTRUSTED_CONTEXTS.some((pattern) => pattern.test(path));
}
var PR_HEAD_REFS = [
  /^github\.event\.pull_request\.head\.(sha|ref)$/,
  /^github\.head_ref$/,
  /^github\.event\.workflow_run\.head_(sha|branch)$/,
  /^github\.event\.pull_request\.head\.repo\.full_name$/,
  /^github\.event\.workflow_run\.head_repository\.full_name$/
];
function isPullRequestHeadRef(path) {
  return PR_HEAD_REFS.some((pattern) => pattern.test(path));
}
function isPullRequestNumber(path) {
  return /^github\.event\.(number|pull_request\.number|issue\.number)$/.test(path);
}

export {
  isUntrustedContext,
  isPullRequestHeadRef,
  isPullRequestNumber
};
