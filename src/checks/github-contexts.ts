/**
 * GitHub context values that anyone who can open an issue, a pull request or push a branch
 * controls. Expanded by `${{ }}` into a script, they become code (script injection). Paths are
 * normalised by `contextPaths`: array indexes and `.*` are written `*`.
 */
const UNTRUSTED_CONTEXTS: readonly RegExp[] = [
  /^github\.event\.(issue|pull_request|discussion)\.(title|body)$/,
  /^github\.event\.(comment|review|review_comment)\.body$/,
  /^github\.event\.pages\.\*\.page_name$/,
  /^github\.event\.(commits\.\*|head_commit)\.message$/,
  /^github\.event\.(commits\.\*|head_commit)\.(author|committer)\.(email|name)$/,
  /^github\.event\.pull_request\.head\.(ref|label|repo\.default_branch)$/,
  /^github\.event\.workflow_run\.(head_branch|display_title|head_commit\.message|head_commit\.(author|committer)\.(email|name))$/,
  /^github\.event\.workflow_run\.pull_requests\.\*\.head\.ref$/,
  /^github\.head_ref$/,
];

export function isUntrustedContext(path: string): boolean {
  return UNTRUSTED_CONTEXTS.some((pattern) => pattern.test(path));
}

/** Refs that name the pull request's own code (the head), not the base repository's. */
const PR_HEAD_REFS: readonly RegExp[] = [
  /^github\.event\.pull_request\.head\.(sha|ref)$/,
  /^github\.head_ref$/,
  /^github\.event\.workflow_run\.head_(sha|branch)$/,
  /^github\.event\.pull_request\.head\.repo\.full_name$/,
  /^github\.event\.workflow_run\.head_repository\.full_name$/,
];

export function isPullRequestHeadRef(path: string): boolean {
  return PR_HEAD_REFS.some((pattern) => pattern.test(path));
}

/** The pull request's number, as used in `refs/pull/<number>/merge`. */
export function isPullRequestNumber(path: string): boolean {
  return /^github\.event\.(number|pull_request\.number|issue\.number)$/.test(path);
}
