import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ARTIFACT_KINDS, type ArtifactKind } from '../core/artifacts.js';
import { LEVEL_RANK } from '../core/finding.js';
import type { Level } from '../core/rule.js';
import { allRuleMetas, knownRuleIds } from '../engine/rules.js';
import { scan, type ScanResult } from '../engine/scan.js';
import { FORMATTERS } from '../formatters/index.js';
import { toolVersion } from './version.js';
import { closeMatches } from '../core/suggest.js';
// Modules only some runs need (config, baselines, git, init, test) are imported when used:
// a one-file pre-commit run should not pay for them.
import { ConfigError, findConfig } from '../config/find.js';
import type { ResolvedConfig } from '../config/types.js';
import { loadCustomRules } from '../engine/rules.js';
import { optionalInt, parseRuleFlags, UsageError } from './options.js';
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Exit codes: a public interface (README). */
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

const HELP = `Usage: infralint [scan] [paths...] [options]
       infralint rules              list every rule
       infralint explain <rule-id>  print a rule's documentation
       infralint init               write a commented starter .infralint.yaml
       infralint test <dir>         run the custom policies of <dir>'s config over its fixtures

Scans Dockerfiles, Kubernetes and Compose YAML, Terraform/OpenTofu and CI workflows.

Options:
  -f, --format <text|json|sarif|github>  output format (default: text)
  -o, --output <file>                     write the report to a file
      --fail-on <error|warning|note|none> lowest level that makes the exit code 1 (default: error)
      --max-warnings <n>                  also exit 1 when there are more than n warnings
  -q, --quiet                             report errors only
      --stdin, -                          read one file from standard input
      --stdin-filename <path>             name (and so kind) of the standard-input file
      --kind <kind>                       force the artifact kind of the stdin file
      --category <name>                   SARIF code-scanning category (default: infralint)
      --workers <n>                       worker threads (default: one per core for large scans)
      --max-file-size <bytes>             skip larger files with a notice (default: 5 MB)
      --show-suppressed                   list suppressed findings in text output
  -c, --config <file>                     configuration (default: nearest .infralint.yaml)
      --rule <id>=<level>                 set a rule's level (off|note|warning|error); repeatable
      --no-plugins                        do not load JS rule modules named in the config
      --write-baseline <file>             record the current findings, then exit 0
      --baseline <file>                   report only findings that are not in the baseline
      --since <git-ref>                   report only findings on lines changed since the ref
      --no-color                          plain text output (also: NO_COLOR=1)
  -v, --version                           print the version
  -h, --help                              print this help

Exit codes: 0 no findings at or above --fail-on; 1 findings at or above it;
            2 usage, configuration or internal error.
`;

export async function main(argv: string[]): Promise<number> {
  try {
    return await run(argv);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`infralint: ${(error as Error).message}\nRun 'infralint --help' for usage.\n`);
      return EXIT.usage;
    }
    process.stderr.write(`infralint: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
    return EXIT.usage;
  }
}

async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'text' },
      output: { type: 'string', short: 'o' },
      'fail-on': { type: 'string', default: 'error' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      stdin: { type: 'boolean', default: false },
      'stdin-filename': { type: 'string' },
      kind: { type: 'string' },
      category: { type: 'string', default: 'infralint' },
      workers: { type: 'string' },
      'max-file-size': { type: 'string' },
      'show-suppressed': { type: 'boolean', default: false },
      color: { type: 'boolean' },
      config: { type: 'string', short: 'c' },
      rule: { type: 'string', multiple: true },
      'no-plugins': { type: 'boolean', default: false },
      'write-baseline': { type: 'string' },
      baseline: { type: 'string' },
      since: { type: 'string' },
      'no-color': { type: 'boolean' },
      version: { type: 'boolean', short: 'v', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return print(HELP);
  if (values.version) return print(`${toolVersion()}\n`);

  const [command, ...rest] = positionals;
  if (command === 'rules') return listRules();
  if (command === 'explain') return explain(rest[0]);
  if (command === 'init') return print(`wrote ${(await import('./init.js')).init(process.cwd())}\n`);
  if (command === 'test') {
    if (!rest[0]) throw new UsageError('test needs a folder holding .infralint.yaml and fixtures/');
    const { testPolicies } = await import('./test-command.js');
    return testPolicies(rest[0], (text) => process.stdout.write(text));
  }
  const paths = command === 'scan' ? rest : positionals;

  const format = values.format!;
  const formatter = FORMATTERS[format];
  if (!formatter) throw new UsageError(`unknown --format '${format}' (expected ${Object.keys(FORMATTERS).join(', ')})`);
  const failOn = values['fail-on']!;
  if (failOn !== 'none' && !(failOn in LEVEL_RANK)) throw new UsageError(`unknown --fail-on '${failOn}' (expected error, warning, note or none)`);
  const maxWarnings = optionalInt(values['max-warnings'], '--max-warnings');
  const workers = optionalInt(values.workers, '--workers');
  const maxFileBytes = optionalInt(values['max-file-size'], '--max-file-size');
  const kind = values.kind as ArtifactKind | undefined;
  if (kind && !ARTIFACT_KINDS.includes(kind)) throw new UsageError(`unknown --kind '${kind}' (expected ${ARTIFACT_KINDS.join(', ')})`);

  const useStdin = values.stdin || (paths.length === 1 && paths[0] === '-');
  if (useStdin && paths.some((p) => p !== '-')) throw new UsageError('--stdin reads one file: do not also give paths');
  const stdin = useStdin
    ? { text: await readStdin(), filename: values['stdin-filename'] ?? (kind === 'dockerfile' ? 'Dockerfile' : 'stdin.yaml'), kind }
    : undefined;

  const root = process.cwd();
  const config = await configFor(values.config, paths, root);
  const allowPlugins = !values['no-plugins'];
  await checkRuleIds(config, allowPlugins);
  const ruleLevels = parseRuleFlags(values.rule);
  const result = await scan({ paths, root, stdin, workers, maxFileBytes, config, ruleLevels, allowPlugins });
  if (result.missing.length) throw new UsageError(`no such file or directory: ${result.missing.join(', ')}`);

  if (values['write-baseline']) {
    const { writeBaseline } = await import('../engine/baseline.js');
    const n = writeBaseline(values['write-baseline'], result.findings);
    process.stderr.write(`infralint: wrote ${n} findings to the baseline ${values['write-baseline']}\n`);
    return EXIT.ok;
  }
  if (values.baseline) {
    const { filterByBaseline, readBaseline } = await import('../engine/baseline.js');
    let baseline;
    try {
      baseline = readBaseline(values.baseline);
    } catch (error) {
      throw new UsageError(`--baseline: ${(error as Error).message}`);
    }
    const filtered = filterByBaseline(result.findings, baseline);
    result.findings = filtered.findings;
    result.notices.push({ level: 'note', message: `baseline ${values.baseline}: ${filtered.known} known findings hidden, ${filtered.fixed} baseline entries no longer match (fixed)` });
  }
  if (values.since) {
    const { changedLines } = await import('../engine/since.js');
    let changed;
    try {
      changed = changedLines(root, values.since);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    result.findings = result.findings.filter((f) => {
      const lines = changed.get(f.path);
      return lines === 'all' || (lines !== undefined && lines.has(f.range.start.line));
    });
    result.notices.push({ level: 'note', message: `--since ${values.since}: only findings on lines changed since then are reported` });
  }
  if (values.quiet) result.findings = result.findings.filter((f) => f.level === 'error');

  const color = values['no-color'] || values.color === false || 'NO_COLOR' in process.env ? false : (values.color ?? (!values.output && process.stdout.isTTY === true));
  const output = formatter({
    result,
    // Only SARIF lists every rule; loading all packs would slow a one-file run.
    rules: format === 'sarif' ? [...(await allRuleMetas()), ...(await loadCustomRules(config, allowPlugins)).map((r) => r.meta)] : [],
    toolVersion: toolVersion(),
    category: values.category!,
    color,
    showSuppressed: values['show-suppressed'],
  });
  if (values.output) {
    writeFileSync(values.output, output);
    if (format !== 'text') process.stderr.write(summary(result, values.output));
  } else {
    process.stdout.write(output);
  }
  return exitCode(result, failOn as Level | 'none', maxWarnings);
}

export function exitCode(result: ScanResult, failOn: Level | 'none', maxWarnings?: number): number {
  const active = result.findings.filter((f) => !f.suppression);
  if (active.some((f) => f.ruleId === 'infralint/internal-error')) return EXIT.usage;
  if (failOn !== 'none' && active.some((f) => LEVEL_RANK[f.level] >= LEVEL_RANK[failOn])) return EXIT.findings;
  if (maxWarnings !== undefined && active.filter((f) => f.level === 'warning').length > maxWarnings) return EXIT.findings;
  return EXIT.ok;
}

async function configFor(explicit: string | undefined, paths: string[], root: string): Promise<ResolvedConfig | undefined> {
  const load = async (path: string) => (await import('../config/load.js')).loadConfig(path);
  if (explicit) return load(resolve(root, explicit));
  // Walk up from the first scanned path (a folder, or a file's folder), else from here.
  const first = paths.find((p) => p !== '-');
  let start = root;
  if (first) {
    const abs = resolve(root, first);
    start = statSync(abs, { throwIfNoEntry: false })?.isDirectory() ? abs : dirname(abs);
  }
  const found = findConfig(start);
  return found ? load(found) : undefined;
}

/** Unknown rule ids in config are an error with close matches, not a silent no-op. */
async function checkRuleIds(config: ResolvedConfig | undefined, allowPlugins: boolean): Promise<void> {
  if (!config) return;
  const custom = await loadCustomRules(config, allowPlugins);
  const known = [...knownRuleIds(), ...custom.map((r) => r.meta.id as string)];
  const metas = new Map([...(await allRuleMetas()), ...custom.map((r) => r.meta)].map((m) => [m.id as string, m]));
  const problems: string[] = [];
  const settings = [config.rules, ...config.overrides.map((o) => o.rules)];
  const { validator } = await import('../config/validator.js');
  for (const rules of settings) {
    for (const [id, setting] of Object.entries(rules)) {
      if (!known.includes(id)) {
        const close = closeMatches(id, known);
        problems.push(`unknown rule '${id}'${close.length ? `; did you mean ${close.join(', ')}?` : ''}`);
        continue;
      }
      const schema = metas.get(id)?.options?.schema;
      if (setting.options && !schema) problems.push(`rule '${id}' takes no options`);
      else if (setting.options && schema) {
        for (const e of validator(schema)(setting.options)) problems.push(`rule '${id}' options${e.path.length ? `.${e.path.join('.')}` : ''}: ${e.message}`);
      }
    }
  }
  if (problems.length) throw new ConfigError(`${config.path}: ${problems.join('\n  ')}`);
}

function summary(result: ScanResult, output: string): string {
  const active = result.findings.filter((f) => !f.suppression).length;
  return `infralint: ${active} finding${active === 1 ? '' : 's'} in ${result.stats.files} checked files written to ${output}\n`;
}


async function listRules(): Promise<number> {
  const metas = await allRuleMetas();
  const width = Math.max(...metas.map((m) => m.id.length));
  const lines = metas.map((m) => `${m.id.padEnd(width)}  ${m.level.padEnd(7)}  policy:${m.policy.padEnd(20)}  ${m.docs.summary}`);
  return print(`${lines.join('\n')}\n`);
}

async function explain(id: string | undefined): Promise<number> {
  if (!id) throw new UsageError('explain needs a rule id (see `infralint rules`)');
  const meta = (await allRuleMetas()).find((m) => m.id === id);
  if (!meta) {
    const close = closeMatches(id, knownRuleIds());
    throw new UsageError(`unknown rule '${id}'${close.length ? `; did you mean ${close.join(', ')}?` : ''}`);
  }
  const { docs } = meta;
  const refs = docs.references?.length ? `\nReferences:\n${docs.references.map((r) => `  ${r}`).join('\n')}\n` : '';
  return print(
    `${meta.id}  (${meta.level}, policy:${meta.policy})\n\n${docs.summary}.\n\nWhy:\n  ${docs.rationale}\n\nHow to fix:\n  ${docs.remediation}\n${refs}\nSuppress with a reason:\n  # infralint-ignore ${meta.id} -- <reason>\n`,
  );
}

function print(text: string): number {
  process.stdout.write(text);
  return EXIT.ok;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
