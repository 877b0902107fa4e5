//! The word-level diff: rebuilds both texts, never cuts a word, levels of equality,
//! bounded time on large and very different inputs.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use isnad::compare::{diff, DiffLevel, DiffOp, Op};
use std::time::Instant;

fn rebuild(ops: &[DiffOp], a: &str, b: &str) -> (String, String) {
    let mut ra = String::new();
    let mut rb = String::new();
    let (mut pa, mut pb) = (0, 0);
    for op in ops {
        assert_eq!(op.a.start, pa, "a spans are contiguous");
        assert_eq!(op.b.start, pb, "b spans are contiguous");
        match op.op {
            Op::Insert => assert!(op.a.is_empty() && !op.b.is_empty()),
            Op::Delete => assert!(op.b.is_empty() && !op.a.is_empty()),
            _ => assert!(!op.a.is_empty() && !op.b.is_empty()),
        }
        ra.push_str(&a[op.a.start..op.a.end]);
        rb.push_str(&b[op.b.start..op.b.end]);
        pa = op.a.end;
        pb = op.b.end;
    }
    (ra, rb)
}

fn is_letter(c: char) -> bool {
    c.is_alphanumeric()
}

/// No span boundary falls between two letters of one word.
fn assert_whole_words(ops: &[DiffOp], a: &str, b: &str) {
    for op in ops {
        for (text, s) in [(a, op.a), (b, op.b)] {
            for at in [s.start, s.end] {
                assert!(text.is_char_boundary(at));
                let before = text[..at].chars().next_back();
                let after = text[at..].chars().next();
                if let (Some(x), Some(y)) = (before, after) {
                    assert!(!(is_letter(x) && is_letter(y)), "cut inside a word at {at} of {text:?}");
                }
            }
        }
    }
}

fn check(a: &str, b: &str, level: DiffLevel) -> Vec<DiffOp> {
    let ops = diff(a, b, level);
    let (ra, rb) = rebuild(&ops, a, b);
    assert_eq!(ra, a);
    assert_eq!(rb, b);
    assert_whole_words(&ops, a, b);
    ops
}

fn texts<'a>(ops: &[DiffOp], a: &'a str, b: &'a str, op: Op) -> Vec<(&'a str, &'a str)> {
    ops.iter()
        .filter(|o| o.op == op)
        .map(|o| (a[o.a.start..o.a.end].trim(), b[o.b.start..o.b.end].trim()))
        .collect()
}

#[test]
fn a_changed_word_is_one_replacement_of_whole_words() {
    let a = "قال الرئيس الروسي إن المحادثات مثمرة جدا";
    let b = "قال الرئيس الروسي إن المفاوضات مثمرة جدا";
    let ops = check(a, b, DiffLevel::Search);
    assert_eq!(texts(&ops, a, b, Op::Replace), vec![("المحادثات", "المفاوضات")]);
    assert_eq!(ops.len(), 3);
}

#[test]
fn insertions_and_deletions() {
    let a = "زار كيم روسيا في عام 2019 بالقطار";
    let b = "زار الزعيم كيم روسيا في 2019 بالقطار المدرع";
    let ops = check(a, b, DiffLevel::Search);
    assert_eq!(texts(&ops, a, b, Op::Insert), vec![("", "الزعيم"), ("", "المدرع")]);
    assert_eq!(texts(&ops, a, b, Op::Delete), vec![("عام", "")]);
}

#[test]
fn levels_decide_what_is_equal() {
    let a = "التقى شويغو بالرئيسِ";
    let b = "التقى شويجو بالرئيس";
    let exact = check(a, b, DiffLevel::Exact);
    assert_eq!(exact.iter().filter(|o| o.op == Op::Equal).count(), 1, "{exact:?}");
    let search = check(a, b, DiffLevel::Search);
    assert_eq!(texts(&search, a, b, Op::Replace), vec![("شويغو", "شويجو")]);
    let names = check(a, b, DiffLevel::NameKey);
    assert_eq!(names.len(), 1);
    assert_eq!(names[0].op, Op::Equal);
}

#[test]
fn identical_empty_and_one_sided_inputs() {
    let t = "نص واحد.\nوسطر ثان";
    let ops = check(t, t, DiffLevel::Search);
    assert_eq!(ops.len(), 1);
    assert_eq!(ops[0].op, Op::Equal);
    assert!(check("", "", DiffLevel::Search).is_empty());
    let ops = check("", t, DiffLevel::Search);
    assert_eq!(ops.len(), 1);
    assert_eq!(ops[0].op, Op::Insert);
    let ops = check(t, "", DiffLevel::Exact);
    assert_eq!(ops[0].op, Op::Delete);
    check("   ", "\n", DiffLevel::Search);
    check("Hello, world! 42", "hello world 43", DiffLevel::Search);
}

fn arabic_text(words: usize, seed: u64) -> String {
    const W: &[&str] = &[
        "قال", "الرئيس", "روسيا", "كوريا", "الشمالية", "في", "من", "على", "إلى", "المحادثات", "الأسلحة",
        "بيونغ", "يانغ", "موسكو", "الزعيم", "كيم", "بوتين", "زيارة", "القطار", "الاجتماع", "مجلس", "الأمن",
        "،", ".", "2023", "الولايات", "المتحدة", "أوكرانيا", "الحرب", "ذخائر",
    ];
    common::word_text(W, seed, words, |k| if k % 17 == 16 { "\n" } else { " " })
}

#[test]
fn large_inputs_stay_fast() {
    // About 125 KB each: one an edited copy of the other, then two unrelated texts.
    let a = arabic_text(20_000, 7);
    let mut b = String::new();
    for (k, line) in a.lines().enumerate() {
        if k % 10 == 3 {
            continue;
        }
        b.push_str(line);
        if k % 7 == 0 {
            b.push_str(" إضافة");
        }
        b.push('\n');
    }
    assert!(a.len() > 120_000);
    let t = Instant::now();
    let ops = check(&a, &b, DiffLevel::Search);
    let edited = t.elapsed();
    assert!(ops.iter().any(|o| o.op == Op::Equal));
    let c = arabic_text(20_000, 99);
    let t = Instant::now();
    check(&a, &c, DiffLevel::Search);
    let unrelated = t.elapsed();
    assert!(edited.as_secs_f64() < 5.0 && unrelated.as_secs_f64() < 10.0, "{edited:?} {unrelated:?}");
}
