import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/parsers/dockerfile/view.ts
function finalStage(view) {
  return view.stages[view.stages.length - 1];
}

export {
  finalStage
};
