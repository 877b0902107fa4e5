//! Well-known bodies, people and places (`models/gazetteers/known_entities.tsv`, a
//! hand-written list): the international organizations, agencies, armed groups and
//! office holders that news reports name most, each with the spellings, short names and
//! acronyms outlets use (ترامب / ترمب, صندوق النقد الدولي / IMF, غوتيريش / غوتيريس).
//!
//! The tagger learns names from a few hundred thousand words and misses some that every
//! reader knows (ناسا, داعش, أطباء بلا حدود); and spellings of one name that differ by
//! more than a vowel, or an acronym and its full name, share no letters to link by.
//! [`super::post`] marks the list's names where the tagger missed them or cut them
//! short, and [`super::link`] links the names of one line as one entity.
//!
//! Names are compared as key words: `search` form, the name-key folding of letters
//! (غ/ج, hamza seats; [`crate::name_key`]), each word without its article, the first
//! without its proclitics.

use super::EntityType;
use crate::normalize::search_text;
use super::gazetteer::{FastMap, FastSet};
use std::sync::OnceLock;

static LIST: &str = include_str!("../../models/gazetteers/known_entities.tsv");

struct Table {
    /// Key of a name (key words joined by spaces) → (entity number, type).
    names: FastMap<String, (u32, EntityType)>,
    /// Key words that begin a name: a scan tries only those.
    firsts: FastSet<String>,
    /// Hashes of the first words ([`key_hash`]).
    first_hashes: FastSet<u64>,
    /// Most words in a name.
    longest: usize,
    /// Names of one word as the list writes them (`search` form, nothing folded): a
    /// word with ج that the list holds with ج itself (إنستجرام) is the name, where one
    /// that only folds to a name written with غ (إيجاد, IGAD's إيغاد) may be a word.
    written: FastSet<String>,
}

/// The name-key folding of one letter (see [`crate::name_key`]), `None` for a letter
/// the key drops.
fn fold(c: char) -> Option<&'static str> {
    Some(match c {
        'غ' | 'ج' | 'گ' | 'ڨ' | 'ڭ' => "ج",
        'ڤ' | 'ڥ' => "ف",
        'پ' => "ب",
        'چ' => "تش",
        'ژ' => "ز",
        'ؤ' => "و",
        'ئ' => "ي",
        'ء' => return None,
        _ => return Some(""),
    })
}

/// The key word of one `search`-form word: the name-key folding and no article.
pub fn word_key(search_word: &str) -> String {
    let mut k = String::with_capacity(search_word.len());
    let mut chars = search_word.chars().peekable();
    while let Some(c) = chars.next() {
        // (ئ before و is the Egyptian seat of ؤ, شئون: as [`crate::name_key`] folds it.)
        let c = if c == 'ئ' && chars.peek() == Some(&'و') { 'ؤ' } else { c };
        match fold(c) {
            Some("") => k.push(c),
            Some(f) => k.push_str(f),
            None => {}
        }
    }
    match k.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => rest.to_string(),
        _ => k,
    }
}

/// A hash of [`word_key`] of the word, computed without building the key: the scan
/// over every token of a text asks it first.
fn key_hash(search_word: &str) -> u64 {
    let w = match search_word.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => rest,
        _ => search_word,
    };
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |b: u8| {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    };
    let mut buf = [0u8; 4];
    let mut chars = w.chars().peekable();
    while let Some(c) = chars.next() {
        let c = if c == 'ئ' && chars.peek() == Some(&'و') { 'ؤ' } else { c };
        match fold(c) {
            Some("") => c.encode_utf8(&mut buf).bytes().for_each(&mut eat),
            Some(f) => f.bytes().for_each(&mut eat),
            None => {}
        }
    }
    h
}

/// Might a name of the list begin with this `search`-form word? (No false negatives.)
pub fn may_begin_name(search_word: &str) -> bool {
    table().first_hashes.contains(&key_hash(search_word))
}

fn parse_type(s: &str) -> Option<EntityType> {
    Some(match s {
        "PER" => EntityType::Per,
        "LOC" => EntityType::Loc,
        "ORG" => EntityType::Org,
        "MISC" => EntityType::Misc,
        _ => return None,
    })
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Table { names: FastMap::default(), firsts: FastSet::default(), first_hashes: FastSet::default(), longest: 0, written: FastSet::default() };
        let lines = LIST.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        for (n, line) in lines.enumerate() {
            let Some((ty, names)) = line.split_once('\t') else { continue };
            let Some(kind) = parse_type(ty) else { continue };
            for name in names.split('|') {
                // (Normalized once: this table is built at the first call of the page.)
                let searched = search_text(name);
                let words: Vec<String> = searched.split_whitespace().map(word_key).collect();
                if words.is_empty() {
                    continue;
                }
                t.longest = t.longest.max(words.len());
                t.firsts.insert(words[0].clone());
                if let Some(w) = searched.split_whitespace().next() {
                    t.first_hashes.insert(key_hash(w));
                }
                if words.len() == 1 {
                    t.written.insert(searched.trim().to_string());
                }
                t.names.entry(words.join(" ")).or_insert((n as u32, kind));
            }
        }
        t
    })
}

/// Does the list hold this one word (`search` form) spelled exactly so, without folding?
pub fn written_so(search_word: &str) -> bool {
    table().written.contains(search_word)
}

/// The entity (its line number in the list) and type of a name given as key words
/// ([`super::link::key_words`], whose keys these are).
pub fn lookup(words: &[String]) -> Option<(u32, EntityType)> {
    if words.is_empty() || words.len() > table().longest {
        return None;
    }
    table().names.get(&words.join(" ")).copied()
}

/// The longest name of the list made of the first words of `words` (key words, see
/// [`word_key`]): its length in words, entity and type.
pub fn longest_at(words: &mut dyn Iterator<Item = String>) -> Option<(usize, u32, EntityType)> {
    let t = table();
    let mut key = String::new();
    let mut best = None;
    for (n, w) in words.take(t.longest).enumerate() {
        if n == 0 {
            if !t.firsts.contains(&w) {
                return None;
            }
        } else {
            key.push(' ');
        }
        key.push_str(&w);
        if let Some(&(id, kind)) = t.names.get(&key) {
            best = Some((n + 1, id, kind));
        }
    }
    best
}

/// Does some name of the list begin with this key word?
pub fn begins_name(word: &str) -> bool {
    table().firsts.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::link::key_words;
    use std::collections::HashMap;

    /// Every line parses, the key words of a name are the linker's key words, and no
    /// name is on two lines (it would be two entities' name).
    #[test]
    fn the_list_parses_and_keys_as_the_linker_does() {
        let mut line_of: HashMap<Vec<String>, usize> = HashMap::new();
        let lines = LIST.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        for (n, line) in lines.enumerate() {
            let (ty, names) = line.split_once('\t').unwrap_or_else(|| panic!("no tab: {line}"));
            assert!(parse_type(ty).is_some(), "type {ty}");
            for name in names.split('|') {
                let kw = key_words(name);
                assert_eq!(lookup(&kw).map(|x| x.0 as usize), Some(n), "{name}: {kw:?}");
                if let Some(m) = line_of.insert(kw, n) {
                    assert_eq!(m, n, "{name} on two lines");
                }
            }
        }
    }

    /// The hash asks of a word what its key would say.
    #[test]
    fn the_first_word_hash_agrees_with_the_key() {
        for w in ["الأمم", "غوتيريش", "جوتيريش", "IMF", "ناسا", "مؤسسة"] {
            let n = search_text(w);
            assert_eq!(may_begin_name(&n), begins_name(&word_key(&n)), "{w}");
        }
    }

    /// Spellings, short names and acronyms of one entity are one entry; two entities never.
    #[test]
    fn spellings_of_one_entity_share_it() {
        let id = |s: &str| lookup(&key_words(s)).map(|x| x.0);
        assert_eq!(id("ترمب"), id("دونالد ترامب"));
        assert_eq!(id("غوتيريس"), id("أنطونيو جوتيريش"));
        assert_eq!(id("IMF"), id("صندوق النقد الدولي"));
        assert_eq!(id("الامم المتحده"), id("الأمم المتحدة"));
        assert_ne!(id("مجلس الأمن الدولي"), id("الأمم المتحدة"));
        assert_eq!(id("مجلس الأمن القومي"), None);
        assert_eq!(lookup(&key_words("ناسا")).map(|x| x.1), Some(EntityType::Org));
    }
}
