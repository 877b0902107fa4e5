// Entry point of the isnad package: loads the WebAssembly module once, in Node
// (from the file beside this one) or in a browser (fetched relative to this module),
// then re-exports the functions, which are synchronous from then on.
import init from './isnad.js';

const wasmUrl = new URL('./isnad_bg.wasm', import.meta.url);
const isNode = typeof process !== 'undefined' && process.versions != null && process.versions.node != null
  && wasmUrl.protocol === 'file:';

if (isNode) {
  const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ 'node:fs/promises');
  await init({ module_or_path: await readFile(wasmUrl) });
} else {
  await init({ module_or_path: wasmUrl });
}

export * from './isnad.js';
