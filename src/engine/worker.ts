import { parentPort, workerData } from 'node:worker_threads';
import type { LintOptions } from './lint-file.js';
import { lintOnDisk } from './scan.js';

// A pool thread: lints each batch of files it is sent and posts the results back.
const options = (workerData as { options: LintOptions }).options;
parentPort!.on('message', async (batch: { absolute: string; path: string }[]) => {
  const results = [];
  for (const f of batch) results.push(await lintOnDisk(f, options));
  parentPort!.postMessage(results);
});
