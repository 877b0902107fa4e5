// The entry for those who load the WebAssembly module themselves (a CDN, a cache, a
// Content-Security-Policy that needs a given address, a runtime this package does not
// know): nothing loads until `init` is called.
import { load, loadedPromise } from './functions.js';

export { normalize, tokenize, nameKey, entities, compare, diff, quotes, analyze, version } from './functions.js';

/** Resolves once an `init` call has succeeded. */
export const ready = loadedPromise;

const KEYS = ['url', 'bytes', 'module'];

/**
 * Loads the module from exactly one of `url` (fetched), `bytes` (the file's contents)
 * or `module` (a compiled WebAssembly.Module). Returns a promise that rejects with an
 * Error saying what is wrong; calling it again after a failure tries again.
 */
export function init(source) {
  try {
    return loadChecked(source);
  } catch (e) {
    return Promise.reject(e);
  }
}

function loadChecked(source) {
  if (source === null || typeof source !== 'object' || Array.isArray(source)) {
    throw new TypeError(`isnad: init takes an object with one of url, bytes or module, got ${source === null ? 'null' : Array.isArray(source) ? 'an array' : typeof source}`);
  }
  const given = Object.keys(source).filter((k) => source[k] !== undefined);
  const unknown = given.filter((k) => !KEYS.includes(k));
  if (unknown.length) throw new TypeError(`isnad: init does not know ${unknown.map((k) => `"${k}"`).join(', ')}; give one of url, bytes or module`);
  if (given.length !== 1) throw new TypeError(`isnad: init takes exactly one of url, bytes or module, got ${given.length ? given.join(' and ') : 'none'}`);
  const { url, bytes, module } = source;
  if (url !== undefined) {
    if (typeof url !== 'string' && !(typeof URL !== 'undefined' && url instanceof URL)) throw new TypeError('isnad: init\'s url must be a string or a URL');
    return load(undefined, { url });
  }
  if (bytes !== undefined) {
    if (!(bytes instanceof ArrayBuffer) && !ArrayBuffer.isView(bytes)) throw new TypeError('isnad: init\'s bytes must be an ArrayBuffer or a typed array (the contents of isnad_bg.wasm)');
    return load(bytes);
  }
  if (typeof WebAssembly === 'undefined' || !(module instanceof WebAssembly.Module)) throw new TypeError('isnad: init\'s module must be a WebAssembly.Module (compiled from isnad_bg.wasm)');
  return load(module);
}
