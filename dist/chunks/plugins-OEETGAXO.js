import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import "./chunk-27OXTBH3.js";

// src/policies/plugins.ts
import { pathToFileURL } from "node:url";
async function loadPlugin(path) {
  const module = await import(pathToFileURL(path).href);
  const exported = [module.default, ...Object.entries(module).filter(([k]) => k !== "default").map(([, v]) => v)].flat();
  const rules = exported.filter(isRule);
  if (rules.length === 0) throw new Error(`${path} exports no rule (expected defineRule({ meta, check }) as default or named exports)`);
  return rules;
}
function isRule(value) {
  const r = value;
  return !!r && typeof r === "object" && typeof r.check === "function" && typeof r.meta?.id === "string";
}
export {
  loadPlugin
};
