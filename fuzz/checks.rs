//! What every fuzz target asserts, shared with `tests/fuzz_replay.rs` (which runs it on
//! the corpora and the crashes in an ordinary `cargo test`): the entry point does not
//! panic, and every span it returns lies inside its input, on character boundaries.
//!
//! Inputs are bytes read as UTF-8 with replacement (what the CLI and the bindings
//! give the core). Two texts are split at the first 0xFF byte (which UTF-8 never
//! contains), articles at every 0xFE; `normalize` takes its options from the first two
//! bytes. Results are checked through their JSON form (byte offsets), so the checks
//! keep working when result types gain fields.

use isnad::compare::{self, CompareOptions, DiffLevel};
use isnad::normalize::{Persian, UnicodeForm, Whitespace};
use isnad::offsets::Unit;
use isnad::Options;
use serde_json::Value;

/// The fuzz targets, by name (the folders of fuzz/corpus and fuzz/artifacts).
pub const TARGETS: &[&str] = &["normalize", "tokenize", "entities", "quotes", "compare", "diff", "analyze", "jsonl"];

/// Runs the checks of `target` on `data`; panics on a violation.
pub fn run(target: &str, data: &[u8]) {
    match target {
        "normalize" => normalize(data),
        "tokenize" => tokenize(data),
        "entities" => entities(data),
        "quotes" => quotes(data),
        "compare" => compare(data),
        "diff" => diff(data),
        "analyze" => analyze(data),
        "jsonl" => jsonl(data),
        _ => panic!("unknown fuzz target {target}"),
    }
}

fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

fn two(data: &[u8]) -> (String, String) {
    match data.iter().position(|&b| b == 0xFF) {
        Some(i) => (text(&data[..i]), text(&data[i + 1..])),
        None => (text(data), String::new()),
    }
}

/// `start..end` lies in `text` and on character boundaries.
fn span_ok(text: &str, start: usize, end: usize, what: &str) {
    assert!(start <= end && end <= text.len(), "{what}: span {start}..{end} outside a text of {} bytes", text.len());
    assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "{what}: span {start}..{end} splits a character of {text:?}");
}

/// Checks every `start`/`end` (and `textStart`/`textEnd`) pair of a JSON result
/// against the text `pick` chooses for the key path that leads to it.
fn spans_in(value: &Value, path: &mut Vec<String>, pick: &dyn Fn(&[String], &Value) -> Option<String>) {
    match value {
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                path.push(i.to_string());
                spans_in(v, path, pick);
                path.pop();
            }
        }
        Value::Object(map) => {
            for (s, e) in [("start", "end"), ("textStart", "textEnd")] {
                if let (Some(a), Some(b)) = (map.get(s).and_then(Value::as_u64), map.get(e).and_then(Value::as_u64)) {
                    if let Some(t) = pick(path, value) {
                        span_ok(&t, a as usize, b as usize, &path.join("."));
                    }
                }
            }
            for (k, v) in map {
                path.push(k.clone());
                spans_in(v, path, pick);
                path.pop();
            }
        }
        _ => {}
    }
}

fn json<T: serde::Serialize>(value: &T) -> Value {
    serde_json::to_value(value).expect("results serialize")
}

fn options_from(bits: u16) -> Options {
    let b = |i: u32| bits & (1 << i) != 0;
    Options {
        unicode: [UnicodeForm::None, UnicodeForm::Nfc, UnicodeForm::Nfkc, UnicodeForm::Nfc][(bits & 3) as usize],
        strip_diacritics: b(2),
        strip_tatweel: b(3),
        fold_alef: b(4),
        fold_alef_maksura: b(5),
        fold_teh_marbuta: b(6),
        persian: [Persian::None, Persian::KafYeh, Persian::All, Persian::None][((bits >> 7) & 3) as usize],
        fold_hamza: b(9),
        digits: b(10),
        punctuation: b(11),
        strip_invisible: b(12),
        whitespace: [Whitespace::Keep, Whitespace::Collapse, Whitespace::Lines, Whitespace::Keep][((bits >> 13) & 3) as usize],
        lowercase: b(15),
    }
}

/// Any options: the map covers the original in order, each character's range on
/// boundaries; the UTF-16 forms agree with it.
pub fn normalize(data: &[u8]) {
    let (options, rest) = match data {
        [a, b, rest @ ..] => (options_from(u16::from_le_bytes([*a, *b])), rest),
        _ => (Options::default(), data),
    };
    let t = text(rest);
    let n = isnad::normalize(&t, &options);
    let chars = n.text.chars().count();
    assert_eq!(n.starts.len(), chars, "one start per output character");
    assert_eq!(n.ends.len(), chars, "one end per output character");
    for (s, e) in n.starts.iter().zip(&n.ends) {
        span_ok(&t, *s as usize, *e as usize, "normalize map");
    }
    let n16 = isnad::normalize::normalize_utf16(&t, &options);
    assert_eq!(String::from_utf16(&n16.text).ok().as_deref(), Some(n.text.as_str()), "UTF-16 text equals the UTF-8 text");
    let units: Vec<u16> = t.encode_utf16().collect();
    assert_eq!(isnad::normalize::normalize_utf16_units(&units, &options), n16, "UTF-16 input gives the same");
    for (s, e) in n16.starts.iter().zip(&n16.ends) {
        assert!(s <= e && *e as usize <= units.len(), "UTF-16 map inside the input");
    }
}

pub fn tokenize(data: &[u8]) {
    let t = text(data);
    for preset in [isnad::Preset::Search, isnad::Preset::Display, isnad::Preset::None] {
        let mut last = 0;
        for tok in isnad::tokenize(&t, &Options::preset(preset)) {
            span_ok(&t, tok.start, tok.end, "token");
            assert!(tok.start >= last && tok.start < tok.end, "tokens are non-empty and in order");
            last = tok.end;
        }
    }
}

pub fn entities(data: &[u8]) {
    let t = text(data);
    let found = isnad::entities::entities(&t);
    for e in &found {
        assert!((0.0..=1.0).contains(&e.score), "score {} in [0, 1]", e.score);
    }
    spans_in(&json(&found), &mut vec![], &|_, _| Some(t.clone()));
}

pub fn quotes(data: &[u8]) {
    let t = text(data);
    spans_in(&json(&compare::quotes(&t)), &mut vec![], &|_, _| Some(t.clone()));
}

/// Spans under `a` point into the first text, under `b` into the second.
fn side<'a>(path: &[String], a: &'a str, b: &'a str) -> Option<String> {
    match path.iter().rev().find(|k| *k == "a" || *k == "b").map(String::as_str) {
        Some("a") => Some(a.to_string()),
        Some("b") => Some(b.to_string()),
        _ => None,
    }
}

pub fn compare(data: &[u8]) {
    let (a, b) = two(data);
    let level = [DiffLevel::Exact, DiffLevel::Search, DiffLevel::NameKey][data.len() % 3];
    let options = CompareOptions { diff_level: level, passages: true, diff: true, ..Default::default() };
    let c = compare::compare(&a, &b, &options);
    for v in [c.similarity.containment_ab, c.similarity.containment_ba, c.similarity.jaccard, c.similarity.cosine] {
        assert!((0.0..=1.0 + 1e-6).contains(&v), "similarity {v} in [0, 1]");
    }
    spans_in(&json(&c), &mut vec![], &|p, _| side(p, &a, &b));
}

/// The operations rebuild both texts, in order, at every level.
pub fn diff(data: &[u8]) {
    let (a, b) = two(data);
    for level in [DiffLevel::Exact, DiffLevel::Search, DiffLevel::NameKey] {
        let ops = compare::diff(&a, &b, level);
        let (mut ra, mut rb) = (String::new(), String::new());
        for op in &ops {
            span_ok(&a, op.a.start, op.a.end, "diff a");
            span_ok(&b, op.b.start, op.b.end, "diff b");
            ra.push_str(&a[op.a.start..op.a.end]);
            rb.push_str(&b[op.b.start..op.b.end]);
        }
        assert_eq!(ra, a, "the diff rebuilds a");
        assert_eq!(rb, b, "the diff rebuilds b");
    }
}

/// Articles split at 0xFE, ids a0, a1…; spans in byte offsets of their article.
pub fn analyze(data: &[u8]) {
    let texts: Vec<String> = data.split(|&b| b == 0xFE).map(text).collect();
    let ids: Vec<String> = (0..texts.len()).map(|i| format!("a{i}")).collect();
    let pairs: Vec<(&str, &str)> = ids.iter().map(String::as_str).zip(texts.iter().map(String::as_str)).collect();
    let result = isnad::analyze::analyze(&pairs, Unit::Byte).expect("distinct ids are valid input");
    let value = json(&result);
    let text_of = |id: &str| ids.iter().position(|i| i == id).map(|i| texts[i].clone());
    // Under articles[i], article i; elsewhere, the article an object names.
    spans_in(&value, &mut vec![], &|path, obj| {
        if path.first().map(String::as_str) == Some("articles") {
            return path.get(1).and_then(|i| i.parse::<usize>().ok()).map(|i| texts[i].clone());
        }
        obj.get("article").and_then(Value::as_str).and_then(text_of)
    });
}

/// The CLI's `--jsonl` reader: any input gives either an error message or one output
/// line per non-empty input line, each a JSON object with the input's `id`.
pub fn jsonl(data: &[u8]) {
    let input = text(data);
    let result = crate::io::jsonl_lines(&input, |t| {
        let mut m = serde_json::Map::new();
        m.insert("tokens".into(), Value::from(isnad::tokenize(t, &Options::default()).len()));
        Ok(m)
    });
    match result {
        Ok(out) => {
            let lines = input.lines().filter(|l| !l.trim().is_empty()).count();
            assert_eq!(out.lines().count(), lines, "one output line per input line");
            for line in out.lines() {
                let v: Value = serde_json::from_str(line).expect("every output line is JSON");
                assert!(v.get("id").is_some() && v.get("tokens").is_some());
            }
        }
        Err(e) => assert!(!e.message.is_empty(), "errors say something"),
    }
}
