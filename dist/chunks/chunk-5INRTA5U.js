import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  mayNeedCiShellAnalysis
} from "./chunk-VSQOVHO6.js";
import {
  findExpressions
} from "./chunk-HE76RRAI.js";
import {
  scalarText
} from "./chunk-AN6FSRJN.js";
import {
  get,
  getIn,
  nodeRange,
  pairs,
  parseYaml,
  resolveAlias,
  scalarString
} from "./chunk-WYMY3UWM.js";
import {
  require_dist
} from "./chunk-HWBIRAM6.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// src/parsers/github-actions/parse.ts
var import_yaml = __toESM(require_dist(), 1);

// src/parsers/yaml/scalar-script.ts
function scalarScript(file, node) {
  const [start, end] = node.range ?? [0, 0];
  return { node, text: scalarText(file.text, node), range: file.range(start, end) };
}
async function parseScalarScripts(file, scripts, wanted, what) {
  const todo = scripts.filter(wanted);
  if (todo.length === 0) return [];
  const { loadShellParser, maskExpressions, parseShell } = await import("./shell-WIUM4LDC.js");
  await loadShellParser();
  const errors = [];
  for (const script of todo) {
    const parsed = parseShell(maskExpressions(script.text.value));
    if (parsed.error) {
      errors.push(unparsed(file, script, parsed.error, what));
      continue;
    }
    script.commands = parsed.commands.map((command) => commandInFile(command, script.text));
  }
  return errors;
}
function unparsed(file, script, error, what) {
  const at = script.text.toFile(Math.min(error.offset, Math.max(0, script.text.value.length - 1)));
  return {
    message: `the ${what} script could not be parsed as shell (${error.message}); shell checks skipped it`,
    range: file.range(at, at + 1),
    ruleId: "infralint/unparsed-script"
  };
}
function commandInFile(command, text) {
  const word = (w) => {
    const [start2, end2] = text.spanToFile(w.start, w.end);
    return { ...w, start: start2, end: end2 };
  };
  const [start, end] = text.spanToFile(command.start, command.end);
  return {
    name: word(command.name),
    args: command.args.map(word),
    assignments: command.assignments.map((a) => {
      const [aStart, aEnd] = text.spanToFile(a.start, a.end);
      return { ...a, start: aStart, end: aEnd, value: word(a.value) };
    }),
    start,
    end
  };
}

// src/parsers/github-actions/parse.ts
async function parseGithubActions(file, yaml) {
  const parsed = yaml ?? parseYaml(file);
  const errors = [...parsed.errors];
  const root = parsed.documents[0]?.contents;
  if (!(0, import_yaml.isMap)(root)) return { errors };
  const view = (0, import_yaml.isMap)(get(root, "runs")) && !get(root, "jobs") ? actionView(file, root) : workflowView(file, root);
  view.yaml = parsed;
  const wanted = /* @__PURE__ */ new Map();
  for (const job of view.jobs) {
    for (const step of job.steps) {
      if (!step.run || !isBashLike(step.shell, job.runsOn)) continue;
      const secretVariables = [...view.env, ...job.env, ...step.env].filter(readsSecret).map((e) => e.name);
      wanted.set(step.run, mayNeedCiShellAnalysis(step.run.text.value, secretVariables));
    }
  }
  errors.push(...await parseScalarScripts(file, view.scripts, (s) => wanted.get(s) === true, "`run:`"));
  return { view, errors };
}
function readsSecret(entry) {
  const value = entry.value?.value;
  if (!value) return false;
  return findExpressions(value).some((e) => /\bsecrets\.|\bsecrets\[|github\.token\b/.test(e.body));
}
function isBashLike(shell, runsOn) {
  if (shell === void 0) return !/windows/i.test(runsOn ?? "");
  return /^(?:bash|sh)\b/.test(shell.trim());
}
function workflowView(file, root) {
  const jobsPair = pairOf(root, "jobs");
  const defaultShell = scalarString(getIn(root, ["defaults", "run", "shell"]));
  const view = {
    kind: "github-actions",
    file,
    type: "workflow",
    triggers: triggers(file, root),
    env: envEntries(file, get(root, "env"), "workflow"),
    permissions: permissions(file, get(root, "permissions")),
    jobsKey: jobsPair ? located(file, jobsPair.key) : void 0,
    jobs: [],
    scripts: []
  };
  for (const pair of pairs(get(root, "jobs"))) {
    const job = jobView(file, pair, defaultShell);
    view.jobs.push(job);
    for (const step of job.steps) if (step.run) view.scripts.push(step.run);
  }
  return view;
}
function actionView(file, root) {
  const runsPair = pairOf(root, "runs");
  const runs = resolveAlias(runsPair.value);
  const view = {
    kind: "github-actions",
    file,
    type: "action",
    triggers: [],
    env: [],
    jobsKey: located(file, runsPair.key),
    jobs: [],
    scripts: []
  };
  const using = scalarString(get(runs, "using"));
  if (using === "composite") {
    const job = { id: "runs", key: located(file, runsPair.key), node: runs ?? null, needs: [], env: [], services: [], steps: [], with: [] };
    job.steps = steps(file, get(runs, "steps"), void 0);
    view.jobs.push(job);
    for (const step of job.steps) if (step.run) view.scripts.push(step.run);
  } else if (using === "docker") {
    const image = token(file, get(runs, "image"));
    if (image && image.value.startsWith("docker://")) {
      const job = { id: "runs", key: located(file, runsPair.key), node: runs ?? null, needs: [], env: [], services: [], steps: [], with: [] };
      job.steps.push({ index: 0, node: runs, range: image.range, uses: usesRef(file, image), with: [], env: [] });
      view.jobs.push(job);
    }
  }
  return view;
}
function jobView(file, pair, workflowShell) {
  const node = resolveAlias(pair.value) ?? null;
  const needsNode = get(node, "needs");
  const needs = (0, import_yaml.isSeq)(needsNode) ? needsNode.items.map(scalarString).filter((s) => !!s) : [scalarString(needsNode)].filter((s) => !!s);
  const runsOnNode = get(node, "runs-on");
  const runsOn = (0, import_yaml.isSeq)(runsOnNode) ? runsOnNode.items.map(scalarString).join(" ") : scalarString(runsOnNode) ?? scalarString(get(runsOnNode, "labels"));
  const environmentNode = get(node, "environment");
  const environmentName = (0, import_yaml.isMap)(environmentNode) ? scalarString(get(environmentNode, "name")) : scalarString(environmentNode);
  const usesToken = token(file, get(node, "uses"));
  const shell = scalarString(getIn(node, ["defaults", "run", "shell"])) ?? workflowShell;
  return {
    id: String(pair.key.value),
    key: located(file, pair.key),
    node,
    needs,
    runsOn,
    env: envEntries(file, get(node, "env"), "job"),
    permissions: permissions(file, get(node, "permissions")),
    environment: environmentNode ? { name: environmentName, at: located(file, environmentNode) } : void 0,
    container: imageUse(file, get(node, "container"), "container"),
    services: pairs(get(node, "services")).flatMap((service) => {
      const use = imageUse(file, resolveAlias(service.value), "service", String(service.key.value));
      return use ? [use] : [];
    }),
    steps: steps(file, get(node, "steps"), shell),
    uses: usesToken ? usesRef(file, usesToken) : void 0,
    with: inputs(file, get(node, "with"))
  };
}
function steps(file, node, defaultShell) {
  if (!(0, import_yaml.isSeq)(node)) return [];
  return node.items.flatMap((item, index) => {
    const step = resolveAlias(item);
    if (!(0, import_yaml.isMap)(step)) return [];
    const usesToken = token(file, get(step, "uses"));
    const runNode = get(step, "run");
    return [{
      index,
      node: step,
      range: nodeRange(file, step),
      id: scalarString(get(step, "id")),
      name: scalarString(get(step, "name")),
      uses: usesToken ? usesRef(file, usesToken) : void 0,
      run: (0, import_yaml.isScalar)(runNode) && typeof runNode.value === "string" ? scalarScript(file, runNode) : void 0,
      shell: scalarString(get(step, "shell")) ?? defaultShell,
      with: inputs(file, get(step, "with")),
      env: envEntries(file, get(step, "env"), "step")
    }];
  });
}
function usesRef(file, value) {
  const raw = value.value.trim();
  const base = { raw, range: value.range };
  const map = scalarText(file.text, value.node);
  const startInFile = (offsetInValue) => map.toFile(offsetInValue);
  if (raw.startsWith("./") || raw.startsWith("../")) return { ...base, kind: "local" };
  if (raw.startsWith("docker://")) {
    const at = value.value.indexOf("docker://") + "docker://".length;
    return { ...base, kind: "docker", image: raw.slice("docker://".length), imageOffset: startInFile(at) };
  }
  const atSign = value.value.lastIndexOf("@");
  const target = atSign < 0 ? value.value : value.value.slice(0, atSign);
  const [owner, repo, ...path] = target.trim().split("/");
  const ref = { ...base, kind: "repository", owner, repo, path: path.length ? path.join("/") : void 0 };
  if (atSign >= 0) {
    ref.ref = value.value.slice(atSign + 1).trim();
    const refStart = atSign + 1 + (value.value.slice(atSign + 1).length - value.value.slice(atSign + 1).trimStart().length);
    const [refFrom, refTo] = map.spanToFile(refStart, refStart + ref.ref.length);
    ref.refRange = file.range(refFrom, refTo);
  }
  return ref;
}
function triggers(file, root) {
  const pair = pairOf(root, "on") ?? pairOf(root, true);
  if (!pair) return [];
  const on = resolveAlias(pair.value);
  if ((0, import_yaml.isScalar)(on)) return scalarString(on) ? [{ event: scalarString(on), key: located(file, on) }] : [];
  if ((0, import_yaml.isSeq)(on)) return on.items.flatMap((item) => (0, import_yaml.isScalar)(item) && scalarString(item) ? [{ event: scalarString(item), key: located(file, item) }] : []);
  return pairs(on).map((p) => ({ event: String(p.key.value), key: located(file, p.key) }));
}
function envEntries(file, node, level) {
  return pairs(node).map((p) => ({
    name: String(p.key.value),
    key: located(file, p.key),
    value: token(file, resolveAlias(p.value)),
    level
  }));
}
function inputs(file, node) {
  return pairs(node).map((p) => ({ name: String(p.key.value), key: located(file, p.key), value: token(file, resolveAlias(p.value)) }));
}
function permissions(file, node) {
  if (node === void 0) return void 0;
  const value = token(file, node);
  return { range: nodeRange(file, node), writeAll: value?.value === "write-all" ? value : void 0 };
}
function imageUse(file, node, role, name) {
  const image = (0, import_yaml.isMap)(node) ? token(file, get(node, "image")) : token(file, node);
  if (!image) return void 0;
  const use = { role, name, image };
  const password = token(file, getIn(node, ["credentials", "password"]));
  const username = token(file, getIn(node, ["credentials", "username"]));
  if (password) use.password = password;
  if (username) use.username = username;
  return use;
}
function token(file, node) {
  const resolved = resolveAlias(node);
  if (!(0, import_yaml.isScalar)(resolved)) return void 0;
  const value = scalarString(resolved);
  if (value === void 0) return void 0;
  return { value, node: resolved, range: nodeRange(file, resolved) };
}
function located(file, node) {
  return { range: nodeRange(file, node) };
}
function pairOf(map, key) {
  if (!(0, import_yaml.isMap)(map)) return void 0;
  return map.items.find((p) => (0, import_yaml.isScalar)(p.key) && p.key.value === key);
}

export {
  scalarScript,
  parseScalarScripts,
  parseGithubActions,
  readsSecret,
  usesRef,
  token
};
