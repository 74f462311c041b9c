import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";

// src/parsers/image-ref.ts
var DIGEST = /^[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;
var TAG = /^[\w][\w.-]{0,127}$/;
function parseImageRef(raw) {
  const text = raw.trim();
  if (!text || /\s/.test(text)) return void 0;
  const lead = raw.indexOf(text);
  let rest = text;
  let digest;
  const at = rest.indexOf("@");
  if (at >= 0) {
    const value = rest.slice(at + 1);
    if (!DIGEST.test(value)) return void 0;
    digest = { value, start: lead + at + 1, end: lead + text.length };
    rest = rest.slice(0, at);
  }
  let tag;
  const lastSlash = rest.lastIndexOf("/");
  const colon = rest.indexOf(":", lastSlash + 1);
  if (colon >= 0) {
    const value = rest.slice(colon + 1);
    if (!TAG.test(value)) return void 0;
    tag = { value, start: lead + colon + 1, end: lead + rest.length };
    rest = rest.slice(0, colon);
  }
  let registry;
  const firstSlash = rest.indexOf("/");
  if (firstSlash > 0) {
    const first = rest.slice(0, firstSlash);
    if (first.includes(".") || first.includes(":") || first === "localhost") {
      registry = first;
      rest = rest.slice(firstSlash + 1);
    }
  }
  if (!rest || !/^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/.test(rest)) {
    return void 0;
  }
  return { raw, registry, repository: rest, tag, digest };
}
function imagePinning(ref) {
  if (ref.digest) return "digest";
  if (!ref.tag) return "untagged";
  if (ref.tag.value === "latest") return "latest";
  return "tagged";
}

export {
  parseImageRef,
  imagePinning
};
