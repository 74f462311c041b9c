import type { AnyRule, RuleMeta } from '../core/rule.js';
import { ruleIds, ruleLoaders } from '../../rules/index.js';
import { ENGINE_RULES } from './engine-rules.js';
import type { ResolvedConfig } from '../config/types.js';

const cache = new Map<string, Promise<AnyRule[]>>();

/** The built-in rules of one artifact kind, imported on first use. */
export function loadRules(artifact: string): Promise<AnyRule[]> {
  let rules = cache.get(artifact);
  if (!rules) {
    const load = ruleLoaders[artifact];
    rules = load ? load() : Promise.resolve([]);
    cache.set(artifact, rules);
  }
  return rules;
}

/** Metadata of every rule: engine rules first, then built-ins by id. */
export async function allRuleMetas(): Promise<RuleMeta[]> {
  const builtins = (await Promise.all(Object.keys(ruleLoaders).map(loadRules))).flat().map((r) => r.meta as RuleMeta);
  const engine = Object.values(ENGINE_RULES).map((m) => ({ ...m, artifact: 'infralint' }) as unknown as RuleMeta);
  return [...engine, ...builtins.sort((a, b) => a.id.localeCompare(b.id))];
}

export function knownRuleIds(): string[] {
  return [...Object.keys(ENGINE_RULES), ...ruleIds];
}

const customCache = new WeakMap<ResolvedConfig, Promise<AnyRule[]>>();

/**
 * The config's own rules: declarative YAML policies compiled to rules, and (when allowed)
 * JS/TS modules exporting rules made with defineRule. Built once per config and process.
 */
export async function loadCustomRules(config: ResolvedConfig | undefined, allowPlugins = false, artifact?: string): Promise<AnyRule[]> {
  if (!config || (config.policies.length === 0 && config.plugins.length === 0)) return [];
  let rules = customCache.get(config);
  if (!rules) {
    rules = (async () => {
      const { compilePolicy } = await import('../policies/declarative.js');
      const compiled: AnyRule[] = config.policies.map(compilePolicy);
      if (allowPlugins) {
        const { loadPlugin } = await import('../policies/plugins.js');
        for (const path of config.plugins) compiled.push(...(await loadPlugin(path)));
      }
      return compiled;
    })();
    customCache.set(config, rules);
  }
  const all = await rules;
  return artifact ? all.filter((r) => r.meta.artifact === artifact) : all;
}
