import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  parseGithubActions,
  readsSecret,
  token,
  usesRef
} from "./chunk-D2CRRVCB.js";
import "./chunk-VSQOVHO6.js";
import "./chunk-HE76RRAI.js";
import "./chunk-UI56GKVK.js";
import "./chunk-PALL3XD5.js";
import "./chunk-3GATD32H.js";
import "./chunk-27OXTBH3.js";
export {
  parseGithubActions,
  readsSecret,
  token,
  usesRef
};
