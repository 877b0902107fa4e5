// One Tab stop per text: inside a box marked `data-roving="<selector>"`, only one of
// its highlights is in the Tab order (tabindex 0, the others -1); the arrow keys move
// between them (in right-to-left text ArrowLeft is "next"), Home and End go to the
// first and last. Enter and Escape are left to the views.

/** Makes the first item of `box` its Tab stop (the others -1). */
export function initRoving(box, selector, skip = () => false) {
  box.dataset.roving = selector;
  const items = box.querySelectorAll(selector);
  let first = true;
  for (const el of items) {
    const on = first && !skip(el);
    el.tabIndex = on ? 0 : -1;
    if (on) first = false;
  }
  roving.set(box, skip);
}

const roving = new WeakMap();

function setCurrent(box, el) {
  for (const x of box.querySelectorAll('[tabindex="0"]')) if (x !== el && x.matches(box.dataset.roving)) x.tabIndex = -1;
  el.tabIndex = 0;
}

document.addEventListener('focusin', (e) => {
  const box = e.target.closest?.('[data-roving]');
  if (box && e.target.matches(box.dataset.roving)) setCurrent(box, e.target);
});

document.addEventListener('keydown', (e) => {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  const box = e.target.closest?.('[data-roving]');
  if (!box || !e.target.matches(box.dataset.roving)) return;
  const rtl = getComputedStyle(box).direction === 'rtl';
  const step = { ArrowDown: 1, ArrowUp: -1, ArrowLeft: rtl ? 1 : -1, ArrowRight: rtl ? -1 : 1, Home: -Infinity, End: Infinity }[e.key];
  if (step === undefined) return;
  const skip = roving.get(box) ?? (() => false);
  const items = [...box.querySelectorAll(box.dataset.roving)].filter((el) => !skip(el));
  if (!items.length) return;
  e.preventDefault();
  const i = items.indexOf(e.target);
  const j = step === -Infinity ? 0 : step === Infinity ? items.length - 1 : Math.max(0, Math.min(items.length - 1, (i < 0 ? 0 : i) + step));
  setCurrent(box, items[j]);
  items[j].focus();
});
