export { parseKubernetes } from './parse.js';
export { POD_TEMPLATE_LOCATIONS, podTemplateLocation, apiGroup } from './pod-templates.js';
export * from './view.js';
export * from './locate.js';
