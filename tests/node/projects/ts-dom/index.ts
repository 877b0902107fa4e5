// A browser TypeScript project (DOM types, bundler resolution): a DOM Worker, URL and
// WebAssembly.Module fit what isnad/worker and isnad/init accept.
import { ready, normalize } from 'isnad';
import { createWorker, type IsnadWorker } from 'isnad/worker';
import { init } from 'isnad/init';

await ready;
const text: string = normalize('قال').text;
const own: IsnadWorker = createWorker({ worker: new Worker(new URL('./worker-script.js', import.meta.url), { type: 'module' }) });
const byUrl: IsnadWorker = createWorker({ url: new URL('./worker-script.js', import.meta.url) });
const n: Promise<string> = own.normalize('x').then((r) => r.text);
declare const compiled: WebAssembly.Module;
await init({ module: compiled });
await init({ url: new URL('https://example.org/isnad_bg.wasm') });
export { text, byUrl, n };
