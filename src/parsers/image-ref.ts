/**
 * The one image-reference parser every image rule uses (Dockerfile FROM, Kubernetes `image:`,
 * Compose, CI containers, Terraform). It follows the grammar of the Docker distribution
 * reference: `[registry[:port]/]path[:tag][@digest]`, where a first component is a registry
 * only when it contains `.` or `:` or is `localhost`. So `registry:5000/team/app` has no tag.
 * Offsets are relative to the reference string so callers can point at the tag or digest.
 */
export interface ImageRef {
  /** The whole reference as written. */
  raw: string;
  registry?: string;
  /** Repository path without registry, e.g. `library/nginx` or `team/app`. */
  repository: string;
  tag?: { value: string; start: number; end: number };
  digest?: { value: string; start: number; end: number };
}

const DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/** Parses a reference; returns undefined when the text is not a plausible image reference. */
export function parseImageRef(raw: string): ImageRef | undefined {
  const text = raw.trim();
  if (!text || /\s/.test(text)) return undefined;
  const lead = raw.indexOf(text);

  let rest = text;
  let digest: ImageRef['digest'];
  const at = rest.indexOf('@');
  if (at >= 0) {
    const value = rest.slice(at + 1);
    if (!DIGEST.test(value)) return undefined;
    digest = { value, start: lead + at + 1, end: lead + text.length };
    rest = rest.slice(0, at);
  }

  // A tag is after the last ':' that comes after the last '/'; a ':' before a '/' is a port.
  let tag: ImageRef['tag'];
  const lastSlash = rest.lastIndexOf('/');
  const colon = rest.indexOf(':', lastSlash + 1);
  if (colon >= 0) {
    const value = rest.slice(colon + 1);
    if (!TAG.test(value)) return undefined;
    tag = { value, start: lead + colon + 1, end: lead + rest.length };
    rest = rest.slice(0, colon);
  }

  let registry: string | undefined;
  const firstSlash = rest.indexOf('/');
  if (firstSlash > 0) {
    const first = rest.slice(0, firstSlash);
    if (first.includes('.') || first.includes(':') || first === 'localhost') {
      registry = first;
      rest = rest.slice(firstSlash + 1);
    }
  }
  if (!rest || !/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(rest)) {
    return undefined;
  }
  return { raw, registry, repository: rest, tag, digest };
}

/** The state of an image reference that the immutable-images rules judge. */
export type ImagePinning = 'untagged' | 'latest' | 'tagged' | 'digest';

export function imagePinning(ref: ImageRef): ImagePinning {
  if (ref.digest) return 'digest';
  if (!ref.tag) return 'untagged';
  if (ref.tag.value === 'latest') return 'latest';
  return 'tagged';
}
