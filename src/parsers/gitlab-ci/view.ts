import type { YamlFile } from '../yaml/parse.js';
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
  /** The YAML underneath (declarative custom policies walk it). */
  yaml?: YamlFile;
}

/** Every script of a job's settings in the order they run. */
export function jobScripts(settings: GitlabJobSettings): ScalarScript[] {
  return [...(settings.before_script ?? []), ...(settings.script ?? []), ...(settings.after_script ?? [])];
}

/**
 * The jobs whose scripts and images rules check: every job that runs, plus templates
 * (`.hidden` jobs) that nothing in this file extends, since they are written to be extended
 * from other files. Templates that a job here extends are checked through that job.
 */
export function checkedJobs(view: GitlabCiView): GitlabJob[] {
  return view.jobs.filter((job) => !job.hidden || !job.extended);
}

/** Variables a job's scripts see: top-level `variables:`, then the job's (inherited ones included). */
export function jobVariables(view: GitlabCiView, job: GitlabJob): EnvEntry[] {
  return [...view.variables, ...(job.effective.variables?.values() ?? [])];
}

/** Whether a job waits for a person: `when: manual` on the job or on one of its `rules:`. */
export function isManual(settings: GitlabJobSettings): boolean {
  return settings.when?.value === 'manual' || (settings.rules ?? []).some((rule) => rule.when?.value === 'manual');
}

const DEFAULT_STAGES = ['.pre', 'build', 'test', 'deploy', '.post'];

/**
 * The jobs that finish before `job` starts: its `needs:` (transitively) when it has them,
 * otherwise every job of an earlier stage.
 */
export function jobsBefore(view: GitlabCiView, job: GitlabJob): GitlabJob[] {
  const runnable = view.jobs.filter((j) => !j.hidden);
  const byName = new Map(runnable.map((j) => [j.name, j]));
  if (job.effective.needs) {
    const seen = new Set<GitlabJob>();
    const visit = (j: GitlabJob) => {
      for (const name of j.effective.needs ?? []) {
        const needed = byName.get(name);
        if (needed && !seen.has(needed)) {
          seen.add(needed);
          visit(needed);
        }
      }
    };
    visit(job);
    return [...seen];
  }
  const stages = view.stages.length > 0 ? ['.pre', ...view.stages, '.post'] : DEFAULT_STAGES;
  const index = (j: GitlabJob) => stages.indexOf(j.effective.stage ?? 'test');
  return runnable.filter((j) => index(j) < index(job));
}
