//! How much a word looks like a name by its letters alone.
//!
//! Foreign names in Arabic letters are spelled by sound, and their letter sequences are
//! unlike those of Arabic words: يلتسين, غورباتشوف, بالاك, ستويكيتا against كتاب, المسؤولين.
//! A word the tagger has never seen and that general Arabic does not use (so that
//! [`super::general_freq`] knows nothing of it) is still a name or an ordinary rare word;
//! its letters tell which is likelier.
//!
//! Two letter-trigram models, both counted from tables the library already holds (so
//! they cost little download; `models/letter_trigrams.tsv` keeps the counts): one of the words of names (the person,
//! place and city lists of [`super::gazetteer`]), one of the general-Arabic word forms of
//! [`super::general_freq`] that are not names. A word's bucket is the mean log ratio of
//! their probabilities per letter, cut into [`BUCKETS`] levels.

use super::gazetteer::FastMap;

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

}

/// Trigram counts (and bigram counts, their sums), indexed as in [`TrigramModel`].
trait Counts {
    fn tri(&self, i: usize) -> u32;
    fn bi(&self, i: usize) -> u32;

    fn log_prob(&self, word: &str) -> f32 {
        let mut lp = 0.0;
        each_trigram(word, |a, b, c| {
            let n = self.tri((a * SYMBOLS + b) * SYMBOLS + c) as f32;
            let h = self.bi(a * SYMBOLS + b) as f32;
            lp += ((n + K) / (h + K * VOCAB)).ln();
        });
        lp
    }
}

impl Counts for TrigramModel {
    fn tri(&self, i: usize) -> u32 {
        self.tri[i]
    }
    fn bi(&self, i: usize) -> u32 {
        self.bi[i]
    }
}

/// The counts of `models/letter_trigrams.tsv` as `build.rs` writes them: dense
/// little-endian arrays (trigrams u16, bigrams u32) read in place, so that the first
/// call reads nothing (reading the file's 20,000 lines cost more than the rest of the
/// entity tables in the wasm package). A test checks them against [`read_counts`].
static BUILT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/letter_counts.bin"));

struct Built {
    tri: &'static [u8],
    bi: &'static [u8],
}

impl Counts for Built {
    fn tri(&self, i: usize) -> u32 {
        u16::from_le_bytes([self.tri[2 * i], self.tri[2 * i + 1]]) as u32
    }
    fn bi(&self, i: usize) -> u32 {
        u32::from_le_bytes([self.bi[4 * i], self.bi[4 * i + 1], self.bi[4 * i + 2], self.bi[4 * i + 3]])
    }
}

/// The names' and the general words' counts, as built.
fn built() -> [Built; 2] {
    const TRI: usize = 2 * SYMBOLS * SYMBOLS * SYMBOLS;
    const BI: usize = 4 * SYMBOLS * SYMBOLS;
    let part = |from: usize, len: usize| BUILT.get(from..from + len).unwrap_or_default();
    [Built { tri: part(0, TRI), bi: part(2 * TRI, BI) }, Built { tri: part(TRI, TRI), bi: part(2 * TRI + BI, BI) }]
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

/// The trigram counts of both models, as [`counts_text`] writes them: counting them
/// from the lists took a third of the first call's time (most in the wasm package),
/// so they are counted once by `make letters` (and put in lookup form by `build.rs`,
/// [`BUILT`]). A test checks that the committed file is what the lists give.
#[cfg(test)]
static COUNTS: &str = include_str!("../../models/letter_trigrams.tsv");

/// Counts both models from the tables the library holds: the words of names (person,
/// place and city lists of [`super::gazetteer`], folded, each once) and the general
/// word forms of [`super::general_freq`] that are not names.
pub fn count_from_lists() -> String {
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
    counts_text(&Models { names, general })
}

/// The letter of a symbol number, for the counts file: `^` start, `$` end, `?` other.
fn symbol_char(s: usize) -> char {
    match s {
        START => '^',
        END => '$',
        2 => '?',
        s => char::from_u32(0x0620 + (s - 3) as u32).unwrap_or('?'),
    }
}

/// Writes the non-zero trigram counts of both models, one `model<TAB>abc<TAB>count`
/// line each (`n` names, `g` general); the bigram counts are their sums.
fn counts_text(m: &Models) -> String {
    let mut out = String::from("# Letter-trigram counts of names and general words (src/entities/letters.rs); made by `make letters`.\n");
    for (tag, model) in [('n', &m.names), ('g', &m.general)] {
        for (i, &n) in model.tri.iter().enumerate().filter(|(_, &n)| n > 0) {
            let (a, b, c) = (i / (SYMBOLS * SYMBOLS), i / SYMBOLS % SYMBOLS, i % SYMBOLS);
            out.push_str(&format!("{tag}\t{}{}{}\t{n}\n", symbol_char(a), symbol_char(b), symbol_char(c)));
        }
    }
    out
}

/// Reads the counts file back (what `build.rs` does for the lookups; the tests compare).
#[cfg(test)]
fn read_counts(text: &str) -> Result<Models, String> {
    let mut names = TrigramModel::new();
    let mut general = TrigramModel::new();
    let symbol_of = |c: char| -> Option<usize> {
        match c {
            '^' => Some(START),
            '$' => Some(END),
            '?' => Some(2),
            c => matches!(c as u32, 0x0620..=0x064A).then(|| 3 + (c as u32 - 0x0620) as usize),
        }
    };
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let bad = || format!("bad letter-trigram line: {line}");
        let mut parts = line.split('\t');
        let (Some(tag), Some(tri), Some(n), None) = (parts.next(), parts.next(), parts.next(), parts.next()) else { return Err(bad()) };
        let model = match tag {
            "n" => &mut names,
            "g" => &mut general,
            _ => return Err(bad()),
        };
        // Three letters, read without collecting them: this runs for each of the
        // file's 20,000 lines at the first call.
        let mut letters = tri.chars().map(symbol_of);
        let (Some(Some(a)), Some(Some(b)), Some(Some(c)), None, Ok(n)) = (letters.next(), letters.next(), letters.next(), letters.next(), n.parse::<u32>()) else { return Err(bad()) };
        model.tri[(a * SYMBOLS + b) * SYMBOLS + c] += n;
        model.bi[a * SYMBOLS + b] += n;
    }
    Ok(Models { names, general })
}

/// The bucket of a bare word (its `search` form without proclitics and article): 1 (its
/// letters are much likelier in general Arabic) to [`BUCKETS`] (much likelier in names);
/// 0 for words under three letters.
pub fn bucket(bare: &str) -> u8 {
    let n = bare.chars().count();
    if n < 3 {
        return 0;
    }
    let [names, general] = built();
    let ratio = (names.log_prob(bare) - general.log_prob(bare)) / (n + 1) as f32;
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
    fn committed_counts_are_what_the_lists_give() {
        // When a name list or the general-frequency table changes, `make letters`
        // writes the counts again.
        assert!(count_from_lists() == COUNTS, "models/letter_trigrams.tsv is stale: run `make letters`");
        let m = read_counts(&count_from_lists()).unwrap();
        assert_eq!(counts_text(&m), COUNTS);
        assert!(read_counts("x\tabc\t1").is_err() && read_counts("n\tab\t1").is_err() && read_counts("n\t^^ك\tx").is_err() && read_counts("n\t^كك\t1").is_ok() && read_counts("n\t^ككك\t1").is_err());
    }

    #[test]
    fn built_counts_are_the_committed_ones() {
        let m = read_counts(COUNTS).unwrap();
        let [names, general] = built();
        for (b, t) in [(names, &m.names), (general, &m.general)] {
            assert!((0..t.tri.len()).all(|i| b.tri(i) == t.tri[i]));
            assert!((0..t.bi.len()).all(|i| b.bi(i) == t.bi[i]));
            for w in ["يلتسين", "كتاب", "ب", "x"] {
                assert_eq!(b.log_prob(w), t.log_prob(w));
            }
        }
    }

    #[test]
    fn short_words_are_not_judged() {
        assert_eq!(bucket("في"), 0);
        assert_eq!(bucket(""), 0);
    }
}
