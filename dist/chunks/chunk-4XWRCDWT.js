import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/parsers/wasm-registry.ts
var embedded = /* @__PURE__ */ new Map();
function provideWasm(specifier, bytes) {
  embedded.set(specifier, bytes);
}
function embeddedWasm(specifier) {
  return embedded.get(specifier);
}

export {
  provideWasm,
  embeddedWasm
};
