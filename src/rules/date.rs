//! Calendar dates without a clock or a time zone: the rules only ever compare days.
//!
//! CONTRACT.md "Dates": "N years after D" is the same month and day N years later, and
//! 29 February maps to 28 February in a year that has none.

use std::fmt;

/// A valid Gregorian date between [`Date::MIN`] and [`Date::MAX`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// Today's date in Japan (UTC+9), from the system clock: the rules are Japan's, and so is
    /// their calendar. For native programs (the CLI, the prerendered shell): wasm32 has no system
    /// clock (std's would panic there), so the widget asks the browser instead. It compiles on
    /// wasm32 because `cargo test --target wasm32-unknown-unknown` builds the CLI too.
    pub fn today_in_japan() -> Date {
        let seconds = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let days = seconds.saturating_add(9 * 3600) / 86_400;
        let epoch = Date::new(1970, 1, 1).unwrap_or(Date::MIN);
        epoch.add_days(i64::try_from(days).unwrap_or(0))
    }

    /// The day in Japan (UTC+9) at `millis` milliseconds after the Unix epoch, as a browser's
    /// clock gives it (`Date.now()`): the widget's and the JS API's today. A clock that is not
    /// a number counts as the epoch.
    pub fn in_japan_at_unix_millis(millis: f64) -> Date {
        let days = ((millis / 1000.0 + 9.0 * 3600.0) / 86_400.0).floor();
        let epoch = Date::new(1970, 1, 1).unwrap_or(Date::MIN);
        epoch.add_days(days as i64)
    }

    /// The earliest date any profile may mention (birth dates of people aged up to 100 in 2000).
    pub const MIN: Date = Date {
        year: 1900,
        month: 1,
        day: 1,
    };
    /// The latest date the engine projects to.
    pub const MAX: Date = Date {
        year: 2200,
        month: 12,
        day: 31,
    };

    /// A date, or `None` when the day does not exist or lies outside `MIN..=MAX`.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 {
            return None;
        }
        let month = u8::try_from(month).ok()?;
        let day = u8::try_from(day).ok()?;
        if day > days_in_month(year, month) {
            return None;
        }
        let date = Date { year, month, day };
        (Date::MIN..=Date::MAX).contains(&date).then_some(date)
    }

    /// Parses `YYYY-MM-DD` strictly (four-digit year, two-digit month and day).
    pub fn parse(text: &str) -> Option<Date> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes.get(4) != Some(&b'-') || bytes.get(7) != Some(&b'-') {
            return None;
        }
        let digits = |range: std::ops::Range<usize>| -> Option<u32> {
            let part = text.get(range)?;
            if !part.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            part.parse().ok()
        };
        let year = i32::try_from(digits(0..4)?).ok()?;
        Date::new(year, digits(5..7)?, digits(8..10)?)
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// The same month and day `years` later (or earlier when negative); 29 February becomes
    /// 28 February in a common year (CONTRACT.md "Dates"). Saturates at `MIN`/`MAX`.
    pub fn add_years(self, years: i32) -> Date {
        let year = self.year.saturating_add(years);
        let day = self.day.min(days_in_month(year, self.month));
        let date = Date {
            year,
            month: self.month,
            day,
        };
        date.clamp(Date::MIN, Date::MAX)
    }

    /// `days` days later (earlier when negative), saturating at `MIN`/`MAX`.
    pub fn add_days(self, days: i64) -> Date {
        Date::from_day_number(self.day_number().saturating_add(days))
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    // Day numbers of `MIN..=MAX` lie within ±200,000: the difference cannot overflow.
    #[allow(clippy::arithmetic_side_effects)]
    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }

    /// Completed years from `self` to `later`, counted with [`Date::add_years`]: the age on
    /// `later` of a person born on `self`. Negative when `later` is earlier.
    // Years of dates within `MIN..=MAX` (1900–2200): no overflow.
    #[allow(clippy::arithmetic_side_effects)]
    pub fn whole_years_until(self, later: Date) -> i32 {
        let mut years = later.year - self.year;
        if self.add_years(years) > later {
            years -= 1;
        } else if self.add_years(years + 1) <= later {
            years += 1;
        }
        years
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`).
    // Every intermediate value of a date in 1900–2200 is below 10^9 in i64: no overflow.
    #[allow(clippy::arithmetic_side_effects)]
    fn day_number(self) -> i64 {
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let shifted_month = (month + 9) % 12;
        let day_of_year = (153 * shifted_month + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// Inverse of `day_number` (Hinnant's `civil_from_days`), clamped to `MIN..=MAX`.
    // The input is clamped first, so every intermediate value is small: no overflow.
    #[allow(clippy::arithmetic_side_effects)]
    fn from_day_number(number: i64) -> Date {
        let number = number.clamp(Date::MIN.day_number(), Date::MAX.day_number()) + 719_468;
        let era = number.div_euclid(146_097);
        let day_of_era = number - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        };
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        // The clamp above keeps every part in range, so these conversions cannot fail.
        Date {
            year: i32::try_from(year).unwrap_or(Date::MAX.year),
            month: u8::try_from(month).unwrap_or(1),
            day: u8::try_from(day).unwrap_or(1),
        }
    }
}

fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl serde::Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
#[allow(clippy::panic, clippy::arithmetic_side_effects)]
mod tests {
    use super::*;

    #[track_caller]
    fn d(text: &str) -> Date {
        Date::parse(text).unwrap_or_else(|| panic!("bad test date {text}"))
    }

    /// Japan's day turns at 15:00 UTC; a clock that is not a number is the epoch, not a panic.
    #[test]
    fn the_day_in_japan_of_a_browser_clock() {
        // 2026-12-03T14:59:59.999Z and 15:00:00.000Z.
        let turn = 1_796_310_000_000.0;
        assert_eq!(Date::in_japan_at_unix_millis(turn - 1.0), d("2026-12-03"));
        assert_eq!(Date::in_japan_at_unix_millis(turn), d("2026-12-04"));
        assert_eq!(Date::in_japan_at_unix_millis(0.0), d("1970-01-01"));
        assert_eq!(Date::in_japan_at_unix_millis(f64::NAN), d("1970-01-01"));
    }

    #[test]
    fn parses_only_real_iso_dates() {
        assert_eq!(d("2024-02-29").to_string(), "2024-02-29");
        for bad in [
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-04-31",
            "24-04-01",
            "2024-4-01",
            "2024/04/01",
            "2024-04-01T00",
            "+024-04-01",
            "1899-12-31",
            "２０２４-04-01",
        ] {
            assert_eq!(Date::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn adding_years_maps_29_february_to_28_february() {
        assert_eq!(d("2024-02-29").add_years(1), d("2025-02-28"));
        assert_eq!(d("2024-02-29").add_years(4), d("2028-02-29"));
        assert_eq!(d("2024-02-29").add_years(-1), d("2023-02-28"));
        assert_eq!(d("2021-04-01").add_years(3), d("2024-04-01"));
    }

    #[test]
    fn whole_years_count_birthdays() {
        let birth = d("2000-02-29");
        assert_eq!(birth.whole_years_until(d("2030-02-27")), 29);
        assert_eq!(birth.whole_years_until(d("2030-02-28")), 30);
        assert_eq!(d("1996-11-27").whole_years_until(d("2026-11-26")), 29);
        assert_eq!(d("1996-11-26").whole_years_until(d("2026-11-26")), 30);
        assert_eq!(d("2026-11-26").whole_years_until(d("1996-11-26")), -30);
    }

    #[test]
    fn day_arithmetic_round_trips() {
        let start = d("1999-12-31");
        for offset in [-800_000, -1, 0, 1, 59, 60, 365, 366, 10_000] {
            let moved = start.add_days(offset);
            if moved != Date::MIN && moved != Date::MAX {
                assert_eq!(start.days_until(moved), offset);
            }
        }
        assert_eq!(d("2024-02-28").add_days(1), d("2024-02-29"));
        assert_eq!(d("2023-02-28").add_days(1), d("2023-03-01"));
        assert_eq!(Date::MAX.add_days(1), Date::MAX);
    }
}
