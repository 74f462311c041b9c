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
  nodeRange,
  scalarString
} from "./chunk-WYMY3UWM.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";

// rules/kubernetes/cluster-admin-binding.ts
var cluster_admin_binding_default = defineRule({
  meta: {
    id: "kubernetes/cluster-admin-binding",
    artifact: "kubernetes",
    policy: "least-privilege",
    level: "warning",
    securitySeverity: 8,
    security: true,
    precision: "very-high",
    docs: {
      summary: "RoleBindings and ClusterRoleBindings should not grant cluster-admin",
      rationale: "cluster-admin allows every action on every resource. Bound to a service account, any pod using that account (or anyone who can create pods in its namespace) controls the whole cluster.",
      remediation: "Bind a Role or ClusterRole that lists only the permissions the subject needs.",
      references: ["https://kubernetes.io/docs/concepts/security/rbac-good-practices/"]
    },
    messages: {
      clusterAdmin: '{{kind}} "{{name}}" binds the cluster-admin role (every permission in the cluster); bind a role with only the permissions needed'
    }
  },
  check(view, ctx) {
    for (const object of view.objects) {
      if (object.kind !== "RoleBinding" && object.kind !== "ClusterRoleBinding") continue;
      const roleRef = get(object.node, "roleRef");
      const name = get(roleRef, "name");
      if (!name || scalarString(name) !== "cluster-admin" || scalarString(get(roleRef, "kind")) !== "ClusterRole") continue;
      ctx.report({ messageId: "clusterAdmin", data: { kind: object.kind, name: object.name ?? "" }, at: nodeRange(ctx.file, name), key: objectKey(object) });
    }
  }
});
export {
  cluster_admin_binding_default as default
};
