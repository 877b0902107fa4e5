//! Front-coded word tables: sorted words, each written as how many characters it shares
//! with the word before and the rest, then a tab and its value. The page downloads these
//! tables; front coding makes them about a third smaller gzipped.

/// Writes `rows` (word and value, sorted by word) front-coded: one letter for how many
/// characters the word shares with the one before (`a` none, `b` one, … `z` 25), the
/// rest of the word, a tab, the value, a newline.
pub fn encode<'a>(rows: impl IntoIterator<Item = (&'a str, String)>, out: &mut String) {
    let mut prev: &str = "";
    for (word, value) in rows {
        let shared = prev.chars().zip(word.chars()).take_while(|(a, b)| a == b).count().min(25);
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
        let Some((head, value)) = line.split_once('\t') else { continue };
        let Some(&shared) = head.as_bytes().first() else { continue };
        if !shared.is_ascii_lowercase() {
            continue;
        }
        // The row keeps `shared` characters of the word before it.
        let keep = word.char_indices().nth((shared - b'a') as usize).map_or(word.len(), |(i, _)| i);
        word.truncate(keep);
        word.push_str(&head[1..]);
        f(&word, value);
    }
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
}
