//! How much a shared word says about reuse.
//!
//! Every report of one event names the same people, places and numbers and uses the
//! event's vocabulary; two reports sharing those words were not copied from each
//! other. A match therefore weighs what the word is worth as evidence of shared
//! wording, the product of three factors in (0, 1]:
//!
//! * **general Arabic** ([`general_weight`]): function words weigh a quarter (they
//!   count only inside a run of matches), numbers (in digits or words) 0.3, and the most common words of
//!   general Arabic ([`crate::entities::general_freq`], Zipf 4.5 and over) 0.6, the
//!   next (3.5 to 4.5) 0.8; names are left to the two factors below (general Arabic
//!   cannot tell a name from a verb: neither takes the article);
//! * **the pair** ([`Specificity::topic`], content words only): a word found in many sentences of the two
//!   texts is what they are about, not how they say it: 1 / (1 + 3 f), f the share of
//!   the sentences of both texts that contain it beyond the first of each (a word
//!   said once in each text keeps its weight);
//! * **the articles compared** ([`SetFrequency`]): of the articles other than the two
//!   of a pair, the share `r` that contain the word; a match weighs 1 − 0.75 r, so a
//!   word every report carries weighs a quarter. This applies to numbers and to words
//!   in three sentences of the pair or more (what every report counts or repeats), not
//!   to the words of a quotation that all the reports carry. With two articles there
//!   is no other article and the factor is 1.

use super::words::{FastMap, Word};
use crate::tokenize::TokenKind;

/// The weight of a word from general Arabic alone: see the module documentation.
pub(crate) fn general_weight(kind: TokenKind, key: &str, content: bool) -> f32 {
    if !content {
        return 0.25;
    }
    if kind == TokenKind::Word && number_words().contains(key) {
        return NUMBER;
    }
    match kind {
        TokenKind::Number => NUMBER,
        TokenKind::Latin => 0.6,
        _ => match crate::entities::general_freq::buckets(key)[0] {
            5 => 0.6,
            4 => 0.8,
            _ => 1.0,
        },
    }
}

/// Numbers written as words: every report of an event gives the same counts.
const NUMBER_WORDS: &str = "واحد واحدة اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع \
سبعة ثمان ثماني ثمانية تسع تسعة عشر عشرة عشرون عشرين ثلاثون ثلاثين أربعون أربعين خمسون خمسين ستون ستين \
سبعون سبعين ثمانون ثمانين تسعون تسعين مئة مائة مئتان مئتين ثلاثمئة أربعمئة خمسمئة ستمئة سبعمئة ثمانمئة \
تسعمئة ألف آلاف ألفان ألفين مليون ملايين مليار مليارات نصف ربع ثلث";

fn number_words() -> &'static std::collections::HashSet<String> {
    static SET: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    SET.get_or_init(|| {
        NUMBER_WORDS
            .split_whitespace()
            .flat_map(|w| {
                let key = crate::tokenize::match_key(&crate::normalize::search_text(w));
                [super::words::fold_variants(&key).into_owned(), key]
            })
            .collect()
    })
}

/// In how many of the compared articles each key occurs: built once per set.
#[derive(Default, Debug)]
pub(crate) struct SetFrequency {
    /// Number of articles.
    pub articles: usize,
    /// Articles containing each key.
    pub df: FastMap<u32, u32>,
}

impl SetFrequency {
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a [Word]>) -> SetFrequency {
        let mut set = SetFrequency::default();
        for w in texts {
            set.articles += 1;
            let mut keys: Vec<u32> = w.iter().map(|x| x.id).collect();
            keys.sort_unstable();
            keys.dedup();
            for k in keys {
                *set.df.entry(k).or_insert(0) += 1;
            }
        }
        set
    }

    /// The factor of a key both texts of a pair contain.
    pub fn factor(&self, key: u32) -> f32 {
        if self.articles <= 2 {
            return 1.0;
        }
        let others = self.df.get(&key).copied().unwrap_or(2).saturating_sub(2) as f32;
        1.0 - 0.75 * others / (self.articles - 2) as f32
    }
}

/// Fewest articles compared for a word in all of them to tell the event's vocabulary.
const MIN_SET: usize = 4;

/// The general weight of a number.
const NUMBER: f32 = 0.3;

/// In how many sentences of one text each key occurs: built once per text.
#[derive(Default, Debug)]
pub(crate) struct SentenceCounts {
    sentences: u32,
    per_key: FastMap<u32, u32>,
}

impl SentenceCounts {
    pub fn new(text: &[Word]) -> SentenceCounts {
        let mut counts = SentenceCounts::default();
        let mut seen: Vec<u32> = Vec::new();
        for (k, w) in text.iter().enumerate() {
            if !seen.contains(&w.id) {
                seen.push(w.id);
            }
            if w.sentence_end || k + 1 == text.len() {
                counts.sentences += 1;
                for id in seen.drain(..) {
                    *counts.per_key.entry(id).or_insert(0) += 1;
                }
            }
        }
        counts
    }

    fn get(&self, key: u32) -> u32 {
        self.per_key.get(&key).copied().unwrap_or(0)
    }
}

/// The weights of the matches of one pair of texts.
pub(crate) struct Specificity<'s> {
    a: &'s SentenceCounts,
    b: &'s SentenceCounts,
    set: Option<&'s SetFrequency>,
}

impl<'s> Specificity<'s> {
    pub fn new(a: &'s SentenceCounts, b: &'s SentenceCounts, set: Option<&'s SetFrequency>) -> Specificity<'s> {
        Specificity { a, b, set }
    }

    /// The pair factor of a word in a share `f` of the sentences of both texts.
    pub fn topic(f: f32) -> f32 {
        1.0 / (1.0 + 3.0 * f)
    }

    /// Whether most articles compared carry the key of content word `w` (two thirds or
    /// more of the articles other than the pair's two), when there are at least
    /// `MIN_SET` of them: the event's names, places and words, how every report tells
    /// it rather than how one copied another.
    ///
    /// Unless `once_too`, only a word repeated in the pair (in three of its sentences or
    /// more) or a number counts: a sentence every report copied is said once in each.
    pub fn everywhere(&self, w: &Word, once_too: bool) -> bool {
        let repeated = once_too || self.a.get(w.id) + self.b.get(w.id) >= 3 || w.weight <= NUMBER;
        repeated && self.set.is_some_and(|s| {
            let others = s.df.get(&w.id).copied().unwrap_or(2).saturating_sub(2) as usize;
            s.articles >= MIN_SET && w.content && 3 * others >= 2 * (s.articles - 2)
        })
    }

    /// The weight of a match of word `w` (its general weight times the key's factors).
    pub fn weight(&self, w: &Word) -> f32 {
        if !w.content {
            return w.weight;
        }
        let s = self.a.get(w.id) + self.b.get(w.id);
        let total = (self.a.sentences + self.b.sentences).max(1) as f32;
        let topic = Self::topic(s.saturating_sub(2) as f32 / total);
        let counted = s >= 3 || w.weight <= NUMBER;
        w.weight * topic * if counted { self.set.map_or(1.0, |x| x.factor(w.id)) } else { 1.0 }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compare::words::{words, Interner};

    #[test]
    fn numbers_and_function_words_weigh_little() {
        let mut i = Interner::default();
        let w = words("في تسعة 14 الضحايا", &mut i);
        assert_eq!(w[0].weight, 0.25);
        assert_eq!(w[1].weight, NUMBER);
        assert_eq!(w[2].weight, NUMBER);
        assert!(w[3].weight > NUMBER);
    }

    #[test]
    fn what_every_report_repeats_weighs_less_than_what_two_share() {
        let mut i = Interner::default();
        // "الميناء" is in three sentences of the pair and in every other report;
        // "الأرصفة" only in the pair, once in each.
        let a = words("أغلق الميناء. عمال الميناء غاضبون. نعود إلى الأرصفة", &mut i);
        let b = words("الميناء مغلق. لن نعود إلى الأرصفة", &mut i);
        let c = words("إضراب في الميناء", &mut i);
        let d = words("الميناء متوقف", &mut i);
        let set = SetFrequency::new([&a[..], &b[..], &c[..], &d[..]]);
        let (sa, sb) = (SentenceCounts::new(&a), SentenceCounts::new(&b));
        let with = Specificity::new(&sa, &sb, Some(&set));
        let alone = Specificity::new(&sa, &sb, None);
        let (port, quays) = (&a[1], &a[7]);
        assert!(with.weight(port) < alone.weight(port));
        assert_eq!(with.weight(quays), alone.weight(quays));
        assert!(with.weight(port) < 0.5 * with.weight(quays));
        // Two articles: no other report, no discount.
        assert_eq!(SetFrequency::new([&a[..], &b[..]]).factor(port.id), 1.0);
    }
}
