// Exports: the whole analysis as JSON; the entity table, the quotes and the shared
// passages as CSV with Arabic headers (UTF-8 with a byte order mark so spreadsheet
// programs read Arabic; cells that a spreadsheet would run as formulas are prefixed
// with an apostrophe).
import { entityRows, TYPE_ONE } from './model.js';
import { kindOf } from './render-compare.js';
import { who } from './render-quotes.js';

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

const csv = (rows) => '\uFEFF' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';

/** The entity table: one row per entity, mentions per article (headers in Arabic). */
export function entityCsv(model) {
  const arts = model.articles;
  const head = ['المعرّف', 'النوع', 'الاسم', 'الصيغ الواردة', ...arts.map((a) => a.name), 'المجموع'];
  const rows = entityRows(model).map((e) => [
    e.id, TYPE_ONE[e.type] ?? e.type, e.canonical, [...e.variants].join(' | '),
    ...arts.map((a) => e.perArticle.get(a.id) ?? 0), e.mentions.length,
  ]);
  return csv([head, ...rows]);
}

/** The quotes: text, speaker, the articles that carry it and how each attributes it. */
export function quotesCsv(model) {
  const head = ['المعرّف', 'الاقتباس', 'القائل', 'المقالات', 'عدد المقالات', 'النسبة في كل مقال', 'النسبة متفقة'];
  const rows = (model.quotes ?? []).map((q, i) => {
    const carriers = (Array.isArray(q.carriers) ? q.carriers : []).filter((c) => model.byId.has(c?.article));
    const names = [...new Set(carriers.map((c) => model.byId.get(c.article).name))];
    const speakers = [...new Set(carriers.map((c) => who(c.speaker)).filter(Boolean))];
    return [
      q.id ?? `q${i + 1}`, String(q.text ?? ''), who(q.speaker) || speakers.join(' / '), names.join(' | '), names.length,
      carriers.map((c) => `${model.byId.get(c.article).name}: ${who(c.speaker) || 'بلا نسبة'}`).join(' | '),
      q.agreed === false ? 'لا' : q.agreed === true ? 'نعم' : '',
    ];
  });
  return csv([head, ...rows]);
}

/**
 * The passages shared by every pair of articles (`pairs`: [{ a, b, passages }] from
 * compare()): both articles, both spans (UTF-16 offsets, as `text.slice` takes them),
 * the kind in Arabic and the score, and the passage's words in each article.
 */
export function passagesCsv(pairs) {
  const head = ['المقال الأول', 'البداية في الأول', 'النهاية في الأول', 'المقال الثاني', 'البداية في الثاني', 'النهاية في الثاني', 'النوع', 'الدرجة', 'النص في الأول', 'النص في الثاني'];
  const rows = [];
  for (const { a, b, passages } of pairs) {
    for (const p of passages) {
      if (!p?.a || !p?.b) continue;
      rows.push([
        a.name, p.a.start, p.a.end, b.name, p.b.start, p.b.end, kindOf(p.kind).label,
        typeof p.score === 'number' ? p.score.toFixed(3) : '',
        a.text.slice(p.a.start, p.a.end), b.text.slice(p.b.start, p.b.end),
      ]);
    }
  }
  return csv([head, ...rows]);
}
