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

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use isnad::compare::{compare_articles, Span};

#[path = "../tests/reuse_gold/mod.rs"]
mod reuse_gold;
use reuse_gold::{pair_tally, read_events, score, total, Tally};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let gold_dir = args.first().map(PathBuf::from).unwrap_or_else(|| root.join("tests/gold/passages"));
    let seeds_dir = args.get(1).map(PathBuf::from).unwrap_or_else(|| root.join("../shared/seeds"));
    let events = read_events(&gold_dir);
    let reports: usize = events.iter().map(|e| e.articles.len()).sum();
    println!("Reused text on reports of one event: {} invented events, {reports} reports ({})", events.len(), gold_dir.display());
    println!("{:<28} {:>5} {:>9} {:>9} {:>6} {:>6}", "pairs (letters counted)", "pairs", "detected", "gold", "prec", "recall");
    let verbose = std::env::var_os("EVAL_REUSE_VERBOSE").is_some();
    for (together, mode) in [(true, "together"), (false, "pair by pair")] {
        let rows = score(&events, together, |e, a, b, p| {
            if verbose {
                let (x, y) = (&e.articles[a], &e.articles[b]);
                println!("  {} {}/{} {:?} {:.2}\n    a: {}\n    b: {}", e.name, x.0, y.0, p.kind, p.score, &x.1[p.a.start..p.a.end], &y.1[p.b.start..p.b.end]);
            }
        });
        total(&rows).row(&format!("gold, {mode}: all"));
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
            rows.entry(kind).or_default().add(pair_tally((list[a].1, &ga), (list[b].1, &gb), &found));
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
