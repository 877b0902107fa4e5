//! How much a word looks like a name by its letters alone.
//!
//! Foreign names in Arabic letters are spelled by sound, and their letter sequences are
//! unlike those of Arabic words: يلتسين, غورباتشوف, بالاك, ستويكيتا against كتاب, المسؤولين.
//! A word the tagger has never seen and that general Arabic does not use (so that
//! [`super::general_freq`] knows nothing of it) is still a name or an ordinary rare word;
//! its letters tell which is likelier.
//!
//! Two letter-trigram models, both built at the first call from tables the library
//! already holds (so they cost no download): one of the words of names (the person,
//! place and city lists of [`super::gazetteer`]), one of the general-Arabic word forms of
//! [`super::general_freq`] that are not names. A word's bucket is the mean log ratio of
//! their probabilities per letter, cut into [`BUCKETS`] levels.

use super::gazetteer::FastMap;
use std::sync::OnceLock;

/// Number of buckets [`bucket`] gives (1 ..= BUCKETS; 0 for words too short to judge).
pub const BUCKETS: u8 = 8;

/// Upper bounds of the buckets of the mean log ratio (names over general words) per
/// letter; the last bucket has none.
const BOUNDS: [f32; 7] = [-1.5, -0.8, -0.3, 0.0, 0.3, 0.8, 1.5];

/// Add-k smoothing of the trigram counts.
const K: f32 = 0.1;
/// The number of letters (and the end mark) a trigram's last letter may be.
const VOCAB: f32 = 40.0;

/// Letters are numbered: 0 the start mark, 1 the end mark, 2 anything outside
/// U+0620..U+064A, then the Arabic letters. Counts live in dense arrays, so that
/// building both models at the first call takes a few milliseconds.
const SYMBOLS: usize = 3 + 0x2B;
const START: usize = 0;
const END: usize = 1;

/// The spellings the sources differ in count as one letter: the large name lists fold
/// hamza seats, alif maqsura and ta marbuta, and `search` forms do not all.
fn fold_letter(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        c => c,
    }
}

fn symbol(c: char) -> usize {
    match fold_letter(c) as u32 {
        x @ 0x0620..=0x064A => 3 + (x - 0x0620) as usize,
        _ => 2,
    }
}

struct TrigramModel {
    tri: Vec<u32>,
    bi: Vec<u32>,
}

impl TrigramModel {
    fn new() -> TrigramModel {
        TrigramModel { tri: vec![0; SYMBOLS * SYMBOLS * SYMBOLS], bi: vec![0; SYMBOLS * SYMBOLS] }
    }

    fn add(&mut self, word: &str) {
        each_trigram(word, |a, b, c| {
            self.tri[(a * SYMBOLS + b) * SYMBOLS + c] += 1;
            self.bi[a * SYMBOLS + b] += 1;
        });
    }

    fn log_prob(&self, word: &str) -> f32 {
        let mut lp = 0.0;
        each_trigram(word, |a, b, c| {
            let n = self.tri[(a * SYMBOLS + b) * SYMBOLS + c] as f32;
            let h = self.bi[a * SYMBOLS + b] as f32;
            lp += ((n + K) / (h + K * VOCAB)).ln();
        });
        lp
    }
}

/// The trigrams of `^^word$`, as letter numbers.
fn each_trigram(word: &str, mut f: impl FnMut(usize, usize, usize)) {
    let (mut a, mut b) = (START, START);
    for c in word.chars().map(symbol).chain(std::iter::once(END)) {
        f(a, b, c);
        a = b;
        b = c;
    }
}

/// `word` with its letters folded ([`fold_letter`]), for telling whether a general word
/// is also a name word.
fn fold(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().all(|c| fold_letter(c) == c) {
        return word.into();
    }
    word.chars().map(fold_letter).collect::<String>().into()
}

struct Models {
    names: TrigramModel,
    general: TrigramModel,
}

fn models() -> &'static Models {
    static M: OnceLock<Models> = OnceLock::new();
    M.get_or_init(|| {
        let mut names = TrigramModel::new();
        let mut seen: FastMap<String, ()> = Default::default();
        super::gazetteer::each_name_word(|w| {
            let w = fold(w);
            if w.chars().count() >= 2 && !seen.contains_key(w.as_ref()) {
                names.add(&w);
                seen.insert(w.into_owned(), ());
            }
        });
        let mut general = TrigramModel::new();
        for w in super::general_freq::forms() {
            if !seen.contains_key(fold(w).as_ref()) {
                general.add(w);
            }
        }
        Models { names, general }
    })
}

/// The bucket of a bare word (its `search` form without proclitics and article): 1 (its
/// letters are much likelier in general Arabic) to [`BUCKETS`] (much likelier in names);
/// 0 for words under three letters.
pub fn bucket(bare: &str) -> u8 {
    let n = bare.chars().count();
    if n < 3 {
        return 0;
    }
    let m = models();
    let ratio = (m.names.log_prob(bare) - m.general.log_prob(bare)) / (n + 1) as f32;
    1 + BOUNDS.iter().filter(|&&b| ratio > b).count() as u8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_names_look_like_names_and_arabic_words_do_not() {
        for name in ["يلتسين", "غورباتشوف", "ستويكيتا", "فيتشنزا", "شويغو", "فلومينيزي"] {
            assert!(bucket(name) >= 5, "{name}: {}", bucket(name));
        }
        for word in ["المسؤولين", "مستشفيات", "تستخدمها", "والاجتماعية", "يتفاوضون"] {
            let bare = super::super::gazetteer::bare(word);
            assert!(bucket(bare) <= 4, "{word}: {}", bucket(bare));
        }
    }

    #[test]
    fn short_words_are_not_judged() {
        assert_eq!(bucket("في"), 0);
        assert_eq!(bucket(""), 0);
    }
}
