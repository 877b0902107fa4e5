//! MinHash signatures of passages and their locality-sensitive band buckets: the
//! candidate step of corpus reuse.
//!
//! A MinHash signature of a whole document cannot find a one-sentence copy in a long
//! article: the Jaccard similarity of the two documents' shingle sets is tiny. So each
//! document's shingle sequence (its distinct shingles in order, see
//! [`super::shingles::Signed::prints`]) is cut into overlapping **windows** of
//! `window` shingles, one every `window / 2` (two consecutive blocks of `window / 2`;
//! a document shorter than a window is one window), and each window gets a MinHash
//! signature of `bands × rows` values: for hash function `i`, the least of
//! `shingle × a_i + c_i` (mod 2⁶⁴) over the window's shingles. The signature is cut into
//! `bands` bands of `rows` values; each band hashed with its number is a **bucket**.
//! Two windows of Jaccard similarity `s` share some bucket with probability
//! `1 - (1 - s^rows)^bands` (the S-curve, [`collision_probability`]); two documents
//! whose windows share a bucket are a candidate pair.
//!
//! The defaults (`window` 8, `rows` 2, `bands` 16) were chosen by measurement
//! (`benches/reuse_lsh.py`) for the hardest copies to catch: one sentence of 12 to 20
//! words with about one word in ten edited, pasted into another Wikipedia article.
//! An edit breaks the `shingle` (3) shingles over it, and the copy lies across
//! windows placed independently in the two documents (up to half a step apart): with
//! an edit in it, a window of 8 shares 5 shingles of 11 in all with its copy's (s =
//! 0.45), two shingles apart 3 of 13 (s = 0.23). The S-curve of 16 bands
//! of 2 rows gives 0.78 at `s = 0.3`, 0.94 at 0.4, 0.99 at 0.5, and a sentence spans
//! several windows in each document, each pair another chance; windows of unrelated
//! text share no shingle (`s = 0`) and collide only by a 40-bit hash collision or a
//! shared stock phrase. Of 200 such copies among 2,000 articles, this setting missed
//! 2 (one left with no shingle in common, which nothing could find; one sharing 3 of
//! its 8), with 3,085 buckets per article; 12-shingle windows with 20 bands
//! missed 6 (2,568 buckets), 16-shingle windows with 24 bands 7 (a short copy is
//! diluted in a larger window), 3 rows of 24 bands 6 (5,011 buckets), and 24 bands
//! of windows of 8 missed 2 with half as many buckets again (4,627). One row of 8
//! bands also missed 2 with 772 buckets, but one row makes every window's minimum
//! shingle a bucket: a sample of the shingle index, pairing documents by any one
//! shared stock phrase (60,674 LSH pairs against 38,516).
//!
//! A bucket holding more than `max_df` documents is boilerplate (a template, a stock
//! phrase) and pairs nobody: that also bounds the pairs one bucket gives to
//! `max_df²/2`, which keeps candidate generation near-linear.
//!
//! Hashes are fixed (splitmix64 and coefficients drawn from fixed seeds), so
//! signatures computed in other processes (Spark executors) meet in one group-by.

use super::shingles::mix;
use super::ReuseOptions;

/// Hash function `i` of a signature, applied to `x` (a shingle hash, already well
/// mixed): `x × a + c` modulo 2⁶⁴ with `a` odd, a bijection whose high bits (which
/// decide a minimum) depend on every bit of `x`: one multiply-add per function and
/// shingle.
#[inline(always)]
fn apply((a, c): (u64, u64), x: u64) -> u64 {
    x.wrapping_mul(a).wrapping_add(c)
}

/// The coefficients of hash function `i`.
fn coefficients(i: usize) -> (u64, u64) {
    (mix(0x6d69_6e68_6173_6800 ^ i as u64) | 1, mix(0x7365_6564_0000_0000 ^ i as u64))
}

/// The bucket of band `band` whose values are `rows`.
fn bucket(band: usize, rows: &[u64]) -> u64 {
    rows.iter().fold(mix(0xb4e5_0000_0000_0000 ^ band as u64), |h, &v| mix(h.rotate_left(23) ^ v))
}

/// The MinHash signature (`bands × rows` values) of each window of a shingle sequence
/// (shingle hashes in document order), with the index of each window's first shingle.
pub fn window_signatures(shingles: &[u64], o: &ReuseOptions) -> Vec<(u32, Vec<u64>)> {
    if shingles.is_empty() {
        return Vec::new();
    }
    let k = o.bands * o.rows;
    let half = (o.window / 2).max(1);
    let fs: Vec<(u64, u64)> = (0..k).map(coefficients).collect();
    // The minima of each block of `half` shingles; a window is two blocks.
    let blocks: Vec<Vec<u64>> = shingles
        .chunks(half)
        .map(|c| {
            let mut mins = vec![u64::MAX; k];
            for &h in c {
                for (m, &f) in mins.iter_mut().zip(&fs) {
                    *m = (*m).min(apply(f, h));
                }
            }
            mins
        })
        .collect();
    if blocks.len() == 1 {
        return vec![(0, blocks.into_iter().next().unwrap_or_default())];
    }
    blocks
        .windows(2)
        .enumerate()
        .map(|(j, w)| ((j * half) as u32, w[0].iter().zip(&w[1]).map(|(x, y)| *x.min(y)).collect()))
        .collect()
}

/// The buckets of one signature: one per band.
pub fn signature_buckets<'s>(signature: &'s [u64], o: &ReuseOptions) -> impl Iterator<Item = u64> + 's {
    signature.chunks(o.rows.max(1)).take(o.bands).enumerate().map(|(band, rows)| bucket(band, rows))
}

/// The distinct buckets of every window of a document, sorted: what the index pairs
/// documents by.
pub fn buckets(shingles: &[u64], o: &ReuseOptions) -> Vec<u64> {
    let mut out: Vec<u64> =
        window_signatures(shingles, o).iter().flat_map(|(_, sig)| signature_buckets(sig, o).collect::<Vec<_>>()).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// The probability that two windows of Jaccard similarity `s` share a bucket with
/// `bands` bands of `rows` rows: `1 - (1 - s^rows)^bands`.
pub fn collision_probability(s: f64, rows: usize, bands: usize) -> f64 {
    1.0 - (1.0 - s.powi(rows as i32)).powi(bands as i32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(window: usize, rows: usize, bands: usize) -> ReuseOptions {
        ReuseOptions { window, rows, bands, ..ReuseOptions::default() }
    }

    #[test]
    fn windows_overlap_by_half() {
        let shingles: Vec<u64> = (0..20).map(|i| mix(i)).collect();
        let o = opts(8, 2, 4);
        let w = window_signatures(&shingles, &o);
        // Blocks of 4: 0, 4, 8, 12, 16 → windows at 0, 4, 8, 12.
        assert_eq!(w.iter().map(|x| x.0).collect::<Vec<_>>(), vec![0, 4, 8, 12]);
        assert!(w.iter().all(|x| x.1.len() == 8));
        // A short document is one window.
        assert_eq!(window_signatures(&shingles[..3], &o).len(), 1);
        assert!(window_signatures(&[], &o).is_empty());
        // A window's value is the least over its shingles, whatever their order.
        let mut rev = shingles[..8].to_vec();
        rev.reverse();
        assert_eq!(window_signatures(&shingles[..8], &o), window_signatures(&rev, &o));
    }

    /// Measured collision rates of windows with a known Jaccard similarity follow the
    /// S-curve: the buckets are MinHash LSH, not a sample of shingles.
    #[test]
    fn collisions_follow_the_s_curve() {
        let (rows, bands) = (2, 24);
        let o = opts(16, rows, bands);
        // Two sets of 16 sharing `shared`: Jaccard shared / (32 - shared).
        for (shared, trials) in [(4usize, 400u64), (8, 400), (12, 400)] {
            let s = shared as f64 / (32 - shared) as f64;
            let mut hits = 0;
            for t in 0..trials {
                let base = mix(t + 1) << 8;
                let a: Vec<u64> = (0..16).map(|i| mix(base + i)).collect();
                let mut b: Vec<u64> = a[..shared].to_vec();
                b.extend((0..(16 - shared) as u64).map(|i| mix(base + 100 + i)));
                let (ba, bb) = (buckets(&a, &o), buckets(&b, &o));
                hits += ba.iter().any(|x| bb.binary_search(x).is_ok()) as usize;
            }
            let rate = hits as f64 / trials as f64;
            let want = collision_probability(s, rows, bands);
            assert!((rate - want).abs() < 0.08, "s {s:.2}: measured {rate:.3}, S-curve {want:.3}");
        }
        // Unrelated windows never collide.
        let a: Vec<u64> = (0..64).map(|i| mix(i)).collect();
        let b: Vec<u64> = (1000..1064).map(|i| mix(i)).collect();
        let (ba, bb) = (buckets(&a, &o), buckets(&b, &o));
        assert!(!ba.iter().any(|x| bb.binary_search(x).is_ok()));
    }

    #[test]
    fn s_curve_values() {
        // The defaults' S-curve, as the module doc states it.
        let o = ReuseOptions::default();
        let p = |s: f64| collision_probability(s, o.rows, o.bands);
        assert!((p(0.3) - 0.779).abs() < 0.001 && (p(0.4) - 0.939).abs() < 0.001 && (p(0.5) - 0.990).abs() < 0.001);
        assert_eq!(p(1.0), 1.0);
        assert_eq!(p(0.0), 0.0);
    }
}
