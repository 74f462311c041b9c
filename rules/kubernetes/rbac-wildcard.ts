import { isMap, isScalar, isSeq } from 'yaml';
import { defineRule } from '../../src/core/rule.js';
import { objectKey } from '../../src/parsers/kubernetes/view.js';
import { get, nodeRange } from '../../src/parsers/yaml/parse.js';

/** `*` in a Role grants every verb or resource, including ones added in later Kubernetes versions. */
export default defineRule({
  meta: {
    id: 'kubernetes/rbac-wildcard',
    artifact: 'kubernetes',
    policy: 'least-privilege',
    level: 'warning',
    securitySeverity: 7.0,
    security: true,
    precision: 'very-high',
    docs: {
      summary: 'Roles and ClusterRoles should not grant `*` verbs or resources',
      rationale:
        'A wildcard grants everything, now and in the future: `resources: ["*"]` includes Secrets and RBAC objects, `verbs: ["*"]` includes escalate, bind and impersonate. A compromised service account with such a role controls the namespace (or the cluster).',
      remediation: 'List the verbs and resources the subject needs (e.g. `verbs: [get, list, watch]`, `resources: [configmaps]`).',
      references: ['https://kubernetes.io/docs/concepts/security/rbac-good-practices/'],
    },
    messages: {
      wildcard: '{{kind}} "{{name}}" grants {{field}}: "*"; list only the {{field}} it needs',
    },
  },
  check(view, ctx) {
    for (const object of view.objects) {
      if (object.kind !== 'Role' && object.kind !== 'ClusterRole') continue;
      if (!object.apiVersion.startsWith('rbac.authorization.k8s.io/')) continue;
      const rules = get(object.node, 'rules');
      if (!isSeq(rules)) continue;
      rules.items.forEach((rule, index) => {
        if (!isMap(rule)) return;
        for (const field of ['verbs', 'resources'] as const) {
          const list = get(rule, field);
          if (!isSeq(list)) continue;
          const star = list.items.find((i) => isScalar(i) && i.value === '*');
          if (!star) continue;
          ctx.report({
            messageId: 'wildcard',
            data: { kind: object.kind, name: object.name ?? '', field },
            at: nodeRange(ctx.file, star as never),
            key: `${objectKey(object)}/rule:${index}/${field}`,
          });
        }
      });
    }
  },
});
