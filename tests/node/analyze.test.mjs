// `analyze` and `diff` from the packed package, as users call them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, compare, diff } from 'isnad';

// Our own short reports of one invented event.
const A = '😀 أعلن وزير الزراعة المصري محمد عبد الغني، يوم الأحد 12 مارس، افتتاح مصنع جديد للأسمدة في مدينة أسيوط. وقال عبد الغني: «المصنع سيوفر 1200 فرصة عمل لأبناء الصعيد».';
const B = 'افتتح وزير الزراعة محمد عبد الغني الأحد مصنعا جديدا للأسمدة في أسيوط. ونقلت وكالة أنباء الشرق الأوسط عن الوزير قوله إن "المصنع سيوفر 1200 فرصة عمل لأبناء الصعيد". وانتقد نواب المعارضة تأخر المشروع.';

test('analyze links entities and quotes across articles with UTF-16 offsets', () => {
  const texts = { a: A, b: B };
  const r = analyze([{ id: 'a', text: A }, { id: 'b', text: B }]);
  assert.deepEqual(r.articles.map((x) => x.id), ['a', 'b']);
  for (const art of r.articles) {
    for (const e of art.entities) assert.equal(texts[art.id].slice(e.start, e.end), e.text);
    for (const q of art.quotes) assert.equal(texts[art.id].slice(q.textStart, q.textEnd), q.text);
  }
  const minister = r.entities.find((e) => e.canonical.includes('عبد الغني'));
  assert.ok(minister, 'the minister is an entity');
  assert.deepEqual([...new Set(minister.mentions.map((m) => m.article))].sort(), ['a', 'b']);
  for (const m of minister.mentions) assert.match(texts[m.article].slice(m.start, m.end), /عبد الغني/);
  const q = r.quotes.find((x) => x.text.includes('فرصة عمل'));
  assert.deepEqual(q.carriers.map((c) => c.article).sort(), ['a', 'b']);
  assert.equal(r.similarity.ids.length, 2);
  assert.ok(r.similarity.matrix[0][1] > 0 && r.similarity.matrix[0][1] <= 1);
  assert.ok(Array.isArray(r.passages));
  assert.ok(r.articles[1].unique.some((u) => B.slice(u.start, u.end).includes('المعارضة')));
  // One similarity per pair: the share of words inside shared passages (the quotation
  // here), the same number compare gives for the pair.
  const shared = r.similarity.shared[0][1];
  assert.ok(shared > 0 && shared < 0.5, `${shared}`);
  assert.equal(r.similarity.shared[1][0], shared);
  assert.equal(compare(A, B).similarity.shared, shared);
});

test('analyze and compare with the other reports as context agree on a pair', () => {
  const C = 'وفي أسيوط أيضا، قال مزارعون إن أسعار الأسمدة ارتفعت هذا العام، وإنهم ينتظرون افتتاح المصنع الجديد.';
  const arts = [{ id: 'a', text: A }, { id: 'b', text: B }, { id: 'c', text: C }];
  const r = analyze(arts);
  const c = compare(A, B, { context: [C] });
  assert.equal(c.similarity.shared, r.similarity.shared[0][1]);
  for (const p of c.passages) assert.ok(['verbatim', 'edited', 'reworded'].includes(p.kind), p.kind);
  // A sentence is unique exactly when no passage overlaps it.
  for (const [k, text] of [[0, A], [1, B]]) {
    for (const u of r.articles[k].unique) {
      assert.ok(!c.passages.some((p) => { const s = k === 0 ? p.a : p.b; return s.start < u.end && u.start < s.end; }), text.slice(u.start, u.end));
    }
  }
});

test('analyze rejects bad input with clear errors', () => {
  assert.throws(() => analyze('text'), /array of \{id, text\}/);
  assert.throws(() => analyze([{ id: 'a', text: 'x' }, { id: 'a', text: 'y' }]), /unique/);
  assert.throws(() => analyze([{ id: 1, text: 'x' }]), /articles\[0\]\.id must be a string, got 1/);
  assert.throws(() => analyze([42]), /articles\[0\]/);
  assert.deepEqual(analyze([]).articles, []);
});

test('diff never splits a word and rebuilds both texts', () => {
  const a = 'قال سيرغي شويغو إن الزيارة ناجحة 😀';
  const b = 'وقال سيرجي شويجو إن الزيارة كانت ناجحة 😀';
  for (const level of ['exact', 'search', 'nameKey']) {
    const ops = diff(a, b, { level });
    let ra = '', rb = '';
    for (const o of ops) { ra += a.slice(o.a.start, o.a.end); rb += b.slice(o.b.start, o.b.end); }
    assert.equal(ra, a); assert.equal(rb, b);
    const letter = /[\p{L}\p{M}]/u;
    for (const o of ops) for (const [t, i] of [[a, o.a.start], [a, o.a.end], [b, o.b.start], [b, o.b.end]]) {
      assert.ok(!(i > 0 && i < t.length && letter.test(t[i - 1]) && letter.test(t[i])), `${level}: cut inside a word at ${i}`);
    }
  }
  const named = diff(a, b, { level: 'nameKey' }).filter((o) => o.op !== 'equal');
  assert.ok(!named.some((o) => a.slice(o.a.start, o.a.end).includes('شويغو')), 'name keys equate شويغو and شويجو');
  assert.throws(() => diff(a, b, { level: 'fuzzy' }), /exact.*search.*nameKey|nameKey/);
});
