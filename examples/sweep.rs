//! Robustness sweep: every word-boundary prefix of every line (or sentence) of the given
//! files (or, with --window N, the N words ending at each word), with endings appended
//! (--ends: . ⏎ ، : « ) and the like), through entities, and with --quotes / --analyze
//! quotes and analyze too; panics caught and minimized (words dropped while it still
//! fails), span invariants checked (inside, char boundaries, non-empty, no span
//! starting with or ending before a combining mark); spans that split a word are
//! counted (clitics before are expected). --mode raw takes each line as one text (⏎ for
//! a newline). Usage:
//!   sweep [--mode line|sentence|raw] [--window N] [--ends] [--quotes] [--analyze] [--limit N] FILES...
//! The cheap part of it runs in tests/entities_truncation.rs.
use isnad::entities::entities;
use serde_json::Value;
use std::panic::{catch_unwind, AssertUnwindSafe};

fn is_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06DC}' | '\u{06DF}'..='\u{06E4}' | '\u{06E7}' | '\u{06E8}' | '\u{06EA}'..='\u{06ED}')
}
fn is_letter(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

fn check_span(text: &str, s: usize, e: usize, what: &str, splits: &mut Vec<String>) -> Result<(), String> {
    if !(s < e && e <= text.len()) {
        return Err(format!("{what}: span {s}..{e} outside/empty in {} bytes", text.len()));
    }
    if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
        return Err(format!("{what}: span {s}..{e} not on char boundary"));
    }
    let first = text[s..].chars().next().unwrap();
    if is_mark(first) {
        return Err(format!("{what}: span {s}..{e} starts with a mark"));
    }
    if let Some(next) = text[e..].chars().next() {
        if is_mark(next) {
            return Err(format!("{what}: span {s}..{e} ends before a mark: {:?}", &text[s..]));
        }
    }
    // Splitting a word: record for inspection (clitics before, suffixes after).
    let before = text[..s].chars().next_back();
    if before.is_some_and(is_letter) && is_letter(first) {
        let ws = text[..s].rfind(|c: char| !is_letter(c)).map_or(0, |i| i + text[i..].chars().next().unwrap().len_utf8());
        splits.push(format!("pre\t{}\t{}", &text[ws..s], &text[ws..e]));
    }
    let last = text[..e].chars().next_back().unwrap();
    if text[e..].chars().next().is_some_and(is_letter) && is_letter(last) {
        let we = text[e..].find(|c: char| !is_letter(c)).map_or(text.len(), |i| e + i);
        splits.push(format!("post\t{}\t{}", &text[e..we], &text[s..we]));
    }
    Ok(())
}

fn walk(v: &Value, text: &str, what: &str, splits: &mut Vec<String>) -> Result<(), String> {
    match v {
        Value::Array(a) => a.iter().try_for_each(|x| walk(x, text, what, splits)),
        Value::Object(o) => {
            for (ks, ke) in [("start", "end"), ("textStart", "textEnd"), ("text_start", "text_end")] {
                if let (Some(s), Some(e)) = (o.get(ks).and_then(Value::as_u64), o.get(ke).and_then(Value::as_u64)) {
                    let (s, e) = (s as usize, e as usize);
                    if s == e && ks != "start" {
                        continue;
                    }
                    let mut dummy = vec![];
                    check_span(text, s, e, &format!("{what}.{ks}"), &mut dummy)?;
                }
            }
            o.values().try_for_each(|x| walk(x, text, what, splits))
        }
        _ => Ok(()),
    }
}

static LOC: std::sync::Mutex<String> = std::sync::Mutex::new(String::new());

struct Opts {
    quotes: bool,
    analyze: bool,
}

fn run(text: &str, o: &Opts, splits: &mut Vec<String>) -> Result<(), String> {
    let r = catch_unwind(AssertUnwindSafe(|| -> Result<(), String> {
        for e in entities(text) {
            check_span(text, e.start, e.end, "entity", splits)?;
        }
        if o.quotes {
            let q = isnad::compare::quotes(text);
            walk(&serde_json::to_value(&q).unwrap(), text, "quote", splits)?;
        }
        if o.analyze {
            let a = isnad::analyze::analyze(&[("a", text)], isnad::offsets::Unit::Byte).unwrap();
            let v = serde_json::to_value(&a).unwrap();
            if let Some(arts) = v.get("articles") {
                walk(arts, text, "analyze", splits)?;
            }
        }
        Ok(())
    }));
    match r {
        Ok(x) => x,
        Err(p) => Err(format!(
            "PANIC at {}: {}",
            LOC.lock().unwrap(),
            p.downcast_ref::<String>().cloned().or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default()
        )),
    }
}

/// Word ends: byte offsets right after each whitespace-separated word.
fn word_ends(s: &str) -> Vec<usize> {
    let mut v = vec![];
    let mut prev_ws = true;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if !prev_ws {
                v.push(i);
            }
            prev_ws = true;
        } else {
            prev_ws = false;
        }
    }
    if !prev_ws {
        v.push(s.len());
    }
    v
}

fn sentences(line: &str) -> Vec<&str> {
    let mut out = vec![];
    let mut start = 0;
    let cs: Vec<(usize, char)> = line.char_indices().collect();
    for (k, &(i, c)) in cs.iter().enumerate() {
        if matches!(c, '.' | '!' | '؟' | '?' | '؛') && cs.get(k + 1).is_none_or(|x| x.1.is_whitespace()) {
            let end = i + c.len_utf8();
            out.push(line[start..end].trim());
            start = end;
        }
    }
    if start < line.len() {
        out.push(line[start..].trim());
    }
    out.retain(|s| !s.is_empty());
    out
}

/// The last word's leading clitics and trailing punctuation stripped.
fn strip_last(s: &str) -> Option<String> {
    let t = s.trim_end_matches(|c: char| !is_letter(c));
    let ws = t.rfind(char::is_whitespace).map_or(0, |i| i + 1);
    let w = &t[ws..];
    for p in ["وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل"] {
        if let Some(r) = w.strip_prefix(p) {
            if r.chars().count() >= 2 {
                return Some(format!("{}{}", &t[..ws], r));
            }
        }
    }
    if t.len() < s.len() {
        Some(t.to_string())
    } else {
        None
    }
}

fn minimize(text: &str, o: &Opts, err_kind: &str) -> String {
    let fails = |t: &str| {
        let mut d = vec![];
        run(t, o, &mut d).err().is_some_and(|e| e.split(": ").next() == Some(err_kind))
    };
    let mut words: Vec<String> = text.split(' ').map(str::to_string).collect();
    loop {
        let mut changed = false;
        let mut i = 0;
        while i < words.len() {
            let mut w2 = words.clone();
            w2.remove(i);
            if !w2.is_empty() && fails(&w2.join(" ")) {
                words = w2;
                changed = true;
            } else {
                i += 1;
            }
        }
        if !changed {
            break;
        }
    }
    words.join(" ")
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut mode = "line".to_string();
    let mut ends = false;
    let mut o = Opts { quotes: false, analyze: false };
    let mut limit = usize::MAX;
    let mut window = 0usize;
    let mut files = vec![];
    let mut it = args.into_iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--mode" => mode = it.next().unwrap(),
            "--ends" => ends = true,
            "--quotes" => o.quotes = true,
            "--analyze" => o.analyze = true,
            "--window" => window = it.next().unwrap().parse().unwrap(),
            "--limit" => limit = it.next().unwrap().parse().unwrap(),
            _ => files.push(a),
        }
    }
    std::panic::set_hook(Box::new(|info| {
        *LOC.lock().unwrap() = info.location().map(|l| format!("{}:{}", l.file(), l.line())).unwrap_or_default();
    }));
    let t0 = std::time::Instant::now();
    let (mut units, mut runs, mut fails) = (0usize, 0usize, 0usize);
    let mut seen = std::collections::HashSet::new();
    let mut splits: Vec<String> = vec![];
    let endings: &[&str] = if ends { &["", ".", "\n", "،", " .", ":", " «", ")"] } else { &[""] };
    'outer: for f in &files {
        let content = std::fs::read_to_string(f).unwrap();
        for line in content.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with("###") {
                continue;
            }
            if mode == "raw" {
                let t = line.replace('⏎', "\n");
                runs += 1;
                if let Err(e) = run(&t, &o, &mut splits) {
                    fails += 1;
                    let kind = e.split(": ").next().unwrap_or("").to_string();
                    if seen.insert(kind.clone()) {
                        println!("FAIL {f}: {e}\n  input: {t:?}\n  min:   {:?}", minimize(&t, &o, &kind));
                    }
                }
                continue;
            }
            let pieces: Vec<&str> = if mode == "sentence" { sentences(line) } else { vec![line] };
            for piece in pieces {
                units += 1;
                if units > limit {
                    break 'outer;
                }
                let mut texts: Vec<String> = vec![];
                let ends_ = word_ends(piece);
                let starts: Vec<usize> = ends_.iter().map(|&e| piece[..e].rfind(char::is_whitespace).map_or(0, |i| i + piece[i..].chars().next().unwrap().len_utf8())).collect();
                for (n, &end) in ends_.iter().enumerate() {
                    let from = if window > 0 { starts[n.saturating_sub(window - 1)] } else { 0 };
                    let p = &piece[from..end];
                    for e in endings {
                        texts.push(format!("{p}{e}"));
                    }
                }
                if mode == "sentence" {
                    if let Some(s) = strip_last(piece) {
                        texts.push(s);
                    }
                }
                for t in texts {
                    runs += 1;
                    if let Err(e) = run(&t, &o, &mut splits) {
                        fails += 1;
                        let kind = e.split(": ").next().unwrap_or("").to_string();
                        let key = if e.starts_with("PANIC") { e.split(": ").next().unwrap().to_string() } else { format!("{kind}|{}", e.chars().take(80).collect::<String>()) };
                        if seen.insert(key) {
                            let m = minimize(&t, &o, &kind);
                            println!("FAIL {f}: {e}\n  input: {t:?}\n  min:   {m:?}");
                        }
                    }
                }
            }
        }
    }
    let mut counts = std::collections::HashMap::<String, usize>::new();
    for s in &splits {
        let k = s.split('\t').take(2).collect::<Vec<_>>().join("\t");
        *counts.entry(k).or_default() += 1;
    }
    let mut cv: Vec<_> = counts.into_iter().collect();
    cv.sort_by(|a, b| b.1.cmp(&a.1));
    let mut rare: Vec<&String> = splits.iter().filter(|s| !["pre\tو\t", "pre\tل\t", "pre\tب\t", "pre\tف\t", "pre\tول\t", "pre\tبـ\t", "pre\tلـ\t", "pre\tفل\t"].iter().any(|p| s.starts_with(p))).collect();
    rare.sort();
    rare.dedup();
    for r in rare.iter().take(40) {
        println!("rare {r}");
    }
    for (k, n) in cv.iter().take(60) {
        println!("split {n}\t{k}");
    }
    eprintln!("units {units}, runs {runs}, fails {fails}, {:.1}s", t0.elapsed().as_secs_f64());
}
