//! What stands between two tokens (or spans) of the text.
//!
//! Rules often ask whether two words are written next to each other: "only a space
//! between them". The answer must not come from slicing `text[a.end..b.start]`: a folded
//! character yields several tokens over one character (¼ → 1⁄4, ﷺ → صلى الله عليه
//! وسلم), so a later token may start before an earlier one ends, and the slice would
//! panic. These helpers read the gap with `get()` and answer "not adjacent" where the
//! tokens overlap or an offset is off a character boundary.

/// The text between byte offsets `from` and `to`, or `None` where `to` comes before
/// `from` (overlapping tokens) or an offset is not on a character boundary.
pub(super) fn gap(text: &str, from: usize, to: usize) -> Option<&str> {
    text.get(from..to)
}

/// Only spaces (U+0020), or nothing, between `from` and `to`; no line break.
pub(super) fn only_spaces(text: &str, from: usize, to: usize) -> bool {
    gap(text, from, to).is_some_and(|g| g.bytes().all(|b| b == b' '))
}

/// Only white space (line breaks too), or nothing, between `from` and `to`.
pub(super) fn only_whitespace(text: &str, from: usize, to: usize) -> bool {
    gap(text, from, to).is_some_and(|g| g.chars().all(char::is_whitespace))
}

/// Exactly one space between `from` and `to`.
pub(super) fn one_space(text: &str, from: usize, to: usize) -> bool {
    gap(text, from, to) == Some(" ")
}

/// A line break between `from` and `to`.
pub(super) fn line_break(text: &str, from: usize, to: usize) -> bool {
    gap(text, from, to).is_some_and(|g| g.contains('\n'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_offsets_are_not_adjacent() {
        let text = "أ ب\nج";
        assert!(one_space(text, 2, 3));
        assert!(only_spaces(text, 2, 3) && only_spaces(text, 2, 2));
        assert!(!only_spaces(text, 5, 6) && only_whitespace(text, 5, 6));
        // Backwards (tokens over one folded character) and inside a letter: no gap.
        assert!(!only_spaces(text, 3, 2) && !only_whitespace(text, 3, 2) && !one_space(text, 3, 2));
        assert!(gap(text, 1, 3).is_none());
        assert!(line_break(text, 5, 6) && !line_break(text, 2, 3) && !line_break(text, 6, 5));
    }
}
