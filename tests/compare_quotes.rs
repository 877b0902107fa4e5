//! Quotations: every mark style, unclosed quotations, speakers, titles and cues.
#![cfg(not(target_arch = "wasm32"))]

use isnad::compare::{quotes, CuePosition, Quote};

fn content<'a>(text: &'a str, q: &Quote) -> &'a str {
    &text[q.text_start..q.text_end]
}

fn name(q: &Quote) -> Option<&str> {
    q.speaker.as_ref().and_then(|s| s.name.as_deref())
}

fn title(q: &Quote) -> Option<&str> {
    q.speaker.as_ref().and_then(|s| s.title.as_deref())
}

#[test]
fn every_mark_style_is_a_quotation() {
    for (open, close) in [("“", "”"), ("”", "“"), ("«", "»"), ("»", "«"), ("„", "“"), ("‘", "’"), ("\"", "\""), ("'", "'")] {
        let text = format!("وقال الوزير: {open}سنواصل العمل مع شركائنا في المنطقة{close}.");
        let q = quotes(&text);
        assert_eq!(q.len(), 1, "{open}…{close}: {q:?}");
        assert_eq!(content(&text, &q[0]), "سنواصل العمل مع شركائنا في المنطقة");
        assert_eq!(&text[q[0].start..q[0].end], format!("{open}سنواصل العمل مع شركائنا في المنطقة{close}"));
        assert!(q[0].closed);
        assert_eq!(q[0].mark, open);
    }
}

#[test]
fn an_unclosed_quotation_runs_to_the_end_of_its_paragraph() {
    let text = "وقال المتحدث: «لن نقبل بأي تسوية لا تحترم سيادتنا الكاملة على أراضينا\nوفي سياق آخر، ارتفعت الأسعار.";
    let q = quotes(text);
    assert_eq!(q.len(), 1);
    assert!(!q[0].closed);
    assert_eq!(content(text, &q[0]), "لن نقبل بأي تسوية لا تحترم سيادتنا الكاملة على أراضينا");
}

#[test]
fn quoted_titles_and_apostrophes_are_not_quotations() {
    let text = "وكانت صحيفة \"نيويورك تايمز\" أول من نشر الخبر. وزار O'Brien المدينة أمس.";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text));
}

#[test]
fn speaker_after_the_cue_with_title_and_name() {
    let text = "وقال المتحدث باسم المجلس أدريان واتسون في بيان: \"لدينا معلومات تفيد بأن المناقشات مستمرة\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1);
    assert_eq!(name(&q[0]), Some("أدريان واتسون"));
    assert_eq!(title(&q[0]), Some("المتحدث باسم المجلس"));
    let cue = q[0].cue.as_ref().unwrap();
    assert_eq!(cue.text, "وقال");
    assert_eq!(cue.form, "قال");
    assert_eq!(cue.position, CuePosition::Before);
    let sp = q[0].speaker.as_ref().unwrap();
    // The speaker's span is the name's: the title is apart.
    assert_eq!(&text[sp.start..sp.end], "أدريان واتسون");
    assert!(sp.key.ends_with("واتسون"));
}

#[test]
fn name_before_title_and_comma_separated_parts() {
    let a = "وذكر جون كيربي المتحدث باسم مجلس الأمن القومي أن الوزير حاول “إقناع الحكومة ببيع ذخائر مدفعية”.";
    let q = quotes(a);
    assert_eq!(name(&q[0]), Some("جون كيربي"));
    assert_eq!(title(&q[0]), Some("المتحدث باسم مجلس الأمن القومي"));
    let b = "وقالت المتحدثة باسم مجلس الأمن القومي، أدريان واتسون، في بيان، بحسب وكالة أسوشيتد برس: “لدينا معلومات جديدة عن الاجتماع”.";
    let q = quotes(b);
    assert_eq!(name(&q[0]), Some("أدريان واتسون"), "{q:?}");
    assert_eq!(title(&q[0]), Some("المتحدثة باسم مجلس الأمن القومي"));
    assert_eq!(q[0].cue.as_ref().unwrap().form, "قالت");
}

#[test]
fn speaker_after_the_quotation() {
    let text = "وتبادل الزعيمان الرسائل و\"تعهدا فيها بزيادة تعاونهما الثنائي\"، حسبما قال المتحدث باسم المجلس، جون كيربي للصحفيين.";
    let q = quotes(text);
    assert_eq!(q.len(), 1);
    assert_eq!(content(text, &q[0]), "تعهدا فيها بزيادة تعاونهما الثنائي");
    assert_eq!(name(&q[0]), Some("جون كيربي"));
    let cue = q[0].cue.as_ref().unwrap();
    assert_eq!(cue.position, CuePosition::After);
    assert_eq!(cue.text, "حسبما قال");
    let text = "«سنرد على أي هجوم بقوة»، قال بوتين في مؤتمر صحفي.";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("بوتين"));
}

#[test]
fn subject_before_the_verb_and_source_prepositions() {
    let text = "لكن الكرملين قال يوم الثلاثاء إن “الزيارة الكاملة” ستغطي “العلاقات الثنائية والوضع في المنطقة”.";
    let q = quotes(text);
    assert_eq!(q.len(), 2);
    assert!(q.iter().all(|x| name(x) == Some("الكرملين")), "{q:?}");
    let text = "ونقلت وسائل إعلام روسية عن بيسكوف قوله: “ما يهمنا هو مصالح بلدينا”.";
    assert_eq!(name(&quotes(text)[0]), Some("بيسكوف"));
    let text = "وبحسب وزارة الخارجية فإن “المفاوضات ستستأنف الأسبوع المقبل في جنيف”.";
    let q = quotes(text);
    assert_eq!(q[0].cue.as_ref().unwrap().form, "بحسب");
    assert_eq!(name(&q[0]), Some("وزارة الخارجية"));
}

#[test]
fn a_continuing_speaker_is_carried_over_but_not_far() {
    let text = "وقالت واتسون: 'لدينا معلومات تفيد بأن المناقشات مستمرة'.\n\
وأضافت أن الولايات المتحدة تحث الطرفين على 'وقف مفاوضات الأسلحة فورا ودون شروط'.\n\
وارتفعت أسعار النفط. وتراجع الذهب. واستقرت العملات.\n\
وأضاف أن \"الأسواق ستبقى متقلبة في الأسابيع المقبلة\".";
    let q = quotes(text);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(name(&q[0]), Some("واتسون"));
    let carried = q[1].speaker.as_ref().unwrap();
    assert_eq!(carried.name.as_deref(), Some("واتسون"));
    assert!(carried.inherited);
    assert_eq!(q[1].cue.as_ref().unwrap().form, "اضافت");
    assert!(q[2].speaker.is_none(), "three sentences later the speaker is no longer known: {:?}", q[2]);
}

#[test]
fn nested_marks_belong_to_the_outer_quotation() {
    let text = "وقال الوزير: «إن ما يسمى \"الخطة الجديدة\" لن ينجح أبدا في المنطقة».";
    let q = quotes(text);
    assert_eq!(q.len(), 1);
    assert_eq!(content(text, &q[0]), "إن ما يسمى \"الخطة الجديدة\" لن ينجح أبدا في المنطقة");
}
