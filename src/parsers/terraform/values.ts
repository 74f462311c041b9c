import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../../core/source.js';
import type { HclObjectEntry, HclUnknown, HclValue } from './view.js';
import { staticTemplate } from './templates.js';
import { encodeJson, isStatic } from './json-encode.js';
import { collectReferences } from './references.js';

/** Turns an expression node into its static value, or `unknown` when Terraform alone could tell. */
export function evaluate(node: Node, file: SourceFile): HclValue {
  // Every property read on a web-tree-sitter node crosses into WASM, so read each once.
  const type = node.type;
  if (type === 'expression' || type === 'literal_value' || type === 'collection_value' || type === 'template_expr') {
    return evaluateWrapper(node, file);
  }
  const range = file.range(node.startIndex, node.endIndex);
  switch (type) {
    case 'numeric_lit':
      return { kind: 'number', value: Number(node.text), range };
    case 'bool_lit':
      return { kind: 'bool', value: node.text === 'true', range };
    case 'null_lit':
      return { kind: 'null', range };
    case 'string_lit':
    case 'quoted_template':
    case 'heredoc_template':
      return evaluateTemplate(node, file);
    case 'tuple':
      return { kind: 'list', items: childrenOfType(node, 'expression').map((item) => evaluate(item, file)), range };
    case 'object':
      return evaluateObject(node, file);
    case 'function_call':
      return evaluateCall(node, file);
    case 'operation':
      return evaluateOperation(node, file);
    default:
      return unknown(node, file);
  }
}

/** Nodes that only wrap one child, or `( expr )`; anything longer is a traversal or a conditional. */
function evaluateWrapper(node: Node, file: SourceFile): HclValue {
  if (node.childCount === 1) {
    // The common case (a wrapper around one literal or collection), without listing children.
    const only = node.firstChild!;
    if (only.isNamed && only.type !== 'comment') return { ...evaluate(only, file), range: file.range(node.startIndex, node.endIndex) };
  }
  const children = node.children.filter((child): child is Node => child !== null && child.type !== 'comment');
  const only = children.length === 1 ? children[0]! : undefined;
  if (only?.isNamed) return { ...evaluate(only, file), range: file.range(node.startIndex, node.endIndex) };
  if (children.length === 3 && children[0]!.type === '(' && children[2]!.type === ')') {
    return { ...evaluate(children[1]!, file), range: file.range(node.startIndex, node.endIndex) };
  }
  return unknown(node, file);
}

function evaluateTemplate(node: Node, file: SourceFile): HclValue {
  const text = staticTemplate(node, file.text, (inner) => {
    const value = evaluate(inner, file);
    if (value.kind === 'string') return value.value;
    if (value.kind === 'number' || value.kind === 'bool') return String(value.value);
    return undefined;
  });
  if (!text) return unknown(node, file);
  return { kind: 'string', value: text.value, offsets: text.offsets, range: file.range(node.startIndex, node.endIndex) };
}

function evaluateObject(node: Node, file: SourceFile): HclValue {
  const entries: HclObjectEntry[] = [];
  for (const element of childrenOfType(node, 'object_elem')) {
    const keyNode = element.childForFieldName('key');
    const valueNode = element.childForFieldName('val');
    if (!keyNode || !valueNode) return unknown(node, file);
    const key = objectKey(keyNode, file);
    if (key === undefined) return unknown(node, file);
    entries.push({ key, keyRange: file.range(keyNode.startIndex, keyNode.endIndex), value: evaluate(valueNode, file) });
  }
  return { kind: 'object', entries, range: file.range(node.startIndex, node.endIndex) };
}

/** `name = …` uses a bare identifier as the key; `"name" = …` a string; `(expr) = …` is dynamic. */
function objectKey(keyNode: Node, file: SourceFile): string | undefined {
  const bare = bareIdentifier(keyNode);
  if (bare !== undefined) return bare;
  const value = evaluate(keyNode, file);
  if (value.kind === 'string') return value.value;
  if (value.kind === 'number' || value.kind === 'bool') return String(value.value);
  return undefined;
}

export function bareIdentifier(expression: Node): string | undefined {
  if (expression.type !== 'expression' || expression.childCount !== 1) return undefined;
  const variable = expression.firstChild!;
  return variable.type === 'variable_expr' ? variable.text : undefined;
}

function evaluateCall(node: Node, file: SourceFile): HclValue {
  const name = node.firstChild?.type === 'identifier' ? node.firstChild.text : undefined;
  const args = node.namedChildren.find((child) => child?.type === 'function_arguments');
  const argNodes = args ? childrenOfType(args, 'expression') : [];
  if (name === 'jsonencode' && argNodes.length === 1 && !args?.children.some((c) => c?.type === 'ellipsis')) {
    const json = evaluate(argNodes[0]!, file);
    const range = file.range(node.startIndex, node.endIndex);
    if (isStatic(json)) return { kind: 'string', value: encodeJson(json), json, range };
    return { ...unknown(node, file), json };
  }
  return unknown(node, file);
}

/** `-1` and `!true` are literals in practice; other operations need Terraform. */
function evaluateOperation(node: Node, file: SourceFile): HclValue {
  const unary = node.firstChild;
  if (unary?.type === 'unary_operation' && unary.childCount === 2) {
    const operand = evaluate(unary.child(1)!, file);
    const range = file.range(node.startIndex, node.endIndex);
    const operator = unary.child(0)!.type;
    if (operator === '-' && operand.kind === 'number') return { kind: 'number', value: -operand.value, range };
    if (operator === '!' && operand.kind === 'bool') return { kind: 'bool', value: !operand.value, range };
  }
  return unknown(node, file);
}

function unknown(node: Node, file: SourceFile): HclUnknown {
  const call = node.type === 'function_call' ? node.firstChild?.text : callName(node);
  return {
    kind: 'unknown',
    text: file.text.slice(node.startIndex, node.endIndex),
    references: collectReferences(node),
    ...(call ? { call } : {}),
    range: file.range(node.startIndex, node.endIndex),
  };
}

/** The function name when a wrapper node holds nothing but a call. */
function callName(node: Node): string | undefined {
  let current: Node | null = node;
  while (current && current.namedChildCount === 1 && current.childCount === 1) {
    current = current.firstChild;
    if (current?.type === 'function_call') return current.firstChild?.text;
  }
  return undefined;
}

function childrenOfType(node: Node, type: string): Node[] {
  return node.namedChildren.filter((child): child is Node => child?.type === type);
}
