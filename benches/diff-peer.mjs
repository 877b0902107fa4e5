// Runs one peer diff on {a, b} from stdin and prints its time and edit boundaries.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { a, b } = JSON.parse(readFileSync(0, 'utf8'));
const name = process.argv[2];
const cutsA = [], cutsB = [];
let ms;
if (name === 'jsdiff') {
  const { diffWords } = await import('diff');
  const intlSegmenter = new Intl.Segmenter('ar', { granularity: 'word' });
  const t = performance.now();
  const parts = diffWords(a, b, { intlSegmenter });
  ms = performance.now() - t;
  let i = 0, j = 0;
  for (const p of parts) {
    const n = p.value.length;
    if (p.added) { cutsB.push(j, j + n); j += n; } else if (p.removed) { cutsA.push(i, i + n); i += n; } else { i += n; j += n; }
  }
} else {
  const DMP = require('diff-match-patch');
  const dmp = new DMP();
  const t = performance.now();
  const d = dmp.diff_main(a, b);
  dmp.diff_cleanupSemantic(d);
  ms = performance.now() - t;
  let i = 0, j = 0;
  for (const [op, s] of d) {
    const n = s.length;
    if (op === 1) { cutsB.push(j, j + n); j += n; } else if (op === -1) { cutsA.push(i, i + n); i += n; } else { i += n; j += n; }
  }
}
process.stdout.write(JSON.stringify({ ms, cutsA, cutsB }));
