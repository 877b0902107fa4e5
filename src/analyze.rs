//! Several articles at once: entities linked across them, their similarity, the
//! passages and quotations they share, who is said to have said what, and what each
//! article alone carries.
//!
//! This module only assembles: [`crate::entities::link_articles`] finds and links the
//! entities, [`crate::compare::compare_articles`] the rest. It joins the two (a quote's
//! speaker gets the id of the entity it names) and converts every byte offset to the
//! caller's unit in one pass per article, through [`crate::offsets`].

use serde::Serialize;

use crate::compare::quotes::QuoteView;
use crate::compare::{compare_articles, CorpusComparison, Cue, Quote};
use crate::entities::{link_articles, EntityAnalysis, EntityCluster, EntityType};
use crate::offsets::{OffsetConverter, Unit};

/// Bad input for [`analyze`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError(pub String);

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A range of one text, in the unit asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// A range of one article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ArticleSpan {
    pub article: String,
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    pub id: String,
    pub canonical: String,
    /// Confidence in [0, 1], to three decimals.
    pub score: f64,
}

impl Entity {
    /// An entity of `text` as callers see it: offsets in their unit (through `conv`)
    /// and the mention as written. `entities()` in JS and `isnad entities` show these.
    pub fn new(e: &crate::entities::Entity, text: &str, conv: &mut OffsetConverter) -> Entity {
        let (start, end) = conv.span(e.start, e.end);
        Entity {
            start: start as usize,
            end: end as usize,
            text: text[e.start..e.end].to_string(),
            kind: e.kind,
            id: e.id.clone(),
            canonical: e.canonical.clone(),
            // Rounded in f64: an f32 such as 0.731 would reach JS as 0.7310000061988831.
            score: (e.score as f64 * 1000.0).round() / 1000.0,
        }
    }
}

/// A quote's speaker (offsets converted) and the entity it names, when the entities of
/// the article include it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Speaker {
    #[serde(flatten)]
    pub speaker: crate::compare::Speaker,
    pub entity_id: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ArticleQuote {
    pub start: usize,
    pub end: usize,
    pub text_start: usize,
    pub text_end: usize,
    /// The quoted words.
    pub text: String,
    pub mark: String,
    pub closed: bool,
    pub speaker: Option<Speaker>,
    pub cue: Option<Cue>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ArticleResult {
    pub id: String,
    pub entities: Vec<Entity>,
    pub quotes: Vec<ArticleQuote>,
    /// Sentences no passage shared with another article overlaps.
    pub unique: Vec<Span>,
}

/// N×N scores; `matrix[i][j]` compares article `i` with article `j`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SimilarityMatrix {
    pub ids: Vec<String>,
    /// TF-IDF cosine of content words (symmetric).
    pub matrix: Vec<Vec<f64>>,
    /// Share of the word 3-grams of article `i` found in article `j`.
    pub containment: Vec<Vec<f64>>,
    /// Jaccard of word 3-grams (symmetric).
    pub jaccard: Vec<Vec<f64>>,
    /// The pair's similarity: share of the words of both articles inside a passage
    /// they share (symmetric; [`crate::compare::Similarity::shared`], the same number
    /// `compare(a, b)` gives with the other articles as `context`).
    pub shared: Vec<Vec<f64>>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PassageCluster {
    pub id: String,
    pub members: Vec<ArticleSpan>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct QuoteCarrier {
    pub article: String,
    pub start: usize,
    pub end: usize,
    /// The speaker as this article names it.
    pub speaker: Option<String>,
    pub cue: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteCluster {
    pub id: String,
    /// The quoted words as the first carrier has them.
    pub text: String,
    pub speaker: Option<String>,
    pub entity_id: Option<String>,
    /// Whether every carrier that names a speaker names this one.
    pub agreed: bool,
    pub carriers: Vec<QuoteCarrier>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Analysis {
    pub articles: Vec<ArticleResult>,
    pub entities: Vec<EntityCluster>,
    pub similarity: SimilarityMatrix,
    pub passages: Vec<PassageCluster>,
    pub quotes: Vec<QuoteCluster>,
}

/// Most articles one call takes: the comparison is quadratic in their number.
pub const MAX_ARTICLES: usize = 1000;

/// Checks ids: present, unique, at most [`MAX_ARTICLES`] articles.
pub fn check_articles(articles: &[(&str, &str)]) -> Result<(), InputError> {
    if articles.len() > MAX_ARTICLES {
        return Err(InputError(format!("at most {MAX_ARTICLES} articles, got {}", articles.len())));
    }
    let mut seen = std::collections::HashSet::new();
    for (i, (id, _)) in articles.iter().enumerate() {
        if id.is_empty() {
            return Err(InputError(format!("article {i} has an empty id")));
        }
        if !seen.insert(*id) {
            return Err(InputError(format!("two articles have the id {id:?}; ids must be unique")));
        }
    }
    Ok(())
}

/// Analyzes `articles` (`(id, text)` pairs); offsets count `unit`.
pub fn analyze(articles: &[(&str, &str)], unit: Unit) -> Result<Analysis, InputError> {
    check_articles(articles)?;
    let linked = link_articles(articles);
    let compared = compare_articles(articles);
    Ok(assemble(articles, &linked, &compared, unit))
}

/// The entity of `article` whose mention overlaps the byte span, people and bodies first.
fn entity_at(linked: &EntityAnalysis, article: usize, start: usize, end: usize) -> Option<String> {
    let ents = &linked.articles.get(article)?.entities;
    let overlapping = ents.iter().filter(|e| e.start < end && start < e.end);
    overlapping
        .filter(|e| matches!(e.kind, EntityType::Per | EntityType::Org | EntityType::Loc | EntityType::Misc))
        .max_by_key(|e| (e.kind == EntityType::Per || e.kind == EntityType::Org, e.end - e.start))
        .map(|e| e.id.clone())
}

/// Article `article`'s byte span `[start, end)` in the callers' unit.
fn at(convs: &mut [OffsetConverter], article: usize, start: usize, end: usize) -> (usize, usize) {
    let (s, e) = convs[article].span(start, end);
    (s as usize, e as usize)
}

fn assemble(articles: &[(&str, &str)], linked: &EntityAnalysis, compared: &CorpusComparison, unit: Unit) -> Analysis {
    let ids: Vec<String> = articles.iter().map(|(id, _)| id.to_string()).collect();
    // One converter per article; each list below is converted in increasing order
    // where it can be, so conversion stays close to linear.
    let mut convs: Vec<OffsetConverter> = articles.iter().map(|(_, t)| OffsetConverter::new(t, unit)).collect();

    let mut results = Vec::with_capacity(articles.len());
    for (i, (id, text)) in articles.iter().enumerate() {
        let entities = linked.articles.get(i).map_or(&[][..], |a| &a.entities[..]);
        let entities: Vec<Entity> = entities.iter().map(|e| Entity::new(e, text, &mut convs[i])).collect();
        let art = compared.articles.get(i);
        let quotes: Vec<ArticleQuote> = art
            .map_or(&[][..], |a| &a.quotes[..])
            .iter()
            .map(|q| convert_quote(q, text, i, linked, &mut convs[i]))
            .collect();
        let unique = art
            .map_or(&[][..], |a| &a.unique_sentences[..])
            .iter()
            .map(|s| {
                let (start, end) = at(&mut convs, i, s.start, s.end);
                Span { start, end }
            })
            .collect();
        results.push(ArticleResult { id: id.to_string(), entities, quotes, unique });
    }

    let index_of: std::collections::HashMap<&str, usize> =
        articles.iter().enumerate().map(|(i, (id, _))| (*id, i)).collect();
    let entities = linked
        .entities
        .iter()
        .map(|c| {
            let mut c = c.clone();
            c.mentions.retain_mut(|m| {
                let Some(&i) = index_of.get(m.article.as_str()) else { return false };
                (m.start, m.end) = at(&mut convs, i, m.start, m.end);
                true
            });
            c
        })
        .collect();

    let n = articles.len();
    let grid = |f: &dyn Fn(usize, usize) -> f64| -> Vec<Vec<f64>> {
        (0..n).map(|i| (0..n).map(|j| if i == j { 1.0 } else { f(i, j) }).collect()).collect()
    };
    let sim = &compared.similarity;
    let similarity = SimilarityMatrix {
        ids: ids.clone(),
        matrix: grid(&|i, j| sim[i][j].cosine),
        containment: grid(&|i, j| sim[i][j].containment_ab),
        jaccard: grid(&|i, j| sim[i][j].jaccard),
        shared: grid(&|i, j| sim[i][j].shared),
    };

    let passages = compared
        .passage_clusters
        .iter()
        .enumerate()
        .map(|(k, c)| PassageCluster {
            id: format!("p{}", k + 1),
            members: c
                .members
                .iter()
                .map(|m| {
                    let (start, end) = at(&mut convs, m.article, m.span.start, m.span.end);
                    ArticleSpan { article: ids[m.article].clone(), start, end }
                })
                .collect(),
        })
        .collect();

    let quotes = compared
        .quote_clusters
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let first = c.members.first();
            let text = first
                .and_then(|m| {
                    let q = compared.articles.get(m.article)?.quotes.get(m.quote)?;
                    Some(articles[m.article].1[q.text_start..q.text_end].to_string())
                })
                .unwrap_or_default();
            // The entity named by the members' speakers, the most common one.
            let mut votes: Vec<(String, usize)> = Vec::new();
            for m in &c.members {
                let Some(q) = compared.articles.get(m.article).and_then(|a| a.quotes.get(m.quote)) else { continue };
                if let Some(s) = &q.speaker {
                    if let Some(eid) = entity_at(linked, m.article, s.start, s.end) {
                        match votes.iter_mut().find(|(id, _)| *id == eid) {
                            Some(v) => v.1 += 1,
                            None => votes.push((eid, 1)),
                        }
                    }
                }
            }
            votes.sort_by_key(|v| std::cmp::Reverse(v.1));
            let carriers = c
                .members
                .iter()
                .filter_map(|m| {
                    let q = compared.articles.get(m.article)?.quotes.get(m.quote)?;
                    let (start, end) = at(&mut convs, m.article, q.start, q.end);
                    Some(QuoteCarrier {
                        article: ids[m.article].clone(),
                        start,
                        end,
                        speaker: m.speaker.clone(),
                        cue: m.cue.clone(),
                    })
                })
                .collect();
            QuoteCluster {
                id: format!("q{}", k + 1),
                text,
                speaker: c.speaker.clone(),
                entity_id: votes.first().map(|v| v.0.clone()),
                agreed: c.agreed,
                carriers,
            }
        })
        .collect();

    Analysis { articles: results, entities, similarity, passages, quotes }
}

fn convert_quote(q: &Quote, text: &str, article: usize, linked: &EntityAnalysis, conv: &mut OffsetConverter) -> ArticleQuote {
    // The speaker's entity is looked up by byte offsets, before they are converted.
    let entity_id = q.speaker.as_ref().and_then(|s| entity_at(linked, article, s.start, s.end));
    let QuoteView { quote: q, text } = QuoteView::new(q, text, conv);
    ArticleQuote {
        start: q.start,
        end: q.end,
        text_start: q.text_start,
        text_end: q.text_end,
        text,
        mark: q.mark,
        closed: q.closed,
        speaker: q.speaker.map(|speaker| Speaker { speaker, entity_id }),
        cue: q.cue,
    }
}
