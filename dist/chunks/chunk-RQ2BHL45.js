import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  describeInfraCommand
} from "./chunk-G67JDZJW.js";
import {
  isSwitchedOn,
  isTruthyEnvValue,
  programName,
  readCommandLine
} from "./chunk-X5T3IXJT.js";
import {
  effectiveCommand
} from "./chunk-OI5CPLJU.js";

// src/checks/auto-apply.ts
var APPLY_VERBS = {
  terraform: ["apply"],
  tofu: ["apply"],
  terragrunt: ["apply"],
  pulumi: ["up"],
  cdktf: ["deploy"]
};
var DESTROY_VERB = "destroy";
var PLAN_VERBS = {
  terraform: ["plan"],
  tofu: ["plan"],
  terragrunt: ["plan"],
  pulumi: ["preview"],
  cdktf: ["diff"]
};
function isPlanCommand(command) {
  const invocation = describeInfraCommand(command);
  return invocation !== void 0 && PLAN_VERBS[invocation.tool].includes(invocation.verb);
}
function hasApply(command) {
  const invocation = describeInfraCommand(command);
  return invocation !== void 0 && APPLY_VERBS[invocation.tool].includes(invocation.verb);
}
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

export {
  isPlanCommand,
  hasApply,
  findAutoApply
};
