//! Publication-date inference for a text without a date line.
//!
//! # The rule
//!
//! 1. **Year.** If the text pairs weekdays with dates but gives them no year (`Thursday
//!    (January 13)`), the year is the one in which the most pairs are consistent. A year the text
//!    names in past narration (`in 2021`) is a floor: the article is not older. The candidates
//!    are the 13 years from the latest such year, or up to 6 years past the corpus's median
//!    year if that is later (the 12 before the floor only if none of those fits),
//!    or, when the text names none, the 25 years around the median publication year of the other
//!    articles of the corpus; ties go to the year nearest that median (else the floor), then to
//!    the later one.
//! 2. **Latest date.** The latest full day the text gives — explicit dates with a year, and the
//!    weekday pairs dated by step 1 — leaving out dates in future-tense clauses and `by …`
//!    deadlines. The article was published on or after it. If that day is older than a year the
//!    text names, it is not news of the day and nothing is inferred.
//!
//!    A wire dateline's date (`ALMATY, April 24 (Reuters) -`) is the day of the report itself:
//!    the article is dated that day, in the first year not before the latest date and year the
//!    text gives (or the corpus's median year, if later and within 12 years).
//! 3. **Window.** News names the days of the past week by their weekday, so the article is taken
//!    to be published within the week that starts on that day: the inferred value is the range
//!    `[latest, latest + 6 days]`, and bare weekdays and other relative dates in the text are
//!    resolved against its first day.

use super::rules::{Cand, Cue, Expr};
use crate::date::{Date, DateValue, MONTH_NAMES, Part, Weekday};

/// An inferred publication date.
pub(crate) struct Inferred {
    /// The day relative dates are resolved against (the first day of `value`).
    pub anchor: Date,
    /// The inferred window.
    pub value: DateValue,
    /// How it was inferred.
    pub note: String,
}

/// Infers the publication window from the candidates of one text. `describe` gives a
/// candidate's words and line.
pub(crate) fn infer(
    cands: &[Cand],
    describe: impl Fn(&Cand) -> (String, u32),
    in_dateline: impl Fn(&Cand) -> bool,
    corpus_year: Option<i32>,
) -> Option<Inferred> {
    let usable = |c: &&Cand| c.cue != Cue::Future && c.part != Some(Part::By);
    let mut latest_year: Option<i32> = None;
    let mut pairs: Vec<(&Cand, u8, u8, u8)> = Vec::new();
    for c in cands.iter().filter(usable) {
        let y = match c.expr {
            Expr::Full(d) => Some(d.y),
            Expr::MonthYear { y, .. } | Expr::Year(y) => Some(y),
            Expr::WeekdayDate { y: Some(y), .. } => Some(y),
            Expr::WeekdayDate { wd, m, d, y: None } => {
                pairs.push((c, wd, m, d));
                None
            }
            _ => None,
        };
        if let Some(y) = y.filter(|y| (1000..=2999).contains(y)) {
            latest_year = Some(latest_year.map_or(y, |l| l.max(y)));
        }
    }
    // 1. The year of the weekday pairs.
    let mut pair_year: Option<(i32, i32)> = None; // (year, reference)
    if !pairs.is_empty() {
        if let Some(r) = corpus_year.or(latest_year) {
            let mut best: Option<(usize, i32)> = None;
            // A year the text names in past narration is not after the article: the years from
            // it come first (`the first since 2019 … on Friday, March 31` is 2023, not 2017), the
            // one nearest the corpus's dates among them.
            let years: Vec<i32> = match latest_year {
                Some(floor) => {
                    // (Up to the corpus's years when they are later: `established in 1995` is
                    // history, not a bound of a day.)
                    let last = (floor + 12).max(corpus_year.map_or(floor, |c| c + 6));
                    let after: Vec<i32> = (floor..=last).filter(|&y| pairs_in(&pairs, y) > 0).collect();
                    if after.is_empty() { ((floor - 12)..floor).collect() } else { after }
                }
                None => ((r - 12)..=(r + 12)).collect(),
            };
            for y in years {
                let score = pairs_in(&pairs, y);
                if score == 0 {
                    continue;
                }
                let better = match best {
                    None => true,
                    Some((bs, by)) => {
                        score > bs || score == bs && ((y - r).abs() < (by - r).abs() || (y - r).abs() == (by - r).abs())
                    }
                };
                if better {
                    best = Some((score, y));
                }
            }
            pair_year = best.map(|(_, y)| (y, r));
        }
    }
    // 2. The latest day.
    let mut latest: Option<(Date, &Cand)> = None;
    fn consider<'c>(latest: &mut Option<(Date, &'c Cand)>, d: Date, c: &'c Cand) {
        if latest.is_none_or(|(l, _)| d > l) {
            *latest = Some((d, c));
        }
    }
    for c in cands.iter().filter(usable) {
        match c.expr {
            Expr::Full(d) => consider(&mut latest, d, c),
            Expr::WeekdayDate { m, d, y: Some(y), .. } => {
                if let Some(x) = Date::new(y, m, d) {
                    consider(&mut latest, x, c);
                }
            }
            _ => {}
        }
    }
    if let Some((y, _)) = pair_year {
        for &(c, wd, m, d) in &pairs {
            if let Some(x) = Date::new(y, m, d).filter(|x| x.weekday().index() == wd) {
                consider(&mut latest, x, c);
            }
        }
    }
    // A wire dateline's date (`ALMATY, April 24 (Reuters) -`) is the day of the report: its
    // year is the first that is not before what the text has told.
    if let Some(c) = cands.iter().find(|c| in_dateline(c)) {
        if let Expr::DayMonth { m, d } = c.expr {
            let floor = latest.map(|(day, _)| day.y).max(latest_year).or(corpus_year)?;
            let mut date = Date::new(floor, m, d).or_else(|| Date::new(floor + 1, m, d))?;
            if latest.is_some_and(|(day, _)| date < day) {
                date = Date::new(date.y + 1, m, d)?;
            }
            // (The corpus's other articles may say it is later.)
            if let Some(later) =
                corpus_year.filter(|&y| y > date.y && y <= date.y + 12).and_then(|y| Date::new(y, m, d))
            {
                date = later;
            }
            let (words, line) = describe(c);
            let why = match latest {
                Some((day, _)) => format!(
                    "in {}: not before {}, the latest date the text gives{}",
                    date.y,
                    DateValue::day(day).human(),
                    if corpus_year == Some(date.y) { ", and the year of the corpus's dates" } else { "" }
                ),
                None if latest_year.is_some() => format!("in {}, the latest year the text names", date.y),
                None => format!("in {}, from the corpus's dates", date.y),
            };
            let note = format!("no date line: the date of the wire dateline (“{words}”, line {line}), {why}");
            return Some(Inferred { anchor: date, value: DateValue::day(date), note });
        }
    }
    let (day, c) = latest?;
    if latest_year.is_some_and(|y| y > day.y) {
        return None;
    }
    let (words, line) = describe(c);
    let mut note = format!(
        "no date line: on or after {}, the latest date the text gives (“{words}”, line {line})",
        DateValue::day(day).human()
    );
    if let (Some((y, r)), Expr::WeekdayDate { wd, m, d, y: None }) = (pair_year, &c.expr) {
        let why = match (corpus_year, latest_year) {
            (Some(_), Some(f)) => {
                format!("nearest to {r}, the corpus's dates, not before {f}, the latest year the text names")
            }
            (Some(_), None) => format!("nearest to {r}, the corpus's dates"),
            (None, _) => format!("the first such year from {r}, the latest year the text names"),
        };
        note.push_str(&format!(
            ", the year from its weekday: {} {d} is a {} in {y} ({why})",
            MONTH_NAMES[usize::from(*m - 1)],
            Weekday::from_index(*wd).name()
        ));
    }
    note.push_str("; taken to be within the week after it, as news names the days of the past week by weekday");
    Some(Inferred { anchor: day, value: DateValue::range(day, day.add_days(6)), note })
}

/// How many weekday pairs are consistent in year `y`.
fn pairs_in(pairs: &[(&Cand, u8, u8, u8)], y: i32) -> usize {
    pairs.iter().filter(|&&(_, wd, m, d)| Date::new(y, m, d).is_some_and(|x| x.weekday().index() == wd)).count()
}
