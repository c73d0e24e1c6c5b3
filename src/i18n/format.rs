//! Money, dates and points as each language writes them, from its conventions (`lang.*` of
//! its file; DESIGN.md "Text and fonts"; the glossaries' style notes): ¥6,500,000 in English,
//! 650万円 in Japanese, 650万日元 and 650萬日圓 in Chinese, 650만 엔 in Korean, 6,5 triệu yên in
//! Vietnamese; 1 Apr 2025, 2025年4月1日, 2025년 4월 1일, 1/4/2025.

use super::{Conventions, Lang};
use crate::rules::Date;

/// `1234567` → `1,234,567` (or with the language's separator).
fn grouped(n: u64, separator: &str) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len().saturating_mul(2));
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && digits.len().saturating_sub(i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// `1234567` → `1,234,567`.
pub fn group(n: u64) -> String {
    grouped(n, ",")
}

/// The number of an amount: "6,500,000", "650万", "654万3,210", "6,5 triệu".
fn amount(c: &Conventions, yen: u64) -> String {
    let group = |n| grouped(n, c.group);
    if let Some(man) = c.myriad {
        // As the ISA sheet counts: in 万 (10,000), with the remainder when there is one. The
        // unit carries its own spacing (Korean "만 ": 650만 엔, 654만 3,210엔).
        return match (yen / 10_000, yen % 10_000) {
            (0, rest) => group(rest),
            (whole, 0) => format!("{}{man}", group(whole)),
            (whole, rest) => format!("{}{man}{}", group(whole), group(rest)),
        };
    }
    if let (Some(million), Some(decimal)) = (c.million, c.decimal) {
        // In millions down to the ten thousand (6,5 triệu; 6,54 triệu), else in full.
        let (whole, rest) = (yen / 1_000_000, yen % 1_000_000);
        if whole > 0 && rest % 10_000 == 0 {
            let hundredths = rest / 10_000;
            let fraction = match (hundredths / 10, hundredths % 10) {
                (0, 0) => String::new(),
                (tenths, 0) => format!("{decimal}{tenths}"),
                _ => format!("{decimal}{hundredths:02}"),
            };
            return format!("{}{fraction} {million}", group(whole));
        }
    }
    group(yen)
}

/// Yen in the language's convention.
pub fn yen(lang: Lang, yen: u64) -> String {
    let c = lang.conventions();
    c.yen.replacen("{}", &amount(c, yen), 1)
}

/// A day in the language's convention.
pub fn date(lang: Lang, date: Date) -> String {
    let c = lang.conventions();
    let month = usize::try_from(date.month().saturating_sub(1)).unwrap_or(0);
    c.date
        .replace("{mon}", c.months.get(month).copied().unwrap_or(""))
        .replace("{d}", &date.day().to_string())
        .replace("{m}", &date.month().to_string())
        .replace("{y}", &date.year().to_string())
}

/// A month (1–12) of a year: "December 2026", "2026年12月", "tháng 12/2026"; `None` for
/// a month out of range.
pub fn month_year(lang: Lang, year: &str, month: usize) -> Option<String> {
    let c = lang.conventions();
    let name = c.months_long.get(month.checked_sub(1)?).copied();
    if c.month_year.contains("{month}") && name.is_none() || !(1..=12).contains(&month) {
        return None;
    }
    Some(
        c.month_year
            .replace("{month}", name.unwrap_or(""))
            .replace("{m}", &month.to_string())
            .replace("{y}", year),
    )
}

/// "75 points" / "75点" / "75分" / "75점" / "75 điểm".
pub fn points(lang: Lang, n: u32) -> String {
    let c = lang.conventions();
    if n == 1 {
        return c.point_one.to_owned();
    }
    c.points.replacen("{}", &n.to_string(), 1)
}

/// A word with a remark after it, in the language's brackets: "Yes (2 workers)",
/// "可（2人）".
pub fn aside(lang: Lang, text: &str, remark: &str) -> String {
    super::fill(lang.conventions().aside, &[text, remark])
}

/// The language's list comma: ", ", "、", "，".
pub fn comma(lang: Lang) -> &'static str {
    lang.conventions().comma
}

/// "+15" for a gain.
pub fn gain(n: u32) -> String {
    format!("+{n}")
}

#[cfg(test)]
#[allow(clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn money_in_each_language() {
        assert_eq!(yen(Lang::En, 6_500_000), "¥6,500,000");
        assert_eq!(yen(Lang::En, 0), "¥0");
        assert_eq!(yen(Lang::Ja, 6_500_000), "650万円");
        assert_eq!(yen(Lang::Ja, 10_000_000), "1,000万円");
        assert_eq!(yen(Lang::Ja, 6_543_210), "654万3,210円");
        assert_eq!(yen(Lang::Ja, 9_999), "9,999円");
        assert_eq!(yen(Lang::ZhHans, 8_000_000), "800万日元");
        assert_eq!(yen(Lang::ZhHant, 6_500_000), "650萬日圓");
        assert_eq!(yen(Lang::ZhHant, 10_000_000), "1,000萬日圓");
        assert_eq!(yen(Lang::Ko, 6_500_000), "650만 엔");
        assert_eq!(yen(Lang::Ko, 200_000), "20만 엔");
        assert_eq!(yen(Lang::Ko, 6_543_210), "654만 3,210엔");
        assert_eq!(yen(Lang::Ko, 9_999), "9,999엔");
        assert_eq!(yen(Lang::Vi, 6_500_000), "6,5 triệu yên");
        assert_eq!(yen(Lang::Vi, 10_000_000), "10 triệu yên");
        assert_eq!(yen(Lang::Vi, 100_000_000), "100 triệu yên");
        assert_eq!(yen(Lang::Vi, 6_540_000), "6,54 triệu yên");
        assert_eq!(yen(Lang::Vi, 6_050_000), "6,05 triệu yên");
        assert_eq!(yen(Lang::Vi, 1_000_000_000), "1.000 triệu yên");
        assert_eq!(yen(Lang::Vi, 200_000), "200.000 yên");
        assert_eq!(yen(Lang::Vi, 6_543_210), "6.543.210 yên");
        assert_eq!(yen(Lang::Vi, 0), "0 yên");
    }

    #[test]
    fn dates_in_each_language() {
        let d = Date::new(2025, 4, 1).expect("date");
        assert_eq!(date(Lang::En, d), "1 Apr 2025");
        assert_eq!(date(Lang::Ja, d), "2025年4月1日");
        assert_eq!(date(Lang::ZhHans, d), "2025年4月1日");
        assert_eq!(date(Lang::ZhHant, d), "2025年4月1日");
        assert_eq!(date(Lang::Ko, d), "2025년 4월 1일");
        assert_eq!(date(Lang::Vi, d), "1/4/2025");
        let december = Date::new(2026, 12, 31).expect("date");
        assert_eq!(date(Lang::En, december), "31 Dec 2026");
    }

    #[test]
    fn months_in_each_language() {
        assert_eq!(
            month_year(Lang::En, "2026", 12).as_deref(),
            Some("December 2026")
        );
        assert_eq!(
            month_year(Lang::Ja, "2026", 1).as_deref(),
            Some("2026年1月")
        );
        assert_eq!(
            month_year(Lang::Ko, "2026", 1).as_deref(),
            Some("2026년 1월")
        );
        assert_eq!(
            month_year(Lang::Vi, "2026", 1).as_deref(),
            Some("tháng 1/2026")
        );
        assert_eq!(month_year(Lang::En, "2026", 0), None);
        assert_eq!(month_year(Lang::Ja, "2026", 13), None);
    }

    #[test]
    fn points_in_each_language() {
        let all: Vec<String> = Lang::ALL.iter().map(|l| points(*l, 75)).collect();
        assert_eq!(
            all,
            ["75 points", "75点", "75分", "75分", "75점", "75 điểm"]
        );
        assert_eq!(points(Lang::En, 1), "1 point");
        assert_eq!(points(Lang::Vi, 1), "1 điểm");
    }

    #[test]
    fn asides_in_each_language() {
        assert_eq!(aside(Lang::En, "Yes", "2 workers"), "Yes (2 workers)");
        assert_eq!(aside(Lang::Ja, "可", "2人"), "可（2人）");
        assert_eq!(aside(Lang::Ko, "가능", "2명"), "가능(2명)");
        assert_eq!(comma(Lang::ZhHans), "，");
    }
}
