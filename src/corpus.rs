//! The corpus the widget shows, as the components and the index reach it.
//!
//! A corpus built in memory (tests, SSR) is complete. The bundled one ([`crate::bundled`]) is
//! decoded in parts: its head at start (everything the lists, filters and cards are drawn from),
//! an article's text when something quotes it or the search indexes it, an article's body (lines,
//! paragraphs, sentences, captions, comments) when the reader opens it. So text is reached through
//! [`CorpusHandle::text`] and [`CorpusHandle::slice`], whole articles through
//! [`CorpusHandle::article_in_full`], never through `Article::text` of the head.

use presslens_engine::{Article, Corpus, Span};

/// Where the parts of a bundled corpus's articles come from.
#[derive(Clone, Copy, Debug)]
pub struct OnDemand {
    /// The text of an article ("" when it cannot be read).
    pub text: fn(u32) -> &'static str,
    /// An article with its text and body.
    pub in_full: fn(u32) -> Option<&'static Article>,
}

/// A decoded corpus that lives for the whole page (the bundled one is decoded once into a
/// static). Compared by address: the same corpus is the same value.
#[derive(Clone, Copy, Debug)]
pub struct CorpusHandle {
    corpus: &'static Corpus,
    on_demand: Option<OnDemand>,
}

impl CorpusHandle {
    /// A corpus whose articles are complete.
    pub fn new(corpus: &'static Corpus) -> CorpusHandle {
        CorpusHandle { corpus, on_demand: None }
    }
    /// A corpus whose articles' texts and bodies `on_demand` gives article by article.
    pub fn on_demand(corpus: &'static Corpus, on_demand: OnDemand) -> CorpusHandle {
        CorpusHandle { corpus, on_demand: Some(on_demand) }
    }
    /// The corpus (its articles possibly without text and body).
    pub fn corpus(&self) -> &'static Corpus {
        self.corpus
    }
    /// The text of article `i` ("" when there is no such article).
    pub fn text(&self, i: u32) -> &'static str {
        match self.on_demand {
            Some(d) => (d.text)(i),
            None => self.corpus.articles.get(i as usize).map_or("", |a| a.text.as_str()),
        }
    }
    /// The words of `span` in article `i` ("" when out of range).
    pub fn slice(&self, i: u32, span: Span) -> &'static str {
        self.text(i).get(span.range()).unwrap_or("")
    }
    /// Article `i` with its text and body.
    pub fn article_in_full(&self, i: u32) -> Option<&'static Article> {
        match self.on_demand {
            Some(d) => (d.in_full)(i),
            None => self.corpus.articles.get(i as usize),
        }
    }
}

impl PartialEq for CorpusHandle {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.corpus, other.corpus)
    }
}

impl std::ops::Deref for CorpusHandle {
    type Target = Corpus;
    fn deref(&self) -> &Corpus {
        self.corpus
    }
}
