import type { ArtifactKind } from './artifacts.js';
import type { PolicyId } from './policies.js';
import type { Located, Range } from './source.js';
import type { SourceFile } from './source.js';
import type { Secret } from './secret.js';
import type { ViewMap } from './views.js';

export type Level = 'error' | 'warning' | 'note';

export interface RuleDocs {
  /** One line: what the rule checks. */
  summary: string;
  /** Why it matters. */
  rationale: string;
  /** What to change. */
  remediation: string;
  references?: string[];
}

export interface RuleMeta<A extends ArtifactKind = ArtifactKind, M extends string = string, O = unknown> {
  /** `<artifact>/<name>`: the rule's file is `rules/<artifact>/<name>.ts`. */
  id: `${A}/${string}`;
  artifact: A;
  policy: PolicyId;
  level: Level;
  /** GitHub code scanning's security-severity, 0.1–10. */
  securitySeverity?: number;
  /** True when the finding is a security problem (adds the `security` tag). */
  security?: boolean;
  /** SARIF precision: how sure the rule is of its findings. */
  precision?: 'very-high' | 'high' | 'medium' | 'low';
  docs: RuleDocs;
  /** Message templates; `{{name}}` is replaced with `data.name`. */
  messages: Record<M, string>;
  options?: { schema: object; defaults: O };
}

export type MessageData = Record<string, string | number | Secret>;

export interface RelatedLocation {
  at: Located | Range;
  message: string;
}

export interface Report<M extends string> {
  messageId: M;
  data?: MessageData;
  at: Located | Range;
  related?: RelatedLocation[];
  /**
   * A stable identity for the finding that does not depend on line numbers (e.g. the container
   * name, the stage index); the engine adds rule id, file and the offending text.
   */
  key?: string;
  /** The level when the rule decides it per finding (e.g. by confidence); defaults to meta.level. */
  level?: Level;
}

export interface RuleContext<M extends string, O> {
  file: SourceFile;
  options: O;
  report(report: Report<M>): void;
  /**
   * Records plain, serialisable data about this file for the rule's `finalize` (a project
   * check). Ignored for rules without `finalize`.
   */
  fact(data: unknown): void;
}

/** A finding of a project check: facts carry positions, since the files are gone by then. */
export interface ProjectReport<M extends string> {
  messageId: M;
  data?: MessageData;
  path: string;
  range: Range;
  key?: string;
  level?: Level;
}

/** What `finalize` receives: the facts every checked file recorded, in scan order. */
export interface ProjectFact {
  path: string;
  data: unknown;
}

export interface Rule<A extends ArtifactKind = ArtifactKind, M extends string = string, O = unknown> {
  meta: RuleMeta<A, M, O>;
  check(view: ViewMap[A], ctx: RuleContext<M, O>): void;
  /**
   * A project check, for policies that need every file at once (e.g. "a namespace with
   * workloads has a NetworkPolicy somewhere in the scanned set"). `check` records facts per
   * file with `ctx.fact(...)`; they cross worker threads as plain data; after all files, the
   * engine calls `finalize` once with all of them.
   */
  finalize?(facts: ProjectFact[], ctx: { options: O; report(report: ProjectReport<M>): void }): void;
}

/** Identity function that gives a rule module its types. Built-in and user rules both use it. */
export function defineRule<A extends ArtifactKind, M extends string, O = Record<string, never>>(
  rule: Rule<A, M, O>,
): Rule<A, M, O> {
  return rule;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any, string, any>;
