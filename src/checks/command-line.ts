import { effectiveCommand } from '../parsers/shell/effective-command.js';
import type { ShellCommand, ShellWord } from '../parsers/shell/types.js';

/** One `-x`, `--name` or `--name=value` argument. */
export interface CommandOption {
  word: ShellWord;
  /** With its dashes: `-auto-approve`, `--yes`. */
  name: string;
  /** The part after `=`, when the option was written `--name=value`. */
  inlineValue?: string;
  /** False when the word contains an expansion, so `inlineValue` may not be what runs. */
  literal: boolean;
  /** The next argument, for options known to take one (`-var-file prod.tfvars`). */
  value?: ShellWord;
}

export interface CommandLine {
  options: CommandOption[];
  /** Arguments that are neither options nor option values, in order. */
  positionals: ShellWord[];
}

export interface ReadOptions {
  /** Option names whose value may be the next argument. */
  optionsWithValue?: ReadonlySet<string>;
  /** Whether `--` ends the options (true for most tools). */
  doubleDashEndsOptions?: boolean;
}

/** Splits arguments into options and positionals, the way a typical CLI flag parser would. */
export function readCommandLine(args: readonly ShellWord[], read: ReadOptions = {}): CommandLine {
  const options: CommandOption[] = [];
  const positionals: ShellWord[] = [];
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i]!;
    const raw = word.value ?? word.text.replace(/^["']/, '');
    if (raw === '--' && word.value !== undefined) {
      optionsEnded = read.doubleDashEndsOptions ?? true;
      continue;
    }
    if (optionsEnded || !raw.startsWith('-') || raw === '-') {
      positionals.push(word);
      continue;
    }
    const equals = raw.indexOf('=');
    const option: CommandOption = { word, name: equals < 0 ? raw : raw.slice(0, equals), literal: word.value !== undefined };
    if (equals >= 0) option.inlineValue = raw.slice(equals + 1);
    else if (read.optionsWithValue?.has(option.name) && i + 1 < args.length) option.value = args[++i]!;
    options.push(option);
  }
  return { options, positionals };
}

const GO_FALSE = new Set(['false', 'False', 'FALSE', 'f', 'F', '0']);

/**
 * Whether a boolean option is switched on: `--yes`, `--yes=true`, and also `--yes=$X`, since a
 * value only known at run time was put there to be able to turn it on. `--yes=false` is off.
 */
export function isSwitchedOn(option: CommandOption): boolean {
  if (option.inlineValue === undefined) return true;
  if (!option.literal) return true;
  return !GO_FALSE.has(option.inlineValue);
}

/** A truthy environment value (`true`, `1`, `yes`); an unknown one counts as set. */
export function isTruthyEnvValue(value: string | undefined): boolean {
  if (value === undefined) return true;
  return !['', '0', 'false', 'no', 'off'].includes(value.trim().toLowerCase());
}

/** The program name of a word, without its directory: `/usr/local/bin/terraform` → `terraform`. */
export function programName(word: ShellWord): string | undefined {
  const value = word.value;
  return value === undefined ? undefined : value.slice(value.lastIndexOf('/') + 1);
}

/** Package runners that run a CLI from node_modules or the registry: `npx cdktf deploy`. */
const PACKAGE_RUNNERS: Record<string, { subcommands?: readonly string[]; optionsWithValue: ReadonlySet<string> }> = {
  npx: { optionsWithValue: new Set(['-p', '--package', '-c', '--call']) },
  bunx: { optionsWithValue: new Set(['-p', '--package']) },
  pnpm: { subcommands: ['dlx', 'exec'], optionsWithValue: new Set(['-C', '--dir', '--filter', '-F']) },
  yarn: { subcommands: ['dlx', 'exec', 'run'], optionsWithValue: new Set(['--cwd']) },
};

/**
 * The command that really runs: past sudo/env/time/… wrappers and past package runners
 * (`npx`, `pnpm dlx`, `yarn`). Returns the original command when there is nothing to skip.
 */
export function runCommand(command: ShellCommand): ShellCommand {
  const unwrapped = effectiveCommand(command);
  const runnerName = programName(unwrapped.name);
  const runner = runnerName === undefined ? undefined : PACKAGE_RUNNERS[runnerName];
  if (!runner) return unwrapped;
  const { positionals } = readCommandLine(unwrapped.args, { optionsWithValue: runner.optionsWithValue });
  let toolIndex = 0;
  if (runner.subcommands && positionals[0]?.value && runner.subcommands.includes(positionals[0].value)) toolIndex = 1;
  else if (runner.subcommands && runnerName === 'pnpm') return unwrapped; // `pnpm install` etc.
  const tool = positionals[toolIndex];
  if (!tool) return unwrapped;
  const at = unwrapped.args.indexOf(tool);
  return { ...unwrapped, name: tool, args: unwrapped.args.slice(at + 1) };
}
