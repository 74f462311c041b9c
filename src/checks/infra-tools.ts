import type { ShellCommand, ShellWord } from '../parsers/shell/types.js';
import { programName, readCommandLine, runCommand, type CommandLine } from './command-line.js';

export type InfraTool = 'terraform' | 'tofu' | 'terragrunt' | 'pulumi' | 'cdktf';

/** A terraform-like tool invocation, read far enough to judge plan / apply / auto-approve. */
export interface InfraInvocation {
  tool: InfraTool;
  /** The command after wrappers (`sudo`, `env`, `npx`) were skipped. */
  command: ShellCommand;
  /** The subcommand that does the work: apply, destroy, plan, up, preview, deploy, diff, … */
  verb: string;
  verbWord: ShellWord;
  /** How a message should name it: `apply`, `run-all apply`, `run --all apply`, `up`. */
  action: string;
  /** Options and positionals of the whole command line (global options included). */
  line: CommandLine;
  /** Positionals after the verb: for terraform/tofu/terragrunt apply, a saved plan file. */
  operands: ShellWord[];
}

const TOOL_BY_PROGRAM: Record<string, InfraTool> = {
  terraform: 'terraform',
  tofu: 'tofu',
  terragrunt: 'terragrunt',
  pulumi: 'pulumi',
  cdktf: 'cdktf',
  'cdktf-cli': 'cdktf',
};

/*
 * Options that take their value as the next argument. Terraform uses Go's flag package, which
 * accepts one or two dashes; the others use cobra/commander style long and short names.
 */
const TERRAFORM_OPTIONS_WITH_VALUE = withDashVariants([
  'var', 'var-file', 'target', 'replace', 'exclude', 'state', 'state-out', 'backup', 'lock-timeout',
  'parallelism', 'out', 'generate-config-out', 'chdir', 'config',
]);
const TERRAGRUNT_OPTIONS_WITH_VALUE = new Set([
  ...TERRAFORM_OPTIONS_WITH_VALUE,
  ...withDashVariants([
    'working-dir', 'terragrunt-working-dir', 'terragrunt-config', 'download-dir', 'terragrunt-download-dir',
    'source', 'terragrunt-source', 'iam-assume-role', 'terragrunt-iam-role', 'tf-path', 'terragrunt-tfpath',
    'queue-include-dir', 'queue-exclude-dir', 'terragrunt-include-dir', 'terragrunt-exclude-dir',
    'log-level', 'terragrunt-log-level', 'terragrunt-parallelism', 'filter',
  ]),
]);
const PULUMI_OPTIONS_WITH_VALUE = new Set([
  '-C', '--cwd', '--color', '--tracing', '-v', '--verbose', '-s', '--stack', '-m', '--message', '-c', '--config',
  '--config-file', '-t', '--target', '--replace', '-p', '--parallel', '--plan', '--exclude', '--secrets-provider',
  '--policy-pack', '--policy-pack-config', '--exec-kind', '--client',
]);
const CDKTF_OPTIONS_WITH_VALUE = new Set([
  '-a', '--app', '-o', '--output', '--var', '--var-file', '--parallelism', '--outputs-file', '--log-level',
]);

function withDashVariants(names: readonly string[]): Set<string> {
  return new Set(names.flatMap((name) => [`-${name}`, `--${name}`]));
}

/** Reads a terraform / tofu / terragrunt / pulumi / cdktf command; undefined for anything else. */
export function describeInfraCommand(command: ShellCommand): InfraInvocation | undefined {
  const run = runCommand(command);
  const program = programName(run.name);
  const tool = program === undefined ? undefined : TOOL_BY_PROGRAM[program];
  if (!tool) return undefined;
  switch (tool) {
    case 'terraform':
    case 'tofu':
      return simpleVerb(tool, run, readCommandLine(run.args, { optionsWithValue: TERRAFORM_OPTIONS_WITH_VALUE }));
    case 'terragrunt':
      return terragrunt(run);
    case 'pulumi':
      return canonical(simpleVerb(tool, run, readCommandLine(run.args, { optionsWithValue: PULUMI_OPTIONS_WITH_VALUE })), {
        update: 'up', down: 'destroy', pre: 'preview',
      });
    case 'cdktf':
      return canonical(simpleVerb(tool, run, readCommandLine(run.args, { optionsWithValue: CDKTF_OPTIONS_WITH_VALUE })), {
        apply: 'deploy', plan: 'diff',
      });
  }
}

/** `tool [global options] verb [options] [operands]`. */
function simpleVerb(tool: InfraTool, command: ShellCommand, line: CommandLine): InfraInvocation | undefined {
  const [verbWord, ...operands] = line.positionals;
  if (verbWord?.value === undefined) return undefined;
  return { tool, command, verb: verbWord.value, verbWord, action: verbWord.value, line, operands };
}

/** Aliases folded into one verb (`pulumi update` is `pulumi up`). */
function canonical(invocation: InfraInvocation | undefined, aliases: Record<string, string>): InfraInvocation | undefined {
  if (!invocation) return undefined;
  const verb = aliases[invocation.verb] ?? invocation.verb;
  return { ...invocation, verb, action: verb };
}

/**
 * terragrunt takes its own options anywhere, and runs a stack with `run-all <verb>` (old CLI) or
 * `run --all <verb>` / `run --all -- <verb>` (new CLI); `run <verb>` and plain `<verb>` run one unit.
 */
function terragrunt(command: ShellCommand): InfraInvocation | undefined {
  const line = readCommandLine(command.args, { optionsWithValue: TERRAGRUNT_OPTIONS_WITH_VALUE, doubleDashEndsOptions: false });
  const [first, second, ...rest] = line.positionals;
  if (first?.value === undefined) return undefined;
  if ((first.value === 'run-all' || first.value === 'run') && second?.value !== undefined) {
    const all = first.value === 'run-all' || line.options.some((o) => o.name === '--all' || o.name === '-a');
    const action = first.value === 'run-all' ? `run-all ${second.value}` : all ? `run --all ${second.value}` : `run ${second.value}`;
    return { tool: 'terragrunt', command, verb: second.value, verbWord: second, action, line, operands: rest };
  }
  return { tool: 'terragrunt', command, verb: first.value, verbWord: first, action: first.value, line, operands: second ? [second, ...rest] : [] };
}
