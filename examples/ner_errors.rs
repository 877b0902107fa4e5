//! Prints the model's misses and false alarms on the dev split (last 10% of
//! train.conll) using the committed model: a tool for looking at errors.
use isnad::entities::conll;
use isnad::entities::find_spans;

fn main() {
    let text = std::fs::read_to_string("../shared/data/anercorp/train.conll").unwrap();
    let sentences = conll::parse(&text);
    let dev = &sentences[sentences.len() * 9 / 10..];
    let names = ["PER", "LOC", "ORG", "MISC"];
    for s in dev {
        let (raw, ranges) = s.text();
        let spans = find_spans(&raw);
        let gold = conll::gold_chunks(&s.tags);
        let pred = conll::spans_to_chunks(&ranges, &spans);
        let show = |c: &(usize, usize, usize)| format!("{}[{}]", names[c.2], s.tokens[c.0..c.1].join(" "));
        for g in &gold {
            if !pred.contains(g) {
                let near: Vec<String> = pred.iter().filter(|p| p.0 < g.1 && g.0 < p.1).map(show).collect();
                println!("MISS {}  got {:?}  ctx: {}", show(g), near, s.tokens[g.0.saturating_sub(3)..(g.1 + 2).min(s.tokens.len())].join(" "));
            }
        }
        for p in &pred {
            if !gold.iter().any(|g| g.0 < p.1 && p.0 < g.1) {
                println!("FA   {}  ctx: {}", show(p), s.tokens[p.0.saturating_sub(3)..(p.1 + 2).min(s.tokens.len())].join(" "));
            }
        }
    }
}
