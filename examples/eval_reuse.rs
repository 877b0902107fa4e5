//! Character-level precision and recall of the text marked shared, on reports of one
//! event: the gold of `tests/gold/passages/` (invented events written for this) and
//! the five seed reports (`../shared/seeds`, annotated by offsets in
//! `tests/gold/passages/seeds.json`).
//!
//! `cargo run --release --example eval_reuse [-- GOLD_DIR [SEEDS_DIR]]`
//!
//! Each event's reports are compared together ([`isnad::compare::compare_articles`],
//! what `analyze` does) and, as a check of the lone-pair path, pair by pair
//! ([`isnad::compare::passages`]). For a pair, the gold shared text of each article is
//! the union of its spans of the segments both articles carry (`spans.tsv`); the
//! detected text the union of the pair's passages. Letters and digits are counted
//! (spaces and punctuation at the edges of a span do not matter), summed over both
//! articles of every pair: precision = detected ∩ gold / detected, recall = detected ∩
//! gold / gold. Rows per pair kind: `copy` (the pair shares agency text), `quote`
//! (only a quotation), `independent` (nothing: every character marked there is a
//! false positive).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use isnad::compare::{compare_articles, passages, Span};

/// Counts per pair kind: (detected, gold, both).
#[derive(Default, Clone, Copy)]
struct Tally {
    pairs: usize,
    detected: usize,
    gold: usize,
    hit: usize,
}

impl Tally {
    fn add(&mut self, o: Tally) {
        self.pairs += o.pairs;
        self.detected += o.detected;
        self.gold += o.gold;
        self.hit += o.hit;
    }
    fn row(&self, name: &str) {
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
fn letters(text: &str, spans: &[Span]) -> BTreeSet<usize> {
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

fn tally(text: &str, detected: &[Span], gold: &[Span]) -> Tally {
    let (d, g) = (letters(text, detected), letters(text, gold));
    Tally { pairs: 0, detected: d.len(), gold: g.len(), hit: d.intersection(&g).count() }
}

struct Event {
    name: String,
    /// (article id, text)
    articles: Vec<(String, String)>,
    /// Per article: segment → (kind, byte span).
    segments: Vec<BTreeMap<String, (String, Span)>>,
}

fn read_event(dir: &Path) -> Event {
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
fn pair_gold(e: &Event, a: usize, b: usize) -> (Vec<Span>, Vec<Span>, &'static str) {
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

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let gold_dir = args.first().map(PathBuf::from).unwrap_or_else(|| root.join("tests/gold/passages"));
    let seeds_dir = args.get(1).map(PathBuf::from).unwrap_or_else(|| root.join("../shared/seeds"));
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&gold_dir)
        .unwrap_or_else(|e| panic!("{}: {e}", gold_dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let events: Vec<Event> = dirs.iter().map(|d| read_event(d)).collect();
    let reports: usize = events.iter().map(|e| e.articles.len()).sum();
    println!("Reused text on reports of one event: {} invented events, {reports} reports ({})", events.len(), gold_dir.display());
    println!("{:<28} {:>5} {:>9} {:>9} {:>6} {:>6}", "pairs (letters counted)", "pairs", "detected", "gold", "prec", "recall");
    for mode in ["together", "pair by pair"] {
        let mut rows: BTreeMap<&str, Tally> = BTreeMap::new();
        for e in &events {
            let list: Vec<(&str, &str)> = e.articles.iter().map(|(i, t)| (i.as_str(), t.as_str())).collect();
            let together = (mode == "together").then(|| compare_articles(&list));
            for a in 0..list.len() {
                for b in a + 1..list.len() {
                    let found = match &together {
                        Some(c) => c.pairs.iter().find(|p| p.a == a && p.b == b).map(|p| p.passages.clone()).unwrap_or_default(),
                        None => passages(list[a].1, list[b].1),
                    };
                    let (ga, gb, kind) = pair_gold(e, a, b);
                    let da: Vec<Span> = found.iter().map(|p| p.a).collect();
                    let db: Vec<Span> = found.iter().map(|p| p.b).collect();
                    let mut t = tally(list[a].1, &da, &ga);
                    t.add(tally(list[b].1, &db, &gb));
                    t.pairs = 1;
                    if std::env::var_os("EVAL_REUSE_VERBOSE").is_some() {
                        for p in &found {
                            println!(
                                "  {} {}/{} {:?} {:.2}\n    a: {}\n    b: {}",
                                e.name, list[a].0, list[b].0, p.kind, p.score,
                                &list[a].1[p.a.start..p.a.end], &list[b].1[p.b.start..p.b.end]
                            );
                        }
                    }
                    rows.entry(kind).or_default().add(t);
                }
            }
        }
        let mut all = Tally::default();
        for t in rows.values() {
            all.add(*t);
        }
        all.row(&format!("gold, {mode}: all"));
        for (k, t) in &rows {
            t.row(&format!("  {k}"));
        }
    }
    seeds(&root, &seeds_dir);
}

/// The seeds: `seeds.json` gives, per pair of seed reports, the spans (code points)
/// reused from a common source (agency copy, shared quotations).
fn seeds(root: &Path, dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        println!("seeds: {} not found, skipped", dir.display());
        return;
    };
    let mut files: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "txt")).collect();
    files.sort();
    let articles: Vec<(String, String)> = files
        .iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy()[..3].to_string(), std::fs::read_to_string(p).unwrap()))
        .collect();
    let ann: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(root.join("tests/gold/passages/seeds.json")).expect("seeds.json"))
        .expect("seeds.json is JSON");
    let byte = |text: &str, cp: u64| text.char_indices().nth(cp as usize).map_or(text.len(), |(b, _)| b);
    let list: Vec<(&str, &str)> = articles.iter().map(|(i, t)| (i.as_str(), t.as_str())).collect();
    let c = compare_articles(&list);
    let mut rows: BTreeMap<&str, Tally> = BTreeMap::new();
    for a in 0..list.len() {
        for b in a + 1..list.len() {
            let (mut ga, mut gb) = (Vec::new(), Vec::new());
            let mut kind = "independent";
            for p in ann["pairs"].as_array().into_iter().flatten() {
                if p["a"] != list[a].0 || p["b"] != list[b].0 {
                    continue;
                }
                for s in p["spans"].as_array().into_iter().flatten() {
                    let (x, y) = (&s["a"], &s["b"]);
                    ga.push(Span { start: byte(list[a].1, x[0].as_u64().unwrap()), end: byte(list[a].1, x[1].as_u64().unwrap()) });
                    gb.push(Span { start: byte(list[b].1, y[0].as_u64().unwrap()), end: byte(list[b].1, y[1].as_u64().unwrap()) });
                    if s["kind"] == "copy" {
                        kind = "copy";
                    } else if kind == "independent" {
                        kind = "quote";
                    }
                }
            }
            let found = c.pairs.iter().find(|p| p.a == a && p.b == b).map(|p| p.passages.clone()).unwrap_or_default();
            if std::env::var_os("EVAL_REUSE_VERBOSE").is_some() {
                for p in &found {
                    println!(
                        "  seeds {}/{} {:?} {:.2}\n    a: {}\n    b: {}",
                        list[a].0, list[b].0, p.kind, p.score,
                        &list[a].1[p.a.start..p.a.end], &list[b].1[p.b.start..p.b.end]
                    );
                }
            }
            let da: Vec<Span> = found.iter().map(|p| p.a).collect();
            let db: Vec<Span> = found.iter().map(|p| p.b).collect();
            let mut t = tally(list[a].1, &da, &ga);
            t.add(tally(list[b].1, &db, &gb));
            t.pairs = 1;
            rows.entry(kind).or_default().add(t);
        }
    }
    let mut all = Tally::default();
    for t in rows.values() {
        all.add(*t);
    }
    all.row("seeds, together: all");
    for (k, t) in &rows {
        t.row(&format!("  {k}"));
    }
}
