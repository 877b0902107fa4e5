// Opens each built scratch page (Vite, esbuild, webpack) in headless Chromium and checks
// what window.isnadResult says: the main thread answered after `ready`, a call before
// `ready` threw the documented Error, the page's own worker answered a message sent
// right after its creation, and so did the package's worker API.
// usage: node tests/node/browser.mjs NAME=DIST_DIR|URL...
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json' };

function serve(dir) {
  const base = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      let file = resolve(join(base, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
      if (file !== base && !file.startsWith(base + sep)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('not found');
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true });
let failed = 0;
try {
  for (const arg of process.argv.slice(2)) {
    const [name, dir] = arg.split('=');
    const server = /^https?:/.test(dir) ? null : await serve(dir);
    const url = server ? `http://127.0.0.1:${server.address().port}/` : dir;
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(url);
      const handle = await page.waitForFunction(() => window.isnadResult, null, { timeout: 60_000 });
      const r = await handle.jsonValue();
      assert.match(r.early, /before the WebAssembly module finished loading; await `ready`/);
      assert.equal(r.main, 'قال');
      assert.deepEqual(r.lone, ['قال \uFFFD', 5], 'a lone surrogate reads as U+FFFD, offsets kept');
      assert.match(r.version, /^\d+\.\d+\.\d+/);
      assert.equal(r.worker, 'احمد', 'the page\'s own worker');
      assert.equal(r.packageWorker, 'احسان', 'isnad/worker');
      assert.deepEqual(errors, []);
      console.log(`ok ${name}: page, its worker and isnad/worker answered (${JSON.stringify(r)})`);
    } catch (e) {
      failed++;
      console.error(`FAIL ${name}: ${e.message}${errors.length ? `\npage errors: ${errors.join('; ')}` : ''}`);
    } finally {
      await page.close();
      server?.close();
    }
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
