//! Cross-outlet quotation groups: two made-up translations of one statement link (speaker and
//! date agree, content words overlap after normalisation); another statement by the same
//! speaker stays apart; a rendering published before the statement was made never links.
//! Then the two groups the real corpus must show.

mod common;

use common::{Dated, fixture, groups_of, run};
use presslens_engine::{Input, analyze};

fn baltic_dates() -> Vec<Dated<'static>> {
    vec![Dated { article: 0, text: "Tuesday, May 9", after: "Lindqvist said on", day: "2023-05-09" }]
}

#[test]
fn translations_of_one_statement_link_and_other_statements_stay_apart() {
    let c = run(
        &[
            ("2023-05-10_baltic-daily_fleet.txt", fixture("link/baltic_daily.txt")),
            ("2023-05-11_nordic-courier_fleet.txt", fixture("link/nordic_courier.txt")),
        ],
        &baltic_dates(),
    );
    let groups = groups_of(&c);
    insta::assert_yaml_snapshot!(groups);
    assert_eq!(groups.len(), 1, "only the ice statement is shared");
    assert_eq!(groups[0].renderings.len(), 2);
    assert!(groups[0].renderings.iter().all(|r| r.contains("ice")));
}

/// A rendering in an article published (May 8) before the dated statement (May 9) cannot be it.
#[test]
fn a_rendering_published_before_the_statement_does_not_link() {
    let c = run(
        &[
            ("2023-05-10_baltic-daily_fleet.txt", fixture("link/baltic_daily.txt")),
            ("2023-05-08_harbour-gazette_ice.txt", fixture("link/harbour_gazette.txt")),
        ],
        &baltic_dates(),
    );
    assert!(c.quote_groups.is_empty(), "{:?}", groups_of(&c).iter().map(|g| &g.renderings).collect::<Vec<_>>());
    // Without the date the same two renderings do link: the date is what keeps them apart.
    let undated = run(
        &[
            ("2023-05-10_baltic-daily_fleet.txt", fixture("link/baltic_daily.txt")),
            ("2023-05-08_harbour-gazette_ice.txt", fixture("link/harbour_gazette.txt")),
        ],
        &[],
    );
    assert_eq!(undated.quote_groups.len(), 1);
}

fn real_corpus() -> presslens_engine::Corpus {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../corpus");
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()))
        .collect();
    files.sort();
    // The outlets the manifest gives (the texts of two articles do not name theirs).
    let manifest = std::fs::read_to_string(format!("{dir}/corpus.toml")).unwrap();
    let mut outlets: Vec<(String, String)> = Vec::new();
    let mut file = String::new();
    for line in manifest.lines() {
        let value = || line.split_once('=').map(|(_, v)| v.trim().trim_matches('"').to_string()).unwrap_or_default();
        if line.starts_with("file") {
            file = value();
        } else if line.starts_with("outlet") {
            outlets.push((file.clone(), value()));
        }
    }
    let inputs: Vec<Input<'_>> = files
        .iter()
        .map(|(n, b)| {
            let mut i = Input::new(n, b);
            i.meta.outlet = outlets.iter().find(|(f, _)| f == n).map(|(_, o)| o.clone());
            i
        })
        .collect();
    analyze(&inputs)
}

/// The group of `speaker` whose renderings come from articles starting with each of `outlets`.
fn find_group<'c>(
    c: &'c presslens_engine::Corpus,
    speaker: &str,
    outlets: &[&str],
) -> &'c presslens_engine::QuoteGroup {
    c.quote_groups
        .iter()
        .find(|g| {
            let e = &c.entities[g.speaker as usize];
            let named = e.name.contains(speaker) || e.aliases.iter().any(|a| a.contains(speaker));
            let articles: Vec<&str> =
                g.quotes.iter().map(|&q| c.articles[c.quotes[q as usize].article as usize].id.as_str()).collect();
            named && outlets.iter().all(|o| articles.iter().any(|a| a.starts_with(o)))
        })
        .unwrap_or_else(|| panic!("no group for {speaker} across {outlets:?}"))
}

#[test]
fn real_corpus_blinken_renderings_group() {
    let c = real_corpus();
    let g = find_group(&c, "Blinken", &["2022-01-07_lenta-ru", "2022-01-13_caravanserai"]);
    let al = &g.alignment[0];
    assert!(!al.ops.is_empty());
    assert!(al.ops.iter().any(|op| op.tag == presslens_engine::DiffTag::Equal));
    assert!(al.ops.iter().any(|op| op.tag != presslens_engine::DiffTag::Equal));
    // The block quotation (Lenta) against the direct one (Caravanserai).
    let kinds: Vec<_> = g.quotes.iter().map(|&q| c.quotes[q as usize].kind).collect();
    assert!(kinds.contains(&presslens_engine::QuoteKind::Block));
    assert!(kinds.contains(&presslens_engine::QuoteKind::Direct));
}

#[test]
fn real_corpus_lukashenko_renderings_group() {
    let c = real_corpus();
    let g = find_group(&c, "Lukashenk", &["2022-01-10_pledge-times", "2022-01-13_ozodlik-radio"]);
    assert!(g.alignment.iter().all(|al| !al.ops.is_empty()));
    let partials =
        g.quotes.iter().filter(|&&q| c.quotes[q as usize].kind == presslens_engine::QuoteKind::Partial).count();
    assert!(partials >= 2, "the Ozodlik partial quotations belong to the group");
}

/// Every quotation in the corpus comes from the headline or the body, never from a caption
/// or a reader comment, and each either has a speaker or is nested in another.
#[test]
fn real_corpus_quotes_come_from_the_article_s_own_words() {
    let c = real_corpus();
    for q in &c.quotes {
        let a = &c.articles[q.article as usize];
        let line =
            a.lines.iter().find(|l| l.span.contains(presslens_engine::Span { start: q.span.start, end: q.span.start }));
        let role = line.map(|l| l.role);
        assert!(
            matches!(role, Some(presslens_engine::LineRole::Body | presslens_engine::LineRole::Title)),
            "{}: {:?} from a {role:?} line",
            a.id,
            a.slice(q.span)
        );
    }
    let unattributed: Vec<&str> = c
        .quotes
        .iter()
        .filter(|q| q.speaker.is_none() && q.nested_in.is_none())
        .map(|q| c.articles[q.article as usize].slice(q.span))
        .collect();
    // Only the experts' characterisation in Ozodlik has no single speaker.
    assert!(unattributed.len() <= 1, "{unattributed:?}");
    let terms: Vec<&str> = c.terms.iter().map(|t| c.articles[t.article as usize].slice(t.span)).collect();
    for t in ["sleeping", "clan", "restraint", "advice"] {
        assert!(terms.contains(&t), "{t} is a term: {terms:?}");
    }
}

/// A syndicated copy of a rendering gets the same diff as the original, on its own spans.
#[test]
fn identical_copies_share_their_alignment() {
    let c = run(
        &[
            ("2023-05-10_baltic-daily_fleet.txt", fixture("link/baltic_daily.txt")),
            ("2023-05-11_nordic-courier_fleet.txt", fixture("link/nordic_courier.txt")),
            (
                "2023-05-11_wire-copy_fleet.txt",
                format!("Reposted from a partner site\n\n{}", fixture("link/nordic_courier.txt")),
            ),
        ],
        &baltic_dates(),
    );
    let groups = groups_of(&c);
    // The ice statement in three articles; the copy also repeats the other statement.
    assert_eq!(groups.len(), 2);
    let ice = groups.iter().find(|g| g.renderings[0].contains("ice")).expect("the ice statement");
    assert_eq!(ice.renderings.len(), 3);
    let texts = |al: &Vec<common::OpView>| al.iter().map(|o| (o.op, o.a.clone(), o.b.clone())).collect::<Vec<_>>();
    assert_eq!(texts(&ice.alignments[0]), texts(&ice.alignments[1]));
    let other = groups.iter().find(|g| g.renderings[0].contains("stand again")).expect("the copied statement");
    assert_eq!(other.renderings.len(), 2);
    assert!(other.alignments[0].iter().all(|o| o.op == "equal"));
}
