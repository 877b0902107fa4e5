// The script of the worker `createWorker` starts (isnad/worker), for webpack, Vite and
// browsers: the module is found with `new URL(…, import.meta.url)`.
import * as isnad from './index.js';
import { serve } from './worker-serve.js';

serve(isnad);
