import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/checks/shell-hints.ts
var SHELL_RULE_HINTS = /terraform|tofu|terragrunt|pulumi|cdktf|TF_CLI_ARGS|kubectl|helm|secrets\.|set -x/;
function mayNeedShellAnalysis(script) {
  return SHELL_RULE_HINTS.test(script);
}
var DEPLOY_HINTS = /\b(?:kubectl|oc|helm|helmfile|aws|gcloud|az|fly|flyctl|serverless|sls|cdk|sam|firebase|vercel|netlify|docker|argocd)\b/;
var TRACING_HINTS = /\bset\s+[-+][a-zA-Z]*x|xtrace/;
function mayNeedCiShellAnalysis(script, secretVariables = []) {
  if (mayNeedShellAnalysis(script) || DEPLOY_HINTS.test(script) || TRACING_HINTS.test(script)) return true;
  for (const name of secretVariables) if (script.includes(name)) return true;
  return false;
}

export {
  mayNeedShellAnalysis,
  mayNeedCiShellAnalysis
};
