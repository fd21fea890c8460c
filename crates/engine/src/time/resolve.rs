//! Resolution: a recognised expression plus its anchors → a [`DateValue`].
//!
//! The anchors are what a reader uses: the publication date for `yesterday` and bare weekdays,
//! the speech date for `today` inside a quotation, the date the narration last gave for
//! `a week later`, an explicit year earlier in the same sentence for `February 1st`.

use super::rules::{Cand, Cue, Expr, Holiday, WdRel, YearSpec};
use super::scan::Unit;
use crate::date::{Date, DateValue, Part, Precision, Season, Weekday, days_in_month};

/// A reference date and what it is (`publication date`, `January 2 (line 33)`).
#[derive(Clone, Debug)]
pub(crate) struct Anchor {
    /// The date.
    pub date: Date,
    /// What it is, for the reader.
    pub note: String,
}

/// The anchors available for one expression.
#[derive(Clone, Copy, Default)]
pub(crate) struct Ctx<'a> {
    /// `now` of the text: the publication date, or the speech date inside a quotation.
    pub now: Option<&'a Anchor>,
    /// An explicit year given earlier in the same sentence.
    pub year: Option<(i32, &'a Anchor)>,
    /// The last day the narration gave (for `a week later`, `the day before`).
    pub day: Option<&'a Anchor>,
    /// The last year the narration gave (for `that year`, `the following year`).
    pub narrative_year: Option<(i32, &'a Anchor)>,
    /// The last period (month, season, year) the text named (for `the first few days`).
    pub period: Option<(DateValue, &'a Anchor)>,
}

/// A resolved expression.
#[derive(Clone, Debug)]
pub(crate) struct Res {
    pub value: DateValue,
    pub anchor: Option<Date>,
    pub note: Option<String>,
    /// A problem worth a diagnostic (weekday and date disagree).
    pub warning: Option<String>,
}

/// How far ahead a date without a year may lie and still be read as upcoming when no tense says
/// which way (`February 15` in an article of February 12): about a month.
const NEAR_FUTURE_DAYS: i64 = 31;

fn res(value: DateValue, a: Option<&Anchor>) -> Res {
    Res { value, anchor: a.map(|a| a.date), note: a.map(|a| a.note.clone()), warning: None }
}

/// The year in which a yearly thing (a day, a month, a season) is meant, given `now` and the
/// tense: the occurrence containing `now`; else the latest one before it in past narration, the
/// first one after it in future talk; with no tense, the upcoming one if it starts within about a
/// month and is nearer than the past one, the past one otherwise.
pub(crate) fn choose_year(now: Date, cue: Cue, range_of: impl Fn(i32) -> Option<(Date, Date)>) -> Option<i32> {
    let mut past: Option<(i32, Date)> = None;
    let mut future: Option<(i32, Date)> = None;
    for y in (now.y - 8)..=(now.y + 8) {
        let Some((s, e)) = range_of(y) else { continue };
        if s <= now && now <= e {
            return Some(y);
        }
        if e < now {
            past = Some((y, e));
        } else if future.is_none() {
            future = Some((y, s));
        }
    }
    match (cue, past, future) {
        (Cue::Past, Some((y, _)), _) => Some(y),
        (Cue::Future, _, Some((y, _))) => Some(y),
        (_, Some((py, pe)), Some((fy, fs))) => {
            let ahead = now.days_until(fs);
            let behind = pe.days_until(now);
            Some(if ahead <= NEAR_FUTURE_DAYS && ahead < behind { fy } else { py })
        }
        (_, Some((y, _)), None) | (_, None, Some((y, _))) => Some(y),
        (_, None, None) => None,
    }
}

fn month_range(m: u8) -> impl Fn(i32) -> Option<(Date, Date)> {
    move |y| Some((Date { y, m, d: 1 }, Date { y, m, d: days_in_month(y, m) }))
}

fn day_range(m: u8, d: u8) -> impl Fn(i32) -> Option<(Date, Date)> {
    move |y| Date::new(y, m, d).map(|x| (x, x))
}

/// Easter Sunday (Gregorian computus, Meeus/Jones/Butcher).
pub(crate) fn easter(y: i32) -> Date {
    let a = y.rem_euclid(19);
    let b = y.div_euclid(100);
    let c = y.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date { y, m: month as u8, d: day as u8 }
}

fn holiday_date(h: Holiday, y: i32) -> Option<Date> {
    match h {
        Holiday::Fixed(m, d) => Date::new(y, m, d),
        Holiday::Easter(off) => Some(easter(y).add_days(i64::from(off))),
    }
}

fn quarter_range(q: u8) -> impl Fn(i32) -> Option<(Date, Date)> {
    move |y| {
        let v = DateValue::quarter(y, q);
        Some((v.start, v.end))
    }
}

fn season_range(s: Season) -> impl Fn(i32) -> Option<(Date, Date)> {
    move |y| Some(s.bounds(y))
}

/// A yearly thing with a [`YearSpec`].
fn yearly(
    spec: YearSpec,
    now: Option<&Anchor>,
    cue: Cue,
    range_of: impl Fn(i32) -> Option<(Date, Date)>,
) -> Option<(i32, Option<&Anchor>)> {
    match spec {
        YearSpec::Explicit(y) => Some((y, None)),
        YearSpec::Rel(n) => now.map(|a| (a.date.y + n, Some(a))),
        YearSpec::None => {
            let a = now?;
            choose_year(a.date, cue, range_of).map(|y| (y, Some(a)))
        }
        YearSpec::Last => {
            let a = now?;
            let y = ((a.date.y - 3)..=a.date.y).rev().find(|&y| range_of(y).is_some_and(|(_, e)| e < a.date))?;
            Some((y, Some(a)))
        }
        YearSpec::This => {
            let a = now?;
            let y = ((a.date.y - 1)..=(a.date.y + 1)).find(|&y| range_of(y).is_some_and(|(_, e)| e >= a.date))?;
            Some((y, Some(a)))
        }
        YearSpec::Next => {
            let a = now?;
            let y = ((a.date.y - 1)..=(a.date.y + 2)).find(|&y| range_of(y).is_some_and(|(s, _)| s > a.date))?;
            Some((y, Some(a)))
        }
    }
}

fn weekday_name(wd: u8) -> &'static str {
    Weekday::from_index(wd).name()
}

/// The day `n` units after `d` (units of days: day, week, fortnight).
fn shift_days(d: Date, unit: Unit, n: i32) -> Option<Date> {
    let k = match unit {
        Unit::Day => 1,
        Unit::Week => 7,
        Unit::Fortnight => 14,
        _ => return None,
    };
    Some(d.add_days(i64::from(n) * k))
}

fn in_range(y: i32) -> bool {
    (1..=9999).contains(&y)
}

/// Resolves one expression. `None` when the anchors it needs are missing.
pub(crate) fn resolve(c: &Cand, cx: &Ctx<'_>) -> Option<Res> {
    let mut r = resolve_expr(&c.expr, c.cue, cx)?;
    if !in_range(r.value.start.y) || !in_range(r.value.end.y) {
        return None;
    }
    if let Some(p) = c.part {
        r.value = r.value.with_part(p);
    }
    Some(r)
}

fn resolve_expr(e: &Expr, cue: Cue, cx: &Ctx<'_>) -> Option<Res> {
    let now = cx.now;
    Some(match *e {
        Expr::Full(d) => res(DateValue::day(d), None),
        Expr::MonthYear { y, m } => res(DateValue::month(y, m), None),
        Expr::Year(y) => res(DateValue::year(y), None),
        Expr::Decade { y0, two_digit: false } => res(DateValue::decade(y0), None),
        Expr::Decade { y0, two_digit: true } => match now {
            Some(a) => {
                let mut c = a.date.y.div_euclid(100) * 100 + y0;
                if c > a.date.y {
                    c -= 100;
                }
                res(DateValue::decade(c), Some(a))
            }
            None => res(DateValue::decade(1900 + y0), None),
        },
        Expr::DayMonth { m, d } => {
            if let Some((y, a)) = cx.year {
                return Some(res(DateValue::day(Date::new(y, m, d)?), Some(a)));
            }
            let a = now?;
            let y = choose_year(a.date, cue, day_range(m, d))?;
            res(DateValue::day(Date::new(y, m, d)?), Some(a))
        }
        Expr::Month { m } => {
            if let Some((y, a)) = cx.year {
                return Some(res(DateValue::month(y, m), Some(a)));
            }
            let a = now?;
            let y = choose_year(a.date, cue, month_range(m))?;
            res(DateValue::month(y, m), Some(a))
        }
        Expr::MonthRel { m, rel } => {
            let (y, a) = yearly(rel, now, cue, month_range(m))?;
            res(DateValue::month(y, m), a)
        }
        Expr::Season { s, year } => {
            let (y, a) = match (year, cx.year) {
                (YearSpec::None, Some((y, a))) => (y, Some(a)),
                _ => yearly(year, now, cue, season_range(s))?,
            };
            res(DateValue::season(y, s), a)
        }
        Expr::Quarter { q, year } => {
            let (y, a) = yearly(year, now, cue, quarter_range(q))?;
            res(DateValue::quarter(y, q), a)
        }
        Expr::Holiday { h, year } => {
            let (y, a) = match year {
                YearSpec::Explicit(y) => (y, None),
                _ => {
                    let a = now?;
                    // Without a tense, a holiday is this year's (`after Easter`).
                    let y = match cue {
                        Cue::None => a.date.y,
                        _ => choose_year(a.date, cue, |y| holiday_date(h, y).map(|d| (d, d)))?,
                    };
                    (y, Some(a))
                }
            };
            res(DateValue::day(holiday_date(h, y)?), a)
        }
        Expr::WeekdayDate { wd, m, d, y } => return weekday_date(wd, m, d, y, cue, cx),
        Expr::WeekdayOrdinal { wd, d } => {
            let a = now?;
            let n = a.date;
            // A weekday and a day of the month: the matching date of the past week, else the
            // first one to come (the form of schedules and announcements).
            let recent = (0..7).map(|k| n.add_days(-k)).find(|x| x.d == d && x.weekday().index() == wd);
            let found = recent.or_else(|| {
                (0..48).find_map(|k| {
                    let first = Date { y: n.y, m: n.m, d: 1 }.add_months(k);
                    Date::new(first.y, first.m, d).filter(|x| *x >= n && x.weekday().index() == wd)
                })
            })?;
            res(DateValue::day(found), Some(a))
        }
        Expr::Weekday { wd, rel } => {
            let a = now?;
            let n = a.date;
            let today = i64::from(n.weekday().index());
            let wd = i64::from(wd);
            let back = (today - wd).rem_euclid(7);
            let fwd = (wd - today).rem_euclid(7);
            let d = match rel {
                WdRel::Bare if cue == Cue::Future => n.add_days(fwd),
                WdRel::Bare => n.add_days(-back),
                // `last Wednesday`: the Wednesday of the previous week (on a Thursday, not
                // yesterday, which news would call `on Wednesday`).
                WdRel::Last => n.add_days(wd - today - 7),
                WdRel::Next => n.add_days(if fwd == 0 { 7 } else { fwd }),
                WdRel::This => n.add_days(wd - today),
                WdRel::Coming => n.add_days(fwd),
            };
            res(DateValue::day(d), Some(a))
        }
        Expr::Deictic { days } => {
            let a = now?;
            res(DateValue::day(a.date.add_days(i64::from(days))), Some(a))
        }
        Expr::Calendar { unit, n } => {
            let a = now?;
            let d = a.date;
            let v = match unit {
                Unit::Week => DateValue::week_of(d.add_days(7 * i64::from(n))),
                Unit::Month => {
                    let x = d.add_months(n);
                    DateValue::month(x.y, x.m)
                }
                Unit::Year => DateValue::year(d.y + n),
                Unit::Decade => DateValue::decade((d.y.div_euclid(10) + n) * 10),
                Unit::Day => DateValue::day(d.add_days(i64::from(n))),
                Unit::Fortnight => return None,
            };
            res(v, Some(a))
        }
        Expr::Weekend { n } => {
            let a = now?;
            let monday = a.date.add_days(-i64::from(a.date.weekday().index()));
            let sat = monday.add_days(5 + 7 * i64::from(n));
            res(DateValue::range(sat, sat.add_days(1)), Some(a))
        }
        Expr::Ago { unit, n } => {
            let a = now?;
            let d = a.date;
            let v = match unit {
                Unit::Day | Unit::Week | Unit::Fortnight => DateValue::day(shift_days(d, unit, -n)?),
                Unit::Month => {
                    let x = d.add_months(-n);
                    DateValue::month(x.y, x.m)
                }
                Unit::Year => DateValue::year(d.y.checked_sub(n)?),
                Unit::Decade => DateValue::year(d.y.checked_sub(n.checked_mul(10)?)?),
            };
            res(v, Some(a))
        }
        Expr::Narrative { unit, n } => match unit {
            Unit::Year => {
                // The anchor is a year, not a day: only the note says which.
                let (y, a) = cx.narrative_year?;
                Res {
                    value: DateValue::year(y.checked_add(n)?),
                    anchor: None,
                    note: Some(a.note.clone()),
                    warning: None,
                }
            }
            Unit::Month => {
                let a = cx.day?;
                let x = a.date.add_months(n);
                res(DateValue::month(x.y, x.m), Some(a))
            }
            Unit::Decade => return None,
            _ => {
                let a = cx.day?;
                res(DateValue::day(shift_days(a.date, unit, n)?), Some(a))
            }
        },
        Expr::AfterDate { unit, n, ref inner } => {
            let base = resolve_expr(inner, cue, cx)?;
            let d = base.value.day_value()?;
            let v = match unit {
                Unit::Month => DateValue::day(d.add_months(n)),
                Unit::Year => DateValue::day(Date::new(d.y + n, d.m, d.d).unwrap_or(d.add_months(12 * n))),
                _ => DateValue::day(shift_days(d, unit, n)?),
            };
            let note = match (&base.note, base.value.precision) {
                (Some(n), _) => format!("{} (from {n})", base.value.human()),
                (None, _) => base.value.human(),
            };
            Res { value: v, anchor: Some(d), note: Some(note), warning: None }
        }
        Expr::AfterEvent { .. } => return None,
        Expr::FirstDays { noun: Some(_) } => return None,
        Expr::FirstDays { noun: None } => {
            let (v, a) = cx.period?;
            let mut v = v;
            v.part = None;
            Res { value: v, anchor: None, note: Some(a.note.clone()), warning: None }
        }
    })
}

fn weekday_date(wd: u8, m: u8, d: u8, y: Option<i32>, cue: Cue, cx: &Ctx<'_>) -> Option<Res> {
    let ok = |y: i32| Date::new(y, m, d).is_some_and(|x| x.weekday().index() == wd);
    // A year the text gives (here or in context): the date is kept, with a warning when the
    // weekday does not fit it.
    let given = y.map(|y| (y, None)).or_else(|| cx.year.map(|(y, a)| (y, Some(a))));
    if let Some((y, anchor)) = given {
        let date = Date::new(y, m, d)?;
        let mut r = res(DateValue::day(date), anchor);
        if !ok(y) {
            r.warning = Some(format!(
                "{} was a {}, not a {}; the date is kept",
                DateValue::day(date).human(),
                date.weekday().name(),
                weekday_name(wd)
            ));
        }
        return Some(r);
    }
    let a = cx.now?;
    let n = a.date;
    // The reading the tense gives, unless the weekday says otherwise: `Tuesday, January 10`
    // written in August 2012 is 2012 (a Tuesday), not 2013 (a Thursday).
    let default = choose_year(n, cue, day_range(m, d))?;
    let mut readings = [default, default, default];
    let mut past = None;
    let mut future = None;
    for y in (n.y - 8)..=(n.y + 8) {
        if let Some(x) = Date::new(y, m, d) {
            if x <= n {
                past = Some(y);
            } else if future.is_none() {
                future = Some(y);
            }
        }
    }
    readings[1] = past.unwrap_or(default);
    readings[2] = future.unwrap_or(default);
    if let Some(&y) = readings.iter().find(|&&y| ok(y)) {
        return Some(res(DateValue::day(Date::new(y, m, d)?), Some(a)));
    }
    let date = Date::new(default, m, d)?;
    let mut r = res(DateValue::day(date), Some(a));
    r.warning = Some(format!(
        "{} {} is not a {} in {} or {}; read as {} ({})",
        crate::date::MONTH_NAMES[usize::from(m - 1)],
        d,
        weekday_name(wd),
        readings[1].min(readings[2]),
        readings[1].max(readings[2]),
        DateValue::day(date).human(),
        date.weekday().name()
    ));
    Some(r)
}

/// The precision of a value, for what later expressions may take from it.
pub(crate) fn is_period(v: &DateValue) -> bool {
    matches!(v.precision, Precision::Month | Precision::Season | Precision::Quarter | Precision::Year)
        && v.part != Some(Part::By)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, dd: u8) -> Date {
        Date::new(y, m, dd).unwrap()
    }

    #[test]
    fn easter_dates() {
        assert_eq!(easter(2013), d(2013, 3, 31));
        assert_eq!(easter(2022), d(2022, 4, 17));
        assert_eq!(easter(2000), d(2000, 4, 23));
    }

    #[test]
    fn years_for_yearless_dates() {
        let now = d(2013, 2, 12);
        // Upcoming within a month, no tense: this year.
        assert_eq!(choose_year(now, Cue::None, day_range(2, 15)), Some(2013));
        // Past tense: the latest before.
        assert_eq!(choose_year(now, Cue::Past, day_range(2, 15)), Some(2012));
        // Far ahead, no tense: last year's.
        assert_eq!(choose_year(d(2012, 8, 10), Cue::None, day_range(12, 21)), Some(2011));
        // The month containing the anchor.
        assert_eq!(choose_year(d(2012, 8, 10), Cue::Past, month_range(8)), Some(2012));
        // February 29 skips to a leap year.
        assert_eq!(choose_year(d(2022, 3, 1), Cue::Past, day_range(2, 29)), Some(2020));
    }
}
