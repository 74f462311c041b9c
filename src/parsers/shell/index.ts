/** Shell scripts (Dockerfile RUN, GitHub Actions run:, GitLab CI script:) as simple commands. */
export type {
  ShellAssignment,
  ShellCommand,
  ShellDialect,
  ShellParse,
  ShellParseError,
  ShellParseOptions,
  ShellWord,
} from './types.js';
export { loadShellParser } from './load.js';
export { parseShell } from './parse.js';
export { effectiveCommand } from './effective-command.js';
export { maskExpressions } from './mask-expressions.js';
