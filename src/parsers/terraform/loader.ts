import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import type { Parser as TreeSitterParser } from 'web-tree-sitter';

/**
 * The .wasm bytes to use instead of the files in node_modules. A bundle (esbuild with
 * `--loader:.wasm=binary`) passes the embedded bytes here; nothing else changes.
 */
export interface HclWasm {
  /** web-tree-sitter's own runtime, `web-tree-sitter/tree-sitter.wasm`. */
  runtime?: Uint8Array;
  /** The Terraform dialect of the HCL grammar. */
  language?: Uint8Array;
}

let loading: Promise<TreeSitterParser> | undefined;
let ready: TreeSitterParser | undefined;

/**
 * Loads the WASM runtime and the grammar, once per process. Called by the engine only when it
 * first meets a Terraform file, so runs without one never pay for it.
 */
export function loadHclParser(wasm: HclWasm = {}): Promise<void> {
  loading ??= createParser(wasm).then((parser) => (ready = parser));
  return loading.then(() => undefined);
}

/** The loaded parser; parsing stays synchronous once `loadHclParser()` has resolved. */
export function loadedHclParser(): TreeSitterParser {
  if (!ready) throw new Error('parseHcl() called before loadHclParser() resolved');
  return ready;
}

async function createParser(wasm: HclWasm): Promise<TreeSitterParser> {
  // Imported here, not at the top, so that importing the module costs nothing until needed.
  const { Parser, Language } = await import('web-tree-sitter');
  const require = createRequire(import.meta.url);
  const runtime = wasm.runtime ?? (await readFile(require.resolve('web-tree-sitter/tree-sitter.wasm')));
  await Parser.init({ wasmBinary: runtime } as object);
  const grammar =
    wasm.language ??
    (await readFile(require.resolve('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm')));
  const parser = new Parser();
  parser.setLanguage(await Language.load(grammar));
  return parser;
}
