//! Shared helpers for the fixture tests: run the stages on fixture files, with hand-made
//! temporal expressions where a test needs dates (the time stage is tested on its own).

#![allow(dead_code)]

use presslens_engine::model::*;
use presslens_engine::{Date, DateValue, entities, ingest, link, quotes, segment, time};
use serde::Serialize;

/// The text of a fixture file under `tests/fixtures/`.
pub fn fixture(path: &str) -> String {
    let p = format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{p}: {e}"))
}

/// A date `text` in article `article` means `day` (`YYYY-MM-DD`); the first occurrence of
/// `text` after `after` is used.
pub struct Dated<'a> {
    pub article: usize,
    pub text: &'a str,
    pub after: &'a str,
    pub day: &'a str,
}

/// Runs ingest, segment, time, entities, quotes and link over the given `(file, text)` pairs,
/// with `dated` as the temporal expressions.
pub fn run(files: &[(&str, String)], dated: &[Dated<'_>]) -> Corpus {
    let mut articles: Vec<Article> = files
        .iter()
        .map(|(f, t)| {
            let mut a = ingest::ingest(f, t.as_bytes(), &Default::default());
            segment::segment(&mut a);
            a
        })
        .collect();
    let _ = time::extract(&mut articles);
    let timexes: Vec<Timex> = dated
        .iter()
        .map(|d| {
            let a = &articles[d.article];
            let from = a.text.find(d.after).unwrap_or_else(|| panic!("{:?} not in {}", d.after, a.file));
            let at = from + a.text[from..].find(d.text).unwrap_or_else(|| panic!("{:?} not in {}", d.text, a.file));
            Timex {
                article: d.article as u32,
                span: Span::new(at, at + d.text.len()),
                value: DateValue::day(Date::parse_iso(d.day).unwrap()),
                rule: "test".into(),
                anchor: None,
                anchor_note: None,
            }
        })
        .collect();
    let ents = entities::extract(&articles);
    let (qs, terms) = quotes::extract(&articles, &ents, &timexes);
    let groups = link::group(&articles, &ents, &qs);
    Corpus { articles, entities: ents, timexes, quotes: qs, terms, quote_groups: groups, events: Vec::new() }
}

/// The texts of a span list.
fn text(c: &Corpus, article: u32, spans: &[Span]) -> String {
    let a = &c.articles[article as usize];
    spans.iter().map(|s| a.slice(*s)).collect::<Vec<_>>().join(" | ")
}

/// What a reader sees of a quotation.
#[derive(Serialize)]
pub struct QuoteView {
    pub kind: &'static str,
    pub text: String,
    pub speaker: Option<String>,
    pub speaker_text: Option<String>,
    pub cue: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub multi_paragraph: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub interrupted: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nested_in: Option<String>,
}

/// The quotations and terms of one article.
#[derive(Serialize)]
pub struct ArticleQuotes {
    pub quotes: Vec<QuoteView>,
    pub terms: Vec<String>,
}

pub fn quotes_of(c: &Corpus, article: u32) -> ArticleQuotes {
    let quotes = c
        .quotes
        .iter()
        .filter(|q| q.article == article)
        .map(|q| QuoteView {
            kind: q.kind.label(),
            text: text(c, article, &q.parts),
            speaker: q.speaker.map(|e| c.entities[e as usize].name.clone()),
            speaker_text: q.speaker_text.clone(),
            cue: q.cue.clone(),
            date: q.date.map(|d| d.value()),
            multi_paragraph: q.multi_paragraph,
            interrupted: q.interrupted,
            nested_in: q.nested_in.map(|p| text(c, article, &c.quotes[p as usize].parts)),
        })
        .collect();
    let terms = c.terms.iter().filter(|t| t.article == article).map(|t| text(c, article, &[t.span])).collect();
    ArticleQuotes { quotes, terms }
}

/// What a reader sees of an entity.
#[derive(Serialize)]
pub struct EntityView {
    pub name: String,
    pub kind: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    /// Each mention as `article: words`.
    pub mentions: Vec<String>,
}

pub fn entities_of(c: &Corpus) -> Vec<EntityView> {
    c.entities
        .iter()
        .map(|e| EntityView {
            name: e.name.clone(),
            kind: e.kind.label(),
            aliases: e.aliases.clone(),
            roles: e.roles.clone(),
            mentions: e
                .mentions
                .iter()
                .map(|m| {
                    format!("{}: {}", c.articles[m.article as usize].id, c.articles[m.article as usize].slice(m.span))
                })
                .collect(),
        })
        .collect()
}

/// One step of an alignment, as text.
#[derive(Serialize)]
pub struct OpView {
    pub op: &'static str,
    pub a: String,
    pub b: String,
}

/// What a reader sees of a cross-outlet group.
#[derive(Serialize)]
pub struct GroupView {
    pub speaker: String,
    pub date: Option<String>,
    pub similarity: f32,
    /// `article: text` of each rendering, the reference first.
    pub renderings: Vec<String>,
    pub alignments: Vec<Vec<OpView>>,
}

pub fn groups_of(c: &Corpus) -> Vec<GroupView> {
    c.quote_groups
        .iter()
        .map(|g| GroupView {
            speaker: c.entities[g.speaker as usize].name.clone(),
            date: g.date.map(|d| d.value()),
            similarity: (g.similarity * 1000.0).round() / 1000.0,
            renderings: g
                .quotes
                .iter()
                .map(|&q| {
                    let q = &c.quotes[q as usize];
                    format!("{}: {}", c.articles[q.article as usize].id, text(c, q.article, &q.parts))
                })
                .collect(),
            alignments: g
                .alignment
                .iter()
                .map(|al| {
                    let (qa, qb) = (&c.quotes[al.a as usize], &c.quotes[al.b as usize]);
                    al.ops
                        .iter()
                        .map(|op| OpView {
                            op: op.tag.label(),
                            a: c.articles[qa.article as usize].slice(op.a).to_string(),
                            b: c.articles[qb.article as usize].slice(op.b).to_string(),
                        })
                        .collect()
                })
                .collect(),
        })
        .collect()
}
