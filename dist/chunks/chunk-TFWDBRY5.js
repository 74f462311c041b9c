import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/cli/options.ts
var UsageError = class extends Error {
};

export {
  UsageError
};
