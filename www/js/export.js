// Exports: the whole analysis as JSON, the entity table as CSV (UTF-8 with a byte
// order mark so spreadsheet programs read Arabic; cells that a spreadsheet would run
// as formulas are prefixed with an apostrophe).
import { entityRows } from './model.js';

export function analysisJson(model, version) {
  return JSON.stringify({
    tool: 'isnad', version, exportedAt: new Date().toISOString(), offsets: 'UTF-16 code units',
    articles: model.articles.map((a) => ({ id: a.id, name: a.name, text: a.text, words: a.words })),
    analysis: model.raw ?? null,
    ...(model.raw ? {} : {
      entities: entityRows(model).map((e) => ({ id: e.id, type: e.type, canonical: e.canonical, variants: [...e.variants], mentions: e.mentions })),
    }),
  }, null, 2);
}

const cell = (v) => {
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function entityCsv(model) {
  const arts = model.articles;
  const head = ['id', 'type', 'canonical', 'variants', ...arts.map((a) => a.name), 'total'];
  const rows = entityRows(model).map((e) => [
    e.id, e.type, e.canonical, [...e.variants].join(' | '),
    ...arts.map((a) => e.perArticle.get(a.id) ?? 0), e.mentions.length,
  ]);
  return '\uFEFF' + [head, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
