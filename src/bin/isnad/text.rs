//! `isnad normalize`, `isnad tokenize`, `isnad name-key`.

use crate::io::{each_jsonl_line, read_input, write_out, Args, CliError, CliResult};
use isnad::normalize::{normalize, normalize_in, Options, OptionsSpec};
use isnad::offsets::Unit;
use isnad::tokenize::{tokenize, TokenView};
use serde_json::{json, Map, Value};

/// Normalization options from `--preset P` and `--options JSON`.
fn options(args: &Args) -> CliResult<Options> {
    let mut spec = match args.value("--options") {
        Some(json) => OptionsSpec::from_json(json).map_err(CliError::usage)?,
        None => OptionsSpec::default(),
    };
    if let Some(p) = args.value("--preset") {
        spec.preset = Some(
            serde_json::from_value(Value::String(p.to_string())).map_err(|_| {
                CliError::usage(format!(
                    "unknown preset {p:?}; valid presets: search, display, none"
                ))
            })?,
        );
    }
    Ok(spec.resolve())
}

fn normalized_json(text: &str, o: &Options) -> Map<String, Value> {
    // Code point offsets made in the normalizing pass.
    let n = normalize_in(text, o, Unit::CodePoint);
    let (starts, ends) = (n.starts, n.ends);
    let mut m = Map::new();
    m.insert("text".into(), Value::String(n.text));
    m.insert("starts".into(), json!(starts));
    m.insert("ends".into(), json!(ends));
    m
}

pub fn normalize_cmd(raw: &[String]) -> CliResult {
    let args = Args::parse(raw, &["--preset", "--options"], &["--json", "--jsonl"])?;
    let o = options(&args)?;
    let input = read_input(args.one_input()?)?;
    if args.has("--jsonl") {
        return each_jsonl_line(&input, |text| Ok(normalized_json(text, &o)));
    }
    if args.has("--json") {
        return write_out(&(Value::Object(normalized_json(&input, &o)).to_string() + "\n"));
    }
    let mut text = normalize(&input, &o).text;
    text.push('\n');
    write_out(&text)
}

fn tokens_json(text: &str, o: &Options) -> Vec<Value> {
    TokenView::all(text, o, Unit::CodePoint).iter().map(|t| serde_json::to_value(t).unwrap_or(Value::Null)).collect()
}

pub fn tokenize_cmd(raw: &[String]) -> CliResult {
    let args = Args::parse(raw, &["--preset", "--options"], &["--json", "--jsonl"])?;
    let o = options(&args)?;
    let input = read_input(args.one_input()?)?;
    if args.has("--jsonl") {
        return each_jsonl_line(&input, |text| {
            let mut m = Map::new();
            m.insert("tokens".into(), Value::Array(tokens_json(text, &o)));
            Ok(m)
        });
    }
    if args.has("--json") {
        return write_out(&(Value::Array(tokens_json(&input, &o)).to_string() + "\n"));
    }
    let mut out = String::new();
    for t in tokenize(&input, &o) {
        out.push_str(&format!(
            "{}\t{}\t{}\n",
            &input[t.start..t.end],
            t.norm,
            t.key
        ));
    }
    write_out(&out)
}

pub fn name_key_cmd(raw: &[String]) -> CliResult {
    let args = Args::parse(raw, &[], &[])?;
    let input = read_input(args.one_input()?)?;
    let mut out = String::new();
    for line in input.lines() {
        out.push_str(&isnad::name_key(line));
        out.push('\n');
    }
    write_out(&out)
}
