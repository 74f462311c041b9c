import type { Node } from 'web-tree-sitter';
import type { SourceFile } from '../../core/source.js';
import type { ParseError } from '../types.js';
import { loadedHclParser } from './loader.js';
import { evaluate } from './values.js';
import { syntaxErrors } from './errors.js';
import { makeBody, type HclAttribute, type HclBlock, type HclLabel, type TerraformView } from './view.js';

export interface HclParseResult {
  view: TerraformView;
  errors: ParseError[];
}

/**
 * Parses a .tf, .tofu or .tfvars file. Synchronous: `await loadHclParser()` once before.
 *
 * web-tree-sitter hands JS strings to the parser as UTF-16, so node indexes are already string
 * offsets and go straight into `file.range` (the non-ASCII tests guard this).
 */
export function parseHcl(file: SourceFile): HclParseResult {
  const tree = loadedHclParser().parse(file.text);
  if (!tree) throw new Error(`tree-sitter returned no tree for ${file.path}`);
  try {
    const root = tree.rootNode;
    const body = root.namedChildren.find((child) => child?.type === 'body');
    const { attributes, blocks } = body ? readBody(body, file, undefined) : { attributes: [], blocks: [] };
    const view: TerraformView = { kind: 'terraform', file, blocks, attributes, isTfvars: isTfvarsPath(file.path) };
    return { view, errors: root.hasError ? syntaxErrors(root, file) : [] };
  } finally {
    tree.delete(); // the tree lives in WASM memory, which the GC does not see; the view is plain JS
  }
}

export function isTfvarsPath(path: string): boolean {
  return /\.tfvars(\.json)?$/.test(path);
}

function readBody(body: Node, file: SourceFile, parent: HclBlock | undefined) {
  const attributes: HclAttribute[] = [];
  const blocks: HclBlock[] = [];
  for (const child of body.namedChildren) {
    if (child?.type === 'attribute') {
      const attribute = readAttribute(child, file);
      if (attribute) attributes.push(attribute);
    } else if (child?.type === 'block') {
      blocks.push(readBlock(child, file, parent));
    }
  }
  return { attributes, blocks };
}

function readAttribute(node: Node, file: SourceFile): HclAttribute | undefined {
  const name = node.firstChild;
  const expression = node.namedChildren.find((child) => child?.type === 'expression');
  if (!name || name.type !== 'identifier' || !expression) return undefined;
  return {
    name: name.text,
    nameRange: file.range(name.startIndex, name.endIndex),
    value: evaluate(expression, file),
    range: file.range(node.startIndex, node.endIndex),
  };
}

function readBlock(node: Node, file: SourceFile, parent: HclBlock | undefined): HclBlock {
  const typeNode = node.firstChild!;
  const labels: HclLabel[] = [];
  let bodyNode: Node | undefined;
  for (const child of node.namedChildren.slice(1)) {
    if (!child) continue;
    if (child.type === 'string_lit' || child.type === 'identifier') labels.push(readLabel(child, file));
    else if (child.type === 'body') bodyNode = child;
  }
  const headerEnd = labels.length > 0 ? labels[labels.length - 1]!.range.end.offset : typeNode.endIndex;
  const block: HclBlock = {
    type: typeNode.text,
    typeRange: file.range(typeNode.startIndex, typeNode.endIndex),
    labels,
    header: file.range(typeNode.startIndex, headerEnd),
    body: makeBody([], []),
    range: file.range(node.startIndex, node.endIndex),
    ...(parent ? { parent } : {}),
  };
  if (bodyNode) {
    const { attributes, blocks } = readBody(bodyNode, file, block);
    block.body = makeBody(attributes, blocks);
  }
  return block;
}

/** A label is `"quoted"` (its range includes the quotes) or a bare identifier. */
function readLabel(node: Node, file: SourceFile): HclLabel {
  const range = file.range(node.startIndex, node.endIndex);
  if (node.type === 'identifier') return { value: node.text, range };
  const value = evaluate(node, file);
  return { value: value.kind === 'string' ? value.value : file.text.slice(node.startIndex + 1, node.endIndex - 1), range };
}
