//! Stage 3: temporal expressions, normalised against the publication date.
//!
//! Each body sentence (and each caption) is scanned once into classified tokens
//! (`scan`); rules recognise expressions among them (`rules`); each is then resolved
//! against its anchors (`resolve`) into a [`DateValue`] with a precision, an optional
//! [`Part`](crate::date::Part), the rule that read it and the anchor it needed.
//!
//! # What is read
//!
//! | form | example | value |
//! |---|---|---|
//! | full dates | `May 15, 1992`, `15 May 1992`, `2022-01-13`, `13.01.2022` | the day |
//! | month and year, year, decade | `January 2022`, `in 1999`, `since 2012`, `the 1990s` | month, year, decade |
//! | day and month | `On January 10`, `posted online January 8` | the day, year from the anchor |
//! | weekday with a date | `Friday, January 7`, `Thursday (January 13)` | the day; the weekday must agree |
//! | weekday | `on Friday`, `Monday`, `last Tuesday`, `next Friday` | the day |
//! | relative | `yesterday`, `last week`, `three months ago`, `a week later`, `the day before` | day, week, month… |
//! | after an event | `three days after the start of the protests` | the day the article gives for the start, plus three |
//! | parts | `early March`, `late on January 5`, `earlier in January`, `by Wednesday`, `evening of …` | with a [`Part`](crate::date::Part) |
//! | seasons, quarters, holidays | `the autumn of … last year`, `Q1 2022`, `three days after Easter` | season, quarter, day |
//!
//! Numbers that are not dates stay out: a four-digit number is a year only after a temporal
//! word (`in`, `since`, `by` …) and not before a noun (`by 2000 troops`); day numbers only next
//! to a month; `10,000`, `2,330km`, `C5+1`, `from 60 to 120` never.
//!
//! # How a year or a day is chosen (the news reading)
//!
//! - A **bare weekday** is the most recent such day on or before the anchor (`Monday` in an
//!   article of Thursday, January 13, 2022 is January 10: rule `weekday-past`); in a
//!   future-tense clause (`will meet on Monday`) the next one on or after it (`weekday-future`).
//!   `last Friday` is the Friday of the previous week, `next Friday` the first one after the
//!   anchor.
//! - A **day or month without a year** is the occurrence containing the anchor, else the latest
//!   one before it in past narration, the first after it in future talk; with no tense the
//!   upcoming one only if it starts within about a month and is nearer. An explicit year earlier
//!   in the same sentence wins (`January 3, 2017 – February 1st`).
//! - A **weekday with a date** checks the weekday: with no year, it picks the reading in which
//!   the weekday is right; with a year that disagrees, the date is kept and the article gets a
//!   warning with the line.
//! - **Inside a quotation** (marks, or a paragraph signed `Name Role` at its end), `today`,
//!   `yesterday`, `last year` and bare weekdays are the speaker's: they resolve against the date
//!   the same sentence gives outside the quotation (`… ,” he said on Wednesday`), else the date
//!   the narration gave just before (within three sentences), when there is one.
//! - `a week later`, `the day before`, `that day` resolve against the last day the narration
//!   gave (within two sentences); `the same year` against the last year.
//!
//! `N days after the start of the X` and `the first few days of the X` look for the sentence
//! of the same article saying the X began, started or erupted on a day (`Protests … began on
//! Sunday, January 2`); failing that, `N days after …` takes a date in apposition (`On January 5,
//! three days after …`). When both exist and disagree, the article gets a warning.
//!
//! # Inferred publication date
//!
//! The anchor is the publication date. An article without one (no date line, no manifest entry)
//! gets an inferred one, [`Source::Inferred`] with a note saying how:
//!
//! 1. **Year.** If the text pairs weekdays with dates but gives them no year (`Thursday
//!    (January 13)`), the year is the one in which the most pairs are consistent, among the 25
//!    years around the reference year — the latest year the text names (`in 2021`), or else the
//!    median publication year of the other articles of the corpus.
//! 2. **Latest date.** The latest full day the text gives (explicit dates, and the pairs dated by
//!    step 1), leaving out future-tense clauses and `by …` deadlines. If it is older than a year
//!    the text names, nothing is inferred.
//! 3. **Window.** News names the days of the past week by weekday, so the value is the range
//!    `[latest, latest + 6 days]`; relative dates in the text resolve against its first day.
//!
//! A text with no date at all keeps `published` empty, its relative dates unresolved, and a
//! warning saying to add `published` to the manifest.

mod infer;
mod resolve;
mod rules;
mod scan;

use std::borrow::Cow;

use crate::lexicon::FxMap as HashMap;

use crate::date::{Date, DateValue, Precision};
use crate::model::interned::known;
use crate::model::{Article, Diagnostic, Field, Level, Source, Span, Timex};
use resolve::{Anchor, Ctx, Res};
use rules::{Cand, Expr};
use scan::{Kind, Kw, Lex, Tok};

/// Every rule name [`Found::rule`] takes (a test keeps this list whole). A corpus read back from
/// a bundle borrows its rule names from here.
pub const RULES: &[&str] = &[
    "anaphoric-year",
    "day-month",
    "day-month-year",
    "decade",
    "deictic",
    "holiday",
    "iso-date",
    "month",
    "month-day-year",
    "month-relative",
    "month-year",
    "numeric-date",
    "period-start",
    "quarter",
    "relative-after-date",
    "relative-ago",
    "relative-calendar",
    "relative-days-after",
    "relative-narrative",
    "relative-weekend",
    "season",
    "season-relative",
    "season-relative-year",
    "season-year",
    "weekday",
    "weekday-date",
    "weekday-future",
    "weekday-last",
    "weekday-next",
    "weekday-ordinal",
    "weekday-past",
    "weekday-this",
    "year",
];

/// The anchor notes that do not name a line of the text: most timexes of a corpus have one of
/// these. A corpus read back from a bundle borrows them from here.
pub const ANCHOR_NOTES: &[&str] =
    &[PUBLISHED_TEXT, PUBLISHED_MANIFEST, PUBLISHED_COMMAND, PUBLISHED_INFERRED, REFERENCE];
const PUBLISHED_TEXT: &str = "publication date";
const PUBLISHED_MANIFEST: &str = "publication date (manifest)";
const PUBLISHED_COMMAND: &str = "publication date (command line)";
const PUBLISHED_INFERRED: &str = "inferred publication date (first day)";
const REFERENCE: &str = "reference date";

/// A temporal expression found by [`find`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The words, as byte offsets into the text given to [`find`].
    pub span: Span,
    /// The normalised value.
    pub value: DateValue,
    /// The rule that read it (`month-day-year`, `weekday`, `relative-days-after` …).
    pub rule: &'static str,
    /// The date it was resolved against, when it needed one.
    pub anchor: Option<Date>,
    /// What that anchor is (`reference date`, `January 2 (line 3)` …).
    pub anchor_note: Option<String>,
}

/// Finds and normalises the temporal expressions of a plain text (one paragraph per blank-line
/// block), against `reference` (e.g. a publication date). Without a reference, the latest date
/// the text gives serves as one (see the inference rule in the module docs).
///
/// ```
/// use presslens_engine::{Date, time::find};
///
/// let found = find("Protests began on Sunday, January 2. Three days later troops arrived.", Date::new(2022, 1, 7));
/// let values: Vec<String> = found.iter().map(|f| f.value.value()).collect();
/// assert_eq!(values, ["2022-01-02", "2022-01-05"]);
/// ```
pub fn find(text: &str, reference: Option<Date>) -> Vec<Found> {
    let mut units = Vec::new();
    let mut paragraphs = Vec::new();
    for (s, e) in paragraph_ranges(text) {
        let first = units.len();
        for (a, b) in crate::segment::split(&text[s..e]) {
            units.push(UnitRef { span: Span::new(s + a, s + b), paragraph: paragraphs.len() as u32 });
        }
        paragraphs.push(Para { span: Span::new(s, e), units: (first as u32, units.len() as u32) });
    }
    let newlines: Vec<u32> = text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i as u32).collect();
    let line_of = |o: u32| newlines.partition_point(|&n| n < o) as u32 + 1;
    let doc = Doc { text, units: &units, paragraphs: &paragraphs, line_of: &line_of };
    let anchor = reference.filter(|d| SANE_YEARS.contains(&d.y)).map(|d| Anchor { date: d, note: REFERENCE.into() });
    let out = run(&doc, anchor, None, "latest date in the text");
    out.found.into_iter().map(|f| f.found).collect()
}

fn paragraph_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        if crate::text::is_blank(content) {
            if let Some(s) = start.take() {
                out.push((s, end));
            }
        } else {
            let (off, t) = crate::text::trim_span(content);
            if start.is_none() {
                start = Some(pos + off);
            }
            end = pos + off + t.len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push((s, end));
    }
    out
}

/// Finds and normalises every temporal expression in the articles' body sentences and captions,
/// infers a publication date where an article has none, checks weekday–date pairs (a
/// disagreement is a warning on the article), and fills in an inferred title where the metadata
/// lacks one. Returns the timexes of all articles, sorted by article and position.
pub fn extract(articles: &mut [Article]) -> Vec<Timex> {
    let corpus_year = corpus_year(articles);
    let mut out = Vec::new();
    for (ai, a) in articles.iter_mut().enumerate() {
        infer_title(a);
        extract_article(ai as u32, a, corpus_year, &mut out);
    }
    out.sort_by_key(|t| (t.article, t.span.start, t.span.end));
    out
}

/// The median publication year of the articles whose date is given (not inferred).
fn corpus_year(articles: &[Article]) -> Option<i32> {
    let mut years: Vec<i32> = articles
        .iter()
        .filter_map(|a| a.published.as_ref())
        .filter(|f| !matches!(f.source, Source::Inferred { .. }))
        .map(|f| f.value.start.y)
        .filter(|y| SANE_YEARS.contains(y))
        .collect();
    years.sort_unstable();
    years.get(years.len() / 2).copied()
}

fn extract_article(ai: u32, a: &mut Article, corpus_year: Option<i32>, out: &mut Vec<Timex>) {
    let mut units: Vec<UnitRef> =
        a.sentences.iter().map(|s| UnitRef { span: s.span, paragraph: s.paragraph }).collect();
    for c in &a.captions {
        let end = c.credit.map_or(c.span.end, |cr| cr.start);
        units.push(UnitRef { span: Span { start: c.span.start, end }, paragraph: NO_PARAGRAPH });
    }
    let paragraphs: Vec<Para> = a.paragraphs.iter().map(|p| Para { span: p.span, units: p.sentences }).collect();
    let anchor = a.published.as_ref().filter(|f| SANE_YEARS.contains(&f.value.start.y)).map(|f| Anchor {
        date: f.value.start,
        note: match &f.source {
            Source::Text { .. } => PUBLISHED_TEXT.to_string(),
            Source::Manifest => PUBLISHED_MANIFEST.to_string(),
            Source::Command => PUBLISHED_COMMAND.to_string(),
            Source::Inferred { .. } => PUBLISHED_INFERRED.to_string(),
        },
    });
    let outcome = {
        let line_of = |o: u32| a.line_of(o);
        let doc = Doc { text: &a.text, units: &units, paragraphs: &paragraphs, line_of: &line_of };
        run(&doc, anchor, corpus_year, PUBLISHED_INFERRED)
    };
    if let Some(inf) = outcome.inferred {
        a.published = Some(Field { value: inf.value, source: Source::Inferred { note: inf.note } });
    }
    for (offset, message) in outcome.warnings {
        a.diagnostics.push(Diagnostic { level: Level::Warning, line: a.line_of(offset), message });
    }
    if a.published.is_none() && !a.paragraphs.is_empty() {
        let left = match outcome.unresolved {
            0 => "relative dates stay unresolved".to_string(),
            n => format!("{n} relative date(s) (weekdays, `yesterday`, dates without a year) are left unresolved"),
        };
        a.diagnostics.push(Diagnostic {
            level: Level::Warning,
            line: 1,
            message: format!(
                "no publication date: the text has no date line and no full date to infer one from, so {left}; \
                 add `published = \"YYYY-MM-DD\"` for this file to corpus.toml"
            ),
        });
    }
    let intern = |n: String| known(ANCHOR_NOTES, &n).map_or(Cow::Owned(n), Cow::Borrowed);
    out.extend(outcome.found.into_iter().map(|f| Timex {
        article: ai,
        span: f.found.span,
        value: f.found.value,
        rule: Cow::Borrowed(f.found.rule),
        anchor: f.found.anchor,
        anchor_note: f.found.anchor_note.map(intern),
    }));
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

const NO_PARAGRAPH: u32 = u32::MAX;

/// Years an anchor may have (calendar arithmetic stays far from integer limits).
const SANE_YEARS: core::ops::RangeInclusive<i32> = 1..=9999;

/// A scanning unit: a sentence, or a caption (no paragraph).
struct UnitRef {
    span: Span,
    paragraph: u32,
}

/// A paragraph and its units `units.0..units.1`.
struct Para {
    span: Span,
    units: (u32, u32),
}

struct Doc<'a> {
    text: &'a str,
    units: &'a [UnitRef],
    paragraphs: &'a [Para],
    line_of: &'a dyn Fn(u32) -> u32,
}

impl Doc<'_> {
    fn slice(&self, s: u32, e: u32) -> &str {
        self.text.get(s as usize..e as usize).unwrap_or("")
    }
    /// `“Sunday, January 2” (line 33)`-style description of a candidate.
    fn describe(&self, c: &Cand) -> String {
        use core::fmt::Write;
        let words = self.slice(c.start, c.end);
        // (Written into a string sized once: `format!` grows its own, once per date found.)
        let mut s = String::with_capacity(words.len() + 16);
        let _ = write!(s, "{words} (line {})", (self.line_of)(c.start));
        s
    }
}

struct FoundIn {
    found: Found,
    unit: u32,
}

struct Outcome {
    found: Vec<FoundIn>,
    inferred: Option<infer::Inferred>,
    warnings: Vec<(u32, String)>,
    /// Expressions that needed an anchor the text did not give.
    unresolved: usize,
}

/// How many units back the narration's last day still anchors `a week later`.
const NARRATIVE_REACH: u32 = 2;
/// How many units back a date still serves as the date of a quoted statement.
const SPEECH_REACH: u32 = 3;
/// How many units back the last named period still anchors `the first few days`.
const PERIOD_REACH: u32 = 20;

fn needs_now(e: &Expr) -> bool {
    !matches!(
        e,
        Expr::Full(_)
            | Expr::MonthYear { .. }
            | Expr::Year(_)
            | Expr::Decade { two_digit: false, .. }
            | Expr::WeekdayDate { y: Some(_), .. }
            | Expr::Narrative { .. }
            | Expr::AfterEvent { .. }
            | Expr::FirstDays { .. }
    )
}

/// The explicit year a candidate writes out, for the rest of its sentence.
fn written_year(e: &Expr) -> Option<i32> {
    match *e {
        Expr::Full(d) => Some(d.y),
        Expr::MonthYear { y, .. } => Some(y),
        Expr::WeekdayDate { y: Some(y), .. } => Some(y),
        _ => None,
    }
}

fn run(doc: &Doc<'_>, anchor: Option<Anchor>, corpus_year: Option<i32>, inferred_note: &str) -> Outcome {
    // 1. Scan every unit once.
    let mut toks: Vec<Tok> = Vec::new();
    let mut cands: Vec<Cand> = Vec::new();
    let mut start_units: Vec<u32> = Vec::new();
    for (ui, u) in doc.units.iter().enumerate() {
        let text = doc.slice(u.span.start, u.span.end);
        // A "sentence" that runs on for pages (no punctuation) is read in pieces, so the token
        // buffer stays small.
        let mut from = 0;
        while from < text.len() {
            let to = chunk_end(text, from);
            let piece = &text[from..to];
            let base = u.span.start + from as u32;
            from = to;
            if !scan::has_trigger(piece) {
                continue;
            }
            let seen = scan::tokenize(piece, base, &mut toks);
            if seen.trigger {
                rules::parse(piece, base, &toks, ui as u32, &mut cands);
            }
            if seen.start_verb && start_units.last() != Some(&(ui as u32)) {
                start_units.push(ui as u32);
            }
        }
    }
    mark_quoted(doc, &mut cands);

    // 2. The anchor: the publication date, or an inferred one.
    let mut inferred = None;
    let anchor = match anchor {
        Some(a) => Some(a),
        None => infer::infer(
            &cands,
            |c| (doc.slice(c.start, c.end).to_string(), (doc.line_of)(c.start)),
            |c| in_dateline(doc.text, c),
            corpus_year,
        )
        .map(|inf| {
            let a = Anchor { date: inf.anchor, note: inferred_note.to_string() };
            inferred = Some(inf);
            a
        }),
    };

    // 3. Resolve in reading order.
    let mut found: Vec<FoundIn> = Vec::with_capacity(cands.len());
    let mut warnings = Vec::new();
    let mut unresolved = 0;
    let mut deferred: Vec<usize> = Vec::new();
    let mut day: Option<(Anchor, u32)> = None;
    let mut narrative_year: Option<(i32, Anchor, u32)> = None;
    let mut period: Option<(DateValue, Anchor, u32)> = None;
    let mut sentence_year: Option<(i32, Anchor, u32)> = None;
    for (ci, c) in cands.iter().enumerate() {
        if matches!(c.expr, Expr::AfterEvent { .. } | Expr::FirstDays { noun: Some(_) }) {
            deferred.push(ci);
            continue;
        }
        let is_caption = doc.units.get(c.unit as usize).is_none_or(|u| u.paragraph == NO_PARAGRAPH);
        let within = |u: u32, reach: u32| !is_caption && u <= c.unit && c.unit - u <= reach;
        // Inside a quotation, `now` is when the words were said: a date the same sentence gives
        // outside the quotation (`… ,” he said on Wednesday`), else the one the narration gave
        // just before.
        let speech = if c.quoted && needs_now(&c.expr) {
            speech_date(doc, &cands, ci, anchor.as_ref()).or_else(|| match &day {
                Some((a, u)) if within(*u, SPEECH_REACH) => Some(a.clone()),
                _ => None,
            })
        } else {
            None
        };
        let speech =
            speech.map(|a| Anchor { date: a.date, note: format!("{}, the date of the quoted statement", a.note) });
        let cx = Ctx {
            now: speech.as_ref().or(anchor.as_ref()),
            year: sentence_year.as_ref().filter(|(_, _, u)| *u == c.unit).map(|(y, a, _)| (*y, a)),
            day: day.as_ref().filter(|(_, u)| within(*u, NARRATIVE_REACH)).map(|(a, _)| a),
            narrative_year: narrative_year
                .as_ref()
                .filter(|(_, _, u)| within(*u, SPEECH_REACH))
                .map(|(y, a, _)| (*y, a)),
            period: period.as_ref().filter(|(_, _, u)| within(*u, PERIOD_REACH)).map(|(v, a, _)| (*v, a)),
        };
        let Some(r) = resolve::resolve(c, &cx) else {
            if needs_now(&c.expr) && anchor.is_none() {
                unresolved += 1;
            }
            continue;
        };
        if let Some(w) = &r.warning {
            warnings.push((c.start, format!("“{}”: {w}", doc.slice(c.start, c.end))));
        }
        // What later expressions may lean on.
        // (Described once, however many of the anchors below it becomes.)
        let mut described: Option<String> = None;
        let mut here =
            || Anchor { date: r.value.start, note: described.get_or_insert_with(|| doc.describe(c)).clone() };
        if let Some(y) = written_year(&c.expr) {
            sentence_year = Some((y, here(), c.unit));
        }
        if !is_caption {
            if r.value.precision == Precision::Day {
                day = Some((here(), c.unit));
            }
            if r.value.precision <= Precision::Year && r.value.start.y == r.value.end.y {
                narrative_year = Some((r.value.start.y, here(), c.unit));
            }
            if resolve::is_period(&r.value) && r.value.part.is_none() {
                period = Some((r.value, here(), c.unit));
            }
        }
        found.push(FoundIn { found: to_found(c, r), unit: c.unit });
    }

    // 4. `N days after the start of the X`, `the first few days of the X`: from the day the
    // article gives for the X's start.
    if !deferred.is_empty() {
        let starts = start_index(doc, &start_units, &found, &mut toks);
        let resolved = found.len();
        for ci in deferred {
            let c = &cands[ci];
            let (noun, step) = match c.expr {
                Expr::AfterEvent { unit, n, noun } => (noun, Some((unit, n))),
                Expr::FirstDays { noun: Some(noun) } => (noun, None),
                _ => continue,
            };
            let from_start = starts.get(&stem(doc.slice(noun.0, noun.1))).and_then(|&fi| {
                let base = &found[fi].found;
                let d = base.value.start;
                let value = match step {
                    Some((unit, n)) => {
                        let expr = Expr::AfterDate { unit, n, inner: Box::new(Expr::Full(d)) };
                        resolve::resolve(&Cand { expr, ..c.clone() }, &Ctx::default())?.value
                    }
                    // A few days: three.
                    None => DateValue::range(d, d.add_days(3)),
                };
                let note = format!(
                    "{} (line {}), when the {} began",
                    doc.slice(base.span.start, base.span.end),
                    (doc.line_of)(base.span.start),
                    doc.slice(noun.0, noun.1)
                );
                Some(Res { value, anchor: Some(d), note: Some(note), warning: None })
            });
            // `On January 5, three days after the start of the protests`: the date in apposition.
            let own = step.and_then(|_| apposition(doc, &found[..resolved], c));
            let r = match (from_start, own) {
                (Some(r), Some(o)) => {
                    if o.value.start != r.value.start {
                        warnings.push((
                            c.start,
                            format!(
                                "“{}” gives {} but the sentence says {}",
                                doc.slice(c.start, c.end),
                                r.value.human(),
                                o.value.human()
                            ),
                        ));
                    }
                    r
                }
                (Some(r), None) => r,
                (None, Some(o)) => {
                    let mut value = o.value;
                    value.part = c.part;
                    Res {
                        value,
                        anchor: Some(o.value.start),
                        note: Some(format!(
                            "{} (line {}), the date the sentence gives it",
                            doc.slice(o.span.start, o.span.end),
                            (doc.line_of)(o.span.start)
                        )),
                        warning: None,
                    }
                }
                (None, None) => continue,
            };
            found.push(FoundIn { found: to_found(c, r), unit: c.unit });
        }
        found.sort_by_key(|f| (f.found.span.start, f.found.span.end));
    }
    Outcome { found, inferred, warnings, unresolved }
}

/// Whether candidate `c` is the date of a wire dateline: a day and month after a place in
/// capitals at the start of its line, before the dash (and the agency): `ALMATY, April 24
/// (Reuters) -`.
fn in_dateline(text: &str, c: &Cand) -> bool {
    if !matches!(c.expr, Expr::DayMonth { .. }) {
        return false;
    }
    let (s, e) = (c.start as usize, c.end as usize);
    let (Some(head), Some(tail)) = (text.get(..s), text.get(e..)) else { return false };
    let line = &head[head.rfind('\n').map_or(0, |p| p + 1)..];
    let Some(place) = line.trim_end().strip_suffix(',') else { return false };
    let place = place.trim();
    let placeish =
        (2..=40).contains(&place.len()) && crate::text::is_dateline_place(place) && !place.contains(['.', '"', ':']);
    let mut rest = tail.trim_start_matches([' ', '\u{a0}']);
    if let Some(agency) = rest.strip_prefix('(') {
        let Some(close) = agency.get(..agency.len().min(40)).and_then(|a| a.find(')')) else { return false };
        rest = agency[close + 1..].trim_start_matches([' ', '\u{a0}']);
    }
    placeish && rest.starts_with(['-', '–', '—'])
}

/// A day in apposition to candidate `c`: right before or after it, with only a comma, dash or
/// bracket between (`On January 5, three days after …`).
/// `found` is in unit order.
fn apposition<'f>(doc: &Doc<'_>, found: &'f [FoundIn], c: &Cand) -> Option<&'f Found> {
    let joined = |a: u32, b: u32| {
        a <= b && b - a <= 4 && doc.slice(a, b).chars().all(|ch| crate::text::is_space(ch) || ",–—-(".contains(ch))
    };
    let first = found.partition_point(|f| f.unit < c.unit);
    found[first..]
        .iter()
        .take_while(|f| f.unit == c.unit)
        .filter(|f| f.found.value.precision == Precision::Day)
        .map(|f| &f.found)
        .find(|f| joined(f.span.end, c.start) || joined(c.end, f.span.start))
}

/// The date a sentence gives outside its quotation, for the quoted words of candidate `ci`.
fn speech_date(doc: &Doc<'_>, cands: &[Cand], ci: usize, anchor: Option<&Anchor>) -> Option<Anchor> {
    let unit = cands[ci].unit;
    // (A few on each side: a run-on "sentence" may hold thousands.)
    let before = cands[..ci].iter().rev().take_while(|c| c.unit == unit).take(8);
    let after = cands[ci + 1..].iter().take_while(|c| c.unit == unit).take(8);
    let c = before.chain(after).find(|c| {
        !c.quoted
            && matches!(
                c.expr,
                Expr::Full(_)
                    | Expr::DayMonth { .. }
                    | Expr::WeekdayDate { .. }
                    | Expr::Weekday { .. }
                    | Expr::Deictic { .. }
            )
    })?;
    let r = resolve::resolve(c, &Ctx { now: anchor, ..Ctx::default() })?;
    (r.value.precision == Precision::Day).then(|| Anchor { date: r.value.start, note: doc.describe(c) })
}

/// Longest piece of one unit scanned at once.
const MAX_CHUNK: usize = 16 * 1024;

/// Where the piece of `text` starting at `from` ends: [`MAX_CHUNK`] bytes on, moved back to
/// a `;`, `.` or line break if there is one in the last 1 KB (no date runs over those), else to
/// a space, else to a character boundary.
fn chunk_end(text: &str, from: usize) -> usize {
    if text.len() - from <= MAX_CHUNK {
        return text.len();
    }
    let mut to = from + MAX_CHUNK;
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    let b = text.as_bytes();
    let tail = to.saturating_sub(1024).max(from + 1);
    if let Some(p) = b[tail..to].iter().rposition(|&c| matches!(c, b';' | b'.' | b'\n')) {
        return tail + p + 1;
    }
    match b[from..to].iter().rposition(|&c| c == b' ') {
        Some(p) if p > 0 => from + p,
        _ => to,
    }
}

fn to_found(c: &Cand, r: Res) -> Found {
    Found {
        span: Span { start: c.start, end: c.end },
        value: r.value,
        rule: c.rule,
        anchor: r.anchor,
        anchor_note: r.note,
    }
}

/// `protests` → `protest`: enough to match the noun of `the start of the protests` with
/// `Protests … began`.
fn stem(word: &str) -> String {
    let mut w = word.to_lowercase();
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("is") && !w.ends_with("us") {
        w.pop();
    }
    w
}

/// For each word of a sentence saying something began on a day: that day (an index into
/// `found`). The first sentence naming the word wins.
fn start_index(doc: &Doc<'_>, start_units: &[u32], found: &[FoundIn], toks: &mut Vec<Tok>) -> HashMap<String, usize> {
    let mut map = HashMap::default();
    let mut fi = 0;
    for &ui in start_units {
        let u = &doc.units[ui as usize];
        while fi < found.len() && found[fi].unit < ui {
            fi += 1;
        }
        let days: Vec<usize> = (fi..found.len())
            .take_while(|&k| found[k].unit == ui)
            .filter(|&k| found[k].found.value.precision == Precision::Day)
            .collect();
        if days.is_empty() {
            continue;
        }
        let text = doc.slice(u.span.start, u.span.end);
        let text = &text[..chunk_end(text, 0)];
        scan::tokenize(text, u.span.start, toks);
        let verb_at = toks.iter().find(|t| t.is_kw(Kw::StartVerb)).map_or(0, |t| t.start);
        let day = days.iter().copied().find(|&k| found[k].found.span.start >= verb_at).unwrap_or(days[0]);
        for t in toks.iter().filter(|t| t.kind == Kind::Word && matches!(t.lex, Lex::None | Lex::Kw(Kw::PastCue))) {
            map.entry(stem(doc.slice(t.start, t.end))).or_insert(day);
        }
    }
    map
}

/// Marks the candidates inside quoted speech: between quotation marks (a quotation left open
/// at the end of a paragraph runs on into the next ones), or in a paragraph that ends with a
/// signature line (`… threat. Kassym-Jomart Tokayev President of Kazakhstan`).
fn mark_quoted(doc: &Doc<'_>, cands: &mut [Cand]) {
    let mut regions: Vec<(u32, u32)> = Vec::new();
    let mut carry = 0u32;
    let mut ci = 0;
    for p in doc.paragraphs {
        // Candidates in this paragraph.
        while ci < cands.len() && cands[ci].start < p.span.start {
            ci += 1;
        }
        let first = ci;
        while ci < cands.len() && cands[ci].start < p.span.end {
            ci += 1;
        }
        quote_regions(doc.text, p.span, &mut carry, &mut regions);
        let block = signed_paragraph(doc, p);
        let mut r = 0;
        for c in &mut cands[first..ci] {
            if doc.units.get(c.unit as usize).is_some_and(|u| u.paragraph == NO_PARAGRAPH) {
                continue;
            }
            while r < regions.len() && regions[r].1 <= c.start {
                r += 1;
            }
            c.quoted = block || regions.get(r).is_some_and(|&(s, e)| s <= c.start && c.start < e);
        }
    }
}

/// The quoted stretches of a paragraph. `carry` counts paragraphs a quotation has run on.
fn quote_regions(text: &str, p: Span, carry: &mut u32, out: &mut Vec<(u32, u32)>) {
    out.clear();
    let s = text.get(p.range()).unwrap_or("").as_bytes();
    let mut open: Option<u32> = if *carry > 0 { Some(p.start) } else { None };
    // Byte scan: `"` is one byte; `“ ” „` start with 0xE2 0x80, `« »` with 0xC2.
    let mut i = 0;
    while let Some(at) = next_mark_byte(s, i) {
        i = at;
        let b = s[i];
        let pos = p.start + i as u32;
        match b {
            b'"' => {
                if i == 0 && open.is_some() {
                    // A run-on quotation reopened at the paragraph start.
                } else if let Some(o) = open.take() {
                    out.push((o, pos));
                } else {
                    open = Some(pos);
                }
            }
            0xE2 if s.get(i + 1) == Some(&0x80) => match s.get(i + 2) {
                Some(0x9C | 0x9E) if open.is_none() => open = Some(pos),
                Some(0x9D) => {
                    if let Some(o) = open.take() {
                        out.push((o, pos));
                    }
                }
                _ => {}
            },
            0xC2 => match s.get(i + 1) {
                Some(0xAB) if open.is_none() => open = Some(pos),
                Some(0xBB) => {
                    if let Some(o) = open.take() {
                        out.push((o, pos));
                    }
                }
                _ => {}
            },
            _ => {}
        }
        i += 1;
    }
    match open {
        Some(o) if *carry < 8 => {
            out.push((o, p.end));
            *carry += 1;
        }
        Some(o) => {
            out.push((o, p.end));
            *carry = 0;
        }
        None => *carry = 0,
    }
}

/// The next byte at or after `from` that may start a quotation mark: `"`, or the lead byte of
/// `“ ” „` (0xE2) or `« »` (0xC2). Eight bytes at a time.
fn next_mark_byte(s: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    let has = |x: u64, b: u8| {
        let v = x ^ (ONES * u64::from(b));
        v.wrapping_sub(ONES) & !v & HIGHS
    };
    let mut i = from;
    while i + 8 <= s.len() {
        let mut w = [0u8; 8];
        w.copy_from_slice(&s[i..i + 8]);
        let x = u64::from_le_bytes(w);
        if has(x, b'"') | has(x, 0xE2) | has(x, 0xC2) != 0 {
            break;
        }
        i += 8;
    }
    s[i.min(s.len())..].iter().position(|&b| matches!(b, b'"' | 0xE2 | 0xC2)).map(|p| i + p)
}

/// A paragraph of at least two sentences whose last one is a signature: 2–10 words, each
/// capitalised (or `of`, `the`, `and`), no final punctuation.
fn signed_paragraph(doc: &Doc<'_>, p: &Para) -> bool {
    let (a, b) = p.units;
    if b < a + 2 {
        return false;
    }
    let Some(u) = doc.units.get(b as usize - 1) else { return false };
    let t = doc.slice(u.span.start, u.span.end).trim_end();
    if t.ends_with(|c: char| crate::text::is_terminal(c) || crate::text::is_closer(c) || c == ',' || c == ':') {
        return false;
    }
    let mut n = 0;
    for w in crate::text::words(t) {
        n += 1;
        if n > 10 || !(w.is_capitalized() || matches!(w.text, "of" | "the" | "and" | "for" | "de")) {
            return false;
        }
    }
    n >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, dd: u8) -> Date {
        Date::new(y, m, dd).unwrap()
    }

    /// `(words, value, rule)` for each expression found.
    fn read(text: &str, reference: Option<Date>) -> Vec<(String, String, &'static str)> {
        find(text, reference).into_iter().map(|f| (text[f.span.range()].to_string(), f.value.value(), f.rule)).collect()
    }

    fn values(text: &str, reference: Option<Date>) -> Vec<String> {
        find(text, reference).into_iter().map(|f| f.value.value()).collect()
    }

    /// `RULES` is a hand list beside the rule names written in `rules.rs`: every lower-case
    /// hyphenated string there is a rule name, and the two must not drift apart (a name missing
    /// from the list would still work, read back as an owned copy, but silently).
    #[test]
    fn the_rule_list_matches_the_rule_names_in_the_rules() {
        let src = include_str!("rules.rs");
        // (Without its test module and the character literal `'"'`, the quotes pair up.)
        let src = src[..src.find("#[cfg(test)]").unwrap_or(src.len())].replace("'\"'", "");
        let mut written: Vec<&str> = src
            .split('"')
            .skip(1)
            .step_by(2)
            .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
            .collect();
        written.sort_unstable();
        written.dedup();
        let mut listed = RULES.to_vec();
        listed.sort_unstable();
        assert_eq!(written, listed);
    }

    #[test]
    fn absolute_forms() {
        let r = Some(d(2022, 1, 13));
        assert_eq!(values("On May 15, 1992, they signed.", r), ["1992-05-15"]);
        assert_eq!(values("On 15 May 1992 they signed.", r), ["1992-05-15"]);
        assert_eq!(values("It was published 2022-01-13 and 13.01.2022.", r), ["2022-01-13", "2022-01-13"]);
        assert_eq!(values("In January 2022 and in 1999 and since 2012.", r), ["2022-01", "1999", "2012"]);
        assert_eq!(values("Born in the 1990s.", r), ["199X"]);
    }

    #[test]
    fn non_dates_stay_out() {
        let r = Some(d(2022, 1, 13));
        for s in [
            "The cost increased from 60 to 120 tenge (from 10 to 20 rubles).",
            "A 2,330km-long border and almost 10,000 people arrested.",
            "It included from 6 to 9 states and the C5+1 group.",
            "More than 2,000 troops; by 2000 troops; 1 million people.",
            "Mirziyoyev may not be able to march on.",
        ] {
            assert_eq!(read(s, r), [], "{s}");
        }
    }

    #[test]
    fn weekdays_read_as_news() {
        // Thursday, January 13, 2022.
        let r = Some(d(2022, 1, 13));
        assert_eq!(values("He held talks Monday.", r), ["2022-01-10"]);
        assert_eq!(values("He wrote on his blog Sunday.", r), ["2022-01-09"]);
        assert_eq!(values("They met on Thursday.", r), ["2022-01-13"]);
        assert_eq!(values("They will meet on Monday.", r), ["2022-01-17"]);
        assert_eq!(values("last Thursday and next Friday", r), ["2022-01-06", "2022-01-14"]);
    }

    #[test]
    fn expectations_and_schedules_look_ahead() {
        // Wednesday, March 15, 2023: May is ahead, and "expected" is not past narration even
        // though it ends in -ed.
        let r = Some(d(2023, 3, 15));
        assert_eq!(values("The two leaders are expected to meet again in May.", r), ["2023-05"]);
        assert_eq!(values("Parliamentary elections are due in June.", r), ["2023-06"]);
        assert_eq!(values("He promised that families would be paid by the end of June.", r), ["2023-06"]);
        // (`due to` gives a cause, not a time: no cue.)
        assert_eq!(values("The protests began on January 2 due to the price rise.", r), ["2023-01-02"]);
        assert_eq!(values("The ministry expects the bridge to open in September.", r), ["2023-09"]);
        assert_eq!(values("They are expected to meet on Monday.", r), ["2023-03-20"]);
        // Past narration still reads back.
        assert_eq!(values("The two leaders met in May.", r), ["2022-05"]);
        assert_eq!(values("The bridge opened in September.", r), ["2022-09"]);
    }

    #[test]
    fn weekday_date_pairs_fix_the_year() {
        let found = find("The Deadline is Tuesday, January 10", Some(d(2012, 8, 10)));
        assert_eq!(found[0].value.value(), "2012-01-10");
        // No year anywhere but `in 2021`: January 13 is a Thursday in 2022.
        let found = find("Clashes broke out in 2021. The troops began withdrawing on Thursday (January 13).", None);
        assert_eq!(found[1].value.value(), "2022-01-13");
        // The weekday contradicts the written year: the date is kept.
        let found = find("On Friday, January 8, 2022, it rained.", None);
        assert_eq!(found[0].value.value(), "2022-01-08");
    }

    #[test]
    fn relative_forms() {
        let r = Some(d(2013, 2, 12));
        assert_eq!(values("yesterday", r), ["2013-02-11"]);
        assert_eq!(values("the day before yesterday", r), ["2013-02-10"]);
        assert_eq!(values("last week", r), ["2013-W06"]);
        assert_eq!(values("last month", r), ["2013-01"]);
        assert_eq!(values("last year", r), ["2012"]);
        assert_eq!(values("three months ago", r), ["2012-11"]);
        assert_eq!(values("5 days ago", r), ["2013-02-07"]);
        assert_eq!(values("three days after Easter", r), ["2013-04-03"]);
        assert_eq!(values("this past weekend", r), ["2013-02-09/2013-02-10"]);
    }

    #[test]
    fn narrative_anchors() {
        let r = Some(d(2022, 1, 13));
        let f = find("Troops arrived on January 6. A week later they left. The day before, talks failed.", r);
        let v: Vec<String> = f.iter().map(|x| x.value.value()).collect();
        assert_eq!(v, ["2022-01-06", "2022-01-13", "2022-01-12"]);
        assert!(f[1].anchor_note.as_deref().unwrap().starts_with("January 6 (line 1)"));
    }

    #[test]
    fn after_the_start_of_something() {
        let text = "On January 5, three days after the start of the protests, he appealed.\n\n\
                    Protests began on Sunday, January 2, over fuel prices.";
        let f = find(text, Some(d(2022, 1, 7)));
        let after = f.iter().find(|x| x.rule == "relative-days-after").unwrap();
        assert_eq!(after.value.value(), "2022-01-05");
        assert_eq!(after.anchor, Some(d(2022, 1, 2)));
        assert!(after.anchor_note.as_deref().unwrap().contains("line 3"));
    }

    #[test]
    fn parts_and_qualifiers() {
        let r = Some(d(2022, 1, 13));
        let f = find("Late on January 5 he appealed; unrest erupted earlier in January; by Wednesday, January 5.", r);
        let parts: Vec<_> = f.iter().map(|x| (x.value.value(), x.value.part.map(|p| p.label()))).collect();
        assert_eq!(
            parts,
            [
                ("2022-01-05".to_string(), Some("late")),
                ("2022-01".to_string(), Some("earlier")),
                ("2022-01-05".to_string(), Some("by"))
            ]
        );
        let f = find("He survived the autumn of mass protests last year.", r);
        assert_eq!(f[0].value.value(), "2021-FA");
    }

    #[test]
    fn quoted_today_is_the_speakers() {
        let text = "On January 5, the president appealed for help.\n\n\
                    Today I turned to the allies for help. Kassym Tokayev President of Kazakhstan";
        let f = find(text, Some(d(2022, 1, 7)));
        assert_eq!(f[1].value.value(), "2022-01-05");
        assert!(f[1].anchor_note.as_deref().unwrap().contains("quoted statement"));
        // Outside a quotation, `today` is the publication date.
        assert_eq!(values("Today the talks go on.", Some(d(2022, 1, 7))), ["2022-01-07"]);
    }

    #[test]
    fn year_from_the_same_sentence() {
        assert_eq!(values("January 3, 2017 - February 1st", None), ["2017-01-03", "2017-02-01"]);
    }
}
