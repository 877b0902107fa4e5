// Articles: state, persistence in this browser's localStorage, and the editing UI
// (add, remove, rename, paste, drop or open .txt files).
import { h, $ } from './dom.js';

const KEY = 'isnad.articles.v1';
const MAX_FILE = 2_000_000;

export class Articles extends EventTarget {
  constructor() {
    super();
    this.list = [];
    this.serial = 0;
    this.saveTimer = 0;
    try {
      const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null');
      if (saved && Array.isArray(saved.list)) {
        this.list = saved.list
          .filter((a) => a && typeof a.id === 'string' && typeof a.text === 'string')
          .map((a) => ({ id: a.id, name: String(a.name ?? ''), text: a.text }));
        this.serial = Number(saved.serial) || this.list.length;
      }
    } catch { /* unreadable storage: start empty */ }
    if (!this.list.length) { this.add(); this.add(); }
  }

  save() {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.saveNow(), 300);
  }

  saveNow() {
    clearTimeout(this.saveTimer);
    try {
      localStorage.setItem(KEY, JSON.stringify({ serial: this.serial, list: this.list }));
    } catch (e) {
      this.dispatchEvent(new CustomEvent('storage-error', { detail: e }));
    }
  }

  changed(structural) {
    this.save();
    this.dispatchEvent(new CustomEvent('change', { detail: { structural } }));
  }

  get(id) { return this.list.find((a) => a.id === id); }
  nonEmpty() { return this.list.filter((a) => a.text.trim()); }
  displayName(a) { return a.name.trim() || `مقال ${this.list.indexOf(a) + 1}`; }

  add(name = '', text = '') {
    const a = { id: `a${++this.serial}`, name, text };
    this.list.push(a);
    this.changed(true);
    return a;
  }

  /** Removes an article; returns it and its place, for `reinsert`. */
  remove(id) {
    const index = this.list.findIndex((a) => a.id === id);
    const [removed] = index < 0 ? [] : this.list.splice(index, 1);
    this.changed(true);
    this.saveNow();
    return { article: removed, index };
  }

  rename(id, name) { this.get(id).name = name; this.changed(false); }
  setText(id, text) { this.get(id).text = text; this.changed(false); }

  replaceAll(items) {
    this.list = [];
    for (const it of items) this.list.push({ id: `a${++this.serial}`, name: it.name, text: it.text });
    this.changed(true);
    this.saveNow();
  }

  clear() {
    this.list = [];
    this.add(); this.add();
    this.saveNow();
  }

  /** Whether any article has a name or text worth keeping. */
  hasContent() { return this.list.some((a) => a.text.trim() || a.name.trim()); }

  /** A copy of the articles, to put back with `restore`. */
  snapshot() { return this.list.map((a) => ({ ...a })); }

  /**
   * Puts a snapshot back exactly (ids, names, texts, order). Articles written since
   * `after` (a snapshot taken right after the action being undone) are kept after it,
   * so undoing never loses what was typed meanwhile.
   */
  restore(saved, after = []) {
    const was = new Map(after.map((a) => [a.id, `${a.name}\u0000${a.text}`]));
    const ids = new Set(saved.map((a) => a.id));
    const since = this.list.filter((a) => !ids.has(a.id) && (a.text.trim() || a.name.trim()) && was.get(a.id) !== `${a.name}\u0000${a.text}`);
    this.list = [...saved.map((a) => ({ ...a })), ...since];
    this.changed(true);
    this.saveNow();
  }

  /** Puts one removed article back at its place. */
  reinsert(article, index) {
    if (this.get(article.id)) return;
    this.list.splice(Math.min(index, this.list.length), 0, { ...article });
    this.changed(true);
    this.saveNow();
  }

  /** Text files become articles: into empty ones first, then new ones. */
  async addFiles(files, into = null) {
    const report = [];
    for (const f of files) {
      if (!/\.txt$/i.test(f.name) && f.type !== 'text/plain') { report.push(`«${f.name}» ليس ملفًا نصيًا (‎.txt)`); continue; }
      if (f.size > MAX_FILE) { report.push(`«${f.name}» أكبر من 2 ميغابايت`); continue; }
      const text = (await f.text()).replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
      const name = f.name.replace(/\.txt$/i, '');
      let target = into && !into.text.trim() ? into : this.list.find((a) => !a.text.trim());
      into = null;
      if (target) { target.text = text; if (!target.name.trim()) target.name = name; }
      else target = this.add(name, text);
      report.push(`أُضيف «${name}»`);
    }
    this.changed(true);
    return report;
  }
}

/**
 * Folds a card's text away (its name and buttons stay) or shows it; the card's fold
 * button says which with aria-expanded.
 */
export function setCardFolded(card, fold) {
  card.classList.toggle('folded', fold);
  const button = card.querySelector('[data-role="fold"]');
  button.setAttribute('aria-expanded', String(!fold));
  button.title = fold ? 'إظهار النص' : 'طيّ النص';
  button.textContent = fold ? '◂' : '▾';
}

/**
 * Renders the article cards; text edits update the state without re-rendering. Cards
 * whose id is in `folded` show only their name; `onFold(id)` is called when a card's
 * fold button is pressed.
 */
export function renderArticleEditors(articles, container, { onStatus, onRemove, folded = new Set(), onFold = () => {} }) {
  const focused = document.activeElement?.closest?.('.article-card');
  const focusKey = focused ? [focused.dataset.articleId, document.activeElement.dataset.role] : null;
  container.replaceChildren(...articles.list.map((a, i) => {
    const nameId = `name-${a.id}`, textId = `text-${a.id}`;
    const chars = h('span', { class: 'note', 'aria-live': 'off' });
    const setChars = () => { chars.textContent = `${a.text.length.toLocaleString('en-US')} حرف`; };
    setChars();
    const card = h('div', { class: 'article-card', role: 'group', 'aria-labelledby': nameId, dataset: { articleId: a.id } },
      h('div', { class: 'card-head' },
        h('button', {
          type: 'button', class: 'icon quiet', 'aria-controls': textId, 'aria-expanded': 'true',
          'aria-label': `إظهار نص ${articles.displayName(a)}`, dataset: { role: 'fold', testid: 'toggle-article' },
          onclick: () => onFold(a.id),
        }),
        h('label', { class: 'visually-hidden', for: nameId }, `اسم المقال ${i + 1}`),
        h('input', {
          id: nameId, class: 'article-name', type: 'text', value: a.name, placeholder: `مقال ${i + 1} (اسم الوسيلة)`,
          dir: 'auto', autocomplete: 'off', dataset: { role: 'name', testid: 'article-name' },
          oninput: (e) => { articles.rename(a.id, e.target.value); labelCard(); },
        }),
        h('button', {
          type: 'button', class: 'icon quiet', dataset: { role: 'remove', testid: 'remove-article' },
          'aria-label': `حذف ${articles.displayName(a)}`, title: 'حذف المقال',
          onclick: () => { const name = articles.displayName(a); onRemove(articles.remove(a.id), name); },
        }, '×'),
      ),
      h('label', { class: 'visually-hidden', for: textId }, `نص ${articles.displayName(a)}`),
      h('textarea', {
        id: textId, dir: 'rtl', lang: 'ar', rows: 7, spellcheck: 'false',
        placeholder: 'الصق نص التقرير هنا', dataset: { role: 'text', testid: 'article-input' },
        oninput: (e) => { articles.setText(a.id, e.target.value); setChars(); },
      }),
      chars,
    );
    card.querySelector('textarea').value = a.text;
    // The buttons and the text field are named after the article, as it is renamed.
    const labelCard = () => {
      const name = articles.displayName(a);
      card.querySelector('[data-role="fold"]').setAttribute('aria-label', `إظهار نص ${name}`);
      card.querySelector('[data-role="remove"]').setAttribute('aria-label', `حذف ${name}`);
      card.querySelector(`label[for="${textId}"]`).textContent = `نص ${name}`;
    };
    setCardFolded(card, folded.has(a.id));
    card.addEventListener('drop', async (e) => {
      if (!e.dataTransfer?.files?.length) return;
      e.preventDefault(); e.stopPropagation();
      container.classList.remove('dragging');
      onStatus((await articles.addFiles([...e.dataTransfer.files], a)).join('، '));
    });
    return card;
  }));
  if (focusKey) container.querySelector(`[data-article-id="${CSS.escape(focusKey[0])}"] [data-role="${focusKey[1]}"]`)?.focus();
  $('articles-count').textContent = `(${articles.list.length.toLocaleString('en-US')})`;
}
