import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  mayNeedShellAnalysis
} from "./chunk-VSQOVHO6.js";
import "./chunk-27OXTBH3.js";

// src/parsers/dockerfile/run-scripts.ts
async function parseRunScripts(view) {
  const scripts = view.runScripts.filter((s) => mayNeedShellAnalysis(s.text));
  if (scripts.length === 0) return [];
  const { loadShellParser, parseShell } = await import("./shell-WIUM4LDC.js");
  await loadShellParser();
  const errors = [];
  for (const script of scripts) {
    script.shell = parseShell(script.text);
    if (script.shell.error) {
      const at = script.offset + script.shell.error.offset;
      errors.push({
        message: `the RUN script could not be parsed as shell (${script.shell.error.message}); shell checks skipped it`,
        range: view.file.range(at, at + 1),
        ruleId: "infralint/unparsed-script"
      });
    }
  }
  return errors;
}
export {
  parseRunScripts
};
