import { pathToFileURL } from 'node:url';
import type { AnyRule } from '../core/rule.js';

/**
 * Loads a JS module of custom rules: its default export (or named exports) are rules made with
 * `defineRule` (exported by the `infralint` package). This runs the module's code, so it happens
 * only when allowed (always for the CLI unless --no-plugins; the Action needs an input).
 */
export async function loadPlugin(path: string): Promise<AnyRule[]> {
  const module = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  const exported = [module.default, ...Object.entries(module).filter(([k]) => k !== 'default').map(([, v]) => v)].flat();
  const rules = exported.filter(isRule);
  if (rules.length === 0) throw new Error(`${path} exports no rule (expected defineRule({ meta, check }) as default or named exports)`);
  return rules;
}

function isRule(value: unknown): value is AnyRule {
  const r = value as AnyRule | undefined;
  return !!r && typeof r === 'object' && typeof r.check === 'function' && typeof r.meta?.id === 'string';
}
