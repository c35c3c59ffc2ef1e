//! The six core set measures the TIS and the DOI read, as [`Inputs`] holds
//! them: which fields each rests on (the strength measure chosen, the
//! enzyme followed and its unit) and its visits once those are valid.

use super::checks::MMT_MAX_LIMIT;
use super::{CkUnit, Entry, Enzyme, Inputs, Measure, Strength, Visits};
use super::{CMAS_MAX, HAQ_MAX, VAS_MAX};
use crate::field::Field;
use rust_decimal::Decimal;

impl Inputs {
    /// Whether any value of the other core set measures (beyond the seed
    /// rule's CK, MMT and DSSI) is entered, valid or not.
    pub fn core_set_entered(&self) -> bool {
        Field::ALL
            .iter()
            .filter(|f| !Field::SEED.contains(f) && !f.is_choice())
            .any(|f| *self.entry(*f) != Entry::Empty)
    }

    /// The six core set measures scored, in the criteria's order: PGA,
    /// PtGA, the strength measure, HAQ, enzyme, extramuscular activity.
    pub fn core_set(&self) -> [Measure; 6] {
        let strength = match self.strength_typed {
            Strength::Mmt => Measure::Mmt,
            Strength::Cmas => Measure::Cmas,
        };
        [
            Measure::Pga,
            Measure::Ptga,
            strength,
            Measure::Haq,
            Measure::Enzyme,
            Measure::Extra,
        ]
    }

    /// The enzyme followed: the one chosen, or CK while the choice is
    /// empty or must be corrected.
    pub fn enzyme_followed(&self) -> Enzyme {
        self.enzyme.value().unwrap_or(Enzyme::Ck)
    }

    /// The fields that hold a core measure's baseline and week 24.
    fn visit_fields(&self, measure: Measure) -> [Field; 2] {
        match measure {
            Measure::Pga => [Field::PgaBaseline, Field::PgaWeek24],
            Measure::Ptga => [Field::PtgaBaseline, Field::PtgaWeek24],
            Measure::Mmt => [Field::MmtBaseline, Field::MmtWeek24],
            Measure::Cmas => [Field::CmasBaseline, Field::CmasWeek24],
            Measure::Haq => [Field::HaqBaseline, Field::HaqWeek24],
            Measure::Extra => [Field::ExtraBaseline, Field::ExtraWeek24],
            Measure::Enzyme => match self.enzyme_followed() {
                Enzyme::Ck => [Field::CkBaseline, Field::CkWeek24],
                _ => [Field::EnzymeBaseline, Field::EnzymeWeek24],
            },
        }
    }

    /// The choices a core measure rests on: the strength measure, or the
    /// enzyme and its unit.
    fn choice_fields(&self, measure: Measure) -> &'static [Field] {
        match measure {
            Measure::Mmt | Measure::Cmas => &[Field::Strength],
            Measure::Enzyme => match self.enzyme_followed() {
                Enzyme::Ck => &[Field::EnzymeName, Field::CkUnit],
                _ => &[Field::EnzymeName, Field::EnzymeUnit],
            },
            _ => &[],
        }
    }

    /// Whether every choice a core measure rests on is valid.
    fn choices_valid(&self, measure: Measure) -> bool {
        self.choice_fields(measure)
            .iter()
            .all(|f| self.is_valid(*f))
    }

    /// Every field a core measure needs, in reading order.
    pub fn core_fields(&self, measure: Measure) -> Vec<Field> {
        let mut fields = self.choice_fields(measure).to_vec();
        fields.extend(self.visit_fields(measure));
        fields
    }

    /// A core measure's two visits, once every field it needs is valid.
    pub fn core_visits(&self, measure: Measure) -> Option<Visits> {
        if !self.choices_valid(measure) {
            return None;
        }
        let [baseline, week24] = self.visit_fields(measure);
        self.visits(baseline, week24)
    }

    /// A core measure's baseline and week 24 as far as they are known
    /// (neither while a choice it rests on must be corrected): what the
    /// missing part could still be filled with is decided from these.
    pub fn core_known(&self, measure: Measure) -> (Option<Decimal>, Option<Decimal>) {
        if !self.choices_valid(measure) {
            return (None, None);
        }
        let [baseline, week24] = self.visit_fields(measure);
        (self.value(baseline), self.value(week24))
    }

    /// The enzyme's unit and upper limit of normal, when valid.
    pub fn enzyme_unit_and_uln(&self) -> (Option<CkUnit>, Option<Decimal>) {
        match self.enzyme_followed() {
            Enzyme::Ck => (self.ck_unit.value(), self.value(Field::CkUln)),
            _ => (self.enzyme_unit.value(), self.value(Field::EnzymeUln)),
        }
    }

    /// The largest value a core measure's field accepts: its scale's top,
    /// the MMT maximum in effect, or the enzyme unit's limit.
    pub fn core_limit(&self, measure: Measure) -> Decimal {
        match measure {
            Measure::Pga | Measure::Ptga | Measure::Extra => Decimal::from(VAS_MAX),
            Measure::Haq => Decimal::from(HAQ_MAX),
            Measure::Cmas => Decimal::from(CMAS_MAX),
            Measure::Mmt => self
                .value(Field::MmtMax)
                .unwrap_or(Decimal::from(MMT_MAX_LIMIT)),
            Measure::Enzyme => self
                .enzyme_unit_and_uln()
                .0
                .unwrap_or(CkUnit::UnitsPerLitre)
                .value_limit(),
        }
    }
}
