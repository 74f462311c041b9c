import type { DockerInstruction, DockerStage } from '../parsers/dockerfile/view.js';

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
