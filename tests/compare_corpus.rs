//! Many articles: passage clusters across articles, quote clusters with attributions,
//! unique sentences.
#![cfg(not(target_arch = "wasm32"))]

use isnad::compare::compare_articles;

const WIRE: &str = "وأعلنت وزارة الدفاع في بيان رسمي أن المناورات البحرية المشتركة ستبدأ صباح الأحد \
قبالة السواحل الشرقية بمشاركة عشرين سفينة حربية وأربع غواصات، وأوضحت أن التدريبات تستمر أسبوعا \
كاملا وتشمل عمليات إنزال وإطلاق صواريخ مضادة للسفن.";

#[test]
fn a_wire_paragraph_in_three_articles_is_one_cluster_and_not_unique() {
    let a = format!("بدأت التحضيرات في الموانئ الجنوبية منذ أيام.\n{WIRE}\nوتوقع محللون ارتفاع التوتر في المنطقة.");
    let b = format!("{WIRE}\nوفي سياق منفصل، افتتح الرئيس معرضا للكتاب في العاصمة.");
    let c = format!("قال شهود عيان إن السفن غادرت الميناء ليلا.\n{}", WIRE.replace("عشرين", "20"));
    let d = "ارتفعت أسعار الذهب في الأسواق العالمية مع تراجع الدولار وتزايد الطلب.".to_string();
    let r = compare_articles(&[("a", &a), ("b", &b), ("c", &c), ("d", &d)]);
    assert_eq!(r.passage_clusters.len(), 1, "{:?}", r.passage_clusters);
    let cl = &r.passage_clusters[0];
    assert_eq!(cl.members.iter().map(|m| m.article).collect::<Vec<_>>(), vec![0, 1, 2]);
    let at = a.find(WIRE).unwrap();
    let m = cl.members[0].span;
    assert!(m.start <= at + 10 && m.end + 10 >= at + WIRE.len(), "{m:?}");
    // Unique: the sentences of a, b, c outside the wire paragraph, and all of d.
    let unique_text = |k: usize, t: &str| -> Vec<String> {
        r.articles[k].unique_sentences.iter().map(|u| t[u.start..u.end].to_string()).collect()
    };
    assert_eq!(unique_text(0, &a), vec!["بدأت التحضيرات في الموانئ الجنوبية منذ أيام.", "وتوقع محللون ارتفاع التوتر في المنطقة."]);
    assert_eq!(unique_text(1, &b), vec!["وفي سياق منفصل، افتتح الرئيس معرضا للكتاب في العاصمة."]);
    assert_eq!(unique_text(3, &d).len(), 1);
    assert_eq!(r.articles[3].id, "d");
    assert!(r.similarity[0][1].containment_ba > 0.7 && r.similarity[0][1].containment_ba > r.similarity[0][1].jaccard, "{:?}", r.similarity[0][1]);
    assert!(r.similarity[0][3].cosine < 0.1);
}

#[test]
fn one_quote_in_several_wordings_and_attributions() {
    let a = "وقال وزير الخارجية سامح شكري: «لن نقبل بأي حل لا يضمن وقف إطلاق النار الفوري والشامل».";
    let b = "وأكد شكري أن بلاده \"لن تقبل بأي حل لا يضمن وقف إطلاق النار الفوري والشامل\".";
    let c = "ونقلت وكالة الأنباء عن الوزير قوله إن القاهرة “لن تقبل أي حل لا يضمن وقفا فوريا وشاملا لإطلاق النار”.";
    let d = "وقال رئيس الوزراء: «الاقتصاد سينمو بنسبة خمسة في المئة هذا العام».";
    let r = compare_articles(&[("a", a), ("b", b), ("c", c), ("d", d)]);
    let top = &r.quote_clusters[0];
    assert_eq!(top.articles, vec![0, 1, 2], "{:?}", r.quote_clusters);
    assert_eq!(top.members[0].speaker.as_deref(), Some("سامح شكري"));
    assert_eq!(top.members[1].speaker.as_deref(), Some("شكري"));
    assert_eq!(top.members[2].speaker.as_deref(), Some("الوزير"));
    assert_eq!(top.members[1].cue.as_deref(), Some("وأكد"));
    assert_eq!(top.speaker.as_deref(), Some("سامح شكري"));
    // A title alone (الوزير, named nowhere in its article) names no different speaker.
    assert!(top.agreed && !top.majority, "{top:?}");
    assert_eq!(r.quote_clusters.len(), 2);
    assert_eq!(r.quote_clusters[1].articles, vec![3]);
}

#[test]
fn offsets_can_be_mapped_to_another_unit() {
    use isnad::offsets::{OffsetConverter, Unit};
    let a = format!("😀 {WIRE}\nوقال الوزير: «سنواصل التدريبات مهما كانت الظروف».");
    let b = format!("{WIRE}\n😀😀 وأكد الوزير أن الجيش «سيواصل التدريبات مهما كانت الظروف».");
    let texts = [a.as_str(), b.as_str()];
    let mut r = compare_articles(&[("a", &a), ("b", &b)]);
    let bytes = r.clone();
    let mut conv: Vec<OffsetConverter> = texts.iter().map(|t| OffsetConverter::new(t, Unit::Utf16)).collect();
    r.map_offsets(|k, x| conv[k].convert(x) as usize);
    let utf16 = |t: &str, s: usize, e: usize| String::from_utf16(&t.encode_utf16().collect::<Vec<_>>()[s..e]).unwrap();
    let (pb, pu) = (&bytes.pairs[0].passages[0], &r.pairs[0].passages[0]);
    assert_eq!(utf16(&a, pu.a.start, pu.a.end), &a[pb.a.start..pb.a.end]);
    assert_eq!(utf16(&b, pu.b.start, pu.b.end), &b[pb.b.start..pb.b.end]);
    for k in 0..2 {
        for (qb, qu) in bytes.articles[k].quotes.iter().zip(&r.articles[k].quotes) {
            assert_eq!(utf16(texts[k], qu.text_start, qu.text_end), &texts[k][qb.text_start..qb.text_end]);
            let (sb, su) = (qb.speaker.as_ref().unwrap(), qu.speaker.as_ref().unwrap());
            assert_eq!(utf16(texts[k], su.start, su.end), &texts[k][sb.start..sb.end]);
        }
        for (ub, uu) in bytes.articles[k].unique_sentences.iter().zip(&r.articles[k].unique_sentences) {
            assert_eq!(utf16(texts[k], uu.start, uu.end), &texts[k][ub.start..ub.end]);
        }
    }
    assert_eq!(r.quote_clusters[0].articles, vec![0, 1]);
}

#[test]
fn a_full_stop_inside_a_quotation_does_not_end_the_sentence() {
    let a = "وقال الجهاز إنه \"يراقب عن كثب... احتمال الزيارة قريبا\". وانتهى الاجتماع.";
    let b = "ارتفعت أسعار الذهب في الأسواق العالمية.";
    let r = compare_articles(&[("a", a), ("b", b)]);
    let u: Vec<&str> = r.articles[0].unique_sentences.iter().map(|s| &a[s.start..s.end]).collect();
    assert_eq!(u, vec!["وقال الجهاز إنه \"يراقب عن كثب... احتمال الزيارة قريبا\".", "وانتهى الاجتماع."]);
}
