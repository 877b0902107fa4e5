// The package's entries as Node users reach them: `import`, `require`, isnad/init, the
// files and types it ships, and the declared options accepted as declared.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import * as isnad from 'isnad';

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('isnad/package.json'));
const node = (code) => spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });

test('in Node, import gives functions that work at once and a resolved `ready`', async () => {
  assert.ok(isnad.ready instanceof Promise);
  assert.equal(await isnad.ready, undefined);
  assert.equal(isnad.normalize('أحمد').text, 'احمد');
  assert.equal(readFileSync(require.resolve('isnad/package.json'), 'utf8').includes('"node": "./node.js"'), true);
});

test('require(\'isnad\') works (Node 20.19+ requires ES modules without top-level await)', () => {
  const r = spawnSync(process.execPath, ['-e', "const i = require('isnad'); i.ready.then(() => console.log(i.normalize('إحسان').text, typeof i.entities))"], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'احسان function');
});

test('isnad/init: functions throw until init, bad sources reject clearly, bytes load it', () => {
  const r = node(`
    import { init, ready, normalize } from 'isnad/init';
    import { readFileSync } from 'node:fs';
    import { createRequire } from 'node:module';
    const out = [];
    try { normalize('x'); } catch (e) { out.push(e.message); }
    for (const bad of [undefined, {}, { url: 'a', bytes: new Uint8Array(1) }, { bites: 1 }, { bytes: 'x' }, { module: {} }, { url: 'file:///isnad_bg.wasm' }, { bytes: new Uint8Array([1, 2, 3]) }]) {
      await init(bad).then(() => out.push('resolved'), (e) => out.push(e.message));
    }
    const bytes = readFileSync(createRequire(import.meta.url).resolve('isnad/isnad_bg.wasm'));
    await init({ bytes });
    await ready;
    out.push(normalize('أحمد').text);
    console.log(JSON.stringify(out));`);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout);
  assert.match(out[0], /normalize\(\) was called before the WebAssembly module finished loading; await `ready` first/);
  assert.match(out[1], /init takes an object with one of url, bytes or module, got undefined/);
  assert.match(out[2], /exactly one of url, bytes or module, got none/);
  assert.match(out[3], /exactly one of url, bytes or module, got url and bytes/);
  assert.match(out[4], /init does not know "bites"/);
  assert.match(out[5], /bytes must be an ArrayBuffer or a typed array/);
  assert.match(out[6], /module must be a WebAssembly.Module/);
  assert.match(out[7], /fetch does not read files/);
  assert.match(out[8], /^isnad: cannot load the WebAssembly module: /);
  assert.equal(out[9], 'احمد');
});

test('the package ships its LICENSE, its entries and types, not wasm-bindgen\'s loader types', () => {
  const files = readdirSync(pkgDir);
  for (const f of ['LICENSE', 'README.md', 'index.js', 'bundler.js', 'node.js', 'init.js', 'worker.js', 'worker-script.js', 'isnad_bg.wasm', 'index.d.ts', 'types.d.ts']) assert.ok(files.includes(f), f);
  assert.ok(!files.includes('isnad.d.ts'));
  assert.match(readFileSync(join(pkgDir, 'LICENSE'), 'utf8'), /^MIT License/);
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  assert.equal(pkg.license, 'MIT');
  assert.ok(!JSON.stringify(pkg).includes('example.invalid'));
  for (const f of ['index.js', 'bundler.js', 'init.js', 'worker.js', 'worker-script.js', 'worker-script-bundler.js', 'functions.js']) {
    const text = readFileSync(join(pkgDir, f), 'utf8');
    assert.ok(!/from ['"]node:|import\(['"]node:/.test(text), `${f} imports a node: module`);
    assert.ok(!/^await |^\s*await (?!.*=>)/m.test(text.replace(/async[^]*?\n}/g, '')), `${f} has top-level await`);
  }
  assert.ok(!/\bcompareArticles\b/.test(readFileSync(join(pkgDir, 'types.d.ts'), 'utf8')));
});

test('every option the types declare is accepted with every value they declare', () => {
  const dts = readFileSync(join(pkgDir, 'types.d.ts'), 'utf8');
  const calls = { NormalizeOptions: (o) => { isnad.normalize('x', o); isnad.tokenize('x', o); }, EntitiesOptions: (o) => isnad.entities('x', o), CompareOptions: (o) => isnad.compare('a', 'b', o), DiffOptions: (o) => isnad.diff('a', 'b', o) };
  let checked = 0;
  for (const [name, call] of Object.entries(calls)) {
    const body = dts.match(new RegExp(`export interface ${name} \\{([^}]*)\\}`))[1];
    for (const [, field, type] of body.matchAll(/^\s*(\w+)\?: ([^;]+);/gm)) {
      const values = type === 'boolean' ? [true, false] : type === 'number' ? [0, 0.5, 1] : type === 'EntityType[]' ? [['PER', 'DATE'], []] : type === 'string[]' ? [['نص تقرير آخر'], []]
        : [...type.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
      assert.ok(values.length, `${name}.${field}: ${type}`);
      for (const v of values) { call({ [field]: v }); checked++; }
    }
  }
  assert.ok(checked > 30, `${checked} option values`);
});

test('isnad/worker says where it works when there are no Web Workers', async () => {
  const { createWorker } = await import('isnad/worker');
  assert.throws(() => createWorker(), /createWorker needs Web Workers \(a browser\); in Node, import the functions from 'isnad' directly/);
  assert.throws(() => createWorker(null), /createWorker takes an optional object/);
});
