import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  boolOf
} from "./chunk-DAYPLTKD.js";
import "./chunk-O24M6ZPD.js";
import "./chunk-FDI3CXUN.js";
import "./chunk-4XWRCDWT.js";
import "./chunk-2Q6GDNEB.js";
import {
  isSecretName
} from "./chunk-GMXNASOB.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/terraform/secret-variable-not-sensitive.ts
var secret_variable_not_sensitive_default = defineRule({
  meta: {
    id: "terraform/secret-variable-not-sensitive",
    artifact: "terraform",
    policy: "no-hardcoded-secrets",
    level: "warning",
    securitySeverity: 4,
    security: true,
    precision: "high",
    docs: {
      summary: "Variables whose name says secret must set sensitive = true",
      rationale: "Terraform prints variable values in plan and apply output, and CI logs keep that output. `sensitive = true` redacts the value everywhere it is shown and marks everything derived from it as sensitive too.",
      remediation: "Add `sensitive = true` to the variable block. Variables of type bool or number (`create_secret`, `token_ttl`) are not credentials and are not judged.",
      references: ["https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output"]
    },
    messages: {
      missing: 'variable "{{name}}" looks like a credential but is not marked sensitive, so its value is shown in plan output and logs; add `sensitive = true`',
      disabled: 'variable "{{name}}" looks like a credential; `sensitive = false` shows its value in plan output and logs; set `sensitive = true`'
    }
  },
  check(view, ctx) {
    for (const variable of view.blocks) {
      const name = variable.labels[0]?.value;
      if (variable.type !== "variable" || name === void 0 || !isSecretName(name) || isScalarNonString(variable)) continue;
      const attribute = variable.body.attribute("sensitive");
      const sensitive = boolOf(attribute?.value);
      if (sensitive === true || sensitive === "unknown") continue;
      if (attribute) ctx.report({ messageId: "disabled", data: { name }, at: attribute.value, key: `variable.${name}` });
      else ctx.report({ messageId: "missing", data: { name }, at: variable.header, key: `variable.${name}` });
    }
  }
});
function isScalarNonString(variable) {
  const type = variable.body.attribute("type")?.value;
  if (type?.kind === "unknown" && /^(bool|number)$/.test(type.text.trim())) return true;
  const fallback = variable.body.attribute("default")?.value;
  return fallback?.kind === "bool" || fallback?.kind === "number";
}
export {
  secret_variable_not_sensitive_default as default
};
