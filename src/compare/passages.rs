//! Reused passages between two texts, found the way the PAN text-alignment systems do:
//! seed, filter, extend by clustering, then tidy up.
//!
//! 1. **Seeds.** Every pair of positions `(i, j)` where word `i` of `a` and word `j` of
//!    `b` are content words with the same match key is a dot of the dot plot (keys
//!    that would give more than `max_pairs` dots are left out), and so is every content
//!    word of a shared word trigram (function words included, so frequent words still
//!    count inside copied stretches).
//! 2. **Density.** A reused passage is a dense region of dots: a diagonal when copied,
//!    a filled rectangle when its words were shuffled. A dot stays when it lies in a
//!    dense cell of one of the grids (cell sizes `scales`, each grid also shifted by half
//!    a cell): at least `min_dots` of the scale and clearly more than chance (the mean
//!    plus four standard deviations of a Poisson count at the pair's dot density). Dots
//!    of shared runs of four words or more always stay.
//! 3. **Extension.** Dots are clustered by alternately sorting on `a` and on `b` and
//!    cutting where consecutive dots are more than `gap` words apart, until nothing
//!    changes. Clusters that follow each other within `merge_gap` words in `a` and lie
//!    together in `b` are joined (the pieces of a passage whose phrases were shuffled).
//!    Then each word keeps only its match nearest to its neighbours' matches, and the
//!    clustering and joining run again, so chance matches around a passage fall off.
//! 4. **Filter.** A passage needs `min_keys` distinct shared keys, `min_words` matched
//!    words in each text and a score of `min_score`; a joined cluster that fails falls
//!    back to its strong pieces. Of passages that overlap, the weaker is cut back or
//!    dropped, so one reused passage gives one detection.
//!
//! Spans run from the first to the last clustered word in each text, widened to
//! sentence ends when these are within `snap` words. The defaults were tuned on the
//! development part of ExAraPlagDet (`cargo run --release --example eval_pan`).

use super::words::{FastMap, Word};
use super::{Passage, PassageKind, Span};

/// Tuning of the passage finder; [`Params::default`] is what [`super::compare`] uses.
#[derive(Clone, Copy, Debug)]
pub struct Params {
    /// A word contributes dots only if (occurrences in a) × (occurrences in b) is at most this.
    pub max_pairs: usize,
    /// Cell sizes, in words, of the density grids.
    pub scales: [usize; 4],
    /// Dots a cell of each scale needs at least to count as dense.
    pub min_dots: [usize; 4],
    /// Largest gap, in words, inside a cluster.
    pub gap: usize,
    /// Largest gap, in words of `a`, between clusters merged into one passage.
    pub merge_gap: usize,
    /// Fewest distinct keys a passage must share.
    pub min_keys: usize,
    /// Lowest score a passage may have.
    pub min_score: f64,
    /// Distinct words a cluster must cover in each text.
    pub min_words: usize,
    /// Widen a span to a sentence end this many words away at most.
    pub snap: usize,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            max_pairs: 64,
            scales: [16, 48, 144, 432],
            min_dots: [4, 10, 24, 60],
            gap: 12,
            merge_gap: 40,
            min_keys: 6,
            min_score: 0.4,
            min_words: 6,
            snap: 4,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Dot {
    i: u32,
    j: u32,
}

/// A word sequence indexed for seeding: positions of every content key and of every
/// word trigram. Built once per text, reused for every pair it is part of.
pub(crate) struct Indexed<'w> {
    pub words: &'w [Word],
    by_key: FastMap<u32, Vec<u32>>,
    trigrams: FastMap<u128, Vec<u32>>,
}

impl<'w> Indexed<'w> {
    pub fn new(words: &'w [Word]) -> Indexed<'w> {
        let mut by_key: FastMap<u32, Vec<u32>> = FastMap::default();
        for (i, w) in words.iter().enumerate().filter(|(_, w)| w.content) {
            by_key.entry(w.id).or_default().push(i as u32);
        }
        let mut trigrams: FastMap<u128, Vec<u32>> = FastMap::default();
        for (i, g) in words.windows(3).enumerate() {
            let key = (g[0].id as u128) << 64 | (g[1].id as u128) << 32 | g[2].id as u128;
            trigrams.entry(key).or_default().push(i as u32);
        }
        Indexed { words, by_key, trigrams }
    }
}

/// Reused passages between the word sequences `a` and `b`.
pub(crate) fn find(a: &Indexed, b: &Indexed, p: &Params) -> Vec<Passage> {
    let (wa, wb) = (a.words, b.words);
    if wa.is_empty() || wb.is_empty() {
        return Vec::new();
    }
    let (mut dots, mut anchored) = seeds(a, b, p);
    if dots.is_empty() {
        return Vec::new();
    }
    dots.sort_unstable();
    dots.dedup();
    let mut dots = dense(dots, wa.len(), wb.len(), p);
    dots.append(&mut anchored);
    dots.sort_unstable();
    dots.dedup();
    let mut clusters = cluster(dots, p.gap as u32);
    clusters.retain(|c| keys(c, wa) >= 3);
    let mut clusters = merge(clusters, p);
    for _ in 0..2 {
        let mut next = Vec::new();
        for c in clusters {
            let mut pieces = cluster(prune(c), p.gap as u32);
            pieces.retain(|c| keys(c, wa) >= 3);
            next.extend(merge(pieces, p));
        }
        clusters = next;
    }
    let acceptable = |f: &Found| {
        keys(&f.dots, wa) >= p.min_keys && f.strength() >= p.min_words && f.passage(wa, wb, p).score >= p.min_score
    };
    let mut found: Vec<Found> = Vec::new();
    for c in clusters {
        let f = Found::new(c);
        if acceptable(&f) {
            found.push(f);
        } else {
            // A strong piece that chance matches around it diluted stays on its own.
            found.extend(cluster(f.dots, p.gap as u32).into_iter().map(Found::new).filter(|g| acceptable(g)));
        }
    }
    resolve_overlaps(&mut found, p);
    found.sort_by_key(|f| (f.i0, f.j0));
    found.into_iter().map(|f| f.passage(wa, wb, p)).filter(|x| x.score >= p.min_score).collect()
}

/// Dots of shared content keys (skipping keys too frequent in both) and of shared
/// word trigrams (function words too: they keep copied stretches whole where
/// frequent words gave no dots of their own). The second list holds the content-word
/// dots of shared runs of four words or more: copied text whatever the density
/// around it.
fn seeds(a: &Indexed, b: &Indexed, p: &Params) -> (Vec<Dot>, Vec<Dot>) {
    let mut dots = Vec::new();
    let (small, large, swap) = if a.by_key.len() <= b.by_key.len() { (a, b, false) } else { (b, a, true) };
    for (k, xs) in &small.by_key {
        let Some(ys) = large.by_key.get(k) else { continue };
        if xs.len() * ys.len() > p.max_pairs {
            continue;
        }
        for &x in xs {
            for &y in ys {
                dots.push(if swap { Dot { i: y, j: x } } else { Dot { i: x, j: y } });
            }
        }
    }
    let mut starts: Vec<Dot> = Vec::new();
    let (small, large, swap) = if a.trigrams.len() <= b.trigrams.len() { (a, b, false) } else { (b, a, true) };
    for (g, xs) in &small.trigrams {
        let Some(ys) = large.trigrams.get(g) else { continue };
        if xs.len() * ys.len() > p.max_pairs {
            continue;
        }
        for &x in xs {
            for &y in ys {
                let (i, j) = if swap { (y, x) } else { (x, y) };
                starts.push(Dot { i, j });
                for k in 0..3u32 {
                    if a.words[(i + k) as usize].content {
                        dots.push(Dot { i: i + k, j: j + k });
                    }
                }
            }
        }
    }
    starts.sort_unstable();
    let mut anchored = Vec::new();
    for d in &starts {
        if starts.binary_search(&Dot { i: d.i + 1, j: d.j + 1 }).is_ok() {
            for k in 0..4u32 {
                if a.words[(d.i + k) as usize].content {
                    anchored.push(Dot { i: d.i + k, j: d.j + k });
                }
            }
        }
    }
    (dots, anchored)
}

/// Dots that lie in a dense cell of one of the grids: for every scale, two grids
/// shifted by half a cell in each direction; a cell is dense when it holds at least
/// the scale's `min_dots` and clearly more than chance would put there (mean plus
/// four standard deviations of a Poisson count at the pair's overall dot density).
fn dense(dots: Vec<Dot>, la: usize, lb: usize, p: &Params) -> Vec<Dot> {
    if dots.is_empty() {
        return dots;
    }
    let area = (la as f64) * (lb as f64);
    let mut keep = vec![false; dots.len()];
    let mut map: FastMap<(u32, u32), u32> = FastMap::default();
    let mut grid: Vec<u32> = Vec::new();
    for (s, &c) in p.scales.iter().enumerate() {
        let c = c.max(1) as u32;
        let lambda = dots.len() as f64 * (c as f64) * (c as f64) / area.max(1.0);
        let need = (p.min_dots[s] as f64).max(lambda + 4.0 * lambda.sqrt() + 1.0).ceil() as u32;
        let (rows, cols) = (la as u64 / c as u64 + 2, lb as u64 / c as u64 + 2);
        // x / c as a multiplication: exact for x < 2^40 / c, far beyond any text.
        let inv = (1u64 << 40).div_ceil(c as u64);
        // A flat grid when it is small, else a map of the cells that have dots.
        let flat = rows * cols <= (8 * dots.len() as u64).max(1 << 16);
        for (si, sj) in [(0, 0), (c / 2, 0), (0, c / 2), (c / 2, c / 2)] {
            let cell = |d: &Dot| ((((d.i + si) as u64 * inv) >> 40) as u32, (((d.j + sj) as u64 * inv) >> 40) as u32);
            if flat {
                grid.clear();
                grid.resize((rows * cols) as usize, 0);
                let at = |d: &Dot| {
                    let (x, y) = cell(d);
                    (x as u64 * cols + y as u64) as usize
                };
                for d in &dots {
                    grid[at(d)] += 1;
                }
                for (k, d) in dots.iter().enumerate() {
                    if !keep[k] && grid[at(d)] >= need {
                        keep[k] = true;
                    }
                }
            } else {
                map.clear();
                for d in &dots {
                    *map.entry(cell(d)).or_default() += 1;
                }
                for (k, d) in dots.iter().enumerate() {
                    if !keep[k] && map[&cell(d)] >= need {
                        keep[k] = true;
                    }
                }
            }
        }
    }
    dots.into_iter().zip(keep).filter(|(_, k)| *k).map(|(d, _)| d).collect()
}

/// Joins clusters that are pieces of one passage whose phrases or words were
/// shuffled: clusters that follow each other within `merge_gap` words in `a` form a
/// chain; the chain's clusters are grouped by their places in `b`, where a gap wider
/// than the chain's length in `a` (or `merge_gap`) separates two groups.
/// A cluster with its bounds (first i, last i, first j, last j).
type Bounded = ((u32, u32, u32, u32), Vec<Dot>);

fn merge(clusters: Vec<Vec<Dot>>, p: &Params) -> Vec<Vec<Dot>> {
    let g = p.merge_gap as u32;
    let mut items: Vec<Bounded> =
        clusters.into_iter().filter(|c| !c.is_empty()).map(|c| (bounds(&c), c)).collect();
    items.sort_by_key(|(r, _)| r.0);
    let mut out = Vec::new();
    let mut chain: Vec<Bounded> = Vec::new();
    let mut chain_end = 0;
    let flush = |chain: &mut Vec<Bounded>, out: &mut Vec<Vec<Dot>>| {
        if chain.is_empty() {
            return;
        }
        let a0 = chain.iter().map(|(r, _)| r.0).min().unwrap_or(0);
        let a1 = chain.iter().map(|(r, _)| r.1).max().unwrap_or(0);
        let reach = g.max(a1 - a0);
        chain.sort_by_key(|(r, _)| r.2);
        let mut group: Vec<Dot> = Vec::new();
        let mut group_end = 0;
        for (r, c) in chain.drain(..) {
            if !group.is_empty() && r.2 > group_end + reach {
                out.push(std::mem::take(&mut group));
            }
            group_end = if group.is_empty() { r.3 } else { group_end.max(r.3) };
            group.extend(c);
        }
        out.push(group);
    };
    for (r, c) in items {
        if !chain.is_empty() && r.0 > chain_end + g {
            flush(&mut chain, &mut out);
        }
        chain_end = if chain.is_empty() { r.1 } else { chain_end.max(r.1) };
        chain.push((r, c));
    }
    flush(&mut chain, &mut out);
    out
}

/// (first i, last i, first j, last j) of a non-empty cluster.
fn bounds(c: &[Dot]) -> (u32, u32, u32, u32) {
    let (mut i0, mut i1, mut j0, mut j1) = (u32::MAX, 0, u32::MAX, 0);
    for d in c {
        i0 = i0.min(d.i);
        i1 = i1.max(d.i);
        j0 = j0.min(d.j);
        j1 = j1.max(d.j);
    }
    (i0, i1, j0, j1)
}

/// One dot per word: where a word of a passage matches several words of the other
/// text, only the match nearest to where its neighbours' matches are (the median
/// over the `WINDOW` words on either side) stays, in each direction.
fn prune(mut c: Vec<Dot>) -> Vec<Dot> {
    const WINDOW: u32 = 30;
    for by_i in [true, false] {
        let row = |d: &Dot| if by_i { (d.i, d.j) } else { (d.j, d.i) };
        c.sort_unstable_by_key(|d| row(d));
        let mut keep = vec![true; c.len()];
        let mut lo = 0;
        let mut hi = 0;
        let mut k = 0;
        while k < c.len() {
            let r = row(&c[k]).0;
            let mut e = k;
            while e < c.len() && row(&c[e]).0 == r {
                e += 1;
            }
            if e - k > 1 {
                while row(&c[lo]).0 + WINDOW < r {
                    lo += 1;
                }
                while hi < c.len() && row(&c[hi]).0 <= r + WINDOW {
                    hi += 1;
                }
                let mut around: Vec<u32> =
                    c[lo..hi].iter().filter(|d| row(d).0 != r).map(|d| row(d).1).collect();
                if !around.is_empty() {
                    let mid = around.len() / 2;
                    let median = *around.select_nth_unstable(mid).1;
                    let best = (k..e).min_by_key(|&x| row(&c[x]).1.abs_diff(median)).unwrap_or(k);
                    for (x, flag) in keep.iter_mut().enumerate().take(e).skip(k) {
                        *flag = x == best;
                    }
                }
            }
            k = e;
        }
        c = c.into_iter().zip(keep).filter(|(_, k)| *k).map(|(d, _)| d).collect();
    }
    c
}

fn keys(c: &[Dot], a: &[Word]) -> usize {
    let mut v: Vec<u32> = c.iter().map(|d| a[d.i as usize].id).collect();
    v.sort_unstable();
    v.dedup();
    v.len()
}

/// Gap clustering: split on `i` gaps, then on `j` gaps, until a cluster survives a
/// pass in both directions unsplit.
fn cluster(dots: Vec<Dot>, gap: u32) -> Vec<Vec<Dot>> {
    if dots.is_empty() {
        return Vec::new();
    }
    // (cluster, split on i next, the other direction is known to be stable)
    let mut work = vec![(dots, true, false)];
    let mut done = Vec::new();
    while let Some((c, by_i, other_stable)) = work.pop() {
        let mut parts = split(c, by_i, gap);
        if parts.len() == 1 {
            let c = parts.pop().unwrap_or_default();
            if other_stable {
                done.push(c);
            } else {
                work.push((c, !by_i, true));
            }
        } else {
            work.extend(parts.into_iter().map(|part| (part, !by_i, false)));
        }
    }
    done
}

fn split(mut c: Vec<Dot>, by_i: bool, gap: u32) -> Vec<Vec<Dot>> {
    let key = |d: &Dot| if by_i { (d.i, d.j) } else { (d.j, d.i) };
    c.sort_unstable_by_key(key);
    let mut parts: Vec<Vec<Dot>> = Vec::new();
    let mut cur: Vec<Dot> = Vec::new();
    for d in c {
        if let Some(last) = cur.last() {
            if key(&d).0 > key(last).0 + gap {
                parts.push(std::mem::take(&mut cur));
            }
        }
        cur.push(d);
    }
    parts.push(cur);
    parts
}

fn distinct(c: &[Dot], f: impl Fn(&Dot) -> u32) -> usize {
    let mut v: Vec<u32> = c.iter().map(f).collect();
    v.sort_unstable();
    v.dedup();
    v.len()
}

struct Found {
    dots: Vec<Dot>,
    i0: u32,
    i1: u32,
    j0: u32,
    j1: u32,
}

impl Found {
    fn new(dots: Vec<Dot>) -> Found {
        let i0 = dots.iter().map(|d| d.i).min().unwrap_or(0);
        let i1 = dots.iter().map(|d| d.i).max().unwrap_or(0);
        let j0 = dots.iter().map(|d| d.j).min().unwrap_or(0);
        let j1 = dots.iter().map(|d| d.j).max().unwrap_or(0);
        Found { dots, i0, i1, j0, j1 }
    }

    fn strength(&self) -> usize {
        distinct(&self.dots, |d| d.i).min(distinct(&self.dots, |d| d.j))
    }

    fn passage(&self, a: &[Word], b: &[Word], p: &Params) -> Passage {
        let (i0, i1) = snap(a, self.i0 as usize, self.i1 as usize, p.snap);
        let (j0, j1) = snap(b, self.j0 as usize, self.j1 as usize, p.snap);
        let na = distinct(&self.dots, |d| d.i);
        let nb = distinct(&self.dots, |d| d.j);
        let content_a = a[i0..=i1].iter().filter(|w| w.content).count().max(1);
        let content_b = b[j0..=j1].iter().filter(|w| w.content).count().max(1);
        let score = ((na + nb) as f64 / (content_a + content_b) as f64).min(1.0);
        let order = in_order_fraction(&self.dots);
        let kind = if order < 0.6 {
            PassageKind::Reordered
        } else if score >= 0.95 && order >= 0.95 {
            PassageKind::Verbatim
        } else if score >= 0.6 {
            PassageKind::Edited
        } else {
            PassageKind::Paraphrase
        };
        Passage {
            a: Span { start: a[i0].start, end: a[i1].end },
            b: Span { start: b[j0].start, end: b[j1].end },
            score,
            kind,
        }
    }
}

/// Widens `[s, e]` to the sentence start before `s` and the sentence end after `e` when
/// each is at most `snap` words away.
fn snap(w: &[Word], s: usize, e: usize, snap: usize) -> (usize, usize) {
    let mut s2 = s;
    for k in 0..=snap {
        if s < k {
            break;
        }
        if s == k || w[s - k - 1].sentence_end {
            s2 = s - k;
            break;
        }
    }
    let mut e2 = e;
    for k in 0..=snap {
        if e + k >= w.len() {
            break;
        }
        if w[e + k].sentence_end {
            e2 = e + k;
            break;
        }
    }
    (s2, e2)
}

/// Fraction of the dots on the longest chain increasing in both texts.
fn in_order_fraction(dots: &[Dot]) -> f64 {
    if dots.is_empty() {
        return 0.0;
    }
    let mut v: Vec<Dot> = dots.to_vec();
    v.sort_unstable_by_key(|d| (d.i, std::cmp::Reverse(d.j)));
    // Longest strictly increasing subsequence of j (patience sorting).
    let mut tails: Vec<u32> = Vec::new();
    for d in &v {
        match tails.binary_search(&d.j) {
            Ok(_) => {}
            Err(k) => {
                if k == tails.len() {
                    tails.push(d.j);
                } else {
                    tails[k] = d.j;
                }
            }
        }
    }
    let n = distinct(dots, |d| d.i).min(distinct(dots, |d| d.j));
    (tails.len() as f64 / n.max(1) as f64).min(1.0)
}

/// Of clusters overlapping in `a` (or in `b`), the stronger keeps the overlap; the
/// other is cut to what lies outside it, or dropped if too little remains.
fn resolve_overlaps(found: &mut Vec<Found>, p: &Params) {
    found.sort_by_key(|f| std::cmp::Reverse(f.strength()));
    let mut kept: Vec<Found> = Vec::new();
    for f in found.drain(..) {
        let mut dots = f.dots;
        for k in &kept {
            dots.retain(|d| !((k.i0..=k.i1).contains(&d.i) || (k.j0..=k.j1).contains(&d.j)));
        }
        if distinct(&dots, |d| d.i) >= p.min_words && distinct(&dots, |d| d.j) >= p.min_words {
            kept.push(Found::new(dots));
        }
    }
    *found = kept;
}
