/** The kinds of file infralint understands. A rule id starts with its artifact kind. */
export const ARTIFACT_KINDS = [
  'dockerfile',
  'kubernetes',
  'compose',
  'helm',
  'terraform',
  'github-actions',
  'gitlab-ci',
  'generic',
] as const;

export type ArtifactKind = (typeof ARTIFACT_KINDS)[number];
