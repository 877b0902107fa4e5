//! Properties of shared passages, whatever the texts: every passage lies inside both
//! texts on character (indeed word) boundaries, scores are in [0, 1] and name the
//! kind, passages of one pair do not overlap and are the same whichever text comes
//! first, and `unique` agrees with the passages (a
//! sentence is unique exactly when no passage of its article overlaps it).
#![cfg(not(target_arch = "wasm32"))]
use isnad::compare::{compare_articles, passages, PassageKind, Span};
use proptest::prelude::*;

/// Pieces that reports of one event are made of: copied clauses, names, numbers,
/// quotation marks, marks and odd characters.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("وقالت هيئة الدفاع المدني في بيان إن فرق الإنقاذ انتشلت جثث الضحايا".to_string()),
        Just("قرب مجرى الوادي، وإن عمليات البحث عن المفقودين ما زالت جارية.".to_string()),
        Just("الزعيم الكوري الشمالي كيم جونغ أون".to_string()),
        Just("«كارثة لم تعرفها المدينة منذ نصف قرن»".to_string()),
        Just("في 10 سبتمبر/ أيلول 2023".to_string()),
        Just("وَالرَّئِيسُ".to_string()),
        Just("😀 CNN".to_string()),
        Just("\n".to_string()),
        Just(". ".to_string()),
        Just("ـــ".to_string()),
        "[\\u0600-\\u06FF ]{1,12}",
        "[a-z0-9 .،\"'«»]{1,8}",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..24).prop_map(|v| v.join(" "))
}

fn inside(t: &str, s: Span) -> bool {
    s.start < s.end && s.end <= t.len() && t.is_char_boundary(s.start) && t.is_char_boundary(s.end)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn passages_stay_inside_both_texts(a in text(), b in text()) {
        let found = passages(&a, &b);
        for (k, p) in found.iter().enumerate() {
            prop_assert!(inside(&a, p.a) && inside(&b, p.b), "{p:?}");
            // Word boundaries: a span starts and ends on a letter, digit or mark.
            prop_assert!(!a[p.a.start..].starts_with(char::is_whitespace) && !a[..p.a.end].ends_with(char::is_whitespace));
            prop_assert!((0.0..=1.0).contains(&p.score));
            prop_assert_eq!(p.kind, PassageKind::of_score(p.score));
            for q in &found[k + 1..] {
                prop_assert!(p.a.end <= q.a.start || q.a.end <= p.a.start, "overlap in a: {p:?} {q:?}");
            }
        }
        // A text shares everything with itself, and nothing with an empty one.
        prop_assert!(passages(&a, "").is_empty());
        // Whichever text comes first, the same passages.
        let mut back: Vec<(Span, Span, u64)> = passages(&b, &a).iter().map(|p| (p.b, p.a, p.score.to_bits())).collect();
        back.sort_by_key(|x| (x.0.start, x.1.start));
        let there: Vec<(Span, Span, u64)> = found.iter().map(|p| (p.a, p.b, p.score.to_bits())).collect();
        prop_assert_eq!(there, back);
    }

    #[test]
    fn unique_sentences_and_passages_agree(a in text(), b in text(), c in text()) {
        let list = [("a", a.as_str()), ("b", b.as_str()), ("c", c.as_str())];
        let r = compare_articles(&list);
        for (k, (_, t)) in list.iter().enumerate() {
            let mut shared: Vec<Span> = Vec::new();
            for p in &r.pairs {
                for x in &p.passages {
                    prop_assert!(inside(list[p.a].1, x.a) && inside(list[p.b].1, x.b));
                    if p.a == k { shared.push(x.a) }
                    if p.b == k { shared.push(x.b) }
                }
            }
            let unique = &r.articles[k].unique_sentences;
            for u in unique {
                prop_assert!(inside(t, *u));
                prop_assert!(!shared.iter().any(|s| s.start < u.end && u.start < s.end), "{u:?} unique but shared");
            }
            // An article with a passage has a sentence that is not unique.
            let overlapped = r.articles[k].sentences - unique.len();
            prop_assert!(shared.is_empty() || overlapped >= 1);
        }
        // The similarity is the passages': 0 exactly when a pair has none.
        for i in 0..3 {
            for j in 0..3 {
                if i != j {
                    let has = r.pairs.iter().any(|p| (p.a, p.b) == (i.min(j), i.max(j)) && !p.passages.is_empty());
                    prop_assert_eq!(r.similarity[i][j].shared > 0.0, has);
                }
            }
        }
    }
}

/// The case proptest found: two pieces of one shuffled region overlapped in `a`.
#[test]
fn shuffled_pieces_never_overlap() {
    let a = "قرب مجرى الوادي، وإن عمليات البحث عن المفقودين ما زالت جارية. ؠ «كارثة لم تعرفها المدينة منذ نصف قرن» قرب مجرى الوادي، وإن عمليات البحث عن المفقودين ما زالت جارية. وقالت هيئة الدفاع المدني في بيان إن فرق الإنقاذ انتشلت جثث الضحايا .a";
    let b = "«كارثة لم تعرفها المدينة منذ نصف قرن» وقالت هيئة الدفاع المدني في بيان إن فرق الإنقاذ انتشلت جثث الضحايا قرب مجرى الوادي، وإن عمليات البحث عن المفقودين ما زالت جارية. «كارثة لم تعرفها المدينة منذ نصف قرن» \n في 10 سبتمبر/ أيلول 2023 قرب مجرى الوادي، وإن عمليات البحث عن المفقودين ما زالت جارية.";
    for (x, y) in [(a, b), (b, a)] {
        let found = passages(x, y);
        for (k, p) in found.iter().enumerate() {
            for q in &found[k + 1..] {
                assert!(p.a.end <= q.a.start || q.a.end <= p.a.start, "overlap in a: {p:?} {q:?}");
                assert!(p.b.end <= q.b.start || q.b.end <= p.b.start, "overlap in b: {p:?} {q:?}");
            }
        }
    }
}
