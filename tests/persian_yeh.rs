//! The CAMeL Tools bug that isnad must not have: its `arclean` character map
//! (camel_tools/utils/charmaps/arclean_map.json, CAMeL Tools 1.6) maps the range
//! U+06CC–U+06CE (ی ۍ ێ) to U+0649 ى, alef maksura, in every position. Alef maksura
//! only ends words; a medial ی in Persian-typed Arabic is a yeh, so کوریا becomes the
//! non-word كورىا. Here ی ې ے fold to ي in every position.
// Native only: `wasm-pack test` builds every test target for wasm32 (no proptest there).
#![cfg(not(target_arch = "wasm32"))]

use isnad::normalize::{normalize, Options, OptionsSpec, Persian};
use proptest::prelude::*;

/// What CAMeL's `arclean` map does to the Persian yeh forms, and what its
/// `normalize_unicode` (NFKC) leaves of them: nothing (ی has no decomposition).
fn camel_arclean_yeh(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{06CC}'..='\u{06CE}' => '\u{0649}',
            '\u{06D0}'..='\u{06D2}' => '\u{064A}',
            c => c,
        })
        .collect()
}

/// Positions (char indices) of `c` that are not the last letter of a word.
fn medial(text: &str, c: char) -> Vec<usize> {
    let chars: Vec<char> = text.chars().collect();
    (0..chars.len())
        .filter(|&i| chars[i] == c && chars.get(i + 1).is_some_and(|n| n.is_alphabetic()))
        .collect()
}

#[test]
fn the_camel_mapping_puts_alef_maksura_inside_words() {
    // The mirror is faithful to the bug: a medial alef maksura.
    let camel = camel_arclean_yeh("کوریا الشمالیة");
    assert_eq!(camel, "کورىا الشمالىة");
    assert_eq!(medial(&camel, 'ى').len(), 2);
}

#[test]
fn medial_persian_yeh_becomes_yeh_here_in_every_preset_that_folds_it() {
    for text in ["کوریا الشمالیة", "سیاسی", "بیونغ یانغ", "ایران", "الرئیس"] {
        for (name, o) in [("search", Options::SEARCH), ("display", Options::DISPLAY)] {
            let out = normalize(text, &o).text;
            assert!(medial(&out, 'ى').is_empty(), "{name}: {text} → {out}");
            assert!(!out.contains('ی'), "{name}: {text} → {out}");
            let yeh_in = text.chars().filter(|&c| c == 'ی').count();
            let yeh_out = out.chars().filter(|&c| c == 'ي').count();
            assert_eq!(yeh_in, yeh_out, "{name}: {text} → {out}: every ی is a ي");
        }
    }
    assert_eq!(normalize("کوریا الشمالیة", &Options::DISPLAY).text, "كوريا الشمالية");
    // Even with alef maksura folding off and only kaf/yeh folding on.
    let o = OptionsSpec { preset: Some(isnad::Preset::None), persian: Some(Persian::KafYeh), ..Default::default() }.resolve();
    assert_eq!(normalize("الشمالیة", &o).text, "الشمالية");
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn no_persian_yeh_ever_becomes_alef_maksura(
        word in prop::collection::vec(prop::sample::select(vec!['ب', 'ر', 'س', 'ل', 'م', 'ن', 'ی', 'ک', 'ا', 'ة', 'و', '\u{064E}', 'ـ']), 1..12),
        persian in prop::sample::select(vec![Persian::KafYeh, Persian::All]),
        fold_alef_maksura in any::<bool>(),
    ) {
        let text: String = word.into_iter().collect();
        let mut o = Options::SEARCH;
        o.persian = persian;
        o.fold_alef_maksura = fold_alef_maksura;
        let out = normalize(&text, &o).text;
        // The input has no ى, so none may appear, medial or final.
        prop_assert!(!out.contains('ى'), "{} → {}", text, out);
        prop_assert_eq!(
            text.chars().filter(|&c| c == 'ی').count(),
            out.chars().filter(|&c| c == 'ي').count()
        );
    }
}
