import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/checks/terraform-backend.ts
function partialBackend(backend) {
  return backend.body.attributes.length === 0 && backend.body.blocks.length === 0;
}
function stateEncryptionConfigured(settings) {
  return settings.body.blocksOfType("encryption").some((encryption) => encryption.body.blocksOfType("state").length > 0);
}

export {
  partialBackend,
  stateEncryptionConfigured
};
