//! `normalize`, `tokenize` and `nameKey` for JS.

use super::options::{read_options, NORMALIZE};
use super::{reslice_spans, string_arg, text_arg, to_js, u32_array, utf16_arg, utf16_to_js};
use crate::normalize::{normalize_utf16, normalize_utf16_units, OptionsSpec};
use crate::offsets::Unit;
use crate::tokenize::TokenView;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_TEXT: &'static str = r#"
/** Normalization steps; a preset sets the defaults, the other fields override it. */
export interface NormalizeOptions {
  /** `search` (default): fold everything for matching; `display`: for showing text; `none`: change nothing. */
  preset?: "search" | "display" | "none";
  /** Unicode normalization applied per letter with its marks. */
  unicode?: "none" | "nfc" | "nfkc";
  /** Remove diacritics and Quranic marks. */
  stripDiacritics?: boolean;
  /** Remove tatweel (U+0640). */
  stripTatweel?: boolean;
  /** آ أ إ ٱ ٲ ٳ → ا */
  foldAlef?: boolean;
  /** ى → ي */
  foldAlefMaksura?: boolean;
  /** ة → ه */
  foldTehMarbuta?: boolean;
  /** Persian and Urdu letters: `kaf-yeh` folds ک ڪ → ك and ی ې ے → ي; `all` also ہ ھ ە ۀ ۃ → ه. */
  persian?: "none" | "kaf-yeh" | "all";
  /** ؤ → و and ئ → ي */
  hamza?: boolean;
  /** Arabic-Indic and Persian digits → 0-9. */
  digits?: boolean;
  /** Arabic punctuation, curly quotes, guillemets and dashes → ASCII. */
  punctuation?: boolean;
  /** Remove zero-width and bidi control characters and soft hyphens. */
  stripInvisible?: boolean;
  /** `collapse`: each whitespace run → one space, trimmed; `lines`: same within lines, line breaks kept; `keep`. */
  whitespace?: "keep" | "collapse" | "lines";
  /** Latin uppercase → lowercase. */
  lowercase?: boolean;
}

/**
 * Normalized text with, for every UTF-16 code unit of `text`, the range of the
 * original it came from: the original of `text.slice(s, e)` is
 * `original.slice(starts[s], ends[e - 1])`.
 */
export interface Normalized {
  text: string;
  starts: Uint32Array;
  ends: Uint32Array;
}

export type TokenKind = "word" | "latin" | "number" | "punct" | "symbol";

/** A token; `start`/`end` are UTF-16 offsets into the original text. */
export interface Token {
  start: number;
  end: number;
  /** `original.slice(start, end)` */
  text: string;
  kind: TokenKind;
  /** The token normalized with the given options. */
  norm: string;
  /** Match key: `search` form without proclitics (و ف ب ك ل ال) and common suffixes. */
  key: string;
}
"#;

/// Normalizes Arabic text, with an offset map back to the original.
#[wasm_bindgen(unchecked_return_type = "Normalized")]
pub fn normalize(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "NormalizeOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let units = utf16_arg(&text, "text")?;
    let options = read_options::<OptionsSpec>(options, "normalize", NORMALIZE)?.resolve();
    // Text and offsets in UTF-16 from the one pass: no transcoding, no second pass;
    // in Node the input arrives as UTF-16 too.
    let n = match units {
        Some(units) => normalize_utf16_units(&units, &options),
        None => normalize_utf16(&string_arg(&text, "text")?, &options),
    };
    let out = js_sys::Object::new();
    let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&out, &JsValue::from_str(k), v).map(|_| ());
    set("text", &utf16_to_js(&n.text)?)
        .and_then(|_| set("starts", &u32_array(&n.starts)))
        .and_then(|_| set("ends", &u32_array(&n.ends)))
        .map_err(|_| JsError::new("isnad: cannot build the result object"))?;
    Ok(out.into())
}

/// Splits text into words, numbers, Latin words and punctuation.
#[wasm_bindgen(unchecked_return_type = "Token[]")]
pub fn tokenize(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "NormalizeOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let (text, original) = text_arg(&text, "text")?;
    let spec: OptionsSpec = read_options(options, "tokenize", NORMALIZE)?;
    let tokens = TokenView::all(&text, &spec.resolve(), Unit::Utf16);
    let out = to_js(&tokens)?;
    if let Some(original) = original {
        reslice_spans(&out, &original);
    }
    Ok(out)
}

/// A key that is equal for outlets' spellings of one foreign name (شويغو, شويجو).
#[wasm_bindgen(js_name = nameKey)]
pub fn name_key(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<String, JsError> {
    Ok(crate::name_key(&string_arg(&text, "text")?))
}
