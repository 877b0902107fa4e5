//! Span edges and types that the tagger gets wrong in ways a reader sees at once,
//! fixed by rules of Arabic news writing that hold whatever the outlet.
//!
//! The tagger sees a few words around each token; some mistakes need the whole text or
//! what general Arabic says of a word:
//!
//! - Two names joined by و are two mentions (بيونغ يانغ وموسكو → بيونغ يانغ, موسكو).
//! - A name that the text names elsewhere on its own does not take the next word when
//!   that word is an ordinary word of general Arabic (a verb or adjective: كيم مر,
//!   بوتين المفضل); relational adjectives (السابق, الحالي, الجديد) never end a name.
//! - A capital or country standing for its government is still the place (LOC):
//!   «بيونغ يانغ تنفي» is the city's government, linked to the city. This holds for
//!   countries and place names of several words; a one-word city tagged ORG may be a
//!   club (برشلونة), and linking gives it the type the text gives it most.
//! - Seats of government named by their building (البيت الأبيض, الكرملين) are the
//!   institution (ORG).
//! - A multi-word span tagged ORG or MISC, with no word that heads an organization,
//!   whose last word the text names alone as a person, is the person (ديميتريس
//!   بابادوبولوس, later بابادوبولوس).
//! - A definite nisba adjective after a definite noun (الرئيس البنمي) is an adjective,
//!   not a name; a definite head alone (المعهد) is a description, not a name.
//! - A person's name after a noun of things named after people (مقياس بوفورت) is,
//!   with that noun, the thing's name (MISC).
//! - An organization's name cut short goes on over what the body is for (حزب التجمع
//!   الوطني للعدالة); a natural feature's head is in its name (بحر إيجه); a name after a
//!   word that heads place names (العاصمة سانتياغو) or in a dateline is a place.
//! - A given name just before a person's name is part of it (أدريان واتسون); a foreign
//!   surname the text gives a person is that person wherever it stands alone (زيارة
//!   شويغو).
//! - Names the tagger misses that their form shows: Latin capitals in Arabic text (CNN,
//!   BBC) are outlets or organizations; a head of organization in the construct state
//!   followed by a foreign name (قوات فاغنر, مركز فوستوشني للفضاء) or by a definite
//!   noun (وزارة الخزانة الأمريكية) is an organization; the one or two words that
//!   begin a line before the agency's bracket or a dash are the dateline's place (عدن
//!   (أ ف ب) –), and one short word in brackets after an organization is its short
//!   name, whole even where its first letter looks like a clitic (واس, وفا).

use super::features::{TokInfo, WordCache};
use super::frontcode::one_of;
use super::gaps;
use super::gazetteer::{self, CITY, COUNTRY, FAMILY, GIVEN, NISBA, ORG_HEAD, PHRASE_INSIDE, REGION};
use super::link::key_words;
use super::{EntityType, Span};
use crate::normalize::search_text;
use crate::tokenize::{Token, TokenKind};
use std::collections::{HashMap, HashSet};
use std::ops::Range;

/// Names longer than this (in words) are not compared with each other's runs of words
/// (a run-on that long is the tagger's, not a name plus one word; the bound keeps the
/// comparison linear in the text).
const MAX_NAME_WORDS: usize = 6;

/// Adjectives that tell how something relates in time or order; a name never ends
/// with one (المعهد السابق, الرئيس الحالي).
pub(super) const RELATIONAL: &[&str] = &[
    "السابق", "السابقه", "الحالي", "الحاليه", "الجديد", "الجديده", "المذكور", "المذكوره",
    "الاخير", "الاخيره", "المقبل", "المقبله", "المنتهيه", "المنتهي", "نفسه", "نفسها", "ذاته",
    "ذاتها", "التابع", "التابعه",
    // (Owned by: الشركة المملوكة للدولة, "the state-owned company", a description.)
    "المملوك", "المملوكه",
    // (The office "concerned with" a matter, after the body it belongs to: المقرر الخاص
    // للأمم المتحدة المعني بحالة حقوق الإنسان.)
    "المعني", "المعنيه", "المعنيين",
];

/// Heads of natural features whose name they are part of (بحر إيجه, نهر النيل; a marsh
/// of southern Iraq, هور الحويزة, هور الحمار).
pub(super) const FEATURES: &[&str] = &["بحر", "نهر", "جبل", "جبال", "خليج", "مضيق", "بحيره", "صحراء", "هضبه", "وادي", "هور"];
/// The same with the article, which make a name with a definite adjective (البحر
/// الأحمر, المحيط الهادئ, الخليج العربي).
pub(super) const DEFINITE_FEATURES: &[&str] = &["البحر", "المحيط", "الخليج", "النهر"];

/// Words that head an organization's name besides the gazetteer's (a union, a group).
const MORE_ORG_HEADS: &[&str] = &[
    "نقابه", "جماعه", "الجماعه", "تنظيم", "ايتلاف", "تحالف", "كتله", "النقابه", "التحالف", "مفوضيه",
    "المفوضيه", "رابطه", "الرابطه", "ديوان", "الديوان", "بورصه", "البورصه", "النيابه",
    // (An embassy or a consulate before its country: سفارة الجزائر, قنصلية فرنسا.)
    "سفاره", "قنصليه",
    // (A directorate: المديرية العامة للأمن الوطني, مديرية الدفاع المدني.)
    "مديريه", "المديريه",
    // (A Maghreb federation or confederation: الاتحادية الوطنية للصيد, الكونفدرالية
    // الإسبانية للصيد, whose French names are fédération and confédération.)
    "اتحاديه", "الاتحاديه", "كونفدراليه", "الكونفدراليه", "كونفيدراليه", "الكونفيدراليه",
    // (A city's or a country's customs and police, bodies named after the place: جمارك
    // دبي, شرطة أبوظبي.)
    "جمارك", "شرطه",
    // (And its courts, a body of the emirate: محاكم دبي, محاكم رأس الخيمة.)
    "محاكم",
];

/// Things named after a person (مقياس بوفورت, جائزة نوبل, متلازمة داون): with the
/// name they are one MISC name, not a person.
const EPONYM_HEADS: &[&str] = &[
    "مقياس", "جايزه", "جائزه", "متلازمه", "نظريه", "معادله", "مبدا", "قانون", "مرض", "داء", "تاثير",
];

/// Places named after people by a head in the construct state: stadiums, airports,
/// streets and squares, bridges, halls (قاعة, and صالة, the Gulf's word for a sports
/// hall: صالة علي بن حمد العطية) (`search` form).
const FACILITY_HEADS: &[&str] = &["ملعب", "استاد", "ستاد", "مطار", "شارع", "ساحه", "ميدان", "جسر", "قاعه", "صاله", "جاده"];

/// Institutions named after people by a head in the construct state: secondary
/// schools, universities, institutes, hospitals (`search` form, no article). With the
/// person's name they are the institution, ORG (ثانوية الأمير عبد القادر, مستشفى الملك
/// فيصل). (Not مدرسة: مدرسة محمد عبده is as often his school of thought.)
const INSTITUTION_HEADS: &[&str] = &["ثانويه", "متوسطه", "اكماليه", "معهد", "جامعه", "كليه", "مستشفي", "مستوصف"];

/// Heads of organization names that before a place name something else: a canal
/// (قناة السويس), a house or seat (دار, سلطة); and teams and forces, which news
/// corpora mark as the country they play or fight for (منتخب مصر, قوات أنقرة).
pub(super) const NOT_BODY_HEADS: &[&str] = &["قناه", "دار", "سلطه", "منتخب", "فريق", "قوات", "جيش"];

/// Heads of places named after a royal by their title and name (مطار الملك خالد, جسر
/// الملك حسين), in `search` form: the head stays in the place's name.
// (And a dam or a canal, سد الملك طلال, قناة الملك عبدالله, kept with their heads as
// the gold keeps a dam's, سد فومي, and not the person a reader would not mark.)
pub(super) const ROYAL_PLACE_HEADS: &[&str] = &["مطار", "جسر", "معبر", "ميناء", "سد", "قناه"];

/// Function words whose `search` form begins with the article's letters: no definite
/// noun an adjective could follow (إلى, الذي, التي, إلا, الآن).
const NOT_DEFINITE: &[&str] = &["الي", "الى", "الذي", "التي", "الذين", "اللذين", "اللتين", "اللاتي", "اللواتي", "الا", "الان"];

/// Institutions named by the building they sit in, in `search` form.
const SEATS: &[&str] = &[
    "البيت الابيض", "الكرملين", "الاليزيه", "قصر الاليزيه", "البنتاغون", "البنتاجون",
    "داونينغ ستريت", "داونينج ستريت", "الكابيتول", "قصر بعبدا", "قصر قرطاج", "قصر المراديه",
    "قصر الاتحاديه", "قصر باكنغهام", "الفاتيكان", "السراي الحكومي",
];

/// Heads of organization names that make a name with a following definite noun
/// (وزارة الخزانة, مجلس الوزراء, جهاز المخابرات); other heads (مركز, قوات) are also
/// common nouns (مركز المدينة, قوات الأمن) and make a name only with a foreign name.
const DEFINITE_HEADS: &[&str] = &[
    "وزاره", "كليه", "مجلس", "جهاز", "هييه", "هيئه", "جامعه", "منظمه", "وكاله", "حزب", "حركه", "جبهه",
    "بنك", "صندوق", "محكمه", "اتحاد", "جمعيه", "نقابه", "جماعه", "ايتلاف", "تحالف", "لجنه",
    "ديوان", "بورصه", "حكومه",
    // (A directorate by its field, مديرية الأشغال العمومية, مديرية التربية.)
    "مديريه",
    // (An institute by its field, معهد الآثار, معهد الدراسات الاستراتيجية.)
    "معهد",
    // (An army's regiment by what it does, فوج المغاوير, فوج الحدود البرية; not فوج
    // من السياح, "a group", nor الفوج الأول, "the first batch" of pilgrims.)
    "فوج",
];

/// Plurals of people that a "group" (فوج) is made of, in `search` form: فوج السياح is
/// no regiment.
const GROUPS_OF_PEOPLE: &[&str] = &[
    "السياح", "الحجاج", "الزوار", "المعتمرين", "المصطافين", "المسافرين", "الطلاب", "الطلبه", "الخريجين",
    "المتطوعين", "اللاجئين", "النازحين", "المهاجرين", "العائدين", "المصلين", "الاطفال",
];

/// Heads of a university's faculties and institutes, in `search` form: named by a
/// field of study (كلية الطب, معهد الآثار), short as it may be, and by two joined by و
/// (كلية الطب والصيدلة).
const ACADEMIC_HEADS: &[&str] = &["كليه", "معهد"];

/// Fields of study faculties and institutes are named by, with the article, in
/// `search` form.
const ACADEMIC_FIELDS: &[&str] = &[
    "الطب", "الصيدله", "الحقوق", "الاداب", "العلوم", "الهندسه", "الاثار", "الزراعه", "التربيه", "الاعلام", "الاقتصاد",
    "الشريعه", "اللغات", "الترجمه", "الفنون", "التجاره", "الصحافه", "الاسنان", "التمريض", "الفلسفه", "التاريخ",
];

/// Heads that name a body with a definite noun only when an adjective follows it
/// (حكومة الوحدة الوطنية, حكومة الوفاق الوطني; not حكومة البلاد, the country's
/// government; دائرة الإحصاءات العامة, دائرة الأحوال المدنية, a department, not دائرة
/// الضوء), in `search` form.
// (And an institution, مؤسسة الضمان الاجتماعي, مؤسسة الإقراض الزراعي, as the Levant
// names its public bodies; not مؤسسة الزواج, the institution of marriage.)
const QUALIFIED_HEADS: &[&str] = &["حكومه", "دائره", "مؤسسه", "موسسه"];

/// Words inside a person's name that a name never ends with (بن of محمد بن سلمان, آيت
/// of هشام آيت منا), in `search` form.
const NAME_PARTICLES: &[&str] = &["بن", "ابن", "بنت", "ابو", "ابي", "ايت", "عبد", "ال"];
/// Words that never follow a particle in a name (ابن خلدون في: the name has ended).
const NOT_AFTER_PARTICLE: &[&str] = &["في", "من", "علي", "الي", "عن", "ان", "الذي", "التي", "قد", "لم", "لن", "ما", "لا"];

/// Phrases in لل that say when or how much, not what a body is for (للمرة الأولى).
const NOT_PURPOSE: &[&str] = &["للمره", "للغايه", "للتو", "للحظه", "للعام", "للسنه", "لليوم", "للاسبوع", "للشهر", "للموسم", "للفتره"];

fn chars(s: &str) -> usize {
    s.chars().count()
}

/// What general Arabic says of a word ([`super::general_freq`] buckets): an ordinary
/// word (it takes the article or suffixes as nouns, adjectives and verbs do, and its
/// letters are Arabic's), where a name takes neither.
pub(super) fn ordinary(info: &TokInfo) -> bool {
    let [common, article, suffix, _] = info.gen;
    // Foreign surnames can take a suffix-like ending (بوش, سيلفا); their letters tell
    // them from Arabic words ([`super::letters`]).
    common >= 3 && ((3..=6).contains(&article) || suffix >= 3) && info.letters <= 4
}

/// A valley named by a word that is a name and no ordinary word (وادي هور, بوادي
/// عربة: a word that looks like a foreign name or that the lists know in names, not
/// an ordinary word): وادي in the construct state before it names the place, which the tagger
/// leaves out where it does not know the name. Only where no mention is; not a
/// definite word (وادي النيل, وادي السيليكون are the tagger's and the lists'), a place
/// of the lists (وادي حلفا names its town) or a person's word.
fn wadis(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let covered = covered_tokens(tokens, &spans);
    let mut added = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        if tokens[i].kind != TokenKind::Word || tokens[i + 1].kind != TokenKind::Word || covered[i] || covered[i + 1] || infos[i].stem != "وادي" {
            continue;
        }
        let w = &infos[i + 1];
        let name = w.stem == w.norm && !w.norm.starts_with("ال") && (name_like(w) || w.gaz.has(gazetteer::NAME_TOKEN)) && !ordinary(w) && !is_person_word(w) && !w.gaz.has(COUNTRY | CITY | REGION | gazetteer::TITLE | NISBA);
        if name {
            added.extend(span_over(text, tokens, infos, i, i + 2, EntityType::Loc, 0.6));
        }
    }
    with_added(spans, added)
}

/// A word that looks like a foreign name: general Arabic hardly knows it, or knows it
/// only without the article and without suffixes.
pub(super) fn name_like(info: &TokInfo) -> bool {
    let [common, article, suffix, _] = info.gen;
    info.kind == TokenKind::Word && chars(&info.stem) >= 3 && (common == 0 || (matches!(article, 1 | 2 | 7) && suffix <= 2))
}

/// A word of the curated name lists. (The large lists also hold words that general
/// Arabic uses as ordinary words, مر and المفضل among them.)
fn is_person_word(info: &TokInfo) -> bool {
    info.gaz.has(GIVEN | FAMILY)
}

/// A place of the lists the stemmer left a proclitic on (بقسنطينة: general Arabic does
/// not know the word, so the clitic rule keeps it whole), marked with it: the span
/// begins after the clitic letter, where the rest is a listed place and the whole word
/// is none.
fn clitics_before_listed_places(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        // (Only where the tagger took the word for a place: بلير, Blair, is no ب + لير.)
        if r.len() != 1 || s.kind != EntityType::Loc || tokens[r.start].kind != TokenKind::Word || s.start != tokens[r.start].start {
            continue;
        }
        let i = &infos[r.start];
        if i.gaz.has(GIVEN | FAMILY) {
            continue;
        }
        // (Not ك, "like", which news writes before a place's name far less often than
        // places begin with it: كسروان is no ك + سروان, a town of another country.)
        let Some(first) = i.norm.chars().next().filter(|c| "بلوف".contains(*c)) else { continue };
        let rest = &i.norm[first.len_utf8()..];
        let place = |w: &str| gazetteer::word_flags(w) & (COUNTRY | CITY | REGION) != 0;
        let written = &text[tokens[r.start].start..tokens[r.start].end];
        // (A long name of the lists only: فزان is not ف + زان, بلير not ب + لير.)
        if i.stem == i.norm && !i.norm.starts_with("ال") && chars(rest) >= 5 && place(rest) && !place(&i.norm) && written.starts_with(first) {
            s.start += first.len_utf8();
        }
    }
    spans
}

/// Is the word at `word` a paper's name that also names a town (الخبر, "the news", and
/// Khobar) before a town of the lists that is no word (قسنطينة), on a dateline's line
/// (الخبر - قسنطينة)? Then the paper comes first; a country (الجزائر) never is one.
pub(super) fn paper_before_town(infos: &[TokInfo], word: usize, town: Range<usize>) -> bool {
    let w = &infos[word];
    w.norm.starts_with("ال")
        && w.gen[0] >= 3
        && place_flags(infos, word, word + 1) & COUNTRY == 0
        && place_flags(infos, town.start, town.end) & (CITY | COUNTRY) != 0
        && town.clone().all(|k| !ordinary(&infos[k]))
}

/// Is the word at token `t` the preposition على, written with its ى? Its `search` form
/// is the given name علي's (ردا على لاريجاني, أشرف الوزير على فتح الجسر).
pub(super) fn preposition_ala(text: &str, t: &Token, info: &TokInfo) -> bool {
    info.stem == "علي" && text[t.start..t.end].ends_with('ى')
}

pub(super) fn in_list(info: &TokInfo, list: &[&str]) -> bool {
    // (Most words are their own stem: the list is read once for them.)
    one_of(list, &info.stem) || info.norm != info.stem && one_of(list, &info.norm)
}

/// The byte offset in `word` of the letter after its first `n` letters, the marks on
/// them (U+064B–U+065F and the dagger alef) going with them: where a span begins after
/// a proclitic of `n` letters written with its marks (لِويند, وَمحمد, بِتڤرت).
fn after_letters(word: &str, n: usize) -> Option<usize> {
    word.char_indices().filter(|&(_, c)| !('\u{064B}'..='\u{065F}').contains(&c) && c != '\u{0670}').nth(n).map(|(b, _)| b)
}

/// The tokens of a span: (first, end) indices into `tokens`.
pub(super) fn tokens_of(tokens: &[Token], s: &Span) -> Range<usize> {
    let a = tokens.partition_point(|t| t.end <= s.start);
    let b = tokens.partition_point(|t| t.start < s.end);
    a..b.max(a)
}

/// A span over tokens `a..b`, starting after the first token's proclitics.
pub(super) fn span_over(text: &str, tokens: &[Token], infos: &[TokInfo], a: usize, b: usize, kind: EntityType, score: f32) -> Option<Span> {
    let t = &tokens[a];
    let mut start = t.start;
    // (للأمم: the stem has the article back, as long as the word; the span keeps لأمم.)
    if t.kind == TokenKind::Word && infos[a].stem != infos[a].norm {
        let cut = super::clitic::clitic_bytes(&text[t.start..t.end]);
        if t.start + cut < t.end {
            start += cut;
        }
    }
    let end = tokens[b - 1].end;
    (start < end).then_some(Span { start, end, kind, score })
}

/// `spans` with `added` in place of every span one of them overlaps (the callers have
/// checked that those are the tagger's pieces of the added names), in text order.
fn replacing_overlapped(spans: Vec<Span>, added: Vec<Span>) -> Vec<Span> {
    let mut gone = vec![false; spans.len()];
    for n in &added {
        let lo = spans.partition_point(|s| s.end <= n.start);
        let hi = spans.partition_point(|s| s.start < n.end).max(lo);
        gone[lo..hi].iter_mut().for_each(|g| *g = true);
    }
    replace_marked(spans, &gone, added)
}

/// `spans` without those marked `gone`, with `new` in their place, in text order.
pub(super) fn replace_marked(spans: Vec<Span>, gone: &[bool], new: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = spans.into_iter().zip(gone).filter(|(_, g)| !**g).map(|(s, _)| s).collect();
    out.extend(new);
    out.sort_by_key(|s| (s.start, s.end));
    out
}

/// Which tokens some span of `spans` covers.
pub(super) fn covered_tokens(tokens: &[Token], spans: &[Span]) -> Vec<bool> {
    let mut covered = vec![false; tokens.len()];
    for s in spans {
        covered[tokens_of(tokens, s)].iter_mut().for_each(|c| *c = true);
    }
    covered
}

/// `spans` with `added` (neither overlapping the other), in text order.
fn with_added(mut spans: Vec<Span>, added: Vec<Span>) -> Vec<Span> {
    if !added.is_empty() {
        spans.extend(added);
        spans.sort_by_key(|s| (s.start, s.end));
    }
    spans
}

pub(super) fn is_model(k: EntityType) -> bool {
    !matches!(k, EntityType::Date | EntityType::Quantity)
}

/// Fixes the spans of `text` (sorted, not overlapping) found by the tagger and rules;
/// `tokens` and `infos` are the whole text's, `sents` its sentences, `words` what the
/// tagger looked up of its words (the spreading reads them again).
pub fn fix<'a>(text: &str, tokens: &'a [Token], infos: &[TokInfo], sents: &[Range<usize>], spans: Vec<Span>, words: &mut WordCache<'a>) -> Vec<Span> {
    let spans = trim_edges(text, tokens, infos, spans);
    let spans = split_joined(text, tokens, infos, spans);
    let spans = split_at_seats(text, tokens, infos, spans);
    let spans = two_countries_side_by_side(text, tokens, infos, spans);
    let spans = join_adjacent_names(text, tokens, infos, spans);
    let spans = people_after_described_heads(text, tokens, infos, spans);
    let spans = drop_verb_phrases(text, tokens, infos, spans);
    let spans = bodies_joined_by_waw(text, tokens, infos, spans);
    let spans = trim_run_ons(text, tokens, infos, spans);
    let spans = listed_bodies_after_lam(text, tokens, infos, spans);
    let spans = retype(text, tokens, infos, sents, spans);
    let spans = person_edges(text, tokens, infos, spans);
    let spans = people_cut_at_weekdays_and_prepositions(tokens, infos, spans);
    let spans = names_ending_in_son_of(tokens, infos, spans);
    let spans = add_missed(text, tokens, infos, sents, spans);
    let spans = national_bodies_with_aims(text, tokens, infos, spans);
    let spans = people(text, tokens, infos, spans);
    let spans = given_name_before_unknown(text, tokens, infos, spans);
    let spans = nisba_family_names(text, tokens, infos, spans);
    let spans = given_names_folded_like_words(text, tokens, infos, spans);
    let spans = family_names_with_waw(text, tokens, infos, spans);
    let spans = compound_given_names(text, tokens, infos, spans);
    let spans = given_names_with_lam(tokens, infos, spans);
    let spans = lam_before_listed_given_names(text, tokens, infos, spans);
    let spans = given_names_after_lam(text, tokens, infos, spans);
    let spans = definite_given_before_places(text, tokens, infos, spans);
    let spans = ranks_before_people(text, tokens, infos, spans);
    let spans = titled_people(text, tokens, infos, spans);
    let spans = people_after_offices_of_places(text, tokens, infos, spans);
    let spans = titled_given_names(tokens, infos, spans);
    let spans = given_name_before_person(text, tokens, infos, spans);
    let spans = regnal_ordinals(tokens, infos, spans);
    let spans = foreign_people_after_titles(text, tokens, infos, spans);
    let spans = people_heading_governments(text, tokens, infos, spans);
    let spans = kunya_names(text, tokens, infos, spans);
    let spans = people_named_as(text, tokens, infos, spans);
    let spans = mothers_kunyas(text, tokens, infos, spans);
    let spans = given_names_before_particles(text, tokens, infos, spans);
    let spans = definite_family_names(text, tokens, infos, spans);
    let spans = makers_before_model_codes(text, tokens, spans);
    let spans = known_names(text, tokens, infos, sents, spans);
    let spans = countryside_of_places(text, tokens, infos, spans);
    let spans = bracketed_short_names(text, tokens, infos, spans);
    // (The places first: an outlet after a dash needs the place before it, بعبدا -
    // الوطنية.)
    let spans = dateline_places(text, tokens, infos, spans);
    let spans = slashed_dateline_places(text, tokens, infos, spans);
    let spans = fm_radios(text, tokens, spans);
    let spans = dateline_outlets(text, tokens, infos, spans);
    let spans = bylines(text, tokens, infos, spans);
    let spans = places_after_lam(text, tokens, infos, spans);
    let spans = clitics_before_listed_places(text, tokens, infos, spans);
    let spans = super::heads::fix(text, tokens, infos, spans);
    // (Again, for the bodies whose names the head rules completed just now: التحالف
    // العالمي للقاحات والتحصين "غافي", whose second aim heads.rs joins.)
    let spans = bracketed_short_names(text, tokens, infos, spans);
    let spans = adjectives_of_bodies(text, tokens, infos, spans);
    let spans = construct_plurals_in_bodies(tokens, infos, spans);
    let spans = aims_governing_an(tokens, infos, spans);
    let spans = international_airports_of_people(tokens, infos, spans);
    let spans = towns_named_after_people(text, tokens, infos, spans);
    let spans = fortresses_named_by_towns(tokens, infos, spans);
    let spans = bodies_named_after_people(text, tokens, infos, spans);
    let spans = super::heads::countries_after_own_names(tokens, infos, spans);
    let spans = super::heads::parliaments_for_nothing(tokens, infos, spans);
    let spans = people_inside_titled_bodies(text, tokens, infos, spans);
    let spans = people_after_titled_bodies(text, tokens, infos, spans);
    let spans = countries(text, tokens, infos, spans);
    let spans = cities_after_prepositions(text, tokens, infos, spans);
    let spans = places_listed_before_places(text, tokens, infos, spans);
    let spans = wadis(text, tokens, infos, spans);
    let spans = listed_places_after_waw(text, tokens, infos, spans);
    let spans = people_between_places(text, tokens, infos, spans);
    let spans = dams_named_by_towns(text, tokens, infos, spans);
    let spans = courts_named_by_towns(text, tokens, infos, spans);
    let spans = courts_of_towns_after_ba(text, tokens, infos, spans);
    let spans = people_in_places(text, tokens, infos, spans);
    let spans = platforms(text, tokens, infos, spans);
    let spans = join_listed_places(text, tokens, infos, spans);
    let spans = listed_places_cut_short(tokens, infos, spans);
    let spans = places_before_people(text, tokens, infos, spans);
    let spans = places_joined_by_dashes(text, tokens, spans);
    let spans = bodies_before_people(text, tokens, spans);
    let spans = hyphenated_names(text, tokens, spans);
    let spans = amma_answers(tokens, infos, spans);
    let spans = titles_before_people(tokens, infos, spans);
    let spans = mourning_not_names(tokens, infos, spans);
    let spans = places_joined_by_ba(text, tokens, infos, spans);
    let spans = people_keep_kaf(text, tokens, infos, spans);
    let spans = family_before_apposition(tokens, infos, spans);
    let spans = east_asian_name_edges(text, tokens, infos, spans);
    let spans = preposition_ala_off_foreign_names(text, tokens, infos, spans);
    let spans = foreign_names_with_hamza_alef(text, tokens, infos, spans);
    let spans = equalizers_not_given_names(tokens, infos, spans);
    let spans = sides_not_given_names(tokens, infos, spans);
    let spans = clubs_in_matches(text, tokens, infos, sents, spans);
    // Names found once and missed elsewhere in the text (see [`spread_names`]).
    let mut spread_in = [spans];
    spread(&[text], &[tokens], &mut spread_in, words);
    let [spans] = spread_in;
    let spans = names_begun_by_places(text, tokens, infos, spans);
    let spans = no_names(text, tokens, infos, spans);
    let spans = verbs_before_titled_subjects(tokens, infos, spans);
    let spans = adjectives_not_countries(text, tokens, infos, spans);
    let spans = country_adjectives_after_nouns(tokens, infos, spans);
    let spans = maghreb_g_places(text, tokens, infos, spans);
    let spans = corniches(text, tokens, infos, spans);
    let spans = industrial_cities(text, tokens, infos, spans);
    let spans = honorifics_out(text, tokens, infos, spans);
    let spans = clubs_without_head(text, tokens, infos, spans);
    let spans = companies_named_by_towns(text, tokens, infos, spans);
    let spans = companies_with_trades(text, tokens, infos, spans);
    let spans = foreign_companies_with_trades(text, tokens, infos, spans);
    let spans = secretariats_of_bodies(text, tokens, infos, spans);
    let spans = lam_before_names_found_bare(text, tokens, infos, spans);
    let spans = clubs_named_again(text, tokens, infos, spans);
    let spans = undersecretaries_fields_out(text, tokens, infos, spans);
    let spans = no_tanween_names(text, tokens, spans);
    let spans = shares_of_companies(text, tokens, infos, spans);
    let spans = quoted_companies(text, tokens, infos, spans);
    let spans = given_names_joined_by_waw(text, tokens, infos, spans);
    let spans = ministries_by_their_field_in_quotes(text, tokens, infos, spans);
    let spans = bodies_by_their_aim_in_quotes(text, tokens, infos, spans);
    let spans = super::heads::plants_named_before_their_energy(text, tokens, infos, spans);
    let spans = super::heads::army_aviation(tokens, infos, text, spans);
    let spans = listed_companies_without_countries(text, tokens, infos, spans);
    let spans = communes_after_ba(text, tokens, infos, spans);
    let spans = towns_of_prisons(text, tokens, infos, spans);
    let spans = centres_of_towns(text, tokens, infos, spans);
    let spans = outlets_after_correspondents(text, tokens, infos, spans);
    let spans = hotels(text, tokens, infos, spans);
    let spans = people_before_waw_adjectives(tokens, infos, spans);
    let spans = numbered_units(text, tokens, infos, spans);
    let spans = hills_and_junctions(text, tokens, infos, spans);
    let spans = places_after_fronts_and_districts(text, tokens, infos, spans);
    let spans = military_regions(text, tokens, infos, spans);
    let spans = armed_forces(text, tokens, infos, spans);
    let spans = lone_place_heads_before_places(tokens, infos, spans);
    let spans = purposes_after_aims(tokens, infos, spans);
    let spans = festivals_named_by_names(text, tokens, infos, spans);
    balanced_marks(text, spans)
}

/// القوات المسلحة, "the armed forces" (with its country's adjective, القوات المسلحة
/// اليمنية, or alone where the report's country is understood, الناطق الرسمي للقوات
/// المسلحة): a country's military, a body, as the gold's الجيش المصري is; after a
/// proclitic too (وللقوات, بالقوات). So is a branch of it: its air force or navy (القوات
/// الجوية, القوة البحرية العراقية, القوات الجوية الملكية الأردنية, سلاح الجو
/// الإسرائيلي), and its ground or special forces with the country's adjective (القوات
/// البرية السعودية; alone they are no body's name). Where the tagger left it or a piece
/// of it (الملكية الأردنية, the airline); not indefinite (قوة جوية).
fn armed_forces(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let spaced = |k: usize| gaps::only_spaces(text, tokens[k - 1].end, tokens[k].start);
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let (a, b) = (&infos[i], &infos[i + 1]);
        if tokens[i].kind != TokenKind::Word || tokens[i + 1].kind != TokenKind::Word || b.stem != b.norm || !spaced(i + 1) {
            continue;
        }
        let forces = a.stem == "القوات" || a.norm.ends_with("للقوات") && chars(&a.norm) <= 8;
        let armed = forces && b.norm == "المسلحه";
        let branch = (forces || a.stem == "القوه") && in_list(b, &["الجويه", "البحريه", "الجوفضائيه"]) || a.stem == "سلاح" && b.norm == "الجو";
        let land = (forces || a.stem == "القوه") && in_list(b, &["البريه", "الخاصه"]);
        if !(armed || branch || land) {
            continue;
        }
        let mut end = i + 2;
        let word_at = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && spaced(k);
        if branch && word_at(end) && in_list(&infos[end], &["الملكيه", "الملكي"]) {
            end += 1;
        }
        // (Its country's adjective, which agrees with القوات: اليمنية, السودانية; with سلاح
        // الجو, masculine: الإسرائيلي.)
        let adjective = word_at(end) && {
            let c = &infos[end];
            c.norm.starts_with("ال") && (c.norm.ends_with("يه") || !armed && c.norm.ends_with('ي')) && country_adjective(&c.norm)
        };
        if adjective {
            end += 1;
        } else if land {
            continue;
        }
        // (Free, or the tagger's pieces inside it.)
        found.extend(span_over(text, tokens, infos, i, end, EntityType::Org, 0.7).map(|f| (f, tokens[i].start)));
    }
    replacing_model_pieces_from(spans, found)
}

/// What numbers or places a military region after المنطقة العسكرية (`search` form): an
/// ordinal up to the tenth, or a direction.
const REGION_ORDINALS: &[&str] = &[
    "الاولي", "الثانيه", "الثالثه", "الرابعه", "الخامسه", "السادسه", "السابعه", "الثامنه", "التاسعه", "العاشره",
    "الشماليه", "الجنوبيه", "الشرقيه", "الغربيه", "الوسطي",
];

/// المنطقة العسكرية الثالثة, "the Third Military Region": an army's command of a region,
/// numbered or named by its direction, is a body (as قيادة عمليات بغداد is), where the
/// tagger left it or a piece of it; after a proclitic too (بالمنطقة, للمنطقة).
fn military_regions(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(2) {
        let (a, b, c) = (&infos[i], &infos[i + 1], &infos[i + 2]);
        let named = (i..i + 3).all(|k| tokens[k].kind == TokenKind::Word)
            && (a.stem == "المنطقه" || a.norm == "للمنطقه")
            && b.stem == b.norm
            && b.norm == "العسكريه"
            && c.stem == c.norm
            && one_of(REGION_ORDINALS, &c.norm)
            && (i..i + 2).all(|k| gaps::only_spaces(text, tokens[k].end, tokens[k + 1].start));
        if !named {
            continue;
        }
        // (Free, or the tagger's pieces inside it.)
        found.extend(span_over(text, tokens, infos, i, i + 3, EntityType::Org, 0.7).map(|f| (f, tokens[i].start)));
    }
    replacing_model_pieces_from(spans, found)
}

/// جبهة مأرب, مديرية صرواح, "the Marib front", "Sirwah district": a front of war or a
/// district named by a place without the article is that place, LOC, without its head
/// (as محافظة الحديدة is الحديدة), over the tagger's body of both words, or where no
/// mention is. The place is one the lists know, or, after مديرية, a word general Arabic
/// uses as a name, not as an ordinary word (مديرية أمن, مديرية التربية are bodies; a front named by a definite
/// word, جبهة النصرة, is a body too).
fn places_after_fronts_and_districts(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut gone = vec![false; spans.len()];
    let mut new = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let (h, w) = (&infos[i], &infos[i + 1]);
        if tokens[i].kind != TokenKind::Word || tokens[i + 1].kind != TokenKind::Word || !one_of(&["جبهه", "مديريه"], &h.stem) {
            continue;
        }
        let listed = w.gaz.has(CITY | REGION | COUNTRY);
        let unknown = h.stem == "مديريه" && name_like(w) && w.gen[0] <= 3 && chars(&w.norm) >= 4;
        // (After جبهة, a word that looks like a name and no ordinary word, صرواح, which
        // general Arabic writes without the article as it does verbs: not a verb that
        // begins a clause about the front, جبهة تضم.)
        let front_name = h.stem == "جبهه" && name_like(w) && !ordinary(w) && (!verb_like(w) || super::heads::bare_name_no_verb(w));
        let unknown = unknown || front_name;
        let place = w.stem == w.norm
            && !w.norm.starts_with("ال")
            && (listed || unknown)
            && !w.gaz.has(ORG_HEAD | gazetteer::TITLE | GIVEN | gazetteer::MONTH | gazetteer::WEEKDAY)
            && !is_org_head(w)
            && gaps::only_spaces(text, tokens[i].end, tokens[i + 1].start);
        if !place {
            continue;
        }
        let lo = spans.partition_point(|s| s.end <= tokens[i].start);
        let over: Vec<usize> = (lo..spans.len()).take_while(|&k| spans[k].start < tokens[i + 1].end).collect();
        // (Free, or a body of both words, the tagger's or the head rules' (جبهة صرواح as
        // a body of جبهة and a name), or the tagger's mention of the place alone.)
        let free = over.iter().all(|&k| {
            let r = tokens_of(tokens, &spans[k]);
            r == (i..i + 2) && spans[k].kind == EntityType::Org || is_model(spans[k].kind) && r == (i + 1..i + 2)
        });
        if !free {
            continue;
        }
        over.iter().for_each(|&k| gone[k] = true);
        new.push(Span { start: tokens[i + 1].start, end: tokens[i + 1].end, kind: EntityType::Loc, score: 0.7 });
    }
    replace_marked(spans, &gone, new)
}

/// Heads of a hill or a road junction (`search` form), which name nothing but a place.
const HILL_JUNCTION_HEADS: &[&str] = &["تبه", "مفرق"];

/// تبة الصفراء, مفرق الجوبة, "the Safra hill", "the Jawba junction": a hill or a road
/// junction named by a definite word right after its head is a place with its head in
/// (the word alone names a village, a colour or nothing), as جبل and its name are. Where
/// no mention is, or over the word alone the tagger marked; after a proclitic too
/// (وبمفرق). Not a crossroads of roads (مفرق الطرق).
fn hills_and_junctions(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let (h, w) = (&infos[i], &infos[i + 1]);
        let named = tokens[i].kind == TokenKind::Word
            && tokens[i + 1].kind == TokenKind::Word
            && one_of(HILL_JUNCTION_HEADS, &h.stem)
            && w.stem == w.norm
            && w.norm.starts_with("ال")
            && chars(&w.norm) >= 4
            && !in_list(w, &["الطرق", "الطريق"])
            && gaps::only_spaces(text, tokens[i].end, tokens[i + 1].start);
        if !named {
            continue;
        }
        // (Free, or the tagger's mention of the name alone, which begins after the head.)
        found.extend(span_over(text, tokens, infos, i, i + 2, EntityType::Loc, 0.7).map(|f| (f, tokens[i + 1].start)));
    }
    replacing_model_pieces_from(spans, found)
}

/// Units of an army named by their number, `search` form: the brigade, the division, the
/// battalion, the regiment (and the stem the clitic rule gives للواء, whose article lost
/// its alef: الواء).
const NUMBERED_UNITS: &[&str] = &["اللواء", "الواء", "الفرقه", "الكتيبه", "الفوج"];

/// Arms a numbered unit's name ends with (اللواء 143 مشاة, الفرقة 25 ميكا, اللواء 444
/// قتال), `search` form.
const UNIT_ARMS: &[&str] = &["مشاه", "ميكا", "مدرع", "مدرعات", "مدفعيه", "صاعقه", "مغاوير", "قتال", "مظلات", "مظلي", "دفاع", "مهام", "ميكانيكي"];

/// اللواء 143 مشاة, وبالفرقة 25, للواء 444 قتال: a unit of an army named by its number
/// (and the arm after it) is a body, as ANERcorp marks الفرقة and its number; the number
/// is no count of brigades (اللواء is no counted noun before it, and no rank: a rank
/// precedes a name). Whatever the tagger or the quantity rule read over it, the unit
/// takes it.
fn numbered_units(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut added = Vec::new();
    let mut i = 0;
    while i + 1 < tokens.len() {
        let unit = tokens[i].kind == TokenKind::Word && one_of(NUMBERED_UNITS, &infos[i].stem);
        let gap = |a: usize| gaps::only_spaces(text, tokens[a].end, tokens[a + 1].start);
        if !unit || tokens[i + 1].kind != TokenKind::Number || !gap(i) || !text[tokens[i + 1].start..tokens[i + 1].end].chars().all(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c)) {
            i += 1;
            continue;
        }
        let mut b = i + 2;
        if b < tokens.len() && tokens[b].kind == TokenKind::Word && gap(b - 1) && infos[b].stem == infos[b].norm && one_of(UNIT_ARMS, &infos[b].norm) {
            b += 1;
        }
        added.extend(span_over(text, tokens, infos, i, b, EntityType::Org, 0.8));
        i = b;
    }
    if added.is_empty() {
        return spans;
    }
    replacing_overlapped(spans, added)
}

/// بنظيريه الجيبوتي داود أحمد فارح والإريتري إدريس سيوم, "his Djiboutian and Eritrean
/// counterparts": a person the tagger ran on over و and a country's definite adjective
/// that begins the next one's description; no name ends so. The person ends before it.
fn people_before_waw_adjectives(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if s.kind != EntityType::Per || r.len() < 3 || !is_model(s.kind) {
            continue;
        }
        let l = &infos[r.end - 1];
        let waw_adjective = tokens[r.end - 1].kind == TokenKind::Word && l.norm.starts_with("وال") && l.stem != l.norm && l.stem.starts_with("ال") && country_adjective(&l.stem);
        if waw_adjective {
            s.end = tokens[r.end - 2].end;
        }
    }
    spans
}

/// فندق كمبينسكي, "the Kempinski hotel": a hotel named by a name that names something
/// else alone (a chain, a town, a person) keeps its head, as the gold's فندق تيبستي: the
/// tagger's name right after فندق (with a proclitic: في فندق, بفندق), or one or two words
/// no Arabic text uses there, is the hotel with its head, a place. A name in quote marks
/// after the head is the quoted words (فندق «جيبوتي بالاس كمبينسكي»), as for companies.
fn hotels(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let foreign = |k: usize| word(k) && infos[k].stem == infos[k].norm && !infos[k].norm.starts_with("ال") && infos[k].gen[0] <= 1 && name_like(&infos[k]) && !ordinary(&infos[k]) && !verb_like(&infos[k]);
    let mut found = Vec::new();
    for k in 0..tokens.len() {
        if !word(k) || infos[k].stem != "فندق" || k + 1 >= tokens.len() {
            continue;
        }
        let Some(m) = (k + 1..tokens.len().min(k + 3)).find(|&m| matches!(tokens[m].kind, TokenKind::Word | TokenKind::Latin)) else { continue };
        let Some(between) = gaps::gap(text, tokens[k].end, tokens[m].start).map(str::trim) else { continue };
        if matches!(between, "«" | "\"" | "“") {
            // The quoted words, up to five, closed by their mark.
            let close = (m..tokens.len().min(m + 5)).take_while(|&e| matches!(tokens[e].kind, TokenKind::Word | TokenKind::Latin) && (e == m || gaps::one_space(text, tokens[e - 1].end, tokens[e].start))).find(|&e| text[tokens[e].end..].starts_with(['»', '"', '”']));
            if let Some(e) = close {
                found.extend(span_over(text, tokens, infos, m, e + 1, EntityType::Loc, 0.7).map(|f| (f, tokens[m].start)));
            }
            continue;
        }
        if !between.is_empty() || !word(m) {
            continue;
        }
        let lo = spans.partition_point(|s| s.end <= tokens[m].start);
        let end = match spans.get(lo) {
            Some(s) if s.start == tokens[m].start && is_model(s.kind) && tokens_of(tokens, s).len() <= 3 => tokens_of(tokens, s).end,
            Some(s) if s.start < tokens[m].end => continue,
            _ if foreign(m) => {
                if foreign(m + 1) && gaps::one_space(text, tokens[m].end, tokens[m + 1].start) { m + 2 } else { m + 1 }
            }
            _ => continue,
        };
        found.extend(span_over(text, tokens, infos, k, end, EntityType::Loc, 0.7).map(|f| { let lo = f.start; (f, lo) }));
    }
    replacing_model_pieces_from(spans, found)
}

/// بجماعة أغبالو, "in the commune of Aghbalou" (the Moroccan agency's wires): a group,
/// جماعة, is named by a definite or ordinary word (بجماعة الإخوان, علاقته بجماعة أنصار
/// الشريعة); one word no Arabic text uses, after ب and the head, is a commune, the
/// place without its head, as after جماعة in a place's span. The tagger's body of the
/// head and the word gives way.
fn communes_after_ba(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let mut found = Vec::new();
    for i in 0..tokens.len() {
        let h = &infos[i];
        if !word(i) || !word(i + 1) || h.stem != "جماعه" || !h.norm.strip_suffix(h.stem.as_str()).is_some_and(|p| p == "ب" || p == "وب") {
            continue;
        }
        let w = &infos[i + 1];
        let alone = !word(i + 2) || !name_like(&infos[i + 2]) || ordinary(&infos[i + 2]);
        if w.stem == w.norm && !w.norm.starts_with("ال") && name_like(w) && !ordinary(w) && !verb_like(w) && !w.gaz.has(GIVEN | FAMILY | gazetteer::TITLE) && alone {
            found.extend(span_over(text, tokens, infos, i + 1, i + 2, EntityType::Loc, 0.6).map(|f| (f, tokens[i].start)));
        }
    }
    replacing_model_pieces_from(spans, found)
}

/// `spans` with each place found after its head word in place of the tagger's mentions
/// from the head's first byte (`lo_byte`) to the place's end, where every mention there
/// is the tagger's and lies within those bytes (جماعة أغبالو, سجن بقفصة as the tagger's
/// body: the town alone).
fn replacing_model_pieces_from(spans: Vec<Span>, found: Vec<(Span, usize)>) -> Vec<Span> {
    let mut gone = vec![false; spans.len()];
    let mut keep = Vec::new();
    for (f, lo_byte) in found {
        let lo = spans.partition_point(|s| s.end <= lo_byte);
        let hi = spans.partition_point(|s| s.start < f.end).max(lo);
        if spans[lo..hi].iter().all(|s| is_model(s.kind) && s.start >= lo_byte && s.end <= f.end) {
            gone[lo..hi].iter_mut().for_each(|g| *g = true);
            keep.push(f);
        }
    }
    replace_marked(spans, &gone, keep)
}

/// Words of a town or a division that مركز, "the centre of", puts a place after, in
/// `search` form (مركز مدينة بنزرت, مركز ولاية القصرين).
const CENTRE_OF: &[&str] = &["مدينه", "بلده", "قريه", "ولايه", "محافظه", "معتمديه", "قضاء", "ناحيه", "اقليم"];

/// مركز مدينة بنزرت, "the centre of the town of Bizerte": مركز before a town's word is
/// its centre, no body (a centre as a body is named by what it does, مركز الدراسات),
/// and the place after it is the mention, as after مدينة alone. Where the tagger or a
/// head rule took the three words for a body: the place after the town's word.
fn centres_of_towns(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut().filter(|s| s.kind == EntityType::Org) {
        let r = tokens_of(tokens, s);
        if r.len() < 3 || tokens[r.start].kind != TokenKind::Word || tokens[r.start + 1].kind != TokenKind::Word {
            continue;
        }
        let centre = infos[r.start].stem == "مركز" && in_list(&infos[r.start + 1], CENTRE_OF) && infos[r.start + 1].stem == infos[r.start + 1].norm;
        let place = place_flags(infos, r.start + 2, r.end) != 0 || (r.start + 2..r.end).all(|k| tokens[k].kind == TokenKind::Word && !ordinary(&infos[k]));
        if centre && place {
            if let Some(p) = span_over(text, tokens, infos, r.start + 2, r.end, EntityType::Loc, s.score) {
                *s = p;
            }
        }
    }
    spans
}

/// Adjectives of a prison's kind, in `search` form (السجن المدني, المحلي, المركزي).
const PRISON_KINDS: &[&str] = &["المدني", "المحلي", "المركزي", "العسكري", "الفلاحي"];

/// السجن المدني ببرج الرومي, السجن المحلي بالمرناقية, سجن بقفصة: a prison is named by
/// the town it stands in after ب (the Maghreb's prisons are so named), and that town
/// is a place, even where the tagger read it as a person (برج الرومي) or left it out
/// (المرناقية). One word that looks like a name and no ordinary word, or two where the
/// first is the first word of many towns (برج, عين, سيدي) and the second is a name;
/// only the tagger's pieces of it give way.
fn towns_of_prisons(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let mut found = Vec::new();
    for i in 0..tokens.len() {
        if !word(i) || !matches!(infos[i].stem.as_str(), "السجن" | "سجن") {
            continue;
        }
        let k = if word(i + 1) && in_list(&infos[i + 1], PRISON_KINDS) { i + 2 } else { i + 1 };
        if !word(k) || infos[k].norm.strip_suffix(infos[k].stem.as_str()) != Some("ب") {
            continue;
        }
        let w = &infos[k];
        let two = TWO_WORD_PLACE_FIRSTS.contains(&w.stem.as_str()) && word(k + 1) && infos[k + 1].stem == infos[k + 1].norm && !verb_like(&infos[k + 1]) && !infos[k + 1].gaz.has(gazetteer::TITLE | ORG_HEAD);
        let one = name_like(w) && !ordinary(w) && !verb_like(w) && !w.gaz.has(GIVEN | gazetteer::TITLE | ORG_HEAD);
        let end = if two { k + 2 } else if one { k + 1 } else { continue };
        found.extend(span_over(text, tokens, infos, k, end, EntityType::Loc, 0.6).map(|f| (f, tokens[k].start)));
    }
    replacing_model_pieces_from(spans, found)
}

/// شركة أكوا باور السعودية, بنك جولدمان ساكس الأمريكي: a listed company after its head
/// and the country's adjective after its name, which the rules of bodies took in, end
/// at the listed name: the adjective describes the company (the list holds the names
/// that contain one, أرامكو السعودية, whole). Saudi Arabia is named by its adjective,
/// السعودية, which here is the adjective.
fn listed_companies_without_countries(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut() {
        if s.kind != EntityType::Org {
            continue;
        }
        let r = tokens_of(tokens, s);
        if r.len() < 2 || r.start == 0 || tokens[r.start].start != s.start || tokens[r.start - 1].kind != TokenKind::Word || !in_list(&infos[r.start - 1], super::heads::TRADE_HEADS) || infos[r.start - 1].stem.starts_with("ال") {
            continue;
        }
        let a = &infos[r.end - 1];
        let adjective = tokens[r.end - 1].kind == TokenKind::Word && a.stem == a.norm && a.norm.starts_with("ال") && (country_adjective(gazetteer::bare(&a.norm)) || a.norm == "السعوديه");
        if !adjective || super::known::lookup(&key_words(&text[s.start..s.end])).is_some() {
            continue;
        }
        let name_end = tokens[r.end - 2].end;
        if matches!(super::known::lookup(&key_words(&text[s.start..name_end])), Some((_, EntityType::Org))) {
            s.end = name_end;
        }
    }
    spans
}

/// شركة «ريتر», سهم «حديد الإمارات»: a name wholly in quote marks right after a
/// company's head or the word for a share is the company the tagger took for a person,
/// a place or a work: ORG.
fn quoted_companies(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let mark = |k: usize, marks: &[&str]| tokens[k].kind != TokenKind::Word && marks.contains(&&text[tokens[k].start..tokens[k].end]);
    for s in spans.iter_mut().filter(|s| matches!(s.kind, EntityType::Per | EntityType::Loc | EntityType::Misc)) {
        let r = tokens_of(tokens, s);
        if r.start < 2 || r.end >= tokens.len() || r.len() > 4 {
            continue;
        }
        let opened = mark(r.start - 1, &["«", "\"", "“"]) && gaps::only_whitespace(text, tokens[r.start - 1].end, s.start);
        let closed = mark(r.end, &["»", "\"", "”"]) && gaps::only_whitespace(text, s.end, tokens[r.end].start);
        let head = tokens[r.start - 2].kind == TokenKind::Word && in_list(&infos[r.start - 2], &["شركه", "مجموعه", "سهم", "اسهم"]);
        if opened && closed && head {
            s.kind = EntityType::Org;
        }
    }
    // (And, wherever they stand, one or two words and a company's trade after لل, all in
    // quote marks and no name of the tagger's: «جدوى للاستثمار», "الأولى للتطوير"; not a
    // slogan, "نعم للاستثمار".)
    let mut added = Vec::new();
    for i in 0..tokens.len().saturating_sub(3) {
        if !mark(i, &["«", "\"", "“"]) {
            continue;
        }
        let Some(close) = (i + 2..tokens.len().min(i + 5)).find(|&j| tokens[j].kind != TokenKind::Word) else { continue };
        let last = close - 1;
        if !mark(close, &["»", "\"", "”"]) || close - i < 3 || !one_of(TRADES, &infos[last].norm) || (i + 1..last).any(|k| infos[k].norm.starts_with("لل") || verb_like(&infos[k]) || chars(&infos[k].norm) < 3 || in_list(&infos[k], &["نعم", "كلا", "معا", "شكرا", "نحو", "دعما", "دعم"])) {
            continue;
        }
        let (a, b) = (tokens[i + 1].start, tokens[last].end);
        // (By binary search over the spans, in text order: a scan of all of them for each
        // quoted trade would make a long text of such phrases quadratic.)
        let lo = spans.partition_point(|s| s.end <= a);
        if spans[lo..].iter().take_while(|s| s.start < b).any(|s| a < s.end) {
            continue;
        }
        added.push(Span { start: a, end: b, kind: EntityType::Org, score: 0.7 });
    }
    if !added.is_empty() {
        spans.extend(added);
        spans.sort_by_key(|s| (s.start, s.end));
    }
    spans
}

/// Two or three given names joined by و that the tagger took for one person (twins,
/// brothers: التوأم "حسن وحسين", الشقيقان محمد وأحمد) are as many people: a person's
/// span whose first word is a given name and every later word و and a given name,
/// where the word with its و is no name of the lists (وليد, وائل are names).
fn given_names_joined_by_waw(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        let r = tokens_of(tokens, &s);
        let given = |w: &str| gazetteer::word_flags(w) & GIVEN != 0;
        let first_ok = r.len() >= 2 && s.start == tokens[r.start].start && s.end == tokens[r.end - 1].end && tokens[r.start].kind == TokenKind::Word && infos[r.start].stem == infos[r.start].norm && given(&infos[r.start].norm);
        let rest_ok = |k: usize| {
            let n = &infos[k].norm;
            tokens[k].kind == TokenKind::Word && n.strip_prefix('و').is_some_and(|b| chars(b) >= 3 && !b.starts_with("ال") && given(b)) && gazetteer::word_flags(n) & (GIVEN | FAMILY) == 0 && text[tokens[k].start..tokens[k].end].starts_with('و')
        };
        if s.kind != EntityType::Per || r.len() > 3 || !first_ok || !(r.start + 1..r.end).all(rest_ok) {
            out.push(s);
            continue;
        }
        out.push(Span { start: tokens[r.start].start, end: tokens[r.start].end, kind: s.kind, score: s.score });
        for k in r.start + 1..r.end {
            out.push(Span { start: tokens[k].start + 'و'.len_utf8(), end: tokens[k].end, kind: s.kind, score: s.score });
        }
    }
    out
}

/// سهم دلمون للإنشاءات, أسهم قطر للتأمين: after "share" or "shares" a place the tagger
/// found is the listed company named by it, with what the company does after ل (and that
/// trade's adjectives) where it follows: one body, ORG.
fn shares_of_companies(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let covered = covered_tokens(tokens, &spans);
    spans
        .into_iter()
        .filter_map(|s| {
            let r = tokens_of(tokens, &s);
            let share = r.start > 0 && tokens[r.start - 1].kind == TokenKind::Word && in_list(&infos[r.start - 1], &["سهم", "اسهم"]);
            if s.kind != EntityType::Loc || !share || r.len() > 2 {
                return Some(s);
            }
            // (The trade after ل: للإنشاءات, للتأمين, للتطوير العقاري.)
            let k = r.end;
            let trade = k < tokens.len() && !covered[k] && tokens[k].kind == TokenKind::Word && infos[k].norm.starts_with("لل") && chars(&infos[k].norm) >= 5 && gaps::one_space(text, tokens[k - 1].end, tokens[k].start);
            let end = if trade { adjectives_after(infos, k + 1, tokens.len()).max(k + 1) } else { r.end };
            span_over(text, tokens, infos, r.start, end, EntityType::Org, s.score)
        })
        .collect()
}

/// وكيل وزارة العمل للعمل, وكيل وزارة الخارجية للشؤون السياسية: an undersecretary's
/// title names the ministry and then, after ل, the field the undersecretary runs in it;
/// the field is the title's, not the ministry's name, which ends before the ل. (Not a
/// ministry of state, وزارة الدولة للشؤون الخارجية, whose name goes on after ل.)
fn undersecretaries_fields_out(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    spans
        .into_iter()
        .filter_map(|s| {
            let r = tokens_of(tokens, &s);
            if s.kind != EntityType::Org || r.len() < 3 {
                return Some(s);
            }
            let first = r.start;
            let titled = first > 0 && tokens[first - 1].kind == TokenKind::Word && in_list(&infos[first - 1], &["وكيل", "وكيله", "وكيلا"]);
            let ministry = tokens[first].kind == TokenKind::Word && infos[first].stem == infos[first].norm && in_list(&infos[first], &["وزاره"]) && !infos.get(first + 1).is_some_and(|n| in_list(n, &["الدوله"]));
            if !titled || !ministry {
                return Some(s);
            }
            // (The first word after the ministry's field that carries the preposition ل:
            // للعمل, لشؤون.)
            let field = (first + 2..r.end).find(|&k| tokens[k].kind == TokenKind::Word && infos[k].norm.starts_with('ل') && infos[k].stem != infos[k].norm);
            match field {
                Some(k) => span_over(text, tokens, infos, first, k, s.kind, s.score),
                None => Some(s),
            }
        })
        .collect()
}

/// A word with the tanween of an indefinite noun or adjective (وزاريًّا, رسميًّا,
/// قرارٌ) is no name: names take no tanween in news writing, so a mention of one such
/// word, which the tagger took for a person or place after cutting a و that was the
/// word's own (و + زاريًّا), goes.
fn no_tanween_names(text: &str, tokens: &[Token], spans: Vec<Span>) -> Vec<Span> {
    spans
        .into_iter()
        .filter(|s| {
            let r = tokens_of(tokens, s);
            let model = matches!(s.kind, EntityType::Per | EntityType::Loc | EntityType::Org | EntityType::Misc);
            !(model && r.len() == 1 && tokens[r.start].kind == TokenKind::Word && text[tokens[r.start].start..tokens[r.start].end].contains(['\u{064B}', '\u{064C}', '\u{064D}']))
        })
        .collect()
}

/// A club the text names by a definite word and its country's masculine adjective
/// (الشرطة العراقي, the club; the police would be الشرطة العراقية), named again by the
/// word alone (رفع الشرطة رصيده, سجل للشرطة): the club there too, where no mention is and
/// no definite adjective follows (الشرطة الإيرانية stays the police).
fn clubs_named_again(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut words: HashSet<&str> = HashSet::new();
    for s in spans.iter().filter(|s| s.kind == EntityType::Org) {
        let r = tokens_of(tokens, s);
        if r.len() != 2 || tokens[r.start].kind != TokenKind::Word || tokens[r.start + 1].kind != TokenKind::Word {
            continue;
        }
        let (w, a) = (&infos[r.start], &infos[r.start + 1]);
        let masculine = a.stem == a.norm && a.norm.starts_with("ال") && a.norm.ends_with('ي') && country_adjective(gazetteer::bare(&a.norm));
        if masculine && w.stem.starts_with("ال") && w.stem.ends_with('ه') && chars(&w.stem) >= 5 {
            words.insert(w.stem.as_str());
        }
    }
    if words.is_empty() {
        return spans;
    }
    let covered = covered_tokens(tokens, &spans);
    let mut added = Vec::new();
    for k in 0..tokens.len() {
        if covered[k] || tokens[k].kind != TokenKind::Word || !words.contains(infos[k].stem.as_str()) {
            continue;
        }
        let adjective_after = infos.get(k + 1).is_some_and(|n| tokens[k + 1].kind == TokenKind::Word && n.stem == n.norm && n.norm.starts_with("ال") && (n.norm.ends_with('ي') || n.norm.ends_with("يه")));
        if !adjective_after {
            added.extend(span_over(text, tokens, infos, k, k + 1, EntityType::Org, 0.6));
        }
    }
    with_added(spans, added)
}

/// A body or an outlet whose name begins with a place's (ليبيا الأحرار, a channel, found
/// on the dateline), named again where the tagger took its first word for the place and
/// left the rest of the name unmarked (لقناة ليبيا الأحرار, اطلعت عليها ليبيا الأحرار):
/// the whole name there too, an organization, as the text names it elsewhere.
fn names_begun_by_places(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    // The names' words: the first as its stem, the others as they are written.
    // (By their first word: a text names many bodies, and each place is looked up once.)
    let mut names: HashMap<&str, Vec<Vec<&str>>> = HashMap::new();
    for s in spans.iter().filter(|s| s.kind == EntityType::Org) {
        let r = tokens_of(tokens, s);
        if !(2..=4).contains(&r.len()) || !tokens[r.clone()].iter().all(|t| t.kind == TokenKind::Word) {
            continue;
        }
        let words: Vec<&str> = r.clone().map(|k| if k == r.start { infos[k].stem.as_str() } else { tokens[k].norm.as_str() }).collect();
        let same_first = names.entry(words[0]).or_default();
        if !same_first.contains(&words) {
            same_first.push(words);
        }
    }
    if names.is_empty() {
        return spans;
    }
    let covered = covered_tokens(tokens, &spans);
    let mut added = Vec::new();
    for s in spans.iter().filter(|s| s.kind == EntityType::Loc) {
        let r = tokens_of(tokens, s);
        if r.len() != 1 || tokens[r.start].kind != TokenKind::Word {
            continue;
        }
        let k = r.start;
        let Some(candidates) = names.get(infos[k].stem.as_str()) else { continue };
        let hit = candidates.iter().filter(|w| {
            let e = k + w.len();
            e <= tokens.len() && (1..w.len()).all(|j| !covered[k + j] && tokens[k + j].kind == TokenKind::Word && tokens[k + j].norm == w[j])
        });
        if let Some(w) = hit.max_by_key(|w| w.len()) {
            added.extend(span_over(text, tokens, infos, k, k + w.len(), EntityType::Org, 0.6));
        }
    }
    if added.is_empty() {
        return spans;
    }
    replacing_overlapped(spans, added)
}

/// A name the tagger began with the preposition ل that the stemmer left on its first
/// word (لشفق نيوز, لسكاي نيوز), where the text names it without the ل elsewhere (شفق
/// نيوز/ on the dateline): the name from after the ل, as the other mention shows it.
/// (Not where the word with the ل is a listed place or the name a listed one, لبنان.)
/// The other mention may go on after the words the ل precedes, as an outlet's and a
/// company's names do where they are given in full once (موزاييك أف أم on the byline,
/// لموزاييك after تصريح; ميراك كابيتال للاستثمار الرياضي, then لميراك كابيتال): the words
/// after the ل are that name's first words, and the mention takes its type.
fn lam_before_names_found_bare(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let keys: HashSet<Vec<String>> = spans.iter().filter(|s| is_model(s.kind)).map(|s| key_words(&text[s.start..s.end])).collect();
    // (The first words of the longer mentions that do not begin with ل, with the type of
    // the first mention they begin: a lookup per mention, not a scan of them all.)
    let mut longer: HashMap<Vec<String>, EntityType> = HashMap::new();
    for s in spans.iter().filter(|s| is_model(s.kind) && !text[s.start..s.end].starts_with('ل')) {
        let k = key_words(&text[s.start..s.end]);
        for n in 1..k.len() {
            longer.entry(k[..n].to_vec()).or_insert(s.kind);
        }
    }
    for s in spans.iter_mut().filter(|s| is_model(s.kind)) {
        let r = tokens_of(tokens, s);
        if r.is_empty() || s.start != tokens[r.start].start || tokens[r.start].kind != TokenKind::Word {
            continue;
        }
        let w = &text[s.start..s.end];
        let Some(rest) = w.strip_prefix('ل') else { continue };
        // (Not the article's ل after ل, للشرطة: the convention keeps it, لشرطة.)
        if rest.starts_with('ل') || rest.chars().count() < 3 {
            continue;
        }
        // (Nor a listed place or a well-known name whole: لبنان, لندن.)
        if place_flags(infos, r.start, r.start + 1) != 0 || super::known::lookup(&key_words(w)).is_some() {
            continue;
        }
        let rest_key = key_words(rest);
        if keys.contains(&rest_key) {
            s.start += 'ل'.len_utf8();
        } else if let Some(kind) = longer.get(&rest_key) {
            s.start += 'ل'.len_utf8();
            s.kind = *kind;
        }
    }
    spans
}

/// Trades that end a company's name after its own word (أوراسكوم للإنشاءات, كوبريكس
/// للتعدين), in `search` form with the ل and the article.
pub(super) const TRADES: &[&str] = &[
    "للانشاءات", "للتعدين", "للانباء", "للطيران", "للاستثمار", "للتطوير", "للعقارات", "للمقاولات", "للاتصالات",
    "للبترول", "للصناعات", "للتامين", "للملاحه", "للهندسه", "للطاقه", "للتجاره", "للاسمنت", "للصلب", "للادويه", "للسياحه",
    "للنقل", "للخدمات", "للبتروكيماويات", "للتكنولوجيا", "للحديد", "للاستشارات", "للشحن",
];

/// الأمانة العامة لمجلس التعاون, الأمانة العامة لجامعة الدول العربية: the general
/// secretariat of the body named after it with ل is a name of its own, as الجمعية
/// العامة of الجمعية العامة للأمم المتحدة (two names, the gold's convention). Only
/// right before an organization's mention that begins with ل.
fn secretariats_of_bodies(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let covered = covered_tokens(tokens, &spans);
    let mut added = Vec::new();
    for i in 0..tokens.len().saturating_sub(2) {
        let secretariat = tokens[i].kind == TokenKind::Word && !covered[i] && !covered[i + 1] && infos[i].norm.ends_with("الامانه") && chars(&infos[i].norm) <= 9 && tokens[i + 1].kind == TokenKind::Word && infos[i + 1].norm == "العامه";
        if !secretariat || !infos[i + 2].norm.starts_with('ل') {
            continue;
        }
        // (The body's mention begins at the word after, its ل outside or, لأمم of
        // للأمم, inside.)
        let k = spans.partition_point(|s| s.end <= tokens[i + 2].start);
        let body = spans.get(k).is_some_and(|s| s.kind == EntityType::Org && s.start >= tokens[i + 2].start && s.start < tokens[i + 2].end);
        if body {
            added.extend(span_over(text, tokens, infos, i, i + 2, EntityType::Org, 0.6));
        }
    }
    if added.is_empty() {
        return spans;
    }
    let gone = vec![false; spans.len()];
    replace_marked(spans, &gone, added)
}

/// A company the tagger missed whole, named by a foreign word (and one word more) and
/// its trade after لل, perhaps with a second trade after و: جندال شديد للحديد والصلب,
/// كوبريكس للتعدين. The foreign word, one general Arabic does not know, no place's nor a
/// given name, says it is a name; the trade, that it is a company.
fn foreign_companies_with_trades(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let covered = covered_tokens(tokens, &spans);
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && !covered[k];
    // (Or the foreign word alone, which the tagger took for a place or a person: جندال.)
    let alone: HashMap<usize, usize> = spans.iter().enumerate().filter(|(_, s)| matches!(s.kind, EntityType::Per | EntityType::Loc | EntityType::Misc)).filter_map(|(n, s)| {
        let r = tokens_of(tokens, s);
        (r.len() == 1).then_some((r.start, n))
    }).collect();
    let mut gone = vec![false; spans.len()];
    let mut added = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let first = word(i) || alone.contains_key(&i) && tokens[i].kind == TokenKind::Word;
        let foreign = first && chars(&infos[i].stem) >= 4 && !infos[i].stem.starts_with("ال") && super::general_freq::buckets(&infos[i].stem)[0] == 0 && place_flags(infos, i, i + 1) == 0 && !infos[i].gaz.has(GIVEN | gazetteer::TITLE | gazetteer::ORG_HEAD | gazetteer::LOC_HEAD);
        // (Or, right after an indefinite company's head, a word general Arabic knows but
        // seldom writes, that names the company as a foreign word does: شركة رواسي
        // للأسمنت, مجموعة المسند للاستثمار. Not an adjective that agrees with the head,
        // شركة ناشئة للتكنولوجيا, شركة كبرى للإنشاءات, nor a common noun, مجموعة عمل.)
        let named = word(i) && i > 0 && !covered[i - 1] && tokens[i - 1].kind == TokenKind::Word && !infos[i - 1].stem.starts_with("ال") && in_list(&infos[i - 1], &["شركه", "مجموعه"]) && {
            let (w, bare) = (&infos[i], infos[i].stem.strip_prefix("ال").unwrap_or(&infos[i].stem));
            let definite = w.stem.starts_with("ال") && w.stem == w.norm;
            chars(bare) >= 3
                && super::general_freq::buckets(&w.stem)[0] <= 3
                && (definite || !(bare.ends_with('ه') || bare.ends_with('ى')))
                && place_flags(infos, i, i + 1) == 0
                && !country_adjective(gazetteer::bare(&w.norm))
                && !w.gaz.has(GIVEN | gazetteer::TITLE | gazetteer::ORG_HEAD | gazetteer::LOC_HEAD)
                && !crate::function_words::is_function_word(&w.norm)
                && !verb_like(w)
        };
        if !foreign && !named {
            i += 1;
            continue;
        }
        let trade_at = |k: usize| word(k) && one_of(TRADES, &infos[k].norm);
        let plain = |k: usize| word(k) && infos[k].stem == infos[k].norm && !infos[k].norm.starts_with("ال") && !infos[k].norm.starts_with("لل") && chars(&infos[k].norm) >= 3 && !crate::function_words::is_function_word(&infos[k].norm) && !verb_like(&infos[k]);
        let t = if trade_at(i + 1) { i + 1 } else if plain(i + 1) && trade_at(i + 2) { i + 2 } else { i += 1; continue };
        let mut e = t + 1;
        // (A second trade after و: والصلب.)
        if word(e) && infos[e].norm.strip_prefix('و').is_some_and(|r| r.starts_with("ال") && r == infos[e].stem && chars(r) >= 5) {
            e += 1;
        } else if e == t + 1 && word(e) && adjectives_after(infos, e, e + 1) == e + 1 && infos[e].norm.starts_with("ال") && !country_adjective(gazetteer::bare(&infos[e].norm)) {
            // (Or one adjective of the trade, not the country's: دروري للاستشارات
            // البحرية, ميتسوبيشي للصناعات الثقيلة.)
            e += 1;
        }
        if let Some(m) = span_over(text, tokens, infos, i, e, EntityType::Org, 0.6) {
            if let Some(&n) = alone.get(&i) {
                gone[n] = true;
            }
            added.push(m);
        }
        i = e;
    }
    if added.is_empty() {
        return spans;
    }
    replace_marked(spans, &gone, added)
}

/// A company named by its own word and its trade after ل (تحالف تقوده أوراسكوم
/// للإنشاءات), where the tagger marked the word alone: the trade is the name's, as it is
/// after شركة.
fn companies_with_trades(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        // (Or a name of one or two words the tagger took for a work's right after a
        // company's head, شركة بيت الخليج للتطوير العقاري القطرية: the company, its trade
        // and the trade's adjectives, not the country's adjective after them.)
        let after_company = r.start > 0 && tokens[r.start - 1].kind == TokenKind::Word && in_list(&infos[r.start - 1], &["شركه", "مجموعه"]);
        if spans[k].kind == EntityType::Misc && after_company && (1..=2).contains(&r.len()) && r.end < tokens.len() && one_of(TRADES, &infos[r.end].norm) {
            let adjacent = tokens[r.end].kind == TokenKind::Word && gaps::only_whitespace(text, tokens[r.end - 1].end, tokens[r.end].start);
            let mut j = r.end + 1;
            while j < tokens.len() && j < r.end + 3 && adjectives_after(infos, j, j + 1) == j + 1 && !country_adjective(gazetteer::bare(&infos[j].norm)) {
                j += 1;
            }
            let free = spans.get(k + 1).is_none_or(|n| n.start >= tokens[j - 1].end);
            if adjacent && free {
                spans[k].end = tokens[j - 1].end;
                spans[k].kind = EntityType::Org;
            }
            continue;
        }
        if spans[k].kind != EntityType::Org || r.len() != 1 || r.end >= tokens.len() {
            continue;
        }
        let (w, t) = (&infos[r.start], &infos[r.end]);
        let own = tokens[r.start].kind == TokenKind::Word && !w.stem.starts_with("ال") && chars(&w.stem) >= 3 && !is_org_head(w);
        let adjacent = tokens[r.end].kind == TokenKind::Word && gaps::only_whitespace(text, tokens[r.start].end, tokens[r.end].start);
        let free = spans.get(k + 1).is_none_or(|n| n.start >= tokens[r.end].end);
        if own && adjacent && free && one_of(TRADES, &t.norm) {
            spans[k].end = tokens[r.end].end;
        }
    }
    spans
}

/// A company or group named by its head, a town and the adjectives that agree with the
/// head (شركة أبوظبي التنموية القابضة, مجموعة دبي العالمية), with the purpose after them
/// if any: one body, the head in (the town alone names the town), over the town and the
/// adjectives the tagger marked apart.
fn companies_named_by_towns(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut added = Vec::new();
    let n = tokens.len();
    let word = |k: usize| k < n && tokens[k].kind == TokenKind::Word;
    for i in 0..n.saturating_sub(2) {
        let h = &infos[i];
        if !word(i) || !matches!(h.stem.as_str(), "شركه" | "مجموعه") || !word(i + 1) {
            continue;
        }
        let town = &infos[i + 1];
        if town.stem != town.norm || !town.gaz.has(CITY) {
            continue;
        }
        let mut j = i + 2;
        while j < n && j < i + 5 && word(j) && infos[j].stem == infos[j].norm && infos[j].norm.starts_with("ال") && infos[j].norm.ends_with('ه') && chars(&infos[j].norm) >= 5 && !in_list(&infos[j], RELATIONAL) && !infos[j].gaz.has(CITY | COUNTRY) {
            j += 1;
        }
        if j == i + 2 {
            continue;
        }
        j += purpose_len(infos, j, n);
        added.extend(span_over(text, tokens, infos, i, j, EntityType::Org, 0.8));
    }
    if added.is_empty() {
        return spans;
    }
    let added: Vec<Span> = added.into_iter().filter(|a| !spans.iter().any(|s| s.start < a.end && a.start < s.end && (s.start < a.start || s.end > a.end))).collect();
    replacing_overlapped(spans, added)
}

/// A person the tagger began at the preposition على (written with its ى) before a
/// foreign name (ليتغلب على بغداديس, فوزه على يانغ أفريكانز): على there is "over",
/// not the given name علي, whose family name would be a name of the curated lists or
/// an Arabic word (على عبد الله, Egyptian spelling). The span begins after it.
fn preposition_ala_off_foreign_names(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut().filter(|s| s.kind == EntityType::Per) {
        let r = tokens_of(tokens, s);
        if r.len() >= 2 && tokens[r.start].kind == TokenKind::Word && preposition_ala(text, &tokens[r.start], &infos[r.start]) && tokens[r.start + 1].kind == TokenKind::Word {
            let n = &infos[r.start + 1];
            if !n.gaz.has(GIVEN | FAMILY) && n.stem == n.norm && name_like(n) && !ordinary(n) {
                s.start = tokens[r.start + 1].start;
            }
        }
    }
    spans
}

/// Verbs of a match between two sides (فاز الأهلي على …, تعادل الاتحاد مع …, يلتقي
/// الرجاء غريمه …), as the stemmer leaves them (و and ف aside).
const MATCH_VERBS: &[&str] = &[
    "فاز", "فازت", "يفوز", "تفوز", "تغلب", "تغلبت", "يتغلب", "تعادل", "تعادلت", "يتعادل", "خسر", "خسرت", "يخسر", "هزم",
    "هزمت", "يهزم", "سقط", "سقطت", "يسقط", "انتصر", "ينتصر", "اكتسح", "يكتسح", "التقي", "يلتقي", "واجه", "يواجه",
    "استضاف", "يستضيف", "اقصي", "يقصي", "فوزه", "فوزها", "تغلبه", "تغلبها", "خسارته", "خسارتها", "تعادله", "تعادلها",
];

/// The match's nouns with their side's pronoun among [`MATCH_VERBS`] (`search` form):
/// the side is the pronoun's, so no word after them is one.
const OWNED_MATCH_NOUNS: &[&str] = &["فوزه", "فوزها", "خسارته", "خسارتها", "تعادله", "تعادلها"];

/// What sets a match's other side apart after the preposition: "his guest", "his
/// host", "his rival", "his neighbour" (على ضيفه الإسماعيلي). No name holds one.
const MATCH_SIDES: &[&str] = &[
    "ضيفه", "مضيفه", "مستضيفه", "غريمه", "منافسه", "جاره", "ضيفها", "مضيفها", "غريمها", "منافسها", "ضيفته", "مضيفته",
    "ضيفتها", "مضيفتها", "غريمته", "منافسته",
];

/// A game's words that name nothing, the score's: the tagger marks some (نظيفين).
const SCORE_WORDS: &[&str] = &["بهدف", "هدفين", "بهدفين", "بثنائيه", "بثلاثيه", "برباعيه", "بخماسيه", "سلبيا", "نظيفين", "نظيفه"];

/// Definite words after a match's verb or "his rival" that name no side: relatives
/// and ordinals (منافسه الذي كان, في الجولة الأولى).
const NOT_SIDES: &[&str] = &[
    "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "الاول", "الاولي", "الاولى", "الثاني", "الثانيه", "الثالث",
    "الثالثه", "الرابع", "الرابعه", "الاخير", "الاخيره",
];

/// Words that tell a sentence reports a game: goals, the score's words, the round.
/// (Besides [`SCORE_WORDS`].)
const GAME_WORDS: &[&str] = &[
    "هدف", "اهداف", "باهداف", "مباراه", "المباراه", "الجوله", "الدوري", "ديربي", "الديربي", "الدربي", "ركلات", "الترجيح",
    "الشوط", "نقطه", "نقاط", "الكاس", "كاس", "بطوله", "البطوله",
];

/// Clubs named by one definite word that general Arabic uses too (النصر, الوحدة,
/// العين, الشباب), on both sides of a match's verb in a sentence about a game: فاز X على
/// (ضيفه) Y, تعادل X مع Y, خسر X أمام Y, يلتقي X (غريمه) Y. The tagger leaves such
/// words out or takes them for other things; a word a list or a head makes a title,
/// a body's head, a country or a town is left to them. A mention that ran on over
/// "his guest" or "his rival" into the other side ends before it.
fn clubs_in_matches(text: &str, tokens: &[Token], infos: &[TokInfo], sents: &[Range<usize>], spans: Vec<Span>) -> Vec<Span> {
    let plain = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm;
    let not_a_club = gazetteer::TITLE | gazetteer::LOC_HEAD | COUNTRY | CITY | REGION | gazetteer::MONTH | gazetteer::WEEKDAY;
    let club_word = |k: usize| plain(k) && infos[k].norm.starts_with("ال") && chars(&infos[k].norm) >= 4 && !infos[k].gaz.has(not_a_club) && !in_list(&infos[k], RELATIONAL) && !in_list(&infos[k], &["الفريق", "المنتخب", "النادي", "اللاعب", "المهاجم", "الحارس", "المدرب"]) && !in_list(&infos[k], GAME_WORDS) && !in_list(&infos[k], SCORE_WORDS) && !in_list(&infos[k], NOT_SIDES) && !country_adjective(&infos[k].norm);
    // (The club's word and its town's or country's adjective, الرجاء البيضاوي, الهلال
    // السعودي.)
    let club_end = |k: usize| {
        let a = infos.get(k + 1);
        if plain(k + 1) && a.is_some_and(|a| a.norm.starts_with("ال") && a.norm.ends_with('ي') && (gazetteer::place_adjective(&a.norm).is_some() || country_adjective(&a.norm) || a.gaz.has(NISBA) || a.norm.ends_with("اوي"))) { k + 2 } else { k + 1 }
    };
    let side = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && in_list(&infos[k], MATCH_SIDES);
    let preposition = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && matches!(infos[k].norm.as_str(), "علي" | "على" | "مع" | "امام" | "ضد");
    let is_game = |r: &Range<usize>| {
        (r.clone()).any(|k| tokens[k].kind == TokenKind::Word && (in_list(&infos[k], GAME_WORDS) || in_list(&infos[k], SCORE_WORDS)))
            || (r.start + 2..r.end).any(|k| tokens[k].kind == TokenKind::Number && tokens[k - 2].kind == TokenKind::Number && text.get(tokens[k - 2].end..tokens[k].start) == Some("-"))
    };
    // (Each sentence asked once: the sport test below reads the answers again.)
    let game: Vec<bool> = sents.iter().map(is_game).collect();
    let games: Vec<&Range<usize>> = sents.iter().zip(&game).filter(|(_, &g)| g).map(|(r, _)| r).collect();
    if games.is_empty() {
        return spans;
    }
    // (A mention that ran on over the other side's "his guest": the part before it; a
    // score's word the tagger marked alone, نظيفين: no name.)
    let mut spans = spans;
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if let Some(k) = (r.start + 1..r.end).find(|&k| side(k)) {
            s.end = tokens[k - 1].end;
        }
    }
    spans.retain(|s| {
        let r = tokens_of(tokens, s);
        !(r.len() == 1 && is_model(s.kind) && tokens[r.start].kind == TokenKind::Word && in_list(&infos[r.start], SCORE_WORDS) && games.iter().any(|g| g.contains(&r.start)))
    });
    // (A derby the tagger marked with both its clubs, ديربي الرجاء والوداد: the derby,
    // and each club.)
    let mut derbies = Vec::new();
    spans.retain(|s| {
        let r = tokens_of(tokens, s);
        let derby = s.kind == EntityType::Misc && r.len() >= 3 && in_list(&infos[r.start], &["ديربي", "الديربي", "كلاسيكو", "الكلاسيكو"]);
        let Some(w) = (r.start + 2..r.end).find(|&k| derby && tokens[k].kind == TokenKind::Word && infos[k].norm.starts_with('و') && infos[k].stem != infos[k].norm) else { return true };
        derbies.extend(span_over(text, tokens, infos, r.start, r.start + 1, EntityType::Misc, s.score));
        derbies.extend(span_over(text, tokens, infos, r.start + 1, w, EntityType::Org, s.score));
        derbies.extend(span_over(text, tokens, infos, w, r.end, EntityType::Org, s.score));
        false
    });
    let spans = with_added(spans, derbies);
    // (A side at `k`: the tagger's body there, or its person or work retyped, or a
    // club's word; the side's end.)
    let mut found = Vec::new();
    let side_at = |k: usize, found: &mut Vec<Span>, players: bool| -> Option<usize> {
        // (A person the tagger found is a club after "his guest" or "his rival", or
        // where no given name of the lists is in it and the match may not be one of
        // players: تغلب على فيدرر, فوزه على نادال are.)
        let after_side = k > 0 && side(k - 1);
        let no_given = |s: &Span| tokens_of(tokens, s).all(|m| !infos[m].gaz.has(GIVEN | gazetteer::GIVEN_BIG));
        match super::heads::span_starting_at(&spans, tokens[k].start) {
            Some(s) if s.kind == EntityType::Org => Some(tokens_of(tokens, s).end),
            // (With its country's adjective: يانغ أفريكانز التنزاني.)
            Some(s) if s.kind == EntityType::Misc || s.kind == EntityType::Per && (after_side || !players && no_given(s)) => {
                let e = tokens_of(tokens, s).end;
                let e = if e < tokens.len() && club_end(e - 1) > e && super::heads::span_starting_at(&spans, tokens[e].start).is_none() { e + 1 } else { e };
                found.push(Span { kind: EntityType::Org, end: tokens[e - 1].end, ..*s });
                Some(e)
            }
            Some(s) if s.kind == EntityType::Per => Some(tokens_of(tokens, s).end),
            Some(_) => None,
            // (Not an adjective of the name after it: ضيفتها المتواضعة أندورا.)
            None if club_word(k) && tokens.get(club_end(k)).is_none_or(|t| super::heads::span_starting_at(&spans, t.start).is_none()) => {
                let e = club_end(k);
                found.extend(span_over(text, tokens, infos, k, e, EntityType::Org, 0.6));
                Some(e)
            }
            None => None,
        }
    };
    for r in games.clone() {
        for i in r.clone() {
            // (A side after "his guest", "his rival" wherever it is: أمام مضيفه سيراميكا
            // كليوباترا.)
            if side(i) && i + 1 < r.end {
                side_at(i + 1, &mut found, false);
            }
            if tokens[i].kind != TokenKind::Word || i + 1 >= r.end {
                continue;
            }
            // (A side that won: حقق الهلال فوزا, "Al-Hilal won".)
            if matches!(infos[i].key.as_str(), "حقق" | "يحقق") && club_word(i + 1) && infos.get(club_end(i + 1)).is_some_and(|w| in_list(w, &["فوزا", "انتصارا", "تعادلا", "الفوز"])) {
                side_at(i + 1, &mut found, false);
                continue;
            }
            // (The verb or its noun with the side's pronoun, فوزه على, not the noun with
            // the article: التعادل السلبي.)
            if !(one_of(MATCH_VERBS, &infos[i].key) || one_of(MATCH_VERBS, &infos[i].stem)) || infos[i].stem.starts_with("ال") {
                continue;
            }
            // (The first side after the verb; or before it, and a relative: النصر الذي
            // تغلب على الفتح.)
            // (A noun with its side's pronoun, فوزه, has its side: a definite word after
            // it is its adjective, فوزه المستحق على, فوزها الكبير على, no side; the
            // other side follows the preposition after it.)
            let owned = in_list(&infos[i], OWNED_MATCH_NOUNS);
            let x_end = if preposition(i + 1) {
                if i >= 2 && r.contains(&(i - 2)) && in_list(&infos[i - 1], &["الذي", "التي"]) {
                    side_at(i - 2, &mut found, true);
                }
                i + 1
            } else if owned {
                if plain(i + 1) && infos[i + 1].norm.starts_with("ال") && preposition(i + 2) { i + 2 } else { continue }
            } else {
                match side_at(i + 1, &mut found, false) {
                    Some(e) => e,
                    None => continue,
                }
            };
            // (The other side, after a preposition.)
            if preposition(x_end) && x_end + 1 < r.end && !side(x_end + 1) {
                side_at(x_end + 1, &mut found, x_end == i + 1);
            }
        }
    }
    // (A club's word after a noun of its side in the construct state, in a text about
    // a game: فريق النصر, مدرب الشباب, لاعبو الرجاء, جماهير الوداد, لقائد النصر; not a
    // post or a line of the side, مدرب الحراس, حارس المرمى.)
    // (In a game's sentence: a text may hold many subjects.)
    for k in games.iter().flat_map(|r| r.start..r.end.min(tokens.len().saturating_sub(1))) {
        if tokens[k].kind == TokenKind::Word && in_list(&infos[k], CLUB_ROLES) && club_word(k + 1) && !in_list(&infos[k + 1], NOT_CLUBS_AFTER_ROLES) {
            side_at(k + 1, &mut found, false);
        }
    }
    // (The club so found, named again by its word alone near it, within a few
    // sentences that speak of sport: وتقدم الشباب في الدقيقة 23, لقائد النصر. Not
    // across the whole text: a text may hold many reports, and the word is an ordinary
    // one elsewhere, الشباب "the young", النصر "the victory".)
    let mut sent_of = vec![usize::MAX; tokens.len()];
    for (n, r) in sents.iter().enumerate() {
        for k in r.clone() {
            sent_of[k] = n;
        }
    }
    // (Asked only of the sentences a club's word stands in, after the cheaper tests:
    // most texts speak of no sport, and the words' list is long.)
    let sporty = |n: usize| {
        let r = &sents[n];
        game[n] || r.clone().any(|k| tokens[k].kind == TokenKind::Word && in_list(&infos[k], SPORT_WORDS))
    };
    // (A club's word with its country's or town's adjective, in a sentence about sport:
    // رفقة الشباب السعودي, أمام العين الإماراتي, للرجاء البيضاوي; not a player or a
    // side so described, الدولي المغربي, الجانب المصري, nor the adjective before a
    // person's name, or a word the tagger marked; after a word that sets a side against
    // another or a player in it: أمام, ضد, رفقة, قميص.)
    {
        let covered = covered_tokens(tokens, &spans);
        let mut named = Vec::new();
        for k in 0..tokens.len() {
            let n = sent_of[k];
            if covered[k] || n == usize::MAX || !club_word(k) || club_end(k) != k + 2 || covered[k + 1] || in_list(&infos[k], NOT_CLUBS_BEFORE_ADJECTIVES) {
                continue;
            }
            let cue = k > 0 && tokens[k - 1].kind == TokenKind::Word && in_list(&infos[k - 1], &["امام", "أمام", "رفقه", "رفقة", "ضد", "قميص", "بقميص", "لصالح"]);
            if !cue || tokens.get(k + 2).is_some_and(|t| super::heads::span_starting_at(&spans, t.start).is_some()) || !sporty(n) {
                continue;
            }
            named.extend(span_over(text, tokens, infos, k, k + 2, EntityType::Org, 0.6));
        }
        named.retain(|s| !found.iter().any(|f| f.start < s.end && s.start < f.end));
        found.extend(named);
    }
    let clubs: Vec<(String, usize)> = found
        .iter()
        .filter_map(|s| {
            let r = tokens_of(tokens, s);
            (!r.is_empty() && club_word(r.start) && sent_of[r.start] != usize::MAX).then(|| (infos[r.start].norm.clone(), sent_of[r.start]))
        })
        .collect();
    if !clubs.is_empty() {
        let mut covered = covered_tokens(tokens, &spans);
        for s in &found {
            covered[tokens_of(tokens, s)].iter_mut().for_each(|c| *c = true);
        }
        let mut again = Vec::new();
        for k in 0..tokens.len() {
            let n = sent_of[k];
            if covered[k] || n == usize::MAX || tokens[k].kind != TokenKind::Word || !infos[k].stem.starts_with("ال") {
                continue;
            }
            if !clubs.iter().any(|(w, m)| *w == infos[k].stem && n != *m && n.abs_diff(*m) <= CLUB_SPREAD_SENTENCES) || !sporty(n) {
                continue;
            }
            // (Not a definite noun's adjective, المنتخب الشباب; إلى is no such noun.)
            let after_definite = k > 0 && tokens[k - 1].kind == TokenKind::Word && infos[k - 1].stem.starts_with("ال") && !matches!(infos[k - 1].norm.as_str(), "الي" | "الى") && sent_of[k - 1] == n;
            if after_definite {
                continue;
            }
            let e = club_end(k);
            again.extend(span_over(text, tokens, infos, k, e, EntityType::Org, 0.6));
        }
        found.extend(again);
    }
    found.sort_by_key(|s| (s.start, s.end));
    found.dedup_by_key(|s| s.start);
    super::heads::add_replacing_model_spans(spans, found)
}

/// How many sentences before or after a club found as a match's side its word alone
/// is still that club, where the sentence speaks of sport.
const CLUB_SPREAD_SENTENCES: usize = 4;

/// Definite words before a country's adjective that name a player, a side or a body,
/// no club (الدولي المغربي, الجانب المصري, الاتحاد السعودي).
const NOT_CLUBS_BEFORE_ADJECTIVES: &[&str] = &[
    "الدولي", "الجانب", "الوفد", "الجيش", "الشعب", "الطرف", "النجم", "المحترف", "الجناح", "المدافع", "الحكم", "الثنائي",
    "الثلاثي", "الاتحاد", "البطل", "العملاق", "الجمهور", "الشارع", "الحارس", "الظهير", "الصانع", "الهداف", "الموهوب",
    "الشاب", "الفني", "الطاقم", "الناخب", "الوصيف", "الممثل", "الدوري", "الكاس",
];

/// Words that tell a sentence speaks of sport: players, coaches, titles, the season,
/// the stands (besides [`GAME_WORDS`] and [`SCORE_WORDS`]).
const SPORT_WORDS: &[&str] = &[
    "لاعب", "اللاعب", "لاعبو", "لاعبي", "اللاعبون", "اللاعبين", "لاعبيه", "مدرب", "المدرب", "مدربه", "الفريق", "الفريقان",
    "الفريقين", "لقب", "اللقب", "بلقب", "التتويج", "تتويج", "الموسم", "موسم", "المدرجات", "التدريبات", "وديه", "الملعب",
    "ملعب", "المهاجم", "مهاجمه", "الحارس", "الدقيقه", "النهائي", "نهائي", "المسابقه", "الميداليات", "البطل", "الوصيف",
    "جماهير", "قائد", "التعادل", "الفوز", "الخساره", "هدفا", "المنتخب",
];

/// Nouns of a club's side before its name in the construct state: its team, coach,
/// players, captain, fans.
const CLUB_ROLES: &[&str] = &[
    "فريق", "مدرب", "مدربو", "مدربي", "لاعبو", "لاعبي", "قائد", "جماهير", "جمهور", "انصار", "مشجعو", "مشجعي",
];

/// Definite words after those nouns that name a post or a line, no club.
const NOT_CLUBS_AFTER_ROLES: &[&str] = &[
    "الحراس", "اللياقه", "المرمي", "المرمى", "الوسط", "الفريقين", "المنتخبين", "الكره", "الخصم", "الاحتياط", "الدفاع",
    "الهجوم", "الارتكاز", "الشباب", "الناشئين", "الاشبال", "الرجال", "السيدات", "الضيوف", "المضيف", "البطل",
];

/// A club named by its head النادي and one definite word (النادي الإفريقي, للنادي
/// الأهلي): the word names the club alone, as the head convention holds for a company
/// after شركة, so the head stays out (the final's الأهلي of للنادي الأهلي).
fn clubs_without_head(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut clubs: HashSet<String> = HashSet::new();
    let spans: Vec<Span> = spans
        .into_iter()
        .filter_map(|s| {
            let r = tokens_of(tokens, &s);
            let club = s.kind == EntityType::Org
                && r.len() == 2
                && tokens[r.start].kind == TokenKind::Word
                && tokens[r.start + 1].kind == TokenKind::Word
                && matches!(infos[r.start].stem.as_str(), "النادي" | "النادى")
                && infos[r.start + 1].stem == infos[r.start + 1].norm
                && infos[r.start + 1].norm.starts_with("ال");
            if club {
                clubs.insert(infos[r.start + 1].norm.clone());
                span_over(text, tokens, infos, r.start + 1, r.end, s.kind, s.score)
            } else {
                Some(s)
            }
        })
        .collect();
    if clubs.is_empty() {
        return spans;
    }
    // (The club named again by its word alone in the same text, حرمان الإفريقي من
    // جمهوره: the club, where no mention holds the word and no definite noun before it
    // makes it that noun's adjective, الفريق الإفريقي.)
    let covered = covered_tokens(tokens, &spans);
    let mut added = Vec::new();
    for k in 0..tokens.len() {
        let i = &infos[k];
        if covered[k] || tokens[k].kind != TokenKind::Word || !clubs.contains(&i.stem) {
            continue;
        }
        let after_definite = k > 0 && tokens[k - 1].kind == TokenKind::Word && infos[k - 1].stem.starts_with("ال");
        if !after_definite {
            added.extend(span_over(text, tokens, infos, k, k + 1, EntityType::Org, 0.6));
        }
    }
    with_added(spans, added)
}

/// The edges of East Asian names, which Arabic words hide:
/// - a Chinese family name that begins with و (وانج, وانغ) read as و and a word the
///   training never saw outside a name (انج) and the name lists lack: the و is the
///   name's, unless a person ends right before it (two people joined by و);
/// - a Korean or Chinese given name of syllables whose last is هو "he" (كيم سونج هو،,
///   تشوي يونغ هو،): the pronoun never stands alone before a comma or a stop, so right
///   after a foreign person's name it is the name's last syllable.
fn east_asian_name_edges(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        if spans[k].kind != EntityType::Per {
            continue;
        }
        let r = tokens_of(tokens, &spans[k]);
        if r.is_empty() {
            continue;
        }
        let f = &infos[r.start];
        let waw = tokens[r.start].kind == TokenKind::Word
            && f.norm.strip_prefix('و').is_some_and(|rest| rest == f.stem && rest.starts_with('ا') && !rest.starts_with("ال") && chars(rest) >= 3)
            && f.dict[0] == 0
            && !f.gaz.has(GIVEN | FAMILY | gazetteer::GIVEN_BIG | gazetteer::FAMILY_BIG)
            && spans[k].start > tokens[r.start].start
            && (k == 0 || spans[k - 1].kind != EntityType::Per || r.start == 0 || tokens_of(tokens, &spans[k - 1]).end < r.start);
        if waw {
            spans[k].start = tokens[r.start].start;
        }
        let e = r.end;
        let foreign = r.len() >= 2 && (r.start..r.end).all(|j| tokens[j].kind == TokenKind::Word && infos[j].stem == infos[j].norm && !infos[j].norm.starts_with("ال"));
        let stops = |j: usize| j >= tokens.len() || tokens[j].kind != TokenKind::Word && text[tokens[j].start..tokens[j].end].chars().all(|c| matches!(c, '،' | ',' | '.' | '؛' | ')'));
        let free = spans.get(k + 1).is_none_or(|n| e < tokens.len() && n.start >= tokens[e].end);
        if foreign && e < tokens.len() && tokens[e].kind == TokenKind::Word && infos[e].norm == "هو" && stops(e + 1) && free {
            spans[k].end = tokens[e].end;
        }
    }
    spans
}

/// A person's name never begins with an honorific (سعادة خليفة سالم المزروعي, معالي
/// الوزير's معالي): it is the writer's courtesy, as a title is; the name begins after it.
fn honorifics_out(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    spans
        .into_iter()
        .filter_map(|s| {
            let r = tokens_of(tokens, &s);
            let first = r.start;
            if s.kind != EntityType::Per || r.len() < 2 || tokens[first].kind != TokenKind::Word || !in_list(&infos[first], HONORIFICS) || infos[first].stem != infos[first].norm {
                return Some(s);
            }
            span_over(text, tokens, infos, first + 1, r.end, s.kind, s.score)
        })
        .collect()
}

/// Heads of squares and streets (`search` form) that [`corniches`] joins to an ordinary
/// word after them.
const SQUARE_HEADS: &[&str] = &["ساحه", "ميدان", "شارع", "جاده", "دوار"];

/// A corniche named by the city or river it lines (كورنيش الدوحة, كورنيش النيل): one
/// place, its head in (the place alone would name the city), over the city the tagger
/// marked; after a proclitic (على كورنيش, بكورنيش) too.
fn corniches(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let mut gone = vec![false; spans.len()];
    for k in 0..spans.len() {
        if spans[k].kind != EntityType::Loc {
            continue;
        }
        let r = tokens_of(tokens, &spans[k]);
        if r.is_empty() || r.start == 0 || tokens[r.start].start != spans[k].start || tokens[r.start - 1].kind != TokenKind::Word {
            continue;
        }
        let h = &infos[r.start - 1];
        // (Or a square or a street named by an ordinary word, ساحة الشهداء, ميدان
        // التحرير: the word alone names nothing, though a town somewhere may bear it;
        // one named by its district, شارع الحمرا, is the district.)
        let w = &infos[r.start];
        let square = in_list(h, SQUARE_HEADS) && r.len() == 1 && w.stem == w.norm && w.stem.starts_with("ال") && ordinary(w) && !w.gaz.has(GIVEN | FAMILY | COUNTRY | REGION);
        let head = square || h.norm.strip_suffix("كورنيش").is_some_and(|p| p.chars().count() <= 2 && p.chars().all(|c| "وبلف".contains(c)));
        // (The tagger may have marked the head alone, كورنيش as ORG: it goes.)
        let head_alone = k > 0 && spans[k - 1].start >= tokens[r.start - 1].start && spans[k - 1].end == tokens[r.start - 1].end && is_model(spans[k - 1].kind);
        let free = k == 0 || spans[k - 1].end <= tokens[r.start - 1].start || head_alone;
        if head && free && gaps::only_whitespace(text, tokens[r.start - 1].end, spans[k].start) {
            let word = &text[tokens[r.start - 1].start..tokens[r.start - 1].end];
            let cut = if square { super::clitic::clitic_bytes(word).min(word.len().saturating_sub(1)) } else { word.find("كورنيش").unwrap_or(0) };
            spans[k].start = tokens[r.start - 1].start + cut;
            if head_alone {
                gone[k - 1] = true;
            }
        }
    }
    replace_marked(spans, &gone, Vec::new())
}

/// An industrial or economic city named by its town or its founder and the adjective
/// (مدينة عدرا الصناعية, مدينة الشيخ نجار الصناعية, مدينة الملك عبدالله الاقتصادية):
/// one place, LOC, its head in and the adjective too (the town alone names the town, as
/// منطقة جبل علي الحرة keeps its head), over the town or person the tagger marked or
/// where it marked nothing; after a proclitic (بمدينة) too. One to three words between,
/// none a function word nor a verb, and no other mention across them.
fn industrial_cities(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let n = tokens.len();
    let mut added = Vec::new();
    let mut gone = vec![false; spans.len()];
    for i in 0..n {
        if tokens[i].kind != TokenKind::Word || infos[i].stem != "مدينه" {
            continue;
        }
        let Some(a) = (i + 2..(i + 5).min(n)).find(|&k| tokens[k].kind == TokenKind::Word && matches!(infos[k].norm.as_str(), "الصناعيه" | "الاقتصاديه")) else { continue };
        let words = (i + 1..a).all(|k| tokens[k].kind == TokenKind::Word && chars(&infos[k].norm) >= 2 && !crate::function_words::is_function_word(&infos[k].norm) && !verb_like(&infos[k]) && !infos[k].norm.starts_with('و'));
        // (Nothing but spaces between the words: no comma nor bracket.)
        let joined = (i..a).all(|k| gaps::only_whitespace(text, tokens[k].end, tokens[k + 1].start));
        if !words || !joined {
            continue;
        }
        let (lo, hi) = (tokens[i].start, tokens[a].end);
        let inside: Vec<usize> = (0..spans.len()).filter(|&k| spans[k].start < hi && spans[k].end > lo).collect();
        let fits = inside.iter().all(|&k| spans[k].start >= tokens[i + 1].start && spans[k].end <= tokens[a - 1].end && matches!(spans[k].kind, EntityType::Loc | EntityType::Per));
        if !fits {
            continue;
        }
        if let Some(m) = span_over(text, tokens, infos, i, a + 1, EntityType::Loc, 0.6) {
            inside.iter().for_each(|&k| gone[k] = true);
            added.push(m);
        }
    }
    if added.is_empty() {
        return spans;
    }
    replace_marked(spans, &gone, added)
}

/// A place written with ڤ or ڨ for its g, as Algerian and Tunisian outlets write it
/// (ورڤلة, ڤالمة, بتڤرت), that the lists know with ق ([`gazetteer::maghreb_g`]): the
/// place, LOC, after its proclitic, wherever the tagger (which never saw those letters
/// in training) missed it or took the word alone for something else. A longer name
/// that holds it (محكمة ورڤلة) stays.
fn maghreb_g_places(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut gone = vec![false; spans.len()];
    let mut new = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        let w = &text[t.start..t.end];
        if t.kind != TokenKind::Word || !w.contains(['ڤ', 'ڨ']) {
            continue;
        }
        let i = &infos[k];
        // The word whole (ورڤلة, which the stemmer reads as و + رڤلة), or the place after
        // the stemmer's proclitics, or after one it left on.
        let cut = if gazetteer::maghreb_g(&i.norm).is_some() {
            0
        } else if gazetteer::maghreb_g(&i.stem).is_some() {
            super::clitic::clitic_bytes(w).min(w.len().saturating_sub(1))
        } else if proclitic_before(i).is_some_and(|r| gazetteer::maghreb_g(r).is_some()) {
            // (The letter with its marks: بِتڤرت.)
            after_letters(w, 1).unwrap_or(0)
        } else {
            continue;
        };
        let place = Span { start: t.start + cut, end: t.end, kind: EntityType::Loc, score: 0.7 };
        let lo = spans.partition_point(|s| s.end <= t.start);
        match spans.get(lo).filter(|s| s.start < t.end) {
            None => new.push(place),
            Some(s) if tokens_of(tokens, s) == (k..k + 1) => {
                gone[lo] = true;
                new.push(place);
            }
            Some(_) => {}
        }
    }
    replace_marked(spans, &gone, new)
}

/// A country's adjective that names no country of the lists, alone after a definite
/// noun it qualifies (بالعاصمة الرواندية كيجالى, "the Rwandan capital"), which the tagger
/// took for a place: dropped, as no reader marks it. (A country's name that is also its
/// adjective, السعودية, is [`adjectives_not_countries`]'s.)
fn country_adjectives_after_nouns(tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut gone = vec![false; spans.len()];
    for (n, s) in spans.iter().enumerate() {
        let r = tokens_of(tokens, s);
        if s.kind != EntityType::Loc || r.len() != 1 || r.start == 0 || s.start != tokens[r.start].start {
            continue;
        }
        let (k, j) = (r.start, r.start - 1);
        let (w, v) = (&infos[k], &infos[j]);
        let adjective = tokens[k].kind == TokenKind::Word
            && w.stem == w.norm
            && w.norm.starts_with("ال")
            && (w.norm.ends_with("يه") || w.norm.ends_with('ي'))
            && !w.gaz.has(COUNTRY | CITY | REGION)
            && !one_of(SHORT_COUNTRIES, &w.stem)
            && w.norm.strip_suffix('ه').map_or(country_adjective(&w.norm), country_adjective);
        let noun = tokens[j].kind == TokenKind::Word && v.stem.starts_with("ال") && chars(&v.stem) >= 5 && !v.gaz.has(COUNTRY | CITY | REGION) && (n == 0 || spans[n - 1].end <= tokens[j].start);
        gone[n] = adjective && noun;
    }
    replace_marked(spans, &gone, Vec::new())
}

/// A country's name that is also its adjective, where the word before makes it the
/// adjective agreeing with a noun: السعودية after a definite feminine noun or plural
/// (السلطات السعودية, الجهود السعودية: ة or ات, no name itself) or after a company's
/// name (stc السعودية) or after one in quote marks after its head (شركة "أكوا باور"
/// السعودية); إندونيسيا, كينيا, سوريا, the indefinite accusative adjective
/// after a counted noun in the accusative (199 حاجا إندونيسيا). Dropped: no reader marks
/// the country there.
fn adjectives_not_countries(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut gone = vec![false; spans.len()];
    for (n, s) in spans.iter().enumerate() {
        let r = tokens_of(tokens, s);
        if s.kind != EntityType::Loc || r.len() != 1 || r.start == 0 {
            continue;
        }
        let (k, j) = (r.start, r.start - 1);
        let w = &infos[k];
        let adjacent = matches!(tokens[j].kind, TokenKind::Word | TokenKind::Latin) && gaps::only_whitespace(text, tokens[j].end, tokens[k].start) && tokens[j].end < tokens[k].start;
        // (Or joined by و to another country's feminine adjective right before it, which
        // no mention covers: الأراضي الإماراتية والسعودية, "Emirati and Saudi lands", the
        // second adjective of one noun. Not after a country's name: الإمارات والسعودية.)
        let coordinated = adjacent
            && tokens[j].kind == TokenKind::Word
            && w.norm.strip_prefix('و') == Some(w.stem.as_str())
            && w.stem.starts_with("ال")
            && w.stem.ends_with("يه")
            && (gazetteer::word_flags(&w.stem) & COUNTRY != 0 || one_of(SHORT_COUNTRIES, &w.stem))
            && n.checked_sub(1).is_none_or(|p| spans[p].end <= tokens[j].start)
            && {
                let v = &infos[j];
                v.stem == v.norm && v.norm.starts_with("ال") && v.norm.ends_with("يه") && !v.gaz.has(COUNTRY | CITY | REGION) && v.norm.strip_suffix('ه').is_some_and(country_adjective)
            };
        if coordinated {
            gone[n] = true;
            continue;
        }
        // (Or a company's name in quote marks after its head before it: شركة "أكوا باور"
        // السعودية, the adjective agreeing with the head.)
        let quoted_company = w.stem == w.norm
            && w.norm.starts_with("ال")
            && w.norm.ends_with("يه")
            && (w.gaz.has(COUNTRY) || one_of(SHORT_COUNTRIES, &w.stem))
            && tokens[j].kind == TokenKind::Punct
            && tokens[j].norm == "\""
            && gaps::only_whitespace(text, tokens[j].end, tokens[k].start)
            && n.checked_sub(1).is_some_and(|p| {
                let pr = tokens_of(tokens, &spans[p]);
                spans[p].kind == EntityType::Org && spans[p].end == tokens[j].start && pr.start >= 2 && tokens[pr.start - 1].kind == TokenKind::Punct && tokens[pr.start - 2].kind == TokenKind::Word && is_org_head(&infos[pr.start - 2])
            });
        if quoted_company {
            gone[n] = true;
            continue;
        }
        if !adjacent || w.stem != w.norm || !(w.gaz.has(COUNTRY) || one_of(SHORT_COUNTRIES, &w.stem)) {
            continue;
        }
        let before = n.checked_sub(1).map(|p| &spans[p]).filter(|p| p.end >= tokens[j].end);
        let v = &infos[j];
        let definite_feminine = w.norm.starts_with("ال")
            && w.norm.ends_with("يه")
            && before.is_none()
            && v.stem.starts_with("ال")
            && chars(&v.stem) >= 5
            && (v.norm.ends_with('ه') || v.norm.ends_with("ات") || v.norm == "الجهود" || v.stem.strip_prefix("ال").is_some_and(broken_plural));
        // (A brand of one word, without the article: a body's full name before a country,
        // انتقد الاتحاد الأوروبي السعودية, is the subject before the object.)
        let after_company = w.norm.starts_with("ال") && w.norm.ends_with("يه") && before.is_some_and(|p| p.kind == EntityType::Org && tokens_of(tokens, p).len() == 1) && !v.stem.starts_with("ال");
        let accusative = w.norm.ends_with("يا") && before.is_some_and(|p| p.kind == EntityType::Quantity) && v.norm.ends_with('ا') && !v.norm.ends_with("يا");
        // (A country whose name ends in ي and takes no article, جيبوتي: with the article
        // it is only the masculine adjective after the noun it qualifies, الرئيس
        // الجيبوتي, بنظيريه الجيبوتي; no country of the lists is named ال + ...ي.)
        let definite_masculine = w.norm.strip_prefix("ال").is_some_and(|bare| bare.ends_with('ي') && chars(bare) >= 4 && gazetteer::word_flags(bare) & COUNTRY != 0)
            && before.is_none()
            && tokens[j].kind == TokenKind::Word
            && chars(&v.stem) >= 4;
        gone[n] = definite_feminine || after_company || accusative || definite_masculine;
    }
    replace_marked(spans, &gone, Vec::new())
}

/// Is a `search`-form word without the article shaped like a broken plural of five or six
/// letters with alef third, which an adjective agrees with in the feminine singular:
/// سواحل, مناطق, أراضي, موانئ (فواعل, مفاعل, أفاعل), مشاريع (مفاعيل). No singular noun
/// of that shape takes السعودية after it.
fn broken_plural(word: &str) -> bool {
    let letters: Vec<char> = word.chars().collect();
    matches!(letters.len(), 5 | 6) && letters[2] == 'ا' && letters[1] != 'ا' && (letters.len() == 5 || letters[4] == 'ي')
}

/// Nouns for kinds of places and their plurals without the article, in `search` form: a
/// closed set that names no place alone. (With the article some name outlets: المدن.)
const GENERIC_PLACES: &[&str] = &[
    "ولايه", "ولايات", "محافظه", "محافظات", "مدينه", "مدن", "منطقه", "مناطق", "قريه", "قري", "دوله", "دول", "بلد", "بلدان",
    "اقليم", "اقاليم", "بلديه", "بلديات", "عاصمه", "عواصم",
    // (A state's head without the article, سلطنة of سلطنة عمان where the tagger found
    // the two apart.)
    "سلطنه", "مملكه", "جمهوريه", "اماره",
];

/// Mentions that are no names, in one pass over the spans:
/// - an organization's head alone without the article (منظمة of منظمة «بيرسجا»);
/// - one word that is only a kind of place (ولايات of في ولايات صفاقس وسوسة, which the
///   tagger took for a place) or a facility's head (ستاد);
/// - a title alone taken for a place or a body (المبعوثة), or with a country's
///   adjective for a person (نظيره الهنغاري);
/// - a "person" whose every word is an ordinary noun or adjective in the indefinite
///   accusative (عيارا ناريا, "a shot", after أطلق): each word less its final alef is a
///   word general Arabic writes with the article, and no list holds it as a given name.
///   Names that end in alef (ماريا, أنيتا) are not ordinary words without it.
fn no_names(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    // (Do the words around token `k` write the feminine ending as ة? Then a word written
    // with a final ه ends in a pronoun, not in the ة that the lists' spelling folds to ه.
    // Around it only: a text pasted from several outlets may write ه for ة in one.)
    let writes_ta_marbuta = |k: usize| tokens[k.saturating_sub(20)..(k + 20).min(tokens.len())].iter().any(|t| t.kind == TokenKind::Word && text[t.start..t.end].ends_with('ة'));
    let accusative = |k: usize| {
        let w = &infos[k];
        let Some(bare) = w.stem.strip_suffix('ا') else { return false };
        let [common, article, _, _] = super::general_freq::buckets(bare);
        tokens[k].kind == TokenKind::Word && w.stem == w.norm && !w.gaz.has(GIVEN | gazetteer::GIVEN_BIG) && common >= 3 && (3..=6).contains(&article) && chars(bare) >= 3
    };
    spans
        .into_iter()
        .filter_map(|mut s| {
            let r = tokens_of(tokens, &s);
            // (Or a facility's head alone, ستاد of ستاد القاهرة الدولي: the tagger's ORG
            // before the town.)
            let place_kind = r.len() == 1 && is_model(s.kind) && tokens[r.start].kind == TokenKind::Word && (one_of(GENERIC_PLACES, &infos[r.start].stem) || one_of(FACILITY_HEADS, &infos[r.start].stem));
            let accusative_phrase = s.kind == EntityType::Per && !r.is_empty() && r.clone().all(accusative);
            // (Or a title alone taken for a place or a body, also in the feminine the
            // lists lack: المبعوثة, which WikiFANE's places hold; not a family name that
            // is also one: الأمين. A title alone for a person, البابا, is ANERcorp's.)
            let title = r.len() == 1 && matches!(s.kind, EntityType::Loc | EntityType::Org | EntityType::Misc) && tokens[r.start].kind == TokenKind::Word && {
                let w = &infos[r.start];
                let masculine = w.stem.strip_suffix('ه').map_or(0, gazetteer::word_flags);
                // (A town of the lists that is also a title, السفيرة in Syria, is kept
                // only as a place: as a body it is the title still.)
                let town = w.gaz.has(CITY) && s.kind == EntityType::Loc;
                (w.gaz.has(gazetteer::TITLE) || masculine & gazetteer::TITLE != 0) && !w.gaz.has(GIVEN | FAMILY | COUNTRY) && !town
            };
            // (An organization's head alone without the article, منظمة before «بيرسجا»,
            // names no body: the name follows it.)
            let head_alone = r.len() == 1 && s.kind == EntityType::Org && tokens[r.start].kind == TokenKind::Word && !infos[r.start].stem.starts_with("ال") && is_org_head(&infos[r.start]) && super::known::lookup(&key_words(&infos[r.start].stem)).is_none();
            // (Or a country's adjective alone with the article, الأوزبكي before a player's
            // name, taken for a body or a place: a person's nationality, no name. Not a
            // person, whose family name it may be, nor a listed name: a club, المصري; nor
            // the feminine, which names agencies: /العُمانية/.)
            let nationality = r.len() == 1 && matches!(s.kind, EntityType::Loc | EntityType::Org | EntityType::Misc) && tokens[r.start].kind == TokenKind::Word && {
                let w = &infos[r.start];
                // (The countries whose adjective drops the Persian "land of", أوزبكي of
                // أوزبكستان, are looked up here: the lookup table the tagger's features
                // read does not have them.)
                let stan = w.stem.strip_prefix("ال").and_then(|a| a.strip_suffix('ي')).is_some_and(|base| gazetteer::word_flags(&format!("{base}ستان")) & COUNTRY != 0);
                w.stem.starts_with("ال") && w.stem.ends_with('ي') && (gazetteer::place_adjective(&w.stem) == Some(gazetteer::Nisba::Land) || stan) && !w.gaz.has(COUNTRY | CITY | REGION) && super::known::lookup(&key_words(&w.stem)).is_none()
            };
            // (Or a country's feminine adjective alone right after the noun it
            // agrees with in definiteness: السفيرة الفنلندية, لشركة فنلندية, "the Finnish
            // ambassador", "a Finnish company": a nationality, no name. Not after a verb or
            // a dateline's mark, where the feminine names an agency: ذكرت الفرنسية,
            // /العُمانية/; nor a listed name, a country or a place. Not a place either:
            // ANERcorp marks the adjective after an indefinite noun as the country,
            // مساع قطرية, and a definite one is [`country_adjectives_after_nouns`]'s.)
            let agreeing = r.len() == 1 && r.start > 0 && matches!(s.kind, EntityType::Org | EntityType::Misc) && tokens[r.start].kind == TokenKind::Word && tokens[r.start - 1].kind == TokenKind::Word && {
                let (n, w) = (&infos[r.start - 1], &infos[r.start]);
                let definite = w.stem.starts_with("ال");
                let noun_definite = n.stem.starts_with("ال");
                // (The feminine only, after a noun in ة: a masculine word in ي after a
                // noun is too often a foreign name, فريق فيراري, whose ending looks like
                // the adjective of a town, فيرارا.)
                let adjective = w.stem.ends_with("يه") && w.stem.strip_suffix('ه').is_some_and(country_adjective);
                let agrees = definite == noun_definite && n.stem.ends_with('ه') && chars(&n.stem) >= 3 && !verb_like(n);
                w.stem == w.norm && adjective && agrees && !w.gaz.has(COUNTRY | CITY | REGION) && super::known::lookup(&key_words(&w.stem)).is_none()
            };
            // (Or a head and indefinite adjectives, لجنة تحقيقية, لجنة فنية, لجنة جديدة,
            // منظمة دولية غير (حكومية): "a committee of inquiry", "a new committee", which
            // name none; a country's adjective, لجنة مصرية, neither.)
            let described_head = r.len() >= 2 && s.kind == EntityType::Org && tokens[r.start].kind == TokenKind::Word && {
                let h = &infos[r.start];
                // (An adjective of a word the lexicon knows, whose match key drops the
                // ending, تحقيقية of تحقيق: رابطة عوامي, the Awami League, has a name.)
                let nisba = |a: &TokInfo| (a.norm.ends_with("يه") || a.norm.ends_with('ي')) && chars(&a.norm) >= 4 && a.key != a.stem;
                let adjective = |k: usize| {
                    let a = &infos[k];
                    tokens[k].kind == TokenKind::Word && a.stem == a.norm && !a.norm.starts_with("ال") && (nisba(a) || one_of(NOT_AFTER_HEAD, &a.norm) || k > r.start + 1 && a.norm == "غير") && !a.gaz.has(GIVEN | FAMILY | COUNTRY | CITY | REGION)
                };
                let words: Vec<&str> = r.clone().map(|k| infos[k].stem.as_str()).collect();
                !h.stem.starts_with("ال") && is_org_head(h) && (r.start + 1..r.end).all(adjective) && super::known::lookup(&key_words(&words.join(" "))).is_none()
            };
            // (Or a head and a noun with a possessive pronoun, مجلس إدارته, هيئة إدارتها:
            // "its board", which a text says of whatever body it is about; a noun with a
            // pronoun names nothing after a head.)
            let head_and_pronoun = r.len() == 2 && s.kind == EntityType::Org && tokens[r.start].kind == TokenKind::Word && tokens[r.start + 1].kind == TokenKind::Word && {
                let (h, a) = (&infos[r.start], &infos[r.start + 1]);
                let base = ["ته", "تها", "تهم", "تهما", "تنا", "تكم"].iter().find_map(|p| a.norm.strip_suffix(p));
                !h.stem.starts_with("ال") && is_org_head(h) && a.stem == a.norm && !a.norm.starts_with("ال") && base.is_some_and(|b| chars(b) >= 3 && super::general_freq::buckets(&format!("{b}ه"))[0] >= 3)
            };
            // (Or a title and a country's adjective taken for a person, نظيره الهنغاري,
            // "his Hungarian counterpart", before the name: a role, no name.)
            let titled_nationality = r.len() == 2 && s.kind == EntityType::Per && tokens[r.start].kind == TokenKind::Word && tokens[r.start + 1].kind == TokenKind::Word && {
                let (t, a) = (&infos[r.start], &infos[r.start + 1]);
                t.gaz.has(gazetteer::TITLE) && !t.gaz.has(GIVEN | FAMILY) && a.stem == a.norm && a.stem.starts_with("ال") && country_adjective(&a.stem)
            };
            // (Or a common plural or noun with the pronoun ه "his" taken for a town whose
            // name ends in ة, زواره "his visitors" for Zuwara, in a text that writes ة where
            // it is due: the town would be written زوارة there. The noun without the
            // pronoun must be a word general Arabic knows well and no name or place.)
            // (A noun, which takes the article as often as nouns do: not a verb, انقر of
            // أنقره, nor a foreign name, جنو of جنوه.)
            let noun_with_pronoun = r.len() == 1 && s.kind == EntityType::Loc && tokens[r.start].kind == TokenKind::Word && {
                let w = &infos[r.start];
                let bare = w.stem.strip_suffix('ه').filter(|b| chars(b) >= 3 && !b.starts_with("ال"));
                let noun = |b: &str| {
                    let [common, article, _, _] = super::general_freq::buckets(b);
                    common >= 4 && (3..=6).contains(&article)
                };
                text[tokens[r.start].start..tokens[r.start].end].ends_with('ه')
                    && bare.is_some_and(|b| noun(b) && gazetteer::word_flags(b) & (GIVEN | FAMILY | COUNTRY | CITY | REGION) == 0)
                    && super::known::lookup(&key_words(&w.stem)).is_none()
                    && writes_ta_marbuta(r.start)
            };
            if place_kind || accusative_phrase || title || head_alone || nationality || agreeing || described_head || head_and_pronoun || titled_nationality || noun_with_pronoun {
                return None;
            }
            // ولايات دارفور, مدن الساحل: a plural kind of place before a place names
            // the places, which are the name (as a division's head stays out before a
            // place that is one by itself).
            let plural_kind = s.kind == EntityType::Loc && r.len() >= 2 && tokens[r.start].kind == TokenKind::Word && one_of(PLURAL_PLACE_KINDS, &infos[r.start].stem);
            // (Or one word after it that general Arabic does not know, a region the
            // lists lack: ولايات كردفان.)
            let unknown_word = || r.len() == 2 && tokens[r.start + 1].kind == TokenKind::Word && name_like(&infos[r.start + 1]) && !ordinary(&infos[r.start + 1]) && !infos[r.start + 1].norm.starts_with("ال");
            if plural_kind && infos[r.start + 1].stem == infos[r.start + 1].norm && (super::heads::place_by_itself(infos, r.start + 1, r.end) || unknown_word()) {
                s.start = tokens[r.start + 1].start;
            }
            Some(s)
        })
        .collect()
}

/// Plural kinds of place (`search` form), of [`GENERIC_PLACES`].
const PLURAL_PLACE_KINDS: &[&str] = &["ولايات", "محافظات", "مدن", "مناطق", "اقاليم", "بلديات", "قري", "بلدات"];

/// Quote marks that open and close a name, as written (besides the straight ", which
/// does both; “ closes too where a writer turns the pair round).
pub(super) const OPENING_MARKS: &[char] = &['«', '“', '„'];
pub(super) const CLOSING_MARKS: &[char] = &['»', '”'];

/// Last step: no mention holds half of a pair of quote marks. A name that runs from a
/// head over an opening mark (منظمة «الشفافية الدولية, the closing mark right after it)
/// is the quoted words, as the gold's head convention has it; one that runs over a
/// closing mark ends before it; one that is nothing but marks and punctuation goes.
fn balanced_marks(text: &str, spans: Vec<Span>) -> Vec<Span> {
    // (Nor half of a pair of brackets: a name the tagger ran on into the short name in
    // brackets after it, الوكالة الألمانية للتعاون الدولي (جي آي زد), is two names, the
    // one before the bracket and the one inside; a closing bracket alone ends the name.)
    let spans: Vec<Span> = spans
        .into_iter()
        .flat_map(|s| {
            let inner = &text[s.start..s.end];
            let mut out = Vec::new();
            match (inner.find('('), inner.find(')')) {
                (Some(at), None) => {
                    out.push(Span { end: s.start + at, ..s.clone() });
                    out.push(Span { start: s.start + at + 1, ..s });
                }
                (None, Some(at)) => out.push(Span { end: s.start + at, ..s }),
                _ => out.push(s),
            }
            out
        })
        .collect();
    spans
        .into_iter()
        .filter_map(|mut s| {
            let inner = &text[s.start..s.end];
            if let Some(at) = inner.rfind(OPENING_MARKS) {
                let open = inner[at..].chars().next().unwrap_or('«');
                if !inner[at..].contains(CLOSING_MARKS) && !(open == '“' && inner[at + open.len_utf8()..].contains('“')) {
                    s.start += at + open.len_utf8();
                }
            }
            let inner = &text[s.start..s.end];
            if let Some(at) = inner.find(CLOSING_MARKS) {
                if !inner[..at].contains(OPENING_MARKS) {
                    s.end = s.start + at;
                }
            }
            // (Straight quotes open and close alike: one alone in a name opens it when a
            // space or the text's start is before it (منظمة "بتسيلم), and closes it
            // otherwise.)
            let inner = &text[s.start..s.end];
            if inner.matches('"').count() == 1 {
                let at = inner.find('"').unwrap_or(0);
                let before = text[..s.start + at].chars().next_back();
                if before.is_none_or(char::is_whitespace) {
                    s.start += at + 1;
                } else {
                    s.end = s.start + at;
                }
            }
            let inner = &text[s.start..s.end];
            let trimmed = inner.trim();
            s.start += inner.len() - inner.trim_start().len();
            s.end = s.start + trimmed.len();
            trimmed.chars().any(char::is_alphanumeric).then_some(s)
        })
        .collect()
}

/// Step 11a: a person's name keeps the ك that the clitic reading cut off its first
/// word (كلاوس, not ك + لاوس "Laos"; كيفن, كارل). The preposition ك ("like, as")
/// governs common nouns (كرئيس, كدولة) and hardly ever comes right before a person's
/// name in news prose, while ك begins many foreign given names whose rest is a place or
/// a word general Arabic knows.
///
/// So does a foreign given name its و right after a body's name in quote marks or
/// brackets (لمنظمة «إيقاد» ورقنه جبيهو: the secretary named after his body, not «and
/// Raqna»), where what is left is no given name of the lists (وإسماعيل هنية after
/// «حماس» is و + a name).
///
/// And a body's or a work's foreign name in quote marks keeps the ك it begins with
/// (لإذاعة "كادينا سير", not ك + ادينا): right after the opening mark the preposition
/// would begin a quotation, not a name, and general Arabic does not know the whole word
/// (nor is what is left a head, a country or a person's name of the lists). So do a
/// firm's initials that begin with the letter K (كيه بي إم جي): كيه is the letter's
/// name, before another's.
fn people_keep_kaf(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut().filter(|s| matches!(s.kind, EntityType::Org | EntityType::Misc)) {
        let a = tokens.partition_point(|t| t.end <= s.start);
        let Some(t) = tokens.get(a) else { continue };
        if t.kind != TokenKind::Word || t.start >= s.start || search_text(&text[t.start..s.start]) != "ك" {
            continue;
        }
        let quoted = matches!(text[..t.start].chars().last(), Some('«' | '"' | '“'));
        let rest = search_text(&text[s.start..t.end]);
        let whole = search_text(&text[t.start..t.end]);
        let unknown = super::general_freq::buckets(&whole)[0] == 0 && !rest.starts_with("ال") && gazetteer::word_flags(&rest) & (ORG_HEAD | COUNTRY | GIVEN | FAMILY | gazetteer::TITLE) == 0;
        let initials = super::heads::letter_name(&infos[a]) && tokens.get(a + 1).is_some_and(|n| n.start < s.end && super::heads::letter_name(&infos[a + 1]));
        if quoted && unknown || initials {
            s.start = t.start;
        }
    }
    for s in spans.iter_mut().filter(|s| s.kind == EntityType::Per) {
        let a = tokens.partition_point(|t| t.end <= s.start);
        let Some(t) = tokens.get(a) else { continue };
        if t.kind != TokenKind::Word || t.start >= s.start {
            continue;
        }
        let cut = search_text(&text[t.start..s.start]);
        let after_quoted_name = a > 0 && matches!(text[tokens[a - 1].start..tokens[a - 1].end].chars().next(), Some('»' | '"' | '”' | ')'));
        let given = || gazetteer::word_flags(&search_text(&text[s.start..t.end])) & (gazetteer::GIVEN | gazetteer::GIVEN_BIG) != 0;
        let two_words = tokens.get(a + 1).is_some_and(|n| n.start < s.end);
        if cut == "ك" || cut == "و" && after_quoted_name && two_words && !given() {
            s.start = t.start;
        }
    }
    spans
}

/// Words with the article that say when, never a family name (قال أحمد اليوم،).
pub(super) const TIME_WORDS: &[&str] = &["اليوم", "الان", "الليله", "الاسبوع", "الشهر", "العام", "السنه", "الماضي", "الجمعه"];

/// A given name of the lists that no span holds, then one word the tagger took for a
/// place or a body that no place list knows and general Arabic does not use (نادية
/// بوشاكور, after a comma that sets off the person from a title): one person, the given
/// name and the family name.
fn given_name_before_unknown(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if !matches!(spans[k].kind, EntityType::Loc | EntityType::Org) || r.len() != 1 || r.start == 0 {
            continue;
        }
        let (g, w) = (&infos[r.start - 1], &infos[r.start]);
        let free = k == 0 || spans[k - 1].end <= tokens[r.start - 1].start;
        let adjacent = tokens[r.start - 1].kind == TokenKind::Word && gaps::only_whitespace(text, tokens[r.start - 1].end, tokens[r.start].start);
        // (Not the preposition على, written with its ى: سيطرت القوات على كوراخوفو.)
        let given = g.gaz.has(GIVEN) && !g.gaz.has(gazetteer::TITLE | ORG_HEAD | gazetteer::LOC_HEAD | COUNTRY | CITY) && g.stem == g.norm && !ordinary(g) && !g.norm.starts_with("ال") && !preposition_ala(text, &tokens[r.start - 1], g);
        let unknown = w.stem == w.norm && !w.norm.starts_with("ال") && place_flags(infos, r.start, r.start + 1) == 0 && name_like(w) && !ordinary(w) && !w.gaz.has(ORG_HEAD | COUNTRY | CITY | REGION);
        if free && adjacent && given && unknown {
            spans[k].start = tokens[r.start - 1].start;
            spans[k].kind = EntityType::Per;
        }
    }
    spans
}

/// A person the tagger found as a given name of the lists alone, then an indefinite
/// word in ي that general Arabic reads as an adjective (محمد إسلامي, إسماعيل بقائي,
/// the Persian family names in ی): a given name, definite as a proper noun, takes no
/// indefinite adjective, so the word is the family name. (Not a verb, a function word,
/// a title, a place or a month; not a word another span holds.)
fn nisba_family_names(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let not_a_name = gazetteer::TITLE | ORG_HEAD | gazetteer::LOC_HEAD | COUNTRY | CITY | REGION | gazetteer::MONTH | gazetteer::WEEKDAY | gazetteer::SPEECH;
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Per || r.len() != 1 || r.end >= tokens.len() || tokens[r.start].kind != TokenKind::Word || tokens[r.end].kind != TokenKind::Word {
            continue;
        }
        let (g, w) = (&infos[r.start], &infos[r.end]);
        let free = spans.get(k + 1).is_none_or(|n| n.start >= tokens[r.end].end);
        let adjacent = gaps::only_whitespace(text, tokens[r.start].end, tokens[r.end].start);
        // (A given name without the article: الحكيم is a family name, and after it an
        // adjective may begin the predicate, الحكيم واقعي.)
        let given = g.gaz.has(GIVEN) && !g.gaz.has(not_a_name) && !g.norm.starts_with("ال") && spans[k].end == tokens[r.start].end;
        // (Written with ي or the Persian ی: a final ى is no adjective's, إحدى, حتى.)
        let written_ya = text[tokens[r.end].start..tokens[r.end].end].ends_with(['ي', 'ی']);
        // (A verb in ي is a present tense's, يمضي, ينتهي: its first letter says so; a
        // noun's ending, بقائي, may look like a verb's to the frequency test alone.)
        let verb = w.norm.starts_with(['ي', 'ت', 'ن']) && verb_like(w);
        let nisba = w.stem == w.norm && !w.norm.starts_with("ال") && w.norm.ends_with('ي') && chars(&w.norm) >= 4 && !verb && !crate::function_words::is_function_word(&w.stem) && !one_of(NOT_LAST, &w.norm) && !in_list(w, ORDINALS) && !w.gaz.has(not_a_name);
        if free && adjacent && given && nisba && written_ya {
            spans[k].end = tokens[r.end].end;
        }
    }
    spans
}

/// A given name of the name lists right before a person whose name begins with a
/// given name, after a title or the definite word that ends a title's complement
/// (وزير الدولة لشؤون الاتصالات وتقنية المعلومات مشعل سالم الرشيدي): the person's own
/// given name before the father's, which the tagger may leave out when it is also an
/// ordinary word (مشعل, "torch").
fn given_name_before_person(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let not_a_name = gazetteer::TITLE | ORG_HEAD | gazetteer::LOC_HEAD | COUNTRY | CITY | REGION | gazetteer::MONTH | gazetteer::WEEKDAY | gazetteer::SPEECH;
    for i in 0..spans.len() {
        let r = tokens_of(tokens, &spans[i]);
        if spans[i].kind != EntityType::Per || !(2..=3).contains(&r.len()) || r.start < 2 {
            continue;
        }
        let k = r.start - 1;
        let free = i == 0 || spans[i - 1].end <= tokens[k - 1].start;
        let word = |j: usize| tokens[j].kind == TokenKind::Word;
        let adjacent = word(k) && word(k - 1) && gaps::only_whitespace(text, tokens[k].end, tokens[r.start].start);
        let (g, f, b) = (&infos[k], &infos[r.start], &infos[k - 1]);
        // (Not the preposition على, written with its ى, nor رفقة, "with", which the
        // large lists hold as names: على نجيب محفوظ, رفقة ناديه.)
        let preposition = preposition_ala(text, &tokens[k], g) || in_list(g, &["رفقه", "برفقه", "بصحبه", "صحبه"]);
        let given = g.gaz.has(GIVEN | gazetteer::GIVEN_BIG) && !g.gaz.has(not_a_name) && g.stem == g.norm && !g.norm.starts_with("ال") && chars(&g.norm) >= 3 && !preposition;
        // (The tagger's own first word may be a town's name too: سالم, Salem.)
        let father = f.gaz.has(GIVEN | gazetteer::GIVEN_BIG) && f.stem == f.norm && !f.norm.starts_with("ال") && !f.gaz.has(gazetteer::TITLE | ORG_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY | gazetteer::SPEECH);
        let after_title = b.norm.starts_with("ال") || b.gaz.has(gazetteer::TITLE);
        if free && adjacent && given && father && after_title {
            spans[i].start = tokens[k].start;
        }
    }
    spans
}

/// A body of a country (its name or adjective inside: اتحاد الإمارات, الاتحاد
/// الجزائري), then right after it one word in لل that the tagger took for a body of its
/// own (للشطرنج): what the national federation or council is for, part of its name
/// (اتحاد الإمارات للشطرنج). A name after لل of several words is another body's
/// (منظمة الأغذية والزراعة للأمم المتحدة), and without a country a description's
/// (الجهاز الفني للأهلي).
fn national_bodies_with_aims(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let mut k = 0;
    while k + 1 < spans.len() {
        let (r, q) = (tokens_of(tokens, &spans[k]), tokens_of(tokens, &spans[k + 1]));
        if r.len() < 2 || q.len() != 1 {
            k += 1;
            continue;
        }
        let national = r.clone().skip(1).any(|j| infos[j].gaz.has(COUNTRY) || one_of(SHORT_COUNTRIES, &infos[j].stem) || infos[j].stem.starts_with("ال") && gazetteer::place_adjective(&infos[j].stem) == Some(gazetteer::Nisba::Land));
        let aim = q.len() == 1 && q.start == r.end && tokens[q.start].kind == TokenKind::Word && infos[q.start].norm.starts_with("لل") && gaps::only_whitespace(text, tokens[r.end - 1].end, tokens[q.start].start);
        if spans[k].kind == EntityType::Org && spans[k + 1].kind == EntityType::Org && r.len() >= 2 && is_org_head(&infos[r.start]) && national && aim {
            spans[k].end = spans[k + 1].end;
            spans.remove(k + 1);
        }
        k += 1;
    }
    spans
}

/// أمير without the article right before a person of a given name and a family name
/// (أمير حسين رضائي, أمير علي حاجي زاده): the first part of a Persian compound given
/// name, which the tagger leaves out as the title "prince". A prince is named with the
/// article (الأمير) or with what he is prince of (أمير قطر), never right before a given
/// name alone.
fn compound_given_names(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Per || r.len() < 2 || r.start == 0 || spans[k].start != tokens[r.start].start {
            continue;
        }
        let h = r.start - 1;
        let free = k == 0 || spans[k - 1].end <= tokens[h].start;
        let adjacent = gaps::only_whitespace(text, tokens[h].end, tokens[r.start].start);
        if free && adjacent && tokens[h].kind == TokenKind::Word && infos[h].norm == "امير" && infos[r.start].gaz.has(GIVEN) && !infos[r.start].norm.starts_with("ال") {
            spans[k].start = tokens[h].start;
        }
    }
    spans
}

/// A given name of the lists, then a word that begins with و and that neither general
/// Arabic nor the lexicon knows whole (ماري وانجيكو, فاطمة واتارا): the clitic rules cut
/// the و off as the conjunction, but a given name is seldom joined to a name no list
/// knows by "and" (two people are named whole, ماري وجون two given names of the lists):
/// the و is the family name's own, and the two are one person. Only where the tagger
/// took the given name or the rest for a person.
fn family_names_with_waw(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for j in 1..tokens.len() {
        let (g, w) = (&infos[j - 1], &infos[j]);
        if tokens[j].kind != TokenKind::Word || tokens[j - 1].kind != TokenKind::Word || w.norm.strip_prefix('و') != Some(w.stem.as_str()) {
            continue;
        }
        // (A foreign w is written و and a long vowel, وا or وي: Wanjiku, Wilkinson; after
        // "and" a name more often begins otherwise: بوتين وميركل, two people. Not a hamza
        // there, وأخذن "and they took", nor a verb with its pronoun, ويعوقه.)
        let written = &text[tokens[j].start..tokens[j].end];
        let hamza = written.chars().nth(1).is_some_and(|c| matches!(c, 'أ' | 'إ' | 'آ'));
        let verb_with_pronoun = w.stem.starts_with(['ي', 'ت']) && (w.stem.ends_with('ه') || w.stem.ends_with("ها") || w.stem.ends_with("هم"));
        let long_vowel = w.stem.starts_with(['ا', 'ي']) && !hamza && !verb_with_pronoun;
        let unknown_whole = long_vowel && crate::lexicon::count(&w.norm) == 0 && super::general_freq::buckets(&w.norm)[0] == 0;
        // (Or a foreign name written without its vowel after و, ولكنسون for Wilkinson,
        // after a given name of the lists or of people's names as outlets spell them
        // (ستيفن): a rest of five letters or more that no list, the lexicon nor general
        // Arabic knows, whole or without the و; ميركل, كلينتون are in the lists, so
        // بوتين وميركل stays two people.)
        let bare = !hamza && !verb_with_pronoun && chars(&w.stem) >= 5 && g.gaz.has(GIVEN | gazetteer::GIVEN_BIG | gazetteer::NAME_TOKEN) && !ordinary(g);
        let unknown_bare = |x: &str| crate::lexicon::count(x) == 0 && super::general_freq::buckets(x)[0] == 0 && gazetteer::word_flags(x) == 0;
        let unknown_whole = unknown_whole || bare && unknown_bare(&w.norm) && unknown_bare(&w.stem);
        // (Or a family name the lists hold whole with its و, whose rest they do not know
        // as a name: أيمن وهدان; بوتين وميركل has no such family name.)
        let family_flags = FAMILY | gazetteer::FAMILY_BIG;
        let name_flags = GIVEN | FAMILY | gazetteer::GIVEN_BIG | gazetteer::FAMILY_BIG;
        let listed_whole = !hamza && gazetteer::word_flags(&w.norm) & family_flags != 0 && gazetteer::word_flags(&w.stem) & name_flags == 0 && chars(&w.stem) >= 3;
        let unknown_whole = unknown_whole || listed_whole;
        let rest = name_like(w) && !ordinary(w) && !w.gaz.has(GIVEN | COUNTRY | CITY | REGION | ORG_HEAD | gazetteer::TITLE) && !w.stem.starts_with("ال");
        // (The span over a token by binary search: spans are sorted and apart.)
        let of = |k: usize| {
            let lo = spans.partition_point(|s| s.end <= tokens[k].start);
            (lo < spans.len() && spans[lo].start < tokens[k].end).then_some(lo)
        };
        let (a, b) = (of(j - 1), of(j));
        // (A given name of the lists, or one the tagger took for a person: ماري, which
        // general Arabic also writes.)
        // (The given name alone: after a whole name, رامي حداد وأحالته, a و is "and".)
        let tagged = a.is_some_and(|a| spans[a].kind == EntityType::Per && spans[a].start >= tokens[j - 1].start);
        // (Or a word right after a title, or a title and its adjective, which begins the
        // person's name: المدعية العامة ماري وانجيكو.)
        // (A title in the feminine, which the lists lack: المدعية of المدعي.)
        // (And a prosecutor, whom the title list, and so the tagger's features, lack:
        // المدعية العامة ماري واثيرو.)
        let title_at = |k: usize| tokens[k].kind == TokenKind::Word && (infos[k].gaz.has(gazetteer::TITLE) || infos[k].stem.strip_suffix('ه').map_or(0, gazetteer::word_flags) & gazetteer::TITLE != 0 || in_list(&infos[k], &["المدعي", "المدعيه", "مدعي", "مدعيه"]));
        let after_title = a.is_none() && j >= 2 && (title_at(j - 2) || j >= 3 && title_at(j - 3) && infos[j - 2].norm.starts_with("ال") && infos[j - 2].stem == infos[j - 2].norm);
        let tagged = tagged || after_title && b.is_some() && g.stem == g.norm && !g.norm.starts_with("ال") && chars(&g.norm) >= 3 && !verb_like(g);
        // (A word that is also a city's name, جين, is the person's where the tagger says so.)
        let listed = g.gaz.has(GIVEN) && !ordinary(g) && !g.gaz.has(CITY);
        let given = (listed || tagged) && !g.gaz.has(gazetteer::TITLE | ORG_HEAD | gazetteer::LOC_HEAD | COUNTRY) && g.stem == g.norm && !g.norm.starts_with("ال");
        let adjacent = gaps::only_whitespace(text, tokens[j - 1].end, tokens[j].start);
        if !(unknown_whole && rest && given && adjacent) {
            continue;
        }
        let fits_g = a.is_none_or(|a| spans[a].kind == EntityType::Per && spans[a].end == tokens[j - 1].end);
        // (Or a place the tagger made of the rest after the person it found: رايان
        // وايتفيلد as رايان and the place ايتفيلد, a name no list holds as a place.)
        let rest_kind_fits = |b: usize| spans[b].kind == EntityType::Per || spans[b].kind == EntityType::Loc && a.is_some_and(|a| spans[a].kind == EntityType::Per);
        let fits_w = b.is_none_or(|b| rest_kind_fits(b) && spans[b].end == tokens[j].end && spans[b].start >= tokens[j].start);
        if !fits_g || !fits_w || (a.is_none() && b.is_none()) {
            continue;
        }
        let start = a.map_or(tokens[j - 1].start, |a| spans[a].start);
        if a.is_some_and(|a| spans[a].start < tokens[j - 1].start) {
            continue;
        }
        let score = a.or(b).map_or(1.0, |k| spans[k].score);
        spans.retain(|s| !(s.start < tokens[j].end && tokens[j - 1].start < s.end));
        spans.push(Span { start, end: tokens[j].end, kind: EntityType::Per, score });
        spans.sort_by_key(|s| (s.start, s.end));
    }
    spans
}

/// Step 11c: a given name of the lists alone, then a word with the article, then a comma
/// and a description of the person (وقالت لينا القضاة، الخبيرة الاقتصادية): the word is
/// the family name, whatever it means in general Arabic (القضاة "the judges"), as the
/// description set off after it shows the name has ended there.
fn family_before_apposition(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Per || r.len() != 1 || !infos[r.start].gaz.has(GIVEN) || r.end + 2 >= tokens.len() {
            continue;
        }
        let (f, comma, d) = (&infos[r.end], &tokens[r.end + 1], &infos[r.end + 2]);
        let family = tokens[r.end].kind == TokenKind::Word
            && f.norm.starts_with("ال")
            && f.stem == f.norm
            && chars(&f.norm) >= 5
            && !in_list(f, RELATIONAL)
            && !in_list(f, TIME_WORDS)
            && !f.gaz.has(gazetteer::TITLE | ORG_HEAD | gazetteer::LOC_HEAD | COUNTRY | CITY | REGION | gazetteer::MONTH | gazetteer::WEEKDAY);
        let described = comma.kind == TokenKind::Punct && comma.norm == ","
            && tokens[r.end + 2].kind == TokenKind::Word
            && (d.norm.starts_with("ال") && d.stem == d.norm || d.gaz.has(gazetteer::TITLE));
        let free = spans.get(k + 1).is_none_or(|n| n.start >= tokens[r.end].end);
        if family && described && free {
            spans[k].end = tokens[r.end].end;
        }
    }
    spans
}

/// Countries that the place lists (CLDR) name only in full (المملكة العربية السعودية,
/// المملكة المتحدة, الولايات المتحدة), by the short names news uses, in `search` form.
pub(super) const SHORT_COUNTRIES: &[&str] = &["السعوديه", "الامارات", "بريطانيا", "امريكا", "انجلترا"];

/// Words after which a city is where something happens or goes (في مسقط, إلى مسقط,
/// زار مسقط), in `search` form.
const TO_PLACES: &[&str] = &["في", "الي", "من", "زار", "وزار", "يزور", "تزور"];

/// Compass directions before a place, in `search` form (جنوب, جنوبي, شمالي).
pub(super) const COMPASS: &[&str] = &["شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"];

/// Nouns for a platform or an application before its name, in `search` form.
const PLATFORM_HEADS: &[&str] = &["منصه", "منصتي", "تطبيق", "موقعي"];

/// Platforms whose names general Arabic also knows as words or letters (إكس, the
/// letter X), in `search` form: after a platform's head they are its name.
const PLATFORM_NAMES: &[&str] = &["اكس", "تويتر", "فيسبوك", "يوتيوب", "تلجرام", "تلغرام", "واتساب", "ثريدز"];

/// A platform the tagger missed after منصة or تطبيق (كتب على منصة إكس, عبر تطبيق تيك
/// توك): one or two words without the article that general Arabic does not know, or in
/// Latin letters, in the head's construct state, are the platform's name (an
/// organization; ordinary words after it describe one: منصة رقمية).
fn platforms(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut added = Vec::new();
    let mut at = 0;
    for h in 0..tokens.len().saturating_sub(1) {
        if tokens[h].kind != TokenKind::Word || !one_of(PLATFORM_HEADS, &infos[h].stem) {
            continue;
        }
        let name_word = |k: usize| match tokens.get(k).map(|t| t.kind) {
            Some(TokenKind::Latin) => true,
            Some(TokenKind::Word) => infos[k].stem == infos[k].norm && !infos[k].stem.starts_with("ال") && (!ordinary(&infos[k]) && !verb_like(&infos[k]) || one_of(PLATFORM_NAMES, &infos[k].norm)),
            _ => false,
        };
        if !name_word(h + 1) {
            continue;
        }
        let end = if name_word(h + 2) && chars(&infos[h + 2].norm) >= 2 { h + 3 } else { h + 2 };
        let (a, b) = (tokens[h + 1].start, tokens[end - 1].end);
        at += spans[at..].partition_point(|x| x.end <= a);
        if spans.get(at).is_some_and(|x| x.start < b) {
            continue;
        }
        added.extend(span_over(text, tokens, infos, h + 1, end, EntityType::Org, 0.7));
    }
    with_added(spans, added)
}

/// Step 10b: a city the tagger missed after في, إلى, من or زار, when both the city
/// lists and WikiFANE's annotated places know the word (مسقط, also "place of falling",
/// which the tagger leaves out): the place, unless the idiom's construct follows (في
/// مسقط رأسه, "in his birthplace"). A city whose name is also an ordinary word (سيول,
/// "torrents") is the place there only where the tagger found it as a place elsewhere in
/// the text (في سيول twice, one of them missed).
fn cities_after_prepositions(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let mut added = Vec::new();
    let mut cuts = Vec::new();
    let places_here: HashSet<&str> = spans.iter().filter(|s| s.kind == EntityType::Loc && is_model(s.kind)).map(|s| tokens_of(tokens, s)).filter(|r| r.len() == 1).map(|r| infos[r.start].stem.as_str()).collect();
    for k in 1..tokens.len() {
        let (p, w) = (&infos[k - 1], &infos[k]);
        // (After a compass direction, جنوبي الحديدة, شمال الحسكة: a town or a region
        // of the lists, with the article too, is the place, though general Arabic knows
        // the word, "iron".)
        // (The tagger's name that ran on over the direction into the town, حيس جنوبي
        // الحديدة, ends before the direction.)
        if tokens[k].kind == TokenKind::Word && tokens[k - 1].kind == TokenKind::Word && in_list(p, COMPASS) && w.stem == w.norm && w.stem.starts_with("ال") && place_flags(infos, k, k + 1) & (CITY | REGION) != 0 && !w.gaz.has(GIVEN | FAMILY | gazetteer::TITLE | ORG_HEAD | gazetteer::LOC_HEAD | COUNTRY) {
            let lo = spans.partition_point(|s| s.end <= tokens[k].start);
            match spans.get(lo) {
                Some(s) if s.start < tokens[k].end => {
                    if k >= 2 && is_model(s.kind) && s.end == tokens[k].end && s.start < tokens[k - 1].start && tokens[k - 2].end > s.start {
                        cuts.push((lo, tokens[k - 2].end));
                        added.extend(span_over(text, tokens, infos, k, k + 1, EntityType::Loc, 0.6));
                    }
                }
                _ => added.extend(span_over(text, tokens, infos, k, k + 1, EntityType::Loc, 0.6)),
            }
            continue;
        }
        if tokens[k].kind != TokenKind::Word || tokens[k - 1].kind != TokenKind::Word || !in_list(p, TO_PLACES) || p.stem != p.norm {
            continue;
        }
        // (A city of two words the lists hold as one, في بئر السبع: both words as
        // written, no mention there.)
        let two = k + 1 < tokens.len() && tokens[k + 1].kind == TokenKind::Word && w.stem == w.norm && infos[k + 1].stem == infos[k + 1].norm && place_flags(infos, k, k + 2) & CITY != 0 && !w.gaz.has(GIVEN | gazetteer::TITLE);
        if two {
            let lo = spans.partition_point(|s| s.end <= tokens[k].start);
            if spans.get(lo).is_none_or(|s| s.start >= tokens[k + 1].end) {
                added.extend(span_over(text, tokens, infos, k, k + 2, EntityType::Loc, 0.6));
            }
            continue;
        }
        if w.stem != w.norm || !w.gaz.has(CITY) || !w.gaz.has(gazetteer::WF_LOC) || w.gaz.has(GIVEN | FAMILY | gazetteer::TITLE | ORG_HEAD | gazetteer::LOC_HEAD) || chars(&w.stem) < 3 || (ordinary(w) || !name_like(w)) && !places_here.contains(w.stem.as_str()) || w.stem.starts_with("ال") {
            continue;
        }
        let idiom = tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word && ["راس", "راسه", "راسها", "راسهم"].contains(&infos[k + 1].norm.as_str()));
        let lo = spans.partition_point(|s| s.end <= tokens[k].start);
        if idiom || spans.get(lo).is_some_and(|s| s.start < tokens[k].end) {
            continue;
        }
        added.extend(span_over(text, tokens, infos, k, k + 1, EntityType::Loc, 0.6));
    }
    for (n, end) in cuts {
        spans[n].end = end;
    }
    with_added(spans, added)
}

/// Step 10c: two "persons" of one word joined by و right after في ("in"), or one
/// joined by و to a place after في or بين, are places (في منى وعرفات, بين منى وجبل
/// عرفات: towns the lists do not know); news names people after في with a noun before
/// them, one at a time (ثقته في محمد).
fn people_in_places(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for n in 0..spans.len().saturating_sub(1) {
        let r = tokens_of(tokens, &spans[n]);
        if spans[n].kind != EntityType::Per || r.len() != 1 || r.start == 0 {
            continue;
        }
        let (p, w) = (&infos[r.start - 1], &infos[r.start]);
        let after = |list: &[&str]| tokens[r.start - 1].kind == TokenKind::Word && list.contains(&p.norm.as_str()) && w.stem == w.norm;
        let q = tokens_of(tokens, &spans[n + 1]);
        let joined = q.start == r.end && infos[q.start].norm.starts_with('و') && gaps::only_whitespace(text, tokens[r.start].end, tokens[q.start].start);
        let two_people = joined && spans[n + 1].kind == EntityType::Per && q.len() == 1 && after(&["في", "وفي"]);
        let with_place = joined && spans[n + 1].kind == EntityType::Loc && after(&["في", "وفي", "بين"]);
        if two_people || with_place {
            spans[n].kind = EntityType::Loc;
            spans[n + 1].kind = EntityType::Loc;
        }
    }
    spans
}

/// Step 10: a country the tagger missed (التحالف بقيادة السعودية, مع السعودية). Some
/// countries' names are also adjectives (السعودية: Saudi), which a definite noun before
/// them shows (الحكومة السعودية, وكالة الأنباء السعودية): a country of the lists is the
/// place unless the word before it is a definite word or a name.
fn countries(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    // Countries the text names as places of one word (في مالي): there, the name after a
    // plain noun (انسحاب مالي, عضوية مالي) is the country too, not the adjective
    // "financial" it may be in other texts, and a person of that one word (لمالي, which
    // the tagger may read so) is the country. (Those the tagger found, and those this
    // step finds where no adjective can be.)
    let one_word_places = |ss: &[Span]| -> HashSet<String> {
        ss.iter()
            .filter(|s| s.kind == EntityType::Loc)
            .filter_map(|s| {
                let r = tokens_of(tokens, s);
                (r.len() == 1).then(|| infos[r.start].stem.clone())
            })
            .collect()
    };
    let mut named_here = one_word_places(&spans);
    named_here.extend(one_word_places(&countries_named(text, tokens, infos, &spans, &HashSet::new())));
    let added = countries_named(text, tokens, infos, &spans, &named_here);
    let mut spans = with_added(spans, added);
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if s.kind == EntityType::Per && r.len() == 1 && infos[r.start].gaz.has(COUNTRY) && named_here.contains(&infos[r.start].stem) {
            s.kind = EntityType::Loc;
        }
    }
    spans
}

/// The countries [`countries`] adds to `spans`, `named_here` being the countries the
/// text names as places.
fn countries_named(text: &str, tokens: &[Token], infos: &[TokInfo], spans: &[Span], named_here: &HashSet<String>) -> Vec<Span> {
    let mut added = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Word || !(infos[k].gaz.has(COUNTRY) || one_of(SHORT_COUNTRIES, &infos[k].stem)) {
            continue;
        }
        let lo = spans.partition_point(|s| s.end <= t.start);
        if spans.get(lo).is_some_and(|s| s.start < t.end) {
            continue;
        }
        let before = k.checked_sub(1).filter(|&j| tokens[j].kind == TokenKind::Word && tokens[j].end < t.start && gaps::only_whitespace(text, tokens[j].end, t.start));
        // (A country joined by و to a place before it, الجزائر ومالي, is no adjective.)
        let joined_to_place = infos[k].norm.starts_with('و') && (lo > 0 && spans[lo - 1].kind == EntityType::Loc && before.is_some_and(|j| spans[lo - 1].end >= tokens[j].end) || before.is_some_and(|j| infos[j].gaz.has(COUNTRY | CITY)));
        // (Nor the next of a list of places, غينيا ومالي والنيجر, where an adjective would
        // follow a noun, سياسي ومالي; the place before may be one this step has just
        // added: السنغال ومالي.)
        let place_at = |s: Option<&Span>, j: usize| s.is_some_and(|s| s.kind == EntityType::Loc && s.end >= tokens[j].end);
        let listed_place = before.is_some_and(|j| place_at(lo.checked_sub(1).map(|p| &spans[p]), j) || place_at(added.last(), j))
            && infos[k].norm.starts_with('و')
            && infos[k].stem != infos[k].norm;
        // (Nor one after the preposition ل or ب, which no adjective takes: الشؤون
        // الداخلية لمالي.)
        let after_preposition = infos[k].norm != infos[k].stem && (infos[k].norm.starts_with('ل') || infos[k].norm.starts_with('ب'));
        let adjective = !joined_to_place && !listed_place && !after_preposition && before.is_some_and(|j| {
            let named = lo > 0 && spans[lo - 1].end >= tokens[j].end;
            let w = infos[j].stem.as_str();
            w.starts_with("ال") && chars(w) >= 4 && !["الي", "التي", "الذي", "الذين", "الان"].contains(&w) || named
        });
        // (A country whose name general Arabic also uses as an adjective (with the
        // article too: المالي), مالي "financial", after a plain noun that is no preposition, title or
        // head of names is that adjective: فائض مالي, مقابل مالي; في مالي, رئيس مالي,
        // شمال مالي name the country.)
        let plain_noun = before.is_some_and(|j| {
            let w = &infos[j];
            w.stem == w.norm
                && !w.stem.starts_with("ال")
                && chars(&w.stem) >= 3
                && !in_list(w, NOT_AFTER_PARTICLE)
                && !in_list(w, &["الي", "علي", "حول", "ضد", "بين", "نحو", "عبر", "داخل", "خارج", "الى", "مثل", "غير", "لدي", "عند", "دوله", "جمهوريه", "حكومه", "جيش", "شعب"])
                && !w.gaz.has(gazetteer::TITLE | ORG_HEAD | gazetteer::LOC_HEAD | COUNTRY | CITY | REGION | GIVEN | FAMILY | gazetteer::SPEECH)
                // (After a verb the country is its subject or object: لوحت مالي.)
                && !verb_like(w)
        });
        let [common, article, _, _] = infos[k].gen;
        // (Without the article: after an indefinite noun an adjective is indefinite, so
        // بقيادة السعودية is "led by Saudi Arabia".)
        let also_adjective = common >= 3 && (3..=6).contains(&article) && !infos[k].stem.starts_with("ال");
        if listed_place || !adjective && !(plain_noun && also_adjective && !named_here.contains(&infos[k].stem)) {
            added.extend(span_over(text, tokens, infos, k, k + 1, EntityType::Loc, 0.7));
        }
    }
    added
}

/// Step 9: a place whose name begins with ل after the preposition ل (للندن, وللبنان):
/// the tagger reads لل as the preposition and the article (للأمم) and looks up a word
/// that does not exist (الندن); the place lists know the name after one ل.
fn places_after_lam(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut added = Vec::new();
    for (k, t) in tokens.iter().enumerate() {
        if t.kind != TokenKind::Word {
            continue;
        }
        let norm = infos[k].norm.as_str();
        if !(norm.starts_with("لل") || norm.starts_with("ولل") || norm.starts_with("فلل")) {
            continue;
        }
        let conj = usize::from(norm.starts_with("ولل") || norm.starts_with("فلل"));
        let Some(name) = norm.chars().skip(conj).collect::<String>().strip_prefix('ل').map(str::to_string) else { continue };
        if !name.starts_with('ل') || name.starts_with("لل") || gazetteer::word_flags(&name) & (COUNTRY | CITY | REGION) == 0 {
            continue;
        }
        let lo = spans.partition_point(|s| s.end <= t.start);
        if spans.get(lo).is_some_and(|s| s.start < t.end) {
            continue;
        }
        // The original word without its first 1 + conj letters (and their marks).
        let original = &text[t.start..t.end];
        let mut letters = 0;
        let cut = original.char_indices().find(|&(_, c)| {
            if c.is_alphabetic() {
                letters += 1;
            }
            letters == conj + 2
        });
        if let Some((at, _)) = cut {
            added.push(Span { start: t.start + at, end: t.end, kind: EntityType::Loc, score: 0.7 });
        }
    }
    with_added(spans, added)
}

/// إن, أن and their forms with a proclitic, in `search` form: a noun follows them, never
/// an adjective, so a definite family name in ي there is the person (إن العمراني; not
/// the noun of a family name, إن الدين, "religion", of زين الدين).
const THAT: &[&str] = &["ان", "بان", "لان", "وان"];

/// Last words of outlets' names (نداء بوست, سكاي نيوز, عمون نت), in `search` form.
const OUTLET_LAST_WORDS: &[&str] = &["بوست", "نيوز", "برس", "تايمز", "اونلاين", "نت", "ميديا", "تايم", "تي في", "انفو"];

/// Words for a correspondent or envoy of an outlet, in `search` form.
const CORRESPONDENTS: &[&str] = &["مراسل", "مراسله", "مراسلو", "مراسلي", "موفد", "موفده"];

/// An outlet the text names with its last word (الميادين نت, a site) and again by its
/// first word alone after its correspondent (مراسل الميادين في الأنبار): the outlet,
/// though the word alone is also an ordinary one ("the squares") that no name spreads to.
fn outlets_after_correspondents(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let names: HashSet<&str> = spans
        .iter()
        .filter(|s| s.kind == EntityType::Org)
        .filter_map(|s| {
            let r = tokens_of(tokens, s);
            (r.len() == 2 && one_of(OUTLET_LAST_WORDS, &infos[r.start + 1].norm)).then(|| infos[r.start].stem.as_str())
        })
        .collect();
    if names.is_empty() {
        return spans;
    }
    let covered = covered_tokens(tokens, &spans);
    let mut added = Vec::new();
    for k in 1..tokens.len() {
        let (c, w) = (&infos[k - 1], &infos[k]);
        if tokens[k].kind != TokenKind::Word || tokens[k - 1].kind != TokenKind::Word || covered[k] || w.stem != w.norm || !in_list(c, CORRESPONDENTS) {
            continue;
        }
        // (The name alone: not its first word before its last, مراسل الميادين نت.)
        let whole_name_next = k + 1 < tokens.len() && tokens[k + 1].kind == TokenKind::Word && one_of(OUTLET_LAST_WORDS, &infos[k + 1].norm);
        if names.contains(w.stem.as_str()) && !whole_name_next {
            added.extend(span_over(text, tokens, infos, k, k + 1, EntityType::Org, 0.6));
        }
    }
    with_added(spans, added)
}

/// A radio named with the band it broadcasts on (موزاييك أف أم, شمس إف إم, Mosaique
/// FM): a station, an organization, where the tagger typed the name MISC (so that the
/// writer after its dash is read as its byline).
fn fm_radios(text: &str, tokens: &[Token], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut().filter(|s| s.kind == EntityType::Misc) {
        let r = tokens_of(tokens, s);
        if r.len() < 2 || tokens[r.end - 1].end != s.end {
            continue;
        }
        let arabic = r.len() >= 3 && search_text(&tokens[r.end - 2].norm) == "اف" && search_text(&tokens[r.end - 1].norm) == "ام";
        let latin = text[tokens[r.end - 1].start..s.end].eq_ignore_ascii_case("fm");
        if arabic || latin {
            s.kind = EntityType::Org;
        }
    }
    spans
}

/// Words a dateline gives instead of an outlet (القاهرة - وكالات, غزة - خاص), in
/// `search` form.
const BYLINE_WORDS: &[&str] = &["وكالات", "الوكالات", "متابعات", "خاص", "المحرر", "المراسل", "مراسلون", "مراسلنا", "رصد", "ترجمات", "وكاله"];

/// Words that begin a byline (كتبت منى شديد, بقلم فلان), in `search` form.
const BYLINE_CUES: &[&str] = &["كتب", "كتبت", "بقلم", "اعداد"];

/// Step 8c: a byline the tagger missed: a line that is a byline cue (or the city the
/// writer files from and a colon) and two to four
/// words, the first a given name of the lists, is the writer's name (كتبت منى شديد:
/// شديد is also "severe", which the tagger reads as such). Where no mention is, or over
/// the tagger's mentions inside it.
fn bylines(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for (i, t) in tokens.iter().enumerate() {
        // (Or the city the writer files from and a colon: القاهرة: سامي إمام.)
        // (Or a dash, عمان - رنا الخطيب, where the line holds nothing but the name after
        // it: a dateline's dash has the report after it.)
        let city_colon = || infos[i].stem == infos[i].norm && place_flags(infos, i, i + 1) & (CITY | COUNTRY) != 0 && tokens.get(i + 1).is_some_and(|c| matches!(c.norm.as_str(), ":" | "-" | "–" | "—"));
        // (Or the outlet's name and a dash: هسبريس - سكينة الصادقي; the writer follows.)
        let outlet_dash = || {
            super::heads::span_starting_at(&spans, t.start)
                .filter(|s| s.kind == EntityType::Org)
                .map(|s| tokens_of(tokens, s).end)
                .filter(|&e| tokens.get(e).is_some_and(|d| d.kind == TokenKind::Punct && matches!(d.norm.as_str(), "-" | "–" | "—")))
        };
        let after_outlet = if t.kind == TokenKind::Word { outlet_dash() } else { None };
        if t.kind != TokenKind::Word || !(one_of(BYLINE_CUES, &infos[i].norm) || city_colon() || after_outlet.is_some()) {
            continue;
        }
        let line_start = text[..t.start].chars().rev().find(|c| !c.is_whitespace() || *c == '\n').is_none_or(|c| c == '\n');
        if !line_start {
            continue;
        }
        let line_end = text[t.end..].find('\n').map_or(text.len(), |n| t.end + n);
        let mut j = after_outlet.map_or(i + 1, |e| e + 1);
        if tokens.get(j).is_some_and(|c| matches!(c.norm.as_str(), ":" | "-" | "–" | "—")) {
            j += 1;
        }
        let end = (j..tokens.len()).take_while(|&k| tokens[k].end <= line_end && tokens[k].kind == TokenKind::Word).last().map_or(j, |k| k + 1);
        // (A bar, a dash or a colon may end the line: كتب علي العنزي |.)
        let closing = (end..tokens.len()).take_while(|&k| tokens[k].start < line_end).all(|k| matches!(tokens[k].kind, TokenKind::Punct | TokenKind::Symbol) && matches!(&text[tokens[k].start..tokens[k].end], "|" | "-" | "–" | "—" | ":"));
        let whole_line = closing || tokens.get(end).is_none_or(|n| n.start >= line_end);
        // (After a city's dash, only where the tagger marked nothing there: an outlet
        // follows a dash too, أمستردام - نداء بوست.)
        let after_dash = after_outlet.is_none() && tokens.get(i + 1).is_some_and(|c| c.norm != ":") && !one_of(BYLINE_CUES, &infos[i].norm);
        let untouched = j < end && spans.get(spans.partition_point(|s| s.end <= tokens[j].start)).is_none_or(|s| s.start >= tokens[end - 1].end);
        if whole_line && (2..=4).contains(&(end - j)) && infos[j].gaz.has(GIVEN | gazetteer::GIVEN_BIG) && infos[j].stem == infos[j].norm && (!after_dash || untouched) {
            found.extend(span_over(text, tokens, infos, j, end, EntityType::Per, 0.7));
        }
    }
    // (Or the writer's name and the city the report is filed from after من, the whole
    // line, as Saudi papers sign reports: نورة القحطاني من الرياض. Two to four words, the
    // first a given name of the lists, then من and a city of one word or two.)
    for i in 0..tokens.len() {
        if tokens[i].kind != TokenKind::Word || !infos[i].gaz.has(GIVEN | gazetteer::GIVEN_BIG) || infos[i].stem != infos[i].norm {
            continue;
        }
        let line_start = text[..tokens[i].start].chars().rev().find(|c| !c.is_whitespace() || *c == '\n').is_none_or(|c| c == '\n');
        if !line_start {
            continue;
        }
        let line_end = text[tokens[i].end..].find('\n').map_or(text.len(), |n| tokens[i].end + n);
        let Some(k) = (i + 2..=(i + 4).min(tokens.len().saturating_sub(2))).find(|&k| tokens[k].kind == TokenKind::Word && infos[k].norm == "من") else { continue };
        let name_words = (i..k).all(|j| tokens[j].kind == TokenKind::Word && tokens[j].end <= line_end && !verb_like(&infos[j]));
        let city_end = (k + 2..=(k + 3).min(tokens.len())).find(|&e| place_flags(infos, k + 1, e) & (CITY | COUNTRY) != 0 && tokens.get(e).is_none_or(|n| n.start >= line_end) && tokens[e - 1].end <= line_end);
        if name_words && city_end.is_some() {
            found.extend(span_over(text, tokens, infos, i, k, EntityType::Per, 0.7));
        }
    }
    // (Over the tagger's mentions inside the line's name, where there are any.)
    let mut gone = vec![false; spans.len()];
    let mut new = Vec::new();
    for f in found {
        let lo = spans.partition_point(|s| s.end <= f.start);
        let hi = spans.partition_point(|s| s.start < f.end).max(lo);
        if spans[lo..hi].iter().all(|s| s.start >= f.start && s.end <= f.end && is_model(s.kind)) {
            gone[lo..hi].iter_mut().for_each(|g| *g = true);
            new.push(f);
        }
    }
    replace_marked(spans, &gone, new)
}

/// The verb عادل "equalized" before its subject and its object النتيجة or الكفة (بعد
/// أن عادل أريستيثابال النتيجة), which the tagger reads as the given name Adel: the
/// person begins after it.
fn equalizers_not_given_names(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if s.kind != EntityType::Per || r.len() < 2 || infos[r.start].norm != "عادل" {
            continue;
        }
        let object = tokens.get(r.end).is_some_and(|t| t.kind == TokenKind::Word) && ["النتيجه", "الكفه"].contains(&infos[r.end].norm.as_str());
        if object {
            s.start = tokens[r.start + 1].start;
        }
    }
    spans
}

/// A player's side after his post (الظهير الأيمن, الجناح الأيسر) before his name: the
/// tagger reads الأيمن as the given name أيمن, but a given name is never written with
/// the article; the side is no part of the person (الظهير الأيمن سيف الدين عبد الرحيم).
fn sides_not_given_names(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if s.kind != EntityType::Per || r.len() < 2 || tokens[r.start].kind != TokenKind::Word || tokens[r.start + 1].kind != TokenKind::Word {
            continue;
        }
        let w = &infos[r.start];
        if w.stem == w.norm && ["الايمن", "الايسر"].contains(&w.norm.as_str()) {
            s.start = tokens[r.start + 1].start;
        }
    }
    spans
}

/// A foreign family name that begins with a hamza's alef (ألفاريث, ألونسو, إلباسان)
/// after a person the tagger found: the stemmer reads أل as the article, and the tagger
/// leaves the word out, but the article is never written with a hamza and general
/// Arabic does not know the word: it is the person's (قوستافو ألفاريث).
fn foreign_names_with_hamza_alef(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for n in 0..spans.len() {
        if spans[n].kind != EntityType::Per {
            continue;
        }
        let r = tokens_of(tokens, &spans[n]);
        let k = r.end;
        if r.is_empty() || k >= tokens.len() || tokens[k].kind != TokenKind::Word || spans.get(n + 1).is_some_and(|x| x.start < tokens[k].end) {
            continue;
        }
        let gap = gaps::only_spaces(text, tokens[k - 1].end, tokens[k].start);
        let w = &text[tokens[k].start..tokens[k].end];
        let i = &infos[k];
        if gap && (w.starts_with("أل") || w.starts_with("إل")) && w.chars().count() >= 5 && i.gen[0] == 0 && place_flags(infos, k, k + 1) == 0 && !i.gaz.has(ORG_HEAD | gazetteer::TITLE) {
            spans[n].end = tokens[k].end;
        }
    }
    spans
}

/// Step 8b: the place of a dateline the tagger missed (عدن (أ ف ب) –, نواكشوط –): one
/// or two words that begin a line, before a bracket or a dash, are where the report was
/// filed when each is a place of the lists or looks like a name (not an ordinary word
/// of general Arabic, which a line may also begin with).
fn dateline_places(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let mut added = Vec::new();
    for a in 0..tokens.len() {
        if !begins_line(text, tokens, a) {
            continue;
        }
        // (Or a dash written with tatweels, which tokenizing drops, before the writer's
        // name: الخرطوم ــ عثمان الجيلي, as papers printed in London write it.)
        let tatweels = |b: usize| b < tokens.len() && tokens[b].kind == TokenKind::Word && tokens[b - 1].kind == TokenKind::Word && tatweel_dash(text, &tokens[b - 1], &tokens[b]);
        let Some(b) = (a + 1..=(a + 2).min(tokens.len())).find(|&b| tokens.get(b).is_some_and(|t| t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "(" | "-" | "–" | "—")) || dated_dateline(tokens, infos, b) || day_month_agency(tokens, infos, b) || tatweels(b)) else { continue };
        // (The day, the month and the agency in brackets right after the words, the
        // Jordanian agency's dateline (دير علا 7 كانون الأول (بترا)-): they are the place,
        // whatever the tagger took them for, a person of a given name علا.)
        if day_month_agency(tokens, infos, b) && b > a {
            let plain = |k: usize| tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && !infos[k].norm.starts_with(['و', 'ف']) && !verb_like(&infos[k]) && !infos[k].gaz.has(gazetteer::TITLE | ORG_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY);
            let lo = spans.partition_point(|s| s.end <= tokens[a].start);
            if (a..b).all(plain) {
                match spans.get_mut(lo) {
                    Some(s) if s.start == tokens[a].start && s.end == tokens[b - 1].end && is_model(s.kind) => s.kind = EntityType::Loc,
                    Some(s) if s.start < tokens[b - 1].end => {}
                    _ => added.extend(span_over(text, tokens, infos, a, b, EntityType::Loc, 0.7)),
                }
                continue;
            }
        }
        // (A line that begins with a conjunction or a verb is no dateline: وقال –.)
        // (A town whose name begins with the letter of the preposition ب, بعبدا: before
        // a dateline's dash a preposition's phrase has nothing to hang on, so the word
        // is taken whole; not the article after it, بالصور -, nor a byline's بقلم.)
        let whole_b = |k: usize| {
            let i = &infos[k];
            k + 1 == b && tokens[k].kind == TokenKind::Word && i.stem != i.norm && i.norm.starts_with('ب') && !i.norm.starts_with("بال") && chars(&i.norm) >= 4 && !one_of(BYLINE_CUES, &i.norm) && !i.gaz.has(GIVEN) && !verb_like(i)
        };
        let placelike = |k: usize| {
            let i = &infos[k];
            whole_b(k) || tokens[k].kind == TokenKind::Word && i.stem == i.norm && !i.norm.starts_with(['و', 'ف']) && !verb_like(i) && (place_flags(infos, k, k + 1) != 0 || name_like(i) && !ordinary(i))
        };
        // (The spans are in text order and do not overlap: the first that ends after
        // the line's first word is the only one that can overlap the words.)
        let lo = spans.partition_point(|s| s.end <= tokens[a].start);
        let free = spans.get(lo).is_none_or(|s| s.start >= tokens[b - 1].end);
        // (A dash and a date after the words, the Moroccan agency's dateline (طاطا - 24
        // نونبر 2026 (ومع)), say they are the place whatever general Arabic knows of
        // them: a name said in many phrases, طاطا, which it never writes with the
        // article as it does a verb.)
        let dated = tokens.get(b).is_some_and(|t| t.kind == TokenKind::Punct && t.norm == "-") && tokens.get(b + 1).is_some_and(|t| t.kind == TokenKind::Number) && tokens.get(b + 2).is_some_and(|t| t.kind == TokenKind::Word) && infos[b + 2].gaz.has(gazetteer::MONTH);
        let named = |k: usize| {
            let i = &infos[k];
            tokens[k].kind == TokenKind::Word && i.stem == i.norm && !i.norm.starts_with(['و', 'ف']) && !i.gaz.has(GIVEN | gazetteer::TITLE | ORG_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY)
        };
        // (A town of the lists the tagger took for a body there, أبوظبي in أبوظبي في 3
        // ديسمبر / وام /: where a report was filed is a place, whatever the town also
        // stands for in the report's sentences.)
        if let Some(s) = spans.get_mut(lo).filter(|s| s.kind == EntityType::Org && is_model(s.kind) && s.start == tokens[a].start && s.end == tokens[b - 1].end) {
            if (a..b).all(|k| tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && infos[k].gaz.has(CITY)) {
                s.kind = EntityType::Loc;
            }
            continue;
        }
        // (Or two words the place lists hold as one town, whatever each is alone:
        // العين السخنة في 7 ديسمبر /أ ش أ/, whose second word is "the hot".)
        let listed = b == a + 2 && (a..b).all(named) && place_flags(infos, a, b) != 0;
        if free && ((a..b).all(placelike) || dated && (a..b).all(named) || listed) {
            if whole_b(a) {
                added.push(Span { start: tokens[a].start, end: tokens[b - 1].end, kind: EntityType::Loc, score: 0.7 });
            } else {
                added.extend(span_over(text, tokens, infos, a, b, EntityType::Loc, 0.7));
            }
        }
    }
    with_added(spans, added)
}

/// Two places of one word each joined by a slash that begin a line before a bracket or a
/// dash (كوبنهاغن/القاهرة (رويترز) -, واشنطن/بيروت –: a wire filed from two cities):
/// both are where the report was filed, places, whatever the tagger took them for, where
/// each is a town of the lists or looks like a name and no ordinary word.
fn slashed_dateline_places(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut gone = vec![false; spans.len()];
    let mut added = Vec::new();
    let punct = |k: usize, marks: &[&str]| tokens[k].kind == TokenKind::Punct && marks.contains(&tokens[k].norm.as_str());
    for a in 0..tokens.len().saturating_sub(3) {
        // (The slash first: it is rare, and cheaper to ask about than the line.)
        if !punct(a + 1, &["/"]) || !punct(a + 3, &["(", "-", "–", "—"]) || !begins_line(text, tokens, a) {
            continue;
        }
        let placelike = |k: usize| {
            let i = &infos[k];
            tokens[k].kind == TokenKind::Word && i.stem == i.norm && !i.norm.starts_with(['و', 'ف']) && !verb_like(i) && !i.gaz.has(GIVEN | gazetteer::TITLE | ORG_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY) && (place_flags(infos, k, k + 1) != 0 || name_like(i) && !ordinary(i))
        };
        if !placelike(a) || !placelike(a + 2) {
            continue;
        }
        for k in [a, a + 2] {
            let t = &tokens[k];
            match spans.iter().position(|s| s.start < t.end && s.end > t.start) {
                Some(n) if spans[n].start == t.start && spans[n].end == t.end && is_model(spans[n].kind) && spans[n].kind != EntityType::Loc => {
                    gone[n] = true;
                    added.push(Span { kind: EntityType::Loc, ..spans[n].clone() });
                }
                Some(_) => {}
                None => added.push(Span { start: t.start, end: t.end, kind: EntityType::Loc, score: 0.7 }),
            }
        }
    }
    if added.is_empty() {
        return spans;
    }
    replace_marked(spans, &gone, added)
}

/// Is the gap between two words a dash written with tatweels (two or more, or one with
/// spaces around it), which tokenizing drops?
fn tatweel_dash(text: &str, before: &Token, after: &Token) -> bool {
    // (Two tokens can come from one character, the ligature ﻻ: no gap then.)
    let Some(gap) = text.get(before.end..after.start) else { return false };
    let spaced = gap.starts_with([' ', '\u{00A0}']) && gap.ends_with([' ', '\u{00A0}']);
    (gap.contains("\u{0640}\u{0640}") || spaced && gap.contains('\u{0640}')) && gap.chars().all(|c| c == '\u{0640}' || c == ' ' || c == '\u{00A0}')
}

/// Does a state agency's dated dateline follow the place at token `b`: في, the day, the
/// month and the agency between slashes or brackets (الأقصر في 14 أكتوبر /أ ش أ/, مسقط
/// في 3 مايو /العمانية/)? The place before it was filed from, as before a dash.
fn dated_dateline(tokens: &[Token], infos: &[TokInfo], b: usize) -> bool {
    let word = |k: usize, w: &str| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word && infos[k].norm == w);
    word(b, "في")
        && tokens.get(b + 1).is_some_and(|t| t.kind == TokenKind::Number)
        && tokens.get(b + 2).is_some_and(|t| t.kind == TokenKind::Word) && infos[b + 2].gaz.has(gazetteer::MONTH)
        && tokens.get(b + 3).is_some_and(|t| t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "/" | "("))
}

/// Does a dateline's day, month and agency in brackets follow the place at token `b`,
/// without في (عمان 7 كانون الأول (بترا)-, the Jordanian agency's; the month of one
/// word or two; a year after it, جدة 15 مايو 2026 (واس) -)?
fn day_month_agency(tokens: &[Token], infos: &[TokInfo], b: usize) -> bool {
    let day = tokens.get(b).is_some_and(|t| t.kind == TokenKind::Number && t.norm.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d)));
    let month = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word) && infos[k].gaz.has(gazetteer::MONTH);
    let open = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Punct && t.norm == "(");
    // (The year after the month too, as the Saudi agency writes it: جدة 15 مايو 2026
    // (واس) -.)
    let year = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number && t.norm.len() == 4 && t.norm.parse::<u32>().is_ok());
    let after = |k: usize| open(k) || year(k) && open(k + 1);
    day && month(b + 1) && (after(b + 2) || tokens.get(b + 2).is_some_and(|t| t.kind == TokenKind::Word) && infos[b + 2].gaz.has(gazetteer::MONTH) && after(b + 3) || tokens.get(b + 2).is_some_and(|t| t.kind == TokenKind::Word) && open(b + 3))
}

/// Are the words `a..b` an organization's name in the list of well-known names (واع,
/// وأج: agencies' short names that are also words)?
fn known_org_words(infos: &[TokInfo], a: usize, b: usize) -> bool {
    let words: Vec<String> = (a..b).flat_map(|k| key_words(&infos[k].norm)).collect();
    super::known::lookup(&words).is_some_and(|(_, t)| t == EntityType::Org)
}

/// Step 8: the outlet of a dateline the tagger missed (الرياض - «عكاظ»:, جنيف
/// (رويترز) -): up to four words in quotes or brackets after the place (and its date),
/// or up to three between a dash and a colon (بيروت - النهار:); and the outlet a
/// source spoke to, in quote marks after ل written apart (لـ«الأهرام اليوم», لـ"أرقام":
/// an organization whatever its words mean in general Arabic).
fn dateline_outlets(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut added = Vec::new();
    // (The spans an outlet replaces are marked `gone`, not removed one line at a time,
    // which moved all the spans after them: quadratic on many datelines. Every search
    // below skips them; each outlet lies after the ones before it, so the spans marked
    // are never looked at again but by the place's test, which skips them too.)
    let mut gone = vec![false; spans.len()];
    let live = |gone: &[bool], lo: usize, hi: usize| (lo..hi).filter(|&i| !gone[i]).collect::<Vec<usize>>();
    for k in 0..tokens.len() {
        let open = &text[tokens[k].start..tokens[k].end];
        let close = match open {
            "«" => "»",
            "(" => ")",
            // (The Omani agency's dateline: مسقط في 14 نوفمبر /العمانية/.)
            "/" => "/",
            "\"" => "\"",
            _ => continue,
        };
        let Some(m) = (k + 2..(k + 6).min(tokens.len())).find(|&m| &text[tokens[m].start..tokens[m].end] == close) else { continue };
        if !tokens[k + 1..m].iter().all(|t| matches!(t.kind, TokenKind::Word | TokenKind::Latin)) {
            continue;
        }
        // (Whole: a bracket holds no clitic, and واس, وفا begin with their own و.)
        let cand = Span { start: tokens[k + 1].start, end: tokens[m - 1].end, kind: EntityType::Org, score: 0.7 };
        // قال لـ«الأهرام اليوم»: the outlet a source spoke to, after ل written apart.
        let lo = spans.partition_point(|x| x.end <= cand.start);
        let hi = spans.partition_point(|x| x.start < cand.end).max(lo);
        // (Or the outlet a source spoke with: في اتصال هاتفي مع «الأهرام», في مقابلة مع «…».)
        let contact = |j: usize| tokens[j].kind == TokenKind::Word && in_list(&infos[j], &["اتصال", "هاتفي", "مقابله", "حوار", "حديث", "لقاء", "مكالمه", "تصريحات", "تصريح"]);
        let with = k >= 2 && tokens[k - 1].kind == TokenKind::Word && infos[k - 1].norm == "مع" && (k.saturating_sub(3)..k - 1).any(contact);
        // (Straight quotes open and close alike: after them, what was said must follow,
        // إن, أن, a colon or a quotation (قال لـ"أرقام": "…"), so that لـ"ضغوط كبيرة"
        // is no outlet.)
        let said = || {
            let mut j = m + 1;
            if tokens.get(j).is_some_and(|t| t.kind == TokenKind::Punct && t.norm == ",") {
                j += 1;
            }
            tokens.get(j).is_some_and(|t| t.norm == "\"" || t.norm == ":" || t.kind == TokenKind::Word && matches!(t.norm.as_str(), "ان" | "انه" | "انها" | "بان" | "انهم"))
        };
        // (Or ل alone before the mark: ل«الخليج».)
        let before_mark = text[..tokens[k].start].trim_end();
        let after_lam = before_mark.ends_with("لـ") || before_mark.strip_suffix('ل').is_some_and(|b| b.is_empty() || b.ends_with(char::is_whitespace));
        // (Or a verb of saying shortly before: وفق ما قاله مصدر مطلع لـ"إنتربرايز".)
        let saying = || (k.saturating_sub(5)..k).any(|j| tokens[j].kind == TokenKind::Word && (infos[j].gaz.has(gazetteer::SPEECH) || ["قال", "قاله", "قالت", "صرح", "تصريحات", "تصريح"].contains(&infos[j].stem.as_str())));
        // (Or the outlet that learned what follows: وعلمت «الراي» أن, علمت "النهار" من
        // مصادر; an outlet is feminine there, a paper or an agency.)
        let learned = k >= 1 && tokens[k - 1].kind == TokenKind::Word && infos[k - 1].stem == "علمت";
        let from_source = || tokens.get(m + 1).is_some_and(|t| t.kind == TokenKind::Word && t.norm == "من");
        let told = open == "«" && (after_lam || with || learned) || open == "\"" && (after_lam && (said() || saying()) || learned && (said() || from_source()));
        if told {
            let inner = live(&gone, lo, hi);
            if inner.iter().all(|&i| spans[i].start >= cand.start && spans[i].end <= cand.end && is_model(spans[i].kind)) {
                inner.iter().for_each(|&i| gone[i] = true);
                added.push(cand);
            }
            continue;
        }
        // (Or, anywhere, an organization of the list of well-known names alone in
        // brackets: في بيان تلقته (واع), an agency's short name that is also a word.)
        let known_org = open == "(" && known_org_words(infos, k + 1, m);
        let inner = live(&gone, lo, hi);
        // (Right after the dateline's date: not a country in brackets after a club's
        // town, ليون ( فرنسا ) - ميلان.)
        let dated = spans[..lo].last().is_some_and(|d| d.kind == EntityType::Date && gaps::only_whitespace(text, d.end, tokens[k].start));
        if inner.is_empty() && (is_dateline_outlet(text, &cand) || known_org) {
            added.push(cand);
        } else if (open == "(" && dated || open == "«") && is_dateline_outlet(text, &cand) && inner.iter().all(|&i| spans[i].start >= cand.start && spans[i].end <= cand.end && is_model(spans[i].kind) && spans[i].kind != EntityType::Per) {
            // (Over what the tagger made of the agency's name in the dateline's brackets,
            // عمان 30 تشرين الثاني (بترا)-, read as the place Petra, or of a paper's name
            // in «» there, أبوظبي: «الخليج», read as the Gulf.)
            inner.iter().for_each(|&i| gone[i] = true);
            added.push(cand);
        }
    }
    // Without quotes or brackets: a place, a dash (or a slash), the outlet's words and a
    // colon at a line's start (طهران – العالم:, بيروت - النهار:), or the outlet's words ending the
    // line (بغداد ــ العربي الجديد: the line is the dateline alone). Papers printed in
    // London and Beirut write the dash with tatweels (ــ), which tokenizing drops: a
    // gap of tatweels between two words is that dash.
    let from_brackets = added.len();
    // (The outlets found in quote marks or brackets, by their words: looked up once a
    // line below, not scanned.)
    let quoted_outlets: HashSet<&str> = added.iter().map(|x| &text[x.start..x.end]).collect();
    for a in (0..tokens.len()).filter(|&a| begins_line(text, tokens, a)) {
        // (Or a slash, as a Turkish agency's Arabic service writes it: أنقرة/ الأناضول.)
        let dash = |t: &Token| t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "-" | "–" | "—" | "/");
        // (One tatweel is a dash too where spaces stand around it: بغداد ـ العربي الجديد.)
        let tatweel_gap = |k: usize| tatweel_dash(text, &tokens[k - 1], &tokens[k]);
        // (`p` ends the place, `o` begins the outlet.)
        let Some((p, o)) = (a + 1..(a + 4).min(tokens.len())).find_map(|d| {
            if dash(&tokens[d]) {
                Some((d, d + 1))
            } else if tokens[d].kind == TokenKind::Word && tokens[d - 1].kind == TokenKind::Word && tatweel_gap(d) {
                Some((d, d))
            } else {
                None
            }
        }) else { continue };
        // (Or the correspondent's name between two slashes before the outlet, as that
        // agency's service writes its datelines: عمان/ عبد الله الحراحشة/ الأناضول.)
        let o = if tokens[p].norm == "/" && o < tokens.len() && infos[o].gaz.has(gazetteer::GIVEN | gazetteer::GIVEN_BIG) && !infos[o].stem.starts_with("ال") {
            (o + 2..(o + 6).min(tokens.len())).find(|&d| tokens[d].norm == "/" && tokens[o..d].iter().all(|t| t.kind == TokenKind::Word)).map_or(o, |d| d + 1)
        } else {
            o
        };
        if o >= tokens.len() {
            continue;
        }
        // (The spans are in text order: one binary search, not a scan for each line.)
        let at = spans.partition_point(|x| x.start < tokens[a].start);
        let at = (at..spans.len()).find(|&i| !gone[i]).unwrap_or(spans.len());
        let place_words = |e: usize| place_flags(infos, a, e) != 0 || spans.get(at).is_some_and(|x| x.kind == EntityType::Loc && x.start == tokens[a].start && x.end == tokens[e - 1].end);
        // (Or a place and its adjective: القدس المحتلة - القدس العربي.)
        let adjective = |k: usize| tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && infos[k].norm.starts_with("ال") && (infos[k].norm.ends_with('ه') || infos[k].norm.ends_with('ي'));
        let place = place_words(p) || p == a + 2 && place_words(a + 1) && adjective(a + 1);
        let c = (o + 1..(o + 4).min(tokens.len() + 1)).find(|&c| c == tokens.len() || tokens[c].kind != TokenKind::Word || begins_line(text, tokens, c));
        let Some(c) = c else { continue };
        let colon = c < tokens.len() && tokens[c].kind == TokenKind::Punct && tokens[c].norm == ":";
        // (Or a second dash and a byline's word ending the line after the outlet's words,
        // as a site says its report is its own: تعز - المصدر أونلاين - خاص, عنب بلدي -
        // خاص: the line is the dateline still.)
        let own_report = c + 1 < tokens.len()
            && dash(&tokens[c])
            && tokens[c + 1].kind == TokenKind::Word
            && in_list(&infos[c + 1], BYLINE_WORDS)
            && (c + 2 == tokens.len() || begins_line(text, tokens, c + 2));
        let line_end = c == tokens.len() || begins_line(text, tokens, c) || own_report;
        // (Without the colon, one ordinary word is a byline's, not an outlet: القاهرة -
        // وكالات, غزة - خاص.)
        // (Nor a writer's name, which begins with a given name without the article:
        // بيروت - محمد شقير; العربي of العربي الجديد has it.)
        // (Unless the last word is an outlet's: نداء بوست, نداء being a given name too.)
        let given = infos[o].gaz.has(gazetteer::GIVEN | gazetteer::GIVEN_BIG) && !infos[o].stem.starts_with("ال") && !in_list(&infos[c - 1], OUTLET_LAST_WORDS);
        // (An ordinary word is the outlet when the text names it as one elsewhere, in
        // quote marks after لـ: دبي - أرقام, then قال لـ"أرقام".)
        let words_of = |a: usize, b: usize| &text[tokens[a].start..tokens[b - 1].end];
        let named_outlet = || quoted_outlets.contains(words_of(o, c));
        // (Nor one ordinary word without the article; with it, alone on the line after
        // the place and the dash, it is an outlet's name, الدوحة - الشرق, the way
        // papers are named (الشرق, النهار, الخليج), but for the agencies a report is
        // put together from: القاهرة - الوكالات.)
        let definite_alone = line_end && c == o + 1 && infos[o].norm.starts_with("ال") && infos[o].stem == infos[o].norm && !in_list(&infos[o], BYLINE_WORDS);
        // (A byline's word is no outlet, even before a colon: فلسطين المحتلة - وكالات :.)
        let byline_word = c == o + 1 && in_list(&infos[o], BYLINE_WORDS);
        // (Or an agency's letters written as a word, alone on the line after the place
        // and the dash: الرباط - ومع, whose letters also read "and with".)
        let letters_alone = line_end && c == o + 1 && chars(&infos[o].norm) <= 4 && chars(&infos[o].norm) >= 3 && !infos[o].norm.starts_with("ال");
        let outlet_words = !byline_word && (colon || (c - o >= 2 || !ordinary(&infos[o]) || named_outlet() || definite_alone || letters_alone || known_org_words(infos, o, c)) && !given);
        // (Not a listed place after the dash where the words before it are no listed
        // place: الخبر - قسنطينة is the paper, then the place.)
        // (Nor where the words before the dash are an ordinary definite word that also
        // names a town, الخبر, Khobar, and a town that is no word follows: the paper.)
        let paper_word = p == a + 1 && paper_before_town(infos, a, o..c);
        let reversed = place_flags(infos, o, c) & (CITY | COUNTRY) != 0 && (place_flags(infos, a, p) == 0 || paper_word);
        if !place || !(colon || line_end) || !outlet_words || reversed || !tokens[o..c].iter().all(|t| t.kind == TokenKind::Word) {
            continue;
        }
        // (A correspondent of the outlet is no part of its name: ورڤلة - مراسل الشروق.)
        let o = if c - o >= 2 && in_list(&infos[o], &["مراسل", "مراسله", "موفد", "موفده", "مندوب"]) { o + 1 } else { o };
        // (Whole: an outlet after the dash holds no clitic, and وام, واس begin with their
        // own و.)
        let cand = Span { start: tokens[o].start, end: tokens[c - 1].end, kind: EntityType::Org, score: 0.7 };
        let overlaps = |x: &Span| x.start < cand.end && cand.start < x.end;
        // (The tagger's names inside the outlet's, not a person's, give way to it:
        // برس of المدى برس.)
        let inside = |x: &Span| x.start >= cand.start && x.end <= cand.end && is_model(x.kind) && x.kind != EntityType::Per;
        let lo = spans.partition_point(|x| x.end <= cand.start);
        let hi = spans.partition_point(|x| x.start < cand.end).max(lo);
        // (`added` holds the bracketed outlets in text order, then this loop's, one a line.)
        let bracketed = &added[..from_brackets];
        let k = bracketed.partition_point(|x| x.end <= cand.start);
        let taken = bracketed.get(k).is_some_and(overlaps) || added[from_brackets..].last().is_some_and(overlaps);
        let inner = live(&gone, lo, hi);
        if !taken && inner.iter().all(|&i| inside(&spans[i])) {
            inner.iter().for_each(|&i| gone[i] = true);
            added.push(cand);
        }
    }
    // The outlet first, a dash and the place, the line's only words (روداو - دهوك, as
    // Kurdish and some Gulf sites write it): one to three words before the dash that
    // are no place, no writer (a given name) and no single ordinary word (خاص - دمشق).
    for a in (0..tokens.len()).filter(|&a| begins_line(text, tokens, a)) {
        let Some(d) = (a + 1..(a + 4).min(tokens.len())).find(|&d| tokens[d].kind == TokenKind::Punct && matches!(tokens[d].norm.as_str(), "-" | "–" | "—")) else { continue };
        let Some(c) = (d + 2..(d + 4).min(tokens.len() + 1)).find(|&c| c == tokens.len() || begins_line(text, tokens, c)) else { continue };
        if !tokens[a..d].iter().all(|t| t.kind == TokenKind::Word) || !tokens[d + 1..c].iter().all(|t| t.kind == TokenKind::Word) {
            continue;
        }
        // (Or a byline's word after the dash, the line's last: عنب بلدي - خاص.)
        let place = place_flags(infos, d + 1, c) != 0 || super::heads::span_starting_at(&spans, tokens[d + 1].start).is_some_and(|x| x.kind == EntityType::Loc && x.end == tokens[c - 1].end) || c == d + 2 && in_list(&infos[d + 1], BYLINE_WORDS);
        let given = infos[a].gaz.has(gazetteer::GIVEN | gazetteer::GIVEN_BIG) && !infos[a].stem.starts_with("ال");
        // (A paper's one definite word before a listed place, الخبر - قسنطينة, as papers
        // are named: الخبر, الشروق, النهار.)
        let definite_paper = d == a + 1 && infos[a].norm.starts_with("ال") && infos[a].stem == infos[a].norm && place_flags(infos, d + 1, c) != 0 && !in_list(&infos[a], BYLINE_WORDS);
        // (A paper's word may also name a town, الخبر, Khobar: an ordinary word before a
        // town that is none is the paper.)
        let paper_not_town = definite_paper && paper_before_town(infos, a, d + 1..c);
        let outlet_words = (d - a >= 2 || !ordinary(&infos[a]) || definite_paper || known_org_words(infos, a, d)) && !given && (place_flags(infos, a, d) == 0 || paper_not_town) && !infos[a].norm.starts_with(['و', 'ف']) && !verb_like(&infos[a]);
        if !place || !outlet_words {
            continue;
        }
        let cand = Span { start: tokens[a].start, end: tokens[d - 1].end, kind: EntityType::Org, score: 0.7 };
        let lo = spans.partition_point(|x| x.end <= cand.start);
        let hi = spans.partition_point(|x| x.start < cand.end).max(lo);
        let inner = live(&gone, lo, hi);
        // (Not where the line was read the usual way round already: الجزائر - الشروق.)
        let line = (tokens[a].start, tokens[c - 1].end);
        if !added.iter().any(|x| x.start < line.1 && line.0 < x.end) && inner.iter().all(|&i| spans[i].start >= cand.start && spans[i].end <= cand.end && is_model(spans[i].kind) && spans[i].kind != EntityType::Per) {
            inner.iter().for_each(|&i| gone[i] = true);
            added.push(cand);
            // (And the listed place after the dash is the place, whatever the tagger
            // took it for: قسنطينة read as a body after الخبر.)
            let (p0, p1) = (tokens[d + 1].start, tokens[c - 1].end);
            if place_flags(infos, d + 1, c) != 0 {
                let q = spans.partition_point(|x| x.start < p0);
                if let Some(q) = (q..spans.len()).take_while(|&q| spans[q].start == p0).find(|&q| !gone[q] && spans[q].end == p1 && is_model(spans[q].kind) && spans[q].kind != EntityType::Loc) {
                    gone[q] = true;
                    added.push(Span { kind: EntityType::Loc, ..spans[q].clone() });
                }
            }
        }
    }
    // The Palestinian agency's order: the place, the date in digits, the outlet and a
    // dash (نابلس 17-10-2026 وفا- أصيب …): one or two words between the date and the
    // dash at a line's start.
    for a in (0..tokens.len()).filter(|&a| begins_line(text, tokens, a)) {
        let num = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number);
        let Some(p) = (a + 1..(a + 3).min(tokens.len())).find(|&p| num(p)) else { continue };
        let date = (p..p + 4).all(|k| tokens.get(k + 1).is_some_and(|t| tokens[k].end == t.start)) && num(p + 2) && num(p + 4) && matches!(tokens[p + 1].norm.as_str(), "-" | "/");
        let o = p + 5;
        let Some(c) = (o + 1..(o + 3).min(tokens.len())).find(|&c| tokens[c].kind == TokenKind::Punct && matches!(tokens[c].norm.as_str(), "-" | "–" | "—")) else { continue };
        let place = place_flags(infos, a, p) != 0 || spans.iter().any(|x| x.kind == EntityType::Loc && x.start == tokens[a].start && x.end == tokens[p - 1].end);
        if !date || !place || !tokens[o..c].iter().all(|t| t.kind == TokenKind::Word) || !tokens[a..p].iter().all(|t| t.kind == TokenKind::Word) {
            continue;
        }
        let cand = Span { start: tokens[o].start, end: tokens[c - 1].end, kind: EntityType::Org, score: 0.7 };
        let lo = spans.partition_point(|x| x.end <= cand.start);
        let hi = spans.partition_point(|x| x.start < cand.end).max(lo);
        let inner = live(&gone, lo, hi);
        if !added.iter().any(|x| x.start < cand.end && cand.start < x.end) && inner.iter().all(|&i| spans[i].start >= cand.start && spans[i].end <= cand.end && is_model(spans[i].kind)) {
            inner.iter().for_each(|&i| gone[i] = true);
            added.push(cand);
        }
    }
    // An outlet its dateline names, named again after ل or after its correspondent's
    // word (قال … للأناضول, لمراسل الأناضول), is that outlet where the tagger read the
    // place its words also name (Anatolia): otherwise two such mentions outvote the
    // dateline's when the text's mentions of one name take one type.
    let outlets: Vec<Vec<String>> = added.iter().filter(|x| x.kind == EntityType::Org).map(|x| key_words(&text[x.start..x.end])).collect();
    let mut spans = spans;
    if !outlets.is_empty() {
        for (i, s) in spans.iter_mut().enumerate() {
            if gone[i] || !matches!(s.kind, EntityType::Loc | EntityType::Misc) {
                continue;
            }
            let raw = &text[s.start..s.end];
            let r = tokens_of(tokens, s);
            if r.is_empty() {
                continue;
            }
            let lam = &text[tokens[r.start].start..s.start] == "ل";
            let named = outlets.iter().any(|o| *o == key_words(raw) || lam && raw.starts_with('ل') && *o == key_words(&format!("ا{raw}")));
            let correspondent = r.start > 0 && tokens[r.start].start == s.start && tokens[r.start - 1].kind == TokenKind::Word && in_list(&infos[r.start - 1], &["مراسل", "مراسله", "لمراسل", "لمراسله", "موفد", "لموفد"]);
            if named && (lam || correspondent) {
                s.kind = EntityType::Org;
            }
        }
    }
    added.sort_by_key(|x| (x.start, x.end));
    replace_marked(spans, &gone, added)
}

/// A proclitic written apart with a tatweel (لـ, بـ, وبـ before a quotation mark or
/// a number: قال محمد فؤاد لـ"سكاي نيوز عربية") is a word of its own, never a name's
/// first or last word. (Letters of an abbreviation, أ ف ب, have no tatweel.)
pub(super) fn detached_clitic(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Word && text[t.start..t.end].ends_with('\u{0640}') && {
        let letters: Vec<char> = text[t.start..t.end].chars().filter(|&c| c != '\u{0640}').collect();
        (1..=2).contains(&letters.len()) && letters.iter().all(|c| "وفبلك".contains(*c))
    }
}

/// Step 1: two names joined by و: where what follows و is a place or a name the text gives
/// elsewhere (a و that begins a name, as in بارك وون جون, stays).
fn split_joined(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    let all_keys: Vec<Vec<String>> = spans.iter().map(|s| key_words(&text[s.start..s.end])).collect();
    let mut key_count: HashMap<&[String], usize> = HashMap::new();
    for k in &all_keys {
        *key_count.entry(k.as_slice()).or_default() += 1;
    }
    for (me, s) in spans.iter().cloned().enumerate() {
        let r = tokens_of(tokens, &s);
        if is_model(s.kind) && r.len() >= 2 {
            let conj = (r.start + 1..r.end).find(|&k| tokens[k].kind == TokenKind::Word && infos[k].norm.starts_with('و') && infos[k].stem.len() < infos[k].norm.len());
            if let Some(k) = conj {
                let place = |a: usize, b: usize| place_flags(infos, a, b) != 0;
                let rest = span_over(text, tokens, infos, k, r.end, s.kind, s.score);
                let named = rest.as_ref().is_some_and(|x| {
                    let key = key_words(&text[x.start..x.end]);
                    key_count.get(key.as_slice()).copied().unwrap_or(0) > usize::from(all_keys[me] == key)
                });
                // A foreign name may begin with و (وايزنغر): a person's name splits where
                // what follows is a name the text gives alone (كيم وبوتين, بوتين named
                // elsewhere), or a name of the lists that looks Arabic by its letters.
                // بيونغ يانغ وموسكو تنفيان: two places and the verb the tagger took in.
                let place_end = (k + 1..=r.end).rev().find(|&e| place(k, e));
                if !matches!(s.kind, EntityType::Per) && place(r.start, k) {
                    if let Some(e) = place_end.filter(|&e| e < r.end && infos[e..r.end].iter().all(|i| (ordinary(i) || verb_like(i)) && !i.gaz.has(ORG_HEAD))) {
                        out.extend(span_over(text, tokens, infos, r.start, k, EntityType::Loc, s.score));
                        out.extend(span_over(text, tokens, infos, k, e, EntityType::Loc, s.score));
                        continue;
                    }
                }
                let split = match s.kind {
                    EntityType::Loc => place(k, r.end) || named,
                    EntityType::Per => named || is_person_word(&infos[k]) && infos[k].letters <= 5,
                    _ => place(k, r.end) && place(r.start, k),
                };
                if split {
                    let (first, second) = match (s.kind, place(r.start, k), place(k, r.end)) {
                        (EntityType::Per, _, _) => (s.kind, s.kind),
                        (_, true, true) => (EntityType::Loc, EntityType::Loc),
                        (_, _, true) => (s.kind, EntityType::Loc),
                        _ => (s.kind, s.kind),
                    };
                    out.extend(span_over(text, tokens, infos, r.start, k, first, s.score));
                    out.extend(rest.map(|x| Span { kind: second, ..x }));
                    continue;
                }
            }
        }
        out.push(s);
    }
    out
}

/// Prepositions and particles that never begin a name (من الصليب الأحمر: the name is
/// الصليب الأحمر), in `search` form. (Not على, whose `search` form is the name علي.)
const NOT_FIRST: &[&str] = &["من", "في", "الي", "عن", "مع", "منذ", "حتي", "عند", "لدي", "ان", "قد", "لم", "لن", "ثم", "او", "بين"];

/// Words that never end a name: complementizers and prepositions (عثمان بأن, the تطبيق
/// that a name runs into), in `search` form. (Not علي, a name's last word as often.)
const NOT_LAST: &[&str] = &[
    "ان", "بان", "وان", "لان", "انه", "انها", "بانه", "بانها", "الذي", "التي", "في", "من", "عن", "الي", "مع", "منذ", "قد", "لم", "لن",
    // Prepositions with a pronoun (بأكبر كتلة فيه: "in it").
    "فيه", "فيها", "فيهم", "منه", "منها", "عنه", "عنها", "عليه", "عليها", "اليه", "اليها", "له", "لها", "لهم", "به", "بها",
];

/// Words after a head of organizations that make it a common noun, never a name: "one",
/// "another", "his country's" (جماعة واحدة, منتخب بلاده), in `search` form.
/// (And the indefinite adjectives that describe a body of any kind, "a new committee",
/// "a joint committee", "a national body", لجنة جديدة, لجنة فنية مشتركة, هيئة مستقلة:
/// a body's name is definite, by the article or by the name it governs.)
const NOT_AFTER_HEAD: &[&str] = &[
    "واحد", "واحده", "اخري", "اخر", "ثانيه", "بلاده", "بلادها", "بلادهم", "نفسه", "نفسها", "ذاته", "ذاتها",
    "جديد", "جديده", "خاص", "خاصه", "مشترك", "مشتركه", "مستقل", "مستقله", "مؤقت", "مؤقته", "مصغر", "مصغره", "موسع", "موسعه", "عليا", "كبري", "خيريه",
    "فني", "فنيه", "وزاري", "وزاريه", "حكومي", "حكوميه", "دولي", "دوليه", "وطني", "وطنيه", "محلي", "محليه", "رسمي", "رسميه", "طبي", "طبيه", "امني", "امنيه",
    "عسكري", "عسكريه", "قضائي", "قضائيه", "برلماني", "برلمانيه", "اقليمي", "اقليميه", "عربي", "عربيه",
];

/// Step 0: a name's edges never hold a proclitic written apart ([`detached_clitic`]),
/// nor does a name end with a complementizer or a preposition the tagger took in
/// (كمال الدين عثمان بأن …: the name, then "that") or begin with a preposition (من
/// الصليب الأحمر). (The prepositions were dropped after the splitting and joining of
/// step 1 until they joined this step: the results on our gold, the seeds and
/// ANERcorp are the same.)
fn trim_edges(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word_in = |k: usize, list: &[&str]| tokens[k].kind == TokenKind::Word && list.contains(&infos[k].norm.as_str());
    spans
        .into_iter()
        .filter_map(|s| {
            let r = tokens_of(tokens, &s);
            if !is_model(s.kind) || r.is_empty() {
                return Some(s);
            }
            let (mut a, mut b) = (r.start, r.end);
            while a < b && detached_clitic(text, &tokens[a]) {
                a += 1;
            }
            while b > a && detached_clitic(text, &tokens[b - 1]) {
                b -= 1;
            }
            // (Nor does a person's name end with the crown prince's title after it, ولي
            // العهد, whole or cut before العهد or عهد (ولي عهد الكويت): سلمان بن حمد آل خليفة ولي العهد رئيس …,
            // محمد بن سلمان … آل سعود ولي العهد; the title follows the name in protocol
            // style, as رئيس does.)
            if s.kind == EntityType::Per && b >= a + 3 && infos[b - 2].norm == "ولي" && infos[b - 1].norm == "العهد" {
                b -= 2;
            } else if s.kind == EntityType::Per && b >= a + 2 && infos[b - 1].norm == "ولي" && b < tokens.len() && matches!(infos[b].norm.as_str(), "العهد" | "عهد") {
                b -= 1;
            }
            if b >= a + 2 && word_in(b - 1, NOT_LAST) {
                b -= 1;
                // (What is left may be a body's head alone, كتلة of كتلة فيه: no name.)
                if b == a + 1 && tokens[a].kind == TokenKind::Word && is_org_head(&infos[a]) {
                    return None;
                }
            }
            if b >= a + 2 && word_in(a, NOT_FIRST) {
                a += 1;
            }
            if (a, b) == (r.start, r.end) {
                Some(s)
            } else {
                (a < b).then(|| span_over(text, tokens, infos, a, b, s.kind, s.score)).flatten()
            }
        })
        .collect()
}

/// Step 1e: a name never begins with a verb. The tagger, which learned from
/// Wikipedia's titles of works too, may take a quoted clause for an organization
/// (الشركة "ستعوض العمال المصابين"); a verb of the past or present, or one of the future
/// (س before a present tense general Arabic knows), is no first word of a body or a work.
fn drop_verb_phrases(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let future = |i: &TokInfo| {
        let rest = i.stem.strip_prefix('س').unwrap_or("");
        let [common, article, _, _] = super::general_freq::buckets(rest);
        i.kind == TokenKind::Word && rest.starts_with(['ي', 'ت', 'ن', 'ا']) && common >= 2 && matches!(article, 1 | 7) && i.gaz.0 == 0
    };
    spans
        .into_iter()
        .filter(|s| {
            let r = tokens_of(tokens, s);
            // (A name of the list of well-known names is none: سبيس إكس.)
            let verb_first = matches!(s.kind, EntityType::Org | EntityType::Misc) && r.len() >= 2 && (verb_like(&infos[r.start]) || future(&infos[r.start]));
            // (Nor a name right after a head of organization names in the construct
            // state, where no verb stands: صحيفة يديعوت أحرونوت, فريق أسيك أبيدجان.)
            // (Also with the name in quote marks: شركة "سيمنس للطاقة"; after a definite
            // head, الشركة "ستعوض…", the quoted words are a clause.)
            let mark = r.start > 1 && {
                let m = &text[tokens[r.start - 1].start..tokens[r.start - 1].end];
                m.chars().count() == 1 && m.chars().all(|c| OPENING_MARKS.contains(&c) || c == '"')
            };
            let h = if mark { r.start - 1 } else { r.start };
            let after_head = h > 0 && tokens[h - 1].kind == TokenKind::Word && is_org_head(&infos[h - 1]) && !infos[h - 1].stem.starts_with("ال");
            !verb_first || after_head || super::known::lookup(&key_words(&text[s.start..s.end])).is_some()
        })
        .collect()
}

/// Is the word a verb in the future, س and an imperfect general Arabic knows without
/// the article (سيمولان, ستعلن)?
fn future_verb(i: &TokInfo) -> bool {
    let rest = i.stem.strip_prefix('س').unwrap_or("");
    let [common, article, _, _] = super::general_freq::buckets(rest);
    // (A dual or plural general Arabic hardly knows, سيمولان, by its prefix and ending.)
    let dual_or_plural = rest.starts_with(['ي', 'ت']) && (rest.ends_with("ان") || rest.ends_with("ون")) && rest.chars().count() >= 5;
    i.kind == TokenKind::Word && rest.starts_with(['ي', 'ت', 'ن', 'ا']) && (common >= 2 && matches!(article, 1 | 7) || dual_or_plural) && i.gaz.0 == 0
}

/// Step 1c': two bodies the tagger ran into one over و (البنك الأوروبي للاستثمار
/// والوكالة الفرنسية للتنمية): a definite head of bodies' names after و, with a word
/// after it, begins a second body; and a body's name never ends with a verb in the
/// future (… للتنمية سيمولان, the verb whose subject they are).
fn bodies_joined_by_waw(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        let r = tokens_of(tokens, &s);
        if s.kind != EntityType::Org || r.len() < 3 {
            out.push(s);
            continue;
        }
        let mut end = r.end;
        while end > r.start + 2 && future_verb(&infos[end - 1]) {
            end -= 1;
        }
        let second = (r.start + 2..end.saturating_sub(1)).find(|&k| {
            let w = &infos[k];
            tokens[k].kind == TokenKind::Word && w.norm.starts_with("وال") && w.stem.starts_with("ال") && w.norm.strip_prefix('و') == Some(w.stem.as_str()) && is_org_head(w) && tokens[k + 1].kind == TokenKind::Word
        });
        let cuts: Vec<(usize, usize)> = match second {
            Some(k) => vec![(r.start, k), (k, end)],
            None => vec![(r.start, end)],
        };
        if cuts == [(r.start, r.end)] {
            out.push(s);
            continue;
        }
        for (a, b) in cuts {
            out.extend(span_over(text, tokens, infos, a, b, EntityType::Org, s.score));
        }
    }
    out
}

/// A list of places joined by و that ends with a place of one word the spans hold
/// (من زاكورة وأرفود والرشيدية): the words before it, one each, after و and the first
/// after a preposition, are places too where each looks like a name (general Arabic
/// hardly knows it, or hardly ever with the article, as it knows names and verbs: after
/// a preposition and before a place, no verb) and no list makes it a person's.
fn places_listed_before_places(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let covered = covered_tokens(tokens, &spans);
    let bare_name = |k: usize| {
        let w = &infos[k];
        tokens[k].kind == TokenKind::Word
            && !covered[k]
            && !w.stem.starts_with("ال")
            && w.stem.chars().count() >= 3
            && (w.gen[0] == 0 || matches!(w.gen[1], 1 | 2 | 7) && !ordinary(w))
            && !w.stem.ends_with('ي')
            && !w.stem.ends_with("يه")
            && !is_person_word(w)
            && !w.gaz.has(gazetteer::GIVEN_BIG | gazetteer::TITLE | ORG_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY)
            && !crate::function_words::is_function_word(&w.stem)
    };
    let with_waw = |k: usize| infos[k].norm.strip_prefix('و') == Some(infos[k].stem.as_str());
    let mut added = Vec::new();
    for s in spans.iter().filter(|s| s.kind == EntityType::Loc) {
        let r = tokens_of(tokens, s);
        if r.len() != 1 || r.start < 2 || !with_waw(r.start) {
            continue;
        }
        let mut k = r.start - 1;
        let mut list = Vec::new();
        while k > 0 && bare_name(k) && with_waw(k) {
            list.push(k);
            k -= 1;
        }
        // (The first of the list, without و, after a preposition.)
        let first = bare_name(k) && infos[k].stem == infos[k].norm && k > 0 && tokens[k - 1].kind == TokenKind::Word && in_list(&infos[k - 1], &["من", "في", "الي", "بين", "نحو", "وبين"]);
        if !first {
            continue;
        }
        list.push(k);
        for k in list {
            added.extend(span_over(text, tokens, infos, k, k + 1, EntityType::Loc, 0.6));
        }
    }
    with_added(spans, added)
}

/// A town or country of the lists after و right after a place the text marks (بغداد
/// والبصرة, دجلة والفرات): a second place of the pair, which the tagger, between the
/// two readings, left out. (Not a word general Arabic writes with suffixes, as it does
/// an ordinary noun, والمدينة "and the city" (مدينتهم), nor a person's word.)
fn listed_places_after_waw(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let covered = covered_tokens(tokens, &spans);
    let mut added = Vec::new();
    for s in spans.iter().filter(|s| s.kind == EntityType::Loc) {
        let k = tokens_of(tokens, s).end;
        if k >= tokens.len() || covered[k] || tokens[k].kind != TokenKind::Word || !gaps::only_spaces(text, s.end, tokens[k].start) {
            continue;
        }
        let w = &infos[k];
        let with_waw = w.norm.strip_prefix('و') == Some(w.stem.as_str());
        let listed = place_flags(infos, k, k + 1) & (COUNTRY | CITY | REGION) != 0;
        if with_waw && listed && w.gen[2] <= 2 && !is_person_word(w) && !w.gaz.has(GIVEN | gazetteer::GIVEN_BIG | FAMILY | ORG_HEAD | gazetteer::TITLE) {
            added.extend(span_over(text, tokens, infos, k, k + 1, EntityType::Loc, 0.6));
        }
    }
    with_added(spans, added)
}

/// A "person" the tagger marked after و between two places of one list (في الأنبار
/// وصلاح الدين ونينوى), whose words the place lists know as a town or a region: the
/// place of the list, as a given name that is also a governorate's or a town's.
fn people_between_places(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let loc_ends: Vec<usize> = spans.iter().filter(|s| s.kind == EntityType::Loc).map(|s| s.end).collect();
    let loc_starts: Vec<usize> = spans.iter().filter(|s| s.kind == EntityType::Loc).map(|s| s.start).collect();
    for s in spans.iter_mut().filter(|s| s.kind == EntityType::Per) {
        let r = tokens_of(tokens, s);
        if r.is_empty() || r.start == 0 || r.end >= tokens.len() {
            continue;
        }
        let first = &infos[r.start];
        let with_waw = first.norm.strip_prefix('و') == Some(first.stem.as_str());
        let before = loc_ends.contains(&tokens[r.start - 1].end) && gaps::only_spaces(text, tokens[r.start - 1].end, tokens[r.start].start);
        let next = &infos[r.end];
        let after = tokens[r.end].kind == TokenKind::Word && next.norm.strip_prefix('و') == Some(next.stem.as_str()) && loc_starts.iter().any(|&b| b >= tokens[r.end].start && b < tokens[r.end].end) && gaps::only_spaces(text, s.end, tokens[r.end].start);
        if with_waw && before && after && place_flags(infos, r.start, r.end) & (CITY | REGION | COUNTRY) != 0 {
            s.kind = EntityType::Loc;
        }
    }
    spans
}

/// A dam named by a town of the lists (سد الموصل, سد الروصيرص): the head and the town,
/// one place, as the gold marks a dam with its head (سد النهضة), where the tagger marked
/// the head and the town apart or the town alone.
fn dams_named_by_towns(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let mut n = 0;
    while n < spans.len() {
        let r = tokens_of(tokens, &spans[n]);
        let h = r.start.wrapping_sub(1);
        let head = r.start > 0 && tokens[h].kind == TokenKind::Word && infos[h].stem == "سد" && gaps::only_spaces(text, tokens[h].end, spans[n].start);
        if spans[n].kind == EntityType::Loc && head && place_flags(infos, r.start, r.end) & (CITY | REGION) != 0 {
            // (The head the tagger took alone just before, LOC, goes into the one span.)
            let start = match spans.get(n.wrapping_sub(1)) {
                Some(p) if n > 0 && tokens_of(tokens, p) == (h..h + 1) => {
                    spans.remove(n - 1);
                    n -= 1;
                    tokens[h].start
                }
                Some(p) if n > 0 && p.end > tokens[h].start => {
                    n += 1;
                    continue;
                }
                _ => tokens[h].start,
            };
            if let Some(m) = span_over(text, tokens, infos, h, r.end, EntityType::Loc, spans[n].score) {
                spans[n] = Span { start: start.max(m.start), ..m };
            }
        }
        n += 1;
    }
    spans
}

/// What kind of court a noun in the construct state says between محكمة and its town
/// (محكمة استئناف بنغازي, محكمة جنايات القاهرة; Iraq's investigation and juvenile
/// courts, محكمة تحقيق الكرخ, محكمة أحداث البصرة), in `search` form.
const COURT_KINDS: &[&str] = &["استيناف", "استئناف", "جنايات", "جنح", "نقض", "تمييز", "بدايه", "صلح", "تحقيق", "احداث"];

/// A court named by its kind and its town, محكمة استئناف بنغازي, محكمة جنايات الجيزة:
/// the head, the kind in the construct state and the town the tagger found as a place
/// are one body, ORG (ANERcorp marks محكمة أمن الدولة so), with the country's
/// adjective after the town if one follows (محكمة استئناف باريس الفرنسية). Without the
/// kind, محكمة and a town may be a court of that town or the town's name alone.
fn courts_named_by_towns(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let mut n = 0;
    while n < spans.len() {
        let r = tokens_of(tokens, &spans[n]);
        let (h, k) = (r.start.wrapping_sub(2), r.start.wrapping_sub(1));
        let court = r.start >= 2
            && spans[n].kind == EntityType::Loc
            && word(h)
            && word(k)
            && infos[h].stem == "محكمه"
            && COURT_KINDS.contains(&infos[k].norm.as_str())
            && gaps::only_spaces(text, tokens[h].end, tokens[k].start)
            && gaps::only_spaces(text, tokens[k].end, spans[n].start)
            && (n == 0 || spans[n - 1].end <= tokens[h].start);
        if court {
            let a = &infos[r.end.min(tokens.len() - 1)];
            let adjective = word(r.end) && a.stem == a.norm && a.norm.starts_with("ال") && a.norm.strip_suffix('ه').is_some_and(country_adjective);
            let end = if adjective { r.end + 1 } else { r.end };
            if let Some(m) = span_over(text, tokens, infos, h, end, EntityType::Org, spans[n].score) {
                // (An adjective the tagger took as a place of its own gives way.)
                if adjective && spans.get(n + 1).is_some_and(|p| p.start < m.end) {
                    spans.remove(n + 1);
                }
                spans[n] = m;
            }
        }
        n += 1;
    }
    spans
}

/// Courts that every town (or region) has, by their kind after the definite head, in
/// `search` form (المحكمة الابتدائية, التجارية, الإدارية; محكمة الاستئناف).
const TOWNS_COURTS: &[&str] = &["الابتداييه", "الابتدائيه", "التجاريه", "الاداريه"];
const TOWNS_COURTS_IN_CONSTRUCT: &[&str] = &["الاستئناف", "الاستيناف"];

/// المحكمة الابتدائية ببنزرت, محكمة الاستئناف بسوسة: a court of a kind that every town
/// or region has is named by its town after ب, which the Maghreb's courts write so
/// (the Court of First Instance of Bizerte): the head, its kind and the town the
/// tagger found as a place are one body, ORG. (Not a court the country has one of,
/// محكمة النقض بالرباط, which sits in its town: the body and its seat apart.)
fn courts_of_towns_after_ba(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let mut n = 0;
    while n < spans.len() {
        let r = tokens_of(tokens, &spans[n]);
        let (h, k) = (r.start.wrapping_sub(2), r.start.wrapping_sub(1));
        let kind = |h: usize, k: usize| {
            infos[h].stem == "المحكمه" && one_of(TOWNS_COURTS, &infos[k].norm) || infos[h].stem == "محكمه" && one_of(TOWNS_COURTS_IN_CONSTRUCT, &infos[k].norm)
        };
        let court = r.start >= 2
            && spans[n].kind == EntityType::Loc
            && word(h)
            && word(k)
            && kind(h, k)
            && tokens[r.start].start < spans[n].start
            && search_text(&text[tokens[r.start].start..spans[n].start]) == "ب";
        if !court {
            n += 1;
            continue;
        }
        // (The tagger's body of the head and its kind gives way; no other mention.)
        let before = n.checked_sub(1).filter(|&p| spans[p].end > tokens[h].start);
        let head_body = before.is_some_and(|p| spans[p].kind == EntityType::Org && tokens_of(tokens, &spans[p]) == (h..k + 1));
        if before.is_none() || head_body {
            if let Some(m) = span_over(text, tokens, infos, h, r.end, EntityType::Org, spans[n].score) {
                spans[n] = m;
                if head_body {
                    spans.remove(n - 1);
                    continue;
                }
            }
        }
        n += 1;
    }
    spans
}

/// Step 1d: a place the tagger cut in two (كريات شمونة as كريات and شمونة): two place
/// mentions with nothing but a space between them are one, when neither is a place of
/// the lists (سيول, then a word the tagger took in) and the second looks like a name.
/// Likewise a person cut after a given name (سلمى الإدريسي as سلمى and الإدريسي), and a
/// body cut after its definite head (البنك, الأهلي المصري).
/// The pilgrim's honorific, in `search` form: it stands before a name (الحاج موسى), so a
/// person the tagger ends on it goes on with the name after it.
const PILGRIM: &[&str] = &["الحاج", "الحاجه"];

fn join_adjacent_names(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        if let Some(prev) = out.last_mut() {
            let r = tokens_of(tokens, &s);
            let joins = prev.kind == EntityType::Loc
                && s.kind == EntityType::Loc
                && prev.end <= s.start
                && gaps::only_spaces(text, prev.end, s.start)
                && r.len() == 1
                && infos[r.start].stem == infos[r.start].norm
                && name_like(&infos[r.start])
                && !ordinary(&infos[r.start])
                && place_flags(infos, r.start, r.end) == 0
                && {
                    let p = tokens_of(tokens, prev);
                    place_flags(infos, p.start, p.end) == 0
                };
            // سلمى الإدريسي tagged as two people: a given name of the curated lists, or a
            // compound one, and the name right after it (one space between, no و or comma)
            // are one person.
            // (A compound given name never ends a name after which a place stands with
            // nothing between: عبد الكريم بوسنه, whose family name the tagger took for
            // Bosnia. An indefinite word of one token, no proclitic.)
            let compound_before_place = |p: &Range<usize>| {
                let r = tokens_of(tokens, &s);
                p.len() == 2 && (infos[p.start + 1].norm == "الدين" || infos[p.start].norm == "عبد") && r.len() == 1 && !infos[r.start].stem.starts_with("ال") && infos[r.start].stem == infos[r.start].norm
            };
            let person = prev.kind == EntityType::Per
                && (s.kind == EntityType::Per || s.kind == EntityType::Loc && compound_before_place(&tokens_of(tokens, prev)))
                && prev.end < s.start
                && gaps::one_space(text, prev.end, s.start)
                && {
                    // (Or a compound given name: كمال الدين, عبد الرحمن.)
                    let p = tokens_of(tokens, prev);
                    let compound = p.len() == 2 && (infos[p.start + 1].norm == "الدين" || infos[p.start].norm == "عبد");
                    // (Or a given name and the pilgrim's honorific, which begins family
                    // names and never ends one: نبيل الحاج موسى.)
                    let pilgrim = p.len() == 2 && infos[p.start].gaz.has(GIVEN) && one_of(PILGRIM, &infos[p.start + 1].norm);
                    (p.len() == 1 && infos[p.start].gaz.has(GIVEN) || compound || pilgrim) && infos[p.start].stem == infos[p.start].norm
                };
            // البنك and الأهلي المصري tagged as two bodies: a definite head of
            // organization names alone is no name of its own, and the body after it
            // is its name's rest.
            let body = prev.kind == EntityType::Org
                && s.kind == EntityType::Org
                && prev.end < s.start
                && gaps::one_space(text, prev.end, s.start)
                && {
                    let (p, r) = (tokens_of(tokens, prev), tokens_of(tokens, &s));
                    let h = &infos[p.start];
                    p.len() == 1 && h.stem == h.norm && h.norm.starts_with("ال") && is_org_head(h) && infos[r.start].stem == infos[r.start].norm && infos[r.start].norm.starts_with("ال")
                };
            // عبد alone and a person after it (عبد as a place, الخالق ثروت as a person):
            // عبد never names anything alone; with the divine name after it, it is the
            // compound given name that begins the person's name.
            let servant = s.kind == EntityType::Per && prev.end < s.start && gaps::one_space(text, prev.end, s.start) && {
                let (p, r) = (tokens_of(tokens, prev), tokens_of(tokens, &s));
                p.len() == 1 && infos[p.start].norm == "عبد" && infos[r.start].stem == infos[r.start].norm && infos[r.start].norm.starts_with("ال")
            };
            if servant {
                prev.kind = EntityType::Per;
            }
            if joins || person || body || servant {
                prev.end = s.end;
                prev.score = prev.score.min(s.score);
                continue;
            }
        }
        out.push(s);
    }
    out
}

/// Step 1b: a body and the seat it sits in are two names (مجلس الأمن القومي بالبيت
/// الأبيض: the council, and the White House after the preposition ب).
fn split_at_seats(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        let r = tokens_of(tokens, &s);
        if is_model(s.kind) && r.len() >= 3 {
            let at = (r.start + 1..r.end).find(|&k| infos[k].norm.starts_with('ب') && infos[k].stem != infos[k].norm && seat_at(infos, k, r.end) == Some(r.end));
            if let Some(k) = at {
                out.extend(span_over(text, tokens, infos, r.start, k, s.kind, s.score));
                out.extend(span_over(text, tokens, infos, k, r.end, EntityType::Org, s.score));
                continue;
            }
        }
        out.push(s);
    }
    out
}

/// A place the tagger ran over two countries of the lists with nothing between them
/// (حمّلت الكتائب في العراق الولايات المتحدة مسؤولية …: the country it is in, then the
/// object of the verb): two places, each a whole country's name, as no country's name is
/// two countries' names side by side (غينيا بيساو, كوريا الجنوبية: the second is none).
fn two_countries_side_by_side(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        let r = tokens_of(tokens, &s);
        if s.kind == EntityType::Loc && r.len() >= 2 && (r.start..r.end).all(|k| tokens[k].kind == TokenKind::Word) {
            let at = (r.start + 1..r.end).find(|&m| place_flags(infos, r.start, m) & COUNTRY != 0 && place_flags(infos, m, r.end) & COUNTRY != 0 && infos[m].stem == infos[m].norm);
            if let Some(m) = at {
                out.extend(span_over(text, tokens, infos, r.start, m, s.kind, s.score));
                out.extend(span_over(text, tokens, infos, m, r.end, s.kind, s.score));
                continue;
            }
        }
        out.push(s);
    }
    out
}

/// Prepositions of place, in `search` form, after which a definite word is a thing
/// (في المخيم), not a person's family name.
const IN_A_PLACE: &[&str] = &["في", "داخل"];

/// Step 2: words that never end a name, and ordinary words after a name the text knows.
fn trim_run_ons(text: &str, tokens: &[Token], infos: &[TokInfo], out: Vec<Span>) -> Vec<Span> {
    let keys: Vec<Vec<String>> = out.iter().map(|s| if is_model(s.kind) { key_words(&text[s.start..s.end]) } else { Vec::new() }).collect();
    // How many mentions hold each run of key words (each mention counted once).
    let mut held: HashMap<&[String], usize> = HashMap::new();
    for k in &keys {
        let mut runs: Vec<&[String]> = (1..=k.len().min(MAX_NAME_WORDS)).flat_map(|n| k.windows(n)).collect();
        runs.sort();
        runs.dedup();
        for r in runs {
            *held.entry(r).or_default() += 1;
        }
    }
    // Does another mention than `me` hold these words?
    let known = |me: usize, words: &[String]| {
        let mine = keys[me].len() >= words.len() && keys[me].windows(words.len()).any(|x| x == words);
        held.get(words).copied().unwrap_or(0) > usize::from(mine)
    };
    // Definite words the text uses as things: right after في or داخل, in no mention (يقيم
    // في المخيم). Such a word never ends a person's name (زار نبيل الحاج موسى المخيم).
    let in_span = covered_tokens(tokens, &out);
    let things: std::collections::HashSet<&str> = (1..tokens.len())
        .filter(|&k| !in_span[k] && one_of(IN_A_PLACE, &infos[k - 1].stem) && infos[k].stem.starts_with("ال") && infos[k].stem == infos[k].norm)
        .map(|k| infos[k].stem.as_str())
        .collect();
    // (The organizations the text names: an outlet cut off a person's name after ل is
    // one of them, and a mention again.)
    let orgs: HashSet<Vec<String>> = out.iter().zip(&keys).filter(|(s, k)| s.kind == EntityType::Org && k.len() == 1).map(|(_, k)| k.clone()).collect();
    let mut outlets = Vec::new();
    let mut trimmed = Vec::with_capacity(out.len());
    for (me, s) in out.into_iter().enumerate() {
        if !is_model(s.kind) {
            trimmed.push(s);
            continue;
        }
        let r = tokens_of(tokens, &s);
        let mut b = r.end;
        while b > r.start + 1 && b - r.start <= MAX_NAME_WORDS + 1 && tokens[b - 1].kind == TokenKind::Word {
            let last = &infos[b - 1];
            // (Nor a time of speaking: قصر البحر اليوم, "today".)
            // (Nor an honorific, which begins the next person's name: جوزاف عون قداسة
            // البابا.)
            let relational = in_list(last, RELATIONAL) || in_list(last, &["اليوم", "الان", "الليله", "امس"]) || in_list(last, HONORIFICS);
            // A person's name may end in a definite family name (محمد المصري) and a
            // place's in an adjective (كوريا الشمالية): only words without the article.
            // A definite word only after a foreign name (بوتين المفضل, not حسن البنا).
            // After an Arabic given name comes a family name (يوسف رزقة), never cut.
            let definite = last.stem.starts_with("ال");
            let before = &infos[b - 2];
            let run_on = match s.kind {
                EntityType::Loc => !definite,
                EntityType::Per if before.gaz.has(GIVEN) => false,
                // An adjective that mostly takes the article (المفضل), not a name that
                // begins like it (ألونسو).
                EntityType::Per => !definite || name_like(before) && !last.gaz.has(NISBA) && !last.norm.ends_with('ي') && last.gen[0] >= 4 && last.gen[1] >= 4,
                _ => false,
            };
            // The name without the word is named elsewhere, the name with it nowhere else.
            let run_on = run_on
                && ordinary(last)
                && !is_person_word(last)
                && last.gaz.bits() & (COUNTRY | CITY | REGION | PHRASE_INSIDE) == 0
                && known(me, &key_words(&text[s.start..tokens[b - 2].end]))
                && !known(me, &key_words(&text[s.start..tokens[b - 1].end]));
            let thing = s.kind == EntityType::Per
                && definite
                && things.contains(last.stem.as_str())
                && last.gen[0] >= 3
                && (3..=6).contains(&last.gen[1])
                && !last.gaz.has(NISBA)
                && !last.norm.ends_with('ي')
                // (A regnal number is the name's: محمد الخامس, though في الخامس من.)
                && !in_list(last, ORDINALS)
                && last.gaz.bits() & (COUNTRY | CITY | REGION | PHRASE_INSIDE) == 0;
            // (An outlet the text names, after ل: قال فلان لهسبريس, whom he spoke to.)
            // (After a one-word name too, where the text names that word elsewhere: قال
            // الزاهيدي لهسبريس.)
            let one_known = b - r.start == 2 && held.get(key_words(&text[tokens[r.start].start..tokens[r.start].end]).as_slice()).is_some_and(|&n| n >= 2);
            let to_outlet = s.kind == EntityType::Per && (b - r.start >= 3 || one_known) && last.norm.starts_with('ل') && !last.norm.starts_with("لل") && {
                // (As written: a presentation form of ل is left alone.)
                let w = &text[tokens[b - 1].start..tokens[b - 1].end];
                w.strip_prefix('ل').is_some_and(|rest| {
                    let rest = key_words(rest);
                    rest.len() == 1 && held.get(rest.as_slice()).is_some()
                })
            };
            // ب and a word general Arabic knows, the whole word unknown to it and to the
            // name lists, after a name of two words: a preposition's phrase that follows
            // the name (توجت فيث جيبكوسغي بلقبي السباق, "with the two titles"), not a
            // Maghreb family name in ب (بلقاسم, بنعمر: their rest is no word).
            let with_b = s.kind == EntityType::Per
                && b - r.start >= 3
                && last.norm.starts_with('ب')
                && last.gen[0] == 0
                && !last.gaz.has(GIVEN | FAMILY | gazetteer::GIVEN_BIG | gazetteer::FAMILY_BIG | gazetteer::NAME_TOKEN)
                && last.norm.strip_prefix('ب').is_some_and(|rest| rest.chars().count() >= 3 && super::general_freq::buckets(rest)[0] >= 3);
            // A dual noun of general Arabic in the oblique case after a name of two words
            // or more: what the person did comes after the name (سجل محمد صلاح هدفين,
            // "two goals"; نقطتين, يومين), no family name the lists know (شاهين, ياسين)
            // and a word general Arabic writes itself (not هاردين, whose ين is a foreign
            // name's).
            let dual = s.kind == EntityType::Per && b - r.start >= 3 && last.gen[0] >= 2 && last.stem == last.norm && !last.norm.starts_with("ال") && !last.gaz.has(GIVEN | FAMILY | gazetteer::GIVEN_BIG | gazetteer::FAMILY_BIG | gazetteer::NAME_TOKEN) && last.norm.strip_suffix("ين").is_some_and(|bare| {
                let singular = bare.strip_suffix('ت').map(|b| format!("{b}ه")).unwrap_or_else(|| bare.to_string());
                chars(&singular) >= 3 && super::general_freq::buckets(&singular)[0] >= 3
            });
            // ل, the article and a title the lists know after a name: whom the person
            // spoke to (قالت الماجري للقاضي, للصحفيين); no name ends in such a word.
            let to_role = s.kind == EntityType::Per && last.norm.starts_with("لل") && last.stem.starts_with("ال") && last.gaz.has(gazetteer::TITLE);
            if to_outlet {
                let w = &text[tokens[b - 1].start..tokens[b - 1].end];
                if w.strip_prefix('ل').is_some_and(|rest| orgs.contains(&key_words(rest))) {
                    outlets.push(Span { start: tokens[b - 1].start + 'ل'.len_utf8(), end: tokens[b - 1].end, kind: EntityType::Org, score: s.score });
                }
            }
            if relational || run_on || thing || to_outlet || with_b || dual || to_role {
                b -= 1;
            } else {
                break;
            }
        }
        if b == r.end {
            trimmed.push(s);
        } else if let Some(t) = span_over(text, tokens, infos, r.start, b, s.kind, s.score) {
            // A definite head alone (المعهد) is a description.
            if !(b == r.start + 1 && infos[r.start].stem.starts_with("ال") && infos[r.start].gaz.has(ORG_HEAD | gazetteer::LOC_HEAD)) {
                trimmed.push(t);
            }
        }
    }
    if !outlets.is_empty() {
        trimmed.extend(outlets);
        trimmed.sort_by_key(|s| (s.start, s.end));
    }
    trimmed
}

/// A person's name never ends with "son of" or "daughter of" (سيد أحمد ولد of سيد أحمد
/// ولد أبوه, the Mauritanian minister: the tagger stopped before أبوه, "his father", a
/// word general Arabic knows): the word after it is the father's name, the name's. (And
/// the one after عبد there: ولد عبد العزيز.) Not a preposition or a time after it: ولد
/// is also "was born", ابن خلدون ولد في تونس.
fn names_ending_in_son_of(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Per || r.len() < 2 || tokens[r.end - 1].end != spans[k].end || !matches!(tokens[r.end - 1].norm.as_str(), "ولد" | "بن" | "بنت" | "ابن") || !word(r.end) || crate::function_words::is_function_word(&tokens[r.end].norm) || in_list(&infos[r.end], TIME_WORDS) {
            continue;
        }
        let end = if matches!(tokens[r.end].norm.as_str(), "عبد") && word(r.end + 1) { r.end + 2 } else { r.end + 1 };
        if spans.get(k + 1).is_none_or(|n| n.start >= tokens[end - 1].end) {
            spans[k].end = tokens[end - 1].end;
        }
    }
    spans
}

/// Step 3b: a person's name never begins with a body or place the text names alone
/// (قائد الوداد يحيى جبران: the club, then the captain), nor with the name of the body
/// whose head comes before it (مؤسسة جولدمان ساكس دان سترويفن: the bank, then the
/// analyst).
fn person_edges(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    if spans.is_empty() {
        return spans;
    }
    let alone: HashMap<Vec<String>, EntityType> = spans.iter().filter(|s| matches!(s.kind, EntityType::Org | EntityType::Loc) && tokens_of(tokens, s).len() == 1).map(|s| (key_words(&text[s.start..s.end]), s.kind)).collect();
    // (The family names of the people the text names in full, فولوديمير زيلينسكي: مكتب
    // زيلينسكي is that person's office.)
    let families: HashSet<&str> = spans.iter().filter(|s| s.kind == EntityType::Per && tokens_of(tokens, s).len() >= 2).map(|s| infos[tokens_of(tokens, s).end - 1].stem.as_str()).filter(|w| chars(w) >= 4).collect();
    let mut out = Vec::with_capacity(spans.len());
    for mut s in spans {
        let r = tokens_of(tokens, &s);
        // ومحمد أبو العلا: the conjunction before a given name of the lists that the
        // stemmer kept whole (general Arabic writes ومحمد often) is no part of the name.
        // (Not a given name that begins with و itself, وسام, وصفي: the lists know it whole.)
        if s.kind == EntityType::Per && !r.is_empty() && s.start == tokens[r.start].start && tokens[r.start].kind == TokenKind::Word {
            let w = &infos[r.start];
            let rest = w.norm.strip_prefix('و').filter(|rest| w.stem == w.norm && chars(rest) >= 3);
            if rest.is_some_and(|rest| gazetteer::word_flags(rest) & GIVEN != 0 && !w.gaz.has(GIVEN | FAMILY | gazetteer::GIVEN_BIG | gazetteer::FAMILY_BIG)) && text[s.start..].starts_with('و') {
                // (With the marks on the و, وَمحمد: a span never begins with a mark.)
                s.start += after_letters(&text[s.start..], 1).unwrap_or('و'.len_utf8());
            }
        }
        // المتحدث باسمه دميتري بيسكوف: "in his name" after a spokesman (باسمه is also
        // the given name باسمة in the name key); the person begins after it.
        if s.kind == EntityType::Per && r.len() >= 2 && in_name_of(text, tokens, infos, r.start) {
            out.extend(span_over(text, tokens, infos, r.start + 1, r.end, EntityType::Per, s.score));
            continue;
        }
        // الفارس شون أوكيف: a definite role noun first (a rider, a lawyer, an activist)
        // is what the person is, the title the tagger does not know; the person begins
        // after it. (Not where it is all: الفارس alone may be a family name.)
        if s.kind == EntityType::Per && r.len() >= 3 && tokens[r.start].kind == TokenKind::Word && infos[r.start].stem == infos[r.start].norm && in_list(&infos[r.start], ROLES) {
            out.extend(span_over(text, tokens, infos, r.start + 1, r.end, EntityType::Per, s.score));
            continue;
        }
        // رئيس الاتحاد الدولي للشطرنج أركادي دفوركوفيتش: ل and a definite noun first is
        // what the body before is for, never a person's name; it goes with the body
        // that ends right before it, and the person begins after it.
        let purpose_first = s.kind == EntityType::Per && r.len() >= 3 && tokens[r.start].kind == TokenKind::Word && infos[r.start].norm.starts_with("لل") && infos[r.start].stem != infos[r.start].norm;
        if purpose_first {
            if let Some(body) = out.last_mut().filter(|b: &&mut Span| b.kind == EntityType::Org && gaps::only_whitespace(text, b.end, tokens[r.start].start)) {
                body.end = tokens[r.start].end;
            }
            out.extend(span_over(text, tokens, infos, r.start + 1, r.end, EntityType::Per, s.score));
            continue;
        }
        // محمد إبراهيم عبد الكريم بدور القوات المسلحة: a last word in ب whose rest is a
        // noun general Arabic knows (دور, "role"), before a definite noun it governs, is
        // the preposition and the thing praised or thanked for, not a name's word: the
        // person ends before it (a given name of the curated lists in ب stays: بشير
        // الجميل; so does a Maghreb family name in بو: عز الدين بوقرة).
        if s.kind == EntityType::Per && r.len() >= 3 && tokens[r.end - 1].kind == TokenKind::Word && tokens.get(r.end).is_some_and(|t| t.kind == TokenKind::Word) {
            let (last, next) = (&infos[r.end - 1], &infos[r.end]);
            // (Not بو of the Maghreb's family names, بوقرة, بوعلام: the ب and و are the
            // name's.)
            let rest = last.norm.strip_prefix('ب').filter(|rest| chars(rest) >= 3 && !rest.starts_with('و'));
            let governs = next.stem == next.norm && next.norm.starts_with("ال") && !next.gaz.has(GIVEN | FAMILY) && gaps::only_whitespace(text, tokens[r.end - 1].end, tokens[r.end].start);
            if governs && !last.gaz.has(GIVEN | FAMILY) && rest.is_some_and(|rest| super::general_freq::buckets(rest)[0] >= 3) {
                out.extend(span_over(text, tokens, infos, r.start, r.end - 1, EntityType::Per, s.score));
                continue;
            }
        }
        let first = &infos[r.start.min(infos.len() - 1)];
        let body = (s.kind == EntityType::Per && r.len() >= 3 && tokens[r.start].kind == TokenKind::Word && first.stem.starts_with("ال") && !first.gaz.has(GIVEN | FAMILY))
            .then(|| alone.get(&key_words(&text[tokens[r.start].start..tokens[r.start].end])).copied())
            .flatten();
        // المحلل في مؤسسة جولدمان ساكس دان سترويفن as one person: after a head of
        // organization names in the construct state, the words before a given name are
        // the body's, the given name and what follows the person.
        let headed = s.kind == EntityType::Per && r.start > 0 && r.len() >= 3 && tokens[r.start - 1].kind == TokenKind::Word && {
            let h = &infos[r.start - 1];
            h.stem == h.norm && !h.stem.starts_with("ال") && is_org_head(h)
        };
        let given = if headed { (r.start + 1..r.end - 1).find(|&k| infos[k].gaz.has(GIVEN | gazetteer::GIVEN_BIG) && infos[k].stem == infos[k].norm && !infos[k - 1].gaz.has(GIVEN)) } else { None };
        match (body, given) {
            (Some(kind), _) => {
                out.extend(span_over(text, tokens, infos, r.start, r.start + 1, kind, s.score));
                out.extend(span_over(text, tokens, infos, r.start + 1, r.end, EntityType::Per, s.score));
            }
            // (Unless the words before the given name are one word, the family name of a
            // person the text names in full: مدير مكتب زيلينسكي أندريه يرماك, the
            // president's office, then its director: two people, the office no body's
            // name.)
            (None, Some(k)) if k == r.start + 1 && families.contains(infos[r.start].stem.as_str()) && infos[r.start].stem == infos[r.start].norm => {
                out.extend(span_over(text, tokens, infos, r.start, k, EntityType::Per, s.score));
                out.extend(span_over(text, tokens, infos, k, r.end, EntityType::Per, s.score));
            }
            (None, Some(k)) => {
                out.extend(span_over(text, tokens, infos, r.start - 1, k, EntityType::Org, s.score));
                out.extend(span_over(text, tokens, infos, k, r.end, EntityType::Per, s.score));
            }
            (None, None) => out.push(s),
        }
    }
    out
}

/// Prepositions that never stand inside a person's name, in `search` form (not علي,
/// also the given name written with ى, محمد على).
const NOT_IN_NAMES: &[&str] = &["الي", "الى", "في", "فى", "عن", "مع", "منذ"];

/// A person's counterpart, host or guest with the pronoun of whom (`search` form): a
/// role said of the person named before it, never a word of a name.
const COUNTERPARTS: &[&str] = &["نظيره", "نظيرها", "نظيرته", "نظيرتها", "نظيريه", "نظيريها", "نظراءه", "نظرائه", "نظيرهم", "مضيفه", "مضيفها", "ضيفه", "ضيفها"];

/// Step 3c: a person's name never holds a preposition, nor a definite weekday before
/// one (استمع القاضي الخوري الجمعة إلى حداد, "the judge Khoury heard Haddad on
/// Friday"): the weekday after a subject and before a preposition is when, a date; the
/// person ends before it, and what follows the preposition is a name of its own. (Not a
/// weekday ending the span before anything else: الجمعة is a family name too, محمد
/// الجمعة.) Nor a counterpart with his pronoun ([`COUNTERPARTS`]): التقى روبيو نظيره
/// السعودي, where the person ends before نظيره and the role and its nationality are no
/// name.
fn people_cut_at_weekdays_and_prepositions(tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let prep = |k: usize| word(k) && infos[k].stem == infos[k].norm && one_of(NOT_IN_NAMES, &infos[k].norm);
    let weekday = |k: usize| word(k) && infos[k].stem == infos[k].norm && infos[k].norm.starts_with("ال") && infos[k].gaz.has(gazetteer::WEEKDAY) && prep(k + 1);
    // (Nor "his counterpart", "his host" with their pronoun: التقى روبيو نظيره السعودي.)
    let counterpart = |k: usize| word(k) && one_of(COUNTERPARTS, &infos[k].norm);
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        let r = tokens_of(tokens, &s);
        let cut = if s.kind == EntityType::Per && r.len() >= 2 && tokens[r.start].start == s.start { (r.start + 1..r.end).find(|&k| weekday(k) || prep(k) || counterpart(k)) } else { None };
        let Some(k) = cut else {
            out.push(s);
            continue;
        };
        out.push(Span { start: s.start, end: tokens[k - 1].end, kind: EntityType::Per, score: s.score });
        if counterpart(k) {
            // (The counterpart's nationality after it is no name either: نظيره السعودي.)
            let j = if k + 1 < r.end && word(k + 1) && infos[k + 1].stem == infos[k + 1].norm && country_adjective(&infos[k + 1].norm) { k + 2 } else { k + 1 };
            if j < r.end && word(j) {
                out.push(Span { start: tokens[j].start, end: s.end, kind: EntityType::Per, score: s.score });
            }
            continue;
        }
        let mut j = k;
        if weekday(k) {
            out.push(Span { start: tokens[k].start, end: tokens[k].end, kind: EntityType::Date, score: s.score });
            j += 1;
        }
        if j < r.end && prep(j) {
            j += 1;
        }
        if j < r.end && word(j) && !crate::function_words::is_function_word(&tokens[j].norm) {
            out.push(Span { start: tokens[j].start, end: s.end, kind: EntityType::Per, score: s.score });
        }
    }
    out
}

/// Step 9: a person's name never begins with a preposition and a body the text names
/// alone (الرئيس التنفيذي لإيني كلاوديو ديسكالزي, where إيني is named alone elsewhere):
/// the body, then the person. (The clitic rule may keep the ل of a foreign word, so the
/// word is read here as ل, ب or و and the body's name.)
fn bodies_before_people(text: &str, tokens: &[Token], spans: Vec<Span>) -> Vec<Span> {
    let bodies: HashSet<Vec<String>> = spans.iter().filter(|s| s.kind == EntityType::Org && tokens_of(tokens, s).len() == 1).map(|s| key_words(&text[s.start..s.end])).collect();
    if bodies.is_empty() {
        return spans;
    }
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        let r = tokens_of(tokens, &s);
        if s.kind == EntityType::Per && r.len() >= 3 && tokens[r.start].kind == TokenKind::Word {
            let t = &tokens[r.start];
            let word = &text[t.start..t.end];
            let rest = word.strip_prefix(['ل', 'ب', 'و']).filter(|rest| rest.chars().count() >= 3);
            if let Some(rest) = rest.filter(|rest| bodies.contains(&key_words(rest))) {
                let body_start = t.end - rest.len();
                out.push(Span { start: body_start, end: t.end, kind: EntityType::Org, score: s.score });
                out.push(Span { start: tokens[r.start + 1].start, end: s.end, kind: EntityType::Per, score: s.score });
                continue;
            }
        }
        // Nor ends with ل and such a body: the outlet a person spoke to (قال الوزير
        // ريبوار خوشناو لرووداو, where رووداو is the dateline's outlet).
        if s.kind == EntityType::Per && r.len() >= 3 && tokens[r.end - 1].kind == TokenKind::Word {
            let t = &tokens[r.end - 1];
            let word = &text[t.start..t.end];
            let rest = word.strip_prefix('ل').filter(|rest| rest.chars().count() >= 3);
            if let Some(rest) = rest.filter(|rest| bodies.contains(&key_words(rest))) {
                out.push(Span { start: s.start, end: tokens[r.end - 2].end, kind: EntityType::Per, score: s.score });
                out.push(Span { start: t.end - rest.len(), end: t.end, kind: EntityType::Org, score: s.score });
                continue;
            }
        }
        out.push(s);
    }
    out
}

/// A name's word joined to the next by a hyphen without spaces is one word of the name
/// (the Korean given names باك جي-هون, كيم سونغ-مين; the French جان-بيار): the span goes
/// on over it, and a span the tagger began there (هون alone, after an organization
/// باك جي) is the same name; with a person on either side, a person.
fn hyphenated_names(text: &str, tokens: &[Token], spans: Vec<Span>) -> Vec<Span> {
    // (Between two Arabic words: a Latin word's hyphen is its own.)
    let joined = |k: usize| (super::glued_mark(text, tokens, k, "-") || super::glued_mark(text, tokens, k, "‐")) && tokens[k - 1].kind == TokenKind::Word && tokens[k + 1].kind == TokenKind::Word;
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    let mut spans = spans.into_iter().peekable();
    while let Some(mut s) = spans.next() {
        // (Not a place: a dateline writes its place and its agency so, دمشق-سانا.)
        if !is_model(s.kind) || s.kind == EntityType::Loc {
            out.push(s);
            continue;
        }
        // (And back over the word a person's first word is joined to, where the tagger
        // began after the hyphen: جان-نويل بارو, found as نويل بارو.)
        let r = tokens_of(tokens, &s);
        if s.kind == EntityType::Per && r.start >= 2 && tokens[r.start].start == s.start && joined(r.start - 1) && out.last().is_none_or(|p| p.end <= tokens[r.start - 2].start) {
            s.start = tokens[r.start - 2].start;
        }
        loop {
            let r = tokens_of(tokens, &s);
            if r.is_empty() || !joined(r.end) {
                break;
            }
            let next = &tokens[r.end + 1];
            s.end = next.end;
            // (The span the tagger began at the joined word goes into this one.)
            while let Some(n) = spans.next_if(|n| n.start < s.end) {
                if n.kind == EntityType::Per {
                    s.kind = EntityType::Per;
                }
                s.end = s.end.max(n.end);
            }
        }
        out.push(s);
    }
    out
}

/// Words after الحداد that make it mourning, not the family name al-Haddad: its length
/// and kind (أعلن المحافظ الحداد ثلاثة أيام, الحداد الرسمي), in `search` form.
const MOURNING_AFTER: &[&str] = &["ثلاثه", "ثلاث", "سبعه", "يوما", "يومين", "ايام", "اسبوعا", "الرسمي", "العام", "الوطني", "لمده", "علي", "حزنا"];

/// A person's name the tagger ran on into الحداد, "mourning", that a governor or a
/// government declares (أعلن محافظ بغداد عمار الموسوي الحداد ثلاثة أيام): where a
/// number, a length or its kind follows, الحداد is the mourning, not a family name.
fn mourning_not_names(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut().filter(|s| s.kind == EntityType::Per) {
        let r = tokens_of(tokens, s);
        if r.len() < 3 || r.end >= tokens.len() || infos[r.end - 1].norm != "الحداد" {
            continue;
        }
        let next = &tokens[r.end];
        if next.kind == TokenKind::Number || next.kind == TokenKind::Word && in_list(&infos[r.end], MOURNING_AFTER) {
            s.end = tokens[r.end - 2].end;
        }
    }
    spans
}

/// Two places joined by ب, "with", that the tagger took for one name (خط يربط بني صاف
/// بألميريا: the pipeline's two ends): where the words before the last are a listed
/// place and the last, after its ب, is a place of the lists or of the well-known names,
/// they are two places.
fn places_joined_by_ba(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        let r = tokens_of(tokens, &s);
        // (Not a person's name, whose last word may begin with ب and a town's letters:
        // دانا برينو.)
        if !is_model(s.kind) || s.kind == EntityType::Per || r.len() < 2 || tokens[r.end - 1].kind != TokenKind::Word {
            out.push(s);
            continue;
        }
        let (t, l) = (&tokens[r.end - 1], &infos[r.end - 1]);
        let written = &text[t.start..t.end];
        let rest = written.strip_prefix('ب').filter(|rest| rest.chars().count() >= 3);
        let last_place = rest.is_some_and(|rest| {
            let k = key_words(rest);
            l.norm.starts_with('ب') && (place_flags(infos, r.end - 1, r.end) != 0 && l.stem != l.norm || matches!(super::known::lookup(&k), Some((_, EntityType::Loc))))
        });
        let first_place = place_flags(infos, r.start, r.end - 1) != 0 || listed_place_phrase(infos, r.start, r.end - 1) || matches!(super::known::lookup(&key_words(&text[s.start..tokens[r.end - 2].end])), Some((_, EntityType::Loc)));
        match rest {
            Some(rest) if last_place && first_place => {
                out.push(Span { start: s.start, end: tokens[r.end - 2].end, kind: EntityType::Loc, score: s.score });
                out.push(Span { start: t.end - rest.len(), end: t.end, kind: EntityType::Loc, score: s.score });
            }
            _ => out.push(s),
        }
    }
    out
}

/// In أما X فـ… ("as for X, …"), the name ends before the word with ف that answers
/// أما (أما جبهة البوليساريو فرحبت): a span that takes that word in is cut before it.
/// (أما may stand further back, before the person's title: أما رئيس الشركة المهندس
/// طارق الخميس فرأى أن …; then only a last word with ف before a reported clause or a
/// quotation is cut, the verb that answers it, not a family name in ف: فؤاد.)
fn amma_answers(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let is_amma = |k: usize| tokens[k].kind == TokenKind::Word && matches!(infos[k].norm.as_str(), "اما" | "واما");
    for s in spans.iter_mut().filter(|s| is_model(s.kind)) {
        let r = tokens_of(tokens, s);
        let amma = r.start > 0 && is_amma(r.start - 1);
        if !amma {
            // (Back to أما within the clause: no sentence's end, colon or word with ف
            // that may already answer it on the way.)
            let clause = |k: usize| tokens[k].kind == TokenKind::Word && infos[k].norm.starts_with('ف') && infos[k].norm.chars().count() >= 4 || tokens[k].kind != TokenKind::Word && [".", "؟", "?", "!", ":", "«", "»", "\""].contains(&infos[k].norm.as_str());
            let far = (r.start.saturating_sub(15)..r.start).rev().take_while(|&k| !clause(k)).any(is_amma);
            let last = r.end - 1;
            let answer = r.end - r.start >= 2 && tokens[last].kind == TokenKind::Word && infos[last].norm.starts_with('ف') && infos[last].norm.chars().count() >= 4;
            let reported = tokens.get(r.end).is_some_and(|t| t.kind != TokenKind::Word && ["«", "\"", ":"].contains(&infos[r.end].norm.as_str()))
                || infos.get(r.end).is_some_and(|i| matches!(i.norm.as_str(), "ان" | "بان" | "انه" | "انها"));
            if far && answer && reported {
                s.end = tokens[last - 1].end;
            }
            continue;
        }
        if let Some(k) = (r.start + 1..r.end).find(|&k| tokens[k].kind == TokenKind::Word && infos[k].norm.starts_with('ف') && infos[k].norm.chars().count() >= 4) {
            s.end = tokens[k - 1].end;
        }
    }
    spans
}

/// A body's name that ends with a title with the article right before a person (الجهاز
/// المركزي لتكنولوجيا المعلومات المهندسة دانة يوسف الصباغ): the title is the person's,
/// no word of the body's name.
fn titles_before_people(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for i in 0..spans.len().saturating_sub(1) {
        let r = tokens_of(tokens, &spans[i]);
        if !matches!(spans[i].kind, EntityType::Org | EntityType::Loc | EntityType::Misc) || r.len() < 3 || spans[i + 1].kind != EntityType::Per {
            continue;
        }
        let last = r.end - 1;
        let t = &infos[last];
        // (The honorifics of professions too, which the title list lacks: المهندسة.)
        let honorific = in_list(t, &["المهندس", "المهندسه", "الدكتور", "الدكتوره", "الاستاذ", "الاستاذه"]);
        let title = tokens[last].kind == TokenKind::Word && t.stem == t.norm && t.norm.starts_with("ال") && (t.gaz.has(gazetteer::TITLE) || honorific) && !t.gaz.has(GIVEN | FAMILY);
        let next = tokens_of(tokens, &spans[i + 1]).start == r.end;
        if title && next {
            spans[i].end = tokens[last - 1].end;
        }
    }
    spans
}

/// Spokesmen, in `search` form (without proclitics): المتحدث باسم, الناطق باسم.
const SPOKESMEN: &[&str] = &["المتحدث", "المتحدثه", "متحدث", "متحدثه", "الناطق", "الناطقه", "ناطق", "ناطقه"];

/// Is the word at `k` باسم "in the name of" after a spokesman (المتحدث باسم الحكومة,
/// الناطق باسمها), with its pronoun if any, not the given name باسم or باسمة?
fn in_name_of(text: &str, tokens: &[Token], infos: &[TokInfo], k: usize) -> bool {
    k > 0
        && tokens[k].kind == TokenKind::Word
        && gazetteer::in_the_name_of(&infos[k].norm, &text[tokens[k].start..tokens[k].end])
        && tokens[k - 1].kind == TokenKind::Word
        && in_list(&infos[k - 1], SPOKESMEN)
}

/// ريف ("the countryside of") before a place names the place's countryside: the place
/// is the mention (ريف حلب, بريف إدلب الجنوبي: حلب, إدلب), as a reader marks it, not ريف
/// alone nor the whole as a body; a governorate named so is in the list of well-known
/// names whole (ريف دمشق) and stays.
fn countryside_of_places(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let covered = covered_tokens(tokens, &spans);
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        let r = tokens_of(tokens, &s);
        let countryside = !r.is_empty() && tokens[r.start].kind == TokenKind::Word && infos[r.start].stem == "ريف" && r.start + 1 < tokens.len() && tokens[r.start + 1].kind == TokenKind::Word;
        let place_next = countryside && infos[r.start + 1].stem == infos[r.start + 1].norm && infos[r.start + 1].gaz.has(CITY | REGION | COUNTRY);
        // (The list is looked up only for such a span, not for every span.)
        if !place_next || !is_model(s.kind) || super::known::lookup(&key_words(&text[s.start..s.end])).is_some() {
            out.push(s);
            continue;
        }
        // (The place itself, unless another mention already holds it: the longest place
        // of the lists the span holds after ريف, ريف دير الزور الشرقي → دير الزور, not
        // دير, a town of its own.)
        if r.len() >= 2 {
            let end = (r.start + 3..=r.end).rev().find(|&e| place_flags(infos, r.start + 1, e) != 0).unwrap_or(r.start + 2);
            out.extend(span_over(text, tokens, infos, r.start + 1, end, EntityType::Loc, s.score));
        } else if !covered[r.start + 1] {
            // (The tagger's ريف alone, the place after it left out, بريف إدلب: the place,
            // of one word or of the lists' two.)
            let last = (r.start + 3).min(tokens.len());
            let end = (r.start + 3..=last).rev().find(|&e| (r.start + 1..e).all(|k| !covered[k] && tokens[k].kind == TokenKind::Word) && place_flags(infos, r.start + 1, e) != 0).unwrap_or(r.start + 2);
            out.extend(span_over(text, tokens, infos, r.start + 1, end, EntityType::Loc, s.score));
        }
    }
    out
}

/// Step 3: types, and the edges that go with them (a natural feature's head, an
/// organization's purpose phrase, a thing named after a person).
fn retype(text: &str, tokens: &[Token], infos: &[TokInfo], sents: &[Range<usize>], trimmed: Vec<Span>) -> Vec<Span> {
    let person_keys: Vec<Vec<String>> = trimmed.iter().filter(|s| s.kind == EntityType::Per).map(|s| key_words(&text[s.start..s.end])).collect();
    let persons: HashSet<Vec<String>> = person_keys.iter().filter(|k| k.len() == 1).cloned().collect();
    // How often each person's name, and each last word of one, is tagged: counted once
    // here, not by a scan of every name for every name (quadratic on long texts).
    let mut key_count: HashMap<&[String], usize> = HashMap::new();
    let mut last_count: HashMap<&str, usize> = HashMap::new();
    for k in &person_keys {
        *key_count.entry(k.as_slice()).or_default() += 1;
        if let Some(w) = k.last() {
            *last_count.entry(w.as_str()).or_default() += 1;
        }
    }
    let mut fixed = Vec::with_capacity(trimmed.len());
    let starts: Vec<usize> = trimmed.iter().map(|s| s.start).collect();
    for (idx, mut s) in trimmed.into_iter().enumerate() {
        let r = tokens_of(tokens, &s);
        if !is_model(s.kind) || r.is_empty() {
            fixed.push(s);
            continue;
        }
        let any_head = infos[r.clone()].iter().any(|i| i.gaz.has(ORG_HEAD));
        // بحر إيجه, نهر النيل: a natural feature's head is part of its name, after a
        // proclitic too (لنهر النيجر, whose ل the span leaves out).
        // (A person's name after the head is the feature's or the town's: وادي موسى,
        // جبل موسى; not after a clitic, بنهر, nor with the article, الوادي.)
        let named_after_person = s.kind == EntityType::Per && r.len() <= 2 && r.start > 0 && tokens[r.start - 1].kind == TokenKind::Word && infos[r.start - 1].stem == infos[r.start - 1].norm && in_list(&infos[r.start - 1], FEATURES);
        // (An oil or gas field too, حقل ظهر, حقل خور مور, whatever the tagger took its
        // name for; حقل alone heads no name the tagger did not see: حقل التعليم.)
        let oil_field = r.start > 0 && r.len() <= 3 && tokens[r.start - 1].kind == TokenKind::Word && infos[r.start - 1].stem == "حقل" && infos[r.start - 1].norm == "حقل" && s.start == tokens[r.start].start;
        if (s.kind == EntityType::Loc || named_after_person) && r.start > 0 && in_list(&infos[r.start - 1], FEATURES) || oil_field {
            // (The tagger may have marked the head alone: نهر, then النيل.)
            let head = &tokens[r.start - 1];
            if fixed.last().is_some_and(|p: &Span| p.end > head.start && p.start >= head.start && p.end <= head.end) {
                fixed.pop();
            }
            let free = fixed.last().is_none_or(|p: &Span| p.end <= head.start);
            if let Some(m) = span_over(text, tokens, infos, r.start - 1, r.end, EntityType::Loc, s.score).filter(|_| free) {
                fixed.push(m);
                continue;
            }
        }
        // مصرف لبنان, بنك إنجلترا, جامعة القاهرة: a head of organization names without
        // the article, right before a place, names a body after the place (a canal
        // named after a place, قناة السويس, stays the place).
        if s.kind == EntityType::Loc && r.start > 0 && r.len() <= 3 {
            let head = r.start - 1;
            // (The tagger may have taken the head alone for a place it also names, بورصة
            // for Bursa before الدار البيضاء, after a clitic too, لبورصة: the head and the
            // place are the body.)
            let head_alone = fixed.last().is_some_and(|p: &Span| p.kind == EntityType::Loc && p.start >= tokens[head].start && p.end == tokens[head].end);
            let free = head_alone || fixed.last().is_none_or(|p: &Span| p.end <= tokens[head].start);
            if free && heads_body_before_place(tokens, infos, head) {
                if let Some(m) = span_over(text, tokens, infos, head, r.end, EntityType::Org, s.score) {
                    if head_alone {
                        fixed.pop();
                    }
                    fixed.push(m);
                    continue;
                }
            }
        }
        // A name right after a word that heads place names (العاصمة سانتياغو, ميناء
        // بيرايوس), or a report's dateline (سانتياغو (وكالة…) –), is a place.
        let after_place_head = r.start > 0 && infos[r.start - 1].gaz.has(gazetteer::LOC_HEAD) && tokens[r.start - 1].kind == TokenKind::Word;
        let dateline = is_dateline(text, tokens, r.start, r.end);
        if matches!(s.kind, EntityType::Org | EntityType::Misc) && !any_head && r.len() <= 2 && (after_place_head || dateline) && place_flags(infos, r.start, r.end) != 0 {
            s.kind = EntityType::Loc;
        }
        // (A village's, a town's or a city's name is a place whether or not the lists
        // know it: قرية ميت الكرماء, which the tagger took for a work. An organization
        // may be named so, مدينة الإنتاج الإعلامي, so only the tagger's MISC.)
        if s.kind == EntityType::Misc && !any_head && r.len() <= 2 && r.start > 0 && tokens[r.start - 1].kind == TokenKind::Word && in_list(&infos[r.start - 1], &["قريه", "بلده", "مدينه"]) {
            s.kind = EntityType::Loc;
        }
        if is_seat(infos, r.start, r.end) {
            s.kind = EntityType::Org;
        } else if matches!(s.kind, EntityType::Org | EntityType::Misc) && !any_head && place_flags(infos, r.start, r.end) & if r.len() >= 2 { COUNTRY | CITY | REGION } else { COUNTRY } != 0 {
            s.kind = EntityType::Loc;
        } else if matches!(s.kind, EntityType::Org | EntityType::Misc) && r.len() >= 2 && !any_head && infos[r.clone()].iter().all(|i| !i.stem.starts_with("ال")) {
            let last = key_words(&text[tokens[r.end - 1].start..tokens[r.end - 1].end]);
            if persons.contains(&last) {
                s.kind = EntityType::Per;
            }
        }
        // A person a stadium, an airport or a street is named after: with its head, the
        // place (ملعب محمد الخامس, مطار رفيق الحريري, شارع الحبيب بورقيبة).
        // (Also after a proclitic, بشارع عبد الخالق ثروت, which the span leaves out.)
        if s.kind == EntityType::Per && r.start > 0 && in_list(&infos[r.start - 1], FACILITY_HEADS) && tokens[r.start - 1].kind == TokenKind::Word {
            if let Some(m) = span_over(text, tokens, infos, r.start - 1, r.end, EntityType::Loc, s.score) {
                fixed.push(m);
                continue;
            }
        }
        // (An airport, a bridge, a crossing or a port with a royal title between, مطار
        // الملكة علياء, مطار الملك خالد, جسر الملك حسين, معبر الملك فهد, ميناء الملك
        // عبدالله: the head indefinite, in the construct state; the gold's convention
        // keeps the head of one named after a person.)
        // (An airport with a royal title between, مطار الملكة علياء, مطار الملك خالد:
        // the head indefinite, in the construct state. Not a stadium or a hall, where
        // ANERcorp marks the person after the title, ستاد الملك عبدالله, بقاعة الشيخ
        // عبدالله بن زيد, and the gold has no convention of its own.)
        if s.kind == EntityType::Per && r.start > 1 && tokens[r.start - 1].kind == TokenKind::Word && in_list(&infos[r.start - 1], super::heads::ROYAL_TITLES_OF_PLACES) && tokens[r.start - 2].kind == TokenKind::Word && in_list(&infos[r.start - 2], ROYAL_PLACE_HEADS) && !infos[r.start - 2].stem.starts_with("ال") {
            if let Some(m) = span_over(text, tokens, infos, r.start - 2, r.end, EntityType::Loc, s.score) {
                fixed.push(m);
                continue;
            }
        }
        // A person a school, a university or a hospital is named after, perhaps with a
        // title between (ثانوية الأمير عبد القادر, بثانوية مفدي زكرياء): with its
        // head, the institution. (An indefinite head: الجامعة before a name is the
        // subject of a sentence, أعلنت الجامعة محمد …, not a name.)
        if s.kind == EntityType::Per && r.start > 0 {
            let titled = r.start >= 2 && infos[r.start - 1].gaz.has(gazetteer::TITLE) && tokens[r.start - 1].kind == TokenKind::Word;
            let h = if titled { r.start - 2 } else { r.start - 1 };
            if tokens[h].kind == TokenKind::Word && in_list(&infos[h], INSTITUTION_HEADS) && !infos[h].stem.starts_with("ال") {
                if let Some(m) = span_over(text, tokens, infos, h, r.end, EntityType::Org, s.score) {
                    fixed.push(m);
                    continue;
                }
            }
        }
        // (The name may be a person's or a town's: مقياس بوفورت, جائزة دبي. A person
        // the text names elsewhere is the person whose theory or prize it is: نظرية
        // أينشتاين, جائزة زيدان.)
        let named_elsewhere = s.kind == EntityType::Per && {
            let k = key_words(&text[s.start..s.end]);
            let times = match k.as_slice() {
                [w] => last_count.get(w.as_str()),
                _ => key_count.get(k.as_slice()),
            };
            times.is_some_and(|&n| n >= 2)
        };
        // (The head may carry a proclitic the stem keeps, بجائزة: its key has none; a
        // title may stand between, جائزة الشيخ زايد للكتاب; a prize goes on with what it
        // is for and "international", جائزة مان بوكر الدولية.)
        let eponym_head = |k: usize| tokens[k].kind == TokenKind::Word && (in_list(&infos[k], EPONYM_HEADS) || one_of(EPONYM_HEADS, &infos[k].key) && !infos[k].stem.starts_with("ال"));
        let titled = r.start >= 2 && tokens[r.start - 1].kind == TokenKind::Word && infos[r.start - 1].gaz.has(gazetteer::TITLE) && eponym_head(r.start - 2);
        let h = if titled { r.start - 2 } else { r.start.saturating_sub(1) };
        if matches!(s.kind, EntityType::Per | EntityType::Loc) && !named_elsewhere && r.start > 0 && eponym_head(h) {
            let prize = ["جايزه", "جائزه"].contains(&infos[h].key.as_str());
            let mut e = r.end;
            if prize && e < tokens.len() && purpose_len(infos, e, tokens.len()) == 1 && !starts.contains(&tokens[e].start) {
                // (With the purpose's adjectives: جائزة الأندلس للرواية العربية.)
                e = adjectives_after(infos, e + 1, tokens.len());
            }
            if prize && e < tokens.len() && tokens[e].kind == TokenKind::Word && infos[e].stem == infos[e].norm && in_list(&infos[e], &["الدوليه", "العالميه"]) && !starts.contains(&tokens[e].start) {
                e += 1;
            }
            if let Some(mut m) = span_over(text, tokens, infos, h, e, EntityType::Misc, s.score) {
                // (A proclitic the stem kept, بجائزة, stays out: the key has none.)
                let w = &infos[h];
                if m.start == tokens[h].start && w.norm.len() > w.key.len() && w.norm.ends_with(w.key.as_str()) && one_of(EPONYM_HEADS, &w.key) {
                    m.start += text[tokens[h].start..].chars().next().map_or(0, char::len_utf8);
                }
                fixed.push(m);
                continue;
            }
        }
        // (A well-known name is whole: حزب الله, not حزب الله والحكومة.)
        if s.kind == EntityType::Org && infos[r.start].kind == TokenKind::Word && is_org_head(&infos[r.start]) && super::known::lookup(&key_words(&text[s.start..s.end])).is_none() {
            // Within the sentence, and before the next mention.
            let sent_end = sents.get(sents.partition_point(|x| x.end <= r.start)).map_or(r.end, |x| x.end);
            let next = starts.get(idx + 1).copied().unwrap_or(usize::MAX);
            let limit = sent_end.min(tokens.partition_point(|t| t.end <= next));
            let e = extend_organization(infos, &r, limit.max(r.end));
            if e > r.end {
                s.end = tokens[e - 1].end;
            }
        }
        // (A name never ends inside what it is for, between ل and a noun and the noun
        // it governs: بطولة العالم لألعاب القوى, not … لألعاب.)
        if matches!(s.kind, EntityType::Org | EntityType::Misc) && r.len() >= 2 && s.end == tokens[r.end - 1].end && tokens[r.end - 1].kind == TokenKind::Word && !infos[r.end - 1].norm.starts_with("لل") {
            let sent_end = sents.get(sents.partition_point(|x| x.end <= r.start)).map_or(r.end, |x| x.end);
            let next = starts.get(idx + 1).copied().unwrap_or(usize::MAX);
            let limit = sent_end.min(tokens.partition_point(|t| t.end <= next));
            if r.end < limit && purpose_len(infos, r.end - 1, limit) == 2 {
                s.end = tokens[r.end].end;
            }
        }
        // الرئيس البنمي: a definite adjective of a place after a definite noun.
        if r.len() == 1 && r.start > 0 {
            let (me, before) = (&infos[r.start], &infos[r.start - 1]);
            // (After a title, a person's family name that is no country's adjective:
            // الإمام الخميني, الشاعر الفردوسي.)
            let surname = s.kind == EntityType::Per && before.gaz.has(gazetteer::TITLE) && !country_adjective(gazetteer::bare(&me.norm));
            if me.gaz.has(NISBA) && me.stem.starts_with("ال") && before.kind == TokenKind::Word && before.stem.starts_with("ال") && !me.gaz.has(COUNTRY | CITY | REGION) && !surname {
                continue;
            }
        }
        // (Not a country the tagger found in brackets at the start of a line: سسكا موسكو
        // (روسيا), a club and its country, fed alone as one line.)
        let country = s.kind == EntityType::Loc && place_flags(infos, r.start, r.end) & (COUNTRY | REGION) != 0;
        if is_dateline_outlet(text, &s) && !country {
            s.kind = EntityType::Org;
        }
        fixed.push(s);
    }
    fixed
}

/// Is the span the outlet in a report's dateline, in brackets or quotes after the
/// place (جنيف (رويترز) -, جنيف - «الخليج»:)? An outlet is an organization, whatever
/// else its name means (الخليج, the gulf).
fn is_dateline_outlet(text: &str, s: &Span) -> bool {
    // A dateline is a line's first words: look back a little only (a long line is
    // never read again for each of its names).
    let mut from = s.start.saturating_sub(160);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..s.start];
    let line = match before.rfind('\n') {
        Some(i) => &before[i + 1..],
        None if from == 0 => before,
        None => return false,
    }
    .trim_end();
    let (place, close) = match (line.strip_suffix('«'), line.strip_suffix('('), line.strip_suffix('/'), line.strip_suffix('"')) {
        (Some(p), _, _, _) => (p, '»'),
        (_, Some(p), _, _) => (p, ')'),
        // (Between slashes after the place and its date: مسقط في 14 نوفمبر /العمانية/.)
        (_, _, Some(p), _) => (p, '/'),
        // (In straight quotes, as many outlets type them: بيروت – "النهار":.)
        (_, _, _, Some(p)) => (p, '"'),
        _ => return false,
    };
    let place = place.trim_end();
    // (Or a colon between the place and the paper's own name, the line's end after it:
    // أبوظبي: «الخليج».)
    let colon_before = matches!(close, '»' | '"') && place.ends_with(':');
    let place = place.strip_suffix(':').unwrap_or(place).trim_end();
    // (Papers printed in London and Beirut write the dash with tatweels: بيروت ــ «…».)
    let tatweels = place.trim_end_matches('\u{0640}');
    let tatweel_dash = place.len() - tatweels.len() >= 2 * '\u{0640}'.len_utf8() && tatweels.ends_with(char::is_whitespace);
    let dash_before = place.ends_with(['-', '–', '—']) || tatweel_dash;
    let place = if tatweel_dash { tatweels } else { place.strip_suffix(['-', '–', '—']).unwrap_or(place) }.trim_end();
    // (The place may be followed by the date: الرياض 14 جمادى الأولى 1447 هـ الموافق 5
    // نوفمبر 2025 م (واس), باريس 5 نوفمبر (أ ف ب).)
    // (A dash between the place and its date is neither: الرباط - 30-7-2026 (ومع).)
    let words: Vec<&str> = place.split_whitespace().filter(|w| !w.chars().all(|c| matches!(c, '-' | '–' | '—'))).collect();
    let dated = words.iter().position(|w| w.chars().any(|c| c.is_ascii_digit()));
    let (place_words, date_words) = words.split_at(dated.unwrap_or(words.len()));
    let date_ok = date_words.len() <= 12 && date_words.iter().all(|w| w.chars().all(|c| c.is_alphanumeric() || matches!(c, '/' | '-' | '.' | 'ـ')));
    let letters = |w: &&str| w.chars().all(|c| c.is_alphabetic() || ('\u{064B}'..='\u{065F}').contains(&c));
    let Some(after) = text[s.end..].trim_start().strip_prefix(close) else { return false };
    // A dash, a colon or a date sets the dateline off (جنيف - «الخليج»:, جنيف (رويترز) -,
    // الرياض 14 … (واس)): a line's first words before a quotation are a sentence (وقال
    // الوزير «لن نتراجع»).
    let line_ends = after.trim_start_matches([' ', '\t']).is_empty() || after.trim_start_matches([' ', '\t']).starts_with(['\n', '\r']);
    let after = after.trim_start();
    // (Straight quotes open and close alike: a colon or a dash after them, or a dash
    // before them, sets them off.)
    let set_off = (after.starts_with([':', '-', '–', '—']) || (matches!(close, '»' | '"') && dash_before) || !date_words.is_empty()) && (close != '/' || !date_words.is_empty())
        || colon_before && line_ends;
    set_off
        && !place_words.is_empty()
        && place_words.len() <= 3
        && place_words.iter().all(letters)
        && date_ok
}

/// A committee after the preposition ل (للجنة الانتخابات, للجنة التسوية, للجنة
/// الأولمبية الليبية), which the stemmer reads as ل + الجنة, "the paradise", so that
/// no head is seen: the name as [`organization_at`] finds it after لجنة, from the
/// word's second ل (the article's, or لجنة's own). Returns the end and the span's start.
fn committee_after_lam(text: &str, tokens: &[Token], infos: &[TokInfo], i: usize, end: usize) -> Option<(usize, usize)> {
    let t = &tokens[i];
    if t.kind != TokenKind::Word {
        return None;
    }
    let conj = if t.norm.starts_with(['و', 'ف']) { 1 } else { 0 };
    if t.norm.chars().skip(conj).collect::<String>() != "للجنه" {
        return None;
    }
    // (Only before a definite word, which makes the committee definite, and not before
    // a participle that describes it, للجنة المنظمة, "the organizing committee":
    // للجنة صباحا is "to the committee".)
    let next = infos.get(i + 1).filter(|_| i + 1 < end)?;
    if tokens[i + 1].kind != TokenKind::Word || !next.norm.starts_with("ال") || next.stem != next.norm || feminine_participle(infos, i + 1) {
        return None;
    }
    let mut window: Vec<TokInfo> = infos[i..end].to_vec();
    window[0].stem = "لجنه".to_string();
    window[0].norm = "لجنه".to_string();
    let mut b = i + organization_at(&window, 0, window.len())?;
    // ("Joint" after the name qualifies the committee, as [`adjectives_of_bodies`] has it
    // for a head the stemmer sees: للجنة العسكرية المشتركة.)
    if b < end && tokens[b].kind == TokenKind::Word && infos[b].stem == infos[b].norm && infos[b].norm == "المشتركه" {
        b += 1;
    }
    // (Not where a second field or adjective follows after و, which the name may hold
    // and the rule does not read: للجنة الأمن والسلامة العامة, للجنة السياسية والثقافية.
    // No span rather than half of one.)
    if b < end && tokens[b].kind == TokenKind::Word && infos[b].norm.starts_with("وال") {
        return None;
    }
    // (After the clitics' letters and their marks: وَللجنة.)
    let skip = after_letters(&text[t.start..t.end], conj + 1)?;
    Some((b, t.start + skip))
}

/// Step 4: names the tagger missed that their form shows.
fn add_missed(text: &str, tokens: &[Token], infos: &[TokInfo], sents: &[Range<usize>], mut fixed: Vec<Span>) -> Vec<Span> {
    let mut added = Vec::new();
    for range in sents {
        let mut i = range.start;
        while i < range.end {
            if let Some(b) = seat_at(infos, i, range.end) {
                added.extend(span_over(text, tokens, infos, i, b, EntityType::Org, 0.9));
                i = b;
                continue;
            }
            if let Some((b, start)) = seat_after_clitic(text, tokens, infos, i, range.end) {
                added.push(Span { start, end: tokens[b - 1].end, kind: EntityType::Org, score: 0.9 });
                i = b;
                continue;
            }
            if let Some(b) = feature_at(infos, i, range.end) {
                added.extend(span_over(text, tokens, infos, i, b, EntityType::Loc, 0.8));
                i = b;
                continue;
            }
            if let Some(b) = vision_at(tokens, infos, i, range.end) {
                added.extend(span_over(text, tokens, infos, i, b, EntityType::Misc, 0.8));
                i = b;
                continue;
            }
            if let Some(b) = law_at(text, tokens, infos, i, range.end).or_else(|| numbered_law_at(text, tokens, infos, i, range.end)) {
                added.extend(span_over(text, tokens, infos, i, b, EntityType::Misc, 0.7));
                i = b;
                continue;
            }
            if is_acronym(&text[tokens[i].start..tokens[i].end], &tokens[i]) {
                added.extend(span_over(text, tokens, infos, i, i + 1, EntityType::Org, 0.8));
            } else if let Some(b) = organization_at(infos, i, range.end) {
                added.extend(span_over(text, tokens, infos, i, b, EntityType::Org, 0.8));
                i = b;
                continue;
            } else if let Some((b, start)) = committee_after_lam(text, tokens, infos, i, range.end) {
                added.push(Span { start, end: tokens[b - 1].end, kind: EntityType::Org, score: 0.8 });
                i = b;
                continue;
            }
            i += 1;
        }
    }
    fixed.sort_by_key(|s| (s.start, s.end));
    let mut gone = vec![false; fixed.len()];
    let mut new = Vec::new();
    for mut a in added {
        // (The tagger's name that begins after the head, at its adjective or its aim, and
        // ends after the aim with a second one joined by و, says where the name ends: the
        // head is its, الشركة + التونسية للكهرباء والغاز, the company for electricity and
        // gas, which the aim alone would cut before والغاز.)
        let (lo, hi) = (fixed.partition_point(|s| s.end <= a.start), fixed.partition_point(|s| s.start < a.end));
        if hi == lo + 1 && a.kind == EntityType::Org && fixed[lo].kind == EntityType::Org && fixed[lo].start > a.start && fixed[lo].end > a.end {
            let (ra, rs) = (tokens_of(tokens, &a), tokens_of(tokens, &fixed[lo]));
            let aim = ra.clone().skip(1).any(|k| infos[k].norm.starts_with("لل"));
            let second = rs.end == ra.end + 1 && tokens[ra.end].kind == TokenKind::Word && infos[ra.end].norm.strip_prefix('و').is_some_and(|w| w.starts_with("ال") && w == infos[ra.end].stem) && !is_org_head(&infos[ra.end]) && !infos[ra.end].gaz.has(ORG_HEAD | gazetteer::TITLE | COUNTRY | CITY | REGION);
            if aim && second && fixed[lo].end.saturating_sub(a.end) <= tokens[ra.end].end - tokens[ra.end - 1].end {
                a.end = fixed[lo].end;
            }
        }
        // Free text, or the tagger's names inside it where they begin with it (معهد أسان
        // of معهد أسان للدراسات السياسية) or it says what the body is for (فوستوشني of
        // مركز فوستوشني للفضاء): the longer name wins. (The tagger's طالبان of حركة
        // طالبان stays.)
        // (`fixed` is sorted and without overlaps: the spans `a` overlaps are a range.)
        let lo = fixed.partition_point(|s| s.end <= a.start);
        let hi = fixed.partition_point(|s| s.start < a.end).max(lo);
        let overlapping = &fixed[lo..hi];
        let ra = tokens_of(tokens, &a);
        // (Or ل, two nouns in the construct state and the place that ends the name, over
        // the tagger's place: الاتحاد العام لنقابات عمال مصر.)
        let purpose = ra.clone().skip(2).any(|k| infos[k].norm.starts_with("لل") || k + 3 == ra.end && purpose_len(infos, k, ra.end) == 3);
        // The foreign name after the head, tagged as a person the text names nowhere
        // else (قوات فاغنر): the body's name. (إدارة ترامب stays Trump's where the text
        // names him alone too, or in full, دونالد ترامب: مكتب زيلينسكي after فولوديمير
        // زيلينسكي is the president's office.)
        let named_once = |s: &Span| s.kind == EntityType::Per && tokens_of(tokens, s).len() == 1 && {
            let k = key_words(&text[s.start..s.end]);
            fixed.iter().filter(|o| o.kind == EntityType::Per && key_words(&text[o.start..o.end]).last() == k.last()).count() == 1
        };
        let body_name = a.kind == EntityType::Org && overlapping.len() == 1 && overlapping[0].end == a.end
            && ra.len() == 2 && named_once(&overlapping[0]);
        // (Or the tagger's only mention inside is the country whose feminine adjective
        // ends a ministry's name, وزارة البيئة والمياه والزراعة السعودية, or the country
        // that ends a body's name in the construct state, جمعية مصارف لبنان.)
        // (Or a city: محكمة جنايات القاهرة.)
        let place_last = ra.len() == 3 && !infos[ra.start + 1].norm.starts_with("ال") && infos[ra.end - 1].gaz.has(COUNTRY | CITY);
        let country_last = a.kind == EntityType::Org && overlapping.len() == 1 && overlapping[0].kind == EntityType::Loc && overlapping[0].end == a.end && {
            let r = tokens_of(tokens, &overlapping[0]);
            // (Or any country's feminine adjective ending the body's name, which the tagger
            // read as the country where a comma came after it: وزارة الداخلية السعودية،
            // اليوم.)
            let feminine_adjective = infos[r.start].norm.starts_with("ال") && infos[r.start].norm.ends_with("يه");
            r.len() == 1 && (feminine_adjective && r.start > 0 && (infos[r.start - 1].norm.starts_with("وال") || country_adjective(&infos[r.start].norm)) || place_last)
        };
        // (Not over a well-known name of several words the tagger found whole, which
        // would then run on into an adjective: حزب الله اللبناني; nor over a body the
        // tagger found in what the new one would be for, which is that body's own:
        // الجهاز الفني للأهلي, the club's coaching staff.)
        let a_first = ra.start;
        let known_whole = overlapping.first().is_some_and(|s| {
            let k = key_words(&text[s.start..s.end]);
            let after = tokens_of(tokens, s).end;
            s.start == a.start && s.end < a.end && k.len() >= 2 && purpose_len(infos, after, tokens.len()) == 0 && super::known::lookup(&k).is_some()
        });
        // (But a body of a country, its adjective or name before what it is for, is a
        // national federation or council whose aim the tagger took alone: الاتحاد
        // الجزائري للشطرنج, اتحاد الإمارات للشطرنج.)
        let national = |k: usize| (a_first + 1..k).any(|j| infos[j].gaz.has(COUNTRY) || infos[j].stem.starts_with("ال") && gazetteer::place_adjective(&infos[j].stem) == Some(gazetteer::Nisba::Land));
        let body_in_purpose = overlapping.iter().any(|s| {
            let k = tokens_of(tokens, s).start;
            s.kind == EntityType::Org && k > a_first && (infos[k].norm.starts_with("لل") && !national(k) || k > a_first + 1 && infos[k - 1].norm.starts_with("لل"))
        });
        // (Or the tagger took the field of government alone that the body is named by
        // after its head: الكهرباء of شركة الكهرباء القطرية, of لشركة الكهرباء الوطنية.)
        let field_alone = a.kind == EntityType::Org && overlapping.len() == 1 && tokens_of(tokens, &overlapping[0]) == (ra.start + 1..ra.start + 2) && ra.len() >= 3 && in_list(&infos[ra.start + 1], GOV_FIELDS);
        // (Or the place a stock market is named by, سوق دبي المالي, which
        // [`organization_at`] takes only with what the market trades.)
        let market = a.kind == EntityType::Org && in_list(&infos[ra.start], &["سوق"]) && overlapping.iter().all(|s| s.kind == EntityType::Loc);
        // (Or the country a national plan is named by, رؤية عُمان 2040.)
        let vision = a.kind == EntityType::Misc && in_list(&infos[ra.start], &["رؤيه"]) && overlapping.iter().all(|s| s.kind == EntityType::Loc);
        // (Or a law's or a resolution's number and year, which the date rules read as a
        // date: القانون رقم 7 لسنة 2005.)
        let numbered = a.kind == EntityType::Misc && ra.clone().any(|k| tokens[k].kind == TokenKind::Number);
        let replaces = overlapping.iter().all(|s| s.start >= a.start && s.end <= a.end && (is_model(s.kind) || numbered && matches!(s.kind, EntityType::Date | EntityType::Quantity)))
            && !known_whole
            && !body_in_purpose
            && (purpose || body_name || country_last || field_alone || market || vision || overlapping.first().is_some_and(|s| s.start == a.start));
        // (Or the tagger's name over the same words with the proclitic the new one leaves
        // out: بداونينغ ستريت.)
        let clitic_kept = matches!(overlapping, [s] if is_model(s.kind) && s.start == tokens[ra.start].start && a.start > s.start && s.end == a.end);
        if overlapping.is_empty() || replaces || clitic_kept || numbered && overlapping.iter().all(|s| s.start >= a.start && s.end <= a.end && matches!(s.kind, EntityType::Date | EntityType::Quantity)) {
            gone[lo..hi].iter_mut().for_each(|g| *g = true);
            new.push(a);
        }
    }
    replace_marked(fixed, &gone, new)
}

/// A given name written with the article (الأخضر, الطاهر, the closed list of
/// [`gazetteer::DEFINITE_GIVEN`]) right before one word the tagger took for a place that
/// no place list knows (بوعلام, a Maghreb given or family name): the person's name,
/// الأخضر بوعلام.
fn definite_given_before_places(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Loc || !is_model(spans[k].kind) || r.start == 0 || tokens[r.end - 1].kind != TokenKind::Word {
            continue;
        }
        let given_at = |g: usize| tokens[g].kind == TokenKind::Word && infos[g].stem == infos[g].norm && one_of(gazetteer::DEFINITE_GIVEN, &infos[g].norm);
        let unlisted_at = |w: usize| place_flags(infos, w, w + 1) == 0 && !infos[w].gaz.has(gazetteer::WF_LOC) && infos[w].stem == infos[w].norm && !infos[w].stem.starts_with("ال");
        // (Or both words in the tagger's place: الطاهر بوزيان as one place.)
        if r.len() == 2 && given_at(r.start) && unlisted_at(r.start + 1) && place_flags(infos, r.start, r.end) == 0 {
            spans[k].kind = EntityType::Per;
            continue;
        }
        if r.len() != 1 {
            continue;
        }
        let g = r.start - 1;
        let free = k == 0 || spans[k - 1].end <= tokens[g].start;
        let given = given_at(g);
        let unlisted = unlisted_at(r.start);
        if free && given && unlisted {
            if let Some(m) = span_over(text, tokens, infos, g, r.end, EntityType::Per, spans[k].score) {
                spans[k] = m;
            }
        }
    }
    spans
}

/// Step 5: people the tagger found once and missed elsewhere in the same text: a given name
/// just before a person's name is part of it (أدريان واتسون), and a foreign surname of a
/// person the text names (شويغو of سيرغي شويغو) is that person wherever it stands alone.
fn people(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let mut covered = covered_tokens(tokens, &spans);
    // (The curated list, which holds no titles nor common nouns, is trusted where general
    // Arabic knows the word too, نادية; the larger list only for words it hardly knows.)
    let given = |i: &TokInfo| {
        i.kind == TokenKind::Word && i.stem == i.norm && !ordinary(i) && (i.gaz.has(GIVEN | gazetteer::GIVEN_BIG) && name_like(i) && !verb_like(i) || i.gaz.has(GIVEN) && !i.stem.starts_with("ال") && !verb_like(i) && !i.gaz.has(gazetteer::TITLE | ORG_HEAD | gazetteer::LOC_HEAD | COUNTRY | CITY | REGION))
    };
    // (على written with its ى is the preposition, not the name علي: ردا على لاريجاني.)
    // (Or a given name written with the article, الطيب حمدان, of the closed list.)
    let given = |k: usize| (given(&infos[k]) || infos[k].stem == infos[k].norm && one_of(gazetteer::DEFINITE_GIVEN, &infos[k].norm)) && !preposition_ala(text, &tokens[k], &infos[k]);
    allah_compounds(tokens, infos, &mut covered, &mut spans);
    let mut surnames: HashSet<String> = HashSet::new();
    let mut definite_surnames: HashSet<String> = HashSet::new();
    // (With the first letter each was written with: see [`same_hamza`].)
    let mut titled_surnames: HashMap<String, Vec<char>> = HashMap::new();
    let mut lam_surnames: HashSet<String> = HashSet::new();
    for s in spans.iter_mut().filter(|s| s.kind == EntityType::Per) {
        let mut r = tokens_of(tokens, s);
        if r.is_empty() {
            continue;
        }
        // A name never ends with a particle (هشام آيت منا, not هشام آيت), and after
        // بن X may come a family name with the article (عبد العزيز بن تركي الفيصل).
        while r.end < tokens.len() && !covered[r.end] && tokens[r.end].kind == TokenKind::Word && infos[r.end].stem == infos[r.end].norm {
            let (last, next) = (&infos[r.end - 1], &infos[r.end]);
            let particle = r.len() >= 2 && in_list(last, NAME_PARTICLES) && !in_list(next, NOT_AFTER_PARTICLE) && !next.gaz.has(gazetteer::SPEECH);
            // (So after a given name compounded with الله: عوض الله الأمين; not a title
            // that goes on, حسن نصر الله الأمين العام, nor a country's adjective.)
            let title_goes_on = next.gaz.has(gazetteer::TITLE) && infos.get(r.end + 1).is_some_and(|a| in_list(a, TITLE_QUALIFIERS));
            let after_allah = r.len() >= 2 && last.norm == "الله" && !title_goes_on && !country_adjective(gazetteer::bare(&next.norm));
            let family = (r.len() >= 3 && in_list(&infos[r.end - 2], &["بن", "ابن", "بنت"]) || after_allah)
                && next.norm.starts_with("ال")
                && chars(&next.norm) >= 5
                && !in_list(next, RELATIONAL)
                && !next.gaz.has(NISBA)
                && (next.gaz.has(FAMILY) || !ordinary(next));
            if !(particle || family) {
                break;
            }
            covered[r.end] = true;
            s.end = tokens[r.end].end;
            r.end += 1;
        }
        // A given name of the curated list alone, then a word that looks like a name
        // (general Arabic does not know it, or it is written with Persian letters) and
        // that no list holds as a place or a well-known name: the family name the tagger
        // left out (إسماعيل بقائی).
        if r.len() == 1 && r.end < tokens.len() && !covered[r.end] && infos[r.start].gaz.has(GIVEN) && infos[r.start].stem == infos[r.start].norm {
            let next = &infos[r.end];
            // (Written with Persian letters as outlets in Iran write names, بقائی, or with
            // a madda inside the word as Persian names are transliterated, قآني, قاآني.)
            let written = &text[tokens[r.end].start..tokens[r.end].end];
            let foreign_letters = written.contains(['ی', 'پ', 'چ', 'ژ', 'گ', 'ک']) || written.chars().skip(1).any(|c| c == 'آ');
            let family = tokens[r.end].kind == TokenKind::Word
                && next.stem == next.norm
                && (name_like(next) || foreign_letters)
                && !ordinary(next)
                // (Unknown to general Arabic, or written as above. Known words here are
                // mostly verbs and adverbs: يقام, شيئا.)
                && (next.gen[0] == 0 || foreign_letters)
                && chars(&next.norm) >= 4
                && !next.norm.starts_with("ال")
                && place_flags(infos, r.end, r.end + 1) == 0
                && super::known::lookup(&key_words(&text[tokens[r.end].start..tokens[r.end].end])).is_none()
                // (name_like already leaves out verbs, which take suffixes: يزور, أعلنت.)
                && !next.gaz.has(gazetteer::SPEECH | gazetteer::TITLE | ORG_HEAD | gazetteer::LOC_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY);
            if family {
                covered[r.end] = true;
                s.end = tokens[r.end].end;
                r.end += 1;
            }
        }
        if r.start > 0 && !covered[r.start - 1] && given(r.start - 1) && tokens[r.start - 1].end < s.start && !in_name_of(text, tokens, infos, r.start - 1) {
            s.start = tokens[r.start - 1].start;
            covered[r.start - 1] = true;
        }
        let last = &infos[r.end - 1];
        // (A family name whose first ل the clitic rule took for the preposition, لامي of
        // ديفيد لامي: the span holds the whole word; so does its lone mention.)
        let lam_kept = r.len() >= 2 && last.kind == TokenKind::Word && last.norm.strip_suffix(last.stem.as_str()) == Some("ل") && tokens[r.end - 1].start >= s.start && chars(&last.norm) >= 4;
        if lam_kept {
            lam_surnames.insert(last.norm.clone());
        }
        if last.kind == TokenKind::Word && name_like(last) && !ordinary(last) && chars(&last.stem) >= 4 {
            surnames.insert(super::link::key_words(&last.stem).concat());
        } else if r.len() >= 2 && last.kind == TokenKind::Word && last.stem == last.norm && !last.stem.starts_with("ال") && chars(&last.stem) >= 4 && last.gaz.has(FAMILY | gazetteer::FAMILY_BIG | gazetteer::NAME_TOKEN) {
            // A family name general Arabic also uses as a word (تبون): alone, the
            // person only right after a title (الرئيس تبون).
            let first = text[tokens[r.end - 1].start..tokens[r.end - 1].end].chars().next().unwrap_or(' ');
            titled_surnames.entry(last.stem.clone()).or_default().push(first);
        }
        // A family name that is also an adjective (رضا الغربي, الغربي: western).
        if r.len() >= 2 && last.kind == TokenKind::Word && last.stem == last.norm && definite_family_name(&last.stem) {
            definite_surnames.insert(last.stem.clone());
        }
    }
    if surnames.is_empty() && definite_surnames.is_empty() && titled_surnames.is_empty() && lam_surnames.is_empty() {
        return spans;
    }
    let mut added = Vec::new();
    // Whether a stem's key is a surname's, found once per stem (words repeat).
    let mut surname_stem: super::gazetteer::FastMap<&str, bool> = Default::default();
    for (k, t) in tokens.iter().enumerate() {
        if covered[k] || t.kind != TokenKind::Word {
            continue;
        }
        // An adjective with the article follows a definite noun (الساحل الغربي); after
        // a verb or at the start of a sentence (وأكد الغربي أن) it is the family name,
        // and so after إن, أن (إن العمراني «نجح…»), which a noun follows, never an
        // adjective.
        if definite_surnames.contains(&infos[k].stem) {
            let after_verb = k > 0 && !covered[k - 1] && tokens[k - 1].kind == TokenKind::Word && {
                let p = &infos[k - 1];
                in_list(p, VERBS_WITH_AL) || in_list(p, THAT) && infos[k].stem.ends_with('ي') || !p.stem.starts_with("ال") && (p.gaz.has(gazetteer::SPEECH) || verb_like(p))
            };
            // (Or after a noun of the people around a person in the construct state,
            // زملاء الطويهري, مدرب الغربي: an adjective with the article never follows
            // an indefinite noun.)
            let after_companion = k > 0 && !covered[k - 1] && tokens[k - 1].kind == TokenKind::Word && !infos[k - 1].stem.starts_with("ال") && in_list(&infos[k - 1], COMPANIONS);
            // (Not a title that goes on with its qualifier, the secretary-general: سئل
            // المتحدث باسم الأمين العام, where another report's person is فلان الأمين.)
            let title_goes_on = infos.get(k + 1).is_some_and(|a| !covered[k + 1] && in_list(a, TITLE_QUALIFIERS));
            if (after_verb || after_companion) && !title_goes_on {
                added.extend(span_over(text, tokens, infos, k, k + 1, EntityType::Per, 0.7));
            }
            continue;
        }
        if let Some(firsts) = titled_surnames.get(&infos[k].stem) {
            let titled = k > 0 && tokens[k - 1].kind == TokenKind::Word && infos[k - 1].gaz.has(gazetteer::TITLE) && infos[k - 1].stem.starts_with("ال");
            // Or the subject of a verb of saying, before what was said (قال تبون إن,
            // وأكد تبون: «…»): the word then stands where a name stands.
            let said = k > 0 && !covered[k - 1] && tokens[k - 1].kind == TokenKind::Word && infos[k - 1].gaz.has(gazetteer::SPEECH) && !infos[k - 1].stem.starts_with("ال")
                && tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Punct && matches!(t.norm.as_str(), ":" | "،" | ",") || t.kind == TokenKind::Word && matches!(infos[k + 1].norm.as_str(), "ان" | "انه" | "انها"));
            let first = text[t.start..t.end].chars().next().unwrap_or(' ');
            if (titled || said) && infos[k].stem == infos[k].norm && firsts.iter().any(|&f| same_hamza(f, first)) {
                added.extend(span_over(text, tokens, infos, k, k + 1, EntityType::Per, 0.7));
            }
            continue;
        }
        let lam = lam_surnames.contains(&infos[k].norm);
        // (A title is no surname, even where its key is one's: رئيس, الرئيس and the
        // footballer رييس share a key.)
        if infos[k].gaz.has(gazetteer::TITLE) || !lam && !*surname_stem.entry(&infos[k].stem).or_insert_with(|| surnames.contains(&super::link::key_words(&infos[k].stem).concat())) {
            continue;
        }
        // Not part of a longer name the tagger left out (a neighbour that is a name).
        let lone = |j: usize| covered[j] || !(name_like(&infos[j]) && infos[j].gaz.has(GIVEN | FAMILY | gazetteer::GIVEN_BIG | gazetteer::FAMILY_BIG));
        // (A given name right before it that no span holds: the person's whole name,
        // نادية بنسودة where the tagger saw only بنسودة, elsewhere.)
        let given_before = k > 0 && !lam && !covered[k - 1] && given(k - 1) && tokens[k - 1].end < t.start && !in_name_of(text, tokens, infos, k - 1);
        if given_before && (k + 1 >= tokens.len() || lone(k + 1)) {
            added.extend(span_over(text, tokens, infos, k - 1, k + 1, EntityType::Per, 0.7));
        } else if (k == 0 || lone(k - 1)) && (k + 1 >= tokens.len() || lone(k + 1)) {
            if lam {
                added.push(Span { start: t.start, end: t.end, kind: EntityType::Per, score: 0.7 });
            } else {
                added.extend(span_over(text, tokens, infos, k, k + 1, EntityType::Per, 0.7));
            }
        }
    }
    spans.extend(added);
    spans.sort_by_key(|s| (s.start, s.end));
    spans
}

/// First words of given names compounded with الله (عوض الله, فتح الله, جاد الله), in
/// `search` form: a closed set.
const BEFORE_ALLAH: &[&str] = &["عبد", "عوض", "فتح", "نصر", "جاد", "خير", "حسب", "عطا", "ضيف", "رزق", "فضل", "جار", "هبه", "حمد", "سعد", "عبيد", "نعمه", "مال", "جود", "حرز", "عطاء", "امان", "جاب", "خلف", "سيف", "ولي", "روح", "ذبيح", "هدايه"];

/// The tagger's mention that begins with الله (alone, or a person's name) right after the
/// first word of a compound given name (د. عوض الله الأمين, where it saw only الله or الله
/// الأمين): the person's name, from that word.
/// (الله after other words, رحمه الله, بسم الله, حزب الله, is left as it is.)
fn allah_compounds(tokens: &[Token], infos: &[TokInfo], covered: &mut [bool], spans: &mut [Span]) {
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if r.is_empty() || r.len() > 1 && s.kind != EntityType::Per || r.start == 0 || infos[r.start].norm != "الله" || covered[r.start - 1] || tokens[r.start - 1].kind != TokenKind::Word {
            continue;
        }
        let first = &infos[r.start - 1];
        if first.stem == first.norm && in_list(first, BEFORE_ALLAH) {
            s.start = tokens[r.start - 1].start;
            s.kind = EntityType::Per;
            covered[r.start - 1] = true;
        }
    }
}

/// A person the tagger ended at a curated given name right before a definite family
/// name of the lists (محمود + الأمين, whose الأمين is also "the secretary" and "the
/// trustworthy"): the family name is the person's. Not where the word and the next make
/// a title (الأمين العام), nor a country's or a city's adjective (محمد المصري stays as
/// the tagger has it), nor after a name that is also a month (رمضان المبارك).
fn definite_family_names(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Per || !(1..=2).contains(&r.len()) || r.end >= tokens.len() {
            continue;
        }
        // (Or ended at the second of two names, a given name and a father's name of the
        // lists: اللواء عمر بابكر + الأمين إلى ..., the family name is his too.)
        if r.len() == 2 {
            let (a, b) = (&infos[r.start], &infos[r.start + 1]);
            let two_names = tokens[r.start + 1].kind == TokenKind::Word
                && gaps::one_space(text, tokens[r.start].end, tokens[r.start + 1].start)
                && a.gaz.has(GIVEN)
                && a.stem == a.norm
                && !a.norm.starts_with("ال")
                && b.stem == b.norm
                && !b.norm.starts_with("ال")
                && b.gaz.has(GIVEN | FAMILY | gazetteer::GIVEN_BIG | gazetteer::FAMILY_BIG);
            if !two_names {
                continue;
            }
        }
        let (g, f) = (&infos[r.end - 1], &infos[r.end]);
        let free = spans.get(k + 1).is_none_or(|n| n.start >= tokens[r.end].end);
        // (Not إلى, whose letters begin as the article's do.)
        let title_phrase = infos.get(r.end + 1).is_some_and(|n| n.kind == TokenKind::Word && n.norm.starts_with("ال") && n.stem == n.norm && chars(&n.norm) >= 4 && !crate::function_words::is_function_word(&n.stem));
        let family = tokens[r.end].kind == TokenKind::Word
            && gaps::one_space(text, tokens[r.end - 1].end, tokens[r.end].start)
            && g.gaz.has(if r.len() == 1 { GIVEN } else { GIVEN | FAMILY | gazetteer::GIVEN_BIG | gazetteer::FAMILY_BIG })
            && !g.gaz.has(gazetteer::MONTH)
            && (r.start == 0 || infos[r.start - 1].stem != "شهر")
            && g.stem == g.norm
            && f.stem == f.norm
            && f.norm.starts_with("ال")
            && chars(&f.norm) >= 5
            && f.gaz.has(FAMILY)
            && !f.gaz.has(NISBA | COUNTRY | CITY | REGION)
            && !country_adjective(&f.norm)
            && !in_list(f, ORDINALS);
        if free && family && !title_phrase {
            spans[k].end = tokens[r.end].end;
        }
    }
    spans
}

/// A foreign person named right after a body's definite head, which describes him (المدير
/// التنفيذي للشركة راجيف ساكسينا), that the tagger cut into names of bodies or places
/// one word each: two or three words general Arabic does not know (or knows as names),
/// no list's place, body, title or head among them, after a definite head of bodies
/// that no mention holds, are one person.
fn people_after_described_heads(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let foreign = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && !infos[k].norm.starts_with("ال") && (infos[k].gen[0] == 0 || infos[k].gaz.has(gazetteer::NAME_TOKEN | GIVEN | gazetteer::GIVEN_BIG)) && name_like(&infos[k]) && place_flags(infos, k, k + 1) == 0 && !infos[k].gaz.has(ORG_HEAD | gazetteer::TITLE | gazetteer::LOC_HEAD);
    let mut gone = vec![false; spans.len()];
    let mut new = Vec::new();
    let mut i = 0;
    while i + 2 < tokens.len() {
        let h = &infos[i];
        if !(tokens[i].kind == TokenKind::Word && h.stem.starts_with("ال") && is_org_head(h) && foreign(i + 1) && foreign(i + 2)) {
            i += 1;
            continue;
        }
        let end = if foreign(i + 3) { i + 4 } else { i + 3 };
        let (a, b) = (tokens[i].start, tokens[end - 1].end);
        // (The words only in one-word names that are not people, each inside them.)
        let lo = spans.partition_point(|s| s.end <= a);
        let hi = spans.partition_point(|s| s.start < b);
        let pieces = &spans[lo..hi];
        let cut = pieces.len() >= 2 && pieces.iter().all(|s| s.start >= tokens[i + 1].start && s.end <= b && is_model(s.kind) && s.kind != EntityType::Per && tokens_of(tokens, s).len() == 1);
        if cut && (i + 1..end).all(|k| gaps::one_space(text, tokens[k - 1].end, tokens[k].start)) {
            gone[lo..hi].iter_mut().for_each(|g| *g = true);
            new.extend(span_over(text, tokens, infos, i + 1, end, EntityType::Per, pieces[0].score));
        }
        i = end;
    }
    replace_marked(spans, &gone, new)
}

/// A one-word "person" joined by a dash to a place before it, inside a sentence (خط
/// أنابيب كركوك - جيهان: the pipeline's two ends), is a place too: a person is not
/// joined to a place so, except after a dateline at the start of a line (غزة - محمد
/// سالم, a byline), which this leaves alone.
fn places_joined_by_dashes(text: &str, tokens: &[Token], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 1..spans.len() {
        let (p, s) = (&spans[k - 1], &spans[k]);
        let (rp, rs) = (tokens_of(tokens, p), tokens_of(tokens, s));
        let dash = text.get(p.end..s.start).is_some_and(|g| matches!(g.trim(), "-" | "–" | "—"));
        if p.kind == EntityType::Loc && s.kind == EntityType::Per && rs.len() == 1 && dash && !begins_line(text, tokens, rp.start) {
            spans[k].kind = EntityType::Loc;
        }
    }
    spans
}

/// A person named by a kunya with أم, "mother of" (قالت أم محمد), which the tagger
/// found as the child's name alone: the kunya is the person's name (as أبو is in
/// theirs). Not where أم stands between two people as "or" (هل قال زيد أم محمد).
fn mothers_kunyas(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Per || r.start == 0 || !infos[r.start].gaz.has(GIVEN) {
            continue;
        }
        let m = r.start - 1;
        let mother = tokens[m].kind == TokenKind::Word && infos[m].norm == "ام" && gaps::one_space(text, tokens[m].end, tokens[r.start].start);
        let or_between = k > 0 && spans[k - 1].kind == EntityType::Per && m > 0 && tokens_of(tokens, &spans[k - 1]).end == m;
        let free = k == 0 || spans[k - 1].end <= tokens[m].start;
        if mother && !or_between && free {
            spans[k].start = tokens[m].start;
        }
    }
    spans
}

/// Particles that begin European family names (van, von, de, der, del, da, du), in
/// `search` form.
const SURNAME_PARTICLES: &[&str] = &["فان", "فون", "دي", "دير", "ديل", "دا", "دو"];

/// Latin initials spelled in Arabic letters that are no Arabic word (J., K., H., W., A.:
/// جيه دي فانس), in `search` form.
const SPELLED_INITIALS: &[&str] = &["جيه", "كيه", "اتش", "دبليو", "ايه"];

/// A person whose name the tagger began at a European particle (فان دير بيرغ of الهولندية
/// ماريكه فان دير بيرغ): a family name with a particle follows a given name, so a word
/// right before it that looks like a name (general Arabic does not know it, no clitic,
/// no article, no title, place or nationality) is the given name.
fn given_names_before_particles(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Per || r.len() < 2 || r.start == 0 || !in_list(&infos[r.start], SURNAME_PARTICLES) || infos[r.start].stem != infos[r.start].norm {
            continue;
        }
        // (Over the name's other particles first: آنيكه فان of دير لاند.)
        let mut g = r.start - 1;
        while g > 0 && tokens[g].kind == TokenKind::Word && in_list(&infos[g], SURNAME_PARTICLES) && infos[g].stem == infos[g].norm && gaps::one_space(text, tokens[g].end, tokens[g + 1].start) {
            g -= 1;
        }
        let w = &infos[g];
        let free = k == 0 || spans[k - 1].end <= tokens[g].start;
        let given = tokens[g].kind == TokenKind::Word
            && gaps::one_space(text, tokens[g].end, tokens[g + 1].start)
            && w.stem == w.norm
            // (The article as written: إلزه folds to الزه but has none.)
            && !text[tokens[g].start..tokens[g].end].starts_with("ال")
            && (name_like(w) && !ordinary(w) || one_of(SPELLED_INITIALS, &w.norm))
            && !in_list(w, SURNAME_PARTICLES)
            // (Not a known word behind a conjunction the lexicon left on: وقالت.)
            && !w.norm.strip_prefix(['و', 'ف']).is_some_and(|rest| super::general_freq::buckets(rest)[0] >= 3)
            && !w.gaz.has(gazetteer::TITLE | COUNTRY | CITY | REGION | NISBA | ORG_HEAD | gazetteer::LOC_HEAD);
        if free && given {
            spans[k].start = tokens[g].start;
        } else if g + 1 < r.start && (k == 0 || spans[k - 1].end <= tokens[g + 1].start) {
            // (The particles alone, after a word that is no given name: الهولندية فان دير لاند.)
            spans[k].start = tokens[g + 1].start;
        }
    }
    spans
}

/// Words that introduce the name a person goes by ("called", "one named"), in `search`
/// form: يدعى, تدعى, المدعو, المدعوة (يدّعي, "claims", is written alike: see below).
const NAMED_AS: &[&str] = &["يدعي", "تدعي", "المدعو", "المدعوه"];

/// Kinds and things that are called by a name (نوعية تدعى, مادة تدعى), in `search` form.
const CALLED_THINGS: &[&str] = &[
    "نوع", "نوعيه", "صنف", "سلاله", "فصيله", "ماده", "مركب", "جهاز", "مرض", "تقنيه", "طريقه", "نبته", "شجره", "عمليه", "منطقه", "قريه", "مدينه",
];

/// A person the tagger missed after "called" (لموظف يدعى "سنب نفر", وصاحبها ويدعى
/// خنوم حتب كان): the words in quote marks, or up to three words without clitics, none
/// a verb or definite, the first a name by its letters (not يدّعي وجود, "claims the
/// existence").
fn people_named_as(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut added = Vec::new();
    for i in 0..tokens.len() {
        if tokens[i].kind != TokenKind::Word || !one_of(NAMED_AS, &infos[i].stem) {
            continue;
        }
        // (Not the fourth of a list of kinds, أما الرابع فيدعى …, nor a kind or a thing,
        // نوعية تدعى …: a thing's name.)
        if i > 0 && tokens[i - 1].kind == TokenKind::Word && (one_of(ORDINALS, &infos[i - 1].stem) || in_list(&infos[i - 1], CALLED_THINGS)) {
            continue;
        }
        let quoted = tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Punct && t.norm == "\"");
        let a = if quoted { i + 2 } else { i + 1 };
        // (Nor a particle or كان, which general Arabic's counts do not tell from a verb.)
        let particle = |k: usize| one_of(NOT_LAST, &infos[k].norm) || matches!(infos[k].norm.as_str(), "كان" | "كانت" | "وهو" | "وهي" | "هو" | "هي");
        // (In quote marks a first letter that looks like a proclitic is the name's:
        // يدعى "بتاح نفر".)
        // (After the first word, a word of the lists of people's names is the name's even
        // where it looks like a verb: نخت أمون.)
        let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && (quoted || infos[k].stem == infos[k].norm && (!verb_like(&infos[k]) || k > a && infos[k].gaz.has(gazetteer::NAME_TOKEN))) && !infos[k].norm.starts_with("ال") && !particle(k) && !infos[k].gaz.has(gazetteer::SPEECH);
        let mut b = a;
        while b < a + 3 && word(b) {
            b += 1;
        }
        // (Not what is said of the person after the name: an ordinary word in the
        // accusative, ويدعى خنوم حتب كاهنا.)
        while !quoted && b > a + 1 && ordinary(&infos[b - 1]) && infos[b - 1].norm.ends_with('ا') {
            b -= 1;
        }
        if b == a {
            continue;
        }
        let closed = tokens.get(b).is_some_and(|t| t.kind == TokenKind::Punct && t.norm == "\"");
        // (A thing is called so too: قطب يدعى "اتجاه", a pole called "direction"; a
        // person's name begins with a word general Arabic does not use.)
        let name = (!quoted || closed) && !ordinary(&infos[a]) && (quoted || name_like(&infos[a])) && !matches!(infos[a].norm.as_str(), "ان" | "انه" | "انها");
        // (Where no mention is, or over the tagger's piece of the name: نخت of نخت أمون.)
        let lo = spans.partition_point(|s| s.end <= tokens[a].start);
        let hi = spans.partition_point(|s| s.start < tokens[b - 1].end).max(lo);
        let inside = spans[lo..hi].iter().all(|s| is_model(s.kind) && s.start >= tokens[a].start && s.end <= tokens[b - 1].end);
        if name && inside {
            added.extend(span_over(text, tokens, infos, a, b, EntityType::Per, 0.6));
        }
    }
    replacing_overlapped(spans, added)
}

/// A person the tagger missed, named by a given name and a kunya (وسام أبو علي, محمد أبو
/// زيد): a given name of the curated list, أبو and a given name of the lists, where no
/// mention is. (أبو after a given name is no "father" of a phrase; علي written على there is
/// the name, as Egyptian outlets write every final ي.)
/// So too a given name right before the tagger's person that begins with أبو (رائد +
/// أبو السعود, a family name of that form): the person's given name.
fn kunya_names(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let mut added = Vec::new();
    for k in 0..tokens.len().saturating_sub(2) {
        let word = |j: usize| tokens[j].kind == TokenKind::Word;
        if !(word(k) && word(k + 1) && word(k + 2)) || infos[k + 1].norm != "ابو" {
            continue;
        }
        let (first, kunya) = (&infos[k], &infos[k + 2]);
        let given = first.stem == first.norm && first.gaz.has(GIVEN) && !first.gaz.has(gazetteer::TITLE | ORG_HEAD | COUNTRY | CITY) && !verb_like(first);
        let name = kunya.stem == kunya.norm && (kunya.gaz.has(GIVEN | gazetteer::GIVEN_BIG) || kunya.norm == "علي") && !kunya.norm.starts_with("ال");
        let (a, b) = (tokens[k].start, tokens[k + 2].end);
        let lo = spans.partition_point(|s| s.end <= a);
        // (Or where the tagger found أبو alone, which names no one.)
        let hi = spans.partition_point(|s| s.start < b).max(lo);
        let abu_alone = |s: &Span| s.start == tokens[k + 1].start && s.end == tokens[k + 1].end && is_model(s.kind);
        if given && name && spans[lo..hi].iter().all(abu_alone) {
            added.extend(span_over(text, tokens, infos, k, k + 3, EntityType::Per, 0.6));
        } else if given && spans.get(lo).is_some_and(|s| s.start == tokens[k + 1].start && s.kind == EntityType::Per) {
            spans[lo].start = tokens[k].start;
        }
    }
    replacing_overlapped(spans, added)
}

/// Do two first letters allow one word? The search form folds أ, إ and آ into ا, but
/// a writer who puts a hamza puts the same one on the same name: أمام ("before") is not
/// the family name إمام of the byline (الوزير أمام لجنة النقل). A bare ا, which many
/// outlets write for every hamza, agrees with all.
fn same_hamza(a: char, b: char) -> bool {
    let seated = |c: char| matches!(c, 'أ' | 'إ' | 'آ');
    a == b || !seated(a) || !seated(b)
}

/// Step 5a: a given name that begins with ل, which the clitic rule read as the
/// preposition because what is left is a commoner word (لبنى: ل + بنى, "built"): where
/// the whole word is a given name of the name lists and a family name follows in the span (لبنى الفاسي), the name is the person's whole, from
/// its ل (the tagger, which saw بنى, may have called it a body).
fn given_names_with_lam(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if !matches!(s.kind, EntityType::Per | EntityType::Org) || r.len() != 2 || tokens[r.start].kind != TokenKind::Word || tokens[r.start + 1].kind != TokenKind::Word {
            continue;
        }
        let (w, family) = (&infos[r.start], &infos[r.start + 1]);
        let given = |k: &str| gazetteer::word_flags(k) & (GIVEN | gazetteer::GIVEN_BIG) != 0;
        let lam = w.norm.strip_suffix(w.stem.as_str()) == Some("ل");
        let family_name = family.gaz.has(FAMILY | gazetteer::FAMILY_BIG) || family.norm.starts_with("ال") && family.norm.ends_with('ي') && family.stem == family.norm;
        if lam && s.start > tokens[r.start].start && given(&w.norm) && family_name {
            s.start = tokens[r.start].start;
            s.kind = EntityType::Per;
        }
    }
    spans
}

/// Step 5a too: a person the tagger began with the preposition ل that the stemmer left
/// on a foreign given name general Arabic does not know (خلفا لكريستيان جروس): where the
/// word without ل is a given name or a name's word of the lists and the whole word is
/// none (لبنى is a name whole), the person begins after ل, as the gold's convention on
/// ل before a name without the article has it.
fn lam_before_listed_given_names(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut().filter(|s| s.kind == EntityType::Per) {
        let r = tokens_of(tokens, s);
        if r.len() < 2 || tokens[r.start].kind != TokenKind::Word || tokens[r.start].start != s.start {
            continue;
        }
        let w = &infos[r.start];
        let Some(rest) = w.norm.strip_prefix('ل') else { continue };
        let names = GIVEN | gazetteer::GIVEN_BIG | gazetteer::NAME_TOKEN;
        let bare = w.stem == w.norm && chars(rest) >= 4 && !rest.starts_with('ل') && !rest.starts_with("ا");
        if bare && gazetteer::word_flags(rest) & names != 0 && w.gaz.0 & (names | FAMILY | gazetteer::FAMILY_BIG) == 0 {
            if let Some(b) = after_letters(&text[s.start..tokens[r.start].end], 1) {
                s.start += b;
            }
        }
    }
    spans
}

/// Step 5a too: a given name after the preposition ل right before a person the tagger
/// began with a second given name (see the comment inside).
fn given_names_after_lam(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    // A given name after the preposition ل right before a person the tagger began with
    // a second given name (هدف لعلي رضا سبهري, شكرا لمحمد جواد ظريف): the compound given
    // name's first word, the span from after the ل. (لعلي alone is also "perhaps I";
    // before two given names it is the name.)
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if s.kind != EntityType::Per || r.len() < 2 || r.start == 0 || s.start != tokens[r.start].start {
            continue;
        }
        let (p, first) = (&infos[r.start - 1], &infos[r.start]);
        let lam = tokens[r.start - 1].kind == TokenKind::Word && p.norm.strip_suffix(p.stem.as_str()) == Some("ل");
        let given = |w: &TokInfo| w.stem == w.norm && w.gaz.has(GIVEN) && !w.stem.starts_with("ال");
        let gap = gaps::only_spaces(text, tokens[r.start - 1].end, tokens[r.start].start);
        if lam && gap && p.gaz.has(GIVEN) && !p.stem.starts_with("ال") && given(first) {
            let w = &text[tokens[r.start - 1].start..tokens[r.start - 1].end];
            if let Some((b, _)) = w.char_indices().skip(1).find(|&(_, c)| !('\u{064B}'..='\u{065F}').contains(&c)) {
                s.start = tokens[r.start - 1].start + b;
            }
        }
    }
    spans
}

/// Nouns of the people around a person, whose name follows them in the construct state
/// (زملاء الطويهري, مدرب الغربي, محامي العمراني), in `search` form.
const COMPANIONS: &[&str] = &["زملاء", "زميل", "رفاق", "رفيق", "مدرب", "محامي", "نجل", "شقيق", "شقيقه", "والد", "والده", "عائله", "اسره"];

/// Verbs that begin with the letters of the article (والتقى الصفدي, التحق, التزم), in
/// `search` form: they are no definite noun that an adjective would follow.
const VERBS_WITH_AL: &[&str] = &["التقي", "التقت", "التقيا", "التحق", "التحقت", "التزم", "التزمت", "التمس", "التمست"];

/// Military ranks with the article, in `search` form, which the title list lacks or the
/// name lists also hold (عماد).
const MILITARY_RANKS: &[&str] = &["العماد", "المشير", "الفريق", "الاميرال", "الادميرال", "الجنرال", "العقيد", "العميد", "اللواء", "المقدم", "الرائد"];

/// Step 5b: one word with the article tagged a person right before a person's name
/// is a rank or title the lists lack (الأدميرال علي رضا تنكسيري, المشير فلان): a
/// person's name does not begin with the article, except a given name written with it.
fn ranks_before_people(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let rank = |k: usize, s: &Span| {
        let r = tokens_of(tokens, s);
        let w = &infos[r.start];
        s.kind == EntityType::Per && r.len() == 1 && w.stem == w.norm && w.stem.starts_with("ال") && !w.gaz.has(GIVEN | gazetteer::GIVEN_BIG)
            && spans.get(k + 1).is_some_and(|n| n.kind == EntityType::Per && gaps::only_whitespace(text, s.end, n.start))
    };
    let drop: Vec<bool> = spans.iter().enumerate().map(|(k, s)| rank(k, s)).collect();
    spans
        .into_iter()
        .zip(drop)
        .filter(|(_, d)| !d)
        .map(|(mut s, _)| {
            // (Or a military rank inside the person's span, before a given name of the
            // lists, or a foreign one general Arabic does not know, and a family name:
            // العماد جوزاف عون. The lists know عماد as a given name, so only the ranks.)
            let r = tokens_of(tokens, &s);
            let (w, g) = (&infos[r.start], infos.get(r.start + 1));
            // (A rank borrowed from a European language, الأدميرال, الجنرال, is never a
            // given name: before any given name, جيمز of الأدميرال جيمز هارتوِل too.)
            let borrowed = in_list(w, &["الاميرال", "الادميرال", "الجنرال"]);
            let inside = s.kind == EntityType::Per && r.len() >= 3 && w.stem == w.norm && in_list(w, MILITARY_RANKS)
                && g.is_some_and(|g| (borrowed || g.gaz.has(GIVEN | gazetteer::GIVEN_BIG) || g.gen[0] == 0 && name_like(g)) && g.stem == g.norm && !g.stem.starts_with("ال"));
            // (Or a rank before a family name alone, العميد الصيعري, العقيد القذافي: no
            // name begins with a rank.)
            let before_one = s.kind == EntityType::Per && r.len() == 2 && w.stem == w.norm && in_list(w, MILITARY_RANKS)
                && g.is_some_and(|g| g.stem == g.norm && !in_list(g, MILITARY_RANKS) && !g.gaz.has(gazetteer::TITLE));
            if inside || before_one {
                s.start = tokens[r.start + 1].start;
            }
            s
        })
        .collect()
}

/// Words that qualify a definite title before its body's name (الأمين العام للحزب, المدير
/// التنفيذي للشركة), `search` form.
const TITLE_QUALIFIERS: &[&str] = &["العام", "العامه", "التنفيذي", "التنفيذيه", "المساعد", "المساعده"];

/// A government named after the one who heads it (حكومة نتنياهو, متهما حكومة الدبيبة):
/// the word after حكومة that looks like a foreign name or a family's (general Arabic
/// does not know it), and is no place, body, title or well-known name, is that person,
/// as ANERcorp marks حكومة نوري المالكي. Only where no mention is.
fn people_heading_governments(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let (h, w) = (&infos[i], &infos[i + 1]);
        if tokens[i].kind != TokenKind::Word || tokens[i + 1].kind != TokenKind::Word || h.stem != "حكومه" || w.stem != w.norm {
            continue;
        }
        // (By binary search: the spans are sorted and do not overlap.)
        let free = spans.get(spans.partition_point(|s| s.end <= tokens[i].start)).is_none_or(|s| s.start >= tokens[i + 1].end);
        let named = w.gen[0] == 0
            && chars(&w.norm) >= 4
            && place_flags(infos, i + 1, i + 2) == 0
            && !known_name(infos, i + 1..i + 2)
            && !w.gaz.has(ORG_HEAD | gazetteer::LOC_HEAD | gazetteer::TITLE | NISBA | gazetteer::MONTH | gazetteer::WEEKDAY | gazetteer::SPEECH);
        if free && named {
            found.extend(span_over(text, tokens, infos, i + 1, i + 2, EntityType::Per, 0.6));
        }
    }
    if found.is_empty() {
        return spans;
    }
    spans.extend(found);
    spans.sort_by_key(|s| (s.start, s.end));
    spans
}

/// A past verb that is also a given name (أشرف, "supervised"; يزيد) opening a clause
/// whose subject is a titled person (أشرف الوزير الأول نذير العرباوي على تدشين…): the
/// tagger took the verb for a name. A word alone of the tagger's, without the article,
/// first of its clause, right before a definite title whose person's name follows within four words, is the
/// verb: Arabic puts the title before the name, so no person named so stands there (one
/// in apposition is set off by a comma: أشرف، الموظف…).
fn verbs_before_titled_subjects(tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let person_at = |k: usize| spans.binary_search_by_key(&tokens[k].start, |s| s.start).is_ok_and(|x| spans[x].kind == EntityType::Per);
    let verb = |s: &Span| {
        let r = tokens_of(tokens, s);
        let t = r.end;
        let title = word(t) && infos[t].gaz.has(gazetteer::TITLE) && infos[t].stem.starts_with("ال") && infos[t].stem == infos[t].norm;
        let person_follows = (t + 1..t + 5).take_while(|&k| word(k)).any(person_at);
        // (First of its clause: a name after a verb, يلتقي أنان الرئيس السوري بشار
        // الأسد, is its subject, the titled person its object.)
        let first = r.start == 0 || tokens[r.start - 1].kind != TokenKind::Word;
        matches!(s.kind, EntityType::Per | EntityType::Org | EntityType::Misc) && r.len() == 1 && first && !infos[r.start].norm.starts_with("ال") && title && person_follows
    };
    let gone: Vec<bool> = spans.iter().map(verb).collect();
    spans.into_iter().zip(gone).filter(|(_, g)| !g).map(|(s, _)| s).collect()
}

/// Step 5d: a foreign person the tagger missed after a title and what the title is of
/// (وزير المياه والطاقة تسفايي بكلي, المدير العام للهيئة صامويل كيبتو): two or three
/// words that look like a name's (general Arabic writes them without the article, or
/// not at all), one of them at least unknown to general Arabic and the lexicon, and
/// none a place, head, title or nisba. A title's complement is up to four definite words,
/// words in لل and words with the article after و; the names come right after it.
/// Only where no mention is.
fn foreign_people_after_titles(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let covered = covered_tokens(tokens, &spans);
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && !covered[k];
    let not_a_name = ORG_HEAD | gazetteer::LOC_HEAD | gazetteer::TITLE | COUNTRY | CITY | REGION | gazetteer::SPEECH | gazetteer::MONTH | gazetteer::WEEKDAY | NISBA;
    // (A word whose first letter the clitic rules cut, بكلي, is a name's whole where
    // neither general Arabic nor the lexicon knows the whole.)
    let foreign = |k: usize| {
        if !word(k) {
            return false;
        }
        let w = &infos[k];
        let whole_unknown = super::general_freq::buckets(&w.norm)[0] == 0 && crate::lexicon::count(&w.norm) == 0;
        let looks = if w.stem == w.norm { name_like(w) && !ordinary(w) } else { whole_unknown && chars(&w.norm) >= 4 };
        // (Not a short function word, كما, nor a word with a pronoun: أحدهما, إجرائه;
        // nor an accusative noun, اتصالا تليفونيا, whose form without its alef general
        // Arabic knows.)
        let pronoun = ["هما", "هم", "ها", "كما", "ه"].iter().any(|p| w.norm.ends_with(p));
        // (Nor a dual, اتصالين هاتفيين, whose singular general Arabic knows well.)
        let accusative = w.norm.strip_suffix('ا').is_some_and(|bare| super::general_freq::buckets(bare)[0] >= 2)
            || w.norm.strip_suffix("ين").is_some_and(|bare| chars(bare) >= 3 && super::general_freq::buckets(bare)[0] >= 3);
        let pronoun = pronoun || accusative;
        word(k) && looks && chars(&w.norm) >= 4 && !pronoun && !w.norm.starts_with("ال") && !w.gaz.has(not_a_name) && place_flags(infos, k, k + 1) == 0
    };
    let unknown = |k: usize| super::general_freq::buckets(&infos[k].norm)[0] == 0 && crate::lexicon::count(&infos[k].norm) == 0;
    let complement = |k: usize| {
        let w = &infos[k];
        word(k) && (w.norm.starts_with("ال") && w.stem == w.norm || w.norm.starts_with("لل") || w.norm.starts_with("وال") || in_list(w, TITLE_ADJECTIVES)) && !w.gaz.has(COUNTRY | CITY)
    };
    let mut added = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // (Or "headed by", برئاسة, بقيادة: وفد برئاسة أكينوومي أديسينا.)
        let headed_by = word(i) && matches!(infos[i].norm.as_str(), "برئاسه" | "وبرئاسه" | "بقياده" | "وبقياده");
        // (A spokesman's title goes on with باسم and the body, which may be a mention:
        // المتحدث باسم الخارجية الباكستانية شفقت على نقوى.)
        let spokesman = word(i) && word(i + 1) && infos[i + 1].norm == "باسم" && in_list(&infos[i], &["المتحدث", "المتحدثه", "الناطق", "الناطقه"]);
        if !(word(i) && infos[i].gaz.has(gazetteer::TITLE) || headed_by || spokesman) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if spokesman {
            j += 1;
            // (The text may end at باسم.)
            if let Some(s) = tokens.get(j).and_then(|t| spans.iter().find(|s| s.kind == EntityType::Org && s.start == t.start)) {
                j = tokens.partition_point(|t| t.start < s.end);
            }
        }
        while j < tokens.len() && j <= i + 5 && complement(j) {
            j += 1;
        }
        // (A given name unknown to general Arabic and a family name with the Egyptian
        // على for علي between them: the slot after the title is the name's, and على
        // does not follow an unknown word there as a preposition. The family name may
        // be a word general Arabic knows too, نقوى.)
        let family_after_ala = |k: usize| {
            word(k) && {
                let w = &infos[k];
                !w.norm.starts_with("ال") && !w.norm.starts_with('و') && chars(&w.norm) >= 4 && !w.gaz.has(not_a_name) && !verb_like(w) && !crate::function_words::is_function_word(&w.stem)
            }
        };
        let ala_between = j + 2 < tokens.len() && tokens[j + 1].kind == TokenKind::Word && !covered[j + 1] && preposition_ala(text, &tokens[j + 1], &infos[j + 1]) && foreign(j) && unknown(j) && (foreign(j + 2) || family_after_ala(j + 2));
        if j > i + 1 + spokesman as usize && ala_between {
            added.extend(span_over(text, tokens, infos, j, j + 3, EntityType::Per, 0.5));
            i = j + 3;
            continue;
        }
        if foreign(j) && foreign(j + 1) && (unknown(j) || unknown(j + 1)) {
            let end = if foreign(j + 2) && unknown(j + 2) { j + 3 } else { j + 2 };
            added.extend(span_over(text, tokens, infos, j, end, EntityType::Per, 0.5));
            i = end;
            continue;
        }
        i += 1;
    }
    with_added(spans, added)
}

/// Words that qualify a title before the name (الوزير الأول, رئيس الوزراء المكلف).
const TITLE_ADJECTIVES: &[&str] = &["الاول", "الاولي", "المكلف", "المكلفه", "المنتدب", "الانتقالي", "الانتقاليه", "السابق", "السابقه", "الجديد", "الجديده"];

/// Roles before a person's name that the gazetteer's titles lack (its titles are the
/// tagger's features, so they stay as trained), definite, in `search` form: professions
/// and the feminine of titles (الناشطة نادية خضر, الصحفي سامر الحلبي).
const ROLES: &[&str] = &[
    "الناشط", "الناشطه", "الباحث", "الباحثه", "الصحفي", "الصحفيه", "الصحافي", "الصحافيه", "المحامي", "المحاميه",
    "الخبير", "الخبيره", "المحلل", "المحلله", "الطبيب", "الطبيبه", "المهندس", "المهندسه", "الاستاذ", "الاستاذه",
    "الدكتور", "الدكتوره", "الكاتبه", "الروائي", "الروائيه", "المخرجه", "الفنانه", "الممثله", "الشاعره", "اللاعب",
    "اللاعبه", "المدرب", "المدربه", "المراسل", "المراسله", "الناطق", "الناطقه", "الرئيسه", "الوزيره", "السيده",
    "المتحدثه", "المسؤوله", "المديره", "المستشاره", "النائبه", "القاضيه", "السفيره", "الناشطين", "المعارض", "المعارضه",
    "الاسير", "الاسيره", "المعتقل", "المعتقله", "الشهيد", "الشهيده", "المواطن", "المواطنه",
    // (Riders of races: الفارس شين أوكيف, الجوكي الأيرلندي.)
    "الفارس", "الفارسه", "الجوكي",
];

/// Step 5c: a person the tagger missed right after a title (with the article, perhaps
/// qualified: الوزير الأول نذير العرباوي): a given name of the curated list and a
/// word that looks like a family name (general Arabic does not know it, or a family
/// list holds it) and is no ordinary word ([`ordinary`]). Only where no mention is.
/// A definite title may go on with its qualifier and the body it heads after ل (الأمين
/// العام للحزب سامي الخطيب): as after a body, the family name may then be an ordinary
/// word of the family lists.
fn titled_people(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let covered = covered_tokens(tokens, &spans);
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && !covered[k] && infos[k].stem == infos[k].norm;
    let mut added = Vec::new();
    for i in 0..tokens.len() {
        let t = &infos[i];
        // (A title with the article, or in the construct state before its definite
        // complement: رئيس الوزراء بشر الخصاونة.)
        let construct = word(i) && t.gaz.has(gazetteer::TITLE) && !t.stem.starts_with("ال") && word(i + 1) && infos[i + 1].stem.starts_with("ال") && !infos[i + 1].gaz.has(NISBA);
        if !(word(i) && (t.gaz.has(gazetteer::TITLE) || in_list(t, ROLES)) && t.stem.starts_with("ال") || construct) {
            continue;
        }
        let mut j = if construct { i + 2 } else { i + 1 };
        if word(j) && in_list(&infos[j], TITLE_ADJECTIVES) {
            j += 1;
        }
        // (And up to two adjectives of the role, its people's or its field's: الناشطة
        // الإيزيدية نادية خضر, الصحفي الفلسطيني …; not a family name with the article.)
        let role_adjective = |k: usize| word(k) && infos[k].norm.starts_with("ال") && chars(&infos[k].norm) >= 5 && (infos[k].norm.ends_with('ي') || infos[k].norm.ends_with("يه")) && !in_list(&infos[k], RELATIONAL) && !infos[k].gaz.has(GIVEN | FAMILY | gazetteer::TITLE);
        let mut n = 0;
        while !construct && n < 2 && role_adjective(j) {
            j += 1;
            n += 1;
        }
        // (A definite title's qualifier and its body after ل, الأمين العام للحزب سامي
        // الخطيب: the body the title is of, a definite noun, not a name.)
        if !construct && word(j) && in_list(&infos[j], TITLE_QUALIFIERS) {
            j += 1;
        }
        let body_after_lam = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && !covered[k] && infos[k].norm.starts_with("لل") && infos[k].stem != infos[k].norm;
        let of_body = !construct && body_after_lam(j) && !infos[j].gaz.has(COUNTRY | CITY | REGION) && word(j + 1) && infos[j + 1].gaz.has(GIVEN);
        if of_body {
            j += 1;
        }
        let rank = !construct && in_list(t, MILITARY_RANKS) && j == i + 1;
        if word(j) && word(j + 1) && !preposition_ala(text, &tokens[j], &infos[j]) && (titled_name_at(infos, j, of_body) || rank && ranked_name_at(infos, j)) {
            added.extend(span_over(text, tokens, infos, j, j + 2, EntityType::Per, 0.6));
        }
    }
    with_added(spans, added)
}

/// A given name the tagger marked alone after a title or a role (الأسير مهند + عودة):
/// the family name after it, by the test of [`titled_people`], is the person's too.
fn titled_given_names(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let covered = covered_tokens(tokens, &spans);
    let plain = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm;
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Per || r.len() != 1 || r.start == 0 || !plain(r.end) || covered[r.end] {
            continue;
        }
        // (The title, perhaps with up to two adjectives of the role between.)
        let titled = (1..=3).any(|d| {
            r.start >= d && {
                let t = &infos[r.start - d];
                plain(r.start - d) && t.stem.starts_with("ال") && (t.gaz.has(gazetteer::TITLE) || in_list(t, ROLES)) && (r.start - d + 1..r.start).all(|m| plain(m) && infos[m].norm.starts_with("ال") && (infos[m].norm.ends_with('ي') || infos[m].norm.ends_with("يه") || in_list(&infos[m], TITLE_ADJECTIVES)))
            }
        });
        // (Not before a definite word the family name could govern as a noun: الوزير
        // محمد + عودة الحوار, "the return of dialogue".)
        let governs = plain(r.end + 1) && infos[r.end + 1].norm.starts_with("ال");
        // (Only a family name without the article or و: اللاعب علي + العودة للدوحة is
        // "the return to Doha", الإمام علي + ورجاله "and his men".)
        let f = &infos[r.end];
        let bare_family = !f.norm.starts_with("ال") && !f.norm.starts_with('و');
        let rank = r.start > 0 && in_list(&infos[r.start - 1], MILITARY_RANKS);
        if titled && !governs && bare_family && (titled_name_at(infos, r.start, false) || rank && ranked_name_at(infos, r.start)) {
            spans[k].end = tokens[r.end].end;
        }
    }
    spans
}

/// Is `infos[j]`, `infos[j + 1]` a given and a family name after a title? See
/// [`titled_people`]; `after_body`: the title's complement is a body's name, after
/// which a family name of the curated list may be an ordinary word too (الصدر).
fn titled_name_at(infos: &[TokInfo], j: usize, after_body: bool) -> bool {
    let not_a_name = ORG_HEAD | gazetteer::LOC_HEAD | gazetteer::TITLE | COUNTRY | CITY | REGION | gazetteer::SPEECH | gazetteer::MONTH | gazetteer::WEEKDAY;
    let (g, f) = (&infos[j], &infos[j + 1]);
    // (A given name only the large list knows, بشر, with a family name a list knows.)
    // (Not a preposition the large lists hold as a name too: في الصيد البحري after
    // المعهد الوطني للبحث.)
    let given = (g.gaz.has(GIVEN) || g.gaz.has(gazetteer::GIVEN_BIG) && f.gaz.has(FAMILY | gazetteer::FAMILY_BIG)) && !g.stem.starts_with("ال") && !g.gaz.has(not_a_name) && !in_list(g, NOT_FIRST);
    // (A family name of three letters, خضر, نصر, only from the curated list.)
    // (A family name of the curated list that is also a word, عودة, "return", where no
    // complement of that word follows: مهند عودة من بلدة; not عودة الحوار, عودة إلى.)
    let next = infos.get(j + 2);
    let word_family = f.gaz.has(FAMILY) && g.gaz.has(GIVEN) && next.is_none_or(|n| n.kind != TokenKind::Word || !n.norm.starts_with("ال") && !matches!(n.norm.as_str(), "الي" | "الى" | "لل"));
    let family = (chars(&f.norm) >= 4 || chars(&f.norm) == 3 && f.gaz.has(FAMILY))
        && (!ordinary(f) || after_body && f.gaz.has(FAMILY) || word_family)
        && (name_like(f) || f.gaz.has(FAMILY | gazetteer::FAMILY_BIG))
        && !f.gaz.has(not_a_name | NISBA)
        && !in_list(f, RELATIONAL)
        && !in_list(f, TITLE_ADJECTIVES)
        // (Not a word after the conjunction, ورجاله, "and his men", unless the curated
        // list holds it whole: وردة.)
        && (!f.norm.starts_with('و') || f.gaz.has(FAMILY));
    given && family
}

/// Is `infos[j]`, `infos[j + 1]` a given and a family name right after a military rank
/// (اللواء يحيى رسول)? A given name of the curated lists, and a word the larger lists
/// hold as a name though general Arabic uses it too (رسول, "messenger"): after a rank
/// and a given name the slot is the family name's. Not a verb, a function word or a
/// definite word ([`titled_name_at`] reads those).
fn ranked_name_at(infos: &[TokInfo], j: usize) -> bool {
    let (g, f) = (&infos[j], &infos[j + 1]);
    g.gaz.has(GIVEN) && g.stem == g.norm && !g.stem.starts_with("ال")
        && f.stem == f.norm && !f.norm.starts_with("ال") && !f.norm.starts_with('و') && chars(&f.norm) >= 3
        && f.gaz.has(FAMILY | gazetteer::FAMILY_BIG | gazetteer::GIVEN_BIG) && !f.gaz.has(gazetteer::TITLE | ORG_HEAD | gazetteer::LOC_HEAD | COUNTRY | CITY | REGION | gazetteer::MONTH | gazetteer::WEEKDAY)
        && !verb_like(f) && !crate::function_words::is_function_word(&f.stem)
}

/// Is the word before token `a` a title in the construct state (رئيس, زعيم, مدير): the
/// head of the body that begins at `a`?
fn title_in_construct_before(tokens: &[Token], infos: &[TokInfo], a: usize) -> bool {
    a > 0 && {
        let t = &infos[a - 1];
        tokens[a - 1].kind == TokenKind::Word && t.stem == t.norm && t.gaz.has(gazetteer::TITLE) && !t.stem.starts_with("ال")
    }
}

/// A person the tagger missed after a title whose complement is a body the spans hold
/// (زعيم التيار الصدري مقتدى الصدر, رئيس حزب الأمة مبارك الفاضل): the slot after
/// "leader of X" is the leader's name. After the bodies' own steps, so that the lists'
/// and heads' bodies count; the same test of the two words as [`titled_people`].
fn people_after_titled_bodies(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let covered = covered_tokens(tokens, &spans);
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && !covered[k] && infos[k].stem == infos[k].norm;
    let mut added = Vec::new();
    for s in spans.iter().filter(|s| s.kind == EntityType::Org) {
        let r = tokens_of(tokens, s);
        let title_before = title_in_construct_before(tokens, infos, r.start);
        if !r.is_empty() && title_before && word(r.end) && word(r.end + 1) && titled_name_at(infos, r.end, true) {
            added.extend(span_over(text, tokens, infos, r.end, r.end + 2, EntityType::Per, 0.6));
        }
    }
    with_added(spans, added)
}

/// A body after a title that the tagger ran on into the foreign name of the one who
/// heads it (رئيس البنك الأفريقي للتنمية أكينوومي أديسينا, one ORG): the slot after
/// "head of X" is the head's name, and a body's name does not go on after its
/// definite last word with two or three words that look like a foreign name and are
/// none of general Arabic's. The body ends before them; they are the person. Before
/// [`people_after_titled_bodies`], which finds such a person where the body ended.
fn people_inside_titled_bodies(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let not_a_name = ORG_HEAD | gazetteer::LOC_HEAD | gazetteer::TITLE | COUNTRY | CITY | REGION | NISBA | gazetteer::MONTH | gazetteer::WEEKDAY;
    let foreign = |k: usize| {
        let a = &infos[k];
        tokens[k].kind == TokenKind::Word && a.stem == a.norm && !a.norm.starts_with("ال") && !a.norm.starts_with('و') && name_like(a) && !ordinary(a) && !a.gaz.has(not_a_name) && gazetteer::place_adjective(&a.norm).is_none() && (a.gaz.has(GIVEN | gazetteer::GIVEN_BIG) || a.letters >= 5)
    };
    let mut added = Vec::new();
    for s in spans.iter_mut().filter(|s| s.kind == EntityType::Org) {
        let r = tokens_of(tokens, s);
        let title_before = title_in_construct_before(tokens, infos, r.start);
        if !title_before || r.len() < 4 {
            continue;
        }
        // (The name's first word: the first of the last two or three that are all
        // foreign, after at least two words of the body ending in a definite one.)
        let Some(k) = (r.end.saturating_sub(3).max(r.start + 2)..r.end - 1).find(|&k| (k..r.end).all(foreign)) else { continue };
        if !infos[k - 1].norm.starts_with("ال") && !infos[k - 1].norm.starts_with("لل") {
            continue;
        }
        let (Some(body), Some(person)) = (span_over(text, tokens, infos, r.start, k, EntityType::Org, s.score), span_over(text, tokens, infos, k, r.end, EntityType::Per, 0.6)) else { continue };
        s.end = body.end;
        added.push(person);
    }
    with_added(spans, added)
}

/// Step 6: names of the list of well-known entities ([`super::known`]): marked where
/// the tagger missed them (ناسا, داعش, قناة بنما), cut them short (بنما of قناة بنما)
/// or gave them another type, with the list's type. A name the tagger found longer
/// (مجلس الأمن القومي, not مجلس الأمن) stays as it is; a name of one word that general
/// Arabic uses as an ordinary word is marked only where the tagger marked it.
fn known_names(text: &str, tokens: &[Token], infos: &[TokInfo], sents: &[Range<usize>], spans: Vec<Span>) -> Vec<Span> {
    let mut found: Vec<(Span, usize)> = Vec::new();
    for range in sents {
        let mut i = range.start;
        while i < range.end {
            if let Some(k) = bracketed_with_clitic_letter(text, tokens, infos, i) {
                found.push((k, 1));
                i += 1;
                continue;
            }
            // (على written with its ى is the preposition, not the name علي: ردا على لاريجاني.)
            if !matches!(tokens[i].kind, TokenKind::Word | TokenKind::Latin) || preposition_ala(text, &tokens[i], &infos[i]) {
                i += 1;
                continue;
            }
            // The first word as its stem, or, where the stem begins no listed name, less
            // one proclitic the stemmer kept because the name's own first letter made it
            // look like a word (لويند تري: ل + ويند, not لو + يند).
            // (Or, where neither begins one, the word as written, or less one proclitic
            // before it, where the name's own first letter is a proclitic's and the
            // stemmer took it off: لشكر طيبة, not ل + شكر; لجماعة ولشكر طيبة; واغا.)
            let mut as_written = false;
            let first: &str = if super::known::may_begin_name(&infos[i].stem) {
                &infos[i].stem
            } else {
                // (Not where the whole word, its second letter a bare alef, is a listed
                // town: بمحافظة بابل is Babylon, not ب + أبل.)
                let whole_town = place_flags(infos, i, i + 1) & (CITY | REGION) != 0 && text[tokens[i].start..tokens[i].end].chars().nth(1) == Some('ا');
                match proclitic_before(&infos[i]) {
                    Some(rest) if super::known::may_begin_name(rest) && !whole_town => rest,
                    _ => match written_name_start(&infos[i]) {
                        Some(w) => {
                            as_written = true;
                            w
                        }
                        None => {
                            i += 1;
                            continue;
                        }
                    },
                }
            };
            // (Bytes of that letter in the original, with its marks: لِويند; as written,
            // the letters of the word before the name's.)
            let cut = if as_written {
                let w = &text[tokens[i].start..tokens[i].end];
                after_letters(w, chars(&infos[i].norm) - chars(first)).unwrap_or(0)
            } else if first.len() < infos[i].stem.len() {
                let w = &text[tokens[i].start..tokens[i].end];
                after_letters(w, 1).unwrap_or(0)
            } else {
                0
            };
            // (The dots of an abbreviation written without spaces, جيه.بي مورغان,
            // إتش.إس.بي.سي, سي.كيه, join its letters as the list's spaces do.)
            // (So does a hyphen written between two words without spaces, رولز-رويس,
            // where the list writes a space.)
            let words_at = || (i..range.end).filter(|&k| !super::abbreviation_dot(text, tokens, k) && !(k > i && joining_hyphen(text, tokens, k)));
            // (A number is a word of a name too: فرانس 24.)
            let mut words = words_at().map(|k| match tokens[k].kind {
                TokenKind::Word | TokenKind::Latin => super::known::word_key(if k == i { first } else { &infos[k].norm }),
                TokenKind::Number if k > i => super::known::word_key(&infos[k].norm),
                _ => String::from("\u{0}"),
            });
            match super::known::longest_at(&mut words) {
                // (Not a head and a nisba both without the article, أحدث اتحاد أفريقي, "the
                // latest African federation": an indefinite phrase, though the list's
                // الاتحاد الأفريقي matches it with the articles aside.)
                Some((n, _, _))
                    if n >= 2 && !infos[i].stem.starts_with("ال") && words_at().nth(n - 1).is_some_and(|k| {
                        let a = &infos[k];
                        tokens[k].kind == TokenKind::Word && !a.norm.starts_with("ال") && (a.norm.ends_with('ي') || a.norm.ends_with("يه")) && chars(&a.norm) >= 5 && gazetteer::place_adjective(&a.norm).is_some()
                    }) =>
                {
                    i += 1;
                }
                // (A name of one word read as written only where the tagger marked the
                // rest of the word as a name, اغا of واغا: elsewhere the clitic and the
                // word are likelier.)
                Some((1, _, _)) if as_written && !spans.iter().any(|s| s.start > tokens[i].start && s.start < tokens[i].end && s.end >= tokens[i].end) => i += 1,
                Some((n, _, kind)) => {
                    let end = words_at().nth(n - 1).map_or(i + n, |k| k + 1);
                    let span = span_over(text, tokens, infos, i, end, kind, 0.9).map(|mut s| {
                        if as_written {
                            s.start = tokens[i].start + cut;
                        } else {
                            s.start += cut;
                        }
                        s
                    });
                    found.extend(span.map(|s| (s, n)));
                    i = end;
                }
                None => i += 1,
            }
        }
    }
    if found.is_empty() {
        return spans;
    }
    // (Where the listed places end: a place after و right after one is a place of the
    // list the text gives, الدقهلية والقليوبية, not an adjective.)
    let place_ends: HashSet<usize> = found.iter().filter(|(k, _)| k.kind == EntityType::Loc).map(|(k, _)| k.end).chain(spans.iter().filter(|s| s.kind == EntityType::Loc).map(|s| s.end)).collect();
    // (Where listed names begin, for a list of bodies joined by و below.)
    let found_starts: HashSet<usize> = found.iter().map(|(k, _)| k.start).collect();
    let mut gone = vec![false; spans.len()];
    let mut new = Vec::new();
    for (mut k, n) in found {
        // (A listed body's one word that is also a listed town, after a place's head, is
        // the town: قضاء الفاو, شمال الفاو, not FAO.)
        if n == 1 && k.kind == EntityType::Org {
            let a = tokens.partition_point(|t| t.end <= k.start);
            if a > 0 && tokens[a - 1].kind == TokenKind::Word && infos[a - 1].gaz.has(gazetteer::LOC_HEAD) && place_flags(infos, a, a + 1) & CITY != 0 {
                k.kind = EntityType::Loc;
            }
        }
        let lo = spans.partition_point(|s| s.end <= k.start);
        let hi = spans.partition_point(|s| s.start < k.end).max(lo);
        let overlapping = &spans[lo..hi];
        if overlapping.is_empty() {
            let a = tokens.partition_point(|t| t.end <= k.start);
            // (A name that has the article, الإنتربول, takes it as general Arabic's
            // nouns do: it is an ordinary word when it takes suffixes too, البرهان "the
            // proof", whatever its letters look like.)
            let i = &infos[a];
            // (A word general Arabic writes with the article but hardly ever with a
            // suffix is a proper noun of its texts, إنستغرام, not an ordinary word.)
            let ordinary_word = if i.stem.starts_with("ال") { i.gen[0] >= 3 && i.gen[2] >= 3 } else { ordinary(i) && i.gen[2] >= 2 };
            // (Unless a title governs it, مبعوث الإيجاد: a title's complement is a body
            // or a place, not the ordinary word.)
            // (Or a summit's or a conference's, قمة الإيجاد: one of a body, not of the word.)
            let after_title = a > 0 && tokens[a - 1].kind == TokenKind::Word && (infos[a - 1].gaz.has(gazetteer::TITLE) || in_list(&infos[a - 1], &["قمه", "مؤتمر"])) && !infos[a - 1].stem.starts_with("ال") && k.kind == EntityType::Org;
            // (Nor a listed person's name right after a title, الرئيس السيسي, الرئيس
            // الأسد: the slot after a title is a name, whatever else the word means.)
            let person_after_title = k.kind == EntityType::Per && a > 0 && tokens[a - 1].kind == TokenKind::Word && infos[a - 1].gaz.has(gazetteer::TITLE) && gaps::only_whitespace(text, tokens[a - 1].end, k.start);
            // (Nor a word general Arabic knows that the list's name matches only as غ and
            // ج fold together: لإيجاد مخرج, "to find", is not IGAD, إيغاد.)
            // (A name the list spells with ج itself, إنستجرام, is no such word.)
            let folded = !i.stem.starts_with("ال") && i.gen[0] >= 3 && i.stem.contains('ج') && !super::known::written_so(&i.stem);
            // (A definite place's name right after a definite noun is its adjective there:
            // الحكومة السعودية, "the Saudi government", not Saudi Arabia.)
            let listed_after_place = a > 0 && infos[a].norm.starts_with('و') && infos[a].stem != infos[a].norm && place_ends.contains(&tokens[a - 1].end);
            // (A listed place after و right after a place is a place of the pair the text
            // names, دجلة والفرات, whatever else general Arabic uses the word for.)
            let place_of_pair = k.kind == EntityType::Loc && listed_after_place;
            // (Nor a listed body's one word standing alone between quote marks, اتهم
            // «الإيقاد» بالانحياز: outlets quote a body's short name, not the word.)
            let quoted_body = k.kind == EntityType::Org
                && text[..k.start].chars().next_back().is_some_and(|c| matches!(c, '«' | '"' | '“'))
                && text[k.end..].chars().next().is_some_and(|c| matches!(c, '»' | '"' | '”'));
            if n == 1 && tokens[a].kind == TokenKind::Word && (ordinary_word || folded) && !after_title && !person_after_title && !place_of_pair && !quoted_body {
                continue;
            }
            // (Not إلى, الذي, التي, whose `search` forms begin with the article's letters:
            // إلى الكرنك is "to Karnak".)
            let after_definite = a > 0 && tokens[a - 1].kind == TokenKind::Word && infos[a - 1].stem.starts_with("ال") && infos[a - 1].stem == infos[a - 1].norm && !in_list(&infos[a - 1], NOT_DEFINITE) && !listed_after_place;
            if n == 1 && k.kind == EntityType::Loc && i.stem.starts_with("ال") && after_definite {
                continue;
            }
        } else if let [o] = overlapping {
            // دعا الاتحاد الأوروبي أنقرة: the tagger took the place after the name in.
            let (ro, rk) = (tokens_of(tokens, o), tokens_of(tokens, &k));
            let place_after = is_model(o.kind) && ro.start == rk.start && ro.end > rk.end && (rk.end..ro.end).all(|j| place_flags(infos, j, j + 1) != 0);
            if place_after {
                gone[lo] = true;
                new.push(k);
                new.extend(span_over(text, tokens, infos, rk.end, ro.end, EntityType::Loc, o.score));
                continue;
            }
            // رئيس جاكسا تاكيشي أوكادا: the tagger took a listed body and the person
            // after it for one person; the body heads, the person follows.
            let person_after = is_model(o.kind) && o.kind == EntityType::Per && k.kind != EntityType::Per && ro.start == rk.start && ro.end >= rk.end + 2 && (rk.end..ro.end).all(|j| tokens[j].kind == TokenKind::Word);
            if person_after {
                gone[lo] = true;
                new.push(k);
                new.extend(span_over(text, tokens, infos, rk.end, ro.end, EntityType::Per, o.score));
                continue;
            }
            // بنك جولدمان ساكس الأمريكي: the country's adjective after a listed name
            // describes the body; the list has the name (and its names that hold an
            // adjective, الاحتياطي الفيدرالي الأمريكي, whole).
            // (And the company's head before it, which the convention leaves out: بنك.)
            let head_before = ro.start + 1 == rk.start && is_org_head(&infos[ro.start]) && !infos[ro.start].stem.starts_with("ال");
            let adjective_after = k.kind == EntityType::Org && is_model(o.kind) && (ro.start == rk.start || head_before) && ro.end == rk.end + 1 && {
                let a = &infos[rk.end];
                a.stem == a.norm && a.norm.starts_with("ال") && country_adjective(&a.norm)
            };
            if adjective_after {
                gone[lo] = true;
                new.push(k);
                continue;
            }
            // تحالف قوات الدعم السريع: a head of coalitions before a listed body that the
            // tagger took in and cut inside the body's name; the listed name alone.
            let coalition_cut = k.kind == EntityType::Org && is_model(o.kind) && ro.start + 1 == rk.start && ro.end > rk.start && ro.end < rk.end && in_list(&infos[ro.start], &["تحالف", "ايتلاف"]);
            if coalition_cut {
                gone[lo] = true;
                new.push(k);
                continue;
            }
            // مستشارا ماليا لأوريدو: a "person" that ends with a listed name after the
            // preposition ل or ب, which no person's name holds: the listed name alone.
            let after_preposition = {
                let f = &infos[rk.start];
                f.norm.starts_with(['ل', 'ب']) && (f.stem != f.norm || k.start > tokens[rk.start].start)
            };
            // (Or the preposition على, written with its ى, that the tagger took in as a
            // given name: على نيتفليكس.)
            let after_ala = rk.start == ro.start + 1 && preposition_ala(text, &tokens[ro.start], &infos[ro.start]);
            // (Or a title in the construct state with a listed body, شيخ الأزهر, رئيس
            // اليونيسف: the office, not a person's name; the body is the mention.)
            let title_of_body = k.kind == EntityType::Org && (ro.start..rk.start).all(|j| tokens[j].kind == TokenKind::Word && infos[j].gaz.has(gazetteer::TITLE) && !infos[j].stem.starts_with("ال") && infos[j].stem == infos[j].norm);
            if o.kind == EntityType::Per && is_model(o.kind) && ro.end == rk.end && ro.start < rk.start && (after_preposition || after_ala || title_of_body) {
                gone[lo] = true;
                new.push(k);
                // (Words before it that no Arabic text writes, a foreign name, are the
                // person who spoke to the body: الوزير ريبوار خوشناو لرووداو.)
                if rk.start >= ro.start + 2 && (ro.start..rk.start).all(|j| tokens[j].kind == TokenKind::Word && !ordinary(&infos[j]) && !verb_like(&infos[j])) {
                    new.extend(span_over(text, tokens, infos, ro.start, rk.start, EntityType::Per, o.score));
                }
                continue;
            }
            // الرئيس التنفيذي لويند تري: the tagger's span over the same words with the
            // proclitic in (a person «لويند تري»); the listed name starts after it.
            // (Or over its first words only, the listed name going on: لسكاي نيوز + عربية.)
            if is_model(o.kind) && ro.start == rk.start && ro.end <= rk.end && o.start < k.start {
                gone[lo] = true;
                new.push(k);
                continue;
            }
            // جيه.بي مورجان وإتش.إس.بي.سي والأهلي المالية: the tagger took a list of
            // bodies joined by و for one; a listed body that ends before a word with the
            // conjunction و, or begins at one, inside the tagger's span is a body of the
            // list, named alone (the others are found by the list too).
            // (The و a clitic: the stemmer took it off, or a listed name begins after it.)
            let conj = |j: usize| tokens[j].kind == TokenKind::Word && infos[j].norm.starts_with('و') && ((infos[j].stem != infos[j].norm && !infos[j].stem.starts_with('و')) || found_starts.contains(&(tokens[j].start + 'و'.len_utf8())));
            let of_a_list = k.kind == EntityType::Org
                && o.kind == EntityType::Org
                && is_model(o.kind)
                && ((ro.start <= rk.start && rk.end < ro.end && conj(rk.end)) || (ro.start < rk.start && rk.start < ro.end && conj(rk.start)));
            if of_a_list {
                gone[lo] = true;
                new.push(k);
                continue;
            }
            if !(o.start >= k.start && o.end <= k.end && is_model(o.kind)) {
                continue;
            }
        } else if !overlapping.iter().all(|s| {
            // (بنك جيه.بي + مورغان: the tagger's pieces of a listed name, the first with
            // a company's head before it, which the convention leaves out.)
            let rs = tokens_of(tokens, s);
            let head_before = rs.start + 1 == tokens.partition_point(|t| t.end <= k.start) && is_org_head(&infos[rs.start]) && !infos[rs.start].stem.starts_with("ال");
            (s.start >= k.start || head_before) && s.end <= k.end && is_model(s.kind)
        }) {
            continue;
        }
        gone[lo..hi].iter_mut().for_each(|g| *g = true);
        new.push(k);
    }
    replace_marked(spans, &gone, new)
}

/// The one-letter proclitics a name's first letter may look like: و ف ب ك ل.
const PROCLITIC_LETTERS: &str = "وفبكل";

/// The word as written, or less one proclitic letter before it, where a listed name
/// begins so though the stem begins none: a name whose first letter is a proclitic's,
/// which the stemmer took off (لشكر of لشكر طيبة, ولشكر).
fn written_name_start(info: &TokInfo) -> Option<&str> {
    let w = info.norm.as_str();
    if info.stem == info.norm || chars(w) < 4 {
        return None;
    }
    if super::known::may_begin_name(w) {
        return Some(w);
    }
    let first = w.chars().next()?;
    let rest = &w[first.len_utf8()..];
    (PROCLITIC_LETTERS.contains(first) && chars(rest) >= 4 && super::known::may_begin_name(rest)).then_some(rest)
}

/// The word less one proclitic letter (و ف ب ك ل; two bytes in `search` form) where the
/// stemmer left the word whole, for a second look-up in the list of well-known names.
fn proclitic_before(info: &TokInfo) -> Option<&str> {
    let w = info.stem.as_str();
    (w == info.norm && w.chars().count() >= 4).then_some(())?;
    let first = w.chars().next()?;
    PROCLITIC_LETTERS.contains(first).then(|| &w[first.len_utf8()..])
}

/// A listed name of one word that begins with a letter like a proclitic, alone in
/// brackets: (واس), (وأج), the agencies' short names after a dateline or a full name.
/// The clitic rules read و + اس there (اس is the commoner word), but a word alone in
/// brackets is a name or an acronym, not a conjunction and a word. So is one after the
/// preposition ل (لوأج).
fn bracketed_with_clitic_letter(text: &str, tokens: &[Token], infos: &[TokInfo], i: usize) -> Option<Span> {
    let t = &tokens[i];
    let info = &infos[i];
    if t.kind != TokenKind::Word {
        return None;
    }
    if info.stem != info.norm && super::known::may_begin_name(&info.norm) {
        let bracketed = text[..t.start].trim_end().ends_with('(') && text[t.end..].trim_start().starts_with(')');
        // (Or right after a division's head in the construct state, ولاية وداي: the head
        // governs the next word, which cannot begin with the conjunction; a listed place
        // whose first letter is و is the whole word there, not و + داي.)
        let after_division = i > 0 && tokens[i - 1].kind == TokenKind::Word && tokens[i - 1].end + 1 == t.start && !infos[i - 1].stem.starts_with("ال") && in_list(&infos[i - 1], super::heads::DIVISION_HEADS);
        let whole = super::known::word_key(&info.norm);
        if let Some((1, _, kind)) = super::known::longest_at(&mut std::iter::once(whole)) {
            let place_after_division = after_division && kind == EntityType::Loc && info.norm.starts_with('و');
            return (bracketed || place_after_division).then_some(Span { start: t.start, end: t.end, kind, score: 0.9 });
        }
    }
    // (Or after the preposition ل, which is a clitic, before such a name: في تصريح
    // لوأج is ل + وأج, not ل + و + أج.)
    let word = &text[t.start..t.end];
    let rest = word.strip_prefix('ل').filter(|r| r.starts_with(['و', 'ف']))?;
    match super::known::longest_at(&mut std::iter::once(super::known::word_key(&search_text(rest)))) {
        Some((1, _, kind @ EntityType::Org)) => Some(Span { start: t.end - rest.len(), end: t.end, kind, score: 0.9 }),
        _ => None,
    }
}

/// Step 7: one word alone in brackets right after an organization's name is its short
/// name or acronym (الاتحاد الإفريقي لكرة القدم (كاف), صندوق النقد الدولي (IMF)), and
/// so is an acronym in quote marks (التحالف العالمي للقاحات والتحصين "غافي", وكالة
/// أنباء الإمارات "وام"):
/// the same organization, which [`super::link`] links to the name before it.
fn bracketed_short_names(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut gone = vec![false; spans.len()];
    let mut added = Vec::new();
    for (k, s) in spans.iter().enumerate() {
        if s.kind != EntityType::Org {
            continue;
        }
        let b = tokens.partition_point(|t| t.start < s.end);
        let [open, word, close] = match tokens.get(b..b + 3) {
            Some([x, y, z]) => [x, y, z],
            _ => continue,
        };
        // Nothing marked in the brackets, or the tagger's name inside the word (اس of
        // واس), which the whole word replaces.
        let next = spans.get(k + 1);
        // (A country in brackets after a club or a firm is where it is from: بورتو
        // (البرتغال), أرسنال (إنجلترا), the place, no short name.)
        if open.norm == "(" && close.norm == ")" && gaps::only_whitespace(text, s.end, open.start) && word.kind == TokenKind::Word && (infos[b + 1].gaz.has(COUNTRY) || one_of(SHORT_COUNTRIES, &infos[b + 1].stem)) {
            if let Some(n) = next.filter(|n| n.kind == EntityType::Org && n.start <= word.start && n.end >= word.end && n.end <= close.start) {
                gone[k + 1] = true;
                added.push(Span { kind: EntityType::Loc, ..n.clone() });
            }
            continue;
        }
        let inside = next.is_some_and(|n| n.start >= word.start && n.end <= word.end && is_model(n.kind));
        let free = inside || next.is_none_or(|n| n.start >= close.end);
        // (Nor a place of the lists or of WikiFANE's places, longer than an agency's
        // letters: سلتيك (اسكتلندا), بالم سبرينجز (كاليفورنيا) are where the club or
        // the dateline is, the place, whatever the tagger made of it; nor an ordinary
        // word that general Arabic uses with the article, محكمة المدينة (الفرنسية),
        // حركة المراقب (الملاحظ), which is a gloss or an aside, not a short name.)
        let (w, n) = (&infos[b + 1], chars(&infos[b + 1].norm));
        // (Not a place the stemmer made by cutting a letter like a proclitic off the
        // word, اوست of كاوست: see below.)
        let listed_place = word.kind == TokenKind::Word && n >= 5 && (place_flags(infos, b + 1, b + 2) & (COUNTRY | CITY | REGION) != 0 || w.gaz.has(gazetteer::WF_LOC)) && !(open.norm == "(" && one_letter_clitic_cut(w) && whole_word_is_no_place(w));
        if open.norm == "(" && listed_place {
            if let Some(n) = next.filter(|n| inside && n.kind != EntityType::Loc) {
                gone[k + 1] = true;
                added.push(Span { kind: EntityType::Loc, ..n.clone() });
            }
            continue;
        }
        let [common, article, _, _] = w.gen;
        if word.kind == TokenKind::Word && n >= 5 && w.norm.starts_with("ال") && common >= 3 && (3..=6).contains(&article) {
            continue;
        }
        // Agencies' short names often begin with a letter that looks like a clitic
        // (واس, وفا, بنا): a word of at most four letters alone in the brackets is whole.
        // In quote marks (وكالة أنباء الإمارات "وام"), only an acronym: Latin letters,
        // or a short word without the article (not a one-word quotation).
        let quoted = open.norm != "(";
        // (A body named in quote marks itself, لـ"العربي الجديد" إن "…": the mark after
        // it closes its own name, and the word after that mark is no short name.)
        if quoted && text[..s.start].trim_end().ends_with(['"', '«', '“']) {
            continue;
        }
        // (The marks as written: the search form writes every quote mark as ", so that
        // the closing » of لـ«اليوم السابع» أن «… looked like an opening one.)
        let (o, c) = (&text[open.start..open.end], &text[close.start..close.end]);
        let governs_next = tokens.get(b + 3).is_some_and(|t| t.kind == TokenKind::Word && infos[b + 3].norm.starts_with("ال"));
        if free
            && super::link::short_name_marks(o, c)
            // (Not an ordinary word in quote marks that governs the noun after them,
            // "تفويض" الممثل, "mandate the representative": a word quoted; السوق المالية
            // السعودية "تداول". is the exchange's name.)
            && (!quoted || word.kind == TokenKind::Latin || n <= 5 && !w.norm.starts_with("ال") && !(w.stem == w.norm && ordinary(w) && governs_next))
            && matches!(word.kind, TokenKind::Word | TokenKind::Latin)
            && n >= 2
            && (w.stem == w.norm || n <= 4 || !quoted && one_letter_clitic_cut(w))
            && gaps::only_whitespace(text, s.end, open.start)
        {
            if inside {
                gone[k + 1] = true;
            }
            added.push(Span { start: word.start, end: word.end, kind: EntityType::Org, score: 0.8 });
        }
    }
    if added.is_empty() {
        return spans;
    }
    replace_marked(spans, &gone, added)
}

/// Is the whole word (with the letter the stemmer cut) no place of the lists?
fn whole_word_is_no_place(w: &TokInfo) -> bool {
    gazetteer::word_flags(&w.norm) & (COUNTRY | CITY | REGION) == 0
}

/// Did the stemmer cut one letter that looks like a proclitic (ب, ك, ل, ف, و) off a word
/// with no article after it (كاوست as ك + اوست)? Alone in round brackets after a body's
/// name, the word is its acronym whole: a preposition there would govern nothing.
fn one_letter_clitic_cut(w: &TokInfo) -> bool {
    w.norm.strip_prefix(['ب', 'ك', 'ل', 'ف', 'و']).is_some_and(|r| r == w.stem && !r.starts_with("ال") && chars(r) >= 3)
}

/// Names the tagger found in one report and missed in another, or elsewhere in the
/// same one (أنتوفاجاستا marked in two reports, not in the third): a reader of several
/// reports of one event sees one name marked here and not there. A name spreads to
/// where its words stand as they are (after proclitics) and no mention covers them,
/// with the type the tagger gave it most, when it is a name by its words: a name of
/// one word that general Arabic does not use as an ordinary word (مالي, also
/// "financial", does not spread), or of several words one of which is such a name.
pub fn spread_names(texts: &[&str], spans: &mut [Vec<Span>]) {
    let toks: Vec<Vec<Token>> = texts.iter().map(|t| crate::tokenize::tokenize(t, &crate::normalize::Options::SEARCH)).collect();
    let toks: Vec<&[Token]> = toks.iter().map(Vec::as_slice).collect();
    spread(texts, &toks, spans, &mut WordCache::default());
}

/// First words of places' names of two words ("hill", "spring", "well", "saint", "sons
/// of"…) after which the second word names the place alone too, `search` form.
pub(super) const TWO_WORD_PLACE_FIRSTS: &[&str] = &["تل", "عين", "بئر", "بير", "سيدي", "بني", "اولاد", "ايت", "كفر", "دير", "خان", "ميت", "راس", "برج"];

/// Adjectives of continents and regions, which name no country's body (الاتحاد
/// الأفريقي, الاتحاد العربي), `search` form.
const REGION_ADJECTIVES: &[&str] = &[
    "الاوروبي", "الاوروبيه", "الافريقي", "الافريقيه", "الاسيوي", "الاسيويه", "العربي", "العربيه", "الخليجي",
    "الخليجيه", "المغاربي", "المغاربيه", "اللاتيني", "اللاتينيه", "الاسلامي", "الاسلاميه",
];

/// [`spread_names`] over texts already tokenized (`search` options).
/// `words_seen`: the stems and facts of words already looked up (see
/// [`TokInfo::from_token_cached`]): the tagger's, when one text is fixed.
pub(crate) fn spread<'a>(texts: &[&str], toks: &[&'a [Token]], spans: &mut [Vec<Span>], words_seen: &mut WordCache<'a>) {
    // Words of a name (the first as its stem, the others as they are) → votes by type.
    let mut names: HashMap<Vec<String>, Vec<(EntityType, usize)>> = HashMap::new();
    // (The other spellings of foreign people's names with g, which replace a span the
    // tagger gave their first word alone.)
    let mut g_spellings: HashSet<Vec<String>> = HashSet::new();
    // Family names that are also adjectives (الغربي of رضا الغربي): they spread only
    // after a verb, as in [`people`].
    let mut definite_surnames: HashSet<String> = HashSet::new();
    // Names registered as a person's family name alone (see below).
    let mut surnames: HashSet<Vec<String>> = HashSet::new();
    // Those of them that begin with their own و, as written whole (see below).
    let mut waw_surnames: HashSet<String> = HashSet::new();
    // Family names that are ordinary words without the article (روسي, "Russian", of
    // فيديريكو روسي): they spread only where an indefinite adjective cannot stand,
    // after a verb (ونفى روسي) or a definite noun (المدرب روسي).
    // (With the first letter each was written with: see [`same_hamza`].)
    let mut word_surnames: HashMap<String, Vec<char>> = HashMap::new();
    // People's names of words general Arabic knows: how often the reports mark each.
    let mut quoted_people: HashMap<Vec<String>, usize> = HashMap::new();
    // Bodies and things named in quote marks by words general Arabic knows (شركة "رصيد",
    // "balance"): they spread only to where quote marks hold exactly their words (منح
    // "رصيد" ترخيصا), with their type.
    let mut quoted_bodies: HashMap<Vec<String>, EntityType> = HashMap::new();
    // Cities of the lists whose definite name is also a word (الأقصر, "the shortest"):
    // the reports that mark each as a place.
    let mut definite_cities: HashMap<String, HashSet<usize>> = HashMap::new();
    let mut greater_towns: HashSet<String> = HashSet::new();
    // Bodies' short names (their head and country's adjective, see below).
    let mut short_forms: HashSet<Vec<String>> = HashSet::new();
    for (a, ss) in spans.iter().enumerate() {
        let tokens = toks[a];
        for s in ss.iter().filter(|s| is_model(s.kind)) {
            let r = tokens_of(tokens, s);
            if r.is_empty() || r.len() > MAX_NAME_WORDS || !tokens[r.clone()].iter().all(|t| t.kind == TokenKind::Word) {
                continue;
            }
            let mut infos: Vec<TokInfo> = tokens[r.clone()].iter().map(|t| TokInfo::from_token_cached(t, words_seen)).collect();
            // (`from_token_cached` leaves the gazetteer's flags unset, which the tests below read.)
            gazetteer::mark(&mut infos);
            let last = &infos[infos.len() - 1];
            if s.kind == EntityType::Per && infos.len() >= 2 && last.stem == last.norm && definite_family_name(&last.stem) {
                definite_surnames.insert(last.stem.clone());
            }
            if s.kind == EntityType::Per && infos.len() >= 2 && last.stem == last.norm && !last.stem.starts_with("ال") && !name_like(last) && last.gen[0] >= 3 && chars(&last.stem) >= 4 && !last.gaz.has(GIVEN) {
                let written = texts[a][tokens[r.end - 1].start..tokens[r.end - 1].end].chars().next().unwrap_or(' ');
                word_surnames.entry(last.stem.clone()).or_default().push(written);
            }
            let words: Vec<String> = infos.iter().enumerate().map(|(k, i)| if k == 0 { i.stem.clone() } else { i.norm.clone() }).collect();
            // حزب التجمع الوطني للعدالة, later «التجمع الوطني للعدالة»: a long name
            // without its head is the body too.
            let head = gazetteer::word_flags(&infos[0].stem) & ORG_HEAD != 0 || in_list(&infos[0], MORE_ORG_HEADS);
            if s.kind == EntityType::Org && infos.len() >= 4 && head && infos[1].norm.starts_with("ال") && infos[1].stem == infos[1].norm {
                let v = names.entry(words[1..].to_vec()).or_default();
                match v.iter_mut().find(|x| x.0 == s.kind) {
                    Some(x) => x.1 += 1,
                    None => v.push((s.kind, 1)),
                }
            }
            // الاتحاد المصري لكرة القدم, later «الاتحاد المصري»: a body named by its
            // definite head, its country's adjective and what it is for after ل is named
            // by the first two words alone too (not a continent's or a region's adjective:
            // الاتحاد الأفريقي لكرة القدم is not the African Union; not a national team,
            // المنتخب الكويتي, which ANERcorp and the gold leave unmarked).
            if s.kind == EntityType::Org && infos.len() >= 3 && head && infos[0].stem.starts_with("ال") && infos[0].stem != "المنتخب" && infos[1].stem == infos[1].norm && infos[1].norm.starts_with("ال") && infos[2].norm.starts_with('ل') && country_adjective(gazetteer::bare(&infos[1].norm)) && !in_list(&infos[1], REGION_ADJECTIVES) {
                let w = words[..2].to_vec();
                short_forms.insert(w.clone());
                let v = names.entry(w).or_default();
                match v.iter_mut().find(|x| x.0 == s.kind) {
                    Some(x) => x.1 += 1,
                    None => v.push((s.kind, 1)),
                }
            }
            // الوداد الرياضي, later الوداد: a club is named without "sporting".
            if s.kind == EntityType::Org && infos.len() == 2 && in_list(&infos[1], &["الرياضي", "الرياضيه"]) && infos[0].stem.starts_with("ال") && chars(&infos[0].stem) >= 5 {
                let v = names.entry(words[..1].to_vec()).or_default();
                match v.iter_mut().find(|x| x.0 == s.kind) {
                    Some(x) => x.1 += 1,
                    None => v.push((s.kind, 1)),
                }
            }
            let distinctive = |i: &TokInfo| name_like(i) && !ordinary(i) && chars(&i.stem) >= 4;
            let city = |w: &str| (gazetteer::word_flags(w) | gazetteer::word_flags(gazetteer::bare(w))) & CITY != 0;
            // (Not a word general Arabic uses most, المدينة, "the city", البيضاء, "the
            // white": a reader takes those for the word.)
            if s.kind == EntityType::Loc && infos.len() == 1 && infos[0].stem.starts_with("ال") && city(&infos[0].stem) && !distinctive(&infos[0]) && infos[0].gen[0] <= 4 {
                definite_cities.entry(infos[0].stem.clone()).or_default().insert(a);
            }
            // A town named with "the Greater", المحلة الكبرى, is named by its first word
            // alone too (وشهدت المحلة), a word general Arabic knows ("the locality").
            if s.kind == EntityType::Loc && infos.len() == 2 && infos[0].stem.starts_with("ال") && infos[0].stem == infos[0].norm && chars(&infos[0].stem) >= 5 && infos[1].norm == "الكبري" {
                greater_towns.insert(infos[0].stem.clone());
            }
            // A person's foreign family name alone names the person in the other
            // reports too (كاريوكي of جيمس كاريوكي, after السفير in another outlet).
            // (Foreign by its letters, كاريوكي, when general Arabic happens to know it.)
            let family = distinctive(last) || !ordinary(last) && chars(&last.stem) >= 5 && last.letters >= 5;
            // (Or a foreign family name whose first letter is و, which the stemmer took off
            // as "and" (ولكنسون, ويلكينسون): general Arabic never writes the whole word; it
            // spreads with its و.)
            let waw_family = last.norm.strip_prefix('و') == Some(last.stem.as_str()) && chars(&last.stem) >= 5 && super::general_freq::buckets(&last.norm)[0] == 0 && crate::lexicon::count(&last.norm) == 0;
            if waw_family && s.kind == EntityType::Per && infos.len() >= 2 && family && !last.gaz.has(GIVEN) {
                waw_surnames.insert(last.norm.clone());
            }
            if s.kind == EntityType::Per && infos.len() >= 2 && (last.stem == last.norm || waw_family) && !last.stem.starts_with("ال") && family && !last.gaz.has(GIVEN) {
                let w = vec![last.stem.clone()];
                // (And in the other spellings of its g where it writes غ and no ج, as the
                // whole name spreads below: فيسترغارد alone is فيسترجارد in an Egyptian
                // outlet, as ينس فيسترغارد is ينس فيسترجارد.)
                let mut spellings = vec![w];
                if last.stem.contains('غ') && !last.stem.contains('ج') {
                    spellings.extend(['ج', 'ك'].map(|g| vec![last.stem.chars().map(|c| if c == 'غ' { g } else { c }).collect::<String>()]));
                }
                for w in spellings {
                    surnames.insert(w.clone());
                    let v = names.entry(w).or_default();
                    match v.iter_mut().find(|x| x.0 == s.kind) {
                        Some(x) => x.1 += 1,
                        None => v.push((s.kind, 1)),
                    }
                }
            }
            // (A later word may hold the ل of what the body is for: ميتسوبيشي للصناعات
            // الثقيلة spreads to the report that the tagger read without it.)
            // A short name the report gives in brackets right after the body's full
            // name (الشركة الكويتية للصناعات البترولية المتكاملة (كيبك)) is that body's
            // name by the report's own word, however ordinary its letters look.
            let bracketed = infos.len() == 1
                && s.kind == EntityType::Org
                && r.start >= 2
                && tokens[r.start - 1].norm == "("
                && tokens.get(r.end).is_some_and(|t| t.norm == ")")
                // (The span right before the bracket, by one binary search: spans are in
                // text order.)
                && ss[..ss.partition_point(|o| o.end <= tokens[r.start - 1].start)].last().is_some_and(|o| o.kind == EntityType::Org && tokens_of(tokens, o).end == r.start - 1)
                && chars(&infos[0].stem) >= 3
                && !infos[0].stem.starts_with("ال");
            // A short name the report gives in brackets or quote marks right after the
            // body's full name (الاتحاد الإفريقي لكرة القدم (كاف), … "كاف") names the
            // body with the article too, as outlets write acronyms (الكاف, الفيفا).
            let marked_short = bracketed || infos.len() == 1 && s.kind == EntityType::Org && r.start >= 2 && tokens[r.start - 1].norm == "\"" && tokens.get(r.end).is_some_and(|t| t.norm == "\"") && ss[..ss.partition_point(|o| o.end <= tokens[r.start - 1].start)].last().is_some_and(|o| o.kind == EntityType::Org && tokens_of(tokens, o).end == r.start - 1);
            // (Not a short name that is an ordinary noun general Arabic also writes with
            // the article and with possessive suffixes, «موانئ», «معادن», «طاقة»: with
            // the article it is the common noun, الموانئ السعودية, أسعار المعادن. Acronyms,
            // كاف, فيفا, take no such suffixes or are shorter.)
            let common_noun = chars(&infos[0].stem) >= 4 && infos[0].gen[2] >= 3 && ordinary(&infos[0]);
            if marked_short && chars(&infos[0].stem) >= 3 && !infos[0].stem.starts_with("ال") && infos[0].stem == infos[0].norm && !common_noun {
                let v = names.entry(vec![format!("ال{}", infos[0].stem)]).or_default();
                match v.iter_mut().find(|x| x.0 == s.kind) {
                    Some(x) => x.1 += 1,
                    None => v.push((s.kind, 1)),
                }
            }
            // (A foreign word after the first that begins with و is no و "and" where
            // general Arabic never writes the whole word: ويتكومب, وايتهاوس.)
            let foreign_waw = |i: &TokInfo| s.kind == EntityType::Per && i.norm.starts_with('و') && i.norm.strip_prefix('و') == Some(i.stem.as_str()) && chars(&i.norm) >= 5 && super::general_freq::buckets(&i.norm)[0] == 0;
            // (Or a company named by one word general Arabic knows and its trade, رواسي
            // للأسمنت, المسند للاستثمار: the two words together name it wherever written.)
            let traded = s.kind == EntityType::Org && infos.len() == 2 && one_of(TRADES, &infos[1].norm) && infos[0].stem == infos[0].norm && chars(&infos[0].stem) >= 3 && !is_org_head(&infos[0]) && !infos[0].gaz.has(COUNTRY | CITY | REGION);
            let ok = if infos.len() == 1 { distinctive(&infos[0]) || bracketed } else { traded || infos.iter().any(distinctive) && infos[1..].iter().all(|i| i.stem == i.norm || i.norm.starts_with("لل") || foreign_waw(i)) };
            // (A person's name of two or three words general Arabic may also read as
            // words, سنب نفر, spreads only to where quote marks hold exactly its words.)
            if !ok && s.kind == EntityType::Per && infos.len() >= 2 && infos.iter().all(|i| i.stem == i.norm && !i.norm.starts_with("ال")) {
                *quoted_people.entry(words.clone()).or_default() += 1;
            }
            let quoted = r.start > 0 && tokens[r.start - 1].norm == "\"" && tokens.get(r.end).is_some_and(|t| t.norm == "\"");
            if !ok && quoted && matches!(s.kind, EntityType::Org | EntityType::Misc) && infos.iter().all(|i| i.stem == i.norm) {
                quoted_bodies.insert(infos.iter().map(|i| i.norm.clone()).collect(), s.kind);
            }
            if !ok {
                continue;
            }
            // A foreign place's name of one word written with غ in one outlet and ج in
            // another (غوما / جوما, the g of Egyptian spelling): both spellings spread.
            if infos.len() == 1 && s.kind == EntityType::Loc && !infos[0].gaz.has(GIVEN | FAMILY) {
                let w = &words[0];
                let other: String = w.chars().map(|c| match c { 'غ' => 'ج', 'ج' => 'غ', c => c }).collect();
                // (Every g of the word, written one way: واغادوغو / واجادوجو; not a word
                // that writes both letters, which may be an Arabic ج.)
                let (gh, j) = (w.chars().filter(|&c| c == 'غ').count(), w.chars().filter(|&c| c == 'ج').count());
                if other != *w && (gh == 0) != (j == 0) {
                    let v = names.entry(vec![other]).or_default();
                    match v.iter_mut().find(|x| x.0 == s.kind) {
                        Some(x) => x.1 += 1,
                        None => v.push((s.kind, 1)),
                    }
                }
            }
            // A foreign person's name of two or three words written with غ for g in one
            // outlet is written with ج in an Egyptian one and with ك in a Maghreb one
            // (غراهام / جراهام / كراهام ويتكومب): the name spreads in each spelling, where
            // it writes no ج itself (which may be the Arabic letter).
            if (2..=3).contains(&infos.len()) && s.kind == EntityType::Per {
                let all: String = words.concat();
                if all.contains('غ') && !all.contains('ج') {
                    for g in ['ج', 'ك'] {
                        let other: Vec<String> = words.iter().map(|w| w.chars().map(|c| if c == 'غ' { g } else { c }).collect()).collect();
                        g_spellings.insert(other.clone());
                        let v = names.entry(other).or_default();
                        match v.iter_mut().find(|x| x.0 == s.kind) {
                            Some(x) => x.1 += 1,
                            None => v.push((s.kind, 1)),
                        }
                    }
                }
            }
            // A place of two words whose first is a common first word of places' names
            // (تل جوخا, سيدي بلعباس) is named by its second word alone too (من جوخا),
            // where that word is a name by itself and no person's.
            if infos.len() == 2 && s.kind == EntityType::Loc && infos[1].stem == infos[1].norm && one_of(TWO_WORD_PLACE_FIRSTS, &infos[0].stem) && distinctive(&infos[1]) && !is_person_word(&infos[1]) && !infos[1].gaz.has(gazetteer::GIVEN_BIG) {
                let v = names.entry(vec![infos[1].stem.clone()]).or_default();
                match v.iter_mut().find(|x| x.0 == s.kind) {
                    Some(x) => x.1 += 1,
                    None => v.push((s.kind, 1)),
                }
            }
            let v = names.entry(words).or_default();
            match v.iter_mut().find(|x| x.0 == s.kind) {
                Some(x) => x.1 += 1,
                None => v.push((s.kind, 1)),
            }
        }
    }
    // (Marked in two reports of the event or more, not twice in one text.)
    definite_cities.retain(|_, n| n.len() >= 2);
    // (A town "the Greater" is named so by one report: its first word spreads with it.)
    for w in greater_towns {
        definite_cities.entry(w).or_default();
    }
    quoted_people.retain(|_, n| *n >= 2);
    if names.is_empty() && definite_surnames.is_empty() && word_surnames.is_empty() && definite_cities.is_empty() && quoted_people.is_empty() && quoted_bodies.is_empty() {
        return;
    }
    // Names by their first and second words: a word looks at its own names only, the
    // one-word name and those whose second word follows it (not every name with its
    // first word, for each of its places: quadratic on many names of one first word).
    type Named<'n> = (&'n Vec<String>, &'n Vec<(EntityType, usize)>);
    let mut by_first: HashMap<(&str, Option<&str>), Vec<Named>> = HashMap::new();
    for (w, v) in &names {
        by_first.entry((w[0].as_str(), w.get(1).map(String::as_str))).or_default().push((w, v));
    }
    let firsts: HashSet<&str> = by_first.keys().map(|k| k.0).collect();
    // Names of one word, by their length in bytes, for a name written apart elsewhere
    // (نوفاباي, later نوفا باي).
    let joined_lengths: HashSet<usize> = names.keys().filter(|w| w.len() == 1 && chars(&w[0]) >= 6).map(|w| w[0].len()).collect();
    for (a, ss) in spans.iter_mut().enumerate() {
        let (text, tokens) = (texts[a], toks[a]);
        // (A person, or a place or body, the tagger found after the و of such a family
        // name, يلكينسون of ويلكينسون alone, is the person with the و.)
        if !waw_surnames.is_empty() {
            for s in ss.iter_mut().filter(|s| is_model(s.kind)) {
                let k = tokens.partition_point(|t| t.end <= s.start);
                if let Some(t) = tokens.get(k).filter(|t| t.start < s.start && t.end == s.end && waw_surnames.contains(&t.norm)) {
                    if text[t.start..s.start].chars().eq(['و']) {
                        s.start = t.start;
                        s.kind = EntityType::Per;
                    }
                }
            }
        }
        let covered = covered_tokens(tokens, ss);
        let mut added = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            // A name of one word the reports give joined, written here in two words
            // with nothing but a space between them.
            let apart = i + 1 < tokens.len()
                && t.kind == TokenKind::Word
                && tokens[i + 1].kind == TokenKind::Word
                && !covered[i]
                && !covered[i + 1]
                && joined_lengths.contains(&(t.norm.len() + tokens[i + 1].norm.len()))
                && chars(&t.norm) >= 2
                && chars(&tokens[i + 1].norm) >= 2
                && gaps::one_space(text, t.end, tokens[i + 1].start);
            if apart {
                let joined = vec![format!("{}{}", t.norm, tokens[i + 1].norm)];
                if let Some(votes) = names.get(&joined) {
                    let kind = votes.iter().max_by_key(|x| x.1).map_or(EntityType::Misc, |x| x.0);
                    added.push(Span { start: t.start, end: tokens[i + 1].end, kind, score: 0.6 });
                    i += 2;
                    continue;
                }
            }
            if t.kind == TokenKind::Word && !covered[i] && i > 0 && !covered[i - 1] && tokens[i - 1].kind == TokenKind::Word && definite_surnames.contains(&t.norm) {
                let p = marked(&tokens[i - 1], words_seen);
                // (Not the first word of a title: دعا الأمين العام, the secretary-general.)
                let title = tokens.get(i + 1).is_some_and(|n| n.kind == TokenKind::Word && n.norm.starts_with("ال") && gaps::one_space(text, t.end, n.start));
                // (Or right after a definite title, الوزير الحويك, القاضي الخوري: the
                // family name a report gave after a given name, standing for its holder;
                // not a word that only looks like one, which the lists of adjectives,
                // ordinals and countries keep out of these names.)
                let after_title = p.stem.starts_with("ال") && p.gaz.has(gazetteer::TITLE);
                // (Or after a noun of the people around a person, زملاء الطويهري, as in
                // [`people`].)
                if (!p.stem.starts_with("ال") && (verb_like(&p) || in_list(&p, THAT) && t.norm.ends_with('ي') || in_list(&p, COMPANIONS)) || after_title) && !title {
                    added.push(Span { start: t.start, end: t.end, kind: EntityType::Per, score: 0.6 });
                    i += 1;
                    continue;
                }
            }
            if t.kind == TokenKind::Word && !covered[i] && i > 0 && !covered[i - 1] && tokens[i - 1].kind == TokenKind::Word && word_surnames.get(&t.norm).is_some_and(|firsts| firsts.iter().any(|&f| same_hamza(f, texts[a][t.start..t.end].chars().next().unwrap_or(' ')))) {
                let p = marked(&tokens[i - 1], words_seen);
                let definite_noun = p.stem.starts_with("ال") && p.stem == p.norm && chars(&p.stem) >= 4;
                if definite_noun || !p.stem.starts_with("ال") && verb_like(&p) {
                    added.push(Span { start: t.start, end: t.end, kind: EntityType::Per, score: 0.6 });
                    i += 1;
                    continue;
                }
            }
            // A person's name the reports mark twice or more, in quote marks that hold
            // exactly its words (مقبرة المشرف "سنب نفر").
            if t.kind == TokenKind::Word && !covered[i] && i > 0 && !quoted_people.is_empty() && tokens[i - 1].norm == "\"" {
                let hit = quoted_people.keys().find(|w| {
                    let e = i + w.len();
                    e < tokens.len() && tokens[e].norm == "\"" && (0..w.len()).all(|k| !covered[i + k] && tokens[i + k].kind == TokenKind::Word && tokens[i + k].norm == w[k])
                });
                if let Some(w) = hit {
                    added.push(Span { start: t.start, end: tokens[i + w.len() - 1].end, kind: EntityType::Per, score: 0.6 });
                    i += w.len();
                    continue;
                }
            }
            if t.kind == TokenKind::Word && !covered[i] && i > 0 && !quoted_bodies.is_empty() && tokens[i - 1].norm == "\"" {
                let hit = quoted_bodies.iter().find(|(w, _)| {
                    let e = i + w.len();
                    e < tokens.len() && tokens[e].norm == "\"" && (0..w.len()).all(|k| !covered[i + k] && tokens[i + k].kind == TokenKind::Word && tokens[i + k].norm == w[k])
                });
                if let Some((w, &kind)) = hit {
                    added.push(Span { start: t.start, end: tokens[i + w.len() - 1].end, kind, score: 0.6 });
                    i += w.len();
                    continue;
                }
            }
            // A city two reports or more mark whose name is also a definite word
            // (الأقصر, "the shortest"): the city where a definite noun before it cannot
            // make it that noun's adjective (بالأقصر, آثار الأقصر; not الطريق الأقصر).
            if t.kind == TokenKind::Word && !covered[i] && !definite_cities.is_empty() {
                let me = marked(t, words_seen);
                let after_definite = i > 0 && tokens[i - 1].kind == TokenKind::Word && {
                    let p = marked(&tokens[i - 1], words_seen);
                    p.stem.starts_with("ال") && p.stem == p.norm
                };
                if definite_cities.contains_key(&me.stem) && (me.stem != me.norm || !after_definite) {
                    let cut = if me.stem != me.norm { super::clitic::clitic_bytes(&text[t.start..t.end]) } else { 0 };
                    if t.start + cut < t.end {
                        added.push(Span { start: t.start + cut, end: t.end, kind: EntityType::Loc, score: 0.6 });
                        i += 1;
                        continue;
                    }
                }
            }
            // A foreign person's name in another spelling of its g whose first word the
            // tagger took alone for a place or a body (كراهام of كراهام ويتكومب): the
            // person's, over that span.
            if t.kind == TokenKind::Word && covered[i] && !g_spellings.is_empty() {
                let hit = g_spellings.iter().find(|w| w[0] == t.norm && i + w.len() <= tokens.len() && (1..w.len()).all(|k| !covered[i + k] && tokens[i + k].kind == TokenKind::Word && tokens[i + k].norm == w[k]));
                // (The span of that word alone, by one binary search among the spans,
                // which are in text order, and only for a spelling's first word: a scan
                // of them all at every covered word was quadratic on long texts.)
                let alone = hit.and_then(|_| {
                    let from = ss.partition_point(|x| x.start < t.start);
                    (from..ss.len()).take_while(|&q| ss[q].start <= t.end).find(|&q| ss[q].kind != EntityType::Per && tokens_of(tokens, &ss[q]) == (i..i + 1))
                });
                if let (Some(w), Some(p)) = (hit, alone) {
                    ss.remove(p);
                    added.push(Span { start: t.start, end: tokens[i + w.len() - 1].end, kind: EntityType::Per, score: 0.6 });
                    i += w.len();
                    continue;
                }
            }
            // The stem is the word less up to two clitic letters, or, after لل, the
            // word with its article back: look it up only where one of those is a name's.
            let maybe = t.kind == TokenKind::Word
                && !covered[i]
                && (t.norm.char_indices().take(3).any(|(b, _)| firsts.contains(&t.norm[b..])) || t.norm.starts_with("لل") && firsts.contains(format!("ا{}", &t.norm[2..]).as_str()));
            if !maybe {
                i += 1;
                continue;
            }
            let mut stem = super::features::word_stem(&t.norm);
            // (A preposition the stemmer kept on a place it does not know, ببوزنيقة of
            // بوزنيقة named in the dateline: the word less its ب or ل where that is a
            // place's first word of four letters or more and the whole word is none.)
            let mut kept_clitic = 0;
            if stem == t.norm && !firsts.contains(stem.as_str()) {
                if let Some(c) = t.norm.chars().next().filter(|c| "بل".contains(*c)) {
                    let rest = &t.norm[c.len_utf8()..];
                    if chars(rest) >= 4 && firsts.contains(rest) {
                        stem = rest.to_string();
                        kept_clitic = text[t.start..t.end].chars().next().map_or(0, char::len_utf8);
                    }
                }
            }
            let second = tokens.get(i + 1).map(|t| t.norm.as_str());
            let best = [by_first.get(&(stem.as_str(), None)), second.and_then(|n| by_first.get(&(stem.as_str(), Some(n))))]
                .into_iter()
                .flatten()
                .flatten()
                .copied()
                .filter(|(w, _)| {
                    i + w.len() <= tokens.len() && (1..w.len()).all(|k| !covered[i + k] && tokens[i + k].kind == TokenKind::Word && tokens[i + k].norm == w[k])
                })
                .max_by_key(|(w, _)| w.len());
            let Some((w, votes)) = best else {
                i += 1;
                continue;
            };
            // (A short name before another purpose after ل is another body's: الاتحاد
            // المصري لكرة اليد.)
            if short_forms.contains(w) && tokens.get(i + w.len()).is_some_and(|n| n.kind == TokenKind::Word && n.norm.starts_with('ل')) {
                i += 1;
                continue;
            }
            // A family name alone, not with a given name before it or a name after it
            // (another person of that family: سالم كاريوكي).
            let mut flags = |k: usize| marked(&tokens[k], words_seen).gaz.0;
            let mut named = |k: usize| k < tokens.len() && !covered[k] && tokens[k].kind == TokenKind::Word && flags(k) & (GIVEN | FAMILY) != 0;
            if w.len() == 1 && surnames.contains(w) && !names[w].iter().any(|x| x.0 != EntityType::Per) && (i > 0 && named(i - 1) || named(i + 1)) {
                i += 1;
                continue;
            }
            // (A definite name right after a title is the title's complement: وزير الأشغال
            // العامة والنقل, though وزارة الأشغال العامة والنقل spreads its name without
            // the head.)
            if w.len() >= 2 && w[0].starts_with("ال") && i > 0 && tokens[i - 1].kind == TokenKind::Word && flags(i - 1) & gazetteer::TITLE != 0 {
                i += 1;
                continue;
            }
            let kind = votes.iter().max_by_key(|x| x.1).map_or(EntityType::Misc, |x| x.0);
            // (Or a body's foreign name that general Arabic does not know, after the
            // preposition ل: لتيرنا of تيرنا named elsewhere, "Terna's".)
            let foreign_body = kind == EntityType::Org && w.len() == 1 && t.norm.starts_with('ل') && super::general_freq::buckets(&stem)[0] == 0;
            if kept_clitic > 0 && kind != EntityType::Loc && !foreign_body {
                i += 1;
                continue;
            }
            let mut start = t.start;
            if kept_clitic > 0 {
                start += kept_clitic;
            } else if stem != t.norm && !(w.len() == 1 && waw_surnames.contains(&t.norm)) {
                let cut = super::clitic::clitic_bytes(&text[t.start..t.end]);
                if t.start + cut < t.end {
                    start += cut;
                }
            }
            // (A place named again right after a natural feature's head or a dam's, which
            // the tagger did not mark there, is the feature or the dam named after it:
            // وادي جومين, سد جومين of جومين, the head in, as [`retype`] and the dams'
            // rules have it where the tagger found the name.)
            if kind == EntityType::Loc && start == t.start && i > 0 && !covered[i - 1] && tokens[i - 1].kind == TokenKind::Word && gaps::one_space(text, tokens[i - 1].end, t.start) && added.last().is_none_or(|p: &Span| p.end <= tokens[i - 1].start) {
                let h = marked(&tokens[i - 1], words_seen);
                let word = &text[tokens[i - 1].start..tokens[i - 1].end];
                if !h.stem.starts_with("ال") && (in_list(&h, FEATURES) || h.stem == "سد") && !word.contains(['أ', 'إ']) {
                    start = tokens[i - 1].start + if h.stem != h.norm { super::clitic::clitic_bytes(word) } else { 0 };
                }
            }
            let end = tokens[i + w.len() - 1].end;
            added.push(Span { start, end, kind, score: 0.6 });
            i += w.len();
        }
        if !added.is_empty() {
            ss.extend(added);
            ss.sort_by_key(|s| (s.start, s.end));
        }
    }
}

/// A token's facts with the gazetteer's flags ([`TokInfo::from_token_cached`] leaves
/// them unset; the spread reads tokens one at a time, outside the tagger's sentences).
fn marked<'a>(t: &'a Token, words: &mut WordCache<'a>) -> TokInfo {
    let mut one = [TokInfo::from_token_cached(t, words)];
    gazetteer::mark(&mut one);
    let [info] = one;
    info
}

/// Honorifics before a dignitary's name or title (قداسة البابا, فخامة الرئيس, سماحة
/// المفتي), in `search` form: never a word of a name.
pub(super) const HONORIFICS: &[&str] = &["قداسه", "فخامه", "سماحه", "معالي", "سعاده", "سمو", "فضيله", "نيافه", "غبطه", "صاحب", "جلاله",
    // (Malaysia's and Brunei's honorifics, Datuk and Dato', as Arabic writes them: داتو
    // حسن يعقوب.)
    "داتو", "داتوك"];

/// Titles of rulers and popes whose names end with an ordinal (البابا ليو الرابع عشر,
/// الملك تشارلز الثالث), in `search` form.
const REGNAL_TITLES: &[&str] = &["البابا", "الملك", "الملكه", "السلطان", "الامبراطور", "الامبراطوره", "القيصر", "البطريرك"];

/// The same titles without the article, which govern the realm or the see before the
/// name (ملك الأردن عبد الله الثاني, بطريرك أنطاكية وسائر المشرق … يوحنا العاشر).
const REGNAL_TITLES_OF: &[&str] = &["ملك", "ملكه", "سلطان", "امبراطور", "امبراطوره", "قيصر", "بطريرك"];

/// A ruler's or a pope's name the tagger ended before its ordinal (البابا ليو + الرابع
/// عشر): after a title of [`REGNAL_TITLES`], inside or right before the span, or of
/// [`REGNAL_TITLES_OF`] a few words before it with only words between (its realm or
/// see), the ordinal (and عشر) is the name's.
fn regnal_ordinals(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm;
    for k in 0..spans.len() {
        if spans[k].kind != EntityType::Per {
            continue;
        }
        let r = tokens_of(tokens, &spans[k]);
        let titled = in_list(&infos[r.start], REGNAL_TITLES) || r.start > 0 && word(r.start - 1) && in_list(&infos[r.start - 1], REGNAL_TITLES);
        // (Or the title of a realm or see, up to eight words before, words all between.)
        let titled = titled || (r.start.saturating_sub(8)..r.start).rev().take_while(|&b| tokens[b].kind == TokenKind::Word).any(|b| infos[b].stem == infos[b].norm && in_list(&infos[b], REGNAL_TITLES_OF));
        let free = |e: usize| spans.get(k + 1).is_none_or(|n| n.start >= tokens[e].end);
        let mut e = r.end;
        if titled && word(e) && infos[e].stem != "عشر" && in_list(&infos[e], ORDINALS) && free(e) {
            e += 1;
            if word(e) && infos[e].stem == "عشر" && free(e) {
                e += 1;
            }
            spans[k].end = tokens[e - 1].end;
        }
    }
    spans
}

/// Ordinals, which end the names of kings and popes (عبد الله الثاني), in `search` form.
pub(super) const ORDINALS: &[&str] = &[
    "الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر",
    "عشر", "الاكبر", "الاصغر",
];

/// Can this definite last word of a person's name (`search` form) stand alone for the
/// person: a family name (الغربي), not an ordinal (الثاني) nor the adjective of a
/// country (السويدي), which stand alone as adjectives?
fn definite_family_name(w: &str) -> bool {
    w.starts_with("ال") && chars(w) >= 5 && !RELATIONAL.contains(&w) && !ORDINALS.contains(&w) && gazetteer::word_flags(w) & (NISBA | COUNTRY | CITY | REGION) == 0 && !country_adjective(w)
}

/// Is the `search` form the adjective of a country or region (سويدي of السويد, تشيكي
/// of تشيكيا; [`gazetteer::place_adjective`])? (Directions such as غربي are not: غرب is
/// no country.) Also the adjectives whose country's name has another shape (سعودي of
/// السعودية, إنجليزي of إنجلترا, نمساوي of النمسا), which that table lacks: it feeds
/// the tagger's features, so mending it there needs a retrain; the rules read them here.
pub(super) fn country_adjective(word: &str) -> bool {
    if gazetteer::place_adjective(word) == Some(gazetteer::Nisba::Land) {
        return true;
    }
    let bare = word.strip_prefix("ال").unwrap_or(word);
    let masculine = bare.strip_suffix('ه').filter(|m| m.ends_with('ي')).unwrap_or(bare);
    // (A country whose name ends in ي is its own adjective, جيبوتي of الجيبوتية, where
    // general Arabic does not use the word otherwise: not المالية, "financial".)
    one_of(IRREGULAR_COUNTRY_ADJECTIVES, masculine) || masculine.ends_with('ي') && gazetteer::word_flags(masculine) & gazetteer::COUNTRY != 0 && super::general_freq::buckets(bare)[0] <= 1
}

/// Adjectives of countries (and football's home nations) whose names the adjective does
/// not end like, in `search` form without the article.
const IRREGULAR_COUNTRY_ADJECTIVES: &[&str] = &["سعودي", "انجليزي", "انكليزي", "اماراتي", "اسكتلندي", "اسكوتلندي", "نمساوي"];

/// A word that looks like a verb of the past or present (يرتبط, تقول, أكد): general
/// Arabic knows it and (almost) never with the article, and it is not a name of the lists.
/// Or, unknown to general Arabic, an imperfect verb of two or more (تنفيان, يؤكدون).
pub(super) fn verb_like(info: &TokInfo) -> bool {
    let [common, article, _, _] = info.gen;
    let imperfect_plural = common == 0 && chars(&info.stem) >= 5 && info.stem.starts_with(['ي', 'ت']) && (info.stem.ends_with("ان") || info.stem.ends_with("ون"));
    info.kind == TokenKind::Word
        && (common >= 2 && matches!(article, 1 | 7) || imperfect_plural)
        && !is_person_word(info)
        && !info.gaz.has(COUNTRY | CITY | REGION | ORG_HEAD | gazetteer::TITLE)
}

/// A place the tagger ran on over a person's given name (الشرق الأوسط ديتمار of رئيس
/// الشركة في الشرق الأوسط ديتمار زيغفريد): a place of two words or more that the place
/// lists or WikiFANE's places hold, then one word general Arabic does not know and the
/// lists hold as no place, with another such word right after the span: the place ends
/// where the lists' place does, and the two words are a person.
fn places_before_people(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let foreign = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && !infos[k].norm.starts_with("ال") && infos[k].gen[0] <= 1 && name_like(&infos[k]) && !ordinary(&infos[k]) && place_flags(infos, k, k + 1) == 0 && !infos[k].gaz.has(ORG_HEAD | gazetteer::TITLE);
    let mut people = Vec::new();
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        let placed = |j: usize| infos[j].gaz.has(gazetteer::WF_LOC | COUNTRY | CITY | REGION);
        let listed = place_flags(infos, r.start, r.end - 1) != 0 || (r.start..r.end - 1).all(placed);
        // (Or a country of the lists that the tagger ran on over the whole person after
        // it, ممثل المفوضية في تشاد لوران بيرتييه: the country, then a given name of the
        // lists (the big list too) and one foreign word, the span's last, that no list holds as a place.)
        if spans[k].kind == EntityType::Loc && r.len() == 3 && infos[r.start].gaz.has(COUNTRY) && infos[r.start].stem == infos[r.start].norm && place_flags(infos, r.start, r.end) == 0 {
            let g = r.start + 1;
            let given = tokens[g].kind == TokenKind::Word && infos[g].stem == infos[g].norm && !infos[g].norm.starts_with("ال") && infos[g].gaz.has(GIVEN | gazetteer::GIVEN_BIG) && !infos[g].gaz.has(COUNTRY | CITY) && !ordinary(&infos[g]);
            if given && foreign(r.end - 1) && !placed(r.end - 1) && gaps::one_space(text, tokens[r.start].end, tokens[g].start) {
                spans[k].end = tokens[r.start].end;
                people.extend(span_over(text, tokens, infos, g, r.end, EntityType::Per, 0.6));
                continue;
            }
        }
        if spans[k].kind != EntityType::Loc || r.len() < 3 || !listed || placed(r.end - 1) || !foreign(r.end - 1) || !foreign(r.end) {
            continue;
        }
        let free = spans.get(k + 1).is_none_or(|n| n.start >= tokens[r.end].end);
        if !free || !gaps::one_space(text, tokens[r.end - 1].end, tokens[r.end].start) {
            continue;
        }
        spans[k].end = tokens[r.end - 2].end;
        people.extend(span_over(text, tokens, infos, r.end - 1, r.end + 1, EntityType::Per, 0.6));
    }
    if !people.is_empty() {
        spans.extend(people);
        spans.sort_by_key(|s| (s.start, s.end));
    }
    spans
}

/// Offices held over a town or a province, whose holder's name follows the place
/// (محافظ بيروت مروان عبود, رئيس بلدية جبيل وسام زعرور), in `search` form; بلديه
/// after رئيس.
const PLACE_OFFICES: &[&str] = &["محافظ", "عمده", "مختار", "والي", "حاكم", "امير", "مطران", "مفتي", "قائمقام", "بلديه"];

/// A person named right after an office and its place (رئيس بلدية جونية فادي نعمة,
/// رئيس بلدية طرابلس أحمد قمر الدين): a given name of the lists and the word after it,
/// which may be a word general Arabic knows (نعمة, "grace") or a compound's الدين / الله,
/// where the tagger saw nothing or took the given name for the place or part of it. PER.
fn people_after_offices_of_places(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let mut found = Vec::new();
    for s in spans.iter().filter(|s| s.kind == EntityType::Loc) {
        let r = tokens_of(tokens, s);
        if r.is_empty() || r.start == 0 || !word(r.start - 1) {
            continue;
        }
        let office = &infos[r.start - 1];
        let held = office.stem == office.norm && in_list(office, PLACE_OFFICES) && (office.norm != "بلديه" || r.start >= 2 && infos[r.start - 2].stem == "رئيس");
        if !held {
            continue;
        }
        // The given name: after the place, or the place's last word (جونية فادي).
        let g = if r.len() >= 2 && infos[r.end - 1].gaz.has(GIVEN) && place_flags(infos, r.start, r.end - 1) != 0 { r.end - 1 } else { r.end };
        let given = word(g) && infos[g].stem == infos[g].norm && !infos[g].norm.starts_with("ال") && infos[g].gaz.has(GIVEN) && place_flags(infos, g, g + 1) == 0;
        let next = g + 1;
        // (A family name may begin with a letter the clitic rule takes for ل: لبكي, لحود.)
        let family = word(next) && (infos[next].stem == infos[next].norm || infos[next].norm.starts_with('ل') && !infos[next].norm.starts_with("لل") && chars(&infos[next].norm) >= 4) && chars(&infos[next].norm) >= 3 && !verb_like(&infos[next]) && !in_list(&infos[next], NOT_LAST) && !infos[next].gaz.has(gazetteer::TITLE | ORG_HEAD);
        // (Not where the tagger found the person, whose name may be longer: محافظ بغداد
        // عمار كاظم الموسوي.)
        let person = || {
            let k = spans.partition_point(|p| p.end <= tokens[g].start);
            spans.get(k).is_some_and(|p| p.kind == EntityType::Per && p.start <= tokens[g].start)
        };
        if !given || !family || !gaps::one_space(text, tokens[g].end, tokens[next].start) || person() {
            continue;
        }
        let end = if word(next + 1) && matches!(infos[next + 1].norm.as_str(), "الدين" | "الله") { next + 2 } else { next + 1 };
        found.push((g, end, r.start));
    }
    if found.is_empty() {
        return spans;
    }
    // (The place ends before the given name; the tagger's spans over the name go.)
    let mut out = Vec::with_capacity(spans.len() + found.len());
    for s in spans {
        let r = tokens_of(tokens, &s);
        match found.iter().find(|&&(g, end, _)| r.start < end && g < r.end) {
            Some(&(g, _, place)) if s.kind == EntityType::Loc && r.start == place && g > r.start => out.push(Span { end: tokens[g - 1].end, ..s }),
            Some(_) if is_model(s.kind) => {}
            Some(_) | None => out.push(s),
        }
    }
    for (g, end, _) in found {
        if out.iter().all(|s| s.end <= tokens[g].start || s.start >= tokens[end - 1].end) {
            out.extend(span_over(text, tokens, infos, g, end, EntityType::Per, 0.7));
        }
    }
    out.sort_by_key(|s| (s.start, s.end));
    out
}

/// Place flags of the words `a..b` taken as one name (a word, or a phrase of the place
/// lists), 0 when they are not one place.
pub(super) fn place_flags(infos: &[TokInfo], a: usize, b: usize) -> u32 {
    if b <= a {
        return 0;
    }
    let f = if b == a + 1 {
        gazetteer::word_flags(&infos[a].stem)
    } else {
        let mut key = gazetteer::bare(&infos[a].stem).to_string();
        for i in &infos[a + 1..b] {
            key.push(' ');
            key.push_str(&i.norm);
        }
        gazetteer::phrase_flags(&key)
    };
    f & (COUNTRY | CITY | REGION)
}

/// A place the tagger ended one word early, where the lists know it with the next word
/// (غار of غار الدماء, whose second word is "the bloods"): the place of the lists, over
/// a word in no mention.
fn listed_places_cut_short(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for n in 0..spans.len() {
        if spans[n].kind != EntityType::Loc {
            continue;
        }
        let r = tokens_of(tokens, &spans[n]);
        let e = r.end;
        if r.is_empty() || e >= tokens.len() || tokens[e - 1].end != spans[n].end || tokens[e].kind != TokenKind::Word || tokens[e].start != tokens[e - 1].end + 1 {
            continue;
        }
        let free = spans.get(n + 1).is_none_or(|m| m.start >= tokens[e].end);
        let w = &infos[e];
        if free && w.stem == w.norm && place_flags(infos, r.start, r.end) & (CITY | COUNTRY) == 0 && place_flags(infos, r.start, e + 1) & (CITY | COUNTRY) != 0 {
            spans[n].end = tokens[e].end;
        }
    }
    spans
}

/// Step 10b: two places with one space between that are one place of the lists (جنوب
/// and أفريقيا, which the rules and the tagger found apart: جنوب أفريقيا, جنوب السودان).
fn join_listed_places(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for mut s in spans {
        // A direction the tagger left out before a place, where the lists know the two
        // as one place (شمال أفريقيا, a region; not شمال العراق, the north of a country).
        if s.kind == EntityType::Loc {
            let r = tokens_of(tokens, &s);
            let d = r.start.wrapping_sub(1);
            let free = out.last().is_none_or(|p| d < tokens.len() && p.end <= tokens[d].start);
            // (Not the second of two directions: جنوب شرق آسيا, شمال غرب آسيا name a
            // region of which شرق آسيا is only a part.)
            const DIRECTIONS: &[&str] = &["شمال", "جنوب", "شرق", "غرب", "وسط"];
            let second_direction = r.start > 1 && tokens[d - 1].kind == TokenKind::Word && in_list(&infos[d - 1], DIRECTIONS);
            // (Or after the head of a division, whose name the direction begins: ولاية
            // شمال دارفور, إقليم شمال كيفو.)
            let after_division = |d: usize| d > 0 && tokens[d - 1].kind == TokenKind::Word && !infos[d - 1].stem.starts_with("ال") && in_list(&infos[d - 1], super::heads::DIVISION_HEADS) && infos[d].stem == infos[d].norm;
            if r.start > 0 && free && !second_direction && tokens[d].kind == TokenKind::Word && in_list(&infos[d], DIRECTIONS) && tokens[d].end < s.start && gaps::one_space(text, tokens[d].end, s.start) && r.end - d <= 4 && (place_flags(infos, d, r.end) != 0 || listed_place_phrase(infos, d, r.end) || after_division(d)) {
                if let Some(m) = span_over(text, tokens, infos, d, r.end, EntityType::Loc, s.score) {
                    s = m;
                }
            }
        }
        if let Some(prev) = out.last_mut() {
            let listed = prev.kind == EntityType::Loc
                && s.kind == EntityType::Loc
                && prev.end < s.start
                && gaps::one_space(text, prev.end, s.start)
                && {
                    let (p, r) = (tokens_of(tokens, prev), tokens_of(tokens, &s));
                    r.end - p.start <= 4 && (place_flags(infos, p.start, r.end) != 0 || listed_place_phrase(infos, p.start, r.end))
                        // A country named with its capital to tell it from another of its
                        // name (غينيا كوناكري, الكونغو برازافيل): one country.
                        || p.len() == 1 && r.len() == 1 && infos[p.start].gaz.has(COUNTRY) && infos[r.start].gaz.has(CITY) && !infos[r.start].gaz.has(COUNTRY) && infos[r.start].stem == infos[r.start].norm
                };
            if listed {
                prev.end = s.end;
                prev.score = prev.score.min(s.score);
                continue;
            }
        }
        out.push(s);
    }
    out
}

/// Are the words `a..b` (two or more) a place's name that WikiFANE's places know (جنوب
/// أفريقيا, جنوب السودان)?
fn listed_place_phrase(infos: &[TokInfo], a: usize, b: usize) -> bool {
    if b < a + 2 {
        return false;
    }
    let mut key = gazetteer::bare(&infos[a].stem).to_string();
    for i in &infos[a + 1..b] {
        key.push(' ');
        key.push_str(&i.norm);
    }
    gazetteer::phrase_flags(&key) & gazetteer::WF_LOC != 0
}

fn seats() -> &'static [Vec<String>] {
    static S: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    S.get_or_init(|| SEATS.iter().map(|s| search_text(s).split(' ').map(str::to_string).collect()).collect())
}

/// A seat of government whose first word, a foreign name general Arabic does not know,
/// the stemmer left with its proclitic (بداونينغ ستريت: "at Downing Street"): its end,
/// and where the span begins in the text, after the clitic's letters and their marks.
/// (A seat that begins with the article, بالبيت الأبيض, the stemmer reads: [`seat_at`].)
fn seat_after_clitic(text: &str, tokens: &[Token], infos: &[TokInfo], i: usize, end: usize) -> Option<(usize, usize)> {
    let w = &infos[i];
    if tokens[i].kind != TokenKind::Word || w.stem != w.norm {
        return None;
    }
    for clitic in ["وب", "ول", "فب", "ب", "ل", "و", "ف"] {
        let Some(rest) = w.norm.strip_prefix(clitic) else { continue };
        let found = seats().iter().find_map(|words| {
            let b = i + words.len();
            (!words[0].starts_with("ال") && words[0] == rest && b <= end && (1..words.len()).all(|k| infos[i + k].norm == words[k])).then_some(b)
        });
        if let Some(b) = found {
            let t = &tokens[i];
            let letters = clitic.chars().count();
            let skip = after_letters(&text[t.start..t.end], letters)?;
            return Some((b, t.start + skip));
        }
    }
    None
}

/// Do the words `a..b` name a seat of government?
fn is_seat(infos: &[TokInfo], a: usize, b: usize) -> bool {
    seat_at(infos, a, b) == Some(b)
}

/// A seat of government starting at word `i` (its article may follow a clitic:
/// بالبيت الأبيض): its end.
fn seat_at(infos: &[TokInfo], i: usize, end: usize) -> Option<usize> {
    seats().iter().find_map(|words| {
        let b = i + words.len();
        (b <= end && words.iter().enumerate().all(|(k, w)| if k == 0 { infos[i].stem == *w } else { infos[i + k].norm == *w })).then_some(b)
    })
}

/// The end of up to two definite adjectives from `j` (السياسية of للدراسات السياسية; a
/// participle after a feminine noun, المستدامة of للتنمية المستدامة).
pub(super) fn adjectives_after(infos: &[TokInfo], mut j: usize, end: usize) -> usize {
    let start = j;
    // (And "free", which names zones and markets: الهيئة العامة للاستثمار والمناطق الحرة.)
    while j < end && j < start + 2 && infos[j].kind == TokenKind::Word && infos[j].norm.starts_with("ال") && infos[j].stem == infos[j].norm && (chars(&infos[j].norm) >= 5 && !in_list(&infos[j], RELATIONAL) && (infos[j].norm.ends_with('ي') || infos[j].norm.ends_with("يه") || feminine_participle(infos, j)) || in_list(&infos[j], &["الحره", "الحر"])) {
        j += 1;
    }
    j
}

/// Nouns in `search` form that look like participles (الم… ending in ة) and begin a new
/// phrase instead of describing the noun before.
const MIM_NOUNS: &[&str] = &[
    "المنطقه", "المدينه", "المملكه", "المنظمه", "المحكمه", "المرحله", "المؤسسه", "الموسسه", "المعارضه", "المقاومه", "المجموعه",
    "المسأله", "المساله", "المشكله", "المعركه", "المدرسه", "المكتبه", "المحطه", "المنصه", "المجله", "المبادره", "المفاوضات",
];

/// Does the word at `j` govern the definite noun after it, no adjective (الأوروبية المتوسطة
/// الأجل, "medium-term")? Then it describes what comes before, not the noun it follows.
fn governs_definite_noun(infos: &[TokInfo], j: usize) -> bool {
    infos.get(j + 1).is_some_and(|n| n.kind == TokenKind::Word && n.stem == n.norm && n.norm.starts_with("ال") && !n.norm.ends_with('ي') && !n.norm.ends_with("يه"))
}

/// A definite participle of the derived forms (الم…ة: المستدامة, المتجددة, المتحدة)
/// right after a definite feminine noun: after a definite noun a definite word that
/// agrees with it is its adjective, not a genitive (which would follow a noun without
/// the article).
fn feminine_participle(infos: &[TokInfo], j: usize) -> bool {
    let w = &infos[j];
    let Some(noun) = j.checked_sub(1).map(|p| &infos[p]) else { return false };
    let definite_feminine = noun.norm.ends_with('ه') && (noun.stem.starts_with("ال") || noun.norm.starts_with("ال") || noun.norm.starts_with("لل"));
    definite_feminine && !governs_definite_noun(infos, j) && w.norm.starts_with("الم") && w.norm.ends_with('ه') && chars(&w.norm) >= 7 && !in_list(w, MIM_NOUNS)
}

/// An airport named after a person, which keeps its head (مطار رفيق الحريري, مطار الملكة
/// علياء), keeps the "international" after the name too: مطار رفيق الحريري الدولي. (One
/// named by its town is the town, without head or adjective, and starts no span with
/// مطار.)
fn international_airports_of_people(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for n in 0..spans.len() {
        if !matches!(spans[n].kind, EntityType::Loc | EntityType::Org) {
            continue;
        }
        let r = tokens_of(tokens, &spans[n]);
        let k = r.end;
        if r.len() < 3 || infos[r.start].stem != "مطار" || k >= tokens.len() || tokens[k].kind != TokenKind::Word {
            continue;
        }
        let d = &infos[k];
        if d.stem == d.norm && d.norm == "الدولي" && spans.get(n + 1).is_none_or(|x| x.start >= tokens[k].end) {
            spans[n].end = tokens[k].end;
        }
    }
    spans
}

/// A festival named by a word general Arabic does not know (مهرجان تيميتار, مهرجان
/// كناوة), that no list has as a place or a person: one name with its head (MISC), as a
/// festival named by its city is, where the tagger took the word alone, or nothing.
fn festivals_named_by_names(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut gone = vec![false; spans.len()];
    let mut added = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let (h, w) = (&infos[i], &infos[i + 1]);
        if tokens[i].kind != TokenKind::Word || tokens[i + 1].kind != TokenKind::Word || h.stem != "مهرجان" || !gaps::only_whitespace(text, tokens[i].end, tokens[i + 1].start) {
            continue;
        }
        let name = w.stem == w.norm && !w.norm.starts_with("ال") && w.gen[0] == 0 && w.norm.chars().count() >= 4 && !w.gaz.has(GIVEN | FAMILY | CITY | COUNTRY | REGION | gazetteer::TITLE | ORG_HEAD);
        if !name {
            continue;
        }
        // (Free, or the word alone marked: the head and any other word are in no span.)
        // (`spans` is sorted and without overlaps: those over the two words are a range.)
        let lo = spans.partition_point(|s| s.end <= tokens[i].start);
        let over: Vec<usize> = (lo..spans.len()).take_while(|&n| spans[n].start < tokens[i + 1].end).collect();
        let alone = over.iter().all(|&n| spans[n].start == tokens[i + 1].start && spans[n].end == tokens[i + 1].end);
        if !alone {
            continue;
        }
        over.iter().for_each(|&n| gone[n] = true);
        let word = &text[tokens[i].start..tokens[i].end];
        let start = tokens[i].start + word.find("مهرجان").unwrap_or(0);
        added.push(Span { start, end: tokens[i + 1].end, kind: EntityType::Misc, score: 0.6 });
    }
    let kept: Vec<Span> = spans.into_iter().zip(gone).filter(|(_, g)| !g).map(|(s, _)| s).collect();
    with_added(kept, added)
}

/// A body's name that runs on over a second word in لل right after its aim, where a
/// preposition follows that word (المؤسسة الوطنية للمتاحف للمشاركة في …, المجلس الأعلى
/// للثقافة للمساهمة في …): the second is what the body was called on to do, a verbal
/// noun governing the preposition, not a second aim; the name ends before it.
fn purposes_after_aims(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if s.kind != EntityType::Org || r.len() < 3 || r.end >= tokens.len() || (r.end - 2..=r.end).any(|k| tokens[k].kind != TokenKind::Word) {
            continue;
        }
        let (aim, last, after) = (&infos[r.end - 2], &infos[r.end - 1], &infos[r.end]);
        let two_aims = aim.norm.starts_with("لل") && last.norm.starts_with("لل") && last.norm.chars().count() >= 6;
        let preposition = matches!(after.norm.as_str(), "في" | "على" | "مع" | "من" | "الى" | "عن");
        if two_aims && preposition {
            s.end = tokens[r.end - 2].end;
        }
    }
    spans
}

/// A head of place names alone, indefinite, that the tagger marked as a place of its own
/// right before the place it heads (جزيرة فطناس as جزيرة and فطناس; a port's head,
/// ومرفأ | طرابلس, the Levant's مرفأ as ميناء): no name; the place after it is (as the
/// port's town after ميناء is).
fn lone_place_heads_before_places(tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for (n, s) in spans.iter().enumerate() {
        let r = tokens_of(tokens, s);
        let lone = s.kind == EntityType::Loc && r.len() == 1 && tokens[r.start].kind == TokenKind::Word && {
            let h = &infos[r.start];
            !h.norm.starts_with("ال") && matches!(h.stem.as_str(), "جزيره" | "جزر" | "بحيره" | "جبل" | "واحه" | "قلعه" | "قصبه" | "مرفا" | "ميناء" | "مطار")
        };
        let next_place = spans.get(n + 1).is_some_and(|x| x.kind == EntityType::Loc && r.end < tokens.len() && x.start == tokens[r.end].start);
        if lone && next_place {
            continue;
        }
        out.push(s.clone());
    }
    out
}

/// A fortress or a kasbah named by its town (قلعة شالي, قصبة شالي) is the town, as a port
/// or a palace named by its town is (ميناء رادس, قصر كولوبا), where the tagger took the head and the
/// town for a person (قلعة is also a family name): the place, LOC, without the head. The
/// town a word of the place lists and no given name (قلعة صلاح الدين stays a person's).
fn fortresses_named_by_towns(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if s.kind != EntityType::Per || r.len() != 2 || (r.start..r.end).any(|k| tokens[k].kind != TokenKind::Word) {
            continue;
        }
        let (h, w) = (&infos[r.start], &infos[r.start + 1]);
        let head = matches!(h.stem.as_str(), "قلعه" | "قصبه" | "حصن");
        let town = w.stem == w.norm && !w.norm.starts_with("ال") && w.gaz.has(CITY | REGION) && !w.gaz.has(GIVEN);
        if head && town {
            *s = Span { start: tokens[r.start + 1].start, end: s.end, kind: EntityType::Loc, score: s.score };
        }
    }
    spans
}

/// A town named after a person (مدينة زايد, مدينة خليفة) keeps its head, as an airport
/// named after one does: the given name alone would be the person. A place of one word
/// right after مدينة in the construct state, a given name of the lists and no town of
/// them, where the tagger marked the word alone; after a proclitic too (بمدينة زايد).
fn towns_named_after_people(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for n in 0..spans.len() {
        let r = tokens_of(tokens, &spans[n]);
        if spans[n].kind != EntityType::Loc || r.len() != 1 || r.start == 0 || spans[n].start != tokens[r.start].start {
            continue;
        }
        let (h, w) = (&infos[r.start - 1], &infos[r.start]);
        let head = tokens[r.start - 1].kind == TokenKind::Word && h.stem == "مدينه";
        let person = w.stem == w.norm && !w.norm.starts_with("ال") && w.gaz.has(GIVEN) && !w.gaz.has(CITY | COUNTRY | REGION);
        let free = n == 0 || spans[n - 1].end <= tokens[r.start - 1].start;
        if head && person && free && gaps::only_whitespace(text, tokens[r.start - 1].end, tokens[r.start].start) {
            let word = &text[tokens[r.start - 1].start..tokens[r.start - 1].end];
            spans[n].start = tokens[r.start - 1].start + word.find("مدين").unwrap_or(0);
        }
    }
    spans
}

/// Given names whose letters, folded as every lookup folds them, are a common word:
/// ألان and آلان (Alan) are الآن, "now", to the lists and the tagger, whose hamza sits on
/// the other alef. As written, the hamza on the first alef tells the name, and the
/// word after it, the person the tagger found or a word that is no function word,
/// title, country or definite noun (the large lists hold many surnames as towns), is
/// its family name: ألان مولدن, وآلان جوبيه.
const GIVEN_NAMES_FOLDED_LIKE_WORDS: &[&str] = &["ألان", "آلان"];

fn given_names_folded_like_words(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut gone = vec![false; spans.len()];
    let mut added = Vec::new();
    for k in 0..tokens.len().saturating_sub(1) {
        // (Folded, both names are الان: only those words are read again as written.)
        if tokens[k].kind != TokenKind::Word || !matches!(infos[k].norm.as_str(), "الان" | "والان") || tokens[k + 1].kind != TokenKind::Word || !gaps::only_whitespace(text, tokens[k].end, tokens[k + 1].start) {
            continue;
        }
        let written: String = text[tokens[k].start..tokens[k].end].chars().filter(|c| !('\u{064B}'..='\u{065F}').contains(c) && *c != '\u{0640}').collect();
        let (clitic, name) = match written.strip_prefix('و') {
            Some(rest) if GIVEN_NAMES_FOLDED_LIKE_WORDS.contains(&rest) => ("و".len(), rest),
            _ => (0, written.as_str()),
        };
        if !GIVEN_NAMES_FOLDED_LIKE_WORDS.contains(&name) {
            continue;
        }
        let lo = spans.partition_point(|x| x.end <= tokens[k].start);
        let hi = spans.partition_point(|x| x.start < tokens[k + 1].end).max(lo);
        let start = tokens[k].start + clitic;
        let next = &infos[k + 1];
        match &spans[lo..hi] {
            // (The person the tagger found after it.)
            [p] if p.kind == EntityType::Per && p.start == tokens[k + 1].start => {
                gone[lo] = true;
                added.push(Span { start, ..*p });
            }
            // (Or a word that is no function word, title, country or definite noun: the
            // hamza says a name begins, and Arabic puts the verb before its subject, so
            // a family name follows, whatever general Arabic makes of its letters:
            // مولدين is also "generators".)
            [] if next.stem == next.norm
                && !next.norm.starts_with("ال")
                && chars(&next.norm) >= 3
                && !crate::function_words::is_function_word(&next.stem)
                && !next.gaz.has(gazetteer::TITLE | ORG_HEAD | gazetteer::SPEECH | COUNTRY | gazetteer::MONTH | gazetteer::WEEKDAY) =>
            {
                added.push(Span { start, end: tokens[k + 1].end, kind: EntityType::Per, score: 0.7 });
            }
            _ => {}
        }
    }
    replace_marked(spans, &gone, added)
}

/// Ministries that Gulf and Egyptian papers name by their field alone in quote marks
/// («الداخلية», «الصحة», «التربية»), in `search` form.
const MINISTRIES_BY_FIELD: &[&str] = &[
    "الداخليه", "الخارجيه", "الدفاع", "الصحه", "التربيه", "الماليه", "العدل", "الاوقاف", "الكهرباء", "التجاره", "الاشغال",
    "الاسكان", "الشوون", "الشؤون", "الاعلام", "البلديه", "التعليم", "النفط", "الزراعه",
];

/// A ministry's field alone, one word wholly in quote marks (ضبطتها «الداخلية», قالت
/// "الصحة"): the ministry, ORG, over what the tagger made of the word.
fn ministries_by_their_field_in_quotes(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mark = |k: usize, marks: &[&str]| tokens[k].kind != TokenKind::Word && marks.contains(&&text[tokens[k].start..tokens[k].end]);
    let mut found = Vec::new();
    for k in 1..tokens.len().saturating_sub(1) {
        let w = &infos[k];
        if tokens[k].kind != TokenKind::Word || w.stem != w.norm || !in_list(w, MINISTRIES_BY_FIELD) || !mark(k - 1, &["«", "\"", "“"]) || !mark(k + 1, &["»", "\"", "”"]) {
            continue;
        }
        found.push(Span { start: tokens[k].start, end: tokens[k].end, kind: EntityType::Org, score: 0.7 });
    }
    super::heads::add_replacing_model_spans(spans, found)
}

/// A body the text names in full with what it is for after ل (الإدارة العامة للطيران
/// المدني, الهيئة العامة للاستثمار), named again by those words alone wholly in quote
/// marks, as Gulf and Egyptian papers write it («الطيران المدني» رصد, قالت "الاستثمار"):
/// that body, ORG, over what the tagger made of the words.
fn bodies_by_their_aim_in_quotes(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    // (The key words of each aim after ل at the end of a body's name: لل + a definite
    // word and the words after it to the name's end.)
    let mut aims: Vec<Vec<String>> = Vec::new();
    for s in spans.iter().filter(|s| s.kind == EntityType::Org) {
        let r = tokens_of(tokens, s);
        if let Some(k) = (r.start + 1..r.end).find(|&k| tokens[k].kind == TokenKind::Word && infos[k].norm.starts_with("لل") && infos[k].norm.chars().count() >= 5) {
            let Some(rest) = text[tokens[k].start..s.end].strip_prefix("لل") else { continue };
            let words = key_words(&format!("ال{rest}"));
            if !words.is_empty() && words.len() <= 3 {
                aims.push(words);
            }
        }
    }
    if aims.is_empty() {
        return spans;
    }
    let mark = |k: usize, marks: &[&str]| tokens[k].kind != TokenKind::Word && marks.contains(&&text[tokens[k].start..tokens[k].end]);
    let mut found = Vec::new();
    for a in 1..tokens.len() {
        if !mark(a - 1, &["«", "\"", "“"]) || tokens[a].kind != TokenKind::Word || !infos[a].norm.starts_with("ال") || infos[a].stem != infos[a].norm {
            continue;
        }
        let Some(b) = (a + 1..(a + 4).min(tokens.len())).find(|&b| tokens[b].kind != TokenKind::Word) else { continue };
        if !mark(b, &["»", "\"", "”"]) || !tokens[a..b].iter().all(|t| t.kind == TokenKind::Word) {
            continue;
        }
        let (x, y) = (tokens[a].start, tokens[b - 1].end);
        if aims.contains(&key_words(&text[x..y])) {
            found.push(Span { start: x, end: y, kind: EntityType::Org, score: 0.7 });
        }
    }
    super::heads::add_replacing_model_spans(spans, found)
}

/// A body of the list of well-known names after ل at the end of another name is a
/// second name: the outlet a source spoke to (متحدث باسم الاتحاد الأوروبي لرويترز,
/// شركة كينتك الأمريكية لرويترز, which the tagger ran on into it) or the body the first
/// belongs to (الجمعية العامة للأمم المتحدة, two names, as ANERcorp and our gold mark
/// them). The span is cut before the ل-word, and the listed body is a mention of its own.
fn listed_bodies_after_lam(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut gone = vec![false; spans.len()];
    let mut added = Vec::new();
    for (n, s) in spans.iter().enumerate() {
        let r = tokens_of(tokens, s);
        if !is_model(s.kind) || r.len() < 2 || tokens[r.end - 1].end != s.end {
            continue;
        }
        // (The first word after the first that ل governs and from which on the rest is a
        // listed body.)
        // (The stemmer keeps لرويترز whole, as it keeps unknown words: the word less its
        // ل, or with the article back where ل took its alef, للأمم.)
        let after_lam = |w: &TokInfo| -> Option<String> {
            let rest = w.norm.strip_prefix('ل')?;
            Some(if rest.starts_with('ل') { format!("ا{rest}") } else { rest.to_string() })
        };
        let Some(k) = (r.start + 1..r.end).find(|&k| {
            let Some(first) = after_lam(&infos[k]).filter(|_| tokens[k].kind == TokenKind::Word) else { return false };
            let words: Vec<String> = key_words(&first).into_iter().chain((k + 1..r.end).flat_map(|j| key_words(&infos[j].stem))).collect();
            super::known::lookup(&words).is_some_and(|(_, t)| t == EntityType::Org)
        }) else {
            continue;
        };
        let (Some(first), Some(body)) = (span_over(text, tokens, infos, r.start, k, s.kind, s.score), span_over(text, tokens, infos, k, r.end, EntityType::Org, s.score)) else { continue };
        gone[n] = true;
        added.push(Span { start: s.start, ..first });
        added.push(body);
    }
    replace_marked(spans, &gone, added)
}

/// An institution of [`INSTITUTION_HEADS`] (a university, a hospital, a secondary school:
/// not مدرسة, also a school of thought) or a foundation named after a person by a given
/// name alone (جامعة خليفة, مستشفى زايد, مؤسسة حمدان) is the body: its head and the
/// name, ORG, not the person the tagger may see in the name or nothing. The name is a
/// given name of the curated lists, no town of them, without the article or a clitic,
/// and no name goes on after it (جامعة محمد الخامس is the tagger's and the titles'); the
/// name is in no mention or in a mention of that word alone.
fn bodies_named_after_people(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let mut gone = vec![false; spans.len()];
    let mut added = Vec::new();
    for k in 0..tokens.len().saturating_sub(1) {
        if !word(k) || !word(k + 1) || !(in_list(&infos[k], INSTITUTION_HEADS) || in_list(&infos[k], &["مؤسسه", "موسسه"])) || !gaps::only_whitespace(text, tokens[k].end, tokens[k + 1].start) {
            continue;
        }
        let w = &infos[k + 1];
        let given = w.stem == w.norm && !w.norm.starts_with("ال") && w.gaz.has(GIVEN) && !w.gaz.has(CITY | COUNTRY | REGION);
        // (No name goes on after it: a family name, a given name or a mention.)
        let more = word(k + 2) && infos[k + 2].gaz.has(GIVEN | FAMILY) && infos[k + 2].stem == infos[k + 2].norm;
        if !given || more {
            continue;
        }
        let lo = spans.partition_point(|x| x.end <= tokens[k].start);
        let hi = spans.partition_point(|x| x.start < tokens[k + 1].end).max(lo);
        let alone = (lo..hi).all(|i| tokens_of(tokens, &spans[i]) == (k + 1..k + 2) && matches!(spans[i].kind, EntityType::Per | EntityType::Loc));
        if alone {
            if let Some(b) = span_over(text, tokens, infos, k, k + 2, EntityType::Org, 0.8) {
                gone[lo..hi].iter_mut().for_each(|g| *g = true);
                added.push(b);
            }
        }
    }
    replace_marked(spans, &gone, added)
}

/// A body's name that ends with a sound plural in the construct state (نقابة مستوردي,
/// the ن of مستوردين gone before what it governs) goes on with the definite noun it
/// governs: نقابة مستوردي الأدوية, جمعية منتجي الحليب, رابطة موظفي المصارف. A word
/// with م, five letters or more, ending with ي, without the article; the next word
/// definite, no place, country's adjective, relational word or head, in no mention.
fn construct_plurals_in_bodies(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    for n in 0..spans.len() {
        let (s_kind, s_start, s_end) = (spans[n].kind, spans[n].start, spans[n].end);
        if s_kind != EntityType::Org {
            continue;
        }
        // (The span's last token, found by binary search: a scan of every token for
        // every body would make long texts quadratic.)
        let Some(k) = tokens_of(tokens, &spans[n]).last().filter(|&k| tokens[k].end == s_end) else { continue };
        if k == 0 || tokens[k - 1].end <= s_start || !word(k) || !word(k + 1) {
            continue;
        }
        let (p, d) = (&infos[k], &infos[k + 1]);
        let plural = p.stem == p.norm && p.norm.starts_with('م') && p.norm.ends_with('ي') && !p.norm.starts_with("ال") && chars(&p.norm) >= 5;
        let governed = d.stem == d.norm
            && d.norm.starts_with("ال")
            && chars(&d.norm) >= 4
            && !in_list(d, RELATIONAL)
            && !d.gaz.has(COUNTRY | CITY | REGION | ORG_HEAD | gazetteer::TITLE)
            && !country_adjective(&d.norm)
            && spans.get(n + 1).is_none_or(|x| x.start >= tokens[k + 1].end);
        if plural && governed {
            spans[n].end = tokens[k + 1].end;
        }
    }
    spans
}

/// Verbal nouns of a body's aim that govern what they are for with عن (الرابطة
/// التونسية للدفاع عن حقوق الإنسان, "for defending human rights"; للبحث عن المفقودين,
/// للكشف عن الألغام), in `search` form with لل.
const AIMS_WITH_AN: &[&str] = &["للدفاع", "للبحث", "للكشف", "للتنقيب"];

/// A body's name that ends with such an aim goes on over عن and what it governs: a
/// definite noun, or a noun and the definite noun it governs (حقوق الإنسان), then
/// that noun's definite adjectives; never into the next mention.
fn aims_governing_an(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let definite = |k: usize| word(k) && infos[k].stem == infos[k].norm && infos[k].norm.starts_with("ال") && chars(&infos[k].norm) >= 4 && !in_list(&infos[k], RELATIONAL) && !infos[k].gaz.has(ORG_HEAD | gazetteer::TITLE);
    for n in 0..spans.len() {
        if spans[n].kind != EntityType::Org {
            continue;
        }
        let Some(k) = tokens_of(tokens, &spans[n]).last().filter(|&k| tokens[k].end == spans[n].end) else { continue };
        if !word(k) || !one_of(AIMS_WITH_AN, &infos[k].norm) || !word(k + 1) || infos[k + 1].norm != "عن" {
            continue;
        }
        // (A noun without the article that governs the definite noun after it.)
        let noun = word(k + 2) && infos[k + 2].stem == infos[k + 2].norm && !infos[k + 2].norm.starts_with("ال") && chars(&infos[k + 2].norm) >= 3 && !verb_like(&infos[k + 2]) && !infos[k + 2].gaz.has(ORG_HEAD | gazetteer::TITLE | COUNTRY | CITY | GIVEN);
        let mut end = if noun && definite(k + 3) {
            k + 4
        } else if definite(k + 2) {
            k + 3
        } else {
            continue;
        };
        end = adjectives_after(infos, end, tokens.len());
        if spans.get(n + 1).is_none_or(|x| x.start >= tokens[end - 1].end) {
            spans[n].end = tokens[end - 1].end;
        }
    }
    spans
}

/// An organization's name goes on over the definite adjectives that qualify its last
/// noun, where the tagger or the head rules stopped before them (one pass for every
/// rule that names bodies):
/// - after what the body is for, in لل or ل and a noun with the definite noun it
///   governs, up to two adjectives of that noun (ميتسوبيشي للصناعات الثقيلة, الوكالة
///   الدولية للطاقة المتجددة, المديرية العامة لمراقبة التراب الوطني): a definite word
///   right after a definite noun is its adjective. A nisba that is also a country's
///   (المالية: "financial" there, not Malian) agrees with that noun and is taken; a
///   country's or city's own name, a relational word (السابق, التابعة), a head or a
///   title are not, nor a feminine word that governs a definite noun (الأوروبية
///   المتوسطة الأجل, "medium-term") or is a noun of its own ([`MIM_NOUNS`]);
/// - after a head and a name (مركز تانيغاشيما, which [`super::heads`] named by its
///   head), an adjective of relation that is not a place's (الفضائي, الطبي): مركز كينيدي
///   الفضائي. A country's adjective ends a body's name only where the head agrees with
///   it ([`country_adjective_of`]).
/// Never into the next mention.
fn adjectives_of_bodies(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let plain = |j: usize| {
        let i = &infos[j];
        tokens[j].kind == TokenKind::Word
            && i.stem == i.norm
            && i.norm.starts_with("ال")
            && chars(&i.norm) >= 5
            && !in_list(i, RELATIONAL)
            && !i.gaz.has(COUNTRY | CITY | REGION | ORG_HEAD | gazetteer::TITLE | gazetteer::LOC_HEAD)
            && !is_org_head(i)
    };
    let nisba = |i: &TokInfo| i.norm.ends_with('ي') || i.norm.ends_with("يه");
    // (العام, العامة are adjectives of a purpose too, للأمن العام, unless a time's
    // word makes them the year: للاستثمار العام الماضي.)
    let general = |j: usize| in_list(&infos[j], super::heads::NAME_ADJECTIVES) && infos.get(j + 1).is_none_or(|n| !in_list(n, RELATIONAL) && !in_list(n, &["الماضي", "الجاري", "القادم"]));
    let of_purpose = |j: usize| {
        let i = &infos[j];
        plain(j) && (nisba(i) || i.norm.ends_with('ه') && !governs_definite_noun(infos, j) && !in_list(i, MIM_NOUNS)) || tokens[j].kind == TokenKind::Word && general(j)
    };
    let of_relation = |j: usize| {
        let i = &infos[j];
        plain(j) && nisba(i) && !i.gaz.has(NISBA) && gazetteer::place_adjective(&i.norm).is_none() && !country_adjective(&i.norm)
    };
    for k in 0..spans.len() {
        if spans[k].kind != EntityType::Org {
            continue;
        }
        let r = tokens_of(tokens, &spans[k]);
        if r.is_empty() || r.end >= tokens.len() {
            continue;
        }
        let last = &infos[r.end - 1];
        let purpose = tokens[r.end - 1].kind == TokenKind::Word && r.len() >= 2 && (last.norm.starts_with("لل") && chars(&last.norm) >= 5 || r.len() >= 4 && purpose_len(infos, r.end - 2, r.end) == 2);
        let head_and_name = r.len() == 2 && tokens[r.start].kind == TokenKind::Word && is_org_head(&infos[r.start]) && !infos[r.start].stem.starts_with("ال") && !last.norm.starts_with("ال");
        // (A body of a people named by the plural of its country's adjective, which
        // agrees with the people: نقابة الصحفيين المصريين, نقابة الصيادلة الأردنيين.)
        let people_of = r.len() >= 2 && is_org_head(&infos[r.start]) && last.stem == last.norm && last.norm.starts_with("ال") && {
            let n = &infos[r.end];
            tokens[r.end].kind == TokenKind::Word && n.stem == n.norm && spans.get(k + 1).is_none_or(|m| m.start >= tokens[r.end].end) && peoples_adjective(n)
        };
        // (A country's adjective that agrees with the body's head and not with the word
        // before it can only describe the head: مجلس العلاقات الاقتصادية الخارجية
        // التركي, the Turkish council.)
        let national = r.len() >= 3 && is_org_head(&infos[r.start]) && spans.get(k + 1).is_none_or(|m| m.start >= tokens[r.end].end) && country_adjective_of(infos, r.start, r.end) && {
            let (head_feminine, last_feminine) = (infos[r.start].stem.ends_with('ه'), last.norm.ends_with('ه') || last.norm.ends_with("ات"));
            head_feminine != last_feminine && last.norm.starts_with("ال")
        };
        // (After "national" that agrees with the head, a country's adjective that agrees
        // too describes the body: "national" leaves nothing else for it to describe,
        // الحرس الوطني التونسي, المجلس الوطني الفلسطيني.)
        let national = national
            || r.len() == 2
                && infos[r.start].stem.starts_with("ال")
                && tokens[r.start].kind == TokenKind::Word
                && in_list(last, &["الوطني", "الوطنيه"])
                && last.stem == last.norm
                && spans.get(k + 1).is_none_or(|m| m.start >= tokens[r.end].end)
                && country_adjective_of(infos, r.start, r.end);
        // ("Joint", المشتركة or المشترك agreeing with the body's head, qualifies the body
        // itself, whatever qualifies the words before it: لجنة التنسيق العسكرية المشتركة,
        // اللجنة الوزارية المشتركة, مجلس التعاون المشترك.)
        let joint = r.len() >= 2 && is_org_head(&infos[r.start]) && spans.get(k + 1).is_none_or(|m| m.start >= tokens[r.end].end) && {
            let n = &infos[r.end];
            let feminine = infos[r.start].stem.ends_with('ه');
            tokens[r.end].kind == TokenKind::Word && n.stem == n.norm && n.norm == if feminine { "المشتركه" } else { "المشترك" }
        };
        // (A body named by one definite word, a club (الإسماعيلي المصري, الترجي
        // التونسي): its country's adjective that agrees with it is in its name, as for
        // an army, الجيش المصري.)
        let club_of = r.len() == 1
            && tokens[r.start].kind == TokenKind::Word
            && infos[r.start].stem == infos[r.start].norm
            && infos[r.start].norm.starts_with("ال")
            && spans.get(k + 1).is_none_or(|m| m.start >= tokens[r.end].end)
            && gaps::one_space(text, tokens[r.end - 1].end, tokens[r.end].start)
            && country_adjective_of(infos, r.start, r.end)
            // (Not a title's: مدرب الأهلي الإسباني رامون كاستيل, the coach is Spanish;
            // nor before a person's name.)
            && !(r.start > 0 && tokens[r.start - 1].kind == TokenKind::Word && infos[r.start - 1].gaz.has(gazetteer::TITLE))
            && spans.get(k + 1).is_none_or(|m| m.kind != EntityType::Per || tokens_of(tokens, m).start > r.end + 1)
            && !infos.get(r.end + 1).is_some_and(|n| n.gaz.has(GIVEN));
        if people_of || national || joint || club_of {
            spans[k].end = tokens[r.end].end;
            continue;
        }
        // (A head in the construct state with nouns that end in a definite one: an
        // adjective of relation agreeing with that noun describes it, and a country's
        // adjective agreeing with the head after it is the body's: هيئة عمليات التجارة
        // البحرية البريطانية, "UK Maritime Trade Operations".)
        let in_construct = r.len() >= 3 && is_org_head(&infos[r.start]) && !infos[r.start].stem.starts_with("ال") && last.stem == last.norm && last.norm.starts_with("ال")
            && spans.get(k + 1).is_none_or(|m| m.start >= tokens[r.end].end)
            && gaps::one_space(text, tokens[r.end - 1].end, tokens[r.end].start)
            && of_relation(r.end)
            && (last.norm.ends_with('ه') || last.norm.ends_with("ات")) == infos[r.end].norm.ends_with("يه");
        if in_construct {
            let mut end = r.end + 1;
            if end < tokens.len() && spans.get(k + 1).is_none_or(|m| m.start >= tokens[end].end) && gaps::one_space(text, tokens[end - 1].end, tokens[end].start) && country_adjective_of(infos, r.start, end) {
                end += 1;
            }
            spans[k].end = tokens[end - 1].end;
            continue;
        }
        if !purpose && !head_and_name {
            continue;
        }
        let limit = spans.get(k + 1).map_or(tokens.len(), |n| tokens.partition_point(|t| t.end <= n.start));
        let mut j = r.end;
        while j < limit && j < r.end + 2 && if purpose { of_purpose(j) } else { of_relation(j) } {
            j += 1;
            if head_and_name {
                break;
            }
        }
        if j > r.end {
            spans[k].end = tokens[j - 1].end;
        }
    }
    spans
}

/// The plural of a country's adjective, or العرب, after a people's plural: whose people
/// a body is (نقابة الصحفيين المصريين, رابطة الأدباء الكويتيين, اتحاد الناشرين العرب).
pub(super) fn peoples_adjective(n: &TokInfo) -> bool {
    n.norm == "العرب" || n.norm.strip_suffix("ين").is_some_and(|one| one.ends_with('ي') && country_adjective(gazetteer::bare(one)))
}

/// An organization's name the tagger cut short: a name with a head (حزب التجمع الوطني)
/// goes on over what the body is for (للعدالة) and over adjectives that are not of a
/// place (حزب الأمل الديمقراطي; the country's adjective is left as the tagger has it).
fn extend_organization(infos: &[TokInfo], r: &Range<usize>, end: usize) -> usize {
    let mut j = r.end;
    // حزب العدالة والتنمية, حركة العدل والمساواة: a party's name of two nouns joined by
    // و (the head, a definite noun, و and another).
    if r.len() == 2 && in_list(&infos[r.start], PARTY_HEADS) && j < end {
        let (first, next) = (&infos[r.start + 1], &infos[j]);
        let joined = first.norm.starts_with("ال")
            && next.kind == TokenKind::Word
            && next.norm.starts_with("وال")
            && next.stem.starts_with("ال")
            && chars(&next.stem) >= 5
            && !next.gaz.has(ORG_HEAD | gazetteer::LOC_HEAD | gazetteer::TITLE | COUNTRY | CITY | REGION | NISBA)
            && !is_org_head(next)
            && !in_list(next, RELATIONAL)
            && !in_list(next, NOT_IN_PARTY_NAMES);
        if joined {
            return j + 1;
        }
    }
    let mut k = 0;
    while j < end && k < 3 {
        let i = &infos[j];
        // (Only a phrase in لل: after a name the tagger found whole, ل and a noun is
        // often what the body does, الاتحاد الأوروبي لوقف العدوان.)
        let purpose = purpose_len(infos, j, end) == 1;
        let adjective = i.kind == TokenKind::Word && i.norm.starts_with("ال") && i.stem == i.norm && chars(&i.norm) >= 5 && !in_list(i, RELATIONAL) && !i.gaz.has(NISBA | COUNTRY | CITY | REGION) && (i.norm.ends_with('ي') || i.norm.ends_with("يه"))
            // (العامة of صندوق الاستثمارات العامة, الهيئة العامة.)
            || i.kind == TokenKind::Word && i.stem == i.norm && in_list(i, super::heads::NAME_ADJECTIVES);
        if purpose || adjective && k == 0 || adjective && infos[j - 1].norm.starts_with("لل") {
            j += 1;
            k += 1;
        } else {
            // (A country's adjective that agrees with a definite head ends the body's
            // name: البنك المركزي المصري, المجلس الدستوري الموريتاني.)
            if country_adjective_of(infos, r.start, j) {
                j += 1;
            }
            break;
        }
    }
    j
}

/// Is the word at `j` the adjective of a country (not a place's name) that agrees in
/// gender with the definite head at `h` of an organization's name (البنك … المصري,
/// الهيئة … المصرية), so that the country's own body is named (البنك المركزي المصري)?
pub(super) fn country_adjective_of(infos: &[TokInfo], h: usize, j: usize) -> bool {
    let (head, a) = (&infos[h], &infos[j]);
    let feminine_head = head.stem.ends_with('ه');
    let agrees = if feminine_head { a.norm.ends_with("يه") } else { a.norm.ends_with('ي') };
    // (A head in the construct state with a definite noun is definite too: هيئة ضمانات
    // الاتصالات الإيطالية, حزب صوت الشباب الجزائري.)
    let construct = j >= h + 2 && !head.stem.starts_with("ال") && infos[j - 1].norm.starts_with("ال") && is_org_head(head);
    a.kind == TokenKind::Word
        && (head.stem.starts_with("ال") || construct)
        && a.stem == a.norm
        && a.norm.starts_with("ال")
        && agrees
        // (The lists flag the masculine ending only: الإيطالية is the feminine, after a
        // head in the construct state or a feminine one, الإذاعة الوطنية الإسبانية.)
        && (a.gaz.has(NISBA) || (construct || feminine_head) && a.norm.ends_with("يه") || a.norm.starts_with("الال"))
        && !a.gaz.has(COUNTRY | CITY | REGION)
        // (The word whole: [`gazetteer::place_adjective`] takes its article off, and
        // the أل of a country that begins with it too, الألماني of ألمانيا, which the
        // lists' flags miss.)
        && country_adjective(&a.norm)
}

/// A ministry named by two fields, the second after و with its adjective (وزارة
/// الفلاحة والتنمية الريفية, وزارة الداخلية والجماعات المحلية, وزارة الخارجية والتعاون
/// الدولي), as Maghreb and Gulf governments name them: the end of the second field, or
/// `j` where none follows. (Not a body named beside the ministry, وزارة الصحة
/// والجيش, nor a noun without an adjective that is no field of government, وزارة الصحة
/// والمستشفيات.)
pub(super) fn second_field(infos: &[TokInfo], j: usize, end: usize) -> usize {
    // Up to three more fields (وزارة الفلاحة والموارد المائية والصيد البحري), each a
    // definite noun after و with its adjective, or a word of [`GOV_FIELDS`] with or
    // without one; then the country's adjective that ends the name.
    // (Each test checks `k < end` before it reads the word: a field may end the text.)
    let adjective = |k: usize| {
        if k >= end {
            return false;
        }
        let a = &infos[k];
        a.kind == TokenKind::Word
            && a.norm.starts_with("ال")
            && a.stem == a.norm
            && chars(&a.norm) >= 5
            && !in_list(a, RELATIONAL)
            // (A relational adjective, الدولي, not a country's: المالية ends the name.)
            && !a.gaz.has(COUNTRY | CITY | REGION)
            && !country_adjective(gazetteer::bare(&a.norm))
            // (And "free", which names zones: هيئة الموانئ والمناطق الحرة.)
            && (a.norm.ends_with('ي') || a.norm.ends_with("يه") || in_list(a, &["الحره", "الحر"]))
    };
    let field = |k: usize| {
        if k >= end {
            return false;
        }
        let n = &infos[k];
        n.kind == TokenKind::Word
            && n.norm.starts_with("وال")
            && n.stem.starts_with("ال")
            && chars(&n.stem) >= 5
            && !in_list(n, NOT_IN_PARTY_NAMES)
            && !is_org_head(n)
            && !n.gaz.has(ORG_HEAD | gazetteer::LOC_HEAD | gazetteer::TITLE | COUNTRY | CITY | REGION | NISBA)
    };
    let listed = |k: usize| k < end && infos[k].kind == TokenKind::Word && infos[k].norm.strip_prefix('و') == Some(infos[k].stem.as_str()) && one_of(GOV_FIELDS, &infos[k].stem);
    // (A country's adjective after a field ends the name: بنك التصدير والاستيراد الصيني.)
    let of_country = |k: usize| k < end && infos[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && infos[k].norm.starts_with("ال") && country_adjective(gazetteer::bare(&infos[k].norm));
    // (Affairs of a group, وشؤون المغتربين, وشؤون الأسرى: the field in the construct
    // state; written شئون in Egypt.)
    // (Or a people's nisba in the plural before بالخارج, "abroad": وشئون المصريين
    // بالخارج, its diaspora.)
    let abroad = |k: usize| k + 2 < end && infos[k + 2].kind == TokenKind::Word && matches!(infos[k + 2].norm.as_str(), "بالخارج");
    let affairs = |k: usize| {
        k + 1 < end
            && infos[k].kind == TokenKind::Word
            && infos[k].norm.strip_prefix('و') == Some(infos[k].stem.as_str())
            && matches!(infos[k].stem.as_str(), "شوون" | "شؤون" | "شيون" | "شئون")
            && infos[k + 1].kind == TokenKind::Word
            && infos[k + 1].norm.starts_with("ال")
            && infos[k + 1].stem == infos[k + 1].norm
            && chars(&infos[k + 1].norm) >= 5
            && (!infos[k + 1].gaz.has(COUNTRY | CITY | REGION | NISBA) || infos[k + 1].norm.ends_with("يين") && abroad(k))
    };
    // (An adjective joined by و to the field's adjective, الثروة الزراعية والسمكية: the
    // field's, as the adjective before it.)
    let joined_adjective = |k: usize| {
        k >= 1
            && k < end
            && infos[k].kind == TokenKind::Word
            && infos[k].norm.strip_prefix('و') == Some(infos[k].stem.as_str())
            && infos[k].stem.starts_with("ال")
            && chars(&infos[k].stem) >= 5
            && (infos[k].stem.ends_with('ي') || infos[k].stem.ends_with("يه"))
            && !in_list(&infos[k], RELATIONAL)
            && !infos[k].gaz.has(COUNTRY | CITY | REGION)
            && !country_adjective(gazetteer::bare(&infos[k].stem))
            // (Not a noun in ية with its own adjective: والجالية الوطنية.)
            && !(k + 1 < end && infos[k + 1].kind == TokenKind::Word && infos[k + 1].norm.starts_with("ال") && infos[k + 1].stem == infos[k + 1].norm)
            && {
                let p = &infos[k - 1];
                p.kind == TokenKind::Word && p.stem.starts_with("ال") && (p.stem.ends_with('ي') || p.stem.ends_with("يه")) && !country_adjective(gazetteer::bare(&p.stem))
            }
    };
    // (Right after such an adjective, a field in the construct state, وموارد المياه: a noun
    // without the article and a definite noun, as affairs of a group.)
    let construct_field = |k: usize| {
        k + 1 < end
            && infos[k].kind == TokenKind::Word
            && infos[k].norm.strip_prefix('و') == Some(infos[k].stem.as_str())
            && !infos[k].stem.starts_with("ال")
            && chars(&infos[k].stem) >= 4
            && !is_org_head(&infos[k])
            && !infos[k].gaz.has(ORG_HEAD | gazetteer::LOC_HEAD | gazetteer::TITLE | COUNTRY | CITY | REGION | NISBA | GIVEN | FAMILY)
            && infos[k + 1].kind == TokenKind::Word
            && infos[k + 1].norm.starts_with("ال")
            && infos[k + 1].stem == infos[k + 1].norm
            && chars(&infos[k + 1].norm) >= 5
            && !infos[k + 1].gaz.has(COUNTRY | CITY | REGION | NISBA)
    };
    let mut k = j;
    let mut joined = false;
    for _ in 0..3 {
        let after_joined = std::mem::replace(&mut joined, false);
        if joined_adjective(k) {
            k += 1;
            joined = true;
        } else if after_joined && construct_field(k) {
            k += 2;
        } else if listed(k) {
            k += 1 + usize::from(k + 1 < end && adjectives_after(infos, k + 1, k + 2) == k + 2);
        } else if affairs(k) {
            k += 2 + usize::from(abroad(k));
        } else if field(k) && adjective(k + 1) {
            k += 2;
        } else if field(k) && of_country(k + 1) {
            return k + 2;
        } else {
            break;
        }
    }
    if k == j {
        return j;
    }
    // (And the country's adjective that ends the name: وزارة البيئة والمياه والزراعة
    // السعودية.)
    let country = k < end && infos[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && infos[k].norm.starts_with("ال") && (country_adjective(gazetteer::bare(&infos[k].norm)) || (infos[k].gaz.has(COUNTRY) || one_of(SHORT_COUNTRIES, &infos[k].stem)) && infos[k].norm.ends_with("يه"));
    k + usize::from(country)
}

/// What حركة ("movement, traffic") is the movement of when it names no movement: traffic,
/// vehicles, goods, people and money on the move, in `search` form with the article.
const WHAT_MOVES: &[&str] = &[
    "القطارات", "السفن", "الملاحه", "الطيران", "المرور", "السير", "الشاحنات", "الطائرات", "الحافلات", "السيارات", "البضائع",
    "التجاره", "النقل", "الركاب", "المسافرين", "النزوح", "اللجوء", "الهجره", "الاسواق", "الاسعار", "الاموال", "الاستثمار",
    "السياحه", "العبور", "التنقل", "الرياح", "الامواج", "المياه", "الحاويات", "الموانئ", "المطارات", "الطرق", "الاسهم",
    "التداول", "الحجوزات", "الزوار", "المصلين", "الحجاج", "البيع", "الشراء", "الانتاج", "الشحن", "القوافل", "الدوريات",
    // (And data on networks: حركة البيانات, حركة الإنترنت العالمية, "traffic".)
    "البيانات", "الانترنت", "الاتصالات", "المكالمات", "الرسائل", "المعلومات",
    // (And what physics sees move: حركة الجسيمات.)
    "الجسيمات", "الجزيئات", "الذرات", "الالكترونات", "الكواكب", "الاجسام",
];

/// Heads of a utility or an authority named by the field of government it serves (شركة
/// الكهرباء الوطنية, سلطة الطاقة), in `search` form.
const UTILITY_HEADS: &[&str] = &["شركه", "سلطه"];

/// Heads of bodies named by a government's fields (وزارة الصحة والسكان, لجنة النقل
/// والمواصلات), in `search` form.
const FIELD_HEADS: &[&str] = &["وزاره", "لجنه", "هيئه", "هييه"];

/// Fields of government that ministries and committees are named by and join with و, with
/// the article, in `search` form: a closed set of abstract and collective nouns (not
/// المستشفيات: وزارة الصحة والمستشفيات names a ministry and hospitals).
const GOV_FIELDS: &[&str] = &[
    "الزراعه", "الغابات", "الري", "المياه", "البيئه", "السكان", "التعليم", "التربيه", "المواصلات", "النقل", "الاتصالات",
    "الصناعه", "التجاره", "التموين", "الاسكان", "المرافق", "التخطيط", "التنميه", "الشباب", "الرياضه", "الثقافه", "الاعلام",
    "السياحه", "الاثار", "العمل", "الطاقه", "المعادن", "الكهرباء", "الصحه", "الماليه", "الاقتصاد", "الاستثمار", "العدل",
    "الاوقاف", "الهجره", "الاسره", "الطفوله", "الاشغال", "البلديات", "الاعمار", "التعمير", "الطرق", "الملاحه", "الطيران",
    "البريد", "الاراضي", "التشغيل", "الادماج", "الابتكار", "التراث", "الفنون", "المغتربين", "الحج", "العمره", "الاتصال",
    "التكوين", "التقنيه", "الرقمنه", "الامن", "الدفاع", "الاعلام", "الصيد", "المناجم", "التضامن", "المراه", "الاوقاف",
    // (Water as Gulf ministries name it, وزارة الكهرباء والماء; the cooperation and
    // the community abroad of foreign ministries and parliaments' committees, لجنة
    // الشؤون الخارجية والتعاون والجالية.)
    "الماء", "التعاون", "الجاليه",
    // (Ethics, which committees of sport and professions are for: لجنة الانضباط
    // والأخلاق, لجنة القيم والأخلاق.)
    "الاخلاق",
    // (The displaced and the emigrants a ministry of migration is for: وزارة الهجرة
    // والمهجرين.)
    "المهجرين", "المهاجرين", "النازحين",
    // (And the freed prisoners of a commission for prisoners: هيئة شؤون الأسرى والمحررين.)
    "المحررين",
    // (Communication as Morocco's ministry names it, وزارة الشباب والثقافة والتواصل.)
    "التواصل",
    // (The localisation of jobs that Gulf ministries of labour are named for, وزارة
    // الموارد البشرية والتوطين, as Oman's and the Emirates' are.)
    "التوطين",
    // (Logistics, which ministries of transport are named for, وزارة النقل واللوجستيك
    // in Morocco, وزارة النقل واللوجستيات in the Horn: a loanword, written with or
    // without the ي.)
    "اللوجستيك", "اللوجيستيك", "اللوجستيات", "اللوجيستيات",
];

/// Heads of parties and movements, whose names join two nouns by و (حزب العدالة
/// والتنمية), in `search` form.
const PARTY_HEADS: &[&str] = &["حزب", "حركه", "جبهه", "ايتلاف", "تحالف", "تيار", "جمعيه"];
/// Bodies that a party is named with, not in (حزب الله والحكومة), in `search` form.
const NOT_IN_PARTY_NAMES: &[&str] = &["والحكومه", "والجيش", "والشرطه", "والدوله", "والقوات", "والسلطه", "والرئيس", "والبرلمان", "والمعارضه", "والاحزاب"];

/// Nouns after the preposition ل that say in whose favour or for how long, not what a
/// body is for (لصالح الحكومة, لمدة الأسبوع), in `search` form.
/// (Nor what a body calls for: لوقف القتال, لإنهاء الحرب.)
const NOT_PURPOSE_NOUNS: &[&str] = &["صالح", "مصلحه", "مده", "عده", "اجل", "دي", "حد", "ذلك", "كل", "بعض", "جميع", "حساب", "حين", "غايه", "وقف", "انهاء"];

/// The words of a phrase at `j` that says what a body is for: a word in لل (للعدالة,
/// للأنباء), or ل, a noun and the definite noun it governs (لكرة القدم, لحقوق الإنسان,
/// لشؤون اللاجئين). 0 when there is none.
pub(super) fn purpose_len(infos: &[TokInfo], j: usize, end: usize) -> usize {
    let Some(i) = infos.get(j).filter(|_| j < end) else { return 0 };
    // (For the workers "in" a trade, ب and its definite noun: النقابة العامة للعاملين
    // بالغزل والنسيج, بالبترول, بالسياحة.)
    let trade = infos.get(j + 1).filter(|_| j + 1 < end).is_some_and(|g| g.kind == TokenKind::Word && g.norm.starts_with("بال") && g.norm.strip_prefix('ب') == Some(g.stem.as_str()) && chars(&g.stem) >= 5);
    if trade && matches!(i.norm.as_str(), "للعاملين" | "للعاملات" | "للمشتغلين") {
        return 2;
    }
    if i.norm.starts_with("لل") && chars(&i.norm) >= 5 && !in_list(i, NOT_PURPOSE) {
        return 1;
    }
    let Some(noun) = i.norm.strip_prefix('ل') else { return 0 };
    let governed = infos.get(j + 1).filter(|_| j + 1 < end);
    // The noun after ل that may say what a body is for.
    let purpose_noun = i.kind == TokenKind::Word
        // (لكرة is also a word of its own in general Arabic, from لكرة القدم itself.)
        && (i.stem != i.norm || super::general_freq::buckets(noun)[0] >= 2)
        // (A noun, which takes the article in general Arabic; not a verb: لتخفض.)
        && (2..=6).contains(&super::general_freq::buckets(noun)[1])
        // (ل never takes the article without eliding its alef (لل): a stem in ال is a
        // noun that begins with أل or إل, لألعاب القوى, and may say what a body is for.)
        && chars(noun) >= 3
        && !NOT_PURPOSE_NOUNS.contains(&noun)
        // (Not the body or person spoken to: لوكالة الأنباء, لرئيس الوزراء.)
        && !i.gaz.has(ORG_HEAD | gazetteer::TITLE | gazetteer::LOC_HEAD);
    let construct = purpose_noun
        // (A head of bodies that is also a verbal noun governs a field of government
        // there: لتنظيم الاتصالات, "to regulate communications", not لتنظيم الدولة.)
        && (!is_org_head(i) || governed.is_some_and(|g| g.stem == g.norm && in_list(g, GOV_FIELDS)))
        && governed.is_some_and(|g| g.kind == TokenKind::Word && g.norm.starts_with("ال") && g.stem == g.norm && chars(&g.norm) >= 4 && !in_list(g, RELATIONAL));
    if construct {
        return 2;
    }
    // (Or two verbal nouns joined by و that govern one definite noun: لتسيير واستغلال
    // الممتلكات, "to manage and to use the properties"; ل and the first as above.)
    let definite = |k: usize| infos.get(k).filter(|_| k < end).is_some_and(|g| g.kind == TokenKind::Word && g.norm.starts_with("ال") && g.stem == g.norm && chars(&g.norm) >= 4 && !in_list(g, RELATIONAL));
    let joined_noun = governed.is_some_and(|g| {
        g.kind == TokenKind::Word && g.norm.strip_prefix('و').is_some_and(|b| (b == g.stem || g.stem == g.norm) && chars(b) >= 4 && !b.starts_with("ال") && super::general_freq::buckets(b)[0] >= 2 && (2..=6).contains(&super::general_freq::buckets(b)[1]))
    });
    let first_noun = purpose_noun && !is_org_head(i);
    if first_noun && joined_noun && definite(j + 2) {
        return 3;
    }
    // Or ل, two nouns in the construct state and the place they end with (الهيئة القومية
    // لسكك حديد مصر, "for the iron roads of Egypt").
    let noun = |k: &TokInfo, w: &str| k.kind == TokenKind::Word && chars(w) >= 3 && !w.starts_with("ال") && (2..=6).contains(&super::general_freq::buckets(w)[1]) && !k.gaz.has(ORG_HEAD | gazetteer::TITLE | gazetteer::LOC_HEAD);
    // (The first noun may be one general Arabic hardly writes with ل, لسكك, which the
    // clitic rule then leaves whole: it is known by the words after it.)
    let chain = i.kind == TokenKind::Word
        && !i.stem.starts_with("ال")
        && chars(noun_of(i)) >= 3
        && !verb_like(i)
        && !i.gaz.has(ORG_HEAD | gazetteer::TITLE | gazetteer::LOC_HEAD)
        && !NOT_PURPOSE_NOUNS.contains(&noun_of(i))
        && governed.is_some_and(|g| g.stem == g.norm && noun(g, &g.norm))
        // (A place only: ل, a verbal noun and a definite noun are often why the sentence's
        // subject acts, الأمم المتحدة لوقف تخصيب اليورانيوم.)
        && infos.get(j + 2).filter(|_| j + 2 < end).is_some_and(|e| e.kind == TokenKind::Word && e.stem == e.norm && e.gaz.has(COUNTRY | CITY));
    if chain {
        3
    } else {
        0
    }
}

/// Does a name of the list of well-known names, of two words or more, begin at token
/// `k` (its first word read without its clitics)?
fn listed_name_at(infos: &[TokInfo], k: usize, end: usize) -> bool {
    let mut words = (k..end).map(|j| super::known::word_key(if j == k { &infos[j].stem } else { &infos[j].norm }));
    super::known::longest_at(&mut words).is_some_and(|(n, _, _)| n >= 2)
}

/// The noun of a word after the preposition ل (لسكك → سكك).
fn noun_of(i: &TokInfo) -> &str {
    i.norm.strip_prefix('ل').unwrap_or(&i.norm)
}

/// A sea, ocean or gulf named by its definite head and adjective (البحر الأحمر, المحيط
/// الهادئ): its end.
fn feature_at(infos: &[TokInfo], i: usize, end: usize) -> Option<usize> {
    let (h, a) = (&infos[i], infos.get(i + 1).filter(|_| i + 1 < end)?);
    (in_list(h, DEFINITE_FEATURES) && h.stem == h.norm && a.kind == TokenKind::Word && a.norm.starts_with("ال") && a.stem == a.norm && chars(&a.norm) >= 5 && !in_list(a, RELATIONAL) && !in_list(a, TIME_WORDS) && !a.gaz.has(COUNTRY | CITY | REGION)).then_some(i + 2)
}

/// Does token `a` begin a line? (Two tokens can come from one character, such as the
/// ligature ﻻ.)
pub(super) fn begins_line(text: &str, tokens: &[Token], a: usize) -> bool {
    a == 0 || gaps::line_break(text, tokens[a - 1].end, tokens[a].start)
}

/// Is the span over tokens `a..b` a report's dateline: the first words of a line,
/// followed by an opening bracket or a dash (سانتياغو (وكالة…) –, تونس –)?
fn is_dateline(text: &str, tokens: &[Token], a: usize, b: usize) -> bool {
    begins_line(text, tokens, a) && tokens.get(b).is_some_and(|t| t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "(" | "-" | "–" | "—" | "،" | ":"))
}

/// Does word `head` head a body named after the place that follows it (مصرف لبنان,
/// جامعة القاهرة, هيئة قناة السويس): a head of organization names without the article,
/// and not one that before a place names something else ([`NOT_BODY_HEADS`])?
pub(super) fn heads_body_before_place(tokens: &[Token], infos: &[TokInfo], head: usize) -> bool {
    tokens[head].kind == TokenKind::Word && is_org_head(&infos[head]) && !infos[head].stem.starts_with("ال") && !in_list(&infos[head], NOT_BODY_HEADS)
}

/// Do the words `r` (their stems) make a name of the list of well-known names, whole?
pub(super) fn known_name(infos: &[TokInfo], r: Range<usize>) -> bool {
    super::known::lookup(&r.flat_map(|k| key_words(&infos[k].stem)).collect::<Vec<_>>()).is_some()
}

pub(super) fn is_org_head(info: &TokInfo) -> bool {
    info.gaz.has(ORG_HEAD) || in_list(info, MORE_ORG_HEADS)
}

/// Latin capitals in Arabic text (CNN, BBC, MNA): an outlet or organization. Capitals
/// beyond ASCII count too: a Turkish or French body keeps its letters (DEİK, ÉCOLE).
fn is_acronym(original: &str, t: &Token) -> bool {
    t.kind == TokenKind::Latin && (2..=6).contains(&original.chars().count()) && original.chars().all(char::is_uppercase)
}

/// A law named by the field it rules: قانون and a definite noun with its adjectives or
/// a second noun after و (قانون العقوبات, قانون الصحافة والنشر, قانون الأسواق الرقمية),
/// or a verbal noun in ة and the definite noun it governs (قانون حماية الحياة البرية):
/// one MISC name, as our gold marks laws (ANERcorp's training part names none so). Not
/// القانون with the article (القانون الدولي, a body of law), nor a law of a place or
/// a body (قانون البلاد, قانون الدولة), nor a time (قانون العام الماضي). The end token
/// index.
fn law_at(text: &str, tokens: &[Token], infos: &[TokInfo], i: usize, end: usize) -> Option<usize> {
    let word = |k: usize| k < end && tokens[k].kind == TokenKind::Word;
    if !word(i) || infos[i].stem != "قانون" || !word(i + 1) {
        return None;
    }
    let definite_noun = |k: usize| {
        if !word(k) {
            return false;
        }
        let w = &infos[k];
        w.stem == w.norm
            && w.norm.starts_with("ال")
            && chars(&w.norm) >= 5
            && !in_list(w, RELATIONAL)
            && !in_list(w, TIME_WORDS)
            && !in_list(w, &["الدوله", "البلاد", "البلد", "المملكه", "الجمهوريه"])
            // (A word the name lists hold may be the field: الحياة البرية.)
            && !w.gaz.has(COUNTRY | CITY | REGION | ORG_HEAD | gazetteer::TITLE)
    };
    let n = &infos[i + 1];
    let construct = n.stem == n.norm && !n.norm.starts_with("ال") && n.norm.ends_with('ه') && n.gen[0] >= 3;
    let mut j = if definite_noun(i + 1) {
        i + 2
    } else if construct && definite_noun(i + 2) {
        i + 3
    } else {
        return None;
    };
    // (A second field after و: قانون الصحافة والنشر.)
    if word(j) && infos[j].norm.strip_prefix('و').is_some_and(|w| w == infos[j].stem && w.starts_with("ال") && chars(w) >= 5) && !infos[j].gaz.has(COUNTRY | CITY | REGION | ORG_HEAD | gazetteer::TITLE) && !is_org_head(&infos[j]) {
        j += 1;
    }
    Some(law_number_after(text, tokens, infos, adjectives_after(infos, j, end), end))
}

/// A law's number and year after its name (قانون العقوبات رقم 111 لسنة 1969, رقم (7)
/// لسنة 2005): رقم and a number, in brackets or not, then ل and سنة or عام and a year,
/// are the name's. The end token index (`j` where none follows).
fn law_number_after(text: &str, tokens: &[Token], infos: &[TokInfo], j: usize, end: usize) -> usize {
    if !(j < end && tokens[j].kind == TokenKind::Word && infos[j].norm == "رقم") {
        return j;
    }
    number_and_year_at(text, tokens, infos, j + 1, end).unwrap_or(j)
}

/// A law's or resolution's number at token `j`, perhaps in brackets, perhaps with a dot,
/// slash or dash (03.23, 12/2024), and the year it is of after it (لسنة, لعام): the end
/// token index, `None` where no number is there.
fn number_and_year_at(text: &str, tokens: &[Token], infos: &[TokInfo], mut j: usize, end: usize) -> Option<usize> {
    let number = |k: usize| k < end && tokens[k].kind == TokenKind::Number;
    let punct = |k: usize, p: &[&str]| k < end && tokens[k].kind != TokenKind::Word && p.contains(&&text[tokens[k].start..tokens[k].end]);
    let bracket = punct(j, &["("]);
    if bracket {
        j += 1;
    }
    if !number(j) {
        return None;
    }
    j += 1;
    while punct(j, &[".", "/", "-"]) && number(j + 1) && tokens[j].start == tokens[j - 1].end && tokens[j + 1].start == tokens[j].end {
        j += 2;
    }
    if bracket {
        if !punct(j, &[")"]) {
            return None;
        }
        j += 1;
    }
    if j < end && tokens[j].kind == TokenKind::Word && matches!(infos[j].norm.as_str(), "لسنه" | "لعام" | "سنه" | "عام") && number(j + 1) {
        j += 2;
    }
    Some(j)
}

/// Heads of numbered laws, decrees and resolutions (`search` form).
const NUMBERED_LAW_HEADS: &[&str] = &["القانون", "قانون", "المرسوم", "مرسوم", "القرار", "قرار", "الظهير", "ظهير"];

/// A law, decree or resolution named by its number (القانون رقم (7) لسنة 2005, المرسوم
/// التشريعي رقم 5 لعام 2023, القانون رقم 03.23, القرار 2216): one MISC name, as our
/// gold marks them, with the year it is "of" (لسنة, لعام), which is no date there. Up
/// to two adjectives may stand between the head and رقم (التشريعي, الأممي); a number
/// right after the head, without رقم, only for a resolution of three digits or more
/// (القرار 2216: a law's year is no name). The end token index.
fn numbered_law_at(text: &str, tokens: &[Token], infos: &[TokInfo], i: usize, end: usize) -> Option<usize> {
    let word = |k: usize| k < end && tokens[k].kind == TokenKind::Word;
    let number = |k: usize| k < end && tokens[k].kind == TokenKind::Number;
    if !word(i) || !in_list(&infos[i], NUMBERED_LAW_HEADS) {
        return None;
    }
    let mut j = i + 1;
    while j < i + 3 && word(j) && infos[j].stem == infos[j].norm && infos[j].norm.starts_with("ال") && (infos[j].norm.ends_with('ي') || infos[j].norm.ends_with("يه")) && !infos[j].gaz.has(COUNTRY | CITY | REGION) {
        j += 1;
    }
    let resolution = in_list(&infos[i], &["القرار", "قرار"]);
    if word(j) && infos[j].norm == "رقم" {
        j += 1;
    } else if !(resolution && number(j) && text[tokens[j].start..tokens[j].end].chars().count() >= 3) {
        return None;
    }
    number_and_year_at(text, tokens, infos, j, end)
}

/// A country's national plan named by the country and the year it aims at: رؤية
/// المملكة 2030, رؤية عُمان 2040, رؤية قطر الوطنية 2030, one MISC name (a document's,
/// as a law's), not the country. The end token index.
fn vision_at(tokens: &[Token], infos: &[TokInfo], i: usize, end: usize) -> Option<usize> {
    if tokens[i].kind != TokenKind::Word || infos[i].stem != "رؤيه" || i + 2 >= end {
        return None;
    }
    // (The kingdom, المملكة, is how Saudi outlets name their country in it.)
    let country = tokens[i + 1].kind == TokenKind::Word && (place_flags(infos, i + 1, i + 2) & COUNTRY != 0 || infos[i + 1].norm == "المملكه");
    if !country {
        return None;
    }
    let mut k = i + 2;
    if tokens[k].kind == TokenKind::Word && infos[k].norm == "الوطنيه" {
        k += 1;
    }
    let year = k < end && tokens[k].kind == TokenKind::Number && tokens[k].norm.len() == 4 && tokens[k].norm.parse::<u32>().is_ok_and(|y| (2000..=2100).contains(&y));
    year.then_some(k + 1)
}

/// An organization named by a head in the construct state (no article) and what
/// follows it: a foreign name (قوات فاغنر, معهد أسان), perhaps with a phrase in لل
/// (مركز فوستوشني للفضاء, جامعة إيوا للسيدات) and its adjectives; or, for heads that
/// rarely head common phrases, a definite noun and its adjectives (وزارة الخزانة
/// الأمريكية, جهاز المخابرات الوطنية). Returns the end.
fn organization_at(infos: &[TokInfo], i: usize, end: usize) -> Option<usize> {
    let head = &infos[i];
    // An initiative named by its country's (or the nation's) adjective and what it is
    // for: المبادرة المصرية للحقوق الشخصية, المبادرة الوطنية للتنمية البشرية, a body as
    // المنظمة or المرصد would be. (Not مبادرة السلام العربية, a plan, nor المبادرة alone.)
    if in_list(head, &["المبادره"]) && head.stem.starts_with("ال") && i + 2 < end && infos[i + 1].kind == TokenKind::Word && infos[i + 1].stem == infos[i + 1].norm {
        let land = gazetteer::place_adjective(&infos[i + 1].stem) == Some(gazetteer::Nisba::Land) || in_list(&infos[i + 1], &["الوطنيه"]);
        // (With the purpose's adjective, as a body's name has: not المبادرة المصرية
        // للتهدئة, a plan "for calm".)
        let p = purpose_len(infos, i + 2, end);
        let e = adjectives_after(infos, i + 2 + p, end);
        if land && p > 0 && e > i + 2 + p {
            return Some(e);
        }
    }
    // A stock market named by its city or country and what it trades: سوق أبوظبي
    // للأوراق المالية, سوق مسقط للأوراق المالية, سوق دبي المالي. (Not سوق دبي alone, a
    // market of the town; سوق is no body's head before anything else, سوق الخضار.)
    if in_list(head, &["سوق"]) && i + 2 < end && infos[i + 1].kind == TokenKind::Word && place_flags(infos, i + 1, i + 2) != 0 {
        let k = i + 2;
        if k + 1 < end && infos[k].norm == "للاوراق" && in_list(&infos[k + 1], &["الماليه"]) {
            return Some(k + 2);
        }
        if infos[k].kind == TokenKind::Word && matches!(infos[k].norm.as_str(), "المالي" | "الماليه") {
            return Some(k + 1);
        }
    }
    // (The heads below that the lists of organization heads lack, كلية, head names too:
    // كلية الآداب والعلوم الإنسانية.)
    if !(is_org_head(head) || in_list(head, QUALIFIED_HEADS) || in_list(head, DEFINITE_HEADS)) || i + 1 >= end {
        return None;
    }
    // (فوج السياح, فوج الحجاج: a group of people, not a regiment.)
    if in_list(head, &["فوج"]) && in_list(&infos[i + 1], GROUPS_OF_PEOPLE) {
        return None;
    }
    // (Not after a well-known name that is whole before it: منظمة الصحة العالمية لوقف
    // القتال, جامعة الدول العربية لوقف القتال, what the body calls for; the list holds
    // the names that go on with an aim.)
    let known_before = |j: usize| known_name(infos, i..j);
    let purpose_at = |j: usize| purpose_len(infos, j, end) > 0 && !(purpose_len(infos, j, end) >= 2 && known_before(j));
    // The end of a purpose phrase at `j` and the adjectives after it.
    // (And a second noun the purpose's noun governs after و, with its adjective: الشركة
    // العامة لصناعة السيارات والمعدات, "for making cars and equipment", الوكالة الوطنية
    // لإنعاش التشغيل والكفاءات. Not a body, a title or a place after و, which begins a
    // new name: … والوزارة, والمحافظ.)
    let coordinated = |k: usize| {
        infos.get(k).filter(|_| k < end).is_some_and(|w| {
            w.kind == TokenKind::Word
                && w.norm.starts_with("وال")
                && w.stem.starts_with("ال")
                && w.norm.strip_prefix('و') == Some(w.stem.as_str())
                // (Five letters with the article are enough: والصرف الصحي.)
                && chars(&w.stem) >= 5
                && !in_list(w, super::heads::RELATIONAL_AFTER_AND)
                && !in_list(w, RELATIONAL)
                && !is_org_head(w)
                && ![DEFINITE_HEADS, QUALIFIED_HEADS, NOT_BODY_HEADS].iter().any(|l| l.contains(&w.stem.strip_prefix("ال").unwrap_or(&w.stem)))
                && !w.gaz.has(ORG_HEAD | gazetteer::TITLE | gazetteer::LOC_HEAD | COUNTRY | CITY | REGION | NISBA | GIVEN | FAMILY)
                && !w.stem.ends_with('ي')
                && !w.stem.ends_with("يه")
                // (Nor the first word of a listed name of two words or more, the next
                // body: المديرية العامة للدفاع المدني والصليب الأحمر اللبناني.)
                && !listed_name_at(infos, k, end)
        })
    };
    let after_purpose = |j: usize| {
        let p = purpose_len(infos, j, end);
        let e = adjectives_after(infos, j + p, end);
        // (Or, after one word in لل and its adjective, a second field that word is joined
        // to: الجهاز المركزي للتعبئة العامة والإحصاء.)
        let general = |k: usize| k < end && infos[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && in_list(&infos[k], super::heads::NAME_ADJECTIVES);
        let e = if p == 1 && e == j + p && general(e) { e + 1 } else { e };
        if (p >= 2 || p == 1 && e > j + p) && coordinated(e) { adjectives_after(infos, e + 1, end) } else { e }
    };
    if head.stem.starts_with("ال") {
        // الجماعة الإسلامية للإصلاح, الاتحاد العام التونسي للشغل: a definite head, its
        // adjectives, and what the body is for.
        let mut j = i + 1;
        // (A country's adjective is one of them, though the place lists flag it with its
        // country: الشركة التونسية للكهرباء والغاز, الكونفدرالية الإسبانية للصيد.)
        let land = |j: usize| infos[j].stem.starts_with("ال") && gazetteer::place_adjective(&infos[j].stem) == Some(gazetteer::Nisba::Land);
        while j < end && j < i + 4 && infos[j].kind == TokenKind::Word && infos[j].norm.starts_with("ال") && infos[j].stem == infos[j].norm && !in_list(&infos[j], RELATIONAL) && (place_flags(infos, j, j + 1) == 0 || land(j)) {
            j += 1;
        }
        // (An army's or a force's mission is no part of its name: الجيش الوطني الليبي
        // لمراقبة الساحل.)
        // (Nor, after the preposition ل, what the office before a well-known name is
        // for: المفوض السامي للأمم المتحدة لشؤون اللاجئين names the UN, not a body "for
        // refugees"; the list of well-known names holds the bodies that are.)
        let after_lam = head.norm.starts_with("لل") && head.stem.starts_with("ال");
        let known_whole = || known_name(infos, i..j);
        // A joint body of two countries, named by their adjectives one after the other and
        // perhaps المشتركة (اللجنة العراقية التركية المشتركة, الغرفة التجارية الإيرانية
        // العراقية المشتركة): the head, its adjectives and the two countries'.
        let of_country = |k: usize| k < end && infos[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && infos[k].norm.starts_with("ال") && country_adjective(gazetteer::bare(&infos[k].norm));
        if let Some(c) = (i + 1..end.min(i + 4)).find(|&k| of_country(k) && of_country(k + 1)) {
            let mut e = c + 2;
            if e < end && infos[e].kind == TokenKind::Word && in_list(&infos[e], &["المشتركه"]) {
                e += 1;
            }
            // (The words between the head and the countries are its adjectives.)
            if (i + 1..c).all(|k| infos[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && infos[k].norm.starts_with("ال")) && !in_list(head, &["الجيش", "القوات"]) {
                return Some(e);
            }
        }
        // (The apparatus only as a central or national authority: not الجهاز الفني
        // للفريق, the team's coaching staff.)
        let staff = in_list(head, &["الجهاز"]) && !in_list(&infos[i + 1], super::heads::APPARATUS_ADJECTIVES);
        // (A club's team by its rank and its sport, الفريق الأول لكرة السلة, الفريق
        // الثاني لكرة اليد: a squad described, the club's, no body's name.)
        let squad = in_list(head, &["الفريق", "المنتخب"]) && (i + 1..j).any(|k| in_list(&infos[k], ORDINALS));
        return (j > i + 1 && purpose_at(j) && !squad && !staff && !in_list(head, &["الجيش", "القوات"]) && !(after_lam && known_whole())).then(|| after_purpose(j));
    }
    let next = &infos[i + 1];
    // No clitic on the word after the head, except a ف that cannot be the conjunction
    // there (the head is in the construct state) and is a foreign name's (فوستوشني).
    let clitic = &next.norm[..next.norm.len() - next.stem.len()];
    // (Nor a particle or a preposition with its pronoun: كتلة فيه, "a bloc in it".)
    if next.kind != TokenKind::Word || !(clitic.is_empty() || clitic == "ف") || one_of(NOT_LAST, &next.norm) || one_of(NOT_AFTER_HEAD, &next.norm) {
        return None;
    }
    let definite_adjectives = |mut j: usize, max: usize| {
        let mut n = 0;
        let adjective = |i: &TokInfo| i.kind == TokenKind::Word && i.norm.starts_with("ال") && (chars(&i.norm) >= 5 && !in_list(i, RELATIONAL) && (i.gaz.has(NISBA) || i.norm.ends_with('ي') || i.norm.ends_with("يه")) || i.stem == i.norm && in_list(i, super::heads::NAME_ADJECTIVES));
        while j < end && n < max && adjective(&infos[j]) {
            j += 1;
            n += 1;
        }
        j
    };
    let place = place_flags(infos, i + 1, i + 2) != 0;
    // جامعة القاهرة, بنك لبنان المركزي, وكالة الساحل للأنباء.
    if place && in_list(head, DEFINITE_HEADS) {
        let j = definite_adjectives(i + 2, 2);
        // (A university of a town that has several, numbered: جامعة الجزائر 2, جامعة
        // قسنطينة 1, جامعة باريس 8; a number of one or two digits right after the town.)
        let numbered = j == i + 2 && j < end && in_list(head, &["جامعه"]) && infos[j].kind == TokenKind::Number && infos[j].norm.len() <= 2 && infos[j].norm.parse::<u32>().is_ok_and(|n| (1..=13).contains(&n));
        if numbered {
            return Some(j + 1);
        }
        return Some(if purpose_at(j) { after_purpose(j) } else { j });
    }
    // للفضاء, للدراسات السياسية: a phrase that says what the body is for.
    let purpose = i + 2 < end && infos[i + 2].norm.starts_with("لل") && chars(&infos[i + 2].norm) >= 5 && !in_list(&infos[i + 2], NOT_PURPOSE);
    // هيئة مكافحة الجراد الصحراوي, جهاز حماية المستهلك: the head, a verbal noun in ة in
    // the construct state (general Arabic knows it well, mostly without the article, so
    // that it looks like a name below) and a definite noun with its adjectives.
    let construct_noun = next.gen[0] >= 4 && next.stem == next.norm && next.norm.ends_with('ه') && !next.norm.starts_with("ال") && !verb_like(next) && !is_person_word(next);
    if in_list(head, DEFINITE_HEADS) && construct_noun && !place && i + 2 < end {
        let third = &infos[i + 2];
        if third.kind == TokenKind::Word && third.norm.starts_with("ال") && third.stem == third.norm && chars(&third.norm) >= 5 && !in_list(third, RELATIONAL) && !third.gaz.has(ORG_HEAD | gazetteer::LOC_HEAD | gazetteer::TITLE) {
            return Some(adjectives_after(infos, i + 3, end));
        }
    }
    // مركز الأهرام للدراسات السياسية والاستراتيجية: a head the lists above do not hold,
    // one definite noun that is no adjective of relation, head or title, and what the
    // body is for (without it, مركز المدينة is a town's centre).
    let definite_name = next.norm.starts_with("ال") && next.stem == next.norm && chars(&next.norm) >= 5 && !in_list(next, RELATIONAL) && !next.gaz.has(ORG_HEAD | gazetteer::LOC_HEAD | gazetteer::TITLE);
    // (Not a company's or an agency's head, which stays out of the name when the body's
    // own name follows it: [`super::heads::TRADE_HEADS`].)
    // (A place's name may be the body's, مركز البيان للدراسات: البيان is also a town,
    // and what the body is for says it is a body.)
    // (A foundation, مؤسسة, is a trade head that a definite noun and a purpose name with
    // it: مؤسسة الضمير لرعاية الأسير, whose own name would be no name without it.)
    let trade = in_list(head, super::heads::TRADE_HEADS) && !in_list(head, &["مؤسسه", "موسسه"]);
    // (Or, after such a definite noun, ل with a noun and what it governs: مؤسسة الضمير
    // لرعاية الأسير.)
    let purpose = purpose || definite_name && purpose_len(infos, i + 2, end) == 2;
    if purpose && definite_name && is_org_head(head) && !in_list(head, DEFINITE_HEADS) && !in_list(head, QUALIFIED_HEADS) && !trade {
        return Some(after_purpose(i + 2));
    }
    // A place name after the head makes a name only with such a phrase (معهد أسان
    // للدراسات, where أسان is also a town; not مركز دبي alone).
    // (Not a government: a foreign name after it is its head's, حكومة نتنياهو, حكومة
    // الدبيبة, as ANERcorp marks the person; see `people_heading_governments`.)
    if name_like(next) && !is_person_word(next) && (!place || purpose) && !next.gaz.has(gazetteer::MONTH | gazetteer::WEEKDAY | gazetteer::SPEECH) && !in_list(head, &["حكومه"]) {
        return Some(if purpose { definite_adjectives(i + 3, 2) } else { i + 2 });
    }
    // (حركة القطارات, حركة الملاحة: the movement of trains or ships, not a movement.)
    if in_list(head, &["حركه"]) && in_list(next, WHAT_MOVES) {
        return None;
    }
    // (مجلس الإدارة, مجلس الأمناء: the board of whatever company or body the text is
    // about, a description every such body has, not a name.)
    if in_list(head, &["مجلس"]) && in_list(next, &["الاداره", "الامناء"]) {
        return None;
    }
    // (A field of four letters, الحج, الري, names a ministry too.)
    let academic = in_list(head, ACADEMIC_HEADS) && next.stem == next.norm && in_list(next, ACADEMIC_FIELDS);
    let long_enough = chars(&next.norm) >= 5 || in_list(head, FIELD_HEADS) && in_list(next, GOV_FIELDS) || academic;
    // (A utility or an authority named by the field it serves: سلطة الطاقة والموارد
    // الطبيعية, سلطة الطيران المدني, and a company so named with an adjective or a
    // second field, شركة الكهرباء الوطنية, شركة الاتصالات السعودية: the head is in the
    // name, as the field alone names no company. Not شركة الكهرباء alone, "the
    // electricity company" of whatever town the text is about.)
    let utility = in_list(head, UTILITY_HEADS) && next.norm.starts_with("ال") && next.stem == next.norm && in_list(next, GOV_FIELDS);
    if (in_list(head, DEFINITE_HEADS) || in_list(head, QUALIFIED_HEADS) || utility) && next.norm.starts_with("ال") && long_enough && !next.gaz.has(COUNTRY | CITY | REGION) && !in_list(next, RELATIONAL) {
        let j = definite_adjectives(i + 2, 2);
        // (The workers "in" a trade, ب and its definite noun, and the fields joined to it
        // by و: نقابة العاملين بالسياحة, نقابة العاملين بالصحافة والطباعة.)
        let in_trade = |k: usize| k < end && infos[k].kind == TokenKind::Word && infos[k].norm.starts_with("بال") && infos[k].norm.strip_prefix('ب') == Some(infos[k].stem.as_str()) && chars(&infos[k].stem) >= 5;
        if j == i + 2 && in_list(next, &["العاملين", "العاملات", "المشتغلين"]) && in_trade(j) {
            let mut e = j + 1;
            while e < end && e < j + 3 && coordinated(e) {
                e += 1;
            }
            return Some(e);
        }
        // (Not a person's government, حكومة المستشار الألماني: a title is no body.)
        // (An institution's country's adjective is its own: مؤسسة البترول الكويتية.)
        let institution = in_list(head, &["مؤسسه", "موسسه"]);
        // (Nor one named by a definite noun and what it is for: مؤسسة الضمير لرعاية
        // الأسير.)
        if in_list(head, QUALIFIED_HEADS) && (j == i + 2 && !(institution && purpose_at(j)) || next.gaz.has(gazetteer::TITLE) || !institution && (i + 2..j).all(|k| infos[k].gaz.has(NISBA) || country_adjective(gazetteer::bare(&infos[k].norm)))) {
            return None;
        }
        // (حركة with a definite noun alone is mostly a motion, حركة التداول, حركة
        // الجسيمات, حركة الجنود; a movement's name has an adjective or an aim too,
        // حركة المقاومة الإسلامية, حركة الأمل الجديد, حركة الجيل الجديد.)
        let definite_after = j < end && infos[j].kind == TokenKind::Word && infos[j].stem == infos[j].norm && infos[j].norm.starts_with("ال");
        // (A party, a front or a movement named by two nouns joined by و, حزب العدالة
        // والتنمية, حركة العدل والمساواة, after ل too; not the government or the army
        // named after it, حزب الأمة والحكومة.)
        // (Its second noun may end in ية, التنمية: no adjective of a country or a
        // people.)
        let joined_noun = j < end && {
            let w = &infos[j];
            w.kind == TokenKind::Word && w.norm.starts_with("وال") && w.norm.strip_prefix('و') == Some(w.stem.as_str()) && chars(&w.stem) >= 5
                && !w.gaz.has(NISBA | COUNTRY | CITY | REGION | gazetteer::TITLE | GIVEN | FAMILY | ORG_HEAD) && !country_adjective(&w.stem) && !in_list(w, RELATIONAL) && !is_org_head(w)
                // (Nor a sound plural, والتيارات الأخرى, "and the other currents".)
                && !["ات", "ين", "ون"].iter().any(|e| w.stem.ends_with(e))
        };
        if j == i + 2 && in_list(head, &["حزب", "جبهه", "حركه", "ايتلاف", "تحالف"]) && joined_noun && !one_of(NOT_IN_PARTY_NAMES, &infos[j].norm) {
            return Some(definite_adjectives(j + 1, 2));
        }
        if j == i + 2 && in_list(head, &["حركه"]) && !purpose_at(j) && !definite_after {
            return None;
        }
        // (A faculty of two fields joined by و, كلية الطب والصيدلة, كلية الآداب
        // والعلوم الإنسانية, each with its adjective.)
        if academic {
            let mut e = j;
            while e < end && infos[e].kind == TokenKind::Word && infos[e].norm.strip_prefix('و').is_some_and(|b| b == infos[e].stem && ACADEMIC_FIELDS.contains(&b)) {
                e = definite_adjectives(e + 1, 2);
            }
            return Some(e);
        }
        if j == i + 2 && (in_list(head, FIELD_HEADS) || utility) {
            let e = second_field(infos, j, end);
            if utility && in_list(head, &["شركه"]) && e == j {
                return None;
            }
            return Some(e);
        }
        return Some(if purpose_at(j) { after_purpose(j) } else { j });
    }
    // مجلس نواب الشعب, جماعة أنصار الساحل: the head, a noun (a word that takes the
    // article in general Arabic, not a verb) and a definite noun.
    // (A sound plural in the construct state drops its ن, نقابة موظفي المصارف: general
    // Arabic knows the noun as موظفين.)
    let construct_plural = || next.norm.ends_with('ي') && {
        let b = super::general_freq::buckets(&format!("{}ن", next.norm));
        b[0] >= 3 && (3..=6).contains(&b[1])
    };
    let noun = next.gen[0] >= 3 && (3..=6).contains(&next.gen[1]) || construct_plural();
    // (And دائرة, a department, where the definite noun is a plural, دائرة وقاية
    // المزروعات, دائرة تسجيل الشركات, دائرة شؤون المواطنين: a circle of something, دائرة
    // صنع القرار, دائرة اهتمام الحكومة, governs a singular.)
    let department = in_list(head, &["دائره", "دايره"]);
    if (in_list(head, DEFINITE_HEADS) || department) && i + 2 < end && !next.norm.starts_with("ال") && noun && !next.gaz.has(gazetteer::SPEECH | gazetteer::MONTH | gazetteer::WEEKDAY) {
        let third = &infos[i + 2];
        let plural = third.norm.ends_with("ات") || third.norm.ends_with("ين");
        // (Not a head noun that points back: مجلس إدارة الشركة is the board of a company
        // named before.)
        if (!department || plural) && third.kind == TokenKind::Word && third.norm.starts_with("ال") && third.stem == third.norm && chars(&third.norm) >= 5 && !in_list(third, RELATIONAL) && !third.gaz.has(ORG_HEAD | gazetteer::LOC_HEAD) {
            // (With the country's adjective that ends the name: هيئة ضمانات الاتصالات
            // الإيطالية.)
            // (Or the general adjective of the two nouns, وزارة قطاع الأعمال العام.)
            let general = i + 3 < end && infos[i + 3].kind == TokenKind::Word && infos[i + 3].stem == infos[i + 3].norm && in_list(&infos[i + 3], super::heads::NAME_ADJECTIVES);
            return Some(if i + 3 < end && country_adjective_of(infos, i, i + 3) || general { i + 4 } else { i + 3 });
        }
        // (Or a country: جمعية مصارف لبنان, اتحاد كتاب مصر.)
        if !department && third.kind == TokenKind::Word && third.stem == third.norm && third.gaz.has(COUNTRY) {
            return Some(i + 3);
        }
    }
    // مكتب التحقيقات والتحليلات الفرنسي: a body head, a definite noun (and a second
    // joined by و) and a country's adjective name a national body, whatever the head
    // (مكتب, مركز: common nouns before a definite noun alone, مكتب الرئيس).
    let definite_noun = |k: usize| k < end && infos[k].kind == TokenKind::Word && infos[k].stem.starts_with("ال") && chars(&infos[k].stem) >= 5 && !in_list(&infos[k], RELATIONAL) && !infos[k].gaz.has(gazetteer::TITLE | COUNTRY | CITY | REGION | NISBA);
    // (Not a company described by its trade, شركة الهندسة البريطانية, nor forces. A
    // مؤسسة with its country's adjective is the country's public corporation: مؤسسة
    // البترول الكويتية.)
    let public = !in_list(head, NOT_BODY_HEADS) && !in_list(head, &["شركه", "مجموعه"]);
    if public && next.norm.starts_with("ال") && next.stem == next.norm && definite_noun(i + 1) {
        let mut j = i + 2;
        if definite_noun(j) && infos[j].norm.strip_prefix('و') == Some(infos[j].stem.as_str()) {
            j += 1;
        }
        let adjective = j < end && infos[j].kind == TokenKind::Word && infos[j].stem == infos[j].norm && infos[j].norm.starts_with("ال") && country_adjective(gazetteer::bare(&infos[j].norm));
        if adjective {
            return Some(j + 1);
        }
    }
    None
}

/// A maker the list knows, written before a model's code in Latin letters and digits
/// (إيرباص A350, بوينغ 777X, إمبراير E195): the tagger takes the two for one work's
/// name; the maker is the company, ORG, and the code no name of its own.
fn makers_before_model_codes(text: &str, tokens: &[Token], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        let Some(j) = (r.start + 1..r.end).find(|&j| tokens[j].kind == TokenKind::Latin && text[tokens[j].start..tokens[j].end].bytes().any(|b| b.is_ascii_digit())) else {
            continue;
        };
        if !(r.start..j).all(|i| tokens[i].kind == TokenKind::Word) {
            continue;
        }
        // (The maker may follow a noun the tagger took in, طائرة إيرباص A321: the
        // longest listed company that ends before the code.)
        let end = tokens[j - 1].end;
        if let Some(i) = (r.start..j).find(|&i| matches!(super::known::lookup(&key_words(&text[tokens[i].start..end])), Some((_, EntityType::Org)))) {
            s.start = s.start.max(tokens[i].start);
            s.end = end;
            s.kind = EntityType::Org;
        }
    }
    spans
}

/// A hyphen written between two words without spaces (رولز-رويس, مرسيدس-بنز): one
/// name's inner mark.
fn joining_hyphen(text: &str, tokens: &[Token], k: usize) -> bool {
    super::glued_mark(text, tokens, k, "-")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ordinary_word(w: &str) -> bool {
        let t = crate::tokenize::tokenize(w, &crate::normalize::Options::SEARCH);
        ordinary(&TokInfo::from_token(&t[0]))
    }

    /// A foreign family name in وا after a given name the tagger took for a person, whose
    /// rest (ايتفيلد) the tagger took for a place in a report's context: one person.
    #[test]
    fn family_name_in_wa_after_a_person_the_tagger_split_off_as_a_place() {
        let text = "وقال المتحدث رايان وايتفيلد إن القوات لم تشارك.";
        let tokens = crate::tokenize::tokenize(text, &crate::normalize::Options::SEARCH);
        let infos: Vec<TokInfo> = tokens.iter().map(TokInfo::from_token).collect();
        let g = text.find("رايان").unwrap();
        let w = text.find("وايتفيلد").unwrap();
        let spans = vec![
            Span { start: g, end: g + "رايان".len(), kind: EntityType::Per, score: 0.9 },
            Span { start: w + "و".len(), end: w + "وايتفيلد".len(), kind: EntityType::Loc, score: 0.6 },
        ];
        let out = family_names_with_waw(text, &tokens, &infos, spans);
        let got: Vec<(&str, EntityType)> = out.iter().map(|s| (&text[s.start..s.end], s.kind)).collect();
        assert_eq!(got, [("رايان وايتفيلد", EntityType::Per)]);
    }

    /// A family name with the article stands alone for the person; an ordinal or a
    /// country's adjective does not.
    #[test]
    fn definite_family_names_are_not_ordinals_or_nationalities() {
        assert!(definite_family_name(&crate::normalize::search_text("الغربي")));
        for w in ["الثاني", "السويدي", "التشيكي", "السابق"] {
            assert!(!definite_family_name(&crate::normalize::search_text(w)), "{w}");
        }
    }

    /// A national federation and its sport after لل, which the tagger took for a body
    /// of its own, are one body (by the added name over the tagger's aim, or by joining
    /// the tagger's two names); without a country, the aim stays apart.
    #[test]
    fn a_national_federation_and_its_sport_are_one() {
        let setup = |text: &str| {
            let tokens = crate::tokenize::tokenize(text, &crate::normalize::Options::SEARCH);
            let mut infos: Vec<TokInfo> = tokens.iter().map(TokInfo::from_token).collect();
            gazetteer::mark(&mut infos);
            (tokens, infos)
        };
        let span = |text: &str, a: &str, b: &str| Span { start: text.find(a).unwrap(), end: text.find(b).unwrap() + b.len(), kind: EntityType::Org, score: 1.0 };
        let text = "وهنأ رئيس الاتحاد المغربي للشطرنج اللاعبين.";
        let (tokens, infos) = setup(text);
        let aim = Span { start: text.find("للشطرنج").unwrap() + 'ل'.len_utf8(), ..span(text, "للشطرنج", "للشطرنج") };
        let got = add_missed(text, &tokens, &infos, &[0..tokens.len()], vec![aim]);
        assert!(got.iter().any(|s| &text[s.start..s.end] == "الاتحاد المغربي للشطرنج"), "{got:?}");
        let text = "وأشاد رئيس اتحاد الكويت للشطرنج باللاعبين.";
        let (tokens, infos) = setup(text);
        let aim = Span { start: text.find("للشطرنج").unwrap() + 'ل'.len_utf8(), ..span(text, "للشطرنج", "للشطرنج") };
        let got = national_bodies_with_aims(text, &tokens, &infos, vec![span(text, "اتحاد", "الكويت"), aim.clone()]);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(&text[got[0].start..got[0].end], "اتحاد الكويت للشطرنج");
        let text = "وأشاد رئيس الجهاز الفني للشطرنج باللاعبين.";
        let (tokens, infos) = setup(text);
        let aim = Span { start: text.find("للشطرنج").unwrap() + 'ل'.len_utf8(), ..span(text, "للشطرنج", "للشطرنج") };
        let got = national_bodies_with_aims(text, &tokens, &infos, vec![span(text, "الجهاز", "الفني"), aim]);
        assert_eq!(got.len(), 2, "{got:?}");
    }

    /// A definite head the tagger took alone and the body right after it are one body;
    /// a body after a comma stays apart.
    #[test]
    fn a_body_cut_after_its_definite_head_is_one() {
        for (text, n) in [("أعلن البنك الأهلي المصري طرح شهادة", 1), ("أعلن البنك، الأهلي المصري طرح شهادة", 2)] {
            let tokens = crate::tokenize::tokenize(text, &crate::normalize::Options::SEARCH);
            let mut infos: Vec<TokInfo> = tokens.iter().map(TokInfo::from_token).collect();
            gazetteer::mark(&mut infos);
            let at = |w: &str| text.find(w).unwrap();
            let spans = vec![
                Span { start: at("البنك"), end: at("البنك") + "البنك".len(), kind: EntityType::Org, score: 1.0 },
                Span { start: at("الأهلي"), end: at("المصري") + "المصري".len(), kind: EntityType::Org, score: 1.0 },
            ];
            let got = join_adjacent_names(text, &tokens, &infos, spans);
            assert_eq!(got.len(), n, "{text}: {got:?}");
            if n == 1 {
                assert_eq!(&text[got[0].start..got[0].end], "البنك الأهلي المصري");
            }
        }
    }

    /// A person's span that begins with a club the text names alone: the club, then the
    /// person.
    #[test]
    fn a_person_never_begins_with_a_body_named_alone() {
        let text = "وسجل الوداد هدفين وتسلم قائد الوداد يحيى جبران الكأس";
        let tokens = crate::tokenize::tokenize(text, &crate::normalize::Options::SEARCH);
        let mut infos: Vec<TokInfo> = tokens.iter().map(TokInfo::from_token).collect();
        gazetteer::mark(&mut infos);
        let first = text.find("الوداد").unwrap();
        let second = text.rfind("الوداد").unwrap();
        let spans = vec![
            Span { start: first, end: first + "الوداد".len(), kind: EntityType::Org, score: 1.0 },
            Span { start: second, end: text.find(" الكأس").unwrap(), kind: EntityType::Per, score: 1.0 },
        ];
        let got: Vec<(&str, EntityType)> = person_edges(text, &tokens, &infos, spans).iter().map(|s| (&text[s.start..s.end], s.kind)).collect();
        assert_eq!(got, [("الوداد", EntityType::Org), ("الوداد", EntityType::Org), ("يحيى جبران", EntityType::Per)]);
    }

    /// Verbs and adjectives are ordinary words of general Arabic; foreign names are not.
    #[test]
    fn general_arabic_tells_ordinary_words_from_names() {
        for w in ["مر", "تبادلا", "المفضل", "السابق", "يزور", "وصل"] {
            assert!(ordinary_word(w), "{w}");
        }
        for w in ["بوتين", "ترامب", "كيربي", "جونغ", "أون", "يانغ", "شويغو", "تيوو"] {
            assert!(!ordinary_word(w), "{w}");
        }
    }

    /// A surname the tagger found alone in one sentence and missed right after the given
    /// name in another (نادية بنسودة, then بنسودة): the person's whole name there, not
    /// the surname alone (which then linked apart from the full name).
    #[test]
    fn a_given_name_before_a_surname_the_text_gives_alone() {
        let text = "وقالت مديرة الميناء نادية بنسودة للصحيفة إن الرصيف تضرر. وأكدت بنسودة أن التحقيق مستمر.";
        let tokens = crate::tokenize::tokenize(text, &crate::normalize::Options::SEARCH);
        let mut infos: Vec<TokInfo> = tokens.iter().map(TokInfo::from_token).collect();
        gazetteer::mark(&mut infos);
        let at = text.rfind("بنسودة").unwrap();
        let spans = vec![Span { start: at, end: at + "بنسودة".len(), kind: EntityType::Per, score: 1.0 }];
        let got: Vec<(&str, EntityType)> = people(text, &tokens, &infos, spans).iter().map(|s| (&text[s.start..s.end], s.kind)).collect();
        assert_eq!(got, [("نادية بنسودة", EntityType::Per), ("بنسودة", EntityType::Per)]);
    }
}
