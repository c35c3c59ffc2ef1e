//! What each numeric field accepts, and the message when it does not.

use super::choices::CkUnit;
use super::Entry;
use crate::number::{parse_decimal, score_out_of, words_after_number, NumberError};
use rust_decimal::Decimal;

/// Largest MMT scale maximum accepted (and the bound on scores while the
/// maximum is missing).
pub(crate) const MMT_MAX_LIMIT: i64 = 1000;

/// A numeric field's acceptable values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Limit {
    /// `0 ≤ v ≤ max`, in `unit` when it has one.
    UpTo(Decimal, Option<CkUnit>),
    /// A laboratory's upper limit of normal: `0 < v ≤` the unit's limit.
    Uln(CkUnit),
    /// An MMT scale maximum: `0 < v ≤ 1000`.
    ScaleMax,
    /// An MMT score: `0 ≤ v ≤` the maximum in effect, or, while there is
    /// none, the largest maximum allowed.
    MmtScore(Option<Decimal>),
    /// A value in a unit that is itself invalid: nothing to check it
    /// against yet (the unit's own error is shown).
    NoUnitYet,
}

impl Limit {
    /// A lab value (CK or another enzyme) in `unit`.
    pub(crate) fn lab_value(unit: Option<CkUnit>) -> Limit {
        unit.map_or(Limit::NoUnitYet, |u| Limit::UpTo(u.value_limit(), Some(u)))
    }

    /// A laboratory's upper limit of normal in `unit`.
    pub(crate) fn uln(unit: Option<CkUnit>) -> Limit {
        unit.map_or(Limit::NoUnitYet, Limit::Uln)
    }

    /// The unit the field's values are in, when it has one.
    fn unit(self) -> Option<CkUnit> {
        match self {
            Limit::UpTo(_, unit) => unit,
            Limit::Uln(unit) => Some(unit),
            Limit::ScaleMax | Limit::MmtScore(_) | Limit::NoUnitYet => None,
        }
    }

    /// `Ok` when `v` is acceptable, else the message shown at the field.
    fn check(self, v: Decimal) -> Result<(), String> {
        match self {
            Limit::MmtScore(max) => {
                Limit::UpTo(max.unwrap_or(Decimal::from(MMT_MAX_LIMIT)), None).check(v)
            }
            Limit::UpTo(max, unit) if v > max => Err(format!(
                "must be between 0 and {}{}",
                max.normalize(),
                unit.map_or(String::new(), |u| format!(" {}", u.symbol()))
            )),
            Limit::Uln(unit) if v <= Decimal::ZERO || v > unit.uln_limit() => Err(format!(
                "enter your laboratory's upper limit of normal (more than 0, at most {} {})",
                unit.uln_limit().normalize(),
                unit.symbol()
            )),
            Limit::ScaleMax if v <= Decimal::ZERO || v > Decimal::from(MMT_MAX_LIMIT) => {
                Err(format!("must be more than 0 and at most {MMT_MAX_LIMIT}"))
            }
            _ => Ok(()),
        }
    }
}

/// Parses, then applies the field's limit; a number too large to convert
/// gets the field's range message too.
pub(crate) fn check_number(text: &str, limit: Limit) -> Entry<Decimal> {
    match parse_decimal(text) {
        Ok(None) => Entry::Empty,
        Ok(Some(value)) => match limit.check(value) {
            Ok(()) => Entry::Valid(value),
            Err(message) => Entry::Invalid(message),
        },
        Err(error) => {
            // Where the text shows what would be misread, say so first.
            let misread = match error {
                NumberError::WithText => limit.unit().and_then(|u| other_unit_message(text, u)),
                NumberError::OutOf => other_scale_message(text, limit),
                _ => None,
            };
            match misread.or_else(|| error.message().map(str::to_owned)) {
                Some(message) => Entry::Invalid(message),
                // Too large to hold: always beyond the limit, so test a
                // value that is; the limit then words the range message
                // (a lab value has none while its unit is refused).
                None => Entry::Invalid(
                    limit
                        .check(Decimal::MAX)
                        .err()
                        .unwrap_or_else(|| "is too large for any unit".to_owned()),
                ),
            }
        }
    }
}

/// For a lab value pasted with a unit other than its field's (`1.2 µkat/L`
/// where the values are in U/L), the message naming both: typed alone,
/// 1.2 would be read as 1.2 U/L, where it is 72 U/L.
fn other_unit_message(text: &str, unit: CkUnit) -> Option<String> {
    let words = words_after_number(text);
    let pasted = if words.eq_ignore_ascii_case("IU/L") {
        CkUnit::UnitsPerLitre
    } else {
        CkUnit::parse(words)?
    };
    (pasted != unit).then(|| {
        format!(
            "is in {0}, but these values are in {1}; choose {0} as the unit, or convert (1 µkat/L = 60 U/L), then type the number alone",
            pasted.symbol(),
            unit.symbol()
        )
    })
}

/// For an MMT score pasted out of another maximum than the one in effect
/// (`72/80` where it is 150), the message naming both: typed alone, 72
/// would be read on the 150 scale, a deficit of 78 rather than 8.
fn other_scale_message(text: &str, limit: Limit) -> Option<String> {
    let Limit::MmtScore(Some(max)) = limit else {
        return None;
    };
    let (_, of) = score_out_of(text)?;
    let of = parse_decimal(of).ok()??.normalize();
    (of != max).then(|| {
        format!(
            "is a score out of {of}, where the MMT maximum is {}: if that is its scale, change the maximum to {of} first; then enter the score alone",
            max.normalize()
        )
    })
}

/// A choice field: empty means `default`; otherwise `parse` or `message`.
pub(crate) fn check_choice<T>(
    text: &str,
    default: T,
    parse: impl Fn(&str) -> Option<T>,
    message: &str,
) -> Entry<T> {
    if text.trim().is_empty() {
        return Entry::Valid(default);
    }
    match parse(text) {
        Some(value) => Entry::Valid(value),
        None => Entry::Invalid(message.to_owned()),
    }
}
