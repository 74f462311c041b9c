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

// rules/terraform/missing-liveness-probe.ts
var missing_liveness_probe_default = defineRule({
  meta: {
    id: "terraform/missing-liveness-probe",
    artifact: "terraform",
    policy: "health-probes",
    level: "error",
    securitySeverity: 3,
    precision: "high",
    docs: {
      summary: "Long-running kubernetes_* containers must define a liveness_probe",
      rationale: "Without a liveness probe, a container that hangs (deadlock, exhausted pool) keeps running and keeps its share of traffic until someone restarts it by hand.",
      remediation: 'Add a `liveness_probe` block (`http_get`, `tcp_socket`, `exec` or `grpc`) to each container of Pods, Deployments, StatefulSets, DaemonSets and ReplicationControllers, and to native sidecars (`init_container` with `restart_policy = "Always"`). Jobs, CronJobs, Pods with `restart_policy` `Never` or `OnFailure`, and other init containers run to completion and are not judged.',
      references: ["https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"]
    },
    messages: {
      missing: 'container "{{name}}" of this {{kind}} has no liveness_probe; add a `liveness_probe` block'
    }
  },
  check(view, ctx) {
    for (const container of kubernetesContainers(view)) {
      if (!probeMissing(probeContext(container), probePresence(container, "liveness_probe"))) continue;
      ctx.report({ messageId: "missing", data: { name: container.name, kind: container.kind }, at: container.block.header, key: container.key });
    }
  }
});
export {
  missing_liveness_probe_default as default
};
