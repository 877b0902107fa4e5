//! `reuse` (an iterator of shared passages over a corpus) and its three steps for
//! distributed use (`signature` per document: fingerprints and MinHash LSH band
//! buckets; `regions` per candidate pair from the shingles it shares; `align_regions`
//! per candidate pair), which `isnad.spark` runs in pandas UDFs around Spark's own
//! joins.

use std::collections::VecDeque;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use super::convert::{id_and_text, options, string_arg, to_py};
use crate::compare::reuse::{align_batch, align_regions as core_align_regions, batch_len, marks, shingle_key};
use crate::compare::reuse::{default_threads, Candidate, Doc, Index, Match, Region, Reused, ReuseError, ReuseOptions};
use crate::compare::reuse::{fingerprints as core_fingerprints, regions as core_regions, signature as core_signature};
use crate::compare::reuse::{Spool, SIGN_BATCH};
use crate::offsets::Unit;

const REUSE_OPTIONS: &[&str] = &["shingle", "window", "bands", "rows", "max_df", "min_shared", "min_score"];

fn reuse_options(kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<ReuseOptions> {
    let o: ReuseOptions = options(kwargs, "reuse", REUSE_OPTIONS, false)?;
    o.check().map_err(|e| PyValueError::new_err(format!("isnad: {e}")))?;
    Ok(o)
}

fn value_error(e: ReuseError) -> PyErr {
    PyValueError::new_err(format!("isnad: {e}"))
}

/// Passages shared by documents of a corpus, one dict at a time; the documents were
/// signed and spooled when it was made, each next() aligns candidate pairs until one
/// gives a passage.
#[pyclass(module = "isnad")]
pub struct ReuseIter {
    index: Index,
    /// The ids as the caller gave them (strings or integers).
    ids: Vec<Py<PyAny>>,
    pairs: Vec<Candidate>,
    next: usize,
    spool: Spool,
    threads: usize,
    /// Passages found and not yet handed out, with their documents' numbers.
    pending: VecDeque<(u32, u32, Reused)>,
}

impl ReuseIter {
    /// Aligns batches of pairs until some passage is pending or none is left.
    fn fill(&mut self) -> Result<(), ReuseError> {
        while self.pending.is_empty() && self.next < self.pairs.len() {
            let end = (self.next + batch_len(self.threads)).min(self.pairs.len());
            let batch = &self.pairs[self.next..end];
            self.next = end;
            self.pending.extend(align_batch(&self.index, batch, &mut self.spool, Unit::CodePoint, self.threads)?);
        }
        Ok(())
    }
}

#[pymethods]
impl ReuseIter {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__<'py>(mut slf: PyRefMut<'py, Self>, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        let this = &mut *slf;
        py.allow_threads(|| this.fill()).map_err(value_error)?;
        let Some((a, b, r)) = this.pending.pop_front() else { return Ok(None) };
        let dict = to_py(py, &r)?;
        // The ids as given: integers stay integers.
        dict.set_item("a", this.ids[a as usize].bind(py))?;
        dict.set_item("b", this.ids[b as usize].bind(py))?;
        Ok(Some(dict))
    }

    /// Number of candidate pairs with a region to align (each aligned once).
    #[getter]
    fn candidates(&self) -> usize {
        self.pairs.len()
    }

    /// Number of pairs MinHash LSH gave, before verification kept `candidates`.
    #[getter]
    fn lsh_pairs(&self) -> usize {
        self.index.lsh_pair_count()
    }
}

#[pyfunction]
#[pyo3(signature = (docs, threads=None, **options))]
pub fn reuse(
    py: Python<'_>,
    docs: &Bound<'_, PyAny>,
    threads: Option<usize>,
    options: Option<&Bound<'_, PyDict>>,
) -> PyResult<ReuseIter> {
    let o = reuse_options(options)?;
    let threads = match threads {
        Some(0) => return Err(PyValueError::new_err("isnad: threads must be at least 1")),
        Some(n) => n,
        None => default_threads(),
    };
    if docs.downcast::<PyString>().is_ok() || docs.downcast::<PyDict>().is_ok() {
        return Err(PyTypeError::new_err("isnad: reuse takes an iterable of (id, text) pairs or {\"id\", \"text\"} dicts"));
    }
    let iter = docs.try_iter().map_err(|_| {
        PyTypeError::new_err("isnad: reuse takes an iterable of (id, text) pairs or {\"id\", \"text\"} dicts")
    })?;
    let mut index = Index::new(o).map_err(value_error)?;
    let mut spool = Spool::new().map_err(value_error)?;
    let mut ids = Vec::new();
    let mut batch: Vec<(u32, String)> = Vec::new();
    for (k, item) in iter.enumerate() {
        let item = item?;
        let (id, id_text, text) = id_and_text(&item, k, "docs")?;
        let doc = index.register(&id_text).map_err(value_error)?;
        spool.push(&text).map_err(value_error)?;
        ids.push(id.unbind());
        batch.push((doc, text));
        if batch.len() >= SIGN_BATCH {
            py.allow_threads(|| index.sign_batch(&batch, threads)).map_err(value_error)?;
            batch.clear();
        }
    }
    py.allow_threads(|| index.sign_batch(&batch, threads)).map_err(value_error)?;
    let pairs = py.allow_threads(|| index.candidates()).map_err(value_error)?;
    Ok(ReuseIter { index, ids, pairs, next: 0, spool, threads, pending: VecDeque::new() })
}

/// The fingerprints of one text: `(key, position)` pairs, key the part of the
/// shingle's hash the index groups on (40 bits, a Spark LongType), position in
/// content words.
#[pyfunction]
#[pyo3(signature = (text, **options))]
pub fn fingerprints(py: Python<'_>, text: &Bound<'_, PyAny>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Vec<(i64, u32)>> {
    let text = string_arg(text, "text")?;
    let o = reuse_options(options)?;
    let prints = py.allow_threads(|| core_fingerprints(&text, o.shingle));
    Ok(prints.into_iter().map(|(h, p)| (shingle_key(h) as i64, p)).collect())
}

/// The signature of one text: its fingerprints (as `fingerprints` gives them) and the
/// distinct LSH band buckets of its MinHash windows (40-bit keys, Spark LongTypes):
/// two documents sharing a bucket are a candidate pair.
#[pyfunction]
#[pyo3(signature = (text, **options))]
pub fn signature(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    options: Option<&Bound<'_, PyDict>>,
) -> PyResult<(Vec<(i64, u32)>, Vec<i64>)> {
    let text = string_arg(text, "text")?;
    let o = reuse_options(options)?;
    let (signed, buckets) = py.allow_threads(|| core_signature(&text, &o));
    Ok((
        signed.prints.into_iter().map(|(h, p)| (shingle_key(h) as i64, p)).collect(),
        buckets.into_iter().map(|b| shingle_key(b) as i64).collect(),
    ))
}

/// The regions of a pair from its matches (positions in `a` and in `b` of each
/// shared shingle, and how many documents have it), as `(a_start, a_end, b_start,
/// b_end)` in content words; empty when the pair is no candidate.
#[pyfunction]
#[pyo3(signature = (a_positions, b_positions, dfs, **options))]
pub fn regions(
    a_positions: Vec<u32>,
    b_positions: Vec<u32>,
    dfs: Vec<u32>,
    options: Option<&Bound<'_, PyDict>>,
) -> PyResult<Vec<(u32, u32, u32, u32)>> {
    let o = reuse_options(options)?;
    if a_positions.len() != b_positions.len() || a_positions.len() != dfs.len() {
        return Err(PyValueError::new_err("isnad: a_positions, b_positions and dfs must have the same length"));
    }
    let mut ms: Vec<Match> =
        a_positions.iter().zip(&b_positions).zip(&dfs).map(|((&a, &b), &df)| Match { a, b, df }).collect();
    Ok(core_regions(&mut ms, &o).into_iter().map(|r| (r.a.0, r.a.1, r.b.0, r.b.1)).collect())
}

/// Passages shared by two documents in the regions `regions` gave, as `reuse`
/// yields them.
#[pyfunction]
#[pyo3(signature = (a_id, a, b_id, b, regions, **options))]
pub fn align_regions<'py>(
    py: Python<'py>,
    a_id: &Bound<'py, PyAny>,
    a: &Bound<'py, PyAny>,
    b_id: &Bound<'py, PyAny>,
    b: &Bound<'py, PyAny>,
    regions: Vec<(u32, u32, u32, u32)>,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let a = string_arg(a, "a")?;
    let b = string_arg(b, "b")?;
    let o = reuse_options(options)?;
    let rs: Vec<Region> = regions.into_iter().map(|(a0, a1, b0, b1)| Region { a: (a0, a1), b: (b0, b1) }).collect();
    let found = py.allow_threads(|| {
        let (ma, mb) = (marks(&a), marks(&b));
        core_align_regions(
            Doc { id: "", text: &a, marks: &ma },
            Doc { id: "", text: &b, marks: &mb },
            &rs,
            &o,
            Unit::CodePoint,
        )
    });
    found
        .iter()
        .map(|r| {
            let d = to_py(py, r)?;
            d.set_item("a", a_id)?;
            d.set_item("b", b_id)?;
            Ok(d)
        })
        .collect()
}
