//! Trains the entity model on ANERcorp's training part and writes `models/ner.bin`
//! and the training dictionary `models/ner_dict.tsv`.
//!
//! `cargo run --release --example train_ner [-- --dev] [--epochs N] [--drop P]
//! [--bits B] [--data PATH]`. Deterministic: sentences are visited in an order drawn
//! from a fixed seed, and so is the word dropout. With `--dev` the last 10% of the
//! training sentences are held out and scored after every epoch (exact-span F1, the
//! same pipeline as `eval_ner`) and for a range of entity biases, and nothing is
//! written: that is how the defaults below were chosen.

use isnad::entities::conll::{self, Scores, Sentence};
use isnad::entities::dict::Dict;
use isnad::entities::model::{self, Averaged, Model, Trainer, NTAGS};
use isnad::entities::{features, find_spans_dict};
use std::time::Instant;

const EPOCHS: usize = 15;
const BITS: u32 = 20;
const WBYTES: u8 = 1;
/// Probability that a token's word features are hidden in a training step.
const DROP: f64 = 0.0;
/// Added to the score of every entity tag (trades precision for recall).
const BIAS: f32 = 12.0;
const FOLDS: usize = 10;
/// Loss-augmented training: extra score of every wrong tag while training.
const MARGIN: f32 = 10.0;

fn arg<T: std::str::FromStr>(args: &[String], name: &str) -> Option<T> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).and_then(|v| v.parse().ok())
}

/// Dev score with the dev sentences fed as one text (as `eval_ner` does with the test).
fn score<W: model::Weights>(w: &W, dict: &Dict, dev: &[Sentence]) -> Scores {
    conll::score_document(dev, |text| find_spans_dict(w, dict, text, false))
}

fn with_bias(avg: &Averaged, bias: f32) -> Averaged {
    let mut w = avg.w.clone();
    let r = model::row(features::bias_hash(), avg.bits);
    for t in 1..NTAGS {
        w[r * NTAGS + t] += bias;
    }
    Averaged { bits: avg.bits, w, trans: avg.trans.clone() }
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn unit(&mut self) -> f64 {
        self.next() as f64 / (1u64 << 31) as f64
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let data: String = arg(&args, "--data").unwrap_or_else(|| "../shared/data/anercorp/train.conll".into());
    let epochs: usize = arg(&args, "--epochs").unwrap_or(EPOCHS);
    let bits: u32 = arg(&args, "--bits").unwrap_or(BITS);
    let wbytes: u8 = arg(&args, "--wbytes").unwrap_or(WBYTES);
    let drop: f64 = arg(&args, "--drop").unwrap_or(DROP);
    let bias: f32 = arg(&args, "--bias").unwrap_or(BIAS);
    let dev_mode = args.iter().any(|a| a == "--dev");
    let text = std::fs::read_to_string(&data).unwrap_or_else(|e| panic!("cannot read {data}: {e}"));
    let sentences = conll::parse(&text);
    let cut = if dev_mode { sentences.len() * 9 / 10 } else { sentences.len() };
    let (train, dev) = sentences.split_at(cut);
    let t0 = Instant::now();

    // Training dictionaries: one from all training sentences, one per fold without it.
    let projected: Vec<_> = train.iter().map(|s| s.projected()).collect();
    let mut full = Dict::default();
    let mut folds = vec![Dict::default(); FOLDS];
    for (k, (infos, gold)) in projected.iter().enumerate() {
        for (t, &g) in infos.iter().zip(gold) {
            if t.kind != isnad::tokenize::TokenKind::Word {
                continue;
            }
            let label = model::tag_type(g).map_or(0, |x| x + 1);
            full.add(&t.stem, label);
            for (f, d) in folds.iter_mut().enumerate() {
                if f != k % FOLDS {
                    d.add(&t.stem, label);
                }
            }
        }
    }
    full.prune();
    folds.iter_mut().for_each(Dict::prune);

    #[allow(clippy::type_complexity)]
    let examples: Vec<(Vec<Vec<usize>>, Vec<u8>, Vec<usize>)> = train
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let ((feats, gold, lex), _) = s.training_example_with(&folds[k % FOLDS]);
            let rows = feats.iter().map(|fs| fs.iter().map(|&f| model::row(f, bits)).collect()).collect();
            (rows, gold, lex)
        })
        .collect();
    eprintln!("{} training sentences, {} dev; features in {:.1}s", train.len(), dev.len(), t0.elapsed().as_secs_f64());
    let mut trainer = Trainer::new(bits);
    trainer.margin = arg(&args, "--margin").unwrap_or(MARGIN);
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let mut mask = Vec::new();
    for epoch in 1..=epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() as usize) % (i + 1);
            order.swap(i, j);
        }
        let mut wrong = 0;
        for &k in &order {
            let (rows, gold, lex) = &examples[k];
            mask.clear();
            mask.extend(lex.iter().map(|&n| if drop > 0.0 && rng.unit() < drop { n } else { 0 }));
            if trainer.step(rows, gold, &mask) {
                wrong += 1;
            }
        }
        let mut line = format!("epoch {epoch}: {wrong} sentences wrong ({:.1}s)", t0.elapsed().as_secs_f64());
        if dev_mode {
            let (p, r, f) = score(&with_bias(&trainer.averaged(), bias), &full, dev).micro();
            line += &format!("; dev P {p:.2} R {r:.2} F1 {f:.2}");
        }
        eprintln!("{line}");
    }
    let avg = trainer.averaged();
    if dev_mode {
        for b in [0.0f32, 3.0, 6.0, 10.0, 15.0, 20.0, 30.0, 45.0] {
            let (p, r, f) = score(&with_bias(&avg, b), &full, dev).micro();
            eprintln!("bias {b}: dev P {p:.2} R {r:.2} F1 {f:.2}");
        }
        let biased = with_bias(&avg, bias);
        let q = Model::from_bytes(&Model::to_bytes(bits, &biased.w, &biased.trans, wbytes)).unwrap();
        println!(
            "dev split (last 10% of train.conll), {epochs} epochs, drop {drop}, bias {bias}, {wbytes} byte(s) per weight:\n{}",
            score(&q, &full, dev).table()
        );
        return;
    }
    let biased = with_bias(&avg, bias);
    let bytes = Model::to_bytes(bits, &biased.w, &biased.trans, wbytes);
    std::fs::write("models/ner.bin", &bytes).expect("cannot write models/ner.bin");
    std::fs::write("models/ner_dict.tsv", full.to_tsv()).expect("cannot write models/ner_dict.tsv");
    println!(
        "wrote models/ner.bin ({} bytes; {epochs} epochs, drop {drop}, bias {bias}, 2^{bits} rows, {wbytes} byte(s) per weight) and models/ner_dict.tsv ({} words)",
        bytes.len(),
        full.map.len()
    );
}
