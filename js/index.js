// The entry for browsers without a bundler, webpack and anything else that follows
// `new URL('./file', import.meta.url)`: starts fetching the WebAssembly module beside
// this file on import (no top-level await, so workers and `require` work); `ready`
// resolves once the functions can be called.
import { load } from './functions.js';

export { normalize, tokenize, nameKey, entities, compare, diff, quotes, analyze, version } from './functions.js';

/** Resolves once the module is loaded; rejects with the reason when it cannot be. */
export const ready = load(undefined, { url: new URL('./isnad_bg.wasm', import.meta.url) });
// Awaiting `ready` still sees a failure; a caller who never awaits it gets the reason
// from the first call instead of an unhandled rejection.
ready.catch(() => {});
