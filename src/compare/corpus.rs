//! Many articles of one event at once: the similarity matrix, passages shared by
//! several articles, quotations carried by several articles and how each attributes
//! them, and what each article says that no other does.
//!
//! * `similarity[i][j]` is [`super::Similarity`] of article `i` (as `a`) and `j`
//!   (as `b`); the cosine's IDF counts articles: idf(w) = ln(1 + N / n(w)), N articles
//!   of which n(w) contain w. The diagonal is all ones.
//! * `pairs` holds the reused passages of every pair `i < j` that has any.
//! * `passageClusters`: passages of all pairs, joined where they overlap (by half of
//!   the shorter span) in one article: the same text carried by several articles.
//! * `quoteClusters`: quotations of different articles whose content-word sets have a
//!   Dice coefficient of at least 0.5 (or one contains 80 % of the other, with three
//!   shared words at least), joined transitively; with each article's attribution
//!   and the speaker they agree on, or the majority's ([`super::quotes::attribution`]).
//! * `uniqueSentences` of an article: its sentences (with a content word) that no
//!   passage it shares with another article overlaps. Passages and unique sentences
//!   agree: a sentence is either unique or overlaps a passage. A sentence that tells
//!   the same facts in its own words is unique: it was not copied.
//!
//! Articles are referred to by their index in the input; `articles[i].id` is the id
//! given, so results merge with other per-article analyses (entities) by index or id.

use std::collections::HashMap;

use serde::Serialize;

use super::passages::{self, Indexed, Params};
use super::quotes::attribution::{decide, Carrier};
use super::quotes::{quotes, Quote};
use super::specific::SetFrequency;
use super::similarity::{self, cosine, set_scores, shingles, term_counts, Shingles, Similarity, Terms};
use super::words::{self, Interner, Word};
use super::{Passage, Span};

/// One article's own results.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ArticleResult {
    pub id: String,
    /// Its direct quotations (quote clusters point into this list).
    pub quotes: Vec<Quote>,
    /// Sentences no passage shared with another article overlaps (byte spans).
    pub unique_sentences: Vec<Span>,
    /// Number of sentences, for proportions.
    pub sentences: usize,
}

/// Reused passages of one pair of articles (`a < b`, indices).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PairPassages {
    pub a: usize,
    pub b: usize,
    pub passages: Vec<Passage>,
}

/// A span of one article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ArticleSpan {
    pub article: usize,
    pub span: Span,
}

/// Text carried by several articles: one span per article (the union of its pieces).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PassageCluster {
    /// Sorted by article.
    pub members: Vec<ArticleSpan>,
}

/// One article's copy of a clustered quotation and how it attributes it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteMember {
    pub article: usize,
    /// Index into `articles[article].quotes`.
    pub quote: usize,
    /// The speaker as this article names it (name, else title), if it does.
    pub speaker: Option<String>,
    /// The cue word as written.
    pub cue: Option<String>,
}

/// One quotation as carried by one or more articles.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuoteCluster {
    pub members: Vec<QuoteMember>,
    /// Distinct articles, sorted.
    pub articles: Vec<usize>,
    /// The speaker every member that names one names (or, when they differ, more than
    /// half of them: `majority`), in its fullest form; see [`super::quotes::attribution`].
    pub speaker: Option<String>,
    /// Name key of that speaker (to link with entities).
    pub speaker_key: Option<String>,
    /// No two members name different speakers (unattributed members count for none).
    pub agreed: bool,
    /// They differ, and `speaker` is the one more than half of the naming members give.
    pub majority: bool,
}

/// Everything [`compare_articles`] finds.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CorpusComparison {
    pub articles: Vec<ArticleResult>,
    /// `similarity[i][j]`: article `i` as `a`, `j` as `b`.
    pub similarity: Vec<Vec<Similarity>>,
    pub pairs: Vec<PairPassages>,
    /// Largest first (articles, then length).
    pub passage_clusters: Vec<PassageCluster>,
    /// Most widely carried first.
    pub quote_clusters: Vec<QuoteCluster>,
}

impl CorpusComparison {
    /// Rewrites every offset of the result with `f(article, byte_offset)`: binding
    /// layers pass a converter from [`crate::offsets`] (one per article) to get UTF-16
    /// or code point offsets.
    pub fn map_offsets(&mut self, mut f: impl FnMut(usize, usize) -> usize) {
        for (a, art) in self.articles.iter_mut().enumerate() {
            let mut fa = |x| f(a, x);
            for q in &mut art.quotes {
                crate::offsets::Spans::map_spans(q, &mut fa);
            }
            for u in &mut art.unique_sentences {
                u.map(&mut fa);
            }
        }
        for p in &mut self.pairs {
            let (a, b) = (p.a, p.b);
            for x in &mut p.passages {
                x.a.map(&mut |o| f(a, o));
                x.b.map(&mut |o| f(b, o));
            }
        }
        for c in &mut self.passage_clusters {
            for m in &mut c.members {
                let a = m.article;
                m.span.map(&mut |o| f(a, o));
            }
        }
    }
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// Sorted distinct content keys of the words within `[start, end)`.
fn keys_in(w: &[Word], start: usize, end: usize) -> Vec<u32> {
    let from = w.partition_point(|x| x.start < start);
    let mut v: Vec<u32> = w[from..].iter().take_while(|x| x.end <= end).filter(|x| x.content).map(|x| x.id).collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

fn dice(a: &[u32], b: &[u32]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    2.0 * shared(a, b) as f64 / (a.len() + b.len()) as f64
}

/// Sentences as word index ranges `[s, e)`; a full stop inside a quotation (as in
/// «…يراقب عن كثب... احتمال…») does not end the sentence.
fn sentences(w: &[Word], quotes: &[Quote]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = 0;
    let mut q = 0;
    for (k, x) in w.iter().enumerate() {
        while q < quotes.len() && quotes[q].text_end <= x.end {
            q += 1;
        }
        let quoted = q < quotes.len() && quotes[q].text_start < x.end && k + 1 < w.len() && w[k + 1].end <= quotes[q].text_end;
        if x.sentence_end && !quoted {
            out.push((s, k + 1));
            s = k + 1;
        }
    }
    if s < w.len() {
        out.push((s, w.len()));
    }
    out
}

/// Byte span of a sentence, with the punctuation that closes it.
fn sentence_span(text: &str, w: &[Word], (s, e): (usize, usize)) -> Span {
    let start = w[s].start;
    let mut end = w[e - 1].end;
    for c in text[end..].chars() {
        // (A diacritic on the closing punctuation goes with it, «…»ِ: Rust counts the
        // Arabic marks as alphabetic.)
        if (c.is_whitespace() || c.is_alphanumeric()) && !crate::normalize::is_diacritic(c) {
            break;
        }
        end += c.len_utf8();
    }
    Span { start, end }
}

/// Compares every article with every other: see the module documentation.
pub fn compare_articles(articles: &[(&str, &str)]) -> CorpusComparison {
    compare_articles_quoted(articles, articles.iter().map(|(_, t)| quotes(t)).collect())
}

/// [`compare_articles`] with each article's quotations already found (`analyze` finds
/// them once, with the entities as hints), so they are not looked for twice.
pub fn compare_articles_quoted(articles: &[(&str, &str)], quotes: Vec<Vec<Quote>>) -> CorpusComparison {
    let n = articles.len();
    let mut interner = Interner::default();
    let ws: Vec<Vec<Word>> = articles.iter().map(|(_, t)| words::words(t, &mut interner)).collect();
    let indexed: Vec<Indexed> = ws.iter().map(|w| Indexed::new(w)).collect();
    let shingle_sets: Vec<Shingles> = ws.iter().map(|w| shingles(w)).collect();
    let tfs: Vec<Terms> = ws.iter().map(|w| term_counts(w)).collect();
    let mut df: HashMap<u32, f64> = HashMap::new();
    for tf in &tfs {
        for k in tf.keys() {
            *df.entry(*k).or_insert(0.0) += 1.0;
        }
    }
    let idf = |k: u32| (1.0 + n as f64 / df.get(&k).copied().unwrap_or(1.0)).ln();
    let params = Params::default();
    let set = SetFrequency::new(ws.iter().map(|w| w.as_slice()));

    let ones = Similarity { containment_ab: 1.0, containment_ba: 1.0, jaccard: 1.0, cosine: 1.0, shared: 1.0 };
    let mut similarity = vec![vec![ones; n]; n];
    let mut pairs = Vec::new();
    for i in 0..n {
        for j in i + 1..n {
            let (cab, cba, jac) = set_scores(&shingle_sets[i], &shingle_sets[j]);
            let cos = cosine(&tfs[i], &tfs[j], idf);
            let found = if cab == 0.0 && cos == 0.0 { Vec::new() } else { passages::find(&indexed[i], &indexed[j], &params, Some(&set)) };
            let shared = similarity::shared(&ws[i], &ws[j], &found);
            similarity[i][j] = Similarity { containment_ab: cab, containment_ba: cba, jaccard: jac, cosine: cos, shared };
            similarity[j][i] = Similarity { containment_ab: cba, containment_ba: cab, jaccard: jac, cosine: cos, shared };
            if !found.is_empty() {
                pairs.push(PairPassages { a: i, b: j, passages: found });
            }
        }
    }

    let passage_clusters = passage_clusters(&pairs);
    let quote_clusters = quote_clusters(&ws, &quotes);

    // Passages of each article, for its unique sentences.
    let mut covered: Vec<Vec<Span>> = vec![Vec::new(); n];
    for p in &pairs {
        for x in &p.passages {
            covered[p.a].push(x.a);
            covered[p.b].push(x.b);
        }
    }
    let sents: Vec<Vec<(usize, usize)>> = ws.iter().zip(&quotes).map(|(w, q)| sentences(w, q)).collect();
    let mut results = Vec::with_capacity(n);
    for (a, (id, text)) in articles.iter().enumerate() {
        let w = &ws[a];
        // The union of the spans, so that their ends are sorted too.
        covered[a].sort_unstable();
        let mut spans: Vec<Span> = Vec::new();
        for c in &covered[a] {
            match spans.last_mut() {
                Some(l) if c.start <= l.end => l.end = l.end.max(c.end),
                _ => spans.push(*c),
            }
        }
        let inside = |x: &Word| {
            let k = spans.partition_point(|s| s.end <= x.start);
            spans[k..].iter().take_while(|s| s.start < x.end).next().is_some()
        };
        let unique = sents[a]
            .iter()
            .filter(|&&(s0, e0)| w[s0..e0].iter().any(|x| x.content) && !w[s0..e0].iter().any(inside))
            .map(|&(s0, e0)| sentence_span(text, w, (s0, e0)))
            .collect();
        results.push(ArticleResult { id: id.to_string(), quotes: Vec::new(), unique_sentences: unique, sentences: sents[a].len() });
    }
    for (r, q) in results.iter_mut().zip(quotes) {
        r.quotes = q;
    }
    CorpusComparison { articles: results, similarity, pairs, passage_clusters, quote_clusters }
}

fn passage_clusters(pairs: &[PairPassages]) -> Vec<PassageCluster> {
    let mut nodes: Vec<ArticleSpan> = Vec::new();
    let mut links: Vec<(usize, usize)> = Vec::new();
    for p in pairs {
        for x in &p.passages {
            let k = nodes.len();
            nodes.push(ArticleSpan { article: p.a, span: x.a });
            nodes.push(ArticleSpan { article: p.b, span: x.b });
            links.push((k, k + 1));
        }
    }
    let mut uf = UnionFind::new(nodes.len());
    for (x, y) in links {
        uf.union(x, y);
    }
    let mut order: Vec<usize> = (0..nodes.len()).collect();
    order.sort_by_key(|&k| (nodes[k].article, nodes[k].span.start));
    for w in 0..order.len() {
        for v in w + 1..order.len() {
            let (x, y) = (nodes[order[w]], nodes[order[v]]);
            if y.article != x.article || y.span.start >= x.span.end {
                break;
            }
            let overlap = x.span.end.min(y.span.end) - y.span.start;
            if overlap * 2 >= x.span.len().min(y.span.len()) {
                uf.union(order[w], order[v]);
            }
        }
    }
    let mut groups: HashMap<usize, Vec<ArticleSpan>> = HashMap::new();
    for (k, node) in nodes.iter().enumerate() {
        let r = uf.find(k);
        groups.entry(r).or_default().push(*node);
    }
    let mut out: Vec<PassageCluster> = groups
        .into_values()
        .map(|mut members| {
            members.sort_by_key(|m| (m.article, m.span.start));
            let mut merged: Vec<ArticleSpan> = Vec::new();
            for m in members {
                match merged.last_mut() {
                    Some(l) if l.article == m.article => {
                        l.span.start = l.span.start.min(m.span.start);
                        l.span.end = l.span.end.max(m.span.end);
                    }
                    _ => merged.push(m),
                }
            }
            PassageCluster { members: merged }
        })
        .collect();
    out.sort_by(|x, y| {
        let len = |c: &PassageCluster| c.members.iter().map(|m| m.span.len()).sum::<usize>();
        y.members.len().cmp(&x.members.len()).then(len(y).cmp(&len(x))).then(x.members[0].span.start.cmp(&y.members[0].span.start))
    });
    out
}

fn quote_clusters(ws: &[Vec<Word>], quotes: &[Vec<Quote>]) -> Vec<QuoteCluster> {
    let mut all: Vec<(usize, usize, Vec<u32>)> = Vec::new();
    for (a, qs) in quotes.iter().enumerate() {
        for (k, q) in qs.iter().enumerate() {
            all.push((a, k, keys_in(&ws[a], q.text_start, q.text_end)));
        }
    }
    let mut uf = UnionFind::new(all.len());
    for x in 0..all.len() {
        for y in x + 1..all.len() {
            let (ka, kb) = (&all[x].2, &all[y].2);
            if all[x].0 == all[y].0 || ka.is_empty() || kb.is_empty() {
                continue;
            }
            let s = shared(ka, kb);
            let smaller = ka.len().min(kb.len());
            let same = (dice(ka, kb) >= 0.5 && s >= 2) || (s >= 3 && s * 5 >= smaller * 4);
            if same {
                uf.union(x, y);
            }
        }
    }
    let mut groups: HashMap<usize, Vec<usize>> = HashMap::new();
    for x in 0..all.len() {
        let r = uf.find(x);
        groups.entry(r).or_default().push(x);
    }
    let mut out: Vec<QuoteCluster> = groups
        .into_values()
        .map(|mut g| {
            g.sort_unstable();
            let members: Vec<QuoteMember> = g
                .iter()
                .map(|&x| {
                    let (a, k, _) = &all[x];
                    let q = &quotes[*a][*k];
                    QuoteMember {
                        article: *a,
                        quote: *k,
                        speaker: q.speaker.as_ref().and_then(|s| s.name.clone().or_else(|| s.title.clone())),
                        cue: q.cue.as_ref().map(|c| c.text.clone()),
                    }
                })
                .collect();
            let mut articles: Vec<usize> = members.iter().map(|m| m.article).collect();
            articles.dedup();
            let speakers: Vec<Option<&super::quotes::Speaker>> =
                g.iter().map(|&x| quotes[all[x].0][all[x].1].speaker.as_ref()).collect();
            let carriers: Vec<Carrier> = speakers
                .iter()
                .map(|s| Carrier { key: s.filter(|s| s.name.is_some()).map(|s| s.key.as_str()), entity: None })
                .collect();
            let verdict = decide(&carriers);
            // The fullest name among the carriers that give the quotation's speaker.
            let best = verdict
                .pick
                .iter()
                .filter_map(|&i| speakers[i])
                .max_by_key(|s| s.name.as_deref().map_or(0, |n| n.chars().count()));
            QuoteCluster {
                members,
                articles,
                speaker: best.and_then(|s| s.name.clone()),
                speaker_key: best.map(|s| s.key.clone()),
                agreed: verdict.agreed,
                majority: verdict.majority,
            }
        })
        .collect();
    out.sort_by(|x, y| {
        y.articles
            .len()
            .cmp(&x.articles.len())
            .then((x.members[0].article, x.members[0].quote).cmp(&(y.members[0].article, y.members[0].quote)))
    });
    out
}
