//! Filtering over the index: search, facets, dates, kinds, counts — on a hand-built corpus.

mod support;

use presslens_engine::{Date, EntityKind};
use presslens_widget::index::{CardId, Index};
use presslens_widget::state::{Filters, Kind};
use support::{Fixture, day, strike};

fn index() -> Index {
    Index::new(strike().handle())
}

fn cards(index: &Index, f: &Filters) -> Vec<String> {
    index.filter(f).items.iter().map(|&i| index.items[i as usize].card.to_string()).collect()
}

fn q(s: &str) -> Filters {
    Filters { q: s.into(), ..Filters::default() }
}

fn d(y: i32, m: u8, dd: u8) -> Date {
    Date::new(y, m, dd).unwrap()
}

#[test]
fn lists_events_groups_and_single_quotes_in_date_order() {
    let ix = index();
    let all = cards(&ix, &Filters::default());
    // 5 events, 2 groups, and Belo's quote: the four grouped quotes are not listed alone.
    assert_eq!(all.len(), 8, "{all:?}");
    assert_eq!(all[0], "ev4", "the 1998 strike comes first");
    assert!(all.contains(&"q5".to_string()));
    assert!(
        !all.iter().any(|c| ["q1", "q2", "q3", "q4"].contains(&c.as_str())),
        "grouped quotes are shown in their group"
    );
    let starts: Vec<i32> = ix.items.iter().map(|it| it.days.unwrap().0).collect();
    assert!(starts.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn search_finds_summaries_quote_words_speakers_and_aliases() {
    let ix = index();
    let found = cards(&ix, &q("cranes"));
    assert!(found.contains(&"g2".into()), "the words of a quote: {found:?}");
    assert!(found.contains(&"ev3".into()), "the sentence that reports an event: {found:?}");
    let by_alias = cards(&ix, &q("Tomás"));
    assert!(by_alias.contains(&"g1".into()) && by_alias.contains(&"ev1".into()), "{by_alias:?}");
    assert_eq!(cards(&ix, &q("TOMAS")), cards(&ix, &q("tomas")), "case does not matter");
    assert_eq!(cards(&ix, &q("strike 1998")), vec!["ev4"], "every word must occur");
    assert!(cards(&ix, &q("zeppelin")).is_empty());
    assert_eq!(cards(&ix, &q("   ")).len(), 8, "blank search is no filter");
}

#[test]
fn the_word_index_built_in_small_slices_finds_the_same() {
    let (whole, sliced) = (index(), index());
    let mut slices = 0;
    while !sliced.build_words(64) {
        slices += 1;
    }
    assert!(slices > 3, "64 bytes at a time takes several slices");
    for word in ["cranes", "tom", "strike 1998", "ferry", "zeppelin"] {
        assert_eq!(whole.filter(&q(word)), sliced.filter(&q(word)), "{word}");
    }
}

#[test]
fn the_bundled_corpus_is_searched_by_its_article_texts() {
    let corpus = presslens_widget::bundled::corpus().expect("the bundled corpus decodes");
    let ix = Index::new(corpus);
    for a in 0..corpus.articles.len() as u32 {
        let text = corpus.text(a);
        assert!(!text.is_empty(), "article {a} has its text");
        let longest = text.split(|c: char| !c.is_alphanumeric()).max_by_key(|w| w.len()).unwrap();
        let r = ix.filter(&q(longest));
        assert!(r.articles.iter().any(|&(x, _)| x == a), "{longest:?} finds article {a}");
    }
}

#[test]
fn a_search_term_matches_the_words_it_begins() {
    let ix = index();
    assert_eq!(cards(&ix, &q("cran")), cards(&ix, &q("cranes")), "a word typed in part finds it");
    assert!(cards(&ix, &q("ranes")).is_empty(), "the middle of a word is not the start of one");
    assert_eq!(cards(&ix, &q("--")).len(), 8, "punctuation alone narrows nothing");
}

#[test]
fn search_also_reports_articles_whose_text_matches() {
    let ix = index();
    let r = ix.filter(&q("ferry timetable"));
    assert!(r.items.is_empty(), "no event or quote mentions the ferry");
    assert_eq!(r.articles.len(), 1);
    assert_eq!(ix.corpus.articles[r.articles[0].0 as usize].id, "2023-03-16_metro-daily_ferry");
    assert_eq!(r.articles[0].1, 4, "each word in the headline and in the body");
    assert_eq!(r.article_list, vec![2], "the article list follows the search");
    assert_eq!(ix.filter(&Filters::default()).article_list, vec![0, 1, 2], "all articles when nothing is filtered");
    assert!(ix.filter(&q("zqxjv")).article_list.is_empty());
    let sato = Filters { actors: vec![ix.entity("Sato").unwrap()], ..Filters::default() };
    assert_eq!(ix.filter(&sato).article_list, vec![0, 1], "the articles that report her");
}

#[test]
fn facets_combine_with_and_and_counts_narrow() {
    let ix = index();
    let sato = ix.entity("Elin Sato").unwrap();
    let only_sato = Filters { actors: vec![sato], ..Filters::default() };
    assert_eq!(cards(&ix, &only_sato), vec!["ev3", "g2", "ev5"]);
    let r = ix.filter(&only_sato);
    assert_eq!(r.actors, vec![(sato, 3)], "only Sato is left among the actors");
    let wire = ix.outlet_named("harbour wire").unwrap();
    let radio = ix.outlet_named("Coastal Radio").unwrap();
    let counts: Vec<(u32, u32)> = r.outlets.clone();
    assert!(counts.contains(&(wire, 2)) && counts.contains(&(radio, 3)), "{counts:?}");
    let both = Filters { actors: vec![sato], outlets: vec![wire], ..Filters::default() };
    assert_eq!(cards(&ix, &both), vec!["ev3", "g2"], "Sato AND reported by Harbour Wire");
    let vella = ix.entity("port vella").unwrap();
    let place = Filters { places: vec![vella], q: "stall".into(), ..Filters::default() };
    assert_eq!(cards(&ix, &place), vec!["ev2"]);
    let unknown = Filters { actors: vec![999], ..Filters::default() };
    assert!(cards(&ix, &unknown).is_empty(), "an entity with no items matches nothing");
}

#[test]
fn kind_and_date_filters() {
    let ix = index();
    let events = Filters { kind: Kind::Events, ..Filters::default() };
    assert!(cards(&ix, &events).iter().all(|c| c.starts_with("ev")));
    let quotes = Filters { kind: Kind::Quotes, ..Filters::default() };
    assert_eq!(cards(&ix, &quotes), vec!["g1", "g2", "q5"]);
    let mar13 = Filters { from: Some(d(2023, 3, 13)), to: Some(d(2023, 3, 13)), ..Filters::default() };
    assert_eq!(cards(&ix, &mar13), vec!["ev2", "ev3"]);
    let since = Filters { from: Some(d(2023, 3, 14)), ..Filters::default() };
    assert_eq!(cards(&ix, &since), vec!["g1", "g2", "ev5", "q5"]);
    let until_2000 = Filters { to: Some(d(2000, 1, 1)), ..Filters::default() };
    assert_eq!(cards(&ix, &until_2000), vec!["ev4"], "a year-precision event overlaps the range");
}

#[test]
fn timeline_counts_ignore_the_date_range_but_follow_other_filters() {
    let ix = index();
    let all = ix.filter(&Filters::default());
    let narrowed = ix.filter(&Filters { from: Some(d(2023, 3, 13)), to: Some(d(2023, 3, 13)), ..Filters::default() });
    assert_eq!(all.slots, narrowed.slots, "the strip shows what lies outside the brush too");
    let total: u32 = all.slots.iter().map(|s| s[0] + s[1]).sum();
    assert_eq!(total as usize, all.items.len());
    let events_only = ix.filter(&Filters { kind: Kind::Events, ..Filters::default() });
    assert!(events_only.slots.iter().all(|s| s[1] == 0));
    assert_eq!(events_only.slots.iter().map(|s| s[0]).sum::<u32>(), 5);
}

#[test]
fn results_count_their_quotes() {
    let ix = index();
    let all = ix.filter(&Filters::default());
    let quote_cards = all.items.iter().filter(|&&i| ix.items[i as usize].card.is_quote()).count();
    assert!(quote_cards > 0 && quote_cards < all.items.len());
    assert_eq!(all.quotes, quote_cards, "the status line's quote count");
    assert_eq!(ix.filter(&Filters { kind: Kind::Events, ..Filters::default() }).quotes, 0);
    let quotes_only = ix.filter(&Filters { kind: Kind::Quotes, ..Filters::default() });
    assert_eq!(quotes_only.quotes, quotes_only.items.len());
}

#[test]
fn quotes_link_to_the_event_by_the_same_person_on_the_same_day() {
    let ix = index();
    assert_eq!(ix.related_event(CardId::Group(1)), Some(2), "Sato's words link to her statement event");
    assert_eq!(ix.related_event(CardId::Group(0)), None, "Reyes's quote has no date of its own");
    assert_eq!(ix.related_event(CardId::Quote(4)), None);
}

#[test]
fn header_summary() {
    let s = index().summary;
    assert_eq!((s.articles, s.outlets, s.events, s.quotes, s.groups), (3, 3, 5, 5, 2));
    let (a, b) = s.published.unwrap();
    assert_eq!((a.value(), b.value()), ("2023-03-14".to_string(), "2023-03-16".to_string()));
}

#[test]
fn many_events_filter_without_scanning_strings_for_facets() {
    // 20,000 events over two years, 50 actors: a facet filter is a postings lookup.
    let mut f = Fixture::new(&[("a.txt", "Wire, January 1, 2020\n\nSomething happened today in the city.\n")]);
    let actors: Vec<u32> = (0..50).map(|i| f.entity(&format!("Person {i}"), EntityKind::Person, &[], &[])).collect();
    for i in 0..20_000u32 {
        let date = day(2020, 1, 1);
        let date = presslens_engine::DateValue::day(date.start.add_days(i64::from(i % 700)));
        f.event(date, &format!("Event number {i}"), "other", &[actors[(i % 50) as usize]], &[], &[]);
    }
    let ix = Index::new(f.handle());
    let one = Filters { actors: vec![actors[7]], ..Filters::default() };
    assert_eq!(ix.filter(&one).items.len(), 400);
    assert_eq!(ix.filter(&q("number 12345")).items.len(), 1);
    assert!(ix.axis.slots.len() < 120, "a two-year span is drawn by week: {}", ix.axis.slots.len());
}
