//! The gold of reused text on reports of one event (`tests/gold/passages/<event>/`:
//! the reports as `.txt` and `spans.tsv`, the segments each report carries) and its
//! character-level scoring; shared by `examples/eval_reuse.rs` and `tests/compare_gold.rs`.
#![allow(dead_code)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use isnad::compare::{compare_articles, passages, Passage, Span};

/// Counts per pair kind: (detected, gold, both).
#[derive(Default, Clone, Copy)]
pub struct Tally {
    pub pairs: usize,
    pub detected: usize,
    pub gold: usize,
    pub hit: usize,
}

impl Tally {
    pub fn precision(&self) -> f64 {
        self.hit as f64 / self.detected.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.hit as f64 / self.gold.max(1) as f64
    }
    pub fn add(&mut self, o: Tally) {
        self.pairs += o.pairs;
        self.detected += o.detected;
        self.gold += o.gold;
        self.hit += o.hit;
    }
    pub fn row(&self, name: &str) {
        let pct = |x: usize, n: usize| if n == 0 { "     -".to_string() } else { format!("{:6.1}", 100.0 * x as f64 / n as f64) };
        println!(
            "{name:<28} {:>5} {:>9} {:>9} {} {}",
            self.pairs,
            self.detected,
            self.gold,
            pct(self.hit, self.detected),
            pct(self.hit, self.gold)
        );
    }
}

/// Letters and digits of `text` inside the union of `spans` (byte offsets), as a set of
/// byte positions.
pub fn letters(text: &str, spans: &[Span]) -> BTreeSet<usize> {
    let mut out = BTreeSet::new();
    for s in spans {
        for (k, c) in text[s.start..s.end].char_indices() {
            if c.is_alphanumeric() {
                out.insert(s.start + k);
            }
        }
    }
    out
}

pub fn tally(text: &str, detected: &[Span], gold: &[Span]) -> Tally {
    let (d, g) = (letters(text, detected), letters(text, gold));
    Tally { pairs: 0, detected: d.len(), gold: g.len(), hit: d.intersection(&g).count() }
}

pub struct Event {
    pub name: String,
    /// (article id, text)
    pub articles: Vec<(String, String)>,
    /// Per article: segment → (kind, byte span).
    pub segments: Vec<BTreeMap<String, (String, Span)>>,
}

/// One pair's tally: the letters the passages `found` mark in both texts against each
/// text's gold spans.
pub fn pair_tally((a, ga): (&str, &[Span]), (b, gb): (&str, &[Span]), found: &[Passage]) -> Tally {
    let da: Vec<Span> = found.iter().map(|p| p.a).collect();
    let db: Vec<Span> = found.iter().map(|p| p.b).collect();
    let mut t = tally(a, &da, ga);
    t.add(tally(b, &db, gb));
    t.pairs = 1;
    t
}

pub fn read_event(dir: &Path) -> Event {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let articles: Vec<(String, String)> = files
        .iter()
        .map(|p| (p.file_stem().unwrap().to_string_lossy().to_string(), std::fs::read_to_string(p).unwrap()))
        .collect();
    let mut segments = vec![BTreeMap::new(); articles.len()];
    let tsv = std::fs::read_to_string(dir.join("spans.tsv")).unwrap_or_else(|e| panic!("{}/spans.tsv: {e}", dir.display()));
    for (n, line) in tsv.lines().enumerate().filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&str> = line.split('\t').collect();
        assert_eq!(f.len(), 4, "{}/spans.tsv:{}: four tab-separated fields expected", dir.display(), n + 1);
        let a = articles.iter().position(|(id, _)| id == f[0]).unwrap_or_else(|| panic!("spans.tsv:{}: no article {}", n + 1, f[0]));
        let text = &articles[a].1;
        let start = text.find(f[3]).unwrap_or_else(|| panic!("spans.tsv:{}: not in {}: {}", n + 1, f[0], f[3]));
        assert!(text[start + f[3].len()..].find(f[3]).is_none(), "spans.tsv:{}: found twice in {}", n + 1, f[0]);
        segments[a].insert(f[1].to_string(), (f[2].to_string(), Span { start, end: start + f[3].len() }));
    }
    Event { name: dir.file_name().unwrap().to_string_lossy().to_string(), articles, segments }
}

/// The gold spans of articles `a` and `b` for their pair, and the pair's kind.
pub fn pair_gold(e: &Event, a: usize, b: usize) -> (Vec<Span>, Vec<Span>, &'static str) {
    let (mut ga, mut gb) = (Vec::new(), Vec::new());
    let mut kind = "independent";
    for (seg, (k, sa)) in &e.segments[a] {
        if let Some((_, sb)) = e.segments[b].get(seg) {
            ga.push(*sa);
            gb.push(*sb);
            if k == "copy" {
                kind = "copy";
            } else if kind == "independent" {
                kind = "quote";
            }
        }
    }
    (ga, gb, kind)
}

/// Every event under `dir` (one folder each), sorted by name.
pub fn read_events(dir: &Path) -> Vec<Event> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs.iter().map(|d| read_event(d)).collect()
}

/// Tallies per pair kind of the events' reports compared together (`together`, as
/// `analyze` does) or pair by pair; `show` is called with every passage found.
pub fn score(events: &[Event], together: bool, mut show: impl FnMut(&Event, usize, usize, &Passage)) -> BTreeMap<&'static str, Tally> {
    let mut rows: BTreeMap<&'static str, Tally> = BTreeMap::new();
    for e in events {
        let list: Vec<(&str, &str)> = e.articles.iter().map(|(i, t)| (i.as_str(), t.as_str())).collect();
        let all = together.then(|| compare_articles(&list));
        for a in 0..list.len() {
            for b in a + 1..list.len() {
                let found = match &all {
                    Some(c) => c.pairs.iter().find(|p| p.a == a && p.b == b).map(|p| p.passages.clone()).unwrap_or_default(),
                    None => passages(list[a].1, list[b].1),
                };
                for p in &found {
                    show(e, a, b, p);
                }
                let (ga, gb, kind) = pair_gold(e, a, b);
                rows.entry(kind).or_default().add(pair_tally((list[a].1, &ga), (list[b].1, &gb), &found));
            }
        }
    }
    rows
}

/// All rows added up.
pub fn total(rows: &BTreeMap<&'static str, Tally>) -> Tally {
    let mut all = Tally::default();
    for t in rows.values() {
        all.add(*t);
    }
    all
}
