import type { Scalar } from 'yaml';
import type { Range, SourceFile } from '../../core/source.js';
import type { ShellCommand, ShellParseError, ShellWord } from '../shell/types.js';
import type { ParseError } from '../types.js';
import { scalarText, type ScalarText } from './scalar-offsets.js';

/**
 * A shell script written as a YAML scalar (GitHub Actions `run:`, GitLab CI `script:` items).
 * Its commands, once parsed, carry offsets in the FILE, not in the scalar's value, so a rule
 * can point at `-auto-approve` inside a `run: |` block directly.
 */
export interface ScalarScript {
  node: Scalar;
  /** The scalar's value and the value → file offset map. */
  text: ScalarText;
  /** The whole scalar in the file. */
  range: Range;
  /**
   * The script's commands with file offsets; undefined when the script was not parsed (it
   * names nothing a shell-aware rule looks for, see shell-hints.ts) or could not be parsed.
   */
  commands?: ShellCommand[];
}

export function scalarScript(file: SourceFile, node: Scalar): ScalarScript {
  const [start, end] = node.range ?? [0, 0];
  return { node, text: scalarText(file.text, node), range: file.range(start, end) };
}

/**
 * Parses the scripts `wanted` says need it, loading the shell parser only when one does.
 * `${{ … }}` expressions are masked first so they parse as a variable. A script that does not
 * parse becomes one `infralint/unparsed-script` note and is skipped by the shell rules.
 */
export async function parseScalarScripts(
  file: SourceFile,
  scripts: readonly ScalarScript[],
  wanted: (script: ScalarScript) => boolean,
  what: string,
): Promise<ParseError[]> {
  const todo = scripts.filter(wanted);
  if (todo.length === 0) return [];
  const { loadShellParser, maskExpressions, parseShell } = await import('../shell/index.js');
  await loadShellParser();
  const errors: ParseError[] = [];
  for (const script of todo) {
    const parsed = parseShell(maskExpressions(script.text.value));
    if (parsed.error) {
      errors.push(unparsed(file, script, parsed.error, what));
      continue;
    }
    script.commands = parsed.commands.map((command) => commandInFile(command, script.text));
  }
  return errors;
}

function unparsed(file: SourceFile, script: ScalarScript, error: ShellParseError, what: string): ParseError {
  const at = script.text.toFile(Math.min(error.offset, Math.max(0, script.text.value.length - 1)));
  return {
    message: `the ${what} script could not be parsed as shell (${error.message}); shell checks skipped it`,
    range: file.range(at, at + 1),
    ruleId: 'infralint/unparsed-script',
  };
}

/** The same command with every offset moved from the scalar's value into the file. */
export function commandInFile(command: ShellCommand, text: ScalarText): ShellCommand {
  const word = (w: ShellWord): ShellWord => {
    const [start, end] = text.spanToFile(w.start, w.end);
    return { ...w, start, end };
  };
  const [start, end] = text.spanToFile(command.start, command.end);
  return {
    name: word(command.name),
    args: command.args.map(word),
    assignments: command.assignments.map((a) => {
      const [aStart, aEnd] = text.spanToFile(a.start, a.end);
      return { ...a, start: aStart, end: aEnd, value: word(a.value) };
    }),
    start,
    end,
  };
}
