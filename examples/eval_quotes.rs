//! Quote precision and recall, speaker name accuracy and speaker entity accuracy on
//! the seeds and on the reports of `tests/gold/quotes` (see
//! `tests/common/quotes_gold.rs` for what each measure counts).
//!
//! `cargo run --release --example eval_quotes [-- --misses]`

#[path = "../tests/common/quotes_gold.rs"]
mod gold;

fn print(what: &str, s: &gold::Scores) {
    println!(
        "quotes {what}: precision {:.1} recall {:.1} ({} found, {} wrong, {} missed); speaker named right {:.1}% ({}/{}); linked to the right entity {:.1}% ({}/{})",
        s.precision(), s.recall(), s.tp, s.fp, s.fn_, s.name_accuracy(), s.names_right, s.names, s.entity_accuracy(), s.entities_right, s.entities
    );
}

fn main() {
    let show = std::env::args().any(|a| a == "--misses");
    let mut misses = Vec::new();
    match gold::seeds() {
        Some((articles, g)) => print("on the seeds", &gold::score(&articles, &g, &mut misses)),
        None => println!("quotes on the seeds: ../shared/seeds not found, skipped"),
    }
    let (events, g) = gold::reports();
    let total = gold::score_events(&events, &g, &mut misses);
    print("on tests/gold/quotes/reports", &total);
    if show {
        for m in misses {
            println!("  {m}");
        }
    }
}
