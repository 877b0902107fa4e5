// A worker of the page's own: imports isnad and awaits `ready` in its handler, so a
// message sent right after the worker is created is answered.
import { ready, normalize } from 'isnad';

self.onmessage = async (e) => {
  try {
    await ready;
    self.postMessage(normalize(e.data).text);
  } catch (err) {
    self.postMessage(`error: ${err.message}`);
  }
};
