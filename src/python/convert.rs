//! Between Python objects and the core's types: arguments checked with clear errors,
//! results (serde structs) turned into plain dicts and lists.

use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

/// The Python name of `value`'s type, for error messages (`int`, `NoneType`…).
pub fn type_name(value: &Bound<'_, PyAny>) -> String {
    value.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "unknown".into())
}

/// The string in `value`, or a TypeError naming the argument.
pub fn string_arg(value: &Bound<'_, PyAny>, name: &str) -> PyResult<String> {
    match value.downcast::<PyString>() {
        Ok(s) => Ok(s.to_cow()?.into_owned()),
        Err(_) => Err(PyTypeError::new_err(format!("isnad: {name} must be a string, got {}", type_name(value)))),
    }
}

/// `snake_case` → `camelCase`, for option names.
fn camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut up = false;
    for c in name.chars() {
        if c == '_' {
            up = true;
        } else if up {
            out.extend(c.to_uppercase());
            up = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// A Python value of an option as JSON: bool, int, float, str, None, or a list of these.
fn json_of(value: &Bound<'_, PyAny>, name: &str, what: &str) -> PyResult<Value> {
    if value.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(b) = value.downcast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if value.downcast::<PyInt>().is_ok() {
        let n: i64 = value.extract()?;
        return Ok(Value::from(n));
    }
    if let Ok(f) = value.downcast::<PyFloat>() {
        return Ok(serde_json::Number::from_f64(f.value()).map_or(Value::Null, Value::Number));
    }
    if let Ok(s) = value.downcast::<PyString>() {
        return Ok(Value::String(s.to_cow()?.into_owned()));
    }
    if value.downcast::<PyList>().is_ok() || value.downcast::<PyTuple>().is_ok() {
        let mut items = Vec::new();
        for item in value.try_iter()? {
            items.push(json_of(&item?, name, what)?);
        }
        return Ok(Value::Array(items));
    }
    Err(PyTypeError::new_err(format!(
        "isnad: {what} option {name} must be a bool, number, string or list, got {}",
        type_name(value)
    )))
}

/// Options from keyword arguments: names checked against `valid` (snake_case, as
/// Python users write them), values converted, then read by the core's serde type
/// (camelCase names when `camel_case`), whose messages say what a value may be.
pub fn options<T: DeserializeOwned + Default>(
    kwargs: Option<&Bound<'_, PyDict>>,
    what: &str,
    valid: &[&str],
    camel_case: bool,
) -> PyResult<T> {
    let Some(kwargs) = kwargs else { return Ok(T::default()) };
    let mut object = serde_json::Map::new();
    for (k, v) in kwargs.iter() {
        let name: String = k.extract()?;
        if !valid.contains(&name.as_str()) {
            return Err(PyTypeError::new_err(format!(
                "isnad: unknown {what} option {name:?}; valid options: {}",
                valid.join(", ")
            )));
        }
        let value = json_of(&v, &name, what)?;
        if value.is_null() {
            continue;
        }
        object.insert(if camel_case { camel(&name) } else { name }, value);
    }
    serde_json::from_value(Value::Object(object)).map_err(|e| {
        let message = e.to_string();
        let message = message.split(" at line ").next().unwrap_or(&message);
        PyValueError::new_err(format!("isnad: invalid {what} options: {message}"))
    })
}

/// A JSON value as plain Python objects.
pub fn py_of<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else {
                PyFloat::new(py, n.as_f64().unwrap_or(f64::NAN)).into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let list = PyList::empty(py);
            for item in items {
                list.append(py_of(py, item)?)?;
            }
            list.into_any()
        }
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (k, v) in map {
                dict.set_item(k, py_of(py, v)?)?;
            }
            dict.into_any()
        }
    })
}

/// A serde result (the struct the CLI prints) as plain Python objects.
pub fn to_py<'py>(py: Python<'py>, value: &impl Serialize) -> PyResult<Bound<'py, PyAny>> {
    let json = serde_json::to_value(value)
        .map_err(|e| PyValueError::new_err(format!("isnad: cannot convert the result: {e}")))?;
    py_of(py, &json)
}

/// The id and text of one `(id, text)` pair or `{"id", "text"}` mapping (`what[k]` in
/// messages); the id as given and as text.
pub fn id_and_text<'py>(item: &Bound<'py, PyAny>, k: usize, what: &str) -> PyResult<(Bound<'py, PyAny>, String, String)> {
    let shape =
        || PyTypeError::new_err(format!("isnad: {what}[{k}] must be an (id, text) pair or a dict with \"id\" and \"text\""));
    let (id, text) = if let Ok(d) = item.downcast::<PyDict>() {
        match (d.get_item("id")?, d.get_item("text")?) {
            (Some(i), Some(t)) => (i, t),
            _ => return Err(shape()),
        }
    } else if item.downcast::<PyString>().is_err() && item.len().ok() == Some(2) {
        (item.get_item(0)?, item.get_item(1)?)
    } else {
        return Err(shape());
    };
    let id_text = if let Ok(s) = id.downcast::<PyString>() {
        s.to_cow()?.into_owned()
    } else if id.downcast::<PyInt>().is_ok() && id.downcast::<PyBool>().is_err() {
        id.str()?.to_cow()?.into_owned()
    } else {
        return Err(PyTypeError::new_err(format!(
            "isnad: {what}[{k}] id must be a string or an integer, got {}",
            type_name(&id)
        )));
    };
    let text = string_arg(&text, &format!("{what}[{k}] text"))?;
    Ok((id, id_text, text))
}
