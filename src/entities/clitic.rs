//! Proclitics before a name (و ف ب ك ل): found on the `search` form, then cut off the
//! span in the original text, so that والرئيس and لروسيا highlight only the name.
//!
//! A clitic with the article (وال, بال, …) goes unless the whole word is more common in
//! general Arabic than what would remain; لل always goes. A lone letter that may be
//! the word's own first letter (ب of بوتين, ل of لجنة, و of وليد and وكالة) goes only
//! when what remains is more common in general Arabic
//! ([`general_freq`](super::general_freq)) than the whole; for a whole that general
//! Arabic does not know, when what remains is a known place or a word at least as
//! frequent as the whole in the [`lexicon`](crate::lexicon), or, for و, when the
//! whole word is unknown to both (ف, the f of many foreign names, stays then).

use super::gazetteer;
use crate::lexicon;
use crate::normalize::{normalize, Options};
use crate::tokenize::is_arabic_letter;

/// Trigger words (heads of organization and place names, titles) of the gazetteer.
const TRIGGERS: u32 = gazetteer::ORG_HEAD | gazetteer::LOC_HEAD | gazetteer::TITLE;

const LOOKALIKES: &[&str] = &["الله", "اللهم", "الذي", "التي", "الذين"];

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// The `search`-normalized word without its proclitics (the article stays).
pub fn strip_norm(word: &str) -> &str {
    let n = chars(word);
    if n < 3 || !word.chars().all(is_arabic_letter) || LOOKALIKES.contains(&word) {
        return word;
    }
    // How common the whole word is in general Arabic: a word that is itself more common
    // than what would remain (وكالة, لجنة, بلير, وليد, ويليامز) keeps its first letter.
    let whole_common = common(word);
    // Conjunction and/or preposition before the article.
    for chain in ["وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال"] {
        if let Some(rest) = word.strip_prefix(chain) {
            let with_article = &word[chain.len() - "ال".len()..];
            if chars(rest) >= 2 && whole_common <= common(with_article) {
                return with_article;
            }
        }
    }
    // لل is the preposition ل and the article with its alef elided: cut the ل only.
    for chain in ["ولل", "فلل", "لل"] {
        if let Some(rest) = word.strip_prefix(chain) {
            if chars(rest) >= 2 {
                return &word[chain.len() - "ل".len()..];
            }
        }
    }
    if word.starts_with("ال") {
        return word;
    }
    // A place, or a name of the curated lists of people's names (فادي, كمال, لينا,
    // وليد), whose first letter only looks like a clitic.
    if gazetteer::is_listed_name(word) {
        return word;
    }
    let whole = lexicon::count(word);
    let mut it = word.char_indices();
    let first = it.next().map(|(_, c)| c);
    let second = it.next();
    // Evidence that `rest` is the word after a clitic: general Arabic knows it better
    // than the whole (a tie keeps the whole: وليد, not يد); where general Arabic does
    // not know the whole, a place or a word the lexicon knows at least as well.
    // (ب and ك are prepositions only: what they govern is a noun.)
    let preposition = matches!(first, Some('ب' | 'ك'));
    let stands = |rest: &str, place: bool| -> bool {
        // بجامعة, لوزارة, كرئيس: a word that heads names or titles them is a noun of
        // its own, more telling than a tie in frequency.
        if gazetteer::word_flags(rest) & TRIGGERS != 0 && gazetteer::word_flags(word) & TRIGGERS == 0 {
            return true;
        }
        if whole_common > 0 {
            return common(rest) > whole_common && !(preposition && verb_or_particle(rest));
        }
        place || plausible(rest, whole)
    };
    let one = first.filter(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ك' | 'ل')).map(|c| &word[c.len_utf8()..]).filter(|r| chars(r) >= 2);
    if let (Some('و' | 'ف'), Some((i, 'ب' | 'ك' | 'ل'))) = (first, second) {
        let rest = &word[i + 2..];
        // ولندن is و and لندن, not و, ل and ندن: the one-clitic reading goes first
        // when it is a place or the more common word.
        let one_better = one.is_some_and(|r| gazetteer::is_place(gazetteer::bare(r)) || common(r) >= common(rest));
        if chars(rest) >= 2 && !one_better && stands(rest, gazetteer::is_place(rest)) {
            return rest;
        }
    }
    if let (Some(c), Some(rest)) = (first, one) {
        if stands(rest, gazetteer::is_place(gazetteer::bare(rest))) {
            return rest;
        }
        // A conjunction before a word neither the lexicon nor general Arabic knows
        // (وشويغو) is the likelier reading. Not so for ف: the conjunction ف seldom
        // comes right before a name, while ف writes the f of many foreign names
        // (فوردو, فيلنيوس, فاغنر), so an unknown word keeps its ف.
        if c == 'و' && whole == 0 && whole_common == 0 && chars(rest) >= 3 {
            return rest;
        }
    }
    word
}

/// A word general Arabic never writes with the article nor with a suffix, and that is
/// no place or name of the lists: a verb or a particle (يرام of على ما يرام), which the
/// prepositions ب and ك do not govern, so that in بيرام the ب is the name's own.
fn verb_or_particle(rest: &str) -> bool {
    let [common, article, suffix, _] = super::general_freq::buckets(rest);
    common >= 2 && article == 7 && suffix <= 1 && !gazetteer::is_place(gazetteer::bare(rest)) && gazetteer::word_flags(rest) & (gazetteer::GIVEN | gazetteer::FAMILY) == 0
}

/// How common a `search` form (its article aside) is in general Arabic: 0 unknown, 1-5.
fn common(word: &str) -> u8 {
    super::general_freq::buckets(word)[0]
}

fn plausible(rest: &str, whole: u32) -> bool {
    let c = lexicon::count(rest);
    c >= 2 && c >= whole
}

/// How many bytes of the original word `original` (one token) the proclitics take.
pub fn clitic_bytes(original: &str) -> usize {
    let n = normalize(original, &Options::SEARCH);
    let stem = strip_norm(&n.text);
    let stem = if stem == n.text { lexicon_tie(stem) } else { stem };
    let cut = chars(&n.text) - chars(stem);
    if cut == 0 || cut >= n.starts.len() {
        return 0;
    }
    // (A preposition governs a noun, never a conjunction and what it joins: in بوبيان
    // the ب is the name's own, for what would remain, وبيان, is و + بيان. Only the span
    // reads this; the tagger's features keep `strip_norm`, which they were trained on.)
    if cut == 1 && n.text.starts_with(['ب', 'ك', 'ل']) && stem.starts_with(['و', 'ف']) && strip_norm(stem) != stem {
        return 0;
    }
    n.starts[cut] as usize
}

/// A name's span only (the tagger's features keep [`strip_norm`], which they were
/// trained on): a word that general Arabic knows as well as what would remain after one
/// clitic letter, where the news lexicon knows only the rest, loses the letter
/// (لرويترز: رويترز is in the news, لرويترز never; وليد keeps its و, ليد unknown).
fn lexicon_tie(word: &str) -> &str {
    let Some(c) = word.chars().next().filter(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ك' | 'ل')) else { return word };
    let rest = &word[c.len_utf8()..];
    let whole = common(word);
    if chars(rest) >= 3 && whole > 0 && common(rest) == whole && lexicon::count(word) == 0 && lexicon::count(rest) >= 2 && !gazetteer::is_listed_name(word) {
        rest
    } else {
        word
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::search_text;

    fn strip(w: &str) -> String {
        strip_norm(&search_text(w)).to_string()
    }

    #[test]
    fn clitics_go_names_stay() {
        assert_eq!(strip("والرئيس"), "الرئيس");
        assert_eq!(strip("لروسيا"), "روسيا");
        assert_eq!(strip("وموسكو"), "موسكو");
        assert_eq!(strip("بوتين"), "بوتين");
        assert_eq!(strip("لبنان"), "لبنان");
        assert_eq!(strip("بغداد"), "بغداد");
        assert_eq!(strip("للأمم"), "لامم");
        for name in ["وليد", "فادي", "بسام", "كمال", "لينا", "فيصل", "كركوك", "لبنان", "فلسطين", "فوردو", "فيلنيوس"] {
            assert_eq!(strip(name), search_text(name), "{name}");
        }
        assert_eq!(strip("وفادي"), search_text("فادي"));
        assert_eq!(strip("لكمال"), search_text("كمال"));
        assert_eq!(clitic_bytes("وَموسكو"), "وَ".len());
        assert_eq!(clitic_bytes("بوتين"), 0);
    }

    /// Words whose first letter looks like a clitic but is their own: common words and
    /// names that general Arabic knows better than what would remain.
    #[test]
    fn a_first_letter_that_is_the_words_own_stays() {
        for w in ["وكالة", "لجنة", "فرقة", "وليد", "بلير", "ويليامز", "واتسون", "ويلز", "وزارة", "فلاديمير"] {
            assert_eq!(strip(w), search_text(w), "{w}");
            assert_eq!(clitic_bytes(w), 0, "{w}");
        }
        assert_eq!(clitic_bytes("ولندن"), "و".len());
    }

    /// A tie in general Arabic goes to the news lexicon, for the span only.
    #[test]
    fn a_tie_goes_to_the_news_lexicon() {
        assert_eq!(clitic_bytes("لرويترز"), "ل".len());
        assert_eq!(clitic_bytes("رويترز"), 0);
        assert_eq!(clitic_bytes("وليد"), 0);
    }

    /// ب and ك govern nouns: before a word general Arabic knows only as a verb or a
    /// particle (يرام), they are the name's own letter (بيرام); before a noun they go.
    #[test]
    fn a_preposition_does_not_govern_a_verb() {
        assert_eq!(strip("بيرام"), search_text("بيرام"));
        assert_eq!(strip("بيوم"), search_text("يوم"));
        assert_eq!(strip("بتنفيذ"), search_text("تنفيذ"));
    }

    /// A trigger word after a preposition loses it even when general Arabic knows the
    /// whole as well (بجامعة is as common as جامعة).
    #[test]
    fn trigger_words_lose_their_preposition() {
        assert_eq!(strip("بجامعة"), search_text("جامعة"));
        assert_eq!(strip("لوزارة"), search_text("وزارة"));
        assert_eq!(strip("وزارة"), search_text("وزارة"));
    }

    /// Where two clitics would leave a rarer word than one, one is cut (ولندن is و +
    /// لندن); common names and places after a conjunction still lose it.
    #[test]
    fn the_likelier_reading_of_clitics_wins() {
        assert_eq!(strip("ولندن"), "لندن");
        assert_eq!(strip("وبلندن"), "لندن");
        assert_eq!(strip("وبوتين"), "بوتين");
        assert_eq!(strip("وفلسطين"), "فلسطين");
        assert_eq!(strip("وبيروت"), "بيروت");
        assert_eq!(strip("ولبنان"), "لبنان");
        assert_eq!(strip("وشويغو"), "شويغو");
        assert_eq!(strip("والقاهرة"), search_text("القاهرة"));
        assert_eq!(strip("وللرئيس"), search_text("لرئيس"));
    }
}
