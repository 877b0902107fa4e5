//! Where the rows of the committed front-coded tables can be looked up from
//! (`src/entities/frontcode.rs`): for each table, the byte offsets of its lines that
//! begin with `a` (rows written in full, where a lookup starts decoding) and with `@`
//! (section headers), as little-endian u32 in `OUT_DIR/<table>.lines`. Finding them at
//! run time took a scan of 2 MB at the first call, the slowest part of it in the wasm
//! package; here it happens once per change of a table. A test checks these offsets
//! against a scan of the table (`frontcode::tests::committed_tables_have_their_offsets`).

use std::path::Path;

const TABLES: &[&str] = &["models/general_freq.tsv", "models/clusters.tsv", "models/gazetteer_lookup.tsv"];

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
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
