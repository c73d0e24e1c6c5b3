//! Decimal text to `f64`, for the numbers typed into the form, without core's float parser.
//!
//! `str::parse::<f64>` is exact for any input, and costs the widget about 15 KB of gzip: its
//! tables and its slow path for long inputs (README, Performance). The form's numbers are
//! ages, years, yen and counts. Here they are read exactly as `str::parse` reads them, that is
//! correctly rounded, whenever there are at most 15 significant digits and the power of ten
//! is within ±22 ("6,500,000", "650.5", "3.25", "1e6"). Longer inputs are read to within one
//! unit in the last place while that power stays within ±22, and to a relative error below
//! 10⁻¹⁴ beyond. Property tests (`tests/decimal.rs`) check all three against `str::parse`.

/// 10⁰ … 10²²: every one is exactly a double, so one multiplication or division by it rounds
/// once, correctly (Clinger's fast path).
const EXACT_POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// 2⁵³: every whole number up to it is exactly a double.
const EXACT_INTEGERS: u64 = 1 << 53;

/// Digits kept: 19 always fit a `u64`. The rest only move the power of ten.
const KEPT_DIGITS: u32 = 19;

/// `[+-]digits[.digits][e[+-]digits]`, or with the digits only after the point (".5"), as
/// `str::parse::<f64>` takes them; `None` for anything else, or a number too large to be
/// finite. No "inf" or "NaN": no field takes them.
pub fn parse(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, text.get(1..)?),
        Some(b'+') => (false, text.get(1..)?),
        _ => (false, text),
    };
    let (number, exponent) = match rest.find(['e', 'E']) {
        Some(at) => (rest.get(..at)?, Some(rest.get(at.checked_add(1)?..)?)),
        None => (rest, None),
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let all_digits = |part: &str| part.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !all_digits(whole) || !all_digits(fraction) {
        return None;
    }
    let exponent = match exponent {
        Some(text) => exponent_value(text)?,
        None => 0,
    };

    // The first KEPT_DIGITS significant digits as a whole number, and the power of ten that
    // puts the point back where it was.
    let mut mantissa: u64 = 0;
    let mut kept: u32 = 0;
    let mut power: i64 = exponent;
    for (digit, in_fraction) in whole
        .bytes()
        .map(|b| (b, false))
        .chain(fraction.bytes().map(|b| (b, true)))
    {
        let value = u64::from(digit.saturating_sub(b'0'));
        if kept < KEPT_DIGITS && (mantissa > 0 || value > 0) {
            mantissa = mantissa.saturating_mul(10).saturating_add(value);
            kept = kept.saturating_add(1);
            if in_fraction {
                power = power.saturating_sub(1);
            }
        } else if kept == 0 {
            // A leading zero: only its place counts.
            if in_fraction {
                power = power.saturating_sub(1);
            }
        } else if !in_fraction {
            // A whole-number digit past those kept still counts a power of ten.
            power = power.saturating_add(1);
        }
    }
    let magnitude = scale(mantissa, power);
    magnitude
        .is_finite()
        .then_some(if negative { -magnitude } else { magnitude })
}

/// The exponent after `e`: an optional sign and digits, held within ±10⁶ (far past where
/// any double ends, so no sum with it can overflow).
fn exponent_value(text: &str) -> Option<i64> {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, text.get(1..)?),
        Some(b'+') => (false, text.get(1..)?),
        _ => (false, text),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let value = digits.bytes().fold(0_i64, |value, b| {
        value
            .saturating_mul(10)
            .saturating_add(i64::from(b.saturating_sub(b'0')))
            .min(1_000_000)
    });
    Some(if negative {
        value.saturating_neg()
    } else {
        value
    })
}

/// `mantissa` × 10^`power`.
fn scale(mantissa: u64, power: i64) -> f64 {
    if mantissa == 0 {
        return 0.0;
    }
    // A u64 to f64 conversion rounds to nearest: exact up to 2^53.
    #[allow(clippy::cast_precision_loss)]
    let value = mantissa as f64;
    let exact_power = usize::try_from(power.unsigned_abs())
        .ok()
        .and_then(|p| EXACT_POWERS_OF_TEN.get(p));
    match exact_power {
        Some(&ten) if mantissa <= EXACT_INTEGERS => {
            if power >= 0 {
                value * ten
            } else {
                value / ten
            }
        }
        // Outside the fast path: steps of 10²² (each within half a unit in the last place).
        _ => {
            let mut value = value;
            let mut left = power;
            while left != 0 && value.is_finite() && value != 0.0 {
                let step = left.clamp(-22, 22);
                let ten = usize::try_from(step.unsigned_abs())
                    .ok()
                    .and_then(|p| EXACT_POWERS_OF_TEN.get(p))
                    .copied()
                    .unwrap_or(1.0);
                value = if step > 0 { value * ten } else { value / ten };
                left = left.saturating_sub(step);
            }
            value
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[track_caller]
    fn same_as_std(text: &str) {
        let expected = text.parse::<f64>().ok().filter(|n| n.is_finite());
        assert_eq!(
            parse(text).map(f64::to_bits),
            expected.map(f64::to_bits),
            "{text}"
        );
    }

    #[test]
    fn reads_what_the_form_takes_exactly_as_std_does() {
        for text in [
            "0",
            "-0",
            "+7",
            "6500000",
            "650.5",
            "3.25",
            ".5",
            "5.",
            "0.1",
            "0.3",
            "1e6",
            "1E-3",
            "2.5e+3",
            "000123.4500",
            "9007199254740992",
            "123456789012345",
            "0.000001",
            "1e22",
            "1e-22",
            "-12.75",
        ] {
            same_as_std(text);
        }
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for text in [
            "", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "12a", "inf", "NaN", "--1", "1 2",
        ] {
            assert_eq!(parse(text), None, "{text}");
        }
    }

    #[test]
    fn too_large_to_be_finite_is_not_a_number() {
        assert_eq!(parse("1e400"), None);
        assert_eq!(parse("1e999999999999"), None);
        assert_eq!(parse("1e-400"), Some(0.0));
    }

    #[test]
    fn long_inputs_within_one_unit_in_the_last_place() {
        for text in [
            "2.99999999999999999999",
            "3.14159265358979323846264338327950288",
            "123456789012345678901234567890",
            "0.0000000123456789123456789",
        ] {
            let expected = text.parse::<f64>().unwrap_or(f64::NAN);
            let got = parse(text).unwrap_or(f64::NAN);
            assert!(
                got.to_bits().abs_diff(expected.to_bits()) <= 1,
                "{text}: {got} vs {expected}"
            );
        }
    }
}
