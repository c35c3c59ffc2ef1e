//! The fields that hold a choice rather than a number.

use rust_decimal::Decimal;

/// The unit all CK values of one patient share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CkUnit {
    UnitsPerLitre,
    MicrokatalPerLitre,
}

impl CkUnit {
    pub const ALL: [CkUnit; 2] = [CkUnit::UnitsPerLitre, CkUnit::MicrokatalPerLitre];

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

    /// Accepts the spec's codes, `U/L` and `ukat/L`, in any ASCII case, and
    /// `µkat/L` spelled with the micro sign or the Greek mu. `IU/L`, though
    /// the same unit, is not one of the spec's codes, so it is refused.
    pub fn parse(text: &str) -> Option<CkUnit> {
        let text = text.trim();
        let katal = ["u", "U", "µ", "μ"]
            .iter()
            .find_map(|micro| text.strip_prefix(micro));
        if text.eq_ignore_ascii_case("U/L") {
            Some(CkUnit::UnitsPerLitre)
        } else if katal.is_some_and(|rest| rest.eq_ignore_ascii_case("kat/L")) {
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

/// Whose criteria: the 2016 ACR/EULAR thresholds differ for adults with
/// dermatomyositis or polymyositis and for juvenile dermatomyositis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Population {
    Adult,
    Juvenile,
}

impl Population {
    pub const ALL: [Population; 2] = [Population::Adult, Population::Juvenile];

    /// The population's position in [`Population::ALL`], for counts.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn code(self) -> &'static str {
        match self {
            Population::Adult => "adult",
            Population::Juvenile => "juvenile",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Population::Adult => "Adult (DM/PM)",
            Population::Juvenile => "Juvenile (JDM)",
        }
    }

    pub fn parse(text: &str) -> Option<Population> {
        Population::ALL
            .into_iter()
            .find(|p| text.trim().eq_ignore_ascii_case(p.code()))
    }
}

/// Which strength measure the TIS and the DOI score: MMT, or for a
/// juvenile patient the Childhood Myositis Assessment Scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Strength {
    Mmt,
    Cmas,
}

impl Strength {
    pub const ALL: [Strength; 2] = [Strength::Mmt, Strength::Cmas];

    pub fn code(self) -> &'static str {
        match self {
            Strength::Mmt => "mmt",
            Strength::Cmas => "cmas",
        }
    }

    pub fn parse(text: &str) -> Option<Strength> {
        Strength::ALL
            .into_iter()
            .find(|s| text.trim().eq_ignore_ascii_case(s.code()))
    }
}

/// The muscle enzyme the TIS and the DOI follow: the most abnormal at
/// baseline. CK uses the CK fields already entered for the seed rule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Enzyme {
    Ck,
    Aldolase,
    Ldh,
    Ast,
    Alt,
}

impl Enzyme {
    pub const ALL: [Enzyme; 5] = [
        Enzyme::Ck,
        Enzyme::Aldolase,
        Enzyme::Ldh,
        Enzyme::Ast,
        Enzyme::Alt,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Enzyme::Ck => "ck",
            Enzyme::Aldolase => "aldolase",
            Enzyme::Ldh => "ldh",
            Enzyme::Ast => "ast",
            Enzyme::Alt => "alt",
        }
    }

    /// The enzyme as a clinician names it.
    pub fn name(self) -> &'static str {
        match self {
            Enzyme::Ck => "CK",
            Enzyme::Aldolase => "Aldolase",
            Enzyme::Ldh => "LDH",
            Enzyme::Ast => "AST",
            Enzyme::Alt => "ALT",
        }
    }

    pub fn parse(text: &str) -> Option<Enzyme> {
        Enzyme::ALL
            .into_iter()
            .find(|e| text.trim().eq_ignore_ascii_case(e.code()))
    }
}
