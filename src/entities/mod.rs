//! Named entities: people, places, organizations and other names from a statistical
//! sequence model; dates and quantities from rules; every mention linked to an entity
//! within one text ([`entities`]) or across articles ([`link_articles`]).
//!
//! Offsets are byte offsets into the original text; [`crate::offsets`] converts them
//! for JS and the CLI. A proclitic before a name (و ف ب ك ل) is outside its span.

pub mod clitic;
pub mod clusters;
pub mod conll;
pub mod corpus;
pub mod dict;
pub mod features;
pub mod frontcode;
pub mod gaps;
pub mod gazetteer;
pub mod general_freq;
pub mod heads;
pub mod known;
pub mod letters;
pub mod link;
pub mod model;
pub mod post;
pub mod rules;
pub mod window;

use crate::normalize::Options;
use crate::tokenize::{tokenize, Token, TokenKind};
use features::TokInfo;
use model::{Model, Weights, NTAGS};
use serde::Serialize;
use std::sync::OnceLock;

pub use link::{link_articles, link_spans, ArticleEntities, EntityAnalysis, EntityCluster, Mention};

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub enum EntityType {
    #[serde(rename = "PER")]
    Per,
    #[serde(rename = "LOC")]
    Loc,
    #[serde(rename = "ORG")]
    Org,
    #[serde(rename = "MISC")]
    Misc,
    #[serde(rename = "DATE")]
    Date,
    #[serde(rename = "QUANTITY")]
    Quantity,
}

impl EntityType {
    pub const MODEL_TYPES: [EntityType; 4] = [EntityType::Per, EntityType::Loc, EntityType::Org, EntityType::Misc];

    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Loc => "LOC",
            EntityType::Org => "ORG",
            EntityType::Misc => "MISC",
            EntityType::Date => "DATE",
            EntityType::Quantity => "QUANTITY",
        }
    }
}

/// One mention of an entity. `start` and `end` are byte offsets into the text;
/// mentions of one entity share `id` and `canonical`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub id: String,
    pub canonical: String,
    pub score: f32,
}

impl crate::offsets::Spans for Entity {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        (self.start, self.end) = (f(self.start), f(self.end));
    }
}

/// A mention before linking.
#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub kind: EntityType,
    pub score: f32,
}

/// A linked mention's span, as scoring against a corpus compares them.
impl From<Entity> for Span {
    fn from(e: Entity) -> Span {
        Span { start: e.start, end: e.end, kind: e.kind, score: e.score }
    }
}

static MODEL_BYTES: &[u8] = include_bytes!("../../models/ner.bin");
static MODEL2_BYTES: &[u8] = include_bytes!("../../models/ner2.bin");

/// The committed first-stage model.
pub fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| Model::from_bytes(MODEL_BYTES).expect("models/ner.bin is a valid model"))
}

/// The committed second-stage model (sees the first stage's tags in the whole text).
pub fn model2() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| Model::from_bytes(MODEL2_BYTES).expect("models/ner2.bin is a valid model"))
}

/// The committed models' mentions (with dates and quantities), another tagger's scores
/// added to the emissions: how `eval_ner --window` measures the window network of
/// [`window`] with everything `entities()` does.
pub fn find_spans_with_extra(text: &str, extra: &Extra) -> Vec<Span> {
    spans_and_tokens(model(), Some(model2()), dict::committed(), text, true, Some(extra)).0
}

/// Sentences on each side whose first-stage tags the second stage sees.
pub const DOC_WINDOW: usize = 40;


/// The entities of `text`, linked within it, in text order.
pub fn entities(text: &str) -> Vec<Entity> {
    let spans = find_spans(text);
    link::link_one(text, &spans)
}

/// Mentions of `text` (model and rules), unlinked, in text order.
pub fn find_spans(text: &str) -> Vec<Span> {
    find_spans_dict(model(), Some(model2()), dict::committed(), text, true)
}

/// Mentions found with the given weights (one stage) and the committed dictionary;
/// `rules` adds dates and quantities.
pub fn find_spans_with<W: Weights>(w: &W, text: &str, rules: bool) -> Vec<Span> {
    find_spans_dict::<W, W>(w, None, dict::committed(), text, rules)
}

/// Mentions found with the given first- and second-stage weights and training
/// dictionary.
pub fn find_spans_dict<W: Weights, W2: Weights>(w: &W, w2: Option<&W2>, dict: &dict::Dict, text: &str, rules: bool) -> Vec<Span> {
    spans_and_tokens(w, w2, dict, text, rules, None).0
}

/// Scores of another tagger added to the emission scores of each stage (times
/// `stage1` and `stage2`) before decoding: how a training tool measures a combination
/// (`train_ner --nn`, the window network of [`window`]).
pub struct Extra<'a> {
    pub scores: &'a dyn Fn(&[TokInfo]) -> Vec<[f32; NTAGS]>,
    pub stage1: f32,
    pub stage2: f32,
}

/// As [`find_spans_dict`], with `extra`'s scores added to the emissions.
pub fn find_spans_extra<W: Weights, W2: Weights>(w: &W, w2: Option<&W2>, dict: &dict::Dict, text: &str, rules: bool, extra: &Extra) -> Vec<Span> {
    spans_and_tokens(w, w2, dict, text, rules, Some(extra)).0
}

/// [`find_spans`] and the tokens it read the text into (`search` options), for callers
/// that go on with both ([`link::link_articles`] spreads names across the articles).
pub fn find_spans_tokenized(text: &str) -> (Vec<Span>, Vec<Token>) {
    spans_and_tokens(model(), Some(model2()), dict::committed(), text, true, None)
}

fn spans_and_tokens<W: Weights, W2: Weights>(w: &W, w2: Option<&W2>, dict: &dict::Dict, text: &str, rules: bool, extra: Option<&Extra>) -> (Vec<Span>, Vec<Token>) {
    let tokens = tokenize(text, &Options::SEARCH);
    let sents = sentences(text, &tokens);
    let mut tags = vec![0u8; tokens.len()];
    let mut margins = vec![0f32; tokens.len()];
    let mut infos: Vec<TokInfo> = Vec::with_capacity(tokens.len());
    // The second stage's scores from the first stage's features, completed below.
    let mut em2: Vec<[f32; NTAGS]> = Vec::with_capacity(if w2.is_some() { tokens.len() } else { 0 });
    let mut f = Vec::with_capacity(96);
    let mut em = Vec::new();
    // Scores of the features of one token alone, by role and token signature: words
    // repeat, so most tokens' scores are sums of a few remembered ones.
    let mut memo = UnaryMemo::default();
    let mut words: features::WordCache = Default::default();
    let score = |f: &[u64], e: &mut [f32; NTAGS], e2: &mut [f32; NTAGS]| {
        w.add_hashes(f, e);
        if let Some(w2) = w2 {
            w2.add_hashes(f, e2);
        }
    };
    for range in &sents {
        let sent = &tokens[range.clone()];
        let mut si: Vec<TokInfo> = sent.iter().map(|t| TokInfo::from_token_cached(t, &mut words)).collect();
        features::mark_with(&mut si, dict);
        let sigs: Vec<u64> = si.iter().map(features::signature).collect();
        let more = extra.map(|x| (x.scores)(&si));
        em.clear();
        for i in 0..si.len() {
            let mut e = [0f32; NTAGS];
            let mut e2 = [0f32; NTAGS];
            for (role, d) in [(features::SELF, 0isize), (features::PREV, -1), (features::NEXT, 1), (features::PREV2, -2), (features::NEXT2, 2)] {
                let j = i as isize + d;
                let tok = (j >= 0 && (j as usize) < si.len()).then(|| &si[j as usize]);
                let sig = tok.map_or(u64::MAX, |_| sigs[j as usize]);
                let (a, b) = memo.get_or_insert(role, sig, || {
                    let mut fa = Vec::with_capacity(48);
                    features::unary(role, tok, &mut fa);
                    let (mut a, mut b) = ([0f32; NTAGS], [0f32; NTAGS]);
                    score(&fa, &mut a, &mut b);
                    (a, b)
                });
                for k in 0..NTAGS {
                    e[k] += a[k];
                    e2[k] += b[k];
                }
            }
            f.clear();
            features::pairwise(&si, i, &mut f);
            score(&f, &mut e, &mut e2);
            if let (Some(x), Some(m)) = (extra, &more) {
                for k in 0..NTAGS {
                    e[k] += x.stage1 * m[i][k];
                    e2[k] += x.stage2 * m[i][k];
                }
            }
            em.push(e);
            if w2.is_some() {
                em2.push(e2);
            }
        }
        let st = model::viterbi(w, &em);
        for (i, &t) in st.iter().enumerate() {
            tags[range.start + i] = t;
            margins[range.start + i] = margin(&em[i], t);
        }
        infos.extend(si);
    }
    if let Some(w2) = w2 {
        let labels: Vec<u8> = tags.iter().map(|&t| model::tag_type(t).map_or(0, |k| k as u8 + 1)).collect();
        for (info, &t) in infos.iter_mut().zip(tags.iter()) {
            info.s1 = Some(t);
        }
        features::doc_counts(&sents, &mut infos, &labels, DOC_WINDOW);
        for range in &sents {
            let si = &infos[range.clone()];
            for i in 0..si.len() {
                f.clear();
                features::stage2_features(si, i, &mut f);
                w2.add_hashes(&f, &mut em2[range.start + i]);
            }
            let e = &em2[range.clone()];
            let st = model::viterbi(w2, e);
            // (The first stage's tags of a text of one sentence, see below.)
            let first = (sents.len() == 1).then(|| (tags[range.clone()].to_vec(), margins[range.clone()].to_vec()));
            for (i, &t) in st.iter().enumerate() {
                tags[range.start + i] = t;
                margins[range.start + i] = margin(&e[i], t);
            }
            // A text of one sentence gives the second stage nothing of the rest of the
            // text, where it is weaker than the first (README, Entities): the first
            // stage's names where the second found none are kept, but not a definite
            // word alone after a definite noun that is no title, which is its adjective
            // (الحكومة السعودية; after a title, الرئيس الأسد, it is a name).
            if let Some((s1, m1)) = first {
                for (a, b, _) in chunks(&s1) {
                    let (i, at) = (range.start + a, |k: usize| &infos[k]);
                    let adjective = b == a + 1 && i > 0 && at(i).stem.starts_with("ال") && at(i - 1).stem.starts_with("ال") && at(i - 1).stem.chars().count() >= 4 && !at(i - 1).gaz.has(gazetteer::TITLE) && !["التي", "الذي", "الذين", "الان"].contains(&at(i - 1).stem.as_str());
                    let free = tags[i..range.start + b].iter().all(|&t| t == 0) && tags.get(range.start + b).is_none_or(|&t| model::tag_type(t).is_none() || model::tag_type(s1[b - 1]) != model::tag_type(t));
                    if free && !adjective {
                        tags[i..range.start + b].copy_from_slice(&s1[a..b]);
                        margins[i..range.start + b].copy_from_slice(&m1[a..b]);
                    }
                }
            }
        }
    }
    for range in &sents {
        split_places(&infos[range.clone()], &mut tags[range.clone()]);
    }
    let mut spans = Vec::new();
    for range in &sents {
        let sent = &tokens[range.clone()];
        let first_span = spans.len();
        for (a, b, ty) in chunks(&tags[range.clone()]) {
            let m = (a..b).map(|i| margins[range.start + i]).fold(f32::INFINITY, f32::min);
            if let Some(s) = span_of(text, &sent[a..b], EntityType::MODEL_TYPES[ty], m) {
                spans.push(s);
            }
        }
        if rules {
            let si = &infos[range.clone()];
            for mut r in rules::find(text, sent, si) {
                // A unit the model took for a name (ميلا بحريا as a person, دولار as
                // MISC in ANERcorp) belongs to the quantity: the quantity takes it.
                if r.kind == EntityType::Quantity {
                    let unit_at = |s: &Span| sent.iter().position(|t| t.end > s.start).is_some_and(|k| rules::is_unit(&si[k]));
                    // (And a name the model began after a counted noun's first letter,
                    // read as a clitic: ندا of 12 بندا, which the quantity reads whole.)
                    let mid_word = |s: &Span| sent.iter().any(|t| t.start < s.start && s.start < t.end);
                    let mut k = first_span;
                    while k < spans.len() {
                        let s = &spans[k];
                        // (Or a name the model read over the number and its unit, 132
                        // كيلوفولت as a person: a name begins with no digit.)
                        let over_number = s.start == r.start && s.end <= r.end && sent.iter().any(|t| t.start == s.start && t.kind == TokenKind::Number) && sent.iter().enumerate().any(|(k, t)| t.start >= s.start && t.end <= s.end && rules::is_unit(&si[k]));
                        // (Or the country the model found after a currency, which the
                        // quantity read as the currency's: جيبوتي of 9.6 مليار فرنك جيبوتي.)
                        let currency_country = s.kind == EntityType::Loc && s.end == r.end && sent.iter().position(|t| t.start == s.start).is_some_and(|k| k > 0 && sent[k - 1].start > r.start && rules::is_currency(&si[k - 1]));
                        if s.start > r.start && s.start < r.end && (unit_at(s) || mid_word(s) || currency_country) || over_number {
                            r.end = r.end.max(s.end);
                            spans.remove(k);
                        } else {
                            k += 1;
                        }
                    }
                }
                // A month the model took for a name after the date's day (جوان 2026 of
                // الأربعاء 10 جوان 2026 as a person: جوان is also a given name): the
                // date takes it.
                if r.kind == EntityType::Date {
                    let month_at = |s: &Span| sent.iter().position(|t| t.start == s.start).is_some_and(|k| k > 0 && sent[k - 1].start >= r.start && rules::month_after_day(sent, si, k));
                    let mut k = first_span;
                    while k < spans.len() {
                        let s = &spans[k];
                        if s.start > r.start && s.end <= r.end && month_at(s) {
                            spans.remove(k);
                        } else {
                            k += 1;
                        }
                    }
                }
                // A name inside a date or quantity: the rule's span stops before it.
                if let Some(cut) = spans[first_span..].iter().filter(|s| s.start < r.end && r.start < s.end).map(|s| s.start).min() {
                    if cut <= r.start {
                        continue;
                    }
                    r.end = r.start + text[r.start..cut].trim_end().len();
                }
                if r.end > r.start {
                    spans.push(r);
                }
            }
        }
    }
    spans.sort_by_key(|s| (s.start, s.end));
    if rules {
        spans = post::fix(text, &tokens, &infos, &sents, spans, &mut words);
    }
    // No span starts with a diacritic: a pass that cuts a clitic off by its letter's
    // length (the ل of لِـ, the و of وَ) leaves the clitic's vowel, which belongs to it
    // (لِلَّهِ gave a span from its kasra).
    for s in &mut spans {
        s.start += text[s.start..s.end].chars().take_while(|&c| crate::normalize::is_diacritic(c)).map(char::len_utf8).sum::<usize>();
    }
    spans.retain(|s| s.start < s.end);
    // Nor does a span end inside a word where its letters meet digits (كوب of كوب31,
    // 1990 of 1990م, كم of كم²): the tokens split there, the word is one; the span
    // takes the word's rest.
    for s in &mut spans {
        let (Some(last), Some(next)) = (text[..s.end].chars().next_back(), text[s.end..].chars().next()) else { continue };
        if last.is_alphanumeric() && next.is_alphanumeric() && last.is_numeric() != next.is_numeric() {
            s.end = text[s.end..].find(|c: char| !(c.is_alphanumeric() || crate::normalize::is_diacritic(c))).map_or(text.len(), |i| s.end + i);
        }
    }
    // Tokens cut from one character (a ligature) can give overlapping spans: keep the first.
    let mut end = 0;
    spans.retain(|s| {
        let keep = s.start >= end;
        if keep {
            end = s.end;
        }
        keep
    });
    (spans, tokens)
}

/// Both stages' scores of one token's [`features::unary`] features, by role and token
/// signature: an open-addressing table keyed by the pair, compared whole, over the
/// scores kept in the order found. It is asked five times a token; a general map hashed
/// the key a byte at a time, which in wasm cost a tenth of tagging, and slots holding
/// the scores themselves spread the lookups over megabytes.
#[derive(Default)]
struct UnaryMemo {
    /// The signature of each slot, and its role in the low three bits and the index of
    /// its scores plus one above them (0: an empty slot); a power of two of slots, at
    /// most half of them used.
    slots: Vec<(u64, u32)>,
    values: Vec<([f32; NTAGS], [f32; NTAGS])>,
}

impl UnaryMemo {
    /// The slot of `(role, sig)`: where it is, or the empty one where it goes.
    #[inline]
    fn slot(slots: &[(u64, u32)], role: u8, sig: u64) -> usize {
        let mask = slots.len() - 1;
        let mut i = ((sig ^ role as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & mask;
        loop {
            let (s, r) = slots[i];
            if r == 0 || (s == sig && r & 7 == role as u32) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /// The scores remembered for `(role, sig)`, or those `f` gives, remembered.
    #[inline]
    fn get_or_insert(&mut self, role: u8, sig: u64, f: impl FnOnce() -> ([f32; NTAGS], [f32; NTAGS])) -> ([f32; NTAGS], [f32; NTAGS]) {
        if 2 * (self.values.len() + 1) > self.slots.len() {
            self.grow();
        }
        let i = Self::slot(&self.slots, role, sig);
        match self.slots[i].1 >> 3 {
            0 => {
                let v = f();
                self.values.push(v);
                self.slots[i] = (sig, (self.values.len() as u32) << 3 | role as u32);
                v
            }
            k => self.values[k as usize - 1],
        }
    }

    fn grow(&mut self) {
        let n = (2 * self.slots.len()).max(1024);
        let old = std::mem::replace(&mut self.slots, vec![(0, 0); n]);
        for (s, r) in old.into_iter().filter(|&(_, r)| r != 0) {
            let i = Self::slot(&self.slots, (r & 7) as u8, s);
            self.slots[i] = (s, r);
        }
    }
}

/// A person's name directly followed by a place name of several words (سيرغي شويغو
/// بيونغ يانغ) is two names: the model, which has seen few such pairs, tends to join them.
fn split_places(infos: &[TokInfo], tags: &mut [u8]) {
    for (a, b, ty) in chunks(tags) {
        if ty != 0 || b - a < 3 {
            continue;
        }
        for k in a + 2..b - 1 {
            let g = infos[k].gaz;
            if g.has(gazetteer::PHRASE_BEGIN) && g.has(gazetteer::COUNTRY | gazetteer::CITY) && (k + 1..b).all(|j| infos[j].gaz.has(gazetteer::PHRASE_INSIDE)) {
                tags[k] = 3;
                for t in &mut tags[k + 1..b] {
                    *t = 4;
                }
                break;
            }
        }
    }
}

/// The evidence for the chosen tag against no entity (O).
fn margin(em: &[f32; NTAGS], tag: u8) -> f32 {
    if tag == 0 {
        return 0.0;
    }
    em[tag as usize] - em[0]
}

/// The span of tokens `toks` (of one chunk) without a leading clitic or edge punctuation.
fn span_of(text: &str, toks: &[Token], kind: EntityType, margin: f32) -> Option<Span> {
    let is_name = |t: &Token| !matches!(t.kind, TokenKind::Punct | TokenKind::Symbol);
    let first = toks.iter().position(is_name)?;
    let last = toks.iter().rposition(is_name)?;
    let t0 = &toks[first];
    let mut start = t0.start;
    if t0.kind == TokenKind::Word {
        let cut = clitic::clitic_bytes(&text[t0.start..t0.end]);
        if t0.start + cut < t0.end {
            start += cut;
        }
    }
    let end = toks[last].end;
    if start >= end {
        return None;
    }
    let score = 1.0 / (1.0 + (-margin / 20.0).exp());
    Some(Span { start, end, kind, score: (score * 1000.0).round() / 1000.0 })
}

/// Chunks of a BIO sequence: (first token, end token, type index), conlleval-style
/// (an I after O or another type starts a chunk).
pub fn chunks(tags: &[u8]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, usize)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let ty = model::tag_type(t);
        match (cur, ty) {
            (Some((s, cty)), Some(ty)) if !model::is_begin(t) && cty == ty => {
                let _ = s;
            }
            _ => {
                if let Some((s, cty)) = cur.take() {
                    out.push((s, i, cty));
                }
                if let Some(ty) = ty {
                    cur = Some((i, ty));
                }
            }
        }
    }
    if let Some((s, cty)) = cur {
        out.push((s, tags.len(), cty));
    }
    out
}

/// Token ranges of sentences: cut after . ! ? and at line breaks (not at the dots of
/// an abbreviation, [`abbreviation_dot`]).
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..tokens.len() {
        let t = &tokens[i];
        let ends_sentence = t.kind == TokenKind::Punct && matches!(t.norm.as_bytes().first(), Some(b'.' | b'!' | b'?')) && !abbreviation_dot(text, tokens, i);
        // (Two tokens can come from one character, such as the ligature ﻻ.)
        let line_break = i + 1 < tokens.len() && gaps::line_break(text, t.end, tokens[i + 1].start);
        if ends_sentence || line_break || i + 1 - start >= 400 {
            out.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// Is token `k` the dot of an abbreviation written without spaces between Arabic
/// letters' names (سي.كيه, إتش.إس.بي.سي): a full stop glued to a word on both sides.
/// Reuters' Arabic wire writes the letters of foreign companies so; a sentence's full
/// stop has a space after it.
pub(crate) fn abbreviation_dot(text: &str, tokens: &[Token], k: usize) -> bool {
    glued_mark(text, tokens, k, ".")
}

/// Is token `k` the mark `mark` written between two words without spaces (the dot of
/// سي.كيه, the hyphen of رولز-رويس): a mark inside one name.
pub(crate) fn glued_mark(text: &str, tokens: &[Token], k: usize, mark: &str) -> bool {
    let word = |t: &Token| matches!(t.kind, TokenKind::Word | TokenKind::Latin);
    k > 0
        && k + 1 < tokens.len()
        && tokens[k].kind == TokenKind::Punct
        && &text[tokens[k].start..tokens[k].end] == mark
        && word(&tokens[k - 1])
        && word(&tokens[k + 1])
        && tokens[k - 1].end == tokens[k].start
        && tokens[k].end == tokens[k + 1].start
}
