//! PAN text-alignment evaluation of [`isnad::compare::passages`] on ExAraPlagDet.
//!
//! `cargo run --release --example eval_pan [-- DIR]` (default `../shared/data/exaraplagdet-dev`).
//!
//! Every suspicious document is aligned with each source document its annotation names;
//! every suspicious document without cases with one source document chosen
//! deterministically (by its number). Measures follow PAN (Potthast et al. 2010, "An
//! Evaluation Framework for Plagiarism Detection"), with characters counted in code
//! points in both documents of a pair:
//!
//! * recall = mean over cases s of |s ⊓ ∪R| / |s|, precision = mean over detections r
//!   of |r ⊓ ∪S| / |r|, where a detection counts for a case only when the two overlap in
//!   both documents (macro averages);
//! * granularity = mean, over detected cases, of the number of detections detecting it;
//! * plagdet = F1 / log2(1 + granularity).
//!
//! Rows per obfuscation kind use the documents of that kind (each suspicious document
//! of the corpus has one kind); the row `no case` counts detections on pairs with no case.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use isnad::compare::{passages_with, PassageParams};
use isnad::offsets::{OffsetConverter, Unit};

#[derive(Clone, Debug)]
struct Case {
    this: (usize, usize),
    src: (usize, usize),
}

/// One document pair: its cases and detections, in code points.
struct Pair {
    kind: String,
    cases: Vec<Case>,
    detections: Vec<Case>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let at = tag.find(&key)? + key.len();
    let end = tag[at..].find('"')? + at;
    Some(tag[at..end].to_string())
}

fn read_cases(xml: &str) -> Vec<(String, String, Case)> {
    let mut out = Vec::new();
    for tag in xml.split("<feature").skip(1) {
        let tag = &tag[..tag.find("/>").unwrap_or(tag.len())];
        if attr(tag, "name").as_deref() != Some("plagiarism") {
            continue;
        }
        let num = |n: &str| attr(tag, n).and_then(|v| v.parse::<usize>().ok()).unwrap_or(0);
        let (to, tl, so, sl) = (num("this_offset"), num("this_length"), num("source_offset"), num("source_length"));
        out.push((
            attr(tag, "source_reference").unwrap_or_default(),
            attr(tag, "obfuscation").unwrap_or_default(),
            Case { this: (to, to + tl), src: (so, so + sl) },
        ));
    }
    out
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Size of `range` ∩ (union of `others`).
fn covered(range: (usize, usize), others: &[(usize, usize)]) -> usize {
    let mut v: Vec<(usize, usize)> = others
        .iter()
        .map(|o| (o.0.max(range.0), o.1.min(range.1)))
        .filter(|o| o.0 < o.1)
        .collect();
    v.sort_unstable();
    let (mut total, mut end) = (0, 0);
    for (s, e) in v {
        let s = s.max(end);
        if e > s {
            total += e - s;
            end = e;
        }
    }
    total
}

fn detects(r: &Case, s: &Case) -> bool {
    overlap(r.this, s.this) && overlap(r.src, s.src)
}

/// (precision, recall, granularity, plagdet, cases, detections) over `pairs`.
fn measure(pairs: &[&Pair]) -> (f64, f64, f64, f64, usize, usize) {
    let (mut rec_sum, mut prec_sum, mut n_cases, mut n_dets) = (0.0, 0.0, 0usize, 0usize);
    let (mut gran_sum, mut n_detected) = (0usize, 0usize);
    for p in pairs {
        for s in &p.cases {
            n_cases += 1;
            let rs: Vec<&Case> = p.detections.iter().filter(|r| detects(r, s)).collect();
            if !rs.is_empty() {
                n_detected += 1;
                gran_sum += rs.len();
            }
            let this: Vec<_> = rs.iter().map(|r| r.this).collect();
            let src: Vec<_> = rs.iter().map(|r| r.src).collect();
            let len = (s.this.1 - s.this.0) + (s.src.1 - s.src.0);
            rec_sum += (covered(s.this, &this) + covered(s.src, &src)) as f64 / len.max(1) as f64;
        }
        for r in &p.detections {
            n_dets += 1;
            let ss: Vec<&Case> = p.cases.iter().filter(|s| detects(r, s)).collect();
            let this: Vec<_> = ss.iter().map(|s| s.this).collect();
            let src: Vec<_> = ss.iter().map(|s| s.src).collect();
            let len = (r.this.1 - r.this.0) + (r.src.1 - r.src.0);
            prec_sum += (covered(r.this, &this) + covered(r.src, &src)) as f64 / len.max(1) as f64;
        }
    }
    // PAN: with no cases and no detections both are 1; with only one of them empty, 0.
    let rec = match (n_cases, n_dets) {
        (0, 0) => 1.0,
        (0, _) | (_, 0) => 0.0,
        _ => rec_sum / n_cases as f64,
    };
    let prec = match (n_cases, n_dets) {
        (0, 0) => 1.0,
        (0, _) | (_, 0) => 0.0,
        _ => prec_sum / n_dets as f64,
    };
    let gran = if n_detected == 0 { 1.0 } else { gran_sum as f64 / n_detected as f64 };
    let f1 = if prec + rec > 0.0 { 2.0 * prec * rec / (prec + rec) } else { 0.0 };
    (prec, rec, gran, f1 / (1.0 + gran).log2(), n_cases, n_dets)
}

fn number(name: &str) -> usize {
    name.chars().filter(|c| c.is_ascii_digit()).collect::<String>().parse().unwrap_or(0)
}

fn main() {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "../shared/data/exaraplagdet-dev".into()));
    let mut params = PassageParams::default();
    // Tuning aid: EVAL_PARAMS="gap=12,merge_gap=40,min_dots=4/10/24/60".
    if let Ok(spec) = std::env::var("EVAL_PARAMS") {
        for kv in spec.split(',').filter(|s| !s.is_empty()) {
            let (k, v) = kv.split_once('=').expect("EVAL_PARAMS: name=value");
            let n = || v.parse::<usize>().expect("a number");
            match k {
                "max_pairs" => params.max_pairs = n(),
                "gap" => params.gap = n(),
                "merge_gap" => params.merge_gap = n(),
                "min_keys" => params.min_keys = n(),
                "min_words" => params.min_words = n(),
                "snap" => params.snap = n(),
                "min_score" => params.min_score = v.parse().expect("a number"),
                "scales" | "min_dots" => {
                    let xs: Vec<usize> = v.split('/').map(|x| x.parse().expect("a number")).collect();
                    let arr = [xs[0], xs[1], xs[2], xs[3]];
                    if k == "scales" { params.scales = arr } else { params.min_dots = arr }
                }
                _ => panic!("unknown parameter {k}"),
            }
        }
        println!("parameters: {params:?}");
    }
    let list = |sub: &str| -> Vec<String> {
        let mut v: Vec<String> = std::fs::read_dir(dir.join(sub))
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.join(sub).display()))
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .filter(|n| n.ends_with(".txt") || n.ends_with(".xml"))
            .collect();
        v.sort();
        v
    };
    let sources = list("source-documents");
    let suspicious = list("suspicious-documents");
    let read = |p: &Path| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("cannot read {}: {e}", p.display()));
    let mut pairs: Vec<Pair> = Vec::new();
    let started = Instant::now();
    let mut n_compared = 0usize;
    for susp in &suspicious {
        let xml_path = dir.join("plagiarism-annotation").join(susp.replace(".txt", ".xml"));
        let cases = if xml_path.exists() { read_cases(&read(&xml_path)) } else { Vec::new() };
        let mut by_source: BTreeMap<String, (String, Vec<Case>)> = BTreeMap::new();
        for (src, kind, case) in cases {
            let e = by_source.entry(src).or_insert_with(|| (kind.clone(), Vec::new()));
            e.1.push(case);
        }
        if by_source.is_empty() {
            let src = sources[(number(susp) * 7919) % sources.len()].clone();
            by_source.insert(src, ("no case".to_string(), Vec::new()));
        }
        let text = read(&dir.join("suspicious-documents").join(susp));
        for (src, (kind, cases)) in by_source {
            let source = read(&dir.join("source-documents").join(&src));
            let found = passages_with(&text, &source, &params);
            n_compared += 1;
            let mut ca = OffsetConverter::new(&text, Unit::CodePoint);
            let mut cb = OffsetConverter::new(&source, Unit::CodePoint);
            let detections: Vec<Case> = found
                .iter()
                .map(|p| {
                    let (a0, a1) = ca.span(p.a.start, p.a.end);
                    let (b0, b1) = cb.span(p.b.start, p.b.end);
                    Case { this: (a0 as usize, a1 as usize), src: (b0 as usize, b1 as usize) }
                })
                .collect();
            if std::env::var("EVAL_DEBUG").is_ok() {
                for s in &cases {
                    let rs: Vec<&Case> = detections.iter().filter(|r: &&Case| detects(r, s)).collect();
                    if rs.len() != 1 {
                        println!("{susp} {src} {kind} case {:?} {:?} -> {:?}", s.this, s.src, rs.iter().map(|r| (r.this, r.src)).collect::<Vec<_>>());
                    }
                }
                for r in &detections {
                    let ss: Vec<&Case> = cases.iter().filter(|s| detects(r, s)).collect();
                    if ss.is_empty() {
                        println!("{susp} {src} {kind} FALSE {:?} {:?}", r.this, r.src);
                    } else {
                        let this: Vec<_> = ss.iter().map(|s| s.this).collect();
                        let srcs: Vec<_> = ss.iter().map(|s| s.src).collect();
                        let len = (r.this.1 - r.this.0) + (r.src.1 - r.src.0);
                        let prec = (covered(r.this, &this) + covered(r.src, &srcs)) as f64 / len.max(1) as f64;
                        if prec < 0.8 {
                            println!("{susp} {src} {kind} IMPRECISE {prec:.2} {:?} {:?} cases {:?}", r.this, r.src, ss.iter().map(|s| (s.this, s.src)).collect::<Vec<_>>());
                        }
                    }
                }
            }
            pairs.push(Pair { kind, cases, detections });
        }
    }
    let elapsed = started.elapsed();
    println!("ExAraPlagDet development part: {} suspicious documents, {} document pairs, aligned in {:.2} s", suspicious.len(), n_compared, elapsed.as_secs_f64());
    println!("{:<28} {:>6} {:>6} {:>9} {:>7} {:>11} {:>8}", "obfuscation", "cases", "dets", "precision", "recall", "granularity", "plagdet");
    let all: Vec<&Pair> = pairs.iter().collect();
    let row = |name: &str, ps: &[&Pair]| {
        let (p, r, g, pd, nc, nd) = measure(ps);
        println!("{name:<28} {nc:>6} {nd:>6} {p:>9.4} {r:>7.4} {g:>11.4} {pd:>8.4}");
    };
    row("overall", &all);
    let mut kinds: Vec<&str> = pairs.iter().map(|p| p.kind.as_str()).collect();
    kinds.sort();
    kinds.dedup();
    for k in kinds {
        let ps: Vec<&Pair> = pairs.iter().filter(|p| p.kind == k).collect();
        if k == "no case" {
            let dets: usize = ps.iter().map(|p| p.detections.len()).sum();
            let flagged = ps.iter().filter(|p| !p.detections.is_empty()).count();
            println!("{:<28} {:>6} {:>6}   ({} of {} pairs with a false detection)", k, 0, dets, flagged, ps.len());
        } else {
            row(k, &ps);
        }
    }
}
