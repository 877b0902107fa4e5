//! The Python binding layer (`isnad._isnad`, built by maturin with the `python`
//! feature): thin on purpose, like [`crate::wasm`].
//!
//! Each function checks its Python arguments (a `TypeError` or `ValueError` saying what
//! is wrong, worded as the JS errors are), copies the text out, releases the GIL while
//! the core works (so threads scale), converts byte offsets to code points through
//! [`crate::offsets`] and hands back plain dicts and lists with the field names of the
//! CLI's JSON (the same serde structs are serialized).

mod convert;
mod reuse;
mod text;

use pyo3::prelude::*;

/// The native module; `python/isnad/__init__.py` wraps it.
#[pymodule]
fn _isnad(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", crate::VERSION)?;
    m.add_class::<text::Normalized>()?;
    m.add_class::<reuse::ReuseIter>()?;
    m.add_function(wrap_pyfunction!(text::normalize, m)?)?;
    m.add_function(wrap_pyfunction!(text::tokenize, m)?)?;
    m.add_function(wrap_pyfunction!(text::name_key, m)?)?;
    m.add_function(wrap_pyfunction!(text::entities, m)?)?;
    m.add_function(wrap_pyfunction!(text::quotes, m)?)?;
    m.add_function(wrap_pyfunction!(text::compare, m)?)?;
    m.add_function(wrap_pyfunction!(text::diff, m)?)?;
    m.add_function(wrap_pyfunction!(text::analyze, m)?)?;
    m.add_function(wrap_pyfunction!(reuse::reuse, m)?)?;
    m.add_function(wrap_pyfunction!(reuse::fingerprints, m)?)?;
    m.add_function(wrap_pyfunction!(reuse::signature, m)?)?;
    m.add_function(wrap_pyfunction!(reuse::regions, m)?)?;
    m.add_function(wrap_pyfunction!(reuse::align_regions, m)?)?;
    Ok(())
}
