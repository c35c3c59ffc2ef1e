//! The measures every definition reads, checked once: from typed text to
//! checked values one field at a time, then each measure's complete values
//! and its changes.
//!
//! A bad field becomes [`Entry::Invalid`] with its message and never affects
//! another field: the definitions simply see it as not entered. A measure is
//! complete only when every field it needs holds a valid value.

mod checks;
mod choices;
mod values;

pub use choices::CkUnit;
pub use values::{Ck, Mmt, Visits};

use crate::field::{Field, Form};
use checks::{check_choice, check_number, Limit, MMT_MAX_LIMIT};
use rust_decimal::Decimal;

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

/// Every field checked. A choice left empty takes its default (an empty
/// unit means U/L, the page's default and the common case).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inputs {
    pub ck_unit: Entry<CkUnit>,
    /// Every numeric field, by [`Field::index`]; a choice's slot stays
    /// empty.
    numbers: [Entry<Decimal>; Field::COUNT],
}

/// A field's problem, for the page (by id) and the CLI (by path).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: Field,
    pub message: String,
}

/// The choices that decide other fields' limits.
struct Context {
    ck_unit: Option<CkUnit>,
    mmt_max: Option<Decimal>,
}

/// What a numeric field accepts, given the choices; `None` for a choice.
fn limit(field: Field, context: &Context) -> Option<Limit> {
    let up_to = |max: i64| Some(Limit::UpTo(Decimal::from(max), None));
    match field {
        Field::CkUnit => None,
        Field::CkUln => Some(Limit::uln(context.ck_unit)),
        Field::CkBaseline | Field::CkWeek24 => Some(Limit::lab_value(context.ck_unit)),
        Field::MmtMax => Some(Limit::ScaleMax),
        // Scores within the maximum in effect; without one, the largest.
        Field::MmtBaseline | Field::MmtWeek24 => Some(Limit::UpTo(
            context.mmt_max.unwrap_or(Decimal::from(MMT_MAX_LIMIT)),
            None,
        )),
        Field::DssiBaseline | Field::DssiWeek24 => up_to(72),
    }
}

impl Inputs {
    pub fn from_form(form: &Form) -> Inputs {
        Inputs::from_texts(|field| form.get(field))
    }

    /// Checks each field's text as `text_of` gives it, so a caller holding
    /// the texts elsewhere (a CSV record) need not copy them into a [`Form`].
    pub fn from_texts<'a>(text_of: impl Fn(Field) -> &'a str) -> Inputs {
        let ck_unit = check_choice(
            text_of(Field::CkUnit),
            CkUnit::UnitsPerLitre,
            CkUnit::parse,
            "must be U/L or ukat/L",
        );
        let mmt_max = check_number(text_of(Field::MmtMax), Limit::ScaleMax).value();
        let context = Context {
            ck_unit: ck_unit.value(),
            mmt_max,
        };
        let numbers = std::array::from_fn(|i| {
            let field = Field::ALL[i];
            limit(field, &context).map_or(Entry::Empty, |l| check_number(text_of(field), l))
        });
        Inputs { ck_unit, numbers }
    }

    /// A numeric field's checked entry (a choice's is always empty).
    pub fn entry(&self, field: Field) -> &Entry<Decimal> {
        &self.numbers[field.index()]
    }

    /// A numeric field's value, when it is valid.
    pub fn value(&self, field: Field) -> Option<Decimal> {
        self.entry(field).value()
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
            _ => self.entry(field).error(),
        }
    }

    /// Whether the field holds a valid value (a choice left empty takes its
    /// default and is valid).
    pub fn is_valid(&self, field: Field) -> bool {
        match field {
            Field::CkUnit => self.ck_unit.value().is_some(),
            _ => self.value(field).is_some(),
        }
    }

    /// The fields among `fields` that hold no valid value, in that order.
    pub fn missing(&self, fields: &[Field]) -> Vec<Field> {
        fields
            .iter()
            .copied()
            .filter(|f| !self.is_valid(*f))
            .collect()
    }

    /// Both visits of a measure, once both fields are valid.
    pub fn visits(&self, baseline: Field, week24: Field) -> Option<Visits> {
        Some(Visits {
            baseline: self.value(baseline)?,
            week24: self.value(week24)?,
        })
    }

    /// The CK values, once all four are valid.
    pub fn ck(&self) -> Option<Ck> {
        Some(Ck {
            unit: self.ck_unit.value()?,
            uln: self.value(Field::CkUln)?,
            visits: self.visits(Field::CkBaseline, Field::CkWeek24)?,
        })
    }

    /// The MMT values, once the maximum and both scores are valid.
    pub fn mmt(&self) -> Option<Mmt> {
        Some(Mmt {
            max: self.value(Field::MmtMax)?,
            scores: self.visits(Field::MmtBaseline, Field::MmtWeek24)?,
        })
    }

    /// The DSSI at both visits, once both are valid.
    pub fn dssi(&self) -> Option<Visits> {
        self.visits(Field::DssiBaseline, Field::DssiWeek24)
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
        assert_eq!(i.entry(Field::CkUln), &Entry::Empty);
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
        assert_eq!(i.value(Field::CkBaseline), Some(Decimal::from(1200)));
    }
}
