import type { YamlFile } from '../yaml/parse.js';
import type { Node, Scalar, YAMLMap } from 'yaml';
import type { Located, Range, SourceFile } from '../../core/source.js';
import type { ScalarScript } from '../yaml/scalar-script.js';

/** A scalar as written: its string value and exact range. */
export interface YamlToken extends Located {
  value: string;
  node: Scalar;
}

/** One `NAME: value` of an `env:` map (workflow, job, step) or a GitLab `variables:` map. */
export interface EnvEntry {
  name: string;
  /** The key as written. */
  key: Located;
  /** The value when it is a scalar (literal or containing `${{ }}`). */
  value?: YamlToken;
  level: 'workflow' | 'job' | 'step';
}

/** A `with:` input. */
export interface StepInput {
  name: string;
  key: Located;
  value?: YamlToken;
}

/**
 * `uses:` of a step or a job (reusable workflow), read as GitHub does:
 * `owner/repo[/path]@ref`, `./local/path`, or `docker://image`.
 */
export interface UsesRef extends Located {
  raw: string;
  kind: 'repository' | 'local' | 'docker';
  owner?: string;
  repo?: string;
  /** Path inside the repository (`.github/workflows/x.yml` for reusable workflows). */
  path?: string;
  ref?: string;
  /** Where the ref after `@` is in the file. */
  refRange?: Range;
  /** For `docker://`: the image reference and the file offset where it starts. */
  image?: string;
  imageOffset?: number;
}

/** `container:` or a `services:` entry of a job. */
export interface ImageUse {
  role: 'container' | 'service';
  /** The service name (the key under `services:`). */
  name?: string;
  image: YamlToken;
  /** `credentials.password`, when written. */
  password?: YamlToken;
  username?: YamlToken;
}

export interface Permissions extends Located {
  /** `permissions: write-all`. */
  writeAll?: YamlToken;
}

export interface GhaStep extends Located {
  index: number;
  /** The `- ` item's first key, for findings about the whole step. */
  node: YAMLMap;
  id?: string;
  name?: string;
  uses?: UsesRef;
  run?: ScalarScript;
  /** Shell of a `run:` step after `defaults.run.shell` (undefined: the runner's default). */
  shell?: string;
  with: StepInput[];
  env: EnvEntry[];
}

export interface GhaJob {
  id: string;
  /** The job id key. */
  key: Located;
  node: Node | null;
  needs: string[];
  runsOn?: string;
  env: EnvEntry[];
  permissions?: Permissions;
  /** `environment:` as a string or a map; `name` when statically known. */
  environment?: { name?: string; at: Located };
  container?: ImageUse;
  services: ImageUse[];
  steps: GhaStep[];
  /** A job that calls a reusable workflow. */
  uses?: UsesRef;
  with: StepInput[];
}

export interface GhaTrigger {
  event: string;
  key: Located;
}

export interface GithubActionsView {
  kind: 'github-actions';
  file: SourceFile;
  /** A workflow file, or action metadata (`action.yml`, checked when composite). */
  type: 'workflow' | 'action';
  triggers: GhaTrigger[];
  env: EnvEntry[];
  permissions?: Permissions;
  /** The `jobs:` key (or `runs:` of an action). */
  jobsKey?: Located;
  /** Workflow jobs; a composite action's steps are one job with id `runs`. */
  jobs: GhaJob[];
  /** Every `run:` script of the file. */
  scripts: ScalarScript[];
  /** The YAML underneath (declarative custom policies walk it). */
  yaml?: YamlFile;
}
