// isnad/worker: the package's functions run in a Web Worker, so a page never blocks
// while they work. Each function returns a promise; calls made before the worker has
// loaded the module wait for it in the worker.
import { FUNCTIONS } from './functions.js';

/**
 * Starts a worker running worker-script.js (bundlers that follow
 * `new Worker(new URL(…, import.meta.url))`, such as Vite and webpack, bundle it), or
 * uses `options.url` (the address of a built worker-script.js) or `options.worker`.
 */
export function createWorker(options = {}) {
  if (options === null || typeof options !== 'object') throw new TypeError('isnad: createWorker takes an optional object { url } or { worker }');
  const owned = options.worker === undefined;
  if (owned && typeof Worker === 'undefined') throw new Error('isnad: createWorker needs Web Workers (a browser); in Node, import the functions from \'isnad\' directly');
  const spawn = () => {
    if (options.url !== undefined) return new Worker(options.url, { type: 'module' });
    return new Worker(new URL('./worker-script.js', import.meta.url), { type: 'module' });
  };

  let worker;
  let nextId = 1;
  const pending = new Map();
  let settleReady;
  let readySettled = false;
  const ready = new Promise((resolve, reject) => {
    settleReady = (error) => {
      if (readySettled) return;
      readySettled = true;
      if (error) reject(error); else resolve();
    };
  });
  ready.catch(() => {});

  const failAll = (message) => {
    const error = new Error(message);
    settleReady(error);
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const attach = (w) => {
    worker = w;
    w.addEventListener('message', (event) => {
      const m = event.data;
      if (m === null || typeof m !== 'object' || m.isnad !== 1) return;
      if (m.id === undefined) {
        settleReady(m.ready ? undefined : new Error(m.message ?? 'isnad: the worker could not load the WebAssembly module'));
        return;
      }
      const p = pending.get(m.id);
      if (!p) return;
      pending.delete(m.id);
      if (m.ok) { p.resolve(m.value); return; }
      p.reject(new Error(m.message));
      if (m.fatal && owned) {
        // The module trapped: its memory is unusable. Later calls go to a fresh worker.
        w.terminate();
        failAll(`isnad: the worker stopped after an internal error (${m.message})`);
        attach(spawn());
      }
    });
    w.addEventListener('error', (event) => {
      failAll(`isnad: the worker failed${event && event.message ? `: ${event.message}` : ' to start (is worker-script.js served?)'}`);
    });
  };
  attach(owned ? spawn() : options.worker);

  const call = (fn, args) => new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    worker.postMessage({ isnad: 1, id, fn, args });
  });

  const api = { ready, terminate: () => { worker.terminate(); failAll('isnad: the worker was terminated'); } };
  for (const fn of FUNCTIONS) api[fn] = (...args) => call(fn, args);
  return api;
}
