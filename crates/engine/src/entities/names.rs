//! Finding names in a sentence: runs of capitalised words ("chunks"), split into a role or
//! title and a name (`US Secretary of State` + `Anthony Blinken`, `Anthony Blinken` +
//! `US Secretary of State`), with the evidence around them that says what they name: a speech
//! verb after a single word (`Tokayev said`), a role in apposition (`Anora Sodikova, a journalist
//! from Tashkent,`), a role noun before (`political analyst Anvar Nazirov`), an acronym in
//! brackets (`Collective Security Treaty Organisation (CSTO)`).

use std::borrow::Cow;

use super::gazetteer;
use crate::lexicon::{self, Gender};
use crate::model::Span;
use crate::text::{self, is_dash, is_quote_mark, is_space};

/// A word of a sentence with what the name finder needs to know about it.
#[derive(Clone, Debug)]
pub(crate) struct Tok<'a> {
    /// Absolute byte offsets into the article text (possessive `'s` excluded).
    pub s: usize,
    /// End offset.
    pub e: usize,
    /// The word as written (possessive `'s` excluded).
    pub t: &'a str,
    /// Starts with a capital letter (and is not a number).
    pub cap: bool,
    /// Ends with a possessive `'s` (stripped from `t`).
    pub poss: bool,
    /// Followed directly by a dot (`C.`, `Ms.`).
    pub dot: bool,
    /// The text between the previous word and this one.
    pub gap: &'a str,
    /// First word of a sentence, or first after an opening quote, bracket, colon or dash.
    pub initial: bool,
    /// What the word holds, as bits: ASCII upper-case letters, non-ASCII characters, ASCII
    /// digits, hyphens (see [`UPPER`] and the other bits).
    pub shape: u8,
}

impl Tok<'_> {
    /// The word lower-cased and folded; borrowed when it already is.
    pub fn lower(&self) -> Cow<'_, str> {
        if self.shape & (UPPER | NON_ASCII) == 0 { Cow::Borrowed(self.t) } else { lower(self.t) }
    }
}

/// `word` lower-cased and folded; borrowed when it already is.
pub(crate) fn lower(word: &str) -> Cow<'_, str> {
    if !word.bytes().any(|b| b.is_ascii_uppercase() || b >= 0x80) {
        Cow::Borrowed(word)
    } else if word.is_ascii() {
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Owned(text::fold(word))
    }
}

/// Splits `text[span]` into words with their gaps.
pub(crate) fn tokens(text: &str, span: Span) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    tokens_into(text, span, &mut out);
    out
}

/// The character starting at byte `i` (a char boundary).
fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

fn word_start_at(text: &str, i: usize) -> bool {
    let b = text.as_bytes()[i];
    if b < 0x80 { b.is_ascii_alphanumeric() } else { char_at(text, i).is_alphanumeric() }
}

/// [`Tok::shape`] bit: an ASCII upper-case letter.
const UPPER: u8 = 1;
/// [`Tok::shape`] bit: a non-ASCII character.
const NON_ASCII: u8 = 1 << 1;
/// [`Tok::shape`] bit: an ASCII digit.
const DIGIT: u8 = 1 << 2;
/// [`Tok::shape`] bit: a hyphen, `-` or `‑`.
const HYPHEN: u8 = 1 << 3;
/// Byte class: an ASCII letter or digit (a word byte).
const ALNUM: u8 = 1 << 7;

/// The class of each byte: [`ALNUM`] and the [`Tok::shape`] bits it contributes, so the inner
/// loop of [`tokens_into`] tests a byte and gathers its word's shape with one load.
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            ALNUM | UPPER
        } else if c.is_ascii_digit() {
            ALNUM | DIGIT
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else if c == b'-' {
            HYPHEN
        } else if c >= 0x80 {
            NON_ASCII
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The [`Tok::shape`] bits of `word`.
fn shape_of(word: &str) -> u8 {
    let mut shape = word.bytes().fold(0, |acc, b| acc | CLASS[usize::from(b)]) & !ALNUM;
    if shape & NON_ASCII != 0 && word.contains('‑') {
        shape |= HYPHEN;
    }
    shape
}

/// [`tokens`] into a reused buffer. Words are letters and digits with inner `'`, `’`, `-`,
/// `.`, `&` (`Alma-Ata`, `it's`, `U.S.`, `AT&T`) and digit commas (`2,330`); a slash separates
/// words (`Bogdanov/AFP`). Scans bytes, decoding only non-ASCII characters.
pub(crate) fn tokens_into<'a>(text: &'a str, span: Span, out: &mut Vec<Tok<'a>>) {
    out.clear();
    let Some(_) = text.get(span.range()) else { return };
    let bytes = text.as_bytes();
    let (from, to) = (span.start as usize, span.end as usize);
    let mut i = from;
    let mut prev_end = from;
    while i < to {
        let b = bytes[i];
        let (is_word, len) = if b < 0x80 {
            (CLASS[usize::from(b)] & ALNUM != 0, 1)
        } else {
            let c = char_at(text, i);
            (c.is_alphanumeric(), c.len_utf8())
        };
        if !is_word {
            i += len;
            continue;
        }
        let start = i;
        // The usual word: a run of ASCII letters and digits ended by a space or the span's end.
        // The word's shape bits are gathered byte by byte (ALNUM is cleared below).
        let mut shape = 0;
        // (An iterator over the span, so no byte needs a bounds check.)
        for &b in &bytes[start..to] {
            let class = CLASS[usize::from(b)];
            if class & ALNUM == 0 {
                break;
            }
            shape |= class;
            i += 1;
        }
        let mut end = i;
        if i == start || (i < to && bytes[i] != b' ') {
            // Anything else (joiners, digit commas, non-ASCII letters) from where the run stopped.
            (i, end, shape) = word_tail(text, to, start, i, shape);
        }
        i = i.max(end);
        let gap = &text[prev_end..start];
        let mut t = &text[start..end];
        let mut poss = false;
        let tb = t.as_bytes();
        if tb.len() >= 3 && matches!(tb[tb.len() - 1], b's' | b'S') {
            let cut = if tb[tb.len() - 2] == b'\'' {
                2
            } else if tb.len() >= 5 && tb[tb.len() - 4..tb.len() - 1] == *"’".as_bytes() {
                4
            } else {
                0
            };
            if cut > 0 && tb.len() > cut {
                t = &t[..t.len() - cut];
                poss = true;
            }
        }
        // (A possessive `'S` or `’s` may have added bits the word itself lacks.)
        let shape = if poss { shape_of(t) } else { shape & !ALNUM };
        let first = t.as_bytes()[0];
        let cap = if first < 0x80 { first.is_ascii_uppercase() } else { char_at(t, 0).is_uppercase() };
        let dot = bytes.get(end) == Some(&b'.') && !t.ends_with('.');
        let initial = out.is_empty() || gap_opens(gap);
        out.push(Tok { s: start, e: start + t.len(), t, cap, poss, dot, gap, initial, shape });
        prev_end = end;
    }
}

/// The rest of the word starting at `start` in `text[..to]`, scanned on from `i` (`start..i`
/// are ASCII letters and digits with shape bits `shape`): where the scan stopped, where the word
/// ends, and its shape bits.
#[inline(never)]
fn word_tail(text: &str, to: usize, start: usize, mut i: usize, mut shape: u8) -> (usize, usize, u8) {
    let bytes = text.as_bytes();
    let mut end = i;
    if i == start {
        // A word starting with a non-ASCII letter or digit.
        let c = char_at(text, i);
        shape |= NON_ASCII;
        i += c.len_utf8();
        end = i;
    }
    while i < to {
        let b = bytes[i];
        if b < 0x80 {
            let class = CLASS[usize::from(b)];
            if class & ALNUM != 0 {
                // The rest of a run of ASCII letters and digits, one table load a byte.
                shape |= class;
                i += 1;
                while i < to {
                    let class = CLASS[usize::from(bytes[i])];
                    if class & ALNUM == 0 {
                        break;
                    }
                    shape |= class;
                    i += 1;
                }
                end = i;
                continue;
            }
            if b == b' ' {
                // The usual end of a word (neither a joiner nor a digit comma).
                break;
            }
            if b == b',' && bytes[i - 1].is_ascii_digit() && i + 1 < to && bytes[i + 1].is_ascii_digit() {
                i += 1;
                continue;
            }
            if matches!(b, b'\'' | b'-' | b'.' | b'&') && i + 1 < to && word_start_at(text, i + 1) {
                shape |= class;
                i += 1;
                continue;
            }
            if b == b'.' && dotted(&text[start..i]) {
                end = i + 1;
            }
            break;
        }
        let c = char_at(text, i);
        if c.is_alphanumeric() {
            shape |= NON_ASCII;
            i += c.len_utf8();
            end = i;
            continue;
        }
        if matches!(c, '’' | '‑') && i + c.len_utf8() < to && word_start_at(text, i + c.len_utf8()) {
            shape |= if c == '‑' { NON_ASCII | HYPHEN } else { NON_ASCII };
            i += c.len_utf8();
            continue;
        }
        break;
    }
    (i, end, shape)
}

/// `U.S`, `e.g`: single letters separated by dots.
fn dotted(s: &str) -> bool {
    s.contains('.') && s.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// A month or weekday name, or its abbreviation (`January`, `Jan`, `Sept`, `Friday`, `Fri`).
fn is_calendar_word(t: &str) -> bool {
    let t = t.trim_end_matches('.');
    if !(3..=9).contains(&t.len()) || !t.is_ascii() {
        return false;
    }
    // Every word listed below starts with one of these letters: most names are ruled out here.
    if !matches!(
        t.as_bytes()[0].to_ascii_lowercase(),
        b'a' | b'd' | b'f' | b'j' | b'm' | b'n' | b'o' | b's' | b't' | b'w'
    ) {
        return false;
    }
    // Lower-cased on the stack, then one `match` on the bytes.
    let mut buf = [0u8; 9];
    buf[..t.len()].copy_from_slice(t.as_bytes());
    buf.make_ascii_lowercase();
    matches!(
        &buf[..t.len()],
        b"january"
            | b"february"
            | b"march"
            | b"april"
            | b"may"
            | b"june"
            | b"july"
            | b"august"
            | b"september"
            | b"october"
            | b"november"
            | b"december"
            | b"monday"
            | b"tuesday"
            | b"wednesday"
            | b"thursday"
            | b"friday"
            | b"saturday"
            | b"sunday"
            | b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"oct"
            | b"nov"
            | b"dec"
            | b"mon"
            | b"tue"
            | b"wed"
            | b"thu"
            | b"fri"
            | b"sat"
            | b"sun"
            | b"sept"
            | b"tues"
            | b"thurs"
    )
}

/// True when the gap before a word puts that word in first position: an opening quote mark,
/// bracket, colon, dash or sentence end.
fn gap_opens(gap: &str) -> bool {
    let b = gap.as_bytes();
    if b == b" " {
        return false;
    }
    if b.iter().all(|&c| c < 0x80 && !matches!(c, b'"' | b'\'' | b'(' | b'[' | b':' | b'*' | b'.' | b'!' | b'?' | b'-'))
    {
        return false;
    }
    gap.chars()
        .any(|c| is_quote_mark(c) || matches!(c, '(' | '[' | ':' | '•' | '*') || is_dash(c) || text::is_terminal(c))
        || gap.contains("--")
}

/// True when the gap is only spaces.
pub(crate) fn plain_gap(gap: &str) -> bool {
    gap.chars().all(is_space)
}

/// True when the gap is a comma and spaces.
fn comma_gap(gap: &str) -> bool {
    let t = gap.trim_matches(is_space);
    t == ","
}

/// What a capitalised word is, inside a chunk.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Honorific,
    Role,
    Complement,
    Geo,
    OrgKw,
    PlaceKw,
    ThingKw,
    Acronym,
    Connector,
    Initial,
    Name,
}

/// What a name probably is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum Hint {
    /// Nothing known (a single capitalised word).
    Unknown,
    /// A name-like run of words with no other sign.
    WeakPerson,
    /// Something named that is not a person, place or organisation.
    Other,
    /// A place.
    Place,
    /// An organisation.
    Org,
    /// A person (a role, honorific or speech verb says so).
    Person,
}

/// One occurrence of a name.
#[derive(Clone, Debug)]
pub(crate) struct Cand {
    /// Index of the article.
    pub article: u32,
    /// The name's words (role and honorific excluded).
    pub span: Span,
    /// Folded words of the name, initials and suffixes (`Jr`) excluded, joined by single spaces
    /// (no folded word holds a space).
    pub key: Str,
    /// How many words `key` holds.
    pub n_words: usize,
    /// The name as written, spaces normalised, possessive dropped.
    pub display: Str,
    /// What it probably is.
    pub hint: Hint,
    /// Gazetteer entry matched by the whole name.
    pub gazetteer: Option<u32>,
    /// A role given to it in this sentence.
    pub roles: Vec<String>,
    /// Gender from an honorific or a gendered role noun.
    pub gender: Option<Gender>,
    /// For an acronym defined in brackets: the index (in the same output) of the full name.
    pub acronym_of: Option<usize>,
    /// Only a single word in first position, with no other sign: kept only if the name is
    /// known from elsewhere.
    pub tentative: bool,
    /// A speech verb follows or precedes it.
    pub speaks: bool,
}

/// A string kept in [`Cands::strs`]: its byte range there.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Str(u32, u32);

/// The names found so far, with one buffer holding every name's key and display form (rather
/// than two strings a name).
#[derive(Default)]
pub(crate) struct Cands {
    pub list: Vec<Cand>,
    pub strs: String,
}

impl Cands {
    /// The text of `s`.
    pub fn str(&self, s: Str) -> &str {
        str_in(&self.strs, s)
    }

    fn push(&mut self, c: Cand) {
        self.list.push(c);
    }
}

/// The text of `s` in the buffer `strs`.
fn str_in(strs: &str, s: Str) -> &str {
    strs.get(s.0 as usize..s.1 as usize).unwrap_or_default()
}

/// Appends `s` to `strs`; where it lies.
fn push_str(strs: &mut String, s: &str) -> Str {
    write_str(strs, |b| b.push_str(s))
}

/// Appends to `strs` what `write` writes; where it lies.
fn write_str(strs: &mut String, write: impl FnOnce(&mut String)) -> Str {
    let start = strs.len() as u32;
    write(strs);
    Str(start, strs.len() as u32)
}

/// The class of a word; `geo`: the word alone is a gazetteer name (the caller has looked it up).
fn classify(tok: &Tok<'_>, lower: &str, prev: Option<Class>, next_lower: Option<&str>, geo: bool) -> Class {
    if !tok.cap {
        return if matches!(
            lower,
            "of" | "for"
                | "on"
                | "the"
                | "de"
                | "van"
                | "von"
                | "bin"
                | "ibn"
                | "al"
                | "el"
                | "da"
                | "di"
                | "del"
                | "der"
                | "la"
                | "le"
                | "du"
                | "dos"
                | "das"
                | "and"
        ) {
            Class::Connector
        } else {
            Class::Name
        };
    }
    if lower == "the" {
        return Class::Connector;
    }
    let f = lexicon::Flags::of(lower);
    if f.honorific() {
        return Class::Honorific;
    }
    let single_letter = one_char(tok.t);
    if single_letter || matches!(lower, "jr" | "sr" | "ii" | "iii" | "iv") {
        return Class::Initial;
    }
    if lexicon::is_role_noun(lower) && lower != "source" && lower != "sources" {
        return Class::Role;
    }
    if f.complement()
        && (matches!(prev, Some(Class::Connector | Class::Complement))
            || next_lower.is_some_and(|n| lexicon::is_role_noun(n) || lexicon::is_office_complement(n)))
    {
        return Class::Complement;
    }
    if f.org() {
        return Class::OrgKw;
    }
    if prev.is_some() && f.place() {
        return Class::PlaceKw;
    }
    // `Moscow Museum`, `Treaty of Friendship`, `Agreement on Trade`: a named thing's keyword
    // after a name or before `of`, `for` or `on`.
    if f.thing() && (prev.is_some() || matches!(next_lower, Some("of" | "for" | "on"))) {
        return Class::ThingKw;
    }
    if geo || gazetteer::is_demonym_word(lower) {
        return Class::Geo;
    }
    if is_acronym(tok.t) {
        return Class::Acronym;
    }
    Class::Name
}

/// Adjectives of faith, written capitalised but not names.
fn is_faith_word(lower: &str) -> bool {
    matches!(
        lower,
        "muslim"
            | "muslims"
            | "christian"
            | "christians"
            | "islamic"
            | "orthodox"
            | "jewish"
            | "catholic"
            | "buddhist"
            | "hindu"
            | "protestant"
            | "sunni"
            | "shia"
            | "shiite"
            | "evangelical"
            | "western"
            | "eastern"
            | "northern"
            | "southern"
    )
}

/// True when `s` is exactly one character (without counting all of a long word's).
fn one_char(s: &str) -> bool {
    let mut c = s.chars();
    c.next().is_some() && c.next().is_none()
}

/// All capitals, two to seven letters (`CSTO`, `NATO`, `U.S.`), maybe with digits (`G20`).
pub(crate) fn is_acronym(word: &str) -> bool {
    if word.is_ascii() {
        // The same test byte by byte: for ASCII, alphabetic and upper case are the ASCII ones.
        // (The byte test first: it stops at the second letter of most words, `Tokayev`.)
        return word
            .bytes()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, b'.' | b'-' | b'&' | b'/'))
            && (2..=7).contains(&word.bytes().filter(u8::is_ascii_alphabetic).count());
    }
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=7).contains(&letters)
        && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '-' || c == '&' || c == '/')
}

/// A word that can be part of a name: capitalised, not a month or weekday, not a function word
/// in first position, not an adjective like `Tashkent-based`.
#[inline]
fn nameish(tok: &Tok<'_>, lower: &str) -> bool {
    // (Most words are lower case: that test is inlined, the rest is not.)
    tok.cap && nameish_capitalised(tok, lower)
}

/// [`nameish`] for a capitalised word.
#[inline(never)]
fn nameish_capitalised(tok: &Tok<'_>, lower: &str) -> bool {
    if tok.shape & DIGIT != 0 && !is_acronym(tok.t) {
        return false;
    }
    if is_calendar_word(tok.t) {
        return false;
    }
    if crate::lexicon::is_function(lower) && !(lower == "us" && tok.t == "US") {
        return false;
    }
    // `Tashkent-based`, `Russian-led`: an adjective made from a name.
    if let Some((_, tail)) = tok.t.split_once(['-', '‑']).filter(|_| tok.shape & HYPHEN != 0) {
        if tail.chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
    }
    true
}

/// Buffers [`scan_sentence`] reuses from one sentence to the next.
#[derive(Default)]
pub(crate) struct Scratch<'a> {
    toks: Vec<Tok<'a>>,
    folded: String,
    /// Where each token's folded form lies in `folded`.
    ranges: Vec<Option<(usize, usize)>>,
    /// The allocation of the per-sentence list of lowered words (kept empty between sentences).
    lowers: Vec<&'static str>,
}

/// Scans one sentence (or caption, or comment) and appends the names it finds to `out`.
pub(crate) fn scan_sentence<'a>(text: &'a str, span: Span, article: u32, scratch: &mut Scratch<'a>, out: &mut Cands) {
    let Scratch { toks, folded, ranges, lowers: spare } = scratch;
    tokens_into(text, span, toks);
    // Nothing capitalised past the first word, and that one a function word: no names.
    // (The later words first: lower-casing the first word is only needed when they have none.)
    let any = toks.iter().skip(1).any(|t| t.cap)
        || toks.first().is_some_and(|t| t.cap && !crate::lexicon::is_function(&t.lower()));
    if !any {
        return;
    }
    let toks: &[Tok<'a>] = toks;
    let mut lowers = recycle(core::mem::take(spare));
    lowers_into(toks, folded, ranges, &mut lowers);
    scan_chunks(text, toks, &lowers, article, out);
    *spare = recycle(lowers);
}

/// The chunks of capitalised words of a tokenised sentence, each [`interpret`]ed.
fn scan_chunks(text: &str, toks: &[Tok<'_>], lowers: &[&str], article: u32, out: &mut Cands) {
    let n = toks.len();
    let mut i = 0;
    while i < n {
        let t = &toks[i];
        if !nameish(t, lowers[i]) {
            // `Tashkent-based`: the place in front of the hyphen is still a mention.
            if t.cap {
                if let Some((head, _)) = t.t.split_once(['-', '‑']) {
                    let hk = lower(head);
                    if let Some((gi, e)) = gazetteer::lookup(&hk) {
                        let c = simple(article, Span::new(t.s, t.s + head.len()), head, e.kind, gi, &mut out.strs);
                        out.push(c);
                    }
                }
            }
            i += 1;
            continue;
        }
        // Extend the chunk.
        let mut j = i + 1;
        while j < n {
            let prev = &toks[j - 1];
            // (`the Prosecutor General's Office`: an office's possessive stays in the name.)
            let office = toks[j].cap && lexicon::is_org_keyword(lowers[j]) && lexicon::is_role_noun(lowers[j - 1]);
            if prev.poss && !office {
                break;
            }
            let tj = &toks[j];
            let gap_ok = plain_gap(tj.gap) || (prev.dot && tj.gap.trim_matches(is_space) == ".");
            if !gap_ok {
                break;
            }
            if nameish(tj, lowers[j]) && !(lowers[j] == "us" && tj.t == "us") {
                j += 1;
                continue;
            }
            // Connectors: `Secretary of State`, `Center for Research`, `Council of the
            // Republic`, `Rio de Janeiro`.
            let pl = &lowers[j - 1];
            let joins_of = matches!(lowers[j], "of" | "for")
                && (lexicon::is_role_noun(pl)
                    || lexicon::is_org_keyword(pl)
                    || lexicon::is_place_keyword(pl)
                    || lexicon::is_thing_keyword(pl))
                // `Agreement on Cross-Border Trade`, `Law on Mass Media`.
                || lowers[j] == "on" && lexicon::is_thing_keyword(pl) && toks[j - 1].cap;
            let particle = matches!(
                lowers[j],
                "de" | "van"
                    | "von"
                    | "bin"
                    | "ibn"
                    | "al"
                    | "el"
                    | "da"
                    | "di"
                    | "del"
                    | "der"
                    | "la"
                    | "le"
                    | "du"
                    | "dos"
            ) && !tj.cap;
            if joins_of || particle {
                let mut k = j + 1;
                if joins_of && k < n && lowers[k] == "the" && plain_gap(toks[k].gap) {
                    k += 1;
                }
                if k < n && plain_gap(toks[k].gap) && nameish(&toks[k], lowers[k]) {
                    j = k + 1;
                    continue;
                }
            }
            break;
        }
        interpret(text, toks, lowers, i, j, article, out);
        // `(CSTO)` after a name was taken as its acronym.
        let acronym_taken =
            j < n && out.list.last().is_some_and(|c| c.acronym_of.is_some() && c.span.start as usize == toks[j].s);
        i = if acronym_taken { j + 1 } else { j };
    }
}

/// The key of a name written `display`: its words folded, joined by single spaces; and how many
/// words it has.
fn folded_key(strs: &mut String, display: &str) -> (Str, usize) {
    let mut n_words = 0;
    let key = write_str(strs, |strs| {
        for w in display.split(|c: char| is_space(c)).filter(|w| !w.is_empty()) {
            if n_words > 0 {
                strs.push(' ');
            }
            text::fold_into(w, strs);
            n_words += 1;
        }
    });
    (key, n_words)
}

fn simple(article: u32, span: Span, display: &str, kind: crate::model::EntityKind, gi: u32, strs: &mut String) -> Cand {
    let hint = match kind {
        crate::model::EntityKind::Organization => Hint::Org,
        crate::model::EntityKind::Place => Hint::Place,
        crate::model::EntityKind::Person => Hint::Person,
        crate::model::EntityKind::Other => Hint::Other,
    };
    let (key, n_words) = folded_key(strs, display);
    Cand {
        article,
        span,
        key,
        n_words,
        display: push_str(strs, display),
        hint,
        gazetteer: Some(gi),
        roles: Vec::new(),
        gender: None,
        acronym_of: None,
        tentative: false,
        speaks: false,
    }
}

/// Each token [`lower`]ed into `lowers`: borrowed from the text where it already is, else
/// folded into `buf`. (`lowers` comes in empty; only its allocation is reused.)
fn lowers_into<'b>(
    toks: &[Tok<'b>],
    buf: &'b mut String,
    ranges: &mut Vec<Option<(usize, usize)>>,
    lowers: &mut Vec<&'b str>,
) {
    buf.clear();
    ranges.clear();
    // What [`lower`] gives, folded straight into `buf` (no string per word).
    for t in toks {
        if t.shape & (UPPER | NON_ASCII) == 0 {
            ranges.push(None);
            continue;
        }
        let start = buf.len();
        if t.shape & NON_ASCII == 0 {
            buf.push_str(t.t);
            buf[start..].make_ascii_lowercase();
        } else {
            text::fold_into(t.t, buf);
        }
        ranges.push(Some((start, buf.len())));
    }
    let buf: &'b String = buf;
    lowers.extend(toks.iter().zip(ranges.iter()).map(|(t, r)| r.map_or(t.t, |(s, e)| &buf[s..e])));
}

/// `v` emptied, its allocation kept for elements of another lifetime: a buffer of borrowed
/// words reused from one sentence to the next without unsafe code.
fn recycle<'y>(mut v: Vec<&str>) -> Vec<&'y str> {
    v.clear();
    v.into_iter().map(|_| "").collect()
}

/// A gazetteer key being built word by word: on the stack while it is short (most are), on the
/// heap past that.
struct KeyBuf {
    short: [u8; 32],
    len: usize,
    long: String,
}

impl KeyBuf {
    fn new() -> KeyBuf {
        KeyBuf { short: [0; 32], len: 0, long: String::new() }
    }
    fn push_str(&mut self, s: &str) {
        if self.long.is_empty() && self.len + s.len() <= self.short.len() {
            self.short[self.len..self.len + s.len()].copy_from_slice(s.as_bytes());
            self.len += s.len();
        } else {
            if self.long.is_empty() {
                self.long.push_str(core::str::from_utf8(&self.short[..self.len]).unwrap_or_default());
            }
            self.long.push_str(s);
        }
    }
    fn as_str(&self) -> &str {
        if self.long.is_empty() {
            core::str::from_utf8(&self.short[..self.len]).unwrap_or_default()
        } else {
            &self.long
        }
    }
}

/// Longest gazetteer match starting at `from` within `to`, as an exclusive end index.
fn geo_run(lowers: &[&str], toks: &[Tok<'_>], from: usize, to: usize) -> Option<(usize, u32)> {
    let mut best = None;
    if !gazetteer::starts_multiword(lowers[from]) {
        // One word: look it up as it is, no key to build.
        return (from < to).then(|| gazetteer::lookup(lowers[from])).flatten().map(|(gi, _)| (from + 1, gi));
    }
    let last = to.min(from + 6);
    let mut key = KeyBuf::new();
    for k in from..last {
        if k > from {
            if !plain_gap(toks[k].gap) {
                break;
            }
            key.push_str(" ");
        }
        key.push_str(lowers[k]);
        if let Some((gi, _)) = gazetteer::lookup(key.as_str()) {
            best = Some((k + 1, gi));
        }
        if toks[k].poss {
            break;
        }
    }
    best
}

/// Makes sense of the chunk `toks[i..j]`.
fn interpret(text: &str, toks: &[Tok<'_>], lowers: &[&str], i: usize, j: usize, article: u32, out: &mut Cands) {
    // A dateline: `SEMEY -- Grain exporters …`, `TASHKENT — …`.
    if toks[i].initial
        && j < toks.len()
        && (toks[j].gap.contains("--") || toks[j].gap.contains(['—', '–']))
        && (i..j).all(|k| is_acronym(toks[k].t) || toks[k].t.len() > 7 && toks[k].t.chars().all(|c| !c.is_lowercase()))
    {
        let display = norm_space(&text[toks[i].s..toks[j - 1].e]);
        let mut c = name_cand(text, toks, lowers, i, j, article, Hint::Place, &mut out.strs);
        if let Some((gi, e)) = gazetteer::lookup(&gazetteer::key(&display)) {
            c.gazetteer = Some(gi);
            c.hint = if e.kind == crate::model::EntityKind::Organization { Hint::Org } else { Hint::Place };
        }
        out.push(c);
        return;
    }
    // Classes, with multi-word gazetteer names marked as one Geo run.
    // On the stack for a chunk of up to 16 words (nearly all), on the heap past that.
    let mut short = [Class::Name; 16];
    let mut long = Vec::new();
    let class: &mut [Class] = if j - i <= short.len() {
        &mut short[..j - i]
    } else {
        long.resize(j - i, Class::Name);
        &mut long
    };
    // The gazetteer name at the start of the chunk, also asked below for the whole chunk.
    let first_run = geo_run(lowers, toks, i, j);
    let mut k = i;
    while k < j {
        let run = if k == i { first_run } else { geo_run(lowers, toks, k, j) };
        if let Some((end, _)) = run.filter(|&(end, _)| end > k + 1) {
            for c in &mut class[k - i..end - i] {
                *c = Class::Geo;
            }
            k = end;
            continue;
        }
        // What is left of `run` is the word alone, when it is a gazetteer name.
        let prev = (k > i).then(|| class[k - i - 1]);
        let next = (k + 1 < j).then(|| lowers[k + 1]);
        class[k - i] = classify(&toks[k], lowers[k], prev, next, run.is_some());
        k += 1;
    }
    // `the Prosecutor General's Office`, `the President's Administration`: one organisation.
    if class.last() == Some(&Class::OrgKw) && (i..j - 1).any(|k| toks[k].poss) {
        let c = name_cand(text, toks, lowers, i, j, article, Hint::Org, &mut out.strs);
        push_with_acronym(text, toks, j, c, out);
        return;
    }
    let has_role = class.iter().any(|c| matches!(c, Class::Role | Class::Honorific));
    // The person's name: a trailing run of name words after a role or honorific.
    let mut run_start = j;
    while run_start > i && matches!(class[run_start - 1 - i], Class::Name | Class::Initial) && j - run_start < 5 {
        run_start -= 1;
    }
    // A lone initial is not a name.
    let run_has_name = (run_start..j).any(|k| class[k - i] == Class::Name);
    if has_role && run_start > i && run_start < j && run_has_name {
        let before = class[run_start - 1 - i];
        if matches!(before, Class::Role | Class::Honorific | Class::Complement | Class::Geo | Class::Acronym)
            && (i..run_start).any(|k| matches!(class[k - i], Class::Role | Class::Honorific))
        {
            let role_first = (i..run_start).find(|&k| class[k - i] != Class::Honorific);
            let role = role_first.map(|f| {
                let last_role = (f..run_start).rev().find(|&k| class[k - i] != Class::Honorific).unwrap_or(f);
                let mut r = norm_space(&text[toks[f].s..toks[last_role].e]).into_owned();
                // `former President …`
                if f == i && i > 0 && plain_gap(toks[i].gap) {
                    let l = &lowers[i - 1];
                    if matches!(
                        *l,
                        "former" | "late" | "acting" | "deputy" | "vice" | "incoming" | "outgoing" | "interim"
                    ) {
                        r = format!("{} {r}", toks[i - 1].t);
                    }
                }
                r
            });
            let gender = (i..run_start).find_map(|k| lexicon::gender_of_title(lowers[k]));
            prefix_mentions(text, toks, lowers, i, run_start, article, out);
            let mut c = name_cand(text, toks, lowers, run_start, j, article, Hint::Person, &mut out.strs);
            c.roles.extend(role);
            c.gender = gender;
            context(text, toks, lowers, (i, j), run_start, j, &mut c);
            push_with_acronym(text, toks, j, c, out);
            return;
        }
    }
    // `Anthony Blinken US Secretary of State`: a name, then the role (block-quote attributions).
    let mut lead = i;
    while lead < j && matches!(class[lead - i], Class::Name | Class::Initial) && lead - i < 4 {
        lead += 1;
    }
    if has_role
        && lead > i
        && lead < j
        && (i..lead).any(|k| class[k - i] == Class::Name)
        && matches!(class[lead - i], Class::Geo | Class::Role | Class::Complement | Class::Acronym | Class::OrgKw)
        && (lead..j).any(|k| class[k - i] == Class::Role)
    {
        let role = norm_space(&text[toks[lead].s..toks[j - 1].e]).into_owned();
        prefix_mentions(text, toks, lowers, lead, j, article, out);
        let mut c = name_cand(text, toks, lowers, i, lead, article, Hint::Person, &mut out.strs);
        c.roles.push(role);
        c.gender = (lead..j).find_map(|k| lexicon::gender_of_title(lowers[k]));
        context(text, toks, lowers, (i, j), i, lead, &mut c);
        out.push(c);
        return;
    }
    if has_role {
        // A role with no name (`Secretary of State`, `President of Kazakhstan`): only the places
        // and organisations inside it are mentions.
        prefix_mentions(text, toks, lowers, i, j, article, out);
        return;
    }
    // No role: the chunk is one name, or a list of places run together.
    let whole = first_run.filter(|&(end, _)| end == j);
    if whole.is_none() && j - i > 1 && class.iter().all(|c| *c == Class::Geo) {
        prefix_mentions(text, toks, lowers, i, j, article, out);
        return;
    }
    // A demonym alone (`Russian`, `Uzbeks`, `Central Asian`) or a faith (`Muslim`) is not a name.
    let mut joined = KeyBuf::new();
    let whole_key = if j - i == 1 {
        // One word: its key is the word, no need to copy it.
        lowers[i]
    } else {
        for (n, l) in lowers[i..j].iter().enumerate() {
            if n > 0 {
                joined.push_str(" ");
            }
            joined.push_str(l);
        }
        joined.as_str()
    };
    if gazetteer::is_demonym_word(whole_key) && gazetteer::lookup(whole_key).is_none() {
        return;
    }
    if j - i == 1 && is_faith_word(lowers[i]) {
        return;
    }
    // `Critics say`, `Analysts said`: a role noun opening the sentence is no name.
    if j - i == 1 && toks[i].initial && lexicon::is_role_noun(lowers[i]) {
        return;
    }
    // `RIA News Uzbekistan`: a country run on after a name without a connector is its own name.
    if j - i >= 2 && !class.iter().any(|c| matches!(c, Class::OrgKw | Class::PlaceKw | Class::ThingKw)) {
        let mut g = j;
        while g > i && class[g - 1 - i] == Class::Geo {
            g -= 1;
        }
        if g > i
            && g < j
            && matches!(class[g - 1 - i], Class::Name | Class::Acronym)
            && geo_run(lowers, toks, g, j).is_some_and(|(e, _)| e == j)
        {
            interpret(text, toks, lowers, i, g, article, out);
            prefix_mentions(text, toks, lowers, g, j, article, out);
            return;
        }
    }
    // `Treaty of Friendship`, `Concept of Foreign Policy of the Republic of Uzbekistan`.
    let titled_thing = class.first() == Some(&Class::ThingKw) && class.get(1) == Some(&Class::Connector);
    // `Republic of Uzbekistan` is Uzbekistan.
    let hint = if whole.is_some() {
        Hint::Place
    } else if class.contains(&Class::OrgKw) || class.contains(&Class::Acronym) {
        Hint::Org
    } else if class.last().is_some_and(|c| *c == Class::PlaceKw) {
        Hint::Place
    } else if class.last().is_some_and(|c| *c == Class::ThingKw) || titled_thing {
        Hint::Other
    } else if j - i >= 2 && class.iter().filter(|c| **c == Class::Name).count() >= 2 {
        Hint::WeakPerson
    } else if j - i == 1 && one_char(toks[i].t) {
        return;
    } else {
        Hint::Unknown
    };
    let mut c = name_cand(text, toks, lowers, i, j, article, hint, &mut out.strs);
    if let Some((_, gi)) = whole {
        c.gazetteer = Some(gi);
        c.hint = match gazetteer::entry(gi).map(|e| e.kind) {
            Some(crate::model::EntityKind::Organization) => Hint::Org,
            _ => Hint::Place,
        };
    } else if j - i >= 3 && lowers[i] == "republic" && lowers.get(i + 1).is_some_and(|&l| l == "of") {
        if let Some((end, gi)) = geo_run(lowers, toks, i + 2, j).filter(|&(end, _)| end == j) {
            let _ = end;
            c.gazetteer = Some(gi);
            c.hint = Hint::Place;
        }
    }
    c.gender = (i..j).find_map(|k| lexicon::gender_of_title(lowers[k]));
    context(text, toks, lowers, (i, j), i, j, &mut c);
    // A single word in first position is kept only with some other sign that it is a name.
    if j - i == 1
        && toks[i].initial
        && c.gazetteer.is_none()
        && !c.speaks
        && c.roles.is_empty()
        && !is_acronym(toks[i].t)
    {
        c.tentative = true;
    }
    let inner_places = c.hint == Hint::Other && titled_thing;
    push_with_acronym(text, toks, j, c, out);
    // The places such a title names are mentions of them too.
    if inner_places {
        prefix_mentions(text, toks, lowers, i + 1, j, article, out);
    }
}

/// The places and organisations named inside a role (`US` in `US Secretary of State`, `CSTO` in
/// `CSTO Secretary General`, `Belarus` in `President of Belarus`).
fn prefix_mentions(
    text: &str,
    toks: &[Tok<'_>],
    lowers: &[&str],
    from: usize,
    to: usize,
    article: u32,
    out: &mut Cands,
) {
    let mut k = from;
    while k < to {
        if let Some((end, gi)) = geo_run(lowers, toks, k, to) {
            if gazetteer::lookup(lowers[k]).is_some() || end > k + 1 {
                let e = gazetteer::entry(gi);
                let display = norm_space(&text[toks[k].s..toks[end - 1].e]);
                let kind = e.map_or(crate::model::EntityKind::Place, |e| e.kind);
                let c = simple(article, Span::new(toks[k].s, toks[end - 1].e), &display, kind, gi, &mut out.strs);
                out.push(c);
                k = end;
                continue;
            }
        }
        if is_acronym(toks[k].t) && !lexicon::is_honorific(lowers[k]) {
            let c = name_cand(text, toks, lowers, k, k + 1, article, Hint::Org, &mut out.strs);
            out.push(c);
        }
        k += 1;
    }
}

/// `s` with each run of spaces as one space and no space at either end: borrowed when it is
/// already so.
fn norm_space(s: &str) -> Cow<'_, str> {
    let b = s.as_bytes();
    let plain = b.iter().all(|&c| c != b'\n' && c != b'\t' && c != b'\r' && c < 0x80)
        && !b.windows(2).any(|w| w == b"  ")
        && !s.starts_with(' ')
        && !s.ends_with(' ');
    if plain {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for part in s.split(|c: char| is_space(c)).filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
    }
    Cow::Owned(out)
}

#[allow(clippy::too_many_arguments)]
fn name_cand(
    text: &str,
    toks: &[Tok<'_>],
    lowers: &[&str],
    i: usize,
    j: usize,
    article: u32,
    hint: Hint,
    strs: &mut String,
) -> Cand {
    let span = Span::new(toks[i].s, toks[j - 1].e);
    let mut n_words = 0;
    let key = write_str(strs, |strs| {
        for k in i..j {
            let l = &lowers[k];
            let initial = one_char(toks[k].t) && toks[k].cap;
            if initial || matches!(*l, "jr" | "sr" | "ii" | "iii" | "iv") {
                continue;
            }
            if n_words > 0 {
                strs.push(' ');
            }
            strs.push_str(l);
            n_words += 1;
        }
        if n_words == 0 {
            strs.push_str(lowers[i]);
            n_words = 1;
        }
    });
    let spaced = norm_space(&text[span.range()]);
    // `The Business Council` → `Business Council`.
    let display = push_str(strs, spaced.strip_prefix("The ").unwrap_or(&spaced));
    Cand {
        article,
        span,
        key,
        n_words,
        display,
        hint,
        gazetteer: None,
        roles: Vec::new(),
        gender: None,
        acronym_of: None,
        tentative: false,
        speaks: false,
    }
}

/// The words around a name: speech verbs, roles in apposition, role nouns before it.
/// `ci..cj` is the whole chunk, `i..j` the name inside it.
#[allow(clippy::too_many_arguments)]
fn context(text: &str, toks: &[Tok<'_>], lowers: &[&str], (ci, cj): (usize, usize), i: usize, j: usize, c: &mut Cand) {
    let n = toks.len();
    // `Tokayev said`, `Tokayev also said`, `Smith has warned`.
    let mut k = j;
    while k < n && k < j + 3 && plain_gap(toks[k].gap) && lexicon::is_verb_filler(lowers[k]) {
        k += 1;
    }
    // (`Diplomats in Zorusk said`: a name after a preposition only completes the speaker.)
    let after_preposition = i > 0
        && plain_gap(toks[i].gap)
        && !toks[i].initial
        && matches!(
            lowers[i - 1],
            "in" | "at" | "near" | "outside" | "across" | "around" | "from" | "of" | "to" | "with"
        );
    if k < n
        && plain_gap(toks[k].gap)
        && lexicon::is_cue_verb(lowers[k])
        && !lexicon::is_weak_cue(lowers[k])
        && !after_preposition
    {
        c.speaks = true;
    }
    // `said Paul Martin`, `writes Alisher Ilkhamov`.
    if i > 0 && plain_gap(toks[i].gap) && !toks[i].initial {
        let l = &lowers[i - 1];
        if matches!(
            lexicon::cue_lemma(l),
            Some(
                "say"
                    | "add"
                    | "explain"
                    | "write"
                    | "predict"
                    | "insist"
                    | "note"
                    | "reply"
                    | "answer"
                    | "stress"
                    | "emphasise"
                    | "conclude"
                    | "concede"
                    | "recall"
                    | "declare"
                    | "argue"
                    | "admit"
                    | "observe"
                    | "remark"
                    | "quip"
                    | "echo"
                    | "exclaim"
            )
        ) && !matches!(*l, "saying" | "writing" | "noting" | "stressing" | "adding")
        {
            c.speaks = true;
        }
    }
    if c.hint == Hint::Place || c.hint == Hint::Org || c.gazetteer.is_some() {
        return;
    }
    let (i, j) = (ci, cj.max(j));
    // A role noun right before the name: `political analyst Anvar Nazirov`.
    if i > 0 && plain_gap(toks[i].gap) && lexicon::is_role_noun(lowers[i - 1]) && !toks[i - 1].cap {
        let mut f = i - 1;
        // (A possessive opens the role: `China's special envoy`, not `X met China's …`.)
        while f > 0 && i - f < 6 && plain_gap(toks[f].gap) && !toks[f].initial && !toks[f].poss {
            let l = &lowers[f - 1];
            let verb = lexicon::is_cue_verb(l) && !toks[f - 1].cap || past_verb(toks, lowers, f - 1);
            if crate::lexicon::is_function(l)
                || verb
                || toks[f - 1].t.chars().all(|ch| ch.is_ascii_digit())
                || is_calendar_word(toks[f - 1].t)
            {
                break;
            }
            f -= 1;
        }
        c.roles.push(norm_space(&text[toks[f].s..toks[i - 1].e]).into_owned());
        c.gender = c.gender.or_else(|| lexicon::gender_of_title(lowers[i - 1]));
        c.hint = Hint::Person;
    }
    // `X, a journalist from Tashkent,` / `X, director of the …,`.
    if j < n && comma_gap(toks[j].gap) {
        if let Some(role) = apposition(text, toks, lowers, j) {
            c.gender = c.gender.or(role.1);
            c.roles.push(role.0);
            c.hint = Hint::Person;
        }
    }
    // `the President of Kazakhstan, Kassym-Zhomart Tokayev,` / `the president of the republic, X,`.
    if i > 0 && comma_gap(toks[i].gap) && j < n && (comma_gap(toks[j].gap) || toks[j].gap.contains(',')) {
        let mut f = i;
        let mut has_role = false;
        while f > 0 && i - f < 10 {
            let k = f - 1;
            if k + 1 < i && !plain_gap(toks[k + 1].gap) {
                break;
            }
            let l = lowers[k];
            let inner_the = l == "the" && k > 0 && matches!(lowers[k - 1], "of" | "for");
            if (crate::lexicon::is_function(l) && !matches!(l, "of" | "for") && !inner_the)
                || lexicon::is_cue_verb(l)
                || past_verb(toks, lowers, k)
                || is_calendar_word(toks[k].t)
            {
                break;
            }
            has_role |= lexicon::is_role_noun(l);
            f = k;
            // (A possessive opens the role: `Sultanbekov's lawyer, Asel Koilubaeva,`.)
            if toks[k].initial || toks[k].poss {
                break;
            }
        }
        if has_role && f < i {
            // Start at the first role noun or adjective; drop a leading `of`.
            let phrase = norm_space(&text[toks[f].s..toks[i - 1].e]);
            if !phrase.starts_with("of ") && !phrase.starts_with("for ") {
                c.roles.push(phrase.into_owned());
                c.hint = Hint::Person;
            }
        }
    }
    if !c.roles.is_empty() {
        c.hint = Hint::Person;
        return;
    }
    if matches!(c.hint, Hint::WeakPerson | Hint::Unknown) && !c.speaks {
        // `the Vorukh enclave`, `the Qosh Tepa canal`: a place noun after the name; `the Nookat
        // and Kara-Suu districts`: after the next name too, in the plural.
        let place_noun = |k: usize, plural: bool| {
            k < n && !toks[k].cap && plain_gap(toks[k].gap) && {
                let l = lowers[k];
                (!plural && lexicon::is_place_keyword(l)) || l.strip_suffix('s').is_some_and(lexicon::is_place_keyword)
            }
        };
        let coordinated =
            j + 2 < n && lowers[j] == "and" && plain_gap(toks[j].gap) && toks[j + 1].cap && place_noun(j + 2, true);
        if !toks[j - 1].poss && (place_noun(j, false) || coordinated) {
            c.hint = Hint::Place;
            return;
        }
        let before = (i > 0 && plain_gap(toks[i].gap) && !toks[i].initial).then(|| lowers[i - 1]);
        // `met in Termez`, `near Vorukh`: one unknown word after a preposition of place.
        if j == i + 1
            && c.hint == Hint::Unknown
            && !toks[i].poss
            && matches!(before, Some("in" | "near" | "outside" | "across" | "around"))
        {
            c.hint = Hint::Place;
            return;
        }
        // `the Halk Maslahaty`, `the Amu Darya`: a person's name takes no article.
        if c.hint == Hint::WeakPerson && before == Some("the") {
            c.hint = Hint::Unknown;
        }
    }
}

/// Whether `toks[k]` reads as a verb in the past before a role (`police on Thursday detained
/// opposition politician X`, `Local media quoted X's lawyer`): a lower-case `-ed` word that is no
/// role noun and follows no determiner (`the detained politician` keeps it).
fn past_verb(toks: &[Tok<'_>], lowers: &[&str], k: usize) -> bool {
    let l = lowers[k];
    !toks[k].cap
        && l.len() > 4
        && l.ends_with("ed")
        && !lexicon::is_role_noun(l)
        && !(k > 0
            && (matches!(lowers[k - 1], "the" | "a" | "an" | "its" | "his" | "her" | "their") || toks[k - 1].poss))
}

/// The role phrase after `Name,` up to the next comma or the sentence end, if it names a role.
fn apposition(text: &str, toks: &[Tok<'_>], lowers: &[&str], from: usize) -> Option<(String, Option<Gender>)> {
    let n = toks.len();
    let mut k = from;
    if matches!(lowers[k], "a" | "an" | "the") {
        k += 1;
    }
    let start = k;
    let mut end = k;
    let mut role_at = None;
    while end < n && end - start < 16 {
        if end > start && !plain_gap(toks[end].gap) {
            // Only words and inner punctuation such as `sheriff's` belong to the phrase.
            break;
        }
        let l = lowers[end];
        if matches!(l, "who" | "which" | "that" | "whose" | "said" | "says" | "told") {
            break;
        }
        if role_at.is_none() && lexicon::is_role_noun(l) && l != "source" {
            role_at = Some(end);
        }
        end += 1;
    }
    let role_at = role_at?;
    if role_at - start > 4 || end == start {
        return None;
    }
    // The phrase must end at a comma, a relative pronoun, or the end of the sentence.
    let closes = end >= n
        || toks[end].gap.contains(',')
        || matches!(lowers[end], "who" | "which" | "that" | "whose")
        || toks[end].gap.contains(['.', ';', '(']);
    if !closes {
        return None;
    }
    let first = &lowers[start];
    if lexicon::is_cue_verb(first)
        || crate::lexicon::is_function(first)
        || (first.ends_with("ing") || first.ends_with("ed")) && !lexicon::is_role_noun(first)
    {
        return None;
    }
    let phrase = norm_space(&text[toks[start].s..toks[end - 1].e]);
    let phrase = phrase.trim_end_matches([',', '.', ';']).to_string();
    Some((phrase, lexicon::gender_of_title(lowers[role_at])))
}

/// Pushes `c`, and the acronym it defines if `(ACR)` follows.
/// The name ending at token `j` (exclusive), starting after a connector at or after byte
/// `from`, whose words' initials are `letters`, as a candidate of its own.
fn trailing_name(text: &str, toks: &[Tok<'_>], j: usize, from: usize, letters: &str, out: &mut Cands) -> Option<Cand> {
    let mut initials = String::new();
    let mut k = j;
    while k > 0 && toks[k - 1].s >= from {
        k -= 1;
        let t = &toks[k];
        if !t.cap {
            continue;
        }
        initials.insert_str(0, &t.t.chars().next()?.to_uppercase().to_string());
        if initials.len() >= letters.len() {
            break;
        }
    }
    let opens = k > 0 && toks[k - 1].s >= from && matches!(toks[k - 1].t, "of" | "the" | "for");
    if initials != letters || !opens {
        return None;
    }
    let parent = out.list.last()?.clone();
    let span = Span::new(toks[k].s, toks[j - 1].e);
    let display = &text[span.range()];
    let (key, n_words) = folded_key(&mut out.strs, display);
    let display = push_str(&mut out.strs, &norm_space(display));
    Some(Cand { span, key, n_words, display, roles: Vec::new(), gender: None, acronym_of: None, ..parent })
}

fn push_with_acronym(text: &str, toks: &[Tok<'_>], j: usize, c: Cand, out: &mut Cands) {
    let bracket_next = j < toks.len() && toks[j].gap.contains('(');
    if !bracket_next {
        out.push(c);
        return;
    }
    let at = out.list.len();
    let initials: String = str_in(&out.strs, c.display)
        .split(|ch: char| is_space(ch) || ch == '-')
        .filter(|w| !w.is_empty())
        .filter(|w| !matches!(*w, "of" | "for" | "the" | "and" | "in" | "on" | "de" | "The"))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    let words = c.n_words;
    out.push(c);
    if j < toks.len() && words >= 2 {
        let t = &toks[j];
        let gap = t.gap.trim_matches(is_space);
        if gap == "(" && is_acronym(t.t) && text[t.e..].starts_with(')') {
            let letters: String = t.t.chars().filter(|ch| ch.is_alphabetic()).collect();
            let mut target = (letters == initials).then_some(at);
            if target.is_none() && initials.ends_with(&letters) {
                // `Centre of the Interstate Commission for Water Coordination (ICWC)`: the
                // acronym names the organisation at the end, which is a name of its own.
                if let Some(sub) = trailing_name(text, toks, j, out.list[at].span.start as usize, &letters, out) {
                    out.push(sub);
                    target = Some(out.list.len() - 1);
                }
            }
            if let Some(at) = target {
                let (article, hint) = (out.list[at].article, out.list[at].hint);
                let key = write_str(&mut out.strs, |b| text::fold_into(t.t, b));
                let display = push_str(&mut out.strs, t.t);
                out.push(Cand {
                    article,
                    span: Span::new(t.s, t.e),
                    key,
                    n_words: 1,
                    display,
                    hint,
                    gazetteer: None,
                    roles: Vec::new(),
                    gender: None,
                    acronym_of: Some(at),
                    tentative: false,
                    speaks: false,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(s: &str) -> Cands {
        let mut out = Cands::default();
        scan_sentence(s, Span::new(0, s.len()), 0, &mut Scratch::default(), &mut out);
        out
    }

    fn shown(s: &str) -> Vec<String> {
        let found = scan(s);
        found
            .list
            .iter()
            .map(|c| {
                let mut x = format!("{} [{:?}]", found.str(c.display), c.hint);
                for r in &c.roles {
                    x.push_str(&format!(" role={r}"));
                }
                if c.tentative {
                    x.push_str(" tentative");
                }
                if c.acronym_of.is_some() {
                    x.push_str(" acronym");
                }
                x
            })
            .collect()
    }

    #[test]
    fn role_prefix_and_suffix() {
        assert_eq!(
            shown("US Secretary of State Anthony Blinken commented on the decision."),
            ["US [Place]", "Anthony Blinken [Person] role=US Secretary of State"]
        );
        assert_eq!(
            shown("Anthony Blinken US Secretary of State"),
            ["US [Place]", "Anthony Blinken [Person] role=US Secretary of State"]
        );
        assert_eq!(
            shown("On January 10, President of Belarus Alexander Lukashenko spoke."),
            ["Belarus [Place]", "Alexander Lukashenko [Person] role=President of Belarus"]
        );
        assert_eq!(
            shown("It was said by Tashkent-based political analyst Anvar Nazirov yesterday."),
            ["Tashkent [Place]", "Anvar Nazirov [Person] role=Tashkent-based political analyst"]
        );
    }

    #[test]
    fn apposition_and_acronyms() {
        assert_eq!(
            shown("Anora Sodikova, a journalist from Tashkent, also disapproved."),
            ["Anora Sodikova [Person] role=journalist from Tashkent", "Tashkent [Place]"]
        );
        assert_eq!(
            shown("They joined the Collective Security Pact Organisation (CSPO) in May."),
            ["Collective Security Pact Organisation [Org]", "CSPO [Org] acronym"]
        );
        assert_eq!(
            shown("Later, the president of the republic, Kassym-Zhomart Tokayev, said so."),
            ["Kassym-Zhomart Tokayev [Person] role=president of the republic"]
        );
    }

    #[test]
    fn an_acronym_may_name_the_organisation_ending_a_longer_name() {
        assert_eq!(
            shown(
                "He heads the Information Centre of the Interstate Commission for Water Coordination (ICWC) in Tashkent."
            ),
            [
                "Information Centre of the Interstate Commission for Water Coordination [Org]",
                "Interstate Commission for Water Coordination [Org]",
                "ICWC [Org] acronym",
                "Tashkent [Place]"
            ]
        );
        // Initials that match no trailing name: no acronym.
        assert_eq!(
            shown("He heads the Information Centre of the Interstate Commission (XYZ) in Tashkent."),
            ["Information Centre of the Interstate Commission [Org]", "XYZ [Org]", "Tashkent [Place]"]
        );
    }

    #[test]
    fn an_office_keeps_its_possessive() {
        assert_eq!(
            shown("Later, the Prosecutor General's Office reported 18 deaths."),
            ["Prosecutor General's Office [Org]"]
        );
        // A possessive before anything else still ends the name.
        assert_eq!(shown("He met China's envoy Li Hui."), ["China [Place]", "Li Hui [Person] role=China's envoy"]);
    }

    #[test]
    fn a_role_stops_at_a_verb_or_a_day_before_it() {
        let role = |s: &str| scan(s).list.iter().flat_map(|c| c.roles.clone()).collect::<Vec<_>>();
        assert_eq!(
            role("Kyrgyz police on Thursday detained opposition politician Temirlan Sultanbekov."),
            ["opposition politician"]
        );
        assert_eq!(
            role("Local media quoted Sultanbekov's lawyer, Asel Koilubaeva, as saying so."),
            ["Sultanbekov's lawyer"]
        );
        // After a determiner an -ed word is part of the role.
        assert_eq!(
            role("He spoke to the detained opposition politician Ali Vahidov."),
            ["detained opposition politician"]
        );
    }

    #[test]
    fn a_possessive_opens_a_role() {
        let found = shown("Sadyr Japarov met China's special envoy Li Hui on Friday.");
        let li = found.iter().find(|c| c.starts_with("Li Hui")).expect("Li Hui is found");
        assert!(li.ends_with("role=China's special envoy"), "{found:?}");
    }

    #[test]
    fn a_titled_thing_is_one_name_not_a_person_and_the_places_it_names_are_mentions() {
        assert_eq!(
            shown("The Treaty of Friendship between Russia and China was signed."),
            ["Treaty of Friendship [Other]", "Russia [Place]", "China [Place]"]
        );
        assert_eq!(
            shown("The Museum of Modern Art in Paris opened."),
            ["Museum of Modern Art [Other]", "Paris [Place]"]
        );
        assert_eq!(
            shown("In the Concept of Foreign Policy of the Republic of Uzbekistan, it announced a change."),
            ["Concept of Foreign Policy of the Republic of Uzbekistan [Other]", "Uzbekistan [Place]"]
        );
        // A keyword after a name, as before.
        assert_eq!(shown("He visited the Moscow Museum yesterday."), ["Moscow Museum [Other]"]);
        // `on` after a thing keyword: the title goes on (was `Agreement` and a person `Cross-Border Trade`).
        assert_eq!(
            shown("They signed an Agreement on Cross-Border Trade on Tuesday."),
            ["Agreement on Cross-Border Trade [Other]"]
        );
    }

    #[test]
    fn the_words_around_an_unknown_name_tell_a_place_from_a_person() {
        // A place noun after it; a preposition of place before a single word.
        assert_eq!(shown("The talks on the Vorukh enclave stalled."), ["Vorukh [Place]"]);
        assert_eq!(shown("The Qosh Tepa canal takes water."), ["Qosh Tepa [Place]"]);
        assert_eq!(
            shown("The mudflows hit the Nookat and Kara-Suu districts."),
            ["Nookat [Place]", "Kara-Suu [Place]"]
        );
        assert_eq!(shown("A technical group met in Termez on Monday."), ["Termez [Place]"]);
        // A name after a preposition does not speak: the noun before it does.
        assert_eq!(shown("Diplomats in Zorusk said they were worried."), ["Zorusk [Place]"]);
        // A person's name takes no article: two unknown words after `the` are not a person.
        assert_eq!(shown("He now chairs the Halk Maslahaty, the upper chamber."), ["Halk Maslahaty [Unknown]"]);
        // Without these signs, as before.
        assert_eq!(shown("He met Vadim Sokolov on Monday."), ["Vadim Sokolov [WeakPerson]"]);
        let speaks = |s: &str| scan(s).list.iter().map(|c| c.speaks).collect::<Vec<_>>();
        assert_eq!(speaks("The canal is new, Sokolov said."), [true]);
        assert_eq!(speaks("Diplomats and Zorusk said they were worried."), [true]);
        assert_eq!(speaks("Diplomats in Zorusk said they were worried."), [false]);
    }

    #[test]
    fn a_role_noun_opening_a_sentence_is_no_name() {
        assert_eq!(shown("Critics say the law would let the authorities close any outlet."), Vec::<String>::new());
        assert_eq!(shown("Analysts in Bishkek were divided."), ["Bishkek [Place]"]);
        // Inside a sentence, a role before a name is still a role.
        assert_eq!(shown("He met Critic Ann Lee."), ["Ann Lee [Person] role=Critic"]);
    }

    #[test]
    fn first_words_months_and_weekdays_are_not_names() {
        assert_eq!(shown("However, on Friday, January 7, nothing happened."), Vec::<String>::new());
        assert_eq!(
            shown("Relying on the treaty, Kazakhstan asked."),
            ["Relying [Unknown] tentative", "Kazakhstan [Place]"]
        );
        assert_eq!(shown("Tokayev said it."), ["Tokayev [Unknown]"]);
        assert_eq!(shown("Many Uzbeks were appalled."), Vec::<String>::new());
    }
}
