//! Values accepted as typed that may not be what was meant. A doubt never
//! changes the value read: it is said at the field and in the notes of the
//! definitions that use the value, so the clinician decides.

use super::{CkUnit, Inputs};
use crate::field::Field;
use crate::format::value;
use crate::number::dot_grouped_thousands;
use rust_decimal::Decimal;

/// The lab values, each with the field of its unit and whether it is an
/// upper limit of normal (whose largest accepted value is lower).
pub(super) const LAB_VALUES: [(Field, Field, bool); 6] = [
    (Field::CkUln, Field::CkUnit, true),
    (Field::CkBaseline, Field::CkUnit, false),
    (Field::CkWeek24, Field::CkUnit, false),
    (Field::EnzymeUln, Field::EnzymeUnit, true),
    (Field::EnzymeBaseline, Field::EnzymeUnit, false),
    (Field::EnzymeWeek24, Field::EnzymeUnit, false),
];

/// What each lab value's text would be if its dot grouped thousands.
pub(super) fn dot_grouped<'a>(
    text_of: impl Fn(Field) -> &'a str,
) -> [Option<u32>; LAB_VALUES.len()] {
    LAB_VALUES.map(|(field, _, _)| dot_grouped_thousands(text_of(field)))
}

impl Inputs {
    /// Whether any text `text_of` gives could be doubted, before checking
    /// anything: a quick test for a cohort's rows, nearly all of which hold
    /// no such text.
    pub fn may_doubt<'a>(text_of: impl Fn(Field) -> &'a str) -> bool {
        dot_grouped(text_of).iter().any(Option::is_some)
    }

    /// Why a valid value may not be the one meant, as a phrase for the
    /// field ("1.200 is read as 1.2 U/L …"). One doubt so far (hazard H3):
    /// a lab value in U/L written with a dot and exactly three decimals,
    /// `1.200`. A dot is always the decimal point, so it reads 1.2; but
    /// laboratories report U/L in whole numbers or tenths, so the dot most
    /// likely groups the thousands of 1200. Not doubted: µkat/L (three
    /// decimals are usual there), a value under 1 (`0.500` groups nothing)
    /// or one whose thousandfold the field would refuse. Only texts with
    /// three decimals are doubted, so `{:.3}` shows the text as typed.
    pub fn doubt(&self, field: Field) -> Option<String> {
        let at = LAB_VALUES.iter().position(|(f, _, _)| *f == field)?;
        let (_, unit_field, is_uln) = LAB_VALUES[at];
        let unit = match unit_field {
            Field::CkUnit => &self.ck_unit,
            _ => &self.enzyme_unit,
        };
        let unit = unit.value().filter(|u| *u == CkUnit::UnitsPerLitre)?;
        let limit = if is_uln {
            unit.uln_limit()
        } else {
            unit.value_limit()
        };
        let read = self.value(field)?;
        let meant = self.dot_grouped[at].filter(|m| Decimal::from(*m) <= limit)?;
        Some(format!(
            "{read:.3} is read as {shown} {u} (a dot is always the decimal point): if you meant {meant} {u}, enter {meant}",
            shown = value(read),
            u = unit.symbol()
        ))
    }

    /// Each doubted field among `fields` as a note: "CK baseline: 1.200 is
    /// read as 1.2 U/L …".
    pub fn doubt_notes(&self, fields: &[Field]) -> Vec<String> {
        let mut notes = Vec::new();
        for f in fields {
            if let Some(doubt) = self.doubt(*f) {
                notes.push(format!("{}: {doubt}.", f.label()));
            }
        }
        notes
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::field::Form;

    fn doubt(pairs: &[(Field, &str)], field: Field) -> Option<String> {
        let form = pairs
            .iter()
            .fold(Form::empty(), |form, (f, text)| form.with(*f, *text));
        Inputs::from_form(&form).doubt(field)
    }

    #[test]
    fn three_decimals_in_u_per_l_are_doubted_never_changed() {
        let d = doubt(&[(Field::CkBaseline, "1.200")], Field::CkBaseline).unwrap();
        assert_eq!(
            d,
            "1.200 is read as 1.2 U/L (a dot is always the decimal point): if you meant 1200 U/L, enter 1200"
        );
        let form = Form::empty().with(Field::CkBaseline, "1.200");
        assert_eq!(
            Inputs::from_form(&form).value(Field::CkBaseline),
            Some(Decimal::new(12, 1))
        );
        assert!(doubt(&[(Field::CkWeek24, "12.500")], Field::CkWeek24)
            .unwrap()
            .contains("if you meant 12500 U/L"));
        let enzyme = [
            (Field::EnzymeName, "aldolase"),
            (Field::EnzymeBaseline, "2.400"),
        ];
        assert!(doubt(&enzyme, Field::EnzymeBaseline).is_some());
    }

    #[test]
    fn plausible_decimals_are_not_doubted() {
        for plain in ["1200", "1.2", "1.25", "1.2005", "0.500", "999.5"] {
            assert_eq!(
                doubt(&[(Field::CkBaseline, plain)], Field::CkBaseline),
                None,
                "{plain}"
            );
        }
        // µkat/L values are often reported with three decimals.
        let ukat = [(Field::CkUnit, "ukat/L"), (Field::CkBaseline, "1.200")];
        assert_eq!(doubt(&ukat, Field::CkBaseline), None);
        // A ULN of 12 500 U/L would be refused, so 12.500 cannot mean it.
        assert_eq!(doubt(&[(Field::CkUln, "12.500")], Field::CkUln), None);
        assert!(doubt(&[(Field::CkUln, "1.000")], Field::CkUln).is_some());
        // Other measures' scales use three decimals (HAQ 0.125 steps).
        assert_eq!(
            doubt(&[(Field::HaqBaseline, "1.125")], Field::HaqBaseline),
            None
        );
        assert_eq!(
            doubt(&[(Field::CkBaseline, "1,200")], Field::CkBaseline),
            None
        );
    }

    #[test]
    fn a_note_names_the_field_and_the_text_as_typed() {
        let form = Form::empty()
            .with(Field::CkBaseline, "1.200")
            .with(Field::CkWeek24, "500");
        let notes = Inputs::from_form(&form).doubt_notes(&[Field::CkBaseline, Field::CkWeek24]);
        assert_eq!(
            notes,
            ["CK baseline: 1.200 is read as 1.2 U/L (a dot is always the decimal point): if you meant 1200 U/L, enter 1200."]
        );
    }
}
