//! Money as a person types it: each amount with its own unit (yen, or 万円 as the ISA sheet
//! writes), and a written unit winning over the field's ("780万", "780万円", "780 万",
//! "7.8M", "1億2000万", "¥7,800,000"). Changing a field's unit re-reads what was typed:
//! `780` in yen is ¥780, and the same `780` in 万円 is ¥7,800,000 (issue #12). An amount that
//! is implausible for a year's income asks whether the other unit was meant.
//!
//! Exact: every reading is a whole number of yen from decimal text, never a float product.

use crate::rules::Value;

/// The unit a money field reads a bare number in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum MoneyUnit {
    #[default]
    Yen,
    /// 万円: units of 10,000 yen.
    Man,
}

impl MoneyUnit {
    pub const ALL: [MoneyUnit; 2] = [MoneyUnit::Yen, MoneyUnit::Man];

    pub fn code(self) -> &'static str {
        match self {
            MoneyUnit::Yen => "yen",
            MoneyUnit::Man => "man",
        }
    }
    pub fn from_code(code: &str) -> Option<MoneyUnit> {
        MoneyUnit::ALL.into_iter().find(|unit| unit.code() == code)
    }
    fn exponent(self) -> u32 {
        match self {
            MoneyUnit::Yen => 0,
            MoneyUnit::Man => 4,
        }
    }
    fn other(self) -> MoneyUnit {
        match self {
            MoneyUnit::Yen => MoneyUnit::Man,
            MoneyUnit::Man => MoneyUnit::Yen,
        }
    }
}

/// One money field: the text as typed, and the unit a bare number is read in.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Money {
    pub text: String,
    pub unit: MoneyUnit,
}

/// A field in yen holding this text (the default unit).
impl From<&str> for Money {
    fn from(text: &str) -> Money {
        Money::new(text, MoneyUnit::Yen)
    }
}

/// What a money field holds, read.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Reading {
    Empty,
    /// A whole number of yen (possibly negative: the rules say why that is wrong).
    Yen(f64),
    /// Not an amount; the rules get the text and report it on the field.
    Unreadable,
}

/// "Did you mean …?": the same text read in the other unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Suggestion {
    /// The amount as now read.
    pub read_yen: f64,
    /// The unit to switch to, and the amount it gives.
    pub unit: MoneyUnit,
    pub yen: f64,
}

/// Below this, a year's income typed as a bare number in yen was almost surely meant in 万円
/// (¥100,000 a year is a fortieth of the lowest salary band).
const IMPLAUSIBLY_LOW_YEN: f64 = 100_000.0;
/// From this, a year's income typed in 万円 was almost surely meant in yen (¥1 billion).
const IMPLAUSIBLY_HIGH_YEN: f64 = 1_000_000_000.0;

impl Money {
    pub fn new(text: impl Into<String>, unit: MoneyUnit) -> Money {
        Money {
            text: text.into(),
            unit,
        }
    }

    /// A field showing `yen` in `unit` ("650" in 万円 for ¥6,500,000).
    pub fn of_yen(yen: f64, unit: MoneyUnit) -> Money {
        let text = match unit {
            MoneyUnit::Yen => format!("{yen}"),
            MoneyUnit::Man => {
                let text = format!("{:.4}", yen / 10_000.0);
                text.trim_end_matches('0').trim_end_matches('.').to_owned()
            }
        };
        Money { text, unit }
    }

    pub fn read(&self) -> Reading {
        read(&self.text, self.unit)
    }

    /// The profile's value: a number of yen, the text itself when unreadable (the rules then
    /// name the field), nothing when empty.
    pub fn to_value(&self) -> Option<Value> {
        match self.read() {
            Reading::Empty => None,
            Reading::Yen(yen) => Some(Value::Number(yen)),
            Reading::Unreadable => Some(Value::String(self.text.clone())),
        }
    }

    /// When a bare number reads as an implausible year's income in this unit and a
    /// plausible one in the other, the other reading (a written unit is never second-guessed).
    pub fn suggestion(&self) -> Option<Suggestion> {
        let Reading::Yen(read_yen) = self.read() else {
            return None;
        };
        if has_written_unit(&self.text) || read_yen <= 0.0 {
            return None;
        }
        let implausible = match self.unit {
            MoneyUnit::Yen => read_yen < IMPLAUSIBLY_LOW_YEN,
            MoneyUnit::Man => read_yen >= IMPLAUSIBLY_HIGH_YEN,
        };
        let unit = self.unit.other();
        match read(&self.text, unit) {
            Reading::Yen(yen)
                if implausible && (IMPLAUSIBLY_LOW_YEN..IMPLAUSIBLY_HIGH_YEN).contains(&yen) =>
            {
                Some(Suggestion {
                    read_yen,
                    unit,
                    yen,
                })
            }
            _ => None,
        }
    }
}

/// Full-width digits as ASCII; separators, spaces, currency signs and 円 removed:
/// "６５０，０００円" → "650000". Shared by every number field of the form.
pub fn normalise_number(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '０'..='９' => u32::from(c)
                .checked_sub(u32::from('０'))
                .and_then(|d| char::from_digit(d, 10)),
            '．' => Some('.'),
            '－' | '−' => Some('-'),
            ',' | '，' | '_' | '\'' | ' ' | '\u{3000}' | '¥' | '￥' | '円' | '元' => None,
            c => Some(c),
        })
        .collect()
}

/// A decimal number times 10^`exponent`, exactly, as a whole number ("650.5" × 10⁴ →
/// 6,505,000); `None` for anything else (a fraction of a yen, letters…).
pub fn scaled_integer(text: &str, exponent: u32) -> Option<f64> {
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    let valid = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    let width = usize::try_from(exponent).unwrap_or(0);
    if whole.is_empty() && fraction.is_empty()
        || !valid(whole)
        || !valid(fraction)
        || fraction.len() > width
    {
        return None;
    }
    let value = crate::widget::decimal::parse(&format!("{whole}{fraction:0<width$}"))?;
    Some(if negative { -value } else { value })
}

/// The written units, by the power of ten they stand for. Japanese 億 and 万 may follow one
/// another ("1億2000万"); a Latin one ends the amount ("7.8M", "7800k", "7.8 million").
const JAPANESE_UNITS: [(char, u32); 4] = [('億', 8), ('亿', 8), ('万', 4), ('萬', 4)];
const LATIN_UNITS: [(&str, u32); 5] = [("million", 6), ("mn", 6), ("m", 6), ("man", 4), ("k", 3)];

fn has_written_unit(text: &str) -> bool {
    let normal = normalise_number(text).to_lowercase();
    normal
        .chars()
        .any(|c| JAPANESE_UNITS.iter().any(|(u, _)| *u == c))
        || LATIN_UNITS.iter().any(|(u, _)| normal.ends_with(u))
}

/// Reads a money text in `unit`: see the module's examples.
pub fn read(text: &str, unit: MoneyUnit) -> Reading {
    let normal = normalise_number(text.trim()).to_lowercase();
    if normal.is_empty() {
        return Reading::Empty;
    }
    let (negative, rest) = match normal.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, normal.as_str()),
    };
    let amount = if let Some((number, exponent)) = LATIN_UNITS
        .iter()
        .find_map(|(suffix, exponent)| Some((rest.strip_suffix(suffix)?, *exponent)))
    {
        scaled_integer(number, exponent)
    } else if rest
        .chars()
        .any(|c| JAPANESE_UNITS.iter().any(|(u, _)| *u == c))
    {
        japanese_amount(rest)
    } else {
        scaled_integer(rest, unit.exponent())
    };
    match amount {
        Some(yen) => Reading::Yen(if negative { -yen } else { yen }),
        None => Reading::Unreadable,
    }
}

/// "1億2000万" → 120,000,000; "780万5000" → 7,805,000; each unit at most once, largest first.
fn japanese_amount(text: &str) -> Option<f64> {
    let mut total = 0.0;
    let mut rest = text;
    let mut smallest = u32::MAX;
    while !rest.is_empty() {
        let Some((index, exponent, width)) = rest.char_indices().find_map(|(i, c)| {
            JAPANESE_UNITS
                .iter()
                .find(|(u, _)| *u == c)
                .map(|(_, e)| (i, *e, c.len_utf8()))
        }) else {
            // What follows the last unit is plain yen ("780万5000").
            let below = 10f64.powi(i32::try_from(smallest).ok()?);
            return scaled_integer(rest, 0)
                .filter(|yen| *yen < below)
                .map(|yen| total + yen);
        };
        if exponent >= smallest {
            return None;
        }
        let number = rest.get(..index)?;
        total += scaled_integer(number, exponent)?;
        smallest = exponent;
        rest = rest.get(index.checked_add(width)?..)?;
    }
    Some(total)
}
