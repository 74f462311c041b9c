import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/core/secret.ts
var Secret = class {
  #value;
  constructor(value) {
    this.#value = value;
  }
  /** The raw value, for hashing only. Never print it. */
  reveal() {
    return this.#value;
  }
  get length() {
    return this.#value.length;
  }
  toString() {
    return maskSecret(this.#value);
  }
  toJSON() {
    return maskSecret(this.#value);
  }
};
function maskSecret(value) {
  const shown = value.length >= 16 ? 4 : value.length >= 8 ? 2 : 0;
  return `${value.slice(0, shown)}\u2026(${value.length} chars)`;
}

export {
  Secret
};
