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
        // A fraction of a yen (which the rules refuse) stays in yen, exactly as given.
        let unit = if yen.fract() == 0.0 {
            unit
        } else {
            MoneyUnit::Yen
        };
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

/// Full-width characters as ASCII (digits, letters, point, minus), and the separators a
/// person types between digits removed: "６５０，０００" → "650000". Commas are removed
/// only where they group thousands ("7,800,000"); elsewhere ("7,8M", a decimal comma) they
/// stay, and the text is refused rather than read ten times too large. Points group
/// thousands (Vietnamese "6.500.000") only where there are two or more of them, each before
/// exactly three digits: a single point is a decimal one. Shared by every number field of
/// the form.
pub fn normalise_number(text: &str) -> String {
    let wide: String = text
        .chars()
        .map(|c| match c {
            // U+FF01–U+FF5E are the full-width forms of U+0021–U+007E.
            '\u{FF01}'..='\u{FF5E}' => u32::from(c)
                .checked_sub(0xFEE0)
                .and_then(char::from_u32)
                .unwrap_or(c),
            '−' => '-',
            c => c,
        })
        .collect();
    let grouping = separators_group_thousands(&wide, ',', 1);
    let points_group = separators_group_thousands(&wide, '.', 2);
    wide.chars()
        .filter(|c| {
            !(matches!(c, '_' | '\'' | ' ' | '\u{3000}')
                || grouping && *c == ','
                || points_group && *c == '.')
        })
        .collect()
}

/// Every run of digits and `separator`s holding one has at least `least` of them and is
/// "1–3 digits, then groups of exactly 3".
fn separators_group_thousands(text: &str, separator: char, least: usize) -> bool {
    let mut ok = true;
    let mut run = String::new();
    for c in text.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_digit() || c == separator {
            run.push(c);
            continue;
        }
        let count = run.matches(separator).count();
        if count > 0 && count < least {
            ok = false;
        } else if count >= least {
            let mut groups = run.split(separator);
            let first = groups.next().map_or(0, str::len);
            ok &= (1..=3).contains(&first) && groups.all(|g| g.len() == 3);
        }
        run.clear();
    }
    ok
}

/// Digits with at most one point, times 10^`exponent`, exactly, as a whole number
/// ("650.5" × 10⁴ → 6,505,000); `None` for anything else (a sign, a fraction of a yen,
/// letters…). Trailing zeros of the fraction do not count ("780.00" yen is 780).
pub fn scaled_integer(text: &str, exponent: u32) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let fraction = fraction.trim_end_matches('0');
    let valid = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    let width = usize::try_from(exponent).unwrap_or(0);
    if !text.bytes().any(|b| b.is_ascii_digit())
        || !valid(whole)
        || !valid(fraction)
        || fraction.len() > width
    {
        return None;
    }
    crate::widget::decimal::parse(&format!("0{whole}{fraction:0<width$}"))
}

/// The written units, by the power of ten they stand for. The myriad ones (Japanese and
/// Chinese 億 and 万, Korean 억 and 만) may follow one another ("1億2000万", "1억 2000만");
/// a word one ends the amount ("7.8M", "7800k", "7.8 million", Vietnamese "6,5 triệu").
const JAPANESE_UNITS: [(char, u32); 6] = [
    ('億', 8),
    ('亿', 8),
    ('억', 8),
    ('万', 4),
    ('萬', 4),
    ('만', 4),
];
const LATIN_UNITS: [(&str, u32); 5] = [("million", 6), ("mn", 6), ("m", 6), ("man", 4), ("k", 3)];
/// Vietnamese units, with and without their diacritics (both are typed). Vietnamese writes a
/// decimal comma, so "6,5 triệu" is 6.5 million.
const VIETNAMESE_UNITS: [(&str, u32); 8] = [
    ("tỷ", 9),
    ("tỉ", 9),
    ("triệu", 6),
    ("trieu", 6),
    ("nghìn", 3),
    ("nghin", 3),
    ("ngàn", 3),
    ("ngan", 3),
];
/// Written yen: a bare number with one of these is in yen whatever the field's unit
/// ("50000円" in a 万円 field is ¥50,000). A bare 元 is refused: alone it means yuan; a bare
/// 圓 too.
const YEN_MARKS: [&str; 9] = ["日元", "日圓", "円", "¥", "yen", "jpy", "￥", "엔", "yên"];

/// The text without its yen mark, and whether it had one.
fn strip_yen(text: &str) -> (String, bool) {
    let mut rest = text.to_owned();
    let mut found = false;
    for mark in YEN_MARKS {
        if rest.contains(mark) {
            found = true;
            rest = rest.replace(mark, "");
        }
    }
    (rest, found)
}

fn has_written_unit(text: &str) -> bool {
    let normal = normalise_number(text).to_lowercase();
    let (normal, yen) = strip_yen(&normal);
    yen || normal
        .chars()
        .any(|c| JAPANESE_UNITS.iter().any(|(u, _)| *u == c))
        || LATIN_UNITS
            .iter()
            .chain(&VIETNAMESE_UNITS)
            .any(|(u, _)| normal.ends_with(u))
}

/// Reads a money text in `unit`: see the module's examples.
pub fn read(text: &str, unit: MoneyUnit) -> Reading {
    let normal = normalise_number(text.trim()).to_lowercase();
    if normal.is_empty() {
        return Reading::Empty;
    }
    let (normal, yen_mark) = strip_yen(&normal);
    // One sign, in front; a second one anywhere is not an amount ("--780", "1億-2000万").
    let (negative, rest) = match normal.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, normal.as_str()),
    };
    if rest.contains(['-', '+']) || rest.is_empty() {
        return Reading::Unreadable;
    }
    let amount = if let Some((number, exponent)) = VIETNAMESE_UNITS
        .iter()
        .find_map(|(suffix, exponent)| Some((rest.strip_suffix(suffix)?, *exponent)))
    {
        // A comma left here is not a thousands one (normalise_number took those): decimal.
        let decimal = if number.contains('.') {
            number.to_owned()
        } else {
            number.replacen(',', ".", 1)
        };
        scaled_integer(&decimal, exponent)
    } else if let Some((number, exponent)) = LATIN_UNITS
        .iter()
        .find_map(|(suffix, exponent)| Some((rest.strip_suffix(suffix)?, *exponent)))
    {
        scaled_integer(number, exponent)
    } else if rest
        .chars()
        .any(|c| JAPANESE_UNITS.iter().any(|(u, _)| *u == c))
    {
        japanese_amount(rest)
    } else if yen_mark {
        scaled_integer(rest, 0)
    } else {
        scaled_integer(rest, unit.exponent())
    };
    match amount {
        Some(yen) => Reading::Yen(if negative { -yen } else { yen }),
        None => Reading::Unreadable,
    }
}

/// "1億2000万" → 120,000,000; "780万5000" → 7,805,000; each unit at most once, largest
/// first. A bare number right after 億 ("1億5000") is refused: said aloud it means
/// 1億5000万, written it would be read as ¥5,000.
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
            if smallest > 4 {
                return None;
            }
            // What follows 万 is plain yen, under 10,000 ("780万5000").
            return scaled_integer(rest, 0)
                .filter(|yen| *yen < 10_000.0)
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
