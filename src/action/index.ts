// Entry of the bundled Action (dist/action.js).
import './embed-wasm.js';
import { runAction } from './main.js';

await runAction();
