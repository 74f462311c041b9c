import { isScalar } from 'yaml';
import { defineRule } from '../../src/core/rule.js';
import { asBoolean, containerAnchor } from '../../src/parsers/kubernetes/locate.js';
import { get, nodeRange } from '../../src/parsers/yaml/parse.js';

/** A read-only root filesystem stops an intruder from dropping tools or changing binaries. */
export default defineRule({
  meta: {
    id: 'kubernetes/writable-root-filesystem',
    artifact: 'kubernetes',
    policy: 'least-privilege',
    level: 'note',
    securitySeverity: 3.0,
    security: true,
    precision: 'high',
    docs: {
      summary: 'Containers should set securityContext.readOnlyRootFilesystem: true',
      rationale:
        'With a writable root filesystem, a compromised process can download tools, replace binaries or plant persistence inside the container. A read-only root filesystem makes the container immutable at run time; the app writes only to the volumes it mounts.',
      remediation: 'Set `securityContext.readOnlyRootFilesystem: true` and mount an `emptyDir` at the paths the app must write (e.g. /tmp).',
    },
    messages: {
      missing: 'container "{{container}}" does not set securityContext.readOnlyRootFilesystem: true; make the root filesystem read-only and mount emptyDir volumes where it writes',
      disabled: 'container "{{container}}" sets readOnlyRootFilesystem: false; make it true and mount emptyDir volumes where it writes',
    },
  },
  check(view, ctx) {
    for (const container of view.containers) {
      const value = get(container.securityContext, 'readOnlyRootFilesystem');
      const name = container.name ?? `#${container.index}`;
      if (value === undefined) {
        if (container.partial) continue; // a patch fragment: the base may set it
        ctx.report({ messageId: 'missing', data: { container: name }, at: containerAnchor(ctx.file, container), key: container.key });
      } else if (isScalar(value) && asBoolean(value.value) === false) {
        ctx.report({ messageId: 'disabled', data: { container: name }, at: nodeRange(ctx.file, value), key: container.key });
      }
    }
  },
});
