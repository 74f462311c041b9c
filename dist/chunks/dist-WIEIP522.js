import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  require_dist
} from "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";
export default require_dist();
