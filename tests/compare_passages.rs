//! Reused passages and similarity scores on constructed texts.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use isnad::compare::{compare, passages, CompareOptions, PassageKind};

/// A deterministic filler text of `n` sentences of pseudo-words made of random
/// letters: fillers of different seeds share (practically) no word.
fn filler(n: usize, seed: u64) -> String {
    const L: &[char] = &[
        'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س', 'ش', 'ص', 'ض', 'ط', 'ظ', 'ع', 'غ', 'ف', 'ق',
        'ك', 'ل', 'م', 'ن', 'ه', 'و', 'ي',
    ];
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut next = move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let mut out = String::new();
    for _ in 0..n {
        for k in 0..12 {
            let len = 3 + next() % 5;
            for _ in 0..len {
                out.push(L[(next() % L.len() as u64) as usize]);
            }
            out.push(if k == 11 { '.' } else { ' ' });
        }
        out.push('\n');
    }
    out
}

const REPORT: &str = "قال وزير الدفاع الروسي سيرغي شويغو إن المناورات العسكرية المشتركة مع كوريا الشمالية \
ستجري في الخريف المقبل على السواحل الشرقية، وأضاف أن الجيشين سيتبادلان الخبرات في مجال الدفاع الجوي \
والصواريخ بعيدة المدى، مشيرا إلى أن موسكو وبيونغ يانغ تعملان على اتفاق جديد للتعاون التقني والعسكري \
يشمل تدريب الضباط وتبادل الوفود بين الأكاديميات العسكرية في البلدين خلال السنوات الخمس القادمة.";

fn find_in(haystack: &str, needle: &str) -> (usize, usize) {
    let s = haystack.find(needle).expect("needle is in haystack");
    (s, s + needle.len())
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

#[test]
fn a_copied_paragraph_is_one_verbatim_passage_with_its_spans() {
    let a = format!("{}{}\n{}", filler(6, 1), REPORT, filler(5, 2));
    let b = format!("{}{}\n{}", filler(3, 3), REPORT, filler(8, 4));
    let found = passages(&a, &b);
    assert_eq!(found.len(), 1, "{found:?}");
    let p = &found[0];
    let (ta, tb) = (find_in(&a, REPORT), find_in(&b, REPORT));
    assert!(overlap((p.a.start, p.a.end), ta) * 100 >= REPORT.len() * 95, "{p:?}");
    assert!(overlap((p.b.start, p.b.end), tb) * 100 >= REPORT.len() * 95, "{p:?}");
    assert!(p.a.len() <= REPORT.len() + 40 && p.b.len() <= REPORT.len() + 40, "{p:?}");
    assert_eq!(p.kind, PassageKind::Verbatim);
    assert!(p.score > 0.95);
}

/// Sentences drawn from one small vocabulary of the subject, as articles on one event
/// share their words without copying each other.
fn same_subject(n: usize, seed: u64) -> String {
    const W: &[&str] = &[
        "روسيا", "كوريا", "الشمالية", "الزعيم", "الرئيس", "الأسلحة", "الذخائر", "الزيارة", "القمة", "موسكو",
        "واشنطن", "العقوبات", "المحادثات", "الحرب", "أوكرانيا", "القطار", "الاجتماع", "المسؤولون", "الأمريكيون",
        "التعاون", "العسكري", "الصفقة", "المدفعية", "البيت", "الأبيض", "الكرملين", "المتحدث", "المجلس",
    ];
    common::word_text(W, seed, n * 12, |k| if k % 12 == 11 { ".\n" } else { " " })
}

#[test]
fn a_copied_paragraph_among_texts_on_the_same_subject() {
    let a = format!("{}{}\n{}", same_subject(6, 21), REPORT, same_subject(5, 22));
    let b = format!("{}{}\n{}", same_subject(3, 23), REPORT, same_subject(8, 24));
    let found = passages(&a, &b);
    let (ta, tb) = (find_in(&a, REPORT), find_in(&b, REPORT));
    let hit = found
        .iter()
        .find(|p| overlap((p.a.start, p.a.end), ta) * 10 >= REPORT.len() * 9 && overlap((p.b.start, p.b.end), tb) * 10 >= REPORT.len() * 9);
    assert!(hit.is_some(), "{found:?}");
}

#[test]
fn light_rewording_stays_one_passage() {
    // Spelling variants (غ/ج, hamza), clitics, diacritics, a swapped synonym, a deleted
    // and an inserted word, two words swapped.
    let edited = REPORT
        .replace("سيرغي شويغو", "سيرجي شويجو")
        .replace("المناورات", "المُناورات")
        .replace("في الخريف المقبل", "في الخريف القادم")
        .replace("بيونغ يانغ", "بيونج يانج")
        .replace("الخبرات في", "الخبرات الميدانية في")
        .replace("بعيدة المدى", "المدى بعيدة")
        .replace("جديد ", "");
    let a = format!("{}{}\n{}", filler(4, 5), REPORT, filler(4, 6));
    let b = format!("{}{}\n{}", filler(4, 7), edited, filler(4, 8));
    let found = passages(&a, &b);
    assert_eq!(found.len(), 1, "{found:?}");
    let (ta, tb) = (find_in(&a, REPORT), find_in(&b, &edited));
    assert!(overlap((found[0].a.start, found[0].a.end), ta) * 10 >= REPORT.len() * 9);
    assert!(overlap((found[0].b.start, found[0].b.end), tb) * 10 >= edited.len() * 9);
    assert!(matches!(found[0].kind, PassageKind::Edited | PassageKind::Verbatim), "{:?}", found[0].kind);
}

#[test]
fn shuffled_words_are_found_as_one_reworded_passage() {
    let words: Vec<&str> = REPORT.split_whitespace().collect();
    let mut shuffled: Vec<&str> = Vec::new();
    // A fixed permutation that moves every word far from its place.
    let n = words.len();
    for k in 0..n {
        shuffled.push(words[(k * 17 + 5) % n]);
    }
    assert!(n % 17 != 0, "17 must be coprime with the word count");
    let shuffled = shuffled.join(" ");
    let a = format!("{}{}\n{}", filler(5, 9), REPORT, filler(5, 10));
    let b = format!("{}{}\n{}", filler(5, 11), shuffled, filler(5, 12));
    let found = passages(&a, &b);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].kind, PassageKind::Reworded);
    let tb = find_in(&b, &shuffled);
    assert!(overlap((found[0].b.start, found[0].b.end), tb) * 10 >= shuffled.len() * 8);
}

#[test]
fn unrelated_texts_share_no_passage() {
    let a = filler(30, 13);
    assert!(passages(&REPORT.replace("روسي", "x"), &filler(30, 15)).is_empty());
    let c = compare(&a, &REPORT, &CompareOptions::default());
    assert!(c.passages.is_empty());
    assert!(c.similarity.cosine < 0.05, "{:?}", c.similarity);
}

#[test]
fn similarity_scores_behave() {
    let opts = CompareOptions { diff: false, ..Default::default() };
    let same = compare(REPORT, REPORT, &opts).similarity;
    for v in [same.containment_ab, same.containment_ba, same.jaccard, same.cosine] {
        assert!((v - 1.0).abs() < 1e-9, "{same:?}");
    }
    let longer = format!("{REPORT}\n{}", filler(10, 16));
    let s = compare(REPORT, &longer, &opts).similarity;
    assert!((s.containment_ab - 1.0).abs() < 1e-9, "a is all in b: {s:?}");
    assert!(s.containment_ba < 0.5 && s.jaccard < 0.5, "{s:?}");
    assert!(s.cosine > 0.3 && s.cosine < 1.0, "{s:?}");
    let none = compare(REPORT, &filler(10, 17), &opts).similarity;
    assert_eq!(none.containment_ab, 0.0);
    assert_eq!(none.jaccard, 0.0);
    let empty = compare("", REPORT, &opts).similarity;
    assert_eq!((empty.containment_ab, empty.containment_ba, empty.jaccard, empty.cosine), (0.0, 0.0, 0.0, 0.0));
    for v in [s.containment_ab, s.containment_ba, s.jaccard, s.cosine] {
        assert!((0.0..=1.0).contains(&v));
    }
}

#[test]
fn context_must_be_a_list_of_texts() {
    let e = serde_json::from_str::<CompareOptions>(r#"{"context": "c"}"#).unwrap_err().to_string();
    assert!(e.contains("context must be an array of strings"), "{e}");
    let o: CompareOptions = serde_json::from_str(r#"{"context": ["c", "d"]}"#).unwrap();
    assert_eq!(o.context.len(), 2);
}

/// Five invented reports of one visit: all name the visitor and the place in the same
/// words (title, name, destination); `a` and `b` also carry one copied sentence.
const VISIT: [&str; 5] = [
    "وصل رئيس الوزراء الماليزي أنور إبراهيم إلى القاهرة صباح الثلاثاء في أول جولة له بالمنطقة. وقالت مصادر دبلوماسية إن المباحثات ستتناول ملفات التجارة والطاقة والتعليم العالي بين البلدين.",
    "توجه رئيس الوزراء الماليزي أنور إبراهيم إلى القاهرة وسط ترقب لنتائج محادثاته مع المسؤولين. وقالت مصادر دبلوماسية إن المباحثات ستتناول ملفات التجارة والطاقة والتعليم العالي بين البلدين.",
    "يزور القاهرة هذا الأسبوع أنور إبراهيم، رئيس الوزراء الماليزي، في رحلة يتابعها المستثمرون باهتمام.",
    "استقبلت القاهرة رئيس الوزراء الماليزي أنور إبراهيم، وأكد الضيف رغبة بلاده في توسيع الشراكة.",
    "أنور إبراهيم رئيس الوزراء الماليزي في القاهرة: زيارة قصيرة وملفات كثيرة ينتظرها رجال الأعمال.",
];

#[test]
fn what_every_report_names_alike_is_no_passage_among_them() {
    let covers = |x: &isnad::compare::Span, t: &str, needle: &str| {
        let (s, e) = find_in(t, needle);
        overlap((x.start, x.end), (s, e)) > 0
    };
    let names = "رئيس الوزراء الماليزي أنور إبراهيم إلى القاهرة";
    let copied = "مصادر دبلوماسية إن المباحثات ستتناول ملفات التجارة";
    // The pair alone cannot tell the event's naming from copy.
    let alone = passages(VISIT[0], VISIT[1]);
    assert!(alone.iter().any(|p| covers(&p.a, VISIT[0], names)), "{alone:?}");
    // Among the five, the words every report carries are not a passage; the copied
    // sentence still is.
    let list: Vec<(&str, &str)> = VISIT.iter().enumerate().map(|(k, t)| (["a", "b", "c", "d", "e"][k], *t)).collect();
    let all = isnad::compare::compare_articles(&list);
    let pair = all.pairs.iter().find(|p| p.a == 0 && p.b == 1).expect("pair a/b");
    assert!(!pair.passages.iter().any(|p| covers(&p.a, VISIT[0], names)), "{:?}", pair.passages);
    assert!(pair.passages.iter().any(|p| covers(&p.a, VISIT[0], copied) && covers(&p.b, VISIT[1], copied)), "{:?}", pair.passages);
}

#[test]
fn a_sentence_every_report_copied_is_a_passage_of_every_pair() {
    // Words all the reports carry are the event's vocabulary only where the reports
    // repeat them or a short run holds them; a copied sentence is said once in each.
    let copied = "وقالت مصادر دبلوماسية إن المباحثات ستتناول ملفات التجارة والطاقة والتعليم العالي بين البلدين.";
    let texts: Vec<String> = VISIT.iter().map(|t| format!("{}{copied}", &t[..t.find('.').unwrap() + 1])).collect();
    let list: Vec<(&str, &str)> = texts.iter().map(|t| ("r", t.as_str())).collect();
    let all = isnad::compare::compare_articles(&list);
    let needle = "مصادر دبلوماسية إن المباحثات ستتناول ملفات التجارة";
    for a in 0..texts.len() {
        for b in a + 1..texts.len() {
            let (sa, ea) = find_in(&texts[a], needle);
            let (sb, eb) = find_in(&texts[b], needle);
            let found: Vec<_> = all.pairs.iter().filter(|p| p.a == a && p.b == b).flat_map(|p| p.passages.clone()).collect();
            assert!(
                found.iter().any(|p| overlap((p.a.start, p.a.end), (sa, ea)) == ea - sa && overlap((p.b.start, p.b.end), (sb, eb)) == eb - sb),
                "{a}/{b}: {found:?}"
            );
        }
    }
}

/// A copied sentence whose second clause was moved before the first: the moved clause
/// begins with the particle that ended the run before it (إن … وإن against أن …), and
/// that one shared word must not drop the whole clause: every copied clause is found.
#[test]
fn a_clause_moved_after_a_shared_particle_is_found() {
    let a = "وقال قائد فرق الإطفاء في بلدية الزرقاء، المقدم سامي الخطيب، إن النيران أتت على ثلاثة مخازن للأخشاب في المنطقة الصناعية، وإن الفرق ما زالت تعمل على تبريد الموقع خشية تجدد الحريق.";
    let b = "وأوضح قائد فرق الإطفاء في بلدية الزرقاء، المقدم سامي الخطيب، أن الفرق ما زالت تعمل على تبريد الموقع خشية تجدد الحريق، بعد أن أتت النيران على ثلاثة مخازن للأخشاب في المنطقة الصناعية.";
    for (x, y) in [(a, b), (b, a)] {
        let found = passages(x, y);
        let marked = |t: &str, w: &str, in_x: bool| {
            let at = t.find(w).unwrap();
            found.iter().any(|p| if in_x { p.a.start <= at && at < p.a.end } else { p.b.start <= at && at < p.b.end })
        };
        for w in ["تبريد الموقع", "مخازن للأخشاب", "سامي الخطيب"] {
            assert!(marked(x, w, true) && marked(y, w, false), "{w}: {found:?}");
        }
    }
}

/// A copied sentence whose two clauses were swapped, opening with the names every
/// report of the event gives (the other reports given as context): the opening is copy
/// too, where the copy of each clause goes on from it in both texts.
#[test]
fn the_names_opening_a_sentence_with_swapped_clauses_are_copy() {
    let wire = "جدة (وكالة الشرق) - علقت المطارات رحلاتها صباح الجمعة.\n\nوأوضحت الهيئة العامة للطيران المدني في بيان أن الرحلات الدولية ستتأخر ساعتين على الأقل بسبب العاصفة الرملية، مشيرة إلى أنها خصصت فنادق قريبة لإيواء المسافرين العالقين.\n";
    let paper = "وأوضحت الهيئة العامة للطيران المدني في بيان أنها خصصت فنادق قريبة لإيواء المسافرين العالقين، مشيرة إلى أن الرحلات الدولية ستتأخر ساعتين على الأقل بسبب العاصفة الرملية.\n\nوقال مسافرون إنهم ينتظرون منذ الفجر.\n";
    let context = vec![
        "قالت الهيئة العامة للطيران المدني في بيان مقتضب إن العاصفة أربكت الحركة.".to_string(),
        "ونقلت القناة عن الهيئة العامة للطيران المدني في بيان لها أن الطقس سيتحسن مساء.".to_string(),
    ];
    let c = compare(wire, paper, &CompareOptions { context, ..Default::default() });
    let at = paper.find("الهيئة العامة").unwrap();
    assert!(c.passages.iter().any(|p| p.b.start <= at && at < p.b.end), "{:?}", c.passages);
    let own = paper.find("وقال مسافرون").unwrap();
    assert!(c.passages.iter().all(|p| p.b.end <= own), "{:?}", c.passages);
}
