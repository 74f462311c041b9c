import type { SourceFile } from '../core/source.js';
import {
  blockAddress,
  boolOf,
  entryOf,
  jsonValueOf,
  numberOf,
  stringOf,
  type HclBlock,
  type HclBody,
  type HclString,
  type HclValue,
  type TerraformView,
} from '../parsers/terraform/index.js';
import type { ContainerRole, Known, Presence, ProbeContext, ResourceField, ResourceSettings, RunAsSettings } from './container-policy.js';

/**
 * Reads containers out of Terraform / OpenTofu resources so the shared container policy
 * (container-policy.ts) can judge them: `kubernetes_*` workloads of the hashicorp/kubernetes
 * provider, and the images of `docker_container`, `docker_image` and ECS task definitions.
 */

/** Kubernetes kind of each `kubernetes_*` resource type and the path from its body to the pod spec. */
const WORKLOADS: Record<string, { kind: string; podSpec: string[] }> = {};
for (const [names, kind, podSpec] of [
  [['kubernetes_pod', 'kubernetes_pod_v1'], 'Pod', ['spec']],
  [['kubernetes_deployment', 'kubernetes_deployment_v1'], 'Deployment', ['spec', 'template', 'spec']],
  [['kubernetes_stateful_set', 'kubernetes_stateful_set_v1'], 'StatefulSet', ['spec', 'template', 'spec']],
  [['kubernetes_daemonset', 'kubernetes_daemon_set', 'kubernetes_daemon_set_v1'], 'DaemonSet', ['spec', 'template', 'spec']],
  [['kubernetes_replication_controller', 'kubernetes_replication_controller_v1'], 'ReplicationController', ['spec', 'template', 'spec']],
  [['kubernetes_job', 'kubernetes_job_v1'], 'Job', ['spec', 'template', 'spec']],
  [['kubernetes_cron_job', 'kubernetes_cron_job_v1'], 'CronJob', ['spec', 'job_template', 'spec', 'template', 'spec']],
] as const) {
  for (const name of names) WORKLOADS[name] = { kind, podSpec: [...podSpec] };
}

export interface TerraformContainer {
  /** The `resource` block. */
  resource: HclBlock;
  /** Kubernetes kind: `Deployment`, `Job`, … */
  kind: string;
  /** The `container` / `init_container` block: where "missing" findings point. */
  block: HclBlock;
  role: ContainerRole;
  /** An `init_container` with `restart_policy = "Always"` (provider 3.x): a native sidecar. */
  sidecar: boolean;
  /** The container name when literal, else its index. */
  name: string;
  /** A stable identity: `resource.kubernetes_deployment.web/container:app`. */
  key: string;
  /** The pod spec block (`spec`, `spec.template.spec`, …). */
  podSpec: HclBlock;
}

/** Every literal `container` and `init_container` block of every `kubernetes_*` workload. */
export function kubernetesContainers(view: TerraformView): TerraformContainer[] {
  const containers: TerraformContainer[] = [];
  for (const resource of view.blocks) {
    const workload = resource.type === 'resource' ? WORKLOADS[resource.labels[0]?.value ?? ''] : undefined;
    if (!workload) continue;
    // Old provider versions put the pod spec straight in `template` (no nested `spec`).
    const podSpec = nestedBlock(resource.body, workload.podSpec) ?? nestedBlock(resource.body, workload.podSpec.slice(0, -1));
    if (!podSpec) continue;
    for (const [type, role] of [['container', 'container'], ['init_container', 'init']] as const) {
      podSpec.body.blocksOfType(type).forEach((block, index) => {
        const literalName = stringOf(block.body.attribute('name')?.value);
        const name = literalName !== undefined && literalName !== 'unknown' ? literalName : `#${index}`;
        containers.push({
          resource,
          kind: workload.kind,
          block,
          role,
          sidecar: role === 'init' && stringOf(block.body.attribute('restart_policy')?.value) === 'Always',
          name,
          key: `${blockAddress(resource)}/${type}:${name}`,
          podSpec,
        });
      });
    }
  }
  return containers;
}

function nestedBlock(body: HclBody, path: string[]): HclBlock | undefined {
  let block: HclBlock | undefined;
  for (const type of path) {
    block = (block?.body ?? body).blocksOfType(type)[0];
    if (!block) return undefined;
  }
  return block;
}

/** The `security_context` block of the container or of its pod spec. */
export function securityContextBlock(container: TerraformContainer, level: 'container' | 'pod'): HclBlock | undefined {
  return (level === 'container' ? container.block : container.podSpec).body.blocksOfType('security_context')[0];
}

/**
 * `run_as_non_root` / `run_as_user` at one level, for the shared `nonRootVerdict`. A
 * `dynamic "security_context"` or a value that is not a bool / integer cannot be told.
 */
export function runAsSettings(container: TerraformContainer, level: 'container' | 'pod'): RunAsSettings {
  const owner = level === 'container' ? container.block : container.podSpec;
  if (hasDynamic(owner.body, 'security_context')) return { runAsNonRoot: 'unknown', runAsUser: 'unknown' };
  const context = securityContextBlock(container, level);
  return {
    runAsNonRoot: knownAttribute(context?.body.attribute('run_as_non_root')?.value, boolOf),
    runAsUser: knownAttribute(context?.body.attribute('run_as_user')?.value, numberOf),
  };
}

/** Absent or null → undefined; a value the reader does not understand → `'unknown'`. */
function knownAttribute<T>(value: HclValue | undefined, read: (value: HclValue) => Known<T>): Known<T> {
  if (!value || value.kind === 'null') return undefined;
  return read(value) ?? 'unknown';
}

/**
 * `resources { limits = { cpu, memory } requests = { … } }` (provider 2.x) or the older nested
 * blocks `resources { limits { cpu = … } }`. A `dynamic "resources"` or a map from a variable
 * cannot be told.
 */
export function resourceSettings(container: TerraformContainer): ResourceSettings {
  const body = container.block.body;
  const resources = body.blocksOfType('resources')[0];
  const presenceOf = (field: ResourceField): Presence => {
    const [name, key] = field.split('.') as ['limits' | 'requests', 'cpu' | 'memory'];
    if (hasDynamic(body, 'resources')) return 'unknown';
    if (!resources) return 'missing';
    if (hasDynamic(resources.body, name)) return 'unknown';
    const attribute = resources.body.attribute(name);
    if (attribute) return presence(attribute.value.kind === 'object' ? entryOf(attribute.value, key) : attribute.value.kind === 'unknown' ? attribute.value : undefined);
    const block = resources.body.blocksOfType(name)[0];
    return presence(block?.body.attribute(key)?.value);
  };
  return {
    'limits.memory': presenceOf('limits.memory'),
    'limits.cpu': presenceOf('limits.cpu'),
    'requests.memory': presenceOf('requests.memory'),
    'requests.cpu': presenceOf('requests.cpu'),
  };
}

function presence(value: HclValue | undefined): Presence {
  if (!value || value.kind === 'null') return 'missing';
  if (value.kind === 'unknown') return 'unknown';
  if (value.kind === 'string' && value.value.trim() === '') return 'missing';
  return 'set';
}

function hasDynamic(body: HclBody, type: string): boolean {
  return body.blocksOfType('dynamic').some((dynamic) => dynamic.labels[0]?.value === type);
}

/** Whether the container has a probe block of this type (`liveness_probe`, `readiness_probe`). */
export function probePresence(container: TerraformContainer, type: 'liveness_probe' | 'readiness_probe'): Presence {
  const body = container.block.body;
  if (body.blocksOfType(type).length > 0) return 'set';
  return hasDynamic(body, type) ? 'unknown' : 'missing';
}

/** What the shared probe decision needs to know about where a container runs. */
export function probeContext(container: TerraformContainer): ProbeContext {
  return {
    workloadKind: container.kind,
    role: container.role,
    sidecar: container.sidecar,
    podRestartPolicy: stringOf(container.podSpec.body.attribute('restart_policy')?.value),
  };
}

/** A literal image reference written in the file, and who uses it. */
export interface TerraformImage {
  value: HclString;
  /** A stable identity: `resource.docker_container.web/image`. */
  key: string;
  /** What holds it, for messages: `docker_container.web`, `container "app" of kubernetes_deployment.web`. */
  owner: string;
}

/**
 * Every statically known image reference: `docker_container.image`, `docker_image.name` (unless it
 * is built here), `kubernetes_*` container `image`, and `image` of each ECS container definition
 * in `jsonencode(…)` or heredoc JSON. Images from variables or references are not listed.
 */
export function terraformImages(view: TerraformView, file: SourceFile): TerraformImage[] {
  const images: TerraformImage[] = [];
  const add = (value: HclValue | undefined, key: string, owner: string) => {
    if (value?.kind === 'string' && value.value.trim() !== '') images.push({ value, key, owner });
  };
  for (const resource of view.blocks) {
    if (resource.type !== 'resource') continue;
    const type = resource.labels[0]?.value ?? '';
    const address = blockAddress(resource);
    const short = resource.labels.map((label) => label.value).join('.');
    if (type === 'docker_container') add(resource.body.attribute('image')?.value, `${address}/image`, short);
    if (type === 'docker_image' && resource.body.blocksOfType('build').length === 0) {
      add(resource.body.attribute('name')?.value, `${address}/name`, short);
    }
    if (type === 'aws_ecs_task_definition') {
      const definitions = resource.body.attribute('container_definitions')?.value;
      const json = definitions ? jsonValueOf(file, definitions)?.value : undefined;
      if (json?.kind !== 'list') continue;
      json.items.forEach((definition, index) => {
        const name = stringOf(entryOf(definition, 'name'));
        const label = typeof name === 'string' && name !== 'unknown' ? name : `#${index}`;
        add(entryOf(definition, 'image'), `${address}/container:${label}`, `container definition "${label}" of ${short}`);
      });
    }
  }
  for (const container of kubernetesContainers(view)) {
    const short = container.resource.labels.map((label) => label.value).join('.');
    add(container.block.body.attribute('image')?.value, `${container.key}/image`, `container "${container.name}" of ${short}`);
  }
  return images;
}
