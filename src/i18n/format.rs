//! Money and dates as each language writes them (DESIGN.md "Text and fonts"; GLOSSARY style
//! notes): ¥6,500,000 in English, 650万円 in Japanese, 650万日元 in Chinese; 1 Apr 2025 and
//! 2025年4月1日.

use super::Lang;
use crate::rules::Date;

/// `1234567` → `1,234,567`.
pub fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len().saturating_mul(2));
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && digits.len().saturating_sub(i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Yen in the language's convention. Japanese and Chinese count in 万 (10,000) as the ISA
/// sheet does ("800万円"), with the remainder when there is one.
pub fn yen(lang: Lang, amount: u64) -> String {
    match lang {
        Lang::En => format!("¥{}", group(amount)),
        Lang::Ja | Lang::Zh => {
            let suffix = if lang == Lang::Ja { "円" } else { "日元" };
            let (man, rest) = (amount / 10_000, amount % 10_000);
            match (man, rest) {
                (0, rest) => format!("{}{suffix}", group(rest)),
                (man, 0) => format!("{}万{suffix}", group(man)),
                (man, rest) => format!("{}万{}{suffix}", group(man), group(rest)),
            }
        }
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub fn date(lang: Lang, date: Date) -> String {
    match lang {
        Lang::En => {
            let index = usize::try_from(date.month().saturating_sub(1)).unwrap_or(0);
            let month = MONTHS.get(index).copied().unwrap_or("");
            format!("{} {} {}", date.day(), month, date.year())
        }
        Lang::Ja | Lang::Zh => format!("{}年{}月{}日", date.year(), date.month(), date.day()),
    }
}

/// "75 points" / "75点" / "75分".
pub fn points(lang: Lang, n: u32) -> String {
    match lang {
        Lang::En if n == 1 => "1 point".to_owned(),
        Lang::En => format!("{n} points"),
        Lang::Ja => format!("{n}点"),
        Lang::Zh => format!("{n}分"),
    }
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
        assert_eq!(yen(Lang::Ja, 6_500_000), "650万円");
        assert_eq!(yen(Lang::Ja, 10_000_000), "1,000万円");
        assert_eq!(yen(Lang::Ja, 6_543_210), "654万3,210円");
        assert_eq!(yen(Lang::Ja, 9_999), "9,999円");
        assert_eq!(yen(Lang::Zh, 8_000_000), "800万日元");
        assert_eq!(yen(Lang::En, 0), "¥0");
    }

    #[test]
    fn dates_in_each_language() {
        let d = Date::new(2025, 4, 1).expect("date");
        assert_eq!(date(Lang::En, d), "1 Apr 2025");
        assert_eq!(date(Lang::Ja, d), "2025年4月1日");
        assert_eq!(date(Lang::Zh, d), "2025年4月1日");
    }
}
