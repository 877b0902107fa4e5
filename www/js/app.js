// isnad's page: wires the articles, the analysis worker and the views together.
import { $, download, fmt, count } from './dom.js';
import { Engine } from './engine.js';
import { Articles, renderArticleEditors } from './articles.js';
import { buildModel } from './model.js';
import { renderEntities, initEntityEvents, showPlace, select as selectEntity, clearPlace } from './render-entities.js';
import { initCompare, renderCompare } from './render-compare.js';
import { renderQuotes, renderUnique } from './render-quotes.js';
import { initNormalize, refreshSources, syncNormalizeSource } from './render-normalize.js';
import { analysisJson, entityCsv } from './export.js';
import { EXAMPLE } from '../examples.js';

const articles = new Articles();
const engine = new Engine();
let caps = null;
let model = null;
let running = false, queued = false, debounce = 0;

const status = (msg) => { $('status').textContent = msg; };

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
function renderEditors() {
  const hadFocus = editors.contains(document.activeElement);
  renderArticleEditors(articles, editors, { onStatus: status });
  if (hadFocus && !editors.contains(document.activeElement)) $('add-article').focus();
  refreshSources();
}
articles.addEventListener('change', (e) => {
  if (e.detail.structural) renderEditors();
  schedule();
});
articles.addEventListener('storage-error', () => status('تعذر الحفظ في هذا المتصفح (المساحة ممتلئة أو الحفظ معطل).'));
$('add-article').addEventListener('click', () => {
  if (editors.classList.contains('folded')) setEditorsOpen(true);
  const a = articles.add();
  editors.querySelector(`[data-article-id="${a.id}"] textarea`)?.focus();
});
// The text fields can fold away (the results show the texts), which matters on phones.
const setEditorsOpen = (open) => {
  editors.classList.toggle('folded', !open);
  $('toggle-editors').setAttribute('aria-expanded', String(open));
  $('toggle-editors').textContent = open ? 'طيّ النصوص' : 'إظهار النصوص';
  try { localStorage.setItem('isnad.editors', open ? 'open' : 'folded'); } catch { /* ignore */ }
};
$('toggle-editors').addEventListener('click', () => setEditorsOpen(editors.classList.contains('folded')));
try { if (localStorage.getItem('isnad.editors') === 'folded') setEditorsOpen(false); } catch { /* ignore */ }
$('clear-all').addEventListener('click', () => {
  articles.clear();
  renderEditors();
  status('مُسحت كل المقالات من هذا المتصفح.');
});
$('open-files').addEventListener('change', async (e) => {
  status((await articles.addFiles([...e.target.files])).join('، '));
  e.target.value = '';
});
$('load-example').addEventListener('click', () => {
  articles.replaceAll(EXAMPLE);
  renderEditors();
  analyzeNow();
  status('حُمّل المثال: أربعة تقارير متخيَّلة عن حادث واحد.');
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
  status((await articles.addFiles([...e.dataTransfer.files])).join('، '));
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
          ? `حُلّل ${count(list.length, ['مقال واحد', 'مقالان', 'مقالات', 'مقالًا'])} في ${fmt(ms)} م.ث: ${count(model.entities.size, ['كيان واحد', 'كيانان', 'كيانات', 'كيانًا'])}، ${count(model.quotes.length, ['اقتباس واحد', 'اقتباسان', 'اقتباسات', 'اقتباسًا'])}.`
          : value.entitiesOnly
            ? `حُلّلت الكيانات في ${count(list.length, ['مقال واحد', 'مقالان', 'مقالات', 'مقالًا'])} (${fmt(ms)} م.ث). المقارنة تنتظر الدالة analyze في الحزمة.`
            : `قُرئ ${count(list.length, ['مقال واحد', 'مقالان', 'مقالات', 'مقالًا'])}. تحليل الكيانات والمقارنة غير متاحين في هذه النسخة من الحزمة (isnad ${caps.version}): التطبيع وحده متاح.`);
      }
    }
    if (!queued) await renderAll();
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

// The quotes panel's speakers lead to their entity.
const goToEntity = (id) => {
  showTab($('tab-read'));
  selectEntity(id);
  document.querySelector(`#read-articles mark[data-entity-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'center' });
};

const goTo = (place) => {
  showTab($('tab-read'));
  showPlace(place);
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
  performance.mark('isnad:analysis-rendered');
}

$('export-json').addEventListener('click', () => model && download('isnad-analysis.json', 'application/json', analysisJson(model, caps.version)));
$('export-csv').addEventListener('click', () => model && download('isnad-entities.csv', 'text/csv;charset=utf-8', entityCsv(model)));

// ---- start ----
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
