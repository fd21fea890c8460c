//! The engine on a small corpus from `presslens-corpus-gen` (the benchmarks' generator): it
//! must find roughly the events and cross-outlet quote groups the generator planned, so the
//! benchmark measures the engine doing its real work, not skipping articles it cannot read.

use presslens_corpus_gen::{Config, generate};
use presslens_engine::{Input, analyze};

#[test]
fn engine_finds_the_planned_events_and_groups() {
    let wanted = 120;
    let gen_corpus = generate(&Config { seed: 7, events: wanted });
    let inputs: Vec<Input<'_>> = gen_corpus.articles.iter().map(|a| Input::new(&a.file, a.text.as_bytes())).collect();
    let c = analyze(&inputs);
    let (events, quotes, groups) = (c.events.len(), c.quotes.len(), c.quote_groups.len());
    eprintln!(
        "planned: {} stories, {} happenings, {} statements; found: {events} events, {quotes} quotes, {groups} groups",
        gen_corpus.stories, gen_corpus.happenings, gen_corpus.statements
    );
    // Events: the generator sizes stories for `wanted` events; the engine should land near it.
    assert!((wanted / 2..=wanted * 2).contains(&events), "{events} events for {wanted} wanted");
    // Every planned statement is quoted by at least one article.
    assert!(quotes >= gen_corpus.statements, "{quotes} quotes for {} statements", gen_corpus.statements);
    // Statements several outlets carry group across articles (in their own words).
    let multi = c
        .quote_groups
        .iter()
        .filter(|g| {
            let mut articles: Vec<_> = g.quotes.iter().map(|&q| c.quotes[q as usize].article).collect();
            articles.sort_unstable();
            articles.dedup();
            articles.len() > 1
        })
        .count();
    assert!(
        multi * 4 >= gen_corpus.statements,
        "{multi} cross-article groups for {} statements",
        gen_corpus.statements
    );
    // Every article yields a publication date (from its text or its style) and paragraphs.
    assert!(c.articles.iter().all(|a| !a.paragraphs.is_empty()));
    let dated = c.articles.iter().filter(|a| a.published.is_some()).count();
    assert!(dated * 10 >= c.articles.len() * 8, "{dated} of {} dated", c.articles.len());
    // The articles with no date line (the portal style) get an inferred window that holds the
    // day the generator published them on (its file names start with that day).
    let inferred: Vec<_> = c
        .articles
        .iter()
        .filter(|a| a.published.as_ref().is_none_or(|p| matches!(p.source, presslens_engine::Source::Inferred { .. })))
        .collect();
    let holds = inferred
        .iter()
        .filter(|a| {
            let day = &a.file[..10];
            a.published
                .as_ref()
                .is_some_and(|p| p.value.start.to_string().as_str() <= day && day <= p.value.end.to_string().as_str())
        })
        .count();
    assert!(!inferred.is_empty());
    assert!(holds * 10 >= inferred.len() * 9, "{holds} of {} inferred windows hold the day", inferred.len());
}
