//! Writes `models/gazetteer_lookup.tsv`, the tables of `isnad::entities::gazetteer` in
//! lookup form, from `models/gazetteers/*.tsv` and the lists in gazetteer.rs
//! (`make gazetteer`; run it after either changes).

fn main() {
    let path = "models/gazetteer_lookup.tsv";
    std::fs::write(path, isnad::entities::gazetteer::lookup_text()).unwrap_or_else(|e| panic!("{path}: {e}"));
    eprintln!("wrote {path}");
}
