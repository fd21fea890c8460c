//! Publication-date inference for a text without a date line.
//!
//! # The rule
//!
//! 1. **Year.** If the text pairs weekdays with dates but gives them no year (`Thursday
//!    (January 13)`), the year is the one in which the most pairs are consistent, among the 25
//!    years around the reference year — the latest year the text names (`in 2021`), or else the
//!    median publication year of the other articles of the corpus; ties go to the year nearest
//!    the reference, then to the later one.
//! 2. **Latest date.** The latest full day the text gives — explicit dates with a year, and the
//!    weekday pairs dated by step 1 — leaving out dates in future-tense clauses and `by …`
//!    deadlines. The article was published on or after it. If that day is older than a year the
//!    text names, it is not news of the day and nothing is inferred.
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
        if let Some(r) = latest_year.or(corpus_year) {
            let mut best: Option<(usize, i32)> = None;
            for y in (r - 12)..=(r + 12) {
                let score = pairs
                    .iter()
                    .filter(|&&(_, wd, m, d)| Date::new(y, m, d).is_some_and(|x| x.weekday().index() == wd))
                    .count();
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
        let reference = if latest_year.is_some() { "the latest year the text names" } else { "the corpus's dates" };
        note.push_str(&format!(
            ", the year from its weekday: {} {d} is a {} in {y} (nearest to {r}, {reference})",
            MONTH_NAMES[usize::from(*m - 1)],
            Weekday::from_index(*wd).name()
        ));
    }
    note.push_str("; taken to be within the week after it, as news names the days of the past week by weekday");
    Some(Inferred { anchor: day, value: DateValue::range(day, day.add_days(6)), note })
}
