//! Native normalization throughput: preset `search`, offsets on (they always are).
//!
//! Corpora, read at run time from `../shared` relative to the repository root (or from
//! the folder in `ISNAD_SHARED`):
//! * `seeds`: every file of `seeds/` concatenated (files separated by a newline);
//! * `anercorp`: the tokens of `data/anercorp/train.conll` joined by spaces, one
//!   sentence per line.
//!
//! `cargo run --release --example bench_normalize [-- [--json] [--min-seconds S] [NAME=FILE ...]]`
//! prints MB/s (10^6 bytes of UTF-8 input per second, wall clock) per corpus and API:
//! the best and the median of 7 timed rounds, each repeating normalization for at least
//! `S` seconds (0.3). NAME=FILE arguments replace the corpora.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use isnad::normalize::{normalize, normalize_into, Normalized, Options};

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

/// The same text as `anercorpText` of benches/corpus.mjs and `conll_corpus` of
/// benches/peers.py: sentences joined by newlines, tokens by spaces.
fn conll_text(raw: &str) -> String {
    let mut sentences: Vec<String> = Vec::new();
    let mut sentence: Vec<&str> = Vec::new();
    for line in raw.split('\n') {
        if line.trim().is_empty() {
            if !sentence.is_empty() {
                sentences.push(sentence.join(" "));
            }
            sentence.clear();
            continue;
        }
        sentence.push(line.split(' ').next().unwrap_or(""));
    }
    if !sentence.is_empty() {
        sentences.push(sentence.join(" "));
    }
    sentences.join("\n")
}

/// Time this thread has spent on a CPU, from /proc/thread-self/schedstat (Linux), if
/// available: other processes on the machine do not count against it.
fn cpu_time() -> Option<Duration> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(Duration::from_nanos(s.split_whitespace().next()?.parse().ok()?))
}

/// Rates of one corpus: MB/s per second of wall-clock time and per second of CPU time.
#[derive(Clone, Copy)]
struct Rates {
    wall_best: f64,
    wall_median: f64,
    cpu_best: f64,
    cpu_median: f64,
}

fn best_and_median(mut v: Vec<f64>) -> (f64, f64) {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    (v[v.len() - 1], v[v.len() / 2])
}

/// `rounds` rounds of at least `min_round` (wall clock) each; best and median rate.
/// The best round is the one least disturbed by other processes on the machine.
fn measure(text: &str, rounds: usize, min_round: Duration, mut run: impl FnMut(&str)) -> Rates {
    // Warm up (page in, caches, branch predictors).
    for _ in 0..3 {
        run(black_box(text));
    }
    let mut wall = Vec::with_capacity(rounds);
    let mut cpu = Vec::with_capacity(rounds);
    for _ in 0..rounds {
        let c0 = cpu_time();
        let t0 = Instant::now();
        let mut iters = 0u64;
        loop {
            run(black_box(text));
            iters += 1;
            let el = t0.elapsed();
            if el >= min_round {
                let mb = text.len() as f64 * iters as f64 / 1e6;
                wall.push(mb / el.as_secs_f64());
                let c = match (c0, cpu_time()) {
                    (Some(a), Some(b)) if b > a => (b - a).as_secs_f64(),
                    _ => el.as_secs_f64(),
                };
                cpu.push(mb / c);
                break;
            }
        }
    }
    let (wall_best, wall_median) = best_and_median(wall);
    let (cpu_best, cpu_median) = best_and_median(cpu);
    Rates { wall_best, wall_median, cpu_best, cpu_median }
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
    // NAME=FILE arguments: the corpora (benches/normalize.mjs passes the texts it
    // gives every engine); without them, built from ../shared.
    let files: Vec<(String, String)> = args
        .iter()
        .filter_map(|a| a.split_once('=').map(|(n, f)| (n.to_string(), f.to_string())))
        .collect();
    let corpora: Vec<(String, String)> = if files.is_empty() {
        let shared = shared_dir();
        match (seeds_corpus(&shared), conll_corpus(&shared)) {
            (Ok(a), Ok(b)) => vec![("seeds".into(), a), ("anercorp".into(), b)],
            (Err(e), _) | (_, Err(e)) => {
                eprintln!("bench_normalize: {e} (set ISNAD_SHARED to the shared folder)");
                std::process::exit(2);
            }
        }
    } else {
        files
            .into_iter()
            .map(|(name, path)| match std::fs::read_to_string(&path) {
                Ok(t) => (name, t),
                Err(e) => {
                    eprintln!("bench_normalize: cannot read {path}: {e}");
                    std::process::exit(2);
                }
            })
            .collect()
    };
    let options = Options::SEARCH;
    let rounds = 7;
    let min_round = Duration::from_secs_f64(min_seconds);
    // (corpus, bytes, api, rates)
    let mut results: Vec<(&str, usize, &str, Rates)> = Vec::new();
    for (name, text) in &corpora {
        let out = normalize(text, &options);
        assert_eq!(out.starts.len(), out.text.chars().count());
        let rates = measure(text, rounds, min_round, |t| {
            black_box(normalize(t, &options));
        });
        results.push((name.as_str(), text.len(), "normalize", rates));
        let mut reused = Normalized::default();
        let rates = measure(text, rounds, min_round, |t| {
            normalize_into(t, &options, &mut reused);
            black_box(&reused);
        });
        assert_eq!(reused, out, "normalize_into gives what normalize gives");
        results.push((name.as_str(), text.len(), "normalize_into", rates));
    }
    if json {
        let items: Vec<String> = results
            .iter()
            .map(|(n, bytes, api, r)| {
                format!(
                    "{{\"corpus\":\"{n}\",\"bytes\":{bytes},\"api\":\"{api}\",\"mb_per_s\":{:.1},\"median_mb_per_s\":{:.1},\"cpu_mb_per_s\":{:.1},\"cpu_median_mb_per_s\":{:.1}}}",
                    r.wall_best, r.wall_median, r.cpu_best, r.cpu_median
                )
            })
            .collect();
        println!("{{\"engine\":\"native\",\"preset\":\"search\",\"offsets\":true,\"rounds\":{rounds},\"results\":[{}]}}", items.join(","));
    } else {
        println!("native normalize, preset search, offsets on; MB/s, best and median of {rounds} rounds,");
        println!("per second of wall-clock time and per second of this thread's CPU time");
        println!("(normalize allocates new buffers per call; normalize_into reuses the caller's)");
        for (n, bytes, api, r) in &results {
            println!(
                "  {n:<9} {bytes:>9} bytes  {api:<15} wall {:>7.1} (median {:>6.1})  cpu {:>7.1} (median {:>6.1})",
                r.wall_best, r.wall_median, r.cpu_best, r.cpu_median
            );
        }
    }
}
