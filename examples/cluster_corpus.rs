//! Writes the text the word clusters are learned from (`make clusters`), one paragraph or
//! sentence a line, each word as the tagger looks it up at run time
//! ([`word_key`]): `search`-normalized by the crate's own tokenizer, proclitics and the
//! article stripped. Numbers read as `0`; other tokens
//! as their `search` form.
//!
//! `zcat ../shared/data/arwiki/arwiki_2017_sample.jsonl.gz | cargo run --release --example
//! cluster_corpus -- OUT [CORPUS...]`: the Wikipedia articles (JSON lines with a `text`
//! field) from stdin, then the sentences of each labelled corpus given (`make clusters`
//! gives WikiFANE's). ANERcorp's text is left out on purpose: with its training part in
//! the corpus, names that recur in one story got clusters from their own story, which
//! the held-out folds enjoyed and the test part (rightly never in it) did not, so the
//! folds overstated what clusters bring.
//!
//! `cargo run --release --example cluster_corpus -- --table` then front-codes the
//! clusters `tools/clusters.py` learned (target/clusters/ids.tsv and parents.tsv) into
//! `models/clusters.tsv`.

use isnad::entities::corpus;
use isnad::entities::features::word_stem;
use isnad::entities::gazetteer::bare;
use isnad::normalize::Options;
use isnad::tokenize::{tokenize, TokenKind};
use std::collections::HashMap;
use std::io::{BufRead, BufWriter, Write};

/// The form of a `search`-normalized Arabic word that `clusters::of` looks up: the
/// stem the features see, without the article.
fn word_key(norm: &str) -> String {
    bare(&word_stem(norm)).to_string()
}

fn write_line(text: &str, cache: &mut HashMap<String, String>, out: &mut impl Write) -> usize {
    let toks = tokenize(text, &Options::SEARCH);
    if toks.len() < 3 {
        return 0;
    }
    let mut line = String::with_capacity(text.len());
    for t in &toks {
        if !line.is_empty() {
            line.push(' ');
        }
        match t.kind {
            TokenKind::Word => line.push_str(cache.entry(t.norm.clone()).or_insert_with(|| word_key(&t.norm))),
            TokenKind::Number => line.push('0'),
            _ => line.push_str(&t.norm),
        }
    }
    line.push('\n');
    out.write_all(line.as_bytes()).expect("cannot write the corpus");
    toks.len()
}

/// Writes `models/clusters.tsv` from target/clusters/{ids,parents}.tsv.
fn table() {
    let read = |p: &str| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("cannot read {p} (run tools/clusters.py): {e}"));
    let ids = read("target/clusters/ids.tsv");
    let parents = read("target/clusters/parents.tsv");
    let mut rows: Vec<(&str, String)> = ids.lines().filter_map(|l| l.split_once('\t')).map(|(w, id)| (w, id.to_string())).collect();
    rows.sort();
    let mut out = String::from(
        "# Word clusters of the entity tagger (src/entities/clusters.rs): word2vec (gensim, CBOW)\n\
         # on Arabic Wikipedia (2017 sample, CC BY-SA 4.0, by Wikipedia's contributors; text\n\
         # extracted by Motaz Saad and Basem Alijla) and WikiFANE Gold's text (CC BY-SA 3.0),\n\
         # grouped by k-means. Licence CC BY-SA 4.0.\n\
         # Made by `make clusters`. Do not edit. `@mid`/`@coarse`: the middle and coarse cluster\n\
         # of every fine cluster; then the words (front-coded) and their fine cluster.\n",
    );
    out.push_str(&parents);
    isnad::entities::frontcode::encode(rows.iter().map(|(w, id)| (*w, id.clone())), &mut out);
    std::fs::write("models/clusters.tsv", out).expect("cannot write models/clusters.tsv");
    println!("wrote models/clusters.tsv: {} words", rows.len());
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--table") {
        return table();
    }
    let out_path = args.first().expect("usage: cluster_corpus OUT [CONLL...] < articles.jsonl");
    let mut out = BufWriter::new(std::fs::File::create(out_path).expect("cannot create the output"));
    let mut cache = HashMap::new();
    let mut words = 0usize;
    for line in std::io::stdin().lock().lines() {
        let line = line.expect("cannot read stdin");
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else { continue };
        let Some(text) = v.get("text").and_then(|t| t.as_str()) else { continue };
        for para in text.split('\n').filter(|p| !p.trim().is_empty()) {
            words += write_line(para, &mut cache, &mut out);
        }
    }
    for path in &args[1..] {
        for s in corpus::read_path(path) {
            words += write_line(&s.text().0, &mut cache, &mut out);
        }
    }
    eprintln!("wrote {out_path}: {words} tokens, {} distinct words", cache.len());
}
