import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  decodeSecretData
} from "./chunk-E4IBTNAP.js";
import {
  objectKey
} from "./chunk-CDIG7XST.js";
import {
  Secret
} from "./chunk-RVCXKKQP.js";
import {
  LEVEL_BY_CONFIDENCE,
  classifySecret
} from "./chunk-2Q6GDNEB.js";
import "./chunk-GMXNASOB.js";
import {
  scalarSubrange
} from "./chunk-AN6FSRJN.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import {
  get,
  nodeRange,
  pairs
} from "./chunk-WYMY3UWM.js";
import {
  require_dist
} from "./chunk-HWBIRAM6.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// rules/kubernetes/hardcoded-secret.ts
var import_yaml = __toESM(require_dist(), 1);
var hardcoded_secret_default = defineRule({
  meta: {
    id: "kubernetes/hardcoded-secret",
    artifact: "kubernetes",
    policy: "no-hardcoded-secrets",
    level: "error",
    securitySeverity: 8.5,
    security: true,
    precision: "high",
    docs: {
      summary: "Manifests must not contain literal credentials (env values, ConfigMaps, Secret data)",
      rationale: "A credential committed to a manifest is readable by everyone with access to the repository and its history, and by everyone who can read the object in the cluster; it cannot be rotated without a commit. The level follows the classifier's confidence: a known token format is an error, a secret-named key with a strong literal a warning, a weak one a note.",
      remediation: "Keep the value in a secret manager or an encrypted Secret (SealedSecrets, SOPS, External Secrets) and reference it: `valueFrom.secretKeyRef` for env, `envFrom.secretRef` for many. Rotate the credential that was committed."
    },
    messages: {
      env: 'env {{name}} of container "{{container}}" holds a literal credential ({{reason}}: {{secret}}); move it to a Secret and use valueFrom.secretKeyRef',
      configMap: 'ConfigMap "{{object}}" key {{name}} holds a credential ({{reason}}: {{secret}}); ConfigMaps are not secret: move it to a Secret from a secret manager',
      secret: 'Secret "{{object}}" key {{name}} holds a credential in clear ({{reason}}: {{secret}}); commit it encrypted (SealedSecret, SOPS) or source it from a secret manager'
    }
  },
  check(view, ctx) {
    if (view.sopsEncrypted) return;
    for (const container of view.containers) {
      const env = get(container.node, "env");
      if (!(0, import_yaml.isSeq)(env)) continue;
      for (const item of env.items) {
        if (!(0, import_yaml.isMap)(item)) continue;
        const nameNode = get(item, "name");
        const value = get(item, "value");
        if (!(0, import_yaml.isScalar)(nameNode) || !(0, import_yaml.isScalar)(value) || typeof value.value !== "string") continue;
        const name = String(nameNode.value);
        const verdict = classifySecret({ key: name, value: value.value });
        if (!verdict) continue;
        ctx.report({
          messageId: "env",
          data: { name, container: container.name ?? `#${container.index}`, reason: verdict.reason, secret: new Secret(value.value.slice(verdict.start, verdict.end)) },
          at: scalarSubrange(ctx.file, value, verdict.start, verdict.end),
          key: `${container.key}/env:${name}`,
          level: LEVEL_BY_CONFIDENCE[verdict.confidence]
        });
      }
    }
    for (const object of view.objects) {
      if (object.kind === "ConfigMap" && object.apiVersion === "v1") {
        checkEntries(object, "data", false, "configMap");
      } else if (object.kind === "Secret" && object.apiVersion === "v1") {
        checkEntries(object, "data", true, "secret");
        checkEntries(object, "stringData", false, "secret");
      }
    }
    function checkEntries(object, field, base64, messageId) {
      for (const pair of pairs(get(object.node, field))) {
        const node = pair.value;
        if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "string") continue;
        const name = String(pair.key.value);
        const text = base64 ? decodeSecretData(node.value) : node.value;
        if (text === void 0) continue;
        const verdict = classifySecret({ key: name, value: text });
        if (!verdict) continue;
        const at = base64 ? nodeRange(ctx.file, node) : scalarSubrange(ctx.file, node, verdict.start, verdict.end);
        ctx.report({
          messageId,
          data: { object: object.name ?? "", name, reason: verdict.reason, secret: new Secret(text.slice(verdict.start, verdict.end)) },
          at,
          key: `${objectKey(object)}/${field}:${name}`,
          level: LEVEL_BY_CONFIDENCE[verdict.confidence]
        });
      }
    }
  }
});
export {
  hardcoded_secret_default as default
};
