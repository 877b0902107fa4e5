// Text with highlights, built from the API's spans only and with DOM text nodes.
//
// Annotations may nest or cross; the text is cut at every boundary and each piece is
// wrapped in the annotations that cover it, outer layers first, so crossing spans are
// clipped into pieces (the continuation pieces carry data-part="cont"). Spans are
// first widened to whole words: a highlight never starts or ends inside a word, so it
// never separates a letter from its marks or breaks the joining of Arabic letters.

const WORD = /[\p{L}\p{M}\p{N}\u0640\u200C\u200D]/u;

function isWordAt(text, i) {
  if (i < 0 || i >= text.length) return false;
  const cp = text.codePointAt(i);
  // A low surrogate belongs to the code point before it.
  if (cp >= 0xdc00 && cp <= 0xdfff) return isWordAt(text, i - 1);
  return WORD.test(String.fromCodePoint(cp));
}

/** [start, end) widened to whole words (and never beyond the text). */
export function snapToWords(text, start, end) {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (s > 0 && isWordAt(text, s) && isWordAt(text, s - 1)) s--;
  while (e < text.length && e > 0 && isWordAt(text, e - 1) && isWordAt(text, e)) e++;
  // Never end between a high and a low surrogate.
  if (e < text.length && text.charCodeAt(e) >= 0xdc00 && text.charCodeAt(e) <= 0xdfff) e++;
  return [s, e];
}

/**
 * Fills `container` with `text`, wrapping annotated ranges.
 * annotation: { start, end, layer (smaller = outer), tag, className, attrs, setup(el) }
 */
export function renderAnnotated(container, text, annotations, { snap = true } = {}) {
  const anns = [];
  for (const [i, a] of annotations.entries()) {
    if (!(a.end > a.start)) continue;
    const [s, e] = snap ? snapToWords(text, a.start, a.end) : [a.start, a.end];
    if (e > s) anns.push({ ...a, start: s, end: e, order: i });
  }
  const cuts = new Set([0, text.length]);
  for (const a of anns) { cuts.add(a.start); cuts.add(a.end); }
  const points = [...cuts].sort((x, y) => x - y);
  anns.sort((x, y) => x.start - y.start || (x.layer ?? 0) - (y.layer ?? 0) || y.end - x.end || x.order - y.order);

  const frag = document.createDocumentFragment();
  const stack = []; // [{ ann, el }]
  const opened = new Set();
  let active = [];
  let next = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const s = points[p], e = points[p + 1];
    active = active.filter((a) => a.end > s);
    while (next < anns.length && anns[next].start <= s) {
      if (anns[next].end > s) active.push(anns[next]);
      next++;
    }
    const want = active.slice().sort((x, y) => (x.layer ?? 0) - (y.layer ?? 0) || x.start - y.start || y.end - x.end || x.order - y.order);
    let keep = 0;
    while (keep < stack.length && keep < want.length && stack[keep].ann === want[keep]) keep++;
    stack.length = keep;
    for (let k = keep; k < want.length; k++) {
      const a = want[k];
      const el = document.createElement(a.tag ?? 'span');
      if (a.className) el.className = a.className;
      for (const [n, v] of Object.entries(a.attrs ?? {})) if (v != null) el.setAttribute(n, String(v));
      if (opened.has(a)) el.dataset.part = 'cont';
      else { opened.add(a); a.setup?.(el); }
      (k === 0 ? frag : stack[k - 1].el).append(el);
      stack.push({ ann: a, el });
    }
    const node = document.createTextNode(text.slice(s, e));
    (stack.length ? stack[stack.length - 1].el : frag).append(node);
  }
  container.replaceChildren(frag);
}
