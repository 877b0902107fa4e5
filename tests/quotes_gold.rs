//! Quotes and speakers on gold: floors a little below what `make eval`
//! (examples/eval_quotes) measures, on our own reports and, when ../shared is there,
//! on the seeds. Then the quote clusters of our reports: who each outlet says spoke.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/quotes_gold.rs"]
mod gold;

use isnad::analyze::analyze;
use isnad::offsets::Unit;

fn check(what: &str, s: &gold::Scores, floors: [f64; 4], misses: &[String]) {
    let got = [s.precision(), s.recall(), s.name_accuracy(), s.entity_accuracy()];
    for (g, (f, name)) in got.iter().zip(floors.iter().zip(["precision", "recall", "speaker named right", "speaker entity right"])) {
        assert!(g >= f, "{what}: {name} {g:.1} < {f}; misses: {misses:#?}");
    }
}

#[test]
fn our_reports() {
    let (events, g) = gold::reports();
    assert!(g.len() >= 25, "the gold lists every pair of marks");
    let mut misses = Vec::new();
    let total = gold::score_events(&events, &g, &mut misses);
    // (The gold8 helper's legislative, novel and envoys reports, committed before the
    // finder ran on them, took the speakers named right from 212/215 to 233/250; 239/250
    // after the fixes they gave. rates_*, basin_* and doping_*, the gold7 helper's, took
    // them from 212/215 to 237/254 on their first run; 249/254 after their fixes.
    // hajj_*, exams_* and telecom_*, the gold9 helper's, 25/38 on their first run, took
    // the whole from 299/314 to 324/352; 338/352 after their fixes (theirs 38/38).)
    // jeddah_*, launch_* and spill_*, the gold10 helper's, took them from 299/314 to
    // 320/347 on their first run (21/33 of their own); 330/347 (31/33) after their
    // fixes.)
    // hack_* and sardine_*, the quotes17 helper's, 39/52 speakers and 40/52 entities on
    // their first run (the whole 627/653, 630/653); 52/52 and 52/52 after their fixes,
    // the whole 645/653 and 644/653.
    check("reports", &total, [95.0, 95.0, 94.0, 94.0], &misses);
}

#[test]
fn the_seeds() {
    let Some((articles, g)) = gold::seeds() else {
        eprintln!("../shared/seeds not found: skipped");
        return;
    };
    let mut misses = Vec::new();
    let s = gold::score(&articles, &g, &mut misses);
    // One quotation of one seed is a caption Trump posted, with no cue word.
    check("seeds", &s, [95.0, 95.0, 92.0, 95.0], &misses);
}

/// The first flood event: one statement, three outlets, three attributions.
#[test]
fn clusters_say_who_each_outlet_names_and_whether_they_differ() {
    let (events, _) = gold::reports();
    let event = |prefix: &str| -> Vec<(String, String)> {
        events.iter().find(|e| e[0].0.starts_with(prefix)).expect("the event's reports").clone()
    };
    let flood = event("flood");
    let flood: Vec<(&str, &str)> = flood.iter().map(|(f, t)| (f.as_str(), t.as_str())).collect();
    let a = analyze(&flood, Unit::Byte).unwrap();
    let rescue = a.quotes.iter().find(|q| q.text.starts_with("فرق الإنقاذ")).expect("the shared statement");
    assert_eq!(rescue.carriers.len(), 3);
    let by: Vec<Option<&str>> = rescue.carriers.iter().map(|c| c.speaker.as_deref()).collect();
    assert_eq!(by, [Some("رشيد بنعلي"), Some("كمال الوزاني"), Some("مصدر في الوقاية المدنية")]);
    assert!(!rescue.agreed && !rescue.majority, "two named speakers, one each: no majority");
    assert_eq!(rescue.entity_id, None);
    assert_eq!(rescue.carriers[0].title.as_deref(), Some("عامل الإقليم"));
    // (The entity model may not find كمال الوزاني; بنعلي it finds.)
    assert!(rescue.carriers[0].entity_id.is_some());
    assert_ne!(rescue.carriers[0].entity_id, rescue.carriers[1].entity_id);
    assert_eq!(rescue.carriers[2].entity_id, None, "an anonymous source is no entity");

    let port = event("port");
    let port: Vec<(&str, &str)> = port.iter().map(|(f, t)| (f.as_str(), t.as_str())).collect();
    let a = analyze(&port, Unit::Byte).unwrap();
    let safety = a.quotes.iter().find(|q| q.text.starts_with("سلامة طواقمنا")).expect("carried twice");
    assert_eq!(safety.carriers.len(), 2);
    assert!(safety.agreed && !safety.majority);
    assert_eq!(safety.speaker.as_deref(), Some("ماهر القباني"));
    let id = safety.entity_id.as_deref().expect("the speaker's entity");
    let e = a.entities.iter().find(|e| e.id == id).unwrap();
    assert!(e.variants.iter().any(|v| v.contains("القباني")), "{e:?}");
}

/// A carrier that names nobody does not make the attribution differ; one named by
/// an unresolved title neither.
#[test]
fn unattributed_carriers_do_not_disagree() {
    let a = "وقال وزير الخارجية سامح شكري: «لن نقبل بأي حل لا يضمن وقف إطلاق النار الفوري».";
    let b = "وجاء في البيان: «لن نقبل بأي حل لا يضمن وقف إطلاق النار الفوري».";
    let c = "«لن نقبل بأي حل لا يضمن وقف إطلاق النار الفوري». هكذا ختم البيان.";
    let r = analyze(&[("a", a), ("b", b), ("c", c)], Unit::Utf16).unwrap();
    assert_eq!(r.quotes.len(), 1, "{:?}", r.quotes);
    let q = &r.quotes[0];
    assert_eq!(q.carriers.len(), 3);
    assert!(q.agreed && !q.majority);
    assert_eq!(q.speaker.as_deref(), Some("سامح شكري"));
}

/// The speaker's entity is the one named in the name span, never the body in the title.
#[test]
fn the_speakers_entity_is_the_name_not_the_title() {
    let a = "وقال المتحدث باسم مجلس الأمن القومي الأمريكي جون كيربي للصحفيين: «سنواصل دعم شركائنا في المنطقة بكل الوسائل».\n\
وذكر جون كيربي أن الاجتماع «كان مثمرا للغاية».\n\
ولكن جهاز المخابرات الوطنية في كوريا الجنوبية قال إنه «يراقب الوضع عن كثب منذ أيام».";
    let r = analyze(&[("a", a)], Unit::Byte).unwrap();
    let qs = &r.articles[0].quotes;
    assert_eq!(qs.len(), 3);
    let canonical = |q: &isnad::analyze::ArticleQuote| -> Option<String> {
        let id = q.speaker.as_ref()?.entity_id.clone()?;
        r.entities.iter().find(|e| e.id == id).map(|e| e.canonical.clone())
    };
    let kirby = canonical(&qs[0]).expect("Kirby is an entity");
    assert!(kirby.contains("كيربي"), "{kirby}");
    assert_eq!(qs[0].speaker.as_ref().unwrap().speaker.title.as_deref(), Some("المتحدث باسم مجلس الأمن القومي الأمريكي"));
    let service = canonical(&qs[2]);
    assert!(service.as_deref().is_none_or(|c| !c.starts_with("كوريا")), "a place in a body's name is not the speaker: {service:?}");
}

/// A body named with its head (شركة إيرباص) is the entity the finder marks without the
/// head (إيرباص).
#[test]
fn a_body_speaker_named_with_its_head_is_the_body() {
    let a = "وأعلنت شركة إيرباص في بيان أنها \"تقدم كل الدعم الفني للمحققين\"، فيما أوقفت السلطات الرحلات.";
    let r = analyze(&[("a", a)], Unit::Byte).unwrap();
    let q = &r.articles[0].quotes[0];
    let id = q.speaker.as_ref().and_then(|s| s.entity_id.clone()).expect("the speaker's entity");
    let e = r.entities.iter().find(|e| e.id == id).unwrap();
    assert_eq!(e.canonical, "إيرباص", "{e:?}");
}

/// A firm named in the title and the analyst set off after it by commas: the analyst
/// speaks (the firm's name is the title's); a nationality before a foreign name is the
/// person's description, not part of the name.
#[test]
fn the_person_set_off_after_a_firm_or_a_nationality_speaks() {
    let speaker_of = |a: &str| -> Option<String> {
        let r = analyze(&[("a", a)], Unit::Byte).unwrap();
        let q = r.articles[0].quotes.first()?;
        q.speaker.as_ref()?.speaker.name.clone()
    };
    let a = "وقالت كبيرة اقتصاديي مورغان ستانلي، سوزان كلارك، إن \"الأسواق لم تسعر بعد أي خفض إضافي للفائدة هذا العام\".";
    assert_eq!(speaker_of(a).as_deref(), Some("سوزان كلارك"));
    let b = "وقال مدرب المنتخب، الألماني يورغن هاينز، إن \"اللاعبين قدموا كل ما لديهم في الشوط الثاني من المباراة\".";
    assert_eq!(speaker_of(b).as_deref(), Some("يورغن هاينز"));
    let c = "وأكد الإيطالي ماركو بيرتولي، مدرب الفريق، أن \"الفوز الليلة يفتح لنا باب المنافسة على اللقب\".";
    assert_eq!(speaker_of(c).as_deref(), Some("ماركو بيرتولي"));
    // The firm's name runs on past where the phrase stops (للأبحاث).
    let d = "ورأت المحللة في مؤسسة أكسفورد إيكونوميكس للأبحاث، ماريا لوبيز، أن \"الطلب على النفط سيتباطأ في النصف الثاني من العام\".";
    assert_eq!(speaker_of(d).as_deref(), Some("ماريا لوبيز"));
}

/// A person's name whose last word the speaker phrase took for a place: the whole name
/// the entity finder found.
#[test]
fn a_name_cut_short_by_the_phrase_is_the_finders_whole_name() {
    let a = "وقال المدير الإقليمي للمنظمة عبد الكريم توري لوكالة الأنباء الرسمية إن \"الوضع الإنساني يتدهور في المخيمات كل يوم\".";
    let r = analyze(&[("a", a)], Unit::Byte).unwrap();
    let sp = r.articles[0].quotes[0].speaker.as_ref().unwrap();
    assert_eq!(sp.speaker.name.as_deref(), Some("عبد الكريم توري"), "{:?}", r.articles[0].entities);
}

/// A participle's subject after a verb the lexicon does not list, with a short name in
/// quote marks beside the body's: the body speaks.
#[test]
fn a_body_with_its_short_name_before_a_participle_speaks() {
    let a = "ورحبت اللجنة الأولمبية الدولية «IOC» بالقرار، مؤكدة أنه \"يحمي نزاهة المنافسات في كل الرياضات\".";
    let r = analyze(&[("a", a)], Unit::Byte).unwrap();
    let sp = r.articles[0].quotes[0].speaker.as_ref().unwrap();
    assert_eq!(sp.speaker.name.as_deref(), Some("اللجنة الأولمبية الدولية"), "{:?}", r.articles[0].entities);
}
