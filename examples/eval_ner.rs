//! Scores `entities()` on ANERcorp's test part the way users call it: the test
//! tokens joined with single spaces and fed as raw text, the spans found mapped back
//! to the corpus tokens they overlap, and compared with conlleval's exact-span rule
//! over PER, LOC, ORG and MISC (a span counts only when its first token, last token
//! and type all match).
//!
//! The main table feeds the whole test part as one text (one call of `entities`);
//! the last line feeds every sentence alone, for comparison.
//!
//! `cargo run --release --example eval_ner [-- --data PATH] [--no-clusters] [--gaz-mask HEX]`
//! (the last two for a model trained with the same options, to compare features);
//! `--window PATH` adds the scores of a window network written by `train_ner --nn-only
//! PATH` (issue #14's neural tagger, not kept) to both stages, at the weights the file
//! carries. `--tagger-only` scores the two stages' names alone, without the rules after
//! them (dates, quantities, `post` and `heads`) or linking: what the reader conventions
//! of the rules cost or give on ANERcorp.

use isnad::entities::conll;
use isnad::entities::corpus;
use isnad::entities::{entities, Span};
use std::time::Instant;

fn spans(text: &str) -> Vec<Span> {
    entities(text).into_iter().map(Span::from).collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data = args
        .iter()
        .position(|a| a == "--data")
        .and_then(|i| args.get(i + 1).cloned())
        .unwrap_or_else(|| "../shared/data/anercorp/test.conll".into());
    if args.iter().any(|a| a == "--no-clusters") {
        isnad::entities::features::CLUSTERS.store(false, std::sync::atomic::Ordering::Relaxed);
    }
    if let Some(hex) = args.iter().position(|a| a == "--gaz-mask").and_then(|i| args.get(i + 1)) {
        isnad::entities::features::GAZ_MASK.store(u32::from_str_radix(hex, 16).expect("--gaz-mask takes hex"), std::sync::atomic::Ordering::Relaxed);
    }
    let window = args.iter().position(|a| a == "--window").and_then(|i| args.get(i + 1)).map(|path| {
        let bytes = std::fs::read(path).expect("cannot read the window network");
        isnad::entities::window::Net::from_int8_bytes(&bytes).expect("not a window network")
    });
    if let Some((net, [l1, l2])) = &window {
        let scorer = std::cell::RefCell::new(isnad::entities::window::Scorer::new(net));
        let scores = |toks: &[isnad::entities::features::TokInfo]| scorer.borrow_mut().logits(toks);
        let extra = isnad::entities::Extra { scores: &scores, stage1: *l1, stage2: *l2 };
        return report(&data, |text| {
            // A fresh memory for each call, as `entities()` would have.
            *scorer.borrow_mut() = isnad::entities::window::Scorer::new(net);
            let spans = isnad::entities::find_spans_with_extra(text, &extra);
            isnad::entities::link::link_one(text, &spans).into_iter().map(Span::from).collect()
        });
    }
    if args.iter().any(|a| a == "--tagger-only") {
        use isnad::entities::{dict, find_spans_dict, model, model2};
        return report(&data, |text| find_spans_dict(model(), Some(model2()), dict::committed(), text, false));
    }
    report(&data, spans);
}

/// Prints the scores of `find` (one call on the whole test part, then every sentence alone).
fn report(data: &str, mut find: impl FnMut(&str) -> Vec<Span>) {
    let sentences = corpus::read_path(data);
    let _ = find("تحميل النموذج");
    let t0 = Instant::now();
    let mut bytes = 0;
    let doc = conll::score_document(&sentences, |t| {
        bytes = t.len();
        find(t)
    });
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "ANERcorp test ({data}): {} sentences, {} tokens joined with single spaces, one call of entities();\nexact-span (conlleval) scores over PER, LOC, ORG, MISC:\n",
        sentences.len(),
        sentences.iter().map(|s| s.tokens.len()).sum::<usize>()
    );
    print!("{}", doc.table());
    let alone = conll::score_sentences_alone(&sentences, find);
    let (p, r, f) = alone.micro();
    println!("\nevery sentence fed alone: micro P {p:.2} R {r:.2} F1 {f:.2}");
    println!("one call on {bytes} bytes took {secs:.3}s ({:.2} MB/s)", bytes as f64 / secs / 1e6);
}
