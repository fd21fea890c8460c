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
    /// Future cues: `will`, `shall`, `'ll`, `upcoming`, `scheduled` …
    Future,
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

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Tokenizes `text` (whose first byte is at `base` in the article) into `out` (cleared first).
pub(crate) fn tokenize(text: &str, base: u32, out: &mut Vec<Tok>) {
    out.clear();
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n {
        let c = b[i];
        if c.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if c.is_ascii_alphabetic() || (c >= 0x80 && char_at(text, i).is_alphabetic()) {
            let start = i;
            let mut digits = false;
            let mut possessive_at = None;
            loop {
                if i >= n {
                    break;
                }
                let c = b[i];
                if c.is_ascii_alphabetic() {
                    i += 1;
                } else if c.is_ascii_digit() {
                    digits = true;
                    i += 1;
                } else if c < 0x80 && c != b'\'' {
                    break;
                } else {
                    let ch = char_at(text, i);
                    let len = ch.len_utf8();
                    if ch.is_alphabetic() {
                        i += len;
                    } else if is_apostrophe(ch) && i + len < n && char_at(text, i + len).is_alphabetic() {
                        if possessive_at.is_none() {
                            possessive_at = Some(i);
                        }
                        i += len;
                    } else {
                        break;
                    }
                }
            }
            let word = &text[start..i];
            let mut lex_word = word;
            let mut possessive = false;
            if let Some(p) = possessive_at {
                let rest = &text[p..i];
                let tail = rest.trim_start_matches(['\'', '’']);
                if tail == "s" || tail == "S" {
                    lex_word = &text[start..p];
                    possessive = true;
                } else if tail == "ll" {
                    // `they'll`: a future cue.
                    out.push(Tok {
                        start: base + start as u32,
                        end: base + i as u32,
                        kind: Kind::Word,
                        lex: Lex::Kw(Kw::Future),
                        num: 0,
                        digits: 0,
                        cap: false,
                        possessive: false,
                    });
                    continue;
                }
            }
            let (kind, lex, num) = if digits {
                // `Q1` is a quarter; other letter–digit mixes (`C5`) are nothing.
                let bytes = word.as_bytes();
                if bytes.len() == 2 && (bytes[0] == b'Q' || bytes[0] == b'q') && (b'1'..=b'4').contains(&bytes[1]) {
                    (Kind::Word, Lex::Kw(Kw::QuarterCode), u32::from(bytes[1] - b'0'))
                } else {
                    (Kind::Other, Lex::None, 0)
                }
            } else {
                (Kind::Word, lookup(lex_word), 0)
            };
            let cap = word.chars().next().is_some_and(char::is_uppercase);
            out.push(Tok {
                start: base + start as u32,
                end: base + i as u32,
                kind,
                lex,
                num,
                digits: 0,
                cap,
                possessive,
            });
            continue;
        }
        if c.is_ascii_digit() {
            let start = i;
            let (tok, next) = number(text, i);
            out.push(Tok { start: base + start as u32, end: base + next as u32, ..tok });
            i = next;
            continue;
        }
        // Punctuation (or a non-letter, non-space character).
        let ch = char_at(text, i);
        let len = ch.len_utf8();
        if !crate::text::is_space(ch) {
            out.push(Tok {
                start: base + i as u32,
                end: base + (i + len) as u32,
                kind: Kind::Punct,
                lex: Lex::None,
                num: ch as u32,
                digits: 0,
                cap: false,
                possessive: false,
            });
        }
        i += len;
    }
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

/// The lexicon: what a word means for dates. Case-insensitive, ASCII only.
pub(crate) fn lookup(word: &str) -> Lex {
    let wb = word.as_bytes();
    if wb.is_empty() || wb.len() > 12 {
        return Lex::None;
    }
    let mut buf = [0u8; 12];
    for (d, s) in buf.iter_mut().zip(wb) {
        if !s.is_ascii_alphabetic() {
            return Lex::None;
        }
        *d = s.to_ascii_lowercase();
    }
    let w = &buf[..wb.len()];
    use Kw::*;
    use Lex::Kw as K;
    match w {
        b"january" => Lex::Month(1),
        b"february" => Lex::Month(2),
        b"march" => Lex::Month(3),
        b"april" => Lex::Month(4),
        b"may" => Lex::Month(5),
        b"june" => Lex::Month(6),
        b"july" => Lex::Month(7),
        b"august" => Lex::Month(8),
        b"september" => Lex::Month(9),
        b"october" => Lex::Month(10),
        b"november" => Lex::Month(11),
        b"december" => Lex::Month(12),
        b"jan" => Lex::MonthAbbr(1),
        b"feb" => Lex::MonthAbbr(2),
        b"mar" => Lex::MonthAbbr(3),
        b"apr" => Lex::MonthAbbr(4),
        b"jun" => Lex::MonthAbbr(6),
        b"jul" => Lex::MonthAbbr(7),
        b"aug" => Lex::MonthAbbr(8),
        b"sep" | b"sept" => Lex::MonthAbbr(9),
        b"oct" => Lex::MonthAbbr(10),
        b"nov" => Lex::MonthAbbr(11),
        b"dec" => Lex::MonthAbbr(12),
        b"monday" => Lex::Weekday(0),
        b"tuesday" => Lex::Weekday(1),
        b"wednesday" => Lex::Weekday(2),
        b"thursday" => Lex::Weekday(3),
        b"friday" => Lex::Weekday(4),
        b"saturday" => Lex::Weekday(5),
        b"sunday" => Lex::Weekday(6),
        b"mon" => Lex::WeekdayAbbr(0),
        b"tue" | b"tues" => Lex::WeekdayAbbr(1),
        b"wed" => Lex::WeekdayAbbr(2),
        b"thu" | b"thur" | b"thurs" => Lex::WeekdayAbbr(3),
        b"fri" => Lex::WeekdayAbbr(4),
        b"sat" => Lex::WeekdayAbbr(5),
        b"sun" => Lex::WeekdayAbbr(6),
        b"a" | b"an" => Lex::NumWord(1),
        b"one" => Lex::NumWord(1),
        b"two" => Lex::NumWord(2),
        b"three" => Lex::NumWord(3),
        b"four" => Lex::NumWord(4),
        b"five" => Lex::NumWord(5),
        b"six" => Lex::NumWord(6),
        b"seven" => Lex::NumWord(7),
        b"eight" => Lex::NumWord(8),
        b"nine" => Lex::NumWord(9),
        b"ten" => Lex::NumWord(10),
        b"eleven" => Lex::NumWord(11),
        b"twelve" => Lex::NumWord(12),
        b"fifteen" => Lex::NumWord(15),
        b"twenty" => Lex::NumWord(20),
        b"thirty" => Lex::NumWord(30),
        b"day" | b"days" => Lex::Unit(Unit::Day),
        b"week" | b"weeks" => Lex::Unit(Unit::Week),
        b"fortnight" => Lex::Unit(Unit::Fortnight),
        b"month" | b"months" => Lex::Unit(Unit::Month),
        b"year" | b"years" => Lex::Unit(Unit::Year),
        b"decade" | b"decades" => Lex::Unit(Unit::Decade),
        b"spring" => Lex::Season(Season::Spring),
        b"summer" => Lex::Season(Season::Summer),
        b"autumn" | b"fall" => Lex::Season(Season::Autumn),
        b"winter" => Lex::Season(Season::Winter),
        b"yesterday" => K(Yesterday),
        b"today" => K(Today),
        b"tomorrow" => K(Tomorrow),
        b"tonight" => K(Tonight),
        b"ago" => K(Ago),
        b"last" => K(Last),
        b"past" => K(Past),
        b"next" => K(Next),
        b"this" => K(This),
        b"coming" => K(Coming),
        b"previous" | b"preceding" => K(Previous),
        b"following" => K(Following),
        b"earlier" => K(Earlier),
        b"later" => K(Later),
        b"before" => K(Before),
        b"after" => K(After),
        b"since" => K(Since),
        b"in" => K(In),
        b"on" => K(On),
        b"at" => K(At),
        b"by" => K(By),
        b"of" => K(Of),
        b"the" => K(The),
        b"from" => K(From),
        b"until" | b"till" | b"untill" => K(Until),
        b"to" => K(To),
        b"and" => K(And),
        b"or" => K(Or),
        b"between" => K(Between),
        b"during" | b"throughout" => K(During),
        b"through" => K(Through),
        b"around" | b"circa" | b"about" => K(Around),
        b"morning" => K(Morning),
        b"afternoon" => K(Afternoon),
        b"evening" => K(Evening),
        b"night" | b"overnight" => K(Night),
        b"same" => K(Same),
        b"that" => K(That),
        b"early" => K(Early),
        b"mid" => K(Mid),
        b"late" => K(Late),
        b"beginning" => K(Beginning),
        b"start" => K(Start),
        b"end" => K(End),
        b"middle" => K(Middle),
        b"first" => K(First),
        b"second" => K(Second),
        b"third" => K(Third),
        b"fourth" => K(Fourth),
        b"few" => K(Few),
        b"quarter" => K(Quarter),
        b"weekend" => K(Weekend),
        b"outbreak" => K(Outbreak),
        b"onset" => K(Onset),
        b"eve" => K(Eve),
        b"new" => K(New),
        b"christmas" => K(Christmas),
        b"easter" => K(Easter),
        b"nowruz" | b"navruz" | b"nauryz" => K(Nowruz),
        b"which" | b"who" | b"whom" | b"whose" | b"because" | b"but" | b"while" | b"although" | b"though"
        | b"whereas" | b"if" | b"when" | b"where" | b"as" => K(ClauseWord),
        b"will" | b"shall" | b"upcoming" | b"scheduled" | b"plans" | b"plan" | b"intends" | b"going"
        | b"forthcoming" => K(Future),
        b"was" | b"were" | b"had" | b"did" | b"said" | b"told" | b"took" | b"came" | b"went" | b"left" | b"made"
        | b"met" | b"held" | b"gave" | b"sent" | b"saw" | b"wrote" | b"spoke" | b"fled" | b"fell" | b"rose"
        | b"led" | b"won" | b"lost" | b"paid" | b"got" | b"ran" | b"set" | b"put" | b"hit" | b"struck" | b"brought"
        | b"thought" | b"taken" | b"given" | b"seen" | b"written" | b"shot" | b"flew" | b"became" | b"sought"
        | b"caught" | b"fought" | b"built" | b"felt" | b"kept" | b"spent" | b"stood" => K(PastCue),
        b"began" | b"begun" | b"started" | b"erupted" | b"broke" | b"kicked" | b"flared" | b"sparked" | b"launched" => {
            K(StartVerb)
        }
        _ => {
            // Regular past forms: `-ed` words (not `need`, `feed`, `speed`…).
            if w.len() >= 5 && w.ends_with(b"ed") && !w.ends_with(b"eed") { K(PastCue) } else { Lex::None }
        }
    }
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
