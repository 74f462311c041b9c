import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  objectKey
} from "./chunk-CDIG7XST.js";
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

// rules/kubernetes/rbac-wildcard.ts
var import_yaml = __toESM(require_dist(), 1);
var rbac_wildcard_default = defineRule({
  meta: {
    id: "kubernetes/rbac-wildcard",
    artifact: "kubernetes",
    policy: "least-privilege",
    level: "warning",
    securitySeverity: 7,
    security: true,
    precision: "very-high",
    docs: {
      summary: "Roles and ClusterRoles should not grant `*` verbs or resources",
      rationale: 'A wildcard grants everything, now and in the future: `resources: ["*"]` includes Secrets and RBAC objects, `verbs: ["*"]` includes escalate, bind and impersonate. A compromised service account with such a role controls the namespace (or the cluster).',
      remediation: "List the verbs and resources the subject needs (e.g. `verbs: [get, list, watch]`, `resources: [configmaps]`).",
      references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"]
    },
    messages: {
      wildcard: '{{kind}} "{{name}}" grants {{field}}: "*"; list only the {{field}} it needs'
    }
  },
  check(view, ctx) {
    for (const object of view.objects) {
      if (object.kind !== "Role" && object.kind !== "ClusterRole") continue;
      if (!object.apiVersion.startsWith("rbac.authorization.k8s.io/")) continue;
      const rules = get(object.node, "rules");
      if (!(0, import_yaml.isSeq)(rules)) continue;
      rules.items.forEach((rule, index) => {
        if (!(0, import_yaml.isMap)(rule)) return;
        for (const field of ["verbs", "resources"]) {
          const list = get(rule, field);
          if (!(0, import_yaml.isSeq)(list)) continue;
          const star = list.items.find((i) => (0, import_yaml.isScalar)(i) && i.value === "*");
          if (!star) continue;
          ctx.report({
            messageId: "wildcard",
            data: { kind: object.kind, name: object.name ?? "", field },
            at: nodeRange(ctx.file, star),
            key: `${objectKey(object)}/rule:${index}/${field}`
          });
        }
      });
    }
  }
});
export {
  rbac_wildcard_default as default
};
