import { Worker } from 'node:worker_threads';
import type { FileResult, LintOptions } from './lint-file.js';

/**
 * Lints files on `count` worker threads. Work is handed out in small batches on request, so a
 * thread that drew large files does not hold the others up.
 */
export async function lintInWorkers(
  files: { absolute: string; path: string }[],
  options: LintOptions,
  count: number,
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  const batchSize = Math.max(1, Math.min(32, Math.ceil(files.length / (count * 8))));
  let next = 0;
  const { config, ruleLevels, maxFileBytes, allowPlugins, today } = options; // plain data: sent to each thread
  const lintOptions: LintOptions = { config, ruleLevels, maxFileBytes, allowPlugins, today };
  const workerUrl = new URL('./worker.js', import.meta.url);

  await Promise.all(
    Array.from({ length: Math.min(count, files.length) }, () => new Promise<void>((resolveWorker, reject) => {
      const worker = new Worker(workerUrl, { workerData: { options: lintOptions } });
      let inFlight = 0;
      const sendBatch = () => {
        if (next >= files.length) {
          if (inFlight === 0) {
            void worker.terminate();
            resolveWorker();
          }
          return;
        }
        inFlight++;
        const batch = files.slice(next, next + batchSize);
        next += batch.length;
        worker.postMessage(batch);
      };
      worker.on('message', (batchResults: FileResult[]) => {
        inFlight--;
        results.push(...batchResults);
        sendBatch();
      });
      worker.on('error', reject);
      // Two batches in flight, so a thread never waits for its next one.
      worker.once('online', () => {
        sendBatch();
        sendBatch();
      });
    })),
  );
  return results;
}
