import type { GithubActionsView, UsesRef } from './view.js';

/** Every `uses:` of a file (steps and reusable-workflow jobs), with the job it belongs to. */
export function usesOf(view: GithubActionsView): { uses: UsesRef; owner: string }[] {
  return view.jobs.flatMap((job) => [
    ...(job.uses ? [{ uses: job.uses, owner: job.id }] : []),
    ...job.steps.flatMap((step) => (step.uses ? [{ uses: step.uses, owner: `${job.id}/${step.index}` }] : [])),
  ]);
}

export function isFullCommitSha(ref: string): boolean {
  return /^[0-9a-f]{40}$/i.test(ref);
}

/** Refs that name a development branch rather than a release. */
const BRANCHES = new Set(['main', 'master', 'develop', 'development', 'dev', 'trunk', 'head']);

export function isBranchRef(ref: string): boolean {
  return BRANCHES.has(ref.toLowerCase()) || ref.startsWith('refs/heads/');
}
