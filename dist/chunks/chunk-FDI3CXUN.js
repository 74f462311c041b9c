import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  embeddedWasm
} from "./chunk-4XWRCDWT.js";

// src/parsers/tree-sitter.ts
import { createRequire } from "node:module";
import { readFile } from "node:fs/promises";
import { setFlagsFromString } from "node:v8";
var runtime;
function treeSitterRuntime(wasmBinary) {
  runtime ??= (async () => {
    setFlagsFromString("--liftoff-only");
    const treeSitter = await import("./tree-sitter-P5JINNIA.js");
    const bytes = wasmBinary ?? await grammarBytes("web-tree-sitter/tree-sitter.wasm");
    await treeSitter.Parser.init({ wasmBinary: bytes });
    return treeSitter;
  })().catch((error) => {
    runtime = void 0;
    throw error;
  });
  return runtime;
}
async function grammarBytes(specifier) {
  return embeddedWasm(specifier) ?? new Uint8Array(await readFile(createRequire(import.meta.url).resolve(specifier)));
}

export {
  treeSitterRuntime,
  grammarBytes
};
