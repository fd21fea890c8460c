//! Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01).

/// Month names, January first.
pub const MONTHS: [&str; 12] = [
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

/// Weekday names, Monday first.
pub const WEEKDAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/// The day number of a civil date.
pub fn days(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The civil date `(year, month 1–12, day 1–31)` of a day number.
pub fn civil(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

/// 0 = Monday … 6 = Sunday.
pub fn weekday(z: i64) -> usize {
    // 1970-01-01 was a Thursday.
    (z + 3).rem_euclid(7) as usize
}

/// `January 5`.
pub fn month_day(z: i64) -> String {
    let (_, m, d) = civil(z);
    format!("{} {d}", MONTHS[m as usize - 1])
}

/// `January 5, 2022`.
pub fn long(z: i64) -> String {
    let (y, m, d) = civil(z);
    format!("{} {d}, {y}", MONTHS[m as usize - 1])
}

/// `2022-01-05`.
pub fn iso(z: i64) -> String {
    let (y, m, d) = civil(z);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_weekdays() {
        for z in -1000..40_000 {
            let (y, m, d) = civil(z);
            assert_eq!(days(y, m, d), z);
        }
        // 2022-01-07 was a Friday.
        assert_eq!(WEEKDAYS[weekday(days(2022, 1, 7))], "Friday");
        assert_eq!(long(days(2024, 2, 29)), "February 29, 2024");
    }
}
