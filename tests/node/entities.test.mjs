// entities() in the packed npm package, as users call it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entities } from 'isnad';

const TEXT = '😀 وقال الرئيس الروسي فلاديمير بوتين إن روسيا مستعدة، ثم التقى بوتين في موسكو يوم الأربعاء 13 سبتمبر مع 1100 جندي.';

test('entities have UTF-16 spans that slice the original exactly', () => {
  const es = entities(TEXT);
  assert.ok(es.length > 0);
  for (const e of es) {
    assert.equal(TEXT.slice(e.start, e.end), e.text);
    assert.ok(['PER', 'LOC', 'ORG', 'MISC', 'DATE', 'QUANTITY'].includes(e.type));
    assert.ok(e.score >= 0 && e.score <= 1);
    assert.equal(typeof e.id, 'string');
    assert.equal(typeof e.canonical, 'string');
  }
});

test('a surname mention links to the full name, and clitics stay outside', () => {
  const es = entities(TEXT);
  const full = es.find((e) => e.text === 'فلاديمير بوتين');
  const short = es.find((e) => e.text === 'بوتين');
  assert.ok(full && short, JSON.stringify(es));
  assert.equal(full.type, 'PER');
  assert.equal(short.id, full.id);
  assert.equal(short.canonical, 'فلاديمير بوتين');
  assert.ok(!es.some((e) => e.text.startsWith('و') && e.text.slice(1) === 'قال'));
});

test('dates and quantities come from rules', () => {
  const es = entities(TEXT);
  assert.ok(es.some((e) => e.type === 'DATE' && e.text.includes('سبتمبر')), JSON.stringify(es));
  assert.ok(es.some((e) => e.type === 'QUANTITY' && e.text === '1100 جندي'), JSON.stringify(es));
});

test('options filter by type and score; bad options are errors', () => {
  const locs = entities(TEXT, { types: ['LOC'] });
  assert.ok(locs.length > 0 && locs.every((e) => e.type === 'LOC'));
  assert.ok(entities(TEXT, { minScore: 1 }).every((e) => e.score === 1));
  assert.throws(() => entities(TEXT, { type: ['LOC'] }), /unknown field "type" in the entities options; the options are types, minScore/);
  assert.throws(() => entities(TEXT, { types: ['PERSON'] }), /types\[0\] must be one of PER, LOC, ORG, MISC, DATE, QUANTITY, got "PERSON"/);
  assert.throws(() => entities(42), /text must be a string/);
});

test('no text, no Arabic, markup and control characters give no bad spans', () => {
  for (const t of ['', 'plain English text 2023', '<p dir="rtl">كيم&nbsp;جونغ أون</p>\u0000\u0007', '\u064e\u0651 ب']) {
    for (const e of entities(t)) {
      assert.ok(e.start >= 0 && e.start < e.end && e.end <= t.length);
      assert.equal(t.slice(e.start, e.end), e.text);
    }
  }
});
