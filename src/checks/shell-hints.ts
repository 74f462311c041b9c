/**
 * Words that shell-aware rules look for. A script that contains none of them cannot produce a
 * shell finding, so it is not parsed at all: this is a fast path, not a detector (the rules
 * decide on the parsed commands).
 */
const SHELL_RULE_HINTS = /terraform|tofu|terragrunt|pulumi|cdktf|TF_CLI_ARGS|kubectl|helm|secrets\.|set -x/;

export function mayNeedShellAnalysis(script: string): boolean {
  return SHELL_RULE_HINTS.test(script);
}
