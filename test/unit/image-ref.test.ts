import { describe, expect, it } from 'vitest';
import { imagePinning, parseImageRef } from '../../src/parsers/image-ref.js';

describe('parseImageRef', () => {
  it.each([
    ['nginx', undefined, undefined, 'nginx', 'untagged'],
    ['nginx:latest', undefined, 'latest', 'nginx', 'latest'],
    ['nginx:1.25-alpine', undefined, '1.25-alpine', 'nginx', 'tagged'],
    ['registry:5000/team/app', 'registry:5000', undefined, 'team/app', 'untagged'],
    ['registry:5000/team/app:2.0', 'registry:5000', '2.0', 'team/app', 'tagged'],
    ['localhost/app', 'localhost', undefined, 'app', 'untagged'],
    ['ghcr.io/org/app:v1', 'ghcr.io', 'v1', 'org/app', 'tagged'],
    ['library/nginx', undefined, undefined, 'library/nginx', 'untagged'],
    [`app@sha256:${'a'.repeat(64)}`, undefined, undefined, 'app', 'digest'],
    [`app:1.2@sha256:${'b'.repeat(64)}`, undefined, '1.2', 'app', 'digest'],
  ])('%s', (raw, registry, tag, repository, pinning) => {
    const ref = parseImageRef(raw)!;
    expect(ref).toBeDefined();
    expect(ref.registry).toBe(registry);
    expect(ref.tag?.value).toBe(tag);
    expect(ref.repository).toBe(repository);
    expect(imagePinning(ref)).toBe(pinning);
  });

  it('gives the offsets of tag and digest', () => {
    const ref = parseImageRef(`reg:5000/app:1.2@sha256:${'c'.repeat(64)}`)!;
    expect(ref.tag).toMatchObject({ value: '1.2', start: 13, end: 16 });
    expect(ref.digest?.start).toBe(17);
  });

  it.each(['', 'has space:1', 'UPPER/case', 'app@sha256:short', 'app:bad tag', '${IMAGE}'])(
    'rejects %j',
    (raw) => expect(parseImageRef(raw)).toBeUndefined(),
  );
});
