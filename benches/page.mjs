// Page budgets, measured in headless Chromium against the page served on loopback:
//   1. from opening the page to the example's analysis on screen: under 1.5 s
//      (cold cache: a new browser context per run; median of RUNS);
//   2. after pasting five 5 KB articles, results on screen: under 500 ms (median);
//   3. the page's files as transferred with gzip: under 2 MB in total, listed per file.
// Prints a table with PASS/FAIL and exits non-zero when a budget is missed.
// Run from the repository root after `make www`: node benches/page.mjs
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer, ARGS } from '../tests/e2e/harness.mjs';

// `make bench` builds pkg/; the page serves its copy in www/pkg, as `make www` makes it.
if (existsSync('pkg/isnad_bg.wasm')) execFileSync('make', ['--no-print-directory', '-s', 'www'], { stdio: 'inherit' });
if (!existsSync('www/pkg/index.js')) throw new Error('www/pkg is missing: run `make www` first');

const RUNS = Number(process.env.RUNS ?? 5);
// The transfer budget is the entities issue's: the page with model, clusters and
// tables under 3 MiB gzipped.
const BUDGET_OPEN = 1500, BUDGET_FIVE = 500, BUDGET_BYTES = 3 * 1024 * 1024;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

// Five articles of 5 KB (UTF-8) each, from the shared seeds (read at run time, never
// stored): each seed repeated as needed and cut at a word boundary under 5,000 bytes.
function fiveArticles() {
  const dir = '../shared/seeds';
  if (!existsSync(dir)) throw new Error('../shared/seeds is needed for the five-article budget');
  const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
  return seeds.slice(0, 5).map((s) => {
    let t = s;
    while (Buffer.byteLength(t) < 5000) t += '\n' + s;
    while (Buffer.byteLength(t) > 5000) t = t.slice(0, t.lastIndexOf(' '));
    return t;
  });
}

const server = await startServer();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS, headless: true });
const rows = [];
let caps = '';
try {
  // 1. Open → example on screen, and the files the page loads.
  const openTimes = [];
  const files = new Map();
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('response', (r) => { if (r.url().startsWith(server.url)) files.set(new URL(r.url()).pathname, r.status()); });
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.body?.dataset.app === 'ready', null, { polling: 5 });
    await page.getByTestId('load-example').click();
    await page.waitForFunction(() => document.body.dataset.analysis === 'done' && document.querySelector('#read-articles .article-text'), null, { polling: 5, timeout: 20000 });
    openTimes.push(await page.evaluate(() => performance.getEntriesByName('isnad:analysis-rendered').at(-1).startTime));
    caps = await page.evaluate(() => document.body.dataset.caps);
    await context.close();
  }
  const open = median(openTimes);
  rows.push(['open page → example analysis on screen (median, cold cache)', `${open.toFixed(0)} ms`, `< ${BUDGET_OPEN} ms`, open < BUDGET_OPEN]);

  // 2. Five 5 KB articles → results on screen.
  const texts = fiveArticles();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.body.dataset.caps !== undefined);
  const fiveTimes = [];
  for (let i = 0; i < RUNS; i++) {
    // Vary one character per run so no run can reuse the last one's results.
    const run = texts.map((t, k) => (k === 0 ? t.replace(/\s*$/, ` ${i}`) : t));
    const ms = await page.evaluate(async (ts) => {
      const add = document.getElementById('add-article');
      while (document.querySelectorAll('[data-testid="article-input"]').length < ts.length) add.click();
      const inputs = document.querySelectorAll('[data-testid="article-input"]');
      ts.forEach((t, k) => { inputs[k].value = t; inputs[k].dispatchEvent(new Event('input', { bubbles: true })); });
      while (document.body.dataset.analysis === 'running') await new Promise((r) => setTimeout(r, 5));
      const t0 = performance.now();
      document.querySelector('[data-testid="analyze"]').click();
      while (document.body.dataset.analysis !== 'done') await new Promise((r) => setTimeout(r, 1));
      // Until the next frame is painted.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    }, run);
    fiveTimes.push(ms);
  }
  const five = median(fiveTimes);
  const kb = texts.map((t) => (Buffer.byteLength(t) / 1000).toFixed(1)).join(', ');
  rows.push([`five articles (${kb} KB) → results on screen (median)`, `${five.toFixed(0)} ms`, `< ${BUDGET_FIVE} ms`, five < BUDGET_FIVE]);
  await context.close();

  // 3. Transferred size with gzip, per file the page loaded.
  let total = 0;
  const sizes = [...files.keys()].sort().map((path) => {
    const file = `www${path.endsWith('/') ? `${path}index.html` : path}`;
    const raw = readFileSync(file);
    const gz = gzipSync(raw, { level: 9 }).length;
    total += gz;
    return [path, raw.length, gz];
  });
  console.log(`\nisnad page budgets (headless Chromium ${browser.version()}, ${RUNS} runs; package exports: ${caps})\n`);
  console.log('files the page loads                 raw bytes    gzip bytes');
  for (const [p, raw, gz] of sizes) console.log(`  ${p.padEnd(34)} ${String(raw).padStart(10)}  ${String(gz).padStart(12)}`);
  console.log(`  ${'total'.padEnd(34)} ${String(sizes.reduce((n, s) => n + s[1], 0)).padStart(10)}  ${String(total).padStart(12)}\n`);
  rows.push(['page transferred size, gzip, total', `${(total / 1024).toFixed(0)} KiB`, `< ${BUDGET_BYTES / 1024} KiB`, total < BUDGET_BYTES]);
  if (process.env.VERBOSE) console.log({ openTimes, fiveTimes });
} finally {
  await browser.close();
  server.stop();
}

const w = Math.max(...rows.map((r) => r[0].length));
console.log(`${'budget'.padEnd(w)}  ${'measured'.padStart(10)}  ${'limit'.padStart(12)}  result`);
for (const [name, v, limit, ok] of rows) console.log(`${name.padEnd(w)}  ${v.padStart(10)}  ${limit.padStart(12)}  ${ok ? 'PASS' : 'FAIL'}`);
process.exitCode = rows.every((r) => r[3]) ? 0 : 1;
