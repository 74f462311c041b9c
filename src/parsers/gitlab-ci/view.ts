import type { Node } from 'yaml';
import type { Located, SourceFile } from '../../core/source.js';
import type { EnvEntry, YamlToken } from '../github-actions/view.js';
import type { ScalarScript } from '../yaml/scalar-script.js';

export type { EnvEntry, YamlToken } from '../github-actions/view.js';

/** `image:` or a `services:` entry, string or map form (`name:`), as written. */
export interface GitlabImage {
  role: 'image' | 'service';
  image: YamlToken;
  /** Where it is written: a job name, `default`, or `(global)` for top-level `image:`. */
  writtenIn: string;
}

export type ScriptSection = 'before_script' | 'script' | 'after_script';

/** The keys a job can set (own or inherited), as infralint reads them. */
export interface GitlabJobSettings {
  image?: GitlabImage;
  services?: GitlabImage[];
  before_script?: ScalarScript[];
  script?: ScalarScript[];
  after_script?: ScalarScript[];
  /** Variables by name; later (more specific) definitions win. */
  variables?: Map<string, EnvEntry>;
  environment?: { name?: string; action?: string; at: Located };
  when?: YamlToken;
  /** `when:` of each `rules:` entry. */
  rules?: { when?: YamlToken }[];
  stage?: string;
  needs?: string[];
}

export interface GitlabJob {
  name: string;
  /** The job name key. */
  key: Located;
  node: Node | null;
  /** A `.hidden` job: a template that never runs itself. */
  hidden: boolean;
  /** `extends:` names, in order. */
  extends: string[];
  /** True when another job of this file extends it. */
  extended: boolean;
  /** What the job writes itself. */
  own: GitlabJobSettings;
  /**
   * After `extends:` (deep-merged, last wins) and `default:` (for keys the job does not set,
   * unless `inherit: default` says otherwise). `complete` is false when an `extends:` names a
   * job this file does not define (an `include:`d template): then inherited keys are unknown.
   */
  effective: GitlabJobSettings;
  complete: boolean;
}

export interface GitlabCiView {
  kind: 'gitlab-ci';
  file: SourceFile;
  /** Top-level `variables:`. */
  variables: EnvEntry[];
  /** `default:` (and the deprecated top-level image/services/before_script/after_script). */
  defaults: GitlabJobSettings;
  stages: string[];
  jobs: GitlabJob[];
  /** `include: local:` paths. */
  includes: YamlToken[];
  scripts: ScalarScript[];
}

/** Every script of a job's settings in the order they run. */
export function jobScripts(settings: GitlabJobSettings): ScalarScript[] {
  return [...(settings.before_script ?? []), ...(settings.script ?? []), ...(settings.after_script ?? [])];
}
