import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/checks/container-policy.ts
function nonRootVerdict(values) {
  const user = values.runAsUser !== void 0 ? values.runAsUser : values.podRunAsUser;
  const nonRoot = values.runAsNonRoot !== void 0 ? values.runAsNonRoot : values.podRunAsNonRoot;
  if (user === 0) return { verdict: "root-user", from: values.runAsUser !== void 0 ? "container" : "pod" };
  if (typeof user === "number" && user > 0) return { verdict: "ok" };
  if (nonRoot === true) return { verdict: "ok" };
  if (user === "unknown" || nonRoot === "unknown") return { verdict: "unknown" };
  return { verdict: "missing" };
}
function missingResources(settings) {
  const requests = [];
  if (settings.requestsCpu === "missing") requests.push("cpu");
  if (settings.requestsMemory === "missing") requests.push("memory");
  return {
    memoryLimit: settings.limitsMemory === "missing",
    cpuLimit: settings.limitsCpu === "missing",
    requests
  };
}
var LONG_RUNNING_KINDS = /* @__PURE__ */ new Set(["Pod", "Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController"]);
function probesRequired(kind) {
  return LONG_RUNNING_KINDS.has(kind);
}

export {
  nonRootVerdict,
  missingResources,
  probesRequired
};
