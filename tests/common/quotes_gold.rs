//! Quotes and speakers scored against gold: the seeds (`tests/gold/quotes/seeds.tsv`)
//! and reports written for isnad (`tests/gold/quotes/reports/`). Shared by
//! `examples/eval_quotes.rs` (what `make eval` prints) and `tests/quotes_gold.rs`.
//!
//! Gold lists every pair of quotation marks of an article, numbered in text order by
//! [`mark_pairs`] (a plain scanner independent of the library's), as a quotation or a
//! name in quote marks, with the speaker's name and the entity the speaker is.
//! * Quote precision and recall: a found quotation counts for the pairs it spans (its
//!   repeats too); one on a name, or on no pair, is a false positive.
//! * Speaker named right: over found gold quotations, the speaker's name (else title;
//!   none when there is none) has the name key words of one of the gold names.
//! * Linked to the right entity: the speaker's entity has among its names one with
//!   the gold entity's key words; when no entity of the article has that name (the
//!   recognizer did not find it), no entity is right; gold `-` wants none.
#![allow(dead_code)]

use isnad::analyze::{analyze, Analysis};
use isnad::entities::link::key_words;
use isnad::offsets::Unit;

pub struct Gold {
    pub file: String,
    pub n: usize,
    pub quote: bool,
    pub speakers: Vec<String>,
    pub entity: Option<String>,
}

pub fn read_gold(tsv: &str) -> Vec<Gold> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert_eq!(f.len(), 5, "gold line with five columns: {l}");
            Gold {
                file: f[0].to_string(),
                n: f[1].parse().expect("pair number"),
                quote: f[2] == "quote",
                speakers: f[3].split('|').map(str::to_string).collect(),
                entity: (f[4] != "-").then(|| f[4].to_string()),
            }
        })
        .collect()
}

/// Quotation-mark pairs of `text` (byte spans with the marks), in text order.
pub fn mark_pairs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut base = 0;
    for line in text.split_inclusive('\n') {
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let mut k = 0;
        while k < chars.len() {
            let (at, c) = chars[k];
            let closes: &[char] = match c {
                '«' => &['»'],
                '“' => &['”', '“'],
                '”' => &['“', '”'],
                '„' => &['“', '”'],
                '"' => &['"', '”', '“'],
                '\'' => &['\''],
                '‘' => &['’'],
                _ => &[],
            };
            let prev = k.checked_sub(1).map(|p| chars[p].1);
            let prev2 = k.checked_sub(2).map(|p| chars[p].1);
            let opens = prev.is_none_or(|p| !p.is_alphanumeric() || p == 'ـ')
                || (prev.is_some_and(|p| "وفبلك".contains(p)) && prev2.is_none_or(|p| !p.is_alphanumeric()));
            if closes.is_empty() || !opens || chars.get(k + 1).is_none_or(|x| x.1.is_whitespace()) {
                k += 1;
                continue;
            }
            let close = (k + 1..chars.len()).find(|&m| {
                closes.contains(&chars[m].1) && !(chars[m].1 == '\'' && chars.get(m + 1).is_some_and(|x| x.1.is_alphanumeric()))
            });
            match close {
                Some(m) => {
                    out.push((base + at, base + chars[m].0 + chars[m].1.len_utf8()));
                    k = m + 1;
                }
                None => k += 1,
            }
        }
        base += line.len();
    }
    out
}

#[derive(Default, Debug, Clone, Copy)]
pub struct Scores {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
    pub names_right: usize,
    pub names: usize,
    pub entities_right: usize,
    pub entities: usize,
}

impl Scores {
    pub fn precision(&self) -> f64 {
        100.0 * self.tp as f64 / (self.tp + self.fp).max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        100.0 * self.tp as f64 / (self.tp + self.fn_).max(1) as f64
    }
    pub fn name_accuracy(&self) -> f64 {
        100.0 * self.names_right as f64 / self.names.max(1) as f64
    }
    pub fn entity_accuracy(&self) -> f64 {
        100.0 * self.entities_right as f64 / self.entities.max(1) as f64
    }
}

fn same_name(a: &str, b: &str) -> bool {
    let (x, y) = (key_words(a), key_words(b));
    !x.is_empty() && x == y
}

/// The scores of every event of our reports, added up.
pub fn score_events(events: &[Vec<(String, String)>], gold: &[Gold], misses: &mut Vec<String>) -> Scores {
    let mut total = Scores::default();
    for articles in events {
        let s = score(articles, gold, misses);
        total.tp += s.tp;
        total.fp += s.fp;
        total.fn_ += s.fn_;
        total.names_right += s.names_right;
        total.names += s.names;
        total.entities_right += s.entities_right;
        total.entities += s.entities;
    }
    total
}

/// Scores the analysis of `articles` (`(file, text)`, analyzed together) against `gold`;
/// `misses` collects a line for every error.
pub fn score(articles: &[(String, String)], gold: &[Gold], misses: &mut Vec<String>) -> Scores {
    let pairs: Vec<(&str, &str)> = articles.iter().map(|(f, t)| (f.as_str(), t.as_str())).collect();
    let analysis: Analysis = analyze(&pairs, Unit::Byte).expect("valid articles");
    let mut s = Scores::default();
    for (a, (file, text)) in articles.iter().enumerate() {
        let marks = mark_pairs(text);
        let result = &analysis.articles[a];
        let gold_of = |n: usize| gold.iter().find(|g| file.starts_with(&g.file) && g.n == n);
        let mut found = vec![None; marks.len()];
        for (qi, q) in result.quotes.iter().enumerate() {
            let spans = std::iter::once((q.start, q.end)).chain(q.also.iter().map(|x| (x.start, x.end)));
            for (start, end) in spans {
                match marks.iter().position(|&(ms, me)| ms < end && start < me) {
                    Some(p) if gold_of(p + 1).is_some_and(|g| g.quote) => found[p] = Some(qi),
                    Some(p) => {
                        s.fp += 1;
                        misses.push(format!("{file} #{}: a name taken for a quotation: {}", p + 1, &text[start..end]));
                    }
                    None => {
                        s.fp += 1;
                        misses.push(format!("{file}: a quotation on no pair of marks: {}", &text[start..end]));
                    }
                }
            }
        }
        for (p, f) in found.iter().enumerate() {
            let Some(g) = gold_of(p + 1) else { continue };
            if !g.quote {
                continue;
            }
            let Some(qi) = *f else {
                s.fn_ += 1;
                misses.push(format!("{file} #{}: quotation missed", p + 1));
                continue;
            };
            s.tp += 1;
            let sp = result.quotes[qi].speaker.as_ref();
            let shown = sp.and_then(|x| x.speaker.name.clone().or_else(|| x.speaker.title.clone()));
            s.names += 1;
            let right = match &shown {
                Some(n) => g.speakers.iter().any(|w| same_name(n, w)),
                None => g.speakers == ["-"],
            };
            if right {
                s.names_right += 1;
            } else {
                misses.push(format!("{file} #{}: speaker {:?}, gold {:?}", p + 1, shown, g.speakers));
            }
            s.entities += 1;
            let eid = sp.and_then(|x| x.entity_id.clone());
            let names_of = |id: &str| -> Vec<String> {
                analysis.entities.iter().filter(|c| c.id == id).flat_map(|c| c.variants.iter().cloned().chain([c.canonical.clone()])).collect()
            };
            let right = match (&g.entity, &eid) {
                (None, None) => true,
                (None, Some(_)) => false,
                (Some(want), Some(id)) => names_of(id).iter().any(|n| same_name(n, want)),
                (Some(want), None) => !analysis
                    .entities
                    .iter()
                    .filter(|c| c.mentions.iter().any(|m| &m.article == file))
                    .any(|c| c.variants.iter().chain([&c.canonical]).any(|n| same_name(n, want))),
            };
            if right {
                s.entities_right += 1;
            } else {
                let got = eid.as_deref().map(|id| names_of(id).first().cloned().unwrap_or_default());
                misses.push(format!("{file} #{}: speaker entity {:?}, gold {:?}", p + 1, got, g.entity));
            }
        }
    }
    s
}

/// Reports as (name, text) pairs.
pub type Reports = Vec<(String, String)>;

/// The seed reports and their gold; `None` without `../shared`.
pub fn seeds() -> Option<(Reports, Vec<Gold>)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir).ok()?.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
    files.sort();
    let articles = files.iter().map(|p| (p.file_name().unwrap().to_string_lossy().to_string(), std::fs::read_to_string(p).unwrap())).collect();
    let gold = read_gold(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/gold/quotes/seeds.tsv")).unwrap());
    Some((articles, gold))
}

/// Our own reports, one list per event (the files that share a prefix before `_`).
pub fn reports() -> (Vec<Vec<(String, String)>>, Vec<Gold>) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/gold/quotes/reports");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
    files.sort();
    let mut events: Vec<Vec<(String, String)>> = Vec::new();
    let mut last = String::new();
    for p in files {
        let name = p.file_stem().unwrap().to_string_lossy().to_string();
        let event = name.split('_').next().unwrap_or("").to_string();
        if event != last {
            events.push(Vec::new());
            last = event;
        }
        events.last_mut().unwrap().push((name, std::fs::read_to_string(&p).unwrap()));
    }
    let gold = read_gold(&std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/gold/quotes/reports.tsv")).unwrap());
    (events, gold)
}
