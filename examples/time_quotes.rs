//! Native timing of `quotes` on a text file.
//!
//! `cargo run --release --example time_quotes -- FILE`

use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: time_quotes FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let t = Instant::now();
    let q = isnad::compare::quotes(&text).len();
    println!("{} bytes: quotes {:.3} s ({q} quotes)", text.len(), t.elapsed().as_secs_f64());
}
