import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { probeMissing } from '../../checks/container-policy.js';
import type { Known, Presence, ProbeContext, ResourceField, ResourceSettings, RunAsSettings } from '../../checks/container-policy.js';
import type { Range, SourceFile } from '../../core/source.js';
import { get, nodeRange } from '../yaml/parse.js';
import type { Container, K8sObject, KubernetesView } from './view.js';

/**
 * Where a "missing field" finding about a container points: its `name` value, or, for a
 * container without a name, the start of its list item (its first key).
 */
export function containerAnchor(file: SourceFile, container: Container): Range {
  if (container.nameNode) return nodeRange(file, container.nameNode);
  const first = container.node.items[0]?.key as Node | undefined;
  return first?.range ? nodeRange(file, first) : nodeRange(file, container.node);
}

/** Where a finding about a whole object points: its `metadata.name` value, else its `kind` value. */
export function objectAnchor(file: SourceFile, object: K8sObject): Range {
  return nodeRange(file, object.nameNode ?? object.kindNode);
}

/**
 * A YAML field as the shared container policy reads it (`Known<T>`): undefined when absent or
 * null, the value when `convert` accepts the scalar, `'unknown'` for anything else written (a
 * template string, a map where a scalar belongs, a value of the wrong type).
 */
function knownField<T>(node: Node | undefined, convert: (value: unknown) => T | undefined): Known<T> {
  if (node === undefined || (isScalar(node) && node.value === null)) return undefined;
  return (isScalar(node) ? convert(node.value) : undefined) ?? 'unknown';
}

/** `runAsNonRoot` / `runAsUser` of a securityContext map (container or pod level). */
export function runAsSettings(securityContext: YAMLMap | undefined): RunAsSettings {
  return {
    runAsNonRoot: knownField(get(securityContext, 'runAsNonRoot'), asBoolean),
    runAsUser: knownField(get(securityContext, 'runAsUser'), asInteger),
  };
}

export function isMapNode(node: unknown): node is YAMLMap {
  return isMap(node);
}

/**
 * Whether each `resources.<section>.<name>` is set on a container. A section written as something
 * other than a map (an alias to nowhere, a template string) cannot be told; null and empty
 * values are missing.
 */
export function resourceSettings(container: Container): ResourceSettings {
  const presence = (field: ResourceField): Presence => {
    const [section, name] = field.split('.') as [string, string];
    const resources = get(container.node, 'resources');
    if (resources === undefined || (isScalar(resources) && resources.value === null)) return 'missing';
    if (!isMap(resources)) return 'unknown';
    const values = get(resources, section);
    if (values === undefined || (isScalar(values) && values.value === null)) return 'missing';
    if (!isMap(values)) return 'unknown';
    const value = get(values, name);
    return value === undefined || (isScalar(value) && (value.value === null || value.value === '')) ? 'missing' : 'set';
  };
  return {
    'limits.memory': presence('limits.memory'),
    'limits.cpu': presence('limits.cpu'),
    'requests.memory': presence('requests.memory'),
    'requests.cpu': presence('requests.cpu'),
  };
}

/** Whether a container writes a probe (`livenessProbe`, `readinessProbe`): any value counts. */
export function probePresence(container: Container, field: 'livenessProbe' | 'readinessProbe'): Presence {
  return get(container.node, field) !== undefined ? 'set' : 'missing';
}

/** What the shared probe decision needs to know about where a container runs. */
export function probeContext(container: Container): ProbeContext {
  return {
    workloadKind: container.pod.owner.kind,
    role: container.role,
    sidecar: container.sidecar,
    ...(container.pod.restartPolicy !== undefined ? { podRestartPolicy: container.pod.restartPolicy } : {}),
  };
}

/** A YAML boolean (and the strings `"true"` / `"false"`, which some tools write), else undefined. */
export function asBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

/** A YAML integer (numbers, and strings of digits), else undefined. */
export function asInteger(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

/**
 * `securityContext.privileged: true`: the container already has every capability and can
 * escalate, so capability and escalation findings would only repeat the privileged one.
 */
export function isPrivileged(container: Container): boolean {
  const value = get(container.securityContext, 'privileged');
  return isScalar(value) && asBoolean(value.value) === true;
}

/** Containers that must have `field` (a probe) and do not: what the probe rules report. */
export function containersMissingProbe(view: KubernetesView, field: 'livenessProbe' | 'readinessProbe'): Container[] {
  // A patch fragment (no image) may get the probe from its base.
  return view.containers.filter((c) => !c.partial && probeMissing(probeContext(c), probePresence(c, field)));
}
