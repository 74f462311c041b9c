import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  nodeRange
} from "./chunk-PALL3XD5.js";
import {
  require_dist
} from "./chunk-3GATD32H.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// src/parsers/yaml/scalar-offsets.ts
var import_yaml = __toESM(require_dist(), 1);
function scalarSubrange(file, node, start, end) {
  const whole = nodeRange(file, node);
  if (!(0, import_yaml.isScalar)(node) || typeof node.value !== "string" || !node.range) return whole;
  const value = node.value;
  const [from, to] = node.range;
  const source = file.text.slice(from, to);
  const type = node.type;
  if (type === import_yaml.Scalar.PLAIN && source === value) return file.range(from + start, from + end);
  if ((type === import_yaml.Scalar.QUOTE_DOUBLE || type === import_yaml.Scalar.QUOTE_SINGLE) && source.slice(1, -1) === value) {
    return file.range(from + 1 + start, from + 1 + end);
  }
  if (type === import_yaml.Scalar.BLOCK_LITERAL) {
    const mapped = mapLiteralBlock(source, value, start, end);
    if (mapped) return file.range(from + mapped[0], from + mapped[1]);
  }
  return whole;
}
function mapLiteralBlock(source, value, start, end) {
  const headerEnd = source.indexOf("\n");
  if (headerEnd < 0) return void 0;
  const body = source.slice(headerEnd + 1);
  const indent = /^[ ]*/.exec(body.split("\n").find((l) => l.trim() !== "") ?? "")[0].length;
  const valueLines = value.split("\n");
  const sourceLines = body.split("\n");
  let valueOffset = 0;
  let sourceOffset = headerEnd + 1;
  const toSource = (v) => {
    valueOffset = 0;
    sourceOffset = headerEnd + 1;
    for (let i = 0; i < valueLines.length && i < sourceLines.length; i++) {
      const line = valueLines[i];
      const src = sourceLines[i];
      const skip = src.length >= indent ? indent : src.length;
      if (src.slice(skip) !== line) return void 0;
      if (v <= valueOffset + line.length) return sourceOffset + skip + (v - valueOffset);
      valueOffset += line.length + 1;
      sourceOffset += src.length + 1;
    }
    return void 0;
  };
  const a = toSource(start);
  const b = toSource(end);
  return a === void 0 || b === void 0 ? void 0 : [a, b];
}

export {
  scalarSubrange
};
