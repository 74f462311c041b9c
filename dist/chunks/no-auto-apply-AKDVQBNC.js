import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  effectiveCommand
} from "./chunk-OI5CPLJU.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import "./chunk-27OXTBH3.js";

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

// src/checks/auto-apply.ts
var APPLY_VERBS = {
  terraform: ["apply"],
  tofu: ["apply"],
  terragrunt: ["apply"],
  pulumi: ["up"],
  cdktf: ["deploy"]
};
var DESTROY_VERB = "destroy";
function findAutoApply(commands, env = {}) {
  const hits = [];
  const exported = /* @__PURE__ */ new Map();
  for (const command of commands) {
    if (trackExports(command, exported)) continue;
    const invocation = describeInfraCommand(command);
    if (!invocation) continue;
    const isApply = APPLY_VERBS[invocation.tool].includes(invocation.verb);
    if (!isApply && invocation.verb !== DESTROY_VERB) continue;
    if (isApply && appliesSavedPlan(invocation)) continue;
    const hit = autoApproval(invocation, (name) => environmentValue(name, exported, env));
    if (hit) hits.push({ command, tool: invocation.tool, action: invocation.action, ...hit });
  }
  return hits;
}
function appliesSavedPlan(invocation) {
  if (invocation.tool === "pulumi") return invocation.line.options.some((o) => o.name === "--plan");
  return invocation.tool !== "cdktf" && invocation.operands.length > 0;
}
function autoApproval(invocation, lookup) {
  const shown = `${invocation.tool} ${invocation.action}`;
  const flag = invocation.line.options.find((option) => isAutoApproveFlag(invocation.tool, option));
  if (flag) {
    return {
      offending: flag.word,
      via: "flag",
      message: `\`${shown}\` with \`${flag.word.value ?? flag.word.text}\` changes infrastructure without review: ${REMEDIATION[invocation.tool]}`
    };
  }
  const variables = autoApproveVariables(invocation);
  const prefix = invocation.command.assignments.find((a) => variables.includes(a.name) && enablesAutoApproval(invocation.tool, a.name, a.value.value));
  if (prefix) {
    return {
      offending: { start: prefix.start, end: prefix.end },
      via: "env-prefix",
      message: `\`${prefix.name}\` makes \`${shown}\` run without approval: ${REMEDIATION[invocation.tool]}`
    };
  }
  for (const name of variables) {
    const found = lookup(name);
    if (found && found.value !== void 0 && enablesAutoApproval(invocation.tool, name, found.value)) {
      return {
        offending: { start: invocation.command.start, end: invocation.command.end },
        via: "env",
        message: `\`${shown}\` runs without approval because \`${name}\` is set in its environment: ${REMEDIATION[invocation.tool]}`
      };
    }
  }
  return void 0;
}
var REMEDIATION = {
  terraform: "save a reviewed plan (`terraform plan -out=tfplan`) and apply that file, or gate the job on an approval.",
  tofu: "save a reviewed plan (`tofu plan -out=tfplan`) and apply that file, or gate the job on an approval.",
  terragrunt: "plan first (`terragrunt plan -out=tfplan`) and apply the saved plan, or gate the job on an approval.",
  pulumi: "run `pulumi preview` for review and gate `pulumi up` on an approval (or apply a saved update plan with `--plan`).",
  cdktf: "review `cdktf diff` and gate `cdktf deploy` on an approval instead of `--auto-approve`."
};
function isAutoApproveFlag(tool, option) {
  const names = AUTO_APPROVE_FLAGS[tool];
  return names.includes(option.name) && isSwitchedOn(option);
}
var AUTO_APPROVE_FLAGS = {
  terraform: ["-auto-approve", "--auto-approve"],
  tofu: ["-auto-approve", "--auto-approve"],
  terragrunt: [
    "-auto-approve",
    "--auto-approve",
    "--terragrunt-non-interactive",
    "--non-interactive",
    "-terragrunt-non-interactive",
    "-non-interactive"
  ],
  pulumi: ["--yes", "-y", "--skip-preview", "-f"],
  cdktf: ["--auto-approve"]
};
function autoApproveVariables(invocation) {
  switch (invocation.tool) {
    case "terraform":
    case "tofu":
      return ["TF_CLI_ARGS", `TF_CLI_ARGS_${invocation.verb}`];
    case "terragrunt":
      return ["TG_NON_INTERACTIVE", "TERRAGRUNT_NON_INTERACTIVE", "TF_CLI_ARGS", `TF_CLI_ARGS_${invocation.verb}`];
    case "pulumi":
      return ["PULUMI_SKIP_CONFIRMATIONS"];
    case "cdktf":
      return [];
  }
}
function enablesAutoApproval(tool, variable, value) {
  if (value === void 0) return false;
  if (!variable.startsWith("TF_CLI_ARGS")) return isTruthyEnvValue(value);
  const words = value.split(/\s+/).filter(Boolean).map((text) => ({ text, value: text, start: 0, end: 0 }));
  return readCommandLine(words).options.some((option) => isAutoApproveFlag(tool === "terragrunt" ? "terraform" : tool, option));
}
function environmentValue(name, exported, env) {
  if (exported.has(name)) return { value: exported.get(name) };
  return Object.hasOwn(env, name) ? { value: env[name] } : void 0;
}
function trackExports(command, exported) {
  const run = effectiveCommand(command);
  const builtin = programName(run.name);
  if (builtin === "unset") {
    for (const arg of run.args) if (arg.value && !arg.value.startsWith("-")) exported.set(arg.value, "");
    return true;
  }
  const exports = builtin === "export" || builtin === "declare" && run.args.some((a) => a.value === "-x");
  if (!exports) return builtin === "declare";
  for (const arg of run.args) {
    const text = arg.value ?? arg.text;
    const equals = text.indexOf("=");
    if (equals <= 0 || text.startsWith("-")) continue;
    exported.set(text.slice(0, equals), arg.value === void 0 ? void 0 : text.slice(equals + 1));
  }
  return true;
}

// rules/dockerfile/no-auto-apply.ts
var no_auto_apply_default = defineRule({
  meta: {
    id: "dockerfile/no-auto-apply",
    artifact: "dockerfile",
    policy: "no-auto-apply",
    level: "error",
    securitySeverity: 6,
    security: true,
    precision: "high",
    docs: {
      summary: "RUN must not apply infrastructure changes without approval",
      rationale: "`terraform apply -auto-approve` (and `tofu`, `terragrunt`, `pulumi up --yes`, `cdktf deploy --auto-approve`) changes real infrastructure with no human looking at the plan. Inside `docker build` it is worse: it runs on every build, with whatever credentials the build has, and its output is buried in build logs.",
      remediation: "Run `terraform plan -out=tfplan` in CI, have a person approve it, and apply that saved plan (`terraform apply tfplan`) in a gated deployment job, not in an image build."
    },
    messages: {
      autoApply: "RUN (on every image build): {{detail}}"
    }
  },
  check(view, ctx) {
    for (const script of view.runScripts) {
      if (!script.shell) continue;
      const stageEnv = Object.fromEntries(
        (script.instruction.stage?.instructions ?? []).filter((i) => i.keyword === "ENV" && i.range.start.offset < script.offset).flatMap((i) => i.properties).filter((p) => p.value).map((p) => [p.name.value, p.value.value])
      );
      for (const hit of findAutoApply(script.shell.commands, stageEnv)) {
        const { start, end } = hit.offending;
        ctx.report({
          messageId: "autoApply",
          data: { detail: hit.message },
          at: ctx.file.range(script.offset + start, script.offset + end),
          key: `${hit.tool} ${hit.action}`
        });
      }
    }
  }
});
export {
  no_auto_apply_default as default
};
