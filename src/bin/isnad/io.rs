//! Input, output and argument handling shared by the subcommands.

use std::io::{Read, Write};

/// An error for the user: printed as `isnad: …` with exit status 2 (usage) or 1.
#[derive(Debug)]
pub struct CliError {
    pub message: String,
    pub usage: bool,
}

impl CliError {
    pub fn usage(message: impl Into<String>) -> Self {
        CliError {
            message: message.into(),
            usage: true,
        }
    }
    pub fn failure(message: impl Into<String>) -> Self {
        CliError {
            message: message.into(),
            usage: false,
        }
    }
}

pub type CliResult<T = ()> = Result<T, CliError>;

/// Reads a file (or standard input for `-` or no file) as UTF-8, saying where it is not.
pub fn read_input(path: Option<&str>) -> CliResult<String> {
    let (name, bytes) = match path {
        None | Some("-") => {
            let mut buf = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| CliError::failure(format!("cannot read standard input: {e}")))?;
            ("standard input".to_string(), buf)
        }
        Some(p) => {
            let bytes =
                std::fs::read(p).map_err(|e| CliError::failure(format!("cannot read {p}: {e}")))?;
            (p.to_string(), bytes)
        }
    };
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        CliError::failure(format!(
            "{name} is not valid UTF-8: invalid byte at offset {at}"
        ))
    })
}

/// Writes to standard output; a closed pipe ends quietly.
pub fn write_out(text: &str) -> CliResult {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(CliError::failure(format!("cannot write output: {e}"))),
    }
}

/// Writes `value` as one line of JSON.
pub fn write_json(value: &impl serde::Serialize) -> CliResult {
    let json = serde_json::to_string(value).map_err(|e| CliError::failure(format!("cannot write JSON: {e}")))?;
    write_out(&(json + "\n"))
}

/// Parsed flags and positional arguments of one subcommand.
pub struct Args {
    pub flags: Vec<(String, Option<String>)>,
    pub positional: Vec<String>,
}

impl Args {
    /// Splits `args` given the flags that take a value and those that do not.
    pub fn parse(args: &[String], with_value: &[&str], switches: &[&str]) -> CliResult<Args> {
        let mut flags = Vec::new();
        let mut positional = Vec::new();
        let mut i = 0;
        while i < args.len() {
            let a = &args[i];
            if a == "-" || !a.starts_with('-') {
                positional.push(a.clone());
            } else if a == "--" {
                positional.extend(args[i + 1..].iter().cloned());
                break;
            } else {
                let (name, inline) = match a.split_once('=') {
                    Some((n, v)) => (n.to_string(), Some(v.to_string())),
                    None => (a.clone(), None),
                };
                if with_value.contains(&name.as_str()) {
                    let value = match inline {
                        Some(v) => v,
                        None => {
                            i += 1;
                            args.get(i)
                                .cloned()
                                .ok_or_else(|| CliError::usage(format!("{name} needs a value")))?
                        }
                    };
                    flags.push((name, Some(value)));
                } else if switches.contains(&name.as_str()) && inline.is_none() {
                    flags.push((name, None));
                } else {
                    let mut valid: Vec<&str> = with_value.iter().chain(switches).copied().collect();
                    valid.sort();
                    return Err(CliError::usage(format!(
                        "unknown option {a}; valid options: {}",
                        valid.join(", ")
                    )));
                }
            }
            i += 1;
        }
        Ok(Args { flags, positional })
    }

    pub fn has(&self, name: &str) -> bool {
        self.flags.iter().any(|(n, _)| n == name)
    }

    pub fn value(&self, name: &str) -> Option<&str> {
        self.flags
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .and_then(|(_, v)| v.as_deref())
    }

    /// At most one input file.
    pub fn one_input(&self) -> CliResult<Option<&str>> {
        match self.positional.len() {
            0 => Ok(None),
            1 => Ok(Some(self.positional[0].as_str())),
            _ => Err(CliError::usage(format!(
                "expected at most one input file, got {}",
                self.positional.len()
            ))),
        }
    }
}

/// One line of `--jsonl` input.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonlRecord {
    pub id: serde_json::Value,
    pub text: String,
}

/// Runs `f` on every line `{"id","text"}` of `input`, printing `{"id", ...result}`.
pub fn each_jsonl_line(
    input: &str,
    f: impl FnMut(&str) -> CliResult<serde_json::Map<String, serde_json::Value>>,
) -> CliResult {
    write_out(&jsonl_lines(input, f)?)
}

/// The output of [`each_jsonl_line`], not printed (the fuzz target reads it).
pub fn jsonl_lines(
    input: &str,
    mut f: impl FnMut(&str) -> CliResult<serde_json::Map<String, serde_json::Value>>,
) -> CliResult<String> {
    let mut out = String::new();
    for (n, line) in input.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let record: JsonlRecord = serde_json::from_str(line).map_err(|e| {
            CliError::failure(format!(
                "line {}: expected a JSON object {{\"id\", \"text\"}}: {e}",
                n + 1
            ))
        })?;
        let mut object = serde_json::Map::new();
        object.insert("id".into(), record.id);
        object.extend(f(&record.text)?);
        out.push_str(&serde_json::Value::Object(object).to_string());
        out.push('\n');
    }
    Ok(out)
}
