// The normalization playground in Chromium: normalizes as you type and shows, for a
// hovered or focused normalized word, its span in the original.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, openPage, screenshotPath } from './harness.mjs';

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

test('normalizes pasted text and maps a word back to its original span', async () => {
  const { browser, page, errors, foreign } = await openPage(server.url);
  try {
    const input = page.getByTestId('article-input');
    await input.fill('قالَ الرئيـــس: «نعم» في کوریا');
    await page.waitForFunction(() => document.getElementById('output').textContent.includes('كوريا'));
    assert.equal(await page.locator('#output').textContent(), 'قال الرييس: "نعم" في كوريا'.replace('رييس', 'رئيس'));
    await page.locator('#output .w', { hasText: 'الرئيس' }).hover();
    assert.equal(await page.locator('#original mark').textContent(), 'الرئيـــس:'.slice(0, -1) + ':');
    // Keyboard: focusing a word shows its original too.
    await page.locator('#output .w').first().focus();
    assert.equal(await page.locator('#original mark').textContent(), 'قالَ');
    // Options apply.
    await page.selectOption('#preset', 'display');
    await page.waitForFunction(() => document.getElementById('output').textContent.includes('قالَ'));
    await page.screenshot({ path: screenshotPath('playground-1280') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: screenshotPath('playground-390'), fullPage: true });
    assert.deepEqual(errors, []);
    assert.deepEqual(foreign, []);
  } finally {
    await browser.close();
  }
});

test('pasted markup stays text', async () => {
  const { browser, page, errors } = await openPage(server.url);
  try {
    await page.evaluate(() => { window.__xss = 0; });
    await page.getByTestId('article-input').fill('<img src=x onerror="window.__xss=1"> <script>window.__xss=2</script> <a href="javascript:alert(1)">x</a>');
    await page.waitForFunction(() => document.getElementById('output').textContent.includes('<img'));
    assert.equal(await page.locator('#output img, #original img, #output script, #output a').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), 0);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
