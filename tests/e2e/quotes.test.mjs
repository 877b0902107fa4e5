// Who said what, as the quotes panel shows it (issue 16): the speaker is the name
// without its title and leads to that person's entity, not the body in the title; a
// speaker named by title alone is the person the article named with that title; a
// name in quote marks is no quotation; the same quotation pasted twice in one article
// is listed once; "attribution differs" only when two carriers name different
// speakers. Every report here is our own text about invented events.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openPage, ready, analyze, assertClean, showTab, needs } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

/** Pastes named articles, as a user would, and runs the analysis. */
async function pasteAndAnalyze(page, articles) {
  await ready(page);
  while (await page.getByTestId('article-input').count() < articles.length) await page.getByTestId('add-article').click();
  for (const [i, [name, text]] of articles.entries()) {
    await page.getByTestId('article-name').nth(i).fill(name);
    await page.getByTestId('article-input').nth(i).fill(text);
  }
  await analyze(page);
  await showTab(page, 'quotes');
}

/** The quotes panel's entries whose quotation contains `words`. */
const entry = (page, words) => page.getByTestId('quotes').getByTestId('quote').filter({ has: page.locator('blockquote', { hasText: words }) });

// One outlet's report: a speaker with a title naming a body, a minister introduced
// early and quoted later by title alone, a ferry and a newspaper in quote marks.
const REPORT = [
  'استقبل وزير الدفاع الأردني سامي العبيدي في عمّان صباح الثلاثاء وفدا عسكريا في زيارة تستمر يومين.',
  'وقال المتحدث باسم مجلس الأمن القومي جون كيربي: «نتابع تطورات الحدود الشمالية ساعة بساعة مع شركائنا».',
  'وأعلن خفر السواحل أن العبّارة «سيرينا» رست في ميناء العقبة بعد تأخر دام ست ساعات، فيما نقلت صحيفة "نيويورك تايمز" عن مسافرين أن الرحلة كانت هادئة.',
  'وقال وزير الدفاع في مؤتمر صحفي عقده مساء الثلاثاء: «لن نسمح بأن تتسع رقعة المواجهة في المنطقة».',
].join('\n');

test('quotes panel: the speaker is the name without its title, linked to the person, not the body in the title', { skip: needs('analyze') }, async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await pasteAndAnalyze(page, [['وكالة الشرق', REPORT]]);
    const q = entry(page, 'نتابع تطورات الحدود الشمالية');
    assert.equal(await q.count(), 1);
    assert.equal((await q.getByTestId('quote-speaker').textContent()).trim(), 'جون كيربي');
    // The speaker's entity is the person: its button names him, and marking leads to
    // his mentions, never the council's.
    const link = q.locator('.speaker-entity');
    assert.equal(await link.count(), 1, 'the speaker is linked to an entity');
    const label = await link.textContent();
    assert.match(label, /كيربي/);
    assert.doesNotMatch(label, /مجلس/);
    const id = await link.getAttribute('data-entity');
    await link.click();
    await page.locator('#view-read').waitFor({ state: 'visible' });
    const marked = await page.locator(`#read-articles mark[data-entity-id="${id}"]`).allTextContents();
    assert.ok(marked.length >= 1, 'the speaker has a mention marked');
    for (const m of marked) {
      assert.match(m, /كيربي/, `a mark of the speaker's entity reads «${m}»`);
      assert.doesNotMatch(m, /مجلس/);
    }
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

test('quotes panel: a speaker named by title alone is the person the article named with that title', { skip: needs('analyze') }, async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await pasteAndAnalyze(page, [['وكالة الشرق', REPORT]]);
    const q = entry(page, 'لن نسمح بأن تتسع رقعة المواجهة');
    assert.equal(await q.count(), 1);
    assert.equal((await q.getByTestId('quote-speaker').textContent()).trim(), 'سامي العبيدي');
    const link = q.locator('.speaker-entity');
    assert.equal(await link.count(), 1, 'the minister is linked to an entity');
    assert.match(await link.textContent(), /العبيدي/);
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

// A surname that is also a town (أوستن: Austin) stays in the name the title resolves to.
test('quotes panel: a title-alone speaker gets the whole name the entities found', { skip: needs('analyze') }, async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await pasteAndAnalyze(page, [['وكالة الشرق', [
      'وصل وزير الدفاع الأمريكي لويد أوستن إلى عمّان صباح الثلاثاء في زيارة تستمر يومين.',
      'وقال وزير الدفاع في مؤتمر صحفي: «لن نسمح بأن تتسع رقعة المواجهة في المنطقة».',
    ].join('\n')]]);
    const q = entry(page, 'لن نسمح بأن تتسع رقعة المواجهة');
    assert.equal((await q.getByTestId('quote-speaker').textContent()).trim(), 'لويد أوستن');
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

test('quotes panel: names in quote marks are not quotations', { skip: needs('analyze') }, async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await pasteAndAnalyze(page, [['وكالة الشرق', REPORT]]);
    const texts = (await page.getByTestId('quotes').locator('li.quote blockquote').allTextContents()).map((t) => t.trim());
    // The two real quotations are there, and nothing else.
    assert.equal(texts.length, 2, `quotations listed: ${JSON.stringify(texts)}`);
    for (const name of ['سيرينا', 'نيويورك تايمز']) assert.ok(!texts.some((t) => t.includes(name)), `«${name}» is not a quotation`);
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

test('quotes panel: the same quotation pasted twice in one article is listed once', { skip: needs('analyze') }, async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    const para = 'وقال رئيس بلدية المدينة سمير الحداد في لقاء مع التجار: «سنعيد فتح السوق القديمة قبل نهاية الشهر الجاري».';
    await pasteAndAnalyze(page, [['موقع المدينة', `${para}\nوتضررت عشرات المحال من الحريق الذي اندلع فجر الجمعة.\n${para}`]]);
    const q = entry(page, 'سنعيد فتح السوق القديمة');
    assert.equal(await q.count(), 1, 'one entry for the two copies');
    assert.equal(await page.getByTestId('quotes').getByTestId('quote').count(), 1);
    assert.match(await q.getByTestId('quote-speaker').textContent(), /سمير الحداد/);
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

test('quotes panel: "attribution differs" only when two carriers name different speakers', { skip: needs('analyze') }, async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    const same = '«ستُستأنف الرحلات كلها صباح الغد بعد إصلاح المدرج»';
    const differ = '«لم يُصب أحد من الركاب بأذى خلال الهبوط الاضطراري»';
    const lone = '«أغلقنا صالة الوصول احتياطا حتى انتهاء الفحص»';
    await pasteAndAnalyze(page, [
      ['صحيفة الساحل', [
        'هبطت طائرة ركاب اضطراريا في مطار المدينة مساء الأحد بعد عطل في أحد محركاتها.',
        `وقال مدير المطار خالد المنصوري للصحفيين: ${same}.`,
        `وأكد المتحدث باسم شركة الطيران نبيل الخطيب: ${differ}.`,
        `وقالت مديرة الأمن في المطار هدى السالمي: ${lone}.`,
      ].join('\n')],
      ['إذاعة الوادي', [
        'اضطرت طائرة ركاب إلى الهبوط في مطار المدينة مساء الأحد إثر عطل فني.',
        `وقال خالد المنصوري، مدير المطار: ${same}.`,
        `وقال وزير النقل فريد العمراني في بيان: ${differ}.`,
        `وكانت عبارة ${lone} مكتوبة على باب الصالة صباح الاثنين.`,
      ].join('\n')],
    ]);
    const differs = (words) => entry(page, words).getByTestId('attribution-differs').count();
    // Same speaker, one named with his title and one without: no note.
    assert.equal(await entry(page, 'ستُستأنف الرحلات كلها').getByTestId('quote-goto').count(), 2);
    assert.equal(await differs('ستُستأنف الرحلات كلها'), 0, 'one speaker in both carriers');
    // Two different speakers: the note.
    assert.equal(await entry(page, 'لم يُصب أحد من الركاب').getByTestId('quote-goto').count(), 2);
    assert.equal(await differs('لم يُصب أحد من الركاب'), 1, 'two carriers, two speakers');
    // One carrier names a speaker, the other none: no note.
    assert.equal(await entry(page, 'أغلقنا صالة الوصول').getByTestId('quote-goto').count(), 2);
    assert.equal(await differs('أغلقنا صالة الوصول'), 0, 'an unattributed carrier is no disagreement');
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});
