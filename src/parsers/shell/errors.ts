import type { Node } from 'web-tree-sitter';
import type { ShellParseError } from './types.js';

/**
 * The first syntax error of a tree that has one. tree-sitter does not stop at errors: it wraps
 * what it cannot fit in ERROR nodes and inserts MISSING tokens, so the earliest such node is
 * where the script stops making sense.
 */
export function firstSyntaxError(root: Node): ShellParseError | undefined {
  if (!root.hasError) return undefined;
  const culprit = earliestErrorNode(root);
  if (!culprit) return { message: 'syntax error', offset: root.startIndex };
  if (culprit.isMissing) {
    return { message: `syntax error: missing \`${culprit.type}\``, offset: culprit.startIndex };
  }
  const snippet = culprit.text.split('\n', 1)[0]!.slice(0, 30);
  return {
    message: snippet ? `syntax error near \`${snippet}\`` : 'syntax error: unexpected end of script',
    offset: culprit.startIndex,
  };
}

function earliestErrorNode(node: Node): Node | undefined {
  if (node.isError || node.isMissing) return node;
  if (!node.hasError) return undefined;
  for (const child of node.children) {
    const found = child && earliestErrorNode(child);
    if (found) return found;
  }
  return undefined;
}
