import { defineRule } from '../../src/core/rule.js';
import { probeMissing } from '../../src/checks/container-policy.js';
import { kubernetesContainers, probeContext, probePresence } from '../../src/checks/terraform-containers.js';

export default defineRule({
  meta: {
    id: 'terraform/missing-liveness-probe',
    artifact: 'terraform',
    policy: 'health-probes',
    level: 'error',
    securitySeverity: 3.0,
    precision: 'high',
    docs: {
      summary: 'Long-running kubernetes_* containers must define a liveness_probe',
      rationale:
        'Without a liveness probe, a container that hangs (deadlock, exhausted pool) keeps running and keeps its share of traffic until someone restarts it by hand.',
      remediation:
        'Add a `liveness_probe` block (`http_get`, `tcp_socket`, `exec` or `grpc`) to each container of Pods, Deployments, StatefulSets, DaemonSets and ReplicationControllers, and to native sidecars (`init_container` with `restart_policy = \"Always\"`). Jobs, CronJobs, Pods with `restart_policy` `Never` or `OnFailure`, and other init containers run to completion and are not judged.',
      references: ['https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/'],
    },
    messages: {
      missing: 'container "{{name}}" of this {{kind}} has no liveness_probe; add a `liveness_probe` block',
    },
  },
  check(view, ctx) {
    for (const container of kubernetesContainers(view)) {
      if (!probeMissing(probeContext(container), probePresence(container, 'liveness_probe'))) continue;
      ctx.report({ messageId: 'missing', data: { name: container.name, kind: container.kind }, at: container.block.header, key: container.key });
    }
  },
});
