//! `isnad entities` as users run it: JSON with code point offsets, and --jsonl.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::isnad;

#[test]
fn entities_json_has_code_point_offsets() {
    let text = "😀 وقال الرئيس الروسي فلاديمير بوتين إن روسيا مستعدة. وقال بوتين ذلك في 13 سبتمبر.";
    let o = isnad(&["entities"], text);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let es = v.as_array().unwrap();
    assert!(!es.is_empty());
    for e in es {
        let (s, t) = (e["start"].as_u64().unwrap() as usize, e["end"].as_u64().unwrap() as usize);
        let slice: String = chars[s..t].iter().collect();
        assert_eq!(slice, e["text"].as_str().unwrap());
        assert!(e["id"].is_string() && e["canonical"].is_string() && e["score"].is_number());
    }
    let putin: Vec<_> = es.iter().filter(|e| e["text"] == "بوتين" || e["text"] == "فلاديمير بوتين").collect();
    assert_eq!(putin.len(), 2, "{v}");
    assert_eq!(putin[0]["id"], putin[1]["id"]);
    assert!(es.iter().any(|e| e["type"] == "DATE" && e["text"] == "13 سبتمبر"), "{v}");
}

#[test]
fn entities_jsonl_answers_line_by_line() {
    let input = "{\"id\":\"a\",\"text\":\"زار بوتين موسكو\"}\n{\"id\":7,\"text\":\"\"}\n";
    let o = isnad(&["entities", "--jsonl"], input);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let lines: Vec<serde_json::Value> = String::from_utf8(o.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert!(lines[0]["entities"].as_array().unwrap().iter().any(|e| e["text"] == "موسكو"));
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(lines[1]["entities"], serde_json::json!([]));
}

#[test]
fn entities_rejects_unknown_options() {
    let o = isnad(&["entities", "--json"], "");
    assert_eq!(o.status.code(), Some(2));
}
