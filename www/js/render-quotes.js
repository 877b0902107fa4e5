// The quotes panel (every quotation, who said it, which articles carry it and how
// they attribute it) and, per article, the sentences no other article has.
import { h, $, fmt, pct, count } from './dom.js';

// A speaker as a name, whether the package gives a string or an object.
const who = (s) => (s == null ? '' : typeof s === 'string' ? s : String(s.name ?? s.title ?? s.text ?? ''));
export { who };

// The entity a speaker is: the package's entityId, else a person or body whose name
// key is the speaker's, or whose name key ends the speaker's (a title before a name).
function speakerEntity(model, q) {
  if (q.entityId && model.entities.has(q.entityId)) return model.entities.get(q.entityId);
  const key = model.nameKeys[who(q.speaker)];
  if (!key) return null;
  let best = null;
  for (const e of model.entities.values()) {
    if (e.type !== 'PER' && e.type !== 'ORG') continue;
    const k = model.nameKeys[e.canonical];
    if (!k) continue;
    if (k === key) return e;
    if (key.endsWith(` ${k}`) && (!best || k.length > model.nameKeys[best.canonical].length)) best = e;
  }
  return best;
}

export function renderQuotes(model, { goTo, goToEntity }) {
  const list = $('quotes');
  if (!model) { list.replaceChildren(); return; }
  if (!model.raw) {
    list.replaceChildren(h('li', { class: 'note' }, 'الاقتباسات غير متاحة في هذه النسخة من الحزمة (تنتظر الدالة analyze).'));
    return;
  }
  if (!model.quotes.length) { list.replaceChildren(h('li', { class: 'note' }, 'لم يُعثر على اقتباسات مباشرة.')); return; }
  list.replaceChildren(...model.quotes.map((q, i) => {
    const carriers = (Array.isArray(q.carriers) ? q.carriers : []).filter((c) => c && model.byId.has(c.article));
    const qid = q.id ?? `q${i + 1}`;
    const speakers = new Set(carriers.map((c) => who(c.speaker)).filter(Boolean).map((n) => model.nameKeys[n] ?? n));
    const arts = new Set(carriers.map((c) => c.article));
    // The cluster's speaker, else the names its carriers give.
    const main = who(q.speaker) || [...new Set(carriers.map((c) => who(c.speaker)).filter(Boolean))].join(' / ');
    return h('li', { class: 'quote', dataset: { quoteId: qid, testid: 'quote' } },
      h('blockquote', { dir: 'rtl', lang: 'ar' }, String(q.text ?? '')),
      h('p', { class: 'speaker' }, main ? ['القائل: ', h('strong', { dir: 'rtl', lang: 'ar', dataset: { testid: 'quote-speaker' } }, main)] : h('span', { class: 'warn' }, 'بلا نسبة إلى قائل'),
        ((ent) => ent && h('button', {
          type: 'button', class: `link speaker-entity`, dataset: { entity: ent.id },
          onclick: () => goToEntity(ent.id),
        }, `علّم كل ذكر لـ«${ent.canonical}»`))(speakerEntity(model, q)),
        (q.agreed === false || (q.agreed === undefined && speakers.size > 1)) ? h('span', { class: 'warn', dataset: { testid: 'attribution-differs' } }, ' · تختلف النسبة بين المقالات') : null),
      h('p', { class: 'note' }, arts.size > 1 ? `ورد في ${fmt(arts.size)} من ${count(model.articles.length, ['مقال واحد', 'مقالان', 'مقالات', 'مقالًا'])}:` : 'انفرد به مقال واحد:'),
      // Each carrier with the speaker as that article gives it.
      h('ul', { class: 'carriers' }, carriers.map((c) => {
        const art = model.byId.get(c.article);
        const speaker = who(c.speaker);
        const cue = typeof c.cue === 'string' ? c.cue : who(c.cue);
        return h('li', {}, h('button', {
          type: 'button', class: 'link', dataset: { article: c.article, start: c.start, end: c.end, testid: 'quote-goto' },
          'aria-label': `اذهب إلى الاقتباس في ${art.name}`,
          onclick: () => goTo({ article: c.article, start: c.start, end: c.end, label: `الاقتباس في ${art.name}`, note: `الاقتباس معلَّم في «${art.name}».` },
            { tab: 'tab-quotes', label: 'عودة إلى الاقتباسات', focus: () => list.querySelector(`[data-quote-id="${CSS.escape(qid)}"] [data-article="${CSS.escape(c.article)}"]`)?.focus() }),
        }, art.name), speaker
          ? h('span', { class: 'note' }, ' — ', cue ? `«${cue}» ` : 'ينسبه إلى ', h('span', { class: 'carrier-speaker', dir: 'rtl', lang: 'ar' }, speaker),
            // When the package links this carrier's speaker to an entity (and it is not the quote's own).
            ((id) => id && id !== speakerEntity(model, q)?.id && model.entities.has(id) && h('button', {
              type: 'button', class: 'link speaker-entity', dataset: { entity: id }, onclick: () => goToEntity(id),
            }, `علّم كل ذكر لـ«${model.entities.get(id).canonical}»`))(c.entityId ?? c.speaker?.entityId))
          : h('span', { class: 'note' }, ' — بلا نسبة إلى قائل'));
      })),
    );
  }));
}

export function renderUnique(model, { goTo }) {
  const box = $('unique');
  if (!model) { box.replaceChildren(); return; }
  if (!model.raw) {
    box.replaceChildren(h('p', { class: 'note' }, 'هذا العرض غير متاح في هذه النسخة من الحزمة (تنتظر الدالة analyze).'));
    return;
  }
  box.replaceChildren(...model.articles.map((art) => {
    const spans = art.unique ?? [];
    const chars = spans.reduce((n, s) => n + (s.end - s.start), 0);
    return h('section', { class: 'unique-card', 'aria-labelledby': `uniq-h-${art.id}`, dataset: { article: art.id } },
      h('h4', { id: `uniq-h-${art.id}` }, art.name),
      h('p', { class: 'note' }, spans.length
        ? `${count(spans.length, ['جملة واحدة', 'جملتان', 'جمل', 'جملة'])} لا ترد في غيره (${pct(chars / Math.max(1, art.text.length))} من نصه)`
        : 'لا شيء: كل ما فيه ورد في مقال آخر.'),
      h('ul', {}, spans.map((s, k) => h('li', {}, h('button', {
        type: 'button', class: 'link sentence', dir: 'rtl', lang: 'ar', dataset: { testid: 'unique-goto', k },
        onclick: () => goTo({ article: art.id, start: s.start, end: s.end, label: `جملة انفرد بها ${art.name}`, note: `الجملة معلَّمة في «${art.name}».` },
          { tab: 'tab-unique', label: 'عودة إلى ما انفرد به كل مقال', focus: () => box.querySelector(`[data-article="${CSS.escape(art.id)}"] [data-k="${k}"]`)?.focus() }),
      }, art.text.slice(s.start, s.end).trim())))),
    );
  }));
}
