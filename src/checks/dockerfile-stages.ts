import type { Range } from '../core/source.js';
import type { DockerfileView, DockerInstruction, DockerStage, DockerToken } from '../parsers/dockerfile/view.js';
import { imagePinning, parseImageRef, type ImagePinning, type ImageRef } from '../parsers/image-ref.js';

/**
 * The last instruction with `keyword` that applies to a stage: its own, or inherited from the
 * earlier stage it is built FROM (USER and HEALTHCHECK carry over between stages).
 */
export function effectiveInstruction(stage: DockerStage, keyword: string): DockerInstruction | undefined {
  const seen = new Set<DockerStage>();
  for (let s: DockerStage | undefined = stage; s && !seen.has(s); s = s.baseStage) {
    seen.add(s);
    const own = s.instructions.filter((i) => i.keyword === keyword);
    if (own.length > 0) return own[own.length - 1];
  }
  return undefined;
}

/** The image the stage chain finally starts from (following FROM <stage>). */
export function rootImageStage(stage: DockerStage): DockerStage {
  const seen = new Set<DockerStage>();
  let s = stage;
  while (s.baseStage && !seen.has(s)) {
    seen.add(s);
    s = s.baseStage;
  }
  return s;
}

/** A stage's base image, resolved through ARG defaults and parsed. */
export interface StageImage {
  stage: DockerStage;
  /** The FROM argument as written. */
  token: DockerToken;
  image: string;
  ref: ImageRef;
  pinning: ImagePinning;
  /** The tag's range in the file when it is written literally (not produced by an ARG). */
  tagRange?: Range;
}

/**
 * The images stages are built FROM, for the image rules. Stages built FROM an earlier stage,
 * `scratch`, and images with a variable that has no known value are left out (cannot tell).
 */
export function stageImages(view: DockerfileView): StageImage[] {
  const out: StageImage[] = [];
  for (const stage of view.stages) {
    const token = stage.image;
    const image = stage.resolvedImage;
    if (!token || image === undefined || stage.baseStage || image.toLowerCase() === 'scratch') continue;
    const ref = parseImageRef(image);
    if (!ref) continue;
    const literal = image === token.value;
    const start = token.range.start.offset;
    const tagRange = literal && ref.tag ? view.file.range(start + ref.tag.start, start + ref.tag.end) : undefined;
    out.push({ stage, token, image, ref, pinning: imagePinning(ref), tagRange });
  }
  return out;
}
