/**
 * Container semantics shared by every pack that describes Kubernetes-style containers: the
 * Kubernetes YAML pack and the Terraform `kubernetes_*` resources. These are pure decisions over
 * values a pack has already read; each pack only extracts the values from its own syntax.
 * The Kubernetes pack should use these same functions (the lead reconciles both branches).
 *
 * Every input is tri-state: a known value, `'unknown'` (only the cluster or Terraform could
 * tell, e.g. a variable), or undefined (not set). Unknown never leads to a finding.
 */

export type Known<T> = T | 'unknown' | undefined;

export interface SecurityContextValues {
  podRunAsNonRoot: Known<boolean>;
  podRunAsUser: Known<number>;
  runAsNonRoot: Known<boolean>;
  runAsUser: Known<number>;
}

/**
 * `ok`: runs as a non-root uid; `root-user`: the effective runAsUser is 0 (an error even with
 * runAsNonRoot, which would then refuse to start the container); `missing`: nothing prevents
 * root; `unknown`: cannot tell. `from` says which level set the deciding runAsUser.
 */
export type NonRootVerdict =
  | { verdict: 'ok' }
  | { verdict: 'unknown' }
  | { verdict: 'missing' }
  | { verdict: 'root-user'; from: 'container' | 'pod' };

/** The container's security context overrides the pod's, field by field. */
export function nonRootVerdict(values: SecurityContextValues): NonRootVerdict {
  const user = values.runAsUser !== undefined ? values.runAsUser : values.podRunAsUser;
  const nonRoot = values.runAsNonRoot !== undefined ? values.runAsNonRoot : values.podRunAsNonRoot;
  if (user === 0) return { verdict: 'root-user', from: values.runAsUser !== undefined ? 'container' : 'pod' };
  if (typeof user === 'number' && user > 0) return { verdict: 'ok' };
  if (nonRoot === true) return { verdict: 'ok' };
  if (user === 'unknown' || nonRoot === 'unknown') return { verdict: 'unknown' };
  return { verdict: 'missing' };
}

/** Whether each resource setting is set (any value), missing, or cannot be told. */
export type Presence = 'set' | 'missing' | 'unknown';

export interface ResourceSettings {
  limitsMemory: Presence;
  limitsCpu: Presence;
  requestsMemory: Presence;
  requestsCpu: Presence;
}

/** The resource settings a container lacks, by severity: a missing memory limit is the serious one. */
export function missingResources(settings: ResourceSettings): { memoryLimit: boolean; cpuLimit: boolean; requests: string[] } {
  const requests: string[] = [];
  if (settings.requestsCpu === 'missing') requests.push('cpu');
  if (settings.requestsMemory === 'missing') requests.push('memory');
  return {
    memoryLimit: settings.limitsMemory === 'missing',
    cpuLimit: settings.limitsCpu === 'missing',
    requests,
  };
}

/** Workload kinds whose containers run until stopped, so liveness and readiness probes matter. */
const LONG_RUNNING_KINDS = new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController']);

/**
 * True when the containers of this kind need liveness and readiness probes. Jobs and CronJobs
 * run to completion; init containers never need them (callers skip those).
 */
export function probesRequired(kind: string): boolean {
  return LONG_RUNNING_KINDS.has(kind);
}
