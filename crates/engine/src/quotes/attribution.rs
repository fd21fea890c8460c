//! Who said it, as written: the attribution clause after a quotation (`,” Ergashev said`,
//! `,” said Paul Martin`, `,” explained the Mano director`, `,” the agency quoted Peskov as
//! saying`), before it (`She said, “…”`, `Lukashenko said that “…”`, `According to Aubakirov, …`,
//! `…, who called upon Uzbekistan to “…”`) or between dashes inside it (`– he said, –`).
//!
//! The result is a speaker phrase ([`Np`]) and a cue; resolving the phrase to an entity is
//! [`super::coref`]'s job.

use crate::lexicon::{self, Gender};
use crate::model::Span;
use crate::text::{self, is_space};
use std::borrow::Cow;

/// One word of a clause.
#[derive(Clone, Debug)]
pub(crate) struct W<'a> {
    pub s: usize,
    pub e: usize,
    /// The word [`text::fold`]ed: borrowed from the text when it is already folded.
    pub lower: Cow<'a, str>,
    pub cap: bool,
    /// What separates it from the previous word contains a comma.
    pub comma: bool,
    /// … contains other punctuation (or an excluded quotation).
    pub punct: bool,
    /// A dot follows the word directly (`Ms.`, `C.`).
    pub dot: bool,
    /// Written in capitals (`US`, `CSTO`).
    pub acronym: bool,
}

/// What kind of phrase names the speaker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum NpKind {
    /// `he`, `she`, `they` …
    Pronoun(Option<Gender>),
    /// A capitalised name (maybe with a title: `US Secretary of State Antony Blinken`).
    Name,
    /// A role or description (`the Mano director`, `the clown`, `the Secretary of State`).
    Role,
}

/// The speaker as written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Np {
    /// Where it is written.
    pub span: Span,
    /// What kind of phrase it is.
    pub kind: NpKind,
    /// Its words, lower case, separated by single spaces (no word contains one).
    pub lower: String,
}

/// An attribution: who, with which verb, and whether it sits right next to the quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Attr {
    /// The speaker phrase.
    pub np: Np,
    /// The speech verb or phrase as written (`said`, `according to`, `quoted … as saying`).
    pub cue: String,
    /// Where the cue is.
    pub cue_span: Span,
    /// The attribution touches the quotation (direct speech).
    pub adjacent: bool,
}

/// The words of `text[region]`, leaving out the `skip` ranges (other quotations). `lower` is
/// scratch space (reused from call to call): the region lower-cased, which the words' folded
/// forms borrow from.
pub(crate) fn clause<'a>(text: &'a str, region: Span, skip: &[Span], lower: &'a mut String) -> Vec<W<'a>> {
    let Some(s) = text.get(region.range()) else { return Vec::new() };
    // For ASCII, `text::fold` works byte by byte (lower case, a backtick an apostrophe): an
    // ASCII word's folded form is its bytes in this copy.
    lower.clear();
    lower.push_str(s);
    lower.make_ascii_lowercase();
    if lower.contains('`') {
        *lower = lower.replace('`', "'");
    }
    let lower: &'a str = lower;
    let base = region.start as usize;
    // About one word in six bytes of news prose.
    let mut out: Vec<W<'a>> = Vec::with_capacity(s.len() / 6 + 1);
    let mut prev_end = 0;
    let mut skipped = false;
    for w in text::words(s) {
        let (ws, we) = (base + w.start, base + w.end);
        if skip.iter().any(|k| (k.start as usize) <= ws && we <= k.end as usize) {
            skipped = true;
            prev_end = w.end;
            continue;
        }
        let gap = &s[prev_end..w.start];
        let mut t = w.text;
        if t.ends_with('s') {
            for suffix in ["'s", "’s"] {
                if let Some(stem) = t.strip_suffix(suffix) {
                    if !stem.is_empty() {
                        t = stem;
                    }
                }
            }
        }
        // (A word is never empty, and starts with a letter or digit.)
        let first = t.as_bytes()[0];
        // Most words are separated by one space: no comma, no punctuation.
        let (comma, punct) = if gap == " " {
            (false, skipped)
        } else {
            (
                gap.contains(','),
                skipped
                    || gap.chars().any(|c| !is_space(c) && c != ',' && c != '.')
                    || gap.as_bytes().windows(2).any(|p| p == b". "),
            )
        };
        out.push(W {
            s: ws,
            e: ws + t.len(),
            lower: if t.is_ascii() {
                Cow::Borrowed(&lower[w.start..w.start + t.len()])
            } else {
                Cow::Owned(text::fold(t))
            },
            cap: if first.is_ascii() {
                first.is_ascii_uppercase()
            } else {
                t.chars().next().is_some_and(char::is_uppercase)
            },
            comma,
            punct,
            dot: s[w.end..].starts_with('.') && !t.ends_with('.'),
            acronym: is_acronym(t),
        });
        skipped = false;
        prev_end = w.end;
    }
    out
}

/// [`crate::entities::names::is_acronym`], quickly ruling out most words: one with an ASCII
/// lower-case letter among its first two bytes (`said`, `Smith`) is never an acronym.
fn is_acronym(t: &str) -> bool {
    !t.bytes().take(2).any(|b| b.is_ascii_lowercase()) && crate::entities::names::is_acronym(t)
}

/// Nouns for what someone said (`X's words`, `X's paraphrase`).
fn is_speech_noun(l: &str) -> bool {
    matches!(
        l,
        "words"
            | "paraphrase"
            | "remark"
            | "remarks"
            | "statement"
            | "comment"
            | "comments"
            | "reply"
            | "response"
            | "message"
            | "answer"
            | "warning"
            | "verdict"
            | "retort"
            | "quip"
            | "tweet"
            | "post"
    )
}

fn is_determiner(l: &str) -> bool {
    matches!(l, "the" | "a" | "an" | "this" | "that" | "his" | "her" | "their" | "its" | "our" | "my" | "your" | "one")
}

fn is_pronoun(l: &str) -> bool {
    matches!(l, "he" | "she" | "they" | "i" | "we" | "you")
}

/// `according to him`.
fn is_object_pronoun(l: &str) -> bool {
    matches!(l, "him" | "her" | "them" | "me" | "us")
}

/// A gap between two words that a name may run across: spaces, or the dot of an initial.
fn name_gap(prev: &W<'_>, w: &W<'_>) -> bool {
    !w.comma && (!w.punct || prev.dot)
}

fn np(words: &[W<'_>], from: usize, to: usize, kind: NpKind) -> Np {
    Np {
        span: Span::new(words[from].s, words[to - 1].e),
        kind,
        lower: {
            let mut l = String::new();
            for (i, w) in words[from..to].iter().enumerate() {
                if i > 0 {
                    l.push(' ');
                }
                l.push_str(&w.lower);
            }
            l
        },
    }
}

/// A capitalised run ending at `end` (exclusive), walking back: name words, initials, titles,
/// `of` inside an office (`Secretary of State`).
fn cap_run_back(words: &[W<'_>], lo: usize, end: usize) -> usize {
    let mut b = end - 1;
    while b > lo {
        let prev = &words[b - 1];
        if !name_gap(prev, &words[b]) {
            break;
        }
        if prev.cap && (prev.acronym || !crate::lexicon::is_function(&prev.lower) || lexicon::is_honorific(&prev.lower))
        {
            b -= 1;
            continue;
        }
        // `Secretary of State`, `Council of the Republic`.
        if matches!(&*prev.lower, "of" | "for" | "the") && b >= lo + 2 {
            let mut k = b - 1;
            if words[k].lower == "the" && k > lo && matches!(&*words[k - 1].lower, "of" | "for") {
                k -= 1;
            }
            if matches!(&*words[k].lower, "of" | "for") && k > lo {
                let head = &words[k - 1];
                if head.cap && (lexicon::is_role_noun(&head.lower) || lexicon::is_org_keyword(&head.lower)) {
                    b = k - 1;
                    continue;
                }
            }
        }
        break;
    }
    b
}

/// Are all the words of `words[from..to]` a role (no name among them)?
fn role_only(words: &[W<'_>], from: usize, to: usize) -> bool {
    words[from..to].iter().any(|w| lexicon::is_role_noun(&w.lower))
        && words[from..to].iter().all(|w| {
            lexicon::is_role_noun(&w.lower)
                || lexicon::is_office_complement(&w.lower)
                || matches!(&*w.lower, "of" | "for" | "the")
                || crate::entities::gazetteer::lookup(&w.lower).is_some()
                || crate::entities::gazetteer::is_demonym_word(&w.lower)
                || w.acronym
        })
}

/// The subject of a speech verb at `c`: the phrase right before it (over adverbs and
/// auxiliaries, and over a role in apposition).
fn subject_before(words: &[W<'_>], lo: usize, c: usize) -> Option<Np> {
    let mut e = c;
    while e > lo && !words[e].comma && !words[e].punct && lexicon::is_verb_filler(&words[e - 1].lower) {
        e -= 1;
    }
    if e == lo || words[e].punct {
        return None;
    }
    // `X, a Russian philosopher, wrote`: step over the apposition.
    if words[e].comma {
        let start = (lo + 1..e).rev().take(16).find(|&k| words[k].comma)?;
        let app = &words[start..e];
        let is_app = is_determiner(&app[0].lower) || app.iter().take(5).any(|w| lexicon::is_role_noun(&w.lower));
        if !is_app {
            // `the EU's special envoy, Terhi Hakala, called it`: the name is the apposition.
            let named = app.len() <= 4 && app.iter().all(|w| w.cap && !crate::lexicon::is_function(&w.lower));
            let role_before = (lo..start).rev().take(8).any(|k| lexicon::is_role_noun(&words[k].lower));
            return (named && role_before).then(|| np(words, start, e, NpKind::Name));
        }
        e = start;
    }
    let last = &words[e - 1];
    if is_pronoun(&last.lower) && !(last.cap && last.dot) {
        return Some(np(words, e - 1, e, NpKind::Pronoun(lexicon::pronoun_gender(&last.lower))));
    }
    // `…, who called upon`: the name before the relative pronoun.
    if matches!(&*last.lower, "who" | "which") && last.comma && e - 1 > lo {
        let e2 = e - 1;
        if words[e2 - 1].cap {
            let b = cap_run_back(words, lo, e2);
            return Some(np(words, b, e2, NpKind::Name));
        }
        return None;
    }
    if last.cap && !crate::lexicon::is_function(&last.lower) {
        let b = cap_run_back(words, lo, e);
        // `a resident of Nukus told`: the name completes a role noun's phrase, the speaker.
        let head = with_head_before(words, lo, b);
        if head < b {
            return Some(np(words, head, e, NpKind::Role));
        }
        let kind = if role_only(words, b, e) { NpKind::Role } else { NpKind::Name };
        // `the Mano director`-style phrases that happen to end in a capital: keep the determiner.
        if kind == NpKind::Role && b > lo && is_determiner(&words[b - 1].lower) && !words[b].comma {
            return Some(np(words, b - 1, e, NpKind::Role));
        }
        return Some(np(words, b, e, kind));
    }
    if crate::lexicon::is_function(&last.lower) || lexicon::is_cue_verb(&last.lower) {
        return None;
    }
    // A common noun phrase: back to its determiner (`the clown`, `the Mano director`), or a
    // bare plural (`analysts say`, `Richmond police said`).
    let mut b = e - 1;
    while b > lo && e - b < 6 {
        let prev = &words[b - 1];
        if words[b].comma || words[b].punct {
            break;
        }
        if is_determiner(&prev.lower) {
            return Some(np(words, with_head_before(words, lo, b - 1), e, NpKind::Role));
        }
        if crate::lexicon::is_function(&prev.lower) || lexicon::is_cue_verb(&prev.lower) && !prev.cap {
            break;
        }
        b -= 1;
    }
    // Without a determiner only a short phrase ending in a noun-like word qualifies.
    if e - b <= 3 && !last.lower.ends_with("ly") {
        return Some(np(words, b, e, NpKind::Role));
    }
    None
}

/// Where a role phrase starting with a determiner at `d` really starts: a phrase that only
/// completes a role noun before it (`an adviser | to the mayor`, `a spokesman | for the
/// ministry`, `the head | of the agency`) belongs to that noun's phrase, which is the speaker.
fn with_head_before(words: &[W<'_>], lo: usize, mut d: usize) -> usize {
    while d >= lo + 3
        && !words[d].comma
        && !words[d].punct
        && matches!(&*words[d - 1].lower, "to" | "of" | "for" | "at" | "from" | "in")
    {
        let head = &words[d - 2];
        if words[d - 1].comma || words[d - 1].punct || !lexicon::is_role_noun(&head.lower) {
            break;
        }
        // Back from the role noun to its own determiner, over a few modifiers.
        let mut k = d - 2;
        let found = loop {
            if k == lo || words[k].comma || words[k].punct || d - 2 - k > 3 {
                break None;
            }
            let w = &words[k - 1];
            if is_determiner(&w.lower) {
                break Some(k - 1);
            }
            if crate::lexicon::is_function(&w.lower) || lexicon::is_cue_verb(&w.lower) {
                break None;
            }
            k -= 1;
        };
        match found {
            Some(start) => d = start,
            None => break,
        }
    }
    d
}

/// The phrase after a speech verb (`said Paul Martin`, `explained the Mano director`).
fn subject_after(words: &[W<'_>], k: usize) -> Option<(Np, usize)> {
    let w = words.get(k)?;
    if w.punct || w.comma {
        return None;
    }
    if is_pronoun(&w.lower) || is_object_pronoun(&w.lower) {
        return Some((np(words, k, k + 1, NpKind::Pronoun(lexicon::pronoun_gender(&w.lower))), k + 1));
    }
    if is_determiner(&w.lower) {
        let mut e = k + 1;
        while e < words.len() && e - k < 7 && !words[e].comma && !words[e].punct {
            let l = &words[e].lower;
            let of_cap = matches!(&**l, "of" | "for") && words.get(e + 1).is_some_and(|n| n.cap);
            if (crate::lexicon::is_function(l) && !of_cap) || lexicon::is_cue_verb(l) && !words[e].cap {
                break;
            }
            e += 1;
        }
        if e == k + 1 {
            return None;
        }
        // `the analyst Anvar Nazirov`: the name at the end.
        let mut b = e;
        while b > k + 1 && words[b - 1].cap && !role_only(words, b - 1, b) {
            b -= 1;
        }
        if b < e && !role_only(words, b, e) {
            return Some((np(words, b, e, NpKind::Name), e));
        }
        return Some((np(words, k, e, NpKind::Role), e));
    }
    // Lower-case description before a name: `said political analyst Anvar Nazirov`.
    let mut f = k;
    while f < words.len() && f - k < 5 && !words[f].cap {
        let l = &words[f].lower;
        if crate::lexicon::is_function(l) || (f > k && (words[f].comma || words[f].punct)) {
            break;
        }
        f += 1;
    }
    if f < words.len() && words[f].cap && (f == k || !words[f].comma && !words[f].punct) {
        let mut e = f + 1;
        loop {
            while e < words.len() && name_gap(&words[e - 1], &words[e]) && words[e].cap {
                e += 1;
            }
            // `Secretary of State`: only inside an office, never after a name (`Tusk of the …`).
            if e + 1 < words.len()
                && matches!(&*words[e].lower, "of" | "for")
                && !words[e].comma
                && role_only(words, f, e)
                && words[e + 1].cap
            {
                e += 2;
                continue;
            }
            // `Burton and Nick`.
            if e + 1 < words.len() && words[e].lower == "and" && words[e + 1].cap && !words[e + 1].comma {
                e += 2;
                continue;
            }
            break;
        }
        let kind = if role_only(words, f, e) { NpKind::Role } else { NpKind::Name };
        return Some((np(words, f, e, kind), e));
    }
    if f > k {
        return Some((np(words, k, f, NpKind::Role), f));
    }
    None
}

/// Particles that belong to the verb (`called upon`, `called on`).
fn cue_text(text: &str, words: &[W<'_>], c: usize) -> (String, Span) {
    let mut e = words[c].e;
    if let Some(n) = words.get(c + 1) {
        if matches!(&*n.lower, "on" | "upon")
            && !n.comma
            && !n.punct
            && lexicon::cue_lemma(&words[c].lower) == Some("call")
        {
            e = n.e;
        }
    }
    (text[words[c].s..e].to_string(), Span::new(words[c].s, e))
}

/// The attribution in the clause right after a closing mark, up to the sentence end.
pub(crate) fn after(text: &str, words: &[W<'_>]) -> Option<Attr> {
    let n = words.len();
    for k in 0..n.min(12) {
        let w = &words[k];
        // Punctuation ends the clause, except the dot of an abbreviation (`Ms. Cheney`).
        if k > 0 && w.punct && !words[k - 1].dot {
            return None;
        }
        if w.lower == "according" && words.get(k + 1).is_some_and(|t| t.lower == "to") {
            let (np, _) = subject_after(words, k + 2)?;
            let cue_span = Span::new(w.s, words[k + 1].e);
            // `according to` reports; it never makes the words direct speech.
            return Some(Attr { np, cue: text[cue_span.range()].to_string(), cue_span, adjacent: false });
        }
        if matches!(&*w.lower, "quoted" | "quotes" | "quoting" | "cited" | "cites") {
            if let Some((np, m)) = subject_after(words, k + 1) {
                if words.get(m).is_some_and(|t| t.lower == "as")
                    && words.get(m + 1).is_some_and(|t| lexicon::is_cue_verb(&t.lower))
                {
                    let cue = format!("{} … as {}", text[w.s..w.e].to_lowercase(), words[m + 1].lower);
                    return Some(Attr { np, cue, cue_span: Span::new(w.s, words[m + 1].e), adjacent: true });
                }
            }
        }
        if lexicon::is_cue_verb(&w.lower) && !w.cap && (k <= 4 || !lexicon::is_weak_cue(&w.lower)) {
            let fillers_only = words[..k].iter().all(|x| lexicon::is_verb_filler(&x.lower));
            let (cue, cue_span) = cue_text(text, words, k);
            if fillers_only {
                let (np, _) = subject_after(words, k + 1)?;
                return Some(Attr { np, cue, cue_span, adjacent: true });
            }
            let np = subject_before(words, 0, k)?;
            // Only a description may come between the quotation and the speaker.
            let first = words.iter().position(|x| x.s == np.span.start as usize).unwrap_or(0);
            let lead_ok = words[..first].iter().all(|x| {
                is_determiner(&x.lower)
                    || lexicon::is_honorific(&x.lower)
                    || !crate::lexicon::is_function(&x.lower) && !lexicon::is_cue_verb(&x.lower)
            });
            if !lead_ok {
                return None;
            }
            return Some(Attr { np, cue, cue_span, adjacent: true });
        }
    }
    None
}

/// The attribution in the clause before an opening mark (from the sentence start): the last
/// speech verb with a subject, or `according to X`.
pub(crate) fn before(text: &str, words: &[W<'_>]) -> Option<Attr> {
    let n = words.len();
    let lo = n.saturating_sub(48);
    for c in (lo..n).rev() {
        let w = &words[c];
        if w.lower == "according" && words.get(c + 1).is_some_and(|t| t.lower == "to") {
            if let Some((np, _)) = subject_after(words, c + 2) {
                let cue_span = Span::new(w.s, words[c + 1].e);
                return Some(Attr { np, cue: text[cue_span.range()].to_string(), cue_span, adjacent: false });
            }
            continue;
        }
        // `Local radio quoted Varga as saying that …`.
        if matches!(&*w.lower, "quoted" | "quotes" | "quoting" | "cited" | "cites") {
            if let Some((np, m)) = subject_after(words, c + 1) {
                if words.get(m).is_some_and(|t| t.lower == "as")
                    && words.get(m + 1).is_some_and(|t| lexicon::is_cue_verb(&t.lower))
                {
                    let cue = format!("{} … as {}", text[w.s..w.e].to_lowercase(), words[m + 1].lower);
                    let tail = n - m - 2;
                    return Some(Attr { np, cue, cue_span: Span::new(w.s, words[m + 1].e), adjacent: tail <= 2 });
                }
            }
        }
        // `Ms. Cheney's paraphrase of …: “…”`, `Varga's words were: “…”`: a named person's
        // speech noun.
        if c > 0 && is_speech_noun(&w.lower) && !w.cap {
            let owner = &words[c - 1];
            let possessive = text.get(owner.e..).is_some_and(|t| t.starts_with("'s") || t.starts_with("’s"));
            // (`regard Lukashenka's words as a “threat”`: the quoted words characterise them.)
            let characterised = words[c + 1..].iter().any(|x| x.lower == "as");
            if possessive && !characterised && owner.cap && !w.comma && !w.punct && !lexicon::is_function(&owner.lower)
            {
                let b = cap_run_back(words, 0, c);
                if !role_only(words, b, c) {
                    let cue_span = Span::new(w.s, w.e);
                    return Some(Attr {
                        np: np(words, b, c, NpKind::Name),
                        cue: w.lower.to_string(),
                        cue_span,
                        adjacent: false,
                    });
                }
            }
        }
        if !lexicon::is_cue_verb(&w.lower) || w.cap {
            continue;
        }
        let tail = n - c - 1;
        if lexicon::is_weak_cue(&w.lower) && tail > 3 {
            continue;
        }
        // A gerund or participle (`speaking at`, `stating`) has no subject of its own.
        if let Some(np) = subject_before(words, 0, c) {
            let (cue, cue_span) = cue_text(text, words, c);
            return Some(Attr { np, cue, cue_span, adjacent: tail <= 3 });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after_of(s: &str) -> Option<(String, String, NpKind)> {
        let mut lower = String::new();
        let w = clause(s, Span::new(0, s.len()), &[], &mut lower);
        after(s, &w).map(|a| (s[a.np.span.range()].to_string(), a.cue, a.np.kind))
    }

    fn before_of(s: &str) -> Option<(String, String, NpKind)> {
        let mut lower = String::new();
        let w = clause(s, Span::new(0, s.len()), &[], &mut lower);
        before(s, &w).map(|a| (s[a.np.span.range()].to_string(), a.cue, a.np.kind))
    }

    fn t(a: &str, b: &str, k: NpKind) -> Option<(String, String, NpKind)> {
        Some((a.to_string(), b.to_string(), k))
    }

    #[test]
    fn trailing_attributions() {
        assert_eq!(after_of(", he said."), t("he", "said", NpKind::Pronoun(Some(Gender::Male))));
        assert_eq!(after_of(" Ergashev said."), t("Ergashev", "said", NpKind::Name));
        assert_eq!(after_of(", said Paul Martin, a detective."), t("Paul Martin", "said", NpKind::Name));
        assert_eq!(after_of(" explained the Mano director."), t("the Mano director", "explained", NpKind::Role));
        assert_eq!(after_of(", said Officer Tusk of the Walrus Police."), t("Officer Tusk", "said", NpKind::Name));
        assert_eq!(
            after_of(", Tashkent-based political analyst Anvar Nazirov told Caravanserai."),
            t("Anvar Nazirov", "told", NpKind::Name)
        );
        assert_eq!(
            after_of(", Igor Chubais, a Russian philosopher and sociologist, wrote on his blog."),
            t("Igor Chubais", "wrote", NpKind::Name)
        );
        assert_eq!(
            after_of(", the news agency quoted Dmitry Peskov as saying."),
            t("Dmitry Peskov", "quoted … as saying", NpKind::Name)
        );
        assert_eq!(
            after_of(", US Secretary of State Antony Blinken warned January 7."),
            t("US Secretary of State Antony Blinken", "warned", NpKind::Name)
        );
        assert_eq!(after_of(", the clown said."), t("the clown", "said", NpKind::Role));
        // A phrase completing the role noun is part of the speaker, not the speaker.
        assert_eq!(
            after_of(", a spokesman for the ministry said."),
            t("a spokesman for the ministry", "said", NpKind::Role)
        );
        assert_eq!(
            after_of(", the head of the agency told reporters."),
            t("the head of the agency", "told", NpKind::Role)
        );
        // … also when the phrase ends in a name.
        assert_eq!(
            after_of(", a resident of Nukus told Fergana by phone."),
            t("a resident of Nukus", "told", NpKind::Role)
        );
        assert_eq!(after_of(", a teacher from Osh said."), t("a teacher from Osh", "said", NpKind::Role));
        assert_eq!(after_of(" reply Burton and Nick."), t("Burton and Nick", "reply", NpKind::Name));
        assert_eq!(after_of(" Richmond police said in a release."), t("Richmond police", "said", NpKind::Role));
        assert_eq!(after_of(" on Gilmer street"), None);
    }

    #[test]
    fn leading_attributions() {
        // A name in apposition after the role is the speaker.
        assert_eq!(
            before_of("In a statement, the EU's special representative for Central Asia, Terhi Hakala, called it "),
            t("Terhi Hakala", "called", NpKind::Name)
        );
        assert_eq!(before_of("She said "), t("She", "said", NpKind::Pronoun(Some(Gender::Female))));
        assert_eq!(before_of("Mark, the lead on the project, told Jacob "), t("Mark", "told", NpKind::Name));
        assert_eq!(
            before_of("Lukashenko said that the views and called on the official Tashkent to "),
            t("Lukashenko", "said", NpKind::Name)
        );
        assert_eq!(
            before_of("the statement made by President Alexander Lukashenko, who called upon Uzbekistan to "),
            t("President Alexander Lukashenko", "called upon", NpKind::Name)
        );
        assert_eq!(
            before_of("According to Aubakirov, it turned out that Kazakhstan "),
            t("Aubakirov", "According to", NpKind::Name)
        );
        assert_eq!(
            before_of("Trump insisted, before immediately repeating himself by stating, "),
            t("Trump", "insisted", NpKind::Name)
        );
        assert_eq!(before_of("It was a quiet day and "), None);
        assert_eq!(
            before_of(
                "The mood showed in Mayor Ilse Brandt's statement to the council, quoted by none other than the press: "
            ),
            t("Mayor Ilse Brandt", "statement", NpKind::Name)
        );
        assert_eq!(before_of("The government's statement read: "), None, "an institution as a common noun");
        assert_eq!(before_of("Experts regard Anna Varga's words as a "), None, "the quote characterises the words");
    }
}
