export { parseDockerfile } from './parse.js';
export type * from './view.js';
