import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  require_dist
} from "./chunk-HWBIRAM6.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// src/parsers/yaml/parse.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYaml(file) {
  const errors = [];
  const documents = [];
  const docs = (0, import_yaml.parseAllDocuments)(file.text, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false });
  const list = Array.isArray(docs) ? docs : [];
  list.forEach((doc, index) => {
    for (const e of doc.errors) {
      errors.push({ message: firstLine(e.message), range: file.range(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)) });
    }
    for (const dup of duplicateKeys(doc.contents)) {
      errors.push({ message: `duplicate key "${String(dup.value)}": later value silently overrides the earlier one`, range: nodeRange(file, dup), ruleId: "infralint/duplicate-key" });
    }
    (0, import_yaml.visit)(doc, { Alias: (_key, alias) => void aliasDocuments.set(alias, doc) });
    documents.push({ index, doc, contents: doc.contents, broken: doc.errors.length > 0 });
  });
  return { file, documents, errors };
}
function firstLine(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function* duplicateKeys(node, depth = 0) {
  if (depth > 200) return;
  if ((0, import_yaml.isMap)(node)) {
    const seen = /* @__PURE__ */ new Set();
    for (const pair of node.items) {
      if ((0, import_yaml.isScalar)(pair.key)) {
        const k = pair.key.value;
        if (k === "<<") continue;
        if (seen.has(k)) yield pair.key;
        seen.add(k);
      }
      yield* duplicateKeys(pair.value, depth + 1);
    }
  } else if ((0, import_yaml.isSeq)(node)) {
    for (const item of node.items) yield* duplicateKeys(item, depth + 1);
  }
}
function nodeRange(file, node) {
  const [start, valueEnd] = node.range ?? [0, 0, 0];
  return file.range(start, valueEnd);
}
function getPair(map, key) {
  if (!(0, import_yaml.isMap)(map)) return void 0;
  for (const item of map.items) {
    if ((0, import_yaml.isScalar)(item.key) && item.key.value === key) return item;
  }
  for (const item of map.items) {
    if ((0, import_yaml.isScalar)(item.key) && item.key.value === "<<") {
      const sources = (0, import_yaml.isSeq)(item.value) ? item.value.items : [item.value];
      for (const source of sources) {
        const found = getPair(resolveAlias(source), key);
        if (found) return found;
      }
    }
  }
  return void 0;
}
function get(map, key) {
  const pair = getPair(map, key);
  return pair ? resolveAlias(pair.value) ?? void 0 : void 0;
}
function getIn(node, path) {
  let current = resolveAlias(node);
  for (const step of path) {
    if (typeof step === "number") current = (0, import_yaml.isSeq)(current) ? resolveAlias(current.items[step]) : void 0;
    else current = get(current, step);
    if (current === void 0 || current === null) return void 0;
  }
  return current;
}
var aliasDocuments = /* @__PURE__ */ new WeakMap();
function resolveAlias(node) {
  if ((0, import_yaml.isAlias)(node)) {
    const doc = aliasDocuments.get(node);
    return doc ? node.resolve(doc) ?? void 0 : void 0;
  }
  return node ?? void 0;
}
function asMap(node) {
  return (0, import_yaml.isMap)(node) ? node : void 0;
}
function asSeq(node) {
  return (0, import_yaml.isSeq)(node) ? node : void 0;
}
function scalarString(node) {
  if (!(0, import_yaml.isScalar)(node)) return void 0;
  const v = node.value;
  if (v === null || v === void 0) return void 0;
  return typeof v === "object" ? void 0 : String(v);
}
function scalarValue(node) {
  return (0, import_yaml.isScalar)(node) ? node.value : void 0;
}
function pairs(map) {
  return (0, import_yaml.isMap)(map) ? map.items.filter((p) => (0, import_yaml.isPair)(p) && (0, import_yaml.isScalar)(p.key)) : [];
}

export {
  import_yaml,
  parseYaml,
  nodeRange,
  getPair,
  get,
  getIn,
  resolveAlias,
  asMap,
  asSeq,
  scalarString,
  scalarValue,
  pairs
};
