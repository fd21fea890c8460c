//! Component tests without a browser: render the app to a string with Yew's SSR renderer and
//! check what a reader would see. The hand-built dock-strike corpus (tests/support) gives every
//! view realistic records; the bundled corpus must render too.

mod support;

use presslens_engine::{Corpus, EntityKind, Input, analyze};
use presslens_widget::components::app::CorpusHandle;
use presslens_widget::{App, AppProps, Theme, WidgetOptions, bundled};
use support::{Fixture, day, strike};
use yew::LocalServerRenderer;

fn leak(c: Corpus) -> CorpusHandle {
    CorpusHandle::new(Box::leak(Box::new(c)))
}

async fn render_with(corpus: Result<CorpusHandle, String>, options: WidgetOptions) -> String {
    LocalServerRenderer::<App>::with_props(AppProps { corpus, options }).render().await
}

async fn render(corpus: Result<CorpusHandle, String>) -> String {
    render_with(corpus, WidgetOptions::default()).await
}

/// The strike corpus rendered at a view written in the URL-hash vocabulary.
async fn view(v: &str) -> String {
    let options = WidgetOptions { view: Some(v.into()), sync_hash: false, ..WidgetOptions::default() };
    render_with(Ok(strike().handle()), options).await
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The text of the element that carries `marker` (up to its closing `tag`).
fn element<'a>(html: &'a str, marker: &str, tag: &str) -> &'a str {
    let at = html.find(marker).unwrap_or_else(|| panic!("{marker} not found"));
    let start = html[..at].rfind('<').unwrap();
    let end = html[at..].find(&format!("</{tag}>")).map_or(html.len(), |e| at + e);
    &html[start..end]
}

/// Each card's HTML, in order.
fn cards<'a>(html: &'a str, testid: &str) -> Vec<&'a str> {
    let marker = format!("data-testid=\"{testid}\"");
    html.match_indices(&marker)
        .map(|(at, _)| {
            let end = html[at..].find("</article>").map_or(html.len(), |e| at + e);
            &html[at..end]
        })
        .collect()
}

#[tokio::test]
async fn the_header_sums_up_the_corpus() {
    let html = view("").await;
    let summary = element(&html, r#"data-testid="corpus-summary""#, "ul");
    for s in [
        "3 articles",
        "3 outlets",
        "published 14 March 2023 – 16 March 2023",
        "5 events",
        "5 quotes (2 compared across outlets)",
    ] {
        assert!(summary.contains(s), "{s:?} in {summary}");
    }
}

#[tokio::test]
async fn every_event_group_and_single_quote_gets_a_card() {
    let html = view("").await;
    assert_eq!(count(&html, r#"data-testid="event-card""#), 5);
    assert_eq!(count(&html, r#"data-testid="quote-group""#), 2);
    assert_eq!(count(&html, r#"data-testid="quote-card""#), 1);
    assert!(html.contains("8 results: 5 events, 3 quotes"));
    assert!(html.contains(r#"aria-live="polite""#));
    // Cards are articles with a heading, in an ordered list.
    assert_eq!(count(&html, r#"<li class="pl-card-item""#), 8);
    assert!(html.contains(r#"class="pl-cards""#) && html.contains("<ol"));
    let first = cards(&html, "event-card")[0];
    assert!(first.contains("<h3"), "a heading in each card");
    assert!(first.contains("A similar strike closes the port for a month"), "the 1998 event comes first");
}

#[tokio::test]
async fn event_cards_show_dates_as_written_and_normalised_with_provenance() {
    let html = view("").await;
    let extend = cards(&html, "event-card").into_iter().find(|c| c.contains("extend their strike")).unwrap();
    assert!(extend.contains(r#"datetime="2023-03-13""#));
    assert!(extend.contains(">13 March 2023<"));
    assert!(extend.contains("written “on Monday, March 13”"));
    assert!(extend.contains("1 outlet"));
    // How the date was read is behind a disclosure on every card, drawn once it is opened (or
    // the card is): closed cards carry none of it.
    assert_eq!(
        count(&html, "pl-prov\""),
        count(&html, r#"data-testid="event-card""#),
        "a disclosure on every event card"
    );
    assert!(!html.contains(r#"data-testid="date-provenance""#), "no explanation drawn on closed cards");
    let id = extend.split("data-card=\"").nth(1).and_then(|s| s.split('"').next()).unwrap();
    let open = view(&format!("card={id}")).await;
    let extend = cards(&open, "event-card").into_iter().find(|c| c.contains("extend their strike")).unwrap();
    let prov = element(extend, r#"data-testid="date-provenance""#, "div");
    assert!(prov.contains("weekday-month-day"), "the rule: {prov}");
    assert!(prov.contains("2023-03-14 (publication date)"), "the anchor");
    assert!(prov.contains("“on Monday, March 13”"), "the words");
    assert_eq!(count(&open, r#"data-testid="date-provenance""#), 1, "only the open card explains its date");
    let start = cards(&html, "event-card").into_iter().find(|c| c.contains("start a strike")).unwrap();
    assert!(start.contains("2 outlets"), "both outlets report the strike's start");
    assert!(start.contains(">Harbour Wire<") && start.contains(">Coastal Radio<"), "sources named by outlet");
    assert!(start.contains(">Tomas Reyes<") && start.contains(">Port Vella<"), "actor and place chips");
    let old = cards(&html, "event-card").into_iter().find(|c| c.contains("1998")).unwrap();
    assert!(old.contains(r#"title="How exactly the date is known" class="pl-tag">year</span>"#), "{old}");
}

#[tokio::test]
async fn disagreement_and_inferred_dates_are_flagged() {
    let html = view("").await;
    let sato = cards(&html, "event-card").into_iter().find(|c| c.contains("she will meet the union")).unwrap();
    let flag = element(sato, r#"data-testid="date-disagreement""#, "p");
    assert!(flag.contains("Outlets disagree on the date"));
    assert!(flag.contains("Harbour Wire: 14 March 2023") && flag.contains("Coastal Radio: 13 March 2023"), "{flag}");
    let office = cards(&html, "event-card").into_iter().find(|c| c.contains("announces a meeting")).unwrap();
    assert!(office.contains(r#"data-testid="inferred-date""#));
    assert!(office.contains("morning 15 March 2023"), "a part of the day is shown");
    assert_eq!(count(&html, r#"data-testid="inferred-date""#), 1, "dates stated in words are not flagged");
}

#[tokio::test]
async fn quote_groups_show_each_outlet_side_by_side_with_the_diff() {
    let html = view("").await;
    let groups = cards(&html, "quote-group");
    let reyes = groups.iter().find(|g| g.contains("Tomas Reyes")).unwrap();
    assert!(reyes.contains(", union leader"), "role");
    let outlets: Vec<&str> = reyes
        .match_indices(r#"data-testid="rendering-outlet""#)
        .map(|(i, _)| {
            let s = &reyes[i..];
            let s = &s[s.find('>').unwrap() + 1..];
            &s[..s.find('<').unwrap()]
        })
        .collect();
    assert_eq!(outlets, vec!["Harbour Wire", "Coastal Radio"]);
    assert!(reyes.contains(r#"<del class="pl-del">We</del>"#), "words only in the reference");
    assert!(reyes.contains(r#"<del class="pl-del">the</del>"#));
    assert!(reyes.contains(r#"<mark class="pl-chg">go back</mark>"#), "changed words, reference side");
    assert!(reyes.contains(r#"<mark class="pl-chg">return</mark>"#), "changed words, other side");
    assert!(reyes.contains("% worded as in Harbour Wire"));
    assert!(reyes.contains("direct · told") && reyes.contains("partial · said"), "kind and cue of each rendering");
    let sato = groups.iter().find(|g| g.contains("Elin Sato")).unwrap();
    assert!(sato.contains(r#"<ins class="pl-ins">are</ins>"#), "added words");
    assert!(sato.contains(r#"<mark class="pl-chg">No one</mark>"#));
    assert!(sato.contains(">14 March 2023<"), "the date it was said");
    assert!(sato.contains(r#"data-testid="related-event""#), "links to her statement that day");
    assert!(sato.contains("Governor Sato says she will meet the union"));
}

#[tokio::test]
async fn single_outlet_quotes_show_speaker_cue_and_kind() {
    let html = view("").await;
    let q = cards(&html, "quote-card")[0];
    assert!(q.contains(">Ana Belo<") && q.contains(", shipping analyst"));
    assert!(q.contains("Quote · direct"));
    assert!(q.contains("direct · said · as “Ana Belo”"));
    assert!(q.contains("The port must reopen before the harvest"));
    assert!(
        q.contains("published <time") && q.contains(">15 March 2023<"),
        "no date of its own: the publication date, said so"
    );
}

#[tokio::test]
async fn search_highlights_matches_and_announces_the_count() {
    let html = view("q=cranes").await;
    assert!(html.contains(r#"<mark class="pl-hit">cranes</mark>"#));
    assert!(html.contains("2 results: 1 event, 1 quote"));
    let chip = element(&html, r#"data-testid="filter-chip""#, "button");
    assert!(chip.contains("Search") && chip.contains("“cranes”"));
    assert!(html.contains(r#"value="cranes""#), "the search box shows the query");
}

#[tokio::test]
async fn highlights_inside_a_diff_keep_both_marks() {
    let html = view("q=standing").await;
    assert!(html.contains(r#"<mark class="pl-chg"><mark class="pl-hit">standing</mark></mark>"#), "{html}");
}

#[tokio::test]
async fn active_filters_are_chips_and_facets_narrow() {
    let html = view("actor=e2&kind=events").await;
    assert_eq!(count(&html, r#"data-testid="filter-chip""#), 2);
    assert!(html.contains("Remove filter Actor: Elin Sato"));
    assert!(html.contains("Remove filter Showing: events only"));
    assert!(html.contains(r#"data-testid="clear-all""#));
    assert_eq!(count(&html, r#"data-testid="event-card""#), 2);
    assert_eq!(count(&html, r#"data-testid="quote-group""#), 0);
    let outlets = element(&html, r#"data-testid="facet-outlets""#, "section");
    assert!(outlets.contains("Coastal Radio<") && outlets.contains(", 2 results<"), "{outlets}");
    assert!(outlets.contains("Harbour Wire<") && outlets.contains(", 1 result<"), "{outlets}");
    assert!(!outlets.contains("Metro Daily"), "an outlet with no match left is not offered");
    let actors = element(&html, r#"data-testid="facet-actors""#, "section");
    assert!(actors.contains(r#"aria-pressed="true""#), "the chosen actor shows pressed");
}

#[tokio::test]
async fn no_results_offers_to_clear_the_filters() {
    let html = view("q=zeppelin&outlet=Metro%20Daily").await;
    let empty = element(&html, r#"data-testid="empty-state""#, "div");
    assert!(empty.contains("No events or quotes match these filters."));
    assert!(empty.contains("Clear filters"));
    assert!(html.contains("No results"));
}

#[tokio::test]
async fn the_article_list_follows_the_filters() {
    let all = view("").await;
    assert_eq!(count(&all, r#"data-testid="article-item""#), 3);
    assert!(all.contains("Articles (3)"));
    let ferry = view("q=ferry").await;
    assert_eq!(count(&ferry, r#"data-testid="article-item""#), 1, "only the article whose text matches");
    assert!(ferry.contains("Articles (1 of 3)") && ferry.contains("Ferry timetable unchanged"));
    let none = view("q=zqxjv").await;
    assert_eq!(count(&none, r#"data-testid="article-item""#), 0);
    assert!(none.contains("No article matches."));
}

#[tokio::test]
async fn an_open_card_lists_every_mention_sentence() {
    let html = view("card=ev3").await;
    let sato = cards(&html, "event-card").into_iter().find(|c| c.contains("she will meet the union")).unwrap();
    assert!(sato.contains(r#"aria-expanded="true""#));
    assert!(sato.contains("Governor Elin Sato said on Tuesday that she would meet the union."));
    assert!(sato.contains("the governor said on Monday."));
    let closed = view("").await;
    assert!(!closed.contains("Governor Elin Sato said on Tuesday that she would meet the union."));
}

#[tokio::test]
async fn the_reader_shows_cleaned_text_metadata_and_the_passage() {
    let f = strike();
    let at = f.span(0, "extended their strike");
    let html = render_with(
        Ok(f.handle()),
        WidgetOptions {
            view: Some(format!("article=2023-03-14_harbour-wire_dock-strike&at={}-{}", at.start, at.end)),
            sync_hash: false,
            ..WidgetOptions::default()
        },
    )
    .await;
    let reader = &html[html.find(r#"data-testid="article-reader""#).expect("the reader is open")..];
    assert!(reader.contains(r#"role="dialog""#) || html.contains(r#"role="dialog""#));
    assert!(reader.contains("Dock workers extend strike in Port Vella"), "title");
    assert!(reader.contains("Mara Lind"), "byline");
    assert!(reader.contains(r#"href="https://harbour.example/strike""#));
    assert!(reader.contains(r#"<mark class="pl-at">extended their strike</mark>"#));
    assert!(reader.contains(r#"<span class="pl-s pl-current">"#), "the sentence is marked");
    assert!(reader.contains("Quotes in this article (2)"));
    assert!(html.contains(" inert"), "the page behind the dialog is inert");
    // Untrusted text stays text.
    assert!(reader.contains("the &lt;b&gt;Vella &amp; District&lt;/b&gt; archive"));
    assert!(!html.contains("<b>Vella"));
}

#[tokio::test]
async fn the_reader_never_links_a_non_http_address_and_says_when_there_are_no_quotes() {
    let html = view("article=2023-03-15_coastal-radio_governor").await;
    assert!(!html.contains("href=\"javascript"), "a javascript: URL is shown as text, not a link");
    assert!(html.contains("javascript:alert(1)"));
    let html = view("article=2023-03-16_metro-daily_ferry").await;
    assert!(html.contains("No quotes were found in this article."));
}

#[tokio::test]
async fn the_timeline_folds_old_years_and_shows_the_busy_days() {
    let html = view("").await;
    let strip = element(&html, r#"data-testid="timeline-strip""#, "section");
    assert!(strip.contains("<svg"));
    assert!(strip.contains(">1998<"), "the 1998 event has an overview slot");
    assert!(strip.contains("13 March 2023: 2 events, 0 quotes"), "a day slot's tooltip");
    assert!(strip.contains(r#"role="slider""#) && strip.contains("aria-valuetext=\"from "), "keyboard brush");
    let dated = view("from=2023-03-13&to=2023-03-14").await;
    let strip = element(&dated, r#"data-testid="timeline-strip""#, "section");
    assert!(strip.contains("pl-brush"), "the chosen range is drawn");
    assert!(strip.contains("aria-valuetext=\"from 13 March 2023\""));
    assert!(strip.contains("aria-valuetext=\"to 14 March 2023\""));
}

#[tokio::test]
async fn many_results_are_paged() {
    let mut f = Fixture::new(&[("w.txt", "Wire, May 2, 2024\n\nThe council met on Monday.\n")]);
    for i in 0..45 {
        f.event(day(2024, 4, 1 + (i % 28) as u8), &format!("Council item {i}"), "other", &[], &[], &[]);
    }
    let corpus = f.handle();
    let opts = |v: &str| WidgetOptions { view: Some(v.into()), sync_hash: false, ..WidgetOptions::default() };
    let html = render_with(Ok(corpus), opts("")).await;
    assert_eq!(count(&html, r#"data-testid="event-card""#), 20);
    assert!(html.contains("Page 1 of 3 · 1–20 of 45"));
    let html = render_with(Ok(corpus), opts("page=3")).await;
    assert_eq!(count(&html, r#"data-testid="event-card""#), 5);
    // Event 28 falls on the last day, so it is the 45th card.
    let html = render_with(Ok(corpus), opts("card=ev28")).await;
    assert!(html.contains("Page 3 of 3"), "a link to a card opens its page");
}

#[tokio::test]
async fn a_closed_card_shows_a_few_actors_and_says_how_many_more_an_open_card_shows_all() {
    let mut f = Fixture::new(&[("w.txt", "Wire, May 2, 2024\n\nThe council met on Monday.\n")]);
    let people: Vec<u32> =
        (0..9).map(|i| f.entity(&format!("Member Number{i}"), EntityKind::Person, &[], &[])).collect();
    f.event(day(2024, 4, 29), "The council meets", "meeting", &people, &[], &[]);
    let corpus = f.handle();
    let opts = |v: &str| WidgetOptions { view: Some(v.into()), sync_hash: false, ..WidgetOptions::default() };
    let closed = render_with(Ok(corpus), opts("")).await;
    let card = cards(&closed, "event-card")[0];
    assert_eq!(count(card, r#"data-testid="entity-chip""#), 6, "six chips on a closed card");
    assert!(card.contains(">and 3 more people and organisations<"), "{card}");
    assert!(card.contains(r#"aria-expanded="false" data-testid="more-chips""#));
    // An actor filter past the first six still shows as a pressed chip.
    let filtered = render_with(Ok(corpus), opts(&format!("actor=e{}", people[8] + 1))).await;
    let card = cards(&filtered, "event-card")[0];
    assert_eq!(count(card, r#"data-testid="entity-chip""#), 7);
    assert!(card.contains("Member Number8") && card.contains(">and 2 more people and organisations<"));
    let open = render_with(Ok(corpus), opts("card=ev1")).await;
    let card = cards(&open, "event-card")[0];
    assert_eq!(count(card, r#"data-testid="entity-chip""#), 9, "all of them on an open card");
    assert!(card.contains(">Fewer people and organisations<"));
}

#[tokio::test]
async fn nothing_is_styled_inline_so_a_strict_csp_holds() {
    for v in
        ["", "q=cranes&card=g2", "article=2023-03-14_harbour-wire_dock-strike&at=10", "from=2023-03-13&to=2023-03-13"]
    {
        let html = view(v).await;
        assert!(!html.contains(" style="), "no style attribute in view {v:?}");
        assert!(!html.contains("<script"), "no inline script");
    }
}

#[tokio::test]
async fn the_theme_option_sets_a_class_on_the_root() {
    let opts = WidgetOptions { theme: Theme::Dark, sync_hash: false, ..WidgetOptions::default() };
    let html = render_with(Ok(strike().handle()), opts).await;
    assert!(html.contains("pl-root pl-theme-dark"));
}

#[tokio::test]
async fn the_bundled_corpus_renders_every_article() {
    let corpus = bundled::corpus().expect("the bundled corpus decodes");
    assert!(!corpus.articles.is_empty(), "corpus/ holds articles");
    let html = render(Ok(corpus)).await;
    assert_eq!(count(&html, r#"data-testid="article-item""#), corpus.articles.len().min(8));
    for a in corpus.articles.iter().take(8) {
        let title = &a.title.as_ref().expect("every article gets a title, read or inferred").value;
        assert!(html.contains(&escape(title)), "title {title:?} is shown");
        if let Some(o) = &a.outlet {
            assert!(html.contains(&escape(&o.value)), "outlet {:?} is shown", o.value);
        }
    }
    // The first page lists 20 cards: events, cross-outlet groups, and quotes that are neither
    // grouped nor nested in another quote.
    let grouped: std::collections::HashSet<u32> = corpus.quote_groups.iter().flat_map(|g| g.quotes.clone()).collect();
    let lone = (0..corpus.quotes.len() as u32)
        .filter(|q| !grouped.contains(q) && corpus.quotes[*q as usize].nested_in.is_none())
        .count();
    let items = corpus.events.len() + corpus.quote_groups.len() + lone;
    let cards = ["event-card", "quote-group", "quote-card"]
        .map(|t| count(&html, &format!(r#"data-testid="{t}""#)))
        .iter()
        .sum::<usize>();
    assert_eq!(cards, items.min(20));
    assert!(count(&html, r#"data-testid="event-card""#) > 0, "events are listed");
    // Article texts are read on demand from the bundle: the quotes on the cards have their words.
    assert!(count(&html, r#"<blockquote class="pl-quote">"#) > 0, "quotes are listed");
    assert_eq!(count(&html, r#"<blockquote class="pl-quote"></blockquote>"#), 0, "no quote is empty");
}

#[tokio::test]
async fn the_reader_decodes_a_bundled_article_body_when_it_opens() {
    let corpus = bundled::corpus().expect("the bundled corpus decodes");
    let (i, head) = corpus.articles.iter().enumerate().max_by_key(|(_, a)| a.text.len()).expect("an article");
    assert!(head.paragraphs.is_empty() && head.lines.is_empty(), "the list reads the head only");
    let full = corpus.article_in_full(i as u32).expect("the body decodes");
    assert!(full.paragraphs.len() > 1 && full.sentences.len() > 1);
    let html = render_with(
        Ok(corpus),
        WidgetOptions { view: Some(format!("article={}", head.id)), sync_hash: false, ..WidgetOptions::default() },
    )
    .await;
    let body = &html[html.find(r#"data-testid="reader-body""#).expect("the reader shows the body")..];
    let body = &body[..body.find("</section>").unwrap_or(body.len())];
    assert!(!body.contains("no body text"), "the body is there");
    assert_eq!(count(body, r#"<span class="pl-s"#), full.sentences.len(), "every sentence is shown");
}

#[tokio::test]
async fn shows_metadata_read_from_a_new_article() {
    let text = "Harbour Gazette, March 3, 2021\n\nNew ferry line opens\n\nThe first ferry left at dawn. Dozens of passengers cheered.\n\nOfficials said more routes would follow.\n";
    let html = render(Ok(leak(analyze(&[Input::new("ferry.txt", text.as_bytes())])))).await;
    assert!(html.contains("Harbour Gazette"));
    assert!(html.contains("3 March 2021"));
}

#[tokio::test]
async fn article_titles_are_escaped_not_injected() {
    let text = "Site\n\n<img src=x onerror=alert(1)> headline here\n\nBody <script>alert(2)</script> text of the article goes here.\n";
    let html = render(Ok(leak(analyze(&[Input::new("x.txt", text.as_bytes())])))).await;
    assert!(!html.contains("<img src=x"), "markup in article text is never rendered as HTML");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[tokio::test]
async fn a_bundle_error_is_shown_not_a_blank_page() {
    let html = render(Err("bundle format version 9 cannot be read".into())).await;
    assert!(html.contains("role=\"alert\""));
    assert!(html.contains("version 9"));
}

/// However many outlets report an event or carry a statement, a card stays small: eight sources,
/// four renderings, the rest counted (the DOM holds a page of cards, each bounded).
#[tokio::test]
async fn a_widely_reported_event_keeps_its_card_small() {
    let texts: Vec<(String, String)> = (0..12)
        .map(|i| {
            (
                format!("2021-03-0{}_outlet-{i}_army.txt", 4 + i % 2),
                format!(
                    "{} Herald, March {}, 2021\n\nGovernor asks army for help\n\n\
                     On March 3, Governor Ivo Lind asked the army for help after the floods.\n\n\
                     \u{201c}We need every soldier on the dykes tonight,\u{201d} Ivo Lind said on March 3.\n",
                    ["Alder", "Birch", "Cedar", "Elm", "Fir", "Hazel", "Larch", "Maple", "Oak", "Pine", "Rowan", "Yew"]
                        [i],
                    4 + i % 2
                ),
            )
        })
        .collect();
    let inputs: Vec<Input<'_>> = texts.iter().map(|(f, t)| Input::new(f, t.as_bytes())).collect();
    let corpus = leak(analyze(&inputs));
    let sizes: Vec<(usize, &str)> = corpus.events.iter().map(|e| (e.mentions.len(), e.kind.as_ref())).collect();
    assert!(corpus.events.iter().any(|e| e.mentions.len() >= 12), "one event, twelve outlets: {sizes:?}");
    assert!(corpus.quote_groups.iter().any(|g| g.quotes.len() == 12), "one statement, twelve renderings");
    let html = render(Ok(corpus)).await;
    assert!(html.contains("12 outlets"), "the badge counts them all");
    assert!(html.contains("and 4 more (see the mentions)"));
    assert_eq!(count(&html, r#"data-testid="rendering""#), 4, "four renderings side by side");
    assert!(html.contains("Show all 12 renderings"));
}
