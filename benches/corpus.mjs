// Benchmark inputs built from ../shared (read at run time, never stored in the repo).
import { readFileSync, readdirSync, existsSync } from 'node:fs';

export const SHARED = new URL('../../shared/', import.meta.url).pathname;

export function requireShared() {
  if (!existsSync(`${SHARED}seeds`)) {
    console.error(`benchmarks need ../shared beside the repository (looked in ${SHARED})`);
    process.exit(2);
  }
}

export function seeds() {
  const dir = `${SHARED}seeds/`;
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => ({ id: f.replace(/\.txt$/, ''), text: readFileSync(dir + f, 'utf8') }));
}

/** Running text of the ANERcorp test part: tokens joined by spaces, sentences by newlines. */
export function anercorpText(part = 'test') {
  const lines = readFileSync(`${SHARED}data/anercorp/${part}.conll`, 'utf8').split('\n');
  const out = [];
  let sentence = [];
  for (const l of lines) {
    if (!l.trim()) { if (sentence.length) out.push(sentence.join(' ')); sentence = []; continue; }
    sentence.push(l.split(' ')[0]);
  }
  if (sentence.length) out.push(sentence.join(' '));
  return out.join('\n');
}

/** A deterministic pseudo-random generator (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const bytes = (s) => Buffer.byteLength(s, 'utf8');

/** Text of at least `size` UTF-8 bytes made of seed sentences in a shuffled order. */
export function articleOfSize(sentences, size, random) {
  const parts = [];
  let n = 0;
  while (n < size) {
    const s = sentences[Math.floor(random() * sentences.length)];
    parts.push(s);
    n += bytes(s) + 1;
  }
  return parts.join(' ');
}

export function sentencesOf(texts) {
  return texts.flatMap((t) => t.split(/(?<=[.!؟?])\s+|\n+/u)).map((s) => s.trim()).filter((s) => s.length > 20);
}

/** An edited copy of `text`: words dropped, inserted, swapped and respelled (غ → ج). */
export function editedCopy(text, random, rate = 0.05) {
  const words = text.split(/\s+/);
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const r = random();
    if (r < rate) continue; // deletion
    let w = words[i];
    if (r < rate * 2) w = w.replace(/غ/g, 'ج');
    if (r > 1 - rate && i + 1 < words.length) { out.push(words[i + 1]); out.push(w); i++; continue; }
    out.push(w);
    if (r > 1 - rate * 2 && r <= 1 - rate) out.push('وأضاف');
  }
  return out.join(' ');
}

/** Median wall time in ms of `f` over enough runs to take at least `minMs`, after
 * `warmup` untimed calls (the first calls pay for table set-up and unoptimized code). */
export function timeIt(f, { minRuns = 5, minMs = 300, warmup = 2 } = {}) {
  for (let i = 0; i < warmup; i++) f();
  const times = [];
  const t0 = performance.now();
  while (times.length < minRuns || performance.now() - t0 < minMs) {
    const s = performance.now();
    f();
    times.push(performance.now() - s);
    if (times.length > 10000) break;
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export { bytes };
