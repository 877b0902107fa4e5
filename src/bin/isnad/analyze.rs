//! `isnad analyze FILE...`: several articles together.

use crate::io::{read_input, write_json, write_out, Args, CliError, CliResult};
use isnad::analyze::analyze;
use isnad::offsets::Unit;

/// Article ids are the file names without their folders, made unique if needed.
fn ids(paths: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(paths.len());
    for p in paths {
        let base = std::path::Path::new(p).file_name().map_or(p.clone(), |n| n.to_string_lossy().into_owned());
        let mut id = base.clone();
        let mut k = 2;
        while out.contains(&id) {
            id = format!("{base}#{k}");
            k += 1;
        }
        out.push(id);
    }
    out
}

pub fn analyze_cmd(raw: &[String]) -> CliResult {
    let args = Args::parse(raw, &[], &["--json"])?;
    if args.positional.is_empty() {
        return Err(CliError::usage("analyze needs at least one file"));
    }
    if args.positional.iter().filter(|p| *p == "-").count() > 1 {
        return Err(CliError::usage("only one input can be standard input"));
    }
    let texts: Vec<String> = args.positional.iter().map(|p| read_input(Some(p))).collect::<CliResult<_>>()?;
    let ids = ids(&args.positional);
    let pairs: Vec<(&str, &str)> = ids.iter().zip(&texts).map(|(i, t)| (i.as_str(), t.as_str())).collect();
    let a = analyze(&pairs, Unit::CodePoint).map_err(|e| CliError::failure(e.to_string()))?;
    if args.has("--json") {
        return write_json(&a);
    }
    // A summary for reading in a terminal.
    let mut out = String::new();
    out.push_str("similarity (share of the words of both inside shared passages):\n");
    for (i, row) in a.similarity.shared.iter().enumerate() {
        let cells: Vec<String> = row.iter().map(|v| format!("{v:.2}")).collect();
        out.push_str(&format!("  {:<24} {}\n", a.similarity.ids[i], cells.join(" ")));
    }
    out.push_str(&format!("\nentities ({}):\n", a.entities.len()));
    for e in a.entities.iter().filter(|e| e.mentions.len() > 1) {
        let arts: std::collections::BTreeSet<&str> = e.mentions.iter().map(|m| m.article.as_str()).collect();
        out.push_str(&format!(
            "  {:<8} {} ({} mentions in {} articles; variants: {})\n",
            serde_json::to_value(e.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default(),
            e.canonical,
            e.mentions.len(),
            arts.len(),
            e.variants.join(" / ")
        ));
    }
    out.push_str(&format!("\nshared passages: {}\n", a.passages.len()));
    out.push_str("\nquotes carried by several articles:\n");
    for q in a.quotes.iter().filter(|q| q.carriers.len() > 1) {
        let text: String = q.text.chars().take(80).collect();
        let who = match (&q.speaker, q.agreed, q.majority) {
            (Some(s), true, _) => s.clone(),
            (Some(s), false, true) => format!("{s} (most articles; attribution differs)"),
            (_, false, _) => "attribution differs".to_string(),
            (None, true, _) => "no speaker named".to_string(),
        };
        out.push_str(&format!("  «{}» — {} ({} articles)\n", text, who, q.carriers.len()));
        if !q.agreed {
            for c in &q.carriers {
                out.push_str(&format!("      {}: {}\n", c.article, c.speaker.as_deref().unwrap_or("no speaker named")));
            }
        }
    }
    out.push_str("\nsentences in no other article:\n");
    for r in &a.articles {
        out.push_str(&format!("  {}: {}\n", r.id, r.unique.len()));
    }
    write_out(&out)
}
