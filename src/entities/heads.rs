//! Names that a head word, a parent body or quotation marks shape, fixed after the
//! steps of [`super::post`] and the list of well-known names (whose spans they take as
//! they are). Rules of Arabic news writing, whatever the outlet:
//!
//! - The head of an administrative division (ولاية, محافظة, إقليم, مقاطعة) is part of
//!   the place's name where the name alone is something else: ولاية نهر النيل is the
//!   state, نهر النيل the river (whose head the tagger may have taken alone: ولاية نهر).
//!   Before a name that is a place by itself (ولاية أريزونا, محافظة كرمانشاه) the head
//!   is a description, as ANERcorp and readers mark it; [`super::link`] links a place
//!   named with and without its head.
//! - A head of organization names in the construct state before a body the tagger found
//!   with what the new body does (بعثة + الأمم المتحدة لمساعدة العراق: the mission, not
//!   the UN) or before a place (هيئة + قناة السويس) names the new body.
//! - A body and the body it belongs to are two names (الجامعة العامة للنقل التابعة
//!   للاتحاد العام التونسي للشغل).
//! - An organization's name never runs on into the person named after it (منظمة العمل
//!   الدولية كارين + شولتز, منظمة التجارة العالمية كارولين شميت), nor ends with a
//!   well-known person's name (للأمم المتحدة غوتيريس).
//! - A definite head of organization names before a person's name (للجامعة المنجي
//!   الحمروني) is a description: the person is the name.
//! - A word general Arabic does not know after a head of place names (جزيرة لسبوس) is
//!   the place.
//! - A body named after a titled person is one name with the person and what it is
//!   for (مركز الملك سلمان للإغاثة والأعمال الإنسانية).
//! - A definite body head with "supreme" is a body's name (المحكمة الاتحادية العليا).
//! - A masculine adjective after a feminine head and a masculine noun agrees with the
//!   noun: it is in the name (حركة الجيل الجديد).
//! - Words in quotation marks right after a head of organization names are the body's
//!   name (حركة «الجيل الجديد», شركة «ميرسك»).
//! - A ministry named by its field and the country's adjective in the feminine, which
//!   agrees with the ministry left unsaid (الخارجية الأمريكية, الدفاع الروسية, الديوانة
//!   التونسية), is an organization; after a title (وزيرة الخارجية الأمريكية) it is part
//!   of the title.
//! - A first line that is a place, a dash and an agency's letters (أربيل - أ ش أ) names
//!   the agency.
//! - A definite head of institutions and its adjectives name the institution (النيابة
//!   العامة, المجلس الدستوري الموريتاني); a chamber with its trades and place is one
//!   body (غرفة تجارة هامبورغ); two words joined by و after a place head in the dual
//!   are two places when one is (مدينتي النعمة وكيفة); a site named with its domain's
//!   ending is one outlet (العربية.نت); a declaration's or an agreement's name in
//!   quotation marks is a name (MISC: "إعلان الرياض").
//!
//! Every step looks at a span and the tokens next to it: linear in the text.

use super::features::TokInfo;
use super::frontcode::one_of;
use super::gaps;
use super::gazetteer::{self, FAMILY, GIVEN, GIVEN_BIG, TITLE, WF_LOC};
use super::link::key_words;
use super::post::{name_like, country_adjective, place_flags, purpose_len, DEFINITE_FEATURES, FEATURES, heads_body_before_place, in_list, is_model, is_org_head, ordinary, replace_marked, span_over, tokens_of, verb_like};
use super::{EntityType, Span};
use crate::tokenize::{Token, TokenKind};

/// Heads of administrative divisions, part of the place's name (`search` form). (Not
/// ميناء, مطار: news and ANERcorp name a port or an airport by its town, ميناء بيرايوس.)
pub(super) const DIVISION_HEADS: &[&str] = &["ولايه", "محافظه", "اقليم", "مقاطعه"];

/// Heads of bodies named after another body and what they do, besides the gazetteer's
/// organization heads (بعثة الأمم المتحدة لمساعدة العراق, برنامج الأمم المتحدة للتنمية).
const MORE_BODY_HEADS: &[&str] = &["بعثه", "برنامج"];

/// Kinds of place that a body governing one is named by, between its head and the
/// place's name (هيئة حوض النيجر, لجنة حوض بحيرة تشاد, سلطة وادي الأردن), `search` form.
const PLACE_KINDS: &[&str] = &["حوض", "منطقه", "مدينه", "بحيره", "جزيره", "وادي", "نهر"];

/// Heads that before a body name one of its organs (مفوضية الاتحاد الأفريقي, the
/// African Union Commission), in `search` form.
const SUB_BODY_HEADS: &[&str] = &["مفوضيه"];

/// Heads after which a name in quotation marks is a body's or an outlet's (حركة
/// «الجيل الجديد», موقع «أكسيوس»), besides the organization heads.
const QUOTE_HEADS: &[&str] = &["بعثه", "وحدات", "وحده", "لواء", "كتيبه", "تيار", "تكتل", "كتله", "تحالف", "تنسيقيه", "قائمه", "جريده", "موقع", "ايتلاف", "مجموعه", "حزب", "حركه", "شركه", "صحيفه", "قناه", "وكاله", "مجله", "اذاعه", "تلفزيون", "شبكه", "منصه"];


/// Words that say a body belongs to another (التابعة لـ), in `search` form.
const BELONGS_TO: &[&str] = &["التابع", "التابعه", "التابعين", "التابعتين", "التابعان"];

/// Fields of ministries that outlets name without وزارة (الخارجية الأمريكية), in
/// `search` form with the article.
const MINISTRY_FIELDS: &[&str] = &[
    "الخارجيه", "الداخليه", "الدفاع", "الخزانه", "الماليه", "العدل", "الصحه", "الجمارك", "الديوانه", "الزراعه", "التجاره",
];

/// A quote mark that opens, as written: the search form writes every quote mark as ",
/// so that a closing » before an opening « (أقرب مركز». / «فرقنا…) looked like a name's
/// pair of marks around the full stop between them.
fn opening_quote(text: &str, t: &Token) -> bool {
    let mut cs = text[t.start..t.end].chars();
    t.kind == TokenKind::Punct && cs.next().is_some_and(|c| c == '"' || super::post::OPENING_MARKS.contains(&c)) && cs.next().is_none()
}

/// A quote mark that closes, as written (see [`opening_quote`]).
fn closing_quote(text: &str, t: &Token) -> bool {
    let mut cs = text[t.start..t.end].chars();
    t.kind == TokenKind::Punct && cs.next().is_some_and(|c| c == '"' || c == '“' || super::post::CLOSING_MARKS.contains(&c)) && cs.next().is_none()
}

/// Applies the rules of the module to the spans of `text` (sorted, not overlapping).
pub fn fix(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let spans = split_parent_bodies(text, tokens, infos, spans);
    let spans = bodies_of_member_states(tokens, infos, spans);
    let spans = cut_people_off_bodies(text, tokens, infos, spans);
    let spans = places_after_place_heads(text, tokens, infos, spans);
    let spans = capitals_after_their_country(text, tokens, infos, spans);
    let spans = towns_without_the_heads_adjective(tokens, infos, spans);
    let spans = places_after_governors(text, tokens, infos, spans);
    let spans = governors_places_off_names(text, tokens, infos, spans);
    let spans = people_after_place_heads(text, tokens, infos, spans);
    let spans = places_after_dual_heads(text, tokens, infos, spans);
    let spans = places_listed_after_plural_kinds(text, tokens, infos, spans);
    let spans = supreme_bodies(text, tokens, infos, spans);
    let spans = definite_bodies(text, tokens, infos, spans);
    let spans = guards_of_countries(text, tokens, infos, spans);
    let spans = commands_of_forces(text, tokens, infos, spans);
    let spans = national_bodies_for_purposes(text, tokens, infos, spans);
    let spans = chambers(text, tokens, infos, spans);
    let spans = mines_by_their_sites(text, tokens, infos, spans);
    let spans = legislatures(text, tokens, infos, spans);
    let spans = states_by_their_forms(text, tokens, infos, spans);
    let spans = central_banks(text, tokens, infos, spans);
    let spans = adjectives_of_the_inner_noun(tokens, infos, spans);
    let spans = plural_adjectives_of_the_inner_noun(tokens, infos, spans);
    let spans = take_heads(text, tokens, infos, spans);
    let spans = bodies_named_after_people(text, tokens, infos, spans);
    let spans = hospitals(text, tokens, infos, spans);
    let spans = named_for_saints(text, tokens, infos, spans);
    let spans = museums_of_fields(text, tokens, infos, spans);
    let spans = regional_councils(text, tokens, infos, spans);
    let spans = municipal_councils_of_towns(text, tokens, infos, spans);
    let spans = archaeological_sites(text, tokens, infos, spans);
    let spans = bodies_of_places(text, tokens, infos, spans);
    let spans = family_trade_names(text, tokens, infos, spans);
    let spans = bodies_of_peoples(text, tokens, infos, spans);
    let spans = bodies_of_fields_and_countries(text, tokens, infos, spans);
    let spans = features_by_definite_names(text, tokens, infos, spans);
    let spans = reserves(text, tokens, infos, spans);
    let spans = quoted_names(text, tokens, infos, spans);
    let spans = quoted_documents(text, tokens, infos, spans);
    let spans = documents_named_after_places(text, tokens, infos, spans);
    let spans = ministries(text, tokens, infos, spans);
    let spans = agency_lines(text, tokens, infos, spans);
    let spans = agencies_ending_dated_lines(text, tokens, infos, spans);
    let spans = agencies_before_places(text, tokens, infos, spans);
    let spans = web_outlets(text, tokens, infos, spans);
    let spans = heads_before_own_names(text, tokens, infos, spans);
    let spans = ports_by_their_towns(text, tokens, infos, spans);
    let spans = towns_after_port_heads(text, tokens, infos, spans);
    let spans = ports_named_with_a_direction(text, tokens, infos, spans);
    let spans = places_split_at_b(text, tokens, infos, spans);
    let spans = free_zones_of_places(text, tokens, infos, spans);
    let spans = stations_by_their_towns(text, tokens, infos, spans);
    let spans = roads(text, tokens, infos, spans);
    let spans = pipelines(text, tokens, infos, spans);
    let spans = dams(text, tokens, infos, spans);
    let spans = quoted_works(text, tokens, infos, spans);
    let spans = bodies_named_after_dates(text, tokens, infos, spans);
    let spans = storms(text, tokens, infos, spans);
    let spans = aims_after_bodies(text, tokens, infos, spans);
    let spans = complements_of_aims(tokens, infos, spans);
    let spans = second_fields(tokens, infos, spans);
    let spans = second_aims(text, tokens, infos, spans);
    let spans = long_country_names(text, tokens, infos, spans);
    let spans = prizes(text, tokens, infos, spans);
    let spans = festivals(text, tokens, infos, spans);
    let spans = national_leagues(text, tokens, infos, spans);
    let spans = cups_of_holders(text, tokens, infos, spans);
    let spans = airlines(text, tokens, infos, spans);
    let spans = spelled_initials(tokens, infos, spans);
    let spans = initials_alone(text, tokens, infos, spans);
    let spans = fields(text, tokens, infos, spans);
    let spans = palaces(text, tokens, infos, spans);
    let spans = mosques(text, tokens, infos, spans);
    let spans = houses(text, tokens, infos, spans);
    let spans = coordinations(text, tokens, infos, spans);
    let spans = unions_named_again(text, tokens, infos, spans);
    let spans = editions(tokens, spans);
    let spans = two_fields(tokens, infos, spans);
    let spans = districts(text, tokens, infos, spans);
    let spans = border_crossings(text, tokens, infos, spans);
    let spans = indefinite_bodies(tokens, infos, spans);
    let spans = national_councils(tokens, infos, spans);
    let spans = upper_and_lower_regions(tokens, infos, spans);
    let spans = courts_in_towns(text, tokens, infos, spans);
    let spans = bodies_of_the_un(text, tokens, infos, spans);
    let spans = missions_in_places(tokens, infos, spans);
    let spans = companies_by_their_trade(text, tokens, infos, spans);
    let spans = described_companies_taken_for_people(text, tokens, infos, spans);
    let spans = described_companies_after_heads(text, tokens, infos, spans);
    let spans = companies_taken_for_people_before_countries(tokens, infos, spans);
    let spans = radio_stations_named_short(text, tokens, infos, spans);
    let spans = forces_of_known_bodies(text, tokens, infos, spans);
    let spans = red_crescent_societies(text, tokens, infos, spans);
    let spans = channels_named_by_a_word(text, tokens, infos, spans);
    let spans = places_listed_between_places(text, tokens, infos, spans);
    let spans = stadiums_of_foreign_words(text, tokens, infos, spans);
    let spans = stadiums_of_definite_names(text, tokens, infos, spans);
    let spans = towns_beginning_with_waw(text, tokens, infos, spans);
    let spans = cities_of_trades(text, tokens, infos, spans);
    let spans = airports_of_royals(text, tokens, infos, spans);
    let spans = negated_adjectives(tokens, infos, spans);
    let spans = no_purpose_after_a_fields_country(text, tokens, infos, spans);
    let spans = rating_grades(text, tokens, spans);
    given_names_in_foreign_letters(tokens, infos, spans)
}

/// A body named by its head, its field and its country's adjective (وزارة الزراعة
/// العراقية, هيئة الطاقة الذرية الأردنية) ends with the adjective: a purpose after it is
/// what the body does that day (حملة تنفذها وزارة الصحة الأردنية لمكافحة التدخين), not
/// its name. A purpose right after the head's own adjective stays (الهيئة المصرية
/// لمكافحة الفساد, الوكالة الأمريكية للتنمية الدولية).
fn no_purpose_after_a_fields_country(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut() {
        if s.kind != EntityType::Org {
            continue;
        }
        let ks: Vec<usize> = tokens_of(tokens, s).collect();
        if ks.len() < 4 || tokens[ks[0]].start != s.start || tokens[ks[0]].kind != TokenKind::Word || !is_org_head(&infos[ks[0]]) || infos[ks[0]].stem.starts_with("ال") {
            continue;
        }
        // (Not a well-known name whole, as written: رابطة الدوري الأميركي للمحترفين.)
        if super::known::lookup(&key_words(&text[s.start..s.end])).is_some() {
            continue;
        }
        // (The adjective after at least one definite noun of the field, and a noun with
        // the preposition ل right after it.)
        let Some(a) = (2..ks.len() - 1).find(|&x| {
            let (w, next) = (&infos[ks[x]], &infos[ks[x + 1]]);
            tokens[ks[x]].kind == TokenKind::Word
                && w.stem == w.norm
                && w.norm.starts_with("ال")
                && country_adjective(gazetteer::bare(&w.norm))
                && (1..x).all(|y| tokens[ks[y]].kind == TokenKind::Word && infos[ks[y]].norm.starts_with("ال"))
                && tokens[ks[x + 1]].kind == TokenKind::Word
                && next.norm.starts_with('ل')
                && next.stem != next.norm
        }) else { continue };
        s.end = tokens[ks[a]].end;
    }
    spans
}

/// A word written with a letter Arabic lacks (ڤ, پ, چ, گ: a v, p, ch or g of a foreign
/// name) right before a person's name is the person's given name (ڤيكاس مالهوترا,
/// پيتر ميلر), which the tagger, knowing the name only with ف or ب, leaves out; not a
/// place the lists know with the Arabic letter (ڤيينا, Vienna) or the Maghreb g.
fn given_names_in_foreign_letters(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    use gazetteer::{CITY, COUNTRY, REGION};
    for idx in 0..spans.len() {
        if spans[idx].kind != EntityType::Per {
            continue;
        }
        // (Its first token, by binary search: a scan of every token for every person
        // is quadratic.)
        let Some(s) = tokens_of(tokens, &spans[idx]).next().filter(|&k| tokens[k].start == spans[idx].start) else { continue };
        if s == 0 || tokens[s - 1].kind != TokenKind::Word || (idx > 0 && spans[idx - 1].end > tokens[s - 1].start) {
            continue;
        }
        let w = &infos[s - 1].norm;
        if !w.contains(['ڤ', 'ڥ', 'پ', 'چ', 'گ']) || w.chars().count() < 3 {
            continue;
        }
        let arabic: String = w.chars().map(|c| match c { 'ڤ' | 'ڥ' => 'ف', 'پ' => 'ب', 'چ' => 'ج', 'گ' => 'ك', c => c }).collect();
        let place = |k: &str| gazetteer::is_place(k) || gazetteer::word_flags(k) & (CITY | COUNTRY | REGION) != 0;
        if place(w) || place(&arabic) || gazetteer::maghreb_g(w).is_some() {
            continue;
        }
        spans[idx].start = tokens[s - 1].start;
    }
    spans
}

/// A body's name that ends with غير and a definite adjective, a negated adjective of
/// the noun before it (لجنة التراث غير المادي, الجمعية التونسية لمكافحة الهجرة غير
/// النظامية, منظمة المجتمع المدني غير الحكومية): the two words are in the name, as the
/// adjective alone would be.
/// A credit rating's grade in Latin letters (BBB+, AA-, Aa3, Baa1) is no body's name,
/// whatever the tagger took it for: one Latin word of the agencies' grades, with its
/// sign or digit.
fn rating_grades(text: &str, tokens: &[Token], mut spans: Vec<Span>) -> Vec<Span> {
    // (Two letters only with their sign or digit: AA alone may be an agency's letters.)
    let grade = |whole: &str| {
        let w = whole.trim_end_matches(['+', '-', '1', '2', '3']);
        matches!(w, "AAA" | "BBB" | "CCC" | "Aaa" | "Baa" | "Caa") || w != whole && matches!(w, "AA" | "A" | "BB" | "B" | "CC" | "Aa" | "Ba" | "Ca")
    };
    spans.retain(|s| {
        let r = tokens_of(tokens, s);
        !(s.kind == EntityType::Org && r.len() == 1 && tokens[r.start].kind == TokenKind::Latin && grade(&text[s.start..s.end]))
    });
    spans
}

fn negated_adjectives(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    for idx in 0..spans.len() {
        if spans[idx].kind != EntityType::Org {
            continue;
        }
        // (Its last token, by binary search, as in given_names_in_foreign_letters.)
        let Some(e) = tokens_of(tokens, &spans[idx]).last().filter(|&k| tokens[k].end == spans[idx].end) else { continue };
        let (g, a) = (e + 1, e + 2);
        let adjective = word(a)
            && infos[a].stem == infos[a].norm
            && infos[a].norm.starts_with("ال")
            && infos[a].norm.chars().count() >= 5
            && (infos[a].norm.ends_with('ي') || infos[a].norm.ends_with("يه"))
            && !in_list(&infos[a], super::post::RELATIONAL);
        let free = spans.get(idx + 1).is_none_or(|n| n.start >= tokens[a.min(tokens.len() - 1)].end);
        if word(g) && infos[g].norm == "غير" && adjective && free {
            spans[idx].end = tokens[a].end;
        }
    }
    spans
}

/// A town whose name begins with و, which the clitic rules read as "and" + a word (ووهو
/// as و + هو, "and he"), right after a town's head in the construct state (في مدينة
/// ووهو, بمدينة ووهو): the whole word, which general Arabic does not know, is the town.
fn towns_beginning_with_waw(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    for i in 0..tokens.len().saturating_sub(1) {
        if !word(i) || !word(i + 1) || !in_list(&infos[i], &["مدينه", "بلده", "قريه", "مقاطعه", "ولايه"]) || infos[i].stem.starts_with("ال") {
            continue;
        }
        let w = &infos[i + 1];
        let gap = gaps::only_spaces(text, tokens[i].end, tokens[i + 1].start);
        let waw = w.norm.starts_with('و') && w.stem != w.norm && w.norm.strip_prefix('و') == Some(w.stem.as_str());
        if gap && waw && super::general_freq::buckets(&w.norm)[0] == 0 && w.norm.chars().count() >= 4 {
            found.push(Span { start: tokens[i + 1].start, end: tokens[i + 1].end, kind: EntityType::Loc, score: 0.6 });
        }
    }
    add_where_free(spans, found)
}

/// The trades a zone called a city of its town is for (مدينة دبي للإعلام, مدينة الشارقة
/// للنشر), with the article, `search` form: media, production, science and industry, not
/// what people in a town go out for (مدينة درعا للمطالبة بالإفراج).
const CITY_TRADES: &[&str] = &[
    "الاعلام", "الانترنت", "الانتاج", "الاستوديوهات", "العلوم", "التكنولوجيا", "التقنيه", "المعرفه", "الطيران", "الصناعات",
    "المعارض", "الرعايه", "التصميم", "النشر", "الطباعه", "الازياء", "الذهب", "الاستثمار", "الخدمات", "اللوجستيات", "الابتكار",
];

/// A zone named a city of its town and a trade (مدينة دبي للإنترنت, مدينة دبي للإنتاج,
/// مدينة الشارقة للإعلام): the head in the construct state, a listed place of one or two
/// words and ل with a trade of [`CITY_TRADES`] and its adjectives, one place, LOC, over
/// the tagger's town. (Not مدينة دبي alone, the town; nor the town and what is done
/// there, في مدينة درعا للمطالبة.)
fn cities_of_trades(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    for i in 0..tokens.len().saturating_sub(2) {
        if !word(i) || infos[i].stem != "مدينه" {
            continue;
        }
        let Some(p) = (1..=2).find(|&n| word(i + n + 1) && place_flags(infos, i + 1, i + 1 + n) != 0 && !infos[i + 1].stem.starts_with("لل")) else { continue };
        let t = i + 1 + p;
        let trade = &infos[t];
        if !(trade.norm.starts_with("لل") && trade.stem.starts_with("ال") && in_list(trade, CITY_TRADES)) {
            continue;
        }
        let end = super::post::adjectives_after(infos, t + 1, tokens.len());
        found.extend(span_over(text, tokens, infos, i, end, EntityType::Loc, 0.6));
    }
    add_replacing_model_spans(spans, found)
}

/// Is the word a stadium's head without the article (ملعب, استاد, ستاد), in the
/// construct state before the stadium's name?
fn stadium_head(info: &TokInfo) -> bool {
    in_list(info, &["ملعب", "استاد", "ستاد"]) && !info.stem.starts_with("ال")
}

/// A stadium named by one foreign word after its head, which the tagger left unmarked
/// (ملعب آزادي, Tehran's "freedom"): the head and the word, one place, as a stadium
/// named after a person keeps its head. (Not a listed town's, ملعب رادس, which the
/// convention marks as the town; not an Arabic word, ملعب كبير, nor a person's name.)
fn stadiums_of_foreign_words(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    for i in 0..tokens.len().saturating_sub(1) {
        if !word(i) || !word(i + 1) || !stadium_head(&infos[i]) {
            continue;
        }
        let w = &infos[i + 1];
        let gap = gaps::only_spaces(text, tokens[i].end, tokens[i + 1].start);
        let foreign = w.stem == w.norm && !w.stem.starts_with("ال") && name_like(w) && !ordinary(w);
        let listed = place_flags(infos, i + 1, i + 2) != 0 || w.gaz.has(GIVEN | FAMILY | TITLE | gazetteer::GIVEN_BIG | gazetteer::FAMILY_BIG);
        // (One word: a second foreign word after it makes a longer name, left alone.)
        let longer = word(i + 2) && name_like(&infos[i + 2]) && !ordinary(&infos[i + 2]) && !infos[i + 2].stem.starts_with("ال");
        if gap && foreign && !listed && !longer {
            found.extend(span_over(text, tokens, infos, i, i + 2, EntityType::Loc, 0.6));
        }
    }
    // (Over the tagger's span of the word alone, of whatever type.)
    let alone = |f: &Span| {
        let r = tokens_of(tokens, f);
        move |s: &Span| tokens_of(tokens, s) == (r.start + 1..r.end) && is_model(s.kind)
    };
    let spans: Vec<Span> = spans.into_iter().filter(|s| !found.iter().any(|f| alone(f)(s))).collect();
    add_where_free(spans, found)
}

/// A stadium named by a definite noun and its adjectives after its head (ملعب الجوهرة
/// المشعة, ملعب الدفاع الجوي, استاد الأمير فيصل is a person's): the head, the noun and
/// the adjectives, one place, as a stadium named after a person keeps its head. Not a
/// place's (ملعب القاهرة الدولي is the town's, as the convention has it), a body's
/// (ملعب النادي الأهلي), nor the game's own words (ملعب المباراة النهائية), unless the
/// tagger marked the name; not a country's adjective (ملعب الفريق السعودي).
fn stadiums_of_definite_names(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    const GAME_NOUNS: &[&str] = &["المباراه", "المقابله", "اللقاء", "النهائي", "الفريق", "المنتخب", "النادي", "التدريب", "البطوله", "المسابقه", "الضيوف", "الضيف", "المضيف", "الفريقين", "المنافس", "الخصم"];
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    for i in 0..tokens.len().saturating_sub(2) {
        if !word(i) || !word(i + 1) || !stadium_head(&infos[i]) {
            continue;
        }
        let n = &infos[i + 1];
        let noun = n.stem == n.norm && n.norm.starts_with("ال") && n.norm.chars().count() >= 5 && !verb_like(n) && !in_list(n, super::post::RELATIONAL) && !is_org_head(n) && place_flags(infos, i + 1, i + 2) == 0 && !n.gaz.has(TITLE | GIVEN | FAMILY) && !country_adjective(&n.norm);
        if !noun {
            continue;
        }
        // (The tagger's name over the noun and the words after it, definite each, ملعب
        // الجوهرة المشعة, whose participle no rule reads as an adjective.)
        let tagged = span_starting_at(&spans, tokens[i + 1].start).filter(|s| is_model(s.kind) && s.kind != EntityType::Per).map(|s| tokens_of(tokens, s).end).filter(|&e| e > i + 2 && e <= i + 4 && (i + 2..e).all(|k| word(k) && infos[k].stem == infos[k].norm && infos[k].norm.starts_with("ال")));
        // (Or a feminine participle after a feminine noun, الجوهرة المشعة, where the
        // tagger marked nothing.)
        let participle = word(i + 2) && n.norm.ends_with('ه') && infos[i + 2].stem == infos[i + 2].norm && infos[i + 2].norm.starts_with("الم") && infos[i + 2].norm.ends_with('ه') && infos[i + 2].norm.chars().count() >= 6 && !verb_like(&infos[i + 2]);
        let end = tagged.unwrap_or_else(|| super::post::adjectives_after(infos, i + 2, tokens.len()).max(if participle { i + 3 } else { 0 }));
        if end == i + 2 || (i + 2..end).any(|k| country_adjective(&infos[k].norm)) {
            continue;
        }
        if tagged.is_some() || !in_list(n, GAME_NOUNS) {
            found.extend(span_over(text, tokens, infos, i, end, EntityType::Loc, 0.6));
        }
    }
    add_replacing_model_spans(spans, found)
}

/// An airport named after a royal (مطار الملكة علياء, مطار الملك عبد العزيز) where
/// the tagger, in a document's context, marked nothing or only the name: the head, the
/// title and the given names of the lists after it, LOC, as [`super::post`] names it
/// after the tagger's person. Or after a person named in full by the lists' given and
/// family names, without a title (مطار آدم عدي), over the tagger's pieces inside it.
fn airports_of_royals(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    for i in 0..tokens.len().saturating_sub(2) {
        if !word(i) || !word(i + 1) || !in_list(&infos[i], super::post::ROYAL_PLACE_HEADS) || infos[i].stem.starts_with("ال") {
            continue;
        }
        // (A bridge, a crossing or a port only with a royal title: جسر الملك حسين.)
        if !in_list(&infos[i], &["مطار"]) && !in_list(&infos[i + 1], ROYAL_TITLES_OF_PLACES) {
            continue;
        }
        if !in_list(&infos[i + 1], ROYAL_TITLES_OF_PLACES) {
            // (Or a person's full name of the lists without a title: لمطار آدم عدي,
            // which the tagger cut to آدم as a place.)
            let name = |k: usize| word(k) && infos[k].stem == infos[k].norm && infos[k].gaz.has(GIVEN | FAMILY) && (!infos[k].stem.starts_with("ال") || infos[k].gaz.has(FAMILY));
            let mut e = i + 1;
            while e < i + 4 && name(e) {
                e += 1;
            }
            // (The first word may be a town's too, آدم; a town's name is one word after
            // the head, a person's two.)
            if e >= i + 3 && !infos[i + 1].stem.starts_with("ال") && place_flags(infos, i + 1, e) & (gazetteer::CITY | gazetteer::COUNTRY) == 0 || e >= i + 3 && infos[i + 1].gaz.has(GIVEN) && !infos[i + 1].stem.starts_with("ال") {
                found.extend(span_over(text, tokens, infos, i, e, EntityType::Loc, 0.6));
            }
            continue;
        }
        let mut e = i + 2;
        // (Not a particle the large list holds as a name after the first: سد الملك طلال
        // لا يتجاوز, whose لا is "not".)
        let particle = |e: usize| e > i + 2 && infos[e].norm.chars().count() <= 2 && !in_list(&infos[e], &["بن"]);
        while e < i + 5 && word(e) && infos[e].stem == infos[e].norm && (!infos[e].stem.starts_with("ال") || infos[e - 1].stem == "عبد") && (infos[e].gaz.has(GIVEN | GIVEN_BIG) || in_list(&infos[e], &["عبد", "بن"])) && !particle(e) {
            e += 1;
        }
        if e > i + 2 {
            found.extend(span_over(text, tokens, infos, i, e, EntityType::Loc, 0.6));
        }
    }
    add_replacing_model_spans(spans, found)
}

/// A town of the place lists after و between two places of one list (بجربة والحمامات
/// وسوسة), which the tagger left out as the common word it also is (الحمامات, "the
/// baths"): a place, as the list around it says.
fn places_listed_between_places(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for k in 1..tokens.len().saturating_sub(1) {
        let w = &infos[k];
        if tokens[k].kind != TokenKind::Word || !w.norm.starts_with('و') || w.stem.len() >= w.norm.len() || place_flags(infos, k, k + 1) & (gazetteer::CITY | gazetteer::COUNTRY | gazetteer::REGION) == 0 {
            continue;
        }
        let before = spans.iter().any(|s| s.kind == EntityType::Loc && s.end == tokens[k - 1].end);
        let after = spans.iter().any(|s| s.kind == EntityType::Loc && tokens[k + 1].start <= s.start && s.start < tokens[k + 1].end && infos[k + 1].norm.starts_with('و'));
        if before && after {
            found.extend(span_over(text, tokens, infos, k, k + 1, EntityType::Loc, 0.6));
        }
    }
    add_where_free(spans, found)
}

/// Forces named by the well-known body they serve (قوات أوصوم, قوات الناتو): the
/// head stays out before the body's own name, as the gold's head convention has it,
/// unless the list of well-known names holds the forces so (قوات اليونيفيل).
fn forces_of_known_bodies(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut().filter(|s| s.kind == EntityType::Org) {
        let r = tokens_of(tokens, s);
        if r.len() != 2 || tokens[r.start].kind != TokenKind::Word || infos[r.start].stem != "قوات" || tokens[r.start + 1].kind != TokenKind::Word {
            continue;
        }
        let body = &text[tokens[r.start + 1].start..tokens[r.start + 1].end];
        let known = |t: &str| super::known::lookup(&key_words(t)).is_some_and(|(_, ty)| ty == EntityType::Org);
        if known(body) && !known(&text[s.start..s.end]) {
            if let Some(m) = span_over(text, tokens, infos, r.start + 1, r.end, EntityType::Org, s.score) {
                *s = m;
            }
        }
    }
    spans
}

/// A national Red Crescent or Red Cross society named with its head جمعية, which is
/// part of its name (جمعية الهلال الأحمر السوداني, جمعية الصليب الأحمر اللبناني, or
/// without the country: جمعية الهلال الأحمر): one body, ORG, with the country's
/// adjective the list of well-known names gives the society, over the tagger's pieces
/// (جمعية الهلال, cut before الأحمر).
fn red_crescent_societies(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(2) {
        // (Or with هيئة, as the Gulf's societies are named: هيئة الهلال الأحمر السعودي,
        // هيئة الهلال الأحمر الإماراتي.)
        if !word(i) || !matches!(infos[i].stem.as_str(), "جمعيه" | "هيئه") || !word(i + 1) || !word(i + 2) || !matches!(infos[i + 1].norm.as_str(), "الهلال" | "الصليب") || infos[i + 2].norm != "الاحمر" {
            continue;
        }
        // (The longest name of the list that begins there: the country's adjective, or
        // العربي السوري; else a country's adjective of the masculine right after it.)
        let national = word(i + 3) && infos[i + 3].stem == infos[i + 3].norm && infos[i + 3].norm.starts_with("ال") && infos[i + 3].norm.ends_with('ي') && country_adjective(gazetteer::bare(&infos[i + 3].norm));
        let end = (i + 4..=(i + 5).min(tokens.len()))
            .rev()
            .find(|&e| (i + 1..e).all(word) && matches!(super::known::lookup(&(i + 1..e).flat_map(|j| key_words(&infos[j].stem)).collect::<Vec<_>>()), Some((_, EntityType::Org))))
            .unwrap_or(if national { i + 4 } else { i + 3 });
        found.extend(span_over(text, tokens, infos, i, end, EntityType::Org, 0.7));
    }
    // (Or the society by its short name alone, فرق الهلال الأحمر, where the tagger saw
    // nothing: not after another head, whose name it is in, اللجنة الدولية للصليب
    // الأحمر, هيئة الهلال الأحمر السعودي.)
    let mut short = Vec::new();
    for k in 0..tokens.len().saturating_sub(1) {
        let society = word(k) && word(k + 1) && matches!(infos[k].stem.as_str(), "الهلال" | "الصليب") && infos[k + 1].norm == "الاحمر";
        let after_head = k > 0 && word(k - 1) && (is_org_head(&infos[k - 1]) || infos[k - 1].stem == "جمعيه");
        if society && !after_head && !infos[k].norm.starts_with('ل') {
            short.extend(span_over(text, tokens, infos, k, k + 2, EntityType::Org, 0.6));
        }
    }
    add_where_free(add_replacing_model_spans(spans, found), short)
}

/// Words that say a channel carried or was told what follows, in `search` form.
const CARRIED: &[&str] = &["نقلته", "نقلتها", "نقلت", "بثته", "بثتها", "بثت", "ذكرت", "قالت", "افادت", "اوردت", "تصريح", "تصريحات", "مقابله", "حديث", "لقاء", "حوار", "قال", "صرح", "اكد"];

/// A channel named by one definite word after قناة where it carried or was told what
/// is reported (في تصريح نقلته قناة المسيرة, قال لقناة الغد): the word is the outlet,
/// ORG, the head out as for an agency (as link's heads have it: الجزيرة of قناة
/// الجزيرة). Not a place after the head (قناة السويس, a canal), nor where nothing says
/// a channel spoke (قناة الاتصال, a channel of contact).
fn channels_named_by_a_word(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let mut found = Vec::new();
    for i in 1..tokens.len().saturating_sub(1) {
        if !word(i) || infos[i].stem != "قناه" || !word(i + 1) {
            continue;
        }
        let n = &infos[i + 1];
        let named = n.stem == n.norm && n.norm.starts_with("ال") && chars_of(&n.norm) >= 4 && place_flags(infos, i + 1, i + 2) == 0 && !n.gaz.has(gazetteer::NISBA) && !verb_like(n);
        let carried = (i.saturating_sub(3)..i).any(|k| word(k) && (in_list(&infos[k], CARRIED) || infos[k].norm.strip_prefix(['و', 'ف']).is_some_and(|r| CARRIED.contains(&r))));
        if named && carried {
            found.extend(span_over(text, tokens, infos, i + 1, i + 2, EntityType::Org, 0.7));
        }
    }
    add_where_free(spans, found)
}

/// A radio station named with "FM" (موزاييك أف أم, شمس إف إم) and then by its name
/// alone, perhaps after a proclitic (في تصريح لموزاييك): the name alone is the station,
/// an organization, where the tagger left it out. (A name of one word, perhaps also a
/// word of general Arabic, موزاييك "mosaic", شمس "sun": the text names the station;
/// [`super::link`] links it to the full name.)
fn radio_stations_named_short(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut names: Vec<&str> = Vec::new();
    for s in spans.iter().filter(|s| s.kind == EntityType::Org) {
        let r = tokens_of(tokens, s);
        if r.len() == 3 && (0..3).all(|j| tokens[r.start + j].kind == TokenKind::Word) && in_list(&infos[r.start + 1], &["اف", "إف"]) && in_list(&infos[r.start + 2], &["ام", "إم"]) {
            let w = &infos[r.start];
            if w.stem == w.norm && w.norm.chars().count() >= 4 && !w.norm.starts_with("ال") {
                names.push(&w.norm);
            }
        }
    }
    if names.is_empty() {
        return spans;
    }
    let mut found = Vec::new();
    for k in 0..tokens.len() {
        let n = &infos[k].norm;
        if tokens[k].kind != TokenKind::Word || spans.iter().any(|s| s.start < tokens[k].end && tokens[k].start < s.end) {
            continue;
        }
        let Some(name) = names.iter().find(|x| n.ends_with(**x)) else { continue };
        let prefix = n.chars().count() - name.chars().count();
        let clitics = n.chars().take(prefix).collect::<String>();
        if !["", "ل", "ب", "و", "ف", "ول", "وب", "فل", "فب"].contains(&clitics.as_str()) || infos.get(k + 1).is_some_and(|x| in_list(x, &["اف", "إف"])) {
            continue;
        }
        let raw = &text[tokens[k].start..tokens[k].end];
        let start = tokens[k].start + raw.char_indices().nth(prefix).map_or(0, |(b, _)| b);
        found.push(Span { start, end: tokens[k].end, kind: EntityType::Org, score: 0.6 });
    }
    add_where_free(spans, found)
}

/// English trade words that end foreign companies' names as Arabic outlets write them
/// (يوروس إنرجي, أكوا باور, أبراج كابيتال), `search` form.
const TRADE_WORDS: &[&str] = &[
    "انرجي", "باور", "هولدينغ", "هولدينج", "هولدنغ", "كابيتال", "غروب", "جروب", "تكنولوجيز", "سوليوشنز", "فينتشرز", "بارتنرز", "موتورز",
    "فارما", "ستيل", "سيستمز", "انفستمنتس", "بتروليوم", "ريسورسز", "لوجستيكس", "ماينينغ", "ماينينج",
];

/// A company named by a foreign word and an English trade word after it (شركتا تويوتا
/// تسوشو ويوروس إنرجي اليابانيتان, أكوا باور): one organization, where the tagger
/// ended the name before the trade word and began a person or a work with it, or
/// took the trade word alone. The foreign word is the tagger's organization or a word
/// general Arabic does not know.
fn companies_by_their_trade(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut gone = vec![false; spans.len()];
    let mut new: Vec<Span> = Vec::new();
    for i in 1..tokens.len() {
        let w = &infos[i];
        if tokens[i].kind != TokenKind::Word || w.stem != w.norm || !one_of(TRADE_WORDS, &w.norm) || tokens[i - 1].kind != TokenKind::Word {
            continue;
        }
        // (The span at the trade word: none, or the tagger's, beginning there.)
        let at = spans.iter().position(|s| s.start < tokens[i].end && tokens[i].start < s.end);
        if at.is_some_and(|k| spans[k].start != tokens[i].start || !is_model(spans[k].kind) || spans[k].kind == EntityType::Org) {
            continue;
        }
        let before = spans.iter().position(|s| s.end == tokens[i - 1].end);
        let start = match before {
            Some(k) if spans[k].kind == EntityType::Org => {
                gone[k] = true;
                spans[k].start
            }
            Some(_) => continue,
            None => {
                let p = &infos[i - 1];
                let covered = spans.iter().any(|s| s.start < tokens[i - 1].end && tokens[i - 1].start < s.end);
                if covered || p.stem.starts_with("ال") || p.stem.chars().count() < 3 || super::general_freq::buckets(&p.stem)[0] != 0 || p.gaz.has(GIVEN | TITLE) {
                    continue;
                }
                match span_over(text, tokens, infos, i - 1, i, EntityType::Org, 0.6) {
                    Some(m) => m.start,
                    None => continue,
                }
            }
        };
        if let Some(k) = at {
            gone[k] = true;
        }
        new.push(Span { start, end: tokens[i].end, kind: EntityType::Org, score: 0.6 });
    }
    replace_marked(spans, &gone, new)
}

/// A council, a committee or an authority named with "national" or "of the nation"
/// after its field (مجلس الأمن الوطني, مجلس الأمن القومي, لجنة الطاقة الوطنية): the
/// adjective is in the name, a country's own body, not the body named without it
/// (مجلس الأمن, the UN's), where the tagger stopped before it.
fn national_councils(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Org || r.len() != 2 || r.end >= tokens.len() || tokens[r.end].kind != TokenKind::Word {
            continue;
        }
        let free = spans.get(k + 1).is_none_or(|n| n.start >= tokens[r.end].end);
        let (head, field, adj) = (&infos[r.start], &infos[r.start + 1], &infos[r.end]);
        let national = adj.stem == adj.norm && ["الوطني", "الوطنيه", "القومي", "القوميه"].contains(&adj.norm.as_str());
        if free && national && is_org_head(head) && !head.stem.starts_with("ال") && field.stem.starts_with("ال") && tokens[r.start + 1].start >= spans[k].start {
            spans[k].end = tokens[r.end].end;
        }
    }
    spans
}

/// A region or a river's reach named with "lower", "upper" or "middle" after it
/// (شبيلي السفلى, جوبا السفلى, الفرات الأوسط, مصر العليا): the adjective is in the
/// place's name, which the tagger stopped before.
fn upper_and_lower_regions(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Loc || r.is_empty() || r.end >= tokens.len() || tokens[r.end].kind != TokenKind::Word || spans[k].end != tokens[r.end - 1].end {
            continue;
        }
        let free = spans.get(k + 1).is_none_or(|n| n.start >= tokens[r.end].end);
        let adj = &infos[r.end];
        if free && adj.stem == adj.norm && ["السفلي", "العليا", "الوسطي", "الاعلي", "الاسفل", "الاوسط"].contains(&adj.norm.as_str()) {
            spans[k].end = tokens[r.end].end;
        }
    }
    spans
}

/// An indefinite court or body before a town after ب (أمام محكمة بميونيخ, "a court in
/// Munich"), which the tagger took for one name: the town alone is named.
fn courts_in_towns(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if s.kind != EntityType::Org || !is_model(s.kind) || r.len() != 2 || tokens[r.start].kind != TokenKind::Word || tokens[r.start + 1].kind != TokenKind::Word {
            continue;
        }
        let (head, town) = (&infos[r.start], &infos[r.start + 1]);
        let in_town = town.norm.starts_with('ب') && town.stem.len() < town.norm.len() && place_flags(infos, r.start + 1, r.end) & (gazetteer::CITY | gazetteer::COUNTRY) != 0;
        if in_town && is_org_head(head) && !head.stem.starts_with("ال") && head.stem == head.norm {
            if let Some(m) = span_over(text, tokens, infos, r.start + 1, r.end, EntityType::Loc, s.score) {
                *s = m;
            }
        }
    }
    spans
}

/// Bodies of the United Nations and of other unions named with their head before the
/// union (بعثة الأمم المتحدة, دائرة الأمم المتحدة للأعمال المتعلقة بالألغام, مكتب
/// الاتحاد الأوروبي): the head is in the name, since the union alone names another
/// body; the tagger began the name at the union. And a body's aim that ends with a
/// participle and what it concerns after ب (للأعمال المتعلقة بالألغام, اللجنة المعنية
/// بحقوق الإنسان): the name goes on over it.
fn bodies_of_the_un(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    const HEADS: &[&str] = &["بعثه", "دايره", "دائره", "مكتب", "برنامج", "وكاله", "صندوق", "مفوضيه", "قوه", "بعثات"];
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Org || r.len() < 2 || r.start == 0 || spans[k].start != tokens[r.start].start {
            continue;
        }
        let union = matches!((infos[r.start].norm.as_str(), infos[r.start + 1].norm.as_str()), ("الامم", "المتحده") | ("الاتحاد", "الافريقي" | "الاوروبي" | "الاوربي"));
        let h = r.start - 1;
        let before_free = k == 0 || spans[k - 1].end <= tokens[h].start;
        if union && before_free && tokens[h].kind == TokenKind::Word && in_list(&infos[h], HEADS) && !infos[h].stem.starts_with("ال") {
            if let Some(m) = span_over(text, tokens, infos, h, r.end, EntityType::Org, spans[k].score) {
                spans[k].start = m.start;
            }
        }
    }
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Org || r.len() < 2 || r.end >= tokens.len() || tokens[r.end].kind != TokenKind::Word || spans[k].end != tokens[r.end - 1].end {
            continue;
        }
        let free = spans.get(k + 1).is_none_or(|n| n.start >= tokens[r.end].end);
        const PARTICIPLES: &[&str] = &["المتعلقه", "المعنيه", "المعني", "الخاصه", "المختصه", "المكلفه"];
        let concerning = |j: usize| j < tokens.len() && tokens[j].kind == TokenKind::Word && infos[j].norm.starts_with('ب') && infos[j].stem.len() < infos[j].norm.len() && infos[j].stem.starts_with("ال");
        // (The participle in the name or right after it.)
        let end = if in_list(&infos[r.end - 1], PARTICIPLES) && concerning(r.end) {
            r.end + 1
        } else if infos[r.end - 1].norm.starts_with('ل') && in_list(&infos[r.end], PARTICIPLES) && concerning(r.end + 1) && spans.get(k + 1).is_none_or(|n| n.start >= tokens[r.end + 1].end) {
            r.end + 2
        } else {
            continue;
        };
        if free {
            spans[k].end = tokens[end - 1].end;
        }
    }
    spans
}

/// A mission named with the country it serves in after في (بعثة الأمم المتحدة للدعم
/// في ليبيا, بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال): the place is in the
/// mission's name; the tagger stopped before في.
fn missions_in_places(tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut gone = vec![false; spans.len()];
    let mut out = spans.clone();
    for k in 0..spans.len().saturating_sub(1) {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Org || r.len() < 3 || r.end + 1 >= tokens.len() || !in_list(&infos[r.start], &["بعثه", "بعثات"]) {
            continue;
        }
        let place = &spans[k + 1];
        let pr = tokens_of(tokens, place);
        let aim = (r.start + 1..r.end).any(|j| infos[j].norm.starts_with("ل"));
        if aim && place.kind == EntityType::Loc && pr.start == r.end + 1 && tokens[r.end].kind == TokenKind::Word && in_list(&infos[r.end], &["في", "فى"]) && place.start == tokens[pr.start].start && pr.len() <= 2 {
            out[k].end = place.end;
            gone[k + 1] = true;
        }
    }
    out.into_iter().zip(gone).filter(|(_, g)| !g).map(|(s, _)| s).collect()
}

/// A union named in full (الاتحاد الأوروبي, الاتحاد الأفريقي) and then by its head alone
/// (وقال الاتحاد في بيان, عن الاتحاد أي تعليق): the head alone is the union named last,
/// an organization ([`super::link`] links it by its words). Not before a definite word,
/// which may make another body's name (الاتحاد العام للشغل) or be the verb's object, and
/// not before any union is named in full (a sports union, a trade union). So is a
/// commission (المفوضية السامية للأمم المتحدة لشؤون اللاجئين or مفوضية الأمم المتحدة …,
/// then ممثل المفوضية, مصادر للمفوضية), each head after a body of its own head only.
fn unions_named_again(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    const AGAIN_HEADS: [&str; 2] = ["الاتحاد", "المفوضيه"];
    // (The head that begins a full name, with or without its article: مفوضية الأمم.)
    let head_of = |k: usize, alone: bool| {
        if tokens[k].kind != TokenKind::Word {
            return None;
        }
        let w = infos[k].stem.as_str();
        AGAIN_HEADS.iter().position(|h| w == *h || !alone && h.strip_prefix("ال") == Some(w))
    };
    let mut named_from = [None; 2];
    let mut found = Vec::new();
    let mut next_span = 0;
    for k in 0..tokens.len() {
        while next_span < spans.len() && spans[next_span].end <= tokens[k].start {
            let s = &spans[next_span];
            let r = tokens_of(tokens, s);
            if s.kind == EntityType::Org && r.len() >= 2 {
                if let Some(h) = head_of(r.start, false).filter(|&h| named_from[h].is_none() && (h == 1 || infos[r.start].stem == "الاتحاد")) {
                    named_from[h] = Some(r.end);
                }
            }
            next_span += 1;
        }
        let inside = spans.get(next_span).is_some_and(|s| s.start < tokens[k].end);
        if inside || !head_of(k, true).is_some_and(|h| named_from[h].is_some_and(|e| k >= e)) {
            continue;
        }
        let definite_next = tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Word) && infos[k + 1].stem.starts_with("ال");
        if !definite_next {
            found.extend(span_over(text, tokens, infos, k, k + 1, EntityType::Org, 0.6));
        }
    }
    add_where_free(spans, found)
}

/// Nouns after قصر that make it "shortness", not a palace (قصر المدة, قصر النظر), in
/// `search` form.
const SHORTNESS_OF: &[&str] = &["المده", "النظر", "الفتره", "الوقت", "القامه", "العمر", "الاجل", "المسافه", "الطول", "الليل", "النهار"];
/// Words after which قصر is a building one is in, goes to or comes from, in `search` form.
const PLACE_PREPOSITIONS: &[&str] = &["في", "من", "الي", "امام", "داخل", "قرب", "عند", "ضمن", "الى", "فى"];

/// Is `w` a definite word that may name something (not a relative or time word, not a
/// verb)?
fn definite_name_word(w: &TokInfo) -> bool {
    w.stem == w.norm && w.norm.starts_with("ال") && w.norm.chars().count() >= 4 && !verb_like(w) && !in_list(w, super::post::RELATIONAL)
}

/// A palace is named with its head (قصر السلام, قصر الأمم, قصر صدام): a place (LOC), when
/// the word after قصر is a person the tagger found or a definite noun, where a
/// preposition before it (في قصر, بقصر) shows a building, not "shortness" (قصر المدة). Palaces that stand for their
/// institution (قصر المرادية) are the list of seats' and stay as they are.
fn palaces(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let (h, n) = (&infos[i], &infos[i + 1]);
        if tokens[i].kind != TokenKind::Word || h.key != "قصر" || h.stem.starts_with("ال") || tokens[i + 1].kind != TokenKind::Word {
            continue;
        }
        // A person's name right after the head: the palace is named after the person.
        // (One named by its town or district, قصر فرساي, قصر كولوبا, is marked as the
        // place, as ports are, and ANERcorp marks them.)
        let at = tokens[i + 1].start;
        let named = span_starting_at(&spans, at).filter(|s| s.kind == EntityType::Per && is_model(s.kind));
        if let Some(m) = named {
            let end = tokens_of(tokens, m).end;
            if end <= i + 3 {
                found.extend(span_over(text, tokens, infos, i, end, EntityType::Loc, m.score));
            }
            continue;
        }
        let after_preposition = h.norm != h.key || i > 0 && tokens[i - 1].kind == TokenKind::Word && in_list(&infos[i - 1], PLACE_PREPOSITIONS);
        if after_preposition && definite_name_word(n) && !in_list(n, SHORTNESS_OF) && !n.gaz.has(TITLE) {
            found.extend(span_over(text, tokens, infos, i, i + 2, EntityType::Loc, 0.7));
        }
    }
    // (Over the tagger's mention of the person alone.)
    add_replacing_model_spans(spans, found)
}

/// A mosque named with its head (جامع الأندلسيين, مسجد الأقمر, مسجد محمد علي): جامع or
/// مسجد in the construct state before a person the tagger found, or before a definite
/// word general Arabic does not use as an ordinary word, is one place (LOC), as a
/// stadium or a palace named so keeps its head: the word alone names a people or a
/// person, not the building. (Not a place of the lists, مسجد الكوفة, marked as the town
/// as ports are; not an ordinary word, مسجد القرية, جامع الحي, nor a title alone.)
fn mosques(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    // (A person the tagger ran on over و and a second mosque's head, حسن وجامع الأقمر of
    // مسجد السلطان حسن وجامع الأقمر, ends before و: no name holds the head of a mosque.)
    for s in spans.iter_mut() {
        if s.kind != EntityType::Per || !is_model(s.kind) {
            continue;
        }
        let r = tokens_of(tokens, s);
        if let Some(k) = (r.start + 1..r.end).find(|&k| word(k) && infos[k].norm.starts_with('و') && infos[k].stem != infos[k].norm && in_list(&infos[k], &["جامع", "مسجد"])) {
            s.end = tokens[k - 1].end;
        }
    }
    for i in 0..tokens.len().saturating_sub(1) {
        let (h, n) = (&infos[i], &infos[i + 1]);
        if !word(i) || !word(i + 1) || !in_list(h, &["جامع", "مسجد"]) || h.stem.starts_with("ال") {
            continue;
        }
        // (A title between, مسجد السلطان حسن, مسجد الملك الحسن الثاني: the person
        // after it; a title alone names no mosque.)
        let titled = in_list(n, ROYAL_TITLES_OF_PLACES) || n.gaz.has(TITLE);
        let p = if titled { i + 2 } else { i + 1 };
        let named = (p < tokens.len()).then(|| span_starting_at(&spans, tokens[p].start)).flatten().filter(|s| s.kind == EntityType::Per && is_model(s.kind));
        if let Some(m) = named {
            let end = tokens_of(tokens, m).end;
            if end <= p + 3 {
                found.extend(span_over(text, tokens, infos, i, end, EntityType::Loc, m.score));
            }
            continue;
        }
        if titled {
            continue;
        }
        // (A word the tagger marked, alone or with the head, جامع القرويين as a work, is
        // a name whatever general Arabic says of it; so is a people's plural nisba,
        // الأندلسيين, as mosques are named after a town's or a land's people.)
        let marked = spans.iter().any(|s| is_model(s.kind) && {
            let r = tokens_of(tokens, s);
            r.start >= i && r.end <= i + 2 && r.contains(&(i + 1))
        });
        let peoples = n.norm.ends_with("يين") && n.norm.chars().count() >= 7;
        if definite_name_word(n) && (marked || peoples || !ordinary(n)) && place_flags(infos, i + 1, i + 2) == 0 {
            found.extend(span_over(text, tokens, infos, i, i + 2, EntityType::Loc, 0.7));
        }
    }
    // (Over the tagger's mention of the word alone, or of both with another type.)
    add_replacing_model_spans(spans, found)
}

/// Houses that name an institution (دار الأوبرا المصرية, دار الكتب والوثائق القومية,
/// دار الإفتاء المصرية): دار in the construct state, a definite noun, and its adjectives
/// or a second noun after و with its adjective. Alone (دار النشر, a publishing house)
/// the two words name nothing; a place after دار is the place lists' (دار السلام).
fn houses(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let adjective = |k: usize| word(k) && definite_name_word(&infos[k]) && (infos[k].norm.ends_with('ي') || infos[k].norm.ends_with("يه"));
    for i in 0..tokens.len().saturating_sub(2) {
        let (h, n) = (&infos[i], &infos[i + 1]);
        if !word(i) || !word(i + 1) || h.key != "دار" || h.stem.starts_with("ال") || !definite_name_word(n) || place_flags(infos, i, i + 2) != 0 {
            continue;
        }
        let mut j = i + 2;
        let second = word(j) && infos[j].norm.starts_with("وال") && infos[j].stem.starts_with("ال") && infos[j].stem.chars().count() >= 5 && !verb_like(&infos[j]) && adjective(j + 1);
        if second {
            j += 1;
        }
        let before = j;
        while j < before + 2 && adjective(j) {
            j += 1;
        }
        // (And a second adjective joined by و: دار الخدمات النقابية والعمالية.)
        let and_adjective = word(j) && infos[j].norm.strip_prefix('و') == Some(infos[j].stem.as_str()) && infos[j].stem.starts_with("ال") && infos[j].stem.chars().count() >= 5 && (infos[j].stem.ends_with('ي') || infos[j].stem.ends_with("يه")) && !infos[j].gaz.has(gazetteer::COUNTRY | gazetteer::CITY | gazetteer::REGION);
        if j > before && and_adjective {
            j += 1;
        }
        if j > i + 2 && (!second || j > before) {
            found.extend(span_over(text, tokens, infos, i, j, EntityType::Org, 0.7));
        }
    }
    add_replacing_model_spans(spans, found)
}

/// Particles that never name a coordination's members, in `search` form.
const NOT_MEMBERS: &[&str] = &["في", "من", "علي", "الي", "عن", "مع", "ان", "قد", "لم", "لن", "التي", "الذي", "فى", "الى"];

/// What a coordination's members are (أزواد, المقاومة, الأحياء): a name or a noun, not a
/// particle or a verb.
fn member_name(w: &TokInfo) -> bool {
    (definite_name_word(w) || name_like(w) || w.norm.chars().count() >= 4 && !w.norm.starts_with('و')) && !verb_like(w) && !in_list(w, NOT_MEMBERS)
}

/// A coordination of movements, committees or forces (تنسيقية حركات أزواد, تنسيقية لجان
/// المقاومة, تنسيقية القوى المدنية): تنسيقية in the construct state, the plural noun of
/// its members and what they are (a name or a definite noun), or a definite noun, and
/// its adjectives.
fn coordinations(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let adjective = |k: usize| word(k) && definite_name_word(&infos[k]) && (infos[k].norm.ends_with('ي') || infos[k].norm.ends_with("يه"));
    for i in 0..tokens.len().saturating_sub(2) {
        let h = &infos[i];
        if !word(i) || !word(i + 1) || h.stem != "تنسيقيه" {
            continue;
        }
        let n = &infos[i + 1];
        let mut j = if definite_name_word(n) {
            i + 2
        } else if !n.norm.starts_with("ال") && !n.norm.starts_with('و') && !verb_like(n) && word(i + 2) && member_name(&infos[i + 2]) {
            i + 3
        } else {
            continue;
        };
        let before = j;
        while j < before + 2 && adjective(j) {
            j += 1;
        }
        found.extend(span_over(text, tokens, infos, i, j, EntityType::Org, 0.7));
    }
    add_replacing_model_spans(spans, found)
}

/// A body's name that ends with what it is for (للسينما) goes on over a second aim
/// joined by و (المركز الوطني للسينما والصورة, منظمة الأمم المتحدة للتربية والعلم
/// والثقافة): definite nouns after و, up to two, where no mention begins.
fn second_aims(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        // (Or what it is for and an adjective: للدراسات السياسية والاستراتيجية.)
        let aim_at = |k: usize| tokens[k].kind == TokenKind::Word && infos[k].norm.starts_with("لل");
        let ends_with_aim = r.len() >= 2 && (aim_at(r.end - 1) || r.len() >= 3 && aim_at(r.end - 2) && infos[r.end - 1].stem == infos[r.end - 1].norm && infos[r.end - 1].norm.starts_with("ال"));
        let limit = spans.get(k + 1).map_or(usize::MAX, |n| n.start);
        if spans[k].kind == EntityType::Org && !ends_with_aim {
            if let Some(e) = second_task(text, tokens, infos, &r, limit) {
                spans[k].end = tokens[e - 1].end;
            }
            continue;
        }
        if spans[k].kind != EntityType::Org {
            continue;
        }
        let mut e = r.end;
        while e < tokens.len() && e < r.end + 2 && tokens[e].kind == TokenKind::Word && tokens[e].end <= limit {
            let w = &infos[e];
            let aim = w.norm.strip_prefix('و').is_some_and(|rest| rest.starts_with("ال") && rest.chars().count() >= 5 && w.stem == rest) && !verb_like(w) && !in_list(w, RELATIONAL_AFTER_AND);
            // (Or a noun in the construct state and its definite noun: المركز السوري
            // للإعلام وحرية التعبير, للحقوق الدستورية وحقوق الإنسان.)
            let construct = !aim
                && e + 1 < tokens.len()
                && tokens[e + 1].kind == TokenKind::Word
                && tokens[e + 1].end <= limit
                && w.norm.strip_prefix('و').is_some_and(|rest| !rest.starts_with("ال") && rest.chars().count() >= 3 && w.stem == rest && super::general_freq::buckets(rest)[0] >= 3 && !super::post::HONORIFICS.contains(&rest))
                && !verb_like(w)
                // (Not the next person's honorific and title: وسمو الشيخ.)
                && !infos[e + 1].gaz.has(TITLE)
                && infos[e + 1].stem == infos[e + 1].norm
                && infos[e + 1].norm.starts_with("ال")
                && infos[e + 1].norm.chars().count() >= 5
                && !in_list(&infos[e + 1], super::post::RELATIONAL);
            if construct {
                e += 2;
                break;
            }
            if !aim {
                break;
            }
            e += 1;
        }
        // (And the last aim's adjective: الاتحاد التونسي للفلاحة والصيد البحري.)
        if e > r.end && e < tokens.len() && tokens[e].end <= limit && super::post::adjectives_after(infos, e, e + 1) == e + 1 && !country_adjective(gazetteer::bare(&infos[e].norm)) {
            e += 1;
        }
        // (And the country's adjective that agrees with the body's head, not with the
        // aim before it: المعهد الوطني للإحصاء والدراسات الاقتصادية الفرنسي.)
        let head_feminine = infos[r.start].stem.ends_with('ه');
        let national = |a: &TokInfo| a.kind == TokenKind::Word && a.stem == a.norm && a.norm.starts_with("ال") && country_adjective(gazetteer::bare(&a.norm)) && (a.norm.ends_with("يه") == head_feminine) && a.norm.ends_with(['ي', 'ه']);
        if e > r.end && e < tokens.len() && tokens[e].end <= limit && national(&infos[e]) {
            e += 1;
        }
        if e > r.end {
            spans[k].end = tokens[e - 1].end;
        }
    }
    spans
}

/// A body named by its head and a field (هيئة النزاهة, وزارة التجارة) goes on over a
/// second task joined by و, a noun in the construct state with a definite noun (هيئة
/// النزاهة ومكافحة الفساد, وزارة التجارة وحماية المستهلك): the end, where the noun is
/// none of a person's title, a body's head, a place, a name or a verb, nor a plural in
/// ات (وزارة الصحة ومستشفيات القطاع names two things).
fn second_task(text: &str, tokens: &[Token], infos: &[TokInfo], r: &std::ops::Range<usize>, limit: usize) -> Option<usize> {
    let (e, word) = (r.end, |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && tokens[k].end <= limit);
    if r.len() != 2 || !is_org_head(&infos[r.start]) || infos[r.start].stem.starts_with("ال") || !infos[r.start + 1].stem.starts_with("ال") || !word(e) || !word(e + 1) {
        return None;
    }
    let (n, d) = (&infos[e], &infos[e + 1]);
    // (A verbal noun: with its ة (مكافحة, حماية) or of the form تفعيل (تطوير); not a
    // verb with its object, وحضره.)
    let masdar = text[tokens[e].start..tokens[e].end].ends_with('ة') || n.stem.starts_with('ت');
    let task = masdar && n.norm.strip_prefix('و').is_some_and(|rest| rest == n.stem && rest.chars().count() >= 4 && !rest.starts_with("ال") && !rest.ends_with("ات"))
        && !n.gaz.has(TITLE | GIVEN | FAMILY | gazetteer::COUNTRY | gazetteer::CITY | gazetteer::REGION | gazetteer::ORG_HEAD | gazetteer::LOC_HEAD)
        && !is_org_head(n)
        && !verb_like(n);
    let object = d.stem == d.norm && d.norm.starts_with("ال") && d.norm.chars().count() >= 5 && !verb_like(d) && !in_list(d, super::post::RELATIONAL);
    (task && object).then_some(e + 2)
}

/// A body named by its head and a name the tagger found without what it is for (مركز
/// الأهرام + للدراسات السياسية, مؤسسة عمان + للثقافة): the phrase in لل right after it
/// and its adjectives are in the name, as [`super::post`] extends the tagger's own
/// names; where no mention begins. (A phrase in لل after any such name; ل and a noun
/// only after a body of a place or a range, نادي دبي لسباق الخيل: after another name it
/// is as often what the body does, لوقف العدوان.)
fn aims_after_bodies(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Org || r.len() < 2 || !is_org_head(&infos[r.start]) || super::post::known_name(infos, r.clone()) {
            continue;
        }
        let limit = spans.get(k + 1).map_or(usize::MAX, |n| n.start);
        let e = r.end;
        if e >= tokens.len() || tokens[e].kind != TokenKind::Word || tokens[e].end > limit {
            continue;
        }
        let n = if infos[e].norm.starts_with("لل") {
            (purpose_len(infos, e, tokens.len()) == 1) as usize
        } else if of_a_place_or_range(infos, &r) {
            // (After a body of a place or of a range, its head and a country, a town or
            // an adjective, نادي دبي, هيئة الإمارات, الاتحاد الدولي, also ل and a noun in
            // the construct state with the noun it governs, لسباق الخيل, or ل and a
            // plural of bodies with their field, لسلطات سباق الخيل: the field of a
            // club, an authority or a federation.)
            let n = match purpose_len(infos, e, tokens.len()) {
                2 => 2,
                _ => bodies_of_a_field(infos, e, tokens.len()),
            };
            // (The governed noun written with the article, not a word in إل the search
            // form folds like one: مصرف لبنان لهجوم إلكتروني.)
            let definite = n > 0 && text[tokens[e + n - 1].start..tokens[e + n - 1].end].starts_with("ال");
            if definite { n } else { 0 }
        } else {
            0
        };
        if n == 0 || tokens[e + n - 1].end > limit {
            continue;
        }
        let end = super::post::adjectives_after(infos, e + n, tokens.len()).min(tokens.partition_point(|t| t.end <= limit));
        spans[k].end = tokens[end.max(e + n) - 1].end;
    }
    spans
}

/// Aims in لل whose verbal noun takes its object after ب (للإنذار بالعواصف, للتوعية
/// بمخاطر المخدرات), in `search` form.
const AIMS_WITH_BI: &[&str] = &["للانذار", "للتوعيه", "للتعريف", "للنهوض", "للعنايه", "للاهتمام", "للتنبؤ", "للتكفل", "للارتقاء", "للاحتفاء", "للتحسيس", "للتبصير"];

/// Aims in لل whose verbal noun takes its object after على (للرقابة على الصادرات,
/// للإشراف على الانتخابات), in `search` form.
const AIMS_WITH_ALA: &[&str] = &["للرقابه", "للاشراف", "للحفاظ", "للمحافظه", "للقضاء", "للتفتيش"];

/// Aims in لل whose verbal noun takes its object after في (للتحكم في الطاقة, للبحث في
/// الصيد البحري), in `search` form.
const AIMS_WITH_FI: &[&str] = &["للتحكم", "للبحث", "للتحكيم", "للتخصص"];

/// Aims in لل whose verbal noun takes its object after من (للوقاية من التعذيب, للحماية
/// من الإشعاع), in `search` form.
const AIMS_WITH_MIN: &[&str] = &["للوقايه", "للحمايه"];

/// A body's name that ends with such an aim goes on with the aim's object after ب: a
/// definite noun and its adjectives (المركز الإقليمي للإنذار بالعواصف الرملية), or a
/// noun in the construct state and the definite noun it governs (الجمعية الوطنية
/// للتوعية بمخاطر المخدرات); not a place (a body's seat, المركز الوطني للأبحاث
/// بالقاهرة), where no mention begins; or, after an aim of [`AIMS_WITH_ALA`], with على
/// and a definite noun, its adjectives and a second noun after و (الهيئة العامة للرقابة
/// على الصادرات والواردات), and after one of [`AIMS_WITH_FI`] with في so (الوكالة
/// الوطنية للتحكم في الطاقة; not a place after في, the body's seat), and of
/// [`AIMS_WITH_MIN`] with من (الهيئة الوطنية للوقاية من التعذيب).
fn complements_of_aims(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        let e = r.end;
        let (with_bi, with_ala, with_fi, with_min) = if r.len() >= 2 { (in_list(&infos[e - 1], AIMS_WITH_BI), in_list(&infos[e - 1], AIMS_WITH_ALA), in_list(&infos[e - 1], AIMS_WITH_FI), in_list(&infos[e - 1], AIMS_WITH_MIN)) } else { (false, false, false, false) };
        let with_ala = with_ala || with_fi || with_min;
        if spans[k].kind != EntityType::Org || !(with_bi || with_ala) || e + 1 >= tokens.len() || spans.get(k + 1).is_some_and(|n| n.start < tokens[e].end) {
            continue;
        }
        let word = |j: usize| j < tokens.len() && tokens[j].kind == TokenKind::Word;
        let (b, n) = (&infos[e], infos.get(e + 1));
        let no_place = |i: &TokInfo| !i.gaz.has(gazetteer::COUNTRY | gazetteer::CITY | gazetteer::REGION) && place_flags(infos, e, e + 1) == 0;
        let limit = spans.get(k + 1).map_or(tokens.len(), |x| tokens.partition_point(|t| t.end <= x.start));
        let definite = |j: usize| word(j) && infos[j].stem == infos[j].norm && infos[j].norm.starts_with("ال") && infos[j].norm.chars().count() >= 5 && !infos[j].gaz.has(gazetteer::COUNTRY | gazetteer::CITY | gazetteer::REGION) && !in_list(&infos[j], super::post::RELATIONAL);
        let end = if with_ala {
            if !(word(e) && b.norm == if with_fi { "في" } else if with_min { "من" } else { "علي" } && definite(e + 1)) {
                continue;
            }
            let end = super::post::adjectives_after(infos, e + 2, limit).max(e + 2);
            // (And a second noun after و: والواردات.)
            let second = end < limit && word(end) && infos[end].norm.strip_prefix('و') == Some(infos[end].stem.as_str()) && infos[end].stem.starts_with("ال") && infos[end].stem.chars().count() >= 5 && !is_org_head(&infos[end]);
            if second { super::post::adjectives_after(infos, end + 1, limit).max(end + 1) } else { end }
        } else if word(e) && b.norm.starts_with("بال") && b.stem.starts_with("ال") && b.stem.chars().count() >= 5 && no_place(b) && !verb_like(b) {
            super::post::adjectives_after(infos, e + 1, limit).max(e + 1)
        } else if word(e) && word(e + 1) && b.norm.starts_with('ب') && b.stem.len() < b.norm.len() && !b.stem.starts_with("ال") && b.stem.chars().count() >= 3 && no_place(b) && !verb_like(b) && n.is_some_and(|n| n.stem == n.norm && n.norm.starts_with("ال") && n.norm.chars().count() >= 4 && !in_list(n, super::post::RELATIONAL)) {
            e + 2
        } else {
            continue;
        };
        if end <= limit {
            spans[k].end = tokens[end - 1].end;
        }
    }
    spans
}

/// Adjectives of a range that name a body with its head (الاتحاد الدولي, المجلس
/// العربي), besides the countries' own, in `search` form.
const RANGE_ADJECTIVES: &[&str] = &["الدولي", "الدوليه", "العالمي", "العالميه", "العربي", "العربيه", "الاسلامي", "الاسلاميه", "الافريقي", "الافريقيه", "الاوروبي", "الاوروبيه", "الاسيوي", "الاسيويه", "الخليجي", "الخليجيه"];

/// Is a body's name over `r` its head and a place or a range only (نادي دبي, هيئة
/// الإمارات, الاتحاد الدولي, الجمعية المصرية)?
fn of_a_place_or_range(infos: &[TokInfo], r: &std::ops::Range<usize>) -> bool {
    let Some(w) = infos.get(r.start + 1).filter(|_| r.len() == 2) else { return false };
    w.stem == w.norm && (w.gaz.has(gazetteer::COUNTRY | gazetteer::CITY) || one_of(super::post::SHORT_COUNTRIES, &w.stem) || w.norm.starts_with("ال") && (country_adjective(&w.norm) || one_of(RANGE_ADJECTIVES, &w.norm)))
}

/// ل and a plural of bodies in ات, a noun in the construct state and the definite noun
/// it governs at `j` (لسلطات سباق الخيل, لشركات النقل الجوي has only two): the field
/// of a federation of bodies, 3 words; 0 when there is none. (A verbal noun after ل is
/// what a body does, لوقف إطلاق النار: only a plural in ات.)
fn bodies_of_a_field(infos: &[TokInfo], j: usize, end: usize) -> usize {
    if j + 3 > end || infos[j..j + 3].iter().any(|i| i.kind != TokenKind::Word) {
        return 0;
    }
    let (p, n, d) = (&infos[j], &infos[j + 1], &infos[j + 2]);
    let plural = p.norm.strip_prefix('ل').is_some_and(|w| w.ends_with("ات") && w.chars().count() >= 5 && !w.starts_with("ال")) && !verb_like(p);
    let construct = n.stem == n.norm && !n.norm.starts_with("ال") && n.norm.chars().count() >= 3 && !verb_like(n) && !n.gaz.has(gazetteer::COUNTRY | gazetteer::CITY | TITLE);
    let governed = d.stem == d.norm && d.norm.starts_with("ال") && d.norm.chars().count() >= 4 && !in_list(d, super::post::RELATIONAL);
    if plural && construct && governed {
        3
    } else {
        0
    }
}

/// Heads of bodies named by two fields joined by و (وزارة الشؤون الخارجية والتعاون
/// الدولي, كلية الآداب والعلوم الإنسانية), in `search` form.
const TWO_FIELD_HEADS: &[&str] = &["وزاره", "كليه", "لجنه"];

/// A ministry, a faculty or a committee named by two fields, the first of one word or
/// two (الشؤون الخارجية), the second after و with its adjective ([`super::post::second_field`]),
/// then, for a ministry of Maghreb governments, its people abroad (والجالية الوطنية
/// بالخارج) and the country's adjective agreeing with the head (… والتعاون الدولي
/// المالية): the whole name, where no mention begins.
fn second_fields(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        let head = &infos[r.start];
        if spans[k].kind != EntityType::Org || r.len() < 2 || head.stem.starts_with("ال") || !in_list(head, TWO_FIELD_HEADS) || !infos[r.end - 1].stem.starts_with("ال") {
            continue;
        }
        let limit = spans.get(k + 1).map_or(tokens.len(), |n| tokens.partition_point(|t| t.end <= n.start));
        let mut e = super::post::second_field(infos, r.end, limit);
        // (The tagger may have the second field already, وزارة الطاقة والبنية التحتية:
        // the country's adjective after it still ends the name.)
        let two_fields = (r.start + 2..r.end).any(|j| infos[j].norm.starts_with("وال") && infos[j].stem.starts_with("ال"));
        if e == r.end && !two_fields {
            continue;
        }
        if e < limit && infos[e].norm == "بالخارج" {
            e += 1;
        }
        let a = infos.get(e).filter(|_| e < limit);
        let agrees = a.is_some_and(|a| a.stem == a.norm && a.norm.starts_with("ال") && a.norm.ends_with("يه") && head.stem.ends_with('ه') && country_adjective(gazetteer::bare(&a.norm)));
        if agrees {
            e += 1;
        }
        spans[k].end = tokens[e - 1].end;
    }
    spans
}

/// Definite words after و that are no aim of a body (والذي, والتي, والآن), in `search` form.
pub(super) const RELATIONAL_AFTER_AND: &[&str] = &["والذي", "والتي", "والذين", "والان", "واللتين", "واللذين"];

/// A day and month right after a body's head in the construct state (حركة 23 مارس,
/// تحالف 14 آذار, حركة 20 فبراير) name the body after that day: one organization's
/// name, not a date. So do they after a head of facilities (ملعب 5 جويلية, جسر 15
/// يوليو, ساحة 7 نوفمبر): one place's name, with its head as the gold has stadiums,
/// bridges and streets (a town's, مدينة 6 أكتوبر, is the tagger's, without its head);
/// a year may follow the month after جامعة (جامعة 8 ماي 1945 is a body's).
fn bodies_named_after_dates(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Date || !(2..=3).contains(&r.len()) || r.start == 0 || tokens[r.start].kind != TokenKind::Number {
            continue;
        }
        let h = r.start - 1;
        let free = k == 0 || spans[k - 1].end <= tokens[h].start;
        let head = &infos[h];
        let construct = free && tokens[h].kind == TokenKind::Word && !head.stem.starts_with("ال") && gaps::only_whitespace(text, tokens[h].end, tokens[r.start].start);
        let kind = if construct && is_org_head(head) && (r.len() == 2 || head.stem == "جامعه") {
            EntityType::Org
        } else if construct && in_list(head, PLACES_NAMED_BY_DATES) {
            EntityType::Loc
        } else {
            continue;
        };
        if let Some(m) = span_over(text, tokens, infos, h, r.end, kind, 0.7) {
            spans[k] = m;
        }
    }
    spans
}

/// Heads of storms (`search` form), and the adjectives that may stand between the head
/// and the name.
const STORM_HEADS: &[&str] = &["العاصفه", "عاصفه", "الاعصار", "اعصار", "المنخفض"];
const STORM_ADJECTIVES: &[&str] = &["المداري", "المداريه", "الاستوائي", "الاستوائيه", "الجوي", "القطبي", "الثلجيه", "الرمليه"];

/// A storm named after its head (العاصفة دانيال, الإعصار المداري أريج): the name, MISC,
/// as the gold marks cyclones, not the person the tagger saw in a given name. One word
/// without the article, a name's (general Arabic does not know it, or the name lists do),
/// perhaps in quote marks, which the quoted names rule reads.
fn storms(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let mut found = Vec::new();
    for i in 0..tokens.len() {
        if !word(i) || !in_list(&infos[i], STORM_HEADS) {
            continue;
        }
        let mut j = i + 1;
        if word(j) && in_list(&infos[j], STORM_ADJECTIVES) {
            j += 1;
        }
        let name = word(j) && {
            let w = &infos[j];
            w.stem == w.norm && !w.norm.starts_with("ال") && chars_of(&w.norm) >= 3 && (w.gaz.has(GIVEN | GIVEN_BIG) || name_like(w) && !ordinary(w)) && !w.gaz.has(TITLE | gazetteer::ORG_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY | gazetteer::COUNTRY | gazetteer::CITY)
        };
        if name {
            found.extend(span_over(text, tokens, infos, j, j + 1, EntityType::Misc, 0.7));
        }
    }
    add_replacing_model_spans(spans, found)
}

/// Heads of facilities that may be named by a day (`search` form): stadiums, streets,
/// squares, bridges, tunnels, roads.
const PLACES_NAMED_BY_DATES: &[&str] = &["ملعب", "ستاد", "شارع", "ساحه", "ميدان", "جسر", "نفق", "محور"];

/// Words for works (films, books, songs, plays, series, exhibitions, dictionaries and
/// encyclopaedias: معرض «أصوات الواحة», معجم "…") and for craft (a satellite, a
/// rocket, a probe, a telescope: القمر الاصطناعي «اتحاد سات»), in `search` form, with the
/// article or without, and with a possessive suffix (فيلمها).
const WORK_HEADS: &[&str] = &["فيلم", "روايه", "كتاب", "مسلسل", "اغنيه", "مسرحيه", "البوم", "ديوان", "قصيده", "لوحه", "وثايقي", "معرض", "معجم", "قاموس", "موسوعه", "قمر", "صاروخ", "مسبار", "تلسكوب", "مركبه"];

/// Words in quotation marks right after a word for a work, perhaps with its definite
/// adjectives between (فيلم «بنات البحر», الفيلم السوداني «ضوء على النيل», فيلمها
/// «…»), are the work's title: one MISC name, whatever the words inside are (a
/// title may be a clause or hold a place, النيل).
fn quoted_works(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for q in 1..tokens.len().saturating_sub(2) {
        if !opening_quote(text, &tokens[q]) || tokens[q + 1].kind != TokenKind::Word {
            continue;
        }
        // The head one to three words before, the words between it and the quote being
        // definite adjectives (السوداني).
        let work = |w: &TokInfo| {
            let bare = w.stem.strip_prefix("ال").unwrap_or(&w.stem);
            // (A feminine head's ة is ت before the pronoun: روايته, مسرحيتها.)
            let possessed = |h: &str, rest: &str| matches!(rest, "ها" | "ه" | "هم" | "هما") || h.ends_with('ه') && rest.strip_prefix('ت').is_some_and(|r| matches!(r, "ها" | "ه" | "هم" | "هما"));
            WORK_HEADS.iter().any(|h| bare == *h || w.norm.strip_prefix(h.strip_suffix('ه').filter(|_| h.ends_with('ه')).unwrap_or(h)).is_some_and(|rest| possessed(h, rest)) || w.norm.strip_prefix(h).is_some_and(|rest| possessed(h, rest)))
        };
        let head = (1..=3).filter_map(|c| q.checked_sub(c)).take_while(|&k| tokens[k].kind == TokenKind::Word).find(|&k| work(&infos[k]));
        // (Or the head and a comma, the title in apposition: الرواية، «…».)
        let comma = q >= 2 && matches!(&text[tokens[q - 1].start..tokens[q - 1].end], "،" | ",") && tokens[q - 2].kind == TokenKind::Word && work(&infos[q - 2]);
        let Some(h) = head.or(comma.then(|| q - 2)) else { continue };
        if !(h + 1..q).all(|k| k == q - 1 && comma || infos[k].stem.starts_with("ال") && !work(&infos[k])) {
            continue;
        }
        // (A work or a craft, definite, as the subject of what was said, إن الصاروخ «أدى
        // مهمته بنجاح», إن الفيلم "يتضمن مشاهد …": the quoted words are what was said of
        // it, not its name; إن فيلم «…» names it.)
        let subject = infos[h].stem.starts_with("ال");
        if subject && h > 0 && tokens[h - 1].kind == TokenKind::Word && in_list(&infos[h - 1], &["ان", "بان", "وان", "لان"]) {
            continue;
        }
        let Some(close) = (q + 1..tokens.len().min(q + 9)).find(|&j| !matches!(tokens[j].kind, TokenKind::Word | TokenKind::Latin | TokenKind::Number)) else { continue };
        // (Whole from the quote mark: a title holds no clitic, فالكون 9 is no ف + الكون.)
        if closing_quote(text, &tokens[close]) && close > q + 1 {
            found.push(Span { start: tokens[q + 1].start, end: tokens[close - 1].end, kind: EntityType::Misc, score: 0.7 });
        }
    }
    add_replacing_model_spans(spans, found)
}

/// A body named by its head and two fields joined by و, and the adjective that follows
/// both (بنك التصدير والاستيراد الصيني, هيئة الغذاء والدواء الأمريكية), where the
/// tagger ended the name with the first field: the adjective shows the second field is
/// the name's, not a noun beside the body (وزارة الصحة والمستشفيات).
fn two_fields(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    use gazetteer::{CITY, COUNTRY, LOC_HEAD, ORG_HEAD, REGION};
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Org || !(2..=3).contains(&r.len()) || !is_org_head(&infos[r.start]) || infos[r.start].stem.starts_with("ال") {
            continue;
        }
        // (The tagger may have the second field already: بنك التنمية والإعمار.)
        // (Or affairs of a group, هيئة شؤون الأسرى والمحررين: the group is the field.)
        let affairs = r.len() == 3 && matches!(infos[r.start + 1].stem.as_str(), "شوون" | "شؤون");
        let (f, j) = if affairs { (&infos[r.start + 2], r.start + 3) } else { (&infos[r.start + 1], r.start + 2) };
        let field = f.kind == TokenKind::Word && chars_of(&f.stem) >= 5 && !f.gaz.has(ORG_HEAD | LOC_HEAD | TITLE | COUNTRY | CITY | REGION);
        if !(field && f.norm.starts_with("ال") && f.stem == f.norm) || j >= tokens.len() {
            continue;
        }
        // (The fields and their adjectives as a ministry's are read: [`super::post::second_field`].)
        let e = super::post::second_field(infos, j, tokens.len());
        let free = spans.get(k + 1).is_none_or(|x| x.start >= tokens[e - 1].end || x.start >= tokens[j].end && x.end <= tokens[e - 1].end);
        // (After affairs of a group, one listed group is enough: والمحررين.)
        if e > j + usize::from(!affairs) && free {
            spans[k].end = tokens[e - 1].end;
        }
    }
    // (A span the longer name now covers is inside it.)
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        if out.last().is_none_or(|p| p.end <= s.start) {
            out.push(s);
        }
    }
    out
}

fn chars_of(s: &str) -> usize {
    s.chars().count()
}

/// Races named by the place they are run in, `search` form.
const RACES: &[&str] = &["ماراثون", "رالي", "طواف"];

/// An event's name (MISC) with the year right after it is one name with the year
/// (بطولة العالم 2023, كأس العالم 2022, إكسبو 2020): the edition.
fn editions(tokens: &[Token], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        if spans[k].kind != EntityType::Misc {
            continue;
        }
        let r = tokens_of(tokens, &spans[k]);
        let Some(t) = tokens.get(r.end) else { continue };
        let year = t.kind == TokenKind::Number && t.norm.len() == 4 && (t.norm.starts_with("19") || t.norm.starts_with("20")) && t.norm.bytes().all(|b| b.is_ascii_digit());
        let free = spans.get(k + 1).is_none_or(|n| n.start >= t.end);
        if year && free && tokens[r.end - 1].end < t.start {
            spans[k].end = t.end;
        }
    }
    spans
}

/// Names of Latin letters as Arabic writes a company's initials (إي إف جي, بي إس في),
/// in `search` form; the ones that are also function words (في, أن, أو, أي) count only
/// beside two of the others.
const LETTER_NAMES: &[&str] = &[
    "بي", "سي", "دي", "اف", "جي", "اتش", "ايتش", "جيه", "كيه", "كي", "ام", "كيو", "ار", "اس", "تي", "يو", "دبليو", "اكس", "زد", "واي", "اي", "في", "ان", "او", "ال",
    // (A written إيه as well as إي: إن بي إيه, إيه بي سي.)
    "ايه",
];
const WEAK_LETTER_NAMES: &[&str] = &["اي", "في", "ان", "او", "ال"];

/// Is the word a Latin letter's name, itself and no clitic before one (وبي is و + بي)?
/// The names that begin with ك are whole words though the stemmer takes their ك for the
/// preposition (كيه of كيه بي إم جي, stem يه): no Arabic word is ك + يه or ك + يو.
pub(super) fn letter_name(info: &TokInfo) -> bool {
    one_of(LETTER_NAMES, &info.norm) && (info.stem == info.norm || info.norm.starts_with('ك'))
}

/// Do a company's initials spelled in Arabic letters begin at `j` (إف جي إي, and with
/// the dots that join them, إف.جي.إي): two letters' names or more, two of them no
/// function word?
fn initials_at(tokens: &[Token], infos: &[TokInfo], j: usize) -> bool {
    let letter = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && letter_name(&infos[k]);
    let (mut k, mut letters, mut strong) = (j, 0, 0);
    while letter(k) {
        letters += 1;
        strong += usize::from(!one_of(WEAK_LETTER_NAMES, &infos[k].norm));
        k += 1;
        // (A dot between two letters, written without spaces.)
        if k + 1 < tokens.len() && tokens[k].norm == "." && tokens[k - 1].end == tokens[k].start && tokens[k + 1].start == tokens[k].end {
            k += 1;
        }
    }
    letters >= 2 && strong >= 2
}

/// A company's initials spelled in Arabic letters before the rest of its name (مجموعة
/// إي إف جي القابضة), where the tagger began the name inside them (إف جي القابضة) or
/// after them: the name begins with the initials, an organization.
fn spelled_initials(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let letter = |k: usize| tokens[k].kind == TokenKind::Word && letter_name(&infos[k]);
    let strong = |k: usize| letter(k) && !one_of(WEAK_LETTER_NAMES, &infos[k].norm);
    for k in 0..spans.len() {
        if !is_model(spans[k].kind) || spans[k].kind == EntityType::Per {
            continue;
        }
        let r = tokens_of(tokens, &spans[k]);
        // (The initials before the span and those inside it.)
        let mut a = r.start;
        while a > 0 && letter(a - 1) && (k == 0 || spans[k - 1].end <= tokens[a - 1].start) {
            a -= 1;
        }
        let e = (r.start..r.end).take_while(|&j| letter(j)).last().map_or(r.start, |j| j + 1);
        if a == r.start || (a..e.max(r.start)).filter(|&j| strong(j)).count() < 2 || e - a < 3 && (a..e).any(|j| !strong(j)) {
            continue;
        }
        spans[k].start = tokens[a].start;
        spans[k].kind = EntityType::Org;
    }
    spans
}

/// Initials spelled in Arabic letters (اتفاقية مع "إي دي إف" الفرنسية, جيه آي سي
/// فينتشرز): a body's name, ORG, with the foreign words after them that general Arabic
/// does not know at all (فينتشرز; not مستشارا), up to two; a model's, MISC, where a number follows
/// them (إم كيو 9, a drone). Over the tagger's pieces inside (جيه آي + سي فينتشرز as a
/// person); a longer name holding them (مجموعة إي إف جي القابضة) stays.
fn initials_alone(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let letter = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && letter_name(&infos[k]);
    let mut found = Vec::new();
    let mut j = 0;
    while j < tokens.len() {
        if !letter(j) || j > 0 && letter(j - 1) || !initials_at(tokens, infos, j) {
            j += 1;
            continue;
        }
        let mut e = j;
        while letter(e) || e > j && e + 1 < tokens.len() && tokens[e].norm == "." && letter(e + 1) && tokens[e - 1].end == tokens[e].start {
            e += 1;
        }
        // (Not a function word after them, إن بي سي + في تقرير; but the last letter
        // before the bracket or mark that closes them is theirs: (يو كي إم تي أو).)
        let closed = e < tokens.len() && tokens[e].kind == TokenKind::Punct && matches!(tokens[e].norm.as_str(), ")" | "»" | "\"" | "”");
        while !closed && e > j + 2 && one_of(WEAK_LETTER_NAMES, &infos[e - 1].norm) {
            e -= 1;
        }
        let (e, kind) = if e < tokens.len() && tokens[e].kind == TokenKind::Number && gaps::only_whitespace(text, tokens[e - 1].end, tokens[e].start) {
            (e + 1, EntityType::Misc)
        } else {
            let mut n = e;
            while n < e + 2 && n < tokens.len() && tokens[n].kind == TokenKind::Word && infos[n].stem == infos[n].norm && !infos[n].norm.starts_with("ال") && infos[n].gen[0] == 0 && !verb_like(&infos[n]) && !letter_name(&infos[n]) {
                n += 1;
            }
            // (In quote marks that open right before them, the words up to the mark that
            // closes, two at most, are the name's whatever general Arabic knows of them:
            // "دي بي ورلد".)
            if j > 0 && opening_quote(text, &tokens[j - 1]) {
                if let Some(c) = (n..(e + 3).min(tokens.len())).find(|&c| closing_quote(text, &tokens[c])) {
                    if (n..c).all(|k| matches!(tokens[k].kind, TokenKind::Word | TokenKind::Latin) && !letter_name(&infos[k])) {
                        n = c;
                    }
                }
            }
            (n, EntityType::Org)
        };
        // (The tagger's work or body over them as they are keeps its type: آر بي جي, a
        // weapon.)
        if !span_starting_at(&spans, tokens[j].start).is_some_and(|s| s.end == tokens[e - 1].end && matches!(s.kind, EntityType::Misc | EntityType::Org)) {
            found.extend(span_over(text, tokens, infos, j, e, kind, 0.6));
        }
        j = e;
    }
    add_replacing_model_spans(spans, found)
}

/// An airline named طيران and its country or city (طيران الإمارات, طيران الخليج,
/// لطيران الرياض): the company, not the place; the tagger marks the place alone.
fn airlines(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        if tokens[i].kind != TokenKind::Word || infos[i].stem != "طيران" {
            continue;
        }
        let place = span_starting_at(&spans, tokens[i + 1].start).filter(|s| s.kind == EntityType::Loc && tokens_of(tokens, s).len() <= 2);
        if let Some(s) = place {
            found.extend(span_over(text, tokens, infos, i, tokens_of(tokens, s).end, EntityType::Org, 0.7));
        }
    }
    // (And an airline named "the air lines" and its country's adjective, الخطوط الجوية
    // الإثيوبية, after ل too: للخطوط الجوية الإثيوبية.)
    for i in 0..tokens.len().saturating_sub(2) {
        let word = |k: usize| tokens[k].kind == TokenKind::Word;
        let a = &infos[i + 2];
        if word(i) && word(i + 1) && word(i + 2) && infos[i].stem == "الخطوط" && infos[i + 1].norm == "الجويه" && a.stem == a.norm && a.norm.starts_with("ال") && a.norm.ends_with("يه") && country_adjective(gazetteer::bare(&a.norm)) {
            found.extend(span_over(text, tokens, infos, i, i + 3, EntityType::Org, 0.7));
        }
    }
    // (And the airlines named "fly" and a word, فلاي دبي, فلاي ناس, لفلاي بغداد, whose
    // ف the clitic rules read as the conjunction: the span keeps it.)
    for i in 0..tokens.len().saturating_sub(1) {
        // (The `search` form first, so that other words are passed over at once.)
        if !tokens[i].norm.ends_with("فلاي") {
            continue;
        }
        let original = &text[tokens[i].start..tokens[i].end];
        let Some(at) = original.find("فلاي").filter(|&at| original.len() == at + "فلاي".len() && original[..at].chars().all(|c| "ولب".contains(c)) && at <= 2 * 'و'.len_utf8()) else { continue };
        let next = &infos[i + 1];
        if tokens[i + 1].kind == TokenKind::Word && next.norm.chars().count() >= 2 && !crate::function_words::is_function_word(&next.norm) && !verb_like(next) {
            found.push(Span { start: tokens[i].start + at, end: tokens[i + 1].end, kind: EntityType::Org, score: 0.7 });
        }
    }
    found.sort_by_key(|s| s.start);
    add_replacing_model_spans(spans, found)
}

/// A festival named by its place and its definite adjectives (مهرجان القاهرة
/// السينمائي الدولي, مهرجان برلين السينمائي), or a fair with what it is for too (معرض
/// الكويت الدولي للكتاب): one name (MISC), not the city.
fn festivals(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(2) {
        let h = &infos[i];
        // (أيام قرطاج السينمائية: "days" names a festival only with an art's adjective.)
        let days = in_list(h, &["ايام"]);
        // (A race is named by its city alone: ماراثون برلين, رالي داكار, طواف فرنسا;
        // also after a proclitic the stemmer leaves on it, لماراثون بوسطن: how many
        // letters it has.)
        // (Only ل or ب, "for" and "in" the race: ورالي is as often and Raleigh, in a list
        // of towns joined by و.)
        let clitic = RACES.iter().find_map(|r| h.norm.strip_suffix(r).filter(|p| matches!(*p, "ل" | "ب" | "ول" | "وب")).map(|p| p.chars().count()));
        let race = in_list(h, RACES) || clitic.is_some();
        // (A fair: معرض الكويت الدولي للكتاب, with what it is for.)
        let fair = in_list(h, &["معرض"]);
        // (A championship or a cup, named by its place or the world, its adjective, what
        // it is for and its year: بطولة العالم للشطرنج السريع, كأس دبي العالمي لسباقات
        // الخيل, بطولة آسيا للفرق, كأس العالم 2026.)
        let contest = in_list(h, CONTESTS);
        if tokens[i].kind != TokenKind::Word || h.stem.starts_with("ال") || !(in_list(h, &["مهرجان"]) || days || race || fair || contest) || tokens[i + 1].kind != TokenKind::Word {
            continue;
        }
        let world = contest && infos[i + 1].stem == infos[i + 1].norm && infos[i + 1].norm == "العالم";
        let place_end = [3, 2].into_iter().map(|n| i + n).find(|&e| e <= tokens.len() && (i + 1..e).all(|k| tokens[k].kind == TokenKind::Word) && place_by_itself(infos, i + 1, e) && infos[i + 1].stem == infos[i + 1].norm);
        let Some(p) = place_end.or(world.then_some(i + 2)) else { continue };
        // (Not a relative pronoun, which ends like an adjective: كأس دبي العالمي التي.)
        let end = (p..tokens.len().min(p + 3)).take_while(|&k| tokens[k].kind == TokenKind::Word && infos[k].stem.starts_with("ال") && infos[k].stem == infos[k].norm && !verb_like(&infos[k]) && !crate::function_words::is_function_word(&infos[k].norm) && (infos[k].norm.ends_with('ي') || infos[k].norm.ends_with("يه"))).last().map_or(p, |k| k + 1);
        // (A fair's aim may follow the city at once, معرض دبي للطيران, where the city is
        // definite or no word of general Arabic (not معرض صور للأديب, photographs for
        // the writer) and the aim no person.)
        let city = &infos[i + 1];
        let aim = if contest {
            super::post::purpose_len(infos, end, tokens.len())
        } else if fair && (end > p || (!ordinary(city) || city.norm.starts_with("ال")) && infos.get(end).is_some_and(|a| !a.gaz.has(TITLE | GIVEN | FAMILY))) { super::post::purpose_len(infos, end, tokens.len()) } else { 0 };
        let end = if fair && (end > p || aim > 0) {
            // (And a second aim after و: للنشر والكتاب.)
            let second = aim > 0 && end + aim < tokens.len() && tokens[end + aim].kind == TokenKind::Word && infos[end + aim].norm.starts_with("وال") && infos[end + aim].stem.starts_with("ال") && !verb_like(&infos[end + aim]);
            end + aim + usize::from(second)
        } else if contest {
            // (Its aim's adjectives too, للشطرنج السريع, and its year, كأس العالم 2026.)
            // (Or a game's kind after it, للشطرنج السريع: a definite word, not a
            // country's adjective, which may be the next person's, الأمريكي هيكارو.)
            let kind_of_game = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && {
                let w = &infos[k];
                w.stem == w.norm && w.norm.starts_with("ال") && w.norm.chars().count() >= 5 && !verb_like(w) && !in_list(w, super::post::RELATIONAL) && !country_adjective(&w.norm) && !w.gaz.has(TITLE | gazetteer::COUNTRY | gazetteer::CITY | gazetteer::NISBA)
            };
            let end = if aim > 0 { super::post::adjectives_after(infos, end + aim, tokens.len()) } else { end };
            let end = if aim == 1 && kind_of_game(end) { end + 1 } else { end };
            // (A country's adjective right before a person the tagger found is the
            // person's: بطولة العالم للشطرنج الأمريكي هيكارو ناكامورا.)
            let persons = end > p + aim && tokens.get(end).is_some_and(|t| span_starting_at(&spans, t.start).is_some_and(|s| s.kind == EntityType::Per)) && country_adjective(&infos[end - 1].norm);
            let end = end - usize::from(persons);
            let year = tokens.get(end).is_some_and(|t| t.kind == TokenKind::Number && t.norm.len() == 4 && (t.norm.starts_with("19") || t.norm.starts_with("20")));
            end + usize::from(year)
        } else {
            end
        };
        if race || contest || end > p && (!days || in_list(&infos[p], ARTS)) {
            let mut sp = span_over(text, tokens, infos, i, end, EntityType::Misc, 0.7);
            if let (Some(n), Some(x)) = (clitic, sp.as_mut()) {
                if x.start == tokens[i].start {
                    x.start += text[tokens[i].start..tokens[i].end].char_indices().nth(n).map_or(0, |(b, _)| b);
                }
            }
            found.extend(sp);
        }
    }
    add_replacing_model_spans(spans, found)
}

/// A country's football league, named by its country's adjective after الدوري and what
/// sets it apart (الدوري المصري الممتاز, الدوري السعودي للمحترفين, الدوري الإنجليزي
/// الممتاز): one MISC name, over the tagger's place or nothing. Not الدوري alone or with
/// another adjective (الدوري المحلي), which names no league.
fn national_leagues(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    for i in 0..tokens.len().saturating_sub(1) {
        if !word(i) || infos[i].stem != "الدوري" {
            continue;
        }
        let a = &infos[i + 1];
        // (By its form, or one of the adjectives whose country's name has another shape,
        // السعودي of السعودية, الإنجليزي of إنجلترا, which [`country_adjective`] reads.)
        let of_country = word(i + 1) && a.stem == a.norm && a.norm.ends_with('ي') && country_adjective(&a.norm);
        // (Not a body's name the league is in: رابطة الدوري الأميركي للمحترفين.)
        let in_body = i > 0 && tokens[i - 1].kind == TokenKind::Word && (is_org_head(&infos[i - 1]) || in_list(&infos[i - 1], &["رابطه"]));
        if !word(i) || infos[i].stem != "الدوري" || !of_country || in_body {
            continue;
        }
        let mut e = i + 2;
        if word(e) && (infos[e].stem == infos[e].norm && infos[e].norm == "الممتاز" || ["للمحترفين", "للسيدات", "للشباب"].contains(&infos[e].norm.as_str())) {
            e += 1;
        } else if word(e + 1) && infos[e].norm == "لكره" && infos[e + 1].norm == "القدم" {
            e += 2;
        }
        found.extend(span_over(text, tokens, infos, i, e, EntityType::Misc, 0.7));
    }
    add_replacing_model_spans(spans, found)
}

/// A cup named by who gives it (كأس الملك, كأس العرش, كأس الاتحاد, كأس ولي العهد, كأس
/// خادم الحرمين الشريفين), with its country's adjective (كأس الاتحاد الإنجليزي); and a
/// league named by its sponsor after دوري with its country's adjective or its class
/// (دوري روشن السعودي, دوري أدنوك للمحترفين): one MISC name, over the tagger's person
/// (روشن) or nothing. The game after the cup (لكرة القدم) stays out, as the cup is
/// named without it; a definite word after دوري is [`national_leagues`]'. And the World
/// Cup by its loanword and its year or host (مونديال 2029, مونديال قطر).
fn cups_of_holders(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    const ONE: &[&str] = &["الملك", "العرش", "الجمهوريه", "الاتحاد", "السوبر", "الرابطه"];
    const MANY: &[&[&str]] = &[&["ولي", "العهد"], &["خادم", "الحرمين", "الشريفين"], &["رئيس", "الدوله"]];
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let plain = |k: usize, w: &str| word(k) && infos[k].stem == infos[k].norm && infos[k].norm == w;
    let adjective = |k: usize| word(k) && infos[k].stem == infos[k].norm && infos[k].norm.starts_with("ال") && country_adjective(&infos[k].norm);
    for i in 0..tokens.len().saturating_sub(1) {
        if !word(i) || infos[i].stem.starts_with("ال") {
            continue;
        }
        let end = if in_list(&infos[i], &["كاس"]) {
            // (The emir's cup, كأس الأمير of Qatar and Kuwait, when no name follows the
            // title: كأس الأمير فيصل بن فهد is named after the prince, whom the tagger
            // marks.)
            let emir = word(i + 1) && infos[i + 1].stem == infos[i + 1].norm && infos[i + 1].norm == "الامير" && !(word(i + 2) && (infos[i + 2].gaz.has(GIVEN) || span_starting_at(&spans, tokens[i + 2].start).is_some_and(|s| s.kind == EntityType::Per)));
            let held = if word(i + 1) && infos[i + 1].stem == infos[i + 1].norm && ONE.contains(&infos[i + 1].norm.as_str()) || emir {
                Some(i + 2)
            } else {
                MANY.iter().find(|m| m.iter().enumerate().all(|(n, w)| plain(i + 1 + n, w))).map(|m| i + 1 + m.len())
            };
            held.map(|e| e + usize::from(adjective(e)))
        } else if in_list(&infos[i], &["مونديال"]) {
            // (The World Cup by its loanword and its year or host, مونديال 2029,
            // مونديال قطر 2022: one MISC name; المونديال alone names no edition.)
            let year = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number && t.norm.len() == 4 && (t.norm.starts_with("19") || t.norm.starts_with("20")));
            let host = word(i + 1) && infos[i + 1].stem == infos[i + 1].norm && place_flags(infos, i + 1, i + 2) & (gazetteer::COUNTRY | gazetteer::CITY) != 0;
            if year(i + 1) {
                Some(i + 2)
            } else if host {
                Some(i + 2 + usize::from(year(i + 2)))
            } else {
                None
            }
        } else if in_list(&infos[i], &["دوري"]) && word(i + 1) {
            // (The sponsor: a word no list or general Arabic knows as a common word,
            // not definite, then the country's adjective or the class.)
            let n = &infos[i + 1];
            let sponsor = n.stem == n.norm && !n.norm.starts_with("ال") && !verb_like(n) && !crate::function_words::is_function_word(&n.norm) && !ordinary(n) && place_flags(infos, i + 1, i + 2) == 0;
            let class = word(i + 2) && ["للمحترفين", "الممتاز"].contains(&infos[i + 2].norm.as_str());
            (sponsor && (adjective(i + 2) || class)).then(|| i + 3 + usize::from(adjective(i + 2) && word(i + 3) && ["للمحترفين", "الممتاز"].contains(&infos[i + 3].norm.as_str())))
        } else {
            None
        };
        if let Some(e) = end {
            found.extend(span_over(text, tokens, infos, i, e, EntityType::Misc, 0.7));
        }
    }
    add_replacing_model_spans(spans, found)
}

/// A prize named by a definite noun and its adjective after جائزة in the construct
/// state (جائزة الهرم الذهبي, جائزة الدولة التقديرية, جائزة الأسد الذهبي): one MISC name
/// (a prize named after a person is the eponym rule's).
fn prizes(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(2) {
        let (h, n, a) = (&infos[i], &infos[i + 1], &infos[i + 2]);
        let words = (i..i + 3).all(|k| tokens[k].kind == TokenKind::Word);
        let definite = |w: &TokInfo| w.stem == w.norm && w.norm.starts_with("ال") && w.norm.chars().count() >= 4 && !verb_like(w) && !in_list(w, super::post::RELATIONAL);
        // (The head may carry a proclitic the stem keeps, بجائزة: its key has none.)
        let head = ["جايزه", "جائزه"].contains(&h.key.as_str()) && !h.stem.starts_with("ال");
        if words && head && definite(n) && definite(a) && (a.norm.ends_with('ي') || a.norm.ends_with("يه")) && !a.gaz.has(gazetteer::NISBA) {
            let clitic = h.norm.len() > h.key.len() && h.norm.ends_with(h.key.as_str());
            let start = tokens[i].start + if clitic { text[tokens[i].start..].chars().next().map_or(0, char::len_utf8) } else { 0 };
            found.push(Span { start, end: tokens[i + 2].end, kind: EntityType::Misc, score: 0.7 });
        }
    }
    let spans = add_where_free(spans, found);
    // A prize or a festival named after a place or a person and what it is given or held
    // for (جائزة الأندلس للرواية العربية, جائزة زايد للكتاب, مهرجان الملك عبدالعزيز
    // للإبل, مهرجان ولي العهد للهجن): one MISC name, over the tagger's mention of the
    // place or person; a ruler's title before the person (الملك, الأمير, الشيخ) and
    // the crown prince by his title alone (ولي العهد) name it too.
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(2) {
        let h = &infos[i];
        if tokens[i].kind != TokenKind::Word || !["جايزه", "جائزه", "مهرجان"].contains(&h.key.as_str()) || h.stem.starts_with("ال") || tokens[i + 1].kind != TokenKind::Word {
            continue;
        }
        let person_at = |k: usize| tokens.get(k).and_then(|t| span_starting_at(&spans, t.start)).filter(|s| matches!(s.kind, EntityType::Loc | EntityType::Per) && is_model(s.kind)).map(|s| tokens_of(tokens, s).end);
        let ruler = in_list(&infos[i + 1], &["الملك", "الامير", "الشيخ", "السلطان"]);
        let crown_prince = i + 2 < tokens.len() && infos[i + 1].norm == "ولي" && infos[i + 2].norm == "العهد";
        // (The ruler's given name, of the lists, where the tagger marked nothing there.)
        let given_after_ruler = || (i + 2 < tokens.len() && tokens[i + 2].kind == TokenKind::Word && infos[i + 2].gaz.has(GIVEN) && infos[i + 2].stem == infos[i + 2].norm).then_some(i + 3);
        let named = if crown_prince { Some(i + 3) } else if ruler { person_at(i + 2).or_else(|| person_at(i + 1)).or_else(given_after_ruler) } else { person_at(i + 1) };
        let Some(e) = named.or_else(|| (place_flags(infos, i + 1, i + 2) != 0).then_some(i + 2)).filter(|&e| e <= i + 4) else { continue };
        if !infos.get(e).is_some_and(|w| w.norm.starts_with("لل")) {
            continue;
        }
        let p = purpose_len(infos, e, tokens.len());
        if p > 0 {
            let end = super::post::adjectives_after(infos, e + p, tokens.len());
            // (The stem keeps the proclitic of بجائزة; the key has none.)
            let clitic = h.norm.len() > h.key.len() && h.norm.ends_with(h.key.as_str());
            let start = tokens[i].start + if clitic { text[tokens[i].start..].chars().next().map_or(0, char::len_utf8) } else { 0 };
            found.push(Span { start, end: tokens[end - 1].end, kind: EntityType::Misc, score: 0.7 });
        }
    }
    add_replacing_model_spans(spans, found)
}

/// Heads of championships and cups named by their place (`search` form).
const CONTESTS: &[&str] = &["بطوله", "كاس"];

/// Adjectives of the arts that name a festival after أيام (`search` form).
const ARTS: &[&str] = &["السينمائيه", "المسرحيه", "الموسيقيه", "الشعريه", "الثقافيه", "الادبيه", "الفنيه", "التشكيليه"];

/// Heads of countries' long names, which go on over their adjectives (جمهورية الكونغو
/// الديمقراطية, جمهورية مصر العربية), in `search` form.
const STATE_HEADS: &[&str] = &["جمهوريه", "مملكه", "سلطنه", "اماره", "دوله"];

/// A country named by its long name: the head in the construct state, the place, and
/// the feminine adjectives that agree with the head (جمهورية الكونغو الديمقراطية, not
/// جمهورية الكونغو alone, which is the other Congo).
fn long_country_names(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Loc || r.len() < 2 || tokens[r.start].kind != TokenKind::Word || !in_list(&infos[r.start], STATE_HEADS) || infos[r.start].stem.starts_with("ال") {
            continue;
        }
        let limit = spans.get(k + 1).map_or(usize::MAX, |n| n.start);
        let mut e = r.end;
        while e < tokens.len() && e < r.end + 2 && tokens[e].kind == TokenKind::Word && tokens[e].end <= limit {
            let w = &infos[e];
            if !(w.stem == w.norm && w.norm.starts_with("ال") && w.norm.ends_with("يه") && !verb_like(w) && !in_list(w, super::post::RELATIONAL)) {
                break;
            }
            e += 1;
        }
        if e > r.end {
            if let Some(m) = span_over(text, tokens, infos, r.start, e, EntityType::Loc, spans[k].score) {
                spans[k] = m;
            }
        }
    }
    spans
}

/// Heads of power and pumping stations before the town that names them, singular, dual
/// and plural (`search` form).
const STATION_HEADS: &[&str] = &["محطه", "محطتي", "محطتا", "محطات"];

/// What stations are for, after their head (محطة الفضاء, محطة الكهرباء), in `search`
/// form: no town.
const STATION_KINDS: &[&str] = &[
    "الفضاء", "الكهرباء", "القطار", "القطارات", "الوقود", "البنزين", "الضخ", "الحافلات", "المترو", "الارصاد", "التحليه",
    "المعالجه", "الاذاعه", "التلفزيون", "التحويل", "الرصد", "الطاقه", "التوليد", "الغاز", "المياه", "الانتظار", "الاستقبال",
];

/// Adjectives of power stations (التحويلية, الحرارية), in `search` form: after the
/// station's name they agree with the head, so the word between is a name.
const STATION_ADJECTIVES: &[&str] = &["التحويليه", "الحراريه", "الغازيه", "البخاريه", "الشمسيه", "النوويه", "الكهرومائيه", "الكهربائيه"];

/// A road named by its kind alone with the article (الطريق الصحراوي, Jordan's Desert
/// Highway; الطريق الساحلي, الطريق الدائري): one place, LOC. A road named by the towns
/// it joins is the towns (طريق الأبيض - الدلنج, as the gold marks them), and one of a
/// definite noun names nothing (طريق السلام, طريق المطار).
fn roads(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let (h, k) = (&infos[i], &infos[i + 1]);
        if word(i) && word(i + 1) && h.stem == "الطريق" && h.stem == h.norm && k.stem == k.norm && in_list(k, &["الصحراوي", "الساحلي", "الدايري", "الدائري"]) {
            found.extend(span_over(text, tokens, infos, i, i + 2, EntityType::Loc, 0.6));
        }
    }
    add_replacing_model_spans(spans, found)
}

/// A pipeline named by the lands it joins or crosses (أنبوب الغاز الإفريقي الأطلسي,
/// أنبوب الغاز المغاربي الأوروبي, خط أنابيب النفط العراقي التركي, خط الغاز العابر
/// للصحراء), MISC: its head (أنبوب, خط, with أنابيب), الغاز or النفط, then two
/// adjectives of places or regions or more, or العابر and a place after ل. One
/// adjective only describes it (أنبوب الغاز النيجيري, the Nigerian pipe), and العابر
/// للحدود, "cross-border", names no place.
fn pipelines(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let plain = |k: usize, list: &[&str]| word(k) && infos[k].stem == infos[k].norm && in_list(&infos[k], list);
    let place_adjective = |k: usize| {
        let w = &infos[k];
        word(k)
            && w.stem == w.norm
            && w.norm.starts_with("ال")
            && w.norm.ends_with('ي')
            && (in_list(w, &["الاوروبي", "الافريقي", "الاسيوي", "العربي", "الخليجي", "المغاربي", "الاطلسي", "المتوسطي"]) || country_adjective(&w.norm))
    };
    let place_at = |k: usize| {
        span_starting_at(&spans, tokens[k].start).or_else(|| span_starting_at(&spans, tokens[k].start + super::clitic::clitic_bytes(&text[tokens[k].start..tokens[k].end])))
            .filter(|s| s.kind == EntityType::Loc)
            .map(|s| tokens_of(tokens, s).end)
            .or_else(|| (place_flags(infos, k, k + 1) != 0 || infos[k].dict[2] > 0 && 3 * infos[k].dict[2] >= infos[k].dict[0]).then_some(k + 1))
    };
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(3) {
        // (After a preposition too, which the stem may keep: بأنبوب, لخط.)
        let heads = ["انبوب", "خط"];
        let preposition = ["ب", "ل", "وب", "ول", "فب", "فل"].iter().find(|p| infos[i].norm.strip_prefix(**p).is_some_and(|r| heads.contains(&r)));
        if !(word(i) && (in_list(&infos[i], &heads) || preposition.is_some())) {
            continue;
        }
        let mut j = i + 1;
        if plain(j, &["انابيب"]) {
            j += 1;
        }
        if !plain(j, &["الغاز", "النفط"]) {
            continue;
        }
        j += 1;
        let mut end = j;
        while end < tokens.len() && place_adjective(end) {
            end += 1;
        }
        if end < j + 2 {
            let across = plain(j, &["العابر"]) && word(j + 1) && infos[j + 1].norm.starts_with("لل");
            match across.then(|| place_at(j + 1)).flatten() {
                Some(e) => end = e,
                None => continue,
            }
        }
        let span = span_over(text, tokens, infos, i, end, EntityType::Misc, 0.6).map(|mut s| {
            if let Some(p) = preposition.filter(|_| s.start == tokens[i].start) {
                s.start += text[s.start..].chars().take(p.chars().count()).map(char::len_utf8).sum::<usize>();
            }
            s
        });
        found.extend(span);
    }
    add_replacing_model_spans(spans, found)
}

/// A power station named by its town (محطة الوفرة التحويلية, محطتي الصبية والزور,
/// محطات الرميلة والنجيبية) is marked as the town, as a port is ([`ports_by_their_towns`]):
/// a definite word after the head that a place list, WikiFANE's places or the list of
/// well-known places knows (الوفرة, "abundance", names a town there), and a second one
/// joined by و; the tagger's organization there (الفاو, also FAO's short name) is the
/// town. Not a station's kind ([`STATION_KINDS`]: محطة الفضاء, where WikiFANE's places
/// hold الفضاء, "space").
fn stations_by_their_towns(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let town = |k: usize, and: bool| {
        let w = &infos[k];
        let bare = if and { w.norm.strip_prefix('و') == Some(w.stem.as_str()) } else { w.stem == w.norm };
        let listed = place_flags(infos, k, k + 1) != 0 || w.gaz.has(WF_LOC) || super::known::lookup(&key_words(&w.stem)).is_some_and(|(_, t)| t == EntityType::Loc);
        // (Or any definite word before an adjective that only the station can take:
        // محطة الوفرة التحويلية, where الوفرة, "abundance", is no list's.)
        let described = !and && infos.get(k + 1).is_some_and(|a| a.kind == TokenKind::Word && in_list(a, STATION_ADJECTIVES));
        bare && w.stem.starts_with("ال") && chars_of(&w.stem) >= 4 && !in_list(w, STATION_KINDS) && (listed || described)
    };
    // (Each town with the bytes of the phrase it stands in: the head, the towns and an
    // adjective after them, التحويلية.)
    let mut found: Vec<(Span, usize, usize)> = Vec::new();
    for i in 0..tokens.len() {
        if !word(i) || !in_list(&infos[i], STATION_HEADS) || !word(i + 1) || !town(i + 1, false) {
            continue;
        }
        // (A town of two words that the list of well-known places holds, the second its
        // direction's adjective, محطة الشونة الجنوبية: the town, both words.)
        let listed_two = word(i + 2) && matches!(super::known::lookup(&[key_words(&infos[i + 1].stem), key_words(&infos[i + 2].norm)].concat()), Some((_, EntityType::Loc)));
        if listed_two {
            let phrase_end = tokens[(i + 3).min(tokens.len() - 1)].end.max(tokens[i + 2].end);
            if let Some(f) = span_over(text, tokens, infos, i + 1, i + 3, EntityType::Loc, 0.7) {
                found.push((f, tokens[i].start, phrase_end));
            }
            continue;
        }
        let two = word(i + 2) && town(i + 2, true) && !in_list(&infos[i], &["محطه"]);
        let last = if two { i + 2 } else { i + 1 };
        let phrase_end = tokens[(last + 1).min(tokens.len() - 1)].end.max(tokens[last].end);
        for k in i + 1..=last {
            if let Some(f) = span_over(text, tokens, infos, k, k + 1, EntityType::Loc, 0.7) {
                found.push((f, tokens[i].start, phrase_end));
            }
        }
    }
    // (The tagger's mentions inside the phrase, one word, the two towns as one or the
    // town with the adjective, give way.)
    replacing_model_spans_within(spans, found)
}

/// An army's aviation, طيران الجيش (and the navy's, طيران البحرية), with the country's
/// adjective after it, طيران الجيش العراقي: a corps of its own, ORG, where the tagger
/// took the army alone or nothing; as ANERcorp and the gold mark the air force, القوات
/// الجوية, not the army in it.
pub(super) fn army_aviation(tokens: &[Token], infos: &[TokInfo], text: &str, spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let mut found: Vec<Span> = Vec::new();
    for i in 0..tokens.len() {
        if !word(i) || infos[i].stem != "طيران" || !word(i + 1) || infos[i + 1].stem != infos[i + 1].norm || !in_list(&infos[i + 1], &["الجيش", "البحريه"]) {
            continue;
        }
        let mut end = i + 2;
        if word(end) && super::post::country_adjective_of(infos, i + 1, end) {
            end += 1;
        }
        found.extend(span_over(text, tokens, infos, i, end, EntityType::Org, 0.7));
    }
    let mut gone = vec![false; spans.len()];
    let mut keep = Vec::new();
    for f in found {
        let lo = spans.partition_point(|s| s.end <= f.start);
        let hi = spans.partition_point(|s| s.start < f.end).max(lo);
        if spans[lo..hi].iter().all(|s| is_model(s.kind) && s.start >= f.start && s.end <= f.end) {
            gone[lo..hi].iter_mut().for_each(|g| *g = true);
            keep.push(f);
        }
    }
    replace_marked(spans, &gone, keep)
}

/// Heads of power plants and their complexes (`search` form, no article).
const PLANT_HEADS: &[&str] = &["محطه", "محطتي", "مجمع", "مركب", "مزرعه"];

/// What a plant makes, after its name with ل (`search` form: للطاقة, لطاقة الرياح,
/// لتوليد الكهرباء, للكهرباء).
const PLANT_PURPOSES: &[&str] = &["للطاقه", "لطاقه", "لتوليد", "للكهرباء"];

/// A plant named by its own words between its head and what it makes, مجمع نور ميدلت
/// للطاقة الشمسية, محطة خلادي لطاقة الرياح, مجمع بنبان للطاقة الشمسية, مركب "نور ميدلت"
/// للطاقة الشمسية: the words between are the plant's name (its town or a name with the
/// town), a place as a station named by its town is ([`stations_by_their_towns`]); the
/// tagger's body of the name and the purpose (ميدلت للطاقة), or the town alone inside
/// it, give way (last of all: the rules of bodies before it take the name and the
/// purpose in). Indefinite words only, up to three, in quote marks or not.
pub(super) fn plants_named_before_their_energy(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let mut found: Vec<(Span, usize, usize)> = Vec::new();
    for i in 0..tokens.len() {
        if !word(i) || !in_list(&infos[i], PLANT_HEADS) {
            continue;
        }
        let quoted = i + 1 < tokens.len() && opening_quote(text, &tokens[i + 1]);
        let a = i + 1 + usize::from(quoted);
        let mut b = a;
        while b < tokens.len() && b < a + 3 && (word(b) || b > a && tokens[b].kind == TokenKind::Number) && !infos[b].norm.starts_with("ال") && !infos[b].norm.starts_with('ل') && !crate::function_words::is_function_word(&infos[b].norm) && !verb_like(&infos[b]) {
            b += 1;
        }
        if b == a {
            continue;
        }
        let close = if quoted {
            if b < tokens.len() && closing_quote(text, &tokens[b]) { b + 1 } else { continue }
        } else {
            b
        };
        if !word(close) || !one_of(PLANT_PURPOSES, &infos[close].norm) {
            continue;
        }
        if let Some(f) = span_over(text, tokens, infos, a, b, EntityType::Loc, 0.7) {
            let hi = tokens[(close + 1).min(tokens.len() - 1)].end;
            found.push((f, tokens[i].start, hi));
        }
    }
    replacing_model_spans_within(spans, found)
}

/// Heads of ports and airports, which news and ANERcorp name by their town (`search`
/// form; مرفأ is the Levant's word for a port: مرفأ بيروت, مرفأ طرطوس).
const PORT_HEADS: &[&str] = &["ميناء", "مطار", "مرفا"];

/// A port or an airport named by its town (ميناء رادس التجاري, مطار معيتيقة الدولي,
/// ميناء بيرايوس) is marked as the town, as ANERcorp and the example mark it: the
/// head and the adjectives after the town (التجاري, الدولي) stay out. One named after
/// a person (مطار الملك خالد: a title or given name after the head) keeps its head.
fn ports_by_their_towns(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if !matches!(s.kind, EntityType::Org | EntityType::Loc) || r.len() < 2 || tokens[r.start].kind != TokenKind::Word || tokens[r.start].start != s.start {
            continue;
        }
        let (h, j) = (&infos[r.start], r.start + 1);
        let w = &infos[j];
        if h.stem != h.norm || !in_list(h, PORT_HEADS) || tokens[j].kind != TokenKind::Word || w.stem.starts_with("ال") || w.stem != w.norm {
            continue;
        }
        // (The town's words: up to the first definite adjective.)
        let end = (j + 1..r.end).find(|&k| infos[k].stem.starts_with("ال")).unwrap_or(r.end);
        // (A town of the lists whose first word is also a given name, ميناء بندر عباس,
        // is the town all the same.)
        let listed_town = place_flags(infos, j, end) & (gazetteer::CITY | gazetteer::COUNTRY | gazetteer::REGION) != 0;
        if w.gaz.has(GIVEN | TITLE) && !listed_town {
            continue;
        }
        if place_flags(infos, j, end) == 0 && ordinary(w) {
            continue;
        }
        if let Some(m) = span_over(text, tokens, infos, j, end, EntityType::Loc, s.score) {
            *s = m;
        }
    }
    spans
}

/// A port's or an airport's town the tagger took for a person or a work right after
/// the head it left out (ميناء جيهان التركي as a person, مطار ديان الدولي as MISC): the
/// town, as [`ports_by_their_towns`] marks it. A word no list holds as a given name or
/// title; or a given name with the adjective of a country after it, which describes
/// the port (a port named after a person is named by his title or full name: ميناء
/// الملك عبد الله, مطار رفيق الحريري).
fn towns_after_port_heads(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let land = |k: usize| word(k) && infos[k].stem == infos[k].norm && infos[k].stem.starts_with("ال") && country_adjective(&infos[k].stem);
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if !matches!(s.kind, EntityType::Per | EntityType::Misc) || r.is_empty() || r.start == 0 || r.len() > 2 || !word(r.start - 1) || !in_list(&infos[r.start - 1], PORT_HEADS) || tokens[r.start].start != s.start {
            continue;
        }
        let w = &infos[r.start];
        if !word(r.start) || w.stem != w.norm || w.stem.starts_with("ال") || w.gaz.has(TITLE) || ordinary(w) {
            continue;
        }
        let rest_is_adjective = r.len() == 1 || land(r.start + 1);
        let town = if w.gaz.has(GIVEN) { land(r.start + 1) } else { rest_is_adjective };
        if town {
            if let Some(m) = span_over(text, tokens, infos, r.start, r.start + 1, EntityType::Loc, s.score) {
                *s = m;
            }
        }
    }
    spans
}

/// Two places the tagger read as one over a ب of the article between them (يربط الخليج
/// بالبحر الأحمر, "links the Gulf to the Red Sea"): a place's name has no word after ب
/// inside it, so the span is the two places, each LOC, the clitic out of the second.
fn places_split_at_b(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    for s in spans {
        let r = tokens_of(tokens, &s);
        let at = (s.kind == EntityType::Loc && r.len() >= 2 && tokens[r.start].start == s.start)
            .then(|| (r.start + 1..r.end).find(|&k| tokens[k].kind == TokenKind::Word && infos[k].norm.starts_with("بال") && infos[k].stem.starts_with("ال") && infos[k].stem != infos[k].norm && infos[k - 1].stem.starts_with("ال")))
            .flatten();
        let parts = at.and_then(|k| Some((span_over(text, tokens, infos, r.start, k, EntityType::Loc, s.score)?, span_over(text, tokens, infos, k, r.end, EntityType::Loc, s.score)?)));
        match parts {
            Some((a, b)) => out.extend([a, b]),
            None => out.push(s),
        }
    }
    out
}

/// A port or an airport named by a direction and its town (ميناء شرق بورسعيد, ميناء
/// غرب بورسعيد): the place is the direction with the town, as the port's own name
/// says; the tagger's town alone after the direction takes it.
fn ports_named_with_a_direction(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if s.kind != EntityType::Loc || r.is_empty() || r.start < 2 || tokens[r.start].start != s.start {
            continue;
        }
        let (d, h) = (r.start - 1, r.start - 2);
        let word = |k: usize| tokens[k].kind == TokenKind::Word;
        let direction = word(d) && infos[d].stem == infos[d].norm && matches!(infos[d].norm.as_str(), "شرق" | "غرب" | "شمال" | "جنوب");
        let head = word(h) && in_list(&infos[h], PORT_HEADS) && !infos[h].stem.starts_with("ال");
        if direction && head {
            if let Some(m) = span_over(text, tokens, infos, d, r.end, EntityType::Loc, s.score) {
                *s = m;
            }
        }
    }
    spans
}

/// A free zone named by its place (منطقة جبل علي الحرة, المنطقة الحرة لجبل علي,
/// منطقة جيبوتي الدولية للتجارة الحرة) is the zone, a body that runs a territory: the
/// head, the place the tagger found and "free" (with "international" and "for trade"
/// where they are), one span, ORG. (The place alone names the town, not the zone.)
fn free_zones_of_places(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize, w: &[&str]| k < tokens.len() && tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && in_list(&infos[k], w);
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if s.kind != EntityType::Loc || r.is_empty() || r.start < 1 {
            continue;
        }
        // (منطقة X الحرة, منطقة X الدولية للتجارة الحرة: the head without the article.)
        if word(r.start - 1, &["منطقه"]) && tokens[r.start].start == s.start {
            let mut e = r.end;
            if word(e, &["الدوليه"]) {
                e += 1;
            }
            if e < tokens.len() && tokens[e].kind == TokenKind::Word && infos[e].norm == "للتجاره" {
                e += 1;
            }
            if word(e, &["الحره"]) {
                if let Some(m) = span_over(text, tokens, infos, r.start - 1, e + 1, EntityType::Org, s.score) {
                    *s = m;
                }
            }
            continue;
        }
        // (المنطقة الحرة لـX: the place after ل, which the tagger's span leaves out.)
        let after_l = tokens[r.start].kind == TokenKind::Word && infos[r.start].norm.starts_with('ل') && infos[r.start].stem != infos[r.start].norm && s.start > tokens[r.start].start;
        if r.start >= 2 && after_l && word(r.start - 1, &["الحره"]) && word(r.start - 2, &["المنطقه"]) {
            if let Some(m) = span_over(text, tokens, infos, r.start - 2, r.end, EntityType::Org, s.score) {
                *s = m;
            }
        }
    }
    spans
}

/// A mine named by its site (منجم إيمورارين, منجم سيماندو): the word right after منجم
/// that general Arabic does not know, without the article, is the place, as a port's
/// town is (ميناء بيرايوس), where the tagger found nothing there or a piece of it.
/// (Not a word general Arabic writes: منجم جديد, منجم للنحاس, منجم يورانيوم.)
fn mines_by_their_sites(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let (h, w) = (&infos[i], &infos[i + 1]);
        let words = tokens[i].kind == TokenKind::Word && tokens[i + 1].kind == TokenKind::Word;
        let gap = gaps::one_space(text, tokens[i].end, tokens[i + 1].start);
        if words && gap && h.stem == "منجم" && w.stem == w.norm && !w.norm.starts_with("ال") && !w.norm.starts_with('ل') && w.norm.chars().count() >= 5 && super::general_freq::buckets(&w.norm)[0] == 0 && !w.gaz.has(GIVEN | FAMILY | TITLE) {
            found.extend(span_over(text, tokens, infos, i + 1, i + 2, EntityType::Loc, 0.6));
        }
    }
    add_replacing_model_spans(spans, found)
}

/// Adjectives of a port or a town that do not end like a nisba (`search` form).
const TOWN_ADJECTIVES: &[&str] = &[
    "الجديد", "القديم", "الكبير", "الصغير", "الاكبر", "العام", "الخاص", "الحر", "الجديده", "القديمه", "الكبيره", "الصغيره", "الكبري", "الصغري", "الحره",
];

/// A dam named by its town or site (سد الروصيرص, سد مروي): the dam, with its head,
/// not the town; a dam is a work of its own, and a reader names it with سد, as with a
/// name that is no place (سد النهضة). The tagger's place right after سد (no article,
/// no other name before it) takes the head; a body or thing the tagger found beginning
/// with سد is the dam, a place (LOC, as the lists have سد النهضة).
fn dams(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        // (The tagger's body or thing that begins with the head is the dam: a place.)
        if matches!(spans[k].kind, EntityType::Org | EntityType::Misc) && r.len() >= 2 && tokens[r.start].kind == TokenKind::Word && infos[r.start].stem == "سد" && infos[r.start].norm == "سد" {
            spans[k].kind = EntityType::Loc;
            continue;
        }
        if spans[k].kind != EntityType::Loc || r.is_empty() || r.start == 0 || spans[k].start != tokens[r.start].start {
            continue;
        }
        let h = r.start - 1;
        let free = k == 0 || spans[k - 1].end <= tokens[h].start;
        let adjacent = gaps::only_whitespace(text, tokens[h].end, tokens[r.start].start);
        if free && adjacent && tokens[h].kind == TokenKind::Word && infos[h].stem == "سد" {
            if let Some(m) = span_over(text, tokens, infos, h, r.end, EntityType::Loc, spans[k].score) {
                spans[k] = m;
            }
        }
    }
    spans
}

/// Heads of companies, agencies and banks that stay out of the name when the body's
/// own name follows them (`search` form).
pub(super) const TRADE_HEADS: &[&str] = &["شركه", "وكاله", "بنك", "مجموعه", "مؤسسه", "موسسه"];

/// A company's, agency's or bank's head before the body's own name is a description,
/// as ANERcorp and a reader mark it: شركة مايكروسوفت, وكالة بلومبرغ, بنك جيه بي مورغان,
/// شركة إيجه للملاحة are مايكروسوفت, بلومبرغ, جيه بي مورغان, إيجه للملاحة (the name
/// with what follows it). The head stays in where the words after it would name
/// something else or nothing alone: a place (بنك مصر, وكالة تونس أفريقيا للأنباء), a
/// person (مؤسسة محمد بن راشد), a description (وكالة الأنباء السعودية, بنك الاستثمار).
fn heads_before_own_names(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if s.kind != EntityType::Org || r.len() < 2 || tokens[r.start].kind != TokenKind::Word {
            continue;
        }
        let (h, j) = (&infos[r.start], r.start + 1);
        if h.stem.starts_with("ال") || !in_list(h, TRADE_HEADS) {
            continue;
        }
        let w = &infos[j];
        // (A first word general Arabic also knows, جيه of جيه بي مورغان, begins the name
        // when a foreign name ends it and no word is definite.)
        // (The dots that join an abbreviation's letters, جيه.بي مورغان, are the name's.)
        let bare_word = |k: usize| tokens[k].kind == TokenKind::Word && !infos[k].stem.starts_with("ال") && infos[k].stem == infos[k].norm || tokens[k].norm == "." && k > j && tokens[k - 1].end == tokens[k].start && tokens.get(k + 1).is_some_and(|n| n.start == tokens[k].end);
        let own_name = match tokens[j].kind {
            TokenKind::Latin => true,
            // (Initials spelled in Arabic letters: شركة إف.جي.إي للاستشارات.)
            TokenKind::Word if initials_at(tokens, infos, j) => true,
            TokenKind::Word => {
                bare_word(j)
                    && place_flags(infos, j, j + 1) == 0
                    && !w.gaz.has(GIVEN | TITLE | WF_LOC | gazetteer::MONTH)
                    && (!ordinary(w) || r.len() >= 3 && (j..r.end).all(bare_word) && name_like(&infos[r.end - 1]) && !ordinary(&infos[r.end - 1]))
                    // (A place's name, then a foreign word that is no place nor a place
                    // with it: شركة أثينا مارين للناقلات is أثينا مارين, a company named
                    // after its city, not a place.)
                    || r.len() >= 3
                        && bare_word(j)
                        && place_flags(infos, j, j + 1) != 0
                        && bare_word(j + 1)
                        && place_flags(infos, j + 1, j + 2) == 0
                        && place_flags(infos, j, j + 2) == 0
                        && !infos[j + 1].gaz.has(TITLE | WF_LOC)
            }
            _ => false,
        };
        // (Or a word general Arabic knows but seldom writes and the company's trade,
        // after شركة or مجموعة: شركة رواسي للأسمنت is رواسي للأسمنت, as the rules mark
        // it where the tagger left it out; not an adjective that agrees with the head,
        // شركة ناشئة للتكنولوجيا.)
        let traded = r.len() == 3
            && in_list(h, &["شركه", "مجموعه"])
            && bare_word(j)
            && one_of(super::post::TRADES, &infos[j + 1].norm)
            && super::general_freq::buckets(&w.stem)[0] <= 3
            && chars_of(&w.stem) >= 3
            && !(w.stem.ends_with('ه') || w.stem.ends_with('ى'))
            && place_flags(infos, j, j + 1) == 0
            && !w.gaz.has(GIVEN | TITLE | WF_LOC | gazetteer::MONTH | gazetteer::ORG_HEAD)
            && !verb_like(w);
        if own_name || traded {
            if let Some(m) = span_over(text, tokens, infos, j, r.end, EntityType::Org, s.score) {
                *s = m;
            }
        }
    }
    spans
}

/// A company named by a definite noun and its definite adjective and what it does, after
/// its head (شركة الصقر الذهبي للمقاولات العامة, مجموعة النجم الساطع للتجارة), which the
/// tagger took for a person before the trade: the words and the trade with its
/// adjectives, one body, ORG, head out as before any own name. (A person's name is not
/// all definite words; a royal's ends with his ordinal, مؤسسة الحسن الثاني للأعمال
/// الاجتماعية, whose head stays: [`bodies_named_after_people`].)
fn described_companies_taken_for_people(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if s.kind != EntityType::Per || r.len() < 2 || r.start == 0 || r.end >= tokens.len() {
            continue;
        }
        let h = &infos[r.start - 1];
        let head = tokens[r.start - 1].kind == TokenKind::Word && !h.stem.starts_with("ال") && in_list(h, &["شركه", "مجموعه"]);
        let definite = r.clone().all(|k| tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && infos[k].norm.starts_with("ال") && chars_of(&infos[k].norm) >= 4);
        let royal = in_list(&infos[r.end - 1], super::post::ORDINALS);
        let trade = &infos[r.end];
        let purpose = tokens[r.end].kind == TokenKind::Word && trade.norm.starts_with("لل") && purpose_len(infos, r.end, tokens.len()) == 1;
        if head && definite && !royal && purpose {
            let end = super::post::adjectives_after(infos, r.end + 1, tokens.len());
            if let Some(m) = span_over(text, tokens, infos, r.start, end, EntityType::Org, s.score) {
                *s = m;
            }
        }
    }
    spans
}

/// The same company name taken as an organization by the tagger, with its head
/// (شركة الدرع العربي للتعدين) or cut after its first word (شركة الدرع | العربي
/// للتعدين): after an indefinite شركة or مجموعة, definite words that are no place, then
/// what it does in لل with its adjectives, one body, ORG, head out as the convention
/// has it before a company's own name (not where the words are a place the lists know).
fn described_companies_after_heads(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let head = |k: usize| tokens[k].kind == TokenKind::Word && !infos[k].stem.starts_with("ال") && in_list(&infos[k], &["شركه", "مجموعه"]);
    let definite = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && infos[k].norm.starts_with("ال") && chars_of(&infos[k].norm) >= 4 && !in_list(&infos[k], &["الذي", "التي", "الذين", "اللذين", "الان"]);
    let n = tokens.len();
    // (A country's adjective, masculine or feminine: السعودي, السعودية.)
    let country = |k: usize| tokens[k].kind == TokenKind::Word && (country_adjective(gazetteer::bare(&infos[k].norm)) || infos[k].norm.strip_suffix('ه').is_some_and(|m| country_adjective(gazetteer::bare(m))));
    for idx in 0..spans.len() {
        let s = &spans[idx];
        let r = tokens_of(tokens, s);
        if s.kind != EntityType::Org || r.is_empty() {
            continue;
        }
        // (The head's position and the first word of the name.)
        let (h, first) = if head(r.start) { (r.start, r.start + 1) } else if r.start > 0 && head(r.start - 1) && tokens[r.start].start == s.start { (r.start - 1, r.start) } else { continue };
        // Up to three definite words, none a place or its adjective, then the trade.
        let mut t = first;
        while t < n && t < first + 3 && definite(t) {
            t += 1;
        }
        if t == first || t >= n || (first + 1..=t).any(|k| place_flags(infos, first, k) != 0) || country(first) {
            continue;
        }
        let purpose = tokens[t].kind == TokenKind::Word && infos[t].norm.starts_with("لل") && purpose_len(infos, t, n) == 1;
        // (The span ends inside the name or at its end, never past it.)
        // (Not a country's adjective after it, which says where the company is from:
        // الدرع العربي للتعدين السعودية.)
        let end = (t + 1..super::post::adjectives_after(infos, t + 1, n)).find(|&k| country(k)).unwrap_or_else(|| super::post::adjectives_after(infos, t + 1, n));
        // (The tagger's span may take the country's adjective in: it goes.)
        let past = r.end > end && !(end..r.end).all(country);
        if !purpose || past || (h == r.start && r.end <= t) {
            continue;
        }
        // (No other mention inside the words it takes.)
        let (a, b) = (tokens[first].start, tokens[end - 1].end);
        if spans.iter().enumerate().any(|(o, x)| o != idx && x.start < b && x.end > a) {
            continue;
        }
        if let Some(m) = span_over(text, tokens, infos, first, end, EntityType::Org, spans[idx].score) {
            spans[idx] = m;
        }
    }
    spans
}

/// A foreign name the tagger took for a person between a company's head and a
/// country's adjective in the feminine (مجموعة فان دير بيرج الهولندية, شركة ماكس
/// فيرمان السويدية) is the company: the adjective agrees with the head, so the name is
/// the head's own, ORG. (A man after the head would take the masculine adjective, and a
/// name in the head's construct is the company's name in any case.) After وكالة no
/// adjective is needed: an agency is not named after a man by his bare name, so a
/// foreign name in its construct that holds no listed given or family name is the
/// agency's own (وكالة فيتش رايتنغ, وكالة موديز).
fn companies_taken_for_people_before_countries(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if s.kind != EntityType::Per || r.is_empty() || r.start == 0 || tokens[r.start].start != s.start || tokens[r.start - 1].kind != TokenKind::Word {
            continue;
        }
        let h = &infos[r.start - 1];
        let bare = r.clone().all(|k| tokens[k].kind == TokenKind::Word && !infos[k].norm.starts_with("ال"));
        let agency = h.stem == "وكاله" && r.clone().all(|k| !infos[k].gaz.has(GIVEN | FAMILY | GIVEN_BIG));
        let head = r.len() >= 2 && r.end < tokens.len() && !h.stem.starts_with("ال") && one_of(&["شركه", "مجموعه"], &h.stem);
        let adjective = head && {
            let a = &infos[r.end];
            tokens[r.end].kind == TokenKind::Word && a.stem == a.norm && a.norm.starts_with("ال") && a.norm.ends_with("يه") && country_adjective(gazetteer::bare(&a.norm))
        };
        if bare && (agency || head && adjective) {
            s.kind = EntityType::Org;
        }
    }
    spans
}

/// A company's, agency's or bank's own name after its head (شركة سيمنس للطاقة
/// الألمانية, وكالة كيودو اليابانية) ends before the country's adjective, which says
/// where the company is from, as the head says what it is: سيمنس للطاقة. (A body
/// named by its head and a description keeps both: وكالة الأنباء الفرنسية.)
pub(super) fn countries_after_own_names(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if s.kind != EntityType::Org || r.len() < 2 || r.start == 0 {
            continue;
        }
        let (h, last) = (&infos[r.start - 1], r.end - 1);
        // (The head after a proclitic too, وشركة سامسونغ سي آند تي الكورية in a list.)
        let head = tokens[r.start - 1].kind == TokenKind::Word && !h.stem.starts_with("ال") && one_of(TRADE_HEADS, &h.stem) && !in_list(&infos[r.start], TRADE_HEADS);
        let own = tokens[r.start].kind == TokenKind::Latin || tokens[r.start].kind == TokenKind::Word && !infos[r.start].stem.starts_with("ال");
        let adjective = tokens[last].kind == TokenKind::Word && infos[last].stem == infos[last].norm && infos[last].norm.starts_with("ال") && country_adjective(gazetteer::bare(&infos[last].norm));
        // (Not a name of the list of well-known names whose adjective is its own:
        // شركة أرامكو السعودية.)
        let listed = || super::post::known_name(infos, r.clone());
        if head && own && adjective && (!infos[last - 1].stem.starts_with("ال") || infos[last - 1].norm.starts_with("لل")) && !listed() {
            s.end = tokens[last - 1].end;
            continue;
        }
        // (A university, an institute or a hospital named by its own foreign name, its
        // head in the span, جامعة ستوني بروك الأمريكية, جامعة هارفارد الأمريكية: the
        // country's adjective says where it is, as after a company's name; not a name
        // of descriptions, جامعة الدول العربية, المعهد الوطني التونسي.)
        let inner = r.start + 1..last;
        let named = in_list(&infos[r.start], NAMED_ALONE_HEADS)
            && !infos[r.start].stem.starts_with("ال")
            && !inner.is_empty()
            && inner.clone().all(|j| tokens[j].kind == TokenKind::Word && infos[j].stem == infos[j].norm && !infos[j].norm.starts_with("ال") && name_like(&infos[j]) && !ordinary(&infos[j]));
        if named && adjective {
            s.end = tokens[last - 1].end;
        }
    }
    spans
}

/// A head of organization names without the article, right before what the body is
/// for (تأسيس صندوق للتنمية المشتركة: "a fund for joint development"), describes a
/// body and names none: a name puts the head in the construct state (صندوق النقد,
/// مركز فوستوشني للفضاء).
fn indefinite_bodies(tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    spans
        .into_iter()
        .filter(|s| {
            let r = tokens_of(tokens, s);
            let described = s.kind == EntityType::Org && r.len() >= 2 && tokens[r.start].kind == TokenKind::Word && tokens[r.start + 1].kind == TokenKind::Word && {
                let (h, p) = (&infos[r.start], &infos[r.start + 1]);
                h.stem == h.norm && !h.stem.starts_with("ال") && is_org_head(h) && p.norm.starts_with('ل') && p.stem != p.norm
            };
            !described
        })
        .collect()
}

/// Heads of outlets' names in a dateline (بوابة الأهرام, موقع الإمارات اليوم), in
/// `search` form (which is also their key form: linking drops them as it drops حزب).
pub(super) const OUTLET_HEADS: &[&str] = &["بوابه", "موقع", "صحيفه", "جريده", "قناه", "وكاله", "مجله", "اذاعه", "شبكه"];

/// Endings of a website's name written in Arabic letters (العربية.نت, مصراوي.كوم), in
/// `search` form.
const WEB_ENDINGS: &[&str] = &["نت", "كوم", "اورغ", "اورج"];

/// A news site named with its domain's ending (العربية.نت, الجزيرة.نت): one outlet,
/// an organization, never the ending alone (نت).
fn web_outlets(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for k in 0..tokens.len().saturating_sub(2) {
        let (name, dot, end) = (&tokens[k], &tokens[k + 1], &tokens[k + 2]);
        let joined = name.end == dot.start && dot.end == end.start;
        if joined && name.kind == TokenKind::Word && dot.norm == "." && end.kind == TokenKind::Word && in_list(&infos[k + 2], WEB_ENDINGS) {
            found.extend(span_over(text, tokens, infos, k, k + 3, EntityType::Org, 0.7));
        }
    }
    // (A name the tagger began inside the site's name, كوم الخبر, is no name: it goes.)
    let mut spans: Vec<Span> = spans.into_iter().filter(|s| !(is_model(s.kind) && found.iter().any(|f| f.start < s.start && s.start < f.end && s.end > f.end))).collect();
    // An outlet the text names as a body, then أونلاين ("online"), is the site's name
    // (الشروق أونلاين): the word never ends a body's name but a site's. (Only after a
    // body: التسوق أونلاين is shopping online.)
    // (The tagger may have the word as a body of its own: it joins the name.)
    let mut gone = vec![false; spans.len()];
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if gone[k] || spans[k].kind != EntityType::Org || r.end >= tokens.len() || tokens[r.end].kind != TokenKind::Word || infos[r.end].norm != "اونلاين" || !gaps::only_whitespace(text, spans[k].end, tokens[r.end].start) {
            continue;
        }
        let word = &tokens[r.end];
        let next = spans.get(k + 1);
        let own = next.is_some_and(|n| n.start == word.start && n.end == word.end && is_model(n.kind));
        if own || next.is_none_or(|n| n.start >= word.end) {
            if own {
                gone[k + 1] = true;
            }
            spans[k].end = word.end;
        }
    }
    let spans = replace_marked(spans, &gone, Vec::new());
    // A name and نيوز ("news") is a channel's or a site's (سكاي نيوز, رؤيا نيوز), and a
    // name and أف أم or إف إم (FM) a radio's (موزاييك أف أم, شمس أف أم): the words never
    // end another kind of name, and the tagger often takes نيوز alone, or the radio for
    // a work. The name before them is the tagger's (one or two words, which may hold
    // them) or one free word that is no verb or function word, after a preposition too
    // (للسومرية نيوز: from the article's ل, as for every name). A site's ending written
    // apart, الميادين نت, is such a word too.
    // (The outlet over tokens `a..b`, after the preposition ل that the stemmer left on a
    // word general Arabic does not know, قال لشفق نيوز; not on a listed place or name,
    // لبنان.)
    let outlet_over = |a: usize, b: usize| {
        let w = &infos[a];
        span_over(text, tokens, infos, a, b, EntityType::Org, 0.7).map(|mut s| {
            if w.stem == w.norm && w.norm.starts_with('ل') && w.norm.chars().count() >= 4 && s.start == tokens[a].start && place_flags(infos, a, a + 1) == 0 && !w.gaz.has(gazetteer::GIVEN | gazetteer::FAMILY) {
                s.start += text[tokens[a].start..].chars().next().map_or(0, char::len_utf8);
            }
            s
        })
    };
    let mut spans = spans;
    let mut short_names: Vec<String> = Vec::new();
    for k in 1..tokens.len() {
        let fm = k + 1 < tokens.len() && infos[k].norm == "اف" && infos[k + 1].norm == "ام" && tokens[k + 1].kind == TokenKind::Word;
        // (And a site's ending written apart as a word, نت: الميادين نت, للميادين نت.)
        let web = infos[k].norm == "نت" && k >= 1 && tokens[k - 1].end < tokens[k].start;
        if tokens[k].kind != TokenKind::Word || !(infos[k].norm == "نيوز" || fm || web) || tokens[k - 1].kind != TokenKind::Word {
            continue;
        }
        let last = if fm { k + 1 } else { k };
        // (The spans are in text order: the one that ends at or after the word before.)
        let at = spans.partition_point(|s| s.end < tokens[k - 1].end);
        let before = spans.get(at).filter(|s| s.end == tokens[k - 1].end || s.end == tokens[last].end && s.start < tokens[k].start);
        let free = spans.get(at).is_none_or(|s| s.start >= tokens[k - 1].end) && (at == 0 || spans[at - 1].end <= tokens[k - 1].start);
        // (A person the tagger ran on into the outlet's first word after ل, أحمد موسى
        // للسومرية + نيوز: the person ends before it.)
        if before.is_some_and(|s| s.kind == EntityType::Per && s.end == tokens[k - 1].end && tokens_of(tokens, s).start + 2 <= k - 1 && infos[k - 1].norm.starts_with('ل')) {
            spans[at].end = tokens[k - 2].end;
            found.extend(outlet_over(k - 1, last + 1));
            continue;
        }
        let start = match before {
            Some(s) if is_model(s.kind) && tokens_of(tokens, s).start + 2 >= k => Some(tokens_of(tokens, s).start),
            None if free && {
                let w = &infos[k - 1];
                let proclitic = w.norm != w.stem && w.norm.chars().next().is_some_and(|c| "وفبل".contains(c));
                (w.stem == w.norm || proclitic) && w.stem.chars().count() >= 3 && !verb_like(w) && !crate::function_words::is_function_word(&w.stem)
            } => Some(k - 1),
            _ => None,
        };
        if let Some(a) = start {
            found.extend(outlet_over(a, last + 1));
            if a + 1 == k {
                short_names.push(infos[a].stem.clone());
            }
        }
    }
    // (The radio or channel named again by its name alone, لمراسل موزاييك, is the
    // outlet, whatever type the tagger gave that word: a body.)
    let spans: Vec<Span> = spans
        .into_iter()
        .map(|mut s| {
            let r = tokens_of(tokens, &s);
            if is_model(s.kind) && s.kind != EntityType::Org && r.len() == 1 && short_names.contains(&infos[r.start].stem) && !found.iter().any(|f| f.start <= s.start && s.end <= f.end) {
                s.kind = EntityType::Org;
            }
            s
        })
        .collect();
    add_replacing_model_spans(spans, found)
}

/// A body and the body it belongs to: X التابعة لـY is two names. And a body's name
/// begins at its definite head: a word before it that heads no name (a verb, فتح
/// الاتحاد الدولي لكرة القدم تحقيقا) is not in it.
fn split_parent_bodies(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    for mut s in spans {
        let mut r = tokens_of(tokens, &s);
        if s.kind == EntityType::Org && r.len() >= 3 && tokens[r.start].kind == TokenKind::Word && tokens[r.start + 1].kind == TokenKind::Word {
            let (first, head) = (&infos[r.start], &infos[r.start + 1]);
            let loose = first.stem == first.norm
                && !first.stem.starts_with("ال")
                && !is_org_head(first)
                && !in_list(first, MORE_BODY_HEADS)
                && !first.gaz.has(TITLE | gazetteer::LOC_HEAD)
                && head.stem == head.norm
                && head.stem.starts_with("ال")
                && head.gaz.has(gazetteer::ORG_HEAD)
                && super::known::lookup(&key_words(&text[s.start..s.end])).is_none();
            if loose {
                r.start += 1;
                s.start = tokens[r.start].start;
            }
        }
        let at = (r.start + 1..r.end.saturating_sub(1)).find(|&k| tokens[k].kind == TokenKind::Word && in_list(&infos[k], BELONGS_TO));
        match at {
            Some(k) if matches!(s.kind, EntityType::Org | EntityType::Misc) => {
                out.extend(span_over(text, tokens, infos, r.start, k, s.kind, s.score));
                out.extend(span_over(text, tokens, infos, k + 1, r.end, EntityType::Org, s.score));
            }
            _ => out.push(s),
        }
    }
    out
}

/// An organization's name that took in a person named after it (منظمة العمل الدولية
/// كارين, then شولتز; منظمة التجارة العالمية كارولين شميت) or ends with a well-known
/// person's name: the body, and the person. The person begins at a given name without
/// the article right after the body's last definite word, and every word from there on
/// looks like a foreign or personal name.
fn cut_people_off_bodies(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let personal = |i: &TokInfo| i.kind == TokenKind::Word && i.stem == i.norm && !i.stem.starts_with("ال") && !ordinary(i);
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    let mut k = 0;
    while k < spans.len() {
        let s = spans[k].clone();
        k += 1;
        let r = tokens_of(tokens, &s);
        // (Or a given name general Arabic does not know: للمنظمة تيدروس أدهانوم غيبريسوس.)
        let given = |i: &TokInfo| i.gaz.has(GIVEN | GIVEN_BIG) || i.gen[0] == 0 && name_like(i) && !i.gaz.has(gazetteer::ORG_HEAD);
        // (A definite head and a given name alone, the rest of the person in the
        // tagger's person right after it: للمنظمة تيدروس, then أدهانوم غيبريسوس. The
        // head alone is the description; the person begins at the given name.)
        if s.kind == EntityType::Org && r.len() == 2 && tokens[r.start].kind == TokenKind::Word && tokens[r.start + 1].kind == TokenKind::Word {
            let (h, g) = (&infos[r.start], &infos[r.start + 1]);
            let person_next = spans.get(k).filter(|p| p.kind == EntityType::Per && tokens_of(tokens, p).start == r.end);
            if let Some(p) = person_next.filter(|_| h.stem.starts_with("ال") && is_org_head(h) && g.stem == g.norm && !g.norm.starts_with("ال") && given(g)) {
                out.push(Span { start: tokens[r.start + 1].start, end: p.end, kind: EntityType::Per, score: p.score });
                k += 1;
                continue;
            }
        }
        if s.kind != EntityType::Org || r.len() < 3 || tokens[r.end - 1].kind != TokenKind::Word {
            out.push(s);
            continue;
        }
        // الكاتب العام للجامعة المنجي الحمروني: a definite head alone (a description)
        // before a given name and a family name general Arabic does not know.
        let h = &infos[r.start];
        let described = h.stem.starts_with("ال") && is_org_head(h) && given(&infos[r.start + 1]) && {
            let last = &infos[r.end - 1];
            last.gen[0] == 0 && name_like(last) && infos[r.start + 1..r.end].iter().all(|i| i.kind == TokenKind::Word && i.stem == i.norm)
        };
        if described {
            out.extend(span_over(text, tokens, infos, r.start + 1, r.end, EntityType::Per, s.score));
            continue;
        }
        let person_next = spans.get(k).filter(|p| p.kind == EntityType::Per && tokens_of(tokens, p).start == r.end).cloned();
        // (The words before the person are a body of the list of well-known names, perhaps
        // after a proclitic the clitic rule kept: الرئيس التنفيذي لإي آند سلطان الظاهري.)
        let known_body = |j: usize| -> Option<usize> {
            let (a, b) = (tokens[r.start].start, tokens[j - 1].end);
            let org = |from: usize| matches!(super::known::lookup(&key_words(&text[from..b])), Some((_, EntityType::Org)));
            if org(a) {
                return Some(a);
            }
            let first = text[a..].chars().next()?;
            ("وفبلك".contains(first) && org(a + first.len_utf8())).then_some(a + first.len_utf8())
        };
        // (A word of people's names right after the span, which no mention holds and
        // training saw no more often outside names than in people's: روث after
        // منظمة هيومن رايتس ووتش كينيث, not بأن.)
        let free_after = person_next.is_none()
            && r.end < tokens.len()
            && spans.get(k).is_none_or(|n| n.start >= tokens[r.end].end)
            && {
                let i = &infos[r.end];
                personal(i) && i.gaz.has(gazetteer::NAME_TOKEN | FAMILY) && i.dict[0] <= i.dict[1] && !i.gaz.has(gazetteer::ORG_HEAD | gazetteer::TITLE | gazetteer::SPEECH)
            };
        let mut body_start = None;
        let name_next = spans.get(k).filter(|n| {
            let q = tokens_of(tokens, n);
            is_model(n.kind) && q.len() == 1 && q.start == r.end && n.start == tokens[q.start].start && gaps::only_spaces(text, s.end, n.start) && {
                let i = &infos[q.start];
                i.stem == i.norm && !i.stem.starts_with("ال") && i.gaz.has(FAMILY | gazetteer::FAMILY_BIG | gazetteer::NAME_TOKEN) && !i.gaz.has(gazetteer::ORG_HEAD | TITLE)
            }
        }).cloned();
        let cut = (r.start + 2..r.end).find(|&j| {
            let person = infos[j].gaz.has(GIVEN | GIVEN_BIG) && name_like(&infos[j]) && infos[j..r.end].iter().all(personal);
            // (After a known body, a curated given name and a family name, which may
            // take the article: سلطان الظاهري; or two words of the lists of people's
            // names general Arabic does not know, the second perhaps just after the
            // span: كينيث روث.)
            let named = infos[j].gaz.has(GIVEN) && r.end - j >= 2 && infos[j..r.end].iter().all(|i| i.kind == TokenKind::Word && i.stem == i.norm && !ordinary(i) || i.gaz.has(GIVEN | FAMILY))
                || infos[j].gaz.has(gazetteer::NAME_TOKEN) && name_like(&infos[j]) && (r.end - j >= 2 || free_after) && infos[j..r.end].iter().all(|i| personal(i) && i.gaz.has(gazetteer::NAME_TOKEN | GIVEN | FAMILY));
            // (Or after a head and one town of the lists, a body named by its town:
            // بجامعة كامبريدج إليانور فيتش.)
            // (Not a word that begins towns' names, سان of جامعة سان اندرو.)
            let head_and_town = j == r.start + 2 && heads_body_before_place(tokens, infos, r.start) && infos[j - 1].stem == infos[j - 1].norm && infos[j - 1].stem.chars().count() >= 4 && !infos[j - 1].gaz.has(gazetteer::PHRASE_BEGIN) && place_flags(infos, j - 1, j) & (gazetteer::CITY | gazetteer::COUNTRY) != 0;
            // (The lists may know the given name though general Arabic reads it as a word
            // in أل, إليانور.)
            // (Its family name may be the next mention, of one word, which the tagger took
            // for another body: إليانور, then فيتش.)
            let listed_person = head_and_town && infos[j].gaz.has(GIVEN | GIVEN_BIG) && (r.end - j >= 2 || r.end - j == 1 && name_next.is_some()) && infos[j..r.end].iter().all(|i| i.kind == TokenKind::Word && i.stem == i.norm && (!ordinary(i) || i.gaz.has(GIVEN | FAMILY | GIVEN_BIG | gazetteer::NAME_TOKEN)));
            person && (infos[j - 1].stem.starts_with("ال") || head_and_town) || listed_person || (person || named) && {
                body_start = known_body(j);
                body_start.is_some()
            }
        });
        let last = r.end - 1;
        let known_person = infos[last].stem == infos[last].norm && matches!(super::known::lookup(&key_words(&text[tokens[last].start..tokens[last].end])), Some((_, EntityType::Per)));
        let Some(cut) = cut.or(known_person.then_some(last)) else {
            out.push(s);
            continue;
        };
        let Some(mut body) = span_over(text, tokens, infos, r.start, cut, EntityType::Org, s.score) else {
            out.push(s);
            continue;
        };
        if let Some(b) = body_start {
            body.start = body.start.max(b);
        }
        out.push(body);
        // (A person of two words or more, then an outlet of the list of well-known names
        // after ل, whom the person spoke to: إليانور فيتش لرويترز.)
        let last_word = &text[tokens[r.end - 1].start..tokens[r.end - 1].end];
        let outlet = person_next.is_none() && r.end - cut >= 3 && infos[r.end - 1].stem == infos[r.end - 1].norm && last_word.strip_prefix('ل').is_some_and(|rest| matches!(super::known::lookup(&key_words(rest)), Some((_, EntityType::Org))));
        if outlet {
            out.push(Span { start: tokens[cut].start, end: tokens[r.end - 2].end, kind: EntityType::Per, score: s.score });
            out.push(Span { start: tokens[r.end - 1].start + 'ل'.len_utf8(), end: s.end, kind: EntityType::Org, score: s.score });
            continue;
        }
        if person_next.is_none() && r.end - cut == 1 {
            if let Some(n) = &name_next {
                out.push(Span { start: tokens[cut].start, end: n.end, kind: EntityType::Per, score: s.score });
                k += 1;
                continue;
            }
        }
        match person_next {
            Some(p) => {
                out.push(Span { start: tokens[cut].start, ..p });
                k += 1;
            }
            None => {
                let end = if free_after && r.end - cut == 1 { tokens[r.end].end } else { s.end };
                out.push(Span { start: tokens[cut].start, end, kind: EntityType::Per, score: s.score })
            }
        }
    }
    out
}

/// A hospital is named with its head, as readers mark it (ANERcorp leaves the head,
/// and a common noun after it, out: مستشفى الشفاء O): مستشفى in the construct state
/// before a definite noun (مستشفى الشفاء, مستشفى المقاصد), a body the spans hold
/// (مستشفى الجامعة الأردنية) or a place with an adjective (مستشفى المنيا الجامعي), and
/// the name's adjectives after it (مستشفى السلمانية الطبي); also after a hospital named
/// after a person ([`bodies_named_after_people`]: مستشفى رفيق الحريري + الجامعي). ORG.
fn hospitals(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let span_at = |k: usize| {
        let at = if infos[k].stem == infos[k].norm { tokens[k].start } else { tokens[k].start + super::clitic::clitic_bytes(&text[tokens[k].start..tokens[k].end]) };
        span_starting_at(&spans, at).map(|s| (s.kind, tokens_of(tokens, s).end))
    };
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        if !word(i) || infos[i].stem != "مستشفي" || !word(i + 1) {
            continue;
        }
        let n = &infos[i + 1];
        let name_end = match (span_at(i), span_at(i + 1)) {
            (Some((EntityType::Org, e)), _) => e,
            // (Or a name the tagger took for an event or a work: مستشفى شهداء الأقصى.)
            (_, Some((EntityType::Loc | EntityType::Org | EntityType::Misc, e))) if n.stem == n.norm => e,
            (_, None) if n.stem == n.norm && n.norm.starts_with("ال") && n.norm.chars().count() >= 4 && !in_list(n, super::post::RELATIONAL) && !n.gaz.has(gazetteer::NISBA) => i + 2,
            // (A hospital named after a scholar by his kunya-like ابن and a name the
            // tagger did not mark: مستشفى ابن الخطيب, مستشفى ابن النفيس.)
            // (Or by a kunya the tagger did not mark: مستشفى أبو الريش.)
            (_, None) if matches!(n.stem.as_str(), "ابن" | "ابو") && n.norm == n.stem && word(i + 2) && span_at(i + 2).is_none() && infos[i + 2].stem == infos[i + 2].norm && infos[i + 2].norm.chars().count() >= 3 && !super::post::verb_like(&infos[i + 2]) => i + 3,
            // (A hospital named by a town the lists lack and an adjective after it,
            // مستشفى كادوقلي التعليمي, مستشفى أبشي المرجعي: a word general Arabic does not
            // know, without the article, then a definite adjective, is the town.)
            (_, None) if n.stem == n.norm && !n.norm.starts_with("ال") && name_like(n) && !ordinary(n) && !verb_like(n) && !n.gaz.has(GIVEN | FAMILY | TITLE) && super::post::adjectives_after(infos, i + 2, tokens.len()) > i + 2 => i + 2,
            // (Or after a foreign person's name of two such words the tagger did not
            // mark, the second perhaps beginning with و, which is no conjunction there:
            // مستشفى يالغادو ويدراوغو الجامعي.)
            (_, None) if n.stem == n.norm && !n.norm.starts_with("ال") && name_like(n) && !ordinary(n) && !verb_like(n) && !n.gaz.has(TITLE) && word(i + 2) && span_at(i + 2).is_none() && {
                let m = &infos[i + 2];
                let whole = gazetteer::word_flags(&m.norm);
                !m.norm.starts_with("ال") && super::general_freq::buckets(&m.norm)[0] == 0 && chars_of(&m.norm) >= 4 && whole & (GIVEN | TITLE) == 0 && !verb_like(m)
            } && super::post::adjectives_after(infos, i + 3, tokens.len()) > i + 3 => i + 3,
            _ => continue,
        };
        // (The tagger may have taken the adjective into the town: بنها الجامعي.)
        let mut name_end = name_end;
        if matches!(span_at(i + 1), Some((EntityType::Loc, _))) {
            while name_end > i + 2 && super::post::adjectives_after(infos, name_end - 1, name_end) == name_end && place_flags(infos, name_end - 1, name_end) == 0 {
                name_end -= 1;
            }
        }
        let end = super::post::adjectives_after(infos, name_end, tokens.len());
        // (And what it treats after them, one word in لل: مستشفى الملك خالد التخصصي
        // للعيون, مستشفى الملك عبدالله التخصصي للأطفال; not ل and a verbal noun, لتلقي
        // العلاج, why the patient went there.)
        let end = if end > name_end && purpose_len(infos, end, tokens.len()) == 1 { end + 1 } else { end };
        // (A hospital named by its town alone is marked as the town, as a port is:
        // مستشفى صبراتة; with an adjective it is the institution, مستشفى المنيا الجامعي.)
        let town_alone = end == name_end && matches!(span_at(i + 1), Some((EntityType::Loc, _)));
        if !town_alone {
            found.extend(span_over(text, tokens, infos, i, end, EntityType::Org, 0.7));
        }
    }
    add_replacing_model_spans(spans, found)
}

/// Words that name a saint or the Virgin before the name a church, a shrine or a
/// hospital is dedicated to (سيدة لبنان, مار يوسف, القديس جاورجيوس), in
/// `search` form.
const SAINTS: &[&str] = &["سيده", "مار", "القديس", "القديسه"];

/// Heads of places of worship and pilgrimage, in `search` form (not دير, a monastery,
/// whose saint later rules take for a person: دير مار شربل).
const WORSHIP_HEADS: &[&str] = &["كنيسه", "كاتدرائيه", "مزار", "بازيليك", "بازيليكا"];

/// A hospital, a church or a shrine named for a saint or the Virgin, as
/// the Levant's are: the head, سيدة / مار / القديس, the name (one word: سيدة لبنان,
/// مار يوسف, سيدة المعونات) and the name's adjectives (مستشفى سيدة لبنان الجامعي). A
/// hospital is ORG, as [`hospitals`] has it; a place of worship LOC. Over the tagger's
/// pieces (لبنان of سيدة لبنان, a person مار يوسف).
fn named_for_saints(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(2) {
        if !word(i) || !word(i + 1) || !word(i + 2) || infos[i].stem.starts_with("ال") {
            continue;
        }
        let kind = if infos[i].stem == "مستشفي" {
            EntityType::Org
        } else if in_list(&infos[i], WORSHIP_HEADS) {
            EntityType::Loc
        } else {
            continue;
        };
        let (s, n) = (&infos[i + 1], &infos[i + 2]);
        if s.stem != s.norm || !in_list(s, SAINTS) || n.stem != n.norm || verb_like(n) || n.gaz.has(TITLE) || in_list(n, super::post::RELATIONAL) {
            continue;
        }
        let end = super::post::adjectives_after(infos, i + 3, tokens.len());
        found.extend(span_over(text, tokens, infos, i, end, kind, 0.7));
    }
    add_replacing_model_spans(spans, found)
}

/// Heads of public bodies and movements named by what they run or seek and a place
/// (هيئة كهرباء ومياه دبي, حركة تحرير السودان), `search` form. (Not a club's or a
/// team's, whose name follows them: نادي ريال مدريد; nor مجموعة, قوات, مركز, which a
/// plain phrase follows as often: مجموعة دول يوغسلافيا.)
const PLACE_BODY_HEADS: &[&str] = &["هييه", "هيئه", "سلطه", "مؤسسه", "موسسه", "شركه", "دائره", "دايره", "مصلحه", "جهاز", "مديريه", "اداره", "ديوان", "حركه", "جبهه",
    // (Iraq's commands of a province's operations, قيادة عمليات بغداد; a force's command
    // of a city, قيادة شرطة دبي.)
    "قياده"];

/// A body named by what it runs and the place it runs it in (هيئة كهرباء ومياه دبي,
/// سلطة موانئ أبوظبي, حركة تحرير السودان): a head of [`PLACE_BODY_HEADS`] in the
/// construct state, one to three nouns without the article (after و too; no adjective
/// of a country, إثيوبية, nor a preposition, داخل), a place and the name's adjectives,
/// one name, ORG, where the tagger found pieces of it (كهرباء, then دبي). A company's or
/// agency's head stays out ([`TRADE_HEADS`]: نفط الكويت of شركة نفط الكويت), as before
/// its own name.
fn bodies_of_places(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let not_a_noun = gazetteer::ORG_HEAD | gazetteer::LOC_HEAD | TITLE | GIVEN | gazetteer::COUNTRY | gazetteer::CITY | gazetteer::REGION | gazetteer::NISBA;
    // (A plain noun general Arabic knows, كهرباء, مياه, موانئ; ومياه after the first.)
    // (The bounds first: a body's head may end the text, where no noun follows.)
    let noun = |k: usize, first: bool| {
        if !word(k) {
            return false;
        }
        let i = &infos[k];
        !i.stem.starts_with("ال")
            && (i.stem == i.norm || !first && i.norm.strip_prefix('و') == Some(i.stem.as_str()))
            && i.stem.chars().count() >= 3
            && i.gen[0] >= 3
            && !verb_like(i)
            && !i.gaz.has(not_a_noun)
            && !crate::function_words::is_function_word(&i.stem)
            && gazetteer::place_adjective(&format!("ال{}", i.stem)).is_none()
    };
    // (A place the spans hold, or a country's or city's name of the lists that is no
    // ordinary word: not إن, الرأي.)
    let place_at = |k: usize| {
        let s = span_starting_at(&spans, tokens.get(k)?.start).filter(|s| s.kind == EntityType::Loc);
        s.map(|s| tokens_of(tokens, s).end).or_else(|| {
            let i = &infos[k];
            (word(k) && i.stem == i.norm && i.stem.chars().count() >= 3 && !ordinary(i) && !crate::function_words::is_function_word(&i.stem) && place_flags(infos, k, k + 1) & (gazetteer::COUNTRY | gazetteer::CITY) != 0).then_some(k + 1)
        })
    };
    let mut found = Vec::new();
    for i in 0..tokens.len() {
        let h = &infos[i];
        if !word(i) || !in_list(h, PLACE_BODY_HEADS) {
            continue;
        }
        // (Not إدارة after مجلس: مجلس إدارة غرفة تجارة وصناعة عمان is the board of
        // directors of the chamber, which the body's own head begins.)
        if in_list(h, &["اداره"]) && h.stem == h.norm && i > 0 && in_list(&infos[i - 1], &["مجلس"]) {
            continue;
        }
        // (A command only of operations, police or forces, and not بقيادة, "led by":
        // بقيادة رابطة عوامي, قيادة سوق أبوظبي are no names.)
        if in_list(h, &["قياده"]) && (h.norm.starts_with('ب') || !infos.get(i + 1).is_some_and(|n| in_list(n, &["عمليات", "شرطه", "قوات"]))) {
            continue;
        }
        let mut j = i + 1;
        while j < i + 4 && noun(j, j == i + 1) {
            j += 1;
        }
        // (Or the head of a division or a region and its place: سلطة منطقة البتراء
        // التنموية السياحية, سلطة إقليم البترا, a public authority over it; not a
        // company's head, شركة منطقة.)
        let division = j == i + 1 && !in_list(h, TRADE_HEADS) && word(j) && infos[j].stem == infos[j].norm && in_list(&infos[j], &["منطقه", "اقليم", "محافظه", "مدينه", "ولايه"]);
        let at_division = division.then(|| place_at(j).or_else(|| place_at(j + 1))).flatten();
        let Some(end) = at_division.or_else(|| place_at(j).filter(|_| j > i + 1)) else { continue };
        // (With the name's adjectives: شركة بترول أبوظبي الوطنية; a zone's, سلطة منطقة
        // دبي الحرة, and what it is for.)
        let mut end = super::post::adjectives_after(infos, end, tokens.len());
        if at_division.is_some() && word(end) && in_list(&infos[end], &["الحره", "الخاصه", "الاقتصاديه"]) {
            end = super::post::adjectives_after(infos, end + 1, tokens.len());
            end += purpose_len(infos, end, tokens.len());
        }
        let start = if in_list(h, TRADE_HEADS) { i + 1 } else { i };
        found.extend(span_over(text, tokens, infos, start, end, EntityType::Org, 0.6));
    }
    add_replacing_model_spans(spans, found)
}

/// A company or bank named by a family (مصرف الراجحي, مجموعة العثيم): its head, then a
/// definite word of the family lists that is no ordinary word nor a nationality, is
/// the family's name, ORG, head out as before any own name ([`heads_before_own_names`]).
/// (A definite noun with its country's adjective is as often a description as a name:
/// شركة السيارات الألمانية before فولكسفاغن, so not that.)
fn family_trade_names(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let covered = super::post::covered_tokens(tokens, &spans);
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let h = &infos[i];
        let j = i + 1;
        if !word(i) || h.stem.starts_with("ال") || !(in_list(h, TRADE_HEADS) || h.stem == "مصرف") || !word(j) || covered[j] {
            continue;
        }
        let w = &infos[j];
        if !(w.stem == w.norm && w.norm.starts_with("ال") && w.norm.chars().count() >= 5 && !in_list(w, super::post::RELATIONAL) && !w.gaz.has(gazetteer::NISBA)) {
            continue;
        }
        if w.gaz.has(FAMILY) && !ordinary(w) && !country_adjective(&w.norm) {
            found.extend(span_over(text, tokens, infos, j, j + 1, EntityType::Org, 0.6));
        }
    }
    add_replacing_model_spans(spans, found)
}

/// A body the tagger missed, named by its head in the construct state, a noun and the
/// definite noun it governs (its field), and its country's adjective agreeing with the
/// head (رابطة سباقات الخيل اليابانية, هيئة سكك الحديد المصرية): the adjective makes the
/// head definite, a country's own body. (Not a title's noun, رئيس, nor a verb: the
/// noun takes the article in general Arabic.)
fn bodies_of_fields_and_countries(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(3) {
        if !(i..i + 4).all(|k| tokens[k].kind == TokenKind::Word) {
            continue;
        }
        let (h, n, d) = (&infos[i], &infos[i + 1], &infos[i + 2]);
        let head = is_org_head(h) && h.stem == h.norm && !h.stem.starts_with("ال");
        let noun = n.stem == n.norm
            && !n.norm.starts_with("ال")
            && n.norm.chars().count() >= 3
            && (2..=6).contains(&super::general_freq::buckets(&n.norm)[1])
            && !verb_like(n)
            && !is_org_head(n)
            && !n.gaz.has(TITLE | gazetteer::COUNTRY | gazetteer::CITY | GIVEN);
        let field = d.stem == d.norm && d.norm.starts_with("ال") && d.norm.chars().count() >= 4 && !in_list(d, super::post::RELATIONAL) && !d.gaz.has(gazetteer::COUNTRY | gazetteer::CITY | gazetteer::REGION) && !country_adjective(&d.norm);
        if head && noun && field && super::post::country_adjective_of(infos, i, i + 3) {
            found.extend(span_over(text, tokens, infos, i, i + 4, EntityType::Org, 0.6));
            continue;
        }
        // (Or a country's national company or body of a field: the head, the definite
        // field, "national" and the country's adjective, شركة النفط الوطنية النيجيرية,
        // هيئة الكهرباء الوطنية الأردنية: "national" and the country make it the
        // country's own, a name, where شركة السيارات الألمانية only describes one.)
        let definite_field = |w: &TokInfo| w.stem == w.norm && w.norm.starts_with("ال") && w.norm.chars().count() >= 4 && !in_list(w, super::post::RELATIONAL) && !verb_like(w) && !w.gaz.has(gazetteer::COUNTRY | gazetteer::CITY | gazetteer::REGION) && !country_adjective(&w.norm);
        let national = d.stem == d.norm && in_list(d, &["الوطنيه", "الوطني"]) && (h.stem.ends_with('ه') == d.norm.ends_with('ه'));
        if head && definite_field(n) && national && super::post::country_adjective_of(infos, i, i + 3) {
            found.extend(span_over(text, tokens, infos, i, i + 4, EntityType::Org, 0.6));
        }
    }
    add_replacing_model_spans(spans, found)
}

/// A body of a people the tagger missed: a head of organization names in the construct
/// state, a definite plural of people and the plural of their country's adjective
/// (رابطة الأدباء الكويتيين, اتحاد الناشرين العرب). Where the tagger found the head and
/// the people, [`super::post::adjectives_of_bodies`] takes the adjective in.
fn bodies_of_peoples(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm;
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(2) {
        let h = &infos[i];
        let people = &infos[i + 1];
        // (Any definite noun: the adjective's human plural says it is a people, broken
        // plurals too, الكتاب, العمال.)
        let plural = people.norm.starts_with("ال") && people.norm.chars().count() >= 5 && !people.gaz.has(gazetteer::NISBA | gazetteer::COUNTRY | gazetteer::CITY | gazetteer::REGION);
        if tokens[i].kind == TokenKind::Word && is_org_head(h) && !h.stem.starts_with("ال") && word(i + 1) && plural && word(i + 2) && super::post::peoples_adjective(&infos[i + 2]) {
            found.extend(span_over(text, tokens, infos, i, i + 3, EntityType::Org, 0.6));
        }
    }
    // And a people in the construct state, perhaps two joined by و, and the place or
    // body they belong to, which the tagger marked alone (اتحاد طلبة الجامعة الأردنية,
    // مجلس حكماء وأعيان فزان, نقابة عمال مصر): the whole is the body. (Only a people:
    // مجلس إدارة البنك is the bank's board, and the bank the name.)
    for i in 0..tokens.len().saturating_sub(2) {
        let h = &infos[i];
        // (The head may follow و: ومجلس حكماء …; the span leaves the و out.)
        let conjoined = h.norm.strip_prefix('و').is_some_and(|rest| rest == h.stem);
        if !(tokens[i].kind == TokenKind::Word && is_org_head(h) && (h.stem == h.norm || conjoined) && !h.stem.starts_with("ال") && word(i + 1) && in_list(&infos[i + 1], PEOPLES)) {
            continue;
        }
        let mut j = i + 2;
        if word_at(tokens, j) && infos[j].norm.strip_prefix('و').is_some_and(|rest| PEOPLES.contains(&rest)) {
            j += 1;
        }
        let Some(t) = tokens.get(j) else { continue };
        let Some(s) = span_starting_at(&spans, t.start).filter(|s| matches!(s.kind, EntityType::Loc | EntityType::Org)) else { continue };
        let free = spans[..spans.partition_point(|p| p.start < t.start)].last().is_none_or(|p| p.end <= tokens[i].start);
        if free {
            found.extend(span_over(text, tokens, infos, i, tokens_of(tokens, s).end, EntityType::Org, 0.6));
        }
    }
    found.sort_by_key(|s| s.start);
    add_replacing_model_spans(spans, found)
}

/// The mention that begins at byte `at`, if any (spans in text order).
pub(super) fn span_starting_at(spans: &[Span], at: usize) -> Option<&Span> {
    spans.get(spans.partition_point(|s| s.start < at)).filter(|s| s.start == at)
}

/// People in the plural, in the construct state after a body's head (`search` form).
const PEOPLES: &[&str] = &[
    "طلبه", "طلاب", "عمال", "حكماء", "اعيان", "علماء", "اطباء", "معلمي", "موظفي", "مهندسي", "صحفيي", "تجار", "شيوخ", "وجهاء",
    "خريجي", "اساتذه", "مزارعي", "صيادي", "محامي", "فناني", "كتاب", "ادباء", "شباب", "نساء", "اهالي", "عشائر", "قبائل",
];

fn word_at(tokens: &[Token], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
}

/// A sea, gulf, mountain or valley named by a definite word in the construct state
/// (بحر العرب, جبل الشيخ, وادي السيليكون, صحراء النقب): the feature with its head, LOC,
/// as for the features the tagger finds (نهر النيل); where the tagger found nothing or
/// only the name. Not a time (في بحر الأسبوع, "in the course of the week") nor ice
/// (جبل الجليد, an iceberg).
fn features_by_definite_names(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let (h, w) = (&infos[i], &infos[i + 1]);
        // (Written with a seated hamza, وأدى is the verb "performed", not وادي.)
        let head = tokens[i].kind == TokenKind::Word && !h.stem.starts_with("ال") && in_list(h, FEATURES) && !text[tokens[i].start..tokens[i].end].contains(['أ', 'إ']);
        let name = tokens[i + 1].kind == TokenKind::Word
            && w.stem == w.norm
            && w.norm.starts_with("ال")
            && w.norm.chars().count() >= 5
            && !in_list(w, super::post::RELATIONAL)
            && !in_list(w, super::post::TIME_WORDS)
            && !in_list(w, &["الايام", "الاسابيع", "الشهور", "الاشهر", "السنوات", "الجليد", "الثلج"])
            && !w.gaz.has(gazetteer::MONTH | gazetteer::WEEKDAY | TITLE);
        // (Or a word general Arabic does not know, without the article, that the lists
        // hold as no person's: بحيرة إشكل, بحيرة طونغا, a lake named by a word of its
        // own; not after سد, whose site may be a town, nor a word with a clitic.)
        let unknown = tokens[i + 1].kind == TokenKind::Word
            && w.stem == w.norm
            && !w.norm.starts_with("ال")
            && chars_of(&w.norm) >= 4
            && super::general_freq::buckets(&w.norm)[0] == 0
            && name_like(w)
            && !verb_like(w)
            && !w.gaz.has(GIVEN | FAMILY | TITLE | gazetteer::MONTH | gazetteer::WEEKDAY | gazetteer::ORG_HEAD);
        if head && (name || unknown) {
            found.extend(span_over(text, tokens, infos, i, i + 2, EntityType::Loc, 0.6));
        }
    }
    add_replacing_model_spans(spans, found)
}

/// A nature reserve named by a definite word in the construct state (محمية الوثبة,
/// محمية الوثبة للأراضي الرطبة, محمية الشومري الطبيعية): the reserve, LOC, with its
/// adjectives and what it is for, as a reader marks a park or a lake with its head. (As
/// an adjective, "protected", محمية follows its noun and governs no definite noun:
/// منطقة محمية; nor is a word of time or relation after it a name.)
fn reserves(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    for i in 0..tokens.len().saturating_sub(1) {
        let (h, w) = (&infos[i], &infos[i + 1]);
        let head = word(i) && h.stem == "محميه";
        let name = word(i + 1)
            && w.stem == w.norm
            && w.norm.starts_with("ال")
            && w.norm.chars().count() >= 5
            && !in_list(w, super::post::RELATIONAL)
            && !in_list(w, super::post::TIME_WORDS)
            && !w.gaz.has(gazetteer::MONTH | gazetteer::WEEKDAY | TITLE | gazetteer::NISBA);
        // (Or a place's own name without the article: a word general Arabic does not
        // know, محمية سنقنيب البحرية, or a first word of places' names and the word
        // after it, محمية رأس محمد. As an adjective محمية is followed by words Arabic
        // knows: منطقة محمية دوليا, مناطق محمية بموجب القانون.)
        let bare = |k: usize| word(k) && infos[k].stem == infos[k].norm && !infos[k].norm.starts_with("ال");
        let unknown = bare(i + 1)
            && chars_of(&w.norm) >= 4
            && super::general_freq::buckets(&w.norm)[0] == 0
            && name_like(w)
            && !verb_like(w)
            && !w.gaz.has(GIVEN | FAMILY | TITLE | gazetteer::MONTH | gazetteer::WEEKDAY | gazetteer::ORG_HEAD);
        let first_of_two = bare(i + 1) && bare(i + 2) && one_of(PLACE_NAME_FIRSTS, &w.norm) && chars_of(&infos[i + 2].norm) >= 3 && !crate::function_words::is_function_word(&infos[i + 2].stem);
        let len = if first_of_two { 2 } else { 1 };
        if !(head && (name || unknown || first_of_two)) {
            continue;
        }
        let mut end = super::post::adjectives_after(infos, i + 1 + len, tokens.len());
        let p = purpose_len(infos, end, tokens.len());
        // (An aim in لل keeps the definite adjective after it, whatever its ending:
        // للأراضي الرطبة, "for wetlands", though a town is named الرطبة too; not a
        // country, a time or a word of relation.)
        let plain_adjective = |k: usize| {
            let a = &infos[k];
            word(k) && a.stem == a.norm && a.norm.starts_with("ال") && a.norm.chars().count() >= 5 && !in_list(a, super::post::RELATIONAL) && !in_list(a, super::post::TIME_WORDS) && !a.gaz.has(gazetteer::COUNTRY | gazetteer::MONTH | gazetteer::WEEKDAY | TITLE) && !super::post::verb_like(a)
        };
        end = match p {
            1 if super::post::adjectives_after(infos, end + 1, tokens.len()) > end + 1 => super::post::adjectives_after(infos, end + 1, tokens.len()),
            1 if end + 1 < tokens.len() && plain_adjective(end + 1) => end + 2,
            _ => end + p,
        };
        found.extend(span_over(text, tokens, infos, i, end, EntityType::Loc, 0.6));
    }
    add_replacing_model_spans(spans, found)
}

/// Heads of bodies that are named after a person (not مكتب, قوات, حكومة: مكتب الرئيس
/// ماكرون is his office, and he the person), in `search` form.
const NAMED_AFTER_HEADS: &[&str] = &["مركز", "جامعه", "مؤسسه", "موسسه", "معهد", "صندوق", "مستشفي", "مجمع",
    // (A sports complex: مركب محمد السادس لكرة القدم.)
    "مركب", "مكتبه", "كليه", "اكاديميه", "جمعيه", "مدرسه"];
/// Heads that name a body after a person with nothing else after the name (جامعة محمد
/// الخامس, مستشفى رفيق الحريري, المسرح الوطني محمد الخامس): a university, a hospital or a
/// theatre is not a person's own, so a full name after it is what it is named after (not
/// مركز or صندوق, which a person may own or run: مركز فلان للدراسات needs its aim).
const NAMED_ALONE_HEADS: &[&str] = &["جامعه", "مستشفي", "معهد", "كليه", "اكاديميه", "مسرح"];
/// Titles of the people bodies are named after (royals, rulers, religious leaders).
/// Royal titles before the name of a person an airport is named after (مطار الملكة
/// علياء, مطار الملك خالد), `search` form.
pub(super) const ROYAL_TITLES_OF_PLACES: &[&str] = &["الملك", "الملكه", "الامير", "الاميره", "السلطان", "الشيخ", "الشيخه",
    // (And an imam's: مطار الإمام الخميني الدولي.)
    "الامام"];

const ROYAL_TITLES: &[&str] = &["الملك", "الامير", "الاميره", "الشيخ", "الشيخه", "السلطان", "الامام"];
/// Titles of scholars and of the honoured dead a university, a hospital or an institute
/// is named after (جامعة القاضي عياض, جامعة الشهيد حمه لخضر, مستشفى الدكتور سليمان فقيه),
/// `search` form: after a head of [`NAMED_ALONE_HEADS`] only, where no one owns the
/// body (not مركز الدكتور فلان, a doctor's own practice).
const SCHOLARS_TITLES: &[&str] = &["القاضي", "العلامه", "الشهيد", "الدكتور", "الحافظ"];

/// A body named after a titled person (مركز الملك سلمان للإغاثة والأعمال الإنسانية,
/// جامعة الملك سعود, مؤسسة الشيخ زايد للأعمال الخيرية): a head of organization names in
/// the construct state, a definite title, the person's name (a mention of a person or a
/// given name), and what the body is for, with a second aim after و and adjectives; or
/// after a person named without a title, when what the body is for follows (مركز محمد
/// بن راشد للفضاء).
fn bodies_named_after_people(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let mut i = 0;
    while i + 2 < tokens.len() {
        let (h, t) = (&infos[i], &infos[i + 1]);
        // (A city a king or a prince gave his name to, with what it is or is for after
        // the name, is one too: مدينة الملك عبدالعزيز الطبية, مدينة الملك عبدالله
        // للعلوم; not مدينة الملك alone, the king's city.)
        let city = h.stem == "مدينه";
        let scholar = in_list(t, SCHOLARS_TITLES) && in_list(h, NAMED_ALONE_HEADS);
        let titled = word(i) && word(i + 1) && t.stem == t.norm && t.norm.starts_with("ال") && (in_list(t, ROYAL_TITLES) && (in_list(h, NAMED_AFTER_HEADS) || city) || scholar);
        let person_at = |k: usize| {
            span_starting_at(&spans, tokens[k].start).filter(|s| s.kind == EntityType::Per).map(|p| tokens_of(tokens, p).end)
        };
        // (Or a person's name of two words or more right after the head, no title, when
        // what the body is for follows: مركز محمد بن راشد للفضاء; not مدرسة فلان alone.)
        // A king's name ends with his ordinal (محمد الخامس, الحسن الثاني): a royal's, as
        // with a title.
        let royal = |e: usize| in_list(&infos[e - 1], super::post::ORDINALS);
        let named_alone = |e: usize| in_list(h, NAMED_ALONE_HEADS) || royal(e);
        let untitled = !titled && word(i) && (in_list(h, NAMED_AFTER_HEADS) || in_list(h, NAMED_ALONE_HEADS)) && person_at(i + 1).is_some_and(|e| e >= i + 3 && (h.stem == h.norm && purpose_len(infos, e, tokens.len()) > 0 || named_alone(e)));
        // A definite head and its adjective before the name (المسرح الوطني محمد الخامس).
        let definite_head = |w: &TokInfo| w.stem.strip_prefix("ال").is_some_and(|b| NAMED_ALONE_HEADS.contains(&b));
        let described = !titled && !untitled && word(i) && word(i + 1) && definite_head(h) && t.stem == t.norm && t.norm.starts_with("ال") && (t.norm.ends_with('ي') || t.norm.ends_with("يه")) && !in_list(t, super::post::RELATIONAL) && i + 3 < tokens.len() && person_at(i + 2).is_some_and(|e| e >= i + 4);
        if !titled && !untitled && !described {
            i += 1;
            continue;
        }
        // The person: a mention that begins right there, or a given name.
        let first = if titled || described { i + 2 } else { i + 1 };
        let person_end = match person_at(first) {
            Some(end) => end,
            None if word(first) && infos[first].gaz.has(GIVEN) && infos[first].stem == infos[first].norm => first + 1,
            None => {
                i += 1;
                continue;
            }
        };
        let mut j = person_end;
        let mut aims = 0;
        while j < tokens.len() && aims < 4 {
            let p = purpose_len(infos, j, tokens.len());
            let i_j = &infos[j];
            let second_aim = aims > 0 && word(j) && i_j.norm.starts_with("وال") && i_j.stem.starts_with("ال") && i_j.stem.chars().count() >= 5;
            // (After a royal's name too, which ends with no adjective of his own: مركز
            // الملك عبدالعزيز الثقافي العالمي.)
            let adjective = (aims > 0 || titled) && word(j) && i_j.stem == i_j.norm && i_j.norm.starts_with("ال") && (i_j.norm.ends_with('ي') || i_j.norm.ends_with("يه")) && !in_list(i_j, super::post::RELATIONAL);
            if p > 0 {
                j += p;
            } else if second_aim || adjective {
                j += 1;
            } else {
                break;
            }
            aims += 1;
        }
        if city && (j == person_end || !titled) {
            i += 1;
            continue;
        }
        found.extend(span_over(text, tokens, infos, i, j, EntityType::Org, 0.8));
        i = j;
    }
    add_replacing_model_spans(spans, found)
}

/// A definite head of organization names, up to two adjectives and "supreme" (المحكمة
/// الاتحادية العليا, المجلس الأعلى للقضاء, اللجنة العليا للانتخابات): a body's name,
/// with what it is for.
fn supreme_bodies(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    for i in 0..tokens.len() {
        let h = &infos[i];
        if !word(i) || !h.stem.starts_with("ال") || !h.gaz.has(gazetteer::ORG_HEAD) {
            continue;
        }
        let mut j = i + 1;
        while j < i + 3 && word(j) && infos[j].stem == infos[j].norm && infos[j].norm.starts_with("ال") && (infos[j].norm.ends_with('ي') || infos[j].norm.ends_with("يه")) && !in_list(&infos[j], super::post::RELATIONAL) {
            j += 1;
        }
        if !(word(j) && infos[j].stem == infos[j].norm && in_list(&infos[j], &["العليا", "الاعلي", "العليه"])) {
            continue;
        }
        // (And the country's adjective after "supreme": المحكمة العليا الإسرائيلية.)
        let j = if word(j + 1) && super::post::country_adjective_of(infos, i, j + 1) { j + 1 } else { j };
        let end = j + 1 + purpose_len(infos, j + 1, tokens.len());
        found.extend(span_over(text, tokens, infos, i, end, EntityType::Org, 0.7));
    }
    add_replacing_model_spans(spans, found)
}

/// Definite heads of institutions' names (with the article, `search` form) that an
/// adjective makes a name of: المجلس الدستوري, النيابة العامة, المحكمة الدستورية.
/// (Not heads that an adjective only describes: الفريق, القناة, الصحيفة; nor الشركة,
/// but as a state's general company for something, below.)
const DEFINITE_INSTITUTION_HEADS: &[&str] = &[
    "المجلس", "المحكمه", "البنك", "المصرف", "الهييه", "الهيئه", "اللجنه", "النيابه", "المفوضيه", "الديوان", "البورصه", "الصندوق",
    // (A national library, المكتبة الوطنية للمملكة المغربية; a museum, المتحف اليوناني
    // الروماني.)
    "المكتبه", "المتحف",
    // (الإدارة العامة للحرس الوطني, الإدارة العامة للجمارك: a directorate general,
    // only with العامة, see `definite_bodies`.)
    "الاداره",
    // (المديرية العامة للحماية المدنية, المديرية العامة للأمن الوطني: the Maghreb's
    // and the Levant's directorates general.)
    "المديريه",
    // (A national agency by its field and country, الوكالة الفضائية الجزائرية.)
    "الوكاله",
    // (An authority that is central or national and what it is for, الجهاز المركزي
    // للمحاسبات, الجهاز القومي لتنظيم الاتصالات: see `definite_bodies`.)
    "الجهاز",
    // (A consulate general or an embassy of a country after ل, القنصلية العامة للهند:
    // see `definite_bodies`.)
    "القنصليه", "السفاره",
    // (A national programme with what it is for, البرنامج الوطني للتحصين, see
    // `definite_bodies`.)
    "البرنامج",
    // (A state's general company and what it is for, الشركة العامة لموانئ العراق,
    // الشركة العامة للكهرباء: see `definite_bodies`.)
    "الشركه",
];

/// The adjectives that make الجهاز ("the apparatus") a body's head (الجهاز المركزي
/// للمحاسبات, الجهاز القومي لتنظيم الاتصالات), in `search` form; others describe staff
/// or organs (الجهاز الفني للفريق, the coaching staff; الجهاز العصبي).
pub(super) const APPARATUS_ADJECTIVES: &[&str] = &["المركزي", "القومي", "الوطني"];

/// Heads of a country's armed forces and police, named with its adjective alone (الجيش
/// السوداني, الشرطة الإسرائيلية), with the article, in `search` form. (They are looked
/// for with the institutions' heads.)
const ARMY_HEADS: &[&str] = &["الجيش", "الشرطه", "البحريه"];

/// Heads of a country's parliament and state broadcaster, named with its adjective
/// alone (البرلمان الروسي, التلفزيون الإيراني), also after a preposition (للتلفزيون
/// الإيراني); another adjective only describes them (التلفزيون الرسمي). A university
/// named by its country's adjective is that country's first one (الجامعة الأردنية,
/// الجامعة اللبنانية), and الجامعة العربية is the Arab League.
const COUNTRY_BODY_HEADS: &[&str] = &["البرلمان", "الكونغرس", "الكونجرس", "الكنيست", "التلفزيون", "التليفزيون", "الاذاعه", "الجامعه"];

/// Heads that a country's adjective right after them makes that country's institution
/// (السفارة العراقية, the embassy; القنصلية المصرية, the consulate; المتحف العراقي, the
/// national museum), and another adjective something else (السفارة الجديدة, المتحف
/// الوطني للتاريخ الطبيعي), `search` form.
const COUNTRY_ADJECTIVE_HEADS: &[&str] = &["السفاره", "القنصليه", "المتحف"];

/// Adjectives of institutions' names that do not end like a relational adjective.
pub(super) const NAME_ADJECTIVES: &[&str] = &["العامه", "العام"];

/// Is the word at `j` an adjective of an institution's name (الدستوري, المركزي,
/// العامة), not a relational one (السابق) nor a country's (المصري)?
pub(super) fn name_adjective(infos: &[TokInfo], tokens: &[Token], j: usize) -> bool {
    let a = &infos[j];
    tokens[j].kind == TokenKind::Word
        && a.stem == a.norm
        && a.norm.starts_with("ال")
        && !in_list(a, super::post::RELATIONAL)
        && !a.gaz.has(gazetteer::NISBA | gazetteer::COUNTRY | gazetteer::CITY | gazetteer::REGION)
        && (in_list(a, NAME_ADJECTIVES) || a.norm.chars().count() >= 5 && (a.norm.ends_with('ي') || a.norm.ends_with("يه")))
}

/// An institution named by a definite head and its adjectives (المجلس الدستوري, النيابة
/// العامة), perhaps its country's adjective (المجلس الدستوري الموريتاني) and what it is
/// for, where the tagger found nothing.
fn definite_bodies(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    // (Names that end with a place, which the tagger marked alone: الهيئة القومية لسكك
    // حديد مصر. They replace the place.)
    let mut ending_with_places = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let mut i = 0;
    while i + 1 < tokens.len() {
        let h = &infos[i];
        // (The head may follow و, one body of a list: وزارة الفلاحة والمديرية العامة
        // للغابات; the span leaves the و out.)
        let conjoined = h.norm.strip_prefix('و').is_some_and(|rest| rest == h.stem);
        // (An embassy or a museum named by its country's adjective alone is that
        // country's: السفارة العراقية, المتحف العراقي, as a university is.)
        let country_body = in_list(h, COUNTRY_BODY_HEADS) || in_list(h, COUNTRY_ADJECTIVE_HEADS) && word(i + 1) && super::post::country_adjective_of(infos, i, i + 1);
        // (An army, a police force or a navy after ل, its article's alef elided: للبحرية
        // الفرنسية, للجيش اللبناني; only by its country's adjective, below.)
        let lam = word(i) && h.norm.starts_with("لل") && h.stem != h.norm && in_list(h, ARMY_HEADS);
        // (Any of these heads after ل, its article's alef elided, for the body it names:
        // دعا المدير العام للإدارة العامة لحماية الحياة البرية, the span from the
        // article's ل as the gold marks it.)
        // (After و or ف too, one body of a list: إلى وزارة العدل وللنيابة العامة
        // التمييزية, the span from the article's ل.)
        let lam_body = word(i) && !lam && h.norm.strip_prefix(['و', 'ف']).unwrap_or(&h.norm).strip_prefix('ل').is_some_and(|r| h.stem.strip_prefix('ا') == Some(r)) && in_list(h, DEFINITE_INSTITUTION_HEADS);
        // (A consulate or an embassy after ب or ل, الملحق بالقنصلية العامة للهند: its
        // country after ل is asked for below.)
        let mission_after_clitic = word(i) && in_list(h, &["القنصليه", "السفاره"]) && h.norm.ends_with(h.stem.as_str());
        if !word(i) || h.stem != h.norm && !conjoined && !country_body && !lam && !lam_body && !mission_after_clitic || !(in_list(h, DEFINITE_INSTITUTION_HEADS) || in_list(h, ARMY_HEADS) || country_body) {
            i += 1;
            continue;
        }
        // An adjective agrees with its head: a masculine one after a feminine head
        // describes the noun before the head (مؤشر البورصة المصرية الرئيسي: the index),
        // and so does a feminine one after a masculine head (these heads are singular:
        // خطط البنك التنموية, متطلبات البنك الرأسمالية, the plans and the needs).
        let feminine = h.norm.ends_with('ه');
        let agrees = |k: usize| if feminine { !infos[k].norm.ends_with('ي') } else { !infos[k].norm.ends_with('ه') };
        // (The navy is a noun only where no definite noun comes before it: after one it
        // is that noun's adjective, الحدود البحرية الليبية, القوات البحرية المصرية.)
        let navy = in_list(h, &["البحريه"]);
        if navy && !lam && i > 0 && word(i - 1) && infos[i - 1].norm.starts_with("ال") {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        // (A police force or a navy by its country's adjective only: الشرطة المحلية, "the
        // local police", names no body.)
        let police = in_list(h, &["الشرطه", "البحريه"]);
        while !country_body && !police && j < i + 3 && word(j) && name_adjective(infos, tokens, j) && agrees(j) {
            j += 1;
        }
        // (An army, a parliament or a broadcaster named by its country's adjective
        // alone, الجيش السوداني, البرلمان الروسي: no other adjective needed.)
        // (The police is feminine, and the lists flag a country's masculine adjective
        // only: الإسرائيلية is الإسرائيلي's.)
        let feminine_country = |k: usize| word(k) && infos[k].stem == infos[k].norm && infos[k].norm.starts_with("ال") && infos[k].norm.strip_suffix('ه').is_some_and(|m| m.ends_with('ي') && super::post::country_adjective(gazetteer::bare(m)));
        let country_body_alone = j == i + 1 && (in_list(h, ARMY_HEADS) || country_body) && word(j) && (super::post::country_adjective_of(infos, i, j) || police && feminine_country(j));
        // (Or a broadcaster that is "national" before its country's adjective, الإذاعة
        // الوطنية الإسبانية, التلفزيون الوطني الجزائري: "national" alone names none.)
        let national = country_body && !country_body_alone && word(j) && word(j + 1) && in_list(&infos[j], &["الوطني", "الوطنيه"]) && infos[j].stem == infos[j].norm && super::post::country_adjective_of(infos, i, j + 1);
        if national {
            j += 1;
        }
        // (A programme by its country's adjective alone and its aim, البرنامج السعودي
        // لفصل التوائم, below.)
        let programme_of_country = j == i + 1 && in_list(h, &["البرنامج"]) && word(j) && super::post::country_adjective_of(infos, i, j);
        if j == i + 1 && !country_body_alone && !programme_of_country || lam && !country_body_alone {
            i += 1;
            continue;
        }
        if word(j) && (super::post::country_adjective_of(infos, i, j) || police && feminine_country(j)) && agrees(j) {
            j += 1;
        }
        // (An agency named so needs its country, which the adjectives may hold already:
        // الوكالة الفضائية الجزائرية; الوكالة الرسمية, "the official agency", names none.)
        let country = (i + 1..j).any(|k| super::post::country_adjective_of(infos, i, k) || gazetteer::place_adjective(&infos[k].norm).is_some());
        if in_list(h, &["الوكاله"]) && !country {
            i += 1;
            continue;
        }
        // (An administration is a body's name only as a directorate general: not
        // الإدارة العسكرية, الإدارة الجماعية, "military rule", "collective management",
        // nor الإدارة الأمريكية, a government described as الحكومة الأمريكية is.)
        if in_list(h, &["الاداره"]) && !in_list(&infos[i + 1], &["العامه"]) {
            i += 1;
            continue;
        }
        // (A company is a body's name so only as a general company with what it is for:
        // الشركة العامة لموانئ العراق, الشركة العامة للبترول; not الشركة العامة alone, nor
        // الشركة الوطنية, الشركة الكبرى, which only describe it.)
        if in_list(h, &["الشركه"]) && !(j == i + 2 && in_list(&infos[i + 1], &["العامه"]) && purpose_len(infos, j, tokens.len()) > 0) {
            i += 1;
            continue;
        }
        // (An apparatus is a body's name only as a central or national authority for
        // something: not الجهاز الفني, الجهاز العصبي, "the coaching staff", "the nervous
        // system", nor الجهاز المركزي alone.)
        // (A consulate or an embassy only with its country after ل: not القنصلية العامة
        // alone, nor السفارة الجديدة.)
        // (A country without the article is written after ل whole, القنصلية العامة لمصر,
        // السفارة لقطر: ل and the country's own name.)
        let mission = in_list(h, &["القنصليه", "السفاره"]) && !country_body;
        let bare_country = mission && word(j) && infos[j].norm.strip_prefix('ل') == Some(infos[j].stem.as_str()) && !infos[j].stem.starts_with("ال") && infos[j].gaz.has(gazetteer::COUNTRY);
        if mission && !bare_country && !(j < tokens.len() && purpose_len(infos, j, tokens.len()) == 1 && infos[j].norm.starts_with("لل") && infos[j].gaz.has(gazetteer::COUNTRY)) {
            i += 1;
            continue;
        }
        let apparatus = in_list(h, &["الجهاز"]);
        if apparatus && (!in_list(&infos[i + 1], APPARATUS_ADJECTIVES) || purpose_len(infos, j, tokens.len()) == 0) {
            i += 1;
            continue;
        }
        // (A parliament or a broadcaster is for nothing: البرلمان الروسي لمناقشة القانون.)
        // (Nor an army's mission: الجيش الوطني الليبي لمراقبة الساحل.)
        // (Nor a well-known body's name whole before ل and a noun with what it governs:
        // المفوضية الأوروبية لدعم الاقتصاد, what it acts for.)
        let known_whole = || super::post::known_name(infos, i..j);
        let purpose = if bare_country { 1 } else if country_body || in_list(h, ARMY_HEADS) { 0 } else { purpose_len(infos, j, tokens.len()) };
        let purpose = if purpose >= 2 && known_whole() { 0 } else { purpose };
        // (A programme is a body's name only as a national one, by "national" or its
        // country's adjective, with what it is for: البرنامج الوطني للتحصين, البرنامج
        // السعودي لفصل التوائم الملتصقة; not البرنامج النووي, البرنامج الوطني alone.)
        // (A country the list of well-known names holds with ية, السعودية, gives its
        // adjective by the ة alone, as for the guards below.)
        let of_listed_country = |k: usize| {
            let a = &infos[k];
            a.stem == a.norm && a.norm.starts_with("ال") && a.norm.ends_with('ي') && matches!(super::known::lookup(&[super::known::word_key(&format!("{}ه", gazetteer::bare(&a.norm)))]), Some((_, EntityType::Loc)))
        };
        let national = country || (i + 1..j).any(|k| in_list(&infos[k], &["الوطني"]) || of_listed_country(k));
        if in_list(h, &["البرنامج"]) && !(national && purpose > 0) {
            i += 1;
            continue;
        }
        // (What the body is for keeps its adjectives: للحماية المدنية, للأمن الوطني.)
        let end = if purpose == 1 { super::post::adjectives_after(infos, j + 1, tokens.len()) } else { j + purpose };
        let place_last = purpose == 3 && infos[end - 1].gaz.has(gazetteer::COUNTRY | gazetteer::CITY);
        (if place_last { &mut ending_with_places } else { &mut found }).extend(span_over(text, tokens, infos, i, end, EntityType::Org, 0.6));
        i = end;
    }
    // (Only where no mention is, or over the tagger's mentions inside the name, the
    // place of المكتبة الوطنية للمملكة المغربية or of الهيئة القومية لسكك حديد مصر: a
    // name the tagger found that reaches out of it stays as it is.)
    found.extend(ending_with_places);
    add_replacing_model_spans(spans, found)
}

/// The first words of a force's name after قيادة, its command (قيادة الجيش, قيادة
/// القوة البحرية العراقية, قيادة العمليات المشتركة, قيادة الدرك الوطني), in `search` form.
const COMMANDED_FORCES: &[&str] = &["الجيش", "القوه", "القوات", "البحريه", "الدرك", "العمليات"];

/// A force's command, قيادة and the force with its definite adjectives (قيادة القوة
/// البحرية العراقية, قيادة الجيش): one body, the head in, over the tagger's pieces inside
/// it. Not after ب, "led by" (تحالف بقيادة الجيش), nor العمليات without an adjective.
fn commands_of_forces(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    for i in 0..tokens.len().saturating_sub(1) {
        let h = &infos[i];
        let led_by = h.norm.starts_with('ب') || h.norm.starts_with("وب");
        if !word(i) || !word(i + 1) || h.stem != "قياده" || led_by || infos[i + 1].stem != infos[i + 1].norm || !in_list(&infos[i + 1], COMMANDED_FORCES) {
            continue;
        }
        let mut e = i + 2;
        while e < i + 5 && word(e) && {
            let a = &infos[e];
            a.stem == a.norm && a.norm.starts_with("ال") && chars_of(&a.norm) >= 5 && (a.norm.ends_with('ي') || a.norm.ends_with("يه") || in_list(a, &["المشتركه"])) && !in_list(a, super::post::RELATIONAL)
        } {
            e += 1;
        }
        if in_list(&infos[i + 1], &["العمليات", "القوه", "القوات"]) && e == i + 2 {
            continue;
        }
        found.extend(span_over(text, tokens, infos, i, e, EntityType::Org, 0.6));
    }
    add_replacing_model_spans(spans, found)
}

/// Forces named by two words in the construct state, `search` form: a coast guard and a
/// border guard (خفر السواحل, حرس الحدود, حرس السواحل).
const GUARD_HEADS: &[(&str, &str)] = &[("خفر", "السواحل"), ("حرس", "الحدود"), ("حرس", "السواحل")];

/// A coast guard or a border guard named by its country's adjective (خفر السواحل
/// الجيبوتي, حرس الحدود السعودي), as an army is (الجيش السوداني): that country's force,
/// one body over the adjective the tagger took for the country or over nothing. Not
/// the force with another adjective (خفر السواحل المحلي). Without an adjective, the
/// force the report is about (وأوضح أن خفر السواحل سيسلم البحارة, الحصيلة السنوية لخفر
/// السواحل, انتشرت قوة من الجيش وقوات حرس الحدود): the two words, with قوات before them
/// where the text names the force so.
fn guards_of_countries(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    for i in 0..tokens.len().saturating_sub(1) {
        if !(word(i) && word(i + 1)) {
            continue;
        }
        let (h, n) = (&infos[i], &infos[i + 1]);
        // (The head may carry a proclitic the stemmer left on it: سفينة لخفر السواحل
        // الإيطالي; the span leaves it out.)
        let clitic = ["ل", "ب", "و", "ف", "ول", "وب"].into_iter().find(|c| GUARD_HEADS.iter().any(|&(x, _)| h.stem != x && h.norm.strip_prefix(c) == Some(x)));
        let guard = GUARD_HEADS.iter().any(|&(x, y)| (h.stem == x || clitic.is_some_and(|c| h.norm.strip_prefix(c) == Some(x))) && n.norm == y && n.stem == n.norm);
        // (The head is masculine: its country's adjective ends with ي. A country whose
        // name ends so is its own adjective, الجيبوتي; and a country the list of
        // well-known names holds with ية, السعودية, gives its adjective by the ة alone.)
        let a = word(i + 2).then(|| &infos[i + 2]);
        let country = a.is_some_and(|a| a.stem == a.norm
            && a.norm.starts_with("ال")
            && a.norm.ends_with('ي')
            && (super::post::country_adjective(&a.norm)
                || a.gaz.has(gazetteer::COUNTRY)
                || matches!(super::known::lookup(&[super::known::word_key(&format!("{}ه", gazetteer::bare(&a.norm)))]), Some((_, EntityType::Loc)))));
        // (Another definite adjective after the force: خفر السواحل المحلي, not this
        // rule's.)
        let adjective = a.is_some_and(|a| a.stem == a.norm && a.norm.starts_with("ال") && (a.norm.ends_with('ي') || a.norm.ends_with("يه")));
        if guard && !country && !adjective {
            let forces = i > 0 && word(i - 1) && infos[i - 1].stem == "قوات" && clitic.is_none();
            let from = if forces { i - 1 } else { i };
            let mut span = span_over(text, tokens, infos, from, i + 2, EntityType::Org, 0.6);
            if let (Some(c), Some(s)) = (clitic, span.as_mut()) {
                if h.stem == h.norm && text[s.start..].starts_with(c) {
                    s.start += c.len();
                }
            }
            found.extend(span);
            continue;
        }
        if guard && country {
            let mut span = span_over(text, tokens, infos, i, i + 3, EntityType::Org, 0.6);
            if let (Some(c), Some(s)) = (clitic, span.as_mut()) {
                if h.stem == h.norm && text[s.start..].starts_with(c) {
                    s.start += c.len();
                }
            }
            found.extend(span);
        }
    }
    add_replacing_model_spans(spans, found)
}

/// An archaeological site named between موقع and الأثري (موقع تل جوخا الأثري, موقع
/// أبيدوس الأثري): the one or two words between them are the place, which the tagger
/// missed or took for something else; not a definite noun alone (موقع الحفر الأثري).
fn archaeological_sites(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(2) {
        if tokens[i].kind != TokenKind::Word || infos[i].stem != "موقع" {
            continue;
        }
        let Some(e) = (i + 2..=(i + 3).min(tokens.len() - 1)).find(|&e| tokens[e].kind == TokenKind::Word && infos[e].stem == infos[e].norm && in_list(&infos[e], &["الاثري", "الأثري"])) else { continue };
        let named = (i + 1..e).all(|k| {
            let w = &infos[k];
            // (A first word of places' names is one, تل of تل جوخا, whatever the list of
            // function words makes of its letters.)
            let first_word = k == i + 1 && e == i + 3 && one_of(PLACE_NAME_FIRSTS, &w.stem);
            tokens[k].kind == TokenKind::Word && w.stem == w.norm && w.stem.chars().count() >= 2 && (first_word || !crate::function_words::is_function_word(&w.stem)) && !w.gaz.has(TITLE | gazetteer::ORG_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY)
        }) && !(e == i + 2 && infos[i + 1].stem.starts_with("ال") && !name_like(&infos[i + 1]));
        if named {
            found.extend(span_over(text, tokens, infos, i + 1, e, EntityType::Loc, 0.6));
        }
    }
    add_replacing_model_spans(spans, found)
}

/// A Moroccan region's council, مجلس جهة and the region's name of up to four words
/// (مجلس جهة سوس ماسة, مجلس جهة الدار البيضاء سطات, مجلس جهة الشرق): one body, where
/// the tagger found nothing or the region alone. The name ends at a mark, a function
/// word, a word after a clitic or a verb.
fn regional_councils(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(2) {
        let (h, r) = (&infos[i], &infos[i + 1]);
        if tokens[i].kind != TokenKind::Word || h.stem != "مجلس" || tokens[i + 1].kind != TokenKind::Word || r.stem != "جهه" || r.norm != r.stem {
            continue;
        }
        let mut j = i + 2;
        while j < tokens.len() && j < i + 6 && {
            let w = &infos[j];
            tokens[j].kind == TokenKind::Word
                && w.stem == w.norm
                && w.stem.chars().count() >= 2
                && !crate::function_words::is_function_word(&w.stem)
                && !in_list(w, super::post::RELATIONAL)
                && !w.gaz.has(TITLE | gazetteer::ORG_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY | gazetteer::SPEECH)
                && (j == i + 2 || !w.stem.starts_with("ال") || place_flags(infos, j, j + 1) != 0 || w.gaz.has(gazetteer::PHRASE_INSIDE))
        } {
            j += 1;
        }
        if j > i + 2 {
            found.extend(span_over(text, tokens, infos, i, j, EntityType::Org, 0.6));
        }
    }
    add_replacing_model_spans(spans, found)
}

/// A municipal council named with its town right after it, as Libyan news writes it
/// (المجلس البلدي الزاوية, المجلس البلدي مصراتة): one body, the town of the lists or the
/// place the tagger found there inside it. (Not المجلس البلدي alone, which names no
/// council, nor before a preposition: المجلس البلدي في المدينة.)
fn municipal_councils_of_towns(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(2) {
        let (h, a, t) = (&infos[i], &infos[i + 1], &infos[i + 2]);
        let words = (i..i + 3).all(|k| tokens[k].kind == TokenKind::Word);
        if !words || h.stem != "المجلس" || a.norm != "البلدي" || t.stem != t.norm {
            continue;
        }
        // (The town: a place the tagger found from that word, or a town or region of
        // the lists, one word.)
        let model_place = span_starting_at(&spans, tokens[i + 2].start).filter(|s| s.kind == EntityType::Loc).map(|s| tokens_of_end(tokens, s.end));
        let end = match model_place {
            Some(e) => e,
            None if place_flags(infos, i + 2, i + 3) & (gazetteer::CITY | gazetteer::REGION) != 0 && place_flags(infos, i + 2, i + 3) & gazetteer::COUNTRY == 0 => i + 3,
            None => continue,
        };
        found.extend(span_over(text, tokens, infos, i, end, EntityType::Org, 0.6));
    }
    add_replacing_model_spans(spans, found)
}

/// The index after the last token that ends at or before `end`.
fn tokens_of_end(tokens: &[Token], end: usize) -> usize {
    tokens.partition_point(|t| t.end <= end)
}

/// A museum named by what it shows, متحف in the construct state before a definite noun
/// general Arabic uses as a word (متحف التاريخ الطبيعي, متحف الجيولوجيا, متحف الفن
/// الإسلامي), with the noun's adjectives: one name, its head in, as a hospital's; also
/// before a name general Arabic writes with the article, متحف اللوفر, as the museum set
/// marks it. (Not before a body or a place, متحف الجامعة, "the university's museum".)
fn museums_of_fields(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let (h, n) = (&infos[i], &infos[i + 1]);
        if tokens[i].kind != TokenKind::Word || h.stem != "متحف" || tokens[i + 1].kind != TokenKind::Word {
            continue;
        }
        let field = n.stem == n.norm
            && n.norm.starts_with("ال")
            && n.norm.chars().count() >= 4
            && n.gen[0] >= 3
            && (3..=6).contains(&n.gen[1])
            && !name_like(n)
            && !in_list(n, super::post::RELATIONAL)
            && !in_list(n, super::post::TIME_WORDS)
            && !n.gaz.has(gazetteer::ORG_HEAD | gazetteer::LOC_HEAD | TITLE | gazetteer::COUNTRY | gazetteer::CITY | gazetteer::REGION | gazetteer::NISBA | GIVEN | FAMILY);
        // (Or a noun in the construct state before a definite one, the two naming what
        // it shows or the house it stands in: متحف أرض اللبان, متحف بيت الزبير; not a
        // body's or a place's head, متحف جامعة القاهرة, متحف مدينة الإسكندرية.)
        let g = infos.get(i + 2).filter(|_| i + 2 < tokens.len() && tokens[i + 2].kind == TokenKind::Word);
        let construct = n.stem == n.norm
            && !n.norm.starts_with("ال")
            && n.norm.chars().count() >= 3
            && n.gen[0] >= 3
            && !name_like(n)
            && !verb_like(n)
            && !n.gaz.has(gazetteer::ORG_HEAD | gazetteer::LOC_HEAD | TITLE | gazetteer::COUNTRY | gazetteer::CITY | gazetteer::REGION | gazetteer::NISBA | GIVEN | FAMILY)
            && !is_org_head(n)
            && g.is_some_and(|g| g.stem == g.norm && g.norm.starts_with("ال") && g.norm.chars().count() >= 4 && !in_list(g, super::post::RELATIONAL) && !in_list(g, super::post::TIME_WORDS) && !g.norm.ends_with('ي') && !g.norm.ends_with("يه"));
        if construct {
            found.extend(span_over(text, tokens, infos, i, i + 3, EntityType::Org, 0.6));
            continue;
        }
        // (Or a country's or a city's national museum, its place between the head and
        // الوطني: متحف قطر الوطني, متحف نيروبي الوطني.)
        let national = n.stem == n.norm && n.gaz.has(gazetteer::COUNTRY | gazetteer::CITY) && g.is_some_and(|g| g.stem == g.norm && g.norm == "الوطني");
        if national {
            found.extend(span_over(text, tokens, infos, i, i + 3, EntityType::Org, 0.6));
            continue;
        }
        if !field {
            continue;
        }
        let end = super::post::adjectives_after(infos, i + 2, tokens.len());
        found.extend(span_over(text, tokens, infos, i, end, EntityType::Org, 0.6));
    }
    // (A country's national museums or archives, a plural head, "national" and the
    // country's adjective, which agree with the plural as a feminine singular: المتاحف
    // الوطنية الكينية, المحفوظات الوطنية البريطانية; not "national" alone.)
    for i in 0..tokens.len().saturating_sub(2) {
        let plain = |k: usize| tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm;
        let (h, a, c) = (&infos[i], &infos[i + 1], &infos[i + 2]);
        let country = c.norm.strip_suffix('ه').is_some_and(|m| m.starts_with("ال") && m.ends_with('ي') && (super::post::country_adjective(m) || super::post::country_adjective(gazetteer::bare(m))));
        if plain(i) && plain(i + 1) && plain(i + 2) && in_list(h, &["المتاحف", "المحفوظات"]) && a.norm == "الوطنيه" && country {
            found.extend(span_over(text, tokens, infos, i, i + 3, EntityType::Org, 0.6));
        }
    }
    found.sort_by_key(|s| s.start);
    add_replacing_model_spans(spans, found)
}

/// Definite heads of bodies that a country's adjective and what the body is for name
/// (المنتدى التونسي للحقوق الاقتصادية والاجتماعية, المرصد السوري لحقوق الإنسان, المعهد
/// الفرنسي للآثار الشرقية), `search` form. (The adjective alone describes: المركز
/// المصري, "the Egyptian centre", names none without its purpose.)
const NATIONAL_PURPOSE_HEADS: &[&str] = &[
    "المنتدي", "المرصد", "المركز", "المعهد", "الرابطه", "الجمعيه", "الاتحاد", "الهيئه", "الهييه", "الشبكه", "التحالف", "المجلس", "اللجنه",
];

/// A body named by a definite head, its country's adjective (perhaps after العام or
/// الوطني) and what it is for, with the purpose's adjectives, one after و too (للحقوق
/// الاقتصادية والاجتماعية), where the tagger found nothing or pieces of it.
fn national_bodies_for_purposes(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let mut i = 0;
    while i + 2 < tokens.len() {
        let h = &infos[i];
        if !word(i) || !h.stem.starts_with("ال") || !in_list(h, NATIONAL_PURPOSE_HEADS) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        if word(j) && infos[j].stem == infos[j].norm && in_list(&infos[j], &["العام", "العامه", "الوطني", "الوطنيه"]) {
            j += 1;
        }
        // (Or "international" in the country's place, agreeing with the head: المركز
        // الدولي لتسوية منازعات الاستثمار, المعهد الدولي للدراسات الاستراتيجية.)
        let international = word(j) && j == i + 1 && infos[j].stem == infos[j].norm && infos[j].norm == if h.stem.ends_with('ه') { "الدوليه" } else { "الدولي" };
        if !(international || word(j) && super::post::country_adjective_of(infos, i, j)) {
            i += 1;
            continue;
        }
        j += 1;
        let mut purpose = purpose_len(infos, j, tokens.len());
        if purpose == 0 && international {
            purpose = construct_chain_purpose(tokens, infos, j);
        }
        if purpose == 0 {
            i += 1;
            continue;
        }
        let mut end = if purpose == 1 { super::post::adjectives_after(infos, j + 1, tokens.len()) } else { j + purpose };
        // (An adjective after و that the purpose's noun takes too: والاجتماعية.)
        if purpose == 1 && end > j + 1 && word(end) && {
            let a = &infos[end];
            a.norm.strip_prefix('و') == Some(a.stem.as_str()) && a.stem.starts_with("ال") && a.stem.chars().count() >= 6 && (a.stem.ends_with('ي') || a.stem.ends_with("يه")) && !in_list(a, super::post::RELATIONAL) && !a.gaz.has(gazetteer::NISBA | gazetteer::COUNTRY | gazetteer::CITY | gazetteer::REGION)
        } {
            end += 1;
        }
        found.extend(span_over(text, tokens, infos, i, end, EntityType::Org, 0.6));
        i = end;
    }
    add_replacing_model_spans(spans, found)
}

/// What an international body is for, written as ل, a verbal noun and a noun in the
/// construct state that governs a definite noun (لتسوية منازعات الاستثمار, "for settling
/// the disputes of investment"): its length, 3, or 0. (Only after a head and الدولي,
/// which make it a name: elsewhere it says why the subject acts.)
fn construct_chain_purpose(tokens: &[Token], infos: &[TokInfo], j: usize) -> usize {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    if !(word(j) && word(j + 1) && word(j + 2)) {
        return 0;
    }
    let (v, n, d) = (&infos[j], &infos[j + 1], &infos[j + 2]);
    let Some(noun) = v.norm.strip_prefix('ل') else { return 0 };
    let bare = |w: &TokInfo| w.stem == w.norm && !w.norm.starts_with("ال") && !w.norm.starts_with('و') && w.norm.chars().count() >= 4;
    // (A noun, which takes the article in general Arabic; not a verb: لتخفض. The word's
    // own buckets are of the form with ل, which general Arabic never writes with the
    // article.)
    let chain = (2..=6).contains(&super::general_freq::buckets(noun)[1])
        && !noun.starts_with("ال")
        && noun.chars().count() >= 4
        && !v.gaz.has(gazetteer::TITLE | gazetteer::LOC_HEAD)
        && bare(n)
        && !n.gaz.has(gazetteer::TITLE | gazetteer::COUNTRY | gazetteer::CITY)
        && d.stem == d.norm
        && d.norm.starts_with("ال")
        && d.norm.chars().count() >= 5
        && !in_list(d, super::post::RELATIONAL)
        && !d.gaz.has(gazetteer::COUNTRY | gazetteer::CITY | gazetteer::REGION);
    if chain {
        3
    } else {
        0
    }
}

/// A central bank named without البنك, as economic news names it (قرار المركزي
/// المصري, المركزي الأوروبي): المركزي and its country's or region's adjective; and
/// المركزي after a bank named by a place of several words, which is the bank's.
fn central_banks(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let (c, a) = (&infos[i], &infos[i + 1]);
        let words = tokens[i].kind == TokenKind::Word && tokens[i + 1].kind == TokenKind::Word;
        let place_adjective = a.stem == a.norm && a.norm.starts_with("ال") && a.norm.ends_with('ي') && country_adjective(&a.norm);
        if words && c.stem == "المركزي" && place_adjective {
            found.extend(span_over(text, tokens, infos, i, i + 2, EntityType::Org, 0.6));
        }
    }
    // (Over the tagger's المركزي alone, يبدأ المركزي الأردني; a longer mention stays
    // whole: البنك المركزي المصري.)
    let mut spans = add_replacing_model_spans(spans, found);
    // A bank named by a place of several words and "central" after it (مصرف الإمارات
    // العربية المتحدة المركزي): the tagger's name of the bank and the place ends before
    // المركزي, which is the bank's.
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Org || r.len() < 2 || !in_list(&infos[r.start], &["بنك", "مصرف"]) {
            continue;
        }
        let Some(t) = tokens.get(r.end) else { continue };
        let free = spans.get(k + 1).is_none_or(|n| n.start >= t.end);
        if free && t.kind == TokenKind::Word && infos[r.end].stem == "المركزي" && infos[r.end].norm == infos[r.end].stem {
            spans[k].end = t.end;
        }
    }
    spans
}

/// The businesses a chamber of one trade is of (غرفة المنشآت الفندقية), `search` form.
const CHAMBER_MEMBERS: &[&str] = &["المنشات", "الشركات", "الصناعات", "المصدرين", "المستوردين"];

/// Trades a chamber (غرفة) is of, with and without the article, in `search` form.
const CHAMBER_TRADES: &[&str] = &["تجاره", "التجاره", "صناعه", "الصناعه", "الزراعه", "زراعه", "الملاحه", "ملاحه"];

/// A chamber of commerce or industry (غرفة تجارة هامبورغ, غرفة التجارة والصناعة
/// الفرنسية, غرفة تجارة وصناعة دبي): غرفة, its trades joined by و, and the place or
/// the country's adjective after them. (غرفة alone is a room: غرفة العمليات.)
fn chambers(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    for i in 0..tokens.len().saturating_sub(1) {
        // (Or a chamber of the businesses of one trade, as Egypt's federations name
        // theirs: غرفة المنشآت الفندقية, غرفة الشركات السياحية, غرفة الصناعات الغذائية;
        // the members' noun and their trade's adjective.)
        let chamber = word(i) && word(i + 1) && (infos[i].stem == "غرفه" || infos[i].stem == "الغرفه");
        if chamber && in_list(&infos[i + 1], CHAMBER_MEMBERS) && infos[i + 1].stem == infos[i + 1].norm && word(i + 2) {
            let a = &infos[i + 2];
            if a.stem == a.norm && a.norm.starts_with("ال") && (a.norm.ends_with("يه") || a.norm.ends_with('ي')) && !country_adjective(&a.norm) {
                found.extend(span_over(text, tokens, infos, i, i + 3, EntityType::Org, 0.7));
            }
            continue;
        }
        // (Or a chamber by its trade's adjective and the countries' adjectives, a joint
        // chamber of two countries: الغرفة التجارية الإيرانية العراقية المشتركة, الغرفة
        // التجارية العربية البرازيلية.)
        let of_country = |k: usize| word(k) && infos[k].stem == infos[k].norm && infos[k].norm.starts_with("ال") && country_adjective(gazetteer::bare(&infos[k].norm));
        if chamber && in_list(&infos[i + 1], &["التجاريه", "الصناعيه"]) && infos[i + 1].stem == infos[i + 1].norm && of_country(i + 2) {
            let mut j = i + 3;
            if of_country(j) {
                j += 1;
            }
            if word(j) && in_list(&infos[j], &["المشتركه"]) {
                j += 1;
            }
            found.extend(span_over(text, tokens, infos, i, j, EntityType::Org, 0.7));
            continue;
        }
        if !chamber || !in_list(&infos[i + 1], CHAMBER_TRADES) || infos[i + 1].stem != infos[i + 1].norm {
            continue;
        }
        let mut j = i + 2;
        // (وصناعة: a second trade after و.)
        while word(j) && infos[j].norm.starts_with('و') && one_of(CHAMBER_TRADES, &infos[j].stem) {
            j += 1;
        }
        if word(j) && (place_flags(infos, j, j + 1) != 0 || infos[j].stem == infos[j].norm && infos[j].norm.starts_with("ال") && country_adjective(&infos[j].norm)) {
            j += 1;
        } else if word(j) && infos[j].stem == infos[j].norm && in_list(&infos[j], &["الدوليه", "العربيه", "الاسلاميه"]) {
            // (Or the international one, the Arab one, and the other country's
            // adjective of a joint one: غرفة التجارة الدولية in Paris, غرفة التجارة
            // العربية البرازيلية.)
            j += 1;
            if word(j) && infos[j].stem == infos[j].norm && infos[j].norm.starts_with("ال") && country_adjective(&infos[j].norm) {
                j += 1;
            }
        } else if word(j) && infos[j].stem == infos[j].norm && super::post::name_like(&infos[j]) && !super::post::ordinary(&infos[j]) {
            // (A town the place lists do not know.)
            j += 1;
        }
        // The trades alone name a chamber only with the article (غرفة التجارة).
        if j > i + 2 || infos[i + 1].norm.starts_with("ال") {
            found.extend(span_over(text, tokens, infos, i, j, EntityType::Org, 0.7));
        }
    }
    add_replacing_model_spans(spans, found)
}

/// Names of parliaments' chambers that are ordinary words put together (الجمعية
/// الوطنية, "the national assembly"; المجلس الشعبي الوطني), in `search` form, word by
/// word: a body whatever the country, which a country's adjective after them names.
const LEGISLATURES: &[&[&str]] = &[&["الجمعيه", "الوطنيه"], &["المجلس", "الشعبي", "الوطني"], &["المجلس", "الوطني", "الاتحادي"]];

/// A parliament's chamber the tagger missed (الجمعية الوطنية الفرنسية, بالمجلس الشعبي
/// الوطني), with the country's adjective after it. Not before what a body is for
/// (الجمعية الوطنية لحقوق الإنسان names a society) or another definite word of a longer
/// name, and only where no mention is.
fn legislatures(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    for i in 0..tokens.len() {
        for name in LEGISLATURES {
            let n = name.len();
            let at = (0..n).all(|k| word(i + k) && (if k == 0 { infos[i].stem == name[0] } else { infos[i + k].norm == name[k] }));
            if !at {
                continue;
            }
            let mut j = i + n;
            if word(j) && infos[j].stem == infos[j].norm && infos[j].norm.starts_with("ال") && country_adjective(gazetteer::bare(&infos[j].norm)) {
                j += 1;
            }
            let longer = word(j) && (purpose_len(infos, j, tokens.len()) > 0 || infos[j].stem == infos[j].norm && infos[j].norm.starts_with("ال") && !country_adjective(gazetteer::bare(&infos[j].norm)));
            if !longer {
                found.extend(span_over(text, tokens, infos, i, j, EntityType::Org, 0.7));
            }
        }
    }
    add_where_free(spans, found)
}

/// A parliament is named by its country, not by what an office of it is for: after an
/// office (مفوض, لجنة, a title), a phrase in ل after البرلمان and its adjective is the
/// office's aim (مفوض البرلمان الأوكراني لحقوق الإنسان, the parliament's commissioner
/// for human rights), out of the parliament's name.
pub(super) fn parliaments_for_nothing(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut() {
        let r = tokens_of(tokens, s);
        if s.kind != EntityType::Org || r.len() < 3 || tokens[r.start].kind != TokenKind::Word || infos[r.start].stem != "البرلمان" {
            continue;
        }
        // (Only after the office the aim is of: البرلمان العالمي للكتاب, a body named
        // so, keeps its aim.)
        let office = r.start > 0 && tokens[r.start - 1].kind == TokenKind::Word && (infos[r.start - 1].gaz.has(TITLE) || in_list(&infos[r.start - 1], &["مفوض", "مفوضه", "مفوضيه", "لجنه", "مكتب", "امين", "امينه"]));
        if !office {
            continue;
        }
        // (The stemmer may keep the ل of لحقوق: any word in ل but the article.)
        let aim = (r.start + 1..r.end).find(|&k| tokens[k].kind == TokenKind::Word && infos[k].norm.starts_with('ل') && !infos[k].norm.starts_with("ال"));
        if let Some(k) = aim {
            s.end = tokens[k - 1].end;
        }
    }
    spans
}

/// Words that name a state by its form of government (الجمهورية الفرنسية, المملكة
/// الأردنية الهاشمية), in `search` form.
const STATE_FORMS: &[&str] = &["الجمهوريه", "المملكه", "السلطنه", "الامبراطوريه"];
/// Adjectives of a state's official name besides its country's (الجمهورية العربية
/// السورية, الجمهورية الجزائرية الديمقراطية الشعبية), in `search` form.
const STATE_ADJECTIVES: &[&str] = &["العربيه", "الاسلاميه", "الديمقراطيه", "الشعبيه", "الهاشميه", "الاتحاديه", "الفيدراليه"];

/// A state named by its form and its country's adjective (الجمهورية الفرنسية, للمملكة
/// الأردنية الهاشمية) is the country, a place, as its short name is; where the tagger
/// missed it.
fn states_by_their_forms(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    for i in 0..tokens.len() {
        if !word(i) || !one_of(STATE_FORMS, &infos[i].stem) {
            continue;
        }
        let mut j = i + 1;
        let mut country = false;
        while j < i + 5 && word(j) && infos[j].stem == infos[j].norm {
            let bare = gazetteer::bare(&infos[j].norm);
            // (Feminine, agreeing with the form: رئيس الجمهورية العراقي is the Iraqi
            // president of the republic.)
            if country_adjective(bare) && infos[j].norm.starts_with("ال") && infos[j].norm.ends_with("يه") {
                country = true;
            } else if !one_of(STATE_ADJECTIVES, &infos[j].norm) {
                break;
            }
            j += 1;
        }
        if country {
            found.extend(span_over(text, tokens, infos, i, j, EntityType::Loc, 0.7));
        }
    }
    add_where_free(spans, found)
}

/// A body "for the states of" an organization (هيئة التقييس لدول مجلس التعاون
/// الخليجي, هيئة الربط الكهربائي لدول مجلس التعاون) is one name: the organization after
/// لدول says whose states the body serves, not a parent it belongs to (the body named
/// with its parent after ل, منظمة الأغذية والزراعة للأمم المتحدة, is two names).
fn bodies_of_member_states(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    let mut k = 0;
    while k + 1 < spans.len() {
        let (a, b) = (tokens_of(tokens, &spans[k]), tokens_of(tokens, &spans[k + 1]));
        let joined = spans[k].kind == EntityType::Org
            && spans[k + 1].kind == EntityType::Org
            && a.len() >= 2
            && is_org_head(&infos[a.start])
            && b.start == a.end + 1
            && tokens[a.end].kind == TokenKind::Word
            && infos[a.end].norm == "لدول";
        if joined {
            spans[k].end = spans[k + 1].end;
            spans.remove(k + 1);
        } else {
            k += 1;
        }
    }
    spans
}

/// A governor, in `search` form (محافظ البقاع; with و: ومحافظ).
const GOVERNORS: &[&str] = &["محافظ"];

/// A place right after "governor of" that the tagger missed (محافظ البقاع): a definite
/// word that a place list or WikiFANE's places hold, and no head of a body (محافظ البنك
/// المركزي is a bank's governor). Where no mention is; spread then finds it elsewhere.
fn places_after_governors(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    use gazetteer::{CITY, COUNTRY, ORG_HEAD, REGION};
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let (h, w) = (&infos[i], &infos[i + 1]);
        let governor = tokens[i].kind == TokenKind::Word && in_list(h, GOVERNORS) && gaps::one_space(text, tokens[i].end, tokens[i + 1].start);
        // (Not an indefinite word of general Arabic, which the lists may hold as some
        // village's name too: محافظ جديد, "a new governor".)
        let adjective = !w.norm.starts_with("ال") && ordinary(w);
        let place = tokens[i + 1].kind == TokenKind::Word && w.stem == w.norm && w.gaz.has(WF_LOC | CITY | COUNTRY | REGION) && !adjective && !w.gaz.has(ORG_HEAD) && !is_org_head(w);
        if governor && place {
            found.extend(span_over(text, tokens, infos, i + 1, i + 2, EntityType::Loc, 0.6));
        }
    }
    add_where_free(spans, found)
}

/// A governor's title in `search` form for [`governors_places_off_names`] (والي is the
/// Algerian, Moroccan and Sudanese governor's; وإلى reads the same, but no person's name
/// begins with a town after "and to").
const GOVERNORS_OF_PLACES: &[&str] = &["محافظ", "والي", "حاكم", "عمده"];

/// A person's name the tagger began with the place after a governor's title (والي
/// بومرداس نور الدين قاسمي): the place, a town, region or country of the lists and no
/// name, is the governor's province; the person's name begins at the curated given name
/// after it.
fn governors_places_off_names(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    use gazetteer::{CITY, COUNTRY, REGION};
    let mut places = Vec::new();
    for s in spans.iter_mut().filter(|s| s.kind == EntityType::Per) {
        let r = tokens_of(tokens, s);
        if r.len() < 3 || r.start == 0 || tokens[r.start].start != s.start {
            continue;
        }
        let (h, place, given) = (&infos[r.start - 1], &infos[r.start], &infos[r.start + 1]);
        let governor = tokens[r.start - 1].kind == TokenKind::Word && in_list(h, GOVERNORS_OF_PLACES);
        let is_place = place.stem == place.norm && place.gaz.has(CITY | COUNTRY | REGION) && !place.gaz.has(GIVEN | FAMILY | GIVEN_BIG | gazetteer::FAMILY_BIG);
        let named = tokens[r.start + 1].kind == TokenKind::Word && given.stem == given.norm && given.gaz.has(GIVEN);
        if governor && is_place && named {
            if let Some(p) = span_over(text, tokens, infos, r.start, r.start + 1, EntityType::Loc, s.score) {
                s.start = tokens[r.start + 1].start;
                places.push(p);
            }
        }
    }
    if places.is_empty() {
        return spans;
    }
    spans.extend(places);
    spans.sort_by_key(|s| s.start);
    spans
}

/// Heads of places in the construct state after which a name is the place's, never a
/// person's (مدينة, قرية, ولايات; not ولاية, also a term of office: ولاية ترامب; not
/// streets, airports or squares, named after people), in `search` form.
const PLACE_OF_HEADS: &[&str] = &[
    "مدينه", "منطقه", "محافظه", "اقليم", "جزيره", "قريه", "بلده", "مقاطعه", "قضاء", "مخيم", "بلديه", "ولايات", "مدن", "قري", "بلدات", "محافظات",
    // (A border crossing, named by its place: معبر كرم أبو سالم.)
    "معبر",
    // (A settlement, as agencies and the Palestinian agency name it: مستوطنة شيلو,
    // مستعمرة "يتسهار".)
    "مستوطنه", "مستعمره",
];

/// A name the tagger took for a person right after a place head in the construct
/// state (ولايات تيزي وزو, قرية آيت منقلات) is the place: a person is not named after
/// "the town of". Where the name is a curated given name (مدينة محمد), it stays.
fn people_after_place_heads(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut().filter(|s| matches!(s.kind, EntityType::Per | EntityType::Misc)) {
        let r = tokens_of(tokens, s);
        // (The name may be in quote marks after a settlement's head: مستعمرة "شيلو".)
        let quoted = r.start >= 2 && tokens[r.start - 1].kind == TokenKind::Punct && matches!(text[tokens[r.start - 1].start..tokens[r.start - 1].end].chars().next(), Some('"' | '«' | '“'));
        let hk = if quoted { r.start - 1 } else { r.start };
        if r.is_empty() || hk == 0 || r.len() > 3 {
            continue;
        }
        let (h, first) = (&infos[hk - 1], &infos[r.start]);
        let settlement = in_list(h, &["مستوطنه", "مستعمره"]);
        // (A name the tagger took for another name, MISC, only after a settlement's head.)
        if s.kind == EntityType::Misc && !settlement || quoted && !settlement {
            continue;
        }
        let head = tokens[hk - 1].kind == TokenKind::Word && h.stem == h.norm && in_list(h, PLACE_OF_HEADS) && gaps::only_whitespace(text, tokens[hk - 1].end, tokens[hk].start);
        // (After a crossing even a given name is the place's: كرم أبو سالم.)
        let crossing = h.norm == "معبر";
        // (Nor where the lists know the words together as a town, مدينة غازي عنتاب,
        // though the first is a given name.)
        let listed_town = r.len() >= 2 && super::post::place_flags(infos, r.start, r.end) != 0;
        if head && !first.gaz.has(TITLE) && (crossing || listed_town || !first.gaz.has(GIVEN)) {
            s.kind = EntityType::Loc;
        }
    }
    spans
}

/// First words of place names of two words ("sons of", "saint", "spring of",
/// "children of", "tower of", "cape of", "house of", "village of"), in `search` form,
/// compared whole (بني has no suffix here): بني ورتيلان, عين تموشنت, برج العرب, دير
/// الغصون, عين الحلوة.
const PLACE_NAME_FIRSTS: &[&str] = &[
    "بني", "سيدي", "عين", "اولاد", "ايت", "تل", "دير", "كفر", "برج", "راس", "بيت", "بئر", "بير", "خان", "ميت", "جسر", "باب", "قصر", "دار",
    "ام", "ابو", "حمام", "سوق",
    // (Egypt's villages: محلة أبو علي, منشأة القناطر, عزبة البرج, نزلة السمان.)
    "محله", "منشاه", "عزبه", "نزله",
];

/// First words of towns' names that an area's head may put before a plain word
/// ([`places_after_place_heads`]), in `search` form.
const AREA_TOWN_FIRSTS: &[&str] = &["عين", "بئر", "بير", "سيدي", "بني", "اولاد", "ايت", "برج", "حمام"];

/// Heads of places besides the gazetteer's, which the tagger's features do not know:
/// a municipality, an Iraqi sub-district (ناحية سفوان), a forest, an oasis, a border post (بلدية أزفون, غابات أكفادو, منفذ
/// صرفيت, named by its town as a crossing is), a settlement, heights (مرتفعات تيكجدة),
/// a compound named by its place as a camp or a base is (مجمع حلني by Mogadishu's
/// airport), in `search` form.
const MORE_PLACE_HEADS: &[&str] = &["بلديه", "ناحيه", "غابه", "غابات", "واحه", "منفذ", "مستوطنه", "مستعمره", "مرتفعات", "مجمع",
    // (A prison named by its town, سجن صيدنايا, سجن عوفر: the town.)
    "سجن", "معتقل"];

/// May a word general Arabic writes without the article, which [`verb_like`] reads as a
/// verb, be a place's name right after an indefinite head (مخيم زمزم, جبهة صرواح: see
/// [`super::post`]'s places after fronts)? A
/// verb stands there too, beginning a clause about the head (مخيم يضم, جبهة تضم, مخيم
/// قصفته): so not a word of three letters, one that begins as an imperfect or a
/// derived verb does, or one with an object pronoun.
pub(super) fn bare_name_no_verb(w: &TokInfo) -> bool {
    chars_of(&w.norm) >= 4 && !w.norm.starts_with(['ي', 'ت', 'ن', 'ا']) && !w.norm.ends_with('ه') && !w.norm.ends_with("ها") && !w.norm.ends_with("هم") && !verb_and_pronoun(&w.norm)
}

/// A verb with an object pronoun after it (انتخبها, "elected it"; أغلقهم): general Arabic
/// does not know the word whole, but knows what remains without the pronoun as a verb,
/// never or hardly ever with the article. No place's name, though it follows a head of
/// places (بلدية انتخبها أهلها, "a municipality its people elected").
fn verb_and_pronoun(norm: &str) -> bool {
    let verb = |rest: &str| {
        let b = super::general_freq::buckets(rest);
        rest.chars().count() >= 3 && b[0] >= 2 && matches!(b[1], 1 | 7)
    };
    // (Also ه after a verb's feminine ت, قصفته "which it shelled": search forms write
    // ة as ه, so only there.)
    ["ها", "هم", "هما", "هن"].iter().any(|p| norm.strip_suffix(p).is_some_and(verb)) || norm.strip_suffix('ه').is_some_and(|rest| rest.ends_with('ت') && verb(rest))
}

/// A town of one word after a town's head, then a feminine adjective that agrees with
/// the head (مدينة أوما السومرية, "the Sumerian city of Umma"; مدينة حلب القديمة): the
/// adjective describes the town, the name is the one word. (Not where the lists know
/// the two words as one place.)
fn towns_without_the_heads_adjective(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut().filter(|s| s.kind == EntityType::Loc) {
        let r = tokens_of(tokens, s);
        if r.len() != 2 || r.start == 0 || tokens[r.start - 1].kind != TokenKind::Word || tokens[r.start].kind != TokenKind::Word || tokens[r.end - 1].kind != TokenKind::Word {
            continue;
        }
        let (h, n, a) = (&infos[r.start - 1], &infos[r.start], &infos[r.end - 1]);
        let head = in_list(h, &["مدينه", "بلده", "قريه"]) && !h.stem.starts_with("ال");
        let adjective = a.stem == a.norm && a.norm.starts_with("ال") && a.norm.ends_with("يه") && a.norm.chars().count() >= 6 && !a.gaz.has(gazetteer::COUNTRY | gazetteer::CITY | gazetteer::REGION);
        let name = n.stem == n.norm && !n.stem.starts_with("ال");
        if head && adjective && name && place_flags(infos, r.start, r.end) == 0 && !super::post::known_name(infos, r.start..r.end) {
            s.end = tokens[r.start].end;
        }
    }
    spans
}

/// A word general Arabic does not know, right after a head of place names in the
/// construct state (جزيرة لسبوس, قرية كفرنبل), a town, country or region of the
/// lists there (ميناء الفجيرة, مدينة بنزرت), or any definite name after a governorate's
/// or province's head (بمحافظة المهرة): the place, which the tagger missed.
fn places_after_place_heads(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let (mut found, mut two, mut communes) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..tokens.len().saturating_sub(1) {
        let (h, w) = (&infos[i], &infos[i + 1]);
        let head = tokens[i].kind == TokenKind::Word && (h.gaz.has(gazetteer::LOC_HEAD) || in_list(h, MORE_PLACE_HEADS) || h.norm.strip_prefix(['ب', 'و', 'ف', 'ل']).is_some_and(|rest| MORE_PLACE_HEADS.contains(&rest))) && !h.stem.starts_with("ال") && !in_list(h, &["شمال", "جنوب", "شرق", "غرب", "وسط", "دوله", "جمهوريه", "مملكه"]);
        let unknown_at = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && infos[k].gen[0] == 0 && infos[k].norm.chars().count() >= 4 && !infos[k].gaz.has(GIVEN | TITLE | gazetteer::ORG_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY) && !verb_and_pronoun(&infos[k].norm);
        // (The second word of a two-word place as written: a clitic-like first letter
        // is its own, ورتيلان; a person's name there names the place, بني كسيلة.)
        let foreign_at = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && super::general_freq::buckets(&infos[k].norm)[0] == 0 && infos[k].norm.chars().count() >= 4 && !infos[k].gaz.has(TITLE | gazetteer::ORG_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY);
        // (A listed place as written, without a clitic, and no person's name.)
        // (Not an indefinite adjective after the indefinite head, in ي or ية or a word
        // general Arabic knows, which some place lists also hold: ولاية عثمانية, قرية
        // جديدة; a place in the construct state is definite or a name.)
        let adjective = |w: &TokInfo| !w.norm.starts_with("ال") && (w.norm.ends_with("يه") || w.norm.ends_with('ي') || ordinary(w));
        let listed_at = |k: usize| tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && infos[k].norm.chars().count() >= 3 && place_flags(infos, k, k + 1) & (gazetteer::CITY | gazetteer::COUNTRY | gazetteer::REGION) != 0 && !infos[k].gaz.has(GIVEN | TITLE | gazetteer::ORG_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY) && !adjective(&infos[k]);
        // (After a governorate's or province's head, a definite word too: بمحافظة
        // المهرة, محافظة البحيرة, whatever else the word means; not after ولاية, also a
        // term of office (ولاية الفقيه), nor مقاطعة or قضاء, also "boycott" and
        // "spending" (مقاطعة المنتجات, قضاء العطلة).)
        let definite_at = |k: usize| {
            let w = &infos[k];
            tokens[k].kind == TokenKind::Word && w.stem == w.norm && w.norm.starts_with("ال") && w.norm.chars().count() >= 5 && !in_list(w, super::post::RELATIONAL) && !w.gaz.has(GIVEN | TITLE | gazetteer::ORG_HEAD | gazetteer::LOC_HEAD | gazetteer::NISBA | gazetteer::MONTH | gazetteer::WEEKDAY) && gazetteer::place_adjective(&w.norm).is_none()
        };
        // (A town or a village too, بلدة الخيام, written with its ة: بلده is also "his
        // country", في بلده الثاني.)
        let town = in_list(h, &["بلده", "قريه"]) && text[tokens[i].start..tokens[i].end].ends_with('ة');
        // (Or a neighbourhood, حي سيدي مبروك, for a place of two words.)
        let quarter = in_list(h, &["حي"]);
        // (The definite second word of a town's name, not an adjective of the head or
        // the town (الدولي, الجديد, القديمة, المحتلة), a time or a title.)
        let town_second_at = |k: usize| {
            if k >= tokens.len() {
                return false;
            }
            let n = &infos[k];
            tokens[k].kind == TokenKind::Word
                && n.stem == n.norm
                && n.norm.starts_with("ال")
                && n.norm.chars().count() >= 4
                && !n.norm.ends_with('ي')
                && !n.norm.ends_with("يه")
                && !(n.norm.starts_with("الم") && n.norm.ends_with('ه'))
                && !in_list(n, TOWN_ADJECTIVES)
                && !in_list(n, super::post::TIME_WORDS)
                && !n.gaz.has(gazetteer::WEEKDAY | gazetteer::MONTH | TITLE | gazetteer::COUNTRY | gazetteer::CITY)
                && !verb_like(n)
        };
        // (After a town's or a village's head, any plain word second: بلدة بيت أمر,
        // قرية عين دارة; not a particle.)
        let plain_second_at = |k: usize| {
            if k >= tokens.len() {
                return false;
            }
            let n = &infos[k];
            tokens[k].kind == TokenKind::Word && n.stem == n.norm && !n.norm.starts_with("ال") && n.norm.chars().count() >= 3 && !crate::function_words::is_function_word(&n.norm) && !n.gaz.has(gazetteer::MONTH | gazetteer::WEEKDAY | TITLE)
        };
        let division = in_list(h, &["محافظه", "اقليم", "ناحيه"]) || town;
        // (After a camp's head, a definite word is the camp's place, مخيم الهول, مخيم
        // اليرموك, whatever else it means ("the horror"): not the people it holds, a
        // plural in ين, ون or ات (مخيم النازحين, مخيم اللاجئين), nor an adjective in ي
        // or ية the lists do not know as a place (مخيم الصيفي).)
        let camp = in_list(h, &["مخيم"]) && i + 1 < tokens.len() && {
            let n = &infos[i + 1].norm;
            !n.ends_with("ين") && !n.ends_with("ون") && !n.ends_with("ات") && !in_list(&infos[i + 1], TOWN_ADJECTIVES) && (!n.ends_with('ي') && !n.ends_with("يه") || place_flags(infos, i + 1, i + 2) != 0)
        };
        // (After a camp's head, an indefinite word that looks like a name and is no
        // ordinary word, adjective or curated given name is the camp's place too, مخيم
        // زمزم, whatever the big name lists say: no camp is named by a person's given
        // name alone. Also a word general Arabic knows but hardly ever with the
        // article, as names are: زمزم takes suffixes as a noun of its letters does.)
        // (Which a verb is too, after an indefinite head whose clause it begins: see
        // [`bare_name_no_verb`].)
        let rarely_definite = |n: &TokInfo| n.gen[0] > 0 && matches!(n.gen[1], 1 | 2 | 7) && bare_name_no_verb(n);
        let camp_name_at = |k: usize| {
            let n = &infos[k];
            tokens[k].kind == TokenKind::Word && n.stem == n.norm && !n.norm.starts_with("ال") && n.norm.chars().count() >= 3 && !n.norm.ends_with('ي') && !n.norm.ends_with("يه") && (super::post::name_like(n) && !ordinary(n) && !verb_like(n) || rarely_definite(n)) && !verb_and_pronoun(&n.norm) && !crate::function_words::is_function_word(&n.norm) && !n.gaz.has(GIVEN | TITLE | gazetteer::ORG_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY)
        };
        // (After an area's, a town's or a quarter's head in the construct state, a
        // definite word in ية is a name, منطقة الصباحية, حي الجابرية, مدينة
        // الإسماعيلية: an adjective in ية would agree with a definite head, المنطقة
        // الصناعية, and an indefinite one takes no article.)
        let area = in_list(h, &["منطقه", "مدينه", "حي", "ضاحيه"]);
        let nisba_name_at = |k: usize| {
            let w = &infos[k];
            tokens[k].kind == TokenKind::Word
                && w.stem == w.norm
                && w.norm.starts_with("ال")
                && w.norm.ends_with("يه")
                && w.norm.chars().count() >= 7
                && !in_list(w, super::post::RELATIONAL)
                && !w.gaz.has(GIVEN | TITLE | gazetteer::ORG_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY)
                && !super::post::country_adjective(gazetteer::bare(w.norm.strip_suffix('ه').unwrap_or(&w.norm)))
        };
        let town_of_two = head && tokens[i + 1].kind == TokenKind::Word && w.stem == w.norm && one_of(PLACE_NAME_FIRSTS, &w.norm) && town_second_at(i + 2);
        // (After an area's head, a first word that begins towns' names more than it
        // begins anything else, "spring of", "well of", "saint", "sons of", and a plain
        // word: بمنطقة عين سلطان, منطقة بئر علي; not سوق or دار, which begin phrases.)
        let area_town_first = in_list(h, &["منطقه"]) && w.stem == w.norm && one_of(AREA_TOWN_FIRSTS, &w.norm);
        // (A Maghreb commune or douar and a place of two words whose first is "sons of"
        // or "saint" (جماعة آيت محمد, دوار أولاد علي): the place, whatever the second
        // word; جماعة alone heads groups too, جماعة أنصار الشريعة.)
        let commune = tokens[i].kind == TokenKind::Word && in_list(h, &["جماعه", "دوار"]) && !h.stem.starts_with("ال") && tokens[i + 1].kind == TokenKind::Word && w.stem == w.norm && ["ايت", "اولاد", "بني", "سيدي"].contains(&w.norm.as_str()) && tokens.get(i + 2).is_some_and(|t| t.kind == TokenKind::Word);
        if commune {
            communes.extend(span_over(text, tokens, infos, i + 1, i + 3, EntityType::Loc, 0.6));
            continue;
        }
        // (A commune or douar of one word that looks like a name, with the province it
        // belongs to after it: جماعة أقا بإقليم طاطا, جماعة تافراوت التابعة لإقليم
        // تيزنيت. The province says it is a place, not a group.)
        let name_word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && !infos[k].norm.starts_with("ال") && infos[k].norm.chars().count() >= 3 && super::post::name_like(&infos[k]) && !infos[k].gaz.has(GIVEN | TITLE | gazetteer::ORG_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY);
        let province_at = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && (infos[k].stem == "اقليم" || infos[k].norm == "التابعه" && infos.get(k + 1).is_some_and(|n| n.stem == "اقليم"));
        let comma_province = |k: usize| k + 1 < tokens.len() && tokens[k].kind == TokenKind::Punct && matches!(tokens[k].norm.as_str(), "," | "،") && province_at(k + 1);
        // (And an area so named before its province: منطقة أقا بإقليم طاطا.)
        if tokens[i].kind == TokenKind::Word && in_list(h, &["جماعه", "دوار", "منطقه"]) && !h.stem.starts_with("ال") && name_word(i + 1) && (province_at(i + 2) || comma_province(i + 2)) {
            communes.extend(span_over(text, tokens, infos, i + 1, i + 2, EntityType::Loc, 0.6));
            continue;
        }
        // (A province's or governorate's own name of one word that looks like a name,
        // which the lists do not know: بإقليم طاطا, محافظة ذمار.)
        // (General Arabic may know the name with suffixes, as a name said in many
        // phrases, طاطا: a name all the same if it hardly ever takes the article.)
        let bare_name = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && !infos[k].norm.starts_with("ال") && infos[k].norm.chars().count() >= 3 && (infos[k].gen[0] == 0 || matches!(infos[k].gen[1], 1 | 2 | 7)) && !infos[k].gaz.has(GIVEN | TITLE | gazetteer::ORG_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY);
        // (Or one that general Arabic knows as a word, مطروح "proposed", معان "meanings":
        // after a governorate's head without the article, an indefinite word that is no
        // adjective (ة, ي, يه, ا, ى: محافظة جديدة, محافظة حدودية), direction, particle
        // or verb can only be the governorate's name.)
        let known_word_name = |k: usize| {
            if k >= tokens.len() {
                return false;
            }
            let n = &infos[k];
            tokens[k].kind == TokenKind::Word
                && n.stem == n.norm
                && !n.norm.starts_with("ال")
                && n.norm.chars().count() >= 3
                && !n.norm.ends_with(['ه', 'ي', 'ا', 'ى', 'ة'])
                && !["شمال", "جنوب", "شرق", "غرب", "وسط", "كل", "بعض", "اخري", "اخر", "واحد", "اول"].contains(&n.norm.as_str())
                && !crate::function_words::is_function_word(&n.norm)
                && !verb_like(n)
                && !n.gaz.has(GIVEN | TITLE | gazetteer::ORG_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY)
                && text[tokens[k].start..tokens[k].end].chars().all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        };
        if tokens[i].kind == TokenKind::Word && h.stem == "محافظه" && text[tokens[i].start..tokens[i].end].ends_with('ة') && known_word_name(i + 1) && tokens.get(i + 2).is_none_or(|t| t.kind != TokenKind::Word || !infos[i + 2].norm.starts_with("ال") || infos[i + 2].norm.ends_with('ي') || infos[i + 2].norm.ends_with("يه")) {
            found.extend(span_over(text, tokens, infos, i + 1, i + 2, EntityType::Loc, 0.6));
            continue;
        }
        if tokens[i].kind == TokenKind::Word && in_list(h, &["اقليم", "محافظه"]) && !h.stem.starts_with("ال") && bare_name(i + 1) && !w.norm.ends_with('ي') && !w.norm.ends_with("يه") {
            found.extend(span_over(text, tokens, infos, i + 1, i + 2, EntityType::Loc, 0.6));
            continue;
        }
        // (A town of two words of the lists, after a port's or a town's head in the
        // construct state: ميناء حلق الوادي, مدينة حمام سوسة, whose first word general
        // Arabic also uses, "throat", "bath".)
        let listed_two = head && i + 2 < tokens.len() && tokens[i + 1].kind == TokenKind::Word && tokens[i + 2].kind == TokenKind::Word && w.stem == w.norm && place_flags(infos, i + 1, i + 3) & gazetteer::CITY != 0;
        if listed_two && !town_of_two {
            two.extend(span_over(text, tokens, infos, i + 1, i + 3, EntityType::Loc, 0.6));
        } else if town_of_two {
            // (A first word of towns' names and a definite noun, مطار برج العرب, قرية دير
            // الغصون, مخيم عين الحلوة, which the tagger cut after the first word, took
            // for a work (ميت الكرماء) or missed: before the town of one word, برج being
            // a town of the lists too.)
            two.extend(span_over(text, tokens, infos, i + 1, i + 3, EntityType::Loc, 0.6));
        } else if head && (unknown_at(i + 1) || listed_at(i + 1) || (division || camp) && definite_at(i + 1) || area && nisba_name_at(i + 1) || camp && camp_name_at(i + 1)) {
            found.extend(span_over(text, tokens, infos, i + 1, i + 2, EntityType::Loc, 0.6));
        } else if head && tokens[i + 1].kind == TokenKind::Word && one_of(PLACE_NAME_FIRSTS, &w.norm) && (foreign_at(i + 2) || (town || quarter || area_town_first) && plain_second_at(i + 2)) {
            // (A Maghreb place of two words, بني كسيلة, سيدي بلعباس, عين تموشنت: a common
            // first word and one general Arabic does not know.)
            // (After a town's or a village's head, a kunya or "sons of" second is the
            // name's with the word after it, a given name too though it be a particle's
            // form, علي: قرية محلة أبو علي, قرية كفر أبو حطب.)
            let kunya = (town || quarter) && w.stem == w.norm && tokens[i + 2].kind == TokenKind::Word && infos[i + 2].stem == infos[i + 2].norm && ["ابو", "ام", "بني", "اولاد", "سيدي"].contains(&infos[i + 2].norm.as_str()) && (plain_second_at(i + 3) || i + 3 < tokens.len() && tokens[i + 3].kind == TokenKind::Word && infos[i + 3].gaz.has(GIVEN));
            let end = if kunya { i + 4 } else { i + 3 };
            two.extend(span_over(text, tokens, infos, i + 1, end, EntityType::Loc, 0.6));
        }
    }
    // (Only where no mention is; a place of two words over the tagger's names inside it,
    // ورتيلان of بني ورتيلان.)
    let spans = add_replacing_model_spans(spans, two);
    // (A commune's place replaces the tagger's names over it and over its head, which
    // took the head for a body's: جماعة آيت محمد as a body named after a person.)
    let mut gone = vec![false; spans.len()];
    for c in &communes {
        let head_start = tokens[tokens.partition_point(|t| t.end <= c.start).saturating_sub(1)].start;
        for (k, s) in spans.iter().enumerate() {
            if s.start < c.end && head_start < s.end && is_model(s.kind) {
                gone[k] = true;
            }
        }
    }
    let spans = replace_marked(spans, &gone, communes);
    add_where_free(spans, found)
}

/// A capital named after "the capital" and its country's adjective (بالعاصمة البحرينية
/// المنامة, العاصمة الأردنية عمان): a town or country of the lists right after them is
/// the place, which the tagger may miss after the adjective.
fn capitals_after_their_country(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(2) {
        // (The head first: the place's and the adjective's look-ups cost more.)
        if infos[i].stem != "العاصمه" {
            continue;
        }
        let (h, a, w) = (&infos[i], &infos[i + 1], &infos[i + 2]);
        let words = [i, i + 1, i + 2].iter().all(|&k| tokens[k].kind == TokenKind::Word);
        let adjective = a.stem == a.norm && a.norm.starts_with("ال") && a.norm.strip_suffix('ه').is_some_and(super::post::country_adjective);
        let place = w.stem == w.norm && w.norm.chars().count() >= 3 && place_flags(infos, i + 2, i + 3) & (gazetteer::CITY | gazetteer::COUNTRY) != 0 && !w.gaz.has(GIVEN | TITLE | gazetteer::MONTH | gazetteer::WEEKDAY);
        if words && h.stem == "العاصمه" && adjective && place {
            found.extend(span_over(text, tokens, infos, i + 2, i + 3, EntityType::Loc, 0.6));
        }
    }
    add_where_free(spans, found)
}

/// A border crossing named by its town and called "border" (منفذ جديدة يابوس الحدودي,
/// مركز المصنع الحدودي, معبر نصيب الحدودي): the town, LOC, one or two words between the
/// head and the adjective, whatever else they mean (المصنع is "the factory"), as a port
/// is marked by its town.
fn border_crossings(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len() {
        let h = &infos[i];
        // (With a proclitic the stemmer left on, too: بمعبر.)
        let unclitic = h.norm.strip_prefix(['ب', 'و', 'ل', 'ف']).unwrap_or(&h.norm);
        if tokens[i].kind != TokenKind::Word || !in_list(h, &["منفذ", "معبر", "مركز"]) && !["منفذ", "معبر", "مركز"].contains(&unclitic) || h.stem.starts_with("ال") {
            continue;
        }
        let Some(e) = (i + 2..(i + 4).min(tokens.len())).find(|&e| tokens[e].kind == TokenKind::Word && in_list(&infos[e], &["الحدودي", "الحدوديه"])) else {
            // (Also معبر alone, not منفذ nor مركز, which name other things, before one
            // definite word that ends the name, no adjective nor second word after it:
            // عبر معبر المصنع. Not the crossings' common kinds, معبر المشاة.)
            let k = i + 1;
            let bare_crossing = h.norm == "معبر" && k < tokens.len() && tokens[k].kind == TokenKind::Word && {
                let w = &infos[k];
                w.stem == w.norm
                    && w.norm.starts_with("ال")
                    && w.norm.chars().count() >= 5
                    && !crate::function_words::is_function_word(&w.norm)
                    && !verb_like(w)
                    && !w.gaz.has(TITLE | gazetteer::ORG_HEAD | gazetteer::NISBA | gazetteer::GIVEN)
                    && !w.norm.ends_with('ي')
                    && !w.norm.ends_with("يه")
                    && !in_list(w, &["الحدود", "المشاه", "السيارات", "البضائع", "الشاحنات", "الركاب", "المسافرين", "الوحيد"])
                    && !(k + 1 < tokens.len() && tokens[k + 1].kind == TokenKind::Word && infos[k + 1].norm.starts_with("ال"))
            };
            // (Or a town of two words whose first begins places' names, after معبر with
            // or without a clitic: معبر باب الهوى, بمعبر رأس جدير, معبر بيت حانون.)
            let plain = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm;
            let town_of_two = unclitic == "معبر" && plain(k) && plain(k + 1) && one_of(PLACE_NAME_FIRSTS, &infos[k].norm) && infos[k + 1].norm.chars().count() >= 3 && !crate::function_words::is_function_word(&infos[k + 1].norm) && !infos[k + 1].gaz.has(TITLE | gazetteer::ORG_HEAD | gazetteer::NISBA);
            if town_of_two {
                found.extend(span_over(text, tokens, infos, k, k + 2, EntityType::Loc, 0.6));
            } else if bare_crossing {
                found.extend(span_over(text, tokens, infos, k, k + 1, EntityType::Loc, 0.6));
            }
            continue;
        };
        let name = (i + 1..e).all(|k| {
            let w = &infos[k];
            tokens[k].kind == TokenKind::Word && w.stem == w.norm && w.norm.chars().count() >= 3 && !crate::function_words::is_function_word(&w.norm) && !verb_like(w) && !w.gaz.has(TITLE | gazetteer::ORG_HEAD | gazetteer::NISBA)
        });
        if name {
            found.extend(span_over(text, tokens, infos, i + 1, e, EntityType::Loc, 0.6));
        }
    }
    add_replacing_model_spans(spans, found)
}

/// A Yemeni district is named مديرية and its town (مديرية حوف, مديرية الشحر), a body
/// elsewhere (مديرية الدفاع المدني, مديرية صحة عدن): a body's name the tagger or the
/// rules made of مديرية and one word general Arabic does not know is the district,
/// LOC, the head out as for other divisions.
fn districts(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for s in spans.iter_mut().filter(|s| s.kind == EntityType::Org && is_model(s.kind)) {
        let r = tokens_of(tokens, s);
        let unknown = |k: usize| tokens[k].kind == TokenKind::Word && infos[k].stem == infos[k].norm && infos[k].gen[0] == 0 && !infos[k].norm.starts_with("ال") && infos[k].norm.chars().count() >= 3;
        if r.len() == 2 && tokens[r.start].kind == TokenKind::Word && infos[r.start].stem == "مديريه" && unknown(r.start + 1) {
            if let Some(m) = span_over(text, tokens, infos, r.start + 1, r.end, EntityType::Loc, s.score) {
                *s = m;
            }
        }
    }
    spans
}

/// Words of oil and gas (`search` form), near which حقل is an oil or gas field.
const OIL_WORDS: &[&str] = &["النفط", "نفط", "الغاز", "غاز", "البترول", "بترول", "النفطي", "نفطي", "النفطيه", "نفطيه", "الغازي", "غازي", "برميل", "براميل", "الخام", "المكثفات"];

/// What a field (حقل) holds or is of besides oil and gas, with the article (`search`
/// form): mines, crops, a domain of work or study.
const FIELD_CONTENTS: &[&str] = &[
    "الالغام", "القمح", "الزيتون", "الشعير", "الذره", "الارز", "القطن", "التعليم", "الطاقه", "الصحه", "الطب", "البحث", "العمل", "الاعلام",
    "الصحافه", "التجاره", "الاستثمار", "الزراعه", "الرمايه", "التجارب", "الرؤيه", "الانتاج", "الاستكشاف", "الحفر", "التنقيب", "البحري", "الجديد",
];

/// An oil or gas field named by a word that looks like a name (حقل أفروديت, حقل
/// ليفياثان) or, where oil or gas is spoken of, by a definite word (حقل الشرارة):
/// the field with its head, LOC, since the name alone names something else
/// or nothing (the gold's head convention); the tagger missed it.
fn fields(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    // (Oil and gas in the words around, `search` form: the field is one of theirs.)
    let oil_near = |i: usize| (i.saturating_sub(12)..(i + 12).min(tokens.len())).any(|k| tokens[k].kind == TokenKind::Word && in_list(&infos[k], OIL_WORDS));
    for i in 0..tokens.len().saturating_sub(1) {
        let (h, w) = (&infos[i], &infos[i + 1]);
        let head = tokens[i].kind == TokenKind::Word && h.stem == "حقل";
        let name = tokens[i + 1].kind == TokenKind::Word && w.stem == w.norm && !w.norm.starts_with("ال") && super::post::name_like(w) && w.norm.chars().count() >= 4 && !w.gaz.has(GIVEN | TITLE | gazetteer::ORG_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY);
        // (Or a definite name, حقل الشرارة, حقل النوخذة, whatever else the word means,
        // where oil or gas is spoken of and the word is none of what a field holds or
        // is of: حقل الغاز, حقل الألغام, حقل التعليم. Not an adjective in ي.)
        let definite = head && tokens[i + 1].kind == TokenKind::Word && w.stem == w.norm && w.norm.starts_with("ال") && w.norm.chars().count() >= 5 && !w.norm.ends_with('ي') && !in_list(w, OIL_WORDS) && !in_list(w, FIELD_CONTENTS) && !w.gaz.has(TITLE | gazetteer::ORG_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY | gazetteer::NISBA) && oil_near(i);
        if head && name || definite {
            found.extend(span_over(text, tokens, infos, i, i + 2, EntityType::Loc, 0.6));
        }
    }
    // (A name the tagger found inside, أفروديت as a person, is the field's.)
    add_replacing_model_spans(spans, found)
}

/// Heads of place names in the dual's construct state ("the two towns of"), in
/// `search` form.
const DUAL_PLACE_HEADS: &[&str] = &["مدينتي", "بلدتي", "قريتي", "محافظتي", "ولايتي", "جزيرتي", "مخيمي", "منطقتي", "مقاطعتي"];

/// Two words joined by و after a place head in the dual (في مدينتي النعمة وكيفة) are
/// the two places when one of them is a place (a mention of the tagger or of the place
/// lists): the other is a place too, even where it is also a common word (النعمة,
/// "grace"). (Not مدينتي "my town" before other words: neither is a place then.)
fn places_after_dual_heads(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let (mut found, mut unknown) = (Vec::new(), Vec::new());
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let loc_at = |k: usize| {
        let lo = spans.partition_point(|s| s.end <= tokens[k].start);
        spans.get(lo).is_some_and(|s| s.kind == EntityType::Loc && s.start < tokens[k].end && s.end >= tokens[k].end)
    };
    for i in 0..tokens.len().saturating_sub(2) {
        if !word(i) || !word(i + 1) || !word(i + 2) || !in_list(&infos[i], DUAL_PLACE_HEADS) {
            continue;
        }
        let (a, b) = (&infos[i + 1], &infos[i + 2]);
        let joined = a.stem == a.norm && b.norm.starts_with('و') && b.stem.len() < b.norm.len() && a.stem.chars().count() >= 3 && b.stem.chars().count() >= 3;
        let place = |k: usize| loc_at(k) || place_flags(infos, k, k + 1) != 0;
        // (Or two words general Arabic does not know, which the tagger took for
        // people: في محيط بلدتي بريري وعوطيغلي. They replace its persons.)
        let foreign = |w: &TokInfo| super::general_freq::buckets(&w.stem)[0] == 0 && w.stem.chars().count() >= 4 && !w.gaz.has(GIVEN | TITLE);
        // (A person the tagger saw in one word alone, الأحمدي of محافظتي الجهراء
        // والأحمدي, a family name too: the place replaces it.)
        let person_at = |k: usize| {
            let lo = spans.partition_point(|s| s.end <= tokens[k].start);
            spans.get(lo).is_some_and(|s| s.kind == EntityType::Per && tokens_of(tokens, s) == (k..k + 1))
        };
        if joined && (place(i + 1) || place(i + 2)) {
            for k in [i + 1, i + 2] {
                (if person_at(k) { &mut unknown } else { &mut found }).extend(span_over(text, tokens, infos, k, k + 1, EntityType::Loc, 0.6));
            }
        } else if joined && foreign(a) && foreign(b) {
            unknown.extend(span_over(text, tokens, infos, i + 1, i + 2, EntityType::Loc, 0.6));
            unknown.extend(span_over(text, tokens, infos, i + 2, i + 3, EntityType::Loc, 0.6));
        }
    }
    // (Each where no other mention is: the tagger's places stay as they are.)
    let spans = add_where_free(spans, found);
    add_replacing_model_spans(spans, unknown)
}

/// Plural kinds of place in the construct state before a list of places (`search`
/// form): towns, villages, cities, camps, districts, quarters.
const PLURAL_PLACE_HEADS: &[&str] = &["بلدات", "قري", "مدن", "مخيمات", "بلديات", "محافظات", "ولايات", "مديريات", "احياء"];

/// First words of places of two words in such a list besides [`PLACE_NAME_FIRSTS`]
/// (`search` form): الشيخ عثمان, خور مكسر, جبل …, طريق الباب.
const LISTED_PLACE_FIRSTS: &[&str] = &["الشيخ", "خور", "جبل", "وادي", "طريق"];

/// Places listed after a plural kind of place (بلدات الخيام وكفركلا والعديسة, مديريات
/// المنصورة والشيخ عثمان وخور مكسر): each place of a list joined by و is a place,
/// whatever the tagger saw in it (كفركلا, عثمان as a person) or whatever else the word
/// means (الخيام, "the tents"), where one of them at least is a place already (the
/// tagger's or the lists') or a word general Arabic does not know. A place is one word,
/// or two whose first begins places' names (الشيخ عثمان); a list that goes on with a
/// word of another kind is left as it is: what ends it is a preposition, a compass
/// direction, an adjective or punctuation.
fn places_listed_after_plural_kinds(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let loc_at = |k: usize| {
        let lo = spans.partition_point(|s| s.end <= tokens[k].start);
        spans.get(lo).is_some_and(|s| s.kind == EntityType::Loc && s.start <= tokens[k].start && s.end >= tokens[k].end)
    };
    let compass = |w: &TokInfo| in_list(w, super::post::COMPASS) || in_list(w, &["وسط"]);
    let name = |k: usize| {
        let w = &infos[k];
        // (A word in ي is an adjective there, unless the lists know it as a place: قبلي.)
        let adjective = (w.stem.ends_with('ي') || w.stem.ends_with("يه")) && place_flags(infos, k, k + 1) & (gazetteer::CITY | gazetteer::REGION | gazetteer::COUNTRY) == 0;
        chars_of(&w.stem) >= 3 && !adjective && !compass(w) && !verb_like(w) && !crate::function_words::is_function_word(&w.stem) && !w.gaz.has(GIVEN | TITLE | gazetteer::ORG_HEAD | gazetteer::LOC_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY | gazetteer::NISBA)
    };
    // (The words of a place at `k`, the list's first or one after و: 0 where none is.)
    let place = |k: usize, first: bool| -> usize {
        if !word(k) {
            return 0;
        }
        let w = &infos[k];
        let bare = if first { (w.stem == w.norm).then_some(w.norm.as_str()) } else { w.norm.strip_prefix('و').filter(|r| *r == w.stem) };
        let Some(bare) = bare else { return 0 };
        let second = word(k + 1) && infos[k + 1].stem == infos[k + 1].norm && chars_of(&infos[k + 1].norm) >= 3 && !crate::function_words::is_function_word(&infos[k + 1].norm) && !infos[k + 1].gaz.has(TITLE | gazetteer::ORG_HEAD);
        // (Or a word general Arabic does not know and a definite noun, no adjective:
        // عيتا الشعب, whose second word is "the people".)
        let definite_noun = second && infos[k + 1].norm.starts_with("ال") && !infos[k + 1].norm.ends_with('ي') && !infos[k + 1].norm.ends_with("يه") && !in_list(&infos[k + 1], super::post::RELATIONAL) && !infos[k + 1].gaz.has(gazetteer::MONTH | gazetteer::WEEKDAY | gazetteer::NISBA);
        if (LISTED_PLACE_FIRSTS.contains(&bare) || one_of(PLACE_NAME_FIRSTS, bare)) && second || name(k) && w.gen[0] == 0 && definite_noun {
            2
        } else if name(k) {
            1
        } else {
            0
        }
    };
    // (What may follow the list's last word.)
    let ends = |k: usize| !word(k) || crate::function_words::is_function_word(&infos[k].norm) || compass(&infos[k]) || infos[k].norm.starts_with("ال") && (infos[k].norm.ends_with('ي') || infos[k].norm.ends_with("يه"));
    let mut found = Vec::new();
    for i in 0..tokens.len() {
        if !word(i) || infos[i].stem != infos[i].norm && !infos[i].norm.strip_prefix(['ب', 'و', 'ف']).is_some_and(|r| r == infos[i].stem) || !in_list(&infos[i], PLURAL_PLACE_HEADS) {
            continue;
        }
        let mut places: Vec<(usize, usize)> = Vec::new();
        let mut k = i + 1;
        let mut n = place(k, true);
        while n > 0 {
            places.push((k, k + n));
            k += n;
            n = place(k, false);
        }
        let evidence = places.iter().any(|&(a, b)| (a..b).any(|t| loc_at(t) || place_flags(infos, t, t + 1) != 0 || infos[t].gen[0] == 0) || place_flags(infos, a, b) != 0);
        if places.len() >= 2 && ends(k) && evidence {
            for (a, b) in places {
                found.extend(span_over(text, tokens, infos, a, b, EntityType::Loc, 0.6));
            }
        }
    }
    add_replacing_model_spans(spans, found)
}

/// A feminine head and a masculine noun (حركة الجيل) followed by a masculine relational
/// adjective (الجديد): the adjective agrees with the noun, not with the body, so it is
/// in the name (حركة الجيل الجديد), which the rule that such adjectives end no name cut.
fn adjectives_of_the_inner_noun(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Org || r.len() != 2 || r.end >= tokens.len() || spans.get(k + 1).is_some_and(|n| n.start < tokens[r.end].end) {
            continue;
        }
        let (head, noun, adj) = (&infos[r.start], &infos[r.start + 1], &infos[r.end]);
        let feminine_head = is_org_head(head) && !head.stem.starts_with("ال") && head.norm.ends_with('ه');
        let masculine_noun = noun.stem == noun.norm && noun.norm.starts_with("ال") && !noun.norm.ends_with('ه') && !noun.norm.ends_with("ات");
        let masculine_adjective = tokens[r.end].kind == TokenKind::Word && adj.stem == adj.norm && !adj.norm.ends_with('ه') && in_list(adj, &["الجديد", "الحر", "الديمقراطي", "الوطني"]);
        if feminine_head && masculine_noun && masculine_adjective {
            spans[k].end = tokens[r.end].end;
        }
    }
    spans
}

/// A body whose name ends with a plural noun after ل (الاتحاد العام للعمال) followed by
/// a country's adjective in the plural (الجزائريين): the adjective agrees with the
/// plural noun, not with the body's head, so it is in the name (الاتحاد العام للعمال
/// الجزائريين), which the tagger cut.
fn plural_adjectives_of_the_inner_noun(tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let r = tokens_of(tokens, &spans[k]);
        if spans[k].kind != EntityType::Org || r.len() < 2 || r.end >= tokens.len() || spans.get(k + 1).is_some_and(|n| n.start < tokens[r.end].end) {
            continue;
        }
        let (last, adj) = (&infos[r.end - 1], &infos[r.end]);
        // (The noun after the article's ل, للعمال: a plural the lists do not mark, so
        // any noun but a feminine singular's ة or a nisba's ي.)
        let lam_noun = tokens[r.end - 1].kind == TokenKind::Word && last.norm.starts_with("لل") && !last.norm.ends_with('ه') && !last.norm.ends_with('ي');
        let plural_nisba = tokens[r.end].kind == TokenKind::Word
            && adj.stem == adj.norm
            && adj.norm.starts_with("ال")
            && adj.norm.strip_suffix("ين").is_some_and(|sg| sg.ends_with('ي') && country_adjective(sg));
        // (Or a definite sound plural, نقابة المهندسين, and a nisba's plural after it,
        // الزراعيين, العراقيين: نقابة المهندسين الزراعيين, the agricultural engineers'.)
        let plural_noun = tokens[r.end - 1].kind == TokenKind::Word && last.stem == last.norm && last.norm.starts_with("ال") && last.norm.ends_with("ين") && !last.norm.ends_with("يين") && last.norm.chars().count() >= 6;
        let nisba_plural = tokens[r.end].kind == TokenKind::Word && adj.stem == adj.norm && adj.norm.starts_with("ال") && adj.norm.ends_with("يين") && adj.norm.chars().count() >= 7;
        if (lam_noun && plural_nisba || plural_noun && nisba_plural) && tokens[r.end - 1].end < tokens[r.end].start {
            spans[k].end = tokens[r.end].end;
        }
    }
    spans
}

/// Heads that belong to the name after them: a division's before a place,
/// a body's before a place or before a body and what the new body does.
fn take_heads(text: &str, tokens: &[Token], infos: &[TokInfo], mut spans: Vec<Span>) -> Vec<Span> {
    for k in 0..spans.len() {
        let mut s = spans[k].clone();
        let mut r = tokens_of(tokens, &s);
        if r.is_empty() || !is_model(s.kind) {
            continue;
        }
        // (A name that ends with a natural feature's head, نهر or ولاية نهر of ولاية نهر
        // النيل, goes on over the feature's name.)
        let next_free = spans.get(k + 1).is_none_or(|n| r.end < tokens.len() && n.start >= tokens[r.end].end);
        if s.kind == EntityType::Loc && in_list(&infos[r.end - 1], FEATURES) && next_free && tokens.get(r.end).is_some_and(|t| t.kind == TokenKind::Word) && infos[r.end].stem == infos[r.end].norm {
            r.end += 1;
            s.end = tokens[r.end - 1].end;
            spans[k] = s.clone();
        }
        if r.start == 0 || s.start != tokens[r.start].start {
            continue;
        }
        let mut head = r.start - 1;
        // (A body named after a place by the kind of place it governs, هيئة حوض النيجر,
        // لجنة حوض بحيرة تشاد: the body's head is one word further.)
        if s.kind == EntityType::Loc && head > 0 && in_list(&infos[head], PLACE_KINDS) && infos[head].stem == infos[head].norm && heads_body_before_place(tokens, infos, head - 1) {
            head -= 1;
        }
        let free = k == 0 || spans[k - 1].end <= tokens[head].start;
        let h = &infos[head];
        // (A Maghreb commune or douar is a place's head, not a body's: جماعة آيت محمد.)
        if !free || tokens[head].kind != TokenKind::Word || h.stem.starts_with("ال") || s.kind == EntityType::Loc && in_list(h, &["جماعه", "دوار"]) {
            continue;
        }
        // (A foreign name no list knows, every word of it a name's, is nothing else:
        // ولاية نيو جيرسي, محافظة فوجيان keep their heads out as places of the lists do.)
        // (Nor a name of one word that hardly ever takes the article in general Arabic,
        // which knows it as a name said in many phrases: إقليم طاطا is طاطا.)
        let bare_name = r.len() == 1 && tokens[r.start].kind == TokenKind::Word && {
            let w = &infos[r.start];
            !w.norm.starts_with("ال") && w.gen[0] > 0 && matches!(w.gen[1], 1 | 2 | 7) && !w.norm.ends_with('ي') && !w.norm.ends_with("يه")
        };
        let foreign = bare_name || r.clone().all(|j| tokens[j].kind == TokenKind::Word && name_like(&infos[j]) && !ordinary(&infos[j]));
        let kind = if s.kind == EntityType::Loc && in_list(h, DIVISION_HEADS) && !place_by_itself(infos, r.start, r.end) && !foreign {
            EntityType::Loc
        } else if s.kind == EntityType::Loc && r.len() <= 3 && (heads_body_before_place(tokens, infos, head) || in_list(&infos[r.start], PLACE_KINDS) && is_org_head(h)) {
            // (Any body's head before a kind of place and its name, سلطة وادي الأردن,
            // whose feature's head the span holds already.)
            EntityType::Org
        } else if s.kind == EntityType::Org && in_list(h, &["جامعه"]) && r.len() <= 2 && foreign {
            // (جامعة سالامانكا, جامعة هارفارد: a university is named by its town or its
            // founder, a name that alone names the town or the person.)
            EntityType::Org
        } else if s.kind == EntityType::Org && r.len() <= 2 && in_list(h, &["وزاره", "مديريه", "مفوضيه", "دائره"]) && infos[r.start].stem == infos[r.start].norm && infos[r.start].norm.starts_with("ال") && !super::post::known_name(infos, r.clone()) && place_flags(infos, r.start, r.end) == 0 {
            // (وزارة + الكهرباء, which the tagger took for the body in a report that
            // names the field again: a ministry's or a directorate's field is no body
            // without its head.)
            EntityType::Org
        } else if s.kind == EntityType::Org && in_list(h, SUB_BODY_HEADS) {
            // (مفوضية الاتحاد الأفريقي: the union's commission, a body of its own.)
            EntityType::Org
        } else if s.kind == EntityType::Org && (is_org_head(h) || in_list(h, MORE_BODY_HEADS)) && (r.len() >= 3 && (r.start + 1..r.end).any(|j| infos[j].norm.starts_with('ل') && infos[j].stem != infos[j].norm) || purpose_after(tokens, infos, r.end) > 0) {
            // (بعثة الأمم المتحدة لدعم ليبيا: what the mission does follows the body.)
            r.end += purpose_after(tokens, infos, r.end);
            EntityType::Org
        } else {
            continue;
        };
        if let Some(m) = span_over(text, tokens, infos, head, r.end, kind, s.score) {
            spans[k] = m;
        }
    }
    // (A span that went on over the next ones: those are inside it.)
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        if out.last().is_none_or(|p| p.end <= s.start) {
            out.push(s);
        }
    }
    out
}

/// The words after an organization's name at `j` that say what a body named with a head
/// before it does: a phrase of [`super::post::purpose_len`] (لمساعدة العراق), or ل with a
/// noun and a place (لدعم ليبيا). 0 when there is none.
fn purpose_after(tokens: &[Token], infos: &[TokInfo], j: usize) -> usize {
    let n = purpose_len(infos, j, tokens.len());
    if n > 0 {
        return n;
    }
    let Some(i) = infos.get(j) else { return 0 };
    let noun = i.norm.strip_prefix('ل').unwrap_or("");
    let place_next = j + 1 < tokens.len() && tokens[j + 1].kind == TokenKind::Word && place_flags(infos, j + 1, j + 2) != 0;
    // (As in purpose_len: لدعم is also a word of its own in general Arabic.)
    let b = super::general_freq::buckets(noun);
    let is_noun = tokens[j].kind == TokenKind::Word && (i.stem != i.norm || b[0] >= 2) && !i.stem.starts_with("ال") && noun.chars().count() >= 3 && (2..=6).contains(&b[1]);
    if place_next && is_noun {
        2
    } else {
        0
    }
}

/// Do the words `a..b` name a place by themselves (أريزونا, كرمانشاه, بن عروس: the
/// place lists or WikiFANE's places know them), so that a division's head before them
/// is a description (ولاية أريزونا)? A natural feature's name (نهر النيل, البحر الأحمر)
/// names the feature, and after a division's head the division.
pub(super) fn place_by_itself(infos: &[TokInfo], a: usize, b: usize) -> bool {
    let first = &infos[a];
    if in_list(first, FEATURES) || in_list(first, DEFINITE_FEATURES) {
        return false;
    }
    // (Or the list of well-known names holds them as a place: جنوب دارفور, شمال كيفو,
    // whose direction no place list joins to the name.)
    let known_place = || matches!(super::known::lookup(&(a..b).flat_map(|j| key_words(&infos[j].stem)).collect::<Vec<_>>()), Some((_, EntityType::Loc)));
    // (Or every word of it is a word of WikiFANE's places, ذي قار, whose first word
    // general Arabic reads as a word.)
    let wikifane_words = || b >= a + 2 && (a..b).all(|j| infos[j].gaz.has(WF_LOC) && infos[j].stem == infos[j].norm);
    // (Or one word the list holds as a place as it is written, its first letter like
    // a proclitic: وداي, which the analysis reads as و + داي.)
    let known_word = || b == a + 1 && first.stem != first.norm && matches!(super::known::lookup(&key_words(&first.norm)), Some((_, EntityType::Loc)));
    place_flags(infos, a, b) != 0 || b == a + 1 && first.gaz.has(WF_LOC) || b >= a + 2 && known_place() || wikifane_words() || known_word()
}

/// Verbs of naming before باسم (مجموعة قرصنة تعرف باسم "ساندستورم"), in `search` form.
const KNOWN_AS: &[&str] = &["تعرف", "يعرف", "المعروفه", "المعروف", "تسمي", "يسمي", "تدعي", "يدعي", "تطلق", "يطلق"];

/// Up to four words in quotation marks right after a head of organization names, or
/// after باسم where a body of such a head is "known as" them (مجموعة قرصنة تعرف باسم
/// "ساندستورم").
fn quoted_names(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(3) {
        let h = &infos[i];
        // (The rare quotation mark first: the lists are read only before one.)
        // (Or, right after an outlet's head, brackets, as Gulf agencies write a paper's
        // name: صحيفة (الرؤية), جريدة (الراي), whose words are ordinary words.)
        let bracket = &text[tokens[i + 1].start..tokens[i + 1].end] == "(" && tokens[i].kind == TokenKind::Word && in_list(h, OUTLET_HEADS) && !h.stem.starts_with("ال");
        if !(opening_quote(text, &tokens[i + 1]) || bracket) || tokens[i].kind != TokenKind::Word {
            continue;
        }
        // (A straight quote mark written against the word before it and apart from the
        // one after it closes a quotation that ended with a body's name (تحت تصرف لجنة
        // التسوية"، داعيا …): what follows is no name; nor is a name's first word a
        // comma.)
        let straight_closing = &text[tokens[i + 1].start..tokens[i + 1].end] == "\"" && tokens[i].end == tokens[i + 1].start && tokens[i + 1].end < tokens[i + 2].start;
        if straight_closing || !matches!(tokens[i + 2].kind, TokenKind::Word | TokenKind::Latin | TokenKind::Number) {
            continue;
        }
        // (باسم after a verb of naming, and a body head one to three words before it.)
        let known_as = h.norm == "باسم" && i >= 2 && in_list(&infos[i - 1], KNOWN_AS) && (i.saturating_sub(4)..i - 1).any(|k| tokens[k].kind == TokenKind::Word && is_org_head(&infos[k]) && !infos[k].stem.starts_with("ال"));
        // The head in the construct state, then its complement and an adjective, all
        // definite (شركة الملاحة اليونانية "…", ناقلة النفط «…»).
        // A vessel's head may be definite (للناقلة «…»): a vessel says nothing.
        // (A vessel's name in quotes after its head, MISC: ناقلة النفط «…»; السفينة "…"
        // is no head, being definite, سفينة الشحن "…" is.)
        // (A ferry too, العبّارة «…», written with its shadda: without it عبارة «…» is
        // "the phrase «…»", whose quoted words are no name.)
        let ferry = |k: usize| infos[k].stem.strip_prefix("ال").unwrap_or(&infos[k].stem) == "عباره" && text[tokens[k].start..tokens[k].end].contains("بّ");
        // (Or with a pronoun, its ة written ت: سفينتها "جيو بارنتس", ناقلتها.)
        let owned = |k: usize| {
            let s = &infos[k].stem;
            ["ها", "هم", "ه", "نا"].iter().filter_map(|p| s.strip_suffix(p)).filter_map(|b| b.strip_suffix('ت')).any(|b| gazetteer::VESSELS.contains(&format!("{b}ه").as_str()))
        };
        // (Or two vessels, the dual in the construct state: سفينتي الصيد "…" و"…",
        // ناقلتا النفط «…».)
        let two = |k: usize| {
            let s = infos[k].stem.strip_prefix("ال").unwrap_or(&infos[k].stem);
            ["تي", "تا"].iter().filter_map(|e| s.strip_suffix(e)).any(|b| gazetteer::VESSELS.contains(&format!("{b}ه").as_str()))
        };
        let vessel_at = |k: usize| gazetteer::VESSELS.contains(&infos[k].stem.strip_prefix("ال").unwrap_or(&infos[k].stem)) || ferry(k) || owned(k) || two(k);
        // (A programme's name after برنامج, indefinite: برنامج "نطاقات", برنامج
        // «الحكاية», a work or a scheme, MISC; البرنامج "…" is what the programme, a
        // body, said.)
        let programme_at = |k: usize| infos[k].stem == "برنامج" && tokens[k].kind == TokenKind::Word;
        // (Or two bodies, a head in ة in the dual's construct state: شركتي «إي آند»
        // و«دو», صحيفتي «…» و«…».)
        let two_bodies = |k: usize| ["تي", "تا"].iter().filter_map(|e| infos[k].stem.strip_suffix(e)).any(|b| QUOTE_HEADS.contains(&format!("{b}ه").as_str()));
        // (A company's head may be definite before its country's adjective: الشركة
        // البرازيلية "أندرادي غوتيريز".)
        let head = (0..3).map(|c| i.wrapping_sub(c)).take_while(|&k| k < tokens.len()).find(|&k| {
            let w = &infos[k];
            tokens[k].kind == TokenKind::Word && (vessel_at(k) || programme_at(k) || !w.stem.starts_with("ال") && (is_org_head(w) || in_list(w, QUOTE_HEADS) || two_bodies(k)) || k < i && in_list(w, &["الشركه", "المجموعه"]) && (k + 1..=i).all(|j| country_adjective(gazetteer::bare(&infos[j].norm)) || infos[j].norm.strip_suffix('ه').is_some_and(|m| country_adjective(gazetteer::bare(m)))))
        });
        let complements_only = |k: usize| (k + 1..=i).all(|j| tokens[j].kind == TokenKind::Word && infos[j].stem.starts_with("ال") && !verb_like(&infos[j]));
        let head = if bracket { Some(i) } else { head.filter(|&k| complements_only(k)) };
        if !known_as && head.is_none() {
            continue;
        }
        let programme = head.is_some_and(programme_at);
        let kind = if head.is_some_and(vessel_at) || programme { EntityType::Misc } else { EntityType::Org };
        // (A name may hold a number: حركة "إم 23".)
        let Some(close) = (i + 3..tokens.len().min(i + 7)).find(|&j| !matches!(tokens[j].kind, TokenKind::Word | TokenKind::Latin | TokenKind::Number)) else { continue };
        // (Words quoted after a body may be what it said: ستعوض…, not after a vessel. A
        // word of two letters is too short for general Arabic to tell a verb: إي of
        // "إي فاينانس" is read as أي.)
        // (Unless the words after it are foreign names general Arabic does not know:
        // موقع «سبيس نيوز», whose سبيس only looks like a verb in the future.)
        let foreign_after = close > i + 3 && (i + 3..close).all(|j| tokens[j].kind == TokenKind::Word && !infos[j].stem.starts_with("ال") && name_like(&infos[j]) && !ordinary(&infos[j]));
        let closes = if bracket { &text[tokens[close].start..tokens[close].end] == ")" } else { closing_quote(text, &tokens[close]) };
        if !closes || ((kind == EntityType::Org || programme) && verb_like(&infos[i + 2]) && infos[i + 2].stem.chars().count() >= 3 && !foreign_after) {
            continue;
        }
        found.extend(span_over(text, tokens, infos, i + 2, close, kind, 0.8));
        // (And a second name in quote marks joined to it by و, of the same head: تحالف
        // «دوسان» و«ساينوهايدرو», two companies.)
        let w = close + 1;
        let joined = w + 3 < tokens.len() && tokens[w].kind == TokenKind::Word && infos[w].norm == "و" && tokens[w].end == tokens[w + 1].start && opening_quote(text, &tokens[w + 1]);
        if let Some(close2) = joined.then(|| (w + 3..tokens.len().min(w + 7)).find(|&j| !matches!(tokens[j].kind, TokenKind::Word | TokenKind::Latin | TokenKind::Number))).flatten() {
            let name_like_words = (w + 2..close2).all(|j| tokens[j].kind != TokenKind::Word || !verb_like(&infos[j]));
            if closing_quote(text, &tokens[close2]) && name_like_words {
                found.extend(span_over(text, tokens, infos, w + 2, close2, kind, 0.8));
            }
        }
    }
    add_replacing_model_spans(spans, found)
}

/// An agreement or a declaration named after the place it was signed in and what it is
/// for (اتفاق الجزائر للسلام, اتفاقية باريس للمناخ): one MISC name, over the tagger's
/// place. (Without what it is for, اتفاق الجزائر may be Algeria's agreement.)
fn documents_named_after_places(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(2) {
        let h = &infos[i];
        if tokens[i].kind != TokenKind::Word || h.stem.starts_with("ال") || !in_list(h, DOCUMENT_HEADS) || tokens[i + 1].kind != TokenKind::Word {
            continue;
        }
        let at = tokens[i + 1].start;
        let named = span_starting_at(&spans, at).filter(|s| s.kind == EntityType::Loc && is_model(s.kind)).map(|s| tokens_of(tokens, s).end);
        let Some(e) = named.or_else(|| (place_flags(infos, i + 1, i + 2) != 0).then_some(i + 2)).filter(|&e| e <= i + 3) else { continue };
        if e < tokens.len() && tokens[e].kind == TokenKind::Word && infos[e].norm.starts_with("لل") && purpose_len(infos, e, tokens.len()) == 1 {
            let end = super::post::adjectives_after(infos, e + 1, tokens.len());
            found.extend(span_over(text, tokens, infos, i, end, EntityType::Misc, 0.7));
        } else if e < tokens.len() && tokens[e].kind == TokenKind::Word && in_list(&infos[e], SIGNED) {
            // (Or "signed" after it: إعلان جدة الموقع في مايو, اتفاق الرياض الموقع بين
            // الطرفين, one document of that name, whatever it is for.)
            found.extend(span_over(text, tokens, infos, i, e, EntityType::Misc, 0.7));
        }
    }
    add_replacing_model_spans(spans, found)
}

/// "Signed" or "issued" after a document named after a place, in `search` form.
const SIGNED: &[&str] = &["الموقع", "الموقعه", "الموقعين", "المبرم", "المبرمه", "الصادر", "الصادره"];

/// Words that begin the names of declarations, agreements, plans and operations, in
/// `search` form.
const DOCUMENT_HEADS: &[&str] = &["اعلان", "اتفاق", "اتفاقيه", "ميثاق", "مبادره", "وثيقه", "معاهده", "خطه", "بروتوكول", "رويه", "صفقه", "عمليه", "مذكره"];

/// Two to five words in quotation marks that begin with a word of declarations and
/// agreements ("إعلان الرياض", «اتفاق الدوحة», "مبادرة الحزام والطريق"): a
/// document's or an operation's name (MISC), not a quotation.
fn quoted_documents(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(3) {
        if !opening_quote(text, &tokens[i]) || tokens[i + 1].kind != TokenKind::Word {
            continue;
        }
        let head = &infos[i + 1];
        if head.stem != head.norm || !in_list(head, DOCUMENT_HEADS) {
            continue;
        }
        // (Up to five words, or eight for a memorandum's, whose names run long: "مذكرة
        // التفاهم الإطارية للتعاون في مجال المياه".)
        let most = if in_list(head, &["مذكره"]) { 10 } else { 7 };
        let Some(close) = (i + 2..tokens.len().min(i + most)).find(|&j| tokens[j].kind != TokenKind::Word) else { continue };
        // (Not a quoted clause that begins with such a word: "اتفاق السلام لن ينهار". A
        // preposition, في, that looks like a verb to the frequency lists, is none.)
        let clause = (i + 2..close).any(|k| verb_like(&infos[k]) && !crate::function_words::is_function_word(&infos[k].stem) || in_list(&infos[k], &["لن", "لم", "لا", "قد", "سوف", "ان"]));
        if close >= i + 3 && closing_quote(text, &tokens[close]) && !clause {
            found.extend(span_over(text, tokens, infos, i + 1, close, EntityType::Misc, 0.7));
        }
    }
    // A document's head without the article before its name in quote marks (اتفاقية
    // "النفط مقابل الإعمار", خطة «الأفق الأخضر»): the quoted words are the name, as a
    // company's are after شركة.
    // (So too a project's or a campaign's, مشروع «إلمد», and with what
    // it is between, up to three nouns: مشروع أنبوب الغاز "ساوث 2 كوريدور".)
    // (A programme's right after its head is [`quoted_names`]'.)
    let project_heads = |h: &TokInfo| in_list(h, &["مشروع", "مشاريع", "حمله", "مخطط", "استراتيجيه"]);
    for i in 1..tokens.len().saturating_sub(2) {
        if !opening_quote(text, &tokens[i]) || tokens[i + 1].kind != TokenKind::Word {
            continue;
        }
        let is_head = |k: usize| {
            let head = &infos[k];
            // (Not إعلان, which is as often "the announcing of" a quoted slogan or body:
            // إعلان "الناتو".)
            tokens[k].kind == TokenKind::Word && head.stem == head.norm && (in_list(head, DOCUMENT_HEADS) && !in_list(head, &["اعلان"]) || project_heads(head)) && !head.norm.starts_with("ال")
        };
        let between = |k: usize| tokens[k].kind == TokenKind::Word && infos[k].stem.starts_with("ال") && !verb_like(&infos[k]);
        let headed = is_head(i - 1) || (2..=4).any(|d| i > d && project_heads(&infos[i - d]) && is_head(i - d) && (i - d + 1..i).all(|k| tokens[k].kind == TokenKind::Word && !verb_like(&infos[k]) && !crate::function_words::is_function_word(&infos[k].stem)) && between(i - 1));
        // (Not a body's name in the quote marks after what it is between: مشروع القانون
        // "لجنة تحديد الوضع".)
        if !headed || !is_head(i - 1) && is_org_head(&infos[i + 1]) {
            continue;
        }
        // (A number may be a word of the name: "ساوث 2 كوريدور".)
        let Some(close) = (i + 1..tokens.len().min(i + 6)).find(|&j| !matches!(tokens[j].kind, TokenKind::Word | TokenKind::Number) || tokens[j].kind == TokenKind::Number && j == i + 1) else { continue };
        // (A foreign word no Arabic text writes only looks like a verb: ساوث, "south",
        // like a future's س.)
        let clause = (i + 1..close).any(|k| verb_like(&infos[k]) && !crate::function_words::is_function_word(&infos[k].stem) && !(name_like(&infos[k]) && !ordinary(&infos[k])) || in_list(&infos[k], &["لن", "لم", "لا", "قد", "سوف", "ان"]));
        // (Nor a well-known body's or place's name alone in the quote marks.)
        let known = super::post::known_name(infos, i + 1..close) || place_flags(infos, i + 1, close) != 0;
        if close >= i + 2 && closing_quote(text, &tokens[close]) && !clause && !known {
            found.extend(span_over(text, tokens, infos, i + 1, close, EntityType::Misc, 0.7));
        }
    }
    add_replacing_model_spans(spans, found)
}

/// Verbs of statement in the feminine, whose subject a ministry is (`search` form).
const STATING_VERBS: &[&str] = &[
    "قالت", "اعلنت", "اكدت", "ذكرت", "نفت", "دعت", "افادت", "استدعت", "اوضحت", "اضافت", "نددت", "رحبت", "حذرت", "طالبت", "اصدرت", "ادانت", "اعربت", "كشفت",
];

/// A ministry's field and the country's feminine adjective, after no title.
fn ministries(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len() {
        let field = &infos[i];
        if tokens[i].kind != TokenKind::Word || !field.stem.starts_with("ال") {
            continue;
        }
        // (The foreign and interior ministries are named by their field alone, the
        // subject of a verb or after باسم: المتحدث باسم الخارجية, قالت الداخلية. After
        // a definite noun the word is its adjective: السياسة الخارجية, الشؤون الداخلية.)
        let alone = field.stem == field.norm && in_list(field, &["الخارجيه", "الداخليه"]);
        let subject = i > 0 && tokens[i - 1].kind == TokenKind::Word && {
            let v = &infos[i - 1];
            v.norm == "باسم" || in_list(v, STATING_VERBS) || v.norm.strip_prefix(['و', 'ف']).is_some_and(|rest| STATING_VERBS.contains(&rest))
        };
        let adjective = infos.get(i + 1).filter(|a| tokens[i + 1].kind == TokenKind::Word && a.norm.ends_with("يه") && in_list(field, MINISTRY_FIELDS));
        let Some(adjective) = adjective else {
            if alone && subject {
                found.extend(span_over(text, tokens, infos, i, i + 1, EntityType::Org, 0.6));
            }
            continue;
        };
        let of_country = adjective.stem == adjective.norm && adjective.norm.starts_with("ال") && adjective.norm.ends_with("يه") && country_adjective(&adjective.norm);
        let after_title = i > 0 && tokens[i - 1].kind == TokenKind::Word && (infos[i - 1].gaz.has(TITLE) || is_org_head(&infos[i - 1]));
        if of_country && !after_title {
            found.extend(span_over(text, tokens, infos, i, i + 2, EntityType::Org, 0.7));
        } else if alone && subject {
            found.extend(span_over(text, tokens, infos, i, i + 1, EntityType::Org, 0.6));
        }
    }
    // (Only where no mention is: a ministry the tagger found stays as it is.)
    let free: Vec<Span> = found.into_iter().filter(|f| {
        let lo = spans.partition_point(|s| s.end <= f.start);
        spans.get(lo).is_none_or(|s| s.start >= f.end)
    }).collect();
    add_replacing_model_spans(spans, free)
}

/// A line that begins with the agency, a dash, the place and a dash (وطنية - صيدا -,
/// the Lebanese agency's datelines): the first word is the agency, an organization,
/// and the place a place, whatever else the words mean (وطنية is "national", المصنع
/// "the factory").
fn agencies_before_places(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let dash = |k: usize| tokens.get(k).is_some_and(|t| t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "-" | "–" | "—"));
    let mut found = Vec::new();
    for a in (0..tokens.len()).filter(|&a| super::post::begins_line(text, tokens, a)) {
        // (Not a label a line may begin with: عاجل - الرياض -, "breaking".)
        if tokens[a].kind != TokenKind::Word || !dash(a + 1) || verb_like(&infos[a]) || place_flags(infos, a, a + 1) != 0 || in_list(&infos[a], &["عاجل", "تحديث", "خاص", "حصري", "فيديو", "صور", "بالصور", "بالفيديو", "مباشر", "تقرير"]) {
            continue;
        }
        let Some(e) = (a + 3..(a + 5).min(tokens.len())).find(|&e| dash(e)) else { continue };
        let place = (a + 2..e).all(|k| tokens[k].kind == TokenKind::Word && !verb_like(&infos[k]) && !crate::function_words::is_function_word(&infos[k].norm));
        if place {
            found.extend(span_over(text, tokens, infos, a, a + 1, EntityType::Org, 0.6));
            found.extend(span_over(text, tokens, infos, a + 2, e, EntityType::Loc, 0.6));
        }
    }
    add_replacing_model_spans(spans, found)
}

/// A dateline of a place and a date that ends with an agency's short name, without a
/// bracket or a dash (جنيف 1 جمادى الأولى 1448 هـ الموافق 12 أكتوبر 2026 م واس, the
/// Saudi agency's form): the last word, of up to four letters after the date or its
/// Gregorian م, is the agency.
fn agencies_ending_dated_lines(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for line in token_lines(text, tokens) {
        if line.len() < 3 || line.len() > 16 {
            continue;
        }
        let last = line.end - 1;
        let span_at = |k: usize| spans.get(spans.partition_point(|s| s.end <= tokens[k].start)).filter(|s| s.start <= tokens[k].start && s.end >= tokens[k].end);
        let place_first = span_at(line.start).is_some_and(|s| s.kind == EntityType::Loc && s.start == tokens[line.start].start);
        let a = &infos[last];
        let short = tokens[last].kind == TokenKind::Word && (2..=4).contains(&a.norm.chars().count()) && !verb_like(a) && !(ordinary(a) && a.stem == a.norm) && span_at(last).is_none();
        let gregorian = infos[last - 1].norm == "م" && span_at(last - 2).is_some_and(|s| s.kind == EntityType::Date);
        let dated = gregorian || span_at(last - 1).is_some_and(|s| s.kind == EntityType::Date && s.end == tokens[last - 1].end);
        if place_first && short && dated {
            found.push(Span { start: tokens[last].start, end: tokens[last].end, kind: EntityType::Org, score: 0.7 });
        }
    }
    add_where_free(spans, found)
}

/// The tokens of each line of the text: ranges of token indices, in order.
fn token_lines(text: &str, tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut lines = Vec::new();
    let mut line_start = 0;
    while line_start < tokens.len() {
        // (Two tokens can come from one character, such as the ligature ﻻ.)
        let line_end = (line_start + 1..tokens.len()).find(|&k| gaps::line_break(text, tokens[k - 1].end, tokens[k].start)).unwrap_or(tokens.len());
        lines.push(line_start..line_end);
        line_start = line_end;
    }
    lines
}

/// A line that is a place, a dash and an agency's letters or name (أربيل - أ ش أ,
/// عمّان - بترا): the agency, an organization. Its words are no ordinary words (not
/// القاهرة - وكالات).
fn agency_lines(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let mut outlets: Vec<Span> = Vec::new();
    for line in token_lines(text, tokens) {
        if line.len() > 8 {
            continue;
        }
        let Some(dash) = line.clone().find(|&k| tokens[k].kind == TokenKind::Punct && matches!(tokens[k].norm.as_str(), "-" | "–" | "—")) else { continue };
        let (place, agency) = (line.start..dash, dash + 1..line.end);
        let words = |r: &std::ops::Range<usize>| r.clone().all(|k| matches!(tokens[k].kind, TokenKind::Word | TokenKind::Latin));
        if !(1..=3).contains(&place.len()) || !(1..=3).contains(&agency.len()) || !words(&place) || !words(&agency) {
            continue;
        }
        let lo = spans.partition_point(|s| s.end <= tokens[place.start].start);
        let is_place = spans.get(lo).is_some_and(|s| s.kind == EntityType::Loc && s.start <= tokens[place.start].start && s.end >= tokens[place.end - 1].end) || place_flags(infos, place.start, place.end) != 0;
        // (Letters of an abbreviation, أ ش أ, are words of one letter.)
        let letters = agency.len() >= 2 && agency.clone().all(|k| infos[k].norm.chars().count() == 1);
        // (An outlet named with its head: القاهرة - بوابة الأهرام, دبي - موقع الإمارات اليوم.)
        let headed = agency.len() >= 2 && in_list(&infos[agency.start], OUTLET_HEADS) && infos[agency.start].stem == infos[agency.start].norm;
        // (A writer's name after the dash, بيروت - محمد شقير, is a byline: a person the
        // tagger found, beginning with a given name.)
        let person_after = spans.get(spans.partition_point(|s| s.end <= tokens[agency.start].start)).is_some_and(|s| s.kind == EntityType::Per && s.start == tokens[agency.start].start && s.end == tokens[agency.end - 1].end);
        let byline = person_after && infos[agency.start].gaz.has(GIVEN | GIVEN_BIG);
        // (An agency's short name of up to four letters is one word even where it begins
        // like a clitic: الرياض - واس, دبي – وام, not اس, ام.)
        let short = agency.len() == 1 && tokens[agency.start].kind == TokenKind::Word && (2..=4).contains(&infos[agency.start].norm.chars().count()) && !verb_like(&infos[agency.start]) && !(ordinary(&infos[agency.start]) && infos[agency.start].stem == infos[agency.start].norm);
        // (Not a listed town after a paper's word that also names a town, الخبر -
        // قسنطينة: the paper comes first there; see `post::dateline_outlets`.)
        if place.len() == 1 && super::post::paper_before_town(infos, place.start, agency.clone()) {
            continue;
        }
        if is_place && !byline && short {
            found.push(Span { start: tokens[agency.start].start, end: tokens[agency.start].end, kind: EntityType::Org, score: 0.7 });
        } else if is_place && !byline && (letters || headed || agency.clone().all(|k| tokens[k].kind == TokenKind::Latin || !ordinary(&infos[k]) && infos[k].stem == infos[k].norm)) {
            found.extend(span_over(text, tokens, infos, agency.start, agency.end, EntityType::Org, 0.7));
        }
        // An outlet and its writer (هسبريس - عبد الحق الصنهاجي): a first word no place list
        // knows, before a person's name, is the outlet, not a place.
        // (Or before the agencies it took the news from, هسبريس - وكالات: a first line
        // that names the outlet, not where the news happened.)
        let wires = agency.len() == 1 && in_list(&infos[agency.start], &["وكالات", "متابعات"]);
        if (byline || wires) && place.len() == 1 && place_flags(infos, place.start, place.end) == 0 && !ordinary(&infos[place.start]) && infos[place.start].stem == infos[place.start].norm {
            outlets.extend(span_over(text, tokens, infos, place.start, place.end, EntityType::Org, 0.7));
        }
    }
    // (The outlet replaces the place the tagger or the dateline rule made of it.)
    let spans: Vec<Span> = spans.into_iter().filter(|s| !outlets.iter().any(|o| o.start == s.start && o.end == s.end)).collect();
    let spans = add_replacing_model_spans(spans, outlets);
    add_replacing_model_spans(spans, found)
}

/// `spans` with those of `found` that overlap none of them (the tagger's and earlier
/// steps' mentions stay as they are).
fn add_where_free(spans: Vec<Span>, found: Vec<Span>) -> Vec<Span> {
    let free: Vec<Span> = found
        .into_iter()
        .filter(|f| {
            let lo = spans.partition_point(|s| s.end <= f.start);
            spans.get(lo).is_none_or(|s| s.start >= f.end)
        })
        .collect();
    add_replacing_model_spans(spans, free)
}

/// `spans` with each found name in place of the tagger's mentions it overlaps, where
/// all of them lie within the found name's phrase (its bytes `lo..hi`, which may reach
/// past the name: the town with its head's adjective); a name whose overlapped mentions
/// reach out of the phrase is left out.
fn replacing_model_spans_within(spans: Vec<Span>, found: Vec<(Span, usize, usize)>) -> Vec<Span> {
    let mut gone = vec![false; spans.len()];
    let mut keep = Vec::new();
    for (f, lo_byte, hi_byte) in found {
        let lo = spans.partition_point(|s| s.end <= f.start);
        let hi = spans.partition_point(|s| s.start < f.end).max(lo);
        if spans[lo..hi].iter().all(|s| is_model(s.kind) && s.start >= lo_byte && s.end <= hi_byte) {
            gone[lo..hi].iter_mut().for_each(|g| *g = true);
            keep.push(f);
        }
    }
    replace_marked(spans, &gone, keep)
}

/// `spans` with each name of `found` (in text order) in place of the tagger's mentions
/// it holds, where all the mentions it overlaps lie within it and are the tagger's, and
/// it does not overlap the name before it.
pub(super) fn add_replacing_model_spans(spans: Vec<Span>, found: Vec<Span>) -> Vec<Span> {
    if found.is_empty() {
        return spans;
    }
    let mut gone = vec![false; spans.len()];
    let mut new = Vec::new();
    for f in found {
        let lo = spans.partition_point(|s| s.end <= f.start);
        let hi = spans.partition_point(|s| s.start < f.end).max(lo);
        if spans[lo..hi].iter().all(|s| s.start >= f.start && s.end <= f.end && is_model(s.kind)) && new.last().is_none_or(|n: &Span| n.end <= f.start) {
            gone[lo..hi].iter_mut().for_each(|g| *g = true);
            new.push(f);
        }
    }
    replace_marked(spans, &gone, new)
}
