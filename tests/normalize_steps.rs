//! Every step of the `search` preset, the other presets, and the offset contract on
//! hand-picked cases.
#![cfg(not(target_arch = "wasm32"))]

use isnad::normalize::{normalize, Options, OptionsSpec, Persian, Preset, UnicodeForm, Whitespace};

fn search(s: &str) -> String {
    normalize(s, &Options::SEARCH).text
}

/// Original text of normalized chars [s, e).
fn orig<'a>(text: &'a str, n: &isnad::Normalized, s: usize, e: usize) -> &'a str {
    let (a, b) = n.original_range(s, e).unwrap();
    &text[a..b]
}

#[test]
fn step1_nfkc_folds_presentation_forms_and_ligatures() {
    assert_eq!(search("ﻻ"), "لا");
    assert_eq!(search("ﷲ"), "الله");
    assert_eq!(search("ﺑﺴﻢ"), "بسم");
    assert_eq!(search("ﻷ"), "لا", "lam-alef with hamza: NFKC then alef fold");
    let n = normalize("xﻻy", &Options::SEARCH);
    assert_eq!(n.text, "xلاy");
    assert_eq!(
        orig("xﻻy", &n, 1, 2),
        "ﻻ",
        "both letters map to the ligature"
    );
    assert_eq!(orig("xﻻy", &n, 2, 3), "ﻻ");
}

#[test]
fn step2_diacritics_and_quranic_marks_go() {
    assert_eq!(search("مُحَمَّدٌ"), "محمد");
    assert_eq!(search("رَحْمَٰن"), "رحمن");
    assert_eq!(
        search("ذَٰلِكَ ۖ"),
        "ذلك",
        "a lone Quranic mark after a space leaves nothing"
    );
    assert_eq!(search("بؐ"), "ب");
    let text = "مُحَمَّد";
    let n = normalize(text, &Options::SEARCH);
    assert_eq!(
        orig(text, &n, 0, 1),
        "مُ",
        "a letter maps to itself with its marks"
    );
    assert_eq!(orig(text, &n, 0, 4), text);
}

#[test]
fn step3_tatweel_goes_and_extends_the_letter_before() {
    let text = "الـــرئيس";
    let n = normalize(text, &Options::SEARCH);
    assert_eq!(n.text, "الرييس".replace("يي", "ئي"));
    assert_eq!(orig(text, &n, 1, 2), "لـــ");
    assert_eq!(
        search(" ـــ ب"),
        "ب",
        "tatweel after a space extends nothing"
    );
}

#[test]
fn step4_to_6_alef_maksura_teh_marbuta() {
    assert_eq!(search("آأإٱٲٳ"), "اااااا");
    assert_eq!(search("على"), "علي");
    assert_eq!(search("مدرسة"), "مدرسه");
    // decomposed alef + madda composes, then folds
    assert_eq!(search("\u{0627}\u{0653}"), "ا");
}

#[test]
fn step7_persian_and_urdu_forms_fold_in_every_position() {
    assert_eq!(search("کوریا الشمالیة"), "كوريا الشماليه");
    // CAMeL Tools maps a medial Persian yeh to alef maksura; here it is a yeh.
    assert_eq!(search("الشمالیة"), "الشماليه");
    assert_eq!(search("سیاسی"), "سياسي");
    assert_eq!(search("ڪتاب ے ې"), "كتاب ي ي");
    assert_eq!(search("ہ ھ ە ۀ ۃ"), "ه ه ه ه ه");
    assert_eq!(
        search("پ چ ژ ڤ گ"),
        "پ چ ژ ڤ گ",
        "letters with no Arabic counterpart stay"
    );
}

#[test]
fn step8_digits() {
    assert_eq!(search("٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹"), "0123456789 0123456789");
}

#[test]
fn step9_punctuation() {
    assert_eq!(search("،؛؟٪٫٬۔"), ",;?%.,.");
    assert_eq!(search("“”„‟«»"), "\"\"\"\"\"\"");
    assert_eq!(search("‘’‚‛′"), "'''''");
    assert_eq!(search("‐‑‒–—―"), "------");
}

#[test]
fn step10_invisible_characters_belong_to_no_unit() {
    let text = "ك\u{200C}تاب\u{200F}\u{FEFF}\u{00AD}\u{061C}\u{202B}\u{2067}";
    let n = normalize(text, &Options::SEARCH);
    assert_eq!(n.text, "كتاب");
    assert_eq!(orig(text, &n, 0, 1), "ك");
    assert_eq!(orig(text, &n, 1, 2), "ت");
}

#[test]
fn step11_whitespace_runs_collapse_and_trim() {
    let text = "\u{00A0} أ\t\n\u{2003}\u{200B} ب  \n";
    let n = normalize(text, &Options::SEARCH);
    assert_eq!(n.text, "ا ب");
    assert_eq!(
        orig(text, &n, 1, 2),
        "\t\n\u{2003}\u{200B} ",
        "a run maps to the whole run"
    );
}

#[test]
fn step12_latin_lowercase() {
    assert_eq!(search("CNN Reuters ÉTÉ"), "cnn reuters été");
}

#[test]
fn hamza_option() {
    let spec = OptionsSpec {
        hamza: Some(true),
        ..Default::default()
    };
    assert_eq!(normalize("مؤتمر رئيس", &spec.resolve()).text, "موتمر رييس");
    assert_eq!(search("مؤتمر رئيس"), "مؤتمر رئيس", "hamza is off in search");
}

#[test]
fn display_preset_keeps_diacritics_and_lines() {
    let text = "مُحَمَّـــد  قال:\r\n\r\n  «کتاب»\u{200C} ١٢";
    let n = normalize(text, &Options::DISPLAY);
    assert_eq!(n.text, "مُحَمَّد قال:\n\n«كتاب» ١٢");
}

#[test]
fn none_preset_is_the_identity() {
    let text = "  مُحَمَّـد\u{200C}ﻻ 😀\n";
    let n = normalize(text, &Options::NONE);
    assert_eq!(n.text, text);
    let mut b = 0u32;
    for (i, c) in text.chars().enumerate() {
        assert_eq!(n.starts[i], b);
        b += c.len_utf8() as u32;
        assert_eq!(n.ends[i], b);
    }
}

#[test]
fn options_override_presets() {
    let spec: OptionsSpec = serde_json::from_str(r#"{"preset":"none","foldAlef":true}"#).unwrap();
    assert_eq!(normalize("أحمد", &spec.resolve()).text, "احمد");
    let spec: OptionsSpec = serde_json::from_str(
        r#"{"stripDiacritics":false,"unicode":"nfc","persian":"kaf-yeh","whitespace":"keep"}"#,
    )
    .unwrap();
    let o = spec.resolve();
    assert_eq!(o.unicode, UnicodeForm::Nfc);
    assert_eq!(o.persian, Persian::KafYeh);
    assert_eq!(o.whitespace, Whitespace::Keep);
    assert_eq!(normalize("بَ", &o).text, "بَ");
    assert_eq!(
        OptionsSpec {
            preset: Some(Preset::Display),
            ..Default::default()
        }
        .resolve(),
        Options::DISPLAY
    );
}

#[test]
fn bad_options_name_the_valid_ones() {
    let err = OptionsSpec::from_json(r#"{"stripDiacritic":true}"#).unwrap_err();
    assert!(
        err.contains("stripDiacritics") && err.contains("preset"),
        "{err}"
    );
    let err = OptionsSpec::from_json(r#"{"preset":"searh"}"#).unwrap_err();
    assert!(err.contains("search") && err.contains("display"), "{err}");
}
