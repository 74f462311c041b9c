import type { ShellCommand } from '../shell/types.js';
import { readsSecret } from './parse.js';
import type { EnvEntry, GhaJob, GhaStep, GithubActionsView, StepInput } from './view.js';

/** The env entries a step runs with: workflow, then job, then step (later wins). */
export function stepEnvEntries(view: GithubActionsView, job: GhaJob, step: GhaStep): EnvEntry[] {
  return [...view.env, ...job.env, ...step.env];
}

/**
 * The literal part of an environment, as `findAutoApply` wants it: values with `${{ }}` are only
 * known at run time, so they are left out (cannot tell is not a finding).
 */
export function literalEnvironment(entries: readonly EnvEntry[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const entry of entries) {
    const value = entry.value?.value;
    if (value === undefined || value.includes('${{')) delete env[entry.name];
    else env[entry.name] = value;
  }
  return env;
}

/** Names of the variables of an environment whose value comes from `secrets.*`. */
export function secretVariableNames(entries: readonly EnvEntry[]): Set<string> {
  const names = new Set<string>();
  for (const entry of entries) {
    if (readsSecret(entry)) names.add(entry.name);
    else names.delete(entry.name);
  }
  return names;
}

/** A job's shell commands in the order they run, with the step each belongs to. */
export function jobCommands(job: GhaJob): { step: GhaStep; command: ShellCommand }[] {
  return job.steps.flatMap((step) => (step.run?.commands ?? []).map((command) => ({ step, command })));
}

/** `with:` inputs as a name → literal value map. */
export function inputValues(inputs: readonly StepInput[]): Map<string, string> {
  return new Map(inputs.flatMap((input) => (input.value ? [[input.name, input.value.value] as [string, string]] : [])));
}

/** The job and, transitively, every job it `needs`. */
export function jobsBefore(view: GithubActionsView, job: GhaJob): GhaJob[] {
  const byId = new Map(view.jobs.map((j) => [j.id, j]));
  const seen = new Set<GhaJob>();
  const visit = (j: GhaJob) => {
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
