import { isMap, isScalar, isSeq, type Node, type Pair, type Scalar } from 'yaml';
import { mayNeedCiShellAnalysis } from '../../checks/shell-hints.js';
import type { SourceFile } from '../../core/source.js';
import type { ParsedFile } from '../registry.js';
import type { ParseError } from '../types.js';
import { get, getIn, nodeRange, pairs, parseYaml, resolveAlias, scalarString, type YamlFile } from '../yaml/parse.js';
import { scalarText } from '../yaml/scalar-offsets.js';
import { parseScalarScripts, scalarScript, type ScalarScript } from '../yaml/scalar-script.js';
import { findExpressions } from './expressions.js';
import type { EnvEntry, GhaJob, GhaStep, GhaTrigger, GithubActionsView, ImageUse, Permissions, StepInput, UsesRef, YamlToken } from './view.js';

/**
 * Builds the view of a GitHub Actions workflow or action metadata file, then parses the `run:`
 * scripts a shell-aware rule may look at (bash/sh steps only: `shell: pwsh` and Windows runners'
 * default shell are not bash).
 */
export async function parseGithubActions(file: SourceFile, yaml?: YamlFile): Promise<ParsedFile> {
  const parsed = yaml ?? parseYaml(file);
  const errors: ParseError[] = [...parsed.errors];
  const root = parsed.documents[0]?.contents;
  if (!isMap(root)) return { errors };
  const view = isMap(get(root, 'runs')) && !get(root, 'jobs') ? actionView(file, root) : workflowView(file, root);
  view.yaml = parsed;
  const wanted = new Map<ScalarScript, boolean>();
  for (const job of view.jobs) {
    for (const step of job.steps) {
      if (!step.run || !isBashLike(step.shell, job.runsOn)) continue;
      const secretVariables = [...view.env, ...job.env, ...step.env].filter(readsSecret).map((e) => e.name);
      wanted.set(step.run, mayNeedCiShellAnalysis(step.run.text.value, secretVariables));
    }
  }
  errors.push(...(await parseScalarScripts(file, view.scripts, (s) => wanted.get(s) === true, '`run:`')));
  return { view, errors };
}

/** An env entry whose value comes from `secrets.*` (or the job's token). */
export function readsSecret(entry: EnvEntry): boolean {
  const value = entry.value?.value;
  if (!value) return false;
  return findExpressions(value).some((e) => /\bsecrets\.|\bsecrets\[|github\.token\b/.test(e.body));
}

function isBashLike(shell: string | undefined, runsOn: string | undefined): boolean {
  if (shell === undefined) return !/windows/i.test(runsOn ?? '');
  return /^(?:bash|sh)\b/.test(shell.trim());
}

function workflowView(file: SourceFile, root: Node): GithubActionsView {
  const jobsPair = pairOf(root, 'jobs');
  const defaultShell = scalarString(getIn(root, ['defaults', 'run', 'shell']));
  const view: GithubActionsView = {
    kind: 'github-actions',
    file,
    type: 'workflow',
    triggers: triggers(file, root),
    env: envEntries(file, get(root, 'env'), 'workflow'),
    permissions: permissions(file, get(root, 'permissions')),
    jobsKey: jobsPair ? located(file, jobsPair.key) : undefined,
    jobs: [],
    scripts: [],
  };
  for (const pair of pairs(get(root, 'jobs'))) {
    const job = jobView(file, pair, defaultShell);
    view.jobs.push(job);
    for (const step of job.steps) if (step.run) view.scripts.push(step.run);
  }
  return view;
}

/** action.yml: composite steps are checked like a job's steps. */
function actionView(file: SourceFile, root: Node): GithubActionsView {
  const runsPair = pairOf(root, 'runs')!;
  const runs = resolveAlias(runsPair.value);
  const view: GithubActionsView = {
    kind: 'github-actions',
    file,
    type: 'action',
    triggers: [],
    env: [],
    jobsKey: located(file, runsPair.key),
    jobs: [],
    scripts: [],
  };
  const using = scalarString(get(runs, 'using'));
  if (using === 'composite') {
    const job: GhaJob = { id: 'runs', key: located(file, runsPair.key), node: runs ?? null, needs: [], env: [], services: [], steps: [], with: [] };
    job.steps = steps(file, get(runs, 'steps'), undefined);
    view.jobs.push(job);
    for (const step of job.steps) if (step.run) view.scripts.push(step.run);
  } else if (using === 'docker') {
    // `runs.image: docker://…` is an image reference like a step's `uses: docker://…`.
    const image = token(file, get(runs, 'image'));
    if (image && image.value.startsWith('docker://')) {
      const job: GhaJob = { id: 'runs', key: located(file, runsPair.key), node: runs ?? null, needs: [], env: [], services: [], steps: [], with: [] };
      job.steps.push({ index: 0, node: runs as never, range: image.range, uses: usesRef(file, image), with: [], env: [] });
      view.jobs.push(job);
    }
  }
  return view;
}

function jobView(file: SourceFile, pair: Pair<Scalar, Node | null>, workflowShell: string | undefined): GhaJob {
  const node = resolveAlias(pair.value) ?? null;
  const needsNode = get(node, 'needs');
  const needs = isSeq(needsNode) ? needsNode.items.map(scalarString).filter((s): s is string => !!s) : [scalarString(needsNode)].filter((s): s is string => !!s);
  const runsOnNode = get(node, 'runs-on');
  const runsOn = isSeq(runsOnNode) ? runsOnNode.items.map(scalarString).join(' ') : scalarString(runsOnNode) ?? scalarString(get(runsOnNode, 'labels'));
  const environmentNode = get(node, 'environment');
  const environmentName = isMap(environmentNode) ? scalarString(get(environmentNode, 'name')) : scalarString(environmentNode);
  const usesToken = token(file, get(node, 'uses'));
  const shell = scalarString(getIn(node, ['defaults', 'run', 'shell'])) ?? workflowShell;
  return {
    id: String(pair.key.value),
    key: located(file, pair.key),
    node,
    needs,
    runsOn,
    env: envEntries(file, get(node, 'env'), 'job'),
    permissions: permissions(file, get(node, 'permissions')),
    environment: environmentNode ? { name: environmentName, at: located(file, environmentNode) } : undefined,
    container: imageUse(file, get(node, 'container'), 'container'),
    services: pairs(get(node, 'services')).flatMap((service) => {
      const use = imageUse(file, resolveAlias(service.value), 'service', String(service.key.value));
      return use ? [use] : [];
    }),
    steps: steps(file, get(node, 'steps'), shell),
    uses: usesToken ? usesRef(file, usesToken) : undefined,
    with: inputs(file, get(node, 'with')),
  };
}

function steps(file: SourceFile, node: Node | undefined, defaultShell: string | undefined): GhaStep[] {
  if (!isSeq(node)) return [];
  return node.items.flatMap((item, index): GhaStep[] => {
    const step = resolveAlias(item);
    if (!isMap(step)) return [];
    const usesToken = token(file, get(step, 'uses'));
    const runNode = get(step, 'run');
    return [{
      index,
      node: step,
      range: nodeRange(file, step),
      id: scalarString(get(step, 'id')),
      name: scalarString(get(step, 'name')),
      uses: usesToken ? usesRef(file, usesToken) : undefined,
      run: isScalar(runNode) && typeof runNode.value === 'string' ? scalarScript(file, runNode) : undefined,
      shell: scalarString(get(step, 'shell')) ?? defaultShell,
      with: inputs(file, get(step, 'with')),
      env: envEntries(file, get(step, 'env'), 'step'),
    }];
  });
}

/** `owner/repo[/path]@ref`, `./path`, `docker://image`. */
export function usesRef(file: SourceFile, value: YamlToken): UsesRef {
  const raw = value.value.trim();
  const base = { raw, range: value.range };
  const map = scalarText(file.text, value.node);
  const startInFile = (offsetInValue: number) => map.toFile(offsetInValue);
  if (raw.startsWith('./') || raw.startsWith('../')) return { ...base, kind: 'local' };
  if (raw.startsWith('docker://')) {
    const at = value.value.indexOf('docker://') + 'docker://'.length;
    return { ...base, kind: 'docker', image: raw.slice('docker://'.length), imageOffset: startInFile(at) };
  }
  const atSign = value.value.lastIndexOf('@');
  const target = atSign < 0 ? value.value : value.value.slice(0, atSign);
  const [owner, repo, ...path] = target.trim().split('/');
  const ref: UsesRef = { ...base, kind: 'repository', owner, repo, path: path.length ? path.join('/') : undefined };
  if (atSign >= 0) {
    ref.ref = value.value.slice(atSign + 1).trim();
    const refStart = atSign + 1 + (value.value.slice(atSign + 1).length - value.value.slice(atSign + 1).trimStart().length);
    const [refFrom, refTo] = map.spanToFile(refStart, refStart + ref.ref.length);
    ref.refRange = file.range(refFrom, refTo);
  }
  return ref;
}

function triggers(file: SourceFile, root: Node): GhaTrigger[] {
  const pair = pairOf(root, 'on') ?? pairOf(root, true);
  if (!pair) return [];
  const on = resolveAlias(pair.value);
  if (isScalar(on)) return scalarString(on) ? [{ event: scalarString(on)!, key: located(file, on) }] : [];
  if (isSeq(on)) return on.items.flatMap((item) => (isScalar(item) && scalarString(item) ? [{ event: scalarString(item)!, key: located(file, item) }] : []));
  return pairs(on).map((p) => ({ event: String(p.key.value), key: located(file, p.key) }));
}

function envEntries(file: SourceFile, node: Node | undefined, level: EnvEntry['level']): EnvEntry[] {
  return pairs(node).map((p) => ({
    name: String(p.key.value),
    key: located(file, p.key),
    value: token(file, resolveAlias(p.value)),
    level,
  }));
}

function inputs(file: SourceFile, node: Node | undefined): StepInput[] {
  return pairs(node).map((p) => ({ name: String(p.key.value), key: located(file, p.key), value: token(file, resolveAlias(p.value)) }));
}

function permissions(file: SourceFile, node: Node | undefined): Permissions | undefined {
  if (node === undefined) return undefined;
  const value = token(file, node);
  return { range: nodeRange(file, node), writeAll: value?.value === 'write-all' ? value : undefined };
}

function imageUse(file: SourceFile, node: Node | undefined, role: ImageUse['role'], name?: string): ImageUse | undefined {
  const image = isMap(node) ? token(file, get(node, 'image')) : token(file, node);
  if (!image) return undefined;
  const use: ImageUse = { role, name, image };
  const password = token(file, getIn(node, ['credentials', 'password']));
  const username = token(file, getIn(node, ['credentials', 'username']));
  if (password) use.password = password;
  if (username) use.username = username;
  return use;
}

/** A scalar with a non-empty string value (numbers and booleans as written). */
export function token(file: SourceFile, node: unknown): YamlToken | undefined {
  const resolved = resolveAlias(node);
  if (!isScalar(resolved)) return undefined;
  const value = scalarString(resolved);
  if (value === undefined) return undefined;
  return { value, node: resolved, range: nodeRange(file, resolved) };
}

function located(file: SourceFile, node: Node): { range: ReturnType<SourceFile['range']> } {
  return { range: nodeRange(file, node) };
}

function pairOf(map: Node, key: string | boolean): Pair<Scalar, Node | null> | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((p) => isScalar(p.key) && p.key.value === key) as Pair<Scalar, Node | null> | undefined;
}
