//! The measures every definition reads, checked once: from typed text to
//! checked values one field at a time, then each measure's complete values
//! and its changes.
//!
//! A bad field becomes [`Entry::Invalid`] with its message and never affects
//! another field: the definitions simply see it as not entered. A measure is
//! complete only when every field it needs holds a valid value.

mod checks;
mod choices;
mod core_set;
mod doubts;
mod unscored;
mod values;

pub use choices::{CkUnit, Enzyme, Population, Strength};
pub use unscored::Unscored;
pub use values::{Ck, Measure, Mmt, Visits};

use crate::field::{Field, Form};
use crate::format::joined;
use checks::{check_choice, check_number, Limit};
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

/// The largest value of the 0–10 cm visual analogue scales (PGA, PtGA,
/// extramuscular activity), the HAQ/CHAQ, the CMAS and the DSSI.
pub const VAS_MAX: i64 = 10;
pub const HAQ_MAX: i64 = 3;
pub const CMAS_MAX: i64 = 52;
pub const DSSI_MAX: i64 = 72;

/// Every field checked. A choice left empty takes its default: U/L, adult,
/// MMT, CK (the page's defaults and the common case).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Inputs {
    pub ck_unit: Entry<CkUnit>,
    pub population: Entry<Population>,
    /// The strength measure chosen; CMAS for an adult is refused.
    pub strength: Entry<Strength>,
    /// The enzyme the TIS and DOI follow (CK by default).
    pub enzyme: Entry<Enzyme>,
    /// The unit of that enzyme's own values (unused when it is CK).
    pub enzyme_unit: Entry<CkUnit>,
    /// Every numeric field, by [`Field::index`]; a choice's slot stays
    /// empty.
    numbers: [Entry<Decimal>; Field::COUNT],
    /// The strength measure the patient is scored on: the one typed, even
    /// while that choice must be corrected.
    strength_typed: Strength,
    /// What each lab value's text would be if its dot grouped thousands
    /// (`1.200` → 1200), by [`doubts::LAB_VALUES`].
    dot_grouped: [Option<u32>; doubts::LAB_VALUES.len()],
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
    enzyme_unit: Option<CkUnit>,
    mmt_max: Option<Decimal>,
}

/// What a numeric field accepts, given the choices; `None` for a choice.
fn limit(field: Field, context: &Context) -> Option<Limit> {
    let up_to = |max: i64| Some(Limit::UpTo(Decimal::from(max), None));
    match field {
        Field::CkUnit
        | Field::Population
        | Field::Strength
        | Field::EnzymeName
        | Field::EnzymeUnit => None,
        Field::CkUln => Some(Limit::uln(context.ck_unit)),
        Field::CkBaseline | Field::CkWeek24 => Some(Limit::lab_value(context.ck_unit)),
        Field::MmtMax => Some(Limit::ScaleMax),
        // Scores within the maximum in effect; without one, the largest.
        Field::MmtBaseline | Field::MmtWeek24 => Some(Limit::MmtScore(context.mmt_max)),
        Field::DssiBaseline | Field::DssiWeek24 => up_to(DSSI_MAX),
        Field::PgaBaseline
        | Field::PgaWeek24
        | Field::PtgaBaseline
        | Field::PtgaWeek24
        | Field::ExtraBaseline
        | Field::ExtraWeek24 => up_to(VAS_MAX),
        Field::HaqBaseline | Field::HaqWeek24 => up_to(HAQ_MAX),
        Field::CmasBaseline | Field::CmasWeek24 => up_to(CMAS_MAX),
        Field::EnzymeUln => Some(Limit::uln(context.enzyme_unit)),
        Field::EnzymeBaseline | Field::EnzymeWeek24 => Some(Limit::lab_value(context.enzyme_unit)),
    }
}

impl Inputs {
    pub fn from_form(form: &Form) -> Inputs {
        Inputs::from_texts(|field| form.get(field))
    }

    /// Checks each field's text as `text_of` gives it, so a caller holding
    /// the texts elsewhere (a CSV record) need not copy them into a [`Form`].
    pub fn from_texts<'a>(text_of: impl Fn(Field) -> &'a str) -> Inputs {
        let unit = |field| {
            check_choice(
                text_of(field),
                CkUnit::UnitsPerLitre,
                CkUnit::parse,
                "must be U/L or ukat/L",
            )
        };
        let (ck_unit, enzyme_unit) = (unit(Field::CkUnit), unit(Field::EnzymeUnit));
        let population = check_choice(
            text_of(Field::Population),
            Population::Adult,
            Population::parse,
            "must be adult or juvenile",
        );
        let strength_text = text_of(Field::Strength);
        let strength = match check_choice(
            strength_text,
            Strength::Mmt,
            Strength::parse,
            "must be mmt or cmas",
        ) {
            Entry::Valid(Strength::Cmas) if population == Entry::Valid(Population::Adult) => {
                Entry::Invalid("CMAS is scored for juvenile patients only".to_owned())
            }
            checked => checked,
        };
        let enzyme = check_choice(
            text_of(Field::EnzymeName),
            Enzyme::Ck,
            Enzyme::parse,
            "unknown enzyme (use ck, aldolase, ldh, ast or alt)",
        );
        let context = Context {
            ck_unit: ck_unit.value(),
            enzyme_unit: enzyme_unit.value(),
            mmt_max: check_number(text_of(Field::MmtMax), Limit::ScaleMax).value(),
        };
        let numbers = std::array::from_fn(|i| {
            let field = Field::ALL[i];
            limit(field, &context).map_or(Entry::Empty, |l| check_number(text_of(field), l))
        });
        Inputs {
            ck_unit,
            population,
            strength,
            enzyme,
            enzyme_unit,
            numbers,
            strength_typed: Strength::parse(strength_text).unwrap_or(Strength::Mmt),
            dot_grouped: doubts::dot_grouped(text_of),
        }
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
            Field::EnzymeUnit => self.enzyme_unit.error(),
            Field::Population => self.population.error(),
            Field::Strength => self.strength.error(),
            Field::EnzymeName => self.enzyme.error(),
            _ => self.entry(field).error(),
        }
    }

    /// Whether the field holds a valid value (a choice left empty takes its
    /// default and is valid).
    pub fn is_valid(&self, field: Field) -> bool {
        match field {
            _ if field.is_choice() => self.error(field).is_none(),
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

    /// "Needs a value: missing CK week 24; CK upper limit of normal to be
    /// corrected." for the fields among `fields` that hold no valid value.
    pub fn describe_missing(&self, fields: &[Field]) -> String {
        let (invalid, empty): (Vec<Field>, Vec<Field>) =
            fields.iter().partition(|f| self.error(**f).is_some());
        let list = |fs: &[Field]| joined(&fs.iter().map(|f| f.label()).collect::<Vec<_>>(), ", ");
        let mut parts = Vec::new();
        if !empty.is_empty() {
            parts.push(format!("missing {}", list(&empty)));
        }
        if !invalid.is_empty() {
            parts.push(format!("{} to be corrected", list(&invalid)));
        }
        format!("Needs a value: {}.", joined(&parts, "; "))
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
        // µ may be the micro sign or the Greek mu, in any case, as `ukat/L`.
        for katal in ["µkat/l", "\u{3bc}kat/L", "UKAT/L", "\u{b5}KAT/L"] {
            assert_eq!(
                CkUnit::parse(katal),
                Some(CkUnit::MicrokatalPerLitre),
                "{katal}"
            );
        }
        // Not the spec's codes, though `IU/L` is the same unit.
        for other in ["IU/L", "iu/l", "kU/L", "mkat/L", "U/ L", "kat/L"] {
            assert_eq!(CkUnit::parse(other), None, "{other}");
        }
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
        // While the unit is refused, a value too long to hold still says
        // why (it had an empty message, so an empty error at the field).
        for field in [Field::CkUln, Field::CkBaseline] {
            let huge = error_of(&[(Field::CkUnit, "mg/dL"), (field, "1234567890123")], field);
            assert_eq!(huge.as_deref(), Some("is too large for any unit"));
        }
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
    fn a_lab_value_pasted_in_another_unit_names_both_units() {
        let e = |unit, field, text| {
            let unit_field = match field {
                Field::EnzymeBaseline | Field::EnzymeUln => Field::EnzymeUnit,
                _ => Field::CkUnit,
            };
            error_of(&[(unit_field, unit), (field, text)], field).unwrap()
        };
        // Typed alone, 1.2 would be read as 1.2 U/L: it is 72 U/L.
        assert_eq!(
            e("U/L", Field::CkBaseline, "1.2 µkat/L"),
            "is in µkat/L, but these values are in U/L; choose µkat/L as the unit, or convert (1 µkat/L = 60 U/L), then type the number alone"
        );
        for (unit, field, text, named) in [
            (
                "U/L",
                Field::CkUln,
                "3.2 ukat/l",
                "is in µkat/L, but these values are in U/L",
            ),
            (
                "ukat/L",
                Field::CkWeek24,
                "1200 IU/L",
                "is in U/L, but these values are in µkat/L",
            ),
            (
                "ukat/L",
                Field::EnzymeBaseline,
                "-24 U/L",
                "is in U/L, but these values are in µkat/L",
            ),
        ] {
            assert!(e(unit, field, text).contains(named), "{text}");
        }
        // The field's own unit, another unit or words: just type the number.
        for (unit, field, text) in [
            ("U/L", Field::CkBaseline, "1200 U/L"),
            ("ukat/L", Field::CkBaseline, "1.2 µkat/L"),
            ("U/L", Field::CkBaseline, "1200 mmol/L"),
            ("U/L", Field::EnzymeUln, "8 iu/l"),
        ] {
            assert_eq!(
                e(unit, field, text),
                "is not a plain number: type the number alone, without its unit or any words",
                "{text}"
            );
        }
        // A measure without a unit is told the same.
        assert!(
            error_of(&[(Field::HaqBaseline, "1.5 U/L")], Field::HaqBaseline)
                .unwrap()
                .starts_with("is not a plain number: type the number alone")
        );
    }

    #[test]
    fn an_mmt_score_pasted_out_of_another_maximum_names_both() {
        let score = |max, text| {
            error_of(
                &[(Field::MmtMax, max), (Field::MmtBaseline, text)],
                Field::MmtBaseline,
            )
            .unwrap()
        };
        // Typed alone, 72 would be read on the 150 scale: a deficit of 78.
        assert_eq!(
            score("150", "72/80"),
            "is a score out of 80, where the MMT maximum is 150: if that is its scale, change the maximum to 80 first; then enter the score alone"
        );
        assert!(score("80", "142 / 150.0")
            .contains("is a score out of 150, where the MMT maximum is 80"));
        // Out of the maximum in effect, or with none in effect: the score alone.
        let alone = "is not a plain number: enter the score alone, without the scale's maximum";
        for (max, text) in [
            ("150", "110/150"),
            ("80", "72/80.0"),
            ("", "72/80"),
            ("x", "72/80"),
        ] {
            assert_eq!(score(max, text), alone, "{max} {text}");
        }
        // Other scales' maxima are fixed and shown in their labels.
        assert_eq!(
            error_of(&[(Field::DssiBaseline, "12/72")], Field::DssiBaseline).as_deref(),
            Some(alone)
        );
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
    fn core_set_scales_have_their_ranges() {
        let e = |field, text| error_of(&[(field, text)], field);
        for field in [Field::PgaWeek24, Field::PtgaBaseline, Field::ExtraWeek24] {
            assert_eq!(e(field, "10"), None);
            assert_eq!(
                e(field, "10.01").as_deref(),
                Some("must be between 0 and 10")
            );
        }
        assert_eq!(e(Field::HaqBaseline, "3"), None);
        assert_eq!(
            e(Field::HaqWeek24, "3.125").as_deref(),
            Some("must be between 0 and 3")
        );
        assert_eq!(e(Field::CmasBaseline, "52"), None);
        assert_eq!(
            e(Field::CmasWeek24, "53").as_deref(),
            Some("must be between 0 and 52")
        );
        // A HAQ typed with a decimal comma is named as one.
        assert_eq!(
            e(Field::HaqWeek24, "0,5").as_deref(),
            Some("use a decimal point, not a comma (12.5, not 12,5)")
        );
    }

    #[test]
    fn another_enzyme_has_its_own_unit_uln_and_values() {
        let e = |pairs: &[(Field, &str)], field| error_of(pairs, field);
        assert_eq!(
            e(&[(Field::EnzymeName, "cpk")], Field::EnzymeName).as_deref(),
            Some("unknown enzyme (use ck, aldolase, ldh, ast or alt)")
        );
        assert!(e(&[(Field::EnzymeUln, "0")], Field::EnzymeUln)
            .unwrap()
            .starts_with("enter your laboratory's upper limit of normal"));
        assert_eq!(
            e(
                &[
                    (Field::EnzymeUnit, "ukat/L"),
                    (Field::EnzymeWeek24, "16666.68")
                ],
                Field::EnzymeWeek24
            )
            .as_deref(),
            Some("must be between 0 and 16666.67 µkat/L")
        );
        assert_eq!(
            e(&[(Field::EnzymeUnit, "mg/dL")], Field::EnzymeUnit).as_deref(),
            Some("must be U/L or ukat/L")
        );
        let i = inputs(&[(Field::EnzymeName, "ALDOLASE"), (Field::EnzymeUnit, "")]);
        assert_eq!(i.enzyme, Entry::Valid(Enzyme::Aldolase));
        assert_eq!(i.enzyme_unit, Entry::Valid(CkUnit::UnitsPerLitre));
        assert_eq!(
            i.core_fields(Measure::Enzyme),
            [
                Field::EnzymeName,
                Field::EnzymeUnit,
                Field::EnzymeBaseline,
                Field::EnzymeWeek24
            ]
        );
        // By default the enzyme is the CK already entered, in CK's unit.
        let i = inputs(&[
            (Field::CkUnit, "mg/dL"),
            (Field::CkBaseline, "1200"),
            (Field::CkWeek24, "600"),
        ]);
        assert_eq!(
            i.core_fields(Measure::Enzyme),
            [
                Field::EnzymeName,
                Field::CkUnit,
                Field::CkBaseline,
                Field::CkWeek24
            ]
        );
        assert_eq!(i.core_visits(Measure::Enzyme), None);
        let i = inputs(&[(Field::CkBaseline, "1200"), (Field::CkWeek24, "600")]);
        assert_eq!(
            i.core_visits(Measure::Enzyme),
            Some(Visits {
                baseline: Decimal::from(1200),
                week24: Decimal::from(600)
            })
        );
    }

    #[test]
    fn population_and_strength_choices() {
        assert_eq!(
            error_of(&[(Field::Population, "child")], Field::Population).as_deref(),
            Some("must be adult or juvenile")
        );
        assert_eq!(
            error_of(&[(Field::Strength, "grip")], Field::Strength).as_deref(),
            Some("must be mmt or cmas")
        );
        assert_eq!(
            error_of(&[(Field::Strength, "cmas")], Field::Strength).as_deref(),
            Some("CMAS is scored for juvenile patients only")
        );
        let child = inputs(&[(Field::Population, "juvenile"), (Field::Strength, "CMAS")]);
        assert!(child.errors().is_empty());
        assert_eq!(child.core_set()[2], Measure::Cmas);
        // A refused CMAS still names CMAS as the measure waiting for it.
        let refused = inputs(&[
            (Field::Strength, "cmas"),
            (Field::CmasBaseline, "30"),
            (Field::CmasWeek24, "40"),
        ]);
        assert_eq!(refused.core_set()[2], Measure::Cmas);
        assert_eq!(refused.core_visits(Measure::Cmas), None);
        assert_eq!(inputs(&[]).core_set()[2], Measure::Mmt);
    }

    #[test]
    fn one_bad_field_leaves_the_others_valid() {
        let i = inputs(&[(Field::CkUln, "abc"), (Field::CkBaseline, "1200")]);
        assert_eq!(i.errors().len(), 1);
        assert_eq!(i.value(Field::CkBaseline), Some(Decimal::from(1200)));
    }
}
