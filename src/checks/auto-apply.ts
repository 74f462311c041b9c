import type { ShellCommand, ShellWord } from '../parsers/shell/types.js';
import { effectiveCommand } from '../parsers/shell/effective-command.js';
import { isSwitchedOn, isTruthyEnvValue, programName, readCommandLine, type CommandOption } from './command-line.js';
import { describeInfraCommand, type InfraInvocation, type InfraTool } from './infra-tools.js';

export type { InfraInvocation, InfraTool } from './infra-tools.js';
export { describeInfraCommand } from './infra-tools.js';

/** A command that changes infrastructure without a human approving a reviewed plan. */
export interface AutoApplyHit {
  command: ShellCommand;
  /** What to point at: the flag, the prefix assignment, or the whole command when it comes from the environment. */
  offending: ShellWord | { start: number; end: number };
  tool: InfraTool;
  /** apply | destroy | up | deploy | run-all apply | run --all apply | … */
  action: string;
  /** flag: on the command line; env-prefix: `VAR=… cmd`; env: the job's env or an earlier `export`. */
  via: 'flag' | 'env-prefix' | 'env';
  message: string;
}

const APPLY_VERBS: Record<InfraTool, readonly string[]> = {
  terraform: ['apply'],
  tofu: ['apply'],
  terragrunt: ['apply'],
  pulumi: ['up'],
  cdktf: ['deploy'],
};
const DESTROY_VERB = 'destroy';
const PLAN_VERBS: Record<InfraTool, readonly string[]> = {
  terraform: ['plan'],
  tofu: ['plan'],
  terragrunt: ['plan'],
  pulumi: ['preview'],
  cdktf: ['diff'],
};

/** terraform/tofu/terragrunt plan, pulumi preview, cdktf diff (or plan). */
export function isPlanCommand(command: ShellCommand): boolean {
  const invocation = describeInfraCommand(command);
  return invocation !== undefined && PLAN_VERBS[invocation.tool].includes(invocation.verb);
}

/** terraform/tofu/terragrunt apply (with or without a plan file), pulumi up, cdktf deploy. */
export function hasApply(command: ShellCommand): boolean {
  const invocation = describeInfraCommand(command);
  return invocation !== undefined && APPLY_VERBS[invocation.tool].includes(invocation.verb);
}

/**
 * Every command in `commands` that applies or destroys without approval. `env` is the
 * environment the script runs with (a workflow's `env:`, GitLab `variables:`); `export`s and
 * `unset`s earlier in the same commands are followed too.
 */
export function findAutoApply(commands: readonly ShellCommand[], env: Record<string, string> = {}): AutoApplyHit[] {
  const hits: AutoApplyHit[] = [];
  const exported = new Map<string, string | undefined>();
  for (const command of commands) {
    if (trackExports(command, exported)) continue;
    const invocation = describeInfraCommand(command);
    if (!invocation) continue;
    const isApply = APPLY_VERBS[invocation.tool].includes(invocation.verb);
    if (!isApply && invocation.verb !== DESTROY_VERB) continue;
    if (isApply && appliesSavedPlan(invocation)) continue;
    const hit = autoApproval(invocation, (name) => environmentValue(name, exported, env));
    if (hit) hits.push({ command, tool: invocation.tool, action: invocation.action, ...hit });
  }
  return hits;
}

/** `terraform apply tfplan`: a saved plan is applied as reviewed, so no approval is skipped. */
function appliesSavedPlan(invocation: InfraInvocation): boolean {
  if (invocation.tool === 'pulumi') return invocation.line.options.some((o) => o.name === '--plan'); // update plans
  return invocation.tool !== 'cdktf' && invocation.operands.length > 0; // cdktf operands are stack names
}

type EnvLookup = (name: string) => { value: string | undefined } | undefined;
type Detected = Pick<AutoApplyHit, 'offending' | 'via' | 'message'>;

function autoApproval(invocation: InfraInvocation, lookup: EnvLookup): Detected | undefined {
  const shown = `${invocation.tool} ${invocation.action}`;
  const flag = invocation.line.options.find((option) => isAutoApproveFlag(invocation.tool, option));
  if (flag) {
    return {
      offending: flag.word,
      via: 'flag',
      message: `\`${shown}\` with \`${flag.word.value ?? flag.word.text}\` changes infrastructure without review: ${REMEDIATION[invocation.tool]}`,
    };
  }
  const variables = autoApproveVariables(invocation);
  const prefix = invocation.command.assignments.find((a) => variables.includes(a.name) && enablesAutoApproval(invocation.tool, a.name, a.value.value));
  if (prefix) {
    return {
      offending: { start: prefix.start, end: prefix.end },
      via: 'env-prefix',
      message: `\`${prefix.name}\` makes \`${shown}\` run without approval: ${REMEDIATION[invocation.tool]}`,
    };
  }
  for (const name of variables) {
    const found = lookup(name);
    if (found && found.value !== undefined && enablesAutoApproval(invocation.tool, name, found.value)) {
      return {
        offending: { start: invocation.command.start, end: invocation.command.end },
        via: 'env',
        message: `\`${shown}\` runs without approval because \`${name}\` is set in its environment: ${REMEDIATION[invocation.tool]}`,
      };
    }
  }
  return undefined;
}

const REMEDIATION: Record<InfraTool, string> = {
  terraform: 'save a reviewed plan (`terraform plan -out=tfplan`) and apply that file, or gate the job on an approval.',
  tofu: 'save a reviewed plan (`tofu plan -out=tfplan`) and apply that file, or gate the job on an approval.',
  terragrunt: 'plan first (`terragrunt plan -out=tfplan`) and apply the saved plan, or gate the job on an approval.',
  pulumi: 'run `pulumi preview` for review and gate `pulumi up` on an approval (or apply a saved update plan with `--plan`).',
  cdktf: 'review `cdktf diff` and gate `cdktf deploy` on an approval instead of `--auto-approve`.',
};

function isAutoApproveFlag(tool: InfraTool, option: CommandOption): boolean {
  const names = AUTO_APPROVE_FLAGS[tool];
  return names.includes(option.name) && isSwitchedOn(option);
}

const AUTO_APPROVE_FLAGS: Record<InfraTool, readonly string[]> = {
  terraform: ['-auto-approve', '--auto-approve'],
  tofu: ['-auto-approve', '--auto-approve'],
  terragrunt: ['-auto-approve', '--auto-approve', '--terragrunt-non-interactive', '--non-interactive',
    '-terragrunt-non-interactive', '-non-interactive'],
  pulumi: ['--yes', '-y', '--skip-preview', '-f'],
  cdktf: ['--auto-approve'],
};

/** Environment variables that can switch approval off for this invocation. */
function autoApproveVariables(invocation: InfraInvocation): string[] {
  switch (invocation.tool) {
    case 'terraform':
    case 'tofu':
      return ['TF_CLI_ARGS', `TF_CLI_ARGS_${invocation.verb}`];
    case 'terragrunt':
      return ['TG_NON_INTERACTIVE', 'TERRAGRUNT_NON_INTERACTIVE', 'TF_CLI_ARGS', `TF_CLI_ARGS_${invocation.verb}`];
    case 'pulumi':
      return ['PULUMI_SKIP_CONFIRMATIONS'];
    case 'cdktf':
      return [];
  }
}

function enablesAutoApproval(tool: InfraTool, variable: string, value: string | undefined): boolean {
  if (value === undefined) return false; // `TF_CLI_ARGS=$X`: not knowable here
  if (!variable.startsWith('TF_CLI_ARGS')) return isTruthyEnvValue(value);
  // Terraform splits TF_CLI_ARGS like a shell would; whitespace splitting is close enough for flags.
  const words = value.split(/\s+/).filter(Boolean).map((text): ShellWord => ({ text, value: text, start: 0, end: 0 }));
  return readCommandLine(words).options.some((option) => isAutoApproveFlag(tool === 'terragrunt' ? 'terraform' : tool, option));
}

function environmentValue(
  name: string,
  exported: ReadonlyMap<string, string | undefined>,
  env: Record<string, string>,
): { value: string | undefined } | undefined {
  if (exported.has(name)) return { value: exported.get(name) };
  return Object.hasOwn(env, name) ? { value: env[name] } : undefined;
}

/** Follows `export NAME=value` / `declare -x` / `unset NAME`; true when the command was one of them. */
function trackExports(command: ShellCommand, exported: Map<string, string | undefined>): boolean {
  const run = effectiveCommand(command);
  const builtin = programName(run.name);
  if (builtin === 'unset') {
    for (const arg of run.args) if (arg.value && !arg.value.startsWith('-')) exported.set(arg.value, '');
    return true;
  }
  const exports = builtin === 'export' || (builtin === 'declare' && run.args.some((a) => a.value === '-x'));
  if (!exports) return builtin === 'declare';
  for (const arg of run.args) {
    const text = arg.value ?? arg.text;
    const equals = text.indexOf('=');
    if (equals <= 0 || text.startsWith('-')) continue;
    exported.set(text.slice(0, equals), arg.value === undefined ? undefined : text.slice(equals + 1));
  }
  return true;
}
