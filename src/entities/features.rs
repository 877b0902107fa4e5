//! Features of one token in its sentence, hashed without allocating.
//!
//! Every feature is a template number and one or more strings (the word, its match
//! key, an affix, a neighbour); it is hashed (64-bit FNV-1a, the same on every target)
//! to a row of the model's weight table. Training and tagging share this code, so the
//! committed model and the features computed at run time always agree.

use super::gazetteer::{self, Gaz};
use crate::tokenize::{Token, TokenKind};

/// What the tagger knows of one token.
#[derive(Clone, Debug)]
pub struct TokInfo {
    pub kind: TokenKind,
    /// `search`-normalized form.
    pub norm: String,
    /// Match key (clitics and one suffix stripped).
    pub key: String,
    /// The word with its proclitics (و ف ب ك ل) stripped, article kept.
    pub stem: String,
    /// Gazetteer and trigger flags of this token.
    pub gaz: Gaz,
    /// Counts of the word as O, PER, LOC, ORG, MISC in the training dictionary.
    pub dict: [u16; 5],
    /// Second stage only: the first stage's tag of this token (`None` in stage one).
    pub s1: Option<u8>,
    /// Second stage only: the first stage's labels (O, PER, LOC, ORG, MISC) of the
    /// other occurrences of this word in the surrounding text.
    pub doc: [u16; 5],
    /// Newswire frequency buckets of the word and of its stem.
    pub freq: [u8; 2],
    /// How the stem behaves in general Arabic ([`super::general_freq::buckets`]).
    pub gen: [u8; 4],
    /// How much the stem's letters look like a name's ([`super::letters::bucket`]).
    pub letters: u8,
    /// The stem's word clusters, fine, middle and coarse ([`super::clusters::of`]).
    pub clu: [u16; 3],
}

/// What [`TokInfo::from_token_cached`] remembers of each word: its stem, newswire
/// frequency buckets, general-Arabic buckets, letter bucket and clusters.
pub type WordCache<'a> = super::gazetteer::FastMap<&'a str, WordFacts>;

/// What the features know of a word alone (see [`TokInfo`]'s fields of the same names).
pub type WordFacts = (String, [u8; 2], [u8; 4], u8, [u16; 3]);

impl gazetteer::Word for TokInfo {
    fn norm(&self) -> &str {
        &self.norm
    }
    fn stem(&self) -> &str {
        &self.stem
    }
    fn flags_mut(&mut self) -> &mut Gaz {
        &mut self.gaz
    }
}

impl TokInfo {
    pub fn from_token(t: &Token) -> TokInfo {
        let (stem, freq, gen, letters, clu) = Self::stem_of(t);
        TokInfo { kind: t.kind, norm: t.norm.clone(), key: t.key.clone(), stem, gaz: Gaz::default(), dict: [0; 5], s1: None, doc: [0; 5], freq, gen, letters, clu }
    }

    /// As [`TokInfo::from_token`], with the stem and frequencies of the token's word
    /// remembered in `cache` (they depend on the word alone).
    pub fn from_token_cached<'a>(t: &'a Token, cache: &mut WordCache<'a>) -> TokInfo {
        let (stem, freq, gen, letters, clu) = cache.entry(t.norm.as_str()).or_insert_with(|| Self::stem_of(t)).clone();
        TokInfo { kind: t.kind, norm: t.norm.clone(), key: t.key.clone(), stem, gaz: Gaz::default(), dict: [0; 5], s1: None, doc: [0; 5], freq, gen, letters, clu }
    }

    fn stem_of(t: &Token) -> WordFacts {
        let stem = if t.kind == TokenKind::Word { word_stem(&t.norm) } else { t.norm.clone() };
        let freq = [freq_bucket(&t.norm) as u8, freq_bucket(&stem) as u8];
        let gen = if t.kind == TokenKind::Word { super::general_freq::buckets(&stem) } else { super::general_freq::UNKNOWN };
        let letters = if t.kind == TokenKind::Word { super::letters::bucket(gazetteer::bare(&stem)) } else { 0 };
        let clu = if t.kind == TokenKind::Word && CLUSTERS.load(std::sync::atomic::Ordering::Relaxed) { super::clusters::of(&stem) } else { super::clusters::UNKNOWN };
        (stem, freq, gen, letters, clu)
    }
}

/// The stem the features see of a `search`-normalized Arabic word: its proclitics
/// stripped ([`super::clitic::strip_norm`]), the article kept. For للرئيس the span
/// keeps لرئيس, but the features see the article whole (الرئيس). The word clusters are
/// learned on these stems too, so that training and tagging look words up alike.
pub fn word_stem(norm: &str) -> String {
    let stem = super::clitic::strip_norm(norm);
    if stem.len() < norm.len() && norm[..norm.len() - stem.len()].ends_with('ل') && stem.starts_with("ل") && !stem.starts_with("لل") {
        format!("ا{stem}")
    } else {
        stem.to_string()
    }
}

/// Fills the gazetteer flags of a sentence (multi-word names need the neighbours) and
/// the training dictionary's counts.
pub fn mark_gazetteers(toks: &mut [TokInfo]) {
    mark_with(toks, super::dict::committed());
}

/// As [`mark_gazetteers`], with the given dictionary.
pub fn mark_with(toks: &mut [TokInfo], dict: &super::dict::Dict) {
    gazetteer::mark(toks);
    let mask = GAZ_MASK.load(std::sync::atomic::Ordering::Relaxed);
    for t in toks.iter_mut() {
        t.gaz.0 &= mask;
        if t.kind == TokenKind::Word {
            if let Some(c) = dict.get(&t.stem) {
                t.dict = *c;
            }
        }
    }
}

/// The gazetteer flags tokens keep (all, unless a training experiment leaves some
/// lists out, to measure what they bring).
pub static GAZ_MASK: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(u32::MAX);

/// Whether tokens get their word clusters (on unless a training experiment turns them
/// off, to measure what they bring).
pub static CLUSTERS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(true);

/// The hash of the domain feature that every token of a training sentence from
/// Wikipedia carries (and news text, as at run time, does not): what is peculiar to
/// Wikipedia's names goes there rather than into the weights news text uses.
pub fn wikipedia_hash() -> u64 {
    hn(120, 1)
}

/// The hash of the bias feature (every token has it).
pub fn bias_hash() -> u64 {
    hn(0, 0)
}

/// Dictionary evidence as a small code: for each type, none / some / most.
fn dict_code(c: &[u16; 5]) -> u64 {
    let total: u32 = c.iter().map(|&x| x as u32).sum();
    if total == 0 {
        return 0;
    }
    let mut code = 1u64;
    for &x in &c[1..5] {
        let share = x as u32 * 4 / total;
        let level = if x == 0 { 0 } else if share >= 2 { 2 } else { 1 };
        code = code * 3 + level;
    }
    code
}

/// FNV-1a over bytes, the hash of feature rows (also the window network's).
pub(super) const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

#[inline]
pub(super) fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

#[inline]
fn h1(t: u8, a: &str) -> u64 {
    let h = fnv(FNV_OFFSET, &[t, 0xff]);
    fnv(h, a.as_bytes())
}

#[inline]
fn h2(t: u8, a: &str, b: &str) -> u64 {
    let h = fnv(h1(t, a), &[0xfe]);
    fnv(h, b.as_bytes())
}

#[inline]
fn hn(t: u8, n: u64) -> u64 {
    fnv(FNV_OFFSET, &[t, 0xfd, n as u8, (n >> 8) as u8, (n >> 16) as u8, (n >> 24) as u8])
}

/// A template and two numbers of up to 64 bits each (flags with flags).
#[inline]
fn hn2(t: u8, a: u64, b: u64) -> u64 {
    fnv(fnv(fnv(FNV_OFFSET, &[t, 0xfb]), &a.to_le_bytes()), &b.to_le_bytes())
}

fn prefix(s: &str, n: usize) -> Option<&str> {
    let mut it = s.char_indices();
    let end = match it.nth(n) {
        Some((i, _)) => i,
        None => {
            if s.chars().count() == n {
                s.len()
            } else {
                return None;
            }
        }
    };
    Some(&s[..end])
}

fn suffix(s: &str, n: usize) -> Option<&str> {
    let count = s.chars().count();
    if count < n {
        return None;
    }
    let skip = count - n;
    let start = s.char_indices().nth(skip).map_or(s.len(), |(i, _)| i);
    Some(&s[start..])
}

/// The token kind as a number, for hashing.
fn kind_code(kind: TokenKind) -> u64 {
    match kind {
        TokenKind::Word => 0,
        TokenKind::Latin => 1,
        TokenKind::Number => 2,
        TokenKind::Punct => 3,
        TokenKind::Symbol => 4,
    }
}

/// A coarse shape: kind, and length in letters (bucketed).
fn shape(t: &TokInfo) -> u64 {
    let kind = kind_code(t.kind);
    let len = t.norm.chars().count().min(9) as u64;
    kind * 16 + len
}

const BOS: &str = "<s>";
const EOS: &str = "</s>";

/// A string of token `i` (`field`), or the sentence boundary markers outside it.
fn str_at(toks: &[TokInfo], i: isize, field: fn(&TokInfo) -> &str) -> &str {
    if i < 0 {
        BOS
    } else if i as usize >= toks.len() {
        EOS
    } else {
        field(&toks[i as usize])
    }
}

fn word_at(toks: &[TokInfo], i: isize) -> &str {
    str_at(toks, i, |t| &t.norm)
}

fn key_at(toks: &[TokInfo], i: isize) -> &str {
    str_at(toks, i, |t| &t.key)
}

/// The flags of a token outside the sentence: a bit no token's flags have.
const OUTSIDE: u64 = 1 << 32;

fn gaz_at(toks: &[TokInfo], i: isize) -> u64 {
    if i < 0 || i as usize >= toks.len() {
        OUTSIDE
    } else {
        toks[i as usize].gaz.bits() as u64
    }
}

fn freq_bucket(word: &str) -> u64 {
    match crate::lexicon::count(word) {
        0 => 0,
        1..=3 => 1,
        4..=10 => 2,
        11..=50 => 3,
        _ => 4,
    }
}

/// Pushes the feature hashes of token `i` onto `out`: the features of each token of
/// the window alone ([`unary`], the bias and the word's own first), then those of
/// pairs ([`pairwise`]). Returns how many of the word's own lexical features follow
/// the bias.
pub fn features(toks: &[TokInfo], i: usize, out: &mut Vec<u64>) -> usize {
    let at = |j: isize| if j < 0 || j as usize >= toks.len() { None } else { Some(&toks[j as usize]) };
    let ii = i as isize;
    let lex = unary(SELF, Some(&toks[i]), out);
    for (role, d) in [(PREV, -1), (NEXT, 1), (PREV2, -2), (NEXT2, 2)] {
        unary(role, at(ii + d), out);
    }
    pairwise(toks, i, out);
    lex
}

/// Roles of a token in the window of the one being tagged.
pub const SELF: u8 = 0;
pub const PREV: u8 = 1;
pub const NEXT: u8 = 2;
pub const PREV2: u8 = 3;
pub const NEXT2: u8 = 4;

/// What the [`unary`] features of a token depend on: its word, kind and flags (the
/// key, stem, dictionary counts and frequencies follow from the word).
pub fn signature(t: &TokInfo) -> u64 {
    let kind = kind_code(t.kind);
    let g = t.gaz.0.to_le_bytes();
    fnv(fnv(FNV_OFFSET, t.norm.as_bytes()), &[0xfc, g[0], g[1], g[2], g[3], kind as u8])
}

/// Features of one token of the window that depend on it alone and on its `role`
/// (`None`: before the start or after the end of the sentence). Returns the number of
/// lexical features (for `SELF`).
pub fn unary(role: u8, t: Option<&TokInfo>, out: &mut Vec<u64>) -> usize {
    let (word, key) = match t {
        Some(t) => (t.norm.as_str(), t.key.as_str()),
        None if role == PREV || role == PREV2 => (BOS, BOS),
        None => (EOS, EOS),
    };
    let shape_or = |t: Option<&TokInfo>| t.map_or(99, shape);
    let dict_or = |t: Option<&TokInfo>| t.map_or(999, |t| dict_code(&t.dict));
    let bits = |t: Option<&TokInfo>, template: u8, out: &mut Vec<u64>| {
        if let Some(t) = t {
            let g = t.gaz.bits() as u64;
            for bit in 0..gazetteer::FLAGS as u64 {
                if g & (1 << bit) != 0 {
                    out.push(hn(template, bit));
                }
            }
        }
    };
    match role {
        SELF => {
            let Some(t) = t else { return 0 };
            out.push(hn(0, 0));
            let lex_start = out.len();
            out.push(h1(1, &t.norm));
            out.push(h1(2, &t.key));
            out.push(h1(3, &t.stem));
            if t.kind == TokenKind::Word || t.kind == TokenKind::Latin {
                for n in 1..=3 {
                    if let Some(p) = prefix(&t.norm, n) {
                        out.push(h1(20 + n as u8, p));
                    }
                    if let Some(p) = prefix(&t.stem, n) {
                        out.push(h1(24 + n as u8, p));
                    }
                }
                for n in 1..=4 {
                    if let Some(s) = suffix(&t.norm, n) {
                        out.push(h1(28 + n as u8, s));
                    }
                }
            }
            let lex = out.len() - lex_start;
            // How common the word is in newswire: names are rare words.
            if t.kind == TokenKind::Word {
                let fb = t.freq[0] as u64 * 8 + t.freq[1] as u64;
                out.push(hn(65, fb));
                out.push(hn2(68, fb, t.gaz.bits() as u64));
            }
            out.push(hn(40, shape(t)));
            // How the word behaves in general Arabic (names rarely take the article or a
            // suffix), alone and with whether the training data ever saw it.
            if t.kind == TokenKind::Word {
                let (g, r) = (t.gen[0] as u64, t.gen[1] as u64);
                let unseen = t.dict.iter().all(|&x| x == 0) as u64;
                out.push(hn(80, g * 8 + r));
                out.push(hn(81, r));
                out.push(hn(82, (g * 8 + r) * 2 + unseen));
                out.push(hn(83, g * 8 + t.freq[1] as u64));
                out.push(hn(84, t.gen[2] as u64 * 8 + r));
                out.push(hn(85, t.gen[3] as u64 * 8 + t.gen[2] as u64));
                out.push(hn(86, (t.gen[2] as u64 * 8 + r) * 2 + unseen));
                // Do its letters look like a name's? Alone, with how common the word
                // is in general Arabic, and with whether the training data saw it.
                let l = t.letters as u64;
                out.push(hn(88, l));
                out.push(hn(89, l * 8 + g));
                out.push(hn(90, (l * 8 + g) * 2 + unseen));
                // Word clusters: which words the word keeps company with in Wikipedia,
                // at three granularities, and the middle one with whether training saw it.
                if t.clu[0] != 0 {
                    out.push(hn(100, t.clu[0] as u64));
                    out.push(hn(101, t.clu[1] as u64));
                    out.push(hn(102, t.clu[2] as u64));
                    out.push(hn(103, t.clu[1] as u64 * 2 + unseen));
                }
            }
            bits(Some(t), 50, out);
            // Training dictionary.
            out.push(hn(60, dict_code(&t.dict)));
            let total: u32 = t.dict.iter().map(|&x| x as u32).sum();
            out.push(hn(64, (total.min(20) as u64) * 8 + (t.dict[0] as u32 * 4 / total.max(1)) as u64));
            // Does the word carry the article, and which proclitics?
            let clitic_len = t.norm.chars().count() - t.stem.chars().count();
            let article = t.stem.starts_with("ال") as u64;
            out.push(hn(56, clitic_len as u64 * 2 + article));
            lex
        }
        PREV | NEXT => {
            // Templates of the word, key, shape, flags and dictionary evidence.
            let (tw, tk, ts, tb, td) = if role == PREV { (4, 8, 41, 52, 61) } else { (5, 9, 42, 53, 62) };
            out.push(h1(tw, word));
            out.push(h1(tk, key));
            out.push(hn(ts, shape_or(t)));
            bits(t, tb, out);
            out.push(hn(td, dict_or(t)));
            out.push(hn(td + 30, t.map_or(99, |t| t.gen[0] as u64 * 8 + t.gen[1] as u64)));
            out.push(hn(td + 35, t.map_or(99, |t| t.letters as u64 * 8 + t.gen[0] as u64)));
            let c = t.map_or([9999; 3], |t| t.clu);
            out.push(hn(td + 44, c[1] as u64));
            out.push(hn(td + 46, c[2] as u64));
            0
        }
        PREV2 => {
            out.push(h1(6, word));
            out.push(h1(10, key));
            bits(t, 54, out);
            out.push(hn(112, t.map_or(9999, |t| t.clu[2] as u64)));
            0
        }
        _ => {
            out.push(h1(7, word));
            out.push(h1(11, key));
            out.push(hn(113, t.map_or(9999, |t| t.clu[2] as u64)));
            0
        }
    }
}

/// Features of token `i` that join it with a neighbour.
pub fn pairwise(toks: &[TokInfo], i: usize, out: &mut Vec<u64>) {
    let t = &toks[i];
    let ii = i as isize;
    out.push(h2(12, word_at(toks, ii - 1), &t.norm));
    out.push(h2(13, &t.norm, word_at(toks, ii + 1)));
    out.push(h2(14, key_at(toks, ii - 1), &t.key));
    out.push(h2(15, &t.key, key_at(toks, ii + 1)));
    out.push(h2(16, key_at(toks, ii - 2), key_at(toks, ii - 1)));
    if t.kind == TokenKind::Word {
        let fb = t.freq[0] as u64 * 8 + t.freq[1] as u64;
        let fp = if i > 0 { toks[i - 1].freq[0] as u64 } else { 7 };
        out.push(hn(66, fb * 8 + fp));
        let gp = if i > 0 { toks[i - 1].gaz.bits() as u64 } else { 0 };
        out.push(hn2(67, fb, gp));
    }
    let sp = |j: isize| if j < 0 || j as usize >= toks.len() { 99 } else { shape(&toks[j as usize]) };
    out.push(hn(43, sp(ii - 1) * 256 + shape(t)));
    let cp = if i > 0 { toks[i - 1].clu[2] as u64 } else { 9999 };
    let cn = if i + 1 < toks.len() { toks[i + 1].clu[2] as u64 } else { 9999 };
    out.push(hn(110, cp * 100_000 + t.clu[2] as u64));
    out.push(hn(111, t.clu[2] as u64 * 100_000 + cn));
    let g = t.gaz.bits() as u64;
    for bit in 0..gazetteer::FLAGS as u64 {
        if g & (1 << bit) != 0 {
            out.push(fnv(hn(51, bit), word_at(toks, ii - 1).as_bytes()));
        }
    }
    let gp = gaz_at(toks, ii - 1);
    out.push(hn2(55, g, gp));
    let d0 = dict_code(&t.dict);
    let dp = if i > 0 { dict_code(&toks[i - 1].dict) } else { 999 };
    out.push(hn(63, d0 * 1000 + dp));
}

/// The second stage's own features of token `i` (the first stage's tags around it and
/// what the first stage said of the same word elsewhere); the second stage uses these
/// and those of [`features`].
pub fn stage2_features(toks: &[TokInfo], i: usize, out: &mut Vec<u64>) {
    let t = &toks[i];
    let ii = i as isize;
    if let Some(s1) = t.s1 {
        let tag = |j: isize| if j < 0 || j as usize >= toks.len() { 99 } else { toks[j as usize].s1.unwrap_or(98) as u64 };
        let (p, n) = (tag(ii - 1), tag(ii + 1));
        out.push(hn(70, s1 as u64));
        out.push(hn(71, p * 100 + s1 as u64));
        out.push(hn(72, s1 as u64 * 100 + n));
        out.push(hn(73, p * 10000 + s1 as u64 * 100 + n));
        let dc = dict_code(&t.doc);
        out.push(hn(74, dc));
        out.push(hn(75, dc * 100 + s1 as u64));
        let dp = if i > 0 { dict_code(&toks[i - 1].doc) } else { 999 };
        let dn = if i + 1 < toks.len() { dict_code(&toks[i + 1].doc) } else { 999 };
        out.push(hn(76, dp * 1000 + dc));
        out.push(hn(77, dc * 1000 + dn));
        let total: u32 = t.doc.iter().map(|&x| x as u32).sum();
        out.push(hn(78, total.min(10) as u64 * 10 + (t.doc[0] as u32 * 4 / total.max(1)) as u64));
    }
}

/// Fills `doc` of every token: the labels (from `tags`, 0 = O, 1 + type) of the other
/// occurrences of its bare stem in the sentences within `window` of its own.
pub fn doc_counts(sents: &[std::ops::Range<usize>], infos: &mut [TokInfo], labels: &[u8], window: usize) {
    let key = |t: &TokInfo| gazetteer::bare(&t.stem).to_string();
    let keys: Vec<Option<String>> = infos.iter().map(|t| (t.kind == TokenKind::Word && t.stem.chars().count() >= 2).then(|| key(t))).collect();
    fn add<'k>(counts: &mut super::gazetteer::FastMap<&'k str, [u16; 5]>, r: &std::ops::Range<usize>, keys: &'k [Option<String>], labels: &[u8], sign: i32) {
        for i in r.clone() {
            if let Some(k) = &keys[i] {
                let c = counts.entry(k.as_str()).or_default();
                let l = labels[i] as usize;
                c[l] = (c[l] as i32 + sign).max(0) as u16;
            }
        }
    }
    let mut counts: super::gazetteer::FastMap<&str, [u16; 5]> = Default::default();
    let n = sents.len();
    let mut lo = 0;
    let mut hi = 0;
    for s in 0..n {
        let want_lo = s.saturating_sub(window);
        let want_hi = (s + window + 1).min(n);
        while hi < want_hi {
            add(&mut counts, &sents[hi], &keys, labels, 1);
            hi += 1;
        }
        while lo < want_lo {
            add(&mut counts, &sents[lo], &keys, labels, -1);
            lo += 1;
        }
        for i in sents[s].clone() {
            if let Some(k) = &keys[i] {
                let mut c = counts.get(k.as_str()).copied().unwrap_or([0; 5]);
                let l = labels[i] as usize;
                c[l] = c[l].saturating_sub(1);
                infos[i].doc = c;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Options;
    use crate::tokenize::tokenize;
    use gazetteer::{NAME_TOKEN, WF_BEGIN, WF_LOC, WF_ORG};

    fn infos(text: &str) -> Vec<TokInfo> {
        let mut toks: Vec<TokInfo> = tokenize(text, &Options::SEARCH).iter().map(TokInfo::from_token).collect();
        mark_gazetteers(&mut toks);
        toks
    }

    fn flags(text: &str) -> Vec<u32> {
        infos(text).iter().map(|t| t.gaz.bits()).collect()
    }

    #[test]
    fn names_are_found_with_clitics_and_the_article() {
        // A name of several words behind a preposition, ل before the article, و.
        let f = flags("بحزب العمال");
        assert!(f[0] & WF_ORG != 0 && f[0] & WF_BEGIN != 0 && f[1] & WF_ORG != 0, "{f:x?}");
        assert!(flags("للقاعدة")[0] & WF_ORG != 0);
        let f = flags("وتنظيم القاعدة");
        assert!(f[0] & (WF_ORG | WF_BEGIN) == WF_ORG | WF_BEGIN && f[1] & WF_ORG != 0, "{f:x?}");
        assert!(flags("والسودان")[0] & WF_LOC != 0);
        // Only whole names: the first word alone is not the name.
        assert_eq!(flags("بحزب كبير")[0] & WF_ORG, 0);
        // Words of people's names, with a clitic.
        assert!(flags("وبابادوبولوس")[0] & NAME_TOKEN != 0);
        assert_eq!(flags("الكتاب")[0] & NAME_TOKEN, 0);
    }

    #[test]
    fn a_word_with_clitics_has_the_clusters_of_its_stem() {
        let london = super::super::clusters::of("لندن");
        assert_ne!(london, super::super::clusters::UNKNOWN);
        assert_eq!(infos("ولندن")[0].clu, london);
    }

    #[test]
    fn outside_the_sentence_is_not_every_flag() {
        let toks = infos("بحزب العمال");
        assert_eq!(gaz_at(&toks, -1), OUTSIDE);
        assert_ne!(OUTSIDE, u32::MAX as u64);
        assert_eq!(gaz_at(&toks, 0), toks[0].gaz.bits() as u64);
    }
}
