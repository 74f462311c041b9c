import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/parsers/kubernetes/view.ts
function objectKey(object) {
  return `${object.kind}/${object.namespace ?? ""}/${object.name ?? `#${object.document}`}`;
}

export {
  objectKey
};
