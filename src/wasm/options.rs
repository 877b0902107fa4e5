//! Options objects from JS, checked field by field before the core sees them.
//!
//! Each function lists its options with their valid values ([`Field`]); every given
//! value is checked against that list and copied into a JSON value that serde reads
//! into the core's options type. So a bad value gets a message naming the option and
//! its valid values in plain words (not serde's "expected f32"), `NaN` and out-of-range
//! numbers are refused (JSON.stringify would have turned `NaN` into `null`), and
//! `undefined` or `null` means "the default", as it does in JS.

use super::type_name;
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;

/// What values an option takes.
pub(crate) enum Kind {
    Bool,
    /// One of these strings.
    OneOf(&'static [&'static str]),
    /// A finite number in `min..=max`.
    Number { min: f64, max: f64 },
    /// An array of distinct-or-not strings, each one of these.
    ListOf(&'static [&'static str], &'static str),
    /// An array of any strings (texts).
    Texts(&'static str),
}

/// One option: its JS name and what it takes.
pub(crate) struct Field {
    pub name: &'static str,
    pub kind: Kind,
}

pub(crate) const fn field(name: &'static str, kind: Kind) -> Field {
    Field { name, kind }
}

/// The options of `normalize` and `tokenize` (the core's `OptionsSpec`).
pub(crate) const NORMALIZE: &[Field] = &[
    field("preset", Kind::OneOf(&["search", "display", "none"])),
    field("unicode", Kind::OneOf(&["none", "nfc", "nfkc"])),
    field("stripDiacritics", Kind::Bool),
    field("stripTatweel", Kind::Bool),
    field("foldAlef", Kind::Bool),
    field("foldAlefMaksura", Kind::Bool),
    field("foldTehMarbuta", Kind::Bool),
    field("persian", Kind::OneOf(&["none", "kaf-yeh", "all"])),
    field("hamza", Kind::Bool),
    field("digits", Kind::Bool),
    field("punctuation", Kind::Bool),
    field("stripInvisible", Kind::Bool),
    field("whitespace", Kind::OneOf(&["keep", "collapse", "lines"])),
    field("lowercase", Kind::Bool),
];

/// The diff levels of `compare` and `diff` (the core's `DiffLevel`).
pub(crate) const DIFF_LEVELS: &[&str] = &["exact", "search", "nameKey"];

/// Reads `value` (an options object, `undefined` or `null`) into `T` after checking
/// every field against `fields`; `what` names the function in messages.
pub(crate) fn read_options<T: DeserializeOwned + Default>(
    value: Option<JsValue>,
    what: &str,
    fields: &[Field],
) -> Result<T, JsError> {
    let Some(value) = value.filter(|v| !v.is_undefined() && !v.is_null()) else {
        return Ok(T::default());
    };
    if !value.is_object() || js_sys::Array::is_array(&value) || value.is_function() {
        return Err(JsError::new(&format!(
            "isnad: {what} options must be an object, got {}",
            type_name(&value)
        )));
    }
    let names = || fields.iter().map(|f| f.name).collect::<Vec<_>>().join(", ");
    let mut map = serde_json::Map::new();
    for key in js_sys::Object::keys(value.unchecked_ref::<js_sys::Object>()).iter() {
        let key = key.as_string().unwrap_or_default();
        let Some(f) = fields.iter().find(|f| f.name == key) else {
            return Err(JsError::new(&format!(
                "isnad: unknown field {key:?} in the {what} options; the options are {}",
                names()
            )));
        };
        let v = js_sys::Reflect::get(&value, &JsValue::from_str(&key)).unwrap_or(JsValue::UNDEFINED);
        if v.is_undefined() || v.is_null() {
            continue;
        }
        map.insert(key.clone(), check(&v, what, f)?);
    }
    serde_json::from_value(serde_json::Value::Object(map))
        .map_err(|e| JsError::new(&format!("isnad: invalid {what} options: {e}")))
}

/// The JSON form of `v` if it is valid for `f`, else an Error in plain words.
fn check(v: &JsValue, what: &str, f: &Field) -> Result<serde_json::Value, JsError> {
    let bad = |valid: String| {
        JsError::new(&format!(
            "isnad: {what} option {} must be {valid}, got {}",
            f.name,
            describe(v)
        ))
    };
    match &f.kind {
        Kind::Bool => v.as_bool().map(serde_json::Value::Bool).ok_or_else(|| bad("true or false".into())),
        Kind::OneOf(choices) => match v.as_string() {
            Some(s) if choices.contains(&s.as_str()) => Ok(serde_json::Value::String(s)),
            _ => Err(bad(one_of(choices))),
        },
        Kind::Number { min, max } => match v.as_f64() {
            Some(x) if x.is_finite() && (*min..=*max).contains(&x) => {
                Ok(serde_json::Number::from_f64(x).map_or(serde_json::Value::Null, serde_json::Value::Number))
            }
            _ => Err(bad(format!("a number from {min} to {max}"))),
        },
        Kind::ListOf(choices, noun) => {
            let valid = || format!("an array of {noun} ({})", choices.join(", "));
            if !js_sys::Array::is_array(v) {
                return Err(bad(valid()));
            }
            let mut out = Vec::new();
            for (i, item) in js_sys::Array::from(v).iter().enumerate() {
                match item.as_string() {
                    Some(s) if choices.contains(&s.as_str()) => out.push(serde_json::Value::String(s)),
                    _ => {
                        return Err(JsError::new(&format!(
                            "isnad: {what} option {}[{i}] must be one of {}, got {}",
                            f.name,
                            choices.join(", "),
                            describe(&item)
                        )))
                    }
                }
            }
            Ok(serde_json::Value::Array(out))
        }
        Kind::Texts(noun) => {
            if !js_sys::Array::is_array(v) {
                return Err(bad(format!("an array of {noun} (strings)")));
            }
            let mut out = Vec::new();
            for (i, item) in js_sys::Array::from(v).iter().enumerate() {
                match item.as_string() {
                    Some(s) => out.push(serde_json::Value::String(s)),
                    None => {
                        return Err(JsError::new(&format!(
                            "isnad: {what} option {}[{i}] must be a string ({noun}), got {}",
                            f.name,
                            describe(&item)
                        )))
                    }
                }
            }
            Ok(serde_json::Value::Array(out))
        }
    }
}

/// `"a", "b" or "c"`.
fn one_of(choices: &[&str]) -> String {
    let quoted: Vec<String> = choices.iter().map(|c| format!("{c:?}")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("one of {} or {last}", rest.join(", ")),
        Some((last, _)) => last.clone(),
        None => "nothing".into(),
    }
}

/// A value as a message shows it: strings quoted, numbers as JS prints them (NaN,
/// Infinity), others by type.
pub(crate) fn describe(v: &JsValue) -> String {
    if let Some(s) = v.as_string() {
        let short: String = s.chars().take(40).collect();
        format!("{short:?}")
    } else if let Some(x) = v.as_f64() {
        js_sys::Number::from(x).to_string_with_radix(10).map(String::from).unwrap_or_else(|_| x.to_string())
    } else if let Some(b) = v.as_bool() {
        b.to_string()
    } else {
        type_name(v)
    }
}
