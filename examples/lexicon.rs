//! Builds `models/lexicon.tsv` from a CoNLL file (token TAG per line):
//! `cargo run --release --example lexicon -- ../shared/data/anercorp/train.conll > models/lexicon.tsv`
//! Word forms are `search`-normalized; forms seen fewer than twice are left out.

use std::collections::HashMap;

fn main() {
    let path = std::env::args().nth(1).expect("usage: lexicon FILE.conll");
    let text = std::fs::read_to_string(&path).expect("cannot read the CoNLL file");
    let mut counts: HashMap<String, u32> = HashMap::new();
    for line in text.lines() {
        let Some(token) = line.split_whitespace().next() else {
            continue;
        };
        let norm = isnad::normalize::search_text(token);
        if norm.chars().count() >= 2 && norm.chars().all(isnad::tokenize::is_arabic_letter) {
            *counts.entry(norm).or_default() += 1;
        }
    }
    let mut rows: Vec<_> = counts.into_iter().filter(|(_, n)| *n >= 2).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    println!("# search-normalized word forms and counts from the ANERcorp training part");
    println!("# (Benajiba 2007; CAMeL Lab release, CC BY-SA 4.0). Built by `make lexicon`.");
    for (w, n) in rows {
        println!("{w}\t{n}");
    }
}
