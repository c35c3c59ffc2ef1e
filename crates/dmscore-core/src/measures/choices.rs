//! The fields that hold a choice rather than a number.

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
    pub(crate) fn value_limit(self) -> Decimal {
        match self {
            CkUnit::UnitsPerLitre => Decimal::from(1_000_000),
            CkUnit::MicrokatalPerLitre => Decimal::new(1_666_667, 2),
        }
    }

    /// Largest accepted upper limit of normal, as the spec states it.
    pub(crate) fn uln_limit(self) -> Decimal {
        match self {
            CkUnit::UnitsPerLitre => Decimal::from(10_000),
            CkUnit::MicrokatalPerLitre => Decimal::new(16_667, 2),
        }
    }
}
