import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  objectKey
} from "./chunk-CDIG7XST.js";
import {
  defineRule
} from "./chunk-S5PYAKLT.js";
import {
  get,
  getPair,
  nodeRange,
  scalarString
} from "./chunk-WYMY3UWM.js";
import {
  require_dist
} from "./chunk-HWBIRAM6.js";
import {
  __toESM
} from "./chunk-27OXTBH3.js";

// rules/kubernetes/host-path-volume.ts
var import_yaml = __toESM(require_dist(), 1);
var host_path_volume_default = defineRule({
  meta: {
    id: "kubernetes/host-path-volume",
    artifact: "kubernetes",
    policy: "least-privilege",
    level: "warning",
    securitySeverity: 7,
    security: true,
    precision: "very-high",
    docs: {
      summary: "Pods should not mount hostPath volumes",
      rationale: "A hostPath volume exposes a node directory to the pod. Writable mounts of paths such as /, /etc, /var/run/docker.sock or /var/lib/kubelet hand over the node; even read-only ones leak credentials and other pods' data.",
      remediation: "Use an emptyDir, a ConfigMap/Secret, or a PersistentVolumeClaim instead. Node agents that need host paths should mount the narrowest path read-only.",
      references: ["https://kubernetes.io/docs/concepts/storage/volumes/#hostpath"]
    },
    messages: {
      hostPath: '{{kind}} "{{name}}" mounts the node path {{path}} through hostPath volume "{{volume}}"; use an emptyDir, ConfigMap or PersistentVolumeClaim instead'
    }
  },
  check(view, ctx) {
    for (const pod of view.pods) {
      const volumes = get(pod.node, "volumes");
      if (!(0, import_yaml.isSeq)(volumes)) continue;
      for (const volume of volumes.items) {
        if (!(0, import_yaml.isMap)(volume)) continue;
        const pair = getPair(volume, "hostPath");
        if (!pair?.key.range) continue;
        const name = scalarString(get(volume, "name")) ?? "";
        ctx.report({
          messageId: "hostPath",
          data: { kind: pod.owner.kind, name: pod.owner.name ?? "", volume: name, path: scalarString(get(pair.value, "path")) ?? "(unknown)" },
          at: nodeRange(ctx.file, pair.key),
          key: `${objectKey(pod.owner)}/volume:${name}`
        });
      }
    }
  }
});
export {
  host_path_volume_default as default
};
