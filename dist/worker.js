import { createRequire as __infralintRequire } from 'node:module';
const require = __infralintRequire(import.meta.url);
globalThis.INFRALINT_VERSION = "0.1.0";
import {
  lintOnDisk
} from "./chunks/chunk-AT6PC2AI.js";
import "./chunks/chunk-LLNMWWJM.js";
import "./chunks/chunk-4EEFD6ID.js";
import "./chunks/chunk-UMTQ6HE6.js";
import "./chunks/chunk-4XWRCDWT.js";
import "./chunks/chunk-HWBIRAM6.js";
import "./chunks/chunk-27OXTBH3.js";

// src/engine/worker.ts
import { parentPort, workerData } from "node:worker_threads";
var options = workerData.options;
parentPort.on("message", async (batch) => {
  const results = [];
  for (const f of batch) results.push(await lintOnDisk(f, options));
  parentPort.postMessage(results);
});
