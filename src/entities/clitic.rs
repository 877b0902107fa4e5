//! Proclitics before a name (و ف ب ك ل): found on the `search` form, then cut off the
//! span in the original text, so that والرئيس and لروسيا highlight only the name.
//!
//! A clitic with the article (وال, بال, لل…) is certain. A lone letter that may be the
//! name's own first letter (ب of بوتين, ل of لبنان, و of وليد) goes only when what
//! remains is a known place, a word at least as frequent as the whole in the
//! [`lexicon`](crate::lexicon), or, for و and ف, when the whole word is unknown.

use super::gazetteer;
use crate::lexicon;
use crate::normalize::{normalize, Options};
use crate::tokenize::is_arabic_letter;

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
    // Conjunction and/or preposition before the article.
    for chain in ["وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال"] {
        if let Some(rest) = word.strip_prefix(chain) {
            if chars(rest) >= 2 {
                return &word[chain.len() - "ال".len()..];
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
    let whole_known = gazetteer::is_place(word);
    if whole_known {
        return word;
    }
    let whole = lexicon::count(word);
    let mut it = word.char_indices();
    let first = it.next().map(|(_, c)| c);
    let second = it.next();
    if let (Some('و' | 'ف'), Some((i, 'ب' | 'ك' | 'ل'))) = (first, second) {
        let rest = &word[i + 2..];
        if chars(rest) >= 2 && (gazetteer::is_place(rest) || plausible(rest, whole)) {
            return rest;
        }
    }
    if let Some(c @ ('و' | 'ف' | 'ب' | 'ك' | 'ل')) = first {
        let rest = &word[c.len_utf8()..];
        if chars(rest) >= 2 {
            if gazetteer::is_place(gazetteer::bare(rest)) || plausible(rest, whole) {
                return rest;
            }
            if matches!(c, 'و' | 'ف') && whole == 0 && chars(rest) >= 3 {
                return rest;
            }
        }
    }
    word
}

fn plausible(rest: &str, whole: u32) -> bool {
    let c = lexicon::count(rest);
    c >= 2 && c >= whole
}

/// How many bytes of the original word `original` (one token) the proclitics take.
pub fn clitic_bytes(original: &str) -> usize {
    let n = normalize(original, &Options::SEARCH);
    let stem = strip_norm(&n.text);
    let cut = chars(&n.text) - chars(stem);
    if cut == 0 || cut >= n.starts.len() {
        return 0;
    }
    n.starts[cut] as usize
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
        assert_eq!(clitic_bytes("وَموسكو"), "وَ".len());
        assert_eq!(clitic_bytes("بوتين"), 0);
    }
}
