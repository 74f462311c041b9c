import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
} from "./chunk-IQQW47NU.js";
import "./chunk-HWBIRAM6.js";
import "./chunk-27OXTBH3.js";
export {
  CONFIG_NAMES,
  ConfigError,
  findConfig,
  loadConfig
};
