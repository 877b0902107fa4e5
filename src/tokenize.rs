//! Words, numbers, Latin words and punctuation, each with its span in the original,
//! its normalized form and a match key.
//!
//! Tokens are cut on the normalized text and mapped back through the normalization's
//! offset map, so a token's span always covers whole letters with their marks.

use crate::lexicon;
use crate::normalize::{self, is_diacritic, is_invisible, normalize, Normalized, Options, TATWEEL};
use unicode_normalization::char::canonical_combining_class;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum TokenKind {
    /// Letters of Arabic or another non-Latin script.
    Word,
    /// Letters of the Latin script (with digits and inner apostrophes).
    Latin,
    /// Digits, with inner decimal and thousands separators.
    Number,
    /// Punctuation.
    Punct,
    /// Anything else that is not whitespace: symbols, emoji.
    Symbol,
}

/// One token. `start` and `end` are byte offsets into the original text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub start: usize,
    pub end: usize,
    /// The token as normalized with the options given to [`tokenize`].
    pub norm: String,
    /// The match key: `search` form without proclitics and common suffixes.
    pub key: String,
}

/// A token as callers see it: its span, the words as written (`text[start..end]`),
/// kind, normalized form and key. The wasm, CLI and Python bindings all serialize
/// this, after converting its byte offsets with [`crate::offsets::convert`].
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct TokenView<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub kind: TokenKind,
    pub norm: String,
    pub key: String,
}

impl<'a> TokenView<'a> {
    /// Token `t` of `text`, offsets still in bytes.
    pub fn new(t: Token, text: &'a str) -> TokenView<'a> {
        TokenView { start: t.start, end: t.end, text: &text[t.start..t.end], kind: t.kind, norm: t.norm, key: t.key }
    }

    /// The tokens of `text` with offsets in `unit`.
    pub fn all(text: &'a str, options: &crate::normalize::Options, unit: crate::offsets::Unit) -> Vec<TokenView<'a>> {
        let mut out: Vec<TokenView> = tokenize(text, options).into_iter().map(|t| TokenView::new(t, text)).collect();
        crate::offsets::convert(&mut out, text, unit);
        out
    }
}

impl crate::offsets::Spans for TokenView<'_> {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        (self.start, self.end) = (f(self.start), f(self.end));
    }
}

impl crate::offsets::Spans for Token {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        (self.start, self.end) = (f(self.start), f(self.end));
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Arabic,
    Latin,
    OtherLetter,
    Digit,
    /// Marks, tatweel, joiners and other invisible characters: continue whatever
    /// token they are in.
    Joiner,
    Space,
    Punct,
    Symbol,
}

pub fn is_arabic_letter(c: char) -> bool {
    matches!(c as u32,
        0x0620..=0x063F | 0x0641..=0x064A | 0x066E..=0x066F | 0x0671..=0x06D3 | 0x06D5
        | 0x06EE..=0x06EF | 0x06FA..=0x06FC | 0x06FF | 0x0750..=0x077F | 0x08A0..=0x08C9
        | 0xFB50..=0xFDFF | 0xFE70..=0xFEFC)
}

fn classify(c: char) -> Class {
    if c.is_ascii_digit() || matches!(c as u32, 0x0660..=0x0669 | 0x06F0..=0x06F9) {
        Class::Digit
    } else if is_arabic_letter(c) {
        Class::Arabic
    } else if c.is_ascii_alphabetic() || matches!(c as u32, 0xC0..=0x24F | 0x1E00..=0x1EFF) && c.is_alphabetic() {
        Class::Latin
    } else if is_attached(c) || is_invisible(c) {
        Class::Joiner
    } else if c.is_whitespace() {
        Class::Space
    } else if c.is_alphabetic() || c.is_numeric() {
        Class::OtherLetter
    } else if is_punctuation(c) {
        Class::Punct
    } else {
        Class::Symbol
    }
}

fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F | 0xFE00..=0xFE0F)
        || (c as u32 >= 0x0300 && canonical_combining_class(c) != 0)
}

/// A character that stays with the one before it: a diacritic, tatweel or any
/// combining mark. A token never ends before one.
fn is_attached(c: char) -> bool {
    is_diacritic(c) || c == TATWEEL || is_mark(c)
}

/// Moves `i` past the characters attached to the one before it.
fn skip_attached(chars: &[(usize, char)], mut i: usize) -> usize {
    while i < chars.len() && is_attached(chars[i].1) {
        i += 1;
    }
    i
}

fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation() && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~')
        || matches!(c as u32, 0x00A1 | 0x00A7 | 0x00AB | 0x00B6 | 0x00B7 | 0x00BB | 0x00BF
            | 0x060C | 0x060D | 0x061B | 0x061E | 0x061F | 0x066A..=0x066D | 0x06D4
            | 0x2010..=0x2027 | 0x2030..=0x205E | 0x3001..=0x3003 | 0xFD3E | 0xFD3F)
}

/// Splits `text` into tokens; `options` decide the `norm` of each token.
pub fn tokenize(text: &str, options: &Options) -> Vec<Token> {
    let normalized = normalize(text, options);
    tokens_of(&normalized, *options == Options::SEARCH)
}

/// Tokens of an already normalized text.
pub fn tokens_of(n: &Normalized, is_search: bool) -> Vec<Token> {
    let chars: Vec<(usize, char)> = n.text.char_indices().collect();
    let mut tokens = Vec::with_capacity(chars.len() / 4 + 1);
    // The match key of each word form met, found once: text repeats its words, and
    // finding one asks the lexicon up to a dozen times.
    let mut keys: crate::entities::gazetteer::FastMap<&str, String> = Default::default();
    let mut i = 0;
    while i < chars.len() {
        let class = classify(chars[i].1);
        let start = i;
        let kind = match class {
            Class::Space => {
                i += 1;
                continue;
            }
            Class::Joiner if !is_attached(chars[i].1) => {
                // An invisible character between tokens belongs to none.
                i += 1;
                continue;
            }
            Class::Joiner => {
                // A mark with no word before it: it goes with the next letters if any.
                i += 1;
                while i < chars.len() && classify(chars[i].1) == Class::Joiner {
                    i += 1;
                }
                if i < chars.len() && matches!(classify(chars[i].1), Class::Arabic | Class::OtherLetter) {
                    i = extend_word(&chars, i);
                    TokenKind::Word
                } else {
                    TokenKind::Symbol
                }
            }
            Class::Arabic | Class::OtherLetter => {
                i = extend_word(&chars, i);
                TokenKind::Word
            }
            Class::Latin => {
                i += 1;
                while i < chars.len() {
                    let c = classify(chars[i].1);
                    let inner = (matches!(chars[i].1, '\'' | '’') || c == Class::Joiner)
                        && i + 1 < chars.len()
                        && classify(chars[i + 1].1) == Class::Latin;
                    if matches!(c, Class::Latin | Class::Digit) || is_attached(chars[i].1) || inner {
                        i += 1;
                    } else {
                        break;
                    }
                }
                TokenKind::Latin
            }
            Class::Digit => {
                i = skip_attached(&chars, i + 1);
                while i < chars.len() {
                    let c = chars[i].1;
                    if classify(c) == Class::Digit {
                        i = skip_attached(&chars, i + 1);
                    } else if matches!(c, '.' | ',' | '\u{066B}' | '\u{066C}')
                        && i + 1 < chars.len()
                        && classify(chars[i + 1].1) == Class::Digit
                    {
                        i = skip_attached(&chars, i + 2);
                    } else {
                        break;
                    }
                }
                TokenKind::Number
            }
            Class::Punct => {
                // Runs of one punctuation character (..., !!) are one token.
                let c = chars[i].1;
                i = skip_attached(&chars, i + 1);
                while i < chars.len() && chars[i].1 == c {
                    i = skip_attached(&chars, i + 1);
                }
                TokenKind::Punct
            }
            Class::Symbol => {
                // With what follows inside the character (skin tones, ZWJ sequences).
                i += 1;
                while i < chars.len() && classify(chars[i].1) == Class::Joiner {
                    let more = is_attached(chars[i].1)
                        || (i + 1 < chars.len() && classify(chars[i + 1].1) == Class::Symbol);
                    if !more {
                        break;
                    }
                    i += if is_attached(chars[i].1) { 1 } else { 2 };
                }
                TokenKind::Symbol
            }
        };
        let byte_start = chars[start].0;
        let byte_end = if i < chars.len() { chars[i].0 } else { n.text.len() };
        let norm = &n.text[byte_start..byte_end];
        let (orig_start, orig_end) = (n.starts[start] as usize, n.ends[i - 1] as usize);
        let key = match kind {
            TokenKind::Word => keys
                .entry(norm)
                .or_insert_with(|| if is_search { match_key(norm) } else { match_key(&normalize::search_text(norm)) })
                .clone(),
            _ if is_search => norm.to_string(),
            _ => normalize::search_text(norm),
        };
        if key.is_empty() {
            // Nothing of it survives `search` normalization (a stray mark, a tatweel
            // alone): not a token, as it would not be one of the `search` text.
            continue;
        }
        tokens.push(Token { kind, start: orig_start, end: orig_end, norm: norm.to_string(), key });
    }
    tokens
}

fn extend_word(chars: &[(usize, char)], mut i: usize) -> usize {
    i += 1;
    while i < chars.len() {
        match classify(chars[i].1) {
            Class::Arabic | Class::OtherLetter => i += 1,
            Class::Joiner => {
                // A joiner continues the word only if more of it follows, or it is a mark.
                if is_attached(chars[i].1) {
                    i += 1;
                } else if i + 1 < chars.len() && matches!(classify(chars[i + 1].1), Class::Arabic | Class::OtherLetter) {
                    i += 1;
                } else {
                    break;
                }
            }
            _ => break,
        }
    }
    i
}

/// Words that begin with what looks like the article but is part of the word.
const ARTICLE_LOOKALIKES: &[&str] = &[
    "الله", "اللهم", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللاتي",
    "اللواتي", "الا", "الي", "الان", "الف", "الاف", "الي", "اليه", "اليها", "اليهم", "الينا",
];

/// Article chains, longest first: conjunction, preposition, then the article.
const ARTICLE_CHAINS: &[&str] = &[
    "وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
];

const SUFFIXES: &[&str] = &["هما", "كما", "ها", "هم", "هن", "كم", "نا", "ون", "ين", "ات", "ان", "يه", "ه", "ي"];

fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// The match key of one `search`-normalized word: proclitics (و ف, then ب ك ل, then
/// ال) and one common suffix removed where what remains is still a plausible word,
/// never leaving fewer than 2 letters.
///
/// A clitic with the article is unambiguous and always goes. A lone letter that may
/// be a clitic or the word's first letter (و of وزير, ب of بوتين) goes only when the
/// rest is a word at least as frequent as the whole in the [`lexicon`]; unknown words
/// lose a leading و or ف (the conjunctions) when at least 3 letters remain. A suffix
/// goes when what remains is a known word.
pub fn match_key(word: &str) -> String {
    let n = char_len(word);
    if n < 3 || !word.chars().all(is_arabic_letter) || ARTICLE_LOOKALIKES.contains(&word) {
        return word.to_string();
    }
    let stem = strip_proclitics(word);
    strip_suffix(stem).unwrap_or_else(|| stem.to_string())
}

fn strip_proclitics(word: &str) -> &str {
    for chain in ARTICLE_CHAINS {
        if let Some(rest) = word.strip_prefix(chain) {
            if char_len(rest) < 2 {
                continue;
            }
            if chain.ends_with("ال") {
                // والله: strip the conjunction, keep the word.
                let with_article = &word[word.len() - rest.len() - "ال".len()..];
                if ARTICLE_LOOKALIKES.contains(&with_article) {
                    return with_article;
                }
            }
            return rest;
        }
    }
    let whole = lexicon::count(word);
    let mut chars = word.char_indices();
    let first = chars.next().map(|(_, c)| c);
    let second = chars.next();
    let after_one = &word[first.map_or(0, |c| c.len_utf8())..];
    // Two letters: conjunction then preposition, before at least three letters (وليد
    // is a name, not و, ل and يد).
    if let (Some('و' | 'ف'), Some((i, 'ب' | 'ك' | 'ل'))) = (first, second) {
        let rest = &word[i + 2..];
        if char_len(rest) >= 3 && plausible(rest, whole) {
            return rest;
        }
    }
    if let Some('و' | 'ف' | 'ب' | 'ك' | 'ل') = first {
        if char_len(after_one) >= 2 && plausible(after_one, whole) {
            return after_one;
        }
        if matches!(first, Some('و' | 'ف')) && whole == 0 && char_len(after_one) >= 3 {
            return after_one;
        }
    }
    word
}

fn plausible(rest: &str, whole: u32) -> bool {
    let c = lexicon::count(rest);
    c >= 2 && c >= whole
}

fn strip_suffix(stem: &str) -> Option<String> {
    if lexicon::count(stem) == 0 && char_len(stem) < 4 {
        return None;
    }
    for suffix in SUFFIXES {
        if let Some(rest) = stem.strip_suffix(suffix) {
            if char_len(rest) < 2 {
                continue;
            }
            if lexicon::count(rest) >= 2 {
                return Some(rest.to_string());
            }
            // حكومته → حكومت + ه: the teh marbuta comes back before a pronoun.
            if let Some(base) = rest.strip_suffix('ت') {
                let restored = format!("{base}ه");
                if char_len(&restored) >= 3 && lexicon::count(&restored) >= 2 {
                    return Some(restored);
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(TokenKind, &str, String)> {
        tokenize(text, &Options::SEARCH)
            .into_iter()
            .map(|t| (t.kind, &text[t.start..t.end], t.key))
            .collect()
    }

    #[test]
    fn splits_words_numbers_latin_and_punctuation() {
        let t = toks("قال بوتين (CNN): 1,100 جندي، و59 كم/ساعة!");
        let kinds: Vec<_> = t.iter().map(|(k, s, _)| (*k, *s)).collect();
        assert_eq!(
            kinds,
            vec![
                (TokenKind::Word, "قال"),
                (TokenKind::Word, "بوتين"),
                (TokenKind::Punct, "("),
                (TokenKind::Latin, "CNN"),
                (TokenKind::Punct, ")"),
                (TokenKind::Punct, ":"),
                (TokenKind::Number, "1,100"),
                (TokenKind::Word, "جندي"),
                (TokenKind::Punct, "،"),
                (TokenKind::Word, "و"),
                (TokenKind::Number, "59"),
                (TokenKind::Word, "كم"),
                (TokenKind::Punct, "/"),
                (TokenKind::Word, "ساعة"),
                (TokenKind::Punct, "!"),
            ]
        );
    }

    #[test]
    fn spans_keep_marks_and_tatweel_with_their_letters() {
        let text = "مُحَمَّد الـــرئيس";
        let t = toks(text);
        assert_eq!(t[0].1, "مُحَمَّد");
        assert_eq!(t[1].1, "الـــرئيس");
    }

    #[test]
    fn keys_drop_clitics_but_not_first_letters() {
        let key = |w: &str| match_key(&normalize::search_text(w));
        assert_eq!(key("والرئيس"), key("الرئيس"));
        assert_eq!(key("الرئيس"), key("رئيس"));
        assert_eq!(key("لروسيا"), key("روسيا"));
        assert_eq!(key("وموسكو"), key("موسكو"));
        assert_eq!(key("ووزير"), key("وزير"));
        assert_eq!(key("والوزير"), key("وزير"));
        assert_eq!(key("وزير"), "وزير");
        assert_eq!(key("بوتين"), "بوتين");
        assert_eq!(key("الله"), "الله");
        assert!(key("بها").chars().count() >= 2);
    }

    /// A name whose first letters look like a conjunction and a preposition keeps them.
    #[test]
    fn two_clitic_letters_leave_at_least_three() {
        let key = |w: &str| match_key(&normalize::search_text(w));
        assert_eq!(key("وليد"), "وليد");
        assert_eq!(key("وللرئيس"), key("رئيس"));
        assert_eq!(key("وبلندن"), key("لندن"));
    }

    #[test]
    fn persian_letters_inside_words_give_arabic_keys() {
        let a = toks("کوریا الشمالیة");
        let b = toks("كوريا الشمالية");
        assert_eq!(a.iter().map(|x| &x.2).collect::<Vec<_>>(), b.iter().map(|x| &x.2).collect::<Vec<_>>());
    }
}
