/**
 * Well-known GitHub Actions that deploy or change infrastructure, for the approval-gates and
 * no-auto-apply rules of the GitHub Actions pack. Names are compared case-insensitively
 * (GitHub resolves `Azure/webapps-deploy` and `azure/webapps-deploy` to the same action).
 */

/** Actions that deploy to a live environment whenever they run. */
const DEPLOY_ACTIONS = new Set([
  'azure/webapps-deploy', 'azure/functions-action', 'azure/k8s-deploy', 'azure/arm-deploy', 'azure/container-apps-deploy-action',
  'azure/static-web-apps-deploy', 'azure/aci-deploy',
  'aws-actions/amazon-ecs-deploy-task-definition', 'aws-actions/aws-cloudformation-github-deploy', 'aws-actions/aws-lambda-deploy',
  'google-github-actions/deploy-cloudrun', 'google-github-actions/deploy-appengine', 'google-github-actions/deploy-cloud-functions',
  'google-github-actions/deploy-gke',
  'dflook/terraform-apply', 'dflook/tofu-apply', 'dflook/terraform-destroy', 'dflook/tofu-destroy',
  'cloudflare/wrangler-action', 'cloudflare/pages-action', 'amondnet/vercel-action', 'superfly/flyctl-actions',
  'hashicorp/tfc-workflows-github/actions/apply-run',
]);

/** `owner/repo[/path]` of a `uses:`, lower-cased. */
export function actionName(owner: string | undefined, repo: string | undefined, path: string | undefined): string {
  return [owner, repo, path].filter(Boolean).join('/').toLowerCase();
}

/**
 * Whether an action deploys; `inputs` are its literal `with:` values. Some actions deploy only
 * in some modes (`pulumi/actions` with `command: up`, terragrunt with an apply command).
 */
export function isDeployAction(name: string, inputs: ReadonlyMap<string, string>): boolean {
  if (DEPLOY_ACTIONS.has(name)) return true;
  if (name === 'pulumi/actions') return ['up', 'update', 'destroy', 'refresh'].includes(inputs.get('command') ?? '');
  if (name === 'gruntwork-io/terragrunt-action') return /\b(apply|destroy)\b/.test(inputs.get('tg_command') ?? '');
  return false;
}

/** Actions that create a plan or preview a change for review. */
export function isPlanAction(name: string, inputs: ReadonlyMap<string, string>): boolean {
  if (['dflook/terraform-plan', 'dflook/tofu-plan', 'hashicorp/tfc-workflows-github/actions/create-run'].includes(name)) return true;
  if (name === 'pulumi/actions') return inputs.get('command') === 'preview';
  if (name === 'gruntwork-io/terragrunt-action') return /\bplan\b/.test(inputs.get('tg_command') ?? '');
  return false;
}

/** Actions that start a throwaway Kubernetes cluster on the runner. */
const LOCAL_CLUSTER_ACTIONS = new Set([
  'helm/kind-action', 'container-tools/kind-action', 'engineerd/setup-kind', 'medyagh/setup-minikube',
  'manusa/actions-setup-minikube', 'absaoss/k3d-action', 'nolar/setup-k3d-k3s', 'balchua/microk8s-actions',
]);
/** Script text that creates a local cluster (kind, minikube, k3d, microk8s), scripts named so included. */
const LOCAL_CLUSTER_SCRIPT = /\bkind\s+create\s+cluster\b|\bminikube\s+start\b|\bk3d\s+cluster\s+create\b|\bmicrok8s\b|kind[_-]cluster|create[_-]kind/i;

/**
 * Whether a step starts a throwaway cluster on the runner. A job that does so and then runs
 * `kubectl apply` is testing manifests, not deploying anywhere that needs an approval.
 */
export function startsLocalCluster(name: string | undefined, runText: string | undefined): boolean {
  return (name !== undefined && LOCAL_CLUSTER_ACTIONS.has(name)) || (runText !== undefined && LOCAL_CLUSTER_SCRIPT.test(runText));
}
