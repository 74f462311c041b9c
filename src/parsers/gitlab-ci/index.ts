/** GitLab CI files: jobs with their own and inherited (`extends:`, `default:`) settings, scripts with file offsets. */
export { parseGitlabCi } from './parse.js';
export { checkedJobs, isManual, jobScripts, jobsBefore, jobVariables } from './view.js';
export type * from './view.js';
