//! `analyze` for JS.

use super::options::describe;
use super::{reslice_quotes, reslice_spans, string_arg, text_arg, to_js, type_name};
use crate::analyze::analyze as core_analyze;
use crate::offsets::Unit;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TS_ANALYZE: &'static str = r#"
/** A range of one article, in UTF-16 code units of its text. */
export interface ArticleSpan {
  article: string;
  start: number;
  end: number;
}

/** A quote's speaker, with the id of the entity its name is (none for a title alone). */
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
  /** The speaker as this article names it (the name, else the title). */
  speaker: string | null;
  /** The speaker's title or description in this article. */
  title: string | null;
  /** The entity this article's speaker is. */
  entityId: string | null;
  /** The cue word as written (قال، وأضاف…). */
  cue: string | null;
}

/** One quotation as carried by one or more articles, even in slightly different words. */
export interface QuoteCluster {
  id: string;
  /** The quoted words as the first carrier has them. */
  text: string;
  /** The speaker the carriers agree on (or the majority's, see `majority`); when no
   * carrier names anyone, the title one gives (مسؤول أمريكي). */
  speaker: string | null;
  /** That speaker's entity; null when carriers name different speakers and no majority does. */
  entityId: string | null;
  /** No two carriers name different speakers (unattributed carriers count for none). */
  agreed: boolean;
  /** They differ, and `speaker`/`entityId` are what more than half of the naming carriers give. */
  majority: boolean;
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

/// Analyzes several articles together: entities linked across them, similarity,
/// shared passages and quotes, and what each article alone carries.
#[wasm_bindgen(unchecked_return_type = "Analysis")]
pub fn analyze(
    #[wasm_bindgen(unchecked_param_type = "ArticleInput[]")] articles: JsValue,
) -> Result<JsValue, JsError> {
    if !js_sys::Array::is_array(&articles) {
        return Err(JsError::new(&format!(
            "isnad: analyze takes an array of {{id, text}} objects, got {}",
            type_name(&articles)
        )));
    }
    let list = js_sys::Array::from(&articles);
    let mut owned: Vec<(String, String, Option<js_sys::JsString>)> = Vec::with_capacity(list.length() as usize);
    for (i, item) in list.iter().enumerate() {
        if !item.is_object() || js_sys::Array::is_array(&item) {
            return Err(JsError::new(&format!(
                "isnad: articles[{i}] must be an object {{id, text}}, got {}",
                type_name(&item)
            )));
        }
        let field = |name: &str| -> Result<JsValue, JsError> {
            let v = js_sys::Reflect::get(&item, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
            if v.is_undefined() {
                return Err(JsError::new(&format!(
                    "isnad: articles[{i}] has no {name}; each article is an object {{id, text}} with two strings"
                )));
            }
            if !v.is_string() {
                return Err(JsError::new(&format!(
                    "isnad: articles[{i}].{name} must be a string, got {}",
                    describe(&v)
                )));
            }
            Ok(v)
        };
        let id = string_arg(&field("id")?, "id")?;
        let (text, original) = text_arg(&field("text")?, "text")?;
        owned.push((id, text, original));
    }
    let pairs: Vec<(&str, &str)> = owned.iter().map(|(i, t, _)| (i.as_str(), t.as_str())).collect();
    let analysis = core_analyze(&pairs, Unit::Utf16).map_err(|e| JsError::new(&format!("isnad: {e}")))?;
    let out = to_js(&analysis)?;
    if owned.iter().any(|(_, _, o)| o.is_some()) {
        reslice_articles(&out, &owned);
    }
    Ok(out)
}

/// Puts the original text back into each article's entity and quote fields that are
/// slices of it, for articles that had lone surrogates (see [`text_arg`]).
fn reslice_articles(out: &JsValue, owned: &[(String, String, Option<js_sys::JsString>)]) {
    let get = |o: &JsValue, k: &str| js_sys::Reflect::get(o, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED);
    let articles = get(out, "articles");
    for (i, article) in js_sys::Array::from(&articles).iter().enumerate() {
        if let Some((_, _, Some(original))) = owned.get(i) {
            reslice_spans(&get(&article, "entities"), original);
            reslice_quotes(&get(&article, "quotes"), original);
        }
    }
}
