import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  UNKNOWN
} from "./chunk-6EP637WD.js";
import {
  get,
  nodeRange
} from "./chunk-PALL3XD5.js";
import {
  require_dist
} from "./chunk-3GATD32H.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// src/parsers/kubernetes/locate.ts
var import_yaml = __toESM(require_dist(), 1);
function containerAnchor(file, container) {
  if (container.nameNode) return nodeRange(file, container.nameNode);
  const first = container.node.items[0]?.key;
  return first?.range ? nodeRange(file, first) : nodeRange(file, container.node);
}
function objectAnchor(file, object) {
  return nodeRange(file, object.nameNode ?? object.kindNode);
}
function fieldValue(node) {
  if (node === void 0) return void 0;
  if ((0, import_yaml.isScalar)(node)) return node.value === null ? void 0 : node.value;
  return UNKNOWN;
}
function runAsFields(securityContext) {
  return {
    runAsNonRoot: fieldValue(get(securityContext, "runAsNonRoot")),
    runAsUser: fieldValue(get(securityContext, "runAsUser"))
  };
}
function resourcePresence(container, field) {
  const [section, name] = field.split(".");
  const resources = get(container.node, "resources");
  if (resources === void 0 || (0, import_yaml.isScalar)(resources) && resources.value === null) return false;
  if (!(0, import_yaml.isMap)(resources)) return UNKNOWN;
  const values = get(resources, section);
  if (values === void 0 || (0, import_yaml.isScalar)(values) && values.value === null) return false;
  if (!(0, import_yaml.isMap)(values)) return UNKNOWN;
  const value = get(values, name);
  return value !== void 0 && !((0, import_yaml.isScalar)(value) && (value.value === null || value.value === ""));
}

export {
  containerAnchor,
  objectAnchor,
  runAsFields,
  resourcePresence
};
