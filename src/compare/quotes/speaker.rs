//! The speaker phrase after a cue (or before it), and its split into a name and a title.
//!
//! The phrase runs from the cue to إن/أن, a colon, في بيان…, قوله, a date or the
//! quotation, at most fourteen words (a title, a committee's long name and its chamber
//! come before the person set off by commas); leading commas, dates and emoji are skipped.
//! Comma-separated parts that are only dates are dropped. A part with a title word
//! (المتحدث، وزير، مديرها…) splits into the title and the name: the run of name-like
//! words after it (المتحدث باسم المجلس أدريان واتسون) or before it (جون كيربي المتحدث
//! باسم…). A word is name-like when it is a word without the article, even after a
//! proclitic (للشركة is not), and no title, date or function word; an emoji or a
//! number ends the run. A phrase with no title word is all name (الكرملين).
//!
//! The speaker's span is the name's (else the title's): what links it to an entity.

use super::lexicon::{closes_sentence, definite, form_in, is_colon, is_comma, is_word, lexicon, search_form, title_form};
use super::Speaker;
use crate::tokenize::{Token, TokenKind};

/// Most words a speaker phrase takes.
const MAX_WORDS: usize = 14;

fn is_time(t: &Token) -> bool {
    form_in(&t.norm, &lexicon().time).is_some()
}


/// Whether a word may be part of a name.
pub fn name_like(t: &Token) -> bool {
    if !is_word(t) || title_form(&t.norm).is_some() || is_time(t) {
        return false;
    }
    let n = search_form(&t.norm);
    // (ل or ب written apart, لـ«القبس»: a preposition, never a name.)
    if matches!(n.as_ref(), "ل" | "ب") {
        return false;
    }
    // باسم المجلس، لشؤون الشرق الأوسط: what a title is for, not a name.
    // (عدم: فضل عدم ذكر اسمه is a clause about an anonymous source.)
    if matches!(n.as_ref(), "باسم" | "لشؤون" | "لشوون" | "عدم") {
        return false;
    }
    // (Nor a preposition of time, قائد الفريق عقب الحصة: when, after the title.)
    if time_preposition(&n) {
        return false;
    }
    // (Nor a rank's ordinal or grade: الفريق أول، اللواء الركن / لواء ركن.)
    if matches!(n.as_ref(), "اول" | "ركن") {
        return false;
    }
    // المتحدث باسمه / باسمها: "in his / her name", not the given name باسمة.
    if crate::entities::gazetteer::in_the_name_of(&n, &t.norm) {
        return false;
    }
    // A nisba (أمريكي، روسي) describes: مسؤول أمريكي names nobody.
    // (A given name that looks like one stays: تركي.)
    use crate::entities::gazetteer::{GIVEN, GIVEN_BIG};
    if nisba(t) && flags(t) & (GIVEN | GIVEN_BIG) == 0 {
        return false;
    }
    // (Nor how it was said: ساخرا.)
    if manner(t) {
        return false;
    }
    // (Nor a verb of the future: إن الوزير سيزور المرفأ.)
    if future_verb(t) {
        return false;
    }
    // (Nor a statement with a possessive: المتحدث حديثه, the verb's object.)
    if statement(&t.norm) && unpossessed(&t.norm) != n.as_ref() {
        return false;
    }
    let l = lexicon();
    (!definite(&t.norm) || crate::entities::gazetteer::DEFINITE_GIVEN.contains(&n.as_ref()) || HAMZA_GIVEN.contains(&n.as_ref()) || article_letters(&n))
        && !crate::function_words::is_function_word(&n)
        && [&l.particles, &l.verbs, &l.stops, &l.prepositions].iter().all(|list| form_in(&t.norm, list).is_none())
}

/// A preposition of time (`search` form) that says when the words were said after the
/// speaker: عقب، إثر، قبيل، أثناء، إبان.
fn time_preposition(sf: &str) -> bool {
    matches!(sf.strip_prefix('و').unwrap_or(sf), "عقب" | "اثر" | "قبيل" | "اثناء" | "ابان")
}

/// Given names that begin with a hamza and ل (إلهام, إلياس, ألفت), in `search` form,
/// where the hamza is gone and they read as a word with the article.
const HAMZA_GIVEN: &[&str] = &["الهام", "الياس", "الفت", "الطاف", "اليسار", "اليسا", "الينا", "الكسندر", "الفريد", "البرتو", "البير", "اليزابيث"];

/// A word that begins with the letters of a proclitic and the article whose rest
/// general Arabic does not know, with or without the article, or, after فال, the
/// newswire lexicon does not hold: a foreign name (فالنتي, فاليرو, بالاسيوس), not the
/// conjunction or preposition and a definite noun (فالأمر, بالحكومة).
fn article_letters(n: &str) -> bool {
    use crate::entities::general_freq::buckets;
    ["فال", "بال", "كال", "وال"].iter().any(|p| {
        n.strip_prefix(p).is_some_and(|rest| {
            let unknown = rest.chars().count() >= 3 && buckets(rest)[0] == 0 && buckets(&format!("ال{rest}"))[0] == 0;
            rest.chars().count() >= 2 && (unknown || *p == "فال" && crate::lexicon::count(rest) == 0)
        })
    })
}

/// The length of "at an earlier / a later time" at `idx[k]` (في وقت سابق, في وقت لاحق
/// من اليوم is three words and what the time words skip), if it stands there.
fn earlier_or_later(tokens: &[Token], idx: &[usize], k: usize) -> Option<usize> {
    // (Word by word, the first one that fails ends it: this runs at every phrase.)
    let is = |j: usize, forms: &[&str]| idx.get(k + j).is_some_and(|&i| forms.contains(&search_form(&tokens[i].norm).as_ref()));
    (is(0, &["في", "وفي"]) && is(1, &["وقت"]) && is(2, &["سابق", "لاحق", "متاخر", "مبكر", "سابقا", "لاحقا"])).then_some(3)
}

/// "From" or "in" and one word right after the verb, before a time, a comma or what was
/// said (أعلن من بورتسودان الأسبوع الماضي أن, قال في نيويورك، إن): where it was said.
/// The words to skip: the two, and the first of a time of two words the time list
/// lacks (الشهر of الشهر الماضي).
fn place_adverbial(tokens: &[Token], idx: &[usize], k: usize) -> Option<usize> {
    let form = |j: usize| idx.get(k + j).map(|&i| search_form(&tokens[i].norm).into_owned());
    let (Some(p), Some(_), Some(after)) = (form(0), idx.get(k + 1), idx.get(k + 2)) else { return None };
    let place = &tokens[idx[k + 1]];
    let then = &tokens[*after];
    // (A time of two words may begin with a noun the time list lacks: الشهر الماضي.)
    let two_word_time = !is_time(then) && idx.get(k + 3).is_some_and(|&i| is_time(&tokens[i]) && definite(&then.norm));
    let here = matches!(p.as_str(), "من" | "في") && is_word(place) && title_form(&place.norm).is_none() && !statement(&place.norm);
    let then_ok = is_time(then) || two_word_time || is_comma(then) || matches!(search_form(&then.norm).as_ref(), "ان" | "انه" | "انها" | "بان");
    (here && then_ok).then_some(if two_word_time { 3 } else { 2 })
}

/// The length of ل and an outlet's name in quote marks right after the verb (قال
/// لـ«الخليج» فلان), whom the words were said to, if it stands at `idx[k]`.
fn outlet_first(tokens: &[Token], idx: &[usize], k: usize) -> Option<usize> {
    let lam = idx.get(k).is_some_and(|&i| search_form(&tokens[i].norm) == "ل");
    let mark = |t: &Token| matches!(t.norm.as_str(), "«" | "\"" | "“" | "”");
    let open = idx.get(k + 1).is_some_and(|&i| mark(&tokens[i]));
    // (A name in marks that the caller left out of `idx`: the ل, then the speaker.)
    let left_out = lam && idx.get(k + 1).is_some_and(|&n| n > idx[k] + 1 && mark(&tokens[idx[k] + 1]) && is_word(&tokens[n]));
    if left_out {
        return Some(1);
    }
    if !(lam && open) {
        return None;
    }
    let close = (k + 3..idx.len().min(k + 8)).find(|&c| matches!(tokens[idx[c]].norm.as_str(), "»" | "\"" | "”" | "“"))?;
    // (And a word after it: the speaker, not the end of the sentence.)
    idx.get(close + 1).filter(|&&i| is_word(&tokens[i])).map(|_| close + 1 - k)
}

/// The length of من or في and a few words that end at a colon right after the verb
/// (يروي من سريره بمستشفى الثنية: «…»), where it was said, when none of them is a title
/// or a given name (قال في الوزارة المسؤول فلان: stays).
fn where_before_colon(tokens: &[Token], idx: &[usize], k: usize) -> Option<usize> {
    let first = &tokens[*idx.get(k)?];
    if !matches!(search_form(&first.norm).as_ref(), "من" | "في") {
        return None;
    }
    let colon = (k + 1..idx.len().min(k + 6)).find(|&j| is_colon(&tokens[idx[j]]))?;
    let plain = (k + 1..colon).all(|j| {
        let t = &tokens[idx[j]];
        // (A given name of the curated list as written: سريره, in the big one, is none.)
        let given = crate::entities::gazetteer::word_flags(&search_form(&t.norm)) & crate::entities::gazetteer::GIVEN != 0;
        is_word(t) && title_form(&t.norm).is_none() && !given
    });
    (colon > k + 1 && plain).then_some(colon - k)
}

/// Tokens (indices into `tokens`) of a speaker phrase starting at `idx[from]`; `idx`
/// lists the sentence's tokens outside quotations.
pub fn phrase_after(tokens: &[Token], idx: &[usize], from: usize) -> Vec<usize> {
    let l = lexicon();
    let mut out: Vec<usize> = Vec::new();
    let mut k = from;
    // Skip commas, dates and emoji before the phrase (bounded: linear time).
    let mut skipped = 0;
    while k < idx.len() && skipped < 8 {
        let t = &tokens[idx[k]];
        if is_comma(t) || is_time(t) || t.kind == TokenKind::Symbol || t.kind == TokenKind::Number {
            k += 1;
            skipped += 1;
        } else if let Some(n) = place_adverbial(tokens, idx, k) {
            // أعلن من بورتسودان الأسبوع الماضي أن …: where, not who (the subject stood
            // before the verb: وكان فلان قد أعلن).
            k += n;
            skipped += n;
        } else if let Some(n) = earlier_or_later(tokens, idx, k) {
            // أكد في وقت سابق أن …: when, not who.
            k += n;
            skipped += n;
        } else if let Some(n) = outlet_first(tokens, idx, k) {
            // وقال لـ«الخليج» رجل الأعمال فلان: whom it was said to, then who.
            k += n;
            skipped += n;
        } else if k == from && matches!(search_form(&t.norm).as_ref(), "فيه" | "فيها" | "عليه" | "عليها" | "عليهم" | "له" | "لها" | "لهم" | "عنه" | "عنها" | "اليه" | "اليها" | "منه" | "منها") && idx.get(k + 1).is_some_and(|&n| title_form(&tokens[n].norm).is_some() || name_like(&tokens[n])) {
            // في الوقت الذي أكد فيه الأمين …: the relative's pronoun, then the subject.
            // (Or the verb's preposition with a pronoun, whom it answered or told: قبل
            // أن يرد عليها الوزير بأن …, وقال له المسؤول إن ….)
            k += 1;
            skipped += 1;
        } else if k == from && search_form(&t.norm).starts_with("لل") && search_form(&t.norm).chars().count() >= 5 && idx.get(k + 1).is_none_or(|&n| {
            let x = &tokens[n];
            !is_word(x) || is_time(x) || title_form(&x.norm).is_some() || name_like(x) || [&l.stops, &l.prepositions].iter().any(|list| form_in(&x.norm, list).is_some())
        }) {
            // وقال للجمهور يومها: «…», قال للحاضرين الوزير فلان: ل and the article right
            // after the verb is whom the words were said to, never who said them; a
            // subject may follow it (not after للمرة الأولى, what the next word ends).
            k += 1;
            skipped += 1;
        } else if let Some(n) = where_before_colon(tokens, idx, k) {
            // يروي من سريره بمستشفى الثنية: «…»: where, up to the colon; no one named.
            k += n;
            skipped += n;
        } else {
            break;
        }
    }
    // أفاد بيان صادر عن وزارة الصحة: the body that issued the statement speaks.
    // (Also after ل: وفقا لبيان صادر عن …)
    let lam_statement = |w: &str| search_form(w).strip_prefix('ل').is_some_and(|r| r.chars().count() >= 3 && statement(r));
    if k < idx.len() && (statement(&tokens[idx[k]].norm) || lam_statement(&tokens[idx[k]].norm)) {
        let mut j = k + 1;
        while j < idx.len() && j <= k + 2 && matches!(search_form(&tokens[idx[j]].norm).as_ref(), "صادر" | "الصادر" | "مشترك" | "رسمي") {
            j += 1;
        }
        // (Or the one who signed it: بيان وقعه الأمين العام.)
        if j < idx.len() && matches!(search_form(&tokens[idx[j]].norm).as_ref(), "عن" | "من" | "وقعه" | "وقعته" | "وقعها") {
            k = j + 1;
        } else if j < idx.len() && search_form(&tokens[idx[j]].norm).strip_prefix('ل').is_some_and(|r| lexicon().naming.contains(r) || body_head(r)) {
            // تقرير لمنظمة «…», بيان لمديرية الدفاع المدني: the body whose statement it is:
            // its head and the definite words that complete it, and no more (بيان للقناة
            // نشرته على موقعها: نشرته is no part of it; للقناة, a word the phrase would
            // stop at as whom the words were said to, is the body).
            let l = lexicon();
            let of_name = |t: &Token| {
                // (A verb with the statement for its object, نشرته: search forms write ة
                // as ه, so only ته after a stem of three letters.)
                let sf = search_form(&t.norm);
                let object = ["ته", "تها", "تهم"].iter().any(|p| sf.strip_suffix(p).is_some_and(|r| r.chars().count() >= 3)) && !definite(&t.norm);
                let function = matches!(search_form(&t.norm).as_ref(), "كان" | "كانت" | "قد" | "وقد" | "التي" | "الذي" | "ما" | "لا" | "لم" | "ان" | "في" | "من");
                is_word(t) && !object && !function && [&l.stops, &l.verbs, &l.prepositions, &l.time, &l.particles].iter().all(|list| form_in(&t.norm, list).is_none())
            };
            let mut e = j + 1;
            while e < idx.len() && e <= j + 5 && of_name(&tokens[idx[e]]) {
                e += 1;
            }
            return idx[j..e].to_vec();
        }
    }
    let mut words = 0;
    let mut steps = 0;
    while k < idx.len() && words < MAX_WORDS && steps < 3 * MAX_WORDS {
        steps += 1;
        let t = &tokens[idx[k]];
        let w = t.norm.as_str();
        // (A hyphen with no space on either side joins a name's parts: جان-لوك موريل.)
        let joins = t.kind == TokenKind::Punct && t.norm == "-" && k > 0 && tokens[idx[k - 1]].end == t.start && idx.get(k + 1).is_some_and(|&n| tokens[n].start == t.end && is_word(&tokens[n]));
        // (A body's short name in brackets after it, …ثلاثي الأطوار (كنابست)، صالح
        // حمادوش: skipped, the phrase goes on to the name.)
        if t.kind == TokenKind::Punct && t.norm == "(" && words > 0 {
            let close = (k + 2..idx.len().min(k + 5)).find(|&c| tokens[idx[c]].norm == ")");
            if let Some(c) = close.filter(|&c| (k + 1..c).all(|m| is_word(&tokens[idx[m]]))) {
                k = c + 1;
                continue;
            }
        }
        if !joins && (is_colon(t) || closes_sentence(t) || (t.kind == TokenKind::Punct && !is_comma(t))) {
            break;
        }
        // (A quotation left out of `idx` after a word with the article ends the phrase:
        // أكدت الجامعة الوطنية … "انخراطها التام" في تنزيل القرار، داعية …; what follows
        // it is no part of the subject. After a noun in the construct state the marks
        // hold its complement and the phrase goes on: رئيس حزب «الأمة» فلان.)
        let left_out = k > from && idx[k] > idx[k - 1] + 1 && tokens[idx[k - 1] + 1..idx[k]].iter().any(is_word);
        if left_out && words > 0 && out.last().is_some_and(|&i| is_word(&tokens[i]) && definite(&tokens[i].norm)) {
            break;
        }
        // (A number written joined to the word before is part of it: حركة إم23.)
        let joined = k > 0 && tokens[idx[k - 1]].end == t.start && is_word(&tokens[idx[k - 1]]);
        if t.kind == TokenKind::Number && words > 0 && !joined {
            break;
        }
        let after_comma = out.last().is_some_and(|&i| is_comma(&tokens[i]));
        if is_time(t) && words > 0 && !after_comma {
            break;
        }
        // (A date set off by commas after the subject ends it when neither a name nor a
        // title follows: أعلنت الحكومة الانتقالية، الثلاثاء، طرد السفير, what it did.)
        if is_time(t) && words > 0 && after_comma {
            let mut j = k;
            while j < idx.len() && j < k + 4 && is_time(&tokens[idx[j]]) {
                j += 1;
            }
            let next = idx.get(j + 1).map(|&n| &tokens[n]);
            if idx.get(j).is_some_and(|&c| is_comma(&tokens[c])) && next.is_some_and(|n| {
                use crate::entities::gazetteer::{FAMILY, FAMILY_BIG, GIVEN, GIVEN_BIG};
                is_word(n) && title_form(&n.norm).is_none() && flags(n) & (GIVEN | GIVEN_BIG | FAMILY | FAMILY_BIG) == 0
            }) {
                break;
            }
        }
        if is_word(t) {
            // After a name, a word with لل is whom it was said to (للمحققين).
            // (So after a family name with the article alone: «…»، يقول العلوي للصحيفة.)
            let family_alone = out.len() == 1 && {
                let f = &tokens[out[0]];
                use crate::entities::gazetteer::{FAMILY, FAMILY_BIG};
                is_word(f) && definite(&f.norm) && title_form(&f.norm).is_none() && (search_form(&f.norm).ends_with('ي') || flags(f) & (FAMILY | FAMILY_BIG) != 0)
            };
            let after_name = out.last().is_some_and(|&i| name_like(&tokens[i])) || family_alone;
            if after_name && (search_form(w).starts_with("لل") || addressee(w)) {
                break;
            }
            // (So is ل and a name no name list knows with its ل, an outlet's or a
            // person's, right before إن/أن: وقال النائب فلان لشفق نيوز إن «…»; not لطفي,
            // ليلى, which begin names.)
            let lam_word = {
                use crate::entities::gazetteer::{word_flags, FAMILY, FAMILY_BIG, GIVEN, GIVEN_BIG};
                let sf = search_form(w);
                // (Nor a body's head whose ل is its own, لجنة: رئيس لجنة التربية إن, the
                // committee he heads.)
                let own_lam_head = word_flags(&sf) & crate::entities::gazetteer::ORG_HEAD != 0 || lexicon().bodies.contains(sf.as_ref());
                sf.starts_with('ل') && !sf.starts_with("لل") && sf.chars().count() >= 4 && word_flags(&sf) & (GIVEN | GIVEN_BIG | FAMILY | FAMILY_BIG) == 0 && !own_lam_head
            };
            // (After a name's word that is also a title, أمين, too.)
            let after_name_word = after_name || out.last().is_some_and(|&i| {
                use crate::entities::gazetteer::{FAMILY, FAMILY_BIG, GIVEN, GIVEN_BIG};
                is_word(&tokens[i]) && flags(&tokens[i]) & (GIVEN | GIVEN_BIG | FAMILY | FAMILY_BIG) != 0
            });
            let to_outlet = after_name_word && lam_word && (k + 1..idx.len().min(k + 4)).find(|&j| !is_word(&tokens[idx[j]]) || form_in(&tokens[idx[j]].norm, &l.stops).is_some()).is_some_and(|j| {
                // (No quotation between: الرئيس السابق لنادي "…" أن, the body he headed.)
                idx[j] - idx[k] == j - k && matches!(search_form(&tokens[idx[j]].norm).as_ref(), "ان" | "بان" | "انه" | "انها") && (k + 1..j).all(|m| !name_like(&tokens[idx[m]]) || !known_name_word(&tokens[idx[m]]))
            });
            if to_outlet {
                break;
            }
            // (So is ل and a noun with a possessive after a title or a name: وقالت
            // الصحفية لعائلتها, قال الوزير لنظيره; not a body's head, لحزبه, nor a word
            // the name lists know, لطيفة.)
            if words > 0 && kin_addressee(t) {
                break;
            }
            // So is what follows ل or ب written apart (الخباز لـ«القبس»: `search` form
            // drops the tatweel, leaving a word of one such letter); right after the
            // verb it is what the verb is about (أشاد بـ«…»), and the speaker is before.
            if matches!(search_form(w).as_ref(), "ل" | "ب") {
                break;
            }
            // (A European name's particle first, written without hamza right after the
            // cue: وقالت فان ديربيرغ, where فإن cannot stand.)
            let name_particle = out.is_empty() && matches!(w, "فان" | "فون") && idx.get(k + 1).is_some_and(|&n| name_like(&tokens[n]));
            // (A member of parliament "for" a bloc or a province: النائب عن تحالف الفتح
            // علي الزبيدي, whose name follows.)
            // (Or a member of a chamber: عضو مجلس النواب عن مدينة بنغازي سعيد امغيب.)
            let member = |i: usize| matches!(search_form(&tokens[i].norm).as_ref(), "النائب" | "نائب" | "النائبه" | "نائبه" | "النايب" | "نايب");
            // (Or of a parliament's committee, whose name may be longer: عضو لجنة الكهرباء
            // والطاقة النيابية عن تحالف السيادة النائب فلان.)
            let committee = out.last().is_some_and(|&i| matches!(search_form(&tokens[i].norm).as_ref(), "النيابيه" | "البرلمانيه")) && out.len() <= 7;
            let chamber_member = out.first().is_some_and(|&i| matches!(search_form(&tokens[i].norm).as_ref(), "عضو" | "العضو" | "عضوه" | "العضوه")) && (out.len() <= 4 || committee);
            // (So is a colleague of the one named before: اعتبر زميلها عن كتلة الصادقون
            // فلان, زميله عن الحزب ….)
            let colleague = |i: usize| matches!(search_form(&tokens[i].norm).as_ref(), "زميله" | "زميلها" | "زميلته" | "زميلتها" | "زملاوه" | "زميلهم");
            let member_for = search_form(w) == "عن" && (out.last().is_some_and(|&i| member(i) || colleague(i)) || chamber_member);
            // (A title first: والي is no و + إلى.)
            // (Nor is علي before بن or a name of the curated lists the preposition على:
            // رئيس المنظمة علي بن زكري.)
            // (Nor after أم or أبو, a kunya: أم علي, أبو علي.)
            let kunya = out.last().is_some_and(|&i| matches!(search_form(&tokens[i].norm).as_ref(), "ام" | "ابو"));
            // (Nor after a role, before a word the big name lists know too: الصياد علي
            // مقبول الزبيدي; not على هامش, على رأس.)
            let role = out.last().is_some_and(|&i| title_form(&tokens[i].norm).is_some() || describes(&tokens[i]));
            let big_name = |n: usize| {
                use crate::entities::gazetteer::{FAMILY, FAMILY_BIG, GIVEN, GIVEN_BIG};
                let t = &tokens[n];
                is_word(t) && !definite(&t.norm) && flags(t) & (GIVEN | GIVEN_BIG | FAMILY | FAMILY_BIG) != 0 && name_like(t)
            };
            let ali = w == "علي"
                && words > 0
                && (kunya || idx.get(k + 1).is_some_and(|&n| search_form(&tokens[n].norm) == "بن" || known_name_word(&tokens[n]) || (role && big_name(n))));
            // (Nor "for the defence of", inside a body's name: المنظمة التونسية للدفاع عن
            // البيئة.)
            let defence = search_form(w) == "عن" && out.last().is_some_and(|&i| matches!(search_form(&tokens[i].norm).as_ref(), "للدفاع" | "الدفاع" | "دفاع"));
            // (Nor, after a title and before a person's name, ل and a body's head that
            // reads as whom the words were said to: المدير العام للوكالة الوطنية للطرق
            // السريعة فلان, the agency's director; قال المدير للوكالة إن stays the
            // outlet told.)
            let body_of_title = out.iter().any(|&i| title_form(&tokens[i].norm).is_some())
                && out.iter().all(|&i| !name_like(&tokens[i]) || title_form(&tokens[i].norm).is_some())
                && search_form(w).strip_prefix('ل').is_some_and(|r| body_head(r) || lexicon().naming.contains(r) || r.strip_prefix('ل').is_some_and(|h| body_head(&format!("ال{h}")) || lexicon().naming.contains(&format!("ال{h}"))))
                && (k + 1..idx.len().min(k + 8))
                    .take_while(|&j| is_word(&tokens[idx[j]]) && form_in(&tokens[idx[j]].norm, &l.verbs).is_none())
                    .any(|j| given_name(&tokens[idx[j]]) && name_run(tokens, &idx[j..]) >= 2);
            if !(name_particle || member_for || defence || body_of_title) && title_form(w).is_none() && !ali && (form_in(w, &l.stops).is_some() || form_in(w, &l.verbs).is_some() || form_in(w, &l.prepositions).is_some()) {
                break;
            }
            let sf = search_form(w);
            let next = idx.get(k + 1).map(|&i| tokens[i].norm.as_str());
            // (دبلوماسي عربي طلب عدم كشف اسمه: a clause about the speaker, no part of
            // the phrase.)
            // (The feminine too: عاملة فضلت عدم ذكر اسمها.)
            if matches!(sf.as_ref(), "طلب" | "رفض" | "فضل" | "اشترط" | "طلبت" | "رفضت" | "فضلت" | "اشترطت") && next.is_some_and(|n| matches!(search_form(n).as_ref(), "عدم" | "الكشف" | "ذكر")) {
                break;
            }
            // (Nor where the speaker said it, في and a venue named in quote marks: هتف
            // العمال في ساحة «…» داخل المصنع.)
            if words >= 1 && matches!(sf.as_ref(), "في" | "داخل" | "امام") && idx.get(k + 1).is_some_and(|&v| {
                let venue = search_form(&tokens[v].norm);
                let venue = venue.strip_prefix("ال").unwrap_or(&venue);
                matches!(venue, "ساحه" | "ميدان" | "شارع" | "فندق" | "مطعم" | "مقهي" | "ملعب" | "مسرح" | "قاعه" | "سينما")
                    && tokens.get(v + 1).is_some_and(|m| matches!(m.norm.as_str(), "«" | "\"" | "“" | "”"))
            }) {
                break;
            }
            // (Nor ب and a common noun right after a title, what the verb is about: وأقر
            // الوزير بوجود «تأخير», طالب المدير بضرورة ….)
            // (A definite title: after an anonymous one, ب begins where the source works,
            // مصادر بشرطة السياحة.)
            let after_title_word = out.last().is_some_and(|&i| title_form(&tokens[i].norm).is_some() && definite(&tokens[i].norm));
            if words >= 1 && after_title_word && bi_noun(t) {
                break;
            }
            // (Nor how the speaker said it, an adverbial accusative of the patterns فاعلا
            // and مُفعِّلا: وعلق فلان ساخرا، مبتسما، متسائلا; no name of the lists.)
            if words >= 1 && manner(t) {
                break;
            }
            // (Nor مصدر حكومي تحدث لـ«…» شريطة عدم الكشف عن اسمه, شهود عيان تحدثوا لوكالة…:
            // whom the source spoke to and on what terms.)
            if words >= 1 && matches!(sf.as_ref(), "تحدث" | "تحدثت" | "تحدثوا" | "تحدثن" | "تحدثا" | "شريطه" | "شرط" | "مشترطا" | "مشترطه") {
                break;
            }
            // (Nor قيادي، لم يكشف عن هويته: who did not give a name.)
            if matches!(sf.as_ref(), "لم" | "ولم") && next.is_some_and(|n| matches!(search_form(n).as_ref(), "يكشف" | "تكشف" | "يذكر" | "تذكر" | "يفصح" | "تفصح" | "يشا" | "تشا")) {
                break;
            }
            // (ما after the speaker begins the verb's object: نفى المتحدث فلان ما تردد
            // عن «…».)
            if sf == "ما" && words >= 1 {
                break;
            }
            // (Nor a statement with a possessive after the speaker, the verb's object:
            // ختم النائب فلان كلمته.)
            if words >= 1 && statement(w) && unpossessed(w) != sf.as_ref() {
                break;
            }
            if sf == "من" && next.is_some_and(|n| matches!(search_form(n).as_ref(), "ان" | "انه" | "انها")) {
                break;
            }
            // (After two words, من begins what the verb is about: حذر الوزير رائد أبو
            // السعود من صيف صعب، مؤكدا …; right after a title it goes on: مصدر من الوزارة.)
            let after_title = out.last().is_some_and(|&i| title_form(&tokens[i].norm).is_some());
            // (Nor after "close to", which needs it: مصدر مقرب من اللاعب, مصادر قريبة من
            // الحكومة.)
            let close_to = out.last().is_some_and(|&i| {
                let w = search_form(&tokens[i].norm);
                matches!(w.strip_prefix("ال").unwrap_or(&w), "مقرب" | "مقربه" | "مقربون" | "مقربين" | "قريب" | "قريبه")
            });
            if sf == "من" && words >= 2 && !after_title && !close_to {
                break;
            }
            // (Nor when it was said, a preposition of time after the speaker: «…»، قال قائد
            // الفريق عقب الحصة التدريبية; إثر، قبيل، أثناء.)
            if words >= 1 && time_preposition(&sf) {
                break;
            }
            // (Also with an ordinal before the statement: وقال المدرب المؤقت في أول
            // تصريح له, في آخر حديث, the occasion.)
            let ordinal = next.is_some_and(|n| matches!(search_form(n).as_ref(), "اول" | "اولى" | "اخر" | "اخرى" | "ثاني" | "ثانيه"))
                && idx.get(k + 2).is_some_and(|&i| statement(&tokens[i].norm));
            if (sf == "في" || sf == "وفي") && (ordinal || next.is_some_and(|n| statement(n) || n.starts_with("مؤتمر"))) {
                break;
            }
            words += 1;
            // (After باسمه / باسمها, "in his / her name", a definite noun that is no title
            // is the verb's object: ووصف متحدث باسمها الخطوة بأنها «…».)
            let in_name = sf != "باسم" && crate::entities::gazetteer::in_the_name_of(&sf, w);
            let object = next.is_some_and(|n| definite(n) && title_form(n).is_none() && !crate::entities::gazetteer::DEFINITE_GIVEN.contains(&search_form(n).as_ref()));
            if in_name && object {
                out.push(idx[k]);
                break;
            }
        }
        out.push(idx[k]);
        k += 1;
    }
    // (Nor a preposition, which begins what the verb is about: حذر مجلس النواب في بنغازي
    // من «…».)
    while out.last().is_some_and(|&i| !is_word(&tokens[i]) || matches!(search_form(&tokens[i].norm).as_ref(), "من" | "في")) {
        out.pop();
    }
    // وأضاف المسؤول ذاته / المصدر نفسه: "the same official", the speaker quoted last,
    // carried over as after a bare verb; no name ذاته. So is an honorific with a
    // pronoun (وأوضح معاليه، وأكد سموه): "his excellency", a pronoun.
    let same = |i: usize| matches!(search_form(&tokens[i].norm).as_ref(), "ذاته" | "ذاتها" | "نفسه" | "نفسها" | "عينه" | "عينها");
    let his_excellency = |i: usize| matches!(search_form(&tokens[i].norm).as_ref(), "معاليه" | "معاليها" | "سموه" | "سموها" | "سعادته" | "سعادتها" | "فخامته" | "سماحته");
    // (Also written before it, نفس المسؤول, ذات المصدر.)
    let same_before = |i: usize| matches!(search_form(&tokens[i].norm).as_ref(), "نفس" | "ذات");
    if (out.len() == 2 && title_form(&tokens[out[0]].norm).is_some() && same(out[1]))
        || (out.len() == 2 && same_before(out[0]) && title_form(&tokens[out[1]].norm).is_some())
        || (out.len() == 1 && his_excellency(out[0]))
    {
        out.clear();
    }
    out
}

/// The head of a body's name after ل (`search` form, ل stripped): وزارة, هيئة, مديرية;
/// with the article, whose alef ل elides (للمديرية), too.
fn body_head(word: &str) -> bool {
    let bare = word.strip_prefix('ل').unwrap_or(word);
    use crate::entities::gazetteer::{word_flags, ORG_HEAD};
    word_flags(bare) & ORG_HEAD != 0 || matches!(bare, "مديريه" | "مفوضيه" | "ادارة" | "اداره") || lexicon().bodies.contains(bare)
}

/// A word without its possessive suffix (بيانها → بيان, قناتنا → قناة), in `search` form.
pub fn unpossessed(word: &str) -> String {
    let n = search_form(word).into_owned();
    for suffix in ["هما", "ها", "هم", "نا", "ه"] {
        if let Some(stem) = n.strip_suffix(suffix).filter(|r| r.chars().count() >= 3) {
            // A feminine noun's ة is written ت before a suffix.
            return stem.strip_suffix('ت').map(|s| format!("{s}ه")).unwrap_or_else(|| stem.to_string());
        }
    }
    n
}

/// A statement noun (بيان، تصريح…), also with a possessive (في بيانها).
pub fn statement(word: &str) -> bool {
    let l = lexicon();
    form_in(word, &l.statements).is_some() || l.statements.contains(&unpossessed(word))
}

/// ل and an outlet with a possessive (لقناتنا، لصحيفتنا): whom the words were said to.
fn addressee(word: &str) -> bool {
    search_form(word).strip_prefix('ل').is_some_and(|rest| {
        let bare = unpossessed(rest);
        bare != rest && (lexicon().naming.contains(&bare) || lexicon().titles.contains(&bare))
    })
}

/// ل and a noun with a possessive suffix, no body's head nor a word of the name lists
/// (لعائلتها، لنظيره، لأنصاره): whom the words were said to, after the speaker.
pub fn kin_addressee(t: &Token) -> bool {
    // (After ه alone, only a noun the title lists know, لنظيره: search forms write ة as
    // ه, and لطيفة is a given name, not ل + طيف + ه.)
    use crate::entities::gazetteer::{word_flags, TITLE};
    is_word(t)
        && search_form(&t.norm).strip_prefix('ل').is_some_and(|rest| {
            let bare = unpossessed(rest);
            let plain_ha = !["ها", "هم", "هما", "نا"].iter().any(|p| rest.ends_with(p));
            !rest.starts_with('ل') && bare != rest && bare.chars().count() >= 3 && !body_head(&bare) && (!plain_ha || (word_flags(&bare) | word_flags(rest)) & TITLE != 0 || lexicon().titles.contains(&bare))
        })
}

/// A speaker with the tokens of its title (for resolving a title-only speaker).
pub struct Phrase {
    pub speaker: Speaker,
    pub title_tokens: Vec<usize>,
}

/// Tokens from the first to the last word of `ws`.
fn trim(tokens: &[Token], ws: &[usize]) -> Vec<usize> {
    let s = ws.iter().position(|&i| is_word(&tokens[i]));
    let e = ws.iter().rposition(|&i| is_word(&tokens[i]));
    match (s, e) {
        (Some(s), Some(e)) => ws[s..=e].to_vec(),
        _ => Vec::new(),
    }
}

/// The longest run of name-like words ending at the end of `ws` (trimmed), from
/// position `min` on; else a name that begins with a known given name and goes on
/// with family names written with the article (وزيرة الداخلية سلمى الإدريسي).
fn trailing_name(tokens: &[Token], ws: &[usize], min: usize) -> usize {
    // (ب and the head of a place's name, بمدينة نواذيبو, is where the title holds.)
    let at_place = |t: &Token| {
        search_form(&t.norm).strip_prefix('ب').is_some_and(|r| crate::entities::gazetteer::word_flags(r) & crate::entities::gazetteer::LOC_HEAD != 0)
    };
    let mut s = ws.len();
    while s > min && name_like(&tokens[ws[s - 1]]) && !at_place(&tokens[ws[s - 1]]) {
        s -= 1;
    }
    // (علي, which `search` form writes as the preposition على, begins the name before
    // بن or a name of the curated lists: علي بن زكري.)
    if s > min && s < ws.len() && search_form(&tokens[ws[s - 1]].norm) == "علي" && (search_form(&tokens[ws[s]].norm) == "بن" || known_name_word(&tokens[ws[s]])) {
        s -= 1;
    }
    // A place after في that more name-like words follow is where the title holds
    // (ممثلة المفوضية في لبنان إيفو فرايسن): part of the title.
    if s > min && s + 1 < ws.len() && matches!(search_form(&tokens[ws[s - 1]].norm).as_ref(), "في" | "ب") && place_name(&tokens[ws[s]], true) {
        s += 1;
    }
    // So is a body after the preposition ل that a name follows (الرئيس التنفيذي لإيني
    // كلاوديو ديسكالزي), unless the word is a name that begins with ل (لبنى, ليلى).
    if s > min && s + 2 < ws.len() && of_a_body(&tokens[ws[s]]) {
        s += 1;
    }
    // A given name earlier whose run reaches the end is the name's start (فاطمة
    // الزهراء بوعزة, not بوعزة alone).
    (min..s).find(|&f| (given_name(&tokens[ws[f]]) || given_as_town(tokens, &ws[f..])) && name_run(tokens, &ws[f..]) == ws.len() - f).unwrap_or(s)
}

/// Gazetteer flags of a word, as written and without what may be a proclitic (كمال
/// is a given name, not ك + مال).
fn flags(t: &Token) -> u32 {
    use crate::entities::gazetteer::word_flags;
    let sf = search_form(&t.norm);
    word_flags(&sf) | word_flags(crate::entities::clitic::strip_norm(&sf))
}

/// A word the curated name lists know as a given or family name (عثمان), as written.
pub fn known_name_word(t: &Token) -> bool {
    use crate::entities::gazetteer::{word_flags, FAMILY, GIVEN};
    is_word(t) && !definite(&t.norm) && word_flags(&search_form(&t.norm)) & (GIVEN | FAMILY) != 0 && title_form(&t.norm).is_none()
}

/// An adjective of a known place, a city's included (أمريكي، روسية، حلبي; see
/// [`crate::entities::gazetteer::place_adjective`]).
fn nisba(t: &Token) -> bool {
    use crate::entities::gazetteer::{is_place, place_adjective};
    let sf = search_form(&t.norm);
    // (Also in the accusative, with its alef: لكن مسؤولا أمريكيا قال; not a place's name
    // so ending, روسيا.)
    place_adjective(&sf).is_some() || sf.strip_suffix('ا').is_some_and(|b| b.ends_with('ي') && place_adjective(b).is_some()) && !is_place(&sf)
}

/// A country's or a region's adjective (سوداني, not سيتي of a city, Sète), which a name
/// list may hold too: after an anonymous head it describes the source.
fn land_nisba(t: &Token) -> bool {
    use crate::entities::gazetteer::{place_adjective, Nisba};
    matches!(place_adjective(&search_form(&t.norm)), Some(Nisba::Land))
}

/// A place of the lists that is no person's name (واسط, نينوى; not عمان, also a name);
/// with `wikifane`, also any word of a place's name in WikiFANE, which is too loose to
/// end a person's name in [`name_run`] (every word of كوريا الشمالية has it).
fn place_word(t: &Token, wikifane: bool) -> bool {
    use crate::entities::gazetteer::{FAMILY, FAMILY_BIG, GIVEN, GIVEN_BIG};
    place_name(t, wikifane) && flags(t) & (GIVEN | GIVEN_BIG | FAMILY | FAMILY_BIG) == 0
}

/// A word the place lists know (see [`place_word`]), whether or not a name list knows
/// it too (لبنان).
fn place_name(t: &Token, wikifane: bool) -> bool {
    use crate::entities::gazetteer::{is_place, CITY, COUNTRY, REGION, WF_LOC};
    let places = COUNTRY | CITY | REGION | if wikifane { WF_LOC } else { 0 };
    flags(t) & places != 0 || is_place(&search_form(&t.norm))
}

/// A word after the preposition ل that no name list knows with its ل (لإيني, not لبنى).
pub fn of_a_body(t: &Token) -> bool {
    use crate::entities::gazetteer::{FAMILY, FAMILY_BIG, GIVEN, GIVEN_BIG};
    let n = search_form(&t.norm);
    is_word(t) && n.starts_with('ل') && !n.starts_with("لل") && n.chars().count() >= 4 && flags(t) & (GIVEN | GIVEN_BIG | FAMILY | FAMILY_BIG) == 0
}

/// A known given name that is not also the head of a place or body name (وادي، مجلس).
pub fn given_name(t: &Token) -> bool {
    use crate::entities::gazetteer::{GIVEN, GIVEN_BIG, LOC_HEAD, ORG_HEAD};
    let f = flags(t);
    // (أحمد begins a city's name, أحمد آباد: only a place that is one word counts.)
    use crate::entities::gazetteer::{CITY, COUNTRY, REGION};
    // (And a compound in عبد written as one word, عبدالعزيز, which the lists hold apart.)
    let sf = search_form(&t.norm);
    let abd_joined = sf.strip_prefix("عبدال").is_some_and(|r| r.chars().count() >= 2);
    f & (GIVEN | GIVEN_BIG) != 0 && f & (LOC_HEAD | ORG_HEAD | COUNTRY) == 0 && (f & (REGION | CITY) == 0 || f & GIVEN != 0) || is_word(t) && (HAMZA_GIVEN.contains(&sf.as_ref()) || abd_joined)
}

/// A given name of the big lists that is also a town's (سلوى), which [`given_name`]
/// leaves out, before a family name of the curated lists with the article (سلوى
/// الهاشمي): the name's first word.
fn given_as_town(tokens: &[Token], ws: &[usize]) -> bool {
    use crate::entities::gazetteer::{CITY, COUNTRY, FAMILY, GIVEN_BIG, LOC_HEAD, ORG_HEAD, REGION};
    let (Some(&a), Some(&b)) = (ws.first(), ws.get(1)) else { return false };
    let (t, n) = (&tokens[a], &tokens[b]);
    let f = flags(t);
    is_word(t) && !definite(&t.norm) && f & GIVEN_BIG != 0 && f & CITY != 0 && f & (COUNTRY | REGION | LOC_HEAD | ORG_HEAD) == 0 && title_form(&t.norm).is_none()
        && is_word(n) && definite(&n.norm) && crate::entities::gazetteer::word_flags(&search_form(&n.norm)) & FAMILY != 0 && title_form(&n.norm).is_none()
}

/// A word that says how something was said (ساخرا، غاضبا، مبتسما، متسائلا): an
/// indefinite accusative of five letters or more ending in ا, of the pattern فاعلا
/// or beginning with م, that general Arabic uses and no name list knows. (Not the
/// feminine, مبتسمة, which an adjective shares: مصادر مطلعة.)
fn manner(t: &Token) -> bool {
    let sf = search_form(&t.norm);
    let c: Vec<char> = sf.chars().collect();
    // (Not a pronoun's ها: المتحدثة ذاتها.)
    let masculine = c.len() >= 5 && c[c.len() - 1] == 'ا' && c[c.len() - 2] != 'ه' && (c[1] == 'ا' && c.len() == 5 || c[0] == 'م');
    // (A word general Arabic uses: a foreign name, موهاپاترا, is none.)
    let common = crate::entities::general_freq::buckets(&sf)[0] >= 2;
    is_word(t) && !definite(&t.norm) && masculine && common && no_name_list_knows(t)
}

/// ب and a common noun (بوجود، بضرورة، بأهمية): a noun of four letters or more that
/// general Arabic uses often, with the article as well, and no name list knows the
/// whole word; what a verb is about, never a name (not بنسودة, بوعزة; nor بالوكالة,
/// which follows a title as part of it).
pub fn bi_noun(t: &Token) -> bool {
    let sf = search_form(&t.norm);
    is_word(t) && !sf.starts_with("بال") && no_name_list_knows(t) && sf.strip_prefix('ب').is_some_and(|r| {
        let b = crate::entities::general_freq::buckets(r);
        // (Not a workplace's head, which a title's ب begins: الباحث بمركز …, الأستاذ
        // بجامعة …, مصادر بشرطة ….)
        use crate::entities::gazetteer::{word_flags, LOC_HEAD, ORG_HEAD};
        let workplace = word_flags(r) & (ORG_HEAD | LOC_HEAD) != 0 || body_head(r) || lexicon().bodies.contains(r) || lexicon().naming.contains(r);
        r.chars().count() >= 4 && b[0] >= 3 && (2..=6).contains(&b[1]) && !workplace
    })
}

/// No name list, curated or big, knows the word as a given or family name or a word of
/// a person's name.
fn no_name_list_knows(t: &Token) -> bool {
    use crate::entities::gazetteer::{FAMILY, FAMILY_BIG, GIVEN, GIVEN_BIG, NAME_TOKEN};
    flags(t) & (GIVEN | GIVEN_BIG | FAMILY | FAMILY_BIG | NAME_TOKEN) == 0
}

/// A word general Arabic uses and (almost) never writes with the article: a verb's
/// form (the general-Arabic buckets of its `search` form `sf`).
fn verb_of_general_arabic(sf: &str) -> bool {
    let b = crate::entities::general_freq::buckets(sf);
    b[0] >= 2 && matches!(b[1], 1 | 7)
}

/// A verb of the present (يشتغل، تعمل): a word of five or six letters in ي or ت that
/// general Arabic uses and never writes with the article, and no name list knows (not
/// يوسف, تامر; nor a name of four, ترمب, which news uses as often as a word).
pub fn present_verb(t: &Token) -> bool {
    let sf = search_form(&t.norm);
    is_word(t) && sf.starts_with(['ي', 'ت']) && (5..=6).contains(&sf.chars().count()) && verb_of_general_arabic(&sf) && no_name_list_knows(t)
}

/// A verb of the present in the plural (يحصون، يروون، تطالبون): ي or ت, ون at the end,
/// five to seven letters, no article, and no name list knows it (not يارون).
pub fn plural_present(t: &Token) -> bool {
    let sf = search_form(&t.norm);
    is_word(t) && !definite(&t.norm) && sf.starts_with(['ي', 'ت']) && sf.ends_with("ون") && (5..=7).contains(&sf.chars().count()) && no_name_list_knows(t)
}

/// A verb of the future (سيزور، ستعيد، سنبني): س before the prefix of the present, a
/// word of five to seven letters that general Arabic uses and never writes with the
/// article, and no name list knows (not ستيفن, سيمون).
fn future_verb(t: &Token) -> bool {
    let sf = search_form(&t.norm);
    is_word(t) && ["سي", "ست", "سن"].iter().any(|p| sf.starts_with(p)) && (5..=7).contains(&sf.chars().count()) && verb_of_general_arabic(&sf) && no_name_list_knows(t)
}

/// An elative (أبعد، أكثر، أقل): four letters in the pattern أفعل that general Arabic
/// uses and no name list knows (not أحمد, أسعد, names of that pattern).
pub fn elative(t: &Token) -> bool {
    use crate::entities::gazetteer::{word_flags, FAMILY, FAMILY_BIG, GIVEN, GIVEN_BIG, NAME_TOKEN};
    let n = search_form(&t.norm);
    is_word(t) && n.starts_with('ا') && n.chars().count() == 4 && crate::entities::general_freq::buckets(&n)[0] >= 2 && word_flags(&n) & (GIVEN | FAMILY | GIVEN_BIG | FAMILY_BIG | NAME_TOKEN) == 0
}

/// Whether the word at `i` follows ولد, بنت, منت, بن or ابن ("son/daughter of"): a
/// name's word whatever else it may be (محمد ولد الشيخ, not the title الشيخ).
pub fn after_name_link(tokens: &[Token], i: usize) -> bool {
    i > 0 && is_word(&tokens[i]) && matches!(search_form(&tokens[i - 1].norm).as_ref(), "ولد" | "بنت" | "منت" | "بن" | "ابن")
}

/// ل and a noun of general Arabic that the name lists do not know (لصون, لشؤون): with
/// a definite complement after it (لصون الطبيعة), what an office is for, not a name
/// (لويد أوستن).
pub fn lam_noun(t: &Token) -> bool {
    use crate::entities::gazetteer::{FAMILY, FAMILY_BIG, GIVEN, GIVEN_BIG};
    let sf = search_form(&t.norm);
    is_word(t)
        && !given_name(t)
        && flags(t) & (GIVEN | GIVEN_BIG | FAMILY | FAMILY_BIG) == 0
        && sf.strip_prefix('ل').is_some_and(|r| r.chars().count() >= 3 && crate::entities::general_freq::buckets(r)[0] >= 2)
}

/// How many of `ws` make a name starting at `ws[0]`: name-like words, and words with
/// the article after a known given name (سلمى الإدريسي، يوسف العمراني), at most four,
/// ending where a place begins (شويغو بيونغ يانغ: the place visited).
pub fn name_run(tokens: &[Token], ws: &[usize]) -> usize {
    use crate::entities::gazetteer::{COUNTRY, FAMILY, FAMILY_BIG, GIVEN, GIVEN_BIG, NAME_TOKEN, ORG_HEAD, PHRASE_BEGIN, REGION};
    let Some(&first) = ws.first() else { return 0 };
    // (أم before a name is a mother's kunya, أم علي, not the particle "or".)
    // (علي reads as the preposition على: after a kunya it is the name.)
    let ali = |n: usize| search_form(&tokens[n].norm) == "علي";
    let kunya = matches!(search_form(&tokens[first].norm).as_ref(), "ام" | "ابو") && ws.get(1).is_some_and(|&n| name_like(&tokens[n]) || ali(n));
    // (علي first, before a word the name lists know without the article, is the given
    // name: علي مقبول الحداد.)
    let ali_first = ali(first) && ws.get(1).is_some_and(|&n| {
        use crate::entities::gazetteer::{FAMILY, FAMILY_BIG, GIVEN, GIVEN_BIG};
        name_like(&tokens[n]) && !definite(&tokens[n].norm) && flags(&tokens[n]) & (GIVEN | GIVEN_BIG | FAMILY | FAMILY_BIG) != 0
    });
    if !name_like(&tokens[first]) && !kunya && !ali_first {
        return 0;
    }
    // (No name begins with a verb of the present: محمد الشيظمي، بحار يشتغل منذ عشرين
    // سنة, where يشتغل, after the trade, is no name the trade is recorded with.)
    if present_verb(&tokens[first]) {
        return 0;
    }
    // (Nor with an elative before من: الخبير أبعد من ذلك, how far he went.)
    if elative(&tokens[first]) && ws.get(1).is_some_and(|&n| search_form(&tokens[n].norm) == "من") {
        return 0;
    }
    // (عبد and a definite word is one given name, عبد المنعم: a family name with the
    // article may follow it, عبد المنعم العرفي.)
    let abd = matches!(search_form(&tokens[first].norm).as_ref(), "عبد" | "وعبد") && ws.get(1).is_some_and(|&n| is_word(&tokens[n]) && definite(&tokens[n].norm));
    let mut given = given_name(&tokens[first]) || given_as_town(tokens, ws);
    let mut m = if kunya && ali(ws[1]) { 2 } else { 1 };
    while m < ws.len() && m < 4 {
        given |= abd && m == 2;
        let t = &tokens[ws[m]];
        let f = flags(t);
        // A town's name right after a known given name is a surname (لويد أوستن: Austin),
        // not the place visited; a country or region still ends the name.
        let surname_town = m == 1
            && f & NAME_TOKEN != 0
            && f & (COUNTRY | REGION | PHRASE_BEGIN) == 0
            && (given || flags(&tokens[first]) & (NAME_TOKEN | GIVEN | GIVEN_BIG) != 0);
        let place = place_word(t, false) && !surname_town;
        // A family name with the article: a known one, or a nisba (الإدريسي، الهاشمي),
        // not any noun (يوسف بلحاج الاتهامات).
        let sf = search_form(&t.norm);
        let family_like = f & (FAMILY | FAMILY_BIG | GIVEN | GIVEN_BIG) != 0 || sf.ends_with('ي');
        let family = given && is_word(t) && definite(&t.norm) && family_like && title_form(&t.norm).is_none() && f & ORG_HEAD == 0 && !place && !is_time(t)
            && !crate::function_words::is_function_word(&sf);
        // عبد takes a definite word in the name (عبد الله, عبد الرحمن): one given name.
        let after_abd = is_word(t) && definite(&t.norm) && matches!(search_form(&tokens[ws[m - 1]].norm).as_ref(), "عبد" | "وعبد");
        // X الدين is one given name (كمال الدين، نور الدين، عز الدين).
        // X الله too (نصر الله، فضل الله، عطا الله، جاب الله): a given or family name of
        // two words.
        let after_abd = after_abd || (is_word(t) && matches!(search_form(&t.norm).as_ref(), "الدين" | "الله") && name_like(&tokens[ws[m - 1]]));
        // A family name that is a place's adjective without the article after a known
        // given name (حنان بلخي, سامي حلبي): nisbas name nobody only after a title.
        // (Also after a compound given name, نور الدين قاسمي, عبد الله حلبي.)
        let compound = m == 2 && (abd || search_form(&tokens[ws[1]].norm) == "الدين");
        let nisba_family = given && (m == 1 || compound) && is_word(t) && !definite(&t.norm) && nisba(t) && title_form(&t.norm).is_none() && !is_time(t);
        // A title word with the article that is a given name without it, in a name that
        // begins with a given name and before no definite word, is the second half of a
        // compound given name or a family name (محمد الأمين ولد بابا, جليلة السيد, أحمد
        // رشدى القاضى), not a title with its complement (محمد الأمين العام للحزب).
        let title_given = given
            && is_word(t)
            && definite(&t.norm)
            && title_form(&t.norm).is_some()
            && ws.get(m + 1).is_none_or(|&n| !definite(&tokens[n].norm))
            && sf.strip_prefix("ال").is_some_and(|r| crate::entities::gazetteer::word_flags(r) & (GIVEN | GIVEN_BIG) != 0);
        let family = family || title_given;
        // (A title word without the article that is a given name, after a given name and
        // before a known name, is the second given name: محمد أمين شريفي.)
        let family = family || m == 1 && given && second_given(tokens, ws[m]);
        // (So is one the lists know as a family name before no name or title: رامي
        // سعادة.)
        let family = family || given && family_after_given(tokens, ws[m]);
        // (After ولد/بنت/بن, the father's name, a title's word as it may be: ولد الشيخ.)
        let linked = after_name_link(tokens, ws[m]) && tokens[ws[m - 1]].end < t.start && !is_time(t) && form_in(&t.norm, &lexicon().stops).is_none();
        if !linked && ((!name_like(t) && !family && !after_abd && !nisba_family) || (place && !after_abd && !nisba_family)) {
            break;
        }
        m += 1;
    }
    m
}

/// A title word without the article that the curated lists know as a given name (أمين),
/// right after a given name and before a known name without the article (محمد أمين
/// شريفي): a second given name, not the title.
pub fn second_given(tokens: &[Token], i: usize) -> bool {
    use crate::entities::gazetteer::{word_flags, FAMILY, FAMILY_BIG, GIVEN, GIVEN_BIG};
    let t = &tokens[i];
    let name = |n: &Token| is_word(n) && !definite(&n.norm) && title_form(&n.norm).is_none() && flags(n) & (GIVEN | GIVEN_BIG | FAMILY | FAMILY_BIG) != 0;
    i > 0
        && is_word(t)
        && !definite(&t.norm)
        && title_form(&t.norm).is_some()
        && word_flags(&search_form(&t.norm)) & GIVEN != 0
        && given_name(&tokens[i - 1])
        && tokens.get(i + 1).is_some_and(name)
}

/// A title word without the article that the name lists know as a family name
/// (سعادة, an honorific too), right after a known given name and before no word that
/// could go on with a name or a title (a name-like word, a word with the article):
/// the family name that ends the name (وزير الصحة رامي سعادة إن), not an honorific,
/// which a name follows.
pub fn family_after_given(tokens: &[Token], i: usize) -> bool {
    use crate::entities::gazetteer::{word_flags, FAMILY, FAMILY_BIG};
    let t = &tokens[i];
    i > 0
        && is_word(t)
        && !definite(&t.norm)
        && title_form(&t.norm).is_some()
        && word_flags(&search_form(&t.norm)) & (FAMILY | FAMILY_BIG) != 0
        && given_name(&tokens[i - 1])
        && tokens[i - 1].end < t.start
        && tokens.get(i + 1).is_none_or(|n| !is_word(n) || !(name_like(n) || definite(&n.norm) || title_form(&n.norm).is_some()))
}

/// A word that describes a person without being a listed title: a definite noun
/// (الناجية، الممرضة) or a noun with a possessive suffix (زميلها، شقيقته), and no
/// known given or family name.
pub fn describes(t: &Token) -> bool {
    use crate::entities::gazetteer::{word_flags, FAMILY, FAMILY_BIG, GIVEN, GIVEN_BIG};
    let n = search_form(&t.norm);
    // A definite word is checked against the given names written with the article
    // only (the lists look words up without it: الناجي is ناجي, a given name, and a
    // family name too, but before a given name it is a role); a possessed noun
    // against all name lists.
    let names = if definite(&t.norm) { 0 } else { GIVEN | GIVEN_BIG | FAMILY | FAMILY_BIG };
    // (A counterpart with its possessive, نظيره, is one though نظيرة is a given name.)
    if is_word(t) && matches!(n.as_ref(), "نظيره" | "نظيرها" | "نظيرته" | "نظيرتها" | "نظيرهم") {
        return true;
    }
    if !is_word(t) || word_flags(&n) & names != 0 || is_time(t) {
        return false;
    }
    let l = lexicon();
    if [&l.particles, &l.verbs, &l.stops, &l.prepositions].iter().any(|list| form_in(&t.norm, list).is_some()) || crate::function_words::is_function_word(&n) {
        return false;
    }
    // (Kin of two letters with a possessive too: ابن عمه، ابنة خالها.)
    let kin = matches!(n.as_ref(), "عمه" | "عمها" | "عمهم" | "خاله" | "خالها" | "خالهم" | "اخيه" | "اخيها" | "ابيه" | "ابيها");
    let possessed = kin || ["ها", "هم", "هما", "ته", "ه"].iter().any(|s| n.strip_suffix(s).is_some_and(|r| r.chars().count() >= 3));
    (definite(&t.norm) && !crate::entities::gazetteer::DEFINITE_GIVEN.contains(&n.as_ref()) && !HAMZA_GIVEN.contains(&n.as_ref())) || possessed
}

/// Where the name starts in a part with no title word made of describing words and
/// then a person's name that begins with a known given name (الناجي إبراهيم سيسي).
fn described_name(tokens: &[Token], p: &[usize]) -> Option<usize> {
    use crate::entities::gazetteer::{FAMILY, GIVEN};
    // A role in the construct state, a noun the curated lists know as no name and its definite
    // complement (سائق الأجرة، صاحب المحل), describes as well.
    let construct = p.len() > 2
        && is_word(&tokens[p[0]])
        && !definite(&tokens[p[0]].norm)
        && flags(&tokens[p[0]]) & (GIVEN | FAMILY) == 0
        && name_like(&tokens[p[0]])
        && describes(&tokens[p[1]]);
    let from = usize::from(construct);
    let s = from + p[from..].iter().position(|&i| !describes(&tokens[i]))?;
    // (After the role and a given name, a last word with the article that general Arabic
    // does not know is a family name too, whatever its ending: المعلم عمر الشوابكة.)
    let unknown_family = p.len() == s + 2 && {
        let t = &tokens[p[s + 1]];
        let sf = search_form(&t.norm);
        is_word(t) && definite(&t.norm) && title_form(&t.norm).is_none() && crate::entities::general_freq::buckets(&sf)[0] == 0 && crate::entities::general_freq::buckets(sf.strip_prefix("ال").unwrap_or(&sf))[0] == 0
    };
    (s > 0 && s <= 2 && given_name(&tokens[p[s]]) && (name_run(tokens, &p[s..]) == p.len() - s || unknown_family)).then_some(s)
}

/// A part that is a definite adjective of a place (الألماني, الإيطالية) and then a
/// name-like run to its end: a person described by nationality, as outlets introduce
/// foreign people whose given names no list knows (الألماني كلاوس فيبر).
fn nationality_then_name(tokens: &[Token], p: &[usize]) -> bool {
    p.len() >= 3 && definite(&tokens[p[0]].norm) && nisba(&tokens[p[0]]) && name_run(tokens, &p[1..]) == p.len() - 1
}

/// A name part without a title: cut at the first emoji or number.
fn plain_name(tokens: &[Token], p: &[usize]) -> Vec<usize> {
    let cut = p.iter().position(|&i| !is_word(&tokens[i]) && tokens[i].kind != TokenKind::Punct).unwrap_or(p.len());
    trim(tokens, &p[..cut])
}

/// Words that read as a title but are a given name and family names (أمينة السباعي,
/// not أمينة السر): the first a given name of the lists and a title word, the rest known
/// family names or nisbas with the article (السباعي), no title among them.
fn given_as_title(tokens: &[Token], p: &[usize]) -> bool {
    use crate::entities::gazetteer::{FAMILY, FAMILY_BIG};
    let family = |i: usize| {
        let t = &tokens[i];
        is_word(t) && title_form(&t.norm).is_none() && (flags(t) & (FAMILY | FAMILY_BIG) != 0 || (definite(&t.norm) && search_form(&t.norm).ends_with('ي')))
    };
    (2..=4).contains(&p.len()) && title_form(&tokens[p[0]].norm).is_some() && !definite(&tokens[p[0]].norm) && given_name(&tokens[p[0]]) && p[1..].iter().all(|&i| family(i))
}

/// An honorific (السيد، السيدة، الدكتور، الدكتورة) and one word with the article ending
/// in ي and no title (السيدة الوردي, الدكتور الجابري, السيد الطرابلسي): a family name, as
/// outlets name a person the second time, a place's adjective as it may be (news
/// describes a person's nationality with a trade, الطبيب المصري, not an honorific).
fn honorific_then_family(tokens: &[Token], p: &[usize]) -> bool {
    let [h, f] = p else { return false };
    let w = &tokens[*f];
    let sf = search_form(&w.norm);
    let honorific = search_form(&tokens[*h].norm);
    matches!(honorific.as_ref(), "السيد" | "السيده" | "الدكتور" | "الدكتوره")
        && is_word(w)
        && sf.starts_with("ال")
        && sf.ends_with('ي')
        && sf.chars().count() >= 5
        && title_form(&w.norm).is_none()
        && !is_time(w)
        && [&lexicon().verbs, &lexicon().stops, &lexicon().prepositions].iter().all(|list| form_in(&w.norm, list).is_none())
}

/// Builds a speaker from phrase tokens.
pub fn speaker_of(tokens: &[Token], phrase: &[usize], text: &str) -> Option<Phrase> {
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
    let parts: Vec<Vec<usize>> = parts
        .into_iter()
        .map(|p| trim(tokens, &p))
        .filter(|p| {
            // (أم علي is a kunya, though both words are function words too.)
            let kunya = p.len() >= 2 && matches!(search_form(&tokens[p[0]].norm).as_ref(), "ام" | "ابو");
            !p.is_empty()
                && (kunya || !p.iter().all(|&i| {
                    !is_word(&tokens[i])
                        || is_time(&tokens[i])
                        || crate::function_words::is_function_word(&search_form(&tokens[i].norm))
                }))
        })
        .collect();
    // A last part that is one word with the preposition ل (…، رئيسة فريق البحث، لهسبريس
    // إن): the outlet spoken to, no part of the speaker.
    let mut parts = parts;
    if parts.len() > 1 && parts.last().is_some_and(|p| p.len() == 1 && is_word(&tokens[p[0]]) && search_form(&tokens[p[0]].norm).starts_with('ل') && title_form(&tokens[p[0]].norm).is_none()) {
        parts.pop();
    }
    // (So is a part set off by commas that begins with a preposition, the occasion:
    // وقال العبيدي، في عرض قدمه أمام النواب، إن: no title.)
    if let Some(c) = (1..parts.len()).find(|&j| parts[j].first().is_some_and(|&f| matches!(search_form(&tokens[f].norm).as_ref(), "في" | "خلال" | "عقب" | "اثناء" | "لدي" | "امام"))) {
        parts.truncate(c);
    }
    // (Where or in what the speaker spoke, في after a title and a name, is no part of
    // the name or the title: المتحدث باسم المنظمة ماركو برتولي في جنيف, البابا فرنسيس
    // في عظة الأحد.)
    // (Not when a person's name of two words or more ends the part after more words:
    // رئيسة مكتب أوتشا في الأراضي الفلسطينية المحتلة إنغريد سورنسن, where أوتشا is the
    // office's body and the title goes on to the person.)
    for p in parts.iter_mut() {
        let at = (2..p.len()).find(|&j| {
            let s = trailing_name(tokens, p, j + 1);
            search_form(&tokens[p[j]].norm) == "في"
                && name_like(&tokens[p[j - 1]])
                && !place_name(&tokens[p[j - 1]], false)
                && p[..j - 1].iter().any(|&i| title_form(&tokens[i].norm).is_some())
                && !(s > j + 1 && p.len() - s >= 2)
        });
        if let Some(j) = at {
            p.truncate(j);
        }
    }
    // (So is the last word of a longer last part, ل and a name no list knows with its ل
    // and that heads no body: مصادر من داخل الحزب لهسبريس.)
    // (Not a name's last word after its first, دميترو لوبينيتس: after a word with the
    // article only.)
    if let Some(p) = parts.last_mut().filter(|p| p.len() >= 3 && definite(&tokens[p[p.len() - 2]].norm)) {
        let last = &tokens[p[p.len() - 1]];
        let sf = search_form(&last.norm);
        let head = |w: &str| crate::entities::gazetteer::word_flags(w) & crate::entities::gazetteer::ORG_HEAD != 0 || lexicon().bodies.contains(w) || lexicon().naming.contains(w);
        if of_a_body(last) && !definite(&last.norm) && title_form(&last.norm).is_none() && !head(&sf) && !sf.strip_prefix('ل').is_some_and(head) {
            p.pop();
        }
    }
    if parts.is_empty() {
        return None;
    }
    // أحدهم، ويدعى أبو سليم: the part that gives the name is the name.
    let called = |i: usize| matches!(search_form(&tokens[i].norm).as_ref(), "يدعى" | "ويدعى" | "يدعي" | "ويدعي" | "اسمه" | "واسمه" | "اسمها" | "واسمها" | "تدعى" | "وتدعى" | "تدعي" | "وتدعي");
    // (So after the noun it describes in the same part: عامل يدعى أحمد.)
    if let Some(n) = parts.iter().find_map(|p| p.iter().position(|&i| called(i)).filter(|&j| j + 1 < p.len()).map(|j| &p[j + 1..])) {
        let (start, end) = (tokens[n[0]].start, tokens[n[n.len() - 1]].end);
        let name = text[start..end].to_string();
        return Some(Phrase {
            speaker: Speaker { start, end, text: name.clone(), key: crate::name_key(&name), name: Some(name), title: None, inherited: false, by_title: false },
            title_tokens: Vec::new(),
        });
    }
    // (A title word with the article after a given name and before no definite word is
    // a family name: أحمد السيد، الرئيس التنفيذي; not محمد الأمين العام.)
    let family_title = |i: usize| {
        let t = &tokens[i];
        i > 0
            && given_name(&tokens[i - 1])
            && definite(&t.norm)
            && tokens.get(i + 1).is_none_or(|n| !(is_word(n) && definite(&n.norm)))
            && search_form(&t.norm).strip_prefix("ال").is_some_and(|r| crate::entities::gazetteer::word_flags(r) & (crate::entities::gazetteer::GIVEN | crate::entities::gazetteer::GIVEN_BIG) != 0)
    };
    let is_title = |i: usize| title_form(&tokens[i].norm).is_some() && !after_name_link(tokens, i) && !family_title(i) && !second_given(tokens, i) && !family_after_given(tokens, i);
    let has_title = parts.iter().any(|p| p.iter().any(|&i| is_title(i)));
    let mut name: Option<Vec<usize>> = None;
    let mut titles: Vec<Vec<usize>> = Vec::new();
    // A description that is no listed title, set off before a person's name (الوسيط
    // الإفريقي، الكيني بيتر أوتيينو): the person, described.
    if !has_title && parts.len() >= 2 && parts[0].iter().all(|&i| describes(&tokens[i])) {
        let p = &parts[1];
        let s = if nationality_then_name(tokens, p) {
            Some(1)
        } else {
            (given_name(&tokens[p[0]]) && name_run(tokens, p) == p.len()).then_some(0)
        };
        if let Some(s) = s {
            name = Some(p[s..].to_vec());
            titles.push(parts[0].clone());
        }
    }
    for p in parts.iter().skip(if name.is_some() { 2 } else { 0 }) {
        if !has_title {
            // الناجية مريم كوليبالي، زميلها عمر العبادي: a role that is no listed title
            // (a definite noun, a noun with a possessive) before a person's name
            // describes the person.
            if name.is_none() {
                if let Some(s) = described_name(tokens, p) {
                    name = Some(p[s..].to_vec());
                    titles.push(p[..s].to_vec());
                    continue;
                }
            }
            let n = plain_name(tokens, p);
            if name.is_none() && !n.is_empty() {
                name = Some(n);
            } else {
                titles.push(p.clone());
            }
            continue;
        }
        // أمينة السباعي، مديرة المرصد: a given name that is also a title (أمينة, أمين)
        // before family names, with a title in another part, is the person's name.
        if name.is_none() && parts.len() > 1 && given_as_title(tokens, p) && parts.iter().any(|q| q != p && q.iter().any(|&i| is_title(i))) {
            name = Some(p.clone());
            continue;
        }
        // سعادة الشيخ فلان بن فلان الفلاني والي جعلان بني بو علي: honorifics, a name
        // from a given name to a second title, and the office after it, whose
        // complement (a place, a body) is no name.
        // (سعادة, الشيخ: titles here, whatever name lists know them.)
        let h = p.iter().take_while(|&&i| title_form(&tokens[i].norm).is_some()).count();
        // (A given name the lists lack counts before بن or بنت: هلال بن سيف.)
        let linked_name = |i: usize| p.get(i + 1).is_some_and(|&n| matches!(search_form(&tokens[n].norm).as_ref(), "بن" | "بنت")) && name_like(&tokens[p[i]]);
        let r = if h > 0 && h < p.len() && (given_name(&tokens[p[h]]) || linked_name(h)) { name_run(tokens, &p[h..]) } else { 0 };
        if name.is_none() && r >= 2 && h + r < p.len() && is_title(p[h + r]) {
            name = Some(p[h..h + r].to_vec());
            titles.push(p[..h].to_vec());
            titles.push(p[h + r..].to_vec());
            continue;
        }
        match p.iter().position(|&i| is_title(i)) {
            // (Not a possessed noun that no name list knows, a relation: زميلها الباحث
            // كريم دياب, whose name follows the title.)
            Some(t0) if t0 > 0 && p[..t0].iter().all(|&i| name_like(&tokens[i])) && !(t0 == 1 && !definite(&tokens[p[0]].norm) && describes(&tokens[p[0]])) => {
                // جون كيربي المتحدث باسم …
                if name.is_none() {
                    name = Some(p[..t0].to_vec());
                }
                titles.push(p[t0..].to_vec());
            }
            Some(t0) => {
                // المتحدث باسم المجلس أدريان واتسون; after an anonymous head (مصدر طبي،
                // مسؤول كبير) only a name that begins with a given name.
                // (In the construct state before a definite noun it is an office, مسؤول
                // السياسة الخارجية في الاتحاد جوزيب بوريل, whose holder is named.)
                let construct = p.get(t0 + 1).is_some_and(|&k| is_word(&tokens[k]) && definite(&tokens[k].norm) && !nisba(&tokens[k]));
                let anonymous = form_in(&tokens[p[t0]].norm, &lexicon().anonymous).is_some() && !construct;
                // (Not right after a preposition: مصدر من داخل كتابة الدولة, where داخل,
                // a given name too, is "inside".)
                let after_preposition = |f: usize| matches!(search_form(&tokens[p[f - 1]].norm).as_ref(), "من" | "في" | "عن" | "الي" | "مع");
                let s = if anonymous {
                    // (Two words at least: one is an adjective, مصادر أمنية, not أمنية; nor a
                    // country's adjective a name list holds too: مصدر دبلوماسي سوداني مطلع.)
                    (t0 + 1..p.len()).find(|&f| given_name(&tokens[p[f]]) && !land_nisba(&tokens[p[f]]) && name_run(tokens, &p[f..]) == p.len() - f && p.len() - f >= 2 && !after_preposition(f)).unwrap_or(p.len())
                } else if honorific_then_family(tokens, &p[t0..]) {
                    // وأوضحت السيدة الوردي: a family name with the article after an
                    // honorific, which takes no complement.
                    t0 + 1
                } else {
                    trailing_name(tokens, p, t0 + 1)
                };
                // Else a given name and its run, with what follows it left out (the
                // object of the verb: نفى مدرب النادي يوسف بلحاج الاتهامات).
                let (s, e) = if s < p.len() {
                    (s, p.len())
                } else {
                    (t0 + 1..p.len())
                        .find(|&f| given_name(&tokens[p[f]]) && !(anonymous && land_nisba(&tokens[p[f]])) && name_run(tokens, &p[f..]) >= 2 && !after_preposition(f))
                        .map_or((p.len(), p.len()), |f| (f, f + name_run(tokens, &p[f..])))
                };
                // A place alone after the title is what the title is of (محافظ واسط،
                // علي الجابري، …): part of the title, and the name may follow.
                let (s, e) = if e == s + 1 && place_word(&tokens[p[s]], true) { (p.len(), p.len()) } else { (s, e) };
                // So is a region after ل (مديرة المكتب لشمال إفريقيا, لجنوب آسيا): a
                // direction or a place after the preposition, not a name in ل (ليلى).
                let of_region = s < e && {
                    let f = search_form(&tokens[p[s]].norm);
                    f.strip_prefix('ل').is_some_and(|r| matches!(r, "شمال" | "جنوب" | "شرق" | "غرب" | "وسط")) || f.starts_with('ل') && !given_name(&tokens[p[s]]) && (s..e).any(|k| place_word(&tokens[p[k]], true))
                    // (Or what the office is for, ل and a noun right after the title's
                    // adjective: المديرة العامة لصون الطبيعة.)
                    || lam_noun(&tokens[p[s]]) && p.get(s + 1).is_some_and(|&n| definite(&tokens[n].norm)) && s > t0 + 1 && definite(&tokens[p[s - 1]].norm) && title_form(&tokens[p[s - 1]].norm).is_none()
                };
                let (s, e) = if of_region { (p.len(), p.len()) } else { (s, e) };
                // A body's head first (المحللة في بنك جي بي مورجان، سارة القحطاني; المتحدث
                // باسم حركة إم23 جوزيف موكندي): the body the person speaks for, part of
                // the title; the name is a given name's run after it, else in another part.
                // (Heads the quotes' lexicon knows as bodies count: المتحدث باسم تنسيقية
                // حركات أزواد، فلان.)
                let body_head = |i: usize| flags(&tokens[i]) & crate::entities::gazetteer::ORG_HEAD != 0 || form_in(&tokens[i].norm, &lexicon().bodies).is_some();
                // (Likewise what a spokesman speaks for, right after باسم: المتحدثة باسم
                // ولاية صفاقس، فلانة; المتحدث باسم حماس حازم قاسم.)
                // (And the name of a body whose head ends the title: القيادي في حركة فتح
                // جبريل الرجوب.)
                // (Only a head without the article, and a run to the end: not الباحثة
                // في اللجنة سارة القضاة, whose name follows the body.)
                let named_body = s > t0 + 1 && s < e && e == p.len() && body_head(p[s - 1]) && !definite(&tokens[p[s - 1]].norm);
                let for_whom = s > 0 && s < e && (search_form(&tokens[p[s - 1]].norm) == "باسم" || named_body);
                let (s, e) = if s < e && (body_head(p[s]) || for_whom) {
                    (s + 1..e).find(|&f| given_name(&tokens[p[f]]) && name_run(tokens, &p[f..]) == e - f).map_or((p.len(), p.len()), |f| (f, e))
                } else {
                    (s, e)
                };
                if s < e && name.is_none() {
                    name = Some(p[s..e].to_vec());
                }
                let t = trim(tokens, &p[..s]);
                if !t.is_empty() {
                    titles.push(t);
                }
            }
            None if name.is_none() && name_run(tokens, p) == p.len() => name = Some(p.clone()),
            // سيلين فاليرو، مديرة مكتب المنظمة: the first part, two or three words that
            // may be a name (a foreign surname may also be a town's), before a part with
            // a title, is the person's name; not places joined (روسيا وتركيا).
            None if name.is_none() && titles.is_empty() && *p == parts[0] && (2..=3).contains(&p.len()) && p.iter().all(|&i| name_like(&tokens[i])) && !place_word(&tokens[p[0]], true) && parts[1..].iter().any(|q| q.iter().any(|&i| is_title(i))) => name = Some(p.clone()),
            // رئيس لجنة التحكيم، الناقد العماني فلان الفلاني، إن: a role that is no
            // listed title before the name, in apposition to the title.
            None if name.is_none() && !titles.is_empty() && described_name(tokens, p).is_some() => {
                let s = described_name(tokens, p).unwrap_or(0);
                name = Some(p[s..].to_vec());
            }
            // A nationality before a name (الألماني كلاوس فيبر): the person, described.
            None if name.is_none() && nationality_then_name(tokens, p) => {
                name = Some(p[1..].to_vec());
                titles.push(p[..1].to_vec());
            }
            // A later part with neither a title nor a name is a clause about the
            // speaker (مسؤول في الدفاع المدني، رفض الكشف عن اسمه): no part of the title.
            None if !titles.is_empty() || name.is_some() => {}
            None => titles.push(p.clone()),
        }
    }
    // The body whose statement it is, after ل (بيان لمديرية الإعلام): the name begins
    // after the ل. (With the article, بيان للجمعية التونسية, the second ل is the
    // article's, whose alef ل elides: the span begins there and the name has the alef
    // back, الجمعية التونسية.)
    let issuer_lam = phrase.first().copied().filter(|&f| {
        let w = search_form(&tokens[f].norm);
        let after_statement = f > 0 && is_word(&tokens[f - 1]) && statement(&tokens[f - 1].norm);
        let bare = w.strip_prefix("لل").map(|r| format!("ال{r}"));
        let body = |r: &str| lexicon().naming.contains(r) || body_head(r) || r.strip_prefix("ال").is_some_and(|h| lexicon().naming.contains(h) || body_head(h));
        after_statement && bare.as_deref().or_else(|| w.strip_prefix('ل')).is_some_and(body)
    });
    let alef = issuer_lam.is_some_and(|f| search_form(&tokens[f].norm).starts_with("لل"));
    let span = |ws: &[usize]| {
        let from = if Some(ws[0]) == issuer_lam { 'ل'.len_utf8() } else { 0 };
        (tokens[ws[0]].start + from, tokens[ws[ws.len() - 1]].end)
    };
    // The words of a span, with the article's alef back where the span begins at it.
    let words = |ws: &[usize]| {
        let (s, e) = span(ws);
        if alef && Some(ws[0]) == issuer_lam { format!("ا{}", &text[s..e]) } else { text[s..e].to_string() }
    };
    let title = (!titles.is_empty()).then(|| titles.iter().map(|t| words(t)).collect::<Vec<_>>().join("، "));
    let title_tokens = titles.first().cloned().unwrap_or_default();
    let (start, end) = match (&name, titles.first()) {
        (Some(n), _) => span(n),
        (None, Some(t)) => span(t),
        (None, None) => return None,
    };
    let name = name.map(|n| words(&n));
    let key = crate::name_key(name.as_deref().or(title.as_deref()).unwrap_or(""));
    Some(Phrase {
        speaker: Speaker {
            start,
            end,
            text: text[start..end].to_string(),
            name,
            title,
            key,
            inherited: false,
            by_title: false,
        },
        title_tokens,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Options;
    use crate::tokenize::tokenize;

    #[test]
    fn nisba_and_given_names() {
        let t = tokenize("أمريكي روسي كمال سلمى مجلس", &Options::SEARCH);
        assert!(nisba(&t[0]), "{:?}", t[0]);
        assert!(nisba(&t[1]));
        assert!(!name_like(&t[0]) && !name_like(&t[1]));
        assert!(given_name(&t[2]) && given_name(&t[3]) && !given_name(&t[4]));
    }
}
