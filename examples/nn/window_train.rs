//! Training of the window network of `isnad::entities::window` (used by `train_ner
//! --nn`): per-token cross-entropy over BIO tags, one sentence a step, AdaGrad, dropout
//! on the input; deterministic (a fixed seed, one thread).

use isnad::entities::features::TokInfo;
use isnad::entities::model::NTAGS;
use isnad::entities::window::{self, Net, POS, WIN};
use std::time::Instant;

#[derive(Clone, Debug)]
pub struct Settings {
    pub bits: u32,
    pub words: bool,
    pub dim: usize,
    pub hidden: usize,
    pub epochs: usize,
    pub lr: f32,
    pub drop: f32,
    pub seed: u64,
}

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn unit(&mut self) -> f32 {
        self.next() as f32 / (1u64 << 31) as f32
    }
    fn sym(&mut self, a: f32) -> f32 {
        (2.0 * self.unit() - 1.0) * a
    }
}

/// A sentence as the network sees it: the ids of each token and the gold tags.
pub struct Example {
    ids: Vec<Vec<u32>>,
    gold: Vec<u8>,
}

pub fn examples(sents: &[(Vec<TokInfo>, Vec<u8>)], s: &Settings) -> Vec<Example> {
    sents
        .iter()
        .map(|(toks, gold)| {
            let ids = toks
                .iter()
                .map(|t| {
                    let mut v = Vec::new();
                    window::token_ids(t, s.bits, s.words, &mut v);
                    v
                })
                .collect();
            Example { ids, gold: gold.clone() }
        })
        .collect()
}

/// AdaGrad step on `w` with gradient `g` and squared sums `acc`; zeroes `g`.
#[inline]
fn step(w: &mut [f32], g: &mut [f32], acc: &mut [f32], lr: f32) {
    for ((w, g), a) in w.iter_mut().zip(g.iter_mut()).zip(acc.iter_mut()) {
        if *g != 0.0 {
            *a += *g * *g;
            *w -= lr * *g / (a.sqrt() + 1e-6);
            *g = 0.0;
        }
    }
}

/// Mean log-loss and token accuracy of `net` on `dev`.
fn evaluate(net: &Net, dev: &[Example]) -> (f64, f64) {
    let (mut loss, mut right, mut n) = (0f64, 0usize, 0usize);
    let (mut x, mut h) = (Vec::new(), Vec::new());
    for e in dev {
        let vecs: Vec<Vec<f32>> = e.ids.iter().map(|ids| net.sum_of(ids)).collect();
        for (i, &g) in e.gold.iter().enumerate() {
            net.input(&vecs, i, &mut x);
            net.hidden_of(&x, &mut h);
            let lp = window::log_softmax(net.logits_of(&h));
            loss -= lp[g as usize] as f64;
            let best = (0..NTAGS).max_by(|&a, &b| lp[a].total_cmp(&lp[b])).unwrap();
            right += (best == g as usize) as usize;
            n += 1;
        }
    }
    (loss / n.max(1) as f64, right as f64 / n.max(1) as f64)
}

pub fn train(train: &[Example], dev: &[Example], s: &Settings) -> Net {
    let t0 = Instant::now();
    let mut rng = Rng(0x0dd_ba11_u64 ^ s.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    let (d, hid) = (s.dim, s.hidden);
    let n_in = POS * d;
    let rows = window::rows(s.bits);
    let mut net = Net {
        bits: s.bits,
        words: s.words,
        dim: d,
        hidden: hid,
        // Rows start at zero (the first layer's random weights break the symmetry): a row
        // no training token reaches stays zero, adds nothing at run time, and compresses.
        emb: vec![0.0; rows * d],
        w1: {
            let a = (6.0 / (n_in + hid) as f32).sqrt();
            (0..hid * n_in).map(|_| rng.sym(a)).collect()
        },
        b1: vec![0.01; hid],
        w2: {
            let a = (6.0 / (hid + NTAGS) as f32).sqrt();
            (0..NTAGS * hid).map(|_| rng.sym(a)).collect()
        },
        b2: vec![0.0; NTAGS],
    };
    let (mut g_emb, mut a_emb) = (vec![0f32; rows * d], vec![0f32; rows * d]);
    let (mut g_w1, mut a_w1) = (vec![0f32; hid * n_in], vec![0f32; hid * n_in]);
    let (mut g_b1, mut a_b1) = (vec![0f32; hid], vec![0f32; hid]);
    let (mut g_w2, mut a_w2) = (vec![0f32; NTAGS * hid], vec![0f32; NTAGS * hid]);
    let (mut g_b2, mut a_b2) = (vec![0f32; NTAGS], vec![0f32; NTAGS]);
    let mut order: Vec<usize> = (0..train.len()).collect();
    let (mut x, mut h, mut hpre) = (Vec::new(), vec![0f32; hid], vec![0f32; hid]);
    let mut mask = vec![1f32; n_in];
    let keep = 1.0 - s.drop;
    for epoch in 1..=s.epochs {
        for i in (1..order.len()).rev() {
            let j = (rng.next() as usize) % (i + 1);
            order.swap(i, j);
        }
        let mut loss = 0f64;
        let mut touched: Vec<u32> = Vec::new();
        for &k in &order {
            let e = &train[k];
            let n = e.gold.len();
            let vecs: Vec<Vec<f32>> = e.ids.iter().map(|ids| net.sum_of(ids)).collect();
            let mut dvecs = vec![vec![0f32; d]; n];
            let mut dpad = [vec![0f32; d], vec![0f32; d]];
            for i in 0..n {
                net.input(&vecs, i, &mut x);
                for (m, xv) in mask.iter_mut().zip(x.iter_mut()) {
                    *m = if s.drop > 0.0 && rng.unit() < s.drop { 0.0 } else { 1.0 / keep };
                    *xv *= *m;
                }
                for u in 0..hid {
                    let row = &net.w1[u * n_in..(u + 1) * n_in];
                    hpre[u] = row.iter().zip(&x).map(|(a, b)| a * b).sum::<f32>() + net.b1[u];
                    h[u] = hpre[u].max(0.0);
                }
                let lp = window::log_softmax(net.logits_of(&h));
                let g = e.gold[i] as usize;
                loss -= lp[g] as f64;
                let mut dz = lp.map(|v| v.exp());
                dz[g] -= 1.0;
                let mut dh = vec![0f32; hid];
                for t in 0..NTAGS {
                    g_b2[t] += dz[t];
                    let row = &net.w2[t * hid..(t + 1) * hid];
                    let grow = &mut g_w2[t * hid..(t + 1) * hid];
                    for u in 0..hid {
                        grow[u] += dz[t] * h[u];
                        dh[u] += dz[t] * row[u];
                    }
                }
                let mut dx = vec![0f32; n_in];
                for u in 0..hid {
                    if hpre[u] <= 0.0 {
                        continue;
                    }
                    let du = dh[u];
                    g_b1[u] += du;
                    let row = &net.w1[u * n_in..(u + 1) * n_in];
                    let grow = &mut g_w1[u * n_in..(u + 1) * n_in];
                    for c in 0..n_in {
                        grow[c] += du * x[c];
                        dx[c] += du * row[c];
                    }
                }
                for (c, v) in dx.iter_mut().enumerate() {
                    *v *= mask[c];
                }
                for p in 0..POS {
                    let j = i as isize + p as isize - WIN as isize;
                    let src = &dx[p * d..(p + 1) * d];
                    let dst = if j < 0 {
                        &mut dpad[0]
                    } else if j as usize >= n {
                        &mut dpad[1]
                    } else {
                        &mut dvecs[j as usize]
                    };
                    dst.iter_mut().zip(src).for_each(|(a, b)| *a += b);
                }
            }
            touched.clear();
            for (j, ids) in e.ids.iter().enumerate() {
                for &id in ids {
                    let r = &mut g_emb[id as usize * d..(id as usize + 1) * d];
                    r.iter_mut().zip(&dvecs[j]).for_each(|(a, b)| *a += b);
                    touched.push(id);
                }
            }
            for (pad, g) in [window::PAD_BEFORE, window::PAD_AFTER].into_iter().zip(&dpad) {
                let r = &mut g_emb[pad as usize * d..(pad as usize + 1) * d];
                r.iter_mut().zip(g).for_each(|(a, b)| *a += b);
                touched.push(pad);
            }
            touched.sort_unstable();
            touched.dedup();
            for &id in &touched {
                let r = id as usize * d..(id as usize + 1) * d;
                step(&mut net.emb[r.clone()], &mut g_emb[r.clone()], &mut a_emb[r], s.lr);
            }
            step(&mut net.w1, &mut g_w1, &mut a_w1, s.lr);
            step(&mut net.b1, &mut g_b1, &mut a_b1, s.lr);
            step(&mut net.w2, &mut g_w2, &mut a_w2, s.lr);
            step(&mut net.b2, &mut g_b2, &mut a_b2, s.lr);
        }
        let tokens: usize = train.iter().map(|e| e.gold.len()).sum();
        let (dl, da) = evaluate(&net, dev);
        eprintln!(
            "window net: epoch {epoch}: train loss {:.4}, dev loss {dl:.4}, dev token accuracy {:.4} ({:.1}s)",
            loss / tokens as f64,
            da,
            t0.elapsed().as_secs_f64()
        );
    }
    net
}
