import type { ShellCommand } from '../parsers/shell/types.js';
import { programName, readCommandLine, runCommand, type CommandLine } from './command-line.js';
import { describeInfraCommand } from './infra-tools.js';

/** What a deploy command changes, named for a message: `kubectl apply`, `gcloud run deploy`. */
export interface DeployCommand {
  what: string;
}

/**
 * Whether a command deploys or changes a live environment, for the approval-gates policy.
 * Read-only and rendering commands (`kubectl get`, `helm template`, `terraform plan`) and dry runs
 * are not deploys.
 */
export function isDeployCommand(command: ShellCommand): DeployCommand | undefined {
  const infra = describeInfraCommand(command);
  if (infra) return INFRA_CHANGES[infra.tool].includes(infra.verb) ? { what: `${infra.tool} ${infra.action}` } : undefined;
  const run = runCommand(command);
  const program = programName(run.name);
  const detector = program === undefined ? undefined : DETECTORS[program];
  const what = detector?.(readCommandLine(run.args, { optionsWithValue: OPTIONS_WITH_VALUE[program!] }));
  return what === undefined ? undefined : { what: `${program} ${what}` };
}

const INFRA_CHANGES: Record<string, readonly string[]> = {
  terraform: ['apply', 'destroy', 'import'],
  tofu: ['apply', 'destroy', 'import'],
  terragrunt: ['apply', 'destroy'],
  pulumi: ['up', 'destroy', 'refresh'],
  cdktf: ['deploy', 'destroy'],
};

/** Reads the subcommand path of a command line; returns what it deploys, or undefined. */
type Detector = (line: CommandLine) => string | undefined;

const KUBECTL_GLOBAL_OPTIONS = ['-n', '--namespace', '--context', '--kubeconfig', '--cluster', '--user', '-s',
  '--server', '--token', '--as', '--as-group', '--request-timeout', '--certificate-authority', '-f', '--filename',
  '-l', '--selector', '-o', '--output', '-k', '--kustomize', '--field-manager', '-c', '--container'];
const OPTIONS_WITH_VALUE: Record<string, ReadonlySet<string>> = {
  kubectl: new Set(KUBECTL_GLOBAL_OPTIONS),
  oc: new Set(KUBECTL_GLOBAL_OPTIONS),
  helm: new Set(['-n', '--namespace', '--kube-context', '--kubeconfig', '-f', '--values', '--set', '--set-string',
    '--set-file', '--version', '--repo', '--timeout', '--registry-config', '--repository-config', '--repository-cache']),
  helmfile: new Set(['-f', '--file', '-e', '--environment', '-n', '--namespace', '-l', '--selector', '--kube-context']),
  aws: new Set(['--region', '--profile', '--output', '--endpoint-url', '--query', '--color', '--ca-bundle',
    '--cli-read-timeout', '--cli-connect-timeout', '--cli-binary-format']),
  gcloud: new Set(['--project', '--account', '--configuration', '--region', '--zone', '--format', '--verbosity',
    '--impersonate-service-account', '--billing-project']),
  az: new Set(),
  cdk: new Set(['--app', '-a', '--profile', '-c', '--context']),
};

const isDryRun = (line: CommandLine): boolean =>
  line.options.some((o) => o.name === '--dry-run' && o.inlineValue !== 'none' && o.inlineValue !== 'false');
const hasOption = (line: CommandLine, ...names: string[]): boolean => line.options.some((o) => names.includes(o.name));
const path = (line: CommandLine, length: number): string[] =>
  line.positionals.slice(0, length).map((word) => word.value ?? '');

const kubernetes: Detector = (line) => {
  const [verb, sub] = path(line, 2);
  if (isDryRun(line)) return undefined;
  if (['apply', 'create', 'replace', 'patch', 'delete', 'scale', 'edit'].includes(verb!)) return verb;
  if (verb === 'set' && ['image', 'env', 'resources'].includes(sub!)) return `set ${sub}`;
  if (verb === 'rollout' && ['restart', 'undo', 'resume'].includes(sub!)) return `rollout ${sub}`;
  return undefined;
};

const DETECTORS: Record<string, Detector> = {
  kubectl: kubernetes,
  oc: kubernetes,
  helm: (line) => {
    const [verb] = path(line, 1);
    if (isDryRun(line)) return undefined;
    return ['install', 'upgrade', 'rollback', 'uninstall', 'delete'].includes(verb!) ? verb : undefined;
  },
  helmfile: (line) => {
    const [verb] = path(line, 1);
    return ['apply', 'sync', 'deploy', 'destroy'].includes(verb!) ? verb : undefined;
  },
  aws: (line) => {
    const [service, operation] = path(line, 2);
    const deploys: Record<string, readonly string[]> = {
      ecs: ['update-service', 'create-service'],
      cloudformation: ['deploy', 'create-stack', 'update-stack', 'execute-change-set', 'delete-stack'],
      lambda: ['update-function-code', 'update-function-configuration'],
      deploy: ['create-deployment'],
      elasticbeanstalk: ['update-environment'],
      apprunner: ['start-deployment', 'update-service'],
    };
    return deploys[service!]?.includes(operation!) ? `${service} ${operation}` : undefined;
  },
  gcloud: (line) => {
    const [group, ...rest] = path(line, 4).filter((segment) => segment !== 'alpha' && segment !== 'beta');
    const command = [group, ...rest].join(' ');
    const deploys = ['run deploy', 'app deploy', 'functions deploy', 'run services update', 'run services replace',
      'run jobs deploy', 'deployment-manager deployments create', 'deployment-manager deployments update'];
    return deploys.find((d) => command === d || command.startsWith(`${d} `));
  },
  az: (line) => {
    // az always writes its command path first: `az webapp deploy --name x`.
    const firstOption = Math.min(...line.options.map((o) => o.word.start));
    const segments = line.positionals.filter((w) => w.start < firstOption).map((w) => w.value ?? '').slice(0, 4);
    const command = segments.join(' ');
    if (segments.includes('deploy') || segments.includes('up')) return command;
    if ((segments[0] === 'deployment' || segments[0] === 'stack') && segments.includes('create')) return command;
    if (command.includes('deployment source config-zip') || command.startsWith('containerapp update')) return command;
    return undefined;
  },
  fly: (line) => (path(line, 1)[0] === 'deploy' ? 'deploy' : undefined),
  flyctl: (line) => (path(line, 1)[0] === 'deploy' ? 'deploy' : undefined),
  serverless: (line) => (path(line, 1)[0] === 'deploy' ? 'deploy' : undefined),
  sls: (line) => (path(line, 1)[0] === 'deploy' ? 'deploy' : undefined),
  cdk: (line) => (['deploy', 'destroy'].includes(path(line, 1)[0]!) ? path(line, 1)[0] : undefined),
  sam: (line) => (path(line, 1)[0] === 'deploy' ? 'deploy' : undefined),
  firebase: (line) => (path(line, 1)[0] === 'deploy' ? 'deploy' : undefined),
  vercel: (line) => {
    const [verb] = path(line, 1);
    const deploying = verb === undefined || verb === 'deploy' || !VERCEL_SUBCOMMANDS.has(verb);
    return deploying && hasOption(line, '--prod') ? '--prod' : undefined;
  },
  netlify: (line) => (path(line, 1)[0] === 'deploy' && hasOption(line, '--prod') ? 'deploy --prod' : undefined),
  docker: (line) => (path(line, 2).join(' ') === 'stack deploy' ? 'stack deploy' : undefined),
  argocd: (line) => (path(line, 2).join(' ') === 'app sync' ? 'app sync' : undefined),
};

/** Any other first word of `vercel` is a subcommand (`vercel env pull --prod` is no deploy); a path is a deploy. */
const VERCEL_SUBCOMMANDS = new Set(['env', 'pull', 'build', 'link', 'login', 'logs', 'ls', 'list', 'inspect',
  'domains', 'dns', 'certs', 'secrets', 'alias', 'promote', 'rollback', 'remove', 'rm', 'project', 'teams', 'whoami']);
