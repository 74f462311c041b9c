import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  objectAnchor
} from "./chunk-7ZBIQ4JD.js";
import {
  objectKey
} from "./chunk-CDIG7XST.js";
import "./chunk-RQCYYVTH.js";
import "./chunk-MTZJL5LE.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import {
  get
} from "./chunk-WYMY3UWM.js";
import {
  require_dist
} from "./chunk-HWBIRAM6.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// rules/kubernetes/ingress-without-tls.ts
var import_yaml = __toESM(require_dist(), 1);
var ingress_without_tls_default = defineRule({
  meta: {
    id: "kubernetes/ingress-without-tls",
    artifact: "kubernetes",
    policy: "network-exposure",
    level: "warning",
    securitySeverity: 5,
    security: true,
    precision: "high",
    docs: {
      summary: "Ingresses should terminate TLS (spec.tls)",
      rationale: "Without `spec.tls` the ingress controller serves the hosts over plain HTTP: credentials, cookies and data cross the network readable and modifiable by anyone on the path.",
      remediation: "Add `spec.tls` with the hosts and a certificate Secret (cert-manager can issue and renew it).",
      references: ["https://kubernetes.io/docs/concepts/services-networking/ingress/#tls"]
    },
    messages: {
      noTls: 'Ingress "{{name}}" has no spec.tls, so it serves plain HTTP; add spec.tls with a certificate Secret'
    }
  },
  check(view, ctx) {
    for (const object of view.objects) {
      if (object.kind !== "Ingress") continue;
      const spec = get(object.node, "spec");
      if (spec === void 0) continue;
      const tls = get(spec, "tls");
      if (tls !== void 0 && !((0, import_yaml.isSeq)(tls) && tls.items.length === 0)) continue;
      ctx.report({ messageId: "noTls", data: { name: object.name ?? "" }, at: objectAnchor(ctx.file, object), key: objectKey(object) });
    }
  }
});
export {
  ingress_without_tls_default as default
};
