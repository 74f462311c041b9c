import type { Node } from 'web-tree-sitter';

/**
 * The traversals an expression reads, in source order and without duplicates: `var.x`,
 * `data.aws_iam_policy_document.p.json`, `random_password.p.result`. A traversal stops at the
 * first index or splat. Names bound by `for` (and object keys written as bare names) are not
 * references.
 */
export function collectReferences(root: Node): string[] {
  const bound = new Set<string>();
  const found = new Set<string>();
  if (/\bfor\b/.test(root.text)) collectBoundNames(root, bound); // most expressions bind nothing
  visit(root, (variable) => {
    const traversal = traversalFrom(variable);
    const rootName = traversal.split('.')[0]!;
    if (!bound.has(rootName)) found.add(traversal);
  });
  return [...found];
}

function visit(node: Node, onVariable: (variable: Node) => void): void {
  if (node.type === 'variable_expr') {
    onVariable(node);
    return;
  }
  if (node.type === 'object_elem') {
    const key = node.childForFieldName('key');
    const value = node.childForFieldName('val');
    if (key && !isBareName(key)) visit(key, onVariable);
    if (value) visit(value, onVariable);
    return;
  }
  for (const child of node.namedChildren) if (child) visit(child, onVariable);
}

function isBareName(expression: Node): boolean {
  return expression.childCount === 1 && expression.firstChild?.type === 'variable_expr';
}

/** The variable followed by its `.attr` siblings. */
function traversalFrom(variable: Node): string {
  const parts = [variable.text];
  for (let next = variable.nextSibling; next?.type === 'get_attr'; next = next.nextSibling) {
    const name = next.namedChildren.find((child) => child?.type === 'identifier');
    if (name) parts.push(name.text);
  }
  return parts.join('.');
}

function collectBoundNames(node: Node, bound: Set<string>): void {
  if (node.type === 'for_intro' || node.type === 'template_for_start') {
    for (const child of node.namedChildren) if (child?.type === 'identifier') bound.add(child.text);
  }
  for (const child of node.namedChildren) if (child) collectBoundNames(child, bound);
}
