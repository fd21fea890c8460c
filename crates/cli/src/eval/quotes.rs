//! Quote cases: `text → [{speaker, cue, quote}]`.
//!
//! Each case's text is run through the engine as the body of an article (after a made-up
//! headline and lead sentence, so the text's first line is read as body, not as a headline).
//! The engine's top-level quotations are compared with the expected ones in order:
//!
//! * Peers count each stretch between quotation marks as one quotation; the engine keeps an
//!   interrupted quotation (`“…,” she said. “…”`) as one record with several parts. Each part
//!   is compared as one quotation, with the record's speaker and cue. Nested quotations (inside
//!   another) are not counted: peers count top-level ones.
//! * Quote text: quotation marks, spaces and commas at either end are stripped on both sides
//!   (peers differ on whether marks and a trailing comma belong to the quote).
//! * Speaker: equal, case-insensitively and ignoring `the`/`a`/`and`, to the speaker as
//!   written, to its last word (peers that keep only the head noun: `the clown` → `clown`), or
//!   to the resolved entity's name or one of its aliases (peers that resolve `she` → `Cheney`).
//! * Cue: equal, case-insensitively.
//! * `exact_count`: the number of quotations must match; otherwise only the listed leading
//!   quotations are checked.
//!
//! Only the fields in the case's `asserted_fields` with a non-null expected value are compared.

use presslens_engine::{Input, analyze};
use serde_json::Value;

use super::Report;

/// One quotation as the engine found it, flattened to a part.
struct Found {
    speakers: Vec<String>,
    speaker_shown: String,
    cue: Option<String>,
    quote: String,
}

/// Runs every quote case.
pub fn run(cases: &[Value]) -> Report {
    let mut report = Report { total: cases.len(), passed: 0, failures: Vec::new() };
    for c in cases {
        match check(c) {
            Ok(()) => report.passed += 1,
            Err(why) => report.failures.push(format!("{}: {why}", c["id"].as_str().unwrap_or("?"))),
        }
    }
    report
}

fn found(text: &str) -> Vec<Found> {
    let doc = format!("Peer test case follows below\n\nThe case text is the body of this article.\n\n{text}\n");
    let corpus = analyze(&[Input::new("peer-case.txt", doc.as_bytes())]);
    let Some(article) = corpus.articles.first() else { return Vec::new() };
    let mut out = Vec::new();
    for q in corpus.quotes.iter().filter(|q| q.nested_in.is_none()) {
        let mut speakers: Vec<String> = Vec::new();
        if let Some(t) = &q.speaker_text {
            speakers.push(norm(t));
            if let Some(last) = norm(t).rsplit(' ').next() {
                speakers.push(last.to_string());
            }
        }
        if let Some(e) = q.speaker.and_then(|e| corpus.entities.get(e as usize)) {
            speakers.push(norm(&e.name));
            speakers.extend(e.aliases.iter().map(|a| norm(a)));
        }
        for p in &q.parts {
            out.push(Found {
                speakers: speakers.clone(),
                speaker_shown: q.speaker_text.clone().unwrap_or_else(|| "(none)".into()),
                cue: q.cue.clone(),
                quote: strip(article.slice(*p)),
            });
        }
    }
    out
}

fn check(c: &Value) -> Result<(), String> {
    let text = c["text"].as_str().ok_or("no text")?;
    let expected = c["expected"].as_array().ok_or("no expected list")?;
    let asserted: Vec<&str> =
        c["asserted_fields"].as_array().map(|a| a.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
    let exact = c["exact_count"].as_bool().unwrap_or(false);
    let got = found(text);
    let summary =
        || got.iter().map(|f| format!("[{} / {:?}] {:?}", f.speaker_shown, f.cue, f.quote)).collect::<Vec<_>>();
    if (exact && got.len() != expected.len()) || got.len() < expected.len() {
        return Err(format!("expected {} quotation(s), found {}: {:?}", expected.len(), got.len(), summary()));
    }
    for (i, (e, f)) in expected.iter().zip(&got).enumerate() {
        if asserted.contains(&"speaker") {
            if let Some(want) = e["speaker"].as_str() {
                if !f.speakers.contains(&norm(want)) {
                    return Err(format!("quotation {}: speaker {want:?}, found {:?}", i + 1, f.speaker_shown));
                }
            }
        }
        if asserted.contains(&"cue") {
            if let Some(want) = e["cue"].as_str() {
                if f.cue.as_deref().map(str::to_lowercase) != Some(want.to_lowercase()) {
                    return Err(format!("quotation {}: cue {want:?}, found {:?}", i + 1, f.cue));
                }
            }
        }
        if asserted.contains(&"quote") {
            if let Some(want) = e["quote"].as_str() {
                if strip(want) != f.quote {
                    return Err(format!("quotation {}: text {:?}, found {:?}", i + 1, strip(want), f.quote));
                }
            }
        }
    }
    Ok(())
}

/// Lower case, words only, without `the`, `a`, `an`, `and`.
fn norm(s: &str) -> String {
    s.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| !matches!(w.as_str(), "the" | "a" | "an" | "and"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Quotation marks, commas and spaces stripped from both ends; inner spaces single.
fn strip(s: &str) -> String {
    let is_mark = |c: char| {
        matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '‘' | '’' | '\'' | '‚' | '‹' | '›' | ',')
            || c.is_whitespace()
    };
    s.trim_matches(is_mark).split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comparison_conventions() {
        assert_eq!(strip("“I love cats,” "), "I love cats");
        assert_eq!(strip("\"I love cats!\""), "I love cats!");
        assert_eq!(norm("Burton and Nick"), "burton nick");
        assert_eq!(norm("the clown"), "clown");
    }

    #[test]
    fn a_case_passes_and_a_wrong_one_fails() {
        let good = serde_json::json!({
            "id": "x", "text": "\"We will win,\" Smith said.",
            "expected": [{"speaker": "Smith", "cue": "said", "quote": "\"We will win,\""}],
            "asserted_fields": ["speaker", "cue", "quote"], "exact_count": true
        });
        assert_eq!(check(&good), Ok(()));
        let bad = serde_json::json!({
            "id": "y", "text": "\"We will win,\" Smith said.",
            "expected": [{"speaker": "Jones", "cue": "said", "quote": "We will win"}],
            "asserted_fields": ["speaker"], "exact_count": true
        });
        assert!(check(&bad).unwrap_err().contains("speaker"));
    }
}
