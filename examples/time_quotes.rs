//! Native timing of `quotes` on a text file, with tokenizing alone for comparison.
//!
//! `cargo run --release --example time_quotes -- FILE`

use isnad::compare::quotes;
use isnad::normalize::Options;
use isnad::tokenize::tokenize;
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: time_quotes FILE");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let t = Instant::now();
    let n = tokenize(&text, &Options::SEARCH).len();
    let tok = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let q = quotes(&text).len();
    let all = t.elapsed().as_secs_f64();
    println!("{} bytes, {n} tokens: tokenize {tok:.3} s; quotes {all:.3} s ({q} quotes)", text.len());
}
