import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  OffsetMap,
  attributeAt,
  blockAddress,
  blockInstances,
  boolOf,
  entryOf,
  isStatic,
  isTfvarsPath,
  itemsOf,
  jsonValueOf,
  makeBody,
  numberOf,
  parseHcl,
  rangeWithin,
  resourcesOfType,
  stringOf,
  toPlain
} from "./chunk-DAYPLTKD.js";
import {
  loadHclParser
} from "./chunk-O24M6ZPD.js";
import "./chunk-FDI3CXUN.js";
import "./chunk-4XWRCDWT.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";
export {
  OffsetMap,
  attributeAt,
  blockAddress,
  blockInstances,
  boolOf,
  entryOf,
  isStatic,
  isTfvarsPath,
  itemsOf,
  jsonValueOf,
  loadHclParser,
  makeBody,
  numberOf,
  parseHcl,
  rangeWithin,
  resourcesOfType,
  stringOf,
  toPlain
};
