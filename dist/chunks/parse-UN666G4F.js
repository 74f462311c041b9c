import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  parseScalarScripts,
  scalarScript,
  token
} from "./chunk-5INRTA5U.js";
import {
  mayNeedCiShellAnalysis
} from "./chunk-VSQOVHO6.js";
import "./chunk-HE76RRAI.js";
import {
  isSecretName
} from "./chunk-GMXNASOB.js";
import "./chunk-AN6FSRJN.js";
import {
  get,
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

// src/parsers/gitlab-ci/parse.ts
var import_yaml = __toESM(require_dist(), 1);
var GLOBAL_KEYWORDS = /* @__PURE__ */ new Set([
  "image",
  "services",
  "stages",
  "types",
  "before_script",
  "after_script",
  "variables",
  "cache",
  "include",
  "default",
  "workflow",
  "spec"
]);
var SECTIONS = ["before_script", "script", "after_script"];
var DEFAULT_KEYS = ["image", "services", "before_script", "after_script"];
var MAX_EXTENDS_DEPTH = 11;
async function parseGitlabCi(file, yaml) {
  const parsed = yaml ?? parseYaml(file);
  const errors = [...parsed.errors];
  const root = parsed.documents.find((d) => (0, import_yaml.isMap)(d.contents) && !isSpecHeader(d.contents))?.contents;
  if (!(0, import_yaml.isMap)(root)) return { errors };
  const view = gitlabView(file, root);
  view.yaml = parsed;
  const secretVariables = new Set([...view.variables.map((v) => v.name), ...view.jobs.flatMap((j) => [...j.effective.variables?.keys() ?? []])].filter(isSecretName));
  const echoesCredential = (text) => /\$\{?\w*(?:TOKEN|PASSWORD|PASSWD|SECRET|KEY|CREDENTIAL)/i.test(text);
  errors.push(...await parseScalarScripts(file, view.scripts, (s) => mayNeedCiShellAnalysis(s.text.value, secretVariables) || echoesCredential(s.text.value), "`script:`"));
  return { view, errors };
}
function isSpecHeader(node) {
  return (0, import_yaml.isMap)(node) && node.items.length === 1 && (0, import_yaml.isScalar)(node.items[0].key) && node.items[0].key.value === "spec";
}
function gitlabView(file, root) {
  const scripts = [];
  const settingsOf = (node, writtenIn, level) => readSettings(file, node, writtenIn, level, scripts);
  const defaults = settingsOf(get(root, "default"), "default", "job");
  const globals = settingsOf(root, "(global)", "workflow");
  for (const key of DEFAULT_KEYS) if (defaults[key] === void 0 && globals[key] !== void 0) defaults[key] = globals[key];
  const jobs = [];
  for (const pair of pairs(root)) {
    const name = String(pair.key.value);
    const node = resolveAlias(pair.value) ?? null;
    if (GLOBAL_KEYWORDS.has(name) || !(0, import_yaml.isMap)(node)) continue;
    const extendsNode = get(node, "extends");
    const extendsNames = (0, import_yaml.isSeq)(extendsNode) ? extendsNode.items.map(scalarString).filter((s) => !!s) : [scalarString(extendsNode)].filter((s) => !!s);
    jobs.push({
      name,
      key: { range: nodeRange(file, pair.key) },
      node,
      hidden: name.startsWith("."),
      extends: extendsNames,
      extended: false,
      own: settingsOf(node, name, "job"),
      effective: {},
      complete: true
    });
  }
  const byName = new Map(jobs.map((job) => [job.name, job]));
  for (const job of jobs) for (const parent of job.extends) {
    const p = byName.get(parent);
    if (p) p.extended = true;
  }
  for (const job of jobs) {
    const { settings, complete } = resolveExtends(job, byName, 0);
    job.complete = complete;
    job.effective = applyDefaults(settings, defaults, get(job.node, "inherit"));
  }
  const includes = includeLocals(file, get(root, "include"));
  const stagesNode = get(root, "stages");
  return {
    kind: "gitlab-ci",
    file,
    variables: [...globals.variables?.values() ?? []],
    defaults,
    stages: (0, import_yaml.isSeq)(stagesNode) ? stagesNode.items.map(scalarString).filter((s) => !!s) : [],
    jobs,
    includes,
    scripts
  };
}
function resolveExtends(job, byName, depth) {
  let complete = true;
  let merged = {};
  if (depth < MAX_EXTENDS_DEPTH) {
    for (const parentName of job.extends) {
      const parent = byName.get(parentName);
      if (!parent || parent === job) {
        complete = false;
        continue;
      }
      const inherited = resolveExtends(parent, byName, depth + 1);
      complete &&= inherited.complete;
      merged = merge(merged, inherited.settings);
    }
  }
  return { settings: merge(merged, job.own), complete };
}
function merge(base, over) {
  const result = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === void 0) continue;
    if (key === "variables") result.variables = new Map([...base.variables ?? [], ...value]);
    else result[key] = value;
  }
  return result;
}
function applyDefaults(settings, defaults, inherit) {
  const inheritDefault = get(inherit, "default");
  const allowed = (key) => {
    if (inheritDefault === void 0) return true;
    if ((0, import_yaml.isSeq)(inheritDefault)) return inheritDefault.items.some((item) => scalarString(item) === key);
    return scalarString(inheritDefault) !== "false";
  };
  const result = { ...settings };
  for (const key of DEFAULT_KEYS) {
    if (result[key] === void 0 && defaults[key] !== void 0 && allowed(key)) result[key] = defaults[key];
  }
  return result;
}
function readSettings(file, node, writtenIn, level, scripts) {
  const settings = {};
  if (!(0, import_yaml.isMap)(node)) return settings;
  const imageNode = get(node, "image");
  if (imageNode !== void 0) settings.image = imageOf(file, imageNode, "image", writtenIn);
  const servicesNode = get(node, "services");
  if ((0, import_yaml.isSeq)(servicesNode)) {
    settings.services = servicesNode.items.flatMap((item) => {
      const image = imageOf(file, resolveAlias(item), "service", writtenIn);
      return image ? [image] : [];
    });
  }
  for (const section of SECTIONS) {
    const sectionNode = get(node, section);
    if (sectionNode === void 0) continue;
    const found = scriptItems(file, sectionNode);
    settings[section] = found;
    scripts.push(...found);
  }
  const variablesNode = get(node, "variables");
  if (variablesNode !== void 0) {
    settings.variables = new Map(
      pairs(variablesNode).map((p) => {
        const value = resolveAlias(p.value);
        const entry = { name: String(p.key.value), key: { range: nodeRange(file, p.key) }, value: token(file, (0, import_yaml.isMap)(value) ? get(value, "value") : value), level };
        return [entry.name, entry];
      })
    );
  }
  const environmentNode = get(node, "environment");
  if (environmentNode !== void 0) {
    const name = (0, import_yaml.isMap)(environmentNode) ? scalarString(get(environmentNode, "name")) : scalarString(environmentNode);
    const action = (0, import_yaml.isMap)(environmentNode) ? scalarString(get(environmentNode, "action")) : void 0;
    settings.environment = { name, action, at: { range: nodeRange(file, environmentNode) } };
  }
  const when = token(file, get(node, "when"));
  if (when) settings.when = when;
  const rulesNode = get(node, "rules");
  if ((0, import_yaml.isSeq)(rulesNode)) settings.rules = rulesNode.items.map((rule) => ({ when: token(file, get(resolveAlias(rule), "when")) }));
  const stage = scalarString(get(node, "stage"));
  if (stage) settings.stage = stage;
  const needsNode = get(node, "needs");
  if ((0, import_yaml.isSeq)(needsNode)) {
    settings.needs = needsNode.items.flatMap((item) => {
      const resolved = resolveAlias(item);
      const name = (0, import_yaml.isMap)(resolved) ? scalarString(get(resolved, "job")) : scalarString(resolved);
      return name ? [name] : [];
    });
  }
  return settings;
}
function imageOf(file, node, role, writtenIn) {
  const image = token(file, (0, import_yaml.isMap)(node) ? get(node, "name") : node);
  return image ? { role, image, writtenIn } : void 0;
}
function scriptItems(file, node) {
  const resolved = resolveAlias(node);
  if ((0, import_yaml.isScalar)(resolved)) return typeof resolved.value === "string" ? [scalarScript(file, resolved)] : [];
  if (!(0, import_yaml.isSeq)(resolved) || resolved.tag === "!reference") return [];
  return resolved.items.flatMap((item) => scriptItems(file, item));
}
function includeLocals(file, node) {
  const items = (0, import_yaml.isSeq)(node) ? node.items : node === void 0 ? [] : [node];
  return items.flatMap((item) => {
    const resolved = resolveAlias(item);
    const local = token(file, (0, import_yaml.isMap)(resolved) ? get(resolved, "local") : resolved);
    return local && !/^https?:/.test(local.value) ? [local] : [];
  });
}
export {
  parseGitlabCi
};
