// Input as users give it: texts cut inside an emoji (lone surrogates) and options with
// wrong values, from the packed package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalize, tokenize, entities, quotes, compare, diff, analyze } from 'isnad';

// Our own sentence, cut after the first half of 😀 (and one with a lone second half).
const CUT = 'قال وزير الخارجية سامح شكري في القاهرة: «سنرد \uD83D قريبا» \uDE00 الأحد';

test('a lone surrogate reads as U+FFFD everywhere; slices stay exact', () => {
  const n = normalize(CUT, { preset: 'none' });
  assert.equal(n.text, CUT.replace(/[\uD800-\uDFFF]/g, '\uFFFD'));
  assert.equal(n.starts.length, CUT.length);
  for (const preset of ['search', 'display']) assert.ok(normalize(CUT, { preset }).text.includes('\uFFFD'));

  const tokens = tokenize(CUT);
  for (const t of tokens) assert.equal(t.text, CUT.slice(t.start, t.end));
  assert.ok(tokens.some((t) => t.text === '\uD83D'), 'the lone half is a token of its own, as written');

  for (const e of entities(CUT)) assert.equal(e.text, CUT.slice(e.start, e.end));
  assert.ok(entities(CUT).some((e) => e.text.includes('شكري')));

  const q = quotes(CUT);
  assert.equal(q.length, 1);
  assert.equal(q[0].text, CUT.slice(q[0].textStart, q[0].textEnd));
  assert.ok(q[0].text.includes('\uD83D'));
  if (q[0].speaker) assert.equal(q[0].speaker.text, CUT.slice(q[0].speaker.start, q[0].speaker.end));

  const r = analyze([{ id: 'cut', text: CUT }, { id: 'whole', text: CUT.replace('\uD83D', '😀') }]);
  assert.deepEqual(r.articles.map((a) => a.id), ['cut', 'whole']);
  const cut = r.articles[0];
  for (const e of cut.entities) assert.equal(e.text, CUT.slice(e.start, e.end));
  for (const x of cut.quotes) assert.equal(x.text, CUT.slice(x.textStart, x.textEnd));
  assert.ok(cut.quotes.length >= 1);

  const c = compare(CUT, CUT);
  for (const p of c.passages) assert.ok(p.a.end <= CUT.length && p.b.end <= CUT.length);
  let rebuilt = '';
  for (const o of diff(CUT, 'x')) rebuilt += CUT.slice(o.a.start, o.a.end);
  assert.equal(rebuilt, CUT);
});

test('options are checked by range, with messages that name the option and its valid values', () => {
  const cases = [
    [() => entities('x', { minScore: 2 }), /entities option minScore must be a number from 0 to 1, got 2/],
    [() => entities('x', { minScore: NaN }), /minScore must be a number from 0 to 1, got NaN/],
    [() => entities('x', { minScore: '0.5' }), /minScore must be a number from 0 to 1, got "0.5"/],
    [() => entities('x', { types: 'PER' }), /types must be an array of entity types \(PER, LOC, ORG, MISC, DATE, QUANTITY\), got "PER"/],
    [() => normalize('x', { foldAlef: 'yes' }), /normalize option foldAlef must be true or false, got "yes"/],
    [() => normalize('x', { preset: 'fast' }), /preset must be one of "search", "display" or "none", got "fast"/],
    [() => tokenize('x', { whitespace: 1 }), /tokenize option whitespace must be one of "keep", "collapse" or "lines", got 1/],
    [() => normalize('x', { stripDiacritic: true }), /unknown field "stripDiacritic" in the normalize options; the options are preset, unicode, stripDiacritics/],
    [() => compare('a', 'b', { passages: 0 }), /compare option passages must be true or false, got 0/],
    [() => compare('a', 'b', { diffLevel: 'fuzzy' }), /diffLevel must be one of "exact", "search" or "nameKey", got "fuzzy"/],
    [() => diff('a', 'b', { level: null, extra: 1 }), /unknown field "extra" in the diff options; the options are level/],
    [() => normalize('x', []), /normalize options must be an object, got an array/],
    [() => analyze([{ text: 'x' }]), /articles\[0\] has no id; each article is an object \{id, text\}/],
    [() => analyze([{ id: 'a' }]), /articles\[0\] has no text/],
    [() => analyze([{ id: 'a', text: 5 }]), /articles\[0\]\.text must be a string, got 5/],
    [() => analyze([null]), /articles\[0\] must be an object \{id, text\}, got null/],
  ];
  for (const [call, message] of cases) assert.throws(call, (e) => e instanceof Error && message.test(e.message) || assert.fail(`${e.message} !~ ${message}`));
  // undefined and null mean "the default".
  assert.deepEqual(entities('x', { minScore: undefined, types: null }), entities('x'));
  assert.equal(normalize('أ', { foldAlef: null }).text, normalize('أ').text);
  assert.equal(entities('قال وزير الخارجية سامح شكري', { minScore: 1 }).filter((e) => e.score < 1).length, 0);
});
