//! Quotation marks: which pairs enclose a quotation, in one pass over the text.
//!
//! Every pair news text uses: “…”, ”…“ (mirrored by some right-to-left editors), «…»,
//! »…«, „…“, ‘…’, "…" and '…'. A quotation stays within its paragraph (line); one whose
//! closing mark never comes runs to the end of the paragraph (`closed: false`), except
//! straight single quotes, which must close (they double as apostrophes). A quotation
//! inside another is part of it.
//!
//! **Linear time.** Searching each opening mark's closer from scratch is quadratic on
//! text strewn with unmatched marks (a paragraph of apostrophes). Searches start at
//! increasing positions, so one cursor per closing character, moving only forward,
//! answers them all: every cursor crosses the paragraph once.

/// One quotation found by its marks (byte offsets into the whole text).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Marked {
    /// With the marks.
    pub start: usize,
    pub end: usize,
    /// The quoted words, trimmed of surrounding whitespace.
    pub text_start: usize,
    pub text_end: usize,
    pub open: char,
    pub closed: bool,
}

/// The characters that close a quotation opened by `open`.
fn closers(open: char) -> &'static [char] {
    match open {
        '“' => &['”', '“'],
        '”' => &['“', '”'],
        '«' => &['»'],
        '»' => &['«'],
        '„' => &['“', '”'],
        '‘' => &['’'],
        '"' => &['"', '”', '“'],
        '\'' => &['\''],
        _ => &[],
    }
}

const CLOSING: [char; 7] = ['”', '“', '»', '«', '’', '"', '\''];

/// The next position at or after a start of one closing character; starts never go
/// back, so the cursor only moves forward.
struct Cursor {
    c: char,
    /// Position found for the last start (`usize::MAX`: not searched yet).
    at: usize,
    from: usize,
}

impl Cursor {
    fn next(&mut self, chars: &[(usize, char)], start: usize) -> Option<usize> {
        if self.at != usize::MAX && self.at >= start {
            return (self.at < chars.len()).then_some(self.at);
        }
        let mut m = self.from.max(start);
        while m < chars.len() {
            let d = chars[m].1;
            // A straight single quote followed by a letter is an apostrophe (O'Brien).
            if d == self.c && !(d == '\'' && chars.get(m + 1).is_some_and(|x| x.1.is_alphanumeric())) {
                break;
            }
            m += 1;
        }
        self.at = m;
        self.from = m;
        (m < chars.len()).then_some(m)
    }
}

/// Every quotation of `text` by its marks, in text order.
pub fn find(text: &str) -> Vec<Marked> {
    let mut out = Vec::new();
    let mut para_start = 0;
    let mut chars: Vec<(usize, char)> = Vec::new();
    for para in text.split_inclusive('\n') {
        let base = para_start;
        para_start += para.len();
        chars.clear();
        chars.extend(para.char_indices());
        let mut cursors: Vec<Cursor> = CLOSING.iter().map(|&c| Cursor { c, at: usize::MAX, from: 0 }).collect();
        let mut k = 0;
        while k < chars.len() {
            let (at, c) = chars[k];
            let cl = closers(c);
            let prev = if k > 0 { Some(chars[k - 1].1) } else { None };
            let next = chars.get(k + 1).map(|x| x.1);
            // A mark opens at a word start, also after a one-letter proclitic (و"…").
            let before_prev = if k > 1 { Some(chars[k - 2].1) } else { None };
            let proclitic = prev.is_some_and(|p| matches!(p, 'و' | 'ف' | 'ب' | 'ل' | 'ك'))
                && before_prev.is_none_or(|p| !p.is_alphanumeric());
            let word_start = (prev.is_none_or(|p| !p.is_alphanumeric()) || proclitic)
                && next.is_some_and(|n| !n.is_whitespace());
            if cl.is_empty() || (matches!(c, '\'' | '"') && !word_start) {
                k += 1;
                continue;
            }
            let close = cursors
                .iter_mut()
                .filter(|cur| cl.contains(&cur.c))
                .filter_map(|cur| cur.next(&chars, k + 1))
                .min();
            let content_start = base + at + c.len_utf8();
            match close {
                Some(m) => {
                    let (mat, mc) = chars[m];
                    out.push(Marked {
                        start: base + at,
                        end: base + mat + mc.len_utf8(),
                        text_start: content_start,
                        text_end: base + mat,
                        open: c,
                        closed: true,
                    });
                    k = m + 1;
                }
                None if c != '\'' => {
                    let end = base + para.trim_end().len();
                    if end > content_start {
                        out.push(Marked { start: base + at, end, text_start: content_start, text_end: end, open: c, closed: false });
                    }
                    break;
                }
                None => k += 1,
            }
        }
    }
    for q in &mut out {
        let inner = &text[q.text_start..q.text_end];
        q.text_start += inner.len() - inner.trim_start().len();
        q.text_end = (q.text_start + inner.trim().len()).max(q.text_start);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_nesting_and_unclosed() {
        let t = "قال: «إن \"الخطة\" لن تنجح» ثم 'سنرى'\nو«بلا إغلاق هنا\nO'Brien";
        let m = find(t);
        assert_eq!(m.len(), 3, "{m:?}");
        assert_eq!(&t[m[0].text_start..m[0].text_end], "إن \"الخطة\" لن تنجح");
        assert_eq!(&t[m[1].text_start..m[1].text_end], "سنرى");
        assert!(!m[2].closed);
        assert_eq!(&t[m[2].text_start..m[2].text_end], "بلا إغلاق هنا");
    }

    /// Apostrophes inside words neither open nor close; unmatched straight quotes open
    /// nothing.
    #[test]
    fn apostrophes_and_unmatched_straight_quotes() {
        let t = "'a 'b' c' 'd e' «f \"g\" h» 'x'y 'z";
        let found: Vec<&str> = find(t).iter().map(|q| &t[q.start..q.end]).collect();
        assert_eq!(found, vec!["'a 'b'", "'d e'", "«f \"g\" h»"]);
    }
}
