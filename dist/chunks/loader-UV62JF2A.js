import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  loadHclParser,
  loadedHclParser
} from "./chunk-O24M6ZPD.js";
import "./chunk-FDI3CXUN.js";
import "./chunk-4XWRCDWT.js";
import "./chunk-27OXTBH3.js";
export {
  loadHclParser,
  loadedHclParser
};
