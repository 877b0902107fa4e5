//! Writes `models/letter_trigrams.tsv`, the letter-trigram counts of
//! `isnad::entities::letters`, from the name lists and the general-frequency table
//! (`make letters`; run it after either changes).

fn main() {
    let path = "models/letter_trigrams.tsv";
    std::fs::write(path, isnad::entities::letters::count_from_lists()).unwrap_or_else(|e| panic!("{path}: {e}"));
    eprintln!("wrote {path}");
}
