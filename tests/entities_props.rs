//! Robustness: whatever the input, no panic, and every span is inside the text, on
//! character boundaries, non-empty, with a known type; linking ids are consistent.
#![cfg(not(target_arch = "wasm32"))]
use isnad::entities::{entities, link_articles};
use proptest::prelude::*;

fn check(text: &str) {
    let es = entities(text);
    let mut last_start = 0;
    for e in &es {
        assert!(e.start < e.end && e.end <= text.len(), "{e:?} outside {} bytes", text.len());
        assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end), "{e:?} splits a character");
        assert!(e.start >= last_start, "entities out of order");
        last_start = e.start;
        assert!(!e.id.is_empty() && !e.canonical.is_empty());
        assert!((0.0..=1.0).contains(&e.score));
        // A span never starts with a combining mark (it would split a letter from it).
        let first = text[e.start..].chars().next().unwrap();
        assert!(!('\u{064B}'..='\u{065F}').contains(&first), "{e:?} starts with a mark");
    }
}

/// Pieces that real pasted text is made of.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("الرئيس فلاديمير بوتين".to_string()),
        Just("وكوريا الشمالية".to_string()),
        Just("لروسيا".to_string()),
        Just("في 10 سبتمبر/ أيلول 2023".to_string()),
        Just("1100 جندي".to_string()),
        Just("59 كم/ساعة".to_string()),
        Just("<p dir=\"rtl\">".to_string()),
        Just("</b>&nbsp;".to_string()),
        Just("\u{064E}\u{0651}".to_string()),
        Just("\u{0640}\u{200C}\u{200F}".to_string()),
        Just("\u{0000}\u{0007}\r\n\t".to_string()),
        Just("😀🇸🇦".to_string()),
        Just("CNN (AP) 2024".to_string()),
        Just(".".to_string()),
        Just("، «".to_string()),
        "[\\u{0600}-\\u{06FF}]{1,8}",
        "\\PC{0,12}",
        any::<String>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn spans_are_always_valid(pieces in proptest::collection::vec(piece(), 0..24), sep in prop_oneof![Just(" "), Just(""), Just("\n"), Just("  ")]) {
        check(&pieces.join(sep));
    }

    #[test]
    fn any_string_is_safe(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn linking_across_articles_is_consistent(a in proptest::collection::vec(piece(), 0..10), b in proptest::collection::vec(piece(), 0..10)) {
        let (ta, tb) = (a.join(" "), b.join(" "));
        let r = link_articles(&[("a", &ta), ("b", &tb)]);
        let mentions: usize = r.entities.iter().map(|c| c.mentions.len()).sum();
        let listed: usize = r.articles.iter().map(|x| x.entities.len()).sum();
        prop_assert_eq!(mentions, listed);
        for c in &r.entities {
            prop_assert!(!c.variants.is_empty());
            for m in &c.mentions {
                let text = if m.article == "a" { &ta } else { &tb };
                prop_assert!(m.start < m.end && m.end <= text.len());
                prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            }
        }
    }
}

#[test]
fn edge_cases() {
    check("");
    check(" \n\t ");
    check("plain English text without any Arabic, 2024.");
    check("\u{064E}\u{0651}\u{0650}");
    check(&"كيم جونغ أون ".repeat(20_000)); // a single long line, about 300 KB
    let line = "قال الرئيس الروسي فلاديمير بوتين في موسكو إن روسيا مستعدة. ".repeat(1800);
    assert!(line.len() > 100_000);
    check(&line);
}

/// Ten megabytes are handled whole. (How the time grows with the input is measured by
/// `make bench`, `benches/scaling.py`, not asserted here: no timed tests.)
#[test]
fn ten_megabytes_are_handled() {
    let unit = "وقال المتحدث باسم مجلس الأمن القومي الأمريكي جون كيربي إن كوريا الشمالية سلمت 1100 قذيفة إلى روسيا في يوليو/تموز.\n";
    let text = unit.repeat(10_000_000 / unit.len() + 1);
    let es = entities(&text);
    assert!(es.len() > 10_000);
    assert!(es.last().unwrap().end <= text.len());
}
