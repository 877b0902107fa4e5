// The page's side of the analysis: the package's own worker API (isnad/worker, served
// from www/pkg by `make www`) runs every call in a Web Worker, so the page never
// blocks; calls made before the worker has loaded the module wait there. The page's
// jobs are short sequences of those calls; they report progress as each step returns.
// (If the module traps, the package replaces its worker, so the next call works again.)
import { createWorker } from '../pkg/worker.js';

/**
 * Starts the package's worker and has it build the entity tables while the page waits
 * for input (later calls queue behind this). boot.js calls it as the page parses, so
 * the module compiles while the page's own modules load.
 */
export function startIsnad() {
  const isnad = createWorker();
  // Asked first, so the page learns it is ready without waiting for the tables.
  const version = isnad.version();
  version.catch(() => {});
  isnad.entities('قال').catch(() => { /* a real call reports it */ });
  return { isnad, version };
}

const isWord = (t) => t.kind === 'word' || t.kind === 'latin';
const who = (x) => (x == null ? '' : typeof x === 'string' ? x : x.name ?? x.title ?? x.text ?? '');

// Word counts come from the package's tokenizer, article by article (so a long input
// shows progress), then the corpus analysis runs in one call. Every call is sent at
// once (the worker runs them in order, without waiting for the page between them).
async function analyzeJob(isnad, articles, onProgress) {
  const total = articles.length + 1;
  const counts = articles.map((a) => isnad.tokenize(a.text).then((ts) => ts.filter(isWord).length));
  const analyzed = isnad.analyze(articles.map(({ id, text }) => ({ id, text })));
  for (const p of [...counts, analyzed]) p.catch(() => {}); // awaited below, in order
  const words = {};
  for (const [i, a] of articles.entries()) {
    onProgress?.({ done: i, total, label: `قراءة «${a.name ?? a.id}»` });
    words[a.id] = await counts[i];
  }
  onProgress?.({ done: articles.length, total, label: 'تحليل الكيانات والمقارنة' });
  const analysis = await analyzed;
  // Name keys of the speakers, so the page can tell a different speaker from a
  // different spelling of one (غيورغيو / جيورجيو), and of the people and bodies found,
  // to lead from a speaker to its entity.
  const names = new Set();
  for (const q of analysis?.quotes ?? []) {
    for (const s of [q.speaker, ...(q.carriers ?? []).map((c) => c.speaker)]) if (who(s)) names.add(who(s));
  }
  for (const e of analysis?.entities ?? []) if (e.type === 'PER' || e.type === 'ORG') names.add(e.canonical);
  const keys = await Promise.all([...names].map((n) => isnad.nameKey(n)));
  const nameKeys = Object.fromEntries([...names].map((n, i) => [n, keys[i]]));
  return { words, analysis, entitiesOnly: null, nameKeys };
}

const jobs = {
  analyze: analyzeJob,
  // Two articles: passages and their similarity side by side (compare without its
  // diff, given the other articles as context, so it finds exactly the passages
  // analyze found for the pair), or the word diff alone.
  pair: async (isnad, a, b, mode, level, context = []) => (mode === 'diff'
    ? { diff: await isnad.diff(a, b, { level }) }
    : isnad.compare(a, b, { diff: false, context })),
  normalize: (isnad, text, options) => isnad.normalize(text, options),
};

export class Engine {
  constructor() {
    const { isnad, version } = globalThis.isnadBoot ?? startIsnad();
    this.isnad = isnad;
    // What the package offers (the page's views ask before they use a function).
    this.ready = isnad.ready.then(async () => {
      const functions = Object.keys(isnad).filter((k) => k !== 'terminate' && typeof isnad[k] === 'function');
      return { ...Object.fromEntries(functions.map((f) => [f, true])), version: await version };
    });
    this.ready.catch(() => {}); // reported by whoever awaits it
  }

  /** Runs one of the page's jobs; resolves to `{ value, ms }`. */
  async call(fn, args = [], onProgress) {
    await this.ready;
    const t0 = performance.now();
    const value = await jobs[fn](this.isnad, ...args, onProgress);
    return { value, ms: performance.now() - t0 };
  }
}
