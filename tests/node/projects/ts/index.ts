// A Node-only TypeScript project (no DOM types, libraries checked) using every entry.
import { ready, normalize, tokenize, nameKey, entities, compare, diff, quotes, analyze, version } from 'isnad';
import type { Entity, Token, Normalized, Analysis, Quote, DiffOp, Comparison, EntityType } from 'isnad';
import { init, ready as initReady } from 'isnad/init';
import { createWorker, type IsnadWorker } from 'isnad/worker';
import { readFileSync } from 'node:fs';

await ready;
const n: Normalized = normalize('قالَ', { preset: 'display', foldAlef: true });
const starts: Uint32Array = n.starts;
const tokens: Token[] = tokenize(n.text);
const key: string = nameKey('شويغو');
const types: EntityType[] = ['PER', 'LOC'];
const found: Entity[] = entities('قال', { types, minScore: 0.5 });
const c: Comparison = compare('a', 'b', { diffLevel: 'nameKey', passages: false });
const ops: DiffOp[] = diff('a', 'b', { level: 'exact' });
const q: Quote[] = quotes('قال: «نعم»');
const a: Analysis = analyze([{ id: 'a', text: 'x' }]);
const v: string = version();
// @ts-expect-error: not a preset
normalize('x', { preset: 'fast' });
// @ts-expect-error: not an option
entities('x', { minscore: 1 });

await init({ bytes: readFileSync(new URL(import.meta.resolve('isnad/isnad_bg.wasm'))) });
await init({ url: new URL('https://example.org/isnad_bg.wasm') });
await initReady;
// @ts-expect-error: one source only
await init({});

declare const w: IsnadWorker;
const later: Promise<Entity[]> = w.entities('قال');
const made: IsnadWorker = createWorker({ url: 'worker-script.js' });

export { starts, tokens, key, found, c, ops, q, a, v, later, made };
