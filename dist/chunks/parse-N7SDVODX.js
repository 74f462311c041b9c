import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  parseGithubActions,
  readsSecret,
  token,
  usesRef
} from "./chunk-5INRTA5U.js";
import "./chunk-VSQOVHO6.js";
import "./chunk-HE76RRAI.js";
import "./chunk-AN6FSRJN.js";
import "./chunk-WYMY3UWM.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";
export {
  parseGithubActions,
  readsSecret,
  token,
  usesRef
};
