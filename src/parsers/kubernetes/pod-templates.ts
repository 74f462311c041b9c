/**
 * Where each pod-bearing kind keeps its PodSpec. Adding a CRD that embeds a PodTemplateSpec is
 * one entry: its kind, its API group (so a CRD's `Service` is not mistaken for core's), and the
 * path of keys to the PodSpec.
 */
export interface PodTemplateLocation {
  kind: string;
  /** The API group (`apps`, `argoproj.io`); '' is the core group; undefined matches any group. */
  group?: string;
  path: string[];
}

const TEMPLATE = ['spec', 'template', 'spec'];

export const POD_TEMPLATE_LOCATIONS: readonly PodTemplateLocation[] = [
  { kind: 'Pod', group: '', path: ['spec'] },
  { kind: 'PodTemplate', group: '', path: ['template', 'spec'] },
  { kind: 'ReplicationController', group: '', path: TEMPLATE },
  { kind: 'Deployment', group: 'apps', path: TEMPLATE },
  { kind: 'StatefulSet', group: 'apps', path: TEMPLATE },
  { kind: 'DaemonSet', group: 'apps', path: TEMPLATE },
  { kind: 'ReplicaSet', group: 'apps', path: TEMPLATE },
  // extensions/v1beta1 and apps/v1beta* manifests are old but still common in repositories.
  { kind: 'Deployment', group: 'extensions', path: TEMPLATE },
  { kind: 'DaemonSet', group: 'extensions', path: TEMPLATE },
  { kind: 'ReplicaSet', group: 'extensions', path: TEMPLATE },
  { kind: 'Job', group: 'batch', path: TEMPLATE },
  { kind: 'CronJob', group: 'batch', path: ['spec', 'jobTemplate', 'spec', 'template', 'spec'] },
  { kind: 'Rollout', group: 'argoproj.io', path: TEMPLATE },
  { kind: 'DeploymentConfig', group: 'apps.openshift.io', path: TEMPLATE },
  { kind: 'DeploymentConfig', group: '', path: TEMPLATE },
];

/** The API group of an `apiVersion` (`apps/v1` → `apps`, `v1` → ''). */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

export function podTemplateLocation(kind: string, apiVersion: string): PodTemplateLocation | undefined {
  const group = apiGroup(apiVersion);
  return POD_TEMPLATE_LOCATIONS.find((l) => l.kind === kind && (l.group === undefined || l.group === group));
}
