// The analysis worker: loads the isnad package (wasm) once and answers calls, so the
// page never blocks while it works. Only what the package exports is offered;
// `capabilities` tells the page what has landed.
import * as isnad from '../pkg/index.js';

const FUNCTIONS = ['normalize', 'tokenize', 'nameKey', 'entities', 'compare', 'diff', 'quotes', 'analyze'];
const has = (name) => typeof isnad[name] === 'function';

function capabilities() {
  return { version: isnad.version(), ...Object.fromEntries(FUNCTIONS.map((f) => [f, has(f)])) };
}

// Word counts come from the package's tokenizer, article by article (so a long input
// shows progress), then the corpus analysis runs in one call.
function analyzeJob(id, articles) {
  const steps = articles.length + (has('analyze') ? 1 : has('entities') ? articles.length : 0);
  let done = 0;
  const progress = (label) => postMessage({ id, type: 'progress', done, total: steps, label });
  const words = {};
  for (const a of articles) {
    progress(`قراءة «${a.name ?? a.id}»`);
    words[a.id] = isnad.tokenize(a.text).filter((t) => t.kind === 'word' || t.kind === 'latin').length;
    done++;
  }
  let analysis = null, entitiesOnly = null;
  if (has('analyze')) {
    progress('تحليل الكيانات والمقارنة');
    analysis = isnad.analyze(articles.map(({ id, text }) => ({ id, text })));
    done++;
  } else if (has('entities')) {
    entitiesOnly = {};
    for (const a of articles) {
      progress(`الكيانات في «${a.name ?? a.id}»`);
      entitiesOnly[a.id] = isnad.entities(a.text);
      done++;
    }
  }
  // Name keys of the speakers, so the page can tell a different speaker from a
  // different spelling of one (غيورغيو / جيورجيو).
  const nameKeys = {};
  const who = (x) => (x == null ? '' : typeof x === 'string' ? x : x.name ?? x.title ?? x.text ?? '');
  for (const q of analysis?.quotes ?? []) {
    for (const s of [q.speaker, ...(q.carriers ?? []).map((c) => c.speaker)]) {
      const n = who(s);
      if (n && !(n in nameKeys)) nameKeys[n] = isnad.nameKey(n);
    }
  }
  // And of the people and bodies found, to lead from a speaker to its entity.
  for (const e of analysis?.entities ?? []) {
    if ((e.type === 'PER' || e.type === 'ORG') && !(e.canonical in nameKeys)) nameKeys[e.canonical] = isnad.nameKey(e.canonical);
  }
  return { words, analysis, entitiesOnly, nameKeys };
}

const handlers = {
  capabilities,
  analyze: (id, articles) => analyzeJob(id, articles),
  // Two articles: passages and scores side by side, or the word diff. Uses the
  // cheapest call the package offers (diff() alone; compare() without its diff), and
  // either name of compare()'s diff option (`diff` in the page's contract,
  // `diffLevel` in the comparison branch).
  pair: (id, a, b, mode, level) => {
    const tryCompare = (...optionSets) => {
      let last;
      for (const o of optionSets) {
        try { return isnad.compare(a, b, o); } catch (e) { last = e; if (!/unknown field/.test(e.message)) throw e; }
      }
      throw last;
    };
    if (mode === 'diff') {
      if (has('diff')) return { diff: isnad.diff(a, b, { level }) };
      return tryCompare({ diff: level }, { diffLevel: level });
    }
    return tryCompare({ noDiff: true }, undefined);
  },
  normalize: (id, text, options) => {
    const r = isnad.normalize(text, options);
    return { text: r.text, starts: Array.from(r.starts), ends: Array.from(r.ends) };
  },
};

self.onmessage = (e) => {
  const { id, fn, args = [] } = e.data;
  const t0 = performance.now();
  try {
    if (!handlers[fn] || (!['capabilities', 'analyze', 'pair'].includes(fn) && !has(fn)) || (fn === 'pair' && !has('compare'))) throw new Error(`isnad: ${fn} is not in this build of the package`);
    const value = handlers[fn](id, ...args);
    postMessage({ id, type: 'result', value, ms: performance.now() - t0 });
  } catch (err) {
    postMessage({ id, type: 'error', message: String(err?.message ?? err), fatal: err instanceof WebAssembly.RuntimeError });
  }
};
postMessage({ type: 'ready', caps: capabilities() });
// Load the entity model while the page waits for input (calls queue behind this).
if (has('entities')) setTimeout(() => { try { isnad.entities('قال'); } catch { /* reported on real calls */ } }, 0);
