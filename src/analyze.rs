//! Several articles at once: entities linked across them, their similarity, the
//! passages and quotations they share, who is said to have said what, and what each
//! article alone carries.
//!
//! This module only assembles: [`crate::entities::link_articles`] finds and links the
//! entities, [`crate::compare::compare_articles`] the rest. It joins the two (a quote's
//! speaker gets the id of the entity it names) and converts every byte offset to the
//! caller's unit in one pass per article, through [`crate::offsets`].

use serde::Serialize;

use std::collections::HashMap;

use crate::compare::quotes::attribution::{decide, Carrier};
use crate::compare::quotes::{quotes_with, NameHint, QuoteView};
use crate::compare::corpus::compare_articles_quoted;
/// A range of one text: the core's, its offsets converted like every result's.
pub use crate::compare::Span;
use crate::compare::{CorpusComparison, Cue, Quote};
use crate::entities::{link_articles, EntityAnalysis, EntityCluster, EntityType};
use crate::offsets::{ArticleSpans, Spans, Unit};

/// Bad input for [`analyze`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError(pub String);

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
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
    /// An entity of `text` as callers see it: the mention as written and the score
    /// rounded, offsets still in bytes (callers convert them with
    /// [`crate::offsets::convert`]). `entities()` in JS and Python and `isnad entities`
    /// show these.
    pub fn new(e: &crate::entities::Entity, text: &str) -> Entity {
        Entity {
            start: e.start,
            end: e.end,
            text: text[e.start..e.end].to_string(),
            kind: e.kind,
            id: e.id.clone(),
            canonical: e.canonical.clone(),
            // Rounded in f64: an f32 such as 0.731 would reach JS as 0.7310000061988831.
            score: (e.score as f64 * 1000.0).round() / 1000.0,
        }
    }
}

impl crate::offsets::Spans for Entity {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        (self.start, self.end) = (f(self.start), f(self.end));
    }
}

/// The entities of `text` as callers see them, offsets in `unit`, keeping those that
/// `keep` accepts (the bindings' `types` and `minScore` options).
pub fn entities_in(text: &str, unit: Unit, keep: impl Fn(&crate::entities::Entity) -> bool) -> Vec<Entity> {
    let mut out: Vec<Entity> = crate::entities::entities(text).iter().filter(|e| keep(e)).map(|e| Entity::new(e, text)).collect();
    crate::offsets::convert(&mut out, text, unit);
    out
}

// Where each result lists its offsets, for the one conversion in `crate::offsets`.

impl Spans for Speaker {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.speaker.map_spans(f);
    }
}

impl Spans for ArticleQuote {
    fn map_spans(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        for x in [&mut self.start, &mut self.end, &mut self.text_start, &mut self.text_end] {
            *x = f(*x);
        }
        self.speaker.map_spans(f);
        self.cue.map_spans(f);
        self.also.map_spans(f);
    }
}

impl ArticleSpans for ArticleResult {
    fn map_article_spans(&mut self, f: &mut dyn FnMut(&str, usize) -> usize) {
        let id = &self.id;
        let mut g = |x| f(id, x);
        self.entities.map_spans(&mut g);
        self.quotes.map_spans(&mut g);
        self.unique.map_spans(&mut g);
    }
}

impl ArticleSpans for ArticleSpan {
    fn map_article_spans(&mut self, f: &mut dyn FnMut(&str, usize) -> usize) {
        (self.start, self.end) = (f(&self.article, self.start), f(&self.article, self.end));
    }
}

impl ArticleSpans for QuoteCarrier {
    fn map_article_spans(&mut self, f: &mut dyn FnMut(&str, usize) -> usize) {
        (self.start, self.end) = (f(&self.article, self.start), f(&self.article, self.end));
    }
}

impl ArticleSpans for PassageCluster {
    fn map_article_spans(&mut self, f: &mut dyn FnMut(&str, usize) -> usize) {
        self.members.map_article_spans(f);
    }
}

impl ArticleSpans for QuoteCluster {
    fn map_article_spans(&mut self, f: &mut dyn FnMut(&str, usize) -> usize) {
        self.carriers.map_article_spans(f);
    }
}

impl ArticleSpans for Analysis {
    fn map_article_spans(&mut self, f: &mut dyn FnMut(&str, usize) -> usize) {
        self.articles.map_article_spans(f);
        self.entities.map_article_spans(f);
        self.passages.map_article_spans(f);
        self.quotes.map_article_spans(f);
    }
}

/// A quote's speaker (offsets converted) and the entity its name is, when the entities
/// of the article include it ([`SpeakerLinker`]); none for a speaker named by an
/// unresolved title alone.
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
    /// Other places in the article where the same words are quoted.
    pub also: Vec<Span>,
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
#[serde(rename_all = "camelCase")]
pub struct QuoteCarrier {
    pub article: String,
    pub start: usize,
    pub end: usize,
    /// The speaker as this article names it (the name, else the title).
    pub speaker: Option<String>,
    /// The speaker's title or description in this article.
    pub title: Option<String>,
    /// The entity this article's speaker is.
    pub entity_id: Option<String>,
    pub cue: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteCluster {
    pub id: String,
    /// The quoted words as the first carrier has them.
    pub text: String,
    /// The speaker the carriers agree on (or the majority's, see `majority`); when no
    /// carrier names anyone, the title one gives (مسؤول أمريكي).
    pub speaker: Option<String>,
    /// The entity of that speaker; none when the carriers name different speakers
    /// and no majority does.
    pub entity_id: Option<String>,
    /// No two carriers name different speakers (unattributed carriers count for none).
    pub agreed: bool,
    /// They differ, and `speaker`/`entityId` are what more than half of the naming
    /// carriers give.
    pub majority: bool,
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
    let compared = compare_articles_quoted(articles, quotes_of(articles, &linked));
    Ok(assemble(articles, &linked, &compared, unit))
}

fn is_name(kind: EntityType) -> bool {
    matches!(kind, EntityType::Per | EntityType::Org | EntityType::Loc | EntityType::Misc)
}

/// The quotations with the entities found: a quoted name is no quotation, and a bare
/// verb with no speaker near refers to the person the sentence before named.
fn quotes_of(articles: &[(&str, &str)], linked: &EntityAnalysis) -> Vec<Vec<Quote>> {
    articles
        .iter()
        .enumerate()
        .map(|(i, (_, text))| quotes_with(text, &name_hints(linked.articles.get(i).map_or(&[][..], |a| &a.entities[..]))))
        .collect()
}

/// The quotations of one text read with the names its entity finder marks, as
/// [`analyze`] reads each article: a quoted name is no quotation, a speaker's name ends
/// where the person's does (وصف السفير فلان القرار بأنه: not "فلان القرار"), and a
/// bare verb refers to the person named before. What the CLI's, the package's and
/// Python's `quotes` give; [`crate::compare::quotes`] reads the text without names.
pub fn quotes_in(text: &str) -> Vec<Quote> {
    quotes_with(text, &name_hints(&crate::entities::entities(text)))
}

/// The names among `entities` (no dates or quantities), in text order, as the quote
/// finder takes them.
fn name_hints(entities: &[crate::entities::Entity]) -> Vec<NameHint> {
    let mut hints: Vec<NameHint> = entities.iter().filter(|e| is_name(e.kind)).map(|e| NameHint { start: e.start, end: e.end, person: e.kind == EntityType::Per }).collect();
    hints.sort_by_key(|h| (h.start, h.end));
    hints
}

/// Finds the entity a speaker is.
///
/// 1. A mention inside the speaker's name span: one that starts where the name starts
///    (a body: مجلس الأمن القومي…), else a person's (بيسكوف in ديمتري بيسكوف) or a body
///    that ends it (إيرباص in شركة إيرباص: the head is out of the mention). A place
///    inside a body's name (كوريا الجنوبية in جهاز المخابرات … في كوريا الجنوبية) is
///    not the speaker, and the title never counts: the span is the name's.
/// 2. Else an entity whose name, word for word by name key, is the speaker's name
///    (the recognizer missed this mention but found others), or, for a one-word name,
///    the one person whose last name it is, else the one body whose name begins with
///    it (الاتحاد).
///
/// A speaker named by an unresolved title alone has no entity.
pub struct SpeakerLinker {
    by_words: HashMap<String, String>,
    by_surname: HashMap<String, Vec<String>>,
    /// Bodies by the first word of their name (الاتحاد → الاتحاد الوطني لكرة القدم).
    by_head: HashMap<String, Vec<String>>,
}

impl SpeakerLinker {
    pub fn new(linked: &EntityAnalysis) -> Self {
        let mut by_words = HashMap::new();
        let mut by_surname: HashMap<String, Vec<String>> = HashMap::new();
        let mut by_head: HashMap<String, Vec<String>> = HashMap::new();
        for c in linked.entities.iter().filter(|c| is_name(c.kind)) {
            for v in c.variants.iter().chain(std::iter::once(&c.canonical)) {
                let words = crate::entities::link::key_words(v);
                if words.is_empty() {
                    continue;
                }
                by_words.entry(words.join(" ")).or_insert_with(|| c.id.clone());
                if c.kind == EntityType::Per && words.len() > 1 {
                    let ids = by_surname.entry(words[words.len() - 1].clone()).or_default();
                    if !ids.contains(&c.id) {
                        ids.push(c.id.clone());
                    }
                }
                if c.kind == EntityType::Org && words.len() > 1 {
                    let ids = by_head.entry(words[0].clone()).or_default();
                    if !ids.contains(&c.id) {
                        ids.push(c.id.clone());
                    }
                }
            }
        }
        SpeakerLinker { by_words, by_surname, by_head }
    }

    /// The entity id of `speaker` (byte offsets into article `article`).
    pub fn entity(&self, linked: &EntityAnalysis, article: usize, speaker: &crate::compare::Speaker) -> Option<String> {
        let (start, end) = (speaker.start, speaker.end);
        let ents = linked.articles.get(article).map_or(&[][..], |a| &a.entities[..]);
        // A speaker given by a title alone that is a body's whole name the entity finder
        // found (أكدت مؤسسة الإمارات للخدمات الصحية أن «…», مؤسسة read as a title): that
        // body.
        let Some(name) = speaker.name.as_deref() else {
            return ents.iter().find(|e| e.kind == EntityType::Org && e.start >= start && e.start <= start + 2 && e.end == end).map(|e| e.id.clone());
        };
        // A proclitic is outside an entity's span: a mention may start a letter late.
        let head = |e: &crate::entities::Entity| e.start >= start && e.start <= start + 2;
        let inside = ents.iter().filter(|e| is_name(e.kind) && e.start >= start && e.end <= end && e.start < e.end);
        // (A body named after its head, which the mention leaves out as a reader does:
        // شركة إيرباص, the mention إيرباص, ends where the name ends. Only after the head
        // alone: المتحف الوطني ends رابطة أصدقاء المتحف الوطني, which is another body.)
        let after_head = |e: &crate::entities::Entity| {
            let before = speaker.text.get(..e.start - start).unwrap_or("");
            before.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count() <= 1
        };
        let best = inside
            .filter(|e| head(e) || e.kind == EntityType::Per || e.kind == EntityType::Org && e.end == end && after_head(e))
            .max_by_key(|e| (head(e), e.kind == EntityType::Per || e.kind == EntityType::Org, e.end - e.start));
        // (A mention that starts a letter into the name and is no person or body is the
        // finder's reading of a proclitic that is the name's own letter: كالاس read as
        // ك + الاس, a surname of كايا كالاس. The entity with the speaker's name comes
        // first then.)
        let misread = best.is_some_and(|e| e.start > start && !matches!(e.kind, EntityType::Per | EntityType::Org));
        if let Some(e) = best.filter(|_| !misread) {
            return Some(self.nearest_of_surname(linked, ents, e, start).unwrap_or_else(|| e.id.clone()));
        }
        self.by_name(name).or_else(|| best.map(|e| e.id.clone()))
    }

    /// A person's mention whose entity has a one-word name only, the surname of two
    /// people or more of the text (يقول العلوي after حمد بن راشد العلوي, with his
    /// cousin سعيد العلوي named later): the one of them named last before `at`.
    fn nearest_of_surname(&self, linked: &EntityAnalysis, ents: &[crate::entities::Entity], e: &crate::entities::Entity, at: usize) -> Option<String> {
        if e.kind != EntityType::Per {
            return None;
        }
        let cluster = linked.entities.iter().find(|c| c.id == e.id)?;
        let mut names = cluster.variants.iter().chain(std::iter::once(&cluster.canonical)).map(|v| crate::entities::link::key_words(v));
        let first = names.next()?;
        if first.len() != 1 || !names.all(|w| w == first) {
            return None;
        }
        let ids = self.by_surname.get(&first[0]).filter(|ids| ids.len() >= 2)?;
        ents.iter().filter(|m| m.end <= at && ids.contains(&m.id)).max_by_key(|m| m.start).map(|m| m.id.clone())
    }

    /// The entity whose name is `name` word for word, else for one word the one person
    /// of that surname or the one body of that head.
    fn by_name(&self, name: &str) -> Option<String> {
        let words = crate::entities::link::key_words(name);
        if let Some(id) = self.by_words.get(&words.join(" ")) {
            return Some(id.clone());
        }
        if words.len() != 1 {
            return None;
        }
        // One word: the one person of that surname, else the one body of that head.
        let unique = |m: &HashMap<String, Vec<String>>| m.get(&words[0]).filter(|ids| ids.len() == 1).map(|ids| ids[0].clone());
        unique(&self.by_surname).or_else(|| unique(&self.by_head))
    }
}

fn assemble(articles: &[(&str, &str)], linked: &EntityAnalysis, compared: &CorpusComparison, unit: Unit) -> Analysis {
    let ids: Vec<String> = articles.iter().map(|(id, _)| id.to_string()).collect();

    let linker = SpeakerLinker::new(linked);
    // The entity of every quotation's speaker, by article and quotation.
    let speaker_ids: Vec<Vec<Option<String>>> = (0..articles.len())
        .map(|i| {
            compared.articles.get(i).map_or(&[][..], |a| &a.quotes[..])
                .iter()
                .map(|q| q.speaker.as_ref().and_then(|s| linker.entity(linked, i, s)))
                .collect()
        })
        .collect();
    let mut results = Vec::with_capacity(articles.len());
    for (i, (id, text)) in articles.iter().enumerate() {
        let entities = linked.articles.get(i).map_or(&[][..], |a| &a.entities[..]);
        let entities: Vec<Entity> = entities.iter().map(|e| Entity::new(e, text)).collect();
        let art = compared.articles.get(i);
        let quotes: Vec<ArticleQuote> = art
            .map_or(&[][..], |a| &a.quotes[..])
            .iter()
            .zip(&speaker_ids[i])
            .map(|(q, eid)| article_quote(q, text, eid.clone()))
            .collect();
        let unique = art
            .map_or(&[][..], |a| &a.unique_sentences[..])
            .to_vec();
        results.push(ArticleResult { id: id.to_string(), entities, quotes, unique });
    }

    let index_of: std::collections::HashMap<&str, usize> =
        articles.iter().enumerate().map(|(i, (id, _))| (*id, i)).collect();
    let entities = linked
        .entities
        .iter()
        .map(|c| {
            let mut c = c.clone();
            c.mentions.retain(|m| index_of.contains_key(m.article.as_str()));
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
                .map(|m| ArticleSpan { article: ids[m.article].clone(), start: m.span.start, end: m.span.end })
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
            let members: Vec<(&crate::compare::corpus::QuoteMember, &Quote)> = c
                .members
                .iter()
                .filter_map(|m| Some((m, compared.articles.get(m.article)?.quotes.get(m.quote)?)))
                .collect();
            let entity_of = |m: &crate::compare::corpus::QuoteMember| speaker_ids[m.article][m.quote].as_deref();
            let verdict = decide(
                &members
                    .iter()
                    .map(|(m, q)| Carrier {
                        key: q.speaker.as_ref().filter(|s| s.name.is_some()).map(|s| s.key.as_str()),
                        entity: entity_of(m),
                    })
                    .collect::<Vec<_>>(),
            );
            let picked: Vec<&(&crate::compare::corpus::QuoteMember, &Quote)> = verdict.pick.iter().map(|&i| &members[i]).collect();
            let speaker = picked
                .iter()
                .filter_map(|(_, q)| q.speaker.as_ref()?.name.clone())
                .max_by_key(|n| n.chars().count())
                .or_else(|| {
                    // Nobody named: the title a carrier gives (مسؤول أمريكي), if no two differ.
                    let titles: Vec<&String> = members.iter().filter_map(|(_, q)| q.speaker.as_ref()?.title.as_ref()).collect();
                    (verdict.pick.is_empty() && verdict.agreed).then(|| titles.first().map(|t| t.to_string())).flatten()
                });
            let entity_id = picked.iter().find_map(|(m, _)| entity_of(m)).map(str::to_string);
            let carriers = members
                .iter()
                .map(|(m, q)| {
                    QuoteCarrier {
                        article: ids[m.article].clone(),
                        start: q.start,
                        end: q.end,
                        speaker: m.speaker.clone(),
                        title: q.speaker.as_ref().and_then(|s| s.title.clone()),
                        entity_id: entity_of(m).map(str::to_string),
                        cue: m.cue.clone(),
                    }
                })
                .collect();
            QuoteCluster {
                id: format!("q{}", k + 1),
                text,
                speaker,
                entity_id,
                agreed: verdict.agreed,
                majority: verdict.majority,
                carriers,
            }
        })
        .collect();

    // Built on byte offsets; converted here, once, one converter per article.
    let mut analysis = Analysis { articles: results, entities, similarity, passages, quotes };
    crate::offsets::convert_articles(&mut analysis, articles, unit);
    analysis
}

/// A quotation of `text` with its quoted words and its speaker's entity; byte offsets.
fn article_quote(q: &Quote, text: &str, entity_id: Option<String>) -> ArticleQuote {
    let QuoteView { quote: q, text } = QuoteView::new(q, text);
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
        also: q.also,
    }
}
