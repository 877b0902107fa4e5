//! Direct quotations with their speaker and cue word.
//!
//! **Quotations.** Every pair of quotation marks news text uses: “…”, ”…“ (mirrored
//! by some right-to-left editors), «…», »…«, „…“, ‘…’, "…" and '…'. A quotation stays
//! within its paragraph (line); one whose closing mark never comes runs to the end of
//! the paragraph (`closed: false`), except straight single quotes, which must close
//! (they double as apostrophes). A quotation inside another is part of it. Quoted
//! titles and terms (صحيفة "نيويورك تايمز") are left out: a quotation of fewer than
//! three words counts only when a cue word attributes it.
//!
//! **Speaker.** Within the quotation's sentence (outside quotation marks):
//! 1. right after the quotation: حسبما/كما + a speech verb, بحسب, وفقا لـ, نقلا عن,
//!    or a bare speech verb («…»، قال بوتين);
//! 2. otherwise the last speech verb before the quotation (قال، أضاف، أوضح، أكد،
//!    أشار، ذكر، أعلن، حذر، نقل…, with و/ف and feminine forms), the speaker being
//!    what follows it up to إن/أن, a colon, في بيان…, قوله or the quotation; when
//!    nothing follows, the subject before the verb (لكن الكرملين قال إن), and when
//!    there is none either, the speaker of the previous attributed sentence
//!    (وأضافت أن …, `inherited: true`);
//! 3. otherwise a source preposition before the quotation (بحسب، وفقا لـ، نقلا عن).
//!
//! The speaker phrase is split into `title` and `name`: comma-separated parts, a title
//! starting with a title word (المتحدث، وزير، الرئيس…) and the name the run of words
//! without the article after it (المتحدث باسم المجلس أدريان واتسون) or before it
//! (جون كيربي المتحدث باسم…). A phrase with no title word is all name (الكرملين).
//! `key` is the [`crate::name_key`] of the name (else of the title), for linking
//! speakers across articles and to entities.

use std::collections::HashSet;
use std::sync::OnceLock;

use serde::Serialize;

use crate::normalize::{search_text, Options};
use crate::tokenize::{tokenize, Token, TokenKind};

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
    /// Byte span of the speaker phrase (for an inherited speaker: where it was named).
    pub start: usize,
    pub end: usize,
    /// The phrase as written.
    pub text: String,
    /// The person's or body's name, when the phrase has one.
    pub name: Option<String>,
    /// The title or description (المتحدث باسم مجلس الأمن القومي).
    pub title: Option<String>,
    /// Name key of the name (or of the title when there is no name).
    pub key: String,
    /// Named in an earlier sentence and carried over (وأضاف …).
    pub inherited: bool,
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
}

impl Quote {
    /// Rewrites every offset (the quote's, its speaker's and its cue's) with `f`:
    /// binding layers pass a converter from [`crate::offsets`].
    pub fn map_offsets(&mut self, f: &mut impl FnMut(usize) -> usize) {
        for x in [&mut self.start, &mut self.end, &mut self.text_start, &mut self.text_end] {
            *x = f(*x);
        }
        if let Some(s) = &mut self.speaker {
            (s.start, s.end) = (f(s.start), f(s.end));
        }
        if let Some(c) = &mut self.cue {
            (c.start, c.end) = (f(c.start), f(c.end));
        }
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
    pub fn new(q: &Quote, text: &str, conv: &mut crate::offsets::OffsetConverter) -> QuoteView {
        let mut quote = q.clone();
        quote.map_offsets(&mut |x| conv.convert(x) as usize);
        QuoteView { quote, text: text[q.text_start..q.text_end].to_string() }
    }
}

fn closers(open: char) -> &'static [char] {
    match open {
        '“' => &['”', '“'],
        '”' => &['“', '”'],
        '«' => &['»'],
        '»' => &['«'],
        '„' => &['“', '”'],
        '‘' => &['’'],
        '"' => &['"', '”', '“'],
        '\'' => &['\''],
        _ => &[],
    }
}

/// Quotation spans: (start, end, text_start, text_end, mark, closed).
fn find_marks(text: &str) -> Vec<(usize, usize, usize, usize, char, bool)> {
    let mut out = Vec::new();
    let mut para_start = 0;
    for para in text.split_inclusive('\n') {
        let base = para_start;
        para_start += para.len();
        let chars: Vec<(usize, char)> = para.char_indices().collect();
        let mut k = 0;
        while k < chars.len() {
            let (at, c) = chars[k];
            let cl = closers(c);
            let prev = if k > 0 { Some(chars[k - 1].1) } else { None };
            let next = chars.get(k + 1).map(|x| x.1);
            // A mark opens at a word start, also after a one-letter proclitic (و"…").
            let before_prev = if k > 1 { Some(chars[k - 2].1) } else { None };
            let proclitic = prev.is_some_and(|p| matches!(p, 'و' | 'ف' | 'ب' | 'ل' | 'ك'))
                && before_prev.is_none_or(|p| !p.is_alphanumeric());
            let word_start = (prev.is_none_or(|p| !p.is_alphanumeric()) || proclitic)
                && next.is_some_and(|n| !n.is_whitespace());
            if cl.is_empty() || (matches!(c, '\'' | '"') && !word_start) {
                k += 1;
                continue;
            }
            let mut close = None;
            for (m, &(_, d)) in chars.iter().enumerate().skip(k + 1) {
                if cl.contains(&d) {
                    let after = chars.get(m + 1).map(|x| x.1);
                    if d == '\'' && after.is_some_and(|x| x.is_alphanumeric()) {
                        continue;
                    }
                    close = Some(m);
                    break;
                }
            }
            let content_start = base + at + c.len_utf8();
            match close {
                Some(m) => {
                    let (mat, mc) = chars[m];
                    out.push((base + at, base + mat + mc.len_utf8(), content_start, base + mat, c, true));
                    k = m + 1;
                }
                None if c != '\'' => {
                    let end = base + para.trim_end().len();
                    if end > content_start {
                        out.push((base + at, end, content_start, end, c, false));
                    }
                    break;
                }
                None => k += 1,
            }
        }
    }
    // Trim whitespace inside the marks.
    for q in &mut out {
        let inner = &text[q.2..q.3];
        let lead = inner.len() - inner.trim_start().len();
        let trail = inner.len() - inner.trim_end().len();
        q.2 += lead;
        q.3 = (q.3 - trail).max(q.2);
    }
    out
}

/// The `search` form of one word; plain Arabic letters need no normalization.
fn search_form(word: &str) -> std::borrow::Cow<'_, str> {
    let plain = word.chars().all(|c| {
        matches!(c as u32, 0x0621..=0x063A | 0x0641..=0x0648 | 0x064A) && !matches!(c, 'أ' | 'إ' | 'آ' | 'ة' | 'ى')
    });
    if plain {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(search_text(word))
    }
}

fn set(words: &str) -> HashSet<String> {
    words.split_whitespace().map(search_text).collect()
}

struct Lexicon {
    verbs: HashSet<String>,
    prepositions: HashSet<String>,
    titles: HashSet<String>,
    time: HashSet<String>,
    stops: HashSet<String>,
    statements: HashSet<String>,
    particles: HashSet<String>,
}

fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| Lexicon {
        verbs: set("قال قالت يقول تقول أضاف أضافت يضيف تضيف أوضح أوضحت يوضح أكد أكدت يؤكد تؤكد \
            أشار أشارت يشير ذكر ذكرت يذكر أعلن أعلنت يعلن صرح صرحت تابع تابعت حذر حذرت \
            اعتبر اعتبرت أفاد أفادت لفت لفتت شدد شددت كشف كشفت نقل نقلت أردف أردفت \
            قائلا قائلة مضيفا مضيفة موضحا موضحة مؤكدا مؤكدة مشيرا مشيرة كتب كتبت غرد غردت"),
        prepositions: set("بحسب حسب وفقا وفق نقلا طبقا"),
        titles: set("المتحدث المتحدثة متحدث متحدثة الناطق الناطقة ناطق المسؤول المسؤولة مسؤول مسؤولة \
            وزير وزيرة الوزير الوزيرة الرئيس الرئيسة رئيس رئيسة مدير مديرة المدير المديرة \
            المحلل المحللة محلل الأستاذ الأستاذة أستاذ السفير السفيرة سفير مستشار المستشار \
            نائب النائب زعيم الزعيم قائد القائد عضو العضو الأمين أمين المبعوث مبعوث \
            السيناتور الجنرال اللواء العميد العقيد الخبير الخبيرة خبير الباحث الباحثة باحث \
            الدكتور الدكتورة د. المندوب مندوب الملك الأمير ولي المستشارة الممثل ممثل \
            مصدر المصدر مصادر مسؤولون المسؤولون الخبراء خبراء المحللون محللون"),
        time: set("اليوم أمس يوم الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد \
            أيضا مساء صباح الليلة لاحقا كذلك بدوره بدورها سابقا الأسبوع الماضي الماضية"),
        stops: set("إن أن إنه أنه إنها أنها إنهم أنهم بأن قوله قولها للصحفيين للصحافيين للصحافة \
            لوكالة لقناة لصحيفة لشبكة خلال عبر أمام بشأن عن حول إلى على"),
        statements: set("بيان مؤتمر تصريح تصريحات حديث مقابلة كلمة تغريدة منشور رسالة خطاب اتصال لقاء"),
        particles: set("و لكن ولكن كما بينما فيما ثم من ومن جهته جهتها بدوره بدورها في المقابل وفي \
            إلا أما وأما حين وقد قد"),
    })
}

/// `search` form of a word without a leading conjunction و/ف when the rest is listed.
fn form_in(word: &str, list: &HashSet<String>) -> Option<String> {
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

fn is_comma(t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.norm.as_str(), "," | "،" | ";" | "؛")
}

fn is_colon(t: &Token) -> bool {
    t.kind == TokenKind::Punct && t.norm.contains(':')
}

fn closes_sentence(t: &Token) -> bool {
    t.kind == TokenKind::Punct && t.norm.chars().any(|c| matches!(c, '.' | '!' | '?' | '؟' | '…'))
}

/// Tokens (indices) of a speaker phrase from `from` on, up to a stop.
fn phrase_after(tokens: &[Token], idx: &[usize], from: usize) -> Vec<usize> {
    let l = lexicon();
    let mut out: Vec<usize> = Vec::new();
    let mut k = from;
    // Skip commas and time words before the phrase.
    while k < idx.len() {
        let t = &tokens[idx[k]];
        if is_comma(t) || form_in(&t.norm, &l.time).is_some() {
            k += 1;
        } else {
            break;
        }
    }
    while k < idx.len() && out.iter().filter(|&&i| tokens[i].kind != TokenKind::Punct).count() < 10 {
        let t = &tokens[idx[k]];
        let w = t.norm.as_str();
        if is_colon(t) || closes_sentence(t) || (t.kind == TokenKind::Punct && !is_comma(t)) {
            break;
        }
        if t.kind != TokenKind::Punct {
            if form_in(w, &l.stops).is_some() || form_in(w, &l.verbs).is_some() || form_in(w, &l.prepositions).is_some() {
                break;
            }
            if search_form(w) == "من" {
                let next = idx.get(k + 1).map(|&i| search_form(&tokens[i].norm));
                if next.is_some_and(|n| n == "ان" || n == "انه") {
                    break;
                }
            }
            if search_form(w) == "في" || search_form(w) == "وفي" {
                let next = idx.get(k + 1).map(|&i| tokens[i].norm.as_str());
                if next.is_some_and(|n| form_in(n, &l.statements).is_some() || n.starts_with("مؤتمر")) {
                    break;
                }
            }
        }
        out.push(idx[k]);
        k += 1;
    }
    while out.last().is_some_and(|&i| tokens[i].kind == TokenKind::Punct) {
        out.pop();
    }
    out
}

/// Builds a speaker from phrase tokens.
fn speaker_of(tokens: &[Token], phrase: &[usize], text: &str) -> Option<Speaker> {
    let l = lexicon();
    let words: Vec<usize> = phrase.iter().copied().filter(|&i| tokens[i].kind != TokenKind::Punct).collect();
    if words.is_empty() {
        return None;
    }
    // Comma-separated parts, time-only parts dropped.
    let mut parts: Vec<Vec<usize>> = vec![Vec::new()];
    for &i in phrase {
        if is_comma(&tokens[i]) {
            parts.push(Vec::new());
        } else if tokens[i].kind != TokenKind::Punct {
            if let Some(p) = parts.last_mut() {
                p.push(i);
            }
        }
    }
    // `search` forms of the tokens: what the word lists hold.
    let word = |i: usize| tokens[i].norm.as_str();
    parts.retain(|p| {
        !p.is_empty()
            && !p.iter().all(|&i| {
                form_in(word(i), &l.time).is_some() || super::words::is_stopword(&search_form(word(i)))
            })
    });
    if parts.is_empty() {
        return None;
    }
    let is_title = |i: usize| form_in(word(i), &l.titles).is_some();
    let name_like = |i: usize| {
        let n = search_form(word(i));
        !n.starts_with("ال") && !is_title(i) && !super::words::is_stopword(&n) && tokens[i].kind != TokenKind::Number
    };
    let join = |ws: &[usize]| -> Option<String> {
        if ws.is_empty() {
            None
        } else {
            Some(text[tokens[ws[0]].start..tokens[ws[ws.len() - 1]].end].to_string())
        }
    };
    let mut name: Option<String> = None;
    let mut titles: Vec<String> = Vec::new();
    let has_title = parts.iter().any(|p| p.iter().any(|&i| is_title(i)));
    for p in &parts {
        if !has_title {
            if name.is_none() {
                name = join(p);
            } else {
                titles.extend(join(p));
            }
            continue;
        }
        if let Some(t0) = p.iter().position(|&i| is_title(i)) {
            if t0 > 0 && p[..t0].iter().all(|&i| name_like(i)) {
                // جون كيربي المتحدث باسم …
                if name.is_none() {
                    name = join(&p[..t0]);
                }
                titles.extend(join(&p[t0..]));
            } else {
                // المتحدث باسم المجلس أدريان واتسون
                let mut s = p.len();
                while s > t0 + 1 && name_like(p[s - 1]) {
                    s -= 1;
                }
                if s < p.len() && name.is_none() {
                    name = join(&p[s..]);
                }
                titles.extend(join(&p[..s]));
            }
        } else if name.is_none() && p.iter().all(|&i| name_like(i)) {
            name = join(p);
        } else {
            titles.extend(join(p));
        }
    }
    let title = if titles.is_empty() { None } else { Some(titles.join("، ")) };
    let start = tokens[words[0]].start;
    let end = tokens[words[words.len() - 1]].end;
    let key = crate::name_key(name.as_deref().or(title.as_deref()).unwrap_or(""));
    Some(Speaker { start, end, text: text[start..end].to_string(), name, title, key, inherited: false })
}

fn cue_of(tokens: &[Token], from: usize, to: usize, text: &str, form: String, position: CuePosition) -> Cue {
    let (start, end) = (tokens[from].start, tokens[to].end);
    Cue { start, end, text: text[start..end].to_string(), form, position }
}

/// Direct quotations of `text` with speaker and cue: see the module documentation.
pub fn quotes(text: &str) -> Vec<Quote> {
    let marks = find_marks(text);
    let tokens = tokenize(text, &Options::SEARCH);
    let l = lexicon();
    // Which quotation (if any) each token lies in.
    let mut inside = vec![usize::MAX; tokens.len()];
    {
        let mut q = 0;
        for (k, t) in tokens.iter().enumerate() {
            while q < marks.len() && marks[q].1 <= t.start {
                q += 1;
            }
            if q < marks.len() && t.start >= marks[q].0 && t.end <= marks[q].1 {
                inside[k] = q;
            }
        }
    }
    // Sentences: token ranges cut at closing punctuation and line breaks outside quotes.
    let mut sentences: Vec<(usize, usize)> = Vec::new();
    let mut s0 = 0;
    for k in 0..tokens.len() {
        let line_break = k + 1 < tokens.len()
            && inside[k] == usize::MAX
            && tokens[k].end <= tokens[k + 1].start
            && text[tokens[k].end..tokens[k + 1].start].contains('\n');
        let q_break = inside[k] != usize::MAX
            && k + 1 < tokens.len()
            && inside[k + 1] != inside[k]
            && text[marks[inside[k]].1..tokens[k + 1].start.max(marks[inside[k]].1)].contains('\n');
        if (inside[k] == usize::MAX && closes_sentence(&tokens[k])) || line_break || q_break {
            sentences.push((s0, k + 1));
            s0 = k + 1;
        }
    }
    if s0 < tokens.len() {
        sentences.push((s0, tokens.len()));
    }
    let mut out: Vec<Quote> = Vec::new();
    let mut last_speaker: Option<Speaker> = None;
    let mut last_at = 0usize;
    for (n, &(s, e)) in sentences.iter().enumerate() {
        // A speaker carries over to the next two sentences at most.
        if n > last_at + 2 {
            last_speaker = None;
        }
        let outside: Vec<usize> = (s..e).filter(|&k| inside[k] == usize::MAX).collect();
        let mut qs: Vec<usize> = (s..e).filter_map(|k| (inside[k] != usize::MAX).then_some(inside[k])).collect();
        qs.dedup();
        // `search` forms of the tokens: what the word lists hold.
        let word = |k: usize| tokens[k].norm.as_str();
        // Attribution from the last speech verb before `limit` (a byte offset).
        let lead = |limit: usize, last: &Option<Speaker>| -> Option<(Option<Speaker>, Cue)> {
            let idx: Vec<usize> = outside.iter().copied().filter(|&k| tokens[k].end <= limit).collect();
            let verb = idx.iter().rposition(|&k| form_in(word(k), &l.verbs).is_some());
            if let Some(v) = verb {
                let raw = search_form(word(idx[v]));
                let form = form_in(word(idx[v]), &l.verbs).unwrap_or_default();
                let cue = cue_of(&tokens, idx[v], idx[v], text, form, CuePosition::Before);
                // نقلت وسائل إعلام عن بيسكوف قوله: the speaker follows عن.
                let mut from = v + 1;
                if cue.form.starts_with("نقل") {
                    if let Some(an) = idx[v + 1..].iter().position(|&k| search_form(word(k)) == "عن") {
                        from = v + 1 + an + 1;
                    }
                }
                let phrase = phrase_after(&tokens, &idx, from);
                if let Some(sp) = speaker_of(&tokens, &phrase, text) {
                    return Some((Some(sp), cue));
                }
                // Subject before the verb: لكن الكرملين قال إن …
                if raw == cue.form && v > 0 {
                    let from = idx[..v].iter().rposition(|&k| tokens[k].kind == TokenKind::Punct).map_or(0, |p| p + 1);
                    let mut subject: Vec<usize> = idx[from..v].to_vec();
                    while subject.first().is_some_and(|&k| form_in(word(k), &l.particles).is_some()) {
                        subject.remove(0);
                    }
                    if (1..=8).contains(&subject.len()) {
                        if let Some(sp) = speaker_of(&tokens, &subject, text) {
                            return Some((Some(sp), cue));
                        }
                    }
                }
                let inherited = last.clone().map(|mut sp| {
                    sp.inherited = true;
                    sp
                });
                return Some((inherited, cue));
            }
            let prep = idx.iter().rposition(|&k| form_in(word(k), &l.prepositions).is_some())?;
            let form = form_in(word(idx[prep]), &l.prepositions).unwrap_or_default();
            let mut p = prep + 1;
            // وفقا لـ / نقلا عن
            if p < idx.len() && matches!(search_form(word(idx[p])).as_ref(), "ل" | "عن") {
                p += 1;
            }
            let cue = cue_of(&tokens, idx[prep], idx[p - 1], text, form, CuePosition::Before);
            let phrase = phrase_after(&tokens, &idx, p);
            Some((speaker_of(&tokens, &phrase, text), cue))
        };
        if qs.is_empty() {
            if let Some((Some(sp), _)) = lead(usize::MAX, &last_speaker) {
                if !sp.inherited {
                    last_speaker = Some(sp);
                    last_at = n;
                }
            }
            continue;
        }
        for &q in &qs {
            let (qstart, qend, ts, te, mark, closed) = marks[q];
            // After the quotation: «…»، حسبما قال X / بحسب X / قال X.
            let after: Vec<usize> = outside.iter().copied().filter(|&k| tokens[k].start >= qend).collect();
            let mut found: Option<(Option<Speaker>, Cue)> = None;
            let mut k = 0;
            while k < after.len() && is_comma(&tokens[after[k]]) {
                k += 1;
            }
            if k < after.len() {
                let w0 = search_form(word(after[k]));
                let mut cue_end = k;
                let form = if matches!(w0.as_ref(), "حسبما" | "كما") && k + 1 < after.len() {
                    cue_end = k + 1;
                    form_in(word(after[k + 1]), &l.verbs).map(|f| format!("{w0} {f}"))
                } else {
                    form_in(word(after[k]), &l.verbs).or_else(|| form_in(word(after[k]), &l.prepositions))
                };
                if let Some(form) = form {
                    let mut p = cue_end + 1;
                    if p < after.len() && matches!(search_form(word(after[p])).as_ref(), "ل" | "عن") {
                        p += 1;
                    }
                    let phrase = phrase_after(&tokens, &after, p);
                    if let Some(sp) = speaker_of(&tokens, &phrase, text) {
                        let cue = cue_of(&tokens, after[k], after[cue_end], text, form, CuePosition::After);
                        found = Some((Some(sp), cue));
                    }
                }
            }
            if found.is_none() {
                found = lead(qstart, &last_speaker);
            }
            let n_words = tokens
                .iter()
                .filter(|t| t.start >= ts && t.end <= te && t.kind != TokenKind::Punct)
                .count();
            let (speaker, cue) = match found {
                Some((sp, cue)) => (sp, Some(cue)),
                None => (None, None),
            };
            if let Some(sp) = &speaker {
                if !sp.inherited {
                    last_speaker = Some(sp.clone());
                }
                last_at = n;
            }
            if n_words == 0 || (n_words < 3 && cue.is_none()) {
                continue;
            }
            out.push(Quote {
                start: qstart,
                end: qend,
                text_start: ts,
                text_end: te,
                mark: mark.to_string(),
                closed,
                speaker,
                cue,
            });
        }
    }
    out
}
