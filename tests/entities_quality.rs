//! The committed model keeps its quality: exact-span micro F1 of `entities()` on the
//! ANERcorp test part (tokens joined with single spaces, one call; as `make eval`)
//! stays above a floor. Needs ../shared/data/anercorp/test.conll.
#![cfg(not(target_arch = "wasm32"))]
use isnad::entities::conll;
use isnad::entities::{entities, Span};

#[test]
fn test_set_f1_stays_above_the_floor() {
    let path = "../shared/data/anercorp/test.conll";
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let sentences = conll::parse(&text);
    assert!(sentences.len() > 900);
    let scores = conll::score_document(&sentences, |t| {
        entities(t).into_iter().map(Span::from).collect()
    });
    let (p, r, f) = scores.micro();
    println!("{}", scores.table());
    assert!(f >= 68.0, "micro F1 {f:.2} (P {p:.2}, R {r:.2}) fell below 68");
    // MISC's floor is lower: ANERcorp marks a currency after a number (3 مليارات دولار)
    // as MISC, where the quantity takes it as its unit (27 of its 236 MISC mentions).
    for (k, floor) in [(0, 45.0), (1, 45.0), (2, 45.0), (3, 40.0)] {
        assert!(scores.of_type(k).2 >= floor, "type {k}: F1 {:.2}", scores.of_type(k).2);
    }
}
