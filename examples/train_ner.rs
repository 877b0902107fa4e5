//! Trains the entity models on ANERcorp's training part (and a share of WikiFANE Gold,
//! see `EXTRA`) and writes `models/ner.bin`
//! (first stage), `models/ner2.bin` (second stage) and the training dictionary
//! `models/ner_dict.tsv`. Corpora are read by `isnad::entities::corpus`.
//!
//! `cargo run --release --example train_ner [-- --dev] [--epochs N] [--margin M]
//! [--bias B] [--bias2 B] [--drop P] [--bits B] [--data PATH]
//! [--fold K] [--seed S] [--seeds N] [--errors FILE] [--extra PATH] [--extra-frac F]
//! [--extra-entities] [--extra-weight W] [--no-domain] [--no-augment] [--alone-frac F] [--no-clusters] [--gaz-mask HEX]`. Deterministic:
//! sentences are visited in orders drawn from a fixed seed. Each model is the mean of
//! `SEEDS` averaged perceptrons trained with loss-augmented decoding; the second stage
//! learns from first-stage tags made by first stages that did not see the sentences
//! (five blocks). With `--dev` the last 10% of the training sentences (or the tenth
//! `--fold K`, 0-9) are held out and scored (exact-span F1, the dev sentences fed as
//! one text as `eval_ner` does) for a range of second-stage biases, and nothing is
//! written: that is how the defaults below were chosen. `--errors FILE` writes the dev
//! mentions missed, wrong and right, with their sentences.
//!
//! `--extra PATH` adds the sentences of another corpus (WikiFANE by default, `none`)
//! to training only, `--extra-frac F` a share of them, each with a Wikipedia domain
//! feature (`--no-domain`: without) and Wikipedia copies of its features
//! (`--no-augment`: without); `--alone-frac F` lets that share of the second stage's
//! training sentences see no other sentence (as when a sentence is fed alone);
//! `--no-clusters` and `--gaz-mask HEX` (flags kept) turn features off to measure what
//! they bring; `--extra-entities` keeps only the extra sentences that name something,
//! `--extra-weight W` scales their perceptron updates (both measured, neither kept:
//! README, Entities). `--dev` also prints a summary line: F1 with the dev part as one text,
//! with linking, with every sentence fed alone, and per type; a `pipeline` line, the
//! same for everything `entities()` does (the rules of `post.rs` and `heads.rs` after
//! the tagger, and linking); and a `stage1` line, the first stage alone.
//! `--eval-stages PATH` (with `--dev`) trains nothing and scores the stages that
//! `--stages PATH` saved for the same fold and seed (changes after the tagger are
//! measured in seconds: `EVAL=1 tools/ner_paired.sh`); `--errors-pipeline FILE` writes
//! the error list of the whole pipeline, `--errors-alone FILE` that of every sentence
//! fed alone (`--errors-of stage1|tagger` for the first stage or the tagger without
//! the rules).
//!
//! `--nn` (with `--dev`) also trains the window network of `isnad::entities::window` on
//! the same training sentences (`--nn-dim D --nn-hidden H --nn-bits B --nn-epochs E
//! --nn-lr L --nn-drop P --nn-words`, seed `--seed`) and prints the dev scores of the
//! two stages with its log-probabilities added to the emissions at several weights
//! (`--nn-grid "L1:L2,..."`, stage 1 and stage 2; `nn 0 0` is the perceptrons alone)
//! and of the network alone; `--nn-int8` scores it after a round trip through one byte
//! a weight, `--nn-save PATH` writes it (f32), `--stages PATH` keeps the quantized
//! perceptron stages of the fold and seed in PATH.1 and PATH.2, or loads them when
//! there, so that variants of the network are measured without training the
//! perceptrons again (`tools/ner_nn.sh`). Without `--dev`, `--nn-only PATH
//! --nn-weights L1:L2` trains the network alone on all the training data and writes it
//! quantized with those weights (`eval_ner --window PATH` reads it). Issue #14's
//! question, does a neural tagger help: not enough (README, Entities).
//!
//! One tenth is a small sample: the dev F1 of one fold moves by about one point with
//! the seed alone (`--seed S`). Judge a change by the mean over several folds and
//! seeds, e.g. folds 1, 5 and 9 with seeds 0 and 7.

use isnad::entities::conll::{self, Scores, Sentence};
use isnad::entities::corpus;
use isnad::entities::dict::Dict;
use isnad::entities::model::{self, Averaged, Model, Trainer, NTAGS};
use isnad::entities::features::{self, TokInfo};
use isnad::entities::{find_spans_dict, find_spans_extra, Extra, DOC_WINDOW};
use isnad::entities::window::Net;
use std::time::Instant;

#[path = "nn/window_train.rs"]
mod window_train;

/// Passes over the training sentences. With the word clusters and the larger name lists
/// every choice was measured at 15 epochs and one perceptron per model (`--seeds 1`),
/// and those are the committed settings (they were 35 and 3 before): on dev folds 1 and
/// 5, 35 epochs with three perceptrons scored 76.97 against 76.96, at three times the
/// training time.
const EPOCHS: usize = 15;
const BITS: u32 = 20;
/// Probability that a token's word features are hidden in a training step.
const DROP: f64 = 0.0;
/// Added to the score of every entity tag of the first stage (trades precision for
/// recall; written into `ner.bin`). 16 rather than the 12 of before: on dev folds 1, 5
/// and 9 with seeds 0 and 7, paired with 12, it gave +0.25 and +0.04 with the rules and
/// linking after the tagger (the `pipeline` lines, one text and every sentence alone;
/// 20 gave less), and the committed models were made again with it once the rules after
/// the tagger no longer lost our gold's mentions to the retrain (README, Entities).
const BIAS: f32 = 16.0;
const FOLDS: usize = 10;
/// Blocks of sentences for the first-stage tags the second stage trains on.
const BLOCKS: usize = 5;
/// Perceptrons averaged into each model (see `EPOCHS`).
const SEEDS: usize = 1;
/// `SEEDS`, or `--seeds N`.
static SEEDS_N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(SEEDS);
/// Added to the score of every entity tag in the second stage. With the general-Arabic
/// features and the large name list the second stage needs no push towards recall: the
/// mean dev F1 over all ten folds (seed 0) was 75.94 at 0, 75.89 at 15, 75.60 at 25 and
/// 75.32 at 35 (it was 30 before).
const BIAS2: f32 = 0.0;
/// Loss-augmented training: extra score of every wrong tag while training.
const MARGIN: f32 = 10.0;
/// More training sentences, from Wikipedia (`--extra PATH`, `none` for ANERcorp alone):
/// WikiFANE Gold, with every feature of its sentences copied into a Wikipedia-only
/// version (`AUGMENT`). Mixed in plainly (one domain feature) it brought nothing beyond
/// the noise (folds 1 and 5: 76.82 with 30% of it against 77.61; 77.22 with 15% against
/// 76.96). With the copies, 30% of it raised the mean dev F1 over all ten folds from
/// 77.85 to 78.54 (better on seven folds of ten), and with every dev sentence fed alone
/// from 76.27 to 77.20 (means of the `summary` lines of `--dev --fold K`, K = 0 to 9).
/// 60% of it gave 76.96 against 76.77 on folds 1, 5 and 9 (with `PRUNE`): no clear gain
/// for twice the training time and larger files.
const EXTRA: &str = "../shared/data/wikifane/wikifane_gold.txt";
/// The share of `EXTRA`'s sentences trained on (`--extra-frac F`).
const EXTRA_FRAC: f64 = 0.3;
/// Daumé's feature augmentation ("Frustratingly easy domain adaptation", ACL 2007), the
/// half of it that needs nothing at run time: a feature of a Wikipedia sentence fires
/// twice, as itself and as its Wikipedia copy, and news sentences (and text at run time)
/// fire only the shared one. What is peculiar to Wikipedia's conventions (its fine
/// classes brought to four, its clitics, its encyclopaedic sentences) can go into the
/// copies, so the shared weights keep what holds in both (`--no-augment`: plain mixing).
const AUGMENT: bool = true;

/// Rows whose quantized weights are all smaller than this are left out of the written
/// models. With WikiFANE the two files grew from 380 + 378 KB gzipped to 701 + 726 KB.
/// On dev folds 1, 5 and 9 (mean dev F1 76.84 keeping every row) leaving out rows below
/// 2 gave 76.77 with half the rows, below 3 76.75, below 4 76.63, below 6 75.72
/// (`--dev` prints the sweep).
const PRUNE: i8 = 2;

/// Thousandths of the second stage's training sentences that see no other sentence
/// (`--alone-frac F`).
static ALONE_FRAC_X: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Mixed into a feature's hash for its Wikipedia-only copy (`AUGMENT`).
const AUGMENT_SALT: u64 = 0x9e37_79b9_7f4a_7c15;

fn arg<T: std::str::FromStr>(args: &[String], name: &str) -> Option<T> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).and_then(|v| v.parse().ok())
}

/// Dev score with the dev sentences fed as one text (as `eval_ner` does with the test).
fn score<W: model::Weights, W2: model::Weights>(w: &W, w2: Option<&W2>, dict: &Dict, dev: &[Sentence]) -> Scores {
    conll::score_document(dev, |text| find_spans_dict(w, w2, dict, text, false))
}

#[allow(clippy::type_complexity)]
/// A training sentence: its tokens' feature rows, gold tags, word-feature counts
/// (for `--drop`) and the weight of its updates (`--extra-weight` for Wikipedia's).
type Example = (Vec<Vec<usize>>, Vec<u8>, Vec<usize>, f32);

/// Trains one perceptron on `examples` (in an order drawn from `rng`).
fn train_perceptron(examples: &[&Example], bits: u32, epochs: usize, margin: f32, drop: f64, rng: &mut Rng, log: &str) -> Averaged {
    let t0 = Instant::now();
    let mut trainer = Trainer::new(bits);
    trainer.margin = margin;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut mask = Vec::new();
    for epoch in 1..=epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() as usize) % (i + 1);
            order.swap(i, j);
        }
        let mut wrong = 0;
        for &k in &order {
            let (rows, gold, lex, weight) = examples[k];
            mask.clear();
            mask.extend(lex.iter().map(|&n| if drop > 0.0 && rng.unit() < drop { n } else { 0 }));
            if trainer.step_weighted(rows, gold, &mask, *weight) {
                wrong += 1;
            }
        }
        if epoch == epochs {
            eprintln!("{log}: epoch {epoch}: {wrong} sentences wrong ({:.1}s)", t0.elapsed().as_secs_f64());
        }
    }
    trainer.averaged()
}

/// The mean of `SEEDS` perceptrons trained in different orders: less dependent on
/// one order of the sentences.
fn train_avg(examples: &[&Example], bits: u32, epochs: usize, margin: f32, drop: f64, rng: &mut Rng, log: &str) -> Averaged {
    let mut sum = train_perceptron(examples, bits, epochs, margin, drop, rng, log);
    let seeds = SEEDS_N.load(std::sync::atomic::Ordering::Relaxed);
    for _ in 1..seeds {
        let m = train_perceptron(examples, bits, epochs, margin, drop, rng, log);
        sum.w.iter_mut().zip(&m.w).for_each(|(a, b)| *a += b);
        sum.trans.iter_mut().zip(&m.trans).for_each(|(a, b)| *a += b);
    }
    let k = seeds as f32;
    sum.w.iter_mut().for_each(|a| *a /= k);
    sum.trans.iter_mut().for_each(|a| *a /= k);
    sum
}

/// Tags of a sentence from its feature rows.
fn decode(w: &Averaged, rows: &[Vec<usize>]) -> Vec<u8> {
    let em: Vec<[f32; NTAGS]> = rows
        .iter()
        .map(|rs| {
            let mut s = [0f32; NTAGS];
            for &r in rs {
                model::Weights::add_row(w, r, &mut s);
            }
            s
        })
        .collect();
    model::viterbi(w, &em)
}

/// Second-stage examples: the sentences' infos with the first stage's tags `s1`; the
/// sentences from `wiki.0` on carry the domain feature's row `wiki.1`, if any, and
/// with `wiki.2` the Wikipedia copies of their features (`AUGMENT`).
fn stage2_examples(mut infos: Vec<Vec<TokInfo>>, s1: &[Vec<u8>], golds: &[Vec<u8>], bits: u32, wiki: (usize, Option<usize>, bool, f32), shared: &mut [bool]) -> Vec<Example> {
    let mut flat: Vec<TokInfo> = Vec::new();
    let mut sents = Vec::new();
    let mut labels = Vec::new();
    for (k, si) in infos.iter_mut().enumerate() {
        let start = flat.len();
        for (t, &tag) in si.iter_mut().zip(&s1[k]) {
            t.s1 = Some(tag);
            labels.push(model::tag_type(tag).map_or(0, |x| x as u8 + 1));
        }
        flat.extend(si.drain(..));
        sents.push(start..flat.len());
    }
    features::doc_counts(&sents, &mut flat, &labels, DOC_WINDOW);
    // A share of the sentences see only themselves, as a sentence fed alone does.
    let alone = ALONE_FRAC_X.load(std::sync::atomic::Ordering::Relaxed) as f64 / 1000.0;
    for (k, r) in sents.iter().enumerate() {
        if alone > 0.0 && (Rng(k as u64 ^ 0x51ce_a10e).next() as f64 / (1u64 << 31) as f64) < alone {
            features::doc_counts(&[0..r.len()], &mut flat[r.clone()], &labels[r.clone()], 0);
        }
    }
    sents
        .iter()
        .zip(golds)
        .enumerate()
        .map(|(k, (r, gold))| {
            let si = &flat[r.clone()];
            let mut lex = Vec::new();
            let extra = wiki.1.filter(|_| k >= wiki.0);
            let rows = (0..si.len())
                .map(|i| {
                    let mut f = Vec::new();
                    lex.push(features::features(si, i, &mut f));
                    features::stage2_features(si, i, &mut f);
                    let copies = f.iter().filter(|_| k >= wiki.0 && wiki.2).map(|&h| model::row(h ^ AUGMENT_SALT, bits));
                    let own: Vec<usize> = f.iter().map(|&h| model::row(h, bits)).collect();
                    own.iter().for_each(|&r| shared[r] = true);
                    own.into_iter().chain(extra).chain(copies).collect()
                })
                .collect();
            (rows, gold.clone(), lex, if k >= wiki.0 { wiki.3 } else { 1.0 })
        })
        .collect()
}

/// `avg` with only the rows of features that text at run time can fire (`shared`):
/// the Wikipedia copies and the domain feature are for training alone, and would only
/// make the files larger (by a tenth).
fn shared_only(mut avg: Averaged, shared: &[bool]) -> Averaged {
    for (r, &keep) in shared.iter().enumerate() {
        if !keep {
            avg.w[r * NTAGS..(r + 1) * NTAGS].iter_mut().for_each(|w| *w = 0.0);
        }
    }
    avg
}

fn with_bias(avg: &Averaged, bias: f32) -> Averaged {
    let mut w = avg.w.clone();
    let r = model::row(features::bias_hash(), avg.bits);
    for t in 1..NTAGS {
        w[r * NTAGS + t] += bias;
    }
    Averaged { bits: avg.bits, w, trans: avg.trans.clone() }
}

/// Dev mentions missed (`-`), predicted wrongly (`+`) and right (`=`), with their sentence, for
/// reading what the model gets wrong.
fn dev_errors(find: impl Fn(&str) -> Vec<isnad::entities::Span>, dev: &[Sentence]) -> String {
    let doc = conll::Document::new(dev);
    let (gold, text, ranges) = (&doc.gold, &doc.text, &doc.ranges);
    let pred = doc.chunks(&find(text));
    let names = ["PER", "LOC", "ORG", "MISC"];
    let words = |a: usize, b: usize| &text[ranges[a].0..ranges[b - 1].1];
    let overlapping = |x: &(usize, usize, usize), list: &[(usize, usize, usize)]| -> String {
        let over: Vec<String> = list.iter().filter(|y| y.0 < x.1 && x.0 < y.1).map(|y| format!("{}:{}", names[y.2], words(y.0, y.1))).collect();
        over.join(" | ")
    };
    let mut lines: Vec<(usize, String)> = Vec::new();
    for g in gold.iter().filter(|g| !pred.contains(g)) {
        lines.push((g.0, format!("- {}\t{}\tpred: {}", names[g.2], words(g.0, g.1), overlapping(g, &pred))));
    }
    for p in &pred {
        let line = if gold.contains(p) {
            format!("= {}\t{}\t", names[p.2], words(p.0, p.1))
        } else {
            format!("+ {}\t{}\tgold: {}", names[p.2], words(p.0, p.1), overlapping(p, gold))
        };
        lines.push((p.0, line));
    }
    lines.sort();
    let mut out = String::new();
    for (i, l) in lines {
        let k = doc.firsts.partition_point(|&f| f <= i) - 1;
        out.push_str(&format!("{l}\t[{}]\n", dev[k].tokens.join(" ")));
    }
    out
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

/// The options `main` reads; any other word that begins with `--` (`--help` among them)
/// stops the tool before it trains, since a run without `--dev` writes `models/`.
const OPTIONS: &[&str] = &[
    "--alone-frac", "--bias", "--bias2", "--bits", "--data", "--dev", "--drop", "--epochs", "--errors", "--errors-alone", "--errors-of",
    "--errors-pipeline", "--eval-stages", "--extra", "--extra-frac", "--fold", "--gaz-mask", "--margin", "--nn", "--nn-bits", "--nn-dim",
    "--nn-drop", "--nn-epochs", "--nn-grid", "--nn-hidden", "--nn-int8", "--nn-lr", "--nn-only", "--nn-save", "--nn-weights",
    "--nn-words", "--no-augment", "--no-clusters", "--no-domain", "--seed", "--seeds", "--stages", "--extra-entities", "--extra-weight",
];

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(bad) = args.iter().find(|a| a.starts_with("--") && !OPTIONS.contains(&a.as_str())) {
        eprintln!("train_ner: unknown option {bad}; the options are {} (see the doc comment of examples/train_ner.rs). Nothing was trained or written.", OPTIONS.join(" "));
        std::process::exit(2);
    }
    let data: String = arg(&args, "--data").unwrap_or_else(|| "../shared/data/anercorp/train.conll".into());
    let epochs: usize = arg(&args, "--epochs").unwrap_or(EPOCHS);
    let bits: u32 = arg(&args, "--bits").unwrap_or(BITS);
    let drop: f64 = arg(&args, "--drop").unwrap_or(DROP);
    let bias: f32 = arg(&args, "--bias").unwrap_or(BIAS);
    let bias2: f32 = arg(&args, "--bias2").unwrap_or(BIAS2);
    let margin: f32 = arg(&args, "--margin").unwrap_or(MARGIN);
    let dev_mode = args.iter().any(|a| a == "--dev");
    if args.iter().any(|a| a == "--no-clusters") {
        features::CLUSTERS.store(false, std::sync::atomic::Ordering::Relaxed);
    }
    if let Some(hex) = arg::<String>(&args, "--gaz-mask") {
        features::GAZ_MASK.store(u32::from_str_radix(&hex, 16).expect("--gaz-mask takes hex"), std::sync::atomic::Ordering::Relaxed);
    }
    let sentences = corpus::read_path(&data);
    // `--fold K` (0-9, with --dev) holds out the K-th tenth instead of the last.
    let fold: usize = arg(&args, "--fold").unwrap_or(FOLDS - 1).min(FOLDS - 1);
    let n_all = sentences.len();
    let (lo, hi) = if dev_mode { (n_all * fold / FOLDS, n_all * (fold + 1) / FOLDS) } else { (n_all, n_all) };
    let dev: &[Sentence] = &sentences[lo..hi];
    let mut train_owned: Vec<Sentence> = sentences[..lo].iter().chain(&sentences[hi..]).cloned().collect();
    let news = train_owned.len();
    // `--extra PATH`: more training sentences (WikiFANE), never scored; `--extra-frac F`
    // keeps that share of them (every sentence whose hash falls below it).
    let extra: String = arg(&args, "--extra").unwrap_or_else(|| EXTRA.into());
    if !extra.is_empty() && extra != "none" {
        let frac: f64 = arg(&args, "--extra-frac").unwrap_or(EXTRA_FRAC);
        let named_only = args.iter().any(|a| a == "--extra-entities");
        let kept = corpus::read_path(&extra)
            .into_iter()
            .enumerate()
            .filter(|(k, _)| (Rng(*k as u64 ^ 0x9e37_79b9).next() as f64 / (1u64 << 31) as f64) < frac)
            .filter(|(_, s)| !named_only || s.tags.iter().any(|t| t != "O"));
        train_owned.extend(kept.map(|(_, s)| s));
    }
    let train: &[Sentence] = &train_owned;
    // Sentences `news..` are Wikipedia's: they carry the domain feature.
    let wiki_feature = !args.iter().any(|a| a == "--no-domain");
    let wiki_row = model::row(features::wikipedia_hash(), bits);
    let augment = AUGMENT && !args.iter().any(|a| a == "--no-augment");
    // `--extra-weight W`: the perceptron updates of the extra sentences count W times.
    let wiki_weight: f32 = arg(&args, "--extra-weight").unwrap_or(1.0);
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
    // `--eval-stages PATH` (with --dev): no training, the stages saved by `--stages PATH`
    // of this fold and seed scored (to measure changes of the rules after the tagger).
    if let (true, Some(p)) = (dev_mode, arg::<String>(&args, "--eval-stages")) {
        let read = |k: u8| Model::from_bytes(&std::fs::read(format!("{p}.{k}")).expect("cannot read the saved stages")).expect("saved stages");
        dev_report(&read(1), &read(2), &full, dev, &args);
        return;
    }

    let mut infos_all: Vec<Vec<TokInfo>> = Vec::with_capacity(train.len());
    // Rows of the features run time fires, per stage (see `shared_only`).
    let mut shared1 = vec![false; 1 << bits];
    let mut shared2 = vec![false; 1 << bits];
    let examples: Vec<Example> = train
        .iter()
        .enumerate()
        .map(|(k, s)| {
            let ((feats, gold, lex), infos) = s.training_example_with(&folds[k % FOLDS]);
            infos_all.push(infos);
            let wiki = k >= news && wiki_feature;
            let rows = feats
                .iter()
                .map(|fs| {
                    let mut r: Vec<usize> = fs.iter().map(|&f| model::row(f, bits)).collect();
                    r.iter().for_each(|&x| shared1[x] = true);
                    if wiki {
                        r.push(wiki_row);
                    }
                    if k >= news && augment {
                        r.extend(fs.iter().map(|&f| model::row(f ^ AUGMENT_SALT, bits)));
                    }
                    r
                })
                .collect();
            (rows, gold, lex, if k >= news { wiki_weight } else { 1.0 })
        })
        .collect();
    let mut rng = Rng(0x5eed_1234_abcd_ef01 ^ arg::<u64>(&args, "--seed").unwrap_or(0));
    ALONE_FRAC_X.store((arg::<f64>(&args, "--alone-frac").unwrap_or(0.0) * 1000.0) as usize, std::sync::atomic::Ordering::Relaxed);
    SEEDS_N.store(arg(&args, "--seeds").unwrap_or(SEEDS), std::sync::atomic::Ordering::Relaxed);
    eprintln!("{} training sentences ({} news), {} dev; features in {:.1}s", train.len(), news, dev.len(), t0.elapsed().as_secs_f64());
    // The window network (`--nn`), trained on the same sentences and infos.
    let net: Option<Net> = args.iter().any(|a| a == "--nn" || a == "--nn-only").then(|| {
        let st = window_train::Settings {
            bits: arg(&args, "--nn-bits").unwrap_or(14),
            words: args.iter().any(|a| a == "--nn-words"),
            dim: arg(&args, "--nn-dim").unwrap_or(16),
            hidden: arg(&args, "--nn-hidden").unwrap_or(32),
            epochs: arg(&args, "--nn-epochs").unwrap_or(6),
            lr: arg(&args, "--nn-lr").unwrap_or(0.05),
            drop: arg(&args, "--nn-drop").unwrap_or(0.2),
            seed: arg(&args, "--seed").unwrap_or(0),
        };
        eprintln!("window net: {st:?}");
        let pairs: Vec<(Vec<TokInfo>, Vec<u8>)> = infos_all.iter().cloned().zip(examples.iter().map(|e| e.1.clone())).collect();
        let tr = window_train::examples(&pairs, &st);
        let dev_pairs: Vec<(Vec<TokInfo>, Vec<u8>)> = dev
            .iter()
            .map(|s| {
                let (mut infos, gold) = s.projected();
                features::mark_with(&mut infos, &full);
                (infos, gold)
            })
            .collect();
        let net = window_train::train(&tr, &window_train::examples(&dev_pairs, &st), &st);
        if let Some(path) = arg::<String>(&args, "--nn-save") {
            std::fs::write(&path, net.to_bytes()).expect("cannot write the window network");
        }
        if args.iter().any(|a| a == "--nn-int8") {
            Net::from_int8_bytes(&net.to_int8_bytes([0.0; 2])).expect("quantized network").0
        } else {
            net
        }
    });
    // `--nn-only PATH` (without --dev): write the network alone, quantized, with the
    // weights of its scores in the two stages (`--nn-weights L1:L2`), and stop.
    if let (Some(path), Some(net), false) = (arg::<String>(&args, "--nn-only"), &net, dev_mode) {
        let w: String = arg(&args, "--nn-weights").expect("--nn-only needs --nn-weights L1:L2");
        let (a, b) = w.split_once(':').expect("--nn-weights L1:L2");
        let bytes = net.to_int8_bytes([a.parse().expect("L1"), b.parse().expect("L2")]);
        std::fs::write(&path, &bytes).expect("cannot write the window network");
        println!("wrote {path} ({} bytes)", bytes.len());
        return;
    }
    // `--stages PATH` (with --dev): the quantized stages of this fold and seed, saved
    // after training or, when saved already, loaded instead (to measure variants of the
    // window network without training the perceptrons again).
    let stages: Option<String> = arg(&args, "--stages");
    if let (true, Some(p), Some(net)) = (dev_mode, &stages, &net) {
        if let (Ok(b1), Ok(b2)) = (std::fs::read(format!("{p}.1")), std::fs::read(format!("{p}.2"))) {
            let (q1, q2) = (Model::from_bytes(&b1).unwrap(), Model::from_bytes(&b2).unwrap());
            nn_eval(net, &q1, &q2, &full, dev, &args);
            return;
        }
    }
    let all: Vec<&Example> = examples.iter().collect();
    let stage1 = shared_only(with_bias(&train_avg(&all, bits, epochs, margin, drop, &mut rng, "stage 1"), bias), &shared1);

    // The second stage learns from first-stage tags it could not have memorized: each
    // block of sentences is tagged by a first stage trained without it.
    let n = examples.len();
    let mut s1: Vec<Vec<u8>> = vec![Vec::new(); n];
    for b in 0..BLOCKS {
        let (lo, hi) = (b * n / BLOCKS, (b + 1) * n / BLOCKS);
        let rest: Vec<&Example> = examples.iter().enumerate().filter(|(k, _)| *k < lo || *k >= hi).map(|(_, e)| e).collect();
        let m = with_bias(&train_avg(&rest, bits, epochs, margin, drop, &mut rng, &format!("block {b}")), bias);
        for k in lo..hi {
            s1[k] = decode(&m, &examples[k].0);
        }
    }
    let golds: Vec<Vec<u8>> = examples.iter().map(|e| e.1.clone()).collect();
    let ex2 = stage2_examples(infos_all, &s1, &golds, bits, (news, wiki_feature.then_some(wiki_row), augment, wiki_weight), &mut shared2);
    let all2: Vec<&Example> = ex2.iter().collect();
    let stage2 = shared_only(train_avg(&all2, bits, epochs, margin, drop, &mut rng, "stage 2"), &shared2);

    if dev_mode {
        let (p, r, f) = score::<_, Averaged>(&stage1, None, &full, dev).micro();
        eprintln!("stage 1 alone: dev P {p:.2} R {r:.2} F1 {f:.2}");
        for b in [0.0f32, 15.0, 25.0, 35.0, 45.0, 60.0] {
            let (p, r, f) = score(&stage1, Some(&with_bias(&stage2, b)), &full, dev).micro();
            eprintln!("two stages, stage-2 bias {b}: dev P {p:.2} R {r:.2} F1 {f:.2}");
        }
        let q1 = Model::from_bytes(&Model::to_bytes_pruned(bits, &stage1.w, &stage1.trans, PRUNE)).unwrap();
        let s2 = with_bias(&stage2, bias2);
        let q2 = Model::from_bytes(&Model::to_bytes_pruned(bits, &s2.w, &s2.trans, PRUNE)).unwrap();
        if let Some(p) = &stages {
            std::fs::write(format!("{p}.1"), Model::to_bytes_pruned(bits, &stage1.w, &stage1.trans, PRUNE)).expect("cannot write the stages");
            std::fs::write(format!("{p}.2"), Model::to_bytes_pruned(bits, &s2.w, &s2.trans, PRUNE)).expect("cannot write the stages");
        }
        // Smaller files: rows whose weights are all weak left out (`PRUNE`).
        for min in [1i8, 2, 3, 4, 6] {
            let b1 = Model::to_bytes_pruned(bits, &stage1.w, &stage1.trans, min);
            let b2 = Model::to_bytes_pruned(bits, &s2.w, &s2.trans, min);
            let (p1, p2) = (Model::from_bytes(&b1).unwrap(), Model::from_bytes(&b2).unwrap());
            let alone = conll::score_sentences_alone(dev, |raw| find_spans_dict(&p1, Some(&p2), &full, raw, false));
            eprintln!("pruned {min}: doc F1 {:.2} alone {:.2} rows {} + {}", score(&p1, Some(&p2), &full, dev).micro().2, alone.micro().2, b1.len(), b2.len());
        }
        dev_report(&q1, &q2, &full, dev, &args);
        if let Some(net) = &net {
            nn_eval(net, &q1, &q2, &full, dev, &args);
        }
        println!(
            "dev split (last 10% of train.conll), {epochs} epochs, margin {margin}, bias {bias}/{bias2}, weights quantized to one byte:\n{}",
            score(&q1, Some(&q2), &full, dev).table()
        );
        return;
    }
    let bytes = Model::to_bytes_pruned(bits, &stage1.w, &stage1.trans, PRUNE);
    std::fs::write("models/ner.bin", &bytes).expect("cannot write models/ner.bin");
    let s2 = with_bias(&stage2, bias2);
    let bytes2 = Model::to_bytes_pruned(bits, &s2.w, &s2.trans, PRUNE);
    std::fs::write("models/ner2.bin", &bytes2).expect("cannot write models/ner2.bin");
    std::fs::write("models/ner_dict.tsv", full.to_tsv()).expect("cannot write models/ner_dict.tsv");
    println!(
        "wrote models/ner.bin and models/ner2.bin ({} + {} bytes; {epochs} epochs, margin {margin}, bias {bias}/{bias2}, 2^{bits} rows, one byte per weight, rows below {PRUNE} left out) and models/ner_dict.tsv ({} words)",
        bytes.len(),
        bytes2.len(),
        full.map.len()
    );
}

/// The dev scores of quantized stages: the `summary` line (the tagger alone: the dev
/// part as one text, linked, every sentence fed alone linked), the `pipeline` line
/// (everything `entities()` does), and the error lists asked for.
fn dev_report(q1: &Model, q2: &Model, full: &Dict, dev: &[Sentence], args: &[String]) {
    if let Some(path) = arg::<String>(args, "--errors") {
        std::fs::write(&path, dev_errors(|t| find_spans_dict(q1, Some(q2), full, t, false), dev)).expect("cannot write the error list");
        eprintln!("dev errors written to {path}");
    }
    // `entities()` also links the mentions, and every mention of one entity takes the
    // entity's type: scored apart, since the scores above are of the tagger alone.
    let linked = conll::score_document(dev, |text| {
        let spans = find_spans_dict(q1, Some(q2), full, text, false);
        isnad::entities::link::link_one(text, &spans).into_iter().map(isnad::entities::Span::from).collect()
    });
    let (p, r, f) = linked.micro();
    eprintln!("quantized, with linking: dev P {p:.2} R {r:.2} F1 {f:.2}");
    // As `eval_ner`'s last line: every dev sentence fed alone (no document context).
    let tagger = |text: &str| -> Vec<isnad::entities::Span> {
        let spans = find_spans_dict(q1, Some(q2), full, text, false);
        isnad::entities::link::link_one(text, &spans).into_iter().map(isnad::entities::Span::from).collect()
    };
    let alone = conll::score_sentences_alone(dev, tagger);
    let doc = score(q1, Some(q2), full, dev);
    eprintln!("{}", dev_line(&format!("summary: doc F1 {:.2} linked {f:.2}", doc.micro().2), &doc, &alone));
    // The whole pipeline as `entities()` runs it: the tagger, then dates,
    // quantities and the rules of `post.rs` and `heads.rs`, then linking; the dev
    // part as one text and every sentence alone (as `eval_ner` scores the test).
    let pipeline = |text: &str| -> Vec<isnad::entities::Span> {
        let spans = find_spans_dict(q1, Some(q2), full, text, true);
        isnad::entities::link::link_one(text, &spans).into_iter().map(isnad::entities::Span::from).collect()
    };
    let pdoc = conll::score_document(dev, pipeline);
    let palone = conll::score_sentences_alone(dev, pipeline);
    eprintln!("{}", dev_line(&format!("pipeline: doc F1 {:.2}", pdoc.micro().2), &pdoc, &palone));
    // The first stage alone (it sees no other sentence), quantized, with linking.
    let first = |text: &str| -> Vec<isnad::entities::Span> {
        let spans = find_spans_dict::<_, Model>(q1, None, full, text, false);
        isnad::entities::link::link_one(text, &spans).into_iter().map(isnad::entities::Span::from).collect()
    };
    let fdoc = conll::score_document(dev, first);
    let falone = conll::score_sentences_alone(dev, first);
    eprintln!("stage1: doc F1 {:.2} alone {:.2}", fdoc.micro().2, falone.micro().2);
    // `--errors-pipeline FILE`: as `--errors`, of the whole pipeline;
    // `--errors-alone FILE`: of the whole pipeline with every sentence fed alone.
    if let Some(path) = arg::<String>(args, "--errors-pipeline") {
        std::fs::write(&path, dev_errors(pipeline, dev)).expect("cannot write the error list");
        eprintln!("pipeline dev errors written to {path}");
    }
    // (`--errors-of stage1|tagger`: of the first stage alone, or of both stages
    // without the rules, instead of the whole pipeline.)
    if let Some(path) = arg::<String>(args, "--errors-alone") {
        let find: &dyn Fn(&str) -> Vec<isnad::entities::Span> = match arg::<String>(args, "--errors-of").as_deref() {
            Some("stage1") => &first,
            Some("tagger") => &tagger,
            _ => &pipeline,
        };
        let mut out = String::new();
        for s in dev {
            out.push_str(&dev_errors(find, std::slice::from_ref(s)));
        }
        std::fs::write(&path, out).expect("cannot write the error list");
        eprintln!("pipeline dev errors, every sentence alone, written to {path}");
    }
}

/// One dev line: `head`, then F1 with every sentence alone and per type of `doc` (the
/// shape `tools/ner_cv.sh`, `ner_nn.sh` and `ner_paired.sh` read).
fn dev_line(head: &str, doc: &Scores, alone: &Scores) -> String {
    format!(
        "{head} alone {:.2} (PER {:.2} LOC {:.2} ORG {:.2} MISC {:.2})",
        alone.micro().2,
        doc.of_type(0).2,
        doc.of_type(1).2,
        doc.of_type(2).2,
        doc.of_type(3).2
    )
}

/// Dev scores of the two stages with the window network's log-probabilities added to
/// the emissions at the weights of `--nn-grid "L1:L2,..."` (stage 1, stage 2), with the
/// dev part as one text and every sentence fed alone (linked, as the `summary` line),
/// and of the network alone.
fn nn_eval(net: &Net, q1: &Model, q2: &Model, full: &Dict, dev: &[Sentence], args: &[String]) {
    let grid: String = arg(args, "--nn-grid").unwrap_or_else(|| "0:0,5:5,10:10,15:15,20:20,0:10,0:20".into());
    let grid: Vec<(f32, f32)> = grid.split(',').filter_map(|p| p.split_once(':')).map(|(a, b)| (a.parse().unwrap(), b.parse().unwrap())).collect();
    // The remembering scorer, as text at run time is scored.
    let scorer = std::cell::RefCell::new(isnad::entities::window::Scorer::new(net));
    let lp = |toks: &[TokInfo]| scorer.borrow_mut().log_probs(toks);
    let run = |w1: &dyn Fn(&str, &Extra) -> Vec<isnad::entities::Span>, l1: f32, l2: f32| {
        let x = Extra { scores: &lp, stage1: l1, stage2: l2 };
        let doc = conll::score_document(dev, |text| w1(text, &x));
        let alone = conll::score_sentences_alone(dev, |raw| isnad::entities::link::link_one(raw, &w1(raw, &x)).into_iter().map(isnad::entities::Span::from).collect());
        (doc, alone)
    };
    let both = |text: &str, x: &Extra| find_spans_extra(q1, Some(q2), full, text, false, x);
    for &(l1, l2) in &grid {
        let (doc, alone) = run(&both, l1, l2);
        eprintln!("{}", dev_line(&format!("nn {l1} {l2}: doc F1 {:.2}", doc.micro().2), &doc, &alone));
    }
    let zero = Averaged { bits: 8, w: vec![0.0; 256 * NTAGS], trans: vec![0.0; (NTAGS + 1) * NTAGS] };
    let only = |text: &str, x: &Extra| find_spans_extra::<_, Averaged>(&zero, None, full, text, false, x);
    let (doc, alone) = run(&only, 1.0, 0.0);
    eprintln!("nn alone: doc F1 {:.2} alone {:.2}", doc.micro().2, alone.micro().2);
}
