//! The `isnad` command line as users run it: output, code point offsets, batch mode,
//! and clear failures.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::{isnad, stderr, stdout};

#[test]
fn normalize_prints_text() {
    let o = isnad(&["normalize"], "قالَ «کیم» ٣".as_bytes());
    assert!(o.status.success());
    assert_eq!(stdout(&o), "قال \"كيم\" 3\n");
    let o = isnad(&["normalize", "--preset", "display"], "قالَ".as_bytes());
    assert_eq!(stdout(&o), "قالَ\n");
}

#[test]
fn json_offsets_count_code_points() {
    let text = "😀 قالَ";
    let o = isnad(&["normalize", "--json"], text.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(v["text"], "😀 قال");
    let starts: Vec<u64> = v["starts"].as_array().unwrap().iter().map(|x| x.as_u64().unwrap()).collect();
    let ends: Vec<u64> = v["ends"].as_array().unwrap().iter().map(|x| x.as_u64().unwrap()).collect();
    assert_eq!(starts.len(), 5, "one entry per code point of the output");
    assert_eq!((starts[0], ends[0]), (0, 1));
    let chars: Vec<char> = text.chars().collect();
    let word: String = chars[starts[2] as usize..ends[4] as usize].iter().collect();
    assert_eq!(word, "قالَ");
}

#[test]
fn jsonl_keeps_ids_line_by_line() {
    let input = "{\"id\":\"a\",\"text\":\"أحمد\"}\n\n{\"id\":7,\"text\":\"ﻻ\"}\n";
    let o = isnad(&["normalize", "--jsonl"], input.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["text"], "احمد");
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(lines[1]["ends"], serde_json::json!([1, 1]));
    let o = isnad(&["normalize", "--jsonl"], b"{\"id\":1}\n");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("line 1"), "{}", stderr(&o));
}

#[test]
fn tokenize_json_has_spans_and_keys() {
    let o = isnad(&["tokenize", "--json"], "والرئيس 😀 بوتين".as_bytes());
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let t = v.as_array().unwrap();
    assert_eq!(t[0]["text"], "والرئيس");
    assert_eq!(t[0]["start"], 0);
    assert_eq!(t[0]["end"], 7);
    assert_eq!(t[1]["kind"], "symbol");
    assert_eq!(t[2]["start"], 10, "the emoji is one code point");
    assert_eq!(t[2]["key"], "بوتين");
}

#[test]
fn invalid_utf8_names_the_byte() {
    let o = isnad(&["normalize"], b"abc\xffdef");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("not valid UTF-8") && stderr(&o).contains("offset 3"), "{}", stderr(&o));
}

#[test]
fn bad_usage_fails_clearly() {
    let o = isnad(&["normalize", "/nonexistent/file.txt"], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("cannot read /nonexistent/file.txt"));
    let o = isnad(&["normalize", "--preset", "fast"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("valid presets: search, display, none"));
    let o = isnad(&["normalize", "--fast"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown option --fast"));
    let o = isnad(&["normalize", "--options", "{\"stripDiacritic\":true}"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("stripDiacritics"));
    let o = isnad(&["frobnicate"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown command"));
    let o = isnad(&[], b"");
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn name_key_per_line() {
    let o = isnad(&["name-key"], "سيرغي شويغو\nسيرجي شويجو\n".as_bytes());
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0], lines[1]);
}
