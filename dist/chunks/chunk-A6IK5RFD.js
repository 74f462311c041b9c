import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/core/artifacts.ts
var ARTIFACT_KINDS = [
  "dockerfile",
  "kubernetes",
  "compose",
  "helm",
  "terraform",
  "github-actions",
  "gitlab-ci",
  "generic"
];

export {
  ARTIFACT_KINDS
};
