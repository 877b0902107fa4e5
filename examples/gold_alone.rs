//! Our own gold (tests/gold/entities) fed as whole reports and fed sentence by sentence
//! (cut after . ؟ ! ? and at line breaks), to see what a change for text fed a
//! sentence at a time (ANERcorp's "every sentence alone" line) does on reports we wrote.
//! A rough count, not the gold test's: for each report, the distinct (surface, type)
//! pairs a reader marks, found anywhere in the report's entities or not.
//!
//! `cargo run --release --example gold_alone`
use isnad::entities::entities;
use std::collections::HashSet;
/// Entities of one piece of text as (surface, TYPE) pairs.
fn pairs(text: &str) -> HashSet<(String, String)> {
    entities(text)
        .into_iter()
        .map(|e| {
            (
                text[e.start..e.end].to_string(),
                e.kind.as_str().to_string(),
            )
        })
        .collect()
}

fn main() {
    let mut files: Vec<_> = std::fs::read_dir("tests/gold/entities")
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let (mut exp, mut doc_ok, mut alone_ok, mut sents_n) = (0, 0, 0, 0);
    for p in files {
        let txt = std::fs::read_to_string(&p).unwrap();
        let tsv = std::fs::read_to_string(p.with_extension("tsv")).unwrap();
        let mut reports = Vec::new();
        for part in txt.split("### ").filter(|s| !s.trim().is_empty()) {
            let (id, body) = part.split_once('\n').unwrap_or((part, ""));
            reports.push((id.trim().to_string(), body.trim_end().to_string()));
        }
        for (id, body) in &reports {
            let whole = pairs(body);
            let mut alone: HashSet<(String, String)> = HashSet::new();
            let mut start = 0;
            let b = body.as_bytes();
            for (i, c) in body.char_indices() {
                if matches!(c, '.' | '\n' | '؟' | '!' | '?')
                    && (i + c.len_utf8() >= b.len()
                        || b[i + c.len_utf8()] == b' '
                        || b[i + c.len_utf8()] == b'\n'
                        || c == '\n')
                {
                    let s = &body[start..i + c.len_utf8()];
                    if !s.trim().is_empty() {
                        sents_n += 1;
                        alone.extend(pairs(s));
                    }
                    start = i + c.len_utf8();
                }
            }
            let s = &body[start..];
            if !s.trim().is_empty() {
                sents_n += 1;
                alone.extend(pairs(s));
            }
            let mut seen = HashSet::new();
            for line in tsv
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            {
                let f: Vec<&str> = line.split('\t').collect();
                if f[0] != id || f[2] == "-" || !seen.insert((f[1], f[2])) {
                    continue;
                }
                let types: Vec<&str> = f[2].split('|').collect();
                exp += 1;
                let m = |set: &HashSet<(String, String)>| {
                    types
                        .iter()
                        .any(|t| set.contains(&(f[1].to_string(), t.to_string())))
                };
                if m(&whole) {
                    doc_ok += 1;
                }
                if m(&alone) {
                    alone_ok += 1;
                }
            }
        }
    }
    println!("distinct expected (surface, type) per report: {exp}; found whole {doc_ok}; found sentence by sentence {alone_ok} ({sents_n} sentences)");
}
