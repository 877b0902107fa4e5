//! Word frequencies that tell a clitic from a first letter.
//!
//! Is the و of وزير a conjunction? Rules alone cannot say: ووزير is "and minister",
//! وزير is "minister". The lexicon holds how often each `search`-normalized word form
//! occurs in newswire (the training part of ANERcorp, CC BY-SA 4.0, forms seen at
//! least twice), so the match key strips a clitic only when what remains is a word at
//! least as common as the whole. `make lexicon` rebuilds `models/lexicon.tsv`.

static SOURCE: &str = include_str!("../models/lexicon.tsv");

/// The rows of [`SOURCE`] as a hash table of their byte offsets, as `build.rs` writes
/// it (the number of rows, then the slots: a row's offset plus one in the low 20 bits,
/// 0 empty, and the top 12 bits of its word's [`fnv`] above them; u32 little-endian): a
/// word is found where the file lies, where building a map of its 11,000 words was most
/// of the first call in the wasm package. The hash bits spare a lookup reading the rows
/// of the other words it probes (most words asked are not in the lexicon).
static SLOTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lexicon.slots"));

fn u32_at(i: usize) -> usize {
    u32::from_le_bytes([SLOTS[4 * i], SLOTS[4 * i + 1], SLOTS[4 * i + 2], SLOTS[4 * i + 3]]) as usize
}

/// FNV-1a (64 bits) of `bytes`: the slot of a word (as `build.rs` places them).
pub(crate) fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3))
}

/// How often `word` (already `search`-normalized) was seen; 0 when never.
pub fn count(word: &str) -> u32 {
    let slots = SLOTS.len() / 4 - 1;
    if slots == 0 {
        return 0;
    }
    let hash = fnv(word.as_bytes());
    let mut i = hash as usize & (slots - 1);
    loop {
        let slot = u32_at(1 + i);
        let at = slot & 0xF_FFFF;
        if at == 0 {
            return 0;
        }
        if slot >> 20 == (hash >> 52) as usize {
            let line = &SOURCE[at - 1..];
            if let Some(rest) = line.strip_prefix(word).and_then(|r| r.strip_prefix('\t')) {
                return rest[..rest.find('\n').unwrap_or(rest.len())].trim().parse().unwrap_or(0);
            }
        }
        i = (i + 1) & (slots - 1);
    }
}

/// Number of word forms in the lexicon.
pub fn len() -> usize {
    u32_at(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The map the rows make, as it was built at the first call before.
    fn map() -> std::collections::HashMap<&'static str, u32> {
        let mut map = std::collections::HashMap::new();
        for line in SOURCE.lines().filter(|l| !l.starts_with('#')) {
            if let Some((word, count)) = line.split_once('\t') {
                if let Ok(n) = count.trim().parse() {
                    map.insert(word, n);
                }
            }
        }
        map
    }

    #[test]
    fn counts_are_what_the_rows_say() {
        let map = map();
        assert_eq!(len(), map.len());
        assert!(len() > 10_000);
        let text = std::fs::read_to_string("tests/gold/entities/sahel.txt").unwrap();
        let mut asked: Vec<String> = crate::tokenize(&text, &crate::Options::SEARCH).into_iter().map(|t| t.norm).collect();
        for w in map.keys() {
            asked.extend([w.to_string(), format!("{w}ب"), format!("و{w}"), w.chars().skip(1).collect()]);
        }
        asked.push(String::new());
        for w in &asked {
            assert_eq!(count(w), map.get(w.as_str()).copied().unwrap_or(0), "{w}");
        }
        assert_eq!(count("في"), 3908);
    }
}
