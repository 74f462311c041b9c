import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  containerAnchor,
  runAsSettings
} from "./chunk-7ZBIQ4JD.js";
import {
  nonRootVerdict
} from "./chunk-RQCYYVTH.js";
import "./chunk-MTZJL5LE.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import {
  get,
  nodeRange
} from "./chunk-WYMY3UWM.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/kubernetes/run-as-non-root.ts
var run_as_non_root_default = defineRule({
  meta: {
    id: "kubernetes/run-as-non-root",
    artifact: "kubernetes",
    policy: "non-root",
    level: "error",
    securitySeverity: 7,
    security: true,
    precision: "high",
    docs: {
      summary: "Containers must run as non-root (runAsNonRoot: true or runAsUser > 0)",
      rationale: "Without runAsNonRoot or a non-zero runAsUser, a container runs as whatever user its image says, which is root for most images. A process escaping the container, or a vulnerability in the app, then has root on the files and kernel interfaces it reaches. `runAsUser: 0` is root even with `runAsNonRoot: true` (the kubelet then refuses to start it).",
      remediation: "Set `securityContext.runAsNonRoot: true` and a non-zero `runAsUser` (e.g. 10001) on the pod (`spec.securityContext`) or on each container; a container's setting overrides the pod's.",
      references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"]
    },
    messages: {
      missing: 'container "{{container}}" may run as root: neither it nor its pod sets securityContext.runAsNonRoot or runAsUser; set securityContext.runAsNonRoot: true (and a non-zero runAsUser)',
      rootUid: 'container "{{container}}" runs as root: {{where}}securityContext.runAsUser is 0; use a non-zero uid',
      disabled: 'container "{{container}}" may run as root: {{where}}securityContext.runAsNonRoot is false and no non-zero runAsUser is set; set runAsNonRoot: true'
    }
  },
  check(view, ctx) {
    for (const container of view.containers) {
      const verdict = nonRootVerdict(runAsSettings(container.securityContext), runAsSettings(container.pod.securityContext));
      const name = container.name ?? `#${container.index}`;
      if (verdict.status === "missing") {
        if (container.partial) continue;
        ctx.report({ messageId: "missing", data: { container: name }, at: containerAnchor(ctx.file, container), key: container.key });
      } else if (verdict.status === "root-uid" || verdict.status === "disabled") {
        const context = verdict.level === "container" ? container.securityContext : container.pod.securityContext;
        const value = get(context, verdict.status === "root-uid" ? "runAsUser" : "runAsNonRoot");
        ctx.report({
          messageId: verdict.status === "root-uid" ? "rootUid" : "disabled",
          data: { container: name, where: verdict.level === "pod" ? "the pod-level " : "" },
          at: value ? nodeRange(ctx.file, value) : containerAnchor(ctx.file, container),
          key: container.key
        });
      }
    }
  }
});
export {
  run_as_non_root_default as default
};
