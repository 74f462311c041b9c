import { grammarBytes, treeSitterRuntime } from '../tree-sitter.js';
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
  const { Parser, Language } = await treeSitterRuntime();
  const parser = new Parser();
  parser.setLanguage(await Language.load(await grammarBytes('tree-sitter-bash/tree-sitter-bash.wasm')));
  return parser;
}
