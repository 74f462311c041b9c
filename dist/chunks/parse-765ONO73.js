import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  get,
  pairs,
  parseYaml,
  resolveAlias
} from "./chunk-WYMY3UWM.js";
import {
  require_dist
} from "./chunk-HWBIRAM6.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// src/parsers/compose/parse.ts
var import_yaml = __toESM(require_dist(), 1);
function parseCompose(file, yaml = parseYaml(file)) {
  const view = { file, yaml, services: [] };
  for (const document of yaml.documents) {
    const root = resolveAlias(document.contents);
    const services = get(root, "services");
    const legacy = services === void 0;
    for (const pair of pairs(legacy ? root : services)) {
      const node = resolveAlias(pair.value);
      if (!(0, import_yaml.isMap)(node)) continue;
      if (legacy && !isServiceMap(node)) continue;
      const image = get(node, "image");
      const service = {
        name: String(pair.key.value),
        nameNode: pair.key,
        node,
        image: (0, import_yaml.isScalar)(image) ? image : void 0,
        builds: get(node, "build") !== void 0
      };
      view.services.push(service);
    }
  }
  return { view, errors: [...yaml.errors] };
}
function looksLikeCompose(contents) {
  const services = get(resolveAlias(contents), "services");
  return pairs(services).some((p) => isServiceMap(resolveAlias(p.value)));
}
function isServiceMap(node) {
  return (0, import_yaml.isMap)(node) && (get(node, "image") !== void 0 || get(node, "build") !== void 0);
}
export {
  looksLikeCompose,
  parseCompose
};
