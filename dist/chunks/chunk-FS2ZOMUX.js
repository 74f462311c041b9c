import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  programName
} from "./chunk-X5T3IXJT.js";
import {
  effectiveCommand
} from "./chunk-OI5CPLJU.js";

// src/checks/secret-printing.ts
var PRINTERS = /* @__PURE__ */ new Set(["echo", "printf"]);
var STDOUT_ELSEWHERE = /^[ \t]*(?:\d*>|&>|>\||\|(?!\|))/;
function findSecretPrinting(commands, options) {
  const hits = [];
  let tracing;
  let tracingReported = false;
  for (const command of commands) {
    const run = effectiveCommand(command);
    const program = programName(run.name);
    if (program === "set") {
      for (const arg of run.args) {
        const flag = arg.value ?? "";
        if (/^-[a-zA-Z]*x/.test(flag) || flag === "xtrace" && run.args.some((a) => a.value === "-o")) {
          tracing = arg;
          tracingReported = false;
        } else if (/^\+[a-zA-Z]*x/.test(flag) || flag === "xtrace" && run.args.some((a) => a.value === "+o")) {
          tracing = void 0;
        }
      }
      continue;
    }
    const words = [run.name, ...run.args, ...command.assignments.map((a) => a.value)];
    const secretWords = words.flatMap((word) => {
      const found = options.secretIn(word, options.text.slice(word.start, word.end));
      return found ? [{ word, secret: found.secret, at: { start: word.start + found.start, end: word.start + found.end } }] : [];
    });
    if (secretWords.length === 0) continue;
    if (tracing && !tracingReported) {
      hits.push({ at: tracing, secret: secretWords[0].secret, via: "xtrace", usedAt: secretWords[0].at });
      tracingReported = true;
    }
    if (program !== void 0 && PRINTERS.has(program) && !stdoutElsewhere(options.text, command.end)) {
      for (const { word, secret, at } of secretWords) {
        if (word === run.name) continue;
        if (options.text.slice(word.start, word.end).includes("::add-mask::")) continue;
        hits.push({ at, secret, via: "echo" });
      }
    }
  }
  return hits;
}
function stdoutElsewhere(text, commandEnd) {
  return STDOUT_ELSEWHERE.test(text.slice(commandEnd, commandEnd + 40));
}

export {
  findSecretPrinting
};
