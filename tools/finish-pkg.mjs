// Turns wasm-pack's `--target web` output in pkg/ into the published package: the
// entries of js/ (one per kind of place the package runs, none with top-level await),
// the public types (wasm-bindgen's declarations without its loader, whose types need
// the DOM), package.json's export map, the README and the LICENSE. Fails when an entry
// and the WebAssembly module disagree on the functions, or when a public type is `any`.
import { readFileSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';

const dir = process.argv[2] ?? 'pkg';
const ENTRIES = ['index.js', 'bundler.js', 'node.js', 'init.js', 'worker.js', 'worker-script.js', 'worker-script-bundler.js', 'worker-serve.js', 'functions.js'];
const TYPES = ['index.d.ts', 'init.d.ts', 'worker.d.ts'];
for (const f of [...ENTRIES, ...TYPES]) copyFileSync(`js/${f}`, `${dir}/${f}`);
copyFileSync('README.md', `${dir}/README.md`);
copyFileSync('LICENSE', `${dir}/LICENSE`);

function fail(message) {
  console.error(`finish-pkg: ${message}`);
  process.exit(1);
}

// The public types: the declarations before wasm-bindgen's loader (InitInput and
// after), which uses RequestInfo, BufferSource and WebAssembly.
const dts = readFileSync(`${dir}/isnad.d.ts`, 'utf8');
const cut = dts.indexOf('export type InitInput');
if (cut < 0) fail('isnad.d.ts has no `export type InitInput`: wasm-bindgen changed its output');
const api = dts.slice(0, cut).replace(/^\/\* tslint:disable \*\/\n\/\* eslint-disable \*\/\n/, '');
writeFileSync(`${dir}/types.d.ts`, `// The functions and result types of isnad (generated from the Rust sources by wasm-bindgen).\n${api.trimEnd()}\n`);
// The loader's own files are not part of the package.
rmSync(`${dir}/isnad.d.ts`);
rmSync(`${dir}/isnad_bg.wasm.d.ts`);

for (const f of ['types.d.ts', ...TYPES]) {
  const text = readFileSync(`${dir}/${f}`, 'utf8');
  const anyLines = text.split('\n').filter((l) => /\bany\b/.test(l.replace(/\/\/.*|^\s*\*.*|\/\*\*.*\*\//g, '')));
  if (anyLines.length) fail(`${f} uses \`any\` in the public API:\n${anyLines.join('\n')}`);
}

// Every function of the module is exported by every entry, and declared.
const functionsJs = readFileSync(`${dir}/functions.js`, 'utf8');
const FUNCTIONS = JSON.parse(functionsJs.match(/export const FUNCTIONS = (\[[^\]]*\]);/)[1].replace(/'/g, '"'));
const glue = readFileSync(`${dir}/isnad.js`, 'utf8');
const wasmFunctions = [...glue.matchAll(/^export function (\w+)\(/gm)].map((m) => m[1]).filter((f) => f !== 'initSync');
const same = (a, b) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
if (!same(wasmFunctions, FUNCTIONS)) fail(`the module exports ${wasmFunctions.join(', ')} but js/functions.js lists ${FUNCTIONS.join(', ')}: add the function to js/ (every entry) and README`);
for (const f of ['index.js', 'bundler.js', 'node.js', 'init.js']) {
  const text = readFileSync(`${dir}/${f}`, 'utf8');
  const list = text.match(/^export \{([^}]*)\} from/m)?.[1].split(',').map((s) => s.trim()) ?? [];
  if (!same(list, FUNCTIONS)) fail(`${f} exports ${list.join(', ')}, not ${FUNCTIONS.join(', ')}`);
}
for (const f of FUNCTIONS) {
  if (!new RegExp(`^export function ${f}\\(`, 'm').test(api)) fail(`types.d.ts does not declare ${f}`);
  if (!new RegExp(`^  ${f}: Async<typeof isnad\\.${f}>;`, 'm').test(readFileSync(`${dir}/worker.d.ts`, 'utf8'))) fail(`worker.d.ts does not declare ${f}`);
}

const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
pkg.name = 'isnad';
pkg.type = 'module';
pkg.main = 'index.js';
pkg.module = 'index.js';
pkg.types = 'index.d.ts';
// Which file each kind of user gets: Node, Deno and Bun `node.js` (synchronous);
// webpack `index.js` (`new URL(…, import.meta.url)`, which it bundles); Vite and
// esbuild, through `browser`, `bundler.js` (an asset import); anything else, such as
// a browser with an import map, `index.js`.
pkg.exports = {
  '.': { types: './index.d.ts', node: './node.js', webpack: './index.js', browser: './bundler.js', default: './index.js' },
  './init': { types: './init.d.ts', default: './init.js' },
  './worker': { types: './worker.d.ts', default: './worker.js' },
  './worker-script': { webpack: './worker-script.js', browser: './worker-script-bundler.js', default: './worker-script.js' },
  './isnad_bg.wasm': './isnad_bg.wasm',
  './package.json': './package.json',
};
pkg.files = [...ENTRIES, 'isnad.js', 'isnad_bg.wasm', 'types.d.ts', ...TYPES, 'README.md', 'LICENSE'];
pkg.engines = { node: '>=20.19' };
pkg.sideEffects = ['./index.js', './bundler.js', './node.js', './worker-script.js', './worker-script-bundler.js'];
delete pkg.collaborators;
writeFileSync(`${dir}/package.json`, JSON.stringify(pkg, null, 2) + '\n');
console.log(`${dir}/ is ready: ${pkg.name}@${pkg.version}`);
