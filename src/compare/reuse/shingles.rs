//! Fingerprints of a text: hashed shingles of content-word match keys, with where
//! they are.
//!
//! A shingle is a run of `shingle` consecutive content-word match keys (the keys of
//! [`super::super::words`], so spelling variants, clitics and inserted function words
//! do not break it). Each distinct shingle of a text is kept once, at its first
//! position (counted in content words), so that a document counts once in a
//! shingle's document frequency.
//!
//! Hashes are FNV-1a and splitmix64 with fixed seeds: stable across processes and
//! machines, so that fingerprints computed on Spark executors meet in one join.

/// FNV-1a 64 of bytes: stable everywhere (std's hasher is not guaranteed to be).
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The splitmix64 finalizer: a fast, well-mixing bijection of u64.
#[inline(always)]
pub(super) fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Month and weekday names (the gazetteers' CLDR tables, every word of each name) as
/// match keys: with numbers, what date lines are made of.
fn date_words() -> &'static std::collections::HashSet<String> {
    static SET: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        let tables = [include_str!("../../../models/gazetteers/months.tsv"), include_str!("../../../models/gazetteers/weekdays.tsv")];
        let names = tables.iter().flat_map(|t| t.lines()).filter(|l| !l.starts_with('#')).filter_map(|l| l.split('\t').next());
        names.flat_map(|name| super::super::words::keys(name).into_iter().map(|(k, _, _)| k)).collect()
    })
}

/// Whether a content word's key is left out of shingles: a number, or a month or
/// weekday name.
fn dateish(key: &str) -> bool {
    key.chars().all(char::is_numeric) || date_words().contains(key)
}

/// Content words between two marks (see [`Signed::marks`]).
pub const STEP: usize = 16;

/// What a text gives the index: its fingerprints and its marks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Signed {
    /// Every distinct shingle as `(hash, position)`, position the first content word
    /// of its first occurrence; in order of position.
    pub prints: Vec<(u64, u32)>,
    /// Byte offset of content word `k × STEP`, for every such word, then the length of
    /// the text: where a region can be cut without tokenizing the text again.
    pub marks: Vec<u32>,
}

/// The fingerprints and marks of `text`, from one tokenization.
pub fn sign(text: &str, shingle: usize) -> Signed {
    // Numbers, months and weekdays are left out: dates, scores and figures are what
    // template articles differ in, and a date line two reports share is no reuse.
    let words: Vec<(u64, usize)> = super::super::words::keys(text)
        .into_iter()
        .filter(|(key, content, _)| *content && !dateish(key))
        .map(|(k, _, span)| (fnv1a(k.as_bytes()), span.start))
        .collect();
    let mut marks: Vec<u32> = words.iter().step_by(STEP).map(|&(_, at)| at as u32).collect();
    marks.push(text.len() as u32);
    let n = shingle.max(1);
    if words.len() < n {
        return Signed { prints: Vec::new(), marks };
    }
    let mut seen = std::collections::HashSet::with_capacity(words.len());
    let prints = words
        .windows(n)
        .enumerate()
        .map(|(p, w)| (w.iter().fold(0x9e37_79b9_7f4a_7c15u64, |h, &(k, _)| mix(h.rotate_left(17) ^ k)), p as u32))
        .filter(|(h, _)| seen.insert(*h))
        .collect();
    Signed { prints, marks }
}

/// The fingerprints of `text` (see [`Signed::prints`]).
pub fn fingerprints(text: &str, shingle: usize) -> Vec<(u64, u32)> {
    sign(text, shingle).prints
}

/// The marks of `text` (see [`Signed::marks`]).
pub fn marks(text: &str) -> Vec<u32> {
    sign(text, 1).marks
}

/// Byte range of content words `[from, to)` of a text from its marks, widened to
/// marks: from the mark at or before `from` to the mark at or after `to` (or the
/// text's end). Empty when `from` is past the text's content words.
pub fn cut(marks: &[u32], from: u32, to: u32) -> Option<(usize, usize)> {
    let last = marks.len().checked_sub(1)?;
    let lo = from as usize / STEP;
    let hi = (to as usize).div_ceil(STEP).min(last);
    (lo < hi).then(|| (marks[lo] as usize, marks[hi] as usize))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_and_clitics_give_the_same_fingerprints() {
        let a = fingerprints("قال الرئيس إن الحكومة ستعلن خطة جديدة للاقتصاد", 3);
        let b = fingerprints("قال والرئيسُ ان الحكومه ستعلن خطه جديده للإقتصاد", 3);
        assert!(!a.is_empty());
        assert_eq!(a, b);
    }

    #[test]
    fn numbers_and_dates_are_not_fingerprinted() {
        let a = fingerprints("أعلن الوزير الخميس 14 مارس 2019 خطة", 3);
        assert!(!a.is_empty());
        assert_eq!(a, fingerprints("أعلن الوزير الأحد 3 آذار 2021 خطة", 3));
        assert!(fingerprints("آخر تحديث: الجمعة 3 كانون الثاني 2020", 3).is_empty());
    }

    #[test]
    fn keys_are_stable_values() {
        // Fixed hashes: a change here breaks fingerprints computed by other processes.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn a_repeated_shingle_counts_once_at_its_first_position() {
        let f = fingerprints("مطر غزير ليلا مطر غزير ليلا ثلج", 3);
        let positions: Vec<u32> = f.iter().map(|x| x.1).collect();
        // Shingles at 0, 1, 2 (3 repeats 0).
        assert_eq!(positions, vec![0, 1, 2, 4]);
    }

    #[test]
    fn marks_cut_at_word_starts() {
        let text = "مدينة ".repeat(40);
        let m = marks(&text);
        assert_eq!(m.len(), 3 + 1);
        assert_eq!(m[1] as usize, 16 * "مدينة ".len());
        assert_eq!(cut(&m, 17, 20), Some((m[1] as usize, m[2] as usize)));
        assert_eq!(cut(&m, 30, 99), Some((m[1] as usize, text.len())));
        assert_eq!(cut(&m, 48, 99), None);
    }
}
