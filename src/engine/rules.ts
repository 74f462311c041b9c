import type { AnyRule, RuleMeta } from '../core/rule.js';
import { ruleIds, ruleLoaders } from '../../rules/index.js';
import { ENGINE_RULES } from './engine-rules.js';

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
