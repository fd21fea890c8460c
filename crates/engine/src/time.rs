//! Stage 3: temporal expressions, normalised against the publication date.
//!
//! (First increment: publication-date and title fallbacks only; expression recognition lands in
//! a following change.)

use crate::model::{Article, Field, Source, Timex};

/// Finds and normalises every temporal expression in the articles' bodies, and fills in what the
/// metadata lacks (an inferred title).
pub fn extract(articles: &mut [Article]) -> Vec<Timex> {
    for a in articles.iter_mut() {
        infer_title(a);
    }
    Vec::new()
}

/// An article without a headline gets its first sentence (shortened) as an inferred title.
fn infer_title(a: &mut Article) {
    if a.title.is_some() {
        return;
    }
    let Some(s) = a.sentences.first() else { return };
    let sentence = a.slice(s.span);
    let mut words = sentence.split_whitespace();
    let mut title: Vec<&str> = words.by_ref().take(14).collect();
    let more = words.next().is_some();
    if let Some(last) = title.last_mut() {
        *last = last.trim_end_matches([',', ';', ':']);
    }
    let mut value = title.join(" ");
    if more {
        value.push('…');
    }
    a.title = Some(Field { value, source: Source::Inferred { note: "first sentence of the body".into() } });
}
