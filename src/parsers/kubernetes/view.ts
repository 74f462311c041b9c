import type { Node, Scalar, YAMLMap } from 'yaml';
import type { ContainerRole } from '../../checks/container-policy.js';
import type { SourceFile } from '../../core/source.js';
import type { YamlFile } from '../yaml/parse.js';
import type { Directive } from '../../engine/suppress.js';

/** One Kubernetes object: a `---` document, or an item of a `kind: List`. */
export interface K8sObject {
  kind: string;
  apiVersion: string;
  name?: string;
  namespace?: string;
  annotations: Record<string, string>;
  /** The object's map node (aliases resolved by the `get*` helpers of the YAML layer). */
  node: YAMLMap;
  /** The `kind:` value node: where object-level "missing field" findings point when there is no name. */
  kindNode: Node;
  /** The `metadata.name` value node, when written. */
  nameNode?: Scalar;
  /** Index of the YAML document it came from. */
  document: number;
}

/** A pod spec and the object that owns it (a Pod, or a workload's pod template). */
export interface PodSpec {
  owner: K8sObject;
  /** The PodSpec map node (`spec`, `spec.template.spec`, `spec.jobTemplate.spec.template.spec`, …). */
  node: YAMLMap;
  /** The pod-level `securityContext` map, when present. */
  securityContext?: YAMLMap;
  restartPolicy?: string;
  /** No container has an image (see Container.partial), or there are none: a patch, not a workload. */
  partial: boolean;
}

export interface Container {
  pod: PodSpec;
  role: ContainerRole;
  /** An init container with `restartPolicy: Always`: a native sidecar that runs for the pod's life. */
  sidecar: boolean;
  name?: string;
  /** The `name:` value node; with `node`, where "missing field" findings point. */
  nameNode?: Scalar;
  /** The container's map node. */
  node: YAMLMap;
  /** The container-level `securityContext` map, when present. */
  securityContext?: YAMLMap;
  /**
   * The container has no `image`: it is a fragment (a kustomize strategic-merge patch, an
   * overlay) that completes a container defined elsewhere. "Missing field" rules skip it, since
   * the field may well be in the base; wrong values it does set are still reported.
   */
  partial: boolean;
  /** Position in its list, for containers without a name. */
  index: number;
  /** Stable identity for fingerprints: `Deployment/ns/web/container:app`. */
  key: string;
}

export interface KubernetesView {
  file: SourceFile;
  yaml: YamlFile;
  objects: K8sObject[];
  pods: PodSpec[];
  containers: Container[];
  /** The file is SOPS-encrypted (a top-level `sops:` key): its values are ciphertext. */
  sopsEncrypted: boolean;
  /** `infralint.dev/ignore` annotations: exceptions for every finding of their object. */
  directives?: Directive[];
}

/** The stable identity of an object, for fingerprint keys. */
export function objectKey(object: K8sObject): string {
  return `${object.kind}/${object.namespace ?? ''}/${object.name ?? `#${object.document}`}`;
}
