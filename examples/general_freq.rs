//! Writes `models/general_freq.tsv`, the general-Arabic behaviour of common word forms
//! (see `isnad::entities::general_freq`), from `target/wordfreq_ar.tsv` (made by
//! `python3 tools/wordfreq.py`). `make general-freq` runs both.

use isnad::entities::gazetteer::bare;
use isnad::entities::general_freq::{buckets_from, encode_rows, MIN_ZIPF};
use isnad::normalize::search_text;
use std::collections::{BTreeMap, HashMap};

fn main() {
    let path = "target/wordfreq_ar.tsv";
    let src = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path} (run python3 tools/wordfreq.py): {e}"));
    // Frequencies of the `search` forms: spellings that normalize alike add up.
    let mut freq: HashMap<String, f64> = HashMap::new();
    for line in src.lines() {
        let (word, cb) = line.split_once('\t').expect("word<TAB>centibels");
        let cb: f64 = cb.parse().expect("centibels");
        let form = search_text(word);
        if !form.is_empty() && !form.contains(' ') {
            *freq.entry(form).or_default() += 10f64.powf(-cb / 100.0);
        }
    }
    let zipf: HashMap<&str, f32> = freq.iter().map(|(w, f)| (w.as_str(), (f.log10() + 9.0) as f32)).collect();
    let lookup = |w: &str| zipf.get(w).copied();
    let mut rows: BTreeMap<&str, [u8; 4]> = BTreeMap::new();
    for (&w, &z) in &zipf {
        let b = bare(w);
        if rows.contains_key(b) {
            continue;
        }
        let most = lookup(b).unwrap_or(f32::MIN).max(lookup(&format!("ال{b}")).unwrap_or(f32::MIN)).max(z);
        if most >= MIN_ZIPF {
            rows.insert(b, buckets_from(b, &lookup));
        }
    }
    let mut out = String::from(
        "# Bare word forms (search-normalized, article dropped) and four buckets of how they behave\n\
         # in general Arabic: commonness, article, suffixes, adjective (src/entities/general_freq.rs);\n\
         # each word front-coded (a letter for how many characters it shares with the one before).\n\
         # Derived from the Arabic word frequencies of PyPI wordfreq 3.1.1 (Robyn Speer et al.),\n\
         # CC BY-SA 4.0. Made by `make general-freq`. Do not edit.\n",
    );
    encode_rows(rows.iter().map(|(w, b)| (*w, *b)), &mut out);
    std::fs::write("models/general_freq.tsv", out).expect("cannot write models/general_freq.tsv");
    println!("wrote models/general_freq.tsv: {} forms from {} words", rows.len(), freq.len());
}
