export { loadHclParser, type HclWasm } from './loader.js';
export { parseHcl, isTfvarsPath, type HclParseResult } from './parse.js';
export { jsonValueOf, type JsonContent } from './json-value.js';
export { isStatic, toPlain } from './json-encode.js';
export { OffsetMap } from './offset-map.js';
export * from './view.js';
export * from './read.js';
export { blockInstances, type BlockInstance } from './dynamic.js';
