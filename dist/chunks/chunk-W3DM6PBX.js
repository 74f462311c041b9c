import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  imagePinning,
  parseImageRef
} from "./chunk-MTZJL5LE.js";

// src/checks/ci-images.ts
var VARIABLE = /\$\{\{[^}]*\}\}|\$\{[A-Za-z_][A-Za-z0-9_]*\}|\$[A-Za-z_][A-Za-z0-9_]*/g;
function judgeCiImage(text) {
  let sawVariable = false;
  const masked = text.replace(VARIABLE, (match) => {
    sawVariable = true;
    return "v".repeat(match.length);
  });
  const ref = parseImageRef(masked);
  if (!ref) return void 0;
  const pinning = imagePinning(ref);
  if (sawVariable) {
    const lastSegment = text.slice(text.lastIndexOf("/") + 1);
    if (pinning === "untagged" && lastSegment.includes("$")) return void 0;
    if (ref.tag && /\$/.test(text.slice(ref.tag.start, ref.tag.end))) return void 0;
  }
  return { pinning, tag: ref.tag ? { start: ref.tag.start, end: ref.tag.end } : void 0 };
}

export {
  judgeCiImage
};
