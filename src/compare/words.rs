//! The word sequence the comparisons work on: every word, number and Latin token of a
//! text with its byte span in the original, an interned match key and whether it is a
//! content word (not a function word).
//!
//! Keys come from [`crate::tokenize`]'s `search` match keys, so diacritics, alef and
//! yeh forms, tatweel, punctuation and clitics (و ف ب ك ل ال, common suffixes) do not
//! keep two spellings of a word apart; transliteration variants (غ/ج…) and hamza
//! seats are folded as in name keys. Punctuation tokens are left out of the sequence
//! but remembered as sentence ends where they close a sentence.

use std::collections::HashMap;

use crate::normalize::Options;
use crate::tokenize::{tokenize, Token, TokenKind};

/// One word of a text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Word {
    /// Byte span in the original text.
    pub start: usize,
    pub end: usize,
    /// Interned match key.
    pub id: u32,
    /// Not a function word.
    pub content: bool,
    /// A sentence-closing punctuation mark (. ! ? ؟ or a line break) follows the word.
    pub sentence_end: bool,
    /// A quotation mark stands between the word before and this one: a shared
    /// quotation is its own passage, apart from the words that introduce it.
    pub quote_before: bool,
    /// How much a match of this word says about reuse, from general Arabic alone
    /// ([`super::specific::general_weight`]), in (0, 1].
    pub weight: f32,
}

/// A fast hasher for integer keys (the multiply-rotate hash of rustc's FxHasher):
/// the maps of word ids and trigrams are hot, and need no protection from crafted
/// collisions beyond what a bounded input size gives.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut b = [0u8; 8];
            b[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(b));
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.write_u64(n as u64);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_u128(&mut self, n: u128) {
        self.write_u64(n as u64);
        self.write_u64((n >> 64) as u64);
    }
}

/// A hash map keyed by integers, with [`FxHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<FxHasher>>;

/// Interns match keys so that several texts share one id space, and remembers each
/// key's general weight (looked up once per key, not per word).
#[derive(Default, Debug)]
pub(crate) struct Interner {
    map: HashMap<String, u32>,
    weights: Vec<f32>,
}

impl Interner {
    pub fn id(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.map.get(key) {
            return id;
        }
        let id = self.map.len() as u32;
        self.map.insert(key.to_string(), id);
        id
    }

    /// The general weight of key `id`, from `f` the first time.
    fn weight(&mut self, id: u32, f: impl FnOnce() -> f32) -> f32 {
        let k = id as usize;
        if self.weights.len() <= k {
            self.weights.resize(k + 1, f32::NAN);
        }
        if self.weights[k].is_nan() {
            self.weights[k] = f();
        }
        self.weights[k]
    }
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '«' | '»' | '"' | '“' | '”' | '„' | '\'' | '‘' | '’' | '‹' | '›')
}

fn closes_sentence(punct: &str) -> bool {
    punct.chars().any(|c| matches!(c, '.' | '!' | '?' | '؟' | '\u{06D4}' | '…'))
}

/// Folds the letters outlets use for one foreign sound, and hamza seats, as
/// [`crate::name_key`] does (غ/ج → ج, ڤ → ف, پ → ب, چ → تش, ژ → ز, ؤ → و, ئ → ي,
/// ء dropped), so that شويغو and شويجو share a key.
pub(crate) fn fold_variants(key: &str) -> std::borrow::Cow<'_, str> {
    if !key.chars().any(|c| matches!(c, 'غ' | 'گ' | 'ڨ' | 'ڭ' | 'ڤ' | 'ڥ' | 'پ' | 'چ' | 'ژ' | 'ؤ' | 'ئ' | 'ء')) {
        return std::borrow::Cow::Borrowed(key);
    }
    let mut out = String::with_capacity(key.len());
    for c in key.chars() {
        match c {
            'غ' | 'گ' | 'ڨ' | 'ڭ' => out.push('ج'),
            'ڤ' | 'ڥ' => out.push('ف'),
            'پ' => out.push('ب'),
            'چ' => out.push_str("تش"),
            'ژ' => out.push('ز'),
            'ؤ' => out.push('و'),
            'ئ' => out.push('ي'),
            'ء' => {}
            _ => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The words of `text`, keys interned in `interner`.
pub(crate) fn words(text: &str, interner: &mut Interner) -> Vec<Word> {
    words_of(text, &tokenize(text, &Options::SEARCH), interner)
}

/// The words of `text` from its `search` tokens.
pub(crate) fn words_of(text: &str, tokens: &[Token], interner: &mut Interner) -> Vec<Word> {
    let mut out: Vec<Word> = Vec::with_capacity(tokens.len());
    let mut quote = false;
    for t in tokens {
        match t.kind {
            TokenKind::Word | TokenKind::Latin | TokenKind::Number => {
                if let Some(last) = out.last_mut() {
                    if last.end < t.start && text[last.end..t.start].contains('\n') {
                        last.sentence_end = true;
                    }
                }
                let content = !crate::function_words::is_function_word(&t.key) && (t.key.chars().count() >= 2 || t.kind == TokenKind::Number);
                let key = fold_variants(&t.key);
                let id = interner.id(&key);
                let weight = interner.weight(id, || super::specific::general_weight(t.kind, &t.key, content));
                let quote_before = std::mem::take(&mut quote);
                out.push(Word { start: t.start, end: t.end, id, content, sentence_end: false, quote_before, weight });
            }
            TokenKind::Punct => {
                if text[t.start..t.end].chars().any(is_quote_mark) {
                    quote = true;
                }
                if closes_sentence(&t.norm) || closes_sentence(&text[t.start..t.end]) {
                    if let Some(last) = out.last_mut() {
                        last.sentence_end = true;
                    }
                }
            }
            TokenKind::Symbol => {}
        }
    }
    if let Some(last) = out.last_mut() {
        last.sentence_end = true;
    }
    out
}

/// The match key of every word of `text` (as [`words`] interns it, variants folded)
/// with whether it is a content word and its byte span: for callers that hash keys
/// the same way in every process (corpus-scale reuse fingerprints), where interned
/// ids would differ.
pub(crate) fn keys(text: &str) -> Vec<(String, bool, std::ops::Range<usize>)> {
    let mut interner = Interner::default();
    let ws = words(text, &mut interner);
    let mut by_id: Vec<&str> = vec![""; interner.map.len()];
    for (k, &id) in &interner.map {
        by_id[id as usize] = k;
    }
    ws.iter().map(|w| (by_id[w.id as usize].to_string(), w.content, w.start..w.end)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clitics_and_spelling_share_keys_and_function_words_are_marked() {
        let mut i = Interner::default();
        let a = words("قال والرئيسُ إن روسيا", &mut i);
        let b = words("قال رئيس ان لروسيا.", &mut i);
        assert_eq!(a.iter().map(|w| w.id).collect::<Vec<_>>(), b.iter().map(|w| w.id).collect::<Vec<_>>());
        assert!(!a[2].content && a[1].content);
        assert!(b[3].sentence_end);
    }
}
