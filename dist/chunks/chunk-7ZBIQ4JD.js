import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  probeMissing
} from "./chunk-RQCYYVTH.js";
import {
  get,
  nodeRange
} from "./chunk-WYMY3UWM.js";
import {
  require_dist
} from "./chunk-HWBIRAM6.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// src/parsers/kubernetes/locate.ts
var import_yaml = __toESM(require_dist(), 1);
function containerAnchor(file, container) {
  if (container.nameNode) return nodeRange(file, container.nameNode);
  const first = container.node.items[0]?.key;
  return first?.range ? nodeRange(file, first) : nodeRange(file, container.node);
}
function objectAnchor(file, object) {
  return nodeRange(file, object.nameNode ?? object.kindNode);
}
function knownField(node, convert) {
  if (node === void 0 || (0, import_yaml.isScalar)(node) && node.value === null) return void 0;
  return ((0, import_yaml.isScalar)(node) ? convert(node.value) : void 0) ?? "unknown";
}
function runAsSettings(securityContext) {
  return {
    runAsNonRoot: knownField(get(securityContext, "runAsNonRoot"), asBoolean),
    runAsUser: knownField(get(securityContext, "runAsUser"), asInteger)
  };
}
function resourceSettings(container) {
  const presence = (field) => {
    const [section, name] = field.split(".");
    const resources = get(container.node, "resources");
    if (resources === void 0 || (0, import_yaml.isScalar)(resources) && resources.value === null) return "missing";
    if (!(0, import_yaml.isMap)(resources)) return "unknown";
    const values = get(resources, section);
    if (values === void 0 || (0, import_yaml.isScalar)(values) && values.value === null) return "missing";
    if (!(0, import_yaml.isMap)(values)) return "unknown";
    const value = get(values, name);
    return value === void 0 || (0, import_yaml.isScalar)(value) && (value.value === null || value.value === "") ? "missing" : "set";
  };
  return {
    "limits.memory": presence("limits.memory"),
    "limits.cpu": presence("limits.cpu"),
    "requests.memory": presence("requests.memory"),
    "requests.cpu": presence("requests.cpu")
  };
}
function probePresence(container, field) {
  return get(container.node, field) !== void 0 ? "set" : "missing";
}
function probeContext(container) {
  return {
    workloadKind: container.pod.owner.kind,
    role: container.role,
    sidecar: container.sidecar,
    ...container.pod.restartPolicy !== void 0 ? { podRestartPolicy: container.pod.restartPolicy } : {}
  };
}
function asBoolean(value) {
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  return void 0;
}
function asInteger(value) {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" && /^\d+$/.test(value.trim())) return Number(value.trim());
  return void 0;
}
function isPrivileged(container) {
  const value = get(container.securityContext, "privileged");
  return (0, import_yaml.isScalar)(value) && asBoolean(value.value) === true;
}
function containersMissingProbe(view, field) {
  return view.containers.filter((c) => !c.partial && probeMissing(probeContext(c), probePresence(c, field)));
}

export {
  containerAnchor,
  objectAnchor,
  runAsSettings,
  resourceSettings,
  asBoolean,
  asInteger,
  isPrivileged,
  containersMissingProbe
};
