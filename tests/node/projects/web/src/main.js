// A page as a developer writes it: the main thread awaits `ready`; a worker of its own
// imports isnad and is messaged right after it is created; the package's worker API is
// called right after it is created. The results land in window.isnadResult.
import { ready, normalize, version } from 'isnad';
import { createWorker } from 'isnad/worker';

const result = {};
const done = () => { if (['main', 'worker', 'packageWorker'].every((k) => k in result)) window.isnadResult = result; };
const fail = (where) => (e) => { result[where] = `error: ${e && e.message ? e.message : e}`; done(); };

try {
  normalize('x');
  result.early = 'no error';
} catch (e) {
  result.early = e.message;
}

ready.then(() => {
  result.main = normalize('قالَ').text;
  // A text cut inside an emoji: browsers pass strings as UTF-8, where the lone half
  // becomes U+FFFD (Node copies UTF-16; tests/node/input.test.mjs checks that path).
  const cut = normalize('قال \uD83D', { preset: 'none' });
  result.lone = [cut.text, cut.starts.length];
  result.version = version();
  done();
}, fail('main'));

const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
worker.addEventListener('message', (e) => { result.worker = e.data; done(); });
worker.addEventListener('error', fail('worker'));
worker.postMessage('أحمد');

const isnad = createWorker();
isnad.normalize('إحسان').then((r) => { result.packageWorker = r.text; done(); }, fail('packageWorker'));
