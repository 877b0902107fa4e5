//! The words attribution turns on: speech verbs, source prepositions, titles and
//! roles, time words, words that end a speaker phrase, and nouns that name a thing
//! (صحيفة، العبارة، عملية…) so that the quoted words after them are a name, not speech.
//!
//! Lists hold `search` forms (see [`crate::normalize`]); a word matches with or without
//! a leading conjunction و/ف, and a title also with a possessive suffix (مديرها).

use crate::entities::gazetteer::FastSet;
use std::sync::OnceLock;

use crate::normalize::search_text;
use crate::tokenize::{Token, TokenKind};

/// The `search` form of one word; plain Arabic letters need no normalization.
pub fn search_form(word: &str) -> std::borrow::Cow<'_, str> {
    let plain = word.chars().all(|c| {
        matches!(c as u32, 0x0621..=0x063A | 0x0641..=0x0648 | 0x064A) && !matches!(c, 'أ' | 'إ' | 'آ' | 'ة' | 'ى')
    });
    if plain {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(search_text(word))
    }
}

/// Fixed lists: FNV hashing (fast on short words) is safe for them.
fn set(words: &str) -> FastSet<String> {
    words.split_whitespace().map(search_text).collect()
}

pub struct Lexicon {
    pub verbs: FastSet<String>,
    pub prepositions: FastSet<String>,
    pub titles: FastSet<String>,
    pub time: FastSet<String>,
    pub stops: FastSet<String>,
    pub statements: FastSet<String>,
    pub particles: FastSet<String>,
    /// Nouns after which quoted words are a name: a ship, a newspaper, an operation.
    pub naming: FastSet<String>,
    /// Titles of anonymous sources: never resolved to a person named earlier.
    pub anonymous: FastSet<String>,
    /// Heads of bodies' names that the entity gazetteer's list lacks (نقابة، رابطة).
    pub bodies: FastSet<String>,
}

pub fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| Lexicon {
        verbs: set("قال قالت يقول تقول أضاف أضافت يضيف تضيف أوضح أوضحت يوضح أكد أكدت يؤكد تؤكد \
            أشار أشارت يشير ذكر ذكرت يذكر أعلن أعلنت يعلن تعلن صرح صرحت تابع تابعت حذر حذرت \
            اعتبر اعتبرت أفاد أفادت لفت لفتت شدد شددت كشف كشفت نقل نقلت ينقل تنقل أردف أردفت \
            قائلا قائلة مضيفا مضيفة موضحا موضحة مؤكدا مؤكدة مشيرا مشيرة كتب كتبت غرد غردت \
            ردد رددت رد يرد ترد علق علقت نفى نفت ينفي تنفي نافيا نافية \
            يرى ترى رأى رأت يعتقد تعتقد اعتقد توقع توقعت يتوقع تتوقع رجح رجحت يرجح ترجح \
            بينت اعترف اعترفت أقر أقرت تعهد تعهدت وعد وعدت اقترح اقترحت يقترح تقترح \
            هدد هددت زعم زعمت يزعم تزعم أعرب أعربت معتبرا معتبرة لافتا لافتة مشددا مشددة محذرا محذرة \
            رأى رأت أشاد أشادت مطالبا مطالبة داعيا داعية ختم ختمت يختم تختم يختتم تختتم لخص لخصت يروي تروي روى روت ردت يتذكر تتذكر تذكرت يستبعد تستبعد بالقول بقوله بقولها ليقول لتقول ليضيف لتضيف تساءل تساءلت سأل سألت سأله سألته سألها سألتها يسأل تسأل استدرك استدركت أجاب أجابت دعا دعت طالب طالبت استطرد استطردت اختتم اختتمت \
            نصح نصحت تأكيده تأكيدها اتهم اتهمت يتهم تتهم انتقد انتقدت طمأن طمأنت زاد زادت نوه نوهت منوها منوهة مبينا مبينة وصفه وصفها وصفته وصفتها واصفا واصفة وصف وصفت يصف تصف اعتبرته اعتبرتها رحب رحبت ثمنت يثمن تثمن مثمنا مثمنة \
            هتف هتفت هتفوا يهتف تهتف يهتفون قالها قالتها"),
        prepositions: set("بحسب حسب وفقا وفق نقلا طبقا"),
        titles: set("المتحدث المتحدثة متحدث متحدثة الناطق الناطقة ناطق ناطقة المسؤول المسؤولة مسؤول مسؤولة \
            وزير وزيرة الوزير الوزيرة الرئيس الرئيسة رئيس رئيسة مدير مديرة المدير المديرة \
            المحلل المحللة محلل محللة الأستاذ الأستاذة أستاذ أستاذة السفير السفيرة سفير سفيرة مستشار المستشار \
            نائب النائب النائبة نائبة زعيم الزعيم الزعيمة قائد القائد قائدة عضو العضو عضوة الأمين أمين الأمينة أمينة \
            المبعوث مبعوث المبعوثة مبعوثة السيناتور الجنرال اللواء العميد العقيد المقدم مقدم الرائد رائد الملازم ملازم الفريق الرقيب الخبير الخبيرة خبير خبيرة \
            الباحث الباحثة باحث باحثة الدكتور الدكتورة د. المندوب مندوب المندوبة مندوبة الملك الملكة الأمير الأميرة ولي \
            المستشارة مستشارة الممثل ممثل الممثلة ممثلة مصدر المصدر مصادر المصادر مسؤولون المسؤولون الخبراء خبراء \
            المحللون محللون عامل العامل والي الوالي محافظ المحافظ حاكم الحاكم رئيسا عمدة العمدة \
            القاضي قاض القاضية المدعي المدعية المفوض المفوضة مفوض مفوضة \
            القنصل قنصل المراسل مراسل المراسلة مراسلة الراكب الراكبة راكب راكبة الشاهد الشاهدة شاهد شاهدة \
            الطبيب الطبيبة طبيب طبيبة المهندس المهندسة مهندس مهندسة الكاتب الكاتبة كاتب كاتبة المؤلف المؤلفة مؤلف مؤلفة \
            المدرب المدربة مدرب مدربة اللاعب اللاعبة لاعب لاعبة الشيخ الحاج السيد السيدة المواطن المواطنة \
            الناشط الناشطة ناشط ناشطة المحامي المحامية محام محامي محامية النقيب نقيب رئيسه \
            المؤسس مؤسس الضابط ضابط المفتش مفتش القبطان قبطان الربان ربان \
            معالي سعادة فخامة سماحة سمو الكابتن كابتن البروفيسور البروفيسورة بروفيسور بروفيسورة \
            منسق منسقة المنسق المنسقة المكلف المكلفة مكلف مكلفة قيادي قيادية القيادي القيادية \
            وكيل وكيلة الوكيل الوكيلة الكاردينال كاردينال المطران مطران البطريرك بطريرك الأسقف أسقف \
            الحاخام حاخام القس قس البابا الإمام المفتي مفتي \
            المخرج المخرجة مخرج مخرجة الفنان الفنانة فنان فنانة البحار بحار عالم عالمة \
            الرجل المرأة الشاب الشابة الفتى الفتاة العجوز"),
        time: set("اليوم أمس يوم الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد \
            أيضا مساء صباح الليلة لاحقا كذلك بدوره بدورها سابقا الأسبوع الماضي الماضية \
            غدا ليلة ظهر عصر فجر الثلثاء وقتها وقته حينها حينه آنذاك يومها يومه وقتذاك حينذاك"),
        stops: set("إن أن إنه أنه إنها أنها إنهم أنهم بأن بأنه بأنها بأنهم قوله قولها قولهم قولهما للصحفيين للصحافيين للصحافة \
            لوكالة لقناة لصحيفة لشبكة خلال عبر أمام بشأن عن حول إلى على \
            للمحققين للإعلام للتلفزيون للإذاعة للقناة للوكالة للصحيفة للمراسلين للحضور للنواب للبرلمان \
            لنا لها له لهم لموقع لإذاعة لتلفزيون لمراسل لمراسلة للموقع للجريدة للمجلة للشبكة لجريدة لمجلة \
            لفرانس لرويترز لأسوشيتد لبلومبرغ لبلومبيرغ لسبوتنيك لشينخوا لبي لسي لسكاي لدويتشه ليورونيوز \
            وهو وهي الذي التي الذين بمثابة منذ"),
        statements: set("بيان مؤتمر تصريح تصريحات حديث كلام مقابلة كلمة تغريدة منشور رسالة خطاب اتصال لقاء \
            ندوة بلاغ البلاغ تقرير التقرير ختام افتتاح بداية مستهل أعقاب نهاية اجتماع جلسة زيارة إطار سياق معرض تعليق رد حوار تدوينة \
            البيان المؤتمر التصريح الحديث المقابلة الكلمة الندوة الاجتماع الجلسة الزيارة اللقاء \
            مذكرة المذكرة حيثيات دراسة الدراسة إفادة إحاطة الإحاطة مداخلة المداخلة مقطع تسجيل \
            افتتاحية الافتتاحية مقال المقال قرار القرار"),
        particles: set("و لكن ولكن كما بينما فيما ثم من ومن جهته جهتها بدوره بدورها في المقابل وفي \
            إلا أما وأما حين وقد قد جانبه جانبها يعود تعود عاد عادت لذلك ولذلك وبذلك لهذا ولهذا"),
        naming: set("صحيفة الصحيفة جريدة الجريدة مجلة المجلة قناة القناة وكالة موقع الموقع شبكة \
            العبارة عبارة القارب قارب الطائرة طائرة \
            عملية العملية عمليات حملة الحملة مناورات المناورات تمرين خطة الخطة مبادرة المبادرة مقترح المقترح مقترحه مقترحها مشروع المشروع مشاريع المشاريع قانون القانون \
            برنامج البرنامج كتاب الكتاب كتابه رواية الرواية فيلم الفيلم مسلسل المسلسل أغنية الأغنية ألبوم \
            شريط الشريط وثائقي الوثائقي مسرحية المسرحية ديوان الديوان \
            حركة الحركة حزب الحزب جماعة الجماعة تنظيم التنظيم ائتلاف الائتلاف تحالف التحالف فصيل \
            شركة الشركة منظمة جمعية الجمعية رابطة الرابطة مجموعة المجموعة فرقة الفرقة فريق منتخب نادي النادي مهرجان المهرجان جائزة الجائزة \
            تطبيق التطبيق منصة المنصة وسم الوسم هاشتاغ هاشتاج شعار الشعار عنوان بعنوان العنوان لقب اللقب \
            الملقب الملقبة الملقبين المعروف المعروفة يعرف تعرف عرف عرفت المسمى المسماة يسمى تسمى سمي سميت يدعى تدعى \
            باسم اسم الاسم مسمى عملة مشروعه خطته صاروخ الصاروخ طراز نظام النظام منظومة المنظومة \
            مصطلح المصطلح كلمة عبارة شعار تسمية ممر الممر معلومات شعارات الشعارات \
            فندق الفندق نزل مطعم المطعم مقهى المقهى ملعب مسرح قاعة سينما ساحة ميدان شارع")
        .into_iter()
        // (Vessels, with and without the article: the entity finder's list.)
        .chain(crate::entities::gazetteer::VESSELS.iter().flat_map(|w| [w.to_string(), format!("ال{w}")]))
        .collect(),
        anonymous: set("مسؤول مسؤولة مسؤولون مصدر مصادر خبير خبيرة خبراء محلل محللة محللون \
            دبلوماسي دبلوماسيون شاهد شاهدة شهود مواطن مواطنة مواطنون ولي قيادي قيادية"),
        bodies: set("نقابة رابطة تنسيقية نقابات هيئة مؤسسة مديرية إدارة بلدية نيابة غرفة"),
    })
}

/// A work (a film, a novel, a play, a song; not كتاب, also "writers") in `search` form, with or without the
/// article: its title may follow it in quote marks, and a work never speaks, so
/// الفيلم «…» names it whatever its length (unlike الشركة «ستعوض…», whose subject may speak).
pub fn work_noun(form: &str) -> bool {
    let bare = form.strip_prefix("ال").unwrap_or(form);
    matches!(bare, "فيلم" | "شريط" | "وثائقي" | "مسرحيه" | "روايه" | "مسلسل" | "اغنيه" | "البوم" | "ديوان")
}

/// `search` form of a word without a leading conjunction و/ف when the rest is listed.
/// Participles whose object follows them: a demand (مطالبا، داعية: مطالبا الحكومة
/// بـ«تدخل عاجل», what is demanded) or a description (واصفا التقارير بأنها «…», what is
/// described) or a denial (نافيا وجود أي عطل, what is denied); never the speaker, who
/// is the subject of the verb before them.
pub fn object_participle(form: &str) -> bool {
    matches!(form, "مطالبا" | "مطالبه" | "داعيا" | "داعيه" | "واصفا" | "واصفه" | "نافيا" | "نافيه")
}

/// Verbs of a description or a welcome (وصف الخطة بأنها «…», واصفا; رحب بالخطوة «…»):
/// what they quote in one word is the word a speaker put on a thing (بأنه «واقعي»,
/// «بحذر»), a term, not speech; two words or more (بأنه «منظم وسلمي») are the speaker's.
pub fn describe_verb(form: &str) -> bool {
    matches!(form, "وصف" | "وصفت" | "يصف" | "تصف" | "وصفه" | "وصفها" | "وصفته" | "وصفتها" | "واصفا" | "واصفه" | "رحب" | "رحبت")
}

/// Verbs that quote only their object (اتهم الجيشَ بـ«…», انتقد «…», نصح بـ«…»): cues
/// where a quotation follows, but no speaker to carry over from a sentence without one.
pub fn object_cue(form: &str) -> bool {
    matches!(form, "اتهم" | "اتهمت" | "يتهم" | "تتهم" | "انتقد" | "انتقدت" | "نصح" | "نصحت")
}

/// Verbs of a demand, a call, advice or blame (طالب, دعت, حث, ناشد, نصح, اتهم) in
/// `search` form: the noun after them may be their subject or whom they call on
/// (وطالب المجتمعَ الدولي بـ«…»).
pub fn demand_verb(form: &str) -> bool {
    matches!(form, "طالب" | "طالبت" | "دعا" | "دعت" | "حث" | "حثت" | "ناشد" | "ناشدت" | "نصح" | "نصحت" | "اتهم" | "اتهمت" | "يتهم" | "تتهم")
}

pub fn form_in(word: &str, list: &FastSet<String>) -> Option<String> {
    let n = search_form(word);
    if list.contains(n.as_ref()) {
        return Some(n.into_owned());
    }
    for p in ["و", "ف"] {
        if let Some(rest) = n.strip_prefix(p) {
            if list.contains(rest) {
                return Some(rest.to_string());
            }
        }
    }
    None
}

/// The title or role a word is, if any: listed, or listed once a conjunction, a
/// possessive suffix (مديرها، رئيسه) or a preposition with the article (للمتحدث) is off.
pub fn title_form(word: &str) -> Option<String> {
    let l = lexicon();
    if let Some(f) = form_in(word, &l.titles) {
        return Some(f);
    }
    let n = search_form(word);
    let bare = n.strip_prefix('و').or_else(|| n.strip_prefix('ف')).unwrap_or(&n);
    for suffix in ["ها", "هم", "هما", "ه"] {
        if let Some(stem) = bare.strip_suffix(suffix) {
            // مديرة+ها is written مديرتها.
            let stem = stem.strip_suffix('ت').map(|s| format!("{s}ه")).unwrap_or_else(|| stem.to_string());
            if stem.chars().count() >= 3 && l.titles.contains(&stem) {
                return Some(stem);
            }
        }
    }
    // (An anonymous source in the accusative, after أن or لكن: غير أن مسؤولا سابقا
    // قال …)
    if let Some(stem) = bare.strip_suffix('ا').filter(|s| l.anonymous.contains(*s)) {
        return Some(stem.to_string());
    }
    if let Some(rest) = bare.strip_prefix("لل") {
        let with_article = format!("ال{rest}");
        if l.titles.contains(&with_article) {
            return Some(with_article);
        }
    }
    None
}

/// A word's key for comparing titles: `search` form without the article and what
/// comes before it (الدفاع، للدفاع، والدفاع → دفاع); a lone و/ف stays (وزير).
pub fn bare_key(word: &str) -> String {
    let n = search_form(word);
    let mut s: &str = &n;
    for p in ["وبال", "وال", "فال", "بال", "ولل", "لل", "كال", "ال"] {
        if let Some(r) = s.strip_prefix(p) {
            if r.chars().count() >= 2 {
                s = r;
                break;
            }
        }
    }
    crate::name_key(s)
}

/// Whether a word is definite: it has the article (after any proclitic).
pub fn definite(word: &str) -> bool {
    let n = search_form(word);
    ["ال", "وال", "فال", "بال", "لل", "وبال", "ولل", "كال"].iter().any(|p| n.starts_with(p))
}

pub fn is_comma(t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "," | "،" | ";" | "؛")
}

pub fn is_colon(t: &Token) -> bool {
    t.kind == TokenKind::Punct && t.norm.contains(':')
}

pub fn closes_sentence(t: &Token) -> bool {
    t.kind == TokenKind::Punct && t.norm.chars().any(|c| matches!(c, '.' | '!' | '?' | '؟' | '…'))
}

/// A token that is a word (Arabic or Latin letters), not a number, mark or emoji.
pub fn is_word(t: &Token) -> bool {
    matches!(t.kind, TokenKind::Word | TokenKind::Latin)
}
