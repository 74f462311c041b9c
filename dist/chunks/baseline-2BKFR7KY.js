import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import "./chunk-27OXTBH3.js";

// src/engine/baseline.ts
import { readFileSync, writeFileSync } from "node:fs";
function writeBaseline(path, findings) {
  const entries = findings.filter((f) => !f.suppression && f.baselineKey).map((f) => ({ ruleId: f.ruleId, path: f.path, key: f.baselineKey, message: f.message }));
  const baseline = { version: 1, tool: "infralint", findings: entries };
  writeFileSync(path, `${JSON.stringify(baseline, null, 2)}
`);
  return entries.length;
}
function readBaseline(path) {
  const parsed = JSON.parse(readFileSync(path, "utf8"));
  if (parsed.tool !== "infralint" || parsed.version !== 1 || !Array.isArray(parsed.findings)) {
    throw new Error(`${path} is not an infralint baseline (write one with --write-baseline)`);
  }
  return parsed;
}
function filterByBaseline(findings, baseline) {
  const keys = new Set(baseline.findings.map((e) => e.key));
  const seen = /* @__PURE__ */ new Set();
  const fresh = [];
  for (const f of findings) {
    if (f.baselineKey && keys.has(f.baselineKey)) seen.add(f.baselineKey);
    else fresh.push(f);
  }
  return { findings: fresh, known: seen.size, fixed: keys.size - seen.size };
}
export {
  filterByBaseline,
  readBaseline,
  writeBaseline
};
