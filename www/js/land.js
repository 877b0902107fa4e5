// Following a link to a place in the text: the cards use `content-visibility: auto`
// (off-screen cards are not laid out and stand in with a placeholder height), so a
// scroll computed at once lands where the placeholder was, thousands of pixels off.
// `land` lays the target's cards out first, then scrolls and focuses; and checks
// again after the next frames, in case a card around it took its real height since.

const frame = () => new Promise((r) => requestAnimationFrame(() => r()));

/** Lays out the target's cards (its ancestors and the grid it is in) until the next render. */
function layOut(el) {
  for (let p = el.parentElement; p; p = p.parentElement) {
    if (getComputedStyle(p).contentVisibility === 'auto') p.classList.add('laid-out');
  }
  const grid = el.closest('[data-cards]');
  if (grid) grid.classList.add('laid-out-all');
}

function inView(el) {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
}

function scrollTo(el) {
  const r = el.getBoundingClientRect();
  // A long passage shows its beginning; a short one sits in the middle of the screen.
  el.scrollIntoView({ block: r.height > window.innerHeight * 0.7 ? 'start' : 'center', inline: 'nearest' });
}

let seq = 0;

/**
 * Scrolls `el` into view after layout and focuses it (the caller has marked it). The
 * layout is forced at once (the cards are made `visible`, so the scroll reads real
 * heights), and checked again after each of the next two frames.
 */
export function land(el) {
  if (!el) return Promise.resolve(false);
  const my = ++seq;
  layOut(el);
  scrollTo(el);
  el.focus({ preventScroll: true });
  return (async () => {
    for (let i = 0; i < 2; i++) {
      await frame();
      if (my !== seq || !el.isConnected) return false;
      const r = el.getBoundingClientRect();
      if (!inView(el) && !(r.height > window.innerHeight && r.top <= 0 && r.bottom > 0)) scrollTo(el);
      if (document.activeElement !== el) el.focus({ preventScroll: true });
    }
    document.body.dataset.landed = String(my);
    return true;
  })();
}
