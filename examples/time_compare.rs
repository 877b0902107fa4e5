//! Native timings of the comparison functions, on the five seed reports
//! (`../shared/seeds`, or the directory given) and on texts built from their lines.
//!
//! `cargo run --release --example time_compare [-- DIR]`

use isnad::compare::{compare, compare_articles, diff, quotes, CompareOptions, DiffLevel};
use std::time::Instant;

fn best_of<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    let mut best = f64::MAX;
    for _ in 0..runs {
        let t = Instant::now();
        std::hint::black_box(f());
        best = best.min(t.elapsed().as_secs_f64() * 1000.0);
    }
    best
}

/// A text of about `bytes` bytes made of the seed lines, picked by a seeded generator.
fn mixed(lines: &[&str], bytes: usize, seed: u64) -> String {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    let mut out = String::new();
    while out.len() < bytes {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.push_str(lines[(x % lines.len() as u64) as usize]);
        out.push('\n');
    }
    out
}

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "../shared/seeds".into());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let seeds: Vec<(String, String)> = files
        .iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(p).unwrap()))
        .collect();
    let lines: Vec<&str> = seeds.iter().flat_map(|(_, t)| t.lines()).filter(|l| l.len() > 40).collect();
    let articles: Vec<(&str, &str)> = seeds.iter().map(|(i, t)| (i.as_str(), t.as_str())).collect();

    let (a, b) = (mixed(&lines, 5_000, 1), mixed(&lines, 5_000, 2));
    let opts = CompareOptions::default();
    println!("compare, two texts of {} and {} bytes: {:.2} ms", a.len(), b.len(), best_of(20, || compare(&a, &b, &opts)));
    // An edited copy on one line: every fifth word dropped, respelled or swapped.
    let one_line = a.replace('\n', " ");
    let words: Vec<&str> = one_line.split_whitespace().collect();
    let mut edited: Vec<String> = Vec::new();
    for (k, w) in words.iter().enumerate() {
        match k % 20 {
            3 => {}
            7 => edited.push(w.replace('غ', "ج")),
            11 => {
                edited.push(w.to_string());
                edited.push("وأضاف".to_string());
            }
            _ => edited.push(w.to_string()),
        }
    }
    let edited = edited.join(" ");
    let passages_only = CompareOptions { diff: false, ..CompareOptions::default() };
    let diff_only = CompareOptions { passages: false, ..CompareOptions::default() };
    println!(
        "compare, {} bytes and an edited copy on one line: {:.2} ms (passages and similarity {:.2} ms, similarity and diff {:.2} ms)",
        one_line.len(),
        best_of(20, || compare(&one_line, &edited, &opts)),
        best_of(20, || compare(&one_line, &edited, &passages_only)),
        best_of(20, || compare(&one_line, &edited, &diff_only))
    );
    println!("compare_articles, the {} seed reports: {:.2} ms", seeds.len(), best_of(10, || compare_articles(&articles)));
    let total: usize = seeds.iter().map(|(_, t)| t.len()).sum();
    println!("quotes, the seed reports ({total} bytes): {:.2} ms", best_of(10, || {
        seeds.iter().map(|(_, t)| quotes(t).len()).sum::<usize>()
    }));
    let many: Vec<(String, String)> = (0..100).map(|k| (format!("a{k}"), mixed(&lines, 5_000, 100 + k))).collect();
    let many_refs: Vec<(&str, &str)> = many.iter().map(|(i, t)| (i.as_str(), t.as_str())).collect();
    println!("compare_articles, 100 texts of 5 KB: {:.0} ms", best_of(2, || compare_articles(&many_refs)));
    for size in [25_000, 125_000] {
        let x = mixed(&lines, size, 7);
        let mut y = String::new();
        for (k, l) in x.lines().enumerate() {
            if k % 9 != 4 {
                y.push_str(&l.replacen("روسيا", "موسكو", 1));
                y.push('\n');
            }
        }
        println!(
            "diff, {} vs {} bytes (edited copy): {:.1} ms; unrelated order: {:.1} ms",
            x.len(),
            y.len(),
            best_of(3, || diff(&x, &y, DiffLevel::Search)),
            best_of(3, || diff(&x, &mixed(&lines, size, 8), DiffLevel::Search))
        );
    }
}
