import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  objectKey
} from "./chunk-CDIG7XST.js";
import {
  directiveFrom
} from "./chunk-UMTQ6HE6.js";
import {
  get,
  getIn,
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

// src/parsers/kubernetes/annotations.ts
var import_yaml = __toESM(require_dist(), 1);
var IGNORE_ANNOTATION = "infralint.dev/ignore";
var ANNOTATION_PATHS = [
  ["metadata", "annotations"],
  ["spec", "template", "metadata", "annotations"],
  ["spec", "jobTemplate", "spec", "template", "metadata", "annotations"]
];
function annotationDirectives(file, object) {
  const [start, end] = object.range ?? [0, 0];
  const out = [];
  for (const path of ANNOTATION_PATHS) {
    const value = getIn(object, [...path, IGNORE_ANNOTATION]);
    if (!(0, import_yaml.isScalar)(value) || typeof value.value !== "string" || !value.range) continue;
    const [from, to] = value.range;
    for (const entry of value.value.split("\n").map((l) => l.trim()).filter(Boolean)) {
      out.push(directiveFrom(entry, { wholeFile: false, line: 0, offset: from, length: to - from, span: { start, end } }));
    }
  }
  return out;
}

// src/parsers/kubernetes/parse.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/parsers/kubernetes/pod-templates.ts
var TEMPLATE = ["spec", "template", "spec"];
var POD_TEMPLATE_LOCATIONS = [
  { kind: "Pod", group: "", path: ["spec"] },
  { kind: "PodTemplate", group: "", path: ["template", "spec"] },
  { kind: "ReplicationController", group: "", path: TEMPLATE },
  { kind: "Deployment", group: "apps", path: TEMPLATE },
  { kind: "StatefulSet", group: "apps", path: TEMPLATE },
  { kind: "DaemonSet", group: "apps", path: TEMPLATE },
  { kind: "ReplicaSet", group: "apps", path: TEMPLATE },
  // extensions/v1beta1 and apps/v1beta* manifests are old but still common in repositories.
  { kind: "Deployment", group: "extensions", path: TEMPLATE },
  { kind: "DaemonSet", group: "extensions", path: TEMPLATE },
  { kind: "ReplicaSet", group: "extensions", path: TEMPLATE },
  { kind: "Job", group: "batch", path: TEMPLATE },
  { kind: "CronJob", group: "batch", path: ["spec", "jobTemplate", "spec", "template", "spec"] },
  { kind: "Rollout", group: "argoproj.io", path: TEMPLATE },
  { kind: "DeploymentConfig", group: "apps.openshift.io", path: TEMPLATE },
  { kind: "DeploymentConfig", group: "", path: TEMPLATE }
];
function apiGroup(apiVersion) {
  const slash = apiVersion.indexOf("/");
  return slash < 0 ? "" : apiVersion.slice(0, slash);
}
function podTemplateLocation(kind, apiVersion) {
  const group = apiGroup(apiVersion);
  return POD_TEMPLATE_LOCATIONS.find((l) => l.kind === kind && (l.group === void 0 || l.group === group));
}

// src/parsers/kubernetes/parse.ts
var CONTAINER_LISTS = [
  ["initContainers", "init"],
  ["containers", "container"],
  ["ephemeralContainers", "ephemeral"]
];
function parseKubernetes(file, yaml = parseYaml(file)) {
  const view = { file, yaml, objects: [], pods: [], containers: [], sopsEncrypted: false };
  for (const document of yaml.documents) {
    if (document.broken) continue;
    const root = resolveAlias(document.contents);
    if (!(0, import_yaml2.isMap)(root)) continue;
    if (get(root, "sops") !== void 0) view.sopsEncrypted = true;
    collectObjects(root, document.index, view.objects, 0);
  }
  for (const object of view.objects) {
    const location = podTemplateLocation(object.kind, object.apiVersion);
    if (!location) continue;
    const spec = getIn(object.node, location.path);
    if (!(0, import_yaml2.isMap)(spec)) continue;
    const pod = {
      owner: object,
      node: spec,
      securityContext: mapOrUndefined(get(spec, "securityContext")),
      restartPolicy: scalarString(get(spec, "restartPolicy")),
      partial: false
    };
    const first = view.containers.length;
    view.pods.push(pod);
    for (const [list, role] of CONTAINER_LISTS) {
      const seq = get(spec, list);
      if (!(0, import_yaml2.isSeq)(seq)) continue;
      seq.items.forEach((item, index) => {
        const node = resolveAlias(item);
        if (!(0, import_yaml2.isMap)(node)) return;
        const nameNode = scalarNode(get(node, "name"));
        const name = scalarString(nameNode);
        view.containers.push({
          pod,
          role,
          sidecar: role === "init" && scalarString(get(node, "restartPolicy")) === "Always",
          name,
          nameNode,
          node,
          securityContext: mapOrUndefined(get(node, "securityContext")),
          partial: get(node, "image") === void 0,
          index,
          key: `${objectKey(object)}/${role}:${name ?? `#${index}`}`
        });
      });
    }
    const containers = view.containers.slice(first);
    pod.partial = containers.every((c) => c.partial);
  }
  view.directives = view.objects.flatMap((object) => annotationDirectives(file, object.node));
  return { view, errors: [...yaml.errors] };
}
function collectObjects(node, document, out, depth) {
  const kindNode = get(node, "kind");
  const kind = scalarString(kindNode);
  const apiVersion = scalarString(get(node, "apiVersion"));
  if (!kind || !apiVersion || !kindNode) return;
  const items = get(node, "items");
  if (kind.endsWith("List") && (0, import_yaml2.isSeq)(items) && depth < 4) {
    for (const item of items.items) {
      const resolved = resolveAlias(item);
      if ((0, import_yaml2.isMap)(resolved)) collectObjects(resolved, document, out, depth + 1);
    }
    return;
  }
  const metadata = get(node, "metadata");
  const nameNode = scalarNode(get(metadata, "name"));
  const annotations = {};
  for (const pair of pairs(get(metadata, "annotations"))) {
    const value = scalarString(resolveAlias(pair.value));
    if (value !== void 0) annotations[String(pair.key.value)] = value;
  }
  out.push({
    kind,
    apiVersion,
    name: scalarString(nameNode),
    namespace: scalarString(get(metadata, "namespace")),
    annotations,
    node,
    kindNode,
    nameNode,
    document
  });
}
function scalarNode(node) {
  return (0, import_yaml2.isScalar)(node) ? node : void 0;
}
function mapOrUndefined(node) {
  return (0, import_yaml2.isMap)(node) ? node : void 0;
}
export {
  parseKubernetes
};
