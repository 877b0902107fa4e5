//! One text or two: `normalize`, `tokenize`, `name_key`, `entities`, `quotes`,
//! `compare`, `diff`, and several articles: `analyze`. Code point offsets, as the CLI.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use serde::{Deserialize, Serialize};

use super::convert::{id_and_text, options, string_arg, to_py};
use crate::analyze::{entities_in, Entity};
use crate::compare::quotes::QuoteView;
use crate::compare::{self as core, CompareOptions, DiffLevel};
use crate::normalize::{normalize_in, OptionsSpec};
use crate::offsets::{convert, convert_pair, PairSpans, Unit};

/// Normalization option names as Python users write them.
const NORMALIZE_OPTIONS: &[&str] = &[
    "preset",
    "unicode",
    "strip_diacritics",
    "strip_tatweel",
    "fold_alef",
    "fold_alef_maksura",
    "fold_teh_marbuta",
    "persian",
    "hamza",
    "digits",
    "punctuation",
    "strip_invisible",
    "whitespace",
    "lowercase",
];

/// `preset` and the other keyword options as one spec.
fn spec(preset: Option<&Bound<'_, PyAny>>, kwargs: Option<&Bound<'_, PyDict>>, what: &str) -> PyResult<OptionsSpec> {
    let py = match (preset, kwargs) {
        (Some(p), _) => p.py(),
        (None, Some(k)) => k.py(),
        (None, None) => return Ok(OptionsSpec::default()),
    };
    let all = PyDict::new(py);
    if let Some(k) = kwargs {
        all.update(k.as_mapping())?;
    }
    if let Some(p) = preset {
        all.set_item("preset", p)?;
    }
    options(Some(&all), what, NORMALIZE_OPTIONS, true)
}

/// Normalized text with, for every character of `text`, the range of the original it
/// came from: the original of `text[s:e]` is `original[starts[s]:ends[e - 1]]`.
#[pyclass(module = "isnad", name = "Normalized", frozen, get_all)]
pub struct Normalized {
    text: String,
    starts: Vec<u32>,
    ends: Vec<u32>,
}

#[pymethods]
impl Normalized {
    fn __repr__(&self) -> String {
        format!("Normalized(text={:?}, starts=[{} offsets], ends=[{} offsets])", self.text, self.starts.len(), self.ends.len())
    }
}

#[pyfunction]
#[pyo3(signature = (text, preset=None, **options))]
pub fn normalize(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    preset: Option<&Bound<'_, PyAny>>,
    options: Option<&Bound<'_, PyDict>>,
) -> PyResult<Normalized> {
    let text = string_arg(text, "text")?;
    let o = spec(preset, options, "normalize")?.resolve();
    let n = py.allow_threads(|| normalize_in(&text, &o, Unit::CodePoint));
    Ok(Normalized { text: n.text, starts: n.starts, ends: n.ends })
}

#[pyfunction]
#[pyo3(signature = (text, preset=None, **options))]
pub fn tokenize<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    preset: Option<&Bound<'py, PyAny>>,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyAny>> {
    let text = string_arg(text, "text")?;
    let o = spec(preset, options, "tokenize")?.resolve();
    let tokens = py.allow_threads(|| crate::tokenize::TokenView::all(&text, &o, Unit::CodePoint));
    to_py(py, &tokens)
}

#[pyfunction]
pub fn name_key(py: Python<'_>, text: &Bound<'_, PyAny>) -> PyResult<String> {
    let text = string_arg(text, "text")?;
    Ok(py.allow_threads(|| crate::name_key(&text)))
}

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct EntitiesOptions {
    types: Option<Vec<String>>,
    min_score: Option<f32>,
}

const ENTITY_TYPES: [&str; 6] = ["PER", "LOC", "ORG", "MISC", "DATE", "QUANTITY"];

#[pyfunction]
#[pyo3(signature = (text, **options))]
pub fn entities<'py>(
    py: Python<'py>,
    text: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyAny>> {
    let text = string_arg(text, "text")?;
    let o: EntitiesOptions = super::convert::options(options, "entities", &["types", "min_score"], true)?;
    for t in o.types.iter().flatten() {
        if !ENTITY_TYPES.contains(&t.as_str()) {
            return Err(PyValueError::new_err(format!(
                "isnad: unknown entity type {t:?}; valid types: PER, LOC, ORG, MISC, DATE, QUANTITY"
            )));
        }
    }
    let min = o.min_score.unwrap_or(0.0);
    let found: Vec<Entity> = py.allow_threads(|| {
        entities_in(&text, Unit::CodePoint, |e| {
            e.score >= min && o.types.as_ref().is_none_or(|ts| ts.iter().any(|t| t == e.kind.as_str()))
        })
    });
    to_py(py, &found)
}

#[pyfunction]
pub fn quotes<'py>(py: Python<'py>, text: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    let text = string_arg(text, "text")?;
    let found: Vec<QuoteView> = py.allow_threads(|| {
        let mut all: Vec<QuoteView> = crate::analyze::quotes_in(&text).iter().map(|q| QuoteView::new(q, &text)).collect();
        convert(&mut all, &text, Unit::CodePoint);
        all
    });
    to_py(py, &found)
}

#[pyfunction]
#[pyo3(signature = (a, b, **options))]
pub fn compare<'py>(
    py: Python<'py>,
    a: &Bound<'py, PyAny>,
    b: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyAny>> {
    // `context`: the other reports of the event, as `analyze` gets them (what they all
    // carry weighs less as evidence of reuse), like the CLI's further files.
    let o: CompareOptions = super::convert::options(options, "compare", &["diff_level", "passages", "diff", "context"], true)?;
    on_pair(py, a, b, |a, b| core::compare(a, b, &o))
}

/// What `compare` and `diff` share: the two texts read, the work done without the GIL,
/// its byte offsets turned into code points in both texts.
fn on_pair<'py, T: PairSpans + Serialize + Send>(
    py: Python<'py>,
    a: &Bound<'py, PyAny>,
    b: &Bound<'py, PyAny>,
    work: impl FnOnce(&str, &str) -> T + Send,
) -> PyResult<Bound<'py, PyAny>> {
    let a = string_arg(a, "a")?;
    let b = string_arg(b, "b")?;
    let result = py.allow_threads(|| {
        let mut result = work(&a, &b);
        convert_pair(&mut result, &a, &b, Unit::CodePoint);
        result
    });
    to_py(py, &result)
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct DiffOptions {
    level: DiffLevel,
}

#[pyfunction]
#[pyo3(signature = (a, b, **options))]
pub fn diff<'py>(
    py: Python<'py>,
    a: &Bound<'py, PyAny>,
    b: &Bound<'py, PyAny>,
    options: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyAny>> {
    let o: DiffOptions = super::convert::options(options, "diff", &["level"], true)?;
    on_pair(py, a, b, |a, b| core::diff(a, b, o.level))
}

#[pyfunction]
pub fn analyze<'py>(py: Python<'py>, articles: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
    if articles.downcast::<pyo3::types::PyString>().is_ok() || articles.downcast::<PyDict>().is_ok() {
        return Err(pyo3::exceptions::PyTypeError::new_err(
            "isnad: analyze takes a list of (id, text) pairs or {\"id\", \"text\"} dicts",
        ));
    }
    let iter = articles.try_iter().map_err(|_| {
        pyo3::exceptions::PyTypeError::new_err("isnad: analyze takes a list of (id, text) pairs or {\"id\", \"text\"} dicts")
    })?;
    let mut owned: Vec<(String, String)> = Vec::new();
    for (k, item) in iter.enumerate() {
        let (_, id, text) = id_and_text(&item?, k, "articles")?;
        owned.push((id, text));
    }
    let analysis = py.allow_threads(|| {
        let pairs: Vec<(&str, &str)> = owned.iter().map(|(i, t)| (i.as_str(), t.as_str())).collect();
        crate::analyze::analyze(&pairs, Unit::CodePoint)
    });
    let analysis = analysis.map_err(|e| PyValueError::new_err(format!("isnad: {e}")))?;
    to_py(py, &analysis)
}
