import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  grammarBytes,
  treeSitterRuntime
} from "./chunk-FDI3CXUN.js";

// src/parsers/terraform/loader.ts
var loading;
var ready;
function loadHclParser(wasm = {}) {
  loading ??= createParser(wasm).then((parser) => ready = parser);
  return loading.then(() => void 0);
}
function loadedHclParser() {
  if (!ready) throw new Error("parseHcl() called before loadHclParser() resolved");
  return ready;
}
async function createParser(wasm) {
  const { Parser, Language } = await treeSitterRuntime(wasm.runtime);
  const grammar = wasm.language ?? await grammarBytes("@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm");
  const parser = new Parser();
  parser.setLanguage(await Language.load(grammar));
  return parser;
}

export {
  loadHclParser,
  loadedHclParser
};
