//! Article comparison: reused passages, similarity scores, a word-level diff and
//! direct quotations, for two texts ([`compare`], [`quotes`]) or many
//! ([`compare_articles`]).
//!
//! All spans are byte offsets into the original texts, always on character (indeed
//! word) boundaries; the binding layers convert them with [`crate::offsets`].
//!
//! * `words`: the word sequence with match keys that everything works on;
//! * `specific`: how much a shared word says about copying (general Arabic, the pair,
//!   the articles compared);
//! * `passages`: reused passages: runs of specific words in order, and shuffled reuse
//!   (PAN style);
//! * `similarity`: `shared` (the pair's similarity), containment, Jaccard and TF-IDF
//!   cosine;
//! * `diff`: word-level diff (Myers, linear space, with unique-word anchors);
//! * `quotes`: quotations with speaker and cue word;
//! * `corpus`: N articles at once.

mod specific;
mod words;
pub mod corpus;
pub mod diff;
pub mod passages;
pub mod quotes;
pub mod reuse;
pub mod similarity;

use serde::{Deserialize, Serialize};

pub use corpus::{compare_articles, CorpusComparison};
pub use diff::{diff, DiffLevel, DiffOp, Op};
pub use passages::Params as PassageParams;
pub use quotes::{quotes, Cue, CuePosition, Quote, Speaker};
pub use similarity::Similarity;

/// A byte range `[start, end)` of one text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
#[serde(rename_all = "camelCase")]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

/// How a reused passage relates to its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum PassageKind {
    /// The same words (up to clitics and spelling): a score of 0.95 or more.
    Verbatim,
    /// The same words, some changed, added or dropped: a score of 0.7 or more.
    Edited,
    /// The same sentence with several words replaced (or its words shuffled).
    Reworded,
}

impl PassageKind {
    /// The kind of a passage of score `score` (see [`Passage::score`]).
    pub fn of_score(score: f64) -> PassageKind {
        if score >= 0.95 {
            PassageKind::Verbatim
        } else if score >= 0.7 {
            PassageKind::Edited
        } else {
            PassageKind::Reworded
        }
    }
}

/// One passage of `a` reused in `b` (or both taken from a common source).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Passage {
    pub a: Span,
    pub b: Span,
    /// How much of the passage is the same wording: the share of the words of both
    /// spans (function words too) on their longest common subsequence of match keys,
    /// in [0, 1].
    pub score: f64,
    pub kind: PassageKind,
}

impl Span {
    /// Both ends rewritten with `f` (byte offset → caller's unit).
    pub fn map(&mut self, f: &mut impl FnMut(usize) -> usize) {
        (self.start, self.end) = (f(self.start), f(self.end));
    }
}

impl crate::offsets::Spans for Span {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        (self.start, self.end) = (f(self.start), f(self.end));
    }
}

impl crate::offsets::PairSpans for Passage {
    fn map_pair_spans(&mut self, fa: &mut dyn FnMut(usize) -> usize, fb: &mut dyn FnMut(usize) -> usize) {
        self.a.map(&mut |x| fa(x));
        self.b.map(&mut |x| fb(x));
    }
}

/// Reused passages between `a` and `b`, with the default parameters.
pub fn passages(a: &str, b: &str) -> Vec<Passage> {
    passages_with(a, b, &PassageParams::default())
}

/// Reused passages between `a` and `b` with explicit parameters.
pub fn passages_with(a: &str, b: &str, params: &PassageParams) -> Vec<Passage> {
    let mut interner = words::Interner::default();
    let wa = words::words(a, &mut interner);
    let wb = words::words(b, &mut interner);
    passages::find(&passages::Indexed::new(&wa), &passages::Indexed::new(&wb), params, None)
}

/// Options of [`compare`] (camelCase in JSON; unknown names are rejected).
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase", default)]
pub struct CompareOptions {
    /// When two words are equal in the diff; `search` by default.
    pub diff_level: DiffLevel,
    /// Find reused passages (default true).
    pub passages: bool,
    /// Compute the diff (default true).
    pub diff: bool,
    /// The other articles compared with these two (as [`compare_articles`] gets
    /// them): what they all carry weighs less as evidence of reuse, so that
    /// `compare(a, b)` finds for the pair what `compare_articles` (and `analyze`) find.
    /// Empty by default: the pair alone.
    #[serde(deserialize_with = "context_list")]
    pub context: Vec<String>,
}

/// `context` as a list of strings, with an error that names the option.
fn context_list<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    use serde::de::Error;
    Vec::<String>::deserialize(d).map_err(|e| D::Error::custom(format!("context must be an array of strings (the other reports of the event): {e}")))
}

impl Default for CompareOptions {
    fn default() -> Self {
        CompareOptions { diff_level: DiffLevel::Search, passages: true, diff: true, context: Vec::new() }
    }
}

/// Everything [`compare`] finds about two texts.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Comparison {
    /// Reused passages, in the order of `a`; empty when `passages: false`.
    pub passages: Vec<Passage>,
    pub similarity: Similarity,
    /// Word-level diff; empty when `diff: false`.
    pub diff: Vec<DiffOp>,
}

/// Every offset into `a` and `b`: binding layers convert a comparison with
/// [`crate::offsets::convert_pair`].
impl crate::offsets::PairSpans for Comparison {
    fn map_pair_spans(&mut self, fa: &mut dyn FnMut(usize) -> usize, fb: &mut dyn FnMut(usize) -> usize) {
        crate::offsets::PairSpans::map_pair_spans(&mut self.passages, fa, fb);
        crate::offsets::PairSpans::map_pair_spans(&mut self.diff, fa, fb);
    }
}

/// Compares `a` with `b`: reused passages, similarity scores and a word-level diff.
pub fn compare(a: &str, b: &str, options: &CompareOptions) -> Comparison {
    let ta = crate::tokenize::tokenize(a, &crate::normalize::Options::SEARCH);
    let tb = crate::tokenize::tokenize(b, &crate::normalize::Options::SEARCH);
    let mut interner = words::Interner::default();
    let wa = words::words_of(a, &ta, &mut interner);
    let wb = words::words_of(b, &tb, &mut interner);
    let set = (!options.context.is_empty()).then(|| {
        let others: Vec<Vec<words::Word>> = options.context.iter().map(|t| words::words(t, &mut interner)).collect();
        specific::SetFrequency::new([&wa[..], &wb[..]].into_iter().chain(others.iter().map(|w| w.as_slice())))
    });
    // Passages are found even when not asked for: `similarity.shared` is made of them.
    let found = passages::find(&passages::Indexed::new(&wa), &passages::Indexed::new(&wb), &PassageParams::default(), set.as_ref());
    Comparison {
        similarity: similarity::similarity(&wa, &wb, &found),
        passages: if options.passages { found } else { Vec::new() },
        diff: if options.diff { diff::diff_tokens(a, &ta, b, &tb, options.diff_level) } else { Vec::new() },
    }
}
