//! Stage 3 (time) on fixture articles: every temporal expression with its value, precision,
//! rule and anchor, the publication date (given or inferred) and the date diagnostics, as
//! reviewed insta snapshots; plus properties on the real corpus and on arbitrary input.

use std::path::Path;

use presslens_engine::{Corpus, Input, analyze};
use proptest::prelude::*;
use serde::Serialize;

#[derive(Serialize)]
struct Row {
    text: String,
    value: String,
    precision: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    part: Option<&'static str>,
    rule: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    anchor: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    anchor_note: Option<String>,
    line: u32,
}

#[derive(Serialize)]
struct View {
    published: Option<String>,
    published_source: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    published_note: Option<String>,
    diagnostics: Vec<String>,
    timexes: Vec<Row>,
}

fn fixture(name: &str) -> Corpus {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/time").join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    analyze(&[Input::new(name, &bytes)])
}

fn view(c: &Corpus) -> View {
    let a = &c.articles[0];
    View {
        published: a.published.as_ref().map(|f| f.value.value()),
        published_source: a.published.as_ref().map(|f| f.source.label()),
        published_note: a.published.as_ref().and_then(|f| match &f.source {
            presslens_engine::Source::Inferred { note } => Some(note.clone()),
            _ => None,
        }),
        diagnostics: a.diagnostics.iter().map(|d| format!("{}: {}: {}", d.line, d.level.label(), d.message)).collect(),
        timexes: c
            .timexes
            .iter()
            .map(|t| Row {
                text: a.slice(t.span).to_string(),
                value: t.value.value(),
                precision: t.value.precision.label(),
                part: t.value.part.map(|p| p.label()),
                rule: t.rule.to_string(),
                anchor: t.anchor.map(|d| d.to_string()),
                anchor_note: t.anchor_note.as_ref().map(|n| n.to_string()),
                line: a.line_of(t.span.start),
            })
            .collect(),
    }
}

fn values(c: &Corpus) -> Vec<(String, String)> {
    let a = &c.articles[0];
    c.timexes.iter().map(|t| (a.slice(t.span).to_string(), t.value.value())).collect()
}

macro_rules! snapshot {
    ($name:ident, $file:literal) => {
        #[test]
        fn $name() {
            insta::assert_yaml_snapshot!(view(&fixture($file)));
        }
    };
}

// Full dates, month–year, years with their cue words, decades, ISO and numeric dates.
snapshot!(absolute_dates, "absolute.txt");
// Deictic words, calendar units, `N days after the start of …`, narrative steps, parts.
snapshot!(relative_dates, "relative.txt");
// Bare weekdays (news reading), future weekdays, consistent and inconsistent pairs.
snapshot!(weekdays, "weekdays.txt");
// No date line: the publication window is inferred from a weekday pair and the years.
snapshot!(inferred_publication_date, "inferred.txt");
// No date anywhere: relative dates stay unresolved and the article says why.
snapshot!(no_date_anywhere, "no_date.txt");
// `today` and `yesterday` inside quotations belong to the speaker.
snapshot!(quoted_speech, "quoted.txt");
// Parts of years, seasons, quarters, decades, ranges of years, `N units ago`, holidays, and a
// future-tense clause.
snapshot!(calendar_forms, "calendar.txt");
// Counts, prices, distances and group names are not dates.
snapshot!(non_dates, "non_dates.txt");

#[test]
fn an_inconsistent_weekday_is_a_warning_with_its_line() {
    let c = fixture("weekdays.txt");
    let d = &c.articles[0].diagnostics;
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].line, 9);
    assert!(d[0].message.contains("Saturday"), "{}", d[0].message);
}

#[test]
fn non_dates_give_nothing() {
    let c = fixture("non_dates.txt");
    assert_eq!(values(&c), []);
}

fn corpus() -> Corpus {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../corpus");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let data: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(p).unwrap()))
        .collect();
    let inputs: Vec<Input<'_>> = data.iter().map(|(n, b)| Input::new(n, b)).collect();
    analyze(&inputs)
}

/// What the corpus's own words date, as a reader would.
#[test]
fn corpus_dates_read_as_a_reader_would() {
    let c = corpus();
    let find = |article: &str, words: &str| {
        let ai = c.articles.iter().position(|a| a.id.contains(article)).unwrap();
        let a = &c.articles[ai];
        c.timexes
            .iter()
            .find(|t| t.article == ai as u32 && a.slice(t.span) == words)
            .unwrap_or_else(|| panic!("{article}: no timex “{words}”"))
    };
    let v = |article: &str, words: &str| find(article, words).value.value();
    // The start of the protests is dated elsewhere in the same article.
    assert_eq!(v("lenta", "three days after the start of the protests"), "2022-01-05");
    assert_eq!(find("lenta", "three days after the start of the protests").anchor.unwrap().to_string(), "2022-01-02");
    // `today` in Tokayev's signed statement is the day of the appeal, not the publication day.
    assert_eq!(v("lenta", "today"), "2022-01-05");
    assert_eq!(v("lenta", "Friday, January 7"), "2022-01-07");
    assert_eq!(v("lenta", "By Wednesday, January 5"), "2022-01-05");
    assert_eq!(v("caravanserai", "Thursday (January 13)"), "2022-01-13");
    assert_eq!(v("caravanserai", "Late on January 5"), "2022-01-05");
    assert_eq!(v("caravanserai", "earlier in January"), "2022-01");
    assert_eq!(v("ozodlik", "autumn of mass protests last year"), "2021-FA");
    assert_eq!(v("ozodlik", "the same year"), "2012");
    assert_eq!(v("khamroev", "the first few days"), "2022-01");
    // The article without a date line: an inferred window, and its bare weekdays resolve in it.
    let cara = c.articles.iter().find(|a| a.id.contains("caravanserai")).unwrap();
    let published = cara.published.as_ref().unwrap();
    assert_eq!(published.source.label(), "inferred");
    assert_eq!(published.value.start.to_string(), "2022-01-13");
    assert_eq!(v("caravanserai", "Monday"), "2022-01-10");
    assert_eq!(v("caravanserai", "Sunday"), "2022-01-09");
    // No weekday in the corpus contradicts its date.
    for a in &c.articles {
        assert!(!a.diagnostics.iter().any(|d| d.message.contains(", not a ")), "{}: {:?}", a.id, a.diagnostics);
    }
}

#[test]
fn corpus_numbers_that_are_not_dates_stay_out() {
    let c = corpus();
    for t in &c.timexes {
        let words = c.articles[t.article as usize].slice(t.span);
        for bad in ["60", "120", "10,000", "2,330", "2,000", "600,000", "C5", "6 to 9"] {
            assert!(!words.contains(bad), "“{words}” read as {}", t.value.value());
        }
    }
    // Every timex is sorted and points at the body or a caption, never at comments.
    for w in c.timexes.windows(2) {
        assert!((w[0].article, w[0].span.start) <= (w[1].article, w[1].span.start));
    }
    for t in &c.timexes {
        let a = &c.articles[t.article as usize];
        assert!(!a.comments.iter().any(|m| m.span.overlaps(t.span)));
    }
}

fn arbitrary_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("January ".to_string()),
        Just("May ".to_string()),
        Just("Thursday (".to_string()),
        Just("Friday, ".to_string()),
        Just("last ".to_string()),
        Just("week ".to_string()),
        Just("ago ".to_string()),
        Just("the start of the ".to_string()),
        Just("days after ".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just("late on ".to_string()),
        Just("the autumn of ".to_string()),
        Just("year ".to_string()),
        "[0-9]{1,12}",
        "[0-9]{1,4}[./-][0-9]{1,4}[./-][0-9]{1,6}",
        "[0-9]{1,3}(st|nd|rd|th|s) ",
        "[a-zA-Z ,.'’()–-]{0,20}",
        "\\PC{0,8}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// `extract` (through `analyze`) and `find` never panic, and every span is in the text.
    #[test]
    fn never_panics_on_arbitrary_text(text in arbitrary_text(), y in 1i32..3000, m in 1u8..=12, d in 1u8..=28) {
        let c = analyze(&[Input::new("p.txt", text.as_bytes())]);
        for t in &c.timexes {
            prop_assert!(t.span.end as usize <= c.articles[0].text.len());
            prop_assert!(t.value.start <= t.value.end);
        }
        let reference = presslens_engine::Date::new(if y % 7 == 0 { i32::MAX - y } else { y }, m, d);
        for f in presslens_engine::time::find(&text, reference) {
            prop_assert!(text.get(f.span.range()).is_some());
        }
    }
}

#[test]
fn nested_relative_phrases_do_not_recurse_without_bound() {
    let text = format!("{}Easter.", "a day after the day before ".repeat(50_000));
    let found = presslens_engine::time::find(&text, presslens_engine::Date::new(2013, 2, 12));
    assert!(!found.is_empty());
}

#[test]
fn a_run_on_sentence_of_megabytes_is_read_in_pieces() {
    // No punctuation at all: one "sentence" of 3 MB; every date is still found.
    let text = "troops arrived on January 6 2022 and left ".repeat(75_000);
    let c = analyze(&[Input::new("run-on.txt", text.as_bytes())]);
    assert_eq!(c.timexes.len(), 75_000);
}

#[test]
fn huge_numbers_and_many_dates_stay_linear() {
    // 200,000 dates, digits runs and unbalanced quotes: finishes, and finds every date.
    let unit = "On Friday, January 7, 2022 “it 99999999999999999999 rose since 1999; ";
    let text = unit.repeat(20_000);
    let found = presslens_engine::time::find(&text, None);
    assert_eq!(found.len(), 40_000);
}

/// Every rule the time stage applies is in `time::RULES`, and a bundle read back shares those
/// names (and the common anchor notes, and the event kinds) instead of copying each one.
#[test]
fn rule_names_are_listed_and_read_back_without_copies() {
    use std::borrow::Cow;

    use presslens_engine::{bundle, events, time};
    let names = ["absolute.txt", "calendar.txt", "inferred.txt", "quoted.txt", "relative.txt", "weekdays.txt"];
    let mut corpora: Vec<Corpus> = names.iter().map(|n| fixture(n)).collect();
    corpora.push(corpus());
    let mut rules = std::collections::BTreeSet::new();
    for c in &corpora {
        for t in &c.timexes {
            assert!(time::RULES.contains(&t.rule.as_ref()), "rule {:?} is missing from time::RULES", t.rule);
            rules.insert(t.rule.to_string());
        }
        let back = bundle::decode(&bundle::encode(c).unwrap()).unwrap();
        assert_eq!(&back, c);
        for t in &back.timexes {
            assert!(matches!(t.rule, Cow::Borrowed(_)), "{:?} was copied", t.rule);
            if let Some(n) = &t.anchor_note {
                assert_eq!(matches!(n, Cow::Borrowed(_)), time::ANCHOR_NOTES.contains(&n.as_ref()), "{n}");
            }
        }
        assert!(back.events.iter().all(|e| matches!(e.kind, Cow::Borrowed(_))));
        assert!(back.events.iter().all(|e| events::KINDS.contains(&e.kind.as_ref())));
    }
    assert!(rules.len() >= 15, "the fixtures exercise most rules: {rules:?}");
}

fn inferred(text: &str) -> (String, Vec<(String, String)>) {
    let c = analyze(&[Input::new("a.txt", text.as_bytes())]);
    let a = &c.articles[0];
    let published = a.published.as_ref().map_or(String::new(), |p| format!("{} {}", p.value.value(), p.source.label()));
    (published, c.timexes.iter().map(|t| (a.slice(t.span).to_string(), t.value.value())).collect())
}

/// A wire dateline's date is the day of the report; its year is the first not before what the
/// text has told (before, `April 24` was read against the window of the latest date, January).
#[test]
fn a_wire_dateline_dates_an_article_without_a_date_line() {
    let (published, found) = inferred(
        "Court jails former chief\n\n\
         ALMATY, April 24 (Reuters) - A court on Monday sentenced the former chief, who was arrested on Jan. 6, 2022.\n",
    );
    assert_eq!(published, "2022-04-24 inferred");
    let value = |w: &str| found.iter().find(|(t, _)| t == w).map(|(_, v)| v.clone());
    assert_eq!(value("April 24").as_deref(), Some("2022-04-24"));
    assert_eq!(value("Monday").as_deref(), Some("2022-04-18"));
    // Not a dateline: a date in a sentence.
    let (published, _) =
        inferred("Court news\n\nOn April 24, a court sentenced him. He was arrested on Jan. 6, 2022.\n");
    assert!(published.starts_with("2022-01-06/"), "{published}");
}

/// A year the text names in past narration comes no later than the article: a weekday pair
/// takes the first consistent year from there (`the first since 2019 … Friday, March 31` is 2023;
/// 2017 is nearer 2019 but before it, and nothing was inferred).
#[test]
fn a_weekday_pair_takes_its_year_from_the_years_named_before() {
    let (published, _) = inferred(
        "Prices rise\n\nThe ministry announced on Friday, March 31, a rise in tariffs, the first since 2019.\n",
    );
    assert_eq!(published, "2023-03-31/2023-04-06 inferred");
}
