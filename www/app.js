// The normalization playground: normalize as you type, and show, for a word of the
// normalized text, the span of the original it came from (via the offset maps).
import { normalize, tokenize, version } from './pkg/index.js';

const $ = (id) => document.getElementById(id);
const input = $('input'), output = $('output'), original = $('original');
const toggleNames = {
  stripDiacritics: 'Remove diacritics', stripTatweel: 'Remove tatweel', foldAlef: 'Fold alef forms',
  foldAlefMaksura: 'ى → ي', foldTehMarbuta: 'ة → ه', hamza: 'ؤ ئ → و ي', digits: 'Digits → 0-9',
  punctuation: 'Punctuation → ASCII', stripInvisible: 'Remove invisible characters', lowercase: 'Lowercase Latin',
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

const sample = 'قالَ المتحدثُ باسم الخارجيـــة، يوم الأحد ١٢ مارس: «نرحّب بالاتفاق» — ونقلت وكالة "رويترز" عن مسؤول في کوریا الشمالیة أنّ ٣ وفود وصلت.';

for (const [name, label] of Object.entries(toggleNames)) {
  const l = document.createElement('label');
  const c = document.createElement('input');
  c.type = 'checkbox'; c.name = name; c.id = `opt-${name}`;
  l.append(c, ' ', label);
  $('toggles').append(l);
}

function applyPreset() {
  const p = presets[$('preset').value];
  for (const [k, v] of Object.entries(p)) $(`opt-${k}`).checked = v;
  for (const [k, v] of Object.entries(selects[$('preset').value])) $(k).value = v;
}

function options() {
  const o = { preset: $('preset').value };
  for (const k of Object.keys(toggleNames)) o[k] = $(`opt-${k}`).checked;
  for (const k of Object.keys(selects.search)) o[k] = $(k).value;
  return o;
}

function render() {
  const text = input.value;
  $('error').hidden = true;
  let r;
  try {
    r = normalize(text, options());
  } catch (e) {
    $('error').textContent = e.message; $('error').hidden = false; return;
  }
  // Normalized text, cut into words so each can point at its original span.
  output.replaceChildren();
  const re = /\S+/gu;
  let last = 0, m;
  while ((m = re.exec(r.text))) {
    output.append(r.text.slice(last, m.index));
    const span = document.createElement('span');
    span.className = 'w'; span.tabIndex = 0; span.textContent = m[0];
    span.dataset.start = r.starts[m.index];
    span.dataset.end = r.ends[m.index + m[0].length - 1];
    output.append(span);
    last = m.index + m[0].length;
  }
  output.append(r.text.slice(last));
  original.textContent = text;
  const words = tokenize(text).filter((t) => t.kind === 'word').length;
  $('stats').textContent = `${text.length} → ${r.text.length} UTF-16 units, ${words} words`;
}

function showOriginal(span) {
  output.querySelectorAll('.on').forEach((e) => e.classList.remove('on'));
  const text = input.value;
  if (!span) { original.textContent = text; return; }
  span.classList.add('on');
  const s = Number(span.dataset.start), e = Number(span.dataset.end);
  const mark = document.createElement('mark');
  mark.textContent = text.slice(s, e);
  original.replaceChildren(text.slice(0, s), mark, text.slice(e));
  mark.scrollIntoView({ block: 'nearest' });
}

output.addEventListener('mouseover', (e) => e.target.classList?.contains('w') && showOriginal(e.target));
output.addEventListener('focusin', (e) => e.target.classList?.contains('w') && showOriginal(e.target));
output.addEventListener('mouseleave', () => showOriginal(null));
$('preset').addEventListener('change', () => { applyPreset(); render(); });
$('options').addEventListener('change', (e) => { if (e.target.id !== 'preset') render(); });
input.addEventListener('input', render);

$('version').textContent = `isnad ${version()}`;
input.value = sample;
applyPreset();
render();
