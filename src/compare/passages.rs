//! Reused passages between two texts: what was copied, not what was told twice.
//!
//! Reports of one event share names, places, numbers and the event's words; copy
//! shares wording. So the evidence is **runs**: matches of match keys in the same order
//! in both texts, a few skipped words allowed (a changed, added or dropped word), each
//! match weighed by how specific it is (`specific.rs`). A run (or runs joined
//! where the copying goes on) becomes a passage when it holds `min_evidence`,
//! `min_run` matched words and some grammar (a function word, a quotation, or length),
//! and enough of it is the same wording (`min_same`, more for short ones). Among four
//! or more reports, a run made of words most of them carry (the event's names, titles
//! and places) is no passage and joins nothing ([`own_words`]). Passages
//! are cut at quotation marks, so a shared quotation is its own passage; a group with
//! too little same wording falls back to its runs.
//!
//! Word-shuffled reuse has no runs: for it the PAN text-alignment pipeline below
//! (seed, density, extension by clustering, filter) finds dense clusters, kept whole
//! when mostly out of order, half of their weighted content words matched and
//! `min_shuffled` of their matched words more than the event's vocabulary. It runs
//! only when enough shared words lie outside the runs.
//!
//! 1. **Seeds.** Every pair of positions `(i, j)` where word `i` of `a` and word `j` of
//!    `b` are content words with the same match key is a dot of the dot plot (keys
//!    that would give more than `max_pairs` dots are left out), and so is every content
//!    word of a shared word trigram.
//! 2. **Density.** A dot stays when it lies in a dense cell of one of the grids (cell
//!    sizes `scales`, each grid also shifted by half a cell): at least `min_dots` of the
//!    scale and clearly more than chance. Dots of shared runs of four words always stay.
//! 3. **Extension.** Dots are clustered by alternately sorting on `a` and on `b` and
//!    cutting where consecutive dots are more than `gap` words apart; clusters within
//!    `merge_gap` words are joined; each word keeps its match nearest its neighbours'.
//! 4. **Filter.** A cluster needs `min_keys` distinct shared keys, `min_words` matched
//!    words in each text and a score of `min_score`; of overlapping ones the stronger
//!    stays.
//!
//! Every passage's `score` is the share of the words of both spans on their longest
//! common subsequence; its kind follows ([`PassageKind::of_score`]). The defaults were
//! tuned on the invented reports of `tests/gold/passages` (`cargo run --release
//! --example eval_reuse`) with the development part of ExAraPlagDet as the guard
//! (`cargo run --release --example eval_pan`).

use super::specific::{SentenceCounts, SetFrequency, Specificity};
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
    /// Words of either text a run may skip between two matches (a changed, added or
    /// dropped word).
    pub run_gap: usize,
    /// Words of either text between two runs that still continue one passage.
    pub join_gap: usize,
    /// Evidence (sum of match weights) a run needs to join a passage.
    pub link_evidence: f32,
    /// Evidence a passage needs at least.
    pub min_evidence: f32,
    /// Matched words a passage needs at least.
    pub min_run: usize,
    /// A dense cluster whose in-order share is below this is shuffled reuse, kept whole.
    pub shuffled: f64,
    /// Share of the content-word weight of a shuffled cluster that must be matched.
    pub min_cover: f64,
    /// Lowest score of a passage of fewer than `long` words (on average over both texts).
    pub min_same_short: f64,
    /// See `min_same_short`.
    pub long: usize,
    /// Matched words a shuffled cluster needs in each text.
    pub min_shuffled: usize,
    /// Lowest score (same wording) of a passage of words in order.
    pub min_same: f64,
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
            run_gap: 3,
            join_gap: 10,
            link_evidence: 0.5,
            min_evidence: 2.5,
            min_run: 4,
            shuffled: 0.8,
            min_cover: 0.5,
            min_same: 0.6,
            min_same_short: 0.75,
            long: 20,
            min_shuffled: 12,
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
    sentences: SentenceCounts,
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
        Indexed { words, by_key, trigrams, sentences: SentenceCounts::new(words) }
    }
}

/// Reused passages between the word sequences `a` and `b`; `set` holds the key
/// frequencies of the articles compared together (none for a lone pair).
///
/// The same passages whichever text comes first: the finder weighs some evidence on
/// one side (words of `a` outside the runs, matched words of `a` beyond the event's
/// vocabulary), so the pair is always read in one order, the longer text first (in
/// words, then bytes, then word lengths), and the spans swapped back. Articles pasted in another order
/// must not share another part of themselves.
pub(crate) fn find(a: &Indexed, b: &Indexed, p: &Params, set: Option<&SetFrequency>) -> Vec<Passage> {
    // Match-key ids depend on the order the articles were read in: the tie is broken
    // on the texts' own shape (bytes, then word lengths) first.
    let shape = |x: &Indexed| (x.words.len(), x.words.last().map_or(0, |w| w.end));
    let lengths = |x: &'_ Indexed| x.words.iter().map(|w| w.end - w.start).collect::<Vec<usize>>();
    let swap = match shape(b).cmp(&shape(a)) {
        std::cmp::Ordering::Greater => true,
        std::cmp::Ordering::Less => false,
        std::cmp::Ordering::Equal => match lengths(b).cmp(&lengths(a)) {
            std::cmp::Ordering::Equal => b.words.iter().map(|w| w.id).lt(a.words.iter().map(|w| w.id)),
            o => o == std::cmp::Ordering::Greater,
        },
    };
    if swap {
        let mut out: Vec<Passage> = find_ordered(b, a, p, set)
            .into_iter()
            .map(|x| Passage { a: x.b, b: x.a, ..x })
            .collect();
        out.sort_by_key(|x| (x.a.start, x.b.start));
        return out;
    }
    find_ordered(a, b, p, set)
}

/// [`find`] with `a` read first.
fn find_ordered(a: &Indexed, b: &Indexed, p: &Params, set: Option<&SetFrequency>) -> Vec<Passage> {
    let (wa, wb) = (a.words, b.words);
    if wa.is_empty() || wb.is_empty() {
        return Vec::new();
    }
    let spec = Specificity::new(&a.sentences, &b.sentences, set);
    // Copied wording: runs of matches in order, joined where the copying continues.
    let dots = run_dots(a, b, p);
    let runs = chains(&dots, wa, &spec, p);
    let groups = groups(runs, wa, wb, &spec, p);
    // Shuffled reuse: dense clusters mostly out of order, kept whole. Looked for only
    // when the runs leave room for it (the costliest step, and rarely needed between
    // reports of one event): runs out of order with each other, or enough shared
    // words outside them.
    let mut out: Vec<(Span, Span, bool)> = Vec::new();
    if may_be_shuffled(&dots, &groups, wa, p) {
        let is_shuffled = |f: &Found| {
            in_order_fraction(&f.dots) < p.shuffled
                && f.strength() >= p.min_shuffled
                && f.own(wa, &spec) >= p.min_shuffled
                && f.cover(wa, wb, &spec) >= p.min_cover
                && f.same_words(wa, wb, p) >= SHUFFLED_SAME_WORDS
        };
        // A cluster that holds a sentence nobody copied is judged again piece by piece
        // (it may only lose: a piece is kept when the whole was, and it is, shuffled).
        let shuffled = dense_clusters(a, b, p)
            .into_iter()
            .filter(is_shuffled)
            .flat_map(|f| split_at_unmatched_sentences(f, wa, wb))
            .filter(is_shuffled);
        for f in shuffled {
            let (i0, i1) = snap(wa, f.i0 as usize, f.i1 as usize, p.snap);
            let (j0, j1) = snap(wb, f.j0 as usize, f.j1 as usize, p.snap);
            out.push((Span { start: wa[i0].start, end: wa[i1].end }, Span { start: wb[j0].start, end: wb[j1].end }, true));
        }
    }
    // From the first matched word to the last: the words around a run were not copied.
    let span = |g: &Run| (Span { start: wa[g.i0 as usize].start, end: wa[g.i1 as usize].end }, Span { start: wb[g.j0 as usize].start, end: wb[g.j1 as usize].end });
    let mut found: Vec<Passage> = Vec::new();
    // Word ranges (i0, i1, j0, j1) of the runs found, and the runs of the event's
    // vocabulary alone that may still join them.
    let mut taken: Vec<(u32, u32, u32, u32)> = Vec::new();
    let mut vocabulary: Vec<(Run, Passage)> = Vec::new();
    for g in groups {
        let (sa, sb) = span(&g);
        if out.iter().any(|(x, y, _)| overlaps(x, &sa) || overlaps(y, &sb)) {
            continue;
        }
        let whole = describe(wa, wb, sa, sb);
        if same_enough(&whole, wa, wb, p) {
            if own_words(&g, wa, wb, &spec, p) {
                taken.push((g.i0, g.i1, g.j0, g.j1));
                found.push(whole);
                continue;
            }
            if g.dots.len() < p.long {
                vocabulary.push((g, whole));
                continue;
            }
        }
        // Too little of it is the same wording: its runs may still be, on their own.
        for piece in split_at_gaps(g, &spec, wa).into_iter().filter(|r| strong(r, wa, wb, p)) {
            let (sa, sb) = span(&piece);
            let x = describe(wa, wb, sa, sb);
            if same_enough(&x, wa, wb, p) && own_words(&piece, wa, wb, &spec, p) {
                taken.push((piece.i0, piece.i1, piece.j0, piece.j1));
                found.push(x);
            }
        }
    }
    // A run of the event's names that copy goes on from in both texts (at most
    // `run_gap` words between it and a passage found, in each: the opening of a copied
    // sentence whose clauses were swapped, وأوضح المكتب … في بلاغ أن, each clause a
    // passage) is copy too.
    let near = p.run_gap as u32 + 1;
    let touches = |x0: u32, x1: u32, y0: u32, y1: u32| (x1 < y0 && y0 - x1 <= near) || (y1 < x0 && x0 - y1 <= near);
    for (g, x) in vocabulary {
        let in_a = taken.iter().any(|t| touches(g.i0, g.i1, t.0, t.1));
        let in_b = taken.iter().any(|t| touches(g.j0, g.j1, t.2, t.3));
        if in_a && in_b {
            found.push(x);
        }
    }
    found.extend(out.into_iter().map(|(sa, sb, _)| describe(wa, wb, sa, sb)));
    // The three sources (runs and their pieces, runs of the event's vocabulary next to
    // them, shuffled regions) are each free of overlaps, but a run of the vocabulary or a
    // piece may still overlap a passage of another source: of two overlapping in either
    // text, the longer stays.
    found.sort_by_key(|x| (std::cmp::Reverse(x.a.end - x.a.start + x.b.end - x.b.start), x.a.start, x.b.start));
    let mut kept: Vec<Passage> = Vec::with_capacity(found.len());
    for x in found {
        if !kept.iter().any(|k| overlaps(&k.a, &x.a) || overlaps(&k.b, &x.b)) {
            kept.push(x);
        }
    }
    kept.sort_by_key(|x| (x.a.start, x.b.start));
    kept
}

/// Whether enough of a passage is the same wording: `min_same` of its words on their
/// common subsequence, and more (`min_same_short`) for a passage under `long` words,
/// where a few shared words in a row are common between reports that were not copied.
fn same_enough(x: &Passage, wa: &[Word], wb: &[Word], p: &Params) -> bool {
    let count = |w: &[Word], s: Span| w[w.partition_point(|x| x.start < s.start)..].iter().take_while(|x| x.end <= s.end).count();
    let words = (count(wa, x.a) + count(wb, x.b)) / 2;
    x.score >= if words < p.long { p.min_same_short } else { p.min_same }
}

/// Whether a run's matches are more than the event's vocabulary: when several articles
/// are compared, a run made mostly of words every one of them carries (the leader's
/// title and name, the country he travels to) is how each report names the event; copied
/// wording brings words of its own. It needs `min_run` matched content words that some
/// compared article lacks, unless it is long (`long` matched words) or a quotation in
/// both texts (a quotation mark opens within a few words before it): the same words
/// quoted are a shared quotation, however much every report tells of them.
fn own_words(g: &Run, wa: &[Word], wb: &[Word], spec: &Specificity, p: &Params) -> bool {
    const NEAR: usize = 4;
    let quoted = |w: &[Word], i: u32| w[(i as usize).saturating_sub(NEAR)..=i as usize].iter().any(|x| x.quote_before);
    // A short run may be a name with the words around it even where each report says
    // them once; in a longer one, only what the reports repeat is their vocabulary.
    let short = g.dots.len() < 2 * p.min_run + 2;
    let own = g.dots.iter().filter(|d| wa[d.i as usize].content && !spec.everywhere(&wa[d.i as usize], short)).count();
    own >= p.min_run || g.dots.len() >= p.long || (quoted(wa, g.i0) && quoted(wb, g.j0))
}

/// The pieces of `g` between gaps of more than a few words in either text.
fn split_at_gaps(g: Run, spec: &Specificity, wa: &[Word]) -> Vec<Run> {
    const SHORT: u32 = 4;
    let mut dots = g.dots;
    dots.sort_unstable();
    let mut out = Vec::new();
    let mut cur: Vec<Dot> = Vec::new();
    for d in dots {
        if let Some(l) = cur.last() {
            if d.i > l.i + SHORT + 1 || d.j > l.j + SHORT + 1 || d.j <= l.j {
                out.push(std::mem::take(&mut cur));
            }
        }
        cur.push(d);
    }
    out.push(cur);
    out.into_iter()
        .filter(|c| !c.is_empty())
        .map(|c| {
            let e = c.iter().map(|d| spec.weight(&wa[d.i as usize])).sum();
            Run::new(c, e)
        })
        .collect()
}

/// Whether a run holds enough evidence to be a passage: `min_evidence`, `min_run`
/// matched words, and some grammar. Copied wording carries its grammar: a run of
/// names and titles alone (وزير الدفاع الروسي سيرغي شويغو) is how every report names
/// someone, not reuse; a long one may be, and so is a quotation both texts open with
/// a quotation mark.
fn strong(g: &Run, wa: &[Word], wb: &[Word], p: &Params) -> bool {
    let quoted = || wa[g.i0 as usize].quote_before && wb[g.j0 as usize].quote_before;
    g.evidence >= p.min_evidence
        && g.dots.len() >= p.min_run
        && (g.dots.len() >= 2 * p.min_run + 2 || g.dots.iter().any(|d| !wa[d.i as usize].content) || quoted())
}

/// Whether a shuffled cluster may exist beside the run groups: they are out of order
/// with each other, or `min_shuffled` words of `a` match outside them.
fn may_be_shuffled(dots: &[Dot], groups: &[Run], wa: &[Word], p: &Params) -> bool {
    let mut ranges: Vec<(u32, u32)> = groups.iter().map(|g| (g.i0, g.i1)).collect();
    ranges.sort_unstable();
    let mut outside: Vec<u32> = dots
        .iter()
        .filter(|d| wa[d.i as usize].content)
        .filter(|d| {
            let k = ranges.partition_point(|r| r.1 < d.i);
            !(k < ranges.len() && ranges[k].0 <= d.i)
        })
        .map(|d| d.i)
        .collect();
    outside.dedup();
    outside.len() >= p.min_shuffled
}

fn overlaps(x: &Span, y: &Span) -> bool {
    x.start < y.end && y.start < x.end
}

/// The passage of spans `sa` of `a` and `sb` of `b`: its score is the share of the
/// words of both spans on their longest common subsequence (of match keys), and its
/// kind follows the score.
fn describe(wa: &[Word], wb: &[Word], sa: Span, sb: Span) -> Passage {
    let ids = |w: &[Word], s: Span| -> Vec<u32> {
        let from = w.partition_point(|x| x.start < s.start);
        w[from..].iter().take_while(|x| x.end <= s.end).map(|x| x.id).collect()
    };
    let (x, y) = (ids(wa, sa), ids(wb, sb));
    let common = lcs(&x, &y);
    let score = if x.is_empty() && y.is_empty() { 0.0 } else { (2 * common) as f64 / (x.len() + y.len()) as f64 };
    Passage { a: sa, b: sb, score, kind: PassageKind::of_score(score) }
}

/// Length of the longest common subsequence of `x` and `y` (linear space; spans too
/// long for the quadratic table count the matches of a greedy in-order walk instead).
fn lcs(x: &[u32], y: &[u32]) -> usize {
    if x.is_empty() || y.is_empty() {
        return 0;
    }
    if x.len() * y.len() > 4_000_000 {
        let mut pos: FastMap<u32, Vec<usize>> = FastMap::default();
        for (k, id) in y.iter().enumerate() {
            pos.entry(*id).or_default().push(k);
        }
        let (mut at, mut n) = (0usize, 0usize);
        for id in x {
            if let Some(v) = pos.get(id) {
                let k = v.partition_point(|&q| q < at);
                if k < v.len() && v[k] < at + 8 {
                    at = v[k] + 1;
                    n += 1;
                }
            }
        }
        return n;
    }
    let mut prev = vec![0u32; y.len() + 1];
    let mut cur = vec![0u32; y.len() + 1];
    for a in x {
        for (k, b) in y.iter().enumerate() {
            cur[k + 1] = if a == b { prev[k] + 1 } else { prev[k + 1].max(cur[k]) };
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[y.len()] as usize
}

/// Every pair `(i, j)` of positions where `a` and `b` have the same content key, for
/// keys with at most `max_pairs` such pairs (the runs and the dense regions share it).
fn key_matches(a: &Indexed, b: &Indexed, p: &Params, mut f: impl FnMut(u32, u32)) {
    let (small, large, swap) = if a.by_key.len() <= b.by_key.len() { (a, b, false) } else { (b, a, true) };
    for (k, xs) in &small.by_key {
        let Some(ys) = large.by_key.get(k) else { continue };
        if xs.len() * ys.len() > p.max_pairs {
            continue;
        }
        for &x in xs {
            for &y in ys {
                if swap { f(y, x) } else { f(x, y) }
            }
        }
    }
}

/// Every pair `(i, j)` of start positions of a word trigram both texts have, for
/// trigrams with at most `max_pairs` such pairs.
fn trigram_matches(a: &Indexed, b: &Indexed, p: &Params, mut f: impl FnMut(u32, u32)) {
    let (small, large, swap) = if a.trigrams.len() <= b.trigrams.len() { (a, b, false) } else { (b, a, true) };
    for (g, xs) in &small.trigrams {
        let Some(ys) = large.trigrams.get(g) else { continue };
        if xs.len() * ys.len() > p.max_pairs {
            continue;
        }
        for &x in xs {
            for &y in ys {
                if swap { f(y, x) } else { f(x, y) }
            }
        }
    }
}

/// Dots for runs: every match of a content key (as for the clusters) and every word,
/// function words too, of a shared word trigram.
fn run_dots(a: &Indexed, b: &Indexed, p: &Params) -> Vec<Dot> {
    let mut dots = Vec::new();
    key_matches(a, b, p, |i, j| dots.push(Dot { i, j }));
    trigram_matches(a, b, p, |i, j| dots.extend((0..3u32).map(|k| Dot { i: i + k, j: j + k })));
    dots.sort_unstable();
    dots.dedup();
    dots
}

/// A run of matches in order in both texts (or several joined).
struct Run {
    dots: Vec<Dot>,
    evidence: f32,
    i0: u32,
    i1: u32,
    j0: u32,
    j1: u32,
}

impl Run {
    fn new(dots: Vec<Dot>, evidence: f32) -> Run {
        let (i0, i1, j0, j1) = bounds(&dots);
        Run { dots, evidence, i0, i1, j0, j1 }
    }
}

/// Runs of matches in order: each dot extends the best run ending at most `run_gap`
/// skipped words before it in both texts (a skipped word costs a little), and runs
/// are read off from the strongest end down, each dot in one run.
fn chains(dots: &[Dot], wa: &[Word], spec: &Specificity, p: &Params) -> Vec<Run> {
    const SKIP_COST: f32 = 0.2;
    const NONE: u32 = u32::MAX;
    let step = p.run_gap as u32 + 1;
    let weight = |d: &Dot| spec.weight(&wa[d.i as usize]);
    let mut best = vec![0f32; dots.len()];
    let mut pred = vec![NONE; dots.len()];
    for (k, d) in dots.iter().enumerate() {
        let lo = dots.partition_point(|x| x.i + step < d.i);
        let mut top = 0f32;
        for q in lo..k {
            let e = dots[q];
            if e.i >= d.i || e.j >= d.j || d.j - e.j > step {
                continue;
            }
            let s = best[q] - SKIP_COST * ((d.i - e.i - 1) + (d.j - e.j - 1)) as f32;
            if s > top {
                top = s;
                pred[k] = q as u32;
            }
        }
        best[k] = weight(d) + top;
    }
    let mut order: Vec<usize> = (0..dots.len()).collect();
    order.sort_by(|&x, &y| best[y].total_cmp(&best[x]).then(x.cmp(&y)));
    let mut used = vec![false; dots.len()];
    let mut runs = Vec::new();
    for k in order {
        let mut chain = Vec::new();
        let mut cur = k as u32;
        while cur != NONE && !used[cur as usize] {
            used[cur as usize] = true;
            chain.push(dots[cur as usize]);
            cur = pred[cur as usize];
        }
        if chain.len() >= 2 {
            chain.reverse();
            let evidence = chain.iter().map(weight).sum();
            runs.push(Run::new(chain, evidence));
        }
    }
    runs
}

/// Runs joined where the copying continues (the next run starts within `join_gap`
/// words after the last in both texts), kept when they hold `min_evidence` and
/// `min_run` matched words; of passages overlapping in either text the stronger stays.
fn groups(runs: Vec<Run>, wa: &[Word], wb: &[Word], spec: &Specificity, p: &Params) -> Vec<Run> {
    let step = p.join_gap as u32 + 1;
    let mut runs: Vec<Run> = runs.into_iter().filter(|r| r.evidence >= p.link_evidence).collect();
    runs.sort_by_key(|r| (r.i0, r.j0));
    let mut open: Vec<Run> = Vec::new();
    // A run of the event's vocabulary alone joins nothing: two copied sentences are
    // not one passage across a retold one because both name the same people.
    let mut apart: Vec<Run> = Vec::new();
    for r in runs {
        if r.dots.len() >= p.min_run && !own_words(&r, wa, wb, spec, p) {
            apart.push(r);
            continue;
        }
        let fit = open
            .iter()
            .enumerate()
            .filter(|(_, g)| g.i1 < r.i0 && r.i0 - g.i1 <= step && g.j1 < r.j0 && r.j0 - g.j1 <= step)
            .filter(|(_, g)| continues(wa, wb, g.i1, r.i0, g.j1, r.j0))
            .min_by_key(|(_, g)| (r.i0 - g.i1) + (r.j0 - g.j1))
            .map(|(k, _)| k);
        match fit {
            Some(k) => {
                let g = &mut open[k];
                g.dots.extend(r.dots);
                g.evidence += r.evidence;
                (g.i1, g.j1) = (r.i1, r.j1.max(g.j1));
            }
            None => open.push(r),
        }
    }
    open.append(&mut apart);
    let strong = |g: &Run| strong(g, wa, wb, p);
    let mut cands: Vec<Run> = Vec::new();
    for g in open.into_iter().filter(strong) {
        // Cut at quotation marks: a quotation is its own passage, and the words that
        // introduce it fall off when too weak on their own (pieces that follow each
        // other closely are joined again below).
        let pieces = quote_pieces(g, wa, wb, spec);
        let mut kept: Vec<Run> = Vec::new();
        for r in pieces {
            // A piece right after a strong one (no word between them in either text) is
            // the same copy going on across a quotation mark; words that merely
            // introduce a quotation are not.
            let touches = |o: &Run| o.i1 + 1 == r.i0 && o.j1 + 1 == r.j0;
            match kept.last_mut() {
                Some(l) if touches(l) && strong(l) => {
                    l.dots.extend(r.dots);
                    l.evidence += r.evidence;
                    (l.i1, l.j1) = (r.i1, r.j1.max(l.j1));
                }
                _ => kept.push(r),
            }
        }
        cands.extend(kept.into_iter().filter(strong));
    }
    cands.sort_by(|x, y| y.evidence.total_cmp(&x.evidence).then((x.i0, x.j0).cmp(&(y.i0, y.j0))));
    // Of runs overlapping in either text the stronger keeps the overlap and the other
    // what lies outside it, if that is still strong: a clause moved within a copied
    // sentence often begins with the word that ended the run before it (إن … وإن
    // against أن), and one shared word must not drop a copied clause.
    let mut kept: Vec<Run> = Vec::new();
    for g in cands {
        let inside = |d: &Dot| kept.iter().any(|k| (k.i0..=k.i1).contains(&d.i) || (k.j0..=k.j1).contains(&d.j));
        if !g.dots.iter().any(inside) {
            kept.push(g);
            continue;
        }
        let rest: Vec<Dot> = g.dots.iter().filter(|d| !inside(d)).copied().collect();
        if rest.is_empty() {
            continue;
        }
        let rest = Run::new(rest.clone(), rest.iter().map(|d| spec.weight(&wa[d.i as usize])).sum());
        if strong(&rest) && !kept.iter().any(|k| (rest.i0 <= k.i1 && k.i0 <= rest.i1) || (rest.j0 <= k.j1 && k.j0 <= rest.j1)) {
            kept.push(rest);
        }
    }
    continue_through_gaps(kept, wa, wb, p)
}

/// Joins passages that follow each other in both texts when the words between them
/// are themselves partly the same (copying that continued with more words changed
/// than a run allows): a quarter of the gap's words (of both texts) on a common
/// subsequence, gaps of at most `merge_gap` words. A sentence written independently between two copied ones
/// keeps them apart.
fn continue_through_gaps(mut runs: Vec<Run>, wa: &[Word], wb: &[Word], p: &Params) -> Vec<Run> {
    runs.sort_by_key(|r| (r.i0, r.j0));
    let mut out: Vec<Run> = Vec::new();
    for r in runs {
        if let Some(last) = out.last_mut() {
            // A quotation both texts open is its own passage (as in `quote_pieces`).
            let quoted = wa[r.i0 as usize].quote_before && wb[r.j0 as usize].quote_before;
            if r.i0 > last.i1 && r.j0 > last.j1 && !quoted {
                let (ga, gb) = ((r.i0 - last.i1 - 1) as usize, (r.j0 - last.j1 - 1) as usize);
                if ga.max(gb) <= p.merge_gap {
                    let x: Vec<u32> = wa[last.i1 as usize + 1..r.i0 as usize].iter().map(|w| w.id).collect();
                    let y: Vec<u32> = wb[last.j1 as usize + 1..r.j0 as usize].iter().map(|w| w.id).collect();
                    if ga + gb == 0 || 8 * lcs(&x, &y) >= ga + gb {
                        last.dots.extend(r.dots);
                        last.evidence += r.evidence;
                        (last.i1, last.j1) = (r.i1, r.j1.max(last.j1));
                        continue;
                    }
                }
            }
        }
        out.push(r);
    }
    out
}

/// Whether a passage ending at words `i1`, `j1` goes on at `i0`, `j0`: across a short
/// gap (a few words dropped or changed), or one where both texts end as many
/// sentences (a sentence written in one text only keeps two copied ones apart).
fn continues(wa: &[Word], wb: &[Word], i1: u32, i0: u32, j1: u32, j0: u32) -> bool {
    const SHORT: u32 = 4;
    if i0 - i1 <= SHORT + 1 && j0 - j1 <= SHORT + 1 {
        return true;
    }
    let ends = |w: &[Word], x: u32, y: u32| w[x as usize..y as usize].iter().filter(|w| w.sentence_end).count();
    ends(wa, i1, i0) == ends(wb, j1, j0)
}

/// `g` cut where a quotation mark stands between two of its matches in either text.
fn quote_pieces(g: Run, wa: &[Word], wb: &[Word], spec: &Specificity) -> Vec<Run> {
    let mut dots = g.dots;
    dots.sort_unstable();
    let marked = |w: &[Word], x: u32, y: u32| w[x as usize + 1..=y as usize].iter().any(|w| w.quote_before);
    let mut out = Vec::new();
    let mut cur: Vec<Dot> = Vec::new();
    for d in dots {
        if let Some(l) = cur.last() {
            if marked(wa, l.i, d.i) || marked(wb, l.j, d.j) {
                out.push(std::mem::take(&mut cur));
            }
        }
        cur.push(d);
    }
    out.push(cur);
    out.into_iter()
        .map(|c| {
            let e = c.iter().map(|d| spec.weight(&wa[d.i as usize])).sum();
            Run::new(c, e)
        })
        .collect()
}

/// Dense clusters of the dot plot (seed, density, extension and filter, as PAN
/// systems do): the candidates for reuse whose words were shuffled.
fn dense_clusters(a: &Indexed, b: &Indexed, p: &Params) -> Vec<Found> {
    let (wa, wb) = (a.words, b.words);
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
        keys(&f.dots, wa) >= p.min_keys && f.strength() >= p.min_words && f.score(wa, wb, p) >= p.min_score
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
    found.retain(|f| f.score(wa, wb, p) >= p.min_score);
    found
}

/// Dots of shared content keys (skipping keys too frequent in both) and of shared
/// word trigrams (function words too: they keep copied stretches whole where
/// frequent words gave no dots of their own). The second list holds the content-word
/// dots of shared runs of four words or more: copied text whatever the density
/// around it.
fn seeds(a: &Indexed, b: &Indexed, p: &Params) -> (Vec<Dot>, Vec<Dot>) {
    let mut dots = Vec::new();
    key_matches(a, b, p, |i, j| dots.push(Dot { i, j }));
    let mut starts: Vec<Dot> = Vec::new();
    trigram_matches(a, b, p, |i, j| {
        starts.push(Dot { i, j });
        for k in 0..3u32 {
            if a.words[(i + k) as usize].content {
                dots.push(Dot { i: i + k, j: j + k });
            }
        }
    });
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

/// Share of the words of a shuffled cluster both spans must have ([`Found::same_words`]).
const SHUFFLED_SAME_WORDS: f64 = 0.6;

/// `f` cut at every sentence of either text that lies inside it and was not copied:
/// one of at least `MIN` content words of which under an eighth found a match in the
/// cluster (its dots are dropped). Two paragraphs copied apart, with a paragraph of
/// the paper's own between them, are two passages, not one shuffled region over
/// three (as runs are kept apart by a sentence written in one text only, in
/// [`continue_through_gaps`]); each piece is judged again on its own.
fn split_at_unmatched_sentences(f: Found, wa: &[Word], wb: &[Word]) -> Vec<Found> {
    const MIN: usize = 8;
    let mut pieces = vec![f.dots];
    for in_a in [true, false] {
        let w = if in_a { wa } else { wb };
        let at = |d: &Dot| if in_a { d.i } else { d.j } as usize;
        let mut next = Vec::new();
        for mut dots in pieces {
            dots.sort_unstable_by_key(|d| (at(d), if in_a { d.j } else { d.i }));
            let (Some(first), Some(last)) = (dots.first().map(at), dots.last().map(at)) else { continue };
            // Sentences (word ranges) strictly inside [first, last].
            let mut cuts: Vec<(usize, usize)> = Vec::new();
            let mut s = first;
            while s > 0 && !w[s - 1].sentence_end {
                s -= 1;
            }
            for k in s..=last {
                if w[k].sentence_end || k == last {
                    let (s0, s1) = (s, k);
                    s = k + 1;
                    if s0 <= first || s1 >= last {
                        continue;
                    }
                    let content = w[s0..=s1].iter().filter(|x| x.content).count();
                    let mut hit: Vec<usize> = dots.iter().map(at).filter(|&x| (s0..=s1).contains(&x) && w[x].content).collect();
                    hit.dedup();
                    if content >= MIN && 8 * hit.len() < content {
                        cuts.push((s0, s1));
                    }
                }
            }
            let mut cur: Vec<Dot> = Vec::new();
            let mut c = 0;
            for d in dots {
                let x = at(&d);
                while c < cuts.len() && cuts[c].1 < x {
                    if !cur.is_empty() {
                        next.push(std::mem::take(&mut cur));
                    }
                    c += 1;
                }
                if c < cuts.len() && cuts[c].0 <= x {
                    continue;
                }
                cur.push(d);
            }
            if !cur.is_empty() {
                next.push(cur);
            }
        }
        pieces = next;
    }
    pieces.into_iter().map(Found::new).collect()
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

    /// Distinct matched content words of `a` that are more than the event's vocabulary
    /// ([`Specificity::everywhere`]): the facts every report tells, in another order,
    /// are not shuffled copy.
    fn own(&self, a: &[Word], spec: &Specificity) -> usize {
        let mut ia: Vec<u32> = self.dots.iter().map(|d| d.i).filter(|&i| a[i as usize].content && !spec.everywhere(&a[i as usize], false)).collect();
        ia.sort_unstable();
        ia.dedup();
        ia.len()
    }

    /// Share of the content words of both spans (snapped) that found their match.
    fn score(&self, a: &[Word], b: &[Word], p: &Params) -> f64 {
        let (i0, i1) = snap(a, self.i0 as usize, self.i1 as usize, p.snap);
        let (j0, j1) = snap(b, self.j0 as usize, self.j1 as usize, p.snap);
        let na = distinct(&self.dots, |d| d.i);
        let nb = distinct(&self.dots, |d| d.j);
        let content_a = a[i0..=i1].iter().filter(|w| w.content).count().max(1);
        let content_b = b[j0..=j1].iter().filter(|w| w.content).count().max(1);
        ((na + nb) as f64 / (content_a + content_b) as f64).min(1.0)
    }

    /// Share of the words of both spans (snapped; every word, function words too, by
    /// match key, each as often as the other span has it) that the other span also
    /// has. Words shuffled are the same words: this stays high. Two reports telling the
    /// same facts in their own order share the names, places and numbers, but each has
    /// its own verbs, particles and connectives: it is low, however dense the names.
    fn same_words(&self, a: &[Word], b: &[Word], p: &Params) -> f64 {
        let (i0, i1) = snap(a, self.i0 as usize, self.i1 as usize, p.snap);
        let (j0, j1) = snap(b, self.j0 as usize, self.j1 as usize, p.snap);
        let mut count: FastMap<u32, i32> = FastMap::default();
        for w in &a[i0..=i1] {
            *count.entry(w.id).or_default() += 1;
        }
        let mut shared = 0usize;
        for w in &b[j0..=j1] {
            if let Some(c) = count.get_mut(&w.id) {
                if *c > 0 {
                    *c -= 1;
                    shared += 1;
                }
            }
        }
        (2 * shared) as f64 / (i1 - i0 + 1 + j1 - j0 + 1) as f64
    }

    /// Share of the weight of the content words of both spans that found their match:
    /// low where only names and the event's words are shared.
    fn cover(&self, a: &[Word], b: &[Word], spec: &Specificity) -> f64 {
        let mut ia: Vec<u32> = self.dots.iter().map(|d| d.i).collect();
        let mut jb: Vec<u32> = self.dots.iter().map(|d| d.j).collect();
        ia.sort_unstable();
        ia.dedup();
        jb.sort_unstable();
        jb.dedup();
        let matched: f32 = ia.iter().map(|&i| spec.weight(&a[i as usize])).sum::<f32>()
            + jb.iter().map(|&j| spec.weight(&b[j as usize])).sum::<f32>();
        let all: f32 = a[self.i0 as usize..=self.i1 as usize].iter().filter(|w| w.content).map(|w| spec.weight(w)).sum::<f32>()
            + b[self.j0 as usize..=self.j1 as usize].iter().filter(|w| w.content).map(|w| spec.weight(w)).sum::<f32>();
        if all <= 0.0 {
            0.0
        } else {
            (matched / all).min(1.0) as f64
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
