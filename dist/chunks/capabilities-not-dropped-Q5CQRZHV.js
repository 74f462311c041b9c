import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  containerAnchor,
  isPrivileged
} from "./chunk-7ZBIQ4JD.js";
import {
  normalizeCapability
} from "./chunk-RQCYYVTH.js";
import "./chunk-MTZJL5LE.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
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

// rules/kubernetes/capabilities-not-dropped.ts
var import_yaml = __toESM(require_dist(), 1);
var capabilities_not_dropped_default = defineRule({
  meta: {
    id: "kubernetes/capabilities-not-dropped",
    artifact: "kubernetes",
    policy: "least-privilege",
    level: "note",
    securitySeverity: 3,
    security: true,
    precision: "high",
    docs: {
      summary: "Containers should drop ALL capabilities and add back only what they need",
      rationale: "The container runtime grants a default capability set (NET_RAW, SETUID, CHOWN, DAC_OVERRIDE, \u2026). NET_RAW alone allows ARP and DNS spoofing inside the pod network. Dropping ALL and adding back the few a workload needs removes that attack surface.",
      remediation: "Set `securityContext.capabilities.drop: [ALL]`, and `add:` only what is needed (e.g. NET_BIND_SERVICE).",
      references: ["https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted"]
    },
    messages: {
      missing: 'container "{{container}}" does not drop capabilities; set securityContext.capabilities.drop: [ALL] and add back only what it needs',
      partial: 'container "{{container}}" drops some capabilities but not ALL; use capabilities.drop: [ALL] and add back only what it needs'
    }
  },
  check(view, ctx) {
    for (const container of view.containers) {
      if (isPrivileged(container)) continue;
      const drop = get(get(container.securityContext, "capabilities"), "drop");
      const name = container.name ?? `#${container.index}`;
      if (drop === void 0) {
        if (container.partial) continue;
        ctx.report({ messageId: "missing", data: { container: name }, at: containerAnchor(ctx.file, container), key: container.key });
        continue;
      }
      if (!(0, import_yaml.isSeq)(drop)) continue;
      const names = drop.items.map((i) => (0, import_yaml.isScalar)(i) && typeof i.value === "string" ? normalizeCapability(i.value) : void 0);
      if (names.includes("ALL") || names.includes(void 0)) continue;
      ctx.report({ messageId: "partial", data: { container: name }, at: nodeRange(ctx.file, drop), key: container.key });
    }
  }
});
export {
  capabilities_not_dropped_default as default
};
