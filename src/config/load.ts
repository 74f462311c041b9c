import { readFileSync } from 'node:fs';
import { ConfigError } from './find.js';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node } from 'yaml';
import type { DeclarativePolicy, ResolvedConfig, RuleSetting } from './types.js';
import { CONFIG_SCHEMA, POLICY_SCHEMA } from './schema.js';

export { CONFIG_NAMES, ConfigError, findConfig } from './find.js';

interface RawConfig {
  extends?: string | string[];
  rules?: Record<string, RuleSetting['level'] | RuleSetting>;
  ignore?: string[];
  overrides?: { files: string | string[]; rules: Record<string, RuleSetting['level'] | RuleSetting> }[];
  policies?: (string | DeclarativePolicy)[];
  plugins?: string[];
}

/** Loads a config file and everything it extends. */
export async function loadConfig(path: string): Promise<ResolvedConfig> {
  const config: ResolvedConfig = { path, baseDir: dirname(path), rules: {}, ignore: [], overrides: [], policies: [], plugins: [] };
  await applyFile(config, path, new Set());
  return config;
}

async function applyFile(config: ResolvedConfig, path: string, seen: Set<string>): Promise<void> {
  if (seen.has(path)) throw new ConfigError(`${path}: extends itself (through ${[...seen].join(' → ')})`);
  seen.add(path);
  const raw = await readValidated<RawConfig>(path, CONFIG_SCHEMA);
  const dir = dirname(path);
  for (const base of typeof raw.extends === 'string' ? [raw.extends] : (raw.extends ?? [])) {
    if (base === 'recommended') continue; // the defaults
    if (base === 'strict') {
      config.minimumLevel = 'warning';
      continue;
    }
    await applyFile(config, resolvePackageConfig(base, dir, path), seen);
  }
  Object.assign(config.rules, normalizeRules(raw.rules));
  config.ignore.push(...(raw.ignore ?? []));
  for (const o of raw.overrides ?? []) {
    config.overrides.push({ files: typeof o.files === 'string' ? [o.files] : o.files, rules: normalizeRules(o.rules) });
  }
  for (const p of raw.policies ?? []) {
    if (typeof p === 'string') config.policies.push(...(await readPolicyFile(resolve(dir, p))));
    else config.policies.push({ ...p, source: path });
  }
  config.plugins.push(...(raw.plugins ?? []).map((p) => (isAbsolute(p) ? p : resolve(dir, p))));
}

function normalizeRules(rules: RawConfig['rules']): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const [id, setting] of Object.entries(rules ?? {})) out[id] = typeof setting === 'string' ? { level: setting } : setting!;
  return out;
}

/** An npm package shares a policy pack by shipping `infralint.yaml` (or naming one in package.json `infralint`). */
function resolvePackageConfig(name: string, fromDir: string, configPath: string): string {
  if (name.startsWith('.') || isAbsolute(name)) return resolve(fromDir, name);
  const require = createRequire(join(fromDir, 'noop.js'));
  let manifest: string;
  try {
    manifest = require.resolve(`${name}/package.json`);
  } catch {
    throw new ConfigError(`${configPath}: extends '${name}', which is neither a preset (recommended, strict) nor an installed npm package`);
  }
  const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { infralint?: string };
  return join(dirname(manifest), pkg.infralint ?? 'infralint.yaml');
}

async function readPolicyFile(path: string): Promise<DeclarativePolicy[]> {
  const raw = await readValidated<DeclarativePolicy | { policies: DeclarativePolicy[] }>(path, {
    oneOf: [POLICY_SCHEMA, { type: 'object', required: ['policies'], additionalProperties: false, properties: { policies: { type: 'array', items: POLICY_SCHEMA } } }],
  });
  const list = 'policies' in raw ? raw.policies : [raw];
  return list.map((p) => ({ ...p, source: path }));
}

/** Reads YAML and validates it; errors name the file, the line and the key. */
async function readValidated<T>(path: string, schema: object): Promise<T> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const { line, col } = lineCounter.linePos(e.pos[0]);
    throw new ConfigError(`${path}:${line}:${col}: ${e.message.split('\n')[0]}`);
  }
  const value = (doc.toJS() ?? {}) as T;
  // A key followed only by comments (as in the `init` starter) means "nothing here".
  for (const [k, v] of Object.entries(value as object)) if (v === null) delete (value as Record<string, unknown>)[k];
  const { validator } = await import('./validator.js');
  const errors = validator(schema)(value);
  if (errors.length) {
    const messages = errors.map((e) => {
      const node = nodeAt(doc, e.path);
      const pos = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
      const key = e.path.length ? e.path.join('.') : '(top level)';
      return `${path}${pos ? `:${pos.line}:${pos.col}` : ''}: ${key}: ${e.message}`;
    });
    throw new ConfigError(messages.join('\n'));
  }
  return value;
}

function nodeAt(doc: Document, path: (string | number)[]): Node | undefined {
  let node: unknown = doc.contents;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown })?.value === step);
      // Point at the key: that is what the user has to change for unknown keys.
      if (pair && step === path[path.length - 1]) return (pair.key as Node) ?? undefined;
      node = pair?.value;
    } else if (isSeq(node)) node = node.items[Number(step)];
    else return undefined;
  }
  return node as Node | undefined;
}
