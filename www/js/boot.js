// Starts the analysis worker as soon as the page parses, before the page's own
// modules have loaded, so the package compiles while they do. Messages that arrive
// before the page listens are kept for it (see engine.js).
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
const early = [];
const keep = (e) => early.push(e);
worker.addEventListener('message', keep);
worker.addEventListener('error', keep);
globalThis.isnadBoot = { worker, early, stop: () => { worker.removeEventListener('message', keep); worker.removeEventListener('error', keep); } };
