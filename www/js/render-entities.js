// The entities view: each article with its entity highlights (legend and type
// filters), a short tip on hover or focus and the details on click, tap or Enter, the
// entity table, and marking every mention of one entity in every article.
// Each article's text is one Tab stop: the arrow keys move between its highlights.
import { h, $, fmt, count } from './dom.js';
import { renderAnnotated } from './highlight.js';
import { TYPES, TYPE_NAMES, TYPE_ONE, shade, entityRows, variantLabel } from './model.js';
import { initRoving } from './roving.js';
import { land } from './land.js';
import { initDetails, openDetails, closeDetails, refreshDetails } from './details.js';
import { kindOf } from './render-compare.js';

const hiddenTypes = new Set();
let selected = null;
let current = null;
let place = null; // { article, start, end, label, back } to mark (from quotes and unique views)
const MENTIONS = ['ذكر واحد', 'ذكران', 'مرات ذكر', 'ذكرًا'];
const ARTICLES = ['مقال واحد', 'مقالان', 'مقالات', 'مقالًا'];
// A highlight's first piece (a span crossing another is cut into pieces).
export const MARK = 'mark[data-entity-id]:not([data-part="cont"])';

export function entityAnnotations(art) {
  return art.mentions.map((m) => ({
    start: m.start, end: m.end, layer: 5, tag: 'mark',
    className: `ent t-${m.type} sh-${shade(m.id)}`,
    attrs: { 'data-entity-type': m.type, 'data-entity-id': m.id, tabindex: '-1' },
  }));
}

const typeHidden = (el) => hiddenTypes.has(el.dataset.entityType);
const mentionOf = (id) => `mark[data-entity-id="${CSS.escape(id)}"]:not([data-part="cont"])`;

function renderLegend(model) {
  const counts = Object.fromEntries(TYPES.map((t) => [t, 0]));
  for (const e of model?.entities.values() ?? []) counts[e.type] = (counts[e.type] ?? 0) + 1;
  const legend = $('legend');
  legend.replaceChildren(legend.querySelector('legend') ?? h('legend', {}, 'أنواع الكيانات'), ...TYPES.map((t) => h('label', { class: 'legend-item' },
    h('input', {
      type: 'checkbox', checked: !hiddenTypes.has(t), dataset: { type: t },
      onchange: (e) => { e.target.checked ? hiddenTypes.delete(t) : hiddenTypes.add(t); applyFilters(); },
    }),
    h('span', { class: `swatch ent t-${t} sh-2`, 'aria-hidden': 'true' }, TYPE_ONE[t]),
    ` ${TYPE_NAMES[t]} `, h('span', { class: 'count', dir: 'ltr' }, `${t} · ${fmt(counts[t])}`),
  )));
}

// For matching typed text: no diacritics or tatweel, one alef, ى/ي, ة/ه, Persian ک ی.
const fold = (t) => t.normalize('NFC').replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآٱ]/g, 'ا')
  .replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/ک/g, 'ك').replace(/ی/g, 'ي').toLowerCase();

function applyFilters() {
  const view = $('view-read');
  for (const t of TYPES) view.classList.toggle(`hide-${t}`, hiddenTypes.has(t));
  // A hidden type's highlights leave the arrow-key order (and the Tab stop moves on).
  for (const box of $('read-articles').querySelectorAll('.article-text')) {
    const stop = box.querySelector(`${MARK}[tabindex="0"]`);
    if (!stop || typeHidden(stop)) initRoving(box, MARK, typeHidden);
  }
  const q = fold($('entity-filter').value.trim());
  for (const row of $('entity-table').querySelectorAll('tbody tr')) {
    const ent = current?.entities.get(row.dataset.rowEntity);
    const text = ent ? fold([ent.canonical, ...ent.variants].join(' ')) : '';
    row.hidden = hiddenTypes.has(row.dataset.rowType) || (q !== '' && !text.includes(q));
  }
}

export function renderEntities(model) {
  current = model;
  renderLegend(model);
  const grid = $('read-articles');
  if (!model) {
    grid.replaceChildren(h('p', { class: 'empty' }, 'لا شيء لعرضه بعد: الصق تقريرين أو أكثر عن حدث واحد في خانات المقالات، أو اختر «تحميل المثال».'));
    $('entity-table').replaceChildren();
    return;
  }
  grid.dataset.cards = '';
  grid.classList.remove('laid-out-all');
  grid.replaceChildren(...model.articles.map((art) => {
    const text = h('div', { class: 'text article-text', dir: 'rtl', lang: 'ar', dataset: { articleId: art.id }, 'aria-label': `نص ${art.name}` });
    const anns = entityAnnotations(art);
    if ($('show-shared').checked) {
      for (const [k, c] of model.passages.entries()) {
        const pid = c.id ?? `p${k + 1}`;
        const others = c.members.filter((m) => m.article !== art.id).map((m) => model.byId.get(m.article)?.name).filter(Boolean);
        for (const m of c.members) {
          if (m.article !== art.id) continue;
          const kind = m.kind ?? c.kind;
          anns.push({ start: m.start, end: m.end, layer: 2, tag: 'span', className: 'shared', attrs: { 'data-passage-id': pid, title: `${kind ? `${kindOf(kind).label}: ` : ''}مشترك مع ${[...new Set(others)].join('، ')}` } });
        }
      }
    }
    if (place?.article === art.id) {
      anns.push({ start: place.start, end: place.end, layer: 1, tag: 'mark', className: 'place', attrs: { tabindex: '-1', id: 'place', 'aria-label': place.label ?? null } });
    }
    renderAnnotated(text, art.text, anns);
    initRoving(text, MARK, typeHidden);
    const n = new Set(art.mentions.map((m) => m.id)).size;
    return h('article', { class: 'read-card', 'aria-labelledby': `read-h-${art.id}` },
      h('h3', { id: `read-h-${art.id}` }, art.name),
      h('p', { class: 'note' }, `${count(art.words, ['كلمة واحدة', 'كلمتان', 'كلمات', 'كلمة'])} · ${count(n, ['كيان واحد', 'كيانان', 'كيانات', 'كيانًا'])} · ${count(art.mentions.length, MENTIONS)}`),
      text);
  }));
  if (!model.hasEntities) {
    grid.prepend(h('p', { class: 'note warn' }, 'التعرف على الكيانات غير متاح في هذه النسخة من الحزمة (تنتظر الدالة entities أو analyze): تظهر النصوص بلا تعليم.'));
  } else if (!model.linked && model.entities.size) {
    grid.prepend(h('p', { class: 'note warn' }, 'ربط الكيانات بين المقالات غير متاح في هذه النسخة من الحزمة: الألوان والمعرّفات تخص كل مقال على حدة.'));
  }
  renderTable(model);
  applyFilters();
  if (selected && !model.entities.has(selected)) selected = null;
  select(selected);
  refreshDetails(model);
  renderPlaceBar();
}

function renderTable(model) {
  const table = $('entity-table');
  const rows = entityRows(model);
  const arts = model.articles;
  table.replaceChildren(
    h('caption', { class: 'visually-hidden' }, 'الكيانات وعدد مرات ذكر كل منها في كل مقال'),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, 'الكيان'), h('th', { scope: 'col' }, 'النوع'), h('th', { scope: 'col' }, 'الصيغ الواردة'),
      arts.map((a) => h('th', { scope: 'col', class: 'num' }, a.name)),
      h('th', { scope: 'col', class: 'num' }, 'المجموع'))),
    h('tbody', {}, rows.map((e) => h('tr', { dataset: { rowEntity: e.id, rowType: e.type } },
      h('th', { scope: 'row' }, h('button', {
        type: 'button', class: `ent-button ent t-${e.type} sh-${shade(e.id)}`, 'aria-pressed': 'false',
        dataset: { selectEntity: e.id }, onclick: () => select(selected === e.id ? null : e.id),
      }, e.canonical)),
      h('td', {}, `${TYPE_ONE[e.type] ?? e.type} `, h('span', { class: 'code', dir: 'ltr' }, e.type)),
      h('td', { class: 'variants' }, [...e.variants].map(variantLabel).join('، ')),
      arts.map((a) => h('td', { class: 'num' }, e.perArticle.get(a.id) ? fmt(e.perArticle.get(a.id)) : h('span', { class: 'none', 'aria-label': 'لا ذكر' }, '–'))),
      h('td', { class: 'num' }, fmt(e.mentions.length)),
    ))),
  );
  if (!rows.length) table.tBodies[0].append(h('tr', {}, h('td', { colspan: arts.length + 4 }, model.hasEntities ? 'لم يُعثر على كيانات.' : 'التعرف على الكيانات غير متاح في هذه النسخة من الحزمة.')));
}

// The note of what is marked sits in a bar that stays at the top of the screen while
// the articles scroll under it, with buttons to the previous and next mention.
export function select(id) {
  selected = id;
  applySelection();
  const ent = id && current?.entities.get(id);
  $('selection-bar').hidden = !ent;
  $('selection-note').textContent = ent ? `معلَّم: «${ent.canonical}»، ${count(ent.mentions.length, MENTIONS)} ${where(ent)}. Esc لإلغاء التعليم.` : '';
  refreshDetails(current);
}

// "in every article (5)", "in one article of 5", "in 3 of 5 articles".
function where(ent) {
  const n = ent.perArticle.size, all = current.articles.length;
  if (all === 1) return 'في المقال';
  if (n === all) return `في كل المقالات (${fmt(n)})`;
  if (n === 1) return `في مقال واحد من ${count(all, ARTICLES)}`;
  return `في ${fmt(n)} من ${count(all, ARTICLES)}`;
}

/** Marks every mention of entity `id` and goes to the first one. */
export function showEntity(id) {
  select(id);
  return goToMention(id);
}

/** Goes to the next (dir 1) or previous (-1) mention of the marked entity, wrapping. */
function stepMention(dir) {
  if (!selected) return;
  const marks = [...document.querySelectorAll(`#read-articles ${mentionOf(selected)}`)];
  if (!marks.length) return;
  const i = marks.indexOf(document.activeElement);
  const j = i < 0 ? (dir > 0 ? 0 : marks.length - 1) : (i + dir + marks.length) % marks.length;
  land(marks[j]);
}

/** Lands on the first mention of entity `id` (in `article` if given). */
export function goToMention(id, article = null) {
  const scope = article ? `#read-articles .article-text[data-article-id="${CSS.escape(article)}"]` : '#read-articles';
  return land(document.querySelector(`${scope} ${mentionOf(id)}`));
}

function applySelection() {
  for (const el of document.querySelectorAll('.ent.selected')) el.classList.remove('selected');
  for (const b of document.querySelectorAll('[data-select-entity]')) b.setAttribute('aria-pressed', String(b.dataset.selectEntity === selected));
  if (!selected) return;
  for (const el of document.querySelectorAll(`[data-entity-id="${CSS.escape(selected)}"]`)) el.classList.add('selected');
}

export function clearPlace() { place = null; renderPlaceBar(); }

function renderPlaceBar() {
  $('place-bar').hidden = !place;
  if (!place) return;
  $('place-note').textContent = place.note ?? '';
  $('place-back').hidden = !place.back;
  if (place.back) $('place-back').textContent = place.back.label;
}

/** Marks a range of an article, scrolls it into view after layout and focuses it. */
export function showPlace(p, back = null) {
  place = { ...p, back };
  if (!current) return Promise.resolve(false);
  renderEntities(current);
  return land(document.getElementById('place'));
}


// Details on hover and focus, in one tooltip element.
function showTip(el) {
  const ent = current?.entities.get(el.dataset.entityId);
  const tip = $('tip');
  if (!ent) { tip.hidden = true; return; }
  const arts = [...ent.perArticle.keys()].map((id) => current.byId.get(id)?.name).filter(Boolean);
  tip.replaceChildren(
    h('strong', { dir: 'rtl', lang: 'ar' }, ent.canonical),
    h('div', {}, `${TYPE_ONE[ent.type] ?? ent.type} `, h('span', { class: 'code', dir: 'ltr' }, ent.type)),
    h('div', {}, 'الصيغ: ', h('span', { dir: 'rtl', lang: 'ar' }, [...ent.variants].map(variantLabel).join('، '))),
    h('div', {}, `${count(ent.mentions.length, ['ذكر واحد', 'ذكران', 'مرات ذكر', 'ذكرًا'])} في: ${arts.join('، ')}`),
  );
  tip.hidden = false;
  const r = el.getBoundingClientRect();
  const tw = tip.offsetWidth, th = tip.offsetHeight;
  let left = r.right - tw;
  left = Math.max(8, Math.min(left, document.documentElement.clientWidth - tw - 8));
  let top = r.bottom + 6;
  if (top + th > window.innerHeight - 8) top = r.top - th - 6;
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${top + window.scrollY}px`;
  el.setAttribute('aria-describedby', 'tip');
}

function hideTip(el) {
  $('tip').hidden = true;
  el?.removeAttribute('aria-describedby');
}

export function initEntityEvents() {
  $('entity-filter').addEventListener('input', applyFilters);
  $('show-shared').addEventListener('change', () => current && renderEntities(current));
  const grid = $('read-articles');
  const lightShared = (e, on) => {
    const el = e.target.closest?.('.shared[data-passage-id]');
    if (!el || (!on && el.contains(e.relatedTarget))) return;
    for (const s of grid.querySelectorAll(`.shared[data-passage-id="${CSS.escape(el.dataset.passageId)}"]`)) s.classList.toggle('lit', on);
  };
  grid.addEventListener('mouseover', (e) => lightShared(e, true));
  grid.addEventListener('mouseout', (e) => lightShared(e, false));
  const isEnt = (t) => t?.closest?.('[data-entity-id]');
  document.addEventListener('mouseover', (e) => { const el = isEnt(e.target); if (el && !el.closest('#entity-table')) showTip(el); });
  document.addEventListener('mouseout', (e) => { const el = isEnt(e.target); if (el && !el.contains(e.relatedTarget)) hideTip(el); });
  document.addEventListener('focusin', (e) => { const el = isEnt(e.target); if (el && el.matches('mark') && $('entity-details').hidden) showTip(el); else $('tip').hidden = true; });
  // A click or tap (or Enter) on a highlight opens its details.
  grid.addEventListener('click', (e) => {
    const el = e.target.closest?.('mark[data-entity-id]');
    if (!el || typeHidden(el)) return;
    hideTip(el);
    openDetails(el.dataset.entityId, el);
  });
  grid.addEventListener('keydown', (e) => {
    const el = e.target.closest?.('mark[data-entity-id]');
    if (el && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); hideTip(el); openDetails(el.dataset.entityId, el); }
  });
  document.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    $('tip').hidden = true;
    if (!$('entity-details').hidden) { closeDetails(); return; }
    if (selected && !e.target.closest?.('input, select, textarea')) select(null);
  });
  $('sel-prev').addEventListener('click', () => stepMention(-1));
  $('sel-next').addEventListener('click', () => stepMention(1));
  $('sel-clear').addEventListener('click', () => select(null));
  $('place-back').addEventListener('click', () => place?.back?.go());
  initDetails({
    model: () => current,
    selected: () => selected,
    select,
    goToMention,
  });
}
