//! `reuse` (an iterator of shared passages over a corpus) and its two halves for
//! distributed use (`band_keys` per document, `align_pair` per candidate pair), which
//! `isnad.spark` runs in pandas UDFs.

use std::collections::VecDeque;

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

use super::convert::{id_and_text, options, string_arg, to_py};
use crate::compare::reuse::{align_batch, align_pair as core_align_pair, band_keys as core_band_keys, batch_len};
use crate::compare::reuse::{default_threads, Index, Reused, ReuseError, ReuseOptions, Spool, SIGN_BATCH};
use crate::offsets::Unit;

const REUSE_OPTIONS: &[&str] = &["shingle", "window", "stride", "bands", "rows", "max_bucket", "min_score"];

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
    pairs: Vec<(u32, u32)>,
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

    /// Number of candidate pairs the signatures gave (each aligned once).
    #[getter]
    fn candidates(&self) -> usize {
        self.pairs.len()
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
            py.allow_threads(|| index.sign_batch(&batch, threads));
            batch.clear();
        }
    }
    py.allow_threads(|| index.sign_batch(&batch, threads));
    let pairs = py.allow_threads(|| index.candidates());
    Ok(ReuseIter { index, ids, pairs, next: 0, spool, threads, pending: VecDeque::new() })
}

/// The LSH band keys of one text, as signed 64-bit integers (Spark's LongType).
#[pyfunction]
#[pyo3(signature = (text, **options))]
pub fn band_keys(py: Python<'_>, text: &Bound<'_, PyAny>, options: Option<&Bound<'_, PyDict>>) -> PyResult<Vec<i64>> {
    let text = string_arg(text, "text")?;
    let o = reuse_options(options)?;
    Ok(py.allow_threads(|| core_band_keys(&text, &o)).into_iter().map(|k| k as i64).collect())
}

/// Passages shared by two documents, as `reuse` yields them.
#[pyfunction]
#[pyo3(signature = (a_id, a, b_id, b, **options))]
pub fn align_pair<'py>(
    py: Python<'py>,
    a_id: &Bound<'py, PyAny>,
    a: &Bound<'py, PyAny>,
    b_id: &Bound<'py, PyAny>,
    b: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Vec<Bound<'py, PyAny>>> {
    let a = string_arg(a, "a")?;
    let b = string_arg(b, "b")?;
    let o = reuse_options(options)?;
    let found = py.allow_threads(|| core_align_pair("", &a, "", &b, &o, Unit::CodePoint));
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
