//! Native normalization throughput: preset `search`, offsets on (they always are).
//!
//! Corpora, read at run time from `../shared` relative to the repository root (or from
//! the folder in `ISNAD_SHARED`):
//! * `seeds`: every file of `seeds/` concatenated (files separated by a newline);
//! * `anercorp`: the tokens of `data/anercorp/train.conll` joined by spaces, one
//!   sentence per line.
//!
//! `cargo run --release --example bench_normalize [-- --json] [-- --min-seconds S]`
//! prints MB/s (10^6 bytes of UTF-8 input per second) per corpus: the median of
//! several timed rounds, each repeating normalization for at least a fixed time.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use isnad::normalize::{normalize, Options};

fn shared_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("ISNAD_SHARED") {
        return PathBuf::from(dir);
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

fn seeds_corpus(shared: &Path) -> Result<String, String> {
    let dir = shared.join("seeds");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(format!("no .txt files in {}", dir.display()));
    }
    let mut text = String::new();
    for f in files {
        let t = std::fs::read_to_string(&f).map_err(|e| format!("cannot read {}: {e}", f.display()))?;
        text.push_str(&t);
        text.push('\n');
    }
    Ok(text)
}

/// The token column of a `token TAG` file: tokens joined by spaces, one line per sentence.
fn conll_corpus(shared: &Path) -> Result<String, String> {
    let path = shared.join("data/anercorp/train.conll");
    let raw = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(conll_text(&raw))
}

fn conll_text(raw: &str) -> String {
    let mut text = String::with_capacity(raw.len());
    let mut line_start = true;
    for line in raw.lines() {
        let line = line.trim_end();
        if line.is_empty() {
            if !line_start {
                text.push('\n');
                line_start = true;
            }
            continue;
        }
        let token = line.rsplit_once(' ').map_or(line, |(t, _)| t);
        if !line_start {
            text.push(' ');
        }
        text.push_str(token);
        line_start = false;
    }
    if !line_start {
        text.push('\n');
    }
    text
}

/// Median MB/s over `rounds` rounds of at least `min_round` each.
fn measure(text: &str, options: &Options, rounds: usize, min_round: Duration) -> f64 {
    // Warm up (page in, caches, branch predictors).
    for _ in 0..3 {
        black_box(normalize(black_box(text), options));
    }
    let mut rates = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let t0 = Instant::now();
        let mut iters = 0u64;
        loop {
            let n = normalize(black_box(text), options);
            black_box(&n);
            iters += 1;
            let el = t0.elapsed();
            if el >= min_round {
                rates.push(text.len() as f64 * iters as f64 / el.as_secs_f64() / 1e6);
                break;
            }
        }
    }
    rates.sort_by(|a, b| a.partial_cmp(b).unwrap());
    rates[rates.len() / 2]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let min_seconds: f64 = args
        .iter()
        .position(|a| a == "--min-seconds")
        .and_then(|i| args.get(i + 1))
        .map(|s| s.parse().expect("--min-seconds takes a number"))
        .unwrap_or(0.3);
    let shared = shared_dir();
    let corpora = match (seeds_corpus(&shared), conll_corpus(&shared)) {
        (Ok(a), Ok(b)) => [("seeds", a), ("anercorp", b)],
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("bench_normalize: {e} (set ISNAD_SHARED to the shared folder)");
            std::process::exit(1);
        }
    };
    let options = Options::SEARCH;
    let mut results = Vec::new();
    for (name, text) in &corpora {
        let out = normalize(text, &options);
        assert_eq!(out.starts.len(), out.text.chars().count());
        let mbs = measure(text, &options, 7, Duration::from_secs_f64(min_seconds));
        results.push((name, text.len(), mbs));
    }
    if json {
        let items: Vec<String> = results
            .iter()
            .map(|(n, bytes, mbs)| format!("\"{n}\":{{\"bytes\":{bytes},\"mb_per_s\":{mbs:.1}}}"))
            .collect();
        println!("{{\"preset\":\"search\",\"offsets\":true,{}}}", items.join(","));
    } else {
        println!("native normalize, preset search, offsets on (median of 7 rounds)");
        for (n, bytes, mbs) in &results {
            println!("  {n:<9} {bytes:>9} bytes  {mbs:>8.1} MB/s");
        }
    }
}
