// isnad's page: wires the articles, the analysis worker and the views together.
import { $, download, fmt, count, dateStamp } from './dom.js';
import { Engine } from './engine.js';
import { Articles, renderArticleEditors, setCardFolded } from './articles.js';
import { buildModel } from './model.js';
import { renderEntities, initEntityEvents, showPlace, showEntity, clearPlace } from './render-entities.js';
import { initCompare, renderCompare } from './render-compare.js';
import { renderQuotes, renderUnique } from './render-quotes.js';
import { initNormalize, refreshSources, syncNormalizeSource } from './render-normalize.js';
import { analysisJson, entityCsv, quotesCsv, passagesCsv } from './export.js';
import { notify, initNotice } from './undo.js';
import { EXAMPLE } from '../examples.js';

const articles = new Articles();
const engine = new Engine();
let caps = null;
let model = null;
let running = false, queued = false, debounce = 0;

const status = (msg) => { $('status').textContent = msg; };
const ARTICLES = ['مقال واحد', 'مقالان', 'مقالات', 'مقالًا'];

// ---- tabs (WAI-ARIA tabs: arrow keys move between them, Home/End) ----
const tabs = [...document.querySelectorAll('[role="tab"]')];
function showTab(tab, focus = false) {
  for (const t of tabs) {
    const on = t === tab;
    t.setAttribute('aria-selected', String(on));
    t.tabIndex = on ? 0 : -1;
    $(t.getAttribute('aria-controls')).hidden = !on;
  }
  if (focus) tab.focus();
  if (tab.id === 'tab-normalize') syncNormalizeSource();
}
for (const t of tabs) t.addEventListener('click', () => showTab(t));
$('tabs').addEventListener('keydown', (e) => {
  const i = tabs.indexOf(document.activeElement);
  if (i < 0) return;
  // Right-to-left: ArrowLeft moves to the next tab.
  const next = { ArrowLeft: i + 1, ArrowRight: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
  if (next === undefined) return;
  e.preventDefault();
  showTab(tabs[(next + tabs.length) % tabs.length], true);
});

// ---- articles ----
const editors = $('articles');
// Each card's text folds away on its own (the results show the texts, which matters on
// phones), or all at once. While every card is folded, cards that come (the example, a
// cleared page) come folded too; the state of "all folded" is kept in this browser.
const folded = new Set();
let allFolded = false;
function renderEditors() {
  const hadFocus = editors.contains(document.activeElement);
  if (allFolded) for (const a of articles.list) folded.add(a.id);
  renderArticleEditors(articles, editors, { onStatus: notify, onRemove: removed, folded, onFold: foldOne });
  if (hadFocus && !editors.contains(document.activeElement)) $('add-article').focus();
  syncFoldAll();
  refreshSources();
}
const cardOf = (id) => editors.querySelector(`[data-article-id="${CSS.escape(id)}"]`);
function foldOne(id) {
  const fold = !folded.has(id);
  if (fold) folded.add(id); else folded.delete(id);
  setCardFolded(cardOf(id), fold);
  syncFoldAll();
}
function syncFoldAll() {
  allFolded = articles.list.every((a) => folded.has(a.id));
  $('toggle-editors').setAttribute('aria-expanded', String(!allFolded));
  $('toggle-editors').textContent = allFolded ? 'إظهار النصوص' : 'طيّ النصوص';
  try { localStorage.setItem('isnad.editors', allFolded ? 'folded' : 'open'); } catch { /* ignore */ }
}
const setEditorsOpen = (open) => {
  for (const a of articles.list) {
    if (open) folded.delete(a.id); else folded.add(a.id);
    setCardFolded(cardOf(a.id), !open);
  }
  syncFoldAll();
};
articles.addEventListener('change', (e) => {
  if (e.detail.structural) renderEditors();
  // The normalization view, when open, follows the article it shows (or the first
  // article given a text while it showed nothing).
  if (!$('view-normalize').hidden) syncNormalizeSource();
  schedule();
});
articles.addEventListener('storage-error', () => notify('تعذر الحفظ في هذا المتصفح (المساحة ممتلئة أو الحفظ معطل): انسخ نصوصك قبل إغلاق الصفحة.'));
$('add-article').addEventListener('click', () => {
  if (allFolded) setEditorsOpen(true);
  const a = articles.add();
  editors.querySelector(`[data-article-id="${a.id}"] textarea`)?.focus();
});
$('toggle-editors').addEventListener('click', () => setEditorsOpen(allFolded));

// Actions that replace or remove articles say what they did and offer a way back.
const named = (list) => list.filter((a) => a.text.trim() || a.name.trim());
const undoable = (before, message) => {
  const after = articles.snapshot();
  notify(message, () => {
    articles.restore(before, after);
    const n = named(before).length;
    return n === 1 ? 'استُعيد المقال كما كان.' : `استُعيدت المقالات كما كانت (${count(n, ARTICLES)}).`;
  });
};
$('clear-all').addEventListener('click', () => {
  const before = articles.snapshot();
  const n = named(before).length;
  articles.clear();
  if (n) undoable(before, `مُسح ${count(n, ARTICLES)} من هذا المتصفح.`);
  else notify('لا مقالات لمسحها: الخانات فارغة.');
});
function removed({ article, index }, name) {
  if (!article) return;
  if (!article.text.trim() && !article.name.trim()) { notify(`حُذفت خانة ${name} الفارغة.`); $('add-article').focus(); return; }
  notify(`حُذف «${name}».`, () => {
    articles.reinsert(article, index);
    return `أُعيد «${name}» إلى مكانه.`;
  }, { focus: true });
}
initNotice({
  onUndone: () => { if (document.activeElement === document.body || !document.activeElement) editors.querySelector('[data-role="name"]')?.focus(); },
});
$('open-files').addEventListener('change', async (e) => {
  notify((await articles.addFiles([...e.target.files])).join('، '));
  e.target.value = '';
});
$('load-example').addEventListener('click', () => {
  const before = articles.snapshot();
  const n = named(before).length;
  articles.replaceAll(EXAMPLE);
  analyzeNow();
  const what = 'حُمّل المثال: أربعة تقارير متخيَّلة عن حادث واحد';
  if (n) undoable(before, `${what}، مكان ${count(n, ARTICLES)} كانت هنا.`);
  else notify(`${what}.`);
});
// Files dropped anywhere on the articles section become articles; elsewhere a dropped
// file must not replace the page.
const section = $('articles-section');
document.addEventListener('dragover', (e) => { if (e.dataTransfer?.types?.includes('Files')) { e.preventDefault(); section.classList.add('dragging'); } });
document.addEventListener('dragleave', (e) => { if (!e.relatedTarget) section.classList.remove('dragging'); });
document.addEventListener('drop', async (e) => {
  if (!e.dataTransfer?.files?.length) return;
  e.preventDefault();
  section.classList.remove('dragging');
  if (!section.contains(e.target)) return;
  notify((await articles.addFiles([...e.dataTransfer.files])).join('، '));
});

// ---- analysis ----
function schedule() {
  clearTimeout(debounce);
  debounce = setTimeout(analyzeNow, 400);
}

async function analyzeNow() {
  clearTimeout(debounce);
  if (!caps) return; // runs once the worker is ready
  if (running) { queued = true; return; }
  running = true;
  document.body.dataset.analysis = 'running';
  performance.mark('isnad:analysis-start');
  const list = articles.nonEmpty().map((a) => ({ id: a.id, name: articles.displayName(a), text: a.text }));
  const progress = $('progress');
  const showAfter = setTimeout(() => { progress.hidden = false; }, 150);
  try {
    if (!list.length) {
      model = null;
      status('لا نص بعد: الصق تقريرًا أو حمّل المثال.');
    } else {
      const t0 = performance.now();
      const { value } = await engine.call('analyze', [list], (p) => {
        progress.max = p.total; progress.value = p.done;
        status(`${p.label}… (${fmt(p.done)}/${fmt(p.total)})`);
      });
      performance.mark('isnad:analysis-result');
      if (!queued) {
        model = buildModel(list, value);
        const ms = Math.round(performance.now() - t0);
        status(value.analysis
          ? `حُلّل ${count(list.length, ARTICLES)} في ${fmt(ms)} م.ث: ${count(model.entities.size, ['كيان واحد', 'كيانان', 'كيانات', 'كيانًا'])}، ${count(model.quotes.length, ['اقتباس واحد', 'اقتباسان', 'اقتباسات', 'اقتباسًا'])}.${list.length === 1 ? ' أضف مقالًا ثانيًا عن الحدث نفسه للمقارنة بينهما.' : ''}`
          : value.entitiesOnly
            ? `حُلّلت الكيانات في ${count(list.length, ARTICLES)} (${fmt(ms)} م.ث). المقارنة تنتظر الدالة analyze في الحزمة.`
            : `قُرئ ${count(list.length, ARTICLES)}. تحليل الكيانات والمقارنة غير متاحين في هذه النسخة من الحزمة (isnad ${caps.version}): التطبيع وحده متاح.`);
      }
    }
    if (!queued) {
      await renderAll();
      offerResults();
    }
  } catch (e) {
    status(`تعذر التحليل: ${e.message}`);
  } finally {
    clearTimeout(showAfter);
    progress.hidden = true;
    running = false;
    document.body.dataset.analysis = queued ? 'running' : 'done';
    if (queued) { queued = false; analyzeNow(); }
  }
}
$('analyze').addEventListener('click', analyzeNow);

// Results below the fold (article editors above them): after an analysis, a button
// floating at the bottom of the screen leads down to them while they are out of sight.
// (The page never scrolls by itself: the user may be reading or typing.)
function offerResults() {
  const top = $('results').getBoundingClientRect().top;
  $('jump-results').hidden = !model || top < window.innerHeight * 0.6;
}
$('jump-results').addEventListener('click', (e) => {
  e.preventDefault();
  $('results').scrollIntoView({ block: 'start' });
  $('results').focus({ preventScroll: true });
  $('jump-results').hidden = true;
});
window.addEventListener('scroll', () => {
  if (!$('jump-results').hidden && $('results').getBoundingClientRect().top < window.innerHeight * 0.6) $('jump-results').hidden = true;
}, { passive: true });

// The quotes panel's speakers lead to their entity; quotes and sentences to their place.
const goToEntity = (id) => {
  showTab($('tab-read'));
  showEntity(id);
};

const goTo = (place, back) => {
  showTab($('tab-read'));
  showPlace(place, back && { ...back, go: () => { showTab($(back.tab)); back.focus?.(); } });
};

// Views are rendered one task at a time, so the page stays responsive in between.
const nextTask = () => new Promise((r) => setTimeout(r, 0));
async function renderAll() {
  clearPlace();
  renderEntities(model);
  await nextTask();
  renderCompare(model);
  await nextTask();
  renderQuotes(model, { goTo, goToEntity });
  renderUnique(model, { goTo });
  $('export-json').disabled = !model;
  $('export-csv').disabled = !model || !model.entities.size;
  $('export-quotes').disabled = !model?.raw;
  $('export-passages').disabled = !model || model.articles.length < 2 || !caps?.compare;
  performance.mark('isnad:analysis-rendered');
}

// File names carry the date and time, so exports of different days never collide.
const CSV = 'text/csv;charset=utf-8';
$('export-json').addEventListener('click', () => model && download(`isnad-analysis-${dateStamp()}.json`, 'application/json', analysisJson(model, caps.version)));
$('export-csv').addEventListener('click', () => model && download(`isnad-entities-${dateStamp()}.csv`, CSV, entityCsv(model)));
$('export-quotes').addEventListener('click', () => model && download(`isnad-quotes-${dateStamp()}.csv`, CSV, quotesCsv(model)));
$('export-passages').addEventListener('click', async () => {
  if (!model) return;
  const m = model;
  const button = $('export-passages');
  button.disabled = true;
  try {
    // Every pair of articles through compare(): the passages with their kind and score.
    const pairs = [];
    for (let i = 0; i < m.articles.length; i++) {
      for (let j = i + 1; j < m.articles.length; j++) {
        const a = m.articles[i], b = m.articles[j];
        const r = (await engine.call('pair', [a.text, b.text, 'side', 'search'])).value;
        pairs.push({ a, b, passages: r.passages ?? [] });
      }
    }
    download(`isnad-passages-${dateStamp()}.csv`, CSV, passagesCsv(pairs));
  } catch (e) {
    notify(`تعذر تصدير المقاطع المشتركة: ${e.message}`);
  } finally {
    button.disabled = !model || model.articles.length < 2;
  }
});

// ---- start ----
try { allFolded = localStorage.getItem('isnad.editors') === 'folded'; } catch { /* ignore */ }
renderEditors();
initEntityEvents();
document.body.dataset.app = 'ready';
engine.ready.then((c) => {
  caps = c;
  document.body.dataset.caps = Object.keys(c).filter((k) => c[k] === true).join(' ');
  $('version').textContent = `isnad ${c.version}`;
  initCompare(engine, c);
  initNormalize(engine, articles);
  analyzeNow();
}, (e) => status(`تعذر تشغيل محرك التحليل: ${e.message}`));
