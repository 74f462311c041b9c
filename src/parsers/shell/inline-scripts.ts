import { effectiveCommand } from './effective-command.js';
import type { ShellCommand } from './types.js';

const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh']);
/** `-c`, possibly grouped with other single-letter options: `-ec`, `-xc`, `-lc`. */
const COMMAND_STRING_OPTION = /^-[a-zA-Z]*c[a-zA-Z]*$/;

/** A script passed as a string to `sh -c`, with where its text starts in the outer script. */
export interface InlineScript {
  script: string;
  offset: number;
}

/**
 * The script of `sh -c '…'` / `bash -c "…"`, when its text can be mapped back to the outer script
 * character for character (single quotes, or double quotes and bare words without escapes or
 * expansions); other forms are left alone rather than pointing findings at the wrong place.
 */
export function inlineScriptOf(command: ShellCommand): InlineScript | undefined {
  const run = effectiveCommand(command);
  const name = run.name.value;
  if (name === undefined || !SHELLS.has(name.slice(name.lastIndexOf('/') + 1))) return undefined;
  const optionIndex = run.args.findIndex((arg) => arg.value !== undefined && COMMAND_STRING_OPTION.test(arg.value));
  const scriptWord = optionIndex < 0 ? undefined : run.args[optionIndex + 1];
  if (scriptWord?.value === undefined) return undefined;
  const { text, value } = scriptWord;
  if (text === value) return { script: value, offset: scriptWord.start };
  const quoted = (text.startsWith("'") || text.startsWith('"')) && text.slice(1, -1) === value;
  return quoted ? { script: value, offset: scriptWord.start + 1 } : undefined;
}
