import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  SourceFile
} from "./chunk-4EEFD6ID.js";
import "./chunk-27OXTBH3.js";
export {
  SourceFile
};
