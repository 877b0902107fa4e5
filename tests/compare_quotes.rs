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

fn speaker(q: &Quote) -> &isnad::compare::Speaker {
    q.speaker.as_ref().expect("a speaker")
}

#[test]
fn clitics_titles_dates_and_emoji_stay_out_of_the_name() {
    let text = "وقال المدير التنفيذي للشركة ديميتريس بابادوبولوس في مؤتمر صحفي: «سلامة ركابنا أولويتنا دائما».\n\
وقال مديرها جونزالو ڤيدال: «سنواصل العمل مع الجميع».\n\
قال 🇸🇾 الرئيس الإيراني مسعود پزشکیان 😀 يوم الأحد إن «الحل سياسي فقط لا غير».\n\
وقالت المواطنة فاطمة الزهراء بوعزة، التي فقدت منزلها: «لم يبق لنا شيء».";
    let q = quotes(text);
    assert_eq!(q.len(), 4, "{q:?}");
    let names: Vec<&str> = q.iter().map(|x| name(x).unwrap()).collect();
    assert_eq!(names, ["ديميتريس بابادوبولوس", "جونزالو ڤيدال", "مسعود پزشکیان", "فاطمة الزهراء بوعزة"]);
    assert_eq!(title(&q[0]), Some("المدير التنفيذي للشركة"));
    assert_eq!(title(&q[1]), Some("مديرها"));
    assert_eq!(title(&q[2]), Some("الرئيس الإيراني"));
    for x in &q {
        let sp = speaker(x);
        assert_eq!(&text[sp.start..sp.end], sp.name.as_deref().unwrap(), "the span is the name's");
    }
}

#[test]
fn a_speaker_named_by_title_alone_is_the_person_last_named_with_it() {
    let text = "وزار وزير الدفاع الروسي، سيرغي شويغو بيونغ يانغ في يوليو. وتبادل الطرفان الرسائل.\n\
وقال وزير الدفاع: «العلاقات بين البلدين قوية جدا».\n\
وقالت وزيرة الداخلية سلمى الإدريسي إن الحكومة خصصت ميزانية عاجلة. وأضافت الوزيرة: «لن نترك أي أسرة دون مأوى».\n\
وكان المتحدث باسم الوقاية المدنية كمال الوزاني قد زار الموقع. وأوضح المتحدث أن «عدد المفقودين تراجع إلى سبعة».";
    let q = quotes(text);
    assert_eq!(q.len(), 3, "{q:?}");
    for (x, want, t) in [(&q[0], "سيرغي شويغو", "وزير الدفاع"), (&q[1], "سلمى الإدريسي", "الوزيرة"), (&q[2], "كمال الوزاني", "المتحدث")] {
        let sp = speaker(x);
        assert_eq!(sp.name.as_deref(), Some(want), "{sp:?}");
        assert!(sp.by_title && !sp.inherited);
        assert_eq!(sp.title.as_deref(), Some(t), "the title used here");
        assert_eq!(&text[sp.start..sp.end], want, "the span is where the article named them");
    }
}

#[test]
fn an_unsupported_title_stays_a_title() {
    // Nobody was named الناطق; an anonymous official is nobody in particular even after
    // the article named an official.
    let text = "وقال المسؤول الأمني خالد منصور إن الوضع هادئ.\n\
وقال الناطق: «لا تعليق لدينا قبل انتهاء التحقيق».\n\
وقال مسؤول أمريكي إن «المفاوضات ستستأنف الأسبوع المقبل».";
    let q = quotes(text);
    assert_eq!(q.len(), 2);
    for (x, t) in [(&q[0], "الناطق"), (&q[1], "مسؤول أمريكي")] {
        let sp = speaker(x);
        assert_eq!(sp.name, None);
        assert_eq!(sp.title.as_deref(), Some(t));
        assert!(!sp.by_title);
    }
}

#[test]
fn a_carried_over_speaker_agrees_with_the_verb() {
    let text = "وقالت الوزيرة سلمى الإدريسي: «الوضع تحت السيطرة في كل البلدات».\n\
وقال المتحدث باسم الحكومة خالد منصور إن «المساعدات وصلت إلى كل المتضررين».\n\
وأضافت أن «الحوار هو السبيل الوحيد للخروج من الأزمة».";
    let q = quotes(text);
    assert_eq!(q.len(), 3);
    let sp = speaker(&q[2]);
    assert!(sp.inherited);
    assert_eq!(sp.name.as_deref(), Some("سلمى الإدريسي"), "وأضافت: the woman, not the last speaker");
}

#[test]
fn a_subject_set_off_by_commas_before_the_verb() {
    let text = "وكان المدير التنفيذي للشركة، ماهر القباني، قد قال إن «سلامة طواقمنا أولويتنا دائما».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("ماهر القباني"), "{q:?}");
}

#[test]
fn names_and_terms_in_quote_marks_are_not_quotations() {
    let text = "أعلنت شركة إيجه للملاحة، مالكة العبّارة «سيرينا»، أنها ستعوض الركاب.\n\
وقالت المديرة نادية بنسودة لصحيفة \"الصباح الجديد\": \"الرصيف تضرر جزئيا، والملاحة مستمرة\".\n\
وقد أعلن أن \"العصر الذهبي قد بدأ\"، كاشفا عن خطط للاعتماد على \"فريق الأحلام\" من وزرائه.\n\
وشاركت المروحيات في عملية «درع الوادي» لإجلاء السكان. ويلقب العمال الرصيف بـ\"الرصيف المشؤوم\".\n\
واعتبر ترمب أن التنازل عن القناة كان \"حماقة\"، وقال إن الشركة \"ستعوض العمال المصابين\".";
    let q = quotes(text);
    let found: Vec<&str> = q.iter().map(|x| content(text, x)).collect();
    assert_eq!(found, ["الرصيف تضرر جزئيا، والملاحة مستمرة", "العصر الذهبي قد بدأ", "حماقة", "ستعوض العمال المصابين"]);
}

#[test]
fn a_name_after_a_noun_and_its_complement_is_not_a_quotation() {
    // A noun in the construct state with its complement and adjective names what
    // follows (حاملة الطائرات «…», شركة الطيران الوطنية «…»); a definite noun with its
    // adjective may be the subject that speaks (الوزارة الفرنسية «…»).
    let text = "وقال الجيش إنه نشر حاملة الطائرات «نجمة الشمال» قرب السواحل.\n\
وقالت شركة الطيران الوطنية \"أجنحة الأطلس\" إنها ألغت رحلاتها.\n\
وقالت الوزارة الفرنسية إن \"الاتفاق نهائي\".";
    let q = quotes(text);
    let found: Vec<&str> = q.iter().map(|x| content(text, x)).collect();
    assert_eq!(found, ["الاتفاق نهائي"], "{q:?}");
}

#[test]
fn a_name_the_caller_found_is_not_a_quotation() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "وقال إن \"النورس الأزرق\" وصلت.";
    assert_eq!(quotes(text).len(), 1, "without names, an attributed short quotation counts");
    let at = text.find("النورس").unwrap();
    let hint = NameHint { start: at, end: at + "النورس الأزرق".len(), person: false };
    assert!(quotes_with(text, &[hint]).is_empty());
}

#[test]
fn a_bare_verb_refers_to_the_person_the_sentence_before_named() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "وخلال تجمع كبير، ألقى ترمب خطابا طويلا أمام أنصاره.\nوقد أعلن أن «العصر الذهبي لأميركا قد بدأ».";
    assert!(quotes(text)[0].speaker.is_none(), "nobody named as a speaker");
    let at = text.find("ترمب").unwrap();
    let q = quotes_with(text, &[NameHint { start: at, end: at + "ترمب".len(), person: true }]);
    let sp = speaker(&q[0]);
    assert_eq!(sp.name.as_deref(), Some("ترمب"));
    assert!(sp.inherited);
}

#[test]
fn the_same_words_quoted_again_are_one_quotation_with_several_places() {
    let one = "وقال المتحدث جون كيربي: «سنواصل دعم شركائنا في المنطقة».\n";
    let text = one.repeat(3);
    let q = quotes(&text);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].also.len(), 2);
    for s in &q[0].also {
        assert_eq!(&text[s.start..s.end], "«سنواصل دعم شركائنا في المنطقة»");
    }
}

#[test]
fn unbalanced_marks_anywhere_give_sane_quotations() {
    // One paragraph strewn with marks that never close: every quotation is inside the
    // text, in order, not overlapping (the marks' work is counted in the unit tests).
    let words = ["قال", "\"الوزير", "إن'", "«الحكومة", "ستواصل”", "العمل", "'مع", "الشركاء»", "في", "“المنطقة"];
    let text: String = (0..20_000).map(|k| words[(k * 7 + k / 3) % words.len()]).collect::<Vec<_>>().join(" ");
    let q = quotes(&text);
    let mut last = 0;
    for x in &q {
        assert!(x.start >= last && x.end <= text.len() && x.text_start <= x.text_end);
        last = x.end;
    }
}

#[test]
fn a_bare_verb_refers_to_the_name_the_article_keeps_repeating() {
    let text = "أثار ترمب جدلا واسعا. وانتقدت صحف كثيرة ترمب بشدة.\n\
وخلال تجمع كبير، ألقى ترمب خطابا طويلا أمام أنصاره في فينيكس.\n\
وقد أعلن أن «العصر الذهبي لأميركا قد بدأ».";
    let sp = speaker(&quotes(text)[0]).clone();
    assert_eq!(sp.name.as_deref(), Some("ترمب"));
    assert!(sp.inherited);
    assert_eq!(&text[sp.start..sp.end], "ترمب", "where the sentence before names him");
}

#[test]
fn headlines_coordinated_verbs_and_a_quoted_name_between_cue_and_quote() {
    let text = "الاتحاد: «لن نتهاون مع أي تلاعب بنتائج المباريات»\n\
في المقابل، نفى مدرب النادي يوسف بلحاج الاتهامات، وقال لصحيفة «الملاعب» إن لاعبيه «ضحية حملة منظمة».\n\
وجاء في البيان: «سنعلن النتائج كاملة الأسبوع المقبل».";
    let q = quotes(text);
    let found: Vec<(&str, Option<&str>)> = q.iter().map(|x| (content(text, x), name(x))).collect();
    assert_eq!(
        found,
        [
            ("لن نتهاون مع أي تلاعب بنتائج المباريات", Some("الاتحاد")),
            ("ضحية حملة منظمة", Some("يوسف بلحاج")),
            ("سنعلن النتائج كاملة الأسبوع المقبل", None),
        ]
    );
    assert!(q[0].cue.is_none(), "a headline's colon is no cue word");
    assert_eq!(title(&q[1]), Some("مدرب النادي"));
}

#[test]
fn a_relayed_source_and_a_participles_subject() {
    let text = "وذكرت وكالة الأنباء الرسمية، نقلا عن مصدر مسؤول، أن «المفاوضات مع الصندوق ستستأنف الشهر المقبل».\n\
وأكدت النائبة هدى السعدي أنها ستصوت ضد المشروع، مضيفة: «لن أمنح صوتي لموازنة تفقر الناس».";
    let q = quotes(text);
    assert_eq!(q.len(), 2);
    assert_eq!(title(&q[0]), Some("مصدر مسؤول"), "the agency relays; the source speaks");
    assert_eq!(name(&q[0]), None);
    assert_eq!(name(&q[1]), Some("هدى السعدي"));
    assert_eq!(q[1].cue.as_ref().unwrap().text, "مضيفة");
}

#[test]
fn more_speech_verbs_and_a_speaker_who_is_called_by_name() {
    let text = "وختم الصالح قائلا: «هذا السد سيؤمن مياه الشرب لمليون مواطن».\n\
رحب المزارعون بالاتفاق، وقال أحدهم، ويدعى أبو سليم: «انتظرنا هذا السد عشرين عاما».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("الصالح"));
    assert_eq!(name(&q[1]), Some("أبو سليم"));
}

#[test]
fn with_no_speaker_of_the_verbs_gender_the_latest_is_carried_over() {
    let text = "وقال المتحدث باسم المجلس أدريان واتسون في بيان: \"لدينا معلومات تفيد بأن المناقشات مستمرة\".\n\
وأضافت أن واشنطن تحث الطرفين على «وقف مفاوضات الأسلحة فورا ودون شروط».";
    let q = quotes(text);
    assert_eq!(q.len(), 2);
    assert_eq!(name(&q[1]), Some("أدريان واتسون"));
    assert!(speaker(&q[1]).inherited);
}

#[test]
fn an_outlet_after_a_lone_lam_is_a_name() {
    let text = "وصرح المهندس طارق فهمي، رئيس هيئة الأنفاق، لـ«صوت المدينة» بأن «القطارات ستعمل كل ثلاث دقائق».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(content(text, &q[0]), "القطارات ستعمل كل ثلاث دقائق");
    assert_eq!(name(&q[0]), Some("طارق فهمي"));
}

/// The outlet right after the name (no comma between): the lone lam ends the name.
#[test]
fn a_lone_lam_right_after_the_name_ends_it() {
    let text = "وقال الخبير الاقتصادي محمد فؤاد لـ\"سكاي نيوز عربية\" إن القرار \"كان متوقعا منذ أسابيع\".\n\
وأكد محامي الدفاع زيد الخباز لـ«القبس» أن موكله سيطعن، معتبرا أن \"الأدلة لم تكن كافية\".";
    let q = quotes(text);
    let names: Vec<Option<&str>> = q.iter().map(name).collect();
    assert_eq!(names, [Some("محمد فؤاد"), Some("زيد الخباز")], "{q:?}");
    // (محامي الدفاع: the construct form of محام is a title too.)
    assert_eq!(title(&q[1]), Some("محامي الدفاع"));
}

#[test]
fn a_newspaper_named_in_quote_marks_speaks_by_that_name() {
    let text = "وقالت صحيفة «الغد» إن «الحكومة تستعد لتعديل وزاري واسع خلال أيام».";
    let q = quotes(text);
    assert_eq!(q.len(), 1);
    assert_eq!(name(&q[0]), Some("الغد"));
    assert_eq!(title(&q[0]), Some("صحيفة"));
}

/// A byline's writer speaks no quotation; a bare verb after a person named earlier in
/// its sentence has that person for subject; after حيث the verb's subject is the
/// clause's; after الذي, the name before it.
#[test]
fn bylines_relatives_and_the_subject_of_a_bare_verb() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "كتب سامي الحداد\nألقى الرئيس نبيل العمري كلمة أمام المؤتمر بالعاصمة، أكد فيها أن \"الحوار هو الطريق الوحيد للحل\".";
    let person = |name: &str| {
        let at = text.find(name).unwrap();
        NameHint { start: at, end: at + name.len(), person: true }
    };
    let q = quotes_with(text, &[person("سامي الحداد"), person("نبيل العمري")]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("نبيل العمري"));
    let text = "وشارك الرئيس كمال بن يوسف في أشغال المنتدى الدولي، حيث دعا إلى \"إصلاح عميق للمؤسسات المالية\".\n\
والتقى الوزير بالمبعوث الأممي هانس كولر، الذي أشاد بـ\"الدور المحوري للبلاد في المنطقة\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_ne!(name(&q[0]), Some("الدولي"), "{q:?}");
    assert_eq!(name(&q[1]), Some("هانس كولر"), "{q:?}");
}

/// رأى (to hold a view) attributes what follows أن, as قال does.
#[test]
fn a_view_held_is_attributed() {
    let text = "وتتوقع الوكالة أن يتراجع التضخم، فيما رأت كريستالينا غورغييفا أن الاقتصاد \"يسير في الاتجاه الصحيح\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("كريستالينا غورغييفا"));
}

#[test]
fn other_speech_verbs_and_participles() {
    let text = "وبيّنت المتحدثة باسم الشركة، نورة القحطاني، أن المتضررين «سيحصلون على تعويضات كاملة».\n\
وانتقد الخبير الاقتصادي عبدالله الدوسري القرار، معتبرا أن «الشركة أخطأت في التوسع السريع».\n\
واتفق الطرفان على تقسيم المياه بين روسيا وكوريا «بالتساوي بين البلدين دائما».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("نورة القحطاني"));
    assert_eq!(name(&q[1]), Some("عبدالله الدوسري"));
    assert_eq!(q[1].cue.as_ref().unwrap().text, "معتبرا");
    assert!(q.len() < 3 || q[2].speaker.is_none(), "بين is a preposition: {q:?}");
}

#[test]
fn a_surname_that_is_also_a_town_stays_in_the_name() {
    // أوستن is Austin, Texas, in the place lists; after a given name it is a surname.
    let t = "وصل وزير الدفاع الأمريكي لويد أوستن إلى المنطقة. وقال وزير الدفاع: «سنواصل دعم الحلفاء في كل الظروف».";
    let q = quotes(t);
    assert_eq!(q.len(), 1);
    assert_eq!(name(&q[0]), Some("لويد أوستن"));
}

/// Given names written with the article (Maghreb, Mauritania) begin the speaker's name
/// after a title; a company's name with the article before the speaker does not.
#[test]
fn a_given_name_with_the_article_is_the_speakers() {
    let t = "وقال الناطق باسم الحكومة الحسين ولد مدو للصحفيين إن \"صفحة الانتخابات طويت\".";
    let q = quotes(t);
    assert_eq!(name(&q[0]), Some("الحسين ولد مدو"), "{q:?}");
    assert_eq!(title(&q[0]), Some("الناطق باسم الحكومة"));
    let t = "وقال المدير التنفيذي لشركة النورس للشحن ماهر القباني إن الشركة \"ستعوض العمال المصابين\".";
    assert_eq!(name(&quotes(t)[0]), Some("ماهر القباني"));
}

#[test]
fn the_subject_of_a_reported_clause_speaks() {
    // ذكرت الوكالة أن X قال إن …: X, not the agency, and not whoever came before.
    let text = "وذكرت الوكالة الرسمية أن قائد الشرطة في المدينة سامر الحلبي قال إن \"التحقيق سيستمر حتى النهاية\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("سامر الحلبي"), "{q:?}");
}

#[test]
fn names_the_caller_found_bound_the_speakers_name() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let hint = |text: &str, name: &str, person: bool| {
        let at = text.find(name).unwrap();
        NameHint { start: at, end: at + name.len(), person }
    };
    // Two names side by side: the body that speaks, then the one it calls on.
    let text = "ودعت وزارة الخارجية الكندية بكين إلى \"الإفراج عن المعتقلين فورا\".";
    let hints = [hint(text, "وزارة الخارجية الكندية", false), hint(text, "بكين", false)];
    let q = quotes_with(text, &hints);
    assert_eq!(name(&q[0]), Some("وزارة الخارجية الكندية"), "{q:?}");
    // A body and a place joined by في are one description: left whole.
    let text = "وقال جهاز الأمن في جنوب السودان إن \"الوضع تحت السيطرة تماما\".";
    let hints = [hint(text, "جهاز الأمن", false), hint(text, "جنوب السودان", false)];
    assert_eq!(name(&quotes_with(text, &hints)[0]), Some("جهاز الأمن في جنوب السودان"));
    // A person's name the phrase began a word late (علي, whose search form is على's).
    let text = "وأكد قائد الشرطة علي حسن الطائي أن \"المداهمات ستتواصل في كل الأحياء\".";
    let q = quotes_with(text, &[hint(text, "علي حسن الطائي", true)]);
    assert_eq!(name(&q[0]), Some("علي حسن الطائي"), "{q:?}");
    assert_eq!(title(&q[0]), Some("قائد الشرطة"), "{q:?}");
}

#[test]
fn a_name_with_abd_and_verbs_of_opinion() {
    // عبد takes the definite word after it (عبد الله): one given name, after a title too.
    let text = "وقال المحافظ سامي عبد الله إن \"الهدف كبح التضخم سريعا\".";
    assert_eq!(name(&quotes(text)[0]), Some("سامي عبد الله"));
    // يرى، يعتقد، توقع introduce what someone thinks, in quotes.
    let text = "ويرى الباحث في الاقتصاد رامي الحلبي أن \"الضغوط ستستمر حتى نهاية العام\".";
    assert_eq!(name(&quotes(text)[0]), Some("رامي الحلبي"));
}

#[test]
fn a_role_that_is_no_title_stays_out_of_the_name() {
    let text = "«كانت الرحلة طويلة ومخيفة جدا»، قالت المسافرة سلمى حداد لمراسلنا.";
    let q = quotes(text);
    assert_eq!(q.len(), 1);
    assert_eq!(name(&q[0]), Some("سلمى حداد"), "{q:?}");
    assert_eq!(title(&q[0]), Some("المسافرة"));
    let text = "وقال شقيقه خالد منصور إن \"العائلة لم تتلق أي اتصال رسمي حتى الآن\".";
    assert_eq!(name(&quotes(text)[0]), Some("خالد منصور"));
    // A role that is a given name without its article (ناجي) is still a role here.
    let text = "وقال الناجي يوسف داود إن \"العائلة لم تتلق أي اتصال رسمي حتى الآن\".";
    assert_eq!(name(&quotes(text)[0]), Some("يوسف داود"));
    // A name of three words keeps its first (no role in it).
    let text = "وقال محمد سالم حداد إن \"العائلة لم تتلق أي اتصال رسمي حتى الآن\".";
    assert_eq!(name(&quotes(text)[0]), Some("محمد سالم حداد"));
}

#[test]
fn a_clause_after_an_anonymous_source_is_no_part_of_its_title() {
    let text = "وقال مصدر في الشرطة، فضل عدم ذكر اسمه، إن \"المشتبه به سلم نفسه صباح اليوم\".";
    let q = quotes(text);
    assert_eq!(title(&q[0]), Some("مصدر في الشرطة"), "{q:?}");
    assert_eq!(name(&q[0]), None);
}

#[test]
fn a_statement_issued_by_a_body_is_the_bodys_and_an_outlet_with_our_is_no_name() {
    let text = "وأفاد بيان صادر عن وزارة النقل بأن \"حركة القطارات ستعود إلى طبيعتها غدا\".";
    assert_eq!(name(&quotes(text)[0]), Some("وزارة النقل"), "{:?}", quotes(text));
    let text = "وقالت الشركة في بيانها إن \"حركة القطارات ستعود إلى طبيعتها غدا\".";
    assert_eq!(name(&quotes(text)[0]), Some("الشركة"));
    let text = "\"حركة القطارات ستعود إلى طبيعتها غدا\"، يقول الرائد سامي عودة لصحيفتنا.";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("سامي عودة"), "{q:?}");
    assert_eq!(title(&q[0]), Some("الرائد"));
}

/// ل and a noun with a possessive after a title is whom the words were said to (وقالت
/// الصحفية لعائلتها), no part of the speaker; a given name in ل stays the name.
#[test]
fn lam_and_a_possessed_noun_after_a_title_is_whom_it_was_said_to() {
    let text = "وقالت الصحفية لعائلتها وهي تغادر القاعة: «لا تحزنوا، قلت الحقيقة وسأقولها مرة أخرى».";
    let q = quotes(text);
    let shown = q[0].speaker.as_ref().and_then(|s| s.name.clone().or_else(|| s.title.clone()));
    assert_eq!(shown.as_deref(), Some("الصحفية"), "{q:?}");
    let text = "وقال الوزير لنظيره الفرنسي في الاجتماع: «نريد شراكة متوازنة بين البلدين».";
    let q = quotes(text);
    let shown = q[0].speaker.as_ref().and_then(|s| s.name.clone().or_else(|| s.title.clone()));
    assert_eq!(shown.as_deref(), Some("الوزير"), "{q:?}");
    let text = "وقالت المحامية لطيفة الحبيب: «سنطعن في الحكم أمام محكمة التعقيب».";
    assert_eq!(name(&quotes(text)[0]), Some("لطيفة الحبيب"), "{:?}", quotes(text));
}

/// A describing verb after ما with a preposition (بما وصفته بـ"…") has the subject of
/// the verb that opens the sentence, not that verb and all the words after it.
#[test]
fn a_verb_after_bima_has_the_subject_of_the_sentences_verb() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "ونددت النقابة الوطنية للصحفيين التونسيين في بيان بما وصفته بـ\"تجريم العمل الصحفي\"، وقال رئيسها: «لن نقبل».";
    let body = "النقابة الوطنية للصحفيين التونسيين";
    let at = text.find(body).unwrap();
    let q = quotes_with(text, &[NameHint { start: at, end: at + body.len(), person: false }]);
    assert_eq!(name(&q[0]), Some(body), "{q:?}");
    // (Without the finder's names, the words before the body's complement.)
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("النقابة الوطنية"), "{q:?}");
}

#[test]
fn a_title_named_only_later_is_the_person_named_with_it_next() {
    let text = "وقال وزير الزراعة للإذاعة: «المحصول هذا العام أفضل من العام الماضي بكثير». وكان الوزير حسن العلوي قد تفقد الحقول أمس.\nوأضاف أن «الأسعار ستنخفض قريبا».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[0]), Some("حسن العلوي"), "{q:?}");
    assert_eq!(title(&q[0]), Some("وزير الزراعة"));
    assert!(speaker(&q[0]).by_title);
    assert_eq!(name(&q[1]), Some("حسن العلوي"));
    // A headline's title alone, and the name in the report under it.
    let text = "الانتخابات البلدية.. والرئيسة: \"لن نؤجل الموعد\"\nوقالت رئيسة الهيئة المستقلة للانتخابات نوال القاسمي إن \"التحضيرات اكتملت في كل الدوائر\".";
    assert_eq!(name(&quotes(text)[0]), Some("نوال القاسمي"), "{:?}", quotes(text));
    // Nobody named with that title after it: the title stays.
    let text = "وقال وزير الزراعة للإذاعة: «المحصول هذا العام أفضل من العام الماضي بكثير». وتفقد مسؤولون الحقول أمس.";
    assert_eq!(name(&quotes(text)[0]), None);
    assert_eq!(title(&quotes(text)[0]), Some("وزير الزراعة"));
}

#[test]
fn amma_and_its_answer_and_a_reply() {
    let text = "أما رئيس البلدية كريم الساعدي فقد اكتفى بالقول إن \"الأشغال ستنتهي قبل الشتاء\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("كريم الساعدي"), "{q:?}");
    let text = "وردت المحامية ليلى بن عمر، التي نشرت روايتها «ظلال المدينة» العام الماضي، بأن \"موكلها لم يكن في المدينة يومها\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "a novel named with a possessive is no quotation: {q:?}");
    assert_eq!(content(text, &q[0]), "موكلها لم يكن في المدينة يومها");
    assert_eq!(name(&q[0]), Some("ليلى بن عمر"));
}

#[test]
fn a_body_named_by_its_head_alone_is_the_body_named_before() {
    let text = "أعلنت شركة الكهرباء الوطنية انقطاع التيار في ثلاث مناطق. وقالت الشركة في بيانها إن \"الفرق تعمل على إصلاح الأعطال منذ الفجر\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("شركة الكهرباء الوطنية"), "{q:?}");
    assert!(speaker(&q[0]).by_title);
    let text = "وقالت الشركة في بيانها إن \"الفرق تعمل على إصلاح الأعطال منذ الفجر\".";
    assert_eq!(name(&quotes(text)[0]), Some("الشركة"));
}

#[test]
fn a_title_alone_is_the_person_a_continuation_names_next() {
    let text = "وقال مدير المدرسة إن «الامتحانات ستجري في موعدها المحدد». ويضيف الفارسي: «لن نغير شيئا في الجدول».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[0]), Some("الفارسي"), "{q:?}");
    assert_eq!(title(&q[0]), Some("مدير المدرسة"));
    // An anonymous source stays anonymous, and another verb is no continuation.
    let text = "وقال مسؤول في المدرسة إن «الامتحانات ستجري في موعدها المحدد». ويضيف الفارسي: «لن نغير شيئا في الجدول».";
    assert_eq!(name(&quotes(text)[0]), None);
    let text = "وقال مدير المدرسة إن «الامتحانات ستجري في موعدها المحدد». وقال الفارسي: «لن نغير شيئا في الجدول».";
    assert_eq!(name(&quotes(text)[0]), None);
}

#[test]
fn a_headlines_body_is_the_body_the_report_names_and_what_is_known_as_is_a_name() {
    let text = "الأطباء يضربون.. والنقابة: \"لا عودة قبل صرف المستحقات\"\nأعلنت النقابة المستقلة للأطباء إضرابا مفتوحا، فيما لم تعلق عليه الحكومة ووزارة المالية حتى الآن.\nوقالت الوزارة في بلاغ إن \"المستحقات ستصرف قبل نهاية الشهر الجاري\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[0]), Some("النقابة المستقلة للأطباء"), "{q:?}");
    // (After و the body's span begins at its head: no clitic in a name.)
    let sp = speaker(&q[1]);
    assert_eq!(&text[sp.start..sp.end], "وزارة المالية");
    let text = "وأطلق الجيش ما بات يعرف بـ«درع الشمال» قبل أسبوع، وقال المتحدث إن العملية \"حققت أهدافها كاملة\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(content(text, &q[0]), "حققت أهدافها كاملة");
}

#[test]
fn a_speaker_who_goes_on_to_say() {
    let text = "وكان المتحدث باسم البلدية قد نفى الخبر، قبل أن يعود نبيل الحداد ليقول إن \"بعض الشوارع ستغلق فعلا\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("نبيل الحداد"), "{q:?}");
    // The title-only speaker before, who goes on to say, is that person.
    let text = "وكان المتحدث باسم البلدية قد أكد أن \"الشوارع ستبقى مفتوحة\"، قبل أن يعود نبيل الحداد ليقول إن \"بعض الشوارع ستغلق فعلا\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("نبيل الحداد"), "{q:?}");
    assert_eq!(title(&q[0]), Some("المتحدث باسم البلدية"));
}

#[test]
fn so_summed_up_on_the_tongue_of_and_a_report_by_a_named_body() {
    let text = "\"لم نعد نملك ما نبيعه في السوق\": هكذا لخص المزارع سعيد النعيمي، وهو أب لستة أطفال.";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("سعيد النعيمي"), "{q:?}");
    let text = "وردت البلدية على لسان رئيسها منصور العلي بأن \"المشروع سيكتمل في الموعد المحدد له\".";
    assert_eq!(name(&quotes(text)[0]), Some("منصور العلي"), "{:?}", quotes(text));
    let text = "وبحسب تقرير لمنظمة «حماية الطفولة في العالم» فإن «عدد الأطفال المشردين تضاعف خلال العام».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "a name of four words after لمنظمة is no quotation: {q:?}");
    assert_eq!(name(&q[0]), Some("حماية الطفولة في العالم"));
    // A title is no preposition: والي is not و + إلى; من جانبه is nobody.
    let text = "من جانبه، أقر والي الولاية صالح الزين بأن «الوضع صعب في ثلاث مناطق».";
    assert_eq!(name(&quotes(text)[0]), Some("صالح الزين"), "{:?}", quotes(text));
}

#[test]
fn a_given_name_with_al_din_is_one_name() {
    let text = "وقال وزير النقل نور الدين بلقاسم إن \"الطريق سيفتح أمام السيارات الأسبوع المقبل\".";
    assert_eq!(name(&quotes(text)[0]), Some("نور الدين بلقاسم"), "{:?}", quotes(text));
}

#[test]
fn what_a_participle_of_demand_quotes_is_the_subjects() {
    let text = "وانتقد النائب فريد المصري القرار، مطالبا الوزراء بـ«مراجعة فورية».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "a short quotation that a demand introduces is speech: {q:?}");
    assert_eq!(name(&q[0]), Some("فريد المصري"), "{q:?}");
    // After a quotation, the demand's object is no speaker.
    let text = "وقال النائب فريد المصري إن «القرار جاء متأخرا جدا عن موعده»، داعيا الحكومة إلى الاستقالة.";
    assert_eq!(name(&quotes(text)[0]), Some("فريد المصري"), "{:?}", quotes(text));
}

#[test]
fn a_name_the_finder_cut_short_stays_whole_but_an_object_goes() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let hint = |text: &str, name: &str, person: bool| {
        let at = text.find(name).unwrap();
        NameHint { start: at, end: at + name.len(), person }
    };
    let text = "وقال وزير المالية صلاح الدين عثمان إن \"العجز سينخفض هذا العام بشكل واضح\".";
    let q = quotes_with(text, &[hint(text, "صلاح الدين", true)]);
    assert_eq!(name(&q[0]), Some("صلاح الدين عثمان"), "{q:?}");
    let q = quotes_with(text, &[hint(text, "صلاح الدين", true), hint(text, "عثمان", true)]);
    assert_eq!(name(&q[0]), Some("صلاح الدين عثمان"), "{q:?}");
    // A word after the person that is no known name is the verb's object.
    let text = "وألقى الوزير نبيل العمري كلمة أكد فيها أن \"العجز سينخفض هذا العام بشكل واضح\".";
    let q = quotes_with(text, &[hint(text, "نبيل العمري", true)]);
    assert_eq!(name(&q[0]), Some("نبيل العمري"), "{q:?}");
}

#[test]
fn a_role_in_the_construct_state_and_a_narrating_verb() {
    let text = "\"رأيت الماء يغمر الشارع في دقائق معدودة\"، يروي بائع الخضار جمال الصافي، مضيفا أن الجيران \"هربوا إلى السطوح\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[0]), Some("جمال الصافي"), "{q:?}");
    assert_eq!(title(&q[0]), Some("بائع الخضار"));
    assert_eq!(name(&q[1]), Some("جمال الصافي"), "{q:?}");
}

#[test]
fn a_place_after_a_title_is_the_titles_and_the_name_may_follow_in_commas() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    // محافظ نينوى: the governor of a place; the place is not the speaker.
    let text = "وقال محافظ نينوى إن \"الوضع مستقر في كل الأقضية\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), None, "{q:?}");
    assert_eq!(title(&q[0]), Some("محافظ نينوى"), "{q:?}");
    // The person the entity finder found right after, set off by commas, speaks.
    let text = "وقال محافظ نينوى، علي حسن الطائي، إن \"الوضع مستقر في كل الأقضية\".";
    let at = text.find("علي حسن الطائي").unwrap();
    let hint = NameHint { start: at, end: at + "علي حسن الطائي".len(), person: true };
    let q = quotes_with(text, &[hint]);
    assert_eq!(name(&q[0]), Some("علي حسن الطائي"), "{q:?}");
}

/// Honorifics before a title or a name (معالي, سعادة, فخامة, الكابتن) are part of the
/// title, never the speaker's name.
#[test]
fn honorifics_are_titles() {
    let text = "وقال معالي الدكتور محمد بن عبدالعزيز الخليفي وزير الدولة بوزارة الخارجية إن \"الطرفين أبديا التزاما جادا بوقف إطلاق النار\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("محمد بن عبدالعزيز الخليفي"), "{q:?}");
    let text = "وقال الكابتن خالد الزروق إن «المدرج كان مبتلا والمكابح لم تستجب كما ينبغي».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("خالد الزروق"), "{q:?}");
}

/// A body named in the title before the person (المحللة في بنك …، سارة القحطاني;
/// المتحدث باسم حركة إم23 جوزيف موكندي) is part of the title, never the speaker; a
/// number joined to a word (إم23) does not end the speaker's phrase.
#[test]
fn a_body_in_the_title_is_not_the_speaker() {
    for (text, want) in [
        ("وقالت المحللة في بنك جي بي مورجان، سارة القحطاني، إن \"التقييم مرتفع لكنه يعكس نمو المستخدمين\".", "سارة القحطاني"),
        ("قال المتحدث باسم حركة إم23 جوزيف موكندي للجزيرة نت إن الحركة تريد \"سلاما حقيقيا لا هدنة على الورق\".", "جوزيف موكندي"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(name(&q[0]), Some(want), "{q:?}");
    }
}

/// An outlet in quote marks after مع (في اتصال هاتفي مع «الأهرام») is whom the speaker
/// spoke with, not a quotation.
#[test]
fn an_outlet_spoken_with_is_no_quotation() {
    let text = "قال قائد الطائرة الكابتن خالد الزروق، في اتصال هاتفي مع «الأهرام»، إن «المدرج كان مبتلا والمكابح لم تستجب كما ينبغي».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(content(text, &q[0]).starts_with("المدرج"), "{q:?}");
}

/// A family name that is a place's adjective follows a known given name (حنان بلخي);
/// البروفيسورة is a title; the outlet spoken to after the commas (لهسبريس) is no part
/// of the speaker.
#[test]
fn nisba_family_names_professors_and_outlets_after_commas() {
    for (text, want) in [
        ("وقالت مديرتها الإقليمية لشرق المتوسط حنان بلخي إن \"المغرب يقدم نموذجا للمنطقة\".", "حنان بلخي"),
        ("وقالت البروفيسورة نادية الشرقاوي، رئيسة فريق البحث، لهسبريس إن \"التلقيح المبكر يمكن أن يقي من الحالات\".", "نادية الشرقاوي"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(name(&q[0]), Some(want), "{q:?}");
    }
}

#[test]
fn a_spokesman_in_his_name_and_a_time_after_the_verb() {
    // المتحدث باسمها: "in her name", not the given name باسمة.
    let text = "وقالت المتحدثة باسمها ماريا زاخاروفا إن موسكو \"سترد بالمثل\".";
    assert_eq!(name(&quotes(text)[0]), Some("ماريا زاخاروفا"), "{:?}", quotes(text));
    // كان + subject + قد + verb + في وقت سابق: the subject speaks, not the time phrase,
    // also in Egyptian spelling (فى).
    for text in [
        "وكان وزير المالية خالد العنزي قد أكد في وقت سابق أن الحكومة \"لن ترفع الضرائب\".",
        "وكان وزير المالية خالد العنزي قد أكد فى وقت سابق أن الحكومة \"لن ترفع الضرائب\".",
    ] {
        assert_eq!(name(&quotes(text)[0]), Some("خالد العنزي"), "{text}: {:?}", quotes(text));
    }
}

#[test]
fn an_office_in_a_place_and_an_official_of_a_field_are_titles() {
    // ممثلة X في لبنان: the place after في is where the office is, not the name's start.
    let text = "وقالت ممثلة منظمة الصحة العالمية في الأردن ماريا كوستا إن \"اللقاحات وصلت\".";
    assert_eq!(name(&quotes(text)[0]), Some("ماريا كوستا"), "{:?}", quotes(text));
    // مسؤول before a definite noun is an office whose holder is named (مسؤول كبير,
    // an anonymous official, needs a given name).
    let text = "وقال مسؤول الإعلام في الجيش كريستوف دوبون في افتتاح المعرض إن \"الزيارة ناجحة\".";
    assert_eq!(name(&quotes(text)[0]), Some("كريستوف دوبون"), "{:?}", quotes(text));
}

#[test]
fn a_body_after_the_title_is_what_the_title_is_of() {
    // الرئيس التنفيذي لفيتول راسل هاردي: the company, then the name.
    let text = "وقال الرئيس التنفيذي لفيتول راسل هاردي إن \"السوق متوازنة\".";
    assert_eq!(name(&quotes(text)[0]), Some("راسل هاردي"), "{:?}", quotes(text));
    // A given name that begins with ل stays the name (لبنى).
    let text = "وقالت مديرة الجمعية لبنى الفاسي إن \"المساعدات وصلت\".";
    assert_eq!(name(&quotes(text)[0]), Some("لبنى الفاسي"), "{:?}", quotes(text));
}

#[test]
fn what_a_quotation_agrees_with_is_not_its_speaker() {
    // «…» وفق المعلومات الأولية: the information, not a speaker; the lead's subject
    // speaks (the participle مشيرة takes the subject of أعلنت).
    let text = "وأعلنت المديرية العامة للدفاع المدني تشكيل لجنة، مشيرة إلى أن الحريق \"بدأ في المخزن\" وفق المعلومات الأولية.";
    let q = quotes(text);
    assert_ne!(name(&q[0]), Some("المعلومات الأولية"), "{q:?}");
    assert!(q[0].speaker.as_ref().is_some_and(|s| s.text.contains("المديرية العامة للدفاع المدني")), "{q:?}");
    // A person after the same preposition still speaks.
    let text = "وبدأ الحريق \"في المخزن\" وفق المتحدث باسم الدفاع المدني سامي الخطيب.";
    assert_eq!(name(&quotes(text)[0]), Some("سامي الخطيب"), "{:?}", quotes(text));
}

/// After a verb of a demand, whom it calls on is not its speaker: a word marked
/// accusative, a definite oblique dual or plural, a feminine noun after a masculine
/// verb. The speaker is then the one named before (the subject left unsaid), or the
/// name before the object.
#[test]
fn whom_a_demand_calls_on_is_no_speaker() {
    let text = "وقال وزير الداخلية سليم بن عمر إن «الوضع تحت السيطرة». وطالب الأحزابَ بـ«التهدئة وضبط الخطاب».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("سليم بن عمر"), "{q:?}");
    let text = "وقال النائب هادي الفاسي إن «الميزانية تأخرت». ودعا الحكومة إلى «نشر الأرقام كاملة».";
    let q = quotes(text);
    assert_eq!(name(&q[1]), Some("هادي الفاسي"), "{q:?}");
    let text = "ودعا الاتحاد الأوروبي الطرفين إلى «العودة إلى طاولة المفاوضات».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("الاتحاد الأوروبي"), "{q:?}");
    let text = "ودعت المنظمة البلدين إلى «ضبط النفس».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("المنظمة"), "{q:?}");
}

/// A spokesman for a body whose head only the quotes' lexicon knows (تنسيقية, رابطة),
/// then his name between commas: the name speaks, not the body.
#[test]
fn a_spokesman_for_a_coordination_named_after_it() {
    let text = "وقال المتحدث باسم تنسيقية لجان الأحياء، عمر الطيب، إن «المسيرات ستستمر».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("عمر الطيب"), "{q:?}");
}

/// A title, then between commas a role that is no listed title and the name: the name
/// speaks.
#[test]
fn a_role_and_a_name_after_a_title() {
    let text = "وقال رئيس لجنة الحكام، المدرب المغربي سعيد الناصري، إن «القرار كان صائبا».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("سعيد الناصري"), "{q:?}");
}

/// A speaker phrase that begins with a body the entity finder found and runs on over
/// the verb's object is the body; a place the body is in stays in.
#[test]
fn a_body_the_speaker_phrase_begins_with() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "ودعت منظمة الصحة العالمية الحكومات إلى «تسريع حملات التلقيح».";
    let at = text.find("منظمة").unwrap();
    let hint = NameHint { start: at, end: at + "منظمة الصحة العالمية".len(), person: false };
    let q = quotes_with(text, &[hint]);
    assert_eq!(name(&q[0]), Some("منظمة الصحة العالمية"), "{q:?}");
}

/// "In a memo", "in the grounds of its ruling", "in a study": where the words were
/// said, not who said them.
#[test]
fn a_memo_or_a_ruling_ends_the_speaker() {
    let text = "وقال خبراء سيتي غروب في مذكرة لعملائهم إن \"الذهب سيتجاوز مستواه القياسي قبل نهاية العام\".";
    assert_eq!(name(&quotes(text)[0]), Some("سيتي غروب"));
    let text = "وأوضحت المحكمة الإدارية في حيثيات قرارها أن \"الإجراءات لم تحترم الآجال القانونية المعمول بها\".";
    assert_eq!(name(&quotes(text)[0]), Some("المحكمة الإدارية"));
}

/// After الذي, the name before a title set off by commas speaks, not the title's body.
#[test]
fn a_relative_after_a_title_set_off_by_commas() {
    let text = "وتراجعت الأسهم بحسب مارك جونسون، مدير الأبحاث في شركة الوساطة، الذي قال إن \"المستثمرين ينتظرون بيانات التضخم قبل أي خطوة\".";
    assert_eq!(name(&quotes(text)[0]), Some("مارك جونسون"));
}

/// اقترح introduces what was proposed; a description that is no listed title, set off
/// before a person's name, describes the person, who speaks.
#[test]
fn a_described_person_in_a_reported_clause_proposes() {
    let text = "وأكد المصدر أن الوسيط الدولي، السويدي كارل نيلسون، اقترح \"هدنة إنسانية لمدة أسبوعين في المدينة المحاصرة\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("كارل نيلسون"), "{q:?}");
    assert_eq!(q[0].cue.as_ref().unwrap().form, "اقترح");
}

#[test]
fn a_hyphen_inside_a_name_is_no_end_of_the_speaker() {
    // (With the person the entity finder found, as `analyze` gives it.)
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "ودعا الخبير الفرنسي جان-بيير دوران، من متحف اللوفر، المزادات إلى \"التدقيق في كل قطعة\".";
    let at = text.find("جان").unwrap();
    let hint = NameHint { start: at, end: at + "جان-بيير دوران".len(), person: true };
    let q = quotes_with(text, &[hint]);
    assert_eq!(name(&q[0]), Some("جان-بيير دوران"), "{q:?}");
}

/// A corridor's name in quote marks (ممر "الشمال - الجنوب") is a name, not a quotation.
#[test]
fn a_corridors_name_is_no_quotation() {
    let text = "وأضاف الوزير أن الجانبين بحثا مشروع ممر \"الشمال - الجنوب\" الذي يربط البلدين.";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text));
}

/// A word of a company's name that is also a speech verb (ترى "she sees" of ويند ترى)
/// is no cue: the person before the comma speaks. (With the names `analyze` gives.)
#[test]
fn a_cue_inside_a_name_is_no_cue() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "وقال ماركو بيلوني، المدير المالي لشركة ويند ترى، إن \"الأرباح ستتحسن في الربع المقبل\".";
    let hint = |s: &str, person| {
        let at = text.find(s).unwrap();
        NameHint { start: at, end: at + s.len(), person }
    };
    let q = quotes_with(text, &[hint("ماركو بيلوني", true), hint("ويند ترى", false)]);
    assert_eq!(name(&q[0]), Some("ماركو بيلوني"), "{q:?}");
}

/// A body's short name in brackets after its full name does not end the speaker
/// phrase: the person set off by commas after it speaks.
#[test]
fn a_short_name_in_brackets_before_the_name() {
    let text = "وقال رئيس الاتحاد الوطني للفلاحين (اتفلاح)، كريم الزواوي، إن \"الموسم كان جيدا رغم الجفاف\".";
    assert_eq!(name(&quotes(text)[0]), Some("كريم الزواوي"), "{:?}", quotes(text));
}

/// After a verb of a demand, the definite noun of a title in the construct state is
/// the title's (وزير الخارجية), not whom the verb calls on.
#[test]
fn a_titles_noun_is_no_one_called_on() {
    let text = "وطالب وزير الخارجية الماليزي أحمد رزالي بـ\"تحقيق دولي مستقل في الحادث\".";
    assert_eq!(name(&quotes(text)[0]), Some("أحمد رزالي"), "{:?}", quotes(text));
}

/// A participle after a clause whose verb the lexicon does not list: the body the
/// entity finder names after that verb speaks, without the verb's object.
#[test]
fn a_participles_subject_is_the_body_after_the_clauses_verb() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "ورحبت هيئة سوق المال بالقرار، مؤكدة أنه \"يعزز ثقة المستثمرين في البورصة\".";
    let at = text.find("هيئة").unwrap();
    let hint = NameHint { start: at, end: at + "هيئة سوق المال".len(), person: false };
    let q = quotes_with(text, &[hint]);
    let sp = q[0].speaker.as_ref().expect("a speaker");
    assert_eq!(sp.name.as_deref().or(sp.title.as_deref()), Some("هيئة سوق المال"), "{q:?}");
}

/// A demand's participle (داعيا) after a verb whose subject is a pronoun has that
/// pronoun's speaker, not a noun of the reported clause before it.
#[test]
fn a_demands_participle_after_a_pronoun_verb() {
    let text = "وقال الوزير سليم بن عمار إن \"الموسم سينطلق في موعده\".\nوأضاف أن البرنامج \"لن يتغير\"، داعيا الفلاحين إلى \"التسجيل قبل نهاية الشهر\".";
    let q = quotes(text);
    let last = q.iter().find(|x| content(text, x).starts_with("التسجيل")).expect("the demand");
    assert_eq!(name(last), Some("سليم بن عمار"), "{q:?}");
}

/// A body after a verb the lexicon does not list, then a participle: the body speaks.
#[test]
fn a_body_after_an_unlisted_verb_speaks_through_the_participle() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "بينما نعت الجامعة العربية الضحايا، داعية إلى \"تحقيق عاجل في ملابسات الحادث\".";
    let at = text.find("الجامعة").unwrap();
    let hint = NameHint { start: at, end: at + "الجامعة العربية".len(), person: false };
    let q = quotes_with(text, &[hint]);
    let sp = q[0].speaker.as_ref().expect("a speaker");
    assert_eq!(sp.name.as_deref().or(sp.title.as_deref()), Some("الجامعة العربية"), "{q:?}");
}

/// "Who asked not to be named" is a clause about the speaker, no part of the phrase.
#[test]
fn asked_not_to_be_named_ends_the_speaker() {
    let text = "وقال مسؤول أمني طلب عدم ذكر اسمه إن \"المهاجمين فروا نحو الحدود\".";
    let q = quotes(text);
    let sp = q[0].speaker.as_ref().expect("a speaker");
    assert_eq!(sp.name.as_deref().or(sp.title.as_deref()), Some("مسؤول أمني"), "{q:?}");
}

/// A body named in quote marks before التي قالت: the body speaks.
#[test]
fn a_quoted_body_before_a_relative_speaks() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "وانتقدت منظمة \"مراسلون بلا حدود\" التي قالت إن الصحفيين \"يعملون في ظروف خطيرة جدا\".";
    let at = text.find("مراسلون").unwrap();
    let hint = NameHint { start: at, end: at + "مراسلون بلا حدود".len(), person: false };
    let q = quotes_with(text, &[hint]);
    let q = q.iter().find(|x| content(text, x).starts_with("يعملون")).expect("the quotation");
    let sp = q.speaker.as_ref().expect("a speaker");
    assert_eq!(sp.name.as_deref().or(sp.title.as_deref()), Some("مراسلون بلا حدود"), "{q:?}");
}

/// علي before بن begins the speaker's name (its `search` form is the preposition على),
/// and a nisba adjective after a body's definite noun is no one a demand calls on.
#[test]
fn ali_begins_a_name_and_an_adjective_is_not_called_on() {
    let text = "ودعا رئيس الرابطة الوطنية للمزارعين علي بن سالم الحكومة إلى \"دعم أسعار البذور هذا الموسم\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("علي بن سالم"), "{q:?}");
}

/// وصفها … بأنها introduces the words of who described; after كان … قد the subject is
/// before the verb and the noun after it is the verb's object.
#[test]
fn described_as_and_a_subject_before_qad() {
    let text = "وهي خطوة وصفها رئيس الاتحاد سمير الحلبي بأنها \"بداية مرحلة جديدة للقطاع\".";
    assert_eq!(name(&quotes(text)[0]), Some("سمير الحلبي"), "{:?}", quotes(text));
    let text = "وكان الوزير نبيل الشامي قد طمأن المزارعين، أمس، بأن \"الدعم سيصرف قبل نهاية الشهر\".";
    assert_eq!(name(&quotes(text)[0]), Some("نبيل الشامي"), "{:?}", quotes(text));
}

/// Name hints for `quotes_with`: (words, is a person), found in `text` in turn.
fn hints(text: &str, names: &[(&str, bool)]) -> Vec<isnad::compare::quotes::NameHint> {
    let mut out: Vec<_> = names
        .iter()
        .map(|&(n, person)| {
            let at = text.find(n).unwrap_or_else(|| panic!("{n} not in the text"));
            isnad::compare::quotes::NameHint { start: at, end: at + n.len(), person }
        })
        .collect();
    out.sort_by_key(|h| (h.start, h.end));
    out
}

/// A title's complement (إلى + a country) or a relative clause set off by a comma
/// stands between a title and the person it names: the person speaks.
#[test]
fn a_title_and_its_complement_before_the_person() {
    use isnad::compare::quotes::quotes_with;
    let text = "وقال الممثل الخاص إلى ليبيا كريم حداد إن \"الانتخابات لا يمكن أن تنتظر أكثر\".";
    let q = quotes_with(text, &hints(text, &[("ليبيا", false), ("كريم حداد", true)]));
    assert_eq!(name(&q[0]), Some("كريم حداد"), "{q:?}");
    let text = "وقال المدير التنفيذي للصندوق الذي يتخذ من نيروبي مقرا له، جوزيف كاماو، إن \"التمويل تأخر\".".to_string();
    let q = quotes_with(&text, &hints(&text, &[("نيروبي", false), ("جوزيف كاماو", true)]));
    assert_eq!(name(&q[0]), Some("جوزيف كاماو"), "{q:?}");
}

/// A bare verb later in a sentence that opened with a verb and a body: the body speaks,
/// not the writer of the byline before it.
#[test]
fn a_bare_verb_after_a_body_that_opened_the_sentence() {
    use isnad::compare::quotes::quotes_with;
    let text = "كتب أحمد سالم\nأدانت وزارة الخارجية الأردنية الهجوم على القافلة، وأكدت في بيان أن \"استهداف عمال الإغاثة جريمة لا تغتفر\".";
    let q = quotes_with(text, &hints(text, &[("أحمد سالم", true), ("وزارة الخارجية الأردنية", false)]));
    assert_eq!(name(&q[0]), Some("وزارة الخارجية الأردنية"), "{q:?}");
}

/// Where a verb was said from (أعلن من + a city + a time) is not its speaker: the person
/// named before the verb (وكان فلان قد أعلن) is.
#[test]
fn where_it_was_said_is_no_speaker() {
    use isnad::compare::quotes::quotes_with;
    let text = "وكان الرئيس فيليكس تشيسيكيدي قد أعلن من كينشاسا الشهر الماضي أن بلاده \"لن تتفاوض تحت التهديد\".";
    let q = quotes_with(text, &hints(text, &[("فيليكس تشيسيكيدي", true), ("كينشاسا", false)]));
    assert_eq!(name(&q[0]), Some("فيليكس تشيسيكيدي"), "{q:?}");
}

/// A role no title list holds, a person and where the person is: the person speaks.
#[test]
fn a_role_a_person_and_a_place_after_the_quotation() {
    use isnad::compare::quotes::quotes_with;
    let text = "«المياه غمرت الحقول كلها»، قال المزارع حسن عبد الله في قرية الجزيرة، مضيفا أن المحصول ضاع.";
    let q = quotes_with(text, &hints(text, &[("حسن عبد الله", true), ("الجزيرة", false)]));
    assert_eq!(name(&q[0]), Some("حسن عبد الله"), "{q:?}");
}

/// A company's head, then its own name with its trade, which the finder marks without
/// the head: the company speaks, named whole.
#[test]
fn a_company_after_its_head_speaks_by_its_whole_name() {
    use isnad::compare::quotes::quotes_with;
    let text = "وقالت شركة نبتون مارين للشحن في بيان إنها \"تتعاون بالكامل مع المحققين\".";
    let q = quotes_with(text, &hints(text, &[("نبتون مارين للشحن", false)]));
    assert_eq!(name(&q[0]), Some("نبتون مارين للشحن"), "{q:?}");
}

/// A title of a body (المدير العام للوكالة), then the person set off by commas with an
/// honorific: that person speaks, not a later holder of a like title.
#[test]
fn the_person_after_a_title_of_a_body_comes_first() {
    use isnad::compare::quotes::quotes_with;
    let text = "وأوضح المدير العام للهيئة، الدكتور سمير بلقاسم، في تصريح صحفي، أن المشروع \"سيكتمل قبل نهاية العام\". وقال مدير عمليات الشركة إن العمل متواصل.";
    let q = quotes_with(text, &hints(text, &[("سمير بلقاسم", true)]));
    assert_eq!(name(&q[0]), Some("سمير بلقاسم"), "{q:?}");
}

/// A spokesman whose given name is باسم: the person the finder marks at the end of what
/// read as the title ("in the name of the government") is the speaker.
#[test]
fn a_spokesman_whose_given_name_reads_as_in_the_name_of() {
    use isnad::compare::quotes::quotes_with;
    let text = "ورد المتحدث باسم الوزارة باسم الكعبي قائلا: \"الإصلاحات تحتاج إلى وقت\".";
    let q = quotes_with(text, &hints(text, &[("الوزارة", false), ("باسم الكعبي", true)]));
    assert_eq!(name(&q[0]), Some("باسم الكعبي"), "{q:?}");
    assert_eq!(title(&q[0]), Some("المتحدث باسم الوزارة"), "{q:?}");
}

/// وصف … بأنه: two quoted words or more are the speaker's, who is the verb's subject;
/// one quoted word is the word put on a thing, a term.
#[test]
fn a_description_verb_quotes_speech_or_a_term() {
    let text = "ووصفت رئيسة اللجنة سلمى العبيدي المشروع بأنه «خطوة في الاتجاه الصحيح».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("سلمى العبيدي"), "{q:?}");
    let text = "ووصف نائب معارض الميزانية بأنها «تقشفية».";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text));
}

/// After the speaker's name, من begins what the verb is about (حذر الوزير فلان من …،
/// مؤكدا أن «…»): the name is the speaker, not what he warned of.
#[test]
fn what_a_warning_is_of_is_no_speaker() {
    use isnad::compare::quotes::quotes_with;
    let text = "وحذر وزير الزراعة الأردني خالد الحنيفات من موسم صعب، مؤكدا أن \"المحاصيل تضررت بشدة\".";
    let q = quotes_with(text, &hints(text, &[("خالد الحنيفات", true)]));
    assert_eq!(name(&q[0]), Some("خالد الحنيفات"), "{q:?}");
}

/// لفت ("pointed out") ends with its root's ت: masculine, so a carried-over speaker is
/// the latest man, not an earlier woman.
#[test]
fn lafata_is_masculine() {
    let text = "\"الأسعار تضاعفت\"، تقول أم خالد.\nوأوضح الخبير سامر النجار أن \"العرض تراجع\".\nولفت إلى أن \"الحل في الاستيراد\".";
    let q = quotes(text);
    assert_eq!(name(&q[2]), Some("سامر النجار"), "{q:?}");
}

/// A description that is no listed title, the person, then a listed title after a comma
/// (قال الناشر المغربي فلان، رئيس اتحاد …، إن): the person the finder found speaks; and
/// رد "replied" is a speech verb (رد مصدر بأن «…»).
#[test]
fn a_described_person_before_a_title_and_a_reply() {
    use isnad::compare::quotes::quotes_with;
    let text = "وقال الناشر المغربي حسن الوزاني، رئيس جمعية الناشرين، إن الجمعية \"تتابع الملف\".";
    let q = quotes_with(text, &hints(text, &[("حسن الوزاني", true), ("جمعية الناشرين", false)]));
    assert_eq!(name(&q[0]), Some("حسن الوزاني"), "{q:?}");
    let text = "وقالت الكاتبة إن \"الرقابة مفاجئة\"، فيما رد مسؤول في الوزارة بأن \"القرار قانوني\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(title(&q[1]), Some("مسؤول في الوزارة"), "{q:?}");
}

/// A title before a committee's long name and its chamber, then the person set off by
/// commas: the phrase reaches the person past the body's dozen words.
#[test]
fn the_person_after_a_long_bodys_title_speaks() {
    use isnad::compare::quotes::quotes_with;
    let text = "وأكد نائب رئيس لجنة الصحة والشؤون الاجتماعية والعمل والتضامن بمجلس النواب، النائبة سلمى العبيدي، أن \"القانون سيعرض الشهر المقبل\".";
    let q = quotes_with(text, &hints(text, &[("سلمى العبيدي", true)]));
    assert_eq!(name(&q[0]), Some("سلمى العبيدي"), "{q:?}");
}

/// "Which X considered" with its object pronoun (وهو ما اعتبرته الوزارة "…") is a cue:
/// the subject after it speaks, not a body named in the sentence before.
#[test]
fn considered_with_its_object_pronoun_is_a_cue() {
    use isnad::compare::quotes::quotes_with;
    let text = "وأوضح بيان للحكومة أن القرار نهائي. ورفض المجلس القرار، وهو ما اعتبرته نقابة المعلمين \"خطوة إلى الوراء\".";
    let q = quotes_with(text, &hints(text, &[("نقابة المعلمين", false)]));
    assert_eq!(name(&q[0]), Some("نقابة المعلمين"), "{q:?}");
}

/// "Denying" as a participle is a cue whose object follows it: the quotation after it
/// is the subject's of the verb before (نافيا أن يكون للقرار "أي خلفية"), and what is
/// denied (نافيا وجود أي خلل) is never the speaker.
#[test]
fn denying_is_a_cue_whose_object_follows() {
    use isnad::compare::quotes::quotes_with;
    let text = "وقال المتحدث باسم البلدية، سامر الحلبي، إن الأشغال ستنتهي قريبا، نافيا أن يكون للقرار \"أي خلفية انتخابية\".";
    let q = quotes_with(text, &hints(text, &[("سامر الحلبي", true)]));
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("سامر الحلبي"), "{q:?}");
}

/// رحب "welcomed" is a cue, and a participle after it has its subject (رحب فلان بالخطوة،
/// داعيا إلى «…»); a chamber's member "for" a city goes on to his name (عضو مجلس النواب
/// عن مدينة بنغازي فلان), the city in the title.
#[test]
fn a_welcome_and_a_member_for_a_city() {
    use isnad::compare::quotes::quotes_with;
    let text = "ورحب رئيس الحكومة عادل الشريف بالخطوة، داعيا إلى \"توحيد المؤسسات\".";
    let q = quotes_with(text, &hints(text, &[("عادل الشريف", true)]));
    assert_eq!(name(&q[0]), Some("عادل الشريف"), "{q:?}");
    let text = "واعتبر عضو مجلس النواب عن مدينة مصراتة فرج القماطي أن الاتفاق \"ولد ميتا\".";
    let q = quotes_with(text, &hints(text, &[("مجلس النواب", false), ("مصراتة", false), ("فرج القماطي", true)]));
    assert_eq!(name(&q[0]), Some("فرج القماطي"), "{q:?}");
}

/// A spokesman for a body whose name the phrase cannot tell from the body's words (a
/// foreign family name that begins with أل, read as the article): the person the finder
/// found at the end of the phrase speaks, and the bare verb after goes to him.
#[test]
fn a_spokesman_named_after_the_body_he_speaks_for() {
    use isnad::compare::quotes::quotes_with;
    let text = "قال المتحدث باسم وزارة الدفاع الكينية تيكلي ألمايو إن القوات «ستبقى في مواقعها». وأضاف أن الجنود «لن ينسحبوا قبل نهاية المهمة».";
    let q = quotes_with(text, &hints(text, &[("وزارة الدفاع الكينية", false), ("تيكلي ألمايو", true)]));
    assert_eq!(name(&q[0]), Some("تيكلي ألمايو"), "{q:?}");
    assert_eq!(name(&q[1]), Some("تيكلي ألمايو"), "{q:?}");
}

/// A title, the person the finder found, then what the verb is about after ب (أشاد …
/// بتنظيم البطولة، مؤكدا أن): the person speaks, the words before are the title (a
/// foreign given name the phrase alone does not take for a name).
#[test]
fn a_titled_person_before_the_verbs_object() {
    use isnad::compare::quotes::quotes_with;
    let text = "وأشاد رئيس الاتحاد الآسيوي للجودو أركادي سوكولوف بتنظيم الدورة، مؤكدا أن المدينة \"أثبتت قدرتها على استضافة الكبار\".";
    let q = quotes_with(text, &hints(text, &[("الاتحاد الآسيوي للجودو", false), ("أركادي سوكولوف", true), ("المدينة", false)]));
    assert_eq!(name(&q[0]), Some("أركادي سوكولوف"), "{q:?}");
}

/// A name whose words have the article inside it (عبد المنعم), set off by a comma before
/// its title: the title alone later (وقال الوزير) is that person.
#[test]
fn a_title_alone_after_a_name_with_the_article_inside() {
    use isnad::compare::quotes::quotes_with;
    let text = "أكد الدكتور كمال الدين عبد الرحيم، وزير الزراعة، أن الموسم جيد. وقال الوزير في تصريحات للصحفيين إن المحصول \"تجاوز كل التوقعات هذا العام\".";
    let q = quotes_with(text, &hints(text, &[("كمال الدين عبد الرحيم", true)]));
    assert_eq!(name(&q[0]), Some("كمال الدين عبد الرحيم"), "{q:?}");
}

/// أما فلان فقال إن «…»: the ف of فقال answers أما, and the subject before it speaks,
/// not the speaker quoted before.
#[test]
fn the_subject_of_amma_speaks_after_fa() {
    let text = "وقال مصدر أمني إن \"الطريق أغلق\".\nأما مدير المستشفى، كريم حداد، فقال إن المستشفى \"استقبل عشرين مصابا\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("كريم حداد"), "{q:?}");
}

/// وأضاف المسؤول ذاته / المسؤول نفسه: "the same official" is the speaker quoted last,
/// never a person named ذاته.
#[test]
fn the_same_official_is_the_last_speaker() {
    let text = "وقال رئيس الجمعية وليد القاسم إن \"التبرعات تضاعفت\".\nوأضاف المسؤول ذاته أن الجمعية \"ستفتح فرعا جديدا\".\nوتابع المسؤول نفسه: \"نحتاج إلى متطوعين\".";
    let q = quotes(text);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(name(&q[1]), Some("وليد القاسم"), "{q:?}");
    assert_eq!(name(&q[2]), Some("وليد القاسم"), "{q:?}");
}

/// رفض ذكر اسمه, فضل عدم ذكر اسمه: ذكر there is a verbal noun, no cue; the source
/// before the clause speaks.
#[test]
fn refusing_to_give_a_name_is_no_cue() {
    let text = "وقال موظف في البلدية، رفض ذكر اسمه، لـ«الوطن» إن \"الرواتب تأخرت شهرين\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_ne!(q[0].cue.as_ref().map(|c| c.form.as_str()), Some("ذكر"), "{q:?}");
    let sp = q[0].speaker.as_ref().expect("a speaker");
    assert!(sp.text.contains("موظف") && !sp.text.contains("اسمه"), "{q:?}");
}

/// لفرانس برس، لرويترز after a speaker: the agency spoken to, no part of the speaker.
#[test]
fn a_news_agency_spoken_to_is_no_speaker() {
    for agency in ["لفرانس برس", "لرويترز"] {
        let text = format!("وقال ضابط في الجيش {agency}، طالبا عدم كشف هويته، إن \"القصف استمر طوال الليل\".");
        let q = quotes(&text);
        assert_eq!(q.len(), 1, "{q:?}");
        let sp = q[0].speaker.as_ref().expect("a speaker");
        assert!(!sp.text.contains("برس") && !sp.text.contains("رويترز"), "{agency}: {q:?}");
    }
}

/// A title in the construct state right before quote marks heads the body named in
/// them (مدير «شبكة الرصد»): a name, not a quotation.
#[test]
fn a_body_in_quotes_after_a_title_is_a_name() {
    let text = "وقال سمير داود، مدير «شبكة الرصد» المحلية، إن \"المياه ملوثة في ثلاث قرى\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(content(text, &q[0]), "المياه ملوثة في ثلاث قرى");
}

/// المتحدث باسم وزارة النقل: the ministry he speaks for (its head has no article) is
/// part of the title, never his name.
#[test]
fn a_ministry_after_bism_is_no_name() {
    let text = "وقال المتحدث باسم وزارة النقل إن \"الرحلات ستستأنف غدا\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), None, "{q:?}");
    assert!(title(&q[0]).is_some_and(|t| t.contains("وزارة النقل")), "{q:?}");
}

/// أمينة (also "secretary") before a family name, with a title in the next part, is a
/// woman's given name: أمينة العلوي، رئيسة الجمعية. (A title with the article, السفير
/// فلان، مساعد الوزير, stays a title.)
#[test]
fn a_given_name_that_is_also_a_title() {
    let text = "وقالت أمينة العلوي، رئيسة جمعية حماية المستهلك، إن \"الأسعار ارتفعت بلا مبرر\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("أمينة العلوي"), "{q:?}");
    assert_eq!(title(&q[0]), Some("رئيسة جمعية حماية المستهلك"), "{q:?}");
}

/// عبّر … عن «…» ("expressed") at the head of a sentence is a speech verb; عبر
/// elsewhere is "through" (كتب عبر حسابه), no cue.
#[test]
fn abbara_an_expresses() {
    let text = "وعبرت المنظمة الدولية للهجرة، في بيان، عن \"قلقها البالغ\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.as_ref().map(|s| s.text.as_str()), Some("المنظمة الدولية للهجرة"), "{q:?}");
    let text = "وكتب المدرب عبر حسابه على منصة إكس: \"سنعود أقوى\".";
    let q = quotes(text);
    assert_eq!(q[0].speaker.as_ref().map(|s| s.text.as_str()), Some("المدرب"), "{q:?}");
}

/// بحسب ما نقلته وكالة عن مسؤول: ما and its verb are no speaker, and the source the
/// outlet relays speaks; وفقا لمصادر: the speaker begins after the joined ل.
#[test]
fn according_to_what_an_outlet_relayed() {
    let text = "وبحسب ما نقلته وكالة الأناضول عن مسؤول في الميناء، فإن \"السفينة غادرت فجرا\".";
    let q = quotes(text);
    assert_eq!(q[0].speaker.as_ref().map(|s| s.text.as_str()), Some("مسؤول في الميناء"), "{q:?}");
    let text = "وبحسب ما أوردته صحيفة النهار، فإن \"الجلسة أرجئت\".";
    let q = quotes(text);
    assert_eq!(q[0].speaker.as_ref().map(|s| s.text.as_str()), Some("صحيفة النهار"), "{q:?}");
    let text = "ووفقا لمصادر في البلدية، فإن \"الأشغال ستنتهي الشهر المقبل\".";
    let q = quotes(text);
    let sp = q[0].speaker.as_ref().expect("a speaker");
    assert_eq!(&text[sp.start..sp.end], "مصادر في البلدية", "{q:?}");
    assert_eq!(sp.text, "مصادر في البلدية", "{q:?}");
    let text = "وحسب لجنة الانتخابات، فإن \"النتائج نهائية\".";
    let q = quotes(text);
    assert_eq!(q[0].speaker.as_ref().map(|s| s.text.as_str()), Some("لجنة الانتخابات"), "{q:?}");
}

/// What follows the speaker's name is the verb's object, no part of the speaker: ما
/// (نفى فلان ما تردد عن «…») and a statement with a possessive (ختم فلان كلمته).
#[test]
fn an_object_after_the_speaker_is_no_speaker() {
    let text = "ونفى الناطق باسم الجيش العقيد سامر الحلبي ما تردد عن \"انسحاب الوحدات\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("سامر الحلبي"), "{q:?}");
    let text = "\"لن نساوم على حقوقنا\"، بهذه الكلمات ختم النائب سليم الخوري مداخلته.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("سليم الخوري"), "{q:?}");
}

/// واكتفى المتحدث بالقول إن «…»: the verb before بالقول is no part of the speaker.
#[test]
fn the_verb_before_bil_qawl_is_no_speaker() {
    let text = "واكتفى المتحدث باسم الشركة بالقول إن \"الملف قيد الدراسة\".";
    let q = quotes(text);
    assert_eq!(q[0].speaker.as_ref().map(|s| s.text.as_str()), Some("المتحدث باسم الشركة"), "{q:?}");
}

/// في إفادة صحافية، في إحاطة: where it was said, like في بيان, no part of the speaker.
#[test]
fn a_briefing_is_no_speaker() {
    let text = "وقالت الناطقة باسم المفوضية سلمى الحداد في إحاطة صحافية إن \"عدد اللاجئين تضاعف\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("سلمى الحداد"), "{q:?}");
}

/// After باسم comes what the spokesman speaks for (a province, a movement), never his
/// name; a name after it, or set off by commas, is.
#[test]
fn what_a_spokesman_speaks_for_is_no_name() {
    let text = "وقالت المتحدثة باسم ولاية نابل، سعاد المرزوقي، إن \"الطرقات مفتوحة\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("سعاد المرزوقي"), "{q:?}");
    let text = "وقال المتحدث باسم حماس حازم قاسم إن \"الوفد غادر\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("حازم قاسم"), "{q:?}");
}

/// رئيس نقابة البحارة: a title in the construct state before a body whose head has no
/// article is a title alone, not a person named نقابة.
#[test]
fn a_title_before_a_body_names_nobody() {
    let text = "وقال رئيس نقابة المعلمين: \"الإضراب مستمر\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), None, "{q:?}");
    assert_eq!(title(&q[0]), Some("رئيس نقابة المعلمين"), "{q:?}");
}

/// للدفاع عن inside a body's name: عن there does not end the speaker.
#[test]
fn for_the_defence_of_is_part_of_a_name() {
    let text = "وقالت الرابطة الوطنية للدفاع عن المستهلك في بيان إن \"الأسعار غير مبررة\".";
    let q = quotes(text);
    assert_eq!(q[0].speaker.as_ref().map(|s| s.text.as_str()), Some("الرابطة الوطنية للدفاع عن المستهلك"), "{q:?}");
}

/// جمعية «…», رابطة «…»: an association named in quote marks, which then speaks.
#[test]
fn an_association_named_in_quotes_speaks() {
    let text = "وأعلنت جمعية «أصدقاء البحر» أنها \"ستنظم حملة تنظيف\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("أصدقاء البحر"), "{q:?}");
}

/// ولي أمر ("a parent") is an anonymous source, no person named أمر; ولي العهد
/// before a name is a title whose holder is named.
#[test]
fn a_parent_is_an_anonymous_source() {
    let text = "وقال ولي أمر أحد التلاميذ إن \"الحافلة تأخرت ساعتين\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), None, "{q:?}");
    let text = "وقال ولي العهد الأمير فيصل بن سلمان إن \"الشباب ثروتنا\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("فيصل بن سلمان"), "{q:?}");
}

/// وزاد (Maghreb usage: "he added") is a speech verb; وزاد المتحدث ذاته carries the
/// last speaker over.
#[test]
fn zada_adds() {
    let text = "وقال الخبير عزيز الوافي إن \"الأسعار سترتفع\".\nوزاد المتحدث ذاته: \"الطلب أكبر من العرض\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("عزيز الوافي"), "{q:?}");
}

/// مصادر أمنية: one word after an anonymous head is an adjective, even one that is also
/// a given name (أمنية), not a name.
#[test]
fn an_adjective_after_an_anonymous_head_is_no_name() {
    let text = "وأكدت مصادر أمنية للصحيفة أن \"المشتبه به فر إلى الجبال\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), None, "{q:?}");
}

/// وحسب المعطيات المتوفرة، فإن «…»: what the words agree with is no speaker.
#[test]
fn according_to_the_data_is_no_speaker() {
    let text = "وحسب المعطيات المتوفرة، فإن \"عدد الضحايا مرشح للارتفاع\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].speaker.is_none(), "{q:?}");
}

/// بلاغ للمديرية: the body named before with that head (ل elides the article's alef).
#[test]
fn a_statement_of_a_body_named_before() {
    use isnad::compare::quotes::quotes_with;
    let text = "أعلنت المديرية العامة للوقاية المدنية إخلاء الحي.\nوأفاد بلاغ للمديرية بأن \"النيران أخمدت بالكامل\".";
    let q = quotes_with(text, &hints(text, &[("المديرية العامة للوقاية المدنية", false)]));
    assert_eq!(name(&q[0]), Some("المديرية العامة للوقاية المدنية"), "{q:?}");
}

/// في حديث إلى «…»: the outlet spoken to, in quote marks, is a name, no quotation.
#[test]
fn an_outlet_spoken_to_after_ila_is_a_name() {
    let text = "وفي حديث إلى \"الأخبار\"، رأى الخبير مروان إسكندر أن \"الانهيار لم ينته\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(content(text, &q[0]), "الانهيار لم ينته");
}

/// دعا … في بيان إلى «…»: after a call, what follows إلى is what is called for, a
/// quotation, even after a statement noun.
#[test]
fn a_call_in_a_statement_quotes_what_it_calls_for() {
    let text = "ودعت نقابة الأطباء في تصريح إلى \"وقف الاعتداءات\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(content(text, &q[0]), "وقف الاعتداءات");
}

/// أم علي: a mother's kunya, though أم reads as "or" and علي as the preposition على.
#[test]
fn a_kunya_with_ali() {
    let text = "\"الماء مقطوع منذ أسبوع\"، قالت أم علي، وهي أم لأربعة أطفال.";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("أم علي"), "{q:?}");
    let text = "وقالت أم علي: \"لا نملك ثمن الدواء\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("أم علي"), "{q:?}");
}

/// قيادي is an anonymous head like مسؤول; لم يكشف عن هويته and لم يشأ ذكر اسمه are
/// clauses about the source, and ذكر after يشأ is no cue.
#[test]
fn a_cadre_who_gave_no_name() {
    let text = "ونقلت صحيفة محلية عن قيادي في الحزب، لم يكشف عن هويته، أن \"الانشقاق وشيك\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), None, "{q:?}");
    assert_eq!(title(&q[0]), Some("قيادي في الحزب"), "{q:?}");
    let text = "وقال موظف، لم يشأ ذكر اسمه، إن \"الرواتب لم تصرف\".";
    let q = quotes(text);
    assert_ne!(q[0].cue.as_ref().map(|c| c.form.as_str()), Some("ذكر"), "{q:?}");
}

/// القيادي في حركة فتح جبريل الرجوب: the body's name after its head (حركة) belongs to
/// the title; the person's name follows.
#[test]
fn a_movement_named_before_the_person() {
    let text = "وقال القيادي في حركة فتح جبريل الرجوب إن \"المصالحة ممكنة\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("جبريل الرجوب"), "{q:?}");
}

/// وقال لـ«الخليج» فلان: the outlet spoken to may come before the speaker.
#[test]
fn the_outlet_before_the_speaker() {
    let text = "وقالت الوزيرة سلمى النعيمي إن \"الموسم ممتاز\".\nوقال لـ«البيان» المزارع راشد الكعبي: «الأمطار أنقذت المحصول».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("راشد الكعبي"), "{q:?}");
}

/// وأوضح معاليه، وأكد سموه: an honorific with a pronoun carries the speaker over.
#[test]
fn his_excellency_is_a_pronoun() {
    let text = "وقال وزير المالية سالم العامري إن \"العجز تراجع\".\nوأوضح معاليه أن \"الدين العام مستقر\".";
    let q = quotes(text);
    assert_eq!(name(&q[1]), Some("سالم العامري"), "{q:?}");
}

/// ترى, تعتقد, تتوقع: present forms of the feminine, so a later وتقول carries that
/// woman over, not a body quoted before her.
#[test]
fn present_feminine_verbs_have_a_gender() {
    let text = "وأكدت منظمة \"نساء بلا حدود\" في بيان أن \"التمويل تقلص\".\nوترى الباحثة ليلى الزين أن \"الأزمة أعمق\".\nوتقول: \"المطلوب إرادة سياسية\".";
    let q = quotes(text);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(name(&q[2]), Some("ليلى الزين"), "{q:?}");
}

/// المكلفة بالإعلام: a title, so the name set off after it is the name.
#[test]
fn the_officer_in_charge_is_a_title() {
    let text = "وأشارت المكلفة بالإعلام في البلدية، سنية العياري، إلى أن \"الأشغال انتهت\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("سنية العياري"), "{q:?}");
}

/// قوله إن «…»، وإن … «…»: a short quotation in a reported clause coordinated with
/// the first is the same speaker's, though its cue stands before the first.
#[test]
fn a_short_quote_in_a_coordinated_clause() {
    let text = "ونقلت الوكالة عن الوزير حسن البدري قوله إن \"الطريق سيفتح قريبا\"، وإن العمل سيستمر \"ليلا ونهارا\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("حسن البدري"), "{q:?}");
    // (Not across a sentence's end.)
    let text = "وقال الوزير إن \"الطريق سيفتح قريبا\". وإن تأخر فالسبب \"الطقس\".";
    assert_eq!(quotes(text).len(), 1, "{:?}", quotes(text));
}

/// A name that ends with الدين set off before a title (فلان تاج الدين، مستشار …) is
/// recorded with it, so a later مستشار الرئيس alone is that person.
#[test]
fn a_name_ending_in_al_din_before_a_title() {
    let text = "وقال الدكتور سامي نور الدين، مستشار رئيس الحكومة للشؤون الاقتصادية، إن \"النمو تحسن\".\nوأشار مستشار رئيس الحكومة إلى أن \"التضخم تراجع\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("سامي نور الدين"), "{q:?}");
}

/// وأضافت الطبيبة الباكستانية: a definite title no one was named with, after a verb
/// that goes on, is an epithet of the speaker quoted last; an anonymous head is not.
#[test]
fn an_epithet_after_adding_is_the_last_speaker() {
    let text = "وقالت ممثلة المنظمة، هيلين كلارك، إن \"المخيمات مكتظة\".\nوأضافت الطبيبة النيوزيلندية: \"الشتاء سيكون قاسيا\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("هيلين كلارك"), "{q:?}");
    let text = "وقالت ممثلة المنظمة، هيلين كلارك، إن \"المخيمات مكتظة\".\nوأضاف المسؤول الأمني: \"الحدود مغلقة\".";
    let q = quotes(text);
    assert_eq!(name(&q[1]), None, "{q:?}");
}

/// وفقا لبيان صادر عن …: the body that issued the statement, after the joined ل.
#[test]
fn according_to_a_statement_issued_by_a_body() {
    let text = "ووفقا لبيان صادر عن وزارة الزراعة، فإن \"المحصول تضاعف\".";
    let q = quotes(text);
    assert_eq!(q[0].speaker.as_ref().map(|s| s.text.as_str()), Some("وزارة الزراعة"), "{q:?}");
}

/// A headline's name, maybe with where it spoke (ميقاتي من السراي:), attributes even a
/// short quotation after the colon.
#[test]
fn a_short_headline_quote_with_a_place() {
    let text = "سلامة من بعبدا: «لا تمديد للمهلة»\nأكد الوزير كريم سلامة أن «المهلة نهائية».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].speaker.as_ref().map(|s| s.text.as_str()), Some("سلامة"), "{q:?}");
}

/// بحسب معلومات «الجديد»: the outlet's information; its name in marks is no quotation
/// and it is the source.
#[test]
fn an_outlets_information() {
    let text = "وبحسب معلومات «المدن»، فإن «الاجتماع أرجئ إلى الأسبوع المقبل».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("المدن"), "{q:?}");
}

/// بيّن (written بين, like "between") at a sentence's head with أن after it, نوّه and
/// مبينة are speech verbs; بين inside a sentence is "between".
#[test]
fn bayyana_and_nawwaha() {
    let text = "وبين مدير المستشفى الدكتور ماجد الحربي في تصريح للصحفيين أن \"الحالات مستقرة\".\nونوه بأن \"الزيارات ممنوعة\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[0]), Some("ماجد الحربي"), "{q:?}");
    assert_eq!(name(&q[1]), Some("ماجد الحربي"), "{q:?}");
    let text = "وقارنت الدراسة بين المدن، وقال الباحث إن \"الفرق كبير\".";
    let q = quotes(text);
    assert_eq!(q[0].cue.as_ref().map(|c| c.form.as_str()), Some("قال"), "{q:?}");
}

/// «…»، وفق ما صرح به فلان and «…»، هذا ما قاله فلان: the speaker after the cue,
/// past ما, its verb and its pronoun.
#[test]
fn trailing_what_someone_said() {
    let text = "\"الإنتاج عاد كاملا\"، وفق ما صرح به مدير الحقل سالم الورفلي.";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("سالم الورفلي"), "{q:?}");
    let text = "\"لا نريد إلا الماء\"، هذا ما قاله أحد المزارعين لمراسلنا.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].speaker.as_ref().is_some_and(|s| s.text.contains("المزارعين")), "{q:?}");
}

/// من جانبه، اكتفى المتحدث … بالقول: the verb before بالقول is no speaker, with or
/// without و.
#[test]
fn the_verb_before_bil_qawl_without_waw() {
    let text = "من جانبه، اكتفى المتحدث باسم البلدية نزار الكيلاني بالقول إن \"الملف مغلق\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("نزار الكيلاني"), "{q:?}");
}

/// One quoted word after a welcome is the word put on it, no quotation (رحبت الحركة
/// بالخطوة «بحذر»); a longer one is speech.
#[test]
fn a_cautious_welcome_is_no_quotation() {
    let text = "ورحبت الحركة بالخطوة \"بحذر\".";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text));
    let text = "ورحبت الحركة بالخطوة \"على أمل أن تكون جادة\".";
    assert_eq!(quotes(text).len(), 1, "{:?}", quotes(text));
}

/// Two quoted words that begin with a future verb or a negation after the clause's
/// subject are speech (إن الحزب «سيقاطع الاقتراع», إن الوزارة «لن تتراجع»), while a
/// definite noun before two quoted words otherwise names them.
#[test]
fn a_short_clause_after_its_subject_is_speech() {
    let text = "وقال المتحدث باسم الحزب سمير العلمي إن الحزب \"سيقاطع الاقتراع\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("سمير العلمي"), "{q:?}");
    let text = "وقال الوزير إن الوزارة \"لن تتراجع\" عن القرار.";
    assert_eq!(quotes(text).len(), 1, "{:?}", quotes(text));
}

/// Three quoted words or more that begin with a verb of the present after the clause's
/// subject are speech too (أن الأسعار "تتجه نحو الاستقرار"); two such words may be a
/// name («تحيا تونس») and are left to the rules above.
#[test]
fn a_clause_of_a_present_verb_after_its_subject_is_speech() {
    let text = "وأكد وزير المالية خالد بن سالم، في حديث للتلفزيون، أن الأسعار في الأسواق \"تتجه نحو الاستقرار\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(content(text, &q[0]), "تتجه نحو الاستقرار");
}

/// A foreign name before its title, set off by commas, is the speaker, though its
/// surname begins like a proclitic and the article (فاليرو) and the title ends with a
/// region after ل (سيلين فاليرو، مديرة مكتب المنظمة لشمال إفريقيا، لوكالة …).
#[test]
fn a_foreign_name_before_its_title_with_a_region() {
    let text = "فيما قالت كلارا فالديز، مديرة مكتب المنظمة لجنوب آسيا، لوكالة الأنباء إن \"المحاكمة افتقرت إلى الضمانات\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("كلارا فالديز"), "{q:?}");
}

/// After باسمها ("in her name") a definite noun is what the verb is about, no part of
/// the speaker (ووصف متحدث باسمها الخطوة بأنها …); after باسم alone it is the body.
#[test]
fn the_object_after_in_her_name() {
    let text = "ورحبت الوزارة بالقرار، ووصف متحدث باسمها الخطوة بأنها \"إشارة مشجعة\".";
    let q = quotes(text);
    assert_eq!(title(&q[0]), Some("متحدث باسمها"), "{q:?}");
    let text = "وقال المتحدث باسم الوزارة أحمد حافظ إن \"القرار نهائي\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("أحمد حافظ"), "{q:?}");
}

/// A bare verb after a sentence that opened with the subject turned to (من جهتها،) and
/// a verb whose subject is a body named in quote marks, after its head or right after
/// the verb: that body speaks, not the person quoted in the sentence before. (With the
/// names `analyze` gives.)
#[test]
fn a_body_in_quote_marks_opening_the_sentence_speaks() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "وقال المحامي سامر الخطيب إن \"الحكم مفاجئ\".\nمن جهتها، انتقدت منظمة \"عدالة\" الحقوقية الحكم، وقالت إن القضاة \"تجاهلوا الأدلة\".";
    let hint = |s: &str, person| {
        let at = text.find(s).unwrap();
        NameHint { start: at, end: at + s.len(), person }
    };
    let q = quotes_with(text, &[hint("سامر الخطيب", true), hint("عدالة", false)]);
    let last = q.last().unwrap();
    assert_eq!(last.speaker.as_ref().and_then(|s| s.name.as_deref()), Some("عدالة"), "{q:?}");
    let text = "ورحبت دول غربية بالقرار.\nورحبت \"هيومن رايتس ووتش\" بالقرار، ودعت في بيان الحكومة إلى \"الإفراج عن جميع المعتقلين\".";
    let hint = |s: &str, person| {
        let at = text.find(s).unwrap();
        NameHint { start: at, end: at + s.len(), person }
    };
    let q = quotes_with(text, &[hint("هيومن رايتس ووتش", false)]);
    let last = q.last().unwrap();
    assert_eq!(last.speaker.as_ref().and_then(|s| s.name.as_deref()), Some("هيومن رايتس ووتش"), "{q:?}");
}

/// After كان … قد the subject came before the verb, also a long title and a name set
/// off by commas (وكانت ممثلة منظمة الصحة العالمية في الأراضي الفلسطينية المحتلة،
/// فلانة، قد وصفت الوضع بأنه «…»): what follows the verb is its object.
#[test]
fn a_long_subject_before_kana_qad() {
    // (With the names `analyze` gives.)
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "وكانت ممثلة منظمة الصحة العالمية في الأراضي الفلسطينية المحتلة، ريتشل بيترسون، قد وصفت الوضع الصحي هذا الشهر بأنه \"الأسوأ منذ عقود\".";
    let hint = |s: &str, person| {
        let at = text.find(s).unwrap();
        NameHint { start: at, end: at + s.len(), person }
    };
    let q = quotes_with(text, &[hint("منظمة الصحة العالمية", false), hint("الأراضي الفلسطينية المحتلة", false), hint("ريتشل بيترسون", true)]);
    assert_eq!(name(&q[0]), Some("ريتشل بيترسون"), "{q:?}");
}

/// «…»، وفق ما نقلته صحيفة «…»: the outlet that relayed the words is no speaker; the
/// subject of the verb before the quotation is.
#[test]
fn an_outlet_that_relayed_the_words_is_no_speaker() {
    let text = "فيما دعا وزير إسرائيلي إلى \"عدم تقييد حركة المستوطنين\"، وفق ما نقلته صحيفة \"هآرتس\".";
    let q = quotes(text);
    assert_eq!(title(&q[0]), Some("وزير إسرائيلي"), "{q:?}");
}

/// ثمّن ("praised, valued"), as Maghreb and Gulf outlets write of a body's reaction, is a
/// verb of saying: a short quotation after it is the body's words.
#[test]
fn a_body_praising_in_a_few_quoted_words() {
    let text = "وثمنت الجمعية، في بيان لها، هذه \"الخطوة الجريئة والمسؤولة\".";
    assert_eq!(quotes(text).len(), 1, "{:?}", quotes(text));
}

/// Titles of clergy and a deputy (الكاردينال، المطران، الحاخام، وكيل الوزارة) are titles:
/// a title alone carried by وتابع/وأضاف, even with a nationality the article did not
/// name him with, is the person quoted before; a headline's وكيل الوزارة: is the person
/// the article names with that title next.
#[test]
fn clergy_and_deputy_titles_resolve() {
    let text = "وزار المطران جورج حداد مدينة حلب أمس، وقال المطران جورج حداد: «عدنا لنبني ما تهدم».\nوتابع المطران اللبناني: «لن نترك أحدا وحده».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("جورج حداد"), "{q:?}");
    assert_eq!(title(&q[1]), Some("المطران اللبناني"), "{q:?}");
    let text = "وقال الكاردينال بيترو روسي: «السلام ممكن».\nوأضاف الكاردينال الإيطالي: «لن نتعب من الدعوة إليه».";
    let q = quotes(text);
    assert_eq!(name(&q[1]), Some("بيترو روسي"), "{q:?}");
    let text = "وكيل الوزارة: «الخطة جاهزة للتنفيذ»\nوقال المهندس سامي العلي، وكيل الوزارة، في مؤتمر صحفي إن «العمل يبدأ غدا».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[0]), Some("سامي العلي"), "{q:?}");
    assert_eq!(title(&q[0]), Some("وكيل الوزارة"), "{q:?}");
}

/// محمد الأمين ولد بابا: a title word with the article that is a given name without it,
/// between a given name and a name without the article, is part of the name, so a
/// minister named so is whom وقال الوزير means; محمد، الأمين العام stays a title.
#[test]
fn a_compound_given_name_with_a_title_word() {
    let text = "روصو - دشن وزير النقل محمد الأمين ولد بابا، صباح الأحد، جسرا على نهر السنغال.\nوقال الوزير إن \"الجسر سيختصر الطريق إلى دكار بساعتين\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("محمد الأمين ولد بابا"), "{q:?}");
    let text = "وقال رئيس الحزب محمد علوي، الأمين العام السابق للتحالف، إن \"المرحلة صعبة\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("محمد علوي"), "{q:?}");
}

/// A body named by its head alone (القناة، للقناة، الرابطة) is the body the article named
/// with that head, also when its name was in quote marks right after the head (قناة
/// «الأفق»: the name is الأفق) or indefinite words after a title (رئيسة رابطة أصدقاء
/// المتحف الوطني، فلانة); a statement's issuer after ل (بيان لمديرية الإعلام) has no ل
/// in its name, and the phrase ends with the body (بيان للقناة نشرته …).
#[test]
fn a_body_by_its_head_named_in_marks_or_after_a_title() {
    let text = "بثت قناة «الأفق» الحلقة الأخيرة من مسلسل «الدرب» مساء الخميس.\nوقالت القناة في بيان صادر عن إدارتها إن «الحلقة صورت قبل عام كامل».\nووفق بيان للقناة نشرته على موقعها، فإن «المشاهد المحذوفة لن تعرض».\nوأضاف بيان لمديرية الإعلام أن «الرقابة لم تتدخل في المونتاج».";
    let q = quotes(text);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(name(&q[0]), Some("الأفق"), "{q:?}");
    assert_eq!(title(&q[0]), Some("القناة"), "{q:?}");
    assert_eq!(name(&q[1]), Some("الأفق"), "{q:?}");
    assert_eq!(name(&q[2]), Some("مديرية الإعلام"), "{q:?}");
    let sp = speaker(&q[2]);
    assert_eq!(&text[sp.start..sp.end], "مديرية الإعلام");
    let text = "وقالت رئيسة رابطة أصدقاء المتحف الوطني، سعاد الكيلاني، إن «التمويل لم يصل بعد».\nوأكدت الرابطة في بيان لها أن «خمس قاعات مغلقة منذ سنتين».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("سعاد الكيلاني"), "{q:?}");
    assert_eq!(name(&q[1]), Some("رابطة أصدقاء المتحف الوطني"), "{q:?}");
}

/// A quoted name of four or five words the caller found whole (بإصدار "إعلان الرباط
/// للتنمية المستدامة") is no quotation; found after the subject of a reported clause
/// (إن روايته "…"), it is what the speaker says of it, a quotation.
#[test]
fn a_long_name_the_caller_found_is_not_a_quotation() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let hint = |text: &str, s: &str| {
        let at = text.find(s).unwrap();
        NameHint { start: at, end: at + s.len(), person: false }
    };
    let text = "وقال رئيس الاتحاد سمير بلقاسم إن القمة ستختتم بإصدار \"إعلان الرباط للتنمية المستدامة\"، مضيفا أن \"النص ملزم للجميع\".";
    assert_eq!(quotes(text).len(), 2, "without names both count");
    let q = quotes_with(text, &[hint(text, "إعلان الرباط للتنمية المستدامة")]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(content(text, &q[0]), "النص ملزم للجميع");
    let text = "وكان الكاتب قد تسلم الجائزة، وقال إن روايته \"رسالة حب إلى مدينة طنجة\".";
    let q = quotes_with(text, &[hint(text, "رسالة حب إلى مدينة طنجة")]);
    assert_eq!(q.len(), 1, "{q:?}");
}

/// The entity of a body's speaker is not a body that ends its name after more than its
/// head (رابطة أصدقاء المتحف الوطني is not المتحف الوطني).
#[test]
fn a_body_inside_a_bodys_name_is_not_its_entity() {
    use isnad::analyze::analyze;
    use isnad::offsets::Unit;
    let text = "وقالت رئيسة رابطة أصدقاء المتحف الوطني، سعاد الكيلاني، إن «التمويل لم يصل بعد».\nوأكدت الرابطة في بيان لها أن «خمس قاعات مغلقة منذ سنتين».";
    let a = analyze(&[("a", text)], Unit::Byte).unwrap();
    let q = &a.articles[0].quotes[1];
    let sp = q.speaker.as_ref().unwrap();
    assert_eq!(sp.speaker.name.as_deref(), Some("رابطة أصدقاء المتحف الوطني"), "{q:?}");
    let museum = a.entities.iter().find(|e| e.canonical == "المتحف الوطني").map(|e| e.id.clone());
    assert!(museum.is_some(), "the museum is an entity: {:?}", a.entities);
    assert_ne!(sp.entity_id, museum, "{q:?}");
}

/// What a speech verb announces in quote marks (أعلن الوزير عن «…») is speech, even
/// when the caller took the quoted words for a name.
#[test]
fn a_long_complement_the_caller_took_for_a_name_is_a_quotation() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "من جهته، أعلن وزير الصحة هشام الطيب عن \"خطة عاجلة لتطعيم مليون شخص\".";
    let at = text.find("خطة").unwrap();
    let q = quotes_with(text, &[NameHint { start: at, end: at + "خطة عاجلة لتطعيم مليون شخص".len(), person: false }]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("هشام الطيب"), "{q:?}");
}

/// «…»، بهذه العبارة افتتح فلان مؤتمره: after a noun of words, the verb that follows,
/// listed or not, says them, and its subject speaks.
#[test]
fn with_these_words_any_verb_says_them() {
    let text = "\"لن نغلق أي مدرسة\"، بهذه العبارة افتتح وزير التربية سامر الحلبي مؤتمره الصحفي أمس.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("سامر الحلبي"), "{q:?}");
    assert_eq!(q[0].cue.as_ref().map(|c| c.position), Some(CuePosition::After), "{q:?}");
}

/// مصدر حكومي تحدث لـ«…» شريطة عدم الكشف عن اسمه: whom the source spoke to and on
/// what terms are no part of the source.
#[test]
fn an_anonymous_source_who_spoke_on_terms() {
    let text = "وبحسب مصدر حكومي تحدث لـ\"الرأي\" شريطة عدم الكشف عن اسمه، فإن \"القرار اتخذ منذ أسبوعين\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(title(&q[0]), Some("مصدر حكومي"), "{q:?}");
}

/// أما فلان فاكتفى بالقول: a verb the lexicon does not list after ف answers أما, and
/// the subject before it speaks; نسب … إلى فلان قوله: the one after إلى speaks.
#[test]
fn amma_with_an_unlisted_verb_and_attributed_to() {
    let text = "أما السفير الأمريكي في الدوحة فاكتفى بالقول: \"نحن على تواصل دائم مع الشركاء\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), None, "{q:?}");
    assert_eq!(title(&q[0]), Some("السفير الأمريكي في الدوحة"), "{q:?}");
    let text = "ونسبت صحيفة \"الوطن\" إلى مصدر حكومي قوله إن \"المقترح يتضمن ثلاث مراحل\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(title(&q[0]), Some("مصدر حكومي"), "{q:?}");
    // (نسب is also "rates": no cue without إلى.)
    let text = "وأضاف الوزير سامي العلي أن نسب الإشغال \"لا تتجاوز 60 في المئة\".";
    assert_eq!(name(&quotes(text)[0]), Some("سامي العلي"));
}

/// A surname the entity finder read as a proclitic and a word (كالاس as ك + الاس) links
/// the speaker to the person of that surname, not to the word.
#[test]
fn a_surname_read_as_a_proclitic_links_to_the_person() {
    use isnad::analyze::analyze;
    use isnad::offsets::Unit;
    let text = "وشددت نائبة رئيس المفوضية الأوروبية، كايا كالاس، على أن \"الاتحاد يدعم الجهود بالكامل\".\nوكانت كالاس قد صرحت أمس بأن \"الفرصة قد لا تتكرر\".";
    let a = analyze(&[("a", text)], Unit::Byte).unwrap();
    let ids: Vec<_> = a.articles[0].quotes.iter().map(|q| q.speaker.as_ref().and_then(|s| s.entity_id.clone())).collect();
    assert_eq!(ids.len(), 2, "{:?}", a.articles[0].quotes);
    assert!(ids[0].is_some() && ids[0] == ids[1], "{ids:?} {:?}", a.entities);
}

/// ونصحت فلانة المواطنين بـ«…»: advice is a demand, its subject speaks and whom it
/// advises does not.
#[test]
fn advice_is_a_demand() {
    let text = "ونصحت غانم المواطنين بـ«عدم التعرض للشمس وقت الظهيرة».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("غانم"), "{q:?}");
}

/// وجاء في بيان صادر عن … أن «…»: the issuer speaks; وجاء في البيان أن «…», with no
/// issuer, has no speaker (not the one before); جاء ذلك خلال … is no cue.
#[test]
fn it_came_in_a_statement() {
    let text = "وجاء في بيان صادر عن وزارة الزراعة أن «المحصول تضاعف هذا العام».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("وزارة الزراعة"), "{q:?}");
    let text = "وقال وزير الزراعة سالم الدوري إن «الموسم ممتاز».\nوجاء في البيان أن «المحصول تضاعف هذا العام».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].speaker, None, "{q:?}");
    let text = "«المحصول تضاعف هذا العام». جاء ذلك خلال زيارة الوزير للمزارع.";
    let q = quotes(text);
    assert!(q.iter().all(|q| q.speaker.as_ref().is_none_or(|s| s.name.as_deref() != Some("ذلك"))), "{q:?}");
}

/// تقرير لغرفة تجارة وصناعة دبي: a statement's issuer after ل runs over indefinite words
/// of its name, and stops at a verb with the statement for its object (بيان لنقابة
/// المعلمين نشرته على صفحتها).
#[test]
fn a_statement_issuer_with_indefinite_words() {
    let text = "وأفاد تقرير لغرفة تجارة وصناعة دبي بأن «الصادرات سجلت رقما قياسيا».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("غرفة تجارة وصناعة دبي"), "{q:?}");
    let text = "وذكر بيان لنقابة المعلمين نشرته على صفحتها أن «الإضراب مستمر حتى إشعار آخر».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("نقابة المعلمين"), "{q:?}");
}

/// بيان للجمعية التونسية للمهندسين: the issuer's span begins at the article's ل (its
/// alef elided after the preposition) and its name has the alef back.
#[test]
fn a_statement_issuer_after_lil_has_its_article() {
    let text = "وذكر بيان للجمعية الوطنية للمهندسين أن «الصيانة الدورية للجسور مهملة منذ عقد».";
    let q = quotes(text);
    let sp = speaker(&q[0]);
    assert_eq!(sp.name.as_deref(), Some("الجمعية الوطنية للمهندسين"), "{q:?}");
    assert_eq!(&text[sp.start..sp.end], "لجمعية الوطنية للمهندسين");
}

/// الصياد علي مقبول الحداد: علي after a role and before a word the name lists know is
/// the given name, not the preposition على (على هامش still is).
#[test]
fn ali_after_a_role_is_a_name() {
    let text = "ونقلت الوكالة عن الصياد علي مقبول الحداد، من قرية الخوخة، قوله: \"البحر أسود منذ ثلاثة أيام\".\nوقال المتحدث على هامش المؤتمر إن \"الحل قريب\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("علي مقبول الحداد"), "{q:?}");
    assert_eq!(title(&q[0]), Some("الصياد"), "{q:?}");
    assert_eq!(name(&q[1]), None, "{q:?}");
    assert_eq!(title(&q[1]), Some("المتحدث"), "{q:?}");
}

/// A director or an artist named so is whom وأضافت المخرجة means later.
#[test]
fn a_director_is_a_title() {
    let text = "ويعرض الفيلم الجديد للمخرجة سلوى عبد الكريم مساء الخميس.\nوأضافت المخرجة في تصريحات خاصة: \"حاولت أن أكون أمينة للنص\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("سلوى عبد الكريم"), "{q:?}");
}

/// مصدر دبلوماسي مغربي is a source described, not a source named دبلوماسي: a later
/// المصدر stays the source.
#[test]
fn the_source_is_not_named_by_its_description() {
    let text = "وقال مصدر دبلوماسي مغربي لـ«الصباح» إن السفير «غادر صباح الأربعاء».\nوأوضح المصدر أن الوزارة «لم تتلق أي إخطار رسمي».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), None, "{q:?}");
    assert_eq!(title(&q[1]), Some("المصدر"), "{q:?}");
}

/// وأشاد مسؤول بالاتحاد … بتعاون السلطات، وقال إن «…»: what is praised is no part of
/// the subject that the next verb takes.
#[test]
fn what_is_praised_is_no_part_of_the_subject() {
    let text = "وأشاد مسؤول بالاتحاد الإفريقي للسباحة بتعاون السلطات المحلية، وقال إن \"البطولة نجحت بكل المقاييس\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(title(&q[0]), Some("مسؤول بالاتحاد الإفريقي للسباحة"), "{q:?}");
}

/// أعلنت الحكومة، الثلاثاء، طرد السفير …: a date set off by commas ends the subject
/// when what follows is no name or title.
#[test]
fn a_date_between_commas_ends_the_subject() {
    let text = "أعلنت الحكومة الانتقالية في النيجر، الثلاثاء، طرد السفير الفرنسي وثلاثة من موظفي السفارة، متهمة باريس بـ\"التدخل في الشؤون الداخلية\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("الحكومة الانتقالية في النيجر"), "{q:?}");
}

/// وختم المتحدث حديثه بالقول: «…»: his speech is the verb's object, no name, and the
/// spokesman is the one named before.
#[test]
fn his_speech_is_no_name() {
    let text = "وأكد المتحدث باسم الشرطة العقيد ماهر السامرائي أن \"التحقيق مستمر\".\nوختم المتحدث حديثه بالقول: \"لن نتهاون مع المهربين\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("ماهر السامرائي"), "{q:?}");
}

/// وحسب ما أفادت به مصادر من داخل الحزب لهسبريس: neither به nor the outlet spoken to is
/// part of the source.
#[test]
fn sources_who_told_an_outlet() {
    let text = "وحسب ما أفادت به مصادر من داخل الحزب لهسبريس، فإن «القيادة تستعد لتنظيم مسيرة احتجاجية».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(title(&q[0]), Some("مصادر من داخل الحزب"), "{q:?}");
    // (A name's last word in ل after its first stays: دميترو لوبينيتس.)
    let text = "قال مفوض البرلمان لحقوق الإنسان دميترو لوبينيتس: «تمت إعادة 190 من مواطنينا».";
    assert_eq!(name(&quotes(text)[0]), Some("دميترو لوبينيتس"));
}

/// عبد المنعم العرفي: after a compound given name in عبد, a family name with the
/// article ending in ي is part of the name, also where the caller found عبد المنعم
/// alone.
#[test]
fn a_family_name_after_a_compound_in_abd() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "\"لا نريد حلولا مستوردة\"، هكذا علق عضو مجلس النواب عبد المنعم العرفي على المقترح.";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("عبد المنعم العرفي"), "{q:?}");
    let at = text.find("عبد المنعم").unwrap();
    let q = quotes_with(text, &[NameHint { start: at, end: at + "عبد المنعم".len(), person: true }]);
    assert_eq!(name(&q[0]), Some("عبد المنعم العرفي"), "{q:?}");
}

/// محمد ولد الشيخ: after ولد/بنت/بن the father's name is the name's, though الشيخ is a
/// title elsewhere; بمدينة نواذيبو after a title is where it holds, no name.
#[test]
fn a_title_word_after_walad_is_a_name() {
    let text = "وقال مفوض الشرطة بمدينة نواذيبو، سيدي ولد الشيخ، إن \"الموقوفين كانوا يستعدون لإطلاق قارب\".\nوقال الوزير محمد ولد الشيخ إن \"الأمن مستتب\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("سيدي ولد الشيخ"), "{q:?}");
    assert_eq!(title(&q[0]), Some("مفوض الشرطة بمدينة نواذيبو"), "{q:?}");
    assert_eq!(name(&q[1]), Some("محمد ولد الشيخ"), "{q:?}");
}

/// وعلق فلان ساخرا، ورد الوزير متسائلا: how it was said is no part of the name, and a
/// title alone stays a title.
#[test]
fn how_it_was_said_is_no_name() {
    let text = "وعلق مغنية ساخرا: «يريدون منا أن نشكرهم».\nورد الوزير متسائلا: «أين كنتم؟».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("مغنية"), "{q:?}");
    assert_eq!(name(&q[1]), None, "{q:?}");
    assert_eq!(title(&q[1]), Some("الوزير"), "{q:?}");
    // (ذاتها is "the same", no manner: the spokeswoman quoted before.)
    let text = "وقالت وزيرة التضامن صورية مولوجي إن «المنحة ستصرف قريبا».\nوتضيف المتحدثة ذاتها أن «العائلات المعوزة ستستفيد أولا».";
    let q = quotes(text);
    assert_eq!(name(&q[1]), Some("صورية مولوجي"), "{q:?}");
}

/// لورنزو فالنتي: a word in فال whose rest is no Arabic word is a foreign name, not ف
/// and a definite noun, so the cardinal's name is whole and out of his title.
#[test]
fn a_foreign_name_in_fal() {
    let text = "وقال الكاردينال الإيطالي لورنزو فالنتي، رئيس الدائرة، إن \"الحوار ممكن\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("لورنزو فالنتي"), "{q:?}");
    assert_eq!(title(&q[0]), Some("الكاردينال الإيطالي، رئيس الدائرة"), "{q:?}");
}

/// المتحدث باسم الوكالة بيتر شولتس في فيينا, البابا فرنسيس في عظة: where or in what he
/// spoke is no part of the name or the title; مدير مكتب الوكالة في بيروت keeps its place
/// in the title.
#[test]
fn where_a_named_speaker_spoke_is_no_title() {
    let text = "وقال المتحدث باسم الوكالة بيتر شولتس في فيينا إن \"الأرقام مقلقة للغاية\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("بيتر شولتس"), "{q:?}");
    assert_eq!(title(&q[0]), Some("المتحدث باسم الوكالة"), "{q:?}");
    let text = "وقال البابا فرنسيس في عظة الأحد: «السلام يبدأ من القلب».";
    assert_eq!(name(&quotes(text)[0]), Some("فرنسيس"));
    let text = "وقال مدير مكتب الوكالة في بيروت إن \"الأرقام مقلقة للغاية\".";
    let q = quotes(text);
    assert_eq!(title(&q[0]), Some("مدير مكتب الوكالة في بيروت"), "{q:?}");
}

/// كبير محللي وود ماكنزي، أندرو ماكدونالد: with the firm and the analyst found, the
/// analyst speaks and his title is the role, not his own name.
#[test]
fn an_analyst_after_his_firm_has_the_role_for_a_title() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "وقال كبير محللي وود ماكنزي، أندرو ماكدونالد، إن \"الخفض يمنح المقترضين متنفسا\".";
    let at = |s: &str| text.find(s).unwrap();
    let hints = [
        NameHint { start: at("وود ماكنزي"), end: at("وود ماكنزي") + "وود ماكنزي".len(), person: false },
        NameHint { start: at("أندرو ماكدونالد"), end: at("أندرو ماكدونالد") + "أندرو ماكدونالد".len(), person: true },
    ];
    let q = quotes_with(text, &hints);
    assert_eq!(name(&q[0]), Some("أندرو ماكدونالد"), "{q:?}");
    assert_eq!(title(&q[0]), Some("كبير محللي وود ماكنزي"), "{q:?}");
}

/// A name that grew over what was read as its title (محمود السيد, السيد a title word)
/// has no title left.
#[test]
fn a_title_inside_the_name_is_no_title() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "\"لم يكن هناك أي تنظيم\"، قال محمود السيد (24 عاما) لوكالة الأنباء.";
    let at = text.find("محمود السيد").unwrap();
    let q = quotes_with(text, &[NameHint { start: at, end: at + "محمود السيد".len(), person: true }]);
    assert_eq!(name(&q[0]), Some("محمود السيد"), "{q:?}");
    assert_eq!(title(&q[0]), None, "{q:?}");
}

/// وبحسب قوله، فإن «…»: his words, the speaker before's; «…»، على حد قول فلان: that
/// person's; اتهمت الجهة … فلانا بـ«…»: the accuser's.
#[test]
fn by_his_words_as_one_put_it_and_blame() {
    let text = "وقال منسق الشؤون الإنسانية توبي هاروارد إن «الغذاء لا يصل منذ شهرين».\nوبحسب قوله، فإن «أكثر من مليون شخص محاصرون داخل المدينة».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("توبي هاروارد"), "{q:?}");
    assert!(speaker(&q[1]).inherited, "{q:?}");
    let text = "«لن نسمح بتسييس المساعدات»، على حد قول مفوض العون الإنساني خالد إدريس.";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("خالد إدريس"), "{q:?}");
    let text = "في المقابل، اتهمت قوات الدعم السريع في بيان الجيش بـ«قصف الأحياء السكنية بشكل عشوائي».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("قوات الدعم السريع"), "{q:?}");
}

/// جليلة السيد، أحمد السيد: a title word with the article after a given name and before
/// no definite word is a family name (محمد الأمين العام للحزب keeps its title); the
/// critic's words after انتقد are his.
#[test]
fn a_family_name_that_is_a_title_word() {
    let text = "أكدت وزيرة الصحة الدكتورة جليلة السيد أن «الوزارة ستطلق منصة موحدة».\nوأشارت الوزيرة إلى أن «المنصة ستربط المراكز».\nوقال أحمد السيد، الرئيس التنفيذي للشركة، إن «الأرباح ارتفعت».\nوقال محمد الأمين العام للحزب إن «المؤتمر في موعده».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("جليلة السيد"), "{q:?}");
    assert_eq!(name(&q[1]), Some("جليلة السيد"), "{q:?}");
    assert_eq!(name(&q[2]), Some("أحمد السيد"), "{q:?}");
    assert_eq!(title(&q[2]), Some("الرئيس التنفيذي للشركة"), "{q:?}");
    assert_eq!(title(&q[3]), Some("الأمين العام للحزب"), "{q:?}");
    let text = "وانتقد خبير التطوير العقاري أحمد عبد الفتاح «بطء التسليم في المشروعات السابقة».";
    assert_eq!(name(&quotes(text)[0]), Some("أحمد عبد الفتاح"));
}

/// جدد الرئيس فلان، خلال لقائه …، تأكيده أن «…»: the renewed affirmation is the
/// subject's.
#[test]
fn a_renewed_affirmation() {
    let text = "تونس - جدد الرئيس قيس سعيد، خلال لقائه رئيسة الحكومة، تأكيده أن «الدولة ماضية في محاسبة الفاسدين».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("قيس سعيد"), "{q:?}");
}

/// Without the entity finder's names: وتحدث الكاردينال فلان عن …، وقال: «…» is the
/// cardinal's (named with a title before the bare verb), and وتابع الكاردينال الإيطالي
/// is the cardinal named before, his nationality aside, not the speaker quoted last.
#[test]
fn a_title_named_person_before_a_bare_verb() {
    let text = "وقال الدكتور سامي الخطيب إن «المؤتمر ناجح».\nوتحدث الكاردينال لورنزو فالنتي عن زيارته الأولى لمصر، وقال: «تعلمت هنا الكثير».\nوتابع الكاردينال الإيطالي: «سننقل إلى روما ما سمعناه».";
    let q = quotes(text);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(name(&q[1]), Some("لورنزو فالنتي"), "{q:?}");
    assert_eq!(name(&q[2]), Some("لورنزو فالنتي"), "{q:?}");
}

/// وحسب نفس المسؤول، فإن «…» (Maghreb outlets put نفس first), وأضاف ذات المصدر: the
/// one quoted before.
#[test]
fn the_same_official_written_first() {
    let text = "أكد المدير العام للحماية المدنية، العقيد بوعلام بوغلاف، أن «أكثر الحرائق مفتعلة».\nوحسب نفس المسؤول، فإن «الولايات الأكثر تضررا هي تيزي وزو وبجاية».\nوأضاف ذات المسؤول أن «التحقيقات جارية».";
    let q = quotes(text);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(name(&q[1]), Some("بوعلام بوغلاف"), "{q:?}");
    assert_eq!(name(&q[2]), Some("بوعلام بوغلاف"), "{q:?}");
}

/// وكان رئيس الوزراء فلان قد وعد … بأن «…»: a promise in the masculine is a cue too.
#[test]
fn a_promise_in_the_masculine() {
    let text = "وكان رئيس الوزراء جعفر حسان قد وعد في وقت سابق بأن «النقل العام سيكون أولوية الحكومة».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("جعفر حسان"), "{q:?}");
}

/// الفريق أول عبد الفتاح البرهان: a rank's ordinal is no part of the name.
#[test]
fn a_ranks_ordinal_is_no_name() {
    let text = "وكان القائد العام للجيش الفريق أول عبد الفتاح البرهان قد أعلن من بورتسودان الأسبوع الماضي أن حكومته «منفتحة على أي مبادرة تحفظ سيادة السودان».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("عبد الفتاح البرهان"), "{q:?}");
}

/// نقلت … عن شهود عيان قولهم: their saying is no part of the source.
#[test]
fn their_saying_is_no_name() {
    let text = "ونقلت الوكالة عن شهود عيان قولهم إن «القصف استهدف محيط المستشفى فجرا».";
    let q = quotes(text);
    assert!(q[0].speaker.as_ref().is_some_and(|s| s.text == "شهود عيان"), "{q:?}");
}

/// وقالت إحدى السيدات، وتدعى فلانة: the name given is the name (تدعى in its `search`
/// form, تدعي, as well).
#[test]
fn one_of_the_women_called_so() {
    let text = "وقالت إحدى السيدات، وتدعى مريم خوري: «خسرنا كل شيء».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("مريم خوري"), "{q:?}");
}

/// A paragraph that opens with a quotation no cue attributes, right after a paragraph
/// that ended with a quotation: the quotation runs on, and so does its speaker. Not
/// after a paragraph that ended with words of its own.
#[test]
fn a_quotation_run_on_into_the_next_paragraph() {
    let text = "وقالت الأستاذة الجامعية هيا المطوع: «الاستثمار في الحماية أرخص بكثير من كلفة التوقف».\n«ما نحتاجه هيئة وطنية مستقلة تملك صلاحيات حقيقية لا لجان تجتمع بعد كل أزمة».\nوقال الوزير سامي الخطيب: «سنفتح تحقيقا عاجلا في كل ما جرى». وانتهى الاجتماع بعد ساعتين.\n«لا أحد فوق القانون في هذه البلاد مهما كان منصبه».";
    let q = quotes(text);
    assert_eq!(q.len(), 4, "{q:?}");
    assert_eq!(name(&q[1]), Some("هيا المطوع"), "{q:?}");
    assert!(q[1].speaker.as_ref().is_some_and(|s| s.inherited), "{q:?}");
    assert_eq!(q[3].speaker, None, "{q:?}");
}

/// A quotation whose first paragraph no closing mark ends, the next paragraph opening
/// with the same mark again (قائلا: «….\n«…»): one quotation over both paragraphs,
/// with the first one's speaker. A closed one before stays a quotation of its own.
#[test]
fn an_unclosed_paragraph_goes_on_in_the_next() {
    let text = "وأوضح المدير سمير الناصري أن العمل سيستمر، قائلا: «سنراجع كل العقود الموقعة منذ عامين دون استثناء.\n«ولن نتردد في إحالة أي مخالفة إلى القضاء فورا».\nوانتهى الاجتماع مساء.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].closed, "{q:?}");
    assert!(content(text, &q[0]).starts_with("سنراجع") && content(text, &q[0]).ends_with("فورا"), "{q:?}");
    assert_eq!(name(&q[0]), Some("سمير الناصري"), "{q:?}");
    let text = "وقال المدير سمير الناصري: «سنراجع كل العقود الموقعة منذ عامين».\n«ولن نتردد في إحالة أي مخالفة إلى القضاء فورا».";
    assert_eq!(quotes(text).len(), 2, "{:?}", quotes(text));
}

/// The same over paragraphs parted by an empty line (the way many outlets' texts
/// come): a quotation run on, and an unclosed first paragraph, keep their speaker.
/// Two empty lines, or words between, still part them.
#[test]
fn a_quotation_run_on_over_an_empty_line() {
    let text = "وقال النائب سالم الهاجري: «صوتنا مع الطلب لأن الملف تجاوز الخلاف السياسي.\n\n«ونحن لا نخفي ملاحظاتنا على الجلسة، لكن الحقيقة لا تتجزأ».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("سالم الهاجري"), "{q:?}");
    let text = "وقال النائب سالم الهاجري: «صوتنا مع الطلب».\n\n«ونحن لا نخفي ملاحظاتنا على الجلسة».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("سالم الهاجري"), "{q:?}");
    let text = "وقال النائب سالم الهاجري: «صوتنا مع الطلب».\n\n\n«ونحن لا نخفي ملاحظاتنا على الجلسة».";
    assert_eq!(quotes(text)[1].speaker, None, "{:?}", quotes(text));
}

/// وأكد فلان، حسب ما نقلت عنه وكالة …، أن «…»: the relay set off as an aside after
/// the speech verb points back to its subject; that verb is the cue. A relay that is
/// the sentence's own verb still takes the person named before.
#[test]
fn a_relay_set_off_after_the_speech_verb() {
    let text = "ودعا رئيس الحكومة إلى التهدئة، مؤكدا، حسب ما نقلت عنه وكالة الأنباء الكويتية، أن \"المرحلة المقبلة تتطلب التعاون\".";
    let q = quotes(text);
    assert_eq!(title(&q[0]), Some("رئيس الحكومة"), "{q:?}");
    let text = "وأكد النائب بدر الشمري، حسبما نقلت عنه صحيفة محلية، أن «الجلسة لم تكن عادلة».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("بدر الشمري"), "{q:?}");
    assert!(q[0].cue.as_ref().is_some_and(|c| c.text == "وأكد"), "{q:?}");
}

/// «…»، قالها فلان: the verb with the pronoun of the words it points back to is a cue
/// after the quotation like قال.
#[test]
fn said_it_after_the_quotation() {
    let text = "«لن نقبل أن يكون الاستجواب أداة لتصفية الحسابات»، قالها النائب بدر الشمري في الجلسة.";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("بدر الشمري"), "{q:?}");
    let text = "«لن نتراجع عن مطالبنا»، قالتها النائبة مريم العازمي في الجلسة.";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("مريم العازمي"), "{q:?}");
}

/// وقال فلان، في عرض قدمه أمام النواب ونقلت جزءا منه وكالة …، إن «…»: a verb inside
/// the occasion set off by commas says how the words came out; the speech verb before
/// it introduces them.
#[test]
fn a_relay_inside_the_occasion_set_off_by_commas() {
    let text = "وقال الوزير زياد العبيدي، في عرض قدمه أمام النواب ونقلت جزءا منه وكالة الأنباء العراقية، إن \"الشبكة متهالكة\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("زياد العبيدي"), "{q:?}");
    assert!(q[0].cue.as_ref().is_some_and(|c| c.text == "وقال"), "{q:?}");
    // (The occasion is no title either.)
    let text = "وقال العبيدي، في عرض قدمه أمام النواب، إن \"الشبكة متهالكة\".";
    let q = quotes(text);
    assert_eq!(title(&q[0]), None, "{q:?}");
}

/// وأقر الوزير بوجود «تأخير»: ب and a common noun after a title is what the verb is
/// about, no name, there or in the titles recorded for later; ب and a workplace goes on
/// with the title (الباحث بمركز …).
#[test]
fn bi_and_a_common_noun_after_a_title_is_no_name() {
    let text = "وأقر الوزير بوجود \"تأخير\" في تنفيذ المشاريع.";
    let q = quotes(text);
    assert_eq!(name(&q[0]), None, "{q:?}");
    assert_eq!(title(&q[0]), Some("الوزير"), "{q:?}");
    let text = "وأقر الوزير بوجود تأخير في المشاريع، وقال: «لم نتسلم سوى نصف الموازنة».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), None, "{q:?}");
    let text = "وقالت مصادر بشرطة السياحة والآثار إن \"الكاميرات كانت معطلة\".";
    let q = quotes(text);
    assert!(q[0].speaker.as_ref().is_some_and(|s| s.text.contains("بشرطة") || s.title.as_deref().is_some_and(|t| t.contains("بشرطة"))), "{q:?}");
    let text = "وقال الباحث بمركز الدراسات الاستراتيجية، الدكتور هشام فودة، إن \"الأزمة أوسع\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("هشام فودة"), "{q:?}");
}

/// وبينما رأت فلانة أن «…»، اعتبر زميلها عن كتلة … فلان أن الأزمة «…»: a speech verb
/// with no و and a subject and أن of its own after a quotation attributes nothing
/// before it; a colleague "for" a bloc, like a member, has his name after it.
#[test]
fn a_colleague_for_a_bloc_with_his_own_clause() {
    let text = "وبينما رأت النائبة عن ائتلاف دولة القانون سهى الخفاجي أن \"الحل يبدأ بمحاسبة الفاسدين\"، اعتبر زميلها عن كتلة الصادقون رعد الحلفي أن الأزمة \"أكبر من أي وزير\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("سهى الخفاجي"), "{q:?}");
    // (The recognizer, which `quotes` goes without, tells زميلها from the name.)
    assert!(name(&q[1]).is_some_and(|n| n.ends_with("رعد الحلفي")), "{q:?}");
}

/// وقال النائب فلان لشفق نيوز إن «…»: ل and a word no name list knows with its ل right
/// before إن, after a name, is whom the words were said to (after أمين, a name's word
/// that is also a title, too); لطفي begins a name.
#[test]
fn an_outlet_told_after_the_name() {
    let text = "وقال النائب سعد محمد الجبوري لشفق نيوز إن \"الأزمة إدارية\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("سعد محمد الجبوري"), "{q:?}");
    let text = "وقال النائب دلشاد محمد أمين لشفق نيوز إن \"الأزمة إدارية\".";
    let q = quotes(text);
    let sp = q[0].speaker.as_ref().unwrap();
    assert!(!sp.text.contains("شفق") && !sp.title.as_deref().unwrap_or("").contains("شفق"), "{q:?}");
    let text = "وقال محمد أمين لطفي إن \"الأزمة إدارية\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("محمد أمين لطفي"), "{q:?}");
    // (A body in quote marks after ل is the title's: الرئيس السابق لنادي «…» أن.)
    let text = "وأضاف الرئيس السابق لنادي \"مولودية الجزائر\" أن ملفه \"أودع كاملا\".";
    let q = quotes(text);
    assert!(title(&q[0]).is_some_and(|t| t.contains("لنادي")), "{q:?}");
}

/// مشاريع «الخطة الصيفية», مشروع قانون «…»: a plan's plural and a law name what the
/// marks hold.
#[test]
fn projects_and_laws_name_what_the_marks_hold() {
    let text = "وأوضح الوزير أن الوزارة أنجزت نصف مشاريع «الخطة الصيفية»، وتابع: \"لن نعد بما لا نستطيع\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    let text = "مشيرا إلى أن مشروع قانون «الاستثمار في قطاع الطاقة» ما زال معطلا.";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text));
}

/// وأصدرت وزارة الكهرباء بيانا قالت فيه إن «…» with the finder's الكهرباء alone: a
/// ministry's head before its field with the article is part of its name, not a title.
#[test]
fn a_ministry_keeps_its_head_when_the_finder_marks_its_field() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "وأصدرت وزارة الكهرباء بيانا قالت فيه إن \"الاعتداءات تكلف المنظومة كثيرا\".";
    let at = text.find("الكهرباء").unwrap();
    let q = quotes_with(text, &[NameHint { start: at, end: at + "الكهرباء".len(), person: false }]);
    assert_eq!(name(&q[0]), Some("وزارة الكهرباء"), "{q:?}");
}

/// «…»، قال عضو لجنة الكهرباء والطاقة النيابية عن تحالف … النائب فلان: a member of a
/// parliament's committee "for" a bloc has his name after it.
#[test]
fn a_committee_member_for_a_bloc() {
    let text = "«الوزير يتحدث عن الشبكة منذ سنوات»، قال عضو لجنة الكهرباء والطاقة النيابية عن تحالف السيادة النائب مثنى عبد الكريم العيساوي.";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("مثنى عبد الكريم العيساوي"), "{q:?}");
}

/// وقال النائب عن الحزب … فلان لشفق نيوز إن «…» where the finder ran the person on
/// over لشفق: the person ends where the phrase stopped, before the outlet told.
#[test]
fn a_person_the_finder_ran_on_over_the_outlet_told() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "وقال النائب عن الحزب الديمقراطي الكردستاني دلشاد محمد أمين لشفق نيوز إن \"الأزمة إدارية\".";
    let h = |n: &str, person: bool| {
        let at = text.find(n).unwrap();
        NameHint { start: at, end: at + n.len(), person }
    };
    let q = quotes_with(text, &[h("الحزب الديمقراطي الكردستاني", false), h("دلشاد محمد أمين لشفق", true)]);
    assert_eq!(name(&q[0]), Some("دلشاد محمد أمين"), "{q:?}");
}

/// وأصدرت الرابطة بيانا قالت فيه إن «…»: the statement it issued (with its adjective)
/// and the verb that issued it are no part of the speaker.
#[test]
fn a_statement_issued_then_said_in_it() {
    let text = "وأصدرت رابطة الأندية المحترفة بيانا قالت فيه إن \"المسابقة لن تتوقف تحت أي ظرف\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("رابطة الأندية المحترفة"), "{q:?}");
    let text = "ونشرت الوزارة تصريحا صحفيا أكدت فيه أن \"العمل مستمر في كل المحافظات\".";
    let q = quotes(text);
    assert_eq!(q[0].speaker.as_ref().map(|s| s.text.as_str()), Some("الوزارة"), "{q:?}");
    // (The issuing verb without و, after what a comma sets off.)
    let text = "من جهته، أصدر المرصد الوطني للبيئة بيانا اعتبر فيه أن \"المشروع يهدد الواحات\".";
    let q = quotes(text);
    assert_eq!(q[0].speaker.as_ref().map(|s| s.text.as_str()), Some("المرصد الوطني للبيئة"), "{q:?}");
}

/// «…»، وقال نقيبها فلان إن «…»: a speech verb joined by و that reports its own clause
/// does not take the quotation before it, which a verb before it attributes.
#[test]
fn a_joined_verb_with_its_own_clause_is_no_trailing_cue() {
    let text = "وحذرت نقابة أصحاب محطات المحروقات من أن “هامش الربح الحالي لا يغطي كلفة التشغيل”، وقال نقيبها طلال الزيود إن “عشرات المحطات مهددة بالإغلاق”.";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].cue.as_ref().map(|c| c.position), Some(CuePosition::Before), "{q:?}");
    assert_eq!(q[0].speaker.as_ref().map(|s| s.text.as_str()), Some("نقابة أصحاب محطات المحروقات"), "{q:?}");
    assert_eq!(name(&q[1]), Some("طلال الزيود"), "{q:?}");
}

/// وأضاف البيان أن «…»: the statement alone, with the article, is the one quoted before;
/// its issuer speaks on. With no one quoted before, the statement stays the speaker.
#[test]
fn the_statement_goes_on_for_its_issuer() {
    let text = "وقالت النيابة العامة، في بيان اليوم، إن «التحريات أكدت تلقي المتهم مبلغا كبيرا».\nوأضاف البيان أن النيابة «ضبطت محادثات هاتفية بين المتهم والوسيط».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("النيابة العامة"), "{q:?}");
    assert!(q[1].speaker.as_ref().is_some_and(|s| s.inherited), "{q:?}");
    let text = "وأفاد التقرير بأن \"الأسعار سترتفع بنسبة كبيرة خلال العام\".";
    assert_eq!(name(&quotes(text)[0]), Some("التقرير"), "{:?}", quotes(text));
}

/// بين فلان وفلان، بعد أن وصف الأول …: "the former" is the first person the sentence
/// named, "the latter" the last.
#[test]
fn the_former_and_the_latter() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "شهدت الجلسة مشادة بين النائب يزن أبو عرابي والوزير عماد الحياري، بعد أن وصف الأول التسعيرة بأنها \"جباية مقنعة\".";
    let hint = |w: &str| NameHint { start: text.find(w).unwrap(), end: text.find(w).unwrap() + w.len(), person: true };
    let names = [hint("يزن أبو عرابي"), hint("عماد الحياري")];
    let q = quotes_with(text, &names);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("يزن أبو عرابي"), "{q:?}");
    let latter = text.replace("وصف الأول", "وصف الأخير");
    let hint = |w: &str| NameHint { start: latter.find(w).unwrap(), end: latter.find(w).unwrap() + w.len(), person: true };
    let q = quotes_with(&latter, &[hint("يزن أبو عرابي"), hint("عماد الحياري")]);
    assert_eq!(name(&q[0]), Some("عماد الحياري"), "{q:?}");
}

/// وبحسبه، فإن «…»: "according to him", the speaker before.
#[test]
fn according_to_him() {
    let text = "وقال رئيس الغرفة الحسين أوبلا إن «البحار البسيط يدفع الثمن دائما». وبحسبه، فإن «الحل يمر عبر تقسيم فترة التوقف على مرحلتين».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("الحسين أوبلا"), "{q:?}");
    assert_eq!(q[1].cue.as_ref().map(|c| c.form.as_str()), Some("بحسب"), "{q:?}");
}

/// شعارات من قبيل "…" و"…": slogans, names in quote marks, the second joined to the
/// first by و.
#[test]
fn slogans_such_as() {
    let text = "ورفع المحتجون شعارات من قبيل \"البحار ليس هو المسؤول\" و\"عوضونا قبل أن توقفونا\".";
    assert!(quotes(text).is_empty(), "{:?}", quotes(text));
}

/// وأوضحت السيدة الوردي: a family name with the article after an honorific is the
/// name, not part of the title.
#[test]
fn an_honorific_and_a_family_name() {
    let text = "وقالت كاتبة الدولة زكية الوردي إن \"القرار نهائي ولا رجعة فيه أبدا\".\nوأوضحت السيدة الوردي أن الوزارة \"ستواكب البحارة المتضررين عبر صندوق خاص\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("الوردي"), "{q:?}");
    assert_eq!(title(&q[1]), Some("السيدة"), "{q:?}");
    // (A family name that is also a place's adjective: الطرابلسي.)
    let text = "وأوضح السيد الطرابلسي أن «المفاوضات ستستأنف الأسبوع المقبل في مقر الوزارة».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("الطرابلسي"), "{q:?}");
}

/// مصدر من داخل كتابة الدولة: داخل, a given name too, after a preposition is "inside",
/// and the source has no name.
#[test]
fn a_source_from_inside() {
    let text = "في المقابل، أفاد مصدر من داخل كتابة الدولة، فضل عدم الكشف عن هويته، بأن اللوائح \"ستكون جاهزة قبل نهاية الشهر الجاري\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), None, "{q:?}");
    assert_eq!(title(&q[0]), Some("مصدر من داخل كتابة الدولة"), "{q:?}");
}

/// أكدت الجامعة … "انخراطها التام" في تنزيل القرار، داعية إلى "…": the participle's
/// subject is the body, not the body and what follows the first quotation.
#[test]
fn a_subject_ends_at_a_quotation() {
    let text = "وفي بلاغ لها، أكدت الجامعة الوطنية لغرف الصيد البحري \"انخراطها التام\" في تنزيل القرار، داعية إلى \"تسريع صرف التعويضات لفائدة البحارة\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("الجامعة الوطنية لغرف الصيد البحري"), "{q:?}");
}

/// بينما قال زميلها الباحث كريم دياب: a relation before a title is no name.
#[test]
fn a_colleague_before_a_title() {
    let text = "وقالت الباحثة سارة منصور إن الهجمات طالت مؤسسات كثيرة، بينما قال زميلها الباحث كريم دياب إن “الربط بين هذه الهجمات سابق لأوانه”.";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("كريم دياب"), "{q:?}");
}

/// …، وجهت سؤالا كتابيا …، جاء فيه: "…": "it said", of the question the sentence's
/// person wrote; a cue, whose speaker is found as a bare verb's.
#[test]
fn it_said_in_it() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "النائبة البرلمانية عن دائرة وادي الذهب، لبنى الكوهن، وجهت سؤالا كتابيا إلى كاتبة الدولة، جاء فيه: \"ما هي التدابير التي ستتخذها الحكومة لضمان دخل قار للبحارة؟\".";
    let at = text.find("لبنى").unwrap();
    let q = quotes_with(text, &[NameHint { start: at, end: at + "لبنى الكوهن".len(), person: true }]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("لبنى الكوهن"), "{q:?}");
    assert_eq!(q[0].cue.as_ref().map(|c| c.form.as_str()), Some("جاء"), "{q:?}");
}

/// وهو ما رد عليه بحارة بالقول: "…": after "which is what … answered", the verb's
/// subject, not the clause before.
#[test]
fn which_is_what_they_answered() {
    let text = "وكانت الوزيرة قد صرحت بأن القرار \"لا رجعة فيه\"، وهو ما رد عليه بحارة بالقول: \"سنعود إلى البحر ولو بالقوة\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[1].speaker.as_ref().map(|s| s.text.as_str()), Some("بحارة"), "{q:?}");
}

/// A headline by a trade (بحار بالداخلة: "…") is the person the article goes on to
/// name with it; a verb of the present after the trade (بحار يشتغل منذ…) is no name.
#[test]
fn a_headline_by_a_trade() {
    let text = "بحار بالداخلة: \"شهران بدون مدخول يعني أن أولادنا لن يذهبوا إلى المدرسة\"\nوقال محمد الشيظمي، بحار يشتغل منذ عشرين سنة على متن مركب للصيد، إن \"الوضع صعب جدا هذه الأيام\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[0]), Some("محمد الشيظمي"), "{q:?}");
}

/// وذكرت "كابيتال إيكونوميكس" ومقرها لندن أن …: the body named in marks right after
/// the verb speaks, not where it sits.
#[test]
fn a_body_in_marks_and_its_seat() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "وذكرت \"كابيتال إيكونوميكس\" ومقرها لندن أن الأردن \"قد يخفض الفائدة مرتين إضافيتين قبل منتصف العام المقبل\".";
    let at = text.find("كابيتال").unwrap();
    let q = quotes_with(text, &[NameHint { start: at, end: at + "كابيتال إيكونوميكس".len(), person: false }]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("كابيتال إيكونوميكس"), "{q:?}");
}

/// رئيسة مكتب أوتشا في الأراضي الفلسطينية المحتلة إنغريد سورنسن: في after the office's
/// body begins where the office is, and the person's name ends the phrase (unlike فلان
/// في جنيف, where the speaker spoke).
#[test]
fn an_office_in_a_place_before_the_name() {
    let text = "وقالت رئيسة مكتب أوتشا في الأراضي الفلسطينية المحتلة إنغريد سورنسن “موسم القطاف صار موسم خوف لآلاف العائلات”.";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("إنغريد سورنسن"), "{q:?}");
    let text = "وقال المتحدث باسم المنظمة ماركو برتولي في جنيف إن «الوضع الإنساني يزداد سوءا».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("ماركو برتولي"), "{q:?}");
}

/// إلهام, إلياس: given names in a hamza and ل, which `search` form writes like a word
/// with the article, begin the name.
#[test]
fn a_given_name_in_hamza_and_lam() {
    let text = "وقالت رئيسة جمعية \"صرخة المودعين\" إلهام نصار لـ\"العربي الجديد\" إن \"المصارف تدفع الناس إلى اليأس ثم تلومهم\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("إلهام نصار"), "{q:?}");
}

/// عبدالعزيز الخرافي: a compound given name in عبد written as one word takes a family
/// name with the article after it.
#[test]
fn a_compound_given_name_written_joined() {
    let text = "في المقابل، رأى الخبير النفطي والمائي عبدالعزيز الخرافي أن كلفة المشروع «مرتفعة قياسا بمحطات مماثلة في الإمارات».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("عبدالعزيز الخرافي"), "{q:?}");
}

/// عالم الأرصاد الهندي موهاپاترا: a scientist of a field is a title, the name after it.
#[test]
fn a_scientist_of_a_field() {
    let text = "وقال عالم الأرصاد الهندي موهاپاترا لوكالة «برس ترست أوف إنديا» إن «المياه الدافئة جعلت الإعصار يشتد بسرعة».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("موهاپاترا"), "{q:?}");
    assert_eq!(title(&q[0]), Some("عالم الأرصاد الهندي"), "{q:?}");
}

/// ونقلت عنه وكالة … قوله إن «…»: "from him", the person named before, chosen by the
/// pronoun's gender, not the verb's (which agrees with the outlet); the outlet relays.
#[test]
fn an_outlet_relayed_from_him() {
    let text = "وأكد وزير الصحة خالد عبد الغفار أن الوضع تحت السيطرة.\nوقالت الوزيرة هالة زايد إن «الإجراءات مستمرة في كل المحافظات».\nونقلت عنه وكالة أنباء الشرق الأوسط قوله إن «المستشفيات استقبلت جميع المصابين دون تأخير».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("خالد عبد الغفار"), "{q:?}");
    assert!(q[1].speaker.as_ref().is_some_and(|s| s.inherited), "{q:?}");
}

/// “…”، بحسب ما قاله مسؤول: ما and a verb with its object pronoun are no speaker; and
/// before بالقول, what a comma sets off before the verb and its subject is no part of
/// them (وردا على سؤال …، اكتفى الوزير بالقول).
#[test]
fn what_he_said_and_a_clause_before_bil_qawl() {
    let text = "“نعمل مع شركائنا الدوليين لتحديد مصدر الهجوم”، بحسب ما قاله مسؤول أمني كويتي لرويترز.";
    let q = quotes(text);
    assert_eq!(title(&q[0]), Some("مسؤول أمني كويتي"), "{q:?}");
    let text = "وردا على سؤال حول الجهة المسؤولة، اكتفى الوزير بالقول: «لكل حادث حديث».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), None, "{q:?}");
    assert_eq!(title(&q[0]), Some("الوزير"), "{q:?}");
}

/// بقوله / بقولها after a verb, its subject and its object (وافتتح الوزير الندوة
/// بقوله: «…») is بالقول with the speaker's pronoun: the subject speaks, not the verb.
#[test]
fn bi_qawlihi_after_verb_subject_and_object() {
    let text = "وافتتح الوزير سليم الكعبي الندوة بقوله: «الإصلاح لم يعد خيارا».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("سليم الكعبي"), "{q:?}");
    let text = "وختمت الوزيرة ليلى الشابي كلمتها بقولها: «الأرقام لا تكذب».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("ليلى الشابي"), "{q:?}");
}

/// «…»، على حد تعبيره / وفق تعبيره / حسب قوله after a quotation: "in his words", the
/// speaker named before, not the noun تعبيره.
#[test]
fn in_his_words_after_a_quotation() {
    for tail in ["على حد تعبيره", "وفق تعبيره", "حسب قوله"] {
        let text = format!("وقال المحامي سمير الدباغ إن الحكم «غير عادل».\n«الملف مليء بالثغرات، ولم تحترم فيه حقوق الدفاع»، {tail}.");
        let q = quotes(&text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(name(&q[1]), Some("سمير الدباغ"), "{tail}: {q:?}");
    }
}

/// إذ قال موجها كلامه إلى القاضي: «…»: a participle after the verb is the speaker's
/// state, no subject; the one named before the verb speaks.
#[test]
fn a_participle_after_the_verb_is_no_subject() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "ولم يخف المتهم سمير الدباغ، الذي حضر الجلسة ببذلة رمادية، انفعاله، إذ قال موجها كلامه إلى القاضي: «لم أسرق شيئا من أحد، وسأثبت ذلك».";
    let at = text.find("سمير الدباغ").unwrap();
    let q = quotes_with(text, &[NameHint { start: at, end: at + "سمير الدباغ".len(), person: true }]);
    assert_eq!(name(&q[0]), Some("سمير الدباغ"), "{q:?}");
}

/// The one asked answers: وطلب القاضي فلان من المتهم فلان …، فقال: «…» (the one after
/// من), وسألت المحكمة ممثل النيابة العامة …، فأجاب: «…» (the title that begins the
/// object), not the one who asked.
#[test]
fn the_one_asked_answers() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "وطلب رئيس الهيئة القاضي عادل المنصوري من المتهم سمير الدباغ الإدلاء بأقواله، فقال: «لم أهرب من أحد، وأنا هنا في بلدي».";
    let hint = |n: &str| {
        let at = text.find(n).unwrap();
        NameHint { start: at, end: at + n.len(), person: true }
    };
    let q = quotes_with(text, &[hint("عادل المنصوري"), hint("سمير الدباغ")]);
    assert_eq!(name(&q[0]), Some("سمير الدباغ"), "{q:?}");
    let text = "وسألت هيئة المحكمة ممثل النيابة العامة عن مآل الشكاية، فأجاب: «ما زالت قيد البحث لدى الشرطة القضائية».";
    let q = quotes(text);
    assert_eq!(title(&q[0]), Some("ممثل النيابة العامة"), "{q:?}");
}

/// A headline with where the person spoke between the name and the colon: فلان في ندوة
/// صحفية: «…» (a name the entity finder found before في; وجاء في البيان: stays none).
#[test]
fn a_headline_with_where_after_the_name() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "الكعبي في ندوة صحفية: \"لا مساس بحقوق المتقاعدين الحاليين\"\nوقال الوزير سليم الكعبي إن الإصلاح قادم.";
    let at = text.find("الكعبي").unwrap();
    let q = quotes_with(text, &[NameHint { start: at, end: at + "الكعبي".len(), person: true }]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("الكعبي"), "{q:?}");
}

/// دعا رئيس لجنة التربية … النائب فلان إلى «…»: after a title, a body's head in the
/// construct state takes the definite noun after it as its complement; that noun is
/// not whom the verb of a demand calls on.
#[test]
fn a_body_in_the_construct_state_after_a_demand_verb() {
    let text = "بدوره، دعا رئيس لجنة التربية والتعليم النيابية النائب بسام الفايز إلى \"محاسبة كل من له علاقة بالخطأ\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("بسام الفايز"), "{q:?}");
    // (Whom a title's holder calls on is still no part of the subject.)
    let text = "ودعا وزير الخارجية المجموعة الدولية إلى \"التحرك فورا لوقف الحرب\".";
    let q = quotes(text);
    assert_eq!(title(&q[0]), Some("وزير الخارجية"), "{q:?}");
}

/// المدير العام للوكالة الوطنية … فلان: ل and a body's head after a title, with a
/// person's name after it, is the body the title is of, not the outlet told (قال
/// المدير للوكالة إن).
#[test]
fn a_title_of_an_agency_before_the_name() {
    let text = "وقال المدير العام للوكالة الوطنية للطرق السريعة كمال بن عيسى إن «الأشغال ستعلق في النفق إلى حين صدور الخبرة».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("كمال بن عيسى"), "{q:?}");
    assert_eq!(title(&q[0]), Some("المدير العام للوكالة الوطنية للطرق السريعة"), "{q:?}");
    let text = "وقال المدير للوكالة إن «الأشغال ستعلق في النفق إلى حين صدور الخبرة».";
    let q = quotes(text);
    assert_eq!(title(&q[0]), Some("المدير"), "{q:?}");
}

/// نور الدين قاسمي: a family name that is a place's adjective after a compound given
/// name ends the name, as after a given name of one word.
#[test]
fn a_nisba_family_name_after_a_compound_given_name() {
    let text = "وقال والي بومرداس نور الدين قاسمي إن «الأولوية الآن لإنقاذ الأرواح».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("نور الدين قاسمي"), "{q:?}");
}

/// Headlines: a title whose report names the person further on than a sentence's title
/// is looked for (the report's opening), an indefinite one with what the words are
/// about after عن (وزير جزائري عن …:), and the second half of a headline after ..
/// that opens with و (ووزير التربية:, the title without the conjunction).
#[test]
fn headlines_by_title_resolved_in_the_report() {
    let text = "وزير جزائري عن انهيار نفق بني عمران: \"لن نتسامح مع أي تقصير\"\nلقي عاملان حتفهما في انهيار النفق.\nوقالت الحماية المدنية إن البحث مستمر.\nووصلت فرق الإنقاذ صباحا.\nوتجمع الأهالي أمام المستشفى.\nوتنقل وزير الأشغال العمومية الجزائري لخضر بوشامة إلى الموقع.";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("لخضر بوشامة"), "{q:?}");
    assert_eq!(title(&q[0]), Some("وزير جزائري"), "{q:?}");
    let text = "الأردن يسحب كتابا مدرسيا.. ووزير التربية: \"التحقيق لن يستثني أحدا\"\nسحبت الوزارة الكتاب.";
    let q = quotes(text);
    assert_eq!(title(&q[0]), Some("وزير التربية"), "{q:?}");
    // (An anonymous source's title in a headline names nobody.)
    let text = "مسؤول جزائري عن انهيار النفق: \"التقرير الأولي جاهز\"\nوقال المسؤول الجزائري لخضر بوشامة إن التحقيق بدأ.";
    let q = quotes(text);
    assert_eq!(name(&q[0]), None, "{q:?}");
}

/// What is no subject before or after the verb: an occasion after في (وفي ختام زيارته،
/// أعلن …، قائلا), an elative and من after the subject (ويذهب الخبير أبعد من ذلك،
/// معتبرا), and where the words were said, up to the colon (يروي من سريره بمستشفى
/// الثنية:).
#[test]
fn occasions_elatives_and_places_are_no_speakers() {
    let text = "وقال الوزير لخضر بوشامة إن «التحقيق بدأ». وفي ختام زيارته، أعلن عن تشكيل لجنة، قائلا إن «الجزائر تنجز مشاريع كبرى ولن يوقفها حادث».";
    let q = quotes(text);
    assert_eq!(name(&q[1]), Some("لخضر بوشامة"), "{q:?}");
    let text = "وقال الخبير مراد بلقاسمي إن «التربة طينية». ويذهب الخبير أبعد من ذلك، معتبرا أن «الطريق السريع كله يحتاج إلى مراجعة».";
    let q = quotes(text);
    assert_eq!(name(&q[1]), Some("مراد بلقاسمي"), "{q:?}");
    let text = "يروي من سريره بمستشفى الثنية: \"كنا نحو عشرين عاملا في الجزء الشمالي من النفق\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), None, "{q:?}");
}

/// A clause of time or contrast whose own speech verb says the quotation (وبينما دعا
/// فلان إلى «…»، اعتبر الاتحاد في بيان أن «…»; وفي الوقت الذي أكد فيه فلان أن «…»،
/// نفى فلان أن …): the main clause's verb after it, without و, begins the next
/// statement and attributes nothing before it; فيه after the verb is the relative's.
#[test]
fn a_subordinate_clauses_own_verb_says_its_quotation() {
    let text = "وبينما دعا النائب رشيد زيتوني إلى «تشكيل لجنة تحقيق برلمانية»، اعتبر الاتحاد العام للعمال في بيان أن الحادث «نتيجة متوقعة لتجاهل تحذيرات العمال».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("رشيد زيتوني"), "{q:?}");
    let text = "وفي الوقت الذي أكد فيه الأمين الولائي للنقابة، عبد القادر حمداني، أن النقابة «راسلت المؤسسة مرتين دون أن تتلقى أي رد»، نفى مدير المشروع سليم بوقرة أن تكون الشركة قد تلقت أي تحذير.";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("عبد القادر حمداني"), "{q:?}");
    assert_eq!(title(&q[0]), Some("الأمين الولائي للنقابة"), "{q:?}");
}

/// The verb's preposition with a pronoun before its subject (يرد عليها الوزير, قال له
/// المسؤول) is whom it answered or told, no word of the speaker's title or name.
#[test]
fn a_preposition_with_a_pronoun_after_the_verb_is_no_speaker() {
    let text = "وتساءلت النائبة سارة الحسيني: \"أين ذهبت أموال الدعم؟\"، قبل أن يرد عليها وزير المالية خالد العمري بأن \"كل شيء موثق\".";
    let q = quotes(text);
    assert_eq!(name(&q[1]), Some("خالد العمري"), "{q:?}");
    assert_eq!(title(&q[1]), Some("وزير المالية"), "{q:?}");
}

/// لم يكن فلان، العامل …، يتوقع أن …: the subject after كان's jussive; and محمد أمين
/// شريفي, a title word that is a given name between a given name and a known name, is
/// the name's second given name.
#[test]
fn a_subject_after_lam_yakun_and_a_second_given_name() {
    let text = "لم يكن محمد أمين شريفي، العامل البالغ من العمر 27 سنة، يتوقع أن تكون ورديته بهذه القسوة. ويضيف: «نبهنا رئيس الورشة إلى التشققات قبل ساعة».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("محمد أمين شريفي"), "{q:?}");
    let text = "وقال الأمين العام للحزب محمد أمين إن «المؤتمر سيعقد في موعده».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("محمد أمين"), "{q:?}");
}

/// المعلم عمر الشوابكة: after a role no title lists and a given name, a last word with
/// the article that general Arabic does not know is the family name.
#[test]
fn a_role_a_given_name_and_an_unknown_family_name() {
    let text = "وكتب المعلم عمر الشوابكة على صفحته: \"طلابي اكتشفوا الخطأ قبل المختصين\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("عمر الشوابكة"), "{q:?}");
    assert_eq!(title(&q[0]), Some("المعلم"), "{q:?}");
}

/// الشركة المنجزة للمشروع «أطلس للأنفاق»: a noun that names a thing, with definite words
/// that describe it, before a name in quote marks: the name is the speaker's.
#[test]
fn a_described_naming_noun_before_a_quoted_name() {
    let text = "من جهتها، أكدت الشركة المنجزة للمشروع «أطلس للأنفاق» في بيان أنها «تتعاون بشكل كامل مع لجنة التحقيق».";
    let q = quotes(text);
    let last = q.last().unwrap();
    assert_eq!(name(last), Some("أطلس للأنفاق"), "{q:?}");
}

/// ويتابع فلان: «…» goes on like ويضيف, the speaker named or carried over; and المؤلف,
/// the author, is a title a later sentence may name a person by.
#[test]
fn yutabi_and_the_author() {
    let text = "ويتابع شريفي وهو يغالب دموعه: «عندما انهار السقف ركضت نحو المخرج ولم ألتفت خلفي.\n«لم أره بعدها، وأنا حتى الآن لا أصدق».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("شريفي"), "{q:?}");
    // (Without a colon after it, يتابع is "follows": no cue, أكد speaks.)
    let text = "وأكد الأسطول الخامس الأمريكي أنه يتابع الوضع \"عن كثب\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("الأسطول الخامس الأمريكي"), "{q:?}");
    let text = "وقال مؤلف الكتاب الدكتور خليل الرواشدة إن الخريطة أضيفت لاحقا.\nوقالت الوزارة إن التحقيق جار.\nويختم المؤلف حديثه بالقول: «أتمنى أن يكون هذا الخطأ بداية لإصلاح».";
    let q = quotes(text);
    assert_eq!(name(q.last().unwrap()), Some("خليل الرواشدة"), "{q:?}");
}

/// قبل أن تعلن الوزارة في بيان أنها «…»: the present تعلن is a cue; and وردا على سؤال
/// …، أجاب: «…», what the words answer, set off by a comma before a verb with no
/// subject after it, is no speaker: the verb's pronoun is the one quoted before.
#[test]
fn tuelin_and_an_answer_before_the_verb() {
    let text = "وانتشر المنشور على نطاق واسع، قبل أن تعلن الوزارة في بيان أنها \"قررت سحب الكتاب فورا من جميع المدارس\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("الوزارة"), "{q:?}");
    let text = "وقال الوزير يوسف العبادي إن \"الخطأ جسيم\". وردا على سؤال حول احتمال استقالته، أجاب: \"لست متمسكا بالمنصب\".";
    let q = quotes(text);
    assert_eq!(name(&q[1]), Some("يوسف العبادي"), "{q:?}");
}

/// أن رئيس الجمهورية «يتابع شخصيا تطورات الحادث»: after a title and its definite
/// complement, the subject of a reported clause, the words in marks are its predicate,
/// a quotation; right after a title in the construct state (مديرة «مرصد الملاعب») they
/// are a name.
#[test]
fn a_quotation_after_a_title_and_its_complement() {
    let text = "يذكر أن رئاسة الجمهورية أعلنت في بيان مقتضب أن رئيس الجمهورية «يتابع شخصيا تطورات الحادث».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    let text = "وقالت سلمى الدباغ، مديرة «مرصد الملاعب»، إن «الجماهير تستحق ملاعب آمنة».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
}

/// للخبير في الهندسة الجيوتقنية والأستاذ بجامعة …، البروفيسور فلان: a title, its field
/// and workplace, a comma, an honorific and the name record the person under the title,
/// whom a later الخبير alone names.
#[test]
fn a_title_with_its_field_before_the_name() {
    let text = "وللخبير في الهندسة الجيوتقنية والأستاذ بجامعة هواري بومدين للعلوم والتكنولوجيا، البروفيسور مراد بلقاسمي، رأي آخر.\nوقالت شقيقة أحد المصابين: «لا أحد يخبرنا بشيء».\nويذهب الخبير أبعد من ذلك، معتبرا أن «الطريق السريع كله يحتاج إلى مراجعة».";
    let q = quotes(text);
    assert_eq!(name(q.last().unwrap()), Some("مراد بلقاسمي"), "{q:?}");
}

/// «…»، على أن … «…»: a condition the same speaker reports is coordinated with the
/// first clause, whose cue governs a short quotation in it.
#[test]
fn a_short_quotation_in_a_clause_on_condition() {
    let text = "وأضاف الوزير يوسف العبادي أن لجنة فنية \"ستراجع الكتاب صفحة صفحة\"، على أن تطبع نسخة مصححة \"خلال ثلاثة أسابيع\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("يوسف العبادي"), "{q:?}");
}

/// A headline's speaker told an outlet (وزيرة الصحة لـ"الأهرام": "…"): the ل before the
/// outlet's name is no part of the title.
#[test]
fn a_headline_to_an_outlet() {
    let text = "وزيرة الصحة لـ\"الأهرام\": \"لا نقص في الأدوية\"\nوقالت وزيرة الصحة هالة السعيد في حديث خاص إن الإمدادات مستقرة.";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("هالة السعيد"), "{q:?}");
    assert_eq!(title(&q[0]), Some("وزيرة الصحة"), "{q:?}");
}

/// سلوى الهاشمي: a given name of the big lists that is also a town's, before a family
/// name of the curated lists with the article, begins the name (two officials of
/// different bodies in one sentence, the second after فيما).
#[test]
fn a_given_name_that_is_also_a_town() {
    let text = "وقال وزير الداخلية خالد المالكي إن «الأمن مستتب»، فيما أكدت وزيرة العدل سلوى الهاشمي أن «المحاكم ستعمل بشكل طبيعي».";
    let q = quotes(text);
    assert_eq!(name(&q[1]), Some("سلوى الهاشمي"), "{q:?}");
    assert_eq!(title(&q[1]), Some("وزيرة العدل"), "{q:?}");
}

/// «…»، حسبما نقلت عنه صحيفة «…»: "from him": the speaker the lead names, else the one
/// the pronoun's gender picks among those quoted before; the outlet only relays.
#[test]
fn as_an_outlet_relayed_from_him_after_the_quotation() {
    let text = "وأكد الرئيس التونسي قيس سعيد أن «البلاد لن تخضع للإملاءات»، حسبما نقلت عنه صحيفة \"الصباح\".";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("قيس سعيد"), "{q:?}");
    let text = "وقال الوزير سامي الطرابلسي إن «الوضع صعب». وقالت النائبة سلوى الهاشمي إن «الحكومة فشلت». «البلاد لن تخضع للإملاءات»، كما نقلت عنه وكالة الأنباء.";
    let q = quotes(text);
    assert_eq!(name(&q[2]), Some("سامي الطرابلسي"), "{q:?}");
}

/// زعم ("claimed") is a speech verb like زعمت; and a title's body after ل (عضو المكتب
/// السياسي لحركة حماس، …) is no name the title is recorded with.
#[test]
fn zaama_and_a_body_after_a_title_is_no_name() {
    let text = "وكان المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي قد زعم أن «الموقع عسكري».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("أفيخاي أدرعي"), "{q:?}");
    let text = "وقال عضو المكتب السياسي لحركة حماس، باسم نعيم، إن «المقترح غير كاف».";
    let q = quotes(text);
    assert_ne!(name(&q[0]), Some("لحركة حماس"), "{q:?}");
}

/// A quotation that is a paragraph of its own, then a sentence that points back to it
/// (بهذه العبارة، تقولها، هكذا، كانت تلك الجملة) and names the person: that person said it,
/// not the speaker of the paragraph before.
#[test]
fn a_speaker_named_in_the_sentence_after_the_quotation() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "وقال الوزير سامي الطرابلسي: «الوضع صعب».\n«لم يبق لنا شيء هنا سوى الانتظار». بهذه العبارة لخص المزارع نبيل العمري حال قريته.";
    let person = |name: &str| {
        let at = text.find(name).unwrap();
        NameHint { start: at, end: at + name.len(), person: true }
    };
    let q = quotes_with(text, &[person("سامي الطرابلسي"), person("نبيل العمري")]);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("نبيل العمري"), "{q:?}");
    let text = "وقال الوزير سامي الطرابلسي: «الوضع صعب».\n«ابني ركب القارب ولم يتصل منذ أيام». تقولها سلوى الهاشمي وهي تنتظر أمام الميناء.";
    let person = |name: &str| {
        let at = text.find(name).unwrap();
        NameHint { start: at, end: at + name.len(), person: true }
    };
    let q = quotes_with(text, &[person("سامي الطرابلسي"), person("سلوى الهاشمي")]);
    assert_eq!(name(&q[1]), Some("سلوى الهاشمي"), "{q:?}");
}

/// قال فلان إن بلاده «…»، لكنه شدد على أن «…»: لكنه begins a clause whose subject is
/// the pronoun; the noun of the reported clause before (بلاده) says nothing.
#[test]
fn lakinnahu_ends_the_reported_clause_before() {
    let text = "وقال الوزير سامي الطرابلسي إن بلاده «تقدر الجهود المبذولة»، لكنه شدد على أن «قدرة الجزيرة بلغت حدها الأقصى».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("سامي الطرابلسي"), "{q:?}");
}

/// A verb of the future (سيزور) after a title is no name the title is recorded with:
/// وقال الوزير القبرصي later resolves to nobody named سيزور.
#[test]
fn a_future_verb_is_no_name() {
    let text = "وقال المتحدث إن الوزير سيزور المرفأ غدا. وقال الوزير إن «الزيارة ستكون قصيرة ومركزة على الأمن».";
    let q = quotes(text);
    assert_ne!(name(&q[0]), Some("سيزور"), "{q:?}");
}

/// A headline's speaker before a colon and where he spoke (فلان من السراي: «…»): what
/// follows is a quotation, though the entity finder took its words for a name.
#[test]
fn a_headline_quotation_the_finder_took_for_a_name() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "الطرابلسي من السراي: «قدرتنا على الاستيعاب انتهت»\nوقال الوزير سامي الطرابلسي إن الوضع صعب.";
    let at = text.find("قدرتنا").unwrap();
    let q = quotes_with(text, &[NameHint { start: at, end: at + "قدرتنا على الاستيعاب انتهت".len(), person: false }]);
    assert_eq!(q.len(), 1, "{q:?}");
}

/// A headline's speaker by a family name alone before a colon and a short quotation
/// that is a clause (a future verb first): a quotation, though the entity finder took
/// its three words for a name.
#[test]
fn a_short_headline_clause_the_finder_took_for_a_name() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "الزغلامي: «سنذهب إلى التعقيب»\nوقال المحامي أنيس الزغلامي إن الحكم ظالم.";
    let at = text.find("سنذهب").unwrap();
    let q = quotes_with(text, &[NameHint { start: at, end: at + "سنذهب إلى التعقيب".len(), person: false }]);
    assert_eq!(q.len(), 1, "{q:?}");
    // (A short name the finder found stays a name after a headline's colon.)
    let text = "الزغلامي: «راديو المدينة»\nوقال المحامي أنيس الزغلامي إن الحكم ظالم.";
    let at = text.find("راديو").unwrap();
    let q = quotes_with(text, &[NameHint { start: at, end: at + "راديو المدينة".len(), person: false }]);
    assert!(q.is_empty(), "{q:?}");
}

/// A verb of asking (سأل، سأله) introduces the question quoted after it, and its
/// subject asks (not the one asked after it, رئيس الجهاز); the one asked answers after
/// فرد / فأجاب, and a name in quote marks in the question's sentence (the asker's
/// outlet) makes the asker no speaker of the answer.
#[test]
fn the_question_is_the_askers_and_the_answer_the_asked() {
    let text = "وعندما سأله أحد الصحفيين: «وماذا عن المصريين في الخارج؟»، أجاب: «لدينا تقدير من وزارة الخارجية».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("أحد الصحفيين"), "{q:?}");
    let text = "وسأل مصراوي رئيس الجهاز: «هل تأثرت النتائج بامتناع بعض الأسر؟»، فرد قائلا: «نسبة الرفض لم تتجاوز واحدا في الألف».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("مصراوي"), "{q:?}");
    assert_ne!(name(&q[1]), Some("مصراوي"), "{q:?}");
    let text = "وقال الوزير سامي الطرابلسي إن «القانون سيعرض على البرلمان».\nوسأله صحفي من إذاعة «موزاييك أف أم» عن مصير المتقاعدين، فرد: «القانون الجديد لن يطبق بأثر رجعي».";
    let q = quotes(text);
    assert_eq!(name(q.last().unwrap()), Some("سامي الطرابلسي"), "{q:?}");
}

/// فالحلبي رأى أن «…»: the conjunction ف is no part of the name (but فالح is a name).
#[test]
fn fa_before_a_name_with_the_article() {
    let text = "وتناوب الوزيران على الكلام. فالطرابلسي رأى أن «المشكلة تبدأ في الخارج ولا تنتهي هنا».";
    let q = quotes(text);
    assert_eq!(name(&q[0]), Some("الطرابلسي"), "{q:?}");
}

/// Words after a quotation its colon introduced that end at a colon before the next
/// quotation (press conferences in turn: قال فلان: «…؟»، فأجاب فلان: «…») are the next
/// quotation's cue; the first is its own cue's.
#[test]
fn the_cue_of_the_next_quotation_is_not_this_ones() {
    let text = "وقال الوزير سامي الطرابلسي: «أليس كذلك يا صديقي؟»، فأجاب الوزير نبيل العمري ضاحكا: «سنتحدث عن ذلك لاحقا».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[0]), Some("سامي الطرابلسي"), "{q:?}");
    assert_eq!(name(&q[1]), Some("نبيل العمري"), "{q:?}");
}

/// ثم التفت إلى نظيره قائلا: a verb no list knows and where it turned are no subject of
/// the participle: its subject is that verb's, the speaker before.
#[test]
fn a_verb_and_where_it_turned_before_a_participle() {
    let text = "وقال الوزير سامي الطرابلسي: «الوضع صعب». ثم التفت إلى نظيره قائلا: «أليس كذلك يا صديقي؟».";
    let q = quotes(text);
    assert_eq!(name(&q[1]), Some("سامي الطرابلسي"), "{q:?}");
}

/// A headline's title, then when it spoke after بعد (وزير الداخلية بعد لقائه نظيره
/// القبرصي: «…»): the title is the speaker, as before عن and a topic.
#[test]
fn a_headline_title_then_after_an_occasion() {
    let text = "وزير الداخلية بعد لقائه نظيره القبرصي: «البحر ليس حدودا مفتوحة»\nعقد وزير الداخلية سامي الطرابلسي مؤتمرا صحافيا أمس.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(q[0].speaker.is_some(), "{q:?}");
    assert_eq!(title(&q[0]), Some("وزير الداخلية"), "{q:?}");
}

/// بيانا رحب فيه بالنتائج، وقال إنها «…»: فيه after the verb is the statement, no
/// subject; the body that issued it speaks.
#[test]
fn fihi_after_a_verb_is_the_statement() {
    let text = "من جانبه، أصدر المجلس القومي للسكان بيانا رحب فيه بالنتائج، وقال إنها «تؤكد نجاح برامج تنظيم الأسرة في الريف».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_ne!(name(&q[0]), Some("فيه بالنتائج"), "{q:?}");
    assert_eq!(name(&q[0]), Some("المجلس القومي للسكان"), "{q:?}");
}

/// وقال فلان، الذي تابع أعمال الإغاثة بنفسه، إن «…»: the verb of a relative clause set
/// off by commas says who the subject is; the verb before it introduces the words.
#[test]
fn a_relative_clause_between_commas_is_no_cue() {
    let text = "وقال المحافظ سامي الطرابلسي، الذي تابع أعمال الإغاثة بنفسه، إن «الأضرار أقل مما كنا نخشى».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("سامي الطرابلسي"), "{q:?}");
}

/// سعادة الشيخ فلان بن فلان الفلاني والي …: honorifics, the name, then the office and
/// the place it is of, which is no name.
#[test]
fn honorifics_a_name_then_an_office() {
    let text = "وقال سعادة الشيخ سيف بن ناصر الحارثي والي وادي بني خالد إن «المياه انحسرت عن معظم القرى».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("سيف بن ناصر الحارثي"), "{q:?}");
}

/// لافتا / لافتة, a participle of the first form, has the subject of the speech verb
/// before it, not the noun of the clause that verb reports.
#[test]
fn a_first_form_participle_after_a_reported_clause() {
    let text = "وأكدت الوزيرة سلوى الهاشمي أن الميناء «يعمل بكامل طاقته»، لافتة إلى أن «الشحنات المتأخرة ستصل غدا».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("سلوى الهاشمي"), "{q:?}");
}

/// إن الهيئة «لن تتأخر في الرد»: after إن the quotation is what the body will do, not
/// its name; a later الهيئة is the body.
#[test]
fn a_quotation_after_inna_and_a_body_is_no_name_of_it() {
    let text = "وقال رئيس هيئة الرقابة سامي الطرابلسي إن الهيئة «لن تتأخر في الرد».\nوقالت الهيئة في بيان لاحق: «سنعلن نتائج التحقيق خلال أيام».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_ne!(name(&q[1]), Some("لن تتأخر في الرد"), "{q:?}");
}

/// وأضاف فلان أن النقابة طالبت الحكومة «…»: the verb of the reported clause has its
/// subject before it and its object after; the speaker reporting the clause speaks.
#[test]
fn a_speech_verb_inside_a_reported_clause() {
    let text = "وأضاف سامي الطرابلسي أن النقابة طالبت الحكومة مرارا «بمراجعة سلم الأجور».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("سامي الطرابلسي"), "{q:?}");
}

/// وتنقل الصحيفة عن فلان قوله إن …: نقل in the present relays as in the past.
#[test]
fn relayed_in_the_present() {
    let text = "وتنقل الصحيفة عن رئيس نقابة الصيادين سامي الطرابلسي قوله إن البحارة «لن يعودوا إلى البحر قبل التعويض».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("سامي الطرابلسي"), "{q:?}");
}

/// ويتذكر فلان أن …: recalling is telling.
#[test]
fn recalling_is_a_cue() {
    let text = "ويتذكر الصياد سامي الطرابلسي أن البحر «كان هادئا تماما تلك الليلة».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("سامي الطرابلسي"), "{q:?}");
}

/// «…»، يقول الحارثي للصحيفة، ثم يضيف: «…»: لل after a family name alone is whom it
/// was said to, and the verb that goes on has the subject of the speech verb before it.
#[test]
fn a_family_name_alone_then_a_verb_that_goes_on() {
    let text = "«رأيت الدخان من بعيد فركضت نحوه»، يقول الحارثي للصحيفة، ثم يضيف: «لم يكن أحد هناك غيري».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[0]), Some("الحارثي"), "{q:?}");
    assert_eq!(name(&q[1]), Some("الحارثي"), "{q:?}");
}

/// ابن عمه فلان: kin of two letters with a possessive describes the person named.
#[test]
fn kin_with_a_possessive_before_a_name() {
    let text = "وقال ابن عمه خالد الحارثي: «كنا معا على القارب حين انقلب».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("خالد الحارثي"), "{q:?}");
}

/// «…»، يوضح فلان. «…»: a quotation no cue attributes right after the name that ends
/// the sentence before, in the same paragraph, goes on with that speaker.
#[test]
fn a_quotation_after_a_speaker_named_after_the_one_before() {
    let text = "«المشكلة ليست في النص بل في تطبيقه»، يوضح الدسوقي. «لا أحد يعرف المعايير حتى الآن».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("الدسوقي"), "{q:?}");
}

/// غير أن مسؤولا سابقا …، طلب عدم نشر اسمه، قال لبي بي سي إن «…»: an anonymous source
/// in the accusative is a title, and لبي بي سي, the outlet, is whom it was said to.
#[test]
fn an_anonymous_source_in_the_accusative_told_an_outlet() {
    let text = "غير أن مسؤولا سابقا في الوزارة، طلب عدم نشر اسمه، قال لبي بي سي إن عدد الوحدات «أقل بكثير مما يحتاجه الناس».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), None, "{q:?}");
    assert!(title(&q[0]).is_some_and(|t| t.starts_with("مسؤولا")), "{q:?}");
}

/// ولم تستجب الوزارة …، لكنها قالت: the body the negated verb opens with is the
/// subject of the verb after لكنها, not the speaker of the sentence before.
#[test]
fn lakinnaha_after_a_negated_verb_and_a_body() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "وقال النقيب سامي الطرابلسي: «سنلجأ إلى القضاء».\nولم تستجب وزارة النقل لطلب الصحيفة التعليق، لكنها قالت في بيان سابق إن «الخطة ستنفذ على مراحل».";
    let at = |s: &str| text.find(s).unwrap();
    let hints = [
        NameHint { start: at("سامي الطرابلسي"), end: at("سامي الطرابلسي") + "سامي الطرابلسي".len(), person: true },
        NameHint { start: at("وزارة النقل"), end: at("وزارة النقل") + "وزارة النقل".len(), person: false },
    ];
    let q = quotes_with(text, &hints);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("وزارة النقل"), "{q:?}");
}

/// وعقب رئيس المجلس على كلمة النائبة قائلا: what على begins is what the verb is about.
#[test]
fn ala_after_the_subject_before_a_participle() {
    let text = "وعقب رئيس المجلس على كلمة النائبة قائلا: «الحكومة أجابت عن هذا السؤال مرارا».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(title(&q[0]), Some("رئيس المجلس"), "{q:?}");
}

/// المديرة العامة لصون الطبيعة: ل and a noun after the title's adjective is what the
/// office is for, no name.
#[test]
fn what_an_office_is_for_after_lam_is_no_name() {
    let text = "«سنواصل التوعية في القرى الساحلية»، قالت المديرة العامة لصون الطبيعة في ختام حديثها.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), None, "{q:?}");
    assert_eq!(title(&q[0]), Some("المديرة العامة لصون الطبيعة"), "{q:?}");
}

/// رئيس المجلس is not رئيس لجنة … بالمجلس: a head in the construct state names the
/// office its complement heads.
#[test]
fn the_head_of_a_council_is_not_the_head_of_its_committee() {
    let text = "وقال رئيس لجنة الإسكان بالمجلس، النائب محمد البنا، إن اللجنة «استمعت إلى الجميع».\nوعقب رئيس المجلس قائلا: «الحكومة أجابت عن هذا السؤال مرارا».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[0]), Some("محمد البنا"), "{q:?}");
    assert_ne!(name(&q[1]), Some("محمد البنا"), "{q:?}");
}

/// فلانة، من «…»، فكتبت: a few words in quote marks set off by commas after من say
/// where the person is from: a name, not a quotation.
#[test]
fn a_name_set_off_by_commas_after_min() {
    let text = "أما الباحثة البريطانية سارة كولينز، من «مرصد الشعاب المرجانية الدولي»، فكتبت على حسابها: «نحزن لهذه الخسارة الكبيرة».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(content(text, &q[0]), "نحزن لهذه الخسارة الكبيرة");
}

/// قال فلان:\n«…»: a quotation that opens a paragraph after one that ended with a colon
/// has the cue and speaker of that sentence.
#[test]
fn a_quotation_after_a_paragraph_that_ends_with_a_colon() {
    let text = "وقال الوزير سامي الطرابلسي:\n«الوضع صعب جدا هذا العام».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("سامي الطرابلسي"), "{q:?}");
}

/// ولم يستبعد فلان أن …، موضحا: not ruling out is saying; the participle after it has
/// its subject.
#[test]
fn not_ruling_out_is_a_cue() {
    let text = "ولم يستبعد الخبير كريم الدسوقي أن ترتفع الأسعار مجددا، موضحا: «الطلب يفوق العرض منذ أشهر».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("كريم الدسوقي"), "{q:?}");
}

/// فلانة بنت فلان الفلانية المديرة العامة لصون …: a Gulf name right before a title,
/// with no comma, is recorded with it, and the title with what the office is for names
/// her later.
#[test]
fn a_gulf_name_right_before_its_title_names_the_title_later() {
    let text = "وأوضحت هند بنت خالد الرواحية المديرة العامة لصون البيئة البحرية بالوزارة أن الشعاب «تتعافى ببطء شديد».\n«سنواصل الرصد حتى نهاية العام»، قالت المديرة العامة لصون البيئة البحرية في ختام حديثها.";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("هند بنت خالد الرواحية"), "{q:?}");
}

/// فلانة، التي أكدت أن «…»، في بيان: a relative clause that a comma closes only after
/// a quotation is the one that says it; its verb is the cue.
#[test]
fn a_relative_clause_closed_after_its_quotation_is_the_cue() {
    let text = "ورحب الاتحاد بقرار الوزيرة ليلى بنعلي، التي أكدت أن «الدعم سيستمر»، في بيان صدر أمس.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("ليلى بنعلي"), "{q:?}");
    assert_eq!(q[0].cue.as_ref().map(|c| c.text.as_str()), Some("أكدت"), "{q:?}");
}

/// لكنه رفض الإفصاح عن التفاصيل، قائلا: after لكنه the subject is its pronoun; the
/// verb and its object before the participle are no speaker.
#[test]
fn lakinnahu_then_a_verb_before_a_participle() {
    let text = "وقال الوزير سامي الطرابلسي: «العمل مستمر في كل المواقع».\nوتحدث الوزير لقناة الجزيرة، لكنه رفض الإفصاح عن التفاصيل، قائلا: «ليس الآن، انتظروا البيان».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("سامي الطرابلسي"), "{q:?}");
}

/// «…».. صياد من القرية يروي …: a headline whose quotation the next words say, before a
/// verb of telling in the present, is theirs (by role).
#[test]
fn a_headline_quotation_then_who_tells_it() {
    let text = "«كان الموج أعلى من البيوت».. ناجية من الفيضان تروي ليلة الرعب\nدرنة - خاص\nتروي سعاد البرعصي ما حدث.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(title(&q[0]), Some("ناجية من الفيضان"), "{q:?}");
}

/// X الله after a name word is one part of the name (فضل الله، عطا الله), as X الدين is:
/// the name does not end before it.
#[test]
fn a_name_in_allah_is_whole() {
    let text = "وقال الباحث في جامعة دمشق الدكتور سمير فضل الله لـ\"الثورة\": «النتائج مشجعة حتى الآن».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("سمير فضل الله"), "{q:?}");
}

/// ويختتم / ويختم فلان كلامه: a verb of closing in the present is a cue, and the words
/// (كلامه) are no part of the speaker.
#[test]
fn closing_in_the_present_is_a_cue() {
    let text = "وقال المدرب رامي الخطيب: «كان يوما صعبا».\nويختتم الخطيب كلامه بنبرة هادئة: «سنعود أقوى في الموسم المقبل».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("الخطيب"), "{q:?}");
}

/// وهي، كما تقول، باعت …: a verb after ما/كما with a comma right after it has the
/// speaker before for its subject; the verb after the comma is no speaker.
#[test]
fn as_she_says_between_commas_carries_the_speaker() {
    let text = "وقالت المزارعة هدى العلي: «خسرنا المحصول كله».\nوهي، كما تقول، باعت أرضها قبل عامين لأن الماء \"لم يعد يكفي\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("هدى العلي"), "{q:?}");
}

/// «…»، و«…»: a short quotation joined by و alone to the one before in the same
/// sentence is its coordinate, with the same cue.
#[test]
fn a_short_quotation_joined_by_wa_is_speech() {
    let text = "وأكد الوزير خالد النمر أن الحكومة \"ستدعم المزارعين\"، و\"لن تتركهم وحدهم\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("خالد النمر"), "{q:?}");
}

/// صيادو صور يحصون خسائرهم: «…»: in a headline, a verb of the present after the
/// subject, with its object, is no part of the speaker.
#[test]
fn a_headline_subject_then_its_present_verb() {
    let text = "صيادو صور يحصون خسائرهم: «البحر لم يعد يعطي شيئا»\nصور - خاص\nقال أحد الصيادين إن الموسم سيئ.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    let sp = q[0].speaker.as_ref().expect("a speaker");
    let shown = sp.name.as_deref().or(sp.title.as_deref());
    assert_eq!(shown, Some("صيادو صور"), "{q:?}");
}

/// وتروي المرأة الخمسينية ما جرى: «…»: a definite noun of a person with no office
/// (الرجل، المرأة، الشاب) and an adjective is a title, not a name (الخمسينية is no
/// family name here), and names the one quoted before, whatever the verb.
#[test]
fn the_man_or_the_woman_is_the_one_named_before() {
    let text = "وقالت المزارعة سعاد حداد: «فقدنا كل شيء في ليلة».\nوتروي المرأة الخمسينية ما جرى: «سمعت صوت الطائرة قبل الفجر».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("سعاد حداد"), "{q:?}");
    assert_eq!(title(&q[1]), Some("المرأة الخمسينية"), "{q:?}");
}

/// وقال المدرب المؤقت في أول تصريح له: «…»: an ordinal between في and the statement
/// (أول، آخر) is still the occasion, no part of the speaker.
#[test]
fn in_his_first_statement_is_the_occasion() {
    let text = "وقال المدرب المؤقت في أول تصريح له: «المهمة صعبة، لكن اللاعبين أظهروا رغبة كبيرة».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), None, "{q:?}");
    assert_eq!(title(&q[0]), Some("المدرب المؤقت"), "{q:?}");
}

/// «…»، قال قائد الفريق عقب الحصة التدريبية: a preposition of time after the speaker
/// (عقب، إثر، قبيل، أثناء) says when, and ends the speaker's phrase.
#[test]
fn after_the_training_session_is_when_not_who() {
    let text = "«المدرب قام بعمله ونحن لم نكن في المستوى»، قال قائد الفريق عقب الحصة التدريبية صباح الإثنين.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), None, "{q:?}");
    assert_eq!(title(&q[0]), Some("قائد الفريق"), "{q:?}");
}

/// مصدر من داخل المكتب المسير كشف للموقع أن …: ل and the outlet's noun (للموقع،
/// للجريدة، للمجلة) is whom the words were said to; the subject is before the verb.
#[test]
fn told_the_site_is_no_speaker() {
    let text = "مصدر من داخل المكتب المسير كشف للموقع أن اللاعبين \"اشتكوا أكثر من مرة من الحصص التدريبية المرهقة\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(title(&q[0]), Some("مصدر من داخل المكتب المسير"), "{q:?}");
}

/// الخزعلي للوزير: "…": in a headline, ل and a title after a name is whom the words
/// were said to, no part of the speaker.
#[test]
fn a_headline_name_then_whom_it_spoke_to() {
    let text = "الخزعلي للوزير: \"أين ذهبت المليارات؟\"\nبغداد - خاص\nاستضافت اللجنة الوزير أمس.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    let sp = q[0].speaker.as_ref().expect("a speaker");
    let shown = sp.name.as_deref().or(sp.title.as_deref());
    assert_eq!(shown, Some("الخزعلي"), "{q:?}");
}

/// ولم يتأخر رد فلان، إذ قال إن «…»: the verb after إذ explains the clause before, and
/// its subject is the person named there, not the clause.
#[test]
fn after_idh_the_person_of_the_clause_before_speaks() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "وكتب المدرب على حسابه: «لم يفوا بالوعود».\nولم يتأخر رد الحيان، إذ قال في اتصال هاتفي إن المدرب \"يعرف جيدا أنه لم يطلب منه اللقب\".";
    let at = text.find("الحيان").unwrap();
    let q = quotes_with(text, &[NameHint { start: at, end: at + "الحيان".len(), person: true }]);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("الحيان"), "{q:?}");
}

/// ولم يتأخر رد الحيان، إذ قال …, where the entity finder left the family name alone
/// unfound: the family name of a person named before in full is that person.
#[test]
fn after_idh_a_family_name_named_before_speaks() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "وقال رئيس النادي مصطفى الحيان إن الفريق \"بخير\".\nوكتب المدرب على حسابه: «لم يفوا بالوعود».\nولم يتأخر رد الحيان، إذ قال في اتصال هاتفي إن المدرب \"يعرف جيدا أنه لم يطلب منه اللقب\".";
    let at = text.find("مصطفى الحيان").unwrap();
    let q = quotes_with(text, &[NameHint { start: at, end: at + "مصطفى الحيان".len(), person: true }]);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(name(&q[2]), Some("الحيان"), "{q:?}");
}

/// أما فلان، فاختار لهجة أحد، وكتب على حسابه:\n«…»: a quotation opening the paragraph
/// after a bare verb and a colon is the person that sentence named, not the speaker
/// quoted before.
#[test]
fn a_colon_lead_after_amma_names_its_person() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "«المدرب قام بعمله»، قال قائد الفريق ياسين العلمي.\nأما مارتينيش، فاختار لهجة أكثر حدة، وكتب في رسالة على حسابه:\n«أتمنى لمن سيأتي بعدي حظا أفضل مع الوعود».";
    let a = text.find("ياسين العلمي").unwrap();
    let b = text.find("مارتينيش").unwrap();
    let hints = [NameHint { start: a, end: a + "ياسين العلمي".len(), person: true }, NameHint { start: b, end: b + "مارتينيش".len(), person: true }];
    let q = quotes_with(text, &hints);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("مارتينيش"), "{q:?}");
}

/// رفع النائب فلان قنينة ماء، وسأل الوزير فلان: «…؟»: سأل joined by و after a person
/// the sentence named takes the one asked for its object; the asker speaks.
#[test]
fn the_one_asked_after_wa_saala_is_no_speaker() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "رفع رئيس اللجنة النائب فالح الخزعلي قنينة ماء عكر، وسأل وزير الموارد المائية عباس الساعدي: \"أين ذهبت المليارات؟\".";
    let a = text.find("فالح الخزعلي").unwrap();
    let b = text.find("عباس الساعدي").unwrap();
    let hints = [NameHint { start: a, end: a + "فالح الخزعلي".len(), person: true }, NameHint { start: b, end: b + "عباس الساعدي".len(), person: true }];
    let q = quotes_with(text, &hints);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("فالح الخزعلي"), "{q:?}");
}

/// …، وهو ما رد عليه المجلس ببيان وصف فيه الاتهام بأنه "…": وهو ما begins the clause
/// of the body that answered, however long the sentence before it, and ببيان is how.
#[test]
fn which_is_what_the_council_answered_in_a_long_sentence() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "وفي بيان صدر مساء الثلاثاء، حملت وزارة الموارد المائية الحكومات المحلية المتعاقبة مسؤولية تأخر المشروع، وهو ما رد عليه مجلس محافظة البصرة ببيان وصف فيه الاتهام بأنه \"هروب إلى الأمام\".";
    let (a, b) = (text.find("وزارة الموارد").unwrap(), text.find("مجلس محافظة").unwrap());
    let hints = [NameHint { start: a, end: a + "وزارة الموارد المائية".len(), person: false }, NameHint { start: b, end: b + "مجلس محافظة البصرة".len(), person: false }];
    let q = quotes_with(text, &hints);
    assert_eq!(q.len(), 1, "{q:?}");
    let sp = q[0].speaker.as_ref().expect("a speaker");
    let shown = sp.name.as_deref().or(sp.title.as_deref());
    assert_eq!(shown, Some("مجلس محافظة البصرة"), "{q:?}");
}

/// عقدها بفندق "الأوراسي": a venue noun (hotel, restaurant, café, stadium, theatre,
/// hall, cinema) right before the marks has its name in them, no quotation.
#[test]
fn a_venue_noun_names_what_its_marks_hold() {
    let text = "«لقد أقصوني لأنني طالبت بتدقيق الحسابات»، رد نبيل سعداوي في ندوة صحفية عقدها بفندق \"الأوراسي\" بالعاصمة.\nوالتقى اللاعبون أمس في مقهى «النجمة» وسط المدينة.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(content(text, &q[0]), "لقد أقصوني لأنني طالبت بتدقيق الحسابات");
}

/// قال فلان: "…". وتحدث رئيس نادي … علان، …، عن …. وقال: «…»: a bare verb opening
/// the sentence after one that quoted nobody and opened with a verb and its person
/// (a title at most between them) has that person for its subject, not the one
/// quoted before.
#[test]
fn a_bare_verb_continues_the_person_the_sentence_before_opened_with() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "غير أن الأمين العام للاتحادية مراد حمادي نفى ذلك، وقال: \"كل المترشحين عوملوا بالطريقة نفسها\".\nوتحدث رئيس نادي شباب باب الواد سليم بن عودة، وهو من أعضاء الجمعية العامة، عن الأجواء داخل العائلة. وقال: «المهم أن تجرى الانتخابات في هدوء».";
    let a = text.find("مراد حمادي").unwrap();
    let c = text.find("شباب باب الواد").unwrap();
    let b = text.find("سليم بن عودة").unwrap();
    let hints = [
        NameHint { start: a, end: a + "مراد حمادي".len(), person: true },
        NameHint { start: c, end: c + "شباب باب الواد".len(), person: false },
        NameHint { start: b, end: b + "سليم بن عودة".len(), person: true },
    ];
    let q = quotes_with(text, &hints);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[0]), Some("مراد حمادي"), "{q:?}");
    assert_eq!(name(&q[1]), Some("سليم بن عودة"), "{q:?}");
}

/// وأضاف الرئيس السابق لنادي "…" أن …: ل and a noun the lists know as naming a body
/// (نادي, فريق) after a title is the body the title is of, not a name (نادي is also a
/// given name in the name lists); the speaker is the title, not the club.
#[test]
fn lam_and_a_listed_body_noun_after_a_title_is_no_name() {
    let text = "وقال الرئيس السابق لنادي \"مولودية الجزائر\" إن \"الملف أودع كاملا في الآجال\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), None, "{q:?}");
    assert!(title(&q[0]).is_some_and(|t| t.starts_with("الرئيس السابق")), "{q:?}");
}

/// A headline's family name, a colon and a short quotation opening with the first
/// person's future (سأذهب, with its hamza): a clause, a quotation though the entity
/// finder took its words for a name.
#[test]
fn a_short_headline_clause_in_the_first_persons_future() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "سعداوي: «سأذهب إلى لوزان»\nوقال المترشح نبيل سعداوي إن القرار ظالم.";
    let at = text.find("سأذهب").unwrap();
    let q = quotes_with(text, &[NameHint { start: at, end: at + "سأذهب إلى لوزان".len(), person: false }]);
    assert_eq!(q.len(), 1, "{q:?}");
}

/// ويتهم فلان المكتب بـ"…": the imperfect of اتهم (يتهم, تتهم) quotes its object as the
/// perfect does, and its subject says it.
#[test]
fn the_imperfect_of_accuse_quotes_its_object() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "ويتهم نبيل سعداوي المكتب المنتهية ولايته بـ\"تفصيل القوانين على المقاس\" منذ سنوات.";
    let a = text.find("نبيل سعداوي").unwrap();
    let q = quotes_with(text, &[NameHint { start: a, end: a + "نبيل سعداوي".len(), person: true }]);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("نبيل سعداوي"), "{q:?}");
}

/// وعندما سئل عن …، قال: «…»: a clause of time set off by a comma before a bare verb
/// is when the verb spoke, no speaker; the verb's subject is the one quoted before (or
/// the one the clause names as asked: وحين سئل الوزير عن …، قال).
#[test]
fn a_clause_of_time_before_a_bare_verb_is_no_speaker() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "وقال المدرب منير الشابي: \"أنا من يختار\".\nوعندما سئل عن إمكانية عودة الحارس، قال: \"الباب ليس مغلقا أمام أحد\".\nوحين سئل الوزير عن الأزمة، قال: \"لا نتدخل في الشؤون الفنية\".\nولما سأله الصحفي عن المباراة، قال: \"سنلعب للفوز\".";
    let a = text.find("منير الشابي").unwrap();
    let q = quotes_with(text, &[NameHint { start: a, end: a + "منير الشابي".len(), person: true }]);
    assert_eq!(q.len(), 4, "{q:?}");
    assert_eq!(name(&q[1]), Some("منير الشابي"), "{q:?}");
    assert_eq!(title(&q[2]), Some("الوزير"), "{q:?}");
    // (The one asked by the journalist is the minister, quoted before.)
    assert_eq!(title(&q[3]), Some("الوزير"), "{q:?}");
}

/// وقال للجمهور يومها: «…»: ل and the article right after the verb is whom the words
/// were said to, not the speaker; the subject is before the verb (or after the
/// addressee: قال للحاضرين الوزير).
#[test]
fn lam_and_the_article_after_the_verb_is_the_addressee() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "وقد حضر الحارس أيمن الدريدي العرض الأول، وقال للجمهور يومها: \"كل حارس يعيش وحده في لحظة الهدف\".\nوقال للحاضرين الوزير: \"نحن مع الجميع في هذه الأزمة\".";
    let a = text.find("أيمن الدريدي").unwrap();
    let q = quotes_with(text, &[NameHint { start: a, end: a + "أيمن الدريدي".len(), person: true }]);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[0]), Some("أيمن الدريدي"), "{q:?}");
    assert_eq!(title(&q[1]), Some("الوزير"), "{q:?}");
}

/// نشرت الجامعة … بلاغا مقتضبا جاء فيه: «…»: after a statement the clause's verb
/// issued, جاء فيه has that verb's subject for its speaker, not the one quoted before.
#[test]
fn came_in_it_after_an_issued_statement_is_its_issuer() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "وقال قائد المنتخب حمزة الطرابلسي: \"المجموعة تحتاج إلى الهدوء\".\nوفي وقت متأخر من ليلة أمس، نشرت الجامعة التونسية لكرة القدم بلاغا مقتضبا جاء فيه: \"تجدد الجامعة ثقتها الكاملة في الإطار الفني\".";
    let a = text.find("حمزة الطرابلسي").unwrap();
    let b = text.find("الجامعة التونسية لكرة القدم").unwrap();
    let hints = [
        NameHint { start: a, end: a + "حمزة الطرابلسي".len(), person: true },
        NameHint { start: b, end: b + "الجامعة التونسية لكرة القدم".len(), person: false },
    ];
    let q = quotes_with(text, &hints);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("الجامعة التونسية لكرة القدم"), "{q:?}");
}

/// رفض مسؤول بالجامعة … التعليق على تصريحات فلان، واكتفى بالقول: «…»: a lone verb
/// joined by و before بالقول has the subject of the verb that opened the clause
/// before the comma, not the person named last in it.
#[test]
fn a_joined_verb_before_bil_qawl_has_the_subject_of_the_clause_before() {
    use isnad::compare::quotes::{quotes_with, NameHint};
    let text = "في المقابل، رفض مسؤول بالجامعة التونسية لكرة القدم التعليق على تصريحات العياري، واكتفى بالقول: \"الملف بيد الجهاز الفني\".";
    let a = text.find("العياري").unwrap();
    let b = text.find("الجامعة التونسية لكرة القدم").unwrap();
    let hints = [
        NameHint { start: b, end: b + "الجامعة التونسية لكرة القدم".len(), person: false },
        NameHint { start: a, end: a + "العياري".len(), person: true },
    ];
    let q = quotes_with(text, &hints);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), None, "{q:?}");
    assert_eq!(title(&q[0]), Some("مسؤول بالجامعة التونسية لكرة القدم"), "{q:?}");
}

/// الشريط الوثائقي "حراس المرمى لا يبكون": a work, definite or not, names the title in
/// the marks after it however long; not after إن/أن, whose predicate follows.
#[test]
fn a_work_noun_names_a_long_title() {
    let text = "وتعرض القاعات منذ الأسبوع الماضي الشريط الوثائقي \"حراس المرمى لا يبكون\"، الذي يروي مسيرة حارس.\nويعرض المهرجان الفيلم الروائي الطويل «صيف في الدار البيضاء القديمة» في الافتتاح.\nوقال الناقد سمير الهادي إن الفيلم \"يطرح أسئلة جريئة عن الهجرة\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(content(text, &q[0]), "يطرح أسئلة جريئة عن الهجرة");
}

/// وعلمت "الشروق" من مصادر مطلعة أن … "…": علمت ("learned") with من after it is a cue,
/// and whom the outlet learned it from, after من, speaks.
#[test]
fn learned_from_sources_quotes_the_sources() {
    let text = "وعلمت \"الشروق\" من مصادر مطلعة أن المكتب سيجتمع الخميس، وأن عددا من أعضائه \"غير راضين عن طريقة إدارة الملف إعلاميا\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(title(&q[0]), Some("مصادر مطلعة"), "{q:?}");
}

/// ونقلت «الشروق» عن مصادر …: a short quotation right after a relaying verb and before
/// عن/من/إلى is the outlet relaying, a name, not speech.
#[test]
fn an_outlet_in_marks_after_a_relaying_verb_is_a_name() {
    let text = "ونقلت «الشروق» عن مصادر مطلعة أن الأعضاء «غير راضين عن طريقة إدارة الملف».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(title(&q[0]), Some("مصادر مطلعة"), "{q:?}");
}

/// وأصدر الاتحاد … بيانا شديد اللهجة أكد فيه أن «…», وردت إدارة النادي ببيان جاء فيه:
/// «…»: the statement's adjective in the construct state, and ب before the statement,
/// leave its issuer the speaker.
#[test]
fn a_statement_with_a_construct_adjective_or_after_bi_is_its_issuers() {
    let text = "وأصدر الاتحاد المصري لكرة القدم بيانا شديد اللهجة أكد فيه أن العقوبات «نهائية وغير قابلة للطعن».\nوردت إدارة النادي الأهلي ببيان جاء فيه: «سنلجأ إلى المحكمة الرياضية الدولية».";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].speaker.as_ref().map(|s| s.text.as_str()), Some("الاتحاد المصري لكرة القدم"), "{q:?}");
    assert_eq!(q[1].speaker.as_ref().map(|s| s.text.as_str()), Some("إدارة النادي الأهلي"), "{q:?}");
}

/// وبعد ساعات، عاد المدرب ليقول: «…»: before ليقول, what a comma sets off before عاد is
/// when, no part of the subject.
#[test]
fn a_time_set_off_before_returned_to_say_is_no_speaker() {
    let text = "وبعد ساعات، عاد المدرب ليقول في تدوينة: «أعتذر لمن أسأت إليهم».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(q[0].speaker.as_ref().map(|s| s.text.as_str()), Some("المدرب"), "{q:?}");
}

/// عاملة فضلت عدم ذكر اسمها: the feminine of فضل/رفض/طلب/اشترط before عدم, ذكر or
/// الكشف is a clause about an anonymous speaker, as the masculine is; no part of her.
#[test]
fn the_feminine_of_preferring_not_to_be_named_ends_the_speaker() {
    let text = "وقالت ممرضة رفضت ذكر اسمها إن المستشفى \"لم يعد يحتمل ضغطا إضافيا\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    let sp = name(&q[0]).or(title(&q[0])).unwrap_or("");
    assert!(!sp.contains("رفضت"), "{q:?}");
}

/// A call joined by و after a quotation whose sentence has its own speech verb before
/// it (قالت النقابة إنها «…»، ودعت المزارعين إلى «…»): دعت and whom it calls on do not
/// say the quotation before them.
#[test]
fn a_joined_call_after_a_quotation_is_not_its_attribution() {
    let text = "قالت نقابة الفلاحين في بيان إنها \"ترفض الأسعار الجديدة للأسمدة\"، ودعت المزارعين إلى \"الصبر\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(q[0].cue.as_ref().map(|c| c.form.trim_start_matches('و')), Some("قالت"), "{q:?}");
}

/// وزير قطاع الأعمال العام: a title in the construct state and the first noun of its
/// construct before words with the article is all title; the noun is no name the title
/// registry records (and a later وزير resolves to nobody).
#[test]
fn the_noun_after_a_construct_title_is_no_name() {
    let text = "وقال وزير شؤون البيئة إن الخطة \"ستنفذ على مراحل\".";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), None, "{q:?}");
}

/// فإن الوزير «…» وأبلغ …: the word after a quotation that follows a title is not the
/// title's name in the registry; a later الوزير stays a title.
#[test]
fn a_word_after_a_quotation_is_not_the_name_of_the_title_before_it() {
    let text = "وحسب مصدر في الوزارة، فإن الوزير \"يتابع الموقف عن كثب\" وأبلغ النقابة بموعد الاجتماع.\nوقال الوزير في تصريحات صحفية: «لن نسمح بتعطيل الإنتاج».";
    let q = quotes(text);
    let last = q.last().expect("quotes");
    assert_eq!(name(last), None, "{q:?}");
}

/// عامل يدعى فلان: the name يدعى gives inside the speaker's phrase is the name.
#[test]
fn called_inside_the_phrase_gives_the_name() {
    let text = "وقال سائق يدعى خالد لمراسلنا: «ننتظر منذ الفجر في الطابور».";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), Some("خالد"), "{q:?}");
}

/// «…»، بحسب تعبير فلان: the noun of words after the preposition is no speaker.
#[test]
fn a_noun_of_words_after_according_to_is_no_speaker() {
    let text = "«الأسعار لم تعد تطاق»، بحسب تعبير ربة منزل التقتها الوكالة في السوق.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    let sp = name(&q[0]).or(title(&q[0])).unwrap_or("");
    assert!(!sp.starts_with("تعبير"), "{q:?}");
}

/// «…»، هتف المحتجون: هتف is a speech verb; and في with a venue named in quote marks
/// after the speaker is where it was said, no part of the speaker.
#[test]
fn chanting_is_speech_and_a_named_venue_ends_the_speaker() {
    let text = "«لا للغلاء»، هتف المحتجون في ميدان \"التحرير\" وسط العاصمة.";
    let q = quotes(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]).or(title(&q[0])), Some("المحتجون"), "{q:?}");
}

/// قالت النقابة إنها «…»، ودعت العمال إلى «…»: a call joined by و after a comma goes on
/// from the speech verb before it; the lone definite noun after it, a broken plural
/// with no mark of its case, is whom it calls on, and the union says the second
/// quotation too.
#[test]
fn a_lone_noun_after_a_joined_call_is_whom_it_calls_on() {
    let text = "قالت نقابة الأطباء في بيان إنها \"لن تقبل بتأجيل صرف الرواتب\"، ودعت الأطباء إلى \"الالتزام بالإضراب حتى إشعار آخر\".";
    let q = quotes(text);
    assert_eq!(q.len(), 2, "{q:?}");
    let sp = q[1].speaker.as_ref().map(|s| s.text.as_str()).unwrap_or("");
    assert!(sp.contains("نقابة"), "{q:?}");
}

/// A country's adjective in the accusative after an anonymous source (لكن مسؤولا أمريكيا
/// قال) names nobody, as أمريكي does; a paper's editorial (في افتتاحيتها) is where it
/// said it, no part of the speaker.
#[test]
fn an_accusative_nisba_and_an_editorial_are_no_names() {
    let text = "ولم يعلق البيت الأبيض، لكن مسؤولا أمريكيا قال لشبكة \"سي إن إن\" إن واشنطن \"تراقب عن كثب\".\nورأت صحيفة \"كيهان\" المحافظة في افتتاحيتها أن الزيارة \"انتصار للدبلوماسية\".";
    let q = isnad::analyze::quotes_in(text);
    let q: Vec<&Quote> = q.iter().filter(|q| content(text, q).starts_with("تراقب") || content(text, q).starts_with("انتصار")).collect();
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(q[0]), None, "{q:?}");
    assert!(q[1].speaker.as_ref().is_some_and(|s| s.name.as_deref().is_none_or(|n| !n.contains("افتتاحيت")) && s.title.as_deref().is_none_or(|t| !t.contains("افتتاحيت"))), "{q:?}");
}

/// Witnesses who spoke to an agency (شهود عيان تحدثوا لوكالة…): the plural verb ends the
/// speaker as the singular does.
#[test]
fn a_plural_spoke_to_ends_the_speaker() {
    let text = "وبحسب شهود عيان تحدثوا لوكالة فرانس برس، فإن \"الطائرات حلقت فوق المدينة طوال الليل\".";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(q.len(), 1, "{q:?}");
    let s = q[0].speaker.as_ref().expect("a speaker");
    assert!(s.title.as_deref().or(s.name.as_deref()).is_some_and(|w| w.starts_with("شهود") && !w.contains("تحدثوا")), "{q:?}");
}

fn speaker_words(q: &Quote) -> String {
    q.speaker.as_ref().map(|s| s.name.clone().or_else(|| s.title.clone()).unwrap_or_else(|| s.text.clone())).unwrap_or_default()
}

/// A decision (في قرارها …) is where a body said it, as في بيانها is: no speaker, even
/// with a participle after it; the body named before says it.
#[test]
fn a_decision_is_where_a_body_said_it() {
    let text = "من جهتها، قررت لجنة الانضباط والأخلاق إيقاف اللاعب مباراتين، وقالت في قرارها المنشور على الموقع الرسمي للاتحاد إن اللاعب \"أبدى سلوكا مشينا تجاه حكم المباراة\".";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(q.len(), 1, "{q:?}");
    let w = speaker_words(&q[0]);
    assert!(w.starts_with("لجنة الانضباط"), "{q:?}");
}

/// A headline's occasion after بعد / عقب / عن may hold في, على, أمام or مع: the name
/// before it still speaks (فلان بعد طرده في ديربي جدة: «…»).
#[test]
fn a_headlines_occasion_may_hold_a_preposition() {
    let text = "الدمنهوري بعد طرده في ديربي جدة: \"لن أعتذر عن الدفاع عن نفسي\"";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(speaker_words(&q[0]), "الدمنهوري", "{q:?}");
}

/// «…»، هكذا دافع فلان عن …: after هكذا any verb says the words, its subject the speaker
/// (a name or a title; not هكذا انتهت المباراة).
#[test]
fn thus_and_any_verb_after_a_quotation_names_its_speaker() {
    let text = "وقال الوكيل: \"عمر بريء تماما\".\n\"لا يمكن أن أحاسب لاعبا على رد فعل بعد تسعين دقيقة\"، هكذا دافع الكرواتي ماريو ستانيتش، المدير الفني للأهلي، عن لاعبه.";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("ماريو ستانيتش"), "{q:?}");
    let text = "وقال الوكيل: \"عمر بريء تماما\".\n\"لا يمكن أن أحاسب لاعبا على رد فعل بعد تسعين دقيقة\"، هكذا انتهت المباراة.";
    let q = isnad::analyze::quotes_in(text);
    assert!(q.iter().all(|q| speaker_words(q) != "المباراة"), "{q:?}");
}

/// وعلم «…» من مصدر مقرب من اللاعب أن «…»: the masculine علم with من is "learned from",
/// as علمت is; and من after "close to" stays in the source.
#[test]
fn learned_from_a_close_source() {
    let text = "وقال الوكيل: \"عمر بريء تماما\".\nوعلم \"في الجول\" من مصدر مقرب من اللاعب أن الدمنهوري \"يفكر جديا في الرحيل خلال فترة الانتقالات الشتوية\".";
    let q = isnad::analyze::quotes_in(text);
    let q: Vec<&Quote> = q.iter().filter(|q| content(text, q).starts_with("يفكر")).collect();
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(speaker_words(q[0]), "مصدر مقرب من اللاعب", "{q:?}");
}

/// وهم يهتفون: «…»: a verb after "while they" says what the subject of its clause does,
/// whose object after it is left out; never the speaker quoted before.
#[test]
fn while_they_chant_is_the_clauses_subject() {
    let text = "وقال الوكيل: \"عمر بريء تماما\".\nوفي مطار جدة، استقبل عشرات من مشجعي الأهلي اللاعب وهم يهتفون: \"كلنا عمر\".";
    let q = isnad::analyze::quotes_in(text);
    let q: Vec<&Quote> = q.iter().filter(|q| content(text, q).starts_with("كلنا")).collect();
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(speaker_words(q[0]), "عشرات من مشجعي الأهلي", "{q:?}");
}

/// قررت لجنة … إيقاف فلان …، وقالت إن «…»: a sentence opened with a feminine verb and a
/// body, and a feminine bare verb after it: the body says it; the person named after
/// it is the first verb's object.
#[test]
fn a_person_after_the_opening_body_is_its_object() {
    let text = "قررت لجنة الانضباط إيقاف اللاعب محمد الشناوي مباراتين، وقالت في قرارها إن اللاعب \"أبدى سلوكا مشينا تجاه حكم المباراة\".";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(speaker_words(&q[0]).starts_with("لجنة الانضباط"), "{q:?}");
}

/// A proposal (مقترح) named in quote marks is a name, as a plan (خطة) or an initiative
/// (مبادرة) is: داعيا إلى قبول مقترح «الهدنة الإنسانية الشاملة».
#[test]
fn a_proposal_named_in_quote_marks_is_a_name() {
    let text = "ودعا المبعوث الطرفين إلى قبول مقترح «الهدنة الإنسانية الشاملة» الذي قدمه الأسبوع الماضي.";
    let q = isnad::analyze::quotes_in(text);
    assert!(q.is_empty(), "{q:?}");
}

/// After an anonymous head a country's adjective that a name list holds too begins no
/// name: مصدر دبلوماسي سوداني مطلع is a source described, not a person سوداني مطلع.
#[test]
fn a_countrys_adjective_after_an_anonymous_source_is_no_name() {
    let text = "وقال مصدر دبلوماسي سوداني مطلع لـ\"التغيير\" إن الوفد \"تلقى تعليمات بعدم رفض الخطة علنا\".";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(name(&q[0]), None, "{q:?}");
    assert!(speaker_words(&q[0]).starts_with("مصدر دبلوماسي"), "{q:?}");
}

/// ورد فلان، مندوب …، على المتحدثين بالقول: the preposition and its object after the
/// subject set off by commas are what the verb is about, not its subject.
#[test]
fn a_preposition_after_the_comma_before_by_saying_is_no_subject() {
    let text = "ورد مندوب السودان، عثمان الطيب أبوشامة، على المتحدثين بالقول: «حكومة السودان لم ترفض يوما أي مبادرة جادة».";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(speaker_words(&q[0]).contains("أبوشامة"), "{q:?}");
}

/// وهو ما وصفه فلان بأنه «…»: وصفه, "described it", with its object's pronoun, is a
/// description's verb as وصفها and وصفته are; its subject says the words.
#[test]
fn described_it_with_the_masculine_pronoun_names_its_subject() {
    let text = "وكان المجلس قد تبنى القرار 2736 الذي طالب بإنهاء الحصار، وهو ما وصفه المبعوث إريك ليندكفيست في إحاطته بأنه «قرار بقي حبرا على ورق».";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(speaker_words(&q[0]).contains("ليندكفيست"), "{q:?}");
}

/// A description that is no listed title (نظيره الأميركي, "his American counterpart")
/// set off before a foreign name no list holds: the name is the person's.
#[test]
fn a_counterpart_described_before_a_foreign_name() {
    let text = "وقال المندوب الصيني إن «الحل بيد السودانيين»، بينما رأى نظيره الأميركي، روبرت هايز، أن «الوقت لم يعد في صالح أحد».";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("روبرت هايز"), "{q:?}");
}

/// An envoy's or an ambassador's country after إلى is part of the title, and the name
/// set off after it is the speaker's: المبعوث الأممي إلى السودان، السويدي فلان.
#[test]
fn an_envoys_country_after_ila_is_part_of_the_title() {
    let text = "وقال المبعوث الأممي إلى السودان، السويدي إريك ليندكفيست، إن مدينة الفاشر «تقف على حافة كارثة لم يشهد السودان مثلها».";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(name(&q[0]).is_some_and(|n| n.contains("ليندكفيست")), "{q:?}");
    let text = "وقال المبعوث الأممي إلى السودان، جان لوران، إن مدينة الفاشر «تقف على حافة كارثة لم يشهد السودان مثلها».";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(name(&q[0]), Some("جان لوران"), "{q:?}");
}

/// نشرت المنظمة تقريرا بعنوان «…»، جاء فيه أن «…»: a comma and the report's title may
/// stand between the statement and جاء فيه; the issuer wrote the words.
#[test]
fn came_in_it_after_a_titled_report_and_a_comma() {
    let text = "وقال المسؤول: «الوضع صعب».\nوكانت منظمة العفو الدولية قد نشرت الثلاثاء تقريرا بعنوان «مدينة تحت الحصار»، جاء فيه أن «طفلا واحدا من كل ثلاثة أطفال يعاني سوء تغذية حادا».";
    let q = isnad::analyze::quotes_in(text);
    let q: Vec<&Quote> = q.iter().filter(|q| content(text, q).starts_with("طفلا")).collect();
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(speaker_words(q[0]).contains("منظمة العفو الدولية"), "{q:?}");
    let text = "وأصدرت منظمة العفو الدولية تقريرا، جاء فيه أن «طفلا واحدا من كل ثلاثة أطفال يعاني سوء تغذية حادا».";
    let q = isnad::analyze::quotes_in(text);
    assert!(speaker_words(&q[0]).contains("منظمة العفو الدولية"), "{q:?}");
}

/// A headline's name and before whom it spoke (أمام and a body): the name speaks,
/// as with في and a venue (فلان أمام مجلس الأمن: «…»).
#[test]
fn a_headlines_name_before_a_body_it_spoke_to() {
    let text = "ليندكفست أمام مجلس الأمن: \"الفاشر تموت ببطء\"\nقدم المبعوث الأممي الخاص إلى السودان، إيريك ليندكفست، إحاطة لمجلس الأمن الدولي.";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(speaker_words(&q[0]).contains("ليندكفست"), "{q:?}");
}

/// A headline's title and before whom it spoke (وزيرة التربية أمام البرلمان: «…»): the
/// title speaks, the person the report names with it.
#[test]
fn a_headlines_title_before_a_body_it_spoke_to() {
    let text = "وزيرة التربية أمام البرلمان: «لن نؤجل الامتحانات مهما حصل»\nمثلت وزيرة التربية الوطنية سعاد المرابط أمام البرلمان الثلاثاء للرد على أسئلة النواب.";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(speaker_words(&q[0]).contains("سعاد المرابط"), "{q:?}");
}

/// A person right after a verb with و that is no speech verb, then a participle
/// (وعرض فلان خلال المؤتمر حصيلة العام، مؤكدا أن «…»): the person speaks, not the
/// verb and its object.
#[test]
fn a_person_after_a_plain_verb_is_the_participles_subject() {
    let text = "وعرض كريم الجزيري خلال المؤتمر حصيلة العام الماضي، مؤكدا أن «الخسائر أكبر بكثير مما أعلن».";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert_eq!(speaker_words(&q[0]), "كريم الجزيري", "{q:?}");
}

/// A verb after الذي/التي that follows a name set off by a comma (ردا على النائب فلان،
/// الذي اتهم الحكومة بـ«…»): the name is its subject, the noun after it the object.
#[test]
fn a_relative_clauses_verb_has_the_name_before_it() {
    let text = "وقال الوزير إن الخطة جاهزة، ردا على النائب سليم عواد، الذي اتهم الحكومة بـ«إخفاء الأرقام الحقيقية عن الناس».";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(q.len(), 1, "{q:?}");
    assert!(speaker_words(&q[0]).contains("عواد"), "{q:?}");
    let text = "وقال الوزير سليم عواد: «الخطة جاهزة».\nوتحدثت النائبة سلمى داود بعد ذلك، ردا على عواد، التي اتهمت الحكومة بـ«إخفاء الأرقام الحقيقية عن الناس».";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(speaker_words(&q[1]).contains("عواد"), "{q:?}");
}

/// A title alone that two people were named with (وزير المالية فلان ووزير الاقتصاد
/// فلان): the one quoted last when they spoke after the other was named, else the one
/// named last.
#[test]
fn a_title_alone_is_the_holder_quoted_last() {
    let text = "حضر الجلسة وزير المالية يوسف الخوري ووزير الاقتصاد جورج نصار وممثلون عن المصارف.\nوقال الخوري: «العجز تراجع للمرة الأولى منذ سنوات».\nوتابع الوزير: «لن نفرض ضرائب جديدة هذا العام».";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(speaker_words(&q[1]).contains("الخوري"), "{q:?}");
    let text = "وقال وزير المالية فادي سعادة: «العجز تراجع للمرة الأولى منذ سنوات».\nوكان وزير الاقتصاد جورج نصار قد زار المرفأ صباحا.\nونقل التلفزيون عن الوزير قوله: «الأسعار ستنخفض قريبا».";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert!(speaker_words(&q[1]).contains("نصار"), "{q:?}");
}

/// رئيس اللجنة النائب فلان, then رئيس لجنة الأشغال العامة والنقل: the committee's head
/// named by the committee the article is about is the person named head of "the
/// committee"; not one named head of another committee (رئيس اللجنة المالية).
#[test]
fn a_committees_head_by_its_name_is_the_head_of_the_committee() {
    let text = "وقال رئيس اللجنة النائب كمال سعد: «الموازنة متأخرة».\nوبحسب الوكالة، قال رئيس لجنة الأشغال العامة والنقل إن اللجنة «ستعود إلى الانعقاد الأسبوع المقبل».";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), Some("كمال سعد"), "{q:?}");
    let text = "وقال رئيس اللجنة المالية النائب كمال سعد: «الموازنة متأخرة».\nوبحسب الوكالة، قال رئيس لجنة الأشغال العامة والنقل إن اللجنة «ستعود إلى الانعقاد الأسبوع المقبل».";
    let q = isnad::analyze::quotes_in(text);
    assert_eq!(q.len(), 2, "{q:?}");
    assert_eq!(name(&q[1]), None, "{q:?}");
}

#[test]
fn a_title_joined_by_wa_records_its_holder_under_its_own_head() {
    // رئيس الحكومة ووزير الاقتصاد فلان: the last title is the named person's; a later
    // bare الوزير or وزير الاقتصاد is he, not the minister named before.
    let text = "وقال وزير المالية سمير حداد إن «العجز تراجع».\n\
وشارك في الاجتماع رئيس الحكومة ووزير الاقتصاد نبيل فارس.\n\
وقال الوزير إن «الأسعار ستنخفض قريبا». وقال وزير الاقتصاد: «الدعم باق».";
    let q = quotes(text);
    assert_eq!(q.len(), 3, "{q:?}");
    assert_eq!(name(&q[0]), Some("سمير حداد"));
    assert_eq!(name(&q[1]), Some("نبيل فارس"), "{:?}", q[1].speaker);
    assert_eq!(name(&q[2]), Some("نبيل فارس"), "{:?}", q[2].speaker);
}

#[test]
fn an_honorific_the_lists_know_as_a_family_name_ends_a_name() {
    // سعادة is an honorific (سعادة الشيخ فلان) and a family name: after a given name and
    // before no name or title, the family name.
    let text = "وقال وزير الصحة العامة رامي سعادة إن «اللقاحات متوفرة في كل المستشفيات».";
    let q = quotes(text);
    assert_eq!(q.len(), 1);
    assert_eq!(name(&q[0]), Some("رامي سعادة"), "{:?}", q[0].speaker);
    assert_eq!(title(&q[0]), Some("وزير الصحة العامة"));
}

#[test]
fn a_committee_after_the_title_is_no_outlet_spoken_to() {
    // لجنة begins with ل of its own: رئيس لجنة التربية إن is the committee's chair, not
    // رئيس speaking to an outlet called جنة.
    for (text, want) in [
        ("وقال رئيس لجنة المال والموازنة إن «الميزانية ستقر الشهر المقبل».", "رئيس لجنة المال والموازنة"),
        ("وقال رئيس لجنة التربية إن «المدارس ستفتح الشهر المقبل».", "رئيس لجنة التربية"),
        ("قال رئيس لجنة الأشغال العامة والنقل إن «الطريق ستفتح الشهر المقبل».", "رئيس لجنة الأشغال العامة والنقل"),
    ] {
        let q = quotes(text);
        assert_eq!(q.len(), 1);
        assert_eq!(title(&q[0]), Some(want), "{:?}", q[0].speaker);
    }
}
