// The page without the analysis functions: articles (add, remove, rename, persist,
// drop and open .txt files), pasted markup staying text, the normalization view, the
// Content-Security-Policy. These need only what the foundation's package has.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, openPage, screenshotPath, ready, analyze, assertClean, showTab } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

test('articles: add, rename, remove, and they survive a reload', async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await ready(page);
    const inputs = page.getByTestId('article-input');
    assert.equal(await inputs.count(), 2, 'a first visit starts with two empty articles');
    await page.getByTestId('add-article').click();
    assert.equal(await inputs.count(), 3);
    // The new article's text field has the focus.
    assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'article-input');
    await inputs.nth(0).fill('قال المتحدث إن الاجتماع انتهى.');
    await inputs.nth(2).fill('نص ثالث');
    await page.getByTestId('article-name').nth(0).fill('وكالة أ');
    await page.getByTestId('remove-article').nth(1).click();
    assert.equal(await inputs.count(), 2);
    await page.waitForTimeout(500); // saving is debounced
    await page.reload();
    await ready(page);
    assert.equal(await inputs.count(), 2);
    assert.equal(await inputs.nth(0).inputValue(), 'قال المتحدث إن الاجتماع انتهى.');
    assert.equal(await inputs.nth(1).inputValue(), 'نص ثالث');
    assert.equal(await page.getByTestId('article-name').nth(0).inputValue(), 'وكالة أ');
    // The text fields fold away and come back.
    const toggle = page.locator('#toggle-editors');
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await inputs.nth(0).isVisible(), false);
    assert.equal(await page.getByTestId('article-name').nth(0).isVisible(), true);
    await toggle.click();
    assert.equal(await inputs.nth(0).isVisible(), true);
    // Clearing forgets them.
    await page.locator('#clear-all').click();
    await page.waitForTimeout(400);
    await page.reload();
    await ready(page);
    assert.deepEqual(await inputs.evaluateAll((els) => els.map((e) => e.value)), ['', '']);
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

test('articles: dropped and opened .txt files become articles; other files are refused', async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await ready(page);
    // Drop two files on the articles section (a real DataTransfer with File objects).
    await page.evaluate(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['النص الأول من ملف.'], 'تقرير-أ.txt', { type: 'text/plain' }));
      dt.items.add(new File(['\uFEFFالنص الثاني\r\nسطر آخر'], 'report-b.txt', { type: 'text/plain' }));
      dt.items.add(new File(['GIF89a'], 'image.gif', { type: 'image/gif' }));
      const target = document.getElementById('drop-hint');
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    const inputs = page.getByTestId('article-input');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="article-input"]')[1]?.value.includes('النص الثاني'));
    assert.deepEqual(await inputs.evaluateAll((els) => els.map((e) => e.value)), ['النص الأول من ملف.', 'النص الثاني\nسطر آخر']);
    assert.deepEqual(await page.getByTestId('article-name').evaluateAll((els) => els.map((e) => e.value)), ['تقرير-أ', 'report-b']);
    assert.match(await page.locator('#notice').textContent(), /image\.gif/);
    // The file picker adds a third.
    await page.locator('#open-files').setInputFiles({ name: 'ثالث.txt', mimeType: 'text/plain', buffer: Buffer.from('نص من الملف الثالث') });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="article-input"]').length === 3);
    assert.equal(await inputs.nth(2).inputValue(), 'نص من الملف الثالث');
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

const XSS = '<img src=x onerror="window.__xss=1"> <script>window.__xss=2</script> <a href="javascript:window.__xss=3">رابط</a> <b>غامق</b>';

test('pasted markup stays text everywhere', async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await ready(page);
    await page.evaluate(() => { window.__xss = 0; });
    const inputs = page.getByTestId('article-input');
    await inputs.nth(0).fill(`قال الرئيس ${XSS} في بيروت.`);
    await inputs.nth(1).fill(`${XSS} وقال الوزير إن الاجتماع انتهى في بيروت.`);
    await page.getByTestId('article-name').nth(0).fill('<img src=x onerror="window.__xss=4">');
    await analyze(page);
    for (const view of ['read', 'compare', 'quotes', 'unique', 'normalize']) {
      await showTab(page, view);
      if (view === 'normalize') {
        await page.selectOption('#norm-source', { index: 1 });
        await page.waitForFunction(() => document.getElementById('norm-output').textContent.includes('<img'));
      }
      await page.locator('#results').hover();
    }
    assert.equal(await page.locator('#results img, #results script, #results a, #results b, #articles img').count(), 0);
    assert.ok((await page.locator('#read-articles').textContent()).includes('<script>window.__xss=2</script>'));
    assert.equal(await page.evaluate(() => window.__xss), 0);
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

test('normalization view: options apply, changed words are marked and map back to the original', async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await ready(page);
    // It opens on the first article with text, and follows its edits.
    await page.getByTestId('load-example').click();
    await showTab(page, 'normalize');
    await page.waitForFunction(() => document.getElementById('norm-output').textContent.includes('انقذ خفر السواحل'));
    await page.getByTestId('article-input').nth(0).fill('قالت الوزارةُ إن الحريق انطفأ.');
    await showTab(page, 'read');
    await showTab(page, 'normalize');
    await page.waitForFunction(() => document.getElementById('norm-output').textContent === 'قالت الوزاره ان الحريق انطفا.');
    await page.selectOption('#norm-source', '');
    const input = page.getByTestId('normalize-input');
    await input.fill('قالَ الرئيـــس: «نعم» في کوریا');
    await page.waitForFunction(() => document.getElementById('norm-output').textContent.includes('كوريا'));
    assert.equal(await page.getByTestId('normalized-text').textContent(), 'قال الرئيس: "نعم" في كوريا');
    // Changed words are marked; unchanged ones are not.
    assert.deepEqual(await page.locator('#norm-output .w.changed').allTextContents(), ['قال', 'الرئيس:', '"نعم"', 'كوريا']);
    await page.locator('#norm-output .w', { hasText: 'الرئيس' }).hover();
    assert.equal(await page.locator('#norm-original mark').textContent(), 'الرئيـــس:');
    // Keyboard: focusing a word shows its original too.
    await page.locator('#norm-output .w').first().focus();
    assert.equal(await page.locator('#norm-original mark').textContent(), 'قالَ');
    await page.selectOption('#preset', 'display');
    await page.waitForFunction(() => document.getElementById('norm-output').textContent.includes('قالَ'));
    assert.equal(await page.locator('#opt-stripDiacritics').isChecked(), false);
    await page.locator('#opt-foldAlef').check();
    await page.waitForFunction(() => document.getElementById('norm-output').textContent.includes('قالَ الرئيس'));
    await page.screenshot({ path: screenshotPath('normalize-1280'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: screenshotPath('normalize-390'), fullPage: true });
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

test('Content-Security-Policy: same-origin scripts and wasm only, in the header and the page', async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    const res = await page.goto(server.url);
    const header = res.headers()['content-security-policy'];
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const csp of [header, meta]) {
      assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
      assert.match(csp, /connect-src 'self'/);
      assert.doesNotMatch(csp, /unsafe-inline|(?<!wasm-)unsafe-eval|\*|https?:/);
    }
    // No inline script or style in the markup.
    const html = readFileSync('www/index.html', 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>|\sstyle=|\son[a-z]+=/i);
    // An inline script is refused.
    await ready(page);
    await page.evaluate(() => { const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.body.append(s); });
    assert.equal(await page.evaluate(() => window.__inline), undefined);
    // (reported once per policy: the header's and the meta tag's)
    const v = await page.evaluate(() => window.__cspViolations);
    assert.ok(v.length >= 1 && v.every((x) => x.startsWith('script-src')), v.join('; '));
    assert.deepEqual(errors.filter((e) => !/Content Security Policy/.test(e)), []);
    assert.deepEqual(foreign, []);
  } finally {
    await browser.close();
  }
});

test('the page runs its analysis on the package\'s worker API (isnad/worker)', async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await ready(page);
    // One worker, and it is the package's worker script.
    assert.deepEqual(page.workers().map((w) => new URL(w.url()).pathname), ['/pkg/worker-script.js']);
    // The files served are the package's own, as `make pkg` built them: the worker
    // entry the page imports, the worker script it starts and what that loads.
    for (const f of ['worker.js', 'worker-script.js', 'worker-serve.js', 'index.js', 'functions.js']) {
      const served = await (await fetch(`${server.url}pkg/${f}`)).text();
      assert.equal(served, readFileSync(`pkg/${f}`, 'utf8'), `www/pkg/${f} is pkg/${f}`);
    }
    // The page starts it through isnad/worker's createWorker, and has no worker of its own.
    const engine = await (await fetch(`${server.url}js/engine.js`)).text();
    assert.match(engine, /^import \{ createWorker \} from '\.\.\/pkg\/worker\.js';$/m);
    assert.match(engine, /= createWorker\(\)/);
    assert.equal((await fetch(`${server.url}js/worker.js`)).status, 404);
    // And it answers: the version the page shows came from the worker.
    const { version } = JSON.parse(readFileSync('pkg/package.json', 'utf8'));
    assert.equal(await page.locator('#version').textContent(), `isnad ${version}`);
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});

test('privacy: once its files are loaded, the page makes no request at all', async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    await ready(page);
    const after = [];
    await page.getByTestId('load-example').click();
    await page.waitForFunction(() => document.body.dataset.analysis === 'done');
    // Every later request, to any origin (downloads of exports are blob: URLs, not requests).
    page.on('request', (r) => { if (!r.url().startsWith('blob:')) after.push(r.url()); });
    await page.getByTestId('article-input').nth(0).fill('نص جديد عن الحادث في أثينا.');
    await analyze(page);
    for (const view of ['read', 'compare', 'quotes', 'unique', 'normalize']) await showTab(page, view);
    await page.locator('#opt-foldAlef').uncheck();
    await page.getByTestId('add-article').click();
    const [dl] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
    await dl.path();
    await page.waitForTimeout(300);
    assert.deepEqual(after, []);
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});
