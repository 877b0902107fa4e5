//! The WebAssembly binding layer: thin on purpose.
//!
//! Each function checks its JS arguments, calls the core, converts byte offsets to
//! UTF-16 code units through [`crate::offsets`] and hands plain objects to JS
//! (serde-wasm-bindgen's JSON-compatible serializer, so maps become objects). Bad
//! input becomes a JS `Error` with a message that says what is wrong; nothing panics.

mod analyze;
mod compare;
mod entities;
mod text;

pub use analyze::*;
pub use compare::*;
pub use entities::*;
pub use text::*;

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// Serializes a result as plain JS objects and arrays.
pub(crate) fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("isnad: cannot convert the result: {e}")))
}

#[wasm_bindgen]
extern "C" {
    type TextDecoder;
    #[wasm_bindgen(constructor, catch)]
    fn new(label: &str, options: &JsValue) -> Result<TextDecoder, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn decode(this: &TextDecoder, input: &js_sys::Uint16Array) -> Result<js_sys::JsString, JsValue>;
}

thread_local! {
    // ignoreBOM: a leading U+FEFF is text (preset `none` keeps it), not a mark to drop.
    static UTF16_DECODER: Option<TextDecoder> = {
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"ignoreBOM".into(), &JsValue::TRUE)
            .ok()
            .and_then(|_| TextDecoder::new("utf-16le", &options).ok())
    };
}

/// A JS string from UTF-16 code units: decoded by the engine straight from wasm
/// memory (much faster than decoding UTF-8 for non-Latin text), or through UTF-8 where
/// no UTF-16 TextDecoder exists.
pub(crate) fn utf16_to_js(units: &[u16]) -> Result<JsValue, JsError> {
    let decoded = UTF16_DECODER.with(|d| {
        d.as_ref().and_then(|d| {
            // SAFETY: the view is used at once, before anything can allocate (and so
            // grow the memory, which would detach it).
            let view = unsafe { js_sys::Uint16Array::view(units) };
            d.decode(&view).ok()
        })
    });
    match decoded {
        Some(s) => Ok(s.into()),
        None => Ok(JsValue::from_str(&String::from_utf16_lossy(units))),
    }
}

/// A JS Uint32Array copy of `values`: a new array filled with `set` from a view of
/// wasm memory. (Node 20 measures of this against `slice` of the view, what
/// `Uint32Array::from` does, and against one buffer for both offset arrays, differed
/// by less than run-to-run noise; allocating and paging in the copy is the cost.)
pub(crate) fn u32_array(values: &[u32]) -> js_sys::Uint32Array {
    let array = js_sys::Uint32Array::new_with_length(values.len() as u32);
    array.copy_from(values);
    array
}

/// The string in `value`, or an Error naming the argument.
pub(crate) fn string_arg(value: &JsValue, name: &str) -> Result<String, JsError> {
    value
        .as_string()
        .ok_or_else(|| JsError::new(&format!("isnad: {name} must be a string, got {}", type_name(value))))
}

/// Options from an optional JS object; `undefined` and `null` give the defaults.
pub(crate) fn options_arg<T: DeserializeOwned + Default>(value: Option<JsValue>, what: &str) -> Result<T, JsError> {
    match value {
        None => Ok(T::default()),
        Some(v) if v.is_undefined() || v.is_null() => Ok(T::default()),
        Some(v) if !v.is_object() || js_sys::Array::is_array(&v) => Err(JsError::new(&format!(
            "isnad: {what} options must be an object, got {}",
            type_name(&v)
        ))),
        // Through JSON, so that unknown option names are rejected (serde-wasm-bindgen
        // only looks up the fields it knows).
        Some(v) => {
            let json: String = js_sys::JSON::stringify(&v)
                .map_err(|_| JsError::new(&format!("isnad: {what} options cannot be read as JSON")))?
                .into();
            serde_json::from_str(&json).map_err(|e| {
                let message = e.to_string();
                let message = message.split(" at line ").next().unwrap_or(&message);
                JsError::new(&format!("isnad: invalid {what} options: {message}"))
            })
        }
    }
}

fn type_name(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(value) {
        "an array".into()
    } else {
        value.js_typeof().as_string().unwrap_or_else(|| "unknown".into())
    }
}

/// The package version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}
