import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/parsers/shell/effective-command.ts
var WRAPPERS = {
  sudo: {
    optionsWithValue: [
      "-u",
      "-g",
      "-C",
      "-D",
      "-h",
      "-p",
      "-r",
      "-t",
      "-U",
      "-T",
      "--user",
      "--group",
      "--chdir",
      "--host",
      "--prompt",
      "--role",
      "--type",
      "--other-user",
      "--close-from",
      "--command-timeout"
    ],
    takesAssignments: true,
    lookupOnly: ["-l", "--list", "-v", "--validate", "-k", "-K", "-e", "--edit"]
  },
  doas: { optionsWithValue: ["-u", "-C"] },
  env: { optionsWithValue: ["-u", "--unset", "-C", "--chdir"], takesAssignments: true },
  time: { optionsWithValue: ["-f", "--format", "-o", "--output"] },
  exec: { optionsWithValue: ["-a"] },
  command: { optionsWithValue: [], lookupOnly: ["-v", "-V"] },
  nohup: { optionsWithValue: [] },
  nice: { optionsWithValue: ["-n", "--adjustment"] },
  timeout: { optionsWithValue: ["-s", "--signal", "-k", "--kill-after"], operandsBeforeCommand: 1 }
};
var ASSIGNMENT_WORD = /^([A-Za-z_][A-Za-z0-9_]*)=/;
function effectiveCommand(command) {
  let current = command;
  for (let depth = 0; depth < 8; depth++) {
    const unwrapped = unwrapOnce(current);
    if (!unwrapped) return current;
    current = unwrapped;
  }
  return current;
}
function unwrapOnce(command) {
  const wrapper = command.name.value === void 0 ? void 0 : WRAPPERS[basename(command.name.value)];
  if (!wrapper) return void 0;
  const { args } = command;
  const assignments = [...command.assignments];
  let i = 0;
  while (i < args.length) {
    const value = args[i].value;
    if (value === void 0) break;
    if (value === "--") {
      i++;
      break;
    }
    if (value.startsWith("-") && value !== "-") {
      if (wrapper.lookupOnly?.includes(value)) return void 0;
      i += wrapper.optionsWithValue.includes(value) ? 2 : 1;
      continue;
    }
    const assignment = wrapper.takesAssignments ? assignmentFromWord(args[i]) : void 0;
    if (!assignment) break;
    assignments.push(assignment);
    i++;
  }
  i += wrapper.operandsBeforeCommand ?? 0;
  const name = args[i];
  if (!name) return void 0;
  return { name, args: args.slice(i + 1), assignments, start: command.start, end: command.end };
}
function assignmentFromWord(word) {
  const match = word.value === void 0 ? ASSIGNMENT_WORD.exec(word.text) : ASSIGNMENT_WORD.exec(word.value);
  if (!match) return void 0;
  const name = match[1];
  const prefixIsPlain = word.text.startsWith(match[0]);
  const valueStart = prefixIsPlain ? word.start + match[0].length : word.start;
  const value = {
    text: prefixIsPlain ? word.text.slice(match[0].length) : word.text,
    start: valueStart,
    end: word.end
  };
  if (word.value !== void 0) value.value = word.value.slice(match[0].length);
  return { name, value, start: word.start, end: word.end };
}
function basename(path) {
  return path.slice(path.lastIndexOf("/") + 1);
}

export {
  effectiveCommand
};
