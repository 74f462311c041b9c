import { describe, expect, it } from 'vitest';
import { missingResources, nonRootVerdict, probesRequired } from '../../src/checks/container-policy.js';

describe('nonRootVerdict', () => {
  const none = { podRunAsNonRoot: undefined, podRunAsUser: undefined, runAsNonRoot: undefined, runAsUser: undefined };

  it('needs runAsNonRoot or a non-zero uid somewhere', () => {
    expect(nonRootVerdict(none)).toEqual({ verdict: 'missing' });
    expect(nonRootVerdict({ ...none, podRunAsNonRoot: true })).toEqual({ verdict: 'ok' });
    expect(nonRootVerdict({ ...none, runAsUser: 1000 })).toEqual({ verdict: 'ok' });
    expect(nonRootVerdict({ ...none, runAsNonRoot: false })).toEqual({ verdict: 'missing' });
  });

  it('lets the container override the pod, field by field', () => {
    expect(nonRootVerdict({ ...none, podRunAsNonRoot: true, runAsNonRoot: false })).toEqual({ verdict: 'missing' });
    expect(nonRootVerdict({ ...none, podRunAsUser: 0, runAsUser: 1000 })).toEqual({ verdict: 'ok' });
  });

  it('reports uid 0 even with runAsNonRoot, and says which level set it', () => {
    expect(nonRootVerdict({ ...none, podRunAsNonRoot: true, runAsUser: 0 })).toEqual({ verdict: 'root-user', from: 'container' });
    expect(nonRootVerdict({ ...none, podRunAsUser: 0 })).toEqual({ verdict: 'root-user', from: 'pod' });
  });

  it('treats unknown values as cannot tell', () => {
    expect(nonRootVerdict({ ...none, runAsUser: 'unknown' })).toEqual({ verdict: 'unknown' });
    expect(nonRootVerdict({ ...none, podRunAsNonRoot: 'unknown' })).toEqual({ verdict: 'unknown' });
    expect(nonRootVerdict({ ...none, podRunAsUser: 'unknown', runAsNonRoot: true })).toEqual({ verdict: 'ok' });
  });
});

describe('missingResources', () => {
  it('lists what is missing and ignores what cannot be told', () => {
    expect(missingResources({ limitsMemory: 'missing', limitsCpu: 'set', requestsCpu: 'missing', requestsMemory: 'unknown' })).toEqual({
      memoryLimit: true,
      cpuLimit: false,
      requests: ['cpu'],
    });
    expect(missingResources({ limitsMemory: 'unknown', limitsCpu: 'unknown', requestsCpu: 'unknown', requestsMemory: 'unknown' })).toEqual({
      memoryLimit: false,
      cpuLimit: false,
      requests: [],
    });
  });
});

describe('probesRequired', () => {
  it('is true for long-running kinds only', () => {
    expect(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController'].every(probesRequired)).toBe(true);
    expect(probesRequired('Job')).toBe(false);
    expect(probesRequired('CronJob')).toBe(false);
  });
});
