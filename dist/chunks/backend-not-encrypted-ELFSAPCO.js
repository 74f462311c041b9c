import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  partialBackend,
  stateEncryptionConfigured
} from "./chunk-JLLR7EJW.js";
import {
  boolOf
} from "./chunk-DAYPLTKD.js";
import "./chunk-O24M6ZPD.js";
import "./chunk-FDI3CXUN.js";
import "./chunk-4XWRCDWT.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/terraform/backend-not-encrypted.ts
var ENCRYPT_SETTING = { s3: "encrypt", oss: "encrypt", cos: "encrypt" };
var backend_not_encrypted_default = defineRule({
  meta: {
    id: "terraform/backend-not-encrypted",
    artifact: "terraform",
    policy: "state-safety",
    level: "warning",
    securitySeverity: 5,
    security: true,
    precision: "high",
    docs: {
      summary: "An s3 (or oss, cos) backend must set encrypt = true",
      rationale: "State holds every secret the configuration reads or creates (database passwords, keys, tokens) in clear text. `encrypt = true` makes the backend request server-side encryption for the state object, so a copy of the bucket or a leaked backup does not expose them.",
      remediation: "Set `encrypt = true` in the backend block (optionally with `kms_key_id`), or configure OpenTofu state encryption (`terraform { encryption { \u2026 } }`). An empty backend block is a partial configuration filled in at `init` time with `-backend-config` and is not judged.",
      references: ["https://developer.hashicorp.com/terraform/language/backend/s3#encrypt", "https://opentofu.org/docs/language/state/encryption/"]
    },
    messages: {
      missing: "the {{backend}} backend does not set `{{setting}} = true`, so state (with every secret in it) is stored unencrypted; add `{{setting}} = true`",
      disabled: "`{{setting}} = false` stores state (with every secret in it) unencrypted; set `{{setting}} = true`"
    }
  },
  check(view, ctx) {
    for (const settings of view.blocks.filter((block) => block.type === "terraform")) {
      if (stateEncryptionConfigured(settings)) continue;
      for (const backend of settings.body.blocksOfType("backend")) check(backend);
    }
    function check(backend) {
      const name = backend.labels[0]?.value ?? "";
      const setting = ENCRYPT_SETTING[name];
      if (!setting || partialBackend(backend)) return;
      const attribute = backend.body.attribute(setting);
      const encrypt = boolOf(attribute?.value);
      if (encrypt === true || encrypt === "unknown") return;
      if (attribute && encrypt === false) {
        ctx.report({ messageId: "disabled", data: { setting }, at: attribute.value, key: `backend.${name}` });
      } else if (!attribute) {
        ctx.report({ messageId: "missing", data: { backend: name, setting }, at: backend.header, key: `backend.${name}` });
      }
    }
  }
});
export {
  backend_not_encrypted_default as default
};
