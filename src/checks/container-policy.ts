import { imagePinning, parseImageRef, type ImagePinning } from '../parsers/image-ref.js';

/**
 * Kubernetes container semantics, written once for every pack that describes Kubernetes
 * containers: the Kubernetes YAML pack (camelCase fields) and the Terraform `kubernetes_*`
 * resources (snake_case HCL blocks). These are pure decisions over plain values; each pack only
 * reads its own syntax tree into these inputs (see `src/parsers/kubernetes/locate.ts` and
 * `terraform-containers.ts`) and decides where a finding points.
 *
 * Every value is tri-state (`Known<T>`): a known value, `'unknown'` when it is written but only
 * the cluster or Terraform could tell (a variable, a template, a value of the wrong type), or
 * undefined when it is not written. `'unknown'` never leads to a finding.
 */

export type Known<T> = T | 'unknown' | undefined;

/**
 * Where a container sits in its pod spec: `containers`, `initContainers`, `ephemeralContainers`.
 * An init container with `restartPolicy: Always` is a native sidecar: it runs for the pod's life.
 */
export type ContainerRole = 'container' | 'init' | 'ephemeral';

// ---------------------------------------------------------------------------------------------
// policy:non-root

/** The two securityContext fields that decide whether a container runs as root, at one level. */
export interface RunAsSettings {
  runAsNonRoot: Known<boolean>;
  /** A uid; pass `'unknown'` for a value that is not an integer. */
  runAsUser: Known<number>;
}

export type NonRootVerdict =
  | { status: 'compliant' }
  | { status: 'unknown' }
  /** The effective `runAsUser` is 0, set at `level`: root even with runAsNonRoot (the kubelet then refuses to start it). */
  | { status: 'root-uid'; level: 'container' | 'pod' }
  /** The effective `runAsNonRoot` is false, set explicitly at `level`, and no non-zero runAsUser is set. */
  | { status: 'disabled'; level: 'container' | 'pod' }
  /** Neither field is set at either level. */
  | { status: 'missing' };

/**
 * The effective decision for one container. Each field of the container's security context
 * overrides the pod's. Compliant when the effective runAsUser is > 0, or runAsNonRoot is true and
 * runAsUser is not set; runAsUser 0 is root whatever runAsNonRoot says. A negative uid is
 * rejected by the API server, so it gives no verdict.
 */
export function nonRootVerdict(container: RunAsSettings, pod: RunAsSettings): NonRootVerdict {
  const userLevel = container.runAsUser !== undefined ? 'container' : pod.runAsUser !== undefined ? 'pod' : undefined;
  const nonRootLevel = container.runAsNonRoot !== undefined ? 'container' : pod.runAsNonRoot !== undefined ? 'pod' : undefined;
  const user = userLevel === 'container' ? container.runAsUser : userLevel === 'pod' ? pod.runAsUser : undefined;
  const nonRoot = nonRootLevel === 'container' ? container.runAsNonRoot : nonRootLevel === 'pod' ? pod.runAsNonRoot : undefined;

  if (userLevel !== undefined) {
    if (user === 0) return { status: 'root-uid', level: userLevel };
    if (typeof user === 'number' && Number.isInteger(user) && user > 0) return { status: 'compliant' };
    // An unknown uid could be 0, which runAsNonRoot would not excuse: cannot tell.
    return { status: 'unknown' };
  }
  if (nonRootLevel === undefined) return { status: 'missing' };
  if (nonRoot === true) return { status: 'compliant' };
  if (nonRoot === false) return { status: 'disabled', level: nonRootLevel };
  return { status: 'unknown' };
}

// ---------------------------------------------------------------------------------------------
// policy:resource-limits

/** Whether a setting is written with a value, absent (or empty / null), or cannot be told. */
export type Presence = 'set' | 'missing' | 'unknown';

/** The resource settings the resource-limits policy asks for, as paths under `resources`. */
export type ResourceField = 'limits.memory' | 'limits.cpu' | 'requests.memory' | 'requests.cpu';

export type ResourceSettings = Record<ResourceField, Presence>;

/**
 * The resource settings a container lacks, memory first. Ephemeral (debug) containers cannot
 * declare resources, so they lack nothing. Kubernetes uses a container's limit as its request
 * when only the limit is set, so a request is only missing when neither it nor the matching limit
 * is set (an unknown limit may well be set).
 */
export function missingResources(role: ContainerRole, settings: ResourceSettings): ResourceField[] {
  if (role === 'ephemeral') return [];
  const missing: ResourceField[] = [];
  for (const resource of ['memory', 'cpu'] as const) {
    const limit = settings[`limits.${resource}`];
    if (limit === 'missing') missing.push(`limits.${resource}`);
    if (limit === 'missing' && settings[`requests.${resource}`] === 'missing') missing.push(`requests.${resource}`);
  }
  return missing;
}

// ---------------------------------------------------------------------------------------------
// policy:health-probes

/** Workload kinds whose pods are meant to keep running (a bare Pod depends on its restartPolicy). */
const LONG_RUNNING_KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Rollout', 'DeploymentConfig']);

/**
 * Whether pods of this workload keep running. Jobs and CronJobs run to completion; a bare Pod
 * counts unless its restartPolicy makes it a one-off (`Never`, `OnFailure`). An unknown
 * restartPolicy cannot be told, so it is not long-running.
 */
export function isLongRunning(workloadKind: string, podRestartPolicy?: Known<string>): boolean {
  if (workloadKind === 'Pod') return podRestartPolicy === undefined || podRestartPolicy === 'Always';
  return LONG_RUNNING_KINDS.has(workloadKind);
}

export interface ProbeContext {
  /** The Kubernetes kind that owns the pod spec: `Deployment`, `Pod`, `CronJob`, … */
  workloadKind: string;
  role: ContainerRole;
  /** An init container with `restartPolicy: Always` (a native sidecar). */
  sidecar: boolean;
  /** The pod spec's `restartPolicy`, when written. */
  podRestartPolicy?: Known<string>;
}

/**
 * Whether a liveness or readiness probe is required: on the regular containers of long-running
 * workloads, and on native sidecars, which run for the pod's life. Other init containers and
 * ephemeral containers run to completion or cannot have probes.
 */
export function needsProbes(context: ProbeContext): boolean {
  if (!isLongRunning(context.workloadKind, context.podRestartPolicy)) return false;
  return context.role === 'container' || (context.role === 'init' && context.sidecar);
}

/** A probe is reported only when it is required and surely absent. */
export function probeMissing(context: ProbeContext, probe: Presence): boolean {
  return probe === 'missing' && needsProbes(context);
}

// ---------------------------------------------------------------------------------------------
// policy:immutable-images (every container role is checked)

export interface ImageVerdict {
  /** untagged | latest → the no-latest-image rule (error); tagged → the digest rule (note). */
  pinning: ImagePinning;
  /**
   * For `latest` and `tagged`: offsets of the tag within the reference text, which is what a
   * finding points at (the part to change, or to append a digest to). Other findings point at
   * the whole reference.
   */
  tag?: { start: number; end: number };
}

/** How a literal image reference is pinned; undefined when it is not an image reference. */
export function judgeImage(reference: string): ImageVerdict | undefined {
  const ref = parseImageRef(reference);
  if (!ref) return undefined;
  const pinning = imagePinning(ref);
  if ((pinning === 'latest' || pinning === 'tagged') && ref.tag) return { pinning, tag: { start: ref.tag.start, end: ref.tag.end } };
  return { pinning };
}

// ---------------------------------------------------------------------------------------------
// policy:least-privilege

/** Capabilities that give a container (close to) root power over the node or its network. */
export const DANGEROUS_CAPABILITIES: ReadonlySet<string> = new Set([
  'ALL', 'SYS_ADMIN', 'NET_ADMIN', 'SYS_PTRACE', 'SYS_MODULE', 'SYS_RAWIO', 'SYS_BOOT', 'SYS_TIME',
  'DAC_READ_SEARCH', 'BPF', 'PERFMON', 'MAC_ADMIN', 'MAC_OVERRIDE', 'SYSLOG',
]);

/** `CAP_SYS_ADMIN` and `sys_admin` name the same capability as `SYS_ADMIN`. */
export function normalizeCapability(name: string): string {
  return name.trim().toUpperCase().replace(/^CAP_/, '');
}
