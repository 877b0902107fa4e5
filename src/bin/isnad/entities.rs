//! `isnad entities [--jsonl] [FILE|-]`: named entities, dates and quantities, linked
//! within each text, with Unicode code point offsets.

use crate::io::{each_jsonl_line, read_input, write_out, Args, CliResult};
use isnad::entities::entities;
use isnad::offsets::{OffsetConverter, Unit};
use serde_json::{json, Map, Value};

fn entities_json(text: &str) -> Vec<Value> {
    let mut conv = OffsetConverter::new(text, Unit::CodePoint);
    entities(text)
        .into_iter()
        .map(|e| {
            let (s, t) = conv.span(e.start, e.end);
            json!({"start": s, "end": t, "text": &text[e.start..e.end], "type": e.kind,
                   "id": e.id, "canonical": e.canonical, "score": (e.score as f64 * 1000.0).round() / 1000.0})
        })
        .collect()
}

pub fn entities_cmd(raw: &[String]) -> CliResult {
    let args = Args::parse(raw, &[], &["--jsonl"])?;
    let input = read_input(args.one_input()?)?;
    if args.has("--jsonl") {
        return each_jsonl_line(&input, |text| {
            let mut m = Map::new();
            m.insert("entities".into(), Value::Array(entities_json(text)));
            Ok(m)
        });
    }
    write_out(&(Value::Array(entities_json(&input)).to_string() + "\n"))
}
