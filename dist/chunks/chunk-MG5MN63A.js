import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  describeInfraCommand
} from "./chunk-G67JDZJW.js";
import {
  programName,
  readCommandLine,
  runCommand
} from "./chunk-X5T3IXJT.js";

// src/checks/deploy-commands.ts
function isDeployCommand(command) {
  const infra = describeInfraCommand(command);
  if (infra) return INFRA_CHANGES[infra.tool].includes(infra.verb) ? { what: `${infra.tool} ${infra.action}` } : void 0;
  const run = runCommand(command);
  const program = programName(run.name);
  const detector = program === void 0 ? void 0 : DETECTORS[program];
  const what = detector?.(readCommandLine(run.args, { optionsWithValue: OPTIONS_WITH_VALUE[program] }));
  return what === void 0 ? void 0 : { what: `${program} ${what}` };
}
var INFRA_CHANGES = {
  terraform: ["apply", "destroy", "import"],
  tofu: ["apply", "destroy", "import"],
  terragrunt: ["apply", "destroy"],
  pulumi: ["up", "destroy", "refresh"],
  cdktf: ["deploy", "destroy"]
};
var KUBECTL_GLOBAL_OPTIONS = [
  "-n",
  "--namespace",
  "--context",
  "--kubeconfig",
  "--cluster",
  "--user",
  "-s",
  "--server",
  "--token",
  "--as",
  "--as-group",
  "--request-timeout",
  "--certificate-authority",
  "-f",
  "--filename",
  "-l",
  "--selector",
  "-o",
  "--output",
  "-k",
  "--kustomize",
  "--field-manager",
  "-c",
  "--container"
];
var OPTIONS_WITH_VALUE = {
  kubectl: new Set(KUBECTL_GLOBAL_OPTIONS),
  oc: new Set(KUBECTL_GLOBAL_OPTIONS),
  helm: /* @__PURE__ */ new Set([
    "-n",
    "--namespace",
    "--kube-context",
    "--kubeconfig",
    "-f",
    "--values",
    "--set",
    "--set-string",
    "--set-file",
    "--version",
    "--repo",
    "--timeout",
    "--registry-config",
    "--repository-config",
    "--repository-cache"
  ]),
  helmfile: /* @__PURE__ */ new Set(["-f", "--file", "-e", "--environment", "-n", "--namespace", "-l", "--selector", "--kube-context"]),
  aws: /* @__PURE__ */ new Set([
    "--region",
    "--profile",
    "--output",
    "--endpoint-url",
    "--query",
    "--color",
    "--ca-bundle",
    "--cli-read-timeout",
    "--cli-connect-timeout",
    "--cli-binary-format"
  ]),
  gcloud: /* @__PURE__ */ new Set([
    "--project",
    "--account",
    "--configuration",
    "--region",
    "--zone",
    "--format",
    "--verbosity",
    "--impersonate-service-account",
    "--billing-project"
  ]),
  az: /* @__PURE__ */ new Set(),
  cdk: /* @__PURE__ */ new Set(["--app", "-a", "--profile", "-c", "--context"])
};
var isDryRun = (line) => line.options.some((o) => o.name === "--dry-run" && o.inlineValue !== "none" && o.inlineValue !== "false");
var hasOption = (line, ...names) => line.options.some((o) => names.includes(o.name));
var path = (line, length) => line.positionals.slice(0, length).map((word) => word.value ?? "");
var kubernetes = (line) => {
  const [verb, sub] = path(line, 2);
  if (isDryRun(line)) return void 0;
  if (["apply", "create", "replace", "patch", "delete", "scale", "edit"].includes(verb)) return verb;
  if (verb === "set" && ["image", "env", "resources"].includes(sub)) return `set ${sub}`;
  if (verb === "rollout" && ["restart", "undo", "resume"].includes(sub)) return `rollout ${sub}`;
  return void 0;
};
var DETECTORS = {
  kubectl: kubernetes,
  oc: kubernetes,
  helm: (line) => {
    const [verb] = path(line, 1);
    if (isDryRun(line)) return void 0;
    return ["install", "upgrade", "rollback", "uninstall", "delete"].includes(verb) ? verb : void 0;
  },
  helmfile: (line) => {
    const [verb] = path(line, 1);
    return ["apply", "sync", "deploy", "destroy"].includes(verb) ? verb : void 0;
  },
  aws: (line) => {
    const [service, operation] = path(line, 2);
    const deploys = {
      ecs: ["update-service", "create-service"],
      cloudformation: ["deploy", "create-stack", "update-stack", "execute-change-set", "delete-stack"],
      lambda: ["update-function-code", "update-function-configuration"],
      deploy: ["create-deployment"],
      elasticbeanstalk: ["update-environment"],
      apprunner: ["start-deployment", "update-service"]
    };
    return deploys[service]?.includes(operation) ? `${service} ${operation}` : void 0;
  },
  gcloud: (line) => {
    const [group, ...rest] = path(line, 4).filter((segment) => segment !== "alpha" && segment !== "beta");
    const command = [group, ...rest].join(" ");
    const deploys = [
      "run deploy",
      "app deploy",
      "functions deploy",
      "run services update",
      "run services replace",
      "run jobs deploy",
      "deployment-manager deployments create",
      "deployment-manager deployments update"
    ];
    return deploys.find((d) => command === d || command.startsWith(`${d} `));
  },
  az: (line) => {
    const firstOption = Math.min(...line.options.map((o) => o.word.start));
    const segments = line.positionals.filter((w) => w.start < firstOption).map((w) => w.value ?? "").slice(0, 4);
    const command = segments.join(" ");
    if (segments.includes("deploy") || segments.includes("up")) return command;
    if ((segments[0] === "deployment" || segments[0] === "stack") && segments.includes("create")) return command;
    if (command.includes("deployment source config-zip") || command.startsWith("containerapp update")) return command;
    return void 0;
  },
  fly: (line) => path(line, 1)[0] === "deploy" ? "deploy" : void 0,
  flyctl: (line) => path(line, 1)[0] === "deploy" ? "deploy" : void 0,
  serverless: (line) => path(line, 1)[0] === "deploy" ? "deploy" : void 0,
  sls: (line) => path(line, 1)[0] === "deploy" ? "deploy" : void 0,
  cdk: (line) => ["deploy", "destroy"].includes(path(line, 1)[0]) ? path(line, 1)[0] : void 0,
  sam: (line) => path(line, 1)[0] === "deploy" ? "deploy" : void 0,
  firebase: (line) => path(line, 1)[0] === "deploy" ? "deploy" : void 0,
  vercel: (line) => {
    const [verb] = path(line, 1);
    const deploying = verb === void 0 || verb === "deploy" || !VERCEL_SUBCOMMANDS.has(verb);
    return deploying && hasOption(line, "--prod") ? "--prod" : void 0;
  },
  netlify: (line) => path(line, 1)[0] === "deploy" && hasOption(line, "--prod") ? "deploy --prod" : void 0,
  docker: (line) => path(line, 2).join(" ") === "stack deploy" ? "stack deploy" : void 0,
  argocd: (line) => path(line, 2).join(" ") === "app sync" ? "app sync" : void 0
};
var VERCEL_SUBCOMMANDS = /* @__PURE__ */ new Set([
  "env",
  "pull",
  "build",
  "link",
  "login",
  "logs",
  "ls",
  "list",
  "inspect",
  "domains",
  "dns",
  "certs",
  "secrets",
  "alias",
  "promote",
  "rollback",
  "remove",
  "rm",
  "project",
  "teams",
  "whoami"
]);

export {
  isDeployCommand
};
