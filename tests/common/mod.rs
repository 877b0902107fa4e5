//! What the CLI tests share: running the built `isnad` binary as a user would.
#![allow(dead_code)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `isnad args…` with `stdin` piped in; waits for it to finish.
pub fn isnad(args: &[&str], stdin: impl AsRef<[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_isnad"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run isnad");
    // A command that stops at a bad input line may exit before reading the rest: the
    // pipe then breaks, which is no failure of the test (its output says what happened).
    if let Err(e) = child.stdin.take().unwrap().write_all(stdin.as_ref()) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "writing to isnad: {e}");
    }
    child.wait_with_output().unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// A deterministic text of `words` words drawn from `vocabulary` by a xorshift
/// generator started at `seed`, word `k` followed by `after(k)`: inputs the comparison
/// tests build on, the same on every run.
pub fn word_text(vocabulary: &[&str], seed: u64, words: usize, after: impl Fn(usize) -> &'static str) -> String {
    let mut x = seed | 1;
    let mut out = String::new();
    for k in 0..words {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.push_str(vocabulary[(x % vocabulary.len() as u64) as usize]);
        out.push_str(after(k));
    }
    out
}
