/**
 * Kubernetes container semantics, written once over plain values so that both the Kubernetes
 * pack (YAML) and the Terraform pack (`kubernetes_*` resources, whose fields are snake_case HCL)
 * decide the same way. Callers pass field values as they read them: `undefined` when the field
 * is absent, `UNKNOWN` when it is present but not statically known (a variable, a template).
 */

/** A field that is written but whose value cannot be known statically. */
export const UNKNOWN: unique symbol = Symbol('unknown value');
export type FieldValue = unknown;

/** Where a container sits in its pod spec. */
export type ContainerRole = 'container' | 'init' | 'ephemeral';

/** The two securityContext fields that decide whether a container runs as root. */
export interface RunAsFields {
  runAsNonRoot?: FieldValue;
  runAsUser?: FieldValue;
}

export type NonRootVerdict =
  | { status: 'compliant' }
  | { status: 'unknown' }
  /** `runAsUser: 0`, set at `level` (container or pod). Root even with runAsNonRoot. */
  | { status: 'root-uid'; level: 'container' | 'pod' }
  /** `runAsNonRoot: false` set explicitly and no non-zero runAsUser. */
  | { status: 'disabled'; level: 'container' | 'pod' }
  /** Neither field set at either level. */
  | { status: 'missing' };

/**
 * The effective decision for one container: each field of the container's securityContext
 * overrides the pod's. Compliant when the effective runAsUser is > 0, or runAsNonRoot is true
 * and runAsUser is not 0.
 */
export function nonRootVerdict(container: RunAsFields, pod: RunAsFields): NonRootVerdict {
  const userLevel = container.runAsUser !== undefined ? 'container' : pod.runAsUser !== undefined ? 'pod' : undefined;
  const user = userLevel === 'container' ? container.runAsUser : userLevel === 'pod' ? pod.runAsUser : undefined;
  const nonRootLevel = container.runAsNonRoot !== undefined ? 'container' : pod.runAsNonRoot !== undefined ? 'pod' : undefined;
  const nonRoot = nonRootLevel === 'container' ? container.runAsNonRoot : nonRootLevel === 'pod' ? pod.runAsNonRoot : undefined;

  if (user !== undefined) {
    const uid = asInteger(user);
    if (uid === undefined) return { status: 'unknown' };
    if (uid === 0) return { status: 'root-uid', level: userLevel! };
    return { status: 'compliant' };
  }
  if (nonRoot === undefined) return { status: 'missing' };
  const flag = asBoolean(nonRoot);
  if (flag === true) return { status: 'compliant' };
  if (flag === false) return { status: 'disabled', level: nonRootLevel! };
  return { status: 'unknown' };
}

/** The resource fields the resource-limits policy asks for, as paths under the container. */
export type ResourceField = 'limits.memory' | 'limits.cpu' | 'requests.memory' | 'requests.cpu';

/**
 * Which resource fields are missing, given a lookup that says whether each is set (`true`),
 * absent (`false`) or not statically known (`UNKNOWN`, never reported). Kubernetes uses a
 * container's limit as its request when only the limit is set, so a request is only missing
 * when neither it nor the matching limit is set.
 */
export function missingResources(has: (field: ResourceField) => boolean | typeof UNKNOWN): ResourceField[] {
  const missing: ResourceField[] = [];
  for (const resource of ['memory', 'cpu'] as const) {
    const limit = has(`limits.${resource}`);
    const request = has(`requests.${resource}`);
    if (limit === false) missing.push(`limits.${resource}`);
    if (request === false && limit === false) missing.push(`requests.${resource}`);
  }
  return missing;
}

/** Ephemeral (debug) containers cannot declare resources; every other container should. */
export function needsResources(role: ContainerRole): boolean {
  return role !== 'ephemeral';
}

/**
 * Workload kinds whose pods are meant to keep running, so liveness and readiness probes apply.
 * Jobs and CronJobs run to completion; a bare Pod counts unless its restartPolicy says it is a
 * one-off (Never / OnFailure).
 */
const LONG_RUNNING_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Rollout', 'DeploymentConfig']);

export function isLongRunning(workloadKind: string, podRestartPolicy?: string): boolean {
  if (workloadKind === 'Pod') return podRestartPolicy === undefined || podRestartPolicy === 'Always';
  return LONG_RUNNING_KINDS.has(workloadKind);
}

/**
 * Probes are required for the regular containers of long-running workloads, and for
 * `restartPolicy: Always` init containers (native sidecars), which run for the pod's life.
 */
export function needsProbes(input: { workloadKind: string; role: ContainerRole; sidecar?: boolean; podRestartPolicy?: string }): boolean {
  if (!isLongRunning(input.workloadKind, input.podRestartPolicy)) return false;
  return input.role === 'container' || (input.role === 'init' && input.sidecar === true);
}

/** Capabilities that give a container (close to) root power over the node or its network. */
export const DANGEROUS_CAPABILITIES = new Set([
  'ALL', 'SYS_ADMIN', 'NET_ADMIN', 'SYS_PTRACE', 'SYS_MODULE', 'SYS_RAWIO', 'SYS_BOOT', 'SYS_TIME',
  'DAC_READ_SEARCH', 'BPF', 'PERFMON', 'MAC_ADMIN', 'MAC_OVERRIDE', 'SYSLOG',
]);

/** `CAP_SYS_ADMIN` and `sys_admin` name the same capability as `SYS_ADMIN`. */
export function normalizeCapability(name: string): string {
  return name.trim().toUpperCase().replace(/^CAP_/, '');
}

/** An integer field value (numbers, and strings of digits), else undefined. */
export function asInteger(value: FieldValue): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

export function asBoolean(value: FieldValue): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}
