import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../../core/source.js';
import type { ParseError } from '../types.js';

const MAX_ERRORS = 5;

/** What a missing token is called in a message. */
const MISSING_NAMES: Record<string, string> = {
  block_end: '`}`',
  object_end: '`}`',
  tuple_end: '`]`',
  quoted_template_end: 'closing `"`',
  template_interpolation_end: '`}` closing `${`',
  heredoc_identifier: 'heredoc end marker',
};

/**
 * The outermost ERROR and MISSING nodes, in source order, as messages a person can act on.
 * Their insides are not reported again: one mistake, one message.
 */
export function syntaxErrors(root: Node, file: SourceFile): ParseError[] {
  const errors: ParseError[] = [];
  const visit = (node: Node): void => {
    if (errors.length >= MAX_ERRORS || !node.hasError) return;
    for (const child of node.children) {
      if (!child || errors.length >= MAX_ERRORS) continue;
      if (child.isMissing) errors.push(missingError(child, file));
      else if (child.isError) errors.push(unexpectedError(child, file));
      else visit(child);
    }
  };
  if (root.isError) errors.push(unexpectedError(root, file));
  else visit(root);
  return errors;
}

function missingError(node: Node, file: SourceFile): ParseError {
  const name = MISSING_NAMES[node.type] ?? `\`${node.type}\``;
  return { message: `HCL syntax error: missing ${name}`, range: file.range(node.startIndex, node.endIndex) };
}

function unexpectedError(node: Node, file: SourceFile): ParseError {
  const range = file.range(node.startIndex, node.endIndex);
  const text = file.text.slice(node.startIndex, node.endIndex);
  const firstLine = text.split(/\r?\n/)[0]!.trim();
  const shown = firstLine.length > 40 ? `${firstLine.slice(0, 40)}…` : firstLine;
  const single = node.childCount <= 1 && !/\s/.test(text);
  const message = single ? `HCL syntax error: unexpected \`${shown}\`` : `HCL syntax error near \`${shown}\``;
  return { message, range };
}
