// The packed npm package as users import it: ESM, by name, synchronous after import.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import * as isnad from 'isnad';
import { normalize, tokenize, nameKey, version } from 'isnad';

test('the package exports its API and version', () => {
  const require = createRequire(import.meta.url);
  const pkg = JSON.parse(readFileSync(require.resolve('isnad/package.json'), 'utf8'));
  assert.equal(version(), pkg.version);
  for (const f of ['normalize', 'tokenize', 'nameKey', 'version']) assert.equal(typeof isnad[f], 'function', f);
});

test('normalize returns text and UTF-16 offset maps', () => {
  const text = '«قالَ» کیم 😀 ٢٠٢٣';
  const r = normalize(text);
  assert.equal(r.text, '"قال" كيم 😀 2023');
  assert.ok(r.starts instanceof Uint32Array && r.ends instanceof Uint32Array);
  assert.equal(r.starts.length, r.text.length);
  const w = r.text.indexOf('قال');
  assert.equal(text.slice(r.starts[w], r.ends[w + 2]), 'قالَ');
  const e = r.text.indexOf('😀');
  assert.equal(text.slice(r.starts[e], r.ends[e + 1]), '😀');
  const k = r.text.indexOf('كيم');
  assert.equal(text.slice(r.starts[k], r.ends[k + 2]), 'کیم');
});

test('normalized text keeps a leading U+FEFF and astral characters exactly', () => {
  for (const text of ['\uFEFFa😀b', '', '𝐀😀\u{10FFFF}', 'قال 😀 '.repeat(5000)]) {
    const r = normalize(text, { preset: 'none' });
    assert.equal(r.text, text);
    assert.equal(r.starts.length, text.length);
    // Identity map: each unit maps to its whole character (both units of 😀 to its two).
    const starts = [];
    const ends = [];
    let p = 0;
    for (const c of text) {
      for (let k = 0; k < c.length; k++) { starts.push(p); ends.push(p + c.length); }
      p += c.length;
    }
    assert.deepEqual([...r.starts], starts);
    assert.deepEqual([...r.ends], ends);
  }
  const r = normalize('\uFEFF😀 ﻻ', { stripInvisible: false });
  assert.equal(r.text, '\uFEFF😀 لا');
});

test('every normalized span maps back to whole original characters', () => {
  const text = 'ﻻ 𝐀𝐁 مُحَمَّـــد\u200c  \n🇸🇦';
  const r = normalize(text);
  for (let i = 0; i < r.text.length; i++) {
    assert.ok(r.starts[i] < r.ends[i] && r.ends[i] <= text.length);
    const piece = text.slice(r.starts[i], r.ends[i]);
    assert.ok(!/^[\udc00-\udfff]/.test(piece) && !/[\ud800-\udbff]$/.test(piece), `unit ${i} splits a surrogate pair`);
  }
});

test('presets and overrides', () => {
  assert.equal(normalize('مُحَمَّد', { preset: 'display' }).text, 'مُحَمَّد');
  assert.equal(normalize('أحمد', { preset: 'none', foldAlef: true }).text, 'احمد');
  const id = normalize(' a\u200c ', { preset: 'none' });
  assert.equal(id.text, ' a\u200c ');
  assert.deepEqual([...id.starts], [0, 1, 2, 3]);
});

test('tokenize gives spans that slice the original exactly', () => {
  const text = '😀 وقال الرئيس فلاديمير بوتين، إن 1,100 جندي (CNN).';
  const tokens = tokenize(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.text);
  const said = tokens.find((t) => t.text === 'الرئيس');
  assert.equal(said.kind, 'word');
  assert.equal(said.key, 'رييس'.replace('يي', 'ئي'));
  assert.deepEqual(tokens.filter((t) => t.kind !== 'word').map((t) => t.kind), ['symbol', 'punct', 'number', 'punct', 'latin', 'punct', 'punct']);
});

test('nameKey equates transliteration variants', () => {
  assert.equal(nameKey('شويغو'), nameKey('شويجو'));
  assert.equal(nameKey('بيونغ يانغ'), nameKey('بيونج يانج'));
  assert.notEqual(nameKey('كوريا الشمالية'), nameKey('كوريا الجنوبية'));
});

test('bad arguments throw Errors that say what is valid', () => {
  assert.throws(() => normalize('x', { stripDiacritic: true }), (e) => e instanceof Error && /stripDiacritics/.test(e.message));
  assert.throws(() => normalize('x', { preset: 'fast' }), (e) => e instanceof Error && /search/.test(e.message) && /display/.test(e.message));
  assert.throws(() => normalize('x', 'search'), (e) => e instanceof Error && /must be an object/.test(e.message));
  assert.throws(() => normalize(42), (e) => e instanceof Error && /text must be a string/.test(e.message));
  assert.throws(() => tokenize(null), (e) => e instanceof Error && /text must be a string/.test(e.message));
  // The module still works after an error.
  assert.equal(normalize('ب').text, 'ب');
});

test('large and odd inputs do not trap', () => {
  const big = 'قالَ الرئيسُ «نعم» 😀 '.repeat(50_000);
  const r = normalize(big);
  assert.equal(r.starts.length, r.text.length);
  assert.equal(normalize('').text, '');
  assert.equal(tokenize('').length, 0);
  assert.equal(normalize('\u0651\u0650').text, '');
  const lone = 'a\ud800b';
  assert.equal(normalize(lone).starts.length, 3);
});

test('the UTF-16 copy Node allows gives what TextEncoder gives (lone surrogates too)', () => {
  // In Node, normalize copies the string's code units into wasm memory with Buffer;
  // without Buffer (as in browsers) the string arrives through TextEncoder as UTF-8.
  // Both must give the same text and offsets.
  const texts = [
    'قالَ الرئيسُ «نعم» 😀 کیم\u200c  ﷺ\r\n\r\nبيونغ   يانغ ـــ ٢٠٢٣',
    'a\ud800b \udc00 ب\ud83d',
    ' مُحَمَّد\u00a0\u00a0 Éé ﻻ \u0651 x ',
    'كيم جونغ أون '.repeat(3000) + '\u0640\u064e',
  ];
  const presets = [{}, { preset: 'display' }, { preset: 'none' }, { whitespace: 'keep', hamza: true }];
  const run = (f) => texts.flatMap((t) => presets.map((o) => {
    const r = f(t, o);
    return { text: r.text, starts: [...r.starts], ends: [...r.ends] };
  }));
  const here = run(normalize);
  // Buffer goes after the import (loading the module needs it) and before the first
  // call, which is when the package looks for it.
  const script = `const { normalize } = await import('isnad');
    delete globalThis.Buffer;
    const texts = ${JSON.stringify(texts)};
    const presets = ${JSON.stringify(presets)};
    const out = texts.flatMap((t) => presets.map((o) => { const r = normalize(t, o); return { text: r.text, starts: [...r.starts], ends: [...r.ends] }; }));
    process.stdout.write(JSON.stringify(out));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', maxBuffer: 1 << 28 });
  assert.equal(child.status, 0, child.stderr);
  assert.deepEqual(JSON.parse(child.stdout), here);
  // And an unpaired surrogate reads as U+FFFD, one code unit, in place.
  const r = normalize('a\ud800b', { preset: 'none' });
  assert.equal(r.text, 'a\ufffdb');
  assert.deepEqual([...r.starts], [0, 1, 2]);
  assert.deepEqual([...r.ends], [1, 2, 3]);
});
