//! How often each word was part of a PER, LOC, ORG or MISC name in the training data.
//!
//! `models/ner_dict.tsv` (derived from ANERcorp's training part, CC BY-SA 4.0, and the
//! share of WikiFANE Gold that `train_ner` trains on, CC BY-SA 3.0; written by
//! `train_ner`) holds, for every word seen inside a name at least once, its counts
//! as O, PER, LOC, ORG, MISC. The word is the bare `search` form (proclitics and
//! article stripped). During training each sentence sees a dictionary built from the
//! other nine tenths of the data only (jackknifing), so that the model learns how far
//! to trust it on words it has not seen, as at run time.

use super::gazetteer::{bare, FastMap};
use std::sync::OnceLock;

/// The committed file, read line by line by the test that checks [`ROWS`].
#[cfg(test)]
static SOURCE: &str = include_str!("../../models/ner_dict.tsv");

/// Counts as O, PER, LOC, ORG, MISC.
pub type Counts = [u16; 5];

#[derive(Default, Clone)]
pub struct Dict {
    pub map: FastMap<String, Counts>,
    /// Rows sorted by word, looked up after `map`: the committed dictionary's, which
    /// `build.rs` writes from `models/ner_dict.tsv`, so that nothing is read into a map
    /// at the first call.
    rows: &'static [(&'static str, Counts)],
    /// Where each word of `rows` is: a hash table (u16 slots, each a row's index plus
    /// one, 0 empty; a word in the slot its FNV hash picks or the first free one after)
    /// that `build.rs` writes. A binary search cost a dozen string comparisons a token,
    /// byte loops in wasm.
    slots: &'static [u8],
}

/// The rows of `models/ner_dict.tsv`, sorted by word (see [`Dict::parse`]).
static ROWS: &[(&str, Counts)] = include!(concat!(env!("OUT_DIR"), "/ner_dict.rs"));
static SLOTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/ner_dict.slots"));

impl Dict {
    pub fn parse(source: &str) -> Dict {
        // Room for every row (rows are over 16 bytes), so that the map is not grown
        // while read.
        let mut map = FastMap::with_capacity_and_hasher(source.len() / 16, Default::default());
        for line in source.lines() {
            if line.starts_with('#') {
                continue;
            }
            let mut parts = line.split('\t');
            let Some(word) = parts.next() else { continue };
            let mut c = [0u16; 5];
            for slot in c.iter_mut() {
                *slot = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
            }
            map.insert(word.to_string(), c);
        }
        Dict { map, rows: &[], slots: &[] }
    }

    /// Adds one token's label (0 = O, 1 + type index).
    pub fn add(&mut self, stem: &str, label: usize) {
        let c = self.map.entry(bare(stem).to_string()).or_default();
        c[label] = c[label].saturating_add(1);
    }

    /// Keeps only words seen inside a name.
    pub fn prune(&mut self) {
        self.map.retain(|_, c| c[1..].iter().any(|&x| x > 0));
    }

    pub fn get(&self, stem: &str) -> Option<&Counts> {
        let key = bare(stem);
        self.map.get(key).or_else(|| self.row(key))
    }

    /// The counts of `key` in `rows`, found through `slots`.
    fn row(&self, key: &str) -> Option<&Counts> {
        let n = self.slots.len() / 2;
        if n == 0 {
            return None;
        }
        let mut i = crate::lexicon::fnv(key.as_bytes()) as usize & (n - 1);
        loop {
            let s = u16::from_le_bytes([self.slots[2 * i], self.slots[2 * i + 1]]) as usize;
            let (word, counts) = self.rows.get(s.checked_sub(1)?)?;
            if *word == key {
                return Some(counts);
            }
            i = (i + 1) & (n - 1);
        }
    }

    pub fn to_tsv(&self) -> String {
        let mut rows: Vec<_> = self.map.iter().collect();
        rows.sort();
        let mut s = String::from(
            "# Words seen inside names in the training data of train_ner: the ANERcorp training part\n\
             # (Benajiba 2007; CAMeL Lab release, CC BY-SA 4.0) and a share of WikiFANE Gold\n\
             # (Alotaibi and Lee 2014, CC BY-SA 3.0), with counts as O, PER, LOC, ORG, MISC.\n",
        );
        for (w, c) in rows {
            s.push_str(&format!("{w}\t{}\t{}\t{}\t{}\t{}\n", c[0], c[1], c[2], c[3], c[4]));
        }
        s
    }
}

/// The committed dictionary.
pub fn committed() -> &'static Dict {
    static D: OnceLock<Dict> = OnceLock::new();
    D.get_or_init(|| Dict { map: FastMap::default(), rows: ROWS, slots: SLOTS })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_committed_rows_are_what_parsing_gives() {
        let parsed = Dict::parse(SOURCE);
        assert_eq!(ROWS.len(), parsed.map.len());
        assert!(ROWS.windows(2).all(|w| w[0].0 < w[1].0));
        let d = committed();
        for (w, c) in &parsed.map {
            assert_eq!(d.get(w), parsed.get(w), "{w}");
            assert_eq!(d.get(&format!("ال{w}")), parsed.get(&format!("ال{w}")), "{w}");
            assert_eq!(ROWS.binary_search_by(|(r, _)| (*r).cmp(w.as_str())).map(|i| ROWS[i].1), Ok(*c));
            for other in [format!("{w}ب"), w.chars().skip(1).collect()] {
                assert_eq!(d.get(&other), parsed.get(&other), "{other}");
            }
        }
        assert!(ROWS.len() > 1000);
    }
}
