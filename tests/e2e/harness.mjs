// Shared set-up for end-to-end tests: serve www/ on a free loopback port, drive
// Debian's Chromium through playwright-core, record console errors and every request
// that leaves the page's origin.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'];

export async function startServer() {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const proc = spawn(process.execPath, ['tools/serve.mjs', 'www', '127.0.0.1', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await once(proc.stdout, 'data');
  return { url: `http://127.0.0.1:${port}/`, stop: () => proc.kill() };
}

export async function openPage(url, { width = 1280, height = 900, colorScheme = 'light' } = {}) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS, headless: true });
  const page = await browser.newPage({ viewport: { width, height }, colorScheme });
  const errors = [];
  const foreign = [];
  const origin = new URL(url).origin;
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  // A download of an export is a blob: URL of the page's own origin, not a request.
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith(`blob:${origin}`)) foreign.push(u);
  });
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(url);
  return { browser, page, errors, foreign };
}

// What the served package exports, read from its file: tests that need an analysis
// function skip (with the reason) until it is in the package.
const pkgSource = existsSync('www/pkg/isnad.js') ? readFileSync('www/pkg/isnad.js', 'utf8') : '';
export const hasApi = (name) => new RegExp(`export function ${name}\\b`).test(pkgSource);
export const needs = (...names) => {
  const missing = names.filter((n) => !hasApi(n));
  return missing.length ? `${missing.join(', ')} not in the package yet` : false;
};

/** Waits until the analysis worker is ready. */
export async function ready(page) {
  await page.waitForFunction(() => document.body.dataset.caps !== undefined, null, { timeout: 15000 });
}

/** Clicks "load example" and waits for its analysis to be on screen. */
export async function loadExample(page) {
  await ready(page);
  await page.getByTestId('load-example').click();
  await page.waitForFunction(() => document.body.dataset.analysis === 'done', null, { timeout: 15000 });
}

/** Runs the analysis now and waits for it. */
export async function analyze(page) {
  await page.getByTestId('analyze').click();
  await page.waitForFunction(() => document.body.dataset.analysis === 'done', null, { timeout: 30000 });
}

/** Ends a test: no console error, no request off the origin, no CSP violation. */
export async function assertClean(page, errors, foreign) {
  const csp = await page.evaluate(() => window.__cspViolations);
  assert.deepEqual({ errors, foreign, csp }, { errors: [], foreign: [], csp: [] });
}

export async function showTab(page, name) {
  await page.locator(`#tab-${name}`).click();
  await page.locator(`#view-${name}`).waitFor({ state: 'visible' });
}

export function screenshotPath(name) {
  mkdirSync('target/screenshots', { recursive: true });
  return `target/screenshots/${name}.png`;
}
