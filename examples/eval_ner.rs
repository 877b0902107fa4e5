//! Scores `entities()` on ANERcorp's test part, the way users call it: each sentence's
//! tokens joined with single spaces and fed as raw text, the spans found mapped back
//! to the tokens they overlap, and compared with conlleval's exact-span rule over
//! PER, LOC, ORG and MISC.
//!
//! `cargo run --release --example eval_ner [-- --data PATH]`

use isnad::entities::conll::{self, Scores};
use isnad::entities::{entities, Span};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data = args
        .iter()
        .position(|a| a == "--data")
        .and_then(|i| args.get(i + 1).cloned())
        .unwrap_or_else(|| "../shared/data/anercorp/test.conll".into());
    let text = std::fs::read_to_string(&data).unwrap_or_else(|e| panic!("cannot read {data}: {e}"));
    let sentences = conll::parse(&text);
    let mut scores = Scores::default();
    let mut bytes = 0usize;
    let t0 = Instant::now();
    for s in &sentences {
        let (raw, ranges) = s.text();
        bytes += raw.len();
        let spans: Vec<Span> = entities(&raw)
            .into_iter()
            .map(|e| Span { start: e.start, end: e.end, kind: e.kind, score: e.score })
            .collect();
        scores.add(&conll::gold_chunks(&s.tags), &conll::spans_to_chunks(&ranges, &spans));
    }
    let secs = t0.elapsed().as_secs_f64();
    println!("ANERcorp test ({data}): {} sentences, exact-span conlleval scores of entities() on raw text\n", sentences.len());
    print!("{}", scores.table());
    println!("\n{} bytes in {:.2}s ({:.2} MB/s, model loading included)", bytes, secs, bytes as f64 / secs / 1e6);
}
