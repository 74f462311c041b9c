import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { mayNeedCiShellAnalysis } from '../../checks/shell-hints.js';
import { isSecretName } from '../../secrets/secret-names.js';
import type { SourceFile } from '../../core/source.js';
import { token } from '../github-actions/parse.js';
import type { EnvEntry } from '../github-actions/view.js';
import type { ParsedFile } from '../registry.js';
import type { ParseError } from '../types.js';
import { get, nodeRange, pairs, parseYaml, resolveAlias, scalarString, type YamlFile } from '../yaml/parse.js';
import { parseScalarScripts, scalarScript, type ScalarScript } from '../yaml/scalar-script.js';
import type { GitlabCiView, GitlabImage, GitlabJob, GitlabJobSettings, ScriptSection } from './view.js';

/** Top-level keys that are keywords, not jobs. */
const GLOBAL_KEYWORDS = new Set([
  'image', 'services', 'stages', 'types', 'before_script', 'after_script', 'variables', 'cache', 'include',
  'default', 'workflow', 'spec',
]);
const SECTIONS: readonly ScriptSection[] = ['before_script', 'script', 'after_script'];
/** Keys `default:` gives a job that does not set them. */
const DEFAULT_KEYS = ['image', 'services', 'before_script', 'after_script'] as const;
/** GitLab stops following `extends:` after 11 levels. */
const MAX_EXTENDS_DEPTH = 11;

/**
 * Builds the view of a `.gitlab-ci.yml` (or an included CI file): jobs with what they write and
 * what they get through `extends:` and `default:`, then parses the scripts that need it.
 */
export async function parseGitlabCi(file: SourceFile, yaml?: YamlFile): Promise<ParsedFile> {
  const parsed = yaml ?? parseYaml(file);
  const errors: ParseError[] = [...parsed.errors];
  const root = parsed.documents.find((d) => isMap(d.contents) && !isSpecHeader(d.contents))?.contents;
  if (!isMap(root)) return { errors };
  const view = gitlabView(file, root);
  view.yaml = parsed;
  const secretVariables = new Set([...view.variables.map((v) => v.name), ...view.jobs.flatMap((j) => [...(j.effective.variables?.keys() ?? [])])].filter(isSecretName));
  // Secrets usually come from project settings, so their names are not in the file: a script
  // that uses a variable named like a credential is parsed too (echo, or `set -x` before it).
  const echoesCredential = (text: string) => /\$\{?\w*(?:TOKEN|PASSWORD|PASSWD|SECRET|KEY|CREDENTIAL)/i.test(text);
  errors.push(...(await parseScalarScripts(file, view.scripts, (s) => mayNeedCiShellAnalysis(s.text.value, secretVariables) || echoesCredential(s.text.value), '`script:`')));
  return { view, errors };
}

/** CI/CD components put a `spec:` header in the first document and jobs in the second. */
function isSpecHeader(node: Node): boolean {
  return isMap(node) && node.items.length === 1 && isScalar(node.items[0]!.key) && node.items[0]!.key.value === 'spec';
}

function gitlabView(file: SourceFile, root: Node): GitlabCiView {
  const scripts: ScalarScript[] = [];
  const settingsOf = (node: Node | undefined, writtenIn: string, level: EnvEntry['level']) => readSettings(file, node, writtenIn, level, scripts);
  const defaults = settingsOf(get(root, 'default'), 'default', 'job');
  // Deprecated globals act as defaults when `default:` does not set them.
  const globals = settingsOf(root, '(global)', 'workflow');
  for (const key of DEFAULT_KEYS) if (defaults[key] === undefined && globals[key] !== undefined) (defaults as Record<string, unknown>)[key] = globals[key];

  const jobs: GitlabJob[] = [];
  for (const pair of pairs(root)) {
    const name = String(pair.key.value);
    const node = resolveAlias(pair.value) ?? null;
    if (GLOBAL_KEYWORDS.has(name) || !isMap(node)) continue;
    const extendsNode = get(node, 'extends');
    const extendsNames = isSeq(extendsNode) ? extendsNode.items.map(scalarString).filter((s): s is string => !!s) : [scalarString(extendsNode)].filter((s): s is string => !!s);
    jobs.push({
      name,
      key: { range: nodeRange(file, pair.key) },
      node,
      hidden: name.startsWith('.'),
      extends: extendsNames,
      extended: false,
      own: settingsOf(node, name, 'job'),
      effective: {},
      complete: true,
    });
  }
  const byName = new Map(jobs.map((job) => [job.name, job]));
  for (const job of jobs) for (const parent of job.extends) { const p = byName.get(parent); if (p) p.extended = true; }
  for (const job of jobs) {
    const { settings, complete } = resolveExtends(job, byName, 0);
    job.complete = complete;
    job.effective = applyDefaults(settings, defaults, get(job.node, 'inherit'));
  }
  const includes = includeLocals(file, get(root, 'include'));
  const stagesNode = get(root, 'stages');
  return {
    kind: 'gitlab-ci',
    file,
    variables: [...(globals.variables?.values() ?? [])],
    defaults,
    stages: isSeq(stagesNode) ? stagesNode.items.map(scalarString).filter((s): s is string => !!s) : [],
    jobs,
    includes,
    scripts,
  };
}

/** `extends:` merges parents in order, then the job's own keys; variables merge by name. */
function resolveExtends(job: GitlabJob, byName: Map<string, GitlabJob>, depth: number): { settings: GitlabJobSettings; complete: boolean } {
  let complete = true;
  let merged: GitlabJobSettings = {};
  if (depth < MAX_EXTENDS_DEPTH) {
    for (const parentName of job.extends) {
      const parent = byName.get(parentName);
      if (!parent || parent === job) {
        complete = false;
        continue;
      }
      const inherited = resolveExtends(parent, byName, depth + 1);
      complete &&= inherited.complete;
      merged = merge(merged, inherited.settings);
    }
  }
  return { settings: merge(merged, job.own), complete };
}

function merge(base: GitlabJobSettings, over: GitlabJobSettings): GitlabJobSettings {
  const result: GitlabJobSettings = { ...base };
  for (const [key, value] of Object.entries(over) as [keyof GitlabJobSettings, unknown][]) {
    if (value === undefined) continue;
    if (key === 'variables') result.variables = new Map([...(base.variables ?? []), ...(value as Map<string, EnvEntry>)]);
    else (result as Record<string, unknown>)[key] = value;
  }
  return result;
}

/** `default:` keys the job does not set, unless `inherit: default: false` (or a list without the key). */
function applyDefaults(settings: GitlabJobSettings, defaults: GitlabJobSettings, inherit: Node | undefined): GitlabJobSettings {
  const inheritDefault = get(inherit, 'default');
  const allowed = (key: string): boolean => {
    if (inheritDefault === undefined) return true;
    if (isSeq(inheritDefault)) return inheritDefault.items.some((item) => scalarString(item) === key);
    return scalarString(inheritDefault) !== 'false';
  };
  const result: GitlabJobSettings = { ...settings };
  for (const key of DEFAULT_KEYS) {
    if (result[key] === undefined && defaults[key] !== undefined && allowed(key)) (result as Record<string, unknown>)[key] = defaults[key];
  }
  return result;
}

function readSettings(file: SourceFile, node: Node | undefined, writtenIn: string, level: EnvEntry['level'], scripts: ScalarScript[]): GitlabJobSettings {
  const settings: GitlabJobSettings = {};
  if (!isMap(node)) return settings;
  const imageNode = get(node, 'image');
  if (imageNode !== undefined) settings.image = imageOf(file, imageNode, 'image', writtenIn);
  const servicesNode = get(node, 'services');
  if (isSeq(servicesNode)) {
    settings.services = servicesNode.items.flatMap((item) => {
      const image = imageOf(file, resolveAlias(item), 'service', writtenIn);
      return image ? [image] : [];
    });
  }
  for (const section of SECTIONS) {
    const sectionNode = get(node, section);
    if (sectionNode === undefined) continue;
    const found = scriptItems(file, sectionNode);
    settings[section] = found;
    scripts.push(...found);
  }
  const variablesNode = get(node, 'variables');
  if (variablesNode !== undefined) {
    settings.variables = new Map(
      pairs(variablesNode).map((p) => {
        const value = resolveAlias(p.value);
        // `NAME: { value: …, description: … }` is the documented long form.
        const entry: EnvEntry = { name: String(p.key.value), key: { range: nodeRange(file, p.key) }, value: token(file, isMap(value) ? get(value, 'value') : value), level };
        return [entry.name, entry];
      }),
    );
  }
  const environmentNode = get(node, 'environment');
  if (environmentNode !== undefined) {
    const name = isMap(environmentNode) ? scalarString(get(environmentNode, 'name')) : scalarString(environmentNode);
    const action = isMap(environmentNode) ? scalarString(get(environmentNode, 'action')) : undefined;
    settings.environment = { name, action, at: { range: nodeRange(file, environmentNode) } };
  }
  const when = token(file, get(node, 'when'));
  if (when) settings.when = when;
  const rulesNode = get(node, 'rules');
  if (isSeq(rulesNode)) settings.rules = rulesNode.items.map((rule) => ({ when: token(file, get(resolveAlias(rule), 'when')) }));
  const stage = scalarString(get(node, 'stage'));
  if (stage) settings.stage = stage;
  const needsNode = get(node, 'needs');
  if (isSeq(needsNode)) {
    settings.needs = needsNode.items.flatMap((item) => {
      const resolved = resolveAlias(item);
      const name = isMap(resolved) ? scalarString(get(resolved, 'job')) : scalarString(resolved);
      return name ? [name] : [];
    });
  }
  return settings;
}

function imageOf(file: SourceFile, node: Node | undefined, role: GitlabImage['role'], writtenIn: string): GitlabImage | undefined {
  const image = token(file, isMap(node) ? get(node, 'name') : node);
  return image ? { role, image, writtenIn } : undefined;
}

/** `script:` as a string or a list (nested lists are flattened, as GitLab does); `!reference` items are skipped. */
function scriptItems(file: SourceFile, node: Node): ScalarScript[] {
  const resolved = resolveAlias(node);
  if (isScalar(resolved)) return typeof resolved.value === 'string' ? [scalarScript(file, resolved)] : [];
  if (!isSeq(resolved) || resolved.tag === '!reference') return [];
  return resolved.items.flatMap((item) => scriptItems(file, item as Node));
}

function includeLocals(file: SourceFile, node: Node | undefined) {
  const items = isSeq(node) ? node.items : node === undefined ? [] : [node];
  return items.flatMap((item) => {
    const resolved = resolveAlias(item);
    const local = token(file, isMap(resolved) ? get(resolved, 'local') : resolved);
    return local && !/^https?:/.test(local.value) ? [local] : [];
  });
}
