//! Recognition: a sentence's tokens → candidate temporal expressions, not yet resolved.
//!
//! The scanner walks the tokens left to right once; at each token it tries the rules that can
//! start there (a qualifier such as `late on`, `by`, `earlier in`, then a core such as a month
//! name, a number, a weekday or a keyword) and, on a match, jumps past it. What a match means in
//! days is worked out later ([`super::resolve`]), once the article's anchors are known.

use super::scan::{Kind, Kw, Lex, Tok, Unit};
use crate::date::{Date, Part, Season};

/// Which way the words around an expression point in time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// No tense cue found.
    None,
    /// Past narration (`said`, `began`, `was`, `-ed`).
    Past,
    /// Future (`will`, `'ll`, `upcoming`, `scheduled`).
    Future,
}

/// Where a year comes from, for seasons, quarters and holidays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum YearSpec {
    /// Not given: from the anchor and the tense.
    None,
    /// Written out.
    Explicit(i32),
    /// Relative to the anchor's year (`last year` = −1).
    Rel(i32),
    /// `last autumn`: the latest one over before the anchor.
    Last,
    /// `this autumn`: the one containing the anchor, or the next.
    This,
    /// `next autumn`: the first one starting after the anchor (and not containing it).
    Next,
}

/// How a bare weekday is qualified.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WdRel {
    /// `Monday`, `on Monday`: news reading (most recent on or before the anchor), unless the
    /// clause speaks of the future.
    Bare,
    /// `last Monday`: the most recent one strictly before the anchor.
    Last,
    /// `next Monday`: the first one strictly after the anchor.
    Next,
    /// `this Monday`: the one in the anchor's week.
    This,
    /// `this coming Monday`: the first one on or after the anchor.
    Coming,
}

/// A named holiday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Holiday {
    /// A fixed day of the year.
    Fixed(u8, u8),
    /// Easter Sunday plus this many days.
    Easter(i8),
}

/// An expression as written, before resolution.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Expr {
    /// A complete date (`May 15, 1992`, `2022-01-13`, `13.01.2022`).
    Full(Date),
    /// Day and month without a year (`January 10`, `10 December`).
    DayMonth { m: u8, d: u8 },
    /// Month and year (`January 2022`).
    MonthYear { y: i32, m: u8 },
    /// A month name alone (`in January`).
    Month { m: u8 },
    /// `last January`, `next March`.
    MonthRel { m: u8, rel: YearSpec },
    /// A year (`in 1999`).
    Year(i32),
    /// A decade (`the 1990s`; `two_digit` for `the '90s`).
    Decade { y0: i32, two_digit: bool },
    /// A season.
    Season { s: Season, year: YearSpec },
    /// A quarter, 1–4.
    Quarter { q: u8, year: YearSpec },
    /// A weekday with its date (`Friday, January 7`, `Thursday (January 13)`).
    WeekdayDate { wd: u8, m: u8, d: u8, y: Option<i32> },
    /// A weekday with a day of the month only (`Thu 15th`).
    WeekdayOrdinal { wd: u8, d: u8 },
    /// A weekday (`Monday`, `last Friday`).
    Weekday { wd: u8, rel: WdRel },
    /// Days from the anchor (`yesterday` = −1).
    Deictic { days: i32 },
    /// A calendar unit relative to the anchor's (`last week` = Week, −1).
    Calendar { unit: Unit, n: i32 },
    /// A weekend relative to the anchor's week (`last weekend` = −1).
    Weekend { n: i32 },
    /// `three months ago` (n = 3).
    Ago { unit: Unit, n: i32 },
    /// Relative to the date the narration last gave (`a week later` = Week, +1; `that day` = 0).
    Narrative { unit: Unit, n: i32 },
    /// `n` units after (negative: before) the start of something the article dates elsewhere;
    /// `noun` is the byte range of the thing's head noun.
    AfterEvent { unit: Unit, n: i32, noun: (u32, u32) },
    /// `n` units after (negative: before) another date expression.
    AfterDate { unit: Unit, n: i32, inner: Box<Expr> },
    /// A holiday.
    Holiday { h: Holiday, year: YearSpec },
    /// `the first few days`: the start of the period the text last named, or of the thing named
    /// after `of` (`the first few days of the strike`; `noun` is its head noun's byte range).
    FirstDays { noun: Option<(u32, u32)> },
}

/// A recognised expression.
#[derive(Clone, Debug)]
pub(crate) struct Cand {
    /// Byte offsets (absolute).
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
    /// What was written.
    pub expr: Expr,
    /// A qualifier (`late on`, `by`, `earlier in`).
    pub part: Option<Part>,
    /// Rule name.
    pub rule: &'static str,
    /// Tense of the words around it.
    pub cue: Cue,
    /// Index of the scanning unit (sentence or caption) it was found in.
    pub unit: u32,
    /// Inside quoted speech (set by the caller).
    pub quoted: bool,
}

struct M {
    start: usize,
    end: usize,
    expr: Expr,
    part: Option<Part>,
    rule: &'static str,
}

struct Dm {
    m: u8,
    d: u8,
    y: Option<i32>,
    end: usize,
}

struct P<'a> {
    t: &'a [Tok],
    /// The scanned text and the article offset of its first byte, to read a token's word.
    text: &'a str,
    base: u32,
    /// How deep rules are nested (`a day after the day before Easter`): bounded, so adversarial
    /// input cannot exhaust the stack.
    depth: core::cell::Cell<u8>,
}

fn is_year_tok(t: &Tok) -> bool {
    t.kind == Kind::Num && t.digits == 4 && (1000..=2999).contains(&t.num)
}

fn is_day_tok(t: &Tok) -> Option<u8> {
    match t.kind {
        Kind::Num if t.digits <= 2 && (1..=31).contains(&t.num) => Some(t.num as u8),
        Kind::Ord if (1..=31).contains(&t.num) => Some(t.num as u8),
        _ => None,
    }
}

fn month_of(t: &Tok) -> Option<(u8, bool)> {
    match t.lex {
        Lex::Month(m) => Some((m, false)),
        Lex::MonthAbbr(m) => Some((m, true)),
        _ => None,
    }
}

fn day_part(k: Kw) -> Option<Part> {
    match k {
        Kw::Morning => Some(Part::Morning),
        Kw::Afternoon => Some(Part::Afternoon),
        Kw::Evening => Some(Part::Evening),
        Kw::Night => Some(Part::Night),
        _ => None,
    }
}

/// True for expressions that denote one day (so a part of the day can follow them).
fn is_dayish(e: &Expr) -> bool {
    matches!(
        e,
        Expr::Full(_)
            | Expr::DayMonth { .. }
            | Expr::WeekdayDate { .. }
            | Expr::WeekdayOrdinal { .. }
            | Expr::Weekday { .. }
            | Expr::Deictic { .. }
            | Expr::Holiday { .. }
    )
}

impl P<'_> {
    fn get(&self, i: usize) -> Option<&Tok> {
        self.t.get(i)
    }
    fn word(&self, t: &Tok) -> &str {
        self.text.get((t.start - self.base) as usize..(t.end - self.base) as usize).unwrap_or("")
    }
    fn kw(&self, i: usize) -> Option<Kw> {
        self.get(i).and_then(Tok::kw)
    }
    fn is_kw(&self, i: usize, k: Kw) -> bool {
        self.kw(i) == Some(k)
    }
    fn punct(&self, i: usize, c: char) -> bool {
        self.get(i).is_some_and(|t| t.is(c))
    }
    fn unit(&self, i: usize) -> Option<Unit> {
        match self.get(i)?.lex {
            Lex::Unit(u) => Some(u),
            _ => None,
        }
    }
    fn prev_kw(&self, i: usize) -> Option<Kw> {
        i.checked_sub(1).and_then(|j| self.kw(j))
    }
    /// The end of the expression or sentence after token `i` (punctuation, a clause word, or
    /// nothing): words like `the day before` stand alone only there.
    fn boundary(&self, i: usize) -> bool {
        match self.get(i) {
            None => true,
            Some(t) => t.kind == Kind::Punct || matches!(t.lex, Lex::Kw(Kw::ClauseWord | Kw::And | Kw::Or | Kw::That)),
        }
    }

    /// The longest match starting at token `i`.
    fn at(&self, i: usize) -> Option<M> {
        if let Some((part, j)) = self.qualifier(i) {
            if let Some(mut m) = self.core(j, true) {
                m.part = match (m.part, part) {
                    // The core's own part of the day wins (`late last night`), except for `by` and
                    // `earlier`, which say more.
                    (Some(own), p) if !matches!(p, Part::By | Part::Earlier) => Some(own),
                    _ => Some(part),
                };
                m.start = i;
                self.post_part(&mut m);
                return Some(m);
            }
        }
        let mut m = self.core(i, false)?;
        self.post_part(&mut m);
        Some(m)
    }

    /// `Friday morning`, `december 6 late`.
    fn post_part(&self, m: &mut M) {
        if !is_dayish(&m.expr) || m.part.is_some() {
            return;
        }
        if let Some(p) = self.kw(m.end).and_then(day_part) {
            if !self.is_kw(m.end + 1, Kw::Of) {
                m.part = Some(p);
                m.end += 1;
            }
        } else if self.is_kw(m.end, Kw::Late) && self.boundary(m.end + 1) {
            m.part = Some(Part::Late);
            m.end += 1;
        }
    }

    /// Words that qualify the date after them; returns the part and where the core starts.
    fn qualifier(&self, i: usize) -> Option<(Part, usize)> {
        let k = self.kw(i)?;
        let edge = |k: Kw| match k {
            Kw::Beginning | Kw::Start => Some(Part::Early),
            Kw::End => Some(Part::Late),
            Kw::Middle => Some(Part::Mid),
            _ => None,
        };
        match k {
            Kw::Late | Kw::Early if self.is_kw(i + 1, Kw::On) => {
                Some((if k == Kw::Late { Part::Late } else { Part::Early }, i + 2))
            }
            Kw::Early | Kw::Mid | Kw::Late => {
                let mut j = i + 1;
                if self.punct(j, '-') {
                    j += 1;
                }
                if let Some(p) = self.kw(j).and_then(day_part) {
                    if self.is_kw(j + 1, Kw::Of) {
                        let j = if self.is_kw(j + 2, Kw::The) { j + 3 } else { j + 2 };
                        return Some((p, j));
                    }
                }
                let p = match k {
                    Kw::Early => Part::Early,
                    Kw::Mid => Part::Mid,
                    _ => Part::Late,
                };
                if self.is_kw(j, Kw::In) {
                    j += 1;
                }
                Some((p, j))
            }
            Kw::The => {
                let p = self.kw(i + 1).and_then(edge)?;
                self.is_kw(i + 2, Kw::Of).then_some((p, i + 3))
            }
            Kw::Beginning | Kw::Start | Kw::End | Kw::Middle => {
                let p = edge(k)?;
                self.is_kw(i + 1, Kw::Of).then_some((p, i + 2))
            }
            Kw::By => Some((Part::By, i + 1)),
            Kw::Earlier | Kw::Later => {
                let p = if k == Kw::Earlier { Part::Earlier } else { Part::Late };
                match self.kw(i + 1) {
                    Some(Kw::In) => Some((p, i + 2)),
                    Some(Kw::This) => Some((p, i + 1)),
                    _ => None,
                }
            }
            Kw::Morning | Kw::Afternoon | Kw::Evening | Kw::Night => {
                let p = day_part(k)?;
                self.is_kw(i + 1, Kw::Of).then_some((p, i + 2))
            }
            _ => None,
        }
    }

    fn core(&self, i: usize, cued: bool) -> Option<M> {
        if self.depth.get() >= 3 {
            return None;
        }
        self.depth.set(self.depth.get() + 1);
        let m = self.core_inner(i, cued);
        self.depth.set(self.depth.get() - 1);
        m
    }

    fn core_inner(&self, i: usize, cued: bool) -> Option<M> {
        let t = self.get(i)?;
        match (t.kind, t.lex) {
            (Kind::Word, Lex::Weekday(w)) => self.weekday(i, w, true),
            (Kind::Word, Lex::WeekdayAbbr(w)) if t.cap => self.weekday(i, w, false),
            (Kind::Word, Lex::Month(m)) => self.month(i, m, false, cued),
            (Kind::Word, Lex::MonthAbbr(m)) => self.month(i, m, true, cued),
            (Kind::Num | Kind::Ord, _) => self.number(i, cued),
            (Kind::NumDate, _) => {
                Some(M { start: i, end: i + 1, expr: Expr::Full(t.num_date()?), part: None, rule: "numeric-date" })
            }
            (Kind::Decade, _) => self.decade(i),
            (Kind::Punct, _) if t.is('\'') || t.is('’') => {
                let d = self.get(i + 1)?;
                (d.kind == Kind::Decade && d.digits == 2 && d.start == t.end).then(|| M {
                    start: i,
                    end: i + 2,
                    expr: Expr::Decade { y0: d.num as i32, two_digit: true },
                    part: None,
                    rule: "decade",
                })
            }
            (Kind::Word, Lex::NumWord(n)) => self.relative_n(i, i32::from(n)),
            (Kind::Word, Lex::Season(s)) => self.season(i, s, cued),
            (Kind::Word, Lex::Kw(k)) => self.keyword(i, k, cued),
            _ => None,
        }
    }

    /// `January 13[, 2022]`, `13[th] [of] January[,] [of] [2022]`.
    fn day_month(&self, j: usize) -> Option<Dm> {
        let t = self.get(j)?;
        let valid = |m: u8, d: u8, y: Option<i32>| Date::new(y.unwrap_or(2000), m, d).is_some();
        if let Some((m, abbr)) = month_of(t) {
            let mut k = j + 1;
            if abbr && self.punct(k, '.') {
                k += 1;
            }
            let d = is_day_tok(self.get(k)?)?;
            k += 1;
            // `January 5:30` is a time, `March 3 people` a count: neither is a day here.
            if self.punct(k, ':') || self.punct(k, '%') {
                return None;
            }
            let mut y = None;
            let mut end = k;
            let mut k2 = k;
            if self.punct(k2, ',') {
                k2 += 1;
            }
            if let Some(yt) = self.get(k2).filter(|t| is_year_tok(t)) {
                y = Some(yt.num as i32);
                end = k2 + 1;
            }
            return valid(m, d, y).then_some(Dm { m, d, y, end });
        }
        let d = is_day_tok(t)?;
        let mut k = j + 1;
        if self.is_kw(k, Kw::Of) {
            k += 1;
        }
        let (m, abbr) = month_of(self.get(k)?)?;
        k += 1;
        if abbr && self.punct(k, '.') {
            k += 1;
        }
        let mut y = None;
        let mut end = k;
        let mut k2 = k;
        if self.punct(k2, ',') {
            k2 += 1;
        }
        if self.is_kw(k2, Kw::Of) {
            k2 += 1;
        }
        if let Some(yt) = self.get(k2).filter(|t| is_year_tok(t)) {
            y = Some(yt.num as i32);
            end = k2 + 1;
        }
        valid(m, d, y).then_some(Dm { m, d, y, end })
    }

    fn dm_match(&self, start: usize, dm: Dm, first_rule: &'static str, yearless_rule: &'static str) -> M {
        let expr = match dm.y {
            Some(y) => Expr::Full(Date { y, m: dm.m, d: dm.d }),
            None => Expr::DayMonth { m: dm.m, d: dm.d },
        };
        let rule = if dm.y.is_some() { first_rule } else { yearless_rule };
        M { start, end: dm.end, expr, part: None, rule }
    }

    fn weekday(&self, i: usize, wd: u8, full: bool) -> Option<M> {
        let mut j = i + 1;
        if self.punct(j, ',') {
            j += 1;
        }
        let paren = self.punct(j, '(');
        if paren {
            j += 1;
        }
        if let Some(dm) = self.day_month(j) {
            let mut end = dm.end;
            if paren && self.punct(end, ')') {
                end += 1;
            }
            let expr = Expr::WeekdayDate { wd, m: dm.m, d: dm.d, y: dm.y };
            return Some(M { start: i, end, expr, part: None, rule: "weekday-date" });
        }
        if let Some(t) = self.get(i + 1).filter(|t| t.kind == Kind::Ord && (1..=31).contains(&t.num)) {
            let expr = Expr::WeekdayOrdinal { wd, d: t.num as u8 };
            return Some(M { start: i, end: i + 2, expr, part: None, rule: "weekday-ordinal" });
        }
        full.then(|| M {
            start: i,
            end: i + 1,
            expr: Expr::Weekday { wd, rel: WdRel::Bare },
            part: None,
            rule: "weekday",
        })
    }

    fn month(&self, i: usize, m: u8, abbr: bool, cued: bool) -> Option<M> {
        if let Some(dm) = self.day_month(i) {
            return Some(self.dm_match(i, dm, "month-day-year", "day-month"));
        }
        let mut k = i + 1;
        if abbr && self.punct(k, '.') {
            k += 1;
        }
        if (self.punct(k, ',') || self.is_kw(k, Kw::Of)) && self.get(k + 1).is_some_and(is_year_tok) {
            k += 1;
        }
        if let Some(y) = self.get(k).filter(|t| is_year_tok(t)) {
            let expr = Expr::MonthYear { y: y.num as i32, m };
            return Some(M { start: i, end: k + 1, expr, part: None, rule: "month-year" });
        }
        if abbr {
            return None;
        }
        // A month name alone is a date only where the words around it say so: `in January`,
        // `early March`, `the January events`, or a line that is just the month.
        let t = &self.t[i];
        let prev_cue = matches!(
            self.prev_kw(i),
            Some(
                Kw::In
                    | Kw::Of
                    | Kw::Since
                    | Kw::By
                    | Kw::Until
                    | Kw::From
                    | Kw::To
                    | Kw::Between
                    | Kw::During
                    | Kw::Through
                    | Kw::Around
                    | Kw::Before
                    | Kw::After
                    | Kw::Early
                    | Kw::Mid
                    | Kw::Late
            )
        ) || (self.prev_kw(i) == Some(Kw::And) || self.prev_kw(i) == Some(Kw::Or))
            && i >= 2
            && matches!(self.get(i - 2).map(|t| t.lex), Some(Lex::Month(_)));
        let alone = i == 0 && (self.t.len() == 1 || (self.t.len() == 2 && self.t[1].kind == Kind::Punct));
        let adjectival = self.prev_kw(i) == Some(Kw::The)
            && self.get(i + 1).is_some_and(|n| n.kind == Kind::Word && !n.cap && n.lex == Lex::None);
        // Lower case (`in march`), or `May`/`March` (also verbs): only after `in`, `since` and the like.
        let strong_cue = matches!(
            self.prev_kw(i),
            Some(Kw::In | Kw::Since | Kw::Until | Kw::During | Kw::Through | Kw::Before | Kw::After | Kw::Of)
        );
        let ok = if !t.cap {
            cued || strong_cue && m != 3 && m != 5
        } else if m == 3 || m == 5 {
            cued || strong_cue || alone
        } else {
            cued || prev_cue || alone || adjectival
        };
        ok.then(|| M { start: i, end: i + 1, expr: Expr::Month { m }, part: None, rule: "month" })
    }

    fn number(&self, i: usize, cued: bool) -> Option<M> {
        let t = &self.t[i];
        // ISO 8601: 2022-01-13, written without spaces.
        if t.kind == Kind::Num && t.digits == 4 {
            let adj = |a: usize, b: usize| match (self.get(a), self.get(b)) {
                (Some(x), Some(y)) => x.end == y.start,
                _ => false,
            };
            let two = |k: usize| self.get(k).is_some_and(|x| x.kind == Kind::Num && x.digits == 2);
            if self.punct(i + 1, '-')
                && two(i + 2)
                && self.punct(i + 3, '-')
                && two(i + 4)
                && (i..i + 4).all(|k| adj(k, k + 1))
            {
                let (m, d) = (self.t[i + 2].num as u8, self.t[i + 4].num as u8);
                if let Some(date) = Date::new(t.num as i32, m, d) {
                    return Some(M { start: i, end: i + 5, expr: Expr::Full(date), part: None, rule: "iso-date" });
                }
            }
        }
        if let Some(dm) = self.day_month(i) {
            return Some(self.dm_match(i, dm, "day-month-year", "day-month"));
        }
        if t.kind == Kind::Num && self.unit(i + 1).is_some() && t.num <= 10_000 {
            if let Some(m) = self.relative_n(i, t.num as i32) {
                return Some(m);
            }
        }
        if t.kind == Kind::Num && t.digits == 4 && (1000..=2199).contains(&t.num) && self.year_ok(i, cued) {
            return Some(M { start: i, end: i + 1, expr: Expr::Year(t.num as i32), part: None, rule: "year" });
        }
        None
    }

    /// A four-digit number is a year after a temporal word (`in`, `since`, `by`, `the year`),
    /// or as the second year of a range, and when no noun follows it (`by 2000 troops`).
    fn year_ok(&self, i: usize, cued: bool) -> bool {
        let prev = i.checked_sub(1).and_then(|j| self.get(j));
        let cue = cued
            || match prev.map(|p| p.lex) {
                Some(Lex::Kw(
                    Kw::In
                    | Kw::Since
                    | Kw::Between
                    | Kw::By
                    | Kw::Until
                    | Kw::From
                    | Kw::Of
                    | Kw::Before
                    | Kw::After
                    | Kw::During
                    | Kw::Through
                    | Kw::Around
                    | Kw::Early
                    | Kw::Mid
                    | Kw::Late,
                )) => true,
                Some(Lex::Unit(Unit::Year)) | Some(Lex::Season(_)) => true,
                Some(Lex::Kw(Kw::To | Kw::And | Kw::Or)) => {
                    i >= 2 && self.get(i - 2).is_some_and(|t| t.kind == Kind::Num && t.digits == 4)
                }
                _ => {
                    prev.is_some_and(|p| (p.is('-') || p.is('–')) && i >= 2 && self.get(i - 2).is_some_and(is_year_tok))
                }
            };
        if !cue {
            return false;
        }
        match self.get(i + 1) {
            None => true,
            Some(n) if n.kind == Kind::Punct => !n.is('%'),
            // A lower-case word after the number: a function word is fine (`in 2005 he left`,
            // `in 2012 during`), a noun makes it a count (`by 2000 troops`).
            Some(n) if n.kind == Kind::Word => {
                n.cap || n.lex != Lex::None || crate::text::is_function_word(&self.word(n).to_ascii_lowercase())
            }
            Some(_) => false,
        }
    }

    fn decade(&self, i: usize) -> Option<M> {
        let t = &self.t[i];
        if t.digits == 4 {
            let expr = Expr::Decade { y0: t.num as i32, two_digit: false };
            return Some(M { start: i, end: i + 1, expr, part: None, rule: "decade" });
        }
        // `the 90s`
        (self.prev_kw(i) == Some(Kw::The)).then(|| M {
            start: i,
            end: i + 1,
            expr: Expr::Decade { y0: t.num as i32, two_digit: true },
            part: None,
            rule: "decade",
        })
    }

    /// `three days ago`, `a week later`, `three days after the start of the protests`.
    fn relative_n(&self, i: usize, n: i32) -> Option<M> {
        let unit = self.unit(i + 1)?;
        let j = i + 2;
        let mk = |end: usize, expr: Expr, rule: &'static str| Some(M { start: i, end, expr, part: None, rule });
        match self.kw(j) {
            Some(Kw::Ago) => mk(j + 1, Expr::Ago { unit, n }, "relative-ago"),
            Some(Kw::Later) => mk(j + 1, Expr::Narrative { unit, n }, "relative-narrative"),
            Some(Kw::Earlier) => mk(j + 1, Expr::Narrative { unit, n: -n }, "relative-narrative"),
            Some(k @ (Kw::After | Kw::Before)) => {
                let n = if k == Kw::After { n } else { -n };
                if self.is_kw(j + 1, Kw::That) && self.boundary(j + 2) {
                    return mk(j + 2, Expr::Narrative { unit, n }, "relative-narrative");
                }
                if let Some((noun, end)) = self.event_phrase(j + 1) {
                    return mk(end, Expr::AfterEvent { unit, n, noun }, "relative-days-after");
                }
                let inner = self.core(j + 1, true)?;
                if !is_dayish(&inner.expr) {
                    return None;
                }
                mk(inner.end, Expr::AfterDate { unit, n, inner: Box::new(inner.expr) }, "relative-after-date")
            }
            _ => None,
        }
    }

    /// `the start of the protests`: returns the head noun's byte range and the token end.
    fn event_phrase(&self, mut j: usize) -> Option<((u32, u32), usize)> {
        if self.is_kw(j, Kw::The) {
            j += 1;
        }
        if !matches!(self.kw(j), Some(Kw::Start | Kw::Beginning | Kw::Outbreak | Kw::Onset)) {
            return None;
        }
        j += 1;
        if !self.is_kw(j, Kw::Of) {
            return None;
        }
        self.noun(j + 1)
    }

    /// `[the] mass protests`: the head noun of a short noun phrase (at most three plain words).
    fn noun(&self, mut j: usize) -> Option<((u32, u32), usize)> {
        if self.is_kw(j, Kw::The) || self.is_kw(j, Kw::That) || self.is_kw(j, Kw::This) {
            j += 1;
        }
        let mut noun = None;
        let mut end = j;
        while end < j + 3 {
            match self.get(end) {
                Some(t) if t.kind == Kind::Word && matches!(t.lex, Lex::None | Lex::Kw(Kw::PastCue)) => {
                    noun = Some((t.start, t.end));
                    end += 1;
                }
                _ => break,
            }
        }
        noun.map(|n| (n, end))
    }

    fn season(&self, i: usize, s: Season, cued: bool) -> Option<M> {
        let t = &self.t[i];
        let fall = t.end - t.start == 4; // `fall` is also a verb and a noun
        let mut j = i + 1;
        let of = self.is_kw(j, Kw::Of);
        if of {
            j += 1;
        }
        if let Some(y) = self.get(j).filter(|t| is_year_tok(t)) {
            let expr = Expr::Season { s, year: YearSpec::Explicit(y.num as i32) };
            return Some(M { start: i, end: j + 1, expr, part: None, rule: "season-year" });
        }
        // `the autumn of mass protests last year`: a relative year a few words on.
        if of || self.unit(i + 1).is_none() {
            let mut k = i + 1;
            while k < i + 9 {
                let Some(tk) = self.get(k) else { break };
                if tk.kind == Kind::Punct || tk.is_kw(Kw::ClauseWord) || tk.is_kw(Kw::That) {
                    break;
                }
                let rel = match tk.kw() {
                    Some(Kw::Last) | Some(Kw::Previous) => Some(-1),
                    Some(Kw::This) => Some(0),
                    Some(Kw::Next) => Some(1),
                    _ => None,
                };
                if let (Some(rel), Some(Unit::Year)) = (rel, self.unit(k + 1)) {
                    if of || k == i + 1 {
                        let expr = Expr::Season { s, year: YearSpec::Rel(rel) };
                        return Some(M { start: i, end: k + 2, expr, part: None, rule: "season-relative-year" });
                    }
                }
                k += 1;
            }
        }
        if fall {
            return None;
        }
        let prev_cue = matches!(
            self.prev_kw(i),
            Some(
                Kw::In
                    | Kw::During
                    | Kw::The
                    | Kw::Since
                    | Kw::By
                    | Kw::Until
                    | Kw::Through
                    | Kw::Early
                    | Kw::Late
                    | Kw::Mid
            )
        );
        (cued || prev_cue).then(|| M {
            start: i,
            end: i + 1,
            expr: Expr::Season { s, year: YearSpec::None },
            part: None,
            rule: "season",
        })
    }

    fn keyword(&self, i: usize, k: Kw, cued: bool) -> Option<M> {
        let mk = |end: usize, expr: Expr, part: Option<Part>, rule: &'static str| {
            Some(M { start: i, end, expr, part, rule })
        };
        match k {
            Kw::Yesterday => mk(i + 1, Expr::Deictic { days: -1 }, None, "deictic"),
            Kw::Tomorrow => mk(i + 1, Expr::Deictic { days: 1 }, None, "deictic"),
            Kw::Tonight => mk(i + 1, Expr::Deictic { days: 0 }, Some(Part::Night), "deictic"),
            Kw::Today => {
                // `today's Uzbekistan` means the present day, not a date.
                let t = &self.t[i];
                if t.possessive && self.get(i + 1).is_some_and(|n| n.cap) {
                    return None;
                }
                mk(i + 1, Expr::Deictic { days: 0 }, None, "deictic")
            }
            Kw::Last | Kw::Next | Kw::This | Kw::Coming | Kw::Past => self.relative_word(i, k),
            Kw::The => self.the(i, cued),
            Kw::That => match self.unit(i + 1) {
                Some(Unit::Day) if self.boundary(i + 2) || !self.is_kw(i + 2, Kw::Of) => {
                    mk(i + 2, Expr::Narrative { unit: Unit::Day, n: 0 }, None, "relative-narrative")
                }
                Some(Unit::Year) => mk(i + 2, Expr::Narrative { unit: Unit::Year, n: 0 }, None, "anaphoric-year"),
                _ if self.is_kw(i + 1, Kw::Same) => match self.unit(i + 2) {
                    Some(Unit::Day) => mk(i + 3, Expr::Narrative { unit: Unit::Day, n: 0 }, None, "relative-narrative"),
                    Some(Unit::Year) => mk(i + 3, Expr::Narrative { unit: Unit::Year, n: 0 }, None, "anaphoric-year"),
                    _ => None,
                },
                _ => None,
            },
            Kw::First => self.first_days(i, i),
            Kw::Christmas | Kw::Easter | Kw::New | Kw::Nowruz => self.holiday(i, k),
            Kw::QuarterCode => {
                let q = self.t[i].num as u8;
                let (year, end) = match self.get(i + 1).filter(|t| is_year_tok(t)) {
                    Some(y) => (YearSpec::Explicit(y.num as i32), i + 2),
                    None => (YearSpec::None, i + 1),
                };
                mk(end, Expr::Quarter { q, year }, None, "quarter")
            }
            _ => None,
        }
    }

    /// `last week`, `next Friday`, `this past weekend`, `last night`, `last autumn`.
    fn relative_word(&self, i: usize, k: Kw) -> Option<M> {
        let mut j = i + 1;
        let mut k = k;
        if k == Kw::This && self.is_kw(j, Kw::Past) {
            k = Kw::Last;
            j += 1;
        } else if k == Kw::This && self.is_kw(j, Kw::Coming) {
            k = Kw::Coming;
            j += 1;
        }
        let after_the = self.prev_kw(i) == Some(Kw::The);
        let n = match k {
            Kw::Last | Kw::Past => -1,
            Kw::Next | Kw::Coming => 1,
            _ => 0,
        };
        let t = self.get(j)?;
        let mk = |end: usize, expr: Expr, part: Option<Part>, rule: &'static str| {
            Some(M { start: i, end, expr, part, rule })
        };
        match t.lex {
            Lex::Weekday(wd) => {
                let (rel, rule) = match k {
                    Kw::Last | Kw::Past => (WdRel::Last, "weekday-last"),
                    Kw::Next => (WdRel::Next, "weekday-next"),
                    Kw::Coming => (WdRel::Coming, "weekday-next"),
                    _ => (WdRel::This, "weekday-this"),
                };
                mk(j + 1, Expr::Weekday { wd, rel }, None, rule)
            }
            // `the past week`, `the last year`, `the next year` are spans of time or narrative
            // steps, not calendar units; `past week` alone is rolling too.
            Lex::Unit(u) if !after_the && k != Kw::Past && u != Unit::Fortnight && u != Unit::Day => {
                mk(j + 1, Expr::Calendar { unit: u, n }, None, "relative-calendar")
            }
            Lex::Kw(Kw::Weekend) if !after_the => mk(j + 1, Expr::Weekend { n }, None, "relative-weekend"),
            Lex::Kw(Kw::Night) if n == -1 => mk(j + 1, Expr::Deictic { days: -1 }, Some(Part::Night), "deictic"),
            Lex::Kw(p @ (Kw::Morning | Kw::Afternoon | Kw::Evening)) if n <= 0 => {
                mk(j + 1, Expr::Deictic { days: n }, day_part(p), "deictic")
            }
            Lex::Season(s) if !after_the => {
                let year = match n {
                    -1 => YearSpec::Last,
                    0 => YearSpec::This,
                    _ => YearSpec::Next,
                };
                mk(j + 1, Expr::Season { s, year }, None, "season-relative")
            }
            Lex::Month(m) if t.cap && !after_the => {
                let rel = match n {
                    -1 => YearSpec::Last,
                    0 => YearSpec::This,
                    _ => YearSpec::Next,
                };
                mk(j + 1, Expr::MonthRel { m, rel }, None, "month-relative")
            }
            _ => None,
        }
    }

    /// Phrases starting with `the`.
    fn the(&self, i: usize, cued: bool) -> Option<M> {
        let j = i + 1;
        let mk = |end: usize, expr: Expr, rule: &'static str| Some(M { start: i, end, expr, part: None, rule });
        let t = self.get(j)?;
        match t.lex {
            Lex::Unit(Unit::Day) => {
                let (sign, far) = match self.kw(j + 1) {
                    Some(Kw::Before) => (-1, Kw::Yesterday),
                    Some(Kw::After) => (1, Kw::Tomorrow),
                    _ => return None,
                };
                if self.is_kw(j + 2, far) {
                    return mk(j + 3, Expr::Deictic { days: 2 * sign }, "deictic");
                }
                if self.boundary(j + 2) {
                    return mk(j + 2, Expr::Narrative { unit: Unit::Day, n: sign }, "relative-narrative");
                }
                let inner = self.core(j + 2, true)?;
                is_dayish(&inner.expr).then_some(())?;
                mk(
                    inner.end,
                    Expr::AfterDate { unit: Unit::Day, n: sign, inner: Box::new(inner.expr) },
                    "relative-after-date",
                )
            }
            Lex::Kw(k @ (Kw::Next | Kw::Following | Kw::Previous)) => {
                let u = self.unit(j + 1)?;
                let n = if k == Kw::Previous { -1 } else { 1 };
                let rule = if u == Unit::Year { "anaphoric-year" } else { "relative-narrative" };
                mk(j + 2, Expr::Narrative { unit: u, n }, rule)
            }
            Lex::Kw(Kw::Same) => match self.unit(j + 1)? {
                Unit::Day => mk(j + 2, Expr::Narrative { unit: Unit::Day, n: 0 }, "relative-narrative"),
                Unit::Year => mk(j + 2, Expr::Narrative { unit: Unit::Year, n: 0 }, "anaphoric-year"),
                _ => None,
            },
            Lex::Kw(q @ (Kw::First | Kw::Second | Kw::Third | Kw::Fourth | Kw::Last))
                if self.is_kw(j + 1, Kw::Quarter) =>
            {
                let q = match q {
                    Kw::First => 1,
                    Kw::Second => 2,
                    Kw::Third => 3,
                    _ => 4,
                };
                let mut k = j + 2;
                let mut year = YearSpec::None;
                if self.is_kw(k, Kw::Of) {
                    if let Some(y) = self.get(k + 1).filter(|t| is_year_tok(t)) {
                        year = YearSpec::Explicit(y.num as i32);
                        k += 2;
                    } else if matches!(self.kw(k + 1), Some(Kw::Last | Kw::This | Kw::Next))
                        && self.unit(k + 2) == Some(Unit::Year)
                    {
                        year = YearSpec::Rel(match self.kw(k + 1) {
                            Some(Kw::Last) => -1,
                            Some(Kw::Next) => 1,
                            _ => 0,
                        });
                        k += 3;
                    } else if self.is_kw(k + 1, Kw::The) && self.unit(k + 2) == Some(Unit::Year) {
                        year = YearSpec::Rel(0);
                        k += 3;
                    }
                }
                mk(k, Expr::Quarter { q, year }, "quarter")
            }
            Lex::Kw(Kw::First) => self.first_days(i, j),
            // `by the end of the year`: only after a qualifier.
            Lex::Unit(u @ (Unit::Year | Unit::Month | Unit::Week)) if cued => {
                if self.get(j + 1).is_some_and(is_year_tok) {
                    return None;
                }
                mk(j + 1, Expr::Calendar { unit: u, n: 0 }, "relative-calendar")
            }
            _ => None,
        }
    }

    /// `[the] first [few] days [of …]`.
    fn first_days(&self, start: usize, i: usize) -> Option<M> {
        let mut j = i + 1;
        if self.is_kw(j, Kw::Few) {
            j += 1;
        }
        let u = self.unit(j)?;
        if !matches!(u, Unit::Day | Unit::Week) || !self.word(&self.t[j]).ends_with(['s', 'S']) {
            return None; // `days`, `weeks`: plural only
        }
        j += 1;
        if self.is_kw(j, Kw::Of) {
            if let Some(mut inner) = self.core(j + 1, true) {
                inner.start = start;
                inner.part = Some(Part::Early);
                return Some(inner);
            }
            let (noun, end) = self.noun(j + 1)?;
            return Some(M {
                start,
                end,
                expr: Expr::FirstDays { noun: Some(noun) },
                part: None,
                rule: "period-start",
            });
        }
        Some(M { start, end: j, expr: Expr::FirstDays { noun: None }, part: Some(Part::Early), rule: "period-start" })
    }

    fn holiday(&self, i: usize, k: Kw) -> Option<M> {
        let (h, mut end) = match k {
            Kw::Christmas if self.is_kw(i + 1, Kw::Eve) => (Holiday::Fixed(12, 24), i + 2),
            Kw::Christmas if self.unit(i + 1) == Some(Unit::Day) => (Holiday::Fixed(12, 25), i + 2),
            Kw::Christmas => (Holiday::Fixed(12, 25), i + 1),
            Kw::Easter => match self.get(i + 1).map(|t| t.lex) {
                Some(Lex::Weekday(6)) => (Holiday::Easter(0), i + 2),
                Some(Lex::Weekday(0)) => (Holiday::Easter(1), i + 2),
                _ => (Holiday::Easter(0), i + 1),
            },
            Kw::Nowruz => (Holiday::Fixed(3, 21), i + 1),
            Kw::New
                if self.t[i].cap && self.unit(i + 1) == Some(Unit::Year) && self.get(i + 1).is_some_and(|t| t.cap) =>
            {
                if self.is_kw(i + 2, Kw::Eve) {
                    (Holiday::Fixed(12, 31), i + 3)
                } else if self.unit(i + 2) == Some(Unit::Day) {
                    (Holiday::Fixed(1, 1), i + 3)
                } else {
                    (Holiday::Fixed(1, 1), i + 2)
                }
            }
            _ => return None,
        };
        let mut year = YearSpec::None;
        let mut k2 = end;
        if self.punct(k2, ',') {
            k2 += 1;
        }
        if let Some(y) = self.get(k2).filter(|t| is_year_tok(t)) {
            year = YearSpec::Explicit(y.num as i32);
            end = k2 + 1;
        }
        Some(M { start: i, end, expr: Expr::Holiday { h, year }, part: None, rule: "holiday" })
    }
}

/// The tense of the words around tokens `start..end`: the nearest cue in the same clause, or
/// else in the sentence (at most 40 tokens either way).
fn cue_around(t: &[Tok], start: usize, end: usize) -> Cue {
    let cue_of = |k: usize| match t[k].lex {
        Lex::Kw(Kw::Future) => Some(Cue::Future),
        Lex::Kw(Kw::Due) if !t.get(k + 1).is_some_and(|n| matches!(n.lex, Lex::Kw(Kw::To))) => Some(Cue::Future),
        // (Not a participle after `be`: `would be paid`, `is to be held`.)
        Lex::Kw(Kw::PastCue | Kw::StartVerb) if !(k > 0 && matches!(t[k - 1].lex, Lex::Kw(Kw::Be))) => Some(Cue::Past),
        Lex::Kw(Kw::Tomorrow) => Some(Cue::Future),
        _ => None,
    };
    let is_boundary = |tk: &Tok| {
        (tk.kind == Kind::Punct
            && matches!(
                char::from_u32(tk.num).unwrap_or(' '),
                ',' | ';' | ':' | '(' | ')' | '“' | '”' | '"' | '—' | '–' | '«' | '»'
            ))
            || matches!(tk.lex, Lex::Kw(Kw::ClauseWord | Kw::That))
    };
    for clause_only in [true, false] {
        let mut best: Option<(usize, Cue)> = None;
        // Left.
        let mut d = 0;
        let mut k = start;
        while k > 0 && d < 40 {
            k -= 1;
            d += 1;
            let tk = &t[k];
            if clause_only && is_boundary(tk) {
                break;
            }
            if let Some(c) = cue_of(k) {
                best = Some((d, c));
                break;
            }
        }
        // Right.
        let mut d = 0;
        let mut k = end;
        while k < t.len() && d < 40 {
            d += 1;
            let tk = &t[k];
            if clause_only && is_boundary(tk) {
                break;
            }
            if let Some(c) = cue_of(k) {
                if best.is_none_or(|(bd, _)| d < bd) {
                    best = Some((d, c));
                }
                break;
            }
            k += 1;
        }
        if let Some((_, c)) = best {
            return c;
        }
    }
    Cue::None
}

/// Finds the temporal expressions among one unit's tokens (`text` is the unit's text, whose first
/// byte is at `base` in the article).
pub(crate) fn parse(text: &str, base: u32, t: &[Tok], unit: u32, out: &mut Vec<Cand>) {
    let p = P { t, text, base, depth: core::cell::Cell::new(0) };
    let mut i = 0;
    while i < t.len() {
        if !super::scan::can_start(&t[i]) {
            i += 1;
            continue;
        }
        match p.at(i) {
            Some(m) if m.end > m.start => {
                let cue = cue_around(t, m.start, m.end);
                // A bare weekday's rule says which reading the tense chose.
                let rule = match (&m.expr, cue) {
                    (Expr::Weekday { rel: WdRel::Bare, .. }, Cue::Future) => "weekday-future",
                    (Expr::Weekday { rel: WdRel::Bare, .. }, _) => "weekday-past",
                    _ => m.rule,
                };
                let last = &t[m.end - 1];
                out.push(Cand {
                    start: t[m.start].start,
                    // `today's`: the date is `today`.
                    end: if last.possessive {
                        last.start
                            + p.word(last).trim_end_matches(['s', 'S']).trim_end_matches(['\'', '’']).len() as u32
                    } else {
                        last.end
                    },
                    expr: m.expr,
                    part: m.part,
                    rule,
                    cue,
                    unit,
                    quoted: false,
                });
                i = m.end;
            }
            _ => i += 1,
        }
    }
}
