import type { Node, Tree } from 'web-tree-sitter';
import type { ShellAssignment, ShellCommand } from './types.js';
import { emptyWord, toShellWord } from './words.js';

/**
 * Every simple command (and export/declare/unset builtin) of the tree in source order, wherever it sits: lists (`&&`, `||`, `;`),
 * pipelines, subshells, groups, if/for/while/case bodies, functions, `$( )` and backquotes
 * (also inside strings and unquoted heredocs), and parts the parser recovered around an error.
 */
export function collectCommands(tree: Tree): ShellCommand[] {
  const commands: ShellCommand[] = [];
  const cursor = tree.walk();
  try {
    // Pre-order walk with a cursor: no child arrays are allocated for nodes that are not commands.
    for (;;) {
      const type = cursor.nodeType;
      if (type === 'command' || type === 'declaration_command' || type === 'unset_command') {
        const node = cursor.currentNode;
        const command = type === 'command' ? toShellCommand(node) : toBuiltinCommand(node);
        if (command) commands.push(command);
      }
      if (cursor.gotoFirstChild() || cursor.gotoNextSibling()) continue;
      let climbing = true;
      while (climbing) {
        if (!cursor.gotoParent()) return commands;
        climbing = !cursor.gotoNextSibling();
      }
    }
  } finally {
    cursor.delete();
  }
}

function toShellCommand(node: Node): ShellCommand | undefined {
  const assignments: ShellAssignment[] = [];
  const args = [];
  let nameNode: Node | undefined;
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (!child) continue;
    if (child.type === 'variable_assignment' && !nameNode) {
      assignments.push(toAssignment(child));
    } else if (child.type === 'command_name') {
      nameNode = child.firstNamedChild ?? child;
    } else if (nameNode && node.fieldNameForChild(i) === 'argument') {
      args.push(toShellWord(child));
    }
    // Redirections (`> file`, `2>&1`, `<<EOF`) are not arguments and are left out.
  }
  if (!nameNode) return undefined;
  return { name: toShellWord(nameNode), args, assignments, start: node.startIndex, end: node.endIndex };
}

function toAssignment(node: Node): ShellAssignment {
  const nameNode = node.childForFieldName('name') ?? node.firstNamedChild;
  const valueNode = node.childForFieldName('value');
  return {
    name: nameNode?.text ?? '',
    value: valueNode ? toShellWord(valueNode) : emptyWord(node.endIndex),
    start: node.startIndex,
    end: node.endIndex,
  };
}

/**
 * `export A=1`, `declare -x A=1`, `readonly`, `local`, `typeset`, `unset A`: the grammar gives
 * them their own node types, but to a rule they are commands like any other (an exported
 * TF_CLI_ARGS matters to every later terraform). Each `A=1` becomes one argument whose value is
 * `A=1` when the right-hand side is literal.
 */
function toBuiltinCommand(node: Node): ShellCommand | undefined {
  const keyword = node.child(0);
  if (!keyword) return undefined;
  const args = [];
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === 'variable_assignment') {
      const { name, value } = toAssignment(child);
      const word = { text: child.text, start: child.startIndex, end: child.endIndex };
      args.push(value.value === undefined ? word : { ...word, value: `${name}=${value.value}` });
    } else {
      args.push(toShellWord(child));
    }
  }
  const name = { text: keyword.text, value: keyword.text, start: keyword.startIndex, end: keyword.endIndex };
  return { name, args, assignments: [], start: node.startIndex, end: node.endIndex };
}
