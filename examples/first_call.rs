//! Times the pieces of the first `entities` call (each table is opened once, at first
//! use; most are looked up where they lie and cost next to nothing):
//! `cargo run --release --example first_call`. Run it in a fresh process; the order
//! below makes each line the cost of one table alone.

use isnad::entities::{self, clusters, dict, gazetteer, general_freq, letters};
use std::time::Instant;

fn time<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let r = f();
    println!("{name:<28} {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    r
}

fn main() {
    let all = Instant::now();
    time("normalize tables", || isnad::normalize("قال", &isnad::Options::SEARCH));
    time("gazetteer tables", || gazetteer::word_flags("قال"));
    time("general-frequency table", || general_freq::buckets("قال"));
    time("letter models", || letters::bucket("قال"));
    time("clusters", || clusters::of("قال"));
    time("training dictionary", || dict::committed().get("قال").copied());
    time("model (ner.bin)", || { entities::model(); });
    time("model 2 (ner2.bin)", || { entities::model2(); });
    time("rest of entities('قال')", || entities::entities("قال").len());
    println!("{:<28} {:>8.1} ms", "first call, all", all.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    entities::entities("قال");
    println!("{:<28} {:>8.3} ms", "second call", t.elapsed().as_secs_f64() * 1e3);
}
