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

/// The next position (byte offset in the paragraph) at or after a start of one closing
/// character; starts never go back, so the cursor only moves forward.
struct Cursor {
    c: char,
    /// Position found for the last start (`usize::MAX`: not searched yet).
    at: usize,
    from: usize,
}

impl Cursor {
    fn next(&mut self, para: &str, start: usize, work: &mut usize) -> Option<usize> {
        if self.at != usize::MAX && self.at >= start {
            return (self.at < para.len()).then_some(self.at);
        }
        let from = self.from.max(start);
        let mut found = para.len();
        let mut it = para[from..].char_indices().peekable();
        while let Some((i, d)) = it.next() {
            *work += 1;
            // A straight single quote followed by a letter is an apostrophe (O'Brien).
            if d == self.c && !(d == '\'' && it.peek().is_some_and(|x| x.1.is_alphanumeric())) {
                found = from + i;
                break;
            }
        }
        self.at = found;
        self.from = found;
        (found < para.len()).then_some(found)
    }
}

/// Bytes of the diacritics and other combining marks that begin `s`: they belong to
/// the character before them, so no quotation starts or ends between the two.
fn attached(s: &str) -> usize {
    s.chars()
        .take_while(|&c| crate::normalize::is_diacritic(c) || ('\u{0300}'..='\u{036F}').contains(&c))
        .map(char::len_utf8)
        .sum()
}

/// Every quotation of `text` by its marks, in text order.
pub fn find(text: &str) -> Vec<Marked> {
    find_counting(text).0
}

/// [`find`], with the number of characters the cursors crossed: the work beyond one
/// pass, which stays within a constant times the text's length.
fn find_counting(text: &str) -> (Vec<Marked>, usize) {
    let mut work = 0;
    let mut out = Vec::new();
    let mut para_start = 0;
    for para in text.split_inclusive('\n') {
        let base = para_start;
        para_start += para.len();
        let mut cursors: Vec<Cursor> = CLOSING.iter().map(|&c| Cursor { c, at: usize::MAX, from: 0 }).collect();
        let mut at = 0;
        while at < para.len() {
            let Some(c) = para[at..].chars().next() else { break };
            // (A diacritic written on a mark stays with it: «…»ِ, the case ending put
            // after the closing mark, is no part of the quoted words.)
            let after = at + c.len_utf8() + attached(&para[at + c.len_utf8()..]);
            let cl = closers(c);
            if cl.is_empty() {
                at = after;
                continue;
            }
            let mut back = para[..at].chars().rev();
            let (prev, before_prev) = (back.next(), back.next());
            let next = para[after..].chars().next();
            // A mark opens at a word start, also after a one-letter proclitic (و"…").
            let proclitic = prev.is_some_and(|p| matches!(p, 'و' | 'ف' | 'ب' | 'ل' | 'ك'))
                && before_prev.is_none_or(|p| !p.is_alphanumeric());
            // After a tatweel (بـ"…", لـ"…") too.
            let word_start = (prev.is_none_or(|p| !p.is_alphanumeric() || p == 'ـ') || proclitic)
                && next.is_some_and(|n| !n.is_whitespace());
            if matches!(c, '\'' | '"') && !word_start {
                at = after;
                continue;
            }
            let close = cursors
                .iter_mut()
                .filter(|cur| cl.contains(&cur.c))
                .filter_map(|cur| cur.next(para, after, &mut work))
                .min();
            let content_start = base + after;
            match close {
                Some(m) => {
                    let mc = para[m..].chars().next().map_or(1, char::len_utf8);
                    let mc = mc + attached(&para[m + mc..]);
                    out.push(Marked {
                        start: base + at,
                        end: base + m + mc,
                        text_start: content_start,
                        text_end: base + m,
                        open: c,
                        closed: true,
                    });
                    at = m + mc;
                }
                None if c != '\'' => {
                    let end = base + para.trim_end().len();
                    if end > content_start {
                        out.push(Marked { start: base + at, end, text_start: content_start, text_end: end, open: c, closed: false });
                    }
                    break;
                }
                None => at = after,
            }
        }
    }
    for q in &mut out {
        let inner = &text[q.text_start..q.text_end];
        q.text_start += inner.len() - inner.trim_start().len();
        q.text_end = (q.text_start + inner.trim().len()).max(q.text_start);
    }
    (out, work)
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

    /// A diacritic written on a quotation mark (a case ending after the closing mark, as
    /// some vocalized text has it) belongs to the mark: no quotation ends right before
    /// it or starts with it (found by a sweep over the Wikipedia sample).
    #[test]
    fn a_diacritic_on_a_mark_stays_with_it() {
        let t = "قائلا «قلوبهم الحديد»\u{650} قاسية";
        let m = find(t);
        assert_eq!(&t[m[0].start..m[0].end], "«قلوبهم الحديد»\u{650}");
        assert_eq!(&t[m[0].text_start..m[0].text_end], "قلوبهم الحديد");
        let t = "الدولة»\u{650} بالدولة الإسلامية ولم يسبقهم";
        let m = find(t);
        assert!(!m.is_empty());
        for q in m {
            assert!(!t[q.text_start..].starts_with(crate::normalize::is_diacritic), "{q:?}");
        }
    }

    /// Marks that never close cost a bounded amount of work per character, however
    /// many there are: 8 times the text, at most 8 times the work (plus a little).
    #[test]
    fn unmatched_marks_cost_linear_work() {
        let unit = "'a «b “c \"d ”e x'y ";
        let work = |n: usize| find_counting(&unit.repeat(n)).1;
        let (small, big) = (work(2_000), work(16_000));
        let len = unit.chars().count();
        assert!(big <= 10 * small.max(1), "{small} → {big}");
        assert!(big <= 8 * 16_000 * len, "{big} steps for {} characters", 16_000 * len);
    }
}
