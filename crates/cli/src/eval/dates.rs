//! Date cases: `(reference_date, text, target) → expected_date, precision`.
//!
//! Each case's text goes through [`presslens_engine::time::find`] with the reference date; the
//! expression overlapping the case's `target` words is compared with the expected value.
//!
//! Grading:
//! - **Which value.** The peer's `expected_date`, except where `news_convention_differs` says
//!   the peer reads the text differently from a news reader: then the dates `news_note` gives —
//!   other than the reference date and the peer's own value — are the accepted readings.
//! - **At the expected grain.** A value passes when it lies within the expected one at the
//!   expected precision and is not coarser: the day `2014-08-25` passes for the week `2014-W35`,
//!   the month `2012-11` fails for the day `2012-11-12`. A weekend is compared as a range of days
//!   (ours must lie inside the expected one).
//! - **Time of day is not modelled.** The engine's finest precision is a day: a case expecting a
//!   minute, a second or a part of the day is graded on its day.
//! - A text with several expressions (`target` `a | b`) passes when each target does.

use presslens_engine::date::{Date, DateValue, MONTH_NAMES, Precision};
use presslens_engine::time::{Found, find};
use serde_json::Value;

use super::Report;

/// What a case expects, at its grain.
#[derive(Clone, Debug, PartialEq)]
enum Want {
    Day(Date),
    Week(i32, u8),
    Month(i32, u8),
    Year(i32),
    /// An inclusive range of days.
    Days(Date, Date),
}

impl Want {
    fn show(&self) -> String {
        match self {
            Want::Day(d) => d.to_string(),
            Want::Week(y, w) => format!("{y:04}-W{w:02}"),
            Want::Month(y, m) => format!("{y:04}-{m:02}"),
            Want::Year(y) => format!("{y:04}"),
            Want::Days(a, b) => format!("{a}/{b}"),
        }
    }

    /// Does our value lie within this, and no coarser?
    fn accepts(&self, v: &DateValue) -> bool {
        let (s, e) = (v.start, v.end);
        match *self {
            Want::Day(d) => v.precision == Precision::Day && s == d,
            Want::Week(y, w) => s.iso_week() == (y, w) && e.iso_week() == (y, w),
            Want::Month(y, m) => s.y == y && s.m == m && e.y == y && e.m == m,
            Want::Year(y) => s.y == y && e.y == y,
            Want::Days(a, b) => a <= s && e <= b,
        }
    }
}

fn date10(s: &str) -> Option<Date> {
    Date::parse_iso(s.get(..10)?)
}

/// `2013-02-04T18:00` as an exclusive range end: the day before at midnight, else the day itself.
fn exclusive_end(s: &str) -> Option<Date> {
    let d = date10(s)?;
    let time = s.get(11..).unwrap_or("");
    Some(if time.is_empty() || time.starts_with("00:00") { d.add_days(-1) } else { d })
}

/// The expected value `s` (one of `expected_date`'s values) at `precision`.
fn want(s: &str, precision: &str, range: Option<&Value>) -> Option<Want> {
    let s = s.split(' ').next().unwrap_or(s);
    if precision == "weekend" {
        let r = range?.as_array()?;
        return Some(Want::Days(date10(r.first()?.as_str()?)?, exclusive_end(r.get(1)?.as_str()?)?));
    }
    if let Some((y, w)) = s.split_once("-W") {
        return Some(Want::Week(y.parse().ok()?, w.get(..2)?.parse().ok()?));
    }
    let y: i32 = s.get(..4)?.parse().ok()?;
    let m: Option<u8> = s.get(5..7).and_then(|m| m.parse().ok());
    let day = date10(s);
    Some(match precision {
        "year" => Want::Year(y),
        "month" | "part-of-month" => Want::Month(y, m?),
        "week" => {
            let (wy, w) = day?.iso_week();
            Want::Week(wy, w)
        }
        _ => match (day, m) {
            (Some(d), _) => Want::Day(d),
            (None, Some(m)) => Want::Month(y, m),
            (None, None) => Want::Year(y),
        },
    })
}

/// The dates a free-text note gives: `2013-02-11`, `2020-01`, `January 2013`.
fn note_dates(note: &str) -> Vec<Want> {
    let mut out = Vec::new();
    let b = note.as_bytes();
    let digits = |i: usize, n: usize| i + n <= b.len() && b[i..i + n].iter().all(u8::is_ascii_digit);
    let mut i = 0;
    while i < b.len() {
        let boundary = i == 0 || !b[i - 1].is_ascii_alphanumeric();
        if boundary && digits(i, 4) && !digits(i + 4, 1) && b.get(i + 4) == Some(&b'-') && digits(i + 5, 2) {
            if b.get(i + 7) == Some(&b'-') && digits(i + 8, 2) {
                if let Some(d) = date10(&note[i..i + 10]) {
                    out.push(Want::Day(d));
                }
                i += 10;
                continue;
            }
            if let (Ok(y), Ok(m)) = (note[i..i + 4].parse(), note[i + 5..i + 7].parse()) {
                out.push(Want::Month(y, m));
            }
            i += 7;
            continue;
        }
        if boundary && b[i].is_ascii_uppercase() {
            let word_end = note[i..].find(|c: char| !c.is_ascii_alphabetic()).map_or(note.len(), |e| i + e);
            if let Some(m) = MONTH_NAMES.iter().position(|n| *n == &note[i..word_end]) {
                if b.get(word_end) == Some(&b' ') && digits(word_end + 1, 4) && !digits(word_end + 5, 1) {
                    if let Ok(y) = note[word_end + 1..word_end + 5].parse() {
                        out.push(Want::Month(y, m as u8 + 1));
                    }
                }
            }
            i = word_end.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

fn strings(v: &Value) -> Vec<String> {
    match v {
        Value::String(s) => vec![s.clone()],
        Value::Array(a) => a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect(),
        _ => Vec::new(),
    }
}

/// The expression overlapping `target` most.
fn pick<'a>(text: &str, found: &'a [Found], target: &str, from: usize) -> Option<&'a Found> {
    let at = text[from..]
        .find(target)
        .or_else(|| text[from..].to_lowercase().find(&target.to_lowercase()))
        .map(|p| from + p);
    let (s, e) = match at {
        Some(p) => (p as u32, (p + target.len()) as u32),
        None => (0, text.len() as u32),
    };
    found
        .iter()
        .filter(|f| f.span.start < e && s < f.span.end)
        .max_by_key(|f| f.span.end.min(e) as i64 - f.span.start.max(s) as i64)
}

fn show(f: Option<&Found>) -> String {
    match f {
        Some(f) => {
            let part = f.value.part.map_or(String::new(), |p| format!(" {}", p.label()));
            format!("{} ({}{part}) [{}]", f.value.value(), f.value.precision.label(), f.rule)
        }
        None => "nothing".into(),
    }
}

/// Runs every date case.
pub fn run(cases: &[Value]) -> Report {
    let mut passed = 0;
    let mut failures = Vec::new();
    for c in cases {
        let id = c["id"].as_str().unwrap_or("?");
        let text = c["text"].as_str().unwrap_or("");
        let reference = c["reference_date"].as_str().and_then(date10);
        let precision = c["precision"].as_str().unwrap_or("");
        let peer = strings(&c["expected_date"]);
        let targets: Vec<&str> = c["target"].as_str().unwrap_or(text).split(" | ").collect();
        let news = c["news_convention_differs"].as_bool().unwrap_or(false);
        // Accepted readings for each target.
        let accepted: Vec<Vec<Want>> = if news {
            let peer_wants: Vec<Want> = peer.iter().filter_map(|p| want(p, precision, None)).collect();
            let readings: Vec<Want> = note_dates(c["news_note"].as_str().unwrap_or(""))
                .into_iter()
                .filter(|w| Some(w) != reference.map(Want::Day).as_ref() && !peer_wants.contains(w))
                .collect();
            vec![readings]
        } else {
            peer.iter().map(|p| want(p, precision, c.get("expected_range")).into_iter().collect()).collect()
        };
        let found = find(text, reference);
        let mut ok = accepted.len() == targets.len() && !accepted.iter().any(Vec::is_empty);
        let mut got = Vec::new();
        let mut from = 0;
        for (target, wants) in targets.iter().zip(&accepted) {
            let f = pick(text, &found, target, from);
            if let Some(f) = f {
                from = (f.span.end as usize).min(text.len());
            }
            ok &= f.is_some_and(|f| wants.iter().any(|w| w.accepts(&f.value)));
            got.push(show(f));
        }
        if ok {
            passed += 1;
        } else {
            let expected: Vec<String> =
                accepted.iter().map(|ws| ws.iter().map(Want::show).collect::<Vec<_>>().join(" or ")).collect();
            failures.push(format!(
                "{id}: «{text}» (reference {}) → expected {} ({}), got {}",
                reference.map_or("none".to_string(), |d| d.to_string()),
                expected.join(" | "),
                if news { "news reading" } else { "peer" },
                got.join(" | ")
            ));
        }
    }
    Report { total: cases.len(), passed, failures }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_give_their_dates() {
        let d = |y, m, dd| Want::Day(Date::new(y, m, dd).unwrap());
        assert_eq!(
            note_dates("A report dated 2012-08-10 would mean 2011-12-21; a forward one 2012-12-21."),
            [d(2012, 8, 10), d(2011, 12, 21), d(2012, 12, 21)]
        );
        assert_eq!(note_dates("most likely means January 2013."), [Want::Month(2013, 1)]);
        assert_eq!(note_dates("would be 2020-01."), [Want::Month(2020, 1)]);
    }

    #[test]
    fn grading_is_at_the_expected_grain() {
        let day = DateValue::day(Date::new(2014, 8, 25).unwrap());
        assert!(want("2014-08-25", "week", None).unwrap().accepts(&day));
        let month = DateValue::month(2012, 11);
        assert!(!want("2012-11-12", "day", None).unwrap().accepts(&month));
        assert!(
            want("2018-12-06 (X/evening)", "day+part-of-day", None)
                .unwrap()
                .accepts(&DateValue::day(Date::new(2018, 12, 6).unwrap()))
        );
    }
}
