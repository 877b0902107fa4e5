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
// Native is measured three ways: normalize_into() reusing its buffers (the budget: the
// normalizing itself), normalize() making a fresh result per call, and normalize() again
// with glibc told to keep freed memory (MALLOC_MMAP_THRESHOLD_ and MALLOC_TRIM_THRESHOLD_
// raised). On a 1.2 MB text a fresh result is ~7 MB; by default glibc hands it back to
// the system when it is freed, and the next call has every page of it faulted in again,
// which on this kind of VM costs about as much as normalizing. The third figure shows
// that the difference is that, not the library.
//
// usage: node benches/normalize.mjs [pkg-dir] [--json]
//   pkg-dir: the built npm package (default pkg); its entry point is imported as a user
//   would. MB/s = 10^6 bytes of UTF-8 input per second, the best of 7 rounds of at least
//   0.3 s each, for every engine alike, measured two ways: per second of CPU time of the
//   measuring thread (native, Python) or process (Node: process.cpuUsage, which also
//   counts V8's helper threads, so wasm is if anything underrated), which other
//   processes on a shared machine do not disturb; and per second of wall-clock time.
//   Budgets are judged on CPU time; wall-clock figures and medians are printed too.
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
const entry = manifest.exports?.['.']?.node ?? manifest.exports?.['.']?.default ?? manifest.exports?.['.']?.import ?? manifest.module ?? manifest.main ?? 'index.js';
const isnad = await import(pathToFileURL(resolve(pkgDir, entry)).href);
if (typeof isnad.normalize !== 'function') {
  console.error(`benches/normalize.mjs: ${pkgDir}/${entry} exports no normalize()`);
  process.exit(2);
}

function measure(fn, text, rounds = 7, minMs = 300) {
  for (let i = 0; i < 3; i++) fn(text);
  const wall = [];
  const cpu = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let n = 0;
    let el;
    do {
      fn(text);
      n++;
      el = performance.now() - t0;
    } while (el < minMs);
    const c = process.cpuUsage(c0);
    const mb = (bytes(text) * n) / 1e6;
    wall.push(mb / (el / 1000));
    cpu.push(mb / Math.max((c.user + c.system) / 1e6, 1e-9));
  }
  const sorted = (v) => v.sort((a, b) => a - b);
  sorted(wall);
  sorted(cpu);
  return { best: wall[wall.length - 1], median: wall[wall.length >> 1], cpu: cpu[cpu.length - 1], cpuMedian: cpu[cpu.length >> 1] };
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
const nativeArgs = ['--json', ...files.map(([n, p]) => `${n}=${p}`)];
const native = JSON.parse(run(`${ROOT}target/release/examples/bench_normalize`, nativeArgs, 'the native benchmark'));
process.env.MALLOC_MMAP_THRESHOLD_ = String(1 << 30);
process.env.MALLOC_TRIM_THRESHOLD_ = String(1 << 30);
const nativeKept = JSON.parse(run(`${ROOT}target/release/examples/bench_normalize`, nativeArgs, 'the native benchmark (glibc keeping freed memory)'));
delete process.env.MALLOC_MMAP_THRESHOLD_;
delete process.env.MALLOC_TRIM_THRESHOLD_;
const peers = JSON.parse(run('python3', [`${ROOT}benches/peers.py`, ...files.map(([n, p]) => `${n}=${p}`)], 'the Python peers'));

// ---- wasm ----------------------------------------------------------------------------
const wasm = Object.fromEntries(corpora.map(([name, text]) => [name, measure((t) => isnad.normalize(t), text)]));

// ---- table ---------------------------------------------------------------------------
const get = (list, engine, corpus, api) => list.find((r) => r.corpus === corpus && (r.engine ?? engine) === engine && (api === undefined || r.api === api));
const rows = corpora.map(([name, text]) => {
  const n = get(native.results, 'native', name, 'normalize');
  const ni = get(native.results, 'native', name, 'normalize_into');
  const nk = get(nativeKept.results, 'native', name, 'normalize');
  const camel = get(peers.results, 'camel', name);
  const pya = get(peers.results, 'pyarabic', name);
  const w = wasm[name];
  return {
    corpus: name, bytes: bytes(text),
    cpu: { native: n.cpu_mb_per_s, native_into: ni.cpu_mb_per_s, native_kept: nk.cpu_mb_per_s, wasm: w.cpu, camel: camel.cpu_mb_per_s, pyarabic: pya.cpu_mb_per_s },
    cpu_median: { native: n.cpu_median_mb_per_s, native_into: ni.cpu_median_mb_per_s, native_kept: nk.cpu_median_mb_per_s, wasm: w.cpuMedian, camel: camel.cpu_median_mb_per_s, pyarabic: pya.cpu_median_mb_per_s },
    wall: { native: n.mb_per_s, native_into: ni.mb_per_s, native_kept: nk.mb_per_s, wasm: w.best, camel: camel.mb_per_s, pyarabic: pya.mb_per_s },
    wall_median: { native: n.median_mb_per_s, native_into: ni.median_mb_per_s, native_kept: nk.median_mb_per_s, wasm: w.median, camel: camel.median_mb_per_s, pyarabic: pya.median_mb_per_s },
  };
});

const f = (x) => x.toFixed(x >= 100 ? 0 : x >= 10 ? 1 : 2);
const pad = (s, w) => String(s).padStart(w);
const header = ['corpus', 'bytes', 'native', 'native_kept', 'native_into', 'wasm', 'CAMeL', 'PyArabic', 'wasm/CAMeL', 'wasm/PyAr', 'native/CAMeL', 'native/PyAr'];
const widths = [16, 9, 8, 12, 12, 8, 8, 9, 11, 10, 13, 12];
const lines = [];
lines.push('normalize, preset search, offsets on: MB/s, best of 7 rounds');
lines.push('native = normalize(); native_kept = normalize() with glibc keeping freed memory; native_into = normalize_into() reusing its buffers');
lines.push('wasm = the package in Node ' + process.version);
lines.push(`CAMeL Tools ${peers.versions['camel-tools']}, PyArabic ${peers.versions.pyarabic}, Python ${peers.versions.python}`);
lines.push(header.map((h, i) => (i === 0 ? h.padEnd(widths[i]) : pad(h, widths[i]))).join(' '));
const line = (label, b, v) => [label.padEnd(widths[0]), pad(b, widths[1]), pad(f(v.native), widths[2]), pad(f(v.native_kept), widths[3]),
  pad(f(v.native_into), widths[4]), pad(f(v.wasm), widths[5]), pad(f(v.camel), widths[6]), pad(f(v.pyarabic), widths[7]),
  pad(f(v.wasm / v.camel) + 'x', widths[8]), pad(f(v.wasm / v.pyarabic) + 'x', widths[9]),
  pad(f(v.native / v.camel) + 'x', widths[10]), pad(f(v.native / v.pyarabic) + 'x', widths[11])].join(' ');
for (const r of rows) {
  lines.push(line(`${r.corpus} cpu`, r.bytes, r.cpu));
  lines.push(line('  cpu median', '', r.cpu_median));
  lines.push(line(`${r.corpus} wall`, r.bytes, r.wall));
  lines.push(line('  wall median', '', r.wall_median));
}

const budgets = [];
for (const c of checks) budgets.push({ what: `wasm output = native CLI output, offsets one per UTF-16 unit (${c.name})`, pass: c.ok });
for (const r of rows) {
  budgets.push({ what: `wasm >= 20x CAMeL Tools (${r.corpus}): ${f(r.cpu.wasm / r.cpu.camel)}x cpu (wall ${f(r.wall.wasm / r.wall.camel)}x)`, pass: r.cpu.wasm / r.cpu.camel >= 20 });
}
for (const r of rows) {
  budgets.push({ what: `native normalize_into >= 300 MB/s (${r.corpus}): ${f(r.cpu.native_into)} MB/s cpu (wall ${f(r.wall.native_into)})`, pass: r.cpu.native_into >= 300 });
}
lines.push('');
for (const b of budgets) lines.push(`${b.pass ? 'PASS' : 'FAIL'}  ${b.what}`);
for (const r of rows) {
  lines.push(`info  native normalize (${r.corpus}): ${f(r.cpu.native)} MB/s cpu, fresh result each call; ${f(r.cpu.native_kept)} MB/s with glibc keeping freed memory`);
}

if (asJson) {
  console.log(JSON.stringify({ node: process.version, peers: peers.versions, rows, budgets }, null, 1));
} else {
  console.log(lines.join('\n'));
}
process.exit(budgets.every((b) => b.pass) ? 0 : 1);
