//! Where the rows of the committed front-coded tables can be looked up from
//! (`src/entities/frontcode.rs`): for each table, the byte offsets of its lines that
//! begin with `a` (rows written in full, where a lookup starts decoding) and with `@`
//! (section headers), as little-endian u32 in `OUT_DIR/<table>.lines`. Finding them at
//! run time took a scan of 2 MB at the first call, the slowest part of it in the wasm
//! package; here it happens once per change of a table. A test checks these offsets
//! against a scan of the table (in each table's module).
//!
//! For `models/lexicon.tsv` (rows `word<TAB>count`) it writes a hash table of the rows'
//! offsets (`OUT_DIR/lexicon.slots`), so that `src/lexicon.rs` finds a word where the
//! file lies instead of hashing its 11,000 words into a map at the first call.
//!
//! For `models/ner_dict.tsv` it writes the rows as a sorted Rust array
//! (`OUT_DIR/ner_dict.rs`) and a hash table of their places in it
//! (`OUT_DIR/ner_dict.slots`, the lexicon's kind), which `src/entities/dict.rs` looks
//! words up in instead of reading the file into a map at the first call.
//!
//! It also writes the letter-trigram counts of `models/letter_trigrams.tsv` as the dense
//! arrays `src/entities/letters.rs` reads (`OUT_DIR/letter_counts.bin`), which reading
//! the 20,000 lines at the first call cost; `letters::tests` checks them against that
//! reading.

use std::path::Path;

const TABLES: &[&str] = &["models/general_freq.tsv", "models/clusters.tsv", "models/gazetteer_lookup.tsv"];

/// Letters of the trigram models: 0 start, 1 end, 2 other, then U+0620..=U+064A
/// (`letters::SYMBOLS`).
const SYMBOLS: usize = 3 + 0x2B;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    letter_counts();
    lexicon_order();
    ner_dict();
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for path in TABLES {
        println!("cargo:rerun-if-changed={path}");
        let text = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        // Two lists: offsets of `a` lines, then of `@` lines; each preceded by its length.
        let (mut full, mut at) = (Vec::new(), Vec::new());
        for start in std::iter::once(0).chain(text.iter().enumerate().filter(|(_, &b)| b == b'\n').map(|(i, _)| i + 1)) {
            match text.get(start) {
                Some(b'a') => full.push(start as u32),
                Some(b'@') => at.push(start as u32),
                _ => {}
            }
        }
        let mut bytes = Vec::with_capacity(4 * (full.len() + at.len() + 2));
        for list in [&full, &at] {
            bytes.extend((list.len() as u32).to_le_bytes());
            list.iter().for_each(|o| bytes.extend(o.to_le_bytes()));
        }
        let name = Path::new(path).file_stem().and_then(|s| s.to_str()).expect("a table's file name");
        std::fs::write(Path::new(&out).join(format!("{name}.lines")), bytes).unwrap_or_else(|e| panic!("{name}.lines: {e}"));
    }
}

/// `models/letter_trigrams.tsv` (`model<TAB>abc<TAB>count` lines, `n` names, `g` general)
/// as dense arrays: the trigram counts of `n`, then of `g` (u16 each), then the bigram
/// counts (their sums) of `n` and of `g` (u32 each), all little-endian.
fn letter_counts() {
    let path = "models/letter_trigrams.tsv";
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let symbol = |c: char| match c {
        '^' => Some(0),
        '$' => Some(1),
        '?' => Some(2),
        c => matches!(c as u32, 0x0620..=0x064A).then(|| 3 + (c as u32 - 0x0620) as usize),
    };
    let mut tri = vec![vec![0u32; SYMBOLS * SYMBOLS * SYMBOLS]; 2];
    let mut bi = vec![vec![0u32; SYMBOLS * SYMBOLS]; 2];
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let bad = || panic!("{path}: bad line: {line}");
        let parts: Vec<&str> = line.split('\t').collect();
        let [tag, letters, n] = parts[..] else { bad() };
        let m = match tag {
            "n" => 0,
            "g" => 1,
            _ => bad(),
        };
        let s: Vec<usize> = letters.chars().map(|c| symbol(c).unwrap_or_else(|| bad())).collect();
        let (&[a, b, c], Ok(n)) = (s.as_slice(), n.parse::<u32>()) else { bad() };
        tri[m][(a * SYMBOLS + b) * SYMBOLS + c] += n;
        bi[m][a * SYMBOLS + b] += n;
    }
    let mut bytes = Vec::new();
    for t in &tri {
        for &n in t {
            let n = u16::try_from(n).unwrap_or_else(|_| panic!("{path}: a count over 65535 does not fit the u16 arrays of letters.rs"));
            bytes.extend(n.to_le_bytes());
        }
    }
    for b in &bi {
        b.iter().for_each(|n| bytes.extend(n.to_le_bytes()));
    }
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(std::path::Path::new(&out).join("letter_counts.bin"), bytes).expect("letter_counts.bin");
}

/// FNV-1a (64 bits) of `bytes`: the hash of the lexicon's slots (as `src/lexicon.rs`).
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ b as u64).wrapping_mul(0x0000_0100_0000_01b3))
}

/// A hash table of `rows` (words, each with a number): a power of two of slots, at most
/// three in four used, each the row's number plus one (0 empty), the row in the slot its
/// word's [`fnv`] picks or the first free one after. The lexicon's and the training
/// dictionary's.
fn hash_slots<'a>(rows: impl Iterator<Item = (&'a str, u32)> + Clone) -> Vec<u32> {
    let slots = (rows.clone().count() * 4 / 3 + 1).next_power_of_two();
    let mut table = vec![0u32; slots];
    for (word, n) in rows {
        let mut i = fnv(word.as_bytes()) as usize & (slots - 1);
        while table[i] != 0 {
            i = (i + 1) & (slots - 1);
        }
        table[i] = n + 1;
    }
    table
}

/// The rows of `models/lexicon.tsv` that `src/lexicon.rs` counts (not `#`, a tab, a
/// number after it; of a word given twice, the last) as a hash table: the number of
/// rows, then a power of two of slots (at most three in four used), each the byte offset
/// of a row's line plus one (0 empty) in its low 20 bits and the top 12 bits of its
/// word's [`fnv`] above them, the row in the slot its word's [`fnv`] picks or the first
/// free one after; all u32 little-endian.
fn lexicon_order() {
    let path = "models/lexicon.tsv";
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut rows: std::collections::HashMap<&str, usize> = Default::default();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let line = line.strip_suffix('\n').unwrap_or(line);
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.starts_with('#') {
            continue;
        }
        if let Some((word, count)) = line.split_once('\t') {
            if count.trim().parse::<u32>().is_ok() {
                rows.insert(word, start);
            }
        }
    }
    let mut words: Vec<(&str, usize)> = rows.into_iter().collect();
    words.sort();
    let table = hash_slots(words.iter().map(|&(word, start)| (word, start as u32)));
    // Each slot also carries the top 12 bits of its word's hash above the offset (20
    // bits), so that a lookup reads the text only where the word may be.
    let word_at: std::collections::HashMap<u32, &str> = words.iter().map(|&(w, start)| (start as u32 + 1, w)).collect();
    let table: Vec<u32> = table
        .iter()
        .map(|&v| match v {
            0 => 0,
            v => {
                assert!(v < 1 << 20, "{path}: over 1 MB, more than the 20 bits of a slot's offset");
                v | ((fnv(word_at[&v].as_bytes()) >> 52) as u32) << 20
            }
        })
        .collect();
    let mut bytes = Vec::with_capacity(4 * (table.len() + 1));
    bytes.extend((words.len() as u32).to_le_bytes());
    table.iter().for_each(|x| bytes.extend(x.to_le_bytes()));
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(std::path::Path::new(&out).join("lexicon.slots"), bytes).expect("lexicon.slots");
}

/// The rows of `models/ner_dict.tsv` as `Dict::parse` reads them (lines not starting
/// with `#`: a word and five counts, a missing or bad count 0; of a word given twice,
/// the last), as a Rust array of `(word, counts)` sorted by word.
fn ner_dict() {
    let path = "models/ner_dict.tsv";
    println!("cargo:rerun-if-changed={path}");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut rows: std::collections::BTreeMap<&str, [u16; 5]> = Default::default();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let mut parts = line.split('\t');
        let Some(word) = parts.next() else { continue };
        let mut c = [0u16; 5];
        for slot in c.iter_mut() {
            *slot = parts.next().and_then(|p| p.parse().ok()).unwrap_or(0);
        }
        rows.insert(word, c);
    }
    let mut out = String::from("&[\n");
    for (word, c) in &rows {
        out.push_str(&format!("    ({word:?}, {c:?}),\n"));
    }
    out.push_str("]\n");
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(std::path::Path::new(&dir).join("ner_dict.rs"), out).expect("ner_dict.rs");
    // Where each word is in that array, as a hash table (u16 little-endian slots).
    let slots = hash_slots(rows.keys().enumerate().map(|(i, w)| (*w, i as u32)));
    let mut bytes = Vec::with_capacity(2 * slots.len());
    for s in slots {
        let s = u16::try_from(s).expect("models/ner_dict.tsv: more rows than u16 slots can number");
        bytes.extend(s.to_le_bytes());
    }
    std::fs::write(std::path::Path::new(&dir).join("ner_dict.slots"), bytes).expect("ner_dict.slots");
}
