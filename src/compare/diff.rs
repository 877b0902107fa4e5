//! Word-level diff of two texts that never cuts a word.
//!
//! The units are the tokens of [`crate::tokenize`] (words, numbers, punctuation; cut
//! on the `search` form), each owning the whitespace that follows it, so the units of
//! a text tile it exactly and the spans of the operations, read in order, rebuild both
//! texts. Two units are equal when their forms at the chosen [`DiffLevel`] are equal
//! (for `exact`, their original characters).
//!
//! The algorithm is Myers' O(ND) diff in its linear-space form (bisection of the edit
//! graph, as in diff-match-patch), after trimming the common prefix and suffix. Large
//! regions are first cut at *anchors*, units that occur exactly once in each side,
//! taken along their longest common increasing run (patience diff), so the expensive
//! search only runs between anchors. Where a region is too different for its size
//! (more than `max(256, 5·10⁷ / size)` edits would be needed), it is given up as one
//! replacement, so time stays bounded on any input; memory is linear.

use std::borrow::Cow;
use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::Span;
use crate::normalize::Options;
use crate::tokenize::{tokenize, Token};

/// When two words count as equal in the diff.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum DiffLevel {
    /// Exactly the same characters.
    Exact,
    /// Equal after `search` normalization (diacritics, alef and yeh forms, tatweel,
    /// digits, punctuation forms, case).
    #[default]
    Search,
    /// Equal name keys: also folds transliteration variants (غ/ج, ڤ/ف, …).
    NameKey,
}

/// The kind of a diff operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Op {
    Equal,
    Insert,
    Delete,
    Replace,
}

/// One diff operation: `a` and `b` are the spans it covers in each text (empty for the
/// side that has nothing: the `a` span of an insert, the `b` span of a delete).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DiffOp {
    pub op: Op,
    pub a: Span,
    pub b: Span,
}

impl crate::offsets::PairSpans for DiffOp {
    fn map_pair_spans(&mut self, fa: &mut dyn FnMut(usize) -> usize, fb: &mut dyn FnMut(usize) -> usize) {
        self.a.map(&mut |x| fa(x));
        self.b.map(&mut |x| fb(x));
    }
}

/// A unit: its span (tiling the text) and its form at the chosen level.
type Unit<'t> = (usize, usize, Cow<'t, str>);

/// Units of a text from its `search` tokens: (span tiling the text, form at `level`).
fn units<'t>(text: &'t str, tokens: &'t [Token], level: DiffLevel) -> Vec<Unit<'t>> {
    let mut out: Vec<Unit<'t>> = Vec::with_capacity(tokens.len());
    for t in tokens {
        let form: Cow<'t, str> = match level {
            DiffLevel::Exact => Cow::Borrowed(&text[t.start..t.end]),
            DiffLevel::Search => Cow::Borrowed(&t.norm),
            DiffLevel::NameKey => Cow::Owned(crate::name_key(&t.norm)),
        };
        match out.last_mut() {
            // A token that starts inside the previous one joins it.
            Some(last) if t.start < last.1 || t.start <= last.0 => {
                last.1 = last.1.max(t.end);
                last.2.to_mut().push_str(&form);
            }
            _ => out.push((t.start, t.end, form)),
        }
    }
    if out.is_empty() {
        if !text.is_empty() {
            out.push((0, text.len(), Cow::Borrowed("")));
        }
        return out;
    }
    // Tile: leading whitespace goes to the first unit, trailing to each unit.
    out[0].0 = 0;
    let n = out.len();
    for k in 0..n {
        out[k].1 = if k + 1 < n { out[k + 1].0 } else { text.len() };
    }
    out
}

/// Word-level diff of `a` and `b` at `level`.
pub fn diff(a: &str, b: &str, level: DiffLevel) -> Vec<DiffOp> {
    diff_tokens(a, &tokenize(a, &Options::SEARCH), b, &tokenize(b, &Options::SEARCH), level)
}

/// Word-level diff from the `search` tokens of both texts.
pub(crate) fn diff_tokens(a: &str, ta: &[Token], b: &str, tb: &[Token], level: DiffLevel) -> Vec<DiffOp> {
    let ua = units(a, ta, level);
    let ub = units(b, tb, level);
    let mut ids: HashMap<&str, u32> = HashMap::new();
    let mut xa = Vec::with_capacity(ua.len());
    for u in &ua {
        let n = ids.len() as u32;
        xa.push(*ids.entry(u.2.as_ref()).or_insert(n));
    }
    let mut xb = Vec::with_capacity(ub.len());
    for u in &ub {
        let n = ids.len() as u32;
        xb.push(*ids.entry(u.2.as_ref()).or_insert(n));
    }
    let matches = match_units(&xa, &xb);
    ops(&ua, &ub, &matches, a.len(), b.len())
}

/// Pairs (i, j) of equal units, increasing in both.
pub(crate) fn match_units(a: &[u32], b: &[u32]) -> Vec<(u32, u32)> {
    let mut matches = Vec::new();
    let mut stack = vec![(0usize, a.len(), 0usize, b.len())];
    while let Some((mut a0, mut a1, mut b0, mut b1)) = stack.pop() {
        while a0 < a1 && b0 < b1 && a[a0] == b[b0] {
            matches.push((a0 as u32, b0 as u32));
            a0 += 1;
            b0 += 1;
        }
        while a0 < a1 && b0 < b1 && a[a1 - 1] == b[b1 - 1] {
            a1 -= 1;
            b1 -= 1;
            matches.push((a1 as u32, b1 as u32));
        }
        if a0 == a1 || b0 == b1 {
            continue;
        }
        let size = (a1 - a0) + (b1 - b0);
        if size > 512 {
            let anchors = unique_anchors(&a[a0..a1], &b[b0..b1]);
            if !anchors.is_empty() {
                let (mut pa, mut pb) = (a0, b0);
                for (i, j) in anchors {
                    let (i, j) = (a0 + i, b0 + j);
                    matches.push((i as u32, j as u32));
                    stack.push((pa, i, pb, j));
                    pa = i + 1;
                    pb = j + 1;
                }
                stack.push((pa, a1, pb, b1));
                continue;
            }
        }
        let limit = (50_000_000 / size).max(256);
        if let Some((x, y)) = bisect(&a[a0..a1], &b[b0..b1], limit) {
            stack.push((a0 + x, a1, b0 + y, b1));
            stack.push((a0, a0 + x, b0, b0 + y));
        }
    }
    matches.sort_unstable();
    matches
}

/// Units unique in both sides, along their longest common increasing run.
fn unique_anchors(a: &[u32], b: &[u32]) -> Vec<(usize, usize)> {
    let mut count: HashMap<u32, (u32, u32, usize, usize)> = HashMap::new();
    for (i, x) in a.iter().enumerate() {
        let e = count.entry(*x).or_insert((0, 0, 0, 0));
        e.0 += 1;
        e.2 = i;
    }
    for (j, x) in b.iter().enumerate() {
        if let Some(e) = count.get_mut(x) {
            e.1 += 1;
            e.3 = j;
        }
    }
    let mut pairs: Vec<(usize, usize)> =
        count.values().filter(|e| e.0 == 1 && e.1 == 1).map(|e| (e.2, e.3)).collect();
    pairs.sort_unstable();
    // Longest increasing subsequence of j, with back links.
    let mut tails: Vec<usize> = Vec::new();
    let mut prev: Vec<usize> = vec![usize::MAX; pairs.len()];
    for k in 0..pairs.len() {
        let j = pairs[k].1;
        let pos = tails.partition_point(|&t| pairs[t].1 < j);
        if pos > 0 {
            prev[k] = tails[pos - 1];
        }
        if pos == tails.len() {
            tails.push(k);
        } else {
            tails[pos] = k;
        }
    }
    let mut out = Vec::with_capacity(tails.len());
    let mut k = tails.last().copied().unwrap_or(usize::MAX);
    while k != usize::MAX {
        out.push(pairs[k]);
        k = prev[k];
    }
    out.reverse();
    out
}

/// Myers' bisection: a point (x, y) on an optimal path through the middle of the
/// edit graph of `a` and `b` (which share no prefix or suffix), or `None` when more
/// than `limit` edits would be needed or the two have nothing in common.
fn bisect(a: &[u32], b: &[u32], limit: usize) -> Option<(usize, usize)> {
    let (n, m) = (a.len() as isize, b.len() as isize);
    let max_d = ((n + m + 1) / 2).min(limit as isize);
    let offset = max_d + 1;
    let len = (2 * max_d + 3) as usize;
    let mut v1 = vec![-1isize; len];
    let mut v2 = vec![-1isize; len];
    v1[(offset + 1) as usize] = 0;
    v2[(offset + 1) as usize] = 0;
    let delta = n - m;
    let front = delta % 2 != 0;
    let (mut k1start, mut k1end, mut k2start, mut k2end) = (0isize, 0isize, 0isize, 0isize);
    for d in 0..max_d {
        let mut k1 = -d + k1start;
        while k1 <= d - k1end {
            let k1o = (offset + k1) as usize;
            let mut x1 = if k1 == -d || (k1 != d && v1[k1o - 1] < v1[k1o + 1]) { v1[k1o + 1] } else { v1[k1o - 1] + 1 };
            let mut y1 = x1 - k1;
            while x1 < n && y1 < m && a[x1 as usize] == b[y1 as usize] {
                x1 += 1;
                y1 += 1;
            }
            v1[k1o] = x1;
            if x1 > n {
                k1end += 2;
            } else if y1 > m {
                k1start += 2;
            } else if front {
                let k2o = offset + delta - k1;
                if k2o >= 0 && (k2o as usize) < len && v2[k2o as usize] != -1 {
                    let x2 = n - v2[k2o as usize];
                    if x1 >= x2 {
                        return Some((x1 as usize, y1 as usize));
                    }
                }
            }
            k1 += 2;
        }
        let mut k2 = -d + k2start;
        while k2 <= d - k2end {
            let k2o = (offset + k2) as usize;
            let mut x2 = if k2 == -d || (k2 != d && v2[k2o - 1] < v2[k2o + 1]) { v2[k2o + 1] } else { v2[k2o - 1] + 1 };
            let mut y2 = x2 - k2;
            while x2 < n && y2 < m && a[(n - x2 - 1) as usize] == b[(m - y2 - 1) as usize] {
                x2 += 1;
                y2 += 1;
            }
            v2[k2o] = x2;
            if x2 > n {
                k2end += 2;
            } else if y2 > m {
                k2start += 2;
            } else if !front {
                let k1o = offset + delta - k2;
                if k1o >= 0 && (k1o as usize) < len && v1[k1o as usize] != -1 {
                    let x1 = v1[k1o as usize];
                    let y1 = offset + x1 - k1o;
                    if x1 >= n - x2 {
                        return Some((x1 as usize, y1 as usize));
                    }
                }
            }
            k2 += 2;
        }
    }
    None
}

/// Operations from matched unit pairs.
fn ops(
    ua: &[Unit],
    ub: &[Unit],
    matches: &[(u32, u32)],
    len_a: usize,
    len_b: usize,
) -> Vec<DiffOp> {
    let at_a = |i: usize| if i < ua.len() { ua[i].0 } else { len_a };
    let at_b = |j: usize| if j < ub.len() { ub[j].0 } else { len_b };
    let mut out: Vec<DiffOp> = Vec::new();
    let mut push = |op: Op, i0: usize, i1: usize, j0: usize, j1: usize| {
        let a = Span { start: at_a(i0), end: at_a(i1) };
        let b = Span { start: at_b(j0), end: at_b(j1) };
        match out.last_mut() {
            Some(last) if last.op == op && last.a.end == a.start && last.b.end == b.start => {
                last.a.end = a.end;
                last.b.end = b.end;
            }
            _ => out.push(DiffOp { op, a, b }),
        }
    };
    let (mut i, mut j) = (0usize, 0usize);
    let gap = |push: &mut dyn FnMut(Op, usize, usize, usize, usize), i: usize, i1: usize, j: usize, j1: usize| {
        match (i < i1, j < j1) {
            (true, true) => push(Op::Replace, i, i1, j, j1),
            (true, false) => push(Op::Delete, i, i1, j, j),
            (false, true) => push(Op::Insert, i, i, j, j1),
            (false, false) => {}
        }
    };
    for &(mi, mj) in matches {
        let (mi, mj) = (mi as usize, mj as usize);
        gap(&mut push, i, mi, j, mj);
        push(Op::Equal, mi, mi + 1, mj, mj + 1);
        i = mi + 1;
        j = mj + 1;
    }
    gap(&mut push, i, ua.len(), j, ub.len());
    out
}
