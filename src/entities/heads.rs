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
//!
//! Every step looks at a span and the tokens next to it: linear in the text.

use super::features::TokInfo;
use super::gazetteer::{self, GIVEN, GIVEN_BIG, TITLE, WF_LOC};
use super::link::key_words;
use super::post::{name_like, country_adjective, place_flags, purpose_len, DEFINITE_FEATURES, FEATURES, heads_body_before_place, in_list, is_model, is_org_head, ordinary, replace_marked, span_over, tokens_of, verb_like};
use super::{EntityType, Span};
use crate::tokenize::{Token, TokenKind};

/// Heads of administrative divisions, part of the place's name (`search` form). (Not
/// ميناء, مطار: news and ANERcorp name a port or an airport by its town, ميناء بيرايوس.)
const DIVISION_HEADS: &[&str] = &["ولايه", "محافظه", "اقليم", "مقاطعه"];

/// Heads of bodies named after another body and what they do, besides the gazetteer's
/// organization heads (بعثة الأمم المتحدة لمساعدة العراق, برنامج الأمم المتحدة للتنمية).
const MORE_BODY_HEADS: &[&str] = &["بعثه", "برنامج"];

/// Heads after which a name in quotation marks is a body's or an outlet's (حركة
/// «الجيل الجديد», موقع «أكسيوس»), besides the organization heads.
const QUOTE_HEADS: &[&str] = &["تيار", "قائمه", "جريده", "موقع", "ايتلاف", "مجموعه", "حزب", "حركه", "شركه", "صحيفه", "قناه", "وكاله", "مجله", "اذاعه", "تلفزيون", "شبكه", "منصه"];

/// Words that say a body belongs to another (التابعة لـ), in `search` form.
const BELONGS_TO: &[&str] = &["التابع", "التابعه", "التابعين", "التابعتين", "التابعان"];

/// Fields of ministries that outlets name without وزارة (الخارجية الأمريكية), in
/// `search` form with the article.
const MINISTRY_FIELDS: &[&str] = &[
    "الخارجيه", "الداخليه", "الدفاع", "الخزانه", "الماليه", "العدل", "الصحه", "الجمارك", "الديوانه", "الزراعه", "التجاره",
];

fn opening_quote(t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "«" | "\"" | "“")
}

fn closing_quote(t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "»" | "\"" | "”")
}

/// Applies the rules of the module to the spans of `text` (sorted, not overlapping).
pub fn fix(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let spans = split_parent_bodies(text, tokens, infos, spans);
    let spans = cut_people_off_bodies(text, tokens, infos, spans);
    let spans = places_after_place_heads(text, tokens, infos, spans);
    let spans = supreme_bodies(text, tokens, infos, spans);
    let spans = adjectives_of_the_inner_noun(tokens, infos, spans);
    let spans = take_heads(text, tokens, infos, spans);
    let spans = bodies_named_after_people(text, tokens, infos, spans);
    let spans = quoted_names(text, tokens, infos, spans);
    let spans = ministries(text, tokens, infos, spans);
    agency_lines(text, tokens, infos, spans)
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
        if s.kind != EntityType::Org || r.len() < 3 || tokens[r.end - 1].kind != TokenKind::Word {
            out.push(s);
            continue;
        }
        // الكاتب العام للجامعة المنجي الحمروني: a definite head alone (a description)
        // before a given name and a family name general Arabic does not know.
        let h = &infos[r.start];
        let described = h.stem.starts_with("ال") && is_org_head(h) && infos[r.start + 1].gaz.has(GIVEN | GIVEN_BIG) && {
            let last = &infos[r.end - 1];
            last.gen[0] == 0 && name_like(last) && infos[r.start + 1..r.end].iter().all(|i| i.kind == TokenKind::Word && i.stem == i.norm)
        };
        if described {
            out.extend(span_over(text, tokens, infos, r.start + 1, r.end, EntityType::Per, s.score));
            continue;
        }
        let person_next = spans.get(k).filter(|p| p.kind == EntityType::Per && tokens_of(tokens, p).start == r.end).cloned();
        let cut = (r.start + 2..r.end).find(|&j| {
            infos[j - 1].stem.starts_with("ال") && infos[j].gaz.has(GIVEN | GIVEN_BIG) && name_like(&infos[j]) && infos[j..r.end].iter().all(personal)
        });
        let last = r.end - 1;
        let known_person = infos[last].stem == infos[last].norm && matches!(super::known::lookup(&key_words(&text[tokens[last].start..tokens[last].end])), Some((_, EntityType::Per)));
        let Some(cut) = cut.or(known_person.then_some(last)) else {
            out.push(s);
            continue;
        };
        let Some(body) = span_over(text, tokens, infos, r.start, cut, EntityType::Org, s.score) else {
            out.push(s);
            continue;
        };
        out.push(body);
        match person_next {
            Some(p) => {
                out.push(Span { start: tokens[cut].start, ..p });
                k += 1;
            }
            None => out.push(Span { start: tokens[cut].start, end: s.end, kind: EntityType::Per, score: s.score }),
        }
    }
    out
}

/// Heads of bodies that are named after a person (not مكتب, قوات, حكومة: مكتب الرئيس
/// ماكرون is his office, and he the person), in `search` form.
const NAMED_AFTER_HEADS: &[&str] = &["مركز", "جامعه", "مؤسسه", "موسسه", "معهد", "صندوق", "مستشفي", "مجمع", "مكتبه", "كليه", "اكاديميه", "جمعيه", "مدرسه"];
/// Titles of the people bodies are named after (royals, rulers, religious leaders).
const ROYAL_TITLES: &[&str] = &["الملك", "الامير", "الاميره", "الشيخ", "الشيخه", "السلطان", "الامام"];

/// A body named after a titled person (مركز الملك سلمان للإغاثة والأعمال الإنسانية,
/// جامعة الملك سعود, مؤسسة الشيخ زايد للأعمال الخيرية): a head of organization names in
/// the construct state, a definite title, the person's name (a mention of a person or a
/// given name), and what the body is for, with a second aim after و and adjectives.
fn bodies_named_after_people(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let word = |k: usize| k < tokens.len() && tokens[k].kind == TokenKind::Word;
    let mut i = 0;
    while i + 2 < tokens.len() {
        let (h, t) = (&infos[i], &infos[i + 1]);
        let titled = word(i) && word(i + 1) && t.stem == t.norm && t.norm.starts_with("ال") && in_list(t, ROYAL_TITLES) && in_list(h, NAMED_AFTER_HEADS);
        if !titled {
            i += 1;
            continue;
        }
        // The person: a mention that begins right there, or a given name.
        let at = tokens[i + 2].start;
        let person_end = match spans.get(spans.partition_point(|s| s.start < at)).filter(|s| s.start == at && s.kind == EntityType::Per) {
            Some(p) => tokens_of(tokens, p).end,
            None if word(i + 2) && infos[i + 2].gaz.has(GIVEN) && infos[i + 2].stem == infos[i + 2].norm => i + 3,
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
            let adjective = aims > 0 && word(j) && i_j.stem == i_j.norm && i_j.norm.starts_with("ال") && (i_j.norm.ends_with('ي') || i_j.norm.ends_with("يه")) && !in_list(i_j, super::post::RELATIONAL);
            if p > 0 {
                j += p;
            } else if second_aim || adjective {
                j += 1;
            } else {
                break;
            }
            aims += 1;
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
        let end = j + 1 + purpose_len(infos, j + 1, tokens.len());
        found.extend(span_over(text, tokens, infos, i, end, EntityType::Org, 0.7));
    }
    add_replacing_model_spans(spans, found)
}

/// A word general Arabic does not know, right after a head of place names in the
/// construct state (جزيرة لسبوس, قرية كفرنبل): the place, which the tagger missed.
fn places_after_place_heads(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let (h, w) = (&infos[i], &infos[i + 1]);
        let head = tokens[i].kind == TokenKind::Word && h.gaz.has(gazetteer::LOC_HEAD) && !h.stem.starts_with("ال") && !in_list(h, &["شمال", "جنوب", "شرق", "غرب", "وسط", "دوله", "جمهوريه", "مملكه"]);
        let unknown = tokens[i + 1].kind == TokenKind::Word && w.stem == w.norm && w.gen[0] == 0 && w.norm.chars().count() >= 4 && !w.gaz.has(GIVEN | TITLE | gazetteer::ORG_HEAD | gazetteer::MONTH | gazetteer::WEEKDAY);
        if head && unknown {
            found.extend(span_over(text, tokens, infos, i + 1, i + 2, EntityType::Loc, 0.6));
        }
    }
    // (Only where no mention is.)
    let free: Vec<Span> = found
        .into_iter()
        .filter(|f| {
            let lo = spans.partition_point(|s| s.end <= f.start);
            spans.get(lo).is_none_or(|s| s.start >= f.end)
        })
        .collect();
    add_replacing_model_spans(spans, free)
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
        let head = r.start - 1;
        let free = k == 0 || spans[k - 1].end <= tokens[head].start;
        let h = &infos[head];
        if !free || tokens[head].kind != TokenKind::Word || h.stem.starts_with("ال") {
            continue;
        }
        let kind = if s.kind == EntityType::Loc && in_list(h, DIVISION_HEADS) && !place_by_itself(infos, r.start, r.end) {
            EntityType::Loc
        } else if s.kind == EntityType::Loc && r.len() <= 3 && heads_body_before_place(tokens, infos, head) {
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
fn place_by_itself(infos: &[TokInfo], a: usize, b: usize) -> bool {
    let first = &infos[a];
    if in_list(first, FEATURES) || in_list(first, DEFINITE_FEATURES) {
        return false;
    }
    place_flags(infos, a, b) != 0 || b == a + 1 && first.gaz.has(WF_LOC)
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
        if !opening_quote(&tokens[i + 1]) || tokens[i].kind != TokenKind::Word {
            continue;
        }
        // (باسم after a verb of naming, and a body head one to three words before it.)
        let known_as = h.norm == "باسم" && i >= 2 && in_list(&infos[i - 1], KNOWN_AS) && (i.saturating_sub(4)..i - 1).any(|k| tokens[k].kind == TokenKind::Word && is_org_head(&infos[k]) && !infos[k].stem.starts_with("ال"));
        if !known_as && (h.stem.starts_with("ال") || !(is_org_head(h) || in_list(h, QUOTE_HEADS))) {
            continue;
        }
        let Some(close) = (i + 3..tokens.len().min(i + 7)).find(|&j| !matches!(tokens[j].kind, TokenKind::Word | TokenKind::Latin)) else { continue };
        if !closing_quote(&tokens[close]) || verb_like(&infos[i + 2]) {
            continue;
        }
        found.extend(span_over(text, tokens, infos, i + 2, close, EntityType::Org, 0.8));
    }
    add_replacing_model_spans(spans, found)
}

/// A ministry's field and the country's feminine adjective, after no title.
fn ministries(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        let (field, adjective) = (&infos[i], &infos[i + 1]);
        let words = tokens[i].kind == TokenKind::Word && tokens[i + 1].kind == TokenKind::Word;
        if !words || !field.stem.starts_with("ال") || !adjective.norm.ends_with("يه") || !in_list(field, MINISTRY_FIELDS) {
            continue;
        }
        let of_country = adjective.stem == adjective.norm && adjective.norm.starts_with("ال") && adjective.norm.ends_with("يه") && country_adjective(&adjective.norm);
        let after_title = i > 0 && tokens[i - 1].kind == TokenKind::Word && (infos[i - 1].gaz.has(TITLE) || is_org_head(&infos[i - 1]));
        if of_country && !after_title {
            found.extend(span_over(text, tokens, infos, i, i + 2, EntityType::Org, 0.7));
        }
    }
    // (Only where no mention is: a ministry the tagger found stays as it is.)
    let free: Vec<Span> = found.into_iter().filter(|f| {
        let lo = spans.partition_point(|s| s.end <= f.start);
        spans.get(lo).is_none_or(|s| s.start >= f.end)
    }).collect();
    add_replacing_model_spans(spans, free)
}

/// A line that is a place, a dash and an agency's letters or name (أربيل - أ ش أ,
/// عمّان - بترا): the agency, an organization. Its words are no ordinary words (not
/// القاهرة - وكالات).
fn agency_lines(text: &str, tokens: &[Token], infos: &[TokInfo], spans: Vec<Span>) -> Vec<Span> {
    let mut found = Vec::new();
    let mut line_start = 0;
    while line_start < tokens.len() {
        // (Two tokens can come from one character, such as the ligature ﻻ.)
        let line_end = (line_start + 1..tokens.len()).find(|&k| tokens[k - 1].end <= tokens[k].start && text[tokens[k - 1].end..tokens[k].start].contains('\n')).unwrap_or(tokens.len());
        let line = line_start..line_end;
        line_start = line_end;
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
        if is_place && (letters || agency.clone().all(|k| tokens[k].kind == TokenKind::Latin || !ordinary(&infos[k]) && infos[k].stem == infos[k].norm)) {
            found.extend(span_over(text, tokens, infos, agency.start, agency.end, EntityType::Org, 0.7));
        }
    }
    add_replacing_model_spans(spans, found)
}

/// `found` added to `spans` where it overlaps only model spans inside it, which it
/// replaces.
fn add_replacing_model_spans(spans: Vec<Span>, found: Vec<Span>) -> Vec<Span> {
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
