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
} from "./chunk-R5J5FU2J.js";

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
    const podSecurityContext = podSpec.body.blocksOfType("security_context")[0];
    for (const [type, init] of [["container", false], ["init_container", true]]) {
      podSpec.body.blocksOfType(type).forEach((block, index) => {
        const literalName = stringOf(block.body.attribute("name")?.value);
        const name = literalName !== void 0 && literalName !== "unknown" ? literalName : `#${index}`;
        containers.push({
          resource,
          kind: workload.kind,
          block,
          init,
          name,
          key: `${blockAddress(resource)}/${type}:${name}`,
          ...podSecurityContext ? { podSecurityContext } : {}
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
function securityContextValues(container) {
  const own = container.block.body.blocksOfType("security_context")[0];
  const pod = container.podSecurityContext;
  return {
    podRunAsNonRoot: pod ? boolOf(pod.body.attribute("run_as_non_root")?.value) : void 0,
    podRunAsUser: pod ? numberOf(pod.body.attribute("run_as_user")?.value) : void 0,
    runAsNonRoot: own ? boolOf(own.body.attribute("run_as_non_root")?.value) : void 0,
    runAsUser: own ? numberOf(own.body.attribute("run_as_user")?.value) : void 0
  };
}
function runAsUserValue(container, from) {
  const context = from === "container" ? container.block.body.blocksOfType("security_context")[0] : container.podSecurityContext;
  return context?.body.attribute("run_as_user")?.value;
}
function resourceSettings(container) {
  const body = container.block.body;
  const unknownAll = { limitsMemory: "unknown", limitsCpu: "unknown", requestsMemory: "unknown", requestsCpu: "unknown" };
  if (hasDynamic(body, "resources")) return unknownAll;
  const resources = body.blocksOfType("resources")[0];
  const section = (name) => (key) => {
    if (!resources) return "missing";
    if (hasDynamic(resources.body, name)) return "unknown";
    const attribute = resources.body.attribute(name);
    if (attribute) return presence(attribute.value.kind === "object" ? entryOf(attribute.value, key) : attribute.value.kind === "unknown" ? attribute.value : void 0);
    const block = resources.body.blocksOfType(name)[0];
    return presence(block?.body.attribute(key)?.value);
  };
  const limits = section("limits");
  const requests = section("requests");
  return { limitsMemory: limits("memory"), limitsCpu: limits("cpu"), requestsMemory: requests("memory"), requestsCpu: requests("cpu") };
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
  securityContextValues,
  runAsUserValue,
  resourceSettings,
  probePresence,
  terraformImages
};
