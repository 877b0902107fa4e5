//! Dates and quantities, by rules over the tokens of a sentence.
//!
//! DATE: weekdays; month names of both systems (يوليو and تموز, from CLDR, every Arabic
//! locale) with a day, a year, or a word that makes them a date (في, شهر, الماضي…),
//! pairs such as يوليو/تموز or سبتمبر (أيلول); ranges such as من 10 إلى 13 سبتمبر;
//! years after عام or سنة; and relative forms made of a period and a direction
//! (الشهر الماضي, الأسبوع المقبل).
//!
//! QUANTITY: a number (digits, possibly with ألف, مليون, مليار) with a unit (59 كم/ساعة,
//! 20 في المئة, 5%, 12 ميلا بحريا, 3 مليارات دولار أمريكي) or a counted noun (3 كيانات,
//! 1100 جندي), after a word of approximation when there is one (نحو 40 ألف شخص): the
//! number, its unit and what qualifies the unit are one span, so that a reader never
//! sees the number alone and the unit as a name.

use super::features::TokInfo;
use super::frontcode::one_of;
use super::gazetteer::{self, MONTH, WEEKDAY};
use super::{EntityType, Span};
use crate::tokenize::{Token, TokenKind};

/// Words that make a month name a date when they come before it.
const MONTH_CUES: &[&str] = &[
    "في", "شهر", "منذ", "خلال", "حتي", "مطلع", "اوايل", "اواخر", "منتصف", "نهايه", "بدايه",
    "اوسط", "قبل", "بعد", "مع", "الي", "من",
];
/// Directions after a period or month: last, next, current.
const DIRECTIONS: &[&str] = &[
    "الماضي", "الماضيه", "المقبل", "المقبله", "القادم", "القادمه", "الجاري", "الجاريه",
    "الحالي", "الحاليه", "المنصرم", "المنصرمه", "السابق", "السابقه",
];
/// [`PERIODS`] and [`DIRECTIONS`] in the dual (both genders), in `search` form.
const DUAL_PERIODS: &[&str] = &["الشهرين", "الاسبوعين", "العامين", "السنتين", "اليومين"];
const DUAL_DIRECTIONS: &[&str] = &["الماضيين", "المقبلين", "القادمين", "المنصرمين", "الماضيتين", "المقبلتين", "القادمتين"];
/// (The Maghreb's summer, الصائفة, with its hamza or its seat.)
const PERIODS: &[&str] = &["الشهر", "الاسبوع", "العام", "السنه", "الصيف", "الشتاء", "الربيع", "الخريف", "اليوم", "الصائفه", "الصايفه"];
/// Words before a year that make a date with it (عام 2022; a season of a year, صيف
/// 2021, شتاء 2023, and the Maghreb's صائفة 2027).
const YEAR_WORDS: &[&str] = &["عام", "سنه", "العام", "صيف", "شتاء", "ربيع", "خريف", "صائفه", "صايفه"];
/// Words before a number that make it a year (في 2002 قال).
/// Things named by a number after them (القرار 1701, المادة 50, الفصل 47, البند 7), in
/// `search` form.
/// Things named by their number (القرار 1701, المادة 50, الدورة 35 of a festival), in
/// `search` form.
const NUMBERED_THINGS: &[&str] = &["القرار", "قرار", "ماده", "الماده", "الفصل", "البند", "رقم", "الرقم", "الدوره", "النسخه"];
const YEAR_CUES: &[&str] = &["في", "منذ", "عام", "سنه", "العام", "حتي", "خلال", "قبل", "بعد", "مطلع", "اواخر", "نهايه", "بدايه"];
/// Words before a year written alone (منذ 1989), in `search` form.
const BARE_YEAR_CUES: &[&str] = &["منذ", "حتي", "في", "بحلول", "قبل", "بعد", "خلال"];
/// Words before من that make it "as of" (اعتبارا من 2027), in `search` form.
const AS_OF: &[&str] = &["اعتبارا", "ابتداء", "بدءا", "بداءا"];
/// Words that may follow a year written alone: no counted noun (على الأقل, و, حين).
const AFTER_BARE_YEAR: &[&str] = &["علي", "و", "حين", "حيث", "عندما", "الي", "حتي", "في", "بعد", "قبل", "ثم"];
/// Parts of a year before it ("early", "mid", "late": مطلع 2025, منتصف 2024, أواخر
/// 2023), in `search` form: what follows can only be a year, whatever word comes next.
/// (Or the horizon a plan looks to, Maghreb and Levantine papers' في أفق 2030, "by
/// 2030".)
const PART_OF_YEAR: &[&str] = &["مطلع", "منتصف", "اواخر", "اوايل", "اوائل", "مستهل", "بدايه", "نهايه", "افق"];
const RANGE_WORDS: &[&str] = &["الي", "حتي", "و"];
/// (With the plurals of the larger scales: 209 تريليونات قدم مكعب, 3 بلايين دولار.)
const SCALES: &[&str] = &["الف", "الاف", "مليون", "ملايين", "مليار", "مليارات", "بليون", "بلايين", "تريليون", "تريليونات"];
/// Numbers written out that count what follows them (أربعة ملايين دينار, خمسة جنود,
/// عشرين جنديا), in `search` form: the units from three with their ة and the forms
/// that are no other word (not ست, سبع, تسع, عشر: "lady", "lion", "holds", "a tenth"),
/// the tens, and the scales that are numbers alone (ألف نازح, مئة شاحنة).
const NUMBER_WORDS: &[&str] = &[
    "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "ثلاث", "اربع", "خمس", "ثماني",
    "عشرون", "عشرين", "ثلاثون", "ثلاثين", "اربعون", "اربعين", "خمسون", "خمسين", "ستون", "ستين", "سبعون", "سبعين",
    "ثمانون", "ثمانين", "تسعون", "تسعين", "الف", "مليون", "مليار", "مئه", "ميه", "مائه",
];
/// The units that begin a teen written out (إحدى عشرة, اثنا عشر, خمسة عشر), `search`
/// form: before عشر or عشرة only.
const TEEN_UNITS: &[&str] = &[
    "احدي", "احد", "اثنا", "اثني", "اثنتا", "اثنتي", "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثماني", "ثمانيه", "تسع", "تسعه",
];
/// Scales in the dual, numbers by themselves (ألفا, مليوني), in `search` form.
const DUAL_SCALES: &[&str] = &["الفا", "الفي", "مليونا", "مليوني", "مليارا", "ملياري"];
const UNITS: &[&str] = &[
    "كم", "كيلومتر", "كيلومترا", "كيلومترات", "متر", "مترا", "امتار", "سم", "ملم", "كغ", "كلغ",
    "كيلوغرام", "كيلوجرام", "غرام", "جرام", "طن", "اطنان", "دولار", "دولارا", "دولارات", "يورو",
    // (The gram counted after 11 and more, 12 غراما في اللتر; not غرامات, also "fines".)
    "غراما", "جراما",
    // (The euro as the Maghreb writes it, أورو.)
    "اورو",
    // (The franc, the yuan and the rupee: 147 مليون فرنك سويسري.)
    "فرنك", "فرنكا", "فرنكات", "يوان", "روبيه", "روبيات",
    "روبل", "جنيه", "جنيها", "ريال", "ريالا", "درهم", "درهما", "دينار", "دينارا", "ليره", "ساعه",
    // (And the currencies' broken and sound plurals, counted after a number of 3 to 10 or
    // a decimal: 10,82 دراهم, 7 دنانير, 5 ريالات, 3 جنيهات, 9 ليرات.)
    "دراهم", "دنانير", "ريالات", "جنيهات", "ليرات",
    "ساعات", "دقيقه", "دقايق", "ثانيه", "ثوان", "يوم", "يوما", "ايام", "اسبوع", "اسابيع", "شهرا",
    "اشهر", "سنوات", "عاما", "اعوام", "ميل", "ميلا", "اميال", "برميل", "براميل", "لتر", "لترا", "لترات", "ليتر", "ليترا", "هكتار", "ميغاواط", "كيلوواط",
    // (Watts are written with ط or ت, and g with غ or ج: ميجاوات, ميغاوات, جيجاواط.)
    "ميجاواط", "ميغاوات", "ميجاوات", "كيلووات", "غيغاواط", "جيجاواط", "غيغاوات", "جيجاوات",
    // (And the voltage of a power line: 132 كيلوفولت, 400 ك.ف written out as كيلو فولت is
    // two words and stays out.)
    "فولت", "كيلوفولت", "ميغافولت", "ميجافولت",
    "درجه", "درجات", "نقطه", "نقاط", "مره", "مرات",
    // (Mauritania's ouguiya, أوقية, also the ounce.)
    "اوقيه",
];
/// Adjectives and nouns that make a unit another unit (nautical mile, square metre,
/// cubic metre, degree Celsius and percentage point: درجة مئوية, نقطة مئوية; basis
/// point: نقطة أساس).
const UNIT_ADJECTIVES: &[&str] = &[
    "بحري", "بحريا", "بحريه", "مربع", "مربعا", "مربعه", "مكعب", "مكعبا", "مكعبه", "مئويه", "مئويا", "اساس",
];
/// Words of approximation before a number, part of the quantity a reader marks.
const APPROXIMATELY: &[&str] = &["نحو", "حوالي", "قرابه", "زهاء", "حوالى"];
/// Words after a number that are not what it counts: function words, and prepositions
/// with a pronoun (60 منهم, 3 منها: "60 of them").
/// Counted nouns that count cases of the noun after them (340 حالة وفاة, 5 عمليات
/// اغتيال), in `search` form.
const CASE_NOUNS: &[&str] = &["حاله", "حالات", "عمليه", "عمليات", "واقعه", "وقائع"];

const NOT_COUNTED: &[&str] = &[
    // ("By a rate of", "by a value of", which the stemmer keeps whole: 30 بنسبة 1.5%.)
    "بنسبه", "بمعدل", "بقيمه",
    "في", "من", "الي", "علي", "عن", "مع", "و", "او", "ثم", "حتي", "منذ", "بعد", "قبل", "خلال",
    "ان", "انه", "الذي", "التي", "هو", "هي", "كما", "لكن", "قد", "لقد", "عندما", "حيث", "اذ",
    "منهم", "منها", "منه", "منهما", "منهن", "منكم", "منا", "فيهم", "فيها", "عليهم", "عليها",
    "لهم", "لها", "بينهم", "بينها", "اخري", "فقط",
    // (Prepositions of place and manner: a fuel grade's number before its price, بنزين 91
    // عند 2.18 ريال, counts nothing.)
    "عند", "لدي", "دون", "ضد", "بين", "عبر", "فوق", "تحت",
    // (And adverbs of place, "outside", "inside", "near", "around": a year after a
    // competition's name before one, كأس العالم 2026 خارج ليبيا, counts nothing.)
    "خارج", "داخل", "قرب", "حول",
    // (And parts of the day: a clock's hour, الساعة 8 مساء, or a score's last number,
    // فاز 84-78 مساء السبت, counts no evenings.)
    "مساء", "صباحا", "ظهرا", "عصرا", "فجرا", "ليلا",
    // (And "more", "less", which begin a quantity of their own after a name's number:
    // جامعة قسنطينة 1 أكثر من 30 ألف طالب.)
    "اكثر", "اقل",
];

/// Words after a counted noun that say how, when or why, not what kind of thing is
/// counted (20 شخصا أيضا, 16 شركة جراء …), in `search` form.
const ADVERBIAL: &[&str] = &[
    "ايضا", "تقريبا", "حاليا", "يوميا", "سنويا", "شهريا", "امس", "جراء", "اثر", "عقب", "بسبب", "نتيجه", "وفق",
    "حسب", "بحسب", "مقابل", "اضافه", "مجددا", "سابقا", "لاحقا", "فورا", "معا", "جميعا", "كلها", "كلهم", "اخرا",
    "اولا", "دفعه", "مره", "اخري", "اخر", "فيما", "بينما", "حين", "اليوم", "غدا", "عمدا", "غرقا", "حرقا", "خنقا",
    "جوعا", "عطشا", "ذبحا", "شنقا", "اختناقا", "تباعا", "سويا", "مؤخرا", "موخرا", "اساسا", "اجمالا", "اصلا", "رسميا",
    "مباشره", "مجانا", "نقدا", "فعلا", "جزئيا", "كليا", "نهائيا",
    // (Nouns of a time's part that begin an adverb of time, not the counted thing's
    // kind: 190 دولة مطلع العام المقبل.)
    "مطلع", "مستهل", "منتصف", "اواخر", "اوايل", "اوائل", "نهايه", "بدايه", "قبيل", "طيله", "طوال", "خلال",
];

/// Adjectives after a counted noun that say how many more or how often, not what kind
/// of thing is counted (40 سفينة إضافية counts ships; 30 دراجة نارية counts motorbikes),
/// in `search` form.
const NOT_KIND: &[&str] = &[
    "اضافي", "اضافيه", "يومي", "يوميه", "اسبوعي", "اسبوعيه", "شهري", "شهريه", "سنوي", "سنويه",
    "اجمالي", "اجماليه", "حالي", "حاليه", "فعلي", "فعليه", "تقريبي", "تقريبيه",
];

/// Nouns of the elements and the lie of the land, in `search` form, whose adjectives
/// are no nationality (بحري, بري, جوي).
const ELEMENTS: &[&str] = &["بحر", "بر", "جو", "نهر", "جبل", "ساحل", "سهل"];

/// Is `norm` (a `search` form ending in ي or يه) the adjective of a country or region
/// (روسيه of روسيا, امريكي of امريكا)?
fn is_nationality(norm: &str) -> bool {
    let base = norm.strip_suffix("يه").or_else(|| norm.strip_suffix('ي')).unwrap_or(norm);
    // (Not the adjectives of the elements a thing moves in or lives on, whose nouns some
    // place lists hold as a town's or a region's name (بحر): بحرية, برية, جوية, نهرية,
    // جبلية, ساحلية say what kind of trip, patrol or route is counted, 38 رحلة بحرية.)
    if ELEMENTS.contains(&base) {
        return false;
    }
    [base.to_string(), format!("{base}ا"), format!("{base}يا")].iter().any(|k| gazetteer::word_flags(k) & (gazetteer::COUNTRY | gazetteer::REGION) != 0 || gazetteer::is_place(k) && gazetteer::word_flags(k) & gazetteer::CITY == 0)
}

/// Is this word a currency (دولار, فرنك), whose country after it belongs to the unit?
pub fn is_currency(info: &TokInfo) -> bool {
    stem_is(info, CURRENCIES)
}

/// Is this token a unit of measure or currency (ميلا, دولار, كم)?
pub fn is_unit(info: &TokInfo) -> bool {
    stem_is(info, UNITS)
}

fn stem_is(info: &TokInfo, list: &[&str]) -> bool {
    // The lists hold function words and common nouns, so a leading و or ف is always the
    // conjunction (وفي, ومنذ), even where clitic stripping keeps a common form whole.
    let conj = info.norm.strip_prefix(['و', 'ف']).filter(|r| r.chars().count() >= 2);
    one_of(list, &info.stem) || info.norm != info.stem && one_of(list, &info.norm) || conj.is_some_and(|r| one_of(list, r))
}

fn is_num(t: &Token) -> bool {
    t.kind == TokenKind::Number
}

fn num_value(t: &Token) -> Option<f64> {
    t.norm.replace(',', "").parse().ok()
}

fn is_year(t: &Token) -> bool {
    is_num(t) && !t.norm.contains(['.', ',']) && num_value(t).is_some_and(|v| (1000.0..=2200.0).contains(&v))
}

fn is_day(t: &Token) -> bool {
    is_num(t) && !t.norm.contains(['.', ',']) && num_value(t).is_some_and(|v| (1.0..=31.0).contains(&v))
}

/// Is token `k` a month's name right after a day's number (10 جوان, 3 ماي)? A name
/// there is the month (جوان is also a given name, ماي a word).
pub fn month_after_day(toks: &[Token], infos: &[TokInfo], k: usize) -> bool {
    k > 0 && k < toks.len() && is_day(&toks[k - 1]) && month_at(infos, k).is_some()
}

/// If a month name starts at `i`, how many tokens it takes.
fn month_at(infos: &[TokInfo], i: usize) -> Option<usize> {
    month_and_number(infos, i).map(|(n, _)| n)
}

/// The month name at `i`: its length in tokens and the month's number (1–12).
fn month_and_number(infos: &[TokInfo], i: usize) -> Option<(usize, u8)> {
    if !infos[i].gaz.has(MONTH) {
        return None;
    }
    for n in [2, 1] {
        if i + n > infos.len() {
            continue;
        }
        let mut key = gazetteer::bare(&infos[i].stem).to_string();
        for t in &infos[i + 1..i + n] {
            key.push(' ');
            key.push_str(&t.norm);
        }
        if let Some(m) = gazetteer::month(&key) {
            return Some((n, m));
        }
    }
    None
}

fn is_slash_or_paren(t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "/" | "(" | "-" | "\\")
}

/// Dates and quantities in one sentence (`toks` and their `infos`).
pub fn find(text: &str, toks: &[Token], infos: &[TokInfo]) -> Vec<Span> {
    let mut out = Vec::new();
    let n = toks.len();
    let mut i = 0;
    while i < n {
        if let Some((a, b)) = date_at(toks, infos, i) {
            out.push(Span { start: start_of(text, &toks[a], &infos[a]), end: toks[b - 1].end, kind: EntityType::Date, score: 1.0 });
            i = b;
            continue;
        }
        if let Some(b) = duration_at(toks, infos, i).or_else(|| fraction_at(toks, infos, i)).or_else(|| quantity_at(text, toks, infos, i)) {
            let a = if i > 0 && stem_is(&infos[i - 1], APPROXIMATELY) { i - 1 } else { i };
            out.push(Span { start: start_of(text, &toks[a], &infos[a]), end: toks[b - 1].end, kind: EntityType::Quantity, score: 1.0 });
            i = b;
            continue;
        }
        i += 1;
    }
    out
}

/// The word of a year after the preposition ل or ب glued to it (لعام, بعام, لسنة),
/// which the stemmer keeps whole: the preposition's letter, to leave out of a span.
fn year_word_after_preposition(info: &TokInfo) -> Option<char> {
    let first = info.norm.chars().next().filter(|c| matches!(c, 'ل' | 'ب'))?;
    YEAR_WORDS.contains(&&info.norm[first.len_utf8()..]).then_some(first)
}

/// Offices that العام after them qualifies as "general" (المدير العام, الأمين العام, النائب
/// العام, المدعي العام, المفتش العام, القنصل العام), in `search` form, with and without
/// the article.
const GENERAL_OFFICES: &[&str] = &["المدير", "مدير", "الامين", "امين", "النائب", "نائب", "المدعي", "مدعي", "المفتش", "مفتش", "القنصل", "قنصل", "المراقب", "مراقب", "المحامي", "محامي"];

/// Start of a span at a word, after its proclitics.
fn start_of(text: &str, t: &Token, info: &TokInfo) -> usize {
    if t.kind == TokenKind::Word && info.stem == info.norm && year_word_after_preposition(info).is_some() {
        return t.start + text[t.start..t.end].chars().next().map_or(0, char::len_utf8);
    }
    if t.kind == TokenKind::Word && info.stem.len() < info.norm.len() {
        let cut = super::clitic::clitic_bytes(&text[t.start..t.end]);
        if t.start + cut < t.end {
            return t.start + cut;
        }
    }
    t.start
}

/// A date starting at token `i`: (first, end) token indices.
fn date_at(toks: &[Token], infos: &[TokInfo], i: usize) -> Option<(usize, usize)> {
    let n = toks.len();
    // Relative: الشهر الماضي. (Not العام "general" after an office it qualifies: المدير
    // العام السابق, الأمين العام المقبل, the former director general, the next
    // secretary-general.)
    let general = stem_is(&infos[i], &["العام"]) && i > 0 && toks[i - 1].kind == TokenKind::Word && stem_is(&infos[i - 1], GENERAL_OFFICES);
    if !general && stem_is(&infos[i], PERIODS) && i + 1 < n && stem_is(&infos[i + 1], DIRECTIONS) {
        return Some((i, i + 2));
    }
    // A quarter or a half of a year named by its ordinal before من and the year: الربع
    // الأول من عام 2027, الربع الأخير من العام الماضي, النصف الثاني من 2026.
    let part = stem_is(&infos[i], &["الربع", "النصف"]) && i + 3 < n && toks[i + 1].kind == TokenKind::Word && stem_is(&infos[i + 1], &["الاول", "الثاني", "الثالث", "الرابع", "الاخير"]) && toks[i + 2].kind == TokenKind::Word && infos[i + 2].norm == "من";
    if part {
        if is_year(&toks[i + 3]) && num_value(&toks[i + 3]).is_some_and(|v| (1900.0..=2100.0).contains(&v)) {
            return Some((i, i + 4));
        }
        if let Some((_, e)) = date_at(toks, infos, i + 3).filter(|&(f, _)| f == i + 3) {
            if stem_is(&infos[i + 3], &["العام", "السنه", "عام", "سنه"]) {
                return Some((i, e));
            }
        }
    }
    // A demonstrative before a period: هذا الأسبوع, هذا العام, هذه السنة, "this week", the
    // current one as الأسبوع الجاري is. (Not اليوم: هذا اليوم is "this day" of any date.)
    let this = toks[i].kind == TokenKind::Word && matches!(infos[i].norm.as_str(), "هذا" | "هذه");
    if this && i + 1 < n && toks[i + 1].kind == TokenKind::Word && stem_is(&infos[i + 1], PERIODS) && infos[i + 1].stem == infos[i + 1].norm && !stem_is(&infos[i + 1], &["اليوم"]) && !(i + 2 < n && stem_is(&infos[i + 2], DIRECTIONS)) {
        return Some((i, i + 2));
    }
    // And in the dual: الأسبوعين المقبلين, الشهرين الماضيين.
    if stem_is(&infos[i], DUAL_PERIODS) && i + 1 < n && stem_is(&infos[i + 1], DUAL_DIRECTIONS) {
        return Some((i, i + 2));
    }
    // Year after عام / سنة (or لعام, بعام, which the stemmer keeps whole: ل and عام).
    if (stem_is(&infos[i], YEAR_WORDS) || year_word_after_preposition(&infos[i]).is_some()) && i + 1 < n && is_year(&toks[i + 1]) {
        return Some((i, i + 2));
    }
    // A year alone after منذ, حتى, في and the like, where no noun follows that it could count
    // (منذ 1989، حتى 2030 على الأقل; not منذ 1500 عام): the year.
    // (Or بحلول, قبل, بعد, خلال, and من after "as of": اعتبارا من 2027.)
    let as_of = stem_is(&infos[i], &["من"]) && i > 0 && stem_is(&infos[i - 1], AS_OF);
    if (stem_is(&infos[i], BARE_YEAR_CUES) || as_of) && i + 1 < n && is_year(&toks[i + 1]) && num_value(&toks[i + 1]).is_some_and(|v| (1900.0..=2100.0).contains(&v)) {
        let after = toks.get(i + 2);
        // (Or a participle of the derived forms in the accusative, a circumstance of the
        // sentence's subject, not what the year would count: غادر البلاد في 2023 متنقلا بين
        // مدينتين, منذ 2019 مستفيدا من …)
        let circumstance = |w: &str| (w.starts_with("مت") || w.starts_with("مست")) && w.ends_with('ا') && w.chars().count() >= 6;
        if after.is_none_or(|t| t.kind != TokenKind::Word || stem_is(&infos[i + 2], AFTER_BARE_YEAR) || circumstance(&infos[i + 2].norm)) {
            return Some((i + 1, i + 2));
        }
    }
    if stem_is(&infos[i], PART_OF_YEAR) && i + 1 < n && is_year(&toks[i + 1]) && num_value(&toks[i + 1]).is_some_and(|v| (1900.0..=2100.0).contains(&v)) {
        return Some((i + 1, i + 2));
    }
    // Weekday, then maybe a date. A weekday is named with the article (الأحد) or after
    // يوم (يوم أحد); أحد alone is "one" (أحد وجهاء المدينة), خميس a name, اثنين "two".
    let named_day = infos[i].stem.starts_with("ال") || i > 0 && stem_is(&infos[i - 1], &["يوم"]);
    // (Before عشر or عشرة the word is the teen "eleven" or "twelve", not a day: أفراد
    // الطاقم الأحد عشر, الاثني عشر شهرا.)
    let teen = i + 1 < n && stem_is(&infos[i + 1], &["عشر", "عشره"]);
    if named_day && !teen && infos[i].gaz.has(WEEKDAY) && gazetteer::weekday(gazetteer::bare(&infos[i].stem)).is_some() {
        let mut end = i + 1;
        if end < n && stem_is(&infos[end], DIRECTIONS) {
            end += 1;
        }
        let mut j = end;
        if j < n && toks[j].kind == TokenKind::Punct && toks[j].norm == "," {
            j += 1;
        }
        if j < n {
            if let Some((_, b)) = day_month(toks, infos, j) {
                end = b;
            }
        }
        return Some((i, end));
    }
    // Range: [من] D إلى D month.
    let from = if stem_is(&infos[i], &["من", "بين"]) && i + 1 < n && is_day(&toks[i + 1]) { i + 1 } else { i };
    let range = is_day(&toks[from]) && from + 2 < n && (stem_is(&infos[from + 1], RANGE_WORDS) || toks[from + 1].norm == "-");
    if range && is_day(&toks[from + 2]) {
        if let Some((_, b)) = day_month(toks, infos, from + 2).filter(|&(_, b)| b > from + 3) {
            return Some((i, b));
        }
    }
    if let Some(d) = hijri_at(toks, infos, i) {
        return Some(d);
    }
    if let Some(b) = numeric_date(toks, i) {
        return Some((i, b));
    }
    if let Some(b) = ordinal_day_date(toks, infos, i) {
        return Some((i, b));
    }
    // Day month [year] or month [year] with a cue.
    if let Some((a, b)) = day_month(toks, infos, i) {
        let has_day = is_day(&toks[a]);
        let has_year = b > a && is_year(&toks[b - 1]);
        let cue = i > 0 && stem_is(&infos[i - 1], MONTH_CUES);
        let direction = b > a + 1 && stem_is(&infos[b - 1], DIRECTIONS);
        if has_day || has_year || cue || direction || b - a > 1 && paired(toks, a, b) {
            return Some((a, b));
        }
    }
    None
}

/// Days of a month named by their ordinals in words, `search` form (الأول من كانون
/// الأول, العاشر من مارس), and the words that make the teens and the twenties of them
/// (الحادي عشر, الحادي والعشرين).
const DAY_ORDINALS: &[&str] = &["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر", "الحادي", "العشرين", "الثلاثين"];
const DAY_ORDINAL_TENS: &[&str] = &["عشر", "والعشرين", "والعشرون", "والثلاثين"];

/// A day named by its ordinal in words, then من and a month (الأول من كانون الأول, الخامس
/// عشر من أغسطس المقبل): one date, as 1 كانون الأول is. Its end token index. (Not an
/// ordinal before من and anything else: الأول من نوعه.)
fn ordinal_day_date(toks: &[Token], infos: &[TokInfo], i: usize) -> Option<usize> {
    if toks[i].kind != TokenKind::Word || infos[i].stem != infos[i].norm || !stem_is(&infos[i], DAY_ORDINALS) {
        return None;
    }
    let mut j = i + 1;
    if j < toks.len() && stem_is(&infos[j], DAY_ORDINAL_TENS) {
        j += 1;
    }
    if !(j + 1 < toks.len() && infos[j].norm == "من") {
        return None;
    }
    let (_, b) = day_month(toks, infos, j + 1)?;
    Some(b)
}

/// A date in digits, day, month and year joined by one separator without spaces, as
/// agencies date their wires (الرباط - 30-7-2026, نابلس 17/10/2026): its end token index.
/// (Its year then counts nothing: 2026 وفا is no quantity.)
fn numeric_date(toks: &[Token], i: usize) -> Option<usize> {
    let t = |k: usize| toks.get(k);
    let sep = t(i + 1).filter(|x| matches!(x.norm.as_str(), "-" | "/"))?;
    let joined = (i..i + 4).all(|k| t(k + 1).is_some_and(|b| toks[k].end == b.start));
    let month = t(i + 2).is_some_and(|m| is_num(m) && !m.norm.contains(['.', ',']) && num_value(m).is_some_and(|v| (1.0..=12.0).contains(&v)));
    let year = t(i + 4).is_some_and(is_year);
    (is_day(&toks[i]) && joined && month && t(i + 3).is_some_and(|x| x.norm == sep.norm) && year).then_some(i + 5)
}

/// Months of the Hijri calendar in `search` form (Gulf agencies date by both: الرياض 14
/// جمادى الأولى 1447 هـ الموافق 5 نوفمبر 2025 م).
const HIJRI_MONTHS: &[&str] = &[
    "محرم", "صفر", "ربيع الاول", "ربيع الاخر", "ربيع الثاني", "جمادي الاولي", "جمادي الاخره", "جمادي الثانيه",
    "جمادي الاخر", "رجب", "شعبان", "رمضان", "شوال", "ذو القعده", "ذي القعده", "ذو الحجه", "ذي الحجه",
];

/// A Hijri date at `i`: a day and a Hijri month, or a Hijri month, a year and هـ (its
/// months are also words and names alone: صفر, رجب, رمضان), with the year and هـ when
/// they follow. (first, end) token indices.
fn hijri_at(toks: &[Token], infos: &[TokInfo], i: usize) -> Option<(usize, usize)> {
    let n = toks.len();
    let day = is_day(&toks[i]);
    let m = if day { i + 1 } else { i };
    if m >= n || toks[m].kind != TokenKind::Word {
        return None;
    }
    let month_len = [2, 1].into_iter().find(|&len| {
        m + len <= n && toks[m..m + len].iter().all(|t| t.kind == TokenKind::Word) && {
            let mut key = infos[m].stem.clone();
            for t in &infos[m + 1..m + len] {
                key.push(' ');
                key.push_str(&t.norm);
            }
            HIJRI_MONTHS.contains(&key.as_str())
        }
    })?;
    let mut j = m + month_len;
    let year = j < n && is_num(&toks[j]) && num_value(&toks[j]).is_some_and(|v| (1300.0..=1600.0).contains(&v));
    if year {
        j += 1;
    }
    let era = year && j < n && toks[j].kind == TokenKind::Word && matches!(infos[j].norm.as_str(), "ه" | "هـ");
    if era {
        j += 1;
    }
    (day || era).then_some((i, j))
}

fn paired(toks: &[Token], a: usize, b: usize) -> bool {
    toks[a..b].iter().any(is_slash_or_paren)
}

/// [day] month [/ month | (month)] [year] [direction] starting at `i`.
fn day_month(toks: &[Token], infos: &[TokInfo], i: usize) -> Option<(usize, usize)> {
    let n = toks.len();
    let mut j = i;
    if is_day(&toks[j]) {
        j += 1;
    }
    if j >= n {
        return None;
    }
    let (m, number) = month_and_number(infos, j)?;
    let first = j;
    j += m;
    // A second name for the month: يوليو/تموز, سبتمبر (أيلول), سبتمبر/ أيلول; or, as
    // Reuters' Arabic wire writes it, with nothing between the two (يونيو حزيران 2025):
    // the same month under another name, never a list of two months (يونيو ويوليو).
    if j + 1 < n && is_slash_or_paren(&toks[j]) {
        if let Some(m2) = month_at(infos, j + 1) {
            j += 1 + m2;
            if toks[i..j].iter().any(|t| t.norm == "(") && j < n && toks[j].norm == ")" {
                j += 1;
            }
        }
    } else if j < n && toks[j].kind == TokenKind::Word {
        if let Some((m2, number2)) = month_and_number(infos, j) {
            if number2 == number && infos[j].norm != infos[first].norm {
                j += m2;
            }
        }
    }
    if j < n && is_year(&toks[j]) {
        j += 1;
    }
    if j < n && stem_is(&infos[j], DIRECTIONS) {
        j += 1;
    }
    Some((i, j))
}

/// Units of time that a duration chains from the largest to the smallest, in `search`
/// form (ساعتين is stemmed to ساعه).
const TIME_UNITS: &[&str] = &["ساعه", "ساعات", "دقيقه", "دقايق", "دقائق", "ثانيه", "ثان", "ثوان"];
/// Time units in the dual, numbers by themselves (ساعتين, دقيقتان).
const TIME_DUALS: &[&str] = &["ساعتين", "ساعتان", "دقيقتين", "دقيقتان", "ثانيتين", "ثانيتان"];
/// Currencies, whose country's adjective is part of the unit (دولار أمريكي, فرنك سويسري,
/// يوان صيني, روبية هندية).
const CURRENCIES: &[&str] = &[
    "دولار", "دولارا", "دولارات", "جنيه", "جنيها", "ريال", "ريالا", "دينار", "دينارا", "درهم", "درهما", "ليره", "روبل", "اوقيه",
    "دراهم", "دنانير", "ريالات", "جنيهات", "ليرات",
    "فرنك", "فرنكا", "فرنكات", "يوان", "روبيه", "روبيات",
];
/// Adjectives of a direction, which after a distance say where, not what kind of unit
/// (110 كيلومترات شمالي القاهرة, 40 كيلومترا جنوبا), in `search` form.
const DIRECTION_ADJECTIVES: &[&str] = &[
    "شمالي", "جنوبي", "شرقي", "غربي", "شماليه", "جنوبيه", "شرقيه", "غربيه", "شمالا", "جنوبا", "شرقا", "غربا",
];

/// A duration written in hours, minutes and seconds joined by و, one quantity as a
/// reader reads it (ساعتين و5 دقائق و41 ثانية, 3 ساعات و20 دقيقة): its first part a
/// time unit in the dual or a number with a time unit, then at least one و, a number
/// and a time unit. The end token index.
fn duration_at(toks: &[Token], infos: &[TokInfo], i: usize) -> Option<usize> {
    let n = toks.len();
    let time = |k: usize| k < n && toks[k].kind == TokenKind::Word && stem_is(&infos[k], TIME_UNITS);
    let dual = toks[i].kind == TokenKind::Word && stem_is(&infos[i], TIME_DUALS);
    let mut end = if dual {
        i + 1
    } else if is_num(&toks[i]) && time(i + 1) {
        i + 2
    } else {
        return None;
    };
    let first = end;
    while end + 2 < n && infos[end].norm == "و" && is_num(&toks[end + 1]) && time(end + 2) {
        end += 3;
    }
    (end > first).then_some(end)
}

/// A fraction written as a word before a unit of time in the singular (نصف ساعة, ربع
/// ساعة, نصف دقيقة): a quantity without digits, as a reader reads it. The end index.
fn fraction_at(toks: &[Token], infos: &[TokInfo], i: usize) -> Option<usize> {
    let unit = |k: usize| k < toks.len() && toks[k].kind == TokenKind::Word && matches!(infos[k].norm.as_str(), "ساعه" | "دقيقه" | "ثانيه" | "يوم" | "قرن");
    (toks[i].kind == TokenKind::Word && stem_is(&infos[i], &["نصف", "ربع", "ثلث"]) && unit(i + 1)).then_some(i + 2)
}

/// A time written as a clock, hours and minutes and perhaps seconds between colons with
/// no space (2:05:41), starting at number token `i`: the index of its last number and
/// how many parts it has.
fn clock_at(toks: &[Token], i: usize) -> Option<(usize, usize)> {
    let n = toks.len();
    let mut j = i;
    while j + 2 < n && toks[j + 1].norm == ":" && toks[j].end == toks[j + 1].start && toks[j + 1].end == toks[j + 2].start && is_num(&toks[j + 2]) && toks[j + 2].norm.len() == 2 {
        j += 2;
    }
    (j > i).then_some((j, (j - i) / 2 + 1))
}

/// Is number token `i` a later part of a clock or a ratio (the 05 and 41 of 2:05:41)?
fn after_colon(toks: &[Token], i: usize) -> bool {
    i >= 2 && toks[i - 1].norm == ":" && toks[i - 1].end == toks[i].start && toks[i - 2].end == toks[i - 1].start && is_num(&toks[i - 2])
}

/// A unit at token `j` with what makes it another unit: the end token index.
/// Does a masculine adjective follow a feminine noun or unit (48 ساعة يومي: "on the two
/// days", no daily hours)? Not a currency whose ه is its own (جنيه إسترليني).
fn disagrees(noun: &TokInfo, adjective: &TokInfo) -> bool {
    !stem_is(noun, CURRENCIES) && noun.norm.ends_with('ه') && adjective.norm.ends_with('ي')
}

fn quantity_at_unit(toks: &[Token], infos: &[TokInfo], j: usize) -> Option<usize> {
    let n = toks.len();
    // (قدم, a foot, is also the verb قدّم: a unit only as a square or cubic foot, the
    // measure of gas reserves: 3,5 تريليون قدم مكعب.)
    let feet = stem_is(&infos[j], &["قدم", "اقدام"]) && j + 1 < n && stem_is(&infos[j + 1], UNIT_ADJECTIVES);
    if !stem_is(&infos[j], UNITS) && !feet {
        return None;
    }
    let mut end = j + 1;
    // كم/ساعة
    if end + 1 < n && toks[end].norm == "/" && stem_is(&infos[end + 1], UNITS) {
        end += 2;
    }
    end = per_unit(toks, infos, end);
    // ميلا بحريا, مترا مربعا; دولار أمريكي (a currency's country: the tagger's flag, or
    // the adjective of a place only a phrase of the lists names, أمريكي of أمريكا; the
    // pound is sterling, and a currency's country may be feminine, ليرة سورية).
    let w = infos.get(end);
    let currency = stem_is(&infos[j], CURRENCIES);
    let country = w.is_some_and(|w| {
        !w.stem.starts_with("ال")
            && (w.norm.ends_with('ي') && w.norm.chars().count() >= 5 && !stem_is(w, NOT_COUNTED) && (is_nationality(&w.norm) || matches!(gazetteer::place_adjective(&w.norm), Some(gazetteer::Nisba::Land)))
                || currency && (w.norm.ends_with("يه") && is_nationality(&w.norm) || stem_is(w, &["امريكي", "اميركي", "استرليني"]))
                // (A country whose name is its own adjective: فرنك جيبوتي.)
                || currency && w.norm.ends_with('ي') && w.stem == w.norm && gazetteer::word_flags(&w.norm) & gazetteer::COUNTRY != 0)
    });
    // (An adjective agrees with a feminine unit: 48 ساعة يومي is "on the two days".)
    // (Not a currency whose ه is its own, جنيه إسترليني.)
    // (Nor a direction after a distance: 110 كيلومترات شمالي القاهرة says where.)
    let disagrees = end < n && (disagrees(&infos[end - 1], &infos[end]) || stem_is(&infos[end], DIRECTION_ADJECTIVES));
    // (A currency renamed when it was redenominated: الأوقية الجديدة, الليرة الجديدة.)
    let renamed = currency && end < n && stem_is(&infos[end], &["جديد", "جديده", "جديدا"]);
    if end < n && !disagrees && (stem_is(&infos[end], UNIT_ADJECTIVES) || country || renamed || infos[end].gaz.has(gazetteer::NISBA) && !infos[end].stem.starts_with("ال")) {
        end += 1;
        // (A rate after the unit's adjective too: 500 ألف متر مكعب في اليوم.)
        end = per_unit(toks, infos, end);
    }
    Some(end)
}

/// 140 كيلومترا في الساعة, مليون برميل في اليوم: a rate, "per hour", "per day", after a
/// unit ending at `end` (not في اليوم التالي, "on the next day"): the new end. Also a
/// concentration or a price by a measure, 12 غراما في اللتر, 90 دولارا في الطن.
fn per_unit(toks: &[Token], infos: &[TokInfo], end: usize) -> usize {
    let n = toks.len();
    let per = end + 1 < n && infos[end].norm == "في" && matches!(infos[end + 1].norm.as_str(), "الساعه" | "اليوم" | "الثانيه" | "الدقيقه" | "اللتر" | "الطن" | "الكيلوغرام");
    // (إلى, الى in `search` form, is no adjective of the day.)
    if per && !(end + 2 < n && toks[end + 2].kind == TokenKind::Word && infos[end + 2].norm.starts_with("ال") && !stem_is(&infos[end + 2], NOT_COUNTED)) {
        end + 2
    } else {
        end
    }
}

/// Is the word at `k` an adjective of the noun at `j` that makes the counted thing
/// (30 دراجة نارية, 5 هواتف ذكية; an accusative after an accusative, 14 هاتفا نقالا),
/// not a nationality (3 كيانات روسية, 41 حاجا أردنيا count entities and pilgrims) nor
/// how many more or how often?
fn kind_adjective(toks: &[Token], infos: &[TokInfo], j: usize, k: usize) -> bool {
    let w = &infos[k];
    let plain = toks[k].kind == TokenKind::Word
        && w.stem == w.norm
        && !w.norm.starts_with("ال")
        && !w.gaz.has(gazetteer::NISBA | gazetteer::COUNTRY | gazetteer::CITY | gazetteer::REGION)
        && !stem_is(w, NOT_COUNTED)
        && !stem_is(w, NOT_KIND)
        && !stem_is(w, ADVERBIAL)
        && w.norm.chars().count() >= 4;
    // (Not a derived participle followed by the preposition ب it governs: 42 شاحنة
    // محملة بالقمح, 12 سفينة مزودة بالوقود say how the things are, not what they are,
    // as 3000 حاوية عالقة; 20 عربة مدرعة stays.)
    if !plain || governs_b(toks, infos, k) {
        return false;
    }
    // (Not ب and a noun the stemmer left together: 1200 إصابة بجدري القردة; بحرية,
    // بشرية are words of their own.)
    // (Nor ل and a verbal noun in ية the stemmer left together, a word of general
    // Arabic without the ل, in the construct state before a definite noun: 12 محطة
    // لتحلية المياه, "for desalinating the water", is no nisba.)
    let b_noun = w.norm.strip_prefix('ب').is_some_and(|rest| super::general_freq::buckets(&w.norm)[0] <= 1 && super::general_freq::buckets(rest)[0] >= 3)
        || w.norm.strip_prefix('ل').is_some_and(|rest| super::general_freq::buckets(rest)[0] >= 3)
            && infos.get(k + 1).is_some_and(|d| toks[k + 1].kind == TokenKind::Word && d.stem == d.norm && d.norm.starts_with("ال"));
    // (A feminine counted noun takes the feminine: 48 ساعة يومي is "48 hours on the two
    // days", not daily hours.)
    let disagrees = disagrees(&infos[j], w);
    let nisba = (w.norm.ends_with("يه") || w.norm.ends_with('ي')) && !is_nationality(&w.norm) && !b_noun && !disagrees;
    // (Not a verb in the plural, 33 عاملا حوصروا. A nisba in the accusative, 40 محلا
    // تجاريا, may look like a verb of the dual, تجاريا "you two keep
    // pace": its ending يا makes it the adjective, unless it says how many more, إضافيا.)
    let nisba_accusative = w.norm.ends_with("يا") && w.norm.chars().count() >= 5 && !w.norm.strip_suffix('ا').is_some_and(|b| NOT_KIND.contains(&b));
    let accusative = infos[j].norm.ends_with('ا')
        && w.norm.ends_with('ا')
        && !w.norm.ends_with("وا")
        && (nisba_accusative || !super::post::verb_like(w))
        && !w.norm.strip_suffix('ا').is_some_and(is_nationality);
    nisba || accusative
}

/// Is the word at `k` a derived participle (م…) followed by the preposition ب it
/// governs (محملة بالقمح, مزودة بالوقود)? It says how the counted things are. (So is
/// one whose ب is written apart with a tatweel before a number: محملة بـ 400 طن.)
fn governs_b(toks: &[Token], infos: &[TokInfo], k: usize) -> bool {
    infos[k].norm.starts_with('م') && infos.get(k + 1).is_some_and(|n| toks[k + 1].kind == TokenKind::Word && (n.stem != n.norm && n.norm.starts_with('ب') || n.norm == "ب"))
}

/// Is the word at `k` a plain noun that can say what a counted noun in the construct
/// state counts (شركة سياحة, مركز امتحان): indefinite, a word of general Arabic, no
/// verb, adverb, particle, name or place, and not an adjective that agrees with the
/// counted noun: a nisba (40 سفينة إضافية), an active participle فاعل or فاعلة (3000
/// حاوية عالقة), an adjective فعيل or فعيلة (20 عربة ثقيلة), nor a verb of four letters
/// (1200 حاوية تأخر شحنها).
fn kind_noun(toks: &[Token], infos: &[TokInfo], k: usize) -> bool {
    let w = &infos[k];
    let letters: Vec<char> = w.norm.chars().collect();
    let participle = matches!(letters.len(), 4 | 5) && letters[1] == 'ا' && (letters.len() == 4 || letters[4] == 'ه');
    // (Nor an adjective فعيل or فعيلة: 20 عربة ثقيلة.)
    let faeel = matches!(letters.len(), 4 | 5) && letters[2] == 'ي' && (letters.len() == 4 || letters[4] == 'ه');
    // (And an imperfect of the third form, يفاعل or تفاعل, that general Arabic seldom
    // writes with the article: 11 دولة تشارك, "11 countries take part"; its verbal nouns
    // of the sixth form, تعاون, تبادل, take the article often and stay.)
    let verb = letters.len() == 4 && matches!(letters[0], 'ت' | 'ي') || letters.len() == 5 && matches!(letters[0], 'ت' | 'ي') && letters[2] == 'ا' && w.gen[1] <= 2;
    // (Nor the particle of negation before an adjective, 62 ورشة غير مرخصة: "unlicensed
    // workshops", no workshops of anything.)
    let particle = matches!(w.norm.as_str(), "غير" | "سوي");
    // (Nor a noun of time before a year, which begins the date the count is of: 300
    // ورشة عام 1970, 12 مدرسة سنة 2019.)
    let time_before_year = stem_is(w, &["عام", "سنه"]) && toks.get(k + 1).is_some_and(is_year);
    toks[k].kind == TokenKind::Word
        && !time_before_year
        && !particle
        && !participle
        && !governs_b(toks, infos, k)
        && !faeel
        && !verb
        && !w.norm.ends_with('ي')
        && !w.norm.ends_with("يه")
        // (Nor a participle's plural in the nominative, which no construct governs: 8
        // آلاف طبيب معنيون; زيتون is a noun.)
        && !(w.norm.starts_with('م') && w.norm.ends_with("ون"))
        && !stem_is(w, NOT_KIND)
        && w.stem == w.norm
        && !w.norm.starts_with("ال")
        && !w.norm.ends_with('ا')
        && w.norm.chars().count() >= 3
        && !stem_is(w, NOT_COUNTED)
        && !stem_is(w, ADVERBIAL)
        && !stem_is(w, UNITS)
        && !w.gaz.has(gazetteer::NISBA | gazetteer::COUNTRY | gazetteer::CITY | gazetteer::REGION | gazetteer::GIVEN | gazetteer::FAMILY | gazetteer::TITLE | MONTH | WEEKDAY)
        && !super::post::verb_like(w)
        // (A word general Arabic writes often and with the article is a noun whatever
        // its letters look like, شجرة زيتون; not a participle that agrees with the
        // counted noun, 45 مرشة محمولة.)
        && (super::post::ordinary(w) || w.gen[0] >= 4 && (3..=6).contains(&w.gen[1]) && !w.norm.ends_with('ه') && !w.norm.starts_with('م'))
}

/// A quantity starting at number token `i`: its end token index.
/// A word in the indefinite accusative of a counted noun (بندا, لغما, قتيلا): its alef
/// of tanween after at least three letters, not a suffix pronoun (بها, لنا, بهما).
fn accusative_noun(norm: &str) -> bool {
    norm.chars().count() >= 4 && norm.ends_with('ا') && !["ها", "نا", "ما", "وا"].iter().any(|x| norm.ends_with(x))
}

fn quantity_at(text: &str, toks: &[Token], infos: &[TokInfo], i: usize) -> Option<usize> {
    let n = toks.len();
    if model_code(text, toks, infos, i) {
        return None;
    }
    // A scale in the dual is a number written out (مليوني لتر, ألفي جندي): a quantity
    // only with a unit or a counted noun after it.
    if toks[i].kind == TokenKind::Word && stem_is(&infos[i], DUAL_SCALES) {
        let j = i + 1;
        return (j < n && toks[j].kind == TokenKind::Word && (stem_is(&infos[j], UNITS) || infos[j].stem == infos[j].norm && !infos[j].norm.starts_with("ال") && !stem_is(&infos[j], NOT_COUNTED) && infos[j].norm.chars().count() >= 3))
            .then(|| quantity_at_unit(toks, infos, j).unwrap_or(j + 1));
    }
    // A number written out, perhaps with its scale (أربعة ملايين دينار, عشرة آلاف طن,
    // ألف نازح): a quantity only with a unit or an indefinite counted noun after it,
    // as after a scale in the dual. (Not a verb: خمسة يغادرون.)
    // (Also ست, سبع, تسع, عشر, which are other words too, before a plural unit of time,
    // and any of them after the preposition ب or ل before one: بتسع دقائق, بثلاث ساعات,
    // "by nine minutes", لخمس سنوات, "for five years".)
    let time_after = i + 1 < n && toks[i + 1].kind == TokenKind::Word && infos[i + 1].stem == infos[i + 1].norm && stem_is(&infos[i + 1], &["دقائق", "دقايق", "ساعات", "ثوان", "ايام", "اسابيع", "اشهر", "سنوات"]);
    // (Or before an indefinite sound feminine plural, which no lady, lion or verb
    // "holds" takes right after it: تسع محافظات, سبع جلسات, ست مبادرات.)
    let feminine_plural_after = i + 1 < n && toks[i + 1].kind == TokenKind::Word && {
        let w = &infos[i + 1];
        w.stem == w.norm && !w.norm.starts_with("ال") && w.norm.ends_with("ات") && w.norm.chars().count() >= 5 && !super::post::verb_like(w) && !w.gaz.has(MONTH | WEEKDAY)
    };
    let time_after = time_after || feminine_plural_after;
    let ambiguous = toks[i].kind == TokenKind::Word && stem_is(&infos[i], &["ست", "سبع", "تسع", "عشر"]);
    // (And the teens written out, a unit then عشر or عشرة: إحدى عشرة شكوى, اثنا عشر
    // جنديا, خمسة عشر يوما, also after ب: بإحدى عشرة شكوى.)
    let teen = toks[i].kind == TokenKind::Word && i + 2 < n && toks[i + 1].kind == TokenKind::Word && stem_is(&infos[i], TEEN_UNITS) && infos[i + 1].stem == infos[i + 1].norm && stem_is(&infos[i + 1], &["عشر", "عشره"]);
    // (Or after ل before the same, "for three periods": لثلاث فترات, لخمس سنوات.)
    // (Or after the conjunction و, the second count of a list, خمس طائرات وثلاث سفن,
    // 22 طائرة وعشر طائرات: a number word of its own, or one of the four that are other
    // words too before the same nouns.)
    let after_and = infos[i].norm.strip_suffix(infos[i].stem.as_str()) == Some("و") && (stem_is(&infos[i], NUMBER_WORDS) || ambiguous && time_after || teen);
    let plain = infos[i].stem == infos[i].norm || after_and || matches!(infos[i].norm.strip_suffix(infos[i].stem.as_str()), Some("ب" | "ل")) && (time_after || teen);
    if toks[i].kind == TokenKind::Word && (stem_is(&infos[i], NUMBER_WORDS) || ambiguous && time_after || teen) && plain {
        let mut j = if teen { i + 2 } else { i + 1 };
        while j < n && stem_is(&infos[j], SCALES) {
            j += 1;
        }
        let counted = j < n
            && toks[j].kind == TokenKind::Word
            && (stem_is(&infos[j], UNITS) || infos[j].stem == infos[j].norm && !infos[j].norm.starts_with("ال") && !stem_is(&infos[j], NOT_COUNTED) && infos[j].norm.chars().count() >= 3 && !super::post::verb_like(&infos[j]) && !infos[j].gaz.has(MONTH | WEEKDAY));
        if !counted {
            return None;
        }
        // (A sound feminine plural after three to ten in the construct state with the
        // noun that says what kind it is: سبع شركات طيران, ثلاث سيارات إسعاف.)
        // (Its adjective only where it agrees with that noun, not with the plural: سبع
        // شركات طيران محلية are local companies.)
        if j + 1 < n && !stem_is(&infos[j], UNITS) && infos[j].norm.ends_with("ات") && !kind_adjective(toks, infos, j, j + 1) && kind_noun(toks, infos, j + 1) {
            let agrees = j + 2 < n && infos[j + 1].norm.ends_with('ه') == infos[j + 2].norm.ends_with("يه");
            return Some(if agrees && kind_adjective(toks, infos, j + 1, j + 2) { j + 3 } else { j + 2 });
        }
        return Some(quantity_at_unit(toks, infos, j).unwrap_or_else(|| if j + 1 < n && kind_adjective(toks, infos, j, j + 1) { j + 2 } else { j + 1 }));
    }
    if !is_num(&toks[i]) || after_colon(toks, i) {
        return None;
    }
    // (Nor the second year of a season, موسم 2026/2027, before the next quantity's
    // word of approximation: 2027 نحو.)
    if i >= 2 && toks[i - 1].norm == "/" && is_year(&toks[i - 2]) && is_year(&toks[i]) {
        return None;
    }
    // 2:05:41 ساعة, 2:19 دقيقة: a time as a clock with its unit (without one, three
    // parts only: 2:1 is as often a score).
    if let Some((last, parts)) = clock_at(toks, i) {
        let unit = last + 1 < n && toks[last + 1].kind == TokenKind::Word && stem_is(&infos[last + 1], TIME_UNITS);
        return if unit { Some(last + 2) } else { (parts == 3).then_some(last + 1) };
    }
    // (A number that names a thing counts nothing: القرار 1701, المادة 50.)
    if i > 0 && stem_is(&infos[i - 1], NUMBERED_THINGS) {
        return None;
    }
    // (Nor one written onto a word, كوب31, G20: the number is the name's.)
    if i > 0 && toks[i - 1].end == toks[i].start && matches!(toks[i - 1].kind, TokenKind::Word | TokenKind::Latin) && !text[toks[i - 1].start..toks[i - 1].end].ends_with('\u{0640}') && toks[i - 1].norm.chars().count() >= 3 {
        return None;
    }
    // (Nor one written after the article, an ordinal: المركز الـ31, والـ12 عالميا, the
    // article joined to the number by a tatweel or nothing.)
    if i > 0 && toks[i - 1].end == toks[i].start && toks[i - 1].kind == TokenKind::Word && stem_is(&infos[i - 1], &["ال"]) {
        return None;
    }
    let mut j = i + 1;
    while j < n && stem_is(&infos[j], SCALES) {
        j += 1;
    }
    let scaled = j > i + 1;
    if j >= n {
        return scaled.then_some(j);
    }
    if toks[j].norm == "%" {
        return Some(j + 1);
    }
    if j + 1 < n && infos[j].norm == "في" && matches!(infos[j + 1].norm.as_str(), "المئه" | "الميه" | "المائه") {
        return Some(j + 2);
    }
    if matches!(infos[j].stem.as_str(), "المئه" | "الميه" | "المائه") {
        return Some(j + 1);
    }
    // (Nor يوم before the day's name: يوم الجمعة names a day, and the number before it
    // ends something else, a score, فاز 91-80 يوم الجمعة.)
    if toks[j].kind == TokenKind::Word && infos[j].stem == infos[j].norm && infos[j].norm == "يوم" && j + 1 < n && infos[j + 1].gaz.has(WEEKDAY) {
        return None;
    }
    // (A unit takes no preposition either: الدورة 35 لأيام قرطاج is "of the Days of
    // Carthage", no 35 days.)
    let with_preposition = infos[j].stem != infos[j].norm && (infos[j].norm.starts_with('ل') || infos[j].norm.starts_with('ب')) && !accusative_noun(&infos[j].norm);
    if let Some(end) = quantity_at_unit(toks, infos, j).filter(|_| !with_preposition) {
        return Some(end);
    }
    // (A verb after the number counts nothing: من أصل 52 اندلعت, 3 يغادرون. General
    // Arabic hardly writes it with the article; a counted noun in the accusative,
    // قتيلا, neither, but it ends with its alef.)
    let verb = {
        let w = &infos[j];
        super::post::verb_like(w) && (w.norm.ends_with('ت') || w.stem.starts_with(['ي', 'ت'])) && !w.norm.ends_with('ا')
    };
    if toks[j].kind == TokenKind::Word
        && !verb
        && !(is_year(&toks[i]) && i > 0 && stem_is(&infos[i - 1], YEAR_CUES))
        && !stem_is(&infos[j], NOT_COUNTED)
        && !stem_is(&infos[j], APPROXIMATELY)
        && !infos[j].gaz.has(MONTH | WEEKDAY)
        && infos[j].norm.chars().count() >= 2
        // (A counted noun is indefinite: طائرات F-16 العراقية counts nothing. آلية,
        // "a vehicle", begins with alef madda, no article.)
        && !(infos[j].stem.starts_with("ال") && !text[toks[j].start..toks[j].end].starts_with('آ'))
        // (A counted noun takes no preposition: الدورة الـ46 لمهرجان …, 3 بعد. But one in
        // the accusative, with its alef, is no preposition's noun, which would be in the
        // genitive: 12 بندا, 40 لغما are counted بنود and ألغام.)
        && !(infos[j].stem != infos[j].norm && (infos[j].norm.starts_with('ل') || infos[j].norm.starts_with('ب')) && !accusative_noun(&infos[j].norm))
        // (Nor a word with the conjunction, which begins a clause or a list's next item:
        // رؤية عُمان 2040 ورؤية قطر, "2040 and the vision of"; في الدقيقة 34 وإمام عاشور;
        // قتل 12 وأصيب 30. The stemmer keeps nouns that begin with و whole: 12 ولاية.)
        && !(infos[j].stem.chars().count() >= 3 && infos[j].norm.strip_prefix('و') == Some(infos[j].stem.as_str()))
    {
        // 30 دراجة نارية, 20 عربة مدرعة: an adjective that makes the counted thing
        // (not a nationality: 3 كيانات روسية counts entities).
        let k = j + 1;
        let adjective = k < n && kind_adjective(toks, infos, j, k);
        // 340 حالة وفاة, 12 عملية اغتيال: a noun that counts cases of what the noun
        // after it names (with that noun's adjective: 2700 حالة إجهاد حراري).
        // (Not a preposition's phrase after it: 14 حالة لكل 100 ألف.)
        // (A noun whose own first letters are ال, التهاب, التزام: a word an indefinite
        // noun or adjective follows, as no definite noun's is, 37 حالة التهاب كبد, 5
        // حالات التهاب رئوي; not a time, a month or a place, 12 حالة الأسبوع الماضي.)
        // (The second noun of a disease's name in the construct state, before the
        // adjective that ends it: كبد of التهاب كبد وبائي, which general Arabic also
        // reads as a verb, كبّد.)
        let disease_noun = |m: usize| {
            let w = &infos[m];
            m + 1 < n
                && toks[m].kind == TokenKind::Word
                && toks[m + 1].kind == TokenKind::Word
                // (Its first letter may look like a clitic to the stemmer, ك of كبد.)
                && (w.stem == w.norm || super::general_freq::buckets(&w.norm)[0] >= 2)
                && !w.norm.starts_with("ال")
                && w.norm.chars().count() >= 3
                && !w.gaz.has(gazetteer::NISBA | gazetteer::COUNTRY | gazetteer::CITY | gazetteer::REGION | gazetteer::GIVEN | gazetteer::FAMILY | gazetteer::TITLE | MONTH | WEEKDAY)
                && !stem_is(w, NOT_COUNTED)
                && !kind_adjective(toks, infos, m - 1, m)
                && kind_adjective(toks, infos, m, m + 1)
        };
        let own_article = |k: usize| {
            let (w, x) = (&infos[k], infos.get(k + 1));
            k + 1 < n
                && toks[k + 1].kind == TokenKind::Word
                && x.is_some_and(|x| !x.norm.starts_with("ال") && x.norm.chars().count() >= 3)
                && w.norm.chars().count() >= 5
                && !w.gaz.has(MONTH | WEEKDAY | gazetteer::COUNTRY | gazetteer::CITY | gazetteer::REGION)
                && !stem_is(w, super::post::TIME_WORDS)
                && (kind_adjective(toks, infos, k, k + 1) || kind_noun(toks, infos, k + 1) || disease_noun(k + 1))
        };
        let counted = k < n && stem_is(&infos[j], CASE_NOUNS) && toks[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && (!infos[k].norm.starts_with("ال") || own_article(k)) && infos[k].norm.chars().count() >= 3 && !stem_is(&infos[k], NOT_COUNTED) && !matches!(infos[k].norm.as_str(), "لكل" | "بكل" | "بين" | "لدي" | "عند" | "نحو" | "كل");
        if counted {
            // (A disease named by two nouns in the construct state and an adjective: 37
            // حالة التهاب كبد وبائي, 12 حالة فشل كلوي حاد; only with the adjective that
            // ends such a name.)
            if k + 2 < n && disease_noun(k + 1) {
                return Some(k + 3);
            }
            return Some(if k + 1 < n && kind_adjective(toks, infos, k, k + 1) { k + 2 } else { k + 1 });
        }
        // 16 شركة سياحة, 2900 مركز امتحان: a singular counted noun in the construct
        // state with the noun that says what kind it is. Only a singular can be: a
        // feminine one after 11 and more, any after a hundred or a scale (an accusative
        // with its alef, 20 شخصا, is in no construct).
        let value = num_value(&toks[i]).unwrap_or(0.0);
        // (A masculine one after 11 to 99 too: the counted noun is accusative there, and
        // without its alef, 16 طالب لجوء, it can only be in the construct state.)
        // (After a hundred or a scale a counted noun is genitive: an alef that ends it
        // there is its own where general Arabic writes the word with it more than
        // without, a loanword's, 600 كاميرا مراقبة; 140 مسافرا is the accusative outlets
        // write too.)
        let freq = |w: &str| super::general_freq::buckets(w)[0];
        let own_alef = (value >= 100.0 || scaled) && infos[j].norm.strip_suffix('ا').is_some_and(|b| freq(&infos[j].norm) > freq(b));
        let singular = (!infos[j].norm.ends_with('ا') || own_alef) && !infos[j].norm.ends_with("ات") && (value >= 11.0 || scaled);
        // (Or a sound feminine plural after three to ten, in the genitive and in the
        // construct state: 7 شركات طيران, 3 سيارات إسعاف.)
        let plural = infos[j].norm.ends_with("ات") && (3.0..=10.0).contains(&value) && !scaled;
        if !adjective && (singular || plural) && k < n && kind_noun(toks, infos, k) {
            let agrees = !plural || k + 1 < n && infos[k].norm.ends_with('ه') == infos[k + 1].norm.ends_with("يه");
            return Some(if agrees && k + 1 < n && kind_adjective(toks, infos, k, k + 1) { k + 2 } else { k + 1 });
        }
        // (A suspect is "suspected of": 1200 مشتبه به, 23 مشتبها بهم, one counted noun.)
        let suspected = stem_is(&infos[j], &["مشتبه", "مشتبها"]) && k < n && matches!(infos[k].norm.as_str(), "به" | "بهم" | "بها" | "بهما");
        if suspected {
            return Some(k + 1);
        }
        return Some(if adjective { k + 1 } else { j + 1 });
    }
    scaled.then_some(j)
}

/// Words before a model's designation (من طراز 737, موديل 2024 is a car's year and
/// stays a date's business): the number after them names the model, it counts nothing.
const MODEL_WORDS: &[&str] = &["طراز", "طرازات"];

/// Nouns of aircraft, which a count follows but a model's code comes after: طائرات
/// 787-9 is of the model 787-9 (a range, 10-15 طائرة, comes before its noun).
const AIRCRAFT: &[&str] = &["طائره", "طائرات", "الطائره", "الطائرات"];

/// A number that is a model's code, not a count: after طراز (طائرات من طراز 737 ماكس),
/// or joined by a hyphen, without spaces, to Latin letters before it (the 900 of
/// A350-900) or to a number that is a code itself or follows an aircraft's noun (the 9
/// of طراز 787-9, طائرات 787-9), where a range of counts (10-15 طائرة) is neither.
fn model_code(text: &str, toks: &[Token], infos: &[TokInfo], i: usize) -> bool {
    if toks[i].kind != TokenKind::Number || i == 0 {
        return false;
    }
    let p = &toks[i - 1];
    if p.kind == TokenKind::Word && infos[i - 1].stem == infos[i - 1].norm && stem_is(&infos[i - 1], MODEL_WORDS) {
        return true;
    }
    let hyphen = i >= 2 && p.kind == TokenKind::Punct && &text[p.start..p.end] == "-" && p.end == toks[i].start && toks[i - 2].end == p.start;
    if !hyphen {
        return false;
    }
    match toks[i - 2].kind {
        TokenKind::Latin => true,
        TokenKind::Number => model_code(text, toks, infos, i - 2) || i >= 3 && toks[i - 3].kind == TokenKind::Word && stem_is(&infos[i - 3], AIRCRAFT),
        _ => false,
    }
}
