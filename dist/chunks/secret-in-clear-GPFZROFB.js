import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  decodeSecretData
} from "./chunk-E4IBTNAP.js";
import {
  objectAnchor
} from "./chunk-7ZBIQ4JD.js";
import {
  objectKey
} from "./chunk-CDIG7XST.js";
import "./chunk-RQCYYVTH.js";
import "./chunk-MTZJL5LE.js";
import {
  isReferenceOrPlaceholder
} from "./chunk-2Q6GDNEB.js";
import "./chunk-GMXNASOB.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import {
  getPair,
  nodeRange,
  pairs
} from "./chunk-WYMY3UWM.js";
import {
  require_dist
} from "./chunk-HWBIRAM6.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// rules/kubernetes/secret-in-clear.ts
var import_yaml = __toESM(require_dist(), 1);
var secret_in_clear_default = defineRule({
  meta: {
    id: "kubernetes/secret-in-clear",
    artifact: "kubernetes",
    policy: "no-hardcoded-secrets",
    level: "warning",
    securitySeverity: 7,
    security: true,
    precision: "high",
    docs: {
      summary: "Secret manifests must not be committed with their values in clear",
      rationale: "The `data` of a Secret is only base64-encoded: anyone who can read the repository can decode it. Committed Secrets spread credentials to every clone, fork and CI log, and stay in history after removal. SealedSecrets, SOPS-encrypted files and External Secrets keep the value out of the repository.",
      remediation: "Replace the manifest with a SealedSecret, encrypt the file with SOPS, or create the Secret from a secret manager (External Secrets Operator, CSI secrets store). Rotate the values that were committed.",
      references: ["https://kubernetes.io/docs/concepts/security/secrets-good-practices/"]
    },
    messages: {
      clear: 'Secret "{{name}}" is committed with {{count}} value(s) in clear in {{fields}} (base64 is not encryption); use a SealedSecret, SOPS or an external secret store'
    }
  },
  check(view, ctx) {
    if (view.sopsEncrypted) return;
    for (const object of view.objects) {
      if (object.kind !== "Secret" || object.apiVersion !== "v1") continue;
      let count = 0;
      const fields = [];
      let first;
      for (const field of ["data", "stringData"]) {
        const pair = getPair(object.node, field);
        let n = 0;
        for (const entry of pairs(pair?.value)) {
          const value = entry.value;
          if (!(0, import_yaml.isScalar)(value) || typeof value.value !== "string") continue;
          const text = field === "data" ? decodeSecretData(value.value) ?? value.value : value.value;
          if (isReferenceOrPlaceholder(text)) continue;
          n++;
        }
        if (n > 0) {
          count += n;
          fields.push(field);
          first ??= pair.key;
        }
      }
      if (count === 0) continue;
      ctx.report({
        messageId: "clear",
        data: { name: object.name ?? "", count, fields: fields.join(" and ") },
        at: first ? nodeRange(ctx.file, first) : objectAnchor(ctx.file, object),
        key: objectKey(object)
      });
    }
  }
});
export {
  secret_in_clear_default as default
};
