import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  nodeRange
} from "./chunk-WYMY3UWM.js";
import {
  require_dist
} from "./chunk-HWBIRAM6.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// src/parsers/yaml/scalar-offsets.ts
var import_yaml = __toESM(require_dist(), 1);
function scalarText(text, node) {
  const value = typeof node.value === "string" ? node.value : String(node.value ?? "");
  const [start, end] = node.range ?? [0, 0];
  const rebuilt = rebuild(text, node.type, start, end);
  const offsets = rebuilt ? alignTrailing(rebuilt, value) : void 0;
  if (!offsets) {
    return {
      value,
      exact: false,
      toFile: () => start,
      spanToFile: () => [start, start]
    };
  }
  const toFile = (offset) => {
    if (offset < offsets.length) return offsets[Math.max(0, offset)];
    return offsets.length > 0 ? offsets[offsets.length - 1] + 1 : start;
  };
  return {
    value,
    exact: true,
    toFile,
    spanToFile: (s, e) => [toFile(s), e > s ? toFile(e - 1) + 1 : toFile(s)]
  };
}
function rebuild(text, type, start, end) {
  switch (type) {
    case "BLOCK_LITERAL":
    case "BLOCK_FOLDED":
      return blockScalar(text, start, end, type === "BLOCK_FOLDED");
    case "QUOTE_DOUBLE":
      return flowScalar(text, start + 1, end - 1, "double");
    case "QUOTE_SINGLE":
      return flowScalar(text, start + 1, end - 1, "single");
    case "PLAIN":
      return flowScalar(text, start, end, "plain");
    default:
      return void 0;
  }
}
function alignTrailing(rebuilt, value) {
  const { out, map } = rebuilt;
  if (out === value) return map;
  if (out.startsWith(value) && /^\s*$/.test(out.slice(value.length))) return map.slice(0, value.length);
  if (value.startsWith(out) && /^\n*$/.test(value.slice(out.length))) {
    const last = map.length > 0 ? map[map.length - 1] : 0;
    return [...map, ...Array.from({ length: value.length - out.length }, () => last)];
  }
  return void 0;
}
function sourceLines(text, from, to) {
  const lines = [];
  let lineStart = from;
  while (lineStart <= to) {
    let newline = text.indexOf("\n", lineStart);
    if (newline < 0 || newline > to) newline = to;
    let lineEnd = newline;
    if (lineEnd > lineStart && text[lineEnd - 1] === "\r") lineEnd--;
    lines.push({ start: lineStart, text: text.slice(lineStart, lineEnd), breakAt: lineEnd });
    if (newline >= to) break;
    lineStart = newline + 1;
  }
  return lines;
}
function blockScalar(text, start, end, folded) {
  const headerEnd = text.indexOf("\n", start);
  if (headerEnd < 0 || headerEnd >= end) return { out: "", map: [] };
  const header = text.slice(start + 1, headerEnd).replace(/\s+#.*$/, "").trim();
  if (/\d/.test(header)) return void 0;
  const lines = sourceLines(text, headerEnd + 1, end);
  if (lines.length > 0 && lines[lines.length - 1].text === "" && lines[lines.length - 1].start >= end) lines.pop();
  const first = lines.find((line) => line.text.trim() !== "");
  if (!first) return { out: "", map: [] };
  const indent = first.text.length - first.text.trimStart().length;
  const out = [];
  const map = [];
  const emit = (chars, at) => {
    for (let i = 0; i < chars.length; i++) {
      out.push(chars[i]);
      map.push(at(i));
    }
  };
  const contentOf = (line) => line.text.length > indent ? line.text.slice(indent) : "";
  if (!folded) {
    for (const line of lines) {
      const content = contentOf(line);
      emit(content, (i) => line.start + indent + i);
      emit("\n", () => line.breakAt);
    }
    return { out: out.join(""), map };
  }
  let previous;
  let emptyBreaks = [];
  for (const line of lines) {
    const content = contentOf(line);
    if (content === "") {
      emptyBreaks.push(line.breakAt);
      continue;
    }
    const moreIndented = content[0] === " " || content[0] === "	";
    if (!previous) {
      for (const at of emptyBreaks) emit("\n", () => at);
    } else if (!moreIndented && !previous.moreIndented) {
      if (emptyBreaks.length === 0) emit(" ", () => previous.breakAt);
      else for (const at of emptyBreaks) emit("\n", () => at);
    } else {
      emit("\n", () => previous.breakAt);
      for (const at of emptyBreaks) emit("\n", () => at);
    }
    emit(content, (i) => line.start + indent + i);
    previous = { breakAt: line.breakAt, moreIndented };
    emptyBreaks = [];
  }
  if (previous) emit("\n", () => previous.breakAt);
  for (const at of emptyBreaks) emit("\n", () => at);
  return { out: out.join(""), map };
}
var DOUBLE_QUOTE_ESCAPES = {
  "0": "\0",
  a: "\x07",
  b: "\b",
  t: "	",
  "	": "	",
  n: "\n",
  v: "\v",
  f: "\f",
  r: "\r",
  e: "\x1B",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029"
};
var HEX_ESCAPE_LENGTH = { x: 2, u: 4, U: 8 };
function flowScalar(text, from, to, style) {
  if (to < from) return void 0;
  const lines = sourceLines(text, from, to);
  const out = [];
  const map = [];
  let pendingBreak;
  let emptyBreaks = [];
  let joinWithoutSpace = false;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    const isFirst = n === 0;
    const isLast = n === lines.length - 1;
    let s = 0;
    let e = line.text.length;
    if (!isFirst) while (s < e && (line.text[s] === " " || line.text[s] === "	")) s++;
    let escapedBreak = false;
    if (!isLast) {
      if (style === "double" && endsWithOddBackslashes(line.text, e)) {
        escapedBreak = true;
        e--;
      } else {
        while (e > s && (line.text[e - 1] === " " || line.text[e - 1] === "	")) e--;
      }
    }
    if (s === e && !isFirst && !isLast) {
      emptyBreaks.push(line.breakAt);
      continue;
    }
    if (pendingBreak !== void 0) {
      if (joinWithoutSpace) {
        for (const at of emptyBreaks) pushChar(out, map, "\n", at);
      } else if (emptyBreaks.length === 0) {
        pushChar(out, map, " ", pendingBreak);
      } else {
        for (const at of emptyBreaks) pushChar(out, map, "\n", at);
      }
    }
    if (!decodeSegment(line.text, line.start, s, e, style, out, map)) return void 0;
    pendingBreak = line.breakAt;
    joinWithoutSpace = escapedBreak;
    emptyBreaks = [];
  }
  return { out: out.join(""), map };
}
function endsWithOddBackslashes(line, end) {
  let count = 0;
  for (let i = end - 1; i >= 0 && line[i] === "\\"; i--) count++;
  return count % 2 === 1;
}
function pushChar(out, map, chars, at) {
  for (const c of chars) {
    for (let i = 0; i < c.length; i++) {
      out.push(c[i]);
      map.push(at);
    }
  }
}
function decodeSegment(line, lineStart, s, e, style, out, map) {
  for (let i = s; i < e; i++) {
    const c = line[i];
    const at = lineStart + i;
    if (style === "single" && c === "'" && line[i + 1] === "'") {
      pushChar(out, map, "'", at);
      i++;
    } else if (style === "double" && c === "\\") {
      const next = line[i + 1];
      if (next === void 0) return false;
      const hexLength = HEX_ESCAPE_LENGTH[next];
      if (hexLength) {
        const hex = line.slice(i + 2, i + 2 + hexLength);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== hexLength) return false;
        pushChar(out, map, String.fromCodePoint(parseInt(hex, 16)), at);
        i += 1 + hexLength;
      } else {
        const decoded = DOUBLE_QUOTE_ESCAPES[next];
        if (decoded === void 0) return false;
        pushChar(out, map, decoded, at);
        i++;
      }
    } else {
      out.push(c);
      map.push(at);
    }
  }
  return true;
}
function scalarSubrange(file, node, start, end) {
  if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "string") return nodeRange(file, node);
  const map = scalarText(file.text, node);
  if (!map.exact) return nodeRange(file, node);
  const [from, to] = map.spanToFile(start, end);
  return file.range(from, to);
}

export {
  scalarText,
  scalarSubrange
};
