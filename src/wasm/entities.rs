//! `entities` for JS.

use super::options::{read_options, Field, Kind};
use super::{reslice_spans, text_arg, to_js};
use crate::analyze::entities_in;
use crate::offsets::Unit;
use serde::Deserialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_ENTITIES: &'static str = r#"
export type EntityType = "PER" | "LOC" | "ORG" | "MISC" | "DATE" | "QUANTITY";

/** Options of `entities`. */
export interface EntitiesOptions {
  /** Keep only these types (default: all). */
  types?: EntityType[];
  /** Keep only mentions scored at least this (0 to 1; default 0). */
  minScore?: number;
}

/** One mention; `start`/`end` are UTF-16 offsets into the original text. */
export interface Entity {
  start: number;
  end: number;
  /** `original.slice(start, end)`; a clitic before a name (و ف ب ك ل) is outside. */
  text: string;
  type: EntityType;
  /** Mentions of one entity share an id, within the text. */
  id: string;
  /** The entity's name: its longest, most frequent form in the text. */
  canonical: string;
  /** Confidence between 0 and 1 (1 for dates and quantities, found by rules). */
  score: number;
}
"#;

#[derive(Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "camelCase")]
struct EntitiesOptions {
    types: Option<Vec<String>>,
    min_score: Option<f32>,
}

const TYPES: &[&str] = &["PER", "LOC", "ORG", "MISC", "DATE", "QUANTITY"];

const OPTIONS: &[Field] = &[
    Field { name: "types", kind: Kind::ListOf(TYPES, "entity types") },
    Field { name: "minScore", kind: Kind::Number { min: 0.0, max: 1.0 } },
];

/// Finds people, places, organizations, other names, dates and quantities, linked
/// within the text.
#[wasm_bindgen(unchecked_return_type = "Entity[]")]
pub fn entities(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "EntitiesOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let (text, original) = text_arg(&text, "text")?;
    let o: EntitiesOptions = read_options(options, "entities", OPTIONS)?;
    let min = o.min_score.unwrap_or(0.0);
    let out = entities_in(&text, Unit::Utf16, |e| {
        e.score >= min && o.types.as_ref().is_none_or(|ts| ts.iter().any(|t| t == e.kind.as_str()))
    });
    let out = to_js(&out)?;
    if let Some(original) = original {
        reslice_spans(&out, &original);
    }
    Ok(out)
}
