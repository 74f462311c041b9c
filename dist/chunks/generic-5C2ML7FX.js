import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import "./chunk-27OXTBH3.js";

// src/parsers/generic.ts
function parseGeneric(file) {
  return { view: { kind: "generic", file }, errors: [] };
}
export {
  parseGeneric
};
