import { annotationDirectives } from './annotations.js';
import { isMap, isScalar, isSeq, type Node, type Scalar, type YAMLMap } from 'yaml';
import type { ContainerRole } from '../../checks/container-policy.js';
import type { SourceFile } from '../../core/source.js';
import type { ParsedFile } from '../registry.js';
import { get, getIn, pairs, parseYaml, resolveAlias, scalarString, type YamlFile } from '../yaml/parse.js';
import { podTemplateLocation } from './pod-templates.js';
import { objectKey, type Container, type K8sObject, type KubernetesView, type PodSpec } from './view.js';

const CONTAINER_LISTS: [string, ContainerRole][] = [
  ['initContainers', 'init'],
  ['containers', 'container'],
  ['ephemeralContainers', 'ephemeral'],
];

/**
 * Builds the Kubernetes view of a YAML (or JSON) stream: every object with `apiVersion` and
 * `kind` (items of `kind: *List` included), the pod specs of pod-bearing kinds, and their
 * containers. Documents the YAML parser could not read are skipped; the others are still
 * checked (the broken ones are only reported as parse errors). Objects of other kinds (CRDs, ConstraintTemplates, …) stay objects and never
 * yield containers, whatever their schemas look like.
 */
export function parseKubernetes(file: SourceFile, yaml: YamlFile = parseYaml(file)): ParsedFile {
  const view: KubernetesView = { file, yaml, objects: [], pods: [], containers: [], sopsEncrypted: false };
  for (const document of yaml.documents) {
    // A document with a syntax error is reported as such, not checked: half-read objects would
    // produce "missing field" findings for fields that are merely past the error.
    if (document.broken) continue;
    const root = resolveAlias(document.contents);
    if (!isMap(root)) continue;
    if (get(root, 'sops') !== undefined) view.sopsEncrypted = true;
    collectObjects(root, document.index, view.objects, 0);
  }
  for (const object of view.objects) {
    const location = podTemplateLocation(object.kind, object.apiVersion);
    if (!location) continue;
    const spec = getIn(object.node, location.path);
    if (!isMap(spec)) continue;
    const pod: PodSpec = {
      owner: object,
      node: spec,
      securityContext: mapOrUndefined(get(spec, 'securityContext')),
      restartPolicy: scalarString(get(spec, 'restartPolicy')),
      partial: false,
    };
    const first = view.containers.length;
    view.pods.push(pod);
    for (const [list, role] of CONTAINER_LISTS) {
      const seq = get(spec, list);
      if (!isSeq(seq)) continue;
      seq.items.forEach((item, index) => {
        const node = resolveAlias(item);
        if (!isMap(node)) return;
        const nameNode = scalarNode(get(node, 'name'));
        const name = scalarString(nameNode);
        view.containers.push({
          pod,
          role,
          sidecar: role === 'init' && scalarString(get(node, 'restartPolicy')) === 'Always',
          name,
          nameNode,
          node,
          securityContext: mapOrUndefined(get(node, 'securityContext')),
          partial: get(node, 'image') === undefined,
          index,
          key: `${objectKey(object)}/${role}:${name ?? `#${index}`}`,
        });
      });
    }
    const containers = view.containers.slice(first);
    pod.partial = containers.every((c) => c.partial);
  }
  view.directives = view.objects.flatMap((object) => annotationDirectives(file, object.node));
  return { view, errors: [...yaml.errors] };
}

function collectObjects(node: YAMLMap, document: number, out: K8sObject[], depth: number): void {
  const kindNode = get(node, 'kind');
  const kind = scalarString(kindNode);
  const apiVersion = scalarString(get(node, 'apiVersion'));
  if (!kind || !apiVersion || !kindNode) return;
  const items = get(node, 'items');
  // `kind: List` (and typed lists such as `DeploymentList`, as `kubectl get -o yaml` writes them).
  if (kind.endsWith('List') && isSeq(items) && depth < 4) {
    for (const item of items.items) {
      const resolved = resolveAlias(item);
      if (isMap(resolved)) collectObjects(resolved, document, out, depth + 1);
    }
    return;
  }
  const metadata = get(node, 'metadata');
  const nameNode = scalarNode(get(metadata, 'name'));
  const annotations: Record<string, string> = {};
  for (const pair of pairs(get(metadata, 'annotations'))) {
    const value = scalarString(resolveAlias(pair.value));
    if (value !== undefined) annotations[String(pair.key.value)] = value;
  }
  out.push({
    kind,
    apiVersion,
    name: scalarString(nameNode),
    namespace: scalarString(get(metadata, 'namespace')),
    annotations,
    node,
    kindNode,
    nameNode,
    document,
  });
}

function scalarNode(node: Node | undefined): Scalar | undefined {
  return isScalar(node) ? node : undefined;
}

function mapOrUndefined(node: Node | undefined): YAMLMap | undefined {
  return isMap(node) ? node : undefined;
}
