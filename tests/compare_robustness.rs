//! Bounded time, no panic and valid spans on awkward inputs; properties over random text.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use isnad::compare::{compare, compare_articles, quotes, CompareOptions, DiffLevel, Op};
use proptest::prelude::*;
use std::time::Instant;

fn paragraph(seed: u64) -> String {
    const W: &[&str] = &[
        "قال", "الرئيس", "روسيا", "كوريا", "الشمالية", "في", "من", "على", "“لدينا", "معلومات”", "وأضاف:",
        "«سنواصل", "العمل»", "بيونغ", "يانغ", "2023", "،", ".", "CNN", "😀", "مُحَمَّد", "الـــرئيس", "'قال'",
    ];
    common::word_text(W, seed, 60, |k| if k % 20 == 19 { "\n" } else { " " })
}

/// Checks every span of a comparison against both texts.
fn check_compare(a: &str, b: &str, level: DiffLevel) {
    let c = compare(a, b, &CompareOptions { diff_level: level, ..Default::default() });
    let ok = |t: &str, s: usize, e: usize| s <= e && e <= t.len() && t.is_char_boundary(s) && t.is_char_boundary(e);
    for p in &c.passages {
        assert!(ok(a, p.a.start, p.a.end) && ok(b, p.b.start, p.b.end), "{p:?}");
        assert!(p.a.start < p.a.end && p.b.start < p.b.end);
        assert!((0.0..=1.0).contains(&p.score));
    }
    let s = c.similarity;
    for v in [s.containment_ab, s.containment_ba, s.jaccard, s.cosine] {
        assert!((0.0..=1.0).contains(&v), "{s:?}");
    }
    let (mut ra, mut rb) = (String::new(), String::new());
    for d in &c.diff {
        assert!(ok(a, d.a.start, d.a.end) && ok(b, d.b.start, d.b.end), "{d:?}");
        ra.push_str(&a[d.a.start..d.a.end]);
        rb.push_str(&b[d.b.start..d.b.end]);
    }
    assert_eq!(ra, a);
    assert_eq!(rb, b);
}

fn check_quotes(t: &str) {
    for q in quotes(t) {
        for (s, e) in [(q.start, q.end), (q.text_start, q.text_end)] {
            assert!(s <= e && e <= t.len() && t.is_char_boundary(s) && t.is_char_boundary(e));
        }
        assert!(q.start <= q.text_start && q.text_end <= q.end);
        if let Some(sp) = &q.speaker {
            assert!(sp.start < sp.end && sp.end <= t.len() && t.is_char_boundary(sp.start) && t.is_char_boundary(sp.end));
        }
        if let Some(c) = &q.cue {
            assert!(c.start < c.end && c.end <= t.len());
        }
    }
}

#[test]
fn identical_empty_one_empty_and_non_arabic_inputs() {
    let t = paragraph(1);
    for level in [DiffLevel::Exact, DiffLevel::Search, DiffLevel::NameKey] {
        check_compare(&t, &t, level);
        check_compare("", "", level);
        check_compare(&t, "", level);
        check_compare("", &t, level);
        check_compare("The quick brown fox. 123 — “quoted” text!", "The quick red fox; 124 'quoted' text", level);
        check_compare("   \n\t ", "...", level);
    }
    let same = compare(&t, &t, &CompareOptions::default());
    assert_eq!(same.diff.len(), 1);
    assert_eq!(same.diff[0].op, Op::Equal);
    assert_eq!(same.similarity.jaccard, 1.0);
    assert!(compare("", "", &CompareOptions::default()).diff.is_empty());
    check_quotes("");
    check_quotes("\"");
    check_quotes("«");
    check_quotes("He said: \"no way\" and 'yes'.");
    let c = compare_articles(&[]);
    assert!(c.articles.is_empty() && c.similarity.is_empty());
    let c = compare_articles(&[("x", ""), ("y", ""), ("z", "no arabic at all")]);
    assert_eq!(c.similarity.len(), 3);
    assert!(c.pairs.is_empty());
}

#[test]
fn one_megabyte_inputs_in_bounded_time() {
    let mut a = String::new();
    let mut k = 0;
    while a.len() < 1_000_000 {
        a.push_str(&paragraph(k));
        k += 1;
    }
    let mut b = String::new();
    let mut k = 5000;
    while b.len() < 1_000_000 {
        b.push_str(&paragraph(k));
        k += 1;
    }
    let t = Instant::now();
    check_compare(&a, &b, DiffLevel::Search);
    let unrelated = t.elapsed();
    let t = Instant::now();
    check_compare(&a, &a.replacen("روسيا", "موسكو", 500), DiffLevel::Search);
    let similar = t.elapsed();
    let t = Instant::now();
    check_quotes(&a);
    let q = t.elapsed();
    assert!(unrelated.as_secs() < 30 && similar.as_secs() < 30 && q.as_secs() < 10, "{unrelated:?} {similar:?} {q:?}");
}

#[test]
fn five_hundred_tiny_articles() {
    let texts: Vec<(String, String)> = (0..500)
        .map(|k| (format!("a{k}"), format!("قال الوزير {k}: “سنواصل العمل مع الشركاء {}”.", k % 7)))
        .collect();
    let articles: Vec<(&str, &str)> = texts.iter().map(|(i, t)| (i.as_str(), t.as_str())).collect();
    let t = Instant::now();
    let c = compare_articles(&articles);
    let took = t.elapsed();
    assert_eq!(c.articles.len(), 500);
    assert_eq!(c.similarity.len(), 500);
    // The same quotation in all 500: one cluster carried by all of them.
    assert_eq!(c.quote_clusters.len(), 1, "{:?}", c.quote_clusters.len());
    assert_eq!(c.quote_clusters[0].articles.len(), 500);
    assert!(took.as_secs() < 20, "{took:?}");
}

fn arabic_soup() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "قال", "الرئيس", "روسيا", " ", " ", "\n", "،", ".", ":", "“", "”", "«", "»", "\"", "'", "„", "‘", "’",
        "ـ", "\u{64e}", "\u{651}", "\u{200c}", "😀", "a", "B", "1", "٣", "و", "ﻻ", "ک", "ی", "غ", "ج", "إن", "وأضاف",
    ]);
    prop::collection::vec(atoms, 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn spans_are_valid_on_random_text(a in arabic_soup(), b in arabic_soup()) {
        check_compare(&a, &b, DiffLevel::Search);
        check_compare(&a, &b, DiffLevel::Exact);
        check_quotes(&a);
        let c = compare_articles(&[("a", &a), ("b", &b), ("c", &a)]);
        for (k, art) in c.articles.iter().enumerate() {
            let t = [&a, &b, &a][k];
            for u in &art.unique_sentences {
                prop_assert!(u.start < u.end && u.end <= t.len() && t.is_char_boundary(u.start) && t.is_char_boundary(u.end));
            }
        }
        for cl in &c.passage_clusters {
            for m in &cl.members {
                let t = [&a, &b, &a][m.article];
                prop_assert!(m.span.end <= t.len() && t.is_char_boundary(m.span.start) && t.is_char_boundary(m.span.end));
            }
        }
    }
}

/// A sentence that ends on a closing mark with a diacritic written on it («…»ِ, as
/// vocalized text has it) keeps the diacritic: the unique sentence's span ended
/// between the mark and its kasra (found by a sweep of analyze over the Wikipedia
/// sample).
#[test]
fn a_sentence_ends_after_the_diacritic_of_its_last_mark() {
    let t = "قائلا «قلوبهم الحديد»\u{650}";
    let r = compare_articles(&[("a", t), ("b", "نص آخر تماما عن موضوع مختلف.")]);
    let u = &r.articles[0].unique_sentences;
    assert!(!u.is_empty());
    for s in u {
        assert!(!t[s.end..].starts_with('\u{650}'), "{s:?} of {}", t.len());
    }
}
