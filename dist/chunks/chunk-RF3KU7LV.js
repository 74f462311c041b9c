import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

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

// src/parsers/dockerfile/view.ts
function finalStage(view) {
  return view.stages[view.stages.length - 1];
}

export {
  effectiveInstruction,
  rootImageStage,
  finalStage
};
