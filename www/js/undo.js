// What happened, said where it stays readable, with a way back: the notice under the
// articles' buttons says what an action did and, for actions that replace or remove
// articles, offers "undo" for UNDO_MS (longer while the pointer or the focus is on
// it). The analysis status line is another element, so it never overwrites this.
import { $ } from './dom.js';

export const UNDO_MS = 20_000;

let timer = 0;
let pending = null;
let holding = false;

function hide() {
  clearTimeout(timer);
  $('notice').hidden = true;
  document.body.classList.remove('noticed');
  pending = null;
}

function arm(ms) {
  clearTimeout(timer);
  timer = setTimeout(() => { if (holding) arm(3000); else hide(); }, ms);
}

/** Shows `message`; with `undo`, the undo button calls it once. */
export function notify(message, undo = null, { focus = false } = {}) {
  pending = undo;
  $('notice-text').textContent = message;
  $('undo').hidden = !undo;
  $('notice').hidden = false;
  document.body.classList.add('noticed');
  arm(undo ? UNDO_MS : 12_000);
  if (focus && undo) $('undo').focus();
}

export function initNotice({ onUndone }) {
  const box = $('notice');
  box.addEventListener('mouseenter', () => { holding = true; });
  box.addEventListener('mouseleave', () => { holding = false; });
  box.addEventListener('focusin', () => { holding = true; });
  box.addEventListener('focusout', (e) => { if (!box.contains(e.relatedTarget)) holding = false; });
  $('undo').addEventListener('click', () => {
    const run = pending;
    if (!run) return;
    pending = null;
    const message = run();
    holding = false;
    notify(message);
    onUndone?.();
  });
  $('notice-close').addEventListener('click', () => { holding = false; hide(); });
}
