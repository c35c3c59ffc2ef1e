//! The three week-24 criteria of Chung et al. (2007), one function each.
//!
//! Every comparison is written without division (`2·w ≤ b`) and done in
//! exact decimals; percentages are only for reading.

use crate::field::Field;
use crate::format::{percent, reduction_percent, value};
use crate::validate::{CkUnit, Inputs};
use rust_decimal::Decimal;

/// One of the three domains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Criterion {
    Ck,
    Mmt,
    Dssi,
}

impl Criterion {
    pub const ALL: [Criterion; 3] = [Criterion::Ck, Criterion::Mmt, Criterion::Dssi];

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

/// A rule applied to complete values: the decision alone, with no numbers
/// to show. The fast path ([`decide`]), the explained path (`evaluate_*`)
/// and the worked rule (`explain::working`) all go through these functions,
/// so the rule exists once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Check {
    Met,
    NotMet,
    NotEvaluable,
}

/// CK: evaluable when `b > 2·ULN`; met when `2·w ≤ b`.
pub(crate) fn check_ck(uln: Decimal, b: Decimal, w: Decimal) -> Check {
    if b <= twice(uln) {
        Check::NotEvaluable
    } else if twice(w) <= b {
        Check::Met
    } else {
        Check::NotMet
    }
}

/// MMT: evaluable when the deficit `M − s0 > 0`; met when `2·(M − s1) ≤ M − s0`.
pub(crate) fn check_mmt(max: Decimal, s0: Decimal, s1: Decimal) -> Check {
    let (d0, d1) = (max - s0, max - s1);
    if d0 <= Decimal::ZERO {
        Check::NotEvaluable
    } else if twice(d1) <= d0 {
        Check::Met
    } else {
        Check::NotMet
    }
}

/// DSSI: evaluable when `b > 0`; met when `2·w ≤ b`.
pub(crate) fn check_dssi(b: Decimal, w: Decimal) -> Check {
    if b <= Decimal::ZERO {
        Check::NotEvaluable
    } else if twice(w) <= b {
        Check::Met
    } else {
        Check::NotMet
    }
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

/// The three statuses (CK, MMT, DSSI) without reasons or percentages: the
/// decision alone, with no allocation. The benchmark measures it; a property
/// test keeps it equal to the statuses [`crate::assess`] explains.
pub fn decide(inputs: &Inputs) -> [Status; 3] {
    let status = |check: Option<Check>| check.map_or(Status::NotEntered, Status::from);
    let ck = (|| {
        inputs.ck_unit.value()?;
        Some(check_ck(
            inputs.ck_uln.value()?,
            inputs.ck_baseline.value()?,
            inputs.ck_week24.value()?,
        ))
    })();
    let mmt = (|| {
        Some(check_mmt(
            inputs.mmt_max.value()?,
            inputs.mmt_baseline.value()?,
            inputs.mmt_week24.value()?,
        ))
    })();
    let dssi = (|| {
        Some(check_dssi(
            inputs.dssi_baseline.value()?,
            inputs.dssi_week24.value()?,
        ))
    })();
    [status(ck), status(mmt), status(dssi)]
}

/// A criterion, its outcome and the sentence that explains it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CriterionResult {
    pub criterion: Criterion,
    pub outcome: Outcome,
    pub reason: String,
}

/// The fields among `entries` that hold no valid value.
fn missing(entries: &[(Field, bool)]) -> Vec<Field> {
    entries
        .iter()
        .filter(|(_, ok)| !ok)
        .map(|(f, _)| *f)
        .collect()
}

/// "Needs a value: missing CK week 24; CK upper limit of normal to be
/// corrected."
fn describe_missing(inputs: &Inputs, fields: &[Field]) -> String {
    let (invalid, empty): (Vec<Field>, Vec<Field>) =
        fields.iter().partition(|f| inputs.error(**f).is_some());
    let list = |fs: &[Field]| fs.iter().map(|f| f.label()).collect::<Vec<_>>().join(", ");
    let mut parts = Vec::new();
    if !empty.is_empty() {
        parts.push(format!("missing {}", list(&empty)));
    }
    if !invalid.is_empty() {
        parts.push(format!("{} to be corrected", list(&invalid)));
    }
    format!("Needs a value: {}.", parts.join("; "))
}

/// "fell 58.3 % from 1200 to 500 U/L", "rose 10.0 % …", "unchanged at …".
fn change_phrase(
    subject: &str,
    from: Decimal,
    to: Decimal,
    improvement: Decimal,
    unit: &str,
) -> String {
    if to < from {
        format!(
            "{subject} fell {} % from {} to {}{unit}",
            percent(improvement),
            value(from),
            value(to)
        )
    } else if to > from {
        format!(
            "{subject} rose {} % from {} to {}{unit}",
            percent(-improvement),
            value(from),
            value(to)
        )
    } else {
        format!("{subject} was unchanged at {}{unit}", value(from))
    }
}

/// The outcome of an applied rule. An evaluable criterion always has a
/// non-zero baseline, so its improvement is always defined.
fn outcome_of(check: Check, improvement: Option<Decimal>) -> Outcome {
    match check {
        Check::NotEvaluable => Outcome::NotEvaluable { improvement },
        Check::Met => Outcome::Met {
            improvement: improvement.unwrap_or_default(),
        },
        Check::NotMet => Outcome::NotMet {
            improvement: improvement.unwrap_or_default(),
        },
    }
}

/// "≥ 50 % needed", or for a miss, what week 24 would have had to be.
fn needed(check: Check, target: impl FnOnce() -> String) -> String {
    if check == Check::Met {
        "≥ 50 % needed".to_owned()
    } else {
        format!("≥ 50 % was needed ({})", target())
    }
}

/// A criterion short of values; `fields` are the missing or invalid ones.
fn not_entered(criterion: Criterion, inputs: &Inputs, fields: Vec<Field>) -> CriterionResult {
    CriterionResult {
        criterion,
        reason: describe_missing(inputs, &fields),
        outcome: Outcome::NotEntered { missing: fields },
    }
}

/// The CK values the rule needs, or the fields that hold none.
fn ck_values(inputs: &Inputs) -> Result<(CkUnit, Decimal, Decimal, Decimal), Vec<Field>> {
    let unit = inputs.ck_unit.value();
    let (uln, b, w) = (
        inputs.ck_uln.value(),
        inputs.ck_baseline.value(),
        inputs.ck_week24.value(),
    );
    match (unit, uln, b, w) {
        (Some(unit), Some(uln), Some(b), Some(w)) => Ok((unit, uln, b, w)),
        _ => Err(missing(&[
            (Field::CkUnit, unit.is_some()),
            (Field::CkUln, uln.is_some()),
            (Field::CkBaseline, b.is_some()),
            (Field::CkWeek24, w.is_some()),
        ])),
    }
}

/// The MMT values (maximum, baseline, week 24), or the fields missing.
fn mmt_values(inputs: &Inputs) -> Result<(Decimal, Decimal, Decimal), Vec<Field>> {
    let (max, s0, s1) = (
        inputs.mmt_max.value(),
        inputs.mmt_baseline.value(),
        inputs.mmt_week24.value(),
    );
    match (max, s0, s1) {
        (Some(max), Some(s0), Some(s1)) => Ok((max, s0, s1)),
        _ => Err(missing(&[
            (Field::MmtMax, max.is_some()),
            (Field::MmtBaseline, s0.is_some()),
            (Field::MmtWeek24, s1.is_some()),
        ])),
    }
}

/// The DSSI values (baseline, week 24), or the fields missing.
fn dssi_values(inputs: &Inputs) -> Result<(Decimal, Decimal), Vec<Field>> {
    let (b, w) = (inputs.dssi_baseline.value(), inputs.dssi_week24.value());
    match (b, w) {
        (Some(b), Some(w)) => Ok((b, w)),
        _ => Err(missing(&[
            (Field::DssiBaseline, b.is_some()),
            (Field::DssiWeek24, w.is_some()),
        ])),
    }
}

/// Each rule applied with its improvement: `(check, outcome)`.
fn ck_outcome(uln: Decimal, b: Decimal, w: Decimal) -> (Check, Outcome) {
    let check = check_ck(uln, b, w);
    (check, outcome_of(check, reduction_percent(b, w)))
}

fn mmt_outcome(max: Decimal, s0: Decimal, s1: Decimal) -> (Check, Outcome) {
    let check = check_mmt(max, s0, s1);
    // Validation keeps both scores within 0..=max, so the deficits are ≥ 0.
    (
        check,
        outcome_of(check, reduction_percent(max - s0, max - s1)),
    )
}

fn dssi_outcome(b: Decimal, w: Decimal) -> (Check, Outcome) {
    let check = check_dssi(b, w);
    (check, outcome_of(check, reduction_percent(b, w)))
}

/// The three outcomes (CK, MMT, DSSI) without reason sentences: statuses and
/// percentages for a cohort's results file, where sentences would cost
/// most of the time.
pub fn outcomes(inputs: &Inputs) -> [Outcome; 3] {
    let entered = |r: Result<Outcome, Vec<Field>>| {
        r.unwrap_or_else(|missing| Outcome::NotEntered { missing })
    };
    [
        entered(ck_values(inputs).map(|(_, uln, b, w)| ck_outcome(uln, b, w).1)),
        entered(mmt_values(inputs).map(|(max, s0, s1)| mmt_outcome(max, s0, s1).1)),
        entered(dssi_values(inputs).map(|(b, w)| dssi_outcome(b, w).1)),
    ]
}

pub fn evaluate_ck(inputs: &Inputs) -> CriterionResult {
    let criterion = Criterion::Ck;
    let (unit, uln, b, w) = match ck_values(inputs) {
        Ok(values) => values,
        Err(fields) => {
            let mut result = not_entered(criterion, inputs, fields);
            let (unit, uln, b) = (
                inputs.ck_unit.value(),
                inputs.ck_uln.value(),
                inputs.ck_baseline.value(),
            );
            if let (Some(unit), Some(uln), Some(b)) = (unit, uln, b) {
                if b <= twice(uln) {
                    result.reason.push_str(&format!(
                        " The baseline {} {} is not above 2× ULN ({} {}), so this criterion could not count.",
                        value(b), unit.symbol(), value(twice(uln)), unit.symbol()
                    ));
                }
            }
            return result;
        }
    };
    let u = unit.symbol();
    let limit = value(twice(uln));
    let (check, outcome) = ck_outcome(uln, b, w);
    let reason = match (check, outcome.improvement()) {
        (Check::NotEvaluable, _) | (_, None) => format!(
            "Baseline CK {} {u} is not above 2× ULN ({limit} {u}), so a CK reduction cannot count.",
            value(b)
        ),
        (check, Some(improvement)) => format!(
            "{}; {} because baseline was above 2× ULN ({limit} {u}).",
            change_phrase("CK", b, w, improvement, &format!(" {u}")),
            needed(check, || format!(
                "week 24 at most {} {u}",
                value(b / Decimal::TWO)
            ))
        ),
    };
    CriterionResult {
        criterion,
        outcome,
        reason,
    }
}

pub fn evaluate_mmt(inputs: &Inputs) -> CriterionResult {
    let criterion = Criterion::Mmt;
    let (max, s0, s1) = match mmt_values(inputs) {
        Ok(values) => values,
        Err(fields) => return not_entered(criterion, inputs, fields),
    };
    let (d0, d1) = (max - s0, max - s1);
    let (check, outcome) = mmt_outcome(max, s0, s1);
    let reason = match (check, outcome.improvement()) {
        (Check::NotEvaluable, _) | (_, None) => format!(
            "Baseline MMT {} is already the scale maximum ({}): there is no strength deficit to halve.",
            value(s0),
            value(max)
        ),
        (check, Some(improvement)) => format!(
            "{} (score {} → {} of {}); {}.",
            change_phrase("Strength deficit", d0, d1, improvement, " points"),
            value(s0),
            value(s1),
            value(max),
            needed(check, || format!(
                "week-24 score at least {}",
                value((max + s0) / Decimal::TWO)
            ))
        ),
    };
    CriterionResult {
        criterion,
        outcome,
        reason,
    }
}

pub fn evaluate_dssi(inputs: &Inputs) -> CriterionResult {
    let criterion = Criterion::Dssi;
    let (b, w) = match dssi_values(inputs) {
        Ok(values) => values,
        Err(fields) => return not_entered(criterion, inputs, fields),
    };
    let (check, outcome) = dssi_outcome(b, w);
    let reason = match (check, outcome.improvement()) {
        (Check::NotEvaluable, _) | (_, None) => {
            "Baseline DSSI is 0: there is no skin disease to reduce.".to_owned()
        }
        (check, Some(improvement)) => format!(
            "{}; {}.",
            change_phrase("DSSI", b, w, improvement, ""),
            needed(check, || format!(
                "week 24 at most {}",
                value(b / Decimal::TWO)
            ))
        ),
    };
    CriterionResult {
        criterion,
        outcome,
        reason,
    }
}

/// `2·x`; every accepted value is small enough that this cannot overflow.
pub(crate) fn twice(x: Decimal) -> Decimal {
    x.checked_mul(Decimal::TWO).unwrap_or(Decimal::MAX)
}
