/**
 * The public API for custom policies and embedding: `defineRule` for JS rule modules, the
 * types rules see, and the scan engine.
 */
export { defineRule } from './core/rule.js';
export type { Rule, RuleMeta, RuleContext, Report, Level, MessageData } from './core/rule.js';
export { Secret, maskSecret } from './core/secret.js';
export type { Finding, Notice } from './core/finding.js';
export type { Position, Range, Located } from './core/source.js';
export { SourceFile } from './core/source.js';
export { parseImageRef, imagePinning } from './parsers/image-ref.js';
export { scan } from './engine/scan.js';
export type { ScanOptions, ScanResult } from './engine/scan.js';
