// Shared set-up for end-to-end tests: serve www/ on a free loopback port, drive
// Debian's Chromium through playwright-core, record console errors and every request
// that leaves the page's origin.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-dev-shm-usage'];

export async function startServer() {
  const port = 20000 + Math.floor(Math.random() * 20000);
  const proc = spawn(process.execPath, ['tools/serve.mjs', 'www', '127.0.0.1', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await once(proc.stdout, 'data');
  return { url: `http://127.0.0.1:${port}/`, stop: () => proc.kill() };
}

export async function openPage(url, { width = 1280, height = 900 } = {}) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS, headless: true });
  const page = await browser.newPage({ viewport: { width, height } });
  const errors = [];
  const foreign = [];
  const origin = new URL(url).origin;
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  await page.goto(url);
  return { browser, page, errors, foreign };
}

export function screenshotPath(name) {
  mkdirSync('target/screenshots', { recursive: true });
  return `target/screenshots/${name}.png`;
}
