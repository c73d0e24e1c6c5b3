//! The form's decimal reader against `str::parse::<f64>` (proptest): the same double for
//! everything with at most 15 significant digits and a power of ten within ±22; within one
//! unit in the last place for longer numbers of the sizes people type; a relative error
//! below 10⁻¹⁴ anywhere else; and the same verdict on what is a number at all.

use hsp_pr::widget::decimal::parse;
use proptest::prelude::*;

fn std_parse(text: &str) -> Option<f64> {
    text.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// Units in the last place between two doubles of the same sign.
fn ulps(a: f64, b: f64) -> u64 {
    a.to_bits().abs_diff(b.to_bits())
}

/// A decimal with at most 15 significant digits, the point anywhere in them, leading zeros,
/// a sign and an exponent, so that the power of ten stays within ±22.
fn short_decimal() -> impl Strategy<Value = String> {
    (
        prop::sample::select(vec!["", "-", "+"]),
        0_u64..=999_999_999_999_999,
        0_usize..=15,
        0_usize..=3,
        -7_i32..=7,
        any::<bool>(),
    )
        .prop_map(|(sign, mantissa, decimals, zeros, exponent, upper)| {
            let digits = format!(
                "{}{mantissa:0>width$}",
                "0".repeat(zeros),
                width = decimals + 1
            );
            let (whole, fraction) = digits.split_at(digits.len() - decimals);
            let point = if decimals > 0 {
                format!("{whole}.{fraction}")
            } else {
                whole.to_owned()
            };
            let e = if exponent == 0 {
                String::new()
            } else {
                format!("{}{exponent}", if upper { "E" } else { "e" })
            };
            format!("{sign}{point}{e}")
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn short_decimals_read_exactly_as_std_reads_them(text in short_decimal()) {
        prop_assert_eq!(parse(&text).map(f64::to_bits), std_parse(&text).map(f64::to_bits), "{}", text);
    }

    #[test]
    fn long_decimals_of_typed_sizes_within_one_unit_in_the_last_place(
        text in "[+-]?[0-9]{1,22}(\\.[0-9]{0,12})?([eE][+-]?[0-5])?"
    ) {
        let (ours, theirs) = (parse(&text), std_parse(&text));
        prop_assert_eq!(ours.is_some(), theirs.is_some(), "{}", text);
        if let (Some(ours), Some(theirs)) = (ours, theirs) {
            prop_assert!(ulps(ours, theirs) <= 1, "{}: {} vs {}", text, ours, theirs);
        }
    }

    #[test]
    fn any_long_decimal_within_a_relative_error_of_1e_14(
        text in "[+-]?[0-9]{1,40}(\\.[0-9]{0,40})?([eE][+-]?[0-9]{1,3})?"
    ) {
        let (ours, theirs) = (parse(&text), std_parse(&text));
        prop_assert_eq!(ours.is_some(), theirs.is_some(), "{}", text);
        if let (Some(ours), Some(theirs)) = (ours, theirs) {
            // Subnormal doubles (below 2.2e-308) are no amount, age or count: only their
            // being tiny matters.
            if theirs.abs() >= f64::MIN_POSITIVE {
                prop_assert!(((ours - theirs) / theirs).abs() < 1e-14, "{}: {} vs {}", text, ours, theirs);
            } else {
                prop_assert!(ours.abs() < 1e-300, "{}: {}", text, ours);
            }
        }
    }

    #[test]
    fn the_same_verdict_on_what_is_a_number(text in "[-+0-9.eE]{0,12}|\\PC{0,12}") {
        prop_assert_eq!(parse(&text).is_some(), std_parse(&text).is_some(), "{}", text);
    }
}
