import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  get,
  pairs,
  parseYaml,
  resolveAlias,
  scalarString
} from "./chunk-WYMY3UWM.js";
import {
  require_dist
} from "./chunk-HWBIRAM6.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// src/parsers/helm/parse.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_DEPTH = 30;
function parseHelmValues(file, yaml = parseYaml(file)) {
  const view = { file, yaml, images: [] };
  for (const document of yaml.documents) walk(document.contents, "", view.images, 0);
  return { view, errors: [...yaml.errors] };
}
function walk(node, path, out, depth) {
  if (depth > MAX_DEPTH) return;
  if ((0, import_yaml.isSeq)(node)) {
    node.items.forEach((item, i) => walk(item, `${path}[${i}]`, out, depth + 1));
    return;
  }
  if (!(0, import_yaml.isMap)(node)) return;
  for (const pair of pairs(node)) {
    const key = String(pair.key.value);
    const childPath = path ? `${path}.${key}` : key;
    const value = pair.value;
    if (key === "image" && value) {
      const image = imageSetting(childPath, value);
      if (image) {
        out.push(image);
        continue;
      }
    }
    walk(value, childPath, out, depth + 1);
  }
}
function imageSetting(path, node) {
  if ((0, import_yaml.isScalar)(node) && typeof node.value === "string") return { path, node, reference: node };
  const map = resolveAlias(node);
  if (!(0, import_yaml.isMap)(map)) return void 0;
  const repository = scalarString(get(map, "repository")) ?? scalarString(get(map, "name"));
  const tag = get(map, "tag");
  if (repository === void 0 && tag === void 0) return void 0;
  return { path, node, repository, tag: (0, import_yaml.isScalar)(tag) ? tag : void 0, digest: scalarString(get(map, "digest")) || void 0 };
}
export {
  parseHelmValues
};
