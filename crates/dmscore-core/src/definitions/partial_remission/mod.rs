//! Partial remission at week 24, the primary outcome of the rituximab pilot
//! trial (Chung et al., Arch Dermatol 2007): any one of three domains — CK,
//! muscle strength (MMT), skin (DSSI) — improved by at least 50 %.
//!
//! All three criteria halve something: the CK, the strength deficit
//! (scale maximum − score) or the DSSI. Each comparison is written without
//! division (`2·w ≤ b`) and done in exact decimals; percentages are only for
//! reading. The rules, their sources and every choice made where the source
//! is silent: `docs/rules/partial-remission.md`. The rule lives in
//! [`Values::check`]; the fast decision
//! ([`decide`]), the explained one ([`assess`]) and the worked lines all go
//! through it, so it exists once.

mod reasons;
mod worked;

pub use reasons::{entry_notes, summarise, Assessment, CriterionResult};
pub use worked::{bars, working, Bars};

use super::{Definition, Source};
use crate::field::Field;
use crate::measures::{Ck, Inputs, Mmt, Visits};
use rust_decimal::Decimal;

/// Where the rule comes from.
pub const SOURCE: Source = Source {
    citation: "Chung L, Genovese MC, Fiorentino DF. A pilot trial of rituximab in the treatment of patients with dermatomyositis. Arch Dermatol 2007;143(6):763–767.",
    short: "Chung et al., Arch Dermatol 2007",
    doi: "10.1001/archderm.143.6.763",
};

/// The rule and the readings it rests on (hazards H10, H11), in one
/// paragraph, for where the result is read away from the page ("How this
/// is scored" says the same on it).
pub const IN_BRIEF: &str = "Any one of CK (counted only when above 2 × ULN at baseline), MMT or DSSI at least 50 % better at week 24. MMT read as halving the strength deficit (scale maximum − score), after the abstract's \"muscle strength deficit\"; DSSI taken as the same ≥ 50 % reduction, as the protocol text available states only the CK and MMT thresholds.";

/// "At least a 50 % reduction": the week-24 quantity may be at most
/// `1 / HALVING` of the baseline's.
const HALVING: Decimal = Decimal::TWO;

/// CK counts only when its baseline is above this multiple of the ULN.
const CK_ELEVATION: Decimal = Decimal::TWO;

/// One of the three domains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Criterion {
    Ck,
    Mmt,
    Dssi,
}

impl Criterion {
    pub const ALL: [Criterion; 3] = [Criterion::Ck, Criterion::Mmt, Criterion::Dssi];
    pub const COUNT: usize = Criterion::ALL.len();

    /// The criterion's position in [`Criterion::ALL`], for per-criterion arrays.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The key in the CLI's JSON and the prefix of the page's status id.
    pub fn id(self) -> &'static str {
        match self {
            Criterion::Ck => "ck",
            Criterion::Mmt => "mmt",
            Criterion::Dssi => "dssi",
        }
    }

    /// The abbreviation a clinician uses.
    pub fn short(self) -> &'static str {
        match self {
            Criterion::Ck => "CK",
            Criterion::Mmt => "MMT",
            Criterion::Dssi => "DSSI",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Criterion::Ck => "Creatine kinase (CK/CPK)",
            Criterion::Mmt => "Muscle strength (MMT)",
            Criterion::Dssi => "Skin (DSSI)",
        }
    }

    /// The rule in one sentence, including which MMT reading is applied.
    pub fn rule(self) -> &'static str {
        match self {
            Criterion::Ck => {
                "CK at least halved (a reduction of ≥ 50 %), counted only when the baseline is above 2× the upper limit of normal."
            }
            Criterion::Mmt => {
                "Strength deficit at least halved: the distance from the scale maximum (maximum − score) must fall by ≥ 50 %."
            }
            Criterion::Dssi => {
                "DSSI at least halved (a reduction of ≥ 50 %), counted when the baseline is above 0."
            }
        }
    }

    /// The fields the criterion reads, in reading order.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Criterion::Ck => &[
                Field::CkUnit,
                Field::CkUln,
                Field::CkBaseline,
                Field::CkWeek24,
            ],
            Criterion::Mmt => &[Field::MmtMax, Field::MmtBaseline, Field::MmtWeek24],
            Criterion::Dssi => &[Field::DssiBaseline, Field::DssiWeek24],
        }
    }
}

/// A criterion's result. Each variant carries only what it can know, so a
/// `met` without an improvement or a `not_entered` with one cannot exist.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Met {
        improvement: Decimal,
    },
    NotMet {
        improvement: Decimal,
    },
    /// All values present, but the baseline cannot qualify. The improvement
    /// is shown when it can be computed at all.
    NotEvaluable {
        improvement: Option<Decimal>,
    },
    /// These fields are missing or invalid.
    NotEntered {
        missing: Vec<Field>,
    },
}

/// The four statuses of CONTRACT §1–2.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Met,
    NotMet,
    NotEvaluable,
    NotEntered,
}

impl Status {
    pub fn code(self) -> &'static str {
        match self {
            Status::Met => "met",
            Status::NotMet => "not_met",
            Status::NotEvaluable => "not_evaluable",
            Status::NotEntered => "not_entered",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::Met => "Met",
            Status::NotMet => "Not met",
            Status::NotEvaluable => "Not evaluable",
            Status::NotEntered => "Not entered",
        }
    }
}

impl Outcome {
    pub fn status(&self) -> Status {
        match self {
            Outcome::Met { .. } => Status::Met,
            Outcome::NotMet { .. } => Status::NotMet,
            Outcome::NotEvaluable { .. } => Status::NotEvaluable,
            Outcome::NotEntered { .. } => Status::NotEntered,
        }
    }

    pub fn improvement(&self) -> Option<Decimal> {
        match self {
            Outcome::Met { improvement } | Outcome::NotMet { improvement } => Some(*improvement),
            Outcome::NotEvaluable { improvement } => *improvement,
            Outcome::NotEntered { .. } => None,
        }
    }
}

/// Partial remission at week 24 (CONTRACT §1–2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// At least one criterion is met, whatever else is missing.
    Achieved,
    /// None is met and none is missing: the answer is final.
    NotAchieved,
    /// None is met, but a missing value could still change the answer.
    Indeterminate,
}

impl Verdict {
    pub fn code(self) -> &'static str {
        match self {
            Verdict::Achieved => "achieved",
            Verdict::NotAchieved => "not_achieved",
            Verdict::Indeterminate => "indeterminate",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Verdict::Achieved => "Partial remission achieved",
            Verdict::NotAchieved => "Partial remission not achieved",
            Verdict::Indeterminate => "Not yet determinable",
        }
    }

    /// The spec's rule, from the statuses alone.
    pub fn from_statuses(statuses: impl IntoIterator<Item = Status> + Clone) -> Verdict {
        if statuses.clone().into_iter().any(|s| s == Status::Met) {
            Verdict::Achieved
        } else if statuses.into_iter().any(|s| s == Status::NotEntered) {
            Verdict::Indeterminate
        } else {
            Verdict::NotAchieved
        }
    }
}

/// A rule applied to complete values: the decision alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Check {
    Met,
    NotMet,
    NotEvaluable,
}

impl From<Check> for Status {
    fn from(check: Check) -> Status {
        match check {
            Check::Met => Status::Met,
            Check::NotMet => Status::NotMet,
            Check::NotEvaluable => Status::NotEvaluable,
        }
    }
}

/// A criterion's complete values, as the measures checked them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Values {
    Ck(Ck),
    Mmt(Mmt),
    Dssi(Visits),
}

impl Values {
    /// The criterion's values once every field it reads is valid.
    pub(crate) fn of(criterion: Criterion, inputs: &Inputs) -> Option<Values> {
        match criterion {
            Criterion::Ck => inputs.ck().map(Values::Ck),
            Criterion::Mmt => inputs.mmt().map(Values::Mmt),
            Criterion::Dssi => inputs.dssi().map(Values::Dssi),
        }
    }

    /// What must be halved: the CK, the strength deficit, the DSSI.
    pub(crate) fn halved(self) -> Visits {
        match self {
            Values::Ck(ck) => ck.visits,
            Values::Mmt(mmt) => mmt.deficits(),
            Values::Dssi(dssi) => dssi,
        }
    }

    /// Whether the baseline can qualify: CK above 2× ULN, a strength
    /// deficit, any skin disease.
    pub(crate) fn evaluable(self) -> bool {
        match self {
            Values::Ck(ck) => ck_qualifies(ck.uln, ck.visits.baseline),
            Values::Mmt(_) | Values::Dssi(_) => self.halved().baseline > Decimal::ZERO,
        }
    }

    /// The rule: evaluable, then `2·w ≤ b` on the halved quantity.
    pub(crate) fn check(self) -> Check {
        let Visits { baseline, week24 } = self.halved();
        if !self.evaluable() {
            Check::NotEvaluable
        } else if times(HALVING, week24) <= baseline {
            Check::Met
        } else {
            Check::NotMet
        }
    }

    /// The improvement in percent: the fall of the halved quantity.
    pub(crate) fn improvement(self) -> Option<Decimal> {
        self.halved().fall_percent()
    }

    /// The week-24 value as entered (CK, MMT score, DSSI) at which the
    /// criterion is just met: at most this for CK and DSSI, at least this
    /// for the MMT score.
    pub(crate) fn target(self) -> Decimal {
        match self {
            Values::Ck(ck) => ck.visits.baseline / HALVING,
            Values::Mmt(mmt) => (mmt.max + mmt.scores.baseline) / HALVING,
            Values::Dssi(dssi) => dssi.baseline / HALVING,
        }
    }

    /// The outcome of the applied rule. An evaluable criterion always has a
    /// non-zero baseline, so its improvement is always defined.
    pub(crate) fn outcome(self) -> (Check, Outcome) {
        let check = self.check();
        let improvement = self.improvement();
        let outcome = match check {
            Check::NotEvaluable => Outcome::NotEvaluable { improvement },
            Check::Met => Outcome::Met {
                improvement: improvement.unwrap_or_default(),
            },
            Check::NotMet => Outcome::NotMet {
                improvement: improvement.unwrap_or_default(),
            },
        };
        (check, outcome)
    }
}

/// The CK baseline qualifies when it is above 2× the ULN.
pub(crate) fn ck_qualifies(uln: Decimal, baseline: Decimal) -> bool {
    baseline > ck_limit(uln)
}

/// The CK level a baseline must exceed: 2× the ULN.
pub(crate) fn ck_limit(uln: Decimal) -> Decimal {
    times(CK_ELEVATION, uln)
}

/// `2·x`; every accepted value is small enough that this cannot overflow.
pub(crate) fn twice(x: Decimal) -> Decimal {
    times(Decimal::TWO, x)
}

fn times(k: Decimal, x: Decimal) -> Decimal {
    x.checked_mul(k).unwrap_or(Decimal::MAX)
}

/// The three statuses (CK, MMT, DSSI) without reasons or percentages: the
/// decision alone, with no allocation. The benchmark measures it; a property
/// test keeps it equal to the statuses [`assess`] explains.
pub fn decide(inputs: &Inputs) -> [Status; Criterion::COUNT] {
    Criterion::ALL
        .map(|c| Values::of(c, inputs).map_or(Status::NotEntered, |v| Status::from(v.check())))
}

/// The three outcomes (CK, MMT, DSSI) without reason sentences: statuses and
/// percentages for a cohort's results file, where sentences would cost
/// most of the time.
pub fn outcomes(inputs: &Inputs) -> [Outcome; Criterion::COUNT] {
    Criterion::ALL.map(|c| match Values::of(c, inputs) {
        Some(values) => values.outcome().1,
        None => Outcome::NotEntered {
            missing: inputs.missing(c.fields()),
        },
    })
}

/// Every criterion explained, the verdict, its summary and the notes.
pub fn assess(inputs: &Inputs) -> Assessment {
    reasons::assess(inputs)
}

/// The seed rule as one of the definitions.
pub struct PartialRemission;

impl Definition for PartialRemission {
    const ID: &'static str = "partial_remission";
    const NAME: &'static str = "Partial remission at week 24 (Chung et al. 2007)";
    const SOURCE: Source = SOURCE;
    const RULES: &'static str = "docs/rules/partial-remission.md";
    type Decision = [Status; Criterion::COUNT];
    type Assessment = Assessment;

    fn decide(inputs: &Inputs) -> Self::Decision {
        decide(inputs)
    }

    fn assess(inputs: &Inputs) -> Assessment {
        assess(inputs)
    }

    fn decision(a: &Assessment) -> Self::Decision {
        a.criteria.each_ref().map(|c| c.outcome.status())
    }

    fn worked(_: &Assessment, inputs: &Inputs) -> Vec<(&'static str, String)> {
        Criterion::ALL
            .into_iter()
            .filter_map(|c| working(c, inputs).map(|w| (c.id(), w)))
            .collect()
    }

    fn conclusions(decision: &Self::Decision) -> Vec<(&'static str, String)> {
        Criterion::ALL
            .into_iter()
            .zip(decision)
            .filter(|(_, s)| **s != Status::NotEntered)
            .map(|(c, s)| (c.id(), s.code().replace('_', " ")))
            .collect()
    }
}
