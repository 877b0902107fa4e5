// DOM helpers. Text is only ever added as text nodes (never parsed as HTML), and
// attributes come from this code, never from pasted text except as attribute values.
export const $ = (id) => document.getElementById(id);

export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k === 'text') el.textContent = v;
    else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'style' || k.startsWith('on')) throw new Error(`h(): attribute ${k} not allowed`);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

// Numbers shown to people.
export const pct = (x) => `${Math.round(x * 100)}٪`;
export const fmt = (n) => n.toLocaleString('en-US');

// Plural-aware Arabic counts for the few nouns the page uses.
export function count(n, [one, two, few, many]) {
  if (n === 0) return `${fmt(0)} ${few}`;
  if (n === 1) return one;
  if (n === 2) return two;
  if (n >= 3 && n <= 10) return `${fmt(n)} ${few}`;
  return `${fmt(n)} ${many}`;
}

/** Local date and time for file names: 2026-12-05-2330. */
export function dateStamp(d = new Date()) {
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`;
}

export function download(name, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
