import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/parsers/kubernetes/secret-data.ts
function decodeSecretData(value) {
  const compact = value.replace(/\s+/g, "");
  if (compact === "" || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) return void 0;
  const bytes = Buffer.from(compact, "base64");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return void 0;
  }
}

export {
  decodeSecretData
};
