//! The measures every definition reads, checked once: from typed text to
//! checked values one field at a time, then each measure's complete values
//! and its changes.
//!
//! A bad field becomes [`Entry::Invalid`] with its message and never affects
//! another field: the definitions simply see it as not entered. A measure is
//! complete only when every field it needs holds a valid value.

use crate::field::{Field, Form};
use crate::number::parse_decimal;
use rust_decimal::Decimal;

/// The unit all CK values of one patient share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CkUnit {
    UnitsPerLitre,
    MicrokatalPerLitre,
}

impl CkUnit {
    /// The value used in the form, the link and the CLI (CONTRACT §1–3).
    pub fn code(self) -> &'static str {
        match self {
            CkUnit::UnitsPerLitre => "U/L",
            CkUnit::MicrokatalPerLitre => "ukat/L",
        }
    }

    /// The unit as a clinician reads it.
    pub fn symbol(self) -> &'static str {
        match self {
            CkUnit::UnitsPerLitre => "U/L",
            CkUnit::MicrokatalPerLitre => "µkat/L",
        }
    }

    /// Accepts the contract's codes (any ASCII case) and the µ spellings.
    pub fn parse(text: &str) -> Option<CkUnit> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("U/L") {
            Some(CkUnit::UnitsPerLitre)
        } else if text.eq_ignore_ascii_case("ukat/L") || text == "µkat/L" || text == "μkat/L" {
            Some(CkUnit::MicrokatalPerLitre)
        } else {
            None
        }
    }

    /// Converts a CK value to U/L (1 µkat/L = 60 U/L), exactly.
    pub fn to_units_per_litre(self, value: Decimal) -> Option<Decimal> {
        match self {
            CkUnit::UnitsPerLitre => Some(value),
            CkUnit::MicrokatalPerLitre => value.checked_mul(Decimal::from(60)),
        }
    }

    /// Largest accepted baseline or week-24 value, as the spec states it.
    fn value_limit(self) -> Decimal {
        match self {
            CkUnit::UnitsPerLitre => Decimal::from(1_000_000),
            CkUnit::MicrokatalPerLitre => Decimal::new(1_666_667, 2),
        }
    }

    /// Largest accepted upper limit of normal, as the spec states it.
    fn uln_limit(self) -> Decimal {
        match self {
            CkUnit::UnitsPerLitre => Decimal::from(10_000),
            CkUnit::MicrokatalPerLitre => Decimal::new(16_667, 2),
        }
    }
}

/// One field after checking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Entry<T> {
    /// Nothing typed: a missing value.
    Empty,
    /// Typed but unacceptable; the message is shown at the field.
    Invalid(String),
    Valid(T),
}

impl<T: Copy> Entry<T> {
    pub fn value(&self) -> Option<T> {
        match self {
            Entry::Valid(v) => Some(*v),
            _ => None,
        }
    }

    pub fn error(&self) -> Option<&str> {
        match self {
            Entry::Invalid(message) => Some(message),
            _ => None,
        }
    }
}

/// Every field checked. The unit is never empty: an empty unit means U/L,
/// the page's default and the common case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inputs {
    pub ck_unit: Entry<CkUnit>,
    pub ck_uln: Entry<Decimal>,
    pub ck_baseline: Entry<Decimal>,
    pub ck_week24: Entry<Decimal>,
    pub mmt_max: Entry<Decimal>,
    pub mmt_baseline: Entry<Decimal>,
    pub mmt_week24: Entry<Decimal>,
    pub dssi_baseline: Entry<Decimal>,
    pub dssi_week24: Entry<Decimal>,
}

/// A field's problem, for the page (by id) and the CLI (by path).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

impl Inputs {
    pub fn from_form(form: &Form) -> Inputs {
        Inputs::from_texts(|field| form.get(field))
    }

    /// Checks each field's text as `text_of` gives it, so a caller holding
    /// the texts elsewhere (a CSV record) need not copy them into a [`Form`].
    pub fn from_texts<'a>(text_of: impl Fn(Field) -> &'a str) -> Inputs {
        let form = FieldTexts(text_of);
        let ck_unit = check_unit(form.get(Field::CkUnit));
        let unit = ck_unit.value();
        let ck_value = |field| check_ck_value(form.get(field), unit);
        let mmt_max = check_number(form.get(Field::MmtMax), |v| {
            (v > Decimal::ZERO && v <= Decimal::from(1000))
                .then_some(())
                .ok_or_else(|| "must be more than 0 and at most 1000".to_owned())
        });
        let score_limit = mmt_max.value().unwrap_or(Decimal::from(1000));
        let mmt_score = |field| check_number(form.get(field), |v| within(v, score_limit, ""));
        let dssi = |field| check_number(form.get(field), |v| within(v, Decimal::from(72), ""));
        Inputs {
            ck_uln: check_uln(form.get(Field::CkUln), unit),
            ck_baseline: ck_value(Field::CkBaseline),
            ck_week24: ck_value(Field::CkWeek24),
            ck_unit,
            mmt_baseline: mmt_score(Field::MmtBaseline),
            mmt_week24: mmt_score(Field::MmtWeek24),
            mmt_max,
            dssi_baseline: dssi(Field::DssiBaseline),
            dssi_week24: dssi(Field::DssiWeek24),
        }
    }

    /// The message of every invalid field, in reading order.
    pub fn errors(&self) -> Vec<FieldError> {
        Field::ALL
            .into_iter()
            .filter_map(|field| {
                self.error(field).map(|m| FieldError {
                    field,
                    message: m.to_owned(),
                })
            })
            .collect()
    }

    /// The field's message while its text fails its check.
    pub fn error(&self, field: Field) -> Option<&str> {
        match field {
            Field::CkUnit => self.ck_unit.error(),
            Field::CkUln => self.ck_uln.error(),
            Field::CkBaseline => self.ck_baseline.error(),
            Field::CkWeek24 => self.ck_week24.error(),
            Field::MmtMax => self.mmt_max.error(),
            Field::MmtBaseline => self.mmt_baseline.error(),
            Field::MmtWeek24 => self.mmt_week24.error(),
            Field::DssiBaseline => self.dssi_baseline.error(),
            Field::DssiWeek24 => self.dssi_week24.error(),
        }
    }
}

/// A measure's two visits: baseline and week 24 (the follow-up).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Visits {
    pub baseline: Decimal,
    pub week24: Decimal,
}

impl Visits {
    /// The fall from baseline in percent of baseline, `(b − w) / b · 100`
    /// (negative for a rise), or `None` when the baseline is 0 and no change
    /// can be expressed.
    pub fn fall_percent(self) -> Option<Decimal> {
        if self.baseline <= Decimal::ZERO {
            return None;
        }
        self.baseline
            .checked_sub(self.week24)?
            .checked_mul(Decimal::ONE_HUNDRED)?
            .checked_div(self.baseline)
    }
}

/// The CK values: one unit for all, the laboratory's ULN, two visits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Ck {
    pub unit: CkUnit,
    pub uln: Decimal,
    pub visits: Visits,
}

/// The MMT values: the scale maximum and the two scores (each within
/// `0..=max`, as validation guarantees).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mmt {
    pub max: Decimal,
    pub scores: Visits,
}

impl Mmt {
    /// The strength deficit at each visit: scale maximum − score.
    pub fn deficits(self) -> Visits {
        Visits {
            baseline: self.max - self.scores.baseline,
            week24: self.max - self.scores.week24,
        }
    }
}

impl Inputs {
    /// The CK values, once all four are valid.
    pub fn ck(&self) -> Option<Ck> {
        Some(Ck {
            unit: self.ck_unit.value()?,
            uln: self.ck_uln.value()?,
            visits: visits(&self.ck_baseline, &self.ck_week24)?,
        })
    }

    /// The MMT values, once the maximum and both scores are valid.
    pub fn mmt(&self) -> Option<Mmt> {
        Some(Mmt {
            max: self.mmt_max.value()?,
            scores: visits(&self.mmt_baseline, &self.mmt_week24)?,
        })
    }

    /// The DSSI at both visits, once both are valid.
    pub fn dssi(&self) -> Option<Visits> {
        visits(&self.dssi_baseline, &self.dssi_week24)
    }

    /// The fields among `fields` that hold no valid value, in that order.
    pub fn missing(&self, fields: &[Field]) -> Vec<Field> {
        fields
            .iter()
            .copied()
            .filter(|f| !self.is_valid(*f))
            .collect()
    }

    /// Whether the field holds a valid value (an empty unit counts as U/L).
    pub fn is_valid(&self, field: Field) -> bool {
        match field {
            Field::CkUnit => self.ck_unit.value().is_some(),
            Field::CkUln => self.ck_uln.value().is_some(),
            Field::CkBaseline => self.ck_baseline.value().is_some(),
            Field::CkWeek24 => self.ck_week24.value().is_some(),
            Field::MmtMax => self.mmt_max.value().is_some(),
            Field::MmtBaseline => self.mmt_baseline.value().is_some(),
            Field::MmtWeek24 => self.mmt_week24.value().is_some(),
            Field::DssiBaseline => self.dssi_baseline.value().is_some(),
            Field::DssiWeek24 => self.dssi_week24.value().is_some(),
        }
    }
}

fn visits(baseline: &Entry<Decimal>, week24: &Entry<Decimal>) -> Option<Visits> {
    Some(Visits {
        baseline: baseline.value()?,
        week24: week24.value()?,
    })
}

fn check_unit(text: &str) -> Entry<CkUnit> {
    if text.trim().is_empty() {
        return Entry::Valid(CkUnit::UnitsPerLitre);
    }
    match CkUnit::parse(text) {
        Some(unit) => Entry::Valid(unit),
        None => Entry::Invalid("must be U/L or ukat/L".to_owned()),
    }
}

/// Parses, then applies the field's own rule; a number too large to convert
/// gets the field's range message too.
fn check_number(text: &str, rule: impl Fn(Decimal) -> Result<(), String>) -> Entry<Decimal> {
    match parse_decimal(text) {
        Ok(None) => Entry::Empty,
        Ok(Some(value)) => match rule(value) {
            Ok(()) => Entry::Valid(value),
            Err(message) => Entry::Invalid(message),
        },
        Err(error) => match error.message() {
            Some(message) => Entry::Invalid(message.to_owned()),
            // Too large to hold: always beyond the limit, so test a value
            // that is; the rule then words the range message.
            None => Entry::Invalid(rule(Decimal::MAX).err().unwrap_or_default()),
        },
    }
}

/// `0 ≤ value ≤ limit`, else "must be between 0 and {limit}{unit}".
fn within(value: Decimal, limit: Decimal, unit: &str) -> Result<(), String> {
    if value <= limit {
        Ok(())
    } else {
        Err(format!("must be between 0 and {}{unit}", limit.normalize()))
    }
}

fn check_ck_value(text: &str, unit: Option<CkUnit>) -> Entry<Decimal> {
    check_number(text, |v| match unit {
        Some(unit) => within(v, unit.value_limit(), &format!(" {}", unit.symbol())),
        // With no valid unit there is no range to check against yet.
        None => Ok(()),
    })
}

fn check_uln(text: &str, unit: Option<CkUnit>) -> Entry<Decimal> {
    check_number(text, |v| {
        let Some(unit) = unit else {
            return Ok(());
        };
        if v > Decimal::ZERO && v <= unit.uln_limit() {
            Ok(())
        } else {
            Err(format!(
                "enter your laboratory's upper limit of normal (more than 0, at most {} {})",
                unit.uln_limit().normalize(),
                unit.symbol()
            ))
        }
    })
}

/// Field texts read through a closure, with [`Form`]'s `get` spelling.
struct FieldTexts<F>(F);

impl<'a, F: Fn(Field) -> &'a str> FieldTexts<F> {
    fn get(&self, field: Field) -> &'a str {
        (self.0)(field)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inputs(pairs: &[(Field, &str)]) -> Inputs {
        let form = pairs.iter().fold(Form::empty(), |form, (field, text)| {
            form.with(*field, *text)
        });
        Inputs::from_form(&form)
    }

    fn error_of(pairs: &[(Field, &str)], field: Field) -> Option<String> {
        inputs(pairs)
            .errors()
            .into_iter()
            .find(|e| e.field == field)
            .map(|e| e.message)
    }

    #[test]
    fn empty_form_has_no_errors_and_unit_defaults_to_u_per_l() {
        let i = Inputs::from_form(&Form::empty());
        assert!(i.errors().is_empty());
        assert_eq!(i.ck_unit, Entry::Valid(CkUnit::UnitsPerLitre));
        assert_eq!(i.ck_uln, Entry::Empty);
    }

    #[test]
    fn unit_codes() {
        assert_eq!(CkUnit::parse("ukat/L"), Some(CkUnit::MicrokatalPerLitre));
        assert_eq!(CkUnit::parse("µkat/L"), Some(CkUnit::MicrokatalPerLitre));
        assert_eq!(CkUnit::parse("u/l"), Some(CkUnit::UnitsPerLitre));
        assert_eq!(
            error_of(&[(Field::CkUnit, "mg/dL")], Field::CkUnit).as_deref(),
            Some("must be U/L or ukat/L")
        );
    }

    #[test]
    fn ck_value_range_per_unit() {
        let u = |text| error_of(&[(Field::CkBaseline, text)], Field::CkBaseline);
        assert_eq!(u("1000000"), None);
        assert_eq!(
            u("1000000.01").as_deref(),
            Some("must be between 0 and 1000000 U/L")
        );
        assert_eq!(
            u("99999999999999999").as_deref(),
            Some("must be between 0 and 1000000 U/L")
        );
        let k = |text| {
            error_of(
                &[(Field::CkUnit, "ukat/L"), (Field::CkWeek24, text)],
                Field::CkWeek24,
            )
        };
        assert_eq!(k("16666.67"), None);
        assert_eq!(
            k("16666.68").as_deref(),
            Some("must be between 0 and 16666.67 µkat/L")
        );
        assert_eq!(k("0"), None);
    }

    #[test]
    fn uln_must_be_positive_and_plausible() {
        let e = |unit, text| error_of(&[(Field::CkUnit, unit), (Field::CkUln, text)], Field::CkUln);
        assert_eq!(e("U/L", "200"), None);
        assert_eq!(e("U/L", "10000"), None);
        for bad in ["0", "10000.5"] {
            let message = e("U/L", bad).unwrap();
            assert!(
                message.starts_with("enter your laboratory's upper limit of normal"),
                "{message}"
            );
            assert!(message.contains("10000 U/L"));
        }
        assert_eq!(e("ukat/L", "166.67"), None);
        assert!(e("ukat/L", "166.68").unwrap().contains("166.67 µkat/L"));
    }

    #[test]
    fn mmt_maximum_and_scores() {
        let max = |text| error_of(&[(Field::MmtMax, text)], Field::MmtMax);
        assert_eq!(max("150"), None);
        assert_eq!(max("1000"), None);
        assert_eq!(
            max("0").as_deref(),
            Some("must be more than 0 and at most 1000")
        );
        assert_eq!(
            max("1001").as_deref(),
            Some("must be more than 0 and at most 1000")
        );
        let score = |m, s| {
            error_of(
                &[(Field::MmtMax, m), (Field::MmtWeek24, s)],
                Field::MmtWeek24,
            )
        };
        assert_eq!(score("150", "150"), None);
        assert_eq!(
            score("150", "150.1").as_deref(),
            Some("must be between 0 and 150")
        );
        assert_eq!(
            score("80", "81").as_deref(),
            Some("must be between 0 and 80")
        );
        // With no valid maximum, only the largest possible scale bounds a score.
        assert_eq!(score("", "500"), None);
        assert_eq!(
            score("x", "1001").as_deref(),
            Some("must be between 0 and 1000")
        );
    }

    #[test]
    fn dssi_range() {
        let e = |text| error_of(&[(Field::DssiBaseline, text)], Field::DssiBaseline);
        assert_eq!(e("72"), None);
        assert_eq!(e("0"), None);
        assert_eq!(e("72.5").as_deref(), Some("must be between 0 and 72"));
    }

    #[test]
    fn number_errors_reach_the_field() {
        let e = |text| error_of(&[(Field::DssiWeek24, text)], Field::DssiWeek24).unwrap();
        assert!(e("1,200").contains("no thousands separator (1200, not 1,200)"));
        assert_eq!(e("-3"), "cannot be negative");
        for bad in ["abc", "1e3", "NaN", "--5"] {
            assert!(e(bad).starts_with("is not a plain number"), "{bad}");
        }
    }

    #[test]
    fn fall_percent_is_relative_to_baseline_and_undefined_at_zero() {
        let v = |b: i64, w: i64| Visits {
            baseline: Decimal::from(b),
            week24: Decimal::from(w),
        };
        assert_eq!(
            v(1200, 500).fall_percent().map(|p| p.round_dp(2)),
            Some(Decimal::new(5833, 2))
        );
        assert_eq!(v(10, 15).fall_percent(), Some(Decimal::from(-50)));
        assert_eq!(v(0, 5).fall_percent(), None);
    }

    #[test]
    fn a_measure_is_complete_only_when_every_field_is_valid() {
        let i = inputs(&[
            (Field::MmtMax, "150"),
            (Field::MmtBaseline, "110"),
            (Field::MmtWeek24, "x"),
        ]);
        assert_eq!(i.mmt(), None);
        assert_eq!(
            i.missing(&[Field::MmtMax, Field::MmtBaseline, Field::MmtWeek24]),
            [Field::MmtWeek24]
        );
        let i = inputs(&[(Field::MmtBaseline, "110"), (Field::MmtWeek24, "135")]);
        assert_eq!(i.mmt(), None, "no maximum, no MMT");
        let i = inputs(&[
            (Field::MmtMax, "150"),
            (Field::MmtBaseline, "110"),
            (Field::MmtWeek24, "135"),
        ]);
        assert_eq!(
            i.mmt().map(Mmt::deficits),
            Some(Visits {
                baseline: Decimal::from(40),
                week24: Decimal::from(15)
            })
        );
    }

    #[test]
    fn one_bad_field_leaves_the_others_valid() {
        let i = inputs(&[(Field::CkUln, "abc"), (Field::CkBaseline, "1200")]);
        assert_eq!(i.errors().len(), 1);
        assert_eq!(i.ck_baseline, Entry::Valid(Decimal::from(1200)));
    }
}
