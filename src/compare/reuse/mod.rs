//! Text reuse across a whole corpus: which documents share passages, and where.
//!
//! Comparing every pair is quadratic; this finds candidate pairs by MinHash with
//! locality-sensitive hashing, then aligns only the regions of those pairs that share
//! text:
//!
//! 1. **Signatures** ([`signature`]): each document's distinct shingles of content-word
//!    match keys ([`shingles`]), hashed, with their positions; and the LSH band buckets
//!    of the MinHash signatures of its overlapping windows of shingles ([`minhash`]:
//!    windows, not whole documents, so that one copied sentence in a long article
//!    still collides). An [`Index`] keeps, per document, its id and its marks in
//!    memory and its signature in a temporary file, never its text; Bloom filters
//!    note which shingles and buckets come again.
//! 2. **Candidates** ([`Index::candidates`]): documents whose windows share a band
//!    bucket ([`Index::lsh_pairs`]). A bucket of more than `max_df` documents is
//!    boilerplate (templates, stock phrases) and pairs nobody, which bounds the pairs
//!    per bucket: sorting is the only step above linear (n log n).
//! 3. **Verification** ([`verify`]): the shingles an LSH pair shares are matched at
//!    both positions and clustered where they lie close in both documents
//!    ([`regions`]); a cluster becomes a region to align when `min_shared` of its
//!    matches are of shingles no third document has, or when it is long ([`LONG`]
//!    matches) and its evidence reaches `min_shared`, each match counting `2 / df`
//!    (df the documents that have the shingle): a short line several documents carry
//!    (a masthead, a copyright, a disclaimer) pairs none of them, a line many
//!    documents carry counts little however long, and a story several outlets
//!    republish still pairs them. LSH alone cannot tell these apart: the windows at
//!    the end of two articles that carry one disclaimer are similar, a bucket of a
//!    dozen documents is under any cap that keeps real copies, and windows sharing
//!    two stock phrases collide. On the 3,000 Wikipedia articles of
//!    `benches/reuse.py` (300 planted copies), `isnad reuse --stats` counts 86,346
//!    LSH pairs and 876 with a region: aligning all would be 99 times the work, and
//!    the MinHash build before this check (whole documents aligned) had a precision
//!    of 0.04 to 0.08 there. Numbers, months and weekdays are not fingerprinted: a
//!    date line is no reuse.
//! 4. **Alignment** ([`align_regions`]): the two-text passage finder
//!    ([`super::passages_with`]) on each region and [`MARGIN`] content words around
//!    it, never on whole texts: the cost of a candidate is bounded by what it shares,
//!    not by the length of the two documents. Texts come from a [`Spool`] (a
//!    temporary file the texts were streamed to) a batch of pairs at a time.
//!
//! Memory is bounded by the ids, two Bloom filters (32 MiB), 16 bytes per content word
//! whose shingle comes again and 8 per band bucket that does (most come once, and
//! those stay in the temporary file), the LSH pairs and the matches of their shared
//! shingles, and one batch of texts
//! ([`SIGN_BATCH`] documents while signing, the texts of [`batch_len`] pairs
//! while aligning); the corpus itself stays on disk. Signing and alignment run
//! on several threads, with the same results as on one.

pub mod minhash;
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
    /// Shingles per MinHash window (windows start every `window / 2` shingles).
    pub window: usize,
    /// LSH bands per window signature.
    pub bands: usize,
    /// MinHash values per band.
    pub rows: usize,
    /// A band bucket, or a shingle, of more documents than this pairs none of them
    /// (boilerplate); it also bounds the pairs one bucket gives (`max_df²/2`).
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
        ReuseOptions { shingle: 3, window: 8, bands: 16, rows: 2, max_df: 64, min_shared: 3, min_score: 0.5 }
    }
}

impl ReuseOptions {
    /// Checks the options, saying which is out of range.
    pub fn check(&self) -> Result<(), ReuseError> {
        // (name, value, least, most, unit): every integer option and its range.
        let ranges: [(&str, usize, usize, usize, &str); 6] = [
            ("shingle", self.shingle, 1, 8, ""),
            ("window", self.window, 2, 64, " shingles"),
            ("bands", self.bands, 1, 64, ""),
            ("rows", self.rows, 1, 8, ""),
            ("max_df", self.max_df, 2, 10_000, ""),
            ("min_shared", self.min_shared, 1, 100, ""),
        ];
        for (name, v, lo, hi, unit) in ranges {
            if !(lo..=hi).contains(&v) {
                return Err(ReuseError::Options(format!("{name} must be between {lo} and {hi}{unit}, got {v}")));
            }
        }
        if !(0.0..=1.0).contains(&self.min_score) {
            return Err(ReuseError::Options(format!("min_score must be between 0 and 1, got {}", self.min_score)));
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
    /// Each document's record ([`parse_record`]): number, fingerprints, band buckets.
    prints: Spool,
    /// Bloom filters of the shingle keys seen once, and seen again.
    once: Vec<u64>,
    again: Vec<u64>,
    /// The marks of each document ([`Signed::marks`]), where its regions are cut.
    marks: Vec<Box<[u32]>>,
    /// Pairs MinHash LSH gave at the last [`Index::candidates`].
    lsh_pairs: usize,
}

/// Bits of each Bloom filter (16 MiB): with 25 million keys (shingles and band
/// buckets; about three per word of text with the default options) a blocked filter
/// lets some 9% of the keys seen once through (worked out, not measured), kept in
/// memory by mistake; no mistake changes a result.
const BLOOM_BITS: usize = 1 << 27;

/// A key's place in a Bloom filter: one 64-bit word and three bits of it (a blocked
/// filter: one cache miss per key, where three spread bits cost three; a band bucket
/// per shingle and more makes that the cost of indexing).
fn bloom_bits(key: u64) -> (usize, u64) {
    let h = shingles::mix(key ^ 0x5151_5151_5151_5151);
    let word = (h as usize) & (BLOOM_BITS / 64 - 1);
    (word, 1 << (h >> 46 & 63) | 1 << (h >> 52 & 63) | 1 << (h >> 58))
}

fn bloom_has(bits: &[u64], key: u64) -> bool {
    let (w, mask) = bloom_bits(key);
    bits[w] & mask == mask
}

fn bloom_add(bits: &mut [u64], key: u64) {
    let (w, mask) = bloom_bits(key);
    bits[w] |= mask;
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
            lsh_pairs: 0,
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

    /// Adds what [`signature`] gave for document `doc`.
    pub fn add_signed(&mut self, doc: u32, signed: Signed, buckets: &[u64]) -> Result<(), ReuseError> {
        let mut bytes = Vec::with_capacity(8 + 12 * signed.prints.len() + 8 * buckets.len());
        bytes.extend_from_slice(&doc.to_le_bytes());
        bytes.extend_from_slice(&(signed.prints.len() as u32).to_le_bytes());
        for &(h, p) in &signed.prints {
            let key = shingle_key(h);
            self.note(key);
            bytes.extend_from_slice(&key.to_le_bytes());
            bytes.extend_from_slice(&p.to_le_bytes());
        }
        for &b in buckets {
            let key = shingle_key(b);
            self.note(key ^ BUCKET_SALT);
            bytes.extend_from_slice(&key.to_le_bytes());
        }
        self.prints.push_bytes(&bytes)?;
        let at = doc as usize;
        if self.marks.len() <= at {
            self.marks.resize_with(at + 1, Default::default);
        }
        self.marks[at] = signed.marks.into_boxed_slice();
        Ok(())
    }

    /// Notes a key in the Bloom filters: seen once, or again.
    fn note(&mut self, key: u64) {
        if bloom_has(&self.once, key) {
            bloom_add(&mut self.again, key);
        } else {
            bloom_add(&mut self.once, key);
        }
    }

    /// The marks of document `doc`.
    pub fn marks(&self, doc: u32) -> &[u32] {
        self.marks.get(doc as usize).map_or(&[], |m| m)
    }

    /// Adds a document: its id and the signature of its text.
    pub fn add(&mut self, id: &str, text: &str) -> Result<u32, ReuseError> {
        let doc = self.register(id)?;
        let (signed, buckets) = signature(text, &self.options);
        self.add_signed(doc, signed, &buckets)?;
        Ok(doc)
    }

    /// Reads the records back: the postings of band buckets seen more than once
    /// (bucket key (top 40 bits) | document number (low 24 bits)) and of shingles seen
    /// more than once (the same packing, and the shingle's position).
    fn read_back(&mut self) -> Result<(Vec<u64>, Vec<Posting>), ReuseError> {
        let (mut buckets, mut shingles) = (Vec::new(), Vec::new());
        for n in 0..self.prints.len() as u32 {
            let bytes = self.prints.get_bytes(n)?;
            let (doc, prints, keys) = parse_record(&bytes);
            for (key, pos) in prints {
                if bloom_has(&self.again, key) {
                    shingles.push((key << DOC_BITS | doc as u64, pos));
                }
            }
            for key in keys {
                if bloom_has(&self.again, key ^ BUCKET_SALT) {
                    buckets.push(key << DOC_BITS | doc as u64);
                }
            }
        }
        Ok((buckets, shingles))
    }

    /// The candidate pairs of MinHash LSH alone, `(a, b)` with `a < b`, sorted:
    /// documents whose windows share a band bucket of at most `max_df` documents.
    pub fn lsh_pairs(&mut self) -> Result<Vec<(u32, u32)>, ReuseError> {
        let (mut buckets, _) = self.read_back()?;
        Ok(lsh_pairs(&mut buckets, self.options.max_df))
    }

    /// Candidate pairs with their regions to align, sorted by `(a, b)`, `a < b`
    /// (document numbers): the pairs of MinHash LSH ([`Index::lsh_pairs`]) whose
    /// shared shingles make a region ([`regions`]).
    pub fn candidates(&mut self) -> Result<Vec<Candidate>, ReuseError> {
        let (mut buckets, mut shingles) = self.read_back()?;
        let pairs = lsh_pairs(&mut buckets, self.options.max_df);
        drop(buckets);
        self.lsh_pairs = pairs.len();
        Ok(verify(&pairs, &mut shingles, &self.options))
    }

    /// How many pairs MinHash LSH gave at the last [`Index::candidates`], before
    /// verification kept those with a region.
    pub fn lsh_pair_count(&self) -> usize {
        self.lsh_pairs
    }
}

/// A shingle's posting: key (top 40 bits) | document number (low 24 bits), and the
/// shingle's position in the document.
type Posting = (u64, u32);

/// Salt of band bucket keys in the Bloom filters, which also hold shingle keys.
const BUCKET_SALT: u64 = 0x00b0_c4e7_5a17_0000;

/// A record of the index's temporary file: the document's number, its fingerprints
/// (40-bit key, position) and its band buckets (40-bit keys).
fn parse_record(bytes: &[u8]) -> (u32, impl Iterator<Item = (u64, u32)> + '_, impl Iterator<Item = u64> + '_) {
    let word = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().expect("4 bytes"));
    let long = |b: &[u8]| u64::from_le_bytes(b[..8].try_into().expect("8 bytes"));
    let (doc, n) = (word(0), word(4) as usize);
    let (prints, buckets) = bytes[8..].split_at(12 * n);
    let prints = prints.chunks_exact(12).map(move |c| (long(c), u32::from_le_bytes(c[8..].try_into().expect("4 bytes"))));
    (doc, prints, buckets.chunks_exact(8).map(long))
}

/// The signature of one document: its fingerprints and marks ([`sign`]) and the band
/// buckets of its MinHash windows ([`minhash::buckets`]), from one tokenization.
pub fn signature(text: &str, o: &ReuseOptions) -> (Signed, Vec<u64>) {
    let signed = sign(text, o.shingle);
    let hashes: Vec<u64> = signed.prints.iter().map(|p| p.0).collect();
    let buckets = minhash::buckets(&hashes, o);
    (signed, buckets)
}

/// Pairs of documents sharing a band bucket of 2 to `max_df` documents, from packed
/// postings (sorted in place; a document gives a bucket once), sorted and distinct.
fn lsh_pairs(postings: &mut [u64], max_df: usize) -> Vec<(u32, u32)> {
    postings.sort_unstable();
    let doc_mask = (1u64 << DOC_BITS) - 1;
    let mut pairs: Vec<u64> = Vec::new();
    for group in postings.chunk_by(|x, y| x >> DOC_BITS == y >> DOC_BITS) {
        if group.len() < 2 || group.len() > max_df {
            continue;
        }
        for (i, &x) in group.iter().enumerate() {
            for &y in &group[i + 1..] {
                let (a, b) = (x & doc_mask, y & doc_mask);
                if a != b {
                    pairs.push(a.min(b) << 32 | a.max(b));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs.into_iter().map(|p| ((p >> 32) as u32, p as u32)).collect()
}

/// The LSH pairs `pairs` (sorted) that share text, with their regions: the shingles
/// each pair shares, from the postings of repeated shingles (packed as in
/// [`lsh_pairs`], with positions; sorted in place), matched at both positions and
/// clustered into regions ([`regions`]). A shingle of more than `max_df` documents
/// gives no match, which bounds the work per shingle (`max_df²/2` lookups).
fn verify(pairs: &[(u32, u32)], postings: &mut Vec<(u64, u32)>, o: &ReuseOptions) -> Vec<Candidate> {
    postings.sort_unstable();
    let doc_mask = (1u64 << DOC_BITS) - 1;
    let is_pair = |a: u32, b: u32| pairs.binary_search(&(a, b)).is_ok();
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
                let (a, b) = ((x & doc_mask) as u32, (y & doc_mask) as u32);
                if a != b && is_pair(a, b) {
                    matches.push(((a as u64) << 32 | b as u64, Match { a: px, b: py, df: df as u32 }));
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
        let o = self.options;
        let signed = par_map(batch, threads, |(_, text)| signature(text, &o));
        for ((doc, _), (s, buckets)) in batch.iter().zip(signed) {
            self.add_signed(*doc, s, &buckets)?;
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
