fn main() {
    let dir = "../shared/seeds";
    let mut texts = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() { texts.push(std::fs::read_to_string(e.unwrap().path()).unwrap()); }
    let lines: Vec<&str> = texts.iter().flat_map(|t| t.lines()).filter(|l| l.len() > 40).collect();
    let mut x: u64 = 12345;
    let arts: Vec<String> = (0..100).map(|_| { let mut s = String::new(); while s.len() < 5000 { x ^= x << 13; x ^= x >> 7; x ^= x << 17; s.push_str(lines[(x % lines.len() as u64) as usize]); s.push('\n'); } s }).collect();
    let ids: Vec<String> = (0..100).map(|i| format!("a{i}")).collect();
    let list: Vec<(&str, &str)> = ids.iter().zip(&arts).map(|(i, t)| (i.as_str(), t.as_str())).collect();
    let t = std::time::Instant::now();
    let c = isnad::compare::compare_articles(&list);
    eprintln!("{} ms, {} pairs", t.elapsed().as_millis(), c.pairs.len());
}
