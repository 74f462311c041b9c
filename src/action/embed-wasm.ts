// Bundle-only: embeds the parsers' WebAssembly (esbuild `--loader:.wasm=binary`) so the
// Action runs from one committed file with no node_modules.
import runtime from 'web-tree-sitter/tree-sitter.wasm';
import hcl from '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm';
import bash from 'tree-sitter-bash/tree-sitter-bash.wasm';
import { provideWasm } from '../parsers/wasm-registry.js';

provideWasm('web-tree-sitter/tree-sitter.wasm', runtime);
provideWasm('@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm', hcl);
provideWasm('tree-sitter-bash/tree-sitter-bash.wasm', bash);
