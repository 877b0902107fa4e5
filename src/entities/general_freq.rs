//! How a word behaves in general Arabic text, as four small numbers the tagger can use.
//!
//! Arabic has no capital letters, so a tagger cannot see that فولكسفاغن or بوتين is a
//! name; but a large corpus can. Names rarely take the article (بوتين, hardly ever
//! البوتين) or a possessive or plural suffix (never بوتينه), where common nouns take
//! both (كتاب, الكتاب, كتابه); and places make adjectives (سوريا, سوري). Those ratios,
//! read from the Arabic word frequencies of the `wordfreq` package (Wikipedia,
//! subtitles, news, web and Twitter text, CC BY-SA 4.0), help most with the names that
//! the 130,000 words of the training data never show.
//!
//! `models/general_freq.tsv` holds the four buckets of every bare word form (its `search`
//! form without the article) that is common enough; every other word reads as
//! [`UNKNOWN`]. It is made by `make general-freq` ([`buckets_from`] does the counting),
//! so the table, training and tagging all agree.

use super::frontcode::{Lines, Table};
use super::gazetteer::bare;
use std::sync::OnceLock;

static SOURCE: &str = include_str!("../../models/general_freq.tsv");
/// Where its rows written in full begin (found by `build.rs`).
static LINES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/general_freq.lines"));

/// The buckets of a word the table does not hold (rare in general Arabic, or unseen).
pub const UNKNOWN: [u8; 4] = [0; 4];

/// Bare forms whose most frequent spelling (with or without the article) is rarer than
/// this Zipf value are left out of the table: they read as [`UNKNOWN`]. 2.5 is about
/// three in ten million words; it keeps the table near 90,000 forms.
pub const MIN_ZIPF: f32 = 2.5;

/// The committed table, looked up where it lies ([`super::frontcode::Table`]): nothing
/// is built from its 90,000 rows at the first call.
fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| Table::with_lines(SOURCE, &Lines::built(LINES)))
}

/// Reads the front-coded rows of `text` ([`encode_rows`]) back, calling `f` with each
/// word and its buckets.
fn read_rows(text: &str, mut f: impl FnMut(&str, [u8; 4])) {
    super::frontcode::read(text, |word, code| {
        if let Some(b) = decode(code) {
            f(word, b);
        }
    });
}

/// Writes the table's rows for `rows` (word and buckets, sorted by word), front-coded
/// ([`super::frontcode`]).
pub fn encode_rows<'a>(rows: impl IntoIterator<Item = (&'a str, [u8; 4])>, out: &mut String) {
    super::frontcode::encode(rows.into_iter().map(|(w, b)| (w, format!("{}{}{}{}", b[0], b[1], b[2], b[3]))), out);
}

fn decode(code: &str) -> Option<[u8; 4]> {
    // No allocation: this runs for each of the table's rows at the first call.
    let &[a, b, c, d] = code.as_bytes() else { return None };
    let d = [a, b, c, d].map(|x| x.wrapping_sub(b'0'));
    d.iter().all(|&x| x < 10).then_some(d)
}

/// The buckets of a word, given its `search` form with proclitics stripped (the
/// article may stay): see [`buckets_from`].
pub fn buckets(stem: &str) -> [u8; 4] {
    table().get(bare(stem)).and_then(decode).unwrap_or(UNKNOWN)
}

/// The bare forms of the table (decoded once, for the tools that count over them).
pub fn forms() -> impl Iterator<Item = &'static str> {
    static FORMS: OnceLock<Vec<&'static str>> = OnceLock::new();
    FORMS
        .get_or_init(|| {
            let mut all = String::with_capacity(2 * SOURCE.len());
            let mut ends = Vec::with_capacity(100_000);
            read_rows(SOURCE, |word, _| {
                all.push_str(word);
                ends.push(all.len());
            });
            let all: &'static str = Box::leak(all.into_boxed_str());
            let starts = std::iter::once(0).chain(ends.iter().copied());
            starts.zip(ends.iter().copied()).map(|(s, e)| &all[s..e]).collect()
        })
        .iter()
        .copied()
}

/// Number of bare forms in the table.
pub fn len() -> usize {
    forms().count()
}

/// The four buckets of the bare form `bare`, from `zipf` (the Zipf value, log10 of the
/// frequency per billion words, of a `search` form, `None` when unseen):
///
/// 0. how common the form is, with or without the article (1 = Zipf under 1.5 … 5 =
///    4.5 and over; 0 unseen);
/// 1. the article: how much more or less often the form takes it (1 = a hundred times
///    less … 5 = ten times more; 6 = only with it, 7 = only without, 0 = neither);
/// 2. suffixes: how often the form takes a possessive or plural suffix, relative to the
///    form alone (1 = never … 6 = ten times more; 0 = form unseen alone);
/// 3. adjectives: as 2, for the adjective in ي / ية.
pub fn buckets_from(bare: &str, zipf: &dyn Fn(&str) -> Option<f32>) -> [u8; 4] {
    let zb = zipf(bare);
    let za = zipf(&format!("ال{bare}"));
    let common = match (zb, za) {
        (Some(b), Some(a)) => Some(b.max(a)),
        (b, a) => b.or(a),
    };
    let common = match common {
        None => 0,
        Some(z) if z < 1.5 => 1,
        Some(z) if z < 2.5 => 2,
        Some(z) if z < 3.5 => 3,
        Some(z) if z < 4.5 => 4,
        Some(_) => 5,
    };
    let article = match (zb, za) {
        (None, None) => 0,
        (Some(_), None) => 7,
        (None, Some(_)) => 6,
        (Some(b), Some(a)) => {
            let d = a - b;
            if d < -2.0 {
                1
            } else if d < -1.0 {
                2
            } else if d < 0.0 {
                3
            } else if d < 1.0 {
                4
            } else {
                5
            }
        }
    };
    let freq = |w: &str| zipf(w).map_or(0.0, |z| 10f64.powf(z as f64 - 9.0));
    // A final ة (ه in the search form) is written ت before a suffix: حكومته.
    let before_suffix = bare.strip_suffix('ه').map(|b| format!("{b}ت"));
    let mut suffixed = 0.0;
    for suffix in ["ه", "ها", "هم", "هما", "كم", "نا", "ات", "ين", "ان", "ون", "يه", "يين"] {
        suffixed += freq(&format!("{bare}{suffix}"));
        if let Some(b) = &before_suffix {
            suffixed += freq(&format!("{b}{suffix}"));
        }
    }
    // سوريا → سوري, مصر → مصري.
    let adjective_base = bare.strip_suffix('ا').unwrap_or(bare);
    let adjective = freq(&format!("{adjective_base}ي")) + freq(&format!("{adjective_base}يه"));
    let alone = freq(bare);
    let relative = |x: f64| -> u8 {
        if zb.is_none() {
            return 0;
        }
        if x <= 0.0 {
            return 1;
        }
        let d = (x / alone).log10();
        if d < -2.0 {
            2
        } else if d < -1.0 {
            3
        } else if d < 0.0 {
            4
        } else if d < 1.0 {
            5
        } else {
            6
        }
    };
    [common, article, relative(suffixed), relative(adjective)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_nouns_differ_in_the_committed_table() {
        // A foreign name hardly takes the article or a suffix; a noun takes both.
        let putin = buckets("بوتين");
        let book = buckets("كتاب");
        assert_ne!(putin, UNKNOWN);
        assert!(putin[1] <= 2, "{putin:?}");
        assert!(book[1] >= 3, "{book:?}");
        assert!(book[2] > putin[2], "{book:?} {putin:?}");
        // The article and proclitics do not change the lookup.
        assert_eq!(buckets("الكتاب"), book);
        assert_eq!(buckets("كلمهلاتوجدابدا"), UNKNOWN);
        assert!(len() > 50_000);
    }

    #[test]
    fn front_coded_rows_read_back() {
        let rows = [("كتاب", [4, 4, 4, 1]), ("كتابه", [3, 0, 0, 0]), ("كتب", [5, 4, 6, 2]), ("م", [1, 7, 1, 1])];
        let mut text = String::new();
        encode_rows(rows.iter().map(|(w, b)| (*w, *b)), &mut text);
        assert!(text.starts_with("aكتاب\t4441\neه\t3000\ncب\t"), "{text}");
        let mut back = Vec::new();
        read_rows(&text, |w, b| back.push((w.to_string(), b)));
        let want: Vec<(String, [u8; 4])> = rows.iter().map(|(w, b)| (w.to_string(), *b)).collect();
        assert_eq!(back, want);
    }

    #[test]
    fn the_table_is_in_lookup_form_and_gives_what_its_rows_say() {
        // `make general-freq` writes it so; a table written otherwise fails here.
        assert_eq!(table().check(), Ok(len()));
        assert_eq!(Lines::built(LINES), Lines::scan(SOURCE));
        let mut rows: std::collections::HashMap<String, [u8; 4]> = Default::default();
        read_rows(SOURCE, |w, b| {
            rows.insert(w.to_string(), b);
        });
        assert_eq!(rows.len(), len());
        // What the old map of every row gave.
        let old = |w: &str| rows.get(bare(w)).copied().unwrap_or(UNKNOWN);
        for (w, b) in &rows {
            assert_eq!(table().get(w).and_then(decode), Some(*b), "{w}");
            assert_eq!(buckets(w), old(w), "{w}");
            // Words the table lacks: the same word with a letter more or less.
            for other in [format!("{w}ب"), format!("{w}ا"), w.chars().skip(1).collect(), w.chars().take(w.chars().count() - 1).collect()] {
                assert_eq!(buckets(&other), old(&other), "{other}");
            }
        }
    }

    #[test]
    fn buckets_from_counts() {
        let z = |w: &str| match w {
            "كتاب" => Some(4.0),
            "الكتاب" => Some(4.2),
            "كتابه" => Some(3.5),
            "بوتين" => Some(4.0),
            _ => None,
        };
        assert_eq!(buckets_from("كتاب", &z), [4, 4, 4, 1]);
        assert_eq!(buckets_from("بوتين", &z), [4, 7, 1, 1]);
        assert_eq!(buckets_from("مجهول", &z), [0, 0, 0, 0]);
    }
}
