//! The sequence model: an averaged structured perceptron over BIO tags with hashed
//! features and first-order Viterbi decoding.
//!
//! Model file (`models/ner.bin`, `models/ner2.bin`, little-endian): `INER`, version
//! (2), hash bits, tag count, 1, the weight scale (f32), the transition table
//! ((tags + 1) × tags f32, the first row from the sentence start), a bitmap of the
//! `2^bits` rows that have weights (u64 words), then those rows' weights, `tags`
//! signed bytes each (times the scale).

/// BIO tags: O, then B and I of PER, LOC, ORG, MISC.
pub const NTAGS: usize = 9;
pub const TAG_NAMES: [&str; NTAGS] = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];

/// The type index (0 = PER … 3 = MISC) of a tag, `None` for O.
#[inline]
pub fn tag_type(tag: u8) -> Option<usize> {
    if tag == 0 {
        None
    } else {
        Some((tag as usize - 1) / 2)
    }
}

#[inline]
pub fn is_begin(tag: u8) -> bool {
    tag != 0 && tag % 2 == 1
}

/// May `cur` follow `prev` (`None` = sentence start)? I-X only continues X.
#[inline]
pub fn allowed(prev: Option<u8>, cur: u8) -> bool {
    if cur == 0 || is_begin(cur) {
        return true;
    }
    match prev {
        Some(p) if p != 0 => tag_type(p) == tag_type(cur),
        _ => false,
    }
}

/// The row of a feature hash in a table of `2^bits` rows.
#[inline]
pub fn row(hash: u64, bits: u32) -> usize {
    let mut h = hash;
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    (h >> (64 - bits)) as usize
}

/// Weights as the tagger reads them.
pub trait Weights {
    fn bits(&self) -> u32;
    /// Adds the weights of `row` to `scores`.
    fn add_row(&self, row: usize, scores: &mut [f32; NTAGS]);
    /// Adds the weights of the rows of the feature hashes `hashes` to `scores`, in
    /// their order.
    #[inline]
    fn add_hashes(&self, hashes: &[u64], scores: &mut [f32; NTAGS]) {
        let bits = self.bits();
        for &h in hashes {
            self.add_row(row(h, bits), scores);
        }
    }
    /// Transition score from `prev` (`None` = start) to `cur`.
    fn trans(&self, prev: Option<u8>, cur: u8) -> f32;
}

/// A loaded, quantized model: only the rows that have a weight are stored, found
/// through a bitmap of the `2^bits` rows and its running counts.
pub struct Model {
    bits: u32,
    scale: f32,
    trans: Vec<f32>,
    /// For each 64 rows, the bitmap word of those that have weights and how many rows
    /// are stored before them: side by side, so that a lookup reads one place.
    index: Vec<(u64, u32)>,
    weights: Vec<i8>,
}

const VERSION: u8 = 2;

impl Model {
    pub fn from_bytes(b: &[u8]) -> Result<Model, String> {
        if b.len() < 12 || &b[..4] != b"INER" {
            return Err("not an isnad NER model".into());
        }
        let (version, bits, ntags) = (b[4], b[5] as u32, b[6] as usize);
        if version != VERSION || ntags != NTAGS || !(8..=24).contains(&bits) {
            return Err("unsupported NER model version".into());
        }
        let f32_at = |i: usize| f32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let scale = f32_at(8);
        let nt = (NTAGS + 1) * NTAGS;
        let words = (1usize << bits) / 64;
        let header = 12 + nt * 4;
        if b.len() < header + words * 8 {
            return Err("truncated NER model".into());
        }
        let trans = (0..nt).map(|k| f32_at(12 + 4 * k)).collect();
        let bitmap: Vec<u64> = b[header..header + words * 8]
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
            .collect();
        let mut index = Vec::with_capacity(words);
        let mut n = 0u32;
        for &w in &bitmap {
            index.push((w, n));
            n += w.count_ones();
        }
        let rest = &b[header + words * 8..];
        if rest.len() != n as usize * NTAGS {
            return Err("truncated NER model".into());
        }
        Ok(Model { bits, scale, trans, index, weights: rest.iter().map(|&x| x as i8).collect() })
    }

    /// Serializes float weights (`2^bits × NTAGS`), quantized to one byte each; rows
    /// whose weights all round to zero are left out.
    pub fn to_bytes(bits: u32, weights: &[f32], trans: &[f32]) -> Vec<u8> {
        Self::to_bytes_pruned(bits, weights, trans, 1)
    }

    /// As [`Model::to_bytes`], leaving out the rows whose quantized weights are all
    /// smaller than `min` in magnitude (features too weak to change a tag, which make
    /// the file larger).
    pub fn to_bytes_pruned(bits: u32, weights: &[f32], trans: &[f32], min: i8) -> Vec<u8> {
        let max = weights.iter().fold(0f32, |m, w| m.max(w.abs())).max(1e-9);
        let scale = max / 127.0;
        let q: Vec<i8> = weights.iter().map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8).collect();
        let rows = 1usize << bits;
        let mut bitmap = vec![0u64; rows / 64];
        let mut kept = Vec::new();
        for r in 0..rows {
            let row = &q[r * NTAGS..(r + 1) * NTAGS];
            if row.iter().any(|&x| x != 0 && x.unsigned_abs() >= min.unsigned_abs()) {
                bitmap[r / 64] |= 1 << (r % 64);
                kept.extend(row.iter().map(|&x| x as u8));
            }
        }
        let mut out = Vec::with_capacity(12 + trans.len() * 4 + bitmap.len() * 8 + kept.len());
        out.extend_from_slice(b"INER");
        out.extend_from_slice(&[VERSION, bits as u8, NTAGS as u8, 1]);
        out.extend_from_slice(&scale.to_le_bytes());
        for t in trans {
            out.extend_from_slice(&t.to_le_bytes());
        }
        for w in &bitmap {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(&kept);
        out
    }
}

impl Weights for Model {
    fn bits(&self) -> u32 {
        self.bits
    }
    #[inline]
    fn add_row(&self, row: usize, scores: &mut [f32; NTAGS]) {
        let (word, before) = self.index[row >> 6];
        let bit = 1u64 << (row & 63);
        if word & bit == 0 {
            return;
        }
        let k = before as usize + (word & (bit - 1)).count_ones() as usize;
        let Some(w) = self.weights.get(k * NTAGS..(k + 1) * NTAGS) else { return };
        for t in 0..NTAGS {
            scores[t] += w[t] as f32 * self.scale;
        }
    }
    /// As [`Weights::add_row`] for each hash, in two passes over a few dozen features:
    /// first where each row's weights are (the bitmap words), then the weights. Each
    /// pass's reads are independent of each other, so that the processor waits for
    /// them together: the model is megabytes, and a lookup at a time waited for two
    /// cache misses in turn. Each batch's weights are summed as integers and scaled
    /// once (the quantized weights share one scale): the same sum, up to the rounding
    /// of the float additions it saves (`isnad entities` gave the same output on
    /// ANERcorp's training sentences, on 1 MB of agency text and on every gold event).
    #[inline]
    fn add_hashes(&self, hashes: &[u64], scores: &mut [f32; NTAGS]) {
        const BATCH: usize = 32;
        for chunk in hashes.chunks(BATCH) {
            let mut at = [usize::MAX; BATCH];
            for (a, &h) in at.iter_mut().zip(chunk) {
                let row = row(h, self.bits);
                let (word, before) = self.index[row >> 6];
                let bit = 1u64 << (row & 63);
                if word & bit != 0 {
                    *a = before as usize + (word & (bit - 1)).count_ones() as usize;
                }
            }
            let mut sums = [0i32; NTAGS];
            for &k in &at[..chunk.len()] {
                if k == usize::MAX {
                    continue;
                }
                let w = &self.weights[k * NTAGS..(k + 1) * NTAGS];
                for t in 0..NTAGS {
                    sums[t] += w[t] as i32;
                }
            }
            for t in 0..NTAGS {
                scores[t] += sums[t] as f32 * self.scale;
            }
        }
    }
    #[inline]
    fn trans(&self, prev: Option<u8>, cur: u8) -> f32 {
        self.trans[prev.map_or(0, |p| p as usize + 1) * NTAGS + cur as usize]
    }
}

/// Emission scores of every token given its feature hashes.
pub fn emissions<W: Weights>(w: &W, feats: &[Vec<u64>]) -> Vec<[f32; NTAGS]> {
    let bits = w.bits();
    feats
        .iter()
        .map(|fs| {
            let mut s = [0f32; NTAGS];
            for &f in fs {
                w.add_row(row(f, bits), &mut s);
            }
            s
        })
        .collect()
}

/// The best tag sequence (Viterbi), honouring [`allowed`].
pub fn viterbi<W: Weights>(w: &W, em: &[[f32; NTAGS]]) -> Vec<u8> {
    let n = em.len();
    if n == 0 {
        return Vec::new();
    }
    let mut score = vec![[f32::NEG_INFINITY; NTAGS]; n];
    let mut back = vec![[0u8; NTAGS]; n];
    for t in 0..NTAGS as u8 {
        if allowed(None, t) {
            score[0][t as usize] = em[0][t as usize] + w.trans(None, t);
        }
    }
    // Which tag may follow which, and the transition scores, read once for all tokens.
    let mut may = [[false; NTAGS]; NTAGS];
    let mut trans = [[0f32; NTAGS]; NTAGS];
    for p in 0..NTAGS as u8 {
        for t in 0..NTAGS as u8 {
            may[p as usize][t as usize] = allowed(Some(p), t);
            trans[p as usize][t as usize] = w.trans(Some(p), t);
        }
    }
    for i in 1..n {
        for t in 0..NTAGS {
            let mut best = f32::NEG_INFINITY;
            let mut arg = 0u8;
            for p in 0..NTAGS {
                if !may[p][t] {
                    continue;
                }
                let s = score[i - 1][p] + trans[p][t];
                if s > best {
                    best = s;
                    arg = p as u8;
                }
            }
            score[i][t] = best + em[i][t];
            back[i][t] = arg;
        }
    }
    let mut tags = vec![0u8; n];
    let mut best = f32::NEG_INFINITY;
    for t in 0..NTAGS {
        if score[n - 1][t] > best {
            best = score[n - 1][t];
            tags[n - 1] = t as u8;
        }
    }
    for i in (1..n).rev() {
        tags[i - 1] = back[i][tags[i] as usize];
    }
    tags
}

/// Float weights being trained, with the sums that averaging needs.
pub struct Trainer {
    pub bits: u32,
    w: Vec<f32>,
    acc: Vec<f32>,
    tw: Vec<f32>,
    tacc: Vec<f32>,
    count: f32,
    /// Loss-augmented decoding: every wrong tag gets this much extra score while
    /// training, so that the model learns to win by a margin.
    pub margin: f32,
}

/// Averaged weights, for evaluation during training and for writing out.
pub struct Averaged {
    pub bits: u32,
    pub w: Vec<f32>,
    pub trans: Vec<f32>,
}

/// Unquantized weights as the trainer and the averaged model hold them: `w` has
/// `NTAGS` weights per row, `trans` one per (previous tag or start, tag).
#[inline]
fn dense_add_row(w: &[f32], row: usize, scores: &mut [f32; NTAGS]) {
    let base = row * NTAGS;
    for (s, &x) in scores.iter_mut().zip(&w[base..base + NTAGS]) {
        *s += x;
    }
}

#[inline]
fn dense_trans(trans: &[f32], prev: Option<u8>, cur: u8) -> f32 {
    trans[prev.map_or(0, |p| p as usize + 1) * NTAGS + cur as usize]
}

/// `Weights` of a type holding dense weights in the fields named.
macro_rules! dense_weights {
    ($ty:ty, $w:ident, $trans:ident) => {
        impl Weights for $ty {
            fn bits(&self) -> u32 {
                self.bits
            }
            #[inline]
            fn add_row(&self, row: usize, scores: &mut [f32; NTAGS]) {
                dense_add_row(&self.$w, row, scores)
            }
            #[inline]
            fn trans(&self, prev: Option<u8>, cur: u8) -> f32 {
                dense_trans(&self.$trans, prev, cur)
            }
        }
    };
}

dense_weights!(Averaged, w, trans);
dense_weights!(Trainer, w, tw);

impl Trainer {
    pub fn new(bits: u32) -> Trainer {
        let n = (1usize << bits) * NTAGS;
        let nt = (NTAGS + 1) * NTAGS;
        Trainer { bits, w: vec![0.0; n], acc: vec![0.0; n], tw: vec![0.0; nt], tacc: vec![0.0; nt], count: 1.0, margin: 0.0 }
    }

    /// One perceptron step on a sentence: `rows[i]` are the feature rows of token i.
    /// Returns whether the prediction was wrong.
    /// Tokens with `drop[i] > 0` lose their first `drop[i]` features after the bias
    /// (the word's own, see `features::features`) for this step.
    pub fn step(&mut self, rows: &[Vec<usize>], gold: &[u8], drop: &[usize]) -> bool {
        self.step_weighted(rows, gold, drop, 1.0)
    }

    /// As [`Trainer::step`], the update scaled by `weight` (a sentence of another
    /// domain may count for less than one of news).
    pub fn step_weighted(&mut self, rows: &[Vec<usize>], gold: &[u8], drop: &[usize], weight: f32) -> bool {
        let kept = |i: usize, k: usize| !(k >= 1 && k <= drop[i]);
        #[allow(clippy::needless_collect)]
        let em: Vec<[f32; NTAGS]> = rows
            .iter()
            .enumerate()
            .map(|(i, rs)| {
                let mut s = [0f32; NTAGS];
                for (k, &r) in rs.iter().enumerate() {
                    if kept(i, k) {
                        self.add_row(r, &mut s);
                    }
                }
                s
            })
            .enumerate()
            .map(|(i, mut s): (usize, [f32; NTAGS])| {
                for (t, v) in s.iter_mut().enumerate() {
                    if t != gold[i] as usize {
                        *v += self.margin;
                    }
                }
                s
            })
            .collect();
        let pred = viterbi(self, &em);
        let c = self.count;
        let mut wrong = false;
        for i in 0..gold.len() {
            let (g, p) = (gold[i] as usize, pred[i] as usize);
            if g != p {
                wrong = true;
                for (k, &r) in rows[i].iter().enumerate() {
                    if !kept(i, k) {
                        continue;
                    }
                    self.w[r * NTAGS + g] += weight;
                    self.acc[r * NTAGS + g] += c * weight;
                    self.w[r * NTAGS + p] -= weight;
                    self.acc[r * NTAGS + p] -= c * weight;
                }
            }
            let gp = if i == 0 { 0 } else { gold[i - 1] as usize + 1 };
            let pp = if i == 0 { 0 } else { pred[i - 1] as usize + 1 };
            if (gp, g) != (pp, p) {
                self.tw[gp * NTAGS + g] += weight;
                self.tacc[gp * NTAGS + g] += c * weight;
                self.tw[pp * NTAGS + p] -= weight;
                self.tacc[pp * NTAGS + p] -= c * weight;
            }
        }
        self.count += 1.0;
        wrong
    }

    pub fn averaged(&self) -> Averaged {
        let c = self.count;
        Averaged {
            bits: self.bits,
            w: self.w.iter().zip(&self.acc).map(|(w, a)| w - a / c).collect(),
            trans: self.tw.iter().zip(&self.tacc).map(|(w, a)| w - a / c).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Weights of three rows: a strong one, a weak one, an empty one.
    fn weights(bits: u32) -> Vec<f32> {
        let mut w = vec![0f32; (1usize << bits) * NTAGS];
        w[3 * NTAGS + 1] = 127.0;
        w[5 * NTAGS + 2] = -1.4;
        w
    }

    #[test]
    fn a_weighted_step_moves_the_weights_by_its_weight() {
        // One token whose gold tag (B-PER) the empty model does not predict (O wins ties).
        let (rows, gold) = (vec![vec![3usize, 7]], vec![1u8]);
        let mut full = Trainer::new(8);
        let mut half = Trainer::new(8);
        assert!(full.step(&rows, &gold, &[0]));
        assert!(half.step_weighted(&rows, &gold, &[0], 0.5));
        for r in [3, 7] {
            assert_eq!(full.w[r * NTAGS + 1], 1.0);
            assert_eq!(full.w[r * NTAGS], -1.0);
            assert_eq!(half.w[r * NTAGS + 1], 0.5);
            assert_eq!(half.w[r * NTAGS], -0.5);
        }
        assert_eq!(half.tw[1], 0.5);
        let (f, h) = (full.averaged(), half.averaged());
        assert!(f.w.iter().zip(&h.w).all(|(a, b)| *b == a / 2.0));
    }

    #[test]
    fn pruning_leaves_out_weak_rows_only() {
        let (bits, trans) = (8, vec![0.5f32; (NTAGS + 1) * NTAGS]);
        let all = Model::from_bytes(&Model::to_bytes(bits, &weights(bits), &trans)).unwrap();
        let pruned = Model::from_bytes(&Model::to_bytes_pruned(bits, &weights(bits), &trans, 2)).unwrap();
        let at = |m: &Model, r: usize| {
            let mut s = [0f32; NTAGS];
            m.add_row(r, &mut s);
            s
        };
        assert_eq!(at(&all, 3)[1], 127.0);
        assert_eq!(at(&pruned, 3)[1], 127.0);
        assert_eq!(at(&all, 5)[2], -1.0);
        assert_eq!(at(&pruned, 5), [0.0; NTAGS]);
        assert_eq!(pruned.trans(None, 1), 0.5);
        assert!(Model::to_bytes_pruned(bits, &weights(bits), &trans, 2).len() < Model::to_bytes(bits, &weights(bits), &trans).len());
    }
}
