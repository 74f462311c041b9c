import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/checks/ci-actions.ts
var DEPLOY_ACTIONS = /* @__PURE__ */ new Set([
  "azure/webapps-deploy",
  "azure/functions-action",
  "azure/k8s-deploy",
  "azure/arm-deploy",
  "azure/container-apps-deploy-action",
  "azure/static-web-apps-deploy",
  "azure/aci-deploy",
  "aws-actions/amazon-ecs-deploy-task-definition",
  "aws-actions/aws-cloudformation-github-deploy",
  "aws-actions/aws-lambda-deploy",
  "google-github-actions/deploy-cloudrun",
  "google-github-actions/deploy-appengine",
  "google-github-actions/deploy-cloud-functions",
  "google-github-actions/deploy-gke",
  "dflook/terraform-apply",
  "dflook/tofu-apply",
  "dflook/terraform-destroy",
  "dflook/tofu-destroy",
  "cloudflare/wrangler-action",
  "cloudflare/pages-action",
  "amondnet/vercel-action",
  "superfly/flyctl-actions",
  "hashicorp/tfc-workflows-github/actions/apply-run"
]);
function actionName(owner, repo, path) {
  return [owner, repo, path].filter(Boolean).join("/").toLowerCase();
}
function isDeployAction(name, inputs) {
  if (DEPLOY_ACTIONS.has(name)) return true;
  if (name === "pulumi/actions") return ["up", "update", "destroy", "refresh"].includes(inputs.get("command") ?? "");
  if (name === "gruntwork-io/terragrunt-action") return /\b(apply|destroy)\b/.test(inputs.get("tg_command") ?? "");
  return false;
}
function isPlanAction(name, inputs) {
  if (["dflook/terraform-plan", "dflook/tofu-plan", "hashicorp/tfc-workflows-github/actions/create-run"].includes(name)) return true;
  if (name === "pulumi/actions") return inputs.get("command") === "preview";
  if (name === "gruntwork-io/terragrunt-action") return /\bplan\b/.test(inputs.get("tg_command") ?? "");
  return false;
}
var LOCAL_CLUSTER_ACTIONS = /* @__PURE__ */ new Set([
  "helm/kind-action",
  "container-tools/kind-action",
  "engineerd/setup-kind",
  "medyagh/setup-minikube",
  "manusa/actions-setup-minikube",
  "absaoss/k3d-action",
  "nolar/setup-k3d-k3s",
  "balchua/microk8s-actions"
]);
var LOCAL_CLUSTER_SCRIPT = /\bkind\s+create\s+cluster\b|\bminikube\s+start\b|\bk3d\s+cluster\s+create\b|\bmicrok8s\b|kind[_-]cluster|create[_-]kind/i;
function startsLocalCluster(name, runText) {
  return name !== void 0 && LOCAL_CLUSTER_ACTIONS.has(name) || runText !== void 0 && LOCAL_CLUSTER_SCRIPT.test(runText);
}

export {
  actionName,
  isDeployAction,
  isPlanAction,
  startsLocalCluster
};
