//! Cases found by the property tests (`tests/normalize_props.rs`) that the first
//! implementation got wrong, kept as plain tests.
// Native only: `wasm-pack test` builds every test target for wasm32 (no proptest there).
#![cfg(not(target_arch = "wasm32"))]

use isnad::normalize::{normalize, Options, Persian, UnicodeForm, Whitespace};
use isnad::tokenize::tokenize;

fn ranges(n: &isnad::Normalized) -> Vec<(u32, u32)> {
    n.starts.iter().copied().zip(n.ends.iter().copied()).collect()
}

fn twice(text: &str, o: &Options) -> (String, String) {
    let once = normalize(text, o).text;
    let again = normalize(&once, o).text;
    (once, again)
}

#[test]
fn a_mark_after_a_stripped_tatweel_or_invisible_joins_the_letter_before() {
    // Was "d" + U+0327 (display) and became "ḑ" only on a second pass.
    let (once, again) = twice("dـ\u{0327}", &Options::DISPLAY);
    assert_eq!(once, "ḑ");
    assert_eq!(again, once);
    assert_eq!(normalize("اـ\u{0653}", &Options::DISPLAY).text, "آ");
    let n = normalize("ا\u{200C}\u{0653}ب", &Options::DISPLAY);
    assert_eq!(n.text, "آب");
    assert_eq!(ranges(&n), vec![(0, 7), (7, 9)], "the ZWNJ is inside the letter's segment");
    // In search, "e" + ZWSP + U+0301 was "e\u{301}", then "é".
    let (once, again) = twice("e\u{200B}\u{0301}", &Options::SEARCH);
    assert_eq!((once.as_str(), again.as_str()), ("é", "é"));
    // Without a mark after it, an invisible character still belongs to no unit.
    let n = normalize("ك\u{200C}ت", &Options::SEARCH);
    assert_eq!(ranges(&n), vec![(0, 2), (5, 7)]);
}

#[test]
fn a_fold_that_makes_a_composable_sequence_is_normalized_again() {
    // ی + hamza above: no composition; folded to ي + hamza, which composes to ئ.
    let o = Options { unicode: UnicodeForm::Nfc, persian: Persian::KafYeh, ..Options::NONE };
    let (once, again) = twice("ی\u{0654}", &o);
    assert_eq!(once, "ئ");
    assert_eq!(again, "ئ");
    let (once, _) = twice("ی\u{0654}", &Options::DISPLAY);
    assert_eq!(once, "ئ");
}

#[test]
fn absorbing_extends_every_unit_of_the_segment() {
    // ﯪ is the ligature ئا; the small waw after it is removed and extended only ا.
    let n = normalize("ﯪۥ😀", &Options::SEARCH);
    assert_eq!(n.text, "ئا😀");
    assert_eq!(ranges(&n), vec![(0, 5), (0, 5), (5, 9)]);
}

#[test]
fn presentation_forms_of_marks_on_tatweel_attach_to_the_letter_before() {
    // ﹷ is tatweel + fatha: "E" ﹷ U+0301 gave "e" + U+0301, then "é".
    let (once, again) = twice("Eﹷ\u{0301}", &Options::SEARCH);
    assert_eq!((once.as_str(), again.as_str()), ("é", "é"));
    let n = normalize("Eﹷ\u{0301}", &Options::SEARCH);
    assert_eq!(ranges(&n), vec![(0, 6)]);
    // Kept marks come out in canonical order in one pass.
    let o = Options { unicode: UnicodeForm::Nfkc, strip_tatweel: true, ..Options::NONE };
    let (once, again) = twice("\u{0301}ﹷ", &o);
    assert_eq!(once, "\u{064E}\u{0301}");
    assert_eq!(again, once);
}

#[test]
fn a_space_inside_a_ligature_continues_the_run_before_it() {
    // ﱞ is NFKC " ٌّ": its space joins the run before it.
    let n = normalize("a ﱞا", &Options::SEARCH);
    assert_eq!(n.text, "a ا");
    assert_eq!(ranges(&n), vec![(0, 1), (1, 5), (5, 7)]);
    let o = Options { unicode: UnicodeForm::Nfkc, whitespace: Whitespace::Collapse, ..Options::NONE };
    let n = normalize("ا ﱞ", &o);
    assert_eq!(n.text, "ا \u{064C}\u{0651}");
    assert_eq!(ranges(&n), vec![(0, 2), (2, 6), (2, 6), (2, 6)], "the marks map like the space, not inside it");
}

#[test]
fn tokens_keep_every_combining_mark_and_skip_what_search_removes() {
    // U+0483 is a combining mark outside the Arabic and Latin ranges.
    let text = "ا\u{0483}ـ";
    let t = tokenize(text, &Options::SEARCH);
    assert_eq!(t.len(), 1);
    assert_eq!((t[0].start, t[0].end), (0, text.len()));
    // Marks stay with digits and punctuation too.
    let text = "1\u{0301} !\u{0301} ٠٫٠\u{0301}";
    let spans: Vec<_> = tokenize(text, &Options::NONE).iter().map(|t| &text[t.start..t.end]).collect();
    assert_eq!(spans, vec!["1\u{0301}", "!\u{0301}", "٠٫٠\u{0301}"]);
    // An invisible character alone, a lone ligature of marks: no token.
    assert!(tokenize("\u{200B}", &Options::NONE).is_empty());
    let spans: Vec<_> = tokenize("ﱞ٠", &Options::DISPLAY).iter().map(|t| t.key.clone()).collect();
    assert_eq!(spans, vec!["0"]);
    // A soft hyphen inside a word does not cut it.
    let t = tokenize("ك\u{00AD}تاب", &Options::NONE);
    assert_eq!(t.len(), 1);
    assert_eq!(t[0].key, "كتاب");
}

/// A text whose result fills the room reserved for it exactly (nothing removed or
/// folded) is not copied into a buffer twice as large at its end: the fast loop asks
/// for more memory only when not even one more character fits.
#[test]
fn results_that_fill_their_reserve_are_not_reallocated() {
    for unit in ["abc def. ", "كتب الولد الدرس. ", "x ب "] {
        let input = unit.repeat(5000).trim_end().to_string();
        let chars = input.chars().count();
        let n = normalize(&input, &Options::SEARCH);
        assert_eq!(n.text, input, "the text is already in search form");
        assert!(n.text.capacity() < 2 * input.len(), "text: {} bytes of room for {}", n.text.capacity(), input.len());
        assert!(n.starts.capacity() < 2 * chars, "starts: room for {} entries, {chars} used", n.starts.capacity());
        let u = isnad::normalize::normalize_utf16(&input, &Options::SEARCH);
        assert_eq!(u.text.len(), input.encode_utf16().count());
        assert!(u.text.capacity() < 2 * u.text.len(), "UTF-16 text: room for {} units, {} used", u.text.capacity(), u.text.len());
        assert!(u.ends.capacity() < 2 * u.text.len(), "UTF-16 ends: room for {}, {} used", u.ends.capacity(), u.text.len());
    }
}
