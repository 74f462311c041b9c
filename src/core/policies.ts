/**
 * The policy ids of ../shared/POLICIES.md. They are a public interface (SARIF tags
 * `policy:<id>`, config, docs): add to this list, never rename.
 */
export const POLICIES = {
  'immutable-images': 'No :latest, no untagged images',
  'non-root': 'Containers must not run as root',
  'resource-limits': 'CPU and memory requests and limits',
  'health-probes': 'Liveness and readiness',
  'no-hardcoded-secrets': 'No hardcoded secrets',
  'no-auto-apply': 'Always plan, never auto-apply',
  'approval-gates': 'Production changes need a gate',
  'pinned-actions': 'Immutable references in CI',
  'least-privilege': 'Least privilege',
  'network-exposure': 'Network exposure',
  'state-safety': 'Remote state with encryption and locking',
  'rollback': 'Rollback stays possible',
  'infralint': 'infralint itself: parse errors, internal errors, suppressions',
} as const;

export type PolicyId = keyof typeof POLICIES;
