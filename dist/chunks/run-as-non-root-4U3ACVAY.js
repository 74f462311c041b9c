import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  kubernetesContainers,
  runAsSettings,
  securityContextBlock
} from "./chunk-BBN6UGRQ.js";
import "./chunk-DAYPLTKD.js";
import "./chunk-O24M6ZPD.js";
import {
  nonRootVerdict
} from "./chunk-RQCYYVTH.js";
import "./chunk-FDI3CXUN.js";
import "./chunk-MTZJL5LE.js";
import "./chunk-4XWRCDWT.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/terraform/run-as-non-root.ts
var run_as_non_root_default = defineRule({
  meta: {
    id: "terraform/run-as-non-root",
    artifact: "terraform",
    policy: "non-root",
    level: "error",
    securitySeverity: 7,
    security: true,
    precision: "high",
    docs: {
      summary: "kubernetes_* containers must run as a non-root user",
      rationale: "A container without `run_as_non_root = true` or a non-zero `run_as_user` runs as whatever user its image names, usually root. A process escaping the container, or a vulnerability in the app, then has root privileges on the node resources it can reach.",
      remediation: "Set `security_context { run_as_non_root = true }` and a non-zero `run_as_user` on the pod spec or on the container (the container setting wins), and build the image with a non-root USER.",
      references: ["https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"]
    },
    messages: {
      missing: 'container "{{name}}" may run as root: neither it nor its pod sets `security_context {{example}}`; set `run_as_non_root = true` and a non-zero `run_as_user`',
      rootUser: 'container "{{name}}" runs as uid 0 (root) through {{where}}`run_as_user = 0`; use a non-zero uid',
      disabled: 'container "{{name}}" may run as root: {{where}}`run_as_non_root = false` and no non-zero `run_as_user` is set; set `run_as_non_root = true`'
    }
  },
  check(view, ctx) {
    for (const container of kubernetesContainers(view)) {
      const verdict = nonRootVerdict(runAsSettings(container, "container"), runAsSettings(container, "pod"));
      if (verdict.status === "missing") {
        ctx.report({ messageId: "missing", data: { name: container.name, example: "{ run_as_non_root = true }" }, at: container.block.header, key: container.key });
      } else if (verdict.status === "root-uid" || verdict.status === "disabled") {
        const field = verdict.status === "root-uid" ? "run_as_user" : "run_as_non_root";
        const at = securityContextBlock(container, verdict.level)?.body.attribute(field)?.value ?? container.block.header;
        ctx.report({
          messageId: verdict.status === "root-uid" ? "rootUser" : "disabled",
          data: { name: container.name, where: verdict.level === "pod" ? "the pod's " : "" },
          at,
          key: container.key
        });
      }
    }
  }
});
export {
  run_as_non_root_default as default
};
