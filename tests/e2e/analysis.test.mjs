// The analysis views against the real package: entity highlights and their linked
// ids, the seeds' shared statement, side by side with linked passages, the diff, the
// quotes panel, unique text, exports, the keyboard-only flow, and no blocking.
// Tests that need a function the package does not export yet are skipped with the
// reason (`needs`); they run as soon as it lands.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { startServer, openPage, screenshotPath, ready, loadExample, analyze, assertClean, showTab, needs } from './harness.mjs';

const TYPES = ['PER', 'LOC', 'ORG', 'MISC', 'DATE', 'QUANTITY'];
const SEEDS = '../shared/seeds';
const seeds = () => readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(`${SEEDS}/${f}`, 'utf8'));

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

// Every entity highlight with its offsets in its article's text.
const highlights = (page) => page.evaluate(() => [...document.querySelectorAll('#read-articles .article-text')].flatMap((box) => {
  const text = box.textContent;
  return [...box.querySelectorAll('mark[data-entity-id]')].map((m) => {
    const r = document.createRange();
    r.setStart(box, 0);
    r.setEndBefore(m);
    const start = r.toString().length;
    return { article: box.dataset.articleId, id: m.dataset.entityId, type: m.dataset.entityType, text: m.textContent, start, end: start + m.textContent.length, before: text[start - 1] ?? '', after: text[start + m.textContent.length] ?? '' };
  });
}));

test('example: typed highlights, one id per entity across articles, never inside a word', { skip: needs('analyze') }, async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await loadExample(page);
    const hs = await highlights(page);
    assert.ok(hs.length >= 20, `${hs.length} highlights`);
    for (const h of hs) {
      assert.ok(TYPES.includes(h.type), h.type);
      assert.ok(h.id);
      // Never splits a word or separates a letter from its marks.
      assert.doesNotMatch(h.before, /[\p{L}\p{M}\p{N}\u0640]/u, `before «${h.text}»`);
      assert.doesNotMatch(h.after, /[\p{L}\p{M}\p{N}\u0640]/u, `after «${h.text}»`);
    }
    const types = new Set(hs.map((h) => h.type));
    for (const t of ['PER', 'LOC', 'DATE', 'QUANTITY']) assert.ok(types.has(t), `some ${t}`);
    // The spokesman, spelt three ways by four outlets (غ/ج, Persian ی ک): one entity.
    const spokes = hs.filter((h) => /(نيكوس|نیکوس) (غيورغيو|جيورجيو|غیورغیو)/.test(h.text));
    assert.ok(new Set(spokes.map((h) => h.article)).size >= 3, JSON.stringify(spokes));
    assert.equal(new Set(spokes.map((h) => h.id)).size, 1, JSON.stringify(spokes));
    assert.ok(spokes.every((h) => h.type === 'PER'));
    // Some entity is linked across several articles, and its highlights look alike.
    const byId = {};
    for (const h of hs) (byId[h.id] ??= []).push(h);
    const linked = Object.values(byId).filter((g) => new Set(g.map((h) => h.article)).size >= 2);
    assert.ok(linked.length >= 3, `${linked.length} entities in two articles or more`);
    const id = spokes[0].id;
    const colours = await page.locator(`mark[data-entity-id="${id}"]`).evaluateAll((els) => [...new Set(els.map((e) => getComputedStyle(e).backgroundColor))]);
    assert.equal(colours.length, 1);

    // Hover shows canonical name, type and the variant spellings.
    await page.locator(`#read-articles mark[data-entity-id="${id}"]`).first().hover();
    const tip = page.locator('#tip');
    await tip.waitFor({ state: 'visible' });
    const tipText = await tip.textContent();
    assert.match(tipText, /PER/);
    assert.match(tipText, /جيورجيو/);
    assert.match(tipText, /غيورغيو/);
    assert.match(tipText, /بحروف فارسية/, 'the Persian-letter spelling is pointed out');
    // Focus shows it too.
    await page.mouse.move(0, 0);
    await page.locator(`#read-articles mark[data-entity-type="DATE"]`).first().focus();
    await tip.waitFor({ state: 'visible' });
    assert.match(await tip.textContent(), /DATE/);

    // Clicking opens the details, whose button marks every mention everywhere; the table row says so.
    await page.locator(`#read-articles mark[data-entity-id="${id}"]`).first().click();
    await page.getByTestId('entity-details').waitFor({ state: 'visible' });
    assert.match(await page.getByTestId('entity-details').textContent(), /جيورجيو/);
    await page.getByTestId('mark-all').click();
    assert.equal(await page.locator('mark.selected').count(), byId[id].length);
    assert.equal(await page.locator(`mark.selected:not([data-entity-id="${id}"])`).count(), 0);
    const table = page.getByTestId('entity-table');
    assert.equal(await table.locator(`button[data-select-entity="${id}"]`).getAttribute('aria-pressed'), 'true');
    // The table lists it with its mentions per article.
    const row = table.locator(`tr[data-row-entity="${id}"]`);
    assert.match(await row.textContent(), /جيورجيو/);
    // Escape closes the details, then unmarks.
    await page.keyboard.press('Escape');
    assert.equal(await page.getByTestId('entity-details').isVisible(), false);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('mark.selected').count(), 0);
    // Choosing it in the table marks them again.
    await table.locator(`button[data-select-entity="${id}"]`).click();
    assert.equal(await page.locator('mark.selected').count(), byId[id].length);

    // Filtering the table by name, spelling-insensitive (أ/ا, Persian ی).
    await page.locator('#entity-filter').fill('غیورغیو');
    const visible = await table.locator('tbody tr:visible').evaluateAll((rows) => rows.map((r) => r.dataset.rowEntity));
    assert.deepEqual(visible, [id]);
    await page.locator('#entity-filter').fill('');
    assert.ok(await table.locator('tbody tr:visible').count() > 5);
    // Type filters: hiding PER unstyles its highlights and hides its rows.
    await page.locator('#legend input[data-type="PER"]').uncheck();
    const bg = await page.locator('#read-articles mark[data-entity-type="PER"]').first().evaluate((e) => getComputedStyle(e).backgroundColor);
    assert.equal(bg, 'rgba(0, 0, 0, 0)');
    assert.equal(await row.isVisible(), false);
    await page.locator('#legend input[data-type="PER"]').check();
    assert.equal(await row.isVisible(), true);

    await page.screenshot({ path: screenshotPath('entities-1280'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: screenshotPath('entities-390'), fullPage: true });
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

test('seeds: the statement two outlets share is found and linked side by side', { skip: needs('analyze', 'compare') }, async () => {
  const [s0, s1] = seeds();
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await ready(page);
    const inputs = page.getByTestId('article-input');
    await inputs.nth(0).fill(s0);
    await inputs.nth(1).fill(s1);
    await analyze(page);
    await showTab(page, 'compare');
    // The heat map has both articles and a real score.
    const cell = page.getByTestId('similarity-matrix').locator('button.cell').first();
    const v = Number(await cell.getAttribute('data-value'));
    assert.ok(v > 0.05 && v < 1, String(v));
    await cell.click();
    const side = page.getByTestId('side-by-side');
    await side.locator('mark[data-passage-id]').first().waitFor();
    const pairs = await side.evaluate((box) => {
      const panes = [...box.querySelectorAll('.pane')];
      const get = (pane) => Object.groupBy([...pane.querySelectorAll('mark[data-passage-id]')], (m) => m.dataset.passageId);
      const [a, b] = panes.map(get);
      return Object.keys(a).map((id) => ({ id, a: a[id].map((m) => m.textContent).join(''), b: (b[id] ?? []).map((m) => m.textContent).join('') }));
    });
    // The statement both carry, found in the seeds at test time (their text is not
    // copied here): the first quotation (after a colon) of the first whose opening words the second has.
    const opening = (t) => t.trim().split(/\s+/).slice(0, 4).join(' ');
    const statement = [...s0.matchAll(/:\s*["“]([^"”\n]{40,})["”]/g)].map((m) => opening(m[1])).find((w) => s1.includes(w));
    assert.ok(statement, 'the two seeds share a quoted statement');
    const found = pairs.find((p) => p.a.includes(statement) && p.b.includes(statement));
    assert.ok(found, JSON.stringify(pairs.map((p) => [p.a.slice(0, 40), p.b.slice(0, 40)])));
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

test('side by side: hovering a shared passage lights its twin and scrolls it into view', { skip: needs('analyze', 'compare') }, async () => {
  const { browser, page, errors, foreign } = await openPage(server.url, { width: 1280, height: 700 });
  try {
    await loadExample(page);
    await showTab(page, 'compare');
    await page.selectOption('#pair-a', { index: 0 });
    await page.selectOption('#pair-b', { index: 3 });
    const side = page.getByTestId('side-by-side');
    const first = side.locator('[data-side="a"] mark[data-passage-id]').last();
    await first.waitFor();
    const id = await first.getAttribute('data-passage-id');
    const twin = side.locator(`[data-side="b"] mark[data-passage-id="${id}"]`).first();
    assert.equal(await twin.count(), 1);
    await first.scrollIntoViewIfNeeded();
    const y = await page.evaluate(() => window.scrollY);
    await first.hover();
    assert.match(await twin.getAttribute('class'), /\blit\b/);
    assert.equal(await page.evaluate(() => window.scrollY), y, 'hovering never scrolls the page');
    // The twin is visible inside its scrolling pane.
    const inView = await twin.evaluate((m) => {
      const pane = m.closest('.pane-text').getBoundingClientRect(), r = m.getBoundingClientRect();
      return r.bottom > pane.top && r.top < pane.bottom;
    });
    assert.ok(inView);
    await page.mouse.move(0, 0);
    assert.doesNotMatch(await twin.getAttribute('class'), /\blit\b/);
    // The matrix: N×N, diagonal, symmetric values within [0, 1].
    const m = await page.getByTestId('similarity-matrix').evaluate((t) => [...t.tBodies[0].rows].map((r) => [...r.cells].slice(1).map((c) => c.querySelector('button')?.dataset.value ?? 'diag')));
    assert.equal(m.length, 4);
    for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) {
      if (i === j) assert.equal(m[i][j], 'diag');
      else assert.ok(Number(m[i][j]) >= 0 && Number(m[i][j]) <= 1);
    }
    // One number per pair: no other measure to pick.
    assert.equal(await page.locator('#measure').count(), 0);
    assert.match(await page.locator('#matrix-note').textContent(), /النص المشترك: نسبة كلمات المقالين/);
    await page.screenshot({ path: screenshotPath('compare-1280'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: screenshotPath('compare-390'), fullPage: true });
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

// The package as Node imports it, built by `make pkg` (which `make www` runs).
const pkg = () => import(new URL('../../pkg/node.js', import.meta.url));

// Each passage of the side-by-side view as [passage id, start and end in A, in B]
// (UTF-16 offsets in each article's text; a passage cut by another highlight is joined).
const sidePassages = (page) => page.getByTestId('side-by-side').evaluate((box) => {
  const out = {};
  for (const pane of box.querySelectorAll('.pane')) {
    const text = pane.querySelector('.pane-text');
    for (const m of text.querySelectorAll('mark[data-passage-id]')) {
      const r = document.createRange();
      r.setStart(text, 0);
      r.setEndBefore(m);
      const start = r.toString().length, end = start + m.textContent.length;
      const p = (out[m.dataset.passageId] ??= {});
      const side = pane.dataset.side;
      p[side] = p[side] ? { start: Math.min(p[side].start, start), end: Math.max(p[side].end, end) } : { start, end };
    }
  }
  return Object.values(out).sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start);
});

test('one similarity per pair: matrix cell and pair summary both show the package\'s shared', { skip: needs('analyze', 'compare') }, async () => {
  const s = seeds();
  // 001 and 003 carry the same agency copy, so the number is not 0.
  const [x, y] = [s[1], s[3]];
  const { compare } = await pkg();
  const shared = compare(x, y, { diff: false }).similarity.shared;
  assert.ok(shared > 0 && shared < 1, String(shared));
  const want = `${Math.round(100 * shared)}`;
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await ready(page);
    const inputs = page.getByTestId('article-input');
    await inputs.nth(0).fill(x);
    await inputs.nth(1).fill(y);
    await analyze(page);
    await showTab(page, 'compare');
    const cells = page.getByTestId('similarity-matrix').locator('button.cell');
    assert.equal(await cells.count(), 2);
    for (const c of await cells.all()) assert.equal((await c.textContent()).trim(), want);
    assert.match(await cells.first().getAttribute('title'), /نسبة كلمات المقالين الواقعة في مقاطع منقولة/);
    await cells.first().click();
    const summary = page.locator('#pair-summary .shared-pct');
    await summary.waitFor();
    assert.equal(await summary.textContent(), `النص المشترك ${want}٪ من كلمات المقالين`);
    assert.match(await summary.getAttribute('title'), /نسبة كلمات المقالين/);
    // No second similarity number in the summary.
    const numbers = (await page.locator('#pair-summary').textContent()).match(/\d+\s*٪/g);
    assert.deepEqual(numbers, [`${want}٪`]);
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

test('side by side shows exactly the passages analyze finds for the pair, and unique text agrees', { skip: needs('analyze', 'compare') }, async () => {
  const { compare, analyze: analyzeAll } = await pkg();
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    // The five seeds: on these, the other reports change what a pair shares (text
    // every report carries is the event's, not copy), so the context is tested.
    await ready(page);
    await page.evaluate((ts) => {
      const add = document.getElementById('add-article');
      while (document.querySelectorAll('[data-testid="article-input"]').length < ts.length) add.click();
      const inputs = document.querySelectorAll('[data-testid="article-input"]');
      ts.forEach((t, i) => { inputs[i].value = t; inputs[i].dispatchEvent(new Event('input', { bubbles: true })); });
    }, seeds());
    await analyze(page);
    const texts = await page.getByTestId('article-input').evaluateAll((els) => els.map((e) => e.value));
    assert.equal(texts.length, 5);
    const all = analyzeAll(texts.map((text, i) => ({ id: `t${i}`, text })));
    await showTab(page, 'compare');
    let checked = 0, contextMatters = 0;
    for (const [i, j] of [[0, 1], [0, 3], [1, 2], [1, 3], [2, 3]]) {
      await page.selectOption('#pair-a', { index: i });
      await page.selectOption('#pair-b', { index: j });
      const context = texts.filter((_, k) => k !== i && k !== j);
      const want = compare(texts[i], texts[j], { diff: false, context });
      const alone = compare(texts[i], texts[j], { diff: false });
      if (JSON.stringify(alone.passages) !== JSON.stringify(want.passages)) contextMatters++;
      // The same number as analyze's matrix, and as the page's summary.
      assert.equal(want.similarity.shared.toFixed(4), all.similarity.shared[i][j].toFixed(4));
      await page.waitForFunction((v) => document.querySelector('#pair-summary .shared-pct')?.dataset.value === v, want.similarity.shared.toFixed(4));
      if (want.passages.length) await page.getByTestId('side-by-side').locator('mark[data-passage-id]').first().waitFor();
      const got = await sidePassages(page);
      const expected = want.passages.map((p) => ({ a: { start: p.a.start, end: p.a.end }, b: { start: p.b.start, end: p.b.end } }))
        .sort((x, y) => x.a.start - y.a.start || x.b.start - y.b.start);
      assert.deepEqual(got, expected, `pair ${i}/${j}`);
      // Every passage is inside analyze's clusters, in one that both articles carry.
      for (const p of want.passages) {
        const c = all.passages.find((cl) => cl.members.some((m) => m.article === `t${i}` && m.start <= p.a.start && p.a.end <= m.end));
        assert.ok(c && c.members.some((m) => m.article === `t${j}` && m.start <= p.b.start && p.b.end <= m.end), `pair ${i}/${j} passage in one cluster`);
      }
      // "Only in this article" agrees: no unique sentence overlaps a passage.
      const unique = all.articles[i].unique;
      for (const p of want.passages) assert.ok(!unique.some((u) => u.start < p.a.end && p.a.start < u.end), `unique of ${i} overlaps a passage`);
      checked += want.passages.length;
      // Kinds read as evidence, in the page's words.
      const kinds = await page.getByTestId('side-by-side').locator('[data-side="a"] mark[data-kind]').evaluateAll((els) => [...new Set(els.map((e) => e.dataset.kind))]);
      assert.deepEqual(kinds.sort(), [...new Set(want.passages.map((p) => p.kind))].sort());
      for (const k of kinds) assert.ok(['verbatim', 'edited', 'reworded'].includes(k), k);
    }
    assert.ok(checked > 0, 'some passages were compared');
    assert.ok(contextMatters > 0, 'the other articles change some pair: the view must use them');
    // The "only in this article" view lists exactly analyze's unique sentences.
    await showTab(page, 'unique');
    const listed = await page.getByTestId('unique').locator('.unique-card').evaluateAll((cards) => cards.map((c) => [...c.querySelectorAll('[data-testid="unique-goto"]')].map((b) => b.textContent)));
    assert.deepEqual(listed, all.articles.map((a, k) => a.unique.map((u) => texts[k].slice(u.start, u.end).trim())));
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

test('diff view: deletions and insertions rebuild both texts; name keys equate غ/ج spellings', { skip: needs('analyze', 'compare') }, async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await loadExample(page);
    const texts = await page.getByTestId('article-input').evaluateAll((els) => els.map((e) => e.value));
    await showTab(page, 'compare');
    await page.selectOption('#pair-a', { index: 0 });
    await page.selectOption('#pair-b', { index: 1 });
    await page.locator('input[name="pair-mode"][value="diff"]').check();
    const diff = page.getByTestId('diff');
    await diff.locator('ins').first().waitFor();
    assert.equal(await page.getByTestId('side-by-side').isVisible(), false, 'one view of the pair at a time');
    const sides = () => diff.evaluate((d) => {
      let a = '', b = '';
      for (const n of d.childNodes) {
        if (n.nodeName === 'INS') b += n.textContent;
        else if (n.nodeName === 'DEL') a += n.textContent;
        else { a += n.textContent; b += n.textContent; }
      }
      return { a, b, del: [...d.querySelectorAll('del')].map((x) => x.textContent), ins: [...d.querySelectorAll('ins')].map((x) => x.textContent) };
    });
    const exact = await sides();
    assert.equal(exact.a, texts[0]);
    assert.ok(exact.del.length > 0 && exact.ins.length > 0);
    assert.ok(exact.del.some((t) => t.includes('غيورغيو')), 'غيورغيو differs at the search level');
    await page.selectOption('#diff-level', 'nameKey');
    await page.waitForFunction(() => !document.querySelector('[data-testid="diff"] del')?.textContent.includes('غيورغيو')
      && ![...document.querySelectorAll('[data-testid="diff"] del')].some((d) => d.textContent.includes('غيورغيو')));
    const keyed = await sides();
    assert.equal(keyed.a, texts[0]);
    assert.ok(!keyed.ins.some((t) => t.includes('جيورجيو')));
    await page.screenshot({ path: screenshotPath('diff-1280'), fullPage: true });
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

test('quotes panel: the shared quotation, its speaker, its carriers, and a way to each place', { skip: needs('analyze') }, async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await loadExample(page);
    await showTab(page, 'quotes');
    const quotes = page.getByTestId('quotes');
    const shared = quotes.locator('li.quote', { hasText: 'تم إنقاذ جميع الركاب وأفراد الطاقم' });
    assert.equal(await shared.count(), 1, 'one entry for the quotation all four carry');
    assert.match(await shared.locator('.speaker').textContent(), /(غيورغيو|جيورجيو)/);
    const carriers = shared.locator('.carriers button');
    assert.equal(await carriers.count(), 4);
    // A quotation only one outlet has.
    assert.equal(await quotes.locator('li.quote', { hasText: 'استيقظنا على صفارات الإنذار' }).locator('.carriers button').count(), 1);
    await page.screenshot({ path: screenshotPath('quotes-1280'), fullPage: true });
    // The speaker leads to the entity: every mention marked.
    const speakerButton = shared.locator('.speaker-entity');
    assert.equal(await speakerButton.count(), 1, 'the speaker is linked to an entity');
    const spokesId = await speakerButton.getAttribute('data-entity');
    await speakerButton.click();
    await page.locator('#view-read').waitFor({ state: 'visible' });
    assert.ok(await page.locator(`#read-articles mark.selected[data-entity-id="${spokesId}"]`).count() >= 4);
    assert.match(await page.locator(`#read-articles mark[data-entity-id="${spokesId}"]`).first().textContent(), /غيورغيو|جيورجيو/);
    await showTab(page, 'quotes');
    // Going to the third outlet's copy shows and focuses it in its article.
    await carriers.nth(2).click();
    await page.locator('#view-read').waitFor({ state: 'visible' });
    const place = page.locator('#place');
    assert.match(await place.textContent(), /تم إنقاذ جميع الركاب/);
    await page.waitForFunction(() => document.activeElement.id === 'place');
    await page.setViewportSize({ width: 390, height: 844 });
    await showTab(page, 'quotes');
    await page.screenshot({ path: screenshotPath('quotes-390'), fullPage: true });
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

test('unique text: what only one article has', { skip: needs('analyze') }, async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await loadExample(page);
    await showTab(page, 'unique');
    const cards = page.getByTestId('unique').locator('.unique-card');
    assert.equal(await cards.count(), 4);
    // The weather is only in the second report, the 2021 breakdown only in the third.
    assert.match(await cards.nth(1).textContent(), /مقياس بوفورت/);
    assert.doesNotMatch(await cards.nth(0).textContent(), /مقياس بوفورت/);
    assert.match(await cards.nth(2).textContent(), /ساموس/);
    // The agency passage the outlets share is nobody's own.
    for (let i = 0; i < 4; i++) assert.doesNotMatch(await cards.nth(i).textContent(), /أربع سفن/);
    await page.screenshot({ path: screenshotPath('unique-1280'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: screenshotPath('unique-390'), fullPage: true });
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

test('export: the analysis as JSON and the entity table as CSV', { skip: needs('analyze') }, async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await loadExample(page);
    const read = async (button) => {
      const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(button).click()]);
      return { name: dl.suggestedFilename(), text: readFileSync(await dl.path(), 'utf8') };
    };
    const json = await read('#export-json');
    assert.match(json.name, /^isnad-analysis-\d{4}-\d{2}-\d{2}-\d{4}\.json$/);
    const data = JSON.parse(json.text);
    assert.equal(data.tool, 'isnad');
    assert.equal(data.articles.length, 4);
    assert.equal(data.articles[1].name, 'صحيفة الساحل');
    assert.ok(data.analysis.entities.length > 5);
    assert.equal(data.analysis.similarity.matrix.length, 4);
    assert.ok(data.analysis.quotes.some((q) => q.text.includes('تم إنقاذ جميع الركاب')));
    const csv = await read('#export-csv');
    assert.match(csv.name, /^isnad-entities-\d{4}-\d{2}-\d{2}-\d{4}\.csv$/);
    assert.ok(csv.text.startsWith('\uFEFF'));
    const lines = csv.text.slice(1).trim().split('\r\n');
    assert.equal(lines[0], 'المعرّف,النوع,الاسم,الصيغ الواردة,وكالة أنباء المتوسط,صحيفة الساحل,موقع نبض الخبر,قناة المشرق,المجموع');
    assert.equal(lines.length, data.analysis.entities.length + 1);
    const spokes = lines.find((l) => /جيورجيو/.test(l));
    assert.match(spokes, /,شخص,/);
    // Per-article counts add up to the total.
    const cells = spokes.split(',');
    const counts = cells.slice(-5).map(Number);
    assert.equal(counts.slice(0, 4).reduce((x, y) => x + y), counts[4]);
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

test('keyboard only: example, entity details, marking, tabs, matrix, linked passages', { skip: needs('analyze', 'compare') }, async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await ready(page);
    const focused = () => page.evaluate(() => {
      const e = document.activeElement;
      return { id: e.id, testid: e.dataset.testid, role: e.getAttribute('role'), tag: e.tagName, entity: e.dataset.entityId, passage: e.dataset.passageId, outline: getComputedStyle(e).outlineStyle };
    });
    const tabTo = async (pred, max = 60) => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        const f = await focused();
        if (pred(f)) return f;
      }
      throw new Error('not reached by Tab');
    };
    // The skip link comes first.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
    let f = await tabTo((x) => x.testid === 'load-example');
    assert.notEqual(f.outline, 'none', 'focus is visible');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.body.dataset.analysis === 'done');
    // To the first entity highlight: its tip shows, Enter opens its details, whose
    // button marks all its mentions; Escape goes back to the highlight.
    f = await tabTo((x) => x.tag === 'MARK' && !!x.entity, 120);
    assert.notEqual(f.outline, 'none');
    assert.equal(await page.locator('#tip').isVisible(), true);
    await page.keyboard.press('Enter');
    assert.equal(await page.getByTestId('entity-details').isVisible(), true);
    await page.getByTestId('mark-all').press('Enter');
    assert.ok(await page.locator(`mark.selected[data-entity-id="${f.entity}"]`).count() >= 1);
    await page.keyboard.press('Escape');
    assert.equal(await page.evaluate(() => document.activeElement.dataset.entityId), f.entity);
    await page.keyboard.press('Escape');
    // Back to the tabs (Shift+Tab), arrows to "compare".
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Shift+Tab');
      if ((await focused()).role === 'tab') break;
    }
    await page.keyboard.press('ArrowLeft');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-compare');
    assert.equal(await page.locator('#view-compare').isVisible(), true);
    f = await tabTo((x) => x.tag === 'BUTTON' && x.id === '' && x.testid === undefined && x.role === null, 10);
    await page.keyboard.press('Enter');
    f = await tabTo((x) => !!x.passage, 30);
    const lit = await page.locator(`[data-passage-id="${f.passage}"].lit`).count();
    assert.ok(lit >= 2, 'focusing a passage lights it and its twin');
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

test('analysis runs off the main thread: the page keeps responding while it works', { skip: needs('analyze') }, async () => {
  // Five articles of about 100 KB: enough work for the worker to measure the main
  // thread against, even on an idle machine (40 KB took under 300 ms).
  const texts = seeds().map((t) => t.repeat(15));
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await ready(page);
    await page.evaluate((ts) => {
      const add = document.getElementById('add-article');
      while (document.querySelectorAll('[data-testid="article-input"]').length < ts.length) add.click();
      const inputs = document.querySelectorAll('[data-testid="article-input"]');
      ts.forEach((t, i) => { inputs[i].value = t; inputs[i].dispatchEvent(new Event('input', { bubbles: true })); });
    }, texts);
    // The longest gap between timer ticks from the click until the worker's result
    // arrives (rendering it afterwards is the page's own, chunked, work).
    const r = await page.evaluate(async () => {
      while (document.body.dataset.analysis === 'running') await new Promise((res) => setTimeout(res, 5));
      const ticks = [];
      let on = true;
      const tick = () => { ticks.push(performance.now()); if (on) setTimeout(tick, 0); };
      tick();
      const t0 = performance.now();
      document.getElementById('analyze').click();
      while (document.body.dataset.analysis !== 'done') await new Promise((res) => setTimeout(res, 5));
      on = false;
      const result = performance.getEntriesByName('isnad:analysis-result').at(-1).startTime;
      const during = ticks.filter((t) => t >= t0 && t <= result);
      let worst = 0;
      for (let i = 1; i < during.length; i++) worst = Math.max(worst, during[i] - during[i - 1]);
      return { worst, work: result - t0 };
    });
    assert.ok(r.work > 300, `the analysis took ${r.work} ms: too short to tell`);
    // Generous for a loaded machine; analysis on the main thread would block for all of it.
    assert.ok(r.worst < Math.min(200, r.work / 2), `main thread blocked for ${r.worst} ms of ${r.work} ms`);
    assert.equal(await page.locator('#read-articles .article-text').count(), 5);
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

test('results follow edits without a reload; long inputs show progress', { skip: needs('analyze') }, async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await loadExample(page);
    const before = await page.locator('#read-articles .article-text').nth(3).locator('mark[data-entity-id]').count();
    // Typing a sentence naming a place updates the highlights by itself (no button).
    const input = page.getByTestId('article-input').nth(3);
    await input.click();
    await input.press('End');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nووصل وزير الملاحة اليوناني إلى جزيرة ليسبوس صباح الأربعاء.');
    await page.waitForFunction((n) => document.querySelectorAll('#read-articles .article-text')[3]?.querySelectorAll('mark[data-entity-id]').length > n, before, { timeout: 10000 });
    assert.match(await page.locator('#read-articles .article-text').nth(3).textContent(), /صباح الأربعاء\.$/);
    // Removing an article updates every view.
    await page.getByTestId('remove-article').nth(0).click();
    await page.waitForFunction(() => document.querySelectorAll('#read-articles .article-text').length === 3);
    if (await page.getByTestId('similarity-matrix').locator('tbody tr').count()) {
      assert.equal(await page.getByTestId('similarity-matrix').locator('tbody tr').count(), 3);
    }
    // A long input (about 150 KB) shows a progress bar with steps while it runs.
    const long = seeds().join('\n').repeat(6);
    await page.evaluate(() => {
      window.__progress = [];
      new MutationObserver(() => {
        const p = document.getElementById('progress');
        if (!p.hidden) window.__progress.push(`${p.value}/${p.max} ${document.getElementById('status').textContent}`);
      }).observe(document.getElementById('run') ?? document.body, { attributes: true, subtree: true, childList: true, characterData: true });
    });
    for (let i = 0; i < 3; i++) await page.getByTestId('article-input').nth(i).fill(long);
    await analyze(page);
    const seen = await page.evaluate(() => window.__progress);
    assert.ok(seen.length > 0, 'progress shown');
    assert.ok(seen.some((s) => /\d\/\d/.test(s)), seen.join(' | '));
    assert.equal(await page.locator('#progress').isHidden(), true);
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

test('text shared across articles: one passage id in every article that carries it', { skip: needs('analyze') }, async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await loadExample(page);
    await page.locator('#show-shared').check();
    const shared = await page.locator('#read-articles .shared[data-passage-id]').evaluateAll((els) => els.map((e) => ({ id: e.dataset.passageId, article: e.closest('.article-text').dataset.articleId, text: e.textContent })));
    const byId = {};
    for (const s of shared) (byId[s.id] ??= new Set()).add(s.article);
    assert.ok(Object.values(byId).some((arts) => arts.size >= 3), JSON.stringify(shared.map((s) => [s.id, s.article])));
    // The agency passage (four ships and a helicopter) is inside one of them in the first three reports.
    const agency = shared.filter((s) => s.text.includes('أربع سفن'));
    assert.equal(new Set(agency.map((s) => s.article)).size, 3, JSON.stringify(agency.map((s) => s.article)));
    // Hover lights the same passage in the other articles; entity highlights stay inside.
    const first = page.locator('#read-articles .shared[data-passage-id]').first();
    const id = await first.getAttribute('data-passage-id');
    await first.locator('mark').first().hover();
    assert.equal(await page.locator(`#read-articles .shared.lit[data-passage-id="${id}"]`).count(), await page.locator(`#read-articles .shared[data-passage-id="${id}"]`).count());
    assert.ok(await page.locator('#read-articles .shared mark[data-entity-id]').count() > 0);
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});
