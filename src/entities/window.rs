//! A small window network over what the perceptron's features know of each token
//! (word clusters, gazetteer flags, general-Arabic and letter buckets, dictionary
//! evidence, hashed letter affixes and trigrams): each token is the sum of the learned
//! vectors of its ids ([`token_ids`]), five tokens around the one tagged are joined, one
//! hidden layer (ReLU) gives a score for each BIO tag. These scores, times a weight for
//! each stage, can be added to the two perceptron stages' emission scores before
//! Viterbi decoding ([`super::Extra`]). [`Scorer`] remembers what each word gives, so
//! a repeated word costs a few hundred additions.
//!
//! Issue #14 asked whether a small neural tagger beats the perceptron within the size
//! and speed budgets: `train_ner --nn` (`examples/nn/window_train.rs`) trains it on a
//! training split and `tools/ner_nn.sh` measures the combination on held-out folds;
//! `train_ner --nn-only PATH` writes a network trained on all the training data, one
//! byte a weight, which `eval_ner --window PATH` measures on ANERcorp test and
//! `tools/ner_window_wire.patch` wires into `entities()` for the wasm benchmark. It
//! was not kept (README, Entities, gives the numbers): nothing in the library loads a
//! network.

use super::features::{fnv, TokInfo, FNV_OFFSET};
use super::gazetteer::{self, bare};
use super::model::NTAGS;
use crate::tokenize::TokenKind;

/// Tokens on each side of the one tagged.
pub const WIN: usize = 2;
/// Window positions.
pub const POS: usize = 2 * WIN + 1;

/// Rows of the exact ids before the hashed ones: clusters (fine, middle, coarse, each
/// with 0 = none) and the padding beyond the sentence.
const CLU: [u32; 3] = [1025, 257, 65];
/// The id of the position before the sentence start and after its end.
pub const PAD_BEFORE: u32 = 0;
pub const PAD_AFTER: u32 = 1;
const EXACT: u32 = 2 + CLU[0] + CLU[1] + CLU[2];

/// The hashed row of a template and a value, above the exact rows.
#[inline]
fn hashed(bits: u32, template: u8, value: &[u8]) -> u32 {
    let mut h = fnv(fnv(FNV_OFFSET, &[template, 0xfa]), value);
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    EXACT + (h >> (64 - bits)) as u32
}

/// Number of rows of a table with `bits` hashed bits.
pub fn rows(bits: u32) -> usize {
    EXACT as usize + (1usize << bits)
}

/// Pushes the ids whose vectors are summed for token `t`. `words`: also the stem itself
/// (hashed), which lets the network memorize frequent words.
pub fn token_ids(t: &TokInfo, bits: u32, words: bool, out: &mut Vec<u32>) {
    let n = |template: u8, v: u64| hashed(bits, template, &v.to_le_bytes());
    let kind = match t.kind {
        TokenKind::Word => 0u64,
        TokenKind::Latin => 1,
        TokenKind::Number => 2,
        TokenKind::Punct => 3,
        TokenKind::Symbol => 4,
    };
    out.push(n(1, kind * 16 + t.norm.chars().count().min(9) as u64));
    let mut base = 2;
    for (k, &c) in t.clu.iter().enumerate() {
        out.push(base + (c as u32).min(CLU[k] - 1));
        base += CLU[k];
    }
    let g = t.gaz.bits();
    if g == 0 {
        out.push(n(2, 99));
    }
    for bit in 0..gazetteer::FLAGS {
        if g & (1 << bit) != 0 {
            out.push(n(2, bit as u64));
        }
    }
    for (k, &v) in t.gen.iter().enumerate() {
        out.push(n(3 + k as u8, v as u64));
    }
    out.push(n(7, t.letters as u64));
    out.push(n(8, t.freq[0] as u64 * 8 + t.freq[1] as u64));
    // Training dictionary: for each type none / some / most, and how often seen.
    let total: u32 = t.dict.iter().map(|&x| x as u32).sum();
    let mut code = 0u64;
    if total > 0 {
        code = 1;
        for &x in &t.dict[1..5] {
            let level = if x == 0 { 0 } else if x as u32 * 4 / total >= 2 { 2 } else { 1 };
            code = code * 3 + level;
        }
    }
    out.push(n(9, code));
    out.push(n(10, (total.min(20) as u64) * 8 + (t.dict[0] as u32 * 4 / total.max(1)) as u64));
    let clitics = t.norm.chars().count().saturating_sub(t.stem.chars().count()) as u64;
    out.push(n(11, clitics * 2 + t.stem.starts_with("ال") as u64));
    if t.kind == TokenKind::Word || t.kind == TokenKind::Latin {
        let b = bare(&t.stem);
        let chars: Vec<(usize, char)> = b.char_indices().collect();
        let len = chars.len();
        let cut = |k: usize| if k >= len { b.len() } else { chars[k].0 };
        for k in 1..=3.min(len) {
            out.push(hashed(bits, 12 + k as u8, &b.as_bytes()[..cut(k)]));
        }
        for k in 1..=4.min(len) {
            out.push(hashed(bits, 16 + k as u8, &b.as_bytes()[cut(len - k)..]));
        }
        // Letter trigrams of the word between boundaries.
        let padded: Vec<char> = std::iter::once('^').chain(b.chars()).chain(std::iter::once('$')).collect();
        for w in padded.windows(3) {
            let mut buf = [0u8; 12];
            let mut at = 0;
            for c in w {
                at += c.encode_utf8(&mut buf[at..]).len();
            }
            out.push(hashed(bits, 21, &buf[..at]));
        }
        if words {
            out.push(hashed(bits, 22, b.as_bytes()));
        }
    }
}

/// The network's weights (float): `emb` rows × `dim`, `w1` hidden × (POS × dim),
/// `b1`, `w2` NTAGS × hidden, `b2`.
#[derive(Clone)]
pub struct Net {
    pub bits: u32,
    pub words: bool,
    pub dim: usize,
    pub hidden: usize,
    pub emb: Vec<f32>,
    pub w1: Vec<f32>,
    pub b1: Vec<f32>,
    pub w2: Vec<f32>,
    pub b2: Vec<f32>,
}

impl Net {
    /// The summed vector of each token of a sentence.
    pub fn token_vectors(&self, toks: &[TokInfo]) -> Vec<Vec<f32>> {
        let mut ids = Vec::with_capacity(48);
        toks.iter()
            .map(|t| {
                ids.clear();
                token_ids(t, self.bits, self.words, &mut ids);
                self.sum_of(&ids)
            })
            .collect()
    }

    pub fn sum_of(&self, ids: &[u32]) -> Vec<f32> {
        let d = self.dim;
        let mut v = vec![0f32; d];
        for &id in ids {
            let row = &self.emb[id as usize * d..(id as usize + 1) * d];
            v.iter_mut().zip(row).for_each(|(a, b)| *a += b);
        }
        v
    }

    /// The input of token `i`: the vectors of the window's tokens, or of the padding.
    pub fn input(&self, vecs: &[Vec<f32>], i: usize, out: &mut Vec<f32>) {
        out.clear();
        let d = self.dim;
        for p in 0..POS {
            let j = i as isize + p as isize - WIN as isize;
            if j < 0 || j as usize >= vecs.len() {
                let pad = if j < 0 { PAD_BEFORE } else { PAD_AFTER } as usize;
                out.extend_from_slice(&self.emb[pad * d..(pad + 1) * d]);
            } else {
                out.extend_from_slice(&vecs[j as usize]);
            }
        }
    }

    /// Hidden activations (ReLU) of an input.
    pub fn hidden_of(&self, x: &[f32], h: &mut Vec<f32>) {
        let n = x.len();
        h.clear();
        for k in 0..self.hidden {
            let row = &self.w1[k * n..(k + 1) * n];
            let s: f32 = row.iter().zip(x).map(|(a, b)| a * b).sum::<f32>() + self.b1[k];
            h.push(s.max(0.0));
        }
    }

    /// Tag scores (logits) of hidden activations.
    pub fn logits_of(&self, h: &[f32]) -> [f32; NTAGS] {
        let mut z = [0f32; NTAGS];
        for (t, zt) in z.iter_mut().enumerate() {
            let row = &self.w2[t * self.hidden..(t + 1) * self.hidden];
            *zt = row.iter().zip(h).map(|(a, b)| a * b).sum::<f32>() + self.b2[t];
        }
        z
    }

    /// Log-probabilities of every tag of every token of a sentence.
    pub fn log_probs(&self, toks: &[TokInfo]) -> Vec<[f32; NTAGS]> {
        let vecs = self.token_vectors(toks);
        let (mut x, mut h) = (Vec::new(), Vec::new());
        (0..toks.len())
            .map(|i| {
                self.input(&vecs, i, &mut x);
                self.hidden_of(&x, &mut h);
                log_softmax(self.logits_of(&h))
            })
            .collect()
    }

    /// Weights in bytes (f32, little-endian) after a small header.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = b"INNW".to_vec();
        out.extend_from_slice(&[1, self.bits as u8, self.words as u8, NTAGS as u8]);
        out.extend_from_slice(&(self.dim as u32).to_le_bytes());
        out.extend_from_slice(&(self.hidden as u32).to_le_bytes());
        for v in [&self.emb, &self.w1, &self.b1, &self.w2, &self.b2] {
            v.iter().for_each(|x| out.extend_from_slice(&x.to_le_bytes()));
        }
        out
    }

    pub fn from_bytes(b: &[u8]) -> Result<Net, String> {
        if b.len() < 16 || &b[..4] != b"INNW" || b[4] != 1 || b[7] as usize != NTAGS {
            return Err("not an isnad window network".into());
        }
        let (bits, words) = (b[5] as u32, b[6] != 0);
        let dim = u32::from_le_bytes([b[8], b[9], b[10], b[11]]) as usize;
        let hidden = u32::from_le_bytes([b[12], b[13], b[14], b[15]]) as usize;
        let sizes = [rows(bits) * dim, hidden * POS * dim, hidden, NTAGS * hidden, NTAGS];
        if b.len() != 16 + 4 * sizes.iter().sum::<usize>() {
            return Err("truncated window network".into());
        }
        let mut at = 16;
        let mut take = |n: usize| {
            let v: Vec<f32> = b[at..at + 4 * n].chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
            at += 4 * n;
            v
        };
        let (emb, w1, b1, w2, b2) = (take(sizes[0]), take(sizes[1]), take(sizes[2]), take(sizes[3]), take(sizes[4]));
        Ok(Net { bits, words, dim, hidden, emb, w1, b1, w2, b2 })
    }
}

/// Quantized file (`models/ner_window.bin`, little-endian): `INNQ`, version 1, hash
/// bits, words flag, tag count, dim and hidden (u32), the weights of the network's
/// scores in stage 1 and stage 2 (f32), the scales of the embedding, first and second
/// layer (f32), a bitmap of the embedding rows stored (u64 words), those rows (`dim`
/// signed bytes each), the first layer (signed bytes), its biases (f32), the second
/// layer (signed bytes), its biases (f32). Rows no training token reached are zero and
/// left out.
impl Net {
    pub fn to_int8_bytes(&self, weights: [f32; 2]) -> Vec<u8> {
        let scale = |v: &[f32]| v.iter().fold(0f32, |m, x| m.max(x.abs())).max(1e-9) / 127.0;
        let q = |v: &[f32], s: f32| -> Vec<u8> { v.iter().map(|x| (x / s).round().clamp(-127.0, 127.0) as i8 as u8).collect() };
        let (se, s1, s2) = (scale(&self.emb), scale(&self.w1), scale(&self.w2));
        let mut out = b"INNQ".to_vec();
        out.extend_from_slice(&[1, self.bits as u8, self.words as u8, NTAGS as u8]);
        out.extend_from_slice(&(self.dim as u32).to_le_bytes());
        out.extend_from_slice(&(self.hidden as u32).to_le_bytes());
        for x in [weights[0], weights[1], se, s1, s2] {
            out.extend_from_slice(&x.to_le_bytes());
        }
        let n = rows(self.bits);
        let qe = q(&self.emb, se);
        let mut bitmap = vec![0u64; n.div_ceil(64)];
        let mut kept = Vec::new();
        for r in 0..n {
            let row = &qe[r * self.dim..(r + 1) * self.dim];
            if row.iter().any(|&x| x != 0) {
                bitmap[r / 64] |= 1 << (r % 64);
                kept.extend_from_slice(row);
            }
        }
        bitmap.iter().for_each(|w| out.extend_from_slice(&w.to_le_bytes()));
        out.extend_from_slice(&kept);
        out.extend_from_slice(&q(&self.w1, s1));
        self.b1.iter().for_each(|x| out.extend_from_slice(&x.to_le_bytes()));
        out.extend_from_slice(&q(&self.w2, s2));
        self.b2.iter().for_each(|x| out.extend_from_slice(&x.to_le_bytes()));
        out
    }

    /// The network of a quantized file (weights back to f32) and the weights of its
    /// scores in the two stages.
    pub fn from_int8_bytes(b: &[u8]) -> Result<(Net, [f32; 2]), String> {
        let bad = || "not a quantized isnad window network".to_string();
        if b.len() < 36 || &b[..4] != b"INNQ" || b[4] != 1 || b[7] as usize != NTAGS || !(4..=24).contains(&b[5]) {
            return Err(bad());
        }
        let (bits, words) = (b[5] as u32, b[6] != 0);
        let u32_at = |i: usize| u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let f32_at = |i: usize| f32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
        let (dim, hidden) = (u32_at(8) as usize, u32_at(12) as usize);
        if dim == 0 || dim > 256 || hidden == 0 || hidden > 1024 {
            return Err(bad());
        }
        let weights = [f32_at(16), f32_at(20)];
        let (se, s1, s2) = (f32_at(24), f32_at(28), f32_at(32));
        let n = rows(bits);
        let words_n = n.div_ceil(64);
        let mut at = 36;
        let need = |at: usize, k: usize| if b.len() < at + k { Err("truncated window network".to_string()) } else { Ok(()) };
        need(at, words_n * 8)?;
        let bitmap: Vec<u64> = b[at..at + words_n * 8].chunks_exact(8).map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]])).collect();
        at += words_n * 8;
        let stored = bitmap.iter().map(|w| w.count_ones() as usize).sum::<usize>();
        need(at, stored * dim)?;
        let mut emb = vec![0f32; n * dim];
        let mut k = 0;
        for r in 0..n {
            if bitmap[r / 64] & (1 << (r % 64)) != 0 {
                for c in 0..dim {
                    emb[r * dim + c] = b[at + k * dim + c] as i8 as f32 * se;
                }
                k += 1;
            }
        }
        at += stored * dim;
        let n_in = POS * dim;
        let sizes = hidden * n_in + 4 * hidden + NTAGS * hidden + 4 * NTAGS;
        if b.len() != at + sizes {
            return Err("truncated window network".into());
        }
        let deq = |v: &[u8], s: f32| -> Vec<f32> { v.iter().map(|&x| x as i8 as f32 * s).collect() };
        let f32s = |v: &[u8]| -> Vec<f32> { v.chunks_exact(4).map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect() };
        let w1 = deq(&b[at..at + hidden * n_in], s1);
        at += hidden * n_in;
        let b1 = f32s(&b[at..at + 4 * hidden]);
        at += 4 * hidden;
        let w2 = deq(&b[at..at + NTAGS * hidden], s2);
        at += NTAGS * hidden;
        let b2 = f32s(&b[at..at + 4 * NTAGS]);
        Ok((Net { bits, words, dim, hidden, emb, w1, b1, w2, b2 }, weights))
    }
}

/// Scores sentence after sentence with what each word gives remembered: a word's ids,
/// the sum of their vectors and that sum through the first layer at each window
/// position depend on the token alone ([`super::features::signature`]), so a repeated
/// word costs the hidden layer's sum of five remembered columns and the output layer.
pub struct Scorer<'a> {
    net: &'a Net,
    /// The first layer transposed: for each input (position × dim) its `hidden`
    /// weights side by side, so that a token's projection adds whole rows.
    w1t: Vec<f32>,
    memo: super::gazetteer::FastMap<u64, usize>,
    /// For each remembered token (and the two paddings first), `POS × hidden` values.
    proj: Vec<f32>,
    ids: Vec<u32>,
}

impl<'a> Scorer<'a> {
    pub fn new(net: &'a Net) -> Scorer<'a> {
        let (h, n_in) = (net.hidden, POS * net.dim);
        let mut w1t = vec![0f32; n_in * h];
        for u in 0..h {
            for c in 0..n_in {
                w1t[c * h + u] = net.w1[u * n_in + c];
            }
        }
        let mut s = Scorer { net, w1t, memo: Default::default(), proj: Vec::new(), ids: Vec::new() };
        for pad in [PAD_BEFORE, PAD_AFTER] {
            let d = net.dim;
            let v = net.emb[pad as usize * d..(pad as usize + 1) * d].to_vec();
            s.push_projection(&v);
        }
        s
    }

    fn push_projection(&mut self, v: &[f32]) {
        let (d, h) = (self.net.dim, self.net.hidden);
        let at = self.proj.len();
        self.proj.resize(at + POS * h, 0.0);
        for p in 0..POS {
            let out = &mut self.proj[at + p * h..at + (p + 1) * h];
            for (c, &x) in v.iter().enumerate() {
                if x != 0.0 {
                    let col = &self.w1t[(p * d + c) * h..(p * d + c + 1) * h];
                    out.iter_mut().zip(col).for_each(|(a, b)| *a += x * b);
                }
            }
        }
    }

    /// Log-probabilities of every tag of every token of a sentence (as
    /// [`Net::log_probs`], summed in another order).
    pub fn log_probs(&mut self, toks: &[TokInfo]) -> Vec<[f32; NTAGS]> {
        self.logits(toks).into_iter().map(log_softmax).collect()
    }

    /// The tag scores before normalization: log-probabilities plus one number per
    /// token, which changes neither the best tag sequence nor any tag's margin over O,
    /// so the tagger adds these and saves the exponentials.
    pub fn logits(&mut self, toks: &[TokInfo]) -> Vec<[f32; NTAGS]> {
        let h = self.net.hidden;
        let at: Vec<usize> = toks
            .iter()
            .map(|t| {
                let sig = super::features::signature(t);
                if let Some(&k) = self.memo.get(&sig) {
                    return k;
                }
                self.ids.clear();
                token_ids(t, self.net.bits, self.net.words, &mut self.ids);
                let v = self.net.sum_of(&self.ids);
                let k = self.proj.len() / (POS * h);
                self.push_projection(&v);
                self.memo.insert(sig, k);
                k
            })
            .collect();
        let mut hid = vec![0f32; h];
        (0..toks.len())
            .map(|i| {
                hid.copy_from_slice(&self.net.b1);
                for p in 0..POS {
                    let j = i as isize + p as isize - WIN as isize;
                    let k = if j < 0 { 0 } else if j as usize >= toks.len() { 1 } else { at[j as usize] };
                    let col = &self.proj[(k * POS + p) * h..(k * POS + p + 1) * h];
                    hid.iter_mut().zip(col).for_each(|(a, b)| *a += b);
                }
                hid.iter_mut().for_each(|x| *x = x.max(0.0));
                self.net.logits_of(&hid)
            })
            .collect()
    }
}

pub fn log_softmax(z: [f32; NTAGS]) -> [f32; NTAGS] {
    let m = z.iter().fold(f32::NEG_INFINITY, |a, &b| a.max(b));
    let s: f32 = z.iter().map(|&x| (x - m).exp()).sum::<f32>().ln() + m;
    z.map(|x| x - s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Options;
    use crate::tokenize::tokenize;

    fn net() -> Net {
        let (bits, dim, hidden) = (8, 4, 3);
        let mut k = 0u32;
        let mut next = || {
            k = k.wrapping_mul(1103515245).wrapping_add(12345);
            (k >> 16) as f32 / 65536.0 - 0.5
        };
        let emb = (0..rows(bits) * dim).map(|_| next()).collect();
        let w1 = (0..hidden * POS * dim).map(|_| next()).collect();
        let w2 = (0..NTAGS * hidden).map(|_| next()).collect();
        Net { bits, words: true, dim, hidden, emb, w1, b1: vec![0.1; hidden], w2, b2: vec![0.0; NTAGS] }
    }

    #[test]
    fn ids_stay_inside_the_table_and_bytes_round_trip() {
        let toks: Vec<TokInfo> = tokenize("قال الرئيس فلاديمير بوتين في موسكو، 12 CNN.", &Options::SEARCH).iter().map(TokInfo::from_token).collect();
        let mut ids = Vec::new();
        for t in &toks {
            token_ids(t, 8, true, &mut ids);
        }
        assert!(ids.iter().all(|&i| (i as usize) < rows(8)));
        let n = net();
        let lp = n.log_probs(&toks);
        assert_eq!(lp.len(), toks.len());
        for row in &lp {
            let total: f32 = row.iter().map(|x| x.exp()).sum();
            assert!((total - 1.0).abs() < 1e-4);
        }
        let back = Net::from_bytes(&n.to_bytes()).unwrap();
        assert_eq!(back.log_probs(&toks), lp);
        assert!(Net::from_bytes(&n.to_bytes()[..40]).is_err());
        // The remembering scorer gives the same scores.
        let mut sc = Scorer::new(&n);
        for (a, b) in sc.log_probs(&toks).iter().zip(&lp) {
            assert!(a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-4), "{a:?} {b:?}");
        }
        // One byte a weight: close to the float network, and its weights kept.
        let (q, w) = Net::from_int8_bytes(&n.to_int8_bytes([3.0, 4.0])).unwrap();
        assert_eq!(w, [3.0, 4.0]);
        for (a, b) in q.log_probs(&toks).iter().zip(&lp) {
            assert!(a.iter().zip(b).all(|(x, y)| (x - y).abs() < 0.05), "{a:?} {b:?}");
        }
        let bytes = n.to_int8_bytes([1.0, 1.0]);
        assert!(Net::from_bytes(&bytes).is_err() && Net::from_int8_bytes(&n.to_bytes()).is_err());
        for cut in [0, 10, 40, bytes.len() - 1] {
            assert!(Net::from_int8_bytes(&bytes[..cut]).is_err());
        }
    }
}
