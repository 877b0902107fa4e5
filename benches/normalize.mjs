// Normalization throughput, side by side in one run: the wasm package in Node, native
// Rust (examples/bench_normalize.rs), CAMeL Tools and PyArabic (benches/peers.py, in a
// virtual environment under target/), on the same two texts built from ../shared:
//   seeds     every file of ../shared/seeds in name order, each followed by a newline
//   anercorp  the tokens of ../shared/data/anercorp/train.conll joined by spaces, one
//             sentence per line
// Budgets: the wasm package at least 20x CAMeL Tools' throughput; native at least
// 300 MB/s, preset search, offsets on. Prints a table and PASS/FAIL per budget; exits
// non-zero when one fails.
//
// usage: node benches/normalize.mjs [pkg-dir] [--json]
//   pkg-dir: the built npm package (default pkg); its entry point is imported as a user
//   would. MB/s = 10^6 bytes of UTF-8 input per second of wall-clock time: the best
//   of 7 rounds of at least 0.3 s each (the round least disturbed by other processes),
//   for every engine alike; medians are printed too.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SHARED, requireShared, seeds, anercorpText } from './corpus.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const pkgArg = args.find((a) => !a.startsWith('--')) ?? 'pkg';

// ---- inputs ------------------------------------------------------------------------
requireShared();
if (!existsSync(`${SHARED}data/anercorp/train.conll`)) {
  console.error(`benches/normalize.mjs: ${SHARED}data/anercorp/train.conll is absent`);
  process.exit(2);
}
const corpora = [
  ['seeds', seeds().map((s) => s.text + '\n').join('')],
  ['anercorp', anercorpText('train')],
];
const dir = `${ROOT}target/bench-corpora`;
mkdirSync(dir, { recursive: true });
const files = corpora.map(([name, text]) => {
  const path = `${dir}/${name}.txt`;
  writeFileSync(path, text);
  return [name, path];
});
const bytes = (s) => Buffer.byteLength(s, 'utf8');

// ---- the package -------------------------------------------------------------------
const pkgDir = [resolve(process.cwd(), pkgArg), resolve(ROOT, pkgArg)].find((d) => existsSync(`${d}/package.json`));
if (!pkgDir) {
  console.error(`benches/normalize.mjs: no package.json in ${pkgArg} (build the package first: make pkg)`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(`${pkgDir}/package.json`, 'utf8'));
const entry = manifest.exports?.['.']?.default ?? manifest.exports?.['.']?.import ?? manifest.module ?? manifest.main ?? 'index.js';
const isnad = await import(pathToFileURL(resolve(pkgDir, entry)).href);
if (typeof isnad.normalize !== 'function') {
  console.error(`benches/normalize.mjs: ${pkgDir}/${entry} exports no normalize()`);
  process.exit(2);
}

function measure(fn, text, rounds = 7, minMs = 300) {
  for (let i = 0; i < 3; i++) fn(text);
  const rates = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    let n = 0;
    let el;
    do {
      fn(text);
      n++;
      el = performance.now() - t0;
    } while (el < minMs);
    rates.push((bytes(text) * n) / (el / 1000) / 1e6);
  }
  rates.sort((a, b) => a - b);
  return { best: rates[rates.length - 1], median: rates[rates.length >> 1] };
}

function run(cmd, cmdArgs, what) {
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
  if (r.status !== 0) {
    console.error(`benches/normalize.mjs: ${what} failed (${cmd} ${cmdArgs.join(' ')}: ${r.error?.message ?? `status ${r.status}`})`);
    process.exit(1);
  }
  return r.stdout;
}

// ---- native: build, check the wasm output against it, measure ------------------------
run('cargo', ['build', '--release', '--quiet', '--bin', 'isnad', '--example', 'bench_normalize'], 'building the native benchmark');
const checks = [];
for (const [name, path] of files) {
  const text = corpora.find(([n]) => n === name)[1];
  const wasm = isnad.normalize(text);
  const native = run(`${ROOT}target/release/isnad`, ['normalize', path], 'the native CLI').replace(/\n$/, '');
  const units = wasm.text.length;
  const ok = wasm.text === native && wasm.starts.length === units && wasm.ends.length === units
    && wasm.starts instanceof Uint32Array && wasm.ends instanceof Uint32Array;
  checks.push({ name, ok });
}
const native = JSON.parse(run(`${ROOT}target/release/examples/bench_normalize`, ['--json', ...files.map(([n, p]) => `${n}=${p}`)], 'the native benchmark'));
const peers = JSON.parse(run('python3', [`${ROOT}benches/peers.py`, ...files.map(([n, p]) => `${n}=${p}`)], 'the Python peers'));

// ---- wasm ----------------------------------------------------------------------------
const wasm = Object.fromEntries(corpora.map(([name, text]) => [name, measure((t) => isnad.normalize(t), text)]));

// ---- table ---------------------------------------------------------------------------
const get = (list, engine, corpus, api) => list.find((r) => r.corpus === corpus && (r.engine ?? engine) === engine && (api === undefined || r.api === api));
const rows = corpora.map(([name, text]) => {
  const n = get(native.results, 'native', name, 'normalize');
  const ni = get(native.results, 'native', name, 'normalize_into');
  const camel = get(peers.results, 'camel', name);
  const pya = get(peers.results, 'pyarabic', name);
  return {
    corpus: name, bytes: bytes(text),
    native: n.mb_per_s, native_median: n.median_mb_per_s,
    native_into: ni.mb_per_s, native_into_median: ni.median_mb_per_s,
    wasm: wasm[name].best, wasm_median: wasm[name].median,
    camel: camel.mb_per_s, camel_median: camel.median_mb_per_s,
    pyarabic: pya.mb_per_s, pyarabic_median: pya.median_mb_per_s,
  };
});

const f = (x) => x.toFixed(x >= 100 ? 0 : x >= 10 ? 1 : 2);
const pad = (s, w) => String(s).padStart(w);
const header = ['corpus', 'bytes', 'native', 'native_into', 'wasm', 'CAMeL', 'PyArabic', 'wasm/CAMeL', 'wasm/PyAr', 'native/CAMeL', 'native/PyAr'];
const widths = [9, 9, 8, 12, 8, 8, 9, 11, 10, 13, 12];
const lines = [];
lines.push('normalize, preset search, offsets on: MB/s (best of 7 rounds; medians below)');
lines.push('native = normalize(); native_into = normalize_into() reusing its buffers; wasm = the package in Node ' + process.version);
lines.push(`CAMeL Tools ${peers.versions['camel-tools']}, PyArabic ${peers.versions.pyarabic}, Python ${peers.versions.python}`);
lines.push(header.map((h, i) => (i === 0 ? h.padEnd(widths[i]) : pad(h, widths[i]))).join(' '));
for (const r of rows) {
  lines.push([r.corpus.padEnd(widths[0]), pad(r.bytes, widths[1]), pad(f(r.native), widths[2]), pad(f(r.native_into), widths[3]),
    pad(f(r.wasm), widths[4]), pad(f(r.camel), widths[5]), pad(f(r.pyarabic), widths[6]),
    pad(f(r.wasm / r.camel) + 'x', widths[7]), pad(f(r.wasm / r.pyarabic) + 'x', widths[8]),
    pad(f(r.native / r.camel) + 'x', widths[9]), pad(f(r.native / r.pyarabic) + 'x', widths[10])].join(' '));
  lines.push(['  median'.padEnd(widths[0]), pad('', widths[1]), pad(f(r.native_median), widths[2]), pad(f(r.native_into_median), widths[3]),
    pad(f(r.wasm_median), widths[4]), pad(f(r.camel_median), widths[5]), pad(f(r.pyarabic_median), widths[6])].join(' '));
}

const budgets = [];
for (const c of checks) budgets.push({ what: `wasm output = native CLI output, offsets one per UTF-16 unit (${c.name})`, pass: c.ok });
for (const r of rows) {
  budgets.push({ what: `wasm >= 20x CAMeL Tools (${r.corpus}): ${f(r.wasm / r.camel)}x`, pass: r.wasm / r.camel >= 20 });
}
for (const r of rows) {
  budgets.push({ what: `native normalize >= 300 MB/s (${r.corpus}): ${f(r.native)} MB/s`, pass: r.native >= 300 });
  budgets.push({ what: `native normalize_into >= 300 MB/s (${r.corpus}): ${f(r.native_into)} MB/s`, pass: r.native_into >= 300 });
}
lines.push('');
for (const b of budgets) lines.push(`${b.pass ? 'PASS' : 'FAIL'}  ${b.what}`);

if (asJson) {
  console.log(JSON.stringify({ node: process.version, peers: peers.versions, rows, budgets }, null, 1));
} else {
  console.log(lines.join('\n'));
}
process.exit(budgets.every((b) => b.pass) ? 0 : 1);
