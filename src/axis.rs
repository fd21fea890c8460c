//! The timeline's scale: a focus range at fine resolution, with far-off dates folded into an
//! overview.
//!
//! News corpora cluster: weeks of reporting about a crisis, plus background dates (a treaty in
//! 1992, a withdrawal in 2012). A linear scale would squash the weeks that matter into one pixel.
//! The axis therefore splits the item days into clusters (a gap of more than [`GAP`] days starts
//! a new one), shows the busiest cluster day by day (or week by week, month by month when it is
//! long), and gives every other year (or decade) that has items one narrow slot before or after
//! it. Slots are in date order and never overlap, so a brush over slots is a date range.
//!
//! Days are counted from 1970-01-01 (`Date::to_days`).

use presslens_engine::Date;

/// Days without items that split two clusters.
pub const GAP: i32 = 45;

/// How long a slot is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// One day.
    Day,
    /// One ISO week (Monday to Sunday).
    Week,
    /// One calendar month.
    Month,
    /// One calendar year.
    Year,
    /// Ten years (`1990s`).
    Decade,
}

/// Which part of the strip a slot is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zone {
    /// Before the focus range (overview).
    Before,
    /// The focus range.
    Focus,
    /// After the focus range (overview).
    After,
}

/// One bar position on the strip: an inclusive range of days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Slot {
    /// First day.
    pub start: i32,
    /// Last day (inclusive).
    pub end: i32,
    /// Its length.
    pub unit: Unit,
    /// Its part of the strip.
    pub zone: Zone,
}

impl Slot {
    /// A short label: `5 Jan`, `w/c 3 Jan`, `Jan 2022`, `1992`, `1990s`.
    pub fn label(&self) -> String {
        let d = Date::from_days(i64::from(self.start));
        let mon = &presslens_engine::date::MONTH_NAMES[usize::from(d.m - 1)][..3];
        match self.unit {
            Unit::Day => format!("{} {mon}", d.d),
            Unit::Week => format!("{} {mon}", d.d),
            Unit::Month => format!("{mon} {}", d.y),
            Unit::Year => d.y.to_string(),
            Unit::Decade => format!("{}s", d.y),
        }
    }
    /// A full description for tooltips and screen readers: `5 January 2022`,
    /// `week of 3 January 2022`, `January 2022`, `1992`, `the 1990s`.
    pub fn describe(&self) -> String {
        let d = Date::from_days(i64::from(self.start));
        let month = presslens_engine::date::MONTH_NAMES[usize::from(d.m - 1)];
        match self.unit {
            Unit::Day => format!("{} {month} {}", d.d, d.y),
            Unit::Week => format!("week of {} {month} {}", d.d, d.y),
            Unit::Month => format!("{month} {}", d.y),
            Unit::Year => d.y.to_string(),
            Unit::Decade => format!("the {}s", d.y),
        }
    }
}

/// The strip's slots, in date order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Axis {
    /// Every slot, oldest first.
    pub slots: Vec<Slot>,
}

fn day(d: Date) -> i32 {
    d.to_days() as i32
}
fn date(n: i32) -> Date {
    Date::from_days(i64::from(n))
}

fn month_start(n: i32) -> i32 {
    let d = date(n);
    day(Date { y: d.y, m: d.m, d: 1 })
}
fn next_month(n: i32) -> i32 {
    day(date(month_start(n)).add_months(1))
}
fn year_of(n: i32) -> i32 {
    date(n).y
}
fn year_start(y: i32) -> i32 {
    day(Date { y, m: 1, d: 1 })
}

impl Axis {
    /// The axis for items starting on `days` (any order, duplicates welcome).
    pub fn build(days: &[i32]) -> Axis {
        let mut days: Vec<i32> = days.to_vec();
        crate::sort::by_key(&mut days, |&d| crate::sort::day_key(d));
        if days.is_empty() {
            return Axis::default();
        }
        // Clusters: runs of days without a gap longer than GAP. The focus is the one with most items.
        let (mut best, mut best_n) = ((0usize, 0usize), 0usize);
        let mut start = 0usize;
        for i in 1..=days.len() {
            if i == days.len() || days[i] - days[i - 1] > GAP {
                let n = i - start;
                if n >= best_n {
                    best = (start, i - 1);
                    best_n = n;
                }
                start = i;
            }
        }
        let (f0, f1) = (days[best.0], days[best.1]);
        // At least a week of focus, centred on the cluster.
        let (f0, f1) = if f1 - f0 < 6 { (f0 - (6 - (f1 - f0)) / 2, f0 - (6 - (f1 - f0)) / 2 + 6) } else { (f0, f1) };
        let span = f1 - f0 + 1;
        let mut focus = Vec::new();
        if span <= 92 {
            focus.extend((f0..=f1).map(|d| Slot { start: d, end: d, unit: Unit::Day, zone: Zone::Focus }));
        } else if span <= 730 {
            let mut s = f0 - i32::from(date(f0).weekday().index());
            while s <= f1 {
                focus.push(Slot { start: s, end: s + 6, unit: Unit::Week, zone: Zone::Focus });
                s += 7;
            }
        } else if span <= 3653 {
            let mut s = month_start(f0);
            while s <= f1 {
                let e = next_month(s);
                focus.push(Slot { start: s, end: e - 1, unit: Unit::Month, zone: Zone::Focus });
                s = e;
            }
        } else {
            // Over ten years of unbroken reporting: years, or decades past a century, so the strip
            // keeps about a hundred bars at most however long the corpus runs.
            let step = if span <= 36525 { 1 } else { 10 };
            let unit = if step == 1 { Unit::Year } else { Unit::Decade };
            let mut y = year_of(f0).div_euclid(step) * step;
            while year_start(y) <= f1 {
                focus.push(Slot { start: year_start(y), end: year_start(y + step) - 1, unit, zone: Zone::Focus });
                y += step;
            }
        }
        let (fs, fe) = (focus[0].start, focus[focus.len() - 1].end);
        let before: Vec<i32> = days.iter().copied().filter(|&d| d < fs).collect();
        let after: Vec<i32> = days.iter().copied().filter(|&d| d > fe).collect();
        let mut slots = overview(&before, Zone::Before, fs - 1, fe + 1);
        slots.extend(focus);
        slots.extend(overview(&after, Zone::After, fs - 1, fe + 1));
        Axis { slots }
    }

    /// The slot containing `day`, if any.
    pub fn slot_of(&self, day: i32) -> Option<usize> {
        let i = self.slots.partition_point(|s| s.start <= day).checked_sub(1)?;
        (self.slots[i].end >= day).then_some(i)
    }

    /// The slots a date range covers (inclusive), when it touches any.
    pub fn slots_between(&self, from: Option<i32>, to: Option<i32>) -> Option<(usize, usize)> {
        if self.slots.is_empty() {
            return None;
        }
        let a = from.map_or(0, |f| self.slots.partition_point(|s| s.end < f));
        let b = to.map_or(self.slots.len(), |t| self.slots.partition_point(|s| s.start <= t));
        (a < b).then(|| (a, b - 1))
    }
}

/// Year (or decade, when there are more than ten years) slots for the days outside the focus,
/// clipped so they never overlap it (`last_before` / `first_after` bound the focus).
fn overview(days: &[i32], zone: Zone, last_before: i32, first_after: i32) -> Vec<Slot> {
    let mut years: Vec<i32> = days.iter().map(|&d| year_of(d)).collect();
    years.dedup();
    let decades = years.len() > 10;
    let mut slots: Vec<Slot> = Vec::new();
    for y in years {
        let (unit, y0, y1) = if decades {
            let y0 = y.div_euclid(10) * 10;
            (Unit::Decade, y0, y0 + 10)
        } else {
            (Unit::Year, y, y + 1)
        };
        let mut s = Slot { start: year_start(y0), end: year_start(y1) - 1, unit, zone };
        if slots.last().is_some_and(|l| l.start == s.start) {
            continue;
        }
        match zone {
            Zone::Before => s.end = s.end.min(last_before),
            Zone::After => s.start = s.start.max(first_after),
            Zone::Focus => {}
        }
        slots.push(s);
    }
    slots
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, dd: u8) -> i32 {
        day(Date::new(y, m, dd).unwrap())
    }

    #[test]
    fn decades_of_unbroken_reporting_keep_the_strip_short() {
        for (years, unit) in [(8, Unit::Month), (40, Unit::Year), (300, Unit::Decade)] {
            let days: Vec<i32> = (0..years * 12).map(|m| d(1900 + m / 12, (m % 12 + 1) as u8, 15)).collect();
            let axis = Axis::build(&days);
            assert!(axis.slots.len() <= 120, "{years} years: {} slots", axis.slots.len());
            assert!(axis.slots.iter().all(|s| s.unit == unit), "{years} years are shown by {unit:?}");
            for &x in &days {
                assert!(axis.slot_of(x).is_some(), "every item day has a slot");
            }
            for w in axis.slots.windows(2) {
                assert!(w[0].end < w[1].start);
            }
        }
    }

    #[test]
    fn background_years_do_not_squash_the_busy_weeks() {
        let mut days = vec![d(1992, 5, 15), d(1999, 1, 1), d(2012, 6, 1), d(2021, 9, 1)];
        for dd in 2..=13 {
            days.push(d(2022, 1, dd));
            days.push(d(2022, 1, dd));
        }
        days.push(d(2022, 2, 4));
        let axis = Axis::build(&days);
        let focus: Vec<&Slot> = axis.slots.iter().filter(|s| s.zone == Zone::Focus).collect();
        assert_eq!(focus.first().unwrap().start, d(2022, 1, 2));
        assert_eq!(focus.last().unwrap().start, d(2022, 2, 4));
        assert!(focus.iter().all(|s| s.unit == Unit::Day));
        let before: Vec<String> = axis.slots.iter().filter(|s| s.zone == Zone::Before).map(Slot::describe).collect();
        assert_eq!(before, vec!["1992", "1999", "2012", "2021"]);
        for w in axis.slots.windows(2) {
            assert!(w[0].end < w[1].start, "slots are ordered and disjoint: {w:?}");
        }
        for &x in &days {
            assert!(axis.slot_of(x).is_some(), "every item day has a slot");
        }
    }

    #[test]
    fn the_year_slot_next_to_the_focus_is_clipped() {
        let mut days = vec![d(2022, 3, 1)];
        days.extend((0..30).map(|i| d(2022, 6, 1) + i));
        let axis = Axis::build(&days);
        let first_focus = axis.slots.iter().position(|s| s.zone == Zone::Focus).unwrap();
        assert_eq!(first_focus, 1, "a date three months off is its own cluster");
        assert_eq!(axis.slots[0].describe(), "2022");
        assert_eq!(axis.slots[0].end, d(2022, 5, 31), "its year slot stops where the focus starts");
    }

    #[test]
    fn long_spans_use_coarser_units_and_many_years_decades() {
        let days: Vec<i32> = (0..300).map(|i| d(2020, 1, 1) + i * 2).collect();
        assert!(Axis::build(&days).slots.iter().all(|s| s.unit == Unit::Week));
        let days: Vec<i32> = (0..2000).map(|i| d(2015, 1, 1) + i).collect();
        assert!(Axis::build(&days).slots.iter().all(|s| s.unit == Unit::Month));
        let mut days: Vec<i32> = (1900..1960).map(|y| d(y, 6, 1)).collect();
        days.extend((0..20).map(|i| d(2022, 1, 1) + i));
        let axis = Axis::build(&days);
        assert!(axis.slots.iter().filter(|s| s.zone == Zone::Before).all(|s| s.unit == Unit::Decade));
        assert_eq!(axis.slots.iter().filter(|s| s.zone == Zone::Before).count(), 6);
    }

    #[test]
    fn single_day_and_empty_inputs() {
        assert!(Axis::build(&[]).slots.is_empty());
        let axis = Axis::build(&[d(2022, 1, 5)]);
        assert_eq!(axis.slots.len(), 7, "a lone day gets a week of context");
        assert_eq!(axis.slot_of(d(2022, 1, 5)).map(|i| axis.slots[i].start), Some(d(2022, 1, 5)));
    }

    #[test]
    fn date_ranges_map_to_slot_ranges() {
        let days: Vec<i32> = (0..10).map(|i| d(2022, 1, 1) + i).collect();
        let axis = Axis::build(&days);
        assert_eq!(axis.slots_between(None, None), Some((0, 9)));
        assert_eq!(axis.slots_between(Some(d(2022, 1, 3)), Some(d(2022, 1, 5))), Some((2, 4)));
        assert_eq!(axis.slots_between(Some(d(2023, 1, 3)), None), None);
    }
}
