//! `isnad entities [--jsonl] [FILE|-]`: named entities, dates and quantities, linked
//! within each text, with Unicode code point offsets.

use crate::io::{each_jsonl_line, read_input, write_out, Args, CliResult};
use isnad::analyze::entities_in;
use isnad::offsets::Unit;
use serde_json::{Map, Value};

fn entities_json(text: &str) -> Vec<Value> {
    entities_in(text, Unit::CodePoint, |_| true).iter().map(|e| serde_json::to_value(e).unwrap_or(Value::Null)).collect()
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
