import { collectCommands } from './commands.js';
import { firstSyntaxError } from './errors.js';
import { inlineScriptOf } from './inline-scripts.js';
import { loadedShellParser } from './load.js';
import type { ShellCommand, ShellParse, ShellParseOptions } from './types.js';

/** `sh -c "bash -c '…'"` is already rare; deeper nesting is not worth following. */
const MAX_INLINE_DEPTH = 3;

/**
 * Parses a shell script and returns its simple commands with exact offsets. Synchronous; call
 * `await loadShellParser()` once first. Never throws on bad input: a syntax error comes back as
 * `error`, with the commands that could still be recovered.
 */
export function parseShell(script: string, options: ShellParseOptions = {}): ShellParse {
  void options.dialect; // one grammar serves both dialects, see ShellParseOptions
  return parseAtDepth(script, 0);
}

function parseAtDepth(script: string, depth: number): ShellParse {
  const parser = loadedShellParser();
  let tree;
  try {
    tree = parser.parse(script);
  } catch (error) {
    return { commands: [], error: { message: `shell parser failed: ${String(error)}`, offset: 0 } };
  }
  if (!tree) return { commands: [], error: { message: 'shell parser gave up on this script', offset: 0 } };
  try {
    const commands = collectCommands(tree);
    const error = firstSyntaxError(tree.rootNode);
    const withInline = depth < MAX_INLINE_DEPTH ? addInlineScriptCommands(commands, depth) : commands;
    return error ? { commands: withInline, error } : { commands: withInline };
  } finally {
    tree.delete();
  }
}

/** Adds the commands of `sh -c '…'` right after the command that runs them. */
function addInlineScriptCommands(commands: ShellCommand[], depth: number): ShellCommand[] {
  const result: ShellCommand[] = [];
  for (const command of commands) {
    result.push(command);
    const inline = inlineScriptOf(command);
    if (!inline) continue;
    const nested = parseAtDepth(inline.script, depth + 1);
    for (const inner of nested.commands) result.push(shiftCommand(inner, inline.offset));
  }
  return result;
}

function shiftCommand(command: ShellCommand, delta: number): ShellCommand {
  const shift = <T extends { start: number; end: number }>(item: T): T => ({
    ...item,
    start: item.start + delta,
    end: item.end + delta,
  });
  return {
    name: shift(command.name),
    args: command.args.map(shift),
    assignments: command.assignments.map((assignment) => ({ ...shift(assignment), value: shift(assignment.value) })),
    start: command.start + delta,
    end: command.end + delta,
  };
}
