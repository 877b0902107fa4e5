//! MinHash signatures of a text's windows, cut into LSH band keys.
//!
//! Shingles are runs of `shingle` consecutive content-word match keys (the keys of
//! [`super::super::words`], so spelling variants, clitics and inserted function words
//! do not break them). A text is cut into windows of `window` shingles every `stride`
//! shingles, so that a passage reused inside two long, otherwise unrelated texts still
//! gives two windows of high Jaccard similarity (one signature per whole text would
//! dilute it). Each window's MinHash (`bands × rows` values) is cut into `bands`
//! bands; two windows that agree on all `rows` values of one band share that band's
//! key and become candidates.
//!
//! Hashes are FNV-1a and splitmix64 with fixed seeds: stable across processes and
//! machines, so that signatures computed on Spark executors meet in one join.

use super::ReuseOptions;

/// FNV-1a 64 of bytes: stable everywhere (std's hasher is not guaranteed to be).
fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= b as u64;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The splitmix64 finalizer: a fast, well-mixing bijection of u64.
#[inline(always)]
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// Hashes of the text's shingles, in text order.
pub(crate) fn shingles(text: &str, shingle: usize) -> Vec<u64> {
    let keys: Vec<u64> =
        super::super::words::keys(text).into_iter().filter(|(_, content)| *content).map(|(k, _)| fnv1a(k.as_bytes())).collect();
    let n = shingle.max(1);
    if keys.len() < n {
        return Vec::new();
    }
    keys.windows(n)
        .map(|w| w.iter().fold(0x9e37_79b9_7f4a_7c15u64, |h, &k| mix(h.rotate_left(17) ^ k)))
        .collect()
}

/// The LSH band keys of `text`: for every window and band, a 64-bit hash of the band
/// index and its `rows` MinHash values. Sorted and deduplicated (windows of one text
/// that agree on a band count once).
pub fn band_keys(text: &str, o: &ReuseOptions) -> Vec<u64> {
    let sh = shingles(text, o.shingle);
    if sh.is_empty() {
        return Vec::new();
    }
    let k = o.bands * o.rows;
    let seeds: Vec<u64> = (0..k as u64).map(|i| mix(i.wrapping_add(1).wrapping_mul(0x9e37_79b9_7f4a_7c15))).collect();
    // MinHash of every block of `stride` shingles; a window is `window / stride` blocks.
    let stride = o.stride.max(1);
    let blocks: Vec<Vec<u64>> = sh
        .chunks(stride)
        .map(|block| {
            let mut mins = vec![u64::MAX; k];
            for &s in block {
                for (m, &seed) in mins.iter_mut().zip(&seeds) {
                    let h = mix(s ^ seed);
                    if h < *m {
                        *m = h;
                    }
                }
            }
            mins
        })
        .collect();
    let per_window = (o.window / stride).max(1);
    let windows = blocks.len().saturating_sub(per_window) + 1;
    let mut out = Vec::with_capacity(windows * o.bands);
    let mut mins = vec![0u64; k];
    for w in 0..windows {
        mins.fill(u64::MAX);
        for block in &blocks[w..(w + per_window).min(blocks.len())] {
            for (m, &b) in mins.iter_mut().zip(block) {
                *m = (*m).min(b);
            }
        }
        for (band, values) in mins.chunks(o.rows.max(1)).enumerate() {
            let h = values.iter().fold(mix(band as u64 + 1), |h, &v| mix(h ^ v));
            out.push(h);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_and_clitics_give_the_same_shingles() {
        let a = shingles("قال الرئيس إن الحكومة ستعلن خطة جديدة للاقتصاد", 3);
        let b = shingles("قال والرئيسُ ان الحكومه ستعلن خطه جديده للإقتصاد", 3);
        assert!(!a.is_empty());
        assert_eq!(a, b);
    }

    #[test]
    fn keys_are_stable_values() {
        // Fixed hashes: a change here breaks signatures computed by other processes.
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn identical_texts_share_every_band_and_unrelated_texts_none() {
        let o = ReuseOptions::default();
        let t = "ذكرت وزارة الصحة أن عدد المصابين ارتفع إلى مئة وعشرين شخصا بعد انهيار المبنى السكني في المدينة القديمة صباح أمس";
        let u = "فاز الفريق الوطني لكرة السلة على منافسه في المباراة النهائية للبطولة الإقليمية التي أقيمت في العاصمة";
        let (a, b, c) = (band_keys(t, &o), band_keys(t, &o), band_keys(u, &o));
        assert_eq!(a.len(), o.bands);
        assert_eq!(a, b);
        assert!(a.iter().all(|k| !c.contains(k)));
    }
}
