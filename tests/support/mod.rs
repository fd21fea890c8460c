//! Hand-built corpora for component and filter tests.
//!
//! The articles are made up (a dock strike in an invented port, in the style of wire copy and a
//! radio site's repost). Their text goes through the engine's ingest and segment stages, so
//! metadata, paragraphs and sentences are real; entities, dates, quotes, groups and events are
//! added by hand with spans found in that text, so every view has realistic records whatever
//! state the engine's later stages are in.
#![allow(dead_code)]

use presslens_engine::model::*;
use presslens_engine::{Date, DateValue, ExternalMeta, Part};
use presslens_widget::components::app::CorpusHandle;

/// A corpus under construction.
pub struct Fixture {
    /// What has been built so far.
    pub corpus: Corpus,
}

/// A day.
pub fn day(y: i32, m: u8, d: u8) -> DateValue {
    DateValue::day(Date::new(y, m, d).unwrap())
}

impl Fixture {
    /// Articles from `(file name, text)` pairs, ingested and segmented by the engine.
    pub fn new(articles: &[(&str, &str)]) -> Fixture {
        let articles = articles
            .iter()
            .map(|(file, text)| {
                let mut a = presslens_engine::ingest::ingest(file, text.as_bytes(), &ExternalMeta::default());
                presslens_engine::segment::segment(&mut a);
                a
            })
            .collect();
        Fixture { corpus: Corpus { articles, ..Corpus::default() } }
    }

    /// The span of the first occurrence of `needle` in article `a`.
    pub fn span(&self, a: u32, needle: &str) -> Span {
        let text = &self.corpus.articles[a as usize].text;
        let at = text.find(needle).unwrap_or_else(|| panic!("{needle:?} is not in article {a}"));
        Span::new(at, at + needle.len())
    }

    /// The span of `needle` searched from byte `from` on.
    fn span_from(&self, a: u32, needle: &str, from: u32) -> Span {
        let text = &self.corpus.articles[a as usize].text;
        let at = text[from as usize..].find(needle).unwrap_or_else(|| panic!("{needle:?} not after {from} in {a}"))
            + from as usize;
        Span::new(at, at + needle.len())
    }

    /// An entity.
    pub fn entity(&mut self, name: &str, kind: EntityKind, aliases: &[&str], roles: &[&str]) -> u32 {
        self.corpus.entities.push(Entity {
            name: name.into(),
            kind,
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            roles: roles.iter().map(|s| s.to_string()).collect(),
            mentions: Vec::new(),
        });
        (self.corpus.entities.len() - 1) as u32
    }

    /// A temporal expression: the words `needle` in article `a`, read as `value` by `rule`.
    pub fn timex(&mut self, a: u32, needle: &str, value: DateValue, rule: &str, anchor: Option<(Date, &str)>) -> u32 {
        let span = self.span(a, needle);
        self.corpus.timexes.push(Timex {
            article: a,
            span,
            value,
            rule: rule.to_string().into(),
            anchor: anchor.map(|x| x.0),
            anchor_note: anchor.map(|x| x.1.to_string().into()),
        });
        (self.corpus.timexes.len() - 1) as u32
    }

    /// An event; each mention is the sentence of article `.0` holding the words `.1`, dated `.2`,
    /// from timex `.3`.
    #[allow(clippy::too_many_arguments)]
    pub fn event(
        &mut self,
        date: DateValue,
        summary: &str,
        kind: &str,
        actors: &[u32],
        places: &[u32],
        mentions: &[(u32, &str, DateValue, Option<u32>)],
    ) -> u32 {
        let mentions: Vec<EventMention> = mentions
            .iter()
            .map(|&(a, needle, date, timex)| {
                let at = self.span(a, needle);
                let art = &self.corpus.articles[a as usize];
                let sentence = art.sentence_at(at.start).unwrap_or_else(|| panic!("{needle:?} is in no sentence"));
                EventMention { article: a, sentence, span: art.sentences[sentence as usize].span, date, timex }
            })
            .collect();
        let date_disagreement = mentions.windows(2).any(|w| w[0].date != w[1].date);
        self.corpus.events.push(Event {
            date,
            summary: summary.into(),
            kind: kind.to_string().into(),
            actors: actors.to_vec(),
            places: places.to_vec(),
            mentions,
            date_disagreement,
        });
        (self.corpus.events.len() - 1) as u32
    }

    /// A quote: the words `text` in article `a`.
    #[allow(clippy::too_many_arguments)]
    pub fn quote(
        &mut self,
        a: u32,
        text: &str,
        kind: QuoteKind,
        speaker: Option<u32>,
        speaker_text: &str,
        cue: &str,
        date: Option<DateValue>,
    ) -> u32 {
        let span = self.span(a, text);
        self.corpus.quotes.push(Quote {
            article: a,
            span,
            parts: vec![span],
            kind,
            multi_paragraph: false,
            interrupted: false,
            nested_in: None,
            speaker,
            speaker_text: Some(speaker_text.into()),
            speaker_span: None,
            cue: Some(cue.into()),
            date,
            date_timex: None,
        });
        (self.corpus.quotes.len() - 1) as u32
    }

    /// A quote group; `ops[k]` aligns the first quote with quote `k + 1`, each op naming the
    /// words on each side (found in order inside the two quotes).
    pub fn group(
        &mut self,
        speaker: u32,
        quotes: &[u32],
        date: Option<DateValue>,
        ops: &[&[(DiffTag, &str, &str)]],
    ) -> u32 {
        let mut alignment = Vec::new();
        for (k, ops) in ops.iter().enumerate() {
            let (qa, qb) = (&self.corpus.quotes[quotes[0] as usize], &self.corpus.quotes[quotes[k + 1] as usize]);
            let (aa, ab) = (qa.article, qb.article);
            let (mut pa, mut pb) = (qa.span.start, qb.span.start);
            let mut out = Vec::new();
            let (mut same, mut total) = (0usize, 0usize);
            for &(tag, wa, wb) in ops.iter() {
                let sa = if wa.is_empty() { Span { start: pa, end: pa } } else { self.span_from(aa, wa, pa) };
                let sb = if wb.is_empty() { Span { start: pb, end: pb } } else { self.span_from(ab, wb, pb) };
                pa = sa.end;
                pb = sb.end;
                let n = wa.split_whitespace().count().max(wb.split_whitespace().count());
                total += n;
                if tag == DiffTag::Equal {
                    same += n;
                }
                out.push(DiffOp { tag, a: sa, b: sb });
            }
            let similarity = if total == 0 { 1.0 } else { same as f32 / total as f32 };
            alignment.push(Alignment { a: quotes[0], b: quotes[k + 1], similarity, ops: out });
        }
        let similarity = alignment.iter().map(|a| a.similarity).fold(1.0f32, f32::min);
        self.corpus.quote_groups.push(QuoteGroup { speaker, quotes: quotes.to_vec(), date, similarity, alignment });
        (self.corpus.quote_groups.len() - 1) as u32
    }

    /// The corpus, for the lifetime of the test process.
    pub fn leak(self) -> &'static Corpus {
        Box::leak(Box::new(self.corpus))
    }

    /// The corpus as the app takes it.
    pub fn handle(self) -> CorpusHandle {
        CorpusHandle::new(self.leak())
    }
}

pub const WIRE: &str = "Harbour Wire, March 14, 2023

Dock workers extend strike in Port Vella

By Mara Lind

PORT VELLA -- Dock workers in Port Vella extended their strike on Monday, March 13, as talks with the Marden Shipping Authority stalled.

\"We will not go back until the contracts are signed,\" union leader Tomas Reyes told reporters.

The strike began on March 6 after the authority announced pay cuts.

Governor Elin Sato said on Tuesday that she would meet the union. \"Nobody wins when the cranes stand still,\" Sato said.

In 1998, a similar strike closed the port for a month, the <b>Vella & District</b> archive shows.

Source: https://harbour.example/strike
";

pub const RADIO: &str = "Coastal Radio, March 15, 2023

Governor to meet striking dockers

Governor Elin Sato will meet the dock workers' union on Thursday, her office said.

\u{201C}No one wins when the cranes are standing still,\u{201D} the governor said on Monday.

The strike began on March 6, according to the union.

Union leader Tom\u{e1}s Reyes said the workers \u{201C}will not return until contracts are signed\u{201D}.

\u{201C}The port must reopen before the harvest,\u{201D} said Ana Belo, a shipping analyst.

Source: javascript:alert(1)
";

pub const NOTES: &str = "Metro Daily, March 16, 2023

Ferry timetable unchanged

The ferry timetable stays the same this spring, the operator announced.

Passengers can buy tickets at the pier.
";

/// The dock-strike corpus: three articles (two outlets cover the strike, one article has no
/// quotes), five entities (two speakers, a place, an organisation, an analyst), five events (one dated by two outlets differently, one from 1998, one
/// with an inferred date), two cross-outlet quote groups and one single-outlet quote.
pub fn strike() -> Fixture {
    let mut f = Fixture::new(&[
        ("2023-03-14_harbour-wire_dock-strike.txt", WIRE),
        ("2023-03-15_coastal-radio_governor.txt", RADIO),
        ("2023-03-16_metro-daily_ferry.txt", NOTES),
    ]);
    let reyes = f.entity("Tomas Reyes", EntityKind::Person, &["Tomás Reyes", "Reyes"], &["union leader"]);
    let sato = f.entity("Elin Sato", EntityKind::Person, &["Sato"], &["Governor"]);
    let vella = f.entity("Port Vella", EntityKind::Place, &[], &[]);
    let authority = f.entity("Marden Shipping Authority", EntityKind::Organization, &[], &[]);
    let belo = f.entity("Ana Belo", EntityKind::Person, &[], &["shipping analyst"]);
    let pub14 = Date::new(2023, 3, 14).unwrap();
    let t_mar6 = f.timex(0, "on March 6", day(2023, 3, 6), "month-day", Some((pub14, "publication date")));
    let t_mar6_b = f.timex(1, "on March 6", day(2023, 3, 6), "month-day", None);
    let t_mon =
        f.timex(0, "on Monday, March 13", day(2023, 3, 13), "weekday-month-day", Some((pub14, "publication date")));
    let t_tue = f.timex(0, "on Tuesday", day(2023, 3, 14), "weekday-past", Some((pub14, "publication date")));
    let t_mon_b = f.timex(1, "on Monday", day(2023, 3, 13), "weekday-past", None);
    let t_1998 = f.timex(0, "In 1998", DateValue::year(1998), "year", None);
    f.event(
        day(2023, 3, 6),
        "Dock workers start a strike in Port Vella",
        "strike",
        &[reyes],
        &[vella],
        &[
            (0, "The strike began on March 6", day(2023, 3, 6), Some(t_mar6)),
            (1, "The strike began on March 6", day(2023, 3, 6), Some(t_mar6_b)),
        ],
    );
    f.event(
        day(2023, 3, 13),
        "Dock workers extend their strike as talks with the authority stall",
        "strike",
        &[authority],
        &[vella],
        &[(0, "extended their strike", day(2023, 3, 13), Some(t_mon))],
    );
    f.event(
        day(2023, 3, 13),
        "Governor Sato says she will meet the union",
        "statement",
        &[sato],
        &[],
        &[
            (0, "Governor Elin Sato said on Tuesday", day(2023, 3, 14), Some(t_tue)),
            (1, "the governor said on Monday", day(2023, 3, 13), Some(t_mon_b)),
        ],
    );
    f.event(
        DateValue::year(1998),
        "A similar strike closes the port for a month",
        "strike",
        &[],
        &[vella],
        &[(0, "In 1998, a similar strike", DateValue::year(1998), Some(t_1998))],
    );
    f.event(
        day(2023, 3, 15).with_part(Part::Morning),
        "Sato's office announces a meeting with the union",
        "announcement",
        &[sato],
        &[],
        &[(1, "her office said", day(2023, 3, 15), None)],
    );
    let q_reyes_a = f.quote(
        0,
        "We will not go back until the contracts are signed",
        QuoteKind::Direct,
        Some(reyes),
        "union leader Tomas Reyes",
        "told",
        None,
    );
    let q_reyes_b = f.quote(
        1,
        "will not return until contracts are signed",
        QuoteKind::Partial,
        Some(reyes),
        "Union leader Tomás Reyes",
        "said",
        None,
    );
    let q_sato_a = f.quote(
        0,
        "Nobody wins when the cranes stand still",
        QuoteKind::Direct,
        Some(sato),
        "Sato",
        "said",
        Some(day(2023, 3, 14)),
    );
    let q_sato_b = f.quote(
        1,
        "No one wins when the cranes are standing still",
        QuoteKind::Direct,
        Some(sato),
        "the governor",
        "said",
        Some(day(2023, 3, 13)),
    );
    f.quote(1, "The port must reopen before the harvest", QuoteKind::Direct, Some(belo), "Ana Belo", "said", None);
    use DiffTag::*;
    f.group(
        reyes,
        &[q_reyes_a, q_reyes_b],
        None,
        &[&[
            (Delete, "We", ""),
            (Equal, "will not", "will not"),
            (Replace, "go back", "return"),
            (Equal, "until", "until"),
            (Delete, "the", ""),
            (Equal, "contracts are signed", "contracts are signed"),
        ]],
    );
    f.group(
        sato,
        &[q_sato_a, q_sato_b],
        Some(day(2023, 3, 14)),
        &[&[
            (Replace, "Nobody", "No one"),
            (Equal, "wins when the cranes", "wins when the cranes"),
            (Insert, "", "are"),
            (Replace, "stand", "standing"),
            (Equal, "still", "still"),
        ]],
    );
    f
}
