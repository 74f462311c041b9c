import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  imagePinning,
  parseImageRef
} from "./chunk-MTZJL5LE.js";

// src/checks/container-policy.ts
function nonRootVerdict(container, pod) {
  const userLevel = container.runAsUser !== void 0 ? "container" : pod.runAsUser !== void 0 ? "pod" : void 0;
  const nonRootLevel = container.runAsNonRoot !== void 0 ? "container" : pod.runAsNonRoot !== void 0 ? "pod" : void 0;
  const user = userLevel === "container" ? container.runAsUser : userLevel === "pod" ? pod.runAsUser : void 0;
  const nonRoot = nonRootLevel === "container" ? container.runAsNonRoot : nonRootLevel === "pod" ? pod.runAsNonRoot : void 0;
  if (userLevel !== void 0) {
    if (user === 0) return { status: "root-uid", level: userLevel };
    if (typeof user === "number" && Number.isInteger(user) && user > 0) return { status: "compliant" };
    return { status: "unknown" };
  }
  if (nonRootLevel === void 0) return { status: "missing" };
  if (nonRoot === true) return { status: "compliant" };
  if (nonRoot === false) return { status: "disabled", level: nonRootLevel };
  return { status: "unknown" };
}
function missingResources(role, settings) {
  if (role === "ephemeral") return [];
  const missing = [];
  for (const resource of ["memory", "cpu"]) {
    const limit = settings[`limits.${resource}`];
    if (limit === "missing") missing.push(`limits.${resource}`);
    if (limit === "missing" && settings[`requests.${resource}`] === "missing") missing.push(`requests.${resource}`);
  }
  return missing;
}
var LONG_RUNNING_KINDS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Rollout", "DeploymentConfig"]);
function isLongRunning(workloadKind, podRestartPolicy) {
  if (workloadKind === "Pod") return podRestartPolicy === void 0 || podRestartPolicy === "Always";
  return LONG_RUNNING_KINDS.has(workloadKind);
}
function needsProbes(context) {
  if (!isLongRunning(context.workloadKind, context.podRestartPolicy)) return false;
  return context.role === "container" || context.role === "init" && context.sidecar;
}
function probeMissing(context, probe) {
  return probe === "missing" && needsProbes(context);
}
function judgeImage(reference) {
  const ref = parseImageRef(reference);
  if (!ref) return void 0;
  const pinning = imagePinning(ref);
  if ((pinning === "latest" || pinning === "tagged") && ref.tag) return { pinning, tag: { start: ref.tag.start, end: ref.tag.end } };
  return { pinning };
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

export {
  nonRootVerdict,
  missingResources,
  probeMissing,
  judgeImage,
  DANGEROUS_CAPABILITIES,
  normalizeCapability
};
