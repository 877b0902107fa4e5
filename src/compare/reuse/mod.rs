//! Text reuse across a whole corpus: which documents share passages, and where.
//!
//! Comparing every pair is quadratic; this finds candidate pairs first and aligns only
//! those:
//!
//! 1. **Signatures** ([`minhash`]): each document's LSH band keys, from MinHash over
//!    windows of shingles of match keys. An [`Index`] keeps, per document, only its
//!    id and its band keys packed with its number (8 bytes a key: about `bands` keys
//!    per `stride` content words), never its text.
//! 2. **Candidates** ([`Index::candidates`]): the packed keys sorted, documents sharing
//!    a key paired. A key shared by more than `max_bucket` documents is boilerplate
//!    (templates, stock phrases) and pairs nobody. Sorting is the only step above
//!    linear (n log n in the number of keys).
//! 3. **Alignment** ([`align`]): the two-text passage finder ([`super::passages_with`])
//!    on candidate pairs only, texts fetched from a [`Spool`] (a temporary file the
//!    texts were streamed to) a batch of pairs at a time.
//!
//! Memory is bounded by the signatures (ids plus 8 bytes × band keys), the candidate
//! list and one batch of texts ([`SIGN_BATCH`] documents while signing, the texts of
//! [`batch_len`] pairs while aligning); the corpus itself stays on disk. Signing and
//! alignment run on several threads, with the same results as on one.

pub mod minhash;
mod spool;

use serde::{Deserialize, Serialize};

use super::{PassageKind, PassageParams};
use crate::offsets::{convert_pair, PairSpans, Unit};

pub use minhash::band_keys;
pub use spool::Spool;

/// Options of corpus reuse (snake_case names in JSON and Python keyword arguments;
/// unknown names are rejected).
#[derive(Clone, Copy, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ReuseOptions {
    /// Content words per shingle.
    pub shingle: usize,
    /// Shingles per MinHash window.
    pub window: usize,
    /// Shingles between window starts; `window` must be a multiple of it.
    pub stride: usize,
    /// LSH bands per window.
    pub bands: usize,
    /// MinHash values per band.
    pub rows: usize,
    /// A band key shared by more documents than this pairs none of them (boilerplate).
    pub max_bucket: usize,
    /// Passages scored below this (see [`super::Passage::score`]) are left out. Higher
    /// than the two-text default (0.4): across thousands of long articles on related
    /// topics, chance matches scored as paraphrase outnumber real reuse. On the planted
    /// arwiki corpus of `benches/reuse.py --sizes 3000` (add `--options
    /// '{"min_score":0.4}'` to compare), 0.4 lets precision fall below 0.9; 0.5 keeps it
    /// above while copies with one word in ten edited still pass (some score under 0.6).
    /// Set 0.4 to see rewrites too.
    pub min_score: f64,
}

impl Default for ReuseOptions {
    fn default() -> Self {
        ReuseOptions { shingle: 3, window: 32, stride: 16, bands: 24, rows: 3, max_bucket: 64, min_score: 0.5 }
    }
}

impl ReuseOptions {
    /// Checks the options, saying which is out of range.
    pub fn check(&self) -> Result<(), ReuseError> {
        let bad = |m: String| Err(ReuseError::Options(m));
        if !(1..=8).contains(&self.shingle) {
            return bad(format!("shingle must be between 1 and 8, got {}", self.shingle));
        }
        if self.stride == 0 || self.window == 0 || self.window % self.stride != 0 {
            return bad(format!(
                "window must be a positive multiple of stride, got window {} and stride {}",
                self.window, self.stride
            ));
        }
        if !(1..=256).contains(&self.bands) || !(1..=32).contains(&self.rows) {
            return bad(format!(
                "bands must be between 1 and 256 and rows between 1 and 32, got bands {} and rows {}",
                self.bands, self.rows
            ));
        }
        if self.max_bucket < 2 {
            return bad(format!("max_bucket must be at least 2, got {}", self.max_bucket));
        }
        if !(0.0..=1.0).contains(&self.min_score) {
            return bad(format!("min_score must be between 0 and 1, got {}", self.min_score));
        }
        Ok(())
    }

    /// Options from a JSON object, with the serde message trimmed of its position.
    pub fn from_json(json: &str) -> Result<ReuseOptions, ReuseError> {
        let o: ReuseOptions = serde_json::from_str(json).map_err(|e| {
            let m = e.to_string();
            ReuseError::Options(m.split(" at line ").next().unwrap_or(&m).to_string())
        })?;
        o.check()?;
        Ok(o)
    }
}

/// Bad input or a failing temporary file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReuseError {
    /// An empty id.
    EmptyId { index: usize },
    /// An id given twice.
    DuplicateId { id: String, first: usize, again: usize },
    /// Too many documents for the packed keys.
    TooMany,
    /// An option out of range, or unknown.
    Options(String),
    /// The temporary file of texts.
    Io(String),
}

impl std::fmt::Display for ReuseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReuseError::EmptyId { index } => write!(f, "document {index} has an empty id"),
            ReuseError::DuplicateId { id, first, again } => {
                write!(f, "documents {first} and {again} have the same id {id:?}; ids must be unique")
            }
            ReuseError::TooMany => write!(f, "at most {MAX_DOCS} documents per run"),
            ReuseError::Options(m) => write!(f, "invalid reuse options: {m}"),
            ReuseError::Io(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for ReuseError {}

/// Documents one index holds: their number takes the low 24 bits of a packed key.
pub const MAX_DOCS: usize = 1 << DOC_BITS;
const DOC_BITS: u32 = 24;

/// The signatures of a corpus, document by document.
#[derive(Default)]
pub struct Index {
    options: ReuseOptions,
    ids: Vec<String>,
    seen: std::collections::HashMap<String, u32>,
    /// Band key (top 40 bits) | document number (low 24 bits).
    packed: Vec<u64>,
}

impl Index {
    pub fn new(options: ReuseOptions) -> Result<Index, ReuseError> {
        options.check()?;
        Ok(Index { options, ..Index::default() })
    }

    pub fn options(&self) -> &ReuseOptions {
        &self.options
    }

    /// Number of documents added.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// The id of document `doc`.
    pub fn id(&self, doc: u32) -> &str {
        &self.ids[doc as usize]
    }

    /// Checks `id` and gives the next document's number, without signing anything.
    pub fn register(&mut self, id: &str) -> Result<u32, ReuseError> {
        let n = self.ids.len();
        if id.is_empty() {
            return Err(ReuseError::EmptyId { index: n });
        }
        if n >= MAX_DOCS {
            return Err(ReuseError::TooMany);
        }
        if let Some(&first) = self.seen.get(id) {
            return Err(ReuseError::DuplicateId { id: id.to_string(), first: first as usize, again: n });
        }
        self.seen.insert(id.to_string(), n as u32);
        self.ids.push(id.to_string());
        Ok(n as u32)
    }

    /// Adds band keys computed elsewhere ([`band_keys`]) for document `doc`.
    pub fn add_keys(&mut self, doc: u32, keys: &[u64]) {
        let mask = !((1u64 << DOC_BITS) - 1);
        self.packed.extend(keys.iter().map(|k| (k & mask) | doc as u64));
    }

    /// Adds a document: its id and the band keys of its text.
    pub fn add(&mut self, id: &str, text: &str) -> Result<u32, ReuseError> {
        let doc = self.register(id)?;
        let keys = band_keys(text, &self.options);
        self.add_keys(doc, &keys);
        Ok(doc)
    }

    /// Candidate pairs `(a, b)`, `a < b` (document numbers), sorted, each once.
    pub fn candidates(&mut self) -> Vec<(u32, u32)> {
        candidate_pairs(&mut self.packed, self.options.max_bucket)
    }
}

/// Pairs of documents sharing a band key (keys of more than `max_bucket` documents
/// skipped), from packed keys (sorted in place).
fn candidate_pairs(packed: &mut [u64], max_bucket: usize) -> Vec<(u32, u32)> {
    packed.sort_unstable();
    let doc_mask = (1u64 << DOC_BITS) - 1;
    let mut pairs: Vec<u64> = Vec::new();
    let mut docs: Vec<u32> = Vec::new();
    for group in packed.chunk_by(|x, y| x >> DOC_BITS == y >> DOC_BITS) {
        if group.len() < 2 {
            continue;
        }
        docs.clear();
        docs.extend(group.iter().map(|x| (x & doc_mask) as u32));
        docs.dedup();
        if docs.len() < 2 || docs.len() > max_bucket {
            continue;
        }
        for (i, &a) in docs.iter().enumerate() {
            for &b in &docs[i + 1..] {
                pairs.push((a as u64) << 32 | b as u64);
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs.into_iter().map(|p| ((p >> 32) as u32, p as u32)).collect()
}

/// One passage shared by two documents; offsets in the unit [`align`] was given.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reused {
    /// Id of the earlier document (in input order).
    pub a: String,
    pub b: String,
    pub a_start: usize,
    pub a_end: usize,
    pub b_start: usize,
    pub b_end: usize,
    pub score: f64,
    pub kind: PassageKind,
}

/// The passages of one candidate pair, offsets converted to `unit`.
pub fn align_pair(a_id: &str, a: &str, b_id: &str, b: &str, options: &ReuseOptions, unit: Unit) -> Vec<Reused> {
    let found = super::passages_with(a, b, &PassageParams::default());
    let mut out: Vec<Reused> = found
        .into_iter()
        .filter(|p| p.score >= options.min_score)
        .map(|p| Reused {
            a: a_id.to_string(),
            b: b_id.to_string(),
            a_start: p.a.start,
            a_end: p.a.end,
            b_start: p.b.start,
            b_end: p.b.end,
            score: (p.score * 1000.0).round() / 1000.0,
            kind: p.kind,
        })
        .collect();
    convert_pair(&mut out, a, b, unit);
    out
}

impl PairSpans for Reused {
    fn map_pair_spans(&mut self, fa: &mut dyn FnMut(usize) -> usize, fb: &mut dyn FnMut(usize) -> usize) {
        (self.a_start, self.a_end) = (fa(self.a_start), fa(self.a_end));
        (self.b_start, self.b_end) = (fb(self.b_start), fb(self.b_end));
    }
}

/// Threads to use when the caller does not say: every core the system offers (one in
/// WebAssembly, which has no threads).
pub fn default_threads() -> usize {
    if cfg!(target_arch = "wasm32") {
        1
    } else {
        std::thread::available_parallelism().map_or(1, |n| n.get())
    }
}

/// `f` of every item on up to `threads` scoped threads, results in the items' order.
fn par_map<T: Sync, R: Send>(items: &[T], threads: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    if threads <= 1 || items.len() < 2 || cfg!(target_arch = "wasm32") {
        return items.iter().map(f).collect();
    }
    let chunk = items.len().div_ceil(threads);
    std::thread::scope(|s| {
        let f = &f;
        let handles: Vec<_> = items.chunks(chunk).map(|c| s.spawn(move || c.iter().map(f).collect::<Vec<R>>())).collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    })
}

impl Index {
    /// Signs a batch of registered documents (`(number, text)`) on up to `threads`
    /// threads: callers read a batch, sign it, read the next.
    pub fn sign_batch(&mut self, batch: &[(u32, String)], threads: usize) {
        let o = self.options;
        let keys = par_map(batch, threads, |(_, text)| band_keys(text, &o));
        for ((doc, _), k) in batch.iter().zip(keys) {
            self.add_keys(*doc, &k);
        }
    }
}

/// Candidate pairs aligned per batch: enough to keep every thread busy, few enough
/// that their texts are a small part of memory.
const PAIRS_PER_THREAD: usize = 16;

/// Aligns a batch of candidate pairs on up to `threads` threads, texts read from
/// `texts` (each once per batch); passages in the order of the pairs, each with the
/// pair's document numbers.
pub fn align_batch(
    index: &Index,
    pairs: &[(u32, u32)],
    texts: &mut Spool,
    unit: Unit,
    threads: usize,
) -> Result<Vec<(u32, u32, Reused)>, ReuseError> {
    let mut docs: Vec<u32> = pairs.iter().flat_map(|&(a, b)| [a, b]).collect();
    docs.sort_unstable();
    docs.dedup();
    let mut loaded: std::collections::HashMap<u32, String> = std::collections::HashMap::with_capacity(docs.len());
    for d in docs {
        loaded.insert(d, texts.get(d)?);
    }
    let found = par_map(pairs, threads, |&(a, b)| {
        align_pair(index.id(a), &loaded[&a], index.id(b), &loaded[&b], &index.options, unit)
    });
    Ok(pairs.iter().zip(found).flat_map(|(&(a, b), rs)| rs.into_iter().map(move |r| (a, b, r))).collect())
}

/// How many pairs [`align_batch`] should take at once for `threads` threads.
pub fn batch_len(threads: usize) -> usize {
    PAIRS_PER_THREAD * threads.max(1)
}

/// Aligns every candidate pair, texts read from `texts`, passages handed to `emit` in
/// the order of the pairs.
pub fn align(
    index: &Index,
    pairs: &[(u32, u32)],
    texts: &mut Spool,
    unit: Unit,
    threads: usize,
    mut emit: impl FnMut(Reused) -> Result<(), ReuseError>,
) -> Result<(), ReuseError> {
    for batch in pairs.chunks(batch_len(threads)) {
        for (_, _, r) in align_batch(index, batch, texts, unit, threads)? {
            emit(r)?;
        }
    }
    Ok(())
}

/// Streams `docs` into an index and a spool, then aligns the candidates: the whole
/// pipeline for one machine, on up to `threads` threads.
pub fn reuse<'d>(
    docs: impl IntoIterator<Item = (&'d str, &'d str)>,
    options: ReuseOptions,
    unit: Unit,
    threads: usize,
    emit: impl FnMut(Reused) -> Result<(), ReuseError>,
) -> Result<(), ReuseError> {
    let mut index = Index::new(options)?;
    let mut spool = Spool::new()?;
    let mut batch: Vec<(u32, String)> = Vec::new();
    for (id, text) in docs {
        let doc = index.register(id)?;
        spool.push(text)?;
        batch.push((doc, text.to_string()));
        if batch.len() >= SIGN_BATCH {
            index.sign_batch(&batch, threads);
            batch.clear();
        }
    }
    index.sign_batch(&batch, threads);
    let pairs = index.candidates();
    align(&index, &pairs, &mut spool, unit, threads, emit)
}

/// Documents signed at once: a few hundred texts in memory at most.
pub const SIGN_BATCH: usize = 256;

#[cfg(test)]
mod tests;
