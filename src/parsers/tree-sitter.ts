import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { setFlagsFromString } from 'node:v8';
import { embeddedWasm } from './wasm-registry.js';

/**
 * web-tree-sitter's runtime is one WebAssembly module per process, shared by every grammar
 * (HCL, bash). It is initialised here once, on first use, with bytes from node_modules or, in
 * the Action bundle, the embedded bytes passed in.
 */
let runtime: Promise<typeof import('web-tree-sitter')> | undefined;

export function treeSitterRuntime(wasmBinary?: Uint8Array): Promise<typeof import('web-tree-sitter')> {
  runtime ??= (async () => {
    // V8's optimizing tier compiles the 1-2 MB grammars eagerly, which costs ~400 ms of CPU
    // before the first parse; the baseline compiler alone (Liftoff) starts at once and, measured
    // with `npm run bench`, scans as fast overall. Flags are process-wide: set before compiling.
    setFlagsFromString('--liftoff-only');
    const treeSitter = await import('web-tree-sitter');
    const bytes = wasmBinary ?? (await grammarBytes('web-tree-sitter/tree-sitter.wasm'));
    await treeSitter.Parser.init({ wasmBinary: bytes } as object);
    return treeSitter;
  })().catch((error: unknown) => {
    runtime = undefined; // a later call may try again
    throw error;
  });
  return runtime;
}

/** The bytes of a grammar's .wasm file shipped in an npm package. */
export async function grammarBytes(specifier: string): Promise<Uint8Array> {
  return embeddedWasm(specifier) ?? new Uint8Array(await readFile(createRequire(import.meta.url).resolve(specifier)));
}
