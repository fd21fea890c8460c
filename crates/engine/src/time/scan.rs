//! The time stage's tokenizer and lexicon: one pass over a sentence's bytes into [`Tok`]s, each
//! already classified ([`Lex`]), so the rules compare small enums instead of strings.
//!
//! Words are runs of letters (with inner apostrophes: `today's`); numbers are runs of digits,
//! which may carry an ordinal suffix (`15th`), a decade `s` (`1990s`), thousands separators
//! (`10,000`: never a date) or dots and slashes (`13.01.2022`). A number glued to other letters
//! (`2,330km`, `C5`) is [`Kind::Other`] and never read as a date. Everything else is one
//! punctuation token per character.

use crate::date::{Date, Season};

/// What a token is, by its characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Letters.
    Word,
    /// Digits only; `num` is the value (saturated), `digits` the count.
    Num,
    /// Digits with an ordinal suffix (`15th`, `2nd`).
    Ord,
    /// A decade (`1990s`, `90s`); `num` is the number before the `s`.
    Decade,
    /// A dotted or slashed day-month-year (`13.01.2022`); `num` packs `y*10000+m*100+d`.
    NumDate,
    /// One punctuation character; `num` is its code point.
    Punct,
    /// Anything else (numbers with units or separators, mixed letters and digits).
    Other,
}

/// Temporal keywords and cue words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kw {
    Yesterday,
    Today,
    Tomorrow,
    Tonight,
    Ago,
    Last,
    Past,
    Next,
    This,
    Coming,
    Previous,
    Following,
    Earlier,
    Later,
    Before,
    After,
    Since,
    In,
    On,
    At,
    By,
    Of,
    The,
    From,
    Until,
    To,
    And,
    Or,
    Between,
    During,
    Through,
    Around,
    Morning,
    Afternoon,
    Evening,
    Night,
    Same,
    That,
    Early,
    Mid,
    Late,
    Beginning,
    Start,
    End,
    Middle,
    First,
    Second,
    Third,
    Fourth,
    Few,
    Quarter,
    Weekend,
    Outbreak,
    Onset,
    Eve,
    New,
    Christmas,
    Easter,
    Nowruz,
    /// `Q1` … `Q4` (the quarter number is in `Tok::num`).
    QuarterCode,
    /// Clause-opening words (`that`, `which`, `who`, `but` …): bound the cue search.
    ClauseWord,
    /// Future cues: `will`, `shall`, `'ll`, `upcoming`, `scheduled`, `expected` …
    Future,
    /// `due`: a future cue (`elections are due in 2021`), except in `due to` (a cause).
    Due,
    /// `be`: a participle after it is no past form (`will be paid`, `is to be held`).
    Be,
    /// Past cues: `was`, `were`, `had`, `did`, `said` and other past forms.
    PastCue,
    /// A verb saying that something began (`began`, `started`, `erupted`, `broke`).
    StartVerb,
}

/// A token's meaning, when it has one for dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lex {
    /// No temporal meaning.
    None,
    /// A month name (`January`), 1–12.
    Month(u8),
    /// A month abbreviation (`Jan`, `Sept`), 1–12.
    MonthAbbr(u8),
    /// A weekday name, 0 = Monday.
    Weekday(u8),
    /// A weekday abbreviation (`Thu`), 0 = Monday.
    WeekdayAbbr(u8),
    /// A number word (`three`), or `a`/`an` as 1.
    NumWord(u8),
    /// A unit of time.
    Unit(Unit),
    /// A season name.
    Season(Season),
    /// A keyword.
    Kw(Kw),
}

/// Units of time in relative expressions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Fortnight,
    Month,
    Year,
    Decade,
}

/// One token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Tok {
    /// Byte offset in the scanned text (absolute: the caller's base is added).
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// Character class.
    pub kind: Kind,
    /// Meaning.
    pub lex: Lex,
    /// Numeric value (numbers), code point (punctuation).
    pub num: u32,
    /// Number of digits (numbers).
    pub digits: u8,
    /// First letter upper case.
    pub cap: bool,
    /// Ends in `'s` / `’s`.
    pub possessive: bool,
}

impl Tok {
    /// True for the punctuation character `c`.
    pub fn is(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.num == c as u32
    }
    /// The keyword, if this token is one.
    pub fn kw(&self) -> Option<Kw> {
        match self.lex {
            Lex::Kw(k) => Some(k),
            _ => None,
        }
    }
    /// True when this token is the keyword `k`.
    pub fn is_kw(&self, k: Kw) -> bool {
        self.lex == Lex::Kw(k)
    }
    /// The date packed in a [`Kind::NumDate`] token.
    pub fn num_date(&self) -> Option<Date> {
        (self.kind == Kind::NumDate).then(|| {
            let n = self.num;
            Date { y: (n / 10_000) as i32, m: ((n / 100) % 100) as u8, d: (n % 100) as u8 }
        })
    }
}

/// Byte classes for the scan.
const PUNCT: u8 = 0;
const LETTER: u8 = 1;
const DIGIT: u8 = 2;
const SPACE: u8 = 3;
const HIGH: u8 = 4;

static CLASS: [u8; 256] = {
    let mut t = [PUNCT; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_whitespace() {
            SPACE
        } else if c >= 0x80 {
            HIGH
        } else {
            PUNCT
        };
        b += 1;
    }
    t
};

/// What a scan saw, for the caller to skip what cannot hold a date.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Seen {
    /// A token that can start an expression (a month, a weekday, a number, a keyword…).
    pub trigger: bool,
    /// A verb saying something began.
    pub start_verb: bool,
}

/// True for tokens at which a rule can start.
pub(crate) fn can_start(t: &Tok) -> bool {
    match t.kind {
        Kind::Word => match t.lex {
            Lex::None | Lex::Unit(_) => false,
            Lex::Kw(k) => !matches!(
                k,
                Kw::In
                    | Kw::On
                    | Kw::At
                    | Kw::Of
                    | Kw::From
                    | Kw::Until
                    | Kw::To
                    | Kw::And
                    | Kw::Or
                    | Kw::Between
                    | Kw::During
                    | Kw::Through
                    | Kw::Around
                    | Kw::Since
                    | Kw::Before
                    | Kw::After
                    | Kw::Ago
                    | Kw::Same
                    | Kw::Few
                    | Kw::Quarter
                    | Kw::Weekend
                    | Kw::Outbreak
                    | Kw::Onset
                    | Kw::Eve
                    | Kw::Second
                    | Kw::Third
                    | Kw::Fourth
                    | Kw::ClauseWord
                    | Kw::Future
                    | Kw::PastCue
                    | Kw::StartVerb
            ),
            _ => true,
        },
        Kind::Num | Kind::Ord | Kind::Decade | Kind::NumDate => true,
        Kind::Punct => t.num == u32::from(b'\'') || t.num == u32::from('’'),
        Kind::Other => false,
    }
}

/// Tokenizes `text` (whose first byte is at `base` in the article) into `out` (cleared first).
pub(crate) fn tokenize(text: &str, base: u32, out: &mut Vec<Tok>) -> Seen {
    out.clear();
    let mut seen = Seen::default();
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n {
        let c = b[i];
        let class = CLASS[c as usize];
        if class == SPACE {
            i += 1;
            continue;
        }
        if class == LETTER || (class == HIGH && char_at(text, i).is_alphabetic()) {
            let start = i;
            // Fast path: a run of ASCII letters.
            while i < n && CLASS[b[i] as usize] == LETTER {
                i += 1;
            }
            let mut plain = class == LETTER;
            let mut digits = false;
            let mut apostrophe: Option<usize> = None; // byte of the apostrophe
            // Slow path: digits, letters beyond ASCII, an inner apostrophe.
            while i < n {
                let c = b[i];
                match CLASS[c as usize] {
                    LETTER => i += 1,
                    DIGIT => {
                        digits = true;
                        i += 1;
                    }
                    PUNCT if c == b'\'' && i + 1 < n && CLASS[b[i + 1] as usize] == LETTER && apostrophe.is_none() => {
                        apostrophe = Some(i);
                        i += 1;
                    }
                    HIGH => {
                        let ch = char_at(text, i);
                        let l = ch.len_utf8();
                        if ch.is_alphabetic() {
                            plain = false;
                            i += l;
                        } else if ch == '’' && i + l < n && CLASS[b[i + l] as usize] == LETTER && apostrophe.is_none()
                        {
                            apostrophe = Some(i);
                            i += l;
                        } else {
                            break;
                        }
                    }
                    _ => break,
                }
            }
            let cap =
                if b[start].is_ascii() { b[start].is_ascii_uppercase() } else { char_at(text, start).is_uppercase() };
            let mut tok = Tok {
                start: base + start as u32,
                end: base + i as u32,
                kind: Kind::Word,
                lex: Lex::None,
                num: 0,
                digits: 0,
                cap,
                possessive: false,
            };
            if digits {
                // `Q1` is a quarter; other letter–digit mixes (`C5`) are nothing.
                let w = &b[start..i];
                if w.len() == 2 && (w[0] | 0x20) == b'q' && (b'1'..=b'4').contains(&w[1]) {
                    tok.lex = Lex::Kw(Kw::QuarterCode);
                    tok.num = u32::from(w[1] - b'0');
                } else {
                    tok.kind = Kind::Other;
                }
            } else if plain {
                let (word, rest) = match apostrophe {
                    Some(a) => (&b[start..a], &b[a..i]),
                    None => (&b[start..i], &b[i..i]),
                };
                let tail = rest.iter().rposition(|&x| x == b'\'' || x >= 0x80).map_or(rest, |p| &rest[p + 1..]);
                if word.len() <= 16 && rest.iter().all(|&x| x.is_ascii_alphabetic() || x == b'\'' || x >= 0x80) {
                    tok.lex = match tail {
                        _ if rest.is_empty() => lex_of(key_at(b, start, word.len()), word.len()),
                        // `today's`: the word is `today`.
                        [b's' | b'S'] => {
                            tok.possessive = true;
                            lex_of(key_at(b, start, word.len()), word.len())
                        }
                        // `they'll`
                        [b'l', b'l'] => Lex::Kw(Kw::Future),
                        _ => Lex::None,
                    };
                }
            }
            if tok.lex == Lex::Kw(Kw::StartVerb) {
                seen.start_verb = true;
            }
            seen.trigger |= tok.lex != Lex::None;
            out.push(tok);
            continue;
        }
        if class == DIGIT {
            let start = i;
            let (tok, next) = number(text, i);
            out.push(Tok { start: base + start as u32, end: base + next as u32, ..tok });
            seen.trigger = true;
            i = next;
            continue;
        }
        // Punctuation (or a non-letter, non-space character).
        let ch = if class == HIGH { char_at(text, i) } else { c as char };
        let len = ch.len_utf8();
        if !crate::text::is_space(ch) {
            let tok = Tok {
                start: base + i as u32,
                end: base + (i + len) as u32,
                kind: Kind::Punct,
                lex: Lex::None,
                num: ch as u32,
                digits: 0,
                cap: false,
                possessive: false,
            };
            seen.trigger |= can_start(&tok);
            out.push(tok);
        }
        i += len;
    }
    seen
}

fn char_at(text: &str, i: usize) -> char {
    text.get(i..).and_then(|s| s.chars().next()).unwrap_or(' ')
}

/// Reads the number starting at `i`; returns the token (offsets unset) and the end.
fn number(text: &str, start: usize) -> (Tok, usize) {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = start;
    let mut value: u64 = 0;
    let mut digits = 0u32;
    // Groups separated by `.` or `/` (dates), or `,` (thousands).
    let mut groups: [u32; 3] = [0; 3];
    let mut group_digits: [u8; 3] = [0; 3];
    let mut ngroups = 1usize;
    let mut sep: u8 = 0;
    let mut mixed = false;
    let mut thousands = false;
    while i < n {
        let c = b[i];
        if c.is_ascii_digit() {
            value = (value * 10 + u64::from(c - b'0')).min(u64::from(u32::MAX));
            digits += 1;
            let g = ngroups - 1;
            if g < 3 {
                groups[g] = (groups[g].saturating_mul(10)).saturating_add(u32::from(c - b'0'));
                group_digits[g] = group_digits[g].saturating_add(1);
            }
            i += 1;
        } else if matches!(c, b',' | b'.' | b'/') && i + 1 < n && b[i + 1].is_ascii_digit() {
            if c == b',' {
                thousands = true;
            } else if sep == 0 || sep == c {
                sep = c;
            } else {
                mixed = true;
            }
            ngroups += 1;
            i += 1;
        } else {
            break;
        }
    }
    // Letters glued to the digits.
    let letters_start = i;
    while i < n && (b[i].is_ascii_alphabetic() || (b[i] >= 0x80 && char_at(text, i).is_alphabetic())) {
        i += char_at(text, i).len_utf8();
    }
    let suffix = &text[letters_start..i];
    let mut tok = Tok {
        start: 0,
        end: 0,
        kind: Kind::Other,
        lex: Lex::None,
        num: value as u32,
        digits: digits.min(255) as u8,
        cap: false,
        possessive: false,
    };
    let plain = ngroups == 1;
    if plain && suffix.is_empty() {
        tok.kind = Kind::Num;
    } else if plain && matches!(suffix.to_ascii_lowercase().as_str(), "st" | "nd" | "rd" | "th") {
        tok.kind = Kind::Ord;
    } else if plain && (suffix == "s" || suffix == "S") && (digits == 2 || digits == 4) && value % 10 == 0 {
        tok.kind = Kind::Decade;
    } else if !thousands && !mixed && ngroups == 3 && suffix.is_empty() && sep != 0 {
        let (a, bb, y) = (groups[0], groups[1], groups[2]);
        if group_digits[2] == 4 && (1000..=2999).contains(&y) {
            // Day–month–year, the order used outside the US; a middle number over 12 means the
            // writer put the month first.
            let (m, d) = if bb > 12 { (a, bb) } else { (bb, a) };
            if m <= 12 && d <= 31 {
                if let Some(date) = Date::new(y as i32, m as u8, d as u8) {
                    tok.kind = Kind::NumDate;
                    tok.num = y * 10_000 + m * 100 + d;
                    let _ = date;
                }
            }
        }
    }
    (tok, i)
}

/// The lexicon, unsorted: every word with a meaning for dates (lower case, at most 16 bytes).
const WORDS: &[(&str, Lex)] = &[
    ("january", Lex::Month(1)),
    ("february", Lex::Month(2)),
    ("march", Lex::Month(3)),
    ("april", Lex::Month(4)),
    ("may", Lex::Month(5)),
    ("june", Lex::Month(6)),
    ("july", Lex::Month(7)),
    ("august", Lex::Month(8)),
    ("september", Lex::Month(9)),
    ("october", Lex::Month(10)),
    ("november", Lex::Month(11)),
    ("december", Lex::Month(12)),
    ("jan", Lex::MonthAbbr(1)),
    ("feb", Lex::MonthAbbr(2)),
    ("mar", Lex::MonthAbbr(3)),
    ("apr", Lex::MonthAbbr(4)),
    ("jun", Lex::MonthAbbr(6)),
    ("jul", Lex::MonthAbbr(7)),
    ("aug", Lex::MonthAbbr(8)),
    ("sep", Lex::MonthAbbr(9)),
    ("sept", Lex::MonthAbbr(9)),
    ("oct", Lex::MonthAbbr(10)),
    ("nov", Lex::MonthAbbr(11)),
    ("dec", Lex::MonthAbbr(12)),
    ("monday", Lex::Weekday(0)),
    ("tuesday", Lex::Weekday(1)),
    ("wednesday", Lex::Weekday(2)),
    ("thursday", Lex::Weekday(3)),
    ("friday", Lex::Weekday(4)),
    ("saturday", Lex::Weekday(5)),
    ("sunday", Lex::Weekday(6)),
    ("mon", Lex::WeekdayAbbr(0)),
    ("tue", Lex::WeekdayAbbr(1)),
    ("tues", Lex::WeekdayAbbr(1)),
    ("wed", Lex::WeekdayAbbr(2)),
    ("thu", Lex::WeekdayAbbr(3)),
    ("thur", Lex::WeekdayAbbr(3)),
    ("thurs", Lex::WeekdayAbbr(3)),
    ("fri", Lex::WeekdayAbbr(4)),
    ("sat", Lex::WeekdayAbbr(5)),
    ("sun", Lex::WeekdayAbbr(6)),
    ("a", Lex::NumWord(1)),
    ("an", Lex::NumWord(1)),
    ("one", Lex::NumWord(1)),
    ("two", Lex::NumWord(2)),
    ("three", Lex::NumWord(3)),
    ("four", Lex::NumWord(4)),
    ("five", Lex::NumWord(5)),
    ("six", Lex::NumWord(6)),
    ("seven", Lex::NumWord(7)),
    ("eight", Lex::NumWord(8)),
    ("nine", Lex::NumWord(9)),
    ("ten", Lex::NumWord(10)),
    ("eleven", Lex::NumWord(11)),
    ("twelve", Lex::NumWord(12)),
    ("fifteen", Lex::NumWord(15)),
    ("twenty", Lex::NumWord(20)),
    ("thirty", Lex::NumWord(30)),
    ("day", Lex::Unit(Unit::Day)),
    ("days", Lex::Unit(Unit::Day)),
    ("week", Lex::Unit(Unit::Week)),
    ("weeks", Lex::Unit(Unit::Week)),
    ("fortnight", Lex::Unit(Unit::Fortnight)),
    ("month", Lex::Unit(Unit::Month)),
    ("months", Lex::Unit(Unit::Month)),
    ("year", Lex::Unit(Unit::Year)),
    ("years", Lex::Unit(Unit::Year)),
    ("decade", Lex::Unit(Unit::Decade)),
    ("decades", Lex::Unit(Unit::Decade)),
    ("spring", Lex::Season(Season::Spring)),
    ("summer", Lex::Season(Season::Summer)),
    ("autumn", Lex::Season(Season::Autumn)),
    ("fall", Lex::Season(Season::Autumn)),
    ("winter", Lex::Season(Season::Winter)),
    ("yesterday", Lex::Kw(Kw::Yesterday)),
    ("today", Lex::Kw(Kw::Today)),
    ("tomorrow", Lex::Kw(Kw::Tomorrow)),
    ("tonight", Lex::Kw(Kw::Tonight)),
    ("ago", Lex::Kw(Kw::Ago)),
    ("last", Lex::Kw(Kw::Last)),
    ("past", Lex::Kw(Kw::Past)),
    ("next", Lex::Kw(Kw::Next)),
    ("this", Lex::Kw(Kw::This)),
    ("coming", Lex::Kw(Kw::Coming)),
    ("previous", Lex::Kw(Kw::Previous)),
    ("preceding", Lex::Kw(Kw::Previous)),
    ("following", Lex::Kw(Kw::Following)),
    ("earlier", Lex::Kw(Kw::Earlier)),
    ("later", Lex::Kw(Kw::Later)),
    ("before", Lex::Kw(Kw::Before)),
    ("after", Lex::Kw(Kw::After)),
    ("since", Lex::Kw(Kw::Since)),
    ("in", Lex::Kw(Kw::In)),
    ("on", Lex::Kw(Kw::On)),
    ("at", Lex::Kw(Kw::At)),
    ("by", Lex::Kw(Kw::By)),
    ("of", Lex::Kw(Kw::Of)),
    ("the", Lex::Kw(Kw::The)),
    ("from", Lex::Kw(Kw::From)),
    ("until", Lex::Kw(Kw::Until)),
    ("till", Lex::Kw(Kw::Until)),
    ("untill", Lex::Kw(Kw::Until)),
    ("to", Lex::Kw(Kw::To)),
    ("and", Lex::Kw(Kw::And)),
    ("or", Lex::Kw(Kw::Or)),
    ("between", Lex::Kw(Kw::Between)),
    ("during", Lex::Kw(Kw::During)),
    ("throughout", Lex::Kw(Kw::During)),
    ("through", Lex::Kw(Kw::Through)),
    ("around", Lex::Kw(Kw::Around)),
    ("circa", Lex::Kw(Kw::Around)),
    ("about", Lex::Kw(Kw::Around)),
    ("morning", Lex::Kw(Kw::Morning)),
    ("afternoon", Lex::Kw(Kw::Afternoon)),
    ("evening", Lex::Kw(Kw::Evening)),
    ("night", Lex::Kw(Kw::Night)),
    ("overnight", Lex::Kw(Kw::Night)),
    ("same", Lex::Kw(Kw::Same)),
    ("that", Lex::Kw(Kw::That)),
    ("early", Lex::Kw(Kw::Early)),
    ("mid", Lex::Kw(Kw::Mid)),
    ("late", Lex::Kw(Kw::Late)),
    ("beginning", Lex::Kw(Kw::Beginning)),
    ("start", Lex::Kw(Kw::Start)),
    ("end", Lex::Kw(Kw::End)),
    ("middle", Lex::Kw(Kw::Middle)),
    ("first", Lex::Kw(Kw::First)),
    ("second", Lex::Kw(Kw::Second)),
    ("third", Lex::Kw(Kw::Third)),
    ("fourth", Lex::Kw(Kw::Fourth)),
    ("few", Lex::Kw(Kw::Few)),
    ("quarter", Lex::Kw(Kw::Quarter)),
    ("weekend", Lex::Kw(Kw::Weekend)),
    ("outbreak", Lex::Kw(Kw::Outbreak)),
    ("onset", Lex::Kw(Kw::Onset)),
    ("eve", Lex::Kw(Kw::Eve)),
    ("new", Lex::Kw(Kw::New)),
    ("christmas", Lex::Kw(Kw::Christmas)),
    ("easter", Lex::Kw(Kw::Easter)),
    ("nowruz", Lex::Kw(Kw::Nowruz)),
    ("navruz", Lex::Kw(Kw::Nowruz)),
    ("nauryz", Lex::Kw(Kw::Nowruz)),
    ("which", Lex::Kw(Kw::ClauseWord)),
    ("who", Lex::Kw(Kw::ClauseWord)),
    ("whom", Lex::Kw(Kw::ClauseWord)),
    ("whose", Lex::Kw(Kw::ClauseWord)),
    ("because", Lex::Kw(Kw::ClauseWord)),
    ("but", Lex::Kw(Kw::ClauseWord)),
    ("while", Lex::Kw(Kw::ClauseWord)),
    ("although", Lex::Kw(Kw::ClauseWord)),
    ("though", Lex::Kw(Kw::ClauseWord)),
    ("whereas", Lex::Kw(Kw::ClauseWord)),
    ("if", Lex::Kw(Kw::ClauseWord)),
    ("when", Lex::Kw(Kw::ClauseWord)),
    ("where", Lex::Kw(Kw::ClauseWord)),
    ("as", Lex::Kw(Kw::ClauseWord)),
    ("will", Lex::Kw(Kw::Future)),
    ("shall", Lex::Kw(Kw::Future)),
    ("upcoming", Lex::Kw(Kw::Future)),
    ("scheduled", Lex::Kw(Kw::Future)),
    ("plans", Lex::Kw(Kw::Future)),
    ("plan", Lex::Kw(Kw::Future)),
    ("intends", Lex::Kw(Kw::Future)),
    ("going", Lex::Kw(Kw::Future)),
    ("forthcoming", Lex::Kw(Kw::Future)),
    // Expectations and schedules look ahead (`expected` is not a past form here).
    ("expected", Lex::Kw(Kw::Future)),
    ("expects", Lex::Kw(Kw::Future)),
    ("expect", Lex::Kw(Kw::Future)),
    // Reported future: `promised that families would be paid by the end of June`.
    ("would", Lex::Kw(Kw::Future)),
    ("due", Lex::Kw(Kw::Due)),
    ("be", Lex::Kw(Kw::Be)),
    ("was", Lex::Kw(Kw::PastCue)),
    ("were", Lex::Kw(Kw::PastCue)),
    ("had", Lex::Kw(Kw::PastCue)),
    ("did", Lex::Kw(Kw::PastCue)),
    ("said", Lex::Kw(Kw::PastCue)),
    ("told", Lex::Kw(Kw::PastCue)),
    ("took", Lex::Kw(Kw::PastCue)),
    ("came", Lex::Kw(Kw::PastCue)),
    ("went", Lex::Kw(Kw::PastCue)),
    ("left", Lex::Kw(Kw::PastCue)),
    ("made", Lex::Kw(Kw::PastCue)),
    ("met", Lex::Kw(Kw::PastCue)),
    ("held", Lex::Kw(Kw::PastCue)),
    ("gave", Lex::Kw(Kw::PastCue)),
    ("sent", Lex::Kw(Kw::PastCue)),
    ("saw", Lex::Kw(Kw::PastCue)),
    ("wrote", Lex::Kw(Kw::PastCue)),
    ("spoke", Lex::Kw(Kw::PastCue)),
    ("fled", Lex::Kw(Kw::PastCue)),
    ("fell", Lex::Kw(Kw::PastCue)),
    ("rose", Lex::Kw(Kw::PastCue)),
    ("led", Lex::Kw(Kw::PastCue)),
    ("won", Lex::Kw(Kw::PastCue)),
    ("lost", Lex::Kw(Kw::PastCue)),
    ("paid", Lex::Kw(Kw::PastCue)),
    ("got", Lex::Kw(Kw::PastCue)),
    ("ran", Lex::Kw(Kw::PastCue)),
    ("set", Lex::Kw(Kw::PastCue)),
    ("put", Lex::Kw(Kw::PastCue)),
    ("hit", Lex::Kw(Kw::PastCue)),
    ("struck", Lex::Kw(Kw::PastCue)),
    ("brought", Lex::Kw(Kw::PastCue)),
    ("thought", Lex::Kw(Kw::PastCue)),
    ("taken", Lex::Kw(Kw::PastCue)),
    ("given", Lex::Kw(Kw::PastCue)),
    ("seen", Lex::Kw(Kw::PastCue)),
    ("written", Lex::Kw(Kw::PastCue)),
    ("shot", Lex::Kw(Kw::PastCue)),
    ("flew", Lex::Kw(Kw::PastCue)),
    ("became", Lex::Kw(Kw::PastCue)),
    ("sought", Lex::Kw(Kw::PastCue)),
    ("caught", Lex::Kw(Kw::PastCue)),
    ("fought", Lex::Kw(Kw::PastCue)),
    ("built", Lex::Kw(Kw::PastCue)),
    ("felt", Lex::Kw(Kw::PastCue)),
    ("kept", Lex::Kw(Kw::PastCue)),
    ("spent", Lex::Kw(Kw::PastCue)),
    ("stood", Lex::Kw(Kw::PastCue)),
    ("began", Lex::Kw(Kw::StartVerb)),
    ("begun", Lex::Kw(Kw::StartVerb)),
    ("started", Lex::Kw(Kw::StartVerb)),
    ("erupted", Lex::Kw(Kw::StartVerb)),
    ("broke", Lex::Kw(Kw::StartVerb)),
    ("kicked", Lex::Kw(Kw::StartVerb)),
    ("flared", Lex::Kw(Kw::StartVerb)),
    ("sparked", Lex::Kw(Kw::StartVerb)),
    ("launched", Lex::Kw(Kw::StartVerb)),
];

/// A word's key: its lower-case ASCII bytes, big-endian in a `u128` (so `a` < `ab`).
const fn key_of(w: &[u8]) -> u128 {
    let mut k: u128 = 0;
    let mut i = 0;
    while i < w.len() {
        k = (k << 8) | (w[i] | 0x20) as u128;
        i += 1;
    }
    k
}

/// Slots in the lexicon's hash table (a power of two, about twice the words).
const SLOTS: usize = 512;

const fn slot_of(key: u128) -> usize {
    let x = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
    (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - 9)) as usize
}

/// [`WORDS`] in an open-addressing hash table built at compile time: `(key, meaning)`, key 0 for
/// an empty slot.
static LEXICON: [(u128, Lex); SLOTS] = {
    let mut t = [(0u128, Lex::None); SLOTS];
    let mut i = 0;
    while i < WORDS.len() {
        let k = key_of(WORDS[i].0.as_bytes());
        let mut s = slot_of(k);
        while t[s].0 != 0 {
            assert!(t[s].0 != k, "a word is in the lexicon twice");
            s = (s + 1) % SLOTS;
        }
        t[s] = (k, WORDS[i].1);
        i += 1;
    }
    t
};

/// The meaning of the word with key `key` and `len` letters (`len` ≤ 16).
fn lex_of(key: u128, len: usize) -> Lex {
    let mut s = slot_of(key);
    loop {
        let (k, lex) = LEXICON[s];
        if k == key {
            return lex;
        }
        if k == 0 {
            break;
        }
        s = (s + 1) % SLOTS;
    }
    // Regular past forms: `-ed` words (not `need`, `feed`, `speed`…).
    let ed = ((b'e' as u128) << 8) | b'd' as u128;
    if len >= 5 && key & 0xFFFF == ed && (key >> 16) & 0xFF != b'e' as u128 { Lex::Kw(Kw::PastCue) } else { Lex::None }
}

/// The key of a run of ASCII letters of at most 16 bytes, lower-cased.
fn word_key(w: &[u8]) -> u128 {
    let mut buf = [0u8; 16];
    buf[16 - w.len()..].copy_from_slice(w);
    u128::from_be_bytes(buf) | (u128::from_be_bytes([0x20; 16]) >> (8 * (16 - w.len())))
}

/// [`word_key`] of `b[start..start + len]` (ASCII letters, `len` ≤ 16), with one 16-byte load
/// when the text goes on that far.
fn key_at(b: &[u8], start: usize, len: usize) -> u128 {
    match b.get(start..start + 16) {
        Some(s) if len > 0 => {
            let mut buf = [0u8; 16];
            buf.copy_from_slice(s);
            let shift = 8 * (16 - len) as u32;
            (u128::from_be_bytes(buf) >> shift) | (u128::from_be_bytes([0x20; 16]) >> shift)
        }
        _ => word_key(&b[start..start + len]),
    }
}

/// Words without which no rule can match: months, weekdays, units, seasons, `yesterday`,
/// `tonight`, `weekend`, parts of the day, holidays. (Numbers are the other trigger.)
const fn is_strong(lex: Lex) -> bool {
    match lex {
        Lex::Month(_) | Lex::MonthAbbr(_) | Lex::Weekday(_) | Lex::WeekdayAbbr(_) | Lex::Unit(_) | Lex::Season(_) => {
            true
        }
        Lex::Kw(k) => matches!(
            k,
            Kw::Yesterday
                | Kw::Today
                | Kw::Tomorrow
                | Kw::Tonight
                | Kw::Weekend
                | Kw::Night
                | Kw::Morning
                | Kw::Afternoon
                | Kw::Evening
                | Kw::Quarter
                | Kw::Christmas
                | Kw::Easter
                | Kw::Nowruz
        ),
        _ => false,
    }
}

/// A cheap hash of a word's shape (first letter, last letter, length) into [`STRONG_SHAPES`].
const fn shape(first: u8, last: u8, len: usize) -> usize {
    (((first | 0x20) as usize) * 31 + ((last | 0x20) as usize) * 7 + len * 131) % 4096
}

/// A bit per shape that some strong word has: most words are ruled out by one bit test.
static STRONG_SHAPES: [u64; 64] = {
    let mut t = [0u64; 64];
    let mut i = 0;
    while i < WORDS.len() {
        if is_strong(WORDS[i].1) {
            let w = WORDS[i].0.as_bytes();
            let h = shape(w[0], w[w.len() - 1], w.len());
            t[h / 64] |= 1 << (h % 64);
        }
        i += 1;
    }
    t
};

/// True when `text` holds a digit or a strong word (see [`is_strong`]): otherwise no temporal
/// expression can be in it, and it need not be tokenized. Stops at the first one.
pub(crate) fn has_trigger(text: &str) -> bool {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n {
        match CLASS[b[i] as usize] {
            DIGIT => return true,
            LETTER => {
                let start = i;
                while i < n && CLASS[b[i] as usize] == LETTER {
                    i += 1;
                }
                let len = i - start;
                if (3..=16).contains(&len) {
                    let h = shape(b[start], b[i - 1], len);
                    if STRONG_SHAPES[h / 64] & (1 << (h % 64)) != 0 && is_strong(lex_of(key_at(b, start, len), len)) {
                        return true;
                    }
                }
            }
            _ => i += 1,
        }
    }
    false
}

/// The lexicon: what a word means for dates. Case-insensitive, ASCII only.
#[cfg(test)]
pub(crate) fn lookup(word: &str) -> Lex {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > 16 || !b.iter().all(u8::is_ascii_alphabetic) {
        return Lex::None;
    }
    lex_of(word_key(b), b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<(String, Kind)> {
        let mut v = Vec::new();
        tokenize(s, 0, &mut v);
        v.iter().map(|t| (s[t.start as usize..t.end as usize].to_string(), t.kind)).collect()
    }

    #[test]
    fn numbers_with_units_and_separators_are_not_dates() {
        let t = toks("2,330km-long 10,000 C5+1 15th 1990s 13.01.2022 2.5");
        let kinds: Vec<Kind> = t.iter().map(|x| x.1).collect();
        assert_eq!(
            kinds,
            [
                Kind::Other,
                Kind::Punct,
                Kind::Word,
                Kind::Other,
                Kind::Other,
                Kind::Punct,
                Kind::Num,
                Kind::Ord,
                Kind::Decade,
                Kind::NumDate,
                Kind::Other
            ]
        );
    }

    #[test]
    fn words_keep_possessives_and_curly_quotes_apart() {
        let mut v = Vec::new();
        let s = "“Today’s talks, Jan. 7";
        tokenize(s, 10, &mut v);
        assert!(v[0].is('“'));
        assert_eq!(v[1].lex, Lex::Kw(Kw::Today));
        assert!(v[1].possessive);
        assert_eq!(v[1].start, 10 + "“".len() as u32);
        assert_eq!(v[4].lex, Lex::MonthAbbr(1));
        assert!(v[5].is('.'));
        assert_eq!(v[6].num, 7);
    }

    #[test]
    fn lexicon_is_case_insensitive() {
        assert_eq!(lookup("JANUARY"), Lex::Month(1));
        assert_eq!(lookup("Thursday"), Lex::Weekday(3));
        assert_eq!(lookup("escalated"), Lex::Kw(Kw::PastCue));
        assert_eq!(lookup("need"), Lex::None);
        assert_eq!(lookup("Kazakhstan"), Lex::None);
    }
}
