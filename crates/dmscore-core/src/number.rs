//! Decimal numbers exactly as a clinician types them.
//!
//! Threshold comparisons must be exact for the digits typed, so text goes
//! straight to a [`Decimal`]; binary floating point is never involved. The
//! grammar is deliberately narrow: digits with at most one `.`, surrounding
//! whitespace ignored. Anything looser (exponents, signs, separators,
//! units, bounds) is refused with a message rather than guessed.

use rust_decimal::Decimal;

/// At most this many digits after the point (trailing zeros excepted). Lab
/// values never need more; the cap keeps every value well inside `Decimal`.
pub const MAX_DECIMAL_PLACES: usize = 12;

/// Integer parts longer than this (leading zeros excepted) exceed every limit
/// in the spec, so they are reported as out of range without being converted.
const MAX_INTEGER_DIGITS: usize = 12;

/// Why a piece of text is not an acceptable number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NumberError {
    /// Contains `,` that may group thousands or be a decimal comma:
    /// `1,200` could mean 1200 or 1.2, so it is never guessed.
    Comma,
    /// A comma that can only be a decimal comma (`12,5`, `0,75`: not three
    /// digits after it, or a zero before it), as typed where it is the
    /// decimal sign: named so, not as a thousands separator. Still refused,
    /// as the grammar is one everywhere.
    DecimalComma,
    /// A well-formed number with a minus sign.
    Negative,
    /// Digits grouped by thousands (`1 200`, `1'200`, `1.200.000`): the
    /// separator is named, as a comma is.
    Grouped,
    /// A plain number followed by a unit or words (`1200 U/L`, `6 cm`,
    /// `12.5%`), as pasted from a laboratory report: named, so the clinician
    /// knows to type the number alone.
    WithText,
    /// A score with its scale's maximum (`110/150`), as notes write an MMT
    /// score: the maximum is a field of its own.
    OutOf,
    /// A bound, not a value (`<20`, `> 1000`), as laboratories report a
    /// value outside what they measure: which number to score with is the
    /// clinician's choice, never taken from the bound.
    Bound,
    /// A mark for a value not measured (`NA`, `n/a`, `ND`, `NT`, `—`), as
    /// spreadsheets and statistics software export one: a missing value is
    /// an empty field, so the mark is named, not taken for one.
    Unmeasured,
    /// Not a plain decimal at all (`abc`, `1e3`, `inf`, `--5`, `1.2.3`).
    Malformed,
    /// More than [`MAX_DECIMAL_PLACES`] significant decimal places.
    TooManyDecimals,
    /// Well-formed but far larger than any limit; the field reports its range.
    Huge,
}

impl NumberError {
    /// The message shown at the field. `Huge` has none of its own: the field
    /// names its range instead.
    pub fn message(self) -> Option<&'static str> {
        match self {
            NumberError::Comma => {
                Some("use a decimal point and no thousands separator (1200, not 1,200)")
            }
            NumberError::DecimalComma => Some("use a decimal point, not a comma (12.5, not 12,5)"),
            NumberError::Negative => Some("cannot be negative"),
            NumberError::Grouped => Some("leave out the thousands separator (1200, not 1 200)"),
            NumberError::WithText => Some(
                "is not a plain number: type the number alone, without its unit or any words",
            ),
            NumberError::OutOf => Some(
                "is not a plain number: enter the score alone, without the scale's maximum",
            ),
            NumberError::Bound => Some(
                "is not a plain number: a bound (<20, >1000) is not a value; enter a number, or leave it empty",
            ),
            NumberError::Unmeasured => {
                Some("is not a plain number: leave it empty if the value was not measured")
            }
            NumberError::Malformed => {
                Some("is not a plain number: use digits and at most one decimal point, e.g. 12.5")
            }
            NumberError::TooManyDecimals => Some("use at most 12 decimal places"),
            NumberError::Huge => None,
        }
    }
}

/// Parses a typed number. `Ok(None)` means the field is empty (only
/// whitespace), which is a missing value, not an error.
pub fn parse_decimal(text: &str) -> Result<Option<Decimal>, NumberError> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if text.contains(',') {
        return Err(if decimal_comma(text).is_some() {
            NumberError::DecimalComma
        } else {
            NumberError::Comma
        });
    }
    let (negative, unsigned) = match strip_any(text, &MINUS_SIGNS) {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (integer, fraction) = split_plain(unsigned).ok_or_else(|| why_not_plain(unsigned))?;
    if negative {
        return Err(NumberError::Negative);
    }
    let integer = integer.trim_start_matches('0');
    let fraction = fraction.trim_end_matches('0');
    if integer.len() > MAX_INTEGER_DIGITS {
        return Err(NumberError::Huge);
    }
    if fraction.len() > MAX_DECIMAL_PLACES {
        return Err(NumberError::TooManyDecimals);
    }
    // At most 12 + 12 digits, so the mantissa stays below 10^24 < 2^96, the
    // largest a `Decimal` holds: the conversion is exact and cannot fail
    // (an error is still mapped, never unwrapped, so nothing can panic).
    let mantissa = integer
        .bytes()
        .chain(fraction.bytes())
        .fold(0i128, |m, digit| m * 10 + i128::from(digit - b'0'));
    Decimal::try_from_i128_with_scale(mantissa, fraction.len() as u32)
        .map(Some)
        .map_err(|_| NumberError::Huge)
}

/// The text with its decimal comma made a point (`12,5` → `12.5`), when a
/// comma that can only be decimal is all that is wrong with how it is
/// written (the value may still be outside its field's range, which the
/// field then says). Offered to the clinician to accept, never applied by
/// itself: a phone's decimal keypad shows only the region's decimal sign,
/// a comma in much of the world, and without it a value with decimals
/// could not be typed there.
pub fn with_decimal_point(text: &str) -> Option<String> {
    decimal_comma(text.trim()).map(|(integer, fraction)| format!("{integer}.{fraction}"))
}

/// The digits before and after a comma that can only be a decimal comma:
/// digits on both sides, and not three after it unless a zero comes
/// before it (`12,5`, `0,750`, not `1,200`).
fn decimal_comma(text: &str) -> Option<(&str, &str)> {
    let (integer, fraction) = text.split_once(',')?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let decimal =
        digits(integer) && digits(fraction) && (fraction.len() != 3 || integer.starts_with('0'));
    decimal.then_some((integer, fraction))
}

/// The whole number the text would be if its dot grouped thousands: one
/// to three digits not starting with 0, a dot, exactly three digits
/// (`1.200` → 1200). The text is still read as a decimal (1.2); the caller
/// decides whether the field makes that reading doubtful.
pub fn dot_grouped_thousands(text: &str) -> Option<u32> {
    let text = text.trim().as_bytes();
    let dot = text.iter().position(|b| *b == b'.')?;
    let (integer, fraction) = text.split_at(dot);
    let shaped =
        (1..=3).contains(&integer.len()) && integer.first() != Some(&b'0') && fraction.len() == 4;
    let digits = integer.iter().chain(fraction.iter().skip(1));
    shaped.then_some(digits)?.try_fold(0u32, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

/// A hyphen-minus, and the minus sign and en dash that documents and
/// laboratory reports print in its place (`−5` is as negative as `-5`).
const MINUS_SIGNS: [&str; 3] = ["-", "\u{2212}", "\u{2013}"];

/// What stands for a value not measured, whatever its capitals: R's `NA`,
/// `NaN`, a database's `NULL`, a form's `ND` or `NT` (not tested), a
/// table's em dash.
const UNMEASURED: [&str; 13] = [
    "na", "n/a", "n.a.", "nan", "nd", "n.d.", "nt", "null", "none", "missing", "not done", "?",
    "\u{2014}",
];

/// Whether the text (trimmed) is a mark for a value not measured.
pub fn is_unmeasured(text: &str) -> bool {
    UNMEASURED
        .iter()
        .any(|mark| text.eq_ignore_ascii_case(mark))
}

/// What a laboratory writes before a bound: `<20`, `>=8`, `≤ 0.5`.
const COMPARISONS: [&str; 4] = ["<", ">", "\u{2264}", "\u{2265}"];

/// The text after the first of `prefixes` it starts with, if any. Over
/// `&str` prefixes, not a `char` pattern, to keep the page's wasm small.
fn strip_any<'t>(text: &'t str, prefixes: &[&str]) -> Option<&'t str> {
    prefixes.iter().find_map(|p| text.strip_prefix(p))
}

/// Why text that is not `digits[.digits]` is refused: the most specific
/// reason that fits, else [`NumberError::Malformed`]. Over bytes, as it
/// runs on every refused keystroke and ships in the page's wasm.
fn why_not_plain(text: &str) -> NumberError {
    if is_unmeasured(text) {
        return NumberError::Unmeasured;
    }
    if is_grouped(text) {
        return NumberError::Grouped;
    }
    if let Some(rest) = strip_any(text, &COMPARISONS) {
        let rest = rest.strip_prefix('=').unwrap_or(rest).trim_start();
        let first = rest.as_bytes().first();
        if first.is_some_and(|b| b.is_ascii_digit() || *b == b'.') {
            return NumberError::Bound;
        }
    }
    if score_out_of(text).is_some() {
        return NumberError::OutOf;
    }
    // A plain number, then a unit or words: no digit, and starting with a
    // Latin letter, `µ`, `%` or `/` (so `1e3`, `0x10` and `1.2.3` stay
    // malformed).
    let (number, rest) = split_leading_number(text);
    let unit_like = (rest
        .as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii_alphabetic() || b"%/".contains(b))
        || strip_any(rest, &["\u{b5}", "\u{3bc}"]).is_some())
        && !rest.bytes().any(|b| b.is_ascii_digit());
    if split_plain(number).is_some() && unit_like {
        return NumberError::WithText;
    }
    NumberError::Malformed
}

/// The longest run of digits and dots at the start, and what follows it
/// from its first character that is not white space (a web page's
/// laboratory report may put a no-break space before the unit).
fn split_leading_number(text: &str) -> (&str, &str) {
    let end = text
        .as_bytes()
        .iter()
        .position(|b| !b.is_ascii_digit() && *b != b'.')
        .unwrap_or(text.len());
    let (number, rest) = text.split_at(end);
    (number, rest.trim_start())
}

/// The words after a number refused as [`NumberError::WithText`]: `U/L`
/// in `1200 U/L`, so a field that has a unit can compare it with its own.
pub fn words_after_number(text: &str) -> &str {
    let text = text.trim();
    let unsigned = strip_any(text, &MINUS_SIGNS).unwrap_or(text);
    split_leading_number(unsigned).1.trim_end()
}

/// The score and the maximum of a text written `score/maximum`
/// (`110/150`, `72 / 80`), each a plain number.
pub fn score_out_of(text: &str) -> Option<(&str, &str)> {
    let (score, max) = text.trim().split_once('/')?;
    let (score, max) = (score.trim_end(), max.trim_start());
    (split_plain(score).is_some() && split_plain(max).is_some()).then_some((score, max))
}

/// Splits `digits[.digits]` into its two digit runs; `None` unless the text
/// is ASCII digits with at most one point and at least one digit.
fn split_plain(text: &str) -> Option<(&str, &str)> {
    let (integer, fraction) = match text.split_once('.') {
        Some((i, f)) => (i, f),
        None => (text, ""),
    };
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let has_digit = !integer.is_empty() || !fraction.is_empty();
    (has_digit && all_digits(integer) && all_digits(fraction)).then_some((integer, fraction))
}

/// Whether the text is digits grouped by thousands: a first group of one
/// to three digits, then groups of exactly three after a space, an
/// apostrophe (either kind), a no-break or thin space, or (with two or more
/// of them) a dot, as locales write them; a decimal part may follow a
/// grouping that is not by dots. One pass over the characters, as this
/// runs on every refused keystroke and ships in the page's wasm.
fn is_grouped(text: &str) -> bool {
    const SEPARATORS: [char; 6] = [' ', '\'', '\u{2019}', '\u{a0}', '\u{2009}', '\u{202f}'];
    let separator = match text.chars().find(|c| !c.is_ascii_digit() && *c != '.') {
        Some(c) if SEPARATORS.contains(&c) => c,
        Some(_) => return false,
        None => '.',
    };
    let (mut groups, mut run) = (0, 0);
    let mut chars = text.chars();
    for c in chars.by_ref() {
        if c == separator {
            let whole_group = if groups == 0 {
                (1..=3).contains(&run)
            } else {
                run == 3
            };
            if !whole_group {
                return false;
            }
            (groups, run) = (groups + 1, 0);
        } else if c.is_ascii_digit() {
            run += 1;
        } else if c == '.' {
            break;
        } else {
            return false;
        }
    }
    let least = if separator == '.' { 2 } else { 1 };
    groups >= least && run == 3 && chars.all(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn dec(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    /// Each text is refused with `error`.
    fn refused_as(error: NumberError, texts: &[&str]) {
        for text in texts {
            assert_eq!(parse_decimal(text), Err(error), "{text}");
        }
    }

    #[test]
    fn accepts_plain_decimals_as_typed() {
        assert_eq!(parse_decimal("1200"), Ok(Some(dec("1200"))));
        assert_eq!(parse_decimal("12.5"), Ok(Some(dec("12.5"))));
        assert_eq!(parse_decimal("0.75"), Ok(Some(dec("0.75"))));
        assert_eq!(parse_decimal("  84.7 "), Ok(Some(dec("84.7"))));
        assert_eq!(parse_decimal(".5"), Ok(Some(dec("0.5"))));
        assert_eq!(parse_decimal("5."), Ok(Some(dec("5"))));
        assert_eq!(parse_decimal("007"), Ok(Some(dec("7"))));
        assert_eq!(parse_decimal("0"), Ok(Some(Decimal::ZERO)));
        assert_eq!(
            parse_decimal("1.500000000000000000000"),
            Ok(Some(dec("1.5")))
        );
    }

    #[test]
    fn empty_is_missing_not_an_error() {
        assert_eq!(parse_decimal(""), Ok(None));
        assert_eq!(parse_decimal("   "), Ok(None));
    }

    #[test]
    fn refuses_anything_but_a_plain_decimal() {
        refused_as(
            NumberError::Malformed,
            &[
                "abc", "1e3", "inf", "--5", "+5", "1.2.3", ".", "-", "1 20", "5 0", "0x10", "１２",
                "n", "nab", "NA5",
            ],
        );
    }

    #[test]
    fn a_mark_for_a_value_not_measured_is_named_not_taken_for_empty() {
        refused_as(
            NumberError::Unmeasured,
            &[
                "NA", "na", " N/A ", "n.a.", "NaN", "ND", "n.d.", "NT", "NULL", "None", "missing",
                "Not done", "?", "\u{2014}",
            ],
        );
        assert!(NumberError::Unmeasured
            .message()
            .unwrap()
            .contains("leave it empty"));
    }

    #[test]
    fn thousands_separators_are_named_not_guessed() {
        refused_as(
            NumberError::Grouped,
            &[
                "1 200",
                "1'200",
                "1\u{2019}200",
                "1\u{a0}200",
                "1\u{202f}200",
                "12 345 678.5",
                "1.200.000",
                "-1 200",
            ],
        );
        // Not a grouping: left as not a plain number.
        refused_as(
            NumberError::Malformed,
            &["1 2000", "1234 567", "1.2000.000", "1 200'000", "1 200.5.1"],
        );
        // One dot is a decimal point, as typed: 1.200 is 1.2.
        assert_eq!(parse_decimal("1.200"), Ok(Some(dec("1.2"))));
        for (text, thousands) in [
            ("1.200", 1200),
            (" 12.500 ", 12500),
            ("999.999", 999_999),
            ("1.000", 1000),
        ] {
            assert_eq!(dot_grouped_thousands(text), Some(thousands), "{text}");
        }
        for text in [
            "1200", "0.500", "1.20", "1.2000", "1000.000", ".200", "1.2e0", "-1.200", "1.2x0",
        ] {
            assert_eq!(dot_grouped_thousands(text), None, "{text}");
        }
    }

    #[test]
    fn a_unit_a_maximum_or_a_bound_pasted_with_the_number_is_named() {
        refused_as(
            NumberError::WithText,
            &[
                "1200 U/L",
                "1200U/L",
                "1.2 µkat/L",
                "6 cm",
                "12.5%",
                "1200 IU/L",
                "1200\u{a0}U/L",
                "-5 U/L",
            ],
        );
        refused_as(
            NumberError::Bound,
            &["<20", "> 1000", ">=8", "\u{2264}0.5", "<.5 U/L"],
        );
        refused_as(
            NumberError::OutOf,
            &["110/150", "72 / 80", "1.5/3", "-110/150"],
        );
        assert_eq!(score_out_of(" 72 / 80 "), Some(("72", "80")));
        // Neither a unit, a maximum nor a bound: just not a plain number.
        refused_as(
            NumberError::Malformed,
            &[
                "1e3",
                "1E-3",
                "0x10",
                "/150",
                "1/2/3",
                "5 cm2",
                "U/L",
                "<script>",
                "<",
                "1.2.3 U/L",
            ],
        );
    }

    #[test]
    fn comma_is_never_guessed() {
        // A thousands separator or a decimal comma: which cannot be known.
        for text in [
            "1,200",
            "12,500",
            "1,200,000",
            "-1,2",
            "1,2 U/L",
            ",5",
            "5,",
        ] {
            assert_eq!(parse_decimal(text), Err(NumberError::Comma), "{text}");
        }
        // Only a decimal comma: named so, and still refused.
        for text in ["12,5", "1,25", " 0,500 ", "4,00", "1,2345"] {
            assert_eq!(
                parse_decimal(text),
                Err(NumberError::DecimalComma),
                "{text}"
            );
        }
    }

    #[test]
    fn only_a_comma_that_can_only_be_decimal_is_offered_as_a_point() {
        for (text, offered) in [("12,5", "12.5"), (" 0,500 ", "0.500"), ("1,2345", "1.2345")] {
            assert_eq!(with_decimal_point(text).as_deref(), Some(offered), "{text}");
            assert!(
                parse_decimal(offered).is_ok_and(|v| v.is_some()),
                "{offered}"
            );
        }
        // Ambiguous, or wrong for another reason too: nothing is offered.
        for text in ["1,200", "-1,2", "1,2 U/L", ",5", "12.5", "", "abc"] {
            assert_eq!(with_decimal_point(text), None, "{text}");
        }
    }

    #[test]
    fn negative_numbers_are_named_as_such() {
        assert_eq!(parse_decimal("-5"), Err(NumberError::Negative));
        assert_eq!(parse_decimal(" -0.5"), Err(NumberError::Negative));
        // The minus sign and en dash that documents print for a minus.
        assert_eq!(parse_decimal("\u{2212}5"), Err(NumberError::Negative));
        assert_eq!(parse_decimal("\u{2013}0.5"), Err(NumberError::Negative));
    }

    #[test]
    fn huge_and_overly_precise_values_are_refused_without_overflow() {
        assert_eq!(parse_decimal("1234567890123"), Err(NumberError::Huge));
        assert_eq!(parse_decimal(&"9".repeat(10_000)), Err(NumberError::Huge));
        assert_eq!(
            parse_decimal("0.1234567890123"),
            Err(NumberError::TooManyDecimals)
        );
        assert_eq!(
            parse_decimal("999999999999.999999999999"),
            Ok(Some(dec("999999999999.999999999999")))
        );
    }

    #[test]
    fn every_error_but_huge_has_a_message() {
        assert!(NumberError::Huge.message().is_none());
        for e in [
            NumberError::Comma,
            NumberError::DecimalComma,
            NumberError::Negative,
            NumberError::Grouped,
            NumberError::WithText,
            NumberError::OutOf,
            NumberError::Bound,
            NumberError::Malformed,
            NumberError::TooManyDecimals,
        ] {
            assert!(!e.message().unwrap().is_empty());
        }
    }
}
