//! Property tests of normalization and tokenization over random text that mixes what
//! Arabic news text contains (letters, marks, tatweel, presentation forms, Persian
//! letters, digits, quotes, spaces, invisible characters, Latin, emoji) with what it
//! rarely does (stray combining marks, any Unicode scalar).
//!
//! For every preset and random option combinations: the offset map has one range per
//! output character, ranges are monotonic, non-empty, inside the input, on character
//! boundaries and follow the contract of `src/normalize.rs`; `search` and `display`
//! are idempotent; tokens have monotonic spans on character boundaries that never cut
//! a letter from its marks.
// Native only: `wasm-pack test` builds every test target for wasm32 (no proptest there).
#![cfg(not(target_arch = "wasm32"))]

use isnad::normalize::{
    is_diacritic, is_invisible, normalize, normalize_into, normalize_reference, Normalized, Options, Persian, UnicodeForm, Whitespace,
    TATWEEL,
};
use isnad::tokenize::tokenize;
use proptest::prelude::*;
use proptest::sample::select;
use unicode_normalization::char::canonical_combining_class;

fn chars_of(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn range_chars(lo: u32, hi: u32) -> impl Strategy<Value = String> {
    (lo..=hi).prop_map(|cp| char::from_u32(cp).map(String::from).unwrap_or_default())
}

/// One piece of random text.
fn piece() -> impl Strategy<Value = String> {
    let arabic = chars_of("ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئىةٱٲٳٵٶٴ");
    let marks = chars_of(
        "\u{064B}\u{064C}\u{064D}\u{064E}\u{064F}\u{0650}\u{0651}\u{0652}\u{0653}\u{0654}\u{0655}\u{0656}\u{065F}\
         \u{0610}\u{0615}\u{061A}\u{0670}\u{06D6}\u{06DC}\u{06DF}\u{06E4}\u{06E5}\u{06E6}\u{06E7}\u{06E8}\u{06EA}\u{06ED}\
         \u{08D3}\u{08E1}\u{08E2}\u{08E3}\u{08F0}\u{08FF}",
    );
    let persian = chars_of("کیہھپچژگۀەڪېےۂۓ");
    let digits = chars_of("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹0123456789");
    let punct = chars_of("“”„‟«»‘’‚‛′\"'،؛؟٪٫٬۔‐‑‒–—―.,:;!?()-/•");
    let spaces = vec![
        " ", " ", " ", "\t", "\n", "\r", "\r\n", "\u{00A0}", "\u{2003}", "\u{3000}", "\u{2028}",
        "\u{2029}", "\u{0085}", "\u{000B}", "\u{000C}", "\u{202F}",
    ];
    let invisible = chars_of(
        "\u{200B}\u{200C}\u{200D}\u{200E}\u{200F}\u{061C}\u{202A}\u{202B}\u{202C}\u{202D}\u{202E}\
         \u{2066}\u{2067}\u{2068}\u{2069}\u{FEFF}\u{00AD}",
    );
    let latin = chars_of("abcdefgzABCDEFGZÉéÄßİıKſﬁÅǅ");
    let combining = chars_of("\u{0301}\u{0300}\u{0308}\u{0327}\u{0323}\u{20DD}\u{0483}\u{05B0}\u{093C}\u{302A}\u{FE20}");
    let astral = vec!["😀", "👍🏽", "👨\u{200D}👩\u{200D}👧", "𝐀", "𝟙", "𐤀", "🇸🇦", "❤\u{FE0F}"];
    let ligatures = chars_of("ﷲﷺﻻﻷﻹﻵﷻ﷽ﰀﱞﹰﹲﹽ");
    prop_oneof![
        12 => select(arabic).prop_map(String::from),
        5 => select(marks).prop_map(String::from),
        2 => Just(TATWEEL.to_string()),
        2 => range_chars(0xFB50, 0xFDFF),
        2 => range_chars(0xFE70, 0xFEFC),
        2 => select(ligatures).prop_map(String::from),
        3 => select(persian).prop_map(String::from),
        3 => select(digits).prop_map(String::from),
        3 => select(punct).prop_map(String::from),
        6 => select(spaces).prop_map(String::from),
        3 => select(invisible).prop_map(String::from),
        4 => select(latin).prop_map(String::from),
        2 => select(combining).prop_map(String::from),
        1 => select(astral).prop_map(String::from),
        1 => any::<char>().prop_map(String::from),
        1 => range_chars(0x0600, 0x08FF),
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
}

fn options() -> impl Strategy<Value = Options> {
    (
        select(vec![UnicodeForm::None, UnicodeForm::Nfc, UnicodeForm::Nfkc]),
        any::<[bool; 10]>(),
        select(vec![Persian::None, Persian::KafYeh, Persian::All]),
        select(vec![Whitespace::Keep, Whitespace::Collapse, Whitespace::Lines]),
    )
        .prop_map(|(unicode, b, persian, whitespace)| Options {
            unicode,
            strip_diacritics: b[0],
            strip_tatweel: b[1],
            fold_alef: b[2],
            fold_alef_maksura: b[3],
            fold_teh_marbuta: b[4],
            persian,
            fold_hamza: b[5],
            digits: b[6],
            punctuation: b[7],
            strip_invisible: b[8],
            whitespace,
            lowercase: b[9],
        })
}

fn any_options() -> impl Strategy<Value = Options> {
    prop_oneof![
        Just(Options::SEARCH),
        Just(Options::DISPLAY),
        Just(Options::NONE),
        options(),
    ]
}

fn ccc(c: char) -> u8 {
    canonical_combining_class(c)
}

/// Whether byte position `p` of `s` lies between a character and a combining mark that
/// belongs to it (a mark after whitespace, or at the start, belongs to nothing).
fn inside_cluster(s: &str, p: usize) -> bool {
    if p == 0 || p >= s.len() {
        return false;
    }
    let Some(next) = s[p..].chars().next() else { return false };
    let Some(prev) = s[..p].chars().next_back() else { return false };
    ccc(next) != 0 && !prev.is_whitespace()
}

/// Checks the offset map of `n` (the normalization of `input`); returns what is wrong.
fn check_map(input: &str, o: &Options, n: &Normalized) -> Result<(), String> {
    let out: Vec<char> = n.text.chars().collect();
    if n.starts.len() != out.len() || n.ends.len() != out.len() {
        return Err(format!("{} chars, {} starts, {} ends", out.len(), n.starts.len(), n.ends.len()));
    }
    for i in 0..out.len() {
        let (s, e) = (n.starts[i] as usize, n.ends[i] as usize);
        if s >= e || e > input.len() {
            return Err(format!("unit {i} {:?}: bad range {s}..{e} (input {} bytes)", out[i], input.len()));
        }
        if !input.is_char_boundary(s) || !input.is_char_boundary(e) {
            return Err(format!("unit {i}: range {s}..{e} not on char boundaries"));
        }
        if i > 0 {
            let (ps, pe) = (n.starts[i - 1] as usize, n.ends[i - 1] as usize);
            if s < ps || e < pe {
                return Err(format!("unit {i}: {s}..{e} after {ps}..{pe}: not monotonic"));
            }
            if (s, e) != (ps, pe) && s < pe {
                return Err(format!("unit {i}: {s}..{e} overlaps {ps}..{pe} without being the same segment"));
            }
        }
    }
    // A range may start or end inside a letter+marks cluster only where the cluster is
    // copied verbatim: the mark is an output character of its own, right after the
    // character before it.
    for i in 0..out.len() {
        for p in [n.starts[i] as usize, n.ends[i] as usize] {
            if !inside_cluster(input, p) {
                continue;
            }
            let mark = input[p..].chars().next().unwrap();
            let prev = input[..p].chars().next_back().unwrap();
            let verbatim = (1..out.len()).any(|k| {
                n.starts[k] as usize == p
                    && out[k] == mark
                    && n.ends[k - 1] as usize == p
                    && out[k - 1] == prev
            });
            if !verbatim {
                return Err(format!(
                    "unit {i} {:?} ({}..{}) cuts between {prev:?} and its mark {mark:?} at {p}",
                    out[i], n.starts[i], n.ends[i]
                ));
            }
        }
    }
    // Unchanged text maps to itself.
    if n.text == input {
        let mut b = 0u32;
        for (i, c) in input.chars().enumerate() {
            let e = b + c.len_utf8() as u32;
            if (n.starts[i], n.ends[i]) != (b, e) {
                return Err(format!("unchanged text, but unit {i} maps to {}..{}, not {b}..{e}", n.starts[i], n.ends[i]));
            }
            b = e;
        }
    }
    // Whitespace.
    if o.whitespace != Whitespace::Keep {
        let first_last = [out.first(), out.last()];
        if first_last.iter().any(|c| c.is_some_and(|c| c.is_whitespace())) {
            return Err("leading or trailing whitespace".into());
        }
        for i in 0..out.len() {
            if !out[i].is_whitespace() {
                continue;
            }
            let want_space = o.whitespace == Whitespace::Collapse || out[i] == ' ';
            if !matches!(out[i], ' ' | '\n') || (o.whitespace == Whitespace::Collapse && out[i] != ' ') {
                return Err(format!("unit {i}: whitespace {:?} left in mode {:?}", out[i], o.whitespace));
            }
            if want_space && i + 1 < out.len() && out[i + 1].is_whitespace() {
                return Err(format!("unit {i}: two whitespace characters in a row"));
            }
            let (s, e) = (n.starts[i] as usize, n.ends[i] as usize);
            let orig = &input[s..e];
            // A run that comes from whitespace maps to the whole run.
            // (Unless the run ends inside a segment that also gives the next characters:
            // ﹲ U+FE72 is a space and a mark.)
            let shared = i + 1 < out.len() && (n.starts[i + 1], n.ends[i + 1]) == (n.starts[i], n.ends[i]);
            if orig.starts_with(char::is_whitespace) && out[i] == ' ' && !shared {
                let before_ws = input[..s].chars().next_back().is_some_and(char::is_whitespace);
                let after_ws = input[e..].chars().next().is_some_and(char::is_whitespace);
                if before_ws || after_ws {
                    return Err(format!("space unit {i} maps to {s}..{e}, not to its whole run"));
                }
                // Nothing inside the run survives normalization.
                let inner = normalize(orig, o).text;
                if !inner.is_empty() {
                    return Err(format!("space unit {i} maps to {orig:?}, which normalizes to {inner:?}"));
                }
            }
        }
    }
    Ok(())
}

/// What the `search` preset must never leave in its output.
fn check_search_output(out: &str) -> Result<(), String> {
    for c in out.chars() {
        let bad = is_diacritic(c)
            || c == TATWEEL
            || is_invisible(c)
            || c.is_ascii_uppercase()
            || (c.is_whitespace() && c != ' ')
            || matches!(c, 'آ' | 'أ' | 'إ' | 'ٱ' | 'ى' | 'ة' | 'ک' | 'ی' | 'ہ' | 'ھ' | '،' | '؛' | '؟' | '«' | '»' | '“' | '”')
            || ('\u{0660}'..='\u{0669}').contains(&c)
            || ('\u{06F0}'..='\u{06F9}').contains(&c)
            || !unicode_normalization::is_nfkc(&c.to_string());
        if bad {
            return Err(format!("search output keeps {c:?} (U+{:04X})", c as u32));
        }
    }
    Ok(())
}

fn check_tokens(input: &str, o: &Options) -> Result<(), String> {
    let n = normalize(input, o);
    let unit_starts: std::collections::HashSet<u32> = n.starts.iter().copied().collect();
    let unit_ends: std::collections::HashSet<u32> = n.ends.iter().copied().collect();
    let tokens = tokenize(input, o);
    let mut prev: Option<(usize, usize)> = None;
    for (i, t) in tokens.iter().enumerate() {
        if t.start >= t.end || t.end > input.len() {
            return Err(format!("token {i} {t:?}: bad span"));
        }
        if !input.is_char_boundary(t.start) || !input.is_char_boundary(t.end) {
            return Err(format!("token {i}: span not on char boundaries"));
        }
        // A token may start at a mark that follows an invisible character.
        let after_invisible = input[..t.start].chars().next_back().is_some_and(is_invisible);
        if (inside_cluster(input, t.start) && !after_invisible) || inside_cluster(input, t.end) {
            return Err(format!("token {i} {:?} cuts a letter from its marks", &input[t.start..t.end]));
        }
        if t.norm.is_empty() || t.key.is_empty() {
            return Err(format!("token {i}: empty norm or key"));
        }
        if !unit_starts.contains(&(t.start as u32)) || !unit_ends.contains(&(t.end as u32)) {
            return Err(format!("token {i}: span is not made of whole units"));
        }
        if let Some((ps, pe)) = prev {
            if t.start < ps || t.end < pe {
                return Err(format!("token {i}: span {}..{} after {ps}..{pe}", t.start, t.end));
            }
        }
        prev = Some((t.start, t.end));
    }
    Ok(())
}

proptest! {
    // 3000 cases per property; PROPTEST_CASES=N for a longer run.
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(3000),
        failure_persistence: None,
        .. ProptestConfig::default()
    })]

    #[test]
    fn offset_maps_follow_the_contract(input in text(), o in any_options()) {
        let n = normalize(&input, &o);
        if let Err(e) = check_map(&input, &o, &n) {
            return Err(TestCaseError::fail(format!("{e}\ninput {input:?}\noptions {o:?}\noutput {:?}", n.text)));
        }
    }

    #[test]
    fn fast_paths_agree_with_the_general_path(input in text(), o in any_options()) {
        let fast = normalize(&input, &o);
        let reference = normalize_reference(&input, &o);
        prop_assert_eq!(&fast, &reference, "input {:?} options {:?}", input, o);
        // And reusing buffers changes nothing.
        let mut reused = normalize("ﷺ some other text", &Options::SEARCH);
        normalize_into(&input, &o, &mut reused);
        prop_assert_eq!(&reused, &fast);
    }

    #[test]
    fn direct_unit_output_equals_converting_afterwards(input in text(), o in any_options()) {
        // The UTF-16 text and offsets made in the normalizing pass (what JS gets) and
        // code point offsets (the CLI's) equal the byte map converted by convert_map.
        use isnad::normalize::{normalize_in, normalize_utf16, normalize_utf16_reference};
        use isnad::offsets::{convert_map, Unit};
        let n = normalize(&input, &o);
        let (s16, e16) = convert_map(&input, &n.text, &n.starts, &n.ends, Unit::Utf16);
        let d = normalize_utf16(&input, &o);
        prop_assert_eq!(&d.text, &n.text.encode_utf16().collect::<Vec<u16>>(), "input {:?} options {:?}", input, o);
        prop_assert_eq!((&d.starts, &d.ends), (&s16, &e16), "input {:?} options {:?}", input, o);
        prop_assert_eq!(&normalize_utf16_reference(&input, &o), &d);
        for unit in [Unit::CodePoint, Unit::Byte] {
            let (s, e) = convert_map(&input, &n.text, &n.starts, &n.ends, unit);
            let direct = normalize_in(&input, &o, unit);
            prop_assert_eq!(&direct.text, &n.text);
            if unit == Unit::CodePoint {
                prop_assert_eq!((&direct.starts, &direct.ends), (&s, &e), "input {:?} options {:?}", input, o);
            } else {
                prop_assert_eq!((&direct.starts, &direct.ends), (&n.starts, &n.ends));
            }
        }
    }

    #[test]
    fn utf16_input_gives_what_utf8_input_gives(input in text(), o in any_options()) {
        // What JS hands over as it is (its string's code units) and what it would hand
        // over through TextEncoder (UTF-8) normalize alike.
        use isnad::normalize::{normalize_utf16, normalize_utf16_units};
        let units: Vec<u16> = input.encode_utf16().collect();
        prop_assert_eq!(&normalize_utf16_units(&units, &o), &normalize_utf16(&input, &o), "input {:?} options {:?}", input, o);
    }

    #[test]
    fn unpaired_surrogates_read_as_replacement_characters(
        input in text(),
        lone in proptest::collection::vec((any::<proptest::sample::Index>(), 0xD800u16..0xE000), 1..4),
        o in any_options(),
    ) {
        // A JS string may hold unpaired surrogates; TextEncoder reads each as U+FFFD,
        // and so must the UTF-16 input path (U+FFFD is one code unit too: offsets agree).
        use isnad::normalize::{normalize_utf16, normalize_utf16_units};
        let mut units: Vec<u16> = input.encode_utf16().collect();
        for (at, u) in lone {
            let at = at.index(units.len() + 1);
            units.insert(at, u);
        }
        let lossy = String::from_utf16_lossy(&units);
        prop_assert_eq!(&normalize_utf16_units(&units, &o), &normalize_utf16(&lossy, &o), "units {:?} options {:?}", units, o);
    }

    #[test]
    fn offsets_convert_to_utf16_and_code_points(input in text(), o in any_options()) {
        use isnad::offsets::{convert_map, Unit};
        let n = normalize(&input, &o);
        let utf16_at = |b: u32| input[..b as usize].encode_utf16().count() as u32;
        let cp_at = |b: u32| input[..b as usize].chars().count() as u32;
        let (s16, e16) = convert_map(&input, &n.text, &n.starts, &n.ends, Unit::Utf16);
        let (scp, ecp) = convert_map(&input, &n.text, &n.starts, &n.ends, Unit::CodePoint);
        prop_assert_eq!(s16.len(), n.text.encode_utf16().count());
        prop_assert_eq!(scp.len(), n.starts.len());
        let mut k = 0;
        for (i, c) in n.text.chars().enumerate() {
            for _ in 0..c.len_utf16() {
                prop_assert_eq!((s16[k], e16[k]), (utf16_at(n.starts[i]), utf16_at(n.ends[i])));
                k += 1;
            }
            prop_assert_eq!((scp[i], ecp[i]), (cp_at(n.starts[i]), cp_at(n.ends[i])));
        }
    }

    #[test]
    fn preset_none_is_the_identity(input in text()) {
        let n = normalize(&input, &Options::NONE);
        prop_assert_eq!(&n.text, &input);
        prop_assert!(check_map(&input, &Options::NONE, &n).is_ok());
    }

    #[test]
    fn search_is_idempotent_and_clean(input in text()) {
        let once = normalize(&input, &Options::SEARCH);
        let twice = normalize(&once.text, &Options::SEARCH);
        prop_assert_eq!(&twice.text, &once.text, "input {:?}", input);
        if let Err(e) = check_search_output(&once.text) {
            return Err(TestCaseError::fail(format!("{e}\ninput {input:?}\noutput {:?}", once.text)));
        }
        // Normalizing normalized text changes nothing, so its map is the identity.
        prop_assert!(check_map(&once.text, &Options::SEARCH, &twice).is_ok());
    }

    #[test]
    fn display_is_idempotent(input in text()) {
        let once = normalize(&input, &Options::DISPLAY).text;
        let twice = normalize(&once, &Options::DISPLAY).text;
        prop_assert_eq!(twice, once, "input {:?}", input);
    }

    #[test]
    fn any_options_are_idempotent(input in text(), o in options()) {
        let once = normalize(&input, &o).text;
        let twice = normalize(&once, &o).text;
        prop_assert_eq!(twice, once, "input {:?} options {:?}", input, o);
    }

    #[test]
    fn tokens_have_monotonic_whole_cluster_spans(input in text(), o in any_options()) {
        if let Err(e) = check_tokens(&input, &o) {
            return Err(TestCaseError::fail(format!("{e}\ninput {input:?}\noptions {o:?}")));
        }
    }
}
