//! Words for the records: names, roles, dates and where they came from, as a reader sees them.

use presslens_engine::{Article, Corpus, Event, Quote, Source};

use crate::corpus::CorpusHandle;

/// `n thing` or `n things`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A similarity (0–1) as a whole percentage.
pub fn percent(x: f32) -> String {
    let x = if x.is_finite() { x.clamp(0.0, 1.0) } else { 0.0 };
    format!("{}%", (x * 100.0).round() as u32)
}

/// An entity's canonical name ("unknown" for a bad index).
pub fn entity_name(c: &Corpus, e: u32) -> &str {
    c.entities.get(e as usize).map_or("unknown", |x| x.name.as_str())
}

/// An entity's first role, if the text gave one.
pub fn entity_role(c: &Corpus, e: u32) -> Option<&str> {
    c.entities.get(e as usize).and_then(|x| x.roles.first()).map(String::as_str)
}

/// Who said a quote: the resolved speaker's name, or the words the text uses, or
/// "Unattributed".
pub fn speaker(c: &Corpus, q: &Quote) -> String {
    match (q.speaker, &q.speaker_text) {
        (Some(e), _) => entity_name(c, e).to_string(),
        (None, Some(t)) if !t.trim().is_empty() => t.trim().to_string(),
        _ => "Unattributed".to_string(),
    }
}

/// An article's headline, or its file name when it has none.
pub fn title(a: &Article) -> &str {
    a.title.as_ref().map_or(a.file.as_str(), |t| t.value.as_str())
}

/// Where a metadata value came from, in words.
pub fn source_note(s: &Source) -> String {
    match s {
        Source::Text { line } => format!("from the text, line {line}"),
        Source::Manifest => "from the corpus manifest".into(),
        Source::Command => "given on the command line".into(),
        Source::Inferred { note } => format!("inferred: {note}"),
    }
}

/// A link target that is safe to put in `href`: only `http:` and `https:` addresses.
pub fn safe_url(url: &str) -> Option<&str> {
    let u = url.trim();
    let lower = u.get(..8).unwrap_or(u).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(u)
}

/// How an event's date was read: the words (and which outlet wrote them), the rule, the
/// anchor; `inferred` when no mention gives the date in words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Provenance {
    /// The words the date came from.
    pub written: Option<String>,
    /// The article those words are in.
    pub article: Option<u32>,
    /// The rule that read them.
    pub rule: Option<String>,
    /// The date they were resolved against, and what it is.
    pub anchor: Option<String>,
    /// No mention states the date in words.
    pub inferred: bool,
}

/// The provenance of an event's date: from the first mention whose date is the event's, or
/// else the first mention with words for its date.
pub fn provenance(c: CorpusHandle, e: &Event) -> Provenance {
    let with_timex = |m: &&presslens_engine::EventMention| m.timex.is_some();
    let best =
        e.mentions.iter().filter(with_timex).find(|m| m.date == e.date).or_else(|| e.mentions.iter().find(with_timex));
    let Some(m) = best else { return Provenance { inferred: true, ..Provenance::default() } };
    let Some(t) = m.timex.and_then(|t| c.timexes.get(t as usize)) else {
        return Provenance { inferred: true, ..Provenance::default() };
    };
    let written = Some(c.slice(t.article, t.span).to_string()).filter(|w| !w.is_empty());
    let anchor = match (&t.anchor, &t.anchor_note) {
        (Some(d), Some(n)) => Some(format!("{d} ({n})")),
        (Some(d), None) => Some(d.to_string()),
        (None, Some(n)) => Some(n.to_string()),
        (None, None) => None,
    };
    Provenance { written, article: Some(t.article), rule: Some(t.rule.to_string()), anchor, inferred: false }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_other_than_http_are_not_links() {
        assert_eq!(safe_url(" https://example.org/a "), Some("https://example.org/a"));
        assert_eq!(safe_url("HTTP://x"), Some("HTTP://x"));
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(safe_url("data:text/html,x"), None);
        assert_eq!(safe_url(""), None);
    }

    #[test]
    fn percentages_are_clamped_and_rounded() {
        assert_eq!(percent(0.734), "73%");
        assert_eq!(percent(1.2), "100%");
        assert_eq!(percent(f32::NAN), "0%");
        assert_eq!(plural(1, "outlet", "outlets"), "1 outlet");
        assert_eq!(plural(3, "outlet", "outlets"), "3 outlets");
    }
}
