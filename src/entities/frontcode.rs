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

/// The offsets of the lines of a text that begin with `a` (rows written in full, where a
/// lookup starts decoding) and with `@` (section heads), each list as little-endian u32.
/// `build.rs` lists them for the committed tables, so that opening one costs nothing;
/// [`Lines::scan`] finds them in any text.
#[derive(Debug, PartialEq, Eq)]
pub struct Lines {
    full: Cow<'static, [u8]>,
    at: Cow<'static, [u8]>,
}

use std::borrow::Cow;

fn u32_at(list: &[u8], i: usize) -> u32 {
    u32::from_le_bytes([list[4 * i], list[4 * i + 1], list[4 * i + 2], list[4 * i + 3]])
}

/// How the word at the start of `line` (up to a tab or a newline) compares with `word`,
/// for a `word` without bytes up to a newline: those sort before any byte of it.
fn compare(line: &[u8], word: &[u8]) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    // A loop rather than memcmp: words are short, and a call per row cost more.
    for (i, &w) in word.iter().enumerate() {
        match line.get(i) {
            None => return Ordering::Less,
            Some(&l) if l != w => return l.cmp(&w),
            Some(_) => {}
        }
    }
    match line.get(word.len()) {
        None | Some(b'\t') | Some(b'\n') => Ordering::Equal,
        Some(_) => Ordering::Greater,
    }
}

impl Lines {
    /// The lines of `text`, found by scanning it (as `build.rs` does).
    pub fn scan(text: &str) -> Lines {
        let (mut full, mut at) = (Vec::new(), Vec::new());
        let bytes = text.as_bytes();
        for start in std::iter::once(0).chain(bytes.iter().enumerate().filter(|(_, &b)| b == b'\n').map(|(i, _)| i + 1)) {
            match bytes.get(start) {
                Some(b'a') => full.extend((start as u32).to_le_bytes()),
                Some(b'@') => at.extend((start as u32).to_le_bytes()),
                _ => {}
            }
        }
        Lines { full: full.into(), at: at.into() }
    }

    /// The lines as `build.rs` writes them (each list preceded by its length); empty
    /// lists when `bytes` is not in that form.
    pub fn built(bytes: &'static [u8]) -> Lines {
        let list = |from: usize| -> Option<&'static [u8]> {
            let n = u32_at(bytes.get(from..from + 4)?, 0) as usize;
            bytes.get(from + 4..from + 4 + 4 * n)
        };
        let full = list(0).unwrap_or_default();
        let at = list(4 + full.len()).unwrap_or_default();
        Lines { full: full.into(), at: at.into() }
    }

    /// The full rows at or after byte `from` and before `to`, as a slice of the list.
    fn full_between(&self, from: usize, to: usize) -> Cow<'static, [u8]> {
        let n = self.full.len() / 4;
        let first_at = |x: usize| {
            let (mut lo, mut hi) = (0, n);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if (u32_at(&self.full, mid) as usize) < x {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            lo
        };
        let (a, b) = (4 * first_at(from), 4 * first_at(to));
        match &self.full {
            Cow::Borrowed(list) => Cow::Borrowed(&list[a..b]),
            Cow::Owned(list) => Cow::Owned(list[a..b].to_vec()),
        }
    }
}

/// A front-coded table ([`encode`]) looked up in place. Its rows must be sorted by word
/// (byte order, as `str` compares), each word once, and written in full at least every
/// [`RESTART`] rows: [`Table::check`] says whether they are, and a test checks every
/// committed table.
pub struct Table {
    /// The text the offsets count in; the table's lines begin at `from` and end at
    /// its end.
    text: &'static str,
    from: usize,
    /// Byte offsets (little-endian u32) of the rows written in full.
    restarts: Cow<'static, [u8]>,
    /// The answers given so far: a binary search costs several times a hash lookup,
    /// and text repeats its words (the tagger asks some tables a dozen times a word).
    /// Emptied when it holds [`MEMO`] words.
    memo: std::sync::Mutex<Memo<Option<&'static str>>>,
}

/// The most answers a table remembers before it forgets them all: a few words of a
/// text's vocabulary are most of its tokens, and this bounds the memory (about 1 MB a
/// table) for texts of many distinct words.
pub const MEMO: usize = 1 << 14;

/// Answers remembered by word (a [`Table`]'s, and what the gazetteer lookups read of a
/// word): open addressing over the words' hashes, the answers kept in the order found
/// and the words one after another in one buffer. A general map hashed and compared the
/// words a byte at a time, which in wasm (where `memcmp` is a byte loop) cost more than
/// a tenth of tagging. Forgets everything when it holds [`MEMO`] words.
pub struct Memo<V> {
    /// A power of two of slots (none until the first answer), at most half of them
    /// used: each the high half of its word's [`word_hash`] and the index of its entry
    /// plus one (0: an empty slot). Small, so that probing reads little memory.
    slots: Vec<(u32, u32)>,
    /// Where each word lies in `words`, and its answer.
    entries: Vec<(u32, u32, V)>,
    /// The remembered words, one after another.
    words: Vec<u8>,
}

impl<V: Copy> Default for Memo<V> {
    fn default() -> Self {
        Memo::new()
    }
}

/// A hash of a word's bytes, eight at a time.
#[inline]
fn word_hash(w: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = (w.len() as u64).wrapping_mul(K);
    let mut chunks = w.chunks_exact(8);
    for c in &mut chunks {
        h = (h ^ u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])).wrapping_mul(K).rotate_left(27);
    }
    let mut last = 0u64;
    for (i, &b) in chunks.remainder().iter().enumerate() {
        last |= (b as u64) << (8 * i);
    }
    h = (h ^ last).wrapping_mul(K);
    h ^ (h >> 29)
}

/// Whether two byte strings are equal, compared eight bytes at a time (`==` on slices
/// calls `memcmp`, a byte loop in wasm). The bytes after the last whole eight are read
/// as one overlapping load, and a string shorter than eight as two overlapping halves,
/// so that no byte loop is left for the compiler to turn back into a `memcmp` call (it
/// did with the tail loop this had: most Arabic function words are under eight bytes).
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let u64_at = |s: &[u8], i: usize| u64::from_le_bytes(s[i..i + 8].try_into().unwrap());
    let u32_at = |s: &[u8], i: usize| u32::from_le_bytes(s[i..i + 4].try_into().unwrap());
    let u16_at = |s: &[u8], i: usize| u16::from_le_bytes(s[i..i + 2].try_into().unwrap());
    match n {
        0 => true,
        1 => a[0] == b[0],
        2..=3 => u16_at(a, 0) == u16_at(b, 0) && u16_at(a, n - 2) == u16_at(b, n - 2),
        4..=7 => u32_at(a, 0) == u32_at(b, 0) && u32_at(a, n - 4) == u32_at(b, n - 4),
        _ => (0..n / 8).all(|k| u64_at(a, 8 * k) == u64_at(b, 8 * k)) && u64_at(a, n - 8) == u64_at(b, n - 8),
    }
}

/// Whether `word` is one of `list`: `list.contains(&word)` without `memcmp` (see
/// [`same`]). The rules after the tagger ask hundreds of short word lists about every
/// token, which made `memcmp` the largest single cost of `entities` in a profile.
#[inline]
pub(super) fn one_of(list: &[&str], word: &str) -> bool {
    let w = word.as_bytes();
    list.iter().any(|x| same(x.as_bytes(), w))
}

impl<V: Copy> Memo<V> {
    pub const fn new() -> Memo<V> {
        Memo { slots: Vec::new(), entries: Vec::new(), words: Vec::new() }
    }

    /// The answer remembered for `word`, or the one `f` gives, remembered.
    #[inline]
    pub fn get_or_insert_with(&mut self, word: &str, f: impl FnOnce() -> V) -> V {
        let w = word.as_bytes();
        let hash = word_hash(w);
        if !self.slots.is_empty() {
            let (i, e) = self.slot(w, hash);
            if e != 0 {
                return self.entries[e - 1].2;
            }
            if self.entries.len() < MEMO && 2 * (self.entries.len() + 1) <= self.slots.len() {
                // The common case: room in the table as it is, and the slot known.
                let answer = f();
                self.put(i, w, hash, answer);
                return answer;
            }
        }
        let answer = f();
        self.insert(w, hash, answer);
        answer
    }

    /// The number of answers remembered.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The slot of `word` (whose hash is `hash`) and its entry plus one: where it is,
    /// or the empty slot where it goes and 0. There is always an empty slot.
    #[inline]
    fn slot(&self, word: &[u8], hash: u64) -> (usize, usize) {
        let mask = self.slots.len() - 1;
        let tag = (hash >> 32) as u32;
        let mut i = (hash >> 7) as usize & mask;
        loop {
            let (t, e) = self.slots[i];
            if e == 0 {
                return (i, 0);
            }
            if t == tag {
                let (at, len, _) = self.entries[e as usize - 1];
                if same(&self.words[at as usize..(at + len) as usize], word) {
                    return (i, e as usize);
                }
            }
            i = (i + 1) & mask;
        }
    }

    /// Puts a new entry for `word` in the empty slot `i`.
    fn put(&mut self, i: usize, word: &[u8], hash: u64, answer: V) {
        self.entries.push((self.words.len() as u32, word.len() as u32, answer));
        self.words.extend_from_slice(word);
        self.slots[i] = ((hash >> 32) as u32, self.entries.len() as u32);
    }

    /// Remembers `answer` for `word` (not yet remembered); forgets everything first
    /// when [`MEMO`] answers are remembered, and makes room.
    fn insert(&mut self, word: &[u8], hash: u64, answer: V) {
        if self.entries.len() >= MEMO {
            self.slots.iter_mut().for_each(|s| *s = (0, 0));
            self.entries.clear();
            self.words.clear();
        }
        if 2 * (self.entries.len() + 1) > self.slots.len() {
            let n = (2 * self.slots.len()).max(1024);
            self.slots = vec![(0, 0); n];
            for (k, &(at, len, _)) in self.entries.iter().enumerate() {
                let h = word_hash(&self.words[at as usize..(at + len) as usize]);
                let mut i = (h >> 7) as usize & (n - 1);
                while self.slots[i].1 != 0 {
                    i = (i + 1) & (n - 1);
                }
                self.slots[i] = ((h >> 32) as u32, k as u32 + 1);
            }
        }
        let (i, _) = self.slot(word, hash);
        self.put(i, word, hash, answer);
    }
}

impl Table {
    /// The table of `text` (comment and `@` lines are skipped), its rows found by a scan.
    pub fn new(text: &'static str) -> Table {
        Table::with_lines(text, &Lines::scan(text))
    }

    /// The table of `text`, whose lines are `lines`.
    pub fn with_lines(text: &'static str, lines: &Lines) -> Table {
        Table { text, from: 0, restarts: lines.full_between(0, text.len()), memo: Default::default() }
    }

    fn restart(&self, i: usize) -> usize {
        u32_at(&self.restarts, i) as usize
    }

    /// The value of `word`, or `None` when the table does not hold it: what [`read`]
    /// gives for it.
    pub fn get(&self, word: &str) -> Option<&'static str> {
        let Ok(mut memo) = self.memo.lock() else { return self.search(word) };
        memo.get_or_insert_with(word, || self.search(word))
    }

    /// [`Table::get`] without the memo: the binary search.
    fn search(&self, word: &str) -> Option<&'static str> {
        use std::cmp::Ordering;
        let text = self.text.as_bytes();
        let w = word.as_bytes();
        // No word of a table holds a tab, a newline or a byte below them ([`Table::check`]);
        // so a row's word compares with `word` by its bytes and the tab after it.
        if w.iter().any(|&b| b <= b'\n') {
            return None;
        }
        // The last row written in full whose word is not after `word`.
        let (mut lo, mut hi) = (0, self.restarts.len() / 4);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if compare(&text[self.restart(mid) + 1..], w) != Ordering::Greater {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let mut at = self.restart(lo.checked_sub(1)?);
        let end = if lo < self.restarts.len() / 4 { self.restart(lo) } else { text.len() };
        // Byte offsets of `word`'s first characters: a row shares at most 25.
        let mut bounds = [w.len(); 26];
        for (k, (b, _)) in word.char_indices().take(26).enumerate() {
            bounds[k] = b;
        }
        // How many characters the word before shares with `word`; it always sorts
        // before `word`, or the scan has ended.
        let mut common = 0usize;
        while at < end {
            let line_start = at;
            let line = &text[at..end];
            let line_end = line.iter().position(|&b| b == b'\n').unwrap_or(line.len());
            let line = &line[..line_end];
            at += line_end + 1;
            let Some(&shared) = line.first().filter(|b| b.is_ascii_lowercase()) else { continue };
            let shared = (shared - b'a') as usize;
            if shared > common {
                // This word keeps the character where the one before differs from
                // `word` (and sorts before it): it too differs, and sorts before.
                continue;
            }
            // This word is `word`'s first `shared` characters and the rest of the row.
            let wanted = &w[bounds[shared]..];
            let rest = &line[1..];
            match compare(rest, wanted) {
                Ordering::Equal => {
                    // The value: after the tab to the end of the line.
                    let value = &self.text[(line_start + 2 + wanted.len()).min(line_start + line_end)..line_start + line_end];
                    return Some(value.strip_suffix('\r').unwrap_or(value));
                }
                Ordering::Greater => return None,
                Ordering::Less => {}
            }
            // Whole characters of the rest that `word` shares.
            let mut same = rest.iter().zip(wanted).take_while(|(a, b)| a == b).count();
            while same > 0 && same < wanted.len() && (wanted[same] as i8) < -64 {
                same -= 1;
            }
            common = shared + wanted[..same].iter().filter(|&&b| (b as i8) >= -64).count();
        }
        None
    }

    /// Calls `f` with every word and its value, in order.
    pub fn each(&self, f: impl FnMut(&str, &str)) {
        read(&self.text[self.from..], f)
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
        for (n, line) in self.text[self.from..].lines().enumerate() {
            if line.starts_with('#') || line.starts_with('@') {
                continue;
            }
            let Some((shared, rest, _)) = row(line) else { return Err(format!("row {}: not a row: {line}", n + 1)) };
            since_restart = if shared == 0 { 1 } else { since_restart + 1 };
            if since_restart > RESTART || (rows == 0 && shared != 0) {
                return Err(format!("row {}: more than {RESTART} rows since one written in full", n + 1));
            }
            if shared > word.chars().count() {
                return Err(format!("row {}: shares more characters than the word before has", n + 1));
            }
            if rest.bytes().any(|b| b <= b'\n') {
                return Err(format!("row {}: a control character in the word", n + 1));
            }
            let keep = word.char_indices().nth(shared).map_or(word.len(), |(i, _)| i);
            word.truncate(keep);
            word.push_str(rest);
            if prev.as_deref().is_some_and(|p| p >= word.as_str()) {
                return Err(format!("row {}: {word} is not after {}", n + 1, prev.unwrap_or_default()));
            }
            prev = Some(word.clone());
            rows += 1;
        }
        Ok(rows)
    }
}

/// The sections of `text` (whose lines are `lines`): each starts with a line `@name`
/// and holds the lines up to the next such line; lines before the first are the file's
/// header.
pub fn sections(text: &'static str, lines: &Lines) -> Vec<(&'static str, Table)> {
    let heads: Vec<usize> = (0..lines.at.len() / 4).map(|i| u32_at(&lines.at, i) as usize).collect();
    let ends = heads.iter().skip(1).copied().chain([text.len()]);
    heads
        .iter()
        .zip(ends)
        .map(|(&s, e)| {
            let head = &text[s + 1..e];
            let name = head.split('\n').next().unwrap_or(head);
            let body = s + 1 + (name.len() + 1).min(head.len());
            (name.trim_end(), Table { text: &text[..e], from: body, restarts: lines.full_between(body, e), memo: Default::default() })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `same` agrees with `==` at every length up to three loads' worth and for a
    /// difference at every byte: its overlapping loads must not miss one.
    #[test]
    fn same_is_equality_at_every_length_and_byte() {
        for n in 0..=26usize {
            let a: Vec<u8> = (0..n as u8).map(|i| i.wrapping_mul(37).wrapping_add(11)).collect();
            assert!(same(&a, &a.clone()), "length {n}");
            for k in 0..n {
                let mut b = a.clone();
                b[k] ^= 0x40;
                assert!(!same(&a, &b), "length {n}, byte {k} differs");
            }
            assert!(!same(&a, &a[..n.saturating_sub(1)]) || n == 0);
        }
        assert!(one_of(&["في", "من", "على"], "على") && !one_of(&["في", "من"], "عن"));
    }

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
        assert_eq!(table.get(&format!("{}\t0", held[0])), None);
        assert_eq!(table.len(), held.len());
        assert!(Table::new("").get("ك").is_none());
    }

    #[test]
    fn answers_stay_right_when_the_memo_is_emptied() {
        let words = words();
        let mut text = String::new();
        encode(words.iter().enumerate().map(|(i, w)| (w.as_str(), i.to_string())), &mut text);
        let table = Table::new(Box::leak(text.into_boxed_str()));
        for round in 0..2 {
            for (i, w) in words.iter().enumerate() {
                assert_eq!(table.get(w), Some(i.to_string().as_str()), "{round} {w}");
            }
            // More words than the memo holds, none in the table.
            for n in 0..MEMO + 1 {
                assert_eq!(table.get(&format!("x{n}")), None);
            }
            assert!(table.memo.lock().unwrap().len() <= MEMO);
        }
    }

    #[test]
    fn tables_that_cannot_be_looked_up_are_told() {
        let ok = "aكتاب\t1\neه\t2\n";
        assert_eq!(Table::new(ok).check(), Ok(2));
        assert!(Table::new("aكتب\t1\ncاب\t2\n").check().unwrap_err().contains("is not after"));
        assert!(Table::new("aكتاب\t1\naكتاب\t2\n").check().is_err());
        assert!(Table::new("bكتاب\t1\n").check().is_err());
        assert!(Table::new("aكتاب 1\n").check().unwrap_err().contains("not a row"));
        assert!(Table::new("aكت\u{1}ب\t1\n").check().unwrap_err().contains("control character"));
        assert!(Table::new("aكت\t1\neب\t2\n").check().unwrap_err().contains("shares more"));
        let mut long = String::new();
        for i in 0..=RESTART {
            long.push_str(&format!("{}{}\t1\n", if i == 0 { "aك" } else { "b" }, "ب".repeat(i + 1)));
        }
        assert!(Table::new(Box::leak(long.into_boxed_str())).check().unwrap_err().contains("written in full"));
    }

    #[test]
    fn sections_are_split() {
        let text = "# head\n@one\naك\t1\n@two\naب\t2\nbا\t3\n";
        let s = sections(text, &Lines::scan(text));
        let words = |t: &Table| {
            let mut w = Vec::new();
            t.each(|k, v| w.push(format!("{k}={v}")));
            w
        };
        assert_eq!(s.iter().map(|(n, t)| (*n, words(t))).collect::<Vec<_>>(), vec![("one", vec!["ك=1".to_string()]), ("two", vec!["ب=2".to_string(), "با=3".to_string()])]);
        assert_eq!(s[1].1.get("با"), Some("3"));
        assert_eq!(s[0].1.get("با"), None);
        assert_eq!(s[1].1.get("ك"), None);
    }
}
