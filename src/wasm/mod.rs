//! The WebAssembly binding layer: thin on purpose.
//!
//! Each function checks its JS arguments, calls the core, converts byte offsets to
//! UTF-16 code units through [`crate::offsets`] and hands plain objects to JS
//! (serde-wasm-bindgen's JSON-compatible serializer, so maps become objects). Bad
//! input becomes a JS `Error` with a message that says what is wrong; nothing panics.

mod analyze;
mod compare;
mod entities;
mod options;
mod text;

pub use analyze::*;
pub use compare::*;
pub use entities::*;
pub use text::*;

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

#[wasm_bindgen]
extern "C" {
    /// Node's `Buffer`: its `write(string, "utf16le")` copies a string's code units as
    /// they are, some fifty times faster in Node 20 than `TextEncoder.encodeInto`
    /// transcodes Arabic to UTF-8 (31 µs against 1,557 µs for 0.68 M code units).
    type NodeBuffer;
    #[wasm_bindgen(static_method_of = NodeBuffer, js_class = "Buffer", js_name = from, catch)]
    fn from_memory(memory: &js_sys::ArrayBuffer, offset: u32, length: u32) -> Result<NodeBuffer, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn write(this: &NodeBuffer, text: &js_sys::JsString, encoding: &str) -> Result<u32, JsValue>;
}

thread_local! {
    static HAS_NODE_BUFFER: bool = js_sys::Reflect::get(&js_sys::global(), &"Buffer".into())
        .ok()
        .and_then(|b| js_sys::Reflect::get(&b, &"from".into()).ok())
        .is_some_and(|f| f.is_function());
}

/// The UTF-16 code units of the string in `value` where Node's `Buffer` can copy them
/// into wasm memory as they are (`None` elsewhere: browsers have no such copy, and
/// callers take the string as UTF-8 with [`string_arg`]), or an Error naming the
/// argument.
pub(crate) fn utf16_arg(value: &JsValue, name: &str) -> Result<Option<Vec<u16>>, JsError> {
    let Some(text) = value.dyn_ref::<js_sys::JsString>() else {
        return Err(not_a_string(value, name));
    };
    if !HAS_NODE_BUFFER.with(|&b| b) {
        return Ok(None);
    }
    let len = text.length() as usize;
    let mut units = Vec::<u16>::with_capacity(len);
    // Fetched after allocating, which may grow (and so replace) the memory's buffer;
    // nothing runs in wasm while the JS Buffer over it is in use.
    let memory = wasm_bindgen::memory().unchecked_into::<js_sys::WebAssembly::Memory>().buffer();
    let Ok(memory) = memory.dyn_into::<js_sys::ArrayBuffer>() else { return Ok(None) };
    let written = NodeBuffer::from_memory(&memory, units.as_mut_ptr() as u32, 2 * len as u32)
        .and_then(|buffer| buffer.write(text, "utf16le"));
    match written {
        Ok(bytes) if bytes as usize == 2 * len => {
            // SAFETY: Buffer#write wrote all `len` code units into the capacity.
            unsafe { units.set_len(len) };
            Ok(Some(units))
        }
        _ => Ok(None),
    }
}

fn not_a_string(value: &JsValue, name: &str) -> JsError {
    JsError::new(&format!("isnad: {name} must be a string, got {}", type_name(value)))
}

/// The string in `value`, or an Error naming the argument.
pub(crate) fn string_arg(value: &JsValue, name: &str) -> Result<String, JsError> {
    value
        .as_string()
        .ok_or_else(|| not_a_string(value, name))
}

/// The string in `value` as Rust reads it (lone surrogates, as in a text cut inside an
/// emoji, become U+FFFD, one code unit like them, so offsets stay exact), with the
/// original JS string when it had any: [`reslice`] then puts the original back into
/// the fields that are documented as slices of it.
pub(crate) fn text_arg(value: &JsValue, name: &str) -> Result<(String, Option<js_sys::JsString>), JsError> {
    let text = string_arg(value, name)?;
    let original = value.dyn_ref::<js_sys::JsString>().filter(|s| !s.is_valid_utf16()).cloned();
    Ok((text, original))
}

/// Sets `obj[text]` to `original.slice(obj[start], obj[end])`, when `obj` has both.
pub(crate) fn reslice(obj: &JsValue, original: &js_sys::JsString, text: &str, start: &str, end: &str) {
    let get = |k: &str| js_sys::Reflect::get(obj, &JsValue::from_str(k)).ok().and_then(|v| v.as_f64());
    if let (Some(s), Some(e)) = (get(start), get(end)) {
        let _ = js_sys::Reflect::set(obj, &JsValue::from_str(text), &original.slice(s as u32, e as u32));
    }
}

/// [`reslice`] of `text`/`start`/`end` in every object of an array.
pub(crate) fn reslice_spans(array: &JsValue, original: &js_sys::JsString) {
    for item in js_sys::Array::from(array).iter() {
        reslice(&item, original, "text", "start", "end");
    }
}

/// [`reslice`] of every quote of an array: its quoted words, speaker and cue.
pub(crate) fn reslice_quotes(array: &JsValue, original: &js_sys::JsString) {
    for q in js_sys::Array::from(array).iter() {
        reslice(&q, original, "text", "textStart", "textEnd");
        for part in ["speaker", "cue"] {
            if let Ok(p) = js_sys::Reflect::get(&q, &JsValue::from_str(part)) {
                if p.is_object() {
                    reslice(&p, original, "text", "start", "end");
                }
            }
        }
    }
}

pub(crate) fn type_name(value: &JsValue) -> String {
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
