//! `isnad compare A B` and `isnad quotes FILE`.

use crate::io::{read_input, write_json, write_out, Args, CliError, CliResult};
use isnad::compare::quotes::QuoteView;
use isnad::analyze::quotes_in;
use isnad::compare::{compare, CompareOptions, DiffLevel, Op};
use isnad::offsets::{convert, convert_pair, Unit};
use serde_json::Value;

fn level(args: &Args) -> CliResult<DiffLevel> {
    match args.value("--level") {
        None => Ok(DiffLevel::Search),
        Some(v) => serde_json::from_value(Value::String(v.to_string()))
            .map_err(|_| CliError::usage(format!("unknown level {v:?}; valid levels: exact, search, nameKey"))),
    }
}

/// Shortens a passage for one line of text output.
fn snippet(s: &str) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out: String = flat.chars().take(70).collect();
    if flat.chars().count() > 70 {
        out.push('…');
    }
    out
}

pub fn compare_cmd(raw: &[String]) -> CliResult {
    let args = Args::parse(raw, &["--level"], &["--json", "--no-diff"])?;
    let [a_path, b_path, others @ ..] = args.positional.as_slice() else {
        return Err(CliError::usage(format!("compare needs two files, got {}", args.positional.len())));
    };
    if args.positional.iter().filter(|p| *p == "-").count() > 1 {
        return Err(CliError::usage("only one of the inputs can be standard input"));
    }
    let a = read_input(Some(a_path))?;
    let b = read_input(Some(b_path))?;
    // Further files: the other reports of the event, as `analyze` would get them.
    let context = others.iter().map(|p| read_input(Some(p))).collect::<CliResult<Vec<String>>>()?;
    let options = CompareOptions { diff_level: level(&args)?, diff: !args.has("--no-diff"), passages: true, context };
    let mut c = compare(&a, &b, &options);
    if args.has("--json") {
        convert_pair(&mut c, &a, &b, Unit::CodePoint);
        return write_json(&c);
    }
    let s = c.similarity;
    let mut out = format!(
        "shared (words inside reused passages): {:.3}\nsimilarity: containment a in b {:.3}, b in a {:.3}, jaccard {:.3}, cosine {:.3}\n",
        s.shared, s.containment_ab, s.containment_ba, s.jaccard, s.cosine
    );
    out.push_str(&format!("{} shared passage(s)\n", c.passages.len()));
    // Code point spans shown beside the byte-sliced snippet.
    let mut shown = c.passages.clone();
    convert_pair(&mut shown, &a, &b, Unit::CodePoint);
    for (p, q) in c.passages.iter().zip(&shown) {
        let (a0, a1, b0, b1) = (q.a.start, q.a.end, q.b.start, q.b.end);
        out.push_str(&format!(
            "  a[{a0}..{a1}] b[{b0}..{b1}] {} {:.2}: {}\n",
            serde_json::to_value(p.kind).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default(),
            p.score,
            snippet(&a[p.a.start..p.a.end])
        ));
    }
    if !c.diff.is_empty() {
        out.push_str("diff ([-a only-] {+b only+}):\n");
        for d in &c.diff {
            let (ta, tb) = (&a[d.a.start..d.a.end], &b[d.b.start..d.b.end]);
            match d.op {
                Op::Equal => out.push_str(ta),
                Op::Delete => out.push_str(&format!("[-{}-]", ta.trim_end())),
                Op::Insert => out.push_str(&format!("{{+{}+}}", tb.trim_end())),
                Op::Replace => out.push_str(&format!("[-{}-]{{+{}+}}", ta.trim_end(), tb.trim_end())),
            }
            if d.op != Op::Equal {
                let ws = if d.op == Op::Insert { &tb[tb.trim_end().len()..] } else { &ta[ta.trim_end().len()..] };
                out.push_str(ws);
            }
        }
        if !out.ends_with('\n') {
            out.push('\n');
        }
    }
    write_out(&out)
}

pub fn quotes_cmd(raw: &[String]) -> CliResult {
    let args = Args::parse(raw, &[], &["--json"])?;
    let text = read_input(args.one_input()?)?;
    let found = quotes_in(&text);
    if args.has("--json") {
        let mut all: Vec<QuoteView> = found.iter().map(|q| QuoteView::new(q, &text)).collect();
        convert(&mut all, &text, Unit::CodePoint);
        return write_json(&all);
    }
    let mut out = String::new();
    for q in &found {
        let who = match &q.speaker {
            Some(s) => {
                let mut w = s.name.clone().or_else(|| s.title.clone()).unwrap_or_default();
                if let (Some(_), Some(t)) = (&s.name, &s.title) {
                    w.push_str(&format!(" ({t})"));
                }
                if s.inherited {
                    w.push_str(" [carried over]");
                }
                if s.by_title {
                    w.push_str(" [named by title]");
                }
                w
            }
            None => "?".to_string(),
        };
        let cue = q.cue.as_ref().map_or(String::new(), |c| format!(" [{}]", c.text));
        out.push_str(&format!("{who}{cue}: {}\n", &text[q.text_start..q.text_end]));
    }
    write_out(&out)
}
