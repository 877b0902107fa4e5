//! Prints everything the entity finder derives from the given text files (entities,
//! the articles linked together, and each word's table lookups), so that a change to
//! how tables are loaded can be checked to change no result: run it before and after
//! and compare (`cargo run --release --example dump_entities -- FILES > before.txt`).

use isnad::entities::{self, clusters, gazetteer, general_freq, letters};

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let texts: Vec<String> = paths.iter().map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}"))).collect();
    for (path, text) in paths.iter().zip(&texts) {
        println!("== {path}");
        for e in entities::entities(text) {
            println!("{e:?}");
        }
        for tok in isnad::tokenize(text, &isnad::Options::SEARCH) {
            let w = tok.norm.as_str();
            let b = gazetteer::bare(w);
            println!(
                "{w}\t{}\t{:?}\t{}\t{:?}\t{:?}\t{:?}",
                gazetteer::word_flags(w),
                general_freq::buckets(w),
                letters::bucket(b),
                clusters::of(w),
                gazetteer::month(b),
                gazetteer::weekday(b),
            );
        }
    }
    let articles: Vec<(&str, &str)> = paths.iter().zip(&texts).map(|(p, t)| (p.as_str(), t.as_str())).collect();
    println!("== linked\n{:?}", entities::link_articles(&articles));
}
