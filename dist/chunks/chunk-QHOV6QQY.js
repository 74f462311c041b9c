import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  readsSecret
} from "./chunk-5INRTA5U.js";

// src/parsers/github-actions/scope.ts
function stepEnvEntries(view, job, step) {
  return [...view.env, ...job.env, ...step.env];
}
function literalEnvironment(entries) {
  const env = {};
  for (const entry of entries) {
    const value = entry.value?.value;
    if (value === void 0 || value.includes("${{")) delete env[entry.name];
    else env[entry.name] = value;
  }
  return env;
}
function secretVariableNames(entries) {
  const names = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    if (readsSecret(entry)) names.add(entry.name);
    else names.delete(entry.name);
  }
  return names;
}
function jobCommands(job) {
  return job.steps.flatMap((step) => (step.run?.commands ?? []).map((command) => ({ step, command })));
}
function inputValues(inputs) {
  return new Map(inputs.flatMap((input) => input.value ? [[input.name, input.value.value]] : []));
}
function jobsBefore(view, job) {
  const byId = new Map(view.jobs.map((j) => [j.id, j]));
  const seen = /* @__PURE__ */ new Set();
  const visit = (j) => {
    for (const id of j.needs) {
      const needed = byId.get(id);
      if (needed && !seen.has(needed)) {
        seen.add(needed);
        visit(needed);
      }
    }
  };
  visit(job);
  return [...seen];
}

export {
  stepEnvEntries,
  literalEnvironment,
  secretVariableNames,
  jobCommands,
  inputValues,
  jobsBefore
};
