//! The five seed reports of one event (shared/seeds, read at test time): per article,
//! the entities a careful reader marks, and the entities their mentions must form
//! across the articles. Prints how many are found and linked; asserts floors.
#![cfg(not(target_arch = "wasm32"))]

use isnad::entities::{link_articles, EntityAnalysis};
use std::collections::HashMap;

const SEEDS: &str = "../shared/seeds";

/// (surface, accepted types separated by /) per article, in file order. A capital
/// standing for its government (بيونغ يانغ) is the place (LOC), a seat of government
/// (البيت الأبيض) the institution (ORG).
const EXPECTED: [&[(&str, &str)]; 5] = [
    &[
        ("كيم جونغ أون", "PER"), ("فلاديمير بوتين", "PER"), ("سيرغي شويغو", "PER"), ("أدريان واتسون", "PER"),
        ("جون كيربي", "PER"), ("واتسون", "PER"), ("كيربي", "PER"), ("شويغو", "PER"), ("بوتين", "PER"), ("كيم", "PER"),
        ("روسيا", "LOC"), ("موسكو", "LOC"), ("أوكرانيا", "LOC"), ("كوريا الشمالية", "LOC"), ("كوريا الجنوبية", "LOC"),
        ("بيونغ يانغ", "LOC"), ("واشنطن", "LOC"), ("فلاديفوستوك", "LOC"), ("الولايات المتحدة", "LOC"),
        ("جمهورية كوريا الشعبية الديمقراطية", "LOC"),
        ("CNN", "ORG"), ("مجلس الأمن القومي الأمريكي", "ORG"), ("جهاز المخابرات الوطنية", "ORG"), ("نيويورك تايمز", "ORG/MISC"),
        ("المنتدى الاقتصادي الشرقي", "MISC/ORG"), ("وزارة الخزانة الأمريكية", "ORG"), ("قوات فاغنر", "ORG"),
        ("الاثنين", "DATE"), ("يوليو/تموز الماضي", "DATE"), ("الثلاثاء", "DATE"), ("من 10 إلى 13 سبتمبر/ أيلول الجاري", "DATE"),
        ("عام 2019", "DATE"), ("يوليو/تموز", "DATE"), ("الأسبوع الماضي", "DATE"), ("العام الماضي", "DATE"),
        ("3 كيانات", "QUANTITY"),
    ],
    &[
        ("كيم جونغ أون", "PER"), ("فلاديمير بوتين", "PER"), ("سيرجي شويجو", "PER"), ("أدريان واتسون", "PER"),
        ("ديمتري بيسكوف", "PER"), ("جون كيربي", "PER"), ("واتسون", "PER"), ("كيربي", "PER"), ("شويغو", "PER"),
        ("شويجو", "PER"), ("بوتين", "PER"), ("كيم", "PER"),
        ("روسيا", "LOC"), ("موسكو", "LOC"), ("أوكرانيا", "LOC"), ("الولايات المتحدة", "LOC"), ("كوريا الشمالية", "LOC"),
        ("بيونج يانج", "LOC"), ("بيونغ يانغ", "LOC"), ("فلاديفوستوك", "LOC"), ("المحيط الهادئ", "LOC"), ("الصين", "LOC"),
        ("الاتحاد السوفيتي", "LOC/ORG"),
        ("البيت الأبيض", "ORG"), ("مجلس الأمن القومي", "ORG"), ("أسوشيتد برس", "ORG"), ("الكرملين", "ORG/LOC"),
        ("نيويورك تايمز", "ORG/MISC"), ("مجلس الأمن", "ORG"), ("لأمم المتحدة", "ORG"),
        ("الاثنين", "DATE"), ("يوليو", "DATE"), ("عام 1991", "DATE"), ("الثلاثاء", "DATE"), ("عام 2019", "DATE"),
        ("الأسبوع الماضي", "DATE"), ("الشهر الماضي", "DATE"), ("فبراير 2022", "DATE"),
    ],
    &[
        ("فلاديمير بوتين", "PER"), ("كيم جونغ أون", "PER"), ("جون كيربي", "PER"), ("سيرغي شويغو", "PER"),
        ("ديمتري بيسكوف", "PER"), ("دونالد ترامب", "PER"), ("بيسكوف", "PER"), ("بوتين", "PER"), ("كيم", "PER"),
        ("روسيا", "LOC"), ("بيونغ يانغ", "LOC"), ("موسكو", "LOC"), ("الولايات المتحدة", "LOC"), ("كوريا الشمالية", "LOC"),
        ("واشنطن", "LOC"), ("فلاديفوستوك", "LOC"), ("خسان", "LOC"),
        ("مركز فوستوشني للفضاء", "LOC/ORG"), ("البيت الأبيض", "ORG"), ("مجلس الأمن القومي الأمريكي", "ORG"),
        ("الكرملين", "ORG/LOC"),
        ("الثلاثاء", "DATE"), ("عام 2019", "DATE"), ("الشهر الماضي", "DATE"),
        ("20 عربة", "QUANTITY"), ("59 كم/ساعة", "QUANTITY"),
    ],
    &[
        ("كيم جونج أون", "PER"), ("كيم جونغ أون", "PER"), ("فلاديمير بوتين", "PER"), ("أدريان واتسون", "PER"),
        ("سيرجي شويجو", "PER"), ("جون كيربي", "PER"), ("جيمي كارتر", "PER"), ("خوسيه راؤول مولينو", "PER"),
        ("واتسون", "PER"), ("شويجو", "PER"), ("شويغو", "PER"), ("بوتين", "PER"), ("ترمب", "PER"), ("ترامب", "PER"),
        ("كيم", "PER"),
        ("روسيا", "LOC"), ("أوكرانيا", "LOC"), ("الولايات المتحدة", "LOC"), ("فلاديفوستوك", "LOC"), ("المحيط الهادئ", "LOC"),
        ("كوريا الشمالية", "LOC"), ("کوریا الشمالیة", "LOC"), ("بيونغ يانغ", "LOC"), ("بنما", "LOC"), ("فينيكس", "LOC"),
        ("أريزونا", "LOC"), ("واشنطن", "LOC"), ("سوريا", "LOC"), ("غزة", "LOC"), ("سول", "LOC"), ("قناة بنما", "LOC"),
        ("الاتحاد الأوروبي", "ORG"), ("الناتو", "ORG"),
        ("الكرملين", "ORG/LOC"), ("أسوشيتد برس", "ORG"), ("مجلس الأمن القومي", "ORG"), ("نيويورك تايمز", "ORG/MISC"),
        ("البيت الأبيض", "ORG"), ("صدى البلد", "ORG"), ("البنتاجون", "ORG"),
        ("الإثنين", "DATE"), ("الاثنين", "DATE"), ("الشهر الماضي", "DATE"), ("الأسبوع الماضي", "DATE"), ("عام 1977", "DATE"),
        ("1100 جندي", "QUANTITY"),
    ],
    &[
        ("كيم جونغ أون", "PER"), ("فلاديمير بوتين", "PER"), ("دو هيون تشا", "PER"), ("كيم تيوو", "PER"),
        ("بارك وون جون", "PER"), ("بوتين", "PER"), ("كيم", "PER"),
        ("روسيا", "LOC"), ("الولايات المتحدة", "LOC"), ("كوريا الشمالية", "LOC"), ("أوكرانيا", "LOC"), ("كوريا الجنوبية", "LOC"),
        ("الصين", "LOC"), ("اليابان", "LOC"), ("سيول", "LOC"), ("موسكو", "LOC"),
        ("الأمم المتحدة", "ORG"), ("معهد أسان للدراسات السياسية", "ORG"), ("جامعة إيوا للسيدات", "ORG"),
        ("يناير 2020", "DATE"), ("العام الماضي", "DATE"),
    ],
];

/// Mentions that must be one entity across the five articles.
const CLUSTERS: &[&[&str]] = &[
    &["كيم جونغ أون", "كيم جونج أون", "كيم"],
    &["فلاديمير بوتين", "بوتين"],
    &["سيرغي شويغو", "سيرجي شويجو", "شويغو", "شويجو"],
    &["بيونغ يانغ", "بيونج يانج"],
    &["كوريا الشمالية", "کوریا الشمالیة"],
    &["مجلس الأمن القومي الأمريكي", "مجلس الأمن القومي"],
    &["أدريان واتسون", "واتسون"],
    &["جون كيربي", "كيربي"],
    &["ديمتري بيسكوف", "بيسكوف"],
    &["روسيا"],
    &["موسكو"],
    &["الولايات المتحدة"],
    &["فلاديفوستوك"],
    &["أوكرانيا"],
    &["كوريا الجنوبية"],
    &["نيويورك تايمز"],
    &["سيول", "سول"],
    &["الأمم المتحدة", "لأمم المتحدة"],
    &["دونالد ترامب", "ترامب", "ترمب"],
    &["البيت الأبيض"],
    &["الكرملين"],
    &["مجلس الأمن"],
];

/// Spans a reader must never see as a mention (a name that swallowed the next word, an
/// adjective, a description), nor as an entity's canonical name: (article, text).
const NOT_MENTIONS: &[(usize, &str)] = &[
    (2, "كيم مر"), (3, "كيم تبادلا"), (2, "بوتين المفضل"), (2, "بيونغ يانغ وموسكو"), (3, "البنمي"),
    (4, "المعهد السابق"), (4, "المعهد"),
];

/// Entities that must never share an id.
const APART: &[(&str, &str)] = &[
    ("كوريا الشمالية", "كوريا الجنوبية"), ("روسيا", "موسكو"), ("كيم جونغ أون", "كيم تيوو"),
    ("مجلس الأمن", "مجلس الأمن القومي الأمريكي"), ("مجلس الأمن", "الأمم المتحدة"),
];

#[path = "common/gold_words.rs"]
mod gold_words;
use gold_words::occurrences;

struct Expected {
    article: usize,
    surface: &'static str,
    types: &'static str,
    span: (usize, usize),
}

fn expected(texts: &[String]) -> Vec<Expected> {
    let mut out = Vec::new();
    for (a, list) in EXPECTED.iter().enumerate() {
        let mut sorted: Vec<_> = list.to_vec();
        sorted.sort_by_key(|(s, _)| std::cmp::Reverse(s.len()));
        let mut taken: Vec<(usize, usize)> = Vec::new();
        for (surface, types) in sorted {
            let occ = occurrences(&texts[a], surface);
            assert!(!occ.is_empty(), "{surface} is not in article {a}");
            for span in occ {
                if taken.iter().any(|t| t.0 < span.1 && span.0 < t.1) {
                    continue;
                }
                taken.push(span);
                out.push(Expected { article: a, surface, types, span });
            }
        }
    }
    out
}

fn load() -> Option<(Vec<String>, Vec<String>)> {
    let mut files: Vec<_> = std::fs::read_dir(SEEDS).ok()?.filter_map(|e| e.ok()).map(|e| e.path()).collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    let names = files.iter().map(|p| p.file_stem().unwrap().to_string_lossy().into_owned()).collect();
    let texts = files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect();
    Some((names, texts))
}

#[test]
fn seeds_entities_are_found_and_linked() {
    let Some((names, texts)) = load() else {
        panic!("the seeds are missing: {SEEDS}");
    };
    assert_eq!(texts.len(), 5);
    let articles: Vec<(&str, &str)> = names.iter().map(String::as_str).zip(texts.iter().map(String::as_str)).collect();
    let analysis: EntityAnalysis = link_articles(&articles);
    let exp = expected(&texts);

    // Found: a mention with exactly this span and an accepted type.
    let mut found_ids: Vec<Option<String>> = Vec::new();
    let mut per_type: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut missed = Vec::new();
    for e in &exp {
        let hit = analysis.articles[e.article]
            .entities
            .iter()
            .find(|m| (m.start, m.end) == e.span && e.types.split('/').any(|t| t == m.kind.as_str()));
        let first = e.types.split('/').next().unwrap();
        let c = per_type.entry(first).or_default();
        c.1 += 1;
        if hit.is_some() {
            c.0 += 1;
        } else {
            missed.push(format!("{}:{}", e.article, e.surface));
        }
        found_ids.push(hit.map(|m| m.id.clone()));
    }
    let found = found_ids.iter().filter(|x| x.is_some()).count();

    // Linked: found mentions of a cluster that carry the cluster's most common id.
    let (mut in_clusters, mut linked) = (0, 0);
    let mut cluster_ids = Vec::new();
    for group in CLUSTERS {
        let ids: Vec<&String> = exp.iter().zip(&found_ids).filter(|(e, _)| group.contains(&e.surface)).filter_map(|(_, id)| id.as_ref()).collect();
        let mut counts: HashMap<&String, usize> = HashMap::new();
        for id in &ids {
            *counts.entry(id).or_default() += 1;
        }
        let best = counts.iter().max_by_key(|(id, c)| (**c, std::cmp::Reverse(**id))).map(|(id, c)| ((*id).clone(), *c));
        in_clusters += ids.len();
        linked += best.as_ref().map_or(0, |b| b.1);
        cluster_ids.push(best.map(|b| b.0));
    }
    // Distinct clusters must keep distinct ids.
    let mut merged = Vec::new();
    for i in 0..CLUSTERS.len() {
        for j in i + 1..CLUSTERS.len() {
            if cluster_ids[i].is_some() && cluster_ids[i] == cluster_ids[j] {
                merged.push(format!("{} = {}", CLUSTERS[i][0], CLUSTERS[j][0]));
            }
        }
    }
    let id_of = |surface: &str| {
        exp.iter().zip(&found_ids).find(|(e, id)| e.surface == surface && id.is_some()).and_then(|(_, id)| id.clone())
    };
    for (a, b) in APART {
        let (ia, ib) = (id_of(a), id_of(b));
        assert!(ia.is_none() || ia != ib, "{a} and {b} were merged");
    }

    // No run-on span as a mention or a canonical name.
    let mut wrong = Vec::new();
    for &(a, surface) in NOT_MENTIONS {
        let text = &texts[a];
        for m in &analysis.articles[a].entities {
            if &text[m.start..m.end] == surface || m.canonical == surface {
                wrong.push(format!("{a}:{surface}"));
            }
        }
    }
    for c in &analysis.entities {
        if NOT_MENTIONS.iter().any(|(_, s)| c.canonical == *s) {
            wrong.push(format!("canonical {}", c.canonical));
        }
    }

    let mut types: Vec<_> = per_type.into_iter().collect();
    types.sort();
    println!("seeds: {found}/{} expected mentions found ({:.1}%)", exp.len(), 100.0 * found as f64 / exp.len() as f64);
    for (t, (f, n)) in &types {
        println!("  {t}: {f}/{n}");
    }
    println!("seeds: {linked}/{in_clusters} found mentions of {} entities carry their entity's id", CLUSTERS.len());
    println!("seeds: clusters merged with another: {merged:?}");
    println!("seeds: missed: {}", missed.join(", "));
    println!("seeds: spans no reader marks: {wrong:?}");
    assert!(wrong.is_empty(), "{wrong:?}");
    // This build finds 343 of 345 (99.4%); the bar is 95%.
    assert!(found * 100 >= exp.len() * 97, "found {found} of {}", exp.len());
    assert!(linked * 100 >= in_clusters * 97, "linked {linked} of {in_clusters}");
    assert!(merged.is_empty(), "{merged:?}");
}
