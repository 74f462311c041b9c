import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  partialBackend
} from "./chunk-JLLR7EJW.js";
import {
  boolOf,
  stringOf
} from "./chunk-DAYPLTKD.js";
import "./chunk-O24M6ZPD.js";
import "./chunk-FDI3CXUN.js";
import "./chunk-4XWRCDWT.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/terraform/backend-without-locking.ts
var LOCKING = {
  s3: (backend) => anyTrue(backend, "use_lockfile") || anySet(backend, "dynamodb_table"),
  oss: (backend) => anySet(backend, "tablestore_table"),
  consul: (backend) => boolOf(backend.body.attribute("lock")?.value) !== false,
  http: (backend) => anySet(backend, "lock_address")
};
var HOW = {
  s3: "`use_lockfile = true` (or `dynamodb_table`)",
  oss: "`tablestore_table`",
  consul: "`lock = true`",
  http: "`lock_address`"
};
function anyTrue(backend, name) {
  const value = boolOf(backend.body.attribute(name)?.value);
  return value === true || value === "unknown";
}
function anySet(backend, name) {
  const value = stringOf(backend.body.attribute(name)?.value);
  return value !== void 0 && value !== "";
}
var backend_without_locking_default = defineRule({
  meta: {
    id: "terraform/backend-without-locking",
    artifact: "terraform",
    policy: "state-safety",
    level: "warning",
    securitySeverity: 4,
    precision: "high",
    docs: {
      summary: "A remote backend must lock the state (s3: use_lockfile or dynamodb_table)",
      rationale: "Without a lock, two runs (two engineers, or CI and an engineer) can apply at the same time: each writes its own view of the state, the last write wins, and resources the other created are forgotten or duplicated.",
      remediation: 's3: set `use_lockfile = true` (Terraform 1.10+, OpenTofu 1.10+) or `dynamodb_table = "\u2026"`; oss: `tablestore_table`; http: `lock_address`; consul: do not set `lock = false`. An empty backend block is a partial configuration filled in at `init` time and is not judged.',
      references: ["https://developer.hashicorp.com/terraform/language/backend/s3#state-locking", "https://developer.hashicorp.com/terraform/language/state/locking"]
    },
    messages: {
      missing: "the {{backend}} backend has no state locking, so concurrent runs can corrupt the state; add {{how}}"
    }
  },
  check(view, ctx) {
    for (const settings of view.blocks.filter((block) => block.type === "terraform")) {
      for (const backend of settings.body.blocksOfType("backend")) {
        const name = backend.labels[0]?.value ?? "";
        const locks = LOCKING[name];
        if (!locks || partialBackend(backend) || locks(backend) !== false) continue;
        const lockAttribute = name === "consul" ? backend.body.attribute("lock") : void 0;
        ctx.report({ messageId: "missing", data: { backend: name, how: HOW[name] }, at: lockAttribute?.value ?? backend.header, key: `backend.${name}` });
      }
    }
  }
});
export {
  backend_without_locking_default as default
};
