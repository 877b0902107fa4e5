//! How entity gold finds a reader's mention in a text: every whole-word occurrence of
//! its surface, perhaps after a proclitic (و ف ب ك ل). Shared by `tests/entities_gold.rs`
//! and `tests/entities_seeds.rs`.

fn is_letter(c: char) -> bool {
    c.is_alphabetic() || ('\u{064B}'..='\u{065F}').contains(&c)
}

/// Byte spans of `surface` in `text` as a whole word, perhaps after a proclitic.
pub fn occurrences(text: &str, surface: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices(surface) {
        let end = i + surface.len();
        if text[end..].chars().next().is_some_and(is_letter) {
            continue;
        }
        let before: String = text[..i].chars().rev().take_while(|&c| is_letter(c)).collect();
        if before.chars().count() <= 2 && before.chars().all(|c| "وفبلك".contains(c)) {
            out.push((i, end));
        }
    }
    out
}
