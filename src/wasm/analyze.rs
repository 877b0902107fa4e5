//! `analyze` for JS.

use super::to_js;
use crate::analyze::analyze as core_analyze;
use crate::offsets::Unit;
use serde::Deserialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_ANALYZE: &'static str = r#"
/** A range of one article, in UTF-16 code units of its text. */
export interface ArticleSpan {
  article: string;
  start: number;
  end: number;
}

/** A quote's speaker, with the id of the entity it names when there is one. */
export interface AnalyzedSpeaker extends Speaker {
  entityId: string | null;
}

export interface AnalyzedQuote extends Omit<Quote, "speaker"> {
  speaker: AnalyzedSpeaker | null;
}

export interface ArticleAnalysis {
  id: string;
  /** Entity ids are shared across articles. */
  entities: Entity[];
  quotes: AnalyzedQuote[];
  /** Sentences no passage shared with another article overlaps: what it did not copy or have copied. */
  unique: Span[];
}

/** One entity across all articles. */
export interface EntityCluster {
  id: string;
  type: EntityType;
  /** Its longest, most frequent form. */
  canonical: string;
  /** Every spelling seen. */
  variants: string[];
  mentions: ArticleSpan[];
}

export interface SimilarityMatrix {
  /** Article ids, in input order: row and column `i` is article `ids[i]`. */
  ids: string[];
  /** TF-IDF cosine of content words, symmetric, in [0, 1]. */
  matrix: number[][];
  /** `containment[i][j]`: share of article i's word 3-grams found in article j. */
  containment: number[][];
  /** Jaccard of word 3-grams, symmetric. */
  jaccard: number[][];
  /**
   * The pair's similarity, the one number to show for a pair: the share of the words of
   * both articles inside a passage they share (symmetric, in [0, 1]); `compare(a, b,
   * { context })` gives the same `similarity.shared` with the other articles as context.
   */
  shared: number[][];
}

/** Text that several articles share: one span in each. */
export interface PassageCluster {
  id: string;
  members: ArticleSpan[];
}

export interface QuoteCarrier extends ArticleSpan {
  /** The speaker as this article names it. */
  speaker: string | null;
  /** The cue word as written (قال، وأضاف…). */
  cue: string | null;
}

/** One quotation as carried by one or more articles, even in slightly different words. */
export interface QuoteCluster {
  id: string;
  /** The quoted words as the first carrier has them. */
  text: string;
  speaker: string | null;
  /** The entity the carriers' speakers name. */
  entityId: string | null;
  /** Whether every carrier that names a speaker names this one. */
  agreed: boolean;
  carriers: QuoteCarrier[];
}

export interface Analysis {
  articles: ArticleAnalysis[];
  entities: EntityCluster[];
  similarity: SimilarityMatrix;
  passages: PassageCluster[];
  quotes: QuoteCluster[];
}
"#;

#[derive(Deserialize)]
struct ArticleIn {
    id: serde_json::Value,
    text: serde_json::Value,
}

/// Analyzes several articles together: entities linked across them, similarity,
/// shared passages and quotes, and what each article alone carries.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(
    #[wasm_bindgen(unchecked_param_type = "ArticleInput[]")] articles: JsValue,
) -> Result<JsValue, JsError> {
    if !js_sys::Array::is_array(&articles) {
        return Err(JsError::new("isnad: analyze takes an array of {id, text} objects"));
    }
    let json: String = js_sys::JSON::stringify(&articles)
        .map_err(|_| JsError::new("isnad: the articles cannot be read as JSON"))?
        .into();
    let raw: Vec<serde_json::Value> =
        serde_json::from_str(&json).map_err(|e| JsError::new(&format!("isnad: invalid articles: {e}")))?;
    let mut owned: Vec<(String, String)> = Vec::with_capacity(raw.len());
    for (i, v) in raw.into_iter().enumerate() {
        let a: ArticleIn = serde_json::from_value(v)
            .map_err(|_| JsError::new(&format!("isnad: articles[{i}] must be an object {{id, text}}")))?;
        let (Some(id), Some(text)) = (a.id.as_str(), a.text.as_str()) else {
            return Err(JsError::new(&format!("isnad: articles[{i}].id and .text must be strings")));
        };
        owned.push((id.to_string(), text.to_string()));
    }
    let pairs: Vec<(&str, &str)> = owned.iter().map(|(i, t)| (i.as_str(), t.as_str())).collect();
    let analysis = core_analyze(&pairs, Unit::Utf16).map_err(|e| JsError::new(&format!("isnad: {e}")))?;
    to_js(&analysis)
}
