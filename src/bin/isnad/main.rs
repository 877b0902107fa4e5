//! The `isnad` command line: the library's analyses for batch use.
//! Offsets in JSON output count Unicode code points, like Python strings.

mod analyze;
mod compare;
mod entities;
mod io;
mod reuse;
mod text;

use io::{CliError, CliResult};

const USAGE: &str = "\
usage: isnad COMMAND [OPTIONS] [FILE|-]

commands:
  normalize [--preset search|display|none] [--options JSON] [--json|--jsonl] [FILE|-]
      Print the normalized text; --json prints {\"text\",\"starts\",\"ends\"} with
      code point offsets into the input; --jsonl reads one {\"id\",\"text\"} object
      per line and prints one {\"id\",\"text\",\"starts\",\"ends\"} per line.
  tokenize [--preset P] [--options JSON] [--json|--jsonl] [FILE|-]
      Print tokens (original, normalized, match key), or JSON with code point spans.
  name-key [FILE|-]
      Print the name key of every input line.
  compare A B [OTHER...] [--level exact|search|nameKey] [--no-diff] [--json]
      Shared passages, similarity scores and a word-level diff of A and B (a is A);
      OTHER files are the other reports of the event, as analyze gets them;
      --json prints {\"passages\",\"similarity\",\"diff\"} with code point offsets.
  quotes [--json] [FILE|-]
      Direct quotations with speaker and cue word, read with the names the
      entity finder marks (as analyze reads each article).
  entities [--jsonl] [FILE|-]
      Print the entities (PER, LOC, ORG, MISC, DATE, QUANTITY) as a JSON array of
      {\"start\",\"end\",\"text\",\"type\",\"id\",\"canonical\",\"score\"} with code point
      offsets; --jsonl reads one {\"id\",\"text\"} per line and prints {\"id\",\"entities\"}.
  analyze [--json] FILE...
      Several articles together: entities linked across them, similarity matrix,
      shared passages and quotes with their speakers, and the sentences each article
      alone carries; --json prints everything with code point offsets (article ids
      are the file names).
  reuse [--jsonl] [--options JSON] [--threads N] [--stats] [FILE|-]
      Passages shared across a whole corpus: reads one {\"id\",\"text\"} object per
      line (other fields ignored) and prints one JSON line per passage shared by two
      documents, {\"a\",\"b\",\"a_start\",\"a_end\",\"b_start\",\"b_end\",\"score\",\"kind\"},
      code point offsets; candidate pairs by MinHash LSH over windows of shingles;
      --options tunes the search (shingle, window, bands, rows, max_df, min_shared,
      min_score), for example '{\"bands\":32,\"max_df\":200}'; --threads defaults
      to every core; --stats prints to stderr how many pairs LSH gave and how many
      had a region to align.
  version
      Print the version.

--options takes a JSON object of normalization options, for example
  '{\"preset\":\"search\",\"hamza\":true}'. Without FILE, or with -, input is read
from standard input.";

fn run(args: &[String]) -> CliResult {
    let Some(command) = args.first() else {
        return Err(CliError::usage("no command given"));
    };
    let rest = &args[1..];
    match command.as_str() {
        "normalize" => text::normalize_cmd(rest),
        "tokenize" => text::tokenize_cmd(rest),
        "name-key" => text::name_key_cmd(rest),
        "compare" => compare::compare_cmd(rest),
        "quotes" => compare::quotes_cmd(rest),
        "entities" => entities::entities_cmd(rest),
        "analyze" => analyze::analyze_cmd(rest),
        "reuse" => reuse::reuse_cmd(rest),
        "version" | "--version" | "-V" => io::write_out(&format!("isnad {}\n", isnad::VERSION)),
        "help" | "--help" | "-h" => io::write_out(&format!("{USAGE}\n")),
        other => Err(CliError::usage(format!(
            "unknown command {other:?}; commands: normalize, tokenize, name-key, compare, quotes, entities, analyze, reuse, version, help"
        ))),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Err(e) = run(&args) {
        eprintln!("isnad: {}", e.message);
        if e.usage {
            eprintln!("{USAGE}");
            std::process::exit(2);
        }
        std::process::exit(1);
    }
}
