import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  grammarBytes,
  treeSitterRuntime
} from "./chunk-FDI3CXUN.js";
import {
  effectiveCommand
} from "./chunk-OI5CPLJU.js";
import "./chunk-4XWRCDWT.js";
import "./chunk-27OXTBH3.js";

// src/parsers/shell/load.ts
var loaded;
var loading;
async function loadShellParser() {
  if (loaded) return;
  loading ??= createBashParser().catch((error) => {
    loading = void 0;
    throw error;
  });
  loaded = await loading;
}
function loadedShellParser() {
  if (!loaded) throw new Error("parseShell() called before `await loadShellParser()`");
  return loaded;
}
async function createBashParser() {
  const { Parser, Language } = await treeSitterRuntime();
  const parser = new Parser();
  parser.setLanguage(await Language.load(await grammarBytes("tree-sitter-bash/tree-sitter-bash.wasm")));
  return parser;
}

// src/parsers/shell/words.ts
function toShellWord(node) {
  const word = { text: node.text, start: node.startIndex, end: node.endIndex };
  const value = literalValue(node);
  if (value !== void 0) word.value = value;
  return word;
}
function emptyWord(offset) {
  return { text: "", value: "", start: offset, end: offset };
}
function literalValue(node) {
  switch (node.type) {
    case "word":
      return unescapeUnquoted(node.text);
    case "number":
    case "variable_name":
      return node.text;
    case "raw_string":
      return node.text.slice(1, -1);
    case "string":
      return doubleQuotedValue(node);
    case "ansi_c_string":
      return unescapeAnsiC(node.text.slice(2, -1));
    case "concatenation":
      return concatenated(node);
    default:
      return void 0;
  }
}
function concatenated(node) {
  let value = "";
  for (const part of node.namedChildren) {
    if (!part) return void 0;
    const partValue = literalValue(part);
    if (partValue === void 0) return void 0;
    value += partValue;
  }
  return value;
}
function doubleQuotedValue(node) {
  if (node.namedChildren.some((part) => part?.type !== "string_content")) return void 0;
  const inner = node.text.slice(1, -1);
  if (inner.includes("`")) return void 0;
  return inner.replace(/\\([$`"\\\n])/g, (_, escaped) => escaped === "\n" ? "" : escaped);
}
function unescapeUnquoted(text) {
  return text.replace(/\\([\s\S])/g, (_, escaped) => escaped === "\n" ? "" : escaped);
}
var ANSI_C_ESCAPES = {
  n: "\n",
  t: "	",
  r: "\r",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  E: "\x1B",
  f: "\f",
  v: "\v",
  "\\": "\\",
  "'": "'",
  '"': '"',
  "?": "?"
};
function unescapeAnsiC(inner) {
  let unknown = false;
  const value = inner.replace(/\\([\s\S])/g, (_, escaped) => {
    const replacement = ANSI_C_ESCAPES[escaped];
    if (replacement === void 0) unknown = true;
    return replacement ?? "";
  });
  return unknown ? void 0 : value;
}

// src/parsers/shell/commands.ts
function collectCommands(tree) {
  const commands = [];
  const cursor = tree.walk();
  try {
    for (; ; ) {
      const type = cursor.nodeType;
      if (type === "command" || type === "declaration_command" || type === "unset_command") {
        const node = cursor.currentNode;
        const command = type === "command" ? toShellCommand(node) : toBuiltinCommand(node);
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
function toShellCommand(node) {
  const assignments = [];
  const args = [];
  let nameNode;
  for (let i = 0; i < node.childCount; i++) {
    const child = node.child(i);
    if (!child) continue;
    if (child.type === "variable_assignment" && !nameNode) {
      assignments.push(toAssignment(child));
    } else if (child.type === "command_name") {
      nameNode = child.firstNamedChild ?? child;
    } else if (nameNode && node.fieldNameForChild(i) === "argument") {
      args.push(toShellWord(child));
    }
  }
  if (!nameNode) return void 0;
  return { name: toShellWord(nameNode), args, assignments, start: node.startIndex, end: node.endIndex };
}
function toAssignment(node) {
  const nameNode = node.childForFieldName("name") ?? node.firstNamedChild;
  const valueNode = node.childForFieldName("value");
  return {
    name: nameNode?.text ?? "",
    value: valueNode ? toShellWord(valueNode) : emptyWord(node.endIndex),
    start: node.startIndex,
    end: node.endIndex
  };
}
function toBuiltinCommand(node) {
  const keyword = node.child(0);
  if (!keyword) return void 0;
  const args = [];
  for (const child of node.namedChildren) {
    if (!child) continue;
    if (child.type === "variable_assignment") {
      const { name: name2, value } = toAssignment(child);
      const word = { text: child.text, start: child.startIndex, end: child.endIndex };
      args.push(value.value === void 0 ? word : { ...word, value: `${name2}=${value.value}` });
    } else {
      args.push(toShellWord(child));
    }
  }
  const name = { text: keyword.text, value: keyword.text, start: keyword.startIndex, end: keyword.endIndex };
  return { name, args, assignments: [], start: node.startIndex, end: node.endIndex };
}

// src/parsers/shell/errors.ts
function firstSyntaxError(root) {
  if (!root.hasError) return void 0;
  const culprit = earliestErrorNode(root);
  if (!culprit) return { message: "syntax error", offset: root.startIndex };
  if (culprit.isMissing) {
    return { message: `syntax error: missing \`${culprit.type}\``, offset: culprit.startIndex };
  }
  const snippet = culprit.text.split("\n", 1)[0].slice(0, 30);
  return {
    message: snippet ? `syntax error near \`${snippet}\`` : "syntax error: unexpected end of script",
    offset: culprit.startIndex
  };
}
function earliestErrorNode(node) {
  if (node.isError || node.isMissing) return node;
  if (!node.hasError) return void 0;
  for (const child of node.children) {
    const found = child && earliestErrorNode(child);
    if (found) return found;
  }
  return void 0;
}

// src/parsers/shell/inline-scripts.ts
var SHELLS = /* @__PURE__ */ new Set(["sh", "bash", "dash", "ash", "zsh", "ksh", "mksh"]);
var COMMAND_STRING_OPTION = /^-[a-zA-Z]*c[a-zA-Z]*$/;
function inlineScriptOf(command) {
  const run = effectiveCommand(command);
  const name = run.name.value;
  if (name === void 0 || !SHELLS.has(name.slice(name.lastIndexOf("/") + 1))) return void 0;
  const optionIndex = run.args.findIndex((arg) => arg.value !== void 0 && COMMAND_STRING_OPTION.test(arg.value));
  const scriptWord = optionIndex < 0 ? void 0 : run.args[optionIndex + 1];
  if (scriptWord?.value === void 0) return void 0;
  const { text, value } = scriptWord;
  if (text === value) return { script: value, offset: scriptWord.start };
  const quoted = (text.startsWith("'") || text.startsWith('"')) && text.slice(1, -1) === value;
  return quoted ? { script: value, offset: scriptWord.start + 1 } : void 0;
}

// src/parsers/shell/parse.ts
var MAX_INLINE_DEPTH = 3;
function parseShell(script, options = {}) {
  void options.dialect;
  return parseAtDepth(script, 0);
}
function parseAtDepth(script, depth) {
  const parser = loadedShellParser();
  let tree;
  try {
    tree = parser.parse(script);
  } catch (error) {
    return { commands: [], error: { message: `shell parser failed: ${String(error)}`, offset: 0 } };
  }
  if (!tree) return { commands: [], error: { message: "shell parser gave up on this script", offset: 0 } };
  try {
    const commands = collectCommands(tree);
    const error = firstSyntaxError(tree.rootNode);
    const withInline = depth < MAX_INLINE_DEPTH ? addInlineScriptCommands(commands, depth) : commands;
    return error ? { commands: withInline, error } : { commands: withInline };
  } finally {
    tree.delete();
  }
}
function addInlineScriptCommands(commands, depth) {
  const result = [];
  for (const command of commands) {
    result.push(command);
    const inline = inlineScriptOf(command);
    if (!inline) continue;
    const nested = parseAtDepth(inline.script, depth + 1);
    for (const inner of nested.commands) result.push(shiftCommand(inner, inline.offset));
  }
  return result;
}
function shiftCommand(command, delta) {
  const shift = (item) => ({
    ...item,
    start: item.start + delta,
    end: item.end + delta
  });
  return {
    name: shift(command.name),
    args: command.args.map(shift),
    assignments: command.assignments.map((assignment) => ({ ...shift(assignment), value: shift(assignment.value) })),
    start: command.start + delta,
    end: command.end + delta
  };
}

// src/parsers/shell/mask-expressions.ts
function maskExpressions(script) {
  let masked = "";
  let copiedUpTo = 0;
  let searchFrom = 0;
  for (; ; ) {
    const open = script.indexOf("${{", searchFrom);
    if (open < 0) break;
    const close = expressionEnd(script, open + 3);
    if (close < 0) break;
    masked += script.slice(copiedUpTo, open) + "$" + "_".repeat(close - open - 1);
    copiedUpTo = close;
    searchFrom = close;
  }
  return copiedUpTo === 0 ? script : masked + script.slice(copiedUpTo);
}
function expressionEnd(script, from) {
  let inString = false;
  for (let i = from; i < script.length; i++) {
    const c = script[i];
    if (c === "'") inString = !inString;
    else if (!inString && c === "}" && script[i + 1] === "}") return i + 2;
  }
  return -1;
}
export {
  effectiveCommand,
  loadShellParser,
  maskExpressions,
  parseShell
};
