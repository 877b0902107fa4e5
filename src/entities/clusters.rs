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

use super::frontcode::{Lines, Table};
use super::gazetteer::bare;
use std::sync::OnceLock;

static SOURCE: &str = include_str!("../../models/clusters.tsv");
/// Where its rows written in full begin (found by `build.rs`).
static LINES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/clusters.lines"));

/// Clusters of a word the table does not hold.
pub const UNKNOWN: [u16; 3] = [0; 3];

struct Clusters {
    /// Word → fine cluster, looked up where it lies: nothing is built from its rows.
    words: Table,
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

fn table() -> &'static Clusters {
    static TABLE: OnceLock<Clusters> = OnceLock::new();
    TABLE.get_or_init(|| Clusters { words: Table::with_lines(SOURCE, &Lines::built(LINES)), parents: parents(SOURCE) })
}

/// The fine cluster of a row's value, if it is one of the table's.
fn fine(id: &str, parents: &[[u16; 2]]) -> Option<u16> {
    id.parse::<u16>().ok().filter(|&id| (id as usize) < parents.len())
}

/// The clusters (fine, middle, coarse; each counted from 1, 0 = not in the table) of a
/// word, given its stem (`search` form without proclitics; the article may stay).
pub fn of(stem: &str) -> [u16; 3] {
    let t = table();
    match t.words.get(bare(stem)).and_then(|id| fine(id, &t.parents)) {
        Some(id) => {
            let [m, c] = t.parents[id as usize];
            [id + 1, m + 1, c + 1]
        }
        None => UNKNOWN,
    }
}

/// Number of words in the table.
pub fn len() -> usize {
    let t = table();
    let mut n = 0;
    t.words.each(|_, id| n += fine(id, &t.parents).is_some() as usize);
    n
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
    fn the_table_is_in_lookup_form_and_gives_what_its_rows_say() {
        // `make clusters` writes it so; a table written otherwise fails here.
        let t = table();
        assert_eq!(t.words.check(), Ok(len()));
        assert_eq!(super::super::frontcode::Lines::built(LINES), super::super::frontcode::Lines::scan(SOURCE));
        // The map the rows make, as it was built before.
        let mut rows: std::collections::HashMap<String, u16> = Default::default();
        super::super::frontcode::read(SOURCE, |w, id| {
            if let Some(id) = fine(id, &t.parents) {
                rows.insert(w.to_string(), id);
            }
        });
        assert_eq!(rows.len(), len());
        let old = |w: &str| match rows.get(bare(w)) {
            Some(&id) => [id + 1, t.parents[id as usize][0] + 1, t.parents[id as usize][1] + 1],
            None => UNKNOWN,
        };
        for w in rows.keys() {
            assert_eq!(t.words.get(w).and_then(|id| fine(id, &t.parents)), rows.get(w.as_str()).copied(), "{w}");
            assert_eq!(of(w), old(w), "{w}");
            for other in [format!("{w}ب"), format!("{w}ا"), w.chars().skip(1).collect(), w.chars().take(w.chars().count() - 1).collect()] {
                assert_eq!(of(&other), old(&other), "{other}");
            }
        }
    }

    #[test]
    fn parent_lists_are_read() {
        assert_eq!(parents("# x\n@mid\t0 1 1\n@coarse\t0 0 0\naكتاب\t2\n"), vec![[0, 0], [1, 0], [1, 0]]);
        assert!(parents("aكتاب\t2\n").is_empty());
    }
}
