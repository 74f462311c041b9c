import { isScalar } from 'yaml';
import { defineRule } from '../../src/core/rule.js';
import { asInteger } from '../../src/parsers/kubernetes/locate.js';
import { objectKey } from '../../src/parsers/kubernetes/view.js';
import { get, getIn, nodeRange, scalarString } from '../../src/parsers/yaml/parse.js';

/** A rolling update that may take every replica down at once is a recreate in disguise. */
export default defineRule({
  meta: {
    id: 'kubernetes/max-unavailable-all',
    artifact: 'kubernetes',
    policy: 'rollback',
    level: 'note',
    precision: 'high',
    docs: {
      summary: 'A Deployment rolling update should not allow all replicas to be unavailable',
      rationale:
        'With `maxUnavailable` at 100% (or at the replica count) a rolling update may stop every old pod before a new one is ready: a bad release takes the service down completely instead of stalling with the old pods still serving.',
      remediation: 'Use a lower `maxUnavailable` (e.g. 25% or 1) with `maxSurge`, so old pods keep serving until new ones are ready.',
      references: ['https://kubernetes.io/docs/concepts/workloads/controllers/deployment/#max-unavailable'],
    },
    messages: {
      all: 'Deployment "{{name}}" allows maxUnavailable {{value}} of {{replicas}} replicas, so a rollout can take every pod down at once; lower it (e.g. 25%)',
    },
  },
  check(view, ctx) {
    for (const object of view.objects) {
      if (object.kind !== 'Deployment') continue;
      const value = getIn(object.node, ['spec', 'strategy', 'rollingUpdate', 'maxUnavailable']);
      if (!isScalar(value)) continue;
      const text = scalarString(value) ?? '';
      // Only compare a number with an explicit replica count: without one an autoscaler decides it.
      const replicas = asInteger(scalarString(get(get(object.node, 'spec'), 'replicas')));
      const percent = /^(\d+)%$/.exec(text.trim());
      const all = percent ? Number(percent[1]) >= 100 : replicas !== undefined && replicas > 0 && (asInteger(text) ?? -1) >= replicas;
      if (!all) continue;
      ctx.report({ messageId: 'all', data: { name: object.name ?? '', value: text, replicas: replicas ?? 'all' }, at: nodeRange(ctx.file, value), key: objectKey(object) });
    }
  },
});
