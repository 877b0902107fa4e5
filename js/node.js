// The entry for Node (and Deno, Bun): compiles the WebAssembly module beside this file
// synchronously on import, so `ready` is already resolved and both `import` and
// `require('isnad')` (Node 20.19+, which can require ES modules without top-level
// await) give functions that can be called at once.
import { readFileSync } from 'node:fs';
import { initSync } from './isnad.js';

initSync({ module: readFileSync(new URL('./isnad_bg.wasm', import.meta.url)) });

export { normalize, tokenize, nameKey, entities, compare, diff, quotes, analyze, version } from './isnad.js';

/** Already resolved: in Node the module is loaded during import. */
export const ready = Promise.resolve();
