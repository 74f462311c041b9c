import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  kubernetesContainers,
  probeContext,
  probePresence
} from "./chunk-BBN6UGRQ.js";
import "./chunk-DAYPLTKD.js";
import "./chunk-O24M6ZPD.js";
import {
  probeMissing
} from "./chunk-RQCYYVTH.js";
import "./chunk-FDI3CXUN.js";
import "./chunk-MTZJL5LE.js";
import "./chunk-4XWRCDWT.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/terraform/missing-readiness-probe.ts
var missing_readiness_probe_default = defineRule({
  meta: {
    id: "terraform/missing-readiness-probe",
    artifact: "terraform",
    policy: "health-probes",
    level: "error",
    securitySeverity: 3,
    precision: "high",
    docs: {
      summary: "Long-running kubernetes_* containers must define a readiness_probe",
      rationale: "Without a readiness probe, traffic is sent to a pod as soon as its process starts, before it can serve, and to pods that are overloaded or have lost a dependency; rolling updates then cause errors.",
      remediation: 'Add a `readiness_probe` block (`http_get`, `tcp_socket`, `exec` or `grpc`) to each container of Pods, Deployments, StatefulSets, DaemonSets and ReplicationControllers, and to native sidecars (`init_container` with `restart_policy = "Always"`). Jobs, CronJobs, Pods with `restart_policy` `Never` or `OnFailure`, and other init containers run to completion and are not judged.',
      references: ["https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"]
    },
    messages: {
      missing: 'container "{{name}}" of this {{kind}} has no readiness_probe; add a `readiness_probe` block'
    }
  },
  check(view, ctx) {
    for (const container of kubernetesContainers(view)) {
      if (!probeMissing(probeContext(container), probePresence(container, "readiness_probe"))) continue;
      ctx.report({ messageId: "missing", data: { name: container.name, kind: container.kind }, at: container.block.header, key: container.key });
    }
  }
});
export {
  missing_readiness_probe_default as default
};
