// The page's side of the analysis worker: calls return promises; progress arrives by
// callback. (The page runs one analysis at a time and only the latest edit's.)
// If the package traps (a WebAssembly RuntimeError leaves its memory unusable), the
// worker is replaced by a fresh one, so the next call works again.
export class Engine {
  constructor(url = new URL('./worker.js', import.meta.url)) {
    this.url = url;
    this.pending = new Map();
    this.nextId = 1;
    // The worker boot.js started early, with what it said meanwhile; else a new one.
    const boot = globalThis.isnadBoot;
    this.start(boot?.worker, boot?.early ?? []);
    boot?.stop();
  }

  start(worker, early = []) {
    this.worker = worker ?? new Worker(this.url, { type: 'module' });
    this.ready = new Promise((resolve, reject) => {
      const fail = (e) => reject(new Error(e.message || 'the analysis worker failed to start'));
      const hear = (e) => { if (e.type === 'error') fail(e); else if (e.data.type === 'ready') resolve(e.data.caps); };
      for (const e of early) hear(e);
      this.worker.addEventListener('error', fail, { once: true });
      this.worker.addEventListener('message', hear);
    });
    this.ready.catch(() => {}); // reported by whoever awaits it
    this.worker.addEventListener('message', (e) => this.onMessage(e.data));
    this.worker.addEventListener('error', (e) => this.failAll(e.message || 'the analysis worker stopped'));
  }

  failAll(message) {
    for (const p of this.pending.values()) p.reject(new Error(message));
    this.pending.clear();
  }

  onMessage(m) {
    const p = this.pending.get(m.id);
    if (!p) return;
    if (m.type === 'progress') { p.onProgress?.(m); return; }
    this.pending.delete(m.id);
    if (m.type === 'result') { p.resolve({ value: m.value, ms: m.ms }); return; }
    p.reject(new Error(m.message));
    if (m.fatal) {
      this.worker.terminate();
      this.failAll(m.message);
      this.start();
    }
  }

  async call(fn, args = [], onProgress) {
    await this.ready;
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, onProgress });
      this.worker.postMessage({ id, fn, args });
    });
  }
}
