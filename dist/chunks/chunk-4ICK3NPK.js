import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/parsers/gitlab-ci/view.ts
function jobScripts(settings) {
  return [...settings.before_script ?? [], ...settings.script ?? [], ...settings.after_script ?? []];
}
function checkedJobs(view) {
  return view.jobs.filter((job) => !job.hidden || !job.extended);
}
function jobVariables(view, job) {
  return [...view.variables, ...job.effective.variables?.values() ?? []];
}
function isManual(settings) {
  return settings.when?.value === "manual" || (settings.rules ?? []).some((rule) => rule.when?.value === "manual");
}
var DEFAULT_STAGES = [".pre", "build", "test", "deploy", ".post"];
function jobsBefore(view, job) {
  const runnable = view.jobs.filter((j) => !j.hidden);
  const byName = new Map(runnable.map((j) => [j.name, j]));
  if (job.effective.needs) {
    const seen = /* @__PURE__ */ new Set();
    const visit = (j) => {
      for (const name of j.effective.needs ?? []) {
        const needed = byName.get(name);
        if (needed && !seen.has(needed)) {
          seen.add(needed);
          visit(needed);
        }
      }
    };
    visit(job);
    return [...seen];
  }
  const stages = view.stages.length > 0 ? [".pre", ...view.stages, ".post"] : DEFAULT_STAGES;
  const index = (j) => stages.indexOf(j.effective.stage ?? "test");
  return runnable.filter((j) => index(j) < index(job));
}

export {
  jobScripts,
  checkedJobs,
  jobVariables,
  isManual,
  jobsBefore
};
