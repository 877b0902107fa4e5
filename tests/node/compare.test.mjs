// compare and quotes from the packed package, with UTF-16 offsets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compare, diff, quotes } from 'isnad';

const wire = 'وأعلنت وزارة الدفاع في بيان رسمي أن المناورات البحرية المشتركة ستبدأ صباح الأحد '
  + 'قبالة السواحل الشرقية بمشاركة عشرين سفينة حربية وأربع غواصات، وأوضحت أن التدريبات تستمر أسبوعا '
  + 'كاملا وتشمل عمليات إنزال وإطلاق صواريخ مضادة للسفن.';

test('compare finds the shared passage with UTF-16 spans, scores and a whole-word diff', () => {
  const a = `😀 بدأت التحضيرات في الموانئ الجنوبية منذ أيام.\n${wire}`;
  const b = `${wire.replace('عشرين', '20').replace('شويغو', 'شويجو')}\nوفي سياق منفصل، افتتح الرئيس معرضا للكتاب.`;
  const r = compare(a, b);
  assert.equal(r.passages.length, 1);
  const p = r.passages[0];
  assert.ok(['verbatim', 'edited'].includes(p.kind), p.kind);
  assert.ok(p.score > 0.8 && p.score <= 1);
  assert.ok(a.slice(p.a.start, p.a.end).startsWith('وأعلنت وزارة الدفاع'));
  assert.ok(b.slice(p.b.start, p.b.end).startsWith('وأعلنت وزارة الدفاع'));
  for (const k of ['containmentAb', 'containmentBa', 'jaccard', 'cosine', 'shared']) {
    assert.ok(r.similarity[k] >= 0 && r.similarity[k] <= 1, k);
  }
  assert.ok(r.similarity.containmentAb > r.similarity.jaccard);
  assert.ok(r.similarity.shared > 0.5, 'most words of both are in the passage');
  // The diff rebuilds both texts and never cuts a word.
  let ra = '';
  let rb = '';
  for (const d of r.diff) {
    ra += a.slice(d.a.start, d.a.end);
    rb += b.slice(d.b.start, d.b.end);
    for (const [t, s] of [[a, d.a], [b, d.b]]) {
      for (const at of [s.start, s.end]) {
        assert.ok(!(/\p{L}/u.test(t[at - 1] ?? '') && /\p{L}/u.test(t[at] ?? '')), `cut inside a word at ${at}`);
      }
    }
  }
  assert.equal(ra, a);
  assert.equal(rb, b);
  const replaced = r.diff.filter((d) => d.op === 'replace').map((d) => [a.slice(d.a.start, d.a.end).trim(), b.slice(d.b.start, d.b.end).trim()]);
  assert.ok(replaced.some(([x, y]) => x === 'عشرين' && y === '20'), JSON.stringify(replaced));
});

test('compare options: diff levels, parts left out, and errors', () => {
  assert.equal(compare('التقى شويغو', 'التقى شويجو', { diffLevel: 'nameKey' }).diff.length, 1);
  assert.equal(compare('التقى شويغو', 'التقى شويجو', { diffLevel: 'search' }).diff.length, 2);
  assert.deepEqual(compare('نص', 'نص', { diff: false }).diff, []);
  const wireTwice = compare(wire, wire, { passages: false });
  assert.deepEqual(wireTwice.passages, []);
  assert.equal(wireTwice.diff.length, 1);
  assert.equal(compare(wire, wire).passages.length, 1);
  // diff alone, as the benchmarks call it.
  const ops = diff('قال الرئيس', 'قال الزعيم');
  assert.deepEqual(ops.map((o) => o.op), ['equal', 'replace']);
  assert.equal(diff('التقى شويغو', 'التقى شويجو', { level: 'nameKey' }).length, 1);
  assert.throws(() => diff('a', 'b', { levle: 'exact' }), /levle/);
  assert.throws(() => compare('a', 'b', { diffLevl: 'exact' }), /diffLevl/);
  assert.throws(() => compare('a', 'b', { diffLevel: 'fuzzy' }), /fuzzy/);
  assert.throws(() => compare('a', 42), /b must be a string/);
  assert.throws(() => compare('a', 'b', { context: 'c' }), /context/);
  // The same story told twice in different words shares no passage.
  const told = compare('قالت الشرطة إن ثلاثة أشخاص أصيبوا في الحادث الذي وقع مساء الأحد قرب محطة القطار.',
    'أصيب ثلاثة أشخاص مساء الأحد في حادث قرب محطة القطار، وفق ما أعلنته الشرطة.');
  assert.deepEqual(told.passages, []);
  assert.equal(told.similarity.shared, 0);
  const empty = compare('', '');
  assert.deepEqual(empty.passages, []);
  assert.deepEqual(empty.diff, []);
});

test('quotes gives quotations, speakers and cues with UTF-16 offsets', () => {
  const text = '😀 وقال المتحدث باسم المجلس أدريان واتسون في بيان: "لدينا معلومات تفيد بأن المناقشات مستمرة".\n'
    + 'وأضاف أن واشنطن تحث الطرفين على «وقف مفاوضات الأسلحة فورا ودون شروط».';
  const q = quotes(text);
  assert.equal(q.length, 2);
  assert.equal(text.slice(q[0].textStart, q[0].textEnd), 'لدينا معلومات تفيد بأن المناقشات مستمرة');
  assert.equal(q[0].text, 'لدينا معلومات تفيد بأن المناقشات مستمرة');
  assert.equal(text.slice(q[0].start, q[0].end)[0], '"');
  assert.equal(q[0].speaker.name, 'أدريان واتسون');
  assert.equal(q[0].speaker.title, 'المتحدث باسم المجلس');
  // The speaker's span is the name's; the title is apart.
  assert.equal(text.slice(q[0].speaker.start, q[0].speaker.end), 'أدريان واتسون');
  assert.equal(q[0].speaker.byTitle, false);
  assert.deepEqual(q[0].also, []);
  assert.equal(text.slice(q[0].cue.start, q[0].cue.end), 'وقال');
  assert.equal(q[0].cue.position, 'before');
  assert.equal(q[1].mark, '«');
  assert.equal(q[1].speaker.name, 'أدريان واتسون');
  assert.equal(q[1].speaker.inherited, true);
  assert.equal(q[1].cue.form, 'اضاف');
  assert.deepEqual(quotes('no quotes here'), []);
  assert.throws(() => quotes(null), /text must be a string/);
});
