//! Similarity scores of two texts, each in [0, 1].
//!
//! * **Shingles** are the word 3-grams of match keys (function words included, so
//!   word order counts); a text of one or two words has its words as shingles.
//! * `containment_ab` = |S(a) ∩ S(b)| / |S(a)|: how much of `a` is found in `b`
//!   (1 when all of `a` is copied into `b`, whatever else `b` says);
//!   `containment_ba` the same the other way round.
//! * `jaccard` = |S(a) ∩ S(b)| / |S(a) ∪ S(b)|: how much of both is shared.
//! * `cosine` is the cosine of the TF-IDF vectors of content-word keys (function
//!   words left out). For two texts the documents for IDF are the sentences of both,
//!   idf(w) = ln(1 + S / s(w)) with S sentences of which s(w) contain w, so words that
//!   run through every sentence weigh little; across a corpus the documents are the
//!   articles (see `corpus`). Word order does not count.
//!
//! * `shared` is **the** similarity of two reports, the one number the page shows for
//!   a pair: the share of the words of both texts that lie inside a reused passage
//!   ([`super::passages`]): 0 when nothing was copied however close the subjects, 1
//!   when each text is all copy. `compare(a, b)` and `analyze` give the same value for
//!   a pair when `compare` gets the other articles as `context`.
//!
//! A text without words has no shingles: every score involving it is 0.

use std::collections::{HashMap, HashSet};

use super::words::FxHasher;

type Fx = std::hash::BuildHasherDefault<FxHasher>;
/// Shingle set.
pub(crate) type Shingles = HashSet<u64, Fx>;
/// Term counts.
pub(crate) type Terms = HashMap<u32, f64, Fx>;

use serde::Serialize;

use super::words::Word;

/// Similarity scores of two texts: see the module documentation.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Similarity {
    /// Share of the shingles of `a` that occur in `b`.
    pub containment_ab: f64,
    /// Share of the shingles of `b` that occur in `a`.
    pub containment_ba: f64,
    /// Shared shingles over all shingles of both.
    pub jaccard: f64,
    /// Cosine of the TF-IDF vectors of content words.
    pub cosine: f64,
    /// Share of the words of both texts inside a reused passage: the pair's similarity.
    pub shared: f64,
}

/// Share of the words of `a` and `b` inside the passages' spans (see the module
/// documentation).
pub(crate) fn shared(a: &[Word], b: &[Word], passages: &[super::Passage]) -> f64 {
    let inside = |w: &[Word], spans: &mut Vec<super::Span>| -> usize {
        spans.sort_unstable();
        let mut n = 0;
        let mut k = 0;
        for x in w {
            while k < spans.len() && spans[k].end < x.end {
                k += 1;
            }
            // Spans may nest or overlap: look at the ones that may still hold x.
            if spans[k.min(spans.len())..].iter().take_while(|s| s.start <= x.start).any(|s| x.end <= s.end) {
                n += 1;
            }
        }
        n
    };
    let total = a.len() + b.len();
    if total == 0 {
        return 0.0;
    }
    let mut sa: Vec<super::Span> = passages.iter().map(|p| p.a).collect();
    let mut sb: Vec<super::Span> = passages.iter().map(|p| p.b).collect();
    ((inside(a, &mut sa) + inside(b, &mut sb)) as f64 / total as f64).min(1.0)
}

/// The set of hashed word 3-grams of match keys.
pub(crate) fn shingles(w: &[Word]) -> Shingles {
    if w.len() < 3 {
        return w.iter().map(|x| x.id as u64).collect();
    }
    w.windows(3)
        .map(|g| (g[0].id as u64) << 42 ^ (g[1].id as u64) << 21 ^ g[2].id as u64 ^ 1 << 63)
        .collect()
}

/// Containment both ways and Jaccard of two shingle sets.
pub(crate) fn set_scores(a: &Shingles, b: &Shingles) -> (f64, f64, f64) {
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let shared = small.iter().filter(|s| large.contains(s)).count() as f64;
    let ratio = |n: usize| if n == 0 { 0.0 } else { (shared / n as f64).min(1.0) };
    let union = a.len() + b.len() - shared as usize;
    (ratio(a.len()), ratio(b.len()), ratio(union))
}

/// Content-word counts.
pub(crate) fn term_counts(w: &[Word]) -> Terms {
    let mut tf = Terms::default();
    for x in w.iter().filter(|x| x.content) {
        *tf.entry(x.id).or_insert(0.0) += 1.0;
    }
    tf
}

/// Cosine of two term-count vectors weighted by `idf`, in [0, 1].
pub(crate) fn cosine(a: &Terms, b: &Terms, idf: impl Fn(u32) -> f64) -> f64 {
    let norm = |v: &Terms| v.iter().map(|(k, c)| (c * idf(*k)).powi(2)).sum::<f64>().sqrt();
    let (na, nb) = (norm(a), norm(b));
    if na == 0.0 || nb == 0.0 {
        return 0.0;
    }
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let dot: f64 = small
        .iter()
        .filter_map(|(k, c)| large.get(k).map(|d| c * d * idf(*k).powi(2)))
        .sum();
    (dot / (na * nb)).clamp(0.0, 1.0)
}

/// The scores of two word sequences, IDF from the sentences of both; `shared` from
/// their `passages`.
pub(crate) fn similarity(a: &[Word], b: &[Word], passages: &[super::Passage]) -> Similarity {
    let (sa, sb) = (shingles(a), shingles(b));
    let (containment_ab, containment_ba, jaccard) = set_scores(&sa, &sb);
    let mut df: HashMap<u32, f64> = HashMap::new();
    let mut sentences = 0.0;
    for text in [a, b] {
        let mut seen: HashSet<u32> = HashSet::new();
        for (k, w) in text.iter().enumerate() {
            if w.content && seen.insert(w.id) {
                *df.entry(w.id).or_insert(0.0) += 1.0;
            }
            if w.sentence_end || k + 1 == text.len() {
                sentences += 1.0;
                seen.clear();
            }
        }
    }
    let idf = |k: u32| (1.0 + sentences / df.get(&k).copied().unwrap_or(1.0)).ln();
    let cosine = cosine(&term_counts(a), &term_counts(b), idf);
    Similarity { containment_ab, containment_ba, jaccard, cosine, shared: shared(a, b, passages) }
}
