import { isMap, isScalar, type Node, type YAMLMap } from 'yaml';
import { UNKNOWN, type ResourceField } from '../../checks/kubernetes-containers.js';
import type { Range, SourceFile } from '../../core/source.js';
import { get, nodeRange } from '../yaml/parse.js';
import type { Container, K8sObject } from './view.js';

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

/** A field's value for the shared checks: the scalar's value, `UNKNOWN` for anything else written. */
export function fieldValue(node: Node | undefined): unknown {
  if (node === undefined) return undefined;
  if (isScalar(node)) return node.value === null ? undefined : node.value;
  return UNKNOWN;
}

/** `runAsNonRoot` / `runAsUser` of a securityContext map, as the shared checks take them. */
export function runAsFields(securityContext: YAMLMap | undefined): { runAsNonRoot?: unknown; runAsUser?: unknown } {
  return {
    runAsNonRoot: fieldValue(get(securityContext, 'runAsNonRoot')),
    runAsUser: fieldValue(get(securityContext, 'runAsUser')),
  };
}

export function isMapNode(node: unknown): node is YAMLMap {
  return isMap(node);
}

/**
 * Whether `resources.<section>.<name>` is set on a container: true, false, or `UNKNOWN` when a
 * section is written as something other than a map (an alias to nowhere, a template string).
 */
export function resourcePresence(container: Container, field: ResourceField): boolean | typeof UNKNOWN {
  const [section, name] = field.split('.') as [string, string];
  const resources = get(container.node, 'resources');
  if (resources === undefined || (isScalar(resources) && resources.value === null)) return false;
  if (!isMap(resources)) return UNKNOWN;
  const values = get(resources, section);
  if (values === undefined || (isScalar(values) && values.value === null)) return false;
  if (!isMap(values)) return UNKNOWN;
  const value = get(values, name);
  return value !== undefined && !(isScalar(value) && (value.value === null || value.value === ''));
}
