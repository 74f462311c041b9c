import picomatch from 'picomatch';
import { LEVEL_RANK } from '../core/finding.js';
import type { Level } from '../core/rule.js';
import type { ResolvedConfig, RuleSetting } from './types.js';

const matchers = new Map<string, (path: string) => boolean>();

function matcher(globs: string[]): (path: string) => boolean {
  const key = globs.join('\0');
  let m = matchers.get(key);
  if (!m) {
    // A glob without a slash matches at any depth, as in .gitignore (`*.tf` → every .tf file).
    m = picomatch(globs.map((g) => (g.includes('/') ? g.replace(/^\.\//, '') : `**/${g}`)), { dot: true });
    matchers.set(key, m);
  }
  return m;
}

/**
 * The level and options of a rule for one file. Precedence, lowest first: the rule's default,
 * presets (`strict`), the config's `rules`, matching `overrides` in order, then command-line
 * `--rule` flags (added by the CLI as a last override).
 */
export function ruleSettingFor(config: ResolvedConfig | undefined, ruleId: string, path: string, defaultLevel: Level): { level: Level | 'off'; options?: Record<string, unknown> } {
  let level: Level | 'off' = defaultLevel;
  if (config?.minimumLevel && LEVEL_RANK[defaultLevel] < LEVEL_RANK[config.minimumLevel]) level = config.minimumLevel;
  if (!config) return { level };
  let options: Record<string, unknown> | undefined;
  const apply = (setting: RuleSetting | undefined) => {
    if (!setting) return;
    if (setting.level) level = setting.level;
    if (setting.options) options = { ...options, ...setting.options };
  };
  apply(config.rules[ruleId]);
  for (const o of config.overrides) if (matcher(o.files)(path)) apply(o.rules[ruleId]);
  return { level, options };
}

/** True when the config's `ignore` globs leave the file out. */
export function isIgnoredByConfig(config: ResolvedConfig | undefined, path: string): boolean {
  return !!config && config.ignore.length > 0 && matcher(config.ignore)(path);
}
