export * from './source.js';
export * from './artifacts.js';
export * from './policies.js';
export * from './secret.js';
export * from './rule.js';
export * from './finding.js';
export type { ViewMap } from './views.js';
