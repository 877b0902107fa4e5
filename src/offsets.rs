//! The one place where byte offsets become the units users count in.
//!
//! The core works in byte offsets of UTF-8 text. JavaScript counts UTF-16 code units
//! (so that `text.slice(start, end)` is exact), the CLI's JSON counts Unicode code
//! points (like Python strings). Everything that leaves the crate goes through
//! [`OffsetConverter`]: result types list their offsets once ([`Spans`],
//! [`PairSpans`], [`ArticleSpans`]) and [`convert`], [`convert_pair`] and
//! [`convert_articles`] rewrite them, so the bindings serialize the core types.

/// The unit an offset counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Byte,
    Utf16,
    CodePoint,
}

impl Unit {
    /// How many units one character takes.
    #[inline]
    pub fn width(self, c: char) -> u32 {
        match self {
            Unit::Byte => c.len_utf8() as u32,
            Unit::Utf16 => c.len_utf16() as u32,
            Unit::CodePoint => 1,
        }
    }
}

impl Unit {
    /// How many units a character of `len` UTF-8 bytes takes.
    #[inline(always)]
    pub fn width_of_utf8_len(self, len: usize) -> u32 {
        match self {
            Unit::Byte => len as u32,
            Unit::Utf16 => 1 + u32::from(len == 4),
            Unit::CodePoint => 1,
        }
    }
}

/// The position in `unit` of byte offsets of one text, for a producer that writes
/// offsets in the unit directly while it scans the text (normalization): it keeps the
/// last (byte, position) pair, so offsets near the last one cost a step or two. Byte
/// offsets must be character boundaries.
#[derive(Clone, Copy, Debug)]
pub struct Cursor {
    unit: Unit,
    byte: usize,
    pos: u32,
}

impl Cursor {
    pub fn new(unit: Unit) -> Self {
        Cursor { unit, byte: 0, pos: 0 }
    }

    pub fn unit(&self) -> Unit {
        self.unit
    }

    /// The position of byte offset `byte` (a character boundary) of `text`.
    #[inline]
    pub fn at(&mut self, text: &[u8], byte: usize) -> u32 {
        if self.unit == Unit::Byte {
            return byte as u32;
        }
        if byte != self.byte {
            self.walk(text, byte);
        }
        self.pos
    }

    /// Moves to `byte`: the position changes by one per character lead byte between,
    /// plus one per 4-byte character in UTF-16.
    #[inline(never)]
    fn walk(&mut self, text: &[u8], byte: usize) {
        let (lo, hi) = if byte > self.byte { (self.byte, byte) } else { (byte, self.byte) };
        let utf16 = self.unit == Unit::Utf16;
        let mut d = 0u32;
        for &b in &text[lo..hi] {
            d += u32::from((b as i8) >= -64) + u32::from(utf16 && b >= 0xF0);
        }
        if byte > self.byte {
            self.pos += d;
        } else {
            self.pos -= d;
        }
        self.byte = byte;
    }

    /// Records that byte offset `byte` is at `pos` (a producer that counted itself).
    #[inline(always)]
    pub fn set(&mut self, byte: usize, pos: u32) {
        self.byte = byte;
        self.pos = pos;
    }
}

/// Converts byte offsets of one text to another unit.
///
/// It keeps a cursor, so converting offsets in increasing order (the usual case: spans
/// of a left-to-right scan) costs one pass over the text in all; going back is allowed
/// and walks back from the cursor. A jump of more than [`JUMP`] bytes starts from the
/// nearest of the marks laid every [`MARK`] bytes at the first such jump: results that
/// list offsets out of order (`analyze`: each entity's mentions, one entity after the
/// other) would otherwise walk the text once per jump, quadratic in a long text.
pub struct OffsetConverter<'a> {
    text: &'a str,
    unit: Unit,
    byte: usize,
    pos: u32,
    /// (byte offset of a character boundary, its offset in `unit`), increasing; empty
    /// until the first long jump.
    marks: Vec<(usize, u32)>,
}

/// A jump (bytes) longer than this starts from a mark, not from the cursor.
const JUMP: usize = 4096;
/// Bytes between marks.
const MARK: usize = 1024;

impl<'a> OffsetConverter<'a> {
    pub fn new(text: &'a str, unit: Unit) -> Self {
        OffsetConverter { text, unit, byte: 0, pos: 0, marks: Vec::new() }
    }

    /// Marks every [`MARK`] bytes (at the next character boundary), from offset 0.
    fn lay_marks(&mut self) {
        let mut pos = 0u32;
        let mut next = 0;
        for (i, c) in self.text.char_indices() {
            if i >= next {
                self.marks.push((i, pos));
                next = i + MARK;
            }
            pos += self.unit.width(c);
        }
    }

    /// The offset in `unit` of byte offset `byte`. A byte offset inside a character
    /// is rounded down to the character's start; one past the end is clamped.
    pub fn convert(&mut self, byte: usize) -> u32 {
        if self.unit == Unit::Byte {
            return byte.min(self.text.len()) as u32;
        }
        let target = byte.min(self.text.len());
        if target.abs_diff(self.byte) > JUMP {
            if self.marks.is_empty() {
                self.lay_marks();
            }
            // (The last mark at or before `target`; the first mark is offset 0.)
            let k = self.marks.partition_point(|m| m.0 <= target);
            if let Some(&(b, p)) = k.checked_sub(1).and_then(|k| self.marks.get(k)) {
                (self.byte, self.pos) = (b, p);
            }
        }
        if target >= self.byte {
            for c in self.text[self.byte..].chars() {
                if self.byte + c.len_utf8() > target {
                    break;
                }
                self.byte += c.len_utf8();
                self.pos += self.unit.width(c);
            }
        } else {
            for c in self.text[..self.byte].chars().rev() {
                if self.byte <= target {
                    break;
                }
                self.byte -= c.len_utf8();
                self.pos -= self.unit.width(c);
            }
        }
        self.pos
    }

    /// Converts a byte span.
    pub fn span(&mut self, start: usize, end: usize) -> (u32, u32) {
        let s = self.convert(start);
        let e = self.convert(end);
        (s, e)
    }
}

/// A result that carries byte offsets into one text: [`convert`] rewrites them all.
///
/// Each result type lists its offsets once, here, so that every binding (wasm, CLI,
/// Python) converts a result the same way and serializes the core type itself.
pub trait Spans {
    /// Rewrites every offset with `f` (byte offset → caller's unit).
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize);
}

/// A result that carries byte offsets into two texts (`a` and `b` of a comparison).
pub trait PairSpans {
    /// Rewrites offsets into `a` with `fa` and offsets into `b` with `fb`.
    fn map_pair_spans(&mut self, fa: &mut dyn FnMut(usize) -> usize, fb: &mut dyn FnMut(usize) -> usize);
}

impl<T: Spans> Spans for [T] {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        for x in self {
            x.map_spans(f);
        }
    }
}

impl<T: Spans> Spans for Vec<T> {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.as_mut_slice().map_spans(f);
    }
}

impl<T: Spans> Spans for Option<T> {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        if let Some(x) = self {
            x.map_spans(f);
        }
    }
}

impl<T: PairSpans> PairSpans for [T] {
    fn map_pair_spans(&mut self, fa: &mut dyn FnMut(usize) -> usize, fb: &mut dyn FnMut(usize) -> usize) {
        for x in self {
            x.map_pair_spans(fa, fb);
        }
    }
}

impl<T: PairSpans> PairSpans for Vec<T> {
    fn map_pair_spans(&mut self, fa: &mut dyn FnMut(usize) -> usize, fb: &mut dyn FnMut(usize) -> usize) {
        self.as_mut_slice().map_pair_spans(fa, fb);
    }
}

/// A result over several texts named by id (the articles of `analyze`): each offset
/// is rewritten with `f(article_id, byte_offset)`.
pub trait ArticleSpans {
    fn map_article_spans(&mut self, f: &mut dyn FnMut(&str, usize) -> usize);
}

impl<T: ArticleSpans> ArticleSpans for [T] {
    fn map_article_spans(&mut self, f: &mut dyn FnMut(&str, usize) -> usize) {
        for x in self {
            x.map_article_spans(f);
        }
    }
}

impl<T: ArticleSpans> ArticleSpans for Vec<T> {
    fn map_article_spans(&mut self, f: &mut dyn FnMut(&str, usize) -> usize) {
        self.as_mut_slice().map_article_spans(f);
    }
}

/// [`convert`] for a result over several texts, given as `(id, text)` pairs with
/// unique ids; an offset of an id not among them is left as it is.
pub fn convert_articles<T: ArticleSpans + ?Sized>(value: &mut T, articles: &[(&str, &str)], unit: Unit) {
    let index: std::collections::HashMap<&str, usize> = articles.iter().enumerate().map(|(i, (id, _))| (*id, i)).collect();
    let mut convs: Vec<OffsetConverter> = articles.iter().map(|(_, t)| OffsetConverter::new(t, unit)).collect();
    value.map_article_spans(&mut |id, x| match index.get(id) {
        Some(&i) => convs[i].convert(x) as usize,
        None => x,
    });
}

/// Every byte offset of `value` (offsets into `text`) in `unit`: the one conversion
/// the bindings use. Offsets in increasing order cost one pass over `text` in all
/// ([`OffsetConverter`]).
pub fn convert<T: Spans + ?Sized>(value: &mut T, text: &str, unit: Unit) {
    let mut conv = OffsetConverter::new(text, unit);
    value.map_spans(&mut |b| conv.convert(b) as usize);
}

/// [`convert`] for a result over two texts.
pub fn convert_pair<T: PairSpans + ?Sized>(value: &mut T, a: &str, b: &str, unit: Unit) {
    let mut ca = OffsetConverter::new(a, unit);
    let mut cb = OffsetConverter::new(b, unit);
    value.map_pair_spans(&mut |x| ca.convert(x) as usize, &mut |x| cb.convert(x) as usize);
}

/// Converts a normalization map (one byte range per output character) to `unit`:
/// one entry per output unit (a character outside the BMP takes two entries in UTF-16),
/// each value counted in `unit` of the original.
///
/// Starts and ends are each non-decreasing (the offset contract of
/// [`crate::normalize`]), so each is converted with one cursor that only moves forward:
/// one pass over the original in all. Should they go back, the general
/// [`OffsetConverter`] takes over.
pub fn convert_map(
    original: &str,
    output: &str,
    starts: &[u32],
    ends: &[u32],
    unit: Unit,
) -> (Vec<u32>, Vec<u32>) {
    let n = starts.len().min(ends.len());
    let mut out_s = Vec::with_capacity(n + n / 8);
    let mut out_e = Vec::with_capacity(n + n / 8);
    if unit == Unit::Byte {
        for (i, c) in output.chars().enumerate().take(n) {
            for _ in 0..c.len_utf8() {
                out_s.push(starts[i].min(original.len() as u32));
                out_e.push(ends[i].min(original.len() as u32));
            }
        }
        return (out_s, out_e);
    }
    let bytes = original.as_bytes();
    let utf16 = unit == Unit::Utf16;
    // One cursor (byte, position) that only moves forward: the position of a byte
    // offset is the number of characters before it (bytes that are not UTF-8
    // continuation bytes), plus one per 4-byte character in UTF-16. Targets come in
    // the order s0 e0 s1 e1 ...: a start is its predecessor's start (same segment) or
    // at or after its predecessor's end, so results are reused rather than walked back.
    let (mut cb, mut cp) = (0usize, 0u32);
    let mut pos_of = |target: u32| -> Option<u32> {
        let target = target as usize;
        if target < cb || target > bytes.len() {
            return None;
        }
        // Character by character (usually one or two): a vectorized count costs more.
        while cb < target {
            let b = bytes[cb];
            let len = if b < 0x80 {
                1
            } else if b < 0xE0 {
                2
            } else if b < 0xF0 {
                3
            } else {
                4
            };
            cb += len;
            cp += 1 + u32::from(utf16 && len == 4);
        }
        // Past the target: it was inside a character.
        (cb == target).then_some(cp)
    };
    let (mut ps, mut ps_u, mut pe, mut pe_u) = (u32::MAX, 0u32, u32::MAX, 0u32);
    let mut k = 0usize; // output character index
    for &lead in output.as_bytes() {
        if (lead as i8) < -64 {
            continue; // continuation byte of the output
        }
        if k >= n {
            break;
        }
        let (s, e) = (starts[k], ends[k]);
        let su = if s == ps {
            Some(ps_u)
        } else if s == pe {
            Some(pe_u)
        } else {
            pos_of(s)
        };
        let eu = match su {
            Some(_) if e == pe => Some(pe_u),
            Some(_) => pos_of(e),
            None => None,
        };
        let (Some(su), Some(eu)) = (su, eu) else {
            return convert_map_any(original, output, starts, ends, unit);
        };
        (ps, ps_u, pe, pe_u) = (s, su, e, eu);
        out_s.push(su);
        out_e.push(eu);
        if utf16 && lead >= 0xF0 {
            out_s.push(su);
            out_e.push(eu);
        }
        k += 1;
    }
    (out_s, out_e)
}

/// [`convert_map`] for maps in any order.
fn convert_map_any(
    original: &str,
    output: &str,
    starts: &[u32],
    ends: &[u32],
    unit: Unit,
) -> (Vec<u32>, Vec<u32>) {
    let mut s_conv = OffsetConverter::new(original, unit);
    let mut e_conv = OffsetConverter::new(original, unit);
    let cap = output.len();
    let mut out_s = Vec::with_capacity(cap);
    let mut out_e = Vec::with_capacity(cap);
    for (i, c) in output.chars().enumerate().take(starts.len().min(ends.len())) {
        let s = s_conv.convert(starts[i] as usize);
        let e = e_conv.convert(ends[i] as usize);
        for _ in 0..unit.width(c) {
            out_s.push(s);
            out_e.push(e);
        }
    }
    (out_s, out_e)
}

/// Byte offset of the character at code point index `index` (clamped to the end).
pub fn byte_of_code_point(text: &str, index: usize) -> usize {
    text.char_indices().nth(index).map_or(text.len(), |(b, _)| b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_counts_astral_characters_twice() {
        let t = "a😀b";
        let mut c = OffsetConverter::new(t, Unit::Utf16);
        assert_eq!(c.convert(0), 0);
        assert_eq!(c.convert(1), 1);
        assert_eq!(c.convert(5), 3);
        assert_eq!(c.convert(6), 4);
        // going back works
        assert_eq!(c.convert(1), 1);
    }

    /// Offsets out of order, near and far apart (from a mark then), convert as a
    /// count from the start does, rounding down inside a character.
    #[test]
    fn offsets_in_any_order_convert_as_counted_from_the_start() {
        let text: String = (0..3000).map(|k| ["a", "😀", "مُحَمَّد ", "\n", "é"][k % 5]).collect();
        let count = |b: usize, unit: Unit| -> u32 { text.char_indices().take_while(|&(i, c)| i + c.len_utf8() <= b).map(|(_, c)| unit.width(c)).sum() };
        for unit in [Unit::Utf16, Unit::CodePoint] {
            let mut conv = OffsetConverter::new(&text, unit);
            let mut b = 7usize;
            for _ in 0..400 {
                // (A walk over the text by steps of a few bytes to many thousands, back
                // and forth, into characters too.)
                b = (b * 7919 + 13) % (text.len() + 3);
                assert_eq!(conv.convert(b), count(b.min(text.len()), unit), "{unit:?} {b}");
                assert_eq!(conv.convert(b / 2 + 1), count(b / 2 + 1, unit), "{unit:?} {b}");
            }
        }
    }

    #[test]
    fn code_points_count_characters() {
        let t = "سلام😀";
        let mut c = OffsetConverter::new(t, Unit::CodePoint);
        assert_eq!(c.convert(t.len()), 5);
        assert_eq!(c.convert(2), 1);
        assert_eq!(c.convert(3), 1, "inside a character rounds down");
    }

    #[test]
    fn the_one_pass_conversion_agrees_with_the_converter() {
        let original = "a😀 مُحَمَّد ﻻ\u{200B}x😀";
        for o in [crate::Options::SEARCH, crate::Options::DISPLAY, crate::Options::NONE] {
            let n = crate::normalize(original, &o);
            for unit in [Unit::Utf16, Unit::CodePoint, Unit::Byte] {
                let fast = convert_map(original, &n.text, &n.starts, &n.ends, unit);
                let slow = convert_map_any(original, &n.text, &n.starts, &n.ends, unit);
                assert_eq!(fast, slow, "{unit:?} {o:?}");
            }
        }
        // Out of order: the general converter takes over.
        let (s, e) = convert_map("ab😀", "xy", &[2, 0], &[6, 1], Unit::Utf16);
        assert_eq!((s, e), (vec![2, 0], vec![4, 1]));
    }

    #[test]
    fn cursor_counts_like_the_converter() {
        let t = "a😀 مُحَمَّد\u{200B}x😀z";
        let bounds: Vec<usize> = t.char_indices().map(|(b, _)| b).chain([t.len()]).collect();
        for unit in [Unit::Byte, Unit::Utf16, Unit::CodePoint] {
            let mut cur = Cursor::new(unit);
            // forward, backward and jumping
            for &b in bounds.iter().chain(bounds.iter().rev()).chain([&5, &t.len(), &0, &8]) {
                assert_eq!(cur.at(t.as_bytes(), b), OffsetConverter::new(t, unit).convert(b), "{unit:?} {b}");
            }
        }
    }

    #[test]
    fn convert_rewrites_every_offset_of_a_result() {
        let a = "😀 قال الوزير \"نحن هنا\" أمس";
        let b = "x قال الوزير \"نحن هنا\"";
        let mut quotes = crate::compare::quotes(a);
        let bytes = quotes.clone();
        convert(&mut quotes, a, Unit::Utf16);
        assert_eq!(quotes.len(), bytes.len());
        for (q, o) in quotes.iter().zip(&bytes) {
            let mut c = OffsetConverter::new(a, Unit::Utf16);
            assert_eq!((q.start, q.text_end), (c.convert(o.start) as usize, c.convert(o.text_end) as usize));
        }
        let mut ops = crate::compare::diff(a, b, crate::compare::DiffLevel::Search);
        let before = ops.clone();
        convert_pair(&mut ops, a, b, Unit::CodePoint);
        let last = (ops.last().unwrap().a.end, ops.last().unwrap().b.end);
        assert_eq!(last, (a.chars().count(), b.chars().count()), "{before:?}");
    }

    #[test]
    fn map_has_one_entry_per_output_unit() {
        let (s, e) = convert_map("😀x", "😀x", &[0, 4], &[4, 5], Unit::Utf16);
        assert_eq!(s, vec![0, 0, 2]);
        assert_eq!(e, vec![2, 2, 3]);
    }
}
