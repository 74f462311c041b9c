import type { Node } from 'web-tree-sitter';
import type { ShellWord } from './types.js';

/** A word node of the syntax tree as a ShellWord: its source text, span and literal value. */
export function toShellWord(node: Node): ShellWord {
  const word: ShellWord = { text: node.text, start: node.startIndex, end: node.endIndex };
  const value = literalValue(node);
  if (value !== undefined) word.value = value;
  return word;
}

/** An empty word at an offset, for `NAME=` with nothing after the `=`. */
export function emptyWord(offset: number): ShellWord {
  return { text: '', value: '', start: offset, end: offset };
}

/**
 * What the shell would pass to the program after quote removal, when that is known without
 * running anything; undefined as soon as an expansion or an unknown construct is involved.
 */
function literalValue(node: Node): string | undefined {
  switch (node.type) {
    case 'word':
      return unescapeUnquoted(node.text);
    case 'number':
    case 'variable_name': // `unset NAME`
      return node.text;
    case 'raw_string':
      return node.text.slice(1, -1);
    case 'string':
      return doubleQuotedValue(node);
    case 'ansi_c_string':
      return unescapeAnsiC(node.text.slice(2, -1));
    case 'concatenation':
      return concatenated(node);
    default:
      return undefined; // expansions, substitutions, arrays, …
  }
}

function concatenated(node: Node): string | undefined {
  let value = '';
  for (const part of node.namedChildren) {
    if (!part) return undefined;
    const partValue = literalValue(part);
    if (partValue === undefined) return undefined;
    value += partValue;
  }
  return value;
}

/** `"…"` whose parts are all plain text; any `$…` or backquote inside makes it unknown. */
function doubleQuotedValue(node: Node): string | undefined {
  if (node.namedChildren.some((part) => part?.type !== 'string_content')) return undefined;
  const inner = node.text.slice(1, -1);
  if (inner.includes('`')) return undefined;
  // Inside double quotes a backslash escapes only $ ` " \ and newline.
  return inner.replace(/\\([$`"\\\n])/g, (_, escaped: string) => (escaped === '\n' ? '' : escaped));
}

/** Outside quotes a backslash quotes the next character; backslash-newline disappears. */
function unescapeUnquoted(text: string): string {
  return text.replace(/\\([\s\S])/g, (_, escaped: string) => (escaped === '\n' ? '' : escaped));
}

const ANSI_C_ESCAPES: Record<string, string> = {
  n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v',
  '\\': '\\', "'": "'", '"': '"', '?': '?',
};

/** `$'…'`: the common single-character escapes; numeric escapes are rare enough to leave unknown. */
function unescapeAnsiC(inner: string): string | undefined {
  let unknown = false;
  const value = inner.replace(/\\([\s\S])/g, (_, escaped: string) => {
    const replacement = ANSI_C_ESCAPES[escaped];
    if (replacement === undefined) unknown = true;
    return replacement ?? '';
  });
  return unknown ? undefined : value;
}
