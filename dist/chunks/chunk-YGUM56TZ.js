import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  Secret
} from "./chunk-RVCXKKQP.js";
import {
  LEVEL_BY_CONFIDENCE
} from "./chunk-2Q6GDNEB.js";
import {
  scalarText
} from "./chunk-AN6FSRJN.js";

// src/checks/secret-in-scalar.ts
function secretInScalar(file, node, verdict) {
  const text = scalarText(file.text, node);
  const [start, end] = text.spanToFile(verdict.start, verdict.end);
  return {
    at: file.range(start, end),
    secret: new Secret(text.value.slice(verdict.start, verdict.end)),
    level: LEVEL_BY_CONFIDENCE[verdict.confidence]
  };
}

export {
  secretInScalar
};
