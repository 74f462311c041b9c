import { defineRule } from '../../src/core/rule.js';

/**
 * A root module should keep its state in a remote backend. Whether a folder is a root module is a
 * question about all its files, and a rule sees one file; so only a file that is clearly the
 * configuration of a root module is judged: it holds a `terraform {}` block and `provider`
 * configurations (child modules should not configure providers) and no backend or `cloud` block.
 */
export default defineRule({
  meta: {
    id: 'terraform/no-remote-backend',
    artifact: 'terraform',
    policy: 'state-safety',
    level: 'note',
    securitySeverity: 3.0,
    security: true,
    precision: 'medium',
    docs: {
      summary: 'A root module should store its state in a remote backend',
      rationale:
        'Without a backend, state stays in a local terraform.tfstate: it holds every secret the configuration touches in clear text, it is easily committed by mistake, it has no locking, so two applies can corrupt it, and losing the laptop loses the state.',
      remediation:
        'Add a remote backend with encryption and locking to the `terraform {}` block, e.g. `backend "s3" { bucket = "…", key = "…", region = "…", encrypt = true, use_lockfile = true }`, `backend "gcs"`, `backend "azurerm"`, or a `cloud {}` block. Limitation: a rule sees one file, so only a file holding both a `terraform {}` block and `provider` blocks (the mark of a root module) is judged; a backend configured in another file of the same folder is not seen, so move the backend next to the providers or disable this rule for that file.',
      references: ['https://developer.hashicorp.com/terraform/language/backend', 'https://opentofu.org/docs/language/settings/backends/configuration/'],
    },
    messages: {
      missing: 'this root module configures providers but no backend, so state stays in a local terraform.tfstate file; add a remote `backend` (with encryption and locking) or a `cloud` block to `terraform {}`',
      local: 'the `local` backend keeps state in a file on this machine; use a remote backend with encryption and locking',
    },
  },
  check(view, ctx) {
    if (view.isTfvars) return;
    const settings = view.blocks.filter((block) => block.type === 'terraform');
    if (settings.length === 0) return;
    const backends = settings.flatMap((block) => [...block.body.blocksOfType('backend'), ...block.body.blocksOfType('cloud')]);
    for (const backend of backends) {
      if (backend.type === 'backend' && backend.labels[0]?.value === 'local') {
        ctx.report({ messageId: 'local', at: backend.header, key: 'backend.local' });
      }
    }
    if (backends.length > 0) return;
    const configuresProviders = view.blocks.some((block) => block.type === 'provider');
    if (!configuresProviders) return;
    ctx.report({ messageId: 'missing', at: settings[0]!.header, key: 'terraform' });
  },
});
