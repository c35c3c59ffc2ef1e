//! Values entered that a choice left empty keeps from being scored (hazard
//! H20). With no enzyme named, the TIS and DOI follow CK, not the enzyme's
//! own values; with no strength measure chosen, they score MMT, not CMAS.
//! The page keeps such fields in view and says "Not scored" at them (an
//! adult's form has no strength choice to show), so the clinician sees
//! what is followed; a file or a script shows nothing, so `dmscore` and
//! the cohort say so. Nothing is scored differently: the defaults are the
//! spec's. A choice given explicitly (`ck`, `mmt`) is the user's and is
//! not questioned.

use super::Enzyme;
use crate::field::Field;
use crate::format::{join_and, join_or};

/// Each choice whose default leaves values unscored, with those values, in
/// reading order.
const LEFT_BY_DEFAULT: [(Field, [Field; 2]); 2] = [
    (Field::Strength, [Field::CmasBaseline, Field::CmasWeek24]),
    (
        Field::EnzymeName,
        [Field::EnzymeBaseline, Field::EnzymeWeek24],
    ),
];

/// A choice left empty and the values entered that its default leaves
/// unscored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unscored {
    pub choice: Field,
    /// In reading order; never empty.
    pub values: Vec<Field>,
}

impl Unscored {
    /// Every choice left empty beside values it leaves unscored, as
    /// `text_of` gives the fields' texts (only texts are read: cheap enough
    /// for every row of a cohort).
    pub fn find<'a>(text_of: impl Fn(Field) -> &'a str) -> Vec<Unscored> {
        let given = |f: Field| !text_of(f).trim().is_empty();
        LEFT_BY_DEFAULT
            .iter()
            .filter(|(choice, _)| !given(*choice))
            .filter_map(|(choice, values)| {
                let values: Vec<Field> = values.iter().copied().filter(|f| given(*f)).collect();
                (!values.is_empty()).then_some(Unscored {
                    choice: *choice,
                    values,
                })
            })
            .collect()
    }

    /// What the default did and how to choose otherwise, each field named
    /// by `name` (the page's id for a cohort, the JSON path for `dmscore`):
    /// "not given, so the TIS and DOI follow CK and leave enzyme-baseline
    /// and enzyme-week24 unscored; …".
    pub fn message(&self, name: fn(Field) -> &'static str) -> String {
        let values: Vec<&str> = self.values.iter().map(|f| name(*f)).collect();
        let (followed, how) = match self.choice {
            Field::EnzymeName => {
                let others: Vec<&str> = Enzyme::ALL
                    .iter()
                    .filter(|e| **e != Enzyme::Ck)
                    .map(|e| e.code())
                    .collect();
                (
                    "follow CK",
                    format!("name the enzyme ({})", join_or(&others)),
                )
            }
            _ => (
                "score MMT",
                "set it to cmas (juvenile patients only)".to_owned(),
            ),
        };
        format!(
            "not given, so the TIS and DOI {followed} and leave {} unscored; to score {}, {how}",
            join_and(&values),
            if values.len() == 1 { "it" } else { "them" },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::field::Form;

    fn find(pairs: &[(Field, &str)]) -> Vec<Unscored> {
        let form = pairs
            .iter()
            .fold(Form::empty(), |form, (f, text)| form.with(*f, *text));
        Unscored::find(|f| form.get(f))
    }

    #[test]
    fn an_enzymes_values_without_its_name_are_said_to_be_left_for_ck() {
        let found = find(&[
            (Field::EnzymeUln, "8"),
            (Field::EnzymeBaseline, "24"),
            (Field::EnzymeWeek24, "12"),
        ]);
        assert_eq!(
            found,
            [Unscored {
                choice: Field::EnzymeName,
                values: vec![Field::EnzymeBaseline, Field::EnzymeWeek24],
            }]
        );
        assert_eq!(
            found[0].message(Field::id),
            "not given, so the TIS and DOI follow CK and leave enzyme-baseline and enzyme-week24 unscored; to score them, name the enzyme (aldolase, ldh, ast or alt)"
        );
        // A name of spaces is no name.
        assert_eq!(
            find(&[(Field::EnzymeName, "  "), (Field::EnzymeWeek24, "12")])[0].message(Field::path),
            "not given, so the TIS and DOI follow CK and leave enzyme.week24 unscored; to score it, name the enzyme (aldolase, ldh, ast or alt)"
        );
    }

    #[test]
    fn cmas_without_a_strength_choice_is_said_to_be_left_for_mmt() {
        let found = find(&[(Field::Population, "juvenile"), (Field::CmasBaseline, "30")]);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].message(Field::path),
            "not given, so the TIS and DOI score MMT and leave cmas.baseline unscored; to score it, set it to cmas (juvenile patients only)"
        );
    }

    #[test]
    fn a_choice_given_or_nothing_left_is_not_questioned() {
        // Chosen explicitly, even where it leaves values unscored.
        assert!(find(&[(Field::EnzymeName, "ck"), (Field::EnzymeBaseline, "24")]).is_empty());
        assert!(find(&[(Field::Strength, "mmt"), (Field::CmasWeek24, "40")]).is_empty());
        // A name the check refuses is that field's error, not this.
        assert!(find(&[
            (Field::EnzymeName, "aldolse"),
            (Field::EnzymeBaseline, "24")
        ])
        .is_empty());
        // A unit or an upper limit of normal alone is no measurement.
        assert!(find(&[(Field::EnzymeUnit, "U/L"), (Field::EnzymeUln, "8")]).is_empty());
        assert!(find(&[]).is_empty());
    }

    #[test]
    fn both_defaults_are_said_in_reading_order() {
        let found = find(&[(Field::CmasWeek24, "40"), (Field::EnzymeBaseline, "24")]);
        let choices: Vec<Field> = found.iter().map(|u| u.choice).collect();
        assert_eq!(choices, [Field::Strength, Field::EnzymeName]);
    }
}
