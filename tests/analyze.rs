//! `analyze`: entities and comparison joined, offsets converted once, input checked.
#![cfg(not(target_arch = "wasm32"))]

use isnad::analyze::{analyze, Analysis};
use isnad::offsets::Unit;
use proptest::prelude::*;

// Our own short reports of one invented event (not copied from any outlet).
const A: &str = "أعلن وزير الزراعة المصري محمد عبد الغني، يوم الأحد 12 مارس، افتتاح مصنع جديد للأسمدة في مدينة أسيوط بطاقة 500 ألف طن سنويا. وقال عبد الغني: «المصنع سيوفر 1200 فرصة عمل لأبناء الصعيد». وأضاف أن الحكومة تدرس مشروعا مماثلا في سوهاج.";
const B: &str = "افتتح وزير الزراعة محمد عبد الغني الأحد مصنعا جديدا للأسمدة في أسيوط، بطاقة إنتاجية تبلغ 500 ألف طن في العام. ونقلت وكالة أنباء الشرق الأوسط عن الوزير قوله إن \"المصنع سيوفر 1200 فرصة عمل لأبناء الصعيد\". وانتقد نواب المعارضة تأخر المشروع ثلاث سنوات.";
const C: &str = "ارتفعت أسعار القمح في بورصة شيكاغو للأسبوع الثالث على التوالي بسبب موجة جفاف في الأرجنتين.";

fn run(articles: &[(&str, &str)], unit: Unit) -> Analysis {
    analyze(articles, unit).expect("valid input")
}

fn check_spans(articles: &[(&str, &str)], a: &Analysis) {
    let text_of = |id: &str| articles.iter().find(|(i, _)| *i == id).map(|(_, t)| *t).expect("known article");
    let ok = |t: &str, s: usize, e: usize| s <= e && e <= t.len() && t.is_char_boundary(s) && t.is_char_boundary(e);
    for (r, (_, t)) in a.articles.iter().zip(articles) {
        for e in &r.entities {
            assert!(ok(t, e.start, e.end) && e.start < e.end);
            assert_eq!(&t[e.start..e.end], e.text);
        }
        for q in &r.quotes {
            assert!(ok(t, q.start, q.end) && ok(t, q.text_start, q.text_end));
            assert!(q.start <= q.text_start && q.text_end <= q.end);
            if let Some(s) = &q.speaker {
                assert!(ok(t, s.speaker.start, s.speaker.end));
            }
        }
        for u in &r.unique {
            assert!(ok(t, u.start, u.end) && u.start < u.end);
        }
    }
    for c in &a.entities {
        for m in &c.mentions {
            assert!(ok(text_of(&m.article), m.start, m.end));
        }
    }
    for p in &a.passages {
        for m in &p.members {
            assert!(ok(text_of(&m.article), m.start, m.end));
        }
    }
    for q in &a.quotes {
        for c in &q.carriers {
            assert!(ok(text_of(&c.article), c.start, c.end));
        }
    }
    let n = articles.len();
    assert_eq!(a.similarity.matrix.len(), n);
    for i in 0..n {
        for j in 0..n {
            let v = a.similarity.matrix[i][j];
            assert!((0.0..=1.0).contains(&v), "{v}");
            assert!((v - a.similarity.matrix[j][i]).abs() < 1e-9, "cosine is symmetric");
        }
    }
}

#[test]
fn links_entities_and_quotes_across_articles() {
    let arts = [("a", A), ("b", B), ("c", C)];
    let a = run(&arts, Unit::Byte);
    check_spans(&arts, &a);
    // The minister is one entity in both reports.
    let minister = a
        .entities
        .iter()
        .find(|e| e.canonical.contains("عبد الغني"))
        .expect("the minister is found");
    let in_articles: std::collections::BTreeSet<&str> = minister.mentions.iter().map(|m| m.article.as_str()).collect();
    assert!(in_articles.contains("a") && in_articles.contains("b"), "{minister:?}");
    // The shared quote, with different marks, is one cluster carried by a and b.
    let q = a.quotes.iter().find(|q| q.text.contains("فرصة عمل")).expect("the shared quote");
    let carriers: Vec<&str> = q.carriers.iter().map(|c| c.article.as_str()).collect();
    assert!(carriers.contains(&"a") && carriers.contains(&"b"), "{q:?}");
    // The unrelated report is least similar and wholly its own.
    let s = &a.similarity.matrix;
    assert!(s[0][1] > s[0][2] && s[0][1] > s[1][2], "{s:?}");
    assert_eq!(a.articles[2].unique.len(), 1);
    // Shared passages point into both reports.
    assert!(a.passages.iter().any(|p| p.members.iter().any(|m| m.article == "a") && p.members.iter().any(|m| m.article == "b")));
}

#[test]
fn a_quotes_speaker_carries_the_entity_id() {
    let arts = [("a", A)];
    let a = run(&arts, Unit::Byte);
    let with_entity: Vec<_> = a.articles[0].quotes.iter().filter_map(|q| q.speaker.as_ref()?.entity_id.clone()).collect();
    assert!(!with_entity.is_empty(), "{:?}", a.articles[0].quotes);
    for id in with_entity {
        assert!(a.entities.iter().any(|e| e.id == id));
    }
}

#[test]
fn offsets_convert_to_code_points_and_utf16() {
    let text = "😀😀 قال وزير الزراعة محمد عبد الغني: «نعم».";
    let arts = [("x", text)];
    let bytes = run(&arts, Unit::Byte);
    let cps = run(&arts, Unit::CodePoint);
    let u16s = run(&arts, Unit::Utf16);
    let e = bytes.articles[0].entities.iter().find(|e| e.text.contains("الغني")).expect("the name");
    let i = bytes.articles[0].entities.iter().position(|x| x == e).unwrap();
    let (cs, ce) = (cps.articles[0].entities[i].start, cps.articles[0].entities[i].end);
    let chars: Vec<char> = text.chars().collect();
    assert_eq!(chars[cs..ce].iter().collect::<String>(), e.text);
    let units: Vec<u16> = text.encode_utf16().collect();
    let (us, ue) = (u16s.articles[0].entities[i].start, u16s.articles[0].entities[i].end);
    assert_eq!(String::from_utf16(&units[us..ue]).unwrap(), e.text);
    assert_eq!(us, cs + 2, "each emoji is two UTF-16 units");
}

#[test]
fn input_is_checked() {
    assert!(analyze(&[("a", "x"), ("a", "y")], Unit::Byte).unwrap_err().0.contains("unique"));
    assert!(analyze(&[("", "x")], Unit::Byte).unwrap_err().0.contains("empty id"));
    let empty = analyze(&[], Unit::Byte).unwrap();
    assert!(empty.articles.is_empty() && empty.similarity.matrix.is_empty());
}

#[test]
fn odd_inputs_do_not_panic() {
    let arts = [("a", ""), ("b", "no arabic here at all"), ("c", "\u{0651}\u{064E} ـــ «"), ("d", A)];
    let a = run(&arts, Unit::Byte);
    check_spans(&arts, &a);
    let same = [("a", A), ("b", A)];
    let a = run(&same, Unit::Byte);
    check_spans(&same, &a);
    assert!(a.articles.iter().all(|r| r.unique.is_empty()), "identical articles have nothing of their own");
}

#[test]
fn the_seeds_analysis_is_coherent() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("skipped: {dir} is absent");
        return;
    };
    let mut files: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.sort();
    let texts: Vec<(String, String)> = files
        .iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(p).unwrap()))
        .collect();
    let arts: Vec<(&str, &str)> = texts.iter().map(|(i, t)| (i.as_str(), t.as_str())).collect();
    let a = run(&arts, Unit::Byte);
    check_spans(&arts, &a);
    // Putin and Kim are each one entity named in every report.
    for name in ["بوتين", "كيم"] {
        let e = a.entities.iter().filter(|e| e.canonical.contains(name)).max_by_key(|e| e.mentions.len()).expect(name);
        let n: std::collections::BTreeSet<&str> = e.mentions.iter().map(|m| m.article.as_str()).collect();
        assert_eq!(n.len(), arts.len(), "{name}: {e:?}");
    }
    // The spokeswoman's statement is one quote carried by three reports, attributed
    // to one speaker.
    let q = a.quotes.iter().max_by_key(|q| q.carriers.len()).expect("quotes");
    assert!(q.carriers.len() >= 3, "{q:?}");
    assert!(q.speaker.as_deref().is_some_and(|s| s.contains("واتسون")), "{q:?}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn spans_stay_inside_and_on_boundaries(
        texts in proptest::collection::vec("[ابتثجحخدذرسشصطعغفقكلمنهوي «»\"“”:،.؟ـَُِّ😀a-z0-9\n]{0,120}", 0..5)
    ) {
        let ids: Vec<String> = (0..texts.len()).map(|i| format!("t{i}")).collect();
        let arts: Vec<(&str, &str)> = ids.iter().zip(&texts).map(|(i, t)| (i.as_str(), t.as_str())).collect();
        let a = run(&arts, Unit::Byte);
        check_spans(&arts, &a);
    }
}

#[test]
fn the_pair_similarity_is_shared_and_compare_with_context_gives_it() {
    use isnad::compare::{compare, CompareOptions};
    let arts = [("a", A), ("b", B), ("c", C)];
    let r = run(&arts, Unit::Byte);
    let s = &r.similarity.shared;
    for i in 0..3 {
        assert_eq!(s[i][i], 1.0);
        for j in 0..3 {
            assert_eq!(s[i][j], s[j][i]);
        }
    }
    // a and b share the minister's quotation, nothing else was copied; c shares nothing.
    assert!(s[0][1] > 0.0 && s[0][1] < 0.5, "{}", s[0][1]);
    assert_eq!(s[0][2], 0.0);
    let c = compare(A, B, &CompareOptions { context: vec![C.to_string()], ..Default::default() });
    assert_eq!(c.similarity.shared, s[0][1]);
    // The passage is the quotation, and the sentences around it are unique.
    assert!(c.passages.iter().all(|p| A[p.a.start..p.a.end].contains("فرصة عمل")), "{:?}", c.passages);
    assert!(r.articles[0].unique.iter().any(|u| A[u.start..u.end].contains("سوهاج")));
}

/// A speaker given by a title alone (مؤسسة read as a title) whose span is a body's
/// whole name the entity finder found is linked to that body.
#[test]
fn a_body_read_as_a_title_is_the_speaker_entity() {
    let text = "وفي السياق ذاته، أكدت مؤسسة الكويت للتقدم العلمي أن «التسجيل فاق التوقعات».";
    let a = isnad::analyze::analyze(&[("a", text)], isnad::offsets::Unit::Byte).unwrap();
    let q = &a.quotes[0];
    let body = a.entities.iter().find(|e| e.canonical.starts_with("مؤسسة الكويت")).map(|e| e.id.clone());
    assert!(body.is_some() && q.carriers[0].entity_id == body, "{:?} {:?}", q, a.entities);
}

/// A statement of a body after ل speaks for the body, named without the ل (أشار بيان
/// لمديرية الأمن العام); a European name's particle right after the cue (وقال فان)
/// begins the speaker, not فإن.
#[test]
fn a_statement_after_lam_and_a_particle_after_the_cue() {
    let text = "وأخمدت فرق الدفاع المدني النيران. وأشار بيان لمديرية الدفاع المدني إلى أن «الحريق بدأ من مولد كهربائي».";
    let a = isnad::analyze::analyze(&[("a", text)], isnad::offsets::Unit::Byte).unwrap();
    let q = &a.quotes[0];
    assert_eq!(q.speaker.as_deref(), Some("مديرية الدفاع المدني"), "{q:?}");
    let text = "وصل المبعوث الهولندي يوست فان دير هوفن إلى المدينة أمس. وقال فان ديرهوفن للصحافيين: «لن نغادر قبل وصول القافلة».";
    let a = isnad::analyze::analyze(&[("a", text)], isnad::offsets::Unit::Byte).unwrap();
    let q = &a.quotes[0];
    assert!(q.speaker.as_deref().is_some_and(|s| s.contains("ديرهوفن")), "{q:?}");
}

/// A verb of the clause another speech verb reports, with its object after it (وعدت
/// بدعم), does not take the quotation from the speaker who reports it; a speaker whose
/// family name is also a title (الأمين) is the person the entity finder found.
#[test]
fn a_reported_clauses_verb_and_a_family_name_that_is_a_title() {
    let text = "وكشف رئيس الجمعية، د. فتح الله الأمين، عن تراجع المحصول. وقال الأمين للصحيفة إن الوزارة وعدت بدعم إضافي للمزارعين، لكن الأموال «تأخرت كثيرا».";
    let a = isnad::analyze::analyze(&[("a", text)], isnad::offsets::Unit::Byte).unwrap();
    let q = &a.quotes[0];
    assert_eq!(q.speaker.as_deref(), Some("الأمين"), "{q:?}");
    let person = a.entities.iter().find(|e| e.canonical == "فتح الله الأمين").map(|e| e.id.clone());
    assert!(person.is_some() && q.carriers[0].entity_id == person, "{q:?} {:?}", a.entities);
}

/// A member of parliament "for" a bloc is a title that goes on to the name after it
/// (النائب عن تحالف الفتح علي الزبيدي), whose علي is no preposition.
#[test]
fn a_member_for_a_bloc_is_named_after_the_bloc() {
    let text = "بغداد - المدى\nصوت مجلس النواب العراقي على القانون. وقال النائب عن تحالف الفتح علي الزبيدي لـ\"المدى\" إن «الموازنة لم تنصف محافظات الجنوب».";
    let a = isnad::analyze::analyze(&[("a", text)], isnad::offsets::Unit::Byte).unwrap();
    let q = &a.quotes[0];
    assert_eq!(q.speaker.as_deref(), Some("علي الزبيدي"), "{q:?}");
}

/// Quoted words after إن and a possessed noun that can name a thing (فريقه, "his
/// team") are what the clause's subject says, not the thing's name.
#[test]
fn a_possessed_subject_after_inna_speaks() {
    let text = "وقال المدرب السويسري مارسيل كولر إن فريقه «استحق اللقب».";
    let a = isnad::analyze::analyze(&[("a", text)], isnad::offsets::Unit::Byte).unwrap();
    assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
    assert!(a.quotes[0].speaker.as_deref().is_some_and(|s| s.contains("كولر")), "{:?}", a.quotes);
}

/// "At the time" after the cue (وقال وقتها) is when, not who: the subject before the
/// verb speaks.
#[test]
fn at_the_time_is_no_speaker() {
    let text = "وكان الروائي سليم الدباغ قد تسلم الجائزة في عمان، وقال وقتها إن روايته «رسالة حب إلى مدينته الأولى».";
    let a = isnad::analyze::analyze(&[("a", text)], isnad::offsets::Unit::Byte).unwrap();
    assert!(a.quotes[0].speaker.as_deref().is_some_and(|s| s.contains("الدباغ")), "{:?}", a.quotes);
}

/// A speaker phrase never ends with the preposition that begins what the verb is about
/// (حذر المجلس في بنغازي من «…»).
#[test]
fn a_speaker_phrase_does_not_end_with_a_preposition() {
    let text = "وحذر مجلس النواب في بنغازي من «أي إجراءات أحادية».";
    let a = isnad::analyze::analyze(&[("a", text)], isnad::offsets::Unit::Byte).unwrap();
    assert!(a.quotes[0].speaker.as_deref().is_some_and(|s| s.starts_with("مجلس النواب") && !s.ends_with("من")), "{:?}", a.quotes);
}

/// A body whose name holds a word the speaker phrase takes for whom the words were
/// said to (الاتحاد الدولي للصحفيين) speaks whole.
#[test]
fn a_body_named_with_an_addressee_like_word_speaks_whole() {
    let text = "ودعا الاتحاد الدولي للصحفيين، ومقره بروكسل، في بيان إلى «احترام استقلال النقابة».";
    let a = isnad::analyze::analyze(&[("a", text)], isnad::offsets::Unit::Byte).unwrap();
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("الاتحاد الدولي للصحفيين"), "{:?}", a.quotes);
}

/// What a probe of Sudan's war showed: a coordinator is a title (منسق الشؤون الإنسانية
/// توم فليتشر: the person speaks), and واصفا, "describing", takes its speaker from the
/// verb before it, not from its object (واصفا التقارير بأنها «…»).
#[test]
fn a_coordinator_and_a_describing_participle() {
    let text = "وقال منسق الشؤون الإنسانية توم فليتشر للصحفيين في جنيف: «ما نراه كارثة».";
    let a = isnad::analyze::analyze(&[("a", text)], isnad::offsets::Unit::Byte).unwrap();
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("توم فليتشر"), "{:?}", a.quotes);
    let text = "ونفى المتحدث باسم الحركة سامي العلي الاتهامات، واصفا التقارير بأنها «أكاذيب ممنهجة».";
    let a = isnad::analyze::analyze(&[("a", text)], isnad::offsets::Unit::Byte).unwrap();
    assert!(a.quotes[0].speaker.as_deref().is_some_and(|s| !s.contains("التقارير")), "{:?}", a.quotes);
}

/// A statement signed by someone (بيان وقعه الأمين العام …) is the signer's.
#[test]
fn a_signed_statement_is_the_signers() {
    let text = "وأعلن الاتحاد إضرابا عاما، احتجاجا على «تجاهل الحكومة لمطالب الأعوان»، وفق بيان وقعه الأمين العام للاتحاد نور الدين الطبوبي.";
    let a = isnad::analyze::analyze(&[("a", text)], isnad::offsets::Unit::Byte).unwrap();
    assert!(a.quotes[0].speaker.as_deref().is_some_and(|s| s.contains("الطبوبي")), "{:?}", a.quotes);
}

/// A bare family name two people of the text share (two cousins الحارثي) is the one of
/// them named last before the quotation.
#[test]
fn a_shared_family_name_is_the_person_named_last() {
    let text = "وكان خالد بن سالم الحارثي أول من وصل إلى القارب المقلوب. «سمعت صراخا فقفزت إلى الماء»، يقول الحارثي للصحيفة.\nأما ابن عمه ناصر الحارثي فقال: «لم نصدق أن أحدا نجا».";
    let a = isnad::analyze::analyze(&[("a", text)], isnad::offsets::Unit::Byte).unwrap();
    let q = &a.articles[0].quotes[0];
    let khalid = a.entities.iter().find(|e| e.canonical == "خالد بن سالم الحارثي").map(|e| e.id.clone());
    let got = q.speaker.as_ref().and_then(|s| s.entity_id.clone());
    assert!(khalid.is_some() && got == khalid, "{q:?} {:?}", a.entities);
}
