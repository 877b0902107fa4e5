// The page's side of the analysis worker: calls return promises; progress arrives by
// callback. (The page runs one analysis at a time and only the latest edit's.)
export class Engine {
  constructor(url = new URL('./worker.js', import.meta.url)) {
    // The worker boot.js started early, with what it said meanwhile; else a new one.
    const boot = globalThis.isnadBoot;
    this.worker = boot?.worker ?? new Worker(url, { type: 'module' });
    this.pending = new Map();
    this.nextId = 1;
    this.ready = new Promise((resolve, reject) => {
      const fail = (e) => reject(new Error(e.message || 'the analysis worker failed to start'));
      const hear = (e) => { if (e.type === 'error') fail(e); else if (e.data.type === 'ready') resolve(e.data.caps); };
      for (const e of boot?.early ?? []) hear(e);
      boot?.stop();
      this.worker.addEventListener('error', fail, { once: true });
      this.worker.addEventListener('message', hear);
    });
    this.worker.addEventListener('message', (e) => this.onMessage(e.data));
  }

  onMessage(m) {
    const p = this.pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') { p.onProgress?.(m); return; }
    this.pending.delete(m.id);
    if (m.type === 'result') p.resolve({ value: m.value, ms: m.ms });
    else p.reject(new Error(m.message));
  }

  call(fn, args = [], onProgress) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ id, fn, args });
    });
  }
}
