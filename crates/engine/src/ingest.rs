//! Stage 1: from raw bytes to an [`Article`] whose every line has a role.
//!
//! Reads metadata the text carries (title, outlet, byline, date line, source URL), sets captions,
//! comments and boilerplate apart from the body, and cuts the body into paragraphs. Nothing is
//! dropped: each input line ends up in [`Article::lines`] with exactly one [`LineRole`].

use crate::date::{Date, DateValue, month_from_name};
use crate::model::{
    Article, Caption, Comment, Diagnostic, Field, Level, Line, LineRole, Paragraph, ParagraphKind, Source, Span,
};
use crate::text::{self, is_space, trim_span, words};

/// Metadata supplied from outside the text (manifest or command line). `None` means "not given".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ExternalMeta {
    /// Headline.
    pub title: Option<String>,
    /// Outlet.
    pub outlet: Option<String>,
    /// Byline.
    pub author: Option<String>,
    /// Address of the article.
    pub url: Option<String>,
    /// Publication date.
    pub published: Option<Date>,
    /// Where these values come from ([`Source::Manifest`] or [`Source::Command`]).
    pub source: Option<Source>,
}

/// Reads one file. Never panics; problems become [`Diagnostic`]s on the article.
pub fn ingest(file: &str, bytes: &[u8], meta: &ExternalMeta) -> Article {
    let mut article = Article {
        id: article_id(file),
        file: file.to_string(),
        text: String::new(),
        title: None,
        outlet: None,
        author: None,
        published: None,
        url: None,
        lines: Vec::new(),
        paragraphs: Vec::new(),
        sentences: Vec::new(),
        captions: Vec::new(),
        comments: Vec::new(),
        diagnostics: Vec::new(),
    };
    match decode(bytes) {
        Ok(text) => article.text = text.to_string(),
        Err(diag) => {
            article.diagnostics.push(diag);
            apply_external(&mut article, meta);
            return article;
        }
    }
    if text::is_blank(&article.text) {
        article.diagnostics.push(Diagnostic {
            level: Level::Error,
            line: 1,
            message: "empty file: there is no text to read; add the article's text or remove the file".into(),
        });
        apply_external(&mut article, meta);
        return article;
    }
    classify(&mut article);
    apply_external(&mut article, meta);
    article
}

/// The id of an article: its file name without directories and extension.
pub fn article_id(file: &str) -> String {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = name.strip_suffix(".txt").unwrap_or(name);
    if stem.is_empty() { "article".into() } else { stem.to_string() }
}

fn line_number_at(bytes: &[u8], offset: usize) -> u32 {
    bytes[..offset.min(bytes.len())].iter().filter(|&&b| b == b'\n').count() as u32 + 1
}

fn decode(bytes: &[u8]) -> Result<&str, Diagnostic> {
    let head = &bytes[..bytes.len().min(8192)];
    // (Counted in blocks with byte-wide sums, which the compiler turns into vector code.)
    let controls: usize = head
        .chunks(128)
        .map(|block| usize::from(block.iter().map(|&b| u8::from((b < 0x09) | (0x0e..0x20).contains(&b))).sum::<u8>()))
        .sum();
    if head.contains(&0) || controls * 10 > head.len().max(1) {
        let at = head.iter().position(|&b| b == 0 || b < 0x09 || (0x0e..0x20).contains(&b)).unwrap_or(0);
        return Err(Diagnostic {
            level: Level::Error,
            line: line_number_at(bytes, at),
            message: "binary file (control bytes found): presslens reads plain-text articles; \
                      export the article as UTF-8 text"
                .into(),
        });
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        Diagnostic {
            level: Level::Error,
            line: line_number_at(bytes, at),
            message: format!("not valid UTF-8 (byte 0x{:02X} at offset {at}): re-save the file as UTF-8", bytes[at]),
        }
    })
}

/// A line's content: span of the trimmed text, and the text.
struct Raw<'a> {
    n: u32,
    /// Whole line without terminator.
    full: Span,
    /// Trimmed content.
    span: Span,
    text: &'a str,
}

fn split_lines(text: &str) -> Vec<Raw<'_>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut n = 1;
    let bytes = text.as_bytes();
    loop {
        let end = bytes[start..].iter().position(|&b| b == b'\n').map_or(text.len(), |p| start + p);
        let mut line_end = end;
        if line_end > start && bytes[line_end - 1] == b'\r' {
            line_end -= 1;
        }
        let mut content_start = start;
        if n == 1 && text[start..line_end].starts_with('\u{FEFF}') {
            content_start += 3;
        }
        let (off, t) = trim_span(&text[content_start..line_end]);
        let s = content_start + off;
        out.push(Raw { n, full: Span::new(start, line_end), span: Span::new(s, s + t.len()), text: t });
        if end >= text.len() {
            break;
        }
        start = end + 1;
        n += 1;
    }
    out
}

/// `min(number of words in s, limit + 1)`, without scanning past the limit: long lines are common and
/// most checks only need to know a line is short.
fn words_at_most(s: &str, limit: usize) -> usize {
    words(s).take(limit + 1).count()
}

/// Whether the first `n` bytes of `s` (cut at a char boundary), lower-cased, start with one of
/// `prefixes` (given in lower case). Allocates only when those bytes are not all ASCII.
fn lower_prefix_starts_with(s: &str, n: usize, prefixes: &[&str]) -> bool {
    let mut end = n.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let head = &s[..end];
    // Most lines start with none of the prefixes' first letters. (Only an ASCII first letter
    // rules a prefix out: some other characters lower-case to ASCII letters, `K` to `k`.)
    if let Some(&b) = head.as_bytes().first().filter(|b| b.is_ascii()) {
        let b = b.to_ascii_lowercase();
        if !prefixes.iter().any(|p| p.as_bytes().first().is_none_or(|&f| f == b)) {
            return false;
        }
    }
    if head.is_ascii() {
        prefixes.iter().any(|p| head.as_bytes().get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p.as_bytes())))
    } else {
        let l = head.to_lowercase();
        prefixes.iter().any(|p| l.starts_with(p))
    }
}

fn ends_with_terminal(s: &str) -> bool {
    s.trim_end_matches(|c: char| text::is_closer(c) || is_space(c)).chars().last().is_some_and(text::is_terminal)
}

/// Lines that are page furniture, not article text.
fn is_boilerplate(t: &str) -> bool {
    if t.len() > 160 {
        return false;
    }
    text::with_lowercase_in::<160, _>(t, |l| boilerplate_words(t, l.trim_end_matches([':', '.'])))
}

/// [`is_boilerplate`] for a short line `t`, given lower-cased as `l` (without a trailing `:`
/// or `.`).
fn boilerplate_words(t: &str, l: &str) -> bool {
    if l.starts_with("share ") || l == "share" || l == "share this" {
        return words_at_most(t, 5) <= 5;
    }
    if matches!(
        l,
        "do you like this article?"
            | "do you like this article"
            | "reply"
            | "print"
            | "subscribe"
            | "advertisement"
            | "read more"
            | "related"
            | "tags"
            | "comments policy"
            | "leave a reply"
            | "leave a comment"
            | "add comment"
            | "follow us"
            | "loading"
            | "like"
            | "tweet"
            | "email"
    ) {
        return true;
    }
    if l.starts_with("comment policy") || l.starts_with("comments policy") || l.contains("denotes required field") {
        return true;
    }
    if l.starts_with("photo source") || l.starts_with("photo credit") || l.starts_with("image source") {
        return true;
    }
    if l.starts_with("tags:") || l.starts_with("related:") || l.starts_with("read also") || l.starts_with("see also") {
        return true;
    }
    is_pagination(t)
}

/// `1 2 3 4 5 6 ... 7 8 9 10`, `« Prev 1 2 3 Next »`.
fn is_pagination(t: &str) -> bool {
    let mut numbers = 0;
    for tok in t.split(|c: char| is_space(c)).filter(|s| !s.is_empty()) {
        if tok.chars().all(|c| c.is_ascii_digit()) {
            numbers += 1;
        } else if !matches!(
            tok,
            "..." | "…" | "«" | "»" | "<" | ">" | "|" | "Next" | "Prev" | "Previous" | "next" | "prev"
        ) {
            return false;
        }
    }
    numbers >= 3
}

fn is_comment_header(t: &str) -> bool {
    if t.len() > 40 {
        return false;
    }
    text::with_lowercase_in::<40, _>(t, |l| {
        let l = l.trim();
        // `Comments (2)`, `Comments: 14`, `Comments [3]`: a count after the word.
        let counted = |w: &str| {
            l.strip_prefix(w).is_some_and(|r| {
                let n = r.trim().trim_start_matches([':', '(', '[']).trim_end_matches([')', ']']).trim();
                !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
            })
        };
        let rest = l.trim_start_matches(|c: char| c.is_ascii_digit()).trim();
        (rest != l || l.starts_with("comments"))
            && matches!(rest, "comment(s)" | "comments" | "comment" | "comments:" | "reader comments" | "responses")
            || counted("comments")
            || counted("reader comments")
    })
}

fn is_removed_comment(t: &str) -> bool {
    lower_prefix_starts_with(t, 60, &["comment removed", "this comment has been removed"])
        || t.eq_ignore_ascii_case("[deleted]")
}

/// `Source: https://…` and similar; returns the URL's span within `t`.
fn source_url(t: &str) -> Option<(usize, usize)> {
    let prefixes =
        ["source:", "source :", "original:", "url:", "link:", "originally published at", "read the original"];
    let bare_url = || lower_prefix_starts_with(t, 40, &["http"]) && !t.contains(' ');
    if !lower_prefix_starts_with(t, 40, &prefixes) && !bare_url() {
        return None;
    }
    let at = t.find("http")?;
    let end = t[at..].find(|c: char| is_space(c)).map_or(t.len(), |e| at + e);
    Some((at, end))
}

/// The agency of a wire dateline at the start of `t` (`ALMATY, April 24 (Reuters) - `,
/// `LONDON (AP) — `): its span within `t`.
fn wire_agency(t: &str) -> Option<(usize, usize)> {
    let head_end = [" - ", " — ", " – ", " -- "].iter().filter_map(|d| t.get(..t.len().min(80))?.find(d)).min()?;
    let head = &t[..head_end];
    let agency = text::dateline_agency(head)?;
    let place = head[..agency.start - 1].split(',').next().unwrap_or_default().trim();
    text::is_dateline_place(place).then_some((agency.start, agency.end))
}

/// A wire dateline on a line of its own, `BISHKEK, Oct 12, 2023 (AFP) -`: its full date and the
/// agency's span within `t`.
fn dateline_line(t: &str) -> Option<(LineDate, Option<(usize, usize)>)> {
    let head = t.trim_end().strip_suffix(['-', '–', '—'])?.trim_end_matches('-').trim_end();
    let place = head.split(',').next()?.trim();
    if !text::is_dateline_place(place) || head.len() > 80 {
        return None;
    }
    let date = find_full_date(head)?;
    Some((date, text::dateline_agency(head).map(|r| (r.start, r.end))))
}

/// A wire credit line, `(Reporting by Olzhas Auyezov; Editing by Alex Richardson)`: `Some` with
/// the span of the first reporter's name within `t`, if it names one.
fn credit_line(t: &str) -> Option<Option<(usize, usize)>> {
    let inner = t.strip_prefix('(')?.strip_suffix(')')?;
    let mut reporter = None;
    let mut at = 1;
    for part in inner.split(';') {
        let p = part.trim_start();
        let start = at + (part.len() - p.len());
        at += part.len() + 1;
        let by = p.find(" by ")?;
        let what = &p[..by];
        let first = what.split(' ').next().unwrap_or_default();
        let known = matches!(
            first,
            "Reporting"
                | "Additional"
                | "Writing"
                | "Written"
                | "Editing"
                | "Edited"
                | "Compiled"
                | "Graphics"
                | "Fact-checking"
        );
        if !known || words_at_most(what, 3) > 3 {
            return None;
        }
        if reporter.is_none() && matches!(first, "Reporting" | "Writing" | "Written") {
            let names = &p[by + 4..];
            // The first name: up to ` in <place>`, ` and `, a comma.
            let end = [" in ", " and ", ","].iter().filter_map(|m| names.find(m)).min().unwrap_or(names.len());
            let name = names[..end].trim_end();
            if !name.is_empty() {
                let s = start + by + 4;
                reporter = Some((s, s + name.len()));
            }
        }
    }
    Some(reporter)
}

/// `By Rustam Temirov`, `Author: Jane Doe`; returns the name's span within `t`.
fn byline(t: &str) -> Option<(usize, usize)> {
    let rest_at = if let Some(r) = t.strip_prefix("By ") {
        t.len() - r.len()
    } else if let Some(r) = t.strip_prefix("Author: ").or_else(|| t.strip_prefix("Written by ")) {
        t.len() - r.len()
    } else {
        return None;
    };
    let rest = &t[rest_at..];
    let ws: Vec<_> = words(rest).collect();
    if ws.is_empty() || ws.len() > 7 || ends_with_terminal(rest) && !rest.ends_with('.') {
        return None;
    }
    let names_ok = ws.iter().all(|w| w.is_capitalized() || matches!(w.text, "and" | "de" | "van" | "von" | "al"));
    names_ok.then(|| (rest_at, rest_at + rest.trim_end_matches(['.', ',']).len()))
}

/// A date found in a metadata line.
struct LineDate {
    date: Date,
    /// Byte range of the date words in the line.
    at: (usize, usize),
}

/// Finds a full date (day, month and year) in a short metadata-like line.
fn find_full_date(t: &str) -> Option<LineDate> {
    let ws: Vec<_> = words(t).collect();
    for i in 0..ws.len() {
        let w = ws[i].text;
        // ISO 2022-01-13
        if w.len() == 10 && w.as_bytes()[4] == b'-' && w.as_bytes()[7] == b'-' {
            if let Some(d) = Date::parse_iso(w) {
                return Some(LineDate { date: d, at: (ws[i].start, ws[i].end) });
            }
        }
        // 13.01.2022 or 13/01/2022
        let sep = if w.contains('.') { '.' } else { '/' };
        let parts: Vec<_> = w.split(sep).collect();
        if parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit())) {
            if let Some(d) = numeric_dmy(parts[0], parts[1], parts[2]) {
                return Some(LineDate { date: d, at: (ws[i].start, ws[i].end) });
            }
        }
        // 04 02 2022
        if i + 2 < ws.len() && [w, ws[i + 1].text, ws[i + 2].text].iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
        {
            if let Some(d) = numeric_dmy(w, ws[i + 1].text, ws[i + 2].text) {
                return Some(LineDate { date: d, at: (ws[i].start, ws[i + 2].end) });
            }
        }
        // January 13, 2022
        if let Some(m) = month_from_name(w).filter(|_| ws[i].is_capitalized()) {
            if i + 2 < ws.len() {
                if let (Ok(d), Ok(y)) = (ws[i + 1].text.parse::<u8>(), ws[i + 2].text.parse::<i32>()) {
                    if let Some(date) = Date::new(y, m, d).filter(|_| y > 1000) {
                        return Some(LineDate { date, at: (ws[i].start, ws[i + 2].end) });
                    }
                }
            }
        }
        // 13 January 2022
        if i + 2 < ws.len() {
            if let (Ok(d), Some(m), Ok(y)) =
                (w.parse::<u8>(), month_from_name(ws[i + 1].text), ws[i + 2].text.parse::<i32>())
            {
                if let Some(date) = Date::new(y, m, d).filter(|_| y > 1000) {
                    return Some(LineDate { date, at: (ws[i].start, ws[i + 2].end) });
                }
            }
        }
    }
    None
}

/// Day–month–year in digits, the order used outside the US. A first number over 12 cannot be a
/// month; a second number over 12 means the writer used month–day order.
fn numeric_dmy(a: &str, b: &str, c: &str) -> Option<Date> {
    let (a, b, y): (u8, u8, i32) = (a.parse().ok()?, b.parse().ok()?, c.parse().ok()?);
    if !(1000..=9999).contains(&y) {
        return None;
    }
    if b > 12 { Date::new(y, a, b) } else { Date::new(y, b, a) }
}

/// A line that is a date (and maybe a time and an outlet name) and nothing else. Returns the date
/// and the outlet name's byte range within `t`, if there is one.
fn date_line(t: &str) -> Option<(LineDate, Option<(usize, usize)>)> {
    if t.len() > 100 || words_at_most(t, 10) > 10 || ends_with_terminal(t) && !t.ends_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let ld = find_full_date(t)?;
    // What is left must be an outlet name, a time, or words like "Published".
    let before = t[..ld.at.0].trim_matches(|c: char| is_space(c) || matches!(c, ',' | '|' | '-' | '–' | '—' | '·'));
    let after = &t[ld.at.1..];
    let after_ok = words(after).all(|w| {
        w.text.chars().all(|c| c.is_ascii_digit() || c == ':')
            || matches!(w.text.to_ascii_lowercase().as_str(), "am" | "pm" | "a.m." | "p.m." | "gmt" | "utc" | "msk")
    });
    if !after_ok {
        return None;
    }
    let before_words: Vec<_> = words(before).collect();
    let label_words = ["published", "updated", "posted", "date", "on"];
    let outlet_words: Vec<_> =
        before_words.iter().filter(|w| !label_words.contains(&w.text.to_ascii_lowercase().as_str())).collect();
    if outlet_words.len() > 4 || outlet_words.iter().any(|w| !w.is_capitalized() && !w.text.contains('.')) {
        return None;
    }
    let outlet = match (outlet_words.first(), outlet_words.last()) {
        (Some(a), Some(b)) => {
            let off = before.as_ptr() as usize - t.as_ptr() as usize;
            Some((off + a.start, off + b.end))
        }
        _ => None,
    };
    Some((ld, outlet))
}

/// ` date 2022-01-10 Bakhtiyor …`: a scraped date prefix in front of the first paragraph.
fn date_prefix(t: &str) -> Option<(Date, usize)> {
    let rest = t.strip_prefix("date ").or_else(|| t.strip_prefix("Date: ")).or_else(|| t.strip_prefix("Date "))?;
    let iso = rest.get(..10)?;
    let d = Date::parse_iso(iso)?;
    let after = &rest[10..];
    let consumed = t.len() - after.len() + (after.len() - after.trim_start_matches(is_space).len());
    Some((d, consumed))
}

/// A caption: a description of a photo with a bracketed credit at the end (`… [Name/AFP]`) or a
/// `Photo:` label.
fn caption_credit(t: &str) -> Option<(usize, usize)> {
    if !t.ends_with(']') {
        return None;
    }
    let open = t.rfind('[')?;
    (open > 0 && words_at_most(&t[..open], 3) >= 3).then_some((open, t.len()))
}

fn is_caption_label(t: &str) -> bool {
    lower_prefix_starts_with(t, 20, &["photo:", "pictured:", "image:", "video:", "caption:", "file photo"])
}

/// A headline: no sentence-final period, not too long.
fn looks_like_title(t: &str) -> bool {
    let n = words_at_most(t, 30);
    (2..=30).contains(&n) && !t.ends_with('.') && !t.ends_with(',')
}

/// A subheading inside the body: a short line without final punctuation.
fn looks_like_subheading(t: &str) -> bool {
    // The cheap tests first: most lines are running text that ends in a full stop.
    !ends_with_terminal(t)
        && !t.ends_with([',', ':', ';'])
        && t.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && (1..=9).contains(&words_at_most(t, 9))
        // (`Nodira Karimova, a member of the city council`: a signature under a block quotation.)
        && ![", a ", ", an ", ", the "].iter().any(|a| t.contains(a))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Zone {
    Header,
    Body,
    Comments,
}

fn classify(a: &mut Article) {
    let text = a.text.clone();
    let raws = split_lines(&text);
    let mut roles: Vec<LineRole> = vec![LineRole::Blank; raws.len()];
    let mut dup_of: Vec<Option<u32>> = vec![None; raws.len()];
    // Paragraph pieces: (line index, content span, kind).
    let mut body_lines: Vec<(usize, Span)> = Vec::new();
    let mut caption_lines: Vec<usize> = Vec::new();
    let mut zone = Zone::Header;
    let mut title_line: Option<usize> = None;
    let mut site_lines: Vec<usize> = Vec::new();
    let mut first_seen: crate::lexicon::FxMap<&str, usize> = crate::lexicon::FxMap::default();

    // Which non-blank line first looks like running text? Everything above it is the header.
    let first_text = raws.iter().position(|r| {
        !r.text.is_empty()
            && (date_prefix(r.text).is_some()
                || (ends_with_terminal(r.text) && words_at_most(r.text, 8) >= 8 && caption_credit(r.text).is_none())
                || words_at_most(r.text, 30) > 30)
    });

    for (i, r) in raws.iter().enumerate() {
        let t = r.text;
        if t.is_empty() {
            continue;
        }
        // Exact repeats of an earlier line (captions repeated by the page layout, a headline
        // printed twice) take the earlier line's role.
        let seen = if t.len() >= 8 {
            match first_seen.entry(t) {
                std::collections::hash_map::Entry::Occupied(e) => Some(*e.get()),
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(i);
                    None
                }
            }
        } else {
            None
        };
        if let Some(j) = seen.filter(|_| words_at_most(t, 3) >= 3) {
            if matches!(roles[j], LineRole::Title | LineRole::Caption | LineRole::Metadata | LineRole::Boilerplate) {
                roles[i] = roles[j];
                dup_of[i] = Some(raws[j].n);
                if roles[j] == LineRole::Caption {
                    caption_lines.push(i);
                }
                continue;
            }
        }
        if zone != Zone::Comments && is_comment_header(t) {
            roles[i] = LineRole::Boilerplate;
            zone = Zone::Comments;
            continue;
        }
        if is_boilerplate(t) {
            roles[i] = LineRole::Boilerplate;
            continue;
        }
        if zone == Zone::Comments {
            roles[i] = LineRole::Comment;
            let removed = is_removed_comment(t);
            a.comments.push(Comment { span: r.span, removed });
            continue;
        }
        if let Some((at, end)) = source_url(t) {
            roles[i] = LineRole::Metadata;
            if a.url.is_none() {
                a.url = Some(Field { value: t[at..end].to_string(), source: Source::Text { line: r.n } });
            }
            continue;
        }
        if let Some(reporter) = credit_line(t) {
            roles[i] = LineRole::Metadata;
            if let (Some((at, end)), None) = (reporter, &a.author) {
                a.author = Some(Field { value: t[at..end].to_string(), source: Source::Text { line: r.n } });
            }
            continue;
        }
        if let Some((at, end)) = byline(t) {
            roles[i] = LineRole::Metadata;
            if a.author.is_none() {
                a.author = Some(Field { value: t[at..end].to_string(), source: Source::Text { line: r.n } });
            }
            continue;
        }
        if let Some((ld, outlet)) = date_line(t) {
            roles[i] = LineRole::Metadata;
            if a.published.is_none() {
                a.published = Some(Field { value: DateValue::day(ld.date), source: Source::Text { line: r.n } });
            }
            if let (Some((s, e)), None) = (outlet, &a.outlet) {
                a.outlet = Some(Field { value: t[s..e].to_string(), source: Source::Text { line: r.n } });
            }
            continue;
        }
        if let Some((ld, agency)) = dateline_line(t) {
            roles[i] = LineRole::Metadata;
            if a.published.is_none() {
                a.published = Some(Field { value: DateValue::day(ld.date), source: Source::Text { line: r.n } });
            }
            if let (Some((s, e)), None) = (agency, &a.outlet) {
                a.outlet = Some(Field { value: t[s..e].to_string(), source: Source::Text { line: r.n } });
            }
            continue;
        }
        if caption_credit(t).is_some() || is_caption_label(t) {
            roles[i] = LineRole::Caption;
            caption_lines.push(i);
            continue;
        }
        let in_header = zone == Zone::Header && first_text.is_none_or(|f| i < f);
        if in_header {
            if title_line.is_none() && looks_like_title(t) && words_at_most(t, 3) >= 3 {
                roles[i] = LineRole::Title;
                title_line = Some(i);
                a.title = Some(Field { value: t.to_string(), source: Source::Text { line: r.n } });
            } else if title_line.is_none() && words_at_most(t, 3) <= 3 && !ends_with_terminal(t) {
                // Site and section names printed above the headline.
                roles[i] = LineRole::Metadata;
                site_lines.push(i);
            } else if title_line.is_some() && !ends_with_terminal(t) {
                // Text between the headline and the first paragraph without sentence punctuation:
                // the lead image's description.
                roles[i] = LineRole::Caption;
                caption_lines.push(i);
            } else {
                roles[i] = LineRole::Body;
                zone = Zone::Body;
                body_lines.push((i, r.span));
            }
            continue;
        }
        zone = Zone::Body;
        roles[i] = LineRole::Body;
        let mut span = r.span;
        if body_lines.is_empty() {
            if let Some((d, consumed)) = date_prefix(t) {
                if a.published.is_none() {
                    a.published = Some(Field { value: DateValue::day(d), source: Source::Text { line: r.n } });
                }
                span.start += consumed as u32;
            }
        }
        body_lines.push((i, span));
    }

    // The site name above the headline is the outlet, unless the text names one outright.
    if a.outlet.is_none() {
        if let Some(&i) = site_lines.first() {
            let r = &raws[i];
            a.outlet = Some(Field {
                value: r.text.to_string(),
                source: Source::Inferred { note: format!("site name above the headline (line {})", r.n) },
            });
        }
    }
    if a.outlet.is_none() {
        if let Some((name, line)) = editor_note_outlet(&text, &raws, &body_lines) {
            a.outlet = Some(Field {
                value: name,
                source: Source::Inferred { note: format!("editor's note naming the outlet (line {line})") },
            });
        }
    }
    // A wire story names its agency in the dateline: `ALMATY, April 24 (Reuters) - `.
    if a.outlet.is_none() {
        if let Some(&(i, span)) = body_lines.first() {
            let t = &text[span.range()];
            if let Some((s, e)) = wire_agency(t) {
                a.outlet = Some(Field {
                    value: t[s..e].to_string(),
                    source: Source::Inferred { note: format!("the agency in the dateline (line {})", raws[i].n) },
                });
            }
        }
    }

    build_paragraphs(a, &raws, &body_lines);
    build_captions(a, &raws, &caption_lines, &dup_of);
    a.lines = raws
        .iter()
        .zip(roles.iter().zip(dup_of))
        .map(|(r, (&role, dup))| Line { n: r.n, span: r.full, role, duplicate_of: dup })
        .collect();

    if a.paragraphs.is_empty() {
        a.diagnostics.push(Diagnostic {
            level: Level::Warning,
            line: title_line.map_or(1, |i| raws[i].n),
            message: "no body text found (only a title, metadata or boilerplate): nothing to extract".into(),
        });
    }
}

/// `(in Kazakhstan, – approx. “Lenta.ru”)`: an outlet's note inside a translated quote.
fn editor_note_outlet(text: &str, raws: &[Raw<'_>], body: &[(usize, Span)]) -> Option<(String, u32)> {
    for &(i, span) in body {
        let t = &text[span.range()];
        // The note is inside parentheses: most paragraphs have none, and need no search.
        if !t.contains('(') {
            continue;
        }
        for marker in ["approx. ", "approx ", "note of ", "ed. note "] {
            let mut from = 0;
            while let Some(p) = t[from..].find(marker) {
                let at = from + p + marker.len();
                from = at;
                // Only inside parentheses.
                let inside_parentheses = t[..at].rfind('(').is_some_and(|o| !t[o..at].contains(')'));
                if !inside_parentheses {
                    continue;
                }
                let rest = t[at..].trim_start_matches(|c: char| text::is_quote_mark(c) || is_space(c));
                let end = rest.find(|c: char| text::is_quote_mark(c) || c == ')' || c == ',').unwrap_or(rest.len());
                let name = rest[..end].trim();
                if !name.is_empty()
                    && words_at_most(name, 3) <= 3
                    && name.chars().next().is_some_and(char::is_uppercase)
                {
                    return Some((name.to_string(), raws[i].n));
                }
            }
        }
    }
    None
}

fn build_paragraphs(a: &mut Article, raws: &[Raw<'_>], body: &[(usize, Span)]) {
    let text = a.text.clone();
    let mut k = 0;
    while k < body.len() {
        let (i, span) = body[k];
        let mut end_span = span;
        // Hard-wrapped text: consecutive lines of one paragraph, each cut mid-sentence.
        let mut j = k;
        while j + 1 < body.len() && body[j + 1].0 == body[j].0 + 1 {
            let cur = &text[body[j].1.range()];
            if ends_with_terminal(cur)
                || cur.chars().count() < 40
                || looks_like_subheading(&text[body[j + 1].1.range()])
            {
                break;
            }
            j += 1;
            end_span = body[j].1;
        }
        let t = &text[span.start as usize..end_span.end as usize];
        let kind = if j == k && looks_like_subheading(t) && raws[i].text.len() == t.len() {
            ParagraphKind::Subheading
        } else {
            ParagraphKind::Text
        };
        a.paragraphs.push(Paragraph { span: Span { start: span.start, end: end_span.end }, kind, sentences: (0, 0) });
        k = j + 1;
    }
    mark_interview(a);
}

/// A Q&A: at least two question paragraphs, each followed by an answer. Questions are the
/// outlet's words; answers are the interviewee's.
fn mark_interview(a: &mut Article) {
    let is_q = |p: &Paragraph, text: &str| {
        p.kind == ParagraphKind::Text && ends_with_terminal(&text[p.span.range()]) && {
            let t = text[p.span.range()].trim_end_matches(|c: char| text::is_closer(c) || is_space(c));
            t.ends_with('?')
        }
    };
    let text = &a.text;
    let qs: Vec<bool> = a.paragraphs.iter().map(|p| is_q(p, text)).collect();
    let answered = (0..qs.len())
        .filter(|&i| qs[i] && a.paragraphs.get(i + 1).is_some_and(|p| p.kind == ParagraphKind::Text && !qs[i + 1]))
        .count();
    if answered < 2 {
        return;
    }
    let mut in_qa = false;
    for (p, &q) in a.paragraphs.iter_mut().zip(&qs) {
        if p.kind == ParagraphKind::Subheading {
            continue;
        }
        if q {
            p.kind = ParagraphKind::Question;
            in_qa = true;
        } else if in_qa {
            p.kind = ParagraphKind::Answer;
        }
    }
}

fn build_captions(a: &mut Article, raws: &[Raw<'_>], lines: &[usize], dup_of: &[Option<u32>]) {
    for &i in lines {
        let r = &raws[i];
        if let Some(orig) = dup_of[i] {
            if let Some(c) = a.captions.iter_mut().find(|c| c.lines.first() == Some(&orig)) {
                c.lines.push(r.n);
                continue;
            }
        }
        let credit =
            caption_credit(r.text).map(|(s, e)| Span::new(r.span.start as usize + s, r.span.start as usize + e));
        a.captions.push(Caption { span: r.span, credit, lines: vec![r.n] });
    }
}

fn apply_external(a: &mut Article, meta: &ExternalMeta) {
    let source = meta.source.clone().unwrap_or(Source::Manifest);
    let set = |slot: &mut Option<Field<String>>, v: &Option<String>| {
        if let Some(v) = v {
            *slot = Some(Field { value: v.clone(), source: source.clone() });
        }
    };
    set(&mut a.title, &meta.title);
    set(&mut a.outlet, &meta.outlet);
    set(&mut a.author, &meta.author);
    set(&mut a.url, &meta.url);
    if let Some(d) = meta.published {
        if let Some(f) = &a.published {
            if f.value.day_value() != Some(d) && matches!(f.source, Source::Text { .. }) {
                let line = if let Source::Text { line } = f.source { line } else { 0 };
                a.diagnostics.push(Diagnostic {
                    level: Level::Warning,
                    line,
                    message: format!(
                        "the text dates the article {} but the {} says {d}; using {d}",
                        f.value.value(),
                        if source == Source::Command { "command line" } else { "manifest" }
                    ),
                });
            }
        }
        a.published = Some(Field { value: DateValue::day(d), source: source.clone() });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roles(a: &Article) -> Vec<&'static str> {
        a.lines.iter().map(|l| l.role.label()).collect()
    }

    #[test]
    fn header_metadata_and_tail_boilerplate() {
        let src = "Site\nNews\n\nA headline about things\n\nBy Jane Roe\n\nThe first paragraph is here, and it is long enough.\n\nSecond one.\n\nSource: https://example.org/a/1  \nShare this article:\nShare on twitter\n1 2 3 4 5 ... 9 10\n";
        let a = ingest("x/2022_site_slug.txt", src.as_bytes(), &ExternalMeta::default());
        assert_eq!(
            roles(&a),
            [
                "metadata",
                "metadata",
                "blank",
                "title",
                "blank",
                "metadata",
                "blank",
                "body",
                "blank",
                "body",
                "blank",
                "metadata",
                "boilerplate",
                "boilerplate",
                "boilerplate",
                "blank"
            ]
        );
        assert_eq!(a.id, "2022_site_slug");
        assert_eq!(a.title.as_ref().unwrap().value, "A headline about things");
        assert_eq!(a.author.as_ref().unwrap().value, "Jane Roe");
        assert_eq!(a.url.as_ref().unwrap().value, "https://example.org/a/1");
        assert_eq!(a.outlet.as_ref().unwrap().value, "Site");
        assert!(matches!(a.outlet.as_ref().unwrap().source, Source::Inferred { .. }));
        assert_eq!(a.paragraphs.len(), 2);
    }

    #[test]
    fn a_wire_credit_line_names_the_reporter_and_the_dateline_the_agency() {
        let src = "Court jails former chief\n\nA court sentenced the former chief on Monday, the court said.\n\n\
                   (Reporting by Olzhas Auyezov in Almaty; Additional reporting by Jane Roe; Editing by Alex Richardson)\n";
        let a = ingest("a.txt", src.as_bytes(), &ExternalMeta::default());
        assert_eq!(roles(&a), ["title", "blank", "body", "blank", "metadata", "blank"]);
        assert_eq!(a.author.as_ref().unwrap().value, "Olzhas Auyezov");
        assert_eq!(a.paragraphs.len(), 1);
        // The dateline's agency is the outlet when nothing else names one.
        let src = "Court jails former chief\n\nALMATY, April 24 (Reuters) - A court sentenced him.\n";
        let a = ingest("a.txt", src.as_bytes(), &ExternalMeta::default());
        assert_eq!(a.outlet.as_ref().unwrap().value, "Reuters");
        assert!(matches!(a.outlet.as_ref().unwrap().source, Source::Inferred { .. }));
        let src = "Court jails former chief\n\nThe court (in Almaty) - closed - sentenced him.\n";
        assert!(ingest("a.txt", src.as_bytes(), &ExternalMeta::default()).outlet.is_none());
        // A dateline on a line of its own dates the article and names the agency.
        let src = "Opposition leader detained\n\nBISHKEK, Oct 12, 2023 (AFP) -\n\nKyrgyz police detained an opposition politician on Thursday, his party said.\n";
        let a = ingest("a.txt", src.as_bytes(), &ExternalMeta::default());
        assert_eq!(roles(&a), ["title", "blank", "metadata", "blank", "body", "blank"]);
        assert_eq!(a.published.as_ref().unwrap().value.value(), "2023-10-12");
        assert_eq!(a.outlet.as_ref().unwrap().value, "AFP");
        // A bracketed sentence in the body is not a credit line.
        let src = "Court jails former chief\n\nA court sentenced him.\n\n(The court was closed by the police.)\n";
        let a = ingest("a.txt", src.as_bytes(), &ExternalMeta::default());
        assert_eq!(a.paragraphs.len(), 2);
        assert!(a.author.is_none());
    }

    #[test]
    fn date_lines_in_several_styles() {
        for (line, want, outlet) in [
            ("Ozodlik Radio, January 13, 2022", "2022-01-13", Some("Ozodlik Radio")),
            ("04 02 2022, 08:55", "2022-02-04", None),
            ("Published 13.01.2022", "2022-01-13", None),
            ("12 March 2021", "2021-03-12", None),
        ] {
            let (ld, o) = date_line(line).unwrap_or_else(|| panic!("{line}"));
            assert_eq!(ld.date.to_string(), want);
            assert_eq!(o.map(|(s, e)| &line[s..e]), outlet);
        }
        assert!(date_line("On January 10, the president spoke.").is_none());
    }

    #[test]
    fn crlf_bom_and_date_prefix() {
        let src = "\u{FEFF} date 2022-01-10 The lead paragraph starts here and goes on.\r\n\r\nMore text.\r\n";
        let a = ingest("a.txt", src.as_bytes(), &ExternalMeta::default());
        assert_eq!(a.published.as_ref().unwrap().value.value(), "2022-01-10");
        let p = &a.paragraphs[0];
        assert!(a.slice(p.span).starts_with("The lead"));
        assert!(!a.slice(a.paragraphs[1].span).ends_with('\r'));
    }

    #[test]
    fn captions_repeat_once_and_comments_stay_apart() {
        let src = "Title of the piece here\n\nA photo shows a square. [Agency/AFP]\n\nA photo shows a square. [Agency/AFP]\n\nBody text that is a real sentence of the article.\n\nDo you like this article?\n\n2 Comment(s)\n\nFirst reader comment.\n\nReply\nComment removed for violating comments policy\n";
        let a = ingest("a.txt", src.as_bytes(), &ExternalMeta::default());
        assert_eq!(a.captions.len(), 1);
        assert_eq!(a.captions[0].lines, [3, 5]);
        assert_eq!(a.comments.len(), 2);
        assert!(a.comments[1].removed);
        assert_eq!(a.paragraphs.len(), 1);
        // A count after the word: `Comments (2)`, `Comments: 14`.
        for header in ["Comments (2)", "Comments: 14", "Reader comments [3]"] {
            let src = format!(
                "Title of the piece here\n\nBody text that is a real sentence of the article.\n\n{header}\n\nFarrukh: Absolutely right.\n"
            );
            let a = ingest("a.txt", src.as_bytes(), &ExternalMeta::default());
            assert_eq!((a.paragraphs.len(), a.comments.len()), (1, 1), "{header}");
        }
        // Not a header: a sentence about comments.
        assert!(!is_comment_header("Comments (on the deal) were mixed"));
    }

    #[test]
    fn bad_bytes_are_reported_with_their_line() {
        let a = ingest("bad.txt", b"line one\nline \xff two\n", &ExternalMeta::default());
        assert_eq!(a.diagnostics[0].level, Level::Error);
        assert_eq!(a.diagnostics[0].line, 2);
        let b = ingest("bin.txt", b"\x00\x01\x02\x03binary", &ExternalMeta::default());
        assert!(b.diagnostics[0].message.contains("binary"));
        let e = ingest("empty.txt", b"", &ExternalMeta::default());
        assert!(e.diagnostics[0].message.contains("empty"));
    }

    #[test]
    fn interview_questions_and_answers() {
        let src = "Interview headline here\n\nIntro paragraph about the interview with the expert.\n\nWhat happens next?\n\nThings will change.\n\nWhy?\n\nBecause they must.\n";
        let a = ingest("a.txt", src.as_bytes(), &ExternalMeta::default());
        let kinds: Vec<_> = a.paragraphs.iter().map(|p| p.kind).collect();
        assert_eq!(
            kinds,
            [
                ParagraphKind::Text,
                ParagraphKind::Question,
                ParagraphKind::Answer,
                ParagraphKind::Question,
                ParagraphKind::Answer
            ]
        );
    }
}
