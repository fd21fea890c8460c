//! Calendar arithmetic and normalised date values, without a calendar crate.
//!
//! [`Date`] is a proleptic Gregorian day; [`DateValue`] is what a temporal expression means: an
//! inclusive range of days plus the precision the text gave it (`January 2022` is a month, not
//! the 1st of January).

use core::fmt;

use serde::{Deserialize, Serialize};

/// A day in the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    /// Year (astronomical; 2022 is 2022).
    pub y: i32,
    /// Month, 1–12.
    pub m: u8,
    /// Day of month, 1–31.
    pub d: u8,
}

/// Day of the week, Monday first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Weekday {
    /// Monday.
    Mon,
    /// Tuesday.
    Tue,
    /// Wednesday.
    Wed,
    /// Thursday.
    Thu,
    /// Friday.
    Fri,
    /// Saturday.
    Sat,
    /// Sunday.
    Sun,
}

impl Weekday {
    /// 0 for Monday … 6 for Sunday.
    pub fn index(self) -> u8 {
        self as u8
    }
    /// The weekday with index `i % 7` (0 = Monday).
    pub fn from_index(i: u8) -> Weekday {
        [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun]
            [(i % 7) as usize]
    }
    /// English name.
    pub fn name(self) -> &'static str {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][self as usize]
    }
}

/// English month names, January first.
pub const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// The month number of an English month name or abbreviation (`January`, `Jan`, `Jan.`, `Sept`),
/// case-insensitive.
pub fn month_from_name(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.');
    if !(3..="september".len()).contains(&w.len()) || !w.is_ascii() {
        return None;
    }
    // Every month name starts with one of these letters.
    if !matches!(w.as_bytes()[0].to_ascii_lowercase(), b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd') {
        return None;
    }
    MONTH_NAMES
        .iter()
        .position(|name| w.eq_ignore_ascii_case(name) || (w.len() == 3 && name[..3].eq_ignore_ascii_case(w)))
        .or_else(|| w.eq_ignore_ascii_case("sept").then_some(8))
        .map(|i| i as u8 + 1)
}

/// The weekday of an English weekday name or abbreviation (`Friday`, `Fri`), case-insensitive.
pub fn weekday_from_name(word: &str) -> Option<Weekday> {
    let w = word.trim_end_matches('.');
    if !(3..="wednesday".len()).contains(&w.len()) || !w.is_ascii() {
        return None;
    }
    // A full name ends in `day`; an abbreviation has three letters.
    if w.len() > 3 && !w[w.len() - 3..].eq_ignore_ascii_case("day") {
        return None;
    }
    (0..7u8).map(Weekday::from_index).find(|d| {
        let name = d.name();
        w.eq_ignore_ascii_case(name) || (w.len() == 3 && name[..3].eq_ignore_ascii_case(w))
    })
}

/// True for leap years.
pub fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Number of days in month `m` of year `y`.
pub fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A date, if it exists.
    pub fn new(y: i32, m: u8, d: u8) -> Option<Date> {
        (1..=12).contains(&m).then_some(())?;
        (d >= 1 && d <= days_in_month(y, m)).then_some(Date { y, m, d })
    }

    /// Days since 1970-01-01 (negative before). Howard Hinnant's `days_from_civil`.
    pub fn to_days(self) -> i64 {
        let y = i64::from(self.y) - i64::from(self.m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.m);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.d) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01. Inverse of [`Date::to_days`].
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = (yoe + era * 400 + i64::from(m <= 2)) as i32;
        Date { y, m, d }
    }

    /// The day of the week.
    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday (index 3).
        Weekday::from_index(((self.to_days() + 3).rem_euclid(7)) as u8)
    }

    /// This date moved by `n` days.
    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }

    /// Days from `self` to `other` (positive when `other` is later).
    pub fn days_until(self, other: Date) -> i64 {
        other.to_days() - self.to_days()
    }

    /// This date moved by `n` months, the day clamped to the month's length.
    pub fn add_months(self, n: i32) -> Date {
        let total = self.y * 12 + i32::from(self.m) - 1 + n;
        let y = total.div_euclid(12);
        let m = (total.rem_euclid(12) + 1) as u8;
        Date { y, m, d: self.d.min(days_in_month(y, m)) }
    }

    /// Parses `YYYY-MM-DD`.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let mut it = s.splitn(3, '-');
        let y = it.next()?.parse().ok()?;
        let m = it.next()?.parse().ok()?;
        let d = it.next()?.get(..2)?.parse().ok()?;
        Date::new(y, m, d)
    }

    /// ISO 8601 week-numbering (year, week) of this date.
    pub fn iso_week(self) -> (i32, u8) {
        let wd = i64::from(self.weekday().index()); // 0 = Monday
        let thursday = self.add_days(3 - wd);
        let jan1 = Date { y: thursday.y, m: 1, d: 1 };
        let week = jan1.days_until(thursday) / 7 + 1;
        (thursday.y, week as u8)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
}

/// How exactly a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Precision {
    /// A single day.
    Day,
    /// An ISO week.
    Week,
    /// A calendar month.
    Month,
    /// A season of a year.
    Season,
    /// A quarter of a year.
    Quarter,
    /// A calendar year.
    Year,
    /// A decade.
    Decade,
    /// Some other span of days (an inferred publication window, `between … and …`).
    Range,
}

impl Precision {
    /// Lower-case name used in JSON.
    pub fn label(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Season => "season",
            Precision::Quarter => "quarter",
            Precision::Year => "year",
            Precision::Decade => "decade",
            Precision::Range => "range",
        }
    }
}

/// A qualifier the text puts on a date (`late on January 5`, `earlier in January`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Part {
    /// Early in the period.
    Early,
    /// In the middle of the period.
    Mid,
    /// Late in the period.
    Late,
    /// Morning.
    Morning,
    /// Afternoon.
    Afternoon,
    /// Evening.
    Evening,
    /// Night.
    Night,
    /// Before the anchor, within the period (`earlier in January`).
    Earlier,
    /// By then at the latest (`by Wednesday`).
    By,
}

impl Part {
    /// Lower-case name used in JSON.
    pub fn label(self) -> &'static str {
        match self {
            Part::Early => "early",
            Part::Mid => "mid",
            Part::Late => "late",
            Part::Morning => "morning",
            Part::Afternoon => "afternoon",
            Part::Evening => "evening",
            Part::Night => "night",
            Part::Earlier => "earlier",
            Part::By => "by",
        }
    }
}

/// Seasons, northern hemisphere (the meteorological months).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Season {
    /// March–May.
    Spring,
    /// June–August.
    Summer,
    /// September–November.
    Autumn,
    /// December–February (the winter of year Y starts in December of Y).
    Winter,
}

impl Season {
    /// TIMEX3 code: SP, SU, FA, WI.
    pub fn code(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Autumn => "FA",
            Season::Winter => "WI",
        }
    }
    /// First and last day of this season in year `y`.
    pub fn bounds(self, y: i32) -> (Date, Date) {
        let (a, b) = match self {
            Season::Spring => ((y, 3, 1), (y, 5, 31)),
            Season::Summer => ((y, 6, 1), (y, 8, 31)),
            Season::Autumn => ((y, 9, 1), (y, 11, 30)),
            Season::Winter => ((y, 12, 1), (y + 1, 2, days_in_month(y + 1, 2))),
        };
        (Date { y: a.0, m: a.1, d: a.2 }, Date { y: b.0, m: b.1, d: b.2 })
    }
}

/// What a temporal expression means: an inclusive range of days at a precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DateValue {
    /// First day covered.
    pub start: Date,
    /// Last day covered (inclusive).
    pub end: Date,
    /// How exactly the text gave it.
    pub precision: Precision,
    /// A qualifier (`late`, `earlier`), if any.
    pub part: Option<Part>,
}

impl DateValue {
    /// A single day.
    pub fn day(d: Date) -> DateValue {
        DateValue { start: d, end: d, precision: Precision::Day, part: None }
    }
    /// A calendar month.
    pub fn month(y: i32, m: u8) -> DateValue {
        let start = Date { y, m, d: 1 };
        let end = Date { y, m, d: days_in_month(y, m) };
        DateValue { start, end, precision: Precision::Month, part: None }
    }
    /// A calendar year.
    pub fn year(y: i32) -> DateValue {
        DateValue {
            start: Date { y, m: 1, d: 1 },
            end: Date { y, m: 12, d: 31 },
            precision: Precision::Year,
            part: None,
        }
    }
    /// A season.
    pub fn season(y: i32, s: Season) -> DateValue {
        let (start, end) = s.bounds(y);
        DateValue { start, end, precision: Precision::Season, part: None }
    }
    /// A quarter (1–4).
    pub fn quarter(y: i32, q: u8) -> DateValue {
        let m0 = (q.clamp(1, 4) - 1) * 3 + 1;
        let start = Date { y, m: m0, d: 1 };
        let end = Date { y, m: m0 + 2, d: days_in_month(y, m0 + 2) };
        DateValue { start, end, precision: Precision::Quarter, part: None }
    }
    /// The ISO week containing `d`.
    pub fn week_of(d: Date) -> DateValue {
        let start = d.add_days(-i64::from(d.weekday().index()));
        DateValue { start, end: start.add_days(6), precision: Precision::Week, part: None }
    }
    /// A decade starting at year `y0` (e.g. 1990).
    pub fn decade(y0: i32) -> DateValue {
        DateValue {
            start: Date { y: y0, m: 1, d: 1 },
            end: Date { y: y0 + 9, m: 12, d: 31 },
            precision: Precision::Decade,
            part: None,
        }
    }
    /// Any inclusive range of days.
    pub fn range(start: Date, end: Date) -> DateValue {
        if start == end {
            return DateValue::day(start);
        }
        let (start, end) = if start <= end { (start, end) } else { (end, start) };
        DateValue { start, end, precision: Precision::Range, part: None }
    }
    /// The same value with a qualifier.
    pub fn with_part(mut self, part: Part) -> DateValue {
        self.part = Some(part);
        self
    }
    /// The day, when the value is a single day.
    pub fn day_value(&self) -> Option<Date> {
        (self.precision == Precision::Day).then_some(self.start)
    }
    /// True when the two values share at least one day.
    pub fn overlaps(&self, other: &DateValue) -> bool {
        self.start <= other.end && other.start <= self.end
    }
    /// Number of days covered.
    pub fn days(&self) -> i64 {
        self.start.days_until(self.end) + 1
    }
    /// The normalised value as text: `2022-01-05`, `2022-W01`, `2022-01`, `2021-FA`, `2022-Q1`,
    /// `2022`, `199X`, or `2022-01-13/2022-01-20` for a range.
    pub fn value(&self) -> String {
        let s = self.start;
        match self.precision {
            Precision::Day => s.to_string(),
            Precision::Week => {
                let (y, w) = s.iso_week();
                format!("{y:04}-W{w:02}")
            }
            Precision::Month => format!("{:04}-{:02}", s.y, s.m),
            Precision::Season => {
                let code = match s.m {
                    3..=5 => "SP",
                    6..=8 => "SU",
                    9..=11 => "FA",
                    _ => "WI",
                };
                format!("{:04}-{code}", s.y)
            }
            Precision::Quarter => format!("{:04}-Q{}", s.y, (s.m - 1) / 3 + 1),
            Precision::Year => format!("{:04}", s.y),
            Precision::Decade => format!("{:03}X", s.y / 10),
            Precision::Range => format!("{}/{}", self.start, self.end),
        }
    }
    /// A reader-friendly rendering: `5 January 2022`, `January 2022`, `autumn 2021`, `2022`.
    pub fn human(&self) -> String {
        let s = self.start;
        let month = |m: u8| MONTH_NAMES[usize::from(m - 1)];
        let base = match self.precision {
            Precision::Day => format!("{} {} {}", s.d, month(s.m), s.y),
            Precision::Week => format!("week of {} {} {}", s.d, month(s.m), s.y),
            Precision::Month => format!("{} {}", month(s.m), s.y),
            Precision::Season => {
                let name = match s.m {
                    3..=5 => "spring",
                    6..=8 => "summer",
                    9..=11 => "autumn",
                    _ => "winter",
                };
                format!("{name} {}", s.y)
            }
            Precision::Quarter => format!("Q{} {}", (s.m - 1) / 3 + 1, s.y),
            Precision::Year => format!("{}", s.y),
            Precision::Decade => format!("{}s", s.y),
            Precision::Range => {
                let e = self.end;
                if s.y == e.y && s.m == e.m {
                    format!("{}–{} {} {}", s.d, e.d, month(s.m), s.y)
                } else if s.y == e.y {
                    format!("{} {} – {} {} {}", s.d, month(s.m), e.d, month(e.m), s.y)
                } else {
                    format!("{} {} {} – {} {} {}", s.d, month(s.m), s.y, e.d, month(e.m), e.y)
                }
            }
        };
        match self.part {
            Some(Part::Earlier) => format!("earlier in {base}"),
            Some(Part::By) => format!("by {base}"),
            Some(p) => format!("{} {base}", p.label()),
            None => base,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_round_trip_and_weekdays() {
        let d = Date::new(2022, 1, 7).unwrap();
        assert_eq!(d.weekday(), Weekday::Fri);
        assert_eq!(Date::new(2022, 1, 2).unwrap().weekday(), Weekday::Sun);
        assert_eq!(Date::new(2022, 1, 13).unwrap().weekday(), Weekday::Thu);
        assert_eq!(Date::new(1970, 1, 1).unwrap().to_days(), 0);
        for n in [-800_000i64, -1, 0, 59, 365, 18_000, 19_000, 2_000_000] {
            assert_eq!(Date::from_days(n).to_days(), n);
        }
        assert_eq!(d.add_days(-7), Date::new(2021, 12, 31).unwrap());
        assert_eq!(Date::new(2020, 2, 30), None);
        assert_eq!(Date::new(2024, 1, 31).unwrap().add_months(1), Date::new(2024, 2, 29).unwrap());
    }

    #[test]
    fn values_print_at_their_precision() {
        assert_eq!(DateValue::day(Date::new(2022, 1, 5).unwrap()).value(), "2022-01-05");
        assert_eq!(DateValue::month(2022, 1).value(), "2022-01");
        assert_eq!(DateValue::year(1999).value(), "1999");
        assert_eq!(DateValue::season(2021, Season::Autumn).value(), "2021-FA");
        assert_eq!(DateValue::quarter(2013, 1).value(), "2013-Q1");
        assert_eq!(DateValue::week_of(Date::new(2013, 2, 12).unwrap()).value(), "2013-W07");
        assert_eq!(DateValue::decade(1990).value(), "199X");
        assert_eq!(DateValue::month(2022, 1).human(), "January 2022");
        let late = DateValue::day(Date::new(2022, 1, 5).unwrap()).with_part(Part::Late);
        assert_eq!(late.human(), "late 5 January 2022");
    }
}
