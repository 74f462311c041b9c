/** GitHub Actions workflows and action metadata: jobs, steps, `uses` refs, `run:` scripts with file offsets. */
export { parseGithubActions, readsSecret, token, usesRef } from './parse.js';
export { contextPaths, findExpressions, type ContextPath, type Expression } from './expressions.js';
export type * from './view.js';
export * from './scope.js';
export * from './uses.js';
