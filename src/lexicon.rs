//! Word frequencies that tell a clitic from a first letter.
//!
//! Is the و of وزير a conjunction? Rules alone cannot say: ووزير is "and minister",
//! وزير is "minister". The lexicon holds how often each `search`-normalized word form
//! occurs in newswire (the training part of ANERcorp, CC BY-SA 4.0, forms seen at
//! least twice), so the match key strips a clitic only when what remains is a word at
//! least as common as the whole. `make lexicon` rebuilds `models/lexicon.tsv`.

use crate::entities::gazetteer::FastMap;
use std::sync::OnceLock;

static SOURCE: &str = include_str!("../models/lexicon.tsv");

/// The words and their counts. FNV rather than the default SipHash: hashing the
/// 11,000 words with SipHash was a third of the first call in the wasm package.
fn table() -> &'static FastMap<&'static str, u32> {
    static TABLE: OnceLock<FastMap<&'static str, u32>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = FastMap::with_capacity_and_hasher(16_384, Default::default());
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
