//! Robustness at the end of a text: every word of our gold texts ends a text once (the
//! few words before it and the word itself), so that no rule pass reads the token after
//! the last one (`tokens[k + 1]`, `infos[i + 2]`) without checking the bound. Spans
//! stay inside the text, on character boundaries, non-empty, never beginning with a
//! combining mark nor ending right before one or inside a word.
//!
//! Cheap (about 70,000 short texts, some seconds in release) and deterministic: the
//! gold texts of tests/gold/entities and tests/gold/quotes/reports only.
#![cfg(not(target_arch = "wasm32"))]
use isnad::entities::entities;

/// Words of the window that ends at each word: enough for every rule's look-back.
const WINDOW: usize = 6;

fn is_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}')
}

fn check(text: &str) {
    let found = std::panic::catch_unwind(|| entities(text)).unwrap_or_else(|_| panic!("panicked on {text:?}"));
    for e in &found {
        assert!(e.start < e.end && e.end <= text.len(), "{e:?} outside {text:?}");
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end), "{e:?} splits a character of {text:?}");
        assert!(!text[e.start..].starts_with(is_mark), "{e:?} starts with a mark in {text:?}");
        assert!(!text[e.end..].starts_with(is_mark), "{e:?} leaves its last letter's mark out in {text:?}");
        // (Nor ends inside a word: a name keeps no clitic before it, but nothing is
        // glued after it, كوب31, 1990م.)
        let (last, next) = (text[..e.end].chars().next_back(), text[e.end..].chars().next());
        assert!(!(last.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric)), "{e:?} ends inside a word of {text:?}");
    }
}

fn texts(dir: &str) -> Vec<String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut paths: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "txt") && !p.ends_with("README.txt")).collect();
    paths.sort();
    paths.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

#[test]
fn every_word_of_the_gold_texts_can_end_a_text() {
    let mut all = texts("tests/gold/entities");
    all.extend(texts("tests/gold/quotes/reports"));
    let mut runs = 0;
    for text in &all {
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with("###")) {
            // Where each word starts and ends.
            let words: Vec<(usize, usize)> = line.split_whitespace().map(|w| {
                let start = w.as_ptr() as usize - line.as_ptr() as usize;
                (start, start + w.len())
            }).collect();
            for (n, &(_, end)) in words.iter().enumerate() {
                check(&line[words[n.saturating_sub(WINDOW - 1)].0..end]);
                runs += 1;
            }
        }
    }
    assert!(runs > 50_000, "the gold texts are there: {runs} texts");
}
