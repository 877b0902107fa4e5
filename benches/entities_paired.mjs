// Two builds of the wasm package compared on `entities`, run in turn in fresh Node
// processes so that the machine's drift falls on both alike: how a change to the rules
// is measured against the build before it (README, Speed).
// usage: node benches/entities_paired.mjs PKG_A PKG_B [ROUNDS]   (package directories,
// relative to the repository or absolute; ROUNDS defaults to 3; needs ../shared)
// Each run: the first `entities('قال')` (the tables opened), three warm-up calls on
// ANERcorp's test text, then the median and the best of five timed calls.
import { spawnSync } from 'node:child_process';
import { isAbsolute, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { requireShared } from './corpus.mjs';

const [a, b, roundsArg] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node benches/entities_paired.mjs PKG_A PKG_B [ROUNDS]');
  process.exit(2);
}
requireShared();
const rounds = Number(roundsArg ?? 3);
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error(`ROUNDS must be a whole number of at least 1, got ${roundsArg}`);
  process.exit(2);
}
const repo = new URL('..', import.meta.url).pathname;
const pkgUrl = (p) => pathToFileURL(resolve(isAbsolute(p) ? p : `${repo}/${p}`, 'node.js')).href;
const corpus = new URL('./corpus.mjs', import.meta.url).href;

const probe = (pkg) => `
  const { anercorpText } = await import(${JSON.stringify(corpus)});
  const m = await import(${JSON.stringify(pkgUrl(pkg))});
  let t = performance.now(); m.entities('قال'); const first = performance.now() - t;
  const text = anercorpText('test');
  for (let i = 0; i < 3; i++) m.entities(text);
  const times = [];
  for (let i = 0; i < 5; i++) { t = performance.now(); m.entities(text); times.push(performance.now() - t); }
  times.sort((x, y) => x - y);
  const mb = Buffer.byteLength(text) / 1e6;
  console.log(JSON.stringify({ first, median: mb / (times[2] / 1000), best: mb / (times[0] / 1000) }));`;

const results = { [a]: [], [b]: [] };
for (let r = 0; r < rounds; r++) {
  for (const pkg of [a, b]) {
    const out = spawnSync(process.execPath, ['--input-type=module', '-e', probe(pkg)], { encoding: 'utf8' });
    if (out.status !== 0) {
      console.error(`${pkg}: ${out.stderr.trim()}`);
      process.exit(1);
    }
    results[pkg].push(JSON.parse(out.stdout));
  }
}
for (const pkg of [a, b]) {
  const rs = results[pkg];
  const f = (k, d) => rs.map((x) => x[k].toFixed(d)).join(', ');
  console.log(`${pkg}: entities on ANERcorp test text, median of five calls ${f('median', 2)} MB/s (best ${f('best', 2)}); first entities() call ${f('first', 0)} ms`);
}
