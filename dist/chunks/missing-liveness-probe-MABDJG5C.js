import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  containerAnchor,
  containersMissingProbe
} from "./chunk-7ZBIQ4JD.js";
import "./chunk-RQCYYVTH.js";
import "./chunk-MTZJL5LE.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-WYMY3UWM.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/kubernetes/missing-liveness-probe.ts
var missing_liveness_probe_default = defineRule({
  meta: {
    id: "kubernetes/missing-liveness-probe",
    artifact: "kubernetes",
    policy: "health-probes",
    level: "error",
    precision: "high",
    docs: {
      summary: "Containers of long-running workloads must define a livenessProbe",
      rationale: "Kubernetes restarts a container when its process exits, but not when it deadlocks or stops serving. A liveness probe lets the kubelet detect a stuck container and restart it. Jobs, CronJobs, Pods with restartPolicy Never or OnFailure, init containers and ephemeral containers are exempt: they run to completion (native sidecars, init containers with `restartPolicy: Always`, are not).",
      remediation: "Add a `livenessProbe` (httpGet, tcpSocket, grpc or exec) that fails only when a restart would help; give slow starters a `startupProbe`.",
      references: ["https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"]
    },
    messages: {
      missing: 'container "{{container}}" of {{kind}} "{{owner}}" has no livenessProbe; add one so a hung container is restarted'
    }
  },
  check(view, ctx) {
    for (const container of containersMissingProbe(view, "livenessProbe")) {
      const { owner } = container.pod;
      ctx.report({
        messageId: "missing",
        data: { container: container.name ?? `#${container.index}`, kind: owner.kind, owner: owner.name ?? "" },
        at: containerAnchor(ctx.file, container),
        key: container.key
      });
    }
  }
});
export {
  missing_liveness_probe_default as default
};
