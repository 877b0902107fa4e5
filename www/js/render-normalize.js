// The normalization view: any article (or typed text) through the package's
// normalize() with every option; changed words are marked, and hovering or focusing a
// normalized word shows the span of the original it came from (via the offset maps).
// Showing it never scrolls the page: only the original's own box scrolls.
import { h, $, fmt, count } from './dom.js';
import { initRoving } from './roving.js';

// Each option in the words of someone who writes Arabic, with an example.
const toggleNames = {
  stripDiacritics: 'حذف التشكيل (الرَّئِيسُ ← الرئيس)',
  stripTatweel: 'حذف المدّ بالتطويل (الرئيـــس ← الرئيس)',
  foldAlef: 'الهمزة على الألف وتحتها والمدّة: أ إ آ ← ا',
  foldAlefMaksura: 'الألف المقصورة: مصطفى ← مصطفي',
  foldTehMarbuta: 'التاء المربوطة: الوزارة ← الوزاره',
  hamza: 'الهمزة على الواو والياء: مسؤول ← مسوول',
  digits: 'الأرقام المشرقية: ١٢٣ ← 123',
  punctuation: 'علامات الترقيم العربية (، ؛ « ») بأشكالها اللاتينية',
  stripInvisible: 'حذف المحارف الخفية (علامات اتجاه النص ونحوها)',
  lowercase: 'الحروف اللاتينية الكبيرة صغيرة (MNA ← mna)',
};
const selects = {
  search: { unicode: 'nfkc', persian: 'all', whitespace: 'collapse' },
  display: { unicode: 'nfc', persian: 'kaf-yeh', whitespace: 'lines' },
  none: { unicode: 'none', persian: 'none', whitespace: 'keep' },
};
const presets = {
  search: { stripDiacritics: true, stripTatweel: true, foldAlef: true, foldAlefMaksura: true, foldTehMarbuta: true, hamza: false, digits: true, punctuation: true, stripInvisible: true, lowercase: true },
  display: { stripDiacritics: false, stripTatweel: true, foldAlef: false, foldAlefMaksura: false, foldTehMarbuta: false, hamza: false, digits: false, punctuation: false, stripInvisible: true, lowercase: false },
  none: Object.fromEntries(Object.keys(toggleNames).map((k) => [k, false])),
};

let engine, articles, seq = 0, lastText = '';

export function initNormalize(e, arts) {
  engine = e; articles = arts;
  for (const [name, label] of Object.entries(toggleNames)) {
    $('toggles').append(h('label', {}, h('input', { type: 'checkbox', name, id: `opt-${name}` }), ' ', label));
  }
  applyPreset();
  $('preset').addEventListener('change', () => { applyPreset(); run(); });
  $('norm-options').addEventListener('change', (ev) => { if (ev.target.id !== 'preset') run(); });
  $('norm-input').addEventListener('input', run);
  $('norm-source').addEventListener('change', () => loadSource());
  const out = $('norm-output');
  const isW = (t) => t?.classList?.contains('w');
  out.addEventListener('mouseover', (ev) => isW(ev.target) && showOriginal(ev.target));
  out.addEventListener('focusin', (ev) => isW(ev.target) && showOriginal(ev.target));
  out.addEventListener('mouseleave', () => { if (!out.contains(document.activeElement)) showOriginal(null); });
  out.addEventListener('focusout', (ev) => { if (!out.contains(ev.relatedTarget)) showOriginal(null); });
  refreshSources();
}

/** The source list follows the articles; "free text" keeps what was typed. */
export function refreshSources() {
  if (!articles) return;
  const sel = $('norm-source');
  const prev = sel.value;
  sel.replaceChildren(h('option', { value: '' }, 'نص حر'), ...articles.list.map((a) => h('option', { value: a.id }, articles.displayName(a))));
  const first = articles.list.find((a) => a.text.trim())?.id ?? '';
  if (prev && [...sel.options].some((o) => o.value === prev)) sel.value = prev;
  else if (!$('norm-input').value.trim() || prev) { sel.value = first; loadSource(); }
  else sel.value = '';
}

/** When the view opens, an article chosen as source shows its current text. */
export function syncNormalizeSource() {
  // Nothing typed and no article chosen (articles were empty when the list was made):
  // the first article with text.
  if (!$('norm-source').value && !$('norm-input').value.trim()) {
    const first = articles?.list.find((x) => x.text.trim());
    if (first) { $('norm-source').value = first.id; loadSource(); return; }
  }
  const a = articles?.get($('norm-source').value);
  if (a && a.text !== $('norm-input').value) { $('norm-input').value = a.text; run(); }
}

export function loadSource() {
  const a = articles.get($('norm-source').value);
  if (a) $('norm-input').value = a.text;
  run();
}

function applyPreset() {
  const p = $('preset').value;
  for (const [k, v] of Object.entries(presets[p])) $(`opt-${k}`).checked = v;
  for (const [k, v] of Object.entries(selects[p])) $(k).value = v;
}

function options() {
  const o = { preset: $('preset').value };
  for (const k of Object.keys(toggleNames)) o[k] = $(`opt-${k}`).checked;
  for (const k of Object.keys(selects.search)) o[k] = $(k).value;
  return o;
}

export async function run() {
  const my = ++seq;
  const text = $('norm-input').value;
  let r;
  try {
    r = (await engine.call('normalize', [text, options()])).value;
  } catch (e) {
    if (my === seq) { $('norm-error').textContent = e.message; $('norm-error').hidden = false; }
    return;
  }
  if (my !== seq) return;
  $('norm-error').hidden = true;
  lastText = text;
  const out = $('norm-output');
  const parts = [];
  const re = /\S+/gu;
  let last = 0, m, changed = 0, words = 0;
  while ((m = re.exec(r.text))) {
    parts.push(r.text.slice(last, m.index));
    const s = r.starts[m.index], e = r.ends[m.index + m[0].length - 1];
    const orig = text.slice(s, e);
    const diff = orig !== m[0];
    words++; if (diff) changed++;
    parts.push(h('span', {
      class: diff ? 'w changed' : 'w', tabindex: '-1', dataset: { start: s, end: e },
      title: diff ? `الأصل: ${orig}` : null, 'aria-label': diff ? `${m[0]} (الأصل: ${orig})` : null,
    }, m[0]));
    last = m.index + m[0].length;
  }
  parts.push(r.text.slice(last));
  out.replaceChildren(...parts.map((p) => (typeof p === 'string' ? document.createTextNode(p) : p)));
  initRoving(out, '.w');
  $('norm-original').textContent = text;
  $('norm-word').textContent = '\u00a0';
  const WORDS = ['كلمة واحدة', 'كلمتين', 'كلمات', 'كلمة'];
  const CHARS = ['حرف واحد', 'حرفان', 'أحرف', 'حرفًا'];
  $('norm-stats').textContent = words
    ? `غيّر التطبيع ${changed ? count(changed, WORDS) : 'لا شيء'} من أصل ${count(words, WORDS)} · طول النص ${count(text.length, CHARS)} قبل التطبيع و${fmt(r.text.length)} بعده.`
    : 'لا نص.';
}

function showOriginal(span) {
  $('norm-output').querySelectorAll('.on').forEach((e) => e.classList.remove('on'));
  const original = $('norm-original');
  if (!span) { original.textContent = lastText; $('norm-word').textContent = '\u00a0'; return; }
  span.classList.add('on');
  const s = Number(span.dataset.start), e = Number(span.dataset.end);
  const orig = lastText.slice(s, e);
  $('norm-word').replaceChildren(h('bdi', {}, span.textContent), orig === span.textContent ? ' — لم تتغير' : [' ← في الأصل: ', h('bdi', { class: 'orig' }, orig)]);
  const mark = h('mark', {}, orig);
  original.replaceChildren(lastText.slice(0, s), mark, lastText.slice(e));
  // Scroll the original's own box only (scrollIntoView would scroll the page too).
  const box = original.getBoundingClientRect(), m = mark.getBoundingClientRect();
  if (m.top < box.top || m.bottom > box.bottom) original.scrollTop += m.top - box.top - (box.height - m.height) / 2;
}
