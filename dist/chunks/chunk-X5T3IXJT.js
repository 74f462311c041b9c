import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  effectiveCommand
} from "./chunk-OI5CPLJU.js";

// src/checks/command-line.ts
function readCommandLine(args, read = {}) {
  const options = [];
  const positionals = [];
  let optionsEnded = false;
  for (let i = 0; i < args.length; i++) {
    const word = args[i];
    const raw = word.value ?? word.text.replace(/^["']/, "");
    if (raw === "--" && word.value !== void 0) {
      optionsEnded = read.doubleDashEndsOptions ?? true;
      continue;
    }
    if (optionsEnded || !raw.startsWith("-") || raw === "-") {
      positionals.push(word);
      continue;
    }
    const equals = raw.indexOf("=");
    const option = { word, name: equals < 0 ? raw : raw.slice(0, equals), literal: word.value !== void 0 };
    if (equals >= 0) option.inlineValue = raw.slice(equals + 1);
    else if (read.optionsWithValue?.has(option.name) && i + 1 < args.length) option.value = args[++i];
    options.push(option);
  }
  return { options, positionals };
}
var GO_FALSE = /* @__PURE__ */ new Set(["false", "False", "FALSE", "f", "F", "0"]);
function isSwitchedOn(option) {
  if (option.inlineValue === void 0) return true;
  if (!option.literal) return true;
  return !GO_FALSE.has(option.inlineValue);
}
function isTruthyEnvValue(value) {
  if (value === void 0) return true;
  return !["", "0", "false", "no", "off"].includes(value.trim().toLowerCase());
}
function programName(word) {
  const value = word.value;
  return value === void 0 ? void 0 : value.slice(value.lastIndexOf("/") + 1);
}
var PACKAGE_RUNNERS = {
  npx: { optionsWithValue: /* @__PURE__ */ new Set(["-p", "--package", "-c", "--call"]) },
  bunx: { optionsWithValue: /* @__PURE__ */ new Set(["-p", "--package"]) },
  pnpm: { subcommands: ["dlx", "exec"], optionsWithValue: /* @__PURE__ */ new Set(["-C", "--dir", "--filter", "-F"]) },
  yarn: { subcommands: ["dlx", "exec", "run"], optionsWithValue: /* @__PURE__ */ new Set(["--cwd"]) }
};
function runCommand(command) {
  const unwrapped = effectiveCommand(command);
  const runnerName = programName(unwrapped.name);
  const runner = runnerName === void 0 ? void 0 : PACKAGE_RUNNERS[runnerName];
  if (!runner) return unwrapped;
  const { positionals } = readCommandLine(unwrapped.args, { optionsWithValue: runner.optionsWithValue });
  let toolIndex = 0;
  if (runner.subcommands && positionals[0]?.value && runner.subcommands.includes(positionals[0].value)) toolIndex = 1;
  else if (runner.subcommands && runnerName === "pnpm") return unwrapped;
  const tool = positionals[toolIndex];
  if (!tool) return unwrapped;
  const at = unwrapped.args.indexOf(tool);
  return { ...unwrapped, name: tool, args: unwrapped.args.slice(at + 1) };
}

export {
  readCommandLine,
  isSwitchedOn,
  isTruthyEnvValue,
  programName,
  runCommand
};
