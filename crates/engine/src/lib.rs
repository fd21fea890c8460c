//! # presslens-engine
//!
//! Turns plain-text news articles into a linked corpus: the dates they give, the people,
//! organisations and places they name, the statements they quote, the events they report, and
//! which statements in different outlets are renderings of the same words.
//!
//! The engine is a pure function from texts to records: no I/O in its core (the optional `load`
//! feature reads a folder and its manifest), no regex or NLP model, and a byte [`Span`] on every
//! record so a reader can always see the words behind it.
//!
//! ## Pipeline
//!
//! Each stage is one module and one small step:
//!
//! | stage | module | does |
//! |---|---|---|
//! | 1 | [`ingest`] | bytes → lines with roles, metadata, captions, comments, paragraphs |
//! | 2 | [`segment`] | paragraphs → sentences |
//! | 3 | [`time`] | temporal expressions → normalised [`DateValue`]s; infers missing dates |
//! | 4 | [`entities`] | names → people, organisations, places, merged across spellings |
//! | 5 | [`quotes`] | quotation marks, Q&A, block quotes → attributed [`Quote`]s and [`Term`]s |
//! | 6 | [`events`] | dated sentences → [`Event`]s, merged across outlets |
//! | 7 | [`link`] | same speaker, same statement, different outlets → [`QuoteGroup`]s with a diff |
//! | — | [`bundle`] | [`Corpus`] ⇄ the versioned binary the widget embeds |
//!
//! ## Example
//!
//! ```
//! use presslens_engine::{analyze, Input};
//!
//! let text = "Example Wire, January 13, 2022\n\n\
//!             On Friday, January 7, the minister resigned, officials said.\n";
//! let corpus = analyze(&[Input::new("example.txt", text.as_bytes())]);
//! let article = &corpus.articles[0];
//! assert_eq!(article.outlet.as_ref().unwrap().value, "Example Wire");
//! assert_eq!(article.published.as_ref().unwrap().value.value(), "2022-01-13");
//! assert_eq!(article.paragraphs.len(), 1);
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod bundle;
pub mod date;
pub mod entities;
pub mod events;
pub mod ingest;
pub mod lexicon;
pub mod link;
#[cfg(feature = "load")]
pub mod load;
pub mod model;
pub mod quotes;
pub mod segment;
pub mod text;
pub mod time;

pub use date::{Date, DateValue, Part, Precision};
pub use ingest::ExternalMeta;
pub use model::*;

/// One article to analyse.
#[derive(Clone, Debug)]
pub struct Input<'a> {
    /// File name (used for the article id and in diagnostics).
    pub file: &'a str,
    /// The file's bytes.
    pub bytes: &'a [u8],
    /// Metadata from outside the text (manifest, command line).
    pub meta: ExternalMeta,
}

impl<'a> Input<'a> {
    /// An input with no outside metadata.
    pub fn new(file: &'a str, bytes: &'a [u8]) -> Input<'a> {
        Input { file, bytes, meta: ExternalMeta::default() }
    }
}

/// Runs the whole pipeline over a set of articles. Never panics on bad input: problems are
/// reported in each article's `diagnostics`, and the other articles are still processed.
pub fn analyze(inputs: &[Input<'_>]) -> Corpus {
    let mut articles: Vec<Article> = inputs
        .iter()
        .map(|input| {
            let mut a = ingest::ingest(input.file, input.bytes, &input.meta);
            segment::segment(&mut a);
            a
        })
        .collect();
    let timexes = time::extract(&mut articles);
    let entities = entities::extract(&articles);
    let (quotes, terms) = quotes::extract(&articles, &entities, &timexes);
    let events = events::extract(&articles, &entities, &timexes, &quotes);
    let quote_groups = link::group(&articles, &entities, &quotes);
    Corpus { articles, entities, timexes, quotes, terms, quote_groups, events }
}
