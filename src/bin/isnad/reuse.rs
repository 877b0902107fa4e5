//! `isnad reuse --jsonl [FILE|-]`: passages shared across a whole corpus.
//!
//! Reads one `{"id", "text"}` object per line (other fields are ignored, so a
//! Wikipedia or crawler dump can be piped in as it is), streams the texts to a
//! temporary file while fingerprinting them, then prints one JSON line per passage shared by
//! two documents: `{"a","b","a_start","a_end","b_start","b_end","score","kind"}` with
//! code point offsets. Memory holds the fingerprints and a batch of texts, not the
//! corpus. Fingerprinting and alignment run on `--threads` threads (default: every core).

use std::io::{BufRead, BufWriter, Write};

use crate::io::{Args, CliError, CliResult};
use isnad::compare::reuse::{align_batch, batch_len, default_threads, Index, ReuseError, ReuseOptions, Spool, SIGN_BATCH};
use isnad::offsets::Unit;
use serde_json::Value;

/// The id (as given, and as text) and the text of one input line; ids are strings or
/// numbers, and a number comes out as the number it was.
fn parse_line(line: &str, n: usize) -> CliResult<(Value, String, String)> {
    let value: Value = serde_json::from_str(line).map_err(|e| {
        CliError::failure(format!("line {n}: not valid JSON ({e}); expected an object {{\"id\", \"text\"}}"))
    })?;
    let Value::Object(mut object) = value else {
        return Err(CliError::failure(format!("line {n}: expected an object {{\"id\", \"text\"}}")));
    };
    let raw = object.get("id").cloned().unwrap_or(Value::Null);
    let id = match object.remove("id") {
        Some(Value::String(s)) if !s.is_empty() => s,
        Some(Value::Number(x)) => x.to_string(),
        Some(Value::String(_)) => return Err(CliError::failure(format!("line {n}: \"id\" is empty"))),
        Some(_) => return Err(CliError::failure(format!("line {n}: \"id\" must be a string or a number"))),
        None => return Err(CliError::failure(format!("line {n}: missing \"id\""))),
    };
    let text = match object.remove("text") {
        Some(Value::String(s)) => s,
        Some(_) => return Err(CliError::failure(format!("line {n}: \"text\" must be a string"))),
        None => return Err(CliError::failure(format!("line {n}: missing \"text\""))),
    };
    Ok((raw, id, text))
}

/// One output line: a reused passage with the ids as the input gave them.
#[derive(serde::Serialize)]
struct Line {
    a: Value,
    b: Value,
    a_start: usize,
    a_end: usize,
    b_start: usize,
    b_end: usize,
    score: f64,
    kind: isnad::compare::PassageKind,
}

fn failure(e: ReuseError) -> CliError {
    CliError::failure(e.to_string())
}

pub fn reuse_cmd(raw: &[String]) -> CliResult {
    let args = Args::parse(raw, &["--options", "--threads"], &["--jsonl", "--stats"])?;
    let threads = match args.value("--threads") {
        None => default_threads(),
        Some(v) => match v.parse::<usize>() {
            Ok(n) if n >= 1 => n,
            _ => return Err(CliError::usage(format!("--threads takes a whole number of at least 1, got {v:?}"))),
        },
    };
    let options = match args.value("--options") {
        Some(json) => ReuseOptions::from_json(json).map_err(|e| CliError::usage(e.to_string()))?,
        None => ReuseOptions::default(),
    };
    let input: Box<dyn BufRead> = match args.one_input()? {
        None | Some("-") => Box::new(std::io::stdin().lock()),
        Some(p) => Box::new(std::io::BufReader::new(
            std::fs::File::open(p).map_err(|e| CliError::failure(format!("cannot read {p}: {e}")))?,
        )),
    };
    let mut index = Index::new(options).map_err(|e| CliError::usage(e.to_string()))?;
    let mut spool = Spool::new().map_err(failure)?;
    // Input line of each document, for error messages.
    let mut lines: Vec<u32> = Vec::new();
    // Documents whose id was a number, in order: printed back as numbers.
    let mut numeric: Vec<(u32, Value)> = Vec::new();
    // Texts read but not yet fingerprinted: a batch at a time on every thread.
    let mut batch: Vec<(u32, String)> = Vec::new();
    for (k, line) in input.split(b'\n').enumerate() {
        let n = k + 1;
        let line = line.map_err(|e| CliError::failure(format!("cannot read line {n}: {e}")))?;
        let line = String::from_utf8(line).map_err(|e| {
            CliError::failure(format!("line {n} is not valid UTF-8: invalid byte at offset {}", e.utf8_error().valid_up_to()))
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let (raw, id, text) = parse_line(&line, n)?;
        let doc = match index.register(&id) {
            Ok(doc) => doc,
            Err(ReuseError::DuplicateId { id, first, .. }) => {
                return Err(CliError::failure(format!(
                    "line {n}: the id {id:?} was already used on line {}; ids must be unique",
                    lines[first]
                )))
            }
            Err(e) => return Err(CliError::failure(format!("line {n}: {e}"))),
        };
        spool.push(&text).map_err(failure)?;
        lines.push(n as u32);
        if raw.is_number() {
            numeric.push((doc, raw));
        }
        batch.push((doc, text));
        if batch.len() >= SIGN_BATCH {
            index.sign_batch(&batch, threads).map_err(failure)?;
            batch.clear();
        }
    }
    index.sign_batch(&batch, threads).map_err(failure)?;
    drop(batch);
    let pairs = index.candidates().map_err(failure)?;
    if args.has("--stats") {
        eprintln!(
            "{} documents, {} pairs by MinHash LSH, {} with a region to align",
            index.len(),
            index.lsh_pair_count(),
            pairs.len()
        );
    }
    let mut out = BufWriter::new(std::io::stdout().lock());
    let id_of = |doc: u32| -> Value {
        match numeric.binary_search_by_key(&doc, |(d, _)| *d) {
            Ok(k) => numeric[k].1.clone(),
            Err(_) => Value::String(index.id(doc).to_string()),
        }
    };
    for batch in pairs.chunks(batch_len(threads)) {
        for (a, b, r) in align_batch(&index, batch, &mut spool, Unit::CodePoint, threads).map_err(failure)? {
            let record = Line {
                a: id_of(a),
                b: id_of(b),
                a_start: r.a_start,
                a_end: r.a_end,
                b_start: r.b_start,
                b_end: r.b_end,
                score: r.score,
                kind: r.kind,
            };
            let line = serde_json::to_string(&record).map_err(|e| CliError::failure(format!("cannot write JSON: {e}")))? + "\n";
            match out.write_all(line.as_bytes()) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => return Ok(()),
                Err(e) => return Err(CliError::failure(format!("cannot write output: {e}"))),
            }
        }
    }
    match out.flush() {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(CliError::failure(format!("cannot write output: {e}"))),
        _ => Ok(()),
    }
}
