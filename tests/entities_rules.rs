//! Dates and quantities found by rules.
#![cfg(not(target_arch = "wasm32"))]
use isnad::entities::{entities, EntityType};

fn found(text: &str, kind: EntityType) -> Vec<String> {
    entities(text).into_iter().filter(|e| e.kind == kind).map(|e| text[e.start..e.end].to_string()).collect()
}

#[test]
fn weekdays_are_dates() {
    assert_eq!(found("وحذر المجلس، الاثنين، من المفاوضات.", EntityType::Date), ["الاثنين"]);
    assert_eq!(found("قال الجهاز يوم الثلاثاء إنه يراقب.", EntityType::Date), ["الثلاثاء"]);
    assert_eq!(found("وصل الوفد الأربعاء 13 سبتمبر إلى العاصمة.", EntityType::Date), ["الأربعاء 13 سبتمبر"]);
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
}

#[test]
fn month_words_that_are_not_dates() {
    // مارس is also a verb (he practised): alone it is no date.
    assert!(found("مارس الرجل الرياضة طويلا.", EntityType::Date).is_empty());
}

#[test]
fn quantities_with_units_and_counted_nouns() {
    assert_eq!(found("بلغت سرعة القطار 59 كم/ساعة في الرحلة.", EntityType::Quantity), ["59 كم/ساعة"]);
    assert_eq!(found("فرضت العقوبات على 3 كيانات روسية.", EntityType::Quantity), ["3 كيانات"]);
    assert_eq!(found("أرسلت البلاد 1100 جندي إلى الجبهة.", EntityType::Quantity), ["1100 جندي"]);
    assert_eq!(found("ارتفعت الأسعار 20 في المئة هذا العام.", EntityType::Quantity), ["20 في المئة"]);
    assert_eq!(found("ارتفعت الأسعار 5% هذا العام.", EntityType::Quantity), ["5%"]);
    // دولار is MISC in ANERcorp, so the model marks it and the quantity stops before it.
    assert_eq!(found("بلغت الصفقة 3 مليارات دولار أمريكي.", EntityType::Quantity), ["3 مليارات"]);
}

#[test]
fn a_year_after_a_cue_is_not_a_quantity() {
    assert!(found("وفي 2002 قال الرئيس كلاما آخر.", EntityType::Quantity).is_empty());
}
