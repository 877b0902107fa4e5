// The comparison view: the similarity matrix as a heat map, two articles side by side
// with their shared passages linked, and a word diff of the two.
import { h, $, pct, fmt, count } from './dom.js';
import { renderAnnotated } from './highlight.js';
import { initRoving } from './roving.js';

// What each kind of shared passage is, as evidence (what the words show), not a
// verdict on who copied whom. Kinds the page does not know yet get the generic label.
export const KIND = {
  verbatim: { label: 'نص مطابق', note: 'الكلمات نفسها بترتيبها' },
  edited: { label: 'منقول مع تعديل', note: 'الكلمات نفسها في أغلبها، مع تغيير بعضها أو إضافته أو حذفه' },
  reworded: { label: 'صياغة معدلة', note: 'الجملة نفسها مع استبدال عدة كلمات' },
  reordered: { label: 'ترتيب مختلف', note: 'الكلمات نفسها في أغلبها بترتيب آخر' },
  paraphrase: { label: 'صياغة معدلة', note: 'المعنى نفسه بكلمات مشتركة أقل' },
};
const OTHER_KIND = { label: 'مقطع مشترك', note: 'كلمات مشتركة بين المقالين' };
export const kindOf = (k) => (Object.hasOwn(KIND, k) ? KIND[k] : OTHER_KIND);
// A class name from a kind the package sends (letters and dashes only).
const kindClass = (k) => `k-${String(k ?? 'shared').replace(/[^a-z-]/gi, '') || 'shared'}`;
let model = null, engine = null, caps = {};
let pair = { a: null, b: null, mode: 'side', level: 'search' };
// The one similarity of a pair, defined once (the package's `similarity.shared`, the
// same number in analyze's matrix and in compare): the share of the words of both
// articles that lie inside a passage they share. Subjects alone never raise it.
export const SHARED_NOTE = 'النص المشترك: نسبة كلمات المقالين الواقعة في مقاطع منقولة بينهما، من 0 (لا نقل، مهما تقارب الموضوع) إلى 100 (كلاهما منقول كله).';
let seq = 0;

export function initCompare(e, c) {
  engine = e; caps = c;
  $('pair-a').addEventListener('change', (ev) => { pair.a = ev.target.value; renderPair(); });
  $('pair-b').addEventListener('change', (ev) => { pair.b = ev.target.value; renderPair(); });
  $('diff-level').addEventListener('change', (ev) => { pair.level = ev.target.value; renderPair(); });
  for (const r of document.querySelectorAll('input[name="pair-mode"]')) {
    r.addEventListener('change', () => { pair.mode = r.value; renderPair(); });
  }
  const side = $('side-by-side');
  const light = (el, on) => {
    const id = el.dataset.passageId;
    for (const m of side.querySelectorAll(`[data-passage-id="${CSS.escape(id)}"]`)) m.classList.toggle('lit', on);
    if (on) {
      const pane = el.closest('.pane');
      const twin = [...side.querySelectorAll(`[data-passage-id="${CSS.escape(id)}"]`)].find((m) => m.closest('.pane') !== pane);
      // Scroll the twin's pane only: scrollIntoView would move the page under the pointer.
      const box = twin?.closest('.pane-text');
      if (box) {
        const b = box.getBoundingClientRect(), r = twin.getBoundingClientRect();
        if (r.top < b.top || r.bottom > b.bottom) box.scrollTop += r.top - b.top - Math.max(0, (b.height - r.height) / 2);
      }
    }
  };
  const at = (t) => t?.closest?.('[data-passage-id]');
  side.addEventListener('mouseover', (e) => { const el = at(e.target); if (el) light(el, true); });
  side.addEventListener('mouseout', (e) => { const el = at(e.target); if (el && !el.contains(e.relatedTarget)) light(el, false); });
  side.addEventListener('focusin', (e) => { const el = at(e.target); if (el) light(el, true); });
  side.addEventListener('focusout', (e) => { const el = at(e.target); if (el) light(el, false); });
}

function heatClass(x) { return `hm-${Math.max(0, Math.min(10, Math.round(x * 10)))}`; }

export function renderCompare(m) {
  model = m;
  const arts = m?.articles ?? [];
  const table = $('similarity-matrix');
  for (const id of ['pair-a', 'pair-b']) {
    $(id).replaceChildren(...arts.map((a) => h('option', { value: a.id }, a.name)));
  }
  if (!arts.some((a) => a.id === pair.a)) pair.a = arts[0]?.id ?? null;
  if (!arts.some((a) => a.id === pair.b) || pair.b === pair.a) pair.b = arts.find((a) => a.id !== pair.a)?.id ?? null;
  if (pair.a) $('pair-a').value = pair.a;
  if (pair.b) $('pair-b').value = pair.b;

  const sim = m?.similarity;
  // Without a matrix, the note above it says why (a caption would squeeze into the
  // width of an empty table).
  if (!m || arts.length < 2 || !sim) {
    table.replaceChildren();
    $('matrix-note').textContent = !m
      ? 'لا نص بعد: الصق تقريرين أو أكثر عن حدث واحد، أو حمّل المثال.'
      : arts.length < 2
        ? 'أضف مقالًا ثانيًا عن الحدث نفسه لتقارن بينهما: هنا يظهر النص المشترك بين كل مقالين.'
        : 'مصفوفة التشابه غير متاحة في هذه النسخة من الحزمة (تنتظر الدالة analyze).';
  } else {
    $('matrix-note').textContent = `كل خانة هي ${SHARED_NOTE} اختر خانة لفتح المقالين جنبًا إلى جنب.`;
    const values = sim.shared;
    const idx = sim.ids.map((id) => m.byId.get(id));
    table.replaceChildren(
      h('caption', { class: 'visually-hidden' }, 'النص المشترك بين كل مقالين (٪)'),
      h('thead', {}, h('tr', {}, h('td', {}), idx.map((a) => h('th', { scope: 'col' }, a?.name ?? '')))),
      h('tbody', {}, idx.map((ra, i) => h('tr', {},
        h('th', { scope: 'row' }, ra?.name ?? ''),
        idx.map((ca, j) => {
          const v = values[i][j];
          if (i === j) return h('td', { class: 'diag', 'aria-label': 'المقال نفسه' }, '—');
          return h('td', { class: heatClass(v) }, h('button', {
            type: 'button', class: 'cell', dataset: { a: ra.id, b: ca.id, value: v.toFixed(4) },
            'aria-label': `${ra.name} و${ca.name}: النص المشترك ${pct(v)}`, title: SHARED_NOTE,
            onclick: () => { pair.a = ra.id; pair.b = ca.id; $('pair-a').value = pair.a; $('pair-b').value = pair.b; renderPair(); $('pair-summary').scrollIntoView({ block: 'nearest' }); },
          }, fmt(Math.round(v * 100))));
        }),
      ))),
    );
  }
  renderPair();
}

async function renderPair() {
  const my = ++seq;
  const side = $('side-by-side'), diff = $('diff'), summary = $('pair-summary');
  const a = model?.byId.get(pair.a), b = model?.byId.get(pair.b);
  side.hidden = pair.mode !== 'side';
  diff.hidden = pair.mode !== 'diff';
  $('diff-level').closest('label').hidden = pair.mode !== 'diff';
  $('diff-legend').hidden = true;
  $('pair-legend').replaceChildren();
  if (!a || !b || a === b) {
    side.replaceChildren(); diff.replaceChildren();
    summary.textContent = !model ? '' : model.articles.length < 2 ? 'أضف مقالًا ثانيًا لتظهر المقارنة بين المقالين هنا.' : 'اختر مقالين مختلفين.';
    return;
  }
  if (!caps.compare) {
    side.replaceChildren(); diff.replaceChildren();
    summary.textContent = 'عرض المقالين جنبًا إلى جنب والفروق غير متاحين في هذه النسخة من الحزمة (تنتظر الدالة compare).';
    return;
  }
  summary.textContent = 'جارٍ المقارنة…';
  let r;
  try {
    // The other articles are the context analyze had, so the pair's passages (and its
    // number) are the ones the matrix and the reading view show.
    const context = model.articles.filter((x) => x !== a && x !== b).map((x) => x.text);
    r = (await engine.call('pair', [a.text, b.text, pair.mode, pair.level, context])).value;
  } catch (e) {
    if (my === seq) summary.textContent = `تعذرت المقارنة: ${e.message}`;
    return;
  }
  if (my !== seq) return;
  if (pair.mode === 'side') {
    const s = r.similarity;
    const passages = r.passages ?? [];
    const n = passages.length ? count(passages.length, ['مقطع مشترك واحد', 'مقطعان مشتركان', 'مقاطع مشتركة', 'مقطعًا مشتركًا']) : 'لا مقاطع مشتركة';
    summary.replaceChildren(`${n} · `, h('span', { class: 'shared-pct', title: SHARED_NOTE, dataset: { value: s.shared.toFixed(4) } }, `النص المشترك ${pct(s.shared)} من كلمات المقالين`));
    side.replaceChildren(pane(a, passages, 'a'), pane(b, passages, 'b'));
    // The legend names only the kinds this pair has.
    const kinds = [...new Set(passages.map((p) => p.kind ?? 'shared'))];
    if (kinds.length) {
      $('pair-legend').replaceChildren(h('span', { class: 'note' }, 'أنواع المقاطع المشتركة: '), ...kinds.map((k) => h('span', { class: 'legend-item' },
        h('mark', { class: `psg ${kindClass(k)}`, 'aria-hidden': 'true' }, kindOf(k).label), ` ${kindOf(k).note}`)));
    }
  } else {
    renderDiff(diff, a, b, r.diff ?? []);
    const ins = diff.querySelectorAll('ins').length, del = diff.querySelectorAll('del').length;
    const RUNS = ['مقطع واحد', 'مقطعان', 'مقاطع', 'مقطعًا'];
    summary.textContent = `الفروق كلمة كلمة بين «${a.name}» و«${b.name}»: ${del ? count(del, RUNS) : 'لا شيء'} لا ${del === 1 ? 'يرد' : 'ترد'} إلا في «${a.name}»، و${ins ? count(ins, RUNS) : 'لا شيء'} لا ${ins === 1 ? 'يرد' : 'ترد'} إلا في «${b.name}».`;
    $('diff-legend').replaceChildren(
      h('span', { class: 'legend-item' }, h('del', { 'aria-hidden': 'true' }, 'كلمات'), ` فقط في «${a.name}»`),
      h('span', { class: 'legend-item' }, h('ins', { 'aria-hidden': 'true' }, 'كلمات'), ` فقط في «${b.name}»`),
      h('span', { class: 'legend-item' }, h('span', { class: 'same' }, 'كلمات'), ' في المقالين'),
    );
    $('diff-legend').hidden = false;
  }
}

function pane(art, passages, side) {
  const text = h('div', { class: 'text pane-text', dir: 'rtl', lang: 'ar' });
  renderAnnotated(text, art.text, passages.flatMap((p, i) => (!p?.[side] ? [] : [{
    start: p[side].start, end: p[side].end, layer: 2, tag: 'mark',
    className: `psg ${kindClass(p.kind)}`,
    attrs: {
      'data-passage-id': `p${i + 1}`, 'data-kind': p.kind ?? null, tabindex: '-1',
      title: `مقطع مشترك ${i + 1}: ${kindOf(p.kind).label}، ${kindOf(p.kind).note}${typeof p.score === 'number' ? ` (الكلمات نفسها في ${pct(p.score)} منه)` : ''}`,
    },
  }])));
  initRoving(text, 'mark[data-passage-id]:not([data-part="cont"])');
  return h('section', { class: 'pane', 'aria-label': art.name, dataset: { side } }, h('h4', {}, art.name), text);
}

// Words only in A are <del>, only in B <ins> (each titled with its article's name);
// the style keeps a gap between neighbouring runs so they never read as one word.
function renderDiff(container, a, b, ops) {
  const out = [];
  const onlyA = `فقط في «${a.name}»`, onlyB = `فقط في «${b.name}»`;
  for (const o of ops) {
    const ta = a.text.slice(o.a.start, o.a.end), tb = b.text.slice(o.b.start, o.b.end);
    if (o.op === 'equal') out.push(ta);
    else if (o.op === 'delete') out.push(h('del', { title: onlyA }, ta));
    else if (o.op === 'insert') out.push(h('ins', { title: onlyB }, tb));
    else if (o.op === 'replace') out.push(h('del', { title: onlyA }, ta), h('ins', { title: onlyB }, tb));
  }
  container.replaceChildren(...out.map((x) => (typeof x === 'string' ? document.createTextNode(x) : x)));
  if (!ops.length) container.textContent = 'لا فروق.';
}
