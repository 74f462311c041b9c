/**
 * Words that shell-aware rules look for. A script that contains none of them cannot produce a
 * shell finding, so it is not parsed at all: this is a fast path, not a detector (the rules
 * decide on the parsed commands).
 */
const SHELL_RULE_HINTS = /terraform|tofu|terragrunt|pulumi|cdktf|TF_CLI_ARGS|kubectl|helm|secrets\.|set -x/;

export function mayNeedShellAnalysis(script: string): boolean {
  return SHELL_RULE_HINTS.test(script);
}

/** Deploy tools the approval-gate rules look for in CI scripts (see deploy-commands.ts). */
const DEPLOY_HINTS = /\b(?:kubectl|oc|helm|helmfile|aws|gcloud|az|fly|flyctl|serverless|sls|cdk|sam|firebase|vercel|netlify|docker|argocd)\b/;
/** Shell tracing (`set -x`, `set -ex`, `set -o xtrace`) echoes every command, secrets included. */
const TRACING_HINTS = /\bset\s+[-+][a-zA-Z]*x|xtrace/;

/**
 * The CI variant (GitHub Actions `run:`, GitLab CI `script:`): also deploy commands, tracing,
 * and the environment variables known to hold secrets (`echo $TOKEN`).
 */
export function mayNeedCiShellAnalysis(script: string, secretVariables: Iterable<string> = []): boolean {
  if (mayNeedShellAnalysis(script) || DEPLOY_HINTS.test(script) || TRACING_HINTS.test(script)) return true;
  for (const name of secretVariables) if (script.includes(name)) return true;
  return false;
}
