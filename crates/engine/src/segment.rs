//! Stage 2: paragraphs into sentences, with byte spans.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (and any closing quotes or brackets after it) when the
//! next word starts a new sentence. Abbreviations (`U.S.`, `Col.`, `Jan.`, `approx.`), initials
//! (`J. Smith`) and decimal numbers do not end sentences.

use crate::model::{Article, ParagraphKind, Sentence, Span};
use crate::text::{is_closer, is_space, is_terminal};

/// Words that end with a dot without ending the sentence (sorted: searched by halves).
const ABBREVIATIONS: &[&str] = &[
    "adm", "al", "amb", "approx", "apr", "art", "aug", "c", "ca", "capt", "cf", "ch", "cmdr", "co", "col", "corp",
    "cpt", "dec", "dept", "dr", "e.g", "ed", "eds", "est", "etc", "feb", "fig", "fri", "ft", "gen", "gov", "hon",
    "i.e", "inc", "jan", "jr", "jul", "jun", "km", "lt", "ltd", "maj", "mar", "messrs", "min", "mon", "mr", "mrs",
    "ms", "mt", "no", "nos", "nov", "oct", "op", "p", "para", "pp", "pres", "prof", "rep", "rev", "sat", "sen", "sep",
    "sept", "sgt", "sr", "st", "sun", "thu", "thur", "thurs", "tue", "tues", "univ", "vol", "vs", "wed",
];

/// Abbreviations that usually sit before a name or a number, never at a sentence end (sorted).
const PREFIX_ABBREVIATIONS: &[&str] = &[
    "adm", "amb", "approx", "art", "capt", "cf", "col", "dr", "fig", "gen", "gov", "hon", "lt", "maj", "mr", "mrs",
    "ms", "mt", "no", "nos", "p", "para", "pp", "prof", "rep", "rev", "sen", "sgt", "st", "vol", "vs",
];

/// Fills [`Article::sentences`] and each paragraph's sentence range.
pub fn segment(a: &mut Article) {
    let mut sentences = Vec::new();
    for (pi, p) in a.paragraphs.iter_mut().enumerate() {
        let first = sentences.len() as u32;
        let text = &a.text[p.span.range()];
        if p.kind == ParagraphKind::Subheading {
            sentences.push(Sentence { span: p.span, paragraph: pi as u32 });
        } else {
            for (s, e) in split(text) {
                let base = p.span.start as usize;
                sentences.push(Sentence { span: Span::new(base + s, base + e), paragraph: pi as u32 });
            }
        }
        p.sentences = (first, sentences.len() as u32);
    }
    a.sentences = sentences;
}

/// Sentence byte ranges within `text` (trimmed of surrounding spaces).
pub fn split(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = skip_spaces(text, 0);
    let mut i = 0;
    // Only `.`, `!`, `?` and `…` (which starts with byte 0xE2) can end a sentence: jump to them.
    while let Some(skip) = text.as_bytes()[i..].iter().position(|&b| matches!(b, b'.' | b'!' | b'?' | 0xE2)) {
        i += skip;
        let Some(c) = text[i..].chars().next() else { break };
        if !is_terminal(c) || i < start {
            i += c.len_utf8();
            continue;
        }
        // Take the whole run of terminal marks and closers: `?!`, `.”`, `.)`.
        let mut end = i + c.len_utf8();
        let mut after = None;
        for ch in text[end..].chars() {
            if !(is_terminal(ch) || is_closer(ch)) {
                after = Some(ch);
                break;
            }
            end += ch.len_utf8();
        }
        if after.is_some_and(|ch| !is_space(ch)) {
            i = end;
            continue;
        }
        let next = skip_spaces(text, end);
        if next >= text.len() {
            break;
        }
        if ends_sentence(text, start, i, c, next) {
            out.push((start, end));
            start = next;
        }
        i = end;
    }
    let end = text.trim_end_matches(is_space).len();
    if end > start {
        out.push((start, end));
    }
    out
}

fn skip_spaces(text: &str, from: usize) -> usize {
    from + text[from..].len() - text[from..].trim_start_matches(is_space).len()
}

/// Does the mark `c` at byte `at` end the sentence that started at `start`, given that the next
/// word starts at `next`?
fn ends_sentence(text: &str, start: usize, at: usize, c: char, next: usize) -> bool {
    let next_char = text[next..].chars().next().unwrap_or(' ');
    let next_starts = next_char.is_uppercase()
        || next_char.is_ascii_digit()
        || crate::text::is_quote_mark(next_char)
        || matches!(next_char, '(' | '[' | '–' | '—' | '-' | '¿' | '¡');
    if !next_starts {
        return false;
    }
    if c != '.' {
        return true;
    }
    // The word before the dot.
    let before = &text[start..at];
    // (The separator may be a multi-byte character: NBSP, `”`.)
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, ch)| is_space(ch) || ch == '(' || is_closer(ch) || ch == '"')
        .map_or(0, |(p, ch)| p + ch.len_utf8());
    let word = &before[word_start..];
    crate::text::with_lowercase(word, |lower| {
        let bare = lower.trim_start_matches(|ch: char| !ch.is_alphanumeric());
        if bare.is_empty() {
            return true;
        }
        // Single initials: `J. Smith`, but not `… in group B. Then`.
        if bare.chars().count() == 1 && bare.chars().all(char::is_alphabetic) && word.chars().any(char::is_uppercase) {
            return !next_char.is_uppercase() || next_word_is_common(text, next);
        }
        // Dotted abbreviations: `U.S.`, `e.g.`.
        if bare.contains('.') && bare.split('.').all(|p| p.chars().count() <= 2) {
            // `the U.S. Then …` is ambiguous; a following function word means a new sentence.
            return next_word_is_common(text, next);
        }
        if PREFIX_ABBREVIATIONS.binary_search(&bare).is_ok() {
            return false;
        }
        if ABBREVIATIONS.binary_search(&bare).is_ok() {
            return next_word_is_common(text, next);
        }
        true
    })
}

/// True when the word at `at` is a capitalised function word (`The`, `He`, `But`), which starts
/// sentences far more often than names do.
fn next_word_is_common(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let w = &rest[..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())];
    crate::text::with_lowercase(w, crate::text::is_function_word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviation_lists_are_sorted_and_distinct() {
        for list in [ABBREVIATIONS, PREFIX_ABBREVIATIONS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    fn sents(s: &str) -> Vec<&str> {
        split(s).into_iter().map(|(a, b)| &s[a..b]).collect()
    }

    #[test]
    fn abbreviations_initials_and_numbers() {
        assert_eq!(
            sents("Col. Smith met U.S. envoys in Jan. 2021. He left."),
            ["Col. Smith met U.S. envoys in Jan. 2021.", "He left."]
        );
        assert_eq!(
            sents("J. R. Smith said it. Prices rose 2.5 percent."),
            ["J. R. Smith said it.", "Prices rose 2.5 percent."]
        );
        assert_eq!(sents("It was in the U.S. The rest followed."), ["It was in the U.S.", "The rest followed."]);
    }

    #[test]
    fn quotes_and_brackets_stay_with_their_sentence() {
        assert_eq!(
            sents("“They need to be destroyed.” He said so. (Really.) Next?"),
            ["“They need to be destroyed.”", "He said so.", "(Really.)", "Next?"]
        );
        assert_eq!(sents("He said “learn lessons.” and left"), ["He said “learn lessons.” and left"]);
    }

    /// Regression: a multi-byte closing mark right before an abbreviation-like word made the
    /// word start fall inside the mark (found by the quote stage's property test).
    #[test]
    fn multi_byte_closer_before_a_dot() {
        assert_eq!(sents("x ’oft. Y"), ["x ’oft.", "Y"]);
        assert_eq!(sents("Ab»cd. D"), ["Ab»cd.", "D"]);
    }

    #[test]
    fn a_multibyte_mark_before_a_dot_does_not_split_a_character() {
        // Regression (found by the time stage's property test): `”.` and NBSP before a dot.
        assert_eq!(sents("a ”. The b\u{a0}. C"), ["a ”.", "The b\u{a0}.", "C"]);
    }

    #[test]
    fn lowercase_after_a_dot_continues() {
        assert_eq!(
            sents("approx. “Lenta.ru”) is different. However, it is."),
            ["approx. “Lenta.ru”) is different.", "However, it is."]
        );
    }
}
