import type { ArtifactKind } from '../core/artifacts.js';
import type { Finding, Notice } from '../core/finding.js';
import type { Level, Report } from '../core/rule.js';
import { SourceFile } from '../core/source.js';
import { detectByPath, detectYamlKind, isComposeName, isGitlabCiFolder } from '../parsers/detect.js';
import { loadParser } from '../parsers/registry.js';
import type { ParseError } from '../parsers/types.js';
import type { YamlFile } from '../parsers/yaml/parse.js';
import { ENGINE_RULES } from './engine-rules.js';
import { draftFinding, fingerprint, type DraftFinding } from './report.js';
import { knownRuleIds, loadCustomRules, loadRules } from './rules.js';
import { directiveComments } from './comments.js';
import { applyDirectives, parseDirectives, type Directive } from './suppress.js';
import { closeMatches } from '../core/suggest.js';
import { ruleSettingFor } from '../config/resolve.js';
import type { ResolvedConfig } from '../config/types.js';

export type SkipReason = 'binary' | 'too-large' | 'not-infrastructure' | 'helm-template' | 'unsupported-kind';

export interface LintInput {
  /** Path relative to the scan root, forward slashes. */
  path: string;
  bytes: Uint8Array;
  /** Force the artifact kind instead of detecting it (fixtures, --stdin with a kind). */
  kind?: ArtifactKind;
}

export interface LintOptions {
  /** The configuration: rule levels and options per path, custom policies. */
  config?: ResolvedConfig;
  /** Last-word level overrides per rule id ('off' disables), e.g. from `--rule`. */
  ruleLevels?: Record<string, Level | 'off'>;
  maxFileBytes?: number;
  /** Load JS/TS rule modules named in the config (`plugins`): they run user code. */
  allowPlugins?: boolean;
  /** YYYY-MM-DD for suppression expiry (tests); defaults to today. */
  today?: string;
}

export interface FileResult {
  path: string;
  kind?: ArtifactKind;
  skipped?: SkipReason;
  findings: Finding[];
  notices: Notice[];
  bytes: number;
  /** Facts recorded for project checks (plain data: they cross worker threads). */
  facts?: { ruleId: string; data: unknown }[];
}

/** Kinds whose files are YAML: parsed once by the shared YAML layer, then viewed by kind. */
const YAML_KINDS = new Set<ArtifactKind>(['kubernetes', 'compose', 'helm', 'github-actions', 'gitlab-ci']);

export const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;

/** Reads, detects, parses and checks one file. Never throws for bad input. */
export async function lintFile(input: LintInput, options: LintOptions = {}): Promise<FileResult> {
  const { path, bytes } = input;
  const result: FileResult = { path, findings: [], notices: [], bytes: bytes.length };
  const maxBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;

  const byPath = input.kind ?? detectByPath(path);
  if (!byPath) return skip(result, 'not-infrastructure');
  if (byPath === 'terraform' && path.endsWith('.json')) {
    return skip(result, 'unsupported-kind', `skipped ${path}: Terraform JSON syntax (*.tf.json) is not checked yet`);
  }
  if (looksBinary(bytes)) return skip(result, 'binary', `skipped ${path}: binary file`);
  if (bytes.length > maxBytes) {
    return skip(result, 'too-large', `skipped ${path}: ${bytes.length} bytes is over the ${maxBytes}-byte limit (--max-file-size)`);
  }

  const decoded = decodeUtf8(bytes);
  if (typeof decoded !== 'string') {
    const file = new SourceFile(path, new TextDecoder().decode(bytes.subarray(0, decoded.invalidAt)));
    const at = file.positionAt(file.text.length);
    result.kind = input.kind;
    result.findings = engineFindings(file, 'infralint/unreadable-file', [
      { message: `file is not valid UTF-8 (first invalid byte at offset ${decoded.invalidAt}); save it as UTF-8`, range: { start: at, end: at } },
    ], options);
    return result;
  }
  const file = new SourceFile(path, decoded);

  let kind: ArtifactKind | undefined;
  let yaml: YamlFile | undefined;
  if (input.kind && YAML_KINDS.has(input.kind)) {
    const { parseYaml } = await import('../parsers/yaml/parse.js');
    yaml = parseYaml(file);
    kind = input.kind;
  } else if (byPath === 'yaml' || byPath === 'json') {
    if (isHelmTemplate(path, decoded)) return skip(result, 'helm-template');
    if (!mayBeInfrastructureYaml(path, decoded)) return skip(result, 'not-infrastructure');
    const { parseYaml } = await import('../parsers/yaml/parse.js');
    yaml = parseYaml(file);
    const jobKeys = isGitlabCiFolder(path) ? yaml.documents.flatMap((d) => secondLevelKeys(d.contents)) : [];
    kind = detectYamlKind(path, yaml.documents.map((d) => topLevelKeys(d.contents)), jobKeys);
    // Compose by content needs a look inside `services:` (its entries have image or build).
    if (kind === 'compose' && !isComposeName(path)) {
      const { looksLikeCompose } = await import('../parsers/compose/parse.js');
      if (!yaml.documents.some((d) => looksLikeCompose(d.contents))) kind = undefined;
    }
    // `apiVersion` + `kind` alone is not enough: other tools borrow the shape (release notes with
    // `kind: bug-fix`). Kubernetes kinds are PascalCase identifiers.
    if (kind === 'kubernetes' && !yaml.documents.some((d) => hasKubernetesKind(d.contents))) kind = undefined;
    if (!kind) return skip(result, 'not-infrastructure');
  } else {
    kind = byPath;
  }
  result.kind = kind;

  const parser = await loadParser(kind);
  if (!parser) return skip(result, 'unsupported-kind', `skipped ${path}: ${kind} files are detected but not checked yet`);

  const drafts: DraftFinding[] = [];
  let view: unknown;
  let errors: ParseError[];
  try {
    ({ view, errors } = await parser(file, yaml));
  } catch (error) {
    errors = [{ message: `could not parse the file: ${describe(error)}`, range: file.range(0, 0) }];
  }
  const parseErrors = errors.filter((e) => !e.ruleId);
  drafts.push(...draftsFor(file, 'infralint/parse-error', parseErrors, options));
  for (const ruleId of new Set(errors.flatMap((e) => (e.ruleId ? [e.ruleId] : [])))) {
    drafts.push(...draftsFor(file, ruleId, errors.filter((e) => e.ruleId === ruleId), options));
  }

  const secretRules = new Set<string>();
  if (view !== undefined) drafts.push(...(await runRules(kind, view, file, options, secretRules, result)));
  // Every file also gets the file-level secret token scan (its own kind's rules run above).
  if (kind !== 'generic') {
    const generic = { kind: 'generic', file };
    drafts.push(...dropDuplicateSecrets(await runRules('generic', generic, file, options, new Set(), result), drafts, secretRules));
  }
  result.findings = fingerprint(drafts);
  await suppress(result, file, kind, view, options);
  return result;
}

/** Applies `infralint-ignore` comments (and view-provided directives, e.g. K8s annotations). */
async function suppress(result: FileResult, file: SourceFile, kind: ArtifactKind, view: unknown, options: LintOptions): Promise<void> {
  const fromView = (view as { directives?: Directive[] } | undefined)?.directives ?? [];
  const directives = [...parseDirectives(file, await directiveComments(file, kind)), ...fromView];
  if (directives.length === 0) return;
  const custom = (await loadCustomRules(options.config, options.allowPlugins)).map((r) => r.meta.id as string);
  const known = new Set([...knownRuleIds(), ...custom]);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const problems = applyDirectives(result.findings, directives, today, (id) => (known.has(id) ? true : closeMatches(id, [...known])));
  const drafts = problems.flatMap((p) => {
    const range = file.range(p.directive.offset, p.directive.offset + p.directive.length);
    return draftsFor(file, p.ruleId, [{ message: p.message, range }], options);
  });
  result.findings.push(...fingerprint(drafts));
}

async function runRules(
  kind: ArtifactKind,
  view: unknown,
  file: SourceFile,
  options: LintOptions,
  secretRules: Set<string>,
  result: FileResult,
): Promise<DraftFinding[]> {
  const drafts: DraftFinding[] = [];
  const rules = [...(await loadRules(kind)), ...(await loadCustomRules(options.config, options.allowPlugins, kind))];
  for (const rule of rules) {
    const setting = settingFor(options, rule.meta.id, file.path, rule.meta.level);
    if (setting.level === 'off') continue;
    if (rule.meta.policy === 'no-hardcoded-secrets') secretRules.add(rule.meta.id);
    // A level set in config wins over the level a rule picks per finding (e.g. by confidence).
    const configured = setting.level !== rule.meta.level ? setting.level : undefined;
    const report = (r: Report<string>) => {
      drafts.push(draftFinding(rule.meta, r, file, configured ?? r.level ?? rule.meta.level));
    };
    const ruleOptions = { ...(rule.meta.options?.defaults as object | undefined), ...setting.options };
    // Project checks (rule.finalize) collect plain per-file facts, merged after all files.
    const fact = rule.finalize ? (data: unknown) => void (result.facts ??= []).push({ ruleId: rule.meta.id, data }) : () => {};
    try {
      rule.check(view, { file, options: ruleOptions, report, fact });
    } catch (error) {
      const data = { rule: rule.meta.id, error: describe(error) };
      drafts.push(draftFinding(ENGINE_RULES['infralint/internal-error']!, { messageId: 'default', data, at: file.range(0, 0) }, file, 'error'));
    }
  }
  return drafts;
}

/** A secret a pack's structure-aware rule reported is not reported again by the token scan. */
function dropDuplicateSecrets(tokenFindings: DraftFinding[], others: DraftFinding[], secretRules: Set<string>): DraftFinding[] {
  const secrets = others.filter((d) => secretRules.has(d.ruleId));
  const overlaps = (a: DraftFinding, b: DraftFinding) =>
    a.range.start.offset < b.range.end.offset && b.range.start.offset < a.range.end.offset;
  return tokenFindings.filter((t) => !secrets.some((s) => overlaps(s, t)));
}

function skip(result: FileResult, reason: SkipReason, message?: string): FileResult {
  result.skipped = reason;
  if (message) result.notices.push({ level: 'note', message, path: result.path });
  return result;
}

function draftsFor(file: SourceFile, ruleId: string, errors: ParseError[], options: LintOptions): DraftFinding[] {
  const meta = ENGINE_RULES[ruleId]!;
  const { level } = settingFor(options, ruleId, file.path, meta.level);
  if (level === 'off') return [];
  return errors.map((e) => draftFinding(meta, { messageId: 'default', data: { message: e.message }, at: e.range }, file, level));
}

function settingFor(options: LintOptions, ruleId: string, path: string, defaultLevel: Level) {
  const setting = ruleSettingFor(options.config, ruleId, path, defaultLevel);
  const last = options.ruleLevels?.[ruleId];
  return last ? { ...setting, level: last } : setting;
}

function engineFindings(file: SourceFile, ruleId: string, errors: ParseError[], options: LintOptions): Finding[] {
  return fingerprint(draftsFor(file, ruleId, errors, options));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A NUL byte in the first 8 KB is what git and grep take as "binary". */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function decodeUtf8(bytes: Uint8Array): string | { invalidAt: number } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return { invalidAt: firstInvalidUtf8(bytes) };
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  const fatal = new TextDecoder('utf-8', { fatal: true });
  // Binary search on the longest valid prefix (a cut inside a character also fails, so allow 3 bytes).
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    let ok = false;
    for (let cut = mid; cut >= Math.max(lo, mid - 3) && !ok; cut--) {
      try {
        fatal.decode(bytes.subarray(0, cut));
        ok = cut === mid;
      } catch {
        /* keep looking */
      }
    }
    if (ok) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Chart templates with `{{ }}` are Go templates, not YAML: lint the rendered output instead. */
function isHelmTemplate(path: string, text: string): boolean {
  return /(^|\/)templates\//.test(path) && text.includes('{{');
}

/** Cheap text test before paying for a YAML parse: infrastructure YAML names one of these keys. */
function mayBeInfrastructureYaml(path: string, text: string): boolean {
  if (detectYamlKind(path, []) !== undefined) return true;
  if (isGitlabCiFolder(path) && /(^|\n)\s*(script|extends|stages|include):/.test(text)) return true;
  return /(^|\n|")\s*"?(apiVersion|services|jobs|runs)"?\s*:/.test(text);
}

/** `kind: Deployment`, `kind: K8sRequiredLabels`: a PascalCase identifier (a template or alias cannot tell: taken as one). */
function hasKubernetesKind(contents: unknown): boolean {
  const items = (contents as { items?: { key?: { value?: unknown }; value?: { value?: unknown } | null }[] } | null)?.items;
  if (!Array.isArray(items)) return false;
  const pair = items.find((p) => p?.key?.value === 'kind');
  if (!pair) return false;
  const kind = pair.value?.value;
  return typeof kind !== 'string' || /^[A-Z][A-Za-z0-9]*$/.test(kind);
}

/** The keys of each top-level map value (GitLab jobs: `script`, `extends`, …). */
function secondLevelKeys(contents: unknown): string[][] {
  const items = (contents as { items?: { value?: unknown }[] } | null)?.items;
  if (!Array.isArray(items)) return [];
  return items.map((p) => topLevelKeys(p?.value));
}

function topLevelKeys(contents: unknown): string[] {
  const items = (contents as { items?: { key?: { value?: unknown } }[] } | null)?.items;
  if (!Array.isArray(items)) return [];
  return items.map((p) => String(p?.key?.value ?? ''));
}
