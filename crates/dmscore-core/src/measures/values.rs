//! A measure's complete values, and its changes.

use super::choices::CkUnit;
use rust_decimal::Decimal;

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

/// The IMACS core set measures that the 2016 ACR/EULAR criteria and the
/// 2004 IMACS definition of improvement score. MMT and CMAS are the two
/// strength measures; a patient is scored on one of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    Pga,
    Ptga,
    Mmt,
    Cmas,
    Haq,
    Enzyme,
    Extra,
}

impl Measure {
    /// The key in the CLI's JSON and the lists of improved, worsened and
    /// missing measures (CONTRACT §4).
    pub fn id(self) -> &'static str {
        match self {
            Measure::Pga => "pga",
            Measure::Ptga => "ptga",
            Measure::Mmt => "mmt",
            Measure::Cmas => "cmas",
            Measure::Haq => "haq",
            Measure::Enzyme => "enzyme",
            Measure::Extra => "extra",
        }
    }

    /// The abbreviation a clinician uses.
    pub fn short(self) -> &'static str {
        match self {
            Measure::Pga => "PGA",
            Measure::Ptga => "PtGA",
            Measure::Mmt => "MMT",
            Measure::Cmas => "CMAS",
            Measure::Haq => "HAQ",
            Measure::Enzyme => "enzyme",
            Measure::Extra => "extramuscular",
        }
    }

    /// The measure's full name (juvenile names in parentheses).
    pub fn name(self) -> &'static str {
        match self {
            Measure::Pga => "Physician global activity",
            Measure::Ptga => "Patient (parent) global activity",
            Measure::Mmt => "Manual muscle testing (MMT)",
            Measure::Cmas => "Childhood Myositis Assessment Scale (CMAS)",
            Measure::Haq => "HAQ disability index (CHAQ)",
            Measure::Enzyme => "Muscle enzyme",
            Measure::Extra => "Extramuscular global activity",
        }
    }

    /// Whether a lower value is better (all but the strength measures).
    pub fn lower_is_better(self) -> bool {
        !matches!(self, Measure::Mmt | Measure::Cmas)
    }

    /// The improvement as a signed difference: positive when better.
    pub fn gain(self, visits: Visits) -> Decimal {
        if self.lower_is_better() {
            visits.baseline - visits.week24
        } else {
            visits.week24 - visits.baseline
        }
    }
}
