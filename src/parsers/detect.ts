import type { ArtifactKind } from '../core/artifacts.js';

/**
 * What a file is, from its path alone. `yaml` and `json` mean "look at the content"
 * (see detectYamlKind), because a Kubernetes manifest can have any name.
 */
export type PathDetection = ArtifactKind | 'yaml' | 'json' | undefined;

export function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Extensions of files named after a Dockerfile that are not Dockerfiles themselves. */
const NOT_A_DOCKERFILE = /\.(dockerignore|md|markdown|rst|txt|adoc|json|ya?ml|toml|sh|bash|ps1|bat|cmd|py|js|mjs|ts|go|lock|orig|rej|bak|swp|patch|diff)$/;

export function detectByPath(path: string): PathDetection {
  const name = basename(path);
  const lower = name.toLowerCase();
  if (lower === 'dockerfile' || lower === 'containerfile' || lower.endsWith('.dockerfile') || lower.endsWith('.containerfile')) {
    return 'dockerfile';
  }
  // Variants: `Dockerfile.prod`, `Dockerfile-windows`, `Dockerfile_arm`; but not the files that
  // sit beside a Dockerfile (`Dockerfile.dockerignore`, `Dockerfile.md`, `Dockerfile-build.sh`).
  if (/^(dockerfile|containerfile)[._-][\w.-]+$/i.test(name) && !NOT_A_DOCKERFILE.test(lower)) return 'dockerfile';
  if (/\.(tf|tofu|tfvars)$/.test(lower) || lower.endsWith('.tfvars.json') || lower.endsWith('.tf.json')) return 'terraform';
  if (lower.endsWith('.yml') || lower.endsWith('.yaml')) return 'yaml';
  if (isSecretsBearingConfig(lower)) return 'generic';
  if (lower.endsWith('.json')) return 'json';
  return undefined;
}

const COMPOSE_NAME = /^(docker-)?compose(\.[\w-]+)*\.ya?ml$/i;

export function isComposeName(path: string): boolean {
  return COMPOSE_NAME.test(basename(path));
}

/** A Helm chart's values file: `values.yaml`, `values-prod.yaml`, `values.prod.yml` (beside a Chart.yaml). */
export function isHelmValuesName(path: string): boolean {
  return /^values([.-][\w.-]+)?\.ya?ml$/i.test(basename(path));
}

/**
 * Decides the kind of a YAML file from its path and the top-level keys of its documents
 * (`topKeys` of each document, in order). Returns undefined for YAML that is not infrastructure.
 */
export function detectYamlKind(path: string, topKeys: string[][], jobKeys: string[][] = []): ArtifactKind | undefined {
  const name = basename(path).toLowerCase();
  if (/(^|\/)\.github\/workflows\/[^/]+$/.test(path)) return 'github-actions';
  if (/(^|\.)gitlab-ci\.ya?ml$/.test(name)) return 'gitlab-ci';
  if (COMPOSE_NAME.test(name)) return 'compose';
  const has = (k: string) => topKeys.some((keys) => keys.includes(k));
  if ((name === 'action.yml' || name === 'action.yaml') && has('runs')) return 'github-actions';
  if (topKeys.some((keys) => keys.includes('apiVersion') && keys.includes('kind'))) return 'kubernetes';
  if (isGitlabCiFolder(path) && looksLikeGitlabJobs(topKeys, jobKeys)) return 'gitlab-ci';
  if (has('jobs') && (has('on') || has('true'))) return 'github-actions';
  if (has('services') && !has('apiVersion')) return 'compose';
  return undefined;
}

/** Plain config files that commonly carry credentials: only the secret token scan reads them. */
function isSecretsBearingConfig(lower: string): boolean {
  return (
    lower === '.env' ||
    lower.startsWith('.env.') ||
    lower.endsWith('.env') ||
    lower === '.npmrc' ||
    lower === '.pypirc' ||
    lower === '.netrc' ||
    lower === '.dockercfg' ||
    lower.endsWith('.properties')
  );
}

/**
 * Files that `.gitlab-ci.yml` pulls in with `include: local:` usually live under `.gitlab/` or
 * `ci/`. Such a file is taken as GitLab CI when it has GitLab job structure (see below).
 */
export function isGitlabCiFolder(path: string): boolean {
  return /(^|\/)(\.gitlab|ci)\/(.+\/)?[^/]+\.ya?ml$/i.test(path);
}

const GITLAB_JOB_KEYS = ['script', 'extends', 'stage', 'trigger', 'before_script'];

/**
 * GitLab job structure: a top-level `stages:`/`include:`/`default:`, or a top-level map whose
 * value has `script:`, `extends:`, `stage:` or `trigger:` (`jobKeys` are the keys of each
 * top-level value of each document).
 */
function looksLikeGitlabJobs(topKeys: string[][], jobKeys: string[][]): boolean {
  if (topKeys.some((keys) => keys.includes('stages') || keys.includes('default') || (keys.includes('include') && !keys.includes('apiVersion')))) return true;
  return jobKeys.some((keys) => keys.some((k) => GITLAB_JOB_KEYS.includes(k)));
}
