//! Quotation marks into quoted segments.
//!
//! Marks are read by kind and by what flanks them. `«`, `„` and `“` open; `»` and `”` close —
//! except that a `”` with a word right after it and a space before it (`future, ”Tokayev said`)
//! may open or close, and a `“` glued to the word before it closes (German `„…“`). A straight
//! `"` opens when a word follows it and closes when a word precedes it. While a quotation is
//! open, any double mark closes it, unless it is a clear opener after a space (then the open
//! quotation was never closed: it ends there).
//!
//! A quotation still open at the end of a paragraph either
//! * continues in the next paragraph when that paragraph starts with an opening mark (the
//!   convention of repeating the opening mark on every paragraph of a long quotation), or
//! * runs on through unmarked paragraphs to the first mark that closes it, or
//! * ends with its paragraph (an unbalanced mark).
//!
//! Inside a double-quoted segment, single marks pair into nested quotations (`'Shal ket!'`); an
//! attribution set off by dashes inside the marks (`“…, – he said, – …”`) splits it into parts.
//! Outside double quotes, single marks pair only within a paragraph, and apostrophes
//! (`it's`, `horses'`) never open.
//!
//! A paragraph without double marks that opens with a dash is dialogue when a later dash after
//! `,` `?` `!` `…` or `.` is followed by a speech verb (`– The norms will remain unchanged, –
//! Mirziyoyev said.`): see [`dash_dialogue`].

use crate::model::{Article, ParagraphKind, Span};
use crate::text::{is_dash, is_space};

/// A run of quoted text: one or more parts (several when it runs over paragraphs or is
/// interrupted by its attribution).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Seg {
    /// The quoted words, marks excluded, trimmed of spaces.
    pub parts: Vec<Span>,
    /// The opening mark.
    pub open: Span,
    /// The closing mark, if there is one.
    pub close: Option<Span>,
    /// Paragraph of the first and of the last part.
    pub paragraphs: (u32, u32),
    /// Single marks (`'…'`, `‘…’`).
    pub single: bool,
    /// The attribution inside the marks that split the segment (`– he said, –`).
    pub inner: Option<Span>,
    /// Single-quoted segments inside this one.
    pub nested: Vec<Seg>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MarkKind {
    Open,
    Close,
    Either,
}

#[derive(Clone, Copy, Debug)]
struct Mark {
    at: usize,
    len: usize,
    kind: MarkKind,
    /// A mark that only opens (`«`, `„`, `“` after a space).
    strong_open: bool,
}

fn is_double(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '＂')
}

fn is_single(c: char) -> bool {
    matches!(c, '\'' | '‘' | '’' | '‚' | '‹' | '›')
}

/// The character before byte `at` in `text`, or a space at the start.
fn char_before(text: &str, at: usize) -> char {
    text[..at].chars().next_back().unwrap_or(' ')
}

/// The character at or after byte `at`, or a space at the end.
fn char_at(text: &str, at: usize) -> char {
    text[at..].chars().next().unwrap_or(' ')
}

fn word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The double quotation marks of `text[span]`, classified. Where its single marks are is
/// appended to `singles` on the way (one scan finds both kinds, for [`single_pairs`]).
fn double_marks(text: &str, span: Span, singles: &mut Vec<usize>) -> Vec<Mark> {
    let mut out = Vec::new();
    let (from, to) = (span.start as usize, span.end as usize);
    let bytes = text.as_bytes();
    let mut i = from;
    while i < to {
        i = next_candidate(bytes, i, to, [b'"', b'\'']);
        if i >= to {
            break;
        }
        let b = bytes[i];
        if b == b'\'' {
            singles.push(i);
            i += 1;
            continue;
        }
        if b != b'"' && b != 0xC2 && b != 0xE2 && b != 0xEF {
            i += 1;
            continue;
        }
        let c = char_at(text, i);
        let len = c.len_utf8();
        if is_single(c) {
            singles.push(i);
        }
        if !is_double(c) {
            i += len;
            continue;
        }
        let prev = if i == from { ' ' } else { char_before(text, i) };
        let next = if i + len >= to { ' ' } else { char_at(text, i + len) };
        let left = !is_space(next) && !is_double(next); // a word follows: can open
        let right = !is_space(prev) && !matches!(prev, '(' | '[') && !is_dash(prev); // something precedes: can close
        let (kind, strong_open) = match c {
            '«' | '„' => (MarkKind::Open, true),
            '»' => (MarkKind::Close, false),
            '“' if right && !left => (MarkKind::Close, false),
            '“' => (MarkKind::Open, !right),
            '”' if left && !right => (MarkKind::Either, false),
            '”' => (MarkKind::Close, false),
            _ if left && !right => (MarkKind::Open, false),
            _ if right && !left => (MarkKind::Close, false),
            _ => (MarkKind::Either, false),
        };
        out.push(Mark { at: i, len, kind, strong_open });
        i += len;
    }
    out
}

/// Trims spaces off both ends of `start..end`.
fn trimmed(text: &str, start: usize, end: usize) -> Span {
    let s = &text[start..end.max(start)];
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let t = s.trim_matches(is_space);
    Span::new(start + lead, start + lead + t.len())
}

/// Finds the quoted segments of an article's body, in text order.
pub(crate) fn find(a: &Article) -> Vec<Seg> {
    let text = &a.text;
    let paras = &a.paragraphs;
    // (Where the single marks of the paragraphs are, ascending.)
    let mut single_marks: Vec<usize> = Vec::new();
    let marks: Vec<Vec<Mark>> = paras.iter().map(|p| double_marks(text, p.span, &mut single_marks)).collect();
    // For each paragraph, the next paragraph (after it) that has any double mark.
    let mut next_marked = vec![usize::MAX; paras.len()];
    let mut nxt = usize::MAX;
    for p in (0..paras.len()).rev() {
        next_marked[p] = nxt;
        if !marks[p].is_empty() {
            nxt = p;
        }
    }
    let mut out: Vec<Seg> = Vec::new();
    // The segment being built, and where its current part started.
    let mut cur: Option<(Seg, usize)> = None;
    let mut p = 0;
    while p < paras.len() {
        let para = &paras[p];
        let (ps, pe) = (para.span.start as usize, para.span.end as usize);
        let mut mi = 0;
        let ms = &marks[p];
        if let Some((_, start)) = cur.as_mut() {
            // Carried over: skip the re-opening mark at the paragraph start.
            if let Some(m) = ms.first() {
                if m.at == ps && m.kind != MarkKind::Close {
                    *start = m.at + m.len;
                    mi = 1;
                }
            }
        }
        while mi < ms.len() {
            let m = ms[mi];
            mi += 1;
            match cur.take() {
                None => {
                    if m.kind != MarkKind::Close {
                        let seg = Seg {
                            parts: Vec::new(),
                            open: Span::new(m.at, m.at + m.len),
                            close: None,
                            paragraphs: (p as u32, p as u32),
                            single: false,
                            inner: None,
                            nested: Vec::new(),
                        };
                        cur = Some((seg, m.at + m.len));
                    }
                }
                Some((mut seg, start)) => {
                    let before_space = m.at > ps && is_space(char_before(text, m.at));
                    if m.strong_open && before_space && m.at > start {
                        // The open quotation was never closed: it ends here; a new one opens.
                        seg.parts.push(trimmed(text, start, m.at));
                        seg.paragraphs.1 = p as u32;
                        out.push(seg);
                        let seg = Seg {
                            parts: Vec::new(),
                            open: Span::new(m.at, m.at + m.len),
                            close: None,
                            paragraphs: (p as u32, p as u32),
                            single: false,
                            inner: None,
                            nested: Vec::new(),
                        };
                        cur = Some((seg, m.at + m.len));
                    } else {
                        seg.parts.push(trimmed(text, start, m.at));
                        seg.close = Some(Span::new(m.at, m.at + m.len));
                        seg.paragraphs.1 = p as u32;
                        out.push(seg);
                    }
                }
            }
        }
        // End of the paragraph with a quotation still open.
        if let Some((mut seg, start)) = cur.take() {
            seg.parts.push(trimmed(text, start, pe));
            seg.paragraphs.1 = p as u32;
            match continuation(a, &marks, &next_marked, p) {
                Some(Continue::NextOpens) => {
                    cur = Some((seg, paras[p + 1].span.start as usize));
                }
                Some(Continue::RunsTo(q)) => {
                    for (r, para) in paras.iter().enumerate().take(q).skip(p + 1) {
                        let sp = para.span;
                        seg.parts.push(trimmed(text, sp.start as usize, sp.end as usize));
                        seg.paragraphs.1 = r as u32;
                    }
                    p = q;
                    cur = Some((seg, paras[q].span.start as usize));
                    continue;
                }
                None => out.push(seg),
            }
        }
        p += 1;
    }
    if let Some((seg, _)) = cur {
        out.push(seg);
    }
    out.retain(|s| s.parts.iter().any(|p| !p.is_empty()));
    for seg in &mut out {
        seg.parts.retain(|p| !p.is_empty());
        split_inner(text, seg);
        seg.nested = nested(text, seg, &single_marks);
    }
    // Dialogue set off by dashes, in paragraphs without double marks.
    let dialogue: Vec<Seg> = paras
        .iter()
        .enumerate()
        .filter(|&(pi, para)| para.kind == ParagraphKind::Text && marks[pi].is_empty())
        .filter_map(|(pi, para)| dash_dialogue(text, para.span, pi as u32))
        .collect();
    // Single-quoted segments outside double quotes.
    let mut singles = Vec::new();
    let mut first = 0;
    for (pi, para) in paras.iter().enumerate() {
        // The double-quoted segments touching this paragraph (segments are in order).
        while first < out.len() && (out[first].paragraphs.1 as usize) < pi {
            first += 1;
        }
        let inside: Vec<Span> = out[first..]
            .iter()
            .take_while(|s| s.paragraphs.0 as usize <= pi)
            .filter(|s| pi <= s.paragraphs.1 as usize)
            .map(|s| Span { start: s.open.start, end: s.close.map_or(para.span.end, |c| c.end) })
            .collect();
        for mut s in single_pairs(text, para.span, &inside, &single_marks) {
            s.paragraphs = (pi as u32, pi as u32);
            singles.push(s);
        }
    }
    out.extend(singles);
    out.extend(dialogue);
    out.sort_by_key(|s| s.open.start);
    out
}

/// Direct speech set off by dashes, as Russian-language outlets print it (and translations keep):
/// `– The norms will remain unchanged, – Mirziyoyev said.` or `– …, – he said. – …`. The
/// paragraph opens with a dash; a dash after `,` `?` `!` `…` or `.` closes the words, and the
/// attribution after it must hold a speech verb (a list of dashed items has none).
fn dash_dialogue(text: &str, span: Span, p: u32) -> Option<Seg> {
    let (ps, pe) = (span.start as usize, span.end as usize);
    let s = &text[ps..pe];
    let first = s.chars().next()?;
    if !(first == '–' || first == '—' || first == '-' && s[1..].starts_with(' ')) {
        return None;
    }
    let body = first.len_utf8();
    // Dashes with a space before and after: (start, end) within `s`.
    let dashes: Vec<(usize, usize)> = s
        .char_indices()
        .filter(|&(i, c)| {
            i > body
                && (is_dash(c) || c == '-')
                && is_space(char_before(s, i))
                && is_space(char_at(s, i + c.len_utf8()))
        })
        .map(|(i, c)| (i, i + c.len_utf8()))
        .collect();
    let ends_words = |at: usize| s[..at].trim_end().ends_with([',', '?', '!', '…', '.']);
    let k = dashes.iter().position(|&(d, _)| ends_words(d))?;
    let (close_s, close_e) = dashes[k];
    // The attribution runs to the next dash after `,` or `.` (more words follow), else to the
    // sentence's end.
    let next = dashes[k + 1..].iter().find(|&&(d, _)| s[..d].trim_end().ends_with([',', '.']));
    let attr_end = next.map_or_else(|| s[close_e..].find(". ").map_or(s.len(), |e| close_e + e + 1), |&(d, _)| d);
    let attr = &s[close_e..attr_end];
    let has_cue =
        crate::text::words(attr).take(8).any(|w| crate::text::with_lowercase(w.text, crate::lexicon::is_cue_verb));
    if !has_cue {
        return None;
    }
    let mut parts = vec![trimmed(text, ps + body, ps + close_s)];
    let (close, inner) = match next {
        Some(&(_, ne)) => {
            parts.push(trimmed(text, ps + ne, pe));
            (None, Some(trimmed(text, ps + close_e, ps + attr_end)))
        }
        None => (Some(Span::new(ps + close_s, ps + close_e)), None),
    };
    parts.retain(|p| !p.is_empty());
    (!parts.is_empty()).then(|| Seg {
        parts,
        open: Span::new(ps, ps + body),
        close,
        paragraphs: (p, p),
        single: false,
        inner,
        nested: Vec::new(),
    })
}

enum Continue {
    /// The next paragraph repeats the opening mark.
    NextOpens,
    /// Unmarked paragraphs up to paragraph `q`, whose first mark closes.
    RunsTo(usize),
}

/// Does a quotation open at the end of paragraph `p` go on?
fn continuation(a: &Article, marks: &[Vec<Mark>], next_marked: &[usize], p: usize) -> Option<Continue> {
    let q = next_marked[p];
    if q == usize::MAX || q - p > 40 {
        return None;
    }
    let para_ok = |r: usize| a.paragraphs[r].kind == ParagraphKind::Text;
    if !para_ok(p) || !(p + 1..=q).all(para_ok) {
        return None;
    }
    let m = marks[q][0];
    let starts = m.at == a.paragraphs[q].span.start as usize;
    if q == p + 1 && starts && m.kind != MarkKind::Close {
        return Some(Continue::NextOpens);
    }
    if !starts && matches!(m.kind, MarkKind::Close | MarkKind::Either) {
        return Some(Continue::RunsTo(q));
    }
    None
}

/// `“…, – he said, – …”`: an attribution inside the marks between two dashes splits the segment.
fn split_inner(text: &str, seg: &mut Seg) {
    for k in 0..seg.parts.len() {
        let part = seg.parts[k];
        let s = &text[part.range()];
        let base = part.start as usize;
        // Every dash is `-` or a non-ASCII character: only those are looked at.
        let bytes = s.as_bytes();
        let mut dashes: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            i = next_candidate(bytes, i, bytes.len(), [b'-']);
            if i >= bytes.len() {
                break;
            }
            let c = char_at(s, i);
            if (is_dash(c) || c == '-' && s[i + 1..].starts_with(' ')) && i > 0 && is_space(char_before(s, i)) {
                dashes.push((i, i + c.len_utf8()));
            }
            i += c.len_utf8();
        }
        for w in dashes.windows(2) {
            let ((d1s, d1e), (d2s, d2e)) = (w[0], w[1]);
            let inner = &s[d1e..d2s];
            let words: Vec<&str> = crate::text::words(inner).map(|w| w.text).collect();
            if words.is_empty() || words.len() > 8 || d2e >= s.len() {
                continue;
            }
            let has_cue = words.iter().any(|w| crate::text::with_lowercase(w, crate::lexicon::is_cue_verb))
                || inner.to_lowercase().contains("according to");
            if !has_cue {
                continue;
            }
            let left_end = s[..d1s].trim_end_matches(|c: char| is_space(c) || c == ',').len();
            let right_start =
                d2e + (s[d2e..].len() - s[d2e..].trim_start_matches(|c: char| is_space(c) || c == ',').len());
            if left_end == 0 || right_start >= s.len() {
                continue;
            }
            let left = Span::new(base, base + left_end);
            let right = Span::new(base + right_start, part.end as usize);
            seg.inner = Some(trimmed(text, base + d1e, base + d2s));
            seg.parts.splice(k..=k, [left, right]);
            return;
        }
    }
}

fn single_opens(prev: char, next: char) -> bool {
    (is_space(prev) || matches!(prev, '(' | '[') || is_dash(prev) || is_double(prev) || prev == '\u{0}')
        && word_char(next)
}

fn single_closes(prev: char, next: char) -> bool {
    !is_space(prev) && !word_char(next) && prev != '\u{0}'
}

/// The first byte at or after `i` (and before `to`) that is one of `quotes` or not ASCII, or
/// `to`: every mark is one or the other. Sixteen bytes at a time while they are plain ASCII.
fn next_candidate<const N: usize>(bytes: &[u8], i: usize, to: usize, quotes: [u8; N]) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let qs = quotes.map(|q| ONES * u64::from(q));
    // The high bit of each byte of an eight-byte chunk that is a quote or not ASCII (a byte
    // of `y` is zero where `x` has the quote). The zero-byte test only ever flags a byte
    // wrongly above a real zero byte: the lowest flag is always right.
    let flags = |chunk: &[u8]| {
        let x = <[u8; 8]>::try_from(chunk).map_or(0, u64::from_le_bytes);
        qs.iter().fold(x & HIGH, |f, q| {
            let y = x ^ q;
            f | (y.wrapping_sub(ONES) & !y & HIGH)
        })
    };
    let first = |f: u64| (f.trailing_zeros() / 8) as usize;
    let end = to.min(bytes.len());
    let Some(rest) = bytes.get(i..end) else { return i };
    let mut at = i;
    let mut pairs = rest.chunks_exact(16);
    for pair in &mut pairs {
        let (a, b) = (flags(&pair[..8]), flags(&pair[8..]));
        if a | b != 0 {
            return at + if a != 0 { first(a) } else { 8 + first(b) };
        }
        at += 16;
    }
    let tail = pairs.remainder();
    tail.iter().position(|b| *b >= 0x80 || quotes.contains(b)).map_or(end, |k| at + k)
}

/// Single-quote pairs inside `span`, skipping the `skip` ranges; each pair is one segment.
/// (`singles`: where the article's single marks are, ascending; see [`double_marks`].)
fn single_pairs(text: &str, span: Span, skip: &[Span], singles: &[usize]) -> Vec<Seg> {
    let (from, to) = (span.start as usize, span.end as usize);
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    // `i`: how far the text is read; from one mark to the next, through the skipped ranges on
    // the way.
    let mut i = from;
    let mut si = 0;
    let first = singles.partition_point(|&m| m < from);
    for &at in &singles[first..] {
        if at >= to {
            break;
        }
        loop {
            while si < skip.len() && (skip[si].end as usize) <= i {
                si += 1;
            }
            match skip.get(si) {
                Some(k) if (k.start as usize) <= i => {
                    // A double-quoted stretch interrupts: forget an unmatched single opener.
                    open = None;
                    i = k.end as usize;
                }
                Some(k) if (k.start as usize) <= at => i = k.start as usize,
                _ => break,
            }
        }
        if at < i {
            // (Inside a skipped range.)
            continue;
        }
        i = at;
        let c = char_at(text, i);
        let len = c.len_utf8();
        let prev = if i == from { '\u{0}' } else { char_before(text, i) };
        let next = if i + len >= to { ' ' } else { char_at(text, i + len) };
        match open {
            Some((o, ol)) if single_closes(prev, next) && i > o + ol => {
                let content = trimmed(text, o + ol, i);
                if !content.is_empty() && content.len() < 400 {
                    out.push(Seg {
                        parts: vec![content],
                        open: Span::new(o, o + ol),
                        close: Some(Span::new(i, i + len)),
                        paragraphs: (0, 0),
                        single: true,
                        inner: None,
                        nested: Vec::new(),
                    });
                }
                open = None;
            }
            None if single_opens(if i == from { ' ' } else { prev }, next) && c != '›' => open = Some((i, len)),
            _ => {}
        }
        i += len;
    }
    out
}

/// Single-quoted segments inside a double-quoted one (`singles`: see [`single_pairs`]).
fn nested(text: &str, seg: &Seg, singles: &[usize]) -> Vec<Seg> {
    if seg.single {
        return Vec::new();
    }
    let mut out = Vec::new();
    for &part in &seg.parts {
        out.extend(single_pairs(text, part, &[], singles));
    }
    for n in &mut out {
        n.paragraphs = seg.paragraphs;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{ExternalMeta, ingest};

    #[test]
    fn candidate_scan_stops_at_every_quote_and_non_ascii_byte() {
        let text = "plain text here, then \"a quote\" and it's “curly” — end 'x' padding padding";
        let b = text.as_bytes();
        for quote in [b'"', b'\''] {
            let mut i = 0;
            let mut got = Vec::new();
            while i < b.len() {
                i = next_candidate(b, i, b.len(), [quote]);
                if i < b.len() {
                    got.push(i);
                    i += 1;
                }
            }
            let want: Vec<usize> = (0..b.len()).filter(|&k| b[k] == quote || b[k] >= 0x80).collect();
            assert_eq!(got, want);
        }
        // Both quotes at once.
        let mut i = 0;
        let mut got = Vec::new();
        while i < b.len() {
            i = next_candidate(b, i, b.len(), [b'"', b'\'']);
            if i < b.len() {
                got.push(i);
                i += 1;
            }
        }
        let want: Vec<usize> = (0..b.len()).filter(|&k| matches!(b[k], b'"' | b'\'' | 0x80..)).collect();
        assert_eq!(got, want);
        // Never past the limit it is given.
        assert_eq!(next_candidate(b, 0, 5, [b'"']), 5);
    }

    fn segs(body: &str) -> Vec<Vec<String>> {
        let src = format!("A headline for the test\n\n{body}");
        let mut a = ingest("t.txt", src.as_bytes(), &ExternalMeta::default());
        crate::segment::segment(&mut a);
        find(&a).iter().map(|s| s.parts.iter().map(|p| a.slice(*p).to_string()).collect()).collect()
    }

    #[test]
    fn balanced_and_mis_spaced_marks() {
        assert_eq!(segs("“We go,” he said. “Now.”\n"), [vec!["We go,"], vec!["Now."]]);
        assert_eq!(
            segs("“This will be done in the near future, ”Tokayev said. Then “more” came.\n"),
            [vec!["This will be done in the near future,"], vec!["more"]]
        );
        assert_eq!(segs("\"Straight,\" she said, \"quotes.\"\n"), [vec!["Straight,"], vec!["quotes."]]);
        assert_eq!(segs("«Guillemets» and „low“ marks.\n"), [vec!["Guillemets"], vec!["low"]]);
    }

    #[test]
    fn dialogue_set_off_by_dashes() {
        assert_eq!(
            segs("– The norms will remain unchanged, – Mirziyoyev said on Saturday, speaking to deputies.\n"),
            [vec!["The norms will remain unchanged,"]]
        );
        assert_eq!(
            segs("— We were not ready, — the mayor admitted. — The canals had not been cleaned.\n"),
            [vec!["We were not ready,", "The canals had not been cleaned."]]
        );
        // A dashed list item, or a dash with no speech verb after it, is no quotation.
        assert_eq!(segs("– Wheat, – barley and – rice were exported.\n"), Vec::<Vec<String>>::new());
        assert_eq!(segs("– Prices rose, – and wages fell.\n"), Vec::<Vec<String>>::new());
    }

    #[test]
    fn paragraphs_continue_or_run_on() {
        // The opening mark repeated on each paragraph.
        assert_eq!(
            segs("\"First paragraph of it.\n\n\"Second one,\" she said.\n"),
            [vec!["First paragraph of it.", "Second one,"]]
        );
        // One opening mark running to a closing mark three paragraphs later.
        assert_eq!(
            segs("“One, – he said, – two.\n\nThree is here.\n\nFour,” writes Somebody.\n"),
            [vec!["One", "two.", "Three is here.", "Four,"]]
        );
        // An unbalanced mark ends with its paragraph.
        assert_eq!(segs("\"Never closed here.\n\nPlain text follows.\n"), [vec!["Never closed here."]]);
    }

    #[test]
    fn nested_single_quotes_and_apostrophes() {
        let src = "A headline for the test\n\n\"They aren't chanting 'Go away!' today,\" he wrote. The horses' food.\n";
        let mut a = ingest("t.txt", src.as_bytes(), &ExternalMeta::default());
        crate::segment::segment(&mut a);
        let s = find(&a);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].nested.len(), 1);
        assert_eq!(a.slice(s[0].nested[0].parts[0]), "Go away!");
        assert_eq!(segs("Some text first.\n\n'uneasy' on the street\"\n"), [vec!["uneasy"]]);
    }
}
