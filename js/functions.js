// The package's functions, shared by the entries that load the WebAssembly module
// asynchronously (index.js, bundler.js, init.js): each checks that the module is
// loaded, so a call made too early throws an Error that says what to do instead of
// wasm-bindgen's "cannot read properties of undefined". node.js, which loads the
// module synchronously, exports wasm-bindgen's functions directly.
import initWasm, * as wasm from './isnad.js';

/** The functions every entry exports, in this order (tools/finish-pkg.mjs checks it). */
export const FUNCTIONS = ['normalize', 'tokenize', 'nameKey', 'entities', 'compare', 'diff', 'quotes', 'analyze', 'version'];

let loaded = false;
let failure = null;
let loading = null;
let resolveLoaded;
/** Resolves when any load succeeds (the module is shared by every entry). */
export const loadedPromise = new Promise((resolve) => { resolveLoaded = resolve; });

function check(name) {
  if (loaded) return;
  if (failure) throw new Error(`isnad: ${name}() cannot run: the WebAssembly module failed to load: ${failure.message}`);
  throw new Error(`isnad: ${name}() was called before the WebAssembly module finished loading; await \`ready\` first (import { ready } from 'isnad'; await ready;)`);
}

/**
 * Loads the module from a URL (fetched), bytes or a compiled WebAssembly.Module; the
 * error names what was tried and why it failed. Loading twice is loading once.
 */
export function load(source, { url } = {}) {
  if (loaded) return Promise.resolve();
  if (loading) return loading;
  loading = (async () => {
    let input = source;
    if (url !== undefined) input = await fetchWasm(url);
    await initWasm({ module_or_path: input });
    loaded = true;
    failure = null;
    resolveLoaded();
  })().catch((e) => {
    loading = null;
    failure = e instanceof Error && e.message.startsWith('isnad:') ? e : new Error(`isnad: cannot load the WebAssembly module${url !== undefined ? ` from ${url}` : ''}: ${describe(e)}`, { cause: e });
    throw failure;
  });
  return loading;
}

async function fetchWasm(url) {
  const href = String(url);
  if (href.startsWith('file:')) {
    throw new Error(`isnad: cannot fetch ${href}: fetch does not read files; in Node import 'isnad' (it loads itself), or pass { bytes: readFileSync(path) } to init`);
  }
  let response;
  try {
    response = await fetch(url);
  } catch (e) {
    throw new Error(`isnad: cannot fetch the WebAssembly module from ${href}: ${describe(e)}`, { cause: e });
  }
  if (!response.ok) throw new Error(`isnad: fetching the WebAssembly module from ${href} gave HTTP ${response.status}; serve isnad_bg.wasm (from the isnad package) at that address`);
  const type = response.headers.get('content-type') ?? '';
  if (/^text\/html/i.test(type)) {
    throw new Error(`isnad: ${href} answered with an HTML page, not isnad_bg.wasm; serve the file from the isnad package at that address, or load it yourself with init() from 'isnad/init'`);
  }
  return response;
}

const describe = (e) => (e instanceof Error ? e.message : String(e));

export function normalize(text, options) { check('normalize'); return wasm.normalize(text, options); }
export function tokenize(text, options) { check('tokenize'); return wasm.tokenize(text, options); }
export function nameKey(text) { check('nameKey'); return wasm.nameKey(text); }
export function entities(text, options) { check('entities'); return wasm.entities(text, options); }
export function compare(a, b, options) { check('compare'); return wasm.compare(a, b, options); }
export function diff(a, b, options) { check('diff'); return wasm.diff(a, b, options); }
export function quotes(text) { check('quotes'); return wasm.quotes(text); }
export function analyze(articles) { check('analyze'); return wasm.analyze(articles); }
export function version() { check('version'); return wasm.version(); }
