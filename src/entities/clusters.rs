//! Word clusters learned from 8 million words of Arabic Wikipedia (and WikiFANE's text):
//! words that occur in like contexts share a cluster (cities with cities, given names
//! with given names, ministries with ministries), so a name the training data never
//! showed still looks like the names it did.
//!
//! `models/clusters.tsv` is made by `make clusters`: `examples/cluster_corpus.rs` writes
//! the text with every word as the tagger looks it up (the crate's own normalization,
//! the stem of `features::word_stem`, the article dropped: as at run time), `tools/clusters.py` learns word2vec vectors on it
//! (gensim, one worker, fixed seed) and groups the frequent words by k-means into
//! fine clusters, and the fine clusters' centres into middle and coarse ones. A word has
//! a cluster at each of the three granularities ([`of`]); features use all three.

use super::gazetteer::{bare, FastMap};
use std::sync::OnceLock;

static SOURCE: &str = include_str!("../../models/clusters.tsv");

/// Clusters of a word the table does not hold.
pub const UNKNOWN: [u16; 3] = [0; 3];

struct Table {
    words: FastMap<&'static str, u16>,
    /// For each fine cluster, its middle and coarse cluster.
    parents: Vec<[u16; 2]>,
}

/// The parent lists of the table: `@mid` and `@coarse` lines, one number per fine cluster.
fn parents(text: &str) -> Vec<[u16; 2]> {
    let list = |name: &str| -> Vec<u16> {
        text.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|rest| rest.split_whitespace().filter_map(|n| n.parse().ok()).collect())
            .unwrap_or_default()
    };
    let (mid, coarse) = (list("@mid\t"), list("@coarse\t"));
    mid.iter().zip(&coarse).map(|(&m, &c)| [m, c]).collect()
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let parents = parents(SOURCE);
        // One string for all words, living as long as the table (one allocation).
        let mut all = String::with_capacity(2 * SOURCE.len());
        let mut rows = Vec::with_capacity(60_000);
        super::frontcode::read(SOURCE, |word, id| {
            if let Ok(id) = id.parse::<u16>() {
                if (id as usize) < parents.len() {
                    let start = all.len();
                    all.push_str(word);
                    rows.push((start, all.len(), id));
                }
            }
        });
        let all: &'static str = Box::leak(all.into_boxed_str());
        let mut words = FastMap::with_capacity_and_hasher(rows.len(), Default::default());
        for (start, end, id) in rows {
            words.insert(&all[start..end], id);
        }
        Table { words, parents }
    })
}

/// The clusters (fine, middle, coarse; each counted from 1, 0 = not in the table) of a
/// word, given its stem (`search` form without proclitics; the article may stay).
pub fn of(stem: &str) -> [u16; 3] {
    let t = table();
    match t.words.get(bare(stem)) {
        Some(&id) => {
            let [m, c] = t.parents[id as usize];
            [id + 1, m + 1, c + 1]
        }
        None => UNKNOWN,
    }
}

/// Number of words in the table.
pub fn len() -> usize {
    table().words.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_of_a_kind_share_a_cluster_in_the_committed_table() {
        let london = of("لندن");
        assert_ne!(london, UNKNOWN);
        // Capitals with capitals (the same fine cluster), countries with countries (the
        // same middle one, not the capitals'), given names with given names.
        assert_eq!(of("باريس")[0], london[0]);
        assert_eq!(of("فرنسا")[1], of("بلجيكا")[1]);
        assert_ne!(of("فرنسا")[1], london[1]);
        assert_eq!(of("محمد")[0], of("احمد")[0]);
        assert_eq!(of("الكتاب"), of("كتاب"));
        assert_eq!(of("كلمهلاتوجدابدا"), UNKNOWN);
        // Every fine cluster has its middle and coarse ones, and they are coarser.
        let t = table();
        assert!(t.parents.len() >= 256 && len() > 30_000);
        let mids: std::collections::HashSet<u16> = t.parents.iter().map(|p| p[0]).collect();
        let coarse: std::collections::HashSet<u16> = t.parents.iter().map(|p| p[1]).collect();
        assert!(coarse.len() < mids.len() && mids.len() < t.parents.len());
    }

    #[test]
    fn parent_lists_are_read() {
        assert_eq!(parents("# x\n@mid\t0 1 1\n@coarse\t0 0 0\naكتاب\t2\n"), vec![[0, 0], [1, 0], [1, 0]]);
        assert!(parents("aكتاب\t2\n").is_empty());
    }
}
