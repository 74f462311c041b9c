import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/checks/kubernetes-containers.ts
var UNKNOWN = /* @__PURE__ */ Symbol("unknown value");
function nonRootVerdict(container, pod) {
  const userLevel = container.runAsUser !== void 0 ? "container" : pod.runAsUser !== void 0 ? "pod" : void 0;
  const user = userLevel === "container" ? container.runAsUser : userLevel === "pod" ? pod.runAsUser : void 0;
  const nonRootLevel = container.runAsNonRoot !== void 0 ? "container" : pod.runAsNonRoot !== void 0 ? "pod" : void 0;
  const nonRoot = nonRootLevel === "container" ? container.runAsNonRoot : nonRootLevel === "pod" ? pod.runAsNonRoot : void 0;
  if (user !== void 0) {
    const uid = asInteger(user);
    if (uid === void 0) return { status: "unknown" };
    if (uid === 0) return { status: "root-uid", level: userLevel };
    return { status: "compliant" };
  }
  if (nonRoot === void 0) return { status: "missing" };
  const flag = asBoolean(nonRoot);
  if (flag === true) return { status: "compliant" };
  if (flag === false) return { status: "disabled", level: nonRootLevel };
  return { status: "unknown" };
}
function missingResources(has) {
  const missing = [];
  for (const resource of ["memory", "cpu"]) {
    const limit = has(`limits.${resource}`);
    const request = has(`requests.${resource}`);
    if (limit === false) missing.push(`limits.${resource}`);
    if (request === false && limit === false) missing.push(`requests.${resource}`);
  }
  return missing;
}
function needsResources(role) {
  return role !== "ephemeral";
}
var LONG_RUNNING_KINDS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Rollout", "DeploymentConfig"]);
function isLongRunning(workloadKind, podRestartPolicy) {
  if (workloadKind === "Pod") return podRestartPolicy === void 0 || podRestartPolicy === "Always";
  return LONG_RUNNING_KINDS.has(workloadKind);
}
function needsProbes(input) {
  if (!isLongRunning(input.workloadKind, input.podRestartPolicy)) return false;
  return input.role === "container" || input.role === "init" && input.sidecar === true;
}
var DANGEROUS_CAPABILITIES = /* @__PURE__ */ new Set([
  "ALL",
  "SYS_ADMIN",
  "NET_ADMIN",
  "SYS_PTRACE",
  "SYS_MODULE",
  "SYS_RAWIO",
  "SYS_BOOT",
  "SYS_TIME",
  "DAC_READ_SEARCH",
  "BPF",
  "PERFMON",
  "MAC_ADMIN",
  "MAC_OVERRIDE",
  "SYSLOG"
]);
function normalizeCapability(name) {
  return name.trim().toUpperCase().replace(/^CAP_/, "");
}
function asInteger(value) {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "bigint") return Number(value);
  if (typeof value === "string" && /^\d+$/.test(value.trim())) return Number(value.trim());
  return void 0;
}
function asBoolean(value) {
  if (typeof value === "boolean") return value;
  if (value === "true") return true;
  if (value === "false") return false;
  return void 0;
}

export {
  UNKNOWN,
  nonRootVerdict,
  missingResources,
  needsResources,
  needsProbes,
  DANGEROUS_CAPABILITIES,
  normalizeCapability,
  asInteger,
  asBoolean
};
