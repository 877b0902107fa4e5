//! Writes two gazetteers (`make name-lists`) from `../shared/data`:
//!
//! - `models/gazetteers/name_tokens.tsv`: the words of people's names as Arabic outlets
//!   spell them: Wikidata labels of people aligned token by token (Merhav and Ash 2018,
//!   MIT; pairs seen at least twice, the rest is noisy) and Wikipedia's Arabic-English
//!   name pairs (google/transliteration, Apache 2.0). Words that general Arabic writes
//!   with the article as often as without (common nouns) are left out. Flag `NAME_TOKEN`.
//! - `models/gazetteers/wikifane_names.tsv`: the names annotated in WikiFANE Gold
//!   (CC BY-SA 3.0), read through the shared corpus reader (types mapped, clitics
//!   joined), each with the types it was annotated with. Flags `WF_*`.
//!
//! Every name is stored as its lookup key: `search` words, the first without its
//! proclitics and article (as `gazetteer::mark` looks tokens up).

use isnad::entities::corpus;
use isnad::entities::features::word_stem;
use isnad::entities::gazetteer::bare;
use isnad::normalize::search_text;
use isnad::tokenize::is_arabic_letter;
use std::collections::{BTreeMap, BTreeSet};

const NAMES: &str = "../shared/data/names";
const WIKIFANE: &str = "../shared/data/wikifane/wikifane_gold.txt";

/// The lookup key of a name's `search` words, if they are all Arabic words.
fn key(words: &[&str]) -> Option<String> {
    if words.is_empty() || !words.iter().all(|w| w.chars().count() >= 2 && w.chars().all(is_arabic_letter)) {
        return None;
    }
    let first = word_stem(words[0]);
    let mut k = bare(&first).to_string();
    for w in &words[1..] {
        k.push(' ');
        k.push_str(w);
    }
    (k.chars().count() >= 2).then_some(k)
}

/// Does general Arabic write the word with the article as often as without it, as it
/// does common nouns (كتاب, الكتاب)? Names rarely take it; such rows are the noise of
/// the aligned lists.
fn common_noun(key: &str) -> bool {
    matches!(isnad::entities::general_freq::buckets(key)[1], 4..=6)
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
}

fn main() {
    let mut tokens = BTreeSet::new();
    let wikidata = read(&format!("{NAMES}/wikidata_person_name_tokens.tsv"));
    for line in wikidata.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() == 3 && f[2].parse::<u32>().is_ok_and(|c| c >= 2) {
            let norm = search_text(f[1]);
            if let Some(k) = key(&[norm.as_str()]).filter(|k| !k.contains(' ') && !common_noun(k)) {
                tokens.insert(k);
            }
        }
    }
    let google = read(&format!("{NAMES}/google_ar2en.tsv"));
    for line in google.lines() {
        if let Some((ar, _)) = line.split_once('\t') {
            let norm = search_text(ar);
            if let Some(k) = key(&[norm.as_str()]).filter(|k| !k.contains(' ') && !common_noun(k)) {
                tokens.insert(k);
            }
        }
    }
    let mut out = String::from(
        "# Words of people's names in Arabic script, as lookup keys (search form, no article).\n\
         # From ../shared/data/names: Wikidata person-name tokens (Merhav and Ash, COLING 2018;\n\
         # MIT, Copyright 2018 Amazon.com; labels from Wikidata, CC0), pairs seen twice or more,\n\
         # and google/transliteration's Arabic-English Wikipedia name pairs (Apache 2.0); common\n\
         # nouns (general Arabic gives them the article as often as not) left out.\n\
         # Made by `make name-lists`. Do not edit.\n",
    );
    tokens.iter().for_each(|t| {
        out.push_str(t);
        out.push('\n');
    });
    std::fs::write("models/gazetteers/name_tokens.tsv", out).expect("cannot write name_tokens.tsv");

    let mut names: BTreeMap<String, BTreeSet<&str>> = BTreeMap::new();
    for s in corpus::read_path(WIKIFANE) {
        for (a, b, ty) in isnad::entities::conll::gold_chunks(&s.tags) {
            let norms: Vec<String> = s.tokens[a..b].iter().map(|t| search_text(t)).collect();
            let words: Vec<&str> = norms.iter().flat_map(|n| n.split(' ')).filter(|w| !w.is_empty()).collect();
            if let Some(k) = key(&words) {
                names.entry(k).or_default().insert(["PER", "LOC", "ORG", "MISC"][ty]);
            }
        }
    }
    let mut out = String::from(
        "# Names annotated in WikiFANE Gold (Alotaibi and Lee, COLING 2014; CC BY-SA 3.0), as\n\
         # lookup keys (search words, the first without proclitics and article), with the types\n\
         # they were annotated with (src/entities/corpus.rs maps the fine classes).\n\
         # Made by `make name-lists`. Do not edit.\n",
    );
    for (k, types) in &names {
        out.push_str(k);
        for t in types {
            out.push('\t');
            out.push_str(t);
        }
        out.push('\n');
    }
    std::fs::write("models/gazetteers/wikifane_names.tsv", out).expect("cannot write wikifane_names.tsv");
    println!("wrote models/gazetteers/name_tokens.tsv ({} words) and wikifane_names.tsv ({} names)", tokens.len(), names.len());
}
