import { imagePinning, parseImageRef, type ImagePinning } from '../parsers/image-ref.js';

export interface ImageVerdict {
  pinning: ImagePinning;
  /** Offsets of the tag in the written text, when there is one. */
  tag?: { start: number; end: number };
}

const VARIABLE = /\$\{\{[^}]*\}\}|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g;

/**
 * How a CI image reference is pinned. CI files often build references from variables
 * (`$CI_REGISTRY_IMAGE/builder:latest`, `${{ matrix.image }}`): each variable is read as an
 * unknown name of the same length, so a literal `:latest` tag is still judged, while a variable
 * that could carry the tag itself (`$IMAGE`, `repo:$TAG`) gives no verdict.
 */
export function judgeCiImage(text: string): ImageVerdict | undefined {
  let sawVariable = false;
  const masked = text.replace(VARIABLE, (match) => {
    sawVariable = true;
    return 'v'.repeat(match.length);
  });
  const ref = parseImageRef(masked);
  if (!ref) return undefined;
  const pinning = imagePinning(ref);
  if (sawVariable) {
    // Only a literal tag or digest can be judged; anything else may come from the variable.
    const lastSegment = text.slice(text.lastIndexOf('/') + 1);
    if (pinning === 'untagged' && lastSegment.includes('$')) return undefined;
    if (ref.tag && /\$/.test(text.slice(ref.tag.start, ref.tag.end))) return undefined;
  }
  return { pinning, tag: ref.tag ? { start: ref.tag.start, end: ref.tag.end } : undefined };
}
