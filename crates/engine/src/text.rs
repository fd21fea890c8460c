//! Character classes and word scanning shared by the stages.
//!
//! News text arrives with curly and straight quotes, en and em dashes, non-breaking spaces and
//! stray spaces; the stages never rewrite the text (spans must stay file offsets), they read it
//! through these helpers instead.

/// Any kind of horizontal or vertical space, including NBSP and thin spaces.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\u{FEFF}')
}

/// A dash used as punctuation (not a hyphen inside a word).
pub fn is_dash(c: char) -> bool {
    matches!(c, '–' | '—' | '―' | '‒' | '−')
}

/// The place of a wire dateline (`ALMATY`, `NEW YORK`): at least two letters, none in lower case.
pub fn is_dateline_place(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase)
}

/// The agency in brackets that ends a wire dateline's head (`ALMATY, April 24 (Reuters)`): the
/// byte range of its name within `head`. A name starts with a capital and has no digit, at most
/// four words and 30 bytes.
pub fn dateline_agency(head: &str) -> Option<core::ops::Range<usize>> {
    let inner = head.trim_end().strip_suffix(')')?;
    let open = inner.rfind('(')? + 1;
    let name = &inner[open..];
    let ok = (1..=30).contains(&name.len())
        && name.starts_with(char::is_uppercase)
        && !name.contains(|c: char| c.is_ascii_digit())
        && name.split_whitespace().count() <= 4;
    ok.then_some(open..open + name.len())
}

/// A character that may open or close a quotation.
pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '‘' | '’' | '‚' | '‹' | '›' | '\'' | '＂')
}

/// A double quotation mark of any style.
pub fn is_double_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '＂')
}

/// Sentence-final punctuation.
pub fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Closing punctuation that may follow a sentence end (`."`, `.)`).
pub fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '»' | '’' | '\'' | ')' | ']' | '›')
}

/// True when `s` is empty or only spaces.
pub fn is_blank(s: &str) -> bool {
    s.chars().all(is_space)
}

/// `s` without leading and trailing spaces (including NBSP), with the byte offset it starts at.
pub fn trim_span(s: &str) -> (usize, &str) {
    let start = s.len() - s.trim_start_matches(is_space).len();
    let t = s[start..].trim_end_matches(is_space);
    (start, t)
}

/// A word token: letters and digits, with inner apostrophes, hyphens and dots (`U.S.`, `Alma-Ata`,
/// `it's`, `CentralAsia.news`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word<'a> {
    /// Byte offset of the first character, relative to the scanned text.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// The word as written.
    pub text: &'a str,
}

impl Word<'_> {
    /// True when the first character is an upper-case letter.
    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
    /// True when every letter is upper case and there are at least two.
    pub fn is_all_caps(&self) -> bool {
        let mut letters = 0;
        for c in self.text.chars() {
            if c.is_alphabetic() {
                if !c.is_uppercase() {
                    return false;
                }
                letters += 1;
            }
        }
        letters >= 2
    }
    /// True when the word is a number (digits, with `,` or `.` inside).
    pub fn is_number(&self) -> bool {
        self.text.chars().next().is_some_and(|c| c.is_ascii_digit())
            && self.text.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

fn is_inner_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '‑' | '/' | '&')
}

/// ASCII letters and digits, by byte value: the word scanners' inner loops test a byte with one
/// load.
pub(crate) static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Iterates over the words of `text`.
pub fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

/// Iterator returned by [`words`].
#[derive(Clone, Debug)]
pub struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for Words<'a> {
    type Item = Word<'a>;

    fn next(&mut self) -> Option<Word<'a>> {
        // Bytes are scanned directly; only non-ASCII characters are decoded.
        let text = self.text;
        let bytes = text.as_bytes();
        let mut start = self.pos;
        loop {
            let b = *bytes.get(start)?;
            if b < 0x80 {
                if ASCII_ALNUM[usize::from(b)] {
                    break;
                }
                start += 1;
                continue;
            }
            let (c, len) = char_at(text, start)?;
            if is_word_char(c) {
                break;
            }
            start += len;
        }
        // The usual word: a run of ASCII letters and digits ended by a space or the text's end.
        let mut i = start;
        while i < bytes.len() && ASCII_ALNUM[usize::from(bytes[i])] {
            i += 1;
        }
        if i > start && (bytes.get(i).is_none_or(|&b| b == b' ') || ends_run(bytes, i)) {
            self.pos = i;
            return Some(Word { start, end: i, text: &text[start..i] });
        }
        // Anything else (joiners, digit commas, non-ASCII letters) from where the run stopped.
        let prev_digit = i > start && bytes[i - 1].is_ascii_digit();
        let end = self.scan_on(start, i, prev_digit);
        self.pos = end.max(start + 1);
        while !text.is_char_boundary(self.pos) {
            self.pos += 1;
        }
        Some(Word { start, end, text: &text[start..end] })
    }
}

/// True when a run of ASCII letters and digits ending at `i` (not at a space) is the whole word:
/// the byte at `i` can neither join two words (`'`, `-`, `.`, `/`, `&`), nor continue a number
/// (`2,330`), nor start a non-ASCII letter. (A dot or comma not followed by a word character or
/// digit ends the word too: `said,`, `year.`.) [`Words::scan_on`] decides every other case.
#[inline(never)]
fn ends_run(bytes: &[u8], i: usize) -> bool {
    let Some(&b) = bytes.get(i) else { return true };
    match b {
        b'.' => bytes.get(i + 1).is_none_or(|&n| n < 0x80 && !ASCII_ALNUM[usize::from(n)]),
        b',' => !bytes.get(i + 1).is_some_and(u8::is_ascii_digit),
        b'\'' | b'-' | b'/' | b'&' => false,
        _ => b < 0x80 && !ASCII_ALNUM[usize::from(b)],
    }
}

impl Words<'_> {
    /// The end of the word starting at `start`, scanned on from `i` (`start..i` are word
    /// characters; `prev_digit`: the one before `i` is an ASCII digit).
    #[inline(never)]
    fn scan_on(&self, start: usize, mut i: usize, mut prev_digit: bool) -> usize {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut end = i;
        while let Some(&b) = bytes.get(i) {
            let (c, len) = if b < 0x80 {
                if ASCII_ALNUM[usize::from(b)] {
                    // The rest of a run of ASCII letters and digits, one table load a byte.
                    i += 1;
                    while i < bytes.len() && ASCII_ALNUM[usize::from(bytes[i])] {
                        i += 1;
                    }
                    prev_digit = bytes[i - 1].is_ascii_digit();
                    end = i;
                    continue;
                }
                if b == b' ' {
                    // The usual end of a word (neither a joiner nor a digit comma).
                    break;
                }
                (char::from(b), 1)
            } else {
                match char_at(text, i) {
                    Some(x) => x,
                    None => break,
                }
            };
            let next = || char_at(text, i + len).map(|(n, _)| n);
            let digit_comma = c == ',' && prev_digit && next().is_some_and(|n| n.is_ascii_digit());
            prev_digit = c.is_ascii_digit();
            if is_word_char(c) {
                end = i + len;
            } else if digit_comma {
            } else if is_inner_joiner(c) {
                // A joiner stays inside the word only when a word character follows it.
                if !next().is_some_and(is_word_char) {
                    // Keep the final dot of an abbreviation such as `U.S.` or `Jan.`.
                    if c == '.' && looks_like_dotted_abbreviation(&text[start..i]) {
                        end = i + 1;
                    }
                    break;
                }
            } else {
                break;
            }
            i += len;
        }
        end
    }
}

/// The character at byte offset `i` of `s` (a char boundary) and its length, with a fast path
/// for ASCII.
fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    let b = *s.as_bytes().get(i)?;
    if b.is_ascii() { Some((char::from(b), 1)) } else { s[i..].chars().next().map(|c| (c, c.len_utf8())) }
}

/// `U.S`, `e.g`, `a.m` — letters separated by dots, one letter each.
fn looks_like_dotted_abbreviation(s: &str) -> bool {
    s.contains('.') && s.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// Calls `f` with `word` lower-cased as [`str::to_lowercase`] does it: in a stack buffer when the
/// word is short and ASCII (nearly always), so no string is allocated.
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    with_lowercase_in::<32, R>(word, f)
}

/// [`with_lowercase`] with a stack buffer of `N` bytes (a short line rather than a word).
pub fn with_lowercase_in<const N: usize, R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; N];
    if word.is_ascii() && word.len() <= buf.len() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        // (ASCII in, ASCII out: always valid UTF-8.)
        if let Ok(lower) = core::str::from_utf8(lower) {
            return f(lower);
        }
    }
    f(&word.to_lowercase())
}

/// Lower-cases and folds typographic variants so words compare equal across outlets: curly
/// apostrophes, diacritics common in transliteration, `-ise`/`-ize`.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// [`fold`], appending to `out` (a caller folding many words reuses one buffer).
pub fn fold_into(word: &str, out: &mut String) {
    if word.is_ascii() {
        // Copied whole and lower-cased in place; a backtick (rare) becomes an apostrophe.
        let start = out.len();
        out.push_str(word);
        let folded = &mut out[start..];
        folded.make_ascii_lowercase();
        if folded.contains('`') {
            let fixed = folded.replace('`', "'");
            out.truncate(start);
            out.push_str(&fixed);
        }
        return;
    }
    for c in word.chars() {
        match c {
            '’' | '‘' | '`' => out.push('\''),
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'Á' | 'À' | 'Â' | 'Ä' => out.push('a'),
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' => out.push('e'),
            'í' | 'ì' | 'î' | 'ï' | 'Í' => out.push('i'),
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'Ó' | 'Ö' => out.push('o'),
            'ú' | 'ù' | 'û' | 'ü' | 'Ú' | 'Ü' => out.push('u'),
            'ç' | 'Ç' => out.push('c'),
            'ñ' | 'Ñ' => out.push('n'),
            'ş' | 'Ş' | 'š' | 'Š' => out.push('s'),
            'ğ' | 'Ğ' => out.push('g'),
            'ı' => out.push('i'),
            'ž' | 'Ž' => out.push('z'),
            'č' | 'Č' => out.push('c'),
            _ => out.extend(c.to_lowercase()),
        }
    }
}

/// `fold(a) == fold(b)`, without building either string when both are ASCII.
pub fn fold_eq(a: &str, b: &str) -> bool {
    if a.is_ascii() && b.is_ascii() {
        let norm = |c: u8| if c == b'`' { b'\'' } else { c.to_ascii_lowercase() };
        return a.len() == b.len() && a.bytes().zip(b.bytes()).all(|(x, y)| norm(x) == norm(y));
    }
    fold(a) == fold(b)
}

/// The [`fold`]ed forms of several words, kept in one buffer: `get(i)` is word `i` folded.
#[derive(Clone, Debug, Default)]
pub struct Folded {
    buf: String,
    ends: Vec<usize>,
}

impl Folded {
    /// Folds each word of `words` in turn.
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Folded {
        let words = words.into_iter();
        // Sized from the words' count (about six bytes a word), not grown word by word.
        let (n, _) = words.size_hint();
        let mut f = Folded { buf: String::with_capacity(n * 6), ends: Vec::with_capacity(n) };
        for w in words {
            fold_into(w, &mut f.buf);
            f.ends.push(f.buf.len());
        }
        f
    }
    /// The number of words.
    pub fn len(&self) -> usize {
        self.ends.len()
    }
    /// True when there are no words.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
    /// Word `i` folded, if there is one.
    pub fn get(&self, i: usize) -> Option<&str> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        Some(&self.buf[start..end])
    }
    /// The folded words in order.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).filter_map(|i| self.get(i))
    }
}

/// Words that start sentences or titles without being names.
pub fn is_function_word(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "but"
            | "if"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "by"
            | "with"
            | "from"
            | "as"
            | "is"
            | "are"
            | "was"
            | "were"
            | "be"
            | "been"
            | "it"
            | "its"
            | "this"
            | "that"
            | "these"
            | "those"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "there"
            | "here"
            | "what"
            | "who"
            | "when"
            | "where"
            | "why"
            | "how"
            | "which"
            | "not"
            | "no"
            | "so"
            | "also"
            | "then"
            | "than"
            | "now"
            | "after"
            | "before"
            | "since"
            | "while"
            | "during"
            | "over"
            | "under"
            | "into"
            | "about"
            | "against"
            | "between"
            | "through"
            | "both"
            | "all"
            | "any"
            | "some"
            | "many"
            | "most"
            | "more"
            | "such"
            | "only"
            | "even"
            | "still"
            | "yet"
            | "however"
            | "therefore"
            | "thus"
            | "meanwhile"
            | "earlier"
            | "later"
            | "according"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "must"
            | "should"
            | "do"
            | "does"
            | "did"
            | "has"
            | "have"
            | "had"
            | "one"
            | "each"
            | "every"
            | "other"
            | "another"
            | "up"
            | "out"
            | "off"
            | "down"
            | "very"
            | "just"
            | "much"
            | "again"
            | "once"
            | "because"
            | "although"
            | "though"
            | "unless"
            | "until"
            | "whether"
            | "per"
            | "via"
            | "upon"
            | "within"
            | "without"
            | "among"
            | "despite"
            | "along"
            | "across"
            | "around"
            | "toward"
            | "towards"
            | "me"
            | "him"
            | "them"
            | "us"
            | "it's"
            | "i'm"
            | "let"
            | "mr"
            | "mrs"
            | "ms"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn with_lowercase_agrees_with_to_lowercase() {
        let long = "Supercalifragilisticexpialidocious-And-Then-Some";
        for w in ["Said", "U.S.", "", "ÄBC", "İstanbul", "ΣΟΦΙΑ", long] {
            assert_eq!(with_lowercase(w, str::to_string), w.to_lowercase(), "{w}");
        }
    }

    fn texts(s: &str) -> Vec<&str> {
        words(s).map(|w| w.text).collect()
    }

    #[test]
    fn words_keep_inner_joiners_and_abbreviations() {
        assert_eq!(
            texts("Alma-Ata’s U.S. envoy, it's 2,330km-long."),
            ["Alma-Ata’s", "U.S.", "envoy", "it's", "2,330km-long"]
        );
        assert_eq!(texts("“Lenta.ru”) – he said, –"), ["Lenta.ru", "he", "said"]);
        assert_eq!(texts("end. Next"), ["end", "Next"]);
        assert_eq!(
            texts("said, 1,5 a,1 (yes) x.y z. 3,000, AT&T/AFP"),
            ["said", "1,5", "a", "1", "yes", "x.y", "z", "3,000", "AT&T/AFP"]
        );
    }

    /// The char-by-char scan [`Words`] replaced with a byte scan: the two must agree.
    fn reference_words(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut pos = 0;
        loop {
            let mut start = pos;
            loop {
                let Some((c, len)) = char_at(text, start) else { return out };
                if is_word_char(c) {
                    break;
                }
                start += len;
            }
            let (mut end, mut i, mut prev) = (start, start, ' ');
            while let Some((c, len)) = char_at(text, i) {
                let next = || char_at(text, i + len).map(|(n, _)| n);
                let digit_comma = c == ',' && prev.is_ascii_digit() && next().is_some_and(|n| n.is_ascii_digit());
                prev = c;
                if is_word_char(c) {
                    end = i + len;
                } else if digit_comma {
                } else if is_inner_joiner(c) {
                    if !next().is_some_and(is_word_char) {
                        if c == '.' && looks_like_dotted_abbreviation(&text[start..i]) {
                            end = i + 1;
                        }
                        break;
                    }
                } else {
                    break;
                }
                i += len;
            }
            out.push((start, end));
            pos = end.max(start + 1);
            while !text.is_char_boundary(pos) {
                pos += 1;
            }
        }
    }

    #[test]
    fn byte_scan_agrees_with_char_scan() {
        // Every pair and triple of tricky characters, so each joiner meets each neighbour.
        let alphabet =
            ["a", "Z", "7", ",", ".", "-", "'", "’", "‑", "/", "&", " ", "é", "Ш", "—", "\u{a0}", "U.S", "1,0"];
        let mut cases = Vec::new();
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    cases.push(format!("{a}{b}{c}"));
                    cases.push(format!("x{a}{b}{c}9"));
                }
            }
        }
        cases.push("Alma-Ata’s U.S. envoy, it's 2,330km-long, a.m. e.g. AT&T/AFP".to_string());
        for s in &cases {
            let got: Vec<(usize, usize)> = words(s).map(|w| (w.start, w.end)).collect();
            assert_eq!(got, reference_words(s), "{s:?}");
        }
    }

    #[test]
    fn spans_point_into_the_text() {
        let s = "  Kassym‑Jomart\u{a0}Tokayev!";
        for w in words(s) {
            assert_eq!(&s[w.start..w.end], w.text);
        }
        assert_eq!(trim_span("\u{a0} x y \u{a0}"), (3, "x y"));
    }

    #[test]
    fn folding_merges_typographic_variants() {
        assert_eq!(fold("Almaty’s"), "almaty's");
        assert_eq!(fold("Türkiye"), "turkiye");
        assert_eq!(fold("O`NEIL"), "o'neil");
        assert!(fold_eq("O`Neil", "o'NEIL") && fold_eq("Türkiye", "TURKIYE") && !fold_eq("house", "home"));
        assert!(!fold_eq("ab", "abc") && fold_eq("", ""));
        let f = Folded::new(["Almaty’s", "", "USA"]);
        assert_eq!(f.iter().collect::<Vec<_>>(), ["almaty's", "", "usa"]);
        assert_eq!(f.get(3), None);
    }
}
