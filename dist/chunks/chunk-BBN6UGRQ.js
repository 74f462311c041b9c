import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  blockAddress,
  boolOf,
  entryOf,
  jsonValueOf,
  numberOf,
  stringOf
} from "./chunk-DAYPLTKD.js";

// src/checks/terraform-containers.ts
var WORKLOADS = {};
for (const [names, kind, podSpec] of [
  [["kubernetes_pod", "kubernetes_pod_v1"], "Pod", ["spec"]],
  [["kubernetes_deployment", "kubernetes_deployment_v1"], "Deployment", ["spec", "template", "spec"]],
  [["kubernetes_stateful_set", "kubernetes_stateful_set_v1"], "StatefulSet", ["spec", "template", "spec"]],
  [["kubernetes_daemonset", "kubernetes_daemon_set", "kubernetes_daemon_set_v1"], "DaemonSet", ["spec", "template", "spec"]],
  [["kubernetes_replication_controller", "kubernetes_replication_controller_v1"], "ReplicationController", ["spec", "template", "spec"]],
  [["kubernetes_job", "kubernetes_job_v1"], "Job", ["spec", "template", "spec"]],
  [["kubernetes_cron_job", "kubernetes_cron_job_v1"], "CronJob", ["spec", "job_template", "spec", "template", "spec"]]
]) {
  for (const name of names) WORKLOADS[name] = { kind, podSpec: [...podSpec] };
}
function kubernetesContainers(view) {
  const containers = [];
  for (const resource of view.blocks) {
    const workload = resource.type === "resource" ? WORKLOADS[resource.labels[0]?.value ?? ""] : void 0;
    if (!workload) continue;
    const podSpec = nestedBlock(resource.body, workload.podSpec) ?? nestedBlock(resource.body, workload.podSpec.slice(0, -1));
    if (!podSpec) continue;
    for (const [type, role] of [["container", "container"], ["init_container", "init"]]) {
      podSpec.body.blocksOfType(type).forEach((block, index) => {
        const literalName = stringOf(block.body.attribute("name")?.value);
        const name = literalName !== void 0 && literalName !== "unknown" ? literalName : `#${index}`;
        containers.push({
          resource,
          kind: workload.kind,
          block,
          role,
          sidecar: role === "init" && stringOf(block.body.attribute("restart_policy")?.value) === "Always",
          name,
          key: `${blockAddress(resource)}/${type}:${name}`,
          podSpec
        });
      });
    }
  }
  return containers;
}
function nestedBlock(body, path) {
  let block;
  for (const type of path) {
    block = (block?.body ?? body).blocksOfType(type)[0];
    if (!block) return void 0;
  }
  return block;
}
function securityContextBlock(container, level) {
  return (level === "container" ? container.block : container.podSpec).body.blocksOfType("security_context")[0];
}
function runAsSettings(container, level) {
  const owner = level === "container" ? container.block : container.podSpec;
  if (hasDynamic(owner.body, "security_context")) return { runAsNonRoot: "unknown", runAsUser: "unknown" };
  const context = securityContextBlock(container, level);
  return {
    runAsNonRoot: knownAttribute(context?.body.attribute("run_as_non_root")?.value, boolOf),
    runAsUser: knownAttribute(context?.body.attribute("run_as_user")?.value, numberOf)
  };
}
function knownAttribute(value, read) {
  if (!value || value.kind === "null") return void 0;
  return read(value) ?? "unknown";
}
function resourceSettings(container) {
  const body = container.block.body;
  const resources = body.blocksOfType("resources")[0];
  const presenceOf = (field) => {
    const [name, key] = field.split(".");
    if (hasDynamic(body, "resources")) return "unknown";
    if (!resources) return "missing";
    if (hasDynamic(resources.body, name)) return "unknown";
    const attribute = resources.body.attribute(name);
    if (attribute) return presence(attribute.value.kind === "object" ? entryOf(attribute.value, key) : attribute.value.kind === "unknown" ? attribute.value : void 0);
    const block = resources.body.blocksOfType(name)[0];
    return presence(block?.body.attribute(key)?.value);
  };
  return {
    "limits.memory": presenceOf("limits.memory"),
    "limits.cpu": presenceOf("limits.cpu"),
    "requests.memory": presenceOf("requests.memory"),
    "requests.cpu": presenceOf("requests.cpu")
  };
}
function presence(value) {
  if (!value || value.kind === "null") return "missing";
  if (value.kind === "unknown") return "unknown";
  if (value.kind === "string" && value.value.trim() === "") return "missing";
  return "set";
}
function hasDynamic(body, type) {
  return body.blocksOfType("dynamic").some((dynamic) => dynamic.labels[0]?.value === type);
}
function probePresence(container, type) {
  const body = container.block.body;
  if (body.blocksOfType(type).length > 0) return "set";
  return hasDynamic(body, type) ? "unknown" : "missing";
}
function probeContext(container) {
  return {
    workloadKind: container.kind,
    role: container.role,
    sidecar: container.sidecar,
    podRestartPolicy: stringOf(container.podSpec.body.attribute("restart_policy")?.value)
  };
}
function terraformImages(view, file) {
  const images = [];
  const add = (value, key, owner) => {
    if (value?.kind === "string" && value.value.trim() !== "") images.push({ value, key, owner });
  };
  for (const resource of view.blocks) {
    if (resource.type !== "resource") continue;
    const type = resource.labels[0]?.value ?? "";
    const address = blockAddress(resource);
    const short = resource.labels.map((label) => label.value).join(".");
    if (type === "docker_container") add(resource.body.attribute("image")?.value, `${address}/image`, short);
    if (type === "docker_image" && resource.body.blocksOfType("build").length === 0) {
      add(resource.body.attribute("name")?.value, `${address}/name`, short);
    }
    if (type === "aws_ecs_task_definition") {
      const definitions = resource.body.attribute("container_definitions")?.value;
      const json = definitions ? jsonValueOf(file, definitions)?.value : void 0;
      if (json?.kind !== "list") continue;
      json.items.forEach((definition, index) => {
        const name = stringOf(entryOf(definition, "name"));
        const label = typeof name === "string" && name !== "unknown" ? name : `#${index}`;
        add(entryOf(definition, "image"), `${address}/container:${label}`, `container definition "${label}" of ${short}`);
      });
    }
  }
  for (const container of kubernetesContainers(view)) {
    const short = container.resource.labels.map((label) => label.value).join(".");
    add(container.block.body.attribute("image")?.value, `${container.key}/image`, `container "${container.name}" of ${short}`);
  }
  return images;
}

export {
  kubernetesContainers,
  securityContextBlock,
  runAsSettings,
  resourceSettings,
  probePresence,
  probeContext,
  terraformImages
};
