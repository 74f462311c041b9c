// The worker thread of the bundled Action: the same worker, with the WebAssembly embedded.
import './embed-wasm.js';
import '../engine/worker.js';
