//! Search text: case and typography folding, query terms, and finding matches to highlight.
//!
//! Folding maps every character to exactly one character (lower case; curly quotes, apostrophes
//! and dashes to their ASCII forms), so a match found in folded text has the same character
//! positions in the original: the filter searches folded haystacks, the highlighter walks the
//! original text with the same fold.

use core::ops::Range;

/// One character folded for search: lower case, typographic quotes and dashes made plain.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{02BC}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        '\u{00A0}' | '\u{2009}' | '\u{202F}' | '\n' | '\r' | '\t' => ' ',
        c if c.is_ascii() => c.to_ascii_lowercase(),
        c => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => l,
                _ => c,
            }
        }
    }
}

/// `s` folded.
pub fn fold(s: &str) -> String {
    s.chars().map(fold_char).collect()
}

/// The folded search terms of a query: words separated by white space, at most 8, each at most
/// 64 characters (longer input is cut, never rejected).
pub fn terms(query: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in query.split_whitespace().take(8) {
        let t: String = w.chars().take(64).map(fold_char).collect();
        let t = t.trim_matches(|c: char| matches!(c, '"' | '\'' | ',' | '.' | ';' | ':' | '!' | '?')).to_string();
        if !t.is_empty() && !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

/// Byte ranges of `text` where any of the (folded) `terms` occurs at the start of a word (as
/// the search matches, [`crate::search`]), sorted and merged.
pub fn find(text: &str, terms: &[String]) -> Vec<Range<usize>> {
    if terms.is_empty() || text.is_empty() {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = text.char_indices().map(|(i, c)| (i, fold_char(c))).collect();
    let mut hits: Vec<Range<usize>> = Vec::new();
    for term in terms {
        let t: Vec<char> = term.chars().collect();
        if t.is_empty() || t.len() > chars.len() {
            continue;
        }
        let mut i = 0;
        while i + t.len() <= chars.len() {
            let word_start = i == 0 || !chars[i - 1].1.is_alphanumeric();
            if word_start && chars[i].1 == t[0] && chars[i..i + t.len()].iter().zip(&t).all(|(a, b)| a.1 == *b) {
                let end = chars.get(i + t.len()).map_or(text.len(), |c| c.0);
                hits.push(chars[i].0..end);
                i += t.len();
            } else {
                i += 1;
            }
        }
    }
    crate::sort::by_key(&mut hits, |r| (r.start as u64) << 32 | r.end as u64);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(hits.len());
    for h in hits {
        match merged.last_mut() {
            Some(last) if h.start <= last.end => last.end = last.end.max(h.end),
            _ => merged.push(h),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folding_keeps_one_char_per_char() {
        let s = "Lukashenka’s “Threat” — İstanbul";
        assert_eq!(fold(s).chars().count(), s.chars().count());
        assert_eq!(fold("Lukashenka’s “Threat”"), "lukashenka's \"threat\"");
    }

    #[test]
    fn terms_split_fold_and_dedupe() {
        assert_eq!(terms("  Lukashenko   summit lukashenko "), vec!["lukashenko", "summit"]);
        assert_eq!(terms("\"police force\""), vec!["police", "force"]);
        assert!(terms("   ").is_empty());
        assert_eq!(terms(&"x ".repeat(100)).len(), 1);
    }

    #[test]
    fn find_maps_matches_back_to_original_bytes() {
        let text = "Lukashenka’s words: LUKASHENKA said";
        let hits = find(text, &terms("lukashenka's"));
        assert_eq!(hits.len(), 1);
        assert_eq!(&text[hits[0].clone()], "Lukashenka’s");
        let hits = find(text, &terms("lukashenka words"));
        let found: Vec<&str> = hits.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(found, vec!["Lukashenka", "words", "LUKASHENKA"]);
    }

    #[test]
    fn find_merges_overlaps_and_handles_edges() {
        assert_eq!(find("aaaa", &["aa".into(), "aaa".into()]), vec![0..3]);
        assert_eq!(find("ab ab", &["ab".into(), "b".into()]), vec![0..2, 3..5]);
        assert!(find("unlike", &["like".into()]).is_empty());
        assert!(find("", &["a".into()]).is_empty());
        assert!(find("abc", &[]).is_empty());
        assert_eq!(find("ab", &["abc".into()]), Vec::<Range<usize>>::new());
    }
}
