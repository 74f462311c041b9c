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

// rules/kubernetes/missing-readiness-probe.ts
var missing_readiness_probe_default = defineRule({
  meta: {
    id: "kubernetes/missing-readiness-probe",
    artifact: "kubernetes",
    policy: "health-probes",
    level: "error",
    precision: "high",
    docs: {
      summary: "Containers of long-running workloads must define a readinessProbe",
      rationale: "Without a readiness probe a pod receives Service traffic as soon as its process starts, before it can serve, and keeps receiving it while it is overloaded or shutting down. Rolling updates then cause errors, and a bad release is not held back. Jobs, CronJobs, Pods with restartPolicy Never or OnFailure, init containers and ephemeral containers are exempt (native sidecars, init containers with `restartPolicy: Always`, are not).",
      remediation: "Add a `readinessProbe` that succeeds only when the container can serve requests (e.g. an httpGet on a /ready endpoint).",
      references: ["https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/"]
    },
    messages: {
      missing: 'container "{{container}}" of {{kind}} "{{owner}}" has no readinessProbe; add one so traffic only reaches it when it can serve'
    }
  },
  check(view, ctx) {
    for (const container of containersMissingProbe(view, "readinessProbe")) {
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
  missing_readiness_probe_default as default
};
