//! The view state written as a URL fragment, and read back.
//!
//! The same vocabulary serves the page's hash (`#q=lukashenko&kind=quotes`), the `view` option of
//! an embed, and copied links. Keys, in the order they are written:
//!
//! | key | value | meaning |
//! |---|---|---|
//! | `q` | text | search words (all must occur) |
//! | `from`, `to` | `YYYY-MM-DD` | date range, inclusive; either may be left out |
//! | `actor` | `e3` or a name | an entity that must take part; repeat the key (or separate with commas) for several |
//! | `place` | `e7` or a name | a place that must be involved; repeatable |
//! | `outlet` | outlet name | an outlet that must report it; repeatable |
//! | `kind` | `events` or `quotes` | one kind only (both when absent) |
//! | `card` | `ev4`, `g2`, `q12` | the expanded card (event, quote group, single quote) |
//! | `article` | article id | the article open in the reader |
//! | `at` | `start-end` or `start` | byte offsets into that article's file to scroll to and highlight |
//! | `page` | `n` | the page of results, from 1 |
//!
//! Ids are those of `presslens extract` (`e3` is the third entity). Values are percent-encoded
//! (`%20` for a space; `+` is read as a space too). Unknown keys and values that do not resolve
//! in this corpus are ignored, so an old link still opens what it can.

use presslens_engine::{Date, Span};

use crate::index::{CardId, Index};
use crate::state::{Kind, ViewState};

/// Percent-encodes a value for the fragment.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b':' | b'@' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes a percent-encoded value (`+` is a space; a malformed escape is kept as written).
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => match (hex(b[i + 1]), hex(b[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(c: u8) -> Option<u8> {
    match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    }
}

fn entity_id(e: u32) -> String {
    format!("e{}", e + 1)
}

/// The fragment (without `#`) for a view.
pub fn write(view: &ViewState, index: &Index) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut put = |k: &str, v: &str| parts.push(format!("{k}={}", encode(v)));
    let f = &view.filters;
    if !f.q.trim().is_empty() {
        put("q", f.q.trim());
    }
    if let Some(d) = f.from {
        put("from", &d.to_string());
    }
    if let Some(d) = f.to {
        put("to", &d.to_string());
    }
    for &a in &f.actors {
        put("actor", &entity_id(a));
    }
    for &p in &f.places {
        put("place", &entity_id(p));
    }
    for &o in &f.outlets {
        if let Some(name) = index.outlets.get(o as usize) {
            put("outlet", name);
        }
    }
    if f.kind != Kind::Both {
        put("kind", f.kind.label());
    }
    if let Some(c) = view.card {
        put("card", &c.to_string());
    }
    if let Some(a) = &view.article {
        put("article", a);
        if let Some(at) = view.at {
            let v = if at.is_empty() { at.start.to_string() } else { format!("{}-{}", at.start, at.end) };
            put("at", &v);
        }
    }
    if let Some(p) = view.page.filter(|&p| p > 0) {
        put("page", &(p + 1).to_string());
    }
    parts.join("&")
}

fn card_exists(card: CardId, index: &Index) -> bool {
    let c = index.corpus;
    match card {
        CardId::Event(i) => (i as usize) < c.events.len(),
        CardId::Group(i) => (i as usize) < c.quote_groups.len(),
        CardId::Quote(i) => (i as usize) < c.quotes.len(),
    }
}

fn push_new(v: &mut Vec<u32>, x: u32) {
    if !v.contains(&x) {
        v.push(x);
    }
}

/// Reads a fragment (a leading `#` is allowed). Never fails: what cannot be read is left out.
pub fn read(fragment: &str, index: &Index) -> ViewState {
    let mut view = ViewState::default();
    let s = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut at = None;
    for pair in s.split('&').filter(|p| !p.is_empty()) {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let v = decode(v);
        let f = &mut view.filters;
        match k {
            "q" => f.q = v.trim().to_string(),
            "from" => f.from = Date::parse_iso(&v),
            "to" => f.to = Date::parse_iso(&v),
            "actor" | "place" => {
                for token in v.split(',') {
                    if let Some(e) = index.entity(token) {
                        push_new(if k == "actor" { &mut f.actors } else { &mut f.places }, e);
                    }
                }
            }
            "outlet" => {
                if let Some(o) = index.outlet_named(&v) {
                    push_new(&mut f.outlets, o);
                }
            }
            "kind" => f.kind = Kind::parse(&v).unwrap_or_default(),
            "card" => view.card = CardId::parse(&v).filter(|&c| card_exists(c, index)),
            "article" => view.article = index.article(&v).map(|(_, a)| a.id.clone()),
            "at" => {
                let (a, b) = v.split_once('-').unwrap_or((&v, &v));
                at = a
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .zip(b.trim().parse::<u32>().ok())
                    .map(|(a, b)| Span { start: a.min(b), end: a.max(b) });
            }
            "page" => view.page = v.parse::<u32>().ok().and_then(|p| p.checked_sub(1)),
            _ => {}
        }
    }
    if let (Some(a), Some(b)) = (view.filters.from, view.filters.to)
        && a > b
    {
        (view.filters.from, view.filters.to) = (Some(b), Some(a));
    }
    if view.article.is_some() {
        view.at = at;
    }
    view
}
