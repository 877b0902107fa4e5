// Turns wasm-pack's `--target web` output in pkg/ into the published package: an ESM
// entry (index.js) that initializes the module itself in Node and in browsers, the
// package.json fields that point at it, and the README.
import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';

const dir = process.argv[2] ?? 'pkg';
copyFileSync('js/index.js', `${dir}/index.js`);
copyFileSync('js/index.d.ts', `${dir}/index.d.ts`);
copyFileSync('README.md', `${dir}/README.md`);

const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
pkg.name = 'isnad';
pkg.type = 'module';
pkg.main = 'index.js';
pkg.module = 'index.js';
pkg.types = 'index.d.ts';
pkg.exports = { '.': { types: './index.d.ts', default: './index.js' }, './package.json': './package.json' };
pkg.files = ['index.js', 'index.d.ts', 'isnad.js', 'isnad.d.ts', 'isnad_bg.wasm', 'isnad_bg.wasm.d.ts', 'README.md'];
pkg.engines = { node: '>=20' };
pkg.sideEffects = ['./index.js'];
delete pkg.collaborators;
writeFileSync(`${dir}/package.json`, JSON.stringify(pkg, null, 2) + '\n');

// The public API must not fall back to `any`.
const dts = readFileSync(`${dir}/isnad.d.ts`, 'utf8');
const publicPart = dts.split('export type InitInput')[0];
const anyLines = publicPart.split('\n').filter((l) => /\bany\b/.test(l) && !l.trim().startsWith('*') && !l.trim().startsWith('//'));
if (anyLines.length) {
  console.error(`pkg/isnad.d.ts uses \`any\` in the public API:\n${anyLines.join('\n')}`);
  process.exit(1);
}
console.log(`${dir}/ is ready: ${pkg.name}@${pkg.version}`);
