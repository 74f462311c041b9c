import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  loadedHclParser
} from "./chunk-O24M6ZPD.js";
import {
  require_dist
} from "./chunk-HWBIRAM6.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// src/parsers/terraform/offset-map.ts
var OffsetMap = class {
  valueStarts = [];
  fileStarts = [];
  /** The file end of a replaced segment; -1 for a plain one. */
  replacedEnds = [];
  /** Appends a segment starting at `valueOffset`. */
  add(valueOffset, fileStart, replacedFileEnd = -1) {
    this.valueStarts.push(valueOffset);
    this.fileStarts.push(fileStart);
    this.replacedEnds.push(replacedFileEnd);
  }
  /** The file offset where the character at `valueOffset` starts. */
  toFile(valueOffset) {
    const segment = this.segmentOf(valueOffset);
    if (segment < 0) return valueOffset;
    if (this.replacedEnds[segment] >= 0) return this.fileStarts[segment];
    return this.fileStarts[segment] + (valueOffset - this.valueStarts[segment]);
  }
  /** The file offset just after the character before `valueEnd`: the end of a range. */
  toFileEnd(valueEnd) {
    if (valueEnd <= 0) return this.toFile(0);
    const segment = this.segmentOf(valueEnd - 1);
    if (segment >= 0 && this.replacedEnds[segment] >= 0) return this.replacedEnds[segment];
    return this.toFile(valueEnd - 1) + 1;
  }
  segmentOf(valueOffset) {
    let lo = 0;
    let hi = this.valueStarts.length - 1;
    if (hi < 0) return -1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.valueStarts[mid] <= valueOffset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
};

// src/parsers/terraform/templates.ts
var QUOTED_SPECIAL = /\\|\$\$\{|%%\{|\n/g;
var HEREDOC_SPECIAL = /\$\$\{|%%\{|\n/g;
var SIMPLE_ESCAPES = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
function staticTemplate(node, text, evaluate2) {
  const isHeredoc = node.type === "heredoc_template";
  if (!isHeredoc && isPlainQuoted(node)) {
    return decode(text, { start: node.startIndex + 1, end: node.endIndex - 1 }, [], { isHeredoc, indent: 0 }, evaluate2);
  }
  const bounds = isHeredoc ? heredocContent(node, text) : quotedContent(node);
  const embedded = node.namedChildren.filter(
    (child) => child !== null && (child.type === "template_interpolation" || child.type === "template_directive")
  );
  if (embedded.some((child) => child.type === "template_directive")) return void 0;
  const indent = isHeredoc && isFlushHeredoc(node) ? flushIndent(text, bounds.start, bounds.end, embedded) : 0;
  return decode(text, bounds, embedded, { isHeredoc, indent }, evaluate2);
}
function isPlainQuoted(node) {
  const count = node.childCount;
  if (count === 2) return true;
  return count === 3 && node.child(1).type === "template_literal";
}
function quotedContent(node) {
  return { start: node.firstChild.endIndex, end: node.lastChild.startIndex };
}
function heredocContent(node, text) {
  const markers = node.namedChildren.filter((child) => child?.type === "heredoc_identifier");
  const open = markers[0];
  const close = markers[markers.length - 1];
  const afterOpen = text.indexOf("\n", open.endIndex);
  const start = afterOpen < 0 ? open.endIndex : afterOpen + 1;
  const end = text.lastIndexOf("\n", close.startIndex - 1) + 1;
  return { start, end: Math.max(start, end) };
}
function isFlushHeredoc(node) {
  return node.namedChildren.some((child) => child?.type === "heredoc_start" && child.text === "<<-");
}
function flushIndent(text, start, end, embedded) {
  let smallest = Infinity;
  let lineStart = start;
  while (lineStart < end) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 || newline >= end ? end : newline;
    const insideEmbedded = embedded.some((node) => node.startIndex < lineStart && lineStart < node.endIndex);
    if (!insideEmbedded) {
      let spaces = 0;
      while (lineStart + spaces < lineEnd && /[ \t]/.test(text[lineStart + spaces])) spaces++;
      const blank = lineStart + spaces === lineEnd || spaces === lineEnd - lineStart - 1 && text[lineEnd - 1] === "\r";
      if (!blank) smallest = Math.min(smallest, spaces);
    }
    lineStart = lineEnd + 1;
  }
  return smallest === Infinity ? 0 : smallest;
}
function decode(text, bounds, embedded, options, evaluate2) {
  const out = new MappedText();
  const special = new RegExp(options.isHeredoc ? HEREDOC_SPECIAL : QUOTED_SPECIAL);
  let at = bounds.start;
  let next = 0;
  let lineStart = options.indent > 0;
  while (at < bounds.end) {
    const interpolation = embedded[next];
    if (interpolation && at >= interpolation.startIndex) {
      const inner = interpolation.namedChildren.find((child) => child?.type === "expression");
      const value = inner ? evaluate2(inner) : "";
      if (value === void 0) return void 0;
      out.pushReplaced(value, interpolation.startIndex, interpolation.endIndex);
      at = interpolation.endIndex;
      next++;
      lineStart = false;
      continue;
    }
    const limit = interpolation ? Math.min(interpolation.startIndex, bounds.end) : bounds.end;
    if (lineStart) {
      let stripped = 0;
      while (stripped < options.indent && at < limit && (text[at] === " " || text[at] === "	")) at++, stripped++;
      lineStart = false;
      continue;
    }
    special.lastIndex = at;
    const match = special.exec(text);
    const matchAt = match && match.index < limit ? match.index : limit;
    if (matchAt > at) out.pushPlain(text.slice(at, matchAt), at);
    at = matchAt;
    if (!match || match.index >= limit) continue;
    at = decodeSpecial(text, at, out);
    if (match[0] === "\n") lineStart = options.indent > 0;
  }
  return { value: out.toString(), offsets: out.offsets };
}
function decodeSpecial(text, at, out) {
  const char = text[at];
  if (char === "\n") {
    out.pushPlain("\n", at);
    return at + 1;
  }
  if (char === "$" || char === "%") {
    out.pushReplaced(`${char}{`, at, at + 3);
    return at + 3;
  }
  const code = text[at + 1] ?? "";
  const simple = SIMPLE_ESCAPES[code];
  if (simple !== void 0) {
    out.pushReplaced(simple, at, at + 2);
    return at + 2;
  }
  const hexLength = code === "u" ? 4 : code === "U" ? 8 : 0;
  const hex = text.slice(at + 2, at + 2 + hexLength);
  if (hexLength > 0 && /^[0-9a-fA-F]+$/.test(hex) && hex.length === hexLength) {
    out.pushReplaced(String.fromCodePoint(parseInt(hex, 16)), at, at + 2 + hexLength);
    return at + 2 + hexLength;
  }
  out.pushPlain(char, at);
  return at + 1;
}
var MappedText = class {
  offsets = new OffsetMap();
  parts = [];
  length = 0;
  /** File offset right after the last plain segment, to extend it instead of adding one. */
  plainUntil = -1;
  /** Appends `part`, written in the file as is at `fileOffset`. */
  pushPlain(part, fileOffset) {
    if (part.length === 0) return;
    if (fileOffset !== this.plainUntil) this.offsets.add(this.length, fileOffset);
    this.append(part);
    this.plainUntil = fileOffset + part.length;
  }
  /** Appends `part`, which replaces the file text from `fileStart` to `fileEnd` (an escape, …). */
  pushReplaced(part, fileStart, fileEnd) {
    if (part.length === 0) return;
    this.offsets.add(this.length, fileStart, fileEnd);
    this.append(part);
    this.plainUntil = -1;
  }
  append(part) {
    this.parts.push(part);
    this.length += part.length;
  }
  toString() {
    return this.parts.join("");
  }
};

// src/parsers/terraform/json-encode.ts
function isStatic(value) {
  switch (value.kind) {
    case "unknown":
      return false;
    case "list":
      return value.items.every(isStatic);
    case "object":
      return value.entries.every((entry) => isStatic(entry.value));
    default:
      return true;
  }
}
function toPlain(value) {
  switch (value.kind) {
    case "unknown":
      return void 0;
    case "null":
      return null;
    case "list":
      return value.items.map((item) => toPlain(item) ?? null);
    case "object": {
      const result = {};
      for (const entry of value.entries) result[entry.key] = toPlain(entry.value) ?? null;
      return result;
    }
    default:
      return value.value;
  }
}
function encodeJson(value) {
  return JSON.stringify(sortKeys(toPlain(value) ?? null)).replace(
    /[<>&\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const sorted = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys(value[key]);
  return sorted;
}

// src/parsers/terraform/references.ts
function collectReferences(root) {
  const bound = /* @__PURE__ */ new Set();
  const found = /* @__PURE__ */ new Set();
  if (/\bfor\b/.test(root.text)) collectBoundNames(root, bound);
  visit(root, (variable) => {
    const traversal = traversalFrom(variable);
    const rootName = traversal.split(".")[0];
    if (!bound.has(rootName)) found.add(traversal);
  });
  return [...found];
}
function visit(node, onVariable) {
  if (node.type === "variable_expr") {
    onVariable(node);
    return;
  }
  if (node.type === "object_elem") {
    const key = node.childForFieldName("key");
    const value = node.childForFieldName("val");
    if (key && !isBareName(key)) visit(key, onVariable);
    if (value) visit(value, onVariable);
    return;
  }
  for (const child of node.namedChildren) if (child) visit(child, onVariable);
}
function isBareName(expression) {
  return expression.childCount === 1 && expression.firstChild?.type === "variable_expr";
}
function traversalFrom(variable) {
  const parts = [variable.text];
  for (let next = variable.nextSibling; next?.type === "get_attr"; next = next.nextSibling) {
    const name = next.namedChildren.find((child) => child?.type === "identifier");
    if (name) parts.push(name.text);
  }
  return parts.join(".");
}
function collectBoundNames(node, bound) {
  if (node.type === "for_intro" || node.type === "template_for_start") {
    for (const child of node.namedChildren) if (child?.type === "identifier") bound.add(child.text);
  }
  for (const child of node.namedChildren) if (child) collectBoundNames(child, bound);
}

// src/parsers/terraform/values.ts
function evaluate(node, file) {
  const type = node.type;
  if (type === "expression" || type === "literal_value" || type === "collection_value" || type === "template_expr") {
    return evaluateWrapper(node, file);
  }
  const range = file.range(node.startIndex, node.endIndex);
  switch (type) {
    case "numeric_lit":
      return { kind: "number", value: Number(node.text), range };
    case "bool_lit":
      return { kind: "bool", value: node.text === "true", range };
    case "null_lit":
      return { kind: "null", range };
    case "string_lit":
    case "quoted_template":
    case "heredoc_template":
      return evaluateTemplate(node, file);
    case "tuple":
      return { kind: "list", items: childrenOfType(node, "expression").map((item) => evaluate(item, file)), range };
    case "object":
      return evaluateObject(node, file);
    case "function_call":
      return evaluateCall(node, file);
    case "operation":
      return evaluateOperation(node, file);
    default:
      return unknown(node, file);
  }
}
function evaluateWrapper(node, file) {
  if (node.childCount === 1) {
    const only2 = node.firstChild;
    if (only2.isNamed && only2.type !== "comment") return { ...evaluate(only2, file), range: file.range(node.startIndex, node.endIndex) };
  }
  const children = node.children.filter((child) => child !== null && child.type !== "comment");
  const only = children.length === 1 ? children[0] : void 0;
  if (only?.isNamed) return { ...evaluate(only, file), range: file.range(node.startIndex, node.endIndex) };
  if (children.length === 3 && children[0].type === "(" && children[2].type === ")") {
    return { ...evaluate(children[1], file), range: file.range(node.startIndex, node.endIndex) };
  }
  return unknown(node, file);
}
function evaluateTemplate(node, file) {
  const text = staticTemplate(node, file.text, (inner) => {
    const value = evaluate(inner, file);
    if (value.kind === "string") return value.value;
    if (value.kind === "number" || value.kind === "bool") return String(value.value);
    return void 0;
  });
  if (!text) return unknown(node, file);
  return { kind: "string", value: text.value, offsets: text.offsets, range: file.range(node.startIndex, node.endIndex) };
}
function evaluateObject(node, file) {
  const entries = [];
  for (const element of childrenOfType(node, "object_elem")) {
    const keyNode = element.childForFieldName("key");
    const valueNode = element.childForFieldName("val");
    if (!keyNode || !valueNode) return unknown(node, file);
    const key = objectKey(keyNode, file);
    if (key === void 0) return unknown(node, file);
    entries.push({ key, keyRange: file.range(keyNode.startIndex, keyNode.endIndex), value: evaluate(valueNode, file) });
  }
  return { kind: "object", entries, range: file.range(node.startIndex, node.endIndex) };
}
function objectKey(keyNode, file) {
  const bare = bareIdentifier(keyNode);
  if (bare !== void 0) return bare;
  const value = evaluate(keyNode, file);
  if (value.kind === "string") return value.value;
  if (value.kind === "number" || value.kind === "bool") return String(value.value);
  return void 0;
}
function bareIdentifier(expression) {
  if (expression.type !== "expression" || expression.childCount !== 1) return void 0;
  const variable = expression.firstChild;
  return variable.type === "variable_expr" ? variable.text : void 0;
}
function evaluateCall(node, file) {
  const name = node.firstChild?.type === "identifier" ? node.firstChild.text : void 0;
  const args = node.namedChildren.find((child) => child?.type === "function_arguments");
  const argNodes = args ? childrenOfType(args, "expression") : [];
  if (name === "jsonencode" && argNodes.length === 1 && !args?.children.some((c) => c?.type === "ellipsis")) {
    const json = evaluate(argNodes[0], file);
    const range = file.range(node.startIndex, node.endIndex);
    if (isStatic(json)) return { kind: "string", value: encodeJson(json), json, range };
    return { ...unknown(node, file), json };
  }
  return unknown(node, file);
}
function evaluateOperation(node, file) {
  const unary = node.firstChild;
  if (unary?.type === "unary_operation" && unary.childCount === 2) {
    const operand = evaluate(unary.child(1), file);
    const range = file.range(node.startIndex, node.endIndex);
    const operator = unary.child(0).type;
    if (operator === "-" && operand.kind === "number") return { kind: "number", value: -operand.value, range };
    if (operator === "!" && operand.kind === "bool") return { kind: "bool", value: !operand.value, range };
  }
  return unknown(node, file);
}
function unknown(node, file) {
  const call = node.type === "function_call" ? node.firstChild?.text : callName(node);
  return {
    kind: "unknown",
    text: file.text.slice(node.startIndex, node.endIndex),
    references: collectReferences(node),
    ...call ? { call } : {},
    range: file.range(node.startIndex, node.endIndex)
  };
}
function callName(node) {
  let current = node;
  while (current && current.namedChildCount === 1 && current.childCount === 1) {
    current = current.firstChild;
    if (current?.type === "function_call") return current.firstChild?.text;
  }
  return void 0;
}
function childrenOfType(node, type) {
  return node.namedChildren.filter((child) => child?.type === type);
}

// src/parsers/terraform/errors.ts
var MAX_ERRORS = 5;
var MISSING_NAMES = {
  block_end: "`}`",
  object_end: "`}`",
  tuple_end: "`]`",
  quoted_template_end: 'closing `"`',
  template_interpolation_end: "`}` closing `${`",
  heredoc_identifier: "heredoc end marker"
};
function syntaxErrors(root, file) {
  const errors = [];
  const visit2 = (node) => {
    if (errors.length >= MAX_ERRORS || !node.hasError) return;
    for (const child of node.children) {
      if (!child || errors.length >= MAX_ERRORS) continue;
      if (child.isMissing) errors.push(missingError(child, file));
      else if (child.isError) errors.push(unexpectedError(child, file));
      else visit2(child);
    }
  };
  if (root.isError) errors.push(unexpectedError(root, file));
  else visit2(root);
  return errors;
}
function missingError(node, file) {
  const name = MISSING_NAMES[node.type] ?? `\`${node.type}\``;
  return { message: `HCL syntax error: missing ${name}`, range: file.range(node.startIndex, node.endIndex) };
}
function unexpectedError(node, file) {
  const range = file.range(node.startIndex, node.endIndex);
  const text = file.text.slice(node.startIndex, node.endIndex);
  const firstLine = text.split(/\r?\n/)[0].trim();
  const shown = firstLine.length > 40 ? `${firstLine.slice(0, 40)}\u2026` : firstLine;
  const single = node.childCount <= 1 && !/\s/.test(text);
  const message = single ? `HCL syntax error: unexpected \`${shown}\`` : `HCL syntax error near \`${shown}\``;
  return { message, range };
}

// src/parsers/terraform/view.ts
function makeBody(attributes, blocks) {
  return {
    attributes,
    blocks,
    attribute: (name) => attributes.find((attribute) => attribute.name === name),
    blocksOfType: (type) => blocks.filter((block) => block.type === type)
  };
}
function blockAddress(block) {
  const own = [block.type, ...block.labels.map((label) => label.value)].join(".");
  const parent = block.parent;
  if (!parent) return own;
  const siblings = parent.body.blocksOfType(block.type);
  const index = siblings.length > 1 ? `[${siblings.indexOf(block)}]` : "";
  return `${blockAddress(parent)}/${own}${index}`;
}
function attributeAt(body, path) {
  const [first, ...rest] = path;
  if (first === void 0) return void 0;
  if (rest.length === 0) return body.attribute(first);
  const nested = body.blocksOfType(first)[0];
  return nested ? attributeAt(nested.body, rest) : void 0;
}

// src/parsers/terraform/parse.ts
function parseHcl(file) {
  const tree = loadedHclParser().parse(file.text);
  if (!tree) throw new Error(`tree-sitter returned no tree for ${file.path}`);
  try {
    const root = tree.rootNode;
    const body = root.namedChildren.find((child) => child?.type === "body");
    const { attributes, blocks } = body ? readBody(body, file, void 0) : { attributes: [], blocks: [] };
    const view = { kind: "terraform", file, blocks, attributes, isTfvars: isTfvarsPath(file.path) };
    return { view, errors: root.hasError ? syntaxErrors(root, file) : [] };
  } finally {
    tree.delete();
  }
}
function isTfvarsPath(path) {
  return /\.tfvars(\.json)?$/.test(path);
}
function readBody(body, file, parent) {
  const attributes = [];
  const blocks = [];
  for (const child of body.namedChildren) {
    if (child?.type === "attribute") {
      const attribute = readAttribute(child, file);
      if (attribute) attributes.push(attribute);
    } else if (child?.type === "block") {
      blocks.push(readBlock(child, file, parent));
    }
  }
  return { attributes, blocks };
}
function readAttribute(node, file) {
  const name = node.firstChild;
  const expression = node.namedChildren.find((child) => child?.type === "expression");
  if (!name || name.type !== "identifier" || !expression) return void 0;
  return {
    name: name.text,
    nameRange: file.range(name.startIndex, name.endIndex),
    value: evaluate(expression, file),
    range: file.range(node.startIndex, node.endIndex)
  };
}
function readBlock(node, file, parent) {
  const typeNode = node.firstChild;
  const labels = [];
  let bodyNode;
  for (const child of node.namedChildren.slice(1)) {
    if (!child) continue;
    if (child.type === "string_lit" || child.type === "identifier") labels.push(readLabel(child, file));
    else if (child.type === "body") bodyNode = child;
  }
  const headerEnd = labels.length > 0 ? labels[labels.length - 1].range.end.offset : typeNode.endIndex;
  const block = {
    type: typeNode.text,
    typeRange: file.range(typeNode.startIndex, typeNode.endIndex),
    labels,
    header: file.range(typeNode.startIndex, headerEnd),
    body: makeBody([], []),
    range: file.range(node.startIndex, node.endIndex),
    ...parent ? { parent } : {}
  };
  if (bodyNode) {
    const { attributes, blocks } = readBody(bodyNode, file, block);
    block.body = makeBody(attributes, blocks);
  }
  return block;
}
function readLabel(node, file) {
  const range = file.range(node.startIndex, node.endIndex);
  if (node.type === "identifier") return { value: node.text, range };
  const value = evaluate(node, file);
  return { value: value.kind === "string" ? value.value : file.text.slice(node.startIndex + 1, node.endIndex - 1), range };
}

// src/parsers/terraform/json-value.ts
var import_yaml = __toESM(require_dist(), 1);
function jsonValueOf(file, value) {
  if ((value.kind === "string" || value.kind === "unknown") && value.json) return { value: value.json, errors: [] };
  if (value.kind !== "string" || !value.offsets || !/^\s*[[{]/.test(value.value)) return void 0;
  return parseMappedJson(file, value.value, value.offsets);
}
function parseMappedJson(file, text, offsets) {
  const toRange = (start, end) => file.range(offsets.toFile(start), end > start ? offsets.toFileEnd(end) : offsets.toFile(start));
  const document = (0, import_yaml.parseDocument)(text, { uniqueKeys: false, schema: "json", strict: false });
  const errors = document.errors.map((error) => ({
    message: `invalid JSON: ${error.message.split("\n")[0]}`,
    range: toRange(error.pos[0], error.pos[1])
  }));
  const value = document.contents ? toHclValue(document.contents, toRange) : void 0;
  return value ? { value, errors } : { errors };
}
function toHclValue(node, toRange) {
  const [start, end] = node.range ?? [0, 0];
  const range = toRange(start, end);
  if ((0, import_yaml.isScalar)(node)) {
    const value = node.value;
    if (typeof value === "string") return { kind: "string", value, range };
    if (typeof value === "number") return { kind: "number", value, range };
    if (typeof value === "boolean") return { kind: "bool", value, range };
    if (value === null) return { kind: "null", range };
    return void 0;
  }
  if ((0, import_yaml.isSeq)(node)) {
    const items = node.items.flatMap((item) => {
      const converted = item && typeof item === "object" ? toHclValue(item, toRange) : void 0;
      return converted ? [converted] : [];
    });
    return { kind: "list", items, range };
  }
  if ((0, import_yaml.isMap)(node)) {
    const entries = [];
    for (const pair of node.items) {
      if (!(0, import_yaml.isScalar)(pair.key) || !pair.value) continue;
      const converted = toHclValue(pair.value, toRange);
      const [keyStart, keyEnd] = pair.key.range ?? [0, 0];
      if (converted) entries.push({ key: String(pair.key.value), keyRange: toRange(keyStart, keyEnd), value: converted });
    }
    return { kind: "object", entries, range };
  }
  return void 0;
}

// src/parsers/terraform/read.ts
function stringOf(value) {
  if (!value) return void 0;
  if (value.kind === "unknown") return "unknown";
  if (value.kind === "string") return value.value;
  if (value.kind === "number" || value.kind === "bool") return String(value.value);
  return void 0;
}
function numberOf(value) {
  if (!value) return void 0;
  if (value.kind === "unknown") return "unknown";
  if (value.kind === "number") return value.value;
  if (value.kind === "string" && /^\s*-?\d+\s*$/.test(value.value)) return Number(value.value);
  return void 0;
}
function boolOf(value) {
  if (!value) return void 0;
  if (value.kind === "unknown") return "unknown";
  if (value.kind === "bool") return value.value;
  if (value.kind === "string" && (value.value === "true" || value.value === "false")) return value.value === "true";
  return void 0;
}
function itemsOf(value) {
  if (!value || value.kind === "null") return [];
  return value.kind === "list" ? value.items : [value];
}
function entryOf(value, key) {
  if (value?.kind !== "object") return void 0;
  let found;
  for (const entry of value.entries) if (entry.key === key) found = entry.value;
  return found;
}
function resourcesOfType(blocks, types) {
  const wanted = typeof types === "string" ? /* @__PURE__ */ new Set([types]) : types;
  return blocks.filter((block) => block.type === "resource" && wanted.has(block.labels[0]?.value ?? ""));
}
function rangeWithin(file, value, start, end) {
  if (value.offsets) return file.range(value.offsets.toFile(start), end > start ? value.offsets.toFileEnd(end) : value.offsets.toFile(start));
  const text = file.text.slice(value.range.start.offset, value.range.end.offset);
  if (text === JSON.stringify(value.value)) {
    const base = value.range.start.offset + 1;
    return file.range(base + start, base + end);
  }
  return value.range;
}

// src/parsers/terraform/dynamic.ts
function blockInstances(body, type) {
  const instances = [];
  body.blocksOfType(type).forEach((block, index) => {
    instances.push({
      owner: block,
      get: (name) => block.body.attribute(name)?.value,
      blocks: (nested) => block.body.blocksOfType(nested),
      key: `${type}[${index}]`
    });
  });
  const attribute = body.attribute(type);
  if (attribute?.value.kind === "list") {
    attribute.value.items.forEach((item, index) => {
      if (item.kind !== "object") return;
      instances.push({ owner: void 0, get: (name) => entryOf2(item, name), blocks: () => [], key: `${type}=[${index}]` });
    });
  }
  body.blocksOfType("dynamic").forEach((dynamic, dynamicIndex) => {
    if (dynamic.labels[0]?.value !== type) return;
    const content = dynamic.body.blocksOfType("content")[0];
    if (!content) return;
    const iteratorValue = dynamic.body.attribute("iterator")?.value;
    const iterator = iteratorValue?.kind === "unknown" && /^\w+$/.test(iteratorValue.text) ? iteratorValue.text : type;
    const elements = forEachElements(dynamic.body.attribute("for_each")?.value);
    (elements ?? [void 0]).forEach((element, index) => {
      instances.push({
        owner: dynamic,
        get: (name) => {
          const value = content.body.attribute(name)?.value;
          return value && element ? substitute(value, iterator, element) : value;
        },
        blocks: (nested) => content.body.blocksOfType(nested),
        key: `dynamic.${type}[${dynamicIndex}]${elements ? `[${index}]` : ""}`
      });
    });
  });
  return instances;
}
function entryOf2(value, key) {
  if (value.kind !== "object") return void 0;
  let found;
  for (const entry of value.entries) if (entry.key === key) found = entry.value;
  return found;
}
function forEachElements(value) {
  if (value?.kind === "list") return value.items;
  if (value?.kind === "object") return value.entries.map((entry) => entry.value);
  return void 0;
}
var ITERATOR_PATH = /^(\w+)\.value((?:\.\w+|\["[^"]*"\])*)$/;
function substitute(value, iterator, element) {
  if (value.kind === "list") return { ...value, items: value.items.map((item) => substitute(item, iterator, element)) };
  if (value.kind !== "unknown") return value;
  const match = ITERATOR_PATH.exec(value.text.replace(/\s+/g, ""));
  if (!match || match[1] !== iterator) return value;
  let current = element;
  for (const [, dotted, quoted] of match[2].matchAll(/\.(\w+)|\["([^"]*)"\]/g)) {
    current = current ? entryOf2(current, dotted ?? quoted) : void 0;
  }
  return current ?? value;
}

export {
  OffsetMap,
  isStatic,
  toPlain,
  makeBody,
  blockAddress,
  attributeAt,
  parseHcl,
  isTfvarsPath,
  jsonValueOf,
  stringOf,
  numberOf,
  boolOf,
  itemsOf,
  entryOf,
  resourcesOfType,
  rangeWithin,
  blockInstances
};
