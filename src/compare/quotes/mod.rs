//! Direct quotations with their speaker and cue word.
//!
//! **Quotations** are found by their marks ([`marks`]): every pair news text uses, a
//! quotation inside another part of it, an unclosed one running to the end of its
//! paragraph. Quoted names are not quotations: a quotation of at most three words
//! counts only when a cue word attributes it, no other quotation stands between the
//! cue and it, it does not follow a noun that names a thing (صحيفة "نيويورك تايمز"،
//! العبارة «سيرينا»، عملية، الملقب بـ…; see [`lexicon`]) and, when the caller gives
//! the names found in the text ([`quotes_with`]), it is not one of them. The same words
//! quoted several times in one text are one quotation with several places (`also`).
//!
//! **Speaker.** Within the quotation's sentence (outside quotation marks):
//! 1. right after the quotation: حسبما/كما + a speech verb, بحسب, وفقا لـ, نقلا عن,
//!    or a bare speech verb («…»، قال بوتين);
//! 2. otherwise the last speech verb before the quotation (قال، أضاف، أوضح، أكد،
//!    أشار، ذكر، أعلن، حذر، نقل…, with و/ف and feminine forms), the speaker being
//!    what follows it up to إن/أن, a colon, في بيان…, قوله, a date or the quotation
//!    ([`speaker`]); when nothing follows, the subject before the verb (لكن الكرملين
//!    قال إن), and when there is none either, the latest speaker of the two sentences
//!    before whose gender agrees with the verb, else the latest (وأضافت أن …,
//!    `inherited: true`), else,
//!    when the caller gives names, the first person named in the sentence before;
//! 3. otherwise a source preposition before the quotation (بحسب، وفقا لـ، نقلا عن).
//!
//! The speaker is a name span (no clitic, title, date or emoji) with the title apart.
//! A speaker named by title alone (وقال وزير الدفاع) is the person the article last
//! named with that title ([`titles`]); else the person named with it in the next
//! sentences (وقالت وزيرة الصحة: «…». وكانت الوزيرة فلانة…), or by the next
//! quotation's cue of continuation (يقول المتحدث… ويضيف فلان); when there is none,
//! the speaker is the title. A role that is no listed title before a given name
//! (الناجية، زميلها) is set apart as a title; a body named by its head alone (الوزارة)
//! is the body the article last (else next) names with that head; a statement issued
//! by a body (بيان صادر عن…، تقرير لمنظمة «…») is the body's.
//! `key` is the [`crate::name_key`] of the name (else of the title), for linking
//! speakers across articles and to entities.
//!
//! **Linear time.** Marks are paired with forward-only cursors; each sentence's cue
//! words are indexed once, so a sentence with many quotations costs no more than its
//! length; speaker phrases and title look-ups are bounded.

pub mod attribution;
mod lexicon;
mod marks;
mod speaker;
mod titles;

use std::collections::HashMap;

use serde::Serialize;

use super::Span;
use crate::normalize::{search_text, Options};
use crate::tokenize::{tokenize, Token, TokenKind};
use lexicon::{closes_sentence, form_in, is_comma, is_word, lexicon, search_form};
use speaker::{phrase_after, speaker_of, Phrase};

/// Where the cue word stands relative to the quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum CuePosition {
    Before,
    After,
}

/// The word that introduces a quotation (قال، وأضاف، حسبما قال، بحسب…).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Cue {
    /// Byte span of the cue in the text (both words of حسبما قال).
    pub start: usize,
    pub end: usize,
    /// The cue as written.
    pub text: String,
    /// Its `search` form without the conjunction و/ف (قال, اضافت, بحسب).
    pub form: String,
    pub position: CuePosition,
}

/// Who is said to speak.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Speaker {
    /// Byte span of the name as written, without clitic, title, date or emoji; of the
    /// title when no name is given. For a speaker carried over or resolved by title:
    /// where the article named them.
    pub start: usize,
    pub end: usize,
    /// The text of that span.
    pub text: String,
    /// The person's or body's name, when the phrase has one.
    pub name: Option<String>,
    /// The title or description (المتحدث باسم مجلس الأمن القومي).
    pub title: Option<String>,
    /// Name key of the name (or of the title when there is no name).
    pub key: String,
    /// Named in an earlier sentence and carried over (وأضاف …).
    pub inherited: bool,
    /// Named here by title alone (وقال وزير الدفاع) and resolved to the person the
    /// article last named with that title; `title` is the title used here.
    pub by_title: bool,
}

/// One direct quotation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    /// Byte span with the quotation marks.
    pub start: usize,
    pub end: usize,
    /// Byte span of the quoted words.
    pub text_start: usize,
    pub text_end: usize,
    /// The opening mark.
    pub mark: String,
    /// Whether a closing mark was found (else the quotation runs to the paragraph end).
    pub closed: bool,
    pub speaker: Option<Speaker>,
    pub cue: Option<Cue>,
    /// Other places in the same text where the same words are quoted (byte spans with
    /// the marks): one quotation, several places.
    pub also: Vec<Span>,
}

impl crate::offsets::Spans for Speaker {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        (self.start, self.end) = (f(self.start), f(self.end));
    }
}

impl crate::offsets::Spans for Cue {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        (self.start, self.end) = (f(self.start), f(self.end));
    }
}

/// Every offset: the quote's, its speaker's, its cue's and its other places. Binding
/// layers convert quotes with [`crate::offsets::convert`].
impl crate::offsets::Spans for Quote {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        for x in [&mut self.start, &mut self.end, &mut self.text_start, &mut self.text_end] {
            *x = f(*x);
        }
        crate::offsets::Spans::map_spans(&mut self.speaker, f);
        crate::offsets::Spans::map_spans(&mut self.cue, f);
        crate::offsets::Spans::map_spans(&mut self.also, f);
    }
}

/// A quotation as callers of `quotes` see it: offsets in their unit and the quoted
/// words beside them. The JS binding and the CLI both serialize this.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct QuoteView {
    #[serde(flatten)]
    pub quote: Quote,
    /// The quoted words.
    pub text: String,
}

impl QuoteView {
    /// Quote `q` of `text` with its quoted words, offsets still in bytes: callers
    /// convert them with [`crate::offsets::convert`].
    pub fn new(q: &Quote, text: &str) -> QuoteView {
        QuoteView { quote: q.clone(), text: text[q.text_start..q.text_end].to_string() }
    }
}

impl crate::offsets::Spans for QuoteView {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        crate::offsets::Spans::map_spans(&mut self.quote, f);
    }
}

/// A name found in the text by someone else (the entity recognizer): lets
/// [`quotes_with`] tell a quoted name from a quotation and find the person a bare
/// verb refers to. Byte offsets; sorted by `start`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NameHint {
    pub start: usize,
    pub end: usize,
    /// A person (else a place, body or other name).
    pub person: bool,
}

/// Direct quotations of `text` with speaker and cue: see the module documentation.
pub fn quotes(text: &str) -> Vec<Quote> {
    quotes_with(text, &[])
}

/// Quotations at most this many words long are quotations only when attributed.
const SHORT: usize = 3;
/// Sentences a speaker carries over to.
const CARRY: usize = 2;

/// What the cue before a quotation (or a sentence's last cue) gives.
struct Lead {
    phrase: Option<Phrase>,
    cue: Cue,
    /// The cue is a verb whose subject was not found: a pronoun (وأضاف أن).
    bare_verb: bool,
}

/// One sentence's tokens outside quotations, with where its cue words are.
struct Sentence<'a> {
    tokens: &'a [Token],
    text: &'a str,
    outside: Vec<usize>,
    /// `last_verb[i]`: position in `outside` of the last speech verb before `i`.
    last_verb: Vec<usize>,
    last_prep: Vec<usize>,
    /// The text's names, sorted by start (see [`Sentence::new`]).
    names: &'a [NameHint],
}

const NONE: usize = usize::MAX;

impl<'a> Sentence<'a> {
    /// `names`: the text's names, sorted by start. (A word inside a name is no cue:
    /// تري of ويند تري, the company, is not the verb "she sees".)
    fn new(tokens: &'a [Token], text: &'a str, outside: Vec<usize>, names: &'a [NameHint]) -> Self {
        let l = lexicon();
        let in_name = |t: &Token| {
            let n = names.partition_point(|h| h.start < t.start);
            n > 0 && names[n - 1].end >= t.end
        };
        let mut last_verb = Vec::with_capacity(outside.len() + 1);
        let mut last_prep = Vec::with_capacity(outside.len() + 1);
        let (mut v, mut p) = (NONE, NONE);
        for (i, &k) in outside.iter().enumerate() {
            last_verb.push(v);
            last_prep.push(p);
            let t = &tokens[k];
            // A negated or nominal verb introduces nobody's words (عدم ذكر اسمه، لم يذكر;
            // رفض ذكر اسمه, a verbal noun after refusing or asking).
            // (Not ruling out is saying: ولم يستبعد الخبير أن …)
            let rule_out = matches!(search_form(&t.norm).as_ref(), "يستبعد" | "تستبعد" | "يستبعدون");
            let negated = i > 0
                && !rule_out
                && matches!(
                    search_form(&tokens[outside[i - 1]].norm).as_ref(),
                    "عدم" | "دون" | "لم" | "ولم" | "لا" | "ولا" | "رفض" | "رفضت" | "طلب" | "طلبت" | "فضل" | "فضلت" | "طالبا" | "طالبه" | "يشا" | "تشا"
                );
            // (Nor does a verb of a relative clause set off by commas after the subject:
            // وقال الوالي فلان، الذي تابع عمليات الإنقاذ ميدانيا، إن «…»; the clause says
            // who the subject is, and the verb before it introduces the words.)
            let relative = i >= 2
                && is_comma(&tokens[outside[i - 2]])
                && matches!(search_form(&tokens[outside[i - 1]].norm).as_ref(), "الذي" | "التي" | "الذين")
                && outside[i + 1..].iter().take(10).position(|&k| is_comma(&tokens[k]) || lexicon::is_colon(&tokens[k])).is_some_and(|c| {
                    // (Closed before any quotation: in وانتقد فلان الحكومة، التي قالت إن
                    // «…»، معتبرا, the relative's verb says the words.)
                    outside[i..=i + 1 + c].windows(2).all(|w| w[1] == w[0] + 1)
                });
            // (Nor one inside an occasion set off by commas after a speech verb and its
            // subject, before the أن/إن the first verb governs: وقال فلان، في عرض قدمه
            // أمام النواب ونقلت جزءا منه وكالة …، إن «…»; the occasion's verbs say how the
            // words came out, the verb before it introduces them.)
            let occasion = v != NONE && {
                let sf = |j: usize| search_form(&tokens[outside[j]].norm).into_owned();
                let open = (i.saturating_sub(10)..i).rev().find(|&j| is_comma(&tokens[outside[j]]));
                open.is_some_and(|j| {
                    j > v && j + 1 < i
                        && matches!(sf(j + 1).as_str(), "في" | "خلال" | "امام" | "عقب" | "لدي" | "اثناء" | "علي")
                        && outside[j..=i].windows(2).all(|w| w[1] == w[0] + 1)
                        && outside[i + 1..].iter().take(12).position(|&k| is_comma(&tokens[k])).is_some_and(|c| {
                            let c = i + 1 + c;
                            outside[i..=c].windows(2).all(|w| w[1] == w[0] + 1) && c + 1 < outside.len() && matches!(sf(c + 1).as_str(), "ان" | "بان")
                        })
                })
            };
            if is_word(t) && !negated && !relative && !occasion {
                if (form_in(&t.norm, &l.verbs).is_some() || expressed(tokens, &outside, i) || goes_on_to_colon(tokens, &outside, i)) && !in_name(t) {
                    v = i;
                } else if form_in(&t.norm, &l.prepositions).is_some() || source_pronoun(&t.norm).is_some() {
                    p = i;
                }
            }
        }
        last_verb.push(v);
        last_prep.push(p);
        Sentence { tokens, text, outside, last_verb, last_prep, names }
    }

    fn word(&self, i: usize) -> &str {
        self.tokens[self.outside[i]].norm.as_str()
    }

    fn cue(&self, from: usize, to: usize, form: String, position: CuePosition) -> Cue {
        let (start, end) = (self.tokens[self.outside[from]].start, self.tokens[self.outside[to]].end);
        Cue { start, end, text: self.text[start..end].to_string(), form, position }
    }

    /// Attribution from the last cue before position `i` of `outside`.
    fn lead(&self, i: usize) -> Option<Lead> {
        self.lead_from(i, true)
    }

    /// [`Self::lead`]; `back` lets a verb with no subject of its own take the one of
    /// the speech verb before it in the sentence (نفى فلان الاتهامات، وقال إن …), once.
    fn lead_from(&self, i: usize, back: bool) -> Option<Lead> {
        let l = lexicon();
        let idx = &self.outside[..i];
        let tokens = self.tokens;
        let v = self.last_verb[i];
        if v != NONE {
            let raw = search_form(self.word(v));
            let form = form_in(self.word(v), &l.verbs).unwrap_or_else(|| search_form(self.word(v)).trim_start_matches('و').to_string());
            let cue = self.cue(v, v, form, CuePosition::Before);
            // نقلت وسائل إعلام عن بيسكوف قوله: the speaker follows عن.
            let mut from = v + 1;
            // ونقلت عنه وكالة … قوله إن «…»: "from him", the person named before; the
            // outlet only relays his words.
            // (The cue is both words, whose pronoun gives the speaker's gender, not the
            // verb's, which agrees with the outlet: ونقلت عنه وكالة.)
            if cue.form.starts_with("نقل") && idx.get(v + 1).is_some_and(|&k| matches!(search_form(&tokens[k].norm).as_ref(), "عنه" | "عنها" | "عنهم" | "عنهما")) {
                // (Set in a sentence whose speech verb came before it, as an aside: وأكد
                // فلان، حسب ما نقلت عنه وكالة …، أن «…»; مؤكدا، بحسب ما نقلت عنه …، أن:
                // "him" is that verb's subject, the lead is that verb's.)
                let w = |k: usize| search_form(self.word(k)).into_owned();
                let aside = match v.checked_sub(1).map(w).as_deref() {
                    Some("حسبما" | "بحسبما" | "وفقما" | "كما") => Some(v - 1),
                    Some("ما") if v >= 2 && matches!(w(v - 2).as_str(), "حسب" | "بحسب" | "وفق" | "وفقا" | "وحسب" | "وبحسب") => Some(v - 2),
                    _ => None,
                };
                if let Some(k) = aside.filter(|&k| self.last_verb[k] != NONE) {
                    if let Some(lead) = self.lead_from(k, back) {
                        return Some(lead);
                    }
                }
                let form = format!("نقل {}", search_form(&tokens[idx[v + 1]].norm));
                return Some(Lead { phrase: None, cue: self.cue(v, v + 1, form, CuePosition::Before), bare_verb: true });
            }
            // (Also in the present, وتنقل الصحيفة عن فلان قوله.)
            if cue.form.starts_with("نقل") || matches!(cue.form.as_str(), "ينقل" | "تنقل") {
                if let Some(an) = idx[v + 1..].iter().take(8).position(|&k| search_form(&tokens[k].norm) == "عن") {
                    from = v + 1 + an + 1;
                }
            }
            // (And من after علمت: وعلمت «الشروق» من مصادر مطلعة أن «…».)
            if matches!(cue.form.as_str(), "علمت" | "علم") {
                if let Some(an) = idx[v + 1..].iter().take(8).position(|&k| search_form(&tokens[k].norm) == "من") {
                    from = v + 1 + an + 1;
                }
            }
            // (So does إلى after نسب: ونسبت صحيفة «…» إلى دبلوماسي غربي قوله.)
            if cue.form.starts_with("نسب") {
                if let Some(an) = idx[v + 1..].iter().take(8).position(|&k| search_form(&tokens[k].norm) == "الي") {
                    from = v + 1 + an + 1;
                }
            }
            // (What a demand's participle is followed by is what is demanded: its
            // speaker is its subject, found as a participle's below.)
            // (After كان … قد, the subject came before the verb, and what follows it is
            // its object: وكان الوزير فلان قد طمأن التلاميذ بأن «…».)
            // (The subject may be a long title and a name set off by commas: وكانت رئيسة
            // مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في الأراضي الفلسطينية، فلانة، قد
            // وصفت …: twenty words back.)
            let kana_qad = v >= 2
                && search_form(self.word(v - 1)) == "قد"
                && idx[v.saturating_sub(20)..v - 1].iter().any(|&k| matches!(search_form(&tokens[k].norm).as_ref(), "كان" | "وكان" | "كانت" | "وكانت"));
            // (جاء في بيان صادر عن …: past في, the statement's issuer speaks; with none
            // named, جاء في البيان, neither the statement nor the speaker before does.)
            let came = came_in_statement(tokens, idx, v);
            if came {
                from = v + 2;
            }
            if came_in_it(tokens, idx, v) {
                // (Right after a statement the clause's verb issued, نشرت الجامعة …
                // بلاغا مقتضبا جاء فيه: «…», the subject of that verb wrote it: the words
                // between the verb that opens the clause and the statement, indefinite as
                // its object is, with up to two adjectives after it.)
                // (Or ب and the statement, how the clause's verb answered: وردت إدارة
                // النادي ببيان جاء فيه.)
                let issued = |k: usize| {
                    let w = search_form(&tokens[k].norm);
                    let by = w.strip_prefix('ب').filter(|r| r.chars().count() >= 3 && !lexicon::definite(r)).is_some_and(speaker::statement);
                    is_word(&tokens[k]) && !lexicon::definite(&w) && (speaker::statement(&w) || w.strip_suffix('ا').is_some_and(speaker::statement) || by)
                };
                // (A comma before جاء, and the statement's title after بعنوان in quote
                // marks, may stand between: نشرت المنظمة تقريرا بعنوان «…»، جاء فيه.)
                let titled = |j: usize| {
                    let t = &tokens[idx[j]];
                    search_form(&t.norm) == "بعنوان" || t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "«" | "»" | "\"" | "“" | "”")
                };
                let between = |j: usize| is_word(&tokens[idx[j]]) && !lexicon::definite(&tokens[idx[j]].norm) || titled(j) || j + 1 == v && is_comma(&tokens[idx[j]]);
                if let Some(s) = (v.saturating_sub(6)..v).rev().find(|&s| issued(idx[s])).filter(|&s| (s + 1..v).all(between) && (s + 1..v).filter(|&j| is_word(&tokens[idx[j]]) && !titled(j)).count() <= 2) {
                    let lo = s.saturating_sub(12);
                    let start = idx[lo..s].iter().rposition(|&k| tokens[k].kind == TokenKind::Punct).map_or(lo, |p| lo + p + 1);
                    let opens_with_verb = start + 1 < s && {
                        let f = &tokens[idx[start]].norm;
                        is_word(&tokens[idx[start]]) && !lexicon::definite(f) && lexicon::title_form(f).is_none() && !speaker::given_name(&tokens[idx[start]]) && form_in(f, &l.particles).is_none()
                    };
                    if opens_with_verb && (start == 0 || tokens[idx[start - 1]].kind == TokenKind::Punct) {
                        if let Some(p) = speaker_of(tokens, &phrase_after(tokens, &idx[..s], start + 1), self.text) {
                            return Some(Lead { phrase: Some(p), cue, bare_verb: false });
                        }
                    }
                }
                return Some(Lead { phrase: None, cue, bare_verb: true });
            }
            // جدد الرئيس فلان، خلال لقائه …، تأكيده أن «…»: a verbal noun of speech with
            // a possessive says the words of the subject of the verb that renews it.
            if matches!(cue.form.as_str(), "تاكيده" | "تاكيدها") {
                let renew = |k: usize| matches!(search_form(&tokens[k].norm).trim_start_matches('و'), "جدد" | "جددت" | "كرر" | "كررت" | "اعاد" | "اعادت");
                if let Some(r) = (v.saturating_sub(16)..v).rev().find(|&r| renew(idx[r])) {
                    if let Some(p) = speaker_of(tokens, &phrase_after(tokens, &idx[..v], r + 1), self.text) {
                        return Some(Lead { phrase: Some(p), cue, bare_verb: false });
                    }
                }
                return Some(Lead { phrase: None, cue, bare_verb: true });
            }
            // (The verb's به after ما: وحسب ما أفادت به مصادر.)
            if v > 0 && search_form(self.word(v - 1)) == "ما" && idx.get(from).is_some_and(|&k| matches!(search_form(&tokens[k].norm).as_ref(), "به" | "بها")) {
                from += 1;
            }
            // (بحسب ما يقول، / كما تقول، …: a verb after ما with a comma right after it
            // has no subject after it; the speaker is the one before, as after a bare
            // verb, and the words after the comma are the sentence's own.)
            if v > 0 && matches!(search_form(self.word(v - 1)).as_ref(), "ما" | "كما" | "حسبما") && idx.get(from).is_some_and(|&k| is_comma(&tokens[k])) {
                return Some(Lead { phrase: None, cue, bare_verb: true });
            }
            let mut phrase = if lexicon::object_participle(&cue.form) || kana_qad { Vec::new() } else { phrase_after(tokens, idx, from) };
            // (سأل joined by و in a sentence that named a person before it takes the one
            // asked for its object, up to the colon: رفع النائب فلان قنينة ماء، وسأل
            // الوزير فلان: «…؟»; the asker is that person, as after a bare verb.)
            let question = matches!(cue.form.as_str(), "سال" | "سالت") && search_form(self.word(v)).starts_with('و');
            let to_colon = phrase.last().and_then(|&e| idx.iter().position(|&x| x == e)).is_some_and(|e| idx.get(e + 1).is_some_and(|&c| lexicon::is_colon(&tokens[c])));
            let named_before = self.names.iter().any(|h| h.person && h.start >= tokens[idx[0]].start && h.end <= tokens[idx[v]].start);
            if question && to_colon && named_before {
                return Some(Lead { phrase: None, cue, bare_verb: true });
            }
            // (فيه / فيها right after the verb, "in it", the statement before: أصدر المجلس
            // بيانا رحب فيه بالنتائج: the statement's issuer, before the verb, speaks.)
            if phrase.first().is_some_and(|&k| matches!(search_form(&tokens[k].norm).as_ref(), "فيه" | "فيها")) {
                phrase.clear();
            }
            if came && phrase.first().is_some_and(|&k| speaker::statement(&tokens[k].norm)) {
                return Some(Lead { phrase: None, cue, bare_verb: false });
            }
            // (A verb after وهم / وهن, "while they", with no subject after it, says what
            // the subject of its clause's verb does: استقبل عشرات من المشجعين اللاعب وهم
            // يهتفون: «…», the fans; never the speaker quoted before.)
            if phrase.is_empty() && v >= 2 && matches!(search_form(self.word(v - 1)).as_ref(), "وهم" | "وهن") {
                let c = idx[..v - 1].iter().rposition(|&k| is_comma(&tokens[k]) || tokens[k].kind == TokenKind::Punct).map_or(0, |p| p + 1);
                let opens = idx.get(c).is_some_and(|&k| is_word(&tokens[k]) && !lexicon::definite(&tokens[k].norm) && form_in(&tokens[k].norm, &l.particles).is_none());
                if opens && c + 1 < v - 1 {
                    let mut sub = phrase_after(tokens, &idx[..v - 1], c + 1);
                    // (A definite title after the subject's definite last word is the
                    // verb's object: … مشجعي الأهلي اللاعب.)
                    let def = |k: usize| lexicon::definite(&tokens[k].norm);
                    let role = |k: usize| lexicon::title_form(&tokens[k].norm).is_some();
                    if let Some(j) = (2..sub.len()).find(|&j| def(sub[j]) && role(sub[j]) && def(sub[j - 1]) && !role(sub[j - 1])) {
                        sub.truncate(j);
                    }
                    if let Some(p) = speaker_of(tokens, &sub, self.text) {
                        return Some(Lead { phrase: Some(p), cue, bare_verb: false });
                    }
                }
                return Some(Lead { phrase: None, cue, bare_verb: false });
            }
            // وطالب المجتمعَ الدولي بـ«…», ودعت الأمم المتحدة البلدين إلى «…»: after a
            // verb of a demand, whom it calls on is no part of its subject.
            if lexicon::demand_verb(&cue.form) {
                // (Not the definite noun of a title in the construct state: طالب وزير
                // الخارجية فلان بـ«…», the minister of foreign affairs.)
                // (Nor that of a body's head in the construct state after the title: دعا
                // رئيس لجنة التربية والتعليم النيابية النائب فلان إلى «…», the committee of
                // education.)
                let of_title = |j: usize| {
                    j > 0 && {
                        let prev = &tokens[phrase[j - 1]];
                        let w = search_form(&prev.norm);
                        let head = crate::entities::gazetteer::word_flags(&w) & crate::entities::gazetteer::ORG_HEAD != 0 || lexicon().bodies.contains(w.as_ref());
                        (lexicon::title_form(&prev.norm).is_some() || (head && j > 1 && lexicon::title_form(&tokens[phrase[j - 2]].norm).is_some())) && !w.starts_with("ال")
                    }
                };
                // (Nor a nisba adjective after a definite noun, which it describes: رئيس
                // المنظمة الوطنية لأولياء التلاميذ.)
                let adjective = |j: usize| j > 0 && lexicon::definite(&tokens[phrase[j - 1]].norm) && search_form(&tokens[phrase[j]].norm).ends_with("يه");
                // (A call joined by و after a comma that goes on from a speech verb
                // before it in the sentence keeps that verb's subject: a lone definite
                // noun after it that is no title, body or name is whom it calls on, a
                // broken plural too: قالت الوزارة إنها «…»، ودعت العمال إلى «…».)
                let goes_on = raw.starts_with('و') && v > 0 && self.last_verb[v] != NONE && is_comma(&tokens[idx[v - 1]]);
                let lone_object = |j: usize| {
                    let t = &tokens[phrase[j]];
                    let sf = search_form(&t.norm);
                    goes_on
                        && j == 0
                        && phrase.len() == 1
                        && lexicon::definite(&t.norm)
                        && lexicon::title_form(&t.norm).is_none()
                        && !speaker::of_a_body(t)
                        && !speaker::known_name_word(t)
                        && crate::entities::gazetteer::word_flags(&sf) & crate::entities::gazetteer::ORG_HEAD == 0
                        && !lexicon().bodies.contains(sf.as_ref())
                        && !is_named(self.names, t.start, t.end)
                };
                if let Some(o) = (0..phrase.len()).find(|&j| (called_on(self.text, &tokens[phrase[j]], &cue.form) || lone_object(j)) && !of_title(j) && !adjective(j)) {
                    // (A body called on begins at its head: دعا فلان وزارة التربية إلى.)
                    let head = |k: usize| crate::entities::gazetteer::word_flags(&search_form(&tokens[k].norm)) & crate::entities::gazetteer::ORG_HEAD != 0;
                    let o = if o > 1 && head(phrase[o - 1]) && !search_form(&tokens[phrase[o - 1]].norm).starts_with("ال") { o - 1 } else { o };
                    phrase.truncate(o);
                }
            }
            // وسأل مصراوي رئيس الجهاز: «…؟»: after a verb of asking, the one asked (a
            // title after the subject) is no part of the subject.
            if matches!(cue.form.as_str(), "سال" | "سالت" | "يسال" | "تسال") {
                if let Some(o) = (1..phrase.len()).find(|&j| lexicon::title_form(&tokens[phrase[j]].norm).is_some() && lexicon::title_form(&tokens[phrase[j - 1]].norm).is_none() && !is_comma(&tokens[phrase[j - 1]])) {
                    phrase.truncate(o);
                }
            }
            // وأشاد مسؤول بالاتحاد الدولي بتعاون السلطات: after a verb of praise, ب and an
            // indefinite noun that heads no body begins what is praised, no part of the
            // subject (بالاتحاد, with the article, is where the official works).
            if matches!(cue.form.as_str(), "اشاد" | "اشادت" | "رحب" | "رحبت" | "نوه" | "نوهت") {
                let praised = |k: usize| {
                    let w = search_form(&tokens[k].norm);
                    let head = w.strip_prefix('ب').is_some_and(|n| crate::entities::gazetteer::word_flags(n) & crate::entities::gazetteer::ORG_HEAD != 0 || lexicon().bodies.contains(n));
                    verb_object(&tokens[k]) && !lexicon::definite(&tokens[k].norm) && !head
                };
                if let Some(o) = (1..phrase.len()).find(|&j| praised(phrase[j])) {
                    phrase.truncate(o);
                }
            }
            // وعدت بتمويل عاجل …: a first word that is ب and a noun is what the verb is
            // about, no subject. In the clause reported by an earlier speech verb of the
            // sentence (قال الأمين إن الفاو وعدت بتمويل…، غير أن المبلغ «…»), that verb's
            // speaker says the quotation.
            // (So is a circumstantial participle, indefinite and accusative, that opens
            // the words after the verb: إذ قال موجها كلامه إلى الهيئة: «…»; its subject
            // is before the verb.)
            if phrase.first().is_some_and(|&k| circumstantial(&tokens[k])) {
                phrase.clear();
            }
            if phrase.first().is_some_and(|&k| verb_object(&tokens[k])) {
                phrase.clear();
                let w = self.last_verb[v];
                let reported = w != NONE && idx[w + 1..v].iter().any(|&k| matches!(search_form(&tokens[k].norm).as_ref(), "ان" | "انه" | "انها" | "بان"));
                if back && reported {
                    if let Some(Lead { phrase: Some(p), .. }) = self.lead_from(v, false) {
                        return Some(Lead { phrase: Some(p), cue, bare_verb: false });
                    }
                }
            }
            // ذكرت الوكالة، نقلا عن مصدر مسؤول، أن …: the source it relays speaks.
            let end = phrase.last().and_then(|&e| idx.binary_search(&e).ok()).map_or(from, |p| p + 1);
            let relay = (end..idx.len().min(end + 3)).find(|&k| search_form(&tokens[idx[k]].norm) == "نقلا");
            if let Some(r) = relay.filter(|&r| idx.get(r + 1).is_some_and(|&k| search_form(&tokens[k].norm) == "عن")) {
                if let Some(p) = speaker_of(tokens, &phrase_after(tokens, idx, r + 2), self.text) {
                    return Some(Lead { phrase: Some(p), cue, bare_verb: false });
                }
            }
            // وردت الحكومة على لسان وزيرها فلان: who speaks for it speaks.
            let mouth = (end..idx.len().min(end + 2)).find(|&k| search_form(&tokens[idx[k]].norm) == "علي" && idx.get(k + 1).is_some_and(|&n| search_form(&tokens[n].norm) == "لسان"));
            if let Some(r) = mouth {
                if let Some(p) = speaker_of(tokens, &phrase_after(tokens, idx, r + 2), self.text) {
                    return Some(Lead { phrase: Some(p), cue, bare_verb: false });
                }
            }
            // وذكرت "كابيتال إيكونوميكس" ومقرها لندن أن …: a body named in quote marks
            // right after the verb, then where it sits; the body speaks.
            let seat = |k: usize| matches!(search_form(&tokens[k].norm).as_ref(), "ومقرها" | "ومقره" | "مقرها" | "مقره");
            if phrase.first().is_some_and(|&k| seat(k)) && from > 0 && from < idx.len() && idx[from] > idx[from - 1] + 1 {
                let quoted: Vec<usize> = (idx[from - 1] + 1..idx[from]).filter(|&k| is_word(&tokens[k])).collect();
                if (1..=LONG_NAME).contains(&quoted.len()) {
                    if let Some(p) = speaker_of(tokens, &quoted, self.text) {
                        return Some(Lead { phrase: Some(p), cue, bare_verb: false });
                    }
                }
            }
            // وأضاف فلان أن الجمعية طالبت الوزارة «…»: a verb of demand or blame after أن
            // and its subject is the reported clause's, and quotes what is demanded, not
            // speech; the speaker of the speech verb before, who reports the clause,
            // says the quotation. (Not أن الرئيس أكد «…», the president's words.)
            let reported_subject = v >= 2
                && (lexicon::demand_verb(&cue.form) || lexicon::object_cue(&cue.form))
                && matches!(search_form(self.word(v - 2)).as_ref(), "ان" | "بان" | "وان")
                && is_word(&tokens[idx[v - 1]])
                && lexicon::definite(self.word(v - 1))
                && self.last_verb[v] != NONE
                && self.last_verb[v] < v - 2;
            if back && reported_subject {
                if let Some(Lead { phrase: Some(p), .. }) = self.lead_from(v, false) {
                    return Some(Lead { phrase: Some(p), cue, bare_verb: false });
                }
            }
            // (A verb right after الذي/التي whose antecedent is a person the entity
            // finder marks, طعمة، التي اتهمت الحكومة بـ«…»: the person is its subject,
            // found below, and the noun after the verb its object, no speaker.)
            if v >= 2 && matches!(search_form(self.word(v - 1)).as_ref(), "الذي" | "التي") {
                let rel = &tokens[idx[v - 1]];
                let stop = if is_comma(&tokens[idx[v - 2]]) { tokens[idx[v - 2]].start } else { rel.start };
                // (Or a word that may be a name set off by the comma, طعمة، التي, where the
                // finder marked none; not when a title or a person follows the verb,
                // التي قال رئيسها فلان, its own subject.)
                let comma = is_comma(&tokens[idx[v - 2]]);
                let person = self.names.iter().any(|h| h.person && h.end <= stop && self.text[h.end..stop].trim().is_empty())
                    || comma && v >= 3 && speaker::name_like(&tokens[idx[v - 3]]);
                let own_subject = phrase.first().is_some_and(|&k| lexicon::title_form(&tokens[k].norm).is_some() || self.names.iter().any(|h| h.person && h.start == tokens[k].start));
                if person && !own_subject {
                    phrase.clear();
                }
            }
            if let Some(p) = speaker_of(tokens, &phrase, self.text) {
                return Some(Lead { phrase: Some(p), cue, bare_verb: false });
            }
            // A participle (مضيفة، مؤكدا) or a verb after و has the subject of the
            // speech verb before it in the sentence.
            let f = cue.form.as_str();
            // (داعيا, a demand's participle of the first form, is one too.)
            // (And the active participles of the first form, فاعلا / فاعلة: لافتا،
            // لافتة, whose subject is the speech verb's before them as well.)
            let first_form = f.chars().count() == 5 && f.chars().nth(1) == Some('ا') && !f.starts_with("سال");
            let participle = (f.starts_with('م') || f.starts_with("قا") || first_form) && (f.ends_with('ا') || f.ends_with('ه')) || lexicon::object_participle(f);
            // (Not after a verb of asking: وسأله صحفي عن …، فرد: the one asked answers;
            // see below.)
            let asking = |i: usize| {
                let w = search_form(self.word(i));
                matches!(w.strip_prefix('و').unwrap_or(&w), "سال" | "سالت" | "ساله" | "سالته" | "سالها" | "سالتها" | "يسال" | "تسال")
            };
            if back && (raw != cue.form || participle) && self.last_verb[v] != NONE && !asking(self.last_verb[v]) {
                match self.lead_from(v, false) {
                    Some(Lead { phrase: Some(p), .. }) => return Some(Lead { phrase: Some(p), cue, bare_verb: false }),
                    // (وأضاف أن الامتحان «…»، داعيا المترشحين إلى «…»: the verb's subject is
                    // a pronoun, and so is the participle's; no noun of the reported clause
                    // before it speaks.)
                    Some(Lead { phrase: None, bare_verb: true, .. }) if participle => return Some(Lead { phrase: None, cue, bare_verb: true }),
                    _ => {}
                }
            }
            // A verb right after الذي/التي has the name before the relative for its
            // subject (غوتيريش، الذي أشاد بـ«…»): the name that ends the words before it.
            if v >= 2 && matches!(search_form(self.word(v - 1)).as_ref(), "الذي" | "التي") {
                // (A name the entity finder found in quote marks right before the
                // relative, منظمة "إنترنت بلا حدود" التي قالت: its words are inside the
                // marks, where the words outside do not reach.)
                let rel = &tokens[idx[v - 1]];
                let n = self.names.partition_point(|h| h.end <= rel.start);
                let quoted = n.checked_sub(1).map(|p| &self.names[p]).filter(|h| {
                    let gap = &self.text[h.end..rel.start];
                    gap.chars().any(|c| "\"«»“”".contains(c)) && gap.chars().all(|c| c.is_whitespace() || "\"«»“”".contains(c))
                });
                if let Some(h) = quoted {
                    let ks: Vec<usize> = (0..tokens.len()).skip(tokens.partition_point(|t| t.start < h.start)).take_while(|&k| tokens[k].end <= h.end).collect();
                    if let Some(p) = speaker_of(tokens, &ks, self.text) {
                        return Some(Lead { phrase: Some(p), cue, bare_verb: false });
                    }
                }
                let mut end = if is_comma(&tokens[idx[v - 2]]) { v - 2 } else { v - 1 };
                // (A title set off by commas before the relative describes the name before
                // it: فلان، رئيس مجلس إدارة الشركة، الذي قال إن …)
                if end == v - 2 {
                    let comma = (end.saturating_sub(12)..end).rev().find(|&k| is_comma(&tokens[idx[k]]));
                    // (The title opens the words set off, maybe after وهو: not ردا على النائب
                    // فلان، الذي, where the name before the relative is the one after the title.)
                    if let Some(c) = comma.filter(|&c| c > 0 && (c + 1..(c + 3).min(end)).any(|k| lexicon::title_form(&tokens[idx[k]].norm).is_some()) && speaker::name_like(&tokens[idx[c - 1]])) {
                        end = c;
                    }
                }
                let mut from = end;
                while from > end.saturating_sub(4) && speaker::name_like(&tokens[idx[from - 1]]) {
                    from -= 1;
                }
                if let Some(p) = speaker_of(tokens, &idx[from..end], self.text).filter(|p| from < end && p.speaker.name.is_some()) {
                    return Some(Lead { phrase: Some(p), cue, bare_verb: false });
                }
            }
            // وسأله صحفي عن …، فرد: «…»; وطلب القاضي فلان من المتهم الكلام، فقال: the
            // one asked answers (after ف, in the same sentence): the object pronoun of
            // سأل is the speaker before; طلب … من فلان, the one after من; سأل فلان
            // ممثل النيابة, the title that begins the object.
            if raw.starts_with('ف') && raw.strip_prefix('ف') == Some(cue.form.as_str()) && v > 0 {
                let lo = v.saturating_sub(25);
                let start = idx[lo..v].iter().rposition(|&k| tokens[k].kind == TokenKind::Punct && !is_comma(&tokens[k]) && !lexicon::is_colon(&tokens[k])).map_or(lo, |p| lo + p + 1);
                let asked = (start..v).rev().find_map(|a| {
                    let w = search_form(self.word(a));
                    let w = w.strip_prefix('و').unwrap_or(&w).to_string();
                    match w.as_str() {
                        "ساله" | "سالته" | "سالها" | "سالتها" => Some((a, 0)),
                        "سال" | "سالت" => Some((a, 1)),
                        "طلب" | "طلبت" => Some((a, 2)),
                        _ => None,
                    }
                });
                match asked {
                    Some((_, 0)) => return Some(Lead { phrase: None, cue, bare_verb: true }),
                    Some((a, 2)) => {
                        if let Some(m) = (a + 1..v).find(|&k| matches!(search_form(self.word(k)).as_ref(), "من" | "منه" | "منها")) {
                            if search_form(self.word(m)) != "من" {
                                return Some(Lead { phrase: None, cue, bare_verb: true });
                            }
                            // (The one asked ends with the name the entity finder found in
                            // it: من المتهم فلان الإدلاء بأقواله, not what was asked of him.)
                            let mut asked = phrase_after(tokens, idx, m + 1);
                            if let (Some(&f), Some(&l)) = (asked.first(), asked.last()) {
                                let named = self.names.iter().find(|h| h.start >= tokens[f].start && h.start < tokens[l].end);
                                if let Some(h) = named {
                                    asked.retain(|&k| tokens[k].end <= h.end);
                                }
                            }
                            if let Some(p) = speaker_of(tokens, &asked, self.text) {
                                return Some(Lead { phrase: Some(p), cue, bare_verb: false });
                            }
                        }
                    }
                    Some((a, _)) => {
                        let object = phrase_after(tokens, idx, a + 1);
                        if let Some(j) = (1..object.len()).find(|&j| lexicon::title_form(&tokens[object[j]].norm).is_some()) {
                            if let Some(p) = speaker_of(tokens, &object[j..], self.text) {
                                return Some(Lead { phrase: Some(p), cue, bare_verb: false });
                            }
                        }
                    }
                    None => {}
                }
            }
            // Subject before the verb: لكن الكرملين قال إن …, وكان المدير، فلان، قد قال إن
            // (and أما فلان فقال إن …, whose ف answers أما: checked below).
            let answers = raw.strip_prefix('ف') == Some(cue.form.as_str());
            if (raw == cue.form || answers) && v > 0 {
                let lo = v.saturating_sub(14);
                let clause = |k: usize| {
                    (tokens[k].kind == TokenKind::Punct && !is_comma(&tokens[k]))
                        || matches!(search_form(&tokens[k].norm).as_ref(), "كان" | "وكان" | "كانت" | "وكانت" | "لكن" | "ولكن" | "بينما" | "فيما" | "حيث")
                        // (لكن with its pronoun, the subject: قال الوزير إن بلاده «…»، لكنه
                        // شدد على أن «…»; the noun of the clause before is none of his.)
                        || matches!(search_form(&tokens[k].norm).as_ref(), "لكنه" | "ولكنه" | "لكنها" | "ولكنها" | "لكنهم" | "ولكنهم")
                        // (And كان's jussive after لم: لم يكن فلان يتوقع أن …, whose subject
                        // follows it.)
                        || matches!(search_form(&tokens[k].norm).as_ref(), "يكن" | "تكن") && k > 0 && matches!(search_form(&tokens[k - 1].norm).as_ref(), "لم" | "ولم")
                        // A reported clause (search forms of أن, بأن, وأن, إن): ذكرت الوكالة أن القائد فلان قال إن …
                        || matches!(search_form(&tokens[k].norm).as_ref(), "ان" | "بان" | "وان")
                };
                let from = idx[lo..v].iter().rposition(|&k| clause(k)).map_or(lo, |p| lo + p + 1);
                // (After لكنه/لكنها, whose pronoun is the subject, a verb of its own before
                // the participle, لكنه رفض الإفصاح عن التفاصيل، قائلا: the participle's
                // subject is that pronoun, the speaker before; the verb's object is none.)
                let pronoun_subject = from > 0 && matches!(search_form(&tokens[idx[from - 1]].norm).as_ref(), "لكنه" | "ولكنه" | "لكنها" | "ولكنها" | "لكنهم" | "ولكنهم");
                if pronoun_subject && participle && from < v && lexicon::title_form(&tokens[idx[from]].norm).is_none() && !lexicon::definite(&tokens[idx[from]].norm) && !speaker::given_name(&tokens[idx[from]]) {
                    return Some(Lead { phrase: None, cue, bare_verb: true });
                }
                // (A verb right after ما with a preposition, بما وصفته، مما اعتبره, is in
                // a relative clause about what the sentence's verb is about: its subject
                // is that verb's, the words after the verb that opens the sentence, not
                // the verb and all after it: ونددت النقابة … في بيان بما وصفته بـ«…».)
                if v >= from + 3 && matches!(search_form(self.word(v - 1)).as_ref(), "بما" | "مما" | "عما" | "لما") {
                    let first = &tokens[idx[from]];
                    let w = search_form(&first.norm);
                    let verb = is_word(first)
                        && (form_in(&first.norm, &l.verbs).is_some() || (w.starts_with('و') && w.chars().count() >= 4 && !lexicon::definite(&first.norm) && lexicon::title_form(&first.norm).is_none() && !speaker::given_name(first) && crate::entities::gazetteer::word_flags(w.strip_prefix('و').unwrap_or(&w)) & crate::entities::gazetteer::ORG_HEAD == 0 && crate::entities::gazetteer::word_flags(&w) & crate::entities::gazetteer::ORG_HEAD == 0));
                    if verb {
                        if let Some(p) = speaker_of(tokens, &phrase_after(tokens, &idx[..v - 1], from + 1), self.text) {
                            return Some(Lead { phrase: Some(p), cue, bare_verb: false });
                        }
                    }
                }
                let mut subject: &[usize] = &idx[from..v];
                // (Set when وهو ما begins the subject's clause, however far back.)
                let mut which_is_what = false;
                // (A verb right after إذ, "for", explains the clause before it: ولم يتأخر
                // رد فلان، إذ قال إن …; its subject is the person that clause names, else a
                // pronoun; the clause itself is no speaker.)
                if subject.last().is_some_and(|&k| matches!(search_form(&tokens[k].norm).as_ref(), "اذ" | "واذ" | "إذ" | "وإذ")) {
                    let before = &subject[..subject.len() - 1];
                    let person = before.iter().rev().find_map(|&k| self.names.iter().find(|h| h.person && h.start <= tokens[k].start && tokens[k].end <= h.end));
                    if let Some(h) = person {
                        let ws: Vec<usize> = before.iter().copied().filter(|&k| tokens[k].start >= h.start && tokens[k].end <= h.end).collect();
                        if let Some(p) = speaker_of(tokens, &ws, self.text) {
                            return Some(Lead { phrase: Some(p), cue, bare_verb: false });
                        }
                    }
                    // (Or by the family name of a person the text named before, which the
                    // entity finder left alone there: رد الحيان after مصطفى الحيان.)
                    let surname = |k: usize| {
                        let w = search_form(&tokens[k].norm);
                        w.chars().count() >= 3
                            && self.names.iter().take_while(|h| h.end <= tokens[before[0]].start).any(|h| h.person && self.text[h.start..h.end].split_whitespace().count() >= 2 && self.text[h.start..h.end].split_whitespace().last().is_some_and(|l| search_form(l) == w))
                    };
                    if let Some(&k) = before.iter().rev().find(|&&k| is_word(&tokens[k]) && surname(k)) {
                        let sp = inherited_name(self.text, tokens[k].start, tokens[k].end);
                        return Some(Lead { phrase: Some(Phrase { speaker: Speaker { inherited: false, ..sp }, title_tokens: Vec::new() }), cue, bare_verb: false });
                    }
                    return Some(Lead { phrase: None, cue, bare_verb: true });
                }
                // وهو ما رد عليه بحارة بالقول ("which is what … answered"): after ما and
                // its verb (and the verb's preposition with a pronoun), the verb's subject.
                let sf = |k: usize| search_form(&tokens[k].norm);
                if let Some(p) = subject.windows(2).rposition(|w| matches!(sf(w[0]).as_ref(), "وهو" | "وهي" | "هو" | "هي" | "وهذا" | "هذا" | "وذلك" | "ذلك") && sf(w[1]) == "ما") {
                    let mut q = p + 3;
                    if subject.get(q).is_some_and(|&k| matches!(sf(k).as_ref(), "عليه" | "عليها" | "به" | "بها" | "له" | "لها" | "عنه" | "عنها" | "اليه" | "اليها")) {
                        q += 1;
                    }
                    if q < subject.len() && subject.get(p + 2).is_some_and(|&k| is_word(&tokens[k])) {
                        subject = &subject[q..];
                        which_is_what = true;
                        // (And how it answered, ب and a statement after the subject: وهو ما
                        // رد عليه المجلس ببيان وصف فيه …)
                        while subject.len() > 1 && subject.last().is_some_and(|&k| search_form(&tokens[k].norm).strip_prefix('ب').is_some_and(|r| r.chars().count() >= 3 && speaker::statement(r))) {
                            subject = &subject[..subject.len() - 1];
                        }
                    }
                }
                let amma = subject.first().is_some_and(|&k| matches!(search_form(&tokens[k].norm).as_ref(), "اما" | "واما"));
                if answers && !amma {
                    return Some(Lead { phrase: None, cue, bare_verb: true });
                }
                // أما فلان فقد اكتفى بالقول إن …: the subject ends before the ف that
                // answers أما.
                if amma {
                    if let Some(f) = subject.iter().skip(2).position(|&k| answers_amma(&tokens[k].norm)) {
                        subject = &subject[..f + 2];
                    }
                }
                // (Before ليقول, what a comma sets off before the verb it follows, عاد,
                // is when: وبعد ساعات، عاد المدرب ليقول; عاد is trimmed as a particle.)
                if matches!(cue.form.as_str(), "ليقول" | "لتقول" | "ليضيف" | "لتضيف") {
                    if let Some(c) = subject.iter().rposition(|&k| is_comma(&tokens[k])).filter(|&c| c + 2 < subject.len()) {
                        subject = &subject[c + 1..];
                    }
                }
                while subject.first().is_some_and(|&k| is_comma(&tokens[k]) || form_in(&tokens[k].norm, &l.particles).is_some()) {
                    subject = &subject[1..];
                }
                while subject.last().is_some_and(|&k| is_comma(&tokens[k]) || form_in(&tokens[k].norm, &l.particles).is_some()) {
                    subject = &subject[..subject.len() - 1];
                }
                // Before a participle, the clause's own verb leads (وانتقد الخبير فلان
                // القرار، معتبرا …): a first word with و that a title follows is that verb.
                // (So is one general Arabic never writes with the article, a verb the
                // lexicon does not list: ورحبت الوكالة … بالحكم، مؤكدة.)
                let verb = |k: usize| {
                    let w = search_form(&tokens[k].norm);
                    let b = w.strip_prefix('و').map(crate::entities::general_freq::buckets).unwrap_or_default();
                    b[0] >= 2 && matches!(b[1], 1 | 7)
                };
                // (Or, without و, a verb the lexicon does not list before a body: بينما
                // نعى الأزهر الشريف الضحايا، داعيا …; ورحبت هيئة تنظيم الاتصالات
                // بالصفقة، مؤكدة …: the body the text names there, without the object.)
                let plain_verb = |k: usize| {
                    let b = crate::entities::general_freq::buckets(&search_form(&tokens[k].norm));
                    b[0] >= 2 && matches!(b[1], 1 | 7)
                };
                let name_at = |k: usize| {
                    let t = &tokens[k];
                    let n = self.names.partition_point(|h| h.start < t.start.saturating_sub(2));
                    self.names.get(n).filter(|h| !h.person && h.start <= t.start + 2 && h.start + 2 >= t.start)
                };
                // (So does the verb before بالقول: واكتفى المتحدث بالقول إن …)
                // (Before بالقول, what a comma sets off before the verb and its subject is
                // no part of them: وردا على سؤال …، اكتفى الوزير بالقول.)
                if bil_qawl_form(&cue.form) {
                    if let Some(c) = subject.iter().rposition(|&k| is_comma(&tokens[k])) {
                        let rest = &subject[c + 1..];
                        // (Not a preposition and its object, what the verb is about after
                        // the subject set off by commas: ورد مندوب السودان، فلان، على
                        // المتحدثين بالقول.)
                        let verb_then_subject = rest.len() >= 2
                            && !matches!(search_form(&tokens[rest[0]].norm).as_ref(), "علي" | "الي" | "عن" | "في" | "من" | "مع" | "امام" | "حول" | "ب")
                            && lexicon::title_form(&tokens[rest[0]].norm).is_none()
                            && !lexicon::definite(&tokens[rest[0]].norm)
                            && (lexicon::title_form(&tokens[rest[1]].norm).is_some() || lexicon::definite(&tokens[rest[1]].norm));
                        if verb_then_subject {
                            subject = rest;
                        }
                        // (A lone verb joined by و after the comma, رفض مسؤول … التعليق على
                        // …، واكتفى بالقول: its subject is that of the verb opening the
                        // clause before the comma, the words right after it.)
                        let lone_joined = rest.len() == 1 && {
                            let w = search_form(&tokens[rest[0]].norm);
                            w.starts_with('و') && w.chars().count() >= 4 && !lexicon::definite(&w) && lexicon::title_form(&w).is_none()
                        };
                        let opens_with_verb = c >= 2 && {
                            let f = &tokens[subject[0]];
                            is_word(f) && !lexicon::definite(&f.norm) && lexicon::title_form(&f.norm).is_none() && !speaker::given_name(f)
                        };
                        if lone_joined && opens_with_verb {
                            // (Up to the end of a name the phrase holds, a body the title
                            // is of: what follows it is the verb's object, التعليق.)
                            let mut ph = phrase_after(tokens, &subject[..c], 1);
                            if let Some(h) = ph.first().and_then(|&f| self.names.iter().find(|h| h.start >= tokens[f].start && ph.iter().any(|&k| tokens[k].start == h.start || tokens[k].start < h.start && h.start < tokens[k].end))) {
                                ph.retain(|&k| tokens[k].end <= h.end);
                            }
                            if let Some(p) = speaker_of(tokens, &ph, self.text) {
                                return Some(Lead { phrase: Some(p), cue, bare_verb: false });
                            }
                        }
                    }
                }
                let person_at = |k: Option<usize>| {
                    let t = &tokens[k?];
                    self.names.iter().find(|h| h.person && h.start == t.start)
                };
                let opens_with_wa_verb = |k: usize| {
                    let t = &tokens[k];
                    let w = search_form(&t.norm);
                    is_word(t)
                        && w.starts_with('و')
                        && w.chars().count() >= 4
                        && !lexicon::definite(w.strip_prefix('و').unwrap_or(&w))
                        && lexicon::title_form(&t.norm).is_none()
                        && !speaker::given_name(t)
                        && !speaker::known_name_word(t)
                        && !self.names.iter().any(|h| h.start < t.end && t.start < h.end)
                };
                let verb_first = (participle || bil_qawl_form(&cue.form)) && subject.len() > 1 && lexicon::title_form(&tokens[subject[0]].norm).is_none();
                // (Without و before بالقول too: من جانبه، اكتفى المتحدث … بالقول.)
                let bil_qawl = bil_qawl_form(&cue.form) && subject.len() > 1 && !lexicon::definite(&tokens[subject[0]].norm) && lexicon::title_form(&tokens[subject[1]].norm).is_some();
                if verb_first
                    && (search_form(&tokens[subject[0]].norm).starts_with('و') || bil_qawl)
                    && (lexicon::title_form(&tokens[subject[1]].norm).is_some() || verb(subject[0]) && lexicon::definite(&tokens[subject[1]].norm))
                {
                    subject = &subject[1..];
                } else if let Some(h) = name_at(subject.get(1).copied().unwrap_or(usize::MAX).min(tokens.len().saturating_sub(1))).filter(|_| verb_first && (verb(subject[0]) || plain_verb(subject[0]) || !lexicon::definite(&tokens[subject[0]].norm))) {
                    let end = subject.iter().position(|&k| tokens[k].end > h.end).unwrap_or(subject.len());
                    subject = &subject[1..end.max(2)];
                } else if let Some(h) = person_at(subject.get(1).copied()).filter(|_| verb_first && opens_with_wa_verb(subject[0])) {
                    // (Or a person the entity finder marks right after a verb with و that
                    // is no name: وعرض حمادة أمام النواب نتائج الفحوص، مؤكدا أن …: the
                    // person, not the verb's object and all after it.)
                    let end = subject.iter().position(|&k| tokens[k].end > h.end).unwrap_or(subject.len());
                    subject = &subject[1..end.max(2)];
                }
                // (Nor what the verb is about after على once the subject has two words:
                // وعقب رئيس المجلس على كلمة النائبة قائلا.)
                if let Some(j) = (2..subject.len()).find(|&j| search_form(&tokens[subject[j]].norm) == "علي" && lexicon::definite(&tokens[subject[j - 1]].norm) && verb_first) {
                    subject = &subject[..j];
                }
                // (The verb's object after its subject, a statement with a possessive, is
                // no part of it: وختم المتحدث حديثه بالقول.)
                while subject.len() > 1 && subject.last().is_some_and(|&k| {
                    let w = search_form(&tokens[k].norm);
                    speaker::statement(&tokens[k].norm) && speaker::unpossessed(&tokens[k].norm) != w.as_ref()
                }) {
                    subject = &subject[..subject.len() - 1];
                }
                // وأصدرت الرابطة بيانا قالت فيه إن …: a verb whose فيه/فيها is the statement
                // before it says in the statement what the statement's issuer says; the
                // statement and the verb that issued it (a first word with و that no title
                // is) are no part of the issuer.
                let in_it = idx.get(v + 1).is_some_and(|&k| matches!(sf(k).as_ref(), "فيه" | "فيها"));
                // (The statement indefinite, as the object it is: بيانا، تصريحا.)
                let issued = |k: usize| {
                    let w = search_form(&tokens[k].norm);
                    !lexicon::definite(&w) && (speaker::statement(&w) || w.strip_suffix('ا').is_some_and(speaker::statement))
                };
                // (And the adjectives after it: تصريحا صحفيا; one in the construct state
                // with its definite complement too: بيانا شديد اللهجة.)
                let said_in = subject.iter().rposition(|&k| issued(k)).filter(|&s| {
                    s >= 2 && subject.len() - s <= 3 && subject[s + 1..].iter().enumerate().all(|(j, &k)| is_word(&tokens[k]) && (!lexicon::definite(&tokens[k].norm) || j > 0 && !lexicon::definite(&tokens[subject[s + j]].norm)))
                });
                if let Some(s) = said_in.filter(|_| in_it) {
                    subject = &subject[..s];
                    let first = &tokens[subject[0]].norm;
                    // (Without و too, when the issuer's name starts right after the verb:
                    // من جهتها، أصدرت الهيئة الوطنية … بيانا اعتبرت فيه أن …)
                    let issuer_next = subject.len() > 1 && (name_at(subject[1]).is_some() || plain_verb(subject[0]) && lexicon::definite(&tokens[subject[1]].norm));
                    if (search_form(first).starts_with('و') || issuer_next) && lexicon::title_form(first).is_none() && !lexicon::definite(first) {
                        subject = &subject[1..];
                    }
                }
                // (Nor is an answer or comment set off by a comma before the verb, وردا على
                // سؤال حول …، أجاب: «…»: what the words answer; the subject is after it or a
                // pronoun.)
                let answering = subject.first().is_some_and(|&f| matches!(search_form(&tokens[f].norm).trim_start_matches('و'), "ردا" | "تعليقا" | "تعقيبا" | "جوابا"));
                if answering {
                    match subject.iter().rposition(|&k| is_comma(&tokens[k])) {
                        Some(c) if c + 1 < subject.len() => subject = &subject[c + 1..],
                        _ => return Some(Lead { phrase: None, cue, bare_verb: true }),
                    }
                }
                // (Nor a clause of time set off by a comma before the verb, وعندما سئل عن
                // …، قال: «…»: when the verb spoke. Its subject is after the comma, else the
                // one the clause was asked or told (وحين سئل الوزير عن …، قال), else a
                // pronoun.)
                // (حين is among the particles trimmed above: the word before the subject.)
                let when_word = |k: usize| matches!(search_form(&tokens[k].norm).as_ref(), "عندما" | "وعندما" | "حين" | "وحين" | "حينما" | "وحينما" | "لما" | "ولما" | "بعدما" | "وبعدما" | "كلما" | "وكلما");
                let when = match subject.first() {
                    Some(&f) if when_word(f) => Some(2),
                    Some(&f) if f > 0 && when_word(f - 1) => Some(1),
                    _ => None,
                };
                if let Some(skip) = when {
                    match subject.iter().rposition(|&k| is_comma(&tokens[k])) {
                        Some(c) if c + 1 < subject.len() => subject = &subject[c + 1..],
                        // (The comma before the verb was trimmed off above.)
                        c if c.unwrap_or(subject.len()) > skip => {
                            let clause = &subject[skip..c.unwrap_or(subject.len())];
                            let end = clause.iter().position(|&k| !is_word(&tokens[k]) || matches!(sf(k).as_ref(), "عن" | "حول" | "بشان" | "ان" | "الي" | "علي" | "في")).unwrap_or(clause.len());
                            let named = |k: usize| self.names.iter().any(|h| h.start <= tokens[k].start && tokens[k].end <= h.end);
                            // (Not after a verb with its object's pronoun, ولما سأله الصحفي
                            // عن …، قال: who asked, the one the pronoun is said.)
                            let asked_him = {
                                let w = search_form(&tokens[subject[skip - 1]].norm);
                                w.chars().count() >= 4 && ["ه", "ها", "هم"].iter().any(|p| w.ends_with(p))
                            };
                            if end > 0 && !asked_him && (named(clause[0]) || lexicon::title_form(&tokens[clause[0]].norm).is_some()) {
                                if let Some(p) = speaker_of(tokens, &clause[..end], self.text) {
                                    return Some(Lead { phrase: Some(p), cue, bare_verb: false });
                                }
                            }
                            return Some(Lead { phrase: None, cue, bare_verb: true });
                        }
                        _ => return Some(Lead { phrase: None, cue, bare_verb: true }),
                    }
                }
                // (An occasion after في or خلال, وفي ختام زيارته، أعلن …, is when the verb
                // spoke, no subject: the verb's subject is a pronoun.)
                let occasion = subject.first().is_some_and(|&f| {
                    f > 0 && speaker::statement(&tokens[f].norm) && matches!(search_form(&tokens[f - 1].norm).as_ref(), "في" | "وفي" | "خلال" | "وخلال" | "عقب" | "وعقب")
                });
                if occasion {
                    match subject.iter().rposition(|&k| is_comma(&tokens[k])) {
                        Some(c) if c + 1 < subject.len() => subject = &subject[c + 1..],
                        _ => return Some(Lead { phrase: None, cue, bare_verb: true }),
                    }
                }
                // (Nor a verb the lexicon does not list and where it turned, ثم التفت إلى
                // نظيره قائلا: «…»: the participle's subject is that verb's, a pronoun.)
                if subject.len() >= 2 && name_at(subject[0]).is_none() && lexicon::title_form(&tokens[subject[0]].norm).is_none() && !speaker::known_name_word(&tokens[subject[0]]) && matches!(sf(subject[1]).as_ref(), "الي" | "نحو") {
                    return Some(Lead { phrase: None, cue, bare_verb: true });
                }
                // (Nor is an elative and من after the subject, ويذهب الخبير أبعد من ذلك،
                // معتبرا …: how far the subject went.)
                if let Some(j) = (1..subject.len().saturating_sub(1)).find(|&j| search_form(&tokens[subject[j + 1]].norm) == "من" && speaker::elative(&tokens[subject[j]])) {
                    subject = &subject[..j];
                }
                // (Nor a speech verb that begins it after a quotation, «…»، يقول فلان
                // للصحيفة، ثم يضيف: «…»: the speaker is that verb's subject, as its
                // phrase reads it, without whom it was said to.)
                if subject.len() >= 2 && form_in(&tokens[subject[0]].norm, &l.verbs).is_some() {
                    let at = idx.binary_search(&subject[0]).unwrap_or(from);
                    if let Some(p) = speaker_of(tokens, &phrase_after(tokens, idx, at + 1), self.text) {
                        return Some(Lead { phrase: Some(p), cue, bare_verb: false });
                    }
                }
                if (1..=10).contains(&subject.len()) && (from > lo || lo == 0 || which_is_what) {
                    if let Some(p) = speaker_of(tokens, subject, self.text) {
                        return Some(Lead { phrase: Some(p), cue, bare_verb: false });
                    }
                }
            }
            return Some(Lead { phrase: None, cue, bare_verb: true });
        }
        let prep = self.last_prep[i];
        if prep == NONE {
            return None;
        }
        // وبحسبه، فإن «…»: "according to him", the speaker before, as after a bare verb.
        if let Some(form) = source_pronoun(self.word(prep)) {
            return Some(Lead { phrase: None, cue: self.cue(prep, prep, form, CuePosition::Before), bare_verb: true });
        }
        let form = form_in(self.word(prep), &l.prepositions).unwrap_or_default();
        let mut p = prep + 1;
        // وفقا لـ / نقلا عن
        if p < idx.len() && matches!(search_form(self.word(p)).as_ref(), "ل" | "عن") {
            p += 1;
        }
        let cue = self.cue(prep, p - 1, form, CuePosition::Before);
        // بحسب ما نقلته وكالة رويترز عن مسؤول: ما and its verb are no speaker; the
        // outlet speaks, or the source it relays after عن.
        if p + 1 < idx.len() && search_form(self.word(p)) == "ما" && is_word(&tokens[idx[p + 1]]) {
            p += 2;
            // (And the verb's به: وحسب ما أفادت به مصادر.)
            if p < idx.len() && matches!(search_form(self.word(p)).as_ref(), "به" | "بها") {
                p += 1;
            }
            let source = phrase_after(tokens, idx, p);
            let end = source.last().and_then(|&e| idx.binary_search(&e).ok()).map_or(p, |e| e + 1);
            if end < idx.len() && search_form(self.word(end)) == "عن" {
                p = end + 1;
            }
        }
        // (بحسب قوله، وفق تعبيرها: the speaker before, as after a bare verb.)
        if p < idx.len() && own_words(self.word(p)) {
            return Some(Lead { phrase: None, cue, bare_verb: true });
        }
        let phrase = phrase_after(tokens, idx, p);
        // (وحسب نفس المسؤول / المسؤول ذاته: the one quoted before, as after a bare verb.)
        if phrase.is_empty() && p + 1 < idx.len() {
            let (a, b) = (search_form(self.word(p)), search_form(self.word(p + 1)));
            let same_after = matches!(b.as_ref(), "ذاته" | "ذاتها" | "نفسه" | "نفسها") && lexicon::title_form(self.word(p)).is_some();
            let same_before = matches!(a.as_ref(), "نفس" | "ذات") && lexicon::title_form(self.word(p + 1)).is_some();
            if same_after || same_before {
                return Some(Lead { phrase: None, cue, bare_verb: true });
            }
        }
        // وحسب المعطيات المتوفرة، فإن «…»: what the words agree with, no speaker.
        if phrase.first().is_some_and(|&f| INFORMATION.contains(&search_form(&tokens[f].norm).as_ref())) {
            return None;
        }
        // (وفقا and طبقا take ل, written joined: وفقا لمصادر مطلعة.)
        let takes_lam = matches!(cue.form.as_str(), "وفقا" | "طبقا");
        let lam = phrase.first().map(|&k| &tokens[k]).filter(|t| takes_lam && p == prep + 1 && speaker::of_a_body(t));
        let sp = speaker_of(tokens, &phrase, self.text).map(|ph| match lam {
            Some(t) => without_lam(ph, t.start, self.text),
            None => ph,
        });
        Some(Lead { phrase: sp, cue, bare_verb: false })
    }

    /// A headline's attribution: a short name and a colon before the quotation, with no
    /// verb (الاتحاد: «…»، الجيش: «…»).
    fn headline(&self, i: usize) -> Option<Phrase> {
        // (What the words are about may follow the speaker after عن, a topic of a few
        // words: وزير جزائري عن انهيار نفق بني عمران: «…».)
        // (Or when it was said, after بعد or عقب and an occasion: وزير الداخلية بعد
        // لقائه نظيره القبرصي: «…».)
        let about = |k: usize| matches!(search_form(&self.tokens[k].norm).as_ref(), "عن" | "بعد" | "عقب");
        let topic = i >= 3 && self.outside[1..(i - 1).min(4)].iter().any(|&k| about(k));
        if !(2..=if topic { 10 } else { 6 }).contains(&i) || !lexicon::is_colon(&self.tokens[self.outside[i - 1]]) {
            return None;
        }
        let words = &self.outside[..i - 1];
        // Names and titles only: no function word (وجاء في البيان: is no headline).
        let plain = |k: usize| {
            let t = &self.tokens[k];
            t.kind == TokenKind::Symbol
                || (is_word(t)
                    && !crate::function_words::is_function_word(&search_form(&t.norm))
                    && form_in(&t.norm, &lexicon().particles).is_none()
                    && form_in(&t.norm, &lexicon().stops).is_none())
        };
        // (Where it was said may follow the name: ميقاتي من السراي: «…».)
        // (Only من: وجاء في البيان: is still no headline. في too after a name the entity
        // finder found, all the words before it: الوزير فلان في ندوة صحفية: «…».)
        let named = |p: usize| {
            let (a, b) = (self.tokens[words[0]].start, self.tokens[words[p - 1]].end);
            self.names.iter().any(|h| h.person && h.start <= a + 2 && h.end + 2 >= b) || words[..p].iter().all(|&k| self.names.iter().any(|h| h.person && h.start <= self.tokens[k].start && h.end >= self.tokens[k].end))
        };
        let at = words.iter().skip(1).position(|&k| search_form(&self.tokens[k].norm) == "من").map(|p| p + 1).or_else(|| {
            // (So أمام, before whom it was said: فلان أمام مجلس الأمن: «…».)
            // (Or after a title and the words with the article that qualify it: وزير
            // الصحة أمام النواب: «…», the minister the report names.)
            let titled = |p: usize| lexicon::title_form(&self.tokens[words[0]].norm).is_some() && words[1..p].iter().all(|&k| is_word(&self.tokens[k]) && (lexicon::definite(&self.tokens[k].norm) || lexicon::title_form(&self.tokens[k].norm).is_some()));
            words.iter().skip(1).position(|&k| matches!(search_form(&self.tokens[k].norm).as_ref(), "في" | "امام")).map(|p| p + 1).filter(|&p| named(p) || titled(p))
        });
        let on = words.iter().take(4).skip(1).position(|&k| about(k)).map(|p| p + 1);
        // (The occasion may hold a preposition of place or of the other side: الدمنهوري
        // بعد طرده في ديربي جدة: «…», وزير عن الهجوم على القافلة: «…».)
        let in_topic = |k: usize| plain(k) || matches!(search_form(&self.tokens[k].norm).as_ref(), "في" | "علي" | "امام" | "مع");
        let words = match (at, on) {
            (_, Some(p)) if words[p + 1..].iter().all(|&k| in_topic(k)) && words.len() - p <= 7 => &words[..p],
            (Some(p), _) if words[p + 1..].iter().all(|&k| plain(k)) && words.len() - p <= 3 => &words[..p],
            _ => words,
        };
        // (A verb of the present after the subject, and its object, say what the
        // subject does: نحالو البقاع يحصون خسائرهم: «…», the subject speaks.)
        let words = match words.iter().skip(1).position(|&k| speaker::present_verb(&self.tokens[k]) || speaker::plural_present(&self.tokens[k])) {
            Some(p) if words[p + 1..].iter().all(|&k| plain(k)) => &words[..p + 1],
            _ => words,
        };
        // (Whom a name spoke to, ل and a title after it, الخزعلي للوزير: «…», is no part
        // of the speaker; a title's own ل, المدير العام للهيئة, stays.)
        let told = |k: usize| search_form(&self.tokens[k].norm).starts_with("لل") && lexicon::title_form(&self.tokens[k].norm).is_some();
        let words = match words.split_last() {
            Some((&last, rest)) if !rest.is_empty() && told(last) && rest.iter().all(|&k| lexicon::title_form(&self.tokens[k].norm).is_none()) => rest,
            _ => words,
        };
        if !words.iter().all(|&k| plain(k)) {
            return None;
        }
        // (ل before the outlet told, whose name in marks the words outside leave out, is
        // no part of the speaker: وزيرة الصحة لـ«الأهرام»: «…».)
        let mut words = words;
        while words.len() > 1 && words.last().is_some_and(|&k| search_form(&self.tokens[k].norm).trim_end_matches('ـ') == "ل") {
            words = &words[..words.len() - 1];
        }
        // (A headline's second half after .. may open with و: ووزير التربية: «…», the
        // minister, without the conjunction.)
        let mut p = speaker_of(self.tokens, words, self.text)?;
        let first = &self.tokens[words[0]];
        let sf = search_form(&first.norm);
        let conj = p.speaker.name.is_none() && p.speaker.start == first.start && sf.starts_with('و') && !lexicon().titles.contains(sf.as_ref()) && lexicon::title_form(&first.norm).is_some();
        if conj {
            let cut = 'و'.len_utf8();
            p.speaker.start += cut;
            p.speaker.text = self.text[p.speaker.start..p.speaker.end].to_string();
            if let Some(t) = p.speaker.title.as_mut().filter(|t| t.starts_with('و')) {
                t.drain(..cut);
            }
            p.speaker.key = crate::name_key(p.speaker.title.as_deref().unwrap_or(&p.speaker.text));
        }
        Some(p)
    }

    /// «…»، حسبما نقلت عنه صحيفة «…» after a quotation ending before position `i`: the
    /// cue of a speaker named before, "from him" (its pronoun's gender in the form).
    fn relayed_from_him(&self, i: usize) -> Option<Cue> {
        let after = &self.outside[i..];
        let k = after.iter().take(3).take_while(|&&x| is_comma(&self.tokens[x])).count();
        let w = |j: usize| after.get(j).map(|&x| search_form(&self.tokens[x].norm).into_owned());
        let pronoun = w(k + 2).filter(|p| matches!(p.as_str(), "عنه" | "عنها"))?;
        (matches!(w(k).as_deref(), Some("حسبما" | "كما")) && w(k + 1).is_some_and(|v| v.starts_with("نقل"))).then(|| self.cue(i + k, i + k + 2, format!("نقل {pronoun}"), CuePosition::After))
    }

    /// Attribution right after a quotation ending before position `i`: «…»، قال X.
    fn trail(&self, i: usize) -> Option<(Phrase, Cue)> {
        let l = lexicon();
        let after = &self.outside[i..];
        let tokens = self.tokens;
        let mut k = 0;
        // «…»، قال; «…»: هكذا لخص فلان
        while k < after.len() && k < 4 && (is_comma(&tokens[after[k]]) || lexicon::is_colon(&tokens[after[k]])) {
            k += 1;
        }
        let w = |k: usize| tokens[after[k]].norm.as_str();
        if k + 1 < after.len() && matches!(search_form(w(k)).as_ref(), "هكذا" | "وهكذا" | "بهذا" | "بهذه") {
            // (And the noun the demonstrative points with: «…»، بهذه الكلمات ختم فلان.)
            let noun = matches!(search_form(w(k)).as_ref(), "بهذا" | "بهذه")
                && k + 2 < after.len()
                && lexicon::definite(w(k + 1))
                && form_in(w(k + 1), &l.verbs).is_none()
                && form_in(w(k + 2), &l.verbs).is_some();
            // (With a noun of words, any verb after it says them: «…»، بهذه العبارة افتتح
            // فلان مؤتمره.)
            let words_noun = !noun
                && matches!(search_form(w(k)).as_ref(), "بهذا" | "بهذه")
                && k + 2 < after.len()
                && matches!(search_form(w(k + 1)).as_ref(), "العباره" | "الكلمات" | "الجمله" | "الكلمه" | "العبارات" | "الجمل")
                && is_word(&tokens[after[k + 2]])
                && !lexicon::definite(w(k + 2));
            if words_noun {
                let (from, verb) = (k + 3, k + 2);
                let phrase = phrase_after(tokens, after, from);
                let sp = speaker_of(tokens, &phrase, self.text)?;
                let form = search_form(w(verb)).trim_start_matches('و').to_string();
                return Some((sp, self.cue(i + k, i + verb, form, CuePosition::After)));
            }
            // (So with هكذا, "thus": any verb after it says the words, one of no speech
            // too: «…»، هكذا دافع فلان عن لاعبه, هكذا برر, هكذا لخص.)
            let thus = matches!(search_form(w(k)).as_ref(), "هكذا" | "وهكذا");
            let verb = k + 1;
            if thus
                && verb + 1 < after.len()
                && is_word(&tokens[after[verb]])
                && is_word(&tokens[after[verb + 1]])
                && !lexicon::definite(w(verb))
                && form_in(w(verb), &l.verbs).is_none()
                && ![&l.particles, &l.prepositions, &l.stops].iter().any(|list| form_in(w(verb), list).is_some())
                && !crate::function_words::is_function_word(&search_form(w(verb)))
            {
                let phrase = phrase_after(tokens, after, verb + 1);
                // (Someone named or titled, not what the verb tells: هكذا انتهت المباراة.)
                // (A name of two words or more, or one the entity finder marks, or a title.)
                let who = |sp: &Phrase| {
                    sp.speaker.name.as_deref().is_some_and(|n| n.split_whitespace().count() >= 2 || self.names.iter().any(|h| h.start <= sp.speaker.start && sp.speaker.end <= h.end))
                        || phrase.first().is_some_and(|&f| lexicon::title_form(&tokens[f].norm).is_some())
                };
                if let Some(sp) = speaker_of(tokens, &phrase, self.text).filter(who) {
                    let form = search_form(w(verb)).into_owned();
                    return Some((sp, self.cue(i + k, i + verb, form, CuePosition::After)));
                }
            }
            k += if noun { 2 } else { 1 };
        }
        if k >= after.len() {
            return None;
        }
        let w0 = search_form(w(k));
        // «…»، على حد قول فلان / تعبير فلان: the one whose words they are.
        if w0 == "علي" && k + 3 < after.len() && search_form(w(k + 1)) == "حد" && matches!(search_form(w(k + 2)).as_ref(), "قول" | "تعبير" | "وصف") {
            let phrase = phrase_after(tokens, after, k + 3);
            let sp = speaker_of(tokens, &phrase, self.text)?;
            return Some((sp, self.cue(i + k, i + k + 2, "علي حد قول".to_string(), CuePosition::After)));
        }
        let mut cue_end = k;
        // «…»، هذا ما قاله فلان: the verb with its object pronoun after هذا ما.
        let this_is_what = matches!(w0.as_ref(), "هذا" | "وهذا" | "هذه" | "ذلك") && k + 2 < after.len() && search_form(w(k + 1)) == "ما";
        let form = if matches!(w0.as_ref(), "حسبما" | "كما") && k + 1 < after.len() {
            cue_end = k + 1;
            form_in(w(k + 1), &l.verbs).map(|f| format!("{w0} {f}"))
        } else if this_is_what {
            cue_end = k + 2;
            let v = search_form(w(k + 2)).into_owned();
            let bare = v.strip_suffix("ته").map(|r| format!("{r}ت")).or_else(|| v.strip_suffix('ه').map(str::to_string)).unwrap_or(v);
            l.verbs.contains(&bare).then_some(bare)
        } else {
            form_in(w(k), &l.verbs).filter(|f| !lexicon::object_participle(f)).or_else(|| form_in(w(k), &l.prepositions))
        }?;
        let mut p = cue_end + 1;
        // «…»، وفق تعبيره / حسب قولها: "in his / her words", the speaker named before
        // (as after على حد تعبيره), not the noun.
        if form_in(w(k), &l.prepositions).is_some() && p < after.len() && own_words(w(p)) {
            return None;
        }
        // «…»، حسبما نقلت عنه صحيفة «…»: "from him", the speaker the lead names; the
        // outlet only relays.
        if cue_end == k + 1 && p < after.len() && search_form(w(k + 1)).starts_with("نقل") && matches!(search_form(w(p)).as_ref(), "عنه" | "عنها" | "عنهم" | "عنهما") {
            return None;
        }
        // «…»، وفق ما نقلته صحيفة «…»: an outlet that relayed the words (a verb of
        // relaying with its object pronoun after ما) is no speaker; the lead's is.
        if form_in(w(k), &l.prepositions).is_some() && p + 1 < after.len() && search_form(w(p)) == "ما" {
            let v = search_form(w(p + 1)).into_owned();
            let bare = v.strip_suffix("ته").map(|r| format!("{r}ت")).or_else(|| v.strip_suffix('ه').map(str::to_string)).unwrap_or(v);
            if matches!(bare.as_str(), "نقل" | "نقلت" | "اورد" | "اوردت" | "ذكر" | "ذكرت" | "نشر" | "نشرت" | "بث" | "بثت") {
                return None;
            }
        }
        // «…»، وفق ما صرح به فلان: ما, its verb and به are no speaker. (So is the verb
        // with its object pronoun: بحسب ما قاله مسؤول أمني.)
        let with_object = |v: &str| {
            let v = search_form(v).into_owned();
            let bare = v.strip_suffix("ته").map(|r| format!("{r}ت")).or_else(|| v.strip_suffix("ها").map(str::to_string)).or_else(|| v.strip_suffix('ه').map(str::to_string));
            bare.is_some_and(|b| l.verbs.contains(&b))
        };
        if form_in(w(k), &l.prepositions).is_some() && p + 1 < after.len() && search_form(w(p)) == "ما" && (form_in(w(p + 1), &l.verbs).is_some() || with_object(w(p + 1))) {
            p += 2;
            if p < after.len() && matches!(search_form(w(p)).as_ref(), "به" | "بها") {
                p += 1;
            }
        }
        if p < after.len() && matches!(search_form(w(p)).as_ref(), "ل" | "عن") {
            p += 1;
        }
        // «…»، بحسب تعبير فلان / وفق قول فلان: the noun of words before the speaker's
        // name is no speaker.
        if form_in(w(k), &l.prepositions).is_some() && p + 1 < after.len() && matches!(search_form(w(p)).as_ref(), "تعبير" | "قول" | "وصف" | "كلام" | "روايه" | "رواية") {
            p += 1;
        }
        let phrase = phrase_after(tokens, after, p);
        // «…»، وقال نقيبها فلان إن «…»: a speech verb joined by و that reports a clause
        // of its own (إن/أن or a colon after its subject) begins the next statement; it
        // attributes nothing before it when a speech verb before the quotation does.
        let joined = cue_end == k && self.last_verb[i] != NONE && search_form(w(k)).starts_with('و') && form_in(w(k), &l.verbs).is_some_and(|f| !f.starts_with('و'));
        let end = phrase.last().and_then(|&e| after.iter().position(|&x| x == e)).map_or(p, |e| e + 1);
        if joined && end < after.len() && (matches!(search_form(w(end)).as_ref(), "ان" | "بان") || lexicon::is_colon(&tokens[after[end]])) {
            return None;
        }
        // (So does one with no و whose subject of its own has its own أن: وبينما رأت
        // فلانة أن «…»، اعتبر زميلها فلان أن الأزمة «…».)
        let unjoined = cue_end == k && self.last_verb[i] != NONE && !search_form(w(k)).starts_with('و') && form_in(w(k), &l.verbs).is_some() && !phrase.is_empty();
        if unjoined && end < after.len() && matches!(search_form(w(end)).as_ref(), "ان" | "بان") {
            return None;
        }
        // (Nor a verb of a call joined by و with its own object: قالت الوزارة إنها «…»،
        // ودعت العمال إلى «…»; the noun after دعت is whom it calls on, and the call
        // quotes what follows it.)
        if joined && form_in(w(k), &l.verbs).is_some_and(|f| lexicon::demand_verb(f.trim_start_matches('و'))) {
            return None;
        }
        // (Nor, without و, the main clause's verb after a clause of time or contrast
        // whose own speech verb said the quotation: وبينما دعا فلان إلى «…»، اعتبر
        // الاتحاد في بيان أن «…»; وفي الوقت الذي أكد فيه فلان أن «…»، نفى فلان أن …)
        let lv = self.last_verb[i];
        let sub = |j: usize| (lv != NONE && lv >= j).then(|| search_form(self.word(lv - j)).into_owned());
        let subordinate = lv != NONE
            && (sub(1).is_some_and(|w| matches!(w.as_str(), "بينما" | "وبينما" | "فيما" | "وفيما"))
                || sub(1).is_some_and(|w| w == "حين") && sub(2).is_some_and(|w| matches!(w.as_str(), "في" | "وفي"))
                || sub(1).is_some_and(|w| w == "الذي") && sub(2).is_some_and(|w| w == "الوقت"));
        let reports = (end..after.len().min(end + 4)).any(|x| matches!(search_form(w(x)).as_ref(), "ان" | "بان") || lexicon::is_colon(&tokens[after[x]]));
        if cue_end == k && subordinate && !search_form(w(k)).starts_with('و') && reports {
            return None;
        }
        // «…» وفق المعلومات الأولية: what the words agree with, not who said them (the
        // speaker is the lead's). Only after a preposition: قالت المعلومات is no phrase.
        if form_in(w(k), &l.prepositions).is_some() && phrase.first().is_some_and(|&f| INFORMATION.contains(&search_form(&tokens[f].norm).as_ref())) {
            return None;
        }
        let sp = speaker_of(tokens, &phrase, self.text)?;
        Some((sp, self.cue(i + k, i + cue_end, form, CuePosition::After)))
    }
}

/// بالقول, or بقوله / بقولها with the speaker's pronoun ("by saying"): the verb before
/// it and its subject say the quotation (واكتفى المتحدث بالقول، وافتتح الوزير الندوة بقوله).
fn bil_qawl_form(form: &str) -> bool {
    matches!(form, "بالقول" | "بقوله" | "بقولها")
}

/// A source preposition with a pronoun for its object (بحسبه، وحسبها، حسبهم): the
/// preposition's form. (Not وفقه, also و + فقه.)
/// يتابع / تتابع ("goes on") before its subject and a colon (ويتابع فلان وهو يغالب
/// دموعه: «…»): a cue of continuation. Elsewhere it is "follows" (تتابع الوزارة الوضع
/// «عن كثب»), no speech verb: only with a colon within a few words after it.
fn goes_on_to_colon(tokens: &[Token], outside: &[usize], i: usize) -> bool {
    let w = search_form(&tokens[outside[i]].norm);
    matches!(w.trim_start_matches('و'), "يتابع" | "تتابع")
        && outside[i + 1..].iter().take(8).take_while(|&&k| tokens[k].kind != TokenKind::Punct || is_comma(&tokens[k]) || lexicon::is_colon(&tokens[k])).any(|&k| lexicon::is_colon(&tokens[k]))
}

fn source_pronoun(word: &str) -> Option<String> {
    let n = search_form(word);
    let n = n.strip_prefix('و').unwrap_or(&n);
    ["هما", "هم", "ها", "ه"].iter().find_map(|s| n.strip_suffix(s)).filter(|stem| matches!(*stem, "بحسب" | "حسب")).map(str::to_string)
}

/// "His / her words" after a source preposition (بحسب قوله، وفق تعبيرها): the speaker
/// named before says them.
fn own_words(word: &str) -> bool {
    matches!(search_form(word).as_ref(), "قوله" | "قولها" | "تعبيره" | "تعبيرها" | "وصفه" | "وصفها" | "كلامه" | "كلامها" | "روايته" | "روايتها")
}

/// Nouns of information and rules that a quotation is said to agree with (وفق المعلومات
/// الأولية, بحسب التقديرات, وفقا للقانون), in `search` form: no speaker.
const INFORMATION: &[&str] = &[
    "المعلومات", "التقديرات", "الاحصاءات", "الاحصائيات", "الارقام", "النتائج", "المعطيات", "التوقعات", "القانون", "الدستور",
    "القرار", "الاتفاق", "الخطه", "التعليمات", "الاجراءات", "المعايير", "الشروط", "البرنامج", "الجدول",
];

/// جاء/ورد في بيان … أن «…» ("it came in a statement"): a cue only before في and a
/// statement noun (not جاء ذلك خلال…, جاء الرد).
fn came_in_statement(tokens: &[Token], outside: &[usize], i: usize) -> bool {
    let w = search_form(&tokens[outside[i]].norm);
    let came = matches!(w.as_ref(), "جاء" | "وجاء" | "ورد" | "وورد" | "كما جاء");
    let word = |j: usize| outside.get(j).map(|&k| &tokens[k]).filter(|t| is_word(t));
    came && word(i + 1).is_some_and(|t| search_form(&t.norm) == "في") && word(i + 2).is_some_and(|t| speaker::statement(&t.norm))
}

/// جاء فيه: «…» ("it said", of a question, a letter or a statement the sentence named
/// before): a cue only before فيه/فيها and a colon, a quotation mark or أن; its speaker
/// is whoever the sentence says wrote it, as after a bare verb.
fn came_in_it(tokens: &[Token], outside: &[usize], i: usize) -> bool {
    let w = search_form(&tokens[outside[i]].norm);
    let came = matches!(w.as_ref(), "جاء" | "وجاء" | "ورد" | "وورد");
    let in_it = outside.get(i + 1).is_some_and(|&k| matches!(search_form(&tokens[k].norm).as_ref(), "فيه" | "فيها"));
    // (What follows in the text, a quotation's mark included: `outside` leaves it out.)
    let next = outside.get(i + 1).and_then(|&k| tokens.get(k + 1));
    came && in_it && next.is_some_and(|t| lexicon::is_colon(t) || matches!(t.norm.as_str(), "«" | "\"" | "“" | "”") || matches!(search_form(&t.norm).as_ref(), "ان" | "بان"))
}

/// عبّر … عن «…» ("expressed"): عبر is a speech verb only where a sentence or clause
/// begins with it and عن follows within sixteen tokens (وعبر الاتحاد، في بيان، عن «…»);
/// elsewhere it is the preposition "through" (كتب عبر حسابه).
/// So is بيّن ("made clear"), written بين like "between", where a sentence begins with
/// it and أن follows (وبين مدير الصحة العامة … أن «…»), and نسب ("attributed"), also
/// "rates", with إلى after it (ونسبت صحيفة «…» إلى مصدر قوله).
fn expressed(tokens: &[Token], outside: &[usize], i: usize) -> bool {
    let w = search_form(&tokens[outside[i]].norm);
    if came_in_statement(tokens, outside, i) || came_in_it(tokens, outside, i) {
        return true;
    }
    let wanted = match w.as_ref() {
        "عبر" | "وعبر" | "عبرت" | "وعبرت" => "عن",
        "بين" | "وبين" => "ان",
        // (نسب … إلى فلان قوله "attributed to"; نسب is also "rates": نسب البطالة.)
        "نسب" | "ونسب" | "نسبت" | "ونسبت" => "الي",
        // (علمت, "learned", with من after it: وعلمت «الشروق» من مصادر مطلعة أن …, the
        // sources tell; without it, علمت is "knew", or a flag, علم.) (The masculine
        // too, an outlet named as a site: وعلم «في الجول» من مصدر مقرب أن ….)
        "علمت" | "وعلمت" | "علم" | "وعلم" => "من",
        _ => return false,
    };
    let begins = i == 0 || {
        let p = &tokens[outside[i - 1]];
        (p.kind == TokenKind::Punct && !is_comma(p)) || matches!(search_form(&p.norm).as_ref(), "كما" | "فيما" | "بينما" | "وقد" | "قد")
    };
    begins && outside[i + 1..].iter().take(16).any(|&k| search_form(&tokens[k].norm) == wanted)
}

/// A speaker phrase whose first word, at `at`, bears the preposition ل (وفقا لمصادر
/// مطلعة): the speaker begins after it.
fn without_lam(mut ph: speaker::Phrase, at: usize, text: &str) -> speaker::Phrase {
    let sp = &mut ph.speaker;
    if sp.start != at || !text[at..].starts_with('ل') {
        return ph;
    }
    let from = at + 'ل'.len_utf8();
    let strip = |s: &mut Option<String>| {
        if let Some(x) = s.as_mut().filter(|x| x.starts_with('ل')) {
            x.remove(0);
        }
    };
    if sp.name.is_some() {
        strip(&mut sp.name);
    } else {
        strip(&mut sp.title);
    }
    sp.start = from;
    sp.text = text[from..sp.end].to_string();
    sp.key = crate::name_key(sp.name.as_deref().or(sp.title.as_deref()).unwrap_or(""));
    ph
}

/// The words between a quotation and the next one of the same sentence begin a
/// reported clause coordinated with the first (قوله إن «…»، وإن الضخ سيستأنف
/// «تدريجيا»): the cue of the first governs the second too, short as it is.
fn coordinated(gap: &str) -> bool {
    if gap.contains(['.', '\n', '؟', '?', '!', ':']) {
        return false;
    }
    let mut words = gap.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphabetic())).filter(|w| !w.is_empty());
    let first = words.next().map(|w| search_form(w).into_owned());
    // (Or على أن, "on the understanding that", a condition the same speaker reports:
    // وأضاف أن لجنة "ستراجع الكتاب"، على أن تطبع نسخة مصححة "خلال ثلاثة أسابيع".)
    let mut rest = words.clone();
    let on_condition = first.as_deref() == Some("علي") && rest.next().is_some_and(|w| search_form(w) == "ان");
    // (Or و alone, joined to the next mark: two quotations of one clause, the second
    // its coordinate, مبيدا "مهربا من سوريا"، و"لم يتحرك أحد".)
    let bare_and = first.as_deref() == Some("و") && words.clone().next().is_none();
    (bare_and || on_condition || first.is_some_and(|f| matches!(f.as_str(), "وان" | "وانه" | "وانها" | "وبان"))) && words.count() < 8
}

/// The speaker quoted last, named, whose gender agrees, for a definite title alone
/// after a verb that goes on (وأضاف الدبلوماسي), if the title is no anonymous head.
fn epithet_of(sp: &Speaker, cue: &Cue, recent: &Recent, fem: Option<bool>) -> Option<Speaker> {
    let title = sp.title.as_deref()?;
    let head = title.split_whitespace().next()?;
    // (A definite noun of a person with no office, الرجل الستيني، الشابة العشرينية, is
    // always someone named before, whatever the verb: ويروي الرجل الستيني ما جرى.)
    let person_noun = matches!(search_form(head).as_ref(), "الرجل" | "المراه" | "الشاب" | "الشابه" | "الفتي" | "الفتاه" | "العجوز");
    if !(continues(cue, "") || person_noun) || !lexicon::definite(head) || form_in(head.trim_start_matches("ال"), &lexicon().anonymous).is_some() {
        return None;
    }
    let r = recent.last().filter(|r| r.0.name.is_some() && (fem.is_none() || r.1.is_none() || r.1 == fem))?;
    let mut out = r.0.clone();
    out.inherited = true;
    Some(out)
}

/// A word that begins the answer of أما: ف and a particle or verb (فقد، فإن، فقال),
/// also a verb the lexicon does not list, which general Arabic never writes with the
/// article (أما السفير فاكتفى بالقول).
fn answers_amma(word: &str) -> bool {
    let l = lexicon();
    search_form(word).strip_prefix('ف').is_some_and(|rest| {
        let b = crate::entities::general_freq::buckets(rest);
        matches!(rest, "قد" | "ان" | "انه" | "انها" | "لم" | "لا") || l.verbs.contains(rest) || (rest.chars().count() >= 3 && b[0] >= 2 && b[1] == 7)
    })
}

/// Whether a verb form is feminine (قالت، تقول، مضيفة), masculine, or unknown.
fn feminine(cue: &Cue) -> Option<bool> {
    let f = cue.form.as_str();
    // (نقلت عنه / نقل عنها: the pronoun's gender.)
    match f {
        "نقل عنه" => return Some(false),
        "نقل عنها" => return Some(true),
        _ => {}
    }
    if f.contains(' ') || lexicon().prepositions.contains(f) {
        return None;
    }
    let present = matches!(
        f,
        "تقول" | "تضيف" | "تؤكد" | "توكد" | "توضح" | "تشير" | "تذكر" | "تعلن" | "تزعم" | "تتابع" | "تري" | "ترى" | "تعتقد" | "تتوقع" | "ترجح" | "تقترح" | "تصف" | "تنفي" | "تروي"
    );
    // (لفت "pointed out" ends with its root's ت; لفتت is the feminine.)
    let root_ta = f == "لفت";
    Some((f.ends_with('ت') && !root_ta) || f.ends_with('ه') || present)
}

/// The words before a quotation of `words` words name a thing (صحيفة "…", العبارة
/// «…», لصحيفة "…", الملقب بـ"…", and a lone لـ: told to an outlet, لـ«…»). A definite noun (الشركة "ستعوض…") may be the
/// subject of quoted speech: it names only one or two quoted words.
fn after_naming_noun(tokens: &[Token], quote_start: usize, words: usize) -> bool {
    let l = lexicon();
    let mut k = tokens.partition_point(|t| t.start < quote_start);
    let mut looked = 0;
    // Definite words passed over: the complement and adjective of a noun in the
    // construct state (ناقلة النفط "…", شركة الملاحة اليونانية "…").
    let mut complements = 0;
    while k > 0 && looked < 2 {
        k -= 1;
        let t = &tokens[k];
        if !is_word(t) {
            return false;
        }
        let f = search_form(&t.norm);
        // Told to an outlet: لـ«صوت المدينة»; spoken with one: في اتصال هاتفي مع «الأهرام».
        if f.trim_end_matches('ـ') == "ل" || looked == 0 && f == "مع" {
            return true;
        }
        // (Or in words said to one: في حديث إلى «النهار», في تصريحات إلى "…"; not
        // after a call, دعا في بيان إلى «…», what is called for.)
        let to_outlet = || {
            let said = matches!(speaker::unpossessed(&tokens[k - 1].norm).as_str(), "حديث" | "تصريح" | "تصريحات" | "حوار" | "مقابله");
            let call = tokens[k.saturating_sub(8)..k].iter().any(|t| lexicon::demand_verb(&search_form(&t.norm)) || form_in(&t.norm, &l.verbs).is_some_and(|v| lexicon::demand_verb(&v)));
            said && !call
        };
        if looked == 0 && f == "الي" && k > 0 && words <= 3 && to_outlet() {
            return true;
        }
        // A lone proclitic (و"…", بـ"…") lets the word before it speak.
        if matches!(f.trim_end_matches('ـ'), "و" | "ف" | "ب" | "ك") {
            looked += 1;
            continue;
        }
        // So does "such as" (شعارات من قبيل "…", عناوين مثل «…»): the noun before it
        // names what the marks hold.
        if looked == 0 && (f == "مثل" || f == "قبيل" && k > 1 && search_form(&tokens[k - 1].norm) == "من") {
            k -= usize::from(f == "قبيل");
            looked += 1;
            continue;
        }
        // (Also with a possessive: في كتابها "…", سفينتهم «…».)
        let listed = |w: &str| {
            l.naming.contains(w)
                || ["و", "ف"].iter().any(|c| w.strip_prefix(c).is_some_and(|r| l.naming.contains(r)))
                || l.naming.contains(&speaker::unpossessed(w))
        };
        let bare = f.strip_prefix('ل').or_else(|| f.strip_prefix('ب')).filter(|r| r.chars().count() >= 3);
        let noun = if listed(&f) { Some(f.as_ref()) } else { bare.filter(|r| listed(r)) };
        // A title in the construct state right before the marks has the body it heads
        // in them (فلانة، مديرة «مرصد الملاعب»، إن …): a name. (Not an anonymous source,
        // مسؤول «…», nor a definite or possessed title, which may speak: الوزير «…».)
        // (Right before them: after a title and its definite complement, أن رئيس
        // الجمهورية «يتابع شخصيا تطورات الحادث», the quotation is what the title's holder
        // does or says, the reported clause's predicate.)
        let construct_title = noun.is_none()
            && looked == 0
            && complements == 0
            && words <= 5
            && lexicon::title_form(&f).is_some()
            && !lexicon::definite(&f)
            && form_in(&f, &l.anonymous).is_none();
        if construct_title {
            return true;
        }
        if noun.is_none() && lexicon::definite(&f) && complements < 2 {
            complements += 1;
            continue;
        }
        // A possessed noun right after إن/أن is the reported clause's subject, whose
        // words follow (قال المدرب إن فريقه "استحق اللقب"), not a work named (في كتابها
        // "…").
        let possessed = noun.is_some_and(|n| speaker::unpossessed(n) != n);
        let reported = k > 0 && matches!(search_form(&tokens[k - 1].norm).as_ref(), "ان" | "بان" | "وان");
        if possessed && reported {
            return false;
        }
        // (A work, definite or not, names a title of any length, after two adjectives
        // at most: الشريط الوثائقي "حراس المرمى لا يبكون", الفيلم الروائي الطويل «…»; not after إن/أن, whose predicate follows: إن الفيلم
        // «يطرح أسئلة جريئة».)
        if noun.is_some_and(|n| lexicon::work_noun(&search_form(n))) && complements <= 2 && !reported {
            return true;
        }
        // After a complement only a noun in the construct state names (not الشركة
        // اليونانية "ستعوض…", which may be its subject speaking).
        return noun.is_some_and(|n| (complements == 0 && (words <= 2 || !lexicon::definite(n))) || (complements > 0 && !lexicon::definite(n)));
    }
    false
}

/// Whether a quotation at `quote_start` is what someone says: it follows the subject
/// of a reported clause (إن روايته «…», أن الوزارة «…»), of which it is the predicate, or
/// a preposition or speech verb whose complement it is (أعلن الوزير عن «خطة عاجلة
/// لتطعيم مليون شخص», حذرت من «…»), which the entity finder may still take for a name.
fn reported_predicate(tokens: &[Token], quote_start: usize) -> bool {
    let k = tokens.partition_point(|t| t.start < quote_start);
    let before = |n: usize| k >= n && is_word(&tokens[k - n]);
    let complement = before(1)
        && (matches!(search_form(&tokens[k - 1].norm).trim_end_matches('ـ'), "عن" | "من" | "الي" | "علي" | "ب" | "ل" | "حول" | "بشان" | "ان" | "بان" | "وان")
            || form_in(&tokens[k - 1].norm, &lexicon().verbs).is_some());
    complement || before(2) && before(1) && matches!(search_form(&tokens[k - 2].norm).as_ref(), "ان" | "بان" | "وان")
}

/// Bytes normalized at a time: normalizing a long text whole allocates maps as large
/// as the text, and fresh memory costs more than the work (page faults dominated).
const CHUNK: usize = 1 << 16;

/// The `search` tokens of `text`, normalized a chunk at a time; chunks end at a space
/// or line break, which no token spans.
fn tokens_of(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 6 + 1);
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + CHUNK).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        if end < text.len() {
            end = match text[end..].find([' ', '\n']) {
                Some(k) => end + k + 1,
                None => text.len(),
            };
        }
        out.extend(tokenize(&text[start..end], &Options::SEARCH).into_iter().map(|mut t| {
            t.start += start;
            t.end += start;
            t
        }));
        start = end;
    }
    out
}

/// Content key of quoted words: identical quotations share it.
fn content_key(text: &str) -> String {
    search_text(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Direct quotations of `text`, told from quoted names by `names` (sorted by start)
/// as well: see the module documentation.
pub fn quotes_with(text: &str, names: &[NameHint]) -> Vec<Quote> {
    let marks = marks::find(text);
    let tokens = tokens_of(text);
    // Which quotation (if any) each token lies in.
    let mut inside = vec![NONE; tokens.len()];
    {
        let mut q = 0;
        for (k, t) in tokens.iter().enumerate() {
            while q < marks.len() && marks[q].end <= t.start {
                q += 1;
            }
            if q < marks.len() && t.start >= marks[q].start && t.end <= marks[q].end {
                inside[k] = q;
            }
        }
    }
    // Sentences: token ranges cut at closing punctuation and line breaks outside quotes.
    let mut sentences: Vec<(usize, usize)> = Vec::new();
    let mut s0 = 0;
    for k in 0..tokens.len() {
        let gap_has_break = |a: usize, b: usize| a <= b && text[a..b].contains('\n');
        let line_break = k + 1 < tokens.len() && inside[k] == NONE && gap_has_break(tokens[k].end, tokens[k + 1].start);
        let q_break = inside[k] != NONE
            && k + 1 < tokens.len()
            && inside[k + 1] != inside[k]
            && gap_has_break(marks[inside[k]].end, tokens[k + 1].start);
        if (inside[k] == NONE && closes_sentence(&tokens[k])) || line_break || q_break {
            sentences.push((s0, k + 1));
            s0 = k + 1;
        }
    }
    if s0 < tokens.len() {
        sentences.push((s0, tokens.len()));
    }

    let mut out: Vec<Quote> = Vec::new();
    let mut registry = titles::Registry::default();
    // Recent speakers: (speaker, feminine, sentence), latest last.
    let mut recent: Vec<(Speaker, Option<bool>, usize)> = Vec::new();
    let mut hint = 0usize;
    // How often each word occurs, counted the first time a bare verb needs it.
    let mut counts: Option<HashMap<&str, u32>> = None;
    let mut prev_span: Option<(usize, usize)> = None;
    for (n, &(s, e)) in sentences.iter().enumerate() {
        recent.retain(|r| n <= r.2 + CARRY);
        let outside: Vec<usize> = (s..e).filter(|&k| inside[k] == NONE).collect();
        registry.scan(&tokens, &outside, text);
        let sent = Sentence::new(&tokens, text, outside, names);
        let prev = prev_span;
        let prev_tokens = n.checked_sub(1).map(|p| sentences[p]);
        let mut fallback = || {
            previous_person(names, &mut hint, prev, &marks, text)
                .or_else(|| recurring_name(&tokens, &inside, prev_tokens, &mut counts, text))
        };
        // The person named with a title in the next sentences (this one included).
        // (Scanned once per sentence, the first time it is needed: linear time.)
        let later = std::cell::OnceCell::new();
        let ahead = |title: &[usize]| -> Option<Speaker> {
            later
                .get_or_init(|| {
                    let mut later = titles::Registry::default();
                    for &(a, b) in sentences[n..].iter().take(AHEAD) {
                        let outside: Vec<usize> = (a..b).filter(|&k| inside[k] == NONE).collect();
                        later.scan(&tokens, &outside, text);
                    }
                    later
                })
                .resolve_ahead(&tokens, title)
        };
        // (For a headline's title: the sentences of the whole report's opening. Only in
        // the text's first line, its headline, and its first three sentences (.. may cut
        // it: الأردن يسحب كتابا.. ووزير التربية: «…»): a bounded cost per text.)
        let headline_ahead = |title: &[usize]| -> Option<Speaker> {
            if n >= 3 || text[..tokens[s].start].contains('\n') {
                return None;
            }
            let mut later = titles::Registry::default();
            for &(a, b) in sentences[n..].iter().take(HEADLINE_AHEAD) {
                let outside: Vec<usize> = (a..b).filter(|&k| inside[k] == NONE).collect();
                later.scan(&tokens, &outside, text);
            }
            later.resolve_headline(&tokens, title)
        };
        // The person named right after a title alone, set off by a comma or after the
        // title's complement (see [`apposed_person`]).
        let apposed = |sp: &Speaker| apposed_person(sp, names, text);
        let mut qs: Vec<usize> = (s..e).filter_map(|k| (inside[k] != NONE).then_some(inside[k])).collect();
        qs.dedup();
        if qs.is_empty() {
            // (A verb that quotes only what it takes for its object, اتهم، انتقد، نصح,
            // names no speaker in a sentence that quotes nothing: انتقدت صحف كثيرة ترمب.)
            if let Some(lead) = sent.lead(sent.outside.len()).filter(|l| !lexicon::object_cue(&l.cue.form)) {
                let byline = is_byline(&tokens, &sent.outside, &lead.cue);
                if let (Some(sp), cue) = settle(&mut registry, &tokens, lead, &recent, &mut fallback, &ahead, &apposed) {
                    if !byline {
                        remember(&mut recent, sp, &cue, n);
                    }
                }
            }
            prev_span = Some((tokens[s].start, tokens[e - 1].end));
            continue;
        }
        let mut prev_quote_end = 0;
        let mut quoted_any = false;
        // Where the last quotation the sentence took for a name ends.
        let mut prev_name_end: Option<usize> = None;
        for &q in &qs {
            let m = marks[q];
            let before = sent.outside.partition_point(|&k| tokens[k].end <= m.start);
            let after = sent.outside.partition_point(|&k| tokens[k].start < m.end);
            // (A headline's name before a colon attributes even a short quotation:
            // ميقاتي: «لا تأجيل للانتخابات».)
            let mut by_headline = false;
            // (Words after a quotation its colon introduced that end at a colon before the
            // next quotation are the next one's cue, not this one's: قائلا: «…»، فأجاب
            // الأخير ضاحكا: «…».)
            let next_cue = {
                let before_colon = text[..m.start].trim_end().ends_with(':');
                let next = marks.get(q + 1).map(|n| n.start).filter(|&n| n >= m.end && n <= tokens[e - 1].end);
                before_colon && next.is_some_and(|n| {
                    let gap = &text[m.end..n];
                    gap.trim_end().ends_with(':') && !gap.contains(['.', '\n', '؟', '!'])
                })
            };
            // (A quotation that opens a paragraph after one that ended with a colon, قال
            // فلان، مضيفا:\n«…»: the cue and its speaker are the last sentence's there.)
            let colon_lead = || -> Option<Lead> {
                let line = text[..m.start].rfind('\n')?;
                if before != 0 || !text[line + 1..m.start].trim().is_empty() || !text[..line].trim_end().ends_with(':') {
                    return None;
                }
                let (a, b) = sentences[n.checked_sub(1)?];
                if tokens[b - 1].end > line || !lexicon::is_colon(&tokens[b - 1]) {
                    return None;
                }
                let outside: Vec<usize> = (a..b).filter(|&k| inside[k] == NONE).collect();
                let prev = Sentence::new(&tokens, text, outside, names);
                prev.lead(prev.outside.len())
            };
            // (A bare verb there after a person that sentence named: أما فلان، فاختار
            // لهجة أحد، وكتب:\n«…»; that person is its subject, as in a sentence of the
            // quotation's own, not the speaker quoted before.)
            let colon_named = || -> Option<(Speaker, Cue)> {
                let lead = colon_lead().filter(|l| l.bare_verb && l.phrase.is_none())?;
                let (a, _) = sentences[n.checked_sub(1)?];
                let (s, e) = first_person(names, tokens[a].start, lead.cue.start, &marks)?;
                Some((inherited_name(text, s, e), lead.cue))
            };
            let (speaker, cue) = match sent.trail(after).filter(|_| !next_cue) {
                Some((p, cue)) => {
                    let lead = Lead { phrase: Some(p), cue, bare_verb: false };
                    let (sp, cue) = settle(&mut registry, &tokens, lead, &recent, &mut fallback, &ahead, &apposed);
                    (sp, Some(cue))
                }
                None => match sent.lead(before) {
                    // A bare verb in a sentence that has named a person before it and
                    // quoted nobody yet: that person is its subject (ألقى الرئيس فلان
                    // كلمة …، أكد فيها أن «…»), before anyone of earlier sentences.
                    // (Not where the sentence opened with a feminine verb and a body, and
                    // the bare verb is feminine too: the person is the object, قررت لجنة
                    // الانضباط إيقاف فلان …، وقالت في قرارها إن «…»; see below.)
                    Some(lead)
                        if lead.bare_verb
                            && lead.phrase.is_none()
                            && !recent.iter().any(|r| r.2 == n)
                            && first_person(names, tokens[s].start, lead.cue.start, &marks).is_some()
                            && !(feminine(&lead.cue) == Some(true) && opening_subject(&tokens, &sent.outside, names, &lead.cue, &marks, true).is_some()) =>
                    {
                        let (a, b) = first_person(names, tokens[s].start, lead.cue.start, &marks).unwrap_or_default();
                        (Some(inherited_name(text, a, b)), Some(lead.cue))
                    }
                    // (Without the entity finder's names, the person the sentence named
                    // with a title before the verb: وتحدث الكاردينال فلان عن …، وقال.)
                    Some(lead) if lead.bare_verb && lead.phrase.is_none() && !recent.iter().any(|r| r.2 == n) && names.is_empty() && registry.named_between(tokens[s].start, lead.cue.start).is_some() => {
                        let (a, b) = registry.named_between(tokens[s].start, lead.cue.start).map(|sp| (sp.start, sp.end)).unwrap_or_default();
                        (Some(inherited_name(text, a, b)), Some(lead.cue))
                    }
                    // A bare verb after a sentence that opened with a verb and the body
                    // or place doing it, and named no person: that body is its subject
                    // (رحبت وزارة الخارجية … وأكدت في بيان أن «…»; هنأت الوكالة …
                    // مؤكدة أن), not a person of the sentence before (a byline's writer).
                    // (A speaker this sentence carried over from an earlier one, for a
                    // name in quote marks after its verb, ورحبت «مراسلون بلا حدود» بالعفو،
                    // ودعت …, is no speaker of this sentence.)
                    Some(lead)
                        if lead.bare_verb
                            && lead.phrase.is_none()
                            && !recent.iter().any(|r| r.2 == n && !r.0.inherited)
                            && opening_subject(&tokens, &sent.outside, names, &lead.cue, &marks, feminine(&lead.cue) == Some(true)).is_some() =>
                    {
                        let (a, b) = opening_subject(&tokens, &sent.outside, names, &lead.cue, &marks, feminine(&lead.cue) == Some(true)).unwrap_or_default();
                        (Some(inherited_name(text, a, b)), Some(lead.cue))
                    }
                    // A bare verb opening a sentence after one that quoted nobody and
                    // opened with a verb and the person doing it, a title at most between
                    // them (وتحدث رئيس نادي … فلان، …، عن …. وقال: «…»): that person
                    // goes on speaking, not the one quoted before.
                    Some(lead)
                        if lead.bare_verb
                            && lead.phrase.is_none()
                            && sent.outside.first().is_some_and(|&k| tokens[k].start == lead.cue.start)
                            && !recent.iter().any(|r| r.2 == n || n > 0 && r.2 == n - 1)
                            && n > 0
                            && opening_person(&tokens, &(sentences[n - 1].0..sentences[n - 1].1).filter(|&k| inside[k] == NONE).collect::<Vec<_>>(), names, &lead.cue, &marks).is_some() =>
                    {
                        let outside: Vec<usize> = (sentences[n - 1].0..sentences[n - 1].1).filter(|&k| inside[k] == NONE).collect();
                        let (a, b) = opening_person(&tokens, &outside, names, &lead.cue, &marks).unwrap_or_default();
                        (Some(inherited_name(text, a, b)), Some(lead.cue))
                    }
                    Some(lead) => {
                        let (sp, cue) = settle(&mut registry, &tokens, lead, &recent, &mut fallback, &ahead, &apposed);
                        (sp, Some(cue))
                    }
                    // «…»، حسبما نقلت عنه صحيفة «…» with no cue before: the speaker the
                    // pronoun refers to, as after a bare verb.
                    None if sent.relayed_from_him(after).is_some() => {
                        let cue = sent.relayed_from_him(after).expect("checked");
                        let lead = Lead { phrase: None, cue, bare_verb: true };
                        let (sp, cue) = settle(&mut registry, &tokens, lead, &recent, &mut fallback, &ahead, &apposed);
                        (sp, Some(cue))
                    }
                    // A headline's title alone (والوزيرة: «…») is the person the
                    // article goes on to name with it.
                    // (A headline stands before the whole report, which may name the
                    // person further on than a sentence's title is looked for.)
                    None if colon_named().is_some() => {
                        let (sp, cue) = colon_named().expect("checked");
                        (Some(sp), Some(cue))
                    }
                    None if colon_lead().is_some() => {
                        let lead = colon_lead().expect("checked");
                        let (sp, cue) = settle(&mut registry, &tokens, lead, &recent, &mut fallback, &ahead, &apposed);
                        (sp, Some(cue))
                    }
                    None => (sent.headline(before).inspect(|_| by_headline = true).map(|p| if p.speaker.name.is_none() { ahead(&p.title_tokens).or_else(|| headline_ahead(&p.title_tokens)).map(|mut r| { r.title = p.speaker.title.clone(); r }).unwrap_or(p.speaker) } else { p.speaker }), None),
                },
            };
            let speaker = speaker.map(|sp| without_fa(without_name_in_title(bounded_by_names(named_in_marks(sp, &marks, text), names, text))));
            let speaker = speaker.map(|sp| body_named_before(sp, &tokens, &inside, &marks, names, text));
            // (بين فلان وفلان، بعد أن وصف الأول …: the former is the first person the
            // sentence named before, the latter the last.)
            let speaker = match speaker {
                Some(sp) if !sp.inherited && !sp.by_title && former_or_latter(&sp.text).is_some() => {
                    let first = former_or_latter(&sp.text) == Some(true);
                    let found = if first { first_person(names, tokens[s].start, sp.start, &marks) } else { last_person(names, tokens[s].start, sp.start, &marks) };
                    Some(found.map_or(sp, |(a, b)| inherited_name(text, a, b)))
                }
                sp => sp,
            };
            // A paragraph that opens with a quotation no cue attributes, right after a
            // paragraph that ended with a quotation (قال فلان: «…».\n«…»): the quotation
            // runs on into it, and so does its speaker.
            // (One whose first paragraph the closing mark never ended, قائلا: «….\n«…»،
            // is one quotation over both paragraphs: the mark that opens the second
            // only reminds the reader the quotation goes on.)
            // (Unless the sentence after it names who said it: «…». بهذه العبارة لخص
            // فلان …; «…». تقولها فلانة وهي …; «…». هكذا بدأ فلان كلمته.)
            let mut goes_on = false;
            let speaker = match speaker {
                None if cue.is_none() && !by_headline && named_after(text, m.start, m.end, names, &marks).is_some() => named_after(text, m.start, m.end, names, &marks),
                None if cue.is_none() && !by_headline => out.last().filter(|p| runs_on(text, p.end, m.start)).and_then(|p| {
                    goes_on = !p.closed && p.mark.starts_with(m.open);
                    p.speaker.clone()
                })
                // («…»، يوضح فلان. «…»: a quotation no cue attributes, right after the
                // name that ends the one before it, whose cue came after it, in the same
                // paragraph: the speaker goes on.)
                .or_else(|| out.last().filter(|p| said_after_goes_on(p, text, m.start)).and_then(|p| p.speaker.clone()))
                .map(|mut sp| {
                    sp.inherited = true;
                    sp
                }),
                sp => sp,
            };
            if goes_on {
                if let Some(p) = out.last_mut() {
                    p.end = m.end;
                    p.text_end = m.text_end;
                    p.closed = m.closed;
                    prev_quote_end = m.end;
                    continue;
                }
            }
            let first = tokens.partition_point(|t| t.start < m.text_start);
            let n_words = tokens[first..].iter().take_while(|t| t.end <= m.text_end).filter(|t| t.kind != TokenKind::Punct).count();
            let short = n_words <= SHORT;
            // A short quotation is speech only as the complement of its own cue.
            let own_cue = cue
                .as_ref()
                .is_some_and(|c| c.position == CuePosition::After || prev_quote_end == 0 || c.start >= prev_quote_end || coordinated(&text[prev_quote_end..m.start]));
            // (A short one right after a verb that relays, before the one it relays from,
            // is the outlet, its subject: ونقلت «الشروق» عن مصادر, وعلمت "الشروق" من.)
            let relaying_outlet = short
                && cue.as_ref().is_some_and(|c| c.position == CuePosition::Before && (c.form.starts_with("نقل") || c.form.starts_with("نسب") || c.form == "علمت" || c.form == "علم") && text[c.end..m.start].trim().is_empty())
                && ["عن ", "من ", "إلى ", "الى "].iter().any(|p| text[m.end..].trim_start().starts_with(p));
            // A name of a few more words after an indefinite noun that names a thing
            // (لمنظمة «أطباء من أجل السلام») is a name too.
            // (So is one the entity finder found whole, بإصدار "إعلان القاهرة للعيش
            // المشترك", unless it is what a reported clause says of its subject: إن
            // روايته "رسالة حب إلى مدينة الرباط".)
            // (Nor what a headline's speaker says after the colon, the entity finder's
            // name though it be: فلان من السراي: «قدرتنا على الاستيعاب انتهت».)
            let headline = by_headline && speaker.is_some() && n_words >= 2;
            // (So is one set off by commas after من, where a person is from: فلانة، من
            // «شبكة حيتان بحر العرب»، فكتبت.)
            let before_mark = text[..m.start].trim_end();
            let affiliation = ["، من", ", من", "،من"].iter().any(|p| before_mark.ends_with(p)) && text[m.end..].trim_start().starts_with(['،', ',']);
            let long_name = !short
                && n_words <= LONG_NAME
                && (after_naming_noun(&tokens, m.start, n_words) || affiliation || (is_named(names, m.text_start, m.text_end) && !reported_predicate(&tokens, m.start) && !headline));
            // (What a description verb quotes in one word is the word put on a thing.)
            let described = n_words == 1 && cue.as_ref().is_some_and(|c| lexicon::describe_verb(&c.form));
            // (A few words that begin with a future verb or a negation are a clause, not a
            // name, even after the definite noun that is their subject: إن الحزب
            // «سيقاطع الاقتراع».)
            // (Two words at least: one word in سي… is as often a name, «سيرينا».)
            // (Or three words at least that begin with a verb of the present after that
            // subject: أن العلاقات مع المغرب "تمر بأفضل مراحلها". Two, «تحيا تونس», are as
            // often a name.)
            let clause = n_words >= 2 && tokens[first..].iter().find(|t| t.kind != TokenKind::Punct).is_some_and(|t| {
                let w = search_form(&t.norm);
                let present = n_words >= 3 && (3..=6).contains(&w.chars().count()) && w.starts_with(['ت', 'ي']);
                // (The first person's future too, with its hamza: «سأذهب إلى لوزان».)
                let raw = &text[t.start..t.end];
                let first_person_future = raw.starts_with("سأ") && raw.chars().count() >= 5;
                matches!(w.as_ref(), "لن" | "لم" | "لا" | "قد" | "سوف") || w.chars().count() >= 5 && ["سي", "ست", "سن"].iter().any(|p| w.starts_with(p)) || present || first_person_future
            });
            let names_a_thing = after_naming_noun(&tokens, m.start, n_words) && !clause;
            // (A short one the entity finder found whole is a name, unless a headline's
            // speaker says it after the colon and it is a clause: الزغلامي: «سنذهب إلى
            // التعقيب», the finder's ORG though it be.)
            let named = short && is_named(names, m.text_start, m.text_end) && !(headline && clause);
            // (A quotation joined by و to one taken for a name, of no more words than a
            // name has, is a name of the same list: شعارات من قبيل "…" و"…".)
            let listed_with_name = n_words <= LONG_NAME && prev_name_end.is_some_and(|e| e <= m.start && matches!(text[e..m.start].trim(), "و" | "،و" | "، و" | "أو" | "او"));
            if n_words == 0 || long_name || listed_with_name || relaying_outlet || (short && ((cue.is_none() && !headline) || (cue.is_some() && !own_cue) || names_a_thing || named || described)) {
                if long_name || listed_with_name || (short && (names_a_thing || named)) {
                    prev_name_end = Some(m.end);
                }
                continue;
            }
            // (Who is said to say a quotation is remembered; no one says a name in quote
            // marks: وسأله صحفي من إذاعة «…» عن …، فرد: «…», the one asked answers.)
            if let (Some(sp), Some(cue)) = (&speaker, &cue) {
                remember(&mut recent, sp.clone(), cue, n);
            }
            // Only a quotation stands between a cue and a later one; a name does not.
            prev_quote_end = m.end;
            quoted_any = true;
            out.push(Quote {
                start: m.start,
                end: m.end,
                text_start: m.text_start,
                text_end: m.text_end,
                mark: m.open.to_string(),
                closed: m.closed,
                speaker,
                cue,
                also: Vec::new(),
            });
        }
        // A sentence whose marks are all names speaks as one that quotes nothing: its
        // speaker is remembered (وقال فلان لـ«صدى البلد» إن …).
        if !quoted_any {
            if let Some(lead) = sent.lead(sent.outside.len()).filter(|l| !lexicon::object_cue(&l.cue.form)) {
                let byline = is_byline(&tokens, &sent.outside, &lead.cue);
                if let (Some(sp), cue) = settle(&mut registry, &tokens, lead, &recent, &mut fallback, &ahead, &apposed) {
                    if !byline {
                        remember(&mut recent, sp, &cue, n);
                    }
                }
            }
        }
        prev_span = Some((tokens[s].start, tokens[e - 1].end));
    }
    named_by_continuation(&mut out, text);
    merge_repeats(text, out)
}

/// The person the sentence right after a quotation names, when the quotation opens its
/// paragraph and is a sentence of its own, and that sentence points back to it: هكذا,
/// بهذه (العبارة), تقولها, كانت تلك (الجملة التي …), هذا ما (قاله). The first person it
/// names outside quote marks said it: «…». بهذه العبارة لخص مختار البلدة فلان ….
fn named_after(text: &str, start: usize, end: usize, names: &[NameHint], marks: &[marks::Marked]) -> Option<Speaker> {
    let line_start = text[..start].rfind('\n').map_or(0, |p| p + 1);
    if !text[line_start..start].trim().is_empty() {
        return None;
    }
    let line_end = text[end..].find('\n').map_or(text.len(), |p| end + p);
    let rest = &text[end..line_end];
    let next = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '.');
    if !rest[..rest.len() - next.len()].contains('.') {
        return None;
    }
    let words: Vec<String> = next.split_whitespace().take(2).map(|w| search_form(w).into_owned()).collect();
    let (w0, w1) = (words.first().map_or("", |w| w.as_str()), words.get(1).map_or("", |w| w.as_str()));
    let recall = matches!(
        w0,
        "هكذا" | "وهكذا" | "بهذه" | "بهذا" | "بتلك" | "بذلك" | "تقولها" | "يقولها" | "قالها" | "قالتها" | "يرددها" | "ترددها" | "رددها" | "رددتها" | "يكررها" | "تكررها"
    ) || (matches!(w0, "كانت" | "كان" | "وكانت" | "وكان") && matches!(w1, "تلك" | "هذه" | "ذلك" | "هذا"))
        || (matches!(w0, "هذا" | "هذه" | "ذلك" | "تلك") && w1 == "ما");
    // (A headline, the text's first line: «…».. صياد من الأشخرة يروي لحظات …, whoever
    // the words before a verb of telling in the present are, by role.)
    if !recall && line_start == 0 {
        let ws: Vec<&str> = next.split_whitespace().take(7).collect();
        let tells = |w: &str| matches!(search_form(w).as_ref(), "يروي" | "تروي" | "يقول" | "تقول" | "يحكي" | "تحكي" | "يكشف" | "تكشف");
        let at = ws.iter().position(|w| tells(w)).filter(|&v| (1..=5).contains(&v))?;
        let phrase = ws[..at].join(" ");
        let l = lexicon();
        let noun = |w: &str| [&l.verbs, &l.particles, &l.stops, &l.prepositions, &l.time].iter().all(|list| form_in(w, list).is_none()) && !crate::function_words::is_function_word(&search_form(w));
        let clean = ws[..at].iter().all(|w| w.chars().all(|c| c.is_alphabetic())) && noun(ws[0]);
        if !clean {
            return None;
        }
        let from = line_end - next.len();
        let to = from + next.find(ws[at - 1]).map_or(0, |p| p + ws[at - 1].len());
        if text.get(from..to) != Some(phrase.as_str()) {
            return None;
        }
        return Some(Speaker { start: from, end: to, text: phrase.clone(), key: crate::name_key(&phrase), name: None, title: Some(phrase), inherited: false, by_title: false });
    }
    if !recall {
        return None;
    }
    let to = line_end - next.len() + next.find('.').unwrap_or(next.len());
    first_person(names, line_end - next.len(), to, marks).map(|(a, b)| inherited_name(text, a, b))
}

/// Whether a quotation ending at `end` and one opening at `start` are a quotation run
/// on over a paragraph break: between them only the first's closing punctuation and
/// one paragraph break (one line break, or two around an empty line where the text
/// parts its paragraphs so), and the second opens its paragraph.
fn runs_on(text: &str, end: usize, start: usize) -> bool {
    end <= start && {
        let gap = &text[end..start];
        (1..=2).contains(&gap.matches('\n').count()) && gap.chars().all(|c| c.is_whitespace() || ".،,:؛".contains(c))
    }
}

/// Whether a quotation starting at `start` follows right after the speaker of `p`,
/// named after it with its cue, with nothing but the end of that sentence between.
fn said_after_goes_on(p: &Quote, text: &str, start: usize) -> bool {
    let (Some(sp), Some(cue)) = (&p.speaker, &p.cue) else { return false };
    cue.position == CuePosition::After
        && !sp.inherited
        && sp.name.is_some()
        && p.end <= cue.start
        && sp.end <= start
        && !text[p.end..start].contains('\n')
        && text[sp.end..start].contains('.')
        && text[sp.end..start].chars().all(|c| c.is_whitespace() || ".،,".contains(c))
}

/// Cues that go on with the speaker of the quotation before (وأضاف، ويضيف، وتابع;
/// ليقول after عاد/يعود, `gap` being the text between the two quotations: قبل أن يعود
/// فلان ليقول).
fn continues(cue: &Cue, gap: &str) -> bool {
    let f = cue.form.as_str();
    matches!(f, "اضاف" | "اضافت" | "يضيف" | "تضيف" | "تابع" | "تابعت" | "يتابع" | "تتابع" | "اردف" | "اردفت" | "استطرد" | "استطردت")
        || (matches!(f, "ليقول" | "لتقول" | "ليضيف" | "لتضيف")
            && gap.split_whitespace().any(|w| matches!(search_form(w).as_ref(), "يعود" | "تعود" | "عاد" | "عادت" | "ليعود" | "لتعود")))
}

/// Bytes between a quotation and the next one that may go on with its speaker.
const CONTINUATION_GAP: usize = 120;

/// A speaker named by a definite title alone that nothing resolved (يقول المتحدث باسم
/// الجهاز إن «…». ويضيف بوزيد: «…»): when the next quotation, close after, goes on with
/// a cue of continuation and names its speaker, both are that person.
fn named_by_continuation(out: &mut [Quote], text: &str) {
    for i in 1..out.len() {
        let (a, b) = (&out[i - 1], &out[i]);
        let (Some(sa), Some(sb), Some(cue)) = (&a.speaker, &b.speaker, &b.cue) else { continue };
        if sa.name.is_some() || sa.inherited || sa.by_title || sb.name.is_none() || sb.inherited || sb.by_title || b.start < a.end || b.start - a.end > CONTINUATION_GAP || !continues(cue, &text[a.end..b.start]) {
            continue;
        }
        let Some(title) = sa.title.as_deref() else { continue };
        let first = title.split_whitespace().next().unwrap_or("");
        if form_in(first, &lexicon().anonymous).is_some() || !title.split_whitespace().any(lexicon::definite) {
            continue;
        }
        let mut named = sb.clone();
        named.title = sa.title.clone();
        named.by_title = true;
        out[i - 1].speaker = Some(named);
    }
}

type Recent = Vec<(Speaker, Option<bool>, usize)>;

/// Most words of a name in quote marks after an indefinite noun that names a thing.
const LONG_NAME: usize = 5;

/// Sentences looked at, from a title-only speaker's on, for the name given it later
/// (bounded: linear time).
const AHEAD: usize = 4;
/// Sentences looked at for the person a headline's title names: a report's opening
/// (bounded: only for the first sentences of the text's first line).
const HEADLINE_AHEAD: usize = 12;

/// Most recent speakers kept (bounded: linear time).
const RECENT: usize = 8;

fn remember(recent: &mut Recent, sp: Speaker, cue: &Cue, n: usize) {
    recent.push((sp, feminine(cue), n));
    if recent.len() > RECENT {
        recent.remove(0);
    }
}

/// A lead's speaker: resolved by title, carried over from a recent sentence whose
/// speaker's gender agrees with the verb, or the person `fallback` finds.
fn settle(
    registry: &mut titles::Registry,
    tokens: &[Token],
    lead: Lead,
    recent: &Recent,
    fallback: &mut impl FnMut() -> Option<Speaker>,
    ahead: &dyn Fn(&[usize]) -> Option<Speaker>,
    apposed: &dyn Fn(&Speaker) -> Option<Speaker>,
) -> (Option<Speaker>, Cue) {
    let fem = feminine(&lead.cue);
    let speaker = match lead.phrase {
        // (The person the title names right after it comes first: المدير العام للوكالة،
        // الدكتور فلان، before any earlier or later holder of a like title.)
        // وأضاف البيان أن «…»: the statement alone, with the article, is the one quoted
        // before; its issuer, the speaker quoted last, speaks on.
        Some(p) if the_statement(&p.speaker) && !recent.is_empty() => recent.last().map(|r| {
            let mut sp = r.0.clone();
            sp.inherited = true;
            sp
        }),
        Some(p) if p.speaker.name.is_none() && apposed(&p.speaker).is_some() => apposed(&p.speaker),
        Some(p) if p.speaker.name.is_none() => match recent.last().map_or_else(|| registry.resolve(tokens, &p.title_tokens), |r| registry.resolve_as(tokens, &p.title_tokens, &r.0)) {
            Some(mut r) => {
                r.title = p.speaker.title.clone();
                Some(r)
            }
            None => match ahead(&p.title_tokens) {
                Some(mut r) => {
                    r.title = p.speaker.title.clone();
                    Some(r)
                }
                // وأضافت الطبيبة الباكستانية: «…»: a definite title no one was named
                // with, after a verb that goes on (أضاف، تابع), is an epithet of the
                // person last named with its head (its nationality aside), else of the
                // speaker quoted last whose gender agrees.
                None => match registry.resolve_loose(tokens, &p.title_tokens).filter(|_| continues(&lead.cue, "")).or_else(|| epithet_of(&p.speaker, &lead.cue, recent, fem)) {
                    Some(mut r) => {
                        r.title = p.speaker.title.clone();
                        Some(r)
                    }
                    None => Some(p.speaker),
                },
            },
        },
        Some(p) => {
            if p.speaker.title.is_some() {
                registry.add_speaker(tokens, &p.title_tokens, &p.speaker);
            }
            Some(p.speaker)
        }
        // Gender chooses among recent speakers; with none that agrees, the latest
        // (outlets are loose with the gender of foreign names: قال … واتسون، وأضافت).
        None if lead.bare_verb => recent
            .iter()
            .rev()
            .find(|r| r.1.is_none() || fem.is_none() || r.1 == fem)
            .or(recent.last())
            .map(|r| {
                let mut sp = r.0.clone();
                sp.inherited = true;
                sp
            })
            .or_else(fallback),
        None => None,
    };
    (speaker, lead.cue)
}

/// A speaker that is a statement noun alone with the article (البيان، البلاغ، التقرير).
fn the_statement(sp: &Speaker) -> bool {
    sp.title.is_none() && sp.name.as_deref().is_some_and(|n| !n.contains(' ') && lexicon::definite(n) && speaker::statement(n))
}

/// Whether `text[from..to]` is one or two words the curated name lists know as given or
/// family names: the end of a person's name the entity finder cut short (كمال الدين of
/// كمال الدين عثمان), not the verb's object after it.
/// Whether a person the finder found is a compound given name in عبد alone (عبد المنعم)
/// and `text[h.end..to]` one word with the article ending in ي, its family name
/// (عبد المنعم العرفي): the finder cut the name short.
fn abd_then_family(text: &str, h: &NameHint, to: usize) -> bool {
    let name: Vec<String> = text[h.start..h.end].split_whitespace().map(|w| search_form(w).into_owned()).collect();
    let rest: Vec<&str> = text[h.end..to].split_whitespace().collect();
    let family = |w: &str| {
        let f = search_form(w);
        lexicon::definite(w) && f.ends_with('ي') && f.chars().count() >= 5 && lexicon::title_form(w).is_none() && w.chars().all(|c| c.is_alphabetic() || crate::normalize::is_diacritic(c))
    };
    name.len() == 2 && matches!(name[0].as_str(), "عبد" | "وعبد") && lexicon::definite(&name[1]) && rest.len() == 1 && family(rest[0])
}

fn cut_short(text: &str, from: usize, to: usize) -> bool {
    let rest = tokenize(&text[from..to], &Options::SEARCH);
    let words: Vec<&Token> = rest.iter().filter(|t| t.kind != TokenKind::Punct).collect();
    (1..=2).contains(&words.len()) && words.iter().all(|t| speaker::known_name_word(t))
}

/// The first person named (byte span) between `from` and `to`, outside quotations.
fn first_person(names: &[NameHint], from: usize, to: usize, marks: &[marks::Marked]) -> Option<(usize, usize)> {
    let quoted = |h: &NameHint| {
        let i = marks.partition_point(|m| m.end <= h.start);
        marks.get(i).is_some_and(|m| m.start < h.end)
    };
    let lo = names.partition_point(|h| h.start < from);
    names[lo..].iter().take_while(|h| h.end <= to).take(64).find(|h| h.person && !quoted(h)).map(|h| (h.start, h.end))
}

/// The last person (byte span) the caller's names give in `[from, to)`, outside quote
/// marks.
fn last_person(names: &[NameHint], from: usize, to: usize, marks: &[marks::Marked]) -> Option<(usize, usize)> {
    let quoted = |h: &NameHint| {
        let i = marks.partition_point(|m| m.end <= h.start);
        marks.get(i).is_some_and(|m| m.start < h.end)
    };
    let lo = names.partition_point(|h| h.start < from);
    let hi = names.partition_point(|h| h.start < to);
    names[lo..hi].iter().rev().take(64).find(|h| h.end <= to && h.person && !quoted(h)).map(|h| (h.start, h.end))
}

/// A speaker phrase that opens with "the former" (`Some(true)`: الأول، الأولى) or "the
/// latter" (`Some(false)`: الأخير، الأخيرة), the words that point back to two persons.
fn former_or_latter(phrase: &str) -> Option<bool> {
    let first = phrase.split_whitespace().next()?;
    match search_form(first).as_ref() {
        "الاول" | "الاولي" => Some(true),
        "الاخير" | "الاخيره" => Some(false),
        _ => None,
    }
}

/// The body or place (byte span) a sentence opens with as the subject of its first verb
/// (رحبت وزارة الخارجية المصرية …), when the verb agrees in gender with `cue`, a bare
/// verb later in the sentence, and no person is named between them.
/// With `objects`, a person named after the body (in the feminine, the verb's object)
/// does not keep the body from being the subject.
fn opening_subject(tokens: &[Token], outside: &[usize], names: &[NameHint], cue: &Cue, marks: &[marks::Marked], objects: bool) -> Option<(usize, usize)> {
    // (After the phrase that turns to the subject, من جهتها، بدوره، في المقابل، the verb
    // still opens the sentence.)
    let turn = |k: usize| outside.get(k).map(|&i| search_form(&tokens[i].norm));
    let skip = match (turn(0).as_deref(), turn(1).as_deref()) {
        (Some("من" | "ومن"), Some("جهته" | "جهتها" | "جانبه" | "جانبها" | "ناحيته" | "ناحيتها")) | (Some("في" | "وفي"), Some("المقابل")) => 2,
        (Some("بدوره" | "بدورها"), _) => 1,
        _ => 0,
    };
    let skip = skip + usize::from(skip > 0 && outside.get(skip).is_some_and(|&i| is_comma(&tokens[i])));
    // (So does a verb after لم, ولم تستجب الوزارة لطلب التعليق، لكنها قالت: a jussive,
    // whose gender its prefix gives.)
    let negated = turn(skip).is_some_and(|w| matches!(w.as_ref(), "لم" | "ولم"));
    let skip = skip + usize::from(negated);
    let outside = &outside[skip..];
    let (&v, &w) = (outside.first()?, outside.get(1)?);
    let verb = search_form(&tokens[v].norm);
    let l = lexicon();
    if !is_word(&tokens[v]) || lexicon::definite(&tokens[v].norm) || verb.chars().count() < 3 || [&l.particles, &l.prepositions, &l.stops].iter().any(|list| form_in(&tokens[v].norm, list).is_some()) {
        return None;
    }
    // (The perfect's feminine ت agrees with the cue's gender: رحبت … وأكدت.)
    let feminine_verb = if negated { verb.starts_with('ت') } else { verb.ends_with('ت') };
    if feminine(cue) != Some(feminine_verb) {
        return None;
    }
    // (The body may be named in quote marks right after the verb, رحبت «مراسلون بلا
    // حدود» بالعفو, or after its head, وثقت منظمة «بتسيلم»: a name the marks hold whole.)
    let i = names.partition_point(|h| h.start < tokens[v].end);
    let whole_name = |h: &NameHint| marks.iter().any(|m| m.text_start == h.start && m.text_end == h.end);
    let head = body_head_word(&tokens[w].norm);
    let h = names.get(i).filter(|h| {
        let near = h.start <= tokens[w].start + 2 || whole_name(h) && (h.end <= tokens[w].start || head && text_gap_is_mark(tokens, w, h.start));
        !h.person && near && h.end < cue.start
    })?;
    let quoted = marks.iter().any(|m| m.start < h.end && h.start < m.end) && !whole_name(h);
    let person_between = names[i + 1..].iter().take_while(|p| p.end <= cue.start).any(|p| p.person);
    (!quoted && (objects || !person_between)).then_some((h.start, h.end))
}

/// The person (byte span) a sentence opens with as the subject of its first verb, only
/// words of a title between them (وتحدث رئيس نادي شباب باب الواد سليم بن عودة، …), when
/// the verb agrees in gender with `cue`, a bare verb of the next sentence.
fn opening_person(tokens: &[Token], outside: &[usize], names: &[NameHint], cue: &Cue, marks: &[marks::Marked]) -> Option<(usize, usize)> {
    let &v = outside.first()?;
    let verb = search_form(&tokens[v].norm);
    let l = lexicon();
    if !is_word(&tokens[v]) || lexicon::definite(&tokens[v].norm) || verb.chars().count() < 3 || [&l.particles, &l.prepositions, &l.stops, &l.time].iter().any(|list| form_in(&tokens[v].norm, list).is_some()) {
        return None;
    }
    if feminine(cue) != Some(verb.ends_with('ت')) {
        return None;
    }
    let (s, e) = first_person(names, tokens[v].end, tokens[*outside.last()?].end, marks)?;
    // (Words of a title only: no comma, mark, preposition or particle before the name.)
    let between: Vec<usize> = outside[1..].iter().copied().take_while(|&k| tokens[k].start < s).collect();
    let title_word = |k: usize| {
        let f = search_form(&tokens[k].norm);
        is_word(&tokens[k]) && !matches!(f.as_ref(), "في" | "من" | "مع" | "عن" | "علي" | "الي" | "منذ" | "بعد" | "قبل") && ![&l.particles, &l.prepositions, &l.stops, &l.time].iter().any(|list| form_in(&tokens[k].norm, list).is_some())
    };
    let contiguous = between.windows(2).all(|w| w[1] == w[0] + 1) && between.first().is_none_or(|&k| k == v + 1);
    let marked = marks.iter().any(|m| m.start < s && m.end > tokens[v].end);
    (between.len() <= 6 && contiguous && !marked && between.iter().all(|&k| title_word(k))).then_some((s, e))
}

/// Is the word a head of bodies' names (منظمة, وزارة, هيئة)?
fn body_head_word(word: &str) -> bool {
    crate::entities::gazetteer::word_flags(&search_form(word)) & crate::entities::gazetteer::ORG_HEAD != 0
}

/// Is there only a space and an opening quote mark between token `w` and `at`?
fn text_gap_is_mark(tokens: &[Token], w: usize, at: usize) -> bool {
    tokens.get(w + 1).is_some_and(|m| m.kind == TokenKind::Punct && m.end == at && (m.start - tokens[w].end) <= 1)
}

/// A byline: a line of كتب or كتبت and a name (كتب محمود عبد الراضي, كتبت - سارة): the
/// writer of the article, who speaks none of its quotations.
fn is_byline(tokens: &[Token], outside: &[usize], cue: &Cue) -> bool {
    matches!(search_form(&cue.text).as_ref(), "كتب" | "كتبت")
        && outside.first().is_some_and(|&k| tokens[k].start == cue.start)
        && (2..=6).contains(&outside.len())
}

/// The first person named in the sentence `prev` (byte span), outside quotations.
/// `hint` is a cursor into `names` that only moves forward.
fn previous_person(names: &[NameHint], hint: &mut usize, prev: Option<(usize, usize)>, marks: &[marks::Marked], text: &str) -> Option<Speaker> {
    let (ps, pe) = prev?;
    while *hint < names.len() && names[*hint].start < ps {
        *hint += 1;
    }
    let quoted = |h: &NameHint| {
        let i = marks.partition_point(|m| m.end <= h.start);
        marks.get(i).is_some_and(|m| m.start < h.end)
    };
    let h = names[*hint..].iter().take_while(|h| h.end <= pe).take(64).find(|h| h.person && !quoted(h))?;
    Some(inherited_name(text, h.start, h.end))
}

/// A speaker that is only a noun naming a thing, followed by its name in quote marks
/// (وقالت صحيفة «الغد» إن …): the quoted name is the speaker's, the noun its title.
fn named_in_marks(sp: Speaker, marks: &[marks::Marked], text: &str) -> Speaker {
    let Some(name) = sp.name.as_deref() else { return sp };
    // (Also after ل: بحسب تقرير لمنظمة «…».)
    let n = search_text(name);
    let listed = |w: &str| form_in(w, &lexicon().naming).is_some();
    // (The noun may have definite words that describe it: الشركة المنجزة للمشروع «…».)
    let words: Vec<&str> = n.split_whitespace().collect();
    let described = words.len() <= 4 && words.iter().skip(1).all(|w| lexicon::definite(w));
    let head = words.first().copied().unwrap_or("");
    if !described || !(listed(head) || head.strip_prefix('ل').is_some_and(listed)) {
        return sp;
    }
    let i = marks.partition_point(|m| m.start < sp.end);
    let Some(m) = marks.get(i).filter(|m| m.closed && text[sp.end..m.start].trim().is_empty() && m.text_end > m.text_start) else {
        return sp;
    };
    let quoted = text[m.text_start..m.text_end].to_string();
    if quoted.split_whitespace().count() > LONG_NAME {
        return sp;
    }
    Speaker {
        start: m.text_start,
        end: m.text_end,
        text: quoted.clone(),
        key: crate::name_key(&quoted),
        title: Some(name.to_string()),
        name: Some(quoted),
        ..sp
    }
}

/// A speaker named `text[start..end]`: its span, text, key and name.
fn renamed(sp: Speaker, start: usize, end: usize, text: &str) -> Speaker {
    let name = text[start..end].to_string();
    Speaker { start, end, text: name.clone(), key: crate::name_key(&name), name: Some(name), ..sp }
}

/// A title alone (no name) whose person the text names at the end of its phrase or
/// right after it: set off by a comma, or after the title's complement
/// ([`title_complement`]); `None` otherwise.
fn apposed_person(sp: &Speaker, names: &[NameHint], text: &str) -> Option<Speaker> {
    if sp.name.is_some() || sp.inherited || sp.by_title || sp.title.as_deref() != Some(&text[sp.start..sp.end]) {
        return None;
    }
    // The person may end the title's own phrase, after the body the title is of, where
    // the phrase could not tell an unknown name from the body's words (المتحدث باسم
    // وزارة الخارجية الإثيوبية فلان الفلاني إن): the person the finder found there.
    let inside = names.partition_point(|h| h.start <= sp.start);
    if let Some(h) = names[inside..].iter().take_while(|h| h.end <= sp.end).find(|h| h.person && h.end == sp.end) {
        let title = text[sp.start..h.start].trim_end().trim_end_matches(['،', ',']).trim_end().to_string();
        return Some(Speaker { title: Some(title), ..renamed(sp.clone(), h.start, h.end, text) });
    }
    let i = names.partition_point(|h| h.start < sp.end);
    let h = names[i..].iter().take(4).find(|h| h.person)?;
    let gap = &text[sp.end..h.start];
    (matches!(gap.trim(), "" | "،" | ",") || title_complement(gap)).then(|| renamed(sp.clone(), h.start, h.end, text))
}

/// Words between a title and the person it names that complete the title, not the
/// verb's clause: where the title holds (المبعوث الأمريكي الخاص إلى السودان فلان, the
/// ambassador لدى الأمم المتحدة), at most three words after إلى, لدى or في; or a
/// relative clause set off by a comma (الأمين العام للهيئة التي تتخذ من جدة مقرا لها،
/// فلان), at most eight words. Never what was said (إن, أن) nor a quotation mark.
fn title_complement(gap: &str) -> bool {
    let words: Vec<String> = gap.split_whitespace().map(|w| search_form(w.trim_matches(|c: char| !c.is_alphabetic())).into_owned()).collect();
    if words.is_empty() || gap.contains(['«', '»', '"', '“', '”', ':']) || words.iter().any(|w| matches!(w.as_str(), "ان" | "انه" | "انها" | "بان" | "قال" | "قالت")) {
        return false;
    }
    let g = gap.trim();
    let first = words[0].as_str();
    let place_phrase = matches!(first, "الي" | "لدي" | "في") && words.len() <= 3 && !g.contains(['،', ',']);
    // (Or the envoy's country set off by a comma, and the person's nationality after it:
    // المبعوث الأممي إلى السودان، السويدي فلان.)
    let place_then_nationality = matches!(first, "الي" | "لدي") && g.matches(['،', ',']).count() == 1 && {
        let (before, after) = g.split_once(['،', ',']).unwrap_or((g, ""));
        let after: Vec<&str> = after.split_whitespace().collect();
        before.split_whitespace().count() <= 3
            && (after.is_empty() || after.len() == 1 && matches!(crate::entities::gazetteer::place_adjective(&search_form(after[0])), Some(crate::entities::gazetteer::Nisba::Land)))
    };
    let place_phrase = place_phrase || place_then_nationality;
    // (The body the title is of, then a comma and an honorific: للوكالة، الدكتور.)
    let body_of = first.starts_with("لل") && words.len() <= 2 && (words.len() == 1 || lexicon::title_form(&words[1]).is_some());
    let relative = matches!(first, "الذي" | "التي") && words.len() <= 8 && g.ends_with(['،', ',']) && !g.trim_end_matches(['،', ',']).contains(['،', ',']);
    place_phrase || relative || body_of
}

/// A title that is only words of the name, the name having grown over it (محمود السيد
/// read as محمود with the title السيد), or the name's last word and whom the words were
/// said to (وقال الأمين للموقع, الأمين of عوض الله الأمين): no title.
/// A name written with the conjunction ف before its article (فالحلبي رأى أن «…», the
/// ف of a sentence that goes on from the one before) is the name without it, unless the
/// name lists know the word as written (فالح is a given name).
fn without_fa(mut sp: Speaker) -> Speaker {
    use crate::entities::gazetteer::{word_flags, FAMILY, FAMILY_BIG, GIVEN, GIVEN_BIG};
    let Some(name) = sp.name.as_deref() else { return sp };
    if sp.inherited || sp.text != name {
        return sp;
    }
    let first = name.split_whitespace().next().unwrap_or("");
    let sf = search_form(first);
    let bare = sf.strip_prefix('ف').unwrap_or("");
    if !bare.starts_with("ال") || bare.chars().count() < 5 || word_flags(&sf) & (GIVEN | GIVEN_BIG | FAMILY | FAMILY_BIG) != 0 || !name.starts_with('ف') {
        return sp;
    }
    let rest = name['ف'.len_utf8()..].to_string();
    sp.start += 'ف'.len_utf8();
    sp.key = crate::name_key(&rest);
    sp.text = rest.clone();
    sp.name = Some(rest);
    sp
}

fn without_name_in_title(mut sp: Speaker) -> Speaker {
    let (Some(name), Some(title)) = (sp.name.as_deref(), sp.title.as_deref()) else { return sp };
    let nw: Vec<String> = name.split_whitespace().map(|w| search_form(w).into_owned()).collect();
    let tw: Vec<String> = title.split_whitespace().map(|w| search_form(w).into_owned()).collect();
    let inside = !tw.is_empty() && nw.windows(tw.len()).any(|w| w == tw.as_slice());
    let said_to = tw.len() == 2 && nw.last() == tw.first() && tw[1].starts_with('ل') && lexicon::title_form(&tw[1]).is_none();
    if inside || said_to {
        sp.title = None;
    }
    sp
}

/// A speaker's phrase bounded by the names the caller (the entity finder) found, in
/// three cases taken in turn, each on what the one before left:
/// 1. A name that runs over two names side by side (ودعت وزارة الخارجية البريطانية
///    طهران إلى …: the body, then the one it calls on): the speaker is the first, the
///    second is the verb's object. A name that runs on past its entity into ordinary
///    words (الحرس الثوري الإيراني, the entity without its adjective) is left whole.
/// 2. A name that ends a person's name beginning a word or two earlier: the whole name
///    (علي رضا تنكسيري, whose علي the speaker phrase cannot tell from the preposition
///    على: their search forms are one), taken out of the title; and a title alone,
///    right before a person: that person.
/// 3. A name that begins with a person and goes on (نبيل العمري كلمة, where the phrase
///    ran on over the verb's object): the person's name.
fn bounded_by_names(mut sp: Speaker, names: &[NameHint], text: &str) -> Speaker {
    // A person the finder ran on over the word with ل the phrase stopped at, whom the
    // words were said to (دلشاد محمد أمين لشفق of … لشفق نيوز إن): the person ends
    // where the phrase does.
    let cut: Vec<NameHint>;
    let names = {
        let lo = names.partition_point(|h| h.end <= sp.start);
        let over = |h: &NameHint| {
            let rest = text.get(sp.end..h.end).unwrap_or("").trim();
            h.person && h.start > sp.start && h.start < sp.end && h.end > sp.end && !rest.contains(char::is_whitespace) && search_form(rest).starts_with('ل') && !search_form(rest).starts_with("لل")
        };
        if names[lo..].iter().take(8).any(over) {
            cut = names.iter().map(|h| if over(h) { NameHint { end: sp.end, ..*h } } else { *h }).collect();
            &cut[..]
        } else {
            names
        }
    };
    // 0. A body named in the title, then a person set off by commas (كبير محللي وود
    // ماكنزي، أندرو ماكدونالد، إن): the person speaks, the body is the title's.
    'apposed: {
        let Some(title) = sp.title.clone() else { break 'apposed };
        if sp.name.as_deref() != Some(&text[sp.start..sp.end]) || sp.inherited || sp.by_title {
            break 'apposed;
        }
        // (The phrase may hold the title's words too: كبير محللي وود ماكنزي.)
        // (The body may run on past the phrase, which stopped before its purpose:
        // مؤسسة وود ماكنزي للاستشارات.)
        // (Or begin before it, with its head: مؤسسة أكسفورد إيكونوميكس; the names do not
        // overlap, so only the one before the phrase's start may.)
        let i = names.partition_point(|h| h.start < sp.start).saturating_sub(1);
        let Some(body_end) = names[i..].iter().take_while(|h| h.start < sp.end).find(|h| !h.person && h.end >= sp.end && h.end > sp.start).map(|h| h.end) else { break 'apposed };
        let j = names.partition_point(|h| h.start < body_end);
        let Some(p) = names.get(j).filter(|h| h.person && matches!(text[body_end..h.start].trim(), "،" | ",")) else { break 'apposed };
        if !text[p.end..].trim_start().starts_with(['،', ',']) {
            break 'apposed;
        }
        let body = text[sp.start..body_end].to_string();
        let (start, end) = (p.start, p.end);
        // (The person's own name, read as the title of the phrase before it, is no title:
        // the body's phrase is.)
        let title = if title == text[start..end] { body } else { format!("{title} {body}") };
        sp = Speaker { title: Some(title), ..renamed(sp, start, end, text) };
    }
    // 0b. The name of a body whose statement speaks, after ل (أشار بيان لمديرية الدفاع
    // المدني): the entity's span, without the preposition.
    if sp.name.as_deref() == Some(&text[sp.start..sp.end]) && text[sp.start..].starts_with('ل') {
        let i = names.partition_point(|h| h.start <= sp.start);
        if let Some(h) = names.get(i).filter(|h| h.start == sp.start + 'ل'.len_utf8() && h.end == sp.end) {
            let (start, end) = (h.start, h.end);
            sp = renamed(sp, start, end, text);
        }
    }
    // 0c. A body's head and its name in quote marks, after which the phrase ran on over
    // the body's adjective and the verb's object (انتقدت منظمة "عدالة" الحقوقية الحكم،):
    // the name the marks hold.
    if sp.name.as_deref() == Some(&text[sp.start..sp.end]) && text[sp.start..sp.end].split_whitespace().next().is_some_and(body_head_word) {
        let i = names.partition_point(|h| h.start < sp.start);
        let quoted = |h: &NameHint| text[..h.start].ends_with(['"', '«', '“']) && text[h.end..].starts_with(['"', '»', '”']);
        let head_end = sp.start + text[sp.start..].find(char::is_whitespace).unwrap_or(0);
        if let Some(h) = names[i..].iter().take_while(|h| h.end <= sp.end).find(|h| !h.person && quoted(h) && text[head_end..h.start].trim_matches(|c: char| c.is_whitespace() || "\"«“".contains(c)).is_empty()) {
            let (start, end) = (h.start, h.end);
            sp = renamed(sp, start, end, text);
        }
    }
    // 1. The first of two names side by side.
    'two: {
        if sp.name.as_deref() != Some(&text[sp.start..sp.end]) {
            break 'two;
        }
        // (A proclitic stays outside an entity's span: it may start a letter late.)
        let i = names.partition_point(|h| h.start < sp.start);
        let Some(first) = names[i..].iter().take_while(|h| h.start <= sp.start + 2).find(|h| h.end < sp.end) else { break 'two };
        // (Only names side by side: جهاز المخابرات الوطنية في كوريا الجنوبية is one.)
        let next = names[i..].iter().find(|h| h.start > first.end && h.start < sp.end);
        // (A short name in quote marks or brackets right after the first is beside it:
        // الوكالة العالمية لمكافحة المنشطات «وادا» بالحكم.)
        let beside = |h: &NameHint| text[first.end..h.start].trim_matches(|c: char| c.is_whitespace() || "«»\"“”()".contains(c)).is_empty();
        if !next.is_some_and(beside) || cut_short(text, first.end, sp.end) {
            break 'two;
        }
        let (start, end) = (sp.start, first.end);
        sp = renamed(sp, start, end, text);
    }
    // 2. The whole person whose name the phrase ends, or the person after a title alone.
    'whole: {
        // (A person found inside what was read as the title is the name the title's
        // words hid: المتحدث باسم الحكومة باسم العوادي, whose given name باسم reads as
        // "in the name of"; الناشر المصري سامح عبد الفتاح، رئيس اتحاد …, whose
        // description is no listed title. The words before the person are the title.)
        if sp.name.is_none() && !sp.inherited && !sp.by_title && sp.title.is_some() {
            let i = names.partition_point(|h| h.start < sp.start);
            if let Some(h) = names[i..].iter().take_while(|h| h.end <= sp.end).find(|h| h.person) {
                let before = text[sp.start..h.start].trim_end().trim_end_matches(['،', ',']).trim_end();
                let title = Some(before.to_string()).filter(|t| !t.is_empty()).or(sp.title.clone());
                let (start, end) = (h.start, h.end);
                sp = Speaker { title, ..renamed(sp, start, end, text) };
                break 'whole;
            }
        }
        // A title alone whose phrase ended at علي: the person found right after it, or
        // set off by a comma (محافظ واسط، علي الجابري،).
        if sp.name.is_none() && !sp.inherited && !sp.by_title && sp.title.as_deref() == Some(&text[sp.start..sp.end]) {
            let i = names.partition_point(|h| h.start < sp.end);
            // (The title's complement may name a place or a body first: إلى السودان.)
            let next_person = names[i..].iter().take(4).find(|h| h.person);
            if let Some(h) = next_person.filter(|h| matches!(text[sp.end..h.start].trim(), "" | "،" | ",") || title_complement(&text[sp.end..h.start])) {
                let (start, end) = (h.start, h.end);
                sp = renamed(sp, start, end, text);
            }
            break 'whole;
        }
        if sp.name.as_deref() != Some(&text[sp.start..sp.end]) {
            break 'whole;
        }
        let i = names.partition_point(|h| h.end < sp.end);
        // (A place or a body the person is for, then the person, the name phrase's end:
        // عضو مجلس النواب عن مدينة بنغازي سعيد امغيب. The person speaks; the place goes
        // with the title.)
        if let Some(h) = names.get(i).filter(|h| h.person && h.end == sp.end && h.start > sp.start) {
            let lo = names.partition_point(|n| n.start < sp.start);
            let place_first = names[lo..i].iter().any(|n| !n.person && n.end <= h.start);
            // (So does a role no title lists before the person, one or two words that
            // describe, المعلم عمر الشوابكة, whose family name the phrase could not tell
            // from a noun: the role is the title.)
            let role = tokenize(&text[sp.start..h.start], &Options::SEARCH);
            let role_first = (1..=2).contains(&role.len()) && role.iter().all(speaker::describes);
            if place_first || role_first {
                let before = text[sp.start..h.start].trim_end();
                let title = Some(match &sp.title {
                    Some(t) => format!("{t} {before}"),
                    None => before.to_string(),
                });
                let (start, end) = (h.start, h.end);
                sp = Speaker { title, ..renamed(sp, start, end, text) };
            }
            break 'whole;
        }
        let Some(h) = names.get(i).filter(|h| h.person && h.end == sp.end && h.start < sp.start) else { break 'whole };
        let before = &text[h.start..sp.start];
        // (Up to four words of the person's name the phrase left out: عبدالله بن زايد آل of
        // عبدالله بن زايد آل نهيان.)
        if before.split_whitespace().count() > 4 || before.contains(|c: char| !(c.is_alphabetic() || c.is_whitespace() || crate::normalize::is_diacritic(c) || c == 'ـ')) {
            break 'whole;
        }
        // A role before the name that the finder took in (الناجية مريم كوليبالي) stays out.
        if tokenize(before, &Options::SEARCH).iter().any(speaker::describes) {
            break 'whole;
        }
        let title = sp.title.as_deref().map(|t| t.strip_suffix(before.trim_end()).unwrap_or(t).trim_end().to_string()).filter(|t| !t.is_empty());
        let (start, end) = (h.start, sp.end);
        sp = Speaker { title, ..renamed(sp, start, end, text) };
    }
    // 2b. A role, a person and where the person is (الصياد فلان في مدينة الخوخة, a
    // role no title list holds): the person speaks; the role is the title, the place
    // is not the name.
    'inner: {
        if sp.name.as_deref() != Some(&text[sp.start..sp.end]) || sp.inherited || sp.by_title {
            break 'inner;
        }
        let i = names.partition_point(|h| h.start <= sp.start);
        let Some(h) = names[i..].iter().take_while(|h| h.end < sp.end).find(|h| h.person) else { break 'inner };
        let (before, after) = (&text[sp.start..h.start], text[h.end..sp.end].trim_start());
        let plain = |s: &str| s.chars().all(|c| c.is_alphabetic() || c.is_whitespace() || crate::normalize::is_diacritic(c));
        let place_after = matches!(after.split_whitespace().next().map(search_form).as_deref(), Some("في" | "من"));
        if before.split_whitespace().count() > 2 || !plain(before) || !place_after {
            break 'inner;
        }
        let title = Some(before.trim().to_string()).filter(|t| !t.is_empty()).or(sp.title.clone());
        let (start, end) = (h.start, h.end);
        sp = Speaker { title, ..renamed(sp, start, end, text) };
    }
    // 2d. A title, a person, then what the verb is about (وأشاد رئيس الاتحاد الدولي
    // للشطرنج فلان الفلاني بتنظيم البطولة، مؤكدا أن …): the person the finder found
    // inside the phrase after a title speaks; the words before are the title, those
    // after are the verb's, set off by a preposition's ب.
    'titled: {
        // (The phrase read as a name, or as a title alone that no name ended.)
        let whole = &text[sp.start..sp.end];
        if !(sp.name.as_deref() == Some(whole) || sp.name.is_none() && sp.title.as_deref() == Some(whole)) || sp.inherited || sp.by_title {
            break 'titled;
        }
        let i = names.partition_point(|h| h.start <= sp.start);
        let Some(h) = names[i..].iter().take_while(|h| h.end < sp.end).find(|h| h.person) else { break 'titled };
        let (before, after) = (text[sp.start..h.start].trim(), text[h.end..sp.end].trim_start());
        let first = before.split_whitespace().next().unwrap_or("");
        let object = after.split_whitespace().next().is_some_and(|w| {
            let w = search_form(w);
            w.starts_with('ب') && w.chars().count() >= 4 && lexicon::title_form(&w).is_none()
        });
        if before.is_empty() || lexicon::title_form(first).is_none() || !object || before.contains(['،', ',', '«', '"']) {
            break 'titled;
        }
        let (start, end) = (h.start, h.end);
        sp = Speaker { title: Some(before.to_string()), ..renamed(sp, start, end, text) };
    }
    // 2c. A company's or agency's head, then the body's own name, which the finder
    // marks without the head and may run past the phrase (قالت شركة أثينا مارين
    // للناقلات: the phrase stopped before للناقلات): the body, its head the title.
    'headed: {
        if sp.name.as_deref() != Some(&text[sp.start..sp.end]) || sp.inherited || sp.by_title {
            break 'headed;
        }
        let phrase = &text[sp.start..sp.end];
        let Some((head, _)) = phrase.split_once(' ') else { break 'headed };
        let head_form = search_form(head);
        if lexicon::definite(head) || crate::entities::gazetteer::word_flags(&head_form) & crate::entities::gazetteer::ORG_HEAD == 0 {
            break 'headed;
        }
        // (A ministry's head before its field with the article is part of its name:
        // وزارة الكهرباء, where the finder may have marked الكهرباء alone.)
        let field = phrase[head.len()..].trim_start();
        if matches!(head_form.as_ref(), "وزاره" | "مديريه" | "مفوضيه" | "امانه") && lexicon::definite(field) {
            break 'headed;
        }
        let second = sp.start + head.len() + 1;
        let i = names.partition_point(|h| h.start < second);
        let Some(h) = names.get(i).filter(|h| !h.person && h.start <= second + 2 && h.end >= sp.end) else { break 'headed };
        let (start, end) = (h.start, h.end);
        sp = Speaker { title: Some(head.to_string()), ..renamed(sp, start, end, text) };
    }
    // 3. The person the phrase begins with.
    let lo = names.partition_point(|h| h.start < sp.start);
    // (Also where the phrase was read as a title whose first word is the person's family
    // name, which is also a title: وقال الأمين للموقع, الأمين of عوض الله الأمين.)
    if sp.name.is_none() && !sp.inherited && !sp.by_title && sp.title.as_deref() == Some(&text[sp.start..sp.end]) {
        if let Some(h) = names[lo..].iter().take_while(|h| h.start == sp.start).find(|h| h.person && h.end <= sp.end) {
            return Speaker { title: None, ..renamed(sp, h.start, h.end, text) };
        }
    }
    if sp.name.is_none() || sp.inherited {
        return sp;
    }
    // (Only words after the person go: أم أحمد is a name of its own around أحمد.)
    // (A name the finder cut short, كمال الدين of كمال الدين عثمان, stays whole: the
    // words after it are known given or family names, not the verb's object.)
    let person = names[lo..].iter().take_while(|h| h.start == sp.start).find(|h| h.person && h.end < sp.end && !cut_short(text, h.end, sp.end) && !abd_then_family(text, h, sp.end));
    // (Or a body the phrase begins with and runs on from, over the verb's object or
    // what follows it: ودعت الأمم المتحدة البلدين, تابعت الوزارة المصرية بقلق …; the
    // longest such name.)
    // (Not before a place the body is in: جهاز المخابرات الوطنية في كوريا الجنوبية.)
    let runs_on = |h: &&NameHint| {
        let rest = text[h.end..sp.end].trim_start();
        let first = rest.split_whitespace().next().unwrap_or("");
        rest.starts_with(|c: char| c.is_alphabetic()) && !matches!(search_form(first).as_ref(), "في" | "من" | "لدي" | "عن" | "مع" | "التابع" | "التابعه")
    };
    let person = person.or_else(|| names[lo..].iter().take_while(|h| h.start == sp.start).filter(|h| !h.person && h.end < sp.end && runs_on(h)).max_by_key(|h| h.end));
    if let Some(h) = person {
        return renamed(sp, h.start, h.end, text);
    }
    // 4. A person's name the phrase cut short (عبد الرحمن of عبد الرحمن توري, whose
    // last word the phrase took for a place): the whole name the finder found, when
    // only one or two plain words are left out.
    let whole = names[lo..].iter().take_while(|h| h.start <= sp.start + 2).find(|h| {
        let rest = text.get(sp.end..h.end).unwrap_or("");
        // (Or a body's name the phrase stopped inside, at a word it took for whom the
        // words were said to: الاتحاد الدولي + للصحفيين.)
        (h.person || h.start == sp.start) && h.end > sp.end && (1..=2).contains(&rest.split_whitespace().count()) && rest.chars().all(|c| c.is_alphabetic() || c.is_whitespace() || crate::normalize::is_diacritic(c))
    });
    match whole {
        Some(h) if sp.start == h.start && sp.name.as_deref() == Some(&text[sp.start..sp.end]) => renamed(sp, h.start, h.end, text),
        _ => sp,
    }
}

/// Tokens looked back over for the full name of a body named by its head alone.
const BODY_LOOK_BACK: usize = 400;

/// Most words of a body's name in quote marks right after its head (قناة «الأفق»).
const QUOTED_BODY: usize = 4;
/// Most words of a body's name without the article after a title (رئيسة رابطة أصدقاء
/// المتحف الوطني، فلانة).
const TITLED_BODY: usize = 5;

/// A speaker that is a body's head word alone with the article (وأكدت الوزارة، قالت
/// الشركة): the body the article last named with that head and its complement (وزارة
/// الداخلية، شركة الملاحة الوطنية), outside quotations; also with its name in quote
/// marks right after the head (قناة «الأفق»: the name is الأفق, the head its title), or
/// with indefinite words after a title that heads it, up to the comma that sets the
/// body off (رئيسة جمعية حماية الغابات، فلانة).
fn body_named_before(sp: Speaker, tokens: &[Token], inside: &[usize], marks: &[marks::Marked], names: &[NameHint], text: &str) -> Speaker {
    use crate::entities::gazetteer::{word_flags, ORG_HEAD};
    let Some(name) = sp.name.as_deref() else { return sp };
    if sp.inherited || sp.by_title || name.contains(char::is_whitespace) || !lexicon::definite(name) {
        return sp;
    }
    let n = search_form(name);
    // (Also after ل, whose article's alef is not written: بلاغ للمديرية.)
    let Some(head) = ["وال", "فال", "ال", "لل"].iter().find_map(|p| n.strip_prefix(p)).filter(|h| h.chars().count() >= 3) else { return sp };
    if word_flags(head) & ORG_HEAD == 0 && !lexicon().bodies.contains(head) {
        return sp;
    }
    // The head as a word, or after the conjunction و/ف (ووزارة): its offset in the word.
    let head_at = |k: usize| -> Option<usize> {
        let w = search_form(&tokens[k].norm);
        // (A body's name may have the article itself: النقابة الوطنية للتعليم.)
        let is_head = |x: &str| x == head || x.strip_prefix("ال") == Some(head);
        if is_head(&w) {
            return Some(0);
        }
        let raw = &text[tokens[k].start..tokens[k].end];
        let c = raw.chars().next().filter(|c| matches!(c, 'و' | 'ف'))?;
        w.strip_prefix(c).filter(|r| is_head(r)).map(|_| c.len_utf8())
    };
    // The quotation right after the head, when it is a short name: where its marks end.
    let quoted = |k: usize| -> Option<usize> {
        let q = *inside.get(k + 1)?;
        let m = marks.get(q)?;
        // (Bounded: a long quotation is no name, and is not walked to its end.)
        let within: Vec<usize> = (k + 1..tokens.len()).take_while(|&j| inside[j] == q).take(3 * QUOTED_BODY).collect();
        let words = within.iter().filter(|&&j| is_word(&tokens[j])).count();
        let whole = within.len() < 3 * QUOTED_BODY;
        // (Not after إن/أن: قال فلان إن الهيئة «لن تستبق نتائج المختبر», where the
        // quotation is what the body will do, the reported clause's predicate.)
        let predicate = k > 0 && matches!(search_form(&tokens[k - 1].norm).as_ref(), "ان" | "بان" | "وان" | "لان");
        (q != NONE && !predicate && m.closed && whole && text[tokens[k].end..m.start].trim().is_empty() && (1..=QUOTED_BODY).contains(&words)).then_some(q)
    };
    // The indefinite words of a body's name after a title that heads it, up to a comma
    // (and no further than the sentence): the token after its last word.
    let titled = |k: usize| -> Option<usize> {
        let head = &tokens[k];
        if k == 0 || lexicon::definite(&head.norm) || lexicon::title_form(&tokens[k - 1].norm).is_none() {
            return None;
        }
        let end = (k + 1..tokens.len().min(k + 1 + TITLED_BODY)).find(|&j| !is_word(&tokens[j]) || inside[j] != NONE)?;
        let ok = end > k + 1
            && is_comma(&tokens[end])
            && tokens[k + 1..end].iter().all(|t| form_in(&t.norm, &lexicon().stops).is_none() && form_in(&t.norm, &lexicon().verbs).is_none())
            && !lexicon::definite(&tokens[k + 1].norm);
        ok.then_some(end)
    };
    let is_body = |k: usize| {
        inside[k] == NONE
            && head_at(k).is_some()
            && (tokens.get(k + 1).is_some_and(|t| is_word(t) && inside[k + 1] == NONE && lexicon::definite(&t.norm)) || quoted(k).is_some() || titled(k).is_some())
    };
    let at = tokens.partition_point(|t| t.start < sp.start);
    // The last one before, else (a headline's النقابة: «…») the first one after.
    let found = (at.saturating_sub(BODY_LOOK_BACK)..at).rev().find(|&k| is_body(k)).or_else(|| (at + 1..tokens.len().min(at + BODY_LOOK_BACK)).find(|&k| is_body(k)));
    let Some(k) = found else { return sp };
    let start = tokens[k].start + head_at(k).unwrap_or(0);
    let whole = |end: usize| {
        let full = text[start..end].to_string();
        Speaker { start, end, text: full.clone(), key: crate::name_key(&full), name: Some(full), title: Some(name.to_string()), inherited: false, by_title: true }
    };
    if let Some(q) = quoted(k) {
        // (The name is the quoted words: the marks are no part of it.)
        let (start, end) = (marks[q].text_start, marks[q].text_end);
        let full = text[start..end].to_string();
        return Speaker { start, end, text: full.clone(), key: crate::name_key(&full), name: Some(full), title: Some(name.to_string()), inherited: false, by_title: true };
    }
    if let Some(e) = titled(k) {
        return whole(tokens[e - 1].end);
    }
    // The head and the definite words that complete it (at most three).
    let mut e = k + 1;
    while e < tokens.len() && e < k + 4 && is_word(&tokens[e]) && inside[e] == NONE && lexicon::definite(&tokens[e].norm) && form_in(&tokens[e].norm, &lexicon().stops).is_none() {
        e += 1;
    }
    // The entity found there bounds the name (وزارة التربية الوطنية, not the object
    // after it, الاتهامات; الاتحاد الوطني لكرة القدم whole).
    let i = names.partition_point(|h| h.start < start);
    let far = tokens.get(k + 6).map_or(text.len(), |t| t.end);
    let end = match names.get(i).filter(|h| h.start == start && h.end <= far && h.end > tokens[k].end) {
        Some(h) => h.end,
        None => tokens[e - 1].end,
    };
    whole(end)
}

/// Times a word must occur in the text to be taken for the person a bare verb means.
const RECURRING: u32 = 3;

/// The first name-like word of the sentence `prev` (token range, outside quotations)
/// that the text repeats at least [`RECURRING`] times: the person an article keeps
/// writing about is who its pronouns mean (… ألقى ترمب خطابا. وقد أعلن أن «…»), when
/// no name was given and no speaker is near.
fn recurring_name<'t>(
    tokens: &'t [Token],
    inside: &[usize],
    prev: Option<(usize, usize)>,
    counts: &mut Option<HashMap<&'t str, u32>>,
    text: &str,
) -> Option<Speaker> {
    let (s, e) = prev?;
    let counts = counts.get_or_insert_with(|| {
        let mut c: HashMap<&str, u32> = HashMap::new();
        for t in tokens.iter().filter(|t| is_word(t)) {
            *c.entry(t.norm.as_str()).or_insert(0) += 1;
        }
        c
    });
    let k = (s..e).take(64).find(|&k| {
        inside[k] == NONE && counts.get(tokens[k].norm.as_str()).is_some_and(|&n| n >= RECURRING) && speaker::name_like(&tokens[k])
    })?;
    Some(inherited_name(text, tokens[k].start, tokens[k].end))
}

/// A speaker the sentence before names, by the name at `text[start..end]` alone.
fn inherited_name(text: &str, start: usize, end: usize) -> Speaker {
    let name = text[start..end].to_string();
    Speaker { start, end, text: name.clone(), key: crate::name_key(&name), name: Some(name), title: None, inherited: true, by_title: false }
}

/// Whether a name given by the caller covers the quoted words `[start, end)`.
fn is_named(names: &[NameHint], start: usize, end: usize) -> bool {
    let i = names.partition_point(|h| h.start <= start + 2);
    names[i.saturating_sub(4)..i].iter().any(|h| h.end + 2 >= end && h.end > start)
}

/// The same words quoted again in one text: one quotation with several places; the
/// first attributed copy gives the speaker.
fn merge_repeats(text: &str, found: Vec<Quote>) -> Vec<Quote> {
    let mut first: HashMap<String, usize> = HashMap::new();
    let mut out: Vec<Quote> = Vec::with_capacity(found.len());
    for q in found {
        let key = content_key(&text[q.text_start..q.text_end]);
        match first.get(&key) {
            Some(&i) => {
                let kept = &mut out[i];
                kept.also.push(Span { start: q.start, end: q.end });
                if kept.speaker.is_none() && q.speaker.is_some() {
                    kept.speaker = q.speaker;
                    kept.cue = q.cue;
                }
            }
            None => {
                first.insert(key, out.len());
                out.push(q);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Normalizing a chunk at a time gives the tokens of the whole text.
    #[test]
    fn chunked_tokens_are_the_whole_texts() {
        let unit = "وقال المتحدث باسم المجلس: «لدينا معلومات» 😀 O'Brien 12,5\nوأضاف أن “الوضع مستقر”. ";
        let text = unit.repeat(3 * CHUNK / unit.len());
        let whole = tokenize(&text, &Options::SEARCH);
        assert_eq!(tokens_of(&text), whole);
    }
}

/// Is the word after a verb of a demand (`verb`, `search` form) whom the demand calls
/// on rather than who makes it: a word the writer marked accusative (المجتمعَ,
/// الجزائرَ), a definite word in the oblique dual or plural, which no subject takes
/// (البلدين, المسؤولين: a subject is البلدان, المسؤولون), or a definite feminine noun
/// after a masculine verb (وطالب السلطة بـ…: the subject would take طالبت).
/// A word that is the preposition ب and a noun general Arabic knows (بتمويل, بالإفراج):
/// what a verb is about. Not a name that begins with ب (بوتين, بلينكن): without its ب
/// it is no common word, or the name lists hold it.
/// An indefinite accusative participle (موجها، مخاطبا، ملتفتا، مبتسما): the state of
/// the one who speaks, no subject. (Names and titles in ا, رضا or رئيسا, are not: the
/// word begins with م, has five letters or more and is no name the gazetteer lists.)
fn circumstantial(t: &Token) -> bool {
    use crate::entities::gazetteer::{word_flags, FAMILY, FAMILY_BIG, GIVEN, GIVEN_BIG, NAME_TOKEN};
    let n = search_form(&t.norm);
    is_word(t)
        && n.starts_with('م')
        && n.ends_with('ا')
        && n.chars().count() >= 5
        && lexicon::title_form(&t.norm).is_none()
        && word_flags(&n) & (GIVEN | FAMILY | GIVEN_BIG | FAMILY_BIG | NAME_TOKEN) == 0
}

fn verb_object(t: &Token) -> bool {
    use crate::entities::gazetteer::{word_flags, FAMILY, FAMILY_BIG, GIVEN, GIVEN_BIG, NAME_TOKEN};
    let n = search_form(&t.norm);
    let Some(noun) = n.strip_prefix('ب') else { return false };
    let [common, article, _, _] = crate::entities::general_freq::buckets(noun.strip_prefix("ال").unwrap_or(noun));
    is_word(t) && noun.chars().count() >= 3 && common >= 3 && (2..=6).contains(&article) && word_flags(&n) & (GIVEN | FAMILY | GIVEN_BIG | FAMILY_BIG | NAME_TOKEN) == 0
}

fn called_on(text: &str, t: &Token, verb: &str) -> bool {
    let raw = &text[t.start..t.end];
    if raw.ends_with(['\u{064E}', '\u{064B}']) {
        return true;
    }
    let n = search_form(&t.norm);
    let Some(noun) = n.strip_prefix("ال").or_else(|| n.strip_prefix("وال")) else { return false };
    // (Not البحرين, a country so written; الدين of نور الدين is too short.)
    let oblique = noun.chars().count() >= 5 && noun.ends_with("ين") && noun != "بحرين";
    let masculine_verb = !verb.ends_with('ت');
    oblique || masculine_verb && noun.chars().count() >= 4 && noun.ends_with('ه')
}
