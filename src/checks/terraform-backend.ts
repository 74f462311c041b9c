import type { HclBlock } from '../parsers/terraform/index.js';

/**
 * Helpers of the backend rules (shared by the state-safety rules).
 *
 * An empty backend block (`backend "s3" {}`) is a partial configuration: its settings come from
 * `-backend-config` at `terraform init`, which the linter cannot see.
 */
export function partialBackend(backend: HclBlock): boolean {
  return backend.body.attributes.length === 0 && backend.body.blocks.length === 0;
}

/** OpenTofu client-side state encryption (`terraform { encryption { state { … } } }`). */
export function stateEncryptionConfigured(settings: HclBlock): boolean {
  return settings.body.blocksOfType('encryption').some((encryption) => encryption.body.blocksOfType('state').length > 0);
}
