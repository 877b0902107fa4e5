//! Checks over real Arabic news reports: every file of `../shared/seeds` (relative to
//! the repository root, or the folder in `ISNAD_SEEDS`), read at test time and never
//! copied into the repository. Skipped, with a note, when the folder is absent.
// Native only: `wasm-pack test` builds every test target for wasm32 (no proptest there).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;
use std::path::PathBuf;

use isnad::normalize::{
    is_diacritic, is_invisible, normalize, normalize_reference, Normalized, Options, TATWEEL,
};
use isnad::tokenize::{is_arabic_letter, tokenize, TokenKind};

fn seeds() -> Option<Vec<(String, String)>> {
    let dir = std::env::var_os("ISNAD_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds"));
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("note: {} is absent; the seeds tests check nothing", dir.display());
        return None;
    };
    let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_file()).collect();
    files.sort();
    assert!(!files.is_empty(), "{} has no files", dir.display());
    Some(
        files
            .into_iter()
            .map(|p| {
                let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
                (p.file_name().unwrap().to_string_lossy().into_owned(), text)
            })
            .collect(),
    )
}

fn search(text: &str) -> String {
    normalize(text, &Options::SEARCH).text
}

/// Output character ranges of each space-separated word of `n.text`.
fn words(n: &Normalized) -> Vec<(usize, usize)> {
    let chars: Vec<char> = n.text.chars().collect();
    let mut out = Vec::new();
    let mut s = 0;
    for i in 0..=chars.len() {
        if i == chars.len() || chars[i] == ' ' {
            if i > s {
                out.push((s, i));
            }
            s = i + 1;
        }
    }
    out
}

#[test]
fn search_output_is_clean() {
    let Some(seeds) = seeds() else { return };
    for (name, text) in &seeds {
        let out = search(text);
        assert!(!out.is_empty(), "{name}");
        for c in out.chars() {
            let bad = is_diacritic(c)
                || c == TATWEEL
                || is_invisible(c)
                || matches!(c, 'ک' | 'ی' | 'ى' | 'ة' | 'آ' | 'أ' | 'إ' | '،' | '؛' | '؟' | '“' | '”' | '—' | '–')
                || ('\u{0660}'..='\u{0669}').contains(&c)
                || ('\u{06F0}'..='\u{06F9}').contains(&c)
                || c.is_ascii_uppercase()
                || (c.is_whitespace() && c != ' ');
            assert!(!bad, "{name}: search output keeps {c:?} U+{:04X}", c as u32);
        }
        assert!(!out.contains("  ") && !out.starts_with(' ') && !out.ends_with(' '), "{name}: spaces not collapsed");
    }
    let all: String = seeds.iter().map(|(_, t)| t.as_str()).collect();
    for (what, present) in [
        ("diacritics", all.chars().any(is_diacritic)),
        ("Persian letters", all.contains('ک') && all.contains('ی')),
        ("Arabic commas", all.contains('،')),
        ("curly quotes", all.contains('“')),
        ("no-break spaces", all.contains('\u{00A0}')),
        ("line breaks", all.contains('\n')),
    ] {
        assert!(present, "the seeds were expected to contain {what}");
    }
}

#[test]
fn every_normalized_word_maps_back_to_an_original_span_that_normalizes_to_it() {
    let Some(seeds) = seeds() else { return };
    let mut checked = 0;
    for (name, text) in &seeds {
        let n = normalize(text, &Options::SEARCH);
        let out: Vec<char> = n.text.chars().collect();
        for (s, e) in words(&n) {
            let word: String = out[s..e].iter().collect();
            let (a, b) = n.original_range(s, e).unwrap();
            assert!(text.is_char_boundary(a) && text.is_char_boundary(b) && a < b, "{name}: {word}");
            let original = &text[a..b];
            assert_eq!(search(original), word, "{name}: {word:?} maps back to {original:?}");
            checked += 1;
        }
        // Offsets are monotonic and ranges never straddle.
        for i in 1..out.len() {
            assert!(n.starts[i] >= n.starts[i - 1] && n.ends[i] >= n.ends[i - 1], "{name}: unit {i}");
            assert!(
                (n.starts[i], n.ends[i]) == (n.starts[i - 1], n.ends[i - 1]) || n.starts[i] >= n.ends[i - 1],
                "{name}: unit {i}"
            );
        }
    }
    assert!(checked > 1000, "only {checked} words");
}

#[test]
fn fast_paths_agree_with_the_general_path_and_normalizing_twice_changes_nothing() {
    let Some(seeds) = seeds() else { return };
    for (name, text) in &seeds {
        for o in [Options::SEARCH, Options::DISPLAY, Options::NONE] {
            let n = normalize(text, &o);
            assert!(n == normalize_reference(text, &o), "{name} {o:?}");
            assert_eq!(normalize(&n.text, &o).text, n.text, "{name}: not idempotent with {o:?}");
        }
        assert_eq!(normalize(text, &Options::NONE).text, *text);
    }
}

#[test]
fn display_keeps_diacritics_and_lines_and_removes_tatweel_and_invisibles() {
    let Some(seeds) = seeds() else { return };
    for (name, text) in &seeds {
        let out = normalize(text, &Options::DISPLAY).text;
        let count = |s: &str| s.chars().filter(|&c| is_diacritic(c)).count();
        assert_eq!(count(&out), count(text), "{name}: diacritics");
        assert!(!out.chars().any(|c| c == TATWEEL || is_invisible(c) || c == 'ک' || c == 'ی'), "{name}");
        let lines = |s: &str| s.lines().filter(|l| !l.trim().is_empty()).count();
        assert_eq!(lines(&out), lines(text), "{name}: non-empty lines");
    }
}

#[test]
fn the_persian_typed_korea_normalizes_like_the_arabic_one() {
    let Some(seeds) = seeds() else { return };
    let mut arabic_vocabulary = HashSet::new();
    let mut persian_typed = Vec::new();
    for (_, text) in &seeds {
        for word in text.split(|c: char| !is_arabic_letter(c) && !is_diacritic(c)) {
            if word.is_empty() {
                continue;
            }
            if word.contains(['ک', 'ی']) {
                persian_typed.push(word.to_string());
            } else {
                arabic_vocabulary.insert(search(word));
            }
        }
    }
    assert!(!persian_typed.is_empty(), "the seeds were expected to contain Persian-typed words");
    for word in &persian_typed {
        let key = search(word);
        assert!(!key.contains(['ک', 'ی']), "{word} → {key}");
        assert!(arabic_vocabulary.contains(&key), "{word} → {key}, which no Arabic-typed word of the seeds gives");
    }
    assert_eq!(search("کوریا الشمالیة"), search("كوريا الشمالية"));
    let all: String = seeds.iter().map(|(_, t)| t.as_str()).collect();
    assert!(all.contains("کوریا الشمالیة") && all.contains("كوريا الشمالية"));
    let phrase = search("كوريا الشمالية");
    let normalized_count = search(&all).matches(&phrase).count();
    assert!(
        normalized_count > all.matches("كوريا الشمالية").count(),
        "the Persian-typed occurrence is found by the Arabic spelling after normalization"
    );
}

#[test]
fn tokens_cover_every_arabic_letter_exactly_once() {
    let Some(seeds) = seeds() else { return };
    for (name, text) in &seeds {
        for o in [Options::SEARCH, Options::DISPLAY] {
            let tokens = tokenize(text, &o);
            let mut covered = vec![0u8; text.len()];
            for (i, t) in tokens.iter().enumerate() {
                assert!(t.start < t.end && t.end <= text.len(), "{name}: token {i}");
                if i > 0 {
                    assert!(tokens[i - 1].end <= t.start, "{name}: tokens {} and {i} overlap", i - 1);
                }
                assert!(!t.key.is_empty() && !t.norm.is_empty(), "{name}: token {i}");
                for b in &mut covered[t.start..t.end] {
                    *b += 1;
                }
                if t.kind == TokenKind::Word {
                    assert!(!t.norm.contains(char::is_whitespace), "{name}: {:?}", t.norm);
                }
            }
            for (i, c) in text.char_indices() {
                let times = covered[i];
                if is_arabic_letter(c) {
                    assert_eq!(times, 1, "{name}: letter {c:?} at byte {i} is in {times} tokens");
                }
                if c.is_whitespace() {
                    assert_eq!(times, 0, "{name}: whitespace at byte {i} is inside a token");
                }
            }
        }
    }
}

#[test]
fn numbers_and_words_of_the_seeds_tokenize_sensibly() {
    let Some(seeds) = seeds() else { return };
    let mut numbers = 0;
    for (name, text) in &seeds {
        for t in tokenize(text, &Options::SEARCH) {
            let original = &text[t.start..t.end];
            match t.kind {
                TokenKind::Number => {
                    numbers += 1;
                    assert!(t.norm.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',')), "{name}: {original}");
                }
                TokenKind::Word => {
                    assert!(t.key.chars().count() >= 2 || t.norm.chars().count() < 3, "{name}: {original} → {}", t.key);
                    assert_eq!(search(original), t.norm, "{name}");
                }
                _ => {}
            }
        }
    }
    assert!(numbers > 0, "the seeds were expected to contain numbers");
}
