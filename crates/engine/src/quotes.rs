//! Stage 5: quotations and who said them.
//!
//! Only the article's own words are searched: the headline and the body. Captions and reader
//! comments are never sources of quotations.
//!
//! 1. `marks` (`quotes/marks.rs`) pairs quotation marks into segments (balanced or not, over
//!    paragraphs, nested).
//! 2. Each segment is a **term** (scare quotes, single words, titles: `“sleeping” cells`, the
//!    `“clan”`, `"One Hundred Years of Solitude"`) or a **quotation**: a term has at most three
//!    words (unless it is direct speech, `“No,” he said`), or is a capitalised title, or a short
//!    lower-case fragment nobody is said to have said.
//! 3. `attribution` (`quotes/attribution.rs`) reads the speaker and the speech verb around a
//!    quotation: after it (`,” Ergashev said`), before it (`Lukashenko said that “…”`), between
//!    dashes inside it.
//!    A quotation with no attribution of its own continues the previous speaker's words: in the
//!    same paragraph right after that speaker's attribution it is one quotation **interrupted**
//!    by it (`“…,” she said. “…”`), otherwise a continuation with the same speaker.
//! 4. `coref` (`quotes/coref.rs`) turns the speaker as written into an entity (names, pronouns,
//!    role nouns).
//! 5. Paragraphs without marks that end in a `Name Role` line, or are followed by a one-line
//!    paragraph signing them (`Nodira Karimova, a member of the city council`), are **block**
//!    quotations; a
//!    headline `Name: statement` is a **headline** quotation; in a Q&A, answers are the
//!    interviewee's and questions the outlet's (**interview**).
//! 6. The date said: a day-precise date in the attribution's sentence, else in the sentence
//!    before it in the same paragraph when that sentence names the same speaker.

pub(crate) mod attribution;
pub(crate) mod coref;
pub(crate) mod marks;

use attribution::{Attr, NpKind};
use marks::Seg;

use crate::date::{DateValue, Precision};
use crate::lexicon::Gender;
use crate::model::{Article, Entity, EntityKind, LineRole, ParagraphKind, Quote, QuoteKind, Span, Term, Timex};
use crate::text::{self, is_space};
use std::cell::OnceCell;

/// Finds statements and quoted terms in all articles.
pub fn extract(articles: &[Article], entities: &[Entity], timexes: &[Timex]) -> (Vec<Quote>, Vec<Term>) {
    let mentions = crate::entities::mentions_by_article(entities, articles.len());
    let mut times: Vec<Vec<u32>> = vec![Vec::new(); articles.len()];
    for (i, t) in timexes.iter().enumerate() {
        if let Some(v) = times.get_mut(t.article as usize) {
            v.push(i as u32);
        }
    }
    for v in &mut times {
        v.sort_by_key(|&i| timexes[i as usize].span.start);
    }
    let mut quotes = Vec::new();
    let mut terms = Vec::new();
    let role_gender = vec![OnceCell::new(); entities.len()];
    for (ai, a) in articles.iter().enumerate() {
        let cx = Cx {
            ai: ai as u32,
            a,
            entities,
            mentions: &mentions[ai],
            timexes,
            times: &times[ai],
            role_gender: &role_gender,
        };
        cx.run(&mut quotes, &mut terms);
    }
    (quotes, terms)
}

/// Everything one article's quotations are read against.
struct Cx<'a> {
    ai: u32,
    a: &'a Article,
    entities: &'a [Entity],
    mentions: &'a [(Span, u32)],
    timexes: &'a [Timex],
    /// This article's timexes (indices into `timexes`), by position.
    times: &'a [u32],
    /// [`coref::role_gender`] by entity, computed once for all articles.
    role_gender: &'a [OnceCell<Option<Gender>>],
}

/// A quotation being assembled.
#[derive(Clone, Debug)]
struct Q {
    parts: Vec<Span>,
    kind: QuoteKind,
    paragraphs: (u32, u32),
    close: Option<Span>,
    interrupted: bool,
    attr: Option<Attr>,
    /// The attribution came after the closing mark.
    attr_after: bool,
    /// Took its speaker from the quotation before it.
    inherited: bool,
    speaker: Option<u32>,
    speaker_text: Option<String>,
    speaker_span: Option<Span>,
    cue: Option<String>,
    nested: Vec<Seg>,
    /// For quotations inside an interview paragraph: that paragraph.
    in_paragraph: Option<u32>,
}

struct Metrics {
    /// The number of words, counted up to [`MANY_WORDS`] (every test on it is against fewer).
    words: usize,
    upper: bool,
    terminal: bool,
    title_case: bool,
}

/// Word counts stop here: eleven words or more are "many" for every test on [`Metrics::words`].
const MANY_WORDS: usize = 11;

/// The metrics of the quoted `parts`; `lower` is scratch space (see [`is_function_word`]).
fn metrics(text: &str, parts: &[Span], lower: &mut String) -> Metrics {
    let mut words = 0;
    // Title case: at least two content words (not function words), every one capitalised, in
    // at most 64 words. Once that fails, only the word count is read on.
    let mut title = true;
    let mut content = 0;
    'parts: for p in parts {
        for w in text::words(&text[p.range()]) {
            words += 1;
            if words > 64 {
                // Long enough: a statement, whatever its capitals.
                title = false;
            }
            if !title && words >= MANY_WORDS {
                break 'parts;
            }
            if title && !is_function_word(w.text, lower) {
                content += 1;
                title = w.is_capitalized();
            }
        }
    }
    let first = parts.first().map_or("", |p| &text[p.range()]);
    let last = parts.last().map_or("", |p| &text[p.range()]);
    let c0 = first.chars().find(|c| !text::is_quote_mark(*c) && !matches!(c, '[' | '(' | '…' | '.'));
    let upper = c0.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let end = last.trim_end_matches(|c: char| is_space(c) || text::is_closer(c) || c == ',');
    let terminal = end.ends_with(|c: char| text::is_terminal(c));
    Metrics { words, upper, terminal, title_case: title && content >= 2 && !terminal }
}

/// Is `word` (ASCII, at most 24 bytes) a function word in any case? `lower` is scratch space,
/// used only when the word has capitals (most words are already lower case).
fn is_function_word(word: &str, lower: &mut String) -> bool {
    let b = word.as_bytes();
    if b.len() > 24 || !b.is_ascii() {
        return false;
    }
    if !b.iter().any(u8::is_ascii_uppercase) {
        return crate::lexicon::is_function(word);
    }
    lower.clear();
    lower.push_str(word);
    lower.make_ascii_lowercase();
    crate::lexicon::is_function(lower)
}

impl Cx<'_> {
    fn text(&self) -> &str {
        &self.a.text
    }

    /// The sentence containing byte `pos` (or the last one starting before it).
    fn sentence(&self, pos: u32) -> Option<usize> {
        let s = &self.a.sentences;
        let i = s.partition_point(|x| x.span.start <= pos).checked_sub(1)?;
        (s[i].span.end >= pos).then_some(i)
    }

    fn run(&self, quotes: &mut Vec<Quote>, terms: &mut Vec<Term>) {
        let a = self.a;
        let text = self.text();
        let segs = marks::find(a);
        // Scratch space for `metrics` and `attribution::clause`.
        let mut lower = String::new();
        let mets: Vec<Metrics> = segs.iter().map(|s| metrics(text, &s.parts, &mut lower)).collect();
        // Contents of segments long enough to be statements: their words are never read as
        // attribution.
        let mut skip: Vec<Span> = Vec::new();
        // Paragraphs holding such a segment.
        let mut quoted_paragraph = vec![false; a.paragraphs.len()];
        for (s, m) in segs.iter().zip(&mets) {
            if !s.single && m.words >= 4 {
                skip.extend(s.parts.iter().copied());
                for p in s.paragraphs.0..=s.paragraphs.1 {
                    if let Some(q) = quoted_paragraph.get_mut(p as usize) {
                        *q = true;
                    }
                }
            }
        }
        skip.sort_by_key(|s| s.start);
        let mut qs: Vec<Q> = Vec::new();
        let mut my_terms: Vec<Span> = Vec::new();
        for (si, seg) in segs.iter().enumerate() {
            let m = &mets[si];
            let pkind = a.paragraphs.get(seg.paragraphs.0 as usize).map_or(ParagraphKind::Text, |p| p.kind);
            if matches!(pkind, ParagraphKind::Question | ParagraphKind::Answer) {
                if m.words <= 3 || seg.single {
                    my_terms.extend(seg.parts.iter().copied());
                    nested_terms(&seg.nested, &mut my_terms);
                } else {
                    let mut q = self.bare(seg, QuoteKind::Partial, Some(seg.paragraphs.0));
                    // Someone the answer quotes by name (`As my colleague X once said, “…”`).
                    let next_open = segs.get(si + 1).map(|n| n.open.start);
                    let named = |a: &Option<Attr>| a.as_ref().is_some_and(|a| a.np.kind == NpKind::Name);
                    let before = self.before_attr(seg, &skip, &mut lower);
                    if named(&before) {
                        q.attr = before;
                    } else {
                        let after = self.after_attr(seg, next_open, &skip, &mut lower);
                        if named(&after) {
                            q.attr = after;
                            q.attr_after = true;
                        }
                    }
                    qs.push(q);
                }
                continue;
            }
            let next_open = segs.get(si + 1).map(|n| n.open.start);
            let after = self
                .after_attr(seg, next_open, &skip, &mut lower)
                .or_else(|| self.next_sentence_attr(seg, next_open, &mut lower));
            let inner = seg.inner.and_then(|sp| {
                let w = attribution::clause(text, sp, &[], &mut lower);
                attribution::after(text, &w)
            });
            let before = self.before_attr(seg, &skip, &mut lower);
            let adjacent = after.as_ref().is_some_and(|x| x.adjacent)
                || inner.is_some()
                || before.as_ref().is_some_and(|b| b.adjacent)
                || self.colon_before(seg);
            let any_attr = after.is_some() || inner.is_some() || before.is_some();
            // A whole sentence in quotation marks is a statement, however short.
            let sentence = m.upper && m.terminal && self.starts_sentence(seg.open.start);
            let is_term = if seg.single {
                !(adjacent && m.upper && m.words >= 2)
            } else {
                (m.words <= 3 && !(adjacent && (m.upper || m.terminal)) && !sentence)
                    || (m.title_case && m.words <= 10 && !adjacent)
                    || (!m.upper && !m.terminal && m.words <= 5 && !any_attr)
            };
            if is_term {
                my_terms.extend(seg.parts.iter().copied());
                nested_terms(&seg.nested, &mut my_terms);
                continue;
            }
            let starts_sentence = self.starts_sentence(seg.open.start);
            let multi = seg.paragraphs.0 != seg.paragraphs.1;
            let direct = multi || m.upper && (starts_sentence || adjacent || self.colon_before(seg));
            let kind = if direct { QuoteKind::Direct } else { QuoteKind::Partial };
            let mut order: [(Option<Attr>, bool); 3] = if direct {
                [(after, true), (inner, false), (before, false)]
            } else {
                [(before, false), (after, true), (inner, false)]
            };
            let chosen = order
                .iter()
                .position(|(x, _)| x.as_ref().is_some_and(|x| x.np.kind == NpKind::Name))
                .or_else(|| order.iter().position(|(x, _)| x.is_some()));
            let mut q = self.bare(seg, kind, None);
            q.interrupted = seg.inner.is_some();
            if let Some(i) = chosen {
                q.attr = order[i].0.take();
                q.attr_after = order[i].1;
            }
            qs.push(q);
        }
        let qs = self.merge_and_continue(qs);
        let mut qs = self.resolve(qs);
        qs.extend(self.block_quotes(&quoted_paragraph));
        qs.extend(self.headline());
        qs.extend(self.interview());
        qs.sort_by_key(|q| (q.parts.first().map_or(0, |p| p.start), q.in_paragraph.is_some()));
        self.emit(qs, quotes, terms, my_terms);
    }

    /// A quotation with no attribution yet.
    fn bare(&self, seg: &Seg, kind: QuoteKind, in_paragraph: Option<u32>) -> Q {
        Q {
            parts: seg.parts.clone(),
            kind,
            paragraphs: seg.paragraphs,
            close: seg.close,
            interrupted: false,
            attr: None,
            attr_after: false,
            inherited: false,
            speaker: None,
            speaker_text: None,
            speaker_span: None,
            cue: None,
            nested: seg.nested.clone(),
            in_paragraph,
        }
    }

    fn starts_sentence(&self, pos: u32) -> bool {
        let Some(s) = self.sentence(pos) else { return true };
        let before = &self.text()[self.a.sentences[s].span.start as usize..pos as usize];
        before.chars().all(|c| is_space(c) || text::is_dash(c) || text::is_quote_mark(c))
    }

    /// `He added:` right before the opening mark, or at the end of the paragraph before.
    fn colon_before(&self, seg: &Seg) -> bool {
        let t = self.text()[..seg.open.start as usize].trim_end_matches(is_space);
        t.ends_with(':')
    }

    fn skip_in(skip: &[Span], region: Span) -> &[Span] {
        let i = skip.partition_point(|s| s.end <= region.start);
        let j = skip.partition_point(|s| s.start < region.end);
        &skip[i..j.max(i)]
    }

    /// The attribution after the closing mark, to the end of its sentence.
    fn after_attr(&self, seg: &Seg, next_open: Option<u32>, skip: &[Span], lower: &mut String) -> Option<Attr> {
        let close = seg.close?;
        let s = self.sentence(close.start)?;
        let mut end = self.a.sentences[s].span.end.min(close.end + 400);
        if let Some(n) = next_open.filter(|&n| n >= close.end) {
            end = end.min(n);
        }
        if end <= close.end {
            return None;
        }
        let region = Span { start: close.end, end: floor_boundary(self.text(), end as usize) as u32 };
        let w = attribution::clause(self.text(), region, Self::skip_in(skip, region), lower);
        attribution::after(self.text(), &w)
    }

    /// `“You don't?” Rubio asked.`: when the quotation ends its sentence with `?`, `!` or `.`,
    /// the next sentence may open with the attribution (a name or pronoun and a speech verb
    /// within its first four words).
    fn next_sentence_attr(&self, seg: &Seg, next_open: Option<u32>, lower: &mut String) -> Option<Attr> {
        let close = seg.close?;
        let s = self.sentence(close.start)?;
        let sents = &self.a.sentences;
        let cur = &sents[s];
        let rest = &self.text()[close.end as usize..cur.span.end as usize];
        if !rest.chars().all(|c| is_space(c) || text::is_closer(c)) {
            return None;
        }
        let last = seg.parts.last()?;
        let inner = self.text()[last.range()].trim_end();
        if !inner.ends_with(['?', '!', '.', '…']) {
            return None;
        }
        let next = sents.get(s + 1).filter(|n| n.paragraph == cur.paragraph)?;
        let mut end = next.span.end.min(next.span.start + 300);
        if let Some(n) = next_open.filter(|&n| n > next.span.start) {
            end = end.min(n);
        }
        let region = Span { start: next.span.start, end: floor_boundary(self.text(), end as usize) as u32 };
        let w = attribution::clause(self.text(), region, &[], lower);
        let cue_at = w.iter().take(4).position(|x| crate::lexicon::is_cue_verb(&x.lower) && !x.cap)?;
        let attr = attribution::after(self.text(), &w)?;
        let ok = matches!(attr.np.kind, NpKind::Name | NpKind::Pronoun(_)) && cue_at <= 3;
        ok.then_some(attr)
    }

    /// The attribution before the opening mark, from the start of its sentence (or from the
    /// last sentence of the paragraph before, when that ends with a colon).
    fn before_attr(&self, seg: &Seg, skip: &[Span], lower: &mut String) -> Option<Attr> {
        let text = self.text();
        let open = seg.open.start;
        let s = self.sentence(open)?;
        let mut start = self.a.sentences[s].span.start;
        if self.starts_sentence(open) && self.colon_before(seg) && s > 0 {
            start = self.a.sentences[s - 1].span.start;
        }
        let start = start.max(open.saturating_sub(600));
        let region = Span { start: ceil_boundary(text, start as usize) as u32, end: open };
        if region.is_empty() {
            return None;
        }
        let w = attribution::clause(text, region, Self::skip_in(skip, region), lower);
        attribution::before(text, &w)
    }

    /// Interrupted quotations and continuations: a quotation with no attribution of its own
    /// takes the previous one's speaker.
    fn merge_and_continue(&self, qs: Vec<Q>) -> Vec<Q> {
        let mut out: Vec<Q> = Vec::with_capacity(qs.len());
        for mut q in qs {
            if q.in_paragraph.is_some() {
                out.push(q);
                continue;
            }
            let Some(prev) = out.iter_mut().rev().find(|p| p.in_paragraph.is_none()) else {
                out.push(q);
                continue;
            };
            let same_para = q.paragraphs.0 == prev.paragraphs.1;
            let shares_cue = match (&q.attr, &prev.attr) {
                (Some(a), Some(b)) => a.cue_span == b.cue_span,
                _ => false,
            };
            if same_para && prev.attr.is_some() && prev.attr_after && (q.attr.is_none() || shares_cue) {
                // Right after the attribution sentence: one quotation, interrupted.
                let prev_close_sentence = prev.close.and_then(|c| self.sentence(c.start));
                let q_sentence = q.parts.first().and_then(|p| self.sentence(p.start));
                let next_to = match (prev_close_sentence, q_sentence) {
                    (Some(x), Some(y)) => y == x || y == x + 1,
                    _ => false,
                };
                if next_to && q.kind == QuoteKind::Direct {
                    prev.parts.extend(q.parts);
                    prev.close = q.close;
                    prev.paragraphs.1 = q.paragraphs.1;
                    prev.interrupted = true;
                    prev.nested.extend(q.nested);
                    continue;
                }
            }
            if q.attr.is_none() && prev.attr.is_some() {
                let prev_para_next = q.paragraphs.0 == prev.paragraphs.1 + 1
                    && q.parts.first().is_some_and(|p| self.starts_paragraph(p.start, q.paragraphs.0));
                if same_para || prev_para_next && q.kind == QuoteKind::Direct {
                    q.attr.clone_from(&prev.attr);
                    q.inherited = true;
                }
            }
            out.push(q);
        }
        out
    }

    fn starts_paragraph(&self, pos: u32, p: u32) -> bool {
        let Some(para) = self.a.paragraphs.get(p as usize) else { return false };
        let before = &self.text()[para.span.start as usize..(pos as usize).max(para.span.start as usize)];
        before.chars().all(|c| is_space(c) || text::is_quote_mark(c))
    }

    /// Speakers as entities, in text order (pronouns need the speakers before them).
    fn resolve(&self, mut qs: Vec<Q>) -> Vec<Q> {
        if qs.iter().all(|q| q.attr.is_none()) {
            // Nothing to resolve (and no resolver to set up).
            return qs;
        }
        let mut quoted: Vec<Span> = qs.iter().flat_map(|q| q.parts.iter().copied()).collect();
        quoted.sort_by_key(|s| s.start);
        let mut cr = coref::Coref::new(self.a, self.entities, self.mentions, &quoted, self.role_gender);
        let mut last: Option<(Span, Option<u32>)> = None;
        for q in &mut qs {
            let Some(attr) = &q.attr else { continue };
            let e = match (q.inherited, last) {
                (true, Some((sp, e))) if sp == attr.np.span => e,
                _ => cr.resolve(&attr.np),
            };
            if let Some(e) = e {
                cr.note_speaker(attr.np.span.start, e);
            }
            last = Some((attr.np.span, e));
            q.speaker = e;
            q.speaker_text = Some(self.text()[attr.np.span.range()].to_string());
            q.speaker_span = Some(attr.np.span);
            q.cue = Some(attr.cue.clone());
        }
        qs
    }

    /// Paragraphs that end with a `Name Role` line (`… leave. Anthony Blinken US Secretary of
    /// State`): the rest of the paragraph is that person's statement.
    /// `Name Role` or `Name, a role phrase` with no sentence punctuation: the signature under a
    /// block quotation, as the person's mention and entity.
    fn signature(&self, line: Span) -> Option<(Span, u32)> {
        let text = self.text();
        let t = &text[line.range()];
        if t.ends_with(|c: char| text::is_terminal(c) || c == ',' || c == ':') {
            return None;
        }
        let i = self.mentions.partition_point(|m| m.0.start < line.start);
        let &(m, e) = self.mentions.get(i).filter(|m| m.0.start == line.start)?;
        if self.entities[e as usize].kind != EntityKind::Person || m.end >= line.end {
            return None;
        }
        let role = &text[m.end as usize..line.end as usize];
        let ws: Vec<text::Word<'_>> = text::words(t).collect();
        // After a comma the role may be written in lower case (`Nodira Karimova, a member of
        // the city council`); without one, every word is capitalised (`Anthony Blinken US
        // Secretary of State`).
        let apposed = role.trim_start().starts_with(',');
        let words_ok =
            apposed || ws.iter().all(|w| w.is_capitalized() || matches!(w.text, "of" | "the" | "for" | "and" | "de"));
        let has_role = text::words(role).any(|w| text::with_lowercase(w.text, crate::lexicon::is_role_noun));
        ((2..=14).contains(&ws.len()) && words_ok && has_role).then_some((m, e))
    }

    fn block_quotes(&self, quoted_paragraph: &[bool]) -> Vec<Q> {
        let a = self.a;
        let mut out = Vec::new();
        for (pi, p) in a.paragraphs.iter().enumerate() {
            if p.kind != ParagraphKind::Text || p.sentences.1 <= p.sentences.0 {
                continue;
            }
            // A paragraph with a quotation of its own is not a block quotation.
            if quoted_paragraph.get(pi).copied().unwrap_or(false) {
                continue;
            }
            // The signature: the paragraph's last sentence, or a paragraph of one line after it.
            let last = &a.sentences[p.sentences.1 as usize - 1];
            let own = (p.sentences.1 >= p.sentences.0 + 2).then(|| self.signature(last.span)).flatten();
            let next_para = a.paragraphs.get(pi + 1).filter(|n| {
                n.kind == ParagraphKind::Text
                    && n.sentences.1 == n.sentences.0 + 1
                    && !quoted_paragraph.get(pi + 1).copied().unwrap_or(false)
            });
            let (span, (m, e)) = if let Some(sig) = own {
                let prev = &a.sentences[p.sentences.1 as usize - 2];
                (Span { start: p.span.start, end: prev.span.end }, sig)
            } else if let Some(sig) = next_para.and_then(|n| self.signature(n.span)) {
                (Span { start: p.span.start, end: last.span.end }, sig)
            } else {
                continue;
            };
            let text = self.text();
            out.push(Q {
                parts: vec![span],
                kind: QuoteKind::Block,
                paragraphs: (pi as u32, pi as u32),
                close: None,
                interrupted: false,
                attr: None,
                attr_after: false,
                inherited: false,
                speaker: Some(e),
                speaker_text: Some(text[m.range()].to_string()),
                speaker_span: Some(m),
                cue: None,
                nested: Vec::new(),
                in_paragraph: None,
            });
        }
        out
    }

    /// `Khamroev: It is important …` as the headline.
    fn headline(&self) -> Option<Q> {
        let a = self.a;
        let text = self.text();
        let line = a.lines.iter().find(|l| l.role == LineRole::Title && l.duplicate_of.is_none())?;
        let t = &text[line.span.range()];
        let colon = t.find(':').filter(|&c| c > 0 && c < 60)?;
        let who = t[..colon].trim();
        let ws: Vec<text::Word<'_>> = text::words(who).collect();
        if ws.is_empty() || ws.len() > 4 || !ws.iter().all(|w| w.is_capitalized()) {
            return None;
        }
        let base = line.span.start as usize;
        let who_start = base + (who.as_ptr() as usize - t.as_ptr() as usize);
        let who_span = Span::new(who_start, who_start + who.len());
        let rest_start = base + colon + 1;
        let rest = &text[rest_start..line.span.end as usize];
        let (off, r) = text::trim_span(rest);
        let r = r.trim_matches(|c: char| text::is_quote_mark(c));
        let lead = rest[off..].find(r).unwrap_or(0);
        if text::words(r).count() < 3 {
            return None;
        }
        let span = Span::new(rest_start + off + lead, rest_start + off + lead + r.len());
        let speaker = self
            .mentions
            .iter()
            .find(|(m, e)| who_span.contains(*m) && self.entities[*e as usize].kind == EntityKind::Person)
            .map(|&(_, e)| e);
        // Only a person the article names (`Breaking: …`, `Kazakhstan: …` are not speakers).
        speaker?;
        Some(Q {
            parts: vec![span],
            kind: QuoteKind::Headline,
            paragraphs: (0, 0),
            close: None,
            interrupted: false,
            attr: None,
            attr_after: false,
            inherited: false,
            speaker,
            speaker_text: Some(who.to_string()),
            speaker_span: Some(who_span),
            cue: None,
            nested: Vec::new(),
            in_paragraph: None,
        })
    }

    /// Q&A paragraphs: answers are the interviewee's, questions the outlet's. (Quotations inside
    /// them carry `in_paragraph` and are nested in the paragraph's record by [`Cx::emit`].)
    fn interview(&self) -> Vec<Q> {
        let a = self.a;
        let Some(first_q) = a.paragraphs.iter().position(|p| p.kind == ParagraphKind::Question) else {
            return Vec::new();
        };
        // The interviewee: the person named most before the first question (and in the
        // headline); on a tie, the one named last.
        let limit = a.paragraphs[first_q].span.start;
        let mut counts: Vec<(u32, usize, u32)> = Vec::new();
        for &(m, e) in self.mentions.iter().take_while(|(m, _)| m.start < limit) {
            if self.entities[e as usize].kind != EntityKind::Person {
                continue;
            }
            match counts.iter_mut().find(|c| c.0 == e) {
                Some(c) => {
                    c.1 += 1;
                    c.2 = m.start;
                }
                None => counts.push((e, 1, m.start)),
            }
        }
        let interviewee = counts.iter().max_by_key(|c| (c.1, c.2)).map(|c| c.0);
        let outlet_name = a.outlet.as_ref().map(|o| o.value.clone());
        let outlet = outlet_name.as_ref().and_then(|o| {
            let k = crate::entities::gazetteer::key(o);
            self.mentions.iter().map(|m| m.1).find(|&e| {
                let e = &self.entities[e as usize];
                core::iter::once(&e.name).chain(&e.aliases).any(|n| crate::entities::gazetteer::key(n) == k)
            })
        });
        let mut out = Vec::new();
        for (pi, p) in a.paragraphs.iter().enumerate() {
            let (speaker, speaker_text) = match p.kind {
                ParagraphKind::Answer => (interviewee, interviewee.map(|e| self.entities[e as usize].name.clone())),
                ParagraphKind::Question => (outlet, outlet_name.clone()),
                _ => continue,
            };
            out.push(Q {
                parts: vec![p.span],
                kind: QuoteKind::Interview,
                paragraphs: (pi as u32, pi as u32),
                close: None,
                interrupted: false,
                attr: None,
                attr_after: false,
                inherited: false,
                speaker,
                speaker_text,
                speaker_span: None,
                cue: None,
                nested: Vec::new(),
                in_paragraph: None,
            });
        }
        out
    }

    /// The date the words were said, when the text gives one (see the module docs).
    fn date_of(&self, q: &Q) -> Option<(DateValue, u32)> {
        let first = q.parts.first()?;
        let last = q.parts.last()?;
        let anchor = q.attr.as_ref().map(|x| x.cue_span).or(q.speaker_span).unwrap_or(*first);
        let s0 = self.sentence(first.start.min(anchor.start))?;
        let s1 = self.sentence(last.end.max(anchor.end).saturating_sub(1)).unwrap_or(s0).max(s0);
        let sents = &self.a.sentences;
        let region = Span { start: sents[s0].span.start, end: sents[s1].span.end };
        let inside = |sp: Span| q.parts.iter().any(|p| p.contains(sp) || p.overlaps(sp));
        if let Some(t) = self.closest_day(region, anchor, &inside) {
            return Some(t);
        }
        // The sentence before, in the same paragraph, naming the same speaker.
        let speaker = q.speaker?;
        if s0 == 0 || sents[s0 - 1].paragraph != sents[s0].paragraph {
            return None;
        }
        let prev = sents[s0 - 1].span;
        let i = self.mentions.partition_point(|m| m.0.start < prev.start);
        let names = self.mentions[i..].iter().take_while(|m| m.0.start < prev.end).any(|m| m.1 == speaker);
        if !names {
            return None;
        }
        self.closest_day(prev, anchor, &|_| false)
    }

    fn closest_day(&self, region: Span, anchor: Span, excluded: &dyn Fn(Span) -> bool) -> Option<(DateValue, u32)> {
        let i = self.times.partition_point(|&t| self.timexes[t as usize].span.start < region.start);
        self.times[i..]
            .iter()
            .map(|&t| (t, &self.timexes[t as usize]))
            .take_while(|(_, t)| t.span.start < region.end)
            .filter(|(_, t)| t.value.precision == Precision::Day && t.span.end <= region.end && !excluded(t.span))
            .min_by_key(|(_, t)| (t.span.start as i64 - anchor.start as i64).abs())
            .map(|(i, t)| (t.value, i))
    }

    /// Turns the assembled quotations into records: nested ones right after their parent.
    fn emit(&self, mut qs: Vec<Q>, quotes: &mut Vec<Quote>, terms: &mut Vec<Term>, mut my_terms: Vec<Span>) {
        let text = self.text();
        let mut paragraph_quote: Vec<(u32, u32)> = Vec::new();
        let mut lower = String::new();
        // First the interview paragraphs' own records, so nested ones can point at them.
        let mut order: Vec<usize> = (0..qs.len()).collect();
        order.sort_by_key(|&i| (qs[i].parts.first().map_or(0, |p| p.start), qs[i].in_paragraph.is_some()));
        for i in order {
            let q = &mut qs[i];
            let Some(&first) = q.parts.first() else { continue };
            let last = q.parts.last().copied().unwrap_or(first);
            let date = self.date_of(q);
            // (Each quotation is emitted once: its parts and strings move into the record.)
            let parts = core::mem::take(&mut q.parts);
            let nested_in = q.in_paragraph.and_then(|p| paragraph_quote.iter().find(|x| x.0 == p).map(|x| x.1));
            let index = quotes.len() as u32;
            if q.kind == QuoteKind::Interview {
                paragraph_quote.push((q.paragraphs.0, index));
            }
            quotes.push(Quote {
                article: self.ai,
                span: Span { start: first.start, end: last.end },
                parts,
                kind: q.kind,
                multi_paragraph: q.paragraphs.0 != q.paragraphs.1,
                interrupted: q.interrupted,
                nested_in,
                speaker: q.speaker,
                speaker_text: q.speaker_text.take(),
                speaker_span: q.speaker_span,
                cue: q.cue.take(),
                date: date.map(|d| d.0),
                date_timex: date.map(|d| d.1),
            });
            // Single-quoted words inside: a nested quotation when they read as an utterance
            // (`'Shal ket!'`), else a term.
            for n in &q.nested {
                let m = metrics(text, &n.parts, &mut lower);
                if m.upper || m.terminal {
                    let p = n.parts[0];
                    quotes.push(Quote {
                        article: self.ai,
                        span: p,
                        parts: n.parts.clone(),
                        kind: QuoteKind::Direct,
                        multi_paragraph: false,
                        interrupted: false,
                        nested_in: Some(index),
                        speaker: None,
                        speaker_text: None,
                        speaker_span: None,
                        cue: None,
                        date: None,
                        date_timex: None,
                    });
                } else {
                    my_terms.extend(n.parts.iter().copied());
                }
            }
        }
        my_terms.sort_by_key(|s| s.start);
        my_terms.dedup();
        terms.extend(my_terms.into_iter().filter(|s| !s.is_empty()).map(|span| Term { article: self.ai, span }));
    }
}

fn nested_terms(nested: &[Seg], out: &mut Vec<Span>) {
    for n in nested {
        out.extend(n.parts.iter().copied());
    }
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}
