//! Front-coded word tables: sorted words, each written as how many characters it shares
//! with the word before and the rest, then a tab and its value. The page downloads these
//! tables; front coding makes them about a third smaller gzipped.
//!
//! A table is looked up where it lies ([`Table`]): no map is built from it, so opening
//! it costs one scan for its restart rows (words written in full, at least every
//! [`RESTART`] rows), and a lookup is a binary search over those and the decoding of at
//! most [`RESTART`] rows, without allocating.

/// At most this many rows follow each other before one is written in full (shares
/// nothing with the word before it): the most a lookup decodes.
pub const RESTART: usize = 16;

/// Writes `rows` (word and value, sorted by word) front-coded: one letter for how many
/// characters the word shares with the one before (`a` none, `b` one, … `z` 25), the
/// rest of the word, a tab, the value, a newline. Every [`RESTART`]th row is written in
/// full, so that [`Table`] can start decoding there.
pub fn encode<'a>(rows: impl IntoIterator<Item = (&'a str, String)>, out: &mut String) {
    let mut prev: &str = "";
    for (i, (word, value)) in rows.into_iter().enumerate() {
        let shared = if i % RESTART == 0 { 0 } else { prev.chars().zip(word.chars()).take_while(|(a, b)| a == b).count().min(25) };
        out.push((b'a' + shared as u8) as char);
        out.extend(word.chars().skip(shared));
        out.push('\t');
        out.push_str(&value);
        out.push('\n');
        prev = word;
    }
}

/// Reads the rows of `text` ([`encode`]) back, calling `f` with each word and its value.
/// Lines starting with `#` are comments; malformed lines are skipped.
pub fn read(text: &str, mut f: impl FnMut(&str, &str)) {
    let mut word = String::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let Some((shared, rest, value)) = row(line) else { continue };
        // The row keeps `shared` characters of the word before it.
        let keep = word.char_indices().nth(shared).map_or(word.len(), |(i, _)| i);
        word.truncate(keep);
        word.push_str(rest);
        f(&word, value);
    }
}

/// A line's parts (characters shared with the word before, the rest of the word, the
/// value), or `None` for a line that is no row (a comment, a `@` line, no tab).
fn row(line: &str) -> Option<(usize, &str, &str)> {
    let (head, value) = line.split_once('\t')?;
    let &shared = head.as_bytes().first()?;
    (shared.is_ascii_lowercase() && !line.starts_with('#')).then(|| ((shared - b'a') as usize, &head[1..], value))
}

/// A front-coded table ([`encode`]) looked up in place. Its rows must be sorted by word
/// (byte order, as `str` compares), each word once, and written in full at least every
/// [`RESTART`] rows: [`Table::check`] says whether they are, and a test checks every
/// committed table.
pub struct Table {
    text: &'static str,
    /// Byte offsets of the rows written in full (`a`…): where a lookup starts decoding.
    restarts: Vec<u32>,
}

impl Table {
    /// The table of `text` (comment and `@` lines are skipped). Costs one scan for line
    /// starts.
    pub fn new(text: &'static str) -> Table {
        let bytes = text.as_bytes();
        let mut restarts = Vec::with_capacity(text.len() / (8 * RESTART));
        if bytes.first() == Some(&b'a') {
            restarts.push(0);
        }
        // A plain loop over byte pairs: the compiler makes it fast, where a search per
        // line cost more than the rest of the first call.
        for (i, pair) in bytes.windows(2).enumerate() {
            if pair == b"\na" {
                restarts.push(i as u32 + 1);
            }
        }
        Table { text, restarts }
    }

    /// The word of the restart row at byte `r`.
    fn restart_word(&self, r: u32) -> &'static str {
        let line = &self.text[r as usize + 1..];
        &line[..line.find(['\t', '\n']).unwrap_or(line.len())]
    }

    /// The value of `word`, or `None` when the table does not hold it: what [`read`]
    /// gives for it.
    pub fn get(&self, word: &str) -> Option<&'static str> {
        let i = self.restarts.partition_point(|&r| self.restart_word(r) <= word);
        let start = *self.restarts.get(i.checked_sub(1)?)? as usize;
        let end = self.restarts.get(i).map_or(self.text.len(), |&r| r as usize);
        // Byte offsets of `word`'s first characters: a row shares at most 25.
        let mut bounds = [word.len(); 26];
        for (k, (b, _)) in word.char_indices().take(26).enumerate() {
            bounds[k] = b;
        }
        // The word before (as characters) and how many characters it shares with
        // `word`; it always sorts before `word`, or the scan has ended.
        let (mut prev_chars, mut common) = (0usize, 0usize);
        for line in self.text[start..end].lines() {
            let Some((shared, rest, value)) = row(line) else { continue };
            let shared = shared.min(prev_chars);
            let rest_chars = rest.chars().count();
            if shared > common {
                // This word keeps the character where the one before differs from
                // `word` (and sorts before it): it too differs, and sorts before.
                prev_chars = shared + rest_chars;
                continue;
            }
            // This word is `word`'s first `shared` characters and `rest`.
            let wanted = &word[bounds[shared]..];
            match rest.cmp(wanted) {
                std::cmp::Ordering::Equal => return Some(value),
                std::cmp::Ordering::Greater => return None,
                std::cmp::Ordering::Less => {}
            }
            common = shared + rest.chars().zip(wanted.chars()).take_while(|(a, b)| a == b).count();
            prev_chars = shared + rest_chars;
        }
        None
    }

    /// Calls `f` with every word and its value, in order.
    pub fn each(&self, f: impl FnMut(&str, &str)) {
        read(self.text, f)
    }

    /// The number of rows.
    pub fn len(&self) -> usize {
        let mut n = 0;
        self.each(|_, _| n += 1);
        n
    }

    pub fn is_empty(&self) -> bool {
        self.restarts.is_empty()
    }

    /// Whether [`Table::get`] can read the table: every line a comment, an `@` line or
    /// a row; words in strictly increasing order; one written in full at least every
    /// [`RESTART`] rows, the first among them. Returns the number of rows.
    pub fn check(&self) -> Result<usize, String> {
        let mut prev: Option<String> = None;
        let (mut rows, mut since_restart) = (0, 0);
        let mut word = String::new();
        for (n, line) in self.text.lines().enumerate() {
            if line.starts_with('#') || line.starts_with('@') {
                continue;
            }
            let Some((shared, rest, _)) = row(line) else { return Err(format!("line {}: not a row: {line}", n + 1)) };
            since_restart = if shared == 0 { 1 } else { since_restart + 1 };
            if since_restart > RESTART || (rows == 0 && shared != 0) {
                return Err(format!("line {}: more than {RESTART} rows since one written in full", n + 1));
            }
            let keep = word.char_indices().nth(shared).map_or(word.len(), |(i, _)| i);
            word.truncate(keep);
            word.push_str(rest);
            if prev.as_deref().is_some_and(|p| p >= word.as_str()) {
                return Err(format!("line {}: {word} is not after {}", n + 1, prev.unwrap_or_default()));
            }
            prev = Some(word.clone());
            rows += 1;
        }
        Ok(rows)
    }
}

/// The sections of `text`: each starts with a line `@name` and holds the lines up to the
/// next such line (lines before the first are the file's header).
pub fn sections(text: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    let mut starts: Vec<usize> = text.match_indices("\n@").map(|(i, _)| i + 1).collect();
    if text.starts_with('@') {
        starts.insert(0, 0);
    }
    let ends: Vec<usize> = starts.iter().skip(1).copied().chain([text.len()]).collect();
    starts.into_iter().zip(ends).map(move |(s, e)| {
        let block = &text[s + 1..e];
        let (name, body) = block.split_once('\n').unwrap_or((block, ""));
        (name.trim_end(), body)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_read_back() {
        let rows = [("كتاب", "4441"), ("كتابه", "3000"), ("كتب", "17"), ("م", "1")];
        let mut text = String::new();
        encode(rows.iter().map(|(w, v)| (*w, v.to_string())), &mut text);
        assert!(text.starts_with("aكتاب\t4441\neه\t3000\ncب\t17\n"), "{text}");
        let mut back = Vec::new();
        read(&format!("# comment\n{text}"), |w, v| back.push((w.to_string(), v.to_string())));
        let want: Vec<(String, String)> = rows.iter().map(|(w, v)| (w.to_string(), v.to_string())).collect();
        assert_eq!(back, want);
    }

    /// Words of one to three letters of a small alphabet, and longer ones sharing long
    /// prefixes (front coding keeps at most 25 characters): every kind of row.
    fn words() -> Vec<String> {
        let letters = ['ا', 'ب', 'ك', 'ي'];
        let mut words = Vec::new();
        for a in letters {
            words.push(a.to_string());
            for b in letters {
                words.push(format!("{a}{b}"));
                for c in letters {
                    words.push(format!("{a}{b}{c}"));
                }
            }
        }
        let long = "ك".repeat(30);
        for n in [24, 25, 26, 27, 40] {
            words.push(format!("{}{}", &long[..2 * n.min(30)], "ب".repeat(n.saturating_sub(30) + 1)));
            words.push(format!("{}ا", &long[..2 * n.min(30)]));
        }
        words.sort();
        words.dedup();
        words
    }

    #[test]
    fn a_table_gives_what_reading_gives() {
        let words = words();
        // Every third word only, so that the others are words the table lacks.
        let held: Vec<&String> = words.iter().step_by(3).collect();
        let mut text = String::from("# comment\n@list\t1 2\n");
        encode(held.iter().enumerate().map(|(i, w)| (w.as_str(), i.to_string())), &mut text);
        let text: &'static str = Box::leak(text.into_boxed_str());
        let table = Table::new(text);
        assert_eq!(table.check(), Ok(held.len()));
        let mut read_back = std::collections::HashMap::new();
        read(text, |w, v| {
            read_back.insert(w.to_string(), v.to_string());
        });
        assert_eq!(read_back.len(), held.len());
        for w in &words {
            assert_eq!(table.get(w), read_back.get(w.as_str()).map(|v| v.as_str()), "{w}");
            for other in [format!("{w}ب"), format!("ا{w}"), w.chars().skip(1).collect()] {
                assert_eq!(table.get(&other), read_back.get(other.as_str()).map(|v| v.as_str()), "{other}");
            }
        }
        assert_eq!(table.get(""), None);
        assert_eq!(table.len(), held.len());
        assert!(Table::new("").get("ك").is_none());
    }

    #[test]
    fn tables_that_cannot_be_looked_up_are_told() {
        let ok = "aكتاب\t1\neه\t2\n";
        assert_eq!(Table::new(ok).check(), Ok(2));
        assert!(Table::new("aكتب\t1\ncاب\t2\n").check().unwrap_err().contains("is not after"));
        assert!(Table::new("aكتاب\t1\naكتاب\t2\n").check().is_err());
        assert!(Table::new("bكتاب\t1\n").check().is_err());
        assert!(Table::new("aكتاب 1\n").check().unwrap_err().contains("not a row"));
        let mut long = String::new();
        for i in 0..=RESTART {
            long.push_str(&format!("{}{}\t1\n", if i == 0 { "aك" } else { "b" }, "ب".repeat(i + 1)));
        }
        assert!(Table::new(Box::leak(long.into_boxed_str())).check().unwrap_err().contains("written in full"));
    }

    #[test]
    fn sections_are_split() {
        let text = "# head\n@one\naك\t1\n@two\naب\t2\nbا\t3\n";
        let s: Vec<_> = sections(text).collect();
        assert_eq!(s, vec![("one", "aك\t1\n"), ("two", "aب\t2\nbا\t3\n")]);
        assert_eq!(Table::new(s[1].1).get("با"), Some("3"));
    }
}
