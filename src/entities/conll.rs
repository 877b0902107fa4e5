//! ANERcorp-style CoNLL data (`token TAG` lines, blank line between sentences): reading,
//! projecting gold tags onto the crate's own tokens for training, and scoring spans
//! the way the issue defines it (conlleval exact spans over the corpus tokens, the
//! tokens joined with single spaces and fed as raw text).

use super::dict::Dict;
use super::features::{self, TokInfo};
use super::model::TAG_NAMES;
use super::{EntityType, Span};
use crate::normalize::Options;
use crate::tokenize::{tokenize, TokenKind};

/// One sentence of the corpus.
#[derive(Clone, Debug, Default)]
pub struct Sentence {
    pub tokens: Vec<String>,
    /// Tags as written in the corpus (PERS is read as PER).
    pub tags: Vec<String>,
}

pub fn parse(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for line in text.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            if !cur.tokens.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let (tok, tag) = line.rsplit_once(' ').unwrap_or((line, "O"));
        cur.tokens.push(tok.to_string());
        cur.tags.push(tag.replace("PERS", "PER"));
    }
    if !cur.tokens.is_empty() {
        out.push(cur);
    }
    out
}

fn type_index(name: &str) -> Option<usize> {
    EntityType::MODEL_TYPES.iter().position(|t| t.as_str() == name)
}

/// Gold chunks over corpus tokens: (first, end, type index), conlleval-style.
pub fn gold_chunks(tags: &[String]) -> Vec<(usize, usize, usize)> {
    let ids: Vec<u8> = tags
        .iter()
        .map(|t| match t.split_once('-') {
            Some((bio, ty)) => match type_index(ty) {
                Some(k) => 1 + 2 * k as u8 + (bio == "I") as u8,
                None => 0,
            },
            None => 0,
        })
        .collect();
    super::chunks(&ids)
}

impl Sentence {
    /// The raw text (tokens joined with single spaces) and each token's byte range.
    pub fn text(&self) -> (String, Vec<(usize, usize)>) {
        let mut text = String::new();
        let mut ranges = Vec::with_capacity(self.tokens.len());
        for t in &self.tokens {
            if !text.is_empty() {
                text.push(' ');
            }
            ranges.push((text.len(), text.len() + t.len()));
            text.push_str(t);
        }
        (text, ranges)
    }

    /// The crate's tokens of the sentence with their features and gold tag ids: the
    /// first name-like token of a gold chunk is B, later ones I, edge punctuation O.
    pub fn training_example(&self) -> (Vec<Vec<u64>>, Vec<u8>) {
        let ((f, g, _), _) = self.training_example_with(super::dict::committed());
        (f, g)
    }

    /// Gold labels on the crate's tokens and each token's stem.
    pub fn projected(&self) -> (Vec<TokInfo>, Vec<u8>) {
        let (text, ranges) = self.text();
        let toks = tokenize(&text, &Options::SEARCH);
        let mut gold = vec![0u8; toks.len()];
        for (a, b, ty) in gold_chunks(&self.tags) {
            let (s, e) = (ranges[a].0, ranges[b - 1].1);
            let inside: Vec<usize> = (0..toks.len()).filter(|&i| toks[i].start >= s && toks[i].end <= e).collect();
            let name_like = |i: &usize| !matches!(toks[*i].kind, TokenKind::Punct | TokenKind::Symbol);
            let (Some(&f), Some(&l)) = (inside.iter().find(|i| name_like(i)), inside.iter().rev().find(|i| name_like(i))) else {
                continue;
            };
            for (i, g) in gold.iter_mut().enumerate().take(l + 1).skip(f) {
                *g = 1 + 2 * ty as u8 + (i != f) as u8;
            }
        }
        (toks.iter().map(TokInfo::from_token).collect(), gold)
    }

    /// Features with the given training dictionary, gold tag ids, and the token infos.
    /// Also gives the number of word features of each token (see `features::features`).
    #[allow(clippy::type_complexity)]
    pub fn training_example_with(&self, dict: &Dict) -> ((Vec<Vec<u64>>, Vec<u8>, Vec<usize>), Vec<TokInfo>) {
        let (mut infos, gold) = self.projected();
        features::mark_with(&mut infos, dict);
        let mut lex = Vec::with_capacity(infos.len());
        let feats = (0..infos.len())
            .map(|i| {
                let mut f = Vec::with_capacity(64);
                lex.push(features::features(&infos, i, &mut f));
                f
            })
            .collect();
        ((feats, gold, lex), infos)
    }
}

/// Maps spans found in a sentence's raw text back to corpus token chunks: a span
/// covers every token it overlaps.
pub fn spans_to_chunks(ranges: &[(usize, usize)], spans: &[Span]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    for s in spans {
        let Some(ty) = EntityType::MODEL_TYPES.iter().position(|&t| t == s.kind) else { continue };
        let first = ranges.iter().position(|&(a, b)| a < s.end && s.start < b);
        let last = ranges.iter().rposition(|&(a, b)| a < s.end && s.start < b);
        if let (Some(f), Some(l)) = (first, last) {
            out.push((f, l + 1, ty));
        }
    }
    out
}

/// Precision, recall and F1 counts per type.
#[derive(Clone, Debug, Default)]
pub struct Scores {
    /// Per type index: (true positives, predicted, gold).
    pub counts: [(usize, usize, usize); 4],
}

impl Scores {
    /// Counts one list of gold and predicted chunks (each chunk once in `pred`).
    pub fn add(&mut self, gold: &[(usize, usize, usize)], pred: &[(usize, usize, usize)]) {
        let set: std::collections::HashSet<_> = gold.iter().collect();
        for g in gold {
            self.counts[g.2].2 += 1;
        }
        for p in pred {
            self.counts[p.2].1 += 1;
            if set.contains(p) {
                self.counts[p.2].0 += 1;
            }
        }
    }

    fn prf((tp, p, g): (usize, usize, usize)) -> (f64, f64, f64) {
        let pr = if p == 0 { 0.0 } else { 100.0 * tp as f64 / p as f64 };
        let rc = if g == 0 { 0.0 } else { 100.0 * tp as f64 / g as f64 };
        let f = if pr + rc == 0.0 { 0.0 } else { 2.0 * pr * rc / (pr + rc) };
        (pr, rc, f)
    }

    pub fn micro(&self) -> (f64, f64, f64) {
        let sum = self.counts.iter().fold((0, 0, 0), |a, c| (a.0 + c.0, a.1 + c.1, a.2 + c.2));
        Self::prf(sum)
    }

    pub fn of_type(&self, k: usize) -> (f64, f64, f64) {
        Self::prf(self.counts[k])
    }

    /// A Markdown table: per type and micro, precision, recall, F1 and counts.
    pub fn table(&self) -> String {
        let mut s = String::from("| type | precision | recall | F1 | gold | predicted | correct |\n|---|---|---|---|---|---|---|\n");
        for (k, t) in EntityType::MODEL_TYPES.iter().enumerate() {
            let (p, r, f) = self.of_type(k);
            let (tp, np, ng) = self.counts[k];
            s.push_str(&format!("| {} | {p:.2} | {r:.2} | {f:.2} | {ng} | {np} | {tp} |\n", t.as_str()));
        }
        let (p, r, f) = self.micro();
        let sum = self.counts.iter().fold((0, 0, 0), |a, c| (a.0 + c.0, a.1 + c.1, a.2 + c.2));
        s.push_str(&format!("| micro | {p:.2} | {r:.2} | {f:.2} | {} | {} | {} |\n", sum.2, sum.1, sum.0));
        s
    }
}

/// Name of a tag id, for debugging output.
pub fn tag_name(t: u8) -> &'static str {
    TAG_NAMES[t as usize]
}

/// Sentences as one text, the way `eval_ner` feeds them: tokens joined with single
/// spaces.
pub struct Document {
    pub text: String,
    /// Byte range of every token in `text`.
    pub ranges: Vec<(usize, usize)>,
    /// Index of the first token of every sentence.
    pub firsts: Vec<usize>,
    /// Gold chunks, in token indices of the whole document.
    pub gold: Vec<(usize, usize, usize)>,
}

impl Document {
    pub fn new(sentences: &[Sentence]) -> Document {
        let mut d = Document { text: String::new(), ranges: Vec::new(), firsts: Vec::new(), gold: Vec::new() };
        for s in sentences {
            let base = d.ranges.len();
            d.firsts.push(base);
            for t in &s.tokens {
                if !d.text.is_empty() {
                    d.text.push(' ');
                }
                d.ranges.push((d.text.len(), d.text.len() + t.len()));
                d.text.push_str(t);
            }
            d.gold.extend(gold_chunks(&s.tags).into_iter().map(|(a, b, k)| (a + base, b + base, k)));
        }
        d
    }

    /// The chunks of `spans` (found in `text`), sorted, each once.
    pub fn chunks(&self, spans: &[Span]) -> Vec<(usize, usize, usize)> {
        let mut pred = spans_to_chunks(&self.ranges, spans);
        pred.sort_unstable();
        pred.dedup();
        pred
    }
}

/// Scores a run of sentences fed as one text (their tokens joined with single
/// spaces): `find` gives the spans of a text.
pub fn score_document(sentences: &[Sentence], mut find: impl FnMut(&str) -> Vec<Span>) -> Scores {
    let doc = Document::new(sentences);
    let pred = doc.chunks(&find(&doc.text));
    let mut scores = Scores::default();
    scores.add(&doc.gold, &pred);
    scores
}

/// Scores of `find` with every sentence fed alone, as raw text without the others
/// (how a user who pastes one sentence at a time is served).
pub fn score_sentences_alone(sentences: &[Sentence], mut find: impl FnMut(&str) -> Vec<Span>) -> Scores {
    let mut scores = Scores::default();
    for s in sentences {
        let (raw, ranges) = s.text();
        scores.add(&gold_chunks(&s.tags), &spans_to_chunks(&ranges, &find(&raw)));
    }
    scores
}
