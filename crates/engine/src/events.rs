//! Stage 6: dated happenings, merged across articles.
//!
//! An event mention is a clause of the article's own narration (not a quotation, not a question
//! of an interview, not a caption) that carries a date and says something happened: it has a
//! kind of happening from a small lexicon of news verbs (began, appealed, arrived, withdrew,
//! signed, joined, said …) or names who acted. A sentence with several dates (`In 1999 … left,
//! but in 2006 … joined back, to leave again in 2012`) is cut into one clause per date; a sentence
//! without a date in a paragraph whose previous sentence is dated to the day inherits that date
//! when it reports an action by someone and does not shift time (`soon`, `later` …).
//!
//! Mentions of the same happening — in one article or in several outlets — are merged: their
//! dates must agree (or differ by one day, which the event then flags), their kinds must be
//! compatible, and they must share an actor, a place or content words. Different happenings on
//! one day stay apart because their kinds or participants differ.

use crate::lexicon::FxMap as HashMap;
use std::borrow::Cow;
use std::sync::OnceLock;

use crate::date::{DateValue, Precision};
use crate::model::{Article, Entity, EntityKind, Event, EventMention, ParagraphKind, Quote, Span, Timex};
use crate::text::{self, words};

/// What kind of happening a clause reports, by priority: when a clause matches several kinds,
/// the earlier kind in this list wins (a `said` frames many sentences; an `arrived` is the news).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// Asking for help or intervention.
    Appeal,
    /// Troops or people sent, arriving, entering.
    Deployment,
    /// Troops or people leaving, pulling out.
    Withdrawal,
    /// Killing, injuring, shooting, looting, seizing.
    Violence,
    /// Protests, rallies, riots, unrest.
    Protest,
    /// Joining or leaving an organisation or treaty.
    Membership,
    /// Orders, appointments, signatures, decisions.
    Decision,
    /// Summits, talks, visits.
    Meeting,
    /// Something said, written, warned.
    Statement,
    /// None of the above (stays the last variant: see [`Kind::ALL`]).
    Other,
}

/// Every [`Kind::label`], in [`Kind::ALL`] order. A corpus read back from a bundle borrows its
/// event kinds from here.
pub const KINDS: &[&str] = &{
    let mut out = [""; Kind::ALL.len()];
    let mut i = 0;
    while i < out.len() {
        out[i] = Kind::ALL[i].label();
        i += 1;
    }
    out
};

impl Kind {
    /// Every kind, in priority order (a test keeps this whole).
    pub const ALL: [Kind; 10] = [
        Kind::Appeal,
        Kind::Deployment,
        Kind::Withdrawal,
        Kind::Violence,
        Kind::Protest,
        Kind::Membership,
        Kind::Decision,
        Kind::Meeting,
        Kind::Statement,
        Kind::Other,
    ];

    /// The lower-case label stored in [`Event::kind`].
    pub const fn label(self) -> &'static str {
        match self {
            Kind::Appeal => "appeal",
            Kind::Deployment => "deployment",
            Kind::Withdrawal => "withdrawal",
            Kind::Violence => "violence",
            Kind::Protest => "protest",
            Kind::Membership => "membership",
            Kind::Decision => "decision",
            Kind::Meeting => "meeting",
            Kind::Statement => "statement",
            Kind::Other => "other",
        }
    }

    fn compatible(self, other: Kind) -> bool {
        self == other
            || matches!((self, other), (Kind::Statement, Kind::Meeting) | (Kind::Meeting, Kind::Statement))
            || self == Kind::Other
            || other == Kind::Other
    }
}

/// Word patterns for each kind (lower case, matched against consecutive words; the last word of a
/// pattern is a prefix; `…` stands for up to five words in between).
const LEXICON: &[(Kind, &[&[&str]])] = &[
    (
        Kind::Appeal,
        &[
            &["appeal"],
            &["turned", "to"],
            &["turn", "to"],
            &["asked", "…", "help"],
            &["asked", "…", "assistance"],
            &["ask", "…", "help"],
            &["called", "…", "help"],
            &["request"],
            &["sought", "help"],
            &["seek", "help"],
            &["called", "for", "help"],
            &["invited", "troops"],
        ],
    ),
    (
        Kind::Deployment,
        &[
            &["arriv"],
            &["deploy"],
            &["sent", "its", "troops"],
            &["sent", "troops"],
            &["sent", "in"],
            &["dispatch"],
            &["landed"],
            &["entered"],
            &["marched", "into"],
            &["reinforcement"],
        ],
    ),
    (Kind::Withdrawal, &[&["withdr"], &["pulled", "out"], &["pull", "out"], &["pullout"], &["evacuat"]]),
    (
        Kind::Violence,
        &[
            &["kill"],
            &["injur"],
            &["wounded"],
            &["open", "fire"],
            &["opened", "fire"],
            &["shot"],
            &["shoot"],
            &["attack"],
            &["loot"],
            &["seiz"],
            &["storm"],
            &["clash"],
            &["bomb"],
            &["explosion"],
            &["detain"],
            &["arrest"],
        ],
    ),
    (
        Kind::Protest,
        &[
            &["protest"],
            &["ralli"],
            &["rally"],
            &["demonstrat"],
            &["riot"],
            &["unrest"],
            &["uprising"],
            &["escalat"],
            &["strike"],
            &["walked", "out"],
            &["walk", "out"],
            &["walkout"],
        ],
    ),
    (
        Kind::Membership,
        &[
            &["join"],
            &["rejoin"],
            &["left", "the"],
            &["left", "it"],
            &["leave", "it"],
            &["leave", "the"],
            &["quit"],
            &["suspend"],
            &["refused", "to", "extend"],
            &["accession"],
            &["membership"],
            &["expelled"],
        ],
    ),
    (
        Kind::Decision,
        &[
            &["order"],
            &["appoint"],
            &["sign"],
            &["adopt"],
            &["decid"],
            &["decision"],
            &["introduc"],
            &["declar"],
            &["announc"],
            &["approv"],
            &["establish"],
            &["founded"],
            &["resign"],
            &["dismiss"],
            &["elected"],
            &["imposed"],
            &["lifted"],
            &["banned"],
            &["passed"],
            &["launched"],
        ],
    ),
    (
        Kind::Meeting,
        &[
            &["summit"],
            &["met", "with"],
            &["met"],
            &["talks"],
            &["meeting"],
            &["visit"],
            &["conference"],
            &["phone", "call"],
            &["negotiat"],
        ],
    ),
    (
        Kind::Statement,
        &[
            &["said"],
            &["says"],
            &["warn"],
            &["told"],
            &["predict"],
            &["stated"],
            &["statement"],
            &["comment"],
            &["stress"],
            &["noted"],
            &["wrote"],
            &["writes"],
            &["called", "on"],
            &["calls", "on"],
            &["urg"],
            &["critici"],
            &["condemn"],
            &["emphasi"],
            &["explain"],
            &["insist"],
            &["claim"],
            &["accus"],
            &["denied"],
            &["promis"],
            &["threaten"],
            &["speaking"],
            &["remark"],
        ],
    ),
];

/// Words that say the sentence has moved away from the previous sentence's date.
const TIME_SHIFTS: &[&str] = &[
    "soon",
    "later",
    "then",
    "afterwards",
    "afterward",
    "earlier",
    "previously",
    "now",
    "today",
    "since",
    "meanwhile",
    "next",
    "eventually",
    "subsequently",
    "before",
    "after",
    "once",
    "yesterday",
    "tomorrow",
    "currently",
];

/// A clause that reports a dated happening.
#[derive(Clone, Debug)]
struct Candidate {
    mention: EventMention,
    /// The day number of the date's start ([`crate::date::Date::to_days`]), computed once.
    day: i64,
    kind: Kind,
    actors: Vec<u32>,
    places: Vec<u32>,
    /// Gazetteer entries of the places and of the countries they lie in (`Alma-Ata` →
    /// Almaty, Kazakhstan), so a city and its country meet.
    regions: Vec<u32>,
    /// Stemmed content words (interned by [`Stems`]), sorted and deduplicated.
    content: Vec<u32>,
    summary: String,
    summary_words: usize,
}

/// Builds events from dated sentences. Quotations are not narration: their words never make an
/// event (a statement event comes from the attribution around them).
pub fn extract(articles: &[Article], entities: &[Entity], timexes: &[Timex], quotes: &[Quote]) -> Vec<Event> {
    let index = Index::new(articles.len(), entities, timexes, quotes);
    let mut stems = Stems::default();
    let mut candidates = Vec::new();
    for (ai, a) in articles.iter().enumerate() {
        article_candidates(ai as u32, a, &index, timexes, &mut stems, &mut candidates);
    }
    cluster(candidates)
}

/// Stemmed content words, interned: candidates compare numbers, and a stem seen before costs no
/// allocation.
#[derive(Default)]
struct Stems {
    ids: HashMap<String, u32>,
    /// Per folded word, [`Stems::content_id`]'s answer: a word seen before is looked up once
    /// instead of tested against the stopwords and dates and stemmed again.
    words: HashMap<String, Option<u32>>,
}

impl Stems {
    /// The stem of a folded word that can be a content word (three characters or more, not a
    /// stopword, month or weekday name), `None` for any other word.
    fn content_id(&mut self, lower: &str) -> Option<u32> {
        // (Fewer than three bytes is fewer than three characters: no lookup needed.)
        if lower.len() < 3 {
            return None;
        }
        if let Some(&id) = self.words.get(lower) {
            return id;
        }
        let id = (lower.chars().count() >= 3
            && !is_stopword(lower)
            && crate::date::month_from_name(lower).is_none()
            && crate::date::weekday_from_name(lower).is_none())
        .then(|| self.id(stem_str(lower)));
        self.words.insert(lower.to_owned(), id);
        id
    }

    fn id(&mut self, stem: Cow<'_, str>) -> u32 {
        if let Some(&id) = self.ids.get(stem.as_ref()) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(stem.into_owned(), id);
        id
    }
}

/// Per-article lookups, each sorted by start offset.
struct Index {
    mentions: Vec<Vec<(Span, u32, EntityKind)>>,
    quoted: Vec<Vec<Span>>,
    /// Per article, the furthest end among `quoted[..=i]`.
    quoted_reach: Vec<Vec<u32>>,
    timexes: Vec<Vec<u32>>,
    /// Per entity: its gazetteer entry and that entry's country, where known.
    regions: Vec<[Option<u32>; 2]>,
}

impl Index {
    fn new(n: usize, entities: &[Entity], timexes: &[Timex], quotes: &[Quote]) -> Index {
        let regions = entities
            .iter()
            .map(|e| match e.kind {
                EntityKind::Place => crate::entities::gazetteer::lookup(&crate::entities::gazetteer::key(&e.name))
                    .map_or([None, None], |(i, entry)| [Some(i), entry.country]),
                _ => [None, None],
            })
            .collect();
        let mut idx = Index {
            mentions: vec![Vec::new(); n],
            quoted: vec![Vec::new(); n],
            quoted_reach: Vec::new(),
            timexes: vec![Vec::new(); n],
            regions,
        };
        for (ei, e) in entities.iter().enumerate() {
            for m in &e.mentions {
                if let Some(v) = idx.mentions.get_mut(m.article as usize) {
                    v.push((m.span, ei as u32, e.kind));
                }
            }
        }
        for q in quotes {
            if let Some(v) = idx.quoted.get_mut(q.article as usize) {
                v.extend(q.parts.iter().copied());
            }
        }
        for (ti, t) in timexes.iter().enumerate() {
            if let Some(v) = idx.timexes.get_mut(t.article as usize) {
                v.push(ti as u32);
            }
        }
        for v in &mut idx.mentions {
            // (Pushed in entity order: the entity breaks ties, as a stable sort would.)
            v.sort_unstable_by_key(|m| (m.0.start, m.0.end, m.1));
        }
        for v in &mut idx.quoted {
            v.sort();
        }
        idx.quoted_reach = idx
            .quoted
            .iter()
            .map(|v| {
                v.iter()
                    .scan(0u32, |reach, s| {
                        *reach = (*reach).max(s.end);
                        Some(*reach)
                    })
                    .collect()
            })
            .collect();
        for (ai, v) in idx.timexes.iter_mut().enumerate() {
            v.sort_by_key(|&t| (timexes[t as usize].span.start, ai));
        }
        idx
    }

    fn is_quoted(&self, article: u32, span: Span) -> bool {
        let q = &self.quoted[article as usize];
        let i = q.partition_point(|s| s.end <= span.start);
        q.get(i).is_some_and(|s| s.start <= span.start && span.end <= s.end)
    }

    /// Whether any quotation overlaps `span` (when none does, nothing in it is quoted).
    fn overlaps_quote(&self, article: u32, span: Span) -> bool {
        // The quotations starting before the span ends are a prefix; one of them reaches into
        // the span when the furthest end among them does (nested quotations included).
        let j = self.quoted[article as usize].partition_point(|s| s.start < span.end);
        j > 0 && self.quoted_reach[article as usize][j - 1] > span.start
    }

    /// Entity mentions inside `span`, not inside quotations.
    fn entities_in(&self, article: u32, span: Span) -> impl Iterator<Item = &(Span, u32, EntityKind)> {
        let m = &self.mentions[article as usize];
        let i = m.partition_point(|x| x.0.start < span.start);
        m[i..].iter().take_while(move |x| x.0.start < span.end).filter(move |x| x.0.end <= span.end)
    }

    /// Timexes inside `span` (indices into the corpus timexes).
    fn timexes_in<'a>(&'a self, article: u32, span: Span, timexes: &'a [Timex]) -> impl Iterator<Item = u32> + 'a {
        let t = &self.timexes[article as usize];
        let i = t.partition_point(|&x| timexes[x as usize].span.start < span.start);
        t[i..]
            .iter()
            .copied()
            .take_while(move |&x| timexes[x as usize].span.start < span.end)
            .filter(move |&x| timexes[x as usize].span.end <= span.end)
    }
}

fn usable_date(v: &DateValue) -> bool {
    // An inferred publication window or a whole decade does not date a happening.
    !matches!(v.precision, Precision::Range | Precision::Decade)
}

/// Buffers [`candidate`] reuses from one clause of an article to the next.
#[derive(Default)]
struct Scratch<'a> {
    /// The clause's own words.
    own: Vec<text::Word<'a>>,
    /// The clause folded (see [`fold_words`]).
    folded: String,
    /// Where the clause's entity mentions are.
    entity_words: Vec<(usize, usize)>,
}

/// Appends the article's candidates to `out`.
fn article_candidates(
    ai: u32,
    a: &Article,
    index: &Index,
    timexes: &[Timex],
    stems: &mut Stems,
    out: &mut Vec<Candidate>,
) {
    // (One buffer each for every sentence's dates and clauses.)
    let mut anchors: Vec<u32> = Vec::new();
    let mut clauses: Vec<(Span, u32)> = Vec::new();
    let mut scratch = Scratch::default();
    for p in &a.paragraphs {
        if matches!(p.kind, ParagraphKind::Question | ParagraphKind::Subheading) {
            continue;
        }
        // The previous sentence's single day date, for inheritance.
        let mut carry: Option<(u32, DateValue)> = None;
        for si in p.sentences.0..p.sentences.1 {
            let s = &a.sentences[si as usize];
            anchors.clear();
            anchors.extend(index.timexes_in(ai, s.span, timexes).filter(|&t| {
                usable_date(&timexes[t as usize].value) && !index.is_quoted(ai, timexes[t as usize].span)
            }));
            if anchors.is_empty() {
                if let Some((t, date)) = carry {
                    if !starts_with_shift(a.slice(s.span)) {
                        if let Some(c) = candidate(ai, a, si, s.span, Some(t), date, index, true, stems, &mut scratch) {
                            out.push(c);
                        }
                    }
                }
                carry = None;
                continue;
            }
            split_clauses(a, s.span, &anchors, timexes, &mut clauses);
            for (span, t) in &clauses {
                let date = timexes[*t as usize].value;
                if let Some(c) = candidate(ai, a, si, *span, Some(*t), date, index, false, stems, &mut scratch) {
                    out.push(c);
                }
            }
            carry = match clauses.as_slice() {
                [(_, t)] if timexes[*t as usize].value.precision == Precision::Day => {
                    Some((*t, timexes[*t as usize].value))
                }
                _ => None,
            };
        }
    }
}

fn starts_with_shift(sentence: &str) -> bool {
    let mut lower = String::new();
    words(sentence).take(3).any(|w| {
        lower.clear();
        text::fold_into(w.text, &mut lower);
        TIME_SHIFTS.contains(&lower.as_str())
    })
}

/// Cuts a sentence with several dates into one clause per date, at the clause boundary (comma,
/// semicolon, `and`, `but`) closest before each later date. Timexes with the same value share a
/// clause.
/// (The clauses are written to `out`, which is cleared first.)
fn split_clauses(a: &Article, span: Span, anchors: &[u32], timexes: &[Timex], out: &mut Vec<(Span, u32)>) {
    out.clear();
    if let [t] = anchors {
        // (One date, one clause: the usual case.)
        out.push((span, *t));
        return;
    }
    let mut distinct: Vec<u32> = Vec::new();
    for &t in anchors {
        let v = timexes[t as usize].value;
        if !distinct.iter().any(|&d| timexes[d as usize].value == v) {
            distinct.push(t);
        }
    }
    if distinct.len() == 1 {
        out.push((span, distinct[0]));
        return;
    }
    let text = a.slice(span);
    let base = span.start as usize;
    let mut cuts = vec![base];
    for &t in &distinct[1..] {
        let at = timexes[t as usize].span.start as usize - base;
        let prev_cut = *cuts.last().unwrap_or(&base) - base;
        let region = &text[prev_cut..at];
        let boundary = [", but ", ", and ", "; ", ", while ", ", to ", ", "]
            .iter()
            .filter_map(|b| region.rfind(b).map(|p| prev_cut + p + 2))
            .max()
            .unwrap_or(at);
        cuts.push(base + boundary.max(prev_cut + 1));
    }
    cuts.push(span.end as usize);
    out.extend(distinct.iter().enumerate().map(|(i, &t)| {
        let (s, e) = (cuts[i], cuts[i + 1]);
        let (off, trimmed) = text::trim_span(&a.text[s..e]);
        (Span::new(s + off, s + off + trimmed.len()), t)
    }));
}

#[allow(clippy::too_many_arguments)]
fn candidate<'a>(
    ai: u32,
    a: &'a Article,
    si: u32,
    span: Span,
    timex: Option<u32>,
    date: DateValue,
    index: &Index,
    inherited: bool,
    stems: &mut Stems,
    scratch: &mut Scratch<'a>,
) -> Option<Candidate> {
    let text = a.slice(span);
    let base = span.start as usize;
    let Scratch { own, folded, entity_words } = scratch;
    // The clause's own words: quotations left out.
    own.clear();
    let quoted = index.overlaps_quote(ai, span);
    if quoted {
        own.extend(words(text).filter(|w| !index.is_quoted(ai, Span::new(base + w.start, base + w.end))));
    } else {
        own.extend(words(text));
    }
    let lower = fold_words(text, own, folded);
    let kind = classify(&lower);
    // Who only reports the happening (`As analyst X writes, …`, `according to the ministry`)
    // is a source, not an actor, unless the clause is itself a statement.
    // (A dateline's agency, `BISHKEK (Reuters) - `, is the outlet, not an actor either.)
    let frame = if kind == Kind::Statement { None } else { source_frame(text, own, &lower) };
    // (Only a clause with a bracket near its start can have one.)
    let bracket_near_start = text.as_bytes()[..text.len().min(64)].contains(&b'(');
    let agency = bracket_near_start
        .then(|| dateline_end(text))
        .flatten()
        // (The head without its dash: `BISHKEK, March 3 (Reuters)`.)
        .and_then(|end| {
            crate::text::dateline_agency(
                text[..end].trim_end_matches(|c: char| c == '-' || c == ' ' || crate::text::is_dash(c)),
            )
        });
    let sources = [frame, agency];
    let mut actors = Vec::new();
    let mut places = Vec::new();
    entity_words.clear();
    for &(m, e, k) in index.entities_in(ai, span) {
        if index.is_quoted(ai, m) {
            continue;
        }
        entity_words.push((m.start as usize, m.end as usize));
        let at = m.start as usize - base;
        let is_source = sources.iter().flatten().any(|r| r.contains(&at));
        if matches!(k, EntityKind::Person | EntityKind::Organization) && is_source {
            continue;
        }
        match k {
            EntityKind::Person | EntityKind::Organization => push_unique(&mut actors, e),
            EntityKind::Place => push_unique(&mut places, e),
            EntityKind::Other => {}
        }
    }
    // A clause must report something: a kind of happening, or someone doing something (the
    // content words are only counted for a clause that passes the cheaper tests).
    let person_or_org = !actors.is_empty();
    if kind == Kind::Other && !person_or_org {
        return None;
    }
    if inherited && (kind == Kind::Other || kind == Kind::Statement || !person_or_org) {
        return None;
    }
    if own.len() < 3 {
        return None;
    }
    // (Sized for every word, not grown word by word.)
    let mut content: Vec<u32> = Vec::with_capacity(own.len());
    content.extend(
        own.iter()
            .zip(&lower)
            .filter(|(w, _)| {
                let abs = base + w.start;
                !w.is_number() && !entity_words.iter().any(|&(s, e)| s <= abs && abs < e)
            })
            .filter_map(|(_, l)| stems.content_id(l)),
    );
    content.sort_unstable();
    content.dedup();
    if kind == Kind::Other && content.len() < 3 {
        return None;
    }
    let mut regions: Vec<u32> =
        places.iter().flat_map(|&p| index.regions.get(p as usize).copied().unwrap_or_default()).flatten().collect();
    regions.sort_unstable();
    regions.dedup();
    let summary = summarize(a, span, index, ai, (!quoted).then_some(&own[..]));
    let summary_words = whitespace_pieces(&summary);
    Some(Candidate {
        mention: EventMention { article: ai, sentence: si, span, date, timex },
        day: date.start.to_days(),
        kind,
        actors,
        places,
        regions,
        content,
        summary,
        summary_words,
    })
}

/// The clause's words folded ([`text::fold`]), kept in `buf`: the clause is lower-cased once and
/// an ASCII word is a slice of it; only a word with other characters is folded on its own (after
/// the clause in `buf`).
fn fold_words<'b>(clause: &str, own: &[text::Word<'_>], buf: &'b mut String) -> Vec<&'b str> {
    buf.clear();
    buf.push_str(clause);
    buf.make_ascii_lowercase();
    if buf.contains('`') {
        // (Byte for byte, so the words' offsets hold.)
        *buf = buf.replace('`', "'");
    }
    if clause.is_ascii() {
        let buf: &'b String = buf;
        return own.iter().map(|w| &buf[w.start..w.end]).collect();
    }
    let mut ranges = Vec::with_capacity(own.len());
    for w in own {
        if w.text.is_ascii() {
            ranges.push((w.start, w.end));
        } else {
            let start = buf.len();
            text::fold_into(w.text, buf);
            ranges.push((start, buf.len()));
        }
    }
    let buf: &'b String = buf;
    ranges.into_iter().map(|(s, e)| &buf[s..e]).collect()
}

fn push_unique(v: &mut Vec<u32>, x: u32) {
    if !v.contains(&x) {
        v.push(x);
    }
}

fn classify(lower: &[&str]) -> Kind {
    let by_head = patterns_by_head();
    let mut best = Kind::Other;
    for (i, w) in lower.iter().enumerate() {
        // (Only a word starting with two lower-case letters can start a pattern.)
        let Some(bucket) = letter_pair(w.as_bytes()).map(|h| &by_head[h]) else { continue };
        for &(kind, pat) in bucket {
            // (A bucket is in kind order: nothing after a kind no better than the best can win.)
            if kind >= best {
                break;
            }
            // (Every pattern's first word is a prefix of the word it matches: a cheap test first.)
            if w.starts_with(pat[0]) && matches_at(lower, i, pat) {
                best = kind;
            }
        }
    }
    best
}

/// A [`LEXICON`] pattern with its kind.
type Pattern = (Kind, &'static [&'static str]);

/// The index of a word's first two bytes when both are lower-case ASCII letters (`0..26 * 26`).
fn letter_pair(word: &[u8]) -> Option<usize> {
    match word {
        [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] => Some(usize::from(a - b'a') * 26 + usize::from(b - b'a')),
        _ => None,
    }
}

/// The [`LEXICON`] patterns grouped by the first two letters of their first word (see
/// [`letter_pair`]), so a word is only tried against the few patterns that can start with it.
fn patterns_by_head() -> &'static [Vec<Pattern>] {
    static T: OnceLock<Vec<Vec<Pattern>>> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = vec![Vec::new(); 26 * 26];
        for &(kind, patterns) in LEXICON {
            for &pat in patterns {
                if let Some(h) = pat.first().and_then(|w| letter_pair(w.as_bytes())) {
                    t[h].push((kind, pat));
                }
            }
        }
        t
    })
}

/// Does `pat` match the words starting at `i`?
fn matches_at(words: &[&str], i: usize, pat: &[&str]) -> bool {
    let Some((&first, rest)) = pat.split_first() else { return true };
    let Some(&word) = words.get(i) else { return false };
    if first == "…" {
        return (i..words.len().min(i + 6)).any(|j| matches_at(words, j, rest));
    }
    let ok = if rest.is_empty() { word.starts_with(first) } else { word == first };
    ok && matches_at(words, i + 1, rest)
}

fn is_stopword(w: &str) -> bool {
    text::is_function_word(w)
        || matches!(
            w,
            "said"
                | "says"
                | "also"
                | "year"
                | "years"
                | "day"
                | "days"
                | "week"
                | "weeks"
                | "month"
                | "months"
                | "time"
                | "times"
                | "first"
                | "last"
                | "late"
                | "early"
                | "three"
                | "two"
                | "four"
                | "five"
                | "several"
                | "few"
                | "well-known"
                | "known"
                | "new"
                | "according"
                | "thereby"
                | "itself"
                | "themselves"
                | "himself"
                | "herself"
                | "there"
                | "being"
                | "was"
                | "were"
                | "had"
        )
}

/// A light suffix stripper, enough to meet `protests`/`protest`, `arrived`/`arrive`,
/// `withdrawing`/`withdraw` across outlets.
pub fn stem(w: &str) -> String {
    stem_str(w).into_owned()
}

/// [`stem`], borrowing from the word where the stem is a piece of it (all but `-ies`/`-ied`).
fn stem_str(w: &str) -> Cow<'_, str> {
    // (`trim_end_matches("'s")` without building a substring searcher per word.)
    let mut w = w;
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    let w = w.trim_end_matches('\'');
    let n = w.chars().count();
    for suffix in ["ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "ed", "es", "s"] {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.chars().count() >= 3 && n > suffix.len() + 2 {
                return if suffix == "ies" || suffix == "ied" {
                    Cow::Owned(format!("{base}y"))
                } else {
                    Cow::Borrowed(base.trim_end_matches('e'))
                };
            }
        }
    }
    Cow::Borrowed(w.trim_end_matches('e'))
}

/// A short summary: the clause without its quotations, without the leading date phrase, cut at
/// the first subordinate clause after a few words.
/// (`clause_words`: the words of the whole clause, when no quotation overlaps it, so the summary's
/// words need not be scanned again.)
fn summarize(a: &Article, span: Span, index: &Index, ai: u32, clause_words: Option<&[text::Word<'_>]>) -> String {
    // The clause, quotations replaced by an ellipsis in marks (copied only when there is one).
    let mut s = String::new();
    let mut at = span.start as usize;
    let end = span.end as usize;
    let quoted = &index.quoted[ai as usize];
    let first = quoted.partition_point(|q| q.end as usize <= at);
    for q in &quoted[first..] {
        let (qs, qe) = (q.start as usize, q.end as usize);
        if qs >= end {
            break;
        }
        if qs >= at && qe <= end {
            s.push_str(&a.text[at..qs]);
            s.push('…');
            at = qe;
        }
    }
    let s: Cow<'_, str> = if s.is_empty() {
        Cow::Borrowed(&a.text[at..end])
    } else {
        s.push_str(&a.text[at..end]);
        Cow::Owned(s)
    };
    let stripped = strip_leading_date(&s);
    // The ends of the first words of what is left (all a cut needs): a suffix of the clause,
    // cut after a space, has the clause's words from there on.
    let skipped = s.len() - stripped.len();
    // (At most SUMMARY_WORDS + 1 of them: kept on the stack.)
    let mut ends = [0; SUMMARY_WORDS + 1];
    let mut n = 0;
    let mut push = |end| {
        ends[n] = end;
        n += 1;
    };
    match clause_words {
        Some(ws) if matches!(s, Cow::Borrowed(_)) => {
            let k = ws.partition_point(|w| w.start < skipped);
            ws[k..].iter().take(SUMMARY_WORDS + 1).for_each(|w| push(w.end - skipped));
        }
        _ => words(stripped).take(SUMMARY_WORDS + 1).for_each(|w| push(w.end)),
    }
    let cut = cut_clause(stripped, &ends[..n]);
    let mut out: String = cut.trim().trim_end_matches([',', ';', ':', '.', '–', '—', ' ']).trim().to_string();
    if let Some(c) = out.chars().next() {
        if c.is_lowercase() {
            out = c.to_uppercase().collect::<String>() + &out[c.len_utf8()..];
        }
    }
    out
}

/// `s.split_whitespace().count()`, by byte when `s` is ASCII.
fn whitespace_pieces(s: &str) -> usize {
    if !s.is_ascii() {
        return s.split_whitespace().count();
    }
    // (The ASCII characters `char::is_whitespace` accepts, vertical tab included.)
    let space = |b: u8| matches!(b, b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' | b' ');
    let mut prev_space = true;
    let mut n = 0;
    for &b in s.as_bytes() {
        let sp = space(b);
        n += usize::from(prev_space && !sp);
        prev_space = sp;
    }
    n
}

/// Where a wire dateline at the start of `s` ends (after its dash), if `s` starts with one.
fn dateline_end(s: &str) -> Option<usize> {
    // (Every dateline starts with two characters that are not lower case: most sentences do not.)
    // (… or a month's name: `April 24 (Reuters) - `, the clause after the place's comma.)
    let mut first = s.chars();
    if first.next().is_some_and(char::is_lowercase)
        || first.next().is_some_and(char::is_lowercase)
            && s.split(' ').next().and_then(crate::date::month_from_name).is_none()
    {
        return None;
    }
    [" -- ", " — ", " – ", " - "].into_iter().find_map(|sep| {
        let p = find_within(s, sep, 60)?;
        let head = &s[..p];
        let capitals = p <= 40 && head.chars().any(char::is_alphabetic) && !head.chars().any(char::is_lowercase);
        (capitals || is_dateline(head)).then_some(p + sep.len())
    })
}

/// Whether `head` (what comes before a dash at the start of a sentence) is a wire dateline with
/// more than capitals: a place in capitals, then a date or the agency (`BISHKEK, March 3
/// (Reuters)`), a few words and no sentence inside.
fn is_dateline(head: &str) -> bool {
    let place = head.split([',', '(']).next().unwrap_or_default().trim();
    // A clause that starts after the place's comma: `April 24 (Reuters)`.
    let mut date = place.split(' ');
    let date_and_agency = head.trim_end().ends_with(')')
        && date.next().and_then(crate::date::month_from_name).is_some()
        && date.next().is_some_and(|d| (1..=2).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()))
        && date.next().is_none();
    if date_and_agency {
        return true;
    }
    text::is_dateline_place(place)
        && head.split_whitespace().count() <= 8
        && !head.contains(['.', '"', '“', '”', ';', ':'])
}

/// `On January 5, three days after …, X did` → `X did`; `Late on January 5, X` → `X`.
fn strip_leading_date(s: &str) -> &str {
    let mut rest = s.trim_start();
    // A dateline (`VELDEN -- `, `TASHKENT — `, `BISHKEK, March 3 (Reuters) - `) and a connective
    // (`Meanwhile, `) are not the news.
    if let Some(end) = dateline_end(rest) {
        rest = rest[end..].trim_start();
    }
    for connective in ["Meanwhile, ", "However, ", "Later, ", "Earlier, ", "Also, ", "In addition, ", "Separately, "] {
        if let Some(r) = rest.strip_prefix(connective) {
            rest = r.trim_start();
        }
    }
    let mut buf = String::new();
    for _ in 0..2 {
        let Some(comma) = find_within(rest, ", ", 60) else { break };
        let head = head_words(&rest[..comma], &mut buf);
        // (`On May 15, 1992, X did`: the year is the second piece.)
        let just_a_year = head.count == 1 && head.first_year;
        // `Three days after the start of the protests, …` (not `The strike began hours after a
        // crane collapsed on March 10, …`: that clause is the news).
        let starts_temporal = just_a_year || head.first_temporal || (head.relative && head.first_count);
        if !(starts_temporal && head.date_word) || words(rest).next().is_none() {
            break;
        }
        rest = rest[comma + 2..].trim_start();
    }
    rest
}

/// What the words before a comma say about time, for [`strip_leading_date`].
#[derive(Default)]
struct HeadWords {
    count: usize,
    /// The first word is a year (1000–2100).
    first_year: bool,
    /// The first word is a preposition of time, a weekday or a month.
    first_temporal: bool,
    /// The first word is a number or counts (`a`, `three`, `hours` …).
    first_count: bool,
    /// Some word places the time relative to another (`after`, `ago` …).
    relative: bool,
    /// Some word is a month, a weekday, a year, `after`, `before`, `yesterday` or `today`.
    date_word: bool,
}

/// Reads the words of `head` in one pass, each folded into `buf` (no string per word); stops
/// after a first word that cannot start a leading date.
fn head_words(head: &str, buf: &mut String) -> HeadWords {
    let mut h = HeadWords::default();
    for w in words(head) {
        buf.clear();
        text::fold_into(w.text, buf);
        let w = buf.as_str();
        let month = crate::date::month_from_name(w).is_some();
        let weekday = crate::date::weekday_from_name(w).is_some();
        let year = w.parse::<u32>().is_ok_and(|n| (1000..=2100).contains(&n));
        if h.count == 0 {
            h.first_year = year;
            h.first_temporal = weekday
                || month
                || matches!(w, "on" | "in" | "by" | "late" | "early" | "since" | "until" | "during" | "from" | "at");
            h.first_count = w.parse::<u32>().is_ok()
                || matches!(
                    w,
                    "a" | "one"
                        | "two"
                        | "three"
                        | "four"
                        | "five"
                        | "several"
                        | "few"
                        | "hours"
                        | "days"
                        | "weeks"
                        | "months"
                        | "shortly"
                        | "soon"
                        | "just"
                        | "minutes"
                );
            if !(h.first_year || h.first_temporal || h.first_count) {
                // (Nothing after such a first word can make the head a leading date.)
                return h;
            }
        }
        h.relative |= matches!(w, "after" | "before" | "ago" | "later");
        h.date_word |= month || weekday || year || matches!(w, "after" | "before" | "yesterday" | "today");
        h.count += 1;
    }
    h
}

/// The first occurrence of `needle` in `hay`, if it starts at most `max` bytes in: `find` that
/// stops looking where a match would no longer count.
fn find_within(hay: &str, needle: &str, max: usize) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let hay = &hay[..hay.len().min(max + needle.len())];
    // Only where the needle's first byte other than a space (spaces are everywhere in prose)
    // stands is the whole needle compared. (A match of a whole UTF-8 needle starts at a
    // character boundary.)
    let k = needle.iter().position(|&b| b != b' ').unwrap_or(0);
    let key = *needle.get(k)?;
    let mut from = k;
    while let Some(i) = hay.get(from..)?.iter().position(|&b| b == key) {
        let p = from + i - k;
        if hay[p..].starts_with(needle) {
            return Some(p);
        }
        from += i + 1;
    }
    None
}

/// Where a summary may be cut: before the first of each of these that has five words before it.
const CLAUSE_MARKERS: [&str; 15] = [
    " because ",
    " due to ",
    ", which ",
    ", who ",
    "; ",
    " – ",
    " — ",
    ", but ",
    ", thereby ",
    ", noting ",
    ", referring ",
    ", while ",
    ", although ",
    " after which ",
    ", according to ",
];

/// The first two bytes of each of [`CLAUSE_MARKERS`]: a marker is compared whole only where its
/// head is.
const MARKER_HEADS: [[u8; 2]; CLAUSE_MARKERS.len()] = {
    let mut out = [[0; 2]; CLAUSE_MARKERS.len()];
    let mut i = 0;
    while i < out.len() {
        let b = CLAUSE_MARKERS[i].as_bytes();
        out[i] = [b[0], b[1]];
        i += 1;
    }
    out
};

/// The bytes that follow the first byte of some clause marker: at a space, comma or semicolon
/// followed by any other byte no marker starts.
const MARKER_SECOND: [bool; 256] = {
    let mut out = [false; 256];
    let mut i = 0;
    while i < MARKER_HEADS.len() {
        out[MARKER_HEADS[i][1] as usize] = true;
        i += 1;
    }
    out
};

/// The most words a summary keeps.
const SUMMARY_WORDS: usize = 22;

/// The summary's cut: borrowed unless it is shortened with an ellipsis. `ends`: where the first
/// [`SUMMARY_WORDS`] + 1 words of `s` end (a cut at a marker keeps the words before it).
fn cut_clause<'s>(s: &'s str, ends: &[usize]) -> Cow<'s, str> {
    // Fewer than five words: no marker cuts.
    let Some(&min_cut) = ends.get(4) else { return Cow::Borrowed(s) };
    // A cut where the word after the last that fits ends or later changes nothing: the summary
    // is cut after that last word anyway.
    let next = ends.get(SUMMARY_WORDS).copied();
    let limit = next.unwrap_or(s.len());
    // The cut is at the first occurrence of a marker, and the earliest such occurrence with five
    // words before it: one pass over the spaces, commas and semicolons the markers start with,
    // up to the first cut found.
    let mut seen = [false; CLAUSE_MARKERS.len()];
    let mut cut_at = s.len();
    let bytes = s.as_bytes();
    'scan: for (p, pair) in bytes.windows(2).enumerate().take(limit) {
        if !matches!(pair[0], b' ' | b',' | b';') || !MARKER_SECOND[usize::from(pair[1])] {
            continue;
        }
        let rest = &bytes[p..];
        for (m, marker) in CLAUSE_MARKERS.iter().enumerate() {
            if MARKER_HEADS[m] == pair && !seen[m] && rest.starts_with(marker.as_bytes()) {
                seen[m] = true;
                // (Five words before the marker: the fifth ends before it.)
                if min_cut <= p {
                    cut_at = p;
                    break 'scan;
                }
            }
        }
    }
    let s = &s[..cut_at];
    // More than SUMMARY_WORDS words: cut after the last one that fits.
    match (ends.get(SUMMARY_WORDS - 1), next) {
        (Some(&last), Some(next)) if next <= cut_at => Cow::Owned(format!("{}…", s[..last].trim_end())),
        _ => Cow::Borrowed(s),
    }
}

/// What the calendar and the kinds say about two mentions that may be one happening.
#[derive(Clone, Copy)]
struct Fit {
    day_apart: i64,
    same_kind: bool,
}

/// The cheap tests of [`affinity`]: `None` when the two mentions cannot be the same happening
/// (one sentence, dates too far apart, incompatible kinds).
fn fit(a: &Candidate, b: &Candidate) -> Option<Fit> {
    if a.mention.article == b.mention.article && a.mention.sentence == b.mention.sentence {
        return None;
    }
    let (da, db) = (a.mention.date, b.mention.date);
    let day_apart = match (da.precision, db.precision) {
        (Precision::Day, Precision::Day) => (b.day - a.day).abs(),
        (pa, pb) if pa == pb && da.start == db.start && da.end == db.end => 0,
        _ => return None,
    };
    if day_apart > 1 || !a.kind.compatible(b.kind) {
        return None;
    }
    Some(Fit { day_apart, same_kind: a.kind == b.kind && a.kind != Kind::Other })
}

/// The score [`affinity`] gives, from the shared actors, places and words.
/// (One formula for the score and its bound: f32 rounding is monotone, so more sharing never
/// scores less.)
fn score(shared_actors: usize, shared_places: usize, words: f32, fit: Fit) -> f32 {
    shared_actors as f32 * 1.5 + shared_places as f32 * 0.5 + words * 3.0 + if fit.same_kind { 1.0 } else { 0.0 }
        - fit.day_apart as f32
}

/// An upper bound of [`affinity`] from the lengths of the lists alone: as if every actor, place
/// and word of the shorter list were shared.
fn affinity_bound(a: &Candidate, b: &Candidate, fit: Fit) -> f32 {
    let actors = a.actors.len().min(b.actors.len());
    let places = a.places.len().min(b.places.len()).max(a.regions.len().min(b.regions.len()));
    let (na, nb) = (a.content.len(), b.content.len());
    score(actors, places, dice_of(na.min(nb), na, nb), fit)
}

/// How many members of a cluster a mention is compared with: enough to judge, never quadratic.
const COMPARED_MEMBERS: usize = 16;

/// The longest actor, place and region lists and the range of content lengths among the compared
/// members of a cluster: enough to bound every member's [`affinity_bound`] with a mention.
#[derive(Clone, Copy)]
struct Reach {
    actors: usize,
    places: usize,
    regions: usize,
    content: (usize, usize),
}

impl Reach {
    fn of(c: &Candidate) -> Reach {
        let n = c.content.len();
        Reach { actors: c.actors.len(), places: c.places.len(), regions: c.regions.len(), content: (n, n) }
    }

    fn add(&mut self, c: &Candidate) {
        self.actors = self.actors.max(c.actors.len());
        self.places = self.places.max(c.places.len());
        self.regions = self.regions.max(c.regions.len());
        let n = c.content.len();
        self.content = (self.content.0.min(n), self.content.1.max(n));
    }

    /// An upper bound of the score of `c` with any member: [`affinity_bound`] with the longest
    /// lists, the content length closest to `c`'s, the same kind and the same day.
    fn bound(&self, c: &Candidate) -> f32 {
        let actors = self.actors.min(c.actors.len());
        let places = self.places.min(c.places.len()).max(self.regions.min(c.regions.len()));
        let n = c.content.len();
        // (The Dice bound `2 min(m, n) / (m + n)` of a member with `m` words peaks at `m = n`.)
        let (lo, hi) = self.content;
        let words = if n < lo {
            dice_of(n, lo, n)
        } else if n > hi {
            dice_of(hi, hi, n)
        } else {
            dice_of(n, n, n)
        };
        score(actors, places, words, Fit { day_apart: 0, same_kind: true })
    }
}

/// How well two mentions fit one happening, or `None` when they cannot be the same (`fit`:
/// their [`fit`]).
fn affinity(a: &Candidate, b: &Candidate, fit: Fit) -> Option<f32> {
    let Fit { day_apart, same_kind } = fit;
    let shared_actors = overlap(&a.actors, &b.actors);
    let shared_places = overlap(&a.places, &b.places).max(overlap(&a.regions, &b.regions));
    // The shared words are counted only where the other tests leave them a say, and once.
    let mut shared_words = None;
    let mut words = || *shared_words.get_or_insert_with(|| dice(&a.content, &b.content));
    let statementish =
        matches!(a.kind, Kind::Statement | Kind::Meeting) || matches!(b.kind, Kind::Statement | Kind::Meeting);
    let ok = if day_apart == 1 {
        // Outlets that date one happening a day apart: the same kind, the same people (or, across
        // outlets, the same place) and shared words.
        let other_outlet = a.mention.article != b.mention.article;
        same_kind && (shared_actors > 0 || (other_outlet && shared_places > 0)) && words() >= 0.2
    } else if statementish {
        shared_actors > 0
    } else if same_kind {
        shared_actors > 0 || shared_places > 0 || words() >= 0.2
    } else {
        shared_actors > 0 && words() >= 0.3
    };
    ok.then(|| score(shared_actors, shared_places, words(), fit))
}

/// Where a clause names the source of its report rather than an actor (byte range within the
/// clause): a leading `As <someone> <speech verb>,` (`As a well-known expert X writes, …`) or
/// `according to <someone>` up to the next comma. `own` are the clause's words, `lower` the
/// same words folded.
fn source_frame(clause: &str, own: &[text::Word<'_>], lower: &[&str]) -> Option<core::ops::Range<usize>> {
    let comma_after = |w: &text::Word<'_>| clause[w.end..].trim_start().starts_with(',');
    if lower.first() == Some(&"as") {
        // The frame ends at the first comma, within a dozen words, after a speech verb.
        let end = own.iter().take(12).position(comma_after)?;
        if end >= 2 && lower[1..=end].iter().any(|l| crate::lexicon::is_cue_verb(l)) {
            return Some(own[0].start..own[end].end);
        }
        return None;
    }
    let at = lower.windows(2).position(|p| p == ["according", "to"])?;
    let from = at + 2;
    let end = own[from..].iter().take(8).position(comma_after).map_or(own.len().min(from + 8), |k| from + k + 1);
    (end > from).then(|| own[at].start..own[end - 1].end)
}

/// Whether a sentence is framed as someone's report: `As X writes, …`, `X said that …`,
/// `…, X told reporters, …` (a speech verb followed by `that` or a comma, or after a leading `As`).
fn reporting_frame(s: &str) -> bool {
    let ws: Vec<text::Word<'_>> = words(s).collect();
    let leading_as = ws.first().is_some_and(|w| w.text.eq_ignore_ascii_case("as"));
    let mut lower = String::new();
    ws.iter().enumerate().any(|(i, w)| {
        // The cheap test on the words around first; the verb lookup only where it can matter.
        let framed = leading_as
            || ws.get(i + 1).is_some_and(|n| n.text.eq_ignore_ascii_case("that"))
            || s[w.end..].trim_start().starts_with(',');
        framed && {
            lower.clear();
            text::fold_into(w.text, &mut lower);
            crate::lexicon::is_cue_verb(&lower)
        }
    })
}

fn overlap(a: &[u32], b: &[u32]) -> usize {
    a.iter().filter(|x| b.contains(x)).count()
}

fn dice(a: &[u32], b: &[u32]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    dice_of(common, a.len(), b.len())
}

/// The Dice coefficient of two lists of `na` and `nb` items sharing `common` (0 when one is empty).
fn dice_of(common: usize, na: usize, nb: usize) -> f32 {
    if na == 0 || nb == 0 {
        return 0.0;
    }
    2.0 * common as f32 / (na + nb) as f32
}

/// Greedy clustering in date order. Only clusters within a day of the mention are compared
/// (looked up by day), so the work stays linear in the number of mentions for a spread corpus.
fn cluster(mut cands: Vec<Candidate>) -> Vec<Event> {
    // (A candidate is large: the keys are sorted, then each candidate moved once; the key
    // `(date.start, date.end, article, span.start)` is packed into two integers.)
    cands.sort_by_cached_key(|c| {
        let m = &c.mention;
        (
            u128::from(date_key(m.date.start)) << 48 | u128::from(date_key(m.date.end)),
            u64::from(m.article) << 32 | u64::from(m.span.start),
        )
    });
    let mut clusters: Vec<Vec<Candidate>> = Vec::new();
    // (Per cluster, the [`Reach`] of its compared members.)
    let mut reach: Vec<Reach> = Vec::new();
    let mut by_day: HashMap<i64, Vec<usize>> = HashMap::default();
    for c in cands {
        let day = c.day;
        let mut best: Option<(f32, usize)> = None;
        for d in [day - 1, day, day + 1] {
            for &ci in by_day.get(&d).map_or(&[][..], Vec::as_slice) {
                // A cluster none of whose members can beat the best so far is passed over; a
                // member whose bound cannot beat both the best cluster so far and this
                // cluster's best member is not scored: it could change neither.
                if best.is_some_and(|(b, _)| reach[ci].bound(&c) <= b) {
                    continue;
                }
                let mut score: Option<f32> = None;
                for m in clusters[ci].iter().take(COMPARED_MEMBERS) {
                    let Some(fit) = fit(m, &c) else { continue };
                    let bar = match (score, best.map(|(b, _)| b)) {
                        (Some(s), Some(b)) => Some(s.max(b)),
                        (s, b) => s.or(b),
                    };
                    if bar.is_some_and(|bar| affinity_bound(m, &c, fit) <= bar) {
                        continue;
                    }
                    if let Some(s) = affinity(m, &c, fit) {
                        score = Some(score.map_or(s, |a| a.max(s)));
                    }
                }
                if let Some(s) = score {
                    if best.is_none_or(|(b, _)| s > b) {
                        best = Some((s, ci));
                    }
                }
            }
        }
        match best {
            Some((_, ci)) => {
                if clusters[ci].len() < COMPARED_MEMBERS {
                    reach[ci].add(&c);
                }
                clusters[ci].push(c);
            }
            None => {
                by_day.entry(day).or_default().push(clusters.len());
                reach.push(Reach::of(&c));
                clusters.push(vec![c]);
            }
        }
    }
    let mut events: Vec<Event> = clusters.into_iter().map(build_event).collect();
    events.sort_by(|a, b| {
        (a.date.start, a.date.end, a.mentions[0].article, a.mentions[0].span.start).cmp(&(
            b.date.start,
            b.date.end,
            b.mentions[0].article,
            b.mentions[0].span.start,
        ))
    });
    events
}

/// A date as a 48-bit number in the date's order (year, month, day).
fn date_key(d: crate::date::Date) -> u64 {
    // (Flipping the sign bit orders the years as unsigned numbers.)
    u64::from(d.y as u32 ^ 0x8000_0000) << 16 | u64::from(d.m) << 8 | u64::from(d.d)
}

fn build_event(mut members: Vec<Candidate>) -> Event {
    members.sort_by_cached_key(|m| (m.mention.article, m.mention.span.start));
    // The date most mentions give; the earliest on a tie.
    let mut dates: Vec<(DateValue, usize)> = Vec::new();
    for m in &members {
        match dates.iter_mut().find(|(d, _)| *d == m.mention.date) {
            Some((_, n)) => *n += 1,
            None => dates.push((m.mention.date, 1)),
        }
    }
    dates.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.start.cmp(&b.0.start)));
    let date = dates[0].0;
    let distinct_days = {
        let mut days: Vec<_> = members.iter().map(|m| (m.mention.date.start, m.mention.date.end)).collect();
        days.sort();
        days.dedup();
        days.len()
    };
    let kind = members.iter().map(|m| m.kind).min().unwrap_or(Kind::Other);
    // Summary from the clearest mention: of the event's kind, told first-hand (not framed by
    // `X writes`, `Y said that`) unless it is a statement, naming an actor, short but whole.
    // (Only a mention of the event's kind can be the best, so only those are read for a frame;
    // syndicated copies share a summary, read once.)
    let mut framed: HashMap<&str, bool> = HashMap::default();
    let first_hand: Vec<bool> = members
        .iter()
        .map(|m| {
            kind == Kind::Statement
                || m.kind != kind
                || !*framed.entry(m.summary.as_str()).or_insert_with(|| reporting_frame(&m.summary))
        })
        .collect();
    let best = members
        .iter()
        .zip(&first_hand)
        .max_by_key(|&(m, &first_hand)| {
            (
                m.kind == kind,
                first_hand,
                !m.actors.is_empty(),
                (4..=22).contains(&m.summary_words) && !m.summary.ends_with('…'),
                m.mention.date.precision == Precision::Day,
                std::cmp::Reverse(m.summary_words),
            )
        })
        .map(|(m, _)| m.summary.clone())
        .unwrap_or_default();
    let actors = ranked(members.iter().map(|m| &m.actors));
    let places = ranked(members.iter().map(|m| &m.places));
    Event {
        date,
        summary: best,
        kind: Cow::Borrowed(kind.label()),
        actors,
        places,
        mentions: members.into_iter().map(|m| m.mention).collect(),
        date_disagreement: distinct_days > 1,
    }
}

/// Entities by how many mentions name them, then by first appearance.
fn ranked<'a>(lists: impl Iterator<Item = &'a Vec<u32>>) -> Vec<u32> {
    let mut counts: Vec<(u32, usize, usize)> = Vec::new();
    let mut order = 0;
    for list in lists {
        for &e in list {
            match counts.iter_mut().find(|c| c.0 == e) {
                Some(c) => c.1 += 1,
                None => {
                    counts.push((e, 1, order));
                    order += 1;
                }
            }
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    counts.into_iter().map(|c| c.0).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::Date;
    use crate::ingest::{ExternalMeta, ingest};
    use crate::model::Mention;

    /// `whitespace_pieces` counts as `split_whitespace` does.
    #[test]
    fn whitespace_pieces_split_like_split_whitespace() {
        for s in ["", " ", "a", " a  b\tc\x0bd\x0ce\r\nf ", "Troops arrived…  in Almaty", "a\u{a0}b\u{2003}c"] {
            assert_eq!(whitespace_pieces(s), s.split_whitespace().count(), "{s:?}");
        }
    }

    /// `date_key` orders dates as `Date` does.
    #[test]
    fn date_keys_order_like_dates() {
        let dates = [(-5, 12, 31), (-1, 1, 1), (0, 6, 15), (1999, 12, 31), (2000, 1, 1), (2022, 1, 7), (2022, 2, 1)];
        for a in dates {
            for b in dates {
                let (a, b) = (Date { y: a.0, m: a.1, d: a.2 }, Date { y: b.0, m: b.1, d: b.2 });
                assert_eq!(date_key(a).cmp(&date_key(b)), a.cmp(&b), "{a:?} {b:?}");
            }
        }
    }

    /// `find_within` is `find` limited to matches starting at most `max` bytes in.
    #[test]
    fn find_within_is_a_bounded_find() {
        let hays = ["ALMATY -- Troops arrived, and left", "a  --  b -- c", "On May 5, 1992, x", "—  — – x", "", "  "];
        for hay in hays {
            for needle in [" -- ", " — ", " – ", ", ", "  ", "x"] {
                for max in [0, 1, 5, 9, 40] {
                    let expected = hay.find(needle).filter(|&p| p <= max);
                    assert_eq!(find_within(hay, needle, max), expected, "{hay:?} {needle:?} {max}");
                }
            }
        }
    }

    /// A clause's words folded in one buffer are the words folded one by one.
    #[test]
    fn clause_words_fold_like_single_words() {
        let clause = "Almaty’s MAYOR `Said` Café-Owners left NATO’s Ünal in İzmir 2,000 it's";
        let own: Vec<text::Word<'_>> = words(clause).collect();
        let mut buf = String::new();
        let folded = fold_words(clause, &own, &mut buf);
        let one_by_one: Vec<String> = own.iter().map(|w| text::fold(w.text)).collect();
        assert_eq!(folded, one_by_one);
    }

    /// `classify` relies on the lexicon's order (kinds in priority order) and on every pattern
    /// starting with a word of two lower-case letters or more (its patterns are indexed by them).
    #[test]
    fn lexicon_is_in_kind_order_and_patterns_start_with_two_letters() {
        assert!(LEXICON.windows(2).all(|w| w[0].0 < w[1].0));
        for &(_, patterns) in LEXICON {
            for pat in patterns {
                assert!(letter_pair(pat[0].as_bytes()).is_some(), "{pat:?}");
            }
        }
    }

    /// `Kind::ALL` lists the variants in declaration order, ending with `Other` (declared last),
    /// so `KINDS` holds every label a corpus can carry.
    #[test]
    fn every_kind_is_listed_once_with_its_label() {
        for (i, k) in Kind::ALL.iter().enumerate() {
            assert_eq!(*k as usize, i, "{k:?} out of place in Kind::ALL");
            assert_eq!(KINDS[i], k.label());
        }
        assert_eq!(Kind::ALL.last(), Some(&Kind::Other));
        let mut labels = KINDS.to_vec();
        labels.sort_unstable();
        labels.dedup();
        assert_eq!(labels.len(), KINDS.len());
    }

    /// `(name, kind, [(article, words as written)])`.
    type EntitySpec<'a> = (&'a str, EntityKind, &'a [(u32, &'a str)]);

    /// Articles from texts, with hand-made timexes (`(article, words, date)`) and entities
    /// (`(name, kind, [(article, words)])`), so this stage is tested on its own.
    fn setup(
        texts: &[&str],
        dates: &[(u32, &str, DateValue)],
        ents: &[EntitySpec<'_>],
    ) -> (Vec<Article>, Vec<Timex>, Vec<Entity>) {
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let mut a = ingest(&format!("a{i}.txt"), t.as_bytes(), &ExternalMeta::default());
                crate::segment::segment(&mut a);
                a
            })
            .collect();
        let find = |a: u32, w: &str| {
            let at = articles[a as usize].text.find(w).unwrap_or_else(|| panic!("{w:?} not in article {a}"));
            Span::new(at, at + w.len())
        };
        let timexes = dates
            .iter()
            .map(|&(a, w, value)| Timex {
                article: a,
                span: find(a, w),
                value,
                rule: "test".into(),
                anchor: None,
                anchor_note: None,
            })
            .collect();
        let entities = ents
            .iter()
            .map(|&(name, kind, ms)| Entity {
                name: name.into(),
                kind,
                aliases: vec![],
                roles: vec![],
                mentions: ms.iter().map(|&(a, w)| Mention { article: a, span: find(a, w) }).collect(),
            })
            .collect();
        (articles, timexes, entities)
    }

    fn day(y: i32, m: u8, d: u8) -> DateValue {
        DateValue::day(Date::new(y, m, d).unwrap())
    }

    #[test]
    fn one_happening_in_two_outlets_is_one_event_and_other_happenings_stay_apart() {
        let a = "Wire headline for the test\n\nOn March 3, the governor asked the army for help. On March 3, rallies spread to the port.\n";
        let b = "Radio headline for the test\n\nLate on March 3, Governor Ivo Lind appealed to the army for help because of the rallies.\n";
        let (arts, tx, ents) = setup(
            &[a, b],
            &[
                (0, "March 3", day(2021, 3, 3)),
                (0, "On March 3, rallies", day(2021, 3, 3)),
                (1, "March 3", day(2021, 3, 3)),
            ],
            &[
                ("Ivo Lind", EntityKind::Person, &[(0, "governor"), (1, "Ivo Lind")]),
                ("Army", EntityKind::Organization, &[(0, "army"), (1, "army")]),
            ],
        );
        let events = extract(&arts, &ents, &tx, &[]);
        let appeal: Vec<_> = events.iter().filter(|e| e.kind == "appeal").collect();
        assert_eq!(appeal.len(), 1, "{events:#?}");
        assert_eq!(appeal[0].mentions.len(), 2, "{events:#?}");
        assert_ne!(appeal[0].mentions[0].article, appeal[0].mentions[1].article);
        assert!(!appeal[0].date_disagreement);
        assert!(appeal[0].summary.starts_with("The governor asked the army for help"), "{}", appeal[0].summary);
        assert!(
            events.iter().any(|e| e.kind == "protest" && e.mentions.len() == 1),
            "the rallies are another happening"
        );
    }

    #[test]
    fn a_city_meets_its_country_and_the_first_hand_account_names_the_event() {
        let a = "Wire headline for the test\n\nOn March 3, the first planes with allied troops landed in Paris.\n";
        let b = "Radio headline for the test\n\nAs analyst Jan Vos writes, the alliance, which sent its troops to France on March 3, changed.\n";
        let (arts, tx, ents) = setup(
            &[a, b],
            &[(0, "March 3", day(2021, 3, 3)), (1, "March 3", day(2021, 3, 3))],
            &[
                ("Paris", EntityKind::Place, &[(0, "Paris")]),
                ("France", EntityKind::Place, &[(1, "France")]),
                ("Jan Vos", EntityKind::Person, &[(1, "Jan Vos")]),
            ],
        );
        let events = extract(&arts, &ents, &tx, &[]);
        let landed: Vec<_> = events.iter().filter(|e| e.mentions.len() == 2).collect();
        assert_eq!(landed.len(), 1, "Paris lies in France: one happening {events:#?}");
        assert!(landed[0].summary.starts_with("The first planes"), "{}", landed[0].summary);
        assert!(landed[0].actors.is_empty(), "Jan Vos only writes about it: {:?}", landed[0].actors);
    }

    #[test]
    fn an_agency_in_a_dateline_and_a_ministry_quoted_as_the_source_are_not_actors() {
        let a = "Headline one for the test\n\nOSLO (Acme News) - The alliance sent troops to Oslo on May 4.\n";
        let b = "Headline two for the test\n\nAccording to the Defence Ministry, the alliance withdrew its troops from Bergen on June 9.\n";
        let (arts, tx, ents) = setup(
            &[a, b],
            &[(0, "May 4", day(2020, 5, 4)), (1, "June 9", day(2020, 6, 9))],
            &[
                ("Acme News", EntityKind::Organization, &[(0, "Acme News")]),
                ("Defence Ministry", EntityKind::Organization, &[(1, "Defence Ministry")]),
                ("Alliance", EntityKind::Organization, &[(0, "alliance"), (1, "alliance")]),
            ],
        );
        let events = extract(&arts, &ents, &tx, &[]);
        assert!(events.iter().all(|e| e.actors == [2]), "only the alliance acts: {events:#?}");
        assert_eq!(events.len(), 2, "{events:#?}");
    }

    #[test]
    fn who_reports_a_happening_is_not_its_actor_but_who_does_it_is() {
        let a =
            "Headline one for the test\n\nOn May 4, according to analyst Eva Berg, the alliance sent troops to Oslo.\n";
        let b = "Headline two for the test\n\nOn June 9, Minister Eva Berg sent troops to Bergen.\n";
        let (arts, tx, ents) = setup(
            &[a, b],
            &[(0, "May 4", day(2020, 5, 4)), (1, "June 9", day(2020, 6, 9))],
            &[
                ("Eva Berg", EntityKind::Person, &[(0, "Eva Berg"), (1, "Eva Berg")]),
                ("Alliance", EntityKind::Organization, &[(0, "alliance")]),
                ("Oslo", EntityKind::Place, &[(0, "Oslo")]),
                ("Bergen", EntityKind::Place, &[(1, "Bergen")]),
            ],
        );
        let events = extract(&arts, &ents, &tx, &[]);
        let on =
            |m: u8, d: u8| events.iter().find(|e| e.date.start == Date::new(2020, m, d).unwrap()).expect("the event");
        assert_eq!(on(5, 4).actors, [1], "the alliance acts; Eva Berg is only the source: {events:#?}");
        assert_eq!(on(6, 9).actors, [0], "here Eva Berg acts: {events:#?}");
    }

    #[test]
    fn a_one_day_difference_merges_with_a_flag() {
        let a = "Headline one for the test\n\nOn June 1, Acme Corp withdrew its staff from the plant.\n";
        let b = "Headline two for the test\n\nOn June 2, Acme Corp withdrew staff from the plant.\n";
        let (arts, tx, ents) = setup(
            &[a, b],
            &[(0, "June 1", day(2020, 6, 1)), (1, "June 2", day(2020, 6, 2))],
            &[("Acme Corp", EntityKind::Organization, &[(0, "Acme Corp"), (1, "Acme Corp")])],
        );
        let events = extract(&arts, &ents, &tx, &[]);
        assert_eq!(events.len(), 1, "{events:#?}");
        assert!(events[0].date_disagreement);
    }

    #[test]
    fn several_dates_in_one_sentence_make_several_events() {
        let a = "Headline for the test here\n\nIn 1999, Freedonia left the union, but in 2006 it joined back, to leave it again in 2012.\n";
        let (arts, tx, ents) = setup(
            &[a],
            &[
                (0, "1999", DateValue::year(1999)),
                (0, "2006", DateValue::year(2006)),
                (0, "2012", DateValue::year(2012)),
            ],
            &[("Freedonia", EntityKind::Place, &[(0, "Freedonia")])],
        );
        let events = extract(&arts, &ents, &tx, &[]);
        let years: Vec<String> = events.iter().map(|e| e.date.value()).collect();
        assert_eq!(years, ["1999", "2006", "2012"], "{events:#?}");
        assert!(events.iter().all(|e| e.kind == "membership"));
    }

    #[test]
    fn quoted_words_make_no_event() {
        let a = "Headline for the test here\n\n“On May 2 the army arrived,” she said.\n";
        let (arts, tx, ents) = setup(&[a], &[(0, "May 2", day(2020, 5, 2))], &[]);
        let q = Quote {
            article: 0,
            span: Span::new(arts[0].text.find("On May").unwrap(), arts[0].text.find(",”").unwrap() + 1),
            parts: vec![],
            kind: crate::model::QuoteKind::Direct,
            multi_paragraph: false,
            interrupted: false,
            nested_in: None,
            speaker: None,
            speaker_text: None,
            speaker_span: None,
            cue: None,
            date: None,
            date_timex: None,
        };
        let q = Quote { parts: vec![q.span], ..q };
        assert!(extract(&arts, &ents, &tx, &[q]).is_empty());
    }

    fn kind_of(s: &str) -> Kind {
        let folded = text::Folded::new(words(s).map(|w| w.text));
        classify(&folded.iter().collect::<Vec<_>>())
    }

    #[test]
    fn kinds_follow_the_news_verb_not_the_reporting_frame() {
        assert_eq!(kind_of("the minister turned to the alliance for help because of the unrest"), Kind::Appeal);
        assert_eq!(kind_of("as the expert writes, the alliance sent its troops to the country"), Kind::Deployment);
        assert_eq!(kind_of("speaking at a summit, the president said that"), Kind::Meeting);
        assert_eq!(kind_of("the rallies had escalated into riots"), Kind::Protest);
        assert_eq!(kind_of("the troops began withdrawing from the country"), Kind::Withdrawal);
        assert_eq!(kind_of("the spokesman said nothing new"), Kind::Statement);
        assert_eq!(kind_of("the weather was fine"), Kind::Other);
        assert_eq!(kind_of("on march 3 the governor asked the army for help"), Kind::Appeal);
        assert_eq!(kind_of("on march 3 the governor asked whether it would rain"), Kind::Other);
    }

    #[test]
    fn stems_meet_across_inflections() {
        for (a, b) in
            [("protests", "protest"), ("arrived", "arrive"), ("withdrawing", "withdraw"), ("rallies", "rally")]
        {
            assert_eq!(stem(a), stem(b), "{a} / {b}");
        }
    }

    #[test]
    fn leading_dates_and_trailing_clauses_are_trimmed() {
        assert_eq!(
            strip_leading_date(
                "On January 5, three days after the start of the protests, the president asked for help."
            ),
            "the president asked for help."
        );
        assert_eq!(strip_leading_date("Late on January 5, the president appealed."), "the president appealed.");
        assert_eq!(strip_leading_date("In Almaty, shops were looted."), "In Almaty, shops were looted.");
        assert_eq!(strip_leading_date("On May 15, 1992, six states signed a treaty."), "six states signed a treaty.");
        assert_eq!(strip_leading_date("In 1992, 40 states met."), "40 states met.");
        // Wire datelines, with or without a date and an agency.
        assert_eq!(strip_leading_date("TASHKENT -- Observers are wary."), "Observers are wary.");
        assert_eq!(
            strip_leading_date("BISHKEK, March 3 (Reuters) - Kyrgyz President Sadyr Japarov met an envoy."),
            "Kyrgyz President Sadyr Japarov met an envoy."
        );
        assert_eq!(strip_leading_date("LONDON (AP) — Prices rose."), "Prices rose.");
        // (A clause cut after the place's comma keeps the date and agency.)
        assert_eq!(strip_leading_date("April 24 (Reuters) - A court sentenced him."), "A court sentenced him.");
        assert_eq!(
            strip_leading_date("April 24 was a Monday (it rained) - or so."),
            "April 24 was a Monday (it rained) - or so."
        );
        // A sentence with a dash is not a dateline.
        assert_eq!(strip_leading_date("Prices rose - and fell."), "Prices rose - and fell.");
        assert_eq!(strip_leading_date("NATO said this. Then - nothing."), "NATO said this. Then - nothing.");
        let cut = |s| {
            let ends: Vec<usize> = words(s).take(SUMMARY_WORDS + 1).map(|w| w.end).collect();
            cut_clause(s, &ends).into_owned()
        };
        assert_eq!(
            cut("The protests began on January 2 due to the rapid rise in gas prices"),
            "The protests began on January 2"
        );
        // A marker after fewer than five words does not cut; more than 22 words end in an ellipsis.
        assert_eq!(cut("Prices rose because of gas"), "Prices rose because of gas");
        let long = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen \
                    sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three";
        assert!(cut(long).ends_with("twenty-two…"));
    }
}
