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
