import type { Level } from '../core/rule.js';

export interface RuleSetting {
  level?: Level | 'off';
  options?: Record<string, unknown>;
}

/** A condition on the node at `path` (dotted, `[*]` for every list item, `[0]` for one). */
export interface PolicyCondition {
  path: string;
  exists?: boolean;
  absent?: boolean;
  equals?: unknown;
  notEquals?: unknown;
  matches?: string;
  notMatches?: string;
  oneOf?: unknown[];
  greaterThan?: number;
  lessThan?: number;
  atLeast?: number;
  atMost?: number;
}

/** A declarative policy from config: compiled into the same Rule interface as built-ins. */
export interface DeclarativePolicy {
  id: string;
  artifact: 'kubernetes' | 'compose' | 'terraform' | 'github-actions' | 'gitlab-ci' | 'helm';
  level?: Level;
  policy?: string;
  securitySeverity?: number;
  message: string;
  summary?: string;
  rationale?: string;
  remediation?: string;
  match?: { kinds?: string[]; blockTypes?: string[]; resourceTypes?: string[]; paths?: string[]; where?: PolicyCondition[] };
  assert: PolicyCondition[];
  /** Where it was defined, for messages. */
  source?: string;
}

/**
 * Configuration after `extends` and presets are applied. Plain data, so it can be sent to
 * worker threads as it is.
 */
export interface ResolvedConfig {
  /** The config file, if one was found. */
  path?: string;
  baseDir: string;
  /** Every rule is at least this loud (the `strict` preset: notes become warnings). */
  minimumLevel?: Level;
  rules: Record<string, RuleSetting>;
  ignore: string[];
  overrides: { files: string[]; rules: Record<string, RuleSetting> }[];
  policies: DeclarativePolicy[];
  /** Absolute paths of JS/TS rule modules (loaded only when allowed). */
  plugins: string[];
}

export const EMPTY_CONFIG: ResolvedConfig = { baseDir: '.', rules: {}, ignore: [], overrides: [], policies: [], plugins: [] };
