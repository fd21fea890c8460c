//! The engine's output: a linked corpus.
//!
//! Every record that comes from an article's text keeps the byte [`Span`] it came from, so a
//! reader can always be shown the words behind a date, a quote or an event. Records refer to each
//! other by index (`u32`) into the vectors of [`Corpus`]; the CLI turns those into string ids.
//!
//! These types are what the bundle ([`crate::bundle`]) stores and what the widget reads, so a
//! change here is a change of the bundle format: bump [`crate::bundle::FORMAT_VERSION`].

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::date::{Date, DateValue};

/// A half-open byte range `start..end` into one article's original file bytes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end` (byte offsets).
    pub fn new(start: usize, end: usize) -> Span {
        Span { start: start as u32, end: end as u32 }
    }
    /// The span as a `usize` range, for slicing the article text.
    pub fn range(self) -> core::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }
    /// True when the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
    /// True when `other` lies inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Everything the engine learned from a set of articles.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Corpus {
    /// The articles, in input order.
    #[serde(deserialize_with = "exact::vec")]
    pub articles: Vec<Article>,
    /// People, organisations and places, merged across articles.
    #[serde(deserialize_with = "exact::vec")]
    pub entities: Vec<Entity>,
    /// Temporal expressions found in article text, normalised.
    #[serde(deserialize_with = "exact::vec")]
    pub timexes: Vec<Timex>,
    /// Statements attributed (or not) to speakers.
    #[serde(deserialize_with = "exact::vec")]
    pub quotes: Vec<Quote>,
    /// Quoted words that are not statements: scare quotes, single terms, titles.
    #[serde(deserialize_with = "exact::vec")]
    pub terms: Vec<Term>,
    /// Renderings of one statement by one speaker across outlets, with word-level alignment.
    #[serde(deserialize_with = "exact::vec")]
    pub quote_groups: Vec<QuoteGroup>,
    /// Dated happenings, each with every sentence that reports it.
    #[serde(deserialize_with = "exact::vec")]
    pub events: Vec<Event>,
}

/// Reading the few words that tens of thousands of records share (a timex's rule and anchor, an
/// event's kind) without a copy of each: a value the engine writes from its own lists is read
/// back as a borrow of that list's entry; any other value is read as it is. The bytes are the
/// same either way (a string), so this is not part of the format.
pub(crate) mod interned {
    use std::borrow::Cow;

    use serde::de::{self, Deserializer, Visitor};

    /// `s` as the entry of `known` that equals it, if one does: a value every record shares is
    /// borrowed from the engine's list instead of stored once per record.
    pub(crate) fn known(known: &'static [&'static str], s: &str) -> Option<&'static str> {
        known.iter().find(|k| **k == s).copied()
    }

    fn from(list: &'static [&'static str], s: &str) -> Cow<'static, str> {
        known(list, s).map_or_else(|| Cow::Owned(s.to_string()), Cow::Borrowed)
    }

    /// Reads a string without copying it first (the visitor sees the input's own bytes).
    struct Str(&'static [&'static str]);

    impl<'de> Visitor<'de> for Str {
        type Value = Cow<'static, str>;
        fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: de::Error>(self, s: &str) -> Result<Self::Value, E> {
            Ok(from(self.0, s))
        }
    }

    /// `Option<Str>`.
    struct OptStr(&'static [&'static str]);

    impl<'de> Visitor<'de> for OptStr {
        type Value = Option<Cow<'static, str>>;
        fn expecting(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
            f.write_str("a string or nothing")
        }
        fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
            d.deserialize_str(Str(self.0)).map(Some)
        }
    }

    fn read<'de, D: Deserializer<'de>>(d: D, known: &'static [&'static str]) -> Result<Cow<'static, str>, D::Error> {
        d.deserialize_str(Str(known))
    }

    pub fn rule<'de, D: Deserializer<'de>>(d: D) -> Result<Cow<'static, str>, D::Error> {
        read(d, crate::time::RULES)
    }

    pub fn event_kind<'de, D: Deserializer<'de>>(d: D) -> Result<Cow<'static, str>, D::Error> {
        read(d, crate::events::KINDS)
    }

    pub fn anchor_note<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Cow<'static, str>>, D::Error> {
        d.deserialize_option(OptStr(crate::time::ANCHOR_NOTES))
    }
}

/// Reading the corpus's large sequences into vectors of the right size at once.
///
/// serde's own `Vec` reader trusts a length prefix only up to 1 MiB of elements, then grows by
/// doubling: a 10k-event corpus's head allocated and copied about twice its size (and in the
/// browser every byte of that is fresh WASM memory). Here the length the bundle states is
/// trusted up to [`exact::LIMIT`] bytes of elements, a bound a corrupt length cannot exceed.
mod exact {
    use core::fmt;
    use core::marker::PhantomData;

    use serde::Deserializer;
    use serde::de::{Deserialize, SeqAccess, Visitor};

    /// The most a stated length may reserve at once (bytes of elements).
    pub const LIMIT: usize = 64 << 20;

    /// A `Vec<T>` reserved to the length the input states (bounded by [`LIMIT`]).
    pub fn vec<'de, D: Deserializer<'de>, T: Deserialize<'de>>(d: D) -> Result<Vec<T>, D::Error> {
        struct V<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = Vec<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a sequence")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
                let cap = seq.size_hint().unwrap_or(0).min(LIMIT / core::mem::size_of::<T>().max(1));
                let mut v = Vec::new();
                // A length the memory cannot hold is a corrupt one: reading on finds the end.
                let _ = v.try_reserve_exact(cap);
                while let Some(x) = seq.next_element()? {
                    v.push(x);
                }
                Ok(v)
            }
        }
        d.deserialize_seq(V(PhantomData))
    }
}

/// Where a metadata value came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Source {
    /// Read from the article text, at this 1-based line.
    Text {
        /// 1-based line number.
        line: u32,
    },
    /// Given in the corpus manifest.
    Manifest,
    /// Given on the command line (e.g. `--published`).
    Command,
    /// Inferred from the text by a rule; `note` says how.
    Inferred {
        /// Human-readable explanation of the inference.
        note: String,
    },
}

impl Source {
    /// The short name used in JSON: `text`, `manifest`, `command` or `inferred`.
    pub fn label(&self) -> &'static str {
        match self {
            Source::Text { .. } => "text",
            Source::Manifest => "manifest",
            Source::Command => "command",
            Source::Inferred { .. } => "inferred",
        }
    }
}

/// A metadata value with its provenance.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Field<T> {
    /// The value.
    pub value: T,
    /// Where it came from.
    pub source: Source,
}

/// What one input line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LineRole {
    /// The headline.
    Title,
    /// Date line, byline, outlet or section name, source URL, editor's lines.
    Metadata,
    /// The article's own text.
    Body,
    /// A photo or video caption (repeated captions are one caption).
    Caption,
    /// A reader comment, kept apart from the body.
    Comment,
    /// Share buttons, pagination, comment-policy lines and the like.
    Boilerplate,
    /// An empty (or whitespace-only) line.
    Blank,
}

impl LineRole {
    /// The lower-case name used in JSON and the UI.
    pub fn label(self) -> &'static str {
        match self {
            LineRole::Title => "title",
            LineRole::Metadata => "metadata",
            LineRole::Body => "body",
            LineRole::Caption => "caption",
            LineRole::Comment => "comment",
            LineRole::Boilerplate => "boilerplate",
            LineRole::Blank => "blank",
        }
    }
}

/// One input line and what it was classified as.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    /// 1-based line number.
    pub n: u32,
    /// The line's bytes, without its line terminator.
    pub span: Span,
    /// What the line is.
    pub role: LineRole,
    /// For a caption or boilerplate line that repeats an earlier one: that line's number.
    pub duplicate_of: Option<u32>,
}

/// What a paragraph of the article is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ParagraphKind {
    /// Ordinary narrative text.
    Text,
    /// A question in an interview (the outlet's words).
    Question,
    /// An answer in an interview (the interviewee's words).
    Answer,
    /// A subheading inside the body (a short line without final punctuation).
    Subheading,
}

/// A body paragraph.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// The paragraph's bytes (trimmed of surrounding whitespace).
    pub span: Span,
    /// What kind of paragraph it is.
    pub kind: ParagraphKind,
    /// Indices into [`Article::sentences`]: `sentences.0..sentences.1`.
    pub sentences: (u32, u32),
}

/// A sentence of the body.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// The sentence's bytes.
    pub span: Span,
    /// Index into [`Article::paragraphs`].
    pub paragraph: u32,
}

/// A caption (deduplicated) with the lines that carry it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Caption {
    /// The first occurrence.
    pub span: Span,
    /// Photo credit in brackets at the end, if any (`[Alexandr Bogdanov/AFP]`).
    pub credit: Option<Span>,
    /// Every line number that carries this caption.
    pub lines: Vec<u32>,
}

/// A reader comment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    /// The comment's text.
    pub span: Span,
    /// True when the site replaced the comment with a removal notice.
    pub removed: bool,
}

/// How bad a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Level {
    /// Something was guessed or skipped; the article is still usable.
    Warning,
    /// The article (or part of it) could not be processed.
    Error,
}

impl Level {
    /// `warning` or `error`.
    pub fn label(self) -> &'static str {
        match self {
            Level::Warning => "warning",
            Level::Error => "error",
        }
    }
}

/// A problem found in an input, with the line it is on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Severity.
    pub level: Level,
    /// 1-based line (0 when the problem concerns the whole file).
    pub line: u32,
    /// What is wrong and, where possible, what to do about it.
    pub message: String,
}

/// One article and everything known about its text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id derived from the file name (`2022-01-13_caravanserai_uzbeks-…`).
    pub id: String,
    /// File name as given (no directories).
    pub file: String,
    /// The file's text. Spans index into it; it equals the file's bytes when they are UTF-8
    /// (a BOM is kept, so offsets stay file offsets).
    pub text: String,
    /// Headline.
    pub title: Option<Field<String>>,
    /// Publishing outlet.
    pub outlet: Option<Field<String>>,
    /// Byline.
    pub author: Option<Field<String>>,
    /// Publication date (an inferred one may be a range or a coarser precision).
    pub published: Option<Field<DateValue>>,
    /// Address of the published article or its source.
    pub url: Option<Field<String>>,
    /// Every input line with its role.
    pub lines: Vec<Line>,
    /// Body paragraphs.
    pub paragraphs: Vec<Paragraph>,
    /// Body sentences.
    pub sentences: Vec<Sentence>,
    /// Photo and video captions.
    pub captions: Vec<Caption>,
    /// Reader comments.
    pub comments: Vec<Comment>,
    /// Problems found while reading this article.
    pub diagnostics: Vec<Diagnostic>,
}

impl Article {
    /// The text under a span.
    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.range()).unwrap_or("")
    }
    /// The publication date as a single day, when it is known to the day.
    pub fn published_day(&self) -> Option<Date> {
        self.published.as_ref().and_then(|f| f.value.day_value())
    }
    /// The 1-based line that contains byte `offset`.
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.lines.binary_search_by(|l| {
            if l.span.end < offset {
                core::cmp::Ordering::Less
            } else if l.span.start > offset {
                core::cmp::Ordering::Greater
            } else {
                core::cmp::Ordering::Equal
            }
        }) {
            Ok(i) => self.lines[i].n,
            Err(i) => self.lines.get(i.saturating_sub(1)).map_or(1, |l| l.n),
        }
    }
    /// The index of the sentence that contains byte `offset`, if any.
    pub fn sentence_at(&self, offset: u32) -> Option<u32> {
        let i = self.sentences.partition_point(|s| s.span.end <= offset);
        let s = self.sentences.get(i)?;
        (s.span.start <= offset).then_some(i as u32)
    }
}

/// What an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityKind {
    /// A person.
    Person,
    /// A state body, company, alliance, outlet, agency…
    Organization,
    /// A country, city, region…
    Place,
    /// Anything else with a name.
    Other,
}

impl EntityKind {
    /// `person`, `organization`, `place` or `other`.
    pub fn label(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        }
    }
}

/// A mention of an entity in an article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Index into [`Corpus::articles`].
    pub article: u32,
    /// The words as written.
    pub span: Span,
}

/// A person, organisation or place, merged across spelling variants and articles.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    /// Canonical name (the fullest, most frequent spelling).
    pub name: String,
    /// What it is.
    pub kind: EntityKind,
    /// Every other spelling seen (and acronyms defined in the text).
    pub aliases: Vec<String>,
    /// Roles and descriptions given to it (`US Secretary of State`).
    pub roles: Vec<String>,
    /// Every mention, in corpus order.
    pub mentions: Vec<Mention>,
}

/// How a date was worked out.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timex {
    /// Index into [`Corpus::articles`].
    pub article: u32,
    /// The words the date came from.
    pub span: Span,
    /// The normalised value.
    pub value: DateValue,
    /// The rule that produced it (`month-day-year`, `weekday-past`, `relative-days-after` …).
    #[serde(deserialize_with = "interned::rule")]
    pub rule: Cow<'static, str>,
    /// The date it was resolved against, when it needed one.
    pub anchor: Option<Date>,
    /// What the anchor is (`publication date`, `January 2 (line 30)` …).
    #[serde(deserialize_with = "interned::anchor_note")]
    pub anchor_note: Option<Cow<'static, str>>,
}

/// What kind of quotation a quote is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum QuoteKind {
    /// A statement in quotation marks.
    Direct,
    /// A quoted fragment inside reported speech.
    Partial,
    /// An unmarked paragraph followed by a trailing `Name Role` attribution.
    Block,
    /// An interview answer (or question) in a Q&A.
    Interview,
    /// A headline of the form `Speaker: statement`.
    Headline,
}

impl QuoteKind {
    /// `direct`, `partial`, `block`, `interview` or `headline`.
    pub fn label(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Block => "block",
            QuoteKind::Interview => "interview",
            QuoteKind::Headline => "headline",
        }
    }
}

/// A statement and who made it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Index into [`Corpus::articles`].
    pub article: u32,
    /// From the first quoted word to the last (marks excluded).
    pub span: Span,
    /// The quoted pieces: one, or several when the quote is interrupted (`“…, – he said, – …”`)
    /// or runs over several paragraphs.
    pub parts: Vec<Span>,
    /// What kind of quotation it is.
    pub kind: QuoteKind,
    /// The quote runs over more than one paragraph.
    pub multi_paragraph: bool,
    /// The quote is interrupted by its attribution.
    pub interrupted: bool,
    /// For a quote inside another quote: that quote's index.
    pub nested_in: Option<u32>,
    /// Index into [`Corpus::entities`] of the speaker, when resolved.
    pub speaker: Option<u32>,
    /// The speaker as written (`he`, `the Mano director`, `Anvar Nazirov`).
    pub speaker_text: Option<String>,
    /// Where the speaker is written.
    pub speaker_span: Option<Span>,
    /// The speech verb or phrase (`said`, `told`, `quoted … as saying`, `according to`).
    pub cue: Option<String>,
    /// When the words were said, when the text says (or implies) so.
    pub date: Option<DateValue>,
    /// The timex the date came from, if any (index into [`Corpus::timexes`]).
    pub date_timex: Option<u32>,
}

/// Quoted words that are not a statement.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    /// Index into [`Corpus::articles`].
    pub article: u32,
    /// The words inside the marks.
    pub span: Span,
}

/// One step of a word-level alignment between two renderings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DiffTag {
    /// Same words (after normalising case and punctuation).
    Equal,
    /// Words only in the second rendering.
    Insert,
    /// Words only in the first rendering.
    Delete,
    /// Words of the first rendering replaced by words of the second.
    Replace,
}

impl DiffTag {
    /// `equal`, `insert`, `delete` or `replace`.
    pub fn label(self) -> &'static str {
        match self {
            DiffTag::Equal => "equal",
            DiffTag::Insert => "insert",
            DiffTag::Delete => "delete",
            DiffTag::Replace => "replace",
        }
    }
}

/// One aligned stretch: a byte span in each quote's article (empty on the side that lacks it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiffOp {
    /// What happened to these words.
    pub tag: DiffTag,
    /// The words in the first quote's article.
    pub a: Span,
    /// The words in the second quote's article.
    pub b: Span,
}

/// The word-level alignment of two quotes of a group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Alignment {
    /// Index into [`Corpus::quotes`] of the first rendering.
    pub a: u32,
    /// Index into [`Corpus::quotes`] of the second rendering.
    pub b: u32,
    /// Share of the shorter rendering's words worded exactly as in the other (case and
    /// typography aside; bracketed editor insertions not counted), 0–1.
    pub similarity: f32,
    /// The aligned stretches, in order.
    pub ops: Vec<DiffOp>,
}

/// Renderings of the same statement by the same speaker in different articles.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteGroup {
    /// Index into [`Corpus::entities`].
    pub speaker: u32,
    /// Indices into [`Corpus::quotes`]; the first is the reference rendering.
    pub quotes: Vec<u32>,
    /// When the statement was made, as far as the renderings say.
    pub date: Option<DateValue>,
    /// The lowest pairwise similarity in the group (0–1).
    pub similarity: f32,
    /// Alignment of the reference rendering with each other one.
    pub alignment: Vec<Alignment>,
}

/// One sentence reporting an event.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventMention {
    /// Index into [`Corpus::articles`].
    pub article: u32,
    /// Index into that article's [`Article::sentences`].
    pub sentence: u32,
    /// The words describing the happening (usually the whole sentence).
    pub span: Span,
    /// The date this mention gives.
    pub date: DateValue,
    /// The timex the date came from (index into [`Corpus::timexes`]).
    pub timex: Option<u32>,
}

/// A dated happening, reported by one or more articles.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The date the mentions agree on (the earliest, when they do not).
    pub date: DateValue,
    /// A short summary (subject, verb, object), taken from the clearest mention.
    pub summary: String,
    /// What kind of happening (`protest`, `appeal`, `deployment`, `statement` … or `other`).
    #[serde(deserialize_with = "interned::event_kind")]
    pub kind: Cow<'static, str>,
    /// People and organisations taking part (indices into [`Corpus::entities`]).
    pub actors: Vec<u32>,
    /// Places (indices into [`Corpus::entities`]).
    pub places: Vec<u32>,
    /// Every sentence that reports it.
    pub mentions: Vec<EventMention>,
    /// True when the mentions give different dates.
    pub date_disagreement: bool,
}
