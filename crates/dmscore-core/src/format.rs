//! How numbers read in reasons: values as typed (no float noise), and
//! percentages to one decimal place that never misstate the threshold.

use rust_decimal::{Decimal, RoundingStrategy};

/// A value as a clinician would write it: `1200`, `12.5`, `0.75`.
pub fn value(v: Decimal) -> String {
    v.normalize().to_string()
}

/// The 50 % threshold every criterion uses.
pub fn half_threshold() -> Decimal {
    Decimal::from(50)
}

/// Rounds a percentage to `places` decimals, half away from zero, except that
/// a value short of 50 % is cut rather than rounded up to 50, so a criterion
/// that is not met never *shows* the threshold (49.96 → 49.9, not 50.0).
pub fn rounded_percent(percent: Decimal, places: u32) -> Decimal {
    let rounded = percent.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero);
    if percent < half_threshold() && rounded >= half_threshold() {
        percent.round_dp_with_strategy(places, RoundingStrategy::ToZero)
    } else {
        rounded
    }
}

/// A percentage for reading: one decimal place, e.g. `58.3`, or `−7.7`
/// for a change the wrong way.
pub fn percent(percent: Decimal) -> String {
    signed(rounded_percent(percent, 1), 1)
}

/// `shown` with `places` decimals and a true minus sign (U+2212), as in
/// the worked formulas beside it: a hyphen reads as a dash.
fn signed(shown: Decimal, places: usize) -> String {
    if shown < Decimal::ZERO {
        format!("\u{2212}{:.*}", places, -shown)
    } else {
        format!("{:.*}", places, shown)
    }
}

/// Rounds a percentage for reading so that it falls in the same class
/// (band, or side of a cut-off) as the exact value: `min_places` decimals
/// when those do, more (up to twelve) when rounding would carry it onto a
/// cut-off it does not reach, e.g. 5.04 % shows as 5.04, not 5.0, where 5 %
/// is a band's top. `class` is the exact value's class, decided without
/// division by the rule itself.
pub fn rounded_within<T: PartialEq>(
    exact: Decimal,
    min_places: u32,
    class: T,
    classify: impl Fn(Decimal) -> T,
) -> Decimal {
    (min_places..=12)
        .map(|places| exact.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero))
        .find(|shown| classify(*shown) == class)
        .unwrap_or(exact)
}

/// [`rounded_within`] at one decimal place or more, as text: `30.0`, `5.04`.
pub fn percent_within<T: PartialEq>(
    exact: Decimal,
    class: T,
    classify: impl Fn(Decimal) -> T,
) -> String {
    let shown = rounded_within(exact, 1, class, classify);
    signed(shown, (shown.scale() as usize).max(1))
}

/// "CK", "CK and MMT", "CK, MMT and DSSI".
pub fn join_and(items: &[&str]) -> String {
    join_last(items, "and")
}

/// The parts with the separator between them, as `[S]::join` gives them.
/// Written out because the pages ship it: the standard `join` is
/// specialised for each separator length, and its two copies (`String`
/// and `&str` parts) cost the calculator's first load 281 B gzip.
pub fn joined<S: AsRef<str>>(parts: &[S], separator: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(separator);
        }
        out.push_str(part.as_ref());
    }
    out
}

/// "aldolase, ldh, ast or alt".
pub fn join_or(items: &[&str]) -> String {
    join_last(items, "or")
}

fn join_last(items: &[&str], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} {word} {last}", joined(init, ", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn values_read_as_typed() {
        assert_eq!(value(d("1200")), "1200");
        assert_eq!(value(d("12.50")), "12.5");
        assert_eq!(value(d("0.75")), "0.75");
    }

    #[test]
    fn percent_rounds_half_away_but_never_up_to_the_threshold() {
        assert_eq!(percent(d("58.3333")), "58.3");
        assert_eq!(percent(d("58.35")), "58.4");
        assert_eq!(percent(d("60")), "60.0");
        assert_eq!(percent(d("-12.25")), "\u{2212}12.3");
        assert_eq!(percent(d("-0.04")), "0.0");
        assert_eq!(percent(d("49.96")), "49.9");
        assert_eq!(percent(d("49.9999999")), "49.9");
        assert_eq!(percent(d("50")), "50.0");
        assert_eq!(rounded_percent(d("49.996"), 2), d("49.99"));
        assert_eq!(rounded_percent(d("58.333"), 2), d("58.33"));
    }

    #[test]
    fn a_percentage_never_shows_a_cut_off_it_does_not_reach() {
        let above_5 = |p: Decimal| p > d("5");
        assert_eq!(percent_within(d("5.04"), true, above_5), "5.04");
        assert_eq!(percent_within(d("5.0000004"), true, above_5), "5.0000004");
        assert_eq!(percent_within(d("4.96"), false, above_5), "5.0");
        assert_eq!(percent_within(d("30"), true, above_5), "30.0");
        assert_eq!(percent_within(d("-30"), false, above_5), "\u{2212}30.0");
        assert_eq!(percent_within(d("-0.0004"), false, above_5), "0.0");
        assert_eq!(percent_within(d("16.6666666"), true, above_5), "16.7");
        let at_least_20 = |p: Decimal| p >= d("20");
        assert_eq!(percent_within(d("19.96"), false, at_least_20), "19.96");
        assert_eq!(
            rounded_within(d("19.996"), 2, false, at_least_20),
            d("19.996")
        );
    }

    #[test]
    fn joined_is_join() {
        for parts in [vec![], vec!["a"], vec!["a", "b"], vec!["a", "", "c"]] {
            for separator in ["", ", ", "\n"] {
                let owned: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
                assert_eq!(joined(&parts, separator), parts.join(separator));
                assert_eq!(joined(&owned, separator), owned.join(separator));
            }
        }
    }
}
