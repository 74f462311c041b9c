import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Parser } from 'web-tree-sitter';

/*
 * The bash grammar is tree-sitter-bash compiled to WebAssembly, run by web-tree-sitter (the same
 * runtime the Terraform parser uses for HCL). Both are imported only when the first script needs
 * parsing, so a run that sees no shell pays nothing.
 */

let loaded: Parser | undefined;
let loading: Promise<Parser> | undefined;

/** Loads the shell grammar once per process; later calls return at once. */
export async function loadShellParser(): Promise<void> {
  if (loaded) return;
  loading ??= createBashParser().catch((error: unknown) => {
    loading = undefined; // let a later call try again rather than cache the failure
    throw error;
  });
  loaded = await loading;
}

/** The parser made by loadShellParser; parsing is synchronous once it exists. */
export function loadedShellParser(): Parser {
  if (!loaded) throw new Error('parseShell() called before `await loadShellParser()`');
  return loaded;
}

async function createBashParser(): Promise<Parser> {
  const { Parser, Language } = await import('web-tree-sitter');
  await initTreeSitterRuntime(Parser);
  const require = createRequire(import.meta.url);
  const wasm = await readFile(require.resolve('tree-sitter-bash/tree-sitter-bash.wasm'));
  const bash = await Language.load(new Uint8Array(wasm));
  const parser = new Parser();
  parser.setLanguage(bash);
  return parser;
}

/*
 * Parser.init() instantiates the runtime's own WebAssembly module. Keep it to once per process
 * even if another parser (HCL) also initialises it: a global flag both packs can read.
 */
const RUNTIME_READY = Symbol.for('infralint.web-tree-sitter.init');

async function initTreeSitterRuntime(parserClass: typeof Parser): Promise<void> {
  const registry = globalThis as { [RUNTIME_READY]?: Promise<void> };
  registry[RUNTIME_READY] ??= parserClass.init();
  await registry[RUNTIME_READY];
}
