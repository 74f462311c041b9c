import { grammarBytes, treeSitterRuntime } from '../tree-sitter.js';
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
  const { Parser, Language } = await treeSitterRuntime(wasm.runtime);
  const grammar = wasm.language ?? (await grammarBytes('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm'));
  const parser = new Parser();
  parser.setLanguage(await Language.load(grammar));
  return parser;
}
