import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  imagePinning,
  parseImageRef
} from "./chunk-MTZJL5LE.js";

// src/checks/dockerfile-stages.ts
function effectiveInstruction(stage, keyword) {
  const seen = /* @__PURE__ */ new Set();
  for (let s = stage; s && !seen.has(s); s = s.baseStage) {
    seen.add(s);
    const own = s.instructions.filter((i) => i.keyword === keyword);
    if (own.length > 0) return own[own.length - 1];
  }
  return void 0;
}
function rootImageStage(stage) {
  const seen = /* @__PURE__ */ new Set();
  let s = stage;
  while (s.baseStage && !seen.has(s)) {
    seen.add(s);
    s = s.baseStage;
  }
  return s;
}
function stageImages(view) {
  const out = [];
  for (const stage of view.stages) {
    const token = stage.image;
    const image = stage.resolvedImage;
    if (!token || image === void 0 || stage.baseStage || image.toLowerCase() === "scratch") continue;
    const ref = parseImageRef(image);
    if (!ref) continue;
    const literal = image === token.value;
    const start = token.range.start.offset;
    const tagRange = literal && ref.tag ? view.file.range(start + ref.tag.start, start + ref.tag.end) : void 0;
    out.push({ stage, token, image, ref, pinning: imagePinning(ref), tagRange });
  }
  return out;
}

export {
  effectiveInstruction,
  rootImageStage,
  stageImages
};
