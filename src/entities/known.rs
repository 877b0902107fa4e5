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
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

static LIST: &str = include_str!("../../models/gazetteers/known_entities.tsv");

struct Table {
    /// Key of a name (key words joined by spaces) → (entity number, type).
    names: HashMap<String, (u32, EntityType)>,
    /// Key words that begin a name: a scan tries only those.
    firsts: HashSet<String>,
    /// Most words in a name.
    longest: usize,
}

/// The key word of one `search`-form word: the name-key folding and no article.
pub fn word_key(search_word: &str) -> String {
    let mut k = String::with_capacity(search_word.len());
    for c in search_word.chars() {
        match c {
            'غ' | 'ج' | 'گ' | 'ڨ' | 'ڭ' => k.push('ج'),
            'ڤ' | 'ڥ' => k.push('ف'),
            'پ' => k.push('ب'),
            'چ' => k.push_str("تش"),
            'ژ' => k.push('ز'),
            'ؤ' => k.push('و'),
            'ئ' => k.push('ي'),
            'ء' => {}
            _ => k.push(c),
        }
    }
    match k.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => rest.to_string(),
        _ => k,
    }
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
        let mut t = Table { names: HashMap::new(), firsts: HashSet::new(), longest: 0 };
        let lines = LIST.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty());
        for (n, line) in lines.enumerate() {
            let Some((ty, names)) = line.split_once('\t') else { continue };
            let Some(kind) = parse_type(ty) else { continue };
            for name in names.split('|') {
                let words: Vec<String> = search_text(name).split_whitespace().map(word_key).collect();
                if words.is_empty() {
                    continue;
                }
                t.longest = t.longest.max(words.len());
                t.firsts.insert(words[0].clone());
                t.names.entry(words.join(" ")).or_insert((n as u32, kind));
            }
        }
        t
    })
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

    /// Every line parses, and the key words of a name are the linker's key words.
    #[test]
    fn the_list_parses_and_keys_as_the_linker_does() {
        for line in LIST.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let (ty, names) = line.split_once('\t').unwrap_or_else(|| panic!("no tab: {line}"));
            assert!(parse_type(ty).is_some(), "type {ty}");
            for name in names.split('|') {
                let kw = key_words(name);
                assert!(lookup(&kw).is_some(), "{name}: {kw:?}");
            }
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
