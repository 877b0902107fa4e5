//! Who the article named with which title, to resolve a speaker named by title alone.
//!
//! Every title phrase followed by a name (وزير الدفاع الروسي سيرغي شويغو; also after a
//! comma) or preceded by one (جون كيربي، المتحدث باسم…) is recorded as it comes, in
//! any sentence, quoted or not. A later speaker named by a title alone (وقال وزير
//! الدفاع، وأضافت الوزيرة، قال المتحدث) is the person last recorded under a title with
//! the same head word (المتحدث، الوزيرة) and every other word of it (وزير الدفاع ⊂ وزير
//! الدفاع الروسي). An indefinite or anonymous title (مسؤول أمريكي، مصدر) names nobody in
//! particular and is never resolved.
//!
//! Lookups go through the head word and look at the last few records under it, so the
//! whole article costs linear time.

use std::collections::HashMap;

use super::lexicon::{bare_key, definite, form_in, is_comma, is_word, lexicon, title_form};
use super::speaker::{given_name, name_like, name_run, of_a_body};
#[allow(unused_imports)]
use super::lexicon::search_form;
use super::Speaker;
use crate::tokenize::Token;

struct Record {
    keys: Vec<String>,
    speaker: Speaker,
}

#[derive(Default)]
pub struct Registry {
    by_head: HashMap<String, Vec<Record>>,
    /// The latest people recorded, in text order (bounded).
    latest: Vec<Speaker>,
}

/// Most records under one head word that a lookup looks at (the latest ones).
const LOOK_BACK: usize = 8;
/// Most words a title phrase and a name take.
const TITLE_WORDS: usize = 6;
const NAME_WORDS: usize = 4;
/// Most words of a title's field and workplace before the comma and the name.
const FIELD_WORDS: usize = 12;

fn keys_of(tokens: &[Token], ws: &[usize]) -> Vec<String> {
    ws.iter().filter(|&&i| is_word(&tokens[i])).map(|&i| title_key(&tokens[i])).collect()
}

/// A title word's key: its listed form for the head (مديرها → مدير), else the bare key.
fn title_key(t: &Token) -> String {
    match title_form(&t.norm) {
        Some(f) => bare_key(&f),
        None => bare_key(&t.norm),
    }
}

impl Registry {
    /// Records the title + name phrases among `idx` (a sentence's tokens outside
    /// quotations).
    pub fn scan(&mut self, tokens: &[Token], idx: &[usize], text: &str) {
        let l = lexicon();
        let mut k = 0;
        while k < idx.len() {
            let t = &tokens[idx[k]];
            if !is_word(t) || title_form(&t.norm).is_none() {
                k += 1;
                continue;
            }
            // The title phrase: the title word and what qualifies it (الدفاع الروسي،
            // باسم المجلس, another title word).
            let mut e = k + 1;
            while e < idx.len() && e - k < TITLE_WORDS {
                let w = &tokens[idx[e]];
                // Only what qualifies a title: words with the article, باسم/لشؤون, titles.
                let connector = matches!(bare_key(&w.norm).as_str(), "باسم" | "لشوون");
                // (After باسم, a body whose head has no article: المتحدث باسم وزارة
                // الداخلية; وزارة is what he speaks for, not his name.)
                // (So after a title in the construct state: رئيس نقابة البحارة.)
                let after_connector = e > k + 1 && matches!(bare_key(&tokens[idx[e - 1]].norm).as_str(), "باسم" | "لشوون")
                    || (e == k + 1 && !definite(&t.norm));
                let sf = search_form(&w.norm);
                let body = after_connector && (crate::entities::gazetteer::word_flags(&sf) & crate::entities::gazetteer::ORG_HEAD != 0 || l.bodies.contains(sf.as_ref()));
                // (And a rank's ordinal or grade: الفريق أول، لواء ركن.)
                let rank = matches!(bare_key(&w.norm).as_str(), "اول" | "ركن");
                // (And what the office is for after its adjective: المديرة العامة لصون
                // الطبيعة.)
                let purpose = e > k + 1 && definite(&tokens[idx[e - 1]].norm) && crate::compare::quotes::speaker::lam_noun(w) && idx.get(e + 1).is_some_and(|&i| definite(&tokens[i].norm));
                // (And the first noun of a construct after a title in the construct
                // state, before a word with the article: وزير قطاع الأعمال العام; no
                // given name.)
                let construct = e == k + 1 && !definite(&t.norm) && !given_name(w) && !definite(&w.norm) && idx.get(e + 1).is_some_and(|&i| is_word(&tokens[i]) && definite(&tokens[i].norm));
                let qualifies = connector || body || rank || purpose || construct || title_form(&w.norm).is_some() || definite(&w.norm);
                if !is_word(w) || !qualifies || form_in(&w.norm, &l.stops).is_some() || form_in(&w.norm, &l.verbs).is_some() {
                    break;
                }
                e += 1;
            }
            // The name after it, maybe after a comma.
            let mut n = e;
            if n < idx.len() && is_comma(&tokens[idx[n]]) {
                n += 1;
            }
            // (Not the body the title is of after ل, لحركة حماس، which no name begins: ل and
            // a body's head; لويد, لورنزو begin names.)
            // (A head the lists know after ل is one though a name's list has the word
            // too: لنادي, نادي a given name.)
            let body_after_lam = |t: &Token| {
                let n = search_form(&t.norm);
                let listed = |h: &str| l.bodies.contains(h) || l.naming.contains(h);
                (of_a_body(t) || is_word(t) && !n.starts_with("لل") && n.strip_prefix('ل').is_some_and(|h| h.chars().count() >= 3 && listed(h)))
                    && n.strip_prefix('ل').is_some_and(|h| crate::entities::gazetteer::word_flags(h) & crate::entities::gazetteer::ORG_HEAD != 0 || listed(h))
            };
            // (Nor what the office is for, ل and a noun right after the title's
            // adjective: المديرة العامة لصون الطبيعة.)
            let purpose_after_lam = |t: &Token| n == e && e > k + 1 && definite(&tokens[idx[e - 1]].norm) && crate::compare::quotes::speaker::lam_noun(t) && idx.get(n + 1).is_some_and(|&i| definite(&tokens[i].norm));
            // (Nor whom the person spoke to, ل and a possessed noun: الوزير لنظيره.)
            // (Nor what the person's verb is about, ب and a common noun: وأقر الوزير
            // بوجود «تأخير».)
            // (Nor a word after a quotation that follows the title: فإن الوزير «…»
            // وأبلغ; the outside tokens skip the quotation, the text does not.)
            let quoted_between = n < idx.len() && idx[n] - idx[e - 1] != n - (e - 1);
            let m = if quoted_between || idx.get(n).is_some_and(|&i| body_after_lam(&tokens[i]) || purpose_after_lam(&tokens[i]) || crate::compare::quotes::speaker::kin_addressee(&tokens[i]) || crate::compare::quotes::speaker::bi_noun(&tokens[i])) { n } else { n + name_run(tokens, &idx[n..]) };
            let title: Vec<usize> = idx[k..e].to_vec();
            // (After an anonymous head, only a given name begins a name: مصدر دبلوماسي
            // جزائري is a source described, whom a later المصدر does not name.)
            let anonymous = form_in(&t.norm, &l.anonymous).is_some() && !idx.get(n).is_some_and(|&i| given_name(&tokens[i]));
            if anonymous {
                k = e.max(k + 1);
                continue;
            }
            // (Or after the title's field and where the person works, a comma and maybe
            // an honorific: للخبير في الهندسة الجيوتقنية والأستاذ بجامعة هواري بومدين،
            // البروفيسور فلان; no verb, stop word or other mark between.)
            let far = if m > n {
                None
            } else {
                let field = e < idx.len() && matches!(search_form(&tokens[idx[e]].norm).as_ref(), "في" | "ب");
                let comma = (e + 1..idx.len().min(e + FIELD_WORDS))
                    .take_while(|&j| {
                        let w = &tokens[idx[j]];
                        is_comma(w) || is_word(w) && form_in(&w.norm, &l.stops).is_none() && form_in(&w.norm, &l.verbs).is_none()
                    })
                    .find(|&j| is_comma(&tokens[idx[j]]));
                comma.filter(|_| field).and_then(|c| {
                    let mut f = c + 1;
                    while f < idx.len() && f < c + 3 && title_form(&tokens[idx[f]].norm).is_some() {
                        f += 1;
                    }
                    let r = f + name_run(tokens, &idx[f..]);
                    (r >= f + 2 && given_name(&tokens[idx[f]])).then_some((f, r))
                })
            };
            if m > n {
                self.add(tokens, &title, &idx[n..m], text);
                // (A title joined by و to the phrase, رئيس الحكومة ووزير الاقتصاد فلان: the
                // last title is the named person's whatever the first is, a colleague's
                // or his own too; recorded under its own head, so that a later الوزير
                // finds him.)
                if let Some(j) = (k + 1..e).rev().find(|&j| {
                    let w = &tokens[idx[j]];
                    search_form(&w.norm).starts_with('و') && title_form(&w.norm).is_some() && title_key(w) != bare_key(&w.norm)
                }) {
                    self.add(tokens, &idx[j..e], &idx[n..m], text);
                }
            } else if let Some((f, r)) = far {
                self.add(tokens, &title, &idx[f..r], text);
            } else {
                // The name before it, set off by a comma: جون كيربي، المتحدث باسم …
                // (Or right before it when the name is a Gulf one, a given name, بن or
                // بنت and the father's: مريم بنت سعيد البلوشية المديرة العامة …)
                let linked_name = k >= 3 && !is_comma(&tokens[idx[k - 1]]) && {
                    let lo = k.saturating_sub(NAME_WORDS);
                    idx[lo..k].iter().any(|&i| matches!(search_form(&tokens[i].norm).as_ref(), "بن" | "بنت")) && idx[lo..k].iter().skip_while(|&&i| !given_name(&tokens[i])).all(|&i| name_like(&tokens[i]) || definite(&tokens[i].norm) && title_form(&tokens[i].norm).is_none())
                };
                if k == 0 || !(is_comma(&tokens[idx[k - 1]]) || linked_name) {
                    k = e.max(k + 1);
                    continue;
                }
                let b = if linked_name { k } else { k - 1 };
                let mut s = b;
                // (A name's words with the article count inside it, after one without:
                // حسام الدين عبد المنعم، وزير الموارد المائية; the name begins with a
                // word without it, after a title or what is no name.)
                let inner = |i: usize| {
                    let w = &tokens[i];
                    name_like(w) || is_word(w) && definite(&w.norm) && title_form(&w.norm).is_none() && form_in(&w.norm, &l.stops).is_none() && form_in(&w.norm, &l.verbs).is_none()
                };
                while s > 0 && b - s < NAME_WORDS && inner(idx[s - 1]) {
                    s -= 1;
                }
                while s < b && !name_like(&tokens[idx[s]]) {
                    s += 1;
                }
                if s < b {
                    self.add(tokens, &title, &idx[s..b], text);
                }
            }
            k = e.max(k + 1);
        }
    }

    /// Records a speaker named with name and title (جون كيربي المتحدث باسم…).
    pub fn add_speaker(&mut self, tokens: &[Token], title: &[usize], speaker: &Speaker) {
        let keys = keys_of(tokens, title);
        let Some(head) = keys.first().cloned() else { return };
        let mut speaker = speaker.clone();
        speaker.by_title = true;
        speaker.inherited = false;
        self.push(head, Record { keys, speaker });
    }

    fn push(&mut self, head: String, record: Record) {
        self.latest.push(record.speaker.clone());
        if self.latest.len() > 2 * LOOK_BACK {
            self.latest.drain(..LOOK_BACK);
        }
        let list = self.by_head.entry(head).or_default();
        list.push(record);
        // Only the latest records are ever looked at.
        if list.len() > 2 * LOOK_BACK {
            list.drain(..LOOK_BACK);
        }
    }

    fn add(&mut self, tokens: &[Token], title: &[usize], name: &[usize], text: &str) {
        let keys = keys_of(tokens, title);
        let Some(head) = keys.first().cloned() else { return };
        let (start, end) = (tokens[name[0]].start, tokens[name[name.len() - 1]].end);
        let (ts, te) = (tokens[title[0]].start, tokens[title[title.len() - 1]].end);
        let name_text = text[start..end].to_string();
        let speaker = Speaker {
            start,
            end,
            text: name_text.clone(),
            key: crate::name_key(&name_text),
            name: Some(name_text),
            title: Some(text[ts..te].to_string()),
            inherited: false,
            by_title: true,
        };
        self.push(head, Record { keys, speaker });
    }

    /// The first person named with a title between byte offsets `from` and `to` (a
    /// sentence's words before its cue: وتحدث الكاردينال فلان عن …، وقال: «…»).
    pub fn named_between(&self, from: usize, to: usize) -> Option<Speaker> {
        self.latest.iter().find(|s| s.start >= from && s.end <= to).cloned()
    }

    /// The person last named with the title `title` (tokens of a speaker's title), if
    /// the title is definite and not anonymous.
    pub fn resolve(&self, tokens: &[Token], title: &[usize]) -> Option<Speaker> {
        self.find(tokens, title, false)
    }

    /// For a registry of the sentences that follow a title-only speaker nobody was
    /// named with before: the first person named there with a title of the same head
    /// word whose other words the speaker's title has, or the reverse (وقالت وزيرة
    /// الصحة: «…». وكانت الوزيرة ريما الزعبي قد زارت…). An article may name a speaker
    /// by role first and give the name in the next sentence.
    pub fn resolve_ahead(&self, tokens: &[Token], title: &[usize]) -> Option<Speaker> {
        self.find(tokens, title, true)
    }

    /// The person last named with a title of the same head word whose other words the
    /// speaker's title has, its nationality aside (وتابع الكاردينال الإيطالي after
    /// الكاردينال فلان): for a title alone after a verb that goes on, before the speaker
    /// quoted last is taken for it.
    pub fn resolve_loose(&self, tokens: &[Token], title: &[usize]) -> Option<Speaker> {
        let words: Vec<usize> = title
            .iter()
            .copied()
            .enumerate()
            .filter(|&(n, i)| n == 0 || crate::entities::gazetteer::place_adjective(&search_form(&tokens[i].norm)).is_none())
            .map(|(_, i)| i)
            .collect();
        if words.len() == title.iter().filter(|&&i| is_word(&tokens[i])).count() {
            return None;
        }
        self.find(tokens, &words, false)
    }

    /// [`Self::resolve_ahead`] for a headline's title, which may be indefinite (وزير
    /// جزائري عن …: «…»): a headline names by role the person its report names, unless
    /// the title is an anonymous source's (مسؤول أمريكي:).
    pub fn resolve_headline(&self, tokens: &[Token], title: &[usize]) -> Option<Speaker> {
        self.find_with(tokens, title, true, false, None)
    }

    fn find(&self, tokens: &[Token], title: &[usize], ahead: bool) -> Option<Speaker> {
        self.find_with(tokens, title, ahead, true, None)
    }

    /// [`Self::resolve`], preferring the person quoted last when a record under the
    /// title names them and they spoke after the person last named with it (وزير الصحة
    /// نبيل حمادة ووزير الطاقة سامي قبلان …; وعرض حمادة …، مؤكدا «…». وتابع الوزير: «…»:
    /// the minister speaking goes on, not the one named last with the title).
    pub fn resolve_as(&self, tokens: &[Token], title: &[usize], last: &Speaker) -> Option<Speaker> {
        self.find_with(tokens, title, false, true, Some(last))
    }

    fn find_with(&self, tokens: &[Token], title: &[usize], ahead: bool, definite_only: bool, last: Option<&Speaker>) -> Option<Speaker> {
        let words: Vec<usize> = title.iter().copied().filter(|&i| is_word(&tokens[i])).collect();
        let first = tokens.get(*words.first()?)?;
        if form_in(&first.norm, &lexicon().anonymous).is_some() || (definite_only && !words.iter().any(|&i| definite(&tokens[i].norm))) {
            return None;
        }
        let keys = keys_of(tokens, &words);
        let list = self.by_head.get(keys.first()?)?;
        // (A head in the construct state, رئيس المجلس, names the office its complement
        // heads: a record whose head takes another complement first and names that
        // word only further on, رئيس لجنة الإسكان … بالمجلس, is another office; رئيس
        // مجلس الوزراء is رئيس الوزراء.)
        let construct = words.len() >= 2 && !definite(&first.norm) && definite(&tokens[words[1]].norm);
        let same_office = |r: &Record| !construct || r.keys.len() < 2 || r.keys.iter().skip(1).take(2).any(|k| *k == keys[1]);
        if ahead {
            return list
                .iter()
                .take(LOOK_BACK)
                .find(|r| same_office(r) && (keys.iter().all(|k| r.keys.contains(k)) || r.keys.iter().all(|k| keys.contains(k))))
                .map(|r| r.speaker.clone());
        }
        let matching = || list.iter().rev().take(LOOK_BACK).filter(|r| same_office(r) && keys.iter().all(|k| r.keys.contains(k)));
        // (The family name decides: the speaker quoted last may be named by it alone.)
        let family = |sp: &Speaker| sp.name.as_deref().and_then(|n| n.split_whitespace().last()).map(|w| bare_key(w));
        // (Only when that speaker spoke after the person last named with the title:
        // وكان المحافظ فلان قد زار … after the quotation of another, whose own title
        // held the word, names the governor.)
        let latest = matching().next().map(|r| r.speaker.start);
        if let Some(f) = last.filter(|sp| !sp.by_title && latest.is_some_and(|l| sp.start > l)).and_then(family) {
            if let Some(r) = matching().find(|r| family(&r.speaker).as_ref() == Some(&f)) {
                return Some(r.speaker.clone());
            }
        }
        if let Some(r) = matching().next() {
            return Some(r.speaker.clone());
        }
        // (A head and its complement's noun with the article, رئيس اللجنة النائب فلان, is
        // the office of the committee the article is about: a title whose construct
        // names that committee, رئيس لجنة الصحة العامة …, is it too. Not when the record
        // says which committee, رئيس اللجنة المالية: only title words may follow.)
        let named_office = words.len() >= 3 && !definite(&first.norm) && !definite(&tokens[words[1]].norm) && definite(&tokens[words[2]].norm);
        let anaphoric = |r: &Record| {
            let ws: Vec<&str> = r.speaker.title.as_deref().unwrap_or("").split_whitespace().collect();
            ws.len() >= 2 && r.keys.len() == ws.len() && r.keys[1] == keys[1] && definite(ws[1]) && ws[2..].iter().all(|w| title_form(w).is_some())
        };
        if named_office {
            return list.iter().rev().take(LOOK_BACK).find(|r| anaphoric(r)).map(|r| r.speaker.clone());
        }
        None
    }
}
