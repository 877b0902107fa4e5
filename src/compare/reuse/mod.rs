//! Text reuse across a whole corpus: which documents share passages, and where.
//!
//! Comparing every pair is quadratic; this finds candidate pairs first and aligns only
//! the regions of those pairs that share text, as passim does:
//!
//! 1. **Fingerprints** ([`shingles`]): each document's distinct shingles of
//!    content-word match keys, hashed, with their positions. An [`Index`] keeps, per
//!    document, its id and its marks in memory and its fingerprints in a temporary
//!    file, never its text; Bloom filters note which shingles come again.
//! 2. **Candidates** ([`Index::candidates`]): the fingerprints sorted, documents
//!    sharing one paired at both positions. A shingle of more than `max_df` documents
//!    is boilerplate (templates, stock phrases) and pairs nobody, which bounds the work
//!    per shingle: sorting is the only step above linear (n log n). The matches of a
//!    pair are clustered where they lie close in both documents ([`regions`]); a
//!    cluster becomes a region to align when `min_shared` of its matches are of
//!    shingles no third document has, or when it is long ([`LONG`] matches) and its
//!    evidence reaches `min_shared`, each match counting `2 / df` (df the documents
//!    that have the shingle): a short line several documents carry (a masthead, a
//!    copyright, a disclaimer) pairs none of them, a line many documents carry counts
//!    little however long, and a story several outlets republish still pairs them.
//!    Numbers, months and weekdays are not fingerprinted: a date line is no reuse.
//! 3. **Alignment** ([`align_regions`]): the two-text passage finder
//!    ([`super::passages_with`]) on each region and [`MARGIN`] content words around
//!    it, never on whole texts: the cost of a candidate is bounded by what it shares,
//!    not by the length of the two documents. Texts come from a [`Spool`] (a
//!    temporary file the texts were streamed to) a batch of pairs at a time.
//!
//! Memory is bounded by the ids, two Bloom filters (16 MiB), 16 bytes per content
//! word whose shingle comes again, the matches of shingles shared by 2 to `max_df`
//! documents, and one batch of texts
//! ([`SIGN_BATCH`] documents while fingerprinting, the texts of [`batch_len`] pairs
//! while aligning); the corpus itself stays on disk. Fingerprinting and alignment run
//! on several threads, with the same results as on one.

pub mod shingles;
mod spool;

use serde::{Deserialize, Serialize};

use super::{PassageKind, PassageParams};
use crate::offsets::{convert_pair, PairSpans, Unit};

pub use shingles::{cut, fingerprints, marks, sign, Signed};
pub use spool::Spool;

/// Options of corpus reuse (snake_case names in JSON and Python keyword arguments;
/// unknown names are rejected).
#[derive(Clone, Copy, Debug, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, default)]
pub struct ReuseOptions {
    /// Content words per shingle.
    pub shingle: usize,
    /// A shingle of more documents than this pairs none of them (boilerplate); it
    /// also bounds the pairs one shingle gives (`max_df²/2`).
    pub max_df: usize,
    /// Evidence a cluster of matches needs to be aligned: matches of shingles only
    /// these two documents have, or in a long cluster ([`LONG`]) the sum of `2 / df`
    /// over its matches (df the documents that have the shingle).
    pub min_shared: usize,
    /// Passages scored below this (see [`super::Passage::score`]) are left out. Higher
    /// than the two-text default (0.4): across thousands of long articles on related
    /// topics, chance matches scored as paraphrase outnumber real reuse; copies with
    /// one word in ten edited still pass (some score under 0.6). Set 0.4 to see
    /// rewrites too.
    pub min_score: f64,
}

impl Default for ReuseOptions {
    fn default() -> Self {
        ReuseOptions { shingle: 3, max_df: 64, min_shared: 3, min_score: 0.5 }
    }
}

impl ReuseOptions {
    /// Checks the options, saying which is out of range.
    pub fn check(&self) -> Result<(), ReuseError> {
        let bad = |m: String| Err(ReuseError::Options(m));
        if !(1..=8).contains(&self.shingle) {
            return bad(format!("shingle must be between 1 and 8, got {}", self.shingle));
        }
        if !(2..=10_000).contains(&self.max_df) {
            return bad(format!("max_df must be between 2 and 10000, got {}", self.max_df));
        }
        if !(1..=100).contains(&self.min_shared) {
            return bad(format!("min_shared must be between 1 and 100, got {}", self.min_shared));
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

/// The fingerprints of a corpus, document by document.
///
/// Most shingles of a corpus are in one document only and can pair nothing, so the
/// fingerprints go to a temporary file as they come, and two Bloom filters note which
/// shingles were seen once and which again; [`Index::candidates`] reads the file back
/// and keeps in memory only the shingles seen again (and the few the filters mistake
/// for them, dropped when counted).
pub struct Index {
    options: ReuseOptions,
    ids: Vec<String>,
    seen: std::collections::HashMap<String, u32>,
    /// Each document's number and fingerprints (key, position), 12 bytes each.
    prints: Spool,
    /// Bloom filters of the shingle keys seen once, and seen again.
    once: Vec<u64>,
    again: Vec<u64>,
    /// The marks of each document ([`Signed::marks`]), where its regions are cut.
    marks: Vec<Box<[u32]>>,
}

/// Bits of each Bloom filter (8 MiB): about 1% of the shingles of ten million words
/// kept by mistake, and no mistake changes a result.
const BLOOM_BITS: usize = 1 << 26;

/// The three bit positions of a key in a Bloom filter.
fn bloom_bits(key: u64) -> [usize; 3] {
    let h = shingles::mix(key ^ 0x5151_5151_5151_5151);
    let m = BLOOM_BITS as u64 - 1;
    [(h & m) as usize, ((h >> 21) & m) as usize, ((h >> 42) & m) as usize]
}

fn bloom_has(bits: &[u64], key: u64) -> bool {
    bloom_bits(key).iter().all(|&b| bits[b / 64] & (1 << (b % 64)) != 0)
}

fn bloom_add(bits: &mut [u64], key: u64) {
    for b in bloom_bits(key) {
        bits[b / 64] |= 1 << (b % 64);
    }
}

/// The part of a shingle's hash the index keeps (the top 40 bits), as
/// [`Index::candidates`] and Spark group on it.
pub fn shingle_key(hash: u64) -> u64 {
    hash >> DOC_BITS
}

impl Index {
    pub fn new(options: ReuseOptions) -> Result<Index, ReuseError> {
        options.check()?;
        Ok(Index {
            options,
            ids: Vec::new(),
            seen: Default::default(),
            prints: Spool::new()?,
            // Zeroed allocations: the system maps pages only as bits are set.
            once: vec![0; BLOOM_BITS / 64],
            again: vec![0; BLOOM_BITS / 64],
            marks: Vec::new(),
        })
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

    /// Checks `id` and gives the next document's number, without fingerprinting.
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

    /// Adds what [`sign`] gave for document `doc`.
    pub fn add_signed(&mut self, doc: u32, signed: Signed) -> Result<(), ReuseError> {
        let mut bytes = Vec::with_capacity(4 + 12 * signed.prints.len());
        bytes.extend_from_slice(&doc.to_le_bytes());
        for &(h, p) in &signed.prints {
            let key = shingle_key(h);
            if bloom_has(&self.once, key) {
                bloom_add(&mut self.again, key);
            } else {
                bloom_add(&mut self.once, key);
            }
            bytes.extend_from_slice(&key.to_le_bytes());
            bytes.extend_from_slice(&p.to_le_bytes());
        }
        self.prints.push_bytes(&bytes)?;
        let at = doc as usize;
        if self.marks.len() <= at {
            self.marks.resize_with(at + 1, Default::default);
        }
        self.marks[at] = signed.marks.into_boxed_slice();
        Ok(())
    }

    /// The marks of document `doc`.
    pub fn marks(&self, doc: u32) -> &[u32] {
        self.marks.get(doc as usize).map_or(&[], |m| m)
    }

    /// Adds a document: its id and the fingerprints of its text.
    pub fn add(&mut self, id: &str, text: &str) -> Result<u32, ReuseError> {
        let doc = self.register(id)?;
        let signed = sign(text, self.options.shingle);
        self.add_signed(doc, signed)?;
        Ok(doc)
    }

    /// Candidate pairs with their regions to align, sorted by `(a, b)`, `a < b`
    /// (document numbers): the fingerprints of shingles seen more than once read back.
    pub fn candidates(&mut self) -> Result<Vec<Candidate>, ReuseError> {
        // (shingle key (top 40 bits) | document number (low 24 bits), position)
        let mut postings: Vec<(u64, u32)> = Vec::new();
        for n in 0..self.prints.len() as u32 {
            let bytes = self.prints.get_bytes(n)?;
            let doc = u32::from_le_bytes(bytes[..4].try_into().expect("4 bytes"));
            for item in bytes[4..].chunks_exact(12) {
                let key = u64::from_le_bytes(item[..8].try_into().expect("8 bytes"));
                if bloom_has(&self.again, key) {
                    postings.push((key << DOC_BITS | doc as u64, u32::from_le_bytes(item[8..].try_into().expect("4 bytes"))));
                }
            }
        }
        Ok(candidates(&mut postings, &self.options))
    }
}

/// Matches a cluster needs before shingles of more than two documents count in its
/// evidence: some eighteen content words, a long sentence. A line that a few
/// documents carry (a masthead, a disclaimer, and the date line after it) is shorter;
/// a story several outlets republish is longer.
pub const LONG: usize = 16;

/// Content words between two matches of one cluster, in either document (an edited
/// word breaks `shingle` shingles; a few edits in a row break more).
pub const GAP: u32 = 16;

/// Content words aligned on each side of a region: enough for the passage finder to
/// reach the ends of the sentences the region cuts.
pub const MARGIN: u32 = 24;

/// One shingle two documents share: its positions in each, and how many documents
/// have it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Match {
    pub a: u32,
    pub b: u32,
    pub df: u32,
}

/// Where two documents share text, in content words: `[a.0, a.1)` of the first and
/// `[b.0, b.1)` of the second.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Region {
    pub a: (u32, u32),
    pub b: (u32, u32),
}

/// A candidate pair: documents `a < b` and the regions of theirs to align.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub a: u32,
    pub b: u32,
    pub regions: Vec<Region>,
}

/// The regions of a pair from the shingles it shares: matches clustered where they lie
/// within [`GAP`] content words of each other in both documents; clusters kept when
/// `min_shared` of their matches are of shingles only the two documents have, or when
/// they hold [`LONG`] matches whose evidence (each `2 / df`) reaches `min_shared`;
/// regions whose margins overlap in both
/// documents merged. Sorted; the same whatever the order of `matches`.
pub fn regions(matches: &mut [Match], o: &ReuseOptions) -> Vec<Region> {
    matches.sort_unstable();
    struct Cluster {
        region: Region,
        last: (u32, u32),
        n: usize,
        rare: usize,
        evidence: f64,
    }
    let span = o.shingle as u32;
    let mut open: Vec<Cluster> = Vec::new();
    let mut done: Vec<Cluster> = Vec::new();
    for m in matches.iter() {
        // Clusters that can take no later match are done.
        let (keep, closed): (Vec<Cluster>, Vec<Cluster>) = open.drain(..).partition(|c| m.a - c.last.0 <= GAP);
        open = keep;
        done.extend(closed);
        let near = open.iter_mut().rev().find(|c| m.b.abs_diff(c.last.1) <= GAP);
        match near {
            Some(c) => {
                c.region.a.1 = c.region.a.1.max(m.a + span);
                c.region.b.0 = c.region.b.0.min(m.b);
                c.region.b.1 = c.region.b.1.max(m.b + span);
                c.last = (m.a, m.b);
                c.n += 1;
                c.rare += (m.df <= 2) as usize;
                c.evidence += 2.0 / m.df.max(2) as f64;
            }
            None => open.push(Cluster {
                region: Region { a: (m.a, m.a + span), b: (m.b, m.b + span) },
                last: (m.a, m.b),
                n: 1,
                rare: (m.df <= 2) as usize,
                evidence: 2.0 / m.df.max(2) as f64,
            }),
        }
    }
    done.extend(open);
    let enough = |c: &Cluster| {
        c.rare >= o.min_shared || (c.n >= LONG && c.evidence >= o.min_shared as f64 - 1e-9)
    };
    let mut kept: Vec<Region> = done.into_iter().filter(enough).map(|c| c.region).collect();
    kept.sort_unstable();
    let mut out: Vec<Region> = Vec::with_capacity(kept.len());
    for r in kept {
        let near = |x: (u32, u32), y: (u32, u32)| x.0 < y.1 + 2 * MARGIN && y.0 < x.1 + 2 * MARGIN;
        match out.iter_mut().find(|q| near(q.a, r.a) && near(q.b, r.b)) {
            Some(q) => {
                q.a = (q.a.0.min(r.a.0), q.a.1.max(r.a.1));
                q.b = (q.b.0.min(r.b.0), q.b.1.max(r.b.1));
            }
            None => out.push(r),
        }
    }
    out.sort_unstable();
    out
}

/// Candidate pairs from packed postings (sorted in place): documents sharing a shingle
/// of 2 to `max_df` documents are matched at both positions, and a pair's matches
/// give its regions.
fn candidates(postings: &mut Vec<(u64, u32)>, o: &ReuseOptions) -> Vec<Candidate> {
    postings.sort_unstable();
    let doc_mask = (1u64 << DOC_BITS) - 1;
    // (a << 32 | b, match)
    let mut matches: Vec<(u64, Match)> = Vec::new();
    for group in postings.chunk_by(|x, y| x.0 >> DOC_BITS == y.0 >> DOC_BITS) {
        // Each document gives a shingle once; a 40-bit collision inside one document
        // could give two postings, counted as one document here.
        let df = group.len();
        if df < 2 || df > o.max_df {
            continue;
        }
        for (i, &(x, px)) in group.iter().enumerate() {
            for &(y, py) in &group[i + 1..] {
                let (a, b) = ((x & doc_mask) as u64, (y & doc_mask) as u64);
                if a != b {
                    matches.push((a << 32 | b, Match { a: px, b: py, df: df as u32 }));
                }
            }
        }
    }
    postings.clear();
    postings.shrink_to_fit();
    matches.sort_unstable();
    let mut out = Vec::new();
    let mut ms: Vec<Match> = Vec::new();
    for group in matches.chunk_by(|x, y| x.0 == y.0) {
        ms.clear();
        ms.extend(group.iter().map(|&(_, m)| m));
        let rs = regions(&mut ms, o);
        if !rs.is_empty() {
            out.push(Candidate { a: (group[0].0 >> 32) as u32, b: group[0].0 as u32, regions: rs });
        }
    }
    out
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

/// The passages of one candidate pair in its regions (content-word positions, as
/// [`regions`] gives them), offsets converted to `unit`: the passage finder runs on
/// each region widened by [`MARGIN`] content words and cut at marks (word starts, see
/// [`Signed::marks`]), never on the whole texts.
pub fn align_regions(a: Doc<'_>, b: Doc<'_>, regions: &[Region], options: &ReuseOptions, unit: Unit) -> Vec<Reused> {
    let mut out: Vec<Reused> = Vec::new();
    for r in regions {
        let widen = |(from, to): (u32, u32)| (from.saturating_sub(MARGIN), to.saturating_add(MARGIN));
        let ((a_from, a_to), (b_from, b_to)) = (widen(r.a), widen(r.b));
        let (Some((a0, a1)), Some((b0, b1))) = (cut(a.marks, a_from, a_to), cut(b.marks, b_from, b_to)) else {
            continue;
        };
        for p in super::passages_with(&a.text[a0..a1], &b.text[b0..b1], &PassageParams::default()) {
            if p.score < options.min_score {
                continue;
            }
            let found = Reused {
                a: a.id.to_string(),
                b: b.id.to_string(),
                a_start: p.a.start + a0,
                a_end: p.a.end + a0,
                b_start: p.b.start + b0,
                b_end: p.b.end + b0,
                score: (p.score * 1000.0).round() / 1000.0,
                kind: p.kind,
            };
            // Regions far apart in one document may meet in the other: a passage
            // found twice is reported once.
            let twice = out.iter().any(|q| {
                q.a_start < found.a_end && found.a_start < q.a_end && q.b_start < found.b_end && found.b_start < q.b_end
            });
            if !twice {
                out.push(found);
            }
        }
    }
    out.sort_by_key(|r| (r.a_start, r.b_start));
    convert_pair(&mut out, a.text, b.text, unit);
    out
}

/// One document of a pair to align: its id, text and marks ([`marks`]).
#[derive(Clone, Copy)]
pub struct Doc<'t> {
    pub id: &'t str,
    pub text: &'t str,
    pub marks: &'t [u32],
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
    /// Fingerprints a batch of registered documents (`(number, text)`) on up to
    /// `threads` threads: callers read a batch, fingerprint it, read the next.
    pub fn sign_batch(&mut self, batch: &[(u32, String)], threads: usize) -> Result<(), ReuseError> {
        let shingle = self.options.shingle;
        let signed = par_map(batch, threads, |(_, text)| sign(text, shingle));
        for ((doc, _), s) in batch.iter().zip(signed) {
            self.add_signed(*doc, s)?;
        }
        Ok(())
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
    pairs: &[Candidate],
    texts: &mut Spool,
    unit: Unit,
    threads: usize,
) -> Result<Vec<(u32, u32, Reused)>, ReuseError> {
    let mut docs: Vec<u32> = pairs.iter().flat_map(|c| [c.a, c.b]).collect();
    docs.sort_unstable();
    docs.dedup();
    let mut loaded: std::collections::HashMap<u32, String> = std::collections::HashMap::with_capacity(docs.len());
    for d in docs {
        loaded.insert(d, texts.get(d)?);
    }
    let doc = |d: u32| Doc { id: index.id(d), text: &loaded[&d], marks: index.marks(d) };
    let found = par_map(pairs, threads, |c| align_regions(doc(c.a), doc(c.b), &c.regions, &index.options, unit));
    Ok(pairs.iter().zip(found).flat_map(|(c, rs)| rs.into_iter().map(move |r| (c.a, c.b, r))).collect())
}

/// How many pairs [`align_batch`] should take at once for `threads` threads.
pub fn batch_len(threads: usize) -> usize {
    PAIRS_PER_THREAD * threads.max(1)
}

/// Aligns every candidate pair, texts read from `texts`, passages handed to `emit` in
/// the order of the pairs.
pub fn align(
    index: &Index,
    pairs: &[Candidate],
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
            index.sign_batch(&batch, threads)?;
            batch.clear();
        }
    }
    index.sign_batch(&batch, threads)?;
    let pairs = index.candidates()?;
    align(&index, &pairs, &mut spool, unit, threads, emit)
}

/// Documents fingerprinted at once: a few hundred texts in memory at most.
pub const SIGN_BATCH: usize = 256;

#[cfg(test)]
mod tests;
