//! The one reading of the labelled corpora that every training and evaluation tool
//! shares (`train_ner`, `eval_ner`, `cluster_corpus`, the quality tests): ANERcorp's
//! `token TAG` lines, and WikiFANE Gold's `token<TAB>TAG` lines, which are brought to
//! ANERcorp's conventions here so that the model sees both alike:
//!
//! - WikiFANE's 50 fine classes become PER / LOC / ORG / MISC or O ([`wikifane_type`]).
//! - Clitics WikiFANE splits off as tokens of their own (`و`, `ب`, `ل`, `ه`, `ها`, …)
//!   are joined back to their word, as raw text writes them (`عاصمة ها` → `عاصمتها`,
//!   `ل السودان` → `للسودان`): users paste raw text, and ANERcorp keeps words whole.
//! - Hamza on alef is folded in WikiFANE (أ إ آ written ا). Nothing restores it, and
//!   nothing needs to: the tagger sees words in their `search` form, which folds those
//!   letters alike in both corpora and at run time.

use super::conll::{self, Sentence};

/// Which corpus a sentence comes from: the tagger is for news, and Wikipedia's
/// sentences are weighed as such in training.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Domain {
    #[default]
    News,
    Wikipedia,
}

/// ANERcorp's type (`PER`, `LOC`, `ORG`, `MISC`) for a WikiFANE fine class, or `None`
/// for a class ANERcorp leaves untagged.
///
/// People of every walk (Politician, Artist, Police, …) are PER. Nations, cities,
/// regions, waters, continents, heavenly bodies and facilities (buildings, roads,
/// airports) are LOC, as ANERcorp and CoNLL tag places and facilities. Governments,
/// companies, schools, media, NGOs, religious bodies, teams are ORG. Works (books,
/// films, songs, software), products, vehicles, weapons, food and drugs are MISC.
/// `Group` (peoples and communities: العرب, المسلمين) is O, as ANERcorp leaves them.
pub fn wikifane_type(class: &str) -> Option<&'static str> {
    Some(match class {
        "Politician" | "Religious_PER" | "Artist" | "Other_PER" | "Scientist" | "Police" | "Athlete" | "Businessperson" | "Engineer" | "Lawyer" => "PER",
        "Population-Center" | "Nation" | "State-or-Province" | "County-or-District" | "Continent" | "GPE-Cluster" | "Water-Body" | "Land-Region-Natural" | "Celestial" | "Building-Grounds" | "Path" | "Airport" | "Subarea-Facility" | "Plant" => "LOC",
        "Government" | "Commercial" | "Educational" | "Media" | "Non-Governmental" | "Religious_ORG" | "Sports" | "Entertainment" | "Medical-Science" => "ORG",
        "Book" | "Movie" | "Sound" | "Software" | "Hardware" | "Air" | "Land" | "Water" | "Projectile" | "Shooting" | "Blunt" | "Exploding" | "Nuclear" | "Chemical" | "Sharp" | "Food" | "Drug" => "MISC",
        _ => return None,
    })
}

/// A WikiFANE tag (`B-Politician`) as an ANERcorp tag (`B-PER`, or `O`).
fn map_tag(tag: &str) -> String {
    match tag.split_once('-') {
        Some((bio @ ("B" | "I"), class)) => match wikifane_type(class) {
            Some(t) => format!("{bio}-{t}"),
            None => "O".into(),
        },
        _ => "O".into(),
    }
}

/// Proclitics WikiFANE writes as tokens of their own.
const PREFIXES: &[&str] = &["و", "ف", "ب", "ك", "ل", "س", "ال"];
/// Pronoun suffixes WikiFANE writes as tokens of their own.
const SUFFIXES: &[&str] = &["ه", "ها", "هم", "هما", "هن", "كم", "نا", "ني", "ي"];

fn is_word(t: &str) -> bool {
    t.chars().next().is_some_and(crate::tokenize::is_arabic_letter)
}

/// `prefix` written onto `word`: ل before the article elides its alef (ل + الكتاب =
/// للكتاب).
fn join_prefix(prefix: &str, word: &str) -> String {
    match (prefix.ends_with('ل') && !prefix.ends_with("ال"), word.strip_prefix("ال")) {
        (true, Some(rest)) => format!("{prefix}ل{rest}"),
        _ => format!("{prefix}{word}"),
    }
}

/// `suffix` written onto `word`: a final ة is written ت (عاصمة + ها = عاصمتها), a final
/// ى is written ي (على + ه = عليه).
fn join_suffix(word: &str, suffix: &str) -> String {
    if let Some(w) = word.strip_suffix('ة') {
        format!("{w}ت{suffix}")
    } else if let Some(w) = word.strip_suffix('ى') {
        format!("{w}ي{suffix}")
    } else {
        format!("{word}{suffix}")
    }
}

/// One WikiFANE sentence (tokens and fine tags) in ANERcorp's conventions: tags mapped,
/// split clitics joined back to their words. A joined word keeps its word's tag; a
/// prefix that began a name (tagged B-) makes the joined word begin it.
pub fn rejoin(tokens: &[&str], tags: &[&str]) -> Sentence {
    let mut out = Sentence::default();
    let mut pending: Vec<(usize, &str)> = Vec::new();
    for (i, (&tok, &tag)) in tokens.iter().zip(tags).enumerate() {
        let prev_is_word = out.tokens.last().is_some_and(|t| is_word(t)) && pending.is_empty();
        if SUFFIXES.contains(&tok) && prev_is_word && !tag.starts_with('B') {
            let last = out.tokens.pop().unwrap_or_default();
            out.tokens.push(join_suffix(&last, tok));
            continue;
        }
        let next_is_word = tokens.get(i + 1).is_some_and(|t| is_word(t));
        if PREFIXES.contains(&tok) && next_is_word && !SUFFIXES.contains(&tokens[i + 1]) {
            pending.push((i, tok));
            continue;
        }
        let mut word = tok.to_string();
        let mut tag = map_tag(tag);
        if !pending.is_empty() {
            for &(_, p) in pending.iter().rev() {
                word = join_prefix(p, &word);
            }
            if pending.iter().any(|&(k, _)| tags[k].starts_with("B-")) {
                tag = tag.replacen("I-", "B-", 1);
            }
            pending.clear();
        }
        out.tokens.push(word);
        out.tags.push(tag);
    }
    for (k, p) in pending {
        out.tokens.push(p.to_string());
        out.tags.push(map_tag(tags[k]));
    }
    out
}

/// Reads WikiFANE Gold (`token<TAB>TAG` lines, a blank line after each sentence).
pub fn parse_wikifane(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let (mut toks, mut tags): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    for line in text.lines().chain(std::iter::once("")) {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() {
            if !toks.is_empty() {
                out.push(rejoin(&toks, &tags));
                toks.clear();
                tags.clear();
            }
            continue;
        }
        let (tok, tag) = line.split_once('\t').unwrap_or((line, "O"));
        toks.push(tok.trim());
        tags.push(tag.trim());
    }
    out
}

/// Reads a labelled corpus: WikiFANE's tab-separated lines or ANERcorp's
/// space-separated ones, told apart by the first line.
pub fn parse(text: &str) -> (Vec<Sentence>, Domain) {
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    if first.contains('\t') {
        (parse_wikifane(text), Domain::Wikipedia)
    } else {
        (conll::parse(text), Domain::News)
    }
}

/// [`parse`] of the file at `path`, which must be readable.
pub fn read_path(path: &str) -> Vec<Sentence> {
    read_path_domain(path).0
}

/// [`read_path`] with the corpus's domain.
pub fn read_path_domain(path: &str) -> (Vec<Sentence>, Domain) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    parse(&text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fine_classes_map_to_anercorp_types() {
        assert_eq!(wikifane_type("Politician"), Some("PER"));
        assert_eq!(wikifane_type("Police"), Some("PER"));
        assert_eq!(wikifane_type("Population-Center"), Some("LOC"));
        assert_eq!(wikifane_type("Nation"), Some("LOC"));
        assert_eq!(wikifane_type("Water-Body"), Some("LOC"));
        assert_eq!(wikifane_type("Non-Governmental"), Some("ORG"));
        assert_eq!(wikifane_type("Government"), Some("ORG"));
        assert_eq!(wikifane_type("Book"), Some("MISC"));
        assert_eq!(wikifane_type("Air"), Some("MISC"));
        assert_eq!(wikifane_type("Group"), None);
        assert_eq!(map_tag("I-Media"), "I-ORG");
        assert_eq!(map_tag("B-Group"), "O");
        assert_eq!(map_tag("O"), "O");
    }

    #[test]
    fn split_clitics_join_their_words() {
        let s = rejoin(&["مدينة", "جوبا", "عاصمة", "ها", "و", "ملكال", "ل", "جنوب", "السودان", "و", "ل", "الحزب", "."], &["O", "B-Population-Center", "O", "O", "O", "B-Population-Center", "O", "B-Nation", "I-Nation", "O", "O", "O", "O"]);
        assert_eq!(s.tokens, ["مدينة", "جوبا", "عاصمتها", "وملكال", "لجنوب", "السودان", "وللحزب", "."]);
        assert_eq!(s.tags, ["O", "B-LOC", "O", "B-LOC", "B-LOC", "I-LOC", "O", "O"]);
        // A prefix before punctuation or at the end stays a token.
        let s = rejoin(&["و", "."], &["O", "O"]);
        assert_eq!(s.tokens, ["و", "."]);
    }

    #[test]
    fn the_format_is_told_by_its_first_line() {
        let (s, d) = parse("جوبا\tB-Population-Center\nو\tO\nواو\tB-Population-Center\n\n");
        assert_eq!(d, Domain::Wikipedia);
        assert_eq!(s[0].tokens, ["جوبا", "وواو"]);
        let (s, d) = parse("جوبا B-LOC\nمدينة O\n");
        assert_eq!((d, s[0].tags.clone()), (Domain::News, vec!["B-LOC".to_string(), "O".to_string()]));
    }
}
