import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  programName,
  readCommandLine,
  runCommand
} from "./chunk-X5T3IXJT.js";

// src/checks/infra-tools.ts
var TOOL_BY_PROGRAM = {
  terraform: "terraform",
  tofu: "tofu",
  terragrunt: "terragrunt",
  pulumi: "pulumi",
  cdktf: "cdktf",
  "cdktf-cli": "cdktf"
};
var TERRAFORM_OPTIONS_WITH_VALUE = withDashVariants([
  "var",
  "var-file",
  "target",
  "replace",
  "exclude",
  "state",
  "state-out",
  "backup",
  "lock-timeout",
  "parallelism",
  "out",
  "generate-config-out",
  "chdir",
  "config"
]);
var TERRAGRUNT_OPTIONS_WITH_VALUE = /* @__PURE__ */ new Set([
  ...TERRAFORM_OPTIONS_WITH_VALUE,
  ...withDashVariants([
    "working-dir",
    "terragrunt-working-dir",
    "terragrunt-config",
    "download-dir",
    "terragrunt-download-dir",
    "source",
    "terragrunt-source",
    "iam-assume-role",
    "terragrunt-iam-role",
    "tf-path",
    "terragrunt-tfpath",
    "queue-include-dir",
    "queue-exclude-dir",
    "terragrunt-include-dir",
    "terragrunt-exclude-dir",
    "log-level",
    "terragrunt-log-level",
    "terragrunt-parallelism",
    "filter"
  ])
]);
var PULUMI_OPTIONS_WITH_VALUE = /* @__PURE__ */ new Set([
  "-C",
  "--cwd",
  "--color",
  "--tracing",
  "-v",
  "--verbose",
  "-s",
  "--stack",
  "-m",
  "--message",
  "-c",
  "--config",
  "--config-file",
  "-t",
  "--target",
  "--replace",
  "-p",
  "--parallel",
  "--plan",
  "--exclude",
  "--secrets-provider",
  "--policy-pack",
  "--policy-pack-config",
  "--exec-kind",
  "--client"
]);
var CDKTF_OPTIONS_WITH_VALUE = /* @__PURE__ */ new Set([
  "-a",
  "--app",
  "-o",
  "--output",
  "--var",
  "--var-file",
  "--parallelism",
  "--outputs-file",
  "--log-level"
]);
function withDashVariants(names) {
  return new Set(names.flatMap((name) => [`-${name}`, `--${name}`]));
}
function describeInfraCommand(command) {
  const run = runCommand(command);
  const program = programName(run.name);
  const tool = program === void 0 ? void 0 : TOOL_BY_PROGRAM[program];
  if (!tool) return void 0;
  switch (tool) {
    case "terraform":
    case "tofu":
      return simpleVerb(tool, run, readCommandLine(run.args, { optionsWithValue: TERRAFORM_OPTIONS_WITH_VALUE }));
    case "terragrunt":
      return terragrunt(run);
    case "pulumi":
      return canonical(simpleVerb(tool, run, readCommandLine(run.args, { optionsWithValue: PULUMI_OPTIONS_WITH_VALUE })), {
        update: "up",
        down: "destroy",
        pre: "preview"
      });
    case "cdktf":
      return canonical(simpleVerb(tool, run, readCommandLine(run.args, { optionsWithValue: CDKTF_OPTIONS_WITH_VALUE })), {
        apply: "deploy",
        plan: "diff"
      });
  }
}
function simpleVerb(tool, command, line) {
  const [verbWord, ...operands] = line.positionals;
  if (verbWord?.value === void 0) return void 0;
  return { tool, command, verb: verbWord.value, verbWord, action: verbWord.value, line, operands };
}
function canonical(invocation, aliases) {
  if (!invocation) return void 0;
  const verb = aliases[invocation.verb] ?? invocation.verb;
  return { ...invocation, verb, action: verb };
}
function terragrunt(command) {
  const line = readCommandLine(command.args, { optionsWithValue: TERRAGRUNT_OPTIONS_WITH_VALUE, doubleDashEndsOptions: false });
  const [first, second, ...rest] = line.positionals;
  if (first?.value === void 0) return void 0;
  if ((first.value === "run-all" || first.value === "run") && second?.value !== void 0) {
    const all = first.value === "run-all" || line.options.some((o) => o.name === "--all" || o.name === "-a");
    const action = first.value === "run-all" ? `run-all ${second.value}` : all ? `run --all ${second.value}` : `run ${second.value}`;
    return { tool: "terragrunt", command, verb: second.value, verbWord: second, action, line, operands: rest };
  }
  return { tool: "terragrunt", command, verb: first.value, verbWord: first, action: first.value, line, operands: second ? [second, ...rest] : [] };
}

export {
  describeInfraCommand
};
