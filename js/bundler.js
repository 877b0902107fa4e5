// The entry for bundlers that resolve the `browser` condition and an asset import with
// `?url` (Vite, build and dev server, workers included; esbuild with
// `--loader:.wasm=file`). Vite's dev server pre-bundles dependencies into another
// folder, where `new URL('./isnad_bg.wasm', import.meta.url)` would point at nothing;
// an asset import is rewritten to the file's real address instead.
import wasmUrl from './isnad_bg.wasm?url';
import { load } from './functions.js';

export { normalize, tokenize, nameKey, entities, compare, diff, quotes, analyze, version } from './functions.js';

/** Resolves once the module is loaded; rejects with the reason when it cannot be. */
export const ready = load(undefined, { url: new URL(wasmUrl, import.meta.url) });
ready.catch(() => {});
