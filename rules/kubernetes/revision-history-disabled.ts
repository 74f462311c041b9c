import { isScalar } from 'yaml';
import { defineRule } from '../../src/core/rule.js';
import { asInteger } from '../../src/parsers/kubernetes/locate.js';
import { objectKey } from '../../src/parsers/kubernetes/view.js';
import { get, nodeRange } from '../../src/parsers/yaml/parse.js';

const KINDS = new Set(['Deployment', 'StatefulSet', 'DaemonSet', 'Rollout']);

/** `revisionHistoryLimit: 0` deletes every old ReplicaSet, so `kubectl rollout undo` has nothing to go back to. */
export default defineRule({
  meta: {
    id: 'kubernetes/revision-history-disabled',
    artifact: 'kubernetes',
    policy: 'rollback',
    level: 'warning',
    precision: 'very-high',
    docs: {
      summary: 'Workloads must keep revision history (revisionHistoryLimit > 0)',
      rationale:
        'With `revisionHistoryLimit: 0` Kubernetes deletes old ReplicaSets (or ControllerRevisions) as soon as a rollout finishes, so `kubectl rollout undo` cannot roll back a bad release.',
      remediation: 'Remove `revisionHistoryLimit` (the default is 10) or set it to a small positive number such as 3.',
      references: ['https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#revision-history-limit'],
    },
    messages: {
      zero: '{{kind}} "{{name}}" sets revisionHistoryLimit: 0, so a bad rollout cannot be undone; keep at least a few revisions (default 10)',
    },
  },
  check(view, ctx) {
    for (const object of view.objects) {
      if (!KINDS.has(object.kind)) continue;
      const value = get(get(object.node, 'spec'), 'revisionHistoryLimit');
      if (!isScalar(value) || asInteger(value.value) !== 0) continue;
      ctx.report({ messageId: 'zero', data: { kind: object.kind, name: object.name ?? '' }, at: nodeRange(ctx.file, value), key: objectKey(object) });
    }
  },
});
