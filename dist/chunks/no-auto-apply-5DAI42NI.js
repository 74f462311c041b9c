import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  blockAddress,
  boolOf,
  resourcesOfType
} from "./chunk-DAYPLTKD.js";
import "./chunk-O24M6ZPD.js";
import "./chunk-FDI3CXUN.js";
import "./chunk-4XWRCDWT.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/terraform/no-auto-apply.ts
var WORKSPACE_TYPES = /* @__PURE__ */ new Set(["tfe_workspace", "tfe_workspace_settings"]);
var no_auto_apply_default = defineRule({
  meta: {
    id: "terraform/no-auto-apply",
    artifact: "terraform",
    policy: "no-auto-apply",
    level: "warning",
    securitySeverity: 4,
    precision: "very-high",
    docs: {
      summary: "HCP Terraform / Terraform Enterprise workspaces must not auto-apply",
      rationale: "With `auto_apply = true` every successful plan is applied at once: a destructive change (a replaced database, a deleted bucket) reaches production without anyone reading the plan.",
      remediation: "Remove `auto_apply` (it defaults to false) so runs wait for a confirmed apply after the plan is reviewed.",
      references: ["https://registry.terraform.io/providers/hashicorp/tfe/latest/docs/resources/workspace#auto_apply"]
    },
    messages: {
      autoApply: "`auto_apply = true` applies every plan without review; remove it so a person confirms each apply"
    }
  },
  check(view, ctx) {
    for (const workspace of resourcesOfType(view.blocks, WORKSPACE_TYPES)) {
      const attribute = workspace.body.attribute("auto_apply");
      if (attribute && boolOf(attribute.value) === true) {
        ctx.report({ messageId: "autoApply", at: attribute.value, key: blockAddress(workspace) });
      }
    }
  }
});
export {
  no_auto_apply_default as default
};
