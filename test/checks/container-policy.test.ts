import { describe, expect, it } from 'vitest';
import {
  judgeImage,
  missingResources,
  needsProbes,
  nonRootVerdict,
  normalizeCapability,
  probeMissing,
  type ResourceSettings,
  type RunAsSettings,
} from '../../src/checks/container-policy.js';

describe('nonRootVerdict', () => {
  const none: RunAsSettings = { runAsNonRoot: undefined, runAsUser: undefined };

  it('needs runAsNonRoot or a non-zero uid at some level', () => {
    expect(nonRootVerdict(none, none)).toEqual({ status: 'missing' });
    expect(nonRootVerdict(none, { ...none, runAsNonRoot: true })).toEqual({ status: 'compliant' });
    expect(nonRootVerdict({ ...none, runAsUser: 1000 }, none)).toEqual({ status: 'compliant' });
  });

  it('reports an explicit runAsNonRoot: false at the level that set it', () => {
    expect(nonRootVerdict({ ...none, runAsNonRoot: false }, none)).toEqual({ status: 'disabled', level: 'container' });
    expect(nonRootVerdict(none, { ...none, runAsNonRoot: false })).toEqual({ status: 'disabled', level: 'pod' });
  });

  it('lets the container override the pod, field by field', () => {
    expect(nonRootVerdict({ ...none, runAsNonRoot: false }, { ...none, runAsNonRoot: true })).toEqual({ status: 'disabled', level: 'container' });
    expect(nonRootVerdict({ ...none, runAsUser: 1000 }, { ...none, runAsUser: 0 })).toEqual({ status: 'compliant' });
    expect(nonRootVerdict({ ...none, runAsNonRoot: false }, { ...none, runAsUser: 1000 })).toEqual({ status: 'compliant' });
  });

  it('reports uid 0 even with runAsNonRoot, and says which level set it', () => {
    expect(nonRootVerdict({ ...none, runAsUser: 0 }, { ...none, runAsNonRoot: true })).toEqual({ status: 'root-uid', level: 'container' });
    expect(nonRootVerdict({ ...none, runAsNonRoot: true }, { ...none, runAsUser: 0 })).toEqual({ status: 'root-uid', level: 'pod' });
  });

  it('treats unknown values (and uids the API server rejects) as cannot tell', () => {
    expect(nonRootVerdict({ ...none, runAsUser: 'unknown' }, none)).toEqual({ status: 'unknown' });
    expect(nonRootVerdict(none, { ...none, runAsNonRoot: 'unknown' })).toEqual({ status: 'unknown' });
    // The unknown uid could be 0, which runAsNonRoot would not excuse.
    expect(nonRootVerdict({ ...none, runAsNonRoot: true }, { ...none, runAsUser: 'unknown' })).toEqual({ status: 'unknown' });
    expect(nonRootVerdict({ ...none, runAsUser: -1 }, none)).toEqual({ status: 'unknown' });
  });
});

describe('missingResources', () => {
  const all = (presence: 'set' | 'missing' | 'unknown'): ResourceSettings => ({
    'limits.memory': presence,
    'limits.cpu': presence,
    'requests.memory': presence,
    'requests.cpu': presence,
  });

  it('lists what is missing, memory first, and ignores what cannot be told', () => {
    expect(missingResources('container', all('missing'))).toEqual(['limits.memory', 'requests.memory', 'limits.cpu', 'requests.cpu']);
    expect(missingResources('container', all('unknown'))).toEqual([]);
    expect(missingResources('container', { ...all('missing'), 'limits.memory': 'unknown' })).toEqual(['limits.cpu', 'requests.cpu']);
  });

  it('counts a request as set when the matching limit is set (Kubernetes defaults it from the limit)', () => {
    expect(missingResources('container', { ...all('missing'), 'limits.memory': 'set', 'limits.cpu': 'set' })).toEqual([]);
    expect(missingResources('init', { ...all('missing'), 'limits.memory': 'set' })).toEqual(['limits.cpu', 'requests.cpu']);
  });

  it('does not judge ephemeral containers, which cannot declare resources', () => {
    expect(missingResources('ephemeral', all('missing'))).toEqual([]);
  });
});

describe('needsProbes', () => {
  const regular = { role: 'container' as const, sidecar: false };

  it('is true for the containers of long-running kinds only', () => {
    for (const kind of ['Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'ReplicationController', 'Rollout', 'Pod']) {
      expect(needsProbes({ workloadKind: kind, ...regular })).toBe(true);
    }
    expect(needsProbes({ workloadKind: 'Job', ...regular })).toBe(false);
    expect(needsProbes({ workloadKind: 'CronJob', ...regular })).toBe(false);
  });

  it('follows a bare Pod\'s restartPolicy', () => {
    expect(needsProbes({ workloadKind: 'Pod', ...regular, podRestartPolicy: 'Always' })).toBe(true);
    expect(needsProbes({ workloadKind: 'Pod', ...regular, podRestartPolicy: 'Never' })).toBe(false);
    expect(needsProbes({ workloadKind: 'Pod', ...regular, podRestartPolicy: 'OnFailure' })).toBe(false);
    expect(needsProbes({ workloadKind: 'Pod', ...regular, podRestartPolicy: 'unknown' })).toBe(false);
  });

  it('checks native sidecars, not other init or ephemeral containers', () => {
    expect(needsProbes({ workloadKind: 'Deployment', role: 'init', sidecar: true })).toBe(true);
    expect(needsProbes({ workloadKind: 'Deployment', role: 'init', sidecar: false })).toBe(false);
    expect(needsProbes({ workloadKind: 'Deployment', role: 'ephemeral', sidecar: false })).toBe(false);
  });

  it('reports only a probe that is surely absent', () => {
    const context = { workloadKind: 'Deployment', ...regular };
    expect(probeMissing(context, 'missing')).toBe(true);
    expect(probeMissing(context, 'unknown')).toBe(false);
    expect(probeMissing(context, 'set')).toBe(false);
  });
});

describe('judgeImage', () => {
  it('points at the tag for :latest and tag-only references, at the whole reference otherwise', () => {
    expect(judgeImage('nginx')).toEqual({ pinning: 'untagged' });
    expect(judgeImage('registry:5000/team/app')).toEqual({ pinning: 'untagged' });
    expect(judgeImage('nginx:latest')).toEqual({ pinning: 'latest', tag: { start: 6, end: 12 } });
    expect(judgeImage('nginx:1.27')).toEqual({ pinning: 'tagged', tag: { start: 6, end: 10 } });
    expect(judgeImage('app:1.2@sha256:' + 'a'.repeat(64))?.pinning).toBe('digest');
  });
});

describe('normalizeCapability', () => {
  it('reads CAP_ prefixes and any case', () => {
    expect(normalizeCapability(' cap_sys_admin ')).toBe('SYS_ADMIN');
  });
});
