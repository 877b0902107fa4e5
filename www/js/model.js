// The page's view of one analysis: the package's results joined with the articles'
// names and texts. Nothing here invents results; it only indexes what the package
// returned (global entity ids from analyze(), or per-article ids from entities()).

export const TYPES = ['PER', 'LOC', 'ORG', 'MISC', 'DATE', 'QUANTITY'];
export const TYPE_NAMES = {
  PER: 'أشخاص', LOC: 'أماكن', ORG: 'مؤسسات', MISC: 'متفرقات', DATE: 'تواريخ', QUANTITY: 'كميات',
};
export const TYPE_ONE = {
  PER: 'شخص', LOC: 'مكان', ORG: 'مؤسسة', MISC: 'متفرقات', DATE: 'تاريخ', QUANTITY: 'كمية',
};

// Persian letters typed into an Arabic name look alike but are other characters.
const PERSIAN = /[\u06A9\u06AA\u06CC\u06BE\u06C1\u06D5]/u;
export const variantLabel = (v) => (PERSIAN.test(v) ? `${v} (بحروف فارسية)` : v);

export function buildModel(articles, job) {
  const { words = {}, analysis, entitiesOnly, nameKeys = {} } = job;
  const byId = new Map(articles.map((a, i) => [a.id, {
    id: a.id, name: a.name, index: i, text: a.text, words: words[a.id] ?? 0,
    mentions: [], quotes: [], unique: [],
  }]));
  const entities = new Map();
  const model = { articles: [...byId.values()], byId, entities, similarity: null, passages: [], quotes: [], raw: analysis, nameKeys, linked: false, hasEntities: !!(analysis || entitiesOnly) };

  const addEntity = (id, type, canonical, variants) => {
    if (!entities.has(id)) entities.set(id, { id, type, canonical, variants: new Set(variants ?? []), mentions: [], perArticle: new Map() });
    return entities.get(id);
  };
  const addMention = (ent, articleId, start, end) => {
    const art = byId.get(articleId);
    if (!art || !(end > start)) return;
    ent.mentions.push({ article: articleId, start, end });
    ent.perArticle.set(articleId, (ent.perArticle.get(articleId) ?? 0) + 1);
    ent.variants.add(art.text.slice(start, end));
    art.mentions.push({ start, end, id: ent.id, type: ent.type });
  };

  if (analysis) {
    model.linked = true;
    if (Array.isArray(analysis.entities)) {
      for (const e of analysis.entities) {
        const ent = addEntity(e.id, e.type, e.canonical, e.variants);
        for (const m of e.mentions ?? []) addMention(ent, m.article, m.start, m.end);
      }
    }
    for (const ar of analysis.articles ?? []) {
      const art = byId.get(ar.id);
      if (!art) continue;
      // Mentions the corpus list does not have (if any) still come from the article.
      const seen = new Set(art.mentions.map((m) => `${m.start}:${m.end}`));
      for (const e of ar.entities ?? []) {
        if (seen.has(`${e.start}:${e.end}`)) continue;
        addMention(addEntity(e.id, e.type, e.canonical), ar.id, e.start, e.end);
      }
      art.quotes = ar.quotes ?? [];
      art.unique = ar.unique ?? [];
    }
    // The page shows one similarity per pair: `shared` (see render-compare.js).
    if (analysis.similarity?.ids && Array.isArray(analysis.similarity?.shared)) model.similarity = analysis.similarity;
    model.passages = analysis.passages ?? [];
    model.quotes = analysis.quotes ?? [];
  } else if (entitiesOnly) {
    // entities() links within one article only: ids are made per article.
    for (const [articleId, list] of Object.entries(entitiesOnly)) {
      for (const e of list) addMention(addEntity(`${articleId}:${e.id}`, e.type, e.canonical), articleId, e.start, e.end);
    }
  }
  for (const art of model.articles) art.mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  return model;
}

/** A stable shade (0–5) per entity id, so one entity keeps its colour everywhere. */
export function shade(id) {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) { h ^= id.charCodeAt(i); h = Math.imul(h, 16777619); }
  return (h >>> 0) % 6;
}

/** The entities sorted for the table: most mentioned, then by type and name. */
export function entityRows(model) {
  return [...model.entities.values()].sort((a, b) =>
    b.perArticle.size - a.perArticle.size || b.mentions.length - a.mentions.length
    || TYPES.indexOf(a.type) - TYPES.indexOf(b.type) || a.canonical.localeCompare(b.canonical, 'ar'));
}
