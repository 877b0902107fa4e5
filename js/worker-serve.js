// The worker side of isnad/worker: answers `{ isnad: 1, id, fn, args }` messages with
// the functions of `isnad` (the entry the worker script loaded). A message that arrives
// before the module is loaded waits for it (each handler awaits `ready`, in arrival
// order), so nothing sent right after the worker is created is lost.
import { FUNCTIONS } from './functions.js';

export function serve(isnad) {
  const known = new Set(FUNCTIONS);

  self.addEventListener('message', async (event) => {
    const m = event.data;
    if (m === null || typeof m !== 'object' || m.isnad !== 1 || m.id === undefined) return;
    try {
      await isnad.ready;
      if (!known.has(m.fn)) throw new Error(`isnad: unknown function ${JSON.stringify(m.fn)}; the worker offers ${FUNCTIONS.join(', ')}`);
      const value = isnad[m.fn](...(Array.isArray(m.args) ? m.args : []));
      self.postMessage({ isnad: 1, id: m.id, ok: true, value });
    } catch (e) {
      // A trap (WebAssembly.RuntimeError) leaves the module's memory unusable: the
      // client replaces the worker when it started it.
      const fatal = typeof WebAssembly !== 'undefined' && e instanceof WebAssembly.RuntimeError;
      self.postMessage({ isnad: 1, id: m.id, ok: false, message: e instanceof Error ? e.message : String(e), fatal });
    }
  });

  isnad.ready.then(
    () => self.postMessage({ isnad: 1, ready: true }),
    (e) => self.postMessage({ isnad: 1, ready: false, message: e.message }),
  );
}
