//! Dates and quantities found by rules.
#![cfg(not(target_arch = "wasm32"))]
use isnad::entities::{entities, EntityType};

fn found(text: &str, kind: EntityType) -> Vec<String> {
    entities(text).into_iter().filter(|e| e.kind == kind).map(|e| text[e.start..e.end].to_string()).collect()
}

/// Every mention of `text` with its type, for the messages of failed assertions.
fn all(text: &str) -> Vec<(String, EntityType)> {
    entities(text).into_iter().map(|e| (text[e.start..e.end].to_string(), e.kind)).collect()
}

#[test]
fn a_verb_after_a_number_is_no_counted_noun() {
    let text = "أخمدت الفرق 37 حريقا من أصل 52 اندلعت منذ الأحد، وأجلت 120 عائلة.";
    assert_eq!(found(text, EntityType::Quantity), ["37 حريقا", "120 عائلة"]);
    // (A definite word after a number is no counted noun: طائرات F-16 العراقية.)
    let text = "في ضربة نفذتها طائرات F-16 العراقية غربي المدينة.";
    assert!(found(text, EntityType::Quantity).is_empty(), "{:?}", all(text));
    // (A verb of the present in ت too: من أصل 36 تعمل.)
    let text = "وقالت المنظمة إن 12 مستشفى فقط من أصل 36 تعمل جزئيا.";
    assert_eq!(found(text, EntityType::Quantity), ["12 مستشفى"], "{:?}", all(text));
}

#[test]
fn weekdays_are_dates() {
    assert_eq!(found("وحذر المجلس، الاثنين، من المفاوضات.", EntityType::Date), ["الاثنين"]);
    assert_eq!(found("قال الجهاز يوم الثلاثاء إنه يراقب.", EntityType::Date), ["الثلاثاء"]);
    assert_eq!(found("وصل الوفد الأربعاء 13 سبتمبر إلى العاصمة.", EntityType::Date), ["الأربعاء 13 سبتمبر"]);
    // أحد without the article is "one of", not Sunday.
    assert!(found("وقال أحد وجهاء المحافظة إن النتائج مقبولة.", EntityType::Date).is_empty());
    assert_eq!(found("وصل الوفد يوم أحد إلى العاصمة.", EntityType::Date), ["أحد"]);
}

#[test]
fn both_month_systems_and_their_pairs() {
    assert_eq!(found("زار الوزير البلاد في يوليو/تموز الماضي.", EntityType::Date), ["يوليو/تموز الماضي"]);
    assert_eq!(found("زار الوزير البلاد في تموز الماضي.", EntityType::Date), ["تموز الماضي"]);
    assert_eq!(found("عقدت القمة في 10 سبتمبر/ أيلول 2023 في المدينة.", EntityType::Date), ["10 سبتمبر/ أيلول 2023"]);
    assert_eq!(found("انتهت المهلة في 3 تشرين الأول 2022.", EntityType::Date), ["3 تشرين الأول 2022"]);
    assert_eq!(found("وفي شهر جانفي أعلنت الحكومة.", EntityType::Date), ["جانفي"]);
}

#[test]
fn ranges_years_and_relative_dates() {
    assert_eq!(found("يعقد المنتدى من 10 إلى 13 سبتمبر في المدينة.", EntityType::Date), ["من 10 إلى 13 سبتمبر"]);
    assert_eq!(found("وقعت الحرب عام 2022 بعد سنوات.", EntityType::Date), ["عام 2022"]);
    assert_eq!(found("التقى الزعيمان الشهر الماضي في العاصمة.", EntityType::Date), ["الشهر الماضي"]);
    // A season of a year.
    assert_eq!(found("وكانت موجة الحر في صيف 2023 أشد من غيرها.", EntityType::Date), ["صيف 2023"]);
}

/// Hijri dates, as Gulf agencies give them beside the Gregorian one; a Hijri month
/// alone is a word or a name.
#[test]
fn hijri_dates() {
    let got = found("جدة 3 ربيع الأول 1447 هـ الموافق 26 أغسطس 2025 م (واس) -- عقد المجلس جلسته.", EntityType::Date);
    assert_eq!(got, ["3 ربيع الأول 1447 هـ", "26 أغسطس 2025"]);
    assert!(found("وقال رجب إن الصوم في رمضان يبدأ قريبا.", EntityType::Date).is_empty());
    assert!(found("جدة 3 ربيع الأول 1447 هـ الموافق 26 أغسطس 2025 م (واس) -- عقد المجلس جلسته.", EntityType::Quantity).is_empty());
}

#[test]
fn month_words_that_are_not_dates() {
    // مارس is also a verb (he practised): alone it is no date.
    assert!(found("مارس الرجل الرياضة طويلا.", EntityType::Date).is_empty());
}

/// A noun that counts cases (حالة, عملية) counts what the noun after it names.
#[test]
fn cases_of_something_are_one_quantity() {
    assert_eq!(found("سجلت الوزارة 340 حالة وفاة منذ مطلع العام.", EntityType::Quantity), ["340 حالة وفاة"]);
    assert_eq!(found("نفذ الجيش 12 عملية اغتيال في المنطقة.", EntityType::Quantity), ["12 عملية اغتيال"]);
    assert_eq!(found("سجلت 40 حالة جديدة أمس.", EntityType::Quantity), ["40 حالة جديدة"]);
}

#[test]
fn quantities_with_units_and_counted_nouns() {
    assert_eq!(found("بلغت سرعة القطار 59 كم/ساعة في الرحلة.", EntityType::Quantity), ["59 كم/ساعة"]);
    assert_eq!(found("فرضت العقوبات على 3 كيانات روسية.", EntityType::Quantity), ["3 كيانات"]);
    assert_eq!(found("أرسلت البلاد 1100 جندي إلى الجبهة.", EntityType::Quantity), ["1100 جندي"]);
    assert_eq!(found("ارتفعت الأسعار 20 في المئة هذا العام.", EntityType::Quantity), ["20 في المئة"]);
    assert_eq!(found("ارتفعت الأسعار 5% هذا العام.", EntityType::Quantity), ["5%"]);
    // A unit the tagger takes for a name (دولار is MISC in ANERcorp; ميلا بحريا looked
    // like a person) is the quantity's.
    assert_eq!(found("بلغت الصفقة 3 مليارات دولار هذا العام.", EntityType::Quantity), ["3 مليارات دولار"]);
    assert!(found("بلغت الصفقة 3 مليارات دولار هذا العام.", EntityType::Misc).is_empty());
    assert_eq!(found("اندلع الحريق على بعد 12 ميلا بحريا من الميناء.", EntityType::Quantity), ["12 ميلا بحريا"]);
    // Basis points, percentage points, degrees Celsius: a unit of two words.
    assert_eq!(found("خفض المصرف الفائدة 75 نقطة أساس أمس.", EntityType::Quantity), ["75 نقطة أساس"]);
    assert_eq!(found("تراجعت البطالة 3 نقاط مئوية هذا العام.", EntityType::Quantity), ["3 نقاط مئوية"]);
    assert_eq!(found("بلغت الحرارة 48 درجة مئوية في المدينة.", EntityType::Quantity), ["48 درجة مئوية"]);
    assert!(found("اندلع الحريق على بعد 12 ميلا بحريا من الميناء.", EntityType::Per).is_empty());
    assert_eq!(found("تبلغ مساحة الأرض 500 متر مربع فقط.", EntityType::Quantity), ["500 متر مربع"]);
    // An adjective of how many more is no kind of thing counted.
    assert_eq!(found("أرسل الجيش 40 طائرة إضافية إلى المنطقة.", EntityType::Quantity), ["40 طائرة"]);
    // A scale in the dual is a number written out, with its unit or counted noun.
    assert_eq!(found("ضبطت السلطات مليوني لتر من الوقود.", EntityType::Quantity), ["مليوني لتر"]);
    assert_eq!(found("ونشرت الحكومة ألفي جندي على الحدود.", EntityType::Quantity), ["ألفي جندي"]);
    assert!(found("وقدرت الخسائر بمليارين.", EntityType::Quantity).is_empty());
}

#[test]
fn a_direction_after_a_distance_is_no_unit_and_a_currency_keeps_its_country() {
    // "North of", "south of": where the distance runs, not a kind of kilometre.
    let text = "تقع البلدة على بعد نحو 110 كيلومترات شمالي العاصمة و40 كيلومترا جنوبي الحدود.";
    assert_eq!(found(text, EntityType::Quantity), ["نحو 110 كيلومترات", "40 كيلومترا"], "{:?}", all(text));
    // The franc, the yuan and the rupee are currencies with their country, as the dollar.
    let text = "وبلغت قيمة العقد 147 مليون فرنك سويسري و20 مليون يوان صيني.";
    assert_eq!(found(text, EntityType::Quantity), ["147 مليون فرنك سويسري", "20 مليون يوان صيني"], "{:?}", all(text));
    assert!(found(text, EntityType::Misc).is_empty(), "{:?}", all(text));
}

#[test]
fn a_word_of_approximation_belongs_to_the_quantity() {
    assert_eq!(found("نزح نحو 40 ألف شخص من المدينة.", EntityType::Quantity), ["نحو 40 ألف شخص"]);
    assert_eq!(found("وفرت البلدية مأوى لحوالي 60 عائلة.", EntityType::Quantity), ["حوالي 60 عائلة"]);
}

#[test]
fn a_preposition_with_a_pronoun_is_not_counted() {
    // "60 of them": the number counts nothing named after it.
    assert!(found("ونقل 214 راكبا، وفرت البلدية مأوى لـ60 منهم.", EntityType::Quantity).iter().all(|q| !q.contains("منهم")));
}

#[test]
fn a_year_after_a_cue_is_not_a_quantity() {
    assert!(found("وفي 2002 قال الرئيس كلاما آخر.", EntityType::Quantity).is_empty());
}

/// Span edges and types fixed after tagging (`entities::post`): what a reader sees
/// wrong at once.
mod post {
    use super::all;
    use super::found;
    use isnad::entities::{entities, EntityType};


    /// Well-known bodies, people and places the tagger may miss or cut short, after
    /// clitics too; a name the tagger found longer stays.
    #[test]
    fn well_known_names_are_marked_with_their_type() {
        let t = "وقالت ناسا إن تنظيم داعش تبنى الهجوم، وعبرت السفينة قناة بنما. وأعلنت منظمة أطباء بلا حدود أن ترمب لم يرد. ووصل الوفد لقناة السويس.";
        let got = all(t);
        for (name, kind) in [("ناسا", EntityType::Org), ("تنظيم داعش", EntityType::Org), ("قناة بنما", EntityType::Loc), ("منظمة أطباء بلا حدود", EntityType::Org), ("ترمب", EntityType::Per), ("قناة السويس", EntityType::Loc)] {
            assert!(got.contains(&(name.to_string(), kind)), "{name} in {got:?}");
        }
        let t = "وقال مجلس الأمن القومي الأمريكي إن مجلس الأمن سيجتمع.";
        let got = all(t);
        assert!(got.contains(&("مجلس الأمن القومي الأمريكي".to_string(), EntityType::Org)), "{got:?}");
    }

    /// Listed bodies joined by و (banks written with the dots of their abbreviations)
    /// are a list of bodies, each named alone, not one name; a brokerage named by its
    /// bank and المالية, the market's regulator apart from the market.
    #[test]
    fn listed_bodies_joined_by_wa_are_named_alone() {
        let t = "واختار المصرف جيه.بي مورجان وإتش.إس.بي.سي والأهلي المالية لإدارة بيع السندات.";
        let got = found(t, EntityType::Org);
        assert_eq!(got, ["جيه.بي مورجان", "إتش.إس.بي.سي", "الأهلي المالية"], "{:?}", all(t));
        let t = "وقالت هيئة السوق المالية إن السوق المالية السعودية ستفتح أبوابها.";
        let got = found(t, EntityType::Org);
        assert_eq!(got, ["هيئة السوق المالية", "السوق المالية السعودية"], "{:?}", all(t));
    }

    /// What a body is for, ل with a noun and the noun it governs, is in its name; the
    /// body spoken to after ل is not.
    #[test]
    fn a_purpose_in_construct_is_part_of_the_name() {
        let t = "وأكدت الجامعة الملكية المغربية لكرة القدم أنها ستتعاون. وقالت المفوضية السامية لحقوق الإنسان إن الوضع خطير.";
        let got = found(t, EntityType::Org);
        for name in ["الجامعة الملكية المغربية لكرة القدم", "المفوضية السامية لحقوق الإنسان"] {
            assert!(got.contains(&name.to_string()), "{name} in {got:?}");
        }
        let t = "وعادت محكمة التمييز لتخفض العقوبة.";
        assert!(found(t, EntityType::Org).iter().all(|o| !o.contains("لتخفض")), "{:?}", all(t));
        let t = "وقالت وزارة الخارجية لوكالة الأنباء إن الوفد وصل.";
        assert!(found(t, EntityType::Org).iter().all(|o| !o.contains("لوكالة")), "{:?}", all(t));
    }

    /// A family name general Arabic also uses as a word stands for the person named in
    /// full only right after a title.
    #[test]
    fn a_family_name_that_is_also_a_word_after_a_title() {
        let t = "شارك رئيس الجمهورية السيد عبد المجيد تبون، يوم الأربعاء، في أشغال المنتدى. كما التقى الرئيس تبون بالأمين العام للأمم المتحدة.";
        let got = found(t, EntityType::Per);
        assert!(got.contains(&"تبون".to_string()), "{:?}", all(t));
    }

    /// After a body's head, the body's name and the person after it are two names (the
    /// head of a company or bank before its own name stays out, as the gold marks it).
    #[test]
    fn a_body_after_its_head_and_the_person_after_it() {
        let t = "وقال المحلل في مؤسسة جولدمان ساكس دان سترويفن إن الأسعار قد ترتفع.";
        assert_eq!(found(t, EntityType::Per), ["دان سترويفن"], "{:?}", all(t));
        assert_eq!(found(t, EntityType::Org), ["جولدمان ساكس"], "{:?}", all(t));
    }

    /// A country's long name goes on over its adjectives; a prize named by a noun and
    /// its adjective, and a festival named أيام + a place + an art, are names (MISC).
    #[test]
    fn long_country_names_prizes_and_festival_days() {
        let t = "انطلقت المفاوضات بين حكومة جمهورية الكونغو الديمقراطية والحركة، قبل مشاركته في أيام قرطاج السينمائية.";
        assert!(found(t, EntityType::Loc).contains(&"جمهورية الكونغو الديمقراطية".to_string()), "{:?}", all(t));
        assert!(found(t, EntityType::Misc).contains(&"أيام قرطاج السينمائية".to_string()), "{:?}", all(t));
        let t = "فاز الفيلم بجائزة الهرم الذهبي لأفضل فيلم، ونال آخر جائزة لجنة التحكيم الخاصة.";
        assert_eq!(found(t, EntityType::Misc), ["جائزة الهرم الذهبي"], "{:?}", all(t));
    }

    /// A body head, a definite noun (and a second joined by و) and a country's adjective
    /// name a national body; a title there names a person's office, no body.
    #[test]
    fn national_bodies_named_by_a_country_adjective() {
        let t = "مضيفا أن فريقا من مكتب التحقيقات والتحليلات الفرنسي سيصل الأحد، وزار مكتب الرئيس الفرنسي.";
        assert_eq!(found(t, EntityType::Org), ["مكتب التحقيقات والتحليلات الفرنسي"], "{:?}", all(t));
    }

    /// A direction before a place is part of the name only where the lists know the
    /// two as one place (شمال أفريقيا), not a country's north (شمال العراق).
    #[test]
    fn a_name_in_quote_marks_after_a_company_or_a_share_is_the_company() {
        // The tagger took these for a person and a work.
        let text = "وافتتح الوزير مصنعا تنفذ شركة \"ريتر\" السويسرية جانبا منه، وصعد سهم «حديد الإمارات» 4.2%.";
        assert_eq!(found(text, EntityType::Org), ["ريتر", "حديد الإمارات"], "{:?}", all(text));
        // (In quote marks after no such head, a speaker stays a person.)
        let text = "وقال «ريتر» إن الآلات وصلت.";
        assert!(found(text, EntityType::Org).is_empty(), "{:?}", all(text));
        // A name and a company's trade after لل, in quote marks after no head, is the
        // company; a slogan is not.
        let text = "وقال كبير الاقتصاديين في «جدوى للاستثمار» إن الرسوم سترتفع، ورفع المحتجون لافتة \"نعم للاستثمار\".";
        assert_eq!(found(text, EntityType::Org), ["جدوى للاستثمار"], "{:?}", all(text));
    }

    #[test]
    fn a_union_of_the_workers_in_a_trade() {
        // للعاملين + ب and the trade's definite noun (and a second joined by و) is what
        // the union is for.
        let text = "أعلنت النقابة العامة للعاملين بالغزل والنسيج، اليوم، تشكيل لجنة، وأيدتها النقابة العامة للعاملين بالبترول.";
        assert_eq!(found(text, EntityType::Org), ["النقابة العامة للعاملين بالغزل والنسيج", "النقابة العامة للعاملين بالبترول"], "{:?}", all(text));
        // (The same in the construct state: نقابة العاملين + ب and the trade.)
        let text = "وطالبت نقابة العاملين بالسياحة بزيادة الأجور، وأيدتها نقابة العاملين بالصحافة والطباعة.";
        assert_eq!(found(text, EntityType::Org), ["نقابة العاملين بالسياحة", "نقابة العاملين بالصحافة والطباعة"], "{:?}", all(text));
    }

    #[test]
    fn a_second_field_after_the_purposes_adjective() {
        // لل + noun + its adjective + و and a second field: one purpose.
        let text = "ارتفع التضخم بحسب الجهاز المركزي للتعبئة العامة والإحصاء في القاهرة.";
        assert_eq!(found(text, EntityType::Org), ["الجهاز المركزي للتعبئة العامة والإحصاء"], "{:?}", all(text));
        // ("Free" is the adjective of the last field: the free zones.)
        let text = "وقالت الهيئة العامة للاستثمار والمناطق الحرة إن الطلبات زادت.";
        assert_eq!(found(text, EntityType::Org), ["الهيئة العامة للاستثمار والمناطق الحرة"], "{:?}", all(text));
    }

    #[test]
    fn a_body_for_two_nouns_of_a_country_over_the_taggers_country() {
        // ل, two nouns in the construct state and the country that ends the name: the
        // body, not the country the tagger found alone.
        let text = "وقال الاتحاد العام لنقابات عمال مصر إن الإضراب قانوني.";
        assert_eq!(found(text, EntityType::Org), ["الاتحاد العام لنقابات عمال مصر"], "{:?}", all(text));
        assert!(found(text, EntityType::Loc).is_empty(), "{:?}", all(text));
    }

    #[test]
    fn a_ministry_of_two_nouns_keeps_their_general_adjective() {
        let text = "ولم يرد متحدث باسم وزارة قطاع الأعمال العام على طلب للتعليق.";
        assert_eq!(found(text, EntityType::Org), ["وزارة قطاع الأعمال العام"], "{:?}", all(text));
    }

    #[test]
    fn egyptian_villages_after_their_head() {
        // محلة, منشأة, عزبة, نزلة begin villages' names as كفر and ميت do; a kunya after
        // them takes the name after it.
        let text = "أوقفت قوات الأمن عاملين في قرية محلة أبو علي، وانقطعت الكهرباء في قرية منشأة القناطر.";
        assert_eq!(found(text, EntityType::Loc), ["محلة أبو علي", "منشأة القناطر"], "{:?}", all(text));
    }

    #[test]
    fn a_company_owned_by_the_state_is_a_description() {
        // المملوكة, "owned", tells whose the company is, as التابعة does: no name.
        let text = "ويعمل في الشركة المملوكة للدولة نحو 14 ألف عامل.";
        assert!(found(text, EntityType::Org).is_empty(), "{:?}", all(text));
    }

    #[test]
    fn an_initiative_named_by_its_country_and_aim_is_a_body() {
        let text = "وقال الباحث في المبادرة المصرية للحقوق الشخصية إن العمال يدفعون الثمن.";
        assert_eq!(found(text, EntityType::Org), ["المبادرة المصرية للحقوق الشخصية"], "{:?}", all(text));
        // (A plan for one thing, without the aim's adjective, is no body.)
        let text = "ورحب الوزير بالمبادرة المصرية للتهدئة في القطاع.";
        assert!(found(text, EntityType::Org).is_empty(), "{:?}", all(text));
    }

    #[test]
    fn a_foreign_name_and_a_trade_is_a_company() {
        // A foreign word (and one word more) before a trade after لل, a second trade after
        // و: the company, over the tagger's place of the foreign word.
        let text = "وتشمل القائمة حديد الإمارات في أبوظبي، وجندال شديد للحديد والصلب في صحار.";
        assert!(found(text, EntityType::Org).contains(&"جندال شديد للحديد والصلب".to_string()), "{:?}", all(text));
        // (No foreign word, no company: the factories "for iron and steel".)
        let text = "وقال إن الحكومة ستدعم المصانع للحديد والصلب.";
        assert!(found(text, EntityType::Org).is_empty(), "{:?}", all(text));
    }

    #[test]
    fn a_general_secretariat_before_its_body_is_a_name_of_its_own() {
        // Two names, as الجمعية العامة للأمم المتحدة.
        let text = "أعلنت الأمانة العامة لمجلس التعاون لدول الخليج العربية فرض رسوم.";
        assert_eq!(found(text, EntityType::Org), ["الأمانة العامة", "مجلس التعاون لدول الخليج العربية"], "{:?}", all(text));
        // (Before no body's name, the secretariat of whatever the text is about.)
        let text = "وقال إن الأمانة العامة للحزب اجتمعت أمس.";
        assert!(found(text, EntityType::Org).is_empty(), "{:?}", all(text));
    }

    #[test]
    fn a_national_vision_with_its_year_is_one_name() {
        // A country's plan named by the country and the year it aims at is one MISC
        // name, not the country.
        let text = "وينسجم القرار مع مستهدفات رؤية المملكة 2030، كما يخدم رؤية عُمان 2040 ورؤية قطر الوطنية 2030.";
        assert_eq!(found(text, EntityType::Misc), ["رؤية المملكة 2030", "رؤية عُمان 2040", "رؤية قطر الوطنية 2030"], "{:?}", all(text));
        assert!(found(text, EntityType::Loc).is_empty(), "{:?}", all(text));
        // (A year before a word with the conjunction counts nothing: 2040 ورؤية.)
        assert!(found(text, EntityType::Quantity).is_empty(), "{:?}", all(text));
        // (Without the year right after the country, a view is no plan's name.)
        let text = "وقال إن رؤية مصر في 2030 واضحة.";
        assert!(found(text, EntityType::Misc).is_empty(), "{:?}", all(text));
    }

    #[test]
    fn a_stock_market_named_by_its_city() {
        // سوق + a city or country + what it trades is the exchange, not the town.
        let text = "صعد السهم 4.2% في سوق أبوظبي للأوراق المالية، وارتفع المؤشر العام لسوق دبي المالي 1%.";
        assert_eq!(found(text, EntityType::Org), ["سوق أبوظبي للأوراق المالية", "سوق دبي المالي"], "{:?}", all(text));
        assert!(found(text, EntityType::Loc).is_empty(), "{:?}", all(text));
        // (A market of the town stays the town's.)
        let text = "وتجول الوفد في سوق دبي القديم قبل أن يغادر.";
        assert!(found(text, EntityType::Org).is_empty(), "{:?}", all(text));
    }

    #[test]
    fn a_direction_and_a_place_of_the_lists() {
        let t = "في أكبر صفقة في شمال أفريقيا، بعد معارك في شمال العراق.";
        assert_eq!(found(t, EntityType::Loc), ["شمال أفريقيا", "العراق"], "{:?}", all(t));
    }

    /// A body's aim goes on over a second aim joined by و.
    #[test]
    fn a_bodys_second_aim() {
        let t = "وأفاد المركز الوطني للسينما والصورة بأن الفيلم سيعرض في القاعات التونسية.";
        assert_eq!(found(t, EntityType::Org), ["المركز الوطني للسينما والصورة"], "{:?}", all(t));
    }

    /// A person after a title in the construct state (رئيس الوزراء بشر الخصاونة: a given
    /// name only the large list knows, a listed family name); an outlet in quote marks
    /// that a source spoke with (في اتصال هاتفي مع «الأهرام»).
    #[test]
    fn people_after_construct_titles_and_outlets_spoken_with() {
        let t = "وهنأ رئيس الوزراء بشر الخصاونة الفائزين، مؤكدا أن الحكومة ستتعامل مع المجلس.";
        assert_eq!(found(t, EntityType::Per), ["بشر الخصاونة"], "{:?}", all(t));
        let t = "قال قائد الطائرة خالد الزروق، في اتصال هاتفي مع «الأهرام»، إن المدرج كان مبتلا.";
        assert!(found(t, EntityType::Org).contains(&"الأهرام".to_string()), "{:?}", all(t));
    }

    /// A city that is also a word (مسقط) after في or زار is the city, not in the idiom
    /// في مسقط رأسه; a family name whose ل looks like the preposition (لامي of ديفيد
    /// لامي) is the person where it stands alone.
    #[test]
    fn cities_after_prepositions_and_surnames_with_lam() {
        let t = "وقال وزير الخارجية البريطاني ديفيد لامي إن لندن تتواصل. وكان لامي قد زار مسقط الشهر الماضي.";
        assert!(found(t, EntityType::Loc).contains(&"مسقط".to_string()), "{:?}", all(t));
        assert!(found(t, EntityType::Per).contains(&"لامي".to_string()), "{:?}", all(t));
        let t = "ودفن الشاعر في مسقط رأسه بعد وفاته.";
        assert!(found(t, EntityType::Loc).is_empty(), "{:?}", all(t));
    }

    /// A given name that begins with ل (لبنى) before a family name is the person's whole
    /// name, not ل + بنى; a preposition before a name that is no given name stays out.
    #[test]
    fn a_given_name_beginning_with_lam() {
        let t = "وقالت وزيرة الداخلية لبنى الفاسي إن السلطات تحركت. ووصل لمحمد العلي خبر.";
        let per = found(t, EntityType::Per);
        assert!(per.contains(&"لبنى الفاسي".to_string()) && per.contains(&"محمد العلي".to_string()), "{:?}", all(t));
    }

    /// A byline's line names its writer, even where the family name is also a word
    /// (شديد, "severe"); a body's head and a preposition with its pronoun are no name.
    #[test]
    fn bylines_and_heads_with_pronouns() {
        let t = "كتبت منى شديد\nفاز الفيلم السوداني بالجائزة الكبرى مساء الجمعة.";
        assert_eq!(found(t, EntityType::Per), ["منى شديد"], "{:?}", all(t));
        let t = "بعد فوز الإسلاميين بأكبر كتلة فيه.";
        assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
    }

    /// A title in quote marks after a word for a work is the work (MISC), whatever is
    /// inside; a festival named by its city and adjectives is one name; a number before
    /// a preposition counts nothing (الدورة الـ46 لمهرجان).
    #[test]
    fn works_festivals_and_ordinals() {
        let t = "فاز الفيلم السوداني «ضوء على النيل» بالجائزة، وعرض فيلمها «بنات البحر» في ختام الدورة الـ46 لمهرجان القاهرة السينمائي الدولي.";
        let misc = found(t, EntityType::Misc);
        for want in ["ضوء على النيل", "بنات البحر", "مهرجان القاهرة السينمائي الدولي"] {
            assert!(misc.contains(&want.to_string()), "{want}: {:?}", all(t));
        }
        assert!(found(t, EntityType::Quantity).is_empty(), "{:?}", all(t));
        assert!(found(t, EntityType::Loc).is_empty(), "{:?}", all(t));
        // (An exhibition and a dictionary are works too: their quoted titles.)
        let t = "وزار الوفد معرض «ذاكرة الرمال» للصور القديمة، وتسلم نسخا من معجم \"لهجات الجبال\" الصادر حديثا.";
        let misc = found(t, EntityType::Misc);
        for want in ["ذاكرة الرمال", "لهجات الجبال"] {
            assert!(misc.contains(&want.to_string()), "{want}: {:?}", all(t));
        }
    }

    /// A company's, agency's or bank's head before the body's own name stays out of the
    /// name; before a place or a description it is in. A port or an airport named by its
    /// town is the town.
    #[test]
    fn trade_heads_and_ports() {
        for (t, want) in [
            ("وأعلنت شركة مايكروسوفت أنها رصدت الهجوم.", "مايكروسوفت"),
            ("وقدم بنك جيه بي مورغان المشورة المالية للمجموعة.", "جيه بي مورغان"),
            ("وقالت وكالة الأنباء السعودية إن الاجتماع انتهى.", "وكالة الأنباء السعودية"),
            ("وطرح بنك مصر شهادات جديدة.", "بنك مصر"),
        ] {
            assert!(found(t, EntityType::Org).contains(&want.to_string()), "{want}: {:?}", all(t));
        }
        for (t, want) in [("شل إضراب مفتوح حركة ميناء رادس التجاري منذ الاثنين.", "رادس"), ("وهبطت الطائرة في مطار معيتيقة الدولي مساء السبت.", "معيتيقة")] {
            assert_eq!(found(t, EntityType::Loc), [want], "{:?}", all(t));
        }
    }

    /// A stadium, an airport or a street named after a person is a place with its
    /// head, not the person.
    #[test]
    fn a_place_named_after_a_person_is_the_place() {
        for (t, name) in [("وأقيمت المباراة على ملعب محمد الخامس أمام الجماهير.", "ملعب محمد الخامس"), ("وتظاهر المئات في شارع الحبيب بورقيبة وسط العاصمة.", "شارع الحبيب بورقيبة")] {
            assert!(found(t, EntityType::Loc).contains(&name.to_string()), "{name} in {:?}", all(t));
            assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
        }
    }

    /// A country named with a direction (جنوب السودان) is one place, not a direction and
    /// a country; a direction before a country that is not one name stays out.
    #[test]
    fn a_country_named_with_a_direction_is_one_place() {
        let t = "وصل الوفد إلى جنوب السودان أمس.";
        assert_eq!(found(t, EntityType::Loc), ["جنوب السودان"], "{:?}", all(t));
        let t = "قصفت الطائرات جنوب لبنان.";
        assert_eq!(found(t, EntityType::Loc), ["لبنان"], "{:?}", all(t));
    }

    /// A country's adjective that agrees with a body's definite head ends the body's
    /// name (the country's own central bank); one that only describes does not make one.
    #[test]
    fn a_country_adjective_ends_a_body_name() {
        let t = "خفض البنك المركزي الأردني أسعار الفائدة الرئيسية يوم الأحد.";
        assert_eq!(found(t, EntityType::Org), ["البنك المركزي الأردني"], "{:?}", all(t));
        let t = "وأعلنت الشركة الكورية أنها ستطعن في الحكم.";
        assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
    }

    /// A definite head of institutions and its adjectives name the institution, with
    /// its country's adjective (ANERcorp leaves some of these out; readers mark them).
    #[test]
    fn a_definite_institution_head_and_its_adjectives() {
        let t = "وأعلن المجلس الدستوري اللبناني قبول الطعون، وأحالت النيابة العامة المتهمين إلى المحاكمة.";
        let got = found(t, EntityType::Org);
        for name in ["المجلس الدستوري اللبناني", "النيابة العامة"] {
            assert!(got.contains(&name.to_string()), "{name} in {:?}", all(t));
        }
        // (A relational adjective names nothing: المجلس السابق.)
        let t = "وقال إن المجلس السابق لم يجتمع.";
        assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
        // A masculine adjective after a feminine head describes the noun before it.
        let t = "وتراجع مؤشر البورصة التونسية الرئيسي بنسبة طفيفة.";
        assert!(!found(t, EntityType::Org).iter().any(|o| o.ends_with("الرئيسي")), "{:?}", all(t));
    }

    /// العامة ("general", "public") ends a body's name as relational adjectives do.
    #[test]
    fn general_and_public_end_a_body_name() {
        for (t, name) in [("وأعلن جهاز المخابرات العامة اعتقال خلية في العاصمة.", "جهاز المخابرات العامة"), ("وقالت وزارة الأشغال العامة إن الطريق سيفتح غدا.", "وزارة الأشغال العامة")] {
            assert!(found(t, EntityType::Org).contains(&name.to_string()), "{name} in {:?}", all(t));
        }
    }

    /// A government named by a noun and its adjective is a body's name (حكومة الوفاق
    /// الوطني); the country's or a leader's government is not (حكومة البلاد).
    #[test]
    fn a_government_named_by_a_noun_and_its_adjective() {
        let t = "ودعا رئيس حكومة الوفاق الوطني إلى الحوار.";
        assert!(found(t, EntityType::Org).contains(&"حكومة الوفاق الوطني".to_string()), "{:?}", all(t));
        for t in ["وقالت حكومة البلاد إنها سترد.", "وانتقدت حكومة المستشار الألماني القرار."] {
            assert!(found(t, EntityType::Org).iter().all(|o| !o.starts_with("حكومة")), "{:?}", all(t));
        }
    }

    /// Committees, audit offices and exchanges head names in the construct state.
    #[test]
    fn committees_audit_offices_and_exchanges_head_names() {
        let t = "وأحالت لجنة الانضباط اللاعب إلى التحقيق، وكشف تقرير لديوان المحاسبة عن مخالفات، وارتفعت الأسهم في بورصة طوكيو.";
        let got = found(t, EntityType::Org);
        for name in ["لجنة الانضباط", "ديوان المحاسبة", "بورصة طوكيو"] {
            assert!(got.contains(&name.to_string()), "{name} in {:?}", all(t));
        }
    }

    /// A party's name joins two nouns by و; a place after a well-known name is its own.
    #[test]
    fn a_party_of_two_nouns_and_a_place_after_a_known_name() {
        let t = "ورفض حزب العدالة والتنمية النتائج، فيما دعا الاتحاد الأوروبي أنقرة إلى احترام إرادة الناخبين.";
        let got = all(t);
        for (name, kind) in [("حزب العدالة والتنمية", EntityType::Org), ("الاتحاد الأوروبي", EntityType::Org), ("أنقرة", EntityType::Loc)] {
            assert!(got.contains(&(name.to_string(), kind)), "{name} in {got:?}");
        }
        let t = "وقال حزب الله والحكومة اللبنانية إنهما يرفضان الاتهامات.";
        assert!(found(t, EntityType::Org).iter().all(|o| !o.contains("الحكومة")), "{:?}", all(t));
    }

    /// A place the tagger cut in two is one place; two places of the lists stay two.
    #[test]
    fn a_place_cut_in_two_is_one() {
        let t = "وقال حزب الله إنه استهدف بلدة كريات شمونة بالصواريخ.";
        let got = all(t);
        assert!(!got.iter().any(|(s, _)| s == "شمونة"), "{got:?}");
    }

    /// A place whose name begins with ل after the preposition ل is the place.
    #[test]
    fn a_place_beginning_with_lam_after_the_preposition() {
        let t = "وصل الوفد للندن أمس، ثم أرسل رسالة وللبنان مساعدات.";
        let got = all(t);
        for name in ["لندن", "لبنان"] {
            assert!(got.contains(&(name.to_string(), EntityType::Loc)), "{name} in {got:?}");
        }
    }

    /// A name never begins with a preposition; على is also the name علي and stays.
    #[test]
    fn a_name_never_begins_with_a_preposition() {
        // A name that ends in ى (صدى البلد, المنتدى) is still a name of the list.
        let t = "وقال مصدر لموقع صدى البلد إن المنتدى الاقتصادي الشرقي يبدأ غدا.";
        let orgs = found(t, EntityType::Org);
        assert!(orgs.contains(&"صدى البلد".to_string()) && orgs.contains(&"المنتدى الاقتصادي الشرقي".to_string()), "{:?}", all(t));
        let t = "وتتابع ناسا وفريق من الصليب الأحمر عمليات الإنقاذ.";
        let got = all(t);
        assert!(got.iter().all(|(s, _)| !s.starts_with("من ")), "{got:?}");
    }

    /// A word alone in brackets after an organization's name is its short name.
    #[test]
    fn a_short_name_in_brackets_after_an_organization_is_one() {
        let t = "وقرر الاتحاد الإفريقي لكرة القدم (كاف) تأجيل البطولة.";
        assert!(found(t, EntityType::Org).contains(&"كاف".to_string()), "{:?}", all(t));
    }

    /// A place whose name begins with ك keeps it, though the rest is another listed
    /// town (كسروان, not ك + سروان).
    #[test]
    fn a_place_beginning_with_kaf_keeps_it() {
        let t = "وزار الوفد قضاء كسروان أمس.";
        assert!(all(t).iter().all(|(s, _)| s != "سروان"), "{:?}", all(t));
    }

    /// A party or a movement named by two nouns joined by و is one name after ل too
    /// (لحزب العدالة والتنمية); not with the government named after it.
    #[test]
    fn parties_of_two_nouns_joined_by_waw() {
        let t = "وقال الأمين العام لحزب العدالة والتنمية إن الحكومة فشلت في الإصلاح.";
        assert_eq!(found(t, EntityType::Org), ["حزب العدالة والتنمية"], "{:?}", all(t));
        let t = "وأعلنت حركة العدل والمساواة انسحابها من المفاوضات.";
        assert_eq!(found(t, EntityType::Org), ["حركة العدل والمساواة"], "{:?}", all(t));
        let t = "وانتقد قادة حزب الأمة والحكومة القرار.";
        assert_eq!(found(t, EntityType::Org), ["حزب الأمة"], "{:?}", all(t));
    }

    /// An oil or gas field the tagger saw a name in is a place with its head (حقل خور
    /// مور, whose name it took for a person); حقل before a field of study is none.
    #[test]
    fn oil_fields_are_places_with_their_head() {
        let t = "ووقعت الشركة اتفاقا لتطوير حقل خور مور في إقليم كردستان.";
        assert!(found(t, EntityType::Loc).contains(&"حقل خور مور".to_string()), "{:?}", all(t));
        let t = "وعمل في حقل التعليم عشرين عاما.";
        assert!(found(t, EntityType::Loc).is_empty(), "{:?}", all(t));
    }

    /// The countryside of a place of two words is that place whole (ريف دير الزور),
    /// not its first word, itself a town's name.
    #[test]
    fn the_countryside_of_a_place_of_two_words() {
        let t = "وأفاد المرصد بمقتل 12 عنصرا في ريف دير الزور الشرقي.";
        assert_eq!(found(t, EntityType::Loc), ["دير الزور"], "{:?}", all(t));
    }

    /// The adjectives of countries whose names they do not end like (السعودية, النمساوية)
    /// are countries' adjectives to the rules too: a ministry named with one before a
    /// comma is one body, a company named with one in quotes is a company; a listed
    /// company keeps the adjective that is its own (أرامكو السعودية).
    #[test]
    fn irregular_country_adjectives_are_read_by_the_rules() {
        let t = "أعلنت وزارة الداخلية السعودية، اليوم الأحد، القبض على خمسة مقيمين.";
        assert_eq!(found(t, EntityType::Org), ["وزارة الداخلية السعودية"], "{:?}", all(t));
        let t = "وأوفدت الشركة النمساوية \"كابلاكس\" مهندسين اثنين إلى بيروت.";
        assert_eq!(found(t, EntityType::Org), ["كابلاكس"], "{:?}", all(t));
        let t = "وتراجعت أسهم شركة أرامكو السعودية 0.6 بالمئة في التداولات.";
        assert_eq!(found(t, EntityType::Org), ["أرامكو السعودية"], "{:?}", all(t));
    }

    /// The holder of an office over a town named after the town (رئيس بلدية X فادي
    /// نعمة, محافظ عكار عماد لبكي) is a person, though his names are words general
    /// Arabic knows or the tagger ran the town on over his given name.
    #[test]
    fn people_after_offices_of_places() {
        let t = "وطالب رئيس بلدية جونية فادي نعمة بنقل مسؤولية الرقابة إلى البلدية.";
        assert_eq!(found(t, EntityType::Per), ["فادي نعمة"], "{:?}", all(t));
        let t = "وقال محافظ عكار عماد لبكي إن الطرقات مقطوعة.";
        assert_eq!(found(t, EntityType::Per), ["عماد لبكي"], "{:?}", all(t));
        assert_eq!(found(t, EntityType::Loc), ["عكار"], "{:?}", all(t));
        let t = "وزار محافظ القاهرة المستشفى أمس.";
        assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
    }

    /// A body's second field after و is not the first word of the next body, a name of
    /// the list (والصليب الأحمر اللبناني).
    #[test]
    fn a_second_field_is_not_the_next_listed_body() {
        let t = "وأرسلت المديرية العامة للأمن العام والصليب الأحمر اللبناني فرقا إلى الحدود.";
        assert_eq!(found(t, EntityType::Org), ["المديرية العامة للأمن العام", "الصليب الأحمر اللبناني"], "{:?}", all(t));
    }

    /// A hospital, a church or a shrine named for a saint or the Virgin is one name with
    /// its head (not the country in سيدة لبنان); a regiment is named by what it does,
    /// a group of tourists is no regiment.
    #[test]
    fn saints_institutions_and_regiments_are_names() {
        let t = "ونقل ثلاثة منهم إلى مستشفى سيدة المعونات الجامعي للمعالجة.";
        assert_eq!(found(t, EntityType::Org), ["مستشفى سيدة المعونات الجامعي"], "{:?}", all(t));
        // (Also a hospital named by words the tagger took for an event: the martyrs of
        // al-Aqsa.)
        let t = "وأفادت مصادر طبية في مستشفى شهداء الأقصى بدير البلح بوصول 15 جثمانا.";
        assert_eq!(found(t, EntityType::Org), ["مستشفى شهداء الأقصى"], "{:?}", all(t));
        let t = "ويقصد آلاف الزوار مزار سيدة لبنان كل عام، وأقيم القداس في كنيسة مار مارون.";
        assert_eq!(found(t, EntityType::Loc), ["مزار سيدة لبنان", "كنيسة مار مارون"], "{:?}", all(t));
        let t = "وشاركت وحدة من فوج المغاوير في عملية الإنقاذ.";
        assert_eq!(found(t, EntityType::Org), ["فوج المغاوير"], "{:?}", all(t));
        let t = "واستقبل فوج السياح الأول في الفندق مساء أمس.";
        assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
    }

    /// The outlet that learned something (علمت «…» أن) is an organization, whatever its
    /// words mean; a quotation after علمت is no outlet.
    #[test]
    fn the_outlet_that_learned_is_an_organization() {
        for t in ["وعلمت «الأيام» أن الوزارة أوقفت المشروع.", "وعلمت \"الصباح\" من مصادر مطلعة أن اللجنة اجتمعت أمس.", "وعلمت \"الوطن\" أن الحكومة ستعلن الخطة غدا."] {
            let orgs = found(t, EntityType::Org);
            assert!(orgs.len() == 1 && ["الأيام", "الصباح", "الوطن"].contains(&orgs[0].as_str()), "{:?}", all(t));
        }
        let t = "وقالت الأم إنها علمت \"بالصدفة\" بما جرى.";
        assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
    }

    /// The outlet in a dateline is an organization, whatever else its name means.
    #[test]
    fn the_outlet_of_a_dateline_is_an_organization() {
        let t = "دبي - «الخليج»: أعلنت الحكومة خطة جديدة.\nالقاهرة (الأهرام) - قال الوزير إن الخطة جاهزة.";
        let orgs = found(t, EntityType::Org);
        assert!(orgs.contains(&"الخليج".to_string()), "{:?}", all(t));
        let t = "الرياض - «عكاظ»: نفى النادي وجود أي مخالفة في الصفقة.";
        assert_eq!(found(t, EntityType::Org), ["عكاظ"], "{:?}", all(t));
        let t = "وقال المحلل السياسي سليم الورتاني لـ«الأهرام اليوم» إن البلاد قد تتجه إلى انتخابات مبكرة.";
        assert!(found(t, EntityType::Org).contains(&"الأهرام اليوم".to_string()), "{:?}", all(t));
        // Between the place's dash and a colon, without quotes.
        let t = "القاهرة – الشروق: أعلنت الحكومة خطة جديدة.\nبيروت - النهار: قال الوزير إن الخطة جاهزة.";
        assert_eq!(found(t, EntityType::Org), ["الشروق", "النهار"], "{:?}", all(t));
        // Without a dash or a colon, a line's first words and a quotation are a sentence.
        for t in ["وقال الوزير «لن نتراجع عن القرار».", "وقالت الشركة الوطنية «ستدفع التعويضات كاملة»."] {
            assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
        }
        // An outlet named with its head after the place; an outlet and its writer; a
        // place and its writer.
        let t = "القاهرة - بوابة الأهرام\nأرجع المدرب الخسارة إلى الحكم.";
        assert!(found(t, EntityType::Org).contains(&"بوابة الأهرام".to_string()), "{:?}", all(t));
        let t = "هسبريس - عبد الحق الصنهاجي\nعاشت المدينة ليلة استثنائية.";
        assert_eq!(found(t, EntityType::Org), ["هسبريس"], "{:?}", all(t));
        // A dash written with tatweels, the outlet ending the line; a byline's word
        // there is no outlet.
        let t = "دمشق ــ الوطن العربي\nقال النائب إن الجلسة تأجلت.";
        assert_eq!(found(t, EntityType::Org), ["الوطن العربي"], "{:?}", all(t));
        let t = "بيروت ــ العربي الجديد\nقال النائب إن الجلسة تأجلت.";
        assert_eq!(found(t, EntityType::Org), ["العربي الجديد"], "{:?}", all(t));
        let t = "القاهرة - وكالات\nقال الوزير إن الوضع صعب.";
        assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
        let t = "بيروت ــ محمد شقير\nقال الوزير إن الوضع صعب.";
        assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
        let t = "بيروت - محمد شقير\nقال الوزير إن الوضع صعب.";
        assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
        // A dateline with the date after the place, and an agency whose و is its own.
        let t = "جدة 3 ربيع الأول 1447 هـ الموافق 26 أغسطس 2025 م (واس) -- عقد المجلس جلسته.\nباريس 5 نوفمبر (وفا) - قال الوزير إن الوضع خطير.";
        let orgs = found(t, EntityType::Org);
        assert!(orgs.contains(&"واس".to_string()) && orgs.contains(&"وفا".to_string()), "{:?}", all(t));
    }

    #[test]
    fn two_places_joined_by_and_are_two_mentions() {
        let t = "وتحدث المسؤول عن العلاقات بين بيونغ يانغ وموسكو في بيان.";
        let got = all(t);
        assert!(got.contains(&("بيونغ يانغ".to_string(), EntityType::Loc)), "{got:?}");
        assert!(got.contains(&("موسكو".to_string(), EntityType::Loc)), "{got:?}");
    }

    /// A family name that is also an adjective is the person after a verb, not after a
    /// definite noun.
    #[test]
    fn a_family_name_that_is_an_adjective_is_the_person_after_a_verb() {
        let t = "وقال الأمين العام للحزب رضا الغربي في ندوة صحفية بالعاصمة إن الحكومة تجاهلت مقترحاتنا. وأكد الغربي أن الساحل الغربي هادئ.";
        let got = all(t);
        let at = t.find("وأكد الغربي").unwrap() + "وأكد ".len();
        let es = isnad::entities::entities(t);
        assert!(es.iter().any(|e| e.start == at && e.kind == EntityType::Per), "{got:?}");
        let coast = t.find("الساحل الغربي").unwrap() + "الساحل ".len();
        assert!(!es.iter().any(|e| e.start == coast), "{got:?}");
        let full = es.iter().find(|e| &t[e.start..e.end] == "رضا الغربي").map(|e| e.id.clone());
        assert_eq!(es.iter().find(|e| e.start == at).map(|e| e.id.clone()), full);
    }

    /// A person's name goes on over a particle (آيت, بن) and a family name after بن X.
    #[test]
    fn a_name_never_ends_with_a_particle() {
        let t = "وقال رئيس النادي هشام آيت منا إن الفريق جاهز. وحضر وزير الرياضة الأمير عبد العزيز بن تركي الفيصل المباراة.";
        let got = found(t, EntityType::Per);
        for name in ["هشام آيت منا", "عبد العزيز بن تركي الفيصل"] {
            assert!(got.contains(&name.to_string()), "{name} in {got:?}");
        }
        let t = "وقال الباحث إن ابن خلدون ولد في تونس.";
        assert!(found(t, EntityType::Per).iter().all(|p| !p.contains(" في")), "{:?}", all(t));
    }

    /// A proclitic written apart with a tatweel before quotation marks (لـ"…", بـ«…»)
    /// is no part of the name before it.
    #[test]
    fn a_name_never_ends_with_a_detached_clitic() {
        for t in ["وقال الخبير الاقتصادي محمد فؤاد لـ\"سكاي نيوز عربية\" إن القرار كان متوقعا.", "وقال المحلل سمير الطاهري لـ«الشروق» إن الاتفاق هش."] {
            let got = found(t, EntityType::Per);
            assert!(!got.is_empty() && got.iter().all(|p| !p.contains('ـ')), "{:?}", all(t));
        }
    }

    /// A body and the seat it sits in are two names; two places joined by و do not take
    /// the verb after them.
    #[test]
    fn a_body_and_its_seat_and_two_places_and_a_verb_are_apart() {
        let t = "وقال المتحدث باسم مجلس الأمن القومي بالبيت الأبيض إن المحادثات جارية.";
        let got = all(t);
        assert!(got.contains(&("البيت الأبيض".to_string(), EntityType::Org)), "{got:?}");
        assert!(!got.iter().any(|(s, _)| s.contains("مجلس") && s.contains("البيت")), "{got:?}");
        let t = "وقالت المصادر إن العلاقات تتعمق، على الرغم من أن بيونغ يانغ وموسكو تنفيان\nأن محادثاتهما تتعلق بالأسلحة.";
        let got = all(t);
        assert!(!got.iter().any(|(s, _)| s.contains("تنفيان")), "{got:?}");
    }

    /// Two people joined by و are two mentions when the text names the second alone.
    #[test]
    fn two_people_joined_by_and_are_two_mentions() {
        let t = "التقى الزعيم كيم جونغ أون والرئيس فلاديمير بوتين. وقال بوتين إن كيم وبوتين اتفقا على التعاون.";
        let got = all(t);
        assert!(!got.iter().any(|(s, _)| s == "كيم وبوتين"), "{got:?}");
        assert!(got.iter().filter(|(s, k)| s == "بوتين" && *k == EntityType::Per).count() >= 2, "{got:?}");
    }

    #[test]
    fn a_name_does_not_take_the_verb_or_adjective_after_it() {
        let t = "وصل الزعيم كيم جونغ أون إلى المدينة. ثم إن قطار كيم مر عبر المدينة. وقال بوتين إن الموقع هو مشروع بوتين المفضل.";
        let got: Vec<String> = all(t).into_iter().map(|x| x.0).collect();
        for bad in ["كيم مر", "بوتين المفضل"] {
            assert!(!got.iter().any(|g| g == bad), "{bad} in {got:?}");
        }
        assert!(got.iter().filter(|g| *g == "بوتين").count() >= 2, "{got:?}");
    }

    #[test]
    fn relational_adjectives_never_end_a_name() {
        let t = "وقال كيم تيوو، مدير المعهد السابق، إن التعاون سيتسع.";
        assert!(found(t, EntityType::Org).iter().all(|o| !o.contains("السابق")), "{:?}", all(t));
    }

    #[test]
    fn a_capital_for_its_government_is_the_place() {
        let t = "وقالت بيونج يانج إن المحادثات لا تتعلق بالأسلحة، ونفت بيونج يانج ذلك.";
        let got = all(t);
        assert!(got.iter().filter(|(s, _)| s == "بيونج يانج").all(|(_, k)| *k == EntityType::Loc), "{got:?}");
    }

    #[test]
    fn seats_of_government_are_institutions() {
        let t = "وأعلن البيت الأبيض، الاثنين، عن صفقة. وجاءت تعليقات المجلس بالبيت الأبيض بعد تقرير.";
        assert_eq!(found(t, EntityType::Org).iter().filter(|o| *o == "البيت الأبيض").count(), 2, "{:?}", all(t));
    }

    #[test]
    fn a_nisba_adjective_is_not_a_person() {
        let t = "ورد الرئيس البنمي خوسيه راؤول مولينو عبر وسائل التواصل.";
        assert!(!all(t).iter().any(|(s, _)| s == "البنمي"), "{:?}", all(t));
    }

    #[test]
    fn a_thing_named_after_a_person_is_not_the_person() {
        let t = "حذرت الهيئة من رياح تبلغ قوتها 7 درجات على مقياس بوفورت.";
        assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
    }

    #[test]
    fn a_full_name_tagged_as_an_organization_is_the_person_named_alone_later() {
        let t = "وقال المدير التنفيذي للشركة ديميتريس بابادوبولوس في مؤتمر صحفي إن السلامة أولوية. وأضاف بابادوبولوس أن العبارة بنيت عام 1998.";
        let es = entities(t);
        let full = es.iter().find(|e| &t[e.start..e.end] == "ديميتريس بابادوبولوس").expect("full name");
        let short = es.iter().find(|e| &t[e.start..e.end] == "بابادوبولوس").expect("surname");
        assert_eq!(full.kind, EntityType::Per);
        assert_eq!(full.id, short.id);
    }

    #[test]
    fn a_person_the_text_names_alone_keeps_his_name_after_a_head() {
        // A body named after a person it is not (قوات فاغنر) is an organization only
        // where the text never names that word alone as a person.
        let t = "وقال ترامب إن إدارة ترامب ستواصل الضغط. وأكد ترامب ذلك.";
        assert!(found(t, EntityType::Org).iter().all(|o| !o.contains("ترامب")), "{:?}", found(t, EntityType::Org));
    }

    #[test]
    fn names_shown_by_their_form() {
        // Latin capitals in Arabic text: an outlet.
        assert_eq!(found("وطلبت CNN من السفارة التعليق.", EntityType::Org), ["CNN"]);
        // A head in the construct state and a foreign name, perhaps with what the body is for.
        assert!(found("لتستخدمها قوات فاغنر في أواخر العام.", EntityType::Org).contains(&"قوات فاغنر".to_string()));
        assert!(found("سافر إلى مركز فوستوشني للفضاء في أقصى الشرق.", EntityType::Org).contains(&"مركز فوستوشني للفضاء".to_string()));
        // A head that rarely heads common phrases and a definite noun.
        assert!(found("فرضت وزارة الخزانة الأمريكية عقوبات على الشركات.", EntityType::Org).contains(&"وزارة الخزانة الأمريكية".to_string()));
        // A head, a noun and a definite noun; not when that noun points back to a body
        // named before (the company's board).
        assert!(found("ويملك الحزب 23 مقعدا في مجلس نواب الشعب من أصل 161.", EntityType::Org).contains(&"مجلس نواب الشعب".to_string()));
        assert!(found("وذلك بعد اجتماع مجلس إدارة الشركة أمس.", EntityType::Org).is_empty());
        // Not a relative pronoun after it.
        assert!(found("فرضت وزارة الخزانة الأمريكية التي تراقب الشركات عقوبات.", EntityType::Org).iter().all(|o| !o.contains("التي")));
    }
}

mod people {
    use isnad::entities::{entities, EntityType};

    /// A foreign surname the text gives a person is that person where it stands alone,
    /// and links to the full name.
    #[test]
    fn a_surname_alone_is_the_person_named_in_full() {
        let t = "وزار وزير الدفاع الروسي سيرغي شويغو العاصمة الشهر الماضي. وقال مسؤولون إن الرسائل تبادلت بعد زيارة شويغو.";
        let es = entities(t);
        let full = es.iter().find(|e| &t[e.start..e.end] == "سيرغي شويغو").expect("full name");
        let alone = es.iter().find(|e| &t[e.start..e.end] == "شويغو").expect("surname alone");
        assert_eq!(alone.kind, EntityType::Per);
        assert_eq!(alone.id, full.id);
    }

    /// A given name compounded with الله, where the tagger saw only الله, is the person's,
    /// and a family name with the article after it belongs to the name.
    #[test]
    fn a_given_name_compounded_with_allah() {
        let t = "أعلن رئيس الهيئة، د. فتح الله الطيبي، عن موعد الحملة. وأضاف الطيبي أن الفرق جاهزة.";
        let es = entities(t);
        let full = es.iter().find(|e| &t[e.start..e.end] == "فتح الله الطيبي").unwrap_or_else(|| panic!("{es:?}"));
        assert_eq!(full.kind, EntityType::Per);
        assert!(!es.iter().any(|e| &t[e.start..e.end] == "الله"), "{es:?}");
        let alone = es.iter().find(|e| &t[e.start..e.end] == "الطيبي").unwrap_or_else(|| panic!("{es:?}"));
        assert_eq!(alone.id, full.id);
    }

    /// After a name compounded with الله, a title that goes on (الأمين العام) is the
    /// person's office, not a family name.
    #[test]
    fn a_title_after_a_name_with_allah_is_no_family_name() {
        let t = "وقال حسن نصر الله الأمين العام للحزب إن المفاوضات متعثرة.";
        let es = entities(t);
        assert!(!es.iter().any(|e| t[e.start..e.end].contains("الأمين")), "{es:?}");
    }

    /// A family name that is also a word is the person alone after a title, but a word
    /// written with another hamza is another word: أمام ("before") after الوزير is not
    /// the byline's إمام; تبون after الرئيس is still the president.
    #[test]
    fn a_word_with_another_hamza_is_not_the_surname() {
        let t = "القاهرة: سامي إمام\nومثل الوزير أمام لجنة الطاقة في البرلمان لشرح خطته.";
        let es = entities(t);
        assert!(es.iter().any(|e| &t[e.start..e.end] == "سامي إمام" && e.kind == EntityType::Per), "{es:?}");
        assert!(!es.iter().any(|e| &t[e.start..e.end] == "أمام"), "{es:?}");
        let t = "وقال الرئيس عبد المجيد تبون إن الحكومة ستعمل. وأكد الرئيس تبون أن الوضع مستقر.";
        let es = entities(t);
        assert!(es.iter().any(|e| &t[e.start..e.end] == "تبون" && e.kind == EntityType::Per), "{es:?}");
    }
}

/// Datelines and names next to a ligature that gives two tokens from one character
/// (ﻻ): no panic, spans on character boundaries.
#[test]
fn ligatures_next_to_datelines_and_names() {
    for t in ["ﻻموسكو (وكالة الأنباء) – قال بوتين", "قال ﻻ\nموسكو (وكالة) –", "ﻻ\nﻻ سانتياغو – قتل 12 جنديا", "بيونغ يانغ وﻻموسكو", "بغداد ــ ﻻلعربي الجديد\nقال", "قرية ﻻحمد تبون وقال تبون ﻻ", "الوزير ﻻلأول نذير ﻻلعرباوي"] {
        for e in isnad::entities::entities(t) {
            assert!(e.start < e.end && t.is_char_boundary(e.start) && t.is_char_boundary(e.end), "{t}: {e:?}");
        }
    }
}

#[test]
fn a_body_named_after_a_place_is_the_body() {
    // A head of organization names without the article, right before a place.
    assert_eq!(found("وقال محافظ بنك إنجلترا إن الأسعار سترتفع.", EntityType::Org), ["بنك إنجلترا"]);
    assert_eq!(found("تعرض مصرف لبنان لهجوم إلكتروني ليل السبت.", EntityType::Org), ["مصرف لبنان"]);
    assert!(found("تعرض مصرف لبنان لهجوم إلكتروني ليل السبت.", EntityType::Loc).is_empty());
    // A team plays for its country, which stays the place; a canal is a place.
    assert!(found("فاز منتخب مصر على ضيفه بهدفين.", EntityType::Org).is_empty());
}

#[test]
fn a_foreign_name_keeps_its_f() {
    // ف writes the f of foreign names; an unknown word after it is not the conjunction.
    let text = "لم يتمكن المفتشون من زيارة منشأة فوردو منذ الربيع.";
    assert!(entities(text).iter().all(|e| !text[e.start..e.end].starts_with("وردو")));
    assert_eq!(found(text, EntityType::Loc), ["فوردو"]);
}

/// A verb that the large name list also holds as a given name (يكن) does not join the
/// person after it: لم يكن أينشتاين is "Einstein was not".
#[test]
fn a_verb_of_the_large_name_list_is_no_given_name() {
    let text = "ولم يكن أينشتاين من دعاة الحرب ولكنه كان يهوديا.";
    assert_eq!(found(text, EntityType::Per), ["أينشتاين"]);
}

#[test]
fn a_given_name_and_the_name_after_it_are_one_person() {
    // The tagger may cut a person after a given name of the curated lists; one space
    // between and no و or comma: one person.
    let text = "من جهتها، قالت وزيرة الداخلية سلمى الإدريسي إن الحكومة خصصت ميزانية عاجلة.";
    assert_eq!(found(text, EntityType::Per), ["سلمى الإدريسي"]);
}

#[test]
fn well_known_blocs_and_forces_are_organizations() {
    // Iraqi and Lebanese blocs whose heads are common nouns (التيار الكهربائي, الإطار
    // القانوني), marked from the list of well-known names, with their clitics.
    let text = "واجتمع قادة الإطار التنسيقي مع ممثلين عن التيار الوطني الحر، فيما انسحب نواب مرتبطون بالتيار الصدري، وقال مسؤول في فيلق القدس إن الزيارة انتهت.";
    let orgs = found(text, EntityType::Org);
    for o in ["الإطار التنسيقي", "التيار الوطني الحر", "التيار الصدري", "فيلق القدس"] {
        assert!(orgs.contains(&o.to_string()), "{o}: {orgs:?}");
    }
    let text = "وانقطع التيار الكهربائي عن الأحياء، وقال إن الإطار القانوني غير كاف.";
    assert!(found(text, EntityType::Org).is_empty(), "{:?}", found(text, EntityType::Org));
    // (A movement named for God's supporters is the body, not «الله» alone; linked to
    // its other name.)
    let text = "وقال عضو المكتب السياسي لحركة أنصار الله إن الهجمات ستتواصل، وأعلنت جماعة الحوثي مسؤوليتها.";
    assert_eq!(found(text, EntityType::Org), ["أنصار الله", "جماعة الحوثي"], "{:?}", all(text));
    let ids: Vec<String> = entities(text).into_iter().filter(|e| e.kind == EntityType::Org).map(|e| e.id).collect();
    assert_eq!(ids[0], ids[1]);
}

#[test]
fn directorates_ministries_of_two_fields_and_places_after_their_heads() {
    let text = "أعلنت المديرية العامة للأمن الوطني توقيف المشتبه بهم، فيما نشرت وزارة الداخلية والجماعات المحلية حصيلة جديدة.";
    let orgs = found(text, EntityType::Org);
    assert!(orgs.contains(&"المديرية العامة للأمن الوطني".to_string()), "{orgs:?}");
    // A country's army named by its adjective; an army described otherwise is none.
    let text = "ودعا المبعوث الجيش السوداني إلى هدنة، وقال إن الجيش منهك.";
    assert!(found(text, EntityType::Org).contains(&"الجيش السوداني".to_string()), "{:?}", entities(text));
    assert!(!found(text, EntityType::Org).contains(&"الجيش".to_string()), "{:?}", entities(text));
    // One body of a list, after و.
    let text = "بحضور ممثلين عن الدرك الوطني والمديرية العامة للجمارك في الاجتماع.";
    assert!(found(text, EntityType::Org).contains(&"المديرية العامة للجمارك".to_string()), "{:?}", entities(text));
    assert!(orgs.contains(&"وزارة الداخلية والجماعات المحلية".to_string()), "{orgs:?}");
    // A body named beside the ministry is no second field.
    let text = "وقالت وزارة الصحة والجيش في بيان مشترك إن الوضع مستقر.";
    assert!(!found(text, EntityType::Org).iter().any(|o| o.contains("والجيش")), "{:?}", found(text, EntityType::Org));
    let text = "واندلع حريق في غابة بني ورتيلان ثم في بلدية سيدي عيشون وبلدية أولاد رشيد.";
    let places = found(text, EntityType::Loc);
    assert!(places.contains(&"بني ورتيلان".to_string()) && places.contains(&"سيدي عيشون".to_string()), "{places:?}");
    let text = "وامتدت النيران إلى غابات تامقرة ثم إلى بلدية إفرحونن في الليل.";
    let places = found(text, EntityType::Loc);
    assert!(places.contains(&"تامقرة".to_string()) && places.contains(&"إفرحونن".to_string()), "{places:?}");
}

/// Ministries and committees named by fields of government joined by و without
/// adjectives are one name; a ministry and a concrete noun after و are not. A body
/// named by a head, a verbal noun in the construct state and a definite noun is one
/// name, with its adjective.
#[test]
fn bodies_of_bare_fields_and_of_a_verbal_noun() {
    let t = "وأعلنت وزارة التربية والتعليم خطة جديدة، فيما نظرت لجنة الصناعة والتجارة والطاقة في مشروع القانون.";
    let orgs = found(t, EntityType::Org);
    assert!(orgs.contains(&"وزارة التربية والتعليم".to_string()), "{:?}", all(t));
    assert!(orgs.contains(&"لجنة الصناعة والتجارة والطاقة".to_string()), "{:?}", all(t));
    // The country's adjective ends the name, also one that is a country's short name.
    let t = "وأعلنت وزارة الصناعة والتجارة السعودية قرارا جديدا.";
    assert!(found(t, EntityType::Org).contains(&"وزارة الصناعة والتجارة السعودية".to_string()), "{:?}", all(t));
    let t = "ونسقت وزارة الصحة والمستشفيات الخاصة لاستقبال المصابين.";
    assert!(!found(t, EntityType::Org).iter().any(|o| o.contains("المستشفيات")), "{:?}", all(t));
    let t = "وحذر جهاز حماية المستهلك من الغش، وتتابع هيئة مكافحة الفساد الإداري الملف.";
    let orgs = found(t, EntityType::Org);
    assert!(orgs.contains(&"جهاز حماية المستهلك".to_string()), "{:?}", all(t));
    assert!(orgs.contains(&"هيئة مكافحة الفساد الإداري".to_string()), "{:?}", all(t));
}

/// حركة before what moves (trains, ships, traffic) names no movement; a body's purpose
/// of two nouns in the construct state and a place is in its name, but ل, a verbal noun
/// and a definite noun after a body is why it acts.
#[test]
fn traffic_is_no_movement_and_purposes_that_end_with_a_place() {
    let t = "وقال الوزير إن حركة القطارات ستعود، فيما توقفت حركة الملاحة في الميناء، وأعلنت حركة النهضة مشاركتها.";
    let orgs = found(t, EntityType::Org);
    assert!(!orgs.iter().any(|o| o.contains("القطارات") || o.contains("الملاحة")), "{:?}", all(t));
    assert!(orgs.contains(&"حركة النهضة".to_string()), "{:?}", all(t));
    let t = "وأعلنت الهيئة العامة لسكك حديد تونس تعليق الرحلات.";
    assert!(found(t, EntityType::Org).contains(&"الهيئة العامة لسكك حديد تونس".to_string()), "{:?}", all(t));
    let t = "ودعت الأمم المتحدة لوقف تصدير الأسلحة إلى المنطقة.";
    assert!(found(t, EntityType::Org).contains(&"الأمم المتحدة".to_string()), "{:?}", all(t));
}

/// Quote marks as written: a closing mark and the next opening one hold no name between
/// them (the search form writes both as "), and no mention holds half of a pair.
#[test]
fn closing_and_opening_marks_are_told_apart() {
    let t = "وقالت المديرة في تصريحات لـ«الأيام» أن «الصفقة اعتراف بقدرة الشباب».";
    assert!(!all(t).iter().any(|(s, _)| s == "أن"), "{:?}", all(t));
    let t = "وتابع المسعف: «نناشد المواطنين التبرع بالدم في أقرب مركز».\n«فرقنا انتشلت 17 ناجيا من تحت الأنقاض»، بحسب العميد.";
    assert!(all(t).iter().all(|(s, _)| s.chars().any(char::is_alphanumeric)), "{:?}", all(t));
    let t = "ورحبت منظمة «الشفافية الدولية» بنشر تفاصيل الموازنة.";
    for (s, _) in all(t) {
        assert_eq!(s.matches('«').count(), s.matches('»').count(), "{:?}", all(t));
    }
}

/// An agency's short name alone after a dateline's dash, on its own line, is one word
/// even where it begins like a clitic; an ordinary word there (خاص) is no agency.
#[test]
fn an_agency_alone_on_its_dateline_line() {
    let t = "الرياض - واس\nوقع الوزير مذكرة تفاهم.\nالقاهرة - خاص\nقال المصدر إن الاتفاق قريب.";
    let orgs = found(t, EntityType::Org);
    assert!(orgs.contains(&"واس".to_string()), "{:?}", all(t));
    assert!(!orgs.iter().any(|o| o == "اس" || o == "خاص"), "{:?}", all(t));
}

/// A given name and a kunya (أبو and a given name) are a person's name where the tagger
/// saw nothing, also with علي written على as Egyptian outlets write it.
#[test]
fn a_given_name_and_a_kunya() {
    for t in ["وسجل للفريق وسام أبو علي هدفين.", "وسجل للفريق وسام أبو على هدفين فى المباراة."] {
        assert!(found(t, EntityType::Per).iter().any(|p| p.starts_with("وسام أبو عل")), "{:?}", all(t));
    }
}

/// From the lead's held-out bank set (sentences written for the tests): a body in the
/// construct state that ends with a country; Lebanon's security forces; an indefinite
/// accusative phrase is no person.
#[test]
fn well_known_bodies_after_a_head_and_phrases_that_are_no_people() {
    let t = "وعممت الوزارة الصور على الإنتربول، وأعلنت جمعية مصارف الأردن تعليق العمل.";
    let orgs = found(t, EntityType::Org);
    assert!(orgs.contains(&"جمعية مصارف الأردن".to_string()), "{:?}", all(t));
    let t = "وسلم المسلح نفسه لقوى الأمن الداخلي بعد أن أطلق عيارا ناريا في الهواء.";
    assert!(found(t, EntityType::Org).contains(&"قوى الأمن الداخلي".to_string()), "{:?}", all(t));
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
}

/// A body's second aim keeps its adjective; a ministry of three fields with their
/// adjectives is one name; a noun for a kind of place names no place alone.
#[test]
fn second_aims_three_fields_and_kinds_of_places() {
    let t = "واعتبر الاتحاد الوطني للصناعة والتجارة الخارجية أن الإجراءات متأخرة.";
    assert!(found(t, EntityType::Org).contains(&"الاتحاد الوطني للصناعة والتجارة الخارجية".to_string()), "{:?}", all(t));
    let t = "وأعلنت وزارة الفلاحة والموارد المائية والصيد البحري خطة للسقي.";
    assert!(found(t, EntityType::Org).contains(&"وزارة الفلاحة والموارد المائية والصيد البحري".to_string()), "{:?}", all(t));
    let t = "وستعتمد الشركة نظام الحصص في ولايات صفاقس وسوسة والمنستير.";
    assert!(!all(t).iter().any(|(s, _)| s == "ولايات"), "{:?}", all(t));
}

#[test]
fn a_persian_family_name_with_a_madda_inside() {
    // A madda inside a word is how Persian names are transliterated (قآني): after a
    // given name the tagger found alone, it is the family name.
    let text = "وقال المتحدث حسين قآني إن الوفد وصل. وتحدث عن منشآت كثيرة.";
    let people = found(text, EntityType::Per);
    assert!(people.contains(&"حسين قآني".to_string()), "{:?}", entities(text));
}

#[test]
fn a_person_after_a_qualified_title() {
    // A title qualified by an adjective (الوزير الأول) before a given name and a family
    // name general Arabic does not know.
    let text = "وحل الوزير الأول مراد الزغواني بالمنطقة رفقة عدد من المسؤولين.";
    assert_eq!(found(text, EntityType::Per), ["مراد الزغواني"], "{:?}", entities(text));
    let text = "فيما حل الوزير الأول نذير العرباوي بالمنطقة رفقة وزير الداخلية.";
    assert_eq!(found(text, EntityType::Per), ["نذير العرباوي"], "{:?}", entities(text));
    // A title before a common noun names no one.
    let text = "وقال الوزير الأول إن الحكومة ستعوض المتضررين.";
    assert!(found(text, EntityType::Per).is_empty(), "{:?}", entities(text));
}

#[test]
fn a_name_after_the_head_of_a_place_is_no_person() {
    // A name after "the town of", "the villages of" is the place; a term of office
    // (ولاية) is followed by a person.
    let text = "وامتدت الحرائق إلى ولايات تيزي وزو وبجاية، وأجلت السلطات سكان قرية آيت منقلات.";
    let people = found(text, EntityType::Per);
    assert!(people.is_empty(), "{people:?}");
    let text = "وخلال ولاية دونالد ترامب الأولى انسحبت الولايات المتحدة من الاتفاق.";
    assert!(found(text, EntityType::Per).contains(&"دونالد ترامب".to_string()), "{:?}", found(text, EntityType::Per));
}

#[test]
fn a_surname_that_is_also_a_word_after_a_verb_of_saying() {
    // A family name general Arabic also uses as a word is the person after a title, or
    // as the subject of a verb of saying before what was said.
    let text = "وأشاد رئيس الجمهورية عبد المجيد تبون بجهود فرق الإنقاذ، بينما قال تبون إن الدولة ستعوض المتضررين.";
    let people = found(text, EntityType::Per);
    assert_eq!(people.iter().filter(|p| *p == "تبون").count(), 1, "{people:?}");
}

#[test]
fn a_rank_before_a_name_is_no_person() {
    // A rank the lists lack, with the article, before a person's name is a title.
    let text = "وقال المشير خليفة بلقاسم إن قواته انسحبت. وأكد الأدميرال جون فيلان أن السفن وصلت.";
    let people = found(text, EntityType::Per);
    assert!(!people.iter().any(|p| p == "المشير" || p == "الأدميرال"), "{people:?}");
    assert!(people.contains(&"جون فيلان".to_string()), "{people:?}");
}

#[test]
fn a_name_never_ends_with_that_and_a_compound_given_name_joins_the_rest() {
    // The tagger's person "عثمان بأن" ends with a complementizer; "كمال الدين" and
    // "عثمان" are then one person.
    let text = "وردت الحكومة على لسان وزير الزراعة نور الدين سليمان بأن \"الأرقام مبالغ فيها\".";
    let people = found(text, EntityType::Per);
    assert_eq!(people, ["نور الدين سليمان"], "{people:?}");
    // A given name written with the article, of the closed list, begins the name.
    let text = "وأقر والي الولاية الطاهر بوزيان بأن \"الوضع صعب\".";
    assert_eq!(found(text, EntityType::Per), ["الطاهر بوزيان"], "{:?}", found(text, EntityType::Per));
}

#[test]
fn a_quoted_clause_is_no_organization() {
    // A clause in quote marks that begins with a verb (here of the future) is what
    // someone said, not the name of a body or a work.
    let text = "وقال المدير التنفيذي ماهر القباني إن الشركة \"ستعوض العمال المصابين\".";
    assert!(entities(text).iter().all(|e| !text[e.start..e.end].contains("ستعوض")), "{:?}", entities(text));
}

/// Names that a head word, a parent body or quotation marks shape (`entities::heads`)
/// and linking of the forms they make (`entities::link`).
mod heads {
    use super::all;
    use super::found;
    use isnad::entities::{link_articles, EntityType};


    /// The id of the mention `surface` in article `a` of a linked analysis.
    fn id_of(texts: &[&str], a: usize, surface: &str) -> String {
        let arts: Vec<(&str, &str)> = texts.iter().enumerate().map(|(i, t)| (["a", "b", "c"][i], *t)).collect();
        let an = link_articles(&arts);
        let m = an.articles[a].entities.iter().find(|m| &texts[a][m.start..m.end] == surface);
        m.unwrap_or_else(|| panic!("{surface} in {:?}", all(texts[a]))).id.clone()
    }

    /// A country named with its capital is the country (غينيا كوناكري, غينيا), but a
    /// country whose own name is another country's and a city (غينيا بيساو) is not.
    #[test]
    fn a_country_named_like_another_with_a_city_stays_apart() {
        let texts = ["ويمر الأنبوب بغانا وغينيا وغينيا بيساو قبل أن يبلغ السنغال."];
        assert_ne!(id_of(&texts, 0, "غينيا"), id_of(&texts, 0, "غينيا بيساو"));
        let texts = ["وصل الرئيس إلى غينيا كوناكري مساء الأحد.", "وقالت غينيا إن الاتفاق يخدم المنطقة."];
        assert_eq!(id_of(&texts, 0, "غينيا كوناكري"), id_of(&texts, 1, "غينيا"));
    }

    /// A day of a month written without its year (18 نونبر الجاري) is that day of the
    /// one year another report gives it with; of two years, neither.
    #[test]
    fn a_day_without_its_year_is_the_day_of_the_year_given() {
        let texts = ["الرباط - 18 نونبر 2026 (ومع) وقع البلدان الاتفاق.", "وجرى التوقيع في 18 نونبر الجاري بالرباط."];
        assert_eq!(id_of(&texts, 0, "18 نونبر 2026"), id_of(&texts, 1, "18 نونبر الجاري"));
        let texts = ["وانطلقت الدورة في 18 نونبر 2025 وتجددت في 18 نونبر 2026.", "وجرى التوقيع في 18 نونبر الجاري بالرباط."];
        assert_ne!(id_of(&texts, 0, "18 نونبر 2025"), id_of(&texts, 0, "18 نونبر 2026"));
        assert_ne!(id_of(&texts, 0, "18 نونبر 2025"), id_of(&texts, 1, "18 نونبر الجاري"));
    }

    /// A well-known oasis the list of towns holds only with its head (سيوة) is a place
    /// alone, and a lake named after it (بحيرة سيوة) is not the oasis.
    #[test]
    fn a_lake_named_after_a_well_known_place_is_not_the_place() {
        let t = "وتوافد مئات الزوار على سيوة لحضور الاحتفالات الشعبية.";
        assert!(found(t, EntityType::Loc).contains(&"سيوة".to_string()), "{:?}", all(t));
        let texts = ["وصل الوفد إلى سيوة مساء الخميس بعد رحلة طويلة.", "وتراجع منسوب المياه في بحيرة سيوة خلال الصيف."];
        assert_ne!(id_of(&texts, 0, "سيوة"), id_of(&texts, 1, "بحيرة سيوة"));
    }

    /// Two bodies the list of well-known names holds apart stay apart, though one's
    /// words are the other's with a head and without a country's adjective.
    #[test]
    fn two_listed_bodies_stay_apart() {
        let texts = ["قالت الشركة إنها ستدرج أسهمها في السوق المالية السعودية الشهر المقبل.", "ووافقت هيئة السوق المالية على طلب الشركة طرح أسهمها."];
        assert_ne!(id_of(&texts, 0, "السوق المالية السعودية"), id_of(&texts, 1, "هيئة السوق المالية"));
    }

    /// A division's head names the division where the name alone is a river or a sea;
    /// before a place of its own the head is a description; both forms link.
    #[test]
    fn a_division_named_after_a_feature_keeps_its_head() {
        let t = "وغمرت المياه قرى ولاية البحر الأحمر شرق البلاد.";
        assert!(found(t, EntityType::Loc).contains(&"ولاية البحر الأحمر".to_string()), "{:?}", all(t));
        let t = "وقع الزلزال في محافظة كرمانشاه غرب إيران.";
        assert!(found(t, EntityType::Loc).contains(&"كرمانشاه".to_string()), "{:?}", all(t));
        let texts = ["وصلت المساعدات إلى محافظة كرمانشاه أمس.", "قال مسؤولون في كرمانشاه إن الطرق مقطوعة."];
        assert_eq!(id_of(&texts, 0, "كرمانشاه"), id_of(&texts, 1, "كرمانشاه"));
    }

    /// A site named with its domain's ending is one outlet, never the ending alone.
    #[test]
    fn a_site_named_with_its_domain_ending() {
        let t = "الرباط - هسبريس.كوم\nوقال موقع الجزيرة.نت إن الحكم نهائي، ونقل مصراوي.كوم الخبر.";
        let got = found(t, EntityType::Org);
        for name in ["هسبريس.كوم", "الجزيرة.نت", "مصراوي.كوم"] {
            assert!(got.contains(&name.to_string()), "{name} in {:?}", all(t));
        }
        assert!(all(t).iter().all(|(s, _)| s != "نت" && s != "كوم"), "{:?}", all(t));
    }

    /// A chamber of commerce or industry and its place or country is one body; غرفة
    /// alone is a room.
    #[test]
    fn chambers_of_commerce() {
        for (t, name) in [("وقدرت غرفة تجارة ميونيخ الخسائر بنحو 5 ملايين يورو.", "غرفة تجارة ميونيخ"), ("وقالت غرفة التجارة والصناعة الفرنسية إن الصادرات تراجعت.", "غرفة التجارة والصناعة الفرنسية"), ("وأعلنت غرفة تجارة وصناعة دبي عن معرض.", "غرفة تجارة وصناعة دبي")] {
            assert!(found(t, EntityType::Org).contains(&name.to_string()), "{name} in {:?}", all(t));
        }
        let t = "واجتمع الوزراء في غرفة العمليات.";
        assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
    }

    /// After "the two towns of", a word joined by و to a place is a place too, even
    /// where it is also a common word; "my town" and its words are no place.
    #[test]
    fn two_places_after_a_dual_head() {
        let t = "وشهدت مدينتي الأمل وطنطا احتجاجات واسعة.";
        let got = found(t, EntityType::Loc);
        assert!(got.contains(&"الأمل".to_string()) && got.contains(&"طنطا".to_string()), "{:?}", all(t));
        let t = "وقال: أحب مدينتي الجميلة وأهلها.";
        assert!(found(t, EntityType::Loc).is_empty(), "{:?}", all(t));
    }

    /// A declaration's or agreement's name in quotation marks is a name (MISC); a
    /// quoted clause that begins with such a word is not.
    #[test]
    fn a_quoted_declaration_is_a_name() {
        let t = "ووقع الطرفان على \"اتفاق الدوحة\" في حضور الوسطاء، وقال الوزير إن \"اتفاق السلام لن ينهار\".";
        let got = found(t, EntityType::Misc);
        assert_eq!(got, ["اتفاق الدوحة"], "{:?}", all(t));
    }

    /// A head without the article right before what the body is for describes a body
    /// ("a fund for joint development") and names none.
    #[test]
    fn an_indefinite_body_is_a_description() {
        let t = "وأعلن الأمير في كلمته تأسيس صندوق للتنمية المشتركة برأسمال 10 مليارات دولار.";
        assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
    }

    /// A central bank named without البنك (المركزي الأوروبي) is the bank, linked to its
    /// full name.
    #[test]
    fn a_central_bank_named_without_bank() {
        let texts = ["ورفع المركزي الأوروبي الفائدة أمس.", "وقال البنك المركزي الأوروبي إن التضخم تراجع."];
        assert_eq!(found(texts[0], EntityType::Org), ["المركزي الأوروبي"], "{:?}", all(texts[0]));
        assert_eq!(id_of(&texts, 0, "المركزي الأوروبي"), id_of(&texts, 1, "البنك المركزي الأوروبي"));
    }

    /// A union's commission is a body of its own, apart from the union.
    #[test]
    fn a_commission_of_a_union_is_its_own_body() {
        let texts = ["وقال رئيس مفوضية الاتحاد الأوروبي إن الاتفاق قريب.", "ورحب الاتحاد الأوروبي بالاتفاق."];
        assert!(found(texts[0], EntityType::Org).contains(&"مفوضية الاتحاد الأوروبي".to_string()), "{:?}", all(texts[0]));
        assert_ne!(id_of(&texts, 0, "مفوضية الاتحاد الأوروبي"), id_of(&texts, 1, "الاتحاد الأوروبي"));
    }

    /// A company's quoted name after شركة is the company's, even when its first word
    /// is a short word general Arabic also has (إي, أي).
    #[test]
    fn a_quoted_company_name_with_a_short_first_word() {
        let t = "وتشمل الصفقة حصصا في شركة \"إي تكنو\" وشركات أخرى.";
        assert!(found(t, EntityType::Org).contains(&"إي تكنو".to_string()), "{:?}", all(t));
    }

    /// A body named after another body and what it does, or after a place, is the new
    /// body; a body and its parent are two names.
    #[test]
    fn a_body_head_before_a_body_or_a_place_and_a_parent_body() {
        let t = "وقالت بعثة الأمم المتحدة لدعم ليبيا إن الحوار سيستأنف.";
        assert!(found(t, EntityType::Org).contains(&"بعثة الأمم المتحدة لدعم ليبيا".to_string()), "{:?}", all(t));
        let t = "وقال رئيس هيئة قناة السويس إن العائدات ارتفعت.";
        assert!(found(t, EntityType::Org).contains(&"هيئة قناة السويس".to_string()), "{:?}", all(t));
        let t = "وأعلنت اللجنة الفنية للمياه التابعة لجامعة الدول العربية عن خطة جديدة.";
        let orgs = found(t, EntityType::Org);
        assert!(orgs.iter().all(|o| !o.contains("التابعة")), "{:?}", all(t));
    }

    /// A body's name does not take the given name of the person after it, nor a
    /// well-known person's name.
    #[test]
    fn a_body_does_not_take_a_person_name() {
        let t = "ودعا الأمين العام للأمم المتحدة غوتيريش إلى وقف القتال فورا.";
        assert!(all(t).iter().all(|(s, k)| !(s.contains("غوتيريش") && *k == EntityType::Org)), "{:?}", all(t));
        let t = "وقالت خبيرة منظمة التجارة العالمية كارولين شميت إن الرسوم سترتفع.";
        assert_eq!(found(t, EntityType::Org), ["منظمة التجارة العالمية"], "{:?}", all(t));
        assert_eq!(found(t, EntityType::Per), ["كارولين شميت"], "{:?}", all(t));
        // (العالمي is no given name, whatever the noisy lists say.)
        let t = "وأشادت مديرة برنامج الأغذية العالمي سيندي ماكين بجهود المتطوعين.";
        assert_eq!(found(t, EntityType::Org), ["برنامج الأغذية العالمي"], "{:?}", all(t));
    }

    /// Words in quotation marks after a head of organization names are its name.
    #[test]
    fn a_name_in_quotes_after_a_head_is_the_body() {
        let t = "وأعلن حزب «الوفاق الوطني» مقاطعته للانتخابات المقبلة.";
        assert!(found(t, EntityType::Org).contains(&"الوفاق الوطني".to_string()), "{:?}", all(t));
        let t = "واتهمت الحكومة جماعة مسلحة تعرف باسم «سيوف الحق» بتنفيذ الهجوم.";
        assert!(found(t, EntityType::Org).contains(&"سيوف الحق".to_string()), "{:?}", all(t));
        let t = "وقالت شركة «توتال» الفرنسية إنها علقت عملياتها.";
        assert!(found(t, EntityType::Org).contains(&"توتال".to_string()), "{:?}", all(t));
        // After the head, its complement and an adjective (the construct state).
        let t = "وأكدت شركة الطيران الوطنية «أجنحة الأطلس» إلغاء رحلاتها.";
        assert!(found(t, EntityType::Org).contains(&"أجنحة الأطلس".to_string()), "{:?}", all(t));
        // A vessel's name is another name (MISC).
        let t = "واحتجزت البحرية سفينة الشحن «نجمة البحر» قرب الساحل.";
        assert!(found(t, EntityType::Misc).contains(&"نجمة البحر".to_string()), "{:?}", all(t));
        let t = "وأدى احتجاز البحرية للسفينة \"سانتا ماريا\" إلى أزمة دبلوماسية.";
        assert!(found(t, EntityType::Misc).contains(&"سانتا ماريا".to_string()), "{:?}", all(t));
        // A definite noun is no head: the quotation is what it says.
        let t = "وقالت الشركة الوطنية «ستدفع التعويضات كاملة».";
        assert!(all(t).iter().all(|(s, _)| !s.contains("ستدفع")), "{:?}", all(t));
    }

    /// A ministry named by its field and the feminine adjective of a country; after a
    /// minister's title the words are the title's.
    #[test]
    fn a_ministry_by_its_field_and_country() {
        let t = "وقالت الدفاع الروسية في بيان إن قواتها صدت الهجوم.";
        assert!(found(t, EntityType::Org).contains(&"الدفاع الروسية".to_string()), "{:?}", all(t));
        let t = "وقالت الخارجية الأمريكية إن العقوبات ستبقى.";
        assert!(found(t, EntityType::Org).contains(&"الخارجية الأمريكية".to_string()), "{:?}", all(t));
        let t = "وقالت وزيرة الخارجية الألمانية إن الحوار ضروري.";
        assert!(!found(t, EntityType::Org).contains(&"الخارجية الألمانية".to_string()), "{:?}", all(t));
    }

    /// Spellings of a foreign person's name that transliterate one sound differently
    /// are one person; a weekday and the date that names it are one day.
    #[test]
    fn transliteration_variants_and_weekdays_link() {
        let texts = ["وقال المستشار يوهانس شولتز يوم الثلاثاء إن الاتفاق قريب.", "وأكد يوهانس شولتس الثلاثاء 14 مايو أن الاتفاق قريب."];
        assert_eq!(id_of(&texts, 0, "يوهانس شولتز"), id_of(&texts, 1, "يوهانس شولتس"));
        assert_eq!(id_of(&texts, 0, "الثلاثاء"), id_of(&texts, 1, "الثلاثاء 14 مايو"));
        // Two Arabic names one letter apart are two people.
        let texts = ["وقال النائب زاهر يوسف إن الدعوى رفعت أمس.", "وقال النائب ساهر يوسف إن الدعوى رفعت أمس."];
        assert_ne!(id_of(&texts, 0, "زاهر يوسف"), id_of(&texts, 1, "ساهر يوسف"));
        // Persian ch as ج or تش, and Persian گ as ك or غ.
        let texts = ["وقال الوزير الإيراني مجيد تختروانجي إن المفاوضات متعثرة.", "وأكد مجيد تختروانتشي أن الوفد سيعود."];
        assert_eq!(id_of(&texts, 0, "مجيد تختروانجي"), id_of(&texts, 1, "مجيد تختروانتشي"));
        let texts = ["وقال المتحدث محمد رضا كلبايكاني إن الرد قادم.", "وأكد محمد رضا غلبايغاني أن الرد قادم."];
        assert_eq!(id_of(&texts, 0, "محمد رضا كلبايكاني"), id_of(&texts, 1, "محمد رضا غلبايغاني"));
        // A compound written apart or joined (عبد الله / عبدالله, علي رضا / عليرضا), also
        // with Persian گ written two ways.
        let texts = ["وقال الوزير عبد الله الهاشمي إن المفاوضات متعثرة.", "وأكد الوزير عبدالله الهاشمي أن الوفد سيعود."];
        assert_eq!(id_of(&texts, 0, "عبد الله الهاشمي"), id_of(&texts, 1, "عبدالله الهاشمي"));
        let texts = ["وقال القائد علي رضا تنكسيري إن السفينة احتجزت.", "وأكد الأدميرال عليرضا تنغسيري أن السفينة احتجزت."];
        assert_eq!(id_of(&texts, 0, "علي رضا تنكسيري"), id_of(&texts, 1, "عليرضا تنغسيري"));
        // Two Arabic names one letter apart are still two people.
        let texts = ["وقال النائب كمال يوسف إن الدعوى رفعت أمس.", "وقال النائب جمال يوسف إن الدعوى رفعت أمس."];
        assert_ne!(id_of(&texts, 0, "كمال يوسف"), id_of(&texts, 1, "جمال يوسف"));
    }

    /// A given name alone, then a word that looks like a family name: one person; not
    /// a place after it.
    #[test]
    fn a_given_name_takes_the_family_name_the_tagger_left_out() {
        let t = "وقال المتحدث باسم الحكومة كمال شهرياري إن الاجتماع تأجل.";
        assert!(found(t, EntityType::Per).contains(&"كمال شهرياري".to_string()), "{:?}", all(t));
        // A given name of the curated list that general Arabic knows too (نادية) before
        // the name the tagger found.
        let t = "وقالت رئيسة البلدية نادية بوزيان إن الأشغال انطلقت.";
        assert!(found(t, EntityType::Per).contains(&"نادية بوزيان".to_string()), "{:?}", all(t));
        let t = "وغادر كمال طهران مساء الأحد.";
        assert!(!found(t, EntityType::Per).contains(&"كمال طهران".to_string()), "{:?}", all(t));
        // (Nor the preposition على written with its ى, which the lists read as علي.)
        let t = "سيطرت القوات على كوراخوفو في منطقة دونيتسك.";
        assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
    }

    /// A given name the tagger found alone, then an indefinite word in ي that general
    /// Arabic reads as an adjective: the family name (Persian names so written); not a
    /// definite family name before a predicate, nor a word in ى.
    #[test]
    fn a_family_name_that_looks_like_an_adjective() {
        let t = "وقال المتحدث باسم الخارجية إسماعيل بقائي إن الجولة ستعقد في مسقط، وأكد رئيس منظمة الطاقة الذرية محمد إسلامي أن البرنامج سلمي.";
        assert_eq!(found(t, EntityType::Per), ["إسماعيل بقائي", "محمد إسلامي"], "{:?}", all(t));
        let t = "ورأى الكاتب أن نجيب محفوظ إحدى علامات الرواية.";
        assert!(!found(t, EntityType::Per).iter().any(|p| p.contains("إحدى")), "{:?}", all(t));
    }

    /// Long names: a body named after a titled person with what it is for; a union of
    /// a plural in the construct state; an office is not named after the person.
    #[test]
    fn long_organization_names() {
        let t = "وافتتحت مؤسسة الشيخ زايد للأعمال الخيرية والإنسانية مدرسة جديدة.";
        assert!(found(t, EntityType::Org).contains(&"مؤسسة الشيخ زايد للأعمال الخيرية والإنسانية".to_string()), "{:?}", all(t));
        let t = "ودعت نقابة معلمي المدارس إلى إضراب عام.";
        assert!(found(t, EntityType::Org).contains(&"نقابة معلمي المدارس".to_string()), "{:?}", all(t));
        let t = "وقال مكتب الرئيس ماكرون إن الزيارة تأجلت.";
        assert!(found(t, EntityType::Org).iter().all(|o| !o.contains("ماكرون")), "{:?}", all(t));
    }

    /// A word general Arabic does not know after a place head is the place; a
    /// definite body head before a person's name is a description.
    #[test]
    fn a_place_after_its_head_and_a_person_after_a_definite_head() {
        let t = "وغرق القارب قرب جزيرة لامبيدوزا فجر اليوم.";
        assert!(found(t, EntityType::Loc).contains(&"لامبيدوزا".to_string()), "{:?}", all(t));
        let t = "وقال الأمين العام للنقابة الهادي الزغلامي إن الإضراب سيستمر.";
        assert!(found(t, EntityType::Org).iter().all(|o| !o.contains("الزغلامي")), "{:?}", all(t));
    }

    /// A well-known name of one word with the article (الإنتربول) is marked where the
    /// tagger missed it; one that is also an ordinary word (البرهان, "the proof") is not.
    #[test]
    fn a_known_name_with_its_article() {
        let t = "وقال إن التحقيق يجري بالتعاون مع الإنتربول منذ أمس.";
        assert!(found(t, EntityType::Org).contains(&"الإنتربول".to_string()), "{:?}", all(t));
        let t = "وهذا هو البرهان القاطع على صحة الرواية.";
        assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
    }

    /// A listed person's name of one word with the article, right after a title, is the
    /// person (الرئيس السيسي), though general Arabic knows the word; where no title
    /// stands before it, as above, such a word is left to the tagger.
    #[test]
    fn a_known_person_after_a_title() {
        for t in ["وقال الرئيس السيسي إن مصر لن تسمح بذلك.", "استقبل الرئيس السيسي بقصر الاتحادية وفدا من الكونغرس."] {
            assert!(found(t, EntityType::Per).contains(&"السيسي".to_string()), "{:?}", all(t));
        }
    }

    /// A masculine adjective after a feminine head and a masculine noun is the noun's,
    /// in the name.
    #[test]
    fn an_adjective_of_the_inner_noun_is_in_the_name() {
        let t = "وأعلنت حركة الأمل الجديد مشاركتها في الانتخابات.";
        let orgs = found(t, EntityType::Org);
        assert!(orgs.contains(&"حركة الأمل الجديد".to_string()), "{:?}", all(t));
    }

    /// A definite body head with "supreme" is a body's name.
    #[test]
    fn supreme_bodies_are_names() {
        let t = "وطعن الحزب أمام المحكمة الدستورية العليا في القرار.";
        assert!(found(t, EntityType::Org).contains(&"المحكمة الدستورية العليا".to_string()), "{:?}", all(t));
        let t = "وقال المجلس الأعلى للقضاء إن التحقيق مستمر.";
        assert!(found(t, EntityType::Org).contains(&"المجلس الأعلى للقضاء".to_string()), "{:?}", all(t));
    }

    /// A body's name begins at its definite head, not at the verb before it.
    #[test]
    fn a_body_begins_at_its_head() {
        let t = "الرباط (رويترز) - فتح الاتحاد الدولي لكرة السلة (فيبا) تحقيقا في صفقة انتقال اللاعب.";
        assert!(found(t, EntityType::Org).iter().all(|o| !o.starts_with("فتح")), "{:?}", all(t));
    }

    /// A first line of a place, a dash and an agency's letters names the agency.
    #[test]
    fn an_agency_after_a_dateline_dash() {
        let t = "بغداد - أ ش أ\nوصل الوفد إلى المدينة صباح اليوم.";
        assert!(found(t, EntityType::Org).contains(&"أ ش أ".to_string()), "{:?}", all(t));
        let t = "القاهرة - وكالات\nوصل الوفد إلى المدينة صباح اليوم.";
        assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
    }
}

/// The curated list of given names holds no titles and no common nouns
/// (tools/gazetteers.py, NOT_GIVEN): they made the word before a person look like part
/// of the name.
#[test]
fn titles_and_common_nouns_are_no_given_names() {
    use isnad::entities::gazetteer::{bare, word_flags, GIVEN};
    let flags = |w: &str| word_flags(bare(&isnad::normalize::search_text(w)));
    for w in ["الرئيس", "السيد", "الأمير", "باسم", "لقاء", "القائد", "السفير"] {
        assert_eq!(flags(w) & GIVEN, 0, "{w}");
    }
    for w in ["محمد", "فيصل", "فادي", "كريم", "سلمى"] {
        assert_ne!(flags(w) & GIVEN, 0, "{w}");
    }
}

/// What a report about a country's bodies and its people names, and how the names link.
mod country_bodies_and_spellings {
    use super::all;
    use isnad::entities::{link_articles, EntityType};


    fn has(text: &str, surface: &str, kind: EntityType) -> bool {
        all(text).iter().any(|(s, k)| s == surface && *k == kind)
    }

    /// The ids of the mentions `surface` in the articles of a linked analysis.
    fn ids(texts: &[&str], surface: &str) -> Vec<String> {
        let arts: Vec<(&str, &str)> = texts.iter().enumerate().map(|(i, t)| (["a", "b", "c"][i], *t)).collect();
        let an = link_articles(&arts);
        let mut out = Vec::new();
        for (a, t) in texts.iter().enumerate() {
            out.extend(an.articles[a].entities.iter().filter(|m| &t[m.start..m.end] == surface).map(|m| m.id.clone()));
        }
        out
    }

    /// A spokesman speaks "in its name" (باسمه): the person's name begins after it.
    #[test]
    fn a_spokesman_in_its_name_is_no_part_of_the_name() {
        let t = "ورفضت الوزارة التعليق، لكن المتحدث باسمها أندريه رودينكو قال إن المحادثات مستمرة.";
        let people: Vec<String> = all(t).into_iter().filter(|(_, k)| *k == EntityType::Per).map(|(s, _)| s).collect();
        assert!(people.iter().all(|p| !p.starts_with("باسم")), "{people:?}");
        assert!(people.contains(&"أندريه رودينكو".to_string()), "{people:?}");
    }

    /// A parliament, an army or a state broadcaster named by its country's adjective
    /// is a body, also after a preposition; with another adjective it is a description.
    #[test]
    fn a_countrys_parliament_and_broadcaster_are_bodies() {
        let t = "وصوت البرلمان الأوكراني على القانون، وقال مسؤول للتلفزيون الإيراني إن طهران تتابع.";
        assert!(has(t, "البرلمان الأوكراني", EntityType::Org), "{:?}", all(t));
        assert!(has(t, "لتلفزيون الإيراني", EntityType::Org), "{:?}", all(t));
        let t = "وبث التلفزيون الرسمي صور الاجتماع.";
        assert!(!all(t).iter().any(|(s, _)| s.contains("التلفزيون")), "{:?}", all(t));
    }

    /// Belarus by its two names is one place, never Russia; platforms are bodies.
    #[test]
    fn belarus_is_not_russia_and_platforms_are_named() {
        let a = "ونقل الأسرى إلى روسيا البيضاء قبل عودتهم إلى روسيا، بحسب منشور على فيسبوك.";
        let b = "وقالت حكومة بيلاروسيا إن الطائرة هبطت في مينسك.";
        assert!(has(a, "روسيا البيضاء", EntityType::Loc), "{:?}", all(a));
        assert!(has(a, "فيسبوك", EntityType::Org), "{:?}", all(a));
        let belarus = ids(&[a, b], "روسيا البيضاء");
        assert_eq!(belarus, ids(&[a, b], "بيلاروسيا"), "{:?}", all(b));
        assert_ne!(belarus, ids(&[a, b], "روسيا"));
    }

    /// An agency's acronym in quote marks right after its name is the agency.
    #[test]
    fn an_acronym_in_quote_marks_after_a_body() {
        let t = "وذكرت وكالة الأنباء الليبية \"لانا\" أن الوفد وصل إلى طرابلس.";
        assert!(has(t, "لانا", EntityType::Org), "{:?}", all(t));
        assert_eq!(ids(&[t], "لانا"), ids(&[t], "وكالة الأنباء الليبية"));
        // A one-word quotation with the article after a body is still a quotation.
        let t = "ووصفت وزارة الخارجية القرار بأنه \"الأخطر\" منذ سنوات.";
        assert!(!has(t, "الأخطر", EntityType::Org), "{:?}", all(t));
    }

    /// A foreign person's name in its Ukrainian and Russian forms is one person; two
    /// persons of one given name and two Arabic names one vowel apart stay apart.
    #[test]
    fn a_foreign_given_name_in_two_forms_is_one_person() {
        let a = "وقال الرئيس الأوكراني فولوديمير زيلينسكي إن الأسرى عادوا.";
        let b = "وكان الرئيس الأوكرانى فلاديمير زيلنسكى قد أعلن التبادل، فيما ترأس فلاديمير ميدينسكي الوفد الروسي.";
        let z = ids(&[a, b], "فولوديمير زيلينسكي");
        assert_eq!(z.len(), 1, "{:?}", all(a));
        assert_eq!(z, ids(&[a, b], "فلاديمير زيلنسكى"), "{:?}", all(b));
        assert_ne!(z, ids(&[a, b], "فلاديمير ميدينسكي"));
        let a = "وقال المدير سليمان العتيبي إن المشروع تأخر.";
        let b = "وأكد المهندس سلمان العتيبي أن العمل مستمر.";
        let (x, y) = (ids(&[a, b], "سليمان العتيبي"), ids(&[a, b], "سلمان العتيبي"));
        assert!(!x.is_empty() && !y.is_empty() && x != y, "{:?} {:?}", all(a), all(b));
    }
}

/// Names of a conference report: a surname after a verb that begins like the article,
/// a title's purpose after a well-known name, a government's seat.
mod conference {
    use super::all;
    use isnad::entities::EntityType;


    #[test]
    fn a_surname_after_a_verb_that_begins_like_the_article() {
        let t = "وقال وزير الخارجية أيمن الصفدي إن الأردن يستضيف اللاجئين. والتقى الصفدي نظيره الفرنسي.";
        let people = all(t).into_iter().filter(|(_, k)| *k == EntityType::Per).count();
        assert_eq!(people, 2, "{:?}", all(t));
    }

    #[test]
    fn what_an_office_of_the_un_is_for_is_not_the_uns_name() {
        let t = "وحذر المفوض السامي للأمم المتحدة لشؤون اللاجئين من تراجع التمويل.";
        assert!(all(t).iter().any(|(s, k)| s == "لأمم المتحدة" && *k == EntityType::Org), "{:?}", all(t));
        // A body whose name holds what it is for keeps it.
        let t = "وقال الأمين العام للاتحاد العام التونسي للشغل إن الإضراب قائم.";
        assert!(all(t).iter().any(|(s, _)| s == "لاتحاد العام التونسي للشغل"), "{:?}", all(t));
    }

    #[test]
    fn a_governments_seat() {
        let t = "واستقبل رئيس الحكومة في السراي الحكومي سفراء الاتحاد الأوروبي.";
        assert!(all(t).iter().any(|(s, _)| s == "السراي الحكومي"), "{:?}", all(t));
    }
}

/// Names of an energy report: cubic feet, and a company named alone before its chief.
mod energy {
    use super::all;
    use isnad::entities::EntityType;


    #[test]
    fn cubic_feet_are_a_unit_and_the_verb_is_not() {
        let t = "وتقدر احتياطيات الحقل بنحو 2 تريليون قدم مكعب من الغاز.";
        assert!(all(t).iter().any(|(s, k)| s == "نحو 2 تريليون قدم مكعب" && *k == EntityType::Quantity), "{:?}", all(t));
        let t = "وفي عام 2019 قدم الوزير استقالته.";
        assert!(!all(t).iter().any(|(s, _)| s.contains("قدم")), "{:?}", all(t));
    }

    #[test]
    fn a_field_named_by_a_name_keeps_its_head() {
        let t = "وتسعى الشركة إلى ربط حقل أفروديت القبرصي وحقل ليفياثان بالتسهيلات المصرية، فيما يعمل الفريق في هذا الحقل منذ سنوات. وزرع المزارع حقل قمح.";
        let places: Vec<String> = all(t).into_iter().filter(|(_, k)| *k == EntityType::Loc).map(|(s, _)| s).collect();
        assert_eq!(places, ["حقل أفروديت", "حقل ليفياثان"], "{:?}", all(t));
    }

    #[test]
    fn a_body_named_alone_before_its_chief() {
        let t = "وقالت شركة توتال إنرجيز إن المشروع تأخر. وأكد الرئيس التنفيذي لتوتال إنرجيز باتريك بويانيه أن العمل مستمر، فيما تراجعت أسهم إنرجيز.";
        let t2 = "وقالت شركة فيتول إن الشحنة وصلت. وأكد الرئيس التنفيذي لفيتول راسل هاردي أن العقود قائمة.";
        for t in [t, t2] {
            let got = all(t);
            assert!(!got.iter().any(|(s, k)| *k == EntityType::Per && s.starts_with('ل')), "{got:?}");
        }
        let got = all(t2);
        assert!(got.iter().any(|(s, k)| s == "راسل هاردي" && *k == EntityType::Per), "{got:?}");
    }
}

/// Names of a space report: craft in quote marks, a centre named after a person without
/// a title, an agency's letters after a dateline's dash, a company of the list.
mod space {
    use super::all;
    use isnad::entities::EntityType;


    #[test]
    fn craft_in_quote_marks_are_names_whole() {
        let t = "وأطلق المركز القمر الاصطناعي \"خليفة سات\" على متن الصاروخ \"فالكون 9\" الأسبوع الماضي.";
        let got = all(t);
        assert!(got.contains(&("خليفة سات".to_string(), EntityType::Misc)), "{got:?}");
        assert!(got.contains(&("فالكون 9".to_string(), EntityType::Misc)), "{got:?}");
    }

    #[test]
    fn a_centre_named_after_a_person_without_a_title() {
        let t = "وأعلن مركز محمد بن راشد للفضاء نجاح المهمة.";
        assert!(all(t).contains(&("مركز محمد بن راشد للفضاء".to_string(), EntityType::Org)), "{:?}", all(t));
        // Without what the body is for, the person stays a person (a school of his).
        let t = "وزار الوفد مدرسة محمد بن راشد أمس.";
        assert!(!all(t).iter().any(|(s, k)| *k == EntityType::Org && s.contains("محمد")), "{:?}", all(t));
    }

    #[test]
    fn an_agency_after_a_dateline_dash_is_whole_and_a_listed_company_is_no_verb() {
        for (t, outlet) in [("دبي – وام: أعلن المركز إطلاق القمر.", "وام"), ("الرياض – واس: وصل الوفد.", "واس")] {
            assert!(all(t).contains(&(outlet.to_string(), EntityType::Org)), "{:?}", all(t));
        }
        let t = "وانطلق الصاروخ التابع لشركة سبيس إكس من كاليفورنيا.";
        assert!(all(t).contains(&("سبيس إكس".to_string(), EntityType::Org)), "{:?}", all(t));
    }
}

/// باسم with its pronoun is "in the name of"; the given name باسمة, which `search` form
/// writes like باسمه, keeps its ة as written.
#[test]
fn in_the_name_of_is_not_the_given_name() {
    use isnad::entities::gazetteer::in_the_name_of;
    use isnad::normalize::search_text;
    for w in ["باسم", "باسمه", "باسمها", "باسمهم"] {
        assert!(in_the_name_of(&search_text(w), w), "{w}");
    }
    assert!(!in_the_name_of(&search_text("باسمة"), "باسمة"));
    assert!(!in_the_name_of(&search_text("باسمات"), "باسمات"));
}

/// Bodies, palaces, houses and unions of reports on elections, culture and diplomacy
/// (the gold8 helper's fixes; the sentences are written for these tests).
mod named_bodies {
    use super::all;
    use isnad::entities::{entities, EntityType};

    fn has(text: &str, name: &str, kind: EntityType) -> bool {
        entities(text).iter().any(|e| &text[e.start..e.end] == name && e.kind == kind)
    }

    /// A university, a hospital or a theatre before a person's full name is named after
    /// the person, with or without what it is for; a king's name ends with his ordinal.
    #[test]
    fn bodies_named_after_a_person_without_their_aim() {
        let text = "ودرّس الروائي الأدب بجامعة الحسن الثاني سنوات.";
        assert!(has(text, "جامعة الحسن الثاني", EntityType::Org), "{:?}", all(text));
        let text = "وتخرج الباحث من جامعة الحسن الثاني قبل أن يعمل في مستشفى رفيق الحريري ببيروت.";
        assert!(has(text, "جامعة الحسن الثاني", EntityType::Org), "{:?}", all(text));
        assert!(has(text, "مستشفى رفيق الحريري", EntityType::Org), "{:?}", all(text));
        let text = "وقدمت الفرقة عرضها بالمسرح الوطني عبد الله الثاني في المساء.";
        assert!(has(text, "المسرح الوطني عبد الله الثاني", EntityType::Org), "{:?}", all(text));
        // (A person's office is his own: مكتب is no such head.)
        let text = "وقال مكتب رجب طيب أردوغان إن الزيارة تأجلت.";
        assert!(!has(text, "مكتب رجب طيب أردوغان", EntityType::Org), "{:?}", all(text));
    }

    /// A palace is named with its head; قصر before "duration" is shortness.
    #[test]
    fn palaces_with_their_head() {
        let text = "واستقبل الرئيس ضيفه في قصر الضيافة بعد ظهر اليوم.";
        assert!(has(text, "قصر الضيافة", EntityType::Loc), "{:?}", all(text));
        let text = "واشتكى اللاعبون من قصر المدة بين المباراتين.";
        assert!(!entities(text).iter().any(|e| text[e.start..e.end].starts_with("قصر")), "{:?}", all(text));
    }

    /// A mosque is named with its head before a people's word or a person; before an
    /// ordinary word (the village's, the quarter's mosque) it names nothing.
    #[test]
    fn mosques_with_their_head() {
        let text = "وصلى الوفد الجمعة في جامع الأندلسيين قبل أن يزور مسجد الأقمر في المساء.";
        assert!(has(text, "جامع الأندلسيين", EntityType::Loc), "{:?}", all(text));
        assert!(has(text, "مسجد الأقمر", EntityType::Loc), "{:?}", all(text));
        // (A title between; a person runs on over no second mosque's head.)
        let text = "وتدرس الوزارة ترميم مساجد أثرية بينها مسجد السلطان حسن وجامع الأقمر، مشيرة إلى أن الأعمال تبدأ قريبا.";
        assert!(has(text, "مسجد السلطان حسن", EntityType::Loc), "{:?}", all(text));
        assert!(has(text, "جامع الأقمر", EntityType::Loc), "{:?}", all(text));
        let text = "وأعيد فتح جامع الحي بعد ترميمه، وتبرع جامع التبرعات بماله.";
        assert!(!entities(text).iter().any(|e| text[e.start..e.end].contains("جامع")), "{:?}", all(text));
    }

    /// دار and a definite noun with its adjective or a second field name a house; دار
    /// النشر alone names nothing.
    #[test]
    fn houses_that_name_an_institution() {
        let text = "وأصدرت دار الإفتاء الليبية بيانا حول الهلال.";
        assert!(has(text, "دار الإفتاء الليبية", EntityType::Org), "{:?}", all(text));
        let text = "وتحفظ دار المخطوطات والوثائق الوطنية نسخة من الكتاب.";
        assert!(has(text, "دار المخطوطات والوثائق الوطنية", EntityType::Org), "{:?}", all(text));
        let text = "ورفضت دار النشر طباعة الكتاب.";
        assert!(!entities(text).iter().any(|e| text[e.start..e.end].contains("دار")), "{:?}", all(text));
        // (A second adjective joined by و is the name's too.)
        let text = "وطالبت دار الخدمات النقابية والعمالية بفتح تحقيق في الفصل.";
        assert!(has(text, "دار الخدمات النقابية والعمالية", EntityType::Org), "{:?}", all(text));
    }

    /// A coordination of movements or committees with its members' plural noun.
    #[test]
    fn coordinations_of_movements() {
        let text = "ودعت تنسيقية لجان الأحياء إلى التظاهر يوم الجمعة.";
        assert!(has(text, "تنسيقية لجان الأحياء", EntityType::Org), "{:?}", all(text));
        let text = "وأعلنت تنسيقية القوى الوطنية رفضها للاتفاق.";
        assert!(has(text, "تنسيقية القوى الوطنية", EntityType::Org), "{:?}", all(text));
    }

    /// الاتحاد alone after the union was named in full is that union; before, or before
    /// a definite word, it is not.
    #[test]
    fn a_union_named_again_by_its_head() {
        let text = "وانتقد الاتحاد الأفريقي الانقلاب. وأكد الاتحاد في بيانه أن العقوبات قائمة.";
        let got: Vec<_> = entities(text).into_iter().filter(|e| &text[e.start..e.end] == "الاتحاد").collect();
        assert!(got.len() == 1 && got[0].kind == EntityType::Org, "{:?}", all(text));
        let text = "وأكد الاتحاد في بيانه أن البطولة تأجلت.";
        assert!(!entities(text).iter().any(|e| &text[e.start..e.end] == "الاتحاد"), "{:?}", all(text));
        let linked = isnad::entities::link_articles(&[("a", "ودعا الاتحاد الأوروبي إلى التهدئة، وقال الاتحاد إن الحوار ممكن.")]);
        let ids: Vec<_> = linked.articles[0].entities.iter().filter(|m| m.kind == EntityType::Org).map(|m| m.id.clone()).collect();
        assert!(ids.len() == 2 && ids[0] == ids[1], "{ids:?}");
    }

    /// Maghreb parties by their full names and by the acronyms outlets write in Arabic
    /// letters, linked as one party.
    #[test]
    fn maghreb_parties_and_their_acronyms() {
        let text = "وتراجع الأرسيدي في منطقة القبائل، فيما حافظ البيجيدي على مقاعده في طنجة.";
        assert!(has(text, "الأرسيدي", EntityType::Org), "{:?}", all(text));
        assert!(has(text, "البيجيدي", EntityType::Org), "{:?}", all(text));
        let linked = isnad::entities::link_articles(&[("a", "وحل التجمع الوطني الديمقراطي ثانيا في الانتخابات."), ("b", "وقال قيادي في الأرندي إن الحزب سيدعم الحكومة.")]);
        let ids: Vec<Vec<String>> = linked.articles.iter().map(|a| a.entities.iter().filter(|m| m.kind == EntityType::Org).map(|m| m.id.clone()).collect()).collect();
        assert!(ids[0].len() == 1 && ids[0] == ids[1], "{ids:?}");
    }

    /// A country whose name is also an adjective (مالي, "financial") is the country
    /// where the text names it so, after و joined to a place, and after ل or ب; the
    /// adjective stays an adjective in a text that names no such country.
    #[test]
    fn a_country_that_is_also_an_adjective() {
        let text = "وتوترت العلاقات بين النيجر ومالي منذ انسحاب مالي من المجموعة، وأعلنت الحكومة دعمها لمالي.";
        let n = entities(text).iter().filter(|e| text[e.start..e.end].ends_with("مالي") && e.kind == EntityType::Loc).count();
        assert_eq!(n, 3, "{:?}", all(text));
        let text = "وحصلت الشركة على دعم مالي كبير من البنك.";
        assert!(!entities(text).iter().any(|e| text[e.start..e.end].contains("مالي")), "{:?}", all(text));
    }

    /// A prize named after a person or a place goes on over what it is given for; a
    /// work's title in quote marks after its head with a pronoun (روايتها «…») is the
    /// work.
    #[test]
    fn prizes_for_a_field_and_works_with_a_pronoun() {
        let text = "وفاز الشاعر العراقي بجائزة القاهرة للإبداع العربي في دورتها الأخيرة.";
        assert!(has(text, "جائزة القاهرة للإبداع العربي", EntityType::Misc), "{:?}", all(text));
        let text = "ونشرت الكاتبة روايتها «بيت في آخر الشارع» العام الماضي.";
        assert!(has(text, "بيت في آخر الشارع", EntityType::Misc), "{:?}", all(text));
    }

    /// A body the tagger found by its head and name goes on over what it is for and a
    /// second aim; a ministry over its second field and its people abroad.
    #[test]
    fn aims_and_second_fields_of_bodies() {
        let text = "وقال الباحث في مركز الخليج للدراسات الأمنية والاستراتيجية إن الاتفاق هش.";
        assert!(has(text, "مركز الخليج للدراسات الأمنية والاستراتيجية", EntityType::Org), "{:?}", all(text));
        let text = "وأعلنت وزارة التعليم العالي والبحث العلمي نتائج المسابقة.";
        assert!(has(text, "وزارة التعليم العالي والبحث العلمي", EntityType::Org), "{:?}", all(text));
        // (Ethics is a committee's field: لجنة الانضباط والأخلاق.)
        let text = "وقررت لجنة الانضباط والأخلاق إيقاف اللاعب مباراتين.";
        assert!(has(text, "لجنة الانضباط والأخلاق", EntityType::Org), "{:?}", all(text));
    }

    /// A body named without "national" inside a name that ends with its aim is one body;
    /// without an aim the two names may be two bodies.
    #[test]
    fn a_body_named_without_national() {
        let linked = isnad::entities::link_articles(&[
            ("a", "وأعلنت الهيئة الوطنية المستقلة للانتخابات النتائج الأولية."),
            ("b", "وقالت الهيئة المستقلة للانتخابات إن المشاركة ضعيفة."),
        ]);
        let ids: Vec<Vec<String>> = linked.articles.iter().map(|a| a.entities.iter().filter(|m| m.kind == EntityType::Org).map(|m| m.id.clone()).collect()).collect();
        assert!(ids[0].len() == 1 && ids[0] == ids[1], "{ids:?}");
    }

    /// A bloc's name in quote marks after تكتل is the bloc; a national library named
    /// with its kingdom after ل is one name, over the tagger's place.
    #[test]
    fn blocs_in_quotes_and_national_libraries() {
        let text = "وأعلن تكتل \"القوى الجديدة\" مقاطعته للجلسة.";
        assert!(has(text, "القوى الجديدة", EntityType::Org), "{:?}", all(text));
        let text = "وتحتفظ المكتبة الوطنية للمملكة الأردنية الهاشمية بنسخة من المخطوط.";
        assert!(entities(text).iter().any(|e| text[e.start..e.end].starts_with("المكتبة الوطنية للمملكة") && e.kind == EntityType::Org), "{:?}", all(text));
    }

    /// The Omani agency's dateline puts the outlet between slashes after the date; an
    /// embassy before its country is one body.
    #[test]
    fn slashed_dateline_outlets_and_embassies() {
        let text = "صحار في 9 أبريل /العمانية/ افتتح وزير التجارة المعرض.";
        assert!(has(text, "العمانية", EntityType::Org), "{:?}", all(text));
        let text = "وتظاهر العشرات أمام سفارة فرنسا في العاصمة.";
        assert!(has(text, "سفارة فرنسا", EntityType::Org), "{:?}", all(text));
    }

    /// An agreement named after a place and what it is for is one name.
    #[test]
    fn agreements_named_after_places() {
        let text = "وتعهدت الدول باحترام اتفاقية باريس للمناخ رغم الخلافات.";
        assert!(has(text, "اتفاقية باريس للمناخ", EntityType::Misc), "{:?}", all(text));
    }

    /// A compound given name and a family name the tagger took for a place are one
    /// person.
    #[test]
    fn a_compound_given_name_before_a_place_like_family_name() {
        let text = "وقال الأمين العام عبد الرحمن تونس إن الحزب سيشارك.";
        assert!(has(text, "عبد الرحمن تونس", EntityType::Per), "{:?}", all(text));
    }
}

/// Names of a markets report: firms of the list that begin with و (not the
/// conjunction), the central bank of the United States named four ways, and a foreign
/// given name that begins with ك (not the preposition).
mod firms_and_foreign_names {
    use super::all;
    use isnad::entities::EntityType;

    fn has(t: &str, surface: &str, kind: EntityType) -> bool {
        all(t).iter().any(|(s, k)| s == surface && *k == kind)
    }

    #[test]
    fn firms_that_begin_with_waw_are_whole_organizations() {
        let t = "وتوقع ويلز فارغو ارتفاع العائدات، فيما رجحت وود ماكينزي تراجع الطلب على الديزل.";
        assert!(has(t, "ويلز فارغو", EntityType::Org), "{:?}", all(t));
        assert!(has(t, "وود ماكينزي", EntityType::Org), "{:?}", all(t));
        let t = "ونشر مورغان ستانلي تقريرا عن السندات، ورد عليه محللو سيتي غروب.";
        assert!(has(t, "مورغان ستانلي", EntityType::Org), "{:?}", all(t));
        assert!(has(t, "سيتي غروب", EntityType::Org), "{:?}", all(t));
    }

    #[test]
    fn the_fed_by_its_arabic_names() {
        for (t, name) in [
            ("وأبقى الاحتياطي الاتحادي أسعار الفائدة دون تغيير.", "الاحتياطي الاتحادي"),
            ("وينتظر المستثمرون قرار الفيدرالي الأميركي الأسبوع المقبل.", "الفيدرالي الأميركي"),
        ] {
            assert!(has(t, name, EntityType::Org), "{:?}", all(t));
        }
    }

    fn id_of(texts: &[&str], a: usize, surface: &str) -> String {
        let arts: Vec<(&str, &str)> = texts.iter().enumerate().map(|(i, t)| (["a", "b", "c"][i], *t)).collect();
        let an = isnad::entities::link::link_articles(&arts);
        let m = an.articles[a].entities.iter().find(|m| &texts[a][m.start..m.end] == surface);
        m.unwrap_or_else(|| panic!("{surface} in {:?}", all(texts[a]))).id.clone()
    }

    /// African and European names that outlets spell differently in more than one
    /// letter: a long vowel inside, ش or تش, و or ف, a final ه.
    #[test]
    fn spellings_of_foreign_names_link() {
        let texts = ["وقال العداء الكيني ويلسون تشيبكيتش إن السباق كان صعبا.", "وأكد ويلسون شيبكيش أن السباق كان صعبا."];
        assert_eq!(id_of(&texts, 0, "ويلسون تشيبكيتش"), id_of(&texts, 1, "ويلسون شيبكيش"));
        let texts = ["وقال الحارس مارتن فاغنر إن الفريق جاهز.", "وأكد مارتن واغنر أن الفريق جاهز."];
        assert_eq!(id_of(&texts, 0, "مارتن فاغنر"), id_of(&texts, 1, "مارتن واغنر"));
        let texts = ["وقال الوزير الغيني مامادو كوناتي إن المشروع مستمر.", "وأكد الوزير ممادو كوناتي أن المشروع مستمر.", "وقال الوزير مامادو كوناتيه إن المشروع مستمر."];
        let id = id_of(&texts, 0, "مامادو كوناتي");
        assert_eq!(id, id_of(&texts, 1, "ممادو كوناتي"));
        assert_eq!(id, id_of(&texts, 2, "مامادو كوناتيه"));
        // Arabic names the lists know, one long vowel apart, are two people.
        let texts = ["وقال النائب سعيد الكعبي إن الدعوى رفعت أمس.", "وقال النائب سعد الكعبي إن الدعوى رفعت أمس."];
        assert_ne!(id_of(&texts, 0, "سعيد الكعبي"), id_of(&texts, 1, "سعد الكعبي"));
    }

    /// What a body is for may begin with a noun whose first letters are أل (لألعاب
    /// القوى): not the article, which ل elides (لل).
    #[test]
    fn a_purpose_that_begins_with_al() {
        let t = "وقرر الاتحاد المغربي لألعاب القوى إيقاف المدرب مدى الحياة.";
        assert!(has(t, "الاتحاد المغربي لألعاب القوى", EntityType::Org), "{:?}", all(t));
        let t = "ونظمت الجمعية الوطنية لألعاب الأطفال معرضا في المدينة.";
        assert!(has(t, "الجمعية الوطنية لألعاب الأطفال", EntityType::Org), "{:?}", all(t));
    }

    /// A family name that is also an adjective without the article (روسي, "Russian")
    /// names the person alone after a verb or a definite noun, where an adjective of
    /// that form cannot stand; after an indefinite noun it is the adjective.
    #[test]
    fn a_surname_that_is_an_adjective_after_a_verb() {
        let t = "وأعلن النادي التعاقد مع المدافع ماتيو روسي لثلاثة مواسم. وأكد روسي أنه سعيد بالانتقال، فيما رحب دبلوماسي روسي بالصفقة.";
        let people: Vec<String> = all(t).into_iter().filter(|(_, k)| *k == EntityType::Per).map(|(s, _)| s).collect();
        assert_eq!(people, ["ماتيو روسي", "روسي"], "{:?}", all(t));
    }

    /// A name in quote marks after ل written apart, before what was said, is the
    /// outlet spoken to, whatever its words mean; other words so marked are not.
    #[test]
    fn the_outlet_spoken_to() {
        let t = "وقال الخبير لـ\"الوطن\": \"الأسعار سترتفع قبل الصيف\".";
        assert!(has(t, "الوطن", EntityType::Org), "{:?}", all(t));
        let t = "وأوضح المسؤول لـ«صدى البلد»، أن الموسم سيبدأ في موعده.";
        assert!(has(t, "صدى البلد", EntityType::Org), "{:?}", all(t));
        let t = "وتعرضت الشركة لـ\"ضغوط كبيرة\" من المساهمين خلال العام.";
        assert!(!all(t).iter().any(|(s, _)| s.contains("ضغوط")), "{:?}", all(t));
    }

    /// مالي is also "financial": in a list of places after و, or after a verb, it is
    /// the country; after a noun it stays the adjective.
    #[test]
    fn mali_in_a_list_of_places_and_after_a_verb() {
        let t = "ووقعت السنغال ومالي وموريتانيا اتفاقا لتقاسم مياه النهر.";
        assert!(has(t, "مالي", EntityType::Loc), "{:?}", all(t));
        let t = "وهددت مالي بالانسحاب من المنظمة الإقليمية.";
        assert!(has(t, "مالي", EntityType::Loc), "{:?}", all(t));
        let t = "وطالب النواب بدعم سياسي ومالي للمزارعين، ودفعت الشركة مقابل مالي عادل.";
        assert!(!all(t).iter().any(|(s, _)| s == "مالي"), "{:?}", all(t));
    }

    /// A body named by the kind of place it governs and the place: the body, whole.
    #[test]
    fn a_body_named_after_the_place_it_governs() {
        let t = "وعقدت لجنة حوض بحيرة تشاد اجتماعا طارئا، فيما قالت هيئة حوض نهر السنغال إن المنسوب ارتفع.";
        let got = all(t);
        assert!(got.iter().any(|(s, k)| s.starts_with("لجنة حوض") && *k == EntityType::Org), "{got:?}");
        assert!(got.iter().any(|(s, k)| s.starts_with("هيئة حوض نهر") && *k == EntityType::Org), "{got:?}");
        // A place after such a noun with no body's head stays the place.
        let t = "وتراجع منسوب المياه في حوض النيل خلال الصيف.";
        assert!(!all(t).iter().any(|(_, k)| *k == EntityType::Org), "{:?}", all(t));
    }

    /// A race named by its city is one event; an event with its year is the edition.
    #[test]
    fn races_and_editions() {
        let t = "وفاز العداء الإثيوبي بلقب ماراثون لندن للمرة الثانية، بعد فضية دورة الألعاب الأولمبية 2024.";
        let got = all(t);
        assert!(got.contains(&("ماراثون لندن".to_string(), EntityType::Misc)), "{got:?}");
        assert!(got.iter().any(|(s, k)| s.ends_with("الأولمبية 2024") && *k == EntityType::Misc), "{got:?}");
    }

    /// دائرة heads a department's name with a definite noun and its adjective; alone
    /// with a definite noun it is a circle (في دائرة الضوء).
    #[test]
    fn departments_named_dairat() {
        let t = "وأعلنت دائرة الأحوال المدنية تمديد ساعات العمل، فيما بقيت القضية في دائرة الضوء.";
        let got = all(t);
        assert!(got.contains(&("دائرة الأحوال المدنية".to_string(), EntityType::Org)), "{got:?}");
        assert!(!got.iter().any(|(s, _)| s.contains("الضوء")), "{got:?}");
    }

    /// "Central" after a bank named by a place of several words is the bank's.
    #[test]
    fn a_central_bank_named_by_a_long_place() {
        let t = "وقرر مصرف المملكة العربية السعودية المركزي تثبيت سعر الفائدة.";
        assert!(has(t, "مصرف المملكة العربية السعودية المركزي", EntityType::Org), "{:?}", all(t));
    }

    /// A natural feature's head after a proclitic is still in its name.
    #[test]
    fn a_feature_head_after_a_proclitic() {
        let t = "وتعتمد القرى على المياه الجوفية المحاذية لنهر الفرات وبحيرة الأسد.";
        let got = all(t);
        assert!(got.contains(&("نهر الفرات".to_string(), EntityType::Loc)), "{got:?}");
    }

    /// Two fields joined by و and the adjective after both are one body's name.
    #[test]
    fn a_body_of_two_fields_and_its_adjective() {
        let t = "ووافقت هيئة الغذاء والدواء الأمريكية على اللقاح الجديد.";
        assert!(has(t, "هيئة الغذاء والدواء الأمريكية", EntityType::Org), "{:?}", all(t));
        let t = "وقدم بنك التنمية والإعمار الأفريقي قرضا للمشروع.";
        assert!(has(t, "بنك التنمية والإعمار الأفريقي", EntityType::Org), "{:?}", all(t));
    }

    /// A country's adjective after a listed body's name describes it: the list's name
    /// is the mention (and the bank's head stays out, as for listed companies).
    #[test]
    fn a_country_adjective_after_a_listed_name() {
        let t = "وتوقع بنك مورغان ستانلي الأمريكي تباطؤ النمو في المنطقة.";
        assert!(has(t, "مورغان ستانلي", EntityType::Org), "{:?}", all(t));
        let t = "وهزم الرجاء الرياضي المغربي منافسه بهدفين.";
        assert!(has(t, "الرجاء الرياضي", EntityType::Org), "{:?}", all(t));
    }

    /// One percentage written with its sign or in words is one quantity.
    #[test]
    fn a_percentage_with_its_sign_or_in_words_links() {
        let texts = ["وارتفع التضخم إلى 3.5 بالمئة في مارس.", "وبلغ التضخم 3.5% في مارس.", "وسجل التضخم 3.5 في المائة وتراجع النمو إلى 4.5%."];
        let id = id_of(&texts, 0, "3.5 بالمئة");
        assert_eq!(id, id_of(&texts, 1, "3.5%"));
        assert_eq!(id, id_of(&texts, 2, "3.5 في المائة"));
        assert_ne!(id, id_of(&texts, 2, "4.5%"));
    }

    /// A family name that is a common word with the article, between a given name and
    /// a description set off by a comma, is the person's; a time word is not.
    #[test]
    fn a_family_name_before_a_description() {
        let t = "وقالت لينا القضاة، المحامية في مكتب العون القانوني، إن الدعوى قبلت.";
        assert!(has(t, "لينا القضاة", EntityType::Per), "{:?}", all(t));
        let t = "وقال سامر اليوم، المتحدث باسم البلدية، إن الطريق أغلقت.";
        assert!(!all(t).iter().any(|(s, _)| s.contains("اليوم")), "{:?}", all(t));
    }

    /// A listed platform's name that general Arabic writes with the article but not with
    /// suffixes is a name, not a word.
    #[test]
    fn a_listed_platform_after_a_preposition() {
        let t = "ونشرت اللاعبة صورا من المعسكر على حسابها في إنستغرام مساء الأحد.";
        assert!(all(t).iter().any(|(s, k)| s == "إنستغرام" && matches!(k, EntityType::Org | EntityType::Misc)), "{:?}", all(t));
    }

    /// One ordinary word after a dateline's dash is the outlet when the text names it as
    /// the outlet spoken to; otherwise it stays a byline's word (وكالات).
    #[test]
    fn a_dateline_outlet_named_again_in_the_text() {
        let t = "عمّان - الغد\nوقال المحلل لـ\"الغد\": \"الأسواق الخليجية ستتأثر بالقرار خلال أسابيع\".";
        let outlets: Vec<String> = all(t).into_iter().filter(|(s, k)| s == "الغد" && *k == EntityType::Org).map(|(s, _)| s).collect();
        assert_eq!(outlets.len(), 2, "{:?}", all(t));
        let t = "القاهرة - وكالات\nوقال المحلل إن الأسواق ستتأثر.";
        assert!(!all(t).iter().any(|(s, _)| s == "وكالات"), "{:?}", all(t));
    }

    /// A country named with its capital, to tell it from another of its name, is one
    /// place, the country.
    #[test]
    fn a_country_named_with_its_capital() {
        let texts = ["ووقعت غينيا كوناكري وسيراليون اتفاقا للصيد.", "وقالت غينيا إن الاتفاق يشمل الصيد الساحلي."];
        assert_eq!(id_of(&texts, 0, "غينيا كوناكري"), id_of(&texts, 1, "غينيا"));
    }

    #[test]
    fn a_given_name_keeps_its_kaf() {
        let t = "وأكد الحكم النمساوي كلاوس هوبر أن المباراة ستقام في موعدها.";
        assert!(has(t, "كلاوس هوبر", EntityType::Per), "{:?}", all(t));
        // The preposition before a country still goes.
        let t = "وتستورد دول كمصر والأردن القمح من أوكرانيا.";
        assert!(has(t, "مصر", EntityType::Loc), "{:?}", all(t));
    }
}

/// Rules after the tagger that lost mentions on ANERcorp's dev folds where any reader
/// agrees with ANERcorp (README, Entities: what each step costs on dev).
mod dev_losses {
    use super::all;
    use isnad::entities::EntityType;

    fn has(t: &str, s: &str, k: EntityType) -> bool {
        all(t).contains(&(s.to_string(), k))
    }

    #[test]
    fn a_country_in_brackets_after_a_club_stays_the_place() {
        let t = "وتغلب سلتيك (اسكتلندا) على كوبنهاغن (الدنمارك) بهدف نظيف.";
        assert!(has(t, "اسكتلندا", EntityType::Loc) && has(t, "الدنمارك", EntityType::Loc), "{:?}", all(t));
    }

    #[test]
    fn a_country_in_brackets_at_the_start_of_a_line_is_no_dateline_outlet() {
        let t = "ليون ( فرنسا ) - ميلان ( إيطاليا )";
        assert!(has(t, "فرنسا", EntityType::Loc), "{:?}", all(t));
    }

    #[test]
    fn a_foreign_place_no_list_knows_keeps_its_division_head_out() {
        let t = "وتقع الجامعة في ولاية نيو جيرسي على الساحل الشرقي.";
        assert!(has(t, "نيو جيرسي", EntityType::Loc), "{:?}", all(t));
    }

    #[test]
    fn a_definite_word_in_brackets_is_an_aside_not_a_short_name() {
        let t = "وانفجرت سيارة أمام مبنى محكمة المدينة (الفرنسية) صباح أمس.";
        assert!(!all(t).iter().any(|(s, _)| s == "الفرنسية"), "{:?}", all(t));
    }

    #[test]
    fn a_feminine_adjective_after_a_masculine_head_is_not_the_bodys() {
        let t = "وتمثل الخطوة دعما كبيرا لتمويل خطط البنك التنموية الدولية في المنطقة.";
        assert!(!all(t).iter().any(|(s, _)| s.contains("البنك التنموية")), "{:?}", all(t));
    }

    #[test]
    fn a_second_direction_keeps_the_region_whole_or_the_place_alone() {
        let t = "وتجول الوفد في دول جنوب شرق آسيا طوال الشهر الماضي.";
        assert!(!has(t, "شرق آسيا", EntityType::Loc), "{:?}", all(t));
    }

    #[test]
    fn a_person_named_elsewhere_is_the_person_after_theory() {
        let t = "نشر ألبرت أينشتاين بحثه الأول عام 1905. وغيرت نظرية أينشتاين فهم العلماء للزمن.";
        assert!(has(t, "أينشتاين", EntityType::Per), "{:?}", all(t));
        assert!(!all(t).iter().any(|(s, _)| s.contains("نظرية")), "{:?}", all(t));
    }

    #[test]
    fn the_board_of_directors_is_no_name() {
        let t = "وقال رئيس مجلس الإدارة إن الشركة حققت أرباحا قياسية هذا العام.";
        assert!(!all(t).iter().any(|(s, _)| s.contains("مجلس الإدارة")), "{:?}", all(t));
    }

    #[test]
    fn a_well_known_name_does_not_run_on_into_its_adjective() {
        let t = "وتلقى المسلحون دعما من حزب الله اللبناني خلال المواجهات الأخيرة.";
        assert!(has(t, "حزب الله", EntityType::Org), "{:?}", all(t));
    }

    #[test]
    fn a_club_after_the_coaching_staff_is_the_club() {
        let t = "ويسعى الجهاز الفني للأهلي إلى اختيار أفضل العناصر قبل المباراة.";
        assert!(!all(t).iter().any(|(s, _)| s.starts_with("الجهاز")), "{:?}", all(t));
    }

    #[test]
    fn a_period_or_a_season_is_no_purpose() {
        let t = "ووقعت مصر والاتحاد الأوروبي برنامجا للتعاون للفترة المقبلة.";
        assert!(has(t, "الاتحاد الأوروبي", EntityType::Org), "{:?}", all(t));
        let t = "وتسلم الاتحاد قائمة الفريق الأول بنادي الزمالك للموسم الجديد.";
        assert!(!all(t).iter().any(|(s, _)| s.contains("للموسم")), "{:?}", all(t));
    }
}

/// حركة with a definite noun alone is a motion, not a movement's name.
#[test]
fn motion_is_no_movement() {
    for t in ["وشهدت البورصة ارتفاعا في حركة التداول خلال الأسبوع.", "وتنبأ العالم بسرعة حركة الجسيمات في السائل."] {
        assert!(!all(t).iter().any(|(s, _)| s.starts_with("حركة")), "{:?}", all(t));
    }
    let t = "ونفت حركة المقاومة الإسلامية أي علاقة لها بالهجوم.";
    assert!(all(t).iter().any(|(s, k)| *k == EntityType::Org && s.contains("المقاومة")), "{:?}", all(t));
}

/// A family name after a title that is no country's adjective is the person's.
#[test]
fn a_surname_after_a_title_is_no_adjective() {
    let t = "وألقى الإمام الخميني خطابا في طهران عام 1979 أمام الآلاف.";
    assert!(all(t).contains(&("الخميني".to_string(), EntityType::Per)), "{:?}", all(t));
}

/// A text of one sentence keeps the first stage's names where the second stage, which
/// sees no other sentence, found none (an outlet after a dateline's dash), but not a
/// definite word after a definite noun, its adjective.
#[test]
fn one_sentence_keeps_the_first_stages_names() {
    let t = "بيروت – \"النهار\": شارك وزير الزراعة اللبناني في مؤتمر بروكسل أمس.";
    assert!(all(t).contains(&("النهار".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وأعلنت الحكومة السعودية دعم الحملة.";
    assert!(!all(t).iter().any(|(s, _)| s == "السعودية"), "{:?}", all(t));
}

/// A foreign name that begins like a verb is the name after a body's head.
#[test]
fn a_name_after_a_body_head_is_no_verb_phrase() {
    let t = "وقال المعلق العسكري لصحيفة يديعوت أحرونوت إن الجيش يستعد.";
    assert!(all(t).contains(&("يديعوت أحرونوت".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وتصل اليوم بعثة فريق أسيك أبيدجان إلى القاهرة.";
    assert!(all(t).contains(&("أسيك أبيدجان".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// The pilgrim's honorific goes on into the family name (وليد الحاج موسى, which the
/// tagger cut after الحاج), and a definite word the text uses as a thing (في المخيم)
/// does not end a person's name (nor becomes one alone).
#[test]
fn the_pilgrims_honorific_and_a_thing_after_a_name() {
    let t = "وزار المسؤول وليد الحاج موسى الملجأ بعد الظهر، وقال إن الوضع في الملجأ صعب.";
    assert!(all(t).contains(&("وليد الحاج موسى".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "وزار الوزير سليم الحاج حسن المخيم بعد الظهر، وقال إن الوضع في المخيم صعب.";
    assert!(all(t).contains(&("سليم الحاج حسن".to_string(), EntityType::Per)), "{:?}", all(t));
    assert!(!all(t).iter().any(|(s, _)| s.contains("المخيم")), "{:?}", all(t));
    // (A regnal number stays: في الخامس من is no reason to cut محمد الخامس.)
    let t = "وفي الخامس من مايو زار الملك محمد الخامس المدينة.";
    assert!(all(t).contains(&("محمد الخامس".to_string(), EntityType::Per)), "{:?}", all(t));
}

/// A participle after a body's purpose is its adjective (للطاقة المتجددة), unless it
/// governs a definite noun (المتوسطة الأجل).
#[test]
fn a_participle_after_a_purpose_is_in_the_name() {
    let t = "وأعلنت الوكالة الدولية للطاقة المتجددة أمس عن برنامج جديد.";
    assert!(all(t).contains(&("الوكالة الدولية للطاقة المتجددة".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// A given name before a European particle (يانيكه of فان دير بيرغ) is the person's.
#[test]
fn a_given_name_before_a_particle() {
    let t = "وقالت ممثلتها في الأردن، الهولندية يانيكه فان دير بيرغ، إن المساعدات وصلت.";
    assert!(all(t).contains(&("يانيكه فان دير بيرغ".to_string(), EntityType::Per)), "{:?}", all(t));
}

/// "Governor of" names a place (محافظ عكار), not a bank's governor.
#[test]
fn a_place_after_a_governor() {
    let t = "وأعلن محافظ البقاع إقفال المدارس بسبب العاصفة.";
    assert!(all(t).contains(&("البقاع".to_string(), EntityType::Loc)), "{:?}", all(t));
    let t = "وقال محافظ البنك المركزي إن التضخم تراجع.";
    assert!(!all(t).iter().any(|(s, k)| s == "البنك" && *k == EntityType::Loc), "{:?}", all(t));
}

/// The civil defence, named by its directorate or alone, is one body; Egypt's new
/// administrative capital is a place.
#[test]
fn civil_defence_and_the_new_capital() {
    let t = "وأخمدت فرق الدفاع المدني النيران، وقالت المديرية العامة للدفاع المدني إن التحقيق جار. وعقد الاجتماع في العاصمة الإدارية الجديدة.";
    let es = isnad::entities::entities(t);
    let ids: Vec<&String> = es.iter().filter(|e| t[e.start..e.end].contains("الدفاع المدني") || t[e.start..e.end].contains("للدفاع المدني")).map(|e| &e.id).collect();
    assert!(ids.len() == 2 && ids[0] == ids[1], "{:?}", all(t));
    assert!(all(t).contains(&("العاصمة الإدارية الجديدة".to_string(), EntityType::Loc)), "{:?}", all(t));
}

/// A curated given name and a definite family name of the lists that is also a title or a
/// common word (محمود الأمين) are one person; a surname spread after a verb stops before
/// a title (دعا الأمين العام: the secretary-general).
#[test]
fn a_definite_family_name_after_a_given_name() {
    let t = "وأوضح رئيس الجمعية محمود الأمين أن المحصول تراجع.";
    assert!(all(t).contains(&("محمود الأمين".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "وأوضح رئيس الجمعية محمود الأمين أن المحصول تراجع. ودعا الأمين العام للأمم المتحدة إلى الهدوء.";
    assert!(!all(t).iter().any(|(s, _)| s == "الأمين"), "{:?}", all(t));
}

/// A crossing named by its place is the place, even when the place's first word is a
/// given name (معبر كرم أبو سالم); one named after a king keeps its person out.
#[test]
fn a_crossing_is_named_by_its_place() {
    let t = "وقالت المنسقة إن دخول الشاحنات عبر معبر كرم أبو سالم ما زال محدودا.";
    assert!(all(t).contains(&("كرم أبو سالم".to_string(), EntityType::Loc)), "{:?}", all(t));
}

/// An outlet the text names, after ل, is whom a person spoke to (قال فلان لهسبريس);
/// a directorate's purpose of two words takes its adjective (لمراقبة التراب الوطني).
#[test]
fn an_outlet_after_a_name_and_a_directorates_purpose() {
    let t = "الرباط - هسبريس\nوقال الخبير الاقتصادي إدريس الفينة لهسبريس إن الأسعار سترتفع.";
    assert!(all(t).contains(&("إدريس الفينة".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "وأعلنت المديرية العامة لمراقبة التراب الوطني تفكيك خلية في طنجة.";
    assert!(all(t).contains(&("المديرية العامة لمراقبة التراب الوطني".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// ل, the article and a title after a person's name is whom the person spoke to (قالت
/// الماجري للقاضي), no word of the name.
#[test]
fn a_title_after_lam_ends_a_persons_name() {
    let t = "\"لم أفعل سوى أن أسأل عن الأدوية المفقودة في المستشفيات\"، قالت الماجري للقاضي قبل النطق بالحكم.";
    assert!(all(t).contains(&("الماجري".to_string(), EntityType::Per)), "{:?}", all(t));
}

/// A place does not run on over the given name of the person after it (في الشرق الأوسط
/// ديتمار زيغفريد); a company's name in quote marks after its head stays a name, though
/// it begins like a future verb (شركة "سيمنس للطاقة").
#[test]
fn a_place_before_a_person_and_a_quoted_company() {
    let t = "فيما أوضح رئيس سيمنس للطاقة في الشرق الأوسط ديتمار زيغفريد أن التنفيذ يبدأ.";
    let got = all(t);
    assert!(got.contains(&("الشرق الأوسط".to_string(), EntityType::Loc)) && got.contains(&("ديتمار زيغفريد".to_string(), EntityType::Per)), "{got:?}");
    let t = "وقعت الهيئة اتفاقية مع شركة \"سيمنس للطاقة\" الألمانية لتطوير المحطات.";
    assert!(all(t).contains(&("سيمنس للطاقة".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// A direction after the head of a division begins the division's name (ولاية شمال
/// كردفان); a stadium's head alone is no name (ستاد of ستاد القاهرة الدولي); Tunisia's
/// Espérance is a well-known club.
#[test]
fn a_direction_after_a_division_a_stadiums_head_and_a_club() {
    let t = "وأعلنت السلطات حظر التجول في ولاية جنوب كردفان بعد الاشتباكات.";
    assert!(all(t).contains(&("جنوب كردفان".to_string(), EntityType::Loc)), "{:?}", all(t));
    let t = "وأقيمت المباراة على ستاد القاهرة الدولي أمام الترجي التونسي.";
    let got = all(t);
    assert!(!got.iter().any(|(s, _)| s == "ستاد"), "{got:?}");
    assert!(got.contains(&("الترجي التونسي".to_string(), EntityType::Org)), "{got:?}");
}

/// A title alone is no place or body (المبعوثة, which WikiFANE's places hold).
#[test]
fn a_title_alone_is_no_place() {
    let t = "حضر الاجتماع رئيس الحكومة عبد الحميد الدبيبة والمبعوثة الأممية بالإنابة ستيفاني خوري.";
    let got = all(t);
    assert!(!got.iter().any(|(s, _)| s.contains("المبعوثة")), "{got:?}");
    assert!(got.contains(&("ستيفاني خوري".to_string(), EntityType::Per)), "{got:?}");
}

/// A body named by its head, what it does and its city is one name (محكمة جنايات
/// الجيزة), not the city alone.
#[test]
fn a_court_of_a_city() {
    let t = "قررت محكمة جنايات الجيزة تأجيل القضية إلى الشهر المقبل.";
    assert!(all(t).contains(&("محكمة جنايات الجيزة".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// What a sixth probe (health wire) showed: a body's definite head alone before a
/// foreign given name the lists lack is a description (للمنظمة تيدروس أدهانوم
/// غيبريسوس is the person); spelled initials begin a name (جيه دي فانس); a counted
/// noun does not take ب and the noun after it (1200 إصابة بجدري القردة).
#[test]
fn a_described_foreign_person_initials_and_a_counted_noun() {
    let t = "وقال المدير العام للمنظمة تيدروس أدهانوم غيبريسوس إن الوضع مقلق.";
    assert!(all(t).contains(&("تيدروس أدهانوم غيبريسوس".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "من جهته، قال نائب الرئيس الأمريكي جيه دي فانس خلال زيارة للمصنع إن الإنتاج مهم.";
    assert!(all(t).contains(&("جيه دي فانس".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "وأعلنت الوزارة تسجيل 1200 إصابة بجدري القردة خلال أسبوع.";
    assert_eq!(found(t, EntityType::Quantity), ["1200 إصابة"], "{:?}", all(t));
}

/// Fixes from the gold9 helper's events of issue 14 (a pilgrimage, an exam leak, a
/// telecom deal), each on sentences written for the test.
mod gold9 {
    use super::{all, found};
    use isnad::entities::{link_articles, EntityType};

    /// The id of the mention `surface` of `text`, one of the linked `texts`.
    fn id_in(texts: &[&str], text: &str, surface: &str) -> String {
        let arts: Vec<(&str, &str)> = texts.iter().enumerate().map(|(i, t)| (["a", "b", "c"][i], *t)).collect();
        let an = link_articles(&arts);
        let a = texts.iter().position(|t| *t == text).unwrap();
        let m = an.articles[a].entities.iter().find(|m| &text[m.start..m.end] == surface);
        m.unwrap_or_else(|| panic!("{surface} in {:?}", all(text))).id.clone()
    }

    /// An abbreviation's letters joined by dots (Reuters' Arabic wire) are one name, as
    /// the list writes it with spaces; the dots end no sentence.
    #[test]
    fn letters_joined_by_dots_are_one_name() {
        let t = "وعمل بنك إتش.إس.بي.سي مستشارا للحكومة في إصدار السندات.";
        assert!(found(t, EntityType::Org).contains(&"إتش.إس.بي.سي".to_string()), "{:?}", all(t));
        let t = "وتوقع بنك جيه.بي مورغان تراجع الأسعار هذا العام.";
        assert!(found(t, EntityType::Org).contains(&"جيه.بي مورغان".to_string()), "{:?}", all(t));
    }

    /// A listed name whose first letter is و after the proclitic ل: the stemmer keeps
    /// لو whole, the list's look-up tries the word less its proclitic.
    #[test]
    fn a_listed_name_after_lam() {
        let t = "وقال كبير المحللين لوود ماكنزي إن الطلب سيتراجع.";
        assert!(found(t, EntityType::Org).contains(&"وود ماكنزي".to_string()), "{:?}", all(t));
    }

    /// The holy city is named with its epithet, the mosque with its adjective.
    #[test]
    fn the_holy_places_are_whole() {
        let t = "ووصل آلاف المعتمرين إلى مكة المكرمة وصلوا الجمعة في المسجد الحرام.";
        let locs = found(t, EntityType::Loc);
        assert!(locs.contains(&"مكة المكرمة".to_string()) && locs.contains(&"المسجد الحرام".to_string()), "{:?}", all(t));
    }

    /// One amount written with a decimal comma and a decimal point, one company's
    /// letters written with dots and with spaces: one entity each.
    #[test]
    fn decimal_commas_and_dotted_letters_link() {
        let a = "وبلغت قيمة الصفقة 2,5 مليار يورو بحسب مجموعة سي.كيه هاتشيسون.";
        let b = "وقالت سى كيه هاتشيسون إن الصفقة بلغت 2.5 مليار يورو.";
        assert_eq!(id_in(&[a, b], a, "2,5 مليار يورو"), id_in(&[a, b], b, "2.5 مليار يورو"));
        assert_eq!(id_in(&[a, b], a, "سي.كيه هاتشيسون"), id_in(&[a, b], b, "سى كيه هاتشيسون"));
    }

    /// A counted noun takes the noun that says what kind it is in the construct state
    /// (and that noun's adjective), an accusative adjective after an accusative, and
    /// آخرين; not an agreeing participle, a verb, an adverb or a nationality.
    #[test]
    fn counted_nouns_take_their_kind() {
        let t = "وسجلت المستشفيات 450 حالة اختناق و1200 حالة إجهاد حراري، وأغلقت السلطات 12 شركة صرافة و300 مكتب سفريات.";
        let q = found(t, EntityType::Quantity);
        for want in ["450 حالة اختناق", "1200 حالة إجهاد حراري", "12 شركة صرافة", "300 مكتب سفريات"] {
            assert!(q.contains(&want.to_string()), "{want}: {:?}", all(t));
        }
        let t = "وضبطت الشرطة 25 قاربا مطاطيا، وقتل 4 جنود وأصيب 9 آخرين.";
        let q = found(t, EntityType::Quantity);
        assert!(q.contains(&"25 قاربا مطاطيا".to_string()) && q.contains(&"9 آخرين".to_string()), "{:?}", all(t));
        let t = "وبقيت 500 شاحنة عالقة على الحدود، ووصل 30 لاجئا سوريا، ونجا 15 بحارا غرقا، وأبحرت 20 سفينة إضافية، ووصلت 16 عربة ثقيلة.";
        let q = found(t, EntityType::Quantity);
        for want in ["500 شاحنة", "30 لاجئا", "15 بحارا", "20 سفينة", "16 عربة"] {
            assert!(q.contains(&want.to_string()), "{want}: {:?}", all(t));
        }
    }

    /// A country's name that is its adjective there is no place: after a definite
    /// feminine noun, a brand, or a counted noun in the accusative.
    #[test]
    fn a_countrys_adjective_is_no_place() {
        for t in ["ورفضت الحكومة السعودية التعليق، ورحبت الأوساط السعودية بالقرار.", "واستحوذت stc السعودية على الحصة.", "وأنهى 40 طالبا كينيا دراستهم في القاهرة."] {
            let locs = found(t, EntityType::Loc);
            assert!(!locs.iter().any(|l| l == "السعودية" || l == "كينيا"), "{:?}", all(t));
        }
        let t = "ووصل الوفد إلى السعودية أمس.";
        assert!(found(t, EntityType::Loc).contains(&"السعودية".to_string()), "{:?}", all(t));
    }

    /// A Maghreb place written with ڤ for its g is the place the lists know with ق,
    /// found and linked to that spelling; ڤ for a v stays a v.
    #[test]
    fn maghreb_g_places() {
        let a = "وشهدت ولاية ڤفصة احتجاجات، وتنقل الوالي إلى بوڤرة صباح الأحد.";
        let locs = found(a, EntityType::Loc);
        assert!(locs.contains(&"ڤفصة".to_string()), "{:?}", all(a));
        let b = "وتتواصل الاحتجاجات في قفصة منذ أسبوع.";
        assert_eq!(id_in(&[a, b], a, "ڤفصة"), id_in(&[a, b], b, "قفصة"));
        // (A court named by such a place is the court; a dateline with it, then the
        // outlet's correspondent: the outlet.)
        let t = "أمر وكيل الجمهورية لدى محكمة ڤفصة بإيداع المتهمين السجن.";
        assert!(found(t, EntityType::Org).contains(&"محكمة ڤفصة".to_string()), "{:?}", all(t));
        let t = "ڤفصة - مراسل الصباح\nوشهدت المدينة احتجاجات.";
        assert!(found(t, EntityType::Org).contains(&"الصباح".to_string()), "{:?}", all(t));
        // (A proclitic with its vowel stays out, the letter's marks with it.)
        let t = "ووصل الوفد صباحا إلى بِڤفصة.";
        assert!(found(t, EntityType::Loc).contains(&"ڤفصة".to_string()), "{:?}", all(t));
        use isnad::entities::gazetteer::maghreb_g;
        assert_eq!(maghreb_g("ورڤله").as_deref(), Some("ورقله"));
        assert_eq!(maghreb_g("ڤيينا"), None);
    }

    /// A school, a university or a hospital named after a person, with a title between
    /// or a proclitic before its head, is the institution.
    #[test]
    fn institutions_named_after_people() {
        let t = "ودرس في ثانوية الأمير خالد قبل أن يلتحق بجامعة عبد المالك السعدي.";
        let orgs = found(t, EntityType::Org);
        assert!(orgs.contains(&"ثانوية الأمير خالد".to_string()), "{:?}", all(t));
        let t = "ونقل الجرحى إلى مستشفى راشد بن سعيد في المدينة.";
        assert!(found(t, EntityType::Org).contains(&"مستشفى راشد بن سعيد".to_string()), "{:?}", all(t));
    }

    /// A listed given name, then a word the tagger took for a place that no list knows:
    /// one person.
    #[test]
    fn a_given_name_before_an_unknown_word() {
        let t = "وأكد رئيس اللجنة الوطنية للانتخابات، كريم بوغلاوي، أن الاقتراع جرى بهدوء.";
        assert!(found(t, EntityType::Per).contains(&"كريم بوغلاوي".to_string()), "{:?}", all(t));
    }

    /// Ministries of a four-letter field and of a group's affairs.
    #[test]
    fn ministries_of_short_fields_and_affairs() {
        let t = "وأعلنت وزارة الري والموارد المائية خطة جديدة.";
        assert!(found(t, EntityType::Org).contains(&"وزارة الري والموارد المائية".to_string()), "{:?}", all(t));
        let t = "وقالت وزارة الخارجية وشؤون المغتربين إن السفارة تتابع الملف.";
        assert!(found(t, EntityType::Org).contains(&"وزارة الخارجية وشؤون المغتربين".to_string()), "{:?}", all(t));
    }

    /// A ministry named without "national" or without its second field links to its
    /// full name.
    #[test]
    fn a_ministry_named_short_links_to_its_full_name() {
        let a = "وأعلنت وزارة الصحة الوطنية حملة تلقيح جديدة، وقالت وزارة الداخلية والجماعات المحلية التونسية إن الأمن مستتب.";
        let b = "وقالت وزارة الصحة إن الحملة تستهدف الأطفال، فيما أكدت وزارة الداخلية التونسية جاهزيتها.";
        assert_eq!(id_in(&[a, b], a, "وزارة الصحة الوطنية"), id_in(&[a, b], b, "وزارة الصحة"));
        assert_eq!(id_in(&[a, b], a, "وزارة الداخلية والجماعات المحلية التونسية"), id_in(&[a, b], b, "وزارة الداخلية التونسية"));
    }

    /// A listed name after ل that the tagger took in with the words before it as a
    /// person (مستشارا ماليا لأوريدو) is the listed name alone.
    #[test]
    fn a_listed_name_after_lam_ends_no_person() {
        let t = "وعمل بنك مورغان ستانلي مستشارا ماليا لفودافون في الصفقة.";
        assert!(found(t, EntityType::Org).contains(&"فودافون".to_string()), "{:?}", all(t));
        assert!(!found(t, EntityType::Per).iter().any(|p| p.contains("ماليا")), "{:?}", all(t));
    }

    /// A body named by a head in the construct state and a definite noun ends with its
    /// country's adjective, and the short name in brackets after it is its acronym.
    #[test]
    fn a_construct_body_takes_its_countrys_adjective() {
        let t = "ووافقت هيئة تنظيم الطاقة المغربية (أنري) على الترخيص.";
        let orgs = found(t, EntityType::Org);
        assert!(orgs.contains(&"هيئة تنظيم الطاقة المغربية".to_string()) && orgs.contains(&"أنري".to_string()), "{:?}", all(t));
        let t = "وحصل حزب نداء الوطن التونسي على مقعدين.";
        assert!(found(t, EntityType::Org).contains(&"حزب نداء الوطن التونسي".to_string()), "{:?}", all(t));
    }

    /// A body's purpose in لل takes its adjective, المالية "financial" included.
    #[test]
    fn a_purpose_takes_its_adjective() {
        let t = "وأصدرت شركة بلتون للأوراق المالية تقريرا عن السوق.";
        assert!(found(t, EntityType::Org).contains(&"بلتون للأوراق المالية".to_string()), "{:?}", all(t));
    }

    /// Two "persons" of one word joined by و after في are places the lists do not know;
    /// one person after a noun and في stays a person.
    #[test]
    fn two_people_after_fi_are_places() {
        let t = "وتوزع الحجاج على المخيمات فى منى وعرفات طوال يومين.";
        let locs = found(t, EntityType::Loc);
        assert!(locs.contains(&"منى".to_string()) && locs.contains(&"عرفات".to_string()), "{:?}", all(t));
        let t = "وقال إن ثقته في محمد كبيرة.";
        assert!(!found(t, EntityType::Loc).contains(&"محمد".to_string()), "{:?}", all(t));
    }
}

/// A listed name that begins with a letter like a proclitic, alone in brackets, keeps
/// it: (واس) is the Saudi agency, not و + اس.
#[test]
fn an_acronym_in_brackets_keeps_its_first_letter() {
    let t = "الرياض (واس) - استقبل الأمير الوفد الزائر.";
    assert!(all(t).contains(&("واس".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وأكد المتحدث في تصريح لوكالة الأنباء الجزائرية (واج) أن الموسم ناجح.";
    assert!(all(t).contains(&("واج".to_string(), EntityType::Org)), "{:?}", all(t));
    assert!(!all(t).iter().any(|(s, _)| s == "اج"), "{:?}", all(t));
}

/// Well-known names of Sudan's war and of the Red Sea, with their short names and
/// spellings: the RSF named without قوات, IGAD with ق, a directional state of Sudan.
#[test]
fn sudan_and_red_sea_bodies_are_known() {
    let t = "وهاجمت عناصر من الدعم السريع قرية في ولاية جنوب دارفور، بحسب منظمة «إيقاد» وشركائها في إيغاد.";
    let a = all(t);
    assert!(a.contains(&("الدعم السريع".to_string(), EntityType::Org)), "{a:?}");
    assert!(a.contains(&("جنوب دارفور".to_string(), EntityType::Loc)), "{a:?}");
    assert!(a.contains(&("إيقاد".to_string(), EntityType::Org)) && a.contains(&("إيغاد".to_string(), EntityType::Org)), "{a:?}");
    let t = "وقالت المنظمة البحرية الدولية إن ناقلة غرقت قرب الساحل.";
    assert!(all(t).contains(&("المنظمة البحرية الدولية".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// A counted noun in the accusative is no preposition's noun: 12 بندا counts بنود, it is
/// not ب + ندا (a "person").
#[test]
fn an_accusative_counted_noun_keeps_its_first_letter() {
    let t = "وتتألف الوثيقة من 14 بندا وقعها الطرفان.";
    assert_eq!(found(t, EntityType::Quantity), ["14 بندا"], "{:?}", all(t));
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
}

/// A body's name goes on over the adjective of what it is for (للصناعات الثقيلة) and
/// over an adjective of relation after a head and a name (مركز كينيدي الفضائي), not
/// over a relational word.
#[test]
fn a_body_keeps_the_adjective_of_its_purpose() {
    let t = "ووقعت شركة هيونداي للصناعات الثقيلة عقدا لبناء ناقلتين.";
    assert!(all(t).contains(&("هيونداي للصناعات الثقيلة".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وانطلق الصاروخ من مركز كينيدي الفضائي في فلوريدا.";
    assert!(all(t).contains(&("مركز كينيدي الفضائي".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وقال مدير شركة أرامكو للخدمات السابق إن الإنتاج ارتفع.";
    assert!(!all(t).iter().any(|(s, _)| s.ends_with("السابق")), "{:?}", all(t));
}

/// A company named with what it does (ل + noun) in one report is found in another where
/// the tagger missed it.
#[test]
fn a_company_with_its_trade_spreads_across_reports() {
    let a = "وقعت شركة ميتسوبيشي للصناعات الثقيلة عقدا مع الحكومة اليابانية أمس.";
    let b = "وأوضح مدير الإطلاق فى ميتسوبيشى للصناعات الثقيلة أن الصاروخ نجح.";
    let an = isnad::entities::link_articles(&[("a", a), ("b", b)]);
    let got: Vec<&str> = an.articles[1].entities.iter().map(|m| &b[m.start..m.end]).collect();
    assert!(got.contains(&"ميتسوبيشى للصناعات الثقيلة"), "{got:?}");
}

/// A plural kind of place before a place names the places: the place is the name
/// (ولايات دارفور → دارفور).
#[test]
fn a_plural_kind_of_place_stays_out_of_the_name() {
    let t = "وتعهدت المنظمة بنشر مراقبين في ولايات دارفور الخمس.";
    assert!(all(t).contains(&("دارفور".to_string(), EntityType::Loc)), "{:?}", all(t));
    assert!(!all(t).iter().any(|(s, _)| s.starts_with("ولايات")), "{:?}", all(t));
}

/// A listed body and the person after it, which the tagger took for one person, are
/// the body and the person.
#[test]
fn a_listed_body_before_a_person_is_two_names() {
    let t = "وقال رئيس جاكسا هيروشي تاناكا إن المهمة نجحت.";
    let a = all(t);
    assert!(a.contains(&("جاكسا".to_string(), EntityType::Org)), "{a:?}");
    assert!(a.contains(&("هيروشي تاناكا".to_string(), EntityType::Per)), "{a:?}");
}

/// A company named after its city and a foreign word keeps its head out, as a company's
/// own name does (شركة لشبونة ترانس للشحن → لشبونة ترانس للشحن is not a place); a
/// country's bank keeps it (بنك مصر).
#[test]
fn a_company_named_after_its_city_is_its_own_name() {
    let t = "وقالت شركة أثينا مارين للشحن إنها تتعاون مع السلطات.";
    assert!(all(t).contains(&("أثينا مارين للشحن".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وأعلن بنك مصر زيادة رأس ماله.";
    assert!(all(t).contains(&("بنك مصر".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// An outlet's name in quotes after موقع whose first word only looks like a verb in the
/// future (سبيس of سبيس نيوز) is the outlet.
#[test]
fn a_quoted_foreign_outlet_after_its_head() {
    let t = "وفق ما ذكره موقع «سبيس نيوز» المتخصص في أخبار الفضاء.";
    assert!(all(t).contains(&("سبيس نيوز".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// Given names written with the article in Sudan and the Maghreb: الفاتح, الأخضر.
#[test]
fn definite_given_names_of_sudan_and_the_maghreb() {
    let t = "وقال المتحدث باسم الحركة الفاتح عثمان إن الوفد وصل.";
    assert!(all(t).contains(&("الفاتح عثمان".to_string(), EntityType::Per)), "{:?}", all(t));
}

/// A platform named after منصة or تطبيق: its name, not an ordinary word after the head.
#[test]
fn a_platform_after_its_head() {
    let t = "ونشر الوزير صورة على منصة إكس مساء أمس.";
    assert!(all(t).iter().any(|(s, k)| s == "إكس" && matches!(k, EntityType::Org | EntityType::Misc)), "{:?}", all(t));
    let t = "ونشر المغني مقطعا عبر تطبيق تيك توك.";
    assert!(all(t).contains(&("تيك توك".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وأطلقت الوزارة منصة رقمية جديدة للطلاب.";
    assert!(all(t).is_empty(), "{:?}", all(t));
}

/// A declaration or an agreement named after a place and "signed" after it is one
/// document (MISC), not the place.
#[test]
fn a_signed_document_named_after_a_place() {
    let t = "ودعا الوسطاء إلى احترام اتفاق نيروبي الموقع بين الطرفين العام الماضي.";
    assert!(all(t).contains(&("اتفاق نيروبي".to_string(), EntityType::Misc)), "{:?}", all(t));
    let t = "ووصل الوفد إلى نيروبي الموقع المختار للمحادثات.";
    assert!(all(t).contains(&("نيروبي".to_string(), EntityType::Loc)), "{:?}", all(t));
}

/// A listed agency's short name that begins with و after the preposition ل is ل + the
/// name (لواس, لوأج), not a person or ل + و + a word.
#[test]
fn an_agency_after_lam_keeps_its_waw() {
    let t = "وقال المتحدث لواس إن الوفد وصل إلى العاصمة.";
    assert!(all(t).contains(&("واس".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وأوضح الوزير، في تصريح لوأج، أن الموسم ناجح.";
    assert!(all(t).contains(&("وأج".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// The Yemeni and Sudanese agencies' short names are the agencies.
#[test]
fn yemeni_and_sudanese_agencies_are_known() {
    let t = "ونقلت سبأ عن مسؤول محلي قوله إن الميناء أغلق.";
    assert!(all(t).contains(&("سبأ".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وأفادت سونا بأن الوالي زار المنطقة.";
    assert!(all(t).contains(&("سونا".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// A given name written with the article before a word the tagger took for a place that
/// no place list knows: one person (الطاهر بوعلام); a listed place stays (الطيب الجزائر
/// is no person's name).
#[test]
fn a_definite_given_name_before_an_unlisted_place_is_a_person() {
    let t = "وكان رئيس الهيئة، الأخضر بوعلام، قد زار طوكيو.";
    assert!(all(t).contains(&("الأخضر بوعلام".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "ووصل الطيب الجزائر أمس.";
    assert!(!all(t).iter().any(|(s, _)| s == "الطيب الجزائر"), "{:?}", all(t));
}

/// An organization's head alone before a quoted name is no mention (the quoted name is
/// the body); a craft as the subject of a quoted clause after إن has no quoted name.
#[test]
fn a_lone_head_and_a_craft_s_quoted_predicate_are_no_names() {
    let t = "وأكد التنسيق مع منظمة «إيكواس» الإقليمية.";
    assert!(!all(t).iter().any(|(s, _)| s == "منظمة"), "{:?}", all(t));
    let t = "وقالت الوكالة إن الصاروخ «أدى مهمته بنجاح تام» بعد الإقلاع.";
    assert!(!all(t).iter().any(|(_, k)| *k == EntityType::Misc), "{:?}", all(t));
    let t = "وأطلقت الوكالة القمر الاصطناعي «نور 2» أمس.";
    assert!(all(t).contains(&("نور 2".to_string(), EntityType::Misc)), "{:?}", all(t));
}

/// A foreign given name keeps its و right after a body's name in quote marks, where what
/// is left is no listed given name; و before a listed name is the conjunction.
#[test]
fn a_foreign_name_keeps_its_waw_after_a_quoted_body() {
    let t = "وأعلن الأمين التنفيذي لمنظمة «إيكواس» ورقنه تاتشو أن القمة تأجلت.".to_string();
    assert!(all(&t).contains(&("ورقنه تاتشو".to_string(), EntityType::Per)), "{:?}", all(&t));
    assert!(!all(&t).iter().any(|(s, _)| s == "منظمة"), "{:?}", all(&t));
    let t = "وجرت المحادثات بين «حماس» وإسماعيل هنية في الدوحة.";
    assert!(all(t).contains(&("إسماعيل هنية".to_string(), EntityType::Per)), "{:?}", all(t));
}

/// A listed body whose name is also an ordinary word is the body after a title that
/// governs it (مبعوث الإيجاد), and the word elsewhere.
#[test]
fn a_listed_body_that_is_a_word_after_a_title() {
    let t = "وأيد مبعوث الإيجاد إلى جنوب السودان المقترح.";
    assert!(all(t).contains(&("الإيجاد".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وأشعل الرجل النار بالإيقاد.";
    assert!(all(t).is_empty(), "{:?}", all(t));
}

/// What the lead's held-out recall and syndicate showed on the merged build: a foreign
/// person after a body's definite head that describes him (للشركة راجيف ساكسينا) is
/// one person, not two bodies; a syndicate of a people keeps their country's plural
/// adjective (نقابة المحامين الأردنيين); a street named after a person keeps its head
/// after a proclitic (بشارع عبد الخالق ثروت).
#[test]
fn a_described_person_a_peoples_syndicate_and_a_street() {
    let t = "ونفى المدير التنفيذي للشركة راجيف ساكسينا في تصريح صحفي أي مخالفة.";
    assert!(all(t).contains(&("راجيف ساكسينا".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "وأعلنت نقابة المحامين الأردنيين الإضراب يوم الأحد.";
    assert!(all(t).contains(&("نقابة المحامين الأردنيين".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وتجمع المحتجون أمام مقر النقابة بشارع عبد الخالق ثروت في وسط القاهرة.";
    assert!(all(t).contains(&("شارع عبد الخالق ثروت".to_string(), EntityType::Loc)), "{:?}", all(t));
}

/// A time of speaking never ends a name, nor is a sea's (قصر البحر اليوم: the palace,
/// then "today").
#[test]
fn today_is_no_name() {
    let t = "استقبل الأمير بمكتبه في قصر البحر اليوم الرئيس التركي.";
    assert!(!all(t).iter().any(|(s, _)| s.contains("اليوم")), "{:?}", all(t));
}

/// A military rank is no part of the person's name (العماد جوزاف عون), and a number
/// that names a resolution counts nothing (القرار 1701 بكل مندرجاته).
#[test]
fn a_rank_and_a_resolutions_number() {
    let t = "التقى رئيس الجمهورية العماد جوزاف عون في قصر بعبدا رئيس مجلس النواب.";
    assert!(all(t).contains(&("جوزاف عون".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "وقال إن لا مفر من تطبيق القرار 1701 بكل مندرجاته.";
    assert!(found(t, EntityType::Quantity).is_empty(), "{:?}", all(t));
}

/// A one-word "person" joined by a dash to a place inside a sentence is a place (خط
/// أنابيب كركوك - جيهان); a byline after a dateline keeps its person.
#[test]
fn places_joined_by_a_dash() {
    let t = "واستؤنف التصدير عبر خط أنابيب كركوك - جيهان بطاقة كاملة.";
    assert!(all(t).contains(&("جيهان".to_string(), EntityType::Loc)), "{:?}", all(t));
    let t = "غزة - جيهان\nقصفت الطائرات حي الشجاعية فجر اليوم.";
    assert!(!all(t).contains(&("جيهان".to_string(), EntityType::Loc)), "{:?}", all(t));
}

/// A kunya with أم is the person's name (أم خالد, not خالد).
#[test]
fn a_mothers_kunya() {
    let t = "\"لم نعد نملك شيئا\"، قالت أم خالد، وهي نازحة من نيالا.";
    assert!(all(t).contains(&("أم خالد".to_string(), EntityType::Per)), "{:?}", all(t));
}

/// The slot after "leader of X" is the leader's name, even where his family name is an
/// ordinary word (الصدر "the chest"); a listed body the tagger ran on into a person's
/// name is cut where the name begins (منظمة هيومن رايتس ووتش + كينيث روث).
#[test]
fn a_person_after_a_titled_body() {
    let t = "وهاجم زعيم التيار الصدري مقتدى الصدر خصومه في خطبة الجمعة.";
    assert!(all(t).contains(&("مقتدى الصدر".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "وطالب مدير منظمة هيومن رايتس ووتش كينيث روث بتحقيق مستقل.";
    let a = all(t);
    assert!(a.contains(&("منظمة هيومن رايتس ووتش".to_string(), EntityType::Org)), "{a:?}");
    assert!(a.contains(&("كينيث روث".to_string(), EntityType::Per)), "{a:?}");
    // (The word after the name is no part of it.)
    let t = "وصرح مدير منظمة هيومن رايتس ووتش كينيث روث بأن التحقيق ضروري.";
    assert!(all(t).contains(&("كينيث روث".to_string(), EntityType::Per)), "{:?}", all(t));
}

/// A hospital is named with its head and its adjectives (مستشفى الأمل, مستشفى بنها
/// الجامعي, مستشفى الملك خالد التخصصي); one named by its town alone is the town, as a
/// port is (مستشفى بنزرت).
#[test]
fn hospitals_by_their_head() {
    let t = "ونقل المصابون إلى مستشفى الأمل في المدينة.";
    assert!(all(t).contains(&("مستشفى الأمل".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وأدخل الجرحى إلى مستشفى بنها الجامعي ومستشفى الملك خالد التخصصي.";
    let a = all(t);
    assert!(a.contains(&("مستشفى بنها الجامعي".to_string(), EntityType::Org)), "{a:?}");
    assert!(a.contains(&("مستشفى الملك خالد التخصصي".to_string(), EntityType::Org)), "{a:?}");
    let t = "ونقل المصاب إلى مستشفى بنزرت لتلقي العلاج.";
    assert!(all(t).contains(&("بنزرت".to_string(), EntityType::Loc)), "{:?}", all(t));
}

/// A body named by what it runs and the place it runs it in is one name with its head
/// (هيئة مياه وكهرباء الشارقة, حركة تحرير السودان); a company's head stays out (نفط
/// عمان of شركة نفط عمان); a plain phrase after a head is no name (مجموعة دول …).
#[test]
fn bodies_named_by_what_they_run_and_their_place() {
    let t = "وأعلنت هيئة مياه وكهرباء الشارقة انقطاعا مؤقتا في بعض الأحياء.";
    assert!(all(t).contains(&("هيئة مياه وكهرباء الشارقة".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وأعلنت شركة نفط عمان عن اكتشاف جديد.";
    assert!(all(t).contains(&("نفط عمان".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "ووقعت الحكومة اتفاقا مع حركة تحرير السودان في جوبا.";
    assert!(all(t).contains(&("حركة تحرير السودان".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وقال إن توغل قوات إثيوبية داخل الصومال اعتداء.";
    assert!(!all(t).iter().any(|(s, _)| s.contains("داخل")), "{:?}", all(t));
}

/// A bank or company named by a family is the family's name, its head out (الراجحي of
/// مصرف الراجحي); a definite noun with a country's adjective after شركة describes.
#[test]
fn a_bank_named_by_a_family() {
    let t = "وارتفع سهم مصرف الراجحي في ختام التداولات.";
    assert!(all(t).contains(&("الراجحي".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وكانت فولكسفاغن شركة السيارات الألمانية الأولى في السوق.";
    assert!(!all(t).iter().any(|(s, _)| s.contains("السيارات")), "{:?}", all(t));
}

/// A company named by definite words and what it does after شركة is that name and its
/// trade, head out, where the tagger took the head in (or cut the name after its first
/// word).
#[test]
fn a_described_company_after_its_head() {
    let t = "وقالت شركة الصخر الأبيض للتعدين يوم الاثنين إنها ستوسع إنتاجها.";
    assert_eq!(found(t, EntityType::Org), ["الصخر الأبيض للتعدين"], "{:?}", all(t));
    let t = "وتملك شركة الصقر الأحمر للتعدين امتيازات في المنطقة.";
    assert_eq!(found(t, EntityType::Org), ["الصقر الأحمر للتعدين"], "{:?}", all(t));
}

/// After a definite title, its qualifier and the body it heads after ل comes the name
/// (الأمين العام للنقابة سامي الخطيب, المدير التنفيذي للهيئة فراس المحاميد); a given
/// name before a person the tagger found from أبو is that person's (رائد أبو السعود).
#[test]
fn names_after_a_title_of_a_body_and_before_abu() {
    let t = "وقال الأمين العام للنقابة سامي الخطيب إن الإضراب مستمر.";
    assert!(all(t).contains(&("سامي الخطيب".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "وأكد المدير التنفيذي للهيئة فراس المحاميد أن العمل متواصل.";
    assert!(all(t).contains(&("فراس المحاميد".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "وقال الوزير رائد أبو السعود إن المخزون يكفي.";
    assert!(all(t).contains(&("رائد أبو السعود".to_string(), EntityType::Per)), "{:?}", all(t));
}

/// A body named by a kind of place and its name, with any body's head (سلطة وادي الأردن,
/// هيئة حوض النيل): the authority, ORG, not the valley.
#[test]
fn a_body_named_by_a_valley() {
    let t = "وأعلنت سلطة وادي الأردن عن خطة لتأهيل القناة.";
    assert!(all(t).contains(&("سلطة وادي الأردن".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// What a retrain of the models showed (issue #14: the models made again by `make model`
/// on this tree): names the rules after the tagger must find whatever the tagger's
/// weights, since another model misses them or cuts them otherwise.
mod retrain {
    use super::*;

    /// A ferry is a vessel: its name in quotes is the vessel's (MISC), not a person.
    #[test]
    fn a_ferrys_name_in_quotes() {
        let t = "واندلع حريق في العبّارة «أورانيا» بعد ساعة من إبحارها.";
        assert!(all(t).contains(&("أورانيا".to_string(), EntityType::Misc)), "{:?}", all(t));
    }

    /// A port named by a listed town whose first word is also a given name is the town
    /// (ميناء بندر عباس), and a listed town after ميناء is the town where the tagger
    /// saw nothing.
    #[test]
    fn ports_named_by_listed_towns() {
        let t = "واقتيدت السفينة إلى ميناء بندر عباس لتفتيشها.";
        assert!(all(t).contains(&("بندر عباس".to_string(), EntityType::Loc)), "{:?}", all(t));
        assert!(!all(t).iter().any(|(s, _)| s.contains("ميناء")), "{:?}", all(t));
        let t = "وكانت الناقلة قد أبحرت من ميناء الفجيرة قبل يومين.";
        assert!(all(t).contains(&("الفجيرة".to_string(), EntityType::Loc)), "{:?}", all(t));
    }

    /// A dateline's outlet in straight quotes, and one definite word alone on the
    /// dateline's line after the dash; not the agencies a report is put together from.
    #[test]
    fn dateline_outlets_in_straight_quotes_and_alone() {
        let t = "عمّان – \"الغد\": أعلنت الحكومة خطة جديدة للنقل العام.";
        assert!(found(t, EntityType::Org).contains(&"الغد".to_string()), "{:?}", all(t));
        let t = "الدوحة - الراية\nوقعت الشركة اتفاقا للاستحواذ على حصة في مصرف محلي.";
        assert!(found(t, EntityType::Org).contains(&"الراية".to_string()), "{:?}", all(t));
        let t = "القاهرة - الوكالات\nارتفعت أسعار الذهب في السوق المحلية.";
        assert!(!found(t, EntityType::Org).contains(&"الوكالات".to_string()), "{:?}", all(t));
    }

    /// A centre or an institute, one definite noun and what it is for is a body's name
    /// (مركز النهضة للدراسات الاقتصادية); a faculty and its fields too.
    #[test]
    fn a_centre_with_its_purpose_and_a_faculty() {
        let t = "وقال الباحث بمركز النهضة للدراسات الاقتصادية والاجتماعية إن التضخم سيتراجع.";
        assert!(found(t, EntityType::Org).contains(&"مركز النهضة للدراسات الاقتصادية والاجتماعية".to_string()), "{:?}", all(t));
        let t = "وتنظم الندوة بتنسيق مع كلية العلوم الاقتصادية بجامعة صفاقس.";
        assert!(found(t, EntityType::Org).iter().any(|o| o.starts_with("كلية العلوم")), "{:?}", all(t));
    }

    /// A person's definite family name after إن or أن is the person (a noun follows
    /// them, never an adjective).
    #[test]
    fn a_definite_family_name_after_inna() {
        let t = "وفاز الروائي سمير الفاسي بالجائزة. وقال الناقد إن الفاسي «كتب رواية مختلفة».";
        let people = found(t, EntityType::Per);
        assert_eq!(people.iter().filter(|p| p.as_str() == "الفاسي").count(), 1, "{:?}", all(t));
    }

    /// A work's title in quotes after its head and a comma (the title in apposition).
    #[test]
    fn a_title_after_a_comma() {
        let t = "وسيعرض الفيلم المقتبس عن الرواية، \"ظلال على الماء\"، في مهرجان قرطاج.";
        assert!(all(t).contains(&("ظلال على الماء".to_string(), EntityType::Misc)), "{:?}", all(t));
    }

    /// A given name written with the article and one word no place list knows are a
    /// person even where the tagger took both for a place; a kunya after a given name
    /// is the person where the tagger took أبو alone; عبد and the divine name after it
    /// begin one person's name.
    #[test]
    fn given_names_the_tagger_cuts() {
        let t = "وأكد والي الولاية المختار بوعزيز أن الطرق مفتوحة.";
        assert!(all(t).contains(&("المختار بوعزيز".to_string(), EntityType::Per)), "{:?}", all(t));
        let t = "وأحرز اللاعب رامي أبو سالم الهدف الثاني.";
        assert!(found(t, EntityType::Per).contains(&"رامي أبو سالم".to_string()), "{:?}", all(t));
        let t = "وسار المتظاهرون في شارع عبد الحميد بدوي حتى الميدان.";
        assert!(!all(t).iter().any(|(s, _)| s == "عبد"), "{:?}", all(t));
    }

    /// A writer's byline after the city and a colon; an abbreviation's dotted letters
    /// after a company's head are the company's own name.
    #[test]
    fn a_city_and_colon_byline_and_dotted_letters() {
        let t = "تونس: منير الصغير\nأعلنت الحكومة عن خطة لدعم المؤسسات الصغرى.";
        assert!(found(t, EntityType::Per).contains(&"منير الصغير".to_string()), "{:?}", all(t));
        let t = "وخفض بنك سي.آي.بي كابيتال توقعاته للنمو.";
        assert!(found(t, EntityType::Org).contains(&"سي.آي.بي كابيتال".to_string()), "{:?}", all(t));
    }

    /// An outlet's site named with أونلاين is one name, where the tagger took each
    /// word for a body; online shopping is no body.
    #[test]
    fn an_outlets_site_online() {
        let t = "وذكرت صحيفة الخبر أونلاين أن الحكومة أعلنت خطة جديدة.";
        assert!(found(t, EntityType::Org).contains(&"الخبر أونلاين".to_string()), "{:?}", all(t));
        let t = "وازداد الإقبال على التسوق أونلاين خلال الشهر الماضي.";
        assert!(!all(t).iter().any(|(s, _)| s.contains("أونلاين")), "{:?}", all(t));
    }

    /// A word in quotes after an outlet that was itself named in quotes is what was said,
    /// no short name of the outlet (لـ"الأيام" إن "…": the mark after الأيام closes it).
    #[test]
    fn no_short_name_after_a_quoted_outlet() {
        let t = "وقال رئيس البلدية سامر الحلبي لـ\"الأيام\" إن \"الطرق ستفتح غدا\".";
        assert!(!all(t).iter().any(|(s, _)| s == "إن"), "{:?}", all(t));
    }

    /// A listed city that is also an ordinary word (سيول, "torrents") after في is the
    /// city where it is found as a place elsewhere in the text (here its dateline).
    #[test]
    fn an_ordinary_word_city_the_text_names() {
        let t = "سيول (رويترز) - قال الخبير في مركز هانول للأبحاث في سيول إن القمة مهمة.";
        assert_eq!(found(t, EntityType::Loc).iter().filter(|p| p.as_str() == "سيول").count(), 2, "{:?}", all(t));
    }
}

/// A police force named by its country or city is a body with its head (شرطة دبي, شرطة
/// عمان السلطانية), not the place.
#[test]
fn a_police_force_by_its_place() {
    let t = "وأعلنت شرطة الشارقة القبض على المتهمين.";
    assert!(all(t).contains(&("شرطة الشارقة".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// Places and bodies a cyclone report showed: a definite name after a governorate's head
/// (بمحافظة الجوف), a border post by its town (منفذ شحيط), a Yemeni district
/// (مديرية حوث), a speed per hour as one quantity, a body of a people (رابطة الكتاب
/// الأردنيين, اتحاد المحامين العرب).
#[test]
fn places_and_bodies_of_a_storm_report() {
    let t = "وضربت السيول مديرية حوث بمحافظة الجوف شمالي اليمن.";
    let a = all(t);
    assert!(a.contains(&("حوث".to_string(), EntityType::Loc)), "{a:?}");
    assert!(a.iter().any(|(s, k)| s.ends_with("الجوف") && *k == EntityType::Loc), "{a:?}");
    let t = "وتكدست الشاحنات عند منفذ شحيط الحدودي.";
    assert!(all(t).contains(&("شحيط".to_string(), EntityType::Loc)), "{:?}", all(t));
    let t = "وبلغت سرعة الرياح 120 كيلومترا في الساعة.";
    assert!(all(t).contains(&("120 كيلومترا في الساعة".to_string(), EntityType::Quantity)), "{:?}", all(t));
    let t = "وطالبت رابطة الكتاب الأردنيين واتحاد المحامين العرب بالإفراج عنه.";
    let a = all(t);
    assert!(a.contains(&("رابطة الكتاب الأردنيين".to_string(), EntityType::Org)), "{a:?}");
    assert!(a.contains(&("اتحاد المحامين العرب".to_string(), EntityType::Org)), "{a:?}");
}

/// A sea, river or valley named by a definite word is the feature with its head (بحر
/// العرب, نهر اللؤلؤ); not a time (في بحر الأسبوع) nor the verb وأدى.
#[test]
fn features_named_by_a_definite_word() {
    let t = "وتشكل المنخفض فوق بحر العرب قبل أيام.";
    assert!(all(t).contains(&("بحر العرب".to_string(), EntityType::Loc)), "{:?}", all(t));
    let t = "وسيصدر القرار في بحر الأسبوع المقبل.";
    assert!(!all(t).iter().any(|(s, _)| s.contains("بحر")), "{:?}", all(t));
}

/// A fair is named by its place, its adjective and what it is for, one MISC name (معرض
/// الشارقة الدولي للكتاب, معرض تونس الدولي للنشر والكتاب), not the city.
#[test]
fn fairs_by_their_place_and_aim() {
    let t = "وافتتح الحاكم معرض الشارقة الدولي للكتاب بمشاركة ألف ناشر.";
    assert!(all(t).contains(&("معرض الشارقة الدولي للكتاب".to_string(), EntityType::Misc)), "{:?}", all(t));
    let t = "وتشارك الدار في معرض تونس الدولي للنشر والكتاب.";
    assert!(all(t).contains(&("معرض تونس الدولي للنشر والكتاب".to_string(), EntityType::Misc)), "{:?}", all(t));
}

// Fixes from dig, envoy and grid (the gold11 helper of issue 14).

/// A state agency's dated dateline (المنصورة في 3 مارس /أ ش أ/): the place before في,
/// the day and the month is where the report was filed.
#[test]
fn a_dated_dateline_names_its_place() {
    let t = "الأقصر في 9 يناير /أ ش أ/ بدأت اليوم أعمال ترميم واجهة معبد قديم.";
    let first = all(t).into_iter().next();
    assert_eq!(first, Some(("الأقصر".to_string(), EntityType::Loc)), "{:?}", all(t));
}

/// Megawatts written with ج or غ and with ت or ط are one unit (نحو 700 ميجاوات).
#[test]
fn watts_in_either_spelling_are_a_unit() {
    for t in ["فقدت الشبكة نحو 700 ميجاوات في دقائق.", "أضافت المحطة 450 ميغاوات إلى الشبكة."] {
        let q = found(t, EntityType::Quantity);
        assert!(q.iter().any(|s| s.ends_with("وات")), "{t}: {q:?}");
    }
}

/// A parliament's chamber named by ordinary words (الجمعية الوطنية, المجلس الشعبي
/// الوطني) is a body, with its country's adjective; a society with an aim is longer.
#[test]
fn parliaments_named_by_ordinary_words() {
    let t = "وصوتت الجمعية الوطنية الكندية على القانون، فيما أحاله المجلس الشعبي الوطني إلى لجنة.";
    assert!(all(t).contains(&("الجمعية الوطنية الكندية".to_string(), EntityType::Org)), "{:?}", all(t));
    assert!(all(t).contains(&("المجلس الشعبي الوطني".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وانتقدت الجمعية الوطنية لحقوق الإنسان القرار.";
    assert!(!all(t).contains(&("الجمعية الوطنية".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// A state named by its form and its adjectives (الجمهورية الإيطالية, المملكة الأردنية
/// الهاشمية) is the country, a place.
#[test]
fn a_state_named_by_its_form() {
    let t = "ووقع الاتفاق سفير الجمهورية الإيطالية وممثل المملكة الأردنية الهاشمية.";
    assert!(all(t).contains(&("الجمهورية الإيطالية".to_string(), EntityType::Loc)), "{:?}", all(t));
    assert!(all(t).contains(&("المملكة الأردنية الهاشمية".to_string(), EntityType::Loc)), "{:?}", all(t));
}

/// A company's own name after its head ends before its country's adjective (شركة
/// توتال للطاقة الفرنسية is توتال للطاقة); a body named by head and description keeps it.
#[test]
fn a_companys_name_ends_before_its_country() {
    let t = "ووقعت الوزارة عقدا مع شركة هيونداي للهندسة الكورية لبناء المحطة.";
    assert!(all(t).contains(&("هيونداي للهندسة".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وقالت وكالة الأنباء الفرنسية إن الاجتماع انتهى.";
    assert!(all(t).contains(&("وكالة الأنباء الفرنسية".to_string(), EntityType::Org)), "{:?}", all(t));
    // (The head after a proclitic too, the second company of a list.)
    let t = "ووقعت الوزارة عقدا مع تحالف يضم شركة أوراسكوم وشركة دايو سي آند تي الكورية، لبناء المحطة.";
    assert!(all(t).contains(&("دايو سي آند تي".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// An agency's short name that is also a word (واع, "aware") is the agency where the
/// list of well-known names holds it: ending a dateline's line, or alone in brackets.
#[test]
fn an_agencys_short_name_that_is_a_word() {
    let t = "الموصل - واع\nقال المحافظ في تصريح نقلته (واع) إن الطريق فتح أمام المسافرين.";
    assert_eq!(found(t, EntityType::Org), ["واع", "واع"], "{:?}", all(t));
}

/// A city whose definite name is also a word (الأقصر, "the shortest"), marked in two
/// reports, is the city after a proclitic or an indefinite noun (بالأقصر), not where a
/// definite noun before it makes it that noun's adjective (الطريق الأقصر); marked twice
/// in one text only, it does not spread (المدينة, Medina and "the city").
#[test]
fn a_city_that_is_also_a_definite_word_spreads() {
    let a = "وصل الوفد إلى مدينة الأقصر صباحا.";
    let b = "استقبل محافظ الأقصر الوفد في مكتبه. وقال إن السياحة بالأقصر تتعافى، وإن الطريق الأقصر إلى المعبد أغلق.";
    let an = isnad::entities::link_articles(&[("a", a), ("b", b)]);
    let places: Vec<usize> = an.articles[1].entities.iter().filter(|e| e.kind == EntityType::Loc).map(|e| e.start).collect();
    assert_eq!(places.len(), 2, "{:?}", an.articles[1].entities);
    let road = b.find("الطريق الأقصر").unwrap() + "الطريق ".len();
    assert!(!places.contains(&road), "{:?}", an.articles[1].entities);
}

/// After "called" (يدعى, المدعو) come the name a person goes by, in quote marks or not,
/// up to a verb or كان; يدّعي, "claims", written alike, names no one.
#[test]
fn a_person_named_after_called() {
    let t = "وقال إن صاحب التابوت ويدعى نخت أمون كان مشرفا على المعبد.";
    assert!(all(t).contains(&("نخت أمون".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "وعثر العمال على لوحة لموظف يدعى \"إري حتب\" في الممر.";
    assert!(all(t).contains(&("إري حتب".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "وهو يدعي وجود أدلة جديدة.";
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
}

/// A university named by a foreign town or person keeps its head (جامعة أوبسالا).
#[test]
fn a_university_keeps_its_head_before_a_foreign_name() {
    let t = "وقال أستاذ في جامعة أوبسالا إن البحث انتهى.";
    assert!(all(t).contains(&("جامعة أوبسالا".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// A ministry's or a committee's fields joined by و (وزارة الكهرباء والماء والطاقة
/// المتجددة, لجنة الشؤون الخارجية والتعاون والجالية) are one name.
#[test]
fn fields_of_ministries_and_committees() {
    let t = "وأعلنت وزارة الكهرباء والماء أمس خطة للصيانة.";
    assert!(all(t).contains(&("وزارة الكهرباء والماء".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وعقدت لجنة الشؤون الخارجية والتعاون والجالية اجتماعا مغلقا.";
    assert!(all(t).contains(&("لجنة الشؤون الخارجية والتعاون والجالية".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// A power station named by its town is marked as the town (محطة الوفرة التحويلية is
/// الوفرة; محطة الفاو is the town, not FAO), two towns after the dual head each; a
/// station's kind (محطة القطارات) is no place.
#[test]
fn stations_named_by_their_towns() {
    let t = "وفصلت الحماية محطة الوفرة التحويلية عن الشبكة، ثم توقفت محطة الفاو، فيما عملت محطتي الصبية والزور. وافتتحت محطة القطارات الجديدة، وأطلقت الوكالة مركبة إلى محطة الفضاء الدولية.";
    let places = found(t, EntityType::Loc);
    for town in ["الوفرة", "الفاو", "الزور"] {
        assert!(places.iter().any(|p| p == town), "{town}: {:?}", all(t));
    }
    assert!(!all(t).iter().any(|(s, _)| s.contains("القطارات") || s.contains("التحويلية") || s == "الفضاء"), "{:?}", all(t));
}

/// A body's name with two aims joined by و ends with the country's adjective that
/// agrees with its head (المعهد … والدراسات الاقتصادية البلجيكي: masculine, as المعهد).
#[test]
fn a_country_after_two_aims_agrees_with_the_head() {
    let t = "وبحسب المعهد الوطني للإحصاء والدراسات الاقتصادية البلجيكي فإن البطالة تراجعت.";
    assert!(all(t).contains(&("المعهد الوطني للإحصاء والدراسات الاقتصادية البلجيكي".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// What a thing is called (قطب يدعى "اتجاه") is no person; the adjective of a president
/// of the republic (رئيس الجمهورية العراقي) is no state's name; سورية after عربية is
/// the adjective "Syrian", no place.
#[test]
fn things_called_and_adjectives_are_no_names() {
    let t = "ولكل مغناطيس قطب يدعى \"اتجاه\" في الكتب القديمة.";
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
    let t = "وللقارب أنواع، أما الخامس فيدعى سبيرينتر ويستعمل للسباق.";
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
    let t = "ويصنع الورق من نوعية تدعى كرافتيل تستورد من الخارج.";
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
    let t = "وأعلن نائب رئيس الجمهورية العراقي أن الحكومة ستجتمع.";
    assert!(!all(t).iter().any(|(s, _)| s.starts_with("الجمهورية")), "{:?}", all(t));
    let t = "ويعيش في المدينة مليون مغترب من أصول عربية وسورية.";
    assert!(!all(t).contains(&("سورية".to_string(), EntityType::Loc)), "{:?}", all(t));
}

/// A body "for the states of" an organization is one name (هيئة التقييس لدول مجلس
/// التعاون الخليجي), not the body and the council apart.
#[test]
fn a_body_for_member_states_is_one_name() {
    let t = "وأصدرت هيئة التقييس لدول مجلس التعاون الخليجي مواصفة جديدة للإطارات.";
    assert!(all(t).contains(&("هيئة التقييس لدول مجلس التعاون الخليجي".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// What an office is for after the parliament it belongs to (مفوض البرلمان الكيني لحقوق
/// الإنسان) is no part of the parliament's name.
#[test]
fn a_parliament_is_for_nothing() {
    let t = "وقال مفوض البرلمان الكيني لحقوق الإنسان إن التحقيق بدأ.";
    assert!(all(t).contains(&("البرلمان الكيني".to_string(), EntityType::Org)), "{:?}", all(t));
    // (A body named so keeps its aim.)
    let t = "وزار وفد من البرلمان العالمي للكتاب المدينة المحاصرة.";
    assert!(!all(t).contains(&("البرلمان العالمي".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// A national agency named by its definite head, its field and its country's adjective
/// is a body (الوكالة الفضائية المصرية); "the official agency" names none. A central bank
/// named without البنك is one name over the tagger's lone المركزي (يبدأ المركزي الأردني).
#[test]
fn national_agencies_and_central_banks_without_bank() {
    let t = "وأعلنت الوكالة الفضائية المصرية إطلاق قمر جديد.";
    assert!(all(t).contains(&("الوكالة الفضائية المصرية".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وذكرت الوكالة الرسمية أن الاجتماع انتهى.";
    assert!(!all(t).iter().any(|(s, _)| s.contains("الرسمية")), "{:?}", all(t));
    let t = "وتوقع المحللون أن يبدأ المركزي الأردني دورة الخفض قريبا.";
    assert!(all(t).contains(&("المركزي الأردني".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// A number written after the article is an ordinal, no quantity (المركز الـ14 برصيد,
/// والـ7 عالميا); a year alone after منذ or حتى, with no noun it could count after it, is
/// a date (منذ 1975، حتى 2030 على الأقل), not منذ 1500 عام.
#[test]
fn ordinals_after_the_article_and_years_alone() {
    let t = "وحل الفريق في المركز الـ14 برصيد 9 نقاط، فيما جاء حارسه والـ7 عالميا في القائمة.";
    assert_eq!(found(t, EntityType::Quantity), ["9 نقاط"], "{:?}", all(t));
    let t = "ويحظر القانون صيد النمور منذ 1975، وتسري الخطة حتى 2030 على الأقل.";
    assert_eq!(found(t, EntityType::Date), ["1975", "2030"], "{:?}", all(t));
    let t = "وتعود الآثار إلى حضارة قامت منذ 1500 عام على ضفاف النهر.";
    assert!(found(t, EntityType::Date).is_empty(), "{:?}", all(t));
}

/// A given name of the lists, then a name no list knows that begins with و: the و is the
/// family name's own (جين وامبوي, and the envoy ويلكينسون after جيفرى), one person.
#[test]
fn a_family_name_that_begins_with_waw() {
    let t = "وقالت المحامية جين وامبوي للصحفيين إن موكلها بريء.";
    assert!(all(t).contains(&("جين وامبوي".to_string(), EntityType::Per)), "{:?}", all(t));
    // (After a whole name the و is "and": the verb after it stays out.)
    let t = "واعتقلت الشرطة سامر خوري وأحالته إلى النيابة.";
    assert!(!all(t).iter().any(|(s, _)| s.contains("وأحالته")), "{:?}", all(t));
    // (A given name no list holds right after a title, the feminine of a prosecutor's:
    // the person's name begins there.)
    let t = "وقالت المدعية العامة ماري واثيرو أمام القاضي إن الأدلة كافية.";
    assert!(all(t).contains(&("ماري واثيرو".to_string(), EntityType::Per)), "{:?}", all(t));
    // (Nor before a name that begins otherwise than وا or وي: two people.)
    let t = "واستقبل الرئيس ماكرون وشولتس في القصر.";
    assert!(!all(t).iter().any(|(s, _)| s == "ماكرون وشولتس"), "{:?}", all(t));
}

/// A country's adjective alone before a person's name is the person's nationality, no
/// body or place; the countries whose adjective drops ستان (أوزبكي, طاجيكي) too.
#[test]
fn a_nationality_alone_is_no_name() {
    let t = "وخسر اللاعب أمام الطاجيكي فرخود نظروف في الجولة الخامسة.";
    assert!(!all(t).iter().any(|(s, _)| s == "الطاجيكي"), "{:?}", all(t));
    let t = "وتعادل بطل البلاد مع الأوزبكي رستم قاسموف في مباراة طويلة.";
    assert!(!all(t).iter().any(|(s, _)| s == "الأوزبكي"), "{:?}", all(t));
}

/// Names of the Nile basin, the wildlife trade and chess from the list of well-known
/// names: a river's branch with its colour whole, the Horn of Africa, Dubai's port, the
/// UN's drugs office, CITES with اتفاقية, and Tashkent's two spellings linked.
#[test]
fn well_known_rivers_treaties_and_federations() {
    let t = "وارتفع منسوب النيل الأبيض قرب ملكال، فيما تراقب دول القرن الأفريقي الوضع.";
    assert!(all(t).contains(&("النيل الأبيض".to_string(), EntityType::Loc)), "{:?}", all(t));
    assert!(all(t).contains(&("القرن الأفريقي".to_string(), EntityType::Loc)), "{:?}", all(t));
    let t = "وضبطت السلطات الشحنة في ميناء جبل علي بالتعاون مع مكتب الأمم المتحدة المعني بالمخدرات والجريمة، تطبيقا لاتفاقية سايتس.";
    let got = all(t);
    assert!(got.contains(&("جبل علي".to_string(), EntityType::Loc)), "{got:?}");
    assert!(got.contains(&("مكتب الأمم المتحدة المعني بالمخدرات والجريمة".to_string(), EntityType::Org)), "{got:?}");
    assert!(got.contains(&("اتفاقية سايتس".to_string(), EntityType::Misc)), "{got:?}");
    let a = "وصل المنتخب إلى طاشكند أمس.";
    let b = "وتستضيف طشقند البطولة.";
    let an = isnad::entities::link_articles(&[("a", a), ("b", b)]);
    let id = |k: usize, t: &str, w: &str| an.articles[k].entities.iter().find(|e| &t[e.start..e.end] == w).map(|e| e.id.clone()).unwrap_or_else(|| panic!("{w}: {:?}", an.articles[k].entities));
    assert_eq!(id(0, a, "طاشكند"), id(1, b, "طشقند"));
    let t = "وقال المدرب فى تصريحات خاصة لمصراوى إن الفريق جاهز.";
    assert!(all(t).contains(&("مصراوى".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// Customs and police named after their city are bodies, with their head (جمارك الشارقة,
/// شرطة أبوظبي), not the city; the police of a field stay unmarked.
#[test]
fn customs_and_police_named_after_a_city() {
    let t = "وأعلنت جمارك الشارقة ضبط الشحنة، فيما أوقفت شرطة أبوظبي سائقا، وقالت شرطة المرور إن الطريق مغلق.";
    let got = all(t);
    assert!(got.contains(&("جمارك الشارقة".to_string(), EntityType::Org)), "{got:?}");
    assert!(got.contains(&("شرطة أبوظبي".to_string(), EntityType::Org)), "{got:?}");
    assert!(!got.iter().any(|(s, _)| s.contains("المرور")), "{got:?}");
}

/// An emirate's courts are a body named after it too (محاكم دبي, محاكم رأس الخيمة), with
/// their head, not the emirate; courts of a kind (محاكم الاستئناف) name none.
#[test]
fn courts_named_after_an_emirate() {
    let t = "في واحدة من أكبر الدعاوى التي تنظرها محاكم دبي منذ عام 2020، فيما رفضت محاكم الاستئناف الطعن.";
    let got = all(t);
    assert!(got.contains(&("محاكم دبي".to_string(), EntityType::Org)), "{got:?}");
    assert!(!got.iter().any(|(s, _)| s.contains("الاستئناف")), "{got:?}");
    let t = "وأكدت محاكم رأس الخيمة أن الحكم نهائي.";
    assert!(all(t).contains(&("محاكم رأس الخيمة".to_string(), EntityType::Org)), "{:?}", all(t));
}


/// A dam named by its town keeps its head (سد مروي), as a dam named by a word does
/// (سد النهضة, from the list of well-known names); the verb سد before a place is no dam.
#[test]
fn dams_keep_their_head() {
    let t = "وأعلنت وزارة الري فتح بوابات سد مروي بعد ارتفاع منسوب المياه، فيما بلغ الملء الرابع في خزان سد النهضة ذروته.";
    let got = all(t);
    assert!(got.contains(&("سد مروي".to_string(), EntityType::Loc)), "{got:?}");
    assert!(got.contains(&("سد النهضة".to_string(), EntityType::Loc)), "{got:?}");
}

/// A first line that is an outlet no place list knows, a dash and the agencies it took
/// the news from (فبرايركوم - وكالات) names the outlet, an organization, not a place; a
/// city before وكالات stays the place.
#[test]
fn an_outlet_before_the_agencies_it_quotes() {
    let t = "الرباط - وكالات\nأعلنت السلطات المغربية توقيف شبكة للتهريب.";
    assert!(all(t).contains(&("الرباط".to_string(), EntityType::Loc)), "{:?}", all(t));
    let t = "فبرايركوم - وكالات\nأعلنت السلطات المغربية توقيف شبكة للتهريب.";
    assert!(all(t).contains(&("فبرايركوم".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// أمير right before a given name and a family name is the first part of a compound
/// given name (أمير علي رحيمي), not the title "prince", which comes with the
/// article or with what the prince rules (أمير الكويت).
#[test]
fn a_compound_given_name_with_amir() {
    let t = "وقال قائد الفريق أمير علي رحيمي للصحفيين إن المباراة كانت صعبة.";
    assert!(all(t).contains(&("أمير علي رحيمي".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "واستقبل أمير الكويت الشيخ مشعل الأحمد الجابر الصباح الوفد.";
    assert!(!all(t).iter().any(|(s, _)| s.starts_with("أمير")), "{:?}", all(t));
}

/// A foreign person after a title and what it is of, whose words no list holds (المدير
/// العام للوكالة صامويل موتيسو): the person; a function word or a word with a pronoun
/// after the title is none (مدير الموارد البشرية بالشركة كما). (The rule adds a person
/// only where no mention is: on وزير الزراعة والري تيغيستو بكيلي the retrained tagger
/// marks pieces, تيغيستو as a body and كيلي of بكيلي as a person, and the rule does not
/// reach it; noted as left in the tenth session's note.)
#[test]
fn foreign_people_after_titles() {
    for (t, p) in [
        ("وقال المدير العام للوكالة صامويل موتيسو للصحفيين إن العمل مستمر.", "صامويل موتيسو"),
    ] {
        assert!(all(t).contains(&(p.to_string(), EntityType::Per)), "{:?}", all(t));
    }
    let t = "ولرئيس الحكومة نائبان أحدهما من الشمال.";
    assert!(!all(t).iter().any(|(s, k)| *k == EntityType::Per && s.contains("أحدهما")), "{:?}", all(t));
}

/// The rules that look past a title or a name's end stop at the text's end and at
/// tokens made of one character (the input the property test found: ٱب).
#[test]
fn rules_that_look_ahead_stop_at_the_end() {
    for t in ["ٱب", "المدير ٱب", "وزير المياه تسفاي", "ماري وا", "أمير حسين", "سد", "اتحاد الكويت للشطرنج", "ﻻ وﻻ"] {
        let _ = all(t);
    }
}

/// What the merge of the retrained models with the gold12 rules showed on ANERcorp train:
/// a verb after "and" is no family name (برلسكوني وأخذن, فرويد ويعوقه), an accusative
/// or a dual noun after a title is no foreign person (الوزير اتصالا تليفونيا, اتصالين
/// هاتفيين), and ل with a definite noun that begins a "person" is what the body before
/// is for (الاتحاد الدولي للشطرنج + أركادي دفوركوفيتش).
#[test]
fn no_people_of_verbs_and_accusatives() {
    let t = "وأحاطت الصحفيات بزوجة برلسكوني وأخذن في سؤالها.";
    assert!(!all(t).iter().any(|(s, _)| s.contains("وأخذن") || s.contains("أخذن")), "{:?}", all(t));
    let t = "وأجرى الوزير اتصالا تليفونيا أمس مع نظيره.";
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
    let t = "وتلقى وزير الخارجية اتصالين هاتفيين من نظيريه.";
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
    let t = "وقال رئيس الاتحاد الدولي للشطرنج أركادي دفوركوفيتش إن البطولة نجحت.";
    let a = all(t);
    assert!(!a.iter().any(|(s, k)| *k == EntityType::Per && s.contains("شطرنج")), "{a:?}");
}

/// A hospital named by a short definite word (مستشفى النو) is named with its head too.
#[test]
fn a_hospital_by_a_short_name() {
    let t = "واستقبل مستشفى النو عشرات الجرحى.";
    assert!(all(t).contains(&("مستشفى النو".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// A town or a village named by a definite word after its head is the place (بلدة
/// الطيبة); بلده, "his country", is no head (في بلده الثاني).
#[test]
fn a_town_named_by_a_definite_word() {
    let t = "وانتشرت وحدات الجيش في بلدة الطيبة الحدودية.";
    assert!(all(t).contains(&("الطيبة".to_string(), EntityType::Loc)), "{:?}", all(t));
    let t = "ورحب الملك بضيفه في بلده الثاني.";
    assert!(found(t, EntityType::Loc).is_empty(), "{:?}", all(t));
}

/// What the lead's eleventh-session held-out sets (grades, fezzan) showed: capitals
/// beyond ASCII in a Latin acronym (TÜİK), a Turkish agency's dateline written with a
/// slash (إسطنبول/ الأناضول), a channel or site named with نيوز, a university or a
/// broadcaster named by its country's feminine adjective.
#[test]
fn acronyms_datelines_and_national_bodies_of_the_eleventh_session() {
    let t = "ونشرت مؤسسة الإحصاء TÜİK أرقاما جديدة عن التضخم.";
    assert!(all(t).contains(&("TÜİK".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "إسطنبول/ الأناضول\nأعلنت السلطات التركية توقيف عشرة أشخاص.";
    assert!(all(t).contains(&("الأناضول".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "ونقل موقع عمون نيوز عن مصدر حكومي أن القرار نهائي، وقال المصدر لـ\"عمون\" إن التنفيذ يبدأ غدا.";
    let es = entities(t);
    let named: Vec<_> = es.iter().filter(|e| e.kind == EntityType::Org).map(|e| (&t[e.start..e.end], e.id.clone())).collect();
    assert!(named.len() == 2 && named[0].0 == "عمون نيوز" && named[1].0 == "عمون" && named[0].1 == named[1].1, "{named:?}");
    let t = "وتظاهر طلاب في الجامعة اللبنانية احتجاجا على الرسوم، وبثت الإذاعة الجزائرية الخبر.";
    for name in ["الجامعة اللبنانية", "الإذاعة الجزائرية"] {
        assert!(all(t).contains(&(name.to_string(), EntityType::Org)), "{name}: {:?}", all(t));
    }
}

/// Bodies the tagger cuts short: a country's adjective that agrees with the head and
/// not with the word before it (مجلس الصادرات الزراعية المغربي), a people in the
/// construct state and what they belong to (اتحاد طلبة جامعة بيرزيت, مجلس أعيان وحكماء
/// مصراتة), a second task after و (هيئة الرقابة ومكافحة الفساد, named again as هيئة
/// الرقابة), not a verb and its object after و (بوزارة الخارجية وحضره).
#[test]
fn bodies_with_their_country_people_and_second_task() {
    for (t, name) in [
        ("وأعلن مجلس الصادرات الزراعية المغربي عن خطة جديدة.", "مجلس الصادرات الزراعية المغربي"),
        ("ودعا اتحاد طلبة جامعة بيرزيت إلى إضراب.", "اتحاد طلبة جامعة بيرزيت"),
        ("وطالب مجلس أعيان وحكماء مصراتة بوقف القتال.", "مجلس أعيان وحكماء مصراتة"),
        ("وأكدت وزارة الصحة ووقاية المجتمع تسجيل إصابات جديدة.", "وزارة الصحة ووقاية المجتمع"),
    ] {
        assert!(all(t).contains(&(name.to_string(), EntityType::Org)), "{name}: {:?}", all(t));
    }
    let t = "وأحالت هيئة الرقابة ومكافحة الفساد الملف إلى القضاء، وقالت هيئة الرقابة إن التحقيق مستمر.";
    let es = entities(t);
    let named: Vec<_> = es.iter().filter(|e| e.kind == EntityType::Org).map(|e| (&t[e.start..e.end], e.id.clone())).collect();
    assert!(named.len() == 2 && named[0].0 == "هيئة الرقابة ومكافحة الفساد" && named[1].0 == "هيئة الرقابة" && named[0].1 == named[1].1, "{named:?}");
    let t = "وعقد اللقاء بوزارة الخارجية وحضره السفير.";
    assert!(all(t).contains(&("وزارة الخارجية".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// The foreign and the interior ministry named by their field alone after باسم or a
/// verb of statement, linked to the ministry the article names in full; the adjective
/// after a definite noun stays an adjective (السياسة الخارجية).
#[test]
fn ministries_named_by_their_field_alone() {
    let t = "وقال المتحدث باسم الداخلية إن الطريق أغلق، لكن السياسة الخارجية لم تتغير.";
    assert_eq!(found(t, EntityType::Org), ["الداخلية"], "{:?}", all(t));
    let t = "وأعلنت وزارة الخارجية المغربية استدعاء السفير، وقالت الخارجية إن القرار سيادي.";
    let es = entities(t);
    let named: Vec<_> = es.iter().filter(|e| e.kind == EntityType::Org).map(|e| (&t[e.start..e.end], e.id.clone())).collect();
    assert!(named.len() == 2 && named[1].0 == "الخارجية" && named[0].1 == named[1].1, "{named:?}");
}

/// A town in the construct state after a port's or a town's head (مطار عين العرب,
/// مخيم عين الحلوة) is the place with both words; an adjective after a town of one
/// word is not its name (مدينة قرطبة العظيمة).
#[test]
fn towns_of_two_words_after_their_heads() {
    for (t, name) in [("وهبطت الطائرة في مطار عين العرب بعد تأخير.", "عين العرب"), ("وأقيم العزاء في مخيم عين الحلوة أمس.", "عين الحلوة")] {
        assert!(all(t).contains(&(name.to_string(), EntityType::Loc)), "{name}: {:?}", all(t));
    }
    let t = "تحتضن مدينة قرطبة العظيمة المعرض التجاري.";
    assert!(!all(t).iter().any(|(s, _)| s.contains("العظيمة")), "{:?}", all(t));
}

/// An outlet named with its head and without it (بوابة الفجر, الفجر) is one entity, as
/// a party is with and without حزب; linking alone, on the spans given.
#[test]
fn outlets_with_and_without_their_heads_link() {
    let (a, b) = ("ونشرت بوابة الفجر تفاصيل الاتفاق.", "وقال مسؤول لـ«الفجر» إن التوقيع قريب.");
    let span = |t: &str, s: &str| {
        let start = t.find(s).unwrap();
        isnad::entities::Span { start, end: start + s.len(), kind: EntityType::Org, score: 1.0 }
    };
    let spans = vec![vec![span(a, "بوابة الفجر")], vec![span(b, "الفجر")]];
    let an = isnad::entities::link_spans(&[("a", a), ("b", b)], &spans);
    let ids: Vec<_> = an.articles.iter().map(|x| x.entities[0].id.clone()).collect();
    assert_eq!(ids[0], ids[1], "{ids:?}");
}

/// What the lead's held-out airshow and crossing sets showed: a fair named by its city
/// and aim alone (معرض الشارقة للكتاب), airlines named طيران and a place or "fly" and a
/// word (طيران الخليج, فلاي ناس, whose ف is no conjunction), a border crossing named by
/// its town before الحدودي (منفذ نصيب الحدودي), the Lebanese agency's dateline (وطنية -
/// صيدا -), an outlet in quote marks after a tatweel dash (لندن ــ «القدس»), what a body
/// is for with its adjective العام (للأمن العام), a year alone after بحلول or اعتبارا
/// من, places the lists lack (شتورا, ريف دمشق).
#[test]
fn fairs_airlines_crossings_and_datelines_of_the_eleventh_session() {
    for (t, name, kind) in [
        ("ويشارك نحو ألف عارض في معرض الشارقة للكتاب هذا العام.", "معرض الشارقة للكتاب", EntityType::Misc),
        ("وأعلنت طيران الخليج تعليق رحلاتها.", "طيران الخليج", EntityType::Org),
        ("وقال متحدث باسم فلاي ناس إن الجدول لم يتغير.", "فلاي ناس", EntityType::Org),
        ("وعبرت الشاحنات منفذ نصيب الحدودي مع الأردن صباحا.", "نصيب", EntityType::Loc),
        ("وطنية - صيدا - شيع أهالي المدينة الشهيد.", "وطنية", EntityType::Org),
        ("وطنية - صيدا - شيع أهالي المدينة الشهيد.", "صيدا", EntityType::Loc),
        ("عاجل - صيدا - شيع أهالي المدينة الشهيد.", "صيدا", EntityType::Loc),
        ("لندن ــ «القدس»\nقال مسؤولون إن الاتفاق قريب.", "القدس", EntityType::Org),
        ("وأكدت المديرية العامة للأمن العام أن المعبر مفتوح.", "المديرية العامة للأمن العام", EntityType::Org),
        ("وقالت الشركة إنها ستطلق الخدمة بحلول 2030.", "2030", EntityType::Date),
        ("وقالت إن التوسعة تكتمل اعتبارا من 2028.", "2028", EntityType::Date),
        ("وتجمع المحتجون في شتورا قبل التوجه إلى ريف دمشق.", "شتورا", EntityType::Loc),
        ("وتجمع المحتجون في شتورا قبل التوجه إلى ريف دمشق.", "ريف دمشق", EntityType::Loc),
    ] {
        assert!(all(t).contains(&(name.to_string(), kind)), "{name}: {:?}", all(t));
    }
    // (A label that begins a line is no agency: عاجل, "breaking".)
    let t = "عاجل - صيدا - شيع أهالي المدينة الشهيد.";
    assert!(!all(t).iter().any(|(s, _)| s == "عاجل"), "{:?}", all(t));
    // (Not a fair of photographs for a writer: صور is also Tyre.)
    let t = "وأقيم معرض صور للأديب الراحل في المركز الثقافي.";
    assert!(!all(t).iter().any(|(s, _)| s.contains("معرض")), "{:?}", all(t));
    // (Nor a number after من that is a range's start.)
    let t = "ويتراوح السعر من 2000 إلى 3000 دولار.";
    assert!(found(t, EntityType::Date).is_empty(), "{:?}", all(t));
}

/// A body's name without its head spreads where the text names the body again, but
/// not after a title, where it is the title's complement (وزير الأشغال العامة والنقل).
#[test]
fn a_headless_name_does_not_spread_after_a_title() {
    let t = "وأنهت وزارة الأشغال العامة والنقل الأعمال، وتفقد وزير الأشغال العامة والنقل الموقع.";
    assert_eq!(found(t, EntityType::Org), ["وزارة الأشغال العامة والنقل"], "{:?}", all(t));
}

/// A person's family name that is also a given name and a word (سعيد "glad", سلام
/// "peace") does not spread alone to where the text uses the word: the spread reads the
/// name lists, which it once read from tokens that had no flags.
#[test]
fn a_family_name_that_is_a_word_does_not_spread() {
    let t = "وقال وزير الخارجية محمد سعيد إن المحادثات مستمرة. وأضاف أنه سعيد بالنتائج.";
    assert_eq!(found(t, EntityType::Per), ["محمد سعيد"], "{:?}", all(t));
    let t = "وصرح رئيس الوزراء أحمد سلام بأن الحكومة ماضية. وقال إن أي سلام يجب أن يكون عادلا.";
    assert_eq!(found(t, EntityType::Per), ["أحمد سلام"], "{:?}", all(t));
}

/// What the gold14 sets (desal, rowspain, blast) showed in quantities: the euro as the
/// Maghreb writes it (أورو), a rate after a unit's adjective (متر مكعب في اليوم), the
/// dollar's country (دولار أمريكي) but no word after a unit that only ends like an
/// adjective (حتى), and a counted noun's adjective in the accusative that looks like a
/// verb of the dual (محلا تجاريا).
#[test]
fn quantities_with_rates_currencies_and_accusative_adjectives() {
    let t = "وارتفعت الصادرات إلى نحو 4,2 مليار أورو خلال السنة.";
    assert_eq!(found(t, EntityType::Quantity), ["نحو 4,2 مليار أورو"], "{:?}", all(t));
    let t = "وتضخ المحطة الجديدة 300 ألف متر مكعب في اليوم إلى الشبكة.";
    assert_eq!(found(t, EntityType::Quantity), ["300 ألف متر مكعب في اليوم"], "{:?}", all(t));
    let t = "ووقعت الشركة عقدا بقيمة 2.5 مليار دولار أمريكي مع الحكومة.";
    assert_eq!(found(t, EntityType::Quantity), ["2.5 مليار دولار أمريكي"], "{:?}", all(t));
    let t = "وأعادت الفرق تشغيل 900 ميغاواط حتى الآن.";
    assert_eq!(found(t, EntityType::Quantity), ["900 ميغاواط"], "{:?}", all(t));
    let t = "والتهمت النيران قرابة 25 محلا تجاريا في الحي القديم.";
    assert_eq!(found(t, EntityType::Quantity), ["قرابة 25 محلا تجاريا"], "{:?}", all(t));
    // (A word of how many more is still left out: 30 جنديا إضافيا counts soldiers.)
    let t = "وأرسلت الوزارة 30 جنديا إضافيا إلى الحدود.";
    assert_eq!(found(t, EntityType::Quantity), ["30 جنديا"], "{:?}", all(t));
}

/// A byline line that ends with a bar (كتب فلان |), as Gulf papers set it.
#[test]
fn a_byline_ending_with_a_bar() {
    let t = "كتب سالم الهاجري |\nأقرت اللجنة أمس الميزانية الجديدة.";
    assert_eq!(found(t, EntityType::Per), ["سالم الهاجري"], "{:?}", all(t));
}

/// A credit rating's grade in Latin letters is no organization; the agencies are.
#[test]
fn rating_grades_are_no_bodies() {
    let t = "وكانت فيتش قد منحت المصرف تصنيف BBB مع نظرة مستقرة، وأبقت موديز على تصنيفه عند Baa1.";
    assert_eq!(found(t, EntityType::Org), ["فيتش", "موديز"], "{:?}", all(t));
}

/// A byline line of the writer's name, من and the city (as Saudi papers sign reports).
#[test]
fn a_byline_of_a_name_from_a_city() {
    let t = "سلمى الحربي من جدة\nأعلنت الشركة عن نتائجها الفصلية أمس.";
    assert_eq!(found(t, EntityType::Per), ["سلمى الحربي"], "{:?}", all(t));
    // (Not a sentence that goes on after the city.)
    let t = "عاد سالم من جدة أمس بعد رحلة طويلة.";
    assert!(found(t, EntityType::Per).iter().all(|p| !p.contains("عاد")), "{:?}", all(t));
}

/// A Korean given name joined by a hyphen (هيون-وو) is one name with the family name
/// before it, even where the tagger began a second name after the hyphen.
#[test]
fn hyphenated_given_names() {
    let t = "وقال رئيس الشركة لي هيون-وو إن المصنع سيفتتح قريبا.";
    assert!(all(t).contains(&("لي هيون-وو".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "والتقى الوفد بنائب الوزير تشو يونغ-سو في العاصمة.";
    assert!(all(t).contains(&("تشو يونغ-سو".to_string(), EntityType::Per)), "{:?}", all(t));
}

/// A person's name never ends with ل and the outlet the text names alone (قال فلان
/// لرووداو): the person, then the outlet; nor is a foreign person lost when a listed
/// outlet follows him so.
#[test]
fn an_outlet_after_a_person_is_not_his_name() {
    let t = "أربيل - رووداو\nوقال المحافظ نوزاد هادي لرووداو إن الطريق أعيد فتحه.";
    let a = all(t);
    assert!(a.contains(&("نوزاد هادي".to_string(), EntityType::Per)), "{a:?}");
    assert!(!a.iter().any(|(s, _)| s.contains("هادي ل")), "{a:?}");
}

/// In أما X فـ… the name ends before the answer of أما; الحداد, "mourning", after a
/// person and before its length is no family name, which it stays elsewhere; two
/// places joined by ب are two places.
#[test]
fn names_end_before_answers_mourning_and_joined_places() {
    let t = "أما جبهة البوليساريو فرحبت بالخطوة.";
    assert!(all(t).contains(&("جبهة البوليساريو".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وأعلن محافظ البصرة أسعد العيداني الحداد ثلاثة أيام.";
    assert!(all(t).contains(&("أسعد العيداني".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "وقال الفنان محمود الحداد إن المعرض يفتتح غدا.";
    assert!(all(t).contains(&("محمود الحداد".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "وتتدفق الشحنات عبر الأنبوب، الذي يربط بني صاف بألميريا، بانتظام.";
    let l = found(t, EntityType::Loc);
    assert!(l.contains(&"بني صاف".to_string()) && l.contains(&"ألميريا".to_string()), "{:?}", all(t));
}

/// A hospital named after a scholar with ابن, Iraq's operations commands, and a
/// feminine broadcaster that is "national" before its country's adjective.
#[test]
fn hospitals_with_ibn_commands_and_national_broadcasters() {
    let t = "ونقل المصابون إلى مستشفى ابن النفيس في العاصمة.";
    assert!(all(t).contains(&("مستشفى ابن النفيس".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وقالت قيادة عمليات بغداد إن القوات اعتقلت المتهمين.";
    assert!(all(t).contains(&("قيادة عمليات بغداد".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "وقال الوزير في حديث للإذاعة الوطنية الفرنسية إن الاتفاق قريب.";
    assert!(all(t).contains(&("لإذاعة الوطنية الفرنسية".to_string(), EntityType::Org)), "{:?}", all(t));
}

/// A second name in quote marks joined by و to a company's quoted name after its head is
/// a company too (تحالف «هيونداي» و«سينوبك»), not a work's title.
#[test]
fn a_second_quoted_company_after_and() {
    let t = "وجاء عرض تحالف «هيونداي» و«سينوبك» أقل من المتوقع.";
    let o = found(t, EntityType::Org);
    assert!(o.contains(&"هيونداي".to_string()) && o.contains(&"سينوبك".to_string()), "{:?}", all(t));
}

/// A state's head without the article names nothing alone (سلطنة of سلطنة عمان where
/// the tagger found the two apart).
#[test]
fn a_states_head_alone_is_no_place() {
    let t = "وقارن الخبير كلفة المشروع بمحطات مماثلة في قطر وسلطنة عمان.";
    assert!(!all(t).iter().any(|(s, _)| s == "سلطنة"), "{:?}", all(t));
}

/// A body's head and an indefinite adjective names no body (لجنة تحقيقية, "a committee
/// of inquiry").
#[test]
fn a_head_and_an_indefinite_adjective_is_no_name() {
    let t = "ووجه المحافظ بتشكيل لجنة تحقيقية تضم ممثلين عن الوزارات.";
    assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
    // (Nor adjectives that describe a body of any kind, with an aim after them or "non-"
    // before the next: "a new committee", "a joint technical committee", "an
    // international non-governmental organization".)
    for t in [
        "وقررت الحكومة تشكيل لجنة جديدة برئاسة الوزير.",
        "وأعلن المجلس عن تشكيل لجنة جديدة لمتابعة الملف.",
        "واتفق الجانبان على تشكيل لجنة فنية مشتركة.",
        "وأعلنت منظمة دولية غير حكومية أن الوضع يتدهور.",
    ] {
        assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
    }
    // (A body's name with a definite complement, or a name the list holds, stays.)
    let t = "وقالت لجنة حماية الصحفيين إن المراسل اعتقل، ودعت رابطة عوامي إلى الإضراب.";
    assert_eq!(found(t, EntityType::Org), ["لجنة حماية الصحفيين", "رابطة عوامي"], "{:?}", all(t));
}

/// A dateline that joins its place and its agency with a hyphen (دمشق-سانا) is the
/// place and the agency, not one name of two words (the hyphen joins a person's names
/// only: جي-هون).
#[test]
fn a_hyphenated_dateline_is_a_place_and_an_agency() {
    let t = "حلب-سانا\nأعلنت المحافظة افتتاح الطريق.";
    let a = all(t);
    assert!(a.contains(&("حلب".to_string(), EntityType::Loc)) && a.contains(&("سانا".to_string(), EntityType::Org)), "{a:?}");
}

/// What the lead's held-out fintech and lampedusa sets showed: a ship named in quote
/// marks after its head with a pronoun (سفينتها "…"), a directorate general (الإدارة
/// العامة للحرس الوطني) but no administration described (الإدارة العسكرية), the outlet
/// a source told something after a verb of saying (قاله مصدر لـ"…"), a company's initials
/// spelled in Arabic letters (إي إف جي القابضة), a body named in quote marks by an
/// ordinary word (رصيد, "balance") found again in quote marks, a foreign league (رابطة
/// عوامي) that is no head with an adjective, and بقيادة, "led by", that heads no body.
#[test]
fn ships_directorates_initials_and_quoted_bodies() {
    for (t, name, kind) in [
        ("وقالت المنظمة إن سفينتها \"أوشن فايكينغ\" تنتظر الإذن بالرسو.", "أوشن فايكينغ", EntityType::Misc),
        ("وأعلنت الإدارة العامة للديوانة حجز البضائع.", "الإدارة العامة للديوانة", EntityType::Org),
        ("وأضاف مصدر، وفق ما قاله لـ\"مدى مصر\"، أن الاتفاق قريب.", "مدى مصر", EntityType::Org),
        ("وتتولى مجموعة إي إف جي القابضة ترتيب الطرح.", "إي إف جي القابضة", EntityType::Org),
        ("ويضم التحالف 14 حزبا بقيادة رابطة عوامي التي تتزعمها رئيسة الوزراء.", "رابطة عوامي", EntityType::Org),
    ] {
        assert!(all(t).contains(&(name.to_string(), kind)), "{name}: {:?}", all(t));
    }
    let t = "ووضعت البلاد تحت الإدارة العسكرية لمدة أربع سنوات.";
    assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
    let t = "وأعلنت شركة \"رصيد\" السعودية جولة تمويل، وكان البنك المركزي قد منح \"رصيد\" ترخيصا.";
    assert_eq!(found(t, EntityType::Org).iter().filter(|s| *s == "رصيد").count(), 2, "{:?}", all(t));
    let t = "ويتولى سهم الشركة قيادة سوق أبوظبي للأوراق المالية.";
    assert!(!all(t).iter().any(|(s, _)| s.starts_with("قيادة")), "{:?}", all(t));
}

/// A person's family name that begins with ب and a town's letters (دانا برينو) is no
/// two places joined by ب.
#[test]
fn a_family_name_in_ba_is_no_second_place() {
    let t = "قالت المتحدثة باسم البيت الأبيض دانا برينو إن الحديث مبكر.";
    assert!(all(t).contains(&("دانا برينو".to_string(), EntityType::Per)), "{:?}", all(t));
}

/// What olive, pardon and marathon (the gold13 helper's sets) showed: a race time as a
/// clock (2:07:15 ساعة) was read as "15 hours"; a duration in hours, minutes and seconds
/// joined by و is one quantity; a currency keeps its country's adjective (دولار أميركي).
#[test]
fn clock_times_and_durations_are_one_quantity() {
    let t = "أنهى العداء السباق في 2:07:15 ساعة، وحل زميله ثانيا. وسجل زميله 1:58:02 في نصف الماراثون.";
    assert_eq!(found(t, EntityType::Quantity), ["2:07:15 ساعة", "1:58:02"], "{:?}", all(t));
    // (Two parts without a unit are as often a score.)
    let t = "وفاز الفريق 3:1 على ضيفه.";
    assert!(found(t, EntityType::Quantity).is_empty(), "{:?}", all(t));
    let t = "استغرقت الرحلة ساعتين و40 دقيقة بسبب الرياح، ثم 3 ساعات و15 دقيقة و9 ثوان للعودة.";
    assert_eq!(found(t, EntityType::Quantity), ["ساعتين و40 دقيقة", "3 ساعات و15 دقيقة و9 ثوان"], "{:?}", all(t));
    // (A dual alone is not marked: no unit with a number.)
    let t = "واستمر الاجتماع ساعتين ثم انفض.";
    assert!(found(t, EntityType::Quantity).is_empty(), "{:?}", all(t));
    let t = "تبرعت الشركة بمبلغ 250 ألف دولار أميركي للمستشفى، و10 آلاف جنيه إسترليني.";
    assert_eq!(found(t, EntityType::Quantity), ["250 ألف دولار أميركي", "10 آلاف جنيه إسترليني"], "{:?}", all(t));
    // (A counted noun in the construct state with a common noun whose letters look
    // foreign: شجرة زيتون.)
    let t = "اقتلع المستوطنون 300 شجرة زيتون في القرية.";
    assert_eq!(found(t, EntityType::Quantity), ["300 شجرة زيتون"], "{:?}", all(t));
}

/// A wire's date in digits is a date, and its year no quantity (2027 ومع); the outlet
/// after it, in brackets after a dash or glued to the dash (the Palestinian agency's
/// order: the place, the date, the outlet, the dash).
#[test]
fn numeric_datelines_and_their_outlets() {
    let t = "القاهرة - 12-3-2027 (ومع) - أعلنت الوزارة عن خطة.";
    let a = all(t);
    assert!(a.contains(&("12-3-2027".to_string(), EntityType::Date)), "{a:?}");
    assert!(a.contains(&("ومع".to_string(), EntityType::Org)), "{a:?}");
    assert!(found(t, EntityType::Quantity).is_empty(), "{a:?}");
    let t = "رام الله 5-11-2027 وفا- قال وزير الصحة إن المستشفيات ممتلئة.";
    let a = all(t);
    assert!(a.contains(&("5-11-2027".to_string(), EntityType::Date)), "{a:?}");
    assert!(a.contains(&("وفا".to_string(), EntityType::Org)), "{a:?}");
    assert!(found(t, EntityType::Quantity).is_empty(), "{a:?}");
}

/// A person's name never ends with ب and a noun (بلقبي, "with the two titles"), nor,
/// after a family name alone, with the outlet spoken to (لهسبريس), which is a mention
/// of the outlet.
#[test]
fn names_end_before_a_preposition_phrase() {
    let t = "توج العداء الأوغندي جوشوا تشيبتيغي والعداءة الكينية بريجيد كوسغي بلقبي النسخة الخامسة من ماراثون مسقط.";
    assert!(found(t, EntityType::Per).contains(&"بريجيد كوسغي".to_string()), "{:?}", all(t));
    let t = "هسبريس - الرباط\nأكد الناشط يوسف الحسناوي أن المسيرة ستنطلق. وقال الحسناوي لهسبريس إن المسيرة سلمية.";
    assert_eq!(found(t, EntityType::Per), ["يوسف الحسناوي", "الحسناوي"], "{:?}", all(t));
    assert_eq!(found(t, EntityType::Org), ["هسبريس", "هسبريس"], "{:?}", all(t));
    // (Nor with a dual noun of general Arabic, what the person did: "two goals"; a
    // foreign name in ين stays whole.)
    let t = "وسجل المهاجم المصري محمد صلاح هدفين لفريقه ليفربول.";
    assert_eq!(found(t, EntityType::Per), ["محمد صلاح"], "{:?}", all(t));
    let t = "وفازت البلجيكية جوستين هينان هاردين باللقب، وقال المدرب خالد شاهين إن الفريق جاهز.";
    assert_eq!(found(t, EntityType::Per), ["جوستين هينان هاردين", "خالد شاهين"], "{:?}", all(t));
}

/// Well-known names the list now holds: the Palestinian territories, flag carriers,
/// Morocco's planning commission (المندوبية), RSF in the oblique case, the holidays.
#[test]
fn territories_airlines_holidays_and_commissions() {
    let t = "وسافر الوفد عبر الخطوط الجوية الكويتية إلى الأراضي الفلسطينية قبل عيد الأضحى، بحسب المندوبية السامية للتخطيط ومنظمة مراسلين بلا حدود.";
    let a = all(t);
    for (w, k) in [
        ("الخطوط الجوية الكويتية", EntityType::Org),
        ("الأراضي الفلسطينية", EntityType::Loc),
        ("عيد الأضحى", EntityType::Misc),
        ("المندوبية السامية للتخطيط", EntityType::Org),
        ("مراسلين بلا حدود", EntityType::Org),
    ] {
        assert!(a.contains(&(w.to_string(), k)), "{w}: {a:?}");
    }
}

/// A settlement's name after its head is the place, also in quote marks (مستعمرة
/// "يتسهار", which the tagger took for another name); a race after a proclitic the
/// stemmer leaves on it (لماراثون بوسطن) is the race, not the city; a name never ends
/// between ل + a noun and the noun it governs (بطولة العالم لألعاب القوى); no name holds
/// one straight quote mark (منظمة "بتسيلم).
#[test]
fn settlements_races_purposes_and_straight_quotes() {
    let t = "وانطلق المستوطنون من مستعمرة \"يتسهار\" المقامة على أراضي القرية، ومن مستوطنة عيلي.";
    assert_eq!(found(t, EntityType::Loc), ["يتسهار", "عيلي"], "{:?}", all(t));
    let t = "وأضافت أنها تستعد الآن لماراثون بوسطن في أبريل المقبل، بعد مشاركتها بماراثون شيكاغو.";
    assert_eq!(found(t, EntityType::Misc), ["ماراثون بوسطن", "ماراثون شيكاغو"], "{:?}", all(t));
    let t = "وتأهل العداء إلى بطولة العالم لألعاب القوى في بودابست.";
    assert_eq!(found(t, EntityType::Misc), ["بطولة العالم لألعاب القوى"], "{:?}", all(t));
    let t = "ووثقت منظمة \"بتسيلم\" الحقوقية الاعتداء بتسجيل مصور.";
    assert_eq!(found(t, EntityType::Org), ["بتسيلم"], "{:?}", all(t));
}

/// A corniche named by the city or river it lines is one place with its head, also
/// where the tagger took the head alone for a body; a fraction of an hour written as a
/// word is a quantity (نصف ساعة), a fraction of a definite thing is not.
#[test]
fn corniches_and_fractions_of_an_hour() {
    let t = "أقيم السباق على كورنيش الدوحة بمشاركة الآلاف، وتجمع الناس على كورنيش النيل وبكورنيش جدة.";
    assert_eq!(found(t, EntityType::Loc), ["كورنيش الدوحة", "كورنيش النيل", "كورنيش جدة"], "{:?}", all(t));
    assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
    let t = "ومنعت القوات الطواقم من الوصول لأكثر من نصف ساعة، ثم انتظروا ربع ساعة. وفي نصف الساعة الأخيرة هدأ الوضع.";
    assert_eq!(found(t, EntityType::Quantity), ["نصف ساعة", "ربع ساعة"], "{:?}", all(t));
}

/// A police force named by its country's adjective alone is a body, as an army is
/// (الشرطة الإسرائيلية, الشرطة المصرية: the feminine adjective the lists do not flag);
/// "the local police" names none.
#[test]
fn a_police_force_by_its_country() {
    let t = "وقالت الشرطة الإسرائيلية إنها فتحت تحقيقا، فيما نفت الشرطة المحلية ذلك، وأكدت الشرطة البريطانية والشرطة المصرية الخبر.";
    assert_eq!(found(t, EntityType::Org), ["الشرطة الإسرائيلية", "الشرطة البريطانية", "الشرطة المصرية"], "{:?}", all(t));
}

/// What the lead's held-out snowstorm set showed: a counted noun that begins with alef
/// madda is no definite noun (350 آلية), a Maghreb commune and its place of two words
/// (جماعة آيت محمد: the place, not a body), a place after heights with a preposition
/// (بمرتفعات تيكجدة), the Atlas ranges and two Maghreb bodies of the known list.
#[test]
fn communes_heights_and_counted_nouns_in_alef_madda() {
    for (t, name, kind) in [
        ("وعبأت الوزارة 350 آلية لإزاحة الثلوج.", "350 آلية", EntityType::Quantity),
        ("وقال رئيس جماعة أولاد تايمة إن الطريق مغلقة.", "أولاد تايمة", EntityType::Loc),
        ("وعلق مسافرون بمرتفعات تيكجدة منذ الأمس.", "تيكجدة", EntityType::Loc),
        ("وتساقطت الثلوج على مرتفعات الأطلس الكبير.", "الأطلس الكبير", EntityType::Loc),
        ("وتدخلت القوات المساعدة لفتح الطريق.", "القوات المساعدة", EntityType::Org),
    ] {
        assert!(all(t).contains(&(name.to_string(), kind)), "{name}: {:?}", all(t));
    }
    let t = "وقال رئيس جماعة أولاد تايمة إن الطريق مغلقة.";
    assert!(!all(t).iter().any(|(s, _)| s.starts_with("جماعة")), "{:?}", all(t));
}

/// What the lead's held-out refinery and sinjar sets showed (twelfth session): a body's
/// short name in brackets after its full name is its name in every report, however
/// ordinary its letters; a public corporation by its field and country (مؤسسة البترول
/// الكويتية); a ministry of migration and the displaced; a research centre named by a
/// word that is also a town; a role, its adjectives and a name (الناشطة الإيزيدية نادية
/// خضر, a family name of three letters from the curated list); a company's spelled
/// initials after its head.
#[test]
fn short_names_in_brackets_public_corporations_and_roles() {
    let arts = [
        ("a", "أعلنت الشركة الكويتية للصناعات البترولية المتكاملة (كيبك) السيطرة على الحريق."),
        ("b", "القبس - خاص\nوطلبت الوزارة من «كيبك» تقريرا مفصلا، وقالت كيبك إن الوحدة توقفت."),
    ];
    let an = isnad::entities::link_articles(&arts);
    let names: Vec<&str> = an.articles[1].entities.iter().filter(|e| e.kind == EntityType::Org).map(|e| &arts[1].1[e.start..e.end]).collect();
    assert_eq!(names.iter().filter(|n| **n == "كيبك").count(), 2, "{names:?}");
    for (t, name, kind) in [
        ("ولم ترد مؤسسة البترول الكويتية على طلب للتعليق.", "مؤسسة البترول الكويتية", EntityType::Org),
        ("أعلنت وزارة الهجرة والمهجرين عودة العائلات.", "وزارة الهجرة والمهجرين", EntityType::Org),
        ("وترى الباحثة في مركز البيان للدراسات والتخطيط أن الأمر صعب.", "مركز البيان للدراسات والتخطيط", EntityType::Org),
        ("في المقابل، قالت الناشطة الإيزيدية نادية خضر إن الخدمات غائبة.", "نادية خضر", EntityType::Per),
        ("وقال الصحفي الفلسطيني سامر عوض إن المعبر مغلق.", "سامر عوض", EntityType::Per),
        ("وقال المحلل لدى شركة إف.جي.إي للاستشارات إن التوقف قصير.", "إف.جي.إي للاستشارات", EntityType::Org),
        ("وقال المحلل لدى شركة إس إل إم للتحليل إن السوق هادئة.", "إس إل إم للتحليل", EntityType::Org),
    ] {
        assert!(all(t).contains(&(name.to_string(), kind)), "{name}: {:?}", all(t));
    }
    // (A word after a role that is no name stays out: الصحفي الشاب.)
    let t = "وقال الصحفي الشاب إن الطريق طويل.";
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
    // (A company described by its trade and country stays no name: شركة الهندسة البريطانية.)
    let t = "وفازت شركة الهندسة البريطانية بالعقد.";
    assert!(!all(t).iter().any(|(s, _)| s.starts_with("شركة الهندسة")), "{:?}", all(t));
}

/// An outlet before the dash and its place, the line's only words (روداو - دهوك), and
/// a dash of one tatweel between spaces (بغداد ـ العربي الجديد); a byline's ordinary
/// word (خاص - دمشق) and a writer (سامر خليل - دمشق) stay no outlet.
#[test]
fn outlets_before_their_place_and_tatweel_dashes() {
    let t = "روداو - دهوك\nغادرت قافلة المخيم صباح اليوم.";
    assert!(all(t).contains(&("روداو".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "بغداد ـ العربي الجديد\nلا يزال آلاف النازحين في المخيمات.";
    assert!(all(t).contains(&("العربي الجديد".to_string(), EntityType::Org)), "{:?}", all(t));
    for t in ["خاص - دمشق\nوصل الوفد اليوم.", "سامر خليل - دمشق\nوصل الوفد اليوم."] {
        assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
    }
}

/// Numbers written out count with their scale and counted noun (أربعة ملايين دينار,
/// ألف نازح, خمسة جنود), never alone or before a definite noun; relative dates in the
/// dual (الأسبوعين المقبلين).
#[test]
fn numbers_written_out_and_dual_dates() {
    let t = "وتتسلم كل عائلة أربعة ملايين دينار، ووصل نحو ألف نازح، وقتل خمسة جنود، ونقلت عشرة آلاف طن.";
    assert_eq!(found(t, EntityType::Quantity), ["أربعة ملايين دينار", "نحو ألف نازح", "خمسة جنود", "عشرة آلاف طن"], "{:?}", all(t));
    let t = "وقال ثلاثة من المصابين إن خمسة يغادرون اليوم، وكتب الطفل حرف الألف.";
    assert!(found(t, EntityType::Quantity).is_empty(), "{:?}", all(t));
    let t = "قد تنخفض الصادرات خلال الأسبوعين المقبلين بعد توقف في الشهرين الماضيين.";
    assert_eq!(found(t, EntityType::Date), ["الأسبوعين المقبلين", "الشهرين الماضيين"], "{:?}", all(t));
}

/// The known list links one UN body in its two word orders (المنظمة الدولية للهجرة /
/// منظمة الهجرة الدولية) and takes UNHCR with السامية after الأمم المتحدة.
#[test]
fn the_migration_agency_in_two_word_orders() {
    let arts = [("a", "وتنسق الوزارة مع المنظمة الدولية للهجرة ومفوضية الأمم المتحدة السامية لشؤون اللاجئين."), ("b", "بحسب تقديرات منظمة الهجرة الدولية، لا يزال الآلاف في المخيمات.")];
    let an = isnad::entities::link_articles(&arts);
    let id = |a: usize, name: &str| an.articles[a].entities.iter().find(|e| &arts[a].1[e.start..e.end] == name).map(|e| e.id.clone());
    assert!(id(0, "المنظمة الدولية للهجرة").is_some() && id(0, "المنظمة الدولية للهجرة") == id(1, "منظمة الهجرة الدولية"), "{:?}", an.articles);
    assert!(id(0, "مفوضية الأمم المتحدة السامية لشؤون اللاجئين").is_some(), "{:?}", an.articles[0]);
}

/// What the lead's held-out pope and durov sets showed (twelfth session): an honorific
/// is never a name's last word (جوزاف عون قداسة البابا); a pope's or a king's name ends
/// with its ordinal (البابا ليو الرابع عشر, الملك تشارلز الثالث); a square named by an
/// ordinary word keeps its head (ساحة الشهداء), a street named by its district is the
/// district (شارع الحمرا); a dateline's town that begins like the preposition ب
/// (بعبدا - الوطنية) and the outlet after it; the major churches and al-Azhar.
#[test]
fn honorifics_regnal_ordinals_squares_and_b_towns() {
    let t = "استقبل رئيس الجمهورية العماد جوزاف عون قداسة البابا ليو الرابع عشر في القصر.";
    let got = all(t);
    assert!(got.contains(&("جوزاف عون".to_string(), EntityType::Per)), "{got:?}");
    assert!(got.contains(&("البابا ليو الرابع عشر".to_string(), EntityType::Per)), "{got:?}");
    let t = "وهنأ الملك تشارلز الثالث الفائزين، فيما حل العداء الثالث في السباق.";
    assert!(found(t, EntityType::Per).iter().any(|p| p.ends_with("تشارلز الثالث")), "{:?}", all(t));
    assert!(!found(t, EntityType::Per).iter().any(|p| p.contains("الفائزين")), "{:?}", all(t));
    let t = "وأقيم لقاء في ساحة الشهداء وسط بيروت، وتظاهر آخرون في شارع الحمرا.";
    assert!(all(t).contains(&("ساحة الشهداء".to_string(), EntityType::Loc)), "{:?}", all(t));
    assert!(!all(t).iter().any(|(s, _)| s.starts_with("شارع")), "{:?}", all(t));
    let t = "بعبدا - الوطنية\nاستقبل الرئيس الوفد في القصر.";
    assert!(all(t).contains(&("بعبدا".to_string(), EntityType::Loc)), "{:?}", all(t));
    assert!(all(t).contains(&("الوطنية".to_string(), EntityType::Org)), "{:?}", all(t));
    // (A line that begins with a preposition's phrase and a dash is no dateline.)
    let t = "بالصور - احتفالات في المدينة\nشارك الآلاف في الاحتفال.";
    assert!(!all(t).iter().any(|(s, _)| s.contains("بالصور") || s == "الصور"), "{:?}", all(t));
    let t = "وقع الأزهر الشريف والكنيسة الكاثوليكية الوثيقة، وقال الأزهر إنها طريق للسلام.";
    let orgs = found(t, EntityType::Org);
    assert!(orgs.contains(&"الكنيسة الكاثوليكية".to_string()) && orgs.iter().filter(|o| o.starts_with("الأزهر")).count() == 2, "{:?}", all(t));
}

/// What the lead's held-out prisoners and cop sets showed (twelfth session): a role
/// before a person (الأسير الإداري) and a family name of the curated list that is also a
/// word where nothing it could govern follows (مهند عودة من; not عودة الحوار), also where
/// the tagger marked the given name alone; a town of two words after بلدة (بيت أمر); a
/// city of two words after في (بئر السبع); a commission for a group's affairs and a
/// second group (هيئة شؤون الأسرى والمحررين); a supreme court with its country; a
/// foundation named by a definite noun and its purpose (مؤسسة الضمير لرعاية الأسير); an
/// office "concerned" after the UN is not the UN's name; a number written onto a word
/// (كوب31) counts nothing.
#[test]
fn roles_towns_commissions_and_glued_numbers() {
    for (t, name, kind) in [
        ("يواصل الأسير الإداري مهند عودة من بلدة بيت أمر إضرابه.", "مهند عودة", EntityType::Per),
        ("يواصل الأسير الإداري مهند عودة من بلدة بيت أمر إضرابه.", "بيت أمر", EntityType::Loc),
        ("نقل إلى مستشفى في بئر السبع بعد تدهور حالته.", "بئر السبع", EntityType::Loc),
        ("وحملت هيئة شؤون الأسرى والمحررين الحكومة المسؤولية.", "هيئة شؤون الأسرى والمحررين", EntityType::Org),
        ("ورفضت المحكمة العليا الإسرائيلية الالتماس.", "المحكمة العليا الإسرائيلية", EntityType::Org),
        ("وقال مدير مؤسسة الضمير لرعاية الأسير إن العدد كبير.", "مؤسسة الضمير لرعاية الأسير", EntityType::Org),
        ("ودعا المقرر الخاص للأمم المتحدة المعني بحالة حقوق الإنسان إلى الإفراج عنه.", "لأمم المتحدة", EntityType::Org),
    ] {
        assert!(all(t).contains(&(name.to_string(), kind)), "{name}: {:?}", all(t));
    }
    // (A family name that is a word, followed by what it governs, is that word: أعلن
    // الوزير محمد عودة الحوار, "the minister Muhammad announced the return of dialogue".)
    let t = "أعلن الوزير محمد عودة الحوار بين الطرفين.";
    assert!(!found(t, EntityType::Per).iter().any(|p| p.contains("عودة")), "{:?}", all(t));
    let t = "يدخل مؤتمر كوب31 أيامه الأخيرة، وحضر قادة مجموعة G20 اجتماعا.";
    assert!(found(t, EntityType::Quantity).is_empty(), "{:?}", all(t));
    // (A dateline's place with its adjective, and a byline's word after it that is no
    // outlet even before a colon.)
    let t = "القدس المحتلة - القدس العربي\nرفضت المحكمة الالتماس.";
    assert!(all(t).contains(&("القدس العربي".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "غزة المحاصرة - وكالات : قصفت الطائرات المخيم.";
    assert!(!all(t).iter().any(|(s, _)| s == "وكالات"), "{:?}", all(t));
    // (Nor the noun after a title's given name with the article or و: اللاعب علي العودة
    // للدوحة, "the return to Doha"; الإمام علي ورجاله, "and his men".)
    for t in ["اتفقت الإدارة مع اللاعب علي العودة للدوحة السبت.", "واستطاع الإمام علي ورجاله أن ينتصروا."] {
        assert!(!found(t, EntityType::Per).iter().any(|p| p.contains("العودة") || p.contains("ورجاله")), "{:?}", all(t));
    }
}

/// Ordinary words the rules took for bodies, seen on ANERcorp's training part (a dev
/// fold's pipeline errors that the tagger alone did not make): "to find", إيجاد, is no
/// IGAD (إيغاد) though غ and ج fold together; a word in quote marks after a body that
/// general Arabic uses (" تفويض ", "mandate") is no short name, an agency's letters
/// ("وام") are; a head before "one" or "his country's" names nothing (جماعة واحدة,
/// منتخب بلاده); the motion of particles is no movement (حركة الجسيمات).
#[test]
fn ordinary_words_after_heads_and_in_quote_marks() {
    for t in [
        "واتفق الزعيمان على مواصلة التنسيق لإيجاد مخرج وحل سلمي للأزمة.",
        "وطلب الرئيس من الاتحاد الأوروبي \" تفويض \" الممثل الأعلى للعمل.",
        "خاض اللاعب 73 مباراة مع منتخب بلاده وكانت مشاركته جيدة.",
        "وللمرة الأولى تكون العاصمة تحت سيطرة جماعة واحدة.",
        "قدم التنبؤات حول حركة الجسيمات الموزعة بصورة عشوائية.",
    ] {
        assert!(found(t, EntityType::Org).iter().all(|o| o == "الاتحاد الأوروبي"), "{:?}", all(t));
    }
    let t = "وقالت وكالة أنباء الإمارات \"وام\" إن الوفد وصل، ووصل مبعوث منظمة إيغاد.";
    let orgs = found(t, EntityType::Org);
    assert!(orgs.contains(&"وام".to_string()) && orgs.iter().any(|o| o.contains("إيغاد")), "{:?}", all(t));
}

/// What the lead's held-out doctors and petra sets showed (twelfth session): an
/// agency's letters alone after a dateline's dash (الرباط - ومع); the writer after an
/// outlet's name and a dash (هسبريس - سكينة الصادقي); a feminine unit takes no masculine
/// adjective (48 ساعة يومي الثلاثاء) and a participle's plural is no counted kind (8 آلاف
/// طبيب معنيون; 120 شجرة زيتون is); a valley named by a person (وادي موسى); an authority
/// over a region (سلطة منطقة البتراء التنموية السياحية, سلطة إقليم البترا); an agency in
/// a dateline's brackets is not the place its letters spell (بترا, البتراء).
#[test]
fn agency_letters_writers_valleys_and_regional_authorities() {
    let t = "الرباط - ومع\nأعلنت النقابة خوض إضراب.";
    assert!(all(t).contains(&("ومع".to_string(), EntityType::Org)), "{:?}", all(t));
    let t = "هسبريس - سكينة الصادقي\nدخل الأطباء في اعتصام مفتوح.";
    assert!(all(t).contains(&("سكينة الصادقي".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "أعلنت النقابة إضرابا لمدة 48 ساعة يومي الثلاثاء والأربعاء، وأكد أن أزيد من 8 آلاف طبيب معنيون به، وأحرقوا 120 شجرة زيتون.";
    assert_eq!(found(t, EntityType::Quantity), ["48 ساعة", "8 آلاف طبيب", "120 شجرة زيتون"], "{:?}", all(t));
    for (t, name, kind) in [
        ("ونقل السياح إلى مركز الزوار في وادي موسى.", "وادي موسى", EntityType::Loc),
        ("وأعلنت سلطة منطقة البتراء التنموية السياحية إغلاق الموقع.", "سلطة منطقة البتراء التنموية السياحية", EntityType::Org),
        ("وقال رئيس مجلس مفوضي سلطة إقليم البترا إن الإنذار عمل.", "سلطة إقليم البترا", EntityType::Org),
    ] {
        assert!(all(t).contains(&(name.to_string(), kind)), "{name}: {:?}", all(t));
    }
    let arts = [("a", "عمان 30 تشرين الثاني (بترا)- أخلت الفرق الزوار من مدينة البتراء الأثرية في جنوب الأردن."), ("b", "وأجلت السلطات السياح من البتراء جنوبي الأردن.")];
    let an = isnad::entities::link_articles(&arts);
    let kind_of = |a: usize, name: &str| an.articles[a].entities.iter().find(|e| &arts[a].1[e.start..e.end] == name).map(|e| e.kind);
    assert_eq!(kind_of(0, "بترا"), Some(EntityType::Org), "{:?}", an.articles);
    assert_eq!(kind_of(0, "البتراء"), Some(EntityType::Loc), "{:?}", an.articles);
    assert_eq!(kind_of(1, "البتراء"), Some(EntityType::Loc), "{:?}", an.articles);
}

/// What the quotes17 helper's held-out reports showed: أما further back, before the
/// person's title (أما رئيس الشركة المهندس طارق الخميس فرأى أن …), still ends the name
/// before the verb with ف that answers it, and a family name in ف before إن stays
/// (أما الكاتب أحمد فؤاد فقال إن: فؤاد); a given name of the lists that is an ordinary
/// word too (مشعل, "torch") before a given name and a family name, after a title's
/// complement, is the person's own given name.
#[test]
fn far_amma_answers_and_a_given_name_before_the_fathers() {
    let t = "أما رئيس شركة درع الخليج للأمن السيبراني المهندس طارق الخميس فرأى أن «الثغرة لم تكن تقنية فقط».";
    assert!(all(t).contains(&("طارق الخميس".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "أما الكاتب أحمد فؤاد فقال إن الرواية جديدة.";
    assert!(all(t).contains(&("أحمد فؤاد".to_string(), EntityType::Per)), "{:?}", all(t));
    let t = "أكد وزير الاتصالات مشعل سالم الرشيدي أن المنصة عادت إلى العمل.";
    assert!(all(t).contains(&("مشعل سالم الرشيدي".to_string(), EntityType::Per)), "{:?}", all(t));
}

/// A preposition the large name lists hold as a name too (في) begins no person after a
/// titled body (مدير المعهد الوطني للبحث في الصيد البحري); a body's name that ends with
/// a title or a profession's honorific right before a person leaves it to the person
/// (الجهاز المركزي لتكنولوجيا المعلومات المهندسة دانة يوسف الصباغ).
#[test]
fn no_person_in_a_preposition_and_no_title_in_a_body() {
    let t = "أكد مدير المعهد الوطني للبحث في الصيد البحري، عبد الحق بنشقرون، أن الحملات أظهرت تراجعا.";
    assert!(!all(t).iter().any(|(s, k)| *k == EntityType::Per && s.starts_with("في")), "{:?}", all(t));
    let t = "قالت المتحدثة الرسمية باسم الجهاز المركزي لتكنولوجيا المعلومات المهندسة دانة يوسف الصباغ إن الهجوم كان كبيرا.";
    assert!(all(t).contains(&("الجهاز المركزي لتكنولوجيا المعلومات".to_string(), EntityType::Org)), "{:?}", all(t));
    assert!(all(t).contains(&("دانة يوسف الصباغ".to_string(), EntityType::Per)), "{:?}", all(t));
}

#[test]
fn a_maghreb_month_after_the_day_is_the_dates_even_where_the_tagger_saw_a_name() {
    // (جوان, June in Tunisia and Algeria, is also a given name: the tagger took جوان 2026
    // for a person after a speaker's name and تصريح.)
    let text = "وأوضح بن سليمان في تصريح اليوم الأربعاء 10 جوان 2026، أن السياح بخير.";
    assert!(found(text, EntityType::Date).contains(&"الأربعاء 10 جوان 2026".to_string()), "{:?}", all(text));
    assert!(found(text, EntityType::Per).iter().all(|p| !p.contains("جوان")), "{:?}", all(text));
}

#[test]
fn a_national_security_council_is_not_the_security_council() {
    let text = "ترأس الرئيس اجتماعا لمجلس الأمن الوطني في مقديشو أمس.";
    assert!(found(text, EntityType::Org).contains(&"مجلس الأمن الوطني".to_string()), "{:?}", all(text));
}

#[test]
fn lower_upper_and_middle_belong_to_the_regions_name() {
    let text = "وأكد حاكم إقليم شبيلي السفلى أن الطريق سيفتح.";
    assert!(found(text, EntityType::Loc).contains(&"شبيلي السفلى".to_string()), "{:?}", all(text));
}

#[test]
fn two_unknown_words_after_a_dual_place_head_are_places() {
    let text = "واستهدفت العملية معاقل الميليشيات في محيط بلدتي بريري وعوطيغلي.";
    assert_eq!(found(text, EntityType::Loc), ["بريري", "عوطيغلي"], "{:?}", all(text));
    assert!(found(text, EntityType::Per).is_empty(), "{:?}", all(text));
}

#[test]
fn an_indefinite_court_in_a_town_names_the_town() {
    let text = "وأعلنت الشركة إفلاسها أمام محكمة بميونيخ أمس.";
    assert_eq!(found(text, EntityType::Loc), ["ميونيخ"], "{:?}", all(text));
    assert!(found(text, EntityType::Org).is_empty(), "{:?}", all(text));
}

#[test]
fn un_bodies_keep_their_head_their_concern_and_a_missions_country() {
    let text = "وأكد رئيس بعثة الأمم المتحدة لتقديم المساعدة الانتقالية في الصومال مقتل المتعاقد.";
    assert_eq!(found(text, EntityType::Org), ["بعثة الأمم المتحدة لتقديم المساعدة الانتقالية في الصومال"], "{:?}", all(text));
    let text = "وكان يعمل لدى دائرة الأمم المتحدة للأعمال المتعلقة بالألغام منذ سنوات.";
    assert_eq!(found(text, EntityType::Org), ["دائرة الأمم المتحدة للأعمال المتعلقة بالألغام"], "{:?}", all(text));
    let text = "وقالت بعثة الأمم المتحدة للدعم في ليبيا إن الحوار مستمر.";
    assert_eq!(found(text, EntityType::Org), ["بعثة الأمم المتحدة للدعم في ليبيا"], "{:?}", all(text));
    // (A mission in quote marks after its head is a body.)
    let text = "وحلت البعثة الجديدة مطلع العام محل بعثة \"أتميس\" في البلاد.";
    assert!(found(text, EntityType::Org).contains(&"أتميس".to_string()), "{:?}", all(text));
}

#[test]
fn an_airport_named_after_a_royal_keeps_its_head_and_title() {
    let text = "وكان في استقبال الضيف في مطار الملكة علياء وزير الخارجية.";
    assert_eq!(found(text, EntityType::Loc), ["مطار الملكة علياء"], "{:?}", all(text));
}

#[test]
fn a_compound_named_by_its_place_is_the_place() {
    let text = "وسقطت خمس قذائف على مجمع حلني المحاذي للمطار مساء الجمعة.";
    assert_eq!(found(text, EntityType::Loc), ["حلني"], "{:?}", all(text));
    // (Not a complex named by a definite noun: مجمع البحوث الإسلامية is a body.)
    let text = "وأصدر مجمع البحوث الإسلامية بيانا أمس.";
    assert!(!found(text, EntityType::Loc).contains(&"البحوث".to_string()), "{:?}", all(text));
}

#[test]
fn a_body_ends_with_the_adjective_of_a_country_whose_name_begins_with_al() {
    // (ألمانيا, ألبانيا: the definite adjective الألماني loses two أل to its key.)
    let text = "وقالت إن صندوق ضمان الرحلات الألماني سيتحمل التكاليف.";
    assert_eq!(found(text, EntityType::Org), ["صندوق ضمان الرحلات الألماني"], "{:?}", all(text));
}

#[test]
fn a_foreign_company_ends_with_its_english_trade_word() {
    let text = "تنفذها شركتا تويوتا تسوشو ويوروس إنرجي اليابانيتان.";
    assert!(found(text, EntityType::Org).contains(&"يوروس إنرجي".to_string()), "{:?}", all(text));
    assert!(found(text, EntityType::Per).is_empty(), "{:?}", all(text));
}

#[test]
fn somalias_missions_and_two_resorts_are_well_known() {
    let text = "مشيرا إلى مشاركة قوات أوغندية وإثيوبية ضمن بعثة أوسوم، إلى جانب وحدات خاصة.";
    assert!(found(text, EntityType::Org).contains(&"أوسوم".to_string()), "{:?}", all(text));
    let text = "يقيمون حاليا في نزل بجربة والحمامات وسوسة، وفي فنادق الغردقة وشرم الشيخ ومرسى علم.";
    let locs = found(text, EntityType::Loc);
    assert!(locs.contains(&"جربة".to_string()) && locs.contains(&"مرسى علم".to_string()), "{:?}", all(text));
}

#[test]
fn a_year_after_early_mid_or_late_is_a_date() {
    let text = "وحلت البعثة مطلع 2025 محل بعثة سابقة، فيما انتهت المهمة أواخر 2024 رسميا.";
    assert_eq!(found(text, EntityType::Date), ["2025", "2024"], "{:?}", all(text));
}

#[test]
fn a_radio_station_named_without_fm_is_the_station() {
    let text = "تونس – موزاييك أف أم\nقال رئيس الجامعة في تصريح لموزاييك اليوم إن الوضع صعب.";
    assert_eq!(found(text, EntityType::Org), ["موزاييك أف أم", "موزاييك"], "{:?}", all(text));
}

#[test]
fn forces_named_by_a_well_known_body_leave_their_head_out() {
    let text = "وكان وزير الدفاع قد التقى أمس قائد قوات أوصوم الجنرال سام أوكيدينغ.";
    assert!(found(text, EntityType::Org).contains(&"أوصوم".to_string()), "{:?}", all(text));
    // (Unless the list holds the forces so.)
    let text = "وانتشرت قوات اليونيفيل في الجنوب.";
    assert_eq!(found(text, EntityType::Org), ["قوات اليونيفيل"], "{:?}", all(text));
}

#[test]
fn a_chamber_of_the_businesses_of_one_trade_is_a_body() {
    let text = "وقال رئيس غرفة المنشآت الفندقية باتحاد الغرف السياحية إن المستحقات كبيرة.";
    assert_eq!(found(text, EntityType::Org), ["غرفة المنشآت الفندقية", "اتحاد الغرف السياحية"], "{:?}", all(text));
    // (Not a room: غرفة العمليات المركزية.)
    let text = "ونقل المصابين إلى غرفة العمليات المركزية.";
    assert!(found(text, EntityType::Org).is_empty(), "{:?}", all(text));
}

#[test]
fn a_listed_town_between_two_places_of_a_list_is_a_place() {
    let text = "يقيمون حاليا في نزل بجربة والحمامات وسوسة.";
    assert_eq!(found(text, EntityType::Loc), ["جربة", "الحمامات", "سوسة"], "{:?}", all(text));
}

#[test]
fn egypts_canal_zone_and_borg_el_arab_are_well_known() {
    let text = "والجامعة المصرية اليابانية للعلوم والتكنولوجيا ببرج العرب، قبل أن يتوجه إلى عمان.";
    assert!(found(text, EntityType::Loc).contains(&"برج العرب".to_string()), "{:?}", all(text));
    let text = "وتعتزم الحكومة توسيع استثمارات الشركات في المنطقة الاقتصادية لقناة السويس.";
    assert!(found(text, EntityType::Org).contains(&"المنطقة الاقتصادية لقناة السويس".to_string()), "{:?}", all(text));
}

#[test]
fn an_airport_named_after_a_royal_is_found_where_the_tagger_marked_nothing() {
    // (In its report's context the tagger left علياء out altogether.)
    let text = "عمان 16 كانون الثاني (بترا)- وصل رئيس الوزراء الياباني تاكاهيرو موريموتو إلى عمان، اليوم الجمعة، في زيارة رسمية للمملكة تستمر يومين، قادما من القاهرة.\nوكان في استقبال الضيف الياباني في مطار الملكة علياء وزير الخارجية وشؤون المغتربين ناصر سالم العبادي، وسفير اليابان لدى المملكة هيروشي كاتاياما.\nومن المقرر أن يستقبل جلالة الملك الضيف الياباني غدا السبت في قصر الحسينية.";
    assert!(found(text, EntityType::Loc).contains(&"مطار الملكة علياء".to_string()), "{:?}", all(text));
}

#[test]
fn an_airport_named_after_a_person_in_full_keeps_its_head() {
    let text = "وسقطت القذائف على مجمع حلني المحاذي لمطار آدم عدي مساء الجمعة.";
    assert!(found(text, EntityType::Loc).contains(&"مطار آدم عدي".to_string()), "{:?}", all(text));
    // (A town's airport stays its town.)
    let text = "وهبطت الطائرة في مطار عدن الدولي.";
    assert_eq!(found(text, EntityType::Loc), ["عدن"], "{:?}", all(text));
}

/// What the lead's held-out verdict and oliveoil sets showed (twelfth session): a
/// season's second year and a word of approximation are no quantity (2026/2027 نحو 48
/// ألف طن); a suspect is "suspected of" (1200 مشتبه به); an outlet named with a word of
/// outlets after a dateline's dash though its first word is a given name (أمستردام -
/// نداء بوست) and an outlet before a byline's word (عنب بلدي - خاص); a given name that
/// begins with إل before a European particle (إلزه فان دير برغ); a body's second aim in
/// the construct state (وحرية التعبير), not the next person's honorific (وسمو الشيخ); a
/// given name before a person's name is not the preposition على nor رفقة.
#[test]
fn seasons_suspects_outlets_particles_and_second_aims() {
    let t = "بلغت الصادرات خلال موسم 2026/2027 نحو 48 ألف طن، وتلاحق السلطات 1200 مشتبه به.";
    assert_eq!(found(t, EntityType::Quantity), ["نحو 48 ألف طن", "1200 مشتبه به"], "{:?}", all(t));
    for (t, name, kind) in [
        ("أمستردام - نداء بوست\nأكد المحامي أن الحكم خطوة مهمة.", "نداء بوست", EntityType::Org),
        ("عنب بلدي - خاص\nرحب المركز بالحكم.", "عنب بلدي", EntityType::Org),
        ("وقالت القاضية إلزه فان دير برغ في نص الحكم إن المتهم مدان.", "إلزه فان دير برغ", EntityType::Per),
        ("رحب المركز السوري للإعلام وحرية التعبير بالحكم.", "المركز السوري للإعلام وحرية التعبير", EntityType::Org),
    ] {
        assert!(all(t).contains(&(name.to_string(), kind)), "{name}: {:?}", all(t));
    }
    let t = "وحضر رئيس المركز الوطني للإعلام وسمو الشيخ أحمد بن سعيد الحفل.";
    assert!(!all(t).iter().any(|(s, _)| s.contains("وسمو")), "{:?}", all(t));
    for t in ["وقال في رده على نجيب محفوظ إن الرواية قديمة.", "تألق خلال الموسم رفقة ناديه لاغونتواز في الدوري."] {
        assert!(!found(t, EntityType::Per).iter().any(|p| p.starts_with("على") || p.starts_with("رفقة")), "{:?}", all(t));
    }
}

/// An embassy or a museum named by its country's adjective alone is that country's
/// institution (السفارة الأمريكية, المتحف المصري), after a preposition too; the place
/// after في stays a place.
#[test]
fn embassies_and_museums_by_their_country() {
    for (t, name) in [
        ("وقالت السفارة الأمريكية في عمّان إن القنصلية ستغلق يومين.", "السفارة الأمريكية"),
        ("وتقدم المحتجون نحو السفارة الفرنسية وسط العاصمة.", "السفارة الفرنسية"),
        ("وتعود القطعة إلى المتحف المصري بعد ترميمها.", "المتحف المصري"),
        ("ونقلت المخطوطات سرا إلى المتحف السوري قبل الحرب.", "المتحف السوري"),
    ] {
        assert!(all(t).contains(&(name.to_string(), EntityType::Org)), "{name}: {:?}", all(t));
    }
    let t = "وافتتح المتحف الجديد أبوابه أمس.";
    assert!(!all(t).iter().any(|(s, _)| s.starts_with("المتحف")), "{:?}", all(t));
}

/// A ministry whose last field is communication, as Morocco names its ministry of
/// culture (وزارة الشباب والثقافة والتواصل), is one name to its last field.
#[test]
fn a_ministry_of_communication_as_its_last_field() {
    for (t, name) in [
        ("ودعت وزارة الشباب والثقافة والتواصل إلى حماية الموقع.", "وزارة الشباب والثقافة والتواصل"),
        ("وقررت وزارة الثقافة والتواصل تأجيل المهرجان.", "وزارة الثقافة والتواصل"),
    ] {
        assert!(all(t).contains(&(name.to_string(), EntityType::Org)), "{name}: {:?}", all(t));
    }
}

/// A Gulf ministry of labour named for the localisation of jobs (وزارة الموارد البشرية
/// والتوطين) is one name to that field, with or without its country's adjective.
#[test]
fn a_ministry_of_localisation_as_its_last_field() {
    for (t, name) in [
        ("وأحالت وزارة الموارد البشرية والتوطين الملف إلى المحكمة.", "وزارة الموارد البشرية والتوطين"),
        ("وقالت وزارة العمل والتوطين إن النسبة ارتفعت.", "وزارة العمل والتوطين"),
    ] {
        assert!(all(t).contains(&(name.to_string(), EntityType::Org)), "{name}: {:?}", all(t));
    }
}

/// A radio named with أف أم or إف إم (FM) is a body, as a channel named with نيوز is,
/// and so is a channel named with نيوز after a preposition (للسومرية نيوز, from the
/// article's ل).
#[test]
fn radios_by_fm_and_channels_after_a_preposition() {
    for (t, name) in [
        ("موزاييك أف أم - صفاقس\\nقال الوالي إن الطريق أغلقت.", "موزاييك أف أم"),
        ("وقال المتحدث في تصريح لإذاعة شمس إف إم إن التحقيق متواصل.", "شمس إف إم"),
        ("وقال مدير المستشفى للسومرية نيوز إن الجرحى نقلوا إلى بغداد.", "لسومرية نيوز"),
    ] {
        let t = t.replace("\\n", "\n");
        assert!(all(&t).contains(&(name.to_string(), EntityType::Org)), "{name}: {:?}", all(&t));
    }
}

/// A Moroccan commune of one word before the province it belongs to is a place (جماعة
/// أقا بإقليم طاطا: not a group), and a province's name of one word that general Arabic
/// hardly writes with the article is the place without its head.
#[test]
fn communes_before_their_province_and_provinces_of_one_word() {
    for (t, places) in [
        ("وتضررت منازل بجماعة تيسينت التابعة لإقليم طاطا جراء السيول.", &["تيسينت", "طاطا"][..]),
        ("وعثر رعاة على الحجر قرب جماعة أقا بإقليم طاطا صباح السبت.", &["أقا", "طاطا"][..]),
    ] {
        let found = all(t);
        for p in places {
            assert!(found.contains(&(p.to_string(), EntityType::Loc)), "{p}: {found:?}");
        }
        assert!(!found.iter().any(|(s, _)| s.starts_with("جماعة") || s.starts_with("إقليم")), "{found:?}");
    }
}

/// Two bodies joined by و are two names where the second has a definite head of its
/// own, and a body's name never takes the verb in the future after it.
#[test]
fn two_bodies_over_waw_and_a_future_verb_after_them() {
    let t = "وأعلن الوزير أن البنك الأوروبي للاستثمار والوكالة الفرنسية للتنمية سيمولان تحديث الخط.";
    let found = all(t);
    for name in ["البنك الأوروبي للاستثمار", "الوكالة الفرنسية للتنمية"] {
        assert!(found.contains(&(name.to_string(), EntityType::Org)), "{name}: {found:?}");
    }
    let t = "وقال إن الصندوق العربي للإنماء والمنظمة العربية للتنمية الزراعية سيتوليان التمويل.";
    let found = all(t);
    for name in ["الصندوق العربي للإنماء", "المنظمة العربية للتنمية الزراعية"] {
        assert!(found.contains(&(name.to_string(), EntityType::Org)), "{name}: {found:?}");
    }
}

/// A body named by a definite head, its country's adjective and what it is for is one
/// name with the purpose's adjectives, one after و too; the head and the adjective alone
/// name nothing.
#[test]
fn national_bodies_named_by_their_purposes() {
    for (t, name) in [
        ("ودعا المنتدى التونسي للحقوق الاقتصادية والاجتماعية إلى فتح تحقيق.", "المنتدى التونسي للحقوق الاقتصادية والاجتماعية"),
        ("وأفاد المعهد الفرنسي للآثار الشرقية بأن البعثة بدأت عملها.", "المعهد الفرنسي للآثار الشرقية"),
        ("وهددت الرابطة المغربية لحقوق الإنسان بمقاضاة الشركة.", "الرابطة المغربية لحقوق الإنسان"),
    ] {
        assert!(all(t).contains(&(name.to_string(), EntityType::Org)), "{name}: {:?}", all(t));
    }
    let t = "وقال المركز المصري إن الأسعار ارتفعت.";
    assert!(all(t).is_empty(), "{:?}", all(t));
}

/// A national guard is a body, as a gendarmerie is, after a noun in the construct state
/// and a preposition too.
#[test]
fn a_national_guard_is_a_body() {
    for t in ["وفتح أعوان الحرس الوطني بحثا في الحادث.", "وأذنت النيابة لأعوان الحرس الوطني بفتح تحقيق."] {
        assert!(all(t).contains(&("الحرس الوطني".to_string(), EntityType::Org)), "{:?}", all(t));
    }
}

/// A university named by its town and the person after it are two names (بجامعة
/// كامبريدج إليانور فيتش), and an outlet of the list after ل that ends the run is the one
/// the person spoke to.
#[test]
fn a_university_by_its_town_before_a_person() {
    let t = "وقالت المؤرخة في جامعة أكسفورد إليانور هيوز لرويترز إن اللوح مسروق.";
    let found = all(t);
    for (name, kind) in [("جامعة أكسفورد", EntityType::Org), ("إليانور هيوز", EntityType::Per), ("رويترز", EntityType::Org)] {
        assert!(found.contains(&(name.to_string(), kind)), "{name}: {found:?}");
    }
}

/// The family name after a university, its town and a given name may be the next
/// mention, which the tagger took for another body (a rating agency's name): one person.
#[test]
fn a_given_name_after_a_university_and_its_family_name_after() {
    let t = "غير أن الخبيرة في علم الآشوريات بجامعة كامبريدج إليانور فيتش قالت لرويترز إن الوثائق لا تثبت شيئا.";
    let found = all(t);
    for (name, kind) in [("جامعة كامبريدج", EntityType::Org), ("إليانور فيتش", EntityType::Per)] {
        assert!(found.contains(&(name.to_string(), kind)), "{name}: {found:?}");
    }
}

/// The Moroccan agency's dateline, a place, a dash and a date (then the agency in
/// brackets), gives the place even where general Arabic knows the word in many phrases.
#[test]
fn a_place_before_a_dash_and_a_date() {
    let t = "طاطا - 3 دجنبر 2026 (ومع)\nأعلنت السلطات المحلية إغلاق الطريق.";
    assert!(all(t).contains(&("طاطا".to_string(), EntityType::Loc)), "{:?}", all(t));
}

/// A museum named by what it shows is one name with its head (متحف التاريخ الطبيعي,
/// متحف الفن الإسلامي), after و too; a museum of a body (متحف الجامعة) is none.
#[test]
fn museums_named_by_what_they_show() {
    for (t, name) in [
        ("وتحتفظ به ناسا ومتحف التاريخ الطبيعي في لندن.", "متحف التاريخ الطبيعي"),
        ("وافتتح متحف الفن الإسلامي قاعة جديدة.", "متحف الفن الإسلامي"),
        ("وستعرض القطعة في متحف الجيولوجيا بالقاهرة.", "متحف الجيولوجيا"),
    ] {
        assert!(all(t).contains(&(name.to_string(), EntityType::Org)), "{name}: {:?}", all(t));
    }
    let t = "وزار الطلاب متحف الجامعة أمس.";
    assert!(!all(t).iter().any(|(s, _)| s.starts_with("متحف")), "{:?}", all(t));
}

/// A Moroccan region's council is one body with the region's name, and an area of one
/// word before its province is a place.
#[test]
fn regional_councils_and_areas_before_their_province() {
    for (t, name, kind) in [
        ("وتتم العملية بتنسيق مع مجلس جهة سوس ماسة.", "مجلس جهة سوس ماسة", EntityType::Org),
        ("وقال رئيس مجلس جهة الشرق إن المشروع سينطلق قريبا.", "مجلس جهة الشرق", EntityType::Org),
        ("وجمع الفريق القطع من منطقة أقا بإقليم طاطا.", "أقا", EntityType::Loc),
    ] {
        assert!(all(t).contains(&(name.to_string(), kind)), "{name}: {:?}", all(t));
    }
}

/// An archaeological site named between موقع and الأثري is the place, a first word of
/// places' names with it (تل), not a definite noun alone (موقع الحفر الأثري).
#[test]
fn archaeological_sites_between_their_head_and_adjective() {
    for (t, name) in [
        ("ونهبت الألواح من موقع تل العبيد الأثري قرب الناصرية.", "تل العبيد"),
        ("وتواصل البعثة أعمالها في موقع تل جوخا الأثري.", "تل جوخا"),
    ] {
        assert!(all(t).contains(&(name.to_string(), EntityType::Loc)), "{name}: {:?}", all(t));
    }
    let t = "وزار الوفد موقع الحفر الأثري أمس.";
    assert!(all(t).is_empty(), "{:?}", all(t));
}

/// A list of places joined by و after a preposition that ends with a place the lists
/// know: the words before it that look like names are places too; given names stay.
#[test]
fn places_listed_before_a_known_place() {
    let t = "وتوافد الباحثون عن النيازك من زاكورة وأرفود والرشيدية منذ الأحد.";
    let found = all(t);
    for p in ["زاكورة", "أرفود", "الرشيدية"] {
        assert!(found.contains(&(p.to_string(), EntityType::Loc)), "{p}: {found:?}");
    }
    let t = "وسافر محمد وعلي إلى الرباط.";
    assert!(!all(t).iter().any(|(s, k)| s == "علي" && *k == EntityType::Loc), "{:?}", all(t));
}

/// A radio named with أف أم and again by its name alone is one outlet, a body both
/// times.
#[test]
fn a_radio_named_again_by_its_name_alone() {
    let t = "موزاييك أف أم - قفصة\nقال الوزير في تصريح لمراسل موزاييك بقفصة إن الأشغال تأخرت.";
    let es = isnad::entities::entities(t);
    let of = |w: &str| es.iter().find(|e| &t[e.start..e.end] == w).unwrap_or_else(|| panic!("{w}: {:?}", all(t)));
    assert_eq!(of("موزاييك").kind, EntityType::Org, "{:?}", all(t));
    assert_eq!(of("موزاييك").id, of("موزاييك أف أم").id);
}

/// A feminine adjective after a town of one word and its head describes the town (مدينة
/// أوما السومرية): the name is the one word.
#[test]
fn a_towns_adjective_after_its_head_is_no_part_of_its_name() {
    let t = "ويعتقد الخبراء أنه مدينة أوما السومرية، على بعد نحو 70 كيلومترا من الناصرية.";
    let found = all(t);
    assert!(found.contains(&("أوما".to_string(), EntityType::Loc)), "{found:?}");
    assert!(!found.iter().any(|(s, _)| s.contains("السومرية")), "{found:?}");
}

/// A governorate named by two words WikiFANE's places hold, the first also a word of
/// general Arabic (ذي قار), is the place without its head, as one the lists hold is.
#[test]
fn a_governorate_of_two_wikifane_words_keeps_its_head_out() {
    let t = "ونهبت المواقع الأثرية في محافظة ذي قار بعد الحرب.";
    let found = all(t);
    assert!(found.contains(&("ذي قار".to_string(), EntityType::Loc)), "{found:?}");
}

/// A place of two words whose first is a common first word of places' names (تل) is
/// named again by its second word alone: the place there too.
#[test]
fn a_place_named_again_without_its_first_word() {
    let t = "ونهبت الألواح من موقع تل جوخا الأثري. وتعرضت جوخا لحفر عشوائي واسع بعد الحرب.";
    let es = isnad::entities::entities(t);
    let alone = es.iter().find(|e| &t[e.start..e.end] == "جوخا").unwrap_or_else(|| panic!("{:?}", all(t)));
    assert_eq!(alone.kind, EntityType::Loc);
    let full = es.iter().find(|e| &t[e.start..e.end] == "تل جوخا").unwrap_or_else(|| panic!("{:?}", all(t)));
    assert_eq!(alone.id, full.id);
}

/// What the lead's held-out bridge set showed (twelfth session): a listed town the
/// stemmer left a proclitic on (بقسنطينة) and no person or short place (بلير, فزان);
/// على written with its ى is no given name after a title (أشرف الوزير على فتح الجسر);
/// a directorate by its field; a place of two words after حي; a company in quote marks
/// after a definite head and its country (الشركة البرازيلية "…"); a paper's word that
/// also names a town before a town (الخبر - قسنطينة), not a country before a paper
/// (الجزائر - الشروق).
#[test]
fn clitics_on_towns_directorates_quarters_and_papers_first() {
    for (t, name, kind) in [
        ("أشرف الوزير على فتح الجسر بقسنطينة أمام المرور.", "قسنطينة", EntityType::Loc),
        ("وطالب مديرية الأشغال العمومية بنشر التقرير.", "مديرية الأشغال العمومية", EntityType::Org),
        ("وتسبب الإغلاق في اختناق بوسط المدينة وحي سيدي مبروك.", "سيدي مبروك", EntityType::Loc),
        ("ورفضت الشركة البرازيلية \"أندرادي غوتيريز\" تحمل المسؤولية.", "أندرادي غوتيريز", EntityType::Org),
        ("الخبر - قسنطينة\nكشفت مصادر أن التقرير جاهز.", "الخبر", EntityType::Org),
        ("الخبر - قسنطينة\nكشفت مصادر أن التقرير جاهز.", "قسنطينة", EntityType::Loc),
        ("الجزائر - الشروق\nأعلنت الوزارة القرار.", "الجزائر", EntityType::Loc),
        ("الجزائر - الشروق\nأعلنت الوزارة القرار.", "الشروق", EntityType::Org),
    ] {
        assert!(all(t).contains(&(name.to_string(), kind)), "{name}: {:?}", all(t));
    }
    let t = "أشرف الوزير على فتح الجسر أمام المرور.";
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
    for t in ["وقال رئيس الوزراء البريطاني توني بلير إن الحرب انتهت.", "بعد وساطة قادها أعيان ومجلس حكماء وأعيان فزان."] {
        assert!(!all(t).iter().any(|(s, _)| s == "لير" || s == "زان"), "{:?}", all(t));
    }
}

/// A coast guard or a border guard named by its country's adjective is that country's
/// force, as an army is: one body with the adjective, not the adjective as a place; with
/// another adjective it names none.
#[test]
fn a_guard_named_by_its_country_adjective() {
    let t = "وأنقذ خفر السواحل اليمني 14 صيادا، فيما قال حرس الحدود السعودي إنه أحبط محاولة تهريب، وشارك خفر السواحل المحلي في البحث، ونقل خفر السواحل الجيبوتي المصابين.";
    assert_eq!(found(t, EntityType::Org), ["خفر السواحل اليمني", "حرس الحدود السعودي", "خفر السواحل الجيبوتي"], "{:?}", all(t));
}

/// A day named by its ordinal in words before من and a month is one date with the month,
/// as a day in digits is; an ordinal before من and no month is none.
#[test]
fn a_day_named_by_its_ordinal_before_a_month() {
    let t = "ويبدأ العمل بالنظام في الأول من كانون الأول، وتنتهي المرحلة في الخامس عشر من مارس المقبل، وهو الأول من نوعه.";
    assert_eq!(found(t, EntityType::Date), ["الأول من كانون الأول", "الخامس عشر من مارس المقبل"], "{:?}", all(t));
}

/// A body's name that ends with a sound plural in the construct state (مستوردي, منتجي)
/// goes on with the definite noun that plural governs.
#[test]
fn a_body_named_by_a_construct_plural_keeps_what_it_governs() {
    let t = "وقال الوزير إن الوزارة طلبت من مجلس الوزراء فتح اعتماد، داعيا نقابة مستوردي الأدوية الى عدم التخزين.";
    assert!(found(t, EntityType::Org).contains(&"نقابة مستوردي الأدوية".to_string()), "{:?}", all(t));
    let t = "ودعت نقابة مستوردي الأدوية إلى عدم التخزين.";
    assert!(found(t, EntityType::Org).contains(&"نقابة مستوردي الأدوية".to_string()), "{:?}", all(t));
}

/// A town the report names (here in its dateline) is that town after the preposition ب
/// too, where the stemmer keeps the ب on a name it does not know.
#[test]
fn a_named_town_after_ba_the_stemmer_kept() {
    let t = "بوزنيقة - 14 أكتوبر 2026 (ومع) - انطلقت، اليوم الثلاثاء ببوزنيقة، جولة جديدة من الحوار.";
    let locs = found(t, EntityType::Loc);
    assert_eq!(locs, ["بوزنيقة", "بوزنيقة"], "{:?}", all(t));
}

/// An airport named after a person keeps its head and the "international" after the
/// name; one named by its town is the town alone.
#[test]
fn an_airport_named_after_a_person_keeps_international() {
    let t = "ووصلت الشحنة إلى مطار رفيق الحريري الدولي، فيما هبطت طائرة أخرى في مطار أربيل الدولي.";
    let got = all(t);
    assert!(got.iter().any(|(s, k)| s == "مطار رفيق الحريري الدولي" && matches!(k, EntityType::Loc | EntityType::Org)), "{got:?}");
    assert!(got.contains(&("أربيل".to_string(), EntityType::Loc)), "{got:?}");
}

/// An honorific before a person's name (سعادة, معالي) is the writer's courtesy, as a
/// title is: the name begins after it.
#[test]
fn an_honorific_is_no_word_of_the_name_after_it() {
    let t = "وحضر الاجتماع سعادة راشد حمد الكعبي، مدير إدارة المشاريع في الهيئة.";
    let found = all(t);
    assert!(found.contains(&("راشد حمد الكعبي".to_string(), EntityType::Per)), "{found:?}");
    assert!(!found.iter().any(|(s, _)| s.contains("سعادة")), "{found:?}");
}

/// A compound given name of a word and الله (أمان الله, سيف الله) is the person's first
/// name, though the tagger began the person at الله.
#[test]
fn a_compound_given_name_with_allah_keeps_its_first_word() {
    let t = "وتصدى الحارس أمان الله الحمامي لركلة جزاء في الدقيقة الأخيرة.";
    let found = all(t);
    assert!(found.contains(&("أمان الله الحمامي".to_string(), EntityType::Per)), "{found:?}");
}

/// A Chinese family name that begins with و (وانج) after a verb is the name's, not the
/// conjunction and a word; a Korean given name's last syllable هو before a comma is the
/// name's, not the pronoun "he".
#[test]
fn east_asian_names_keep_their_waw_and_their_ho() {
    let t = "فيما أكد وانج لى مينج، ممثل الشركة، أن المعدات ستصل. وقال كيم سونج هو، نائب رئيس الشركة، إن العمال سيصلون.";
    let found = all(t);
    assert!(found.contains(&("وانج لى مينج".to_string(), EntityType::Per)), "{found:?}");
    assert!(found.contains(&("كيم سونج هو".to_string(), EntityType::Per)), "{found:?}");
}

/// Well-known clubs of the Maghreb (النجم الساحلي, الترجي alone after ل) are bodies;
/// a club named by its head النادي and one word (النادي الإفريقي) is the word, as
/// the head convention holds for a company after شركة.
#[test]
fn well_known_clubs_of_the_maghreb() {
    let t = "وتعادل النادي الإفريقي مع النجم الساحلي في سوسة، وقال مدرب للترجي إن الفريق جاهز.";
    let found = all(t);
    for name in ["الإفريقي", "النجم الساحلي", "لترجي"] {
        assert!(found.contains(&(name.to_string(), EntityType::Org)), "{name}: {found:?}");
    }
    assert!(!found.iter().any(|(s, _)| s.contains("النادي")), "{found:?}");
    // (And named again by its word alone in the same text, not as a noun's adjective.)
    let t = "وغرمت الرابطة النادي الإفريقي، وقررت حرمان الإفريقي من جمهوره، فيما فاز الفريق الإفريقي الآخر.";
    let found = all(t);
    assert_eq!(found.iter().filter(|(s, k)| s == "الإفريقي" && *k == EntityType::Org).count(), 2, "{found:?}");
}

/// A company named by its head, a town and the adjectives that agree with the head is
/// one body with its head; a company's own word and its trade after ل are one name
/// where no head stands before them.
#[test]
fn companies_by_towns_and_by_trades() {
    let t = "وأعلنت شركة الدوحة الوطنية القابضة أن تحالفا تقوده سيمنس للطاقة فاز بالعقد.";
    let found = all(t);
    assert!(found.contains(&("شركة الدوحة الوطنية القابضة".to_string(), EntityType::Org)), "{found:?}");
    assert!(found.contains(&("سيمنس للطاقة".to_string(), EntityType::Org)), "{found:?}");
}

/// A town that begins a dateline (the town, في, the date and the agency between
/// slashes) is where the report was filed: a place, though the tagger took it for a body.
#[test]
fn a_datelines_town_is_a_place_not_a_body() {
    let t = "أبوظبي في 21 يناير / وام / وقعت شركة أبوظبي الوطنية للطاقة اليوم في القاهرة اتفاقية مع تحالف من الشركات.";
    let found = all(t);
    assert!(found.contains(&("أبوظبي".to_string(), EntityType::Loc)), "{found:?}");
}

/// A governorate whose name general Arabic knows as a word (مطروح "proposed", معان
/// "meanings"), after its head without the article: the place, the head out.
#[test]
fn a_governorate_named_by_a_word() {
    let t = "وتفقد الوزير أعمال الطرق في مدينة الضبعة بمحافظة مطروح، بين شركة المقاولات والهيئة، وفي محافظة معان جنوبي الأردن.";
    let found = all(t);
    assert!(found.contains(&("مطروح".to_string(), EntityType::Loc)), "{found:?}");
    assert!(found.contains(&("معان".to_string(), EntityType::Loc)), "{found:?}");
}

/// A museum named by a noun in the construct state before a definite noun (متحف بيت
/// الزبير, متحف أرض اللبان): one name, its head in.
#[test]
fn a_museum_named_by_two_nouns_in_the_construct_state() {
    let t = "وتعرض المخطوطات في متحف بيت الزبير بمسقط حتى نهاية العام.";
    let found = all(t);
    assert!(found.iter().any(|(s, k)| s == "متحف بيت الزبير" && matches!(k, EntityType::Org | EntityType::Loc)), "{found:?}");
}

/// A Yemeni governorate of one word that the lists of places lack and general Arabic
/// does not know (شبوة) is a place, after في too.
#[test]
fn a_yemeni_governorate_the_place_lists_lack() {
    let t = "ووصلت قوافل الإغاثة إلى مديريات في شبوة مساء أمس.";
    let found = all(t);
    assert!(found.contains(&("شبوة".to_string(), EntityType::Loc)), "{found:?}");
}

/// After a body of a place or a range (its head and a city, a country or an adjective),
/// ل, a noun in the construct state and the noun it governs is the body's field (نادي
/// أبوظبي لسباق الهجن), and ل with a plural of bodies their federation's (الاتحاد
/// الدولي لسلطات سباق الهجن); not a word in إل the search form folds like the
/// article (مصرف لبنان لهجوم إلكتروني), nor a verbal noun after another name.
#[test]
fn the_field_of_a_body_of_a_place_or_a_range_is_in_its_name() {
    let t = "وقال رئيس نادي أبوظبي لسباق الهجن إن الموسم بدأ.";
    let found = all(t);
    assert!(found.contains(&("نادي أبوظبي لسباق الهجن".to_string(), EntityType::Org)), "{found:?}");
    let t = "ونسق المنظمون مع الاتحاد الدولي لسلطات سباق الهجن.";
    let found = all(t);
    assert!(found.contains(&("الاتحاد الدولي لسلطات سباق الهجن".to_string(), EntityType::Org)), "{found:?}");
    let t = "تعرض مصرف لبنان لهجوم إلكتروني واسع ليل الجمعة.";
    let found = all(t);
    assert!(found.contains(&("مصرف لبنان".to_string(), EntityType::Org)), "{found:?}");
    let t = "ودعا الاتحاد الأوروبي لوقف إطلاق النار فورا.";
    let found = all(t);
    assert!(found.iter().all(|(s, _)| !s.contains("لوقف")), "{found:?}");
}

/// A body the tagger missed, named by its head in the construct state, its field (a
/// noun and the definite noun it governs) and its country's adjective agreeing with the
/// head: رابطة سباقات الهجن العمانية is no common noun phrase.
#[test]
fn a_body_of_a_field_and_its_countrys_adjective() {
    let t = "وأرسلت رابطة سباقات الهجن العمانية وفدا إلى المهرجان.";
    let found = all(t);
    assert!(found.contains(&("رابطة سباقات الهجن العمانية".to_string(), EntityType::Org)), "{found:?}");
    // (The adjective must agree with the head: مجلس … الشركة السعودية is the company's.)
    let t = "وقال رئيس مجلس إدارة الشركة السعودية إن الأرباح زادت.";
    let found = all(t);
    assert!(!found.iter().any(|(s, _)| s.starts_with("مجلس إدارة")), "{found:?}");
}

/// A championship or a cup named by its place or the world, with its adjective, what it
/// is for, the kind of game and its year: one MISC name; a relative pronoun or the next
/// person's country adjective is no part of it.
#[test]
fn championships_and_cups_by_their_places() {
    let t = "وتأهل المنتخب إلى كأس العالم 2030 بعد فوزه أمس.";
    assert_eq!(found(t, EntityType::Misc), ["كأس العالم 2030"], "{:?}", all(t));
    let t = "وحصد اللاعب ذهبية بطولة العالم للشطرنج الخاطف في الدوحة.";
    assert_eq!(found(t, EntityType::Misc), ["بطولة العالم للشطرنج الخاطف"], "{:?}", all(t));
    let t = "وشارك الفريق في منافسات كأس أبوظبي الدولي التي اختتمت مساء الجمعة.";
    assert_eq!(found(t, EntityType::Misc), ["كأس أبوظبي الدولي"], "{:?}", all(t));
    let t = "وفاز ببطولة آسيا للشطرنج الهندي فيشواناثان أناند.";
    let found_all = all(t);
    assert!(found_all.contains(&("بطولة آسيا للشطرنج".to_string(), EntityType::Misc)), "{found_all:?}");
    // (كأس is a cup too: كأس ماء names nothing.)
    assert!(found("وشرب كأس ماء بارد قبل السباق.", EntityType::Misc).is_empty());
}

/// A role noun the tagger took into a person's name (الفارس, الجوكي, الناشط) is left
/// out: the person begins after it.
#[test]
fn a_role_before_a_person_is_out_of_the_name() {
    let t = "وقال الفارس شون أوكيف للصحفيين إن الأرض كانت مثالية.";
    let found = all(t);
    assert!(found.contains(&("شون أوكيف".to_string(), EntityType::Per)), "{found:?}");
    assert!(!found.iter().any(|(s, _)| s.starts_with("الفارس")), "{found:?}");
}

/// Egyptian governorates named by their adjective's form (الدقهلية, القليوبية), which
/// the place lists lack, and Lower and Upper Egypt, from the list of well-known names.
#[test]
fn egyptian_governorates_the_place_lists_lack() {
    let t = "وسحبت الفرق عينات من مزارع الدقهلية والقليوبية في الوجه البحري.";
    let found = all(t);
    for place in ["الدقهلية", "القليوبية", "الوجه البحري"] {
        assert!(found.contains(&(place.to_string(), EntityType::Loc)), "{place}: {found:?}");
    }
}

/// A word that names a listed town whole, its second letter a bare alef, is not ب + a
/// listed name (بابل is Babylon, not ب + أبل, Apple); with the hamza it is (بأبل).
#[test]
fn a_town_beginning_with_ba_is_no_listed_name_after_bi() {
    let t = "وافتتح الوزير المعمل الجديد في قضاء المحاويل بمحافظة بابل صباح أمس.";
    let found = all(t);
    assert!(found.contains(&("بابل".to_string(), EntityType::Loc)), "{found:?}");
    assert!(!found.iter().any(|(s, _)| s == "ابل"), "{found:?}");
}

/// A listed body's one word that is also a listed town, after a place's head, is the
/// town (قضاء الفاو, شمال الفاو: Iraq's Fao, not the FAO).
#[test]
fn a_listed_body_that_is_a_town_after_a_place_head() {
    let t = "وتقدمت مياه البحر حتى شمال الفاو، فيما نصبت الدائرة محطات جديدة في قضاء الفاو.";
    let found = all(t);
    assert!(found.iter().filter(|(s, k)| s == "الفاو" && *k == EntityType::Loc).count() == 2, "{found:?}");
    // (Elsewhere the list's body stays: منظمة الفاو.)
    let t = "وحذرت الفاو من نقص الغذاء في المنطقة هذا الشتاء.";
    let found = all(t);
    assert!(!found.contains(&("الفاو".to_string(), EntityType::Loc)), "{found:?}");
}

/// A town of two words whose first is a given name, after a town's head, where the
/// lists know the two words as a town (مدينة غازي عنتاب): the place, not a person.
#[test]
fn a_listed_town_beginning_with_a_given_name_after_madina() {
    let t = "وعقد الوفدان اجتماعهما في مدينة غازي عنتاب جنوبي تركيا.";
    let found = all(t);
    assert!(found.contains(&("غازي عنتاب".to_string(), EntityType::Loc)), "{found:?}");
}

/// An airport named after an imam keeps its head, the title and الدولي, as one named
/// after a king does (مطار الإمام الخميني الدولي).
#[test]
fn an_airport_named_after_an_imam() {
    let t = "ووصل اللاعبون إلى طهران عبر مطار الإمام الخميني الدولي فجر الخميس.";
    let found = all(t);
    assert!(found.iter().any(|(s, k)| s == "مطار الإمام الخميني الدولي" && matches!(k, EntityType::Loc | EntityType::Org)), "{found:?}");
}

/// Malaysia's honorifics before a name (داتو, داتوك) stay out of the person's name, as
/// معالي and سعادة do.
#[test]
fn malaysian_honorifics_stay_out_of_names() {
    let t = "وقدم مراقب المباراة الماليزي داتو عمر يوسف تقريره إلى اللجنة.";
    let found = all(t);
    assert!(found.contains(&("عمر يوسف".to_string(), EntityType::Per)), "{found:?}");
    let t = "وقال الوزير الماليزي داتوك أنور إبراهيم إن البلدين وقعا الاتفاق.";
    let found = all(t);
    assert!(found.contains(&("أنور إبراهيم".to_string(), EntityType::Per)), "{found:?}");
}

/// A given name after the preposition ل before a person the tagger began with a second
/// given name is the compound name's first word, from after the ل (لعلي رضا سبهري).
#[test]
fn a_compound_given_name_after_lam() {
    let t = "وانتهت المباراة بفوز الضيوف مقابل هدف لعلي رضا نوروزي من ركلة جزاء.";
    let found = all(t);
    assert!(found.contains(&("علي رضا نوروزي".to_string(), EntityType::Per)), "{found:?}");
}

/// A stadium named by one foreign word after its head (ملعب آزادي): the head and the
/// word, one place; not a listed town's (ملعب رادس, the town), nor an Arabic word.
#[test]
fn a_stadium_named_by_a_foreign_word() {
    let t = "وأقيمت المباراة على ملعب آزادي أمام جمهور غفير، بينما تدرب الفريق على ملعب صغير.";
    let found = all(t);
    assert!(found.iter().any(|(s, k)| s == "ملعب آزادي" && matches!(k, EntityType::Loc | EntityType::Org | EntityType::Misc)), "{found:?}");
    assert!(!found.iter().any(|(s, _)| s.contains("صغير")), "{found:?}");
}

/// Asia's football as the list of well-known names holds it: the Champions League with
/// its "Elite", Tehran's club in three spellings with its country's adjective, Baghdad's
/// police club with its adjective (the Iranian police stays the police).
#[test]
fn asian_football_of_the_list() {
    let t = "وتغلب الشرطة العراقي على مضيفه برسبوليس الإيراني في دوري أبطال آسيا للنخبة، فيما أوقفت الشرطة الإيرانية تسعة مشجعين.";
    let found = all(t);
    assert!(found.contains(&("الشرطة العراقي".to_string(), EntityType::Org)), "{found:?}");
    assert!(found.contains(&("برسبوليس الإيراني".to_string(), EntityType::Org)), "{found:?}");
    assert!(found.contains(&("دوري أبطال آسيا للنخبة".to_string(), EntityType::Misc)), "{found:?}");
    assert!(found.contains(&("الشرطة الإيرانية".to_string(), EntityType::Org)), "{found:?}");
}

/// A town of the lists after و right after a place (بغداد والبصرة): the second place of
/// the pair, which the tagger may leave out; not an ordinary noun that takes suffixes
/// (والمدينة, "and the city").
#[test]
fn a_listed_town_after_waw_after_a_place() {
    let t = "وسيزور الوفد بغداد والبصرة في كانون الثاني المقبل.";
    let found = all(t);
    assert!(found.contains(&("البصرة".to_string(), EntityType::Loc)), "{found:?}");
}

/// A dam named by a listed town keeps its head, one place (سد الموصل), as the gold marks
/// سد النهضة.
#[test]
fn a_dam_named_by_a_town() {
    let t = "وتراجع الخزين في سد الموصل وبحيرة الثرثار إلى أدنى مستوياته.";
    let found = all(t);
    assert!(found.contains(&("سد الموصل".to_string(), EntityType::Loc)), "{found:?}");
    assert!(!found.contains(&("الموصل".to_string(), EntityType::Loc)), "{found:?}");
}

/// A counted noun's quantity stops before ل and a verbal noun in ية that governs a
/// definite noun (12 محطة لتحلية المياه: "for desalinating", no nisba adjective).
#[test]
fn a_quantity_stops_before_lam_and_a_verbal_noun() {
    let t = "ونصبت الوزارة 12 محطة متنقلة لتحلية المياه، و8 محطات لتنقية المياه في القضاء.";
    assert_eq!(found(t, EntityType::Quantity), ["12 محطة متنقلة", "8 محطات"], "{:?}", all(t));
    // (A nisba adjective stays: 30 سيارة لوجستية.)
    let t = "واشترت 30 سيارة لوجستية جديدة.";
    assert_eq!(found(t, EntityType::Quantity), ["30 سيارة لوجستية"], "{:?}", all(t));
}

/// An outlet the tagger began with the ل the stemmer left on it (لشفق نيوز), which the
/// text names bare elsewhere: from after the ل, one outlet. (Not a listed place whole,
/// لبنان.)
#[test]
fn lam_before_a_name_the_text_gives_bare() {
    let t = "شفق نيوز/ كشف النائب عن تحرك برلماني. وقال النائب لشفق نيوز إن الأزمة كبيرة.";
    let es = isnad::entities::entities(t);
    let names: Vec<&str> = es.iter().filter(|e| e.kind == EntityType::Org).map(|e| &t[e.start..e.end]).collect();
    assert_eq!(names, ["شفق نيوز", "شفق نيوز"], "{:?}", all(t));
    let t = "زار الوزير لبنان ثم عاد إلى بنان.";
    let found = all(t);
    assert!(found.contains(&("لبنان".to_string(), EntityType::Loc)), "{found:?}");
}

/// The same ل before a name the text gives once with more words after it: a radio on
/// its byline (صدى أف أم -, then لصدى in a quotation's cue) and a company with what it
/// is for: from after the ل, with the type of the full name.
#[test]
fn lam_before_the_first_words_of_a_name_the_text_gives_bare() {
    let t = "إكسبرس أف أم - هالة الجلاصي\nأوقفت وحدات الأمن مشتبها به بمدينة صفاقس، وفق ما أفاد به مصدر أمني لإكسبرس. وقال المصدر في تصريح لإكسبرس إن التحقيق متواصل.";
    let found = all(t);
    assert_eq!(found.iter().filter(|(s, k)| s == "إكسبرس" && *k == EntityType::Org).count(), 2, "{found:?}");
    let t = "قالت شركة نوفاريس كابيتال للاستثمار الرياضي، ومقرها الدوحة، الأحد إنها ستشتري الحصة. وقال الرئيس التنفيذي لنوفاريس كابيتال الإسباني خافيير رويث لرويترز إن الصفقة مربحة.";
    let found = all(t);
    assert!(found.contains(&("نوفاريس كابيتال".to_string(), EntityType::Org)), "{found:?}");
    assert!(!found.iter().any(|(s, _)| s.starts_with("لنوفاريس")), "{found:?}");
}

/// A firm's initials that begin with K, spelled كيه (كيه بي إم جي): the stemmer takes its
/// ك for the preposition, and the name lost it (يه بي إم جي).
#[test]
fn initials_that_begin_with_kaf_keep_it() {
    let t = "وذكر المصدر أن مكتب \"كيه بى إم جى\" للاستشارات أعد تقييما للأصول قبل البيع.";
    let found = all(t);
    assert!(found.contains(&("كيه بى إم جى".to_string(), EntityType::Org)), "{found:?}");
    let t = "وقدرت كيه بي إم جي قيمة الأصول بنحو مليار دولار.";
    let found = all(t);
    assert!(found.iter().any(|(s, _)| s.starts_with("كيه بي إم جي")), "{found:?}");
}

/// A body's aim by a verbal noun that governs with عن (للدفاع عن حقوق الإنسان, للبحث عن
/// المفقودين): the name goes on over عن and what it governs.
#[test]
fn an_aim_that_governs_with_an_is_in_the_name() {
    let t = "وطالبت الرابطة الليبية للدفاع عن حقوق المرأة، في بيان، بفتح تحقيق مستقل.";
    let found = all(t);
    assert!(found.contains(&("الرابطة الليبية للدفاع عن حقوق المرأة".to_string(), EntityType::Org)), "{found:?}");
    let t = "وقالت اللجنة الوطنية للبحث عن المفقودين إنها تلقت مئات الطلبات.";
    let found = all(t);
    assert!(found.contains(&("اللجنة الوطنية للبحث عن المفقودين".to_string(), EntityType::Org)), "{found:?}");
}

/// A prison named by its town after ب (السجن المدني ببرج العامري, بالمرناقية): the
/// town is a place, of one word or of two whose first begins many towns' names.
#[test]
fn a_prison_is_named_by_its_town_after_ba() {
    let t = "ونقل الموقوفون إلى السجن المدني ببرج العامري، فيما أودع الآخرون السجن المدني بالمرناقية.";
    let found = all(t);
    assert!(found.contains(&("برج العامري".to_string(), EntityType::Loc)), "{found:?}");
    assert!(found.contains(&("المرناقية".to_string(), EntityType::Loc)), "{found:?}");
}

/// A court that every town has, by its kind and its town after ب (المحكمة الابتدائية
/// بسوسة, محكمة الاستئناف بصفاقس): one body; a court the country has one of, محكمة النقض
/// بالرباط, and its seat apart.
#[test]
fn a_towns_court_is_named_with_its_town_after_ba() {
    let t = "وقضت الدائرة الجنائية بالمحكمة الابتدائية بسوسة بسجنه، وأيدت محكمة الاستئناف بصفاقس الحكم.";
    let found = all(t);
    assert!(found.contains(&("المحكمة الابتدائية بسوسة".to_string(), EntityType::Org)), "{found:?}");
    assert!(found.contains(&("محكمة الاستئناف بصفاقس".to_string(), EntityType::Org)), "{found:?}");
    let t = "وقضت محكمة النقض بالرباط بتسليمه.";
    let found = all(t);
    assert!(found.contains(&("الرباط".to_string(), EntityType::Loc)), "{found:?}");
}

/// A radio named with its band (… أف أم) is an organization, and the writer after its
/// dash on the byline line is a person.
#[test]
fn an_fm_radio_and_its_byline() {
    let t = "بانوراما إف إم - سنية العياري\nأعلنت وحدات الديوانة حجز كميات من السجائر المهربة.";
    let found = all(t);
    assert!(found.contains(&("بانوراما إف إم".to_string(), EntityType::Org)), "{found:?}");
    assert!(found.contains(&("سنية العياري".to_string(), EntityType::Per)), "{found:?}");
}

/// A body that is "national" and then its country's (الحرس الوطني الليبي, المجلس الوطني
/// الفلسطيني): the country's adjective describes the body, in its name.
#[test]
fn a_national_body_keeps_its_countrys_adjective() {
    let t = "وأعلن الحرس الوطني الليبي توقيف مهربين قرب الحدود.";
    let found = all(t);
    assert!(found.contains(&("الحرس الوطني الليبي".to_string(), EntityType::Org)), "{found:?}");
}

/// مركز before a town's word is the town's centre, no body: the place after it.
#[test]
fn the_centre_of_a_town_is_no_body() {
    let t = "ويبعد المستودع نحو 3 كيلومترات عن مركز مدينة القصرين.";
    let found = all(t);
    assert!(found.contains(&("القصرين".to_string(), EntityType::Loc)), "{found:?}");
    assert!(!found.iter().any(|(s, _)| s.starts_with("مركز")), "{found:?}");
}

/// A club named by one definite word and its country's adjective (الإسماعيلي المصري,
/// which the tagger ends before the adjective): one name, as الترجي التونسي is.
#[test]
fn a_club_keeps_its_countrys_adjective() {
    let t = "وتعاقد النادي مع المدافع السابق في الإسماعيلي المصري لمدة موسمين.";
    let found = all(t);
    assert!(found.contains(&("الإسماعيلي المصري".to_string(), EntityType::Org)), "{found:?}");
    // (Not the adjective of a title's holder: the coach is Portuguese.)
    let t = "وقال مدرب الإسماعيلي البرتغالي جوزيه مورايس إن الفريق جاهز.";
    let found = all(t);
    assert!(!found.iter().any(|(s, _)| s == "الإسماعيلي البرتغالي"), "{found:?}");
}

/// After an area's head, a first word of towns' names (عين, بئر, سيدي) and a plain word
/// are the place: بمنطقة عين سلطان, "sultan" being a word too.
#[test]
fn an_areas_town_of_two_words_after_its_head() {
    let t = "وعثر الأعوان على السيارة مهجورة بمنطقة بئر سلطان قرب الحدود.";
    let found = all(t);
    assert!(found.contains(&("بئر سلطان".to_string(), EntityType::Loc)), "{found:?}");
}

/// A town of two words of the lists after a port's head (ميناء حلق الوادي), found in a
/// report where the tagger, reading the whole text, left it out.
#[test]
fn a_listed_town_of_two_words_after_a_port() {
    let t = "تونس (وات) - حجزت وحدات الديوانة 200 كلغ من القنب الهندي في ميناء رادس.\nوأوضح بلاغ الإدارة العامة للديوانة أن الشحنة وصلت من مرسيليا.\nوكانت الوحدات نفسها حجزت الشهر الماضي كمية مماثلة في ميناء حلق الوادي.";
    let found = all(t);
    assert!(found.contains(&("حلق الوادي".to_string(), EntityType::Loc)), "{found:?}");
}

/// A number written out after ل, "for", before a plural of time or a sound feminine
/// plural (لخمس سنوات, لثلاث فترات): the quantity without the ل, as after ب.
#[test]
fn a_number_word_after_lam_before_a_plural() {
    let t = "ومنع اللاعب من السفر لخمس سنوات، وأوقف القيد لأربع فترات.";
    assert_eq!(found(t, EntityType::Quantity), ["خمس سنوات", "أربع فترات"], "{:?}", all(t));
}

/// A place of the lists whose second word is an ordinary word, which the tagger cut
/// after the first (غار الدماء, "the cave of the bloods"): the whole place.
#[test]
fn a_listed_place_the_tagger_cut_short() {
    let t = "ألقت وحدات الحرس الوطني بغار الدماء القبض على شخصين حاولا اجتياز الحدود.";
    let found = all(t);
    assert!(found.contains(&("غار الدماء".to_string(), EntityType::Loc)), "{found:?}");
}

/// The African Champions League by the name it had until 1997 (كأس أفريقيا للأندية
/// أبطال الدوري), which the tagger cuts after للأندية: one name, the same competition.
#[test]
fn the_champions_leagues_old_name() {
    let t = "وكان الترجي قد أحرز كأس أفريقيا للأندية أبطال الدوري عام 1994 قبل أن يتوج بدوري أبطال أفريقيا.";
    let es = isnad::entities::entities(t);
    let old = es.iter().find(|e| &t[e.start..e.end] == "كأس أفريقيا للأندية أبطال الدوري");
    let new = es.iter().find(|e| &t[e.start..e.end] == "دوري أبطال أفريقيا");
    assert!(old.is_some() && new.is_some_and(|n| n.id == old.unwrap().id), "{:?}", all(t));
}

/// An acronym spelled letter by letter in Arabic letters in brackets after a body's name
/// (المديرية العامة للأشغال المائية (دي إس إي)) is that body's short name, linked.
#[test]
fn a_spelled_acronym_in_brackets_is_linked() {
    let t = "وأعلنت المديرية العامة للأشغال المائية (دي إس إي) أنها ستتابع التنفيذ، وقالت دي إس إي إن الخطة جاهزة.";
    let es = isnad::entities::entities(t);
    let full = es.iter().find(|e| &t[e.start..e.end] == "المديرية العامة للأشغال المائية").expect("the full name");
    let short: Vec<_> = es.iter().filter(|e| &t[e.start..e.end] == "دي إس إي").collect();
    assert_eq!(short.len(), 2, "{:?}", all(t));
    assert!(short.iter().all(|e| e.id == full.id), "{:?}", all(t));
}

/// A body's purpose with a second noun after و that its verbal noun governs (الشركة
/// العامة لصناعة السيارات والمعدات): one name; not a body after و (… والوزارة).
#[test]
fn a_purpose_with_two_nouns_joined_by_waw() {
    let t = "وقال المدير إن الشركة العامة لصناعة الأسمدة والمبيدات في البصرة ستستأنف الإنتاج.";
    let found = all(t);
    assert!(found.contains(&("الشركة العامة لصناعة الأسمدة والمبيدات".to_string(), EntityType::Org)), "{found:?}");
    let t = "وقالت الشركة العامة لتجارة المواد الغذائية والوزارة إنهما وزعتا الحصص.";
    let found = all(t);
    assert!(!found.iter().any(|(s, _)| s.contains("والوزارة")), "{found:?}");
    // (A second noun of five letters with the article, والصرف, and its adjective.)
    let t = "وصرح مصدر بالشركة القابضة لمياه الشرب والصرف الصحي بأن الانقطاع سيستمر.";
    let found = all(t);
    assert!(found.contains(&("الشركة القابضة لمياه الشرب والصرف الصحي".to_string(), EntityType::Org)), "{found:?}");
}

/// A joint body of two countries named by their adjectives one after the other and
/// المشتركة (اللجنة العراقية التركية المشتركة), and a chamber by its trade's adjective
/// and the countries' (الغرفة التجارية الإيرانية العراقية المشتركة): one name each.
#[test]
fn joint_bodies_of_two_countries() {
    let t = "واجتمعت اللجنة السورية الأردنية المشتركة في عمان، بحضور رئيس الغرفة التجارية الإيرانية العراقية المشتركة.";
    let found = all(t);
    assert!(found.contains(&("اللجنة السورية الأردنية المشتركة".to_string(), EntityType::Org)), "{found:?}");
    assert!(found.contains(&("الغرفة التجارية الإيرانية العراقية المشتركة".to_string(), EntityType::Org)), "{found:?}");
}

/// A document's name in quote marks: after its head without the article (اتفاقية
/// "النفط مقابل الإعمار": the quoted words), and a memorandum's long name with a
/// preposition inside, whole ("مذكرة التفاهم … في مجال المياه").
#[test]
fn quoted_names_of_documents() {
    let t = "وقال السفير إن بلاده تدرس تمويل الطريق ضمن اتفاقية \"الطاقة مقابل البنى التحتية\" الموقعة قبل عامين.";
    let found = all(t);
    assert!(found.contains(&("الطاقة مقابل البنى التحتية".to_string(), EntityType::Misc)), "{found:?}");
    let t = "ووقع الوزيران \"مذكرة التفاهم للتعاون في مجال النقل البحري\" في العاصمة.";
    let found = all(t);
    assert!(found.contains(&("مذكرة التفاهم للتعاون في مجال النقل البحري".to_string(), EntityType::Misc)), "{found:?}");
}

/// China's carmakers as the list holds them: Chery bare after a title (نائب رئيس شيري),
/// with its trade, and with Persian چ; one entity.
#[test]
fn chinese_carmakers_of_the_list() {
    let t = "وقال نائب رئيس شيري، لي وانغ، إن شيري للسيارات ستبني المصنع، فيما أبدت شركات إيرانية اهتمامها بمصنع \"چيري\".";
    let es = isnad::entities::entities(t);
    let chery: Vec<_> = es.iter().filter(|e| ["شيري", "شيري للسيارات", "چيري"].contains(&&t[e.start..e.end])).collect();
    assert_eq!(chery.len(), 3, "{:?}", all(t));
    assert!(chery.iter().all(|e| e.kind == EntityType::Org && e.id == chery[0].id), "{:?}", all(t));
}

/// A town whose name begins with و after a town's head (مدينة ووهو), which the clitic
/// rules read as "and he": the whole word is the town.
#[test]
fn a_town_beginning_with_waw_after_madina() {
    let t = "وتدرب المهندسون في مصانع الشركة بمدينة ووهو شرقي الصين.";
    let found = all(t);
    assert!(found.contains(&("ووهو".to_string(), EntityType::Loc)), "{found:?}");
}

/// A club named by a definite word and its country's masculine adjective (الشرطة
/// العراقي) is the club where the text names it again by the word alone, after ل too
/// (للشرطة); not where a definite adjective follows (الشرطة الإيرانية, the police).
#[test]
fn a_club_named_again_by_its_word() {
    let t = "وفاز الشرطة العراقي على مضيفه بهدفين، وسجل للشرطة المهاجم كريم سالم، فيما رفع الشرطة رصيده إلى 10 نقاط. وأوقفت الشرطة الإيرانية ثلاثة مشجعين.";
    let found = all(t);
    assert!(found.contains(&("لشرطة".to_string(), EntityType::Org)), "{found:?}");
    assert_eq!(found.iter().filter(|(s, k)| s == "الشرطة" && *k == EntityType::Org).count(), 1, "{found:?}");
    assert!(found.contains(&("الشرطة الإيرانية".to_string(), EntityType::Org)), "{found:?}");
}

/// Basra's river and district, Iraq's rights commission and a bloc as the list holds
/// them.
#[test]
fn basra_places_and_iraqi_bodies_of_the_list() {
    let t = "وسجلت مستشفيات أبي الخصيب حالات جديدة، وتقدم اللسان الملحي في شط العرب، بحسب مفوضية حقوق الإنسان، فيما طالبت كتلة صادقون بالتحقيق.";
    let found = all(t);
    assert!(found.contains(&("أبي الخصيب".to_string(), EntityType::Loc)), "{found:?}");
    assert!(found.contains(&("شط العرب".to_string(), EntityType::Loc)), "{found:?}");
    assert!(found.contains(&("مفوضية حقوق الإنسان".to_string(), EntityType::Org)), "{found:?}");
    assert!(found.contains(&("كتلة صادقون".to_string(), EntityType::Org)), "{found:?}");
}

/// ست, سبع, تسع, عشر (also other words) count a plural unit of time after them, and a
/// number word after ب before one is the quantity (بتسع دقائق, "by nine minutes").
#[test]
fn ambiguous_number_words_before_units_of_time() {
    let t = "وسجل البديل هدف الفوز قبل النهاية بتسع دقائق، بعد غياب دام سبع سنوات.";
    assert_eq!(found(t, EntityType::Quantity), ["تسع دقائق", "سبع سنوات"], "{:?}", all(t));
    // (Not ست, "lady", before a plural that is no unit of time.)
    let t = "وحضرت ست نساء الجلسة.";
    assert!(found(t, EntityType::Quantity).is_empty(), "{:?}", all(t));
}

/// An aim in لل whose verbal noun takes its object after ب keeps that object in the
/// body's name (للتوعية بمخاطر التدخين, للإنذار بالفيضانات الموسمية); a place after ب is
/// the body's seat (للأبحاث بالقاهرة, للتوعية بالرياض), not its aim.
#[test]
fn an_aims_object_after_bi_is_in_the_bodys_name() {
    let t = "وأطلقت الجمعية الوطنية للتوعية بمخاطر التدخين حملة جديدة.";
    let found = all(t);
    assert!(found.contains(&("الجمعية الوطنية للتوعية بمخاطر التدخين".to_string(), EntityType::Org)), "{found:?}");
    let t = "وأصدر المركز الإقليمي للإنذار بالفيضانات الموسمية تحذيرا أمس.";
    let found = all(t);
    assert!(found.contains(&("المركز الإقليمي للإنذار بالفيضانات الموسمية".to_string(), EntityType::Org)), "{found:?}");
    let t = "وقالت الجمعية الوطنية للتوعية بالرياض إن الحملة بدأت.";
    let found = all(t);
    assert!(found.contains(&("الرياض".to_string(), EntityType::Loc)), "{found:?}");
}

/// A site's dateline that says the report is its own after a second dash (the town, a
/// dash, the site's words, a dash and خاص alone on the line): the words between the
/// dashes are the outlet, as where the line ends after them.
#[test]
fn a_datelines_outlet_before_a_dash_and_khas() {
    let t = "عدن - الصباح الجديد - خاص\nوصل وفد الوساطة إلى المدينة مساء أمس.";
    let found = all(t);
    assert!(found.contains(&("الصباح الجديد".to_string(), EntityType::Org)), "{found:?}");
    let t = "المكلا - المنارة نت - خاص\nأعلنت السلطة المحلية فتح الطريق.";
    let found = all(t);
    assert!(found.contains(&("المنارة نت".to_string(), EntityType::Org)), "{found:?}");
}

/// A hospital named by a town the lists lack and an adjective (مستشفى أبشي المرجعي): the
/// institution, its head and adjective in, as مستشفى المنيا الجامعي.
#[test]
fn a_hospital_named_by_an_unlisted_town_and_an_adjective() {
    for (t, name) in [
        ("ونقل الجرحى إلى مستشفى أبشي المرجعي الذي يعمل بنصف طاقته.", "مستشفى أبشي المرجعي"),
        ("وقالت المنظمة إن مستشفى زالنجي التعليمي يعمل بأقل من نصف طاقته.", "مستشفى زالنجي التعليمي"),
        ("وأكد الطبيب أن مستشفى سنكات الريفي يستقبل عشرات المرضى يوميا.", "مستشفى سنكات الريفي"),
    ] {
        let found = all(t);
        assert!(found.iter().any(|(s, k)| s == name && matches!(k, EntityType::Org | EntityType::Loc)), "{found:?}");
    }
}

/// A dateline's town before a dash written with tatweels and the writer's name
/// (الخرطوم ــ فلان): where the report was filed, a place.
#[test]
fn a_datelines_town_before_a_tatweel_dash_and_a_byline() {
    for (t, place) in [
        ("الخرطوم ــ سامية الطيب\nعادت الحركة التجارية إلى أسواق المدينة بعد أسابيع من الإغلاق.", "الخرطوم"),
        ("الخرطوم ــ حسن الطاهر\nعادت الحركة التجارية إلى أسواق المدينة بعد أسابيع من الإغلاق.", "الخرطوم"),
        ("عدن ــ أحمد الأغبري\nعادت الحركة التجارية إلى أسواق المدينة بعد أسابيع من الإغلاق.", "عدن"),
    ] {
        let found = all(t);
        assert!(found.contains(&(place.to_string(), EntityType::Loc)), "{found:?}");
    }
}

/// Well-known names of the Horn of Africa and Sudan the list now holds: the Houthis'
/// militia in its two spellings, Somaliland (أرض الصومال, whose الصومال alone is the
/// country), the AU's Peace and Security Council, SPLM-North, DP World,
/// Independent Arabia, Dire Dawa, Kauda and Dilling.
#[test]
fn well_known_names_of_the_horn_of_africa_and_sudan() {
    let t = "واتهم الوزير ميليشيا الحوثي بقصف الأحياء السكنية، فيما قالت جماعة الحوثي إنها ردت على مصادر النيران.";
    let found = all(t);
    assert!(found.contains(&("ميليشيا الحوثي".to_string(), EntityType::Org)), "{found:?}");
    let t = "وزار الوفد هرجيسا عاصمة أرض الصومال قبل أن يبحث مجلس السلم والأمن الأفريقي الأزمة، في حين تدير موانئ دبي العالمية الميناء منذ سنوات.";
    let found = all(t);
    for (name, kind) in [("أرض الصومال", EntityType::Loc), ("مجلس السلم والأمن الأفريقي", EntityType::Org), ("موانئ دبي العالمية", EntityType::Org)] {
        assert!(found.contains(&(name.to_string(), kind)), "{name}: {found:?}");
    }
    let t = "وقالت الحركة الشعبية لتحرير السودان شمال إن قواتها انسحبت من محيط الدلنج نحو كاودا، بحسب ما نقلته اندبندنت عربية عن مصادر في ديري داوا.";
    let found = all(t);
    for (name, kind) in [("الحركة الشعبية لتحرير السودان شمال", EntityType::Org), ("الدلنج", EntityType::Loc), ("كاودا", EntityType::Loc), ("اندبندنت عربية", EntityType::Org), ("ديري داوا", EntityType::Loc)] {
        assert!(found.contains(&(name.to_string(), kind)), "{name}: {found:?}");
    }
}

/// A person's last word in ب whose rest is a noun general Arabic knows, before the
/// definite noun it governs (أشاد … بدور الجيش, "praised the army's role"), is the
/// preposition's phrase: the person ends before it.
#[test]
fn a_person_never_ends_with_a_preposition_and_the_noun_it_governs() {
    for (t, person) in [
        ("وأشاد محافظ المدينة علي حسن عبد الكريم بدور القوات المسلحة في تأمين القوافل.", "علي حسن عبد الكريم"),
        ("وأشاد قائد الفرقة عثمان محمد عبد الكريم بدور القوات المسلحة.", "عثمان محمد عبد الكريم"),
    ] {
        let found = all(t);
        assert!(found.contains(&(person.to_string(), EntityType::Per)), "{found:?}");
        assert!(found.iter().all(|(s, _)| !s.contains("بدور")), "{found:?}");
    }
}

/// A derived participle after a counted noun that governs ب (42 شاحنة محملة بالقمح)
/// says how the things are, not what they are: it stays out of the quantity, as 3000
/// حاوية عالقة does; an adjective that makes the thing (20 عربة مدرعة) stays in.
#[test]
fn a_participle_governing_b_is_no_part_of_a_quantity() {
    let t = "ووصلت إلى الميناء 30 سفينة محملة بالوقود والدقيق، ترافقها 20 عربة مدرعة.";
    assert_eq!(found(t, EntityType::Quantity), ["30 سفينة", "20 عربة مدرعة"], "{:?}", all(t));
    let t = "وعبرت المعبر 5 شاحنات محملة بالأدوية صباح اليوم.";
    assert_eq!(found(t, EntityType::Quantity), ["5 شاحنات"], "{:?}", all(t));
}

/// A national Red Crescent or Red Cross society named with its head جمعية (after و
/// too) and its country's adjective, or without it: one body, the head in.
#[test]
fn a_red_crescent_society_with_its_head() {
    let t = "ووزعت المفوضية وجمعية الهلال الأحمر السوداني الأغطية على النازحين.";
    let found = all(t);
    assert!(found.contains(&("جمعية الهلال الأحمر السوداني".to_string(), EntityType::Org)), "{found:?}");
    let t = "وقالت جمعية الصليب الأحمر اللبناني إن فرقها نقلت الجرحى.";
    let found = all(t);
    assert!(found.contains(&("جمعية الصليب الأحمر اللبناني".to_string(), EntityType::Org)), "{found:?}");
}

/// A plural kind of place before one word general Arabic does not know, a region the
/// lists lack (ولايات كردفان): the region is the name, the plural head out, as in
/// ولايات دارفور.
#[test]
fn a_plural_kind_of_place_before_an_unlisted_region() {
    let t = "وأعلنت الحكومة هدنة في ولايات كردفان استجابة لمبادرة المنظمة.";
    let found = all(t);
    assert!(found.contains(&("كردفان".to_string(), EntityType::Loc)), "{found:?}");
}

/// A channel named by one definite word after قناة where it carried or was told what is
/// reported: the word is the outlet; a canal (قناة السويس) and a channel of contact
/// (قناة الاتصال) are not.
#[test]
fn a_channel_named_by_one_word_after_its_head() {
    let t = "وقال المتحدث العسكري، في تصريحات بثتها قناة الساحات، إن القوات تقدمت.";
    let found = all(t);
    assert!(found.contains(&("الساحات".to_string(), EntityType::Org)), "{found:?}");
    let t = "وأبقت الحكومة على قناة الاتصال مفتوحة مع الوسطاء.";
    let found = all(t);
    assert!(!found.iter().any(|(s, _)| s.contains("الاتصال")), "{found:?}");
}

/// A listed body the tagger took in after a coalition's head and cut inside its name
/// (تحالف قوات الدعم السريع, read تحالف قوات الدعم): the listed name alone.
#[test]
fn a_listed_body_after_a_coalitions_head() {
    let t = "وقالت مصادر إن تحالف قوات الدعم السريع والحركة الشعبية يحاصر المدينة منذ أشهر.";
    let found = all(t);
    assert!(found.contains(&("قوات الدعم السريع".to_string(), EntityType::Org)), "{found:?}");
}

/// A definite company's head before its country's adjective and two aims joined by و
/// (الشركة الجزائرية للكهرباء والغاز), where the tagger began the name at the adjective:
/// the head is the name's, as the gold's head convention keeps it before a description.
#[test]
fn a_definite_company_with_two_aims_keeps_its_head() {
    let t = "وأعلنت الشركة الجزائرية للكهرباء والغاز (SEG)، الاثنين، عن رفع إنتاجها.";
    let found = all(t);
    assert!(found.contains(&("الشركة الجزائرية للكهرباء والغاز".to_string(), EntityType::Org)), "{found:?}");
}

/// The Maghreb's federations and confederations (fédération, confédération) head
/// bodies' names as الاتحاد does, before a country's adjective too.
#[test]
fn maghreb_federations_and_confederations() {
    let t = "وانتقدت الاتحادية الوطنية للصيد قرار الوزارة، فيما رحبت الكونفدرالية الإيطالية للتجارة به.";
    let found = all(t);
    assert!(found.contains(&("الاتحادية الوطنية للصيد".to_string(), EntityType::Org)), "{found:?}");
    assert!(found.contains(&("الكونفدرالية الإيطالية للتجارة".to_string(), EntityType::Org)), "{found:?}");
}

/// A body's aim in the construct state whose noun governs two nouns joined by و
/// (لتنمية الاستثمار والصادرات): both are the name's.
#[test]
fn an_aim_governing_two_nouns() {
    let t = "وصرح المدير العام للوكالة الوطنية لتنمية الاستثمار والصادرات بأن الطلبات ارتفعت.";
    let found = all(t);
    assert!(found.contains(&("لوكالة الوطنية لتنمية الاستثمار والصادرات".to_string(), EntityType::Org)), "{found:?}");
}

/// Miles in the plural with their nautical adjective (4 أميال بحرية), and a currency
/// named new since it was redenominated (25 مليون أوقية جديدة): one unit each.
#[test]
fn nautical_miles_in_the_plural_and_a_redenominated_currency() {
    let t = "وبلغت الغرامة 25 مليون أوقية جديدة، بعدما ضبطت السفينة على بعد 4 أميال بحرية من الساحل.";
    assert_eq!(found(t, EntityType::Quantity), ["25 مليون أوقية جديدة", "4 أميال بحرية"], "{:?}", all(t));
}

/// Two vessels named in quote marks after the dual of their head in the construct
/// state (سفينتي الصيد "…" و"…"): two vessels' names, MISC, no people.
#[test]
fn two_vessels_after_a_dual_head() {
    let t = r#"وطالبت مدريد بالإفراج عن طاقمي سفينتي الصيد "بلايا دي أروسا" و"نويبو لوسيرو" المحتجزتين منذ الأحد."#;
    let found = all(t);
    assert!(found.contains(&("بلايا دي أروسا".to_string(), EntityType::Misc)), "{found:?}");
    assert!(found.contains(&("نويبو لوسيرو".to_string(), EntityType::Misc)), "{found:?}");
}

/// A company's foreign name found in the text, again after the preposition ل that the
/// stemmer left on it (لنوردكس of نوردكس): the company, from the name.
#[test]
fn a_foreign_company_after_lam_is_the_company_named_before() {
    let t = r#"وفازت شركة "نوردكس" الألمانية بالصفقة. وأوضح المدير الإقليمي لنوردكس، يان هوفمان، أن الأشغال تبدأ في الربيع."#;
    let found = all(t);
    assert_eq!(found.iter().filter(|(s, k)| s == "نوردكس" && *k == EntityType::Org).count(), 2, "{found:?}");
}

/// A foreign body's name in quote marks that begins with ك keeps it (إذاعة "كادينا
/// سير", not ك + ادينا): right after the opening mark the preposition would begin a
/// quotation, not a name.
#[test]
fn a_quoted_foreign_name_keeps_its_kaf() {
    let t = r#"وقال المتحدث في مقابلة مع إذاعة "كادينا سير" إن المفاوضات مستمرة."#;
    let found = all(t);
    assert!(found.iter().any(|(s, k)| s == "كادينا سير" && *k == EntityType::Org), "{found:?}");
}

/// What a well-known body calls for after ل (لوقف القتال, لإنهاء الحرب) is no aim in its
/// name: the name is whole before it; a body named with its aim keeps it.
#[test]
fn what_a_known_body_calls_for_is_not_its_name() {
    for t in ["ودعت جامعة الدول العربية لوقف القتال فورا.", "ودعت منظمة الصحة العالمية لحماية المستشفيات.", "ودعت منظمة التعاون الإسلامي لإنهاء الحرب.", "وتحركت المفوضية الأوروبية لدعم الاقتصاد."] {
        let found = all(t);
        assert!(found.iter().all(|(s, _)| !s.contains(" ل")), "{found:?}");
    }
    let t = "وقالت الهيئة الوطنية لمكافحة الفساد إن التحقيق بدأ.";
    let found = all(t);
    assert!(found.contains(&("الهيئة الوطنية لمكافحة الفساد".to_string(), EntityType::Org)), "{found:?}");
}

/// A dateline of a place and a date that ends with an agency's short name, without a
/// bracket or a dash (the Saudi agency's form, … 2026 م واس): the last word is the
/// agency; a dateline that ends with its date has none.
#[test]
fn an_agency_ending_a_dated_dateline() {
    let t = "الرياض 3 رجب 1448 هـ الموافق 22 ديسمبر 2026 م واس\nأعلنت الهيئة العامة للإحصاء نتائج المسح.";
    let found = all(t);
    assert!(found.contains(&("واس".to_string(), EntityType::Org)), "{found:?}");
    let t = "القاهرة في 22 ديسمبر الجاري\nأعلنت الوزارة نتائج المسح.";
    let found = all(t);
    assert!(found.iter().all(|(_, k)| *k != EntityType::Org), "{found:?}");
}

/// ريف before a place: the place is the mention (ريف إدلب, بريف حماة الشمالي), not ريف
/// alone nor the whole as a body; the governorate ريف دمشق stays whole.
#[test]
fn the_countryside_of_a_place_is_the_place() {
    let t = "وسقطت قذائف على ريف إدلب الجنوبي مساء أمس.";
    let found = all(t);
    assert!(found.contains(&("إدلب".to_string(), EntityType::Loc)), "{found:?}");
    assert!(!found.iter().any(|(s, _)| s.contains("ريف")), "{found:?}");
    let t = "وقتل خمسة مدنيين في ريف دمشق.";
    let found = all(t);
    assert!(found.contains(&("ريف دمشق".to_string(), EntityType::Loc)), "{found:?}");
}

/// The squares named "liberation" where crowds gather, Cairo's and Baghdad's, from the
/// list of well-known names: two places, found where the tagger marks nothing.
#[test]
fn the_liberation_squares_are_places() {
    let t = "وتظاهر الآلاف في ساحة التحرير ببغداد، فيما احتشد آخرون في ميدان التحرير.";
    let found = all(t);
    assert!(found.contains(&("ساحة التحرير".to_string(), EntityType::Loc)), "{found:?}");
    assert!(found.contains(&("ميدان التحرير".to_string(), EntityType::Loc)), "{found:?}");
}

/// A noun of a time's part after a counted noun begins an adverb of time (مطلع العام,
/// منتصف الأسبوع), not the counted thing's kind: the quantity ends before it.
#[test]
fn a_time_part_after_a_counted_noun_is_no_kind() {
    let t = "وستعرض المنصة المسلسل في 120 دولة مطلع العام المقبل.";
    assert_eq!(found(t, EntityType::Quantity), ["120 دولة"], "{:?}", all(t));
    let t = "ووصلت 30 شاحنة منتصف الأسبوع إلى المعبر.";
    assert_eq!(found(t, EntityType::Quantity), ["30 شاحنة"], "{:?}", all(t));
}

/// Quoted words after a definite word for a work that is the subject after إن are what
/// was said of it (إن الفيلم "يسيء إلى …"), not its title; after the indefinite head in
/// the construct state they are the title (إن فيلم "…").
#[test]
fn what_is_said_of_a_definite_work_is_no_title() {
    let t = "وقالت اللجنة إن الفيلم \"يسيء إلى الذوق العام\"، مطالبة بحذف مشاهد منه.";
    assert!(found(t, EntityType::Misc).is_empty(), "{:?}", all(t));
    let t = "وقالت اللجنة إن فيلم \"ليالي الصيف\" سيعرض الشهر المقبل.";
    assert_eq!(found(t, EntityType::Misc), ["ليالي الصيف"], "{:?}", all(t));
}

/// An aim whose verbal noun takes its object after على keeps على, the object, its
/// adjectives and a second noun after و in the body's name.
#[test]
fn an_aims_object_after_ala_is_in_the_bodys_name() {
    let t = "وقالت الهيئة العامة للرقابة على الصادرات والواردات إن الشحنة رفضت.";
    let found = all(t);
    assert!(found.contains(&("الهيئة العامة للرقابة على الصادرات والواردات".to_string(), EntityType::Org)), "{found:?}");
    let t = "وأعلنت الهيئة الوطنية للإشراف على الانتخابات النتائج الأولية.";
    let found = all(t);
    assert!(found.contains(&("الهيئة الوطنية للإشراف على الانتخابات".to_string(), EntityType::Org)), "{found:?}");
}

/// Netflix in its spellings, from the list of well-known names, after منصة and after
/// the preposition على the tagger took in as a given name.
#[test]
fn netflix_after_its_head_and_after_ala() {
    let t = "وأعلنت منصة نتفليكس أنها ستعرض المسلسل، وكان قد عرض على نيتفليكس من قبل.";
    let found = all(t);
    assert!(found.contains(&("نتفليكس".to_string(), EntityType::Org)), "{found:?}");
    assert!(found.contains(&("نيتفليكس".to_string(), EntityType::Org)), "{found:?}");
}

/// A year after عام with the preposition glued to it (لعام 2026, بعام 2027), which the
/// stemmer keeps whole, is a date without the preposition.
#[test]
fn a_year_after_lam_or_ba_and_aam() {
    let t = "وصادق البرلمان على قانون الموازنة لعام 2026 بعد جلسة طويلة.";
    assert_eq!(found(t, EntityType::Date), ["عام 2026"], "{:?}", all(t));
}

/// The conjunction before a given name of the lists that the stemmer keeps whole (ومحمد,
/// which general Arabic writes often) is no part of the person's name; a given name that
/// begins with و itself (وسام) keeps it.
#[test]
fn the_conjunction_before_a_given_name_is_out_of_the_name() {
    let t = "وضمت القائمة تامر عبدالحميد ومحمد ابو العلا وعلاء عبدالغني.";
    let found = all(t);
    assert!(found.contains(&("محمد ابو العلا".to_string(), EntityType::Per)), "{found:?}");
    let t = "وقال وسام حداد إن الأمر انتهى.";
    let found = all(t);
    assert!(found.contains(&("وسام حداد".to_string(), EntityType::Per)), "{found:?}");
}

#[test]
fn a_month_and_its_other_name_without_a_slash_are_one_date() {
    // Reuters' Arabic wire writes the two names with a space only.
    let t = "وقدمت المنظمة شكواها في مارس آذار 2024، ثم رفعت دعوى في سبتمبر أيلول الماضي، وأخرى في يونيو ويوليو.";
    let d = found(t, EntityType::Date);
    assert!(d.contains(&"مارس آذار 2024".to_string()) && d.contains(&"سبتمبر أيلول الماضي".to_string()), "{:?}", all(t));
    // Two different months are a list, not one month's two names.
    assert!(!d.iter().any(|s| s.contains("يونيو ويوليو") || s == "يونيو يوليو"), "{:?}", all(t));
}

#[test]
fn a_navy_and_a_consulate_named_by_their_countrys_adjective() {
    let t = "وقالت البحرية الإيطالية إنها أنقذت المهاجرين، فيما تتابع القنصلية المصرية أوضاعهم، ورصدت الحدود البحرية الليبية تحركات مريبة.";
    let o = found(t, EntityType::Org);
    assert!(o.contains(&"البحرية الإيطالية".to_string()) && o.contains(&"القنصلية المصرية".to_string()), "{:?}", all(t));
    // After a definite noun, البحرية is that noun's adjective.
    assert!(!o.iter().any(|s| s.starts_with("البحرية الليبية")), "{:?}", all(t));
}

#[test]
fn a_coast_guard_after_a_proclitic_is_its_countrys_force() {
    let t = "ونقل المصابون على متن زورق لخفر السواحل اليوناني إلى الميناء.";
    assert_eq!(found(t, EntityType::Org), ["خفر السواحل اليوناني"], "{:?}", all(t));
}

#[test]
fn a_listed_name_spelled_with_jim_in_the_list_is_found() {
    // The list holds إنستجرام with ج: it is the name, not a word that only folds to one.
    let t = "ونشر اللاعب الصورة على حسابه في إنستجرام مساء الأحد.";
    assert_eq!(found(t, EntityType::Org), ["إنستجرام"], "{:?}", all(t));
}

#[test]
fn a_masculine_counted_noun_without_its_alef_is_in_the_construct_state() {
    // After 11 to 99 the counted noun is accusative (16 طالبا); without the alef it
    // governs the noun after it: 16 طالب لجوء.
    let t = "وأفرجت السلطات عن 16 طالب لجوء، ونقلت 25 مهاجرا إلى الميناء.";
    let q = found(t, EntityType::Quantity);
    assert!(q.contains(&"16 طالب لجوء".to_string()) && q.contains(&"25 مهاجرا".to_string()), "{:?}", all(t));
}

#[test]
fn a_teen_written_out_is_one_number() {
    let t = "وتقدمت المنظمة بإحدى عشرة شكوى، وبقي اثنا عشر يوما على الموعد، واستمر الحصار خمسة عشر يوما.";
    let q = found(t, EntityType::Quantity);
    for want in ["إحدى عشرة شكوى", "اثنا عشر يوما", "خمسة عشر يوما"] {
        assert!(q.contains(&want.to_string()), "{want}: {:?}", all(t));
    }
}

/// The voltage of a power line is a quantity with its unit, also where the model read
/// the number and the unit as a person's name (132 كيلوفولت).
#[test]
fn volts_are_a_unit_over_the_models_name() {
    let t = "وتعتزم الشركة مد خط بجهد 132 كيلوفولت بين المحطتين، وخط آخر بجهد 400 كيلوفولت العام المقبل.";
    assert_eq!(found(t, EntityType::Quantity), ["132 كيلوفولت", "400 كيلوفولت"], "{:?}", all(t));
}

/// The adjective of an element or of the lie of the land after a counted noun says what
/// kind of thing is counted (رحلة بحرية, دورية جوية), though a place list holds its noun
/// (بحر) as a name: it is no nationality.
#[test]
fn adjectives_of_the_elements_are_no_nationality() {
    let t = "ويستقبل الميناء هذا الشتاء 25 رحلة بحرية، فيما سيّر الجيش 14 دورية جوية فوق الحدود.";
    assert_eq!(found(t, EntityType::Quantity), ["25 رحلة بحرية", "14 دورية جوية"], "{:?}", all(t));
    // (A nationality still stays out: 3 سفن روسية counts ships.)
    let t = "ورصدت البحرية 3 سفن روسية قرب السواحل.";
    assert_eq!(found(t, EntityType::Quantity), ["3 سفن"], "{:?}", all(t));
}

/// A bridge, a crossing or a port named after a royal keeps its head, as an airport does
/// (جسر الملك حسين, معبر الملك فهد): the place, LOC, not the king.
#[test]
fn a_bridge_or_crossing_named_after_a_royal_keeps_its_head() {
    let t = "وعبرت الحافلات جسر الملك حسين باتجاه عمان بعد إغلاق دام يومين.";
    let f = all(t);
    assert!(f.contains(&("جسر الملك حسين".to_string(), EntityType::Loc)), "{f:?}");
    let t = "واصطفت الشاحنات أمام معبر الملك فهد منذ الفجر.";
    let f = all(t);
    assert!(f.contains(&("معبر الملك فهد".to_string(), EntityType::Loc)), "{f:?}");
}

/// A utility or an authority named by the field of government it serves: the head is in
/// the name (سلطة الطاقة والموارد الطبيعية, سلطة الطيران المدني, شركة المياه الأردنية);
/// a company so named needs an adjective or a second field (not شركة الكهرباء alone).
#[test]
fn a_utility_or_authority_named_by_its_field_keeps_its_head() {
    let t = "ووقعت سلطة الطاقة والموارد الطبيعية مذكرة تفاهم في رام الله.";
    let f = all(t);
    assert!(f.contains(&("سلطة الطاقة والموارد الطبيعية".to_string(), EntityType::Org)), "{f:?}");
    let t = "وأعلنت سلطة الطيران المدني تعليق الرحلات ليلا.";
    let f = all(t);
    assert!(f.contains(&("سلطة الطيران المدني".to_string(), EntityType::Org)), "{f:?}");
    let t = "وقال مدير في شركة المياه الأردنية إن الضخ سيعود غدا.";
    let f = all(t);
    assert!(f.contains(&("شركة المياه الأردنية".to_string(), EntityType::Org)), "{f:?}");
    let t = "واتصل السكان بشركة الكهرباء مرات عدة دون رد.";
    let f = all(t);
    assert!(!f.iter().any(|(s, _)| s.contains("شركة")), "{f:?}");
}

/// A company named by its field with an adjective, where the tagger took the field alone
/// (الكهرباء), after ل or على too: the company with its head.
#[test]
fn a_utility_wins_over_the_field_the_tagger_took_alone() {
    let t = "وقال المدير العام لشركة الكهرباء الوطنية إن البلدات ما زالت تعتمد على شركة الكهرباء القطرية الإسرائيلية في تغذيتها.";
    let f = all(t);
    assert!(f.contains(&("شركة الكهرباء الوطنية".to_string(), EntityType::Org)), "{f:?}");
    assert!(f.contains(&("شركة الكهرباء القطرية الإسرائيلية".to_string(), EntityType::Org)), "{f:?}");
}

/// A power station named by a town of two words that the list of well-known places
/// holds (الشونة الجنوبية): the town, both words, not its first alone.
#[test]
fn a_station_named_by_a_listed_town_of_two_words() {
    let t = "ويمتد الخط الجديد من محطة الشونة الجنوبية حتى الحدود.";
    let f = all(t);
    assert!(f.contains(&("الشونة الجنوبية".to_string(), EntityType::Loc)), "{f:?}");
}

/// A listed place of one word with the article after إلى (الي in `search` form, which
/// begins like a definite noun): the place, not an adjective of the word before.
#[test]
fn a_listed_place_after_ila() {
    let t = "وتوجهت الحافلات بعد الظهر إلى الكرنك حيث ينتظر الأدلاء.";
    let f = all(t);
    assert!(f.contains(&("الكرنك".to_string(), EntityType::Loc)), "{f:?}");
}

/// مجلس إدارة before a body is the body's board of directors: the body's name begins at
/// its own head, not at إدارة (which heads names of its own: إدارة الهجرة والجوازات),
/// with or without the hamza.
#[test]
fn a_board_of_directors_is_no_part_of_the_body() {
    for t in [
        "ونقلت الصحيفة عن رئيس مجلس ادارة غرفة تجارة وصناعة عمان سالم المعشني قوله ان القطاع يدعم القرار.",
        "وقال رئيس مجلس إدارة هيئة كهرباء ومياه دبي إن المحطة تعمل.",
    ] {
        let found = all(t);
        assert!(!found.iter().any(|(s, _)| s.starts_with("ادارة") || s.starts_with("إدارة")), "{found:?}");
    }
    let t = "ونقلت الصحيفة عن رئيس مجلس ادارة غرفة تجارة وصناعة عمان سالم المعشني قوله ان القطاع يدعم القرار.";
    assert!(all(t).iter().any(|(s, k)| s == "غرفة تجارة وصناعة عمان" && *k == EntityType::Org), "{:?}", all(t));
}

/// Oman's and Bahrain's agencies on their wires' datelines (/العمانية/, / بنا /) and
/// by their full names: one body each, though the short names are words general Arabic
/// knows (the adjective "Omani", "with us") and so never marked alone.
#[test]
fn gulf_agencies_by_their_dateline_names_link() {
    let t = "مسقط في 6 ديسمبر /العمانية/ أصدرت الوزارة قرارا. وقال الوكيل في تصريح لوكالة الأنباء العمانية إن القرار نهائي.";
    let es = entities(t);
    let id = |name: &str| es.iter().find(|e| &t[e.start..e.end] == name).map(|e| e.id.clone());
    assert!(id("العمانية").is_some() && id("العمانية") == id("وكالة الأنباء العمانية"), "{:?}", all(t));
    // (The adjective alone stays unmarked.)
    let t = "وأكدت الحكومة العمانية التزامها بالاتفاق.";
    assert!(!all(t).iter().any(|(s, _)| s == "العمانية"), "{:?}", all(t));
}

/// Oman's directional governorates (the lists knew الباطنة, not شمال الباطنة) and towns
/// the place lists lacked (الدقم, مرباط), from the list of well-known names.
#[test]
fn omani_governorates_and_towns_of_the_list() {
    let t = "وزار الوفد محافظة شمال الباطنة ثم ولاية مرباط وميناء الدقم.";
    let found = all(t);
    for name in ["شمال الباطنة", "مرباط", "الدقم"] {
        assert!(found.iter().any(|(s, k)| s == name && *k == EntityType::Loc), "{name}: {found:?}");
    }
}

/// وكيل وزارة X لـY: the undersecretary's field after ل is the title's, and the
/// ministry's name ends before it; a ministry of state keeps its own ل.
#[test]
fn an_undersecretarys_field_is_no_part_of_the_ministry() {
    let t = "وقال وكيل وزارة الخارجية للشؤون السياسية خليفة الحارثي إن المحادثات بناءة.";
    assert!(all(t).iter().any(|(s, k)| s == "وزارة الخارجية" && *k == EntityType::Org), "{:?}", all(t));
    let t = "وقال وكيل وزارة العمل للعمل نصر الحوسني إن القرار نهائي.";
    assert!(all(t).iter().any(|(s, k)| s == "وزارة العمل" && *k == EntityType::Org), "{:?}", all(t));
}

/// A word with tanween (وزاريًّا, "ministerial") is no name, though without its و
/// it looks like one.
#[test]
fn a_word_with_tanween_is_no_name() {
    let t = "أصدرت الوزارة اليوم قرارًا وزاريًّا يرفع النسبة.";
    assert!(!all(t).iter().any(|(s, _)| s.contains("زاري")), "{:?}", all(t));
}

/// After سهم or أسهم a place is the company it names, with its trade after ل.
#[test]
fn a_share_names_a_company() {
    let t = "وارتفع سهم دلمون للإنشاءات في تداولات اليوم بنسبة 4 بالمائة.";
    assert!(all(t).iter().any(|(s, k)| s == "دلمون للإنشاءات" && *k == EntityType::Org), "{:?}", all(t));
    let t = "وتراجع سهم قطر للتأمين في بورصة قطر أمس.";
    assert!(all(t).iter().any(|(s, k)| s == "قطر للتأمين" && *k == EntityType::Org), "{:?}", all(t));
}

/// A company's name the tagger took for a work's (بيت الخليج, "the Gulf House"), right
/// after شركة and before its trade after ل: the company, with its trade, and its
/// country's adjective after it left out.
#[test]
fn a_company_read_as_a_work_before_its_trade() {
    let t = "وأفصحت الشركة عن حكم يلزم شركة بيت الخليج للتطوير العقاري القطرية بسداد 48.5 مليون ريال قطري.";
    assert!(all(t).iter().any(|(s, k)| s == "بيت الخليج للتطوير العقاري" && *k == EntityType::Org), "{:?}", all(t));
}

/// A paper's name in brackets right after صحيفة or جريدة, as Gulf agencies write it
/// (صحيفة (الرؤية)): the paper, though its words are ordinary words; not brackets after
/// any other word.
#[test]
fn a_papers_name_in_brackets_after_its_head() {
    let t = "ونقلت صحيفة (الرؤية) المحلية عن رئيس الغرفة قوله ان القطاع يدعم القرار.";
    assert!(all(t).iter().any(|(s, k)| s == "الرؤية" && *k == EntityType::Org), "{:?}", all(t));
    let t = "وقالت جريدة (الراي) ان المجلس سيعقد جلسة طارئة.";
    assert!(all(t).iter().any(|(s, k)| s == "الراي" && *k == EntityType::Org), "{:?}", all(t));
    let t = "وعرض التقرير (الرؤية) الجديدة للقطاع.";
    assert!(!all(t).iter().any(|(s, _)| s == "الرؤية"), "{:?}", all(t));
}

/// A festival or a prize named after a ruler by his title and name, or after the crown
/// prince by his title alone, and what it is held for: one name.
#[test]
fn festivals_named_after_rulers() {
    let t = "وانطلقت منافسات مهرجان الأمير سلطان للفروسية في الرياض أمس.";
    let found = all(t);
    assert!(found.contains(&("مهرجان الأمير سلطان للفروسية".to_string(), EntityType::Misc)), "{found:?}");
    let t = "وستكون مشاركته المقبلة في مهرجان ولي العهد للهجن بالطائف.";
    let found = all(t);
    assert!(found.contains(&("مهرجان ولي العهد للهجن".to_string(), EntityType::Misc)), "{found:?}");
}

/// A town named after a person keeps its head (مدينة زايد, مدينة خليفة): the given name
/// alone would be the person; a town named otherwise does not (مدينة طنجة: طنجة).
#[test]
fn towns_named_after_people_keep_their_head() {
    let t = "وأقيم الحفل في مدينة زايد بحضور الآلاف، ثم انتقل الوفد إلى مدينة طنجة.";
    let found = all(t);
    assert!(found.contains(&("مدينة زايد".to_string(), EntityType::Loc)), "{found:?}");
    assert!(found.contains(&("طنجة".to_string(), EntityType::Loc)), "{found:?}");
}

/// After "governor", an indefinite word of general Arabic is the governor's adjective
/// (محافظ جديد, "a new governor"), not a place the lists happen to hold; a listed place
/// there is the place (محافظ نينوى).
#[test]
fn a_new_governor_is_no_place() {
    let t = "وأصدر الرئيس مرسوما بتعيين محافظ جديد لمحافظة حماة.";
    let found = all(t);
    assert!(!found.iter().any(|(s, _)| s == "جديد"), "{found:?}");
    let t = "وقال محافظ نينوى إن الوضع مستقر.";
    let found = all(t);
    assert!(found.contains(&("نينوى".to_string(), EntityType::Loc)), "{found:?}");
}

/// Sudan's Wad Madani and Yemen's Saada, which the place lists lack, from the list of
/// well-known names: ود مدني whole, not ود alone.
#[test]
fn wad_madani_and_saada_are_places() {
    let t = "واستعادت القوات مدينة ود مدني، فيما شنت الطائرات غارات على صعدة.";
    let found = all(t);
    assert!(found.contains(&("ود مدني".to_string(), EntityType::Loc)), "{found:?}");
    assert!(found.contains(&("صعدة".to_string(), EntityType::Loc)), "{found:?}");
}

/// "By a rate of" after a number (بنسبة, which the stemmer keeps whole) counts nothing:
/// the index's number is no quantity of rates.
#[test]
fn by_a_rate_of_is_no_counted_noun() {
    let t = "وارتفع مؤشر البورصة الرئيسي 30 بنسبة 1.5% في ختام التعاملات.";
    assert_eq!(found(t, EntityType::Quantity), ["1.5%"], "{:?}", all(t));
}

/// A title in the construct state with a listed body (شيخ الأزهر), which the tagger took
/// for a person, is the office: the body is the mention, the person after it his own.
#[test]
fn a_title_of_a_listed_body_is_no_person() {
    let t = "وأكد شيخ الأزهر أحمد الطيب خلال لقائه الوفد أهمية الحوار.";
    let found = all(t);
    assert!(found.contains(&("الأزهر".to_string(), EntityType::Org)), "{found:?}");
    assert!(found.contains(&("أحمد الطيب".to_string(), EntityType::Per)), "{found:?}");
}

#[test]
fn a_year_after_a_counted_noun_is_no_kind_of_it() {
    // (عام or سنة before a year begins the date the count is of, not the counted
    // thing's kind as مركز امتحان is.)
    let text = "وتراجع عدد الورشات من 300 ورشة عام 1970 إلى نحو 40 ورشة اليوم.";
    assert_eq!(found(text, EntityType::Quantity), ["300 ورشة", "نحو 40 ورشة"], "{:?}", all(text));
    assert_eq!(found(text, EntityType::Date), ["عام 1970"], "{:?}", all(text));
    let text = "وبنت البلدية 12 مدرسة سنة 2019 في الأحياء الجديدة.";
    assert_eq!(found(text, EntityType::Quantity), ["12 مدرسة"], "{:?}", all(text));
}

#[test]
fn a_negated_adjective_ends_a_bodys_name() {
    // (غير and a definite adjective after a body's name describe the noun before, as
    // the adjective alone would: both are in the name.)
    let text = "وقالت رئيسة الجمعية الوطنية لمكافحة الهجرة غير النظامية إن الظاهرة تراجعت.";
    assert!(found(text, EntityType::Org).contains(&"الجمعية الوطنية لمكافحة الهجرة غير النظامية".to_string()), "{:?}", all(text));
    let text = "وأجلت لجنة التراث غير المادي النظر في الملف إلى العام المقبل.";
    assert_eq!(found(text, EntityType::Org), ["لجنة التراث غير المادي"], "{:?}", all(text));
}

#[test]
fn a_given_name_in_foreign_letters_joins_the_person() {
    // (A word with ڤ or پ right before a person is the person's given name, written
    // with the letter of a v or a p.)
    let text = "وسلمت الوزيرة رئيس اللجنة ڤيكاس شارما نسخة من التقرير.";
    assert_eq!(found(text, EntityType::Per), ["ڤيكاس شارما"], "{:?}", all(text));
    let text = "وقال مدرب المنتخب پيدرو ميندوزا إن الفريق جاهز.";
    assert_eq!(found(text, EntityType::Per), ["پيدرو ميندوزا"], "{:?}", all(text));
    // (Not a place written so: ڤيينا before a person stays the city.)
    let text = "وصل إلى ڤيينا الوزير جون كيري أمس.";
    assert!(!found(text, EntityType::Per).iter().any(|p| p.contains("ڤيينا")), "{:?}", all(text));
}

#[test]
fn listed_papers_oases_towns_and_gates() {
    // (Names of the list of well-known names: a Kuwaiti daily in quote marks after a
    // verb of learning, an oasis, a Tunisian town, a Cairo gate.)
    let text = "علمت «القبس» من مصادر مطلعة أن التقرير اكتمل.";
    assert_eq!(all(text), [("القبس".to_string(), EntityType::Org)]);
    let text = "وجابت الفرق أسواق ليوا وسجنان طوال العام.";
    let locs = found(text, EntityType::Loc);
    assert!(locs.contains(&"ليوا".to_string()) && locs.contains(&"سجنان".to_string()), "{:?}", all(text));
    let text = "وسار الموكب من باب زويلة إلى الأزهر.";
    assert!(found(text, EntityType::Loc).contains(&"باب زويلة".to_string()), "{:?}", all(text));
}

/// A body's head that the tagger took alone for a place it also names (بورصة, Bursa),
/// right before a town: the head and the town are the body (the exchange), one name.
#[test]
fn a_head_taken_for_a_place_before_a_town() {
    let t = "وأغلق المؤشر الرئيسي في بورصة الدار البيضاء على ارتفاع طفيف يوم الاثنين.";
    assert!(all(t).iter().any(|(s, k)| s == "بورصة الدار البيضاء" && *k == EntityType::Org), "{:?}", all(t));
    let t = "وتراجعت أسهم البنوك في بورصة تونس بعد القرار.";
    assert!(all(t).iter().any(|(s, k)| s == "بورصة تونس" && *k == EntityType::Org), "{:?}", all(t));
    let t = "وقال المدير العام لبورصة الدار البيضاء إن السوق تنتظر طروحات جديدة.";
    assert!(all(t).iter().any(|(s, k)| s == "بورصة الدار البيضاء" && *k == EntityType::Org), "{:?}", all(t));
}

/// Morocco's regions named by two or three towns, the Gulf's fuel distributors and
/// Morocco's banks from the list of well-known names: one name each, not cut.
#[test]
fn moroccan_regions_and_gulf_distributors_from_the_list() {
    let t = "وتعتزم الشركة بناء محطتين في جهة سوس ماسة وثالثة بجهة كلميم واد نون.";
    let a = all(t);
    assert!(a.iter().any(|(s, k)| s == "سوس ماسة" && *k == EntityType::Loc), "{:?}", a);
    assert!(a.iter().any(|(s, k)| s == "كلميم واد نون" && *k == EntityType::Loc), "{:?}", a);
    let t = "ورفعت محطات أدنوك للتوزيع وإينوك أسعارها، وقال التجاري وفا بنك إن الطلب كان قويا.";
    let a = all(t);
    for n in ["أدنوك للتوزيع", "إينوك", "التجاري وفا بنك"] {
        assert!(a.iter().any(|(s, k)| s == n && *k == EntityType::Org), "{n}: {:?}", a);
    }
}

/// A ministry of two fields that the tagger found whole, the second with its adjective
/// (وزارة الطاقة والبنية التحتية), and its country's adjective after it: the adjective
/// ends the name, as after a ministry the rules complete.
#[test]
fn a_country_adjective_after_a_whole_two_field_ministry() {
    let t = "وكانت وزارة الطاقة والبنية التحتية المصرية قد أعلنت خطة جديدة.";
    assert!(all(t).iter().any(|(s, k)| s == "وزارة الطاقة والبنية التحتية المصرية" && *k == EntityType::Org), "{:?}", all(t));
    let t = "وقالت وزارة الفلاحة والتنمية الريفية المغربية في بيان إن الموسم جيد.";
    assert!(all(t).iter().any(|(s, k)| s == "وزارة الفلاحة والتنمية الريفية المغربية" && *k == EntityType::Org), "{:?}", all(t));
}

/// A preposition after a number is no counted noun: a grade's or a model's number before
/// a preposition (بنزين 91 عند 2.18 ريال) counts nothing; the price after it is counted.
#[test]
fn a_preposition_after_a_number_is_no_counted_noun() {
    let t = "وتثبت الحكومة سعر بنزين 91 عند 2.18 ريال للتر منذ سنوات.";
    assert!(!all(t).iter().any(|(s, _)| s.starts_with("91")), "{:?}", all(t));
    let t = "وبقي مؤشر السوق فوق 12000 نقطة بين 10 و15 يوليو، وتراجع الطراز 300 دون توقعات المحللين.";
    assert!(!all(t).iter().any(|(s, _)| s == "300 دون"), "{:?}", all(t));
}

/// An adverb of place after a number (خارج, داخل, قرب, حول) is no counted noun: the
/// year of a competition before one stays the competition's, and counted things before
/// one are counted as they were.
#[test]
fn an_adverb_of_place_after_a_number_is_no_counted_noun() {
    let t = "وخاض المنتخب مبارياته في تصفيات كأس العالم 2030 خارج أرضه بسبب الحظر.";
    assert!(!all(t).iter().any(|(s, _)| s.starts_with("2030")), "{:?}", all(t));
    assert!(found(t, EntityType::Misc).contains(&"كأس العالم 2030".to_string()), "{:?}", all(t));
    let t = "ولعب الفريق 5 مباريات داخل البلاد، وتجمع 200 شخص قرب المقر.";
    assert_eq!(found(t, EntityType::Quantity), ["5 مباريات", "200 شخص"], "{:?}", all(t));
}

/// الأحد or الاثنين before عشر or عشرة is the teen ("the eleven"), not a weekday; the
/// weekday before another word stays a date.
#[test]
fn a_teen_is_no_weekday() {
    let t = "وقال إن أفراد الطاقم الأحد عشر نقلوا إلى الميناء.";
    assert!(!all(t).iter().any(|(_, k)| *k == EntityType::Date), "{:?}", all(t));
    let t = "وصل الوفد يوم الأحد إلى العاصمة.";
    assert!(found(t, EntityType::Date).contains(&"الأحد".to_string()), "{:?}", all(t));
}

/// A rank borrowed from a European language (الأدميرال, الجنرال) is out of the person's
/// span before any given name, one general Arabic knows as a word too (جيمز).
#[test]
fn a_borrowed_rank_before_any_given_name() {
    let t = "وأكد قائد الأسطول، الأدميرال جيمز هارتوِل، أن قواته جاهزة.";
    let people = found(t, EntityType::Per);
    assert!(people.iter().any(|s| s == "جيمز هارتوِل"), "{:?}", all(t));
    assert!(!people.iter().any(|s| s.contains("الأدميرال")), "{:?}", all(t));
}

/// Well-known commands, naval forces and places of the Gulf and the Levant border from the
/// list (CENTCOM and its acronym, the Combined Maritime Forces, al-Mahra, Jask, Manama
/// after ب, the border towns): found where the tagger misses them.
#[test]
fn listed_commands_and_border_places() {
    let t = "وقالت القيادة المركزية الأمريكية (سنتكوم) إن القوات البحرية المشتركة ضبطت الشحنة قرب سواحل المهرة بعد إبحارها من جاسك.";
    let f = all(t);
    for (s, k) in [("القيادة المركزية الأمريكية", EntityType::Org), ("سنتكوم", EntityType::Org), ("القوات البحرية المشتركة", EntityType::Org), ("المهرة", EntityType::Loc), ("جاسك", EntityType::Loc)] {
        assert!(f.iter().any(|(x, y)| x == s && *y == k), "{s}: {f:?}");
    }
    let t = "وقال في مؤتمر صحافي بالمنامة إن الاجتماع المقبل في جديدة يابوس.";
    let f = all(t);
    assert!(f.iter().any(|(x, y)| x == "المنامة" && *y == EntityType::Loc), "{f:?}");
    assert!(f.iter().any(|(x, y)| x == "جديدة يابوس" && *y == EntityType::Loc), "{f:?}");
}

/// "Joint" (المشتركة, المشترك) after a body named by its head, agreeing with the head,
/// is in the body's name; one that does not agree with the head is not.
#[test]
fn joint_ends_a_bodys_name() {
    let t = "وتم الاتفاق على تفعيل لجنة التنسيق العسكرية المشتركة بين البلدين.";
    assert!(found(t, EntityType::Org).contains(&"لجنة التنسيق العسكرية المشتركة".to_string()), "{:?}", all(t));
    let t = "وعقدت اللجنة الوزارية المشتركة اجتماعها أمس في العاصمة.";
    assert!(found(t, EntityType::Org).contains(&"اللجنة الوزارية المشتركة".to_string()), "{:?}", all(t));
}

/// A navy or an army by its country's adjective after ل, the article's alef elided
/// (للبحرية الفرنسية), from the article's ل; after ل the navy is no adjective of the
/// definite noun before it; a police force with another adjective names none.
#[test]
fn a_navy_by_its_adjective_after_lam() {
    let t = "بمشاركة الفرقاطة التابعة للبحرية الفرنسية في العملية.";
    assert!(found(t, EntityType::Org).contains(&"لبحرية الفرنسية".to_string()), "{:?}", all(t));
    let t = "وسلم المشتبه به للشرطة المحلية صباح اليوم.";
    assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
}

/// حركة before data on a network is traffic, not a movement (حركة البيانات, حركة
/// الإنترنت العالمية); a movement keeps its name.
#[test]
fn data_traffic_is_no_movement() {
    let t = "وأعادت الشركة توجيه حركة البيانات بعد العطل، ويمر ثلث حركة الإنترنت العالمية عبر المضيق، فيما أدانت حركة النهضة القرار.";
    let orgs = found(t, EntityType::Org);
    assert!(!orgs.iter().any(|o| o.contains("البيانات") || o.contains("الإنترنت")), "{:?}", all(t));
    assert!(orgs.contains(&"حركة النهضة".to_string()), "{:?}", all(t));
}

/// السعودية after a definite broken plural (السواحل, الأراضي, الموانئ) is the adjective
/// agreeing with it, no place; after a preposition it is the country.
#[test]
fn saudi_after_a_broken_plural_is_the_adjective() {
    let t = "وجنحت السفينة قرب السواحل السعودية بعد أن غادرت الموانئ السعودية متجهة إلى السعودية مرة أخرى.";
    let places = found(t, EntityType::Loc);
    assert_eq!(places, ["السعودية"], "{:?}", all(t));
    assert!(t.ends_with("إلى السعودية مرة أخرى.") && entities(t).iter().any(|e| e.kind == EntityType::Loc && e.start == t.rfind("السعودية").unwrap()), "{:?}", all(t));
}

/// A paper's own name in «» after its dateline's city and a colon, the line ending
/// there, is the outlet, also where the tagger read a place in it; and so is the same
/// name in «» after ل written alone.
#[test]
fn a_papers_name_after_its_datelines_colon() {
    let t = "أبوظبي: «الخليج»\n\nقال خبير ل«الخليج»، إن الخدمة عادت إلى دول الخليج العربي.";
    let f = all(t);
    assert_eq!(f.iter().filter(|(x, y)| x == "الخليج" && *y == EntityType::Org).count(), 2, "{f:?}");
    assert!(f.iter().any(|(x, y)| x == "الخليج العربي" && *y == EntityType::Loc), "{f:?}");
}

/// A university, a hospital or a foundation named after a person by a given name alone
/// is the body, its head in the name; not one named further (a family name after it).
#[test]
fn bodies_named_by_a_given_name() {
    let t = "وقال أستاذ في جامعة خليفة إن مستشفى زايد استقبل المصابين بدعم من مؤسسة حمدان.";
    let orgs = found(t, EntityType::Org);
    for o in ["جامعة خليفة", "مستشفى زايد", "مؤسسة حمدان"] {
        assert!(orgs.contains(&o.to_string()), "{o}: {:?}", all(t));
    }
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
}

/// A listed body after ل at the end of another name is a name of its own, the outlet a
/// source spoke to: متحدث باسم الاتحاد الأوروبي لرويترز.
#[test]
fn a_listed_outlet_after_lam_ends_a_name() {
    let t = "وقال متحدث باسم الاتحاد الأوروبي لرويترز إن الاتفاق قريب.";
    let orgs = found(t, EntityType::Org);
    assert_eq!(orgs, ["الاتحاد الأوروبي", "رويترز"], "{:?}", all(t));
}

/// A central or national apparatus and what it is for, also a verbal noun that heads
/// bodies elsewhere (لتنظيم الاتصالات) governing a field, and a ى at its adjective's
/// end; not a coaching staff or a body system.
#[test]
fn central_and_national_apparatuses() {
    let t = "وقال الجهاز القومى لتنظيم الاتصالات إن الخدمة عادت، وأكدت الهيئة القومية لتنظيم الاتصالات ذلك.";
    let orgs = found(t, EntityType::Org);
    assert!(orgs.contains(&"الجهاز القومى لتنظيم الاتصالات".to_string()), "{:?}", all(t));
    assert!(orgs.contains(&"الهيئة القومية لتنظيم الاتصالات".to_string()), "{:?}", all(t));
    let t = "وأصيب اللاعب بمشكلة في الجهاز العصبي، وأعلن تنظيم الدولة مسؤوليته.";
    assert!(!found(t, EntityType::Org).iter().any(|o| o.contains("الجهاز")), "{:?}", all(t));
}

/// Two companies' names in quote marks after the dual head شركتي are both bodies.
#[test]
fn two_companies_after_a_dual_head() {
    let t = "وقالت الهيئة إن شركتي «إي آند» و«دو» فعلتا خطط الطوارئ.";
    let orgs = found(t, EntityType::Org);
    assert!(orgs.contains(&"إي آند".to_string()) && orgs.contains(&"دو".to_string()), "{:?}", all(t));
}

/// Alan written ألان or آلان is a given name (الآن, "now", has its hamza on the other
/// alef): with the family name after it, one person; الآن stays a word.
#[test]
fn alan_is_no_now() {
    let t = "ونقلت الصحيفة عن ألان مولدن، مدير الأبحاث، قوله إن الإصلاح بطيء، وقال آلان مولدين إن السفن قليلة.";
    let people = found(t, EntityType::Per);
    assert_eq!(people, ["ألان مولدن", "آلان مولدين"], "{:?}", all(t));
    let t = "وقال الوزير إن الوضع الآن مستقر.";
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
}

/// Regulators whose names join two fields by و, from the list of well-known names.
#[test]
fn regulators_with_two_fields_from_the_list() {
    let t = "وقالت هيئة تنظيم الاتصالات والحكومة الرقمية إن الشبكات تعمل، وأعلن الجهاز المركزي للتعبئة العامة والإحصاء الأرقام.";
    let orgs = found(t, EntityType::Org);
    assert!(orgs.contains(&"هيئة تنظيم الاتصالات والحكومة الرقمية".to_string()), "{:?}", all(t));
    assert!(orgs.contains(&"الجهاز المركزي للتعبئة العامة والإحصاء".to_string()), "{:?}", all(t));
}

/// A person's name the tagger began with the governor's province (والي بومرداس نور
/// الدين قاسمي): the town is a place, the name begins at the given name after it.
#[test]
fn a_governors_province_before_his_name() {
    let t = "وقال والي بومرداس نور الدين قاسمي إن الأولوية لإنقاذ الأرواح.";
    let f = all(t);
    assert!(f.iter().any(|(x, y)| x == "نور الدين قاسمي" && *y == EntityType::Per), "{f:?}");
    assert!(f.iter().any(|(x, y)| x == "بومرداس" && *y == EntityType::Loc), "{f:?}");
}

/// A body's name that ends with a plural noun after ل takes the country's adjective in
/// the plural after it (الاتحاد العام للعمال الجزائريين): it agrees with the workers.
#[test]
fn a_plural_country_adjective_of_the_inner_noun() {
    let t = "واعتبر الاتحاد العام للعمال الجزائريين في بيان أن الحادث كان متوقعا.";
    assert!(found(t, EntityType::Org).contains(&"الاتحاد العام للعمال الجزائريين".to_string()), "{:?}", all(t));
}

/// A hospital named after a person keeps what it treats after its adjective, one word
/// in لل (للأطفال, للعيون), but not why a patient went there (لتلقي العلاج); and one
/// named by a kunya the tagger did not mark (مستشفى أبو الريش الجامعي) or by a foreign
/// name of two words, the second beginning with و (مستشفى يالغادو ويدراوغو الجامعي).
#[test]
fn hospitals_with_what_they_treat_kunyas_and_foreign_names() {
    let t = "وأجريت العملية في مستشفى الملك عبدالله التخصصي للأطفال بالعاصمة.";
    assert!(found(t, EntityType::Org).contains(&"مستشفى الملك عبدالله التخصصي للأطفال".to_string()), "{:?}", all(t));
    let t = "ونقل المصاب إلى مستشفى الملك فهد الجامعي لتلقي العلاج.";
    assert!(found(t, EntityType::Org).iter().all(|s| !s.contains("لتلقي")), "{:?}", all(t));
    let t = "أجراها فريق من مستشفى أبو الريش الجامعي التابع لجامعة القاهرة.";
    assert!(found(t, EntityType::Org).contains(&"مستشفى أبو الريش الجامعي".to_string()), "{:?}", all(t));
    let t = "وولد الطفلان في كانون الثاني في مستشفى يالغادو ويدراوغو الجامعي بوزن إجمالي بلغ 4 كيلوغرامات.";
    let f = all(t);
    assert!(f.iter().any(|(s, k)| s == "مستشفى يالغادو ويدراوغو الجامعي" && matches!(k, EntityType::Org | EntityType::Loc)), "{f:?}");
}


/// A city a king gave his name to, with its adjective or aim after the name, is one
/// name (مدينة الملك عبدالعزيز الطبية), not the king; a body named after a royal takes
/// the adjective right after his name (مركز الملك عبدالعزيز الثقافي).
#[test]
fn cities_and_bodies_named_after_kings_with_adjectives() {
    let t = "وجرت العملية بمدينة الملك عبدالعزيز الطبية التابعة لوزارة الحرس الوطني.";
    let f = all(t);
    assert!(f.iter().any(|(s, k)| s == "مدينة الملك عبدالعزيز الطبية" && matches!(k, EntityType::Org | EntityType::Loc)), "{f:?}");
    assert!(!f.iter().any(|(s, k)| s == "عبدالعزيز" && *k == EntityType::Per), "{f:?}");
    let t = "وافتتح المعرض في مركز الملك عبدالعزيز الثقافي بالظهران.";
    assert!(found(t, EntityType::Org).contains(&"مركز الملك عبدالعزيز الثقافي".to_string()), "{:?}", all(t));
}


/// A festival named by a word general Arabic does not know is one name with its head,
/// after a proclitic too; a festival named by an ordinary word is not.
#[test]
fn festivals_named_by_unknown_words_keep_their_heads() {
    let t = "وتستعد الفرقة للمشاركة في الدورة المقبلة لمهرجان تيميتار بأكادير.";
    assert!(found(t, EntityType::Misc).contains(&"مهرجان تيميتار".to_string()), "{:?}", all(t));
    let t = "وأقيم مهرجان كبير في الساحة.";
    assert!(all(t).is_empty(), "{:?}", all(t));
}

/// A body's name ends with its aim: a second word in لل that governs a preposition is
/// what the body is called on to do (للمشاركة في), not part of the name.
#[test]
fn a_purpose_after_a_bodys_aim_is_not_in_its_name() {
    for (t, want) in [
        ("ووجهت البلدية دعوة إلى المؤسسة الوطنية للمتاحف للمشاركة في المعرض المقبل.", "المؤسسة الوطنية للمتاحف"),
        ("ودعا الوزير المجلس الأعلى للثقافة للمساهمة في الحملة.", "المجلس الأعلى للثقافة"),
    ] {
        assert!(found(t, EntityType::Org).contains(&want.to_string()), "{want}: {:?}", all(t));
    }
}

/// A fortress or a kasbah named by its town is the town, without the head, as a port
/// named by its town is; not a person (قلعة is also a family name).
#[test]
fn fortresses_named_by_their_towns_are_the_towns() {
    let t = "وزار الوفد قلعة شالي قبل أن يتوجه إلى الفندق.";
    let got = all(t);
    assert!(got.contains(&("شالي".to_string(), EntityType::Loc)) && !got.iter().any(|(_, k)| *k == EntityType::Per), "{got:?}");
    // (A head alone before the place it heads is no place of its own.)
    let t = "وصور المخرج مشاهده في القلعة ومعبد آمون بمنطقة أغورمي وجزيرة فطناس.";
    let got = all(t);
    assert!(got.contains(&("فطناس".to_string(), EntityType::Loc)) && !got.iter().any(|(s, _)| s.ends_with("جزيرة")), "{got:?}");
}

/// A lake named by a word general Arabic does not know is the lake, with its head
/// (بحيرة طونغا); and a place named again right after a wadi's or a dam's head, where
/// the tagger did not mark it, is the wadi or the dam (وادي جومين, سد جومين).
#[test]
fn lakes_wadis_and_dams_named_by_unknown_words() {
    let t = "ورصدت المديرية نفوق 40 طائرا في بحيرة طونغا قرب الحدود.";
    assert!(found(t, EntityType::Loc).contains(&"بحيرة طونغا".to_string()), "{:?}", all(t));
    let t = "جومين (تونس) (أ ف ب) - يقول السكان إن الجفاف طال المنطقة. ودعا الخبير إلى فتح بوابات سد جومين نحو البحيرة، وتنظيف مصب وادي جومين.";
    let f = found(t, EntityType::Loc);
    assert!(f.contains(&"سد جومين".to_string()) && f.contains(&"وادي جومين".to_string()), "{:?}", all(t));
}


/// Two given names joined by و that the tagger took for one person (twins, brothers)
/// are two people; a name that begins with و (وليد) is no conjunction.
#[test]
fn two_given_names_joined_by_waw_are_two_people() {
    let t = "نجح الفريق في فصل التوأم السيامي \"حسن وحسين\" بعد عملية استغرقت 11 ساعة.";
    let f = found(t, EntityType::Per);
    assert!(f.contains(&"حسن".to_string()) && f.contains(&"حسين".to_string()) && !f.iter().any(|s| s.contains(' ')), "{:?}", all(t));
    let t = "وقال المدرب علي وليد إن الفريق جاهز للمباراة.";
    assert!(found(t, EntityType::Per).contains(&"علي وليد".to_string()), "{:?}", all(t));
}

/// A national programme, by "national" or its country's adjective, with what it is for
/// is a body's name (البرنامج الوطني للتحصين, البرنامج السعودي لفصل التوائم الملتصقة);
/// a programme with an adjective alone names none (البرنامج النووي).
#[test]
fn national_programmes_with_their_aims() {
    let t = "وأشار إلى أن البرنامج السعودي لفصل التوائم الملتصقة أجرى 62 عملية منذ عام 1990.";
    let f = all(t);
    assert!(f.iter().any(|(s, k)| s == "البرنامج السعودي لفصل التوائم الملتصقة" && matches!(k, EntityType::Org | EntityType::Misc)), "{f:?}");
    let t = "وأعلنت الوزارة إدراج اللقاح في البرنامج الوطني للتحصين ابتداء من الشهر المقبل.";
    assert!(found(t, EntityType::Org).contains(&"البرنامج الوطني للتحصين".to_string()), "{:?}", all(t));
    let t = "وقالت الوزارة إن البرنامج المغربي لمكافحة السرطان سيشمل المناطق الجبلية.";
    assert!(found(t, EntityType::Org).contains(&"البرنامج المغربي لمكافحة السرطان".to_string()), "{:?}", all(t));
    let t = "وناقش الوزيران البرنامج النووي الإيراني والعقوبات.";
    assert!(!found(t, EntityType::Org).iter().any(|s| s.contains("البرنامج")), "{:?}", all(t));
}

/// A nature reserve named by a definite word in the construct state is the reserve,
/// with what it is for and its adjectives (محمية الوثبة للأراضي الرطبة); محمية as an
/// adjective, "protected", names none.
#[test]
fn nature_reserves_with_their_aims() {
    let t = "وتستقبل محمية الوثبة للأراضي الرطبة في أبوظبي كل شتاء آلاف الطيور.";
    assert!(found(t, EntityType::Loc).contains(&"محمية الوثبة للأراضي الرطبة".to_string()), "{:?}", all(t));
    let t = "وأعلنت الهيئة المنطقة محمية طبيعية منذ العام الماضي.";
    assert!(!found(t, EntityType::Loc).iter().any(|s| s.contains("محمية")), "{:?}", all(t));
}

/// An outlet whose name begins with a country's (a channel named on the dateline) is the
/// outlet where the text names it again and the tagger took the first word for the
/// country: the whole name, after ل too.
#[test]
fn a_name_begun_by_a_place_is_named_again_whole() {
    let t = "الخرطوم - السودان الآن\nوأكد المصدر لموقع السودان الآن أن الطريق مغلق، بحسب ما نقلت السودان الآن عن شهود.";
    let got = all(t);
    assert_eq!(got.iter().filter(|(s, k)| s == "السودان الآن" && *k == EntityType::Org).count(), 3, "{got:?}");
    assert!(!got.iter().any(|(s, _)| s == "السودان"), "{got:?}");
    let t = "بغداد - العراق الحر\nوقال النائب لقناة العراق الحر إن الجلسة أجلت، وأكد مصدر للعراق الحر أن التصويت قريب.";
    let got = all(t);
    assert!(got.iter().any(|(s, k)| s == "لعراق الحر" && *k == EntityType::Org), "{got:?}");
    assert!(!got.iter().any(|(s, k)| s.ends_with("العراق") && *k == EntityType::Loc), "{got:?}");
}

/// A federation named in full with its country's adjective and its sport after ل, then
/// by its head and adjective alone: the short name is the federation too, not before
/// another sport (another federation) nor with a continent's adjective.
#[test]
fn a_body_named_again_by_its_head_and_country() {
    let t = "هنأ مجلس إدارة الاتحاد الأردني لكرة القدم المنتخب بالفوز. وقال الاتحاد الأردني في بيان إنه سيكافئ اللاعبين، فيما أعلن الاتحاد الأردني لكرة السلة موعد البطولة.";
    let got = all(t);
    for name in ["الاتحاد الأردني لكرة القدم", "الاتحاد الأردني", "الاتحاد الأردني لكرة السلة"] {
        assert!(got.iter().any(|(s, k)| s == name && *k == EntityType::Org), "{name}: {got:?}");
    }
}

/// A committee after ل (للجنة, which the stemmer reads as "for the paradise") is found
/// as لجنة is: with a definite noun it governs, its adjectives, "joint"; from the second
/// ل, as the convention marks a name after ل. Not before an adverb.
#[test]
fn a_committee_after_lam_is_found() {
    let t = "وقال المرشح إن التقرير النهائي للجنة الانتخابات تأخر، وإن شكواه أحيلت للجنة الانضباط.";
    assert_eq!(found(t, EntityType::Org), ["لجنة الانتخابات", "لجنة الانضباط"], "{:?}", all(t));
    let t = "وأكد الرئيس السابق للجنة الأولمبية الأردنية أن اجتماعا للجنة الأمنية المشتركة عقد أمس.";
    assert_eq!(found(t, EntityType::Org), ["لجنة الأولمبية الأردنية", "لجنة الأمنية المشتركة"], "{:?}", all(t));
    let t = "وذهب الموظف للجنة صباحا.";
    assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
    // (A mark on the conjunction is no letter: the name begins at the second ل still.)
    let t = "وقال المرشح إن شكواه أحيلت وَللجنة الانضباط رأي فيها.";
    assert_eq!(found(t, EntityType::Org), ["لجنة الانضباط"], "{:?}", all(t));
    // (Not half of a name that goes on after و.)
    let t = "وكان دانتون رئيسا للجنة الأمن والسلامة العامة في باريس.";
    assert!(!all(t).iter().any(|(s, _)| s == "لجنة الأمن"), "{:?}", all(t));
}

/// A short name given in brackets right after a body's full name names the body with
/// the article too, as outlets write acronyms (الكاف of (كاف)).
#[test]
fn a_bracketed_short_name_with_the_article_is_the_body() {
    let t = "حضر الجمعية مراقبون عن الاتحاد الإفريقي لكرة القدم (كاف). وقال ممثل الكاف في ختامها إن العملية شفافة.";
    let got = all(t);
    assert!(got.iter().any(|(s, k)| s == "الكاف" && *k == EntityType::Org), "{got:?}");
}

/// A body's head and a noun with a possessive pronoun (مجلس إدارته, "its board") names
/// nothing: the board of whatever body the text is about.
#[test]
fn a_head_and_a_noun_with_a_pronoun_is_no_name() {
    let t = "وأضاف أن الاتحاد سيعقد أول اجتماع لمجلس إدارته الجديد في عمان، بعد أن حل الوزير مجلس إدارته السابق.";
    let got = all(t);
    assert!(!got.iter().any(|(s, _)| s.contains("إدارته")), "{got:?}");
}

/// A body's head that ends the text, with no noun after it, is read without reading past
/// the text's end (bodies_of_places indexed the token after the last one and panicked).
#[test]
fn a_head_at_the_end_of_the_text_does_not_panic() {
    let t = "الإجهاد في العمل : مراقبة وإدارة";
    let _ = all(t);
    let t = "هيئة";
    let _ = all(t);
}

/// A year alone after في or منذ before an accusative participle of the derived forms (a
/// circumstance: متنقلا, مستفيدا) is a year, as before a preposition; a counted noun after a
/// number stays counted.
#[test]
fn a_bare_year_before_a_circumstantial_participle() {
    let t = "وغادر رجل الأعمال البلاد في 2022 متنقلا بين عواصم عدة، وظل منذ 2019 مستفيدا من الإعفاء.";
    assert_eq!(found(t, EntityType::Date), ["2022", "2019"], "{:?}", all(t));
    let t = "وشارك في الحملة 25 متطوعا من المدينة.";
    assert_eq!(found(t, EntityType::Quantity), ["25 متطوعا"], "{:?}", all(t));
}

/// Two places after a dual head (محافظتي X وY) are places, also where the tagger took
/// the second, a family name too, for a person.
#[test]
fn the_second_place_after_a_dual_head_over_a_person() {
    let t = "وارتفع استهلاك الكهرباء في محافظتي الجهراء والأحمدي خلال الشهر الماضي.";
    let f = all(t);
    assert!(f.iter().any(|(x, y)| x == "الأحمدي" && *y == EntityType::Loc), "{f:?}");
    assert!(!f.iter().any(|(_, y)| *y == EntityType::Per), "{f:?}");
}

/// After an area's or a quarter's head in the construct state, a definite word in ية is
/// the place's name (منطقة الصباحية, حي الجابرية); with the article on the head it is an
/// adjective (المنطقة الصناعية), and an ordinary noun after the head names no place.
#[test]
fn districts_named_in_iya_after_an_area_head() {
    let t = "وضبطت الشرطة منزلا في منطقة الصباحية تستخدم لتعدين العملات، وآخر في حي الجابرية.";
    let places = found(t, EntityType::Loc);
    assert_eq!(places, ["الصباحية", "الجابرية"], "{:?}", all(t));
    let t = "وعثر على المستودع في المنطقة الصناعية قرب منطقة الحدود.";
    assert!(found(t, EntityType::Loc).is_empty(), "{:?}", all(t));
}

/// A ministry named by its field alone in quote marks («الداخلية», "الصحة") is the
/// ministry.
#[test]
fn ministries_by_their_field_in_quote_marks() {
    let t = "وكشفت مصادر أن المنازل التي ضبطتها «الداخلية» كانت مؤجرة، فيما قالت \"الصحة\" إن أحدا لم يصب.";
    let orgs = found(t, EntityType::Org);
    assert_eq!(orgs, ["الداخلية", "الصحة"], "{:?}", all(t));
}

/// The apparatus with an adjective that describes staff (الجهاز الفني للفريق, the team's
/// coaching staff; الجهاز الطبي للنادي) is no body; a central one is (الجهاز المركزي
/// للمحاسبات).
#[test]
fn a_coaching_staff_is_no_body() {
    let t = "وأشاد اللاعب بالجهاز الفني للفريق وبالجهاز الطبي للنادي، فيما انتقد الجهاز المركزي للمحاسبات الإنفاق.";
    let orgs = found(t, EntityType::Org);
    assert_eq!(orgs, ["الجهاز المركزي للمحاسبات"], "{:?}", all(t));
}

/// A prize named after a person, its head with a proclitic the stem keeps (بجائزة), a
/// title between (الشيخ), what it is for (للكتاب) and "international" after it: one MISC
/// name from the head, no person.
#[test]
fn prizes_named_after_people_whole() {
    let t = "وفازت الرواية بجائزة مان بوكر الدولية، وفاز الشاعر بجائزة الشيخ زايد للكتاب.";
    let f = all(t);
    assert!(f.contains(&("جائزة مان بوكر الدولية".to_string(), EntityType::Misc)), "{f:?}");
    assert!(f.contains(&("جائزة الشيخ زايد للكتاب".to_string(), EntityType::Misc)), "{f:?}");
    assert!(!f.iter().any(|(_, y)| *y == EntityType::Per), "{f:?}");
}

/// A country's league by its adjective after الدوري and what sets it apart is one MISC
/// name (الدوري المصري الممتاز, الدوري السعودي للمحترفين, الدوري الإنجليزي الممتاز);
/// الدوري with another adjective names none.
#[test]
fn national_leagues_by_their_countrys_adjective() {
    let t = "وانتقل اللاعب من الدوري السعودي للمحترفين إلى الدوري الإنجليزي الممتاز بعد موسم في الدوري المصري الممتاز.";
    assert_eq!(found(t, EntityType::Misc), ["الدوري السعودي للمحترفين", "الدوري الإنجليزي الممتاز", "الدوري المصري الممتاز"], "{:?}", all(t));
    let t = "وانطلق الدوري المحلي أمس بمشاركة 16 فريقا.";
    assert!(found(t, EntityType::Misc).is_empty(), "{:?}", all(t));
}

/// What bal (the gold33 helper's set) showed: a club's, a league's and the NBA's names
/// that sport news gives without a head (the list), and initials spelled with إيه for A
/// as well as إي (إن بي إيه), whose إن alone is a particle.
#[test]
fn basketball_clubs_leagues_and_initials_with_aih() {
    let t = "وتأهل بيترو دي لواندا إلى نهائي الدوري الأفريقي لكرة السلة بعد فوزه على الفتح الرباطي، فيما خسر شباب الأهلي وديا.";
    let a = all(t);
    for (name, kind) in [("بيترو دي لواندا", EntityType::Org), ("الدوري الأفريقي لكرة السلة", EntityType::Misc), ("الفتح الرباطي", EntityType::Org), ("شباب الأهلي", EntityType::Org)] {
        assert!(a.contains(&(name.to_string(), kind)), "{name}: {a:?}");
    }
    let t = "وقال مسؤول في رابطة الدوري الأمريكي للمحترفين إن الموسم يبدأ قريبا، وأكدت شبكة إيه بي سي أن مباريات إن بي إيه ستبث كاملة.";
    let a = all(t);
    for name in ["رابطة الدوري الأمريكي للمحترفين", "إيه بي سي", "إن بي إيه"] {
        assert!(a.contains(&(name.to_string(), EntityType::Org)), "{name}: {a:?}");
    }
}

/// What fossil (the gold33 helper's set) showed: a university named by its own foreign
/// name keeps its head and leaves the country's adjective after it out (جامعة ستوني بروك
/// الأمريكية), as a company's name does; a valley named by a word that is a name
/// (وادي هور) is a place.
#[test]
fn universities_before_country_adjectives_and_wadis() {
    let t = "وشارك في الدراسة باحثون من جامعة ستوني بروك الأمريكية ومن جامعة الخرطوم.";
    let a = all(t);
    assert!(a.contains(&("جامعة ستوني بروك".to_string(), EntityType::Org)), "{a:?}");
    let t = "وعثر الفريق على طبقات مشابهة في وادي هور بشمال دارفور.";
    assert!(found(t, EntityType::Loc).contains(&"وادي هور".to_string()), "{:?}", all(t));
    // (A definite word after وادي is no name of this rule.)
    let t = "وتمتد المزارع على ضفتي الوادي الكبير.";
    assert!(!found(t, EntityType::Loc).iter().any(|s| s.contains("الوادي")), "{:?}", all(t));
}

/// What fossil (the gold33 helper's set) showed too: a city's or a country's national
/// museum named with its place between the head and الوطني (متحف نيروبي الوطني, متحف
/// قطر الوطني), and a country's national museums by a plural head, "national" and the
/// country's adjective (المتاحف الوطنية الكينية); "national" alone names none.
#[test]
fn national_museums_of_places() {
    let t = "وعرضت الجمجمة في متحف نيروبي الوطني، وأعلنت المتاحف الوطنية الكينية أن متحف قطر الوطني سيستضيفها.";
    let a = all(t);
    for name in ["متحف نيروبي الوطني", "المتاحف الوطنية الكينية", "متحف قطر الوطني"] {
        assert!(a.contains(&(name.to_string(), EntityType::Org)), "{name}: {a:?}");
    }
    let t = "وزار الوفد المتاحف الوطنية في المدينة.";
    assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
}

/// A club's team named by its rank and its sport (الفريق الأول لكرة السلة) is a squad
/// described, no body: the club after it is the name (bal, the gold33 helper's set).
#[test]
fn a_clubs_first_team_is_no_body() {
    let t = "حقق الفريق الأول لكرة السلة بالنادي الأهلي اللقب، وخسر الفريق الثاني لكرة اليد مباراته.";
    let a = all(t);
    assert!(!a.iter().any(|(s, _)| s.starts_with("الفريق")), "{a:?}");
    assert!(a.contains(&("الأهلي".to_string(), EntityType::Org)), "{a:?}");
    // (A federation's name with its purpose stays.)
    let t = "وأعلن الاتحاد المصري لكرة السلة موعد البطولة.";
    assert!(found(t, EntityType::Org).contains(&"الاتحاد المصري لكرة السلة".to_string()), "{:?}", all(t));
}

/// A part of the day after a number (a clock's hour, a score's last number) is nothing
/// the number counts: الساعة 8 مساء, فاز 84-78 مساء السبت (bal, the gold33 helper's set);
/// nor is يوم before a weekday's name (91-80 يوم الجمعة).
#[test]
fn parts_of_the_day_are_not_counted() {
    let t = "وفاز الفريق 84-78 مساء السبت، على أن تنطلق المباراة المقبلة في الساعة 9 صباحا.";
    assert!(found(t, EntityType::Quantity).is_empty(), "{:?}", all(t));
    let t = "وسجل اللاعب 27 نقطة مساء الجمعة.";
    assert_eq!(found(t, EntityType::Quantity), ["27 نقطة"], "{:?}", all(t));
    // (Nor يوم before a weekday's name, after a score; days counted stay.)
    let t = "وفاز الفريق على ضيفه 91-80 يوم الجمعة بعد غياب استمر 100 يوم عن الانتصارات.";
    assert_eq!(found(t, EntityType::Quantity), ["100 يوم"], "{:?}", all(t));
}

/// A country's adjective alone after a definite noun it qualifies (بالعاصمة الرواندية
/// كيجالى) is no place (bal, the gold33 helper's set); the city after it stays.
#[test]
fn a_country_adjective_after_a_noun_is_no_place() {
    let t = "فى النهائى الذى أقيم بالعاصمة الرواندية كيجالى مساء أمس السبت.";
    assert_eq!(found(t, EntityType::Loc), ["كيجالى"], "{:?}", all(t));
}

/// A year alone after أفق, the horizon a plan looks to (في أفق 2030, "by 2030" in the
/// Maghreb papers), is a year.
#[test]
fn a_year_after_a_horizon() {
    let t = "وتسعى المملكة إلى مضاعفة قدرتها من الرياح في أفق 2035 حسب الوزارة.";
    assert_eq!(found(t, EntityType::Date), ["2035"], "{:?}", all(t));
}

/// A body named by its head, its field and its country's adjective ends with the
/// adjective: a purpose after it is what it does, not its name; after the head's own
/// adjective the purpose is the name's.
#[test]
fn no_purpose_after_a_fields_country() {
    let t = "وانطلقت أمس حملة تنفذها وزارة الصحة الأردنية لمكافحة التدخين في المدارس.";
    let got = all(t);
    assert!(got.contains(&("وزارة الصحة الأردنية".to_string(), EntityType::Org)), "{got:?}");
    let t = "وأحالت الهيئة المصرية لمكافحة الفساد الملف إلى النيابة.";
    let got = all(t);
    assert!(got.contains(&("الهيئة المصرية لمكافحة الفساد".to_string(), EntityType::Org)), "{got:?}");
}

/// Energy bodies of the list of well-known names: ACWA Power without شركة, Morocco's
/// electricity and water office whole.
#[test]
fn energy_bodies_of_the_list() {
    let t = "وقالت أكوا باور إن المحطة ستبيع إنتاجها إلى المكتب الوطني للكهرباء والماء الصالح للشرب لمدة 25 سنة.";
    let got = all(t);
    assert!(got.contains(&("أكوا باور".to_string(), EntityType::Org)), "{got:?}");
    assert!(got.contains(&("المكتب الوطني للكهرباء والماء الصالح للشرب".to_string(), EntityType::Org)), "{got:?}");
    // (السعودية after a listed company with its head is the adjective, as الإماراتية.)
    let t = "وتتولى شركة أكوا باور السعودية تشغيل المحطة.";
    let got = all(t);
    assert!(got.contains(&("أكوا باور".to_string(), EntityType::Org)) && !got.iter().any(|(s, _)| s.contains("السعودية")), "{got:?}");
}

/// A department, دائرة, named by a noun in the construct state and a definite plural
/// is a body; a circle of a singular (دائرة صنع القرار) is none.
#[test]
fn departments_of_plural_fields() {
    let t = "وقال مدير دائرة تسجيل الشركات في الوزارة إن الطلبات تضاعفت.";
    let got = all(t);
    assert!(got.contains(&("دائرة تسجيل الشركات".to_string(), EntityType::Org)), "{got:?}");
    let t = "وبقي الملف خارج دائرة صنع القرار طوال العام.";
    let got = all(t);
    assert!(!got.iter().any(|(s, _)| s.contains("دائرة")), "{got:?}");
}

/// A union of a sound plural takes the plural nisba after it, which agrees with the
/// plural, not with the head: نقابة المحامين الأردنيين, نقابة المهندسين الزراعيين.
#[test]
fn a_plural_nisba_after_a_unions_plural() {
    let t = "وطالبت نقابة المهندسين الزراعيين بفتح باب التعيين.";
    let got = all(t);
    assert!(got.contains(&("نقابة المهندسين الزراعيين".to_string(), EntityType::Org)), "{got:?}");
}

/// A power plant named by its own words between its head and what it makes (مجمع بنبان
/// للطاقة الشمسية, محطة "نور ميدلت" للطاقة الشمسية) is the place the words name, not a
/// body of the name and the purpose.
#[test]
fn plants_named_before_their_energy() {
    let t = "وزار الوفد مجمع بنبان للطاقة الشمسية ومحطة خلادي لطاقة الرياح الأسبوع الماضي.";
    let got = all(t);
    assert!(got.contains(&("بنبان".to_string(), EntityType::Loc)), "{got:?}");
    assert!(got.contains(&("خلادي".to_string(), EntityType::Loc)), "{got:?}");
    let t = "ودشنت الوزيرة مركب \"نور ميدلت\" للطاقة الشمسية.";
    let got = all(t);
    assert!(got.contains(&("نور ميدلت".to_string(), EntityType::Loc)), "{got:?}");
}

/// An army's aviation with or without the country's adjective is a corps, ORG, not the
/// army alone: طيران الجيش, طيران الجيش العراقي.
#[test]
fn army_aviation_is_a_corps() {
    let t = "وشاركت مروحيات تابعة لطيران الجيش العراقي في عمليات الرش، فيما قال قائد طيران الجيش إن الطلعات مستمرة.";
    let got = all(t);
    assert!(got.contains(&("طيران الجيش العراقي".to_string(), EntityType::Org)), "{got:?}");
    assert!(got.contains(&("طيران الجيش".to_string(), EntityType::Org)), "{got:?}");
}

/// ست, سبع, تسع, عشر (also "lady", "lion", "holds", "a tenth") count an indefinite
/// sound feminine plural right after them: تسع محافظات; not the verb before a number.
#[test]
fn short_units_before_a_feminine_plural() {
    let t = "وتشمل الحملة تسع محافظات تضم سبع بلديات، فيما تسع القاعة 300 شخص.";
    let got = found(t, EntityType::Quantity);
    assert!(got.contains(&"تسع محافظات".to_string()) && got.contains(&"سبع بلديات".to_string()), "{:?}", all(t));
    assert!(!got.iter().any(|s| s.starts_with("تسع القاعة")), "{:?}", all(t));
}

/// A listed place after و right after a place is the pair's second place, though
/// general Arabic knows the word otherwise: دجلة والفرات.
#[test]
fn the_second_place_of_a_pair() {
    let t = "ويطالب المزارعون بإطلاقات أكبر من دجلة والفرات قبل الصيف.";
    let got = all(t);
    assert!(got.contains(&("الفرات".to_string(), EntityType::Loc)), "{got:?}");
}

/// A site named with its ending written apart, نت, after ل with the article's alef
/// lost too: the site, from the article's ل.
#[test]
fn a_site_with_its_ending_apart_after_lam() {
    let t = "وقال الخبير الزراعي رعد الساعدي للميادين نت إن الملوحة تقتل النخيل.";
    let got = all(t);
    assert!(got.contains(&("لميادين نت".to_string(), EntityType::Org)), "{got:?}");
}

/// After بجماعة, one word no Arabic text uses is a Moroccan commune, the place without
/// its head; a group named by ordinary or definite words stays a group.
#[test]
fn communes_after_ba() {
    let t = "وأشرف الوزير، اليوم الخميس بجماعة أغبالو، على تدشين المحطة.";
    let got = all(t);
    assert!(got.contains(&("أغبالو".to_string(), EntityType::Loc)), "{got:?}");
    assert!(!got.iter().any(|(s, _)| s.contains("جماعة")), "{got:?}");
}

/// A well-known name that ends with a country's adjective and a purpose is whole (رابطة
/// الدوري الأميركي للمحترفين), not cut before the purpose as a body's field and country
/// are, nor a league inside it.
#[test]
fn a_listed_name_keeps_its_purpose_after_a_countrys_adjective() {
    let t = "وتنظم البطولة بالشراكة مع رابطة الدوري الأميركي للمحترفين منذ خمس سنوات.";
    assert_eq!(found(t, EntityType::Org), ["رابطة الدوري الأميركي للمحترفين"], "{:?}", all(t));
    assert!(found(t, EntityType::Misc).is_empty(), "{:?}", all(t));
}

/// A name's second word that ends the text is read without reading past its end: the
/// tests of a ministry's second field (second_field: «بنك التصدير والاستيراد», «لجنة
/// البيانات») and of a town's or a quarter's second and third words
/// (places_after_place_heads: «وحي سيدي», «قرية محلة أبو», «محافظة») indexed the token
/// after the last one before checking the bound and panicked.
#[test]
fn a_names_words_at_the_end_of_the_text_do_not_panic() {
    for t in ["لجنة البيانات", "لجنة الأيرلندية", "هيئة الرقابة", "بنك التصدير والاستيراد", "وزارة الصحة والسكان", "وحي سيدي", "قرية محلة أبو", "بلدة بيت", "محافظة", "بمحافظة مطروح"] {
        let _ = all(t);
    }
}

/// A clitic with its vowel (لِـ, وَ) cut off a name leaves no span starting with the
/// vowel: the mark belongs to the clitic (لِلَّهِ gave a span from its kasra, found on
/// vocalized text of the Wikipedia sample).
#[test]
fn a_clitics_vowel_stays_with_the_clitic() {
    for t in ["لِلَّهِ", "الحمد لِلَّهِ وحده", "قال لِرويترز إن", "وَمصر والأردن", "بِالقاهرة"] {
        for e in entities(t) {
            assert!(!t[e.start..].starts_with(|c: char| ('\u{064B}'..='\u{065F}').contains(&c)), "{t}: {:?}", &t[e.start..e.end]);
        }
    }
}

/// A span does not end inside a word where its letters meet digits: the tokens split
/// there, but the word is one (1990م, the year with its era letter; كم², the unit with
/// its power), found by the window sweep on the Wikipedia sample.
#[test]
fn a_span_takes_the_rest_of_a_word_of_letters_and_digits() {
    assert_eq!(found("ولد عام 1990م في القاهرة.", EntityType::Date), ["عام 1990م"]);
    assert_eq!(found("تبلغ مساحتها 1,435 كم² تقريبا.", EntityType::Quantity), ["1,435 كم²"]);
}

/// A consulate general or an embassy with its country after ل is one body (القنصلية
/// العامة للهند); القنصلية العامة alone or السفارة with another adjective names none.
#[test]
fn a_consulate_general_of_a_country_after_lam() {
    let t = "وأعلنت القنصلية العامة للهند في جدة فتح غرفة عمليات.";
    assert!(found(t, EntityType::Org).contains(&"القنصلية العامة للهند".to_string()), "{:?}", all(t));
    let t = "وقال الموظف إن القنصلية العامة ستغلق، وإن السفارة الجديدة جاهزة.";
    assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
}

/// A country without the article after ل is written whole (لمصر, لفرنسا): the
/// consulate general of it is one body, as of a country after لل; ل before another
/// word (لديها, "it has") names none. The consulate after ب or ل is one too (الملحق
/// العمالي بالقنصلية العامة لمصر, اتصل بالقنصلية العامة للهند).
#[test]
fn a_consulate_of_a_country_without_the_article() {
    for t in ["وقال إن الملحق العمالي بالقنصلية العامة لمصر في دبي تابع القضية.", "إن الملحق العمالى بالقنصلية العامة لمصر فى دبى تابع القضية"] {
        assert!(found(t, EntityType::Org).contains(&"القنصلية العامة لمصر".to_string()), "{:?}", all(t));
    }
    let t = "وأعلنت القنصلية العامة لفرنسا في الإسكندرية تعليق التأشيرات.";
    assert!(found(t, EntityType::Org).contains(&"القنصلية العامة لفرنسا".to_string()), "{:?}", all(t));
    let t = "وقال الموظف إن القنصلية العامة لديها مواعيد جديدة.";
    assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
}

/// The Red Crescent by its short name alone (فرق الهلال الأحمر) is a body; after another
/// head it stays in that body's name (اللجنة الدولية للصليب الأحمر).
#[test]
fn the_red_crescent_by_its_short_name() {
    let t = "ونقلت فرق الهلال الأحمر المصابين، فيما زارت اللجنة الدولية للصليب الأحمر الموقع.";
    assert_eq!(found(t, EntityType::Org), ["الهلال الأحمر", "اللجنة الدولية للصليب الأحمر"], "{:?}", all(t));
}

/// A currency's plural counts after a decimal as its singular does after a larger
/// number: 10,82 دراهم is one quantity, as 392 مليار درهم is (the plural was left to the
/// tagger, which typed it MISC).
#[test]
fn a_currencys_plural_after_a_decimal_is_a_quantity() {
    let t = "وأغلق الدرهم عند 10,82 دراهم مقابل الأورو، فيما بلغ سعر الخبز 2,5 دنانير.";
    assert_eq!(found(t, EntityType::Quantity), ["10,82 دراهم", "2,5 دنانير"], "{:?}", all(t));
}

/// The Maghreb's and the Gulf's central banks named by their own names (بنك المغرب,
/// بنك الجزائر, مصرف قطر المركزي) and as البنك المركزي with the country's adjective are
/// one body each, as the list of well-known names holds them; a ratings agency with its
/// trade (فيتش للتصنيف الائتماني) is the agency named alone.
#[test]
fn a_central_bank_by_its_name_and_by_its_country_is_one_body() {
    let t = "قرر البنك المركزي المغربي رفع الفائدة، وقال مسؤول إن بنك المغرب سيراقب التضخم. وأكدت فيتش للتصنيف الائتماني تصنيفها، وقالت فيتش إن النظرة مستقرة.";
    let es = entities(t);
    let id = |s: &str| es.iter().find(|e| &t[e.start..e.end] == s).map(|e| e.id.clone()).unwrap_or_else(|| panic!("{s}: {:?}", all(t)));
    assert_eq!(id("البنك المركزي المغربي"), id("بنك المغرب"));
    assert_eq!(id("فيتش للتصنيف الائتماني"), id("فيتش"));
    let t = "خفض بنك الجزائر سعر الدينار، فيما أبقى البنك المركزي الجزائري الفائدة، ورفع البنك المركزي الأوروبي فائدته.";
    let es = entities(t);
    let id = |s: &str| es.iter().find(|e| &t[e.start..e.end] == s).map(|e| e.id.clone()).unwrap_or_else(|| panic!("{s}: {:?}", all(t)));
    assert_eq!(id("بنك الجزائر"), id("البنك المركزي الجزائري"));
    assert_ne!(id("بنك الجزائر"), id("البنك المركزي الأوروبي"));
}

/// A camp named by its place after مخيم (مخيم الهول, "the horror" as a word) is the
/// place; the people a camp holds (مخيم النازحين) or an adjective (مخيم الصيفي) name none.
#[test]
fn a_camp_named_by_a_definite_word() {
    let t = "وعادت العائلات من مخيم الهول إلى قراها بعد سنوات.";
    assert!(found(t, EntityType::Loc).contains(&"الهول".to_string()), "{:?}", all(t));
    let t = "وزار الوفد مخيم النازحين ثم مخيم الصيفي في المدينة.";
    assert!(found(t, EntityType::Loc).is_empty(), "{:?}", all(t));
}

/// The self-administration of north-east Syria in full or short, and the SDF with
/// ديموقراطية written with و (as AFP writes it), are the well-known bodies.
#[test]
fn the_self_administration_and_the_sdf_as_written() {
    let t = "ودعت الإدارة الذاتية لإقليم شمال وشرق سوريا الدول إلى استعادة رعاياها.";
    assert_eq!(found(t, EntityType::Org), ["الإدارة الذاتية لإقليم شمال وشرق سوريا"], "{:?}", all(t));
    let t = "وتطالب الإدارة الذاتية بدعم قوات سوريا الديموقراطية في المنطقة.";
    assert_eq!(found(t, EntityType::Org), ["الإدارة الذاتية", "قوات سوريا الديموقراطية"], "{:?}", all(t));
}

/// A name the place lists know as a governorate, also a given name, between two places
/// of one list after و (في الأنبار وصلاح الدين ونينوى) is the place; a person after a
/// place and و with no place after him stays a person.
#[test]
fn a_listed_place_between_places_that_is_also_a_name() {
    let t = "وعادت الأسر إلى مناطقها في الأنبار وصلاح الدين ونينوى خلال العام.";
    assert!(found(t, EntityType::Loc).contains(&"صلاح الدين".to_string()), "{:?}", all(t));
    let t = "وزار الموصل وصلاح الدين العلي رئيس البلدية أمس.";
    assert!(!found(t, EntityType::Loc).contains(&"صلاح الدين".to_string()), "{:?}", all(t));
}

/// A family name the lists hold whole with its و after a given name alone (رامي ورفلي,
/// ماهر ودنان): one person, not two joined by "and"; names the lists do not hold so
/// stay apart.
#[test]
fn family_names_listed_with_their_waw() {
    let text = "وأكد المحامي رامي ورفلي أن الجلسة تأجلت إلى الشهر المقبل.";
    assert_eq!(found(text, EntityType::Per), ["رامي ورفلي"], "{:?}", all(text));
    let text = "وقال الطبيب ماهر ودنان إن المريض غادر المستشفى.";
    assert_eq!(found(text, EntityType::Per), ["ماهر ودنان"], "{:?}", all(text));
    let text = "والتقى بوتين وميركل في برلين أمس.";
    assert_eq!(found(text, EntityType::Per), ["بوتين", "ميركل"], "{:?}", all(text));
}

/// A ministry's field with two adjectives joined by و (الثروة الحيوانية والسمكية), then
/// a field in the construct state after و (وموارد المراعي): the whole ministry's name.
#[test]
fn ministries_with_joined_adjectives_and_a_construct_field() {
    let text = "وأكدت وزارة الثروة الحيوانية والسمكية وموارد المراعي في بيان أن الموسم جيد.";
    assert_eq!(found(text, EntityType::Org), ["وزارة الثروة الحيوانية والسمكية وموارد المراعي"], "{:?}", all(text));
    let text = "وأصدرت وزارة الثروة الحيوانية والسمكية بيانا حول الموسم.";
    assert_eq!(found(text, EntityType::Org), ["وزارة الثروة الحيوانية والسمكية"], "{:?}", all(text));
    // (Not people beside the ministry: a construct after the first field alone.)
    let text = "وقالت وزارة الصحة وأطباء المستشفيات إن الإضراب انتهى.";
    assert_eq!(found(text, EntityType::Org), ["وزارة الصحة"], "{:?}", all(text));
}

/// A club named by one word after نادي (نادي الاتحاد) is the club, not the federation
/// the text named in full before it: its head alone is no short name of that union.
#[test]
fn a_club_after_its_head_is_not_the_federation_named_before() {
    let text = "وأعلن الاتحاد المصري لكرة القدم تأجيل المباراة، فيما لوح نادي الاتحاد في الإسكندرية بالانسحاب من البطولة.";
    let linked = isnad::entities::link_articles(&[("a", text)]);
    let orgs: Vec<_> = linked.articles[0].entities.iter().filter(|m| m.kind == EntityType::Org).map(|m| (text[m.start..m.end].to_string(), m.id.clone())).collect();
    let club = orgs.iter().find(|(s, _)| s.ends_with("نادي الاتحاد") || s == "الاتحاد");
    let union = orgs.iter().find(|(s, _)| s == "الاتحاد المصري لكرة القدم");
    assert!(club.is_some() && union.is_some() && club.unwrap().1 != union.unwrap().1, "{orgs:?}");
}

/// A quotation that ends with a body's name closes with its quote mark against that
/// name: the words after it up to the next quotation are no name in quote marks, though
/// a straight quote mark looks the same opening and closing.
#[test]
fn words_between_two_quotations_after_a_body_are_no_name() {
    let t = "وقال المدير إن المصرف \"سيحيل الملف إلى هيئة الرقابة\"، مطالبا الحكومة بـ\"الإسراع في الإصلاح\".";
    assert!(!entities(t).iter().any(|e| t[e.start..e.end].contains("مطالبا")), "{:?}", all(t));
    let t = "وأعلنت شركة \"نجمة الصحراء\" عن أرباحها.";
    assert!(found(t, EntityType::Org).contains(&"نجمة الصحراء".to_string()), "{:?}", all(t));
}

/// A count written out in one report and in figures in another (ثلاثة أندية, 3 أندية),
/// and years counted as سنة in one and عام in another (15 سنة, 15 عاما), are one
/// quantity; another count of the same noun stays apart.
#[test]
fn counts_in_words_or_figures_and_years_as_sana_or_am_link() {
    let ids = |a: &str, b: &str| -> Vec<String> {
        let linked = isnad::entities::link_articles(&[("a", a), ("b", b)]);
        linked.articles.iter().flat_map(|x| x.entities.iter().filter(|m| m.kind == EntityType::Quantity).map(|m| m.id.clone())).collect()
    };
    let got = ids("وألغت المحكمة عضوية ثلاثة أندية في الجمعية.", "وأبطل الحكم عضوية 3 أندية في الجمعية.");
    assert!(got.len() == 2 && got[0] == got[1], "{got:?}");
    let got = ids("وتصل العقوبة إلى السجن 15 سنة في القانون الجديد.", "ويرفع القانون العقوبة إلى السجن 15 عاما في المشروع.");
    assert!(got.len() == 2 && got[0] == got[1], "{got:?}");
    let got = ids("وألغت المحكمة عضوية ثلاثة أندية في الجمعية.", "وأبطل الحكم عضوية 4 أندية في الجمعية.");
    assert!(got.len() == 2 && got[0] != got[1], "{got:?}");
}

/// Algeria's World Heritage sites and Saharan massifs in the list of well-known names:
/// Timgad after موقع (with the Algerian ڤ) is the site, not a website; the Casbah of
/// Algiers is one place; AFCON named كأس الأمم الأفريقية is the competition.
#[test]
fn algerian_heritage_sites_and_afcon_by_its_long_name() {
    let t = "وزار الوفد موقع تيمڤاد ثم قصبة الجزائر قبل أن يتوجه إلى الطاسيلي ناجر والهقار.";
    let locs = found(t, EntityType::Loc);
    for w in ["تيمڤاد", "قصبة الجزائر", "الطاسيلي ناجر", "الهقار"] {
        assert!(locs.contains(&w.to_string()), "{w}: {:?}", all(t));
    }
    let t = "ووصل الوفد إلى عنابة بعد زيارة موقع هيبون.";
    assert_eq!(found(t, EntityType::Loc), ["عنابة", "هيبون"], "{:?}", all(t));
    let t = "ويستعد المنتخب لخوض تصفيات كأس الأمم الأفريقية في الربيع.";
    assert!(found(t, EntityType::Misc).contains(&"كأس الأمم الأفريقية".to_string()), "{:?}", all(t));
}

/// A court named by its kind and its town (محكمة استئناف طرابلس, محكمة جنايات الجيزة) is
/// one body; the town alone after محكمة without a kind stays what the tagger says.
#[test]
fn courts_named_by_their_kind_and_town() {
    let t = "وقضت محكمة استئناف طرابلس برفض الطعن المقدم من الشركة.";
    assert_eq!(found(t, EntityType::Org), ["محكمة استئناف طرابلس"], "{:?}", all(t));
    let t = "وأحالت النيابة المتهمين إلى محكمة جنايات الجيزة، التي حددت أولى جلساتها.";
    assert_eq!(found(t, EntityType::Org), ["محكمة جنايات الجيزة"], "{:?}", all(t));
}

/// A body after ل whose first word begins with ل (للجنة, ل + اللجنة) is named with
/// that word's article back (اللجنة …, not الجنة …): it links to the body another report
/// names with its article.
#[test]
fn a_body_after_lam_whose_word_begins_with_lam_links() {
    let linked = isnad::entities::link_articles(&[
        ("a", "وقال رئيس اللجنة الأولمبية الأردنية إن البعثة جاهزة للمشاركة."),
        ("b", "ووجهت الوزارة رسالة إلى الاتحادات الرياضية وللجنة الأولمبية الأردنية بشأن الميزانية."),
    ]);
    let of = |a: usize| linked.articles[a].entities.iter().filter(|m| m.kind == EntityType::Org && m.canonical.contains("الأولمبية")).map(|m| (m.id.clone(), m.canonical.clone())).collect::<Vec<_>>();
    let (a, b) = (of(0), of(1));
    assert!(a.len() == 1 && b.len() == 1 && a[0].0 == b[0].0, "{a:?} {b:?}");
}

/// The Maghreb's word for summer, صائفة, makes a date with a year or a direction, as
/// صيف does (صيف 2021, الصيف المقبل).
#[test]
fn the_maghreb_summer_is_a_season() {
    let t = "وتنطلق الأشغال قبل صائفة 2027 في كل المواقع.";
    assert!(found(t, EntityType::Date).contains(&"صائفة 2027".to_string()), "{:?}", all(t));
    let t = "وينتظر أن يرتفع عدد السياح خلال الصائفة المقبلة في الولاية.";
    assert!(found(t, EntityType::Date).contains(&"الصائفة المقبلة".to_string()), "{:?}", all(t));
}

/// After a hundred a counted noun that ends with alef is a loanword, not an accusative
/// (كاميرا): the noun of its kind in the construct state after it is
/// counted with it (600 كاميرا مراقبة), as after شركة (16 شركة سياحة).
#[test]
fn a_loanword_counted_after_a_hundred_keeps_its_kind() {
    let t = "وستركب البلدية 600 كاميرا مراقبة في الشوارع الرئيسية.";
    assert!(found(t, EntityType::Quantity).contains(&"600 كاميرا مراقبة".to_string()), "{:?}", all(t));
}

/// The accusative outlets write after a hundred (140 مسافرا) is no loanword: a
/// participle after it stays out of the quantity.
#[test]
fn an_accusative_after_a_hundred_is_no_loanword() {
    let t = "وتدخلت الحماية المدنية لإجلاء 140 مسافرا عالقين في الجبل.";
    assert!(found(t, EntityType::Quantity).contains(&"140 مسافرا".to_string()), "{:?}", all(t));
}

/// A faculty or an institute named by its field of study, however short (كلية الطب
/// البيطري, معهد الآثار), or by two fields joined by و (كلية الطب والصيدلة), before
/// its university, is a body of its own.
#[test]
fn faculties_and_institutes_by_their_fields() {
    let t = "وقال أستاذ في كلية الطب البيطري بجامعة الخرطوم إن العينات سليمة.";
    assert!(found(t, EntityType::Org).contains(&"كلية الطب البيطري".to_string()), "{:?}", all(t));
    let t = "وأجرى الدراسة فريق من كلية الطب والصيدلة بجامعة الحسن الثاني.";
    assert!(found(t, EntityType::Org).contains(&"كلية الطب والصيدلة".to_string()), "{:?}", all(t));
    let t = "وأوضحت الباحثة بمعهد الآثار في جامعة وهران أن الحفريات متواصلة.";
    assert!(found(t, EntityType::Org).contains(&"معهد الآثار".to_string()), "{:?}", all(t));
}

/// A university of a town with several, numbered (جامعة الجزائر 2, جامعة قسنطينة 1), is
/// named with its number; a count after a university is no part of it.
#[test]
fn numbered_universities_keep_their_number() {
    let t = "وقال الأستاذ بجامعة الجزائر 2 إن البحث انطلق قبل سنوات.";
    assert!(found(t, EntityType::Org).contains(&"جامعة الجزائر 2".to_string()), "{:?}", all(t));
    let t = "وتضم جامعة قسنطينة 1 أكثر من 30 ألف طالب.";
    assert!(found(t, EntityType::Org).contains(&"جامعة قسنطينة 1".to_string()), "{:?}", all(t));
}

/// A programme's name in quote marks after برنامج (برنامج "نطاقات", برنامج «الحكاية»)
/// is a work or a scheme, MISC; after البرنامج the quoted words are what it said.
#[test]
fn a_programme_named_in_quote_marks() {
    let t = "وأعلنت القناة وقف برنامج «المسافة» بعد شكاوى المشاهدين.";
    assert!(found(t, EntityType::Misc).contains(&"المسافة".to_string()), "{:?}", all(t));
    let t = "وانضمت الشركات إلى برنامج \"تمكين\" السعودي.";
    assert!(found(t, EntityType::Misc).contains(&"تمكين".to_string()), "{:?}", all(t));
    let t = "وقالت المديرة إن البرنامج \"مستعد لتقديم الدعم\" للمتضررين.";
    assert!(entities(t).iter().all(|e| !t[e.start..e.end].contains("مستعد")), "{:?}", all(t));
}

/// A federation named "for the game" (الاتحاد التونسي للعبة), as wires name it after
/// its sport, is the federation another report names with the sport.
#[test]
fn a_federation_for_the_game_links_to_its_sport() {
    let linked = isnad::entities::link_articles(&[
        ("a", "وفرض الاتحاد التونسي لكرة اليد عقوبات على النادي."),
        ("b", "وقال الاتحاد التونسي للعبة إن العقوبات نهائية."),
    ]);
    let ids: Vec<_> = linked.articles.iter().flat_map(|a| a.entities.iter().filter(|m| m.kind == EntityType::Org).map(|m| m.id.clone())).collect();
    assert!(ids.len() == 2 && ids[0] == ids[1], "{ids:?}");
}

/// A body's purpose of two verbal nouns joined by و that govern one definite noun
/// (لتسيير واستغلال الممتلكات الثقافية) is in its name, as one verbal noun's is.
#[test]
fn a_purpose_of_two_joined_verbal_nouns() {
    let t = "وأعلن الديوان الوطني لتسيير واستغلال الممتلكات الثقافية المحمية عن برنامج جديد.";
    assert!(found(t, EntityType::Org).contains(&"الديوان الوطني لتسيير واستغلال الممتلكات الثقافية المحمية".to_string()), "{:?}", all(t));
}

/// A head and a continent's or country's adjective both without the article (اتحاد
/// أفريقي, "an African federation") is an indefinite phrase, not the listed union whose
/// name has the articles (الاتحاد الأفريقي).
#[test]
fn an_indefinite_head_and_nisba_is_no_listed_union() {
    let t = "وأصبح الاتحاد أول اتحاد أفريقي يعتمد تقنية الفيديو في الدوري.";
    assert!(!found(t, EntityType::Org).contains(&"اتحاد أفريقي".to_string()), "{:?}", all(t));
    let t = "ودعا الاتحاد الأفريقي إلى وقف القتال.";
    assert!(found(t, EntityType::Org).contains(&"الاتحاد الأفريقي".to_string()), "{:?}", all(t));
}

/// The Turkish agency's Arabic datelines put its correspondent between two slashes
/// before its name (بيروت/ سامي الخطيب/ الأناضول): the outlet is the last words, not
/// the correspondent's; named again after ل or مراسل, it is the agency, not Anatolia.
#[test]
fn a_correspondent_between_slashes_before_the_outlet() {
    let t = "بيروت/ سامي الخطيب/ الأناضول\nأعلنت البلدية الاثنين إغلاق الطريق، وقال مسؤول فيها لمراسل الأناضول إن الأشغال تستمر.\nوقال أحد السكان للأناضول إنه ينتظر منذ أسبوع.";
    let orgs = found(t, EntityType::Org);
    assert!(orgs.contains(&"الأناضول".to_string()), "{:?}", all(t));
    assert!(!orgs.iter().any(|o| o.contains("الخطيب")), "{:?}", all(t));
    assert!(!found(t, EntityType::Loc).iter().any(|l| l.contains("الأناضول")), "{:?}", all(t));
}

/// A dam or a canal named after a king or a prince, with the title between (سد الملك
/// فهد, بقناة الأمير محمد), is the place with its head, not the person it honours.
#[test]
fn a_dam_or_a_canal_named_after_a_royal() {
    let t = "وارتفع منسوب سد الملك فهد بعد الأمطار، فيما توقف الضخ في قناة الأمير محمد ليومين.";
    let locs = found(t, EntityType::Loc);
    assert!(locs.contains(&"سد الملك فهد".to_string()) && locs.contains(&"قناة الأمير محمد".to_string()), "{:?}", all(t));
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
    // (The name ends before a particle the large name list also holds: لا, "not".)
    let t = "وقال المدير إن مخزون سد الملك فهد لا يتجاوز نصف سعته.";
    assert!(found(t, EntityType::Loc).contains(&"سد الملك فهد".to_string()), "{:?}", all(t));
}

/// A sound feminine plural counted after three to ten, written out or in digits, in the
/// construct state with the noun that says what kind it is, is counted with it (سبع
/// شركات طيران, 4 سيارات إسعاف); an adjective after the plural is not such a noun.
#[test]
fn a_plural_counted_noun_in_the_construct_state() {
    let t = "وتعاقدت الوزارة مع سبع شركات طيران لنقل الحجاج، وأرسلت 4 سيارات إسعاف إلى الموقع.";
    assert_eq!(found(t, EntityType::Quantity), ["سبع شركات طيران", "4 سيارات إسعاف"], "{:?}", all(t));
    // (An adjective of the plural after the noun of its kind stays out: "local".)
    let t = "وتعمل في المطار ست شركات طيران محلية منذ العام الماضي.";
    assert_eq!(found(t, EntityType::Quantity), ["ست شركات طيران"], "{:?}", all(t));
    let t = "ووصلت 5 شاحنات محملة بالقمح، ثم ثلاث حافلات صغيرة.";
    let q = found(t, EntityType::Quantity);
    assert!(q.contains(&"5 شاحنات".to_string()), "{:?}", all(t));
}

/// No mention holds half of a pair of brackets: a body's name and its short name in
/// brackets after it are two names, however far the tagger ran the first.
#[test]
fn no_mention_holds_half_a_bracket() {
    for t in [
        "وأعلنت الوكالة الفرنسية للتنمية (أ ف د تمويل المشروع بقيمة 3 ملايين يورو.",
        "وأعلنت الوكالة اليابانية للتعاون الدولي (جايكا) تمويل المشروع.",
        "وقالت الوكالة الألمانية للتعاون الدولي (جي آي زد) إنها ستمول تركيب المضخات.",
    ] {
        for e in entities(t) {
            let s = &t[e.start..e.end];
            assert_eq!(s.contains('('), s.contains(')'), "{s} in {:?}", all(t));
        }
    }
}

/// A body named in full with what it is for after ل, then by those words alone in quote
/// marks (الهيئة العامة للاستثمار, later «الاستثمار»), is that body there too; words in
/// quote marks that end no body's name in the text stay what they were.
#[test]
fn a_body_by_its_aim_in_quote_marks() {
    let t = "وأعلنت الإدارة العامة للجمارك ضبط شحنة كبيرة في الميناء، وقالت «الجمارك» إن التحقيق مستمر.";
    let orgs = found(t, EntityType::Org);
    assert!(orgs.contains(&"الجمارك".to_string()), "{:?}", all(t));
    let t = "وأعلنت الإدارة العامة للطيران المدني خطة جديدة، ورصد «الطيران المدني» 300 شكوى.";
    assert!(found(t, EntityType::Org).contains(&"الطيران المدني".to_string()), "{:?}", all(t));
    let t = "وقال الكاتب إن «الطيران المدني» يحتاج إلى خطة جديدة.";
    assert!(!found(t, EntityType::Org).contains(&"الطيران المدني".to_string()), "{:?}", all(t));
}

/// A ministry of foreign affairs and of its people abroad (وشئون المصريين بالخارج,
/// Egypt's شئون; وشؤون المغتربين) is one name with that field.
#[test]
fn a_ministry_of_its_people_abroad() {
    let t = "واستقبلت وزارة الخارجية والهجرة وشئون المصريين بالخارج وفدا من الجالية أمس.";
    assert!(found(t, EntityType::Org).contains(&"وزارة الخارجية والهجرة وشئون المصريين بالخارج".to_string()), "{:?}", all(t));
    let t = "وأكدت وزارة الخارجية وشؤون المغتربين متابعة أوضاع الطلاب.";
    assert!(found(t, EntityType::Org).contains(&"وزارة الخارجية وشؤون المغتربين".to_string()), "{:?}", all(t));
}

/// Arab airlines named by طيران and their own name after شركة are the airline, not a
/// channel's or a place's name (شركة طيران الجزيرة, not الجزيرة).
#[test]
fn arab_airlines_after_their_head() {
    let t = "وأعلنت شركة طيران الجزيرة إلغاء رحلتين إلى دبي بسبب عطل فني.";
    assert!(found(t, EntityType::Org).contains(&"طيران الجزيرة".to_string()), "{:?}", all(t));
    let t = "وأعلنت شركة طيران الخليج زيادة رحلاتها، فيما قالت العربية للطيران إنها ستفتح خطا جديدا.";
    let orgs = found(t, EntityType::Org);
    assert!(orgs.contains(&"طيران الخليج".to_string()) && orgs.contains(&"العربية للطيران".to_string()), "{:?}", all(t));
    assert!(found(t, EntityType::Loc).is_empty(), "{:?}", all(t));
}

/// The words before a dateline's day, month and agency in brackets (the Jordanian
/// agency's: دير علا 7 كانون الأول (بترا)-) are the place the report was filed from,
/// even a town whose second word is a given name.
#[test]
fn a_place_before_a_day_month_and_agency() {
    let t = "دير علا 12 آذار (بترا)- افتتح محافظ البلقاء مشروعا جديدا للري.";
    assert!(found(t, EntityType::Loc).contains(&"دير علا".to_string()), "{:?}", all(t));
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));    // (With the year after the month, as the Saudi agency writes it.)
    let t = "أبها 3 مايو 2026 (واس) - افتتح أمير المنطقة مشروعا جديدا للري.";
    assert!(found(t, EntityType::Loc).contains(&"أبها".to_string()), "{:?}", all(t));
    let t = "دير علا 12 آذار 2026 (بترا)- افتتح محافظ البلقاء مشروعا جديدا للري.";
    assert!(found(t, EntityType::Loc).contains(&"دير علا".to_string()), "{:?}", all(t));
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
}

/// A public institution named by مؤسسة, a definite noun and its adjective (مؤسسة الضمان
/// الاجتماعي, مؤسسة التدريب المهني) is one body; مؤسسة and a definite noun alone is not.
#[test]
fn an_institution_by_a_noun_and_its_adjective() {
    let t = "وقالت مؤسسة الضمان الاجتماعي إنها ستؤجل الأقساط، فيما أعلنت مؤسسة التدريب المهني برنامجا جديدا.";
    let orgs = found(t, EntityType::Org);
    assert!(orgs.contains(&"مؤسسة الضمان الاجتماعي".to_string()) && orgs.contains(&"مؤسسة التدريب المهني".to_string()), "{:?}", all(t));
    // (With its country's adjective too: مؤسسة الموانئ الكويتية.)
    let t = "وأعلنت مؤسسة الموانئ الكويتية تمديد العقد.";
    assert!(found(t, EntityType::Org).contains(&"مؤسسة الموانئ الكويتية".to_string()), "{:?}", all(t));
    let t = "وتحدث الكاتب عن مؤسسة الزواج في المجتمع.";
    assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
}

/// A zone named a city of its town and a trade (مدينة دبي للإنترنت, مدينة الشارقة
/// للإعلام) is one place, after و too; the town and what people do there (مدينة درعا
/// للمطالبة, مدينة دبي للعمل) leave the town alone.
#[test]
fn a_city_of_a_trade_named_by_its_town() {
    let t = "ويعمل العمال في الخليج التجاري ومدينة دبي للإنتاج، قرب مدينة دبي للإنترنت.";
    let got = found(t, EntityType::Loc);
    assert!(got.contains(&"مدينة دبي للإنتاج".to_string()) && got.contains(&"مدينة دبي للإنترنت".to_string()), "{:?}", all(t));
    let t = "وافتتح المعرض في مدينة الشارقة للإعلام.";
    assert_eq!(found(t, EntityType::Loc), ["مدينة الشارقة للإعلام"], "{:?}", all(t));
    let t = "خرج المتظاهرون في مدينة درعا للمطالبة بالإفراج عن المعتقلين، وعاد آخرون إلى مدينة دبي للعمل.";
    assert_eq!(found(t, EntityType::Loc), ["درعا", "دبي"], "{:?}", all(t));
}

/// A company named by a definite noun and its adjective and what it does (شركة الصقر
/// الذهبي للمقاولات العامة) is one body without its head, after و too, where the tagger
/// took the first two words for a person; a royal's foundation keeps its head.
#[test]
fn a_described_company_taken_for_a_person() {
    let t = "وقع النزاع بين 1340 عاملا وشركة الصقر الذهبي للمقاولات العامة، بعدما ألزمت المحكمة الشركة بالدفع.";
    assert_eq!(found(t, EntityType::Org), ["الصقر الذهبي للمقاولات العامة"], "{:?}", all(t));
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
    let t = "وزار الوزير مؤسسة الحسن الثاني للأعمال الاجتماعية.";
    assert_eq!(found(t, EntityType::Org), ["مؤسسة الحسن الثاني للأعمال الاجتماعية"], "{:?}", all(t));
}

/// An international body named by a definite head, الدولي agreeing with it and what it
/// is for, even a verbal noun and a noun in the construct state that govern a definite
/// noun (المركز الدولي لتسوية منازعات الاستثمار); the head and الدولي alone name nothing.
#[test]
fn international_bodies_named_by_their_purposes() {
    for (t, name) in [
        ("ولجأت الشركة إلى المركز الدولي لتسوية منازعات الاستثمار في واشنطن.", "المركز الدولي لتسوية منازعات الاستثمار"),
        ("وقال المعهد الدولي لبحوث السياسات الغذائية إن الأسعار سترتفع.", "المعهد الدولي لبحوث السياسات الغذائية"),
    ] {
        assert!(found(t, EntityType::Org).contains(&name.to_string()), "{name}: {:?}", all(t));
    }
    let t = "وقال المركز الدولي إن الأسعار ارتفعت.";
    assert!(all(t).is_empty(), "{:?}", all(t));
}

/// A foreign person's name written with غ for g in one report is the same name written
/// with ج (Egyptian) or ك (Maghreb) in the others, even with a family name that begins
/// with و, which is no "and" there.
#[test]
fn a_foreign_name_with_g_spelled_three_ways_across_reports() {
    let reports = [
        "وقال رئيسها التنفيذي غراهام ويتكومب لوكالة فرانس برس إن الشركة ستلجأ إلى التحكيم.",
        "من جانبه، قال الرئيس التنفيذى للشركة، جراهام ويتكومب، إن شركته ستدافع عن استثماراتها.",
        "في المقابل، قال المدير التنفيذي للشركة، كراهام ويتكومب، إن القرار غير قانوني.",
    ];
    let a = isnad::entities::link_articles(&[("a", reports[0]), ("b", reports[1]), ("c", reports[2])]);
    let mut ids = Vec::new();
    for (k, name) in ["غراهام ويتكومب", "جراهام ويتكومب", "كراهام ويتكومب"].iter().enumerate() {
        let t = reports[k];
        let m = a.articles[k].entities.iter().find(|m| m.kind == EntityType::Per && &t[m.start..m.end] == *name);
        let got: Vec<&str> = a.articles[k].entities.iter().map(|m| &t[m.start..m.end]).collect();
        ids.push(m.unwrap_or_else(|| panic!("{name}: {got:?}")).id.clone());
    }
    assert!(ids.iter().all(|i| *i == ids[0]), "{ids:?}");
}

/// A foreign place's final z written ز in one report and س in another (أغاديز /
/// أغاديس) is one place; two places that differ otherwise stay two.
#[test]
fn a_final_z_written_two_ways_is_one_place() {
    let a = isnad::entities::link_articles(&[
        ("a", "وأعلنت السلطات سحب رخصة منجم في منطقة أغاديس شمال النيجر."),
        ("b", "وسحبت النيجر رخصة منجم بمنطقة أغاديز من شركة كندية."),
    ]);
    let id = |k: usize, w: &str| {
        let t = [("a", "وأعلنت السلطات سحب رخصة منجم في منطقة أغاديس شمال النيجر."), ("b", "وسحبت النيجر رخصة منجم بمنطقة أغاديز من شركة كندية.")][k].1;
        a.articles[k].entities.iter().find(|m| &t[m.start..m.end] == w).unwrap_or_else(|| panic!("{w}")).id.clone()
    };
    assert_eq!(id(0, "أغاديس"), id(1, "أغاديز"));
    assert_ne!(id(0, "أغاديس"), id(1, "النيجر"));
}

/// A foreign company's name written joined in one report and apart in another, a long
/// vowel written otherwise too (نورثليك ريسورسز / نورث ليك ريسورسيز), is one body.
#[test]
fn a_foreign_company_joined_and_apart_is_one_body() {
    let t = ["وسحبت الحكومة الرخصة من شركة نورثليك ريسورسز الكندية.", "وقالت شركة نورث ليك ريسورسيز إنها ستلجأ إلى التحكيم."];
    let a = isnad::entities::link_articles(&[("a", t[0]), ("b", t[1])]);
    let id = |k: usize, w: &str| a.articles[k].entities.iter().find(|m| &t[k][m.start..m.end] == w).unwrap_or_else(|| panic!("{w}")).id.clone();
    assert_eq!(id(0, "نورثليك ريسورسز"), id(1, "نورث ليك ريسورسيز"));
}

/// A mine named by its site: the word after منجم that general Arabic does not know is
/// the place; a word it knows (يورانيوم, جديد) is none.
#[test]
fn a_mine_named_by_its_site() {
    let t = "وكانت الحكومة سحبت رخصة منجم إيمورارين من الشركة الفرنسية.";
    assert!(found(t, EntityType::Loc).contains(&"إيمورارين".to_string()), "{:?}", all(t));
    let t = "وتعتزم الشركة فتح منجم جديد للذهب.";
    assert!(all(t).is_empty(), "{:?}", all(t));
}

#[test]
fn a_states_general_company_and_what_it_is_for() {
    // (الشركة العامة and what it is for is a body's name, with the country it ends with;
    // الشركة العامة alone and الشركة with another adjective only describe a company.)
    let text = "وقال مسؤول إن الشركة العامة لموانئ العراق ستتولى تشغيل الرصيف الجديد.";
    assert_eq!(found(text, EntityType::Org), ["الشركة العامة لموانئ العراق"], "{:?}", all(text));
    let text = "وأعلنت الشركة العامة للكهرباء انقطاع التيار عن أحياء المدينة.";
    assert_eq!(found(text, EntityType::Org), ["الشركة العامة للكهرباء"], "{:?}", all(text));
    let text = "وباعت الدولة حصتها في الشركة العامة قبل أعوام، واشترتها الشركة الكبرى لاحقا.";
    assert!(found(text, EntityType::Org).is_empty(), "{:?}", all(text));
}

#[test]
fn a_preposition_governs_no_conjunction() {
    // (In بوبيان the ب is the island's own: what would remain, وبيان, is و + بيان, and a
    // preposition never comes before و.)
    let text = "وتعمل الشركة الصينية في ميناء مبارك الكبير في بوبيان منذ عامين.";
    assert!(found(text, EntityType::Loc).contains(&"بوبيان".to_string()), "{:?}", all(text));
    // (A noun that begins with و after ب still loses the ب: بوزارة.)
    let text = "وقال مسؤول بوزارة الخارجية إن الاجتماع تأجل.";
    assert_eq!(found(text, EntityType::Org), ["وزارة الخارجية"], "{:?}", all(text));
}

#[test]
fn a_municipal_council_named_with_its_town_after_it() {
    // (Libyan news names a council by المجلس البلدي and its town, no preposition
    // between: one body. المجلس البلدي alone, or before في, names none.)
    let text = "وقرر الوزير إيقاف المجلس البلدي الزاوية عن العمل وتكليف لجنة تسييرية.";
    assert_eq!(found(text, EntityType::Org), ["المجلس البلدي الزاوية"], "{:?}", all(text));
    let text = "وطالب المجلس البلدي سبها الحكومة بدعم عاجل للمستشفى.";
    assert!(found(text, EntityType::Org).contains(&"المجلس البلدي سبها".to_string()), "{:?}", all(text));
    let text = "واجتمع المجلس البلدي في المدينة أمس لمناقشة الميزانية.";
    assert!(found(text, EntityType::Org).is_empty(), "{:?}", all(text));
}

#[test]
fn a_verb_and_its_pronoun_after_a_place_head_is_no_place() {
    // (بلدية انتخبها أهلها, "a municipality its people elected": انتخبها is a verb and
    // its object, not the municipality's town; بلدية أزفون still names one.)
    let text = "واتهم العميد الحكومة بمعاقبة بلدية انتخبها أهلها قبل عامين.";
    assert!(found(text, EntityType::Loc).is_empty(), "{:?}", all(text));
    let text = "وزار الوفد بلدية أزفون أمس.";
    assert_eq!(found(text, EntityType::Loc), ["أزفون"], "{:?}", all(text));
}

#[test]
fn cases_of_a_disease_named_with_its_own_al_and_its_adjectives() {
    // (التهاب begins with letters that look like the article; an indefinite word after
    // it shows they are its own: the cases counted keep the disease's whole name.)
    let text = "ورصد المركز 37 حالة التهاب كبد وبائي بين الأطفال منذ أسبوعين.";
    assert_eq!(found(text, EntityType::Quantity), ["37 حالة التهاب كبد وبائي"], "{:?}", all(text));
    let text = "وسجلت الوزارة 12 حالة التهاب رئوي في المدينة.";
    assert_eq!(found(text, EntityType::Quantity), ["12 حالة التهاب رئوي"], "{:?}", all(text));
    // (A time after the cases is no disease: 12 حالة, then the week.)
    let text = "وسجلت الوزارة 12 حالة الأسبوع الماضي في المدينة.";
    assert_eq!(found(text, EntityType::Quantity), ["12 حالة"], "{:?}", all(text));
}

#[test]
fn a_government_named_after_its_head_names_the_person() {
    // (حكومة and a name general Arabic does not know: the one who heads it, as ANERcorp
    // marks حكومة نوري المالكي; not a body "حكومة الدبيبة".)
    let text = "واتهم العميد حكومة الدبيبة بمعاقبة البلدية.";
    assert_eq!(all(text), [("الدبيبة".to_string(), EntityType::Per)]);
    let text = "وقالت حكومة الوحدة الوطنية إن القرار نهائي.";
    assert_eq!(found(text, EntityType::Org), ["حكومة الوحدة الوطنية"], "{:?}", all(text));
}

#[test]
fn a_forces_command_is_one_body_with_its_head() {
    // (قيادة and the force with its adjectives, as قيادة عمليات بغداد; not بقيادة, "led
    // by".)
    let text = "وأعلنت قيادة القوة البحرية العراقية نشر زوارق في القناة.";
    assert_eq!(found(text, EntityType::Org), ["قيادة القوة البحرية العراقية"], "{:?}", all(text));
    let text = "وأعلنت قيادة العمليات المشتركة تنفيذ ضربات جوية.";
    assert_eq!(found(text, EntityType::Org), ["قيادة العمليات المشتركة"], "{:?}", all(text));
    let text = "وشارك تحالف بقيادة الجيش في العملية.";
    assert!(!found(text, EntityType::Org).iter().any(|o| o.contains("قيادة")), "{:?}", all(text));
}

/// Oil and gas companies the list of well-known names holds, in quote marks after مع
/// (where the tagger took «إيني» for a person) and by two words with ل (قطر للطاقة).
#[test]
fn well_known_energy_companies() {
    let t = "وأعلنت الشركة الوطنية للمحروقات \"سوناطراك\" عن توقيع عقد مع \"إيني\" الإيطالية، فيما وقعت قطر للطاقة اتفاقا مع توتال إنرجيز.";
    let orgs = found(t, EntityType::Org);
    for o in ["إيني", "قطر للطاقة", "توتال إنرجيز"] {
        assert!(orgs.contains(&o.to_string()), "{o}: {:?}", all(t));
    }
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
}

/// A reserve named by a place's own name without the article: a word general Arabic
/// does not know (محمية سنقنيب البحرية) or a first word of places' names and the word
/// after it (محمية رأس محمد), with its adjectives; محمية as "protected" before words
/// Arabic knows names nothing.
#[test]
fn reserves_named_by_a_bare_place_name() {
    let t = "وغاص الباحثون في محمية دنقناب البحرية قرب الساحل خلال الشهر الماضي.";
    assert!(found(t, EntityType::Loc).contains(&"محمية دنقناب البحرية".to_string()), "{:?}", all(t));
    let t = "وتراقب الوزارة الشعاب في محمية رأس محمد منذ سنوات.";
    assert!(found(t, EntityType::Loc).contains(&"محمية رأس محمد".to_string()), "{:?}", all(t));
    let t = "وتبقى هذه المنطقة محمية بموجب القانون منذ سنوات.";
    assert!(!found(t, EntityType::Loc).iter().any(|s| s.contains("محمية")), "{:?}", all(t));
}

/// An institution's definite head after ل, its article's alef elided (للإدارة العامة
/// لحماية الغابات): the body, from the article's ل, as after no clitic.
#[test]
fn definite_bodies_after_lam() {
    let t = "ووجه الوزير خطابا للإدارة العامة لحماية الغابات في العاصمة أمس.";
    assert!(found(t, EntityType::Org).contains(&"لإدارة العامة لحماية الغابات".to_string()), "{:?}", all(t));
    let t = "وقدم الخبراء تقريرهم للهيئة العامة للأرصاد الجوية صباح الأحد.";
    assert!(found(t, EntityType::Org).iter().any(|s| s.starts_with("لهيئة العامة للأرصاد")), "{:?}", all(t));
}

/// A person the tagger ended at the second of two names of the lists, right before a
/// definite family name (عمر بابكر + الأمين): the family name is his; not before a
/// definite word that makes a title with it (الأمين العام); and إلى after it is no such
/// word.
#[test]
fn a_definite_family_name_after_two_names() {
    let t = "ودعا المدير العام اللواء عمر بابكر الأمين إلى تشديد الرقابة على السواحل.";
    assert!(found(t, EntityType::Per).contains(&"عمر بابكر الأمين".to_string()), "{:?}", all(t));
    let t = "واستقبل الوزير عمر بابكر الأمين العام للاتحاد في مكتبه.";
    assert!(!found(t, EntityType::Per).iter().any(|s| s.contains("الأمين")), "{:?}", all(t));
}

/// An acronym alone in round brackets after a body's name whose first letter looks like
/// a proclitic (كاوست, ك + اوست to the stemmer) is the body's short name whole.
#[test]
fn a_bracketed_acronym_keeps_a_first_letter_like_a_clitic() {
    let t = "ووقعت الوزارة اتفاقا مع جامعة الملك عبدالله للعلوم والتقنية (كاوست) لتطوير الأبحاث.";
    assert!(found(t, EntityType::Org).contains(&"كاوست".to_string()), "{:?}", all(t));
}

/// Marine science's well-known names in the list: the Great Barrier Reef, NOAA by its
/// full name (with the Egyptian final ى too).
#[test]
fn the_great_barrier_reef_and_noaa_are_known() {
    let t = "وشهد الحاجز المرجاني العظيم قبالة أستراليا موجة ابيضاض جديدة هذا العام.";
    assert!(found(t, EntityType::Loc).contains(&"الحاجز المرجاني العظيم".to_string()), "{:?}", all(t));
    let t = "وبحسب الإدارة الوطنية للمحيطات والغلاف الجوى فإن الحرارة قياسية.";
    assert!(found(t, EntityType::Org).iter().any(|s| s.starts_with("الإدارة الوطنية للمحيطات والغلاف الجوى")), "{:?}", all(t));
}

/// A law named by the field it rules is one MISC name: a definite noun with a second
/// noun after و, or a verbal noun and the noun it governs; not the law of the land, nor
/// a body of law with the article.
#[test]
fn laws_named_by_their_fields() {
    let t = "وأقر البرلمان قانون الصحافة والنشر الجديد، فيما قال المحامي إن الصيد يخالف قانون حماية الحياة البرية.";
    assert_eq!(found(t, EntityType::Misc), ["قانون الصحافة والنشر", "قانون حماية الحياة البرية"], "{:?}", all(t));
    let t = "وقال إن قانون البلاد واضح، وإن القانون الدولي يحمي المدنيين.";
    assert!(found(t, EntityType::Misc).is_empty(), "{:?}", all(t));
}

/// A town of the lists with the article after a compass direction is the place, though
/// general Arabic knows the word (الحديدة, "iron"); not a common noun there.
#[test]
fn a_listed_town_after_a_compass_direction() {
    let t = "وأفاد المرصد اليمني للألغام بمقتل 3 أطفال.\nوقالت مصادر محلية إن الانفجار وقع في مديرية حيس جنوبي الحديدة، وإن فرق الإسعاف وصلت.";
    assert!(found(t, EntityType::Loc).contains(&"الحديدة".to_string()), "{:?}", all(t));
    let t = "وانتشرت القوات شمال المدينة وجنوب البلاد.";
    assert!(found(t, EntityType::Loc).is_empty(), "{:?}", all(t));
}

/// Granada's Alhambra, a palace whose head the palaces' rule keeps only after a
/// preposition, in the list of well-known names.
#[test]
fn the_alhambra_is_known() {
    let t = "وزار السياح قصر الحمراء قبل أن يغادروا المدينة.";
    assert!(found(t, EntityType::Loc).contains(&"قصر الحمراء".to_string()), "{:?}", all(t));
}

#[test]
fn two_countries_side_by_side_are_two_places() {
    let text = "وحمّلت الفصائل في العراق الولايات المتحدة مسؤولية القصف.";
    let locs = found(text, EntityType::Loc);
    assert!(locs.contains(&"العراق".to_string()) && locs.contains(&"الولايات المتحدة".to_string()), "{:?}", all(text));
    // (One country's name of two words stays one place.)
    let text = "وصل الوفد إلى غينيا بيساو صباح اليوم.";
    assert!(!found(text, EntityType::Loc).iter().any(|s| s == "غينيا"), "{:?}", all(text));
}

#[test]
fn iraqs_security_bodies_and_factions() {
    let text = "وقال مسؤول في مستشارية الأمن القومي إن التحالف الدولي أبلغ الحكومة بخطة الانسحاب.";
    let orgs = found(text, EntityType::Org);
    assert!(orgs.contains(&"مستشارية الأمن القومي".to_string()) && orgs.contains(&"التحالف الدولي".to_string()), "{:?}", all(text));
    let text = "وأصدرت كتائب حزب الله بيانا نددت فيه بالهجوم على مقر هيئة الحشد الشعبي.";
    let orgs = found(text, EntityType::Org);
    assert!(orgs.contains(&"كتائب حزب الله".to_string()) && orgs.contains(&"هيئة الحشد الشعبي".to_string()), "{:?}", all(text));
}

#[test]
fn the_ain_al_asad_base_is_a_place() {
    let text = "وقالت الفصائل إن الصواريخ سقطت داخل قاعدة عين الأسد الجوية مساء الثلاثاء.";
    assert!(found(text, EntityType::Loc).contains(&"عين الأسد".to_string()), "{:?}", all(text));
}

#[test]
fn a_border_or_coast_guard_without_its_country() {
    let text = "وانتشرت قوة من الجيش وقوات حرس الحدود على طول الطريق الدولي.";
    assert!(found(text, EntityType::Org).contains(&"قوات حرس الحدود".to_string()), "{:?}", all(text));
    let text = "وقال مسؤول إن خفر السواحل سيسلم الصيادين إلى السلطات المحلية.";
    assert!(found(text, EntityType::Org).contains(&"خفر السواحل".to_string()), "{:?}", all(text));
    // (Another adjective after the force is not its name's: خفر السواحل المحلي.)
    let text = "وقال مسؤول إن خفر السواحل المحلي سيسلم الصيادين إلى السلطات.";
    assert!(!found(text, EntityType::Org).contains(&"خفر السواحل".to_string()), "{:?}", all(text));
}

#[test]
fn an_outlet_by_its_first_word_after_its_correspondent() {
    let text = "وقالت المصادر لموقع الميادين نت إن الاشتباكات توقفت. وأفاد مراسل الميادين في درعا بأن الهدوء عاد إلى المدينة.";
    let orgs = found(text, EntityType::Org);
    assert_eq!(orgs.iter().filter(|s| *s == "الميادين").count(), 1, "{:?}", all(text));
    // (Not where the text names no outlet so: the squares of a city.)
    let text = "وأفاد مراسل الميادين في المدينة بأن الهدوء عاد.";
    assert!(!found(text, EntityType::Org).contains(&"الميادين".to_string()), "{:?}", all(text));
}

/// A country's adjective alone right after the noun it agrees with (السفيرة الفنلندية,
/// لشركة فنلندية) is a nationality, no body; a title alone that the lists also hold as a
/// town (السفيرة) is no body either.
#[test]
fn a_nationality_after_its_noun_is_no_body() {
    let text = "وقالت السفيرة النرويجية في عمان إن العقد هو الأكبر لشركة نرويجية في المنطقة، مضيفة أن وفدا من 12 شركة نرويجية يصل الشهر المقبل.";
    let got = all(text);
    assert!(got.iter().all(|(s, _)| s != "النرويجية" && s != "نرويجية" && s != "السفيرة"), "{got:?}");
    assert_eq!(found(text, EntityType::Quantity), ["12 شركة"], "{got:?}");
    // (The tagger's body of the adjective after شركة, and the title, which the lists
    // also hold as a Syrian town, before it.)
    let text = "وقالت السفيرة الفنلندية فى القاهرة آنا كورهونين إن المشروع هو الأكبر فى الشرق الأوسط، مضيفة أن وفدا من 15 شركة فنلندية سيزور مصر.";
    let got = all(text);
    assert!(got.iter().all(|(s, _)| s != "الفنلندية" && s != "فنلندية" && s != "السفيرة"), "{got:?}");
}

#[test]
fn development_banks_and_gulf_funds_are_known() {
    let text = "وقال إن البنك الأوروبي لإعادة الإعمار والتنمية سيمول المشروع مع شركة مبادلة للاستثمار ومجموعة جي 42.";
    assert_eq!(found(text, EntityType::Org), ["البنك الأوروبي لإعادة الإعمار والتنمية", "مبادلة للاستثمار", "جي 42"], "{:?}", all(text));
}

/// A dateline's town of two words the place lists hold as one, whatever each word is
/// alone (السخنة, "the hot").
#[test]
fn a_listed_town_of_two_words_in_a_dateline() {
    let text = "العين السخنة في 9 مارس /أ ش أ/ - افتتح المحافظ اليوم محطة جديدة لتحلية المياه.";
    assert!(found(text, EntityType::Loc).contains(&"العين السخنة".to_string()), "{:?}", all(text));
}

/// A seat of government whose first word is a foreign name, after a proclitic the
/// stemmer leaves on it (بداونينغ ستريت), is marked without the clitic, as with the
/// article (بالبيت الأبيض).
#[test]
fn a_seat_after_a_proclitic() {
    let t = "وقال في مؤتمر صحفي بداونينغ ستريت إن لندن ستعترف، وعقد اجتماع بالبيت الأبيض.";
    assert_eq!(found(t, EntityType::Org), ["داونينغ ستريت", "البيت الأبيض"], "{:?}", all(t));
}

/// A past verb that is also a given name (أشرف, "supervised") opening a sentence whose
/// subject is a titled person is the verb: Arabic puts the title before the name.
#[test]
fn a_verb_before_a_titled_subject_is_no_name() {
    let t = "الجزائر - أشرف الوزير الأول نذير العرباوي، اليوم الأحد، على تدشين مصنع جديد.";
    let got = all(t);
    assert!(got.iter().all(|(s, _)| s != "أشرف"), "{got:?}");
    assert_eq!(found(t, EntityType::Per), ["نذير العرباوي"], "{got:?}");
    // (A person named so, with a comma before the title, is kept.)
    let t = "وقال أشرف، الموظف في البلدية، إن المياه انقطعت.";
    assert_eq!(found(t, EntityType::Per), ["أشرف"], "{:?}", all(t));
    // (Nor a name after a verb, whose object the titled person is.)
    let t = "ومن المنتظر أن يستقبل ماكرون الرئيس اللبناني جوزاف عون يوم الجمعة.";
    assert_eq!(found(t, EntityType::Per), ["ماكرون", "جوزاف عون"], "{:?}", all(t));
}

/// A foreign person after برئاسة or بقيادة ("headed by"), as after a title.
#[test]
fn a_foreign_person_after_headed_by() {
    let t = "نواكشوط - استقبل الرئيس بالقصر الرئاسي في نواكشوط وفدا من البنك الإفريقي للتنمية برئاسة أكينوومي أديسينا. وحضر اللقاء وفد آخر بقيادة كريستالينا غورغييفا.";
    let per = found(t, EntityType::Per);
    assert!(per.contains(&"أكينوومي أديسينا".to_string()) && per.contains(&"كريستالينا غورغييفا".to_string()), "{:?}", all(t));
}

/// "His Hungarian counterpart" before the name is a role, no person.
#[test]
fn a_counterpart_and_his_country_are_no_person() {
    let t = "وأضاف لافروف في مؤتمر صحفي مع نظيره الهنغاري بيتر سيارتو أن الكرملين لم يتلق أي مقترح جديد من كييف.";
    assert_eq!(found(t, EntityType::Per), ["لافروف", "بيتر سيارتو"], "{:?}", all(t));
}

/// A port's or an airport's town the tagger took for a person or a work after the head.
#[test]
fn a_ports_town_taken_for_a_person() {
    let t = "وقال مسؤول إن صادرات النفط عبر ميناء جيهان التركي ستستأنف، وإن الرحلات عبر مطار ديان الدولي متوقفة.";
    assert_eq!(found(t, EntityType::Loc), ["جيهان", "ديان"], "{:?}", all(t));
    // (A port named after a person keeps the person's name.)
    let t = "وصلت الشحنة إلى ميناء الملك عبد الله على البحر الأحمر.";
    assert!(found(t, EntityType::Loc).iter().all(|s| s != "عبد الله"), "{:?}", all(t));
}

/// A camp named by an indefinite word that looks like a name, whatever the big name
/// lists hold (زمزم is also a given name there); not a camp described by an adjective.
#[test]
fn a_camp_named_by_an_indefinite_word() {
    let t = "وقالت المنسقة إن المجاعة باتت واقعا في مخيم زمزم للنازحين.";
    assert_eq!(found(t, EntityType::Loc), ["زمزم"], "{:?}", all(t));
    let t = "ونقل الجرحى إلى مخيم مؤقت أقامته المنظمة، ثم إلى مخيم يضم خمسة آلاف نازح، ثم إلى مخيم قصفته الطائرات.";
    assert!(found(t, EntityType::Loc).is_empty(), "{:?}", all(t));
}

/// An oil field named by a definite word, where oil is spoken of; not a minefield, a
/// wheat field or a field of study.
#[test]
fn an_oil_field_named_by_a_definite_word() {
    let t = "أعلنت المؤسسة الوطنية للنفط استئناف الإنتاج في حقل الشرارة، فيما اكتشفت مؤسسة البترول الكويتية النفط في حقل النوخذة البحري.";
    assert_eq!(found(t, EntityType::Loc), ["حقل الشرارة", "حقل النوخذة"], "{:?}", all(t));
    let t = "انفجر لغم في حقل الألغام قرب الحدود، وقال إن حقل التعليم يحتاج إلى النفط والغاز أيضا.";
    assert!(found(t, EntityType::Loc).is_empty(), "{:?}", all(t));
}

/// Places listed after a plural kind of place: each word of the list is a place, also
/// one the tagger took for a person or one that is also an ordinary word.
#[test]
fn places_listed_after_a_plural_kind_of_place() {
    let t = "وأعلن الجيش أن وحداته انتشرت في بلدات الخيام وكفركلا والعديسة في قضاء مرجعيون.";
    assert_eq!(found(t, EntityType::Loc), ["الخيام", "كفركلا", "العديسة", "مرجعيون"], "{:?}", all(t));
    // (Places of two words whose first begins places' names.)
    let t = "وقال المتحدث إن قوات الحزام الأمني انتشرت في مديريات المنصورة والشيخ عثمان وخور مكسر.";
    assert_eq!(found(t, EntityType::Loc), ["المنصورة", "الشيخ عثمان", "خور مكسر"], "{:?}", all(t));
    // (A listed town in ي is a place there, not an adjective.)
    let t = "وأكد المعهد أن درجات الحرارة ستتجاوز 45 درجة في ولايات قبلي وتوزر وقفصة.";
    assert_eq!(found(t, EntityType::Loc), ["قبلي", "توزر", "قفصة"], "{:?}", all(t));
    // (Not a list of things: بلدات كثيرة, قرى الجنوب والشمال.)
    let t = "وتضررت قرى كثيرة ومدن أخرى في الشمال والجنوب.";
    assert!(found(t, EntityType::Loc).is_empty(), "{:?}", all(t));
}

/// A foreign name the tagger takes for a person between a company's head and a country's
/// adjective in the feminine, which agrees with the head, is the company.
#[test]
fn a_company_named_like_a_person_before_its_country() {
    let t = "وأعلنت مجموعة يانسن فيلدمان الهولندية أنها ستفتتح مكتبا في الدوحة، فيما قالت شركة كارل برانتينغ السويدية إنها تدرس السوق.";
    assert_eq!(found(t, EntityType::Org), ["يانسن فيلدمان", "كارل برانتينغ"], "{:?}", all(t));
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
}

/// A free zone named by its place (منطقة X الحرة, المنطقة الحرة لـX, منطقة X الدولية
/// للتجارة الحرة) is the zone, not the town.
#[test]
fn free_zones_named_by_their_places() {
    let t = "افتتحت الشركة مستودعا في منطقة الحمرية الحرة، وآخر في المنطقة الحرة لبورسعيد، وثالثا في منطقة طنجة الدولية للتجارة الحرة.";
    assert_eq!(found(t, EntityType::Org), ["منطقة الحمرية الحرة", "المنطقة الحرة لبورسعيد", "منطقة طنجة الدولية للتجارة الحرة"], "{:?}", all(t));
    assert!(found(t, EntityType::Loc).is_empty(), "{:?}", all(t));
}

/// A currency named by a country whose name is its own adjective (فرنك جيبوتي) is one
/// unit: the quantity takes the country the tagger found after it.
#[test]
fn a_currency_of_a_country_named_like_its_adjective() {
    let t = "وبلغت كلفة الرصيف الجديد 4.2 مليار فرنك جيبوتي، بحسب وزير المالية.";
    assert_eq!(found(t, EntityType::Quantity), ["4.2 مليار فرنك جيبوتي"], "{:?}", all(t));
    assert!(found(t, EntityType::Loc).is_empty(), "{:?}", all(t));
}

/// An airline named "the air lines" and its country's adjective, after ل too.
#[test]
fn air_lines_of_a_country() {
    let t = "وأعلنت الخطوط الجوية الكينية أنها ستسير رحلات إلى جدة، في شراكة مماثلة للشراكة التي وقعتها سابقا للخطوط الجوية الإثيوبية.";
    assert_eq!(found(t, EntityType::Org), ["الخطوط الجوية الكينية", "لخطوط الجوية الإثيوبية"], "{:?}", all(t));
}

/// A port named by a direction and its town (ميناء غرب بورسعيد) is the place with the
/// direction.
#[test]
fn a_port_named_with_a_direction() {
    let t = "ورست السفينة في ميناء غرب بورسعيد بعد أن أفرغت حمولتها بميناء شرق بورسعيد.";
    assert_eq!(found(t, EntityType::Loc), ["غرب بورسعيد", "شرق بورسعيد"], "{:?}", all(t));
}

/// A body's second field may end with "free" (والمناطق الحرة), and a country whose name
/// ends in ي is its own adjective (الجيبوتية) where general Arabic has no other use for
/// the word (not المالية, "financial").
#[test]
fn free_areas_as_a_second_field_and_a_country_named_like_its_adjective() {
    let t = "وقالت هيئة الموانئ والمناطق الحرة الجيبوتية إن الرصيف سيفتتح قريبا، فيما نشرت وزارة المالية الأرقام.";
    assert_eq!(found(t, EntityType::Org), ["هيئة الموانئ والمناطق الحرة الجيبوتية", "وزارة المالية"], "{:?}", all(t));
}

/// Two places the tagger reads as one over a ب of the article between them (الخليج
/// بالبحر الأحمر) are two places.
#[test]
fn two_places_joined_by_b() {
    let t = "وقال الوزير إن الممر البحري الجديد سيربط الخليج بالبحر الأحمر خلال عامين.";
    assert_eq!(found(t, EntityType::Loc), ["الخليج", "البحر الأحمر"], "{:?}", all(t));
}

/// A day and month after a head of facilities names the place (ملعب 5 جويلية, شارع 26
/// يوليو): one LOC with its head, no date.
#[test]
fn places_named_after_a_day() {
    let t = "وفاز الفريق بهدفين دون رد بملعب 5 جويلية، قبل أن يسير في شارع 26 يوليو يوم 12 مايو.";
    assert_eq!(found(t, EntityType::Loc), ["ملعب 5 جويلية", "شارع 26 يوليو"], "{:?}", all(t));
    assert_eq!(found(t, EntityType::Date), ["12 مايو"], "{:?}", all(t));
}

/// A person's name never ends with ولد or بن: the father's name after it is the name's,
/// also a word general Arabic knows (أبوه).
#[test]
fn a_name_never_ends_with_son_of() {
    let t = "وقدم وزير الاقتصاد والمالية سيد أحمد ولد أبوه عرضا أمام النواب حول الميزانية.";
    assert_eq!(found(t, EntityType::Per), ["سيد أحمد ولد أبوه"], "{:?}", all(t));
}

/// A ministry named without "public" (وزارة الصحة) is another article's وزارة الصحة
/// العامة without a country's adjective only where that article names the country the
/// other names most: an Iraqi wire's ministry is not a Lebanese site's.
#[test]
fn a_ministry_without_public_in_another_countrys_report() {
    let a = "بغداد - أعلنت وزارة الصحة أن مستشفيات العراق استقبلت 300 مصاب بالحمى خلال أسبوع.";
    let b = "قالت وزارة الصحة العامة إن لبنان سجل عشر إصابات، وإن المستشفيات اللبنانية مستعدة.";
    let c = "وأكدت وزارة الصحة أن المختبرات في لبنان تعمل بكامل طاقتها.";
    let an = isnad::entities::link_articles(&[("a", a), ("b", b), ("c", c)]);
    let id = |k: usize, t: &str, s: &str| an.articles[k].entities.iter().find(|m| &t[m.start..m.end] == s).map(|m| m.id.clone()).unwrap_or_else(|| panic!("{s} not found in {t}"));
    assert_ne!(id(0, a, "وزارة الصحة"), id(1, b, "وزارة الصحة العامة"));
    // (A report that names Lebanon names its ministry so.)
    let an = isnad::entities::link_articles(&[("b", b), ("c", c)]);
    let id = |k: usize, t: &str, s: &str| an.articles[k].entities.iter().find(|m| &t[m.start..m.end] == s).map(|m| m.id.clone()).unwrap_or_else(|| panic!("{s} not found in {t}"));
    assert_eq!(id(1, c, "وزارة الصحة"), id(0, b, "وزارة الصحة العامة"));
}
/// The particle غير before an adjective after a counted noun (30 صيدلية غير مرخصة)
/// says how the things are, not what they are.
#[test]
fn a_negating_particle_after_a_counted_noun() {
    let text = "وأغلقت البلدية 30 صيدلية غير مرخصة، فيما قالت إن 14 جامعة تشارك في الحملة.";
    assert_eq!(found(text, EntityType::Quantity), ["30 صيدلية", "14 جامعة"], "{:?}", all(text));
    // (A verbal noun of the sixth form, which general Arabic writes with the article,
    // still says what the counted thing is.)
    let text = "ووقع الجانبان 5 اتفاقيات تعاون في مجال الطاقة.";
    assert_eq!(found(text, EntityType::Quantity), ["5 اتفاقيات تعاون"], "{:?}", all(text));
}
/// A verb of the third form in ت after a counted noun (12 دولة تشارك) is what the
/// things do: not in the quantity.
#[test]
fn a_third_form_verb_after_a_counted_noun() {
    let text = "وقالت الوزارة إن 12 دولة تشارك في المناورات البحرية.";
    assert_eq!(found(text, EntityType::Quantity), ["12 دولة"], "{:?}", all(text));
}
#[test]
fn baghdads_sadr_city_and_jordans_research_society_are_known() {
    let text = "وزار الوفد مدينة الصدر شرقي بغداد، بعد لقاء مع خبراء الجمعية العلمية الملكية في عمان.";
    assert!(found(text, EntityType::Loc).contains(&"مدينة الصدر".to_string()), "{:?}", all(text));
    assert!(found(text, EntityType::Org).contains(&"الجمعية العلمية الملكية".to_string()), "{:?}", all(text));
}
/// A foreign w or v written ف in one report and و in another, inside a name, is one
/// person.
#[test]
fn a_foreign_v_written_waw_or_fa_links() {
    let a = "وقال الخبير السويدي أولوف برينكفيست إن العينات ستحلل في ستوكهولم.";
    let b = "وأضاف أولوف برينكويست أن النتائج ستنشر الشهر المقبل.";
    let an = isnad::entities::link_articles(&[("a", a), ("b", b)]);
    let id = |k: usize, t: &str, s: &str| an.articles[k].entities.iter().find(|m| &t[m.start..m.end] == s).map(|m| m.id.clone()).unwrap_or_else(|| panic!("{s} not found in {:?}", all(t)));
    assert_eq!(id(0, a, "أولوف برينكفيست"), id(1, b, "أولوف برينكويست"));
}
/// A body named by one foreign word, written with ز in one report and س in another,
/// is one body.
#[test]
fn a_one_word_foreign_body_in_two_spellings_links() {
    let a = "وقالت شركة \"بيرزانو\" الإيطالية إنها ستورد الأجهزة قبل نهاية العام.";
    let b = "وأكد مدير شركة \"بيرسانو\" أن الأجهزة وصلت إلى الميناء.";
    let an = isnad::entities::link_articles(&[("a", a), ("b", b)]);
    let id = |k: usize, t: &str, s: &str| an.articles[k].entities.iter().find(|m| &t[m.start..m.end] == s).map(|m| m.id.clone()).unwrap_or_else(|| panic!("{s} not found in {:?}", all(t)));
    assert_eq!(id(0, a, "بيرزانو"), id(1, b, "بيرسانو"));
}

/// The countryside of a place (ريف + a town) is marked as the town, also where the
/// tagger took ريف alone and left the town out.
#[test]
fn a_town_after_the_tagger_s_countryside_alone() {
    let text = "ويستقبل المستشفى مرضى من ريف إدلب ودرعا يصلون يوميا.";
    assert!(found(text, EntityType::Loc).contains(&"إدلب".to_string()), "{:?}", all(text));
    assert!(!found(text, EntityType::Loc).contains(&"ريف".to_string()), "{:?}", all(text));
}

/// A border crossing named by one definite word after معبر, with no "border" adjective
/// after it, is marked as its town, whatever the word means alone (المصنع, "the
/// factory"); a crossing's kind (معبر المشاة) is no town.
#[test]
fn a_crossing_by_one_definite_word_without_border() {
    let text = "وعادت الشاحنات اللبنانية إلى العبور من معبر المصنع بعد أسبوع من الإغلاق.";
    assert!(found(text, EntityType::Loc).contains(&"المصنع".to_string()), "{:?}", all(text));
    let text = "وأغلقت السلطات معبر المشاة أمام الطلاب.";
    assert!(found(text, EntityType::Loc).is_empty(), "{:?}", all(text));
}

/// A byline line of the city the writer files from, a dash and the writer's name alone
/// (a family name that is also a word, الخطيب "the preacher"): the writer.
#[test]
fn a_byline_after_its_city_and_a_dash() {
    let text = "الزرقاء - سامر الخطيب\nأعلنت وزارة المياه أمس عن خطة جديدة لتوزيع المياه في الصيف.";
    assert!(found(text, EntityType::Per).contains(&"سامر الخطيب".to_string()), "{:?}", all(text));
}

/// A law, decree or resolution named by its number, with the year it is of: one MISC
/// name, no date inside it.
#[test]
fn laws_named_by_their_number() {
    let t = "وينص القانون رقم (7) لسنة 2005 على حماية العمال، فيما صدر المرسوم التشريعي رقم 5 لعام 2023 في دمشق، وصادق المجلس على القانون رقم 03.23، تطبيقا للقرار 2216.";
    assert_eq!(found(t, EntityType::Misc), ["القانون رقم (7) لسنة 2005", "المرسوم التشريعي رقم 5 لعام 2023", "القانون رقم 03.23", "لقرار 2216"], "{:?}", all(t));
    assert!(found(t, EntityType::Date).is_empty(), "{:?}", all(t));
    // (A law's year after it without رقم is a date.)
    let t = "وأقر البرلمان قانون 2024 في جلسة الأحد.";
    assert!(found(t, EntityType::Misc).is_empty(), "{:?}", all(t));
}

/// A country whose name ends in ي and takes no article (جيبوتي) is, with the article,
/// the masculine adjective after the noun it qualifies: no place; the country itself,
/// without the article, still is.
#[test]
fn a_definite_masculine_adjective_of_a_country_in_ya_is_no_place() {
    let t = "واستقبل الوزير الجيبوتي نظيره الصومالي في جيبوتي، فيما اتصل بنظيره الجيبوتي وزير آخر.";
    let places = found(t, EntityType::Loc);
    assert_eq!(places, ["جيبوتي"], "{:?}", all(t));
}

/// A listed body's short name that is also an ordinary word (الإيقاد, "the kindling") is
/// the body where it stands alone between quote marks; unquoted it stays the word.
#[test]
fn a_listed_body_that_is_a_word_in_quote_marks() {
    let t = "واتهم الرئيس في خطابه «الإيقاد» بالانحياز، ودعا إلى الإيقاد المبكر للمدافئ.";
    let orgs = found(t, EntityType::Org);
    assert_eq!(orgs, ["الإيقاد"], "{:?}", all(t));
    let at = t.find("«الإيقاد»").unwrap() + "«".len();
    assert!(entities(t).iter().any(|e| e.kind == EntityType::Org && e.start == at), "{:?}", all(t));
}

/// West Africa's community by its Arabic acronym with the article, Ethiopia's airline and
/// Eritrea's capital in its two spellings, one entity.
#[test]
fn ecowas_ethiopian_airlines_and_asmara() {
    let t = "وقالت الإيكواس إن الخطوط الجوية الإثيوبية علقت رحلاتها إلى أسمرة، ثم عادت إلى أسمرا.";
    let f = all(t);
    assert!(f.iter().any(|(x, y)| x == "الإيكواس" && *y == EntityType::Org), "{f:?}");
    assert!(f.iter().any(|(x, y)| x == "الخطوط الجوية الإثيوبية" && *y == EntityType::Org), "{f:?}");
    let e = entities(t);
    let ids: Vec<_> = e.iter().filter(|m| m.kind == EntityType::Loc).map(|m| m.id.clone()).collect();
    assert_eq!(ids.len(), 2, "{f:?}");
    assert_eq!(ids[0], ids[1], "{f:?}");
}

/// A hotel named by a chain's or a foreign name keeps its head (فندق كمبينسكي), with a
/// proclitic before it left out; a name in quote marks after the head is the quoted words.
#[test]
fn hotels_keep_their_head_and_quoted_names_are_the_quotes() {
    let t = "وعقد الاجتماع في فندق كمبينسكي، ثم انتقل الوفد إلى فندق «غولدن توليب بلازا» وسط المدينة.";
    let places = found(t, EntityType::Loc);
    assert!(places.contains(&"فندق كمبينسكي".to_string()), "{:?}", all(t));
    assert!(places.contains(&"غولدن توليب بلازا".to_string()), "{:?}", all(t));
}

/// A person's name does not end with و and a country's definite adjective that begins
/// the next person's description (نظيريه الجيبوتي فلان والإريتري فلان).
#[test]
fn a_person_ends_before_waw_and_a_countrys_adjective() {
    let t = "وأجرى الوزير اتصالين بنظيريه الجيبوتى داود أحمد فارح والإريترى إدريس سيوم، تناولا الأوضاع.";
    let people = found(t, EntityType::Per);
    assert!(people.contains(&"داود أحمد فارح".to_string()), "{:?}", all(t));
    assert!(people.contains(&"إدريس سيوم".to_string()), "{:?}", all(t));
}

/// A listed body's one word that is also an ordinary word (الإيجاد, "the finding") is the
/// body after قمة or مؤتمر, whose complement is a body; alone it stays the word.
#[test]
fn a_listed_body_that_is_a_word_after_a_summit() {
    let t = "وكانت قمة الإيجاد قد دعت إلى الإيجاد السريع للحلول.";
    let orgs = found(t, EntityType::Org);
    assert_eq!(orgs, ["الإيجاد"], "{:?}", all(t));
    assert!(entities(t).iter().any(|e| e.kind == EntityType::Org && e.start == t.find("الإيجاد").unwrap()), "{:?}", all(t));
}

/// A person's name never holds a preposition, nor a definite weekday before one: the
/// weekday after the subject is a date, and the name after the preposition is its own
/// (استمع القاضي رامي الحلو الخميس إلى سليم عواد). A weekday ending a name before
/// anything else stays, a family name too (محمد الجمعة).
#[test]
fn a_weekday_and_a_preposition_end_a_name() {
    let t = "واستمع القاضي رامي الحلو الخميس إلى سليم عواد في مكتبه، فيما قال المدير محمد الجمعة إن الملف اكتمل.";
    assert_eq!(found(t, EntityType::Per), ["رامي الحلو", "سليم عواد", "محمد الجمعة"], "{:?}", all(t));
    assert_eq!(found(t, EntityType::Date), ["الخميس"], "{:?}", all(t));
}

/// An Iraqi sub-district's head, ناحية, before a word general Arabic does not know:
/// the place (ناحية سفوان), as after بلدية.
#[test]
fn places_after_a_sub_district() {
    let t = "وتحولت مواقع أخرى في ناحية سفوان إلى هياكل متروكة.";
    assert_eq!(found(t, EntityType::Loc), ["سفوان"], "{:?}", all(t));
}

/// A definite institution after و and ل, its article's alef elided, one body of a list
/// (وللنيابة العامة التمييزية): marked from the article's ل, as after ل alone.
#[test]
fn definite_bodies_after_waw_and_lam() {
    let t = "وأرسل المحافظ نسخة من التقرير إلى الوزير وللنيابة العامة التمييزية وللمديرية العامة للأمن الوطني.";
    assert_eq!(found(t, EntityType::Org), ["لنيابة العامة التمييزية", "لمديرية العامة للأمن الوطني"], "{:?}", all(t));
}

/// An investigation court named by its district (محكمة تحقيق الكرخ), as a court of
/// appeal or of felonies is: one body with its kind and its town.
#[test]
fn investigation_courts_of_towns() {
    let t = "وأوقف المتهم بموجب مذكرة قبض صادرة عن محكمة تحقيق الكرخ في بغداد.";
    assert_eq!(found(t, EntityType::Org), ["محكمة تحقيق الكرخ"], "{:?}", all(t));
}

/// A law's number and year after its name are the name's (قانون الاستثمار رقم (13)
/// لسنة 2006), one MISC over the year the date rules would take.
#[test]
fn a_law_with_its_number_and_year() {
    let t = "وطبقت المحكمة المادة 12 من قانون الاستثمار رقم (13) لسنة 2006 على الشركة.";
    assert_eq!(found(t, EntityType::Misc), ["قانون الاستثمار رقم (13) لسنة 2006"], "{:?}", all(t));
    assert!(found(t, EntityType::Date).is_empty(), "{:?}", all(t));
}

/// العام after an office it qualifies is "general", no year: المدير العام السابق is the
/// former director general, no date; العام الماضي alone stays one.
#[test]
fn general_after_an_office_is_no_year() {
    let t = "وقال المدير العام السابق للشركة إن العام الماضي كان صعبا، فيما زار الأمين العام المقبل المدينة.";
    assert_eq!(found(t, EntityType::Date), ["العام الماضي"], "{:?}", all(t));
}

/// A military unit named by its number after its head is one body, not a count of the
/// word after the number.
#[test]
fn units_named_by_their_number() {
    let t = "اندلعت اشتباكات بين جهاز دعم الاستقرار واللواء 444 قتال في منطقة أبوسليم، فيما تدخلت الكتيبة 101.";
    let org = found(t, EntityType::Org);
    assert!(org.iter().any(|s| s.ends_with("اللواء 444 قتال")) && org.contains(&"الكتيبة 101".to_string()), "{:?}", all(t));
    assert!(found(t, EntityType::Quantity).is_empty(), "{:?}", all(t));
    // (The rank before a name stays a title.)
    let t = "وقال اللواء أحمد المسماري إن 300 جندي وصلوا.";
    assert_eq!(found(t, EntityType::Quantity), ["300 جندي"], "{:?}", all(t));
}

/// A battle front named by its place is the place; a movement's front is a body.
#[test]
fn a_front_named_by_its_place() {
    let t = "قتل قائد عسكري بارز بهجوم على جبهة صرواح غرب مأرب، فيما أعلنت جبهة البوليساريو موقفها.";
    assert!(found(t, EntityType::Loc).contains(&"صرواح".to_string()), "{:?}", all(t));
    assert!(found(t, EntityType::Org).iter().all(|s| s != "جبهة صرواح"), "{:?}", all(t));
}

/// A crossing named by a town of two words whose first begins places' names is the
/// town, as a crossing by a town of one word is.
#[test]
fn a_crossing_named_by_a_town_of_two_words() {
    let t = "وأكد الجانبان أهمية إعادة فتح معبر باب الهوى، فيما عبرت الشاحنات بمعبر رأس جدير.";
    assert_eq!(found(t, EntityType::Loc), ["باب الهوى", "رأس جدير"], "{:?}", all(t));
}

/// A foreign given name after the preposition ل, which the stemmer left on because
/// general Arabic does not know the name: the person begins after ل.
#[test]
fn lam_before_a_listed_foreign_given_name() {
    let t = "وأعلن النادي التعاقد مع المدرب البرتغالي جوزيه جوميز خلفا لكريستيان جروس.";
    assert_eq!(found(t, EntityType::Per), ["جوزيه جوميز", "كريستيان جروس"], "{:?}", all(t));
    // (A given name beginning with ل stays whole.)
    let t = "وقالت لبنى الفاسي إن المشروع تأخر.";
    assert_eq!(found(t, EntityType::Per), ["لبنى الفاسي"], "{:?}", all(t));
}

#[test]
fn numbered_army_units_are_bodies() {
    // A brigade, a division named by its number and arm: a body, not a count of infantry.
    let text = "وصد مقاتلو اللواء 35 مدرع هجوما على مواقعهم، فيما تقدمت وحدات تابعة للواء 22 ميكا نحو الجبل.";
    let orgs = found(text, EntityType::Org);
    assert!(orgs.contains(&"اللواء 35 مدرع".to_string()), "{:?}", all(text));
    assert!(orgs.contains(&"لواء 22 ميكا".to_string()), "{:?}", all(text));
    assert!(!found(text, EntityType::Quantity).iter().any(|q| q.contains("35") || q.contains("22")), "{:?}", all(text));
    let text = "وأعلنت قيادة الجيش أن الفرقة 17 أعادت انتشارها، وأن 40 جنديا التحقوا بالكتيبة 9 قرب الحدود.";
    let orgs = found(text, EntityType::Org);
    assert!(orgs.contains(&"الفرقة 17".to_string()) && orgs.contains(&"الكتيبة 9".to_string()), "{:?}", all(text));
    assert_eq!(found(text, EntityType::Quantity), ["40 جنديا"], "{:?}", all(text));
}

#[test]
fn a_rank_before_a_family_name_alone_is_out() {
    // (A military rank before a family name with no given name: the name alone.)
    let text = "وأكد العميد البركاني أن الخسائر محدودة.";
    assert_eq!(found(text, EntityType::Per), ["البركاني"], "{:?}", all(text));
    let text = "وقال قائد القوة العميد سالم حمود البركاني إن الهجوم فشل، وأكد العميد البركاني أن الخسائر محدودة.";
    assert!(!found(text, EntityType::Per).iter().any(|p| p.starts_with("العميد")), "{:?}", all(text));
}

#[test]
fn a_construct_body_keeps_its_nouns_adjective_and_its_country() {
    // An adjective agreeing with the definite noun the head governs, then the country's
    // adjective agreeing with the head: both in the body's name.
    let text = "وقالت هيئة عمليات التجارة البحرية البريطانية إن ربان السفينة أبلغ عن انفجار قربها.";
    assert!(found(text, EntityType::Org).contains(&"هيئة عمليات التجارة البحرية البريطانية".to_string()), "{:?}", all(text));
}

#[test]
fn a_kunya_after_nicknamed_is_the_person_named_before() {
    use isnad::entities::link_articles;
    let text = "وأعلن الجيش مقتل القيادي الميداني صالح ناجي الهمداني، المكنى \"أبو ياسر\"، في المعارك.";
    let an = link_articles(&[("a", text)]);
    let id = |s: &str| an.articles[0].entities.iter().find(|m| &text[m.start..m.end] == s).map(|m| m.id.clone()).unwrap_or_else(|| panic!("{s} in {:?}", all(text)));
    assert_eq!(id("صالح ناجي الهمداني"), id("أبو ياسر"));
}

#[test]
fn hills_and_junctions_keep_their_heads() {
    let text = "وتقدمت القوات نحو تبة الخضراء، ثم سيطرت على مفرق العلم بعد معارك عنيفة.";
    let locs = found(text, EntityType::Loc);
    assert!(locs.contains(&"تبة الخضراء".to_string()) && locs.contains(&"مفرق العلم".to_string()), "{:?}", all(text));
    // (A crossroads of roads is none.)
    let text = "ووقف الجنود عند مفرق الطرق ينتظرون الأوامر.";
    assert!(found(text, EntityType::Loc).is_empty(), "{:?}", all(text));
}

#[test]
fn places_after_a_front_or_a_district_are_the_places() {
    let text = "واندلعت مواجهات عنيفة في جبهة مأرب، فيما قصفت المدفعية قرى في مديرية صرواح.";
    let locs = found(text, EntityType::Loc);
    assert!(locs.contains(&"مأرب".to_string()) && locs.contains(&"صرواح".to_string()), "{:?}", all(text));
    assert!(found(text, EntityType::Org).is_empty(), "{:?}", all(text));
    // (A directorate of a field is a body: no place.)
    let text = "وقالت مديرية التربية في المحافظة إن المدارس ستغلق.";
    assert!(found(text, EntityType::Loc).is_empty(), "{:?}", all(text));
}

#[test]
fn yemens_forces_are_known_bodies() {
    let text = "وقالت مصادر إن تعزيزات من ألوية العمالقة وصلت إلى المدينة، فيما انتشرت وحدات تابعة لقوات درع الوطن وقوات المقاومة الوطنية على الساحل.";
    let orgs = found(text, EntityType::Org);
    for name in ["ألوية العمالقة", "قوات درع الوطن", "قوات المقاومة الوطنية"] {
        assert!(orgs.contains(&name.to_string()), "{name}: {:?}", all(text));
    }
}

#[test]
fn military_regions_are_bodies() {
    let text = "وقال قائد المنطقة العسكرية الرابعة إن وحدات من المنطقة العسكرية الشمالية وصلت، بإسناد من مدفعية بالمنطقة العسكرية الأولى.";
    let orgs = found(text, EntityType::Org);
    for name in ["المنطقة العسكرية الرابعة", "المنطقة العسكرية الشمالية", "المنطقة العسكرية الأولى"] {
        assert!(orgs.contains(&name.to_string()), "{name}: {:?}", all(text));
    }
}

#[test]
fn the_armed_forces_are_a_body() {
    let text = "وأعلنت القوات المسلحة السودانية استعادة البلدة، وقال الناطق الرسمي للقوات المسلحة إن العمليات مستمرة.";
    let orgs = found(text, EntityType::Org);
    assert!(orgs.contains(&"القوات المسلحة السودانية".to_string()) && orgs.contains(&"لقوات المسلحة".to_string()), "{:?}", all(text));
}

#[test]
fn a_ships_two_spellings_are_one_ship() {
    use isnad::entities::link_articles;
    let a = "وأعلنت الشركة أن السفينة \"ساليندا ستار\" أصيبت بمقذوف قرب الساحل.";
    let b = "وقالت البحرية إن السفينة \"سالندا ستار\" واصلت رحلتها.";
    let an = link_articles(&[("a", a), ("b", b)]);
    let id = |k: usize, t: &str, s: &str| an.articles[k].entities.iter().find(|m| &t[m.start..m.end] == s).map(|m| m.id.clone()).unwrap_or_else(|| panic!("{s} in {:?}", all(t)));
    assert_eq!(id(0, a, "ساليندا ستار"), id(1, b, "سالندا ستار"));
}

/// A river named with نهر and one word is the word named alone in the same text; a
/// country named alone is not the river named after it.
#[test]
fn a_river_with_and_without_its_head() {
    let t = "وانخفض منسوب نهر دجلة في الموصل، ويقول الصيادون إن مياه دجلة لم تنخفض هكذا منذ عقود. ويمر نهر النيجر عبر مالي قبل أن يدخل النيجر.";
    let es = entities(t);
    let id = |s: &str| es.iter().find(|e| &t[e.start..e.end] == s).map(|e| e.id.clone());
    assert!(id("نهر دجلة").is_some(), "{:?}", all(t));
    assert_eq!(id("نهر دجلة"), id("دجلة"), "{:?}", all(t));
    assert!(id("نهر النيجر").is_some() && id("النيجر").is_some(), "{:?}", all(t));
    assert_ne!(id("نهر النيجر"), id("النيجر"), "{:?}", all(t));
}

/// A marsh of southern Iraq named with its head هور and a definite word is a place with
/// its head, as a lake with بحيرة.
#[test]
fn a_marsh_with_its_head() {
    let t = "وعاد الصيادون إلى هور الحمار بعد موسم الأمطار، فيما لا يزال هور الحويزة يعاني الجفاف.";
    let got = all(t);
    assert!(got.contains(&("هور الحمار".to_string(), EntityType::Loc)), "{got:?}");
    assert!(got.contains(&("هور الحويزة".to_string(), EntityType::Loc)), "{got:?}");
}

/// A concentration or a price by a measure (per litre, per tonne) is one quantity with
/// its unit.
#[test]
fn a_quantity_per_litre_or_tonne() {
    let t = "وسجلت المختبرات 9 غرامات من الأملاح في اللتر ثم 14 غراما في اللتر، فيما بلغ سعر القمح 260 دولارا في الطن.";
    let got = found(t, EntityType::Quantity);
    assert!(got.contains(&"14 غراما في اللتر".to_string()) && got.contains(&"260 دولارا في الطن".to_string()), "{:?}", all(t));
}

/// A definite head and a given name the tagger read as a body (للمنظمة تيدروس), with
/// the rest of the person right after it: the person begins at the given name, and no
/// canonical name runs on from the head into it.
#[test]
fn a_head_and_a_given_name_before_the_rest_of_the_person() {
    let t = "جنيف - حذرت منظمة الصحة العالمية من تفشي وباء الكوليرا في السودان، مشيرة إلى تسجيل أكثر من 2,400 حالة وفاة منذ أغسطس 2024.\nوقال المدير العام للمنظمة تيدروس أدهانوم غيبريسوس في مؤتمر صحفي إن الوضع \"مقلق للغاية\".\nوأضافت ممثلة المنظمة في السودان شبل صهباني أن ولايات الخرطوم والجزيرة وكسلا هي الأكثر تضررا.";
    let per = found(t, EntityType::Per);
    assert!(per.contains(&"تيدروس أدهانوم غيبريسوس".to_string()), "{:?}", all(t));
    let es = entities(t);
    assert!(es.iter().all(|e| !e.canonical.contains("تيدروس") || e.kind == EntityType::Per), "{es:?}");
}

/// A storm named after its head is MISC, as the gold marks cyclones, not a person.
#[test]
fn a_storm_named_after_its_head() {
    let t = "وتعرضت درنة في سبتمبر 2023 لفيضانات مدمرة إثر العاصفة دانيال التي أدت إلى انهيار سدين.";
    assert_eq!(found(t, EntityType::Misc), ["دانيال"], "{:?}", all(t));
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
}

/// The UAE's national railway company is a well-known body, in quote marks or not.
#[test]
fn the_uae_railway_company_is_known() {
    let t = "وتشارك \"الاتحاد للقطارات\" الإماراتية في المشروع، فيما أعلنت الاتحاد للقطارات أمس تشغيل خط الشحن.";
    let got = all(t);
    assert_eq!(got.iter().filter(|g| g.0 == "الاتحاد للقطارات" && g.1 == EntityType::Org).count(), 2, "{got:?}");
}

/// A body after a title that the tagger ran on into its head's foreign name: the body
/// ends at its definite last word and the two foreign words after it are the person.
#[test]
fn a_foreign_head_after_the_body_he_heads() {
    let t = "وأكد رئيس البنك الأفريقي للتنمية أكينوومي أديسينا أن الهجمات رفعت كلفة الشحن إلى القارة.";
    assert_eq!(found(t, EntityType::Org), ["البنك الأفريقي للتنمية"], "{:?}", all(t));
    assert_eq!(found(t, EntityType::Per), ["أكينوومي أديسينا"], "{:?}", all(t));
}

/// Clubs named by a word general Arabic uses too (النصر, الوحدة, الشباب), on both
/// sides of a match's verb or after "his guest" in a sentence about a game; a mention
/// that ran on over "his rival" ends before it; the score's words name nothing.
#[test]
fn clubs_on_both_sides_of_a_match() {
    let t = "وتعادل الاتحاد مع الشباب سلبيا، فيما خسر الوحدة أمام ضيفه النصر بهدفين.";
    let org = found(t, EntityType::Org);
    for club in ["الاتحاد", "الشباب", "الوحدة", "النصر"] {
        assert!(org.contains(&club.to_string()), "{club}: {:?}", all(t));
    }
    let t = "ويلتقي الرجاء البيضاوي غريمه الوداد في الجولة المقبلة، بعدما سقط الأهلي في فخ التعادل أمام مضيفه سيراميكا كليوباترا.";
    let org = found(t, EntityType::Org);
    for club in ["الرجاء البيضاوي", "الوداد", "سيراميكا كليوباترا"] {
        assert!(org.contains(&club.to_string()), "{club}: {:?}", all(t));
    }
    let t = "وفاز النصر على الهلال بهدفين نظيفين.";
    assert_eq!(found(t, EntityType::Org), ["النصر", "الهلال"], "{:?}", all(t));
    // (Not outside a game, nor the verb's noun, nor an adjective before a name.)
    assert!(found("وتغلب الجيش على المسلحين في المعركة.", EntityType::Org).is_empty());
    let t = "وانتهت المباراة بالتعادل السلبي بين الفريقين، وفاز المنتخب على ضيفته المتواضعة أندورا بخماسية.";
    assert!(!found(t, EntityType::Org).iter().any(|o| o == "المتواضعة" || o == "السلبي"), "{:?}", all(t));
}

/// More of a match's sides: a side that "achieved a win", the other after the noun
/// of winning with its pronoun (فوزه على), a side before الذي and its verb, a derby
/// the tagger marked with both clubs; على before a foreign name is the preposition,
/// not the given name علي.
#[test]
fn clubs_of_wins_derbies_and_relatives() {
    let t = "حقق الهلال فوزا ثمينا في الجولة العاشرة، وابتعد بفارق خمس نقاط عن النصر الذي تغلب على الفتح بثلاثية نظيفة.";
    let org = found(t, EntityType::Org);
    for club in ["الهلال", "النصر", "الفتح"] {
        assert!(org.contains(&club.to_string()), "{club}: {:?}", all(t));
    }
    let t = "وتأهل الأهلي إلى دور الثمانية بعد فوزه على يانغ أفريكانز التنزاني 1-0 في القاهرة.";
    // (Its type stays the tagger's: after فوزه على a player may stand, فوزه على نادال.)
    assert!(all(t).iter().any(|(w, _)| w.starts_with("يانغ أفريكانز")), "{:?}", all(t));
    assert!(!all(t).iter().any(|(w, _)| w.starts_with("على")), "{:?}", all(t));
    let t = "وفي الدار البيضاء، انتهى ديربي الرجاء والوداد بالتعادل 1-1 في غياب الجماهير.";
    let org = found(t, EntityType::Org);
    assert!(org.contains(&"الرجاء".to_string()) && org.contains(&"الوداد".to_string()), "{:?}", all(t));
}

/// Eastern Chad's province and border town from the list of well-known names: وداي
/// whole, not و + داي, with final ى too; أدري after عن and after مدينة with ب.
#[test]
fn eastern_chad_province_and_border_town_are_places() {
    let t = "وتفقد حاكم ولاية وداي المخيمات التي تبعد 30 كيلومترا عن أدري.";
    let got = found(t, EntityType::Loc);
    assert!(got.contains(&"وداي".to_string()) && got.contains(&"أدري".to_string()), "{:?}", all(t));
    let t = "ووصلت القافلة ليلا بمدينة أدرى قادمة من عاصمة ولاية وداى.";
    let got = found(t, EntityType::Loc);
    assert!(got.contains(&"أدرى".to_string()) && got.contains(&"وداى".to_string()), "{:?}", all(t));
}

/// A commission named in full and then by its head alone, after a noun or ل: the
/// commission (as a union is); not before any commission is named.
#[test]
fn a_commission_named_again_by_its_head() {
    let t = "قالت مفوضية الأمم المتحدة السامية لشؤون اللاجئين إن ممثل المفوضية زار المخيم، وأكدت مصادر للمفوضية وصول الدفعة الأولى.";
    let orgs = found(t, EntityType::Org);
    assert_eq!(orgs.len(), 3, "{:?}", all(t));
    assert!(orgs.contains(&"المفوضية".to_string()), "{:?}", all(t));
    let ids: Vec<String> = entities(t).into_iter().filter(|e| e.kind == EntityType::Org).map(|e| e.id).collect();
    assert!(ids.iter().all(|id| *id == ids[0]), "{ids:?}");
    let t = "وقال رئيس المفوضية إن الاقتراع سيجري في موعده.";
    assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
}

/// A country the tagger ran on over the whole person after it (an office in a country
/// and its holder's foreign name): the country, then the person.
#[test]
fn a_country_before_the_person_holding_an_office_there() {
    let t = "وقال ممثل المفوضية في تشاد لوران بيرتييه إن الوضع صعب.";
    assert!(found(t, EntityType::Per).contains(&"لوران بيرتييه".to_string()), "{:?}", all(t));
    assert!(found(t, EntityType::Loc).contains(&"تشاد".to_string()), "{:?}", all(t));
}

/// A participle that governs ب written apart (بـ before a number) says how the counted
/// things are, not what they are: out of the quantity, as محملة بالقمح is.
#[test]
fn a_participle_before_ba_written_apart_ends_no_quantity() {
    let t = "ووصلت قافلة من 25 شاحنة محملة بـ 400 طن من الذرة.";
    assert_eq!(found(t, EntityType::Quantity), ["25 شاحنة", "400 طن"], "{:?}", all(t));
}

/// A Gulf Red Crescent named with its head هيئة and its country's adjective: one body.
#[test]
fn a_red_crescent_authority_with_its_head() {
    let t = "ونقلت الوكالة عن هيئة الهلال الأحمر الإماراتي أن الشحنة ستوزع على الأسر.";
    assert!(found(t, EntityType::Org).contains(&"هيئة الهلال الأحمر الإماراتي".to_string()), "{:?}", all(t));
}

/// An outlet named by a word and نيوز that a speaker talks to: without the ل the
/// tokenizer left on a word general Arabic does not know (لشفق نيوز), and a person
/// the tagger ran on into its first word after ل ends before it (للسومرية نيوز); a
/// listed outlet the tagger began at the ل and cut short is the listed name.
#[test]
fn outlets_spoken_to_after_lam() {
    let t = "وقال النائب سعد محمد الجبوري لشفق نيوز إن الوزارة فشلت في إدارة الملف.";
    assert_eq!(found(t, EntityType::Org), ["شفق نيوز"], "{:?}", all(t));
    assert_eq!(found(t, EntityType::Per), ["سعد محمد الجبوري"], "{:?}", all(t));
    let t = "وقال المتحدث باسم الوزارة أحمد موسى للسومرية نيوز إن الإنتاج ارتفع.";
    assert_eq!(found(t, EntityType::Per), ["أحمد موسى"], "{:?}", all(t));
    assert_eq!(found(t, EntityType::Org), ["لسومرية نيوز"], "{:?}", all(t));
    let t = "وقال الوزير لسكاي نيوز عربية إن الاتفاق قريب.";
    assert_eq!(found(t, EntityType::Org), ["سكاي نيوز عربية"], "{:?}", all(t));
}

/// A ministry whose field the tagger took for the body, in a report that names the
/// field again (لجنة الكهرباء, ملف الكهرباء, قطاع الكهرباء): وزارة and the field are
/// one body.
#[test]
fn a_ministry_whose_field_the_tagger_took_alone() {
    let t = "«الوزير يتحدث عن الشبكة منذ سنوات»، قال عضو لجنة الكهرباء والطاقة النيابية النائب مثنى العيساوي.\nوقال المتحدث باسم الحكومة مهند الربيعي إن رئيس الوزراء \"يتابع ملف الكهرباء بشكل يومي\".\nوأصدرت وزارة الكهرباء بيانا بعد انتهاء الجلسة قالت فيه إن \"ما طرح سيؤخذ بعين الاعتبار\".\nوكان مجلس النواب قد صوت على قانون \"تنظيم قطاع الكهرباء\" في دورته السابقة.";
    assert!(found(t, EntityType::Org).contains(&"وزارة الكهرباء".to_string()), "{:?}", all(t));
    assert!(!found(t, EntityType::Org).contains(&"الكهرباء".to_string()), "{:?}", all(t));
}

/// A body's aim whose verbal noun takes its object after في goes on with it (الوكالة
/// الوطنية للتحكم في الطاقة), but not over a place after في, the body's seat.
#[test]
fn aims_with_their_object_after_fi() {
    let t = "ووقعت الوكالة الوطنية للتحكم في الطاقة مذكرة تفاهم مع نظيرتها الإيطالية.";
    assert_eq!(found(t, EntityType::Org), ["الوكالة الوطنية للتحكم في الطاقة"], "{:?}", all(t));
    let t = "وقال المركز الوطني للبحث في القاهرة إن المخزون تراجع.";
    assert_eq!(found(t, EntityType::Org), ["المركز الوطني للبحث"], "{:?}", all(t));
}

/// A project named in quote marks after its head, with up to three nouns between
/// (مشروع أنبوب الغاز "ساوث 2 كوريدور"), a number and a foreign word that only looks
/// like a future verb (ساوث) in it: one MISC name; a quoted clause after the project is
/// none.
#[test]
fn projects_named_in_quote_marks() {
    let t = "وتناول الطرفان مشروع أنبوب الغاز \"ساوث 2 كوريدور\" الذي سيربط البلدين.";
    assert_eq!(found(t, EntityType::Misc), ["ساوث 2 كوريدور"], "{:?}", all(t));
    let t = "وقال الوزير إن المشروع \"سيغير وجه المنطقة\" بحسب تعبيره.";
    assert!(found(t, EntityType::Misc).is_empty(), "{:?}", all(t));
}

/// After a military rank, a given name of the lists and a word the larger lists hold
/// as a name though general Arabic uses it too (رسول, "messenger") are the person,
/// in a sentence alone and in a report.
#[test]
fn a_ranked_person_whose_family_name_is_a_word() {
    let t = "وقال الناطق باسم القائد العام للقوات المسلحة اللواء يحيى رسول في بيان إن العملية جرت بالتنسيق مع قيادة العمليات المشتركة.";
    assert_eq!(found(t, EntityType::Per), ["يحيى رسول"], "{:?}", all(t));
    let t = "بغداد - أعلنت خلية الإعلام الأمني، الثلاثاء، مقتل أربعة إرهابيين بضربة جوية في وادي الشاي جنوب كركوك.\n".to_string() + t;
    assert_eq!(found(&t, EntityType::Per), ["يحيى رسول"], "{:?}", all(&t));
}

/// A country's air force or navy, with its adjectives or without (the gold's wheat
/// marks للقوات الجوية), سلاح الجو, and ground forces with the country's adjective:
/// one body; not the indefinite قوة جوية, nor القوات البرية alone.
#[test]
fn air_forces_and_navies() {
    let t = "وقالت القوات الجوية الملكية الأردنية إنها أسقطت مسيرة قرب الحدود.";
    assert_eq!(found(t, EntityType::Org), ["القوات الجوية الملكية الأردنية"], "{:?}", all(t));
    let t = "وأغار سلاح الجو الإسرائيلي على مواقع في الجنوب.";
    assert_eq!(found(t, EntityType::Org), ["سلاح الجو الإسرائيلي"], "{:?}", all(t));
    let t = "وأرسلت الدولة قوة جوية إلى المنطقة، وتقدمت القوات البرية نحو المدينة.";
    assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
}

/// A company named by a word general Arabic knows but seldom writes, right after an
/// indefinite شركة or مجموعة, and its trade after لل: the company, head out, as for a
/// foreign word (كوبريكس للتعدين); not an adjective that agrees with the head.
#[test]
fn a_rare_word_after_a_company_head_and_its_trade() {
    let t = "وقعت الوزارة عقدا مع شركة ينابيع للمقاولات، ثم اتفاقية مع مجموعة الفنار للتطوير القطرية.";
    let orgs = found(t, EntityType::Org);
    assert!(orgs.contains(&"ينابيع للمقاولات".to_string()) && orgs.contains(&"الفنار للتطوير".to_string()), "{:?}", all(t));
    // (Where the tagger took the head in too, the head goes.)
    let t = "وقعت الحكومة عقدا مع شركة ينابيع للمقاولات لبناء الجسر.";
    assert_eq!(found(t, EntityType::Org), ["ينابيع للمقاولات"], "{:?}", all(t));
    let t = "وأعلنت شركة ناشئة للتكنولوجيا ومجموعة عمل للاستثمار عن خطط جديدة.";
    assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
}

/// An industrial or economic city named by its town and the adjective: one place, its
/// head in, after a proclitic too; not the industrial city without a name.
#[test]
fn an_industrial_city_named_by_its_town() {
    let t = "وسيقام المعمل في مدينة حسياء الصناعية جنوب حمص، على أن تنقل المعدات لاحقا بمدينة عدرا الصناعية.";
    let got: Vec<String> = all(t).into_iter().map(|(s, _)| s).collect();
    assert!(got.contains(&"مدينة حسياء الصناعية".to_string()) && got.contains(&"مدينة عدرا الصناعية".to_string()), "{:?}", all(t));
    let t = "وتقع المدينة الصناعية قرب حمص.";
    assert_eq!(all(t), [("حمص".to_string(), EntityType::Loc)], "{:?}", all(t));
}

/// The Levant's مرفأ is a port's head as ميناء is: a port named by its town is the
/// town, and the head alone before it, which the tagger may take for a place, is none.
#[test]
fn a_levantine_port_head_is_no_place() {
    let t = "ويعول التجار على طريق بيروت - دمشق ومرفأ طرابلس لنقل البضائع، بعدما وصلت السفينة إلى مرفأ طرطوس.";
    let got: Vec<String> = all(t).into_iter().map(|(s, _)| s).collect();
    assert!(!got.iter().any(|s| s.contains("مرفأ")), "{:?}", all(t));
    assert!(got.contains(&"طرابلس".to_string()) && got.contains(&"طرطوس".to_string()), "{:?}", all(t));
}

/// A company named in one report by a word general Arabic knows and its trade, after
/// its head, is the company where another report writes the two words without the head.
#[test]
fn a_company_by_its_word_and_trade_spreads_to_other_reports() {
    use isnad::entities::link_articles;
    let a = "وقعت الوزارة عقدا مع شركة ينابيع للمقاولات، ثم أعلنت موعد بدء الأشغال.";
    let b = "وستبدأ ينابيع للمقاولات، المملوكة لمستثمرين محليين، الأشغال في الربيع.";
    let an = link_articles(&[("a", a), ("b", b)]);
    let got: Vec<&str> = an.articles[1].entities.iter().filter(|m| m.kind == EntityType::Org).map(|m| &b[m.start..m.end]).collect();
    assert_eq!(got, ["ينابيع للمقاولات"], "{:?}", all(b));
}

/// Syria's industrial towns, named alone after the industrial city was named in full:
/// places.
#[test]
fn syrian_industrial_towns_alone() {
    let t = "وتقيم الشركة معملها في عدرا، فيما نقلت المعدات الثقيلة إلى حسياء جنوب حمص.";
    let locs = found(t, EntityType::Loc);
    assert!(locs.contains(&"عدرا".to_string()) && locs.contains(&"حسياء".to_string()), "{:?}", all(t));
}

/// A vulgar fraction folds to three tokens over the one character (¼ → 1⁄4), a ligature
/// of words to several (ﷺ): the rules that read the text between two tokens never
/// slice backwards there.
#[test]
fn fractions_fold_to_tokens_over_one_character() {
    // (And a ligature of words, ﷺ, several word tokens over its one character.)
    for t in ["¼", "فاز النصر على الهلال ¼-½ في المباراة.", "مدينة ½ الصناعية", "ﷺ", "القوات ﷺ", "قال محمد ﷺ"] {
        let _ = all(t);
    }
}

/// A place of two words in a list after a plural kind of place: a word general
/// Arabic does not know and a definite noun that is no adjective (كفرحمام البلد); and
/// two well-known Lebanese places the lists lacked (عيتا الشعب, عين التينة).
#[test]
fn two_word_places_in_a_list_and_lebanese_places() {
    let t = "وتواصلت الغارات على بلدات كفرحمام البلد وكفركلا والخيام.";
    assert_eq!(found(t, EntityType::Loc), ["كفرحمام البلد", "كفركلا", "الخيام"], "{:?}", all(t));
    let t = "وقصفت المدفعية بلدة عيتا الشعب الحدودية، فيما استقبل بري في عين التينة المبعوثة الأمريكية.";
    let loc = found(t, EntityType::Loc);
    assert!(loc.contains(&"عيتا الشعب".to_string()) && loc.contains(&"عين التينة".to_string()), "{:?}", all(t));
}

/// A road named by its kind alone with the article (الطريق الصحراوي) is one place;
/// "by way of" and a path of a definite noun name none.
#[test]
fn roads_by_their_kinds() {
    let t = "وأغلقت الشرطة الطريق الصحراوي أمام الشاحنات.";
    assert_eq!(found(t, EntityType::Loc), ["الطريق الصحراوي"], "{:?}", all(t));
    assert!(all("وتم إرسال الطلب عن طريق البريد، ويمضي البلدان في طريق السلام.").is_empty());
}

/// A club's word after a noun of its side in the construct state (its coach, players,
/// captain, fans) in a sentence about a game; not a post after those nouns, nor outside
/// a game.
#[test]
fn clubs_after_their_side_nouns() {
    let t = "وانتهت المباراة بالتعادل، وقال مدرب الوحدة إن لاعبيه قدموا شوطا جيدا، فيما احتفل لاعبو الرجاء مع جماهير الرجاء.";
    let org = found(t, EntityType::Org);
    assert!(org.contains(&"الوحدة".to_string()), "{:?}", all(t));
    assert_eq!(org.iter().filter(|o| *o == "الرجاء").count(), 2, "{:?}", all(t));
    let t = "وقال مدرب الحراس إن حارس المرمى جاهز للمباراة المقبلة.";
    assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
    assert!(found("وقال قائد الجيش إن جماهير الشعب تقف خلفه.", EntityType::Org).is_empty());
}

/// A family name that is also a title (الأمين of خالد الأمين) spreads to where a verb
/// or a word like one stands before it, but not where the title goes on with its
/// qualifier: المتحدث باسم الأمين العام is the secretary-general's spokesman.
#[test]
fn a_family_name_that_is_a_title_with_its_qualifier_stays_the_title() {
    let text = "وسئل المتحدث باسم الأمين العام، ميغيل فاريلا، عن موعد الهدنة. ونقلت الوكالة عن المتحدث باسم الجيش، العميد خالد الأمين، قوله إن الجيش لن يوقع.";
    let per = found(text, EntityType::Per);
    assert!(!per.iter().any(|p| p == "الأمين"), "{per:?}");
    assert!(per.iter().any(|p| p == "خالد الأمين"), "{per:?}");
}

/// Initials spelled in Arabic letters are a body's name with the foreign words after
/// them, over the tagger's pieces (جيه آي + سي فينتشرز as a person), a model's before a
/// number (إم كيو 9); a function word after them is none of them (إن بي سي + في).
#[test]
fn initials_spelled_in_arabic_letters() {
    let t = "ووقعت الشركة اتفاقية مع \"إي دي إف\" الفرنسية، واستثمرت جيه آي سي فينتشرز في مشروع آخر.";
    assert_eq!(found(t, EntityType::Org), ["إي دي إف", "جيه آي سي فينتشرز"], "{:?}", all(t));
    let t = "وأسقطت الدفاعات طائرة إم كيو 9 الأمريكية.";
    assert_eq!(found(t, EntityType::Misc), ["إم كيو 9"], "{:?}", all(t));
    let t = "وقالت إن بي سي في تقرير إن الاتفاق قريب.";
    assert_eq!(found(t, EntityType::Org), ["إن بي سي"], "{:?}", all(t));
}

/// A unit after a preposition is no quantity's (الدورة 35 لأيام قرطاج: "of the Days of
/// Carthage"), and a festival's session is named by its number: the festival is found.
#[test]
fn a_session_number_before_a_festival_is_no_quantity() {
    let t = "انطلقت صباح اليوم فعاليات الدورة 35 لأيام قرطاج السينمائية بمشاركة 200 فيلم.";
    assert_eq!(found(t, EntityType::Quantity), ["200 فيلم"], "{:?}", all(t));
    assert_eq!(found(t, EntityType::Misc), ["أيام قرطاج السينمائية"], "{:?}", all(t));
}

/// A body's aim whose verbal noun takes its object after من goes on with it (الهيئة
/// الوطنية للوقاية من التعذيب).
#[test]
fn aims_with_their_object_after_min() {
    let t = "وقالت الهيئة الوطنية للوقاية من التعذيب إن الزيارة تمت دون إعلام مسبق.";
    assert_eq!(found(t, EntityType::Org), ["الهيئة الوطنية للوقاية من التعذيب"], "{:?}", all(t));
}

/// The plural of the larger scales counts like the singular: reserves of gas in
/// trillions of cubic feet.
#[test]
fn plural_scales_before_a_unit() {
    let t = "وتملك البلاد احتياطيات تقدر بنحو 209 تريليونات قدم مكعب من الغاز.";
    assert_eq!(found(t, EntityType::Quantity), ["نحو 209 تريليونات قدم مكعب"], "{:?}", all(t));
}

/// A country's national company of a field (head, definite field, "national", the
/// country's adjective) is one body; a company described by its field and country alone
/// is none.
#[test]
fn national_companies_of_a_field() {
    let t = "وقال مسؤول في شركة الغاز الوطنية الغانية إن الأشغال ستبدأ قريبا.";
    assert_eq!(found(t, EntityType::Org), ["شركة الغاز الوطنية الغانية"], "{:?}", all(t));
    let t = "وتعاقدت شركة السيارات الألمانية مع موردين جدد.";
    assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
}

/// A university or a hospital named after a scholar or a martyr keeps the title and the
/// name in its own name.
#[test]
fn bodies_named_after_scholars() {
    let t = "وقال أستاذ بجامعة القاضي عياض إن الدراسة شملت ألف أسرة.";
    assert_eq!(found(t, EntityType::Org), ["جامعة القاضي عياض"], "{:?}", all(t));
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
}

/// A pipeline named by the lands it joins or crosses is one name, MISC; one adjective
/// only describes it, and "cross-border" names no place.
#[test]
fn pipelines_named_by_their_lands() {
    let t = "وسيرتبط المشروع بأنبوب الغاز المغاربي الأوروبي، فيما تأخر خط الغاز العابر للصحراء.";
    assert_eq!(found(t, EntityType::Misc), ["أنبوب الغاز المغاربي الأوروبي", "خط الغاز العابر للصحراء"], "{:?}", all(t));
    let t = "وتعرض أنبوب الغاز النيجيري لأعطال، كما توقف خط النفط العابر للحدود.";
    assert!(found(t, EntityType::Misc).is_empty(), "{:?}", all(t));
}

/// A cup named by who gives it (كأس الملك, كأس ولي العهد, كأس خادم الحرمين الشريفين,
/// كأس الاتحاد with its country's adjective) is one MISC name, the game after it left
/// out; a league named by its sponsor after دوري with its country's adjective or its
/// class (دوري روشن السعودي, دوري أدنوك للمحترفين) too, not a person.
#[test]
fn cups_of_their_givers_and_leagues_of_their_sponsors() {
    let t = "توج النصر بلقب كأس خادم الحرمين الشريفين لكرة القدم، بعد أن خسر نهائي كأس الملك العام الماضي وودع كأس الاتحاد الإنجليزي وكأس ولي العهد.";
    let misc = found(t, EntityType::Misc);
    for w in ["كأس خادم الحرمين الشريفين", "كأس الملك", "كأس الاتحاد الإنجليزي", "كأس ولي العهد"] {
        assert!(misc.contains(&w.to_string()), "{w}: {:?}", all(t));
    }
    let t = "واكتفى الشباب بالمركز الرابع في دوري روشن السعودي، فيما يتصدر العين دوري أدنوك للمحترفين.";
    let misc = found(t, EntityType::Misc);
    assert!(misc.contains(&"دوري روشن السعودي".to_string()) && misc.contains(&"دوري أدنوك للمحترفين".to_string()), "{:?}", all(t));
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
}

/// A stadium named by a definite noun and its adjective after its head (ملعب الدفاع
/// الجوي) is one place with its head, not the game's own words after it (ملعب المباراة
/// النهائية); a sports complex named after a king, with what it is for (مركب محمد
/// السادس لكرة القدم), is one name, not the person.
#[test]
fn stadiums_of_definite_names_and_complexes_of_kings() {
    let t = "وأقيمت المباراة على ملعب الدفاع الجوي بالقاهرة مساء الجمعة.";
    assert!(found(t, EntityType::Loc).contains(&"ملعب الدفاع الجوي".to_string()), "{:?}", all(t));
    let t = "وحضر نحو 50 ألف متفرج على ملعب الجوهرة المشعة في نهائي الموسم الماضي.";
    assert!(found(t, EntityType::Loc).contains(&"ملعب الجوهرة المشعة".to_string()), "{:?}", all(t));
    let t = "وغصت مدرجات ملعب المباراة النهائية بالجماهير.";
    assert!(all(t).is_empty(), "{:?}", all(t));
    let t = "ويدخل المنتخب معسكرا بمركب محمد السادس لكرة القدم الأسبوع المقبل.";
    assert!(all(t).iter().any(|(w, _)| w == "مركب محمد السادس لكرة القدم"), "{:?}", all(t));
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
}

/// A foreign family name that begins with a hamza's alef (ألفاريث), which the stemmer
/// reads as the article, belongs to the person before it.
#[test]
fn a_foreign_family_name_with_a_hamzas_alef() {
    let t = "لكن الحكم لم يمنحنا ضربة جزاء واضحة، والمدرب قوستافو ألفاريث يعرف ذلك.";
    assert!(found(t, EntityType::Per).contains(&"قوستافو ألفاريث".to_string()), "{:?}", all(t));
}

/// The verb عادل "equalized" before its subject and النتيجة is no given name: the
/// person is the scorer alone.
#[test]
fn the_verb_equalized_is_no_given_name() {
    let t = "وسجل الفريق هدف الفوز في الدقيقة 88، بعد أن عادل كاستيانيدا النتيجة بتسديدة قوية.";
    let per = found(t, EntityType::Per);
    assert!(per.contains(&"كاستيانيدا".to_string()) && !per.iter().any(|p| p.contains("عادل")), "{:?}", all(t));
}

/// A foreign name the tagger took for a person after وكالة is the agency's own name: an
/// agency is not named after a man by his bare name. A speaker before لوكالة stays a
/// person.
#[test]
fn foreign_names_after_agency_are_the_agency() {
    let t = "وكانت وكالة فيتش رايتنغ قد رفعت التصنيف السيادي للبلاد في سبتمبر.";
    assert!(found(t, EntityType::Org).contains(&"فيتش رايتنغ".to_string()), "{:?}", all(t));
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
    let t = "وقال محمد أحمد لوكالة رويترز إن الوضع هادئ.";
    assert!(found(t, EntityType::Per).contains(&"محمد أحمد".to_string()), "{:?}", all(t));
}

/// Initials spelled in Arabic letters with كي for K, and with a function word's letter
/// (أو for O) last before the bracket that closes them, are one body's name.
#[test]
fn initials_with_k_and_a_last_weak_letter_before_a_bracket() {
    let t = "وقالت هيئة عمليات التجارة البحرية البريطانية (يو كي إم تي أو) إن ناقلة أصيبت غرب الحديدة. ولم يصدر تعليق من القيادة المركزية الأمريكية (سنتكوم) التي أعلنت تدمير طائرات مسيرة.";
    assert!(found(t, EntityType::Org).contains(&"يو كي إم تي أو".to_string()), "{:?}", all(t));
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
    let t = "وقالت شبكة إن بي سي في تقرير إن المفاوضات متعثرة.";
    assert!(found(t, EntityType::Org).contains(&"إن بي سي".to_string()), "{:?}", all(t));
}

/// A common noun with the pronoun ه "his" that a town's name with ة folds to (زواره,
/// "his visitors", and Zuwara) is no place in a text that writes ة; the town written
/// with its ة stays one.
#[test]
fn a_noun_with_his_is_no_town_written_with_ta_marbuta() {
    let t = "وفي عين التينة، أكد رئيس مجلس النواب نبيه بري أمام زواره أن \"لا انتخابات نيابية من دون المغتربين\".";
    assert!(!found(t, EntityType::Loc).contains(&"زواره".to_string()), "{:?}", all(t));
    let t = "ووصلت القافلة إلى مدينة زوارة الساحلية غرب العاصمة الليبية طرابلس.";
    assert!(found(t, EntityType::Loc).contains(&"زوارة".to_string()), "{:?}", all(t));
}

/// A sports hall named after a person with the Gulf's head صالة is the place with its
/// head, as with قاعة and ملعب, not the person.
#[test]
fn a_hall_named_after_a_person_keeps_its_head() {
    let t = "وتقام المباراة الختامية مساء الخميس على صالة خليفة بن سلمان في المنامة.";
    assert!(found(t, EntityType::Loc).contains(&"صالة خليفة بن سلمان".to_string()), "{:?}", all(t));
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
}

/// A player's side after his post (الظهير الأيمن, الجناح الأيسر) is no given name:
/// the person begins after it.
#[test]
fn a_players_side_is_no_given_name() {
    let t = "وسجل الظهير الأيمن محمود فتحي الشناوي سبعة أهداف في اللقاء.";
    let per = found(t, EntityType::Per);
    assert!(per.iter().all(|p| !p.starts_with("الأيمن")), "{:?}", all(t));
    assert!(per.iter().any(|p| p.starts_with("محمود")), "{:?}", all(t));
}

/// The World Cup by its loanword and its year or host (مونديال 2031, مونديال قطر) is
/// one MISC name; the emir's cup (كأس الأمير) is a cup named by who gives it, as كأس
/// الملك, but not one named after a prince whose name follows.
#[test]
fn world_cups_by_their_year_and_emirs_cups_are_names() {
    let t = "وضمن المنتخب بطاقة التأهل إلى مونديال 2031 بعد فوزه على ضيفه.";
    assert_eq!(found(t, EntityType::Misc), ["مونديال 2031"], "{:?}", all(t));
    let t = "ويستعد الفريق لمواجهة الكويت في نصف نهائي كأس الأمير الأسبوع المقبل.";
    assert!(found(t, EntityType::Misc).contains(&"كأس الأمير".to_string()), "{:?}", all(t));
    let t = "وتوج الفريق بكأس الأمير فيصل بن فهد للمرة الثانية.";
    assert!(!found(t, EntityType::Misc).contains(&"كأس الأمير".to_string()), "{:?}", all(t));
}

/// A family name that is also an adjective (الغربي), which the report gave after a
/// given name, is the person after a noun of the people around him in the construct
/// state (زملاء الغربي), where no adjective can stand.
#[test]
fn a_definite_family_name_after_his_companions_is_the_person() {
    let t = "وسجل رضا الغربي خمسة أهداف في اللقاء. ولم يكن ذلك كافيا، إذ خسر زملاء الغربي المباراة في الدقائق الأخيرة.";
    assert_eq!(found(t, EntityType::Per), ["رضا الغربي", "الغربي"], "{:?}", all(t));
}

/// So where the report names him in full only as another report does, and the tagger
/// marked him in the other (the spread across reports).
#[test]
fn a_definite_family_name_after_his_companions_in_another_report() {
    let a = "وتقدم المنتخب في الشوط الأول بفضل جناحه وليد الزغيدي، لاعب النادي البنزرتي.";
    let b = "خسر المنتخب النهائي، في لقاء دفع فيه زملاء وليد الزغيدي ثمن تراجعهم البدني. ورغم ذلك، ضمن زملاء الزغيدي تأشيرة التأهل.";
    let analysis = isnad::entities::link_articles(&[("a", a), ("b", b)]);
    let per: Vec<&str> = analysis.articles[1].entities.iter().filter(|m| m.kind == EntityType::Per).map(|m| &b[m.start..m.end]).collect();
    assert!(per.contains(&"الزغيدي"), "{per:?}");
}

/// A match's noun with its side's pronoun (فوزه, خسارتها) has its side: the definite
/// adjective after it (المستحق, الكبير) is no club; the other side after the
/// preposition still is.
#[test]
fn an_adjective_after_a_won_match_is_no_club() {
    let t = "وتصدر الفريق الترتيب بعد فوزه المستحق على نظيره الزمالك 3-1 في المباراة التي أقيمت مساء الجمعة.";
    let org = found(t, EntityType::Org);
    assert!(!org.contains(&"المستحق".to_string()), "{:?}", all(t));
    assert!(org.contains(&"الزمالك".to_string()), "{:?}", all(t));
}

#[test]
fn a_ministry_of_transport_and_logistics_is_one_name() {
    // Logistics is a field ministries of transport are named for (Morocco's, the Horn's):
    // the second field after و, with or without the ي of the loanword.
    let t = "وأعلنت وزارة النقل واللوجستيك عن برنامج جديد للموانئ.";
    assert!(found(t, EntityType::Org).contains(&"وزارة النقل واللوجستيك".to_string()), "{:?}", all(t));
    let t = "وقالت مصادر بوزارة النقل واللوجيستيك إن القرار نهائي.";
    assert!(found(t, EntityType::Org).contains(&"وزارة النقل واللوجيستيك".to_string()), "{:?}", all(t));
}

#[test]
fn a_maker_before_a_model_code_is_the_company() {
    // إيرباص A321: the maker the list knows, not a work named with its model's code.
    let t = "وتسلمت الشركة طائرة إيرباص A321 جديدة في تولوز.";
    assert!(found(t, EntityType::Org).contains(&"إيرباص".to_string()), "{:?}", all(t));
    assert!(!all(t).iter().any(|(s, _)| s.contains("A321")), "{:?}", all(t));
}

#[test]
fn engine_makers_and_a_region_of_africa() {
    // Rolls-Royce with its hyphen after محركات, CFM International whole, and Africa south
    // of the Sahara as one region.
    let t = "وتعمل الطائرات بمحركات رولز-رويس الحديثة.";
    assert!(found(t, EntityType::Org).contains(&"رولز-رويس".to_string()), "{:?}", all(t));
    let t = "وتنتج سي إف إم إنترناشونال المحركات في فرنسا.";
    assert!(found(t, EntityType::Org).contains(&"سي إف إم إنترناشونال".to_string()), "{:?}", all(t));
    let t = "وزادت الصادرات إلى أفريقيا جنوب الصحراء بنسبة كبيرة.";
    assert!(found(t, EntityType::Loc).contains(&"أفريقيا جنوب الصحراء".to_string()), "{:?}", all(t));
}

#[test]
fn a_model_code_counts_nothing() {
    // The number after طراز names a model; so does one joined by a hyphen to a model's
    // number or letters (787-9, A350-1000). A range before its noun still counts.
    let t = "اشترت الشركة طائرات من طراز 737 ماكس للرحلات القصيرة.";
    assert!(found(t, EntityType::Quantity).is_empty(), "{:?}", all(t));
    let t = "وأوضح البيان أن طائرات 787-9 ستُزوّد بمحركات حديثة.";
    assert!(found(t, EntityType::Quantity).is_empty(), "{:?}", all(t));
    let t = "وصل ما بين 10-15 طائرة إلى المطار.";
    assert!(!found(t, EntityType::Quantity).is_empty(), "{:?}", all(t));
}

#[test]
fn a_number_word_after_and_is_a_count() {
    // The second count of a list, with the conjunction: وثلاث سفن, وأربع حافلات.
    let t = "اشترت الشركة خمس طائرات وثلاث سفن جديدة.";
    assert!(found(t, EntityType::Quantity).contains(&"ثلاث سفن".to_string()), "{:?}", all(t));
    let t = "وصلت ثلاث شاحنات وأربع حافلات إلى المعبر.";
    assert!(found(t, EntityType::Quantity).contains(&"أربع حافلات".to_string()), "{:?}", all(t));
}

/// "His counterpart" with its pronoun and the counterpart's nationality are no words of
/// the person named before them (the tagger ran روبيو on over نظيره السعودي).
#[test]
fn his_counterpart_ends_a_person() {
    let t = "كما التقى روبيو نظيره السعودي الأمير فيصل بن فرحان، وبحثا سبل تعزيز الشراكة.";
    let per = found(t, EntityType::Per);
    assert!(per.contains(&"روبيو".to_string()) && !per.iter().any(|p| p.contains("نظيره")), "{:?}", all(t));
}

/// A body's short name in quote marks after its full name that is an ordinary noun
/// (موانئ, "ports") does not make the definite noun elsewhere (الموانئ) that body; an
/// acronym given so (كاف) still names it with the article (الكاف).
#[test]
fn a_quoted_short_name_that_is_a_noun_does_not_spread_with_the_article() {
    let t = "وتوقعت الموانئ الإقليمية تحسن الحركة. وقال مسؤول في الهيئة العامة للموانئ «موانئ» إن المناولة ارتفعت.";
    let org = found(t, EntityType::Org);
    assert!(org.contains(&"موانئ".to_string()) && !org.contains(&"الموانئ".to_string()), "{:?}", all(t));
    let t = "أعلن الاتحاد الأفريقي لكرة القدم «كاف» موعد المباراة. وقال الكاف إن الملعب جاهز.";
    assert!(found(t, EntityType::Org).contains(&"الكاف".to_string()), "{:?}", all(t));
}

/// A country's name that is also its feminine adjective, joined by و to another
/// country's adjective after a noun (الأراضي الإماراتية والسعودية), is the adjective:
/// no place. After a country's name (الإمارات والسعودية) it stays the country.
#[test]
fn a_country_adjective_joined_to_another_adjective_is_no_place() {
    let t = "ونقلت الشاحنات البضائع عبر الأراضي الأردنية والسعودية خلال الأزمة.";
    assert!(!found(t, EntityType::Loc).iter().any(|l| l.contains("السعودية")), "{:?}", all(t));
    let t = "ونقلت الشاحنات البضائع بين الإمارات والسعودية خلال الأزمة.";
    assert!(found(t, EntityType::Loc).contains(&"السعودية".to_string()), "{:?}", all(t));
}

/// A wire filed from two cities joined by a slash at the head of its dateline names two
/// places (كوبنهاغن/القاهرة (رويترز) -), whatever the tagger made of the first.
#[test]
fn two_cities_joined_by_a_slash_in_a_dateline_are_places() {
    let t = "أوسلو/بيروت (رويترز) - قالت شركة الشحن النرويجية يوم الخميس إنها ستعيد سفنها إلى المسار.";
    let loc = found(t, EntityType::Loc);
    assert!(loc.contains(&"أوسلو".to_string()) && loc.contains(&"بيروت".to_string()), "{:?}", all(t));
    let t = "كوبنهاغن/القاهرة (رويترز) - قالت مجموعة الشحن إنها ستعيد أولى سفنها إلى قناة السويس.";
    assert!(found(t, EntityType::Loc).contains(&"كوبنهاغن".to_string()), "{:?}", all(t));
}

/// A demonstrative before a period names the current one, a date as الأسبوع الجاري is:
/// هذا الأسبوع, هذه السنة; not هذا اليوم, "this day".
#[test]
fn this_week_and_this_year_are_dates() {
    let t = "وانخفض سعر الشحن 4 بالمئة هذا الأسبوع، ويتوقع المحللون تعافيه هذه السنة.";
    assert_eq!(found(t, EntityType::Date), ["هذا الأسبوع", "هذه السنة"], "{:?}", all(t));
    let t = "ولن ينسى السكان هذا اليوم الذي غرقت فيه المدينة.";
    assert!(found(t, EntityType::Date).is_empty(), "{:?}", all(t));
}

/// A company named by a foreign word and its trade after لل with the trade's adjective
/// (دروري للاستشارات البحرية, "maritime consultancy") is one company, not a person and
/// the words after; a country's adjective after the trade stays out.
#[test]
fn a_foreign_company_with_its_trade_and_the_trade_adjective() {
    let t = "وأظهرت بيانات دروري للاستشارات البحرية أن أسعار الشحن انخفضت.";
    assert!(found(t, EntityType::Org).contains(&"دروري للاستشارات البحرية".to_string()), "{:?}", all(t));
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
}

/// A quarter or a half of a year named by its ordinal before من and the year is one date
/// (الربع الأخير من العام الماضي, النصف الأول من 2026), not the year alone.
#[test]
fn a_quarter_or_half_of_a_year_is_one_date() {
    let t = "وبلغت الإيرادات في الربع الأخير من العام الماضي نحو مليار دولار.";
    assert_eq!(found(t, EntityType::Date), ["الربع الأخير من العام الماضي"], "{:?}", all(t));
    let t = "ويتوقع أن يبدأ التشغيل في النصف الأول من عام 2028 على أقصى تقدير.";
    assert_eq!(found(t, EntityType::Date), ["النصف الأول من عام 2028"], "{:?}", all(t));
}

/// Initials in quote marks that open right before them take the words up to the mark
/// that closes them, even a word general Arabic knows ("دي بي ورلد").
#[test]
fn quoted_initials_take_their_words_to_the_closing_mark() {
    let t = "وأعلنت مجموعة موانئ دبي العالمية \"دي بي ورلد\" عن ارتفاع إيراداتها خلال النصف الأول.";
    assert!(found(t, EntityType::Org).contains(&"دي بي ورلد".to_string()), "{:?}", all(t));
}

/// An office after a person the text names in full is that person's office, and its
/// director after it another person (مدير مكتب زيلينسكي أندريه يرماك): no body named
/// مكتب زيلينسكي.
#[test]
fn the_office_of_a_person_named_in_full() {
    let t = "وحضر فولوديمير زيلينسكى اللقاء. وشارك فى اللقاء مدير مكتب زيلينسكى أندرى يرماك.";
    let per = found(t, EntityType::Per);
    assert!(per.contains(&"زيلينسكى".to_string()) && per.contains(&"أندرى يرماك".to_string()), "{:?}", all(t));
    assert!(found(t, EntityType::Org).is_empty(), "{:?}", all(t));
}

#[test]
fn a_club_found_as_a_side_is_that_club_again_in_the_sport_sentences_near_it() {
    // A club named by an ordinary word, found as a match's side (فوزه على الشباب), is the
    // club again where its word stands alone a few sentences on in a sentence about the
    // game (وتقدم الشباب في الدقيقة 23, تسلم لاعبو الشباب); not where a sentence speaks of
    // something else (the young of a town).
    let t = "حسم فريق الوحدة اللقاء بعد فوزه على الشباب بهدفين مقابل هدف في المباراة النهائية. \
             وكان الشباب قد تقدم في الدقيقة 23 عن طريق مهاجمه. \
             وتسلم لاعبو الشباب الميداليات الفضية. \
             ودعا المحافظ الشباب إلى المشاركة في حملة التشجير.";
    let orgs: Vec<String> = found(t, EntityType::Org);
    assert_eq!(orgs.iter().filter(|o| o.as_str() == "الشباب").count(), 3, "{:?}", all(t));
}

#[test]
fn a_club_with_its_country_adjective_after_a_side_word_is_the_club() {
    // A club's ordinary word with its country's adjective after أمام, ضد, رفقة or قميص
    // in a sentence about sport (رفقة الشباب السعودي, أمام الوصل الإماراتي); then the
    // word alone near it after إلى is the club too. Not a side described so (الجانب
    // المصري).
    let t = "سجل المهاجم هدفين في المباراة رفقة الوصل الإماراتي مساء الخميس. \
             وكان اللاعب قد انتقل إلى الوصل في الموسم الماضي.";
    let orgs = found(t, EntityType::Org);
    assert!(orgs.contains(&"الوصل الإماراتي".to_string()), "{:?}", all(t));
    assert!(orgs.contains(&"الوصل".to_string()), "{:?}", all(t));
    let t = "وقال المدرب إن لاعبيه قدموا مباراة كبيرة أمام الجانب المصري.";
    assert!(!found(t, EntityType::Org).iter().any(|o| o.contains("الجانب")), "{:?}", all(t));
}

/// A listed name whose own first letter is a proclitic's, which the stemmer took off
/// (لشكر of لشكر طيبة read as ل + شكر; واغا as و + اغا): the word as written, after
/// another proclitic too (ولشكر); a name of one word so only where the tagger marked the
/// rest of the word as a name.
#[test]
fn listed_name_whose_first_letter_is_a_proclitic() {
    let t = "واتهمت الحكومة عناصر من جماعة لشكر طيبة بالوقوف وراء الهجوم، كما حملت جيش محمد ولشكر طيبة مسؤولية تفجير سابق.";
    let orgs = found(t, EntityType::Org);
    assert_eq!(orgs.iter().filter(|o| o.as_str() == "لشكر طيبة").count(), 2, "{:?}", all(t));
    assert!(orgs.contains(&"جيش محمد".to_string()), "{:?}", all(t));
    let t = "وأغلقت السلطات معبر واغا الحدودي أمام حركة الشاحنات.";
    assert!(found(t, EntityType::Loc).contains(&"واغا".to_string()), "{:?}", all(t));
}

/// Kashmir's places as the wires name them: the Line of Control, the union territory
/// with its two names joined by و, Pakistan's capital and the capital of its part of
/// Kashmir written with آ or أ (not إسلام, a word, and آباد).
#[test]
fn kashmir_places_of_the_list() {
    let t = "وتبادل الطرفان القصف على خط المراقبة في جامو وكشمير، فيما قالت إسلام أباد إن قذيفة سقطت قرب مظفر آباد.";
    let locs = found(t, EntityType::Loc);
    for p in ["خط المراقبة", "جامو وكشمير", "إسلام أباد", "مظفر آباد"] {
        assert!(locs.contains(&p.to_string()), "{p}: {:?}", all(t));
    }
}

/// A spokesman's title goes on with باسم and the body (a mention itself or definite
/// words), and the name after it may hold the Egyptian على for علي between a given name
/// unknown to general Arabic and the family name: one person. Not على of "on the
/// sidelines" after the body.
#[test]
fn spokesman_name_with_egyptian_ala() {
    let t = "وصرح المتحدث باسم الخارجية الباكستانية شفقت على نقوى، اليوم، بأن بلاده ستتحرك.";
    assert!(found(t, EntityType::Per).contains(&"شفقت على نقوى".to_string()), "{:?}", all(t));
    let t = "وقال المتحدث باسم الوزارة شفقت على نقوى إن الاتصالات مستمرة.";
    assert!(found(t, EntityType::Per).contains(&"شفقت على نقوى".to_string()), "{:?}", all(t));
    let t = "وقال المتحدث باسم الخارجية الباكستانية على هامش الاجتماع إن الاتصالات مستمرة.";
    assert!(found(t, EntityType::Per).is_empty(), "{:?}", all(t));
}

/// A person's first word joined by a hyphen to the word before it is one name with it,
/// where the tagger began after the hyphen (جان-نويل بارو, found as نويل بارو).
#[test]
fn a_hyphenated_given_name_before_the_tagger_s_start() {
    let t = "استقبل رئيس الجمهورية وزير أوروبا والشؤون الخارجية الفرنسي، جان-نويل بارو، الذي يقوم بزيارة عمل.";
    assert!(found(t, EntityType::Per).contains(&"جان-نويل بارو".to_string()), "{:?}", all(t));
}

/// A chamber of commerce that is the international one, or a joint Arab one with its
/// other country's adjective, keeps those words (غرفة التجارة الدولية, غرفة التجارة
/// العربية البرازيلية).
#[test]
fn international_and_joint_chambers_of_commerce() {
    let t = "وكانت هيئة التحكيم التابعة لغرفة التجارة الدولية في باريس قد ألزمت الشركة بدفع تعويضات.";
    assert!(all(t).iter().any(|(w, k)| w.ends_with("غرفة التجارة الدولية") && *k == EntityType::Org), "{:?}", all(t));
    let t = "وقالت غرفة التجارة العربية البرازيلية إن الصادرات ارتفعت.";
    assert!(found(t, EntityType::Org).contains(&"غرفة التجارة العربية البرازيلية".to_string()), "{:?}", all(t));
}

#[test]
fn a_foreign_family_name_in_waw_without_its_vowel_after_a_given_name() {
    // ولكنسون (Wilkinson written without the ي after و): the stemmer takes the و for
    // "and"; after a given name outlets write, it is the family name, and alone later
    // it is the person, with its و.
    let text = "وأدانت المحكمة رجل الأعمال الكندي مارتن ولكنسون بالاحتيال. وقال محامي ولكنسون إنه سيستأنف.";
    let per = found(text, EntityType::Per);
    assert!(per.contains(&"مارتن ولكنسون".to_string()), "{per:?}");
    assert!(per.contains(&"ولكنسون".to_string()), "{per:?}");
    // (Two people joined by و stay two: بوتين وميركل.)
    let two = found("والتقى بوتين وميركل في برلين أمس.", EntityType::Per);
    assert!(!two.iter().any(|p| p.contains(' ')), "{two:?}");
}

/// The UAE's market regulator with its second field after و, Dubai's financial centre
/// (not cut to مركز دبي) and two of Dubai's built districts, as the list names them.
#[test]
fn uae_financial_bodies_and_dubai_districts_of_the_list() {
    let t = "وقالت هيئة الأوراق المالية والسلع إن الشركة المسجلة في مركز دبي المالي العالمي لم تحصل على ترخيص.";
    let orgs = found(t, EntityType::Org);
    for p in ["هيئة الأوراق المالية والسلع", "مركز دبي المالي العالمي"] {
        assert!(orgs.contains(&p.to_string()), "{p}: {:?}", all(t));
    }
    let t = "وصادرت السلطات شقة في نخلة جميرا وقاربا راسيا في مرسى دبي.";
    let locs = found(t, EntityType::Loc);
    for p in ["نخلة جميرا", "مرسى دبي"] {
        assert!(locs.contains(&p.to_string()), "{p}: {:?}", all(t));
    }
}

/// A foreign family name in و alone, which the tagger cut after its و (يلكينسون, and
/// as a place), is the person named in full before, with its و.
#[test]
fn a_family_name_in_waw_alone_takes_its_waw_back() {
    let t = "ونفى رجل الأعمال ستيفن ويلكينسون التهم. وقد رحّلت بريطانيا ويلكينسون أمس.";
    let per = found(t, EntityType::Per);
    assert!(per.iter().filter(|p| p.as_str() == "ويلكينسون").count() == 1, "{:?}", all(t));
}

/// The crown prince's title after a royal's name, in protocol style (… آل سعود ولي
/// العهد رئيس مجلس الوزراء, … الصباح ولي عهد الكويت), is no part of the person, whole
/// or cut before العهد or عهد.
#[test]
fn crown_prince_title_after_the_name() {
    let t = "واستقبل الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد رئيس مجلس الوزراء الرئيس الفرنسي.";
    let pers = found(t, EntityType::Per);
    assert!(pers.contains(&"محمد بن سلمان بن عبدالعزيز آل سعود".to_string()), "{:?}", all(t));
    assert!(!pers.iter().any(|p| p.contains("ولي")), "{:?}", all(t));
}

/// Heads of state and bodies of the list named at state occasions: the Senegalese
/// president with his family name after two given names (س or ص), Bahrain's army with
/// its country, and a monarch's court after ب.
#[test]
fn state_occasion_names_of_the_list() {
    let t = "واستقبل الرئيس باصيرو ديوماي فاي وفدا من قوة دفاع البحرين في داكار.";
    assert!(found(t, EntityType::Per).contains(&"باصيرو ديوماي فاي".to_string()), "{:?}", all(t));
    assert!(found(t, EntityType::Org).contains(&"قوة دفاع البحرين".to_string()), "{:?}", all(t));
    let t = "وقال مسؤول بالديوان الأميري إن مراسم العزاء تستمر حتى الغد.";
    assert!(found(t, EntityType::Org).contains(&"الديوان الأميري".to_string()), "{:?}", all(t));
}

/// A capital after "the capital" and its country's adjective is the place, after ب too
/// (بالعاصمة البحرينية المنامة), where the tagger leaves it out.
#[test]
fn capital_after_its_country_adjective() {
    let t = "شارك الرئيس فى مراسم التشييع بالعاصمة البحرينية المنامة، حيث قدم العزاء.";
    assert!(found(t, EntityType::Loc).contains(&"المنامة".to_string()), "{:?}", all(t));
}

/// A word with the conjunction و after a number begins a clause or a list's next item,
/// no counted noun (في الدقيقة 34 وإمام عاشور, قتل 12 وأصيب 30); a noun that begins with
/// و itself is one (12 ولاية).
#[test]
fn a_word_with_and_after_a_number_is_no_counted_noun() {
    let t = "وسجل الهدف الأول في الدقيقة 34 وإمام عاشور الثاني.";
    assert!(!found(t, EntityType::Quantity).iter().any(|q| q.contains("وإمام")), "{:?}", all(t));
    let t = "وقتل 12 وأصيب 30 آخرون في القصف.";
    assert!(!found(t, EntityType::Quantity).iter().any(|q| q.contains("وأصيب")), "{:?}", all(t));
    let t = "وتضم البلاد 12 ولاية و5 وزراء.";
    let q = found(t, EntityType::Quantity);
    assert!(q.contains(&"12 ولاية".to_string()) && q.contains(&"5 وزراء".to_string()), "{:?}", all(t));
}

/// A ruler's or a patriarch's ordinal is his name's after the title of his realm or see
/// a few words before it (بطريرك أنطاكية وسائر المشرق … يوحنا العاشر, ملك الأردن عبد الله
/// الثاني).
#[test]
fn ordinals_after_titles_of_realms_and_sees() {
    let t = "وأدان بطريرك أنطاكية وسائر المشرق للروم الأرثوذكس يوحنا العاشر الهجوم، داعيا الحكومة إلى الحماية.";
    assert!(found(t, EntityType::Per).contains(&"يوحنا العاشر".to_string()), "{:?}", all(t));
    let t = "واستقبل ملك الأردن عبد الله الثاني الوفد.";
    assert!(found(t, EntityType::Per).contains(&"عبد الله الثاني".to_string()), "{:?}", all(t));
}

/// The Coptic pope, whom the tagger missed with his title and ordinal: the known list
/// names him with and without البابا, as the gold's convention keeps the pope's title.
#[test]
fn the_coptic_pope_by_the_known_list() {
    let t = "واستقبل البابا تواضروس الثاني الوفد في المقر البابوي.";
    assert!(found(t, EntityType::Per).contains(&"البابا تواضروس الثاني".to_string()), "{:?}", all(t));
}

/// A country's feminine adjective after a company's name in quote marks after its head
/// agrees with the head (شركة "أكوا باور" السعودية): no place.
#[test]
fn a_country_adjective_after_a_quoted_company_is_no_place() {
    let t = "وأشار إلى أن شركة \"أكوا باور\" السعودية و\"إنجي\" الفرنسية من بين الشركات المهتمة.";
    assert!(!found(t, EntityType::Loc).contains(&"السعودية".to_string()), "{:?}", all(t));
    assert!(found(t, EntityType::Org).contains(&"أكوا باور".to_string()), "{:?}", all(t));
}
