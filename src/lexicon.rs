//! Word frequencies that tell a clitic from a first letter.
//!
//! Is the و of وزير a conjunction? Rules alone cannot say: ووزير is "and minister",
//! وزير is "minister". The lexicon holds how often each `search`-normalized word form
//! occurs in newswire (the training part of ANERcorp, CC BY-SA 4.0, forms seen at
//! least twice), so the match key strips a clitic only when what remains is a word at
//! least as common as the whole. `make lexicon` rebuilds `models/lexicon.tsv`.

use std::collections::HashMap;
use std::sync::OnceLock;

static SOURCE: &str = include_str!("../models/lexicon.tsv");

fn table() -> &'static HashMap<&'static str, u32> {
    static TABLE: OnceLock<HashMap<&'static str, u32>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::with_capacity(16_384);
        for line in SOURCE.lines() {
            if line.starts_with('#') {
                continue;
            }
            if let Some((word, count)) = line.split_once('\t') {
                if let Ok(n) = count.trim().parse() {
                    map.insert(word, n);
                }
            }
        }
        map
    })
}

/// How often `word` (already `search`-normalized) was seen; 0 when never.
pub fn count(word: &str) -> u32 {
    table().get(word).copied().unwrap_or(0)
}

/// Number of word forms in the lexicon.
pub fn len() -> usize {
    table().len()
}
