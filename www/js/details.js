// An entity's details, opened by a click, a tap or Enter on one of its highlights: the
// name it is known by, its type, the spellings the articles use, the articles that
// mention it (each a way to its first mention there) and a button to mark every
// mention. A panel at the bottom of the screen (a sheet on phones); Escape or × closes
// it and gives the focus back to the highlight it came from.
import { h, $, fmt, count } from './dom.js';
import { TYPE_ONE, variantLabel } from './model.js';

const MENTIONS = ['ذكر واحد', 'ذكران', 'مرات ذكر', 'ذكرًا'];

let api = null;
let open = null; // entity id shown
let origin = null; // the highlight it was opened from

export function initDetails(callbacks) {
  api = callbacks;
  $('details-close').addEventListener('click', () => closeDetails());
  $('details-mark').addEventListener('click', () => {
    if (!open) return;
    api.select(api.selected() === open ? null : open);
  });
}

export function openDetails(id, from = null) {
  const model = api?.model();
  if (!model?.entities.has(id)) return;
  open = id;
  origin = from;
  render(model);
  $('entity-details').hidden = false;
  $('details-name').focus({ preventScroll: true });
  // On a phone the panel covers the lower half: the highlight tapped moves above it.
  if (from) {
    const r = from.getBoundingClientRect(), panel = $('entity-details').getBoundingClientRect();
    if (r.bottom > panel.top - 8 && r.left < panel.right && r.right > panel.left) window.scrollBy(0, r.bottom - panel.top + 24);
  }
}

function hide() {
  $('entity-details').hidden = true;
  open = null; origin = null;
}

export function closeDetails() {
  if ($('entity-details').hidden) return;
  const back = origin;
  hide();
  if (back?.isConnected) back.focus({ preventScroll: true });
}

/** After a new analysis or a change of what is marked. */
export function refreshDetails(model) {
  if (!open) return;
  if (!model?.entities.has(open)) { hide(); return; }
  render(model);
}

function render(model) {
  const ent = model.entities.get(open);
  $('details-name').textContent = ent.canonical;
  $('details-type').replaceChildren(`${TYPE_ONE[ent.type] ?? ent.type} · ${count(ent.mentions.length, MENTIONS)} في ${count(ent.perArticle.size, ['مقال واحد', 'مقالين', 'مقالات', 'مقالًا'])}`);
  $('details-variants').replaceChildren(...[...ent.variants].map((v) => h('li', {}, variantLabel(v))));
  $('details-articles').replaceChildren(...model.articles.filter((a) => ent.perArticle.has(a.id)).map((a) => h('li', {},
    h('button', {
      type: 'button', class: 'link', dataset: { article: a.id },
      onclick: () => { const id = open; api.select(id); hide(); api.goToMention(id, a.id); },
    }, a.name),
    h('span', { class: 'note' }, ` (${count(ent.perArticle.get(a.id), MENTIONS)})`))));
  const on = api.selected() === open;
  const mark = $('details-mark');
  mark.setAttribute('aria-pressed', String(on));
  mark.textContent = on ? 'إلغاء تعليم مواضع ذكره' : `علّم كل مواضع ذكره (${fmt(ent.mentions.length)})`;
}
