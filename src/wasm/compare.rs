//! `compare`, `diff` and `quotes` for JS, with UTF-16 offsets. (The core's
//! `compare_articles` reaches JS through `analyze`, which adds entities to it.)

use super::options::{read_options, Field, Kind, DIFF_LEVELS};
use super::{reslice_quotes, string_arg, text_arg, to_js};
use crate::compare::quotes::QuoteView;
use crate::compare::{self as core, CompareOptions, DiffLevel};
use crate::offsets::{convert, convert_pair, Unit};
use serde::Deserialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_COMPARE: &'static str = r#"
/** A range of a text in UTF-16 code units: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * What the evidence shows, not a verdict: `verbatim`: the same words (score 0.95 or
 * more); `edited`: the same words, some changed, added or dropped (0.7 or more);
 * `reworded`: the same sentence with several words replaced, or its words shuffled.
 */
export type PassageKind = "verbatim" | "edited" | "reworded";

/** A passage of `a` reused in `b` (or both taken from one source). */
export interface Passage {
  a: Span;
  b: Span;
  /**
   * How much of the passage is the same wording: the share of the words of both spans
   * on their longest common subsequence (clitics and spelling variants folded), in [0, 1].
   */
  score: number;
  kind: PassageKind;
}

/** Similarity scores, each in [0, 1]. Shingles are word 3-grams of match keys. */
export interface Similarity {
  /** Share of the shingles of `a` found in `b`. */
  containmentAb: number;
  /** Share of the shingles of `b` found in `a`. */
  containmentBa: number;
  /** Shared shingles over all shingles of both. */
  jaccard: number;
  /** Cosine of TF-IDF vectors of content words (IDF over the sentences of both). */
  cosine: number;
  /**
   * The pair's similarity, the one number to show for a pair: the share of the words of
   * both texts inside a reused passage (0 when nothing was copied, however close the
   * subjects). `analyze` gives the same number in `similarity.shared`.
   */
  shared: number;
}

/**
 * One diff operation over whole words; `a` and `b` are the ranges it covers (empty for
 * the side that has nothing). Read in order, the ranges rebuild both texts.
 */
export interface DiffOp {
  op: "equal" | "insert" | "delete" | "replace";
  a: Span;
  b: Span;
}

export interface Comparison {
  /** Reused passages, in the order of `a`; empty when `passages: false`. */
  passages: Passage[];
  similarity: Similarity;
  /** Word-level diff; empty when `diff: false`. */
  diff: DiffOp[];
}

export interface CompareOptions {
  /** When two words are equal in the diff: exact characters, `search` normalization (default) or name keys (غ/ج…). */
  diffLevel?: "exact" | "search" | "nameKey";
  /** Find reused passages (default true). */
  passages?: boolean;
  /** Compute the diff (default true). */
  diff?: boolean;
  /**
   * The other reports of the event, as `analyze` gets them: what they all carry weighs
   * less as evidence of reuse, and `compare` then finds for the pair what `analyze`
   * finds. Default: none (the pair alone).
   */
  context?: string[];
}

export interface DiffOptions {
  /** When two words are equal: exact characters, `search` normalization (default) or name keys. */
  level?: "exact" | "search" | "nameKey";
}

/** Who is said to speak; offsets in UTF-16 code units. */
export interface Speaker {
  /** The name as written (no clitic, title, date or emoji); the title when no name is
   * given. For a speaker carried over or resolved by title: where the article named them. */
  start: number;
  end: number;
  /** The text of that span. */
  text: string;
  /** The person's or body's name, if the phrase has one. */
  name: string | null;
  /** The title or description, when the phrase has one. */
  title: string | null;
  /** Name key of the name (else of the title): links speakers across articles and to entities. */
  key: string;
  /** Named in an earlier sentence and carried over (وأضاف …). */
  inherited: boolean;
  /** Named here by title alone (وقال وزير الدفاع) and resolved to the person the article
   * last named with that title; `title` is the title used here. */
  byTitle: boolean;
}

/** The word that introduces a quotation (قال، وأضاف، حسبما قال، بحسب…). */
export interface Cue {
  start: number;
  end: number;
  text: string;
  /** `search` form without the conjunction و/ف. */
  form: string;
  position: "before" | "after";
}

/** A direct quotation; offsets in UTF-16 code units. */
export interface Quote {
  /** With the quotation marks. */
  start: number;
  end: number;
  /** The quoted words: `text.slice(textStart, textEnd)`. */
  textStart: number;
  textEnd: number;
  text: string;
  /** The opening mark. */
  mark: string;
  /** False when the quotation runs unclosed to the end of its paragraph. */
  closed: boolean;
  speaker: Speaker | null;
  cue: Cue | null;
  /** Other places in the same text quoting the same words (with the marks): one
   * quotation, several places. */
  also: Span[];
}

/** One article for `analyze`: `id` names it in the results. */
export interface ArticleInput {
  id: string;
  text: string;
}

"#;

const COMPARE_OPTIONS: &[Field] = &[
    Field { name: "diffLevel", kind: Kind::OneOf(DIFF_LEVELS) },
    Field { name: "passages", kind: Kind::Bool },
    Field { name: "diff", kind: Kind::Bool },
    Field { name: "context", kind: Kind::Texts("the other reports' texts") },
];

const DIFF_OPTIONS: &[Field] = &[Field { name: "level", kind: Kind::OneOf(DIFF_LEVELS) }];

/// Compares two texts: reused passages, similarity scores and a word-level diff.
#[wasm_bindgen(unchecked_return_type = "Comparison")]
pub fn compare(
    #[wasm_bindgen(unchecked_param_type = "string")] a: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] b: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "CompareOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let a = string_arg(&a, "a")?;
    let b = string_arg(&b, "b")?;
    let options: CompareOptions = read_options(options, "compare", COMPARE_OPTIONS)?;
    let mut c = core::compare(&a, &b, &options);
    convert_pair(&mut c, &a, &b, Unit::Utf16);
    to_js(&c)
}

/// Options of `diff`.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, default)]
struct DiffOptions {
    level: DiffLevel,
}

/// Word-level diff of two texts: operations over whole words that rebuild both.
#[wasm_bindgen(unchecked_return_type = "DiffOp[]")]
pub fn diff(
    #[wasm_bindgen(unchecked_param_type = "string")] a: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] b: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "DiffOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let a = string_arg(&a, "a")?;
    let b = string_arg(&b, "b")?;
    let options: DiffOptions = read_options(options, "diff", DIFF_OPTIONS)?;
    let mut ops = core::diff(&a, &b, options.level);
    convert_pair(&mut ops, &a, &b, Unit::Utf16);
    to_js(&ops)
}

/// Direct quotations with their speaker and cue word, read with the names the entity
/// finder marks (as `analyze` reads each article).
#[wasm_bindgen(unchecked_return_type = "Quote[]")]
pub fn quotes(#[wasm_bindgen(unchecked_param_type = "string")] text: JsValue) -> Result<JsValue, JsError> {
    let (text, original) = text_arg(&text, "text")?;
    let found = crate::analyze::quotes_in(&text);
    let mut out: Vec<QuoteView> = found.iter().map(|q| QuoteView::new(q, &text)).collect();
    convert(&mut out, &text, Unit::Utf16);
    let out = to_js(&out)?;
    if let Some(original) = original {
        reslice_quotes(&out, &original);
    }
    Ok(out)
}
