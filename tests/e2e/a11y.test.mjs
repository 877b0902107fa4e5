// Accessibility checks that a machine can make: every control has a name, text has
// WCAG AA contrast (4.5:1) on its background in the light and the dark theme (entity
// highlights, shared passages, heat map cells, diff marks included when the package
// has the analysis functions), and the layout fits a 390 px wide phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openPage, screenshotPath, ready, loadExample, showTab, hasApi, assertClean } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

// Contrast of every visible element matching `selector` against its nearest opaque
// background; returns the failures.
const contrastFailures = (page, selector) => page.evaluate((sel) => {
  const rgb = (c) => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null; const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p[3] ?? 1 }; };
  const lum = ({ r, g, b }) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const bgOf = (el) => {
    for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c && c.a > 0.9) return c;
    }
    return rgb(getComputedStyle(document.documentElement).backgroundColor) ?? { r: 255, g: 255, b: 255 };
  };
  const out = [];
  for (const el of document.querySelectorAll(sel)) {
    if (!el.getClientRects().length || el.disabled || !el.textContent.trim()) continue;
    const fg = rgb(getComputedStyle(el).color), bg = bgOf(el);
    const [l1, l2] = [lum(fg), lum(bg)].sort((a, b) => b - a);
    const ratio = (l1 + 0.05) / (l2 + 0.05);
    if (ratio < 4.5) out.push(`${el.tagName}.${el.className} «${el.textContent.trim().slice(0, 20)}» ${ratio.toFixed(2)}`);
  }
  return out;
}, selector);

const TEXT = 'body, p, h1, h2, h3, h4, label, legend, button, select, input, textarea, th, td, li, [role="tab"], .note, .count, .code, .warn, mark, ins, del, blockquote, strong, .tip, .status';

for (const colorScheme of ['light', 'dark']) {
  test(`contrast (WCAG AA) and labels, ${colorScheme} theme`, async () => {
    const { browser, page, errors, foreign } = await openPage(server.url, { colorScheme });
    try {
      await ready(page);
      await loadExample(page);
      const fails = [];
      // Every view in turn, with its marks on screen.
      for (const view of ['read', 'compare', 'quotes', 'unique', 'normalize']) {
        await showTab(page, view);
        if (view === 'read' && hasApi('analyze')) {
          await page.locator('#read-articles mark[data-entity-id]').first().hover();
          fails.push(...await contrastFailures(page, '.tip, .tip *'));
          await page.locator('#read-articles mark[data-entity-id]').first().click();
        }
        if (view === 'compare' && hasApi('compare')) {
          await page.getByTestId('side-by-side').locator('mark').first().waitFor();
          await page.getByTestId('side-by-side').locator('mark').first().hover();
          fails.push(...await contrastFailures(page, TEXT));
          await page.locator('input[name="pair-mode"][value="diff"]').check();
          await page.getByTestId('diff').locator('ins, del').first().waitFor();
        }
        fails.push(...await contrastFailures(page, TEXT));
      }
      assert.deepEqual([...new Set(fails)], []);
      // Every form control and button has an accessible name.
      const unnamed = await page.evaluate(() => [...document.querySelectorAll('input, select, textarea, button')].filter((el) => {
        if (el.type === 'hidden') return false;
        const named = el.labels?.length || el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || (el.tagName === 'BUTTON' && el.textContent.trim());
        return !named;
      }).map((el) => el.outerHTML.slice(0, 80)));
      assert.deepEqual(unnamed, []);
      if (colorScheme === 'dark') {
        await showTab(page, 'read');
        await page.screenshot({ path: screenshotPath('entities-dark-1280'), fullPage: true });
      }
      await assertClean(page, errors, foreign);
    } finally {
      await browser.close();
    }
  });
}

test('layout fits 390 px: nothing wider than the screen', async () => {
  const { browser, page, errors, foreign } = await openPage(server.url, { width: 390, height: 844 });
  try {
    await loadExample(page);
    for (const view of ['read', 'compare', 'quotes', 'unique', 'normalize']) {
      await showTab(page, view);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 390, `${view}: page is ${width} px wide`);
    }
    await showTab(page, 'read');
    await page.screenshot({ path: screenshotPath('start-390'), fullPage: false });
    await assertClean(page, errors, foreign);
  } finally {
    await browser.close();
  }
});
