//! Native throughput of `entities` on the five seeds repeated to about 5 MB, and of
//! `link_articles` on the five seeds. `cargo run --release --example bench_ner`
use std::time::Instant;

fn main() {
    let mut seeds = Vec::new();
    for e in std::fs::read_dir("../shared/seeds").expect("../shared/seeds") {
        let p = e.unwrap().path();
        if p.extension().is_some_and(|x| x == "txt") {
            seeds.push(std::fs::read_to_string(p).unwrap());
        }
    }
    seeds.sort();
    let one = seeds.join("\n");
    let text = one.repeat(5_000_000 / one.len() + 1);
    let _ = isnad::entities::entities("تحميل");
    let t0 = Instant::now();
    let tokens = isnad::tokenize(&text, &isnad::Options::SEARCH);
    let t_tok = t0.elapsed().as_secs_f64();
    let t0 = Instant::now();
    let spans = isnad::entities::find_spans(&text);
    let t_find = t0.elapsed().as_secs_f64();
    let t0 = Instant::now();
    let es = isnad::entities::entities(&text);
    let t_all = t0.elapsed().as_secs_f64();
    let mb = text.len() as f64 / 1e6;
    println!("{mb:.1} MB, {} tokens, {} entities", tokens.len(), es.len());
    println!("tokenize alone: {:.2} MB/s", mb / t_tok);
    println!("find_spans (tagging and rules): {:.2} MB/s ({} spans)", mb / t_find, spans.len());
    println!("entities (with linking): {:.2} MB/s", mb / t_all);
    let articles: Vec<(String, &str)> = seeds.iter().enumerate().map(|(i, s)| (format!("a{i}"), s.as_str())).collect();
    let refs: Vec<(&str, &str)> = articles.iter().map(|(i, s)| (i.as_str(), *s)).collect();
    let t0 = Instant::now();
    let n = 20;
    for _ in 0..n {
        std::hint::black_box(isnad::entities::link_articles(&refs));
    }
    println!("link_articles on the five seeds: {:.1} ms", t0.elapsed().as_secs_f64() * 1000.0 / n as f64);
}
