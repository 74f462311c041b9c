import { defineRule } from '../../src/core/rule.js';
import { objectKey } from '../../src/parsers/kubernetes/view.js';
import { get, nodeRange, scalarString } from '../../src/parsers/yaml/parse.js';

/** cluster-admin is the superuser role: binding it to a workload's account hands over the cluster. */
export default defineRule({
  meta: {
    id: 'kubernetes/cluster-admin-binding',
    artifact: 'kubernetes',
    policy: 'least-privilege',
    level: 'warning',
    securitySeverity: 8.0,
    security: true,
    precision: 'very-high',
    docs: {
      summary: 'RoleBindings and ClusterRoleBindings should not grant cluster-admin',
      rationale:
        'cluster-admin allows every action on every resource. Bound to a service account, any pod using that account (or anyone who can create pods in its namespace) controls the whole cluster.',
      remediation: 'Bind a Role or ClusterRole that lists only the permissions the subject needs.',
      references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
    },
    messages: {
      clusterAdmin: '{{kind}} "{{name}}" binds the cluster-admin role (every permission in the cluster); bind a role with only the permissions needed',
    },
  },
  check(view, ctx) {
    for (const object of view.objects) {
      if (object.kind !== 'RoleBinding' && object.kind !== 'ClusterRoleBinding') continue;
      const roleRef = get(object.node, 'roleRef');
      const name = get(roleRef, 'name');
      if (!name || scalarString(name) !== 'cluster-admin' || scalarString(get(roleRef, 'kind')) !== 'ClusterRole') continue;
      ctx.report({ messageId: 'clusterAdmin', data: { kind: object.kind, name: object.name ?? '' }, at: nodeRange(ctx.file, name), key: objectKey(object) });
    }
  },
});
